"""Plain text, as a producer copies an issue from the web page or the e-mail.

One block per line (blank lines between paragraphs are optional); a line starting with
"•", "-", "*" or "1." is a bullet. Hard-wrapped text (an e-mail's text part, lines cut
at ~72 characters) is re-joined into paragraphs first. Which lines are headings is left
to the recogniser: plain text cannot say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from ..model import Issue
from .blocks import (
    MAX_CELL,
    SEPARATOR,
    Block,
    Document,
    clean,
    divider_stars,
    drop_tables,
    take_sub_item,
)
from .dates import DATED_ENTRY, find_date
from .lines import ARROWED_CALL

# a list's mark (not "—": a dialogue's or an interview's dash; nor "–" before a question, "– Pourquoi ?")
BULLET = re.compile(r"^\s*(?:[•·▪●◦‣∙*+\-→▸►➜]|–(?![^\n]*\?\s*$)|\d{1,2}[.)])\s+(?=\S)")
# a line of dashes: a separator (or a box's border, "+----+", "┌──────┐", "╚══════╝")
_RULE = re.compile(r"^\s*[+┌└├╔╚╠]?(?:[-=_*~—–─━═]\s*){3,}[+┐┘┤╗╝╣]?\s*$|^\s*--\s*$")
_BOX_SIDE = re.compile(r"^(\s*)[│┃║]\s?|\s?[│┃║]\s*$")  # a box's sides around its text: "│ Le CRM des boutiques │"
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_STARRED_HEADING = re.compile(r"^\*\*\s+(?=\S)(?!.*\*\*)(.*)$")  # "** Titre": an e-mail tool's plain-text heading
NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[A-ZÀ-ÖØ-Þ«\"“])")


def _is_bullet(line: str) -> bool:
    match = BULLET.match(line)
    if match is None:
        return False
    return not match.group(0).strip()[0].isdigit() or bool(NUMBERED.match(line))


def _wrapped(lines: list[str]) -> bool:
    """Hard-wrapped text: every line fits in 80 columns, and the lines that run on into
    the next one are nearly full (a wrapped paragraph), not short lines of a list."""
    text_lines = [line.rstrip() for line in lines if line.strip()]
    if len(text_lines) < 6 or max(len(line) for line in text_lines) > 80:
        return False
    running = [a.rstrip() for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip() and not _is_bullet(b)]
    full = sum(1 for line in running if len(line) >= 50)
    return len(running) >= len(text_lines) // 4 and full >= 0.7 * len(running)


# a line that ends before its phrase does, on a word that needs the next: "réduit jusqu'au", "à Lyon du", "Paris,"
_CARRIED = re.compile(
    r"(?:,|\b(?:jusqu['’](?:au|à|aux)|au|aux|du|des|de|d['’]|le|la|les|l['’]|un|une|à|en|et|ou|dès|avant|après|depuis|entre"
    r"|par|pour|sur|vers|ce|cet|cette|son|sa|ses|leur|leurs|notre|votre))$",
    re.IGNORECASE,
)


def _entry_follows(lines: list[str], n: int) -> bool:
    """Whether another line opening with a date comes after line ``n`` in its paragraph (before a blank line)."""
    for line in lines[n + 1 :]:
        if not line.strip():
            return False
        if DATED_ENTRY.match(line.strip()):
            return True
    return False


def text_blocks(text: str, *, flowed: bool = False) -> list[Block]:
    """Lines -> blocks. ``flowed``: RFC 3676 text, where a line ending in a space goes on."""
    # (zero-width spaces a web page's copy leaves, "5. \u200bSéville", go first: the list's marks are read before clean())
    lines = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    note, forwarding, lines = _forwarded(lines)
    lines = _unquoted(lines)
    lines = _figure_boxes([_BOX_SIDE.sub(r"\1", line) if line.lstrip().startswith(("│", "┃", "║")) else line for line in lines])
    if flowed:
        merged: list[str] = []
        for line in lines:
            if merged and merged[-1].endswith(" ") and merged[-1].strip() and line.strip() and merged[-1] != "-- ":
                merged[-1] += line  # (not after "-- ", the signature's separator)
            else:
                merged.append(line)
        lines = [line.rstrip() for line in merged]
    # an e-mail's signature block after its separator "-- ", in the last lines: not read
    # (the last "--", with a few short lines after it: not a separator before the last story)
    sig = next((n for n in range(len(lines) - 1, max(-1, len(lines) - 16), -1) if lines[n].rstrip() == "--"), None)
    if sig is not None and (len([x for x in lines[sig + 1 :] if x.strip()]) > 6 or any(len(x) > 100 for x in lines[sig + 1 :])):
        sig = None
    signature = [line.strip() for line in lines[sig + 1 :] if line.strip()] if sig is not None else []
    lines = lines[:sig] if sig is not None else lines
    paragraphs: list[str] = []
    if _wrapped(lines):
        width = max(len(line.rstrip()) for line in lines if not _RULE.match(line))
        first = next((n for n, line in enumerate(lines) if line.strip()), 0)
        head = next((n for n in range(first, len(lines)) if not lines[n].strip()), len(lines))
        # the header's lines, none running to the margin ("LE SÉMAPHORE" / its tagline / its date), stay lines
        unwrapped = range(first, head) if all(len(line.rstrip()) < width - 8 for line in lines[first:head]) else range(0)
        current: list[str] = []
        for n, line in enumerate([*lines, ""]):
            # a short line over a capital ends its paragraph: a heading over its text ("Le satellite en
            # embuscade" / "Starlink revendique…"); a wrapped line runs to the margin
            heading = bool(current) and len(current[-1].rstrip()) < 0.6 * width and line[:1].isupper()
            short = bool(current) and (n in unwrapped or (heading and not current[-1].rstrip().endswith((",", ";", ":"))))
            # an agenda's entry opens with its date ("24/03 : salon des collectivités…"): never run on into the entry
            # before it, however near the margin that one ends (not a date a wrapped sentence carries over: "du" /
            # "12 au 14 mars : …" goes on, after no entry nor sentence's end)
            # The line above must end its phrase: "tarif réduit jusqu'au" / "30 avril : 400 euros…" goes on. Under a
            # sentence that is no entry, another entry must follow in the paragraph: "… intenable." / "12 mars : examen
            # en commission ; 2 avril : vote en" / "séance publique." is the editorial's sentence, not an agenda
            above = current[-1].rstrip() if current else ""
            dated = bool(current) and bool(DATED_ENTRY.match(line.strip())) and not _CARRIED.search(above) and (
                bool(DATED_ENTRY.match(current[0].strip())) or above.endswith(":") or (
                    above.endswith((".", "!", "?", ";", "…")) and _entry_follows(lines, n)
                )
            )
            if not line.strip() or _is_bullet(line) or short or dated:
                if current:
                    paragraphs.append(" ".join(current))
                current = [line] if line.strip() else []
            else:
                current.append(line)
    else:
        paragraphs = [line for line in lines if line.strip()]
    leads = _led_briefs(lines)
    stories = _numbered_stories(paragraphs)
    blocks = []
    ranks: dict[int, int] = {}  # a numbered item's block -> its number
    aligned: dict[int, int] = {}  # a line of columns aligned with spaces -> its number of cells
    item_indent = 0  # the last item's indentation: a bullet further in is one of its sub-items
    merging = False  # the last item has taken sub-items
    for n, paragraph in enumerate(paragraphs):
        if n in stories:  # "1. Free bascule toute la France en 5G" over its text: a story's heading
            blocks.append(Block("paragraph", clean(BULLET.sub("", paragraph, count=1)), story=True))
        elif _RULE.match(paragraph):
            blocks.append(Block("paragraph", paragraph.strip(), drop=SEPARATOR))
        elif _THRESHOLD.match(paragraph):  # "> 35 °C le jour : vigilance jaune": a list of thresholds, "plus de"
            blocks.append(Block("bullet", clean(paragraph)))
        elif _QUOTE_MARK.match(paragraph):  # "> une phrase citée": a quotation, without its mark
            if body := clean(" ".join(_QUOTE_MARK.sub("", part) for part in re.split(r"(?<=\S) (?=> )", paragraph))):
                blocks.append(Block("quote", body))
        elif heading := _MD_HEADING.match(paragraph):  # "## Intertitre" pasted from a Markdown tool
            if body := clean(heading.group(2)):
                blocks.append(Block("heading", body, level=len(heading.group(1))))
        elif starred := _STARRED_HEADING.match(paragraph):
            if body := clean(starred.group(1)):
                blocks.append(Block("heading", body, level=2))
        elif _is_bullet(paragraph):
            body = clean(BULLET.sub("", paragraph, count=1))
            indent = len(paragraph) - len(paragraph.lstrip())
            # "• Le contrat prévoit :" then "    – un essai ;": a sub-item of a list its item announces
            if body and indent >= item_indent + 2 and take_sub_item(blocks, body, taking=merging):
                merging = True
            elif body:
                if number := _NUMBER.match(paragraph):
                    ranks[len(blocks)] = int(number[1])
                blocks.append(Block("bullet", body))
                item_indent, merging = indent, False
        elif decorated := _DECORATED.match(paragraph):  # "=== MARCHÉS ===", "■ POLITIQUE": a heading's marks
            blocks.append(Block("paragraph", clean(decorated["text"] or decorated["t2"])))
        elif body := clean(paragraph):
            if blocks and blocks[-1].text in leads.get(body, ()):  # its lead, on the line above
                blocks[-1] = Block("paragraph", f"{blocks[-1].text} {body}", lead=blocks[-1].text)
            else:
                if cells := _aligned_cells(paragraph):
                    aligned[len(blocks)] = cells
                blocks.append(Block("paragraph", body))
    divider_stars(blocks)  # "★★★" between two paragraphs of news: no rating, nor a chapter's title
    blocks += [Block("paragraph", clean(line), drop="signature block") for line in signature]
    front = [Block("paragraph", clean(line), drop=reason) for reason, group in (("forwarding note", note), ("forwarding header", forwarding))
             for line in group if clean(line)]
    blocks[:0] = front
    # the numbers found above were keyed by the block's place before the forwarding lines went in front
    ranks = {at + len(front): number for at, number in ranks.items()}
    aligned = {at + len(front): cells for at, cells in aligned.items()}
    return drop_tables(_aligned_tables(countdowns(agenda_entries(blocks), ranks), aligned))


# an agenda's rubric: "Agenda", "À venir", "Rendez-vous", "Calendrier", "L'agenda de la semaine"
_AGENDA_RUBRIC = re.compile(r"(?i)\b(?:agenda|[àa] venir|rendez-vous|calendrier|dates? à retenir|à noter)\b")


def agenda_entries(blocks: list[Block]) -> list[Block]:
    """An agenda copied without its bullets ("19/03 : remise des prix, Paris" / "24-26/03 : un salon, Lyon"):
    two lines or more in a row, each opening with its date, are its entries. Each had been taken for a
    heading with no text, and the last one for a chapter (a single dated line stays as it is: "1er juillet :
    ce qui change" over its story is a headline)."""
    dated = [b.kind == "paragraph" and b.drop is None and not b.lead and len(b.text) <= 250 and bool(DATED_ENTRY.match(b.text)) for b in blocks]
    entry, rubric, last = list(dated), False, -1  # last: the end of the last run under an agenda's rubric

    def named(k: int) -> bool:
        return k >= 0 and len(blocks[k].text.split()) <= 6 and bool(_AGENDA_RUBRIC.search(blocks[k].text))

    for n, block in enumerate(blocks):
        if dated[n] and (n == 0 or not dated[n - 1]):  # a run's first line: is it under "Agenda", "À venir"…?
            # (or under the rubric's intro sentence, "Voici les dates que la rédaction suivra…", or a sub-rubric
            # right after the agenda's last entry: "Salons et conférences")
            intro = n >= 2 and blocks[n - 1].kind == "paragraph" and not DATED_ENTRY.match(blocks[n - 1].text) and len(blocks[n - 1].text) <= 250
            sub = n >= 2 and len(blocks[n - 1].text.split()) <= 6 and last == n - 2
            rubric = named(n - 1) or (intro and named(n - 2)) or sub
        if rubric and dated[n]:
            last = n
        # a full sentence of story text, out of an agenda, is not an entry: "Le 5 mars : la banque centrale
        # maintient son taux, contre l'avis de trois de ses gouverneurs qui plaidaient pour une baisse."
        if dated[n] and not rubric and block.text.endswith(".") and len(block.text.split()) > 15:
            entry[n] = False
    for n, block in enumerate(blocks):
        if entry[n] and ((n > 0 and entry[n - 1]) or (n + 1 < len(blocks) and entry[n + 1])):
            blocks[n] = replace(block, kind="bullet")
    return blocks


# "---------- Forwarded message ---------" in an issue forwarded by e-mail, and the quoted copy's marks
FORWARDED = re.compile(
    r"^\s*(?:-{3,}\s*(?:forwarded message|message transf[ée]r[ée]|message d['’]origine|original message)\s*-{3,}"
    r"|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|begin forwarded message\s*:)\s*$",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"^ ?>(?! ?\d) ?")  # (not "> 35 °C le jour : vigilance jaune", a threshold)
_ANY_MARK = re.compile(r"^ ?> ?")  # in an issue quoted as a whole, every mark: "> 19/03 : remise des prix"
_THRESHOLD = re.compile(r"^ ?[>≥<≤] ?\d")


def _forwarded(lines: list[str]) -> tuple[list[str], list[str], list[str]]:
    """An issue forwarded by e-mail: the forwarder's own note ("Pour l'édition de samedi"), the
    forwarding header ("---------- Forwarded message ---------", "De : …", "Date : …"), the rest."""
    at = next((n for n, line in enumerate(lines[:40]) if FORWARDED.match(line)), None)
    if at is None or not forwarders_note([line for line in lines[:at] if line.strip()]):
        return [], [], lines
    end = next((n for n in range(at + 1, len(lines)) if not lines[n].strip()), len(lines))
    return [line for line in lines[:at] if line.strip()], lines[at:end], lines[end:]


def forwarders_note(lines: list[str]) -> bool:
    """A forwarder's few words ("Salut Thomas, je te transfère la lettre. Bises, Julie"), not an
    issue's own header and introduction above a memo it quotes (a title, a dated masthead line…)."""
    return len(lines) <= 6 and sum(map(len, lines)) <= 300 and not any(find_date(line) for line in lines)


def _unquoted(lines: list[str]) -> list[str]:
    """An issue quoted in a reply or a forward ("> La fibre rattrape son retard"): without its marks,
    when the quoted lines are nearly all the text from the first one on. There, a line starting with a
    figure is quoted too ("> 5. Le Portugal", "> 2026, selon…"), not a threshold: one left in the copy
    keeps its own mark ("> > 35 °C" -> "> 35 °C")."""
    if len([line for line in lines if _QUOTE_MARK.match(line)]) < 5:
        return lines
    quoted = [n for n, line in enumerate(lines) if _ANY_MARK.match(line)]
    rest = [line for line in lines[quoted[0] :] if line.strip()]
    if len(quoted) < 0.8 * len(rest):
        return lines
    marked = set(quoted)
    return [_ANY_MARK.sub("", line, count=1) if n in marked else line for n, line in enumerate(lines)]


# a drawn box's top and bottom borders, with their corners: "┌────┐" / "└────┘", "+----+", "╔════╗" / "╚════╝"
_BOX_TOP = re.compile(r"^\s*[┌╔+](?:[-=─━═]\s*){3,}[┐╗+]\s*$")
_BOX_BOTTOM = re.compile(r"^\s*[└╚+](?:[-=─━═]\s*){3,}[┘╝+]\s*$")
_PIPE_SIDES = re.compile(r"^(\s*)\|\s?(?=[^|]*\|\s*$)|\s?\|\s*$")  # "| 160 communes coupées |": one cell, its sides
# what an advertisement's box holds: its label, its price, its call ("Publicité", "Dès 29 € HT/mois", "→ Essayez…")
_BOX_AD = re.compile(r"(?i)publicit|sponsoris|partenaire|partenariat|annonce|\bHT\b|/\s?mois\b|\bd[èe]s \d|gratuit|[→➜›]|https?://|www\.")
_SENTENCES = re.compile(r"[.!?…]\s+\S")  # two sentences or more: "Un quintal, c'est 100 kg. Un rendement…"


def _figure_boxes(lines: list[str]) -> list[str]:
    """A box drawn among a story's paragraphs around short lines, its key figures ("┌──┐" / "│ LES CHIFFRES │" /
    "│ 1,2 million de prises raccordées │" / "│ 38 000 techniciens │" / "└──┘"): the story's own text, its lines
    a list ("- …") under its title ("LES CHIFFRES :"), its frame gone (a border had been a rule and "|" a table's,
    the title a chapter taking the story's end). Not an advertisement in its box (its label over it, a price, a
    call), nor a box of sentences ("║ Le marché reprend des couleurs… ║"), which are read as they were."""
    out = list(lines)
    n = 0
    while n < len(lines):
        if not _BOX_TOP.match(lines[n]):
            n += 1
            continue
        end = next((k for k in range(n + 1, min(len(lines), n + 16)) if _BOX_TOP.match(lines[k]) or _BOX_BOTTOM.match(lines[k])), None)
        if end is None or not _BOX_BOTTOM.match(lines[end]):
            n += 1
            continue
        inside = [_PIPE_SIDES.sub(r"\1", line).strip() for line in lines[n + 1 : end]]
        inside = [line for line in inside if line]
        above = next((line.strip() for line in reversed(lines[:n]) if line.strip()), "")
        short = all(len(line) <= 80 and not line.endswith((",", ";")) and not line[:1].islower() for line in inside)
        if len(inside) >= 2 and short and not any(_BOX_AD.search(line) for line in [above, *inside]) and not _SENTENCES.search(" ".join(inside)):
            title = inside[0] if not any(c.isdigit() for c in inside[0]) and (inside[0].isupper() or inside[0].endswith(":")) else None
            rows = inside[1:] if title else inside
            box = [f"{title.rstrip(' :')} :"] if title else []
            out[n : end + 1] = [""] * (end + 1 - n)
            out[n + 1 : n + 1 + len(box) + len(rows)] = [*box, *(f"- {row}" for row in rows)]
        n = end + 1
    return out



_GAP = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")  # columns set apart with spaces or tabs


def _runs(values: dict[int, int], joins: Callable[[int, int], bool]) -> list[list[int]]:
    """Runs of consecutive blocks whose values follow each other (``joins(before, after)``)."""
    runs: list[list[int]] = []
    for at in sorted(values):
        if runs and runs[-1][-1] == at - 1 and joins(values[at - 1], values[at]):
            runs[-1].append(at)
        else:
            runs.append([at])
    return runs


def _aligned_cells(line: str) -> int:
    """The number of cells of a row whose columns are aligned with spaces ("Nvidia    128,40 $    -12,0 %"),
    or 0: three short cells at least."""
    cells = _GAP.split(line.strip())
    short = all(len(c) <= MAX_CELL and not c.endswith((".", "!", "?", "…", ",", ";", ":")) for c in cells)
    return len(cells) if len(cells) >= 3 and short else 0  # (not sentences after two spaces: "Intel licencie.  Encore.")


def _aligned_tables(blocks: list[Block], aligned: dict[int, int]) -> list[Block]:
    """Two rows or more of aligned columns, with a figure: a table, dropped as the others are."""
    for run in _runs(aligned, lambda a, b: a == b):
        if len(run) >= 2 and any(c.isdigit() for n in run for c in blocks[n].text):
            for n in run:
                blocks[n] = replace(blocks[n], drop="table")
    return blocks


def _numbered_stories(paragraphs: list[str]) -> set[int]:
    """A daily's numbered stories: "1. Titre" lines, each between text (not in a list), with no
    full stop, after a rule ("---") but the first, counted up; two of them at least. Their indices
    (a how-to's numbered steps, an editorial in numbered parts have no rules between them)."""
    found = []
    for n, paragraph in enumerate(paragraphs):
        number = _NUMBER.match(paragraph)
        if number is None or not NUMBERED.match(paragraph):
            continue
        text = paragraph.strip()
        if text.endswith((".", ",", ";", ":")) or len(text.split()) > 16:
            continue
        before = paragraphs[n - 1] if n > 0 else ""
        after = paragraphs[n + 1] if n + 1 < len(paragraphs) else ""
        ruled = bool(before) and bool(_RULE.match(before))
        if after and not _is_bullet(after) and not _RULE.match(after) and not (before and _is_bullet(before)) and (ruled or not found):
            found.append((n, int(number[1])))
    counted_up = all(b[1] == a[1] + 1 for a, b in pairwise(found))
    return {n for n, _ in found} if len(found) >= 2 and counted_up else set()


_DECORATED = re.compile(r"^\s*(?:={2,}|#{3,}|\*{3,}|~{2,})\s*(?P<text>\S.*?)\s*(?:={2,}|#{3,}|\*{3,}|~{2,})\s*$|^\s*[■□▪▶◆◇◼]\s+(?P<t2>\S.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s")


# a ranking announced as one: "Le top des ventes", "Les jeux les plus vendus…", "Le classement", "du plus écouté au
# moins écouté"
_RANKING = re.compile(r"(?i)\b(?:top(?: \d+)?|classement|palmar[èe]s|hit-parade|les (?:plus|moins) \w+|du (?:plus|moins) \w+ au (?:plus|moins) \w+)\b")
_STEPS = re.compile(r"(?i)\b(?:étapes?|démarches?|procédure|marche à suivre|comment)\b")  # a how-to's numbers are marks


def countdowns(blocks: list[Block], ranks: dict[int, int]) -> list[Block]:
    """A ranking counted down ("10. …", "9. …" … "1. …"): the ranks are news, said with each item;
    so are a ranking's counted up from 1 under the line or heading that announces it ("Le top des
    ventes" / "1. …", "2. …"), and a quiz's questions. Another list counted up is only a list: its numbers are marks."""
    for run in _runs(ranks, lambda a, b: b < a):
        if len(run) >= 3:
            for at in run:
                blocks[at] = replace(blocks[at], text=f"{ranks[at]}. {blocks[at].text}")
    for run in _runs(ranks, lambda a, b: b == a + 1):
        above = [b.text for b in blocks[max(0, run[0] - 2) : run[0]] if b.kind == "paragraph"]
        # (so are a quiz's questions, "1. En quelle année … ? a) 2014 b) 2018": its answers, "Réponses : 1 b ; 2 a",
        # refer to their numbers)
        quiz = len(run) >= 2 and all("?" in blocks[at].text for at in run)
        # (or a list whose numbers the text after it refers to: "Les candidatures au point 3 sont à envoyer…")
        after = " ".join(b.text for b in blocks[run[-1] + 1 : run[-1] + 4])
        referred = any(re.search(rf"\b(?:au |le |du )(?:point|étape) {ranks[at]}\b", after) for at in run)
        if ranks[run[0]] == 1 and (quiz or (len(run) >= 2 and referred) or (len(run) >= 3 and any(_RANKING.search(t) and not _STEPS.search(t) for t in above))):
            for at in run:
                blocks[at] = replace(blocks[at], text=f"{ranks[at]}. {blocks[at].text}")
    return blocks


_NAME_LIKE = re.compile(r"(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|de|du|des|d['’]|la|le|van|von)(?: (?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|de|du|des|la|le|van|von|et))*")


def _lead_line(line: str) -> bool:
    text = line.strip()
    return 0 < len(text.split()) <= 12 and not text.endswith((".", ",", ";", ":", "…")) and not _is_bullet(line)


def _alone(chunks: list[list[str]], at: int) -> str:
    """The line of chunk ``at`` when it is alone between blank lines, else ''."""
    return chunks[at][0].strip() if at >= 0 and len(chunks[at]) == 1 else ""


def _lead_paragraph(text: str) -> bool:
    """A section's lead paragraph: a sentence or more, on one line (no bullet, no lead of its own)."""
    return len(text.split()) > 12 and text.endswith((".", "!", "?", "»", "…")) and not _is_bullet(text)


# a story's own news, told with its day ("La Poste a annoncé jeudi…"), not a section's lead, which sets the scene
_NEWS_DAY = re.compile(r"(?i)\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin)\b")
# a signer and their role: "Claire Dumas, rédactrice en chef"
_SIGNER_ROLE = re.compile(rf"{_NAME_LIKE.pattern}, (?-i:[a-zà-ÿ])[^.!?]*")


def _led_briefs(lines: list[str]) -> dict[str, set[str]]:
    """'EN BREF' / '' / 'Helsing s'installe à Tallinn' / 'Le spécialiste…' / '' / 'Xiaomi…' / 'Le…':
    briefs whose lead is a line of its own, the text right under it (an e-mail's bold lead,
    copied). Two of them in a row at least, after a heading alone (or its lead paragraph); a lead in capitals is a
    heading ("EUROPE" over its text). Text -> its lead lines."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])

    def pair(c: list[str]) -> bool:
        return len(c) == 2 and _lead_line(c[0]) and not c[0].isupper() and c[1].rstrip().endswith((".", "!", "?", "»", "…")) and len(c[1]) > len(c[0])

    # a heading with no blank line under it, over the first brief and the next ones ("Les rails" / "Ryanair contre
    # les agents" / "Michael O'Leary a promis…" / "" / "Air France…" / "Le groupe…"): the heading is a chunk of its own
    for n in range(len(chunks) - 2, -1, -1):
        c = chunks[n]
        if len(c) == 3 and _lead_line(c[0]) and pair(c[1:]) and pair(chunks[n + 1]):
            chunks[n : n + 1] = [c[:1], c[1:]]
    led = [pair(c) for c in chunks]
    out: dict[str, set[str]] = {}
    start = 0
    while start < len(chunks):
        if not led[start]:
            start += 1
            continue
        end = start  # a run of led chunks: start … end - 1
        while end < len(chunks) and led[end]:
            end += 1
        above = _alone(chunks, start - 1)
        after = _alone(chunks, end) if end < len(chunks) else ""
        if _lead_paragraph(above) and _lead_line(_alone(chunks, start - 2)) and not _NEWS_DAY.search(above) and not (after and not _lead_line(after) and not _is_bullet(after)):
            # or the section's lead paragraph between them and their heading ("Les quotas" / "Venise, Barcelone :
            # les sites saturés…" / "Venise double la mise" / "La ville…"), the letter's usual shape: not a story's
            # own paragraph, its news told with its day ("La Poste a annoncé jeudi…" over the next stories), and
            # the last brief not going on for another paragraph ("Paris attend" / … / "La mairie a pourtant…")
            above = _alone(chunks, start - 2)
        # a heading alone over them ("EN BREF", "Les brèves"), not a signer ("Claire Dumas", "Claire Dumas, rédactrice
        # en chef") nor an address
        signer = _NAME_LIKE.fullmatch(above) or _SIGNER_ROLE.fullmatch(above)
        # (nor an advertisement's button, "Demander une démo →": the ad ends there, a section starts under it)
        button = bool(ARROWED_CALL.fullmatch(above))
        heading = _lead_line(above) and not signer and not button and "://" not in above and "www." not in above
        first = start
        if button and end - start >= 3 and _lead_paragraph(chunks[start][1]) and not _NEWS_DAY.search(chunks[start][1]):
            # under the button, the section's heading with its lead paragraph right under it, no blank line between
            # ("Les quotas" / "Venise, Barcelone : les sites saturés…"), then its briefs: that heading is theirs
            first, heading = start + 1, True
        # (the last one over a numbered list is a section's heading and its intro: "Le palmarès" / "Voici les villes
        # les plus citées." / "5. Séville…", its text going on in the list; not over a brief's bullet, "• À SURVEILLER")
        last = end - 1 if end < len(chunks) and chunks[end] and NUMBERED.match(chunks[end][0]) else end
        if last - first >= 2 and heading:
            for lead, text in chunks[first:last]:
                out.setdefault(clean(text), set()).add(clean(lead))
        start = end
    return out


def parse_text(text: str, source: str) -> Document:
    return Document(tuple(text_blocks(text)), source)


def read_text(text: str, source: str = "") -> Issue:
    """Kept for callers of the skeleton: plain text -> Issue with the generic profile."""
    from .recognise import recognise

    return recognise(parse_text(text, source))
