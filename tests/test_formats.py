"""Each format's own ways (encodings, markup, e-mail parts, feeds, addresses) and every
bad input refused with one InputError line."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import textwrap
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from audio_edition.errors import ConfigError, InputError
from audio_edition.readers import IssueRequest, ItemChoice, decode_text, load_profile, open_issue, read_issue, sniff_format

ISSUE = """Un titre de lettre

Un intertitre

Un paragraphe qui dit quelque chose d'utile aux lecteurs.

  • Un point : le texte du point.
"""


# --- encodings --------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_every_common_encoding_reads_the_same(codec: str) -> None:
    text = "Titre de l'été\n\nLes données coûtent moins cher à Noël.\n"
    assert decode_text(text.encode(codec), "x.txt") == text


def test_utf8_read_once_too_often_is_repaired() -> None:
    text = "L’été à Noël : données et coûts."
    assert decode_text(text.encode("utf-8").decode("cp1252").encode("utf-8"), "x.txt") == text


def test_a_wrong_declared_charset_falls_back() -> None:
    assert decode_text("Noël à l’été".encode("cp1252"), "x", charset="utf-8") == "Noël à l’été"
    assert decode_text("Noël à l’été".encode("utf-8"), "x", charset="iso-8859-1") == "Noël à l’été"


def test_unreadable_encoding_is_refused() -> None:
    with pytest.raises(InputError, match="not in an encoding we can read"):
        decode_text(b"Titre\n\n" + bytes(range(0x80, 0xA0)) * 4, "x.txt")


# --- bad input, in every format ---------------------------------------------------------

BIG = b"<p>" + b"a" * (5 * 1024 * 1024) + b"</p>"


def _eml_without_text() -> bytes:
    message = EmailMessage()
    message["Subject"] = "Lettre"
    message.add_attachment(b"\x89PNG\r\n", maintype="image", subtype="png", filename="une.png")
    return bytes(message)


@pytest.mark.parametrize(
    ("data", "fmt", "message"),
    [
        (b"", "html", "is empty"),
        (b"  \n", "md", "is empty"),
        (b"", "eml", "is empty"),
        (b"", "feed", "is empty"),
        (BIG, "html", "over the 5 MB limit"),
        (BIG, "eml", "over the 5 MB limit"),
        (BIG, "feed", "over the 5 MB limit"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "html", "binary"),
        (b"<html><body><img src='a.png'><script>var a = 1;</script></body></html>", "html", "has no text"),
        (b"<html><body><div style='display:none'>cach\xc3\xa9</div></body></html>", "html", "has no text"),
        (_eml_without_text(), "eml", "no text or HTML part"),
        (b"Juste du texte, pas de courriel", "eml", "not an e-mail"),
        (b'<rss version="2.0"><channel><title>Octet</title></channel></rss>', "feed", "has no items"),
        (b"<html><body><p>Une page</p></body></html>", "feed", "not an RSS or Atom feed"),
        (b'<rss version="2.0"><channel><item><title>t</title></item></channel></rss>', "feed", "has no text"),
        (b"# Titre\n\n## Intertitre\n", "md", "no recognisable structure"),
        (b"Se d\xc3\xa9sabonner\n\nVoir dans le navigateur\n", "txt", "no recognisable structure"),
    ],
)
def test_bad_input_is_one_input_error(data: bytes, fmt: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_issue(data, f"bad.{fmt}", fmt=fmt, item=ItemChoice(latest=True))


def test_a_feed_needs_an_item_choice(data: Path) -> None:
    feed = (data / "golden" / "flux-octet.rss").read_bytes()
    with pytest.raises(InputError, match="add --latest"):
        read_issue(feed, "flux.rss")
    with pytest.raises(InputError, match="has 3 item"):
        read_issue(feed, "flux.rss", item=ItemChoice(number=4))
    with pytest.raises(InputError, match="not an item number"):
        ItemChoice(number=0)
    with pytest.raises(InputError, match="not both"):
        _ = IssueRequest("flux.rss", latest=True, item=2).choice


def test_sniffing_when_the_name_does_not_tell(data: Path) -> None:
    golden = data / "golden"
    assert sniff_format((golden / "flux-octet.rss").read_bytes()) == "feed"
    assert sniff_format((golden / "lettre-web.html").read_bytes()) == "html"
    assert sniff_format((golden / "lettre-courriel.eml").read_bytes()) == "eml"
    assert sniff_format((golden / "sans-date.md").read_bytes()) == "md"
    assert sniff_format((golden / "octet-dossiers.txt").read_bytes()) == "txt"
    issue = open_issue(IssueRequest("-"), stdin=io.BytesIO((golden / "lettre-web.html").read_bytes()))
    assert issue.title == "La bataille des petites puces" and issue.source == "<stdin>"


# --- markup -------------------------------------------------------------------------------


def test_markdown_front_matter_sub_headings_and_captions() -> None:
    text = """---
