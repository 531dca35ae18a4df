"""What a single block looks like: a heading, a line of names, a person's name, a lead-in.

Pure functions over text and the profile; the recogniser decides with the neighbours.
"""

from __future__ import annotations

import re

from ..calendar_words import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from .blocks import Block
from .profile import Profile

# a call to act's first word, as a button or a link puts it: a verb ("Lire", "Simuler", "Prenez", "Découvrons",
# "S'abonner") or "Je …"; not a word ending alike ("Notre sélection", "Votre avis", "Lettre", "Contre-enquête",
# a rubric's "Derrière les chiffres", "Guerre des prix", "Dernier round")
CALL_VERB = (
    r"(?:je |j['’]|s['’]|(?!(?:notre|votre|leur|autre|entre|contre|nombre|membre|titre|lettre|centre|ordre|libre|offre|"
    r"derri[èe]re|outre|guerre|terre|pierre|super|hiver|hier|premi[èe]re?|derni[èe]re?|ch[èe]re?|avenir|plaisir|histoire|affaire)\b)"
    r"[a-zà-ÿ'’-]+(?:er|ir|re|ez|ons)\b)"
)
# a button: a call and its arrow ("Essayer gratuitement →"; not "Notre sélection de la semaine →", a heading)
ARROWED_CALL = re.compile(rf"{CALL_VERB}[^.!?:]{{0,40}}\s[→➜›>]", re.IGNORECASE)


_END_SENTENCE = (".", ",", ";", ":")
_ROLE = re.compile(r",\s*[^,.]{2,60}$")
_DASH = re.compile(r"^[—–-]\s*")
_RANK = re.compile(r"\d{1,2}\. (?=\D)")
_FIRST_SENTENCE = re.compile(r"^(?P<lead>[^.!?…:;•]{2,70}?)\.\s+(?P<rest>[A-ZÀ-ÖØ-Þ0-9«\"“(].*)$", re.DOTALL)
_ABBREVIATIONS = {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "etc", "cf", "p", "vol", "no", "n°"}
# an agenda's days and months before a date: "lun. 16/02, 9h30 – …" is one line, not a lead-in "lun."
# (but "Jeu. Ubisoft…", "Sept. C'est le nombre…" are lead-ins)
_DATE_ABBREVIATIONS = {*WEEKDAY_ABBREVIATIONS, *MONTH_ABBREVIATIONS}
# a date in figures: "2/06", "24-26/03", "15/06 – 19/06", "Les 4-5/02"
_NUMERIC_DATE = re.compile(r"(?:(?:les?|du)\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?/\d{1,2}(?:/\d{2,4})?(?:\s*[-–]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?)?", re.IGNORECASE)


# a rating in stars: filled then empty or half ("★★★☆☆", "★★★★½"), or filled after its criterion and closing it
# ("Écran ★★★★★ · …"); not one star decorating a title ("⭐ Notre coup de cœur")
_RATING = re.compile(r"(?:[⭐★]\ufe0f?){1,10}(?:☆|½)|\w\s*:?\s*(?:[⭐★]\ufe0f?){2,10}(?=\s*(?:[·•|;,]|$))")


def rating(text: str) -> bool:
    """'Écran ★★★★☆ · Son ★★★½☆': a line that rates in stars."""
    return _RATING.search(text) is not None


def words(text: str) -> list[str]:
    return text.split()


def said_words(text: str) -> list[str]:
    """The words a voice says, without marks standing as words: "Ouvrir un compte en 10 minutes →" has six, and
    "Nadia Roux : « Un bon conseiller … »" counts no colon nor guillemet."""
    return [w for w in words(text) if any(c.isalnum() for c in w)]


def _split(text: str, separators: tuple[str, ...]) -> list[str]:
    if not separators:
        return [text]
    pattern = "|".join(re.escape(s) for s in separators)
    return [p.strip() for p in re.split(rf"\s*(?:{pattern})\s*", text) if p.strip()]


def split_teaser(text: str, profile: Profile) -> list[str]:
    return _split(text, profile.teaser_separators)


def _name_word(word: str, profile: Profile) -> bool:
    if word.lower() in profile.name_particles:
        return True
    core = word.strip("()«»\"“”,")
    if not core or not any(c.isalpha() for c in core):
        return core.isdigit() and len(core) <= 4
    first = next(c for c in core if c.isalnum())
    return first.isupper() or first.isdigit() or any(c.isupper() for c in core[1:])


