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


def _dropped(issue: object) -> set[tuple[str, str]]:
    return {(d.text, d.reason) for d in issue.dropped}  # type: ignore[attr-defined]


def _read(issue: object) -> str:
    """Everything the issue's sections read aloud, in one string."""
    sections = issue.sections  # type: ignore[attr-defined]
    return " ".join([s.title for s in sections] + [p for s in sections for p in s.paragraphs] + [i.text for s in sections for i in s.items])


def test_html_footnotes_back_links_and_likes_widget_are_left_out() -> None:
    page = """<html><body><h1>Le Canal n° 12</h1>
    <h2>Les écluses rouvrent</h2>
    <p>Les voies navigables accueillent de nouveau les péniches depuis lundi<sup><a href="#fn1">1</a></sup>, après huit semaines de travaux.</p>
    <p>Le trafic devrait retrouver son niveau d'avant le chantier d'ici à juin, selon l'exploitant.</p>
    <p><a href="#top">↑ Retour au sommaire</a></p>
    <h2>Le fret fluvial progresse</h2>
    <p>Les volumes transportés ont augmenté de 6 % sur un an, portés par les granulats et les céréales.</p>
    <p><a href="#top">↑ Retour au sommaire</a></p>
    <div class="sharedaddy sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">J'aime ça :</h3>
    <span class="loading">chargement…</span></div>
    <hr><ol class="footnotes"><li id="fn1">Sauf sur le canal du Midi, fermé jusqu'en avril.</li></ol>
    </body></html>"""
    issue = read_issue(page.encode(), "canal.html")
    said = _read(issue)
    for gone in ("Retour au sommaire", "chargement", "J'aime", "canal du Midi"):
        assert gone not in said
    assert ("Sauf sur le canal du Midi, fermé jusqu'en avril.", "footnote") in _dropped(issue)
    assert ("↑ Retour au sommaire", "navigation") in _dropped(issue)
    # the call is not read, and does not cut its sentence in two
    assert any(p.startswith("Les voies navigables") and p.endswith("huit semaines de travaux.") for s in issue.sections for p in s.paragraphs)


def test_html_post_date_line_with_its_update_is_a_byline() -> None:
    page = """<html><body><article><h1>Les péniches reviennent</h1>
    <div class="entry-meta"><span class="posted-on">Publié le <a href="/p"><time class="entry-date published"
    datetime="2026-03-16">16 mars 2026</time><time class="updated" datetime="2026-03-17">17 mars 2026</time></a></span>
    <span class="byline"> par <a href="/a">Jeanne Pradel</a></span></div>
    <h2>Le retour du fret</h2>
    <p>Les voies navigables accueillent de nouveau les péniches depuis lundi, après huit semaines de travaux.</p>
    <p>Le trafic devrait retrouver son niveau d'avant le chantier d'ici à juin, selon l'exploitant.</p>
    </article></body></html>"""
    issue = read_issue(page.encode(), "post.html")
    assert ("Publié le 16 mars 2026 par Jeanne Pradel", "byline") in _dropped(issue)
    assert "2026" not in _read(issue)


def test_a_sentence_opening_with_published_is_not_a_byline() -> None:
    text = "Les écluses\n\nPublié le 3 mars 2026 par Eurostat, le rapport montre une hausse du fret fluvial de 6 %.\n\nLe trafic reprend.\n"
    issue = read_issue(text.encode(), "x.txt")
    assert "Publié le 3 mars 2026 par Eurostat" in _read(issue)


def test_html_table_of_figures_without_header_cells_is_left_out() -> None:
    # an e-mail's table drawn with borders, its header a row of <td>: a listener cannot follow it
    page = """<html><body><h1>Le Grenier n° 8</h1><h2>Marchés</h2>
    <p>Les cours des céréales reculent pour le deuxième mois de suite, faute d'acheteurs au Maghreb.</p>
    <table border="1"><tr><td>Céréale</td><td>Cours</td></tr><tr><td>Orge</td><td>171 €/t</td></tr>
    <tr><td>Avoine</td><td>203 €/t</td></tr></table>
    <h2>Agenda</h2>
    <table><tr><td>12 mai</td><td>Foire aux semences de Rodez</td></tr>
    <tr><td>19 mai</td><td>Journée des vergers à Moissac</td></tr>
    <tr><td>2 juin</td><td>Salon du machinisme à Chartres</td></tr></table>
    </body></html>"""
    issue = read_issue(page.encode(), "grenier.html")
    assert {("Orge", "table"), ("171 €/t", "table"), ("Céréale", "table")} <= _dropped(issue)
    # two columns without borders: an e-mail's layout as well as a table, read
    assert "Foire aux semences de Rodez" in _read(issue)


def test_html_button_cells_are_left_out_not_chapters() -> None:
    # an e-mail's buttons are coloured cells holding one link: not a title over the next story
    page = """<html><body><table role="presentation" style="background-color:#ffffff"><tr><td>
    <h1>Le Pouce n° 3</h1><h2>Entreprises</h2>
    <p><strong>Vélis ouvre une usine à Tulle.</strong> Le fabricant de vélos cargos embauchera 80 personnes d'ici à la fin de l'année.</p>
    </td></tr><tr><td><table><tr><td align="center" bgcolor="#0057d9" style="border-radius:4px">
    <a href="https://exemple.fr/velis" style="color:#fff">Lire l'annonce →</a></td></tr></table></td></tr>
    <tr><td><p><strong>Rameau lève 4 M€.</strong> La jeune pousse du bois de chauffage vise les collectivités du Massif central.</p>
    <p style="background-color:#fff3cd">Le détail de l'offre est <a href="https://exemple.fr/offre">sur le site de l'entreprise</a>, pour les abonnés.</p>
    <p>Son catalogue est <a href="https://exemple.fr/cat" style="background-color:#ffef00">en ligne</a> depuis mardi.</p>
    <p><a href="https://exemple.fr/go" style="background-color:#0057d9;padding:10px 18px;color:#fff">Voir les offres</a></p>
    </td></tr></table></body></html>"""
    issue = read_issue(page.encode(), "pouce.html")
    assert ("Lire l'annonce →", "button") in _dropped(issue)
    assert [s.title for s in issue.sections] == ["Entreprises"]
    assert [i.lead for i in issue.sections[0].items][:2] == ["Vélis ouvre une usine à Tulle", "Rameau lève 4 M€"]
    # a coloured box whose link is part of a sentence is read, so is a highlighted link in a sentence
    assert "sur le site de l'entreprise" in _read(issue)
    assert "Son catalogue est en ligne depuis mardi." in _read(issue)
    assert ("Voir les offres", "button") in _dropped(issue)  # a link drawn as a button, alone


def test_html_advertisement_in_a_section_ends_at_its_button_cell() -> None:
    page = """<html><body><h1>Le Pouce n° 4</h1><h2>En bref</h2><ul>
    <li><strong>Vélis :</strong> le fabricant de vélos cargos embauchera 80 personnes à Tulle.</li></ul>
    <p>Sponsorisé par Bûchette</p>
    <p>Bûchette livre votre bois de chauffage sec en 48 heures partout en Auvergne.</p>
    <table><tr><td bgcolor="#9a7400"><a href="https://exemple.fr/buchette">Commander</a></td></tr></table>
    <ul><li><strong>Rameau :</strong> la jeune pousse lève 4 M€ pour équiper les collectivités du Massif central.</li></ul>
    </body></html>"""
    issue = read_issue(page.encode(), "pouce.html")
    assert ("Commander", "button") in _dropped(issue)
    assert "Bûchette" not in _read(issue)
    assert "la jeune pousse lève 4 M€" in _read(issue)


def test_html_sponsored_box_is_left_out_whole() -> None:
    # the label opens the box, its bold title does not end the advertisement: the box does
    page = """<html><body><h1>Le Pouce n° 5</h1>
    <p><strong>ENTREPRISES</strong></p>
    <p><strong>Vélis ouvre une usine à Tulle</strong></p>
    <p>Le fabricant de vélos cargos embauchera 80 personnes d'ici à la fin de l'année, dont 20 apprentis.</p>
    <table style="background-color:#fff8e6;border:1px solid #f3d27a"><tr><td>
    <p style="font-size:11px">EN PARTENARIAT AVEC BÛCHETTE</p>
    <p><strong>Votre chaudière est-elle prête pour l'hiver ?</strong></p>
    <p>Bûchette livre votre bois de chauffage sec en 48 heures partout en Auvergne. Devis offert aux 100 premiers.</p>
    </td></tr></table>
    <p><strong>COLLECTIVITÉS</strong></p>
    <p><strong>Clermont vote son budget vert</strong></p>
    <p>La métropole consacre 14 M€ à la rénovation thermique de ses écoles, un record depuis sa création.</p>
    </body></html>"""
    issue = read_issue(page.encode(), "pouce.html")
    said = _read(issue)
    assert "Bûchette" not in said and "chaudière" not in said
    assert ("Votre chaudière est-elle prête pour l'hiver ?", "sponsored block") in _dropped(issue)
    assert "Clermont vote son budget vert" in said and "rénovation thermique" in said


def test_html_row_of_key_figures_is_items_not_chapters() -> None:
    page = """<html><body><h1>Le Pouce n° 6</h1><h2>Le marché du bois</h2>
    <p>Les ventes de granulés ont reculé cet hiver, la faute à des températures plus douces que prévu.</p>
    <table><tr>
    <td><p style="font-size:28px;font-weight:bold">2,4 Mt</p><p>de granulés vendus en 2025</p></td>
    <td><p style="font-size:28px;font-weight:bold">-8 %</p><p>sur un an</p></td>
    <td><p style="font-size:28px;font-weight:bold">312 €</p><p>la tonne en vrac</p></td>
    </tr></table>
    <table><tr><td><p><strong>Bûcherons</strong></p><p>ils manquent en Corrèze</p></td>
    <td><p><strong>Scieries</strong></p><p>elles investissent</p></td></tr></table>
    </body></html>"""
    issue = read_issue(page.encode(), "pouce.html")
    assert [s.title for s in issue.sections][:1] == ["Le marché du bois"]
    items = [i.text for i in issue.sections[0].items]
    assert items[:3] == ["2,4 Mt de granulés vendus en 2025", "-8 % sur un an", "312 € la tonne en vrac"]
    # a row of cells that are no figures is left as it is
    assert "Bûcherons 2,4" not in _read(issue) and "Bûcherons ils manquent" not in " ".join(items)


def _forward_eml(html: str | None, text: str) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Paul Ferrand <paul@exemple.fr>"
    message["To"] = "Lise Morin <lise@exemple.fr>"
    message["Subject"] = "Fwd: Le Grenier n° 9"
    message["Date"] = "Tue, 14 Apr 2026 18:02:00 +0200"
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes()


_FORWARDED_ISSUE = [
    "Le Grenier n° 9",
    "Le colza fleurit en avance",
    "La floraison a commencé avec deux semaines d'avance dans le Poitou, selon les chambres d'agriculture, qui craignent les gelées.",
    "Les apiculteurs, eux, se réjouissent : les ruches ont repris leur activité dès la fin mars.",
    "Les semis de tournesol",
    "Les premiers semis sont attendus la semaine prochaine, si les sols se réchauffent comme prévu.",
]


def test_eml_forwarded_in_html_leaves_out_the_note_and_takes_the_forwarded_date() -> None:
    title, h1, p1, p2, h2, p3 = _FORWARDED_ISSUE
    html = f"""<html><body><div dir="ltr"><p>Coucou Lise,</p><p>Regarde le passage sur le colza, pour jeudi.</p>
    <p>Amitiés,<br>Paul</p></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
    De&nbsp;: <strong>Le Grenier</strong> &lt;<a href="mailto:bonjour@grenier.example">bonjour@grenier.example</a>&gt;<br>
    Date: sam. 11 avr. 2026 à 07:00<br>Subject: {title}<br>To: &lt;paul@exemple.fr&gt;<br></div><br>
    <h1>{title}</h1><h2>{h1}</h2><p>{p1}</p><p>{p2}</p><h2>{h2}</h2><p>{p3}</p></div></body></html>"""
    issue = read_issue(_forward_eml(html, "(texte)"), "grenier.eml")
    assert issue.date == dt.date(2026, 4, 11)
    assert {("Coucou Lise,", "forwarding note"), ("Paul", "forwarding note"), ("Date: sam. 11 avr. 2026 à 07:00", "forwarding header")} <= _dropped(issue)
    assert "Coucou" not in _read(issue) and "Regarde le passage" not in _read(issue)
    assert [s.title for s in issue.sections] == [h1, h2]


def test_eml_forwarded_in_text_takes_the_forwarded_date() -> None:
    title = _FORWARDED_ISSUE[0]
    forwarding = (
        "---------- Forwarded message ---------\n"
        "De : Le Grenier <bonjour@grenier.example>\n"
        "Date: Sat, 11 Apr 2026 07:00:00 +0200\n"
        f"Subject: {title}"
    )
    parts = ["Coucou Lise,", "Regarde le passage sur le colza.", forwarding, *_FORWARDED_ISSUE]
    text = "\n\n".join(parts) + "\n"
    issue = read_issue(_forward_eml(None, text), "grenier.eml")
    assert issue.date == dt.date(2026, 4, 11)


def test_html_stories_under_a_capitals_rubric_are_its_items() -> None:
    page = """<html><body><h1>Le Pouce n° 7</h1>
    <p><span style="font-size:12px"><strong>ENTREPRISES</strong></span></p>
    <p><span style="font-size:18px"><strong>Vélis ouvre une usine à Tulle</strong></span></p>
    <p>Le fabricant de vélos cargos embauchera 80 personnes d'ici à la fin de l'année, dont 20 apprentis.</p>
    <p><span style="font-size:18px"><strong>Rameau lève 4 M€</strong></span></p>
    <p>La jeune pousse du bois de chauffage vise les collectivités du Massif central.</p>
    <p>Elle compte doubler ses effectifs en 2027.</p>
    <p><span style="font-size:12px"><strong>RECHERCHE</strong></span></p>
    <p><span style="font-size:18px"><strong>Un capteur pour les ruches</strong></span></p>
    <p>Une équipe de Clermont mesure le bourdonnement des abeilles pour prévenir l'essaimage.</p>
    </body></html>"""
    issue = read_issue(page.encode(), "pouce.html")
    assert [s.title for s in issue.sections] == ["ENTREPRISES", "RECHERCHE"]
    entreprises = issue.sections[0]
    assert [i.lead for i in entreprises.items] == ["Vélis ouvre une usine à Tulle", "Rameau lève 4 M€"]
    assert entreprises.items[1].text.endswith("ses effectifs en 2027.")
    # a rubric over its one story keeps it as it was
    assert not issue.sections[1].items and "Un capteur pour les ruches" in issue.sections[1].paragraphs


