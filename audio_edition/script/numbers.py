"""French number words, and the rules that say written numbers aloud.

Every engine is given words, never digits: "1 000 Md$" -> "mille milliards de dollars",
"+39%" -> "plus trente-neuf pour cent", "XXe siècle" -> "vingtième siècle". Each rule is
one regular expression and, where words depend on the symbol, one table; the rules run
in ``say_numbers`` from the most specific (dates, money, units) to the most general
(any remaining digits), so a number is consumed by the first rule that knows its context.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from ..calendar_words import MONTH_NAMES
from .lexicon import HELD

# --- Words -----------------------------------------------------------------------------


def cardinal(n: int, *, feminine: bool = False) -> str:
    """2025 -> 'deux mille vingt-cinq'; years and quantities sound the same in French."""
    words: str = num2words(n, lang="fr")
    if feminine and (words == "un" or words.endswith((" un", "-un"))):
        words = words[:-2] + "une"
    return words


# The first word of a number said in words: "deux", "vingt-trois", "cent", "une", "cinque" (see _CINQ)
NUMBER_WORD = (
    "(?:"
    + "|".join(sorted({cardinal(n) for n in (*range(17), 20, 30, 40, 50, 60, 100, 1000)} | {"une", "cinque"}))
    + r")\b"
)


def digits_after_comma(digits: str) -> str:
    """'5' -> 'cinq', '05' -> 'zéro cinq', '50' -> 'cinquante'; long runs digit by digit, but zeros then two
    digits as '0031' -> 'zéro zéro trente et un' (as '0047' is said in a price, not 'zéro zéro trois un')."""
    if len(digits) > 3 and len(digits.lstrip("0")) > 2:
        return " ".join(cardinal(int(d)) for d in digits)
    zeros = len(digits) - len(digits.lstrip("0"))
    rest = digits.lstrip("0")
    return " ".join(["zéro"] * zeros + ([cardinal(int(rest))] if rest else []))


def decimal(integer: str, fraction: str | None, *, feminine: bool = False) -> str:
    """'10', '5' -> 'dix virgule cinq' (the decimal comma is said 'virgule'); '57,0' -> 'cinquante-sept'."""
    fraction = fraction if fraction and fraction.strip("0") else None  # "57,0", "1,000", "2,00": whole
    whole = cardinal(int(integer), feminine=feminine and not fraction)
    return f"{whole} virgule {digits_after_comma(fraction)}" if fraction else whole


# Last word of a cardinal -> its ordinal; the rest just takes "-ième" after a mute e.
_ORDINAL_ENDINGS = {"un": "unième", "cinq": "cinquième", "neuf": "neuvième", "vingts": "vingtième",
                    "cents": "centième"}  # fmt: skip


def ordinal(n: int, *, feminine: bool = False) -> str:
    """1 -> 'premier'/'première', 2 -> 'deuxième', 80 -> 'quatre-vingtième', 300 -> 'trois centième'."""
    if n == 1:
        return "première" if feminine else "premier"
    words = cardinal(n)
    head, sep, last = words.rpartition(" ")
    pieces = last.split("-")
    tail = pieces[-1]
    tail = _ORDINAL_ENDINGS.get(tail) or (tail[:-1] if tail.endswith("e") else tail) + "ième"
    return head + sep + "-".join([*pieces[:-1], tail])


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CANONICAL_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def roman(numeral: str) -> int | None:
    """'XXI' -> 21; None unless written the canonical way ('IIV', 'VX' and 'MIT' are not numerals)."""
    if not numeral or not _CANONICAL_ROMAN.match(numeral):
        return None
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


# --- Rules -----------------------------------------------------------------------------

# A written number: digit groups of three separated by spaces ("1 000 000"; the caller
# has already turned no-break and narrow no-break spaces into spaces) and a decimal comma.
_INT = r"\d{1,3}(?: (?!7\d7 MAX\b)\d{3})+(?!\d)|\d+"  # "38 737 MAX par mois": a count, then the plane
NUMBER = rf"(?P<int>{_INT})(?:,(?P<frac>\d+))?"
_START = r"(?<![\w.,])"  # not inside a word, a version number or another number
_END = r"(?!\w)"

Rule = tuple["re.Pattern[str]", "Callable[[re.Match[str]], str] | str"]


def _int(match: re.Match[str]) -> int:
    return int(match["int"].replace(" ", ""))


def _number(match: re.Match[str], *, feminine: bool = False) -> str:
    return decimal(match["int"].replace(" ", ""), match["frac"], feminine=feminine)


def _plural(match: re.Match[str]) -> bool:
    """French plural from two on: 'un virgule cinq milliard', 'deux milliards'."""
    return _int(match) >= 2


# Dates written with digits: 11/10/2025, 11.10.2025, 2025-10-11
_DMY = re.compile(r"(?<![\w/.])(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>\d{4})(?![\w/])")
_ISO = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])")


def _date_shaped(days: tuple[str, ...], months: tuple[str, ...]) -> bool:
    """Days and months written as a date, not a score, a share or a mark: every month zero-padded, or a day
    past 12 ("11/09", "27/11", "24/03 - 26/03"; not "7/10", "1/4", "6/3 - 7/5"), or a zero-padded day ("02/11":
    no mark nor share is written so)."""
    return all(m.startswith("0") for m in months) or any(int(d) > 12 or d.startswith("0") for d in days)


# A day and month after "le", "au", "du": "le 6/10", "du 6 au 10/10" (elsewhere "6/10" is a
# score; "le 1/3 des votes" is a fraction)
# "le 03/04 des mesures": a zero-padded day or month is a date even before "des" (not "trois quarts")
_DM_PADDED = re.compile(
    r"(?:(?<=\b[Ll]e )|(?<=\b[Aa]u )|(?<=\b[Dd]u ))(?P<d>[0-3]\d)/(?P<m>[01]\d)(?![\w/])"
)
# an agenda's line, or an item of a one-line agenda: "11/09 : entrée en application", "· 06/01 — soldes"
_AGENDA_DM = re.compile(r"(?:^|(?<=[·•|—–] ))(?P<d>[0-3]?\d)/(?P<m>0?[1-9]|1[0-2])(?= ?[:—–-] )", re.MULTILINE)


# what a line counts out of a whole says its figures are no date: a thread's or a series' part, a score, a share
# ("1/12 : Voici pourquoi… (un thread)", "11/12 : dernière étape de notre série", "1/4 – 3/4 : la part des…")
_COUNTED_LINE = re.compile(
    r"(?i)\b(?:thread|série|épisodes?|volets?|partie|chapitre|score|tirs?|quarts?|tiers|moitié|sièges"
    r"|répartition)\b"
)
# and an agenda's entry names its event or its place: "salon iREX à Tokyo", "une journée portes ouvertes, Brest"
_AGENDA_ENTRY = re.compile(
    r"(?i)\b(?:salons?|congrès|conférences?|sommet|summit|forum|foire|festival|journées?|soirée|webinaire|atelier|lancement"
    r"|expo\w*|keynote|rencontres?|assemblée|date limite|clôture|ouverture|inscriptions|vote|élections?|sortie|grève|CES)\b"
    r"|(?:, | à | \()[A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]*)*\W*$"  # ("…, Tokyo Big Sight.")
)


def _counted_line(match: re.Match[str]) -> bool:
    return bool(_COUNTED_LINE.search(sentence_around(match)))


def _agenda_entry(match: re.Match[str]) -> bool:
    line_end = match.string.find("\n", match.end())
    return bool(_AGENDA_ENTRY.search(match.string[match.end() : None if line_end < 0 else line_end]))


def _agenda_date(match: re.Match[str]) -> str:
    """A date's shape, a zero-padded month or a day past 12 ("11/09 :", "27/11 —"): not a share, a mark
    or a thread's count ("1/4 :", "7/10 —", "1/5 :"), nor "24/7"."""
    if int(match["d"]) <= 12 and _counted_line(match):
        return match.group(0)  # (a day past 12 is a date whatever the line counts)
    dated = _date_shaped((match["d"],), (match["m"],)) and (int(match["d"]), int(match["m"])) != (24, 7)
    # a month in two figures opening the line is one: nothing is marked out of 11 or 12 ("2/12 : salon, Tokyo"; not
    # the first of a span that is no agenda's, "2/12 – 5/12 à …"), where the line names an event or a place
    month = match["m"] in ("11", "12") and not re.match(r" ?[–—-] ?\d", match.string[match.end() :]) and _agenda_entry(match)
    return _date(match) if dated or month else match.group(0)


