"""French text -> IPA phonemes with espeak-ng (bundled by espeakng-loader; no system package).

espeak marks words it takes for English with language-switch flags, "(en)…(fr)"; the
voice then reads the flags. ``remove-flags`` keeps the phonemes and drops the flags.
Spans the normaliser marked English (``[en:OpenAI]``, see script.languages) get espeak's
English phonemes, spans of phonemes from the lexicon (``[ipa:iˈa|ia]``) are taken as they
are; an elided article before one ("d'", "l'", "qu'") is joined to it as a French speaker
says it ("d'OpenAI": /dˈoʊpən.../, "l'IA": /liˈa/), and so before a word espeak reads in
English on its own ("l'email"). French words espeak would read by its English rules — for
their "th" ("algorithme"), a final "y" after an accent ("Jérémy"), a town of the communes'
list ("Cergy") — and words it misreads by its French rules (numbers said in words,
"quatre-vingt-cinq", "six virgule"; units, "sieverts"; a saint's liaison) are respelled first
(``french_spelling``), and liaisons French does not make are cut (``_unlinked``: after a
name, before "et", between a number and what it does not count).
espeak holds process-global state, so calls are serialised.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from pathlib import Path
from typing import Any

from ..script.languages import ACCENTS, mark_english, mark_phonemes, split_languages
from ..script.numbers import SPOKEN_UNITS

_lock = threading.Lock()
_backends: dict[str, Any] = {}
ENGLISH = "en-us"
# Elided words before a vowel, as they sound joined to the next word.
_ELISIONS = {"l": "l", "d": "d", "j": "ʒ", "m": "m", "t": "t", "s": "s", "c": "s", "n": "n", "qu": "k",
             "jusqu": "ʒysk", "lorsqu": "lɔʁsk", "puisqu": "pɥisk", "quoiqu": "kwak"}  # fmt: skip
_CLOSING = ".,;:!?…)»"  # punctuation that follows a word without a space
_ELIDED_SOUNDS = sorted(set(_ELISIONS.values()), key=len, reverse=True)
_ELIDED = re.compile(r"(?:^|(?<=[\s(«\"]))(" + "|".join(_ELISIONS) + r")'$", re.I)


# A spelled acronym, "T-S-M-C" (script.words.spell), is said letter by letter. espeak reads the
# chain as one hyphenated French word, with French euphony: a "-T-" is the "t" of "a-t-il" and
# is dropped ("I-N-T-C" was "ièn-cé", "U-T-C" "u-cé"), an "I" before a vowel glides ("C-I-A":
# "cé-ya"), a lone "É" is "e accent aigu". Its reading of a chain is replaced by the letters'
# names (espeak's own, each said alone, joined as espeak joins them: "tˈeˈɛsˈɛmsˈe"); the words
# around keep their context and liaisons ("les A-P-I": "le-z"). The letter E is said "eu" /ø/, as one spells
# aloud: espeak's /ə/ is a French mute e, which the voice drops at a chain's end ("B-C-E" was heard "ABC", "P-M-E"
# "PMF", "R-T-E" "RTA"; 38 sentences, Whisper: 0.216 -> 0.183 word errors).
_LETTER_NAMES = {
    "A": "ˈa", "B": "bˈe", "C": "sˈe", "D": "dˈe", "E": "ˈø", "F": "ˈɛf", "G": "ʒˈe", "H": "ˈaʃ", "I": "ˈi",
    "J": "ʒˈi", "K": "kˈa", "L": "ˈɛl", "M": "ˈɛm", "N": "ˈɛn", "O": "ˈo", "P": "pˈe", "Q": "kˈy", "R": "ˈɛʁ",
    "S": "ˈɛs", "T": "tˈe", "U": "ˈy", "V": "vˈe", "W": "dubləvˈe", "X": "ˈiks", "Y": "iɡʁˈɛk", "i grec": "iɡʁˈɛk",
    "Z": "zˈɛd", "À": "ˈa", "Â": "ˈa", "Ç": "sˈe", "É": "ˈe", "È": "ˈɛ", "Ê": "ˈɛ", "Ë": "ˈɛ", "Î": "ˈi",
    "Ï": "ˈi", "Ô": "ˈo", "Ù": "ˈy", "Û": "ˈy", "Ü": "ˈy",
}  # fmt: skip
_LETTER = "|".join(sorted(map(re.escape, _LETTER_NAMES), key=len, reverse=True))
_CHAIN = rf"(?:{_LETTER})(?:-(?:{_LETTER}))+(?![\w-])"
_SPELLED = re.compile(rf"(?<![\w-]){_CHAIN}")
# The letter E alone is said "eu" too: "la Classe E", "la vitamine E", "le E85" (espeak's /ə/, dropped by the voice)
_LONE_E = re.compile(r"(?<![\w'’-])E(?![\w'’-])")

# espeak-ng's French rules send many French words with a "th" to its English rules:
# "algorithme" /ˈalɡəɹˌɪθm/, "rythme" /ɹˈɪθm/, "méthane", "authentification", "lithium". In
# French a "th" is a "t", and written so espeak-ng reads them in French. The words are listed
# (french_th_words.txt, made by scripts/espeak-th-words.py), so English words stay English
# ("think tank", "growth"), and so is any word with a French accent (no English word has
# one: "bioéthanol", "méthanisation" are missing from the list); names are the lexicon's ("Arthur").
_TH_WORD = re.compile(r"(?<!\w)[^\W\d_]*[Tt][Hh][^\W\d_]*(?!\w)")
# A name with a French accent ending in a consonant and "y" is read in English: "Jérémy"
# /dʒˈeɪɹeɪmi/, "Vélizy", "Écully", "Barthélemy"; its "y" is an "i" (no English word has an accent).
_ACCENT = "".join(sorted(ACCENTS | {a.upper() for a in ACCENTS}))
_ACCENTED_Y = re.compile(rf"(?<!\w)[^\W\d_]*[{_ACCENT}][^\W\d_]*[bcdfghjklmnpqrstvwxz]y(?!\w)")


def _data_lines(name: str) -> list[str]:
    """The lines of one of this package's word lists, its comments aside."""
    text = (Path(__file__).parent / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _th_words() -> frozenset[str]:
    return frozenset(_data_lines("french_th_words.txt"))


# French towns espeak-ng reads in English ("Cergy", "Thouars", "Wasquehal"), and how it reads them
# in French (french_place_words.txt, made by scripts/espeak-place-names.py from the communes).
_PLACE_WORD = re.compile(r"(?<![^\W\d_])[A-ZÀ-Ý][a-zà-ÿœ]{2,}(?![^\W\d_])")


@functools.cache
def _place_words() -> dict[str, str]:
    return dict(line.split("\t") for line in _data_lines("french_place_words.txt"))


# Units and currencies the normaliser writes out that espeak-ng misreads: "sieverts", "newtons"
# and "wons" in English, "teslas" /təsla/, "yuans" /jyɑ̃/, "kelvins" /kɛlvɛ̃/, "mégabits" /meɡabi/,
# "millisecondes" /milizɡɔ̃d/ (a prefix's s between vowels is /z/ to espeak-ng).
_UNIT_SOUNDS = {"sievert": "sivèrte", "newton": "nioutonne", "weber": "vébère", "tesla": "tèsla", "kelvin": "kèlvine",
                "yuan": "yuane", "won": "ouonne", "bit": "bitte", "seconde": "seconde", "angström": "anngstreum",
                "angstrom": "anngstreum"}  # fmt: skip
_UNIT_WORD = re.compile(
    r"\b((?i:milli|micro|nano|pico|femto|atto|kilo|m[ée]ga|giga|t[ée]ra|p[ée]ta)|)"  # "Gigabit Ethernet" too
    r"(sievert|newton|weber|tesla|kelvin|yuan|won|bit|seconde|angstr[öo]m)(s?)\b"
)


def _unit_word(match: re.Match[str]) -> str:
    prefix, unit, plural = match.groups()
    if (unit == "won" and not plural) or (unit in ("bit", "seconde") and not prefix):
        return match.group(0)  # "won" alone is also English ("won the race"); "bits", "secondes" are right
    said = _UNIT_SOUNDS[unit]
    return prefix + ("s" if prefix and said[0] == "s" else "") + said + plural  # "millissivèrtes", not /z/


# Letters espeak-ng's French reads as their base letter: "Šefčovič" /sɛfkovik/, "Hokkaidō". As
# French writes their sounds: š ch, č and ć tch, ž j, ř rj, ō o, ū ou. Vietnamese letters (ả, ễ,
# ị, ặ, ơ, ư, đ) it spells, "lettre" and all ("Nguyễn"): their base letter, as French media write them.
_FOREIGN = {"š": "ch", "č": "tch", "ć": "tch", "ž": "j", "ř": "rj", "ō": "o", "ū": "ou", "ș": "ch", "ş": "ch", "ț": "ts", "ţ": "ts"}
_VIETNAMESE = "ăơưđ" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))  # and the Latin Extended Additional ones
_VIETNAMESE_WORD = re.compile(r"\w*[" + _VIETNAMESE + _VIETNAMESE.upper() + r"]\w*")
_FOREIGN_LETTERS = re.compile("[" + "".join(_FOREIGN) + "".join(_FOREIGN).upper() + _VIETNAMESE + _VIETNAMESE.upper() + "]")


