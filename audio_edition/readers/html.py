"""HTML (the issue's web page, an e-mail's HTML part, a feed item) -> blocks, with lxml.

Markup says what plain text cannot: ``<h1>``-``<h6>`` are headings, ``<li>`` bullets,
``<figcaption>`` captions, ``<blockquote>`` quotes, a leading ``<strong>`` a lead-in.
E-mail layouts (nested tables, ``<br>`` between lines, hidden pre-headers) and web pages
(navigation, sidebars, footers around one ``<article>``) are reduced to the same blocks.
What the markup alone marks as boilerplate (a ``class="share"`` bar, a hidden
pre-header, a ``<footer>``) is kept as a block with its drop reason, so the producer sees it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from ..errors import InputError
from .blocks import (
    SEPARATOR,
    Block,
    Document,
    clean,
    divider_stars,
    public_link,
    pull_quotes,
    take_sub_item,
)
from .dates import find_date
from .layout import agenda_rows, box_lists, forwarded, key_figures, rubric_stories, sponsored_boxes
from .lines import CALL_VERB, person_name
from .profile import Profile
from .text import countdowns

# "[1]", "(2)", "*", and a note or a reviewer's comment called by a letter in brackets ("[a]", in Google Docs)
_FOOTNOTE_CALL = re.compile(r"^\s*(?:[\[(]?\s*(\d{1,3}|[*†‡])\s*[\])]?|\[[a-z]{1,2}\])\s*$")
_SKIP = {
    "script", "style", "head", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "input", "textarea", "button", "map", "audio", "video", "img",
}  # fmt: skip
_BLOCK = {
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section",
    "article", "main", "header", "footer", "nav", "aside", "address", "pre", "hr", "center", "form",
    "fieldset", "legend", "details", "summary", "body", "html",
}  # fmt: skip
# a pull quote's class: WordPress's "wp-block-pullquote", "pull-quote", Ghost's alternative quote style
_PULL_QUOTE = {"pullquote", "pull-quote", "kg-blockquote-alt"}
_CONTAINERS = {"table", "tr", "td", "th", "div", "section", "aside", "center"}
_CHROME = {"nav": "navigation", "footer": "footer", "aside": "sidebar", "form": "form"}
_HIDDEN = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0(?![.\d])|mso-hide\s*:\s*all"
    r"|opacity\s*:\s*0(?![.\d])",
    re.IGNORECASE,
)
# "font-size:0" hides only the text that no inner element sizes again: MJML, Mailjet, Brevo put it
# on every layout cell ("<td style="font-size:0px"><div style="font-size:15px">Le texte…") to
# close the gaps between inline blocks; a pre-header's "font-size:0" has nothing readable inside it (at most "1px")
_NO_SIZE = re.compile(r"font-size\s*:\s*0(?![.\d])", re.IGNORECASE)
_SIZE = re.compile(r"font-size\s*:\s*(?:(?P<n>\d*\.?\d+)\s*(?P<unit>px|pt|em|rem|%)?|(?P<word>x*-?(?:small|large)|medium|larger|smaller))", re.IGNORECASE)
# a button's words: a verb first ("Lire l'annonce", "Je m'inscris", "S'abonner"), or an arrow
_CALL = re.compile(rf"(?:{CALL_VERB}|voir\b|lire\b|.*[→›»>]\s*$)", re.IGNORECASE)
# a coloured background (not white, none or transparent): an e-mail's button is a coloured cell
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(?!none|transparent|white\b|#fff(?:fff)?\b)[#\w]", re.IGNORECASE)
_WORD_LIST = re.compile(r"mso-list\s*:\s*l\d", re.IGNORECASE)  # a list paragraph saved by Word or Outlook
_WORD_NUMBER = re.compile(r"\s*(\d{1,2})[.)]")  # a numbered list's number, drawn by Word: "5."
_WORD_MARKER = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)  # its bullet or number, drawn by Word
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)\b", re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s_-]+")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")
_NUMBERED = re.compile(r"(?:#|\bn[°o]\s*)\d")  # a newsletter's name and number: "Panier Moyen #142", "Le Relevé n° 31"
_SEPARATOR_START = re.compile(r"^\s*[:•—–.|]")


def _page_title(title: str, blocks: list[Block]) -> str:
    """The <title> without the site's name ("Sujet | Le Signal"); when a heading of the page
    repeats one of its parts ("Le Signal — Sujet" over an h1 "Sujet"), that part — the longest,
    not an e-mail's logo in an h1 ("<h1>Octet</h1>" over "<h2>Sujet</h2>")."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title)]
    headings = {b.text.strip().casefold() for b in blocks if b.kind == "heading" and b.level <= 2}
    repeated = [p for p in parts if p.casefold() in headings]
    if not repeated:
        # an e-mail's headline drawn as a bold line, no <h1>: "Panier #12 — Le vrac revient" over
        # "<div style="font-weight:bold">Le vrac revient</div>" (not the number's part)
        bold = {b.text.strip().casefold() for b in blocks[:30] if b.kind == "paragraph" and b.strong and b.drop is None}
        longest = max((len(q.split()) for q in parts if not _NUMBERED.search(q)), default=0)
        # (not a short name beside a longer headline: "Sécheresse : les nappes au plus bas | La Goutte"
        # over a masthead in bold, "La Goutte")
        repeated = [p for p in parts if p.casefold() in bold and not _NUMBERED.search(p) and not (len(p.split()) <= 3 < longest)]
    return max(repeated, key=len) if repeated else _TITLE_SUFFIX.sub("", title)