def _opens_agenda_line(match: re.Match[str]) -> bool:
    """A date opening its line (or an item of a one-line agenda) before a colon or a dash: "2/12 – 5/12 : iREX"."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    return bool(re.search(r"(?:\A|\n|[·•|—–] )\Z", before) and re.match(r" ?[:—–-] ", after))
_DM = re.compile(
    r"(?:(?<=\b[Ll]e )|(?<=\b[Aa]u )|(?<=\b[Dd]u )|(?<=[Ll]undi )|(?<=[Mm]ardi )|(?<=[Mm]ercredi )|(?<=[Jj]eudi )"
    r"|(?<=[Vv]endredi )|(?<=[Ss]amedi )|(?<=[Dd]imanche ))(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\w/])(?! (?:des?|du|d['’]))"
)


# Two days of one month: "les 14-15/11", "les 14 et 15/11" -> "les quatorze et quinze novembre"
_TWO_DAYS = re.compile(r"(?:(?<=\b[LlDd]es )|(?<=\b[Aa]ux ))(?P<a>[0-3]?\d)(?:-| et )(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?![\w/])")


def _two_days(match: re.Match[str]) -> str:
    first = int(match["a"])
    if first >= int(match["d"]):
        return match.group(0)  # "3-2/1": no two days
    said = _date(match)
    return match.group(0) if said == match.group(0) else f"{'premier' if first == 1 else cardinal(first)} et {said}"


# An agenda's span of days: "mardi 17/02 – jeudi 19/02" (the weekdays written out by now) ->
# "du mardi dix-sept au jeudi dix-neuf février"
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) "
_DAY_RANGE = re.compile(
    rf"(?<![\w/])(?P<w1>{_WEEKDAY})(?P<a>[0-3]?\d)/(?P<m1>[01]?\d) ?[–—-] ?(?P<w2>{_WEEKDAY})?(?P<b>[0-3]?\d)/(?P<m2>[01]?\d)(?![\w/])",
    re.IGNORECASE,
)


_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
# the same with the months written: "mardi 19 mai – jeudi 21 mai"
_NAMED_DAY_RANGE = re.compile(
    rf"(?<![\w/])(?P<w1>{_WEEKDAY})(?P<a>[0-3]?\d)(?: (?P<m1>{_MONTH}))? ?[–—-] ?(?P<w2>{_WEEKDAY})(?P<b>[0-3]?\d) (?P<m2>{_MONTH})\b",
    re.IGNORECASE,
)


# the same without the weekdays, months written: "(24 mai – 7 juin)" -> "du vingt-quatre mai au sept juin"; and days
# of one month after "du" or opening an agenda's line: "du 21-22 février", "14-16 avril :" -> "du quatorze au seize avril"
_NAMED_DATE_SPAN = re.compile(
    rf"(?<![\w/.,-])(?P<a>[0-3]?\d)(?:er)? (?P<m1>{_MONTH}) ?[–—-] ?(?P<b>[0-3]?\d)(?:er)? (?P<m2>{_MONTH})\b"
    rf"|(?:(?<=\b[Dd]u )|^|(?<=[·•|—–] ))(?P<c>[0-3]?\d) ?[-–] ?(?P<d>[0-3]?\d) (?P<m3>{_MONTH})\b",
    re.IGNORECASE | re.MULTILINE,
)


def _named_date_span(match: re.Match[str]) -> str:
    if re.match(r" ?[-–—] ?\d", match.string[match.end() :]) or re.search(r"(?:di|[Ll]un|[Mm]ar|[Mm]ercre|[Jj]eu|[Vv]endre|[Ss]ame)di $", match.string[: match.start()]):
        return match.group(0)  # a list of dates ("12 mars - 4 avril - 9 mai"); a weekday's date is said by its own rule
    if match["a"]:
        return _days_span(match, int(match["a"]), match["m1"], int(match["b"]), match["m2"])
    c, d = int(match["c"]), int(match["d"])
    return _days_span(match, c, None, d, match["m3"]) if 1 <= c < d <= 31 else match.group(0)


# the same without the weekdays: "24/03 - 26/03" -> "du vingt-quatre au vingt-six mars"
# (days and months written as dates: a zero-padded month or a day past 12 — not "6/3 - 7/5", a score, nor "1/3 - 2/3")
_BARE_DAY_RANGE = re.compile(r"(?<![\w/])(?P<a>[0-3]?\d)/(?P<m1>[01]?\d) ?[–—-] ?(?P<b>[0-3]?\d)/(?P<m2>[01]?\d)(?![\w/])")


# days of one month in figures: "15-19/06 : Eurosatory" -> "du quinze au dix-neuf juin" (as a date: a zero-padded
# month or a day past 12; not "3-4/5")
_DAYS_OF_MONTH = re.compile(r"(?<![\w/.,-])(?<!\b[Ll]es )(?P<a>[0-3]?\d) ?[–-] ?(?P<b>[0-3]?\d)/(?P<m>0[1-9]|1[0-2])(?![\w/]|[.,]\d)")


def _days_of_month(match: re.Match[str]) -> str:
    a, b, m = int(match["a"]), int(match["b"]), int(match["m"])
    agenda = re.match(r" ?[:—–] ", match.string[match.end() :]) is not None and m not in (10, 20)  # "1-3/12 — Cyber Week" (not "5-6/10 —", a mark)
    if not (1 <= a < b <= 31) or not (_date_shaped((match["b"],), (match["m"],)) or agenda):
        return match.group(0)
    return _days_span(match, a, MONTH_NAMES[m - 1], b, MONTH_NAMES[m - 1])


def _bare_day_range(match: re.Match[str]) -> str:
    (a, m1), (b, m2) = (int(match["a"]), int(match["m1"])), (int(match["b"]), int(match["m2"]))
    dated = _date_shaped((match["a"], match["b"]), (match["m1"], match["m2"]))
    # days of one month opening an agenda's line, as "2-5/12 :" is ("2/12 – 5/12 : iREX"; not "1/10 – 3/10 :", marks)
    agenda = m1 == m2 and m1 not in (10, 20) and _opens_agenda_line(match) and _agenda_entry(match)
    if b <= 12 and _opens_agenda_line(match) and _counted_line(match):
        return match.group(0)  # "1/3 – 2/3 : la clé de répartition des sièges", "1/4 – 3/4 : la part des…"
    return _day_range(match) if (dated or agenda) and (m1, a) < (m2, b) else match.group(0)


def _named_day_range(match: re.Match[str]) -> str:
    return _days_span(match, int(match["a"]), match["m1"], int(match["b"]), match["m2"])


def _day_range(match: re.Match[str]) -> str:
    (a, m1), (b, m2) = (int(match["a"]), int(match["m1"])), (int(match["b"]), int(match["m2"]))
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and 1 <= a <= 31 and 1 <= b <= 31):
        return match.group(0)
    return _days_span(match, a, MONTH_NAMES[m1 - 1], b, MONTH_NAMES[m2 - 1])


def _days_span(match: re.Match[str], a: int, first_month: str | None, b: int, month: str) -> str:
    """'du mardi dix-sept au jeudi dix-neuf février' (the first month said only if it differs);
    no "du" after one ("du mardi 19 mai – …"), and a capital when the span opens a sentence."""
    w1, w2 = match.groupdict().get("w1") or "", match.groupdict().get("w2") or ""  # (a span may have no weekdays)
    first = f"{w1.lower()}{_day(a)}"
    if first_month and first_month.lower() != month.lower():
        first += f" {first_month.lower()}"
    du = "" if _ARTICLE_BEFORE.search(match.string, 0, match.start()) else "du "
    said = f"{du}{first} au {w2.lower()}{_day(b)} {month.lower()}"
    return said[0].upper() + said[1:] if w1[:1].isupper() else said


def _day(n: int) -> str:
    return "premier" if n == 1 else cardinal(n)


_ARTICLE_BEFORE = re.compile(r"\b(?:[Dd]u|[Ll]e) $")  # "du mardi 19 mai – …", "Le lundi 2/03 – …"


def _date(match: re.Match[str]) -> str:
    day, month = int(match["d"]), int(match["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    year = f" {cardinal(int(match['y']))}" if "y" in match.re.groupindex else ""
    return f"{'premier' if day == 1 else cardinal(day)} {MONTH_NAMES[month - 1]}{year}"


# "1.000.000" and "1.500" group thousands with dots (a French habit); "4.5" is a version
_DOT_GROUPS = re.compile(r"(?<![\w.,])(?!0\.)\d{1,3}(?:\.\d{3})+(?!\w)(?!\.\d)")

# Ordinals: 1er, 1re, 1ère, 2e, 2ème, 2nd, 2nde, 3ᵉ, 20es (not a model: "l'iPhone 16e")
_ORDINAL = re.compile(
    r"(?<![\w.,])(?<!iPhone )(?P<n>\d+)(?P<suf>ers?|res?|ères?|èmes?|emes?|es?|nde?s?|des?|d|è|ᵉʳ|ʳᵉ|ᵉ"
    r"|(?:(?<=\b[Ll]e \d)|(?<=\b[Ll]e \d\d)|(?<=\b[DdAa]u \d)|(?<=\b[DdAa]u \d\d))(?:th|st|rd))(?!\w)"  # "le 9th Circuit" (not "20th Century")
)
# Roman: "XXe siècle", "la Ve République", "du XIXe", "Napoléon Ier". A bare "Ive" or
# "Vers" must stay a word, so a Roman ordinal needs an unambiguous suffix (ème, ᵉ, er)
# or the company of an article before it or a noun after it.
_ROMAN_ORDINAL = re.compile(
    r"(?P<before>\b(?:[Ll]es?|[Ll]a|[Dd]u|[Dd]es|[Aa]ux?|[Ee]n|[Dd]ès|[Dd]epuis|[Vv]ers|[Ff]in|[Dd]ébut|[Mm]ilieu) )?"
    r"(?<![\w'’-])(?P<n>[IVXLCDM]+)(?P<suf>èmes?|ᵉʳ|ʳᵉ|ᵉ|er|re|ère|es?)(?![\w'’-])"
    r"(?P<after> (?:siècles?|millénaires?|République|arrondissement|Empire|Reich|Internationale|législature|"
    r"plan|congrès|édition|session|saison|round|chapitre|acte|tome|partie|étape|phase|rang|vague|génération))?"
)


def _ordinal_words(n: int, suffix: str) -> str:
    feminine = suffix.startswith(("r", "ère", "ʳ", "nde", "de"))
    second = suffix.startswith(("nd", "de", "d")) and n == 2  # "2nd", "2nde", "la 2de", "le 2d tour" ("42nd" is 42nd)
    words = ("seconde" if feminine else "second") if second else ordinal(n, feminine=feminine)
    return words + ("s" if suffix.endswith("s") else "")


def _english_ordinal(n: int, suffix: str) -> bool:
    """An English suffix only where English puts it: "1st", "22nd", "3rd", "9th", "11th" (not "3th", "1rd")."""
    if suffix not in ("th", "st", "rd"):
        return True
    last = n % 10 if n % 100 not in (11, 12, 13) else 0
    return suffix == {1: "st", 2: "nd", 3: "rd"}.get(last, "th")


_DETERMINER_BEFORE = re.compile(r"\b(?:[Ll]e|[Aa]u|[Dd]u|[Cc]e|[Ss]on|[Ll]eur|[Nn]otre|[Vv]otre) \Z")


def _ordinal(match: re.Match[str]) -> str:
    n, suffix = int(match["n"]), match["suf"]
    if n == 0 or (suffix.startswith("d") and n != 2) or not _english_ordinal(n, suffix):
        return match.group(0)
    if suffix == "d" and (
        not _DETERMINER_BEFORE.search(match.string, 0, match.start())
        or re.match(r" ?(?:[,;.)/]|et\b|au\b|ou\b|\Z)", match.string[match.end() :])
        or re.search(r"(?i)\b[34]d\b", sentence_around(match))
    ):
        return match.group(0)  # "le 2d tour", "au 2d semestre" (not "une vue en 2d": the 2D of games and maps; nor
        # "du 2d au 3d", "le 2d et la 3D": no noun after it, or the 3D beside it)
    return _ordinal_words(n, suffix)


def _roman_ordinal(match: re.Match[str]) -> str:
    n, suffix = roman(match["n"]), match["suf"]
    if match["n"] in ("L", "C", "D", "M") and not suffix.startswith(("ème", "ᵉ")):
        return match.group(0)  # "Le plan", "Ce siècle", "Des siècles", "la Mère": words, not 50th, 100th…
    unambiguous = suffix.startswith(("è", "ᵉ", "ʳ")) or (match["n"] == "I" and suffix in ("er", "re"))
    if n is None or not (unambiguous or match["before"] or match["after"]):
        return match.group(0)
    if n == 1 and not suffix.startswith(("er", "re", "ᵉʳ", "ʳᵉ", "ère")):
        return match.group(0)
    return (match["before"] or "") + _ordinal_words(n, suffix) + (match["after"] or "")


# Regnal numbers after a capitalised name: Louis XIV, Jean-Paul II, Charles III; a title's
# number after its acronym: "GTA VI"
# (a name the lexicon respelled is held aside as a placeholder: "Schrems II", "Élisabeth II")
_REGNAL = re.compile(
    rf"(?P<name>\b[A-ZÀ-Ý][a-zà-ÿ]+(?:[A-Z][a-zà-ÿ]+)*|\b[A-Z]{{2,4}}|{HELD.pattern}) "  # "GreedFall II" too
    rf"(?P<n>X{{0,3}}(?:IX|IV|V?I{{0,3}}))(?![\w'’-])"
)
# A graphics card's number is said in two pairs: "RTX 5090" -> "cinquante quatre-vingt-dix"
_CARD_NUMBER = re.compile(r"(?<=\b[RG]TX )(?P<a>[1-9]\d)(?P<b>\d[1-9]|[1-9]0)(?!\w|[.,]\d)")


def _regnal(match: re.Match[str]) -> str:
    n = roman(match["n"])
    acronym = match["name"].isupper() and match["name"].isalpha()
    versus = match.string.startswith(" ", match.end()) and match.string[match.end() + 1 : match.end() + 2].isupper()
    if n is None or n < 2 or (len(match["n"]) < 2 and not (acronym and match["n"] == "V" and not versus)):
        return match.group(0)  # (one letter: "Charles V", "le plan V"; but "GTA V")
    return f"{match['name']} {cardinal(n)}"


# a year of a calendar in Roman numerals: "l'an II", "an I de la loi" -> "l'an deux", "an un"
_YEAR_ROMAN = re.compile(r"(?<=\ban )(?P<n>I{1,3}|IV|V|VI{1,3}|IX)(?![\w'’-])")  # (not "un an X a supprimé", the network)
# a rugby team by its number of players: "le XV de France", "du XIII catalan" -> "quinze", "treize"
_TEAM = re.compile(r"(?:(?<=\b[Ll]e )|(?<=\b[Dd]u )|(?<=\b[Aa]u ))(?P<n>XV|XIII|VII)(?= (?:de |du |d['’]|tricolore|féminin|catalan|national|anglais|irlandais|gallois|écossais|italien|néo-zélandais|sud-africain|australien|argentin|japonais)|[,.;:!?]? (?:a|ont|est|sera|va|doit|peut|affronte|joue|reçoit|bat|s'impose)\b)")
# the Super Bowl's edition in Roman numerals: "le Super Bowl LX" -> "soixante"
_SUPER_BOWL = re.compile(r"(?<=\bSuper Bowl )(?P<n>[LXVI]{1,8})(?![\w'’-])")


# Times: 14h30, 9 h, 14 h 30, 14:30 (hours 0-24, minutes 00-59)
_TIME = re.compile(
    r"(?<![\w.,:])(?P<h>[01]?\d|2[0-4]) ?[hH](?: ?(?P<min>[0-5]\d)(?! ?mi?n\b))?(?!\w|/\D)"  # "14h/15h", not "10 h/jour"
    r"|(?<![\w.,:])(?P<h2>[01]?\d|2[0-4]):(?P<min2>[0-5]\d)(?![\w:])"
)


# From one time to another: "14h-16h", "9 h 30 – 11 h" -> "… à …"
_TIME_RANGE = re.compile(
    r"(?P<a>(?<![\w.,:])(?:[01]?\d|2[0-4]) ?[hH](?: ?[0-5]\d)?) ?[-–/] ?(?=(?:[01]?\d|2[0-4]) ?[hH](?![a-zà-ÿ]))"
    r"|(?P<b>(?<![\w.,:])(?:[01]?\d|2[0-4]):[0-5]\d) ?[-–] ?(?=(?:[01]?\d|2[0-4]):[0-5]\d(?![\w:]))"  # "9:30-17:00"
)


def _time(match: re.Match[str]) -> str:
    hours = int(match["h"] or match["h2"])
    minutes = int(match["min"] or match["min2"] or 0)
    words = f"{cardinal(hours, feminine=True)} {'heure' if hours < 2 else 'heures'}"
    return f"{words} {cardinal(minutes)}" if minutes else words


# "#1 en Europe": a rank, not a hashtag
_NUMBER_SIGN = re.compile(r"(?<![\w&])#(?=\d)")

# A comparison before a number: "> 100 M$", "≥ 5 ans"
_COMPARISON = re.compile(r"(?:(?<=[\s(])|^)(?P<op>[<>≥≤]) ?(?=[+\-−]?\d)")
_COMPARISON_WORDS = {"<": "moins de ", ">": "plus de ", "≥": "au moins ", "≤": "au plus "}
# a comparison qualifying a noun says its "de": "les paniers < 25 €" -> "les paniers de moins de vingt-cinq euros"
# (was "les paniers moins de"), "un panier ≥ 30 €" -> "d'au moins" (not "p < 0,05", nor "le taux reste < 2 %": a verb)
_NOUN_COMPARISON = re.compile(
    r"\b(?P<np>(?:[Ll]es|[Dd]es|[Aa]ux|[Cc]es|[Uu]ne?|[Ll]e|[Ll]a|[Dd]u|[Nn]os|[Vv]os|[Ll]eurs|[Ss]es) [a-zàâçéèêëîïôûùüœ]{3,}) "
    r"(?P<op>[<>≥≤]) ?(?=[+\-−]?\d)"
)
_NOUN_COMPARISON_WORDS = {"<": "de moins de ", ">": "de plus de ", "≥": "d'au moins ", "≤": "d'au plus "}
# where the "le", "la", "les" is a pronoun before its verb ("il faut la maintenir < 1,5 °C", "ils le font < 2 s"), the
# noun a verb brings under a bound ("ramener le déficit < 3 %", "garder les stocks ≤ 80 %") or a condition's subject
# ("si le prix > 100 €"), the comparison is the verb's, no "de"
_NOT_A_NOUN_COMPARED = re.compile(
    r"(?:\b(?:il|elle|on|ils|elles|je|tu|nous|vous|faut|vaut|veut|veulent|peut|peuvent|doit|doivent|si|que|qu['’]"
    r"|quand|lorsque|tant)"
    r"|\b(?:ramen|mainten|maintien|gard|limit|conten|contien|rédui|baiss|plafonn|stabilis|ten|tien|rend|port|conserv|stock"
    r"|descend|pass|fix|cantonn|bloqu)\w*)\s\Z",
    re.IGNORECASE,
)


def _noun_comparison(match: re.Match[str]) -> str:
    infinitive = re.search(r"\b(?:pour|sans) \Z", match.string[: match.start()]) and match["np"].endswith(("er", "ir", "re"))
    if infinitive or _NOT_A_NOUN_COMPARED.search(match.string, 0, match.start()):  # ("pour la garder ≤ 80 %")
        return f"{match['np']} {_COMPARISON_WORDS[match['op']]}"
    return f"{match['np']} {_NOUN_COMPARISON_WORDS[match['op']]}"

# Round the clock: "24h/24", "7j/7", "7 j/7", "24 h / 24"
_AROUND = re.compile(r"(?<![\w.,])(?P<a>\d{1,3}) ?(?P<unit>[hj]) ?/ ?(?P<b>\d{1,3})(?!\w| ?[hHj:]\b)")


def _around(match: re.Match[str]) -> str:
    unit = "heure" if match["unit"] == "h" else "jour"
    a, b = int(match["a"]), int(match["b"])
    return f"{cardinal(a, feminine=unit == 'heure')} {unit}{'s' if a > 1 else ''} sur {cardinal(b, feminine=unit == 'heure')}"


# Two lengths of a rectangle: "5 m × 5 m" -> "cinq mètres sur cinq mètres" (the second unit was lost to "fois cinq")
_DIMENSIONS = re.compile(r"(?<=\d)(?P<sp> ?)(?P<u>km|m|cm|mm|µm|nm|ft) ?[x×] ?(?=\d+(?:,\d+)? ?(?P=u)(?![\w²³/]))")
# A multiplier before its number: "x2", "× 10" ("fois deux"); not x86 or x64, which are chips
_TIMES_BEFORE = re.compile(rf"(?<![\w.,])(?<!\d )[x×] ?(?!(?:86|64)\b){NUMBER}{_END}")  # (not "2 × 500 mg": its unit)




def _times_before(match: re.Match[str]) -> str:
    """'multiplié par x3' -> "par trois", 'soit x2', '(x1,7)' -> "multiplié par deux"; "fois N" in a formula."""
    before = match.string[max(0, match.start() - 12) : match.start()]
    if re.search(r"\bpar $", before):
        return _number(match)
    alone = re.match(r"\s*$", match.string[match.end() :]) is not None and not match.string[: match.start()].strip()
    if re.search(r"\bsoit $", before) or (before.endswith("(") and match.string.startswith(")", match.end())) or alone:
        return f"multiplié par {_number(match)}"  # "soit x2", "(x1,7)" (not "en x2", a speed; "Quantité : x2")
    if re.search(r"\b(?:de|à) $", before):
        return f"{_number(match)} fois"  # "progressé de x10", "de x3 à x5": "de trois fois à cinq fois"
    if re.match(
        r" (?:l['’]|les? |la |son |sa |ses |leurs? )(?!(?:nuit|jour|soir|matin|semaine|mois|an|année|week-end|weekend"
        r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)",
        match.string[match.end() :],
    ) and not re.search(r"\bzoom(?: \w+)? $", match.string[: match.start()]):
        return f"{_number(match)} fois"  # a multiple of what follows: "(x15 l'ARR)" -> "quinze fois l'A-R-R" (not "x10 la
        # nuit", "x2 le week-end", "x3 le mardi": when; nor "zoom x30 la Lune": a zoom's power)
    return f"fois {_number(match)}"


# "H100", "GPT4", "6GW", "105M€", "4G": a space between letters and digits, so the
# number and the letters are each read by their own rule.
_LETTER_DIGIT = re.compile(r"(?<=[A-Za-zÀ-ÿα-ωΑ-Ω])(?=\d)|(?<=\d)(?=[A-Za-zÀ-ÿα-ωΑ-Ω€$£¥µ°])")  # (a Greek letter too: "5,2σ" kept its comma)

# Ranges between numbers: (1871-1958), 2024-2026, 10-15 %, 3-1: "X à Y"
_RANGE = re.compile(
    r"(?<![\w.,-])(?<!numéro )(?<![Aa]rticle )(?P<a>\d+(?:,\d+)?) ?[-–—] ?(?P<b>\d+(?:,\d+)?)(?![\w-])"
)  # not a reference: "loi n° 2024-120", "l'article 323-1", "CVE-2025-53770" ("L. 251-2": see words.ABBREVIATIONS)
# A tennis set's tie-break, in brackets after 7-6: "7-6 (8-6)" -> "sept à six, jeu décisif huit à six"
_TIE_BREAK = re.compile(r"(?<![\w.,-])(?<!tirs au but )(?P<set>7-6|6-7) ?\((?=(?:[7-9]|1\d|2\d)-\d{1,2}\)|\d{1,2}-(?:[7-9]|1\d|2\d)\))")
# From one percentage to another: "3,75 %-4 %", "+3 %-+5 %" -> "… à … pour cent"
_PERCENT_RANGE = re.compile(r"(?<![\w.,])(?P<a>[+\-−]?\d+(?:,\d+)?) ?% ?[-–] ?(?=[+\-−]?\d+(?:,\d+)? ?%)")  # not "—": an aside
# A code's number then a variant: "A320-200", "Qwen3-235B" (not a range: "1990-2000" is)
_CODE_HYPHEN = re.compile(  # "Boeing 737-800", "le 737-10", "787-9"
    r"(?<=[A-Za-z])(?P<n>\d+)-(?=\d)|(?:(?<=\b(?:Boeing|Airbus) )|(?<![\w.,-])(?=7\d7-\d\d?\b))(?P<m>\d{3})-(?=\d)"
)
# A standard's number and part: "FIPS 140-3", "ISO 27001-2", "EN 301 549" (no range, no thousands)
_STANDARD = r"(?:(?<=\bFIPS )|(?<=\bISO )|(?<=\bIEC )|(?<=\bNF )|(?<=\bEN )|(?<=\bRFC )|(?<=\bETSI ))"
_STANDARD_PART = re.compile(rf"{_STANDARD}(?P<n>\d{{1,5}}(?: \d{{3}})?)-(?=\d{{1,2}}\b(?! \d{{3}}))")  # not "ISO 100-25 600"
_STANDARD_GROUPS = re.compile(r"(?<=\bEN )(?P<a>\d{1,3}) (?P<b>\d{3})\b")  # "EN 301 549" ("ISO 27 001" is thousands)
# A European or a world patent's number, in its groups: "EP 4 215 873" -> "quatre, deux cent quinze, huit cent soixante-treize"
# (was "quatre millions …"); an American or a French one after "brevet": "le brevet US 11 234 567"
_PATENT = re.compile(r"(?:(?<=\bEP )|(?<=\bWO )|(?<=\bbrevet US )|(?<=\bbrevet FR ))(?P<a>\d{1,2}) (?P<b>\d{3}) (?P<c>\d{3})(?![\d,]| \d{3}| ?(?:[€$£]|[kM]€|euros|dollars))")  # (not money)
_REFERENCE_HYPHEN = re.compile(r"(?<=\d)-(?=\d)")  # what is left between digits is a reference's dash: a pause
# Arrows between quantities: "(1 GW → 6 GW)"
_ARROW_NUMBER = re.compile(r"(?<=[\w%$€£)]) ?→ ?(?=[\d+−-])")

# Magnitudes written as abbreviations after a number: 5 Md$, 105M€, 3 k€, $2B.
_MILLE = ("mille", "mille")
_MILLION = ("million", "millions")
_MILLIARD = ("milliard", "milliards")
_THOUSAND_BILLION = ("mille milliards", "mille milliards")  # the English trillion: "1T$", "$2T"
_MAGNITUDES = {
    "k": _MILLE, "K": _MILLE, "M": _MILLION, "m": _MILLION, "Mn": _MILLION, "Mio": _MILLION,
    "Md": _MILLIARD, "Mds": _MILLIARD, "Mrd": _MILLIARD, "Mrds": _MILLIARD, "md": _MILLIARD, "mds": _MILLIARD,
    "MD": _MILLIARD,  # "15 MD$" in a headline
    "B": _MILLIARD, "Bn": _MILLIARD, "bn": _MILLIARD, "T": _THOUSAND_BILLION, "Tn": _THOUSAND_BILLION, "tn": _THOUSAND_BILLION,
    "mille": _MILLE, "million": _MILLION, "millions": _MILLION, "milliard": _MILLIARD, "milliards": _MILLIARD,
    # English words, only after a currency written first ("$1.5 billion"): a French billion is 10^12
    "billion": _MILLIARD, "billions": _MILLIARD, "trillion": _THOUSAND_BILLION, "trillions": _THOUSAND_BILLION,
}  # fmt: skip
# Currency symbol or code -> (singular, plural)
_CURRENCIES = {
    "€": ("euro", "euros"), "EUR": ("euro", "euros"), "$": ("dollar", "dollars"), "US$": ("dollar", "dollars"),
    "$US": ("dollar", "dollars"), "$CA": ("dollar canadien", "dollars canadiens"), "CAD": ("dollar canadien", "dollars canadiens"),
    "$AU": ("dollar australien", "dollars australiens"),
    "USD": ("dollar", "dollars"), "£": ("livre", "livres"), "GBP": ("livre", "livres"), "¥": ("yen", "yens"),
    "JPY": ("yen", "yens"), "CHF": ("franc suisse", "francs suisses"), "CNY": ("yuan", "yuans"), "₩": ("won", "wons"),
    "TWD": ("dollar taïwanais", "dollars taïwanais"), "HKD": ("dollar de Hong Kong", "dollars de Hong Kong"),
    "AUD": ("dollar australien", "dollars australiens"), "KRW": ("won", "wons"), "INR": ("roupie", "roupies"),
    "SEK": ("couronne suédoise", "couronnes suédoises"), "NOK": ("couronne norvégienne", "couronnes norvégiennes"),
    "DKK": ("couronne danoise", "couronnes danoises"), "BRL": ("réal", "réais"),
    "$ CA": ("dollar canadien", "dollars canadiens"), "NT$": ("dollar taïwanais", "dollars taïwanais"),
    "zł": ("zloti", "zlotis"), "PLN": ("zloti", "zlotis"), "₹": ("roupie", "roupies"), "₦": ("naira", "nairas"),
    "NGN": ("naira", "nairas"), "ZAR": ("rand", "rands"), "KES": ("shilling kényan", "shillings kényans"),
    "MXN": ("peso mexicain", "pesos mexicains"), "MAD": ("dirham", "dirhams"),  # (not "ARS", "les 18 ARS", health agencies)
    "AED": ("dirham émirien", "dirhams émiriens"), "EGP": ("livre égyptienne", "livres égyptiennes"), "RUB": ("rouble", "roubles"),
    "UAH": ("hryvnia", "hryvnias"), "CZK": ("couronne tchèque", "couronnes tchèques"), "HUF": ("forint", "forints"),
    "VND": ("dong", "dongs"), "IDR": ("roupie indonésienne", "roupies indonésiennes"),
    "THB": ("baht", "bahts"), "XOF": ("franc CFA", "francs CFA"), "XAF": ("franc CFA", "francs CFA"),
}  # fmt: skip
_FEMININE_CURRENCIES = {"£", "GBP", "INR", "SEK", "NOK", "DKK", "₹", "EGP", "CZK", "IDR"}
_ENGLISH_MAGNITUDES = ("billion", "billions", "trillion", "trillions")
_MAG = "|".join(sorted((re.escape(m) for m in _MAGNITUDES if m not in _ENGLISH_MAGNITUDES), key=len, reverse=True))
_CUR = "|".join(sorted(map(re.escape, _CURRENCIES), key=len, reverse=True))
# "5 Md$", "105 M€", "1 000 Md$", "3,5 M€", "300 €", "2 000 USD", "10 millions €"
# An en dash glued to the amount is a minus after a space, a colon or a bracket ("Trésorerie : –2,1 M€", "un BFR de
# –3 M€"), not between two amounts ("9 € –12 €": a range, see _MONEY_RANGE) nor an aside's dash ("– 3 M€" is spaced)
_MONEY_AFTER = re.compile(
    rf"{_START}(?P<sign>[+\-−±]|(?<![^\s(])(?<![\d€$£¥%] )–(?=\d))?{NUMBER} ?(?:(?P<mag>{_MAG}) ?)?(?P<cur>{_CUR})(?![\w$€£¥])"
)
def _money_amount(name: str) -> str:
    return rf"(?P<{name}>\d+(?: \d{{3}})*(?:,\d+)?) ?(?:(?P<{name}mag>{_MAG}) ?)?(?:{_CUR})(?![\w$€£¥])"


# From one price to another: "11,40 €–13,60 €", "8 € - 9,50 €" -> "… à …" (the dash said, the two amounts kept apart)
_MONEY_RANGE = re.compile(
    rf"(?<![\w.,])(?P<a>{_money_amount('x')}) ?[-–] ?(?={_money_amount('y')}(?! ?[-–] ?\d))"  # not a list "5 € - 8 € - 12 €"
)


# A range of prices writes its currency once: "de 2,80 à 3,50 €" -> "de deux euros quatre-vingts à trois euros
# cinquante" (the first bound was "deux virgule quatre-vingts"); only a first bound with cents, since
# "de 3 à 5 €" and "2,5 à 3 M€" are said right as they are. A bare "et" joins two prices only after
# "entre" ("entre 1,74 et 1,92 €"): "une cote de 1,85 et 10 € misés" is odds, then a stake
_PRICE_RANGE_FIRST = re.compile(
    rf"(?<![\w.,])(?P<entre>(?<=\b[Ee]ntre ))?(?P<a>\d{{1,3}}(?: \d{{3}})*,\d\d)"
    rf"(?= ?(?:à|[-–]|(?(entre)et|(?!))) ?\d{{1,3}}(?: \d{{3}})*(?:,\d\d)? ?(?P<cur>{_CUR})(?![\w$€£¥]))"
)

# A range of thousands with a decimal, "entre 45,5 et 52,5 k€", "de 38,5 à 42 k€": the second bound is said
# whole ("cinquante-deux mille cinq cents"), so the first is too, on the same scale; it was "quarante-cinq
# virgule cinq et cinquante-deux mille cinq cents", heard as 45.5 then 52,500 (a bare "et" only after "entre")
_THOUSANDS_RANGE_FIRST = re.compile(
    rf"(?<![\w.,])(?P<entre>(?<=\b[Ee]ntre ))?(?P<int>\d{{1,3}})(?:,(?P<frac>\d{{1,3}}))?(?P<sep> ?(?:à|[-–]|(?(entre)et|(?!))) ?)"
    rf"(?=\d{{1,3}}(?P<frac2>,\d{{1,3}})? ?[kK] ?(?:{_CUR})(?![\w$€£¥]))"
)


def _thousands_range_first(match: re.Match[str]) -> str:
    if not (match["frac"] or match["frac2"]):
        return match.group(0)  # "55-65 k€": "cinquante-cinq à soixante-cinq mille euros", said right
    sep = match["sep"].strip()
    return f"{cardinal(int(match['int'] + (match['frac'] or '').ljust(3, '0')))} {'à' if sep in '-–' else sep} "


_SCALE = {_MILLE: 1e3, _MILLION: 1e6, _MILLIARD: 1e9, _THOUSAND_BILLION: 1e12}


def _money_range(match: re.Match[str]) -> str:
    """A range rises: "4 M€ – 2 M€ en dette" and "12 M€ – 800 k€ de plus" keep their dash (a pause), "9 € – 12 €"
    and "800 M€ – 1,2 Md€" are "… à …"."""
    low, high = (
        float(match[g].replace(" ", "").replace(",", ".")) * (_SCALE[_MAGNITUDES[match[g + "mag"]]] if match[g + "mag"] else 1)
        for g in ("x", "y")
    )
    return f"{match['a']} à " if low < high else match.group(0)


# A price without or with taxes: "1 200 € HT", "900 euros TTC"
_TAX_WORDS = {"HT": "hors taxes", "TTC": "toutes taxes comprises", "HC": "hors charges", "CC": "charges comprises"}
_TAXES = re.compile(
    rf"\b((?:euros?|dollars?)(?: {NUMBER_WORD}[a-z-]*)?(?: (?:et )?par (?:mois|an|année|[a-zà-ÿ]+(?: carrés?)?)){{0,2}}) "
    r"(?P<tax>HT|TTC|HC|CC)(?: (?P<tax2>HC|CC)(?![\w-]))?\b"
)  # not "livres CC BY-SA"; "… par mètre carré et par an HT HC" -> "hors taxes, hors charges"


def _taxes(match: re.Match[str]) -> str:
    said = [_TAX_WORDS[match[t]] for t in ("tax", "tax2") if match[t]]
    if "wattheure" in match[1] and {"HC", "CC"} & {match["tax"], match["tax2"]}:
        return match.group(0)  # "0,20 €/kWh HC": heures creuses, not charges
    return f"{match[1]} {', '.join(said)}"
# ("82,50 € HT": "quatre-vingt-deux euros cinquante hors taxes")
# A currency's code after a number in words: "1,2 milliard de CHF" -> "… de francs suisses"
_CODES = "|".join(code for code in _CURRENCIES if re.fullmatch("[A-Z]{3}", code))
_CODE_AFTER_WORDS = re.compile(rf"\b(?:millions?|milliards?) (?:de |d')(?P<code>{_CODES})\b")
# "$5", "$2,5 Md", "US$ 300", "€10"
_MONEY_BEFORE = re.compile(
    rf"(?<![\w$€£¥₩₹₦])(?P<cur>US\$|NT\$|[€$£¥₩₹₦]|(?:USD|EUR|GBP|CHF)(?= )) ?{NUMBER}"
    rf"(?: ?(?P<mag>{_MAG}|{'|'.join(_ENGLISH_MAGNITUDES[::-1])}))?{_END}"
)


def _magnitude_words(match: re.Match[str]) -> str:
    """The number and its magnitude: 'deux milliards', 'trois mille', and a trillion said
    in milliards as French does: 1T -> 'mille milliards', 1,5T -> 'mille cinq cents milliards'."""
    one, many = _MAGNITUDES[match["mag"]]
    fraction = match["frac"] or ""
    if one == _THOUSAND_BILLION[0] and len(fraction) <= 3:
        milliards = int(match["int"].replace(" ", "") + fraction.ljust(3, "0"))
        return f"{cardinal(milliards)} milliard{'s' if milliards > 1 else ''}"
    if one == "mille" and fraction and len(fraction) <= 3:
        # thousands with decimals are said whole: "38,5 k€" -> "trente-huit mille cinq cents" ("trente-huit
        # virgule cinq mille" is heard as 38 then 5 000)
        return cardinal(int(match["int"].replace(" ", "") + fraction.ljust(3, "0")))
    said = _number(match)
    if one == "mille" and said.endswith(("cents", "vingts")):
        said = said[:-1]  # "deux cent mille", "quatre-vingt mille": no s before "mille", a number
    return f"{said} {many if _plural(match) else one}"


def _money(match: re.Match[str]) -> str:
    sign = _SIGN_WORDS[match.groupdict().get("sign") or ""]
    return sign + _unsigned_money(match)


def _unsigned_money(match: re.Match[str]) -> str:
    singular, plural = _CURRENCIES[match["cur"]]
    feminine = match["cur"] in _FEMININE_CURRENCIES
    cents = int(match["frac"]) if match["mag"] is None and match["frac"] is not None and len(match["frac"]) == 2 else None
    if cents and not _int(match) and singular in ("euro", "dollar"):  # "0,50 €" -> "cinquante centimes"
        # "0,15 $": "quinze centimes de dollar" ("quinze cents" is also fifteen hundred to the voice)
        return f"{cardinal(cents)} centime{'s' if cents > 1 else ''}{' de dollar' if singular == 'dollar' else ''}"
    if cents is not None and _int(match) and " " not in singular:
        # a price: "2,50 €" -> "deux euros cinquante", "1,05 €" -> "un euro cinq" (a currency of two words
        # keeps its decimals: "22,63 DKK" -> "vingt-deux virgule soixante-trois couronnes danoises")
        units = f"{cardinal(_int(match), feminine=feminine)} {plural if _plural(match) else singular}"
        if cents and match["frac"].startswith("0"):
            # cents under ten are said as cents: "1 823,03 €" -> "… euros et trois centimes" ("… euros trois"
            # is heard as 1 823,30 €); another currency says its zero, "2,05 $" -> "deux dollars zéro cinq"
            if singular == "euro":
                return f"{units} et {cardinal(cents)} centime{'s' if cents > 1 else ''}"
            return f"{units} zéro {cardinal(cents)}"
        return f"{units} {cardinal(cents)}" if cents else units
    if match["mag"] is None and match["frac"] and len(match["frac"]) == 4 and match["frac"].strip("0") and not (
        match.string.startswith((" par ", "/", " le ", " la ", " l'", " du ", " de l", " HT", " TTC"), match.end())  # a price per a unit: "0,2016 €/kWh"
        or (match["frac"][:2] in ("60", "80") and match["frac"][2] == "1")  # ("soixante quinze" would be heard 0,75)
        or match["frac"][2:] == "00"
    ):
        # a rate's four decimals in pairs, as a trader reads them: "1,1742 $" -> "un virgule dix-sept quarante-deux"
        pairs = f"{digits_after_comma(match['frac'][:2])} {digits_after_comma(match['frac'][2:])}"
        return f"{cardinal(_int(match), feminine=feminine)} virgule {pairs} {plural if _int(match) >= 2 else singular}"
    if match["mag"] is None:
        number = _number(match, feminine=feminine)
        if number.endswith(("million", "millions", "milliard", "milliards")):  # "1 000 000 €"
            return f"{number} {_de(plural)}"
        return f"{number} {plural if _plural(match) else singular}"
    if _MAGNITUDES[match["mag"]] is _MILLE:
        return f"{_magnitude_words(match)} {plural}"
    return f"{_magnitude_words(match)} {_de(plural)}"


def _de(noun: str) -> str:
    """'d'euros', 'de dollars', 'de yens' (a "y" before a vowel is not elided)."""
    return f"d'{noun}" if noun[0] in "aeiouéèê" else f"de {noun}"