def _foreign(match: re.Match[str]) -> str:
    letter = match.group(0)
    if letter.lower() in _VIETNAMESE:
        base = "d" if letter.lower() == "đ" else unicodedata.normalize("NFD", letter.lower())[0]
        return base if letter.islower() else base.upper()
    said = _FOREIGN[letter.lower()]
    return said if letter.islower() else said.capitalize()


def french_spelling(text: str) -> str:
    """``text`` with its French words that espeak-ng would read in English spelled so that it
    reads them in French ("algorithme" -> "algoritme", "Cergy" -> "Cergi"); for every engine
    built on espeak-ng."""

    def respell(match: re.Match[str]) -> str:
        word = match.group(0)
        if not (word.lower() in _th_words() or ACCENTS & set(word.lower())) or not (word.islower() or word[1:].islower()):
            return word  # an English word, or a name in capitals ("SMITH")
        return with_t(word)

    places = _place_words()
    text = _VIETNAMESE_WORD.sub(lambda m: with_t(_FOREIGN_LETTERS.sub(_foreign, m.group(0))), text)  # "Thị" -> "Ti"
    text = _PLACE_WORD.sub(lambda m: places.get(m.group(0), m.group(0)), _FOREIGN_LETTERS.sub(_foreign, text))
    text = _UNIT_WORD.sub(_unit_word, text)
    text = _ACCENTED_Y.sub(lambda m: m.group(0)[:-1] + "i", _TH_WORD.sub(respell, text))
    for pattern, spelled in _SOUNDS:
        text = pattern.sub(spelled, text)
    return text