def test_html_counter_examples_a_poem_an_agenda_a_rubric_bar_an_interview_a_likes_rubric() -> None:
    page = """<html><body><h1>La Loge n° 12</h1><h2>Le poème des soignants</h2>
    <p>Affiché dans le hall, ce texte circule depuis lundi :</p><pre>Nous veillons la nuit
    sans écran ni rançon</pre>
    <h2>Agenda</h2><table border="1"><tr><td>Date</td><td>Rendez-vous</td><td>Lieu</td></tr>
    <tr><td>12 mai</td><td>Foire aux livres</td><td>Rodez</td></tr><tr><td>19 mai</td><td>Nuit des musées</td><td>Albi</td></tr></table>
    <table><tr><td bgcolor="#c0392b"><a href="https://loge.example/cinema">Cinéma</a></td></tr></table>
    <p><strong>ENTRETIEN</strong></p><p><strong>Pourquoi ce festival maintenant ?</strong></p><p>Parce que la ville l'attendait.</p>
    <p><strong>Et demain ?</strong></p><p>Nous irons à Lille.</p>
    <div id="likes"><h2>On a aimé</h2><p>Le dernier roman de Léa Vidal, sobre et juste.</p></div>
    </body></html>"""
    issue = read_issue(page.encode(), "loge.html")
    said = _read(issue)
    for read in ("Nous veillons la nuit", "Foire aux livres", "Cinéma", "Parce que la ville l'attendait.", "Le dernier roman de Léa Vidal"):
        assert read in said, read
    assert not any(reason in ("code", "table", "button", "share bar") for _, reason in _dropped(issue))


def test_html_mjml_font_size_zero_cells_are_read_a_zero_size_pre_header_is_not() -> None:
    # MJML, Mailjet, Brevo: "font-size:0px" on every layout cell, the real size on the text inside
    cell = '<tr><td style="font-size:0px;padding:10px 25px"><div style="font-family:Arial;font-size:15px">{}</div></td></tr>'
    page = f"""<html><head><title>Le Comptoir #9 — Les halles rouvrent</title></head><body>
    <div style="display:block;font-size:0px;line-height:0;color:#fff">Trois marchés, deux fermetures et un chiffre<span style="font-size:1px">&#8204;</span></div>
    <table>{cell.format('<span style="font-weight:bold">Les halles rouvrent</span>')}
    {cell.format("Les halles de Rodez rouvrent lundi après quatorze mois de travaux, avec vingt-deux étals.")}
    {cell.format("Le marché du samedi reste sur la place, le temps que les commerçants s'installent.")}</table>
    </body></html>"""
    issue = read_issue(page.encode(), "comptoir.html")
    said = _read(issue)
    assert "vingt-deux étals" in said and "le temps que les commerçants" in said
    assert ("Trois marchés, deux fermetures et un chiffre", "hidden text (pre-header)") in _dropped(issue)
    # the headline drawn in bold, not the newsletter's name and number
    assert issue.title == "Les halles rouvrent"


def test_html_quote_keeps_its_author_line_a_dialogue_line_stays_apart() -> None:
    page = """<html><body><h1>Le Comptoir n° 10</h1><h2>En bref</h2>
    <p>Le marché de gros de Rungis a publié ses chiffres annuels, en hausse de 4 % sur un an.</p>
    <div style="font-style:italic">« Nous vendons moins de volume, mais mieux. »<br><span>— Paule Ardent, directrice des halles, lors des vœux</span></div>
    <p>Les ventes de fruits reculent.</p>
    <div>« Et le prix du kilo ? »<br>— Il n'a pas bougé depuis mars, nous a-t-on répondu !</div>
    <p>Vous recevez cet e-mail parce que vous êtes inscrit. Se désabonner.</p>
    </body></html>"""
    issue = read_issue(page.encode(), "comptoir.html")
    said = _read(issue)
    assert "« Nous vendons moins de volume, mais mieux. » — Paule Ardent, directrice des halles, lors des vœux" in said
    assert "Paule Ardent" not in " ".join(d.text for d in issue.dropped)
    assert "« Et le prix du kilo ? » —" not in said


_GHOST_PAGE = """<html><head><title>La Friche n° 30 : les vergers en fleur</title></head><body>
<nav><a href="/">Accueil</a></nav><main><article>
<header><h1 class="article-title">Les vergers fleurissent trois semaines trop tôt</h1>
<p class="article-excerpt">La Friche n° 30 : les vergers, le gel, les assureurs et un entretien avec une arboricultrice.</p>
<div class="article-byline"><h4 class="author-name"><a href="/author/paul/">Paul Lemarchal</a></h4>
<div class="byline-meta-content"><time datetime="2026-03-20">20 mars 2026</time><span>&bull; 9 min de lecture</span></div></div></header>
<section class="gh-content">
<div class="kg-card kg-audio-card"><div class="kg-audio-title">Écouter cette lettre</div><span class="kg-audio-current-time">0:00</span><div>/<span>12:05</span></div></div>
<p>Bonjour,</p>
<p>Les pommiers du Limousin sont en fleur depuis le 2 mars, un record d'avance selon la chambre d'agriculture.</p>
<aside class="encadre"><p><strong>Ce qu'il faut savoir.</strong> Une gelée de moins deux degrés suffit à détruire une fleur ouverte.</p></aside>
<p>Les arboriculteurs ont sorti les bougies antigel et les tours à vent, qui tournent toute la nuit.</p>
<div class="kg-card kg-callout-card"><div class="kg-callout-emoji">🍏</div><div class="kg-callout-text">Un verger compte environ 2 500 arbres à l'hectare.</div></div>
<figure class="kg-card kg-bookmark-card"><a href="/gel-2021/"><div class="kg-bookmark-title">Le gel d'avril 2021, cinq ans après</div>
<div class="kg-bookmark-description">Ce que les vergers ont appris.</div><span class="kg-bookmark-author">La Friche</span><span class="kg-bookmark-publisher">Paul Lemarchal</span></a></figure>
<p>Les assureurs, eux, relèvent leurs franchises de dix points pour la campagne qui s'ouvre.</p>
<div class="kg-card kg-product-card"><h4 class="kg-product-card-title">Le guide de La Friche</h4><div class="kg-product-card-description"><p>180 pages, 19 €, sur notre site.</p></div><a href="/guide/" class="kg-product-card-button"><span>Commander</span></a></div>
<div class="kg-card kg-file-card"><a href="/files/gel.pdf"><div class="kg-file-card-title">Bulletin gel — mars 2026</div><div class="kg-file-card-filename">gel-mars-2026.pdf</div><div class="kg-file-card-filesize">2.1 MB</div></a></div>
<p>À la semaine prochaine.</p>
</section></article></main>
<aside class="read-more"><h3>Vous pourriez aussi aimer</h3><p>La cerise de Céret fête ses cent ans de marché.</p></aside>
</body></html>"""


def test_html_ghost_page_reads_its_text_and_leaves_its_cards_out() -> None:
    issue = read_issue(_GHOST_PAGE.encode(), "friche.html")
    said = _read(issue)
    assert issue.title == "Les vergers fleurissent trois semaines trop tôt"
    assert issue.signature == "Paul Lemarchal"  # the byline signs it
    # the box inside the article is read, in its flow; the callout's text without its icon
    assert "Ce qu'il faut savoir. Une gelée de moins deux degrés" in said and "2 500 arbres" in said
    assert "Paul Lemarchal" not in [s.title for s in issue.sections]
    for gone in ("La Friche n° 30", "9 min de lecture", "Écouter", "0:00", "12:05", "🍏", "cinq ans après", "Le guide", "19 €", "gel-mars-2026", "2.1 MB", "Céret"):
        assert gone not in said, gone
    reasons = {text: reason for text, reason in _dropped(issue)}
    assert reasons["La Friche n° 30 : les vergers, le gel, les assureurs et un entretien avec une arboricultrice."] == "standfirst"
    assert reasons["0:00"] == "audio player" and reasons["🍏"] == "emoji"
    assert reasons["Le gel d'avril 2021, cinq ans après"] == "link card" and reasons["2.1 MB"] == "download link"
    assert reasons["Le guide de La Friche"] == "promotion"
    assert reasons["La cerise de Céret fête ses cent ans de marché."] == "sidebar"  # beside the article, not in it


def test_html_page_sidebar_without_article_is_still_left_out() -> None:
    page = """<html><body><div id="page"><div id="content"><h1>La Friche n° 31</h1><h2>Le gel est passé</h2>
    <p>Les vergers du Limousin ont perdu un tiers de leurs fleurs dans la nuit de mardi.</p>
    <p>Les producteurs attendent la visite du préfet, prévue vendredi à Saint-Yrieix.</p></div>
    <aside id="secondary"><h3>Archives</h3><p>Retrouvez nos anciens numéros classés par mois.</p></aside></div></body></html>"""
    issue = read_issue(page.encode(), "friche.html")
    assert ("Retrouvez nos anciens numéros classés par mois.", "sidebar") in _dropped(issue)


def test_pull_quote_repeating_the_text_is_left_out_a_quote_said_nowhere_else_is_read() -> None:
    page = """<html><body><h1>La Friche n° 32</h1><h2>Entretien avec une arboricultrice</h2>
    <p><strong>La Friche : Avez-vous perdu votre récolte ?</strong></p>
    <p>Pas toute. Nous avons sauvé les parcelles du haut. Le gel ne monte jamais jusqu'aux crêtes, c'est connu.</p>
    <blockquote class="pullquote">« Le gel ne monte jamais jusqu'aux crêtes, c'est connu. »</blockquote>
    <blockquote>« Un verger, c'est trente ans de travail, pas une saison. »</blockquote>
    <p>Les parcelles du bas seront replantées en poiriers à l'automne.</p></body></html>"""
    issue = read_issue(page.encode(), "friche.html")
    assert ("« Le gel ne monte jamais jusqu'aux crêtes, c'est connu. »", "pull quote") in _dropped(issue)
    assert "trente ans de travail" in _read(issue)
    markdown = (
        "# La Friche n° 33\n\n## Entretien\n\n**Comment tenez-vous ?**\n\n"
        "Nous vendons en direct, à la ferme. Personne ne marchande une pomme cueillie le matin.\n\n"
        "> « Personne ne marchande une pomme cueillie le matin. »\n\nLa boutique ouvre le samedi.\n"
    )
    issue = read_issue(markdown.encode(), "friche.md")
    assert ("« Personne ne marchande une pomme cueillie le matin. »", "pull quote") in _dropped(issue)


def test_sidenote_is_left_out_and_the_sentence_reads_on() -> None:
    markdown = (
        "# La Friche n° 34\n\n## Le grand gel\n\n"
        'Les vergers ont connu leur pire nuit depuis 1991.<aside class="sidenote">En 1991, le gel avait '
        "détruit les trois quarts des fleurs.</aside> Les pommes seront rares cet automne, et chères.\n"
    )
    issue = read_issue(markdown.encode(), "friche.md")
    assert "depuis 1991. Les pommes seront rares" in _read(issue)
    assert ("En 1991, le gel avait détruit les trois quarts des fleurs.", "sidenote") in _dropped(issue)
    page = (
        "<html><body><h1>La Friche n° 34</h1><h2>Le grand gel</h2><p>Les vergers ont connu leur pire nuit depuis "
        '1991.<span class="sidenote">En 1991, le gel avait détruit les trois quarts des fleurs.</span> Les pommes '
        "seront rares cet automne, et chères.</p></body></html>"
    )
    issue = read_issue(page.encode(), "friche.html")
    assert "depuis 1991. Les pommes seront rares" in _read(issue)
    assert ("En 1991, le gel avait détruit les trois quarts des fleurs.", "sidenote") in _dropped(issue)


def test_word_html_press_releases_with_a_list_and_an_agenda_box() -> None:
    item = '<p class="MsoListParagraph" style="text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol"><span style="mso-list:Ignore">·<span>&nbsp;&nbsp;</span></span></span><![endif]>{}<o:p></o:p></p>'
    page = f"""<html><body><div class="WordSection1">
    <p class="MsoNormal"><b><span style="font-size:20.0pt">La Lettre du département</span></b></p>
    <p class="MsoNormal"><b>COMMUNIQUÉS</b></p>
    <p class="MsoNormal"><b>Routes : 40 M€ pour les ponts</b></p>
    <p class="MsoNormal"><i>Tulle, le 2 mars 2026 –</i> L'assemblée a voté un plan de réfection. Il prévoit&nbsp;:</p>
    {item.format("la reprise de 18 ponts sur la Dordogne&nbsp;;")}
    {item.format("un diagnostic des 300 autres d'ici à 2028.")}
    <p class="MsoNormal"><b>Collèges : la cantine à un euro</b></p>
    <p class="MsoNormal"><i>Tulle, le 5 mars 2026 –</i> Les familles modestes paieront un euro le repas dès la rentrée.</p>
    <table style="background:#FBE5D6"><tr><td>
    <p class="MsoNormal"><b>À VOS AGENDAS</b></p>
    <p class="MsoNormal"><b>12 mars</b> – Réunion publique sur les ponts, Argentat</p>
    <p class="MsoNormal"><b>4 avril</b> – Forum des métiers, Brive</p>
    <p class="MsoNormal"><b>9-11 avril</b> – Foire de la châtaigne, Meymac</p>
    </td></tr></table>
    <table style="background:#E2EFDA"><tr><td>
    <p class="MsoNormal"><b>LE SAVIEZ-VOUS ?</b></p>
    <p class="MsoNormal">Le département entretient 4 700 km de routes. C'est plus que la distance de Brest à Moscou.</p>
    <p class="MsoNormal">Un pont sur cinq a plus de cent ans. Le plus vieux date de 1820.</p>
    </td></tr></table>
    <p class="MsoNormal"><b>EN CHIFFRES</b></p>
    <p class="MsoNormal">18 ponts – 300 diagnostics – 40 M€</p>
    </div></body></html>"""
    issue = read_issue(page.encode(), "departement.html")
    titles = [s.title for s in issue.sections]
    assert "COMMUNIQUÉS" in titles and "À VOS AGENDAS" in titles and "EN CHIFFRES" in titles
    releases = next(s for s in issue.sections if s.title == "COMMUNIQUÉS")
    # the two releases alike, each its headline as the lead; the list read in the first, without Word's "·"
    assert [i.lead for i in releases.items] == ["Routes : 40 M€ pour les ponts", "Collèges : la cantine à un euro"]
    assert "Il prévoit : la reprise de 18 ponts sur la Dordogne ; un diagnostic" in releases.items[0].text
    assert "·" not in _read(issue)
    agenda = next(s for s in issue.sections if s.title == "À VOS AGENDAS")
    assert [i.lead for i in agenda.items] == ["12 mars", "4 avril", "9-11 avril"]
    # a box of sentences keeps its paragraphs
    assert "Un pont sur cinq a plus de cent ans. Le plus vieux date de 1820." in _read(issue)
    assert not any(i.lead == "Le département entretient 4 700 km de routes" for s in issue.sections for i in s.items)