title: "Une lettre en Markdown"
date: 2026-02-14
---

Le sujet du jour
================

Un premier paragraphe, écrit
sur deux lignes.

![Un graphique](g.png)
*Le graphique de la semaine*

## Les brèves

### Premier sujet

Un texte sous le premier sujet.

### Sujet vide

## [Un lien](https://octet.example/x) vers la suite

- **Court :** un [texte](https://x.example) avec `du code` et des _italiques_.
"""
    issue = read_issue(text.encode(), "x.md")
    assert issue.title == "Une lettre en Markdown" and issue.date == dt.date(2026, 2, 14)
    editorial, briefs, last = issue.sections
    assert editorial.title == "Le sujet du jour"
    assert editorial.paragraphs == ("Un premier paragraphe, écrit sur deux lignes.",)
    assert [(i.lead, i.text) for i in briefs.items] == [("Premier sujet", "Un texte sous le premier sujet.")]
    assert last.title == "Un lien vers la suite"
    assert [(i.lead, i.text) for i in last.items] == [("Court", "un texte avec du code et des italiques.")]
    dropped = {(d.text, d.reason) for d in issue.dropped}
    assert ("Le graphique de la semaine", "image caption or credit") in dropped
    assert ("Sujet vide", "heading with no text") in dropped


def test_html_drops_by_markup_but_never_the_issue_itself() -> None:
    body = "".join(f"<p>Un paragraphe numéro {n} qui raconte quelque chose.</p>" for n in range(30))
    page = f"""<html><body>
    <span style="display:none">Un pré-en-tête caché</span>
    <div class="share-bar"><a>Partager</a></div>
    <div class="content share-enabled"><h1>Le titre</h1><h2>Intertitre</h2>{body}</div>
    </body></html>"""
    issue = read_issue(page.encode(), "x.html")
    assert issue.title == "Le titre" and len(issue.sections[0].paragraphs) == 30
    reasons = {d.text: d.reason for d in issue.dropped}
    assert reasons == {"Un pré-en-tête caché": "hidden text (pre-header)", "Partager": "share bar"}


def test_email_text_part_when_the_html_part_is_empty() -> None:
    message = EmailMessage()
    message["Subject"] = "Fwd: [Octet] Un titre de lettre"
    message["Date"] = "Sat, 07 Mar 2026 07:00:00 +0100"
    paragraph = "Un paragraphe qui dit quelque chose d'utile aux lecteurs, assez long pour tenir sur plusieurs lignes. " * 3
    wrapped = "\n\n".join(  # a text part hard-wrapped at 72 columns, as mail clients send it
        ["Un titre de lettre", "Un intertitre", textwrap.fill(paragraph, 72), "  • Un point : le texte du point."]
    )
    message.set_content(wrapped, charset="utf-8", cte="quoted-printable")
    message.add_alternative("<html><body><img src='x.png'></body></html>", subtype="html")
    issue = read_issue(bytes(message), "x.eml")
    assert issue.title == "Un titre de lettre"
    assert issue.date == dt.date(2026, 3, 7)  # from the Date header: the text has none
    assert issue.sections[0].title == "Un intertitre"
    assert issue.sections[0].paragraphs == (paragraph.strip(),)
    assert issue.sections[0].items[0].lead == "Un point"


def test_feed_items_count_newest_first_and_atom_is_read() -> None:
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Octet</title><id>urn:octet</id><updated>2026-03-01T00:00:00Z</updated>
<entry><title>Ancienne lettre</title><id>urn:1</id><updated>2026-02-01T00:00:00Z</updated>
<content type="text">Ancienne lettre

Un intertitre

Un paragraphe de février.</content></entry>
<entry><title>Nouvelle lettre</title><id>urn:2</id><updated>2026-03-01T00:00:00Z</updated>
<link href="https://octet.example/2"/>
<content type="html">&lt;h2&gt;Un intertitre&lt;/h2&gt;&lt;p&gt;Un paragraphe de mars.&lt;/p&gt;</content></entry>
</feed>""".encode()
    latest = read_issue(atom, "flux.atom", item=ItemChoice(latest=True))
    assert latest.title == "Nouvelle lettre" and latest.date == dt.date(2026, 3, 1)
    assert latest.url == "https://octet.example/2"
    older = read_issue(atom, "flux.atom", item=ItemChoice(number=2))
    assert older.title == "Ancienne lettre" and older.sections[0].paragraphs == ("Un paragraphe de février.",)


# --- addresses ----------------------------------------------------------------------------


@pytest.fixture
def server(data: Path) -> Iterator[str]:
    """A real HTTP server on localhost serving tests/data/golden."""
    directory = str(data / "golden")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, directory=directory, **kwargs)

        def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
            pass

    Handler.extensions_map = {**Handler.extensions_map, ".rss": "application/rss+xml"}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_feed_and_a_page_by_address(server: str) -> None:
    issue = open_issue(IssueRequest(f"{server}/flux-octet.rss", latest=True))
    assert issue.title == "Les data centers cherchent de l'eau" and issue.date == dt.date(2026, 6, 6)
    with pytest.raises(InputError, match="is a feed"):
        open_issue(IssueRequest(f"{server}/flux-octet.rss"))
    page = open_issue(IssueRequest(f"{server}/lettre-web.html"))
    assert page.title == "La bataille des petites puces"
    with pytest.raises(InputError, match="HTTP 404"):
        open_issue(IssueRequest(f"{server}/absente.rss", latest=True))
    with pytest.raises(InputError, match="cannot reach"):
        open_issue(IssueRequest("http://127.0.0.1:9/feed.xml", latest=True))


