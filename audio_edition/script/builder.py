"""Issue -> Script: what is said, by whom, in which segment.

Faithful by construction: every cue's text is either a piece of the issue or one of the
show's templates filled with the issue's own data. Labels and bullets are never spoken
as such: a lead-in becomes the first sentence of its item.
"""

from __future__ import annotations

from ..config import Show
from ..model import Cue, Issue, Item, Role, Script, Section, Segment
from .dates import written_date

_OTHER: dict[Role, Role] = {"host": "cohost", "cohost": "host"}


def _sentence(text: str) -> str:
    """Close a heading or lead-in so the voice drops its pitch at the end."""
    text = text.strip().rstrip(":•").rstrip()
    if not text:
        return text
    return text if text[-1] in ".!?…" else text + "."


def _lead(lead: str) -> str:
    """'EN FILIGRANE' -> 'En filigrane' (capitals are shouted by some voices and spelled by others)."""
    return lead.capitalize() if lead.isupper() else lead


def _item_cue(item: Item, role: Role) -> Cue:
    text = f"{_sentence(_lead(item.lead))} {item.text}" if item.lead else item.text
    return Cue(role, text.strip())


def _intro(issue: Issue, show: Show) -> Segment:
    t = show.templates
    values = {"show": show.title, "newsletter": show.newsletter, "editor": issue.signature or ""}
    greeting = (
        t.intro.format(date=written_date(issue.date), **values) if issue.date else t.intro_undated.format(**values)
    )
    cues = [Cue("host", greeting, "sentence")]
    if issue.epigraph is not None:
        quote = _sentence(issue.epigraph.text)
        cues.append(Cue("cohost", f"{quote} {issue.epigraph.author}." if issue.epigraph.author else quote))
    if issue.headlines:
        cues.append(Cue("host", t.summary, "sentence"))
        cues += [Cue("host", _sentence(h), "sentence") for h in issue.headlines[:-1]]
        cues.append(Cue("host", _sentence(issue.headlines[-1])))
    return Segment("intro", "Introduction", tuple(cues), jingle_before=False)


def _editorial(section: Section, issue: Issue, show: Show) -> Segment:
    t = show.templates
    announce = t.editorial.format(editor=issue.signature) if issue.signature else t.editorial_unsigned
    cues = [Cue("host", announce, "sentence")]
    if section.title:
        cues.append(Cue("host", _sentence(section.title)))
    cues += [Cue("host", p) for p in section.paragraphs]
    cues += [_item_cue(i, "host") for i in section.items]
    title = f"Éditorial : {section.title}" if section.title else "Éditorial"
    return Segment("editorial", title, tuple(cues), url=section.url)


def _section(section: Section, role: Role, show: Show) -> Segment:
    heading = section.title or (show.templates.briefs if section.kind == "briefs" else "")
    cues = [Cue(role, _sentence(heading))] if heading else []
    cues += [Cue(role, p) for p in section.paragraphs]
    cues += [_item_cue(i, role) for i in section.items]
    title = section.title or heading.rstrip(".") or "Rubrique"
    return Segment("section", title, tuple(cues), url=section.url)


def _outro(issue: Issue, show: Show) -> Segment:
    t = show.templates
    values = {"show": show.title, "newsletter": show.newsletter, "editor": issue.signature or ""}
    cues = [Cue("host", t.outro.format(**values), "sentence")]
    if issue.signature:
        cues.append(Cue("cohost", t.credits.format(**values)))
    return Segment("outro", "Conclusion", tuple(cues))


def build_script(issue: Issue, show: Show) -> Script:
    """The show format: intro and summary, editorial, each section, outro."""
    segments = [_intro(issue, show)]
    role: Role = "cohost"
    for section in issue.sections:
        if section.kind == "editorial":
            segments.append(_editorial(section, issue, show))
            continue
        segments.append(_section(section, role, show))
        role = _OTHER[role]
    segments.append(_outro(issue, show))
    return Script(
        title=issue.title,
        date=issue.date,
        segments=tuple(s for s in segments if s.cues),
        headlines=issue.headlines,
        source=issue.source,
    )
