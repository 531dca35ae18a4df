"""The recogniser's state and the issue's header: title, teaser, greeting, date, epigraph.

``HeaderReader`` holds what the recogniser knows while it walks the blocks (sections so
far, what was dropped, the newsletter's names) and reads the header blocks that come
before the first section; ``recognise.py`` reads the body on top of it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..calendar_words import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS
from ..model import Dropped, Quote
from .blocks import Block, Document, clean
from .dates import find_date
from .lines import caps_rubric, heading_like, names_line, person_name, split_teaser, words
from .profile import DropRule, Profile
from .text import BULLET, NUMBERED

_QUOTES = "«»“”\"'’ "
_NORM = re.compile(r"[\W_]+")
# a welcome or thanks to the readers, a longer greeting: "… et bienvenue aux 1 312 nouveaux abonnés 👋", "Chers abonnés,
# merci d'être toujours plus nombreux !", "Bienvenue dans ce numéro d'été" (not news: "Bienvenue dans l'ère du TGV à
# 200 euros : selon…")
_WELCOME = re.compile(
    r"\b(?:bienvenue|merci)\b.{0,120}\b(?:abonn[ée]e?s|lect(?:eur|rice)s|inscrit(?:e|s|es)?|nombreu(?:x|ses))\b"
    r"|\b(?:abonn[ée]e?s|lect(?:eur|rice)s)\b.{0,40}\b(?:bienvenue|merci)\b"
    # …or to this issue itself: "Bienvenue dans ce numéro d'été, plus court que d'habitude"
    r"|\bbienvenue (?:dans|[àa]) (?:ce|cette|notre|votre) (?:\w+ )?(?:num[ée]ro|[ée]dition|lettre|newsletter)\b",
    re.IGNORECASE,
)


@dataclass
class Draft:
    title: str
    level: int = 0  # heading level from the markup; 0 when inferred
    paragraphs: list[str] = field(default_factory=list)
    items: list[list[str]] = field(default_factory=list)  # [lead, text, origin]
    names: tuple[str, ...] = ()
    names_over: bool = False  # the line of names stood over its heading ("A • B • C" / "Le titre")
    names_closing: bool = False  # the names close its text, moved from under it: no rubric of briefs for them
    url: str | None = None
    at: int = 0  # index of its heading block
    open_lead: bool = False  # the last item is a sub-heading still taking paragraphs

    def empty(self) -> bool:
        return not self.paragraphs and not self.items


def _norm(text: str) -> str:
    return _NORM.sub(" ", text.casefold()).strip()


def _same_title(hint: str, text: str) -> bool:
    a, b = _norm(hint), _norm(text)
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 12 and (a.startswith(b) or b.startswith(a)))


class HeaderReader:
    def __init__(self, document: Document, profile: Profile) -> None:
        self.doc = document
        self.profile = profile
        self.blocks = _bullets([b for b in document.blocks if b.text])
        self.names: tuple[str, ...] = profile.newsletter_names
        self.dropped: list[tuple[int, Dropped]] = []
        self.sections: list[Draft] = []
        self.title = ""
        self.headlines: list[str] = []
        self.date: dt.date | None = None
        self.epigraph: Quote | None = None
        self.signature: str | None = None
        self.masthead_name = ""
        self.summarised = False  # the headlines are a TL;DR's (an issue's own table of contents says them better)
        self.postscript: list[str] = []  # "P.S. …" after the last section
        self.announced: list[tuple[Draft, str, int, str]] = []  # a section's first line, announcing a table left out
        explicit = [b for b in self.blocks if b.kind == "heading" and b.level > 1 and b.drop is None]
        self.need_strong = len(explicit) >= 2  # markup that has headings uses them
        self.skip: set[int] = set()  # blocks already placed by find_title
        self.title_end = 0  # the first block after the title (set by the recogniser's run)
        self._at = 0

    # --- helpers ---------------------------------------------------------------------

    def drop(self, at: int, text: str, reason: str) -> None:
        if text:
            self.dropped.append((at, Dropped(text, reason)))

    def following(self, at: int) -> tuple[int, Block | None]:
        for j in range(at + 1, len(self.blocks)):
            if self.blocks[j].drop is None:
                return j, self.blocks[j]
        return len(self.blocks), None

    @property
    def current(self) -> Draft | None:
        return self.sections[-1] if self.sections else None

    def rule_for(self, block: Block) -> DropRule | None:
        for rule in self.profile.drop:
            if len(block.text) <= rule.max_chars and rule.patterns.search(block.text, self.names):
                return rule
        return None

    def is_share_bar(self, text: str) -> bool:
        tokens = [t for t in re.split(r"[\s·|•/,:]+", _BUTTONS.sub(" partager ", text.lower())) if t]
        return 0 < len(tokens) <= 12 and all(t in self.profile.share_words for t in tokens) and any(
            t not in ("sur", "et", "ou", "le") for t in tokens
        )

    def heading(self, block: Block, following: Block | None) -> bool:
        if (
            self.sections and block.kind == "paragraph" and not block.url and following is not None and following.kind == "paragraph"
            and caps_rubric(following.text, self.profile) and not block.text.isupper() and len(words(block.text)) >= 2
            and (block.text.startswith(("—", "–", "-")) or person_name(block.text.split(",")[0].rstrip("."), self.profile) is not None)
        ):  # fmt: skip
            # in the body, a signer over "MACHINES" (or "— Sully" over "DRONES : LA FIN D'UN INTERDIT"): the rubric
            # in capitals is the heading, not the short line over it (a name or a dashed line only: "Le nucléaire
            # relancé en Pologne" over "VARSOVIE" is a headline; a first name alone, "Gaspard", stays an empty
            # heading, left out rather than read, and so does a linked button; the issue's title over "À LA UNE"
            # is its title)
            return False
        return heading_like(block, following, self.profile, need_strong=self.need_strong and block.kind != "heading")

    # --- the header --------------------------------------------------------------------

    def find_title(self) -> int:
        """Index of the first block after the title (blocks before it are handled as header).

        The envelope's title (subject, <title>, feed item) is used when the body repeats it
        or has none of its own; the body's own title wins when it clearly has one: an h1,
        or a first line followed by the teaser (a subject may be a teaser of its own)."""
        hint = clean(self.doc.title or "")
        if hint and self.rule_for(Block("paragraph", hint)) is not None:
            hint = ""  # a subject like "Voir cette lettre dans votre navigateur" says nothing
        candidates = [i for i, b in enumerate(self.blocks) if b.drop is None][:12]
        if hint:  # the title repeated near the top, past a masthead or forwarding lines
            for i in [i for i in candidates if self.rule_for(self.blocks[i]) is None][:4]:
                if _same_title(hint, self.blocks[i].text):
                    self.title = self.blocks[i].text
                    return i + 1
        if hint and self.doc.hints.get("title") == "metadata":
            self.title = hint  # front matter, a feed item's title: what the issue calls itself
            return 0
        found = self.own_title(candidates)
        if found is not None and hint and not found[1]:
            at = found[0]
            block = self.blocks[at]
            _, nxt = self.following(at)
            if not (block.kind == "heading" and block.level == 1) and not (nxt is not None and self.teaser(nxt, dry_run=True)):
                found = None
        if found is None:
            self.title = hint
            return 0
        at, mastheads, taglines = found
        if at < 0:  # the newsletter's name and its date, then no title: the envelope's title, if any
            self.title = hint
            at = max(mastheads)
            self.masthead_name = self.blocks[at].text  # the title when there is no headline either
        else:
            self.title = self.blocks[at].text
        for i in mastheads:
            self.drop(i, self.blocks[i].text, "masthead")
            self.names = (*self.names, self.blocks[i].text)
            self.skip.add(i)
        for i in taglines:
            self.drop(i, self.blocks[i].text, "tagline")
            self.skip.add(i)
        return at + 1

    def own_title(self, candidates: list[int]) -> tuple[int, list[int], list[int]] | None:
        """(index of the body's own title, indices of the newsletter's name above it, and of
        its tagline); the index is -1 when the name and its date are followed by no title."""
        mastheads: list[int] = []
        dated = False
        if (above := self.title_over_teaser(candidates)) is not None:
            return above, [], []
        for i in candidates:
            block = self.blocks[i]
            if block.kind in ("bullet", "caption", "quote") or self.rule_for(block) is not None:
                continue
            if self.date_line(block) and mastheads and len(block.text) <= 200:
                dated = True
                continue  # "Octet / Samedi 14 mars 2026 · N° 112 / Le titre": the name, its date, then the title
            if dated and not self.is_title(block, i):
                return -1, mastheads, []  # after the name and the date, an epigraph or a greeting is no title
            # (a masthead line short enough to be a date line, "Réseaux · n° 57 · samedi 14 mars 2026", over the title)
            masthead = not mastheads and (name := _masthead_line(block)) is not None and i + 1 < len(self.blocks)
            if len(block.text) > 200 or self.teaser(block, dry_run=True) or (self.date_line(block) and not masthead):
                return None
            if masthead:
                # "La lettre hebdomadaire du numérique breton · n° 143 · vendredi 20 mars 2026" over the title; with
                # no title under it (a greeting, or the first story's headline over its text: "Le Relevé · n° 31 · …"
                # / "Les loyers flambent" / "À la rentrée…"), the line's name is the title, read with the header
                j, nxt = self.following(i)
                if nxt is None or _TLDR.match(nxt.text) or not self.is_title(nxt, j) or (name and self._over_story(j)):
                    return None
                continue
            if block.text.casefold() in {n.casefold() for n in self.names}:
                mastheads.append(i)  # the newsletter's name above the title
                continue
            # "Le Fil numérique / Jeudi 12 mars 2026 · N° 87 / L'école face aux chatbots": the
            # newsletter's name over the date, then the issue's title; a tagline may come
            # between the name and the date, reading details and links between the date and the title
            j, nxt = self.following(i)
            tagline = [j] if nxt is not None and self.tagline(nxt) else []
            if tagline:
                j, nxt = self.following(j)
            k, then = self.following(j)
            while then is not None and (self.rule_for(then) is not None or _details_only(then.text)):
                k, then = self.following(k)
            if nxt is not None and then is not None and self.date_line(nxt) and self.is_title(then, k) and (
                # a name ("La Veille", "Octet Hebdo"), not a title over the date ("L'IA frugale", then
                # "À la une"): when the show knows its newsletter's names, one of them
                len(words(block.text)) <= 3
                and not self.profile.news_rubrics.search(then.text, self.names)
                and (not self.names or block.text.isupper() or any(n.casefold() in block.text.casefold() for n in self.names))
            ):
                return k, [*mastheads, i], tagline
            # (or its teaser under a name in capitals, "SILLON / … / Au sommaire : A · B · C"; not a title
            # over its number and date, "Le titre / La Veille N° 212 – 15/11/2025 / AU SOMMAIRE | …")
            named = block.text.isupper() or any(n.casefold() == block.text.casefold() for n in self.names)
            opening = then is not None and (
                rundown(then.text) is not None or self.profile.greetings.search(then.text, self.names)
                or (named and self.teaser(then, dry_run=True))
            )  # fmt: skip
            if nxt is not None and opening and self.date_line(nxt) and len(words(block.text)) <= 4:
                # "LE RÉVEIL TECH / tagline / date / Au programme : …" or "Chères lectrices, …": untitled
                return -1, [*mastheads, i], tagline
            return i, mastheads, []
        return None

    def title_over_teaser(self, candidates: list[int]) -> int | None:
        """'OCTET / La lettre de l'IA et de la tech · n° 118 / Le titre / AU SOMMAIRE • … •
        Bienvenue dans Octet, samedi 7 février 2026.': the line over the teaser is the title,
        the short lines above it (the name, a tagline, the issue's number) are masthead."""
        for n, i in enumerate(candidates):
            block = self.blocks[i]
            if block.kind in ("bullet", "caption", "quote") or self.rule_for(block) is not None:
                continue
            if self.teaser(block, dry_run=True):
                above = [k for k in candidates[:n] if self.rule_for(self.blocks[k]) is None]
                title = above[-1] if above else None
                if title is None or len(above) < 2 or len(above) > 4 or not self.is_title(self.blocks[title], title):
                    return None
                if find_date(self.blocks[title].text) is not None:
                    return None  # "Le titre / Octet N° 212 – 15/11/2025 / teaser": the date over the teaser
                # above it: the newsletter's name first ("OCTET"), then a tagline; not a title over
                # its subtitle ("Les petits modèles prennent le large / Pourquoi la frugalité…")
                name = self.blocks[above[0]].text
                named = len(words(name)) <= 3 or (name.isupper() and len(words(name)) <= 4) or name.casefold() in {n.casefold() for n in self.names} or bool(
                    _ISSUE_DETAILS.search(name) or _NEWSLETTER_TAGLINE.match(name)
                )  # ("ÉDITION SPÉCIALE VIVATECH 2026", a kicker in capitals, is no title either)
                taglines = all(self.tagline(self.blocks[k]) or self.date_line(self.blocks[k]) for k in above[:-1])
                return title if named and taglines else None
            ends = block.text.rstrip()[-1:]
            if len(block.text) > 200 or ends in ".…" or (ends in "!?" and not self.is_title(block, i)):
                # prose before any teaser: the header is of another kind (not a title that asks,
                # "Le climat paiera-t-il l'addition de l'IA ?", under a kicker)
                return None
        return None

    def tagline(self, block: Block) -> bool:
        """'La lettre tech du matin' under the newsletter's name: short, no sentence, no date."""
        return (
            block.kind in ("paragraph", "heading")
            and len(words(_SEPARATORS.sub(" ", _ISSUE_DETAILS.sub(" ", block.text)))) <= 8  # "La lettre de l'IA et de la tech · n° 118"
            and not block.text.rstrip().endswith((".", "!", "?", ":", "…"))
            and not self.date_line(block)
            and self.rule_for(block) is None
        )

    def _over_story(self, at: int) -> bool:
        """The line at ``at`` is a headline right over its story's text (a paragraph, not another heading)."""
        _, nxt = self.following(at)
        return nxt is not None and nxt.kind == "paragraph" and len(words(nxt.text)) >= 12

    def is_title(self, block: Block, at: int) -> bool:
        _, nxt = self.following(at)
        return (
            block.kind in ("paragraph", "heading") and self.heading(block, nxt) and not self.teaser(block, dry_run=True)
            and rundown(block.text) is None and not self.profile.greetings.search(block.text, self.names)
        )  # fmt: skip (nor "Bonjour à toutes et à tous !")

    def teaser(self, block: Block, *, dry_run: bool = False) -> bool:
        """'KICKER • headline • headline • Bienvenue dans Octet, samedi 11 octobre 2025.'"""
        parts = split_teaser(block.text, self.profile)
        if len(parts) < 2 or block.kind not in ("paragraph", "heading") or self.byline(block) or self.date_line(block):
            return False  # "Par Hugo Lefèvre · 22 janv. 2026", "N° 203 · Vendredi 22 mai 2026" are no teaser
        if _masthead_line(block) is not None or self.dated_rundown(block) is not None:
            return False  # nor "La lettre hebdomadaire des réseaux · mardi 3 mars 2026", nor a rundown under its date
        greeting = [p for p in parts if len(p) <= 200 and self.greeting_match(p)]
        if not greeting:  # "… • Bonne lecture, samedi 4 avril 2026.": the date closes the teaser (or nearly)
            sign_off = len(parts) >= 4 and bool(self.profile.sign_offs.search(parts[-1], self.names))
            closing = parts[-2:] if sign_off else parts[-1:]  # "… • samedi 14 mars 2026 • Bonne lecture !"
            greeting = [p for p in closing if find_date(p) is not None and len(words(p)) <= 20][:1]
        # (or a compound in capitals, the issue's kind: "HORS-SÉRIE • …"; not an acronym, "IA • …", nor a model, "GPT-6 • …")
        kicker = bool(self.profile.kickers.search(parts[0])) or (parts[0].isupper() and (len(words(parts[0])) >= 2 or bool(_CAPITAL_COMPOUND.fullmatch(parts[0]))))
        # headlines joined by "•" before the first section, with no kicker nor greeting
        plain = len(parts) >= 3 and "•" in block.text and all(len(words(p)) <= 25 for p in parts)
        if not greeting and not self.profile.kickers.search(parts[0]) and not (plain and not self.sections):
            return False
        if names_line(block, self.profile) is not None and not greeting:
            return False
        if dry_run:
            return True
        for part in greeting:
            self.read_greeting(part)
        if kicker and (colon := re.match(r"([^:]{2,40}?)\s*:\s*(\S.*)$", parts[0])) and self.profile.kickers.search(colon[1]):
            parts = [colon[1], colon[2], *parts[1:]]  # "Au sommaire : STMicro relance sa méga-usine · …": a headline too
        if kicker:
            self.drop(self._at, parts[0], "teaser kicker")
        for i, part in enumerate(parts):
            if part in greeting or (i == 0 and kicker):
                continue
            greets = self.profile.greetings.search(part, self.names) or self.profile.sign_offs.search(part, self.names)
            to_readers = _TO_READERS.search(part) or _READERS_FIRST.match(part)
            if greets and (len(words(part)) <= 3 or (len(words(part)) <= 15 and to_readers)):
                self.drop(self._at, part, "greeting")  # "Bonne lecture !", "Bonjour à tous": no headline
            else:
                self.headlines.append(part)
        return True

    def dated_rundown(self, block: Block) -> str | None:
        """The date line in bold opening a rundown ("**Le Quai n° 96 · lundi 16 mars 2026.** Au sommaire :
        A, B et C"), or None."""
        lead = (block.lead or "").strip()
        if block.kind != "paragraph" or not lead or not block.text.startswith(lead) or not self.date_line(Block("paragraph", lead)):
            return None
        return lead if rundown(block.text[len(lead) :].strip()) is not None else None

    def greeting_match(self, text: str) -> bool:
        match = self.profile.greetings.search(text, self.names)
        return match is not None and (find_date(text) is not None or "newsletter" in match.groupdict())

    def read_greeting(self, text: str) -> None:
        for pattern in self.profile.greetings.compiled(self.names):
            match = pattern.search(text)
            if match and match.groupdict().get("newsletter"):
                name = match.group("newsletter").strip(" .,")
                if name and name not in self.names:
                    self.names = (*self.names, name)
                break
        if self.date is None:
            self.date = find_date(text)

    def date_line(self, block: Block) -> bool:
        text = _ISSUE_DETAILS.sub(" ", block.text)  # "Mardi 18 novembre 2025 · N° 216 · Temps de lecture : 5 min"
        return len(words(text)) <= 7 and find_date(text) is not None and block.kind != "bullet"

    def header_block(self, i: int, block: Block) -> int | None:
        """Reads a header block at ``i``; returns the next index, or None if it is not one."""
        self._at = i
        if (lead := self.dated_rundown(block)) is not None:
            # "**Le Quai n° 96 · lundi 16 mars 2026.** Au sommaire : A, B et C": its date line, then its rundown
            self.drop(i, lead, "masthead")
            self.date = self.date or find_date(lead)
            block = replace(block, text=block.text[len(lead) :].strip(), lead=None)
        elif self.teaser(block):
            return i + 1
        if block.kind in ("paragraph", "heading") and len(words(block.text)) <= 12 and self.profile.kickers.search(block.text):
            j, nxt = self.following(i)
            run: list[tuple[int, Block]] = []
            while nxt is not None and len(run) < 12 and len(nxt.text) <= 200:
                run.append((j, nxt))
                j, nxt = self.following(j)
            greet = next((n for n, (_, b) in enumerate(run) if self.greeting_match(b.text)), None)
            if greet is not None or (run and run[0][1].kind == "bullet"):
                taken = run[:greet] if greet is not None else [r for r in _leading_bullets(run)]
                self.drop(i, block.text, "teaser kicker")
                self.headlines += [b.text for _, b in taken]
                end = taken[-1][0] if taken else i
                if greet is not None:
                    self.read_greeting(run[greet][1].text)
                    end = run[greet][0]
                return end + 1
        if len(block.text) <= 200 and self.greeting_match(block.text):
            self.read_greeting(block.text)
            return i + 1
        if block.kind == "paragraph" and not self.headlines and (found := rundown(block.text)) is not None:
            hello, kicker, headlines = found  # "Bonjour ! Au programme ce matin : Free allume la 5G, Eutelsat…"
            if hello:
                self.drop(i, hello, "greeting")
            self.drop(i, kicker, "teaser kicker")
            self.headlines += headlines
            return i + 1
        welcome = len(block.text) <= 80 or (len(block.text) <= 200 and bool(_WELCOME.search(block.text)))
        if welcome and self.profile.greetings.search(block.text, self.names):
            # "Bonjour à toutes et à tous,", "… et bienvenue aux 1 312 nouveaux abonnés 👋", "Chers abonnés, merci d'être
            # toujours plus nombreux !": the show has its own
            self.drop(i, block.text, "greeting")
            return i + 1
        if self.byline(block) and i >= self.title_end:
            self.read_byline(block.text)
            self.drop(i, block.text, "byline")
            return i + 1
        if self.date_line(block) and (rule := self.rule_for(block)) is not None and rule.reason == "forwarding header":
            # "Envoyé : samedi 14 mars 2026 07:02" (Outlook), "Date: 14 mars 2026 à 07:02" (Apple Mail): the day the issue
            # was forwarded, not its own; it dates the issue only when the issue says no day of its own (forwarded_date)
            self.drop(i, block.text, rule.reason)
            return i + 1
        if i >= self.title_end and self.date_line(block) and (name := _dated_name(block.text, self.profile)):
            # a platform's author block under the title, its name and its date ("Yanis Benali 16 mars 2026"): it signs
            self.signature = self.signature or name
            self.date = self.date or find_date(block.text)
            self.drop(i, block.text, "byline")
            return i + 1
        if self.date is None and self.date_line(block):
            self.date = find_date(block.text)
            # ("Réseaux · n° 57 · samedi 14 mars 2026": its name too, the title when the issue has none of its own)
            self.masthead_name = self.masthead_name or _masthead_line(block) or ""
            return i + 1
        if (name := _masthead_line(block)) is not None:
            # "Le Relevé · n° 31 · mars 2026 · temps de lecture : 12 min": the name and the issue's details
            self.drop(i, block.text, "masthead")
            self.date = self.date or find_date(block.text)
            self.masthead_name = self.masthead_name or name  # (not one of the letter's names: "Bretagne · n° 31 · …"
            return i + 1  # would leave out the briefs "Bretagne : la Région finance…")
        if _TLDR.match(block.text):
            # "TL;DR — …", or "TL;DR" over its list: the issue in brief, said as the show's summary (its
            # headlines, when it has none), not an epigraph; it may hold news no section tells again
            self.drop(i, block.text, "summary")
            summary = [_TLDR.sub("", block.text).strip(" :—–-")]
            j, nxt = self.following(i)
            while len(words(block.text)) <= 2 and nxt is not None and nxt.kind == "bullet":
                self.drop(j, nxt.text, "summary")
                summary.append(nxt.text)
                self.skip.add(j)
                j, nxt = self.following(j)
            if not self.headlines:
                self.headlines, self.summarised = [line for line in summary if line], True
            return i + 1
        if self.epigraph is None and (after := self.read_epigraph(i, block)) is not None:
            return after
        # a platform's standfirst or byline between the title and the teaser ("Trois agents de
        # code, cent tâches réelles…", "Claire Vasseur"): not read, the header goes on after it
        # (under a title marked up as one, an h1: in plain text the line after a newsletter's name may be the title)
        title = self.blocks[self.title_end - 1] if self.title_end > 0 else None
        marked = title is not None and title.kind == "heading" and title.level == 1
        # (a subtitle, not a sentence: "Nous avons testé quatre agents." opens the editorial)
        short = block.kind in ("paragraph", "heading") and len(words(block.text)) <= 30 and not block.text.rstrip().endswith(
            (".", "!", "?", ":", "…")
        )
        # (a subtitle marked up as a heading right under the title may be a sentence: Beehiiv's "Neurone #88 · Mistral
        # boucle un tour…, Apple confie Siri à Gemini.", before the author's name and the date)
        # (not a question: the first story's headline, "Pourquoi le beurre coûte-t-il si cher ?", over its byline)
        short = short or (block.kind == "heading" and i == self.title_end and len(words(block.text)) <= 40 and not block.text.rstrip().endswith("?"))
        j, nxt = self.following(i)
        if not marked and i == self.title_end and short and not self.headlines and nxt is not None and self.teaser(nxt, dry_run=True):
            self.drop(i, block.text, "standfirst")  # "Le titre / Pourquoi la frugalité séduit… / AU SOMMAIRE • …"
            return i + 1
        if marked and i >= self.title_end and short and not self.headlines:
            ahead = 0  # past other short lines of the kind ("Claire Vasseur", "23 janv. 2027", "Restack")
            while nxt is not None and ahead < 3 and not self.header_material(nxt) and len(words(nxt.text)) <= 6:
                j, nxt = self.following(j)
                ahead += 1
            if nxt is not None and self.header_material(nxt):
                byline = len(words(block.text)) <= 4 and person_name(block.text, self.profile) is not None
                self.drop(i, block.text, "byline" if byline else "standfirst")
                self.date = self.date or find_date(block.text)  # "Capital Pixel n° 87 · samedi 7 mars 2026"
                return i + 1
        return None

    def forwarded_date(self) -> dt.date | None:
        """The day in a forwarding header left out ("Date : sam. 14 mars 2026 à 07:02"): the issue's, failing its own."""
        return next((day for _, d in self.dropped if d.reason == "forwarding header" and (day := find_date(d.text))), None)

    def byline(self, block: Block) -> bool:
        rule = self.rule_for(block)
        return rule is not None and rule.reason == "byline"

    def read_byline(self, text: str) -> None:
        """'Par Hugo Lefèvre · 22 janv. 2026': the name, without the date or the role, signs the
        issue if nothing else does; the date dates it if nothing else does."""
        if self.signature is None and (by := BY_NAME.search(text)) and person_name(by["name"], self.profile):
            self.signature = by["name"]  # "Publié le 9 mars 2026 par Jeanne Roux · 6 minutes de lecture"
        if self.signature is None:
            byline = re.split(r"\s+[·|•–—-]\s+|,\s", re.sub(r"^\S+\s+", "", text), maxsplit=1)[0]
            self.signature = person_name(byline, self.profile)
        if self.date is None:
            self.date = find_date(text)

    def header_material(self, block: Block) -> bool:
        """Whether ``block`` is one of the header's own: the teaser, a date line, a greeting, an epigraph."""
        if self.teaser(block, dry_run=True) or self.date_line(block) or self.greeting_match(block.text):
            return True
        if self.byline(block) or block.kind == "quote":
            return True
        return any(pattern.match(block.text) for pattern in self.profile.epigraph.compiled(self.names))

    def _someone_elses_words(self, name: str) -> bool:
        """Whether a quotation under the title is the words of the person the title names, not ``name``'s: "Inès
        Morel, la juriste qui…" / "« Le RGPD n'a jamais été appliqué »" / "Claire Dumas · 6 juin 2026" is an
        interview's pull quote over its reporter's byline, which signs and dates the issue."""
        head = re.split(r"\s*[,:—–]\s*", self.title, maxsplit=1)[0]
        named = person_name(head, self.profile) if head != self.title else None
        return named is not None and named != name

    def read_epigraph(self, i: int, block: Block) -> int | None:
        text = block.text
        if len(text) > 700:
            return None
        match = None
        for pattern in self.profile.epigraph.compiled(self.names):
            match = pattern.match(text)
            if match:
                break
        if match is None and block.kind != "quote":
            return None
        quote = match.group("quote") if match else text.strip(_QUOTES)
        author = (match.groupdict().get("author") or "").strip(" —–-,") if match else ""
        end = i + 1
        if not author:
            j, nxt = self.following(i)
            k, then = self.following(j)
            _, after = self.following(k)
            # "Lénine" alone under the quote, then the editorial's heading over its text (not
            # "Chiffres", a one-word heading over its own lines)
            one_name = nxt is not None and bool(_ONE_NAME.fullmatch(nxt.text)) and then is not None and (
                self.heading(then, after) and len(then.text) <= 110
            )
            if nxt is not None and len(words(nxt.text)) <= 8 and (
                nxt.text.startswith(("—", "–", "-"))
                or (nxt.kind != "heading" and (person_name(nxt.text, self.profile) or one_name))
            ):
                author = nxt.text.strip(" —–-")
                end = j + 1
            elif nxt is not None and nxt.kind != "heading" and self.date_line(nxt) and (name := _dated_name(nxt.text, self.profile)) and (
                not self._someone_elses_words(name)
            ):
                # "Hélène Roy · 12 mars 2026" right under a quote without its author is the quote's author line, the day
                # it was said: it neither signs nor dates the issue (a platform's byline comes under the title, not a quote)
                author = name
                end = j + 1
        self.epigraph = Quote(quote.strip(), author or None)
        return end


BY_NAME = re.compile(r"\bpar (?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+(?: (?:de |du |le |la )?(?-i:[A-ZÀ-Ý])[\w'’-]+){1,3})", re.IGNORECASE)  # "… par Clémence Vasseur"
_ITEM_START = re.compile(r"(?:(?:le|la|les|un|une)\b|l['’]|[A-ZÀ-ÖØ-Þ0-9])")  # an item's own start
_TLDR = re.compile(r"(?i)^(?:tl;? ?dr|tldr)\b\W*")
# buttons under an article, in any order with the share words ("Partager · Laisser un commentaire")
_BUTTONS = re.compile(
    r"\b(laiss(?:er|ez) un commentaire|comment(?:er|ez)|[ée]cri(?:re|vez) [àa] la r[ée]daction|[ée]crivez-nous|"
    r"r[ée]pond(?:re|ez) [àa] (?:cet|ce) (?:e-?mail|mail|message))\b"
)
# a greeting addressed to the readers (not "Bonjour Gemini, adieu Siri", a headline)
_TO_READERS = re.compile(r"\b([àa] (tous|toutes|vous)|bon week-?end|bonne semaine)\W*$", re.IGNORECASE)  # at its end
_READERS_FIRST = re.compile(r"ch[èe]re?s? (lecteurs|lectrices)\b", re.IGNORECASE)  # not "Chers abonnés, Netflix…"
# a daily letter's rundown: "Bonjour ! Au programme ce matin : A, B, et C"
# ("Au programme de ce numéro 31 : …")
_RUNDOWN = re.compile(
    r"(?P<hello>(?:bonjour|hello|salut)\b[^:!.]{0,40}[!.,]\s+)?(?P<kicker>(?:au (?:programme|menu|sommaire)|dans (?:ce num[ée]ro|"
    r"cette [ée]dition))(?: (?:ce matin|ce soir|aujourd['’]hui|du jour|de la semaine|cette semaine|de cette [ée]dition|de ce num[ée]ro(?: n°)?(?: \d+)?))?)"
    r"\s*:\s*(?P<list>.+?)[.!]?",
    re.IGNORECASE,
)


def rundown(text: str) -> tuple[str, str, list[str]] | None:
    """(greeting, kicker, headlines) of a rundown line, or None: two headlines at least, each short."""
    match = _RUNDOWN.fullmatch(text.strip())
    if match is None or len(text) > 400:
        return None
    listed, *rest = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ])", match["list"])
    listed = listed.rstrip(".!")
    if len(words(" ".join(rest))) > 6:
        return None  # more than a wink after the list ("Café prêt ? C'est parti !"): a paragraph to read
    parts = [p.strip() for p in re.split(r",\s+(?:et\s+)?|\s*;\s*|\s+et\s+(?=[A-ZÀ-ÖØ-Þ])", listed) if p.strip()]
    if len(parts) >= 2 and " et " in parts[-1]:
        # the enumeration's last "et": "…, Free qui passe à 8 Gbit/s et le grand retour des rançongiciels"
        # (not inside a phrase: "les salaires des ingénieurs et des techniciens")
        head, tail = parts[-1].rsplit(" et ", 1)
        if len(words(head)) >= 2 and len(words(tail)) >= 2 and _ITEM_START.match(tail):
            parts[-1:] = [head, tail]
    if len(parts) < 2 or any(len(words(p)) > 15 for p in parts):
        return None
    return (match["hello"] or "").strip(), match["kicker"].strip(), parts