# Percentages and per-mille, with an optional sign: "+39%", "0,1 %", "−5 %"
# A sign is +, -, the minus sign, ±, or an en dash written against its number ("(–12 %)")
_PERCENT = re.compile(rf"(?<![\w.,])(?P<sign>[+\-−–±])?{NUMBER} ?(?P<pc>%|‰)")
_SIGN_WORDS = {"+": "plus ", "-": "moins ", "−": "moins ", "–": "moins ", "±": "plus ou moins ", "": ""}


def _percent(match: re.Match[str]) -> str:
    sign = _SIGN_WORDS[match["sign"] or ""]
    return f"{sign}{_number(match)} {'pour mille' if match['pc'] == '‰' else 'pour cent'}"


# Units after a number: symbol -> (singular, plural). Case matters (MW vs mW, M vs m).
_UNITS = {
    "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"), "MW": ("mégawatt", "mégawatts"),
    "GW": ("gigawatt", "gigawatts"), "TW": ("térawatt", "térawatts"),
    "Wh": ("wattheure", "wattheures"), "kWh": ("kilowattheure", "kilowattheures"),
    "MWh": ("mégawattheure", "mégawattheures"), "GWh": ("gigawattheure", "gigawattheures"),
    "TWh": ("térawattheure", "térawattheures"), "kWc": ("kilowatt-crête", "kilowatts-crête"),
    "MWc": ("mégawatt-crête", "mégawatts-crête"), "V": ("volt", "volts"), "kV": ("kilovolt", "kilovolts"),
    "mAh": ("milliampère-heure", "milliampères-heure"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("mégahertz", "mégahertz"),
    "GHz": ("gigahertz", "gigahertz"),
    "km": ("kilomètre", "kilomètres"), "m": ("mètre", "mètres"), "cm": ("centimètre", "centimètres"),
    "mm": ("millimètre", "millimètres"), "µm": ("micromètre", "micromètres"), "nm": ("nanomètre", "nanomètres"),
    "km²": ("kilomètre carré", "kilomètres carrés"), "m²": ("mètre carré", "mètres carrés"),
    "m³": ("mètre cube", "mètres cubes"), "ha": ("hectare", "hectares"),
    "kg": ("kilo", "kilos"), "g": ("gramme", "grammes"), "mg": ("milligramme", "milligrammes"),
    "µg": ("microgramme", "microgrammes"), "ng": ("nanogramme", "nanogrammes"),
    "t": ("tonne", "tonnes"), "Mt": ("million de tonnes", "millions de tonnes"),
    "Gt": ("milliard de tonnes", "milliards de tonnes"),
    "l": ("litre", "litres"), "L": ("litre", "litres"), "cl": ("centilitre", "centilitres"),
    "ml": ("millilitre", "millilitres"), "mL": ("millilitre", "millilitres"),
    "°C": ("degré Celsius", "degrés Celsius"), "°F": ("degré Fahrenheit", "degrés Fahrenheit"), "°": ("degré", "degrés"),
    "km/h": ("kilomètre heure", "kilomètres heure"), "m/s": ("mètre par seconde", "mètres par seconde"),
    "min": ("minute", "minutes"), "mn": ("minute", "minutes"), "s": ("seconde", "secondes"),
    "ms": ("milliseconde", "millisecondes"),
    "Ko": ("kilooctet", "kilooctets"), "ko": ("kilooctet", "kilooctets"),
    "Mo": ("mégaoctet", "mégaoctets"), "Go": ("gigaoctet", "gigaoctets"), "To": ("téraoctet", "téraoctets"),
    "Po": ("pétaoctet", "pétaoctets"), "KB": ("kilooctet", "kilooctets"), "MB": ("mégaoctet", "mégaoctets"),
    "GB": ("gigaoctet", "gigaoctets"), "TB": ("téraoctet", "téraoctets"),
    "Mb/s": ("mégabit par seconde", "mégabits par seconde"), "Mbit/s": ("mégabit par seconde", "mégabits par seconde"),
    "Gb/s": ("gigabit par seconde", "gigabits par seconde"), "Gbit/s": ("gigabit par seconde", "gigabits par seconde"),
    "Gbps": ("gigabit par seconde", "gigabits par seconde"), "Mbps": ("mégabit par seconde", "mégabits par seconde"),
    "TFLOPS": ("téraflops", "téraflops"), "PFLOPS": ("pétaflops", "pétaflops"),
    "TH/s": ("térahash par seconde", "térahashs par seconde"), "PH/s": ("pétahash par seconde", "pétahashs par seconde"),
    "EH/s": ("exahash par seconde", "exahashs par seconde"), "ZH/s": ("zettahash par seconde", "zettahashs par seconde"),
    "tr/min": ("tour par minute", "tours par minute"), "Mha": ("million d'hectares", "millions d'hectares"),
"cm³": ("centimètre cube", "centimètres cubes"), "mm³": ("millimètre cube", "millimètres cubes"),
    "cm²": ("centimètre carré", "centimètres carrés"), "mm²": ("millimètre carré", "millimètres carrés"),
    "Nm³": ("normomètre cube", "normomètres cubes"),  # a gas at 0 °C and 1 atm: "85 mg/Nm³" (not "Nm", newton-mètres)
    "t-km": ("tonne-kilomètre", "tonnes-kilomètres"), "t.km": ("tonne-kilomètre", "tonnes-kilomètres"),
    "p.km": ("passager-kilomètre", "passagers-kilomètres"), "mph": ("mile par heure", "miles par heure"),
    "kb/s": ("kilobit par seconde", "kilobits par seconde"), "kbit/s": ("kilobit par seconde", "kilobits par seconde"),
    "kbps": ("kilobit par seconde", "kilobits par seconde"),  # a stream's bitrate: "320 kb/s"
    "tok/s": ("token par seconde", "tokens par seconde"),  # a model's speed: "180 tok/s"
    "cd/m²": ("candela par mètre carré", "candelas par mètre carré"),  # a screen's brightness: "2 800 cd/m²"
    "Tb/s": ("térabit par seconde", "térabits par seconde"), "Tbit/s": ("térabit par seconde", "térabits par seconde"),
    "Tbps": ("térabit par seconde", "térabits par seconde"), "kWe": ("kilowatt électrique", "kilowatts électriques"),
    "q/ha": ("quintal à l'hectare", "quintaux à l'hectare"), "ch": ("cheval", "chevaux"),
    "MVA": ("mégavoltampère", "mégavoltampères"), "kVA": ("kilovoltampère", "kilovoltampères"),
    "bpm": ("battement par minute", "battements par minute"), "mmHg": ("millimètre de mercure", "millimètres de mercure"),
    "pt": ("point", "points"), "pts": ("point", "points"), "pdb": ("point de base", "points de base"),
    "h": ("heure", "heures"), "j": ("jour", "jours"),  # not "pb" (un problème), "pp." (pages), "sec" (un vin sec)
    "µs": ("microseconde", "microsecondes"), "ns": ("nanoseconde", "nanosecondes"), "dB": ("décibel", "décibels"),
    "ppm": ("partie par million", "parties par million"), "ppb": ("partie par milliard", "parties par milliard"),
    "fs": ("femtoseconde", "femtosecondes"), "ps": ("picoseconde", "picosecondes"), "Å": ("angström", "angströms"),
    "nd": ("nœud", "nœuds"), "fps": ("image par seconde", "images par seconde"),
    "Mpx": ("mégapixel", "mégapixels"), "hPa": ("hectopascal", "hectopascals"), "mSv": ("millisievert", "millisieverts"),
    "Ω": ("ohm", "ohms"), "kΩ": ("kilo-ohm", "kilo-ohms"),
    "Eo": ("exaoctet", "exaoctets"), "Zo": ("zettaoctet", "zettaoctets"), "EFLOPS": ("exaflops", "exaflops"),
    "TFLOP/s": ("téraflops", "téraflops"), "PFLOP/s": ("pétaflops", "pétaflops"), "EFLOP/s": ("exaflops", "exaflops"),
    "mol": ("mole", "moles"), "mmol": ("millimole", "millimoles"), "µmol": ("micromole", "micromoles"),
    "dL": ("décilitre", "décilitres"), "µL": ("microlitre", "microlitres"),
    # a power station's electric or thermal power: "1 600 MWe", "300 MWth"
    "MWe": ("mégawatt électrique", "mégawatts électriques"), "GWe": ("gigawatt électrique", "gigawatts électriques"),
    "MWth": ("mégawatt thermique", "mégawatts thermiques"), "GWth": ("gigawatt thermique", "gigawatts thermiques"),
    "x": ("fois", "fois"), "×": ("fois", "fois"),
    "mW": ("milliwatt", "milliwatts"), "µW": ("microwatt", "microwatts"), "mK": ("millikelvin", "millikelvins"),
    "µK": ("microkelvin", "microkelvins"), "nK": ("nanokelvin", "nanokelvins"), "GWc": ("gigawatt-crête", "gigawatts-crête"),
    "MT/s": ("mégatransfert par seconde", "mégatransferts par seconde"), "GT/s": ("gigatransfert par seconde", "gigatransferts par seconde"),
    "i/s": ("image par seconde", "images par seconde"), "pJ": ("picojoule", "picojoules"), "nJ": ("nanojoule", "nanojoules"),
    "nM": ("nanomolaire", "nanomolaires"), "µM": ("micromolaire", "micromolaires"),  # "12 nM" -> "douze nanomolaires"
    "eV": ("électronvolt", "électronvolts"), "keV": ("kiloélectronvolt", "kiloélectronvolts"),
    "MeV": ("mégaélectronvolt", "mégaélectronvolts"), "GeV": ("gigaélectronvolt", "gigaélectronvolts"),
    "TeV": ("téraélectronvolt", "téraélectronvolts"), "kJ": ("kilojoule", "kilojoules"), "MJ": ("mégajoule", "mégajoules"),
    "GJ": ("gigajoule", "gigajoules"), "kPa": ("kilopascal", "kilopascals"), "MPa": ("mégapascal", "mégapascals"),
    "GPa": ("gigapascal", "gigapascals"), "kpc": ("kiloparsec", "kiloparsecs"), "Mpc": ("mégaparsec", "mégaparsecs"),
    "Gpc": ("gigaparsec", "gigaparsecs"), "fL": ("femtolitre", "femtolitres"), "Ah": ("ampère-heure", "ampères-heure"),
    "TFLOP": ("téraflop", "téraflops"), "PFLOP": ("pétaflop", "pétaflops"), "EFLOP": ("exaflop", "exaflops"),  # "1 PFLOP en FP4"
    "Tflops": ("téraflops", "téraflops"), "Pflops": ("pétaflops", "pétaflops"), "Gflops": ("gigaflops", "gigaflops"),
    "fb⁻¹": ("femtobarn inverse", "femtobarns inverses"), "M☉": ("masse solaire", "masses solaires"),
    "M⊕": ("masse terrestre", "masses terrestres"), "µSv": ("microsievert", "microsieverts"),
    "PW": ("pétawatt", "pétawatts"), "UA": ("unité astronomique", "unités astronomiques"), "G/L": ("giga par litre", "giga par litre"),
    "UI/j": ("unité internationale par jour", "unités internationales par jour"),
    "UI/kg": ("unité internationale par kilo", "unités internationales par kilo"), "Mb/j": ("million de barils par jour", "millions de barils par jour"),
    "kb/j": ("millier de barils par jour", "milliers de barils par jour"), "b/j": ("baril par jour", "barils par jour"),
    "kN": ("kilonewton", "kilonewtons"), "Nm": ("newton-mètre", "newtons-mètres"),
    "ft": ("pied", "pieds"), "NM": ("mille nautique", "milles nautiques"), "mA": ("milliampère", "milliampères"),
    # a thermal conductivity: "0,015 W/m·K", "~5 000 W/(m·K)" (the dot, a bullet elsewhere, made a pause)
    "W/(m·K)": ("watt par mètre-kelvin", "watts par mètre-kelvin"), "W/m·K": ("watt par mètre-kelvin", "watts par mètre-kelvin"),
    "W/(m.K)": ("watt par mètre-kelvin", "watts par mètre-kelvin"), "W/m.K": ("watt par mètre-kelvin", "watts par mètre-kelvin"),
    "W/mK": ("watt par mètre-kelvin", "watts par mètre-kelvin"), "W/(mK)": ("watt par mètre-kelvin", "watts par mètre-kelvin"),
    # a window's or a wall's U-value: "1,1 W/m².K", "W/(m²·K)", "W/m²K"
    "W/m².K": ("watt par mètre carré-kelvin", "watts par mètre carré-kelvin"), "W/m²·K": ("watt par mètre carré-kelvin", "watts par mètre carré-kelvin"),
    "W/(m².K)": ("watt par mètre carré-kelvin", "watts par mètre carré-kelvin"), "W/(m²·K)": ("watt par mètre carré-kelvin", "watts par mètre carré-kelvin"),
    "W/m²K": ("watt par mètre carré-kelvin", "watts par mètre carré-kelvin"),
    "bar": ("bar", "bars"), "mbar": ("millibar", "millibars"),  # "200 bar" is "deux cents bars"
    "PeV": ("pétaélectronvolt", "pétaélectronvolts"), "kDa": ("kilodalton", "kilodaltons"), "MDa": ("mégadalton", "mégadaltons"),
    "mV": ("millivolt", "millivolts"), "µV": ("microvolt", "microvolts"), "nV": ("nanovolt", "nanovolts"),
    "e·cm": ("électron-centimètre", "électrons-centimètres"),  # an electric dipole moment: "10⁻³⁰ e·cm" (the dot made a pause)
    "hl": ("hectolitre", "hectolitres"), "Gy": ("gray", "grays"), "mGy": ("milligray", "milligrays"), "Mhl": ("million d'hectolitres", "millions d'hectolitres"),
}  # fmt: skip
_FEMININE_UNITS = {"t", "min", "mn", "s", "ms", "h", "µs", "ns", "fs", "ps", "ppm", "ppb", "fps", "mol", "mmol", "µmol", "x", "×"}  # "1x": une fois
_UNIT = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
# The plural words the units and currencies are said with ("gigawatts", "électriques", "euros"): a French voice
# makes no liaison after them ("cinq gigawatts à terme", not /ʒiɡawatz a/; see tts.phonemes)
SPOKEN_UNITS = frozenset(
    word
    for said in (*_UNITS.values(), *_CURRENCIES.values())
    for word in said[1].split()
    if word[-1] in "sx" and len(word) > 3 and word not in {"millions", "milliards", "milliers", "parties", "points"}
) | {"kilobases", "mégabases", "gigabases", "térabases"}  # a genome's length (see _chip_bits)
_UNITS_AFTER = re.compile(rf"{_START}(?P<sign>[+\-−–±])?{NUMBER} ?(?P<unit>{_UNIT})(?![\w²³/'’]|-shirts?\b)")  # "2025 s'est": not seconds; "200 t-shirts": no tonnes
# a range of articles numbered in parts: "les articles 6-1 à 6-5" -> "six, un à six, cinq" (no range of ranges)
_ARTICLES_RANGE = re.compile(r"(?<=\b[Aa]rticles )(?P<a>\d+)-(?P<b>\d+) (?P<w>à|et) (?P<c>\d+)-(?P<d>\d+)(?![\w-])")
# a stainless steel's grade is no volume: "l'inox 316L" -> "trois cent seize L"
_STEEL_GRADE = re.compile(r"(?<![\w.,])(?<!\bde )(?<!\bd['’]un )(?P<n>304|316|317|904)L(?P<n2>N)?\b")  # (not "un ballon de 304L")
# millions of hectolitres with a space: "36,8 M hl" -> "Mhl"
_MILLION_HL = re.compile(r"(?<=\d) ?M hl\b")
# a unit after a power of ten, said in words: "10⁹ kg" -> "dix puissance neuf kilogrammes"
_AFTER_POWER = re.compile(rf"(?<=puissance )(?P<e>(?:moins )?[a-zé]+(?:-[a-zé]+)*) (?P<unit>{_UNIT})(?![\w²³/'’])")


_FROM_A_STAR = re.compile(r" (?:du Soleil|de la Terre|de (?:son|leur|notre) étoile|de distance)\b")  # "à 169 UA de la Terre"
_BARE_NUMBER_BEFORE = re.compile(r"\d(?:,\d+)? (?:et|à|-) \Z")