def _whole(before: str | None, number: str) -> str:
    """'six' -> 'sisse': the number said whole; "vingt-six" keeps the t of "vingt" ("vingte-sisse")."""
    return ("vingte-" if before == "vingt-" else before or "") + {"six": "sisse", "huit": "huite", "dix": "disse"}[number]


# espeak-ng's French misreads numbers said in words: the t of "quatre-vingt-cinq" (/kˈatʁvˈɛ̃tsˈɛ̃k/,
# every year from 1982 to 1989), "huitième" /yisjˈɛm/, "dix-neuvième" /dinøvjˈɛm/, "trentième" and
# "centième" /sj/, and "six", "huit" and "dix" said as before a noun when they end a number: "six
# virgule neuf" /sˈi/, "Bluetooth six point zéro", "le Pixel dix Pro" /dˈi/, "la six G" (but "six
# watts" /si/, not /siz/ nor /sis/).
# It also leaves out the t a saint's name links to a vowel or a mute h: "Saint-Ouen" /sɛ̃wɛ̃/.
_SOUNDS = (
    (re.compile(r"\b([Qq])uatre-vingt-(?=[a-z])"), r"\1uatre-vin-"),
    (re.compile(r"\b([Hh])uitième"), r"\1uittième"),
    (re.compile(r"\b([Dd])ix-neuvième"), r"\1izneuvième"),  # /dinøvjɛm/, the "dix-neuvième siècle"
    (re.compile(r"(?<=[a-zà-ÿ]n)tième|(?<=\b[Qq]uatre-vin)gtième"), "ttième"),  # "trentième" /sj/
    (re.compile(r"\b(vingt-)?(six|huit|dix)(?= virgule\b| point\b| [A-Z](?![\w-]))"), lambda m: _whole(m[1], m[2])),  # "la six G"
    (re.compile(r"\b([A-ZÀ-Ý][\w-]* )(six|huit|dix)(?= [A-Z](?:\b|[a-zà-ÿ]*[^\Ws]\b))"), lambda m: _whole(m[1], m[2])),
    (re.compile(r"\b(six|huit|dix)(?= w)"), lambda m: m[1][:-1]),  # "six watts" /si/ (no liaison, and not /sis/)
    (re.compile(r"\b([Ss]aint[- ])(?:([Hh])(?=[aeiouéèêâîô])|([AEIOUÉÈÊÂÎÔaeiouéèêâîô]))"),  # not "Saint-Yorre"
     lambda m: m[1] + ("T" if (m[2] or m[3]).isupper() else "t") + (m[3] or "").lower()),
    (re.compile(r"\b([Ff])emto"), r"\1èmto"),  # "femtosecondes", "femtocellules": /fɑ̃to/ to espeak-ng
    # "aspect", "respect", "suspect" /aspɛ/, not /aspɛkt/ (but "suspecte")
    (re.compile(r"\b([Aa]|[Rr]e|[Ii]rre|[Ss]u|[Cc]ircon)spect(s?)\b"), lambda m: m[1] + ("spets" if m[2] else "spè")),
    # a prefix's s before a vowel is /s/: "écosystème" /ekozistɛm/, "vidéosurveillance", "nanosatellite"
    (re.compile(r"\b([ÉéEe]co|[Bb]io|[Gg]éo|[Mm]icro|[Mm]acro|[Nn]ano|[Cc]rypto|[Mm]illi|[Mm]ono|[Vv]idéo)s(?=[aeiouyéèê])(?!oft\b)"),
     r"\1ss"),
    # a satellite's name says its t, and its prefix's s is /s/: "Landsat" /lɑ̃dsa/, "Hydrosat" /idʁoza/ (not a
    # French town's "-ssat", its t silent: "Lussat", "le Bessat")
    (re.compile(r"\b([A-Z][A-Za-z]*?)([aeiouy]?)(?<!s)([Ss])at\b"), lambda m: m[1] + m[2] + m[3] + ("s" if m[2] else "") + "atte"),
    # a product's generation is English, "Snapdragon 8 Gen 3", "Gen Z" /dʒɛn/ (espeak-ng: /ʒɛn/); after the
    # normaliser, which reads "8s Gen 4" by it
    (re.compile(r"\bGen\b"), "Djène"),
    # a name's "-man" is /man/, as in English or German, not the nasal of "roman": "Pellman" /pɛlmɑ̃/, "Hartman";
    # a French word in capitals keeps its nasal ("« Maman, … »", "le Chaman")
    (re.compile(r"\b(?!(?:Roman|Musulman|Ottoman|Talisman|Maman|Chaman|Firman|Dolman|Drogman|Hetman)\b)([A-Z][a-z]+man)\b"),
     r"\1e"),
)  # fmt: skip