_ISSUE_DETAILS = re.compile(
    r"\b(?:n[°º]|num[ée]ro|[ée]dition)\s*\d+|\btemps de lecture\s*:?\s*\d+\s*min(?:utes?)?\b|\b\d+\s*min(?:utes?)?\s+de\s+lecture\b",
    re.IGNORECASE,
)  # "N° 214", "Temps de lecture : 6 min", "7 min de lecture"
_NEWSLETTER_TAGLINE = re.compile(r"(?:la |une |votre )?(?:lettre|newsletter)\b", re.IGNORECASE)  # "La lettre de l'IA…"
# a tagline says how often the letter comes ("…, chaque jeudi", "tous les matins", "hebdomadaire")
_PERIODICITY = re.compile(
    r"\b(?:chaque|tous les|toutes les)\s+(?:jours?|matins?|soirs?|semaines?|mois|quinze jours|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b"
    r"|\b(?:hebdomadaire|quotidienne?|mensuelle?|bimensuelle?|bimestrielle?)\b",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"(?:\s|^)[·•|–—-]+(?=\s|$)|\s+")
_ONE_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,24}\.?")
_LONE_MARKS = {"•", "·", "▪", "●", "◦", "‣", "∙", "-", "*", "–"}


_MONTH_YEAR = re.compile(rf"(?:{'|'.join(MONTH_NAMES)})\s+\d{{4}}", re.IGNORECASE)  # "mars 2026"


