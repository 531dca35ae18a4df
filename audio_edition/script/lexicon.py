"""The pronunciation lexicon: data in ``voices/lexicon.toml``, overridden by the show's own.

Four kinds of entries. ``[respell]``: whole-word, case-sensitive respellings that a
French voice reads right ("Google" = "Gougueul"); a key in lower case also matches its
capitalised form at the start of a sentence. ``[english]``: the same, but the value is
English, said with English phonemes by engines that can ("OpenAI" = "OpenAI"; see
``languages``). ``[phonemes]``: the same, as IPA for engines that take phonemes, with a
respelling for the others (``"IA" = { ipa = "iˈa", text = "ia" }``). ``words``: acronyms
said as words ("NASA"), where the generic rule would spell them. Later files win, so a
show-level lexicon can correct the shared one without editing it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ..errors import ConfigError
from .languages import (
    english_quotes,
    english_titles,
    is_marked,
    mark_english,
    mark_phonemes,
)


@dataclass(frozen=True)
class Lexicon:
    respell: dict[str, str] = field(default_factory=dict)
    words: frozenset[str] = frozenset()  # acronyms said as a word ("NASA")
    english: dict[str, str] = field(default_factory=dict)
    phonemes: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (IPA, respelling)
    letters: frozenset[str] = frozenset()  # acronyms spelled even where they look like a word ("UCLA")

    @cached_property
    def _table(self) -> dict[str, str]:
        english = {word: mark_english(spoken) for word, spoken in _case_forms(self.english).items()}
        ipa = {word: mark_phonemes(*said) for word, said in self.phonemes.items()}
        return {**_case_forms(self.respell), **english, **ipa}

    @cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self._table:
            return None
        keys = sorted(self._table, key=len, reverse=True)
        # whole words ("ChatGPT¹": a footnote's call), and a name in a compound: "Cergy-Pontoise",
        # "Vitry-sur-Seine", "Marcy-l'Étoile", "Jean-Arthur", "ex-Google", or before its number:
        # "Shenzhou-22" (not an acronym: "GPT" in "GPT-4", see ``_numbered_acronym``)
        compound = r"[A-ZÀ-Ý]|(?:sur|sous|le|la|les|lès|en|de|du|des|aux|au)-|l['’]"  # what follows the hyphen
        return re.compile(
            r"(?:(?<![\w-])|(?<=[a-zà-ÿ]-))("
            + "|".join(map(re.escape, keys))
            + rf")(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰]|-(?!{compound}|\d))"
        )

    def apply(self, text: str) -> str:
        """Every whole-word entry replaced by its respelling, in one pass (no re-matching)."""
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: m.group(0) if _not_here(m) else self._table[m.group(1)], text)

    def protect(self, text: str) -> tuple[str, list[str]]:
        """Entries replaced by placeholders the other rules leave alone; ``restore`` puts the respellings back.

        The producer's respelling is final: no later rule lowers, spells or re-reads it. So are
        quotations in English, English job titles and names ending in "AI", said in English.
        """
        found: list[str] = []

        def hold(spoken: str) -> str:
            return held(found, spoken)

        def english_ai(match: re.Match[str]) -> str:
            name = match.group(1)
            if name == "AI" and _pay_rise(match):
                return name  # the French "augmentation individuelle", spelled by the capitals' rule
            # an entry of its own wins, or one that starts here and says more ("AI Act", "AI ACT")
            longer = self._pattern.match(match.string, match.start()) if self._pattern else None
            entry = name in self._table or (longer is not None and len(longer.group(1)) > len(name))
            core, tail = _AI_TAIL.match(name).groups()  # type: ignore[union-attr]
            if not entry and tail and core in self._table:
                return core + " " + hold(mark_english(tail.strip()))  # "Mistral AI Studio": the entry, then English
            return name if entry else hold(mark_english(name))

        text = english_quotes(text, hold, self._table.keys())
        text = english_titles(text, hold, self._table.keys())  # before "AI": "AI Operations Specialist" is one title
        if not {"AI", "Ai"} & self._table.keys():
            text = _AI_NAME.sub(english_ai, text)
        if self._pattern is None:
            return text, found

        def respell(match: re.Match[str]) -> str:
            if _not_here(match):
                return match.group(0)
            spoken = self._table[match.group(1)]
            # a common noun respelled in lower case stays in the text, for the number rules to
            # see it: "21 startups" -> "vingt et une starteupes" (no later rule changes lower case)
            return spoken if _COMMON_NOUN.fullmatch(match.group(1)) and _COMMON_NOUN.fullmatch(spoken) else hold(spoken)

        return self._pattern.sub(respell, text), found


# A key told by its case ("réseau TON", The Open Network's) whose capitals go on with a French word is a name in
# capitals of its own, its short word French: "le réseau TON IDENTITÉ", an association's, says "ton identité" (was
# "Tonne identité"); an acronym after it is spelled, the key still said ("le réseau TON DNS", "le wallet TON NFT"): a
# word has an accent, or four letters and two vowels
_CAPITALS_GO_ON = re.compile(r" (?=[A-Z]*[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]|(?=[A-Z]{4})(?:[B-DF-HJ-NP-TV-XZ]*[AEIOUY]){2})[A-ZÀ-Ý]{2,}\b")


def _not_here(match: re.Match[str]) -> bool:
    told = _CASE_TOLD.fullmatch(match.group(1)) and _CAPITALS_GO_ON.match(match.string, match.end())
    return bool(told) or _numbered_acronym(match)


def _numbered_acronym(match: re.Match[str]) -> bool:
    """'GPT-4', 'A-10': an acronym's entry does not say a code with a number ("Shenzhou-22" is a name's)."""
    after = match.string[match.end() : match.end() + 2]
    return not any(c.islower() for c in match.group(1)) and after[:1] == "-" and after[1:].isdigit()


# "AI" in a French text is English, and so is the name it ends ("Microsoft AI", "Mistral AI",
# "Prompt AI"): said in English as one span, the Whisper listener heard the names as written;
# said as French letters ("Microsoft a-i") it heard "Microsoft aille". A lexicon entry for
# "AI" turns the rule off.
# The name is an English-looking capitalised word (not "Les", "Côté", nor the French verb
# in "J'AI"); a name glued to it counts too ("xAI", "GenAI"), and an English word after a
# hyphen ("AI-first", "AI-native").
_AI_NAME = re.compile(
    r"(?<![\w.-])(?<![JjNnMm]')((?:(?!(?:Les|Des|Une|Un|Le|La|Du|De|Et|En|Au|Aux|Sur|Pour|Avec|Dans|Par|Selon|Pourquoi|Comment|Quand|Mais|Sans|Chez|"
    r"Après|Avant|Depuis|Contre|Ainsi|Enfin|Alors|Donc|Cette|Ce|Cet|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Votre|Vos|Quel|Quelle|"
    r"Tout|Toute|Tous|Entre|Vers|Puis|Voici|Voilà|Si|Où|Car)\s)[A-Z][A-Za-z0-9-]*\s)?"
    r"(?:[A-Za-z][A-Za-z0-9]*(?<=[a-z]))?AI(?:-[a-z]{3,})?"
    r"(?:\s(?:Impact|Summit|Action|Plan|Act|Development|Safety|Security|Institute|Office|Labs?|Index|Report|Week|Forum|Alliance|"
    r"Pact|Agents?|Studio|Overviews?|Mode|Search|Research|Foundation|Infrastructure|Partnership|Challenge|Champions?|"
    r"Gigafactory|Gigafactories)\b){0,3})(?![\w-])"
)  # and the English words of its name after it: "AI Impact Summit", "AI Action Plan"


# In a pay settlement "AI" is the French "augmentation individuelle", beside the "AG" (générale):
# "dont 1,5 % d'AG et 2 % d'AI", "l'enveloppe AG/AI", "une AI de 2 %" are said "A-I" like "A-G"
# (was the English "A.I."): after a share ("% d'AI"), before one ("une AI moyenne de 1,8 %"), or in
# a clause that names the other raise as a raise. Not any "AG" ("Siemens AG", "l'AG des
# actionnaires") nor the robot NAO: "Siemens AG veut de l'AI" is English; the NAO (négociations
# annuelles) count only where the clause speaks of pay.
_SHARE_BEFORE = re.compile(r"%\s*(?:d['’]|de\s)\Z")
_SHARE_AFTER = re.compile(r"\s+(?:[a-zà-ÿ]+\s+)?de\s+\d[\d,.]*\s*%")
_PAY_WORDS = re.compile(
    r"%\s*(?:d['’]|de\s)AG\b|\bAG\s*(?:/|et|,)\s*AI\b|\bAI\s*(?:/|et|,)\s*AG\b"  # "1 % d'AG", "AG/AI"
    r"|\baugmentations? (?:individuelles?|générales?)\b"
)
_NAO = re.compile(r"\bNAO\b")
_PAY_TALK = re.compile(r"(?i)\bsalari(?:al|ale|aux|ales|é|és|ée|ées)\b|\bsalaires?\b|\baugmentations?\b|\benveloppe\b|%")
_CLAUSE_END = re.compile(r"[.;!?]\s|\n")


def _pay_rise(match: re.Match[str]) -> bool:
    text = match.string
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, match.end())), len(text))
    if _SHARE_BEFORE.search(text, 0, match.start()) or _SHARE_AFTER.match(text, match.end()):
        return True
    if _PAY_WORDS.search(text, start, end):
        return True
    return bool(_NAO.search(text, start, end) and _PAY_TALK.search(text, start, end))


_AI_TAIL = re.compile(r"(.*?AI(?:-[a-z]{3,})?)((?:\s\w+)*)$")  # "Mistral AI" and " Studio"
_COMMON_NOUN = re.compile(r"[a-zà-ÿ][a-zà-ÿ' -]*")


# (a short word in capitals that is also French: "wallet TON"; not "Red by SFR"; "la MIRES" keeps "LA MIRES")
_CASE_TOLD = re.compile(r"\b[a-zà-ÿ][\w-]* (?:TON|SON|MON|TA|SA|MA|TES|SES|MES|NOS|VOS|LES|DES|UNE|UN|LA|LE|DU|DE|ET|EN|AU|OR|OU|SUR|PAR)\b")


def _case_forms(entries: dict[str, str]) -> dict[str, str]:
    """The entries, plus the capitalised form of each lower-case key (a sentence's first word)
    and the form in capitals of each key of four letters or more ("OPENAI ET GOOGLE", a headline),
    but for a key told by its case, a word in lower case before a short one in capitals ("wallet TON"):
    in capitals, a word of two or three letters is as often French ("CHANGE TON RÉSEAU TON AVENIR")."""
    table = {}
    for word, spoken in entries.items():
        if word[:1].islower():
            table.setdefault(word[:1].upper() + word[1:], spoken[:1].upper() + spoken[1:])
        if len(word) >= 4 and word != word.upper() and not _CASE_TOLD.search(word):
            table.setdefault(word.upper(), spoken)
    table.update(entries)
    return table


# Private-use characters: not letters, digits or punctuation to any rule.
_PLACEHOLDER = "\U000f0000"
_FIRST_SLOT = 0xF0001
HELD = re.compile("\U000f0000([\U000f0001-\U000ffffd])")  # a lexicon entry held aside


def held(found: list[str], spoken: str) -> str:
    """A placeholder for ``spoken``, added to ``found``: ``restore`` puts it back."""
    found.append(spoken)
    return _PLACEHOLDER + chr(_FIRST_SLOT + len(found) - 1)


def restore(text: str, found: list[str], say: Callable[[str], str] = lambda s: s) -> str:
    """Put back the respellings ``Lexicon.protect`` held, each passed through ``say`` (French
    ones: an English span is said by the English phonemiser, digits and all)."""

    def put_back(match: re.Match[str]) -> str:
        spoken = found[ord(match.group(1)) - _FIRST_SLOT]
        return spoken if is_marked(spoken) else say(spoken)

    return HELD.sub(put_back, text)


def load_lexicon(*paths: Path) -> Lexicon:
    """Merge lexicon files in order (missing files are skipped); every problem reported at once."""
    respell: dict[str, str] = {}
    english: dict[str, str] = {}
    phonemes: dict[str, tuple[str, str]] = {}
    words: set[str] = set()
    letters: set[str] = set()
    problems: list[str] = []
    sources: list[str] = []
    for path in paths:
        if not path.is_file():
            continue
        sources.append(str(path))
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: not valid TOML ({exc})")
            continue
        for key in sorted(set(raw) - {"respell", "english", "phonemes", "words", "letters"}):
            problems.append(
                f"{path}: unknown key '{key}' (expected 'words', 'letters', [respell], [english] and [phonemes])"
            )
        for name, into, other, sample in (("words", words, letters, "said as words, e.g. [\"NASA\"]"),
                                          ("letters", letters, words, "always spelled, e.g. [\"UCLA\"]")):  # fmt: skip
            listed = raw.get(name, [])
            if not isinstance(listed, list) or not all(isinstance(w, str) and w.strip() for w in listed):
                problems.append(f"{path}: '{name}' must be a list of acronyms {sample}")
            else:
                into.update(w.strip() for w in listed)
                other.difference_update(w.strip() for w in listed)  # the later file wins
        for name, into, other in (("respell", respell, english), ("english", english, respell)):
            table = raw.get(name, {})
            if not isinstance(table, dict):
                problems.append(f"{path}: [{name}] must be a table of \"Word\" = \"{_SAMPLE[name]}\"")
                continue
            for word, spoken in table.items():
                if not isinstance(spoken, str) or not spoken.strip():
                    problems.append(f"{path}: [{name}] {word!r} must be a non-empty string")
                elif name == "english" and re.search(r"[\[\]]", spoken):
                    problems.append(f"{path}: [english] {word!r} must not hold brackets")
                else:
                    into[word] = spoken
                    other.pop(word, None)  # the later file's kind wins
                    phonemes.pop(word, None)
                    words.discard(word)
                    letters.discard(word)
        table = raw.get("phonemes", {})
        if not isinstance(table, dict):
            problems.append(f"{path}: [phonemes] must be a table of \"Word\" = {{ ipa = \"…\", text = \"…\" }}")
            table = {}
        for word, said in table.items():
            ipa, text = (said.get("ipa"), said.get("text", word)) if isinstance(said, dict) else (None, None)
            if not (isinstance(ipa, str) and ipa.strip() and isinstance(text, str) and text.strip()):
                problems.append(f"{path}: [phonemes] {word!r} must be {{ ipa = \"…\", text = \"…\" }} (text: for other engines)")
            elif re.search(r"[\[\]|]", ipa + text):
                problems.append(f"{path}: [phonemes] {word!r} must not hold brackets or '|'")
            else:
                phonemes[word] = (ipa, text)
                respell.pop(word, None)
                english.pop(word, None)
                words.discard(word)
                letters.discard(word)
    if problems:
        raise ConfigError(problems, ", ".join(sources) or "lexicon")
    return Lexicon(respell, frozenset(words), english, phonemes, frozenset(letters))


_SAMPLE = {"respell": "respelling", "english": "English spelling"}