def names_line(block: Block, profile: Profile) -> tuple[str, ...] | None:
    """'Anthropic • Harvard • Rishi Sunak' -> the names; None when the block is not one."""
    if block.kind not in ("paragraph", "heading") or len(block.text) > 400:
        return None
    parts = _split(block.text, profile.names_separators)
    if len(parts) < 2 or len(parts) == 1:
        return None
    if not any(sep in block.text for sep in profile.names_separators):
        return None
    return _names(parts, profile)


def comma_names_line(block: Block, profile: Profile) -> tuple[str, ...] | None:
    """'CNIL, Cour des comptes, Bercy, Doctolib' -> the names, three or more set apart by commas only (no "et": "Paris,
    Lyon et Lille" is a heading's list); the caller asks for a heading under it, as commas also part a headline's words."""
    if block.kind not in ("paragraph", "heading") or len(block.text) > 400 or re.search(r"\s(?:et|&)\s|:", block.text):
        return None
    parts = [p.strip() for p in block.text.split(",")]
    if len(parts) < 3 or not all(parts):
        return None
    return _names(parts, profile)


def _names(parts: list[str], profile: Profile) -> tuple[str, ...] | None:
    full = 0
    for part in parts:
        ws = words(part)
        if not 1 <= len(ws) <= profile.names_max_words or part[-1:] in ".!?:;":
            return None
        if ws[0].lower() in profile.name_particles or not _name_word(ws[0], profile):
            return None
        full += all(_name_word(w, profile) for w in ws)
    # "Commission européenne" may sit among the names, but most must be names throughout
    return tuple(parts) if 2 * full >= len(parts) + (len(parts) == 2) else None


def person_name(text: str, profile: Profile) -> str | None:
    """'Jeanne Roux', '— Claire Dumas, rédactrice en chef' -> the name; None otherwise."""
    text = _DASH.sub("", text.strip())
    text = _ROLE.sub("", text)
    ws = words(text)
    if not 2 <= len(ws) <= 5 or text[-1:] in ".!?:;…»" or any(c.isdigit() for c in text):
        return None
    if ws[0].lower() in profile.name_particles or ws[-1].lower() in profile.name_particles:
        return None
    for word in ws:
        if word.lower() in profile.name_particles:
            continue
        core = word.replace("-", "").replace("'", "").replace("’", "").replace(".", "")
        if not core.isalpha() or not word[0].isupper():
            return None
    return text


# two or three signers on one line: "Claire Dumas et Maurice Delaunay", "A, B", "A & B"
_SIGNERS = re.compile(r"\s*,\s*(?:et\s+)?|\s+(?:et|&)\s+")
# a role set in capitals after a name is no second signer ("Claire Dumas, Directrice Générale")
_TITLE_WORD = re.compile(
    r"(?:Directr|Rédact|Réd\.|Président|Fondat|Cofondat|Co-fondat|Responsable|Chef|Journaliste|Associé|Consultant|"
    r"Ingénieur|Chercheu|Professeu|Avocat|Docteu|Maire|Ministre|Député|Sénat|Secrétaire|Gérant|Analyste|Éditeur|Éditrice)"
)


def signers(text: str, profile: Profile) -> str | None:
    """'Claire Dumas et Maurice Delaunay', 'Claire Dumas, Maurice Delaunay', 'A & B' -> the names
    joined as they are said ("Claire Dumas et Maurice Delaunay"); None for one name or anything else
    (not "Claire Dumas, rédactrice en chef", nor "Claire Dumas, Directrice Générale")."""
    parts = _SIGNERS.split(_DASH.sub("", text.strip()))
    if not 2 <= len(parts) <= 3 or any(person_name(p, profile) != p or _TITLE_WORD.match(p) for p in parts):
        return None
    return f"{', '.join(parts[:-1])} et {parts[-1]}"