@dataclass
class _Run:
    """Text gathered for the block being built, with which parts are bold."""

    parts: list[tuple[str, bool]] = field(default_factory=list)
    url: str | None = None

    def add(self, text: str, bold: bool) -> None:
        if text:
            self.parts.append((text, bold))


@dataclass
class _Walker:
    profile: Profile
    total_chars: int
    blocks: list[Block] = field(default_factory=list)
    run: _Run = field(default_factory=_Run)
    kinds: list[tuple[str, int]] = field(default_factory=list)  # (kind, level) of enclosing blocks
    drops: list[str] = field(default_factory=list)
    bold: int = 0
    link: list[str] = field(default_factory=list)
    root: object | None = None  # the article, when the page has one: the rest is page chrome
    inside: int = 0
    items: int = 0  # <li> elements open: 2 or more inside a nested list
    merging: bool = False  # the last item has taken sub-items
    boxes: list[tuple[int, int, bool]] = field(default_factory=list)  # a container's blocks [start, end), and if it is drawn as a box
    cells: list[tuple[object, int, int]] = field(default_factory=list)  # a table cell's row and blocks [start, end)
    pulls: set[int] = field(default_factory=set)  # the blocks of what the markup calls a pull quote
    notes: list[Block] = field(default_factory=list)  # margin notes of the paragraph being built
    aside: int = 0  # <aside> boxes open in the text
    quoted_by: int = 0  # a quotation's author line open (its <figcaption>)
    rank: int | None = None  # the number Word drew before the list paragraph being built ("5.")
    ranks: dict[int, int] = field(default_factory=dict)  # a numbered list paragraph's block -> its number

    def flush(self) -> None:
        self._flush()
        self.blocks.extend(self.notes)
        self.notes = []

    def _flush(self) -> None:
        run, self.run = self.run, _Run()
        text = clean("".join(t for t, _ in run.parts))
        if not text:
            return
        kind, level = self.kinds[-1] if self.kinds else ("paragraph", 0)
        visible = [(t, b) for t, b in run.parts if t.strip()]
        strong = bool(visible) and all(b for _, b in visible)
        lead = None
        # (a box in the text is read in its flow: its bold start, "Pourquoi c'est important.", is no item's lead)
        if visible and visible[0][1] and not strong and kind in ("paragraph", "bullet") and not self.aside:
            first_bold = clean("".join(t for t, b in _leading_bold(run.parts)))
            rest = clean("".join(t for t, _ in run.parts[len(_leading_bold(run.parts)) :]))
            if first_bold and rest and (first_bold[-1] in ".:•—–!?" or _SEPARATOR_START.match(rest)):
                lead = first_bold.rstrip(" :•—–|").strip() or None
        drop = self.drops[-1] if self.drops else None
        if drop is None and _emoji_only(text):
            drop = "emoji"  # a callout's icon in a box of its own ("💡" over its text): nothing to say
        if drop is None and self.root is not None and not self.inside:
            drop = "web page around the article"
        url = public_link(run.url)  # never a click tracker with the subscriber's id
        if self.quoted_by and not text.startswith(("— ", "– ")):
            text = f"— {text}"  # the quotation's author, its line read with it: "— Arthur Mensch, cofondateur de …"
        # "<li>Le contrat prévoit :<ul><li>un essai ;</li>…": a list its item announces belongs to it
        same_drop = bool(self.blocks) and self.blocks[-1].drop == drop
        if kind == "bullet" and self.items >= 2 and same_drop and take_sub_item(self.blocks, text, taking=self.merging):
            self.merging = True
            return
        self.merging = False
        if same_drop and _attribution(self.blocks[-1], text, self.profile):
            self.blocks[-1] = replace(self.blocks[-1], text=f"{self.blocks[-1].text} {text}")
            return  # "« Le client … »<br>— Jacques Martin, PDG de …": the quote is read with its author
        if kind == "bullet" and self.rank is not None:
            self.ranks[len(self.blocks)] = self.rank
        self.rank = None
        self.blocks.append(Block(kind, text, level=level, strong=strong, lead=lead, url=url, drop=drop))  # type: ignore[arg-type]

    def walk(self, element: object, depth: int = 0) -> None:
        el = element  # lxml element; typed loosely, lxml ships no stubs
        tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
        tag = tag.lower().rsplit("}", 1)[-1]
        if tag in _SKIP or not tag or _footnote_call(el, tag) or _repeated_time(el, tag) or _WORD_MARKER.search(el.get("style") or ""):  # type: ignore[attr-defined]
            # a comment or processing instruction (no str tag) has no text, only a tail; a
            # footnote call ("<sup>1</sup>", "<a href="#fn1">[1]</a>") is not read in the middle
            # of a sentence; nor a post's second date ("Publié le 16 mars 2026" and its update);
            # nor Word's bullet, drawn in the Symbol font ("<span style="mso-list:Ignore">·</span>"): its number
            # is kept aside ("5."), said when the list is a ranking counted down (see ``countdowns``)
            if tag and _WORD_MARKER.search(el.get("style") or "") and (number := _WORD_NUMBER.match(el.text_content())):  # type: ignore[attr-defined]
                self.rank = int(number[1])
            self._tail(el)
            return
        drop = self._drop_reason(el, tag)
        if drop is not None and drop.startswith("hidden"):
            # hidden text (an e-mail's pre-header) is listed as dropped and never joins a block
            hidden = clean(el.text_content())  # type: ignore[attr-defined]
            if hidden:
                self.flush()
                self.blocks.append(Block("paragraph", hidden, drop=drop))
            self._tail(el)
            return
        if drop == "sidenote":
            # a margin note set in a sentence ("1992.<span class="sidenote">En 2020…</span> Janvier"): listed
            # after its paragraph, which reads on without it
            if note := clean(el.text_content()):  # type: ignore[attr-defined]
                self.notes.append(Block("paragraph", note, drop=drop))
            self._tail(el)
            return
        is_block = tag in _BLOCK or drop is not None
        entering = el is self.root
        if entering:
            self.flush()
            self.inside += 1
        if tag == "br":
            self.flush()
            self._tail(el)
            return
        if tag == "hr":
            self.flush()
            self.blocks.append(Block("paragraph", "—", drop=(self.drops[-1] if self.drops else None) or SEPARATOR))
            self._tail(el)
            return
        author = tag == "figcaption" and _quote_author(el)
        if is_block:
            self.flush()
            self.kinds.append(("quote", 0) if author else self._kind(tag, el.get("style") or ""))  # type: ignore[attr-defined]
        start = len(self.blocks)
        if tag == "li" and (number := _list_number(el)) is not None:
            self.rank = number  # "<ol><li>": its number, said when the list is a ranking or referred to (see ``countdowns``)
        self.quoted_by += author
        self.items += tag == "li"
        self.aside += tag == "aside"
        if drop:
            self.drops.append(drop)
        bold = tag in ("b", "strong", "h1", "h2", "h3", "h4", "h5", "h6") or bool(_BOLD_STYLE.search(el.get("style") or ""))  # type: ignore[attr-defined]
        self.bold += bold
        if tag == "a" and el.get("href"):  # type: ignore[attr-defined]
            self.link.append(el.get("href"))  # type: ignore[attr-defined]
            if self.run.url is None and not "".join(t for t, _ in self.run.parts).strip():
                self.run.url = el.get("href")  # type: ignore[attr-defined]
        if tag in ("a", "button", "time") and self.run.parts and self.run.parts[-1][0][-1:].isalnum():
            self.run.add(" ", False)  # "<a>Archives</a><a>À propos</a>" are two links, not one word
        if el.text:  # type: ignore[attr-defined]
            self.run.add(el.text, self.bold > 0)  # type: ignore[attr-defined]
        if depth < 200:
            for child in el:  # type: ignore[attr-defined]
                self.walk(child, depth + 1)
        else:
            self.run.add(" " + el.text_content(), self.bold > 0)  # type: ignore[attr-defined]
        if tag == "a" and el.get("href"):  # type: ignore[attr-defined]
            self.link.pop()
        self.bold -= bold
        if is_block:
            self.flush()
            self.kinds.pop()
            if tag in _CONTAINERS and len(self.blocks) - start >= 2:
                self.boxes.append((start, len(self.blocks), _boxed(el)))
            if tag in ("td", "th"):
                self.cells.append((el.getparent(), start, len(self.blocks)))  # type: ignore[attr-defined]
        if _PULL_QUOTE.intersection(_class_words(el)):
            self.flush()
            self.pulls.update(range(start, len(self.blocks)))
        self.items -= tag == "li"
        self.aside -= tag == "aside"
        self.quoted_by -= author
        if drop:
            self.drops.pop()
        if entering:
            self.flush()
            self.inside -= 1
        self._tail(el)

    def _tail(self, el: object) -> None:
        tail = el.tail  # type: ignore[attr-defined]
        if tail:
            self.run.add(tail, self.bold > 0)

    def _kind(self, tag: str, style: str = "") -> tuple[str, int]:
        inside_li = any(k == "bullet" for k, _ in self.kinds[-1:])
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return "heading", int(tag[1])
        if tag == "li" or tag == "dd" and inside_li or tag == "p" and _WORD_LIST.search(style):
            return "bullet", 0  # (and Word's list paragraph: "<p class=MsoListParagraph style="mso-list:l0 level1 lfo1">")
        if tag in ("figcaption", "caption"):
            return "caption", 0
        if tag == "blockquote":
            return "quote", 0
        if tag in ("p", "div", "td", "th", "section", "dd", "dt") and self.kinds:
            # <li><p>..</p></li> and <blockquote><p>..</p></blockquote> keep their kind
            outer = self.kinds[-1]
            if outer[0] in ("bullet", "quote", "caption", "heading"):
                return outer
        return "paragraph", 0

    def _drop_reason(self, el: object, tag: str) -> str | None:
        style = el.get("style") or ""  # type: ignore[attr-defined]
        if _HIDDEN.search(style) or el.get("hidden") is not None or el.get("aria-hidden") == "true" or _no_size(el, style):  # type: ignore[attr-defined]
            reason: str | None = "hidden text (pre-header)"
        elif tag == "aside" and _among_paragraphs(el) and not _promoting(el):
            reason = None  # a box in the article's text ("<aside class="encadre">Pourquoi c'est important…"), not the page's sidebar
        elif tag == "aside" and _among_paragraphs(el):
            reason = "promotion"  # an insert with its call ("Le Club Quai B … Je rejoins le club")
        else:
            reason = _CHROME.get(tag)
        if reason is None:
            reason = next((self.profile.html_drop_classes[w] for w in _class_words(el) if w in self.profile.html_drop_classes), None)
            if reason == "poll" and _RESULTS.intersection(_class_words(el)):
                reason = None  # a survey's results ("poll-results", "poll__results": "Oui : 62 %") are news, read
            if reason == "promotion" and not (_promoting(el) or _PRICE.search(el.text_content() or "")):  # type: ignore[attr-defined]
                reason = None  # a product card with a review's verdict and no price nor call ("Notre avis : …") is read
        if reason is None and tag in ("p", "div", "li"):
            reason = _back_linked_note(el)  # Google Docs' footnotes and reviewers' comments, at the end
        if reason == "footnote" and tag not in _BLOCK:
            return None  # a note's call in the sentence ("<a class="footnote-anchor">"), not its note
        if reason is None and tag == "pre" and _code(el):
            reason = "code"  # a program or a command, which no listener can follow (not a poem or a note set in <pre>)
        if reason is None and _button(el, tag):
            reason = "button"  # "Lire l'annonce" in a coloured cell: a listener cannot click it
        if reason is None and tag == "table" and _data_table(el):
            reason = "table"  # a table of figures, read cell by cell ("Valeur", "Clôture", "+0,4 %"): for the letter
        if reason is None:
            return None
        if reason.startswith("hidden"):
            return reason
        # a badly named wrapper must never hide the issue: only small parts are dropped
        size = len(clean(el.text_content()))  # type: ignore[attr-defined]
        return reason if size <= 1500 and size <= 0.3 * self.total_chars + 200 else None


