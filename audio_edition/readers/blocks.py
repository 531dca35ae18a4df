"""The common ground of every format: a document is a sequence of typed blocks.

Each format reader turns its own markup into blocks (an HTML ``<h2>`` or a Markdown
``##`` is a heading, ``<li>`` or ``-`` a bullet, ``<figcaption>`` a caption); plain text
only knows lines and bullets and leaves headings to be inferred. One recogniser
(``recognise.py``) then finds the issue's structure in the blocks, whatever the format.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullet", "caption", "quote"]
SEPARATOR = "separator"  # the ``drop`` of a rule (<hr>, "---", "———"): not read, but it may open a section

_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff\u034f]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    """One block of text. ``kind`` is what the markup says; a plain ``paragraph`` may still
    turn out to be a heading. ``lead`` is a lead-in the markup marks out (bold
    "Coup de frein." before the text); ``drop`` is a reason the markup alone gives to
    remove the block (a share bar by its class, a hidden pre-header)."""

    kind: BlockKind
    text: str
    level: int = 0  # heading level, 1 for the title
    strong: bool = False  # the whole block is bold
    lead: str | None = None
    url: str | None = None
    drop: str | None = None
    story: bool = False  # a daily's numbered story ("1. Free bascule…"): news, never an editorial


@dataclass(frozen=True)
class Document:
    """A format reader's output: blocks plus what the envelope says (subject, feed item)."""

    blocks: tuple[Block, ...]
    source: str
    title: str | None = None  # e-mail subject, <title>, feed item title
    date: dt.date | None = None  # e-mail Date header, feed item date
    url: str | None = None  # the web address, when known
    hints: dict[str, str] = field(default_factory=dict)  # {"title": "metadata"}: the title is authoritative


def clean(text: str) -> str:
    """One line of text: NFC, no invisible characters, single spaces, no edges."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


_TABLE_ROW = re.compile(r"^\|?[^|\n]*(?:\|[^|\n]*){2,}\|?$")  # three cells or more: "Marché | Cours | Variation"
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$")
MAX_CELL = 40


def _cells(text: str) -> list[str] | None:
    """A table row's cells, or None: short cells, the last one may describe ("LME Londres |
    11 240 $ | +28 %", "Stack | Suède | Un campus de 250 MW…"); not a rubric's item ("EN
    FILIGRANE | Titre | texte") nor a teaser ("AU SOMMAIRE | …"), which open in capitals."""
    if not _TABLE_ROW.match(text):
        return None
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    rubric = cells[0].isupper() and len(cells[0].split()) >= 2 and not any(c.isdigit() for c in cells[0])
    if rubric or not all(len(c) <= MAX_CELL for c in cells[:-1]):
        return None  # "EN FILIGRANE | …" (not "CAC 40 | …", "NVDA | …")
    return cells


def take_sub_item(blocks: list[Block], text: str, *, taking: bool) -> bool:
    """A sub-item's ``text`` joined to the last bullet, when that bullet announces a list ("Le
    contrat prévoit :") or has already taken sub-items (``taking``): one item, read as one.
    Every format reader calls it for a bullet nested under another; True if it was taken."""
    last = blocks[-1] if blocks else None
    if last is None or last.kind != "bullet" or not (taking or last.text.endswith(":")):
        return False
    blocks[-1] = replace(last, text=f"{last.text} {text}")
    return True


