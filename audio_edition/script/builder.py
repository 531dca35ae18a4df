"""Issue -> Script: what is said, by whom, in which segment.

The show format: the intro (greeting with the show's name and the date, the epigraph),
"Au sommaire" (the headlines), the editorial in the host's voice, each section as a
segment with its heading announced, the outro with the credits; a jingle before each
segment after the summary. ``show.format`` decides the details (see config.ShowFormat).

Faithful by construction: every cue's text is either a piece of the issue or one of the
show's templates filled with the issue's own data. Labels and bullets are never spoken
as such: a lead-in becomes the first sentence of its item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..calendar_words import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from ..config import Show, ShowFormat
from ..editorials import EDITORIAL_LABEL
from ..interviews import INTERVIEW_TITLE, PROPER_SPEAKER, SPEAKER
from ..letters import LETTER_CLOSE
from ..model import Cue, Issue, Item, Role, Script, Section, Segment
from .dates import written_date
from .document import one_line
from .languages import is_english
from .words import SHORT_WORDS

_OTHER: dict[Role, Role] = {"host": "cohost", "cohost": "host"}
# A quotation in guillemets, with the punctuation that closes it: « … » :
_QUOTE = re.compile(r"(?:«[^«»]+»|“[^“”]+”|\"[^\"\n]+\")(?:\s*[.,;:!?…])*")  # « », and the English “ ” or " "
# Who wrote the quotation above, on a line of its own or after it: "(Thomas, développeur à Lyon)", "Bertrand
# Giraud, dirigeant, Angers", "— Sophie, Angers" (a name, then a role or a town after a comma; not a sentence:
# "Paris, Lyon et Nantes suivent.", nor a name alone, "Google")
_ATTRIBUTION = re.compile(
    r"(?:[—–-]\s*)?\(?[A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:de |du |d['’]|le |la |van |von )?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}"
    r"(?:,\s*[^,.;:!?«»()\d]{2,40}){1,3}\)?\.?"
)
_ASKED = re.compile(r"\?\s*[»”\"]$")  # a quoted question, closed: "… avant le 2 août ? »"
# A bullet left inside an item's text separates a second lead-in from the text.
_INNER_BULLET = re.compile(r"(?<=[^\s.!?:;,])\s+•\s+")


def _sentence(text: str) -> str:
    """Close a heading or lead-in so the voice drops its pitch at the end."""
    text = text.strip().rstrip(":•").rstrip()
    if not text:
        return text
    return text if text[-1] in ".!?…" else text + "."


_SHORT_LEADS = ("ZOOM", "FOCUS")  # one-word lead-ins that are words, not acronyms


def _lead(lead: str) -> str:
    """'EN FILIGRANE' -> 'En filigrane' (capitals are shouted by some voices and spelled by others);
    a lone acronym stays one: 'TSMC' is spelled, not read 'Tsmc', and so does "L'IA"."""
    after = lead.rsplit("'", 1)[-1]
    elided = "'" in lead and (len(after) > 3 or after in SHORT_WORDS)  # "L'ENJEU", "L'OR" (not "L'IA", "L'UE": acronyms)
    words = lead.isupper() and (" " in lead or elided or len(lead) > 5 or lead in _SHORT_LEADS)
    return lead.capitalize() if words else lead


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _asker(quoted: Cue, role: Role, text: str) -> bool:
    """Who asked the question just quoted by the other voice: a reader's name with a role or a town, short
    ("« … ? »" / "Bertrand Giraud, dirigeant, Angers"). A quotation's author is said by the narrator, a
    question's by the voice that asked it (its answer follows in the narrator's)."""
    return (
        quoted.role != role and bool(_ASKED.search(quoted.text)) and len(text.split()) <= 12 and bool(_ATTRIBUTION.fullmatch(text.strip()))
    )


_WRITER = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2}")  # a letter's writer alone: "Sophie Roux"


def _letter_end(last: Cue, role: Role, text: str, closed: bool) -> bool:
    """A reader's letter's closing words under the letter the other voice quoted ("« … »" / "Bien cordialement,"),
    or the writer's name under them ("Sophie Roux, DRH, Tours"; ``closed``: the closing words were just said): the
    letter's, said by its voice, not by the voice that answers it."""
    if last.role == role:
        return False
    if closed:
        return len(text.split()) <= 12 and bool(_ATTRIBUTION.fullmatch(text.strip()) or _WRITER.fullmatch(text.strip()))
    quoted = last.text.startswith(("«", "“")) and last.text.rstrip(" .").endswith(("»", "”"))
    return quoted and LETTER_CLOSE.fullmatch(text.strip()) is not None