_RESULTS = {"results", "result", "resultats", "resultat"}
_PRICE = re.compile(r"\d\s?(?:€|\$|euros?\b)|[€$]\s?\d")


def _promoting(el: object) -> bool:
    """A box that sells: a link that calls to act ("Je rejoins le club", "S'abonner") or a class that says so."""
    words = " ".join(_class_words(el))
    if re.search(r"\b(?:promo\w*|pub\w*|ads?|sponsor\w*|cta|abonnement|newsletter|encart-pub)\b", words):
        return True
    return any(clean(a.text_content()) and _CALL.match(clean(a.text_content())) for a in el.iter("a"))  # type: ignore[attr-defined]


def _among_paragraphs(el: object) -> bool:
    """An element set among the paragraphs of a text: its parent holds a paragraph or a heading of its own
    (a page's sidebar sits beside the article, in the layout's boxes)."""
    parent = el.getparent()  # type: ignore[attr-defined]
    return parent is not None and any(
        isinstance(c.tag, str) and c.tag in ("p", "h2", "h3", "h4", "blockquote") and c is not el for c in parent
    )


_RATING = re.compile("(?:[⭐★]\ufe0f?)+☆+|(?:[⭐★]\ufe0f?){2,10}")  # stars filled then empty, or a few filled


def _emoji_only(text: str) -> bool:
    """A text of pictographs alone ("💡", "⚠️"), which a voice does not say (not a rating, "⭐⭐⭐☆☆", said in stars)."""
    if _RATING.fullmatch(text.strip()):
        return False
    signs = [unicodedata.category(c) for c in text if not c.isspace()]
    return "So" in signs and all(c in ("So", "Sk", "Mn", "Me", "Cf") for c in signs)