# --- profiles ------------------------------------------------------------------------------


def test_the_show_profile_refines_the_generic_one(tmp_path: Path) -> None:
    text = "Un titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLa lettre du jeudi est offerte aux lecteurs fidèles.\n"
    generic = read_issue(text.encode(), "x.txt")
    assert "La lettre du jeudi est offerte aux lecteurs fidèles." in generic.sections[0].paragraphs
    profile = tmp_path / "profile.toml"
    profile.write_text("[[drop]]\nreason = \"cross-promotion\"\npatterns = ['^La lettre du jeudi']\n", encoding="utf-8")
    refined = read_issue(text.encode(), "x.txt", profile=load_profile(profile))
    assert refined.sections[0].paragraphs == ("Un paragraphe de la lettre.",)
    assert ("La lettre du jeudi est offerte aux lecteurs fidèles.", "cross-promotion") in {
        (d.text, d.reason) for d in refined.dropped
    }


def test_a_bad_profile_lists_every_problem(tmp_path: Path) -> None:
    profile = tmp_path / "profile.toml"
    profile.write_text(
        "colour = 'bleu'\n[lead_in]\nmax_words = 0\n[teaser]\nkickers = ['(unclosed']\n[[drop]]\nscope = 'page'\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as error:
        load_profile(profile)
    problems = " | ".join(error.value.problems)
    for expected in ("unknown setting 'colour'", "'lead_in.max_words'", "bad pattern '(unclosed'", "'reason' is required", "'scope'"):
        assert expected in problems


def test_the_show_names_its_profile(tmp_path: Path) -> None:
    from audio_edition.config import load_show
    from audio_edition.paths import DEFAULT_SHOW

    assert load_show(DEFAULT_SHOW).profile == (DEFAULT_SHOW.parent / "profile.toml").resolve()
    show = tmp_path / "show.toml"
    show.write_text(DEFAULT_SHOW.read_text(encoding="utf-8").replace('profile = "profile.toml"', 'profile = "absent.toml"'))
    with pytest.raises(ConfigError, match="'profile' file not found"):
        load_show(show)


def test_html_email_tables_with_styled_headings_and_bullet_cells() -> None:
    page = """<html><body><table>
    <tr><td style="font-size:26px;font-weight:700">Le titre de la lettre</td></tr>
    <tr><td><span style="font-weight:bold">Un intertitre</span></td></tr>
    <tr><td>Un paragraphe d'introduction.</td></tr>
    <tr><td>•</td><td><span style="font-weight:bold">Coup de frein.</span> Le marché ralentit.</td></tr>
    <tr><td>•</td><td><span style="font-weight:600">Reprise :</span> la demande repart en fin d'année.</td></tr>
    </table></body></html>"""
    issue = read_issue(page.encode(), "x.html")
    assert issue.title == "Le titre de la lettre" and issue.sections[0].title == "Un intertitre"
    assert [(i.lead, i.text) for i in issue.sections[0].items] == [
        ("Coup de frein", "Le marché ralentit."),
        ("Reprise", "la demande repart en fin d'année."),
    ]


# --- plain text: a newsletter's own shapes ------------------------------------------------

_HEAD = (
    "Le numéro de la semaine\n\n"
    "CETTE SEMAINE • Les radios locales résistent • Le vinyle repart • Bienvenue dans Octet, samedi 7 mars 2026.\n\n"
    "L'édito\n\n"
    "Un premier paragraphe d'éditorial assez long pour être une vraie phrase, sur la presse et ses outils.\n\n"
    "Un second paragraphe qui conclut l'éditorial et annonce les rubriques de la semaine.\n\n"
    "Sophie Garnier\n\n"
    "Les radios tiennent bon\n\n"
    "Un paragraphe de tête qui présente la rubrique en une phrase.\n\n"
    "  • Lyon, d'abord • Une radio associative a doublé son audience en deux ans.\n\n"
    "  • Nantes, ensuite • Une autre a ouvert un studio dans une médiathèque.\n\n"
)
_TAIL = (
    "EN BREF\n\n"
    "  • Une radio de Rennes a signé un accord avec une école de journalisme pour ses stages.\n\n"
    "  • Une autre, à Metz, lance une matinale en alsacien et en lorrain.\n"
)


def _text_issue(middle: str) -> tuple[list[tuple[str, tuple[str, ...], tuple[str, ...]]], dict[str, str]]:
    issue = read_issue((_HEAD + middle + _TAIL).encode(), "x.txt")
    sections = [(s.title, s.paragraphs, tuple(f"{i.lead} : {i.text}" if i.lead else i.text for i in s.items)) for s in issue.sections]
    return sections, {d.text: d.reason for d in issue.dropped}


def test_an_interview_whose_turns_are_named_under_its_headline_is_one_section() -> None:
    interview = (
        "Inès Morel : « Une radio locale vit de ses auditeurs »\n\n"
        "Octet : Combien d'auditeurs vous écoutent chaque matin ?\n\n"
        "Inès Morel : Un peu plus de 12 000, deux fois plus qu'il y a trois ans.\n\n"
        "Octet : Qu'est-ce qui a changé ?\n\n"
        "Inès Morel : Nous parlons des quartiers, et les gens s'y reconnaissent.\n\n"
    )
    sections, _ = _text_issue(interview)
    assert [title for title, _, _ in sections] == [
        "L'édito", "Les radios tiennent bon", "Inès Morel : « Une radio locale vit de ses auditeurs »", "EN BREF"
    ]
    assert sections[2][1][0] == "Octet : Combien d'auditeurs vous écoutent chaque matin ?" and len(sections[2][1]) == 4
    # a question over a named quotation, asked once: a headline, its own chapter
    sections, _ = _text_issue(
        "Bercy : faut-il relever la TVA sur les abonnements ?\n\n"
        "Claire Dumont : « Nous n'avons rien décidé », a répondu la ministre mardi devant les députés.\n\n"
    )
    assert "Bercy : faut-il relever la TVA sur les abonnements ?" in [title for title, _, _ in sections]


def test_a_surveys_results_on_short_lines_are_its_items_and_the_next_headings_stay() -> None:
    survey = (
        "Sondage : les auditeurs et la radio du matin\n\n"
        "Enquête réalisée en ligne du 2 au 4 mars auprès de 1 500 personnes.\n\n"
        "72 % écoutent la radio avant de partir travailler\n\n"
        "Un sur deux, soit 49 %, préfère une station locale\n\n"
        "Seuls 8 % ont déjà payé pour un podcast\n\n"
    )
    sections, dropped = _text_issue(survey)
    assert [title for title, _, _ in sections][2:] == ["Sondage : les auditeurs et la radio du matin", "EN BREF"]
    assert sections[2][2] == (
        "72 % écoutent la radio avant de partir travailler", "Un sur deux, soit 49 %, préfère une station locale",
        "Seuls 8 % ont déjà payé pour un podcast",
    )  # fmt: skip
    assert "heading with no text" not in dropped.values()
    # after the results, a story's headline with a share in it, over its text, is still a heading
    sections, _ = _text_issue(
        survey + "La publicité radio progresse de 4 %\n\nLes recettes publicitaires des stations ont augmenté l'an dernier, "
        "portées par les annonceurs locaux et les campagnes des collectivités.\n\n"
    )
    assert "La publicité radio progresse de 4 %" in [title for title, _, _ in sections]


def test_an_advertisements_offer_line_and_its_button_with_its_address_are_left_out_with_it() -> None:
    for ad, offer, button in (
        ("Partenaire", "Offre réservée aux lecteurs : 6 mois à 9 € par mois au lieu de 15 €",
         "→ Commencer l'essai : https://ondeo.example/essai?utm_source=lettre"),
        ("Un mot de notre partenaire", "Code RADIO26 : 1 mois offert", "Essayer Ondeo → https://ondeo.example/lettre"),
    ):  # fmt: skip
        sections, dropped = _text_issue(
            f"{ad}\n\nOndeo monte vos émissions en quelques minutes, du micro à la mise en ligne. Hébergé en France.\n\n"
            f"{offer}\n\n{button}\n\n"
        )
        assert [title for title, _, _ in sections] == ["L'édito", "Les radios tiennent bon", "EN BREF"]
        assert len(sections[1][2]) == 2 and len(sections[2][2]) == 2  # (not an item of the section above)
        assert dropped[offer] == "sponsored block"
        assert dropped[button.removeprefix("→ ")] == "sponsored block"


def test_an_interviews_headline_with_its_guests_words_quoted_after_its_label_is_a_heading() -> None:
    # "Partie 2 — Entretien croisé : « … »": the label, then the guests' words in guillemets; a heading like any
    # interview's headline, not a quotation after a colon inside the section above
    intro = "Une élue et un exploitant ont débattu pour nous du sort des petites lignes, le 3 mars à Limoges.\n\n"
    for heading in (
        "Partie 2 — Entretien croisé : « Le rail, c'est d'abord une affaire de régions »",
        "Entretien : « Une ligne fermée ne rouvre jamais »",
        "Trois questions à Anne Roux : « Nous avons besoin de trains de nuit »",
    ):
        sections, _ = _text_issue(f"{heading}\n\n{intro}")
        assert [title for title, _, _ in sections][2:] == [heading, "EN BREF"], heading
    # a sentence that quotes someone after its colon stays text, even when it speaks of an interview
    for said in (
        "Entretien tendu, le ministre a conclu : « Nous verrons bien »",
        "L'entretien s'est achevé sur ces mots : « Rien ne presse »",
    ):
        sections, _ = _text_issue(f"{said}\n\n{intro}")
        assert said not in [title for title, _, _ in sections], said


def test_footnotes_called_by_superscripts_are_left_out_with_their_notes_heading() -> None:
    from audio_edition.script import normalise

    notes = (
        "Le fret ferroviaire\n\n"
        "Le fret a perdu un tiers de ses volumes en dix ans¹, et les wagons isolés presque tous².\n\n"
        "Le gouvernement promet un plan de relance avant l'été, sans en préciser le montant.\n\n"
        "Notes\n\n"
        "[1] Chiffres de l'autorité de régulation des transports.\n"
        "¹ Tonnes-kilomètres transportées, hors transit.\n"
        "² Estimation de la rédaction à partir des rapports des opérateurs.\n\n"
    )
    sections, dropped = _text_issue(notes)
    assert [title for title, _, _ in sections][2:] == ["Le fret ferroviaire", "EN BREF"]
    for note in ("Notes", "¹ Tonnes-kilomètres transportées, hors transit.", "² Estimation de la rédaction à partir des rapports des opérateurs."):
        assert dropped[note] == "footnote", note
    # the calls in the text are not said
    assert normalise(sections[2][1][0]) == "Le fret a perdu un tiers de ses volumes en dix ans, et les wagons isolés presque tous."
    # "Notes" over text of its own is a chapter like any other
    sections, _ = _text_issue("Notes\n\nNos notes de lecture de la semaine portent sur trois essais parus en mars.\n\n")
    assert "Notes" in [title for title, _, _ in sections]


def test_a_farewell_after_the_last_section_is_a_sign_off_not_its_last_paragraphs() -> None:
    # "Merci de nous avoir lus jusqu'ici. …" / "À très vite," / the editors' first names: the letter's farewell, not
    # the last words of its last section
    farewell = "Merci de nous avoir lus jusqu'ici. La lettre reprend son rythme habituel mardi prochain."
    issue = read_issue((_HEAD + _TAIL + f"\n\n{farewell}\n\nÀ très vite,\nJeanne et Paul\n").encode(), "x.txt")
    last = issue.sections[-1]
    assert last.title == "EN BREF" and not last.paragraphs and len(last.items) == 2
    reasons = {d.text: d.reason for d in issue.dropped}
    assert reasons[farewell] == "sign-off" and reasons["À très vite,"] == "sign-off"
    # a town's name is no farewell: "À Vitré, …" stays news
    sections, _ = _text_issue("À Vitré, la radio du lycée émet désormais chaque samedi matin depuis la médiathèque.\n\n")
    assert any("À Vitré" in p for _, ps, items in sections for p in (*ps, *items))


def test_a_hors_series_kicker_over_the_teaser_is_no_headline() -> None:
    # "HORS-SÉRIE • …" (a compound in capitals, the issue's kind): a kicker, left out like "CETTE SEMAINE"
    body = _HEAD.split("\n\n", 2)[2] + _TAIL
    for kicker, headlines in (
        ("HORS-SÉRIE", ["La radio en cinq parties", "Ondes, studios, publics"]),
        # the kind with its own subject after a colon says something: a headline
        ("Hors-série : les radios de la mer", ["Hors-série : les radios de la mer", "La radio en cinq parties", "Ondes, studios, publics"]),
    ):
        teaser = f"{kicker} • La radio en cinq parties • Ondes, studios, publics • Bienvenue dans Octet, dimanche 3 mai 2026.\n\n"
        issue = read_issue(("Le numéro spécial\n\n" + teaser + body).encode(), "x.txt")
        assert list(issue.headlines) == headlines, kicker


def test_a_dossier_in_numbered_parts_keeps_a_chapter_per_part_and_reads_its_intertitles_in_it() -> None:
    # "1/ …", "Partie II — …": a chapter per part; the intertitles inside a part ("Des émetteurs vieillissants")
    # are sentences of it, read by its voice, not chapters of their own with a jingle each
    text = (
        "Les ondes en quatre temps\n\n"
        "L'édito\n\nUn premier paragraphe d'éditorial assez long pour être une vraie phrase, sur la radio et ses ondes.\n\n"
        "Sophie Garnier\n\n"
        "1/ Un réseau hérité\n\nLes émetteurs de la bande FM datent pour la plupart des années quatre-vingt.\n\n"
        "Des émetteurs vieillissants\n\nUn sur trois devra être remplacé avant la fin de la décennie, faute de pièces.\n\n"
        "Le coût de l'énergie\n\nUn grand émetteur consomme autant qu'un village de trois cents habitants.\n\n"
        "Partie II — Le numérique hertzien\n\nLe DAB+ couvre désormais les trois quarts de la population.\n\n"
        "Des récepteurs encore rares\n\nPeu de foyers en possèdent un, hors des voitures neuves.\n\n"
        # (a part may go unnumbered, an interview's: it stays a chapter, and so does the next part)
        "Entretien avec Anne Roux\n\nQ : La FM va-t-elle s'éteindre ?\n\nR : Pas avant quinze ans.\n\n"
        "Q : Et les petites radios ?\n\nR : Elles passeront au numérique les dernières.\n\n"
        "Partie IV — Les années qui viennent\n\nLa radio sur internet gagne chaque année des auditeurs.\n\n"
    )
    issue = read_issue(text.encode(), "x.txt")
    assert [s.title for s in issue.sections] == [
        "L'édito", "1/ Un réseau hérité", "Partie II — Le numérique hertzien", "Entretien avec Anne Roux", "Partie IV — Les années qui viennent"
    ]
    assert issue.sections[1].paragraphs[1:3] == (
        "Des émetteurs vieillissants.", "Un sur trois devra être remplacé avant la fin de la décennie, faute de pièces."
    )
    assert issue.sections[2].paragraphs[1] == "Des récepteurs encore rares."
    # a daily's numbered stories, one after the other with no intertitle between them: a chapter each, and so is
    # what follows them
    stories = (
        "Le quotidien des ondes\n\n"
        "L'édito\n\nUn premier paragraphe d'éditorial assez long pour être une vraie phrase, sur la radio et ses ondes.\n\n"
        "Sophie Garnier\n\n"
        "1/ Une radio rennaise double son audience\n\nElle a misé sur une matinale consacrée aux quartiers.\n\n"
        "2/ Un émetteur breton rénové\n\nLes travaux ont duré six mois et coûté deux millions d'euros.\n\n"
        "Le mot de la fin\n\nMerci aux auditeurs qui nous ont écrit cette semaine pour raconter leur station.\n\n"
    )
    assert [s.title for s in read_issue(stories.encode(), "x.txt").sections][1:] == [
        "1/ Une radio rennaise double son audience", "2/ Un émetteur breton rénové", "Le mot de la fin"
    ]