# A quotation said by someone, a speech verb next to it: its incise ("« … », a lancé X", "s'est amusé", "dit-elle",
# "résume sa directrice", "s'amuse Simon", "selon X"; not a book's author, "« … », de Léa Roy", nor "« … », comme Nvidia"), or before its colon
# ("Il a lancé : « … »", "Elle ajoute : « … »"). Such a quotation is speech, not a term or a title in quotes. Only
# verbs of saying count: "Le titre du rapport a surpris : « … »", "Le Monde a titré : « … »", "on lisait : « … »",
# "Il s'intitule : « … »" put a title or a slogan in quotes, read in the narrator's voice.
_SAYS_ER = (  # verbs of saying in -er, by their stem: "lance", "lancé", "lançait", "martèle"
    r"(?:d[ée]clar|lan[cç]|r[ée]sum|ajout|expliqu|affirm|assur|soulign|confi|r[ée]pliqu|r[ée]torqu|insist|pr[ée]cis|estim|avou"
    r"|gliss|plaid|mart[èe]l|tranch|racont|comment|observ|ironis|soupir|jur|annon[cç]|rappel|lâch|conc[èé]d|confess|constat"
    r"|d[ée]plor|d[ée]non[cç]|regrett|demand|cri|hurl|murmur|souffl|temp[êe]t|rassur|nuanc|temp[èé]r|relativis|d[ée]taill"
    r"|t[ée]moign|alert|[ée]nonc|raill|plaisant|conclu|r[ée]p[èée]t|r[ée]it[èée]r|indiqu|confirm|signal|tweet|ass[èée]n|scand)"
    r"(?:e|es|ent|é|ée|és|ées|ait|aient|a)"
)
_SAYS_OTHER = (  # the others, in the forms a story uses
    r"(?:dit|dis|disait|disent|r[ée]pond|r[ée]pondu|r[ée]pondait|r[ée]pondent|conclut|concluait|reconna[iî]t|reconnaissait"
    r"|reconnu|admet|admis|admettait|promet|promis|promettait|poursuit|poursuivi|sourit|souri|pr[ée]vient|pr[ée]venu|avertit"
    r"|averti|[ée]crit|[ée]crivait|rench[ée]rit|d[ée]fend|d[ée]fendu)"
)
# said only with their "se": "s'amuse", "s'est étonné" (but "L'étude a étonné : « … »" and "a félicité" say nothing)
_SAYS_SELF = (
    r"(?:amus|agac|exclam|emport|indign|inqui[èée]t|r[ée]jou|[ée]tonn|enthousiasm|emball|moqu|f[ée]licit|interrog|[ée]cri)"
    r"(?:e|es|ent|é|ée|és|ées|ait|aient|a)"
)
_SAYS = rf"(?:{_SAYS_ER}|{_SAYS_OTHER}|(?:s['’]|se\s+){_SAYS_SELF})\b"
_PARTICIPLE = rf"(?:a|ont|avait|avaient|aurait|auraient)(?:-t-(?:il|elle|on))?\s+(?:{_SAYS_ER}|{_SAYS_OTHER})\b"
_INVERTED = rf"(?:{_SAYS_ER}|{_SAYS_OTHER}|s['’]{_SAYS_SELF})(?:-t)?-(?:il|elle|ils|elles|on)\b"
# who says it after the verb is no thing: "promet la campagne d'affichage", "note le rapport" are a slogan and a title
_THING = (
    r"(?!\s+(?:(?:le|la|les|un|une|son|sa|ses|leur|leurs|ce|cette|cet|notre)\s+|l['’])(?:campagne|affiche|pancarte|banderole"
    r"|slogan|publicit|pub\b|titre|rapport|livre|ouvrage|roman|film|s[ée]rie|texte|site|page|une\b|couverture|[ée]tude|document"
    r"|programme|loi\b|d[ée]cret|[ée]tiquette|tract|brochure|notice|enseigne|banni[èe]re|devise|chanson|album|spot|clip|vid[ée]o))"
)
_SAID_AFTER = re.compile(
    rf"\s*(?:{_PARTICIPLE}|s['’](?:est|était)\s+(?:{_SAYS_ER}|{_SAYS_OTHER}|{_SAYS_SELF})\b|{_INVERTED}|selon\b"
    rf"|{_SAYS}(?=\s+(?:son|sa|ses|leur|leurs|le|la|les|l['’]|un|une|notre|ce|cette|cet|[A-ZÀ-ÖØ-Þ]))){_THING}"
)
_SAID_BEFORE = re.compile(rf"(?:\b{_PARTICIPLE}|\b{_INVERTED}|\b(?i:il|elle|ils|elles|on)\s+{_SAYS})(?:\s+ainsi)?\s*:$")