def test_wishing_a_good_read_closes_the_editorial() -> None:
    text = (
        "La Lettre du département n° 8\n\nÉDITORIAL\n\nLes ponts de la Dordogne ont cent ans. Nous avons voté leur réfection, "
        "qui durera six ans et coûtera 40 M€.\n\nJe vous souhaite une bonne lecture.\n\nROUTES\n\n"
        "Le pont d'Argentat fermera du 2 au 30 juin pour des travaux d'étanchéité.\n"
    )
    issue = read_issue(text.encode(), "departement.txt")
    assert ("Je vous souhaite une bonne lecture.", "sign-off") in _dropped(issue)


def test_html_counter_examples_an_insert_that_sells_a_quotation_announced_a_product_reviewed_a_masthead_in_bold() -> None:
    page = """<html><head><title>Sécheresse : les nappes au plus bas | La Goutte</title></head><body>
    <p><b>La Goutte</b></p><h2>Les nappes au plus bas</h2>
    <p>La ministre a été claire :</p><blockquote>« Nous ne pouvons plus irriguer comme avant, il faut partager l'eau. »</blockquote>
    <p>Une affichette reprend ses mots : « Nous ne pouvons plus irriguer comme avant, il faut partager l'eau. »</p>
    <aside class="encart"><p>Le Club de La Goutte</p><p>Rejoignez nos 4 000 membres.</p><p><a href="https://goutte.example/club">Je rejoins le club</a></p></aside>
    <p>Les préfets ont pris des arrêtés dans trente départements.</p>
    <div class="kg-card kg-product-card"><h4>Le pluviomètre Pluvio 2</h4><p>Notre avis : fiable et silencieux, il tient l'hiver.</p></div>
    </body></html>"""
    issue = read_issue(page.encode(), "goutte.html")
    said = _read(issue)
    assert issue.title == "Sécheresse : les nappes au plus bas"
    assert "il faut partager l'eau" in said and "fiable et silencieux" in said
    assert "Rejoignez nos 4 000 membres." not in said


def test_html_a_rating_in_stars_is_read_an_icon_is_not() -> None:
    # "⭐⭐⭐⭐☆" alone in its paragraph is the review's rating, which the next sentence refers to;
    # a callout's "💡" alone says nothing
    page = """<html><body><h2>Notre essai du vélo cargo</h2>
    <p>Nous avons roulé un mois avec ce vélo, par tous les temps, avec deux enfants à l'arrière.</p>
    <p>⭐⭐⭐⭐☆</p><p>Une bonne note, donc, malgré un poids qui se sent dans les montées.</p>
    <div class="callout"><p>💡</p><p>Un vélo cargo pèse souvent plus de 40 kilos.</p></div></body></html>"""
    issue = read_issue(page.encode(), "essai.html")
    said = _read(issue)
    assert "⭐⭐⭐⭐☆" in said and "💡" not in said


def test_html_word_numbered_lists_keep_their_numbers_when_they_are_content() -> None:
    # Outlook's list paragraphs draw their numbers in "mso-list:Ignore": a ranking counted down keeps them,
    # and so does an agenda whose points the text refers to ("au point 2"); another numbered list is marked only
    def items(numbers: list[int], texts: list[str]) -> str:
        return "".join(
            f"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>{n}.<span> </span></span>{t}</p>"
            for n, t in zip(numbers, texts, strict=True)
        )

    page = (
        "<html><body><h2>Les romans les plus empruntés</h2><p>Du troisième au premier, à la médiathèque ce printemps :</p>"
        + items([3, 2, 1], ["Un roman policier breton", "Un récit de montagne", "Une saga familiale"])
        + "<h2>Le conseil du 2 juillet</h2><p>L'ordre du jour est le suivant :</p>"
        + items([1, 2, 3], ["Le budget de la piscine", "La vente du presbytère", "Les horaires de la mairie"])
        + "<p>Les questions sur le point 2 sont à poser au secrétariat avant le 25 juin.</p>"
        + "<h2>Les bons gestes</h2><p>Pour trier vos déchets :</p>"
        + items([1, 2, 3], ["Videz les pots", "Aplatissez les cartons", "Séparez le verre"])
        + "</body></html>"
    )
    said = _read(read_issue(page.encode(), "conseil.html"))
    assert "3. Un roman policier breton" in said and "1. Une saga familiale" in said
    assert "2. La vente du presbytère" in said
    assert "Aplatissez les cartons" in said and "2. Aplatissez" not in said


def test_markdown_hugo_toml_front_matter_and_shortcodes_are_not_read() -> None:
    # Hugo's front matter between "+++" lines gives the title, the date and the author; its shortcodes are
    # markup: a figure and a video are left out, a partner's block is an advertisement, a notice box keeps
    # its title and its text; a heading's anchor "{#agenda}" is not said
    markdown = (
        '+++\ntitle = "Les vignes montent en altitude"\ndate = 2026-05-08T06:30:00+02:00\n'
        'authors = ["Lucie Fabre"]\ndraft = false\n[params]\n  cover = "/img/vignes.jpg"\n+++\n\n'
        "## Les coteaux\n\n"
        '{{< figure src="/img/coteau.jpg" caption="Un coteau au-dessus de Gaillac. Photo : L. F." >}}\n\n'
        "Les viticulteurs plantent désormais à 600 mètres, où les nuits restent fraîches en août.\n\n"
        '{{< youtube id="aB3dE5fG7h" title="La vendange au drone" >}}\n\n'
        '{{% notice info "Le chiffre du mois" %}}\n**1,2 °C** : la hausse de la température moyenne du vignoble en trente ans.\n{{% /notice %}}\n\n'
        '{{< partner name="Cave Coop" >}}\nLa Cave Coop vous offre une dégustation gratuite ce samedi.\n{{< /partner >}}\n\n'
        "## Rendez-vous {#agenda}\n\n- 14 mai : la fête du vin nouveau à Cordes\n\n{{< related >}}\n"
    )
    issue = read_issue(markdown.encode(), "vignes.md")
    assert issue.title == "Les vignes montent en altitude"
    assert issue.date == dt.date(2026, 5, 8) and issue.signature == "Lucie Fabre"
    said = _read(issue)
    for markup in ("+++", "title =", "cover", "{{", "youtube", "Gaillac", "dégustation", "related", "{#", "%"):
        assert markup not in said
    assert "600 mètres" in said and "la hausse de la température" in said and "la fête du vin" in said
    assert "Le chiffre du mois" in [s.title for s in issue.sections] and "Rendez-vous" in [s.title for s in issue.sections]
    reasons = dict((reason, text) for text, reason in _dropped(issue))
    assert {"image description", "embedded player", "sponsored block", "related articles"} <= set(reasons)


def test_html_google_docs_reviewer_comments_and_footnotes_are_not_read() -> None:
    # Google Docs' "Web page" export puts the footnotes and the reviewers' comments (their thread, "Assigned to …")
    # at the end, each opening with its link back to the call: never read, wherever they fall
    page = (
        '<html><body><h1 class="c8">Le marché</h1><p class="c1"><span>Les halles rouvrent samedi après deux ans de '
        'travaux</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span>, avec quarante étals</span>'
        '<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup><span>.</span></p>'
        '<h1 class="c8">Le quartier</h1><p class="c1"><span>La rue piétonne est prolongée jusqu\'au pont.</span></p>'
        '<div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span> Le chantier avait commencé en 2024.</span></p></div>'
        '<div class="c26"><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Paul : tu es sûr du chiffre ?</span></p>'
        '<p class="c1"><span>_Assigned to Nadia Roussel_</span></p></div></body></html>'
    )
    issue = read_issue(page.encode(), "marche.html")
    said = _read(issue)
    assert "avec quarante étals." in said and "prolongée jusqu'au pont" in said
    for unsaid in ("[a]", "[1]", "Paul", "Assigned", "chantier avait commencé"):
        assert unsaid not in said
    reasons = {reason for _, reason in _dropped(issue)}
    assert {"footnote", "reviewer comment"} <= reasons


def test_a_masthead_line_of_details_over_the_title_is_no_title_nor_headlines() -> None:
    # "La lettre … · n° 12 · samedi 4 avril 2026" over Mailchimp's "** Title": the masthead, which dates the
    # issue; a tagline that says when the letter comes ("…, chaque mardi") with its number is no headline
    text = (
        "La lettre mensuelle des jardins partagés · n° 12 · samedi 4 avril 2026\n\n"
        "** Les semis de printemps\n------------------------------------------------------------\n\n"
        "** Au potager\n------------------------------------------------------------\n\n"
        "Les tomates se sèment en godets dès la mi-mars, à l'abri du gel. Les radis, eux, vont directement en terre.\n\n"
        "Les fèves plantées en novembre sont déjà en fleurs dans la plupart des parcelles du quartier.\n"
    )
    issue = read_issue(text.encode(), "jardins.txt")
    assert issue.title == "Les semis de printemps" and issue.date == dt.date(2026, 4, 4)
    page = (
        "<html><head><title>Le Comptoir n° 40 – Les boulangers face au prix du beurre</title></head>"
        "<body><p>LE COMPTOIR</p><p>Le journal des artisans, chaque mardi · n° 40 · mardi 7 avril 2026</p>"
        "<h1>Les boulangers face au prix du beurre</h1>"
        "<p>Au sommaire : le beurre au plus haut · un apprenti sur deux reste · la foire de Caen</p>"
        "<h2>Le beurre au plus haut</h2><p>Le prix de la plaquette a doublé en deux ans, et les croissants suivent.</p>"
        "<p>Les artisans rognent leurs marges plutôt que de passer à la margarine, pour l'instant.</p></body></html>"
    )
    issue = read_issue(page.encode(), "comptoir.html")
    assert issue.headlines == ("le beurre au plus haut", "un apprenti sur deux reste", "la foire de Caen")
    assert issue.date == dt.date(2026, 4, 7)


def test_html_a_post_header_subtitle_author_welcome_and_menu() -> None:
    # Beehiiv's post: the subtitle (a sentence, in an <h2>) is the standfirst, the author's name over the date
    # signs and dates the issue, the welcome is the show's to say, the menu's list gives the headlines
    page = (
        "<html><body><h1>Le rail reprend la main</h1>"
        "<h2>Quai 9 #41 · La SNCF commande 60 rames, Lyon rouvre une gare et le fret respire.</h2>"
        "<div><span>Noémie Carrel</span><span><time>4 mai 2026</time></span></div>"
        "<p>Bonjour à toutes et à tous, et bienvenue aux 240 nouveaux abonnés de la semaine 👋</p>"
        "<p><b>Au menu aujourd'hui :</b></p><ul><li>La SNCF commande 60 rames</li><li>Lyon rouvre une gare</li>"
        "<li>Le fret respire</li></ul><h2>L'édito : le train de retard</h2>"
        "<p>Soixante rames d'un coup, c'est la plus grosse commande depuis dix ans, et elle arrive tard.</p>"
        "<p>Les voyageurs, eux, n'ont pas attendu : les trains du week-end sont pleins depuis Pâques.</p>"
        "<h2>Les infos</h2><p>La gare de Vaise rouvre ses guichets lundi, après trois ans de travaux.</p></body></html>"
    )
    issue = read_issue(page.encode(), "quai9.html")
    assert issue.headlines == ("La SNCF commande 60 rames", "Lyon rouvre une gare", "Le fret respire")
    assert issue.signature == "Noémie Carrel" and issue.date == dt.date(2026, 5, 4)
    said = _read(issue)
    for unsaid in ("Quai 9 #41", "4 mai 2026", "bienvenue", "Au menu"):
        assert unsaid not in said
    assert issue.sections[0].kind == "editorial" and "Soixante rames" in said


