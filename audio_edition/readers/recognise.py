"""Blocks -> Issue: one recogniser for every format, driven by the newsletter profile.

Walks the blocks once, in order. Before the first section it looks for the issue's header
(title, teaser of headlines with the greeting and the date, epigraph); then each block
goes to exactly one place: a section (heading, paragraphs, items), the metadata (names,
signature), or ``dropped`` with the reason, so the producer sees everything that was
removed. Afterwards each section is tidied (lead-ins, kind) and empty headings dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..errors import InputError
from ..model import Dropped, Issue, Item, Quote, Section, SectionKind
from .blocks import Block, Document, clean
from .dates import find_date
from .lines import heading_like, marker_lead, names_line, period_lead, person_name, split_lead, split_teaser, words
from .profile import DropRule, Profile, load_profile
from .text import BULLET, NUMBERED

_QUOTES = "«»“”\"'’ "
_SIGNED = re.compile(r"^(.{3,60}?)\s*(?=…|\.\.\.)")
_NORM = re.compile(r"[\W_]+")


@dataclass
class _Draft:
    title: str
    level: int = 0  # heading level from the markup; 0 when inferred
    paragraphs: list[str] = field(default_factory=list)
    items: list[list[str]] = field(default_factory=list)  # [lead, text, origin]
    names: tuple[str, ...] = ()
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


class _Recogniser:
    def __init__(self, document: Document, profile: Profile) -> None:
        self.doc = document
        self.profile = profile
        self.blocks = [_as_bullet(b) for b in document.blocks if b.text]
        self.names: tuple[str, ...] = profile.newsletter_names
        self.dropped: list[tuple[int, Dropped]] = []
        self.sections: list[_Draft] = []
        self.title = ""
        self.headlines: list[str] = []
        self.date: dt.date | None = None
        self.epigraph: Quote | None = None
        self.signature: str | None = None
        explicit = [b for b in self.blocks if b.kind == "heading" and b.level > 1 and b.drop is None]
        self.need_strong = len(explicit) >= 2  # markup that has headings uses them
        self.skip: set[int] = set()  # blocks already placed by find_title
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
    def current(self) -> _Draft | None:
        return self.sections[-1] if self.sections else None

    def rule_for(self, block: Block) -> DropRule | None:
        for rule in self.profile.drop:
            if len(block.text) <= rule.max_chars and rule.patterns.search(block.text, self.names):
                return rule
        return None

    def is_share_bar(self, text: str) -> bool:
        tokens = [t for t in re.split(r"[\s·|•/,]+", text.lower()) if t]
        return 0 < len(tokens) <= 12 and all(t in self.profile.share_words for t in tokens) and any(
            t not in ("sur", "et", "ou", "le") for t in tokens
        )

    def heading(self, block: Block, following: Block | None) -> bool:
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
        candidates = [i for i, b in enumerate(self.blocks) if b.drop is None][:5]
        if hint:
            for i in candidates:
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
        at, mastheads = found
        self.title = self.blocks[at].text
        for i in mastheads:
            self.drop(i, self.blocks[i].text, "masthead")
            self.names = (*self.names, self.blocks[i].text)
            self.skip.add(i)
        return at + 1

    def own_title(self, candidates: list[int]) -> tuple[int, list[int]] | None:
        """(index of the body's own title, indices of the newsletter's name above it)."""
        mastheads: list[int] = []
        for i in candidates:
            block = self.blocks[i]
            if block.kind in ("bullet", "caption", "quote") or self.rule_for(block) is not None:
                continue
            if len(block.text) > 200 or self.teaser(block, dry_run=True) or self.date_line(block):
                return None
            if block.text.casefold() in {n.casefold() for n in self.names}:
                mastheads.append(i)  # the newsletter's name above the title
                continue
            j, nxt = self.following(i)
            k, then = self.following(j)
            if nxt is not None and then is not None and self.date_line(nxt) and self.is_title(then, k):
                # "Le Fil numérique / Jeudi 12 mars 2026 · N° 87 / L'école face aux chatbots":
                # the newsletter's name over the date, then the issue's title
                return k, [*mastheads, i]
            return i, mastheads
        return None

    def is_title(self, block: Block, at: int) -> bool:
        _, nxt = self.following(at)
        return block.kind in ("paragraph", "heading") and self.heading(block, nxt) and not self.teaser(block, dry_run=True)

    def teaser(self, block: Block, *, dry_run: bool = False) -> bool:
        """'KICKER • headline • headline • Bienvenue dans Octet, samedi 11 octobre 2025.'"""
        parts = split_teaser(block.text, self.profile)
        if len(parts) < 2 or block.kind not in ("paragraph", "heading"):
            return False
        greeting = [p for p in parts if len(p) <= 200 and self.greeting_match(p)]
        if not greeting and find_date(parts[-1]) is not None and len(words(parts[-1])) <= 20:
            greeting = [parts[-1]]  # "… • Bonne lecture, samedi 4 avril 2026.": the date closes the teaser
        kicker = bool(self.profile.kickers.search(parts[0])) or (parts[0].isupper() and len(words(parts[0])) >= 2)
        if not greeting and not self.profile.kickers.search(parts[0]):
            return False
        if dry_run:
            return True
        for part in greeting:
            self.read_greeting(part)
        if kicker:
            self.drop(self._at, parts[0], "teaser kicker")
        self.headlines += [p for i, p in enumerate(parts) if p not in greeting and not (i == 0 and kicker)]
        return True

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
        return len(words(block.text)) <= 7 and find_date(block.text) is not None and block.kind != "bullet"

    def header_block(self, i: int, block: Block) -> int | None:
        """Reads a header block at ``i``; returns the next index, or None if it is not one."""
        self._at = i
        if self.teaser(block):
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
        if len(block.text) <= 80 and self.profile.greetings.search(block.text, self.names):
            self.drop(i, block.text, "greeting")  # "Bonjour à toutes et à tous,": the show has its own
            return i + 1
        if self.date is None and self.date_line(block):
            self.date = find_date(block.text)
            return i + 1
        if self.epigraph is None:
            return self.read_epigraph(i, block)
        return None

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
            if nxt is not None and len(words(nxt.text)) <= 8 and (
                nxt.text.startswith(("—", "–", "-")) or (person_name(nxt.text, self.profile) and nxt.kind != "heading")
            ):
                author = nxt.text.strip(" —–-")
                end = j + 1
        self.epigraph = Quote(quote.strip(), author or None)
        return end

    # --- the body --------------------------------------------------------------------

    def new_section(self, i: int, title: str, level: int = 0, url: str | None = None) -> _Draft:
        draft = self.current
        if title and draft is not None and not draft.title and draft.names and draft.empty():
            draft.title, draft.level, draft.url, draft.at = title, level, url, i  # names, then the heading
            return draft
        draft = _Draft(title, level=level, url=url, at=i)
        self.sections.append(draft)
        return draft

    def body(self) -> _Draft:
        return self.current or self.new_section(-1, "")

    def drop_section(self, draft: _Draft, reason: str) -> None:
        self.sections.remove(draft)
        self.drop(draft.at, draft.title, reason)
        for paragraph in draft.paragraphs:
            self.drop(draft.at, paragraph, reason)
        for lead, text, _ in draft.items:
            self.drop(draft.at, f"{lead} : {text}" if lead else text, reason)

    def run(self) -> Issue:
        start = self.find_title()
        blocks = self.blocks
        i = 0
        footer: str | None = None  # reason, once a footer has started
        promo: str | None = None  # reason, inside a subscriber promotion
        bio = False
        title_at = start - 1 if start else -1
        while i < len(blocks):
            block = blocks[i]
            if i == title_at or i in self.skip:
                i += 1
                continue
            if block.drop is not None:
                self.drop(i, block.text, block.drop)
                i += 1
                continue
            j, nxt = self.following(i)
            text = block.text
            if footer is not None:
                rule = self.rule_for(block)
                if rule is not None and rule.scope == "rest":
                    footer, bio = rule.reason, False
                if self.bio_start(block, nxt):
                    bio = True
                elif not (bio and block.kind != "heading" and not self.heading(block, nxt)):
                    bio = False
                self.drop(i, text, "author biography" if bio else footer)
                i += 1
                continue
            if bio:
                if (
                    block.kind in ("paragraph", "bullet", "quote")
                    and not self.heading(block, nxt)
                    and not person_name(text, self.profile)
                    and self.rule_for(block) is None
                ):
                    self.drop(i, text, "author biography")
                    i += 1
                    continue
                bio = False
            if block.kind == "caption":
                self.drop(i, text, "image caption or credit")
                i += 1
                continue
            if not self.sections and (i < start or not self.body_started):
                after = self.header_block(i, block)
                if after is not None:
                    i = after
                    continue
                if i < start:  # before the title, and not header material
                    rule = self.rule_for(block)
                    self.drop(i, text, rule.reason if rule else "masthead")
                    i += 1
                    continue
            rule = self.rule_for(block)
            if rule is not None:
                if rule.scope == "rest":
                    footer = rule.reason
                    while self.current is not None and self.current.empty():
                        self.drop_section(self.current, rule.reason)
                elif rule.scope == "run":
                    promo = rule.reason
                elif rule.reason == "byline" and self.signature is None and len(self.sections) <= 1:
                    # "Par Hugo Lefèvre · 22 janv. 2026": the name, without the date or the role
                    byline = re.split(r"\s+[·|•–—-]\s+|,\s", re.sub(r"^\S+\s+", "", text), maxsplit=1)[0]
                    self.signature = person_name(byline, self.profile)
                self.drop(i, text, rule.reason)
                i += 1
                continue
            if promo is not None:
                if not (self.heading(block, nxt) or names_line(block, self.profile)):
                    self.drop(i, text, promo)
                    i += 1
                    continue
                promo = None
            if self.is_share_bar(text):
                self.drop(i, text, "share bar")
                i += 1
                continue
            if (
                len(text) <= 80
                and len(self.sections) <= 1
                and (self.current is None or len(self.current.paragraphs) <= 2)
                and self.profile.greetings.search(text, self.names)
            ):
                self.drop(i, text, "greeting")  # "Bonjour à tous," opening the editorial
                i += 1
                continue
            if len(text) <= 200 and self.profile.sign_offs.search(text, self.names):
                self.drop(i, text, "sign-off")
                i += 1
                if (after := self.following(i - 1))[1] is not None and self.first_name(after[1].text):
                    # "À la semaine prochaine, / Hugo": the editor signs under the sign-off
                    self.signature = self.signature or after[1].text
                    self.skip.add(after[0])
                continue
            if len(text) <= 260 and (signed := _SIGNED.match(text)) and (name := person_name(signed[1], self.profile)):
                if self.profile.sign_offs.search(text[signed.end(1) :].strip(), self.names):
                    # "Claire Dumas …attend vos idées." on one line: the signature and its sign-off
                    self.signature = self.signature or name
                    self.drop(i, text, "sign-off")
                    i += 1
                    continue
            if len(text) <= 120 and self.profile.paywall.search(text, self.names):
                draft = self.current
                if draft is not None and draft.title and len(draft.paragraphs) <= 1 and not draft.items:
                    self.drop_section(draft, "paywalled stub")
                self.drop(i, text, "paywalled stub")
                i += 1
                continue
            if block.kind in ("paragraph", "heading") and (name := person_name(text, self.profile)):
                if self.bio_start(block, nxt):
                    bio = True
                    self.drop(i, text, "author biography")
                    i += 1
                    continue
                if block.kind == "paragraph" and self.signature_here(j, nxt):
                    self.signature = self.signature or name
                    i += 1
                    continue
            if (names := names_line(block, self.profile)) is not None:
                draft = self.current
                if draft is not None and draft.title and draft.empty() and not draft.names:
                    draft.names = names  # "Brèves" then the names: the heading stays
                else:
                    self.new_section(i, "", url=block.url).names = names
                i += 1
                continue
            if block.kind == "heading" and not self.sections and self.standfirst(block):
                self.body_started = True  # a subtitle under the title: the editorial's first words
                self.body().paragraphs.append(text)
                i += 1
                continue
            if self.heading(block, nxt):
                draft = self.current
                if block.kind == "heading" and draft is not None and draft.title and 1 < draft.level < block.level:
                    draft.items.append([text, "", "heading"])  # a sub-heading: its paragraphs make one item
                    draft.open_lead = True
                else:
                    self.new_section(i, text, block.level if block.kind == "heading" else 0, block.url)
                i += 1
                continue
            self.body_started = True
            self.add(block)
            i += 1
        return self.finish()

    body_started = False

    def bio_start(self, block: Block, nxt: Block | None) -> bool:
        name = person_name(block.text, self.profile) if block.kind in ("paragraph", "heading") else None
        if name is None or nxt is None or nxt.kind != "paragraph":
            return False
        cues = {m.group(0).lower() for p in self.profile.bio_cues.compiled() for m in p.finditer(nxt.text)}
        first = name.split()[0]
        personal = (
            bool(self.profile.bio_openers.search(nxt.text))
            or first in nxt.text[:200]
            or name == self.signature
        )
        return personal and len(cues) >= (1 if name == self.signature else 2)

    def standfirst(self, block: Block) -> bool:
        """A heading deeper than the section headings that follow it, before any section."""
        later = [b.level for b in self.blocks if b.kind == "heading" and b.level > 1 and b.drop is None and b is not block]
        return bool(later) and block.level > 1 and block.level > min(later) and not self.body_started

    def first_name(self, text: str) -> bool:
        """'Hugo', or the signature's first name: an editor signing with one word."""
        word = text.strip(" .,!—–-")
        if self.signature and word == self.signature.split()[0]:
            return True
        return bool(person_name(text, self.profile)) or (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) <= 20)

    def signature_here(self, j: int, nxt: Block | None) -> bool:
        draft = self.current
        if draft is None or draft.empty() or self.signature is not None:
            return False
        if nxt is None:
            return True
        if len(nxt.text) <= 200 and self.profile.sign_offs.search(nxt.text, self.names):
            return True
        if self.rule_for(nxt) is not None:
            return True
        _, after = self.following(j)
        return draft is self.sections[0] and (self.heading(nxt, after) or nxt.kind == "heading")

    def add(self, block: Block) -> None:
        """A paragraph or a bullet into the current section, in reading order: once a
        section has items, its later paragraphs are items too (with no lead-in)."""
        draft = self.body()
        text = block.text
        found: tuple[str, str] | None = None
        if block.lead and text.startswith(block.lead):
            lead, rest = block.lead.rstrip(" .:•—–|"), text[len(block.lead) :].lstrip(" .:•—–|")
            if lead and rest:
                found = (lead, rest)
        origin = "markup" if found else "bullet"
        if found is None and block.kind == "bullet":
            found = split_lead(text, self.profile)
        if found is None and (marked := marker_lead(text, self.profile)):
            found = (marked[0], split_lead(text, self.profile)[1])
        if found is None and block.kind == "paragraph" and " • " in text[: self.profile.lead_max_chars + 3]:
            # a bullet whose "•" was lost in the copy: "Coup de frein • Texte…"
            lead, rest = split_lead(text, self.profile)
            if lead and " • " in text[: len(lead) + 3]:
                found, origin = (lead, rest), "bullet"
        if found is not None:
            draft.open_lead = False
            draft.items.append([found[0], found[1], origin])
        elif draft.open_lead and draft.items:
            item = draft.items[-1]
            item[1] = f"{item[1]} {text}".strip()
        elif draft.items:
            draft.items.append(["", text, "paragraph"])
        else:
            draft.paragraphs.append(text)

    # --- tidying -----------------------------------------------------------------------

    def finish(self) -> Issue:
        source = self.doc.source or "the issue"
        frozen: list[Section] = []
        for draft in self.sections:
            for item in [item for item in draft.items if not item[1]]:
                self.drop(draft.at, item[0], "heading with no text")  # a sub-heading with nothing under it
            draft.items = [item for item in draft.items if item[1]]
            if draft.empty():
                if draft.title:
                    self.drop(draft.at, draft.title, "heading with no text")
                elif draft.names:
                    self.drop(draft.at, " • ".join(draft.names), "names with no text")
                continue
            self._period_leads(draft)
            frozen.append(self._freeze(draft, first=not frozen))
        if not self.title and self.headlines:
            self.title = self.headlines[0]
        if not frozen:
            removed = f" ({len(self.dropped)} block(s) removed as boilerplate)" if self.dropped else ""
            raise InputError(
                f"{source} has no recognisable structure: no paragraphs or items to read{removed}",
                "check that it is the text of a newsletter issue (run: audio-edition parse to see what was removed)",
            )
        if not self.title and not any(s.title for s in frozen):
            raise InputError(
                f"{source} has no recognisable structure: no title and no headings",
                "check that it is the text of a newsletter issue",
            )
        self.dropped.sort(key=lambda pair: pair[0])
        return Issue(
            title=self.title,
            date=self.date or self.doc.date,
            headlines=tuple(self.headlines),
            epigraph=self.epigraph,
            sections=tuple(frozen),
            signature=self.signature,
            dropped=tuple(d for _, d in self.dropped),
            source=self.doc.source,
            url=self.doc.url,
        )

    def _period_leads(self, draft: _Draft) -> None:
        """'Polygamie. Texte…': a short first sentence is a lead-in when the section's
        bullets mostly start that way, or all do beside bullets with other lead-ins."""
        bare = [n for n, (lead, _, origin) in enumerate(draft.items) if not lead and origin != "paragraph"]
        if not bare:
            return
        found = {n: pair for n in bare if (pair := period_lead(draft.items[n][1], self.profile))}
        led = sum(1 for lead, _, _ in draft.items if lead)
        # the section's habit, not one bullet's accident: most bullets start that way
        if (len(found) >= 2 and len(found) >= 0.6 * len(bare)) or (found and len(found) == len(bare) and led >= 1):
            for n, pair in found.items():
                draft.items[n] = [pair[0], pair[1], "period"]

    def _freeze(self, draft: _Draft, first: bool) -> Section:
        kind: SectionKind = "news"
        if first and not draft.names:
            kind = "editorial"
        elif draft.names or not draft.title:
            kind = "briefs"
        elif not draft.items and (len(draft.paragraphs) >= 3 or sum(map(len, draft.paragraphs)) >= 1500):
            kind = "dossier"
        items = tuple(Item(lead.strip(), text.strip()) for lead, text, _ in draft.items)
        return Section(draft.title, tuple(draft.paragraphs), items, kind, draft.names, draft.url)


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


def recognise(document: Document, profile: Profile | None = None) -> Issue:
    """The issue's structure in ``document``'s blocks, according to ``profile``."""
    return _Recogniser(document, profile or load_profile()).run()