def _spoken(before: str, quote: str, after: str) -> bool:
    """A quotation with a speech verb next to it (``_SAID_AFTER``, ``_SAID_BEFORE``)."""
    return (quote.rstrip().endswith(",") and _SAID_AFTER.match(after) is not None) or _SAID_BEFORE.search(before) is not None


def _split_quotes(text: str, role: Role, fmt: ShowFormat) -> list[Cue]:
    """A paragraph as cues, long direct quotes read by the other voice (if the format says so)."""
    if fmt.quotes != "other":
        return [Cue(role, text)]
    cues: list[Cue] = []
    start = 0
    for match in _QUOTE.finditer(text):
        before = text[: match.start()].rstrip()
        # a direct quote (after a colon or opening a sentence), long enough to hand over; in English
        # marks, only an English quotation after a colon (a French title is typed so too)
        # (said by someone, a speech verb next to it, half as long will do: "« It's a datacenter on your desk », s'amuse …")
        least = fmt.quote_min_words // 2 if _spoken(before, match.group(0), text[match.end() :]) else fmt.quote_min_words
        if (before and before[-1] not in ":.!?…") or _words(match.group(0)) < least:
            continue
        if not match.group(0).startswith("«") and not (before.endswith(":") and is_english(match.group(0).strip(' "“”.,;:!?…'))):
            continue
        before = text[start : match.start()].strip()
        if before:
            cues.append(Cue(role, before, "clause"))
        cues.append(Cue(_OTHER[role], match.group(0).strip(), "clause"))
        start = match.end()
    rest = text[start:].strip()
    if rest and cues and _asker(cues[-1], role, rest):
        cues[-1] = Cue(cues[-1].role, f"{cues[-1].text} {rest}")  # "« … ? » (Thomas, développeur à Lyon)": one voice
    elif rest:
        cues.append(Cue(role, rest))
    elif cues:
        cues[-1] = Cue(cues[-1].role, cues[-1].text)  # the paragraph's own pause
    return cues or [Cue(role, text)]


# The text after a lead-in's colon, now a sentence of its own: "un modèle…" -> "Un modèle…"
# (not a name written in lower case: "iPhone", "eBay")
_LOWER_START = re.compile(r"[a-zà-ÿ](?=[a-zà-ÿ'’]*[\s,.;:!?]|$)")


# An agenda's date as an item's lead: "20–24 avril", "Du 6 au 12 décembre", "Jeu. 26/03, 18h30", "Mardi 24 mars, 10h"
_WEEKDAY = "(?:" + "|".join([*WEEKDAYS, *WEEKDAY_ABBREVIATIONS]) + r")\.?"
_MONTH = "(?:" + "|".join(sorted([*MONTH_NAMES, *(a + r"\.?" for a in MONTH_ABBREVIATIONS)], key=len, reverse=True)) + ")"
_DAY = rf"(?:{_WEEKDAY}\s+)?(?:1er|\d{{1,2}})(?:/\d{{1,2}}|\s+{_MONTH})?"
_HOUR = r"\d{1,2}\s?h(?:\s?\d{2})?"  # "10h", "9 h 30", "14h30"
_DATE_LEAD = re.compile(
    rf"(?:(?:du|le|les)\s+)?{_DAY}(?:\s*(?:[-–]|au|et)\s*{_DAY})?(?:\s+\d{{4}})?(?:,\s*{_HOUR}(?:\s*[-–]\s*{_HOUR})?)?",
    re.IGNORECASE,
)