_INTERVIEW = re.compile(r"(?:[QR]|Question|Réponse)\s*\.?\s*:|[—–]\s*\S.*\?$")  # "Q : Et le coût ?", "Question : Et le coût ?", "— Pourquoi l'Isère ?"
# a turn labelled in words, a turn only when the other one follows it ("Question : … ?" / "Réponse : …"); over
# paragraphs of news, a rubric's headline ("Question : qui paiera la hausse du lait ?")
_WORD_TURN = re.compile(r"(?:Question|Réponse)\s*\.?\s*:")
_TURN = re.compile(r"(?:[QR]|Question|Réponse)\s*\.?\s*:")
# Web addresses in an issue's text: with their scheme or "www.", or a site of a common ending
_TLD = "com|org|net|fr|eu|io|ai|gov|edu|int|co|de|uk"
_ADDRESS = re.compile(rf"https?://|www\.|\b[\w-]+\.(?:{_TLD})(?:/|\b)")
_ENDS_WITH_ADDRESS = re.compile(
    rf"(?:https?://|www\.)\S+$|[:—–→]\s*(?:[\w-]+\.)+(?:{_TLD})/\S*$|^→.*\s(?:[\w-]+\.)+[a-z]{{2,}}(?:/\S*)?$"
)


def has_address(text: str) -> bool:
    """A web address anywhere in ``text`` ("… — https://…", "iea.org/reports", "Booking.com")."""
    return bool(_ADDRESS.search(text))


def ends_with_address(text: str) -> bool:
    """'Le rapport de l'AIE — https://…', '→ La carte : datacentermap.com/europe/' (not "Le guide
    de l'Anssi sur cyber.gouv.fr/ia", a title)."""
    return bool(_ENDS_WITH_ADDRESS.search(text))


# an aside that a headline ends with, not a credit, a source or a role: "(mais très riche)", "(encore)"
_END_ASIDE = re.compile(
    r"\((?:(?:mais|et|ou|encore|enfin|presque|déjà|toujours|vraiment|bis|aussi|suite|pas encore|de nouveau|pour l['’]instant|"
    r"pour de bon|une fois de plus)\b[^()]{0,30}|\d+/\d+|(?:[A-Z][\w&.-]*(?:,\s*|\s+et\s+))+[A-Z][\w&.-]*)\)$"
)  # and a part, "(1/2)", or names, "(AMD, Intel et Broadcom)" (not one name: "Sam Altman (OpenAI)")
# "Trois questions à Karim Benslimane, …", "Entretien avec Léa Roy, …": an interview's title with its guest's role
_GUEST_TITLE = re.compile(
    r"(?:(?:deux|trois|quatre|cinq|six|dix|\d{1,2}) questions? (?:à|au|aux)|entretien avec|interview (?:de|avec)|rencontre avec) "
    r"(?P<who>[^,;:.!?]{3,60}?),\s",
    re.IGNORECASE,
)
_SAYS = re.compile(r"(?P<who>[^:«»“”]{3,60}?)\s*:\s*[«“][^«»“”]+[^\s.!?…«»“”]\s*[»”]")  # "Name : « quotation »" (no pull quote's stop)
_END_TERM = re.compile(r"(?:«\s*|“)(?P<inner>[^«»“”]*[^\s.!?…«»“”])\s*[»”]$")
# an interview's headline, its guest's words quoted after its label: "Entretien croisé : « Le rail, c'est d'abord
# l'entretien »", "Partie 2 — Grand entretien : « … »", "Trois questions à Léa Roy : « … »" (the label at the
# start, no clause: not "Entretien tendu, il a conclu : « … »"). The label names the newsletter's interview: alone,
# of a kind ("croisé", "exclusif") or with its guest's proper name; not a story's quoted line, "Entretien d'embauche :
# « Parlez-moi d'un échec »", "Rencontre avec les grévistes : « … »", "Questions au gouvernement : « … »"
_GUEST = r"\s?(?-i:[A-ZÀ-Ý])[^«»“”:,.;!?]{0,60}"
_INTERVIEW_QUOTED = re.compile(
    r"(?:[^«»“”:—–]{1,30}\s[—–]\s)?(?:[\w’-]+\s)?"
    rf"(?:(?:entretiens?|interviews?)(?:\s(?:croisée?s?|exclusive?s?|fleuve|vidéo|intégrale?))?(?:\s(?:avec\s|de\s|d['’]){_GUEST})?"
    rf"|(?:questions?\s(?:à|au|aux)|rencontre avec)\s{_GUEST})"
    r"\s:\s(?:«\s*|“)[^«»“”]+[^\s.!?…«»“”]\s*[»”]",
    re.IGNORECASE,
)
# a rubric in capitals over its quoted title, a column's: "TRIBUNE • « Ne jugeons pas trop vite »", "CHRONIQUE — « … »".
# The rubric is a column's name, not whoever said the quotation: "SIGNAL — « Nous quitterons l'Europe… »" under "Les
# réactions n'ont pas tardé :" is one reaction of a list, read in the story
_RUBRIC_QUOTED = re.compile(r"(?P<rubric>[^\s«»“”:•|—–]+(?: [^\s«»“”:•|—–]+){0,2}) ?[:•|—–] (?:«\s*|“)[^«»“”]+[^\s.!?…«»“”]\s*[»”]")
_COLUMN_RUBRIC = re.compile(
    r"(?:LA |LE |L['’]|UNE |)(?:TRIBUNE(?: LIBRE)?|CHRONIQUE|CARTE BLANCHE|POINT DE VUE|(?:LIBRE )?OPINION|BILLET(?: D['’]HUMEUR)?"
    r"|HUMEUR|COUP DE (?:GUEULE|C(?:Œ|OE)UR)|PARTI PRIS|CONTRIBUTION|REGARD|ÉDITO(?:RIAL)?|EDITO(?:RIAL)?|DÉBAT|FORUM|ANALYSE"
    r"|DÉCRYPTAGE|ENTRETIEN|INTERVIEW|RENCONTRE|PORTRAIT|LETTRE OUVERTE|COURRIER DES LECTEURS|PAROLE D['’]EXPERT|L['’]INVITÉE?)"
)