def with_t(word: str) -> str:
    """'algorithme' -> 'algoritme'; a doubled "t" before "i" and a vowel, which espeak-ng would
    otherwise say /s/ as in "nation" ("lithium" -> "littium", not /lisjɔm/)."""
    return re.sub(r"(?i)t(h)(?=i[aeiouyéèê])|t(h)", lambda m: m.group(0)[0] + ("t" if m.group(1) else ""), word)


# A change here changes the sound: part of the engines' cache versions (SPELLING for the engines
# that take only ``french_spelling``, Piper and eSpeak; RULES for Kokoro, which takes our phonemes).
SPELLING = "th 3|numbers 4|accented y 1|saints 2|places 1|foreign letters 3|units 4|spect 1|prefix s 1|sat 2|man 2|gen 1"
RULES = f"letters 2|{SPELLING}|elided 2|names unlinked 1|numbers unlinked 4|units unlinked 2|nouns unlinked 1"


def phonemize(text: str, language: str = "fr-fr") -> str:
    """IPA with stress marks and punctuation kept (the model uses both for prosody); empty
    when there is nothing to pronounce (phonemizer then returns no line at all)."""
    if language.startswith("fr"):
        text = _elided_english(text, language)
    runs = split_languages(text)
    if all(kind == "fr" for kind, _ in runs):
        return _french(text, language)
    words: list[str] = []
    glue = ""
    for kind, run in runs:
        if kind != "fr":  # English, or phonemes given by the lexicon
            words.append(glue + (_phonemize(run, ENGLISH) if kind == "en" else run))
            glue = ""
            continue
        elided = _ELIDED.search(run.rstrip()) if run.rstrip() == run else None
        if elided:
            glue = _ELISIONS[elided.group(1).lower()]
            run = run[: elided.start()]
        words.append(_french(run, language))
    joined = ""
    for word in filter(None, words):
        joined += word if not joined or word[0] in _CLOSING else " " + word
    return joined