def _unit(match: re.Match[str]) -> str:
    if match["unit"] == "UA" and not match["frac"] and not _FROM_A_STAR.match(match.string, match.end()):
        return match.group(0)  # astronomical units have decimals ("0,39 UA"); "les 55 UA" is the African Union
    singular, plural = _UNITS[match["unit"]]
    if match["unit"] == "m" and (match["frac"] or "0").strip("0") and len(match["frac"]) <= 2 and 0 < _int(match) < 10 and not (
        match.string.startswith(("/", " par "), match.end())  # "9,81 m/s²"
        or _BARE_NUMBER_BEFORE.search(match.string, 0, match.start())  # "entre 1,5 et 2,5 m": both alike
    ):
        # a height or a length as said: "1,68 m" -> "un mètre soixante-huit", "1,5 m" -> "un mètre cinquante"
        centimetres = int(match["frac"].ljust(2, "0"))
        metres = f"{cardinal(_int(match))} {plural if _plural(match) else singular}"
        return f"{_SIGN_WORDS[match['sign'] or '']}{metres} {cardinal(centimetres)}"
    number = _number(match, feminine=match["unit"] in _FEMININE_UNITS)
    return f"{_SIGN_WORDS[match['sign'] or '']}{number} {plural if _plural(match) else singular}"


# A unit with no number, after an article or "par": "le prix du kWh", "45 euros par MWh"; a power
# after any word ("les 300 premiers MW"), and a mass of planets after "de" ("des milliers de M⊕")
_BARE_UNITS = ("kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "km²", "m²", "km", "t-km")  # ("9 % des t-km")  # not "Go": the game, the language
_POWERS = ("kWh", "MWh", "GWh", "TWh", "MW", "GW", "MWc", "GWc")
_BARE_UNIT = re.compile(
    r"(?:(?<=\b[Dd]u )|(?<=\b[Ll]e )|(?<=\b[Aa]u )|(?<=\bpar )|(?<=\b[Ll]es )|(?<=\b[Dd]es ))"
    r"(?P<unit>" + "|".join(sorted(_BARE_UNITS, key=len, reverse=True)) + r")(?![\w²/'’])"
    r"|(?:(?<=\bpremiers )|(?<=\bderniers )|(?<=\bnouveaux )|(?<=\bprochains )|(?<=\bquelques )|(?<=\bplusieurs )|(?<=\bcentaines de )|(?<=\bmilliers de )|(?<=\bdizaines de )|(?<=\bexprimé en )|(?<=\bexprimés en )|(?<=\bun )|(?<=\bseul )|(?<=\bchaque ))"
    r"(?P<power>" + "|".join(sorted(_POWERS, key=len, reverse=True)) + r")(?![\w²/'’-])"
    rf"(?! (?:\d|{NUMBER_WORD}|[A-Z]))"  # (not "GW Pharmaceuticals", "les signaux GW", "GW260114", an event)
    r"|(?<=\bde )(?P<mass>M⊕)|(?:(?<=euros par )|(?<=dollars par )|(?<=\beuro par )|(?<=dollar par )|(?<=CO2 par )|(?<=CO 2 par )|(?<=CO deux par ))(?P<ton>t)(?= (?:de |d['’]))"  # "20 € par t de NH3" (not "divisé par t de …")
)


def _bare_unit(match: re.Match[str]) -> str:
    unit = match["unit"] or match["power"] or match["mass"] or match["ton"]
    singular, plural = _UNITS[unit]
    before = match.string[max(0, match.start() - 4) : match.start()]
    many = before.lower().endswith(("les ", "des ")) or match["mass"] or (match["power"] and before.endswith(("s ", "x ", "de ")))
    return plural if many else singular


# A magnitude without a currency: "50k abonnés", "3 M d'utilisateurs", "2 Md de tokens"
_MAGNITUDE_ONLY = re.compile(rf"{_START}{NUMBER} ?(?P<mag>k|M|Md|Mds|Mrd|Mrds)(?!\w)")
# what millions and milliards count, said with their "de": "3,1 M EVP", "2 M abonnés" -> "… millions d'E-V-P",
# "… d'abonnés" (not "5 M levés", "3 M supplémentaires": no noun)
_MILLIONS_OF = re.compile(
    rf"{_START}{NUMBER} ?(?P<mag>M|Md|Mds|Mrd|Mrds) (?=(?:(?!HT\b|TTC\b|SA\b)[A-Z]{{2,5}}s?\b"  # ("3M", the company, is in the lexicon)
    r"|(?:abonnés|utilisateurs|visiteurs|clients|habitants|salariés|emplois|téléchargements|vues|foyers|personnes|patients"
    r"|passagers|exemplaires|unités|véhicules|barils|comptes|membres|followers|spectateurs)\b))"
)


# A capital K is a kelvin and "4K" a screen, but not before a salary or a count: "45K brut", "12K abonnés"
# a temperature in kelvins where the sentence speaks of heat or cold: "l'espace interstellaire est à 2,7 K", "une
# surface à 5 778 K" (elsewhere "45 K" is thousands: "45 K brut", "120 K abonnés")
_KELVIN = re.compile(rf"{_START}{NUMBER} ?K(?![\w'’/-])")
_HEAT = re.compile(
    r"(?i)\b(?:températures?|kelvins?|refroidi\w*|froid\w*|chaud\w*|zéro absolu|cryo\w*|supraconduct\w*|interstellaire"
    r"|fond diffus|plasma|surface (?:du Soleil|de l['’]étoile|d['’]une étoile)|chauff\w*|thermique)\b|°"
)
_THOUSANDS_TALK = re.compile(  # (and a display's "4 K", "8 K": "un écran 8 K très chaud")
    r"(?i)[€$£]|\b(?:salaires?|brut|net|abonnés|followers|vues|tokens|euros|dollars|budget"
    r"|écrans?|vidéos?|résolution|téléviseurs?|TV|caméras?|moniteurs?|définition|images?)\b"
)


# a temperature is reached, kept or compared: "à 2,7 K", "de 77 K", "entre 4 et 10 K" (not "en 4K", "en jeu 4K": a
# display's resolution; nor "a attiré 40 K visiteurs")
_KELVIN_BEFORE = re.compile(
    r"(?:\b(?:à|de|d['’]|sous|vers|environ|atteint|atteignent|atteindre|dépass\w*|jusqu['’]à|entre|et|ou|que|moins|plus)"
    r"|[:=~≈<>≤≥(])\s*\Z"
)
# and it is followed by a clause's small word, never by what is counted: "2,7 K du fond diffus", "à 4 K dans un
# cryostat" (not "150 K foyers": thousands)
_KELVIN_AFTER = re.compile(
    r"\s*(?:[^\w\s]|\Z|(?:de|d['’]|du|des|à|au|aux|en|dans|et|ou|pour|sur|sous|soit|environ|seulement|contre|avec|sans"
    r"|près|selon|par|lors|puis|alors|mais|donc|tandis|grâce|avant|après|au-dessus|au-dessous|le|la|les|l['’]|un|une|ce"
    r"|cette|il|elle|on|qui|que|quand|lorsque)\b)"
)


def _kelvin(match: re.Match[str]) -> str:
    sentence = sentence_around(match)
    if not _HEAT.search(sentence) or _THOUSANDS_TALK.search(sentence):
        return match.group(0)
    if not _KELVIN_BEFORE.search(match.string, 0, match.start()) or not _KELVIN_AFTER.match(match.string, match.end()):
        return match.group(0)
    return f"{_number(match)} kelvin{'s' if _plural(match) else ''}"


_THOUSANDS_K = re.compile(
    rf"{_START}{NUMBER} ?(?P<mag>K)"
    r"(?= (?:bruts?|nets?|annuels?|abonnés|followers|vues|utilisateurs|clients|membres|étoiles|téléchargements|tokens"
    r"|visiteurs|foyers|habitants|communes|personnes|salariés|unités|véhicules|spectateurs)\b"
    r"|(?:(?<=\d\dK)|(?<=\d\d K)) à (?:\d+(?:[,.]\d+)? ?M\b|[\w-]+(?: [\w-]+)? millions?\b))"  # "de 200K à 1M de tokens" (not "de 4K à 8K", "de 300K à 4K")
)
# A multiplier in capitals: "10X plus vite", "10X le chiffre d'affaires" (not "le 10X", a product)
_TIMES_CAPITAL = re.compile(rf"{_START}{NUMBER} ?X(?= (?:plus|moins|le|la|les|l['’]|son|sa|ses|leur|leurs|sur)\b)")


# Per a unit or a time after money or a unit: "45 €/MWh", "2 To/s", "10 €/mois" -> "par";
# two of them, "300 €/m²/an" -> "par mètre carré et par an"
# ("km/h", "m/s" and other units written with a slash keep their own words)
_PER_WORDS = {
    "s": "seconde", "s²": "seconde carrée", "sec": "seconde", "min": "minute", "h": "heure", "j": "jour",
    "jour": "jour",
    "sem": "semaine", "semaine": "semaine", "mois": "mois", "an": "an", "année": "année",
    "hab": "habitant", "habitant": "habitant", "pers": "personne", "personne": "personne",
    "utilisateur": "utilisateur", "mot": "mot", "page": "page", "action": "action", "baril": "baril",
    "requête": "requête", "token": "token", "tête": "tête", "bit": "bit", "octet": "octet", "image": "image",
    "bbl": "baril", "oz": "once", "tCO2": "tonne de CO2", "tCO2e": "tonne équivalent CO2", "dose": "dose",
    "EVP": "E-V-P", "TEU": "T-E-U", "FEU": "F-E-U",
    "tCO2eq": "tonne équivalent CO2", "c²": "c au carré",  # "92 €/tCO2", "125 MeV/c²"
    "q": "quintal",  # a farm price: "18 €/q" (a yield, "q/ha", is a unit of its own)
    "MMBtu": "million de BTU", "MBtu": "millier de BTU",  # a gas price: "3,5 $/MMBtu"
}  # fmt: skip
_PER_UNITS = {k: v[0] for k, v in _UNITS.items() if "/" not in k and k not in {"x", "×", "pt", "pts", "pdb"}}
_DEN = "|".join(sorted(map(re.escape, {**_PER_UNITS, **_PER_WORDS}), key=len, reverse=True))
# after a plain word, only a time or an area: "habitants/km²", "tokens/s", "mots/min"
_WORD_DEN = "km²|m²|min|sem|semaine|mois|jour|an|s|h|j|mL|ml|µL|kg"  # "50 copies/mL", "200 cellules/µL"
# what is counted per second ("50 tokens/s"; not "3 formats présentiel/s", a plural's mark)
_PER_SECOND = frozenset("tokens jetons requêtes images opérations transactions paquets messages calculs mots pages".split())
_PER = re.compile(
    rf"(?<=[\d ])(?P<sym>{_CUR}|{_UNIT}|%)/(?P<den>{_DEN}|USD|EUR|\$|€)(?:/(?P<den2>{_DEN}))?"
    r"(?![\w/²³·]|\.[A-Z])"  # (not "W/m·K": a unit of its own)
)
# the same per a word, before a power says its digits ("10^6 copies/mL"), and after a count a few
# words back: "10 millions de doses/an", "23 456 spectateurs/match" (not "air/eau", "et/ou")
_PER_WORD = re.compile(
    rf"(?<![\w/])(?:(?<=\d )|(?!(?:jour|mois|semaine|an|année|heure|minute|seconde|nuit|max|min)/))(?P<word>[a-zà-ÿ]{{3,}})/"
    rf"(?P<wden>{_WORD_DEN}|match|habitant)(?![\w/²³])"
)  # (not "le format jour/mois", "les seuils max/min", "médecin/patient"; but "12 mois/an")
# a bare count per a time or a person, the thing counted said before: "50 requêtes par jour et 3 000/semaine",
# "2/j" -> "par" (it was a pause: "trois mille, semaine")
_COUNT_PER = re.compile(r"(?<=\d)/(?P<den>jour|semaine|sem|mois|an|année|heure|j|personne|habitant|hab|utilisateur|tête)(?![\w/²³'’-])")
_COUNT_BEFORE = re.compile(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹](?:[^\d.,;:!?()]{0,40})$")


def _per_word(match: re.Match[str]) -> str:
    if not _COUNT_BEFORE.search(match.string, 0, match.start()) or (match["wden"] == "s" and match["word"] not in _PER_SECOND):
        return match.group(0)
    return f"{match['word']} par {_PER_WORDS.get(match['wden']) or _PER_UNITS.get(match['wden']) or match['wden']}"


def _emissions(match: re.Match[str]) -> str:
    """'8 930 tCO2eq' -> "t équivalent CO2", '21 gCO2/kWh' -> "g de CO2 par kilowattheure", '2 tCO2/hab' -> "… par habitant"."""
    said = f" {match['mass']} {'équivalent' if match['eq'] else 'de'} CO2"
    if match["per"]:
        den = match["per"][1:]
        said += f" par {_PER_WORDS.get(den) or _PER_UNITS.get(den) or den}"
        if match["per2"]:
            den = match["per2"][1:]
            said += f" et par {_PER_WORDS.get(den) or _PER_UNITS.get(den) or den}"
    return said


# A price's tax written before its unit: "3 150 € HT/m²" -> "… €/m² HT", said "… euros par mètre carré hors taxes"
# (a period keeps its place: "40 000 € HT/an" is "… hors taxes par an")
_TAX_BEFORE_PER = re.compile(rf"(?<=[\d ])(?P<cur>{_CUR}) (?P<tax>HT|TTC)/(?!(?:an|mois|jour|semaine|h|j)\b)(?P<den>{_DEN})(?![\w/²³·])")
# Money per anything else a price is given for: a word or a code ("230 $/UTS", "15 €/élève") -> "par"
# (a currency after the slash is a rate, said by _PER: "ZAR/USD"; "€/$" is no price)
# and per a time after it, as "300 €/m²/an" is: "3 $/GPU/h" -> "… par GPU et par heure"
_MONEY_PER = re.compile(
    rf"(?:(?<=\d)|(?<=\d ))(?P<cur>{_CUR})/(?!(?:{_CODES}|HT|TTC|NC)\b)(?!(?:gratuit|réduit|boisson|dollars?|euros?|livres?|yens?|yuans?|francs?)\b)"
    rf"(?P<den>[A-Z]{{2,5}}|[a-zà-ÿ]{{3,}}(?:-[a-zà-ÿ]+)?)"
    r"(?:/(?P<den2>an|mois|semaine|jour|j|h|min|s))?(?![\w/'’-])"
)
# A currency in words per a unit: "78 500 yuans/t", "12 euros/kg" (after a number)
_MONEY_WORDS = sorted({w for said in _CURRENCIES.values() for w in said if " " not in w}, key=len, reverse=True)
_MONEY_WORD_PER = re.compile(rf"(?<=\d )(?P<word>{'|'.join(_MONEY_WORDS)})/(?P<den>{_DEN})(?![\w/²³·])")


def _per(match: re.Match[str]) -> str:
    head, den = match["sym"], match["den"]
    if f"{head}/{den}" in _UNITS:
        return match.group(0)
    if den in ("USD", "EUR", "$", "€"):  # a rate: "17,85 ZAR/USD" -> "… rands pour un dollar"
        rated = re.search(r"\d ?$", match.string[: match.start()])
        if rated and head in ("EUR", "€") and den not in ("EUR", "€"):  # "1,17 EUR/USD": dollars for one euro
            return f"{den} pour un euro"  # (was "un euro dix-sept-dollar")
        return f"{head} pour un {_CURRENCIES[den][0]}" if rated else match.group(0)  # (not "la parité €/$")
    said = f"{head} par {_PER_WORDS.get(den) or _PER_UNITS[den]}"
    if match["den2"]:  # "300 €/m²/an": per square metre and per year
        said += f" et par {_PER_WORDS.get(match['den2']) or _PER_UNITS[match['den2']]}"
    return said


# a compound unit named without a number, after "en": "la vitesse en km/h", "la puissance en W/kg" -> "en kilomètres
# par heure", "en watts par kilo" (it was "km, h", and "W" said as a letter)
_BARE_PER = re.compile(rf"(?<=\ben )(?P<a>{_UNIT})/(?P<b>{_DEN})(?![\w/²³])")


def _bare_per(match: re.Match[str]) -> str:
    if f"{match['a']}/{match['b']}" == "j/h":
        return "jours-hommes"  # "chiffré en j/h"
    if (compound := f"{match['a']}/{match['b']}") in _UNITS:
        return _UNITS[compound][1]  # "en km/h"
    if match["a"] not in _UNITS:
        return match.group(0)
    return f"{_UNITS[match['a']][1]} par {_PER_WORDS.get(match['b']) or _PER_UNITS[match['b']]}"


# An English decimal point before a magnitude, a currency, a percentage or a unit, or after
# a currency symbol: "$3.5B", "4.5 M€", "2.5%", "3.5 GW", "$1.99" -> a decimal comma. A
# version elsewhere keeps its point ("GPT-4.5", "Python 3.11").
_DECIMAL_POINT = re.compile(
    r"(?<=[$€£¥])(?P<i>\d+)\.(?P<f>\d+)(?![.\d])"
    r"|(?:(?<=[\s(][+±])|(?<=^[+±]))(?P<k>0)\.(?P<h>\d+)(?!\w|\.\d)"  # a gap: "(+0.127)" (a leading zero: no version)
    rf"|(?<![\w.,])(?!802\.)(?P<j>\d+)\.(?P<g>\d+)(?= ?(?:{_MAG}|{_CUR}|%|{_UNIT})(?![\w.'’]))"
)  # (an IEEE 802 standard is no decimal: "802.11bn" was "… virgule onze", its "bn" a billion)


# A model's size and training data: "7B paramètres", "2 B de paramètres", "15T tokens"
_COUNTED = re.compile(
    rf"{_START}{NUMBER} ?(?P<mag>k|K|M|Md|Mds|B|Bn|T|Tn) (?:de |d['’])?(?=(?:paramètres|tokens|jetons)\b)"
)

# and a size alone where a model is spoken of: "400B au total, dont 32B actifs", "un modèle de 1,3B" -> "milliards"
# as "7B paramètres" is (was "quatre cents B"); not inside a name ("Qwen3-235B-A22B": letters of the name)
_MODEL_SIZE = re.compile(rf"(?<![\w.,$€£-]){NUMBER} ?(?P<mag>B)(?![\w'’$€£-]| ?(?:USD|EUR|de dollars|d['’]euros)\b| (?:de |d['’])?(?:paramètres|tokens|jetons)\b)")
# (a model's talk: its parameters, a language model, its experts; not "actifs" nor "poids" alone, nor any "modèle":
# "la 3B", "le crayon 2B", "le SUV 4B, nouveau modèle")
_MODEL_TALK = re.compile(r"\bparamètres\b|\bmodèles? (?:de langage|d['’]IA|open|ouverts?|de \d)|\bLLM|\bMoE\b|\bexperts\b|B actifs\b|\btokens?\b|\bopen weights\b")


_SENTENCE_BREAK = re.compile(r"[.!?;\n](?!\d)")  # (a version's point is none: "Llama 3.3 70B")


def sentence_around(match: re.Match[str]) -> str:
    """The sentence (or clause after a semicolon) that holds ``match``: what a rule asks of its context ("is
    this sentence about accounts, housing, a model's parameters, a password?")."""
    start, end = _sentence_span(match)
    return match.string[start:end]


def _sentence_span(match: re.Match[str]) -> tuple[int, int]:
    text = match.string
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, match.start())), default=0)
    return start, next((m.start() for m in _SENTENCE_BREAK.finditer(text, match.end())), len(text))


# and an English billion right after a valuation or a round of funding: "valorisée 3B", "une levée de 1,5B" ->
# "trois milliards" (was "trois B"; not "la 3B", "le crayon 2B")
_MONEY_TALK_BEFORE = re.compile(
    r"\b(?:valoris(?:ée?s?|ation)|capitalisation|lev(?:ée?s?|ant)|lèvent|lève)(?: (?:de|à|d['’]environ|de plus de|près de))? \Z"
)


def _model_size(match: re.Match[str]) -> str:
    start, end = _sentence_span(match)
    named = re.search(r"\bmodèles?\b", match.string[start : match.start()])  # "Le modèle Gemma 3.1 27B" (named before its size)
    valued = _MONEY_TALK_BEFORE.search(match.string, start, match.start())
    return _magnitude_words(match) if named or valued or _MODEL_TALK.search(match.string, start, end) else match.group(0)

# the first of a range of them: "de 8B à 70B paramètres" -> "huit milliards à soixante-dix milliards de paramètres"
_COUNTED_FROM = re.compile(
    rf"{_START}{NUMBER} ?(?P<mag>M|Md|B|Bn|T)(?= à \d+(?:[,.]\d+)? ?(?P=mag) (?:de |d['’])?(?:paramètres|tokens|jetons)\b)"
)


def _counted(match: re.Match[str]) -> str:
    return f"{_magnitude_words(match)} {'' if _MAGNITUDES[match['mag']] is _MILLE else 'de '}"


