"""What an HTML issue's layout means, once its markup is read into blocks (html.py): a
sponsor's box, a row of key figures, stories under a rubric in capitals, an issue forwarded
by e-mail. Each works on the blocks with what the walk noted (a container's blocks, a table
cell's row), so that an e-mail's tables and a web page's boxes read as the issue is meant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..interviews import INTERVIEW_TITLE
from .blocks import Block
from .dates import DATED_ENTRY
from .profile import Profile
from .text import FORWARDED, forwarders_note


def sponsored_boxes(blocks: list[Block], boxes: list[tuple[int, int, bool]], profile: Profile, total_chars: int) -> None:
    """An advertisement in its box: a container opening with its label ("EN PARTENARIAT AVEC
    MEDIKAP") and drawn as a box, or ending with its button, is left out whole, its own bold
    title ("Votre hôpital est-il prêt ?") and text with it; the label alone would hand them to the
    next section. Only a small part of the issue, as for a badly named wrapper."""
    rules = [rule for rule in profile.drop if rule.reason == "sponsored block"]
    done = 0
    for start, end, boxed in sorted(boxes, key=lambda box: (box[0], -box[1])):  # the outermost first
        if start < done:
            continue
        inside = [b for b in blocks[start:end] if b.drop is None]
        if not inside or not (boxed or blocks[end - 1].drop == "button"):
            continue
        label = inside[0].text
        if not any(len(label) <= rule.max_chars and rule.patterns.search(label) for rule in rules):
            continue
        size = sum(len(b.text) for b in inside)
        if size <= 1500 and size <= 0.3 * total_chars + 200:
            blocks[start:end] = [b if b.drop else replace(b, drop="sponsored block") for b in blocks[start:end]]
            done = end


def box_lists(blocks: list[Block], boxes: list[tuple[int, int, bool]]) -> None:
    """A box drawn in the issue (a coloured cell, a bordered table) with a short title in bold over
    short lines ("À VOS AGENDAS" / "17 mars – Webinaire…" / "2 avril – Rencontres…"): a list, its
    title a heading and its lines items. Read as lines in bold and plain, each line had been taken
    for a heading with no text, and the box's last one for a chapter swallowing the next rubric.
    A box of sentences ("Le saviez-vous ? Un centre de données…") is left as it is."""
    for start, end, boxed in boxes:
        inside = [n for n in range(start, end) if blocks[n].drop is None]
        if not boxed or len(inside) < 3:
            continue
        first, rest = blocks[inside[0]], [blocks[n] for n in inside[1:]]
        if not (
            first.kind == "paragraph" and first.strong and len(first.text) <= 60 and not first.text.endswith((".", ",", ";"))
            and all(b.kind == "paragraph" and not b.strong and len(b.text) <= 160 and not _SENTENCES.search(b.text) for b in rest)
        ):  # fmt: skip
            continue
        before = next((b for b in reversed(blocks[:start]) if b.drop is None), None)
        after = next((b for b in blocks[end:] if b.drop is None), None)
        if before is not None and after is not None and all(b.kind == "paragraph" and not b.strong for b in (before, after)):
            # a box set among an article's paragraphs ("Arrêtés en vigueur" between two of them): its title
            # announces its lines in the article, which goes on after it, not a chapter taking the article's end
            blocks[inside[0]] = replace(first, text=f"{first.text.rstrip(' :')} :", strong=False)
        else:
            blocks[inside[0]] = replace(first, kind="heading", level=2)
        for n in inside[1:]:
            blocks[n] = replace(blocks[n], kind="bullet")


_SENTENCES = re.compile(r"[.!?…]\s+\S")  # two sentences or more: "Un quintal, c'est 100 kg. Un rendement…"


# a key figure: "11,2 M", "-13 %", "148 000", "2,4 Mt", "x3" (its unit a short word or a sign)
_FIGURE = re.compile(r"^[+\-−–~≈x×]?\s*\d[\d\s,.]*(?:\s*[%‰€$£]|\s?[^\W\d_]{1,3}[€$²³]?)?$")


def key_figures(blocks: list[Block], cells: list[tuple[object, int, int]]) -> list[Block]:
    """A row of key figures, each cell a figure over its label ("11,2 M" / "téléconsultations
    remboursées en 2025", "-13 %" / "sur un an"): each cell one item, the figure read with its
    label ("11,2 M téléconsultations remboursées en 2025"), never a chapter of its own (a bold
    figure over a short line looks like a heading)."""
    rows: dict[int, list[tuple[int, int]]] = {}
    for row, start, end in cells:
        rows.setdefault(id(row), []).append((start, end))
    joined: dict[int, Block] = {}  # a cell's first block -> the item that replaces its two blocks
    for spans in rows.values():
        pairs = [blocks[start:end] for start, end in spans]
        if len(pairs) < 2 or not all(
            len(pair) == 2 and all(b.drop is None and b.kind == "paragraph" for b in pair)
            and _FIGURE.match(pair[0].text) and len(pair[1].text) <= 80 and not pair[1].text.endswith((".", "!", "?"))
            for pair in pairs
        ):  # fmt: skip
            continue
        for (start, _), (figure, label) in zip(spans, pairs, strict=True):
            joined[start] = Block("bullet", f"{figure.text} {label.text}", url=figure.url or label.url)
    if not joined:
        return blocks
    out: list[Block] = []
    skip = -1
    for n, block in enumerate(blocks):
        if n == skip:
            continue
        if n in joined:
            out.append(joined[n])
            skip = n + 1
        else:
            out.append(block)
    return out


Cells = list[tuple[object, int, int]]  # a table cell's row and its blocks [start, end), as the walk noted them


def agenda_rows(blocks: list[Block], cells: Cells) -> tuple[list[Block], Cells]:
    """An agenda set as a table ("Date | Événement | Lieu", then "31/03 | Audition au Sénat | Paris"): each row
    one entry, its cells read on one line ("31/03 : Audition au Sénat, Paris"), its header row not read. Read cell
    by cell, the listener heard "Date", "Événement", "Lieu" and each date, event and place as a line of its own.
    Only a grid whose rows after the header each open with a date (not a table of figures, left out). The
    other tables' cells are given back with the blocks' new places."""
    tables: dict[int, dict[int, list[tuple[int, int]]]] = {}
    for row, start, end in cells:
        table = row.getparent()  # type: ignore[attr-defined]
        tables.setdefault(id(table), {}).setdefault(id(row), []).append((start, end))
    joined: dict[int, Block] = {}  # a row's first block -> its entry (or its header, left out)
    gone: set[int] = set()
    for rows in tables.values():
        grid = list(rows.values())
        if len(grid) < 3 or len({len(spans) for spans in grid}) != 1 or len(grid[0]) < 2 or not all(
            end - start == 1 and blocks[start].drop is None and blocks[start].kind == "paragraph" and len(blocks[start].text) <= 120
            for spans in grid for start, end in spans
        ):  # fmt: skip
            continue
        texts = [[blocks[start].text for start, _ in spans] for spans in grid]
        header, entries = texts[0], texts[1:]
        if any(ch.isdigit() for cell in header for ch in cell) or not all(
            DATED_ENTRY.match(f"{row[0]} : {row[1]}") and len(row[0]) <= 40 for row in entries
        ):
            continue
        first = grid[0][0][0]
        joined[first] = replace(blocks[first], text=" · ".join(header), kind="paragraph", drop="table header")
        gone.update(start for start, _ in grid[0][1:])
        for spans, row in zip(grid[1:], entries, strict=True):
            rest = ", ".join(cell for cell in row[1:] if cell)
            joined[spans[0][0]] = Block("bullet", f"{row[0]} : {rest}", url=next((blocks[s].url for s, _ in spans if blocks[s].url), None))
            gone.update(start for start, _ in spans[1:])
    if not joined:
        return blocks, cells
    moved = {n: n - sum(1 for g in gone if g < n) for n in range(len(blocks) + 1)}
    kept = [(row, moved[start], moved[end]) for row, start, end in cells if start not in gone and start not in joined]
    return [joined.get(n, block) for n, block in enumerate(blocks) if n not in gone], kept


def _story_title(block: Block) -> bool:
    """A story's title set in bold on its own ("Withings lève 75 M€"): short, not in capitals (a rubric), no
    sentence, no question (an interview's)."""
    return (
        block.kind == "paragraph" and block.strong and block.drop is None and not block.text.isupper()
        and len(block.text) <= 110 and len(block.text.split()) <= 14 and not block.text.endswith((".", ":", ";", ",", "?"))
    )  # fmt: skip


def _story_text(block: Block, after: Block | None = None) -> bool:
    """A story's paragraph; or one that announces a list ("Ses principales mesures :"), and the list's
    items after it, read in the story ("le recrutement de 120 conseillers ;")."""
    if block.drop is not None or block.strong:
        return False
    if block.kind == "bullet":
        return after is not None and (after.kind == "bullet" or after.text.endswith(":"))
    return block.kind == "paragraph" and block.text.endswith((".", "!", "?", "»", "…", ")", ":"))


def rubric_stories(blocks: list[Block]) -> list[Block]:
    """Stories under a rubric in capitals ("ENTREPRISES" / "Doctolib lance son assistant" / its
    text / "Withings lève 75 M€" / its text…): each title in bold over its paragraphs is the
    lead of one item, the rubric its section, not a chapter each. Two stories at least (a
    rubric over its one headline keeps its paragraphs apart), as text.py reads briefs whose
    lead is a line of its own."""
    out = list(blocks)
    n = 0
    while n < len(out):
        rubric = out[n]
        if not (rubric.kind == "paragraph" and rubric.strong and rubric.drop is None and rubric.text.isupper() and len(rubric.text.split()) <= 5) or (
            INTERVIEW_TITLE.search(rubric.text)
        ):
            n += 1  # (an interview's questions in bold are no stories: "ENTRETIEN" / "Pourquoi … ?" / the answer)
            continue
        stories: list[list[int]] = []  # each: its title's index, then its paragraphs'
        k = n + 1
        while k < len(out):
            if out[k].drop is not None:  # a button, a caption between two stories
                k += 1
            elif _story_title(out[k]) and k + 1 < len(out) and _story_text(out[k + 1]) and not out[k + 1].text.endswith(":"):
                stories.append([k, k + 1])
                k += 2
            elif _story_title(out[k]) and k + 2 < len(out) and _story_text(out[k + 1]) and _story_text(out[k + 2], out[k + 1]):
                stories.append([k, k + 1])  # its first paragraph announces a list: "… Ses principales mesures :"
                k += 2
            elif stories and _story_text(out[k], out[stories[-1][-1]]):
                stories[-1].append(k)
                k += 1
            else:
                break
        if len(stories) >= 2:
            for story in stories:
                title = out[story[0]]
                text = " ".join([title.text, *(out[m].text for m in story[1:])])
                out[story[0]] = Block("paragraph", text, lead=title.text, url=title.url)
                for m in story[1:]:
                    out[m] = replace(out[m], text="")  # joined to its title's item
        n = max(k, n + 1)
    return [b for b in out if b.text]


# a forwarding header's fields ("De : Sillon <bonjour@…>", "Date: ven. 6 mars 2026 à 07:15", "Subject: …")
_FORWARD_FIELD = re.compile(r"^(?-i:De|From|Date|Envoy[ée]|Sent|À|A|To|Cc|Objet|Subject|R[ée]pondre [àa]|Reply-To)\s?:", re.IGNORECASE)


def forwarded(blocks: list[Block]) -> list[Block]:
    """An issue forwarded by e-mail (Gmail's "<div class="gmail_quote">"): the forwarder's note
    above "---------- Forwarded message ---------" ("Salut Thomas, je te transfère…", a few
    lines) and the forwarding header's fields are not the issue, as in a text part (text.py,
    whose marker line it shares)."""
    at = next((n for n, b in enumerate(blocks[:40]) if FORWARDED.match(b.text)), None)
    if at is None or not forwarders_note([b.text for b in blocks[:at] if b.drop is None]):
        return blocks
    end = at + 1
    while end < len(blocks) and _FORWARD_FIELD.match(blocks[end].text) and len(blocks[end].text) <= 250:
        end += 1
    return [
        replace(b, drop=b.drop or ("forwarding note" if n < at else "forwarding header")) if n < end else b
        for n, b in enumerate(blocks)
    ]