def test_html_an_article_page_author_card_is_the_header() -> None:
    # LinkedIn's article: the author's name, her roles set as a heading, "Publié le …" and "+ Suivre" sign and date
    # the issue; the thanks to subscribers is the show's to say and "Au programme de ce numéro 8 : …" the headlines
    page = (
        "<html><body><article><h1>Les haies reviennent dans les champs</h1>"
        "<div><h3>Paul Lemaire</h3><h4>Agronome | Conseiller chez Terres Vives | Auteur de « Sols vivants »</h4>"
        "<p><time>Publié le 6 mai 2026</time></p><a href='/follow'>+ Suivre</a></div>"
        "<p>Chers abonnés, merci d'être de plus en plus nombreux à me lire chaque mois !</p>"
        "<p>Au programme de ce numéro 8 : le plan haies, la paille trop chère, deux chiffres et mon agenda.</p>"
        "<h2>Le plan haies</h2><p>L'État finance désormais la plantation de 50 000 kilomètres de haies d'ici à 2030.</p>"
        "<p>Les agriculteurs y voient un abri pour le bétail, et un coût d'entretien qu'ils redoutent.</p>"
        "<h2>La paille trop chère</h2><p>La sécheresse a fait doubler le prix de la paille en un an.</p>"
        "<p>Le Sillon vous a été utile ? Transférez-le à un collègue, il pourra s'inscrire ici.</p></article></body></html>"
    )
    issue = read_issue(page.encode(), "haies.html")
    assert issue.signature == "Paul Lemaire" and issue.date == dt.date(2026, 5, 6)
    assert issue.headlines[:2] == ("le plan haies", "la paille trop chère")
    said = _read(issue)
    for unsaid in ("Agronome", "Suivre", "Chers abonnés", "Au programme", "Transférez"):
        assert unsaid not in said
    assert [s.title for s in issue.sections] == ["Le plan haies", "La paille trop chère"]


def test_html_a_signer_in_bold_over_her_job_signs_the_editorial() -> None:
    # HubSpot's editorial ends "Bonne lecture," / "<strong>Name</strong><br>Associée, Company": the name signs, the job
    # is not read, and no chapter is named after her; a rubric in bold over an event after a sign-off stays a rubric
    page = (
        "<html><body><h1>Les artisans recrutent</h1><h2>L'édito : la fin de la pénurie ?</h2><p>Bonjour,</p>"
        "<p>Les carnets de commandes sont pleins, et pour la première fois depuis 2019 les apprentis affluent.</p>"
        "<p>Reste à les garder : un sur trois quitte son patron avant la fin de la première année.</p>"
        "<p>Bonne lecture,</p><p><strong>Margaux Dellière</strong><br>Associée, Cabinet Ormeau</p>"
        "<h2>Les chiffres</h2><p>Les chambres de métiers comptent 12 % d'apprentis de plus qu'en 2025.</p>"
        "<p>Le bâtiment en accueille à lui seul près de la moitié, surtout en maçonnerie.</p>"
        "<p>À bientôt,</p><p><strong>Agenda</strong><br>Salon de l'apprentissage, Rouen</p>"
        "<p>Les portes ouvertes des centres de formation auront lieu le 14 mars.</p></body></html>"
    )
    issue = read_issue(page.encode(), "artisans.html")
    assert issue.signature == "Margaux Dellière"
    assert issue.sections[0].kind == "editorial" and "Margaux Dellière" not in [s.title for s in issue.sections]
    said = _read(issue)
    assert "Cabinet Ormeau" not in said and "Margaux" not in said
    assert "Salon de l'apprentissage" in said or "Agenda" in [s.title for s in issue.sections]


def test_html_a_poll_marked_by_its_class_is_left_out_with_its_question() -> None:
    # Beehiiv's poll: its answers are links to vote (a listener cannot click), its question and heading go with them
    page = (
        "<html><body><h1>Le tri sélectif</h1><h2>La consigne revient</h2>"
        "<p>Les bouteilles en verre seront consignées dans trois régions dès l'automne.</p>"
        "<p>Les brasseurs, eux, l'ont déjà remise en place chez les cafetiers.</p>"
        "<h2>🗳️ Votre avis</h2><p>Rapporteriez-vous vos bouteilles au magasin ?</p>"
        '<div class="poll"><a class="poll__option" href="/p?c=1">👍 Oui</a><a class="poll__option" href="/p?c=2">👎 Non</a></div>'
        "<h2>Agenda</h2><p>Le 12 juin, une collecte de verre a lieu place du marché.</p></body></html>"
    )
    issue = read_issue(page.encode(), "tri.html")
    said = _read(issue)
    assert "Rapporteriez" not in said and "Votre avis" not in said and "Oui" not in said
    assert "consignées" in said and "collecte de verre" in said
    assert ("Rapporteriez-vous vos bouteilles au magasin ?", "poll") in _dropped(issue)


def test_html_a_sub_heading_over_a_list_is_kept() -> None:
    # "<h3>En bref</h3><ul>…" under a rubric in h2: a chapter of its own (a rubric's name); another sub-heading over a
    # list announces it in its section ("Ce que change la réforme :"); neither is left out as a heading with no text
    page = (
        "<html><body><h1>La semaine des fromagers</h1>"
        "<h2>Les nouvelles</h2><h3>Le comté augmente</h3><p>La meule prend 6 % en un an, à cause du lait plus cher.</p>"
        "<h3>Ce que change la réforme</h3><ul><li>Les caves devront être déclarées.</li>"
        "<li>Les affineurs auront un registre commun.</li></ul>"
        "<h3>En bref</h3><ul><li><b>Roquefort</b> ouvre une nouvelle cave à Saint-Affrique.</li>"
        "<li><b>Salers</b> perd deux fermes cette année.</li></ul>"
        "<h2>Le portrait</h2><p>Jeanne affine des tommes depuis trente ans dans les Bauges.</p></body></html>"
    )
    issue = read_issue(page.encode(), "fromages.html")
    titles = [s.title for s in issue.sections]
    assert titles == ["Les nouvelles", "En bref", "Le portrait"]
    news = [i.text for i in issue.sections[0].items]
    assert "Ce que change la réforme :" in news and "Les caves devront être déclarées." in news
    assert [i.text.split()[0] for i in issue.sections[1].items] == ["Roquefort", "Salers"]
    assert not [d for d in issue.dropped if d.reason == "heading with no text"]


def test_html_an_interview_title_cut_short_is_completed_by_its_guest() -> None:
    # Mailchimp: "<h2>Trois questions à…</h2>", then the guest and each question in bold: one interview, its questions
    # asked by the other voice, not a chapter named after the guest and one per question
    page = (
        "<html><body><h1>Les ports de pêche</h1><h2>La criée</h2><p>Le merlu se vend mieux que l'an dernier à Lorient.</p>"
        "<p>Les volumes restent faibles.</p>"
        "<h2>Trois questions à…</h2><p><strong>Anne Le Bihan, patronne d'un chalutier à Guilvinec</strong></p>"
        "<p><strong>Pourquoi avoir changé de filets ?</strong></p><p>Pour ne plus prendre les petits poissons.</p>"
        "<p><strong>Et l'an prochain ?</strong></p><p>Nous visons une pêche à la ligne pour le bar.</p></body></html>"
    )
    issue = read_issue(page.encode(), "ports.html")
    titles = [s.title for s in issue.sections]
    assert titles == ["La criée", "Trois questions à Anne Le Bihan, patronne d'un chalutier à Guilvinec"]
    assert issue.sections[1].paragraphs[0] == "Q : Pourquoi avoir changé de filets ?"


def test_html_sections_in_h1_keep_their_stories_in_h2() -> None:
    # a Google Docs export sets its sections in h1 ("Title" is a class): the h2 stories under "Marchés" are its items,
    # the first one as the second (not the first a paragraph and the second a chapter)
    page = (
        '<html><body><p class="title">La lettre des vignerons</p><h1>Éditorial</h1><p>Bonjour à tous.</p>'
        "<p>La vendange s'annonce précoce, et les cuves sont déjà pleines.</p><p>Il faudra vendre vite.</p>"
        "<h1>Marchés</h1><h2>Le bordeaux recule</h2><p>Le tonneau perd 10 % en un mois, faute d'acheteurs.</p>"
        "<h2>Le crémant progresse</h2><p>Les ventes ont doublé en Alsace depuis janvier.</p>"
        "<h1>Agenda</h1><p>Le 4 septembre, une dégustation se tient à Colmar.</p></body></html>"
    )
    issue = read_issue(page.encode(), "vignerons.html")
    markets = next(s for s in issue.sections if s.title == "Marchés")
    assert [i.lead for i in markets.items] == ["Le bordeaux recule", "Le crémant progresse"]
    assert "Le crémant progresse" not in [s.title for s in issue.sections]


def test_html_a_figures_table_in_a_layout_table_is_left_out_with_its_sources() -> None:
    # HubSpot marks every table role="presentation": a grid under a header row of words is still a table of figures,
    # and its note naming the sources goes with it; a layout's table of stories is read
    page = (
        "<html><body><h1>Les marchés agricoles</h1><h2>Les cours</h2>"
        "<p>Le blé a repris des couleurs cette semaine, porté par la demande égyptienne.</p>"
        '<table role="presentation"><tr><td><strong>Produit</strong></td><td><strong>Prix</strong></td><td><strong>Évolution</strong></td></tr>'
        "<tr><td>Blé tendre</td><td>212 €/t</td><td>+3 %</td></tr><tr><td>Colza</td><td>455 €/t</td><td>-1 %</td></tr>"
        "<tr><td>Maïs</td><td>198 €/t</td><td>+0,5 %</td></tr></table>"
        "<p>Prix au 3 juin. Sources : Euronext, FranceAgriMer.</p>"
        "<h2>Les récoltes</h2><p>Les moissons commencent avec dix jours d'avance dans le Sud-Ouest.</p>"
        '<table role="presentation"><tr><td><p>La vigne souffre du mildiou en Gironde, 30 % des parcelles sont touchées.</p></td></tr></table>'
        "</body></html>"
    )
    issue = read_issue(page.encode(), "cours.html")
    said = _read(issue)
    assert "Colza" not in said and "Évolution" not in said and "Euronext" not in said
    assert [s.title for s in issue.sections] == ["Les cours", "Les récoltes"]
    assert "demande égyptienne" in said and "mildiou" in said
    assert ("Prix au 3 juin. Sources : Euronext, FranceAgriMer.", "table") in _dropped(issue)


def test_html_an_agenda_table_is_read_one_entry_a_row() -> None:
    # Google Docs' agenda table "Date | Événement | Lieu": each row one entry, its date first, the header not read
    page = (
        "<html><body><h1>La lettre des musées</h1><h2>Expositions</h2>"
        "<p>Le musée des Beaux-Arts rouvre après deux ans de travaux.</p><p>Sa collection de primitifs est enfin visible.</p>"
        "<h2>Agenda</h2><table><tr><td><p>Date</p></td><td><p>Événement</p></td><td><p>Lieu</p></td></tr>"
        "<tr><td><p>12/05</p></td><td><p>Nuit des musées</p></td><td><p>Partout en France</p></td></tr>"
        "<tr><td><p>3-5/06</p></td><td><p>Salon du dessin</p></td><td><p>Paris</p></td></tr></table></body></html>"
    )
    issue = read_issue(page.encode(), "musees.html")
    agenda = issue.sections[-1]
    assert agenda.title == "Agenda"
    assert [i.text for i in agenda.items] == ["12/05 : Nuit des musées, Partout en France", "3-5/06 : Salon du dessin, Paris"]
    assert "Événement" not in _read(issue)


def test_html_a_quotation_keeps_its_author_in_its_figcaption() -> None:
    # Beehiiv: "<blockquote><p>« … »</p><figcaption class="blockquote__byline">Name, role</figcaption>": who said it,
    # read with the quotation, not left out as a photo's caption; a photo's own caption still is
    page = (
        "<html><body><h1>La forêt brûle moins</h1><h2>Le bilan de l'été</h2>"
        "<p>Les surfaces brûlées ont reculé de moitié par rapport à la moyenne décennale.</p>"
        "<blockquote><p>« La prévention paie enfin, mais il suffit d'un été sec pour tout perdre. »</p>"
        '<figcaption class="blockquote__byline">Marc Rivière, colonel des pompiers du Var</figcaption></blockquote>'
        "<figure><img src='feu.jpg'><figcaption>Un Canadair au-dessus des Maures. Photo : DR</figcaption></figure>"
        "<h2>Les moyens</h2><p>Deux avions de plus seront basés à Nîmes l'an prochain.</p></body></html>"
    )
    issue = read_issue(page.encode(), "foret.html")
    said = _read(issue)
    assert "» — Marc Rivière, colonel des pompiers du Var" in said
    assert ("Un Canadair au-dessus des Maures. Photo : DR", "image caption or credit") in _dropped(issue)


def test_html_a_survey_s_results_marked_poll_results_are_read() -> None:
    # the class "poll" leaves a poll to vote in out, not a survey's results ("poll-results", "poll__results")
    page = (
        "<html><body><h1>Le vélo en ville</h1><h2>Votre avis de la semaine dernière</h2>"
        "<p>Vous étiez 1 800 à répondre à notre question sur les pistes cyclables.</p>"
        '<div class="poll-results"><p>Plus de pistes séparées : 64 %</p><p>Plus de stationnement : 21 %</p></div>'
        '<div class="poll__results"><p>Sans avis : 15 %</p></div>'
        "<h2>Agenda</h2><p>Le 2 juin, une balade à vélo part de la mairie.</p></body></html>"
    )
    said = _read(read_issue(page.encode(), "velo.html"))
    assert "64 %" in said and "Sans avis : 15 %" in said


def test_markdown_a_quotation_under_a_sub_heading_is_read_apart_with_its_author() -> None:
    # Hugo: a story under "###", then "> …" / ">" / "> — Name, role": the quotation is an item of its own, in its
    # marks (read by the other voice) with its author line, not run into the story's text
    text = (
        "# La semaine en Provence\n\n## Les entreprises\n\n### Le chantier naval repart\n\n"
        "Le chantier de La Ciotat a signé trois commandes de yachts, et embauche 120 soudeurs.\n\n"
        "> Nous avions perdu l'habitude de dire non à des clients.\n>\n> — Hélène Sauvat, directrice du chantier\n\n"
        "### La savonnerie déménage\n\nLa savonnerie de Salon quitte le centre-ville pour une zone d'activités.\n"
    )
    issue = read_issue(text.encode(), "provence.md")
    items = issue.sections[-1].items
    assert items[0].text.endswith("embauche 120 soudeurs.")
    assert items[1].text == "« Nous avions perdu l'habitude de dire non à des clients. » — Hélène Sauvat, directrice du chantier"
    assert items[2].lead == "La savonnerie déménage"