def heading_like(block: Block, following: Block | None, profile: Profile, *, need_strong: bool = False) -> bool:
    """A line that is not a sentence, with text after it: a section heading."""
    if block.kind == "heading":
        return True
    if block.kind != "paragraph" or following is None or following.kind not in ("paragraph", "bullet", "quote"):
        return False
    if need_strong and not block.strong:
        return False
    text = block.text
    ws = words(text)
    # an interview's headline counts its words, not its colon and guillemets ("Nadia Roux : « Un bon conseiller
    # saura dire au client de ne rien signer »")
    # saura dire au client de ne rien signer »"), when the interview's turns follow it (a quotation over a story
    # keeps the usual count: "Name : « Nous ne signerons rien tant que… »" inside a report is its text)
    said = _SAYS.fullmatch(text)
    interview = said is not None and person_name(said["who"], profile) is not None
    turns = bool(_INTERVIEW.match(following.text))
    counted = said_words(text) if interview and turns else ws
    # an interview's title over its first question may carry the guest's whole role ("Trois questions à Karim B.,
    # cofondateur de Nuitée, éditeur d'un logiciel utilisé par 2 400 hôtels"): its guest's name makes it a title
    guest = _GUEST_TITLE.match(text)
    asked = guest is not None and person_name(guest["who"], profile) is not None and following.text.rstrip().endswith("?")
    if (len(text) > profile.heading_max_chars or len(counted) > profile.heading_max_words) and not (asked and len(text) <= 240):
        return False
    turn = bool(_INTERVIEW.match(text)) and not (_WORD_TURN.match(text) and not _TURN.match(following.text))
    if not any(c.isalnum() for c in text):
        return False  # "★★★★", a rating (or a divider) alone on its line: no word to name a chapter
    if rating(text):
        return False  # "Écran ★★★★☆ · Son ★★★½☆": a test's ratings, read at its end, not a chapter of nothing
    if text[0].islower() or text.startswith(("…", "...", "«", "“", '"', "(", "[")) or turn:
        return False  # "Q : Et le coût ?": an interview's question, not a heading
    if ends_with_address(text):
        return False  # "Le rapport de l'AIE — https://…": a link, not a heading
    if text.endswith(("…", "...")):
        # "Le grand soir du silicium…", a suspense headline over its text; not a teaser's sentence cut by the
        # paywall, over a name or a footer
        told = len(following.text) > len(text) and not re.match(r"P\.-?S\.|PS\b", following.text)  # (not a closing P.S.)
        return len(ws) <= 8 or block.strong or told
    if text.endswith(_END_SENTENCE):
        return False
    if text.endswith(("?", "!")):
        return len(ws) >= 3
    if not text.endswith(("»", "”", ")")) or text.isupper():  # "ENTRETIEN : « À GRENOBLE, TOUT EST POSSIBLE »"
        return True
    # a quoted term at the end ("Le CES passe à l'« IA physique »", "Municipales : la campagne à l'épreuve
    # des « deepfakes »"), not a quotation after a colon ("Il a conclu : « Nous verrons »"); an aside in
    # brackets ends a caption, a credit, an attribution more often than a heading ("Sam Altman (OpenAI)")
    if _END_ASIDE.search(text):
        return True  # "Nvidia, le roi est nu (mais très riche)", "Meta recrute (encore)": a headline's wink
    if interview:
        return True  # an interview's headline: "Hélène Kervella : « Réguler l'IA, c'est réparer un avion en vol »"
    if _INTERVIEW_QUOTED.fullmatch(text):
        return True  # "Partie III — Entretien croisé : « … »": an interview's headline, not a quotation after a colon
    if (column := _RUBRIC_QUOTED.fullmatch(text)) and _COLUMN_RUBRIC.fullmatch(column["rubric"]):
        return True  # a column's rubric over its title ("TRIBUNE • « Ne jugeons pas trop vite »"; not "Il a conclu : « … »")
    closing = _END_TERM.search(text)
    # (not after a colon, "Il a conclu : « … »", nor after a dash, who said it: "CNIL — « Le texte reste disproportionné »")
    return closing is not None and len(words(closing.group("inner"))) <= 5 and not text[: closing.start()].rstrip().endswith((":", "—", "–"))