def _dated(lead: str) -> bool:
    """An agenda's entry led by its date ("20–24 avril", not "2,4 %" nor "1 sur 4"): with its month."""
    return _DATE_LEAD.fullmatch(lead) is not None and re.search(rf"/\d|{_MONTH}", lead, re.IGNORECASE) is not None


def _closed(text: str) -> str:
    """An entry written without its full stop ("Salon de l'auto, Lyon") closed as a sentence, for the voice's falling
    pitch at its end; not a line that announces what follows ("Au programme :"), one cut short ("…"), nor a quotation
    ("« … »", handed to the other voice whole), nor marks with no word to say ("♪ ♪ ♪": the voice has nothing to end)."""
    return text if not any(c.isalnum() for c in text) or text[-1] in ".!?…:;,»”\"" else f"{text}."


def _item_cues(item: Item, role: Role, fmt: ShowFormat) -> list[Cue]:
    text = _closed(_INNER_BULLET.sub(". ", item.text.strip()))
    if item.lead and _dated(item.lead):
        # one cue with its date, as an entry dated in figures is ("20–24 avril : Hannover Messe" like "17/03 – 19/03 :
        # Salon …"), not a sentence of its own: the agenda keeps one rhythm
        return _split_quotes(f"{item.lead} : {text}", role, fmt)
    if item.lead:
        text = text[0].upper() + text[1:] if _LOWER_START.match(text) else text
        return [Cue(role, _sentence(_lead(item.lead)), "sentence"), *_split_quotes(text, role, fmt)]
    return _split_quotes(text, role, fmt)


def _values(issue: Issue, show: Show) -> dict[str, str]:
    return {
        "show": show.title,
        "newsletter": show.newsletter,
        "editor": issue.signature or "",
        "title": issue.title,
        "date": written_date(issue.date) if issue.date else "",
    }


def _intro(issue: Issue, show: Show) -> Segment:
    t, values = show.templates, _values(issue, show)
    greeting = (t.intro if issue.date else t.intro_undated).format(**values)
    cues = [Cue("host", greeting, "sentence")]
    if issue.epigraph is not None and show.format.epigraph:
        quote = f"« {_sentence(issue.epigraph.text)} »"  # a quotation, marked so: an English one is said in English
        cues.append(Cue("cohost", f"{quote} {_sentence(issue.epigraph.author)}" if issue.epigraph.author else quote))
    return Segment("intro", "Introduction", tuple(cues), jingle_before=False)


def _summary(issue: Issue, show: Show) -> Segment:
    cues = [Cue("host", show.templates.summary.format(**_values(issue, show)), "sentence")]
    cues += [Cue("host", _sentence(h), "sentence") for h in issue.headlines]
    cues[-1] = Cue("host", cues[-1].text)
    return Segment("summary", "Au sommaire", tuple(cues), jingle_before=False)


def _editorial(section: Section, issue: Issue, show: Show, role: Role) -> Segment:
    t = show.templates
    values = _values(issue, show)
    announce = t.editorial.format(**values) if issue.signature else t.editorial_unsigned.format(**values)
    cues = [Cue(role, announce, "sentence")]
    # the title without its label ("Édito (1/2) : Le prix, enfin", "L'ÉDITO : …", "✍️ L'édito"): the announcement
    # and the chapter say "éditorial" already ("Éditorial : Le prix, enfin", not "Éditorial : Édito (1/2) : …")
    headline = EDITORIAL_LABEL.sub("", section.title, count=1).strip()
    if headline:
        said = headline[:1].upper() + headline[1:] if headline[:1].islower() and not headline[1:2].isupper() else headline
        cues.append(Cue(role, _sentence(said)))
    cues += _body(section, role, show.format, alternate=False)
    title = f"Éditorial : {headline}" if headline else "Éditorial"
    return Segment("editorial", title, tuple(cues), show.format.jingles, section.url)