# Quarters and half-years of accounts: "T3 2025", "au Q2", "S1 2026", "H2 2025"
_PERIOD = re.compile(
    r"(?<![\w-])(?:(?P<a>[TQ](?=[1-4])|[SH](?=[12]))(?P<an>\d)(?= \d{4}\b| FY ?\d)"  # "T3 2025", "S1 2026", "H1 FY26"
    r"|(?:(?<=\b[Aa]u )|(?<=\b[Dd]u )|(?<=\b[Cc]e )|(?<=\b[Ll]e ))(?P<b>[TQ])(?P<bn>[1-4])"  # "au T3,", "« au T2 »"
    r"(?=\s*[,.;:!?)|]|(?<=[Aa]u T\d)\s*[»”]|\s*$| et (?:[^.;]{0,20}? )?au [TQ][1-4](?=\s*[,.;:!?)]|\s*$)| de l['’]année| de (?:l['’]|son |leur )exercice|"  # "au T3 de l'exercice", "de son exercice"
    r" \((?:versus|contre|[+\-−]|janv|févr|mars|avril|mai|juin|juil|août|sept|oct|nov|déc))"  # "au T2 (avril-juin)", "(vs …)"
    r"|(?:(?<=\b[Aa]u )|(?<=\b[Dd]u )|(?<=\b[Ll]e )|(?<=\b[Cc]e ))(?P<c>S)(?P<cn>[12])"  # "au S1.", "le S1 de l'exercice"
    r"(?=\s*[,.;:!?)|]|\s*$| de (?:l['’]|son |leur )exercice)"
    # the English letters after "fin", "au", "du": "d'ici fin Q2", "au Q3" (not "en Q4", a quantisation, "le Q4
    # e-tron", "un H1", a page's title, "éliminé en Q2")
    r"|(?:(?<=\b[Ff]in )|(?<=\b[Aa]u )|(?<=\b[Dd]u ))"
    r"(?:(?P<d>Q)(?P<dn>[1-4])|(?P<e>H)(?P<en>1|(?<=fin )2))(?= [a-zà-ÿ]|\s*[,.;:!?)»]|\s*$)"  # ("du H2 vert": hydrogen)
    # after the accounts' words: "les résultats du T1 de Renault", "les ventes du Q3"
    r"|(?:(?<=\brésultats du )|(?<=\bventes du )|(?<=\bchiffre d'affaires du )|(?<=\bcroissance du )|(?<=\bbénéfice du )"
    r"|(?<=\bmarge du ))(?P<f>[TQ])(?P<fn>[1-4])"
    # after an amount: "1,87 Md$ au T3 et un bénéfice…", "+12 % au Q2 sur un an" (not "30 € au T2 de Roissy", a terminal)
    r"|(?:(?<=[$€£%] au )|(?<=[$€£%] du ))(?P<g>[TQ])(?P<gn>[1-4])"
    r"(?=\s*[,.;:!?)]|\s*$| et\b| sur un an\b| (?:contre|versus|vs|selon|grâce|porté|portée|portés|après|malgré|par rapport|tandis|alors|soit|à|en|pour|avant|sur)\b| de l['’](?:année|exercice)\b| (?:19|20)\d\d\b)"  # (not "650 € au T1 dans le centre", "au T2 d'Orly")
    # before any word, where the sentence counts what was made or earned (see _period): "produit 1 000 robots au T1 à
    # Fremont"
    r"|(?:(?<=\b[Aa]u )|(?<=\b[Dd]u ))(?P<h>[TQ])(?P<hn>[1-4])(?= [a-zà-ÿ])"
    r")"  # ("le T2 de Roissy": a terminal; "Q1 : Pourquoi ?" a question; "T2 : 45 m²" a flat)
    r"(?![\w-])"
)


_HOUSING = re.compile(
    r"\b(?:loyers?|logements?|appartements?|studios?|pièces|résidences?|immobili\w+|m²|locataires?|tram\w*"
    r"|bailleurs?|HLM|immeubles?|colocations?|copropriétés?)\b",
    re.IGNORECASE,
)


# what was made, delivered or sold, in the verb's and the noun's own forms (not "vendredi", "vendeur", "livre",
# "livreurs": a stem would take them)
_OUTPUT = re.compile(
    r"\b(?:produit|produits|produites?|production|livr(?:é|ée|és|ées|ent|era|eront|ait|aient|aison|aisons)"
    r"|vend(?:u|ue|us|ues|ent|ait|aient|ra|ront|re)?|ventes?|chiffre d'affaires|résultats?|bénéfices?|pertes?"
    r"|croissance|marges?|commandes|immatriculations|expédi\w+)\b"
)
# the figures of a market, housing's included, moving over a period: "les mises en chantier ont rebondi au T1",
# "les transactions … ont reculé au T2" (quarters, though housing is spoken of)
_MARKET_MOVES = re.compile(
    r"\b(?:mises? en chantier|mis en chantier|permis de construire|transactions|investissements|taux|impayés|enregistr\w+"
    r"|rebond\w*|recul\w*|progress\w*|baiss\w*|hausses?|chut\w*|augment\w*|croîtr\w*|cr[uû]e?s?|grimp\w*|bondi|diminu\w*"
    r"|record)\b"
)
_TERMINAL = re.compile(r"\b(?:terminal|terminaux|aéroports?|aérogares?|Roissy|Orly|CDG|vols?|passagers|navettes?|métro|RER|tram\w*)\b")
# a track's turn, a scan's sequence, a school's building: "le mur au T1" (a turn), "une image au T1 en coupe axiale"
_T_ELSEWHERE = re.compile(
    r"\b(?:pilotes?|Grand Prix|GP|F1|Formule 1|circuits?|virages?|chicanes?|tour de chauffe|qualifs?|qualifications|écuries?"
    r"|MotoGP|paddock|IRM|pondér\w+|coupes? axiales?|lycée|collège)\b"
)


def _period(match: re.Match[str]) -> str:
    if match["g"] and not match.string.endswith("% au ", 0, match.start()) and _HOUSING.search(match.string):
        return match.group(0)  # "un loyer de 900 € au T2": a flat (not "ont chuté de 30 % au T1 selon…": no flat
        # costs a percentage)
    if match["b"] == "T" or match["h"]:
        around = sentence_around(match)
        if _HOUSING.search(around) and not _ACCOUNT_WORDS.search(around) and not (
            _MARKET_MOVES.search(around) and not re.search(r"(?:[€$£]|euros?|dollars?) \w+ \Z", match.string[: match.start()])
        ):
            return match.group(0)  # "le loyer est de 700 € au T2.", "vendu 250 000 € le T3.", "vendu son appartement
            # pour emménager au T2" (not "les ventes de logements reculent au T2.": accounts; nor "les mises en
            # chantier de logements ont rebondi au T1": a market's figures)
    if match["h"]:
        start, end = _sentence_span(match)
        if not _OUTPUT.search(match.string, start, match.start()) or _TERMINAL.search(match.string, start, end):
            return match.group(0)  # "au T2 de Roissy", "au T1 dans le hall": a terminal
        if _T_ELSEWHERE.search(match.string, start, end):
            return match.group(0)  # "le pilote a vendu cher sa peau au T1 de Monza": a turn
    letter, n = next((match[k], match[k + "n"]) for k in "abcdefgh" if match[k])
    said = f"{ordinal(int(n))} {'trimestre' if letter in 'TQ' else 'semestre'}"
    return "du " + said if match.string.endswith(("fin ", "Fin "), 0, match.start()) else said


# a protection rating's two figures are two codes, dust then water: "IP68" -> "I-P six huit" (was "soixante-huit";
# "six-huit" linked /sizɥit/)
_IP_RATING = re.compile(r"(?<![\w-])IP(?P<a>[0-6])(?P<b>[0-9])(?P<k>K)?(?![\w-])")
# the 64-bit x86 architecture, one name: "x86-64" -> "x quatre-vingt-six soixante-quatre" (no pause)
_X86_64 = re.compile(r"(?<![\w-])([xX])86[-_]64(?![\w-])")
# where a password is spoken of, a word glued to its digits says them one by one: "« admin123 »" -> "admin un deux
# trois" (was "cent vingt-trois"); a local server's port too: "localhost:12434" -> "localhost, port un deux quatre…"
_PASSWORD = re.compile(r"(?<![\w.,@/-])(?P<w>[a-z]{2,})(?P<n>\d{2,8})(?![\w@/-]|[.,]\w)")
_PASSWORD_TALK = re.compile(r"(?i)\bmots? de passe\b|\bpasswords?\b|\bidentifiants?\b")
_LOCAL_PORT = re.compile(r"(?<![\w.])(?P<host>localhost|127\.0\.0\.1|0\.0\.0\.0):(?P<n>\d{2,5})(?![\w:]|\.\w)")


def _digits(digits: str) -> str:
    return " ".join(cardinal(int(c)) for c in digits)


def _password(match: re.Match[str]) -> str:
    return f"{match['w']} {_digits(match['n'])}" if _PASSWORD_TALK.search(sentence_around(match)) else match.group(0)


# a chip's tier before its generation is no duration: "Snapdragon 8s Gen 4" -> "huit S" (was "huit secondes")
_CHIP_TIER = re.compile(r"(?<![\w.,])(?P<n>\d{1,2})s(?= Gen ?\d)")
# A memory chip's density in bits where memory is spoken of: "la DDR5 16Gb", "une puce NAND de 1 Tb" ->
# "seize gigabits"; a genome's length in bases where DNA is spoken of, first, as "mémoire" may be there too ("un
# génome de 3,1 Gb, trop lourd pour la mémoire d'un portable" -> "gigabases", "un plasmide de 50 kb" -> "kilobases");
# else left as written
_CHIP_BITS = re.compile(rf"{_START}{NUMBER} ?(?P<mag>kb|Mb|Gb|Tb)(?![\w/'’])")
_MEMORY = re.compile(r"\b(?:LP|G)?DDR ?\d|\bHBM|\b(?:DRAM|NAND|SRAM)\b|\bmémoires?\b|\bpuces? mémoire")
_DNA = re.compile(
    r"(?i)\bgénom\w*|\b(?:ADN|ARN|DNA)\b|\bséquen[cç](?:age|eurs?|ée?s?)\b|\bchromosom\w*|\bplasmides?\b|\bpaires de bases\b"
    r"|\bgènes?\b"
)
# a company's "ADN" is its character, no molecule: "l'ADN de Free", "son ADN de challenger", "l'ADN de la marque"
_FIGURATIVE_DNA_BEFORE = re.compile(r"(?i)\b(?:son|sa|notre|leur|votre|mon|ton) \Z")
_FIGURATIVE_DNA_AFTER = re.compile(
    r" (?:de |d['’])(?:[A-Z]|(?:la |l['’])(?:marque|entreprise|maison|société|opérateur|enseigne|start-up|groupe|série)\b)"
)
# where files, disks or a network are spoken of, "Gb" is data, not bases: "des disques de 20 Tb", "y a encodé 1 Gb
# de vidéos", "une box fibre 10 Gb"
_DATA_TALK = re.compile(
    r"(?i)\b(?:disques?|stock\w*|encod\w*|vidéos?|fichiers?|serveurs?|octets?|SSD|cloud|fibre|débits?|box|Freebox"
    r"|Livebox|symétrique|[45]G|wi-?fi|ethernet|bande passante)\b"
)


def _chip_bits(match: re.Match[str]) -> str:
    sentence = sentence_around(match)
    dna = any(
        m.group(0).upper() != "ADN"
        or not (_FIGURATIVE_DNA_BEFORE.search(sentence, 0, m.start()) or _FIGURATIVE_DNA_AFTER.match(sentence, m.end()))
        for m in _DNA.finditer(sentence)
    )
    if dna and not _DATA_TALK.search(sentence):
        said = {"kb": "kilobase", "Mb": "mégabase", "Gb": "gigabase", "Tb": "térabase"}[match["mag"]]
        return f"{_number(match, feminine=True)} {said}{'s' if _plural(match) else ''}"  # "une kilobase"
    if match["mag"] in ("Gb", "Tb") and _MEMORY.search(sentence):
        said = {"Gb": "gigabit", "Tb": "térabit"}[match["mag"]]
        return f"{_number(match)} {said}{'s' if _plural(match) else ''}"
    return match.group(0)


# A supercomputer's power in the TOP500's shorthand, where computing is spoken of: "15 EF en FP8" -> "quinze
# exaflops" (was "E-F"), "500 PF" -> "pétaflops" (not "15 EF" elsewhere: letters left to the rules)
_SHORT_FLOPS = re.compile(rf"{_START}{NUMBER} ?(?P<mag>EF|PF)(?![\w/'’-])")
_COMPUTING = re.compile(r"\b(?:super-?calcul\w*|calcul|exascale|exaflops?|pétaflops?|FLOPS?|FP ?\d+|GPU|TOP500|ordinateurs?)\b", re.IGNORECASE)


def _short_flops(match: re.Match[str]) -> str:
    if not _COMPUTING.search(sentence_around(match)):
        return match.group(0)
    return f"{_number(match)} {'exaflop' if match['mag'] == 'EF' else 'pétaflop'}{'s' if _plural(match) else ''}"


# A range of quarters, "du T1 au T4" -> "du premier au quatrième trimestre"; of flats where housing is
# spoken of ("12 logements du T1 au T4": T un au T quatre, left to the letters)
_QUARTER_RANGE = re.compile(r"(?<=\b[Dd]u )(?P<l>[TQ])(?P<a>[1-4]) au (?P=l)(?P<b>[1-4])(?![\w-])")


def _quarter_range(match: re.Match[str]) -> str:
    around = sentence_around(match)
    if match["l"] == "T" and (_HOUSING.search(around) or not _ACCOUNTS.search(around)):
        return f"T {match['a']} au T {match['b']}"  # flats, terminals, stages, sizes (apart, no quarter rule takes them)
    return f"{ordinal(int(match['a']))} au {ordinal(int(match['b']))} trimestre"


# A half-year judged, where results are spoken of: "après un S1 décevant, l'objectif de croissance…"
# (not "un H1 consacré aux tests", "un S2 reconditionné", a phone)
_HALF_JUDGED = re.compile(
    r"(?:(?<=\bun )(?P<l>[SH])|(?:(?<=\bUn )|(?<=\b[Cc]e ))(?P<l2>S))(?P<n>[12])(?= (?:(?:très|plutôt|assez|particulièrement|franchement) )?(?:décevant|solide|record|difficile|mitigé|contrasté|morose|historique|"
    r"exceptionnel|dynamique|encourageant|compliqué|meilleur|moins bon|en (?:demi-teinte|recul|baisse|hausse|repli))\b)"
)
_ACCOUNT_WORDS = re.compile(
    r"\b(?:croissance|chiffre d'affaires|résultats? (?:financiers|semestriels|annuels|nets?|trimestriels)|titre (?:a )?(?:remont|recul|bond|chut|progress|gagn|perd|cèd|s'envol|plong)\w*|ventes|bénéfices?|marges?|exercice|semestre|"
    r"Bourse|actionnaires|revenus|recettes|pertes?)\b"
)
_ACCOUNTS = re.compile(rf"{_ACCOUNT_WORDS.pattern}|[%€$£]")


def _half_judged(match: re.Match[str]) -> str:
    if not _ACCOUNTS.search(sentence_around(match)):
        return match.group(0)
    return f"{ordinal(int(match['n']))} semestre"


# A fiscal year: "FY26", "FY 2026" -> "exercice fiscal deux mille vingt-six" ("de l'…" after a quarter)
_FISCAL_YEAR = re.compile(r"(?:\b(?P<art>[Dd]u|[Ll]e|[Aa]u|[Ee]n) )?(?<![\w-])FY ?(?P<y>[1-4]\d|20\d\d)(?![\w-])")


def _fiscal_year(match: re.Match[str]) -> str:
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    if match["art"]:
        article = {"du": "de l'", "le": "l'", "au": "à l'", "en": "sur l'"}[match["art"].lower()]
        article = article.capitalize() if match["art"][0].isupper() else article
    else:
        article = "de l'" if match.string.endswith(("trimestre ", "semestre "), 0, match.start()) else ""
    if match.string.endswith(("exercice ", "Exercice "), 0, match.start()):
        return f"fiscal {cardinal(year)}"  # "l'exercice FY27": the word is said once
    return f"{article}exercice fiscal {cardinal(year)}"


# Blood pressure: "120/80 mmHg" -> "cent vingt sur quatre-vingts" (before the unit is said)
_PRESSURE = re.compile(r"(?<![\w.,/])(?P<a>\d{2,3}) ?/ ?(?=\d{2,3} ?mmHg\b)")
# Fractions and ratios: 1/3, 3/4, 24/7
_FRACTIONS = {(1, 2): "un demi", (1, 3): "un tiers", (2, 3): "deux tiers", (1, 4): "un quart", (3, 4): "trois quarts"}
_ROUNDS = {2: "demi", 4: "quart", 8: "huitième", 16: "seizième", 32: "trente-deuxième"}  # of a cup
_FINAL = re.compile(r"s? (?:de )?finales?\b")
_FRACTION = re.compile(r"(?<![\w/.,])(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\w/])")


def _fraction(match: re.Match[str]) -> str:
    a, b = int(match["a"]), int(match["b"])
    part = re.match(r"\)\s*(?:[:.,;!?—–-]|$)", match.string[match.end() :])  # "Édito (1/2) :" (not "cuillère (1/2) de sucre")
    if match.string[match.start() - 1 : match.start()] == "(" and part and a <= b <= 9:
        return f"{cardinal(a)} sur {cardinal(b)}"  # a part of a series: "Édito (1/2)" (not "un demi")
    if a == 1 and b in _ROUNDS and _FINAL.match(match.string, match.end()):
        return _ROUNDS[b]  # "en 1/8 de finale", "la 1/2 finale"
    if (a, b) in _FRACTIONS:
        return _FRACTIONS[(a, b)]
    # a share of a whole, "1/5 des élèves" (not "7/10 de moyenne", "4/5 d'après", "jour 2/5 du défi")
    if 5 <= b <= 10 and a < b and match.string.startswith(" des ", match.end()):
        nth = {5: "cinquième", 6: "sixième", 7: "septième", 8: "huitième", 9: "neuvième", 10: "dixième"}[b]
        return f"{cardinal(a)} {nth}{'s' if a > 1 else ''}"
    return f"{cardinal(a)} sur {cardinal(b)}"  # a score: "4/5", "8/10"


