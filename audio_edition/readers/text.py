"""Plain-text issues, as a producer copies them from the web page or the e-mail.

The shape (one block per line, blank lines between): title; a teaser line of headlines
joined by "•" that ends with the greeting and the date; an epigraph in « »; the editorial
(heading, paragraphs, the editor's name alone on a line, a sign-off); sections (heading,
lead paragraphs, "•" bullets with a lead-in); lines of names; promotions and captions to
drop; a footer. Every block lands in exactly one place: a section, the metadata, or
``dropped`` with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import Dropped, Issue, Item, Quote, Section, SectionKind
from .dates import find_french_date

BULLET = re.compile(r"^\s*[•·▪●◦‣∙*-]\s+")
EPIGRAPH = re.compile(r"^«\s*(?P<quote>.+?)\s*»\s*(?P<author>[^«»]{2,80})?$")
SIGN_OFF = re.compile(r"^(…|\.\.\.)\s*\w")
ELLIPSIS_ONLY = re.compile(r"^(…|\.\.\.)$")
GREETING = re.compile(r"\bBienvenue\b", re.IGNORECASE)
# Lead-ins end with ":" or "•" and are short: "EN FILIGRANE :", "Coup de frein •".
LEAD_IN = re.compile(r"^(?P<lead>[^:•]{2,70}?)\s*[:•]\s+(?P<text>\S.*)$")
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ0-9&][\w'’.&-]*$")

CAPTION = [
    re.compile(r"\billustrations?\b.*\b(inspirées?|réalisées?|générées?)\b", re.IGNORECASE),
    re.compile(r"•\s*Source\s*:", re.IGNORECASE),
    re.compile(r"^(Crédits?|Photo|Image|Illustration)\s*(:|©)", re.IGNORECASE),
    re.compile(r"©"),
]
PROMOTION = [
    re.compile(r"\bABONNÉS\b|\babonnés?\b\s*:$"),
    re.compile(r"\b(abonnez-vous|s'abonner|inscrivez-vous|offre d'essai)\b", re.IGNORECASE),
    re.compile(r"\b(est|sont) (désormais )?(routée?s?|distribuée?s?)\b", re.IGNORECASE),
    re.compile(r"\bparaît (tous les|chaque)\b", re.IGNORECASE),
    re.compile(r"\ben partenariat avec\b", re.IGNORECASE),
]
SHARE = re.compile(r"^(partager|share|tweet|facebook|linkedin|x)(\s*[·|•/]\s*\w+)*$", re.IGNORECASE)
FOOTER = [
    re.compile(r"\b(se désabonner|désinscri|unsubscribe|gérer vos préférences)\b", re.IGNORECASE),
    re.compile(r"^Les derniers articles publiés", re.IGNORECASE),
    re.compile(r"^Par [A-ZÀ-Þ]{2,}"),
]
PROMO_HEADER = re.compile(r"(EXCLUSIVITÉ|RÉSERVÉ|POUR LES ABONNÉS)", re.IGNORECASE)


@dataclass
class _Draft:
    title: str
    kind: SectionKind = "news"
    paragraphs: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    names: tuple[str, ...] = ()

    def empty(self) -> bool:
        return not self.paragraphs and not self.items

    def freeze(self) -> Section:
        kind = self.kind
        if kind == "news" and not self.items and len(self.paragraphs) >= 3:
            kind = "dossier"
        return Section(self.title, tuple(self.paragraphs), tuple(self.items), kind, self.names)


def _blocks(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [" ".join(line.split()) if not BULLET.match(line) else "• " + BULLET.sub("", line).strip()
            for line in lines if line.strip()]


def _is_bullet(block: str) -> bool:
    return block.startswith("• ")


def _is_names(block: str) -> bool:
    """'Anthropic • Harvard • Rishi Sunak': short capitalised names joined by bullets."""
    parts = [p.strip() for p in re.split(r"\s*[•·|]\s*", block) if p.strip()]
    if len(parts) < 2 or block.startswith("• "):
        return False
    return all(len(p.split()) <= 4 and all(NAME_WORD.match(w) for w in p.split()) for p in parts)


def _is_heading(block: str, following: str | None) -> bool:
    if following is None or _is_bullet(block) or len(block) > 110:
        return False
    if block.endswith((".", "!", "?", ":", ";", ",", "»", ")")) and not block.endswith("…"):
        return False
    return len(block.split()) <= 16


def _is_signature(block: str, following: str | None) -> bool:
    words = block.split()
    if not 2 <= len(words) <= 4 or not all(NAME_WORD.match(w) or w.islower() for w in words):
        return False
    return following is not None and bool(SIGN_OFF.match(following))


def _split_lead(text: str) -> Item:
    match = LEAD_IN.match(text)
    if match and not match.group("lead").endswith(("«", "(")):
        return Item(match.group("lead").strip(), match.group("text").strip())
    return Item("", text)


def read_text(text: str, source: str = "") -> Issue:
    blocks = _blocks(text)
    if not blocks:
        raise InputError(f"{source or 'the issue'} has no text", "pass a file that contains an issue")
    title, rest = blocks[0], blocks[1:]
    headlines: list[str] = []
    date = None
    epigraph: Quote | None = None
    signature: str | None = None
    dropped: list[Dropped] = []
    sections: list[_Draft] = []
    current: _Draft | None = None
    in_promo = False
    i = 0
    while i < len(rest):
        block = rest[i]
        following = rest[i + 1] if i + 1 < len(rest) else None
        i += 1
        if any(p.search(block) for p in FOOTER):
            dropped.extend(Dropped(b, "footer") for b in rest[i - 1:])
            break
        if not headlines and "•" in block and GREETING.search(block) and not sections:
            parts = [p.strip() for p in block.split("•") if p.strip()]
            date = find_french_date(parts[-1])
            headlines = [p for p in parts[:-1] if not p.isupper()]
            dropped.extend(Dropped(p, "teaser kicker") for p in parts[:-1] if p.isupper())
            continue
        if epigraph is None and not sections and (m := EPIGRAPH.match(block)):
            epigraph = Quote(m.group("quote"), (m.group("author") or "").strip() or None)
            continue
        if PROMO_HEADER.search(block) and block.isupper():
            in_promo = True
            dropped.append(Dropped(block, "subscriber promotion"))
            continue
        if in_promo and (_is_bullet(block) or not _is_heading(block, following)):
            dropped.append(Dropped(block, "subscriber promotion"))
            continue
        in_promo = False
        if any(p.search(block) for p in CAPTION):
            dropped.append(Dropped(block, "image caption or credit"))
            continue
        if any(p.search(block) for p in PROMOTION):
            dropped.append(Dropped(block, "promotion"))
            continue
        if SHARE.match(block):
            dropped.append(Dropped(block, "share bar"))
            continue
        if SIGN_OFF.match(block):
            dropped.append(Dropped(block, "sign-off"))
            continue
        if ELLIPSIS_ONLY.match(block):
            if current is not None and current.empty():
                dropped.append(Dropped(current.title, "paywalled stub"))
                sections.remove(current)
                current = None
            continue
        if _is_signature(block, following) and current is not None:
            signature = signature or block
            continue
        if _is_names(block):
            current = _Draft("", "briefs", names=tuple(p.strip() for p in re.split(r"\s*[•·|]\s*", block) if p.strip()))
            sections.append(current)
            continue
        if _is_heading(block, following) and not _is_bullet(following or ""):
            kind: SectionKind = "editorial" if not sections else "news"
            current = _Draft(block, kind)
            sections.append(current)
            continue
        if current is None:
            current = _Draft("", "editorial")
            sections.append(current)
        if _is_bullet(block):
            current.items.append(_split_lead(block[2:]))
        else:
            current.paragraphs.append(block)
    dropped.extend(Dropped(s.title, "heading with no text") for s in sections if s.empty() and s.title)
    frozen = tuple(s.freeze() for s in sections if not s.empty())
    if not frozen:
        raise InputError(
            f"{source or 'the issue'} has no recognisable structure (no headings, paragraphs or items)",
            "check that it is the text of a newsletter issue",
        )
    return Issue(
        title=title,
        date=date,
        headlines=tuple(headlines),
        epigraph=epigraph,
        sections=frozen,
        signature=signature,
        dropped=tuple(dropped),
        source=source,
    )