def test_markdown_and_html_ordered_lists_keep_their_numbers_when_they_are_content() -> None:
    # a ranking counted down, a list the text refers to ("au point 2"), an "<ol reversed>": the listener hears the
    # ranks; steps counted up from 1 with nothing referring to them stay a list (their numbers are marks)
    text = (
        "# La lettre des jardins\n\n## Les légumes de l'année\n\n4. La courgette\n3. Le poireau\n2. La tomate\n1. Le radis\n\n"
        "## Les démarches\n\n1. Remplir le formulaire en ligne.\n2. Joindre un justificatif de domicile.\n\n"
        "Les dossiers incomplets au point 2 sont refusés.\n\n"
        "## Le semis\n\n1. Creuser un sillon.\n2. Semer les graines.\n3. Arroser le soir.\n"
    )
    issue = read_issue(text.encode(), "jardins.md")
    items = {s.title: [i.text for i in s.items] for s in issue.sections}
    assert items["Les légumes de l'année"][0] == "4. La courgette" and items["Les légumes de l'année"][-1] == "1. Le radis"
    assert items["Les démarches"][:2] == ["1. Remplir le formulaire en ligne.", "2. Joindre un justificatif de domicile."]
    assert items["Le semis"][0] == "Creuser un sillon."
    page = (
        "<html><body><h1>La lettre des jardins</h1><h2>Les fleurs préférées</h2><p>Votre classement :</p>"
        "<ol reversed><li>La pivoine</li><li>Le dahlia</li><li>La rose</li></ol>"
        "<h2>Le semis</h2><ol><li>Creuser un sillon.</li><li>Semer les graines.</li><li>Arroser le soir.</li></ol></body></html>"
    )
    issue = read_issue(page.encode(), "jardins.html")
    items = {s.title: [i.text for i in s.items] for s in issue.sections}
    assert items["Les fleurs préférées"] == ["3. La pivoine", "2. Le dahlia", "1. La rose"]
    assert items["Le semis"][0] == "Creuser un sillon."


def test_an_article_page_s_own_advert_call_to_comment_and_other_articles_are_left_out() -> None:
    # LinkedIn's article ends with the author's advertisement for her course, a call to comment and "Autres articles
    # de …": none is read; a story about comments ("Les internautes ont réagi en commentaire…") is
    page = (
        "<html><body><article><h1>Le vélo cargo s'installe</h1><h2>Les livreurs s'équipent</h2>"
        "<p>Trois enseignes de livraison ont commandé 400 vélos cargos pour le centre de Lyon.</p>"
        "<p>Sous l'annonce, les internautes ont réagi en commentaire par centaines, souvent pour s'en réjouir.</p>"
        "<p><strong>Publicité personnelle :</strong> mon atelier « Rouler en ville » reprend en juin, inscription en message privé.</p>"
        "<p>Et vous, prenez-vous le vélo pour aller travailler ? Dites-le-moi en commentaire 👇</p>"
        "<section><h2>Autres articles de Louise Perrin</h2><ul><li><a href='/a'>Le tramway de Tours a dix ans</a></li>"
        "<li><a href='/b'>Les trottinettes interdites à Lille</a></li></ul></section></article></body></html>"
    )
    issue = read_issue(page.encode(), "velo.html")
    said = _read(issue)
    assert "400 vélos cargos" in said and "ont réagi en commentaire" in said
    for unsaid in ("Publicité personnelle", "Dites-le-moi", "Autres articles", "tramway"):
        assert unsaid not in said
    assert [s.title for s in issue.sections] == ["Les livreurs s'équipent"]


def test_a_button_named_by_its_class_and_a_text_part_s_follow_links_are_left_out() -> None:
    # Mailchimp: the button's colour is on the table around "<a class="mcnButton">"; its text part prints the follow
    # links as "LinkedIn (https://…)" after the last rubric
    page = (
        "<html><body><h1>La lettre du port</h1><h2>Les ferries</h2><p>Brittany Ferries ajoute une rotation vers Cork cet été.</p>"
        "<p>La compagnie attend 15 % de passagers de plus.</p><table style='background-color:#004b87'><tr><td>"
        "<a class='mcnButton' href='https://exemple.fr/horaires'>Voir les horaires</a></td></tr></table>"
        "<h2>Agenda</h2><p>Le 14 juillet, la fête du port a lieu quai Est.</p></body></html>"
    )
    issue = read_issue(page.encode(), "port.html")
    assert "Voir les horaires" not in _read(issue) and ("Voir les horaires", "button") in _dropped(issue)
    text = (
        "La lettre du port\n\n** Les ferries\n------------------------------------------------------------\n\n"
        "Brittany Ferries ajoute une rotation vers Cork cet été. La compagnie attend 15 % de passagers de plus.\n\n"
        "** Agenda\n------------------------------------------------------------\n\n"
        "14/07 – Fête du port, quai Est\n20/07 – Régates, Saint-Malo\n\n"
        "============================================================\n"
        "LinkedIn (https://www.linkedin.com/company/lettre-du-port)\nBluesky (https://bsky.app/profile/lettreduport)\n"
    )
    said = _read(read_issue(text.encode(), "port.txt"))
    assert "Régates" in said and "linkedin.com" not in said and "Bluesky" not in said


def test_html_a_box_among_an_article_s_paragraphs_stays_in_the_article() -> None:
    # a coloured box with a bold title over short lines between two paragraphs of a story: its lines are read in the
    # story, announced by its title; the story's last paragraphs are not handed to a chapter named after the box
    page = (
        "<html><body><h1>La lettre des forêts</h1><h2>Les scolytes gagnent le Jura</h2>"
        "<p>L'Office national des forêts a recensé 40 000 épicéas touchés depuis janvier dans le massif.</p>"
        "<table style='background-color:#fff3e0'><tr><td><div style='font-weight:bold'>Communes touchées</div>"
        "<div>Morez ferme deux sentiers</div><div>Les Rousses interdit le bois de chauffage local</div>"
        "<div>Saint-Claude abat une parcelle entière</div></td></tr></table>"
        "<p>Les scieries craignent un effondrement des prix de l'épicéa cet automne.</p>"
        "<h2>La chasse</h2><p>Le plan de chasse du chevreuil est relevé de 10 % en Haute-Saône.</p></body></html>"
    )
    issue = read_issue(page.encode(), "forets.html")
    assert [s.title for s in issue.sections] == ["Les scolytes gagnent le Jura", "La chasse"]
    story = _read(issue)
    assert "Communes touchées" in story and "Morez ferme deux sentiers" in story and "scieries" in story
    assert "scieries" in " ".join([*issue.sections[0].paragraphs, *(i.text for i in issue.sections[0].items)])


def test_html_a_poll_with_its_own_question_leaves_the_articles_last_questions() -> None:
    # the poll's markup asks its own question: the article's questions over it are its text, read (not one
    # trimmed per poll block)
    page = (
        "<html><body><h1>La semaine</h1><h2>Le vélo au travail</h2>"
        "<p>Les salariés venus à vélo sont deux fois plus nombreux qu'en 2019, selon l'Ademe.</p>"
        "<p>Le forfait mobilités suffira-t-il ?</p>"
        "<p>Et si la vraie question était celle des parkings que les entreprises n'ont jamais construits ?</p>"
        '<div class="poll"><p>Venez-vous au travail à vélo ?</p><a class="poll__option">Oui</a><a class="poll__option">Non</a></div>'
        "<h2>Agenda</h2><p>Le 12 juin, une bourse aux vélos a lieu place du marché.</p></body></html>"
    )
    issue = read_issue(page.encode(), "velo.html")
    said = _read(issue)
    assert "Le forfait mobilités suffira-t-il ?" in said and "des parkings que les entreprises" in said
    assert ("Venez-vous au travail à vélo ?", "poll") in _dropped(issue)


def test_html_filled_stars_between_news_paragraphs_are_a_divider() -> None:
    # "⭐⭐⭐" between two paragraphs of news divides the text: left out, not said "trois étoiles"; beside a
    # review's verdict, filled stars are its rating
    page = """<html><body><h2>Les chiffres</h2>
    <p>Le trafic des TER a progressé de 6 % en Bretagne l'an dernier, selon la Région.</p><p>⭐⭐⭐</p>
    <p>Les cars régionaux, eux, ont perdu un voyageur sur dix depuis la hausse des tarifs.</p></body></html>"""
    issue = read_issue(page.encode(), "ter.html")
    assert "⭐" not in _read(issue) and ("⭐⭐⭐", "emoji") in _dropped(issue)
    page = """<html><body><h2>Notre essai du vélo pliant</h2>
    <p>Nous avons roulé trois semaines avec ce vélo, entre le train et le bureau.</p><p>★★★★</p>
    <p>Une très bonne note, donc, malgré une selle trop dure.</p></body></html>"""
    assert "★★★★" in _read(read_issue(page.encode(), "essai.html"))


def test_markdown_hugo_code_is_left_out_and_a_quote_keeps_its_author() -> None:
    # '{{< highlight … >}}' holds code, left out like a fenced block; '{{< quote author="…" >}}' is read with its author
    text = (
        '---\ntitle: "La Console n° 7"\ndate: 2026-04-03\n---\n\n## Le shell du mois\n\n'
        "Une nouvelle version de l'interpréteur de commandes est sortie cette semaine, plus rapide au démarrage.\n\n"
        "{{< highlight bash >}}\nmake install\n{{< /highlight >}}\n\n"
        '{{< quote author="Amélie Durand" >}}\nNous avons divisé par trois le temps de démarrage.\n{{< /quote >}}\n\n'
        "Les paquets des distributions suivront d'ici à l'été.\n"
    )
    issue = read_issue(text.encode(), "console.md")
    said = _read(issue)
    assert "make install" not in said and "highlight" not in said and ("make install", "code") in _dropped(issue)
    assert "« Nous avons divisé par trois le temps de démarrage. » — Amélie Durand" in said


def test_html_the_titles_h1_and_one_dossier_in_h1_do_not_make_sections_in_h1() -> None:
    # "<h1>La Gazette du Jura</h1>" then one "<h1>Dossier : …</h1>": the title is no section, so the stories in h2 after
    # the dossier are chapters of their own, not all items of the dossier (the news about trains with them)
    page = (
        "<html><body><h1>La Gazette du Jura</h1><p>Jeudi 4 juin 2026</p>"
        "<h1>Dossier : la forêt souffre</h1><p>Les scolytes ont gagné tout le massif cette année.</p>"
        "<h2>Les scieries s'équipent</h2><p>Trois scieries investissent dans des séchoirs pour les bois abîmés.</p>"
        "<h2>Le train de nuit revient à Morez</h2><p>La ligne rouvre en décembre, avec deux allers-retours par semaine.</p>"
        "</body></html>"
    )
    issue = read_issue(page.encode(), "gazette.html")
    assert "Le train de nuit revient à Morez" in [s.title for s in issue.sections]


def test_html_a_storys_own_summary_in_h3_over_a_list_stays_in_the_story() -> None:
    # "<h2>story</h2><p>…</p><h3>Ce qu'il faut retenir</h3><ul>…</ul><p>…</p>": the story's summary, announced in it,
    # not a chapter of its own taking the story's last paragraph (nor the story taken for the editorial)
    page = (
        "<html><body><h1>La Lettre des communes</h1>"
        "<h2>Le budget des écoles adopté</h2><p>Le conseil municipal a voté lundi un budget scolaire en hausse de 4 %.</p>"
        "<h3>Ce qu'il faut retenir</h3><ul><li>Les cantines passent au bio à moitié.</li><li>Deux classes rouvrent.</li></ul>"
        "<p>L'opposition a voté contre, jugeant la hausse insuffisante.</p>"
        "<h2>La piscine ferme un mois</h2><p>Les travaux de la toiture commencent en juillet.</p>"
        "<h3>Le calendrier des travaux</h3><ul><li>Juillet : la toiture.</li><li>Août : les vestiaires.</li></ul>"
        "<p>Le bassin extérieur reste ouvert tout l'été.</p></body></html>"
    )
    issue = read_issue(page.encode(), "communes.html")
    assert [s.title for s in issue.sections] == ["Le budget des écoles adopté", "La piscine ferme un mois"]
    assert "Ce qu'il faut retenir :" in [i.text for i in issue.sections[0].items]
    assert issue.sections[0].kind == "news"


def test_text_an_issue_quoted_as_a_whole_loses_every_mark_a_threshold_in_it_keeps_its_own() -> None:
    # "> 12/05 : …", "> 3. …": in a copy quoted line by line, a line starting with a figure is quoted too, not
    # "plus de 12/05"; a threshold of the issue, quoted, keeps its own mark ("> > 30 °C" is still "plus de")
    text = "\n".join(
        [
            "> La Lettre du Causse",
            "> Samedi 9 mai 2026",
            ">",
            "> Les foires de printemps",
            "> Les éleveurs du plateau se retrouvent à nouveau sur les champs de foire après deux années difficiles.",
            ">",
            "> À l'agenda",
            "> 12/05 : foire aux bestiaux de Sauveterre",
            "> 19/05 : concours de brebis à Séverac",
            ">",
            "> Les seuils de la préfecture",
            "> > 30 °C le jour : arrosage interdit",
            "> > 35 °C le jour : travaux aux champs avancés à l'aube",
        ]
    )
    issue = read_issue(text.encode(), "causse.txt")
    said = _read(issue)
    assert "12/05" in said and "> 12/05" not in said and "> 19/05" not in said
    assert "> 30 °C le jour" in [i.lead for s in issue.sections for i in s.items]


