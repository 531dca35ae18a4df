"""Abbreviations, capitals and acronyms: what the voice should say for written shorthand.

Generic rules first, the lexicon for exceptions: a run of two to five capitals ("AMD",
"TSMC", "APIs") is spelled letter by letter unless the lexicon lists it as a word
("NASA"); a shouted phrase ("EN FILIGRANE") is lowered so it is read, not spelled; a
CamelCase name ending in capitals ("OpenAI", "iOS") is split so the capitals are spelled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from ..calendar_words import MONTH_NAMES, WEEKDAY_ABBREVIATIONS
from .lexicon import HELD
from .numbers import NUMBER_WORD, cardinal, roman, sentence_around
from .typography import in_capitals

_Replacement = str | Callable[[re.Match[str]], str]


_SENTENCE_STARTS = re.compile(r"\s+[A-ZÀ-Ý«]|\s*$")


def _ending(words: str) -> Callable[[re.Match[str]], str]:
    """``words`` for an abbreviation whose dot may also end the sentence ("300 av. J.-C. Le
    royaume…"): the full stop is kept when a sentence follows, so the voice pauses."""

    def replace(match: re.Match[str]) -> str:
        said = match.expand(words)
        return said + "." if _SENTENCE_STARTS.match(match.string, match.end()) else said

    return replace


def _in_case(words: str) -> Callable[[re.Match[str]], str]:
    """``words``, in capitals in a line all in capitals (a headline stays one: "LES É.-U. DURCISSENT")."""

    def replace(match: re.Match[str]) -> str:
        return words.upper() if in_capitals(match) else words

    return replace


# The usual abbreviations of the months (and "dec" without its accent)
_MONTHS = {short: next(name for name in MONTH_NAMES if name.startswith(short.replace("dec", "déc")))
           for short in ("janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "dec")}  # fmt: skip
# An abbreviated month after a day or before a year: "3 sept. 2025", "1er janv.", "oct. 2025"
_MONTH = re.compile(
    r"(?:(?<=\d )|(?<=\der )|(?<=\dᵉʳ ))(?P<m>" + "|".join(_MONTHS) + r")\.(?!\w)"
    r"|\b(?P<m2>" + "|".join(m for m in _MONTHS if m != "sept") + r")\.(?= \d{4}\b)",  # "sept. 2026": maybe seven
    re.IGNORECASE,
)


# Capitalised words that open a sentence or a clause before "M.": not a first name ("Selon M. Dupont")
_BEFORE_MONSIEUR = frozenset("SELON D'APRÈS POUR AVEC PAR CHEZ CONTRE ENTRE SANS APRÈS AVANT COMME QUAND SI AINSI ALORS "
                             "AUSSI PUIS ENFIN HIER MERCI CHER CHÈRE QUE QU'".split())  # fmt: skip


def _monsieur(match: re.Match[str]) -> str:
    """"M." is "monsieur" unless it is the initial after a first name ("Julien M. et sa compagne",
    "Jean-Pierre M."), a size or a key after a common noun ("en taille M. La taille L"), or
    millions after a number ("15 M. Les fonds")."""
    before = match.string[: match.start()].rstrip()
    previous = before.split()[-1].strip("«“(\"'") if before else ""
    opening = not before or before.endswith((".", "!", "?", ":"))
    if previous[:1].isdigit():
        return match.group(0)
    first_name = previous[:1].isupper() and previous.replace("-", "").isalpha() and not opening
    if first_name and previous.upper() not in FUNCTION_WORDS | _BEFORE_MONSIEUR:
        return match.group(0)
    following = match.string[match.end() :].split(maxsplit=1)
    sentence = following and following[0].upper().strip(",.;") in FUNCTION_WORDS and following[0][:1].isupper()
    if previous[:1].islower() and sentence:
        return match.group(0)  # "la touche M. Le menu…": a letter, then a new sentence
    return "monsieur"


_PARTIES = {"R": "républicain", "D": "démocrate", "I": "indépendant"}
_STATES = {  # abbreviations and English names -> French
    "TX": "Texas", "Tex.": "Texas", "CA": "Californie", "Calif.": "Californie", "NY": "New York", "N.Y.": "New York",
    "FL": "Floride", "Fla.": "Floride", "MA": "Massachusetts", "Mass.": "Massachusetts", "WA": "Washington",
    "Wash.": "Washington", "IL": "Illinois", "Ill.": "Illinois", "OH": "Ohio", "PA": "Pennsylvanie", "Pa.": "Pennsylvanie",
    "MI": "Michigan", "Mich.": "Michigan", "GA": "Géorgie", "Ga.": "Géorgie", "AZ": "Arizona", "Ariz.": "Arizona",
    "CO": "Colorado", "Colo.": "Colorado", "VA": "Virginie", "Va.": "Virginie", "NJ": "New Jersey", "N.J.": "New Jersey",
    "MN": "Minnesota", "Minn.": "Minnesota", "CT": "Connecticut", "Conn.": "Connecticut", "OR": "Oregon", "Ore.": "Oregon",
    "TN": "Tennessee", "Tenn.": "Tennessee", "NC": "Caroline du Nord", "N.C.": "Caroline du Nord", "SC": "Caroline du Sud",
    "S.C.": "Caroline du Sud", "WI": "Wisconsin", "Wis.": "Wisconsin", "MD": "Maryland", "Md.": "Maryland",
    "MO": "Missouri", "Mo.": "Missouri", "KY": "Kentucky", "Ky.": "Kentucky", "UT": "Utah", "Vt.": "Vermont", "VT": "Vermont",
    "Texas": "Texas", "Ohio": "Ohio", "Utah": "Utah", "Iowa": "Iowa", "Idaho": "Idaho", "Maine": "Maine", "Nevada": "Nevada",
    "Oregon": "Oregon", "Alaska": "Alaska", "Hawaii": "Hawaï", "Montana": "Montana", "Kansas": "Kansas", "Arizona": "Arizona",
    "Colorado": "Colorado", "Florida": "Floride", "California": "Californie", "Virginia": "Virginie", "Georgia": "Géorgie",
    "Missouri": "Missouri", "Kentucky": "Kentucky", "Tennessee": "Tennessee", "Michigan": "Michigan", "Wisconsin": "Wisconsin",
    "Minnesota": "Minnesota", "Illinois": "Illinois", "Indiana": "Indiana", "Alabama": "Alabama", "Louisiana": "Louisiane",
    "Arkansas": "Arkansas", "Oklahoma": "Oklahoma", "Nebraska": "Nebraska", "Vermont": "Vermont", "Delaware": "Delaware",
    "Maryland": "Maryland", "Washington": "Washington", "Massachusetts": "Massachusetts", "Connecticut": "Connecticut",
    "Pennsylvania": "Pennsylvanie", "Mississippi": "Mississippi", "Wyoming": "Wyoming",
}  # fmt: skip


def _party(match: re.Match[str]) -> str:
    """Only a state this knows: "(D-Wave)", "(R-CNN)", "(D-Day)" are names."""
    state = _STATES.get(match["s"])
    return f"({_PARTIES[match['p']]}, {state})" if state else match.group(0)


def _case(match: re.Match[str]) -> str:
    """"Meta c. Bundeskartellamt": "contre"; not the third answer of a list ("a. … b. Anthropic c. Google")."""
    listed = re.search(r"(?:^|\s)b\. \S+ \Z", match.string[: match.end(1)] + " ")
    return match.group(0) if listed else f"{match[1]} contre"


_TO_THE = frozenset(("de", "vers", "à", "dans", "par", "depuis", "sur", "pour", "et", "ou"))  # "vers l'est", "dans l'est de…"
_SUBJECTS = frozenset(("il", "elle", "on", "ce", "cela", "ça", "qui", "ne", "n'"))  # "elle l'est", "il ne l'est pas"


def _the_east(match: re.Match[str]) -> str:
    """'l'est' after a preposition, or before "de" without a subject, is the east: "l'Èst"."""
    pre = (match["pre"] or "").lower()
    subject = pre in _SUBJECTS and not match["mark"]
    east = (pre in _TO_THE and not match["mark"]) or (match["after"] is not None and not subject)
    before = f"{match['pre']}{match['mark']} " if match["pre"] else ""
    return f"{before}{match['l']}{'Èst' if east else 'est'}{match['after'] or ''}"


def _month(match: re.Match[str]) -> str:
    written = match["m"] or match["m2"]
    return _ending(_MONTHS[written.lower()])(match)


# "CA" is a business's turnover where its figures are given: "un CA de 1,2 Md€", "son CA a progressé
# de 8 %", "10 % du CA mondial", "44 Md€ de CA", "a réalisé un CA record" -> "chiffre d'affaires"; elsewhere a
# board ("le CA de l'université a voté", "réuni en CA") or California, spelled
_AMOUNT = r"[+\-−]?\d[\d  ]*(?:[,.]\d+)?"
_MONEY_AHEAD = (  # "1,2 Md€", "312 k€", "$5 Md", "12 millions d'euros", "près de 3 M€"
    rf"(?:près de |plus de |moins de |environ |quelque |~ ?)?(?:(?:US\$|[$€£]) ?{_AMOUNT}"
    rf"|{_AMOUNT} ?(?:(?:k|K|M|Md|Mds|Mrd|Mrds|B|Bn) ?(?:[€$£]|(?:EUR|USD|CHF)\b)|(?:millions?|milliards?)\b"
    r"|[€$£]|(?:euros?|dollars?|EUR|USD|CHF)\b))"
)
_TURNOVER_QUALIFIER = (
    r"(?:annuel|trimestriel|semestriel|mensuel|consolidé|mondial|cumulé|global|total|net|brut|HT|TTC|record|estimé|"
    r"prévisionnel|organique|publié|attendu|réalisé|(?:19|20)\d\d(?:-\d\d)?|par (?:salarié|employé|client|magasin|habitant)|"
    r"du [TQSH][1-4]|de l['’]exercice|en (?:19|20)\d\d|(?:de|d['’]) ?[A-ZÀ-Ý][\w&.-]*(?: [A-ZÀ-Ý][\w&.-]*){0,2}|IA\b)"  # "son CA IA" (not "CA CIB", "CA SA": Crédit Agricole)
)
_TURNOVER_AFTER = re.compile(
    rf"(?:\s+{_TURNOVER_QUALIFIER}){{0,3}}(?:"
    rf"\s*(?:de|d['’]|:|—|–|=|à)?\s*{_MONEY_AHEAD}"  # "un CA de 1,2 Md€" (not "un CA de 12 membres")
    r"|\s+(?:a |ont |avait |aurait |devrait |va |pourrait )?(?:progress|bond|grimp|recul|chut|cr[oûu]|s['’]envol|s['’]effondr"
    r"|plong|stagn|rebond|se repli|décoll|explos|doubl|tripl|quadrupl)\w*+(?!\s+(?:le|la|les|l['’]|son|sa|ses|leurs?|une?|des)\b)"  # (not "a doublé la prime")
    r"|\s+(?:a |ont |avait |aurait |devrait |va |pourrait )?(?:augment|baiss|diminu|multipli|divis|atteint|atteindr|dépass"
    r"|franch|s['’]él[eè]v|s['’]établi|ressort|totalis|pès|pes|frôl)\w*"
    r"(?:\s+(?:près de|plus de|moins de|environ|quelque|désormais|déjà|ainsi|les|la barre des|le cap des))?"
    r"\s+(?:de |à |par )?[+\-−~x×]?\d[\d  ]*(?:[,.]\d+)?\s*"  # "a atteint 3 M€", "a dépassé les 2 Md€" (not "a atteint le quorum à 18 h")
    r"(?:%|pour cent\b|points?\b|fois\b|(?:k|K|M|Md|Mds|Mrd|Mrds)?\s*(?:[€$£]|(?:EUR|USD)\b)|(?:millions?|milliards?|euros?|dollars?)\b|(?=[.;,)]|$|\s+(?:au|en|sur|depuis|entre|par rapport)\b))"
    r"(?!\s+(?:la|le|les|l['’]|ses|sa|son|leurs?)\s)"  # a figure, not "9 réunions", "10 heures"; nor a board's act: "a augmenté de 3 % la rémunération"
    r"|\s+(?:en|est en) (?:hausse|baisse|croissance|progression|recul|repli|chute)|\s+de [x×] ?\d)"
)
_TURNOVER_AFTER_CAPS = re.compile(_TURNOVER_AFTER.pattern, re.IGNORECASE)  # a headline: "LE CA DE NVIDIA BONDIT"
_TURNOVER_BEFORE = re.compile(
    # (not "a annoncé un CA extraordinaire", "prévoit un CA le 12 mars", "a visité le CA": a board's meeting)
    r"(?:\b(?:réalis|génér|affich|dégag|enregistr|accus|revendiqu|doubl|tripl|multipli)\w*"
    r"\s+(?:un|son|leur|le|sa|notre|votre|ce|cet)"
    r"|(?:\d ?(?:%|‰|fois)|pour cent|\bpart|\bmultiples?|\bmoitié|\btiers|\bquart)\s+(?:du|de son|de leur|de notre|de votre|de|son|leur)"
    r"|(?:[€$£¥₩₹]|\beuros|\bdollars|\d ?[kKM])\s+(?:de|d['’])|[€$£¥₩₹]\s+(?:son|leur))\s+\Z",  # "porte à 1,2 Md€ son CA"
    re.IGNORECASE,
)


# a board's members: "40 % du CA sont des femmes", "la moitié du CA est indépendante"
_BOARD_AFTER = re.compile(r"[^.;:!?]{0,40}?\b(?:femmes|hommes|membres|administrat\w+|sièges|élus|indépendant\w*|composé\w*)\b", re.IGNORECASE)


# a board's seats or members in the same sentence: "Les femmes représentent 45 % du CA de Renault", "détient la
# moitié du CA et nomme son président"; a share's ticker, "le titre CA"; a board's meeting, "un CA extraordinaire"
_BOARD_SENTENCE = re.compile(r"\b(?:femmes|hommes|membres|administrat\w+|sièges|élus|candidats|nomm\w+)\b", re.IGNORECASE)
_NOT_TURNOVER = re.compile(r"(?:titre|action|actions) \Z")


def _turnover(match: re.Match[str]) -> str:
    headline = in_capitals(match)
    if _BOARD_AFTER.match(match.string, match.end()) or match.string.startswith(" extraordinaire", match.end()):
        return match.group(0)
    if _BOARD_SENTENCE.search(sentence_around(match)) or _NOT_TURNOVER.search(match.string, 0, match.start()):
        return match.group(0)
    after = (_TURNOVER_AFTER_CAPS if headline else _TURNOVER_AFTER).match(match.string, match.end())
    before = _TURNOVER_BEFORE.search(match.string, max(0, match.start() - 60), match.start())
    if not (after or before):
        return match.group(0)
    return "CHIFFRE D'AFFAIRES" if headline else "chiffre d'affaires"


# "LA" and "SF" are Los Angeles and San Francisco where they stand as a city: after "à" before a pause, or
# in a list with a city ("à Phoenix, SF, LA et Austin"); "LA" was the article, and "SF" heard "S-F" is
# science fiction. Never before a word ("LA solution"), nor "de la SF"
_CITY_SHORTS = {"LA": "Los Angeles", "SF": "San Francisco"}
_CITIES = (
    r"(?:Phoenix|Austin|Seattle|Boston|Chicago|Miami|Atlanta|Denver|Dallas|Houston|New York|NYC|San Diego|San Jos[ée]|"
    r"Las Vegas|Portland|Washington|Detroit|Nashville|Philadelphie|Pittsburgh|Sacramento|Oakland|Palo Alto|Mountain View|"
    r"Orlando|San Antonio|Minneapolis|Baltimore|Tampa|Salt Lake City|Toronto|Montréal|Vancouver|Mexico|Londres|Paris|"
    r"Berlin|Tokyo|Pékin|Shanghai|Shenzhen|Singapour|Séoul|Hong Kong|Dubaï|LA|SF)"
)
_CITY_PAUSE = r"\s*(?:[,.;:!?)]|et\b|ou\b|$)"


def _city(match: re.Match[str]) -> str:
    flags = re.IGNORECASE if in_capitals(match) else 0  # a headline: "WAYMO ARRIVE À SF ET LA"
    before, after = match.string[max(0, match.start() - 30) : match.start()], match.string[match.end() :]
    listed = re.search(rf"\b{_CITIES}(?:,| et| ou| à| vers) \Z", before, flags) or re.match(
        rf"(?:,| et| ou| à| vers) {_CITIES}(?![\w'’-])", after, flags
    )
    # "LA" not before a word ("LA solution", "LA Défense"); "SF" may be: "relie LA à SF en une heure"
    ends = re.match(rf"{_CITY_PAUSE}| (?:à|vers)\b", after, flags) or (match.group(0) == "SF" and listed)
    if not ends or not (listed or re.search(r"\bà \Z", before, flags)):
        return match.group(0)
    return _CITY_SHORTS[match.group(0)]  # (in a headline too: a name in capitals would be spelled, "S-A-N")


def _weekday(match: re.Match[str]) -> str:
    """'mar.' -> "mardi", 'Jeu.' -> "Jeudi": the shorthand's first letter, then the rest of the day."""
    first, rest = next((match[k], match[k + 1]) for k in range(1, len(match.groups()), 2) if match[k])
    return first + WEEKDAY_ABBREVIATIONS[(first + rest).lower()][1:]


_BRACKETED_WORDS = frozenset("OUI NON BIO TOP NEW FIN BON OK LIVE".split())  # a word in brackets, not an acronym: "(BIO)"
_PAIR = {"EUR": "euro", "USD": "dollar", "GBP": "livre", "JPY": "yen", "CHF": "franc suisse", "CNY": "yuan"}


# Texts cited by their number, after which "no" is "n°": "le décret no 2026-301", "la loi no 78-17"
_NUMBERED_TEXTS = (
    "décret", "loi", "Loi", "arrêté", "arrêt", "rapport", "ordonnance", "décision", "délibération", "circulaire", "avis",
    "pourvoi", "requête", "amendement", "instruction", "directive", "règlement", "dossier", "affaire", "projet",
)  # fmt: skip


# Written shorthand -> words. Only unambiguous forms (with their dot or context).

ABBREVIATIONS: tuple[tuple[re.Pattern[str], _Replacement], ...] = (
    (_MONTH, _month),
    (re.compile(r"\bav\. J\.-C\."), _ending("avant Jésus-Christ")),
    (re.compile(r"\bapr\. J\.-C\."), _ending("après Jésus-Christ")),
    # Initials before a surname are letters, not abbreviations: "J.-C. Decaux", "J.-M. Jancovici",
    # "J. D. Vance" -> "J-C Decaux", "J D Vance"
    (re.compile(r"\b([A-Z])\.-([A-Z])\. (?=[A-ZÀ-Ý][a-zà-ÿ])"), r"\1-\2 "),
    (re.compile(r"\b([A-Z])\. ([A-Z])\. (?=[A-ZÀ-Ý][a-zà-ÿ])"), r"\1 \2 "),
    (re.compile(r"\bJ\.-C\."), _ending("Jésus-Christ")),
    # the dot ends the sentence only at the end of the text ("Les É.-U. Donald Trump…" is unsure)
    (re.compile(r"(?<!\w)É\.-U\.(?=\s*$)"), _in_case("États-Unis.")),
    (re.compile(r"(?<!\w)É\.-U\.(?!\w)"), _in_case("États-Unis")),
    (re.compile(r"(?<!\w)R\.-U\.(?=\s*$)"), _in_case("Royaume-Uni.")),
    (re.compile(r"(?<!\w)R\.-U\.(?!\w)"), _in_case("Royaume-Uni")),
    # "P.-S. : merci…", and "P.S. Pas de lettre…" with the pause a reader makes after it
    (re.compile(r"^P\.-?S\.(?=\s*:\s)", re.MULTILINE), "Post-scriptum"),
    (re.compile(r"^P\.-?S\.(?=\s)", re.MULTILINE), "Post-scriptum :"),
    # an interview: "Q : Pourquoi ?" "R. : Parce que…" at the start of a line, before a sentence
    (re.compile(r"^Q\.? ?(?=: ?[A-ZÀ-Ý«])", re.MULTILINE), "Question "),
    (re.compile(r"^R\.? ?(?=: ?[A-ZÀ-Ý«])", re.MULTILINE), "Réponse "),
    # a credit's "DR" is "droits réservés": "Photo : DR", "Illustrations : DR", "Crédit photo : DR"
    (re.compile(r"\b((?:[Pp]hotos?|[Ii]llustrations?|[Ii]mages?|[Ss]ources?|[Cc]rédits?(?: photos?)?) ?: ?)DR\b(?! [A-Z])"),
     r"\1droits réservés"),  # not "Images : DR Horton"
    # a legal code's article: "art. L. 111-7" -> "article L 111, 7" (not a full stop, not a range)
    (re.compile(r"(?:(?<=\b[Ll]es )|(?<=\b[Aa]ux ))art\.(?= [LRD]?\.? ?\d)"), "articles"),  # "les art. 6 et s.", "aux art. L. 1242-8"
    (re.compile(r"\b([Aa])rt\.(?= [LRD]\. ?\d)"), r"\1rticle"),
    # (its point glued too, "art. L.114-8", when its number has three digits or more: not "D.1-2" in a list)
    (re.compile(r"\b([LRD])\.(?: |(?=\d{3}))(\d+(?:-\d+)+)\b"), lambda m: f"{m[1]} {m[2].replace('-', ', ')}"),  # "L. 122-5-3"
    (re.compile(r"\b([Aa]rticles? [LRD])\.(?= ?\d)"), r"\1 "),
    (re.compile(r"\bN\.?D\.?L\.?R\.?(?!\w)", re.IGNORECASE), "note de la rédaction"),
    (re.compile(r"\bN\.?D\.?T\.?(?!\w)"), "note du traducteur"),
    (re.compile(r"\betc\.?(?!\w)"), _ending("et cetera")),
    (re.compile(r"\bc\.-à-d\.|\bc-à-d\b|\bc\.à\.d\."), "c'est-à-dire"),
    (re.compile(r"\bp\. ?ex\.|\bpar ex\."), "par exemple"),
    (re.compile(r"\bfig\.(?= \d)"), "figure"),
    (re.compile(r"\bchap\.(?= [\dIVX])"), "chapitre"),
    (re.compile(r"\bvol\.(?= [\dIVX])"), "volume"),
    (re.compile(r"(?<=\d )av\.(?= (?:de |des |du |d'|de la )?[A-ZÀ-Ý])"), "avenue"),  # "12 av. des Champs-Élysées"
    (re.compile(r"\bMgr\b\.?(?= [A-ZÀ-Ý])"), "monseigneur"),
    (re.compile(r"(?<=\b1 )sem\.(?!\w)"), _ending("semaine")),
    (re.compile(r"(?<=\d )sem\.(?!\w)"), _ending("semaines")),
    (re.compile(r"(?<=\b1 )pers\.(?!\w)"), _ending("personne")),  # a poll's sample: "1 012 pers." (after a number only)
    (re.compile(r"(?<=\d )pers\.(?!\w)"), _ending("personnes")),
    (re.compile(r"\bpp\.(?= \d)|\bp\.(?= \d+ ?[-–à] ?\d)|(?<=\d\d )p\.(?!\w)"), "pages"),  # "p. 112-130", "350 p." (not "3 p.", rooms)
    (re.compile(r"\béd\.(?= (?:du |de la |des |de l'|d'|[A-ZÀ-Ý]))"), "éditions"),  # "éd. Odile Jacob", "aux éd. du Seuil"
    (re.compile(r"(?:(?<=l')|(?<=\bun )|(?<=\bcet ))ép\.(?= \d)"), "épisode"),  # "l'ép. 57" (not "une ép. 5 mm")
    (re.compile(r"(?:(?<=\b[Aa]u )|(?<=\b[Ll]e )|(?<=\b[Dd]u ))t\.(?= \d)"), "tome"),  # "au t. 2" (not "40 t. 3 …")
    (re.compile(r"\bbât\.(?= [A-Z\d])"), "bâtiment"),
    (re.compile(r"\bTél\.|\btél\.(?= ?(?::|\+?\d))"), "téléphone"),  # "tél. : …", "tél. 01 42…"
    (re.compile(r"(?:(?<=\d )|(?<=\d, ))av\.(?= [A-ZÀ-Ý])|\bav\.(?= (?:de |des |du |d'|de la )[A-ZÀ-Ý][a-zà-ÿ])"),
     "avenue"),  # "12, av. Foch", "av. des Ternes" (not "av. J.-C.", "av. Noël")
    (re.compile(r"\bet al\.(?!\w)"), _ending("et al")),
    (re.compile(r"\béq\.(?= ?CO2| ?C-?O ?2)"), "équivalent"),  # "4 kg éq. CO2"
    (re.compile(r"(?<=\b\d{3} )ex\.(?!\w)(?! ?(?:aequo|:))"), _ending("exemplaires")),  # "450 000 ex." (not "p. 12 ex. 4", "A321 ex. Air France")
    (re.compile(r"\bart\.(?= [LRD]\d{3,})"), "article"),  # "art. L3133-4" (not "art. L3 et master")
    (re.compile(r"(?P<left>\b[A-ZÀ-Ý][A-Za-zà-ÿ'-]{1,}\.?) v\. (?=[A-Z])"), r"\g<left> contre "),  # a court case: "Bartz v. Anthropic", "NYT v. OpenAI"
    (re.compile(r"\bca\. (?=\d)"), "vers "),  # circa: "(ca. 150 av. J.-C.)"
    (re.compile(r"(?<=\b[Ll]e )won\b|\bwon(?= (?:sud-)?coréen)"), "wonne"),  # the currency, not English "won"
    # an agenda's weekday: "mar. 18/11, 9h30" (heard "mare dix-huit sur onze"), "Jeu. 20"
    # (anywhere before a day and month in figures: "se tient mar. 17/02 – jeu. 19/02")
    (re.compile(rf"(?:^|(?<=[,;:(•·–—-] ))([LlMmJjVvSsDd])(un|ar|er|eu|en|am|im)\.(?= \d{{1,2}}(?:/\d{{1,2}}\b|er\b| (?:{'|'.join(MONTH_NAMES)})\b))"
                # (the homographs "jeu.", "mer.", "sam.", "dim." not after their article or preposition: "sur le
                # jeu. 8/10", "en mer. 15 juin", "haute mer.", "Oncle Sam. 5 mars")
                rf"|(?:\b(l)(un)|\b(m)(ar)|\b(v)(en)|(?<!\bla )(?<!\ben )(?<!\bhaute )(?<!-)(?<!\bsur le )(?<!\bdans le )(?<!\bdu )"
                rf"(?<!\bpour le )(?<!\bde )\b(j|m|s|d)(eu|er|am|im))\.(?= [0-3]?\d(?:/[01]?\d(?:/\d{{2,4}})?\b(?!/)|(?:er)? "
                rf"(?:{'|'.join(MONTH_NAMES)}|au|et)\b))"
                rf"|(?<=\bdu )(j|m|s|d)(eu|er|am|im)\.(?= [0-3]?\d(?:er)?(?: (?:{'|'.join(MONTH_NAMES)}))?(?: \d{{1,2}} ?h(?:\d\d)?)? au (?:\w{{3}}\. )?\d)",  # a span: "du mer. 17 au sam. 20 juin", "du jeu. 9 avril 20h au…"
                re.MULTILINE),
     lambda m: _weekday(m)),
    # the cardinal point, not the verb: "l'Est", "l'est de la France", "le Grand Est" (/lɛ/, /ɡʁɑ̃t ɛ/)
    # (not the verb with its pronoun: "elle l'est moins", "il l'est d'autant plus")
    (re.compile(r"(?<=\b[Ll]['’])Est\b|(?<=\bGrand )Est\b|(?<=\bTech )Est\b"), "Èst"),
    (re.compile(r"(?:\b(?P<pre>\w+)(?P<mark>[,;:]?) )?(?P<l>\b[Ll]['’])est\b(?P<after> (?:de|du|des|d['’])\b)?"), _the_east),
    # "Plus" in a product's name is /plys/, as the sign is: after its number or its brand ("l'iPhone 8 Plus",
    # "Canal Plus", "ChatGPT Plus"); not a title's "Le Plus Grand Cabaret", "Plus belle la vie"
    (re.compile(r"(?:(?<=\d )|(?<=\d[a-z] )|(?<=\bCanal )|(?<=\bDisney )|(?<=\bChatGPT )|(?<=\bPS )|(?<=\bTV )|(?<=\bOne )"
                r"|(?<=\bOnline )|(?<=\bGemini )|(?<=\bCopilot )|(?<=\bClaude ))Plus\b"), "plusse"),
    # the electronic prefix is the English letter: "l'e-santé", "les e-carburants" (espeak-ng: a
    # schwa, "le santé")
    (re.compile(r"(?<![\w-])e-(?=[a-zà-ÿ]{3,}|\d{3,4}\b)"), "i-"),  # "la e-208" too; not "Classe E-hybride", an energy label's "E-"
    # "Warner Bros." (no "bro"); in "Warner Bros. Discovery", "… Games" the name goes on: no full stop
    (re.compile(r"(?<=Warner )Bros\.?(?!\w)(?P<on>(?= (?:Discovery|Games|Pictures|Entertainment|Studios|Animation|Records|Television|TV|Interactive)\b))?"),
     lambda m: "Brosse" if m["on"] is not None else _ending("Brosse")(m)),
    (re.compile(r"(?<=[a-zà-ÿ] )Jr\.?(?!\w)"), _ending("junior")),
    (re.compile(r"\be\.g\.", re.IGNORECASE), "par exemple"),
    (re.compile(r"\bi\.e\.", re.IGNORECASE), "c'est-à-dire"),
    (re.compile(r"\bcf\.", re.IGNORECASE), "confère"),  # "confer": espeak-ng says "confé"
    (re.compile(r"\bvs\.?(?= )"), "versusse"),  # "versus": "versu"
    (re.compile(r"\bresp\.(?= [+\-−]?\d| de | d'| les? | la | l')"), "respectivement"),  # "(resp. 64 et 12)"
    (re.compile(r"\bresp\.(?= )"), "responsable"),  # "resp. marketing"
    (re.compile(r"\b([A-ZÀ-Ý][\w-]*) c\.(?= [A-ZÀ-Ý])"), _case),  # a case: "Meta c. Bundeskartellamt"
    (re.compile(r"\benv\.(?= )"), "environ"),
    # "2 j de TT/sem." (not "l'Audi TT", nor the race: "trois jours de TT sur l'île de Man")
    (re.compile(r"(?:(?<=\bj de )|(?<=\bjours de )|(?<=\bjour de ))TT\b(?![^.!?\n]*\b(?:[îi]le de Man|Isle of Man|Tourist Trophy|motos?)\b)"), "télétravail"),
    (re.compile(r"\bapprox\.(?= )"), "environ"),
    (re.compile(r"(?<=\b1 )hab\.(?!\w)|(?<=\bun )hab\.(?!\w)"), _ending("habitant")),
    (re.compile(r"(?<=\d )(M|Mds?) hab\.(?!\w)"), _ending(r"\1 d'habitants")),  # "2,5 M hab."
    (re.compile(r"\bhab\.(?!\w)"), _ending("habitants")),
    (re.compile(r"(?<!\w)[Nn][°º] ?(?=[\w«\"(])"), "numéro "),  # "n° 42", "n° I-3456", "n° EP 3 456 789", "n° SIRET" (never "n degrés")
    (re.compile(r"\bp\.(?= \d)"), "page"),
    (re.compile(r"\b([Aa])rt\.(?= \d)"), r"\1rticle"),
    # a court decision's citation: "Cass. soc.", "C. pén.", "Cons. const.", "3e ch.", "req.", "aff. jointes"
    (re.compile(r"\bCass\. (crim|civ|com|soc)\.(?!\w)"),
     lambda m: "Cassation, chambre " + {"crim": "criminelle", "civ": "civile", "com": "commerciale", "soc": "sociale"}[m[1]]),
    (re.compile(r"\bC\. (pén|civ|com|trav|consom|pr\. pén)\.(?!\w)"),
     lambda m: "Code " + {"pén": "pénal", "civ": "civil", "com": "de commerce", "trav": "du travail",
                          "consom": "de la consommation", "pr. pén": "de procédure pénale"}[m[1]]),
    (re.compile(r"\bCons\. const\.(?!\w)"), "Conseil constitutionnel"),
    (re.compile(r"(?:(?<=\de )|(?<=\dre )|(?<=\der ))ch\.(?!\w)"), "chambre"),  # "3e ch.", "1re ch."
    (re.compile(r"(?:(?<=\de )|(?<=\dre )|(?<=\der ))sect\.(?!\w)"), "section"),
    (re.compile(r"\breq\.(?= n)"), "requête"),
    (re.compile(r"\bgde ch\.(?!\w)"), "grande chambre"),  # the European courts': "(CJUE, gde ch., 19 mars 2026)"
    (re.compile(r"\bAss\. plén\.(?!\w)"), "Assemblée plénière"),  # "Cass., Ass. plén., …"
    (re.compile(r"(?<=, )réf\.(?=,)"), "référé"),  # a ruling in summary proceedings: "(CE, réf., 6 avr. 2026)" (not "réf. 1234")
    # a ruling's date after it, its comma left out: "(TA Paris, réf. 3 mars 2026)" (a reference's code is no date)
    (re.compile(r"(?<=, )réf\.(?= \d{1,2}(?:er)? (?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc))"), "référé"),
    (re.compile(r"\b([Rr])éf\.(?= ?:? ?(?:n°|[A-Z0-9]))"), r"\1éférence"),  # a reference's code: "réf. PA-0418", "Réf. : 2026-14"
    # a book's editor and series: "sous la dir. de Nora Benali", "(Seuil, coll. « Points »)"
    (re.compile(r"(?<=\bla )dir\.(?= de | d['’])"), "direction"),
    # (but a study's "Chen et coll. Nature Medicine", "avec ses coll. Pierre Lenoir…": its authors' colleagues)
    (re.compile(r"(?<=\bet )coll\.(?= [A-ZÀ-Ý])|(?<=\b[stmv]es )coll\.(?= [A-ZÀ-Ý])|(?<=\b[nv]os )coll\.(?= [A-ZÀ-Ý])|(?<=\bleurs )coll\.(?= [A-ZÀ-Ý])"), "collaborateurs,"),
    (re.compile(r"(?:(?<=\bet )|(?<=\b[stmv]es )|(?<=\b[nv]os )|(?<=\bleurs ))coll\.(?=[,;)])"), "collaborateurs"),  # "Dupuis et coll., 2025"
    (re.compile(r"(?<!\d )\bcoll\.(?= [«\"“]| [A-ZÀ-Ý])"), "collection"),  # (not "300 coll. Privées", a count)
    (re.compile(r"(?:(?<=\bpôle \d, )|(?<=\bpôle \d\d, ))ch\.(?= \d)"), "chambre"),  # "(CA Paris, pôle 5, ch. 7)" (not "p. 12, ch. 3")
    (re.compile(r"\baff\. (?=jointes\b)"), "affaires "),
    (re.compile(r"\baff\.(?= [A-Z])"), "affaire"),
    (re.compile(r"\bSté\b(?= [A-Z])"), "société"),
    (re.compile(r"\bNo\.(?= ?\d)"), "numéro"),
    # "no" for "n°" after a text's name and before its number: "le décret no 2026-301", "la loi no 78-17"
    # (not English: "no 2 alike", "no 5G")
    (re.compile("(?:" + "|".join(rf"(?<=\b{w} )" for w in _NUMBERED_TEXTS) + r")no\.?(?= \d)"), "numéro"),
    (re.compile(r"\bpar\.(?= \d)"), "paragraphe"),  # "art. 6, par. 1"  # an English "No. 4" (a docket, a rank)
    # a currency pair: "EUR/USD" -> "euro-dollar" (it was "E-U-R, U-S-D"); after a number, a rate said by
    # the number rules: "1,17 EUR/USD" -> "un dollar dix-sept pour un euro"
    (re.compile(r"(?<!\d)(?<!\d )\b(EUR|USD|GBP|JPY|CHF|CNY)/(EUR|USD|GBP|JPY|CHF|CNY)\b"), lambda m: f"{_PAIR[m[1]]}-{_PAIR[m[2]]}"),
    (re.compile(r"(?<=\b(?:19|20)\d\d )(EUR|USD|GBP|JPY|CHF|CNY)/(EUR|USD|GBP|JPY|CHF|CNY)\b"), lambda m: f"{_PAIR[m[1]]}-{_PAIR[m[2]]}"),
    (re.compile(r"(?<=\d )(EUR|USD|GBP|JPY|CHF|CNY)/(EUR|USD|GBP|JPY|CHF|CNY)\b"),
     lambda m: f"{m[2]} pour {'une' if m[1] == 'GBP' else 'un'} {_PAIR[m[1]]}"),  # "1,35 GBP/USD": dollars for one pound
    # a match's end after a score: "4-3 a.p.", "(3-3 t.r.)", "5-4 t.a.b."
    (re.compile(r"(?<=\d )a\.p\.(?!\w)(?! J\.-C\.| Jésus-Christ)"), _ending("après prolongation")),  # (not "50 a.p. J.-C.")
    (re.compile(r"(?<=\d )t\.r\.(?!\w)"), _ending("dans le temps réglementaire")),
    (re.compile(r"(?<=\d )t\.a\.b\.(?!\w)"), _ending("aux tirs au but")),
    (re.compile(r"(?<=\d )rbds?\b"), "rebonds"),  # a basketball line: "14 rbds"
    # a medal table: "(8 OR, 7 AG, 6 BR)" -> "8 en or, 7 en argent, 6 en bronze" (all three, or "OR" is any acronym)
    (re.compile(r"\b(\d+) OR, (\d+) AG(,| et) (\d+) BR\b"), r"\1 en or, \2 en argent\3 \4 en bronze"),
    (re.compile(r"(?<=\b1 )a\.l\.(?!\w)"), _ending("année-lumière")),  # "550 a.l.": light years
    (re.compile(r"(?<=\d )a\.l\.(?!\w)|(?<= d['’])a\.l\.(?!\w)"), _ending("années-lumière")),  # "13 milliards d'a.l."
    (re.compile(r"\bSgr A\*"), "Sagittarius A étoile"),  # the Milky Way's black hole
    (re.compile(r"(?<![\w.$/-])CA(?![\w-])"), _turnover),  # "un CA de 1,2 Md€" (see _turnover)
    (re.compile(r"(?<![\w.$/'’-])(?:LA|SF)(?![\w'’-])"), _city),  # "à Phoenix, SF, LA et Austin" (see _city)
    (re.compile(r"(?<=[A-Za-zà-ÿ]) c/ (?=[A-Z])"), " contre "),
    (re.compile(r"(?<=\d) et s\.(?!\w)"), " et suivants"),
    (re.compile(r"\bS\.E\.(?= (?:l'|le |la |M\.|Mme))"), "Son Excellence"),  # not "SAP S.E. a publié"
    (re.compile(r"\bS\.M\.(?= (?:le roi|la reine|l'empereur|l'impératrice|le sultan|l'émir))"), "Sa Majesté"),
    (re.compile(r"\bS\.S\.(?= (?:le pape|le dalaï))"), "Sa Sainteté"),
    (re.compile(r"\bMM\.(?= [A-ZÀ-Ý])"), "messieurs"),
    (re.compile(r"\bM\.(?= [A-ZÀ-Ý]| (?:le|la|de|du|et)\b| [ld]')|^M\.(?= )", re.MULTILINE),
     _monsieur),  # "M. Dupont", "M. le ministre", "rencontré M. Macron"; not "Julien M. et sa compagne"
    (re.compile(r"\bMmes\b\.?"), "mesdames"),
    (re.compile(r"\bMme\b\.?"), "madame"),
    (re.compile(r"\bMlles?\b\.?"), "mademoiselle"),
    (re.compile(r"\bDr\b\.?(?= [A-ZÀ-Ý])"), "docteur"),
    (re.compile(r"(?:(?<=\b[Ll]a )|(?<=\bune ))Pr\b\.?(?= [A-ZÀ-Ý])"), "professeure"),  # "la Pr Hélène Marchetti"
    (re.compile(r"\bPr\b\.?(?= [A-ZÀ-Ý])"), "professeur"),
    (re.compile(r"\bMe\b(?= [A-ZÀ-Ý][a-zà-ÿ])(?! Too\b)"), "maître"),  # "Me Dupond"; not "Me Too"
    # "Mes Iteanu et Barbry", "Mes Iteanu, Barbry et Bourgeois": lawyers (not "Mes Lego et mes Playmobil")
    (re.compile(r"\bMes\b(?= [A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?:,| et) (?!mes\b|moi\b|nos\b)[A-ZÀ-Ý])"), "maîtres"),
    (re.compile(r"\bal\.(?= \d)"), "alinéa"),  # "l'al. 2 de l'article 4"
    (re.compile(r"\bcat\.(?= [A-E]\b| \d)"), "catégorie"),  # "en cat. A", "les demandeurs de cat. B"
    (re.compile(r"\bdéc\.(?= n°| numéro| \d{4}-\d)"), "décision"),  # "déc. n° 2025-891 DC" (not December: "déc. 2026", "déc. du 10 au 24")
    (re.compile(r"(?:(?<=\b[Ll]')|(?<=\b[Uu]ne ))univ\.(?= (?:de |d'|[A-ZÀ-Ý]))"), "université"),  # "l'univ. de Porto" (not "Presses univ.")
    (re.compile(r"(?:(?<=\bet )|(?<=\ben )|(?<=\bde ))Tle\b|\bTle(?= [A-ZÉ]\b| STI| STMG| générale)"), "terminale"),  # "en 1re et en Tle"
    (re.compile(r"\b(HER2|HER-2|ER|PR|HR)\+(?!\w)"), r"\1 positif"),  # a marker's status, "HER2+" (not a brand's "Plus")
    (re.compile(r"\b(HER2|HER-2)[-−](?=[\s,.;)]|$)"), r"\1 négatif"),
    # shift work, not a product ("tourne en 3x8"), a size or a match's periods ("en 3x8 cm", "en 3x8 minutes")
    (re.compile(r"\b(?:[Ll]es|[Ee]n|[Aa]ux) 3 ?[x×] ?8\b(?![,.]\d| ?(?:[mckµ]?m|min|minutes?|mètres?|centimètres?|mm|pouces|\")(?!\w))"),
     lambda m: m.group(0).split()[0] + " trois-huit"),
    (re.compile(r"(?<=[a-zà-ÿ]) [×x] (?=[A-ZÀ-Ý][a-zà-ÿ])"), " et "),  # a partnership: "Qant × France Biotech"
    # the same height written "12H" after the memory's name: "HBM4 12H", "HBM3E 16H" (not hours: "à 12H")
    (re.compile(r"(?:(?<=\bHBM\d )|(?<=\bHBM\d[A-Za-z] ))(?P<n>\d{1,2})H\b(?![:'’])"), r"\g<n>-Hi"),
    (re.compile(r"(?<=\d)-Hi\b"), " haï"),  # a memory stack's height: "HBM4 12-Hi"
    # a coinage on "IA": "IA-lphabétisation", "IA-ncarnation" (no French word starts so) said as one
    # word, i-a then the rest; not "IA-conformité", two words
    (re.compile(r"\bIA-(?=[bcdfgjklmnpqrstvwxz]{2})(?!bl|br|cl|cr|dr|fl|fr|gl|gr|pl|pr|tr|vr|ch|ph|th|gn|sc|sp|st|sk|sl|sm|sn|ps|qu)"),
     "i ha-"),
    # after their article: "les Drs Martin et Roy", "la Pre Dubois" (not "Beats by Dre", "Palm Pre")
    (re.compile(r"(?:(?<=\b[LlDd]es ))Drs\b\.?(?= [A-ZÀ-Ý])"), "docteurs"),
    (re.compile(r"(?:(?<=\b[Ll]a )|(?<=\bune ))Dre\b\.?(?= [A-ZÀ-Ý])"), "docteure"),
    (re.compile(r"(?:(?<=\b[LlDd]es ))Prs\b\.?(?= [A-ZÀ-Ý])"), "professeurs"),
    (re.compile(r"(?:(?<=\b[Ll]a )|(?<=\bune ))Pre\b\.?(?= [A-ZÀ-Ý])"), "professeure"),
    (re.compile(r"\bP\.-D\.G\.|\bP\.-D\.G\b"), "PDG"),
    # an initial before a name with its particle: "C. de Gaulle", "A. d'Estaing", "É. Philippe"
    (re.compile(r"(?<![\w.])([A-ZÀ-Ý])\. (?=(?:(?:de|du|des|von|van|der|di|da|del|della|ben|bin|al|el) |d')[A-ZÀ-Ý])"), r"\1 "),
    (re.compile(r"(?<![\w.])([ÉÈ])\. (?=[A-ZÀ-Ý][a-zà-ÿ])"), r"\1 "),
    # an American politician's party and state: "(R-Texas)", "(D-N.Y.)" -> "(républicain, New York)"
    (re.compile(r"\((?P<p>[RDI])-(?P<s>[A-Z][A-Za-z.]*)\)"), _party),
    (re.compile(r"\bSte(?=[- ][A-ZÀ-Ý])"), "Sainte"),
    (re.compile(r"\bSt(?=[- ][A-ZÀ-Ý])"), "Saint"),
    (re.compile(r"\bCie\b"), "compagnie"),
    (re.compile(r"\b(Inc|Corp|Ltd|Co)\.(?=[\s,;)]|$)"), _ending(r"\1")),
    # "McKinsey", "McDonald's": espeak-ng spells "Mc" ("M-C Kinsé")
    (re.compile(r"\bMc(?=[A-Z][a-z])"), "Mac "),
    # a model's name and number: "ID.3" -> "ID 3"
    (re.compile(r"\b([A-Z]{2,})\.(?=\d\b)"), r"\1 "),
    # "U.S.A." -> "USA" (then spelled like any acronym); "John F. Kennedy" -> "John F Kennedy"
    (re.compile(r"\b((?:[A-Z]\.){2,})(?=[\s,;:)]|$)"), lambda m: m.group(1).replace(".", "")),
    (re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]+) ([A-Z])\. (?=[A-ZÀ-Ý][a-zà-ÿ])"), r"\1 \2 "),
)


def expand_abbreviations(text: str) -> str:
    for pattern, replacement in ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return text


# --- Capitals --------------------------------------------------------------------------

_CAPS = "A-ZÀ-ÖØ-Þ"
_VOWELS = set("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ")
FUNCTION_WORDS = frozenset(
    "A À AU AUX AVEC CE CES CET CETTE D DANS DE DES DU ELLE EN EST ET IL ILS L LA LE LES LEUR LEURS MA MES MON "
    "NE NOS NOTRE NOUS ON OU PAR PAS PLUS POUR QU QUE QUI SA SANS SES SON SONT SUR TOUT TOUS UN UNE VOS VOTRE "
    "SE ÇA OÙ LÀ CAR MAIS DONC VERS CHEZ DONT".split()
)
# Short French words a headline in capitals is made of, which are not acronyms: "BON À
# SAVOIR", "UN AN APRÈS", "VU AILLEURS", "LE MOT DE LA SEMAINE" ("ROI", "IA" stay spelled);
# alone, only those of three letters are lowered ("NON")
SHORT_WORDS = frozenset(
    "AN ANS BON BONS FIN VU VUE VUS LOI LOIS MOT MOTS NON OUI TOP ICI EUX LUI VIE MAL DUR FOU JEU FEU PEU NUL SUD "
    "AIR ART DON DIX SIX FOI BAS HAUT BIG NEW OFF TON EAU OR MER FER GAZ BIO FIL JOUR".split()
)
# Words written in capitals for emphasis inside a sentence ("BREF, rien ne bouge"): read
_EMPHATIC = frozenset("BREF VRAI FAUX RIEN STOP ENFIN ALORS AUSSI JAMAIS FINI VITE TROP MIEUX MOINS".split())
# Words only in a headline: alone they may be acronyms ("notre SI", "MAI-DxO", "le vol VA264");
# after an article, a grammatical one is an acronym too ("LE CES DE LAS VEGAS", "LE SI DE LA SNCF")
_HEADLINE_GRAMMAR = frozenset("SI NI JE TU ME TE VA ONT DIT MET THE AND OF".split())
_HEADLINE_NOUNS = frozenset("MOI MAI WEB APP VOL CAS BUG BOT BUS DEV GEN LAS ACT PRO MAX".split())
_ARTICLES = frozenset("LE LA L AU DU UN UNE".split())
_PREFIXES = frozenset(
    ("MI", "DEMI", "SEMI", "ANTI", "NON", "POST", "PRÉ", "PRO", "CO", "AUTO", "SOUS", "SUR", "CONTRE", "ENTRE", "MULTI",
     "EXTRA", "ULTRA", "NÉO", "MINI")
)  # fmt: skip
_PLURAL_BEFORE = frozenset("LES DES CES SES NOS VOS LEURS AUX".split())
_ACCENTED = set("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ")
# Whether a word of four or five capitals in a headline can be read as a French (or English)
# word: its consonant clusters are ones words have ("BREF", "TEMPS", "ENTRE", "SMART"),
# where "RATP" ends in "TP", "OCDE" has "CD" and "ASML" "SML" — acronyms, spelled.
_ONSETS = frozenset("BL BR CL CR DR FL FR GL GR PL PR TR VR KR KL CH PH TH SH WH SC SK SL SM SN SP ST SW PS PN "
                    "TS TW VL QW CHR PHR SCR STR SPR SPL TCH".split())  # fmt: skip
_CODAS = frozenset("CH SH TH CK NG NK NT ND NC NQ NS NX MP MB RT RD RC RS RF RG RM RN RL RP RK RST RLD LT LD LS LF LM "
                   "LK LP ST SK SP CT PT PS TS TZ GT NGT FT XT SCH TCH".split())  # fmt: skip
_STOPS = set("BCDGKPQT")
_CLUSTER = re.compile(r"[^AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ]+")
# Not how words begin or end: "DDOS", "UIMM"; nor a letter three times: "IEEE"
# nor a consonant then "SS" ("URSS"), nor only vowels ("AIEA")
_UNWORDLIKE = re.compile(r"^([^AEIOUY])\1|([^AEIOUYSLFTZ])\2$|(.)\3\3|[^AEIOUY]SS$|^[AEIOUY]+$")
_DOUBLE = re.compile(r"(.)\1")


def _pronounceable(word: str) -> bool:
    if _UNWORDLIKE.search(word):
        return False
    word = _DOUBLE.sub(r"\1", word)  # "ATTEND": a double letter is one sound
    for cluster in _CLUSTER.finditer(word):
        run = cluster.group(0)
        if len(run) == 1:
            continue
        if cluster.start() == 0:
            fits = run in _ONSETS
        elif cluster.end() == len(word):
            fits = run in _CODAS or (run.endswith("S") and (len(run) == 2 or run[:-1] in _CODAS))
        elif len(run) == 2:  # between vowels: a coda and an onset, but not two stops ("OCDE"; "ACTE" is)
            fits = not (run[0] in _STOPS and run[1] in _STOPS) or run in ("CT", "PT", "BT", "CQ", "BD", "DG", "GB")
        else:
            fits = run[1:] in _ONSETS or run[2:] in _ONSETS and run[:2] in ("NS", "RS", "XP")
        if not fits:
            return False
    return True


# A run of capitalised tokens: "CETTE SEMAINE DANS L'IA", "EN FILIGRANE", "PEA-PME"
_CAPS_RUN = re.compile(rf"(?<![\w])[{_CAPS}]+(?:(?:[ '’-]|\s*:\s*)[{_CAPS}]+)+(?![\w])")
_CAPS_TOKEN = re.compile(rf"[{_CAPS}]+")
# One capitalised token of two or more letters, with an optional plural "s": "APIs"
_ACRONYM = re.compile(rf"(?<![\w])(?P<caps>[{_CAPS}]{{2,}})(?P<plural>s?)(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰])")  # "l'OCDE²": a footnote's call
# "OpenAI", "iOS", "macOS": lower case then two or more capitals ending the word
_CAMEL_CAPS = re.compile(rf"(?<=[a-zà-ÿ])(?=[{_CAPS}]{{2,}}s?(?![\w]))")
# Letter names a voice might otherwise read as a word: a lone "Y" is read "i"
LETTER_NAMES = {"Y": "i grec"}
MAX_SPELLED = 5
_ACRONYM_PAIR = re.compile(rf"(?<=\b[{_CAPS}]{{2}})-(?=[{_CAPS}]{{2,}}s?\b)|(?<=[{_CAPS}]{{3}})-(?=[{_CAPS}]{{2,}}s?\b)")
# A spelled acronym's hyphen to the word after it, a space: "G-P-T-cinq" is read "G-P-cinq"
# (the "-T-" of "a-t-il"); "G-P-T cinq", "S-W-E bench", "C-E-A Leti"
_SPELLED_THEN_WORD = re.compile(r"(?<=\b[A-Z]-[A-Z])-(?=[a-zà-ÿ]|[A-ZÀ-Ý][a-zà-ÿ])|(?<=[a-zà-ÿ])(?<!grec)-(?=[A-Z]-[A-Z]\b)")  # "six G-C-M"
_AFTER_ARTICLE = re.compile(r"(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Dd]u|[Aa]u|[Aa]ux|[Uu]n|[Uu]ne)\s+|\b[Ll]['’])\Z")
# French words in capitals that are also codes: spelled where a code stands — after a name
# or a code ("la 5G SA", "l'iPhone SE", "Atos SA"), after the nouns codes follow ("le marquage
# CE", "la norme EN 18031"), or before a pause ("(EN)", "FR et EN"); before a word, emphasis
# ("elle SE vend", "EN local", "« CE n'est pas »"). After a time, a time zone ("9:00 ET", "CET").
_CODE_LIKE = frozenset("CE CET SA SE EN".split())
# A model's or a project's name: a word in capitals, a hyphen, then a capitalised word ("PARIS-Fold",
# "TERRE-Data"); the word is read when a word can be built like it (not "CNRS-Inria", "EPFL-Lab")
_NAME_SUFFIX = re.compile(r"-[A-ZÀ-Ý][a-zà-ÿ]")
_AFTER_NUMBER = re.compile(rf"(?:\d|\b{NUMBER_WORD}(?:[\w-]*))\s*\Z")  # said in words by now: "cinquante ANS"
_COMPANIES = frozenset({"SES", "ANS"})  # the satellite operator, the health data agency; "ses", "ans" in a headline
_CODE_NOUNS = frozenset("marquage norme normes label certification logo mode".split())  # "en mode SA" (standalone)
_PAUSE_AFTER = re.compile(r"\s*(?:[,.;:!?)»”\]]|$|et\b|ou\b)")
_TIME_ZONES = frozenset("ET EST CET CEST PT PST EDT PDT".split())
_AFTER_TIME = re.compile(rf"(?:\b{NUMBER_WORD}(?:-\w+)? heures?(?: [a-z-]+)?|\bmidi|\bminuit)[\s(]+\Z")
_ELIDED_CAPITAL = re.compile(r"\b[CDJLMNST](?='[A-ZÀ-Ý])")


def _is_shouted(tokens: list[str], names: int = 0) -> bool:
    """True for a phrase in capitals ("EN FILIGRANE"), False for a list of acronyms ("AMD ARM").

    ``names``: lexicon entries in the phrase, words of it ("OPENAI LANCE DALL·E").
    """
    functions = sum(t in FUNCTION_WORDS for t in tokens)
    long_words = sum(len(t) > MAX_SPELLED and bool(_VOWELS & set(t)) for t in tokens)
    accented = any(set(t) & _ACCENTED for t in tokens)
    # "EN BREF", "ENTRE DEUX PUCES", "SEPT JOURS": short words that read as words (not "SNCF
    # RATP", "ET ASML", nor "L'UIMM": an elided article does not make a headline)
    spoken = sum(len(t) > 3 and bool(_VOWELS & set(t)) and _pronounceable(t) for t in tokens)
    words = spoken + names + sum(t in SHORT_WORDS or (t in FUNCTION_WORDS and len(t) > 1) for t in tokens)
    return bool(long_words or accented or functions >= 2 or (functions and len(tokens) >= 3) or (spoken and words >= 2))


_CODE_BEFORE = re.compile(r"\d[A-Z]+ \Z")  # "5G "


def _lower_run(run: str, words: Collection[str], letters: Collection[str] = ()) -> str:
    """A phrase in capitals in words, its acronyms kept; a list of acronyms as it is."""
    if not _is_shouted(_CAPS_TOKEN.findall(run), len(HELD.findall(run))):
        return run
    out, last, previous = [], 0, ""
    for token in _CAPS_TOKEN.finditer(run):
        after = run[token.end() : token.end() + 2]  # "-P" of "MI-PARCOURS", not "-6" of "MI-6"
        if token.group(0) == "SA" and _CODE_BEFORE.search(run, 0, token.start()):
            said = token.group(0)  # "LA 5G SA": a code after a code, spelled later (not "LA 5G SE DÉPLOIE")
        else:
            said = _headline_word(token.group(0), previous, after, words, letters)
        out += [run[last : token.start()], said]
        last, previous = token.end(), token.group(0)
    return "".join(out) + run[last:]


def _headline_word(word: str, previous: str, next_char: str, words: Collection[str], letters: Collection[str]) -> str:
    singular = word[:-1] if word[-1] == "S" else word  # "LES ETFS", "LES CEOS"
    if word in words or singular in words:
        return word.capitalize()
    if word in letters or singular in letters:
        return word if word in letters else singular + "s"  # spelled later: "UCLA", "CEOS" -> "CEOs"
    if word in _PREFIXES and next_char[:1] == "-" and next_char[1:2].isalpha():
        return word.lower()  # "À MI-PARCOURS", "SEMI-CONDUCTEURS": a French word's prefix, not an acronym
    grammar = word in FUNCTION_WORDS or word in _HEADLINE_GRAMMAR
    if grammar and previous in _ARTICLES and len(word) > 1 and word not in ("UN", "UNE") and (previous, word) != ("UNE", "DU"):
        return word  # "LE CES", "UNE SA": an acronym, spelled later (not "À LA UNE", "LA UNE DU JOUR")
    elided = len(word) == 1 and next_char[:1] in ("'", "’")  # "S'INQUIÈTENT", "N'EST"
    if grammar or elided or word in SHORT_WORDS or word in _HEADLINE_NOUNS or word in ("AI", "Y"):  # "J'AI", "IL Y A"
        return word.lower()
    if _ACCENTED & set(word):
        return word.lower()
    # short tokens that are not French words, and tokens without vowels, stay acronyms
    if len(word) <= 3 or not _VOWELS & set(word) or (len(word) <= MAX_SPELLED and not _pronounceable(word)):
        plural = len(word) >= 4 and word.endswith("S") and previous in _PLURAL_BEFORE  # "LES GPUS", not "LE CNRS"
        return singular + "s" if plural else word  # "LES GPUS" -> "GPUs": the plural is not spelled
    return word.lower()


def lower_headlines(text: str, words: Collection[str] = (), letters: Collection[str] = ()) -> str:
    """A line all in capitals, numbers and all ("NVIDIA PERD 10 % EN 2 JOURS"), read as a
    headline: before the numbers are said, so that its words are not cut apart by them."""
    return "\n".join(_lower_run(line, words, letters) if _all_capitals(line) else line for line in text.split("\n"))


def _all_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    tokens = len(_CAPS_TOKEN.findall(line))
    return bool(letters) and all(c.isupper() for c in letters) and tokens + len(HELD.findall(line)) >= 2


# A French word in capitals glued to a number is a code: "LA28", "CE2", "CET1", an interleukin's
# "IL-6" (not "la vingt-huit", "il six")
_GLUED_CODE = re.compile(rf"(?<![\w-])(?P<caps>[{_CAPS}]{{2,3}})-?(?=\d)")


# A cloud's region, "us-east-1", "eu-west-3": its area spelled, its cardinal point in English, then its number
# ("us-east-un" was one French word, /ysistœ̃/)
_CLOUD_REGION = re.compile(
    r"(?<![\w./-])(?P<area>us|eu|ap|sa|ca|me|af|il|mx)-(?P<gov>gov-)?"
    r"(?P<point>(?:north|south)?(?:east|west)|north|south|central)-(?P<n>\d{1,2})(?![\w/-])"
)


def spell_codes(text: str, hold: Callable[[str], str], words: Collection[str] = ()) -> str:
    """Grammatical words in capitals glued to digits spelled, and held (``hold``) so that no
    later rule reads them as words; other codes ("A320", "COP30", "TOP500") are left to the rules.
    A cloud's region is held too, spelled and in English."""

    def code(match: re.Match[str]) -> str:
        caps = match["caps"]
        return hold(spell(caps)) + " " if caps in FUNCTION_WORDS and caps not in words else match.group(0)

    def region(match: re.Match[str]) -> str:
        point = "[en:" + ("Gov_" if match["gov"] else "") + match["point"].capitalize() + "]"
        return hold(f"{spell(match['area'].upper())} {point}") + " " + match["n"]

    return _GLUED_CODE.sub(code, _CLOUD_REGION.sub(region, text))


def spell(letters: str) -> str:
    """'SDK' -> 'S-D-K': letter names, linked so they are said as one word ("èss-dé-ka").

    Apart ("S D K") each letter is said as a word of its own, with a stress and a gap;
    a listener then hears "AMD" as "a, aime, dé".
    """
    return "-".join(LETTER_NAMES.get(letter, letter) for letter in letters)


_YEAR_AFTER = re.compile(r" (?:20\d\d(?![\d,]| \d{3})|deux mille (?:vingt|trente)\b)")


def _spelled_here(match: re.Match[str]) -> bool:
    """A French word in capitals that is an acronym where it stands: "le CES", "marquage CE"."""
    word, before = match.group(0), match.string[: match.start()]
    if _AFTER_ARTICLE.search(before) or (word in _TIME_ZONES and _AFTER_TIME.search(before)):
        return True
    if word == "CES" and _YEAR_AFTER.match(match.string, match.end()):
        return True  # "• CES 2027 : …": the show in a year (the determiner is never followed by one)
    if word not in _CODE_LIKE:
        return False
    if _PAUSE_AFTER.match(match.string, match.end()):
        return True  # "Atos SA et", "(EN)", "l'iPhone SE,"
    previous = (before.split() or [""])[-1].strip("«“(\"'")
    previous = "" if previous.endswith((".", "!", "?", ":", "…")) else previous  # a sentence opens
    if previous.lower() in _CODE_NOUNS and (word != "EN" or previous.lower() != "mode"):  # ("la mode EN vogue")
        return True  # "le marquage CE deviendra"
    if word == "EN":
        return False  # "L'IA EN 2026", "Mistral EN tête": a preposition
    # after a name or a code ("la 5G SA arrive", "LVMH SA publie", "l'iPhone SE 4", "Windows 11 SE")
    named = bool(previous) and previous[0].isupper() and previous.upper() not in FUNCTION_WORDS and "'" not in previous
    code = any(c.isupper() for c in previous[1:]) or bool(re.fullmatch(NUMBER_WORD, previous.split("-")[0]))
    return named or code


# A lone capital "Y" after a word is the letter ("le Model Y", "la génération Y"), which
# espeak-ng reads as the pronoun "y"; not in a headline ("IL Y A", "ET Y AURA-T-IL"), nor "Y a-t-il",
# an initial ("Y. Bengio"), or a lexicon's name ("Y Combinator", held before this rule).
_LETTER_Y = re.compile(r"(?<=[a-zà-ÿ] )(?<!\b[Ii]l )Y(?![\w'’-])(?!\.\s+[A-ZÀ-Ý])")


# A Roman numeral opening a line numbers a part: "IV. Les données", "II – Les modèles" are said
# "Quatre. Les données", "Deux, Les modèles" (were spelled "I-V", "I-I"); "VII. « Une année »" too.
# A single letter there is as often something else: an initial ("V. Poutine", "X. Niel", and
# before a surname's particle, "V. Le Gall", "I. Le Maire"), the network X ("X : la Commission…",
# "X – anciennement Twitter"), a quiz's "V : vrai ou faux". A lone "I" or "V" is a part only
# before a heading's capital after a dash or a colon ("V – Conclusion"), or after a full stop
# before an article and a lower-case word ("V. La conclusion", not "V. Le Gall"); a lone "X", a
# tenth part with none of the nine before it visible on its line, never.
_PART_NUMERAL = re.compile(
    r"^(?P<lead>[ \t]*)(?P<n>X{0,3}(?:IX|IV|V?I{0,3}))"
    r"(?=(?:\.|\s*[–—:-])\s+(?:[«\"]\s*)?[^\W\d_])",  # then the heading's first word, after a full stop, a dash or a colon
    re.MULTILINE,
)
_PART_ARTICLE = r"(?i:(?:les?|la|une?|des|du|de|ce|cette|ces)\s+|l['’])"
_PART_AFTER_INITIAL = re.compile(
    rf"\s*[–—:-]\s+(?!{_PART_ARTICLE}[A-ZÀ-Ý])(?={_PART_ARTICLE}?[A-ZÀ-Ý])"
    rf"|\.\s+(?:{_PART_ARTICLE}(?=[a-zà-ÿ])|(?i:pourquoi|comment|quand|quel\w*)\b)"
)


def _part_numeral(match: re.Match[str]) -> str:
    n = roman(match["n"])
    if n is None or n == 0:
        return match.group(0)
    if len(match["n"]) == 1 and (match["n"] == "X" or not _PART_AFTER_INITIAL.match(match.string, match.end())):
        return match.group(0)  # "V. Poutine": an initial; "X : la Commission…": the network
    said = cardinal(n)
    return match["lead"] + said[0].upper() + said[1:]


def say_capitals(text: str, words: Collection[str] = (), letters: Collection[str] = ()) -> str:
    """Shouted phrases lowered; acronyms spelled unless ``words`` says they are words
    (``letters``: acronyms spelled even where they look like a word, "UCLA", "LES CEOS")."""
    text = _PART_NUMERAL.sub(_part_numeral, text)
    text = _LETTER_Y.sub(LETTER_NAMES["Y"], _CAMEL_CAPS.sub(" ", text))
    text = _CAPS_RUN.sub(lambda m: _lower_run(m.group(0), words, letters), text)

    def acronym(match: re.Match[str]) -> str:
        caps = match["caps"]
        if caps in letters:
            return spell(caps)  # "CEOs": the plural is not spelled
        if caps in words or (caps + match["plural"]) in words:
            return match.group(0).capitalize()
        if (match.string[match.start() - 1 : match.start()] == "(" and match.string.startswith(")", match.end()) and len(caps) <= 4
                and caps not in _BRACKETED_WORDS and re.search(r"[a-zà-ÿ] \($", match.string[: match.start()])):
            return spell(caps)  # after its name, in brackets, an acronym: "des transports (ART)" (not "(OUI)", "(BIO)")
        if caps in _COMPANIES and not _AFTER_NUMBER.search(match.string, 0, match.start()):
            return spell(caps)  # a sentence's "SES", "ANS": not "ses", "ans" (but "IL Y A 50 ANS")
        if match.group(0) in FUNCTION_WORDS and not _spelled_here(match):
            return match.group(0).lower()  # a French word in capitals for emphasis: "TOUT"; but "le CES"
        if (_ACCENTED & set(caps) and len(caps) >= 4) or (match.group(0) in SHORT_WORDS and len(caps) >= 3) or (
            caps in _EMPHATIC
        ):
            return match.group(0).lower()  # "TRÈS", "ÉDITO", "NON": words (an accent is never spelled)
        if len(caps) > MAX_SPELLED:
            return match.group(0).lower() if _VOWELS & set(caps) else spell(caps)
        if len(caps) >= 4 and not match["plural"] and _NAME_SUFFIX.match(match.string, match.end()) and _pronounceable(caps):
            return caps.capitalize()  # a name's word in capitals before its suffix: "PARIS-Fold", "TERRE-Data"
        return spell(caps)

    text = _ACRONYM_PAIR.sub(" ", text)  # "PEA-PME": two acronyms, two words
    text = _SPELLED_THEN_WORD.sub(" ", _ACRONYM.sub(acronym, text))
    # "L'A-M-D" is read "elle apostrophe…": an elided article before capitals is lowered
    return _ELIDED_CAPITAL.sub(lambda m: m.group(0).lower(), text)