def _masthead_line(block: Block) -> str | None:
    """'Le Relevé · n° 31 · mars 2026 · temps de lecture : 12 min' -> 'Le Relevé' ('' with no name):
    a line of the issue's details (its number or reading time among them) and at most a short name."""
    if block.kind not in ("paragraph", "heading") or len(block.text) > 160:
        return None
    # (its parts may be sentences: "Plan Large n° 19 — la lettre mensuelle du cinéma. Avril 2026. Temps de lecture : 22 minutes.")
    parts = [p.strip(" .") for p in re.split(r"\s+[·|•–—]\s+|(?<=\w{2}\.)\s+(?=[A-ZÀ-ÖØ-Þ])", block.text.strip()) if p.strip(" .")]
    details = [p for p in parts if _details_only(p) or _MONTH_YEAR.fullmatch(p) or (find_date(p) is not None and len(words(p)) <= 5)]
    others = [p for p in parts if p not in details]
    if len(others) == 1 and details and _NEWSLETTER_TAGLINE.match(others[0]) and len(words(others[0])) <= 12:
        return ""  # "La lettre hebdomadaire des réseaux · mardi 3 mars 2026": its tagline and its date
    if len(others) == 1 and any(_details_only(p) for p in details) and _PERIODICITY.search(others[0]) and len(words(others[0])) <= 12:
        return ""  # "L'économie des entreprises, chaque jeudi · n° 57 · jeudi 12 mars 2026": a tagline that says when it comes
    if len(others) == 2 and details and _NEWSLETTER_TAGLINE.match(others[1]) and len(words(others[1])) <= 12:
        # the name with its number, then its tagline, among the details ("Plan Large n° 19 — la lettre mensuelle de …")
        name = _SEPARATORS.sub(" ", _ISSUE_DETAILS.sub(" ", others[0])).strip()
        if 0 < len(words(name)) <= 4 and name[:1].isupper() and any(_details_only(p) for p in details):
            return name
    if len(parts) < 3 or not any(_details_only(p) for p in parts) or len(others) > 1:
        return None
    if others and (len(words(others[0])) > 4 or not others[0][:1].isupper() or others[0].endswith((".", "!", "?", ":"))):
        return None
    return others[0] if others else ""


