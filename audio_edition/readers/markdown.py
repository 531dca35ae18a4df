"""Markdown (CommonMark as newsletters export it) -> blocks, without a Markdown library.

``#`` headings (and underlined ones), ``-``/``*``/``+``/``1.`` bullets, ``>`` quotes,
images and their captions, front matter (``title:``, ``date:``). Inline markup is
removed; a bold start (``**Coup de frein.** Texte``) is kept as the block's lead-in.
"""

from __future__ import annotations

import re

from .blocks import SEPARATOR, Block, Document, clean, divider_stars, pull_quotes, take_sub_item
from .dates import find_date
from .text import agenda_entries, countdowns

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_BULLET = re.compile(r"^ {0,3}(?:[-*+•→▸►➜]|–(?![^\n]*\?\s*$)|\d{1,9}[.)])\s+(.*)$")  # and "– ", "→ " (not "– Pourquoi ?")
_NUMBER = re.compile(r"^\s*(\d{1,9})[.)]\s")  # an ordered list's item's number
_NESTED_BULLET = re.compile(r"^\s{4,}(?:[-*+•→▸►➜–]|\d{1,9}[.)])\s+(.*)$")  # deeper in a list
# "Pour aller plus loin : [le compte rendu](…) et [la carte](…).": nothing but links after it
_FURTHER_READING = re.compile(
    r"^(?:[àa] lire (?:aussi|[ée]galement)|lire aussi|voir aussi|pour aller plus loin|nos lectures)\s*:\s*"
    r"(?:\[[^\]]+\]\([^)\s]+\)[\s,;.]*(?:et\s+|and\s+)?)+$",
    re.IGNORECASE,
)
_HTML_TABLE = re.compile(r"^\s{0,3}<table\b", re.IGNORECASE)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.IGNORECASE | re.DOTALL)
_HTML_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.IGNORECASE | re.DOTALL)
_QUOTE = re.compile(r"^ {0,3}>\s?(.*)$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_IMAGE_LINE = re.compile(r"^\s*!\[([^\]]*)\]\([^)]*\)\s*$")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^[^\]\s]{1,20}\]:\s*")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
# a heading's anchor or class, kramdown's and Hugo's ("## Édito {#edito}", "{: .note}"): markup, not said
_HEADING_ATTRS = re.compile(r"\s*\{:?\s*[#.][^{}]*\}\s*$")
# Hugo's shortcodes, alone on their line: '{{< figure src="…" caption="…" >}}', '{{% notice info "Titre" %}}', '{{< /partner >}}'
_SHORTCODE_LINE = re.compile(r"^\s*\{\{([<%])\s*(/?)\s*([\w-]+)(.*?)\s*[%>]\}\}\s*$")
_SHORTCODE = re.compile(r"\{\{[<%].*?[%>]\}\}")  # inline: "[Abonnez-vous]({{< ref "/abonnement" >}})"
_CODE_SHORTCODE = re.compile(r"^(?:highlight|code|codeblock)$", re.IGNORECASE)  # '{{< highlight rust >}} … {{< /highlight >}}'
_QUOTE_SHORTCODE = re.compile(r"^(?:quote|blockquote|citation)$", re.IGNORECASE)  # '{{< quote author="…" >}} … {{< /quote >}}'
_SHORTCODE_ARG = re.compile(r"(?:([\w-]+)\s*=\s*)?\"([^\"]*)\"")
# what a shortcode's name says it holds: a picture or a player is not read (its caption neither), a
# partner's block is an advertisement, links to other posts go to the show notes
_SHORTCODE_DROPS = (
    (re.compile(r"^(?:figure|img|image|gallery|picture)$", re.IGNORECASE), "image description"),
    (re.compile(r"^(?:youtube|vimeo|video|audio|podcast|tweet|x|twitter|instagram|bluesky|mastodon|gist|embed|iframe)$", re.IGNORECASE), "embedded player"),
    (re.compile(r"^(?:partner|partners|sponsor|sponsored|ad|ads|advert|pub|promo|partenaire)$", re.IGNORECASE), "sponsored block"),
    (re.compile(r"^(?:related|see-?also|toc|ref|relref|series)$", re.IGNORECASE), "related articles"),
)

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((<[^>]*>|[^)\s]*)(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^>\s]*>")
_TAG = re.compile(r"</?[A-Za-z][^>]{0,200}>|<!--.*?-->")  # tags and comments (an editor's note)
# a margin note in the text, as Tufte's style sets it ("1992.<aside class="sidenote">Le premier
# trimestre 2020…</aside> Janvier…"): a digression, left out like a footnote, never glued to the sentence
_SIDENOTE = re.compile(
    r"<(?P<tag>aside|span|div|small)\b[^>]{0,200}?\bclass\s*=\s*[\"'][^\"']*\b(?:side-?note|margin-?note)\b[^\"']*[\"'][^>]{0,200}>"
    r"(?P<note>.*?)</(?P=tag)\s*>",
    re.IGNORECASE,
)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\]")  # "janvier[^1]": a footnote call
_CODE = re.compile(r"`+([^`]*)`+")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_LEAD_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*(.*)$")
_SEPARATOR_START = re.compile(r"^[:•—–.|]")


