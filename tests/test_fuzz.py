"""No input crashes a reader: any bytes, in any format, give an Issue or an InputError.

And when an Issue comes out, it is well formed: no empty section, no blank text, nothing
said that was not in the input.
"""

from __future__ import annotations

import json
import re
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audio_edition.errors import InputError
from audio_edition.model import Issue
from audio_edition.readers import FORMATS, ItemChoice, read_issue
from audio_edition.readers.blocks import clean
from audio_edition.readers.outline import issue_to_dict

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of the newsletter's shape, shuffled into lines: they reach the recogniser's corners.
PIECES = [
    "Titre de la lettre", "CETTE SEMAINE DANS L'IA • Un titre • Un autre titre • Bienvenue dans Octet, samedi 11 octobre 2025.",
    "« Une citation. » Victor Hugo", "Claire Dumas", "…attend vos idées.", "Un intertitre", "Un intertitre court…",
    "Une phrase complète qui dit quelque chose.", "• Lead-in : un texte d'item.", "• EN FILIGRANE : Titre. Texte.",
    "• Polygamie. Lundi, un accord.", "Nvidia • Google • Mistral AI", "EN EXCLUSIVITÉ POUR LES ABONNÉS :", "...", "…",
    "Se désabonner", "Partager · LinkedIn", "Les derniers articles publiés", "Par OCTET: la lettre", "Source : Octet",
    "Les illustrations d'Octet sont inspirées de Klee.", "Octet paraît tous les samedis.", "Bonjour à tous,", "Au menu :",
    "- un tiret", "1. Un numéro", "# Titre Markdown", "> une citation", "**Gras.** texte", "Journaliste, diplômée, a rejoint Octet.",
    "12/10/2025", "", "   ", "•", ":", "« »", "x • y", "A • B • C • D • E",
]  # fmt: skip
lines = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=80)), max_size=40)


def _check(issue: Issue, source_text: str | None = None) -> None:
    assert issue.sections, "an Issue always has something to read"
    for section in issue.sections:
        assert section.paragraphs or section.items
        for text in (*section.paragraphs, *(i.text for i in section.items)):
            assert text and text == text.strip()
    json.dumps(issue_to_dict(issue), ensure_ascii=False)
    if source_text is not None:  # plain text: every word read is a word of the input
        source_words = set(re.findall(r"\w+", clean(source_text)))  # minus soft hyphens, in NFC
        for section in issue.sections:
            for text in (*section.paragraphs, *(f"{i.lead} {i.text}" for i in section.items)):
                assert set(re.findall(r"\w+", text)) <= source_words, text


def _read(data: bytes, fmt: str) -> Issue | None:
    try:
        return read_issue(data, f"fuzz.{fmt}", fmt=fmt, item=ItemChoice(latest=True))
    except InputError:
        return None


@FUZZ
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(sorted(FORMATS)))
def test_any_bytes_in_any_format(data: bytes, fmt: str) -> None:
    issue = _read(data, fmt)
    if issue is not None:
        _check(issue)


@FUZZ
@given(lines=lines)
def test_shaped_text(lines: list[str]) -> None:
    text = "\n\n".join(lines)
    issue = _read(text.encode("utf-8"), "txt")
    if issue is not None:
        _check(issue, text)


@FUZZ
@given(lines=lines, wrap=st.sampled_from(["md", "html", "eml", "feed"]))
def test_shaped_text_in_every_markup(lines: list[str], wrap: str) -> None:
    if wrap == "md":
        data = "\n\n".join(lines).encode()
    elif wrap == "html":
        data = ("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>").encode()
    elif wrap == "eml":
        message = EmailMessage()
        message["Subject"] = " ".join(lines[0].split()) if lines else ""
        message.set_content("\n\n".join(lines))
        message.add_alternative("".join(f"<h2>{line}</h2>" if n % 3 == 0 else f"<li>{line}</li>" for n, line in enumerate(lines)), subtype="html")
        data = bytes(message)
    else:
        body = "".join(f"<p>{line}</p>" for line in lines).replace("]]>", "")
        data = f'<rss version="2.0"><channel><item><title>t</title><description><![CDATA[{body}]]></description></item></channel></rss>'.encode()
    issue = _read(data, wrap)
    if issue is not None:
        _check(issue)