# "Q : Pourquoi ?" / "R : Parce que…", or "— Pourquoi ?" then its answer: the labels are not
# read, two voices say who speaks
_LABEL = re.compile(r"(?:([A-Z]|Question|Réponse)\s*\.?\s*:|([—–])(?=[^\n]*\?\s*$))\s*(?=\S)")
_ROLES_OF = {"Q": "asks", "Question": "asks", "R": "answers", "A": "answers", "Réponse": "answers"}


def _label_role(label: re.Match[str]) -> str:
    return "asks" if label.group(2) else _ROLES_OF.get(label.group(1), "other")


_DASH = re.compile(r"[—–]\s*")
_ASKER = re.compile(r"(?<=[?…])\s*\([^()]{2,60}\)$")  # "… ? (Inès, Brest)": who asked


def _turns(said: list[str], *, interview_title: bool = False) -> dict[str, str]:
    """An interview's lines and who says each ("asks", "answers"); empty when the section is
    none: lines labelled only as questions and answers, or two questions or more with their
    answers unlabelled (not a glossary's "P :", "Q :", "R :", nor an editor's "Question : … ?
    Réponse." in one paragraph); or lines that all open with a dash, questions and answers as
    French prints a dialogue, which take turns."""
    dashed = [t for t in said if t.startswith(("—", "–"))]
    if len(dashed) >= 4 and any(not t.rstrip().endswith("?") for t in dashed):
        return {t: ("asks" if n % 2 == 0 else "answers") for n, t in enumerate(dashed)}
    labelled = [(_label_role(m), t) for t in said if (m := _LABEL.match(t))]
    labels = [role_ for role_, _ in labelled]
    # every question asks, or trails off ("Certains acceptent pourtant de céder leur voix…", a
    # follow-up), half of them at least with "?"; a reader's question may end with who asks ("… ? (Inès, Brest)")
    asked = [_ASKER.sub("", t.rstrip()) for role_, t in labelled if role_ == "asks"]
    questions = all(t.endswith(("?", "…", "...")) for t in asked) and 2 * sum(t.endswith("?") for t in asked) >= len(asked)
    interview = questions and "other" not in labels and (set(labels) == {"asks", "answers"} or labels.count("asks") >= 2)
    if interview:
        turns = {t: role_ for role_, t in labelled}
        if any((m := _LABEL.match(t)) is not None and m.group(2) for t in turns):
            # questions set with a dash: one put as a statement ("— Les retours restent pourtant le grand
            # problème.") between two answers asks too (not a list of dashed lines inside an answer, nor a line the
            # answer quotes, announced by its colon: "Un adhérent m'a appelé, furieux :" / "— On m'a vendu…")
            for n, t in enumerate(said):
                alone = not (n > 0 and said[n - 1].startswith(("—", "–"))) and not (n + 1 < len(said) and said[n + 1].startswith(("—", "–")))
                quoted = n > 0 and said[n - 1].rstrip().endswith((":", "…", "..."))
                if t not in turns and t.startswith(("—", "–")) and alone and not quoted and 0 < n < len(said) - 1:
                    turns[t] = "asks"
        # a question among them put in the newsletter's name ("Plan Large : Vos salles … ?"): asked too, by a
        # speaker who never answers
        answering = {m["who"] for t in said if (m := SPEAKER.match(t)) and not t.rstrip().endswith("?")}
        for t in said:
            if t not in turns and (m := SPEAKER.match(t)) and t.rstrip().endswith("?") and m["who"] not in answering and "," not in t[: m.end()]:
                turns[t] = "asks"
        # the guests named at their answers to "Q :" ("Q : … ?" / "Hélène Roy : …" / "Marc Lenoir : …"): answers, their
        # names not read; each named twice or more, right after a turn (not "Ce qu'on sait : …" once in an answer)
        names = SPEAKER if interview_title else PROPER_SPEAKER
        guests = [m["who"] for t in said if t not in turns and (m := names.match(t)) and not t.rstrip().endswith("?")]
        replies = [m["who"] for n, t in enumerate(said) if t not in turns and n > 0 and said[n - 1] in turns and (m := names.match(t))]
        if not interview_title and any(guests.count(who) < 2 for who in replies):
            # (a section that is no interview, its sources named at their answers, one of them once: "Q : … ?" /
            # "Bercy : …" / "Q : … ?" / "L'Arcom : …": each answer keeps who gives it, read as written)
            return turns
        for n, t in enumerate(said):
            if t not in turns and n > 0 and said[n - 1] in turns and (m := names.match(t)) and guests.count(m["who"]) >= 2:
                turns[t] = "answers"
        return turns
    return _named_turns(said, SPEAKER if interview_title else PROPER_SPEAKER, asker_alone=interview_title)


