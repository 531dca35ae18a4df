"""An ``Issue`` as the producer checks it: a readable outline, or JSON (``parse --json``)."""

from __future__ import annotations

from typing import Any

from ..model import Issue


def issue_to_dict(issue: Issue) -> dict[str, Any]:
    """Plain JSON-ready data; "date" is "YYYY-MM-DD" or None; the editorial is section 0."""
    return {
        "title": issue.title,
        "date": issue.date.isoformat() if issue.date else None,
        "headlines": list(issue.headlines),
        "epigraph": {"text": issue.epigraph.text, "author": issue.epigraph.author} if issue.epigraph else None,
        "signature": issue.signature,
        "sections": [
            {
                "title": s.title,
                "kind": s.kind,
                "paragraphs": list(s.paragraphs),
                "items": [{"lead": i.lead, "text": i.text} for i in s.items],
                "names": list(s.names),
                "url": s.url,
            }
            for s in issue.sections
        ],
        "postscript": list(issue.postscript),
        "dropped": [{"text": d.text, "reason": d.reason} for d in issue.dropped],
        "source": issue.source,
        "url": issue.url,
    }


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def outline(issue: Issue, width: int = 100) -> list[str]:
    """The issue, one line per block: what will be read, and what was removed and why."""
    lines = [f"{issue.title}  [{issue.date or 'sans date'}]"]
    if issue.url:
        lines.append(f"  {issue.url}")
    lines += [f"  > {headline}" for headline in issue.headlines]
    if issue.epigraph:
        author = f" — {issue.epigraph.author}" if issue.epigraph.author else ""
        lines.append(f"  « {_cut(issue.epigraph.text, width - 10)} »{author}")
    if issue.signature:
        lines.append(f"  signé : {issue.signature}")
    for section in issue.sections:
        lines.append("")
        lines.append(f"## {section.title or '(sans titre)'}  [{section.kind}]")
        if section.names:
            lines.append(f"   noms : {', '.join(section.names)}")
        lines += [f"   ¶ {_cut(p, width)}" for p in section.paragraphs]
        lines += [f"   • {item.lead + ' : ' if item.lead else ''}{_cut(item.text, width - 10)}" for item in section.items]
    if issue.postscript:
        lines += ["", "## Post-scriptum"] + [f"   ¶ {_cut(p, width)}" for p in issue.postscript]
    if issue.dropped:
        lines += ["", "Retiré :"]
        lines += [f"   - [{d.reason}] {_cut(d.text, width - 10)}" for d in issue.dropped]
    return lines