def caps_rubric(text: str, profile: Profile) -> bool:
    """'MACHINES', 'LA QUESTION D'UNE LECTRICE': a short line in capitals, no sentence."""
    return text.isupper() and len(words(text)) <= profile.heading_max_words and not text.endswith(_END_SENTENCE) and any(
        c.isalpha() and c.isupper() for c in text[:3]
    )


def marker_lead(text: str, profile: Profile) -> tuple[str, str] | None:
    """'EN FILIGRANE : texte' -> ('EN FILIGRANE', 'texte') for the profile's markers."""
    upper = text.upper()
    for marker in sorted(profile.lead_markers, key=len, reverse=True):
        if upper.startswith(marker.upper()):
            rest = text[len(marker) :].lstrip()
            if rest[:1] in profile.lead_separators or rest[:1] in (":", "•"):
                body = rest[1:].strip()
                if body:
                    return text[: len(marker)].strip(), body
    return None


def split_lead(text: str, profile: Profile) -> tuple[str, str]:
    """A bullet's lead-in and text: 'Coup de frein • Texte' -> ('Coup de frein', 'Texte')."""
    found = marker_lead(text, profile)
    if found is None:
        found = _separator_lead(text, profile)
    if found is None:
        return "", text
    lead, body = found
    return lead, _join_sub_lead(body, profile)


# a brief's headline before its "•", a colon inside it: "Feux : l'alerte en 10 minutes" (no sentence's end)
_HEADLINE_LEAD = re.compile(r"[^.!?;:•«»“”\"()]{2,40}\s:\s[^.!?;:•«»“”\"()]{2,60}")
# the same headline closed by its full stop, the brief's text after it: "Xiaomi 17 : la bête de somme. Le chinois…"
# (a few words after its colon, no comma: not "Samsung : le S27, présenté mardi, embarque une batterie. Il…")
_HEADLINE_SENTENCE = re.compile(r"(?P<lead>[^.!?;:•«»“”\"()]{2,40}\s:\s(?P<head>[a-zà-öø-ÿ][^.!?;:,•«»“”\"()]*\s[^.!?;:,•«»“”\"()]*))\.\s+(?P<rest>.+)", re.DOTALL)
_BRIEF_TEXT = re.compile(r"[A-ZÀ-ÖØ-Þ0-9«\"“]\S*\s+\S+\s+\S+")  # the brief's text after it: a sentence, not "3 h"