def test_text_a_forwarded_issue_keeps_its_countdowns_ranks() -> None:
    # the forwarder's note and the forwarding header go in front of the issue's blocks: the countdown's ranks, found
    # before, keep to their own lines ("3. Rodez" is still "trois", and no rank slips onto the line after)
    text = "\n".join(
        [
            "Salut Léa, je te fais suivre la lettre de cette semaine.",
            "Bonne lecture, Hugo",
            "",
            "---------- Forwarded message ---------",
            "De : La Lettre du Causse <bonjour@causse.example>",
            "Subject: Les marchés du plateau",
            "",
            "La Lettre du Causse",
            "Samedi 9 mai 2026",
            "",
            "Les marchés les plus courus",
            "Le classement des marchés de plein air établi par les offices de tourisme du département.",
            "5. Espalion, le vendredi matin",
            "4. Saint-Geniez, le samedi",
            "3. Rodez, le samedi matin",
            "2. Villefranche, le jeudi",
            "1. Laguiole, le dimanche",
            "",
            "Les foires de printemps",
            "Les éleveurs du plateau se retrouvent à nouveau sur les champs de foire après deux années difficiles.",
        ]
    )
    issue = read_issue(text.encode(), "causse.txt")
    items = [i.text for s in issue.sections for i in s.items]
    assert [t for t in items if t[:1].isdigit()] == [
        "5. Espalion, le vendredi matin",
        "4. Saint-Geniez, le samedi",
        "3. Rodez, le samedi matin",
        "2. Villefranche, le jeudi",
        "1. Laguiole, le dimanche",
    ]
    assert ("Salut Léa, je te fais suivre la lettre de cette semaine.", "forwarding note") in _dropped(issue)


def test_text_an_outlook_or_apple_forward_keeps_the_issues_own_date() -> None:
    # "Envoyé : mardi 12 mai 2026 08:15" (Outlook), "Date: 12 mai 2026 à 08:15:40 UTC+2" (Apple Mail): the day it was
    # forwarded; the issue's own date line wins, and the forward's day dates the issue only when it has none
    issue_lines = [
        "La Lettre du Causse",
        "Samedi 9 mai 2026",
        "",
        "Les foires de printemps",
        "Les éleveurs du plateau se retrouvent à nouveau sur les champs de foire après deux années difficiles.",
        "",
        "Le lait bio en baisse",
        "Deux laiteries du département réduisent leur collecte, faute de débouchés en grande surface.",
    ]
    outlook = ["De : La Lettre du Causse <bonjour@causse.example>", "Envoyé : mardi 12 mai 2026 08:15",
               "À : Léa <lea@exemple.fr>", "Objet : TR: Les foires de printemps", ""]
    apple = ["Envoyé de mon iPhone", "", "Début du message réexpédié :", "",
             "De: La Lettre du Causse <bonjour@causse.example>", "Date: 12 mai 2026 à 08:15:40 UTC+2",
             "Objet: Les foires de printemps", ""]
    for header in (outlook, apple):
        issue = read_issue("\n".join(header + issue_lines).encode(), "causse.txt")
        assert issue.date == dt.date(2026, 5, 9)
        assert "forwarding header" in {d.reason for d in issue.dropped if "12 mai 2026" in d.text}
    undated = read_issue("\n".join(outlook + issue_lines[:1] + issue_lines[2:]).encode(), "causse.txt")
    assert undated.date == dt.date(2026, 5, 12)


_AD = [
    "Partenaire",
    "Vos tracteurs méritent mieux qu'un carnet papier. AgriSuivi note chaque passage, chaque plein et chaque "
    "réparation, et prévient avant la prochaine vidange. Essai gratuit de 14 jours.",
    "",
    "Essayer gratuitement →",
    "",
]


def test_text_a_heading_with_no_blank_line_under_it_after_an_ad_is_a_section_not_the_ads() -> None:
    # after an ad's button, "Les foires" / its lead paragraph with no blank line between, then its briefs: the ad ends
    # at its button, the section is read with its briefs; so is a rubric over its first brief with no blank line, and
    # a heading over its intro and a numbered ranking is a section of its own, not the last brief
    text = "\n".join(
        [
            "La Lettre du Causse",
            "Samedi 9 mai 2026",
            "",
            "Un printemps chargé",
            "Les éleveurs du plateau ont beaucoup à faire ce printemps, et nous aussi, entre les foires et les concours.",
            "",
            *_AD,
            "Les foires de printemps",
            "Après deux années difficiles, les champs de foire du plateau se remplissent à nouveau, et les prix suivent.",
            "",
            "Sauveterre fait le plein",
            "La foire aux bestiaux a accueilli 400 exposants, un record depuis dix ans, et près de 9 000 visiteurs.",
            "",
            "Séverac mise sur les brebis",
            "Le concours de brebis a réuni 60 éleveurs venus de trois départements, avec un jury de cinq juges.",
            "",
            "Laguiole double sa surface",
            "La foire de mai s'étend désormais sur deux prés, pour accueillir les engins agricoles d'occasion.",
            "",
            "Les circuits courts",
            "La ferme des Cazals ouvre un magasin",
            "Six producteurs vendent désormais leurs fromages, leur viande et leurs légumes dans une ancienne grange.",
            "",
            "Le marché de Rodez s'agrandit",
            "Vingt étals de producteurs s'ajoutent le samedi matin sur la place de la cathédrale, dès le mois de juin.",
            "",
            "Les fromages les plus vendus",
            "Nous avons compté les ventes de trois fromagers du marché pendant un mois. Voici le classement obtenu.",
            "",
            "3. Le bleu des Causses, 310 kilos",
            "2. Le laguiole, 420 kilos",
            "1. Le roquefort, 560 kilos",
        ]
    )
    issue = read_issue(text.encode(), "causse.txt")
    sections = {s.title: s for s in issue.sections}
    assert "Les foires de printemps" in sections
    assert [i.lead for i in sections["Les foires de printemps"].items] == ["Sauveterre fait le plein", "Séverac mise sur les brebis", "Laguiole double sa surface"]
    assert [i.lead for i in sections["Les circuits courts"].items] == ["La ferme des Cazals ouvre un magasin", "Le marché de Rodez s'agrandit"]
    assert [i.text for i in sections["Les fromages les plus vendus"].items][0] == "3. Le bleu des Causses, 310 kilos"
    assert "Sauveterre fait le plein" not in " ".join(d.text for d in issue.dropped)


def test_text_stories_after_an_ads_button_are_chapters_not_the_ads_briefs() -> None:
    # "Essayer gratuitement →" is no heading over briefs: the three stories under it, each told with its day, are read
    # as chapters (the button's line had made them briefs, swallowed by the ad)
    stories = [
        ("La préfecture restreint l'arrosage", "La préfète a signé mardi un arrêté qui interdit l'arrosage des jardins en journée dans tout le département."),
        ("Le lait bio en baisse", "Deux laiteries du département ont annoncé jeudi qu'elles réduisent leur collecte, faute de débouchés en magasin."),
        ("La gare de Séverac rouvre", "Les travaux sont achevés et les trains régionaux s'y arrêtent de nouveau depuis lundi, trois fois par jour."),
    ]
    text = "\n".join(
        ["La Lettre du Causse", "Samedi 9 mai 2026", "", "Un printemps chargé",
         "Les éleveurs du plateau ont beaucoup à faire ce printemps, et nous aussi, entre les foires et les concours.", "",
         *_AD, *[f"{title}\n{body}\n" for title, body in stories]]
    )
    issue = read_issue(text.encode(), "causse.txt")
    assert [s.title for s in issue.sections][1:] == [title for title, _ in stories]
    assert {d.reason for d in issue.dropped if "préfète" in d.text or "laiteries" in d.text} == set()


def test_text_a_zero_width_space_after_a_rank_keeps_the_countdown() -> None:
    # "3. \u200bLe bleu des Causses": copied from a web page, an invisible space after the rank; the ranks are still read
    text = "\n".join(
        [
            "La Lettre du Causse",
            "Samedi 9 mai 2026",
            "",
            "Les fromages les plus vendus",
            "Nous avons compté les ventes de trois fromagers du marché pendant un mois. Voici le classement obtenu.",
            "",
            "3. \u200bLe bleu des Causses, 310 kilos",
            "2. \u200bLe laguiole, 420 kilos",
            "1. \u200bLe roquefort, 560 kilos",
        ]
    )
    issue = read_issue(text.encode(), "causse.txt")
    items = [i.text for s in issue.sections for i in s.items]
    assert items == ["3. Le bleu des Causses, 310 kilos", "2. Le laguiole, 420 kilos", "1. Le roquefort, 560 kilos"]


def test_markdown_an_agenda_under_a_bold_rubric_keeps_all_its_entries() -> None:
    # "**À l'agenda**" then one paragraph per date ("12/05 : …"): the entries are the agenda's items, not headings with
    # no text left out (all but the first were)
    text = (
        "# La Lettre du Causse\n\nSamedi 9 mai 2026\n\n## Les foires de printemps\n\n"
        "Les éleveurs du plateau se retrouvent à nouveau sur les champs de foire après deux années difficiles.\n\n"
        "**À l'agenda**\n\n12/05 : foire aux bestiaux de Sauveterre\n\n19/05 : concours de brebis à Séverac\n\n"
        "26/05 – 28/05 : salon des engins agricoles, Rodez\n\n02/06 : marché des producteurs, Laguiole\n"
    )
    issue = read_issue(text.encode(), "causse.md")
    items = [i.lead + " " + i.text for s in issue.sections for i in s.items]
    assert len(items) == 4 and all(date in " ".join(items) for date in ("12/05", "19/05", "26/05", "02/06"))
    assert not [d for d in issue.dropped if d.reason == "heading with no text"]


@pytest.mark.parametrize(
    "ad",
    [
        "Partenaire\n\nRailBox loue des casiers connectés dans les gares de la région.\n\n→ Réservez un casier : https://railbox.example/reserver",
        "Sponsorisé par RailBox\n\nRailBox loue des casiers connectés dans les gares de la région.\n\nRéservez un casier → https://railbox.example/r",
        "Un mot de notre partenaire\n\nRailBox loue des casiers connectés dans les gares. Réservez un casier → https://railbox.example/r",
        "Partenaire\n\nRailBox loue des casiers connectés dans les gares de la région.\n\n→ En savoir plus : railbox.fr/offre",
        "Partenaire\n\nRailBox loue des casiers connectés dans les gares de la région.\n\n→ Réservez un casier",
    ],
)
def test_text_an_ad_inside_a_section_ends_at_its_button_with_its_address(ad: str) -> None:
    # "Partenaire" / its text / "→ Réservez un casier : https://…" between two briefs: only the ad and its button go,
    # the section's next briefs are read (the button's address, or the arrow taken for a bullet, had hidden the button,
    # and the ad ran to the next heading)
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "• Ligne des Causses • La ligne rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art.\n\n"
        f"{ad}\n\n"
        "• Des trains de nuit • Deux allers-retours par semaine relieront la vallée à la capitale dès le 10 juillet.\n\n"
        "• La Région sévit sur les retards • Le contrat prévoit des pénalités plus lourdes à partir de septembre.\n\n"
        "Le fret\n\n• Le wagon isolé • Trois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    sections = {s.title: s for s in issue.sections}
    assert [i.lead for i in sections["Les trains de l'été"].items][-2:] == ["Des trains de nuit", "La Région sévit sur les retards"]
    assert "RailBox" not in _read(issue)
    assert {d.reason for d in issue.dropped if "RailBox" in d.text or "casier" in d.text} == {"sponsored block"}


@pytest.mark.parametrize(
    "footer",
    [
        "Vous recevez La Lettre du Rail car vous êtes abonné(e).",
        "Vous avez aimé La Lettre du Rail ? Transférez-la à un collègue.\nVous recevez Rail Hebdo parce que vous vous êtes inscrit sur rail.example.",
        "Vous avez aimé ce numéro ? Faites-le suivre.",
    ],
)
def test_text_a_footer_line_naming_the_letter_leaves_the_postscript_and_its_signer(footer: str) -> None:
    # "Vous recevez <the letter> car vous êtes abonné(e).", whatever its name: the footer, not a chapter named after
    # the editor who signs the P.S. above it, nor the P.S. an item of the last section
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nL'été du rail\n\n"
        "Les chantiers s'achèvent, les lignes rouvrent et les trains de nuit reviennent : l'été s'annonce chargé sur nos rails.\n\n"
        "Mathilde Roussel\n\nLes trains de l'été\n\n"
        "• Ligne des Causses • La ligne rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art.\n\n"
        "• Des trains de nuit • Deux allers-retours par semaine relieront la vallée à la capitale dès le 10 juillet.\n\n"
        "P.S. Pas de lettre le 13 juin : toute l'équipe sera dans le premier train de la ligne rouverte.\n\n"
        f"Mathilde Roussel\n\n{footer}\nSe désabonner : https://rail.example/u/42\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [s.title for s in issue.sections] == ["L'été du rail", "Les trains de l'été"]
    assert issue.postscript == ("P.S. Pas de lettre le 13 juin : toute l'équipe sera dans le premier train de la ligne rouverte.",)
    assert "Vous" not in _read(issue)


def test_text_advice_on_unwanted_calls_is_no_footer() -> None:
    # "Vous recevez des appels … car vous êtes inscrit sur une liste ?": advice, not the letter's footer; the brief and
    # the ones after it are read
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nVos droits\n\n"
        "• Démarchage • Vous recevez des appels de démarchage car vous êtes inscrit sur un fichier ? Le service Bloctel les interdit.\n\n"
        "• Remboursements • Un retard de plus d'une heure ouvre droit à un remboursement d'un quart du billet.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [i.lead for s in issue.sections for i in s.items] == ["Démarchage", "Remboursements"]


def test_text_a_briefs_headline_keeps_its_colon_and_its_wink() -> None:
    # "• Retards : la Région sévit • Le contrat …": the headline before the "•" is the lead, not "Retards" cut at its
    # colon; "• Un été sans panne (ou presque) • …" ends with a headline's wink, and is a lead like the others
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "• Retards : la Région sévit • Le contrat signé jeudi prévoit des pénalités plus lourdes à partir de septembre.\n\n"
        "• Un été sans panne (ou presque) • Les nouvelles rames n'ont connu que deux pannes en quatre mois de service.\n\n"
        "• Tarifs : le billet à 1 € revient pour les moins de 26 ans pendant tout l'été.\n\n"
        "• Horaires : 6 h – 23 h • Fréquence : 30 min\n\n"
        "• Sam Roy (SNCF) : il promet des rames neuves sur la ligne dès le mois de septembre prochain.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    items = [(i.lead, i.text[:12]) for s in issue.sections for i in s.items]
    assert items[:3] == [("Retards : la Région sévit", "Le contrat s"), ("Un été sans panne (ou presque)", "Les nouvelle"), ("Tarifs", "le billet à ")]
    assert items[3][0] == "Horaires" and items[4][0] == ""  # (details, not a headline; a name with its aside is no lead)