def _named_turns(said: list[str], names: re.Pattern[str], *, asker_alone: bool = False) -> dict[str, str]:
    """'Kilowatt : Et le réseau ?' / 'Léa Fontanel-Roy : Il tient.': two speakers named, one who
    only asks (two questions or more), the other who answers. Under an interview's title the one
    who asks may be the only one named ("Kilowatt : Et le réseau ?" / "Il tient."), like "Q :" alone."""
    named = [(m["who"], t) for t in said if (m := names.match(t))]
    speakers = {who for who, _ in named}
    if asker_alone and len(speakers) == 1 and len(named) >= 2 and all(t.rstrip().endswith("?") for _, t in named):
        return {t: "asks" for _, t in named}
    if len(speakers) < 2:
        return {}
    asking = [who for who in speakers if all(t.rstrip().endswith("?") for w, t in named if w == who)]
    if len(asking) != 1 or sum(1 for w, _ in named if w == asking[0]) < 2:
        return {}
    if len(speakers) > 2 and (
        not asker_alone or any(who == asking[0] and (n + 1 == len(named) or named[n + 1][0] == asking[0]) for n, (who, _) in enumerate(named))
    ):
        # two guests or more ("Octet : … ?" / "Hélène Roy : …" / "Marc Lenoir : …"), one answering voice: only under an
        # interview's title, when a guest answers every question (not a few names quoted around the newsletter's
        # questions, nor a debate the story reports, "Laure Darcos : Qui peut croire … ?" among two ministers' words,
        # each said with its name in the section's voice)
        return {}
    return {t: "asks" if who == asking[0] else "answers" for who, t in named}


def _turn_cue(text: str, turn: str, role: Role, *, guests: int = 1) -> Cue:
    """An interview's line without its label or dash: the other voice asks, the section's answers. With two
    guests or more, one voice answers for all: each answer keeps its guest's name ("Anne Roux : Oui, si…"),
    so the listener knows who speaks."""
    label = _LABEL.match(text) or _DASH.match(text)
    if turn == "answers" and guests > 1 and not label and SPEAKER.match(text):
        return Cue(role, text)
    label = label or SPEAKER.match(text)
    return Cue(_OTHER[role] if turn == "asks" else role, text[label.end() :] if label else text)


def _guests(turns: dict[str, str]) -> int:
    """How many people answer an interview by name ("Anne Roux : …", "Marc Lenoir : …")."""
    return len({m["who"] for t, turn in turns.items() if turn == "answers" and (m := SPEAKER.match(t)) and not _LABEL.match(t)})


def _body(section: Section, role: Role, fmt: ShowFormat, *, alternate: bool) -> list[Cue]:
    """A section's paragraphs, then its items (read by turns if ``alternate``); an interview
    by two voices, the other one asking (``_turns``)."""
    said = [*section.paragraphs, *(f"{i.lead} : {i.text}" if i.lead else i.text for i in section.items)]
    turns = _turns(said, interview_title=bool(INTERVIEW_TITLE.search(section.title)))
    guests = _guests(turns)
    if turns:
        # in an interview the other voice asks: a quotation in an answer ("« Une tenue pour un mariage… » : un
        # moteur de recherche renvoie…") is the guest's words, said in the guest's voice
        fmt = replace(fmt, quotes="same")
    cues: list[Cue] = []
    closed = False  # a reader's letter's closing words were just said, in the letter's voice
    for paragraph in section.paragraphs:
        if paragraph in turns:
            cues.append(_turn_cue(paragraph, turns[paragraph], role, guests=guests))
            continue
        if cues and _letter_end(cues[-1], role, paragraph, closed):
            # "« Je suis DRH … »" / "Bien cordialement," / "Sophie Roux, DRH, Tours": the letter's voice signs it
            cues.append(Cue(cues[-1].role, paragraph))
            closed = not closed
            continue
        closed = False
        if cues and _asker(cues[-1], role, paragraph):
            # "« Je dirige une PME… ? »" / "Bertrand Giraud, dirigeant, Angers": the reader's signature, in the voice
            # that read the letter (the answer does not seem to begin with the reader's name)
            cues[-1] = Cue(cues[-1].role, f"{cues[-1].text} {paragraph}")
            continue
        cues += _split_quotes(paragraph if _ATTRIBUTION.fullmatch(paragraph) else _closed(paragraph), role, fmt)
    reader = role
    for item, text in zip(section.items, said[len(section.paragraphs) :], strict=True):
        if text in turns:
            cues.append(_turn_cue(text, turns[text], role, guests=guests))  # "**Q :** …" in bold: a lead-in
            continue
        cues += _item_cues(item, reader, fmt)
        if alternate:
            reader = _OTHER[reader]
    return cues