# Signs before a bare number: "+3", "−2,5", " -4"
# "50 m2", "3 m3": m² and m³ typed without the key; as the denominator of a unit after a number too,
# "1 600 cd/m2", "45 W/m2" (was "cd, m deux")
_TYPED_POWER = re.compile(r"(?<=\d) ?(?P<unit>k?m)(?P<p>[23])(?![\w²³])")
_TYPED_POWER_PER = re.compile(r"(?<=\d) ?(?P<num>cd|[kMG]?W|kg|g|€|\$)/(?P<unit>k?m)(?P<p>[23])(?![\w²³/])")
# a "k" between digits is a code's letter, not thousands: "secp256k1" -> "… deux cent cinquante-six K un"
_K_BETWEEN_DIGITS = re.compile(r"(?<=[a-z]\d\d\d)k(?=\d)|(?<=[a-z]\d\d)k(?=\d)|(?<=[a-z]\d)k(?=\d)")
# A magnetic field in teslas, after what makes one: "un IRM de 7 T" (elsewhere "3,5 T" is tonnes)
_TESLA = re.compile(
    r"(?P<ctx>\b(?:IRM|aimants?|[ée]lectro-?aimants?|champs? magn[ée]tiques?|tokamaks?)\b[^.;:!?]{0,30}?)"
    r"(?<![\w.,])(?P<n>\d{1,2}(?:,\d+)?) ?T(?![\w'’-])(?! ?(?:[$€£]|de\b|d['’]))"  # (not "1,5 T$", "40 T de métal", "1 200 T")
)
# Tonnes in a capital "T" after a number, where a load is spoken of: "un camion de 19 T", "3,5 T de charge",
# "le permis 3,5 T" (not "1T$", "15T tokens", a two-stroke "moteur 2T", a T-shirt's size, a flat's "T3")
_TONNES_T = re.compile(
    r"(?P<ctx>\b(?:camions?|poids[ -]lourds?|véhicules?|utilitaires?|charges?|remorques?|grues?|PTAC|PTRA|permis|porteurs?|"
    r"tracteurs?|engins?|bennes?|tonnages?|levage|pèse|pesant|pesait|porte|soulève|transporte)\b[^.;:!?]{0,25}?)"  # (not a disk's "capacité de 2 T")
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d+)?) ?T(?![\w'’-])(?! ?(?:[$€£]|de (?:dollars|euros|tokens|paramètres)\b| [A-Z]| en [Bb]ourse\b| de capitalisation\b))"  # (not "un 2 T Yamaha", "pèse 5 T en Bourse")
    r"|(?<![\w.,])(?P<n2>\d{1,3}(?:,\d+)?) T(?= de (?:charge|ciment|béton|sable|gravats|granulats|marchandises|matériel|matériaux|déchets|acier|"
    r"ferraille|fret|bois|cuivre|minerai|charbon|terre|blé|céréales|maïs|engrais|sel|glace|neige|fumier|bagages|munitions|verre|plastique|"
    r"métal|métaux|lingots|aluminium|nickel|lithium|cobalt|uranium|déblais|pierre|roche|riz|sucre|café|cacao|poisson|viande)\b)"  # "3,5 T de charge" (not "1 T de yuans", "3 T de croissance")
)


def _tonnes_t(match: re.Match[str]) -> str:
    n = match["n"] or match["n2"]
    return f"{match['ctx'] or ''}{n} tonne{'s' if float(n.replace(',', '.')) >= 2 else ''}"


# A screen's size in inches: 'un écran de 6,3"', 'le MacBook Pro 16"' (outside a quotation in straight quotes)
# (the double prime too: "Écran 6,7″", "un 15″" were silent)
_INCHES = re.compile(r"(?<![\w.,'’′°])(?<![°'’′] )(?P<n>\d{1,3}(?:[,.]\d)?) ?(?P<mark>[\"″])(?![\w\d\"″])")  # (not "43° 36' 16"", "1' 30"")


_QUOTE_MARK = re.compile(r'["“”]')


def _in_quotation(text: str, at: int) -> bool:
    """Whether a quotation opened before ``at`` is still open: read from the start, a mark after a
    space, "(" or ":" (or "“") opens one, any other closes it; a mark after a digit outside one is
    an inch's ('6,3"') and leaves it as it was."""
    open_ = False
    for mark in _QUOTE_MARK.finditer(text, 0, at):
        before = text[mark.start() - 1 : mark.start()]
        if mark.group(0) == "“" or (mark.group(0) == '"' and (not before or before in " \t\n(:")):
            open_ = True
        elif mark.group(0) == "”" or open_ or not before.isdigit():
            open_ = False
    return open_


# The double prime is inches beside a screen or a size ("un écran de 6,5″", "le MacBook Pro 16″",
# "des roues de 29″", "65″ de diagonale"); in a race it is seconds: "Pogačar devance Vingegaard de
# 8″", "à 12″ du vainqueur", "3″ d'avance" (were "huit pouces"). Elsewhere inches still: a device's
# name may be a lexicon entry this rule does not see ("le Surface Laptop 8 de 15″"). The straight
# quote keeps its inches.
_SIZED = re.compile(
    r"(?i:écrans?|dalles?|diagonale|TV|télé|téléviseurs?|moniteurs?|tablettes?|smartphones?|téléphones?|"
    r"ordinateurs?|portables?|laptops?|MacBook|iMac|iPad|iPhone|Galaxy|Pixel|Surface|OLED|LCD|QLED|projecteur|"
    r"roues?|jantes?|pneus?|VTT|disques?|vinyles?|capteurs?|format|taille|modèles?)\b"
)
_SIZED_AFTER = re.compile(r"\s*(?:de diagonale|d['’]écran|d['’]affichage)\b")
_RACE = re.compile(
    r"(?i:devancée?s?|devance|vainqueurs?|vainqueuse|étapes?|courses?|sprint|chrono\w*|temps|passage|avance|retard|"
    r"écarts?|arrivée|tours?|maillot|peloton|échappée|leader|record|finale|podium|termine|gagne|remporte|lâche|"
    r"secondes?|minutes?)\b"
)
_SENTENCE_START = re.compile(r"[.!?;]\s")


def _inches(match: re.Match[str]) -> str:
    if match["mark"] == '"' and _in_quotation(match.string, match.start()):
        return match.group(0)  # 'il a dit "deux fois 3"', '“Nous visons 100"': the quotation's end
    n = match["n"].replace(".", ",")
    plural = "s" if float(n.replace(",", ".")) >= 2 else ""
    if match["mark"] == "″":
        text = match.string
        start = max([match.start() - 60, *(m.end() for m in _SENTENCE_START.finditer(text, 0, match.start()))])
        end = next((m.start() for m in _SENTENCE_START.finditer(text, match.end())), len(text))
        sized = _SIZED.search(text, start, match.start()) or _SIZED_AFTER.match(text, match.end())
        if not sized and (_RACE.search(text, start, match.start()) or _RACE.search(text, match.end(), end)):
            return f"{n} seconde{plural}"  # "devance de 8″": a gap in a race
    return f"{n} pouce{plural}"


# per a count of a unit or of people, after a unit, money or a word: "60 mL/min/1,73 m²", "12 cas/100 000 habitants",
# "452 €/1 000 L" -> "… par minute pour un virgule soixante-treize mètre carré", "… cas pour cent mille habitants" (a
# slash before a bare number stays a fraction or a version: "3/4", "HTTP/3"; between times, a range: "14h/15h")
_PER_COUNT = re.compile(
    rf"(?<=[A-Za-zµ²³€$£])(?<!\d[hH])(?<!\d [hH])/(?=(?:{_INT})(?:,\d+)? ?(?:{_UNIT}|hab\b|habitants|naissances|personnes|patients|adultes|enfants|salariés)"
    r"(?![\w/]))"
)
# a depth in bits, English-style ("24-bit") or before a sampling rate ("24 bits/96 kHz"): two figures of a
# format, not a quantity per another ("24-bit/44,1 kHz" was "vingt-quatre-bit pour quarante-quatre…")
_BITS = re.compile(r"(?<![\w.,-])(?P<n>\d{1,3})(?:-| (?=bits?/\d))bits?(?:(?P<per> ?/ ?)(?=\d)|(?![\w/'’-]))")


def _bits(match: re.Match[str]) -> str:
    return f"{match['n']} bit{'' if match['n'] == '1' else 's'}{', ' if match['per'] else ''}"


# "ct" after a number: carats near gold or a stone ("une bague en or 18 ct", "un diamant de 2 ct"), centimes
# in a price per a unit ("2 ct/L", "1,5 ct par kWh", "3 ct le litre"); elsewhere left as written
_CT = re.compile(rf"{_START}(?P<sign>[+\-−–](?=\d))?{NUMBER} ?ct(?![\w'’-])(?P<per> ?/ ?(?P<den>{_DEN})(?![\w/²³])| (?=par |le |la |l['’]|du |de plus\b|de moins\b))?")
_GEMS = re.compile(r"(?:(?:\ben|\bd['’]|\bl['’]) ?or\b|\bor (?:jaune|blanc|rose|gris|massif)\b|\b(?:diamants?|bagues?|rubis|saphirs?|émeraudes?|pierres?|bijoux?|joaill\w+|platine|solitaire)\b)[^.;:!?]{0,30}\Z", re.IGNORECASE)  # (not "Or, la taxe…")


def _cents_or_carats(match: re.Match[str]) -> str:
    if _GEMS.search(match.string, max(0, match.start() - 40), match.start()):
        return f"{_number(match)} carat{'s' if _plural(match) else ''}" + (match["per"] or "")
    if match["per"] is None:
        return match.group(0)
    said = f"{_SIGN_WORDS[match['sign'] or '']}{_number(match)} centime{'s' if _plural(match) else ''}"  # "–3 ct le litre": moins
    return f"{said} par {_PER_WORDS.get(match['den']) or _PER_UNITS[match['den']]}" if match["den"] else f"{said} "


# Emissions: "8 930 tCO2eq", "2 MtCO2e", "32 gCO2/kWh" -> "… tonnes équivalent CO2" (then said by the unit rule)
# kilotonnes of a production ("40 kt/an", "120 kt de CO2"; a speed's "25 kt" is knots, left alone)
_KILOTONNES = re.compile(r"(?<=\d) ?kt(?= ?/ ?an\b| d[e'’]| par an\b)")
# nitrogen spread on a field: "180 kg N/ha" -> "… kilos d'azote par hectare"
_NITROGEN = re.compile(r"(?<=\d) ?kg ?N ?/ ?ha\b")
# an emission's equivalent written alone: "1,2 t de CO2eq" (glued to its mass, "tCO2eq", it is said with it)
_CO2_EQUIVALENT = re.compile(r"(?<![\w-])(?<!\d g )(?<!kg )(?<!\d t )(?<!Mt )(?<!Gt )CO2(?:eq|e)(?![\w-])")  # ("3 Mt CO2e": see _EMISSIONS)
# per a tonne of CO2, after money or a unit: "92 €/tCO2" (before its letters and digits are parted)
# per a unit after CO2: "4 kg éq. CO2/m²/an" -> "… C-O deux par mètre carré et par an" (the chain was pauses)
_CO2_PER = re.compile(rf"(?:(?<=\bCO2)|(?<=\bCO2 équivalent))/(?P<den>{_DEN})(?:/(?P<den2>{_DEN}))?(?![\w/²³])")


def _co2_per(match: re.Match[str]) -> str:
    said = [_PER_WORDS.get(den) or _PER_UNITS[den] for den in (match["den"], match["den2"]) if den]
    return " par " + " et par ".join(said)


_PER_EMISSION = re.compile(r"(?<=[\w€$£¥%]) ?/ ?(?P<den>tCO2(?:eq|e)?)(?![\w-])")
_EMISSIONS = re.compile(  # (spaced too, "373 Mt CO2e", said as "MtCO2e" is; two per: "tCO2/ha/an" -> "par hectare et par an")
    r"(?<=\d) ?(?P<mass>g|kg|t|Mt|Gt) ?CO2(?P<eq>eq|e)?(?P<per>/[\w²]+)?(?P<per2>/[\w²]+)?(?![\w-])"
)
# A screen's format: "16:9", "4:3"
_ASPECTS = {"16:9": "seize neuvièmes", "4:3": "quatre tiers", "21:9": "vingt et un neuvièmes", "9:16": "neuf seizièmes"}
_ASPECT = re.compile(r"(?<![\w:])(?:16:9|21:9|9:16|(?<=format )4:3|(?<=en )4:3|(?<=écran )4:3)(?![\w:])")  # "4:3": a score too
# A level after a word: "bac+3", "R+15" -> "bac plus trois"; a version after "C++": "C++20"
_LEVEL = re.compile(r"(?<=[A-Za-z])\+(?=\d)|(?<=[A-Za-z]\+\+)(?=\d)")
# A time zone's offset: "UTC+8", "GMT-4"
_OFFSET = re.compile(r"(?<=\b(?:UTC|GMT))(?P<sign>[+\-−–])(?=\d{1,2}\b)")
_SIGNED = re.compile(rf"(?:(?<=[\s(])|^)(?P<sign>[+\-−–±]){NUMBER}{_END}")
# Version numbers and English decimals: "4.5" -> "quatre point cinq"
_DOTTED = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?!\w)(?!\.\d)")
# Any remaining number; a leading zero is said ("007": "zéro zéro sept")
_LEADING_ZEROS = re.compile(r"(?<![\w.,])(?<!\d )(?P<zeros>0+)(?=\d)")
_PLAIN = re.compile(rf"{_START}{NUMBER}{_END}")
_ANY_DIGITS = re.compile(r"\d+")


# "21 entreprises" -> "vingt et une": the feminine of un before a feminine noun. Common nouns
# of the letter's world, and endings that are feminine in nearly every word that has them.
_FEMININE_NOUNS = frozenset(
    "entreprise personne heure minute seconde semaine année journée nuit fois start-up startup société usine "
    "licorne chance femme voix page place voiture puce étoile ville région banque marque offre plateforme vidéo "
    "image photo note langue règle loi ia question réponse étape filiale cible école classe salle ligne tonne "
    "centaine dizaine douzaine voie source piste idée série victoire carte clé machine donnée fusée batterie starteupe "
    "cellule famille mesure part action devise agence équipe chaîne boutique commune élection version "
    "levée partie semaine vague tranche nouvelle lettre édition dépense recette perte hausse baisse roupie couronne année-lumière".split()
)
_FEMININE_ENDINGS = ("tion", "sion", "ure", "ance", "ette", "euse", "trice")  # not -té, -ence: été, silence
_NEXT_WORD = re.compile(r" (?P<w>[a-zà-ÿ-]+|[A-Z]{2,4}\b)")
# acronyms of feminine nouns, invariable: "1 PME sur 4", "21 ETI" -> "une", "vingt et une" (une entreprise, une IA)
_FEMININE_ACRONYMS = frozenset("PME TPE ETI ONG IA API ESN IPO SCOP SCI SAS".split())


def _feminine_next(match: re.Match[str]) -> bool:
    """Is the word after the number a feminine noun ("21 entreprises", "1 personne sur 4")?"""
    following = _NEXT_WORD.match(match.string, match.end())
    if following is None:
        return False
    word = following["w"]
    if word.isupper():
        return word in _FEMININE_ACRONYMS and not 1900 <= _int(match) <= 2100  # (not "En 2021 PME et ETI ont souffert")
    invariable = word in ("start-up", "starteupe") and not 1900 <= _int(match) <= 2100  # "41 start-up", not "En 2021 start-up et PME"
    if _int(match) > 1 and not word.endswith(("s", "x")) and not invariable:
        return False  # "En 2001 personne ne…": a year, not a count (but "41 start-up", invariable)
    singular = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    return bool({word, singular} & _FEMININE_NOUNS) or singular.endswith(_FEMININE_ENDINGS)


def _plain(match: re.Match[str]) -> str:
    return _number(match, feminine=_feminine_next(match))


_YEAR_VERSION = re.compile(r"(?:19|20)\d\d")


def _dotted(match: re.Match[str]) -> str:
    parts = match.group(0).split(".")
    year = _YEAR_VERSION.fullmatch(parts[0])  # "IntelliJ IDEA 2024.3": a year, then its release
    return " point ".join(cardinal(int(part)) if len(part) == 1 or (i == 0 and year) else digits_after_comma(part)
                          for i, part in enumerate(parts))  # fmt: skip


# Powers and scientific notation: "10^9", "10⁻¹²", "1e-4", "1.5e12" -> "dix puissance neuf"…
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER = re.compile(
    r"(?<![\w.,])(?P<base>\d+(?:[.,]\d+)?)(?:\^\(?(?P<exp>[-−]?\d+)\)?|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{2,}|⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+"
    r"|(?<=(?<![\d.,])10)[²³⁴⁵⁶⁷⁸⁹]))(?!\w)"  # ten to one digit: "10⁹" (not a footnote's call, "en 2035¹", "top 10¹")
)
_E_NOTATION = re.compile(r"(?<![\w.,])(?P<m>\d+(?:[.,]\d+)?)[eE](?P<exp>[-−+]?\d{1,3})(?!\w)")


def _exponent(written: str) -> str:
    """'-12', '−3', '+9' -> 'moins douze', 'moins trois', 'neuf'."""
    written = written.replace("−", "-")
    return ("moins " if written.startswith("-") else "") + cardinal(int(written.lstrip("-+")))


def _power(match: re.Match[str]) -> str:
    exponent = match["exp"] if match["exp"] is not None else match["sup"].translate(SUPERSCRIPTS)
    return f"{match['base'].replace('.', ',')} puissance {_exponent(exponent)}"


def _e_notation(match: re.Match[str]) -> str:
    words = _exponent(match["exp"])
    mantissa = match["m"].replace(".", ",")
    return f"{mantissa} fois dix puissance {words}" if mantissa != "1" else f"dix puissance {words}"


# French phone numbers, read in pairs: "06 12 34 56 78", "06.12.34.56.78", "0612345678";
# "0 800 123 456" in its own groups
_PHONE = re.compile(r"(?<![\w+.,])0(?P<d>[1-9])(?P<rest>(?:[ .-]?\d\d){4})(?![\d\w])")
_PHONE_FR = re.compile(r"(?<![\w.,])\+ ?33 ?(?:\(0\) ?)?(?P<d>[1-9])(?P<rest>(?:[ .-]?\d\d){4})(?![\d\w])")  # "+33 1 23 45 67 89"
_FREEPHONE = re.compile(r"(?<![\w+.,])0 (?P<a>[89]\d\d) (?P<b>\d{3}) (?P<c>\d{3})(?![\d\w])")


def _phone(match: re.Match[str]) -> str:
    pairs = re.findall(r"\d\d", match["rest"])
    first = cardinal(int(match["d"]))
    return ", ".join([f"plus trente-trois, {first}" if match.group(0).startswith("+") else f"zéro {first}",
                      *(digits_after_comma(p) for p in pairs)])  # fmt: skip


# "$1,000", "$10,000": an English thousands comma after the dollar sign
# Thousands with commas, the English way: after a currency ("$1,000") or in round thousands
# ("10,000 GPUs", "1,000,000": not "1,000", a score, nor "2,000 %", a rate)
# the decimals of a small number grouped by three, as science prints them: "0,000 2 %" -> "0,0002"
_DECIMAL_GROUPS = re.compile(r"(?<![\w.,])0,0\d{2}(?: \d{3})*(?: \d{1,3})(?![\d,])")  # (not "0,312 20 ans plus tard")
_ENGLISH_THOUSANDS = re.compile(
    r"(?<=[$€£])\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\w.,])(?:\d{2,3}(?:,000)+|\d(?:,000){2,})(?![\d,]| ?%|\.\d)"
    rf"|(?<![\w.,])\d,000(?= (?!(?:{_UNIT})\b)[A-Za-zà-ÿ\U000f0000])"  # "2,000 patients" (not "1,000 kg")
)
# Thousands with apostrophes, the Swiss way: "145'000 francs", "1'000'000 CHF"
_SWISS_THOUSANDS = re.compile(r"(?<![\w.,'’])\d{1,3}(?:['’]\d{3})+(?![\d'’\"”″])")
_APOSTROPHES = re.compile(r"['’]")
# A score with a decimal: "6,4/10", "4,5/5"
# a score out of ten with an English point: "CVSS 3.1 : 8.8/10", "une note de 9.5/10" -> "huit virgule huit sur dix"
# (not a product's versions: "Windows 8.1/10")
_POINT_SCORE = re.compile(r"(?<![\w.,])(?P<a>\d)\.(?P<b>\d)(?= ?/ ?10(?![\w/]|[.,]\d))")


def _point_score(match: re.Match[str]) -> str:
    before = re.search(r"([A-Za-zÀ-ÿ]+)\W*$", match.string[: match.start()])
    if before and before[1][0].isupper() and not before[1].isupper():  # "Windows 8.1/10"; not "CVSS 9.8/10"
        return match.group(0)
    if before and re.fullmatch(r"versions?|iOS|iPadOS|macOS|watchOS", before[1]):
        return match.group(0)  # "les versions 8.1/10 de Windows", "sous iOS 9.3/10"
    return f"{match['a']},{match['b']}"


_DECIMAL_SCORE = re.compile(r"(?<![\w.,])(?P<a>\d+,\d+) ?/ ?(?P<b>\d{1,3})(?![\w/])")
# Roman numerals after a noun that numbers its parts: "phase III", "chapitre IV", "tome VI";
# a trial's phases "I/II", "phases I et II", "phase IIb" -> "phase un-deux", "phases un et deux", "phase deux b"
_ROMAN_PART = r"X{0,3}(?:IX|IV|V?I{0,3})"
_NUMBERED_PART = re.compile(
    r"(?P<noun>\b(?:[Pp]hases?|[Cc]hapitres?|[Tt]itres?|[Tt]omes?|[Pp]arties?|[Aa]ctes?|[Vv]olumes?|[Ss]aisons?|[Aa]nnexes?|"
    r"[Nn]iveaux?|[Ss]ections?|[ÉéEe]pisodes?|[Cc]lasses?|[Cc]atégories?|[Tt]ypes?|[Ss]tades?|ÉPISODE|PHASE|CHAPITRE)) "
    rf"(?P<n>{_ROMAN_PART})(?P<sub1>[abcABC])?(?:(?P<sep>/| et | ou | à )(?P<m>{_ROMAN_PART}))?(?P<sub>[abcABC](?=[\s,.;:)]|$))?(?![\w'’/-])"
)


def _numbered_part(match: re.Match[str]) -> str:
    numbers = [roman(n) for n in (match["n"], match["m"]) if n]
    if match["n"] == "I" and match["sub1"] == "B":
        return match.group(0)  # "la section IB", "les classes IB": the International Baccalaureate
    if not numbers or None in numbers or (match["sep"] and len(numbers) < 2):
        return match.group(0)
    letters = [f" {letter}" if letter else "" for letter in (match["sub1"], match["sub"])]
    if match["sub1"] and not match["sep"]:
        letters = [match["sub1"] and f" {match['sub1']}"]
    said = ("-" if match["sep"] == "/" else match["sep"] or "").join(
        cardinal(n) + letter for n, letter in zip((n for n in numbers if n), letters, strict=False))
    return f"{match['noun']} {said}"
# "5+ ans", "10 000+ clients": "plus de"
# ("la Ligue 1+ a dépassé", "le Galaxy Note 20+ reste": a name's number)
_AT_LEAST = re.compile(
    rf"(?<![\w.,])(?P<n>{_INT})\+(?= (?!(?:de|du|des|d|pour|par|en|et|ou|sur|à|au|a|est|sont|ont|va|vont)\b)[a-zà-ÿ])"
)
_NAME_BEFORE = re.compile(r"[\w\U000f0001-\U000ffffd] [A-Z][\w-]* \Z")  # a capitalised word inside a sentence: "la Ligue 1+"


def _at_least(match: re.Match[str]) -> str:
    if _NAME_BEFORE.search(match.string, 0, match.start()):
        return match.group(0)
    return f"plus de {match['n']}"
# A sign the verb already says, in any form: "en hausse de +12 %", "recule de -1,2 %", "ont
# chuté de -45 %", "bondir de +38 %" ("… de douze pour cent")
_RISE = r"(?:en hausse|hausse|progress\w*|grimp\w*|augment\w*|bond\w*|gagn\w*|s'envol\w*|envolée|cr(?:o[iî]|û)\w*)"
_FALL = r"(?:en baisse|recul\w*|chut\w*|baiss\w*|diminu\w*|plong\w*|c[èé]d\w*|perd\w*|pertes?|dégringol\w*|repli\w*)"
# not a range's start: "chute de -5 °C à -18 °C", "de +3 à 5 %", "de +3 %-+5 %" (but "de +12 % à
# 3,4 milliards" is a change, then the amount it comes to)
_FROM_TO = r"(?![\d ,]+(?:[^\d\s]+ ){0,2}à [+\-−–]\d|[\d ,]+à |[\d ,]+%?[-–][+\-−–]?\d)"
_SAID_SIGN = re.compile(
    rf"\b(?P<w>{_RISE} (?:de )?)\+{_FROM_TO}(?=\d)|\b(?P<v>{_FALL} (?:de )?)[-−–]{_FROM_TO}(?=\d)", re.IGNORECASE
)  # "gagne +3,2 %", "a perdu -12 %": the verb says it without "de" too
# A p-value: "p < 0,05" -> "p inférieur à…" (not "p moins de")
_P_VALUE = re.compile(r"\b(?P<p>p) ?(?P<op>[<≤]) ?(?=0)")
# A change over a period, after a rate: "+61 % a/a", "-3 % t/t", "+2 % YoY"
_OVER = {"a/a": "sur un an", "YoY": "sur un an", "yoy": "sur un an", "t/t": "sur un trimestre", "QoQ": "sur un trimestre",
         "MoM": "sur un mois"}  # fmt: skip ("m/m": mass over mass too)
_OVER_PERIOD = re.compile(r"(?<=%) ?(?P<p>a/a|t/t|YoY|yoy|QoQ|MoM)(?![\w/])")
# An analyst's estimate after a figure's acronym or "exercice": "l'EBITDA 2025e", "le BPA 2026e"
# (not an ordinal: "son 2000e abonné", "classée 1987e")
# an analyst's estimate for a year, after its figure: "le BPA 2027e", "ses revenus 2025e", "l'EBITDA 2026e"
_ESTIMATE = re.compile(
    r"(?:(?<=[A-Z]{2} )|(?<=ice )|(?<=revenus )|(?<=ventes )|(?<=recettes )|(?<=résultat )|(?<=résultats )|(?<=bénéfice )"
    r"|(?<=bénéfices )|(?<=marge )|(?<=dette )|(?<=croissance )|(?<=prévisions )|(?<=affaires ))(?P<y>20[2-4]\d)e(?=[\s,.;:)]|$)"
)  # (not "classée 2031e", "sa 2024e édition": ordinals)
# A ratio to one, after its noun: "un ratio de 4:1" -> "quatre pour un" (not a score, "2:1", a
# one-on-one meeting, "1:1", a verse, a time)
_TO_ONE = re.compile(r"(?P<w>\b(?:ratio|rapport|levier|proportion|compression|facteur)s?(?: [\w'’]+){0,2} )(?P<a>\d{1,3}):1(?![\d:])")
def _basis_points(match: re.Match[str]) -> str:
    n = match["n"] or match["n2"]
    return f"{match['sign'] or ''}{n} points de base" if match["sign"] or match["n2"] or int(n) <= 500 else match.group(0)