_DATE_WORDS = {*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAYS, "le", "publié", "publiée"}


def _dated_name(text: str, profile: Profile) -> str | None:
    """'Yanis Benali 16 mars 2026' -> 'Yanis Benali': a name, and nothing else but the date. Not a dateline, its
    place before a comma ("Sophia Antipolis, le 12 mars 2026", "Grand Est, 12 mars"), nor a place or an occasion
    whose words are no one's ("Val Thorens · …", "Hors Série · jeudi 12 mars", "Bonne Année 1er janvier")."""
    if re.match(r"[^\d,·|•]+,", text):
        return None
    rest = [w for w in re.split(r"[\s·|•,]+", text) if w and not any(c.isdigit() for c in w) and w.lower().rstrip(".") not in _DATE_WORDS]
    if not rest or rest[0].lower() in _NO_FIRST_NAME or any(w.lower() in _NO_NAME for w in rest):
        return None
    return person_name(" ".join(rest), profile)


# words that open a place or an occasion, never a first name ("Saint Nazaire", "Val Thorens", "Hors Série"), and
# words of a place or a title, never a surname ("Grand Est", "Nantes Métropole", "Bonne Année")
_NO_FIRST_NAME = {"saint", "sainte", "st", "ste", "val", "grand", "grande", "mont", "port", "pont", "hors", "bonne", "bon", "joyeux",
                  "joyeuses", "nouvel", "nouvelle", "nouveau", "spécial", "spéciale", "édition", "numéro", "lettre", "hebdo"}