def _section(section: Section, role: Role, show: Show, title: str) -> Segment:
    fmt = show.format
    heading = section.title or (show.templates.briefs if section.kind == "briefs" else "")
    cues = [Cue(role, _sentence(heading))] if heading else []
    cues += _body(section, role, fmt, alternate=fmt.items == "alternate")
    return Segment("section", title, tuple(cues), fmt.jingles, section.url)


def chapter_titles(sections: tuple[Section, ...], show: Show) -> list[str]:
    """Each section's chapter name: its title, or for untitled briefs the show's ("En bref"). The chapter list never
    says one name twice: untitled briefs whose name another chapter bears (the issue's own "EN BREF" after them, or
    earlier untitled briefs) are named after their first story too ("En bref : Le cuivre s'éteint")."""
    names = [s.title or (show.templates.briefs.rstrip(".") if s.kind == "briefs" else "") or "Rubrique" for s in sections]
    taken = {_name_key(s.title) for s in sections if s.title}
    for n, section in enumerate(sections):
        if section.title:
            continue
        if _name_key(names[n]) in taken and (first := _first_story(section)):
            names[n] = f"{names[n]} : {first}"
        taken.add(_name_key(names[n]))
    return names


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))  # "EN BREF", "En bref." and "En bref" are one name


def _first_story(section: Section) -> str:
    """What a section tells first, to name it: its first item's lead-in, or the first words of its text."""
    if section.items and section.items[0].lead:
        return section.items[0].lead
    text = section.items[0].text if section.items else (section.paragraphs[0] if section.paragraphs else "")
    ws = text.split()
    return " ".join(ws[:6]).rstrip(".,;:") + ("…" if len(ws) > 6 else "")


def _elided(template: str, values: dict[str, str]) -> str:
    """A template filled in, its "de {editor}" elided before a name that starts with a vowel or a
    mute h: "Éditorial d'Hélène Vasseur" (not "d'Yann", nor a particle inside the name)."""
    if _ELIDES.match(values.get("editor", "")):
        template = _DE_EDITOR.sub(r"\1'{editor}", template)
    return template.format(**values)


_DE_EDITOR = re.compile(r"\b([Dd])e \{editor\}")
_ELIDES = re.compile(r"[AEIOUÀÂÉÈÊËÎÏÔÛÜ]|Y[^aeiouyéèê]|H(?!enri|ans\b|iroshi)[aeéèêiouy]")  # "Yves", "Hélène"; not "Yann", "Henri"


def _outro(issue: Issue, show: Show) -> Segment:
    t, values = show.templates, _values(issue, show)
    cues = [Cue("host", p) for p in issue.postscript]  # the editor's last word, before the farewell
    cues.append(Cue("host", (t.outro_break if _announces_break(issue, show) else t.outro).format(**values), "sentence"))
    editorial = any(s.kind == "editorial" for s in issue.sections)
    credits = (t.credits if editorial else t.credits_no_editorial) if issue.signature else t.credits_unsigned
    if credits:
        cues.append(Cue("cohost", _elided(credits, values)))
    return Segment("outro", "Conclusion", tuple(c for c in cues if c.text.strip()), show.format.jingles)


