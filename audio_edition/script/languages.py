"""Spans of the normalised text that a French phonemiser must not read as French: English
names ("OpenAI" as a French journalist says it, not "opénaïe"), and words the lexicon gives
as phonemes ("IA" as /iˈa/, the two syllables listeners hear, where espeak says /ja/).

A span is written ``[en:Sam_Altman]`` or ``[ipa:iˈa|ia]`` in the normalised text
(``speak --show-normalised`` shows it): no space inside, so no chunker ever cuts through
it, and no colon followed by a space, so it is no clause. Kokoro phonemises an English span
with espeak-ng's English and takes a phoneme span as it is; engines that cannot read
``plain`` text: the English spelling, or the French spelling after the ``|``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

_SPAN = re.compile(r"\[(en|ipa):([^\]\s|]+)(?:\|([^\]\s]+))?\]")


def mark_english(text: str) -> str:
    """``text`` (English) as one marked span."""
    return "[en:" + "_".join(text.split()) + "]"


# A quotation in English inside the French text: « We are still very early », "Move fast and
# break things". Said with English phonemes, as a French journalist reads an English quote
# (measured: 16 quotes, Whisper base left to find the language: WER 0.62 read as French,
# 0.34 in English). It is English when it has English grammatical words and no French ones
# nor accents, counting words in lower case ("Décideurs IT", "Le Chat is…" are no evidence).
_QUOTE = re.compile(r"«\s*(?P<a>[^«»\n]+?)\s*»|“(?P<b>[^“”\n]+?)”|\"(?P<c>[^\"\n]+?)\"")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[A-Za-z]+)?")
_ENGLISH = frozenset(
    "the is are was were be been being we you they it this that these those to of with and not will would "
    "can could should have has had our your their my what how why when where who from by at just very still "
    "about going if into out up all more most there here does did don't it's we're i'm you're they're "
    "can't won't isn't that's let's than rather we'd i'd you'd they'd we'll i'll you'll we've i've you've "
    "doesn't didn't wasn't aren't haven't shouldn't wouldn't couldn't there's what's".split()
)
# Words also found in other languages' quotations (« No hay plata », « tolleranza zero »): English
# evidence only beside a word with an English ending (« no government guarantees »)
_WEAK_ENGLISH = frozenset(("for", "no", "zero"))
_ENGLISH_ENDING = re.compile(r"[a-z]{2,}(?:ing|ment|tion|ness|ity|ous|ful|ed|ly|ship|able|ible|ics|ees|ers|ical)$")
_FRENCH = frozenset(
    "le la les de des du un une et est pour dans que qui nous vous ils elle il ce cette ces sur pas ne au aux "
    "avec sont ont mais ou par se sa son ses leur leurs c'est d l qu n j s m t".split()
)


ACCENTS = frozenset("àâçéèêëîïôûùüÿœ")  # French letters no English word has
_OTHER_LETTERS = frozenset("áíóúñãõ")  # nor Spanish or Portuguese ones
_TRAILING = re.compile(r"[\s.,;:!?…]+$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
MAX_SPAN_WORDS = 40  # a span is never cut: a chunk of speech must stay short


def _sentence(text: str, hold: Callable[[str], str]) -> str | None:
    """One English sentence held as a span, its final punctuation after it; None if too long."""
    ending = _TRAILING.search(text)
    said = re.sub(r"[\[\]|]", "", text[: ending.start()] if ending else text)  # "They [OpenAI] are…": the span's marks
    if len(said.split()) > MAX_SPAN_WORDS:
        return None
    return (hold(mark_english(said)) if said else "") + (ending.group(0) if ending else "")


def is_english(text: str) -> bool:
    """Whether a quotation is in English: English grammatical words, and no French ones nor accents."""
    words = _WORD.findall(text.replace("’", "'"))
    english = [w for w in words if w.lower() in _ENGLISH and not (w.isupper() and len(w) > 1)]
    if not english and any(w.lower() in _WEAK_ENGLISH for w in words) and any(_ENGLISH_ENDING.match(w) for w in words):
        english = [w for w in words if w.lower() in _WEAK_ENGLISH]
    if len(words) < 2 or not english or _OTHER_LETTERS & set(text.lower()):
        return False
    return not any(w.islower() and (w.split("'")[0] in _FRENCH or ACCENTS & set(w)) for w in words)


def english_quotes(text: str, hold: Callable[[str], str], names: Collection[str] = ()) -> str:
    """Each quotation in English replaced by ``hold`` of its English span (the marks and the
    final punctuation stay outside); a quoted name of ``names`` (the lexicon's) is left alone."""

    def quote(match: re.Match[str]) -> str:
        group = "a" if match["a"] else "b" if match["b"] else "c"
        inner = match[group]
        if inner in names or not is_english(inner):
            return match.group(0)
        sentences = [_sentence(s, hold) for s in _SENTENCE_END.split(inner)]
        if any(s is None for s in sentences):
            return match.group(0)
        start, end = match.start(group) - match.start(), match.end(group) - match.start()
        whole = match.group(0)
        return whole[:start] + " ".join(s for s in sentences if s) + whole[end:]

    return _QUOTE.sub(quote, text)


# An English job title in the French text: "Chief People Officer", "Head of Data", "Product
# Designer", "AI Operations Specialist". Read as French, half its words were French ("Officer"
# said "officié", "Designer" "désigné", "Talent" /talɑ̃/); a French journalist says the title in
# English, as one span. A title is one to three English words a job is qualified by (a closed
# list: any capitalised word took in a name or a French word, "Julien Martin Product Manager",
# "le Prix Manager", "Paris Manager") and a head word only English names a job by, or "Head of",
# its field and at most two more such words ("Head of Talent Julie Moreau": the name stays
# French, and so does "Head of Marketing France"). A bigger name it opens is no title ("Product
# Manager Summit"); a name after it is no part of it ("Chief Data Officer Pierre Girard").
_TITLE_MODIFIERS = (
    "AI|ML|UX|UI|QA|HR|IT|SEO|CRM|Chief|Senior|Junior|Lead|Principal|Staff|Head|Deputy|Assistant|Associate|Executive|"
    "Managing|General|Vice|Regional|Global|Country|Field|Key|Account|Accounts|Product|Products|Data|Brand|Office|"
    "Sales|Tech|Technical|Technology|People|Talent|Growth|Marketing|Customer|Success|Community|Content|Project|"
    "Program|Software|Hardware|Machine|Learning|Operations|Operating|Financial|Finance|Information|Security|"
    "Revenue|Business|Development|Developer|Digital|Happiness|Payroll|Sports|Analytics|Research|Solutions|Solution|"
    "Cloud|Backend|Frontend|Fullstack|Full|Stack|Mobile|Web|Creative|Design|Legal|Compliance|Risk|Privacy|Partner|"
    "Partnerships|Channel|Category|Supply|Chain|Engineering|Platform|Site|Reliability|DevOps|Quality|Test|Innovation|"
    "Strategy|Impact|Sustainability|Diversity|Employer|Branding|Performance|Acquisition|Investor|Relations|Public|"
    "Affairs|Communications|Events|Social|Media|Retail|Store|Procurement|Purchasing|Logistics|Workplace|Human|"
    "Resources|Training|Transformation|Change|Scrum|Agile|Systems|Network|Infrastructure|Cybersecurity|Motion|"
    "Graphic|Interaction|Service|Support|Delivery|Portfolio|Investment|Quant|Quantitative|Embedded|Robotics|"
    "Computer|Vision|Prompt|Applied|Clinical|Medical|Regulatory|Insights|Pricing|Enterprise|Inside|Demand|"
    "Lifecycle|Experience|Science|Sciences|Trust|Safety|Ethics|Policy|Automation|Integration|Implementation|"
    "Onboarding|Facility|Facilities|Travel|Treasury|Tax|Audit|Controlling|Bid|Proposal|Pre-Sales|Presales"
)
_TITLE_WORD = rf"(?:{_TITLE_MODIFIERS})"
# The field after "Head of" is any capitalised word but a French one ("Head of Talent", "Head of Europe")
_FIELD_WORD = (
    r"(?!(?:Le|La|Les|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Votre|Vos|Et|Ou|En|Au|Aux)\b)"
    r"(?:AI|[A-Z][a-z]+)"
)
_TITLE_HEAD = (  # ("Partners" names a firm: "Kurma Partners", French)
    r"(?:(?:Officer|Specialist|Manager|Designer|Scientist|Engineer|Analyst|Developer|Architect|Owner|Advocate|Director|"
    r"Lead|Recruiter|Strategist|Evangelist)s?|Partner)"
)
_BIGGER_NAME = (  # the English words that make a title the name of an event or a body ("Product Manager Summit")
    r"Conference|Conferences|Summit|Day|Days|Week|Weeks|Awards?|Prize|Program|Programme|Network|Club|Forum|Meetup|"
    r"Association|Community|School|Academy|Bootcamp|Challenge|Camp|Festival|Show|Expo|Tour|Cup|Institute|"
    r"Foundation|Society|Guild|Group|Hub|Lab|Labs|Night|Talks?|Podcast|Survey|Report|Index|Certification|Certificate"
)
_JOB_TITLE = re.compile(
    rf"(?<![\w'’-])(?:(?:{_TITLE_WORD} ){{1,3}}{_TITLE_HEAD}|Head of {_FIELD_WORD}(?: {_TITLE_WORD}){{0,2}})"
    rf"(?![\w'’-])(?! (?:{_BIGGER_NAME})\b)"
)


def english_titles(text: str, hold: Callable[[str], str], names: Collection[str] = ()) -> str:
    """Each English job title replaced by ``hold`` of its English span ("un Head of Data" ->
    "un [en:Head_of_Data]"); a title of ``names`` (the lexicon's) is left to its entry."""
    return _JOB_TITLE.sub(lambda m: m.group(0) if m.group(0) in names else hold(mark_english(m.group(0))), text)


def mark_phonemes(phonemes: str, text: str) -> str:
    """IPA ``phonemes`` as one span; ``text`` is what engines without phonemes read."""
    return "[ipa:" + "_".join(phonemes.split()) + "|" + "_".join(text.split()) + "]"


def is_marked(text: str) -> bool:
    return bool(_SPAN.fullmatch(text))


def plain(text: str) -> str:
    """The text with every span back to words: the English spelling, the French fallback."""
    return _SPAN.sub(lambda m: (m.group(3) or m.group(2)).replace("_", " "), text)


def split_languages(text: str) -> list[tuple[str, str]]:
    """``text`` as runs in order: ("fr", text) between spans, ("en", English text) and
    ("ipa", phonemes) for each span."""
    runs: list[tuple[str, str]] = []
    start = 0
    for match in _SPAN.finditer(text):
        if match.start() > start:
            runs.append(("fr", text[start : match.start()]))
        runs.append((match.group(1), match.group(2).replace("_", " ")))
        start = match.end()
    if start < len(text):
        runs.append(("fr", text[start:]))
    return runs