def _separator_lead(text: str, profile: Profile) -> tuple[str, str] | None:
    best: tuple[int, str] | None = None
    for separator in profile.lead_separators:
        at = text.find(f" {separator} ")
        if at < 0 and separator == ":":
            at = text.find(":")  # "Objectif: texte", without the French space
            if at >= 0 and text[at + 1 : at + 2] != " ":
                at = -1
        if 0 < at and (best is None or at < best[0]):
            best = (at, separator)
    if best is None:
        return None
    at, separator = best
    bullet = text.find(" • ")
    if separator == ":" and "•" in profile.lead_separators and at < bullet and _HEADLINE_LEAD.fullmatch(text[:bullet].strip()):
        # a brief's headline with a colon of its own, then its "•": "Feux : l'alerte en 10 minutes • Le système …"
        # (the headline is the lead, not "Feux" alone; not "Prix : 12 € • Durée : 3 h", no text after its "•", nor a
        # list of names, "Les lauréats : Inria • CNRS • CEA")
        rest = text[bullet + 3 :]
        fits = bullet <= profile.lead_max_chars and len(words(text[:bullet])) <= profile.lead_max_words
        if fits and _BRIEF_TEXT.match(rest) and " • " not in rest and len(rest) > 2 * bullet:
            at, separator = bullet, "•"
    if separator == ":" and (told := _HEADLINE_SENTENCE.match(text)) and _BRIEF_TEXT.match(told["rest"]):
        # a brief's headline with a colon of its own, closed by a full stop: "Recharge : le réseau s'étoffe. La France
        # compte…" (its lead is the headline, as before a "•"; not "Prix : 12 €. …", nor a long first sentence)
        fits = len(told["lead"]) <= profile.lead_max_chars and len(words(told["lead"])) <= profile.lead_max_words
        fits = fits and len(words(told["head"])) <= profile.period_lead_max_words
        if fits and len(told["rest"]) > 2 * len(told["lead"]):
            return told["lead"], told["rest"].strip()
    lead = text[:at].strip()
    body = text[at:].strip()[len(separator) :].strip()
    if not body or not lead or len(lead) > profile.lead_max_chars or len(words(lead)) > profile.lead_max_words:
        return None
    quoted = separator == "•" and lead.count("«") == lead.count("»") == 1  # "Les « tigres » à Hong Kong • …"
    # (and a headline's wink at its end, like a heading's: "300 pages sans faute (ou presque) • …"; not "Sam Altman (OpenAI) : …")
    winks = separator == "•" and lead.count("(") == 1 and bool(_END_ASIDE.search(lead))
    if (any(c in lead for c in "«»“”\"") and not quoted) or ("(" in lead and not winks) or re.search(r"[.!?;]\s", lead) or lead.endswith((",", ";")):
        return None
    if separator == ":" and body[:1] in "«“\"" and not lead.isupper():
        return None  # 'Il l'a dit : « … »' is a sentence, not a lead-in
    if _NUMERIC_DATE.fullmatch(lead):
        return None  # an agenda's entry keeps its date in figures: "2/06 : résultats…", not "2/06." alone, said as a fraction
    return lead, body


def _join_sub_lead(body: str, profile: Profile) -> str:
    """'Titre court • Texte' after a marker reads 'Titre court. Texte'."""
    for separator in ("•", "|"):
        at = body.find(f" {separator} ")
        if 0 < at and len(words(body[:at])) <= 12 and not re.search(r"[.!?]\s", body[:at]):
            head, tail = body[:at].rstrip(), body[at + 3 :].lstrip()
            if tail:
                return f"{head}{'' if head[-1:] in '.!?…' else '.'} {tail}"
    return body


def period_lead(text: str, profile: Profile) -> tuple[str, str] | None:
    """'Polygamie. Lundi, …' -> ('Polygamie', 'Lundi, …') when the first sentence is short (a
    ranking's number stays with it: '10. Le retour des puces. En avril…')."""
    if (rank := _RANK.match(text)) and (found := period_lead(text[rank.end() :], profile)):
        return rank.group(0) + found[0], found[1]
    match = _FIRST_SENTENCE.match(text)
    if match is None:
        return None
    lead = match.group("lead").strip()
    abbreviation = lead.lower().rstrip(".")
    if len(words(lead)) > profile.period_lead_max_words or abbreviation in _ABBREVIATIONS:
        return None
    # (and a day's abbreviation ending a span's first words: "Du lun. 6 au mer. 8 juillet : …" is one date)
    if abbreviation.split()[-1] in _DATE_ABBREVIATIONS and match.group("rest")[:1].isdigit():
        return None
    if len(lead) < 3 or len(match.group("rest")) < 2 * len(lead):
        return None
    return lead, match.group("rest").strip()