# Basis points of a rate: "+50 bp", "de 25 bp" (not base pairs: "8 192 bp")
_BASIS_POINTS = re.compile(
    r"(?<![\w.,])(?<!\d )(?P<sign>[+\-−])?(?P<n>\d{1,3}) ?bps?\b"
    r"|(?:(?<=\bde )|(?<=[+\-−])|(?<=[a-zA-Z] \+ )|(?<!\d à )(?<!jusqu'à )(?<=\bà ))(?P<n2>\d{1,3}) ?pb\b"  # French, after a rate: "de 25 pb", "à 82 pb"
    # a margin over a named rate, its sign spaced: "Euribor + 350 pb" (not "3 + 2 pb", a sum)
    # (not "2 pb à régler", nor base pairs: "de 50 à 200 pb", "jusqu'à 150 pb")
)
# An aircraft's or a helicopter's model with a letter after its number: "A400M", "H160M" (not
# "quatre cents millions"; the letter is a variant, "A350F", "777X" are said by the rules)
_MODEL_SUFFIX = re.compile(r"(?<![\w.,])(?P<pre>[A-Z]{1,2})(?P<n>\d{2,4})(?P<suf>[MkKBT])(?![\w])")  # not "USD400M"
# A processor's model after its family's number: "Core Ultra 9 285K" (not "neuf mille…"); after
# Intel's "Core" or "Core Ultra" any suffix is the model's, "7 258V", "9 388H", and so is the
# series' "Core Ultra 200V" (not "volts", not 9 388); another "Ultra" is a phone's or a charger's,
# its unit glued ("Galaxy S26 Ultra 512GB", "Prime Ultra 140W": gigaoctets, watts)
_MODEL_NUMBER = re.compile(
    r"\b(?P<name>[A-Z][\w-]*) (?P<a>\d) (?P<b>\d{3})(?P<suf>[KXF]{1,2})\b"
    r"|\b(?P<core>Core|(?<=Core )Ultra) (?:(?P<c>\d) |(?<=Core Ultra ))(?P<d>\d{3})(?P<letters>[A-Z]{1,2})\b"
)


def _model_number(match: re.Match[str]) -> str:
    tier = match["a"] or match["c"]
    tier_said = f" {cardinal(int(tier))}," if tier else ""
    return f"{match['name'] or match['core']}{tier_said} {cardinal(int(match['b'] or match['d']))} {match['suf'] or match['letters']}"


# Identifiers read digit by digit: a hexadecimal code ("0x80070643"), a code's serial number
# of five digits or more ("KB5034441"; "A320", "H100", "RTX 5090" are said as numbers)
_HEX = re.compile(r"(?<![\w.,])0x(?P<hex>[0-9A-Fa-f]{4,16})\b")
# a longer one, a wallet's address or a hash ("0x742d35Cc…f44e", 40 characters): its first and last four, as a
# reader gives it ("zéro x sept quatre deux D, F quatre quatre E"), never its digits as numbers
_LONG_HEX = re.compile(r"(?<![\w.,])0x(?P<head>[0-9A-Fa-f]{4})[0-9A-Fa-f]{9,}(?P<tail>[0-9A-Fa-f]{4})\b")


def _hex_digits(written: str) -> str:
    return " ".join(cardinal(int(c)) if c.isdigit() else c.upper() for c in written)
# A security's ISIN, its country's two letters then nine characters and a check digit ("FR0014012A77"): character
# by character ("F-R zéro zéro un quatre…"; its digits were read as "quatorze mille douze")
_ISIN = re.compile(r"\b(?P<cc>[A-Z]{2})(?P<code>(?=(?:[A-Z]*\d){6})[A-Z0-9]{9}\d)\b")
# (and a letter after, as a French text's NOR code has: "TFPF2604511D" was "… deux millions six cent… D")
_SERIAL = re.compile(rf"\b(?!(?:ISO|NF|EN|FY|{_CODES})\d)(?P<code>[A-Z]{{1,4}})(?P<n>\d{{5,}})(?P<end>[A-Z]?)\b")  # not "ISO27001", "USD50000"
# A model's release date at the end of its name, month and day or year and month ("K2-Instruct-0905",
# "R1-0528", "Thinking-2507"): its digits in pairs, without a pause ("zéro neuf zéro cinq", was "zéro neuf
# cent cinq"; "R un, zéro cinq cent vingt-huit"). After a name's letters only: not "CVE-2025-1234", "A350-1000".
_DATE_CODE = re.compile(r"(?:(?<=[A-Za-z])|(?<=[A-Za-z]\d)|(?<=[A-Za-z]\d\d))-(?P<a>\d\d)(?P<b>\d\d)(?![\w-]|[.,]\d)")


def _pair(digits: str) -> str:
    return f"zéro {cardinal(int(digits))}" if digits.startswith("0") else cardinal(int(digits))


def _date_code(match: re.Match[str]) -> str:
    a, b = int(match["a"]), int(match["b"])
    if not (1 <= a <= 12 and 1 <= b <= 31 or 23 <= a <= 29 and 1 <= b <= 12):  # "0905", "2507"; not a year, "2025"
        return match.group(0)
    if re.search(r"(?<![\w-])[A-Z]+\Z", match.string[: match.start()]):
        return match.group(0)  # an acronym's number, a group's or a flight's: "GTG-1002", "AF-1012"
    year_month = 23 <= a <= 29 and 1 <= b <= 12  # a release's year and month: "Codestral-2501"
    if not year_month and not re.search(r"(?:\d|-[A-Za-z]+|Instruct|Thinking|Preview|Chat|Coder|Base|Turbo|Reasoner|Exp|Think)\Z", match.string[: match.start()]):
        return match.group(0)  # a month and a day after a bare name is a catalogue's number: "Kepler-1229 b", "miR-1207"
    return f" {_pair(match['a'])} {_pair(match['b'])}"


# "J-7", "H-24": a countdown
_COUNTDOWN = re.compile(r"(?<![\w-])(?P<l>J)[-−](?P<n>\d{1,2})\b(?!-)")  # not "H-100", a chip
# "55 KE" in a job offer: thousands of euros, as "55 K€"
_THOUSAND_EUROS = re.compile(r"(?<=\d) ?KE\b(?= ?(?:[-–/à]|brut|net|par an|annuels?|pour (?:un|une|les?)\b|de salaire|(?:par|l['’]|d['’])an)|\s*[.,;)]|\s*$)")  # (not "2024 KE Cup")
# A race's time: "1'54"06", "2h01'09"", "46"40" -> "une minute cinquante-quatre secondes zéro six"
# (with its hundredths, or its hours: "6'11"" is a height, "24'25" a season)
_RACE_TIME = re.compile(
    r"(?<![\w.,'’])(?:(?P<h>\d{1,2}) ?h ?(?P<hm>[0-5]\d)['’′](?P<hs>[0-5]\d)[\"”″]?"
    r"|(?P<m>\d{1,2})['’′](?P<s>[0-5]\d)[\"”″](?P<c>\d{2,3})"
    r"|(?P<s2>\d{1,2})[\"”″](?P<c2>\d{2}))(?![\w'’\"”″])"
    # a lap or a mile in minutes, seconds and their decimals: "1:26.983", "4:06.42" (a clock has no decimals)
    r"|(?<![\w.,:'’])(?P<m3>\d{1,2}):(?P<s3>[0-5]\d)[.,](?P<c3>\d{1,3})(?![\w:]|[.,]\d)"
)


def _race_time(match: re.Match[str]) -> str:
    def count(n: str | None, unit: str) -> list[str]:
        value = int(n or 0)
        return [f"{cardinal(value, feminine=True)} {unit}{'s' if value > 1 else ''}"] if value else []

    said = count(match["h"], "heure") + count(match["hm"] or match["m"] or match["m3"], "minute")
    said += count(match["hs"] or match["s"] or match["s2"] or match["s3"], "seconde")
    hundredths = match["c"] or match["c2"] or match["c3"]
    if hundredths and int(hundredths) and not said:  # a gap under a second: "à 0"84" -> "à quatre-vingt-quatre centièmes"
        return f"{cardinal(int(hundredths))} {({1: 'dixième', 2: 'centième'}.get(len(hundredths), 'millième'))}s"
    if hundredths and int(hundredths):
        said.append(f"{'zéro ' if hundredths[0] == '0' else ''}{cardinal(int(hundredths))}")
    return " ".join(said)


# A height in feet and inches: "6'11"" -> "six pieds onze" (a basketball player's, as the press gives it)
_HEIGHT = re.compile(r"(?<![\w.,'’])(?P<ft>[4-7])['’′](?P<inch>\d|1[01])[\"”″](?![\w'’\"”″])")
# A season over two years: "la saison 24'25" -> "vingt-quatre vingt-cinq" (the second year follows the first)
_SEASON = re.compile(r"(?<![\w.,'’])(?P<a>\d\d)['’](?P<b>\d\d)(?![\w'’\"”″])")


# the same with the first year whole: "la saison 2025-26", "l'exercice 2024-25" -> "deux mille vingt-cinq
# vingt-six" (not "… à vingt-six": a season, not a range; "2019-2021" is one); two whole years in a row too,
# a session or a school year: "(2025-2026)", "pour 2026-2027" -> "deux mille vingt-cinq, deux mille vingt-six"
_SEASON_YEARS = re.compile(r"(?<![\w.,-])(?<!numéro )(?P<a>(?:19|20)\d\d)[-–/](?P<b>\d\d|(?:19|20)\d\d)(?![\w-]|[.,]\d)")


def _season_years(match: re.Match[str]) -> str:
    a, b = int(match["a"]), int(match["b"])
    if len(match["b"]) == 4:
        return f"{cardinal(a)}, {cardinal(b)}" if b == a + 1 else match.group(0)
    return f"{cardinal(a)} {cardinal(b)}" if b == (a + 1) % 100 else match.group(0)


def _season(match: re.Match[str]) -> str:
    a, b = int(match["a"]), int(match["b"])
    return f"{cardinal(a)} {cardinal(b)}" if b == (a + 1) % 100 else match.group(0)


# money in a year's constant currency: "72,8 Md€2023" -> "… milliards d'euros de deux mille vingt-trois"
_CONSTANT_MONEY = re.compile(r"(?<=\d|[dM])(?P<cur>[€$£])(?P<y>(?:19|20)\d\d)\b")
# A price with its currency in words: "14,99 euros" is said as "14,99 €" ("quatorze euros quatre-vingt-dix-neuf")
# (not before a tax, "4,99 euros HT", nor a dollar's country, "14,99 dollars canadiens", "9,99 dollars US")
_PRICE_IN_WORDS = re.compile(r"(?<=\d,\d\d) (euros?|dollars?)\b(?! (?:HT|TTC|HC|CC|US|[a-zé]+(?:iens|ains|ais)|de [A-Z]|d['’][A-Z])\b)")
# a version's branch: "la branche 1.x" -> "un point x"
_BRANCH = re.compile(r"(?<![\w.])(?P<n>\d+)\.x\b")
# a ratio or a scale: "à 1:160", "au 1:25 000" (not a time, "1:30")
_RATIO = re.compile(r"(?<![\w.,:])1:(?P<b>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|[6-9]\d|\d{3,}|[2-9])(?![\d:])")  # ("1:4": no time)
# two days in a row: "les 19-20 février" -> "les dix-neuf et vingt février" (not "dix-neuf à vingt")
_NEXT_DAY = re.compile(rf"(?<![\w.,/-])(?<!\bdu )(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)(?= {_MONTH}\b)", re.IGNORECASE)  # "22-23 octobre" too
# a magnitude and its currency without a number: "des dizaines de Mds$" -> "de milliards de dollars"
_BARE_MONEY = re.compile(r"(?:(?<=\bde )|(?<=\bdes ))(?P<mag>Mds?|Mrds?|M|k)(?P<cur>[$€])(?!\w)")
# international units in a large count: "100 000 UI" (not "Fluent 2 UI", a user interface)
_MANY_UNITS = re.compile(r"(?<=\d\d\d) ?UI\b(?!/)")
# a time to the second: "à 20:27:48" -> "vingt heures vingt-sept minutes quarante-huit secondes"
_SECONDS = re.compile(r"(?<![\w:.,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:[.,](?P<f>\d{1,3}))?(?![\w:]|[.,]\d)")


def _seconds(match: re.Match[str]) -> str:
    """'14:03:27' -> "quatorze heures trois minutes vingt-sept secondes"; '14:03:27.123' with its decimals."""
    h, m = int(match["h"]), int(match["m"])
    seconds = decimal(match["s"], match["f"], feminine=True)
    plural = int(match["s"]) > 1 or bool(match["f"])
    return (f"{cardinal(h, feminine=True)} heure{'s' if h > 1 else ''} {cardinal(m, feminine=True)} minute{'s' if m > 1 else ''} "
            f"{seconds} seconde{'s' if plural else ''}")


# a European act's number: "le règlement (UE) 2024/1689" -> "deux mille vingt-quatre barre mille six cent quatre-vingt-neuf"
_ACT_NUMBER = re.compile(r"(?:(?<=\((?:UE|CE|EU)\) )|(?<=\b(?:UE|CE) ))(?P<y>(?:19|20)\d\d)/(?P<n>\d{1,4})(?![\w/])")
# an article's paragraph and point in brackets, as EU texts number them: "l'article 5(2)" -> "cinq, paragraphe deux",
# "l'article 6(1)(b)" -> "…, point b" (it was "cinq, deux,"); a letter alone, "une enquête 6(b)" -> "six b"
_ARTICLE_PARAGRAPH = re.compile(
    r"(?:(?<=\b[Aa]rticle )|(?<=\b[Aa]rticles )|(?<=\bet )|(?<=\bart\. ))(?P<n>\d{1,3})\((?P<p>\d{1,2})\)(?:\((?P<l>[a-z])\))?(?![\w(])"
)
_NUMBER_LETTER = re.compile(r"(?<![\w.,(])(?P<n>\d{1,3})\((?P<l>[a-z])\)(?![\w(])")


def _article_paragraph(match: re.Match[str]) -> str:
    if match.string[max(0, match.start() - 3) : match.start()] == "et " and not re.search(
        r"\barticles? \d+\(\d", match.string[max(0, match.start() - 30) : match.start()]
    ):
        return match.group(0)  # "et 5(2)" only after another article's paragraph
    said = f"{match['n']}, paragraphe {match['p']}"
    return said + (f", point {match['l']}" if match["l"] else "")


# a numbered point of an article, cited before it: "le 3° de l'article L. 1233-3", "les 1° et 2° du I de
# l'article 6" -> "le troisièmement de l'article …", as lawyers say them (not "trois degrés"); "du présent"
# and "du même" only before the text they name ("du même article"): "une hausse de 2° du même ordre",
# "12° du présent tracé" are degrees
_ARTICLE_POINT = re.compile(
    r"(?<![\w.,°])(?P<n>[1-9]\d?)°(?=(?:,? et [1-9]\d?°)*,? (?:de l['’](?:article|art\.|alinéa|annexe)|du (?:[IVX]+|paragraphe)\b"
    r"|du (?:présent|même) (?:article|alinéa|paragraphe|code|chapitre|titre|décret|arrêté|règlement|texte|I)\b))"
)

# a lettered point after a dotted reference: "l'art. 9.2.h" -> "neuf point deux point h" (its last point
# was a full stop inside the reference: "deux. h")
_LETTERED_POINT = re.compile(r"(?<![\w.,])(?P<n>\d+(?:\.\d+)*)\.(?P<l>[a-z])(?!\w|\.\w)")


# a document's number and year after its name: "l'avis 28/2024", "la décision 3/2025", "la directive 2019/790"
# -> "… barre …" (it was a pause: "vingt-huit, deux mille vingt-quatre"; not a grade, "une note de 15/20")
_DOCUMENTS = ("avis", "décision", "délibération", "recommandation", "directive", "résolution", "circulaire", "règlement",
              "directrices", "instruction", "arrêté", "ordonnance", "communication")  # "lignes directrices 03/2026"
_DOCUMENT_NUMBER = re.compile(
    "(?:" + "|".join(rf"(?<=\b{w} )|(?<=\b{w.capitalize()} )" for w in _DOCUMENTS) + ")"
    r"(?P<a>\d{1,4})/(?P<b>\d{1,4})(?![\w/])(?<=(?:19|20)\d\d)|"
    "(?:" + "|".join(rf"(?<=\b{w} )|(?<=\b{w.capitalize()} )" for w in _DOCUMENTS) + ")"
    r"(?P<y>(?:19|20)\d\d)/(?P<n>\d{1,4})(?![\w/])"
)
def _numbered(written: str) -> str:
    """A document's number as written: "03/2026" keeps its zero ("zéro trois barre …")."""
    return f"zéro {cardinal(int(written))}" if written.startswith("0") and written.strip("0") else cardinal(int(written))


def _years_in_a_row(a: str, b: str) -> bool:
    """'2025/26', '2025/2026': a season or a school year, not a document's number."""
    return len(a) == 4 and int(b) % 100 == (int(a) + 1) % 100 and len(b) in (2, 4)


# a court's docket after its number sign: "RG n° 24/03817", "req. n° 41920/21" -> "vingt-quatre barre …"
_DOCKET = re.compile(r"(?<=\bnuméro )(?P<a>\d{2,6})/(?P<b>\d{2,6})(?![\w/])")
# an American court's docket: "No. 1:23-cv-08292" -> "un, vingt-trois, C-V, zéro huit deux neuf deux" (not a time)
_US_DOCKET = re.compile(r"(?<![\w.,:])(?P<a>\d):(?P<y>\d\d)-(?P<t>cv|cr|md|mc|mj|bk)-(?P<n>\d{4,5})(?:-(?P<j>[A-Z]{2,4}))?\b")
# a form's number and its version: "Cerfa n° 10840*07" -> "… étoile zéro sept"
_FORM_VERSION = re.compile(r"(?<=\b\d{5})\*(?=\d{2}\b)")  # (not "16*9", "4*4")
# a European court's case: "C-311/18" -> "C trois cent onze barre dix-huit" (no fraction)
_CASE = re.compile(r"\b(?P<court>[CT])-(?P<n>\d{1,4})/(?P<y>\d{2})\b")
# a ratio to one: "4:1", "un LTV/CAC de 5:1" -> "quatre pour un" (no time has one digit of minutes)
_TO_ONE_RATIO = re.compile(r"(?<![\w.,:])(?P<a>\d{1,3}(?: \d{3})+|\d{1,3}):1(?![\d:]|,\d)")  # ("10 000:1": a split)
_RATIO_WORDS = re.compile(r"(?i)\b(?:ratio|rapport|levier|proportion|LTV|CAC|multiple|parité|regroupement|split)\b")
# one for many where a ratio is spoken of: "une parité 1:10" -> "un sur dix", like "1:4" (alone, "1:10" is a time)
_ONE_FOR = re.compile(r"(?<![\w.,:])1:(?P<b>\d{2,3}(?: \d{3})*)(?![\d:]|,\d)")
# a noise density, per root hertz: "3 nV/√Hz" -> "trois nanovolts par racine de hertz", "10^-21 par √Hz" (the root was lost)
_ROOT_HERTZ = re.compile(r"(?:(?<=\w) ?/ ?|(?<=\bpar ))√ ?Hz(?!\w)")
# a price per million tokens: "0,40 €/M tokens", "2 $/1M tokens"
_PER_MILLION = re.compile(r"(?<=[€$£]) ?/ ?1? ?M(?:(?P<noun> )(?=tokens|jetons|requêtes|mots|caractères|appels|images)|(?![\w/]))")


def _per_million(match: re.Match[str]) -> str:
    """The noun said once in a sentence: "0,28 $/M tokens en entrée et 1,10 $/M en sortie" -> "… par million en sortie"
    (a stray "M" was heard); "$/M" with no token nearby is left alone."""
    if match["noun"]:
        return " par million de "
    return " par million" if re.search(r"\b(?:tokens?|jetons?)\b", sentence_around(match)) else match.group(0)


def _to_one(match: re.Match[str]) -> str:
    """'un LTV/CAC de 5:1' -> "cinq pour un" where a ratio is spoken of (not "un score de 2:1", "des 1:1");
    "10 000:1" always (no score, time nor verse)."""
    a = int(match["a"].replace(" ", ""))
    if a == 1 or (a < 1000 and not _ratio_spoken(match)):
        return match.group(0)  # (not "Psaume 119:1", a verse; "10 000:1" is no time nor score)
    return f"{cardinal(a)} pour un"


def _one_for(match: re.Match[str]) -> str:
    return f"un sur {cardinal(int(match['b'].replace(' ', '')))}" if _ratio_spoken(match) else match.group(0)


def _ratio_spoken(match: re.Match[str]) -> bool:
    clause = max(match.string.rfind(mark, 0, match.start()) for mark in ",;.") + 1  # (within its own clause)
    found = _RATIO_WORDS.search(match.string, clause, match.start())
    return found is not None and not match.string.startswith(" de force", found.end())  # (a "rapport de forces")


# a year's offset: "N-1", "N+2" -> "N moins un", "N plus deux"
_YEAR_OFFSET = re.compile(  # (after its preposition or possessive: not "la fusée N-1", "la N-1 Madrid–Irun")
    r"(?:(?<=\ben )|(?<=\bde )|(?<=\bà )|(?<=\bvs )|(?<=\bsur )|(?<=\bmon )|(?<=\bton )|(?<=\bson )|(?<=\bleur )|(?<=\bdu )"
    r"|(?<=\bl'année )|(?<=\bexercice )|(?<=\brapport à )|(?<=\bsemaine )|(?<=\bmois ))[Nn](?P<sign>[-+−])(?P<n>[1-9])\b"
)
# two ratios: "de 1:4 à 1:12" (the second is no time either)
_RATIOS = re.compile(r"(?<![\w.,:])1:(?P<a>[2-9]) à 1:(?P<b>\d{1,3})(?![\d:])")  # (not "de 1:30 à 1:45", times)
# a fraction written with its ordinal: "à 4/5e", "au 1/100e" -> "quatre cinquièmes", "un centième"
_NTH_FRACTION = re.compile(r"(?<![\w/.,])(?P<a>\d{1,3})/(?P<b>[3-9]|[1-9]\d{1,3})(?:e|ème)s?(?!\w)")