_NO_NAME = {"nord", "sud", "est", "ouest", "métropole", "agglomération", "agglo", "série", "année", "fêtes", "spécial", "spéciale",
            "édition", "numéro", "hebdo", "lettre", "newsletter"}


def _details_only(text: str) -> bool:
    """'Temps de lecture : 6 min', 'N° 214': an issue's details, with nothing else."""
    return _ISSUE_DETAILS.search(text) is not None and not _SEPARATORS.sub("", _ISSUE_DETAILS.sub("", text))


def _bullets(blocks: list[Block]) -> list[Block]:
    """'• texte' paragraphs are bullets; so is the block after a lone "•" (an e-mail's
    table puts the mark in a cell of its own)."""
    out: list[Block] = []
    for block in blocks:
        if out and out[-1].text in _LONE_MARKS and out[-1].drop is None and block.kind == "paragraph" and block.drop is None:
            out[-1] = replace(block, kind="bullet")
            continue
        out.append(_as_bullet(block))
    return [b for b in out if b.text not in _LONE_MARKS]


def _as_bullet(block: Block) -> Block:
    """A paragraph written '• texte' (e-mails, web pages without <li>) is a bullet."""
    if block.kind == "paragraph" and (match := BULLET.match(block.text)):
        if not match.group(0).strip()[0].isdigit() or NUMBERED.match(block.text):
            body = block.text[match.end() :].strip()
            lead = block.lead if block.lead and body.startswith(block.lead) else None
            return replace(block, kind="bullet", text=body, lead=lead)
    return block


def _leading_bullets(run: list[tuple[int, Block]]) -> list[tuple[int, Block]]:
    out = []
    for pair in run:
        if pair[1].kind != "bullet":
            break
        out.append(pair)
    return out


# a compound word in capitals, letters on both sides of its hyphens ("HORS-SÉRIE", "ÉDITION-SPÉCIALE"): the issue's
# kind; not a name with its number ("GPT-6", "COVID-19", "F-35"), a headline
_CAPITAL_COMPOUND = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})+")