# An elided article before a word espeak-ng reads in English: it reads the two as one English
# word, the "l'" as the letter ("l'email" /ˈɛlˈiːmeɪl/, "l'onboarding", "qu'email" /kwˈiːmeɪl/).
# The word is said in English like a marked span, the article joined to it. Before a spelled
# acronym espeak-ng lost or anglicised the first letter ("l'H-A-S" "èl-a-èss", "d'H-E-C"
# /dəɹˈeɪtʃ/): the letters' names are given, the article joined.
_ARTICLE = r"(?<![\w\[])(?P<article>(?i:" + "|".join(_ELISIONS) + r")')"
_ELIDED_CHAIN = re.compile(rf"{_ARTICLE}(?P<chain>{_CHAIN})")
_ELIDED_WORD = re.compile(rf"{_ARTICLE}(?P<word>[^\W\d_]{{2,}})(?![\w'\]-])")


def _elided_english(text: str, language: str) -> str:
    """'l'email' -> "l'[en:email]": the words after an elided article espeak-ng reads in English."""

    def mark(match: re.Match[str]) -> str:  # when espeak-ng takes the article into its English word
        english = _english(match.group(0), language)
        return match["article"] + mark_english(match["word"]) if english else match.group(0)

    def letters(match: re.Match[str]) -> str:  # "l'H-A-S": espeak-ng said "èl-a-èss", the H lost
        chain = match["chain"]
        return match["article"] + mark_phonemes("".join(_LETTER_NAMES[c] for c in chain.split("-")), chain)

    return _ELIDED_WORD.sub(mark, _ELIDED_CHAIN.sub(letters, text))


def english_words(text: str, language: str = "fr-fr") -> list[str]:
    """The words of a normalised French ``text`` that espeak-ng would read by its English rules,
    the spans marked English aside: where a lexicon entry may be wanting ("Nancy" was
    /nˈansi/). Used by scripts/english-words.py."""
    found: list[str] = []
    for kind, run in split_languages(_elided_english(text, language)):
        if kind == "fr":
            found += [w for w in re.findall(r"[^\W\d_][\w'-]*", run) if _english(w, language)]  # respelled there
    return found