def _nth_fraction(match: re.Match[str]) -> str:
    a, b = int(match["a"]), int(match["b"])
    nth = {3: "tiers", 4: "quart"}.get(b) or ordinal(b)
    plural = "s" if a > 1 and not nth.endswith("s") else ""
    said = f"{nth}{plural}" if a == 1 and match.string.endswith(_DEFINITE, 0, match.start()) else f"{cardinal(a)} {nth}{plural}"
    return said  # "le 1/3e du budget" -> "le tiers", "les 3/4e" -> "trois quarts"


_DEFINITE = ("le ", "Le ", "au ", "Au ", "du ", "Du ", "en ", "En ")
_NOT_DIGIT = re.compile(r"\D")


# "de un gigawatt", "de une heure": elided as said ("d'un"), not before a range ("de un à deux")
_DE_UN = re.compile(r"\b([Dd])e (une?)\b(?! à\b)")


# The order matters: each rule consumes the numbers whose context it knows, the most
# specific first; the last one says whatever digits remain.
# Inside a product's name, a hyphen between two letters that each touch a figure is a gap, not an acronym's:
# "235B-A22B" (a mixture of experts, 235 billion, 22 active) -> "deux cent trente-cinq B A vingt-deux B" (was "B-A",
# read as one syllable /bea/); and a colon between a name in capitals and its number: "EXE:5200B" -> "E-X-E cinq
# mille deux cents B" (was a colon to the voice; not "1:4", "localhost:8080", "Q1 : …")
_LETTERS_APART = re.compile(r"(?<=\d[A-Z])-(?=[A-Z]\d)")  # (not "9B-v2", a version)
_NAME_COLON = re.compile(r"(?<![\w:])(?P<name>[A-Z]{2,6}):(?=\d)")


# Off-peak and peak hours of an electricity price, after its kilowatt-hour or as a pair where power is spoken of:
# "0,20 €/kWh HC" -> "… par kilowattheure en heures creuses" (was "H-C"), "l'option HP/HC du compteur" -> "heures pleines, heures
# creuses" (not "HP" the company: "un PC HP", "€/m² HC", charges)
_HOURS_RATE = re.compile(r"(?<=Wh) (?P<h>HC|HP)\b|(?<![\w/])(?P<a>HP|HC) ?/ ?(?P<b>HC|HP)(?![\w/])")
_POWER_TALK = re.compile(r"Wh\b|\b(?:électricité|électrique|compteurs?|Linky|abonnements?|tarifs?|EDF)\b")
_HOURS_SAID = {"HC": "heures creuses", "HP": "heures pleines"}


def _hours_rate(match: re.Match[str]) -> str:
    if match["h"]:
        return " en " + _HOURS_SAID[match["h"]]  # "par kilowattheure en heures creuses"
    if match["a"] == match["b"] or not _POWER_TALK.search(sentence_around(match)):
        return match.group(0)
    return f"{_HOURS_SAID[match['a']]}, {_HOURS_SAID[match['b']]}"


# A company's SIREN (9 digits) or SIRET (14) in the groups it is written in, 3-3-3 then the five of the
# establishment: "SIRET 73282932000074" -> "sept cent trente-deux, huit cent vingt-neuf, … zéro zéro zéro sept
# quatre" (was "soixante-treize billions…"); a group with a leading zero digit by digit
_COMPANY_NUMBER = re.compile(
    r"(?i:\b(?P<w>SIRE[NT])\b)(?P<sep>[^\d.,;!?()]{0,40}?)"  # "SIRET : ", "Siren numéro ", "SIRET est le "
    r"(?P<a>\d{3}) ?(?P<b>\d{3}) ?(?P<c>\d{3})(?: ?(?P<d>\d{5}))?(?![\d,.]\d)"
    # (not an amount beyond a clause's comma or bracket, nor one followed by its currency, "de" or magnitude:
    # "Sans SIREN, 300 000 000 € d'aides…", "(SIREN en cours) a levé 120 000 000 €")
    r"(?! ?(?:[€$£]|euros?\b|dollars?\b|de\b|d['’]|millions?\b|milliards?\b))"
)


def _company_number(match: re.Match[str]) -> str:
    if (match["w"].upper() == "SIRET") != bool(match["d"]):
        return match.group(0)  # a SIRET has fourteen digits, a SIREN nine
    groups = [cardinal(int(g)) if g[0] != "0" else _digits(g) for g in (match["a"], match["b"], match["c"])]
    if match["d"]:
        groups.append(_digits(match["d"]))
    return f"{match['w']}{match['sep']}{', '.join(groups)}"


# A version's point after a name the lexicon holds: "Qi2.2" -> "Tchi deux point deux" (it was a full stop,
# "Tchi deux. deux": the name's own digit went with it)
_HELD_VERSION = re.compile(r"(?<=[\U000f0001-\U000ffffd])\.(?=\d)")
# A device's memories before their unit: "(12/512 Go)", "8/128/256 Go" -> "douze et cinq cent douze gigaoctets"
# (RAM and storage, or the storage's choices: "et" fits both; it was "douze, cinq cent douze"; not "1/2 To")
_MEMORY_SIZES = re.compile(r"(?<![\w/.,])(?P<sizes>(?:[4-9]|[1-9]\d{1,3})(?:/[1-9]\d{0,3})+)(?= ?(?:Go|To|Mo|GB|TB)\b)")


# (but a share of a quota where what is left or used is spoken of: "il reste 5/10 Go" -> "cinq sur dix
# gigaoctets"; not "le forfait passe de 130/150 Go", nor "8/16 Go de mémoire")
_QUOTA = re.compile(r"(?i)\b(?:rest(?:e|ent|ait)|utilisé|consommé|écoulé)(?: [\w'’]+){0,3} \Z")  # "il (ne lui) reste (que)"
# a phone's RAM and storage, even there ("il reste le modèle 8/256 Go"): sizes it comes in, its storage 8 times its RAM or more
_DEVICE_SIZES = frozenset((4, 6, 8, 12, 16, 18, 24, 32, 36, 48, 64, 96, 128, 256, 512, 1024, 2048))
_QUOTA_AFTER = re.compile(r" ?(?:Go|To|Mo|GB|TB) (?:utilisés|consommés|restants|écoulés)\b")  # "45/50 Go utilisés"


def _memory_sizes(match: re.Match[str]) -> str:
    *first, last = match["sizes"].split("/")
    start = max((m.end() for m in re.finditer(r"[.!?;]\s", match.string[: match.start()])), default=0)
    quota = _QUOTA.search(match.string[start : match.start()]) or _QUOTA_AFTER.match(match.string, match.end())
    a, b = int(first[0]), int(last)
    device = {a, b} <= _DEVICE_SIZES and b >= 8 * a
    if len(first) == 1 and a < b and quota and not device:
        return f"{first[0]} sur {last}"  # "5/10 Go": used out of its total
    return ", ".join(first) + f" et {last}"


# An abbreviated denominator's full stop inside a sentence: "2 j/sem. devient la norme", "2 j de TT/sem., 13e mois"
# -> "… par semaine devient …" (it was a sentence's end; before a capital, it may be one: kept)
_ABBREVIATED_DEN = re.compile(r"(?<=/)(?P<den>sem|pers)\.(?=[,;:)]| [a-zà-ÿ\d(])")
# A code of a letter, a digit and a letter: "V2L", "V2G", "A4L" -> "V deux L" (its last letter no unit:
# "V deux litres")
_LETTER_DIGIT_LETTER = re.compile(r"(?<![\w.,-])(?P<a>[A-Z])(?P<n>\d)(?P<b>[A-Z])(?![\w-])")


RULES: tuple[Rule, ...] = (
    (_COMPANY_NUMBER, _company_number),
    (_HOURS_RATE, _hours_rate),
    (_HELD_VERSION, " point "),
    (_ABBREVIATED_DEN, r"\g<den>"),
    (_MEMORY_SIZES, _memory_sizes),
    (_LETTER_DIGIT_LETTER, lambda m: f"{m['a']} {cardinal(int(m['n']))} {m['b']}"),
    (_LETTERS_APART, " "),
    (_NAME_COLON, r"\g<name> "),
    (_STEEL_GRADE, lambda m: f"{cardinal(int(m['n']))} L{' N' if m['n2'] else ''}"),
    (_MILLION_HL, " Mhl"),
    (_ARTICLES_RANGE, r"\g<a>, \g<b> \g<w> \g<c>, \g<d>"),
    (_TYPED_POWER_PER, lambda m: f" {m['num']}/{m['unit']}{'²' if m['p'] == '2' else '³'}"),
    (_TYPED_POWER, lambda m: f" {m['unit']}{'²' if m['p'] == '2' else '³'}"),
    (_K_BETWEEN_DIGITS, " K "),
    (_TESLA, lambda m: f"{m['ctx']}{m['n']} tesla{'s' if float(m['n'].replace(',', '.')) >= 2 else ''}"),
    (_TONNES_T, _tonnes_t),
    (_INCHES, _inches),
    (_PER_EMISSION, lambda m: f" par {_PER_WORDS[m['den']]}"),
    (_NITROGEN, " kg d'azote par hectare"),
    (_KILOTONNES, " kilotonnes"),
    (_CO2_EQUIVALENT, "CO2 équivalent"),
    (_CO2_PER, _co2_per),
    (_PER_MILLION, _per_million),
    (_ROOT_HERTZ, lambda m: ("" if m.group(0).startswith("√") else " par ") + "racine de hertz"),
    (_BITS, _bits),
    (_PER_COUNT, " pour "),
    (_CT, _cents_or_carats),
    (_EMISSIONS, _emissions),
    (_NUMBER_SIGN, "numéro "),
    (_PHONE, _phone),
    (_PHONE_FR, _phone),
    (_LONG_HEX, lambda m: f"zéro x {_hex_digits(m['head'])}, {_hex_digits(m['tail'])}"),
    (_HEX, lambda m: "zéro x " + _hex_digits(m["hex"])),
    (_DATE_CODE, _date_code),
    (_PASSWORD, _password),
    (_LOCAL_PORT, lambda m: f"{m['host']}, port {_digits(m['n'])}"),
    (_IP_RATING, lambda m: f"IP {cardinal(int(m['a']))} {cardinal(int(m['b']))}{' K' if m['k'] else ''}"),
    (_X86_64, r"\g<1>86 64"),
    (_CHIP_TIER, r"\g<n> S"),
    (_ISIN, lambda m: f"{m['cc']} {_hex_digits(m['code'])}"),
    (_SERIAL, lambda m: f"{m['code']} " + " ".join(cardinal(int(c)) for c in m["n"]) + (f", {m['end']}" if m["end"] else "")),
    (_FREEPHONE, lambda m: f"zéro {cardinal(int(m['a']))}, {cardinal(int(m['b']))}, {cardinal(int(m['c']))}"),
    (_DECIMAL_GROUPS, lambda m: m.group(0).replace(" ", "")),
    (_ENGLISH_THOUSANDS, lambda m: m.group(0).replace(",", " ")),
    (_SWISS_THOUSANDS, lambda m: _APOSTROPHES.sub(" ", m.group(0))),
    (_THOUSAND_EUROS, "K€"),
    (_RACE_TIME, _race_time),
    (_HEIGHT, lambda m: f"{cardinal(int(m['ft']))} pieds {cardinal(int(m['inch']))}"),
    (_SEASON, _season),
    (_CONSTANT_MONEY, r"\g<cur> de \g<y>"),
    (_PRICE_IN_WORDS, lambda m: " €" if m[1].startswith("e") else " $"),
    (_BRANCH, r"\g<n> point x"),
    (_MANY_UNITS, " unités internationales"),
    (_SECONDS, _seconds),
    (_FORM_VERSION, " étoile "),
    (_US_DOCKET, lambda m: f"{cardinal(int(m['a']))}, {cardinal(int(m['y']))}, {'-'.join(m['t'].upper())}, " + " ".join(cardinal(int(c)) for c in m["n"]) + (f", {m['j']}" if m["j"] else "")),  # the judge's initials
    (_DOCKET, lambda m: f"{m['a']} barre {m['b']}"),
    (_CASE, lambda m: f"{m['court']} {cardinal(int(m['n']))} barre {cardinal(int(m['y']))}"),
    (_ARTICLE_PARAGRAPH, _article_paragraph),
    (_ARTICLE_POINT, lambda m: ordinal(int(m["n"]), feminine=True) + "ment"),
    (_LETTERED_POINT, r"\g<n> point \g<l>"),
    (_NUMBER_LETTER, lambda m: f"{cardinal(int(m['n']))} {m['l']}"),  # said now: "510(k)" is no thousands, "12(g)" no grams
    (_DOCUMENT_NUMBER, lambda m: m.group(0) if _years_in_a_row(m["a"] or m["y"], m["b"] or m["n"])
     else f"{_numbered(m['a'] or m['y'])} barre {cardinal(int(m['b'] or m['n']))}"),
    (_ACT_NUMBER, lambda m: f"{cardinal(int(m['y']))} barre {cardinal(int(m['n']))}"),
    (_SEASON_YEARS, _season_years),  # (after an act's "(UE) 2019/20")
    (_NEXT_DAY, lambda m: f"{m['a']} et {m['b']}" if int(m["b"]) == int(m["a"]) + 1 else m.group(0)),
    (_BARE_MONEY, lambda m: {"M": "millions", "k": "milliers"}.get(m["mag"], "milliards") + (" de dollars" if m["cur"] == "$" else " d'euros")),
    (_TO_ONE_RATIO, _to_one),
    (_ONE_FOR, _one_for),
    (_YEAR_OFFSET, lambda m: f"N {'plus' if m['sign'] == '+' else 'moins'} {cardinal(int(m['n']))}"),
    (_RATIOS, lambda m: f"un sur {cardinal(int(m['a']))} à un sur {cardinal(int(m['b']))}"),
    (_RATIO, lambda m: "un sur " + cardinal(int(_NOT_DIGIT.sub("", m["b"])))),
    (_NTH_FRACTION, _nth_fraction),
    (_BARE_PER, _bare_per),
    (_PER_WORD, _per_word),
    (_COUNT_PER, lambda m: f" par {_PER_WORDS.get(m['den'], m['den'])}"),
    (_POWER, _power),
    (_AFTER_POWER, lambda m: f"{m['e']} {_UNITS[m['unit']][1]}"),
    (_E_NOTATION, _e_notation),
    (_OFFSET, lambda m: " " + _SIGN_WORDS[m["sign"]]),
    (_ASPECT, lambda m: _ASPECTS[m.group(0)]),
    (_LEVEL, lambda m: " plus " if m.group(0) else " "),
    (_COUNTDOWN, lambda m: f"{m['l']} moins {m['n']}"),
    (_AT_LEAST, _at_least),
    (_MODEL_NUMBER, _model_number),
    (_MODEL_SUFFIX, lambda m: f"{m['pre']} {cardinal(int(m['n']))} {m['suf'].upper()}"),
    (_BASIS_POINTS, _basis_points),
    (_OVER_PERIOD, lambda m: " " + _OVER[m["p"]]),
    (_ESTIMATE, r"\g<y> estimé"),
    (_TO_ONE, r"\g<w>\g<a> pour un"),
    (_SAID_SIGN, lambda m: m["w"] or m["v"]),
    (_P_VALUE, lambda m: f"{m['p']} {'inférieur à' if m['op'] == '<' else 'inférieur ou égal à'} "),
    (_NOUN_COMPARISON, _noun_comparison),
    (_COMPARISON, lambda m: _COMPARISON_WORDS[m["op"]]),
    (_ISO, _date),
    (_DMY, _date),
    (_DAY_RANGE, _day_range),
    (_NAMED_DAY_RANGE, _named_day_range),
    (_NAMED_DATE_SPAN, _named_date_span),
    (_BARE_DAY_RANGE, _bare_day_range),
    (_DAYS_OF_MONTH, _days_of_month),
    (_TWO_DAYS, _two_days),
    (_AGENDA_DM, _agenda_date),
    (_DM_PADDED, lambda m: _date(m) if m["d"].startswith("0") or _date_shaped((m["d"],), (m["m"],)) else m.group(0)),
    (_DM, _date),
    (_DOT_GROUPS, lambda m: m.group(0).replace(".", " ")),
    (_DECIMAL_POINT, lambda m: f"{m['i'] or m['j'] or m['k']},{m['f'] or m['g'] or m['h']}"),
    (_ORDINAL, _ordinal),
    (_ROMAN_ORDINAL, _roman_ordinal),
    (_REGNAL, _regnal),
    (_YEAR_ROMAN, lambda m: cardinal(roman(m["n"]) or 0)),
    (_TEAM, lambda m: cardinal(roman(m["n"]) or 0)),
    (_SUPER_BOWL, lambda m: cardinal(n) if (n := roman(m["n"])) else m.group(0)),
    (_CARD_NUMBER, lambda m: f"{cardinal(int(m['a']))} {cardinal(int(m['b']))}"),
    (_NUMBERED_PART, _numbered_part),
    (_AROUND, _around),
    (_TIME_RANGE, lambda m: f"{m['a'] or m['b']} à "),
    (_PERCENT_RANGE, r"\g<a> à "),
    (_THOUSANDS_RANGE_FIRST, _thousands_range_first),
    (_PRICE_RANGE_FIRST, r"\g<a> \g<cur>"),
    (_MONEY_RANGE, _money_range),
    (_TIME, _time),
    (_QUARTER_RANGE, _quarter_range),
    (_HALF_JUDGED, _half_judged),
    (_PERIOD, _period),
    (_FISCAL_YEAR, _fiscal_year),
    (_DIMENSIONS, r"\g<sp>\g<u> sur "),
    (_TIMES_BEFORE, _times_before),
    (_STANDARD_PART, r"\g<n>, "),
    (_STANDARD_GROUPS, r"\g<a>, \g<b>"),
    (_PATENT, r"\g<a>, \g<b>, \g<c>"),
    (_MODEL_SIZE, _model_size),
    (_CODE_HYPHEN, lambda m: f"{m['n'] or m['m']}, "),
    (_LETTER_DIGIT, " "),
    (_TIE_BREAK, r"\g<set> (jeu décisif "),
    (_RANGE, lambda m: f"{m['a']} à {m['b']}"),
    (_REFERENCE_HYPHEN, ", "),
    (_ARROW_NUMBER, " à "),
    (_COUNTED_FROM, _magnitude_words),
    (_COUNTED, _counted),
    (_TAX_BEFORE_PER, r"\g<cur>/\g<den> \g<tax>"),
    (_PER, _per),
    (_MONEY_PER, lambda m: f"{m['cur']} par {m['den']}" + (f" et par {_PER_WORDS[m['den2']]}" if m["den2"] else "")),
    (_MONEY_WORD_PER, lambda m: f"{m['word']} par {_PER_WORDS.get(m['den']) or _PER_UNITS[m['den']]}"),
    (_MONEY_AFTER, _money),
    (_TAXES, _taxes),
    (_CODE_AFTER_WORDS, lambda m: m.group(0).split()[0] + " " + _de(_CURRENCIES[m["code"]][1])),
    (_MONEY_BEFORE, _money),
    (_PERCENT, _percent),
    (_PRESSURE, lambda m: f"{cardinal(int(m['a']))} sur "),
    (_CHIP_BITS, _chip_bits),
    (_SHORT_FLOPS, _short_flops),
    (_UNITS_AFTER, _unit),
    (_MILLIONS_OF, lambda m: _magnitude_words(m) + (" d'" if m.string[m.end()] in "AEIOUYaeiouyéÉ" else " de ")),
    (_MAGNITUDE_ONLY, _magnitude_words),
    (_KELVIN, _kelvin),
    (_THOUSANDS_K, _magnitude_words),
    (_TIMES_CAPITAL, lambda m: f"{_number(m)} fois"),
    (_BARE_UNIT, _bare_unit),
    (_POINT_SCORE, _point_score),
    (_DECIMAL_SCORE, lambda m: f"{m['a']} sur {m['b']}"),
    (_FRACTION, _fraction),
    (_SIGNED, lambda m: _SIGN_WORDS[m["sign"]] + _number(m)),
    (_LETTER_DIGIT, " "),  # again: words the rules above wrote may touch a digit
    (_DOTTED, _dotted),
    (_LEADING_ZEROS, lambda m: "zéro " * len(m["zeros"])),
    (_PLAIN, _plain),
    (_ANY_DIGITS, lambda m: f" {cardinal(int(m.group(0)))} "),  # never a digit to the engine
)


# "cinq millions": the voice drops the k before "mille", "million", "milliard", and
# "cinq" then sounds like "cent". The k is kept by spelling it.
_CINQ = re.compile(r"\bcinq(?= mill)")
_PER_100_KM = re.compile(r"(?:(?<=[A-Za-z])|(?<=[A-Za-z]\d)) ?/ ?100 ?km\b")  # "15 kWh/100 km", "5 l/100km": "aux cent kilomètres"
_ARTICLE_49_3 = re.compile(r"(?<![\w.,])49[.-]3(?![\w.])")  # the constitution's article, "le 49.3", "le 49-3"
# A unit's slips of the pen, said as the unit meant: "80 km-h" is km/h (was "kilomètres-h"), "5 MWc-crête" says
# its "crête" once (was "mégawatts-crête-crête"); only after a number ("le km-h" of a text on cycling is left)
_SPEED_SLIP = re.compile(r"(?<=\d)(?P<sp> ?)km-h\b")
_PEAK_TWICE = re.compile(r"(?:(?<=\d[kMGT]Wc)|(?<=\d [kMGT]Wc))-crêtes?\b")


def say_numbers(text: str) -> str:
    """Every written number in ``text`` replaced by its French words."""
    text = _ARTICLE_49_3.sub("quarante-neuf trois", text)
    text = _PER_100_KM.sub(" aux 100 km", text)
    text = _PEAK_TWICE.sub("", _SPEED_SLIP.sub(r"\g<sp>km/h", text))
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return _DE_UN.sub(r"\1'\2", _CINQ.sub("cinque", text))