def drop_tables(blocks: list[Block]) -> list[Block]:
    """Rows of a table written in text dropped as a table: two rows or more with the same
    number of short cells (a long last cell only under a header row of short cells), with a
    figure, or three rows, or a Markdown rule "|---|---|". A listener cannot follow a table
    read aloud, and its last row had been taken for the next section's title. A line alone,
    a rubric's items ("Financement | Titre | a sentence…"), a teaser line are not tables."""
    rows = [_cells(b.text) if b.kind == "paragraph" else None for b in blocks]
    out = list(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and rows[j] is not None and len(rows[j] or ()) == len(rows[i] or ()):
            j += 1
        run = blocks[i:j]
        figures = any(any(c.isdigit() for c in b.text) for b in run)
        # a long last cell only under a header row of short cells ("Opérateur | Pays | Ce qui le distingue")
        header = all(len(c) <= MAX_CELL for c in rows[i] or ())
        described = all(len(c) <= MAX_CELL for b in run for c in (_cells(b.text) or ()))
        if j - i >= 2 and (header or described) and (figures or j - i >= 3 or any(_TABLE_RULE.match(b.text) for b in run)):
            out[i:j] = [replace(b, drop="table") for b in run]
        i = max(j, i + 1)
    return out


# A newsletter's click trackers: the link would carry the subscriber's id into the public
# feed (a chapter's link). Their hosts and paths, and the tracking parameters of a plain link.
_TRACKERS = re.compile(
    r"(?:^|\.)(?:list-manage\.com|mailchi\.mp|sendgrid\.net|mjt\.lu|sendibt\d?\.com|mailjet\.com|"
    r"klclick\d?\.com|mlsend\.com|click\.mailerlite\.com|hubspotlinks\.com|cmail\d+\.com|createsend\d*\.com|"
    r"mail\.beehiiv\.com|convertkit-mail\d*\.com|pstmrk\.it|customer\.io)$"
)
_TRACKING_PATH = re.compile(r"^/(?:track/click|ls/click|redirect/|e3t/)", re.IGNORECASE)  # "substack.com/redirect/…"
# a mailing platform's own subdomain ("email.mg.…", "lnk.…") with a click path ("/c/…", "/click/")
_TRACKING_SUBDOMAIN = re.compile(r"^(?:email|lnk|links?|click|clicks|track|trk)\.")  # not "t.me", "e.infogreffe.fr"
_CLICK_PATH = re.compile(r"^/(?:c|click|u/click|e/c|ss/c|track|l)(?:/|$)", re.IGNORECASE)
_TRACKING_PARAMS = re.compile(r"^(?:utm_\w+|mc_[ce]id|fbclid|gclid|_hsenc|_hsmi|mkt_tok|subscriber\w*)$")


def public_link(url: str | None) -> str | None:
    """``url`` fit for the public feed: without tracking parameters; None for a click tracker."""
    if not url or not url.startswith(("http://", "https://")):
        return None
    parts = urlsplit(url)
    host = parts.netloc.lower()
    if _TRACKERS.search(host) or _TRACKING_PATH.search(parts.path):
        return None
    if _TRACKING_SUBDOMAIN.match(host) and _CLICK_PATH.match(parts.path):
        return None  # not "link.springer.com/article/…", "youtube.com/c/…"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    return urlunsplit(parts._replace(query=urlencode(query)))


_QUOTE_MARKS = re.compile(r"[«»“”„\"]")


def _plain(text: str) -> str:
    return _SPACES.sub(" ", _QUOTE_MARKS.sub(" ", text.replace("’", "'"))).strip(" .,;:!?…").casefold()


def pull_quotes(blocks: list[Block], marked: frozenset[int] = frozenset()) -> list[Block]:
    """A pull quote, a sentence of the article set again in large type ("<blockquote
    class="pullquote">", "> « Personne ne renonce à venir pour 50 centimes. »" after the answer
    that said it), left out when its words are found in the article's own text: read twice,
    and in the voice of whoever reads quotes, not of who said it. ``marked`` are the blocks
    the markup calls a pull quote, besides the quotes; a quote of words said nowhere else is read."""
    text = [_plain(b.text) for b in blocks]
    # (in the article's text, not its headings: a title that repeats a quotation is not said with it)
    article = [t for n, (b, t) in enumerate(zip(blocks, text)) if b.drop is None and b.kind in ("paragraph", "bullet") and n not in marked]
    out = list(blocks)
    for n, block in enumerate(blocks):
        announced = n > 0 and blocks[n - 1].text.rstrip().endswith(":")  # "… a été claire :" then the quotation: the story's own
        if block.drop is None and (block.kind == "quote" or n in marked) and not announced and len(text[n]) >= 25 and any(
            text[n] in t for t in article
        ):
            out[n] = replace(block, drop="pull quote")
    return out


_FILLED_STARS = re.compile("(?:[⭐★]\ufe0f?){2,10}")
# what speaks of a rating beside its stars: a review's note or verdict ("Notre note", "Une bonne note, donc", "notre
# avis", "noté 4 sur 5", "Verdict :"), a work or a place reviewed ("le film", "ce restaurant", "notre essai"); not any
# "avis" or "note" of the news ("l'avis publié au JO", "une note d'information")
# Any work or thing a letter reviews counts too ("La série de la semaine", "Le smartphone du mois", "L'exposition"),
# and a review's own "Avis de la rédaction :" or "La note tient compte du prix" (not "La note d'information").
_RATED = re.compile(
    r"(?i)\b(?:(?:notre|ma|sa|leur|votre|bonne|mauvaise|excellente|meilleure) note|not[ée]e?s? \d|notation|(?:notre|mon|leur|votre) avis"
    r"|avis de (?:la r[ée]daction|notre|nos)|verdict|critiques?|(?:notre|l['’]) essai|test[ée]e?s?|[ée]toiles?|films?|restaurants?"
    r"|spectacles?|albums?|romans?|s[ée]ries?|jeux? vid[ée]o|livres?|podcasts?|expo(?:sition)?s?|applis?|smartphones?|liseuses?"
    r"|documentaires?|concerts?|mangas?|BD|bandes? dessin[ée]es?|coup de c(?:œ|oe)ur)\b|\b(?:notes?|avis)\s*:"
    r"|^(?:la|notre|cette) note (?!d['’]|de |du |des )"
)

_SHORT_LINE = re.compile(r"(?:\S+ ){0,9}\S+(?<![.!?:;…,])")  # "Le restaurant de la semaine": ten words or fewer, no end mark


def divider_stars(blocks: list[Block]) -> None:
    """Filled stars alone on their line ("⭐⭐⭐", "★★★") are a rating only beside what speaks of one ("Une bonne note,
    donc…"); between two paragraphs of news they divide the text, and are left out, not said "trois étoiles" (nor a
    heading: a chapter named "★★★"). In place."""
    kept = [n for n, b in enumerate(blocks) if b.drop is None]
    for k, n in enumerate(kept):
        if not _FILLED_STARS.fullmatch(blocks[n].text.strip()):
            continue
        around = [blocks[kept[m]].text for m in (k - 1, k + 1) if 0 <= m < len(kept)]
        # and the heading they are under ("Le restaurant de la semaine" / its text / "★★★"): a heading, or in plain
        # text a short line without a full stop, a few blocks above
        above = [blocks[kept[m]] for m in range(k - 1, max(-1, k - 4), -1)]
        around.append(next((b.text for b in above if b.kind == "heading" or _SHORT_LINE.fullmatch(b.text)), ""))
        if not any(_RATED.search(text) for text in around):
            blocks[n] = replace(blocks[n], drop="emoji")