def _class_words(el: object) -> list[str]:
    """An element's class and id, whole ("kg-file-card") then word by word ("kg", "file", "card")."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()  # type: ignore[attr-defined]
    return names + [w for name in names for w in _WORD_SPLIT.split(name)]


def _list_number(li: object) -> int | None:
    """An ordered list's item's number, as the browser draws it ("<ol start="5" reversed>" counts 5, 4…)."""
    parent = li.getparent()  # type: ignore[attr-defined]
    if parent is None or parent.tag != "ol":
        return None
    siblings = [c for c in parent if c.tag == "li"]
    try:
        first = int(parent.get("start") or (len(siblings) if parent.get("reversed") is not None else 1))
    except ValueError:
        return None
    at = siblings.index(li)
    return first - at if parent.get("reversed") is not None else first + at


def _quote_author(el: object) -> bool:
    """A ``<figcaption>`` naming who said a quotation, not a photo's credit: inside the ``<blockquote>``
    (Beehiiv's "blockquote__byline") or beside it in its ``<figure>``."""
    parent = el.getparent()  # type: ignore[attr-defined]
    inside = any(a.tag == "blockquote" for a in el.iterancestors())  # type: ignore[attr-defined]
    return inside or (parent is not None and parent.tag == "figure" and parent.find("blockquote") is not None)


def _attribution(quote: Block, text: str, profile: Profile) -> bool:
    """``text`` names who said the quotation ``quote`` ends on: "— Léa Morin, directrice de …"
    after "« … »". A dash then a person's name, not a line of dialogue ("— Pourquoi pas ?")."""
    if quote.kind not in ("paragraph", "quote") or not quote.text.endswith(("»", "”")) or len(text) > 200:
        return False
    if not text.startswith(("— ", "– ")) or text.endswith(("?", "!", "»")) or len(text.split()) > 16:
        return False  # (not "— Sophie Lenoir, nommée en mars, a déjà fait savoir que …": a sentence about her)
    return person_name(text[2:].split(",", 1)[0], profile) is not None


def _no_size(el: object, style: str) -> bool:
    """Text made invisible by "font-size:0", which no inner element sizes again."""
    if not _NO_SIZE.search(style):
        return False
    inner = (e.get("style") or "" for e in el.iterdescendants() if isinstance(e.tag, str))  # type: ignore[attr-defined]
    return not any(_readable(m) for s in inner for m in _SIZE.finditer(s))


def _readable(size: re.Match[str]) -> bool:
    """A font size one can read: "15px", "1.1em", "small"; not a pre-header's "1px" or "0"."""
    if size["word"]:
        return True
    least = {"em": 0.3, "rem": 0.3, "%": 30.0}.get((size["unit"] or "px").lower(), 5.0)
    return float(size["n"]) >= least


def _boxed(el: object) -> bool:
    """A container drawn as a box: a coloured background or a border ("<table style="background-color:
    #fff8e6;border:1px solid #f3d27a">")."""
    bgcolor = (el.get("bgcolor") or "").strip().lower()  # type: ignore[attr-defined]
    style = el.get("style") or ""  # type: ignore[attr-defined]
    border = re.search(r"(?<![-\w])border\s*:\s*(?!none|0(?![.\d]))", style, re.IGNORECASE)
    return bgcolor not in ("", "#fff", "#ffffff", "white", "transparent") or bool(_BACKGROUND.search(style) or border)


def _code(pre: object) -> bool:
    """A <pre> that holds code: a <code> inside, or a class that says so ("language-python", "highlight")."""
    classes = f"{pre.get('class') or ''} {' '.join(c.get('class') or '' for c in pre.iter('code'))}".lower()  # type: ignore[attr-defined]
    return next(iter(pre.iter("code")), None) is not None or any(k in classes for k in ("code", "highlight", "language-", "source"))  # type: ignore[attr-defined]


_BUTTON_CLASS = re.compile(r"(?i)(?:button|\bbtn)(?:\b|[_-])")  # "mcnButton", "hse-button", "btn-primary" (not "buttonhole")


def _button(el: object, tag: str) -> bool:
    """A link drawn as a button: a cell or a link with a coloured background ("<td
    bgcolor="#0057d9"><a>Lire l'annonce</a></td>") whose whole text is one short link. Not a
    coloured box of text, nor a highlighted link inside a sentence (its text is the box's)."""
    if tag not in ("td", "th", "div", "p", "span", "a", "center"):
        return False
    bgcolor = (el.get("bgcolor") or "").strip().lower()  # type: ignore[attr-defined]
    # (or a link its class calls a button, its colour set on a table around it: Mailchimp's "<a class="mcnButton">")
    named = tag == "a" and bool(_BUTTON_CLASS.search(el.get("class") or ""))  # type: ignore[attr-defined]
    if not (named or bgcolor not in ("", "#fff", "#ffffff", "white", "transparent") or _BACKGROUND.search(el.get("style") or "")):  # type: ignore[attr-defined]
        return False
    text = clean(el.text_content())  # type: ignore[attr-defined]
    if not text or len(text) > 40 or len(text.split()) > 6 or not _CALL.match(text):
        return False  # (a rubric's coloured bar, "Cinéma", is no button: a button calls to act)
    parent = el.getparent()  # type: ignore[attr-defined]
    if tag in ("a", "span") and (parent is None or clean(parent.text_content()) != text):
        return False  # a highlighted link inside a sentence: "Lisez <a style="background:#ff0">notre dossier</a>…"
    links = [el] if tag == "a" else list(el.iter("a"))  # type: ignore[attr-defined]
    return len(links) == 1 and bool(links[0].get("href")) and clean(links[0].text_content()) == text


def _footnote_call(el: object, tag: str) -> bool:
    """A footnote's call: "<sup>1</sup>", or a link to the note ("<a href="#fn1">[1]</a>")."""
    if tag == "sup" or (tag == "a" and (el.get("href") or "").startswith("#")):  # type: ignore[attr-defined]
        return bool(_FOOTNOTE_CALL.match(el.text_content() or ""))  # type: ignore[attr-defined]
    return False


_COMMENT_BACK_LINK = re.compile(r"^#cmnt(?:_ref)?\d+$")  # Google Docs: "<a href="#cmnt_ref1" id="cmnt1">[a]</a>"
_NOTE_BACK_LINK = re.compile(r"^#(?:ftnt_ref|fnref|footnote-ref|endnote-ref|_ftnref|_ednref)[\w-]*$", re.IGNORECASE)


def _back_linked_note(el: object) -> str | None:
    """A note that opens with the link back to its call: a footnote ("<a href="#ftnt_ref1">[1]</a> Relevés
    réalisés…") or, in a Google Docs export, a reviewer's comment with its thread ("[a] Hélène : on garde
    cette formule ?" / "Assigned to …"), which was never meant for the reader."""
    link = next(el.iter("a"), None)  # type: ignore[attr-defined]
    if link is None or not (label := clean(link.text_content())):
        return None
    if not clean(el.text_content()).startswith(label):  # type: ignore[attr-defined]
        return None  # a link in the middle of the text ("voir la note [1]")
    href = link.get("href") or ""
    if _COMMENT_BACK_LINK.match(href) and re.fullmatch(r"\[[a-z]{1,3}\]", label):
        return "reviewer comment"
    if _NOTE_BACK_LINK.match(href):
        return "footnote"
    return None


def _repeated_time(el: object, tag: str) -> bool:
    """A post's date of update right after its date of publication ("<time class="published">16 mars
    2026</time><time class="updated">16 mars 2026</time>"): themes hide it, and the two read as one
    garbled date ("16 mars 202616 mars 2026")."""
    if tag != "time":
        return False
    classes = (el.get("class") or "").lower().split()  # type: ignore[attr-defined]
    before = el.getprevious()  # type: ignore[attr-defined]
    return "updated" in classes and "published" not in classes and before is not None and before.tag == "time"


def _data_table(table: object) -> bool:
    """A table of figures, not an e-mail's layout (which may use <th> for its columns, as
    Foundation's Inky does): header cells, no table inside, two rows and two columns or
    more, every cell short, and figures in it. Without <th> (an e-mail's "<table border="1">",
    its header a row of <td>), a grid: a header row over two rows or more with a figure each past
    its first cell (an agenda's date, event and place is read),
    every row with the same cells, drawn with borders or of three columns ("Produit | Prix |
    Variation"); not a layout's row of cells, nor a button's one cell."""
    if any(t is not table for t in table.iter("table")):  # type: ignore[attr-defined]
        return False
    rows = [[clean(c.text_content()) for c in row if c.tag in ("td", "th")] for row in table.iter("tr")]  # type: ignore[attr-defined]
    rows = [row for row in rows if any(row)]
    if table.get("role") == "presentation" and (not rows or any(ch.isdigit() for c in rows[0] for ch in c)):  # type: ignore[attr-defined]
        # a layout's table, unless a grid under a header row of words: HubSpot marks every table so
        # ("Indicateur | Dernier | Variation" / "CAC 40 | 8 142 pts | +1,4 %")
        return False
    cells = [c for row in rows for c in row]
    if not rows or max(map(len, rows)) < 2 or not all(len(c) <= 60 for c in cells):
        return False
    if next(iter(table.iter("th")), None) is not None:  # type: ignore[attr-defined]
        return len(rows) >= 2 and any(ch.isdigit() for c in cells for ch in c)
    border = (table.get("border") or "0").strip() not in ("", "0")  # type: ignore[attr-defined]
    width = len(rows[0])
    return (
        len(rows) >= 3 and all(len(row) == width for row in rows) and all(len(c) <= 40 for c in cells)
        and all(any(ch.isdigit() for c in row[1:] for ch in c) for row in rows[1:]) and (border or width >= 3)
    )  # fmt: skip


def _leading_bold(parts: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out = []
    for text, bold in parts:
        if not bold and text.strip():
            break
        out.append((text, bold))
    return out


def _content_root(body: object) -> tuple[object, bool]:
    """The page's ``<main>`` or its largest ``<article>``, when it has one."""
    mains = body.xpath("//main")  # type: ignore[attr-defined]
    candidates = mains or body.xpath("//article")  # type: ignore[attr-defined]
    if not candidates:
        return body, False
    best = max(candidates, key=lambda e: len(e.text_content()))
    total = len(body.text_content())  # type: ignore[attr-defined]
    return (best, True) if len(best.text_content()) >= 0.3 * total else (body, False)


def _meta_date(root: object) -> str | None:
    for xpath in (
        "//meta[@property='article:published_time']/@content",
        "//meta[@name='date']/@content",
        "//time/@datetime",
    ):
        found = root.xpath(xpath)  # type: ignore[attr-defined]
        if found:
            return str(found[0])
    return None


def parse_html(text: str, source: str, profile: Profile) -> Document:
    from lxml import etree, html

    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    if not text.strip():
        raise InputError(f"{source} is empty", "pass the HTML of the issue")
    try:
        root = html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{source} is not readable HTML ({exc})", "save the page again as HTML") from None
    titles = root.xpath("//title")
    title = clean(titles[0].text_content()) if titles else ""
    canonical = root.xpath("//link[@rel='canonical']/@href")
    body = root.find("body")
    if body is None:
        body = root
    content, narrowed = _content_root(body)
    walker = _Walker(profile, total_chars=len(clean(body.text_content())), root=content if narrowed else None)
    walker.walk(body)
    walker.flush()
    divider_stars(walker.blocks)
    blocks = countdowns(walker.blocks, walker.ranks)  # (before the layout's rules change the blocks' order)
    sponsored_boxes(blocks, walker.boxes, profile, walker.total_chars)
    box_lists(blocks, walker.boxes)
    blocks = pull_quotes(blocks, frozenset(walker.pulls))  # (before key figures and stories change the blocks' order)
    blocks, cells = agenda_rows(blocks, walker.cells)
    blocks = rubric_stories(forwarded(key_figures(blocks, cells)))
    if narrowed and not any(b.kind == "heading" and b.level == 1 and b.drop is None for b in blocks):
        h1 = [b for b in blocks if b.kind == "heading" and b.level == 1]
        title = h1[0].text if h1 else title  # the page's title sits above its article
    if not any(b.text for b in blocks if b.drop is None):
        raise InputError(f"{source} has no text", "pass the HTML of the issue itself, not an empty page or a frame")
    date_text = _meta_date(root)
    # the page's byline, by its class ("<h4 class="author-name">Inès Haddad</h4>"), signs the issue if nothing else does
    author = next((name for b in blocks if b.drop == "byline" and (name := person_name(b.text, profile))), None)
    return Document(
        tuple(blocks),
        source,
        title=_page_title(title, blocks) if title else None,
        date=find_date(date_text) if date_text else None,
        url=str(canonical[0]) if canonical else None,
        hints={"author": author} if author else {},
    )