def test_text_a_names_line_closing_a_section_names_it_not_the_next() -> None:
    # "SNCF Réseau • Alstom • Région Occitanie" after the briefs that name them, over the next heading: the names of the
    # section above (the next one is still news, not briefs); names over briefs that name them stay with them
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nL'été du rail\n\n"
        "Les chantiers s'achèvent, les lignes rouvrent et les trains de nuit reviennent : l'été s'annonce chargé sur nos rails.\n\n"
        "Mathilde Roussel\n\nLes lignes rouvrent\n\n"
        "• Ligne des Causses • SNCF Réseau rouvre la ligne le 4 juillet après huit mois de travaux sur les ouvrages d'art.\n\n"
        "• Des rames neuves • Alstom livre à la Région Occitanie les dix premières rames commandées en 2023.\n\n"
        "SNCF Réseau • Alstom • Région Occitanie\n\nLe fret se réveille\n\n"
        "• Le wagon isolé • Trois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac.\n\n"
        "• Les céréales • Une coopérative expédie de nouveau son blé par le train, deux fois par semaine.\n\n"
        "Fret SNCF • Capdenac\n\nLe fret, suite\n\n"
        "• Capdenac agrandit sa plateforme • Fret SNCF y ajoute deux voies de chargement d'ici la fin de l'année.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    sections = {s.title: s for s in issue.sections}
    assert sections["Les lignes rouvrent"].names == ("SNCF Réseau", "Alstom", "Région Occitanie")
    assert sections["Les lignes rouvrent"].kind == "news"
    assert sections["Le fret se réveille"].names == () and sections["Le fret se réveille"].kind == "news"
    assert sections["Le fret, suite"].names == ("Fret SNCF", "Capdenac")


def test_text_an_ad_among_bullets_without_leads_ends_at_its_button() -> None:
    # bullets with no lead-in before and after "Partenaire" / its text / its button: the section's next bullets are read
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "• La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art.\n\n"
        "Partenaire\n\nRailBox loue des casiers connectés dans les gares de la région.\n\n→ Réservez un casier : https://railbox.example/r\n\n"
        "• Deux allers-retours de nuit par semaine relieront la vallée à la capitale dès le 10 juillet.\n\n"
        "• Le contrat signé jeudi prévoit des pénalités plus lourdes en cas de retard à partir de septembre.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert len([i for s in issue.sections for i in s.items]) == 3
    assert "RailBox" not in _read(issue)


def test_text_classified_ads_are_left_out_with_their_contacts() -> None:
    # "Petites annonces": readers' ads with a private e-mail or phone number, never spoken; a short ad's first line
    # ("Vends vélo cargo") over its details is the ad's, not a heading; the next story is read
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Petites annonces\n\n"
        "Vends vélo cargo électrique\n\nTrès bon état, batterie neuve, 1 800 € à débattre. Contact : j.roux@courriel.example\n\n"
        "Cheminot retraité cherche maquettes de locomotives anciennes, toutes échelles. Tél. 06 98 76 54 32.\n\n"
        "Le fret se réveille\n\n"
        "Trois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac, qui expédie six trains par semaine.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    said = _read(issue)
    assert "courriel.example" not in said and "06 98" not in said and "vélo cargo" not in said
    assert [s.title for s in issue.sections] == ["Les trains de l'été", "Le fret se réveille"]
    assert {d.reason for d in issue.dropped if "Tél." in d.text or "Vends" in d.text} == {"classified ads"}


def test_text_a_job_board_is_left_out_up_to_the_next_story() -> None:
    # "Offres d'emploi" with its offers ("… (H/F) – Rodez – CDI" over its description, "→ Postuler : https://…"): for
    # readers who click; an offer's line is no chapter of its own, and the story after the board is read
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "💼 Offres d'emploi\n\n"
        "Conducteur de train (H/F) – Régio Sud – Rodez – CDI\n"
        "La compagnie cherche des conducteurs pour ses nouvelles rames, formation assurée pendant douze mois.\n"
        "→ Postuler : https://emplois.rail.example/conducteur\n\n"
        "Technicienne de maintenance (F/H) – Ateliers du Causse – Millau – CDD 12 mois\n"
        "Entretien préventif des rames, astreintes un week-end sur quatre.\n\n"
        "Le fret se réveille\n\n"
        "Trois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac, qui expédie six trains par semaine.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [s.title for s in issue.sections] == ["Les trains de l'été", "Le fret se réveille"]
    assert "Postuler" not in _read(issue) and "H/F" not in _read(issue)
    assert sum(d.reason == "job offers" for d in issue.dropped) >= 5


def test_text_a_story_on_hiring_is_no_job_board() -> None:
    # a headline on hiring, or a rubric "Emploi", is news: only a board's whole title ("Ils recrutent") opens one
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Ils recrutent encore, malgré la crise\n\n"
        "Les ateliers de Millau embauchent quarante techniciens cette année, contre vingt l'an dernier, selon la direction.\n\n"
        "Emploi\n\n"
        "Le nombre de cheminots de la région a progressé de 3 % en un an, une première depuis dix ans.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [s.title for s in issue.sections][1:] == ["Ils recrutent encore, malgré la crise", "Emploi"]
    assert not [d for d in issue.dropped if d.reason in ("job offers", "classified ads")]


def test_text_a_sponsor_with_a_title_line_is_left_out_up_to_its_signup_button() -> None:
    # "Partenaire" / its offer's title ("Atelier · Conduite éco pour les chauffeurs") / short lines / "→ Je m'inscris :
    # https://…": the whole advertisement, its title no chapter; the story after it is read
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Partenaire\n\n"
        "Atelier · Conduite éco pour les chauffeurs\n\nUne journée à Rodez ou à distance, 450 € HT par stagiaire.\n\n"
        "Prochaine date : 3 septembre 2026.\n\n→ Je m'inscris : https://atelier-eco.example/rail\n\n"
        "Le fret se réveille\n\n"
        "Trois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac, qui expédie six trains par semaine.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [s.title for s in issue.sections] == ["Les trains de l'été", "Le fret se réveille"]
    assert {d.reason for d in issue.dropped if "Atelier" in d.text or "inscris" in d.text} == {"sponsored block"}


def test_text_a_list_from_most_to_least_read_keeps_its_ranks_and_headlines() -> None:
    # "… du plus lu au moins lu." over "1. …" to "3. …": a ranking counted up, its ranks said; a headline with its own
    # colon ("Fret : la relance") stays whole in its entry, not a lead-in said apart
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Le meilleur du semestre\n\nVos articles préférés depuis janvier, du plus lu au moins lu.\n\n"
        "1. Le retour des trains de nuit (10 janvier) – deux liaisons nouvelles vers la capitale. https://rail.example/a\n"
        "2. Fret : la relance par le wagon isolé (7 mars) – trois chargeurs de plus. https://rail.example/b\n"
        "3. Les gares rurales rouvrent (2 mai) – onze haltes rendues aux voyageurs. https://rail.example/c\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    items = [(i.lead, i.text[:36]) for i in issue.sections[-1].items]
    assert items == [
        ("", "1. Le retour des trains de nuit (10 "), ("", "2. Fret : la relance par le wagon is"), ("", "3. Les gares rurales rouvrent (2 mai"),
    ]


def test_text_a_postscript_after_an_advertisement_and_a_seasons_farewell_is_read() -> None:
    # "Un mot de notre partenaire" / its text / its button, then "P.S. …" / "Bonnes vacances," / "Léa, Marc et toute
    # l'équipe de …" before the footer: the ad ends at its button, the P.S. is the editor's last word
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Le fret se réveille\n\n"
        "Trois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac, qui expédie six trains par semaine.\n\n"
        "Un mot de notre partenaire\n\n"
        "Cet été, voyagez léger : RailBox garde vos bagages en gare pour 4 € la journée. Code ETE26 : une journée offerte.\n"
        "→ Réserver un casier : https://railbox.example/ete\n\n"
        "P.S. Pendant les vacances, nos archives restent en accès libre sur le site.\n\n"
        "Bonnes vacances,\nLéa, Marc et toute l'équipe du Rail\n\n"
        "Vous recevez cet e-mail car vous êtes abonné(e) à La Lettre du Rail. Se désabonner : https://rail.example/stop\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert issue.postscript == ("P.S. Pendant les vacances, nos archives restent en accès libre sur le site.",)
    assert "RailBox" not in _read(issue) and "vacances" not in _read(issue)


def test_text_a_quizs_line_on_its_answers_ends_the_quiz() -> None:
    # "Réponses la semaine prochaine !" under the questions and their choices ("a) … b) …"): the quiz's last line, read,
    # not a heading nor the footer; "Réponses à la crise : …" over its story, after news, is a heading
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Le jeu de l'été\n\n"
        "1. En quelle année la ligne des Causses a-t-elle ouvert ?\na) 1880 b) 1902 c) 1931\n"
        "2. Combien de viaducs compte-t-elle ?\na) 4 b) 9 c) 15\n\n"
        "Réponses dans la prochaine lettre, bonne chance !\n\n"
        "Réponses à la crise : la Région double son budget\n\n"
        "Le conseil régional a voté jeudi une enveloppe de 40 M€ pour les petites lignes, le double de l'an dernier.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    sections = {s.title: s for s in issue.sections}
    assert sections["Le jeu de l'été"].items[-1].text == "Réponses dans la prochaine lettre, bonne chance !"
    assert "Réponses à la crise : la Région double son budget" in sections


def test_text_no_editorial_this_week_and_a_correction_of_its_own() -> None:
    # "L'édito fait relâche cette semaine : …" (or in italics, "_…_") then a box "Rectificatif : …": no editorial
    # chapter announcing either; the note is left out, the correction is a section of its own ("Rectificatif")
    for note in ("L'édito fait relâche cette semaine : Léa Roy est en reportage à Turin. Elle revient le 20 juin.\n\n",
                 "_L'édito fait relâche cette semaine._\n\n", ""):
        text = (
            "La Lettre du Rail\n\nSamedi 6 juin 2026\n\n« Le train est la plus belle des lenteurs. » Anonyme\n\n" + note +
            "┌────────┐\n│ Rectificatif : dans notre lettre du 30 mai, nous avons écrit que la ligne comptait 9 viaducs. "
            "Elle en compte 11. Merci à nos lecteurs attentifs. │\n└────────┘\n\n"
            "Le fret se réveille\n\n"
            "Trois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac, qui expédie six trains par semaine.\n"
        )
        issue = read_issue(text.encode(), "rail.txt")
        assert [(s.title, s.kind) for s in issue.sections] == [("Rectificatif", "news"), ("Le fret se réveille", "news")]
        assert issue.sections[0].paragraphs[0].startswith("Dans notre lettre du 30 mai")
        assert "relâche" not in _read(issue)


def test_text_an_editorial_that_mentions_a_break_stays_the_editorial() -> None:
    # a real editorial speaking of a break in its course, and "Correction : …" on the markets, are read as they are
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "Cette semaine, la ligne des Causses rouvre. L'édito fait relâche sur les grèves, mais pas sur le fond : huit mois de "
        "travaux, deux viaducs refaits, et une Région qui promet enfin plus de trains pour l'été, à condition que l'État suive.\n\n"
        "Léa Roy\n\nLes marchés\n\n"
        "• Correction : les valeurs ferroviaires reculent de 4 % après trois semaines de hausse.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [(s.title, s.kind) for s in issue.sections] == [("Les trains de l'été", "editorial"), ("Les marchés", "news")]
    assert issue.sections[1].items[0].lead == "Correction"


def test_text_a_headline_after_the_classifieds_or_a_job_board_ends_them() -> None:
    # "Recherche : …" (a rubric before its colon) and "Parité F/H : …" (the balance a story is about) over their story
    # are headlines, not an ad nor an offer: only the ad or the offer above is left out
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Petites annonces\n\n"
        "  • Vends lanterne de quai en laiton, 90 €. Contact : p.vidal@courriel.example\n\n"
        "Recherche : l'Université Gustave-Eiffel teste un rail sans soudure\n\n"
        "Les chercheurs de Marne-la-Vallée ont posé mardi un tronçon expérimental de deux kilomètres près de Bordeaux.\n\n"
        "Offres d'emploi\n\n"
        "  • Aiguilleuse ou aiguilleur (H/F) – Capdenac – CDI\n\n"
        "Parité F/H : la SNCF encore loin du compte\n\n"
        "Les femmes ne représentent que 23 % des effectifs du groupe, selon le rapport social publié lundi par la direction.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [s.title for s in issue.sections][1:] == [
        "Recherche : l'Université Gustave-Eiffel teste un rail sans soudure", "Parité F/H : la SNCF encore loin du compte"
    ]
    assert "laiton" not in _read(issue) and "Aiguilleuse" not in _read(issue)
    # an explicit Markdown heading is never an ad's or an offer's line
    md = (
        "# La Lettre du Rail\n\n*Samedi 6 juin 2026*\n\n## Les trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art.\n\n"
        "## Petites annonces\n\n- Vends lanterne de quai en laiton, 90 €. Contact : p.vidal@courriel.example\n\n"
        "## Recherche : un rail sans soudure\n\nLes chercheurs ont posé mardi un tronçon expérimental de deux kilomètres.\n\n"
        "## Offres d'emploi\n\n- Aiguilleuse ou aiguilleur (H/F) – Capdenac – CDI\n\n"
        "## Égalité F/H : le rail en retard\n\nLes femmes ne représentent que 23 % des effectifs, selon le rapport social.\n"
    )
    issue = read_issue(md.encode(), "rail.md")
    assert [s.title for s in issue.sections][1:] == ["Recherche : un rail sans soudure", "Égalité F/H : le rail en retard"]
    assert "laiton" not in _read(issue) and "Aiguilleuse" not in _read(issue)