def _inline(text: str) -> str:
    text = _IMAGE.sub("", _SHORTCODE.sub("", text))
    text = _LINK.sub(r"\1", text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub("", text)
    text = _FOOTNOTE_REF.sub("", _TAG.sub("", text))
    text = _CODE.sub(r"\1", text)
    for _ in range(3):  # nested **_x_**
        text = _BOLD.sub(r"\2", text)
        text = _EM_STAR.sub(r"\1", text)
        text = _EM_UNDER.sub(r"\1", text)
    return clean(_ESCAPE.sub(r"\1", text).replace("&nbsp;", " ").replace("&amp;", "&"))


def _block(kind: str, raw: str, level: int = 0) -> Block | None:
    text = _inline(raw)
    if not text:
        return None
    if _FURTHER_READING.match(raw.strip()):
        return Block(kind, text, drop="list of links")  # type: ignore[arg-type]
    lead = None
    strong = False
    match = _LEAD_BOLD.match(raw.strip())
    if match:
        rest = match.group(3)
        strong = not rest.strip()
        bold = _inline(match.group(2))
        if rest.strip() and (bold[-1:] in (".", ":", "•", "—", "–", "!", "?") or _SEPARATOR_START.match(rest)):
            lead = bold
    return Block(kind, text, level=level, strong=strong, lead=lead)  # type: ignore[arg-type]


_CALLOUT = re.compile(r"^(\s*>\s*)\[![A-Za-z]+\][+-]?\s*")


_TOML_LIST = re.compile(r"^\[(.*)\]$")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """YAML front matter between "---" lines ("title: …"), or Hugo's TOML between "+++" lines
    ('title = "…"', 'authors = ["Léa Roy"]'): the issue's title, date and author, never read."""
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return {}, lines
    toml = fence == "+++"
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ((fence,) if toml else ("---", "...")):
            meta = {}
            for line in lines[1:end]:
                if toml and line.strip().startswith("["):
                    break  # "[params]": a table of the theme's settings, no longer the page's own
                key, sep, value = line.partition("=" if toml else ":")
                if not (sep and key.strip().isidentifier()):
                    continue
                value = value.strip()
                if toml and (m := _TOML_LIST.match(value)):  # 'authors = ["Léa Roy", "Marc Bel"]'
                    value = " et ".join(v.strip().strip("'\"") for v in m.group(1).split(",") if v.strip())
                meta[key.strip().lower()] = value.strip("'\"")
            return meta, lines[end + 1 :]
    return {}, lines


def parse_markdown(text: str, source: str) -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta, lines = _front_matter(lines)
    lines = [_CALLOUT.sub(r"\1", line) for line in lines]  # "> [!NOTE]": a callout's kind, not read
    blocks: list[Block] = []
    buffer: list[str] = []
    kind = "paragraph"
    after_image = False

    nested = False  # the bullet in the buffer is indented under another: part of its parent
    merging = False  # the last item has taken sub-items
    item_indent = 0  # the last item's indentation
    rank: int | None = None  # the number of the list item in the buffer ("3. …")
    ranks: dict[int, int] = {}  # a numbered item's block -> its number

    def flush() -> None:
        nonlocal buffer, kind, after_image, nested, merging, rank
        notes: list[str] = []
        if buffer:
            raw = _SIDENOTE.sub(lambda m: notes.append(m["note"]) or " ", " ".join(buffer))  # type: ignore[func-returns-value]
            block = _block(kind, raw)
            # "- Le contrat prévoit :" then "  - une période d'essai ;": a list its item announces, one item
            if block is not None and nested and take_sub_item(blocks, block.text, taking=merging):
                block, merging = None, True
            elif block is not None:
                merging = False
            nested = False
            if block is not None:
                if after_image and kind == "paragraph" and _is_emphasised(" ".join(buffer)):
                    block = Block("caption", block.text)
                if drop := next((d for d in reversed(shortcodes) if d), None):
                    block = Block(block.kind, block.text, drop=drop)  # inside "{{< partner >}}"
                if rank is not None and block.kind == "bullet":
                    ranks[len(blocks)] = rank
                blocks.append(block)
            rank = None
            after_image = False
        # a margin note, after the paragraph it was set in, left out like a footnote
        blocks.extend(Block("paragraph", note, drop="sidenote") for n in notes if (note := _inline(n)))
        buffer, kind = [], "paragraph"

    shortcodes: list[str | None] = []  # the shortcodes open around the line, each with what it drops
    closed = {m.group(3) for line in lines if (m := _SHORTCODE_LINE.match(line)) and m.group(2)}
    fenced: list[str] | None = None  # the lines of a fenced code block, up to its end
    table: list[str] | None = None  # the lines of a raw HTML <table>, up to its end
    code_shortcode: str | None = None  # the "{{< highlight rust >}}" whose code is being taken, like a fenced block's
    quoted: list[tuple[int, str]] = []  # where each '{{< quote author="…" >}}' opened, and its author
    for line in lines:
        shortcode = _SHORTCODE_LINE.match(line)
        ends_code = code_shortcode is not None and shortcode is not None and bool(shortcode.group(2)) and shortcode.group(3) == code_shortcode
        if (_FENCE.match(line) and code_shortcode is None) or ends_code:
            flush()
            if fenced is not None and (code := clean(" ; ".join(c.strip() for c in fenced if c.strip()))):
                blocks.append(Block("paragraph", code, drop="code"))  # not read, but listed with what was left out
            fenced = None if fenced is not None else []
            code_shortcode = None
            continue
        if fenced is not None:
            fenced.append(line)
            continue
        if table is not None or _HTML_TABLE.match(line):
            # a raw HTML table, up to its end tag (or the first blank line, if it has none)
            ends = "</table>" in line.lower() or not line.strip()
            table = [*(table or []), line]
            if ends:
                flush()
                blocks += _table_rows(" ".join(table))
                table = None
            continue
        if not line.strip():
            flush()
            continue
        if m := _SHORTCODE_LINE.match(line):
            flush()
            closing, name, args = bool(m.group(2)), m.group(3), {k or str(i): v for i, (k, v) in enumerate(_SHORTCODE_ARG.findall(m.group(4)))}
            drop = next((reason for pattern, reason in _SHORTCODE_DROPS if pattern.match(name)), None)
            if closing:
                del shortcodes[-1:]
                if _QUOTE_SHORTCODE.match(name) and quoted:
                    # '{{< quote author="Léa Roy" >}} … {{< /quote >}}': read with its author, "« … » — Léa Roy"
                    at, author = quoted.pop()
                    said = [b for b in blocks[at:] if b.drop is None]
                    if said and len(said) == len(blocks[at:]):
                        blocks[at:] = [Block("paragraph", f"« {' '.join(b.text for b in said)} » — {author}")]
                continue
            paired = name in closed  # "{{< figure … >}}" stands alone, "{{< partner >}}" holds its text up to "{{< /partner >}}"
            if paired and _CODE_SHORTCODE.match(name):
                fenced, code_shortcode = [], name  # '{{< highlight rust >}}': code, left out like a fenced block
                continue
            if paired and _QUOTE_SHORTCODE.match(name) and (author := clean(args.get("author") or args.get("cite") or args.get("source") or "")):
                quoted.append((len(blocks), author))
            if drop is not None:
                # its caption or title, listed with what was left out: "figure — Un A321 sur le tarmac"
                said = clean(args.get("caption") or args.get("title") or args.get("alt") or args.get("name") or "")
                blocks.append(Block("caption" if drop == "image description" else "paragraph", said or name, drop=drop))
                if paired:  # "{{< partner >}} … {{< /partner >}}": what it holds goes with it
                    shortcodes.append(drop)
            else:
                # a box ('{{% notice info "Le chiffre de la semaine" %}}'): its title heads it, its text is read
                title = clean(args.get("title") or next((v for k, v in args.items() if k.isdigit()), ""))
                if title:  # set in bold over its text, like a box's title in an e-mail
                    blocks.append(Block("paragraph", title, strong=True))
                if paired:
                    shortcodes.append(None)
            continue
        if _FOOTNOTE_DEF.match(line):  # "[^1]: the note": listed as left out, like its call
            flush()
            blocks.append(Block("paragraph", clean(_FOOTNOTE_DEF.sub("", line)), drop="footnote"))
            continue
        if _REF_DEF.match(line) or _TABLE_RULE.match(line) and "|" in line:
            continue
        if _TABLE_ROW.match(line):  # a table is not read aloud, but listed with what was left out
            flush()
            cells = [clean(cell) for cell in line.strip().strip("|").split("|")]
            blocks.append(Block("paragraph", " | ".join(c for c in cells if c), drop="table"))
            continue
        if (m := _SETEXT.match(line)) and buffer and kind == "paragraph" and not (m.group(1)[0] == "-" and len(buffer) > 1):
            heading = _block("heading", _HEADING_ATTRS.sub("", " ".join(buffer)), level=1 if m.group(1)[0] == "=" else 2)
            buffer = []
            if heading is not None:
                blocks.append(heading)
            continue
        if _RULE.match(line):
            flush()
            blocks.append(Block("paragraph", line.strip(), drop=SEPARATOR))  # may open a section with no heading
            continue
        if m := _ATX.match(line):
            flush()
            text = _HEADING_ATTRS.sub("", m.group(2) or "")
            if (heading := _block("heading", text, level=len(m.group(1)))) is not None:
                blocks.append(heading)
            after_image = False
            continue
        if m := _IMAGE_LINE.match(line):
            flush()
            if alt := clean(m.group(1)):
                blocks.append(Block("caption", alt, drop="image description"))
            after_image = True
            continue
        in_list = (kind == "bullet" and bool(buffer)) or (not buffer and bool(blocks) and blocks[-1].kind == "bullet")
        if m := _BULLET.match(line) or (_NESTED_BULLET.match(line) if in_list else None):
            flush()
            kind, buffer = "bullet", [m.group(1)]
            number = _NUMBER.match(line)  # "3. …": said when the list is a ranking or referred to (see ``countdowns``)
            rank = int(number[1]) if number else None
            indent = len(line) - len(line.lstrip())
            nested = indent >= item_indent + 2 and bool(blocks) and blocks[-1].kind == "bullet"
            item_indent = item_indent if nested else indent
        elif m := _QUOTE.match(line):
            if kind != "quote":
                flush()
            kind = "quote"
            if not m.group(1).strip():
                flush()
                kind = "quote"
                continue
            buffer.append(m.group(1))
        else:
            if kind == "quote":
                flush()
            buffer.append(line.strip())
        if _HARD_BREAK.search(line):
            saved = kind
            buffer[-1] = _HARD_BREAK.sub("", buffer[-1])
            flush()
            kind = saved if saved == "quote" else "paragraph"
            continue
    flush()
    date = None
    if meta.get("date"):
        date = find_date(meta["date"])
    title = clean(meta["title"]) if meta.get("title") else None
    hints = {"title": "metadata"} if title else {}
    if author := clean(meta.get("author") or meta.get("authors") or meta.get("auteur") or ""):
        hints["author"] = author  # the front matter's author signs the issue if nothing else does
    # (an agenda's dates set as paragraphs under "**À l'agenda**", "19/03 : remise des prix": its entries, as in plain text)
    divider_stars(blocks)  # "★★★" between two paragraphs of news: no rating
    return Document(tuple(pull_quotes(countdowns(agenda_entries(blocks), ranks))), source, title=title or None, date=date, hints=hints)


def _table_rows(html: str) -> list[Block]:
    """A raw HTML table in Markdown: its rows, left out as a table (not glued into one paragraph)."""
    rows = []
    for row in _HTML_ROW.findall(html):
        cells = [clean(_TAG.sub(" ", cell)) for cell in _HTML_CELL.findall(row)]
        if any(cells):
            rows.append(Block("paragraph", " | ".join(c for c in cells if c), drop="table"))
    return rows


def _is_emphasised(raw: str) -> bool:
    raw = raw.strip()
    return len(raw) > 2 and raw[0] in "*_" and raw[-1] == raw[0]

