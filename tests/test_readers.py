"""Reading issues: structure recognised, boilerplate dropped with its reason, bad input refused."""

from __future__ import annotations

import datetime as dt

import pytest

from audio_edition.errors import InputError
from audio_edition.paths import EXAMPLE_ISSUE
from audio_edition.readers import decode_text, read_issue
from audio_edition.readers.dates import find_french_date


def test_example_issue_structure() -> None:
    issue = read_issue(EXAMPLE_ISSUE.read_bytes(), str(EXAMPLE_ISSUE))
    assert issue.title == "Les petits modèles prennent le large"
    assert issue.date == dt.date(2026, 11, 21)
    assert len(issue.headlines) == 3 and issue.headlines[0].startswith("Les modèles compacts")
    assert issue.epigraph is not None and issue.epigraph.author == "Léonard de Vinci"
    assert issue.signature == "Claire Dumas"
    kinds = [s.kind for s in issue.sections]
    assert kinds == ["editorial", "news", "briefs", "news"]
    editorial = issue.sections[0]
    assert editorial.title == "Moins de paramètres, plus d'usages" and len(editorial.paragraphs) == 3
    leads = [i.lead for i in issue.sections[1].items]
    assert leads == ["Petit mais costaud", "Sur l'appareil", "EN FILIGRANE", "À SURVEILLER"]
    assert issue.sections[2].names == ("Nvidia", "Google", "OpenAI", "Mistral AI")


def test_example_issue_drops_boilerplate_with_reasons() -> None:
    issue = read_issue(EXAMPLE_ISSUE.read_bytes(), "example.txt")
    reasons = {d.reason for d in issue.dropped}
    assert {"image caption or credit", "promotion", "subscriber promotion", "footer", "sign-off"} <= reasons
    kept = " ".join(p for s in issue.sections for p in s.paragraphs) + " ".join(
        i.text for s in issue.sections for i in s.items
    )
    for gone in ("illustrations", "Abonnez-vous", "comparatif complet", "Se désabonner", "Source :"):
        assert gone not in kept


def test_paywalled_stub_and_empty_headings_are_dropped() -> None:
    text = "Titre\n\nPremier point\n\nUn paragraphe qui dit quelque chose.\n\nDossier réservé\n\n...\n"
    issue = read_issue(text.encode(), "x.txt")
    assert [s.title for s in issue.sections] == ["Premier point"]
    assert ("Dossier réservé", "paywalled stub") in {(d.text, d.reason) for d in issue.dropped}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"\x00\x01\x02binary\x00" * 20, "binary"),
        (b"x" * (5 * 1024 * 1024 + 1), "5 MB"),
    ],
)
def test_bad_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_issue(data, "bad.txt")


def test_windows_1252_is_detected() -> None:
    text = "Titre\n\nL'été à Noël\n\nLes données coûtent moins cher – enfin.\n"
    assert decode_text(text.encode("cp1252"), "x.txt") == text


def test_unknown_suffix() -> None:
    with pytest.raises(InputError, match="unknown file type '.pdf'"):
        read_issue(b"%PDF-1.4 text", "issue.pdf")


def test_only_a_title_has_no_structure() -> None:
    with pytest.raises(InputError, match="no recognisable structure"):
        read_issue(b"Juste un titre\n", "x.txt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bienvenue dans Octet, samedi 11 octobre 2025.", dt.date(2025, 10, 11)),
        ("le 1er mars 2026", dt.date(2026, 3, 1)),
        ("mardi 31 février 2026 puis 2 août 2026", dt.date(2026, 8, 2)),
        ("pas de date", None),
    ],
)
def test_french_dates(text: str, expected: dt.date | None) -> None:
    assert find_french_date(text) == expected