def flagged(words: list[str], language: str = "fr-fr") -> list[str]:
    """espeak-ng's reading of each of ``words``, with its language flags: "(en)…(fr)" where it
    switches to its English rules (for this module's checks, the "th" list's script and tests)."""
    if not words:
        return []
    with _lock:
        key = f"{language} keep-flags"
        if key not in _backends:
            _backends[key] = _make_backend(language, switch="keep-flags")
        said: list[str] = _backends[key].phonemize(words, strip=True)
    return said


@functools.lru_cache(maxsize=4096)
def _english(word: str, language: str) -> bool:
    """Whether espeak-ng reads ``word`` (in French spelling) by its English rules from its start."""
    return flagged([french_spelling(word)], language)[0].lstrip().startswith("(en)")


def _french(text: str, language: str) -> str:
    """espeak's phonemes for a French run: its spelled acronyms said letter by letter, its
    French words in French (``french_spelling``), no liaison after a name (``_unlinked``)."""
    if not language.startswith("fr"):
        return _phonemize(text, language)
    said = _unlinked(french_spelling(text), language)
    fixes = dict(filter(None, (_chain_fix(chain, language) for chain in set(_SPELLED.findall(text)))))
    lone_e = bool(_LONE_E.search(text))
    if not fixes and not lone_e:
        return said
    words = said.split(" ")
    for i, word in enumerate(words):
        core = word.rstrip(_CLOSING)
        plain = _unstressed(core)
        if lone_e and plain == "ə":  # the letter E alone: espeak's mute /ə/, not any "le", "de" (/lə/, /də/)
            words[i] = _LETTER_NAMES["E"] + word[len(core) :]
            continue
        elided = next((e for e in ("", *_ELIDED_SOUNDS) if plain.startswith(e) and plain[len(e) :] in fixes), None)
        if elided is not None:  # a word of its own, or after an elided article ("d'A-T-T")
            words[i] = elided + fixes[plain[len(elided) :]] + word[len(core) :]
    return " ".join(words)


# espeak-ng links a name's silent last letter to a vowel after it: "Bordeaux a annoncé"
# /bɔʁdˈoz a/, "Thomas a dit" /tomˈaz a/, "Dupont affirme" /dypˈɔ̃t/ — a French speaker makes no
# liaison after a name. The text is read in pieces cut there; a capitalised word that opens a
# sentence and calls for its liaison ("Les États-Unis", "Nous avons") keeps it.
_NAME_BEFORE_VOWEL = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ]*[sxtdz](?=\s+[aeiouyàâéèêîïôûœAEIOUYÀÂÉÈÊÎÔÛ])")
_LIAISON_WORDS = frozenset(
    "les des ces mes tes ses nos vos leurs aux dans sans chez sous quand tout tous très plus moins trois deux six "
    "dix vingt cent nous vous ils elles ont sont est petit petits grand grands gros bon bons mauvais premiers "
    "derniers certains plusieurs quelques quels quelles dont aucuns bien tant comment".split()
)