def _announces_break(issue: Issue, show: Show) -> bool:
    """Whether the editor's own words (the editorial, the P.S.) say the letter pauses: "Voici le dernier numéro avant
    notre pause estivale", "Octet fait sa pause estivale", "Octet part en vacances", "Pas de lettre samedi prochain";
    a return on a date ("Octet reprendra le samedi 29 août", "nous vous retrouvons le 29 août") only with a break
    word beside it (not "Le Parlement reprendra le débat", someone else's break, nor "Nous reprendrons le fil de notre
    enquête…" or "La lettre reviendra sur ce sujet samedi prochain", a topic the letter comes back to)."""
    said = " ".join([p for s in issue.sections if s.kind == "editorial" for p in s.paragraphs] + list(issue.postscript))
    name = re.escape(show.newsletter) if show.newsletter else r"(?!)"
    who = rf"(?:{name}|la lettre|la newsletter|nous|on)"
    months = r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)"
    day = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    pause = re.compile(
        rf"\b(?:notre pause|(?:fait|prend|prendra) (?:sa|une|notre) (?:pause|tr[êe]ve)|pause (?:estivale|hivernale|de (?:l['’][ée]t[ée]|no[ëe]l|fin d['’]ann[ée]e))|"
        rf"(?:dernier num[ée]ro|derni[èe]re lettre) avant (?:la |notre |l['’]|les )(?:pause|tr[êe]ve|rel[âa]che|[ée]t[ée]|vacances|f[êe]tes)|"
        rf"pas de lettre (?:la semaine|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi) prochaine?|"
        rf"{who} (?:part|partons|partira|partirons) en vacances)",
        re.IGNORECASE,
    )
    # a return on a date: "reprendra le 29 août", "vous retrouve le samedi 29 août", "sera de retour en septembre"
    back = re.compile(
        rf"\b(?:{who} (?:vous )?(?:reprendra|reprendrons|reviendra|reviendrons|sera de retour|serons de retour|vous retrouve(?:ra|rons|ons)?)|"
        rf"(?:vous )?retrouve(?:ra|rons)? (?:dans vos bo[iî]tes )?|prochaine lettre)\s+"
        rf"(?:le (?:{day} )?(?:\d{{1,2}}|1er)\b|en {months}|[àa] la rentr[ée]e|d[ée]but {months}|mi-{months}|fin {months})",
        re.IGNORECASE,
    )
    rest = re.compile(r"\b(?:pause|vacances|tr[êe]ve|rel[âa]che|cong[ée]s?|l['’][ée]t[ée]|rentr[ée]e)\b", re.IGNORECASE)
    return bool(pause.search(said) or (back.search(said) and rest.search(said)))


def section_roles(sections: tuple[Section, ...], fmt: ShowFormat) -> list[Role]:
    """Who reads each section: a fixed voice by kind, else one voice or alternating."""
    roles: list[Role] = []
    turn: Role = fmt.first_section
    for section in sections:
        fixed = fmt.by_kind.get(section.kind)
        if fixed in ("host", "cohost"):
            roles.append(fixed)  # type: ignore[arg-type]
        elif fmt.sections in ("host", "cohost"):
            roles.append(fmt.sections)  # type: ignore[arg-type]
        else:
            roles.append(turn)
            turn = _OTHER[turn]
    return roles


def build_script(issue: Issue, show: Show) -> Script:
    """The show format: intro, summary, editorial, each section, outro."""
    segments = [_intro(issue, show)]
    if show.format.summary and issue.headlines:
        segments.append(_summary(issue, show))
    titles = chapter_titles(issue.sections, show)
    for section, role, title in zip(issue.sections, section_roles(issue.sections, show.format), titles, strict=True):
        if section.kind == "editorial":
            segments.append(_editorial(section, issue, show, role))
        else:
            segments.append(_section(section, role, show, title))
    segments.append(_outro(issue, show))
    # one line per cue, as the script file keeps it: building and re-reading agree
    tidy = [replace(s, title=one_line(s.title), cues=tuple(replace(c, text=one_line(c.text)) for c in s.cues))
            for s in segments]  # fmt: skip
    return Script(
        title=one_line(issue.title),
        date=issue.date,
        segments=tuple(s for s in tidy if s.cues),
        headlines=tuple(one_line(h) for h in issue.headlines),
        source=one_line(issue.source),
        left_out=issue.dropped,
    )