def test_text_a_board_rubric_over_news_is_read() -> None:
    # "Ils recrutent" over briefs on hiring plans, "Petites annonces" over a story on a classifieds site: no offer's
    # line, salary, price nor contact under them, so news, read
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Ils recrutent\n\n"
        "  • Alstom • Le constructeur prévoit 300 embauches à Figeac cette année pour tenir les cadences de ses nouvelles rames.\n\n"
        "  • Railcoop • La coopérative veut doubler ses équipes de conduite avant la reprise de la ligne Lyon-Bordeaux.\n\n"
        "Petites annonces\n\n"
        "Le site de la Vie du Rail a refondu jeudi sa rubrique d'annonces entre collectionneurs, qui revendique douze mille "
        "visiteurs par mois, et la confie désormais à un assistant qui rédige l'annonce à partir de trois photos.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [s.title for s in issue.sections][1:] == ["Ils recrutent", "Petites annonces"]
    assert "Figeac" in _read(issue) and "collectionneurs" in _read(issue)
    assert not [d for d in issue.dropped if d.reason in ("job offers", "classified ads")]


def test_text_a_numbered_dossier_ends_at_its_last_part_and_numbered_rubrics_are_none() -> None:
    # after a dossier's last part, the week's news ("La Région a inauguré mardi…") and the readers' letters are
    # chapters of their own, not intertitles of the part; no more intertitles follow the last part than a part held
    dossier = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nL'édito\n\n"
        "Un premier paragraphe d'éditorial assez long pour être une vraie phrase, sur les petites lignes et leur avenir.\n\nLéa Roy\n\n"
        "1/ Un réseau hérité\n\nLes petites lignes datent pour la plupart du plan Freycinet, voté en 1879.\n\n"
        "Des voies fatiguées\n\nUn tiers des rails devra être remplacé avant la fin de la décennie.\n\n"
        "2/ Le pari des Régions\n\nLes Régions financent désormais les deux tiers des travaux.\n\n"
        "Le train léger d'Occitanie inauguré\n\nLa Région a inauguré mardi à Figeac le premier train léger de France, qui roulera en septembre.\n\n"
        "Courrier des lecteurs\n\nJe prends la ligne des Causses chaque semaine et je m'étonne que vous parliez si peu du fret.\n"
    )
    titles = [s.title for s in read_issue(dossier.encode(), "rail.txt").sections]
    assert titles[1:] == ["1/ Un réseau hérité", "2/ Le pari des Régions", "Le train léger d'Occitanie inauguré", "Courrier des lecteurs"]
    # "1/ En France" / "2/ À l'étranger", no text of their own over their stories: rubrics, each story a chapter
    rubrics = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nL'édito\n\n"
        "Un premier paragraphe d'éditorial assez long pour être une vraie phrase, sur les petites lignes et leur avenir.\n\nLéa Roy\n\n"
        "1/ En France\n\nLa ligne des Causses rouvre\n\nLes trains reprennent le 4 juillet après huit mois de travaux.\n\n"
        "Le fret se réveille à Capdenac\n\nTrois chargeurs ont rejoint le service de wagons isolés.\n\n"
        "2/ À l'étranger\n\nL'Espagne ouvre une ligne à Grenade\n\nLa ligne relie désormais Grenade à Almería en deux heures.\n\n"
        "Le Portugal commande des rames\n\nLisbonne a commandé vingt rames régionales à un constructeur suisse.\n"
    )
    issue = read_issue(rubrics.encode(), "rail.txt")
    assert "Le fret se réveille à Capdenac" in [s.title for s in issue.sections]
    assert "Le Portugal commande des rames" in [s.title for s in issue.sections]
    assert not [s for s in issue.sections if s.kind == "dossier"]


def test_text_an_editorial_that_says_what_it_comes_back_to_is_read() -> None:
    # "L'édito de cette semaine reviendra sur …" opens the editorial on its topic: read, not a note that there is none;
    # "L'édito reviendra samedi prochain." still says there is none this week
    body = (
        "Le rail des Causses\n\n"
        "Un deuxième paragraphe d'éditorial assez long pour être une vraie phrase, sur les petites lignes et leur avenir.\n\n"
        "Léa Roy\n\nLe fret se réveille\n\nTrois chargeurs ont rejoint le service de wagons isolés de Capdenac.\n"
    )
    head = "La Lettre du Rail\n\nSamedi 6 juin 2026\n\n« Le train est la plus belle des lenteurs. » Anonyme\n\n"
    opening = "L'édito de cette semaine reviendra sur la réouverture de la ligne des Causses, fêtée mardi à Figeac.\n\n"
    issue = read_issue((head + "Le rail des Causses\n\n" + opening + body.split("\n\n", 1)[1]).encode(), "rail.txt")
    assert issue.sections[0].kind == "editorial" and issue.sections[0].paragraphs[0] == opening.strip()
    assert not [d for d in issue.dropped if d.reason == "no editorial"]
    issue = read_issue((head + "L'édito reviendra samedi prochain.\n\nLe fret se réveille\n\nTrois chargeurs ont rejoint le service.\n").encode(), "rail.txt")
    assert [d.reason for d in issue.dropped if "reviendra" in d.text] == ["no editorial"]


def test_text_an_agenda_entry_with_its_address_keeps_its_event_and_date() -> None:
    # "Fête du rail 13-14 juin : https://…": the event and its date are read, only the address is left out as a link;
    # a label with no date over its address ("Le rapport : https://…") is still a link as a whole
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Agenda\n\n"
        "  • Fête du rail 13-14 juin : https://fete-du-rail.example\n\n"
        "  • Inscriptions jusqu'au 30 juin : https://region.example/appel-petites-lignes\n\n"
        "  • Le rapport : https://region.example/rapport\n\n"
        "  • Congrès des cheminots, Albi, 2-4 octobre.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    agenda = next(s for s in issue.sections if s.title == "Agenda")
    assert [i.text for i in agenda.items] == ["Fête du rail 13-14 juin", "Inscriptions jusqu'au 30 juin", "Congrès des cheminots, Albi, 2-4 octobre."]
    assert [d.text for d in issue.dropped if d.reason == "link"] == [
        "https://fete-du-rail.example", "https://region.example/appel-petites-lignes", "Le rapport : https://region.example/rapport"
    ]


def test_text_a_headline_on_answers_after_a_quiz_is_a_story() -> None:
    # "Réponses de la SNCF aux usagers" and "Solutions" over their story, right after a quiz's choices: headlines, not
    # the quiz's line on its answers, which says when or where they are ("Réponses samedi prochain")
    quiz = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Le quiz de la semaine\n\n"
        "1. En quelle année la ligne des Causses a-t-elle ouvert ?\na) 1880 b) 1902 c) 1931\n"
        "2. Combien de viaducs compte-t-elle ?\na) 4 b) 9 c) 15\n\n"
    )
    for title in ("Réponses de la SNCF aux usagers", "Solutions"):
        text = quiz + f"{title}\n\nLa direction régionale a reçu jeudi les associations d'usagers et promis dix trains de plus.\n"
        sections = {s.title: s for s in read_issue(text.encode(), "rail.txt").sections}
        assert title in sections and "dix trains" in sections[title].paragraphs[0], title
    text = quiz + "Réponses samedi prochain !\n\nLe fret se réveille\n\nTrois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac, qui expédie six trains par semaine.\n"
    sections = {s.title: s for s in read_issue(text.encode(), "rail.txt").sections}
    said = [*sections["Le quiz de la semaine"].paragraphs, *(i.text for i in sections["Le quiz de la semaine"].items)]
    assert said[-1] == "Réponses samedi prochain !" and "Le fret se réveille" in sections


def test_text_a_seasons_wish_over_the_editorial_is_its_title() -> None:
    # "Bonne rentrée !" / "Joyeuses fêtes !" over the editorial's text: its title, not a sign-off; at the end of the
    # editorial, over its signer, it is still the sign-off
    for wish in ("Bonne rentrée !", "Joyeuses fêtes !"):
        text = (
            "La Lettre du Rail\n\nSamedi 5 septembre 2026\n\n« Le train est la plus belle des lenteurs. » Anonyme\n\n"
            f"{wish}\n\n"
            "Pendant que vous étiez en vacances, la ligne des Causses a rouvert et les trains ont été pleins tout l'été, "
            "une première depuis dix ans.\n\nLa Région promet d'en ajouter à l'automne.\n\n"
            f"{wish}\n\nLéa Roy\n\n"
            "Le fret se réveille\n\nTrois chargeurs ont rejoint le service de wagons isolés de la plateforme de Capdenac.\n"
        )
        issue = read_issue(text.encode(), "rail.txt")
        assert (issue.sections[0].title, issue.sections[0].kind) == (wish, "editorial"), wish
        assert [d.text for d in issue.dropped if d.reason == "sign-off"] == [wish]


def test_text_a_name_with_its_number_opening_the_teaser_is_a_headline() -> None:
    # "TGV-M • …", "A-380 • …": a name in capitals with its number first in the teaser is its first headline, not the
    # issue's kind ("HORS-SÉRIE • …", letters on both sides of the hyphen) left out as a kicker
    for first in ("TGV-2030", "A-380"):
        text = (
            "La Lettre du Rail\n\n"
            f"{first} • La ligne des Causses rouvre • Le fret se réveille • Bienvenue dans la Lettre du Rail, samedi 6 juin 2026.\n\n"
            "Les trains de l'été\n\nLa ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art.\n"
        )
        issue = read_issue(text.encode(), "rail.txt")
        assert issue.headlines[0] == first, first
        assert not [d for d in issue.dropped if d.reason == "teaser kicker"]


def test_text_a_storys_quoted_line_after_a_label_that_is_no_interview_stays_in_it() -> None:
    # "Rencontre avec les grévistes : « … »", "Questions au gouvernement : « … »" inside a story: its lines, read in
    # it; only the newsletter's interview ("Entretien avec Léa Roy : « … »") heads a chapter of its own
    for line in ("Rencontre avec les cheminots : « On tiendra jusqu'au bout »", "Questions au gouvernement : « Le rail ne se décrète pas »"):
        text = (
            "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
            "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
            "La grève s'installe à Capdenac\n\n"
            "Les agents du triage de Capdenac sont en grève depuis lundi contre la fermeture annoncée de leur site.\n\n"
            f"{line}\n\n"
            "Devant le dépôt, une quarantaine de cheminots se relaient jour et nuit autour d'un brasero.\n"
        )
        issue = read_issue(text.encode(), "rail.txt")
        assert [s.title for s in issue.sections][1:] == ["La grève s'installe à Capdenac"], line
        assert line in issue.sections[1].paragraphs[1]


def test_text_a_letters_signer_with_commas_stays_with_the_letter() -> None:
    # "Bien cordialement," / "Paul Vidal, Figeac, Lot" over the next headline: the letter's signer, read with it, not
    # names given to the next story
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Courrier des lecteurs\n\n"
        "Je prends la ligne des Causses chaque semaine depuis dix ans et je m'étonne que vous parliez si peu du fret, qui la fait vivre.\n\n"
        "Bien cordialement,\n\nPaul Vidal, Figeac, Lot\n\n"
        "Le fret se réveille\n\nTrois chargeurs ont rejoint mardi le service de wagons isolés de la plateforme de Capdenac.\n"
    )
    sections = {s.title: s for s in read_issue(text.encode(), "rail.txt").sections}
    assert sections["Courrier des lecteurs"].paragraphs[-1] == "Paul Vidal, Figeac, Lot"
    assert not sections["Le fret se réveille"].names and sections["Le fret se réveille"].kind == "news"


def test_text_the_places_a_story_counts_close_it_and_are_read() -> None:
    # "… a retenu les quatre gares qui …" / "Figeac, Rodez, Millau, Albi": the story's last words, read in it; not the
    # next story's names (nor a chapter of their own)
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Des gares rénovées\n\n"
        "La Région a retenu mardi les quatre gares qui seront rénovées en priorité l'an prochain, pour 12 millions d'euros.\n\n"
        "Figeac, Rodez, Millau, Albi\n\n"
        "Le fret se réveille\n\nTrois chargeurs ont rejoint mardi le service de wagons isolés de la plateforme de Capdenac.\n"
    )
    sections = {s.title: s for s in read_issue(text.encode(), "rail.txt").sections}
    assert list(sections)[1:] == ["Des gares rénovées", "Le fret se réveille"]
    assert sections["Des gares rénovées"].paragraphs[-1] == "Figeac, Rodez, Millau, Albi."
    assert not sections["Le fret se réveille"].names


def test_text_a_debates_question_asked_again_stays_in_the_story() -> None:
    # "Jean Terral : Qui croit … ?" read among the story's lines, two others answer, then "Jean Terral : Et qui paiera
    # le reste ?": the debate goes on in the story, no chapter of its own
    text = (
        "La Lettre du Rail\n\nSamedi 6 juin 2026\n\nLes trains de l'été\n\n"
        "La ligne des Causses rouvre le 4 juillet après huit mois de travaux sur les ouvrages d'art, et la Région promet plus de trains.\n\n"
        "Le débat de France Bleu\n\n"
        "Les arguments des uns et des autres, entendus lors du débat organisé mercredi par la radio, ont montré l'étendue des désaccords.\n\n"
        "Jean Terral : Qui croit sérieusement qu'un car remplacera un jour le train de nuit entre Paris et Rodez ?\n\n"
        "Carole Delga : Personne, et la Région paiera sa part des travaux.\n\n"
        "Jean Terral : Et qui paiera le reste, l'État ?\n\n"
        "Marc Vidal : L'État et SNCF Réseau, comme le prévoit le contrat de plan.\n"
    )
    issue = read_issue(text.encode(), "rail.txt")
    assert [s.title for s in issue.sections][1:] == ["Le débat de France Bleu"]
    assert issue.sections[1].paragraphs[-2:] == ("Jean Terral : Et qui paiera le reste, l'État ?", "Marc Vidal : L'État et SNCF Réseau, comme le prévoit le contrat de plan.")