# No word links to "et" ("des pouces‿z‿et", "grands‿z‿et forts"), but "vingt et un" says its t.
_BEFORE_ET = re.compile(r"(?<=[sxztdnpr])(?=\s+et\b)")  # "premier‿r‿et"
_TWENTY_ONE = re.compile(r"(?i:\bvingt)\Z")  # before "et un": the piece "vingt" ends
_ET_UN = re.compile(r"\s+et\s+un")
# A number links only to the noun it counts ("deux‿z‿ans"); espeak-ng also links it to the next
# word of a range ("de deux‿z‿à trois"), to a unit in "w" ("deux‿z‿watts") and a version number
# to its verb ("la Switch deux‿z‿est", "le Pixel dix‿z‿a").
_LINKING_NUMBER = r"(?:deux|trois|six|dix|vingt|cents?)"
_NUMBER_BEFORE_WORD = re.compile(rf"\b{_LINKING_NUMBER}(?=\s+(?:à|au|aux|ou|w[\w-]*)\b)")  # not "deux‿z‿en un"
# Nor does a unit the normaliser wrote out link to the next word: "cinq gigawatts à terme" /ʒiɡawatz a/,
# "trois cents mégawatts électriques alimentera" /meɡawatz elɛktʁikz alimɑ̃tʁa/ (no French reader says the z),
# in its French spelling too: "des wons à Séoul" is "des ouonnes à Séoul" by then (/wɔnz a/)
_SPOKEN_UNITS = SPOKEN_UNITS | {_UNIT_WORD.sub(_unit_word, unit) for unit in SPOKEN_UNITS}
_UNIT_BEFORE_VOWEL = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, _SPOKEN_UNITS), key=len, reverse=True)) + r")(?=\s+[aeiouyàâéèêîïôûœ])"
)
# Nor a singular noun before a preposition: espeak-ng links "par mois‿aux usines" /mwaz o/, "le pays‿aux
# mille lacs", "le taux‿à dix ans" (the words it links, and no fixed phrase: "le cas échéant" is left alone)
_NOUN_BEFORE_PREPOSITION = re.compile(
    r"\b(?:mois|pays|poids|bras|repas|cas|nez|bois|palais|cours|discours|concours|secours|parcours|recours|tiers"
    r"|univers|taux|fois|marais)(?=\s+(?:à|au|aux|en|avec|après|avant|entre)\b)"
)
_VERSION_BEFORE_VOWEL = re.compile(  # a name, not a sentence's first word ("En deux‿z‿ans"), then a verb,
    rf"(?<=[\w,] )[A-ZÀ-Ý][\w-]* {_LINKING_NUMBER}"  # not a counted noun, which is plural ("à Paris deux‿z‿ans")
    r"(?=\s+(?:est|a|ont|sont|était|avait|[aeiouyàâéèêîïôûœ]\w*[eé])\b)"
)


def _unlinked(text: str, language: str) -> str:
    cuts = sorted(
        {m.end() for m in _NAME_BEFORE_VOWEL.finditer(text) if m.group(0).lower() not in _LIAISON_WORDS}
        | {m.end() for m in _NUMBER_BEFORE_WORD.finditer(text)}
        | {m.end() for m in _BEFORE_ET.finditer(text) if not (_TWENTY_ONE.search(text, 0, m.end()) and _ET_UN.match(text, m.end()))}
        | {m.end() for m in _VERSION_BEFORE_VOWEL.finditer(text)}
        | {m.end() for m in _UNIT_BEFORE_VOWEL.finditer(text)}
        | {m.end() for m in _NOUN_BEFORE_PREPOSITION.finditer(text)}
    )
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return " ".join(filter(None, (_phonemize(piece, language) for piece in pieces)))


@functools.lru_cache(maxsize=4096)
def _chain_fix(chain: str, language: str) -> tuple[str, str] | None:
    """espeak's reading of a spelled chain, stress marks aside (they move with the context), and
    the letters' names to say instead; None when espeak already says them. Cached: a show
    spells the same acronyms in every cue."""
    wrong, right = _phonemize(chain, language), "".join(_LETTER_NAMES[c] for c in chain.split("-"))
    return (_unstressed(wrong), right) if _unstressed(wrong) != _unstressed(right) else None


def _unstressed(phonemes: str) -> str:
    return phonemes.replace("ˈ", "").replace("ˌ", "")


def _phonemize(text: str, language: str) -> str:
    if not text.strip():
        return ""
    with _lock:
        backend = _backends.get(language)
        if backend is None:
            backend = _backends[language] = _make_backend(language)
        result: list[str] = backend.phonemize([text], strip=True)
    return " ".join(result[0].split()) if result else ""


def _make_backend(language: str, switch: str = "remove-flags") -> Any:
    import espeakng_loader
    from phonemizer.backend import EspeakBackend
    from phonemizer.backend.espeak.wrapper import EspeakWrapper

    EspeakWrapper.set_library(espeakng_loader.get_library_path())
    EspeakWrapper.set_data_path(espeakng_loader.get_data_path())
    return EspeakBackend(language, preserve_punctuation=True, with_stress=True, language_switch=switch)
