"""The recogniser's judgement on shapes an unseen French newsletter may take.

Each case is small and written by us; the golden files cover whole issues.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from audio_edition.model import Issue, Item, Section
from audio_edition.readers import read_issue
from audio_edition.readers.header import rundown


def _read(text: str, name: str = "x.txt") -> Issue:
    return read_issue(text.encode(), name)


def _dropped(issue: Issue) -> dict[str, str]:
    return {d.text: d.reason for d in issue.dropped}


def test_teaser_wordings_and_greetings() -> None:
    for teaser in (
        "AU SOMMAIRE • Un premier titre • Un second titre • Bienvenue dans La Veille, mardi 3 mars 2026.",
        "Cette semaine | Un premier titre | Un second titre | Bonne lecture, mardi 3 mars 2026",
        "À LA UNE • Un premier titre • Un second titre • Mardi 3 mars 2026",
    ):
        issue = _read(f"Le titre\n\n{teaser}\n\nUn intertitre\n\nUn paragraphe de la lettre.\n")
        assert issue.headlines == ("Un premier titre", "Un second titre"), teaser
        assert issue.date == dt.date(2026, 3, 3), teaser


def test_kicker_then_bullets_and_a_greeting_alone() -> None:
    issue = _read(
        "Le titre\n\nBonjour à toutes et à tous,\n\nAu menu :\n- Premier sujet\n- Second sujet\n\n"
        "Un paragraphe qui ouvre la lettre.\n"
    )
    assert issue.headlines == ("Premier sujet", "Second sujet")
    assert issue.sections[0].paragraphs == ("Un paragraphe qui ouvre la lettre.",)
    assert _dropped(issue) == {"Bonjour à toutes et à tous,": "greeting", "Au menu :": "teaser kicker"}


def test_no_date_no_epigraph_no_editorial_heading() -> None:
    issue = _read("Le titre\n\nUn paragraphe d'ouverture.\n\nUn second paragraphe.\n")
    assert issue.date is None and issue.epigraph is None and issue.headlines == ()
    assert issue.sections[0].kind == "editorial" and issue.sections[0].title == ""


def test_epigraph_with_the_author_on_the_next_line() -> None:
    issue = _read("Le titre\n\n“Le doute est le commencement de la sagesse.”\n— Aristote\n\nUn intertitre\n\nUn texte.\n")
    assert issue.epigraph is not None
    assert (issue.epigraph.text, issue.epigraph.author) == ("Le doute est le commencement de la sagesse.", "Aristote")


def test_lead_ins_of_every_kind() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUne phrase d'introduction.\n\n"
        "• Polygamie. Lundi, deux entreprises ont signé un accord de plusieurs années.\n"
        "• L'argent parle. Les montants annoncés dépassent tout ce qui avait été vu.\n"
        "• EN FILIGRANE : Titre court. Le texte qui suit le titre court.\n"
        "• À SURVEILLER : Un autre titre • Le texte après la puce.\n"
        "• Sam Altman l'a dit : « nous ne faisons que commencer ».\n"
    )
    items = [(i.lead, i.text) for i in issue.sections[0].items]
    assert items == [
        ("Polygamie", "Lundi, deux entreprises ont signé un accord de plusieurs années."),
        ("L'argent parle", "Les montants annoncés dépassent tout ce qui avait été vu."),
        ("EN FILIGRANE", "Titre court. Le texte qui suit le titre court."),
        ("À SURVEILLER", "Un autre titre. Le texte après la puce."),
        ("", "Sam Altman l'a dit : « nous ne faisons que commencer »."),
    ]


def test_a_short_first_sentence_alone_is_not_a_lead_in() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUne phrase.\n\n"
        "• Apple rachète une start-up. La somme n'a pas été rendue publique par les deux parties.\n"
        "• Le marché se retourne après une longue période de hausse, selon les analystes.\n"
    )
    assert [i.lead for i in issue.sections[0].items] == ["", ""]


def test_names_line_before_or_after_a_heading_and_with_common_words() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nBanque de France • Mistral AI • Commission européenne\n\n"
        "• Un sujet • Le texte du sujet.\n\nBrèves\n\nOrange • Free\n\n• Autre sujet • Son texte.\n"
    )
    briefs, named = issue.sections[1:]
    assert briefs.title == "" and briefs.kind == "briefs"
    assert briefs.names == ("Banque de France", "Mistral AI", "Commission européenne")
    assert named.title == "Brèves" and named.names == ("Orange", "Free")


def test_signature_sign_off_and_biographies() -> None:
    issue = _read(
        "Le titre\n\nL'éditorial\n\nUn paragraphe de l'éditorial.\n\nJeanne Martin\n\nLa suite\n\nUn autre texte.\n\n"
        "Jeanne Martin\n\nJournaliste depuis quinze ans, Jeanne Martin a rejoint la rédaction en 2020.\n\n"
        "Elle a auparavant dirigé un magazine.\n"
    )
    assert issue.signature == "Jeanne Martin"
    assert [s.title for s in issue.sections] == ["L'éditorial", "La suite"]
    assert list(_dropped(issue).values()) == ["author biography"] * 3


def test_a_person_named_in_a_heading_is_not_a_biography() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nSam Altman\n\nLe patron de la start-up a présenté lundi un nouvel "
        "appareil, conçu avec un ancien designer.\n"
    )
    assert issue.sections[-1].title == "Sam Altman"


def test_boilerplate_is_dropped_with_its_reason_but_news_that_mentions_it_stays() -> None:
    news = (
        "Netflix a perdu deux millions d'abonnés ce trimestre : les utilisateurs peuvent désormais s'abonner "
        "à une offre moins chère avec publicité, et se désabonner en un clic, ce que la plateforme a longtemps refusé."
    )
    issue = _read(
        "Le titre\n\nUn intertitre\n\n" + news + "\n\nPartagez cette lettre avec un proche\n\n"
        "Abonnez-vous pour lire la suite.\n\nPhoto : DR\n\nÀ lire aussi : un autre article\n\n"
        "Les derniers articles\n\nUn titre d'article\n\nMentions légales\n"
    )
    assert issue.sections[0].paragraphs == (news,)
    assert _dropped(issue) == {
        "Partagez cette lettre avec un proche": "share bar",
        "Abonnez-vous pour lire la suite.": "promotion",
        "Photo : DR": "image caption or credit",
        "À lire aussi : un autre article": "related article link",
        "Les derniers articles": "list of recent articles",
        "Un titre d'article": "list of recent articles",
        "Mentions légales": "footer",
    }


def test_paywalled_stubs_in_their_usual_forms() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nUn dossier fermé\n\n…\n\nUn autre dossier\n\n"
        "Le début d'un article réservé.\n\nLire la suite\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre"]
    assert set(_dropped(issue).values()) == {"paywalled stub"}


def test_a_whole_brief_with_its_read_more_button_is_kept() -> None:
    brief = (
        "La start-up de Heidelberg abandonne l'entraînement de grands modèles pour se concentrer sur l'outillage, "
        "et un groupe de distribution en devient l'actionnaire majoritaire."
    )
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn texte.\n\nALEPH ALPHA CHANGE DE CAP\n\n{brief}\n\nLire l'article\n")
    assert [s.title for s in issue.sections] == ["Un intertitre", "ALEPH ALPHA CHANGE DE CAP"]
    assert issue.sections[1].paragraphs == (brief,) and _dropped(issue) == {"Lire l'article": "button"}
    # before a paywall's own words, a whole paragraph is read (the free part of the dossier); a teaser cut short goes
    closed = _read(f"Le titre\n\nUn intertitre\n\nUn texte.\n\nUn dossier\n\n{brief}\n\nLa suite est réservée aux abonnés\n")
    assert [s.title for s in closed.sections] == ["Un intertitre", "Un dossier"]
    cut = _read(f"Le titre\n\nUn intertitre\n\nUn texte.\n\nUn dossier\n\n{brief[:60]}…\n\nLa suite est réservée aux abonnés\n")
    assert [s.title for s in cut.sections] == ["Un intertitre"]


def test_masthead_above_the_title() -> None:
    issue = _read("La Veille\nJeudi 5 mars 2026 · N° 12\n\nLe vrai titre\n\nUn paragraphe de la lettre.\n")
    assert issue.title == "Le vrai titre" and issue.date == dt.date(2026, 3, 5)
    assert _dropped(issue)["La Veille"] == "masthead"


def test_a_special_issue_named_after_the_newsletter_keeps_its_title() -> None:
    from audio_edition.readers.profile import load_profile

    profile = load_profile(Path(__file__).parent.parent / "feed" / "profile.toml")  # knows "Octet"
    body = "\n\n" + TEASER + "\n\nUn intertitre\n\nUn paragraphe de la lettre.\n"
    for title in ("Octet — spécial élections : les candidats face à l'IA", "Octet : édition spéciale Vivatech"):
        issue = read_issue((title + body).encode(), "x.txt", profile=profile)
        assert issue.title == title and issue.headlines == ("Les robots au travail",), title
    issue = read_issue(("Octet — la lettre de l'IA et de la tech\n\nLe vrai titre" + body).encode(), "x.txt", profile=profile)
    assert issue.title == "Le vrai titre"
    assert _dropped(issue)["Octet — la lettre de l'IA et de la tech"] == "masthead"


def test_paragraphs_after_bullets_keep_their_place() -> None:
    issue = _read("Le titre\n\nUn intertitre\n\nAvant.\n\n• Un point : son texte.\n\nAprès les points.\n")
    section = issue.sections[0]
    assert section.paragraphs == ("Avant.",)
    assert [(i.lead, i.text) for i in section.items] == [("Un point", "son texte."), ("", "Après les points.")]


def test_bullets_lost_in_the_copy_and_a_signature_on_the_sign_off_line() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUne phrase d'introduction.\n\n"
        "Coup de frein • Le marché ralentit nettement depuis le printemps dernier.\n\n"
        "Claire Dumas …attend vos idées pour la prochaine lettre.\n"
    )
    assert [(i.lead, i.text) for i in issue.sections[0].items] == [
        ("Coup de frein", "Le marché ralentit nettement depuis le printemps dernier.")
    ]
    assert issue.signature == "Claire Dumas"
    assert _dropped(issue) == {"Claire Dumas …attend vos idées pour la prochaine lettre.": "sign-off"}


def test_a_one_word_heading_after_a_sign_off_is_not_a_signature() -> None:
    issue = _read("Le titre\n\nUn intertitre\n\nUn texte.\n\nBonne lecture !\n\nAgenda\n\nUn salon se tient mardi à Lyon.\n")
    assert [s.title for s in issue.sections] == ["Un intertitre", "Agenda"] and issue.signature is None


def test_a_forwarded_copy_and_markdown_headings_in_text() -> None:
    issue = _read(
        "---------- Forwarded message ---------\nDe : Octet <lettre@octet.example>\nDate : sam. 11 oct. 2025\n"
        "Subject: Le titre\nTo: moi@example.org\n\nLe titre\n\n## Un intertitre\n\nUn texte.\n"
    )
    assert issue.title == "Le titre" and issue.sections[0].title == "Un intertitre"
    assert set(_dropped(issue).values()) == {"forwarding header"}


def test_a_bare_line_of_headlines_under_the_title() -> None:
    issue = _read("Le titre\n\nPremier titre du jour • Deuxième titre • Troisième titre\n\nUn intertitre\n\nUn texte.\n")
    assert issue.headlines == ("Premier titre du jour", "Deuxième titre", "Troisième titre")


# --- Shapes a future issue may take (from a sweep of new issues written in the letter's style) ---

TEASER = "CETTE SEMAINE • Les robots au travail • Bienvenue dans Octet, samedi 17 janvier 2026."


def test_a_web_version_bar_above_the_title_is_masthead_not_a_section() -> None:
    issue = _read(
        "Version en ligne · Transférer à un ami\n\nLe titre du jour\n\n" + TEASER + "\n\nL'éditorial\n\n"
        "Un texte de l'éditorial.\n\nClaire Dumas\n\nLa suite\n\nUn autre texte.\n"
    )
    assert (issue.title, issue.date) == ("Le titre du jour", dt.date(2026, 1, 17))
    assert issue.headlines == ("Les robots au travail",)
    assert [s.kind for s in issue.sections] == ["editorial", "news"] and issue.signature == "Claire Dumas"
    assert _dropped(issue)["Version en ligne · Transférer à un ami"] == "masthead"


def test_a_sponsored_block_is_dropped_up_to_the_next_heading() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nSponsorisé par Numeris Conseil\n\n"
        "Numeris accompagne les collectivités. Rencontrons-nous au salon.\n\nLa suite\n\nUn autre texte.\n\n"
        "Cette semaine, Octet est soutenu par DataForge, la plateforme d'annotation.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "La suite"]
    assert set(_dropped(issue).values()) == {"teaser kicker", "sponsored block", "promotion"}


def test_a_portrait_with_sections_after_it_is_not_an_author_biography() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nCamille Roux\n\nDiplômée de Polytechnique et ancienne chercheuse, "
        "Camille Roux a rejoint cette semaine un laboratoire parisien.\n\nLa suite\n\nUn autre texte.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Camille Roux", "La suite"]


def test_a_portrait_at_the_end_telling_this_weeks_news_is_read() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nClaire Dubois\n\nArthur Mensch\n\nAncien chercheur chez DeepMind, "
        "Arthur Mensch a annoncé jeudi une levée de fonds.\n\nSe désabonner\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Arthur Mensch"]


def test_an_unsigned_first_section_of_bullets_is_news_not_an_editorial() -> None:
    issue = _read("Le titre\n\nLes fondeurs\n\n• TSMC : une usine.\n\n• Intel : un plan.\n\nLa suite\n\nUn texte.\n")
    assert [s.kind for s in issue.sections] == ["news", "news"]


def test_a_list_of_links_under_a_bare_heading_is_dropped() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nÀ lire aussi\n\nUn article\n\nUn autre article\n\nLa suite\n\n"
        + "Un long texte. " * 12
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "La suite"]
    assert set(_dropped(issue).values()) == {"list of links"}


def test_a_numeric_date_ending_the_greeting_and_a_starred_heading() -> None:
    issue = _read(
        "Le titre\n\nCETTE SEMAINE • Un sujet • Bienvenue dans Octet, le samedi 20/12/2025.\n\n** L'éditorial\n\nUn texte.\n"
    )
    assert issue.date == dt.date(2025, 12, 20) and issue.sections[0].title == "L'éditorial"


def test_markdown_comments_and_footnote_calls_are_not_read() -> None:
    issue = _read(
        "# Le titre\n\n## Un intertitre\n\n<!-- note interne : vérifier -->\n\nUn texte en janvier[^1].\n", "x.md"
    )
    assert issue.sections[0].paragraphs == ("Un texte en janvier.",)


def test_the_letters_own_farewell_and_its_legal_line_are_not_read() -> None:
    news = "Meta change sa politique de confidentialité."
    issue = _read(
        "Le titre\n\nUn intertitre\n\n" + news + "\n\nC'est tout pour cette semaine. Rendez-vous samedi prochain !\n\n"
        "Octet, 12 rue des Lilas, 75010 Paris — Mentions légales — Politique de confidentialité\n"
    )
    assert issue.sections[0].paragraphs == (news,)
    assert set(_dropped(issue).values()) == {"sign-off", "footer"}


def test_a_rubric_over_a_headline_keeps_both() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nRobots et emploi\n\nLes métiers les plus exposés\n\n"
        "Les tâches de manutention sont les premières concernées.\n"
    )
    rubric = issue.sections[-1]
    assert rubric.title == "Robots et emploi"
    assert rubric.paragraphs[:1] == ("Les métiers les plus exposés",)


def test_a_signature_before_a_list_is_the_editors() -> None:
    issue = _read(
        "Le titre\n\nL'éditorial\n\nUn texte de l'éditorial.\n\nClaire Dumas\n\nTrois chiffres à retenir :\n\n"
        "• Six milliards levés.\n\n• Quarante mille robots.\n\nLa suite\n\nUn autre texte.\n"
    )
    assert issue.signature == "Claire Dumas"
    assert "Claire Dumas" not in [s.title for s in issue.sections]


def test_a_short_caption_ending_with_its_credit_is_not_read() -> None:
    issue = _read("Le titre\n\nUn intertitre\n\nUn texte de nouvelles.\n\nUne enceinte connectée. Photo : Octet\n")
    assert _dropped(issue) == {"Une enceinte connectée. Photo : Octet": "image caption or credit"}


def test_a_markdown_table_is_listed_as_left_out() -> None:
    issue = _read("# Le titre\n\n## Un intertitre\n\nUn texte.\n\n| Secteur | Règle |\n|---|---|\n| Crédit | Audit |\n", "x.md")
    assert _dropped(issue) == {"Secteur | Règle": "table", "Crédit | Audit": "table"}


def test_nested_markdown_bullets_belong_to_their_parent_item() -> None:
    for indent in ("  ", "    "):
        issue = _read(
            f"# Le titre\n\n## Un intertitre\n\nUn texte.\n\n- **Le contrat.** Il prévoit :\n{indent}- un essai de 90 jours ;\n"
            f"{indent}- une clause de sortie.\n- **La cadence.** Un robot déplace des bacs.\n",
            "x.md",
        )
        assert [(i.lead, i.text) for i in issue.sections[0].items] == [
            ("Le contrat", "Il prévoit : un essai de 90 jours ; une clause de sortie."),
            ("La cadence", "Un robot déplace des bacs."),
        ], indent


def test_nested_bullets_in_text_and_html() -> None:
    text = _read("Le titre\n\nUn intertitre\n\nUn texte.\n\n• Il prévoit :\n    – un essai ;\n    – une sortie.\n• Un robot.\n")
    html = _read(
        "<h1>Le titre</h1><h2>Un intertitre</h2><p>Un texte.</p>"
        "<ul><li>Il prévoit :<ul><li>un essai ;</li><li>une sortie.</li></ul></li><li>Un robot.</li></ul>",
        "x.html",
    )
    for issue in (text, html):
        said = [f"{i.lead} : {i.text}" if i.lead else i.text for i in issue.sections[0].items]
        assert said == ["Il prévoit : un essai ; une sortie.", "Un robot."]


def test_footnotes_are_listed_as_left_out() -> None:
    text = _read("Le titre\n\nUn intertitre\n\nUn texte en janvier[1].\n\n[1] La liste complète est sur le site.\n")
    assert _dropped(text) == {"[1] La liste complète est sur le site.": "footnote"}
    markdown = _read("# Le titre\n\n## Un intertitre\n\nUn texte[^1].\n\n[^1]: Selon le rapport.\n", "x.md")
    assert markdown.sections[0].paragraphs == ("Un texte.",) and _dropped(markdown) == {"Selon le rapport.": "footnote"}


# --- found by reading three whole issues written for it (stop 13) -----------------------


def test_a_teaser_that_ends_with_a_sign_off_and_a_masthead_under_the_date() -> None:
    issue = _read(
        "Le titre\n\nLa Veille N° 212 – 15/11/2025\n\nVersion en ligne · Transférer à un ami\n\n"
        "AU SOMMAIRE | Un premier titre | Un second titre | Bonne lecture !\n\nUn intertitre\n\nUn paragraphe.\n"
    )
    assert issue.title == "Le titre" and issue.date == dt.date(2025, 11, 15)
    assert issue.headlines == ("Un premier titre", "Un second titre")
    assert _dropped(issue)["Bonne lecture !"] == "greeting"


def test_an_interview_is_one_section_and_a_table_in_text_is_left_out() -> None:
    issue = _read(
        "Le titre\n\nTrois questions à Léa Martin\n\nQ : Pourquoi maintenant ?\n\nR : Parce que tout change.\n\n"
        "Q : Et le coût ?\n\nR : Il baisse.\n\n"
        "Marché | Cours | Variation\nLondres | 11 240 $ | +28 %\nNew York | 12 740 $ | +41 %\n\n"
        "Un autre intertitre\n\nUn paragraphe.\n"
    )
    assert [s.title for s in issue.sections] == ["Trois questions à Léa Martin", "Un autre intertitre"]
    assert issue.sections[0].paragraphs[0] == "Q : Pourquoi maintenant ?"
    assert _dropped(issue)["Londres | 11 240 $ | +28 %"] == "table"


def test_links_are_left_for_the_show_notes_and_their_sentences_are_kept() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nLe rapport est en ligne : https://example.org/rapport\n\n"
        "→ Lire la suite sur octet.fr : https://octet.fr/a?utm_source=x\n\nhttps://example.org/seule\n\n"
        "Voir l'annonce complète : https://example.org/annonce\n\n"
        "Trois liens pour le week-end\n\n→ Le rapport de l'AIE : iea.org/reports/critical\n\n"
        "La carte des centres de données — https://example.org/carte\n\n"
        "Sources :\n\nAIE, Energy and AI, avril 2025 — https://www.iea.org/energy-and-ai\n\n"
        "Une suite en texte, assez longue pour être un vrai paragraphe qui ne ressemble en rien à une ligne de liste, "
        "puisqu'elle dépasse nettement les cent cinquante caractères de la règle.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Trois liens pour le week-end"]
    assert issue.sections[0].paragraphs == ("Le rapport est en ligne : https://example.org/rapport",)  # said without it
    links = [item.text for item in issue.sections[1].items]  # "→ " marks a list's items
    assert links[1] == "La carte des centres de données — https://example.org/carte" and links[-1].startswith("Une suite")
    dropped = _dropped(issue)
    assert dropped["Lire la suite sur octet.fr : https://octet.fr/a?utm_source=x"] == "link"
    assert _dropped(_read("Le titre\n\nUn intertitre\n\n[Illustration : un datacenter]\n\nUn paragraphe.\n")) == {
        "[Illustration : un datacenter]": "image caption or credit"
    }
    assert dropped["https://example.org/seule"] == dropped["Voir l'annonce complète : https://example.org/annonce"] == "link"
    assert dropped["AIE, Energy and AI, avril 2025 — https://www.iea.org/energy-and-ai"] == "list of links"


def test_a_postscript_after_the_signature() -> None:
    issue = _read(
        "Le titre\n\nL'éditorial du jour\n\nUn paragraphe de l'éditorial.\n\nClaire Dumas et Hugo Marchand\n\n"
        "P.-S. : merci aux lecteurs qui ont répondu.\n\nUn intertitre\n\nUn paragraphe.\n"
    )
    assert issue.signature == "Claire Dumas et Hugo Marchand"
    assert [s.title for s in issue.sections] == ["L'éditorial du jour", "Un intertitre"]
    assert issue.sections[0].paragraphs[-1] == "P.-S. : merci aux lecteurs qui ont répondu."


def test_an_epigraph_signed_with_one_name_and_buttons_after_the_editorial() -> None:
    issue = _read(
        "Le titre\n\n« Une citation assez longue pour être une épigraphe. »\n\nLénine\n\nKilowatts contre algorithmes\n\n"
        "Un paragraphe de l'éditorial, assez long pour qu'on ne le prenne pas pour un intertitre de la lettre.\n\n"
        "Claire Dumas\n\nÉcrire à la rédaction\n\nPartager : LinkedIn | X\n\nS'abonner maintenant\n\n"
        "Un intertitre\n\nUn paragraphe.\n"
    )
    assert issue.epigraph is not None and issue.epigraph.author == "Lénine"
    assert [s.title for s in issue.sections] == ["Kilowatts contre algorithmes", "Un intertitre"]
    assert issue.signature == "Claire Dumas"
    dropped = _dropped(issue)
    assert dropped["Partager : LinkedIn | X"] == "share bar" and dropped["S'abonner maintenant"] == "promotion"


def test_an_interview_in_bold_markdown_and_a_tracked_heading_link(show) -> None:  # type: ignore[no-untyped-def]
    issue = read_issue(
        "# Le titre\n\n## Trois questions\n\n**Q :** Pourquoi ?\n\n**R :** Parce que.\n\n**Q :** Et demain ?\n\n**R :** On verra.\n".encode(),
        "x.md",
    )
    from audio_edition.script import build_script

    section = build_script(issue, show).segments[-2]
    assert [c.text for c in section.cues[1:]] == ["Pourquoi ?", "Parce que.", "Et demain ?", "On verra."]
    assert len({c.role for c in section.cues[1::2]}) == 1 != len({c.role for c in section.cues[1:]})
    html = (
        '<html><body><h1>Le titre</h1><h2><a href="https://x.us1.list-manage.com/track/click?u=1&id=2&e=abc">Un intertitre</a>'
        '</h2><p>Un paragraphe de la lettre.</p><h2><a href="https://octet.fr/b?utm_source=lettre&amp;p=2">Un autre</a></h2>'
        "<p>Un autre paragraphe.</p></body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert [s.url for s in issue.sections] == [None, "https://octet.fr/b?p=2"]  # no subscriber id in the public feed


def test_the_newsletters_name_then_its_date_then_the_title() -> None:
    from audio_edition.readers.profile import load_profile

    profile = load_profile(Path(__file__).parent.parent / "feed" / "profile.toml")  # "Octet" is a name of its own
    text = (
        "Octet\n\nSamedi 14 mars 2026 · N° 112\n\nVersion en ligne · Transférer à un ami\n\nLe vrai titre\n\n"
        "AU SOMMAIRE • Un premier titre • Un second titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n"
    )
    issue = read_issue(text.encode(), "x.txt", profile=profile)
    assert (issue.title, issue.date) == ("Le vrai titre", dt.date(2026, 3, 14))
    assert issue.headlines == ("Un premier titre", "Un second titre")
    # a title over the date (not a name: more than three words) stays the title
    issue = _read("Les agents passent à la caisse\n\nSamedi 14 mars 2026\n\nLe temps des factures\n\nUn paragraphe de la lettre.\n")
    assert issue.title == "Les agents passent à la caisse" and [s.title for s in issue.sections] == ["Le temps des factures"]


def test_what_the_rules_of_this_stop_must_not_take() -> None:
    body = "Un paragraphe assez long pour qu'aucune ligne courte au-dessus ne soit prise pour autre chose qu'un titre de section."
    # a one-word heading under an epigraph with no author is a heading; "Commentaire" is no share bar
    issue = _read(f"Le titre\n\n« Qui veut voyager loin ménage sa monture. »\n\nChiffres\n\n{body}\n\nCommentaire\n\n{body}\n")
    assert issue.epigraph is not None and issue.epigraph.author is None
    assert [s.title for s in issue.sections] == ["Chiffres", "Commentaire"]
    # "PS Le prochain numéro…" keeps the signature; an interview's "A : …" is no forwarding header
    issue = _read(
        f"Le titre\n\nL'éditorial\n\n{body}\n\nClaire Dumas\n\nPS Le prochain numéro paraîtra lundi.\n\n"
        "Trois questions\n\nQ : Pourquoi ?\n\nA : Parce que le froid y est gratuit.\n"
    )
    assert issue.signature == "Claire Dumas" and issue.sections[1].paragraphs[-1] == "A : Parce que le froid y est gratuit."
    # a linked heading after "Sources :" is a section; a real chapter link is no click tracker
    html = (
        "<html><body><h1>Le titre</h1><h2>Un intertitre</h2><p>Un paragraphe de la lettre.</p><p>Sources :</p>"
        '<p><a href="https://www.iea.org/r">AIE, avril 2026</a></p>'
        '<h2><a href="https://link.springer.com/article/1">Bruxelles révise son calendrier</a></h2>'
        f"<p>{body}</p></body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert [(s.title, s.url) for s in issue.sections][-1] == ("Bruxelles révise son calendrier", "https://link.springer.com/article/1")


def test_a_hunt_on_this_stops_last_rules() -> None:
    body = "Un paragraphe assez long pour qu'aucune ligne courte au-dessus ne soit prise pour autre chose qu'un titre de section."
    # a rubric's items with "|" are news, a market table opening with tickers is a table
    issue = _read(
        f"Le titre\n\nEn bref\n\nFinancement | Mistral AI lève 2 milliards | {body}\n\nCloud | OVH signe avec l'État | {body}\n\n"
        "Les marchés de la semaine\n\nIndice | Clôture | Variation\nCAC 40 | 7 920 | -1,4 %\nNVDA | 182 $ | +3 %\n\n"
        f"Un intertitre\n\n{body}\n"
    )
    assert [len(s.paragraphs) for s in issue.sections if s.title == "En bref"] == [2]
    assert _dropped(issue)["CAC 40 | 7 920 | -1,4 %"] == "table"
    # headlines that start like a greeting; a dated headline is not the date
    issue = _read(
        "Le titre\n\nAU SOMMAIRE • Chers abonnés, Netflix augmente ses prix • L'AI Act s'applique dès le 2 août 2026 • "
        f"Bonjour à tous les robots : Tesla ouvre ses usines\n\nUn intertitre\n\n{body}\n"
    )
    assert len(issue.headlines) == 3 and issue.date is None
    # buttons in any order; "La rédaction" signs; "Octet Hebdo" over the date is the name
    issue = _read(
        f"Octet Hebdo\n\nSamedi 21 mars 2026\n\nLe vrai titre\n\nL'éditorial\n\n{body}\n\nLa rédaction\n\n"
        f"Partager sur LinkedIn · Laisser un commentaire · Écrire à la rédaction\n\nUn intertitre\n\n{body}\n"
    )
    assert (issue.title, issue.signature) == ("Le vrai titre", "La rédaction")
    assert [s.title for s in issue.sections] == ["L'éditorial", "Un intertitre"]


def test_click_trackers_of_the_usual_platforms() -> None:
    from audio_edition.readers.blocks import public_link

    for tracker in (
        "https://email.mg.octet.fr/c/abc", "https://link.mail.beehiiv.com/ss/c/abc", "https://click.convertkit-mail2.com/x",
        "https://click.pstmrk.it/3s/x", "https://track.customer.io/e/c/x", "https://links.octet.fr/u/click?x=1",
    ):  # fmt: skip
        assert public_link(tracker) is None, tracker
    for real in ("https://link.springer.com/article/1", "https://www.youtube.com/c/Chaine", "https://portal.ct.gov/news"):
        assert public_link(real) == real


def test_a_last_check_of_the_reader() -> None:
    from audio_edition.readers.blocks import public_link
    from audio_edition.readers.profile import load_profile

    body = "Un paragraphe assez long pour qu'aucune ligne courte au-dessus ne soit prise pour autre chose qu'un titre de section."
    profile = load_profile(Path(__file__).parent.parent / "feed" / "profile.toml")  # knows "Octet" and "Qant"
    issue = read_issue(f"L'IA frugale\n\nSamedi 14 mars 2026\n\nL'éditorial\n\n{body}\n".encode(), "x.txt", profile=profile)
    assert issue.title == "L'IA frugale"  # a short title over the date, not one of the newsletter's names
    issue = _read(
        "Le titre\n\nAU SOMMAIRE • Un premier titre • Un second titre • Chers lecteurs, merci pour vos deux mille réponses\n\n"
        f"Le courrier\n\nDe : Sophie, abonnée depuis 2019\n\n{body}\n\nÉcrivez-nous\n\n"
        f"Outil | Éditeur | Usage\nCopilot | Microsoft | Bureautique\nGemini | Google | Recherche\n\nUn intertitre\n\n{body}\n"
    )
    assert issue.headlines == ("Un premier titre", "Un second titre")
    assert issue.sections[0].paragraphs[0] == "De : Sophie, abonnée depuis 2019"  # a reader's letter, no e-mail header
    dropped = _dropped(issue)
    assert dropped["Écrivez-nous"] == "share bar" and dropped["Gemini | Google | Recherche"] == "table"
    assert [s.title for s in issue.sections] == ["Le courrier", "Un intertitre"]
    for real in ("https://semianalysis.substack.com/p/marges", "https://t.me/c/123/89", "https://e.infogreffe.fr/c/x"):
        assert public_link(real) == real
    assert public_link("https://substack.com/redirect/2/abc") is None


def test_a_platforms_standfirst_byline_and_buttons_between_the_title_and_the_teaser() -> None:
    """A Substack header: subtitle, author, date and a "Restack" button before the teaser took
    the header apart (no date, no headlines, the real editorial read as a section)."""
    html = (
        "<html><body><h1>Les robots passent l'oral</h1>"
        "<h3 class='subtitle'>Quatre assistants vocaux, un jury de standardistes, des notes sévères</h3>"
        "<table class='post-meta'><tr><td><a href='#'>Nina Rocher</a></td><td>17 janv. 2026</td></tr></table>"
        "<p><a href='#'><span>Restack</span></a></p>"
        f"<p>{TEASER}</p>"
        "<p>« Parler pour ne rien dire, voilà le danger. » — Anonyme</p>"
        "<h2>L'édito</h2><p>Nous avons fait passer un oral à quatre assistants vocaux pendant un mois entier.</p>"
        "<p>Nina Rocher</p><h2>Les robots au travail</h2><p>Un entrepôt de Lille emploie désormais vingt robots.</p>"
        "</body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert issue.title == "Les robots passent l'oral" and issue.date == dt.date(2026, 1, 17)
    assert issue.headlines == ("Les robots au travail",) and issue.epigraph is not None
    assert issue.sections[0].kind == "editorial" and issue.sections[0].title == "L'édito"
    dropped = _dropped(issue)
    assert dropped["Quatre assistants vocaux, un jury de standardistes, des notes sévères"] == "standfirst"


def test_a_date_line_with_the_issue_number_and_reading_time() -> None:
    issue = _read("Le titre de la semaine\n\nMardi 18 novembre 2025 · N° 216 · Temps de lecture : 5 min\n\n"
                  "Un intertitre\n\nUn paragraphe de la lettre, assez long pour en être un.\n")  # fmt: skip
    assert issue.date == dt.date(2025, 11, 18)


def test_en_dash_and_arrow_bullets_are_items() -> None:
    issue = _read("Le titre\n\nUn intertitre\n\nUne phrase d'introduction.\n\n"
                  "– Objectif : vingt pour cent de la production mondiale.\n– Gouvernance : vingt-sept guichets.\n\n"
                  "→ Les robots livrés exécutent des gestes appris.\n→ Leur modèle tourne sur une puce.\n")  # fmt: skip
    assert [(i.lead, i.text) for i in issue.sections[0].items] == [
        ("Objectif", "vingt pour cent de la production mondiale."), ("Gouvernance", "vingt-sept guichets."),
        ("", "Les robots livrés exécutent des gestes appris."), ("", "Leur modèle tourne sur une puce."),
    ]  # fmt: skip


def test_a_polls_buttons_and_instruction_are_left_out() -> None:
    html = (
        "<html><body><h1>Le titre</h1><h2>Le sondage de la semaine</h2>"
        "<p>Utilisez-vous un assistant de code dans votre travail ?</p>"
        "<p class='button-wrapper'><a class='button' href='#1'>Oui, tous les jours</a></p>"
        "<p class='button-wrapper'><a class='button' href='#2'>Jamais</a></p>"
        "<p>Cliquez pour voter. Résultats la semaine prochaine.</p>"
        "<p>La semaine dernière, vous étiez deux mille à répondre.</p></body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert issue.sections[-1].paragraphs == (
        "Utilisez-vous un assistant de code dans votre travail ?", "La semaine dernière, vous étiez deux mille à répondre.",
    )  # fmt: skip
    assert _dropped(issue)["Jamais"] == "button" and _dropped(issue)["Cliquez pour voter. Résultats la semaine prochaine."] == "poll"


def test_an_html_table_of_figures_is_left_for_the_letter_but_not_an_e_mails_layout() -> None:
    table = ("<table><tr><th>Valeur</th><th>Clôture</th></tr><tr><td>CAC 40</td><td>7 967,93 pts</td></tr>"
             "<tr><td>Nvidia</td><td>196,30 $</td></tr></table>")  # fmt: skip
    html = (
        "<html><body><table><tr><td><h1>Le titre</h1><h2>Côté marchés</h2>" + table
        + "<p>Les valeurs européennes ont profité de l'élan.</p></td></tr></table></body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert issue.sections[-1].paragraphs == ("Les valeurs européennes ont profité de l'élan.",)
    assert _dropped(issue)["7 967,93 pts"] == "table"


def test_a_heading_in_capitals_may_end_with_a_quotation() -> None:
    issue = _read("Le titre\n\nUn intertitre\n\nUn paragraphe.\n\nENTRETIEN : « À GRENOBLE, TOUT EST POSSIBLE »\n\n"
                  "Inès Kaddour dirige l'équipe.\n\n— Pourquoi l'Isère ?\n\nPour la liberté.\n")  # fmt: skip
    assert [s.title for s in issue.sections] == ["Un intertitre", "ENTRETIEN : « À GRENOBLE, TOUT EST POSSIBLE »"]
    assert issue.sections[1].paragraphs[1:] == ("— Pourquoi l'Isère ?", "Pour la liberté.")


def test_an_advertisement_inside_a_section_ends_at_the_sections_next_item() -> None:
    html = (
        "<html><body><h1>Le titre</h1><h2>Le PC se remet à penser</h2><p>Les ventes de PC progressent de neuf pour cent.</p>"
        "<ul><li><strong>Course aux TOPS</strong> • Qualcomm présente sa nouvelle puce.</li></ul>"
        "<table><tr><td><p>SPONSORISÉ</p><p><strong>Vos données chez vous.</strong> Kerneo installe un assistant.</p>"
        "<p><a href='https://kerneo.example/demo'>Demander une démo</a></p></td></tr></table>"
        "<ul><li><strong>Lenovo parie sur l'hybride</strong> • Des portables hybrides en avril.</li></ul>"
        "</body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert [item.lead for item in issue.sections[-1].items] == ["Course aux TOPS", "Lenovo parie sur l'hybride"]
    assert _dropped(issue)["Demander une démo"] == "sponsored block"


def test_a_daily_letter_of_another_shape() -> None:
    # the name and its tagline over the date line and the reading time, then the title; a
    # first rubric of news is no editorial; the editors sign at the end, their role under them
    issue = _read(
        "LE RELAIS\nLa lettre numérique du soir\n\nJeudi 5 mars 2026 · N° 42\nTemps de lecture : 4 min\n\n"
        "Les robots arrivent à l'usine\n\nÀ LA UNE\n\nUn constructeur a installé cent robots dans son usine de Douai.\n\n"
        "ON A TESTÉ\n\nNous avons utilisé la montre pendant deux semaines.\n\nNotre note : 7/10\n\n"
        "EN BREF\n\nUne start-up lyonnaise lève dix millions d'euros.\n\n"
        "C'est tout pour ce soir. Bonne soirée et à demain !\n\nLéa Martin et Karim Haddad\nLa rédaction du Relais\n"
    )
    assert (issue.title, issue.date) == ("Les robots arrivent à l'usine", dt.date(2026, 3, 5))
    assert [(s.title, s.kind) for s in issue.sections] == [("À LA UNE", "news"), ("ON A TESTÉ", "news"), ("EN BREF", "news")]
    assert issue.sections[1].paragraphs[-1] == "Notre note : 7/10"  # the test's verdict, not a heading
    assert issue.signature == "Léa Martin et Karim Haddad"
    dropped = _dropped(issue)
    assert dropped["LE RELAIS"] == "masthead" and dropped["La lettre numérique du soir"] == "tagline"
    assert dropped["La rédaction du Relais"] == "signature"


def test_a_short_title_over_the_date_then_a_rubric() -> None:
    issue = _read("Nvidia rassure\n\nJeudi 5 mars 2026\n\nÀ LA UNE\n\nLe groupe publie un chiffre d'affaires record.\n")
    assert issue.title == "Nvidia rassure" and issue.sections[0].title == "À LA UNE"


def test_html_title_with_the_site_name_first_and_a_role_under_the_signers() -> None:
    issue = _read(
        "<html><head><title>Le Relais — Les robots arrivent</title></head><body>"
        "<p>Jeudi 5 mars 2026</p><h1>Les robots arrivent</h1><h2>À la une</h2>"
        "<p>Un constructeur a installé cent robots dans son usine de Douai.</p>"
        "<h2>En bref</h2><p>Une start-up lyonnaise lève dix millions d'euros.</p>"
        "<p>Bonne soirée et à demain !</p><p>Léa Martin<br><em>Rédactrice en chef du Relais</em></p></body></html>",
        "x.html",
    )
    assert (issue.title, issue.date) == ("Les robots arrivent", dt.date(2026, 3, 5))
    assert [s.kind for s in issue.sections] == ["news", "news"] and issue.signature == "Léa Martin"
    assert _dropped(issue)["Rédactrice en chef du Relais"] == "signature"


def test_a_tagline_with_the_issue_number_over_the_title_and_its_teaser() -> None:
    for tagline in ("La lettre de l'IA et de la tech · n° 118", "La lettre de l'IA et de la tech"):
        issue = _read(
            f"Afficher cet e-mail dans votre navigateur\n\nOCTET\n{tagline}\n\nL'Asie tient la puce\n\n"
            "AU SOMMAIRE • TSMC encaisse • Mistral AI lève des fonds • Bienvenue dans Octet, samedi 7 février 2026.\n\n"
            "Le réveil des comptables\n\nPendant trois ans, la révolution s'est racontée en démonstrations.\n"
        )
        assert (issue.title, issue.date) == ("L'Asie tient la puce", dt.date(2026, 2, 7)), tagline
        assert issue.headlines == ("TSMC encaisse", "Mistral AI lève des fonds")
        assert issue.sections[0].kind == "editorial" and issue.sections[0].title == "Le réveil des comptables"
        assert _dropped(issue)[tagline] == "masthead"


def test_briefs_whose_lead_is_a_line_of_its_own() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nEN BREF\n\nMistral AI lève des fonds\nLa start-up a bouclé un tour.\n\n"
        "Helsing s'installe à Tallinn\nLe spécialiste ouvre un centre en Estonie.\n\nEUROPE\nLe financement reste difficile.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "EN BREF", "EUROPE"]
    assert [(i.lead, i.text) for i in issue.sections[1].items] == [
        ("Mistral AI lève des fonds", "La start-up a bouclé un tour."),
        ("Helsing s'installe à Tallinn", "Le spécialiste ouvre un centre en Estonie."),
    ]
    # one heading over its text, with no blank line: a section, not a brief
    assert issue.sections[2].paragraphs == ("Le financement reste difficile.",)


def test_a_sponsored_blocks_button_in_plain_text() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte.\n\nPARTENAIRE\n\nVos équipes perdent du temps ? Téléchargez notre livre blanc.\n\n"
        "Télécharger le livre blanc\n\nASIE : LA GUERRE DES PRIX\n\nLes laboratoires chinois rivalisent sur les prix.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "ASIE : LA GUERRE DES PRIX"]
    assert _dropped(issue)["Télécharger le livre blanc"] == "sponsored block"


def test_the_team_signs_under_the_sign_off() -> None:
    issue = _read(
        "<h1>Le titre</h1><p><strong>Un intertitre</strong></p><p>Un texte de la lettre.</p>"
        "<p><strong>En bref</strong></p><ul><li><strong>Espace :</strong> Le lanceur a réussi son vol.</li></ul>"
        "<p>Bon week-end,<br>La rédaction d'Octet</p>",
        "x.html",
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "En bref"]
    assert issue.signature == "La rédaction d'Octet"  # not a chapter of its own


def test_a_rule_then_items_with_no_heading_open_a_section_of_their_own() -> None:
    head = "Le titre\n\nÉdito\n\nUn texte.\n\nModèles\n\n• Mistral. Un modèle sort.\n\n"
    for rule, name in (("———", "x.txt"), ("---", "x.md"), ("<hr>", "x.html")):
        if name == "x.html":
            issue = _read(
                "<h1>Le titre</h1><h2>Édito</h2><p>Un texte.</p><h2>Modèles</h2><ul><li><strong>Mistral.</strong> Un modèle sort.</li></ul>"
                "<hr><ul><li><strong>Kyutai.</strong> Un laboratoire ouvre.</li></ul>",
                name,
            )
        elif name == "x.md":
            issue = _read(
                f"# Le titre\n\n## Édito\n\nUn texte.\n\n## Modèles\n\n- **Mistral.** Un modèle sort.\n\n{rule}\n\n"
                "- **Kyutai.** Un laboratoire ouvre.\n",
                name,
            )
        else:
            issue = _read(f"{head}{rule}\n\n• Kyutai. Un laboratoire ouvre.\n", name)
        assert [(s.title, s.kind) for s in issue.sections] == [("Édito", "editorial"), ("Modèles", "news"), ("", "briefs")], rule
        assert rule not in _dropped(issue)  # never a title, never listed
    # a rule between an editorial's paragraphs, or among the briefs of "En bref", is a pause
    pause = _read("Le titre\n\nÉdito\n\nUn texte.\n\n***\n\nLa suite du texte.\n\nBRÈVES\n\n• Un. Texte.\n\n———\n\n• Deux. Texte.\n")
    assert [(s.title, len(s.paragraphs), len(s.items)) for s in pause.sections] == [("Édito", 2, 0), ("BRÈVES", 0, 2)]


def test_share_prompts_further_reading_and_a_markdown_html_table_are_not_read() -> None:
    issue = _read(
        "# Le titre\n\n## Un intertitre\n\nUn texte.\n\n"
        "Pour aller plus loin : [le compte rendu](https://example.org/a) et [la carte](https://example.org/b).\n\n"
        "<table>\n<tr><th>Trafic</th><th>2025</th></tr>\n<tr><td>Services d'IA</td><td>410</td></tr>\n</table>\n\n"
        "Cette lettre vous a plu ? Partagez-la :\n\nSuivez-nous : LinkedIn | Bluesky\n",
        "x.md",
    )
    assert issue.sections[0].paragraphs == ("Un texte.",)
    assert _dropped(issue) == {
        "Pour aller plus loin : le compte rendu et la carte.": "list of links",
        "Trafic | 2025": "table",
        "Services d'IA | 410": "table",
        "Cette lettre vous a plu ? Partagez-la :": "share bar",
        "Suivez-nous : LinkedIn | Bluesky": "share bar",
    }
    text = _read("Le titre\n\nUn intertitre\n\nUn texte.\n\nPour aller plus loin : le rapport (https://example.org/r).\n")
    assert _dropped(text) == {"Pour aller plus loin : le rapport (https://example.org/r).": "list of links"}


def test_a_closing_post_scriptum_is_the_editors_last_word() -> None:
    body = "Le titre\n\nÉdito\n\nUn éditorial.\n\nClaire Dumas\n\nAGENDA\n\n• jeu. 19/02 : une rencontre.\n\n"
    issue = _read(body + "Claire Dumas\n\nP.S. Pas de lettre samedi prochain.\n")
    assert issue.postscript == ("P.S. Pas de lettre samedi prochain.",)
    assert [s.title for s in issue.sections] == ["Édito", "AGENDA"] and len(issue.sections[1].items) == 1
    assert _dropped(issue)["Claire Dumas"] == "signature"
    # the party, and a P.S. with sections after it, stay where they are
    party = _read(body + "PS et écologistes déposeront un texte mardi.\n")
    assert party.postscript == () and party.sections[1].items[-1].text == "PS et écologistes déposeront un texte mardi."
    inside = _read(body + "P.S. Un mot sur l'agenda.\n\nBRÈVES\n\nUne brève de la semaine.\n")
    assert inside.postscript == ()


# --- found by a hunt for false positives of the rules above (stop 17) ----------------------


def test_false_positives_of_this_stops_reader_rules() -> None:
    edito = "Le titre\n\nÉdito\n\nUn éditorial de la semaine.\n\n"
    # a code sample's <table> in a fence, an unclosed one: nothing lost
    md = _read("# Le titre\n\n## Conseils\n\nUn texte.\n\n```html\n<table role=\"x\">\n```\n\n## Apple\n\nUn autre texte.\n", "x.md")
    assert [s.title for s in md.sections] == ["Conseils", "Apple"]
    # an ad, then a real heading that starts like a call to action, with its text
    ad = _read(edito + "Publicité\n\nDataForge rassemble vos données.\n\nTesté : le Pixel 10 Pro\n\nNous avons utilisé le téléphone.\n")
    assert [s.title for s in ad.sections] == ["Édito", "Testé : le Pixel 10 Pro"]
    # a signer over compact sections (heading, its text on the next line): the signer signs
    compact = _read(edito + "Claire Dumas\n\nNvidia ouvre la chasse\nNvidia a présenté une carte.\n\nGoogle à Marseille\nGoogle ouvrira une région.\n")
    assert compact.signature == "Claire Dumas" and [s.title for s in compact.sections][1:] == ["Nvidia ouvre la chasse", "Google à Marseille"]
    # a title that starts like a rubric, under the name, tagline and date
    header = _read("Octet Hebdo\nLa lettre de l'IA\n\nSamedi 7 mars 2026 · N° 124\n\nLe fil rouge de l'année : qui paiera ?\n\nÉdito\n\nUn texte.\n")
    assert (header.title, header.date) == ("Le fil rouge de l'année : qui paiera ?", dt.date(2026, 3, 7))
    # real sentences that start like a sign-off, a list of links, a share bar
    for line in (
        "Belle soirée pour Nvidia : l'action a bondi de 8 % jeudi.",
        "Pour aller plus loin : selon Bloomberg, Apple aurait dépensé 4 milliards (https://example.org/a).",
        "Retrouvez-nous : nous serons au salon VivaTech le 12 juin, stand B42.",
    ):
        issue = _read(edito + f"Marchés\n\nUn texte.\n\n{line}\n")
        assert issue.sections[1].paragraphs[-1] == line
    # a quotation's author and role are read with it; the newsletter's team signs
    quoted = _read(
        edito + "« Une start-up qui cède ses données cède la moitié de sa valeur. »\n\nAntoine Morel\nFondateur de Datalegal\n\n"
        "Le procès\n\nUn texte.\n\nBonne soirée,\nLa rédaction d'Octet\n"
    )
    assert quoted.sections[0].paragraphs[-1] == "Antoine Morel, fondateur de Datalegal" and quoted.signature == "La rédaction d'Octet"
    # a first section titled like a rubric, signed before the next: the editorial
    signed = _read("Le titre\n\nL'essentiel de la semaine\n\nJ'ai lu les comptes.\n\nClaire Dumas\n\nMarchés\n\nUn texte.\n")
    assert signed.sections[0].kind == "editorial" and signed.signature == "Claire Dumas"
    # a rubric with a colon over its headline titles what follows
    portrait = _read(edito + "Portrait : Joëlle Barral\n\nLa chercheuse des protéines\n\nElle dirige un laboratoire.\n")
    assert [s.title for s in portrait.sections] == ["Édito", "Portrait : Joëlle Barral"]
    # indented by a copy, not a sub-list; a label over sub-items: items of their own
    copied = _read(edito + "Brèves\n\n• Nvidia présente une carte.\n  • Google ouvrira une région.\n  • Amazon supprime des postes.\n")
    assert len(copied.sections[1].items) == 3
    # a one-word lead that looks like an agenda's day
    led = _read(edito + "Brèves\n\n• Jeu. Ubisoft confie à une IA ses dialogues.\n• Cloud. OVHcloud ouvre une région.\n")
    assert [i.lead for i in led.sections[1].items] == ["Jeu", "Cloud"]


def test_html_logo_h1_and_a_title_over_its_subtitle() -> None:
    html = _read(
        "<html><head><title>L'IA générative, un an après — Octet</title></head><body><h1>Octet</h1>"
        "<h2>L'IA générative, un an après</h2><p>Un texte de la lettre.</p><h2>Marchés</h2><p>Un texte.</p></body></html>",
        "x.html",
    )
    assert html.title == "L'IA générative, un an après"
    text = _read(
        "Les petits modèles prennent le large\nPourquoi la frugalité séduit enfin\n\n"
        "AU SOMMAIRE • Un titre • Un autre • Bienvenue dans Octet, samedi 21 novembre 2026.\n\nÉdito\n\nUn texte.\n"
    )
    assert (text.title, text.date) == ("Les petits modèles prennent le large", dt.date(2026, 11, 21))
    assert _dropped(text)["Pourquoi la frugalité séduit enfin"] == "standfirst"


def test_headings_ending_with_a_quoted_term() -> None:
    issue = _read(
        "Le titre\n\nÉdito\n\nUn éditorial.\n\nLe CES passe à l’« IA physique »\n\nLe salon a changé.\n\n"
        "Nvidia publie ses comptes\n\nLe groupe publie ses comptes.\n\nIl a conclu : « Nous verrons »\n\nLa suite.\n\n"
        "Sam Altman (OpenAI)\n\nUne autre suite.\n"
    )
    assert [s.title for s in issue.sections] == ["Édito", "Le CES passe à l’« IA physique »", "Nvidia publie ses comptes"]
    assert "Il a conclu : « Nous verrons »" in issue.sections[2].paragraphs  # a quotation, not a heading
    assert "Sam Altman (OpenAI)" in issue.sections[2].paragraphs  # an attribution, not a heading


def test_a_lead_with_a_quoted_word_before_a_bullet_mark() -> None:
    issue = _read("Le titre\n\nÉdito\n\nUn texte.\n\nAsie\n\n• Les « tigres » à Hong Kong • Zhipu entre en Bourse.\n• Alibaba • Le groupe investit.\n")
    first = issue.sections[1].items[0]
    assert (first.lead, first.text) == ("Les « tigres » à Hong Kong", "Zhipu entre en Bourse.")


def test_a_rubric_heading_with_a_quoted_term_and_two_authors_biographies() -> None:
    issue = _read(
        "Le titre\n\nÉdito\n\nUn éditorial.\n\nClaire Dumas\n\nMunicipales : la campagne à l’épreuve des « deepfakes »\n\n"
        "Les candidats s'inquiètent.\n\nClaire Dumas\n\nDiplômée de Sciences Po, Claire a couvert l'énergie.\n\n"
        "Tomasz Wiśniewski\n\nAncien ingénieur chez Thales, Tomasz suit les semi-conducteurs pour Octet.\n"
    )
    assert [s.title for s in issue.sections] == ["Édito", "Municipales : la campagne à l’épreuve des « deepfakes »"]
    assert _dropped(issue)["Tomasz Wiśniewski"] == "author biography"


def test_the_end_of_an_issue_in_the_letters_shape_and_a_headlines_wink() -> None:
    issue = _read(
        "ÉDITION SPÉCIALE VIVATECH 2026\n\nL'Europe tient salon\n\n"
        "CETTE SEMAINE DANS L'IA ET LA TECH • Un titre • Un autre • Bienvenue dans Octet, samedi 30 mai 2026.\n\n"
        "Édito\n\nUn éditorial.\n\nJean-Baptiste Moreau\n\nMeta recrute (encore)\n\nLe groupe embauche.\n\n"
        "Nvidia publie ses comptes\n\nLe chiffre d'affaires progresse.\n\nJean-Baptiste Moreau\n\n"
        "P.S. Pas de lettre samedi prochain : la rédaction prépare le numéro d'été.\n\n"
        "Octet : la lettre de l'IA et de la tech\n\nClaire Vasseur\n\n"
        "Ingénieure de formation, Claire Vasseur a travaillé chez Thales avant de rejoindre Octet.\n\n"
        "Jean-Baptiste Moreau\n\nPolytechnicien et docteur en économie, Jean-Baptiste Moreau a rejoint Octet.\n\n"
        "Les derniers articles publiés\n"
    )
    assert issue.title == "L'Europe tient salon"
    assert [s.title for s in issue.sections] == ["Édito", "Meta recrute (encore)", "Nvidia publie ses comptes"]
    assert issue.postscript == ("P.S. Pas de lettre samedi prochain : la rédaction prépare le numéro d'été.",)
    assert _dropped(issue)["Claire Vasseur"] == "author biography"


def test_the_newsletters_own_event_is_a_promotion() -> None:
    issue = _read(
        "Le titre\n\nCETTE SEMAINE • Un titre • Un autre • Bienvenue dans Octet, samedi 30 mai 2026.\n\n"
        "Édito\n\nUn éditorial.\n\nMarchés\n\nUn texte.\n\nLes Rencontres Octet 2026 : IA et industrie\n\n"
        "Le jeudi 11 juin, 600 décideurs. Tarif : 490 € HT. Inscriptions avant le 31 mai.\n\nJe m'inscris\n",
        "x.txt",
    )
    assert [s.title for s in issue.sections] == ["Édito", "Marchés"]
    assert _dropped(issue)["Les Rencontres Octet 2026 : IA et industrie"] == "promotion"


def test_a_guests_byline_and_biography_are_not_read() -> None:
    issue = _read(
        "Le titre\n\nÉdito\n\nUn texte de l'éditorial.\n\nPar Olusegun Adeyemi, invité de la semaine\n\n"
        "Associé fondateur d'un fonds, ancien directeur de la stratégie de Jumia, il a investi dans 41 start-up.\n\n"
        "Marchés\n\nPar Claire Dumas\n\nL'ancien patron de Renault a été nommé à la tête de l'agence.\n"
    )
    assert issue.sections[0].paragraphs == ("Un texte de l'éditorial.",)
    assert issue.sections[1].paragraphs == ("L'ancien patron de Renault a été nommé à la tête de l'agence.",)  # news, not a career


def test_the_sentence_that_announces_a_table_left_out_goes_with_it() -> None:
    issue = _read(
        "Le titre\n\nÉdito\n\nUn texte.\n\nLevées\n\nLes start-up ont annoncé 62 tours de table. Les plus importants :\n\n"
        "Entreprise | Levée | Pays\nNscale | 1,1 Md$ | Royaume-Uni\nHelsing | 600 M€ | Allemagne\n\n• Nscale • Fondée à Londres.\n"
    )
    assert issue.sections[1].paragraphs == ("Les start-up ont annoncé 62 tours de table.",)
    assert _dropped(issue)["Les plus importants :"] == "table"


def test_a_last_dossiers_intertitles_are_part_of_it() -> None:
    long = "Une phrase du dossier, assez longue pour compter, sur le chantier du siècle et ses centrales. " * 4
    body = "Le titre\n\nÉdito\n\nUn texte.\n\nBrèves\n\n• Nvidia • Un fait.\n• Meta • Un autre.\n\n"
    issue = _read(
        body + f"Stargate, un an après\n\n{long}\n\n{long}\n\nL’énergie, goulet d’étranglement\n\n{long}\n\n{long}\n\n"
        f"Le Texas, modèle ou repoussoir\n\n{long}\n"
    )
    assert [s.title for s in issue.sections] == ["Édito", "Brèves", "Stargate, un an après"]
    assert "L’énergie, goulet d’étranglement." in issue.sections[2].paragraphs
    # an interview, or a rubric, after the last items keeps its sections
    interview = _read(body + f"Trois questions à Léa Martin\n\n{long}\n\nQ : Et demain ?\n\nR : {long}\n\nLe cloud souverain\n\n{long}\n")
    assert [s.title for s in interview.sections][-1] == "Le cloud souverain"


def test_false_positives_of_the_ends_rules() -> None:
    body = "Le titre\n\nCETTE SEMAINE • Un titre • Un autre • Bienvenue dans Octet, samedi 30 mai 2026.\n\nÉdito\n\nUn éditorial.\n\n"
    # the newsletter named in a real section's title, a price in it: news, not its own event
    tested = _read(body + "Octet a testé ChatGPT Go\n\nLe tarif est de 8 euros par mois, et l'offre vaut le détour.\n")
    assert [s.title for s in tested.sections] == ["Édito", "Octet a testé ChatGPT Go"]
    # news under a reporter's byline that opens like a career
    news = _read(body + "Marchés\n\nPar Claire Dumas\n\nAncien patron de Twitter, Jack Dorsey lance un réseau.\n")
    assert news.sections[1].paragraphs == ("Ancien patron de Twitter, Jack Dorsey lance un réseau.",)
    # a portrait at the end, under its rubric or marked as a heading
    portrait = _read(body + "Le portrait de la semaine\n\nJoëlle Barral\n\nDiplômée de Stanford, la chercheuse dirige la recherche de Google.\n")
    assert portrait.sections[-1].title == "Le portrait de la semaine"
    # "PS :" heads a story about the party; a P.S. with more text after it stays where it is
    party = _read(body + "PS : le parti socialiste dépose sa loi\n\nLe texte sera examiné mardi.\n")
    assert party.postscript == () and party.sections[-1].title == "PS : le parti socialiste dépose sa loi"
    inside = _read(body + "Sénat\n\nUn texte.\n\nP.S. Un groupe prépare un texte concurrent.\n\nLes sénateurs attendent l'avis du Conseil d'État.\n")
    assert inside.postscript == ()


def test_a_subscribers_dossier_cut_by_the_paywall_is_one_section_with_its_intertitles() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nL'agenda\n\n• mar. 3/02 : un salon.\n\n• jeu. 5/02 : un autre.\n\n"
        "EN EXCLUSIVITÉ POUR LES ABONNÉS :\n\n• Notre carte des fabricants.\n\nLe gallium, arme oubliée\n\n" + "Personne n'en parlait avant 2023. " * 12 + "\n\nL'Europe a fermé ses usines\n\n"
        + "La dernière raffinerie a fermé en 2016. " * 12 + "\n\nLe Japon, modèle à suivre ?\n\n…\n\n"
        "Claire Dubois\n\nFondatrice d'Octet, Claire suit la géopolitique des métaux.\n\n"
        "Hugo Lenoir\n\nHugo couvre pour Octet les semi-conducteurs et l'énergie.\n\nSe désabonner\n"
    )
    assert [s.title for s in issue.sections] == ["L'agenda", "Le gallium, arme oubliée"]
    assert issue.sections[1].paragraphs[1] == "L'Europe a fermé ses usines."
    # the staff's biographies name the newsletter: a career, even without the usual words
    assert _dropped(issue)["Hugo couvre pour Octet les semi-conducteurs et l'énergie."] == "author biography"


def test_a_poll_and_the_line_announcing_a_table_are_left_out() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\n• Une brève : un texte assez long pour une brève.\n\n"
        "Les plus gros producteurs de puces :\n\nPays | Part | Évolution\nTaïwan | 67 % | -4 pts\nChine | 6 % | -1 pt\n\n"
        "Sondage de la semaine : faut-il réserver le nucléaire aux centres de données ?\n\nOui, une chance\n"
        "Non, la priorité va aux ménages\nSans avis\n\nCliquez pour voter\n\nLa suite\n\nUn autre texte.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "La suite"]
    assert len(issue.sections[0].items) == 1
    dropped = _dropped(issue)
    assert dropped["Les plus gros producteurs de puces :"] == "table"
    assert dropped["Sans avis"] == dropped["Cliquez pour voter"] == "poll"


def test_an_interviews_headline_naming_who_speaks_after_an_advertisements_button() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUne rubrique\n\n• Un point : un texte assez long pour un item.\n\n"
        "Partenaire\n\nOffrez-vous une formation qui compte, douze parcours certifiants.\n\nJe m'inscris →\n\n"
        "Hélène Kervella : « Réguler l'IA, c'est réparer un avion en vol »\n\nElle a dirigé le bureau de l'IA.\n\n"
        "Q : Pourquoi partir ?\n\nR : Le plus dur est fait.\n"
    )
    assert [s.title for s in issue.sections][1] == "Hélène Kervella : « Réguler l'IA, c'est réparer un avion en vol »"
    assert issue.sections[1].paragraphs[0] == "Elle a dirigé le bureau de l'IA."


def test_a_ranking_counted_down_keeps_its_ranks_and_a_credit_after_a_bullet_is_a_caption() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nLe palmarès • Illustration : Octet / Studio Brume\n\n"
        "Notre top de l'année\n\nTrois événements classés.\n\n3. Le retour des puces. En avril, une usine a livré ses puces.\n\n"
        "2. Apple cède. Siri change de modèle après deux ans de retard.\n\n1. L'accord de Genève. Quarante et un pays signent un traité.\n\n"
        "Une liste\n\n1. Premier point de la liste.\n\n2. Deuxième point de la liste.\n\n3. Troisième point.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Notre top de l'année", "Une liste"]
    first = issue.sections[1].items[0]
    assert (first.lead, first.text) == ("3. Le retour des puces", "En avril, une usine a livré ses puces.")
    assert issue.sections[2].items[0].text == "Premier point de la liste."  # counted up: marks, not news
    assert _dropped(issue)["Le palmarès • Illustration : Octet / Studio Brume"] == "image caption or credit"


def test_a_readers_letter_keeps_its_signature_and_a_ps_after_the_subscribers_teaser_is_read() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nCourrier des lecteurs\n\nMadame, Monsieur,\n\n"
        "Votre article contenait une erreur.\n\nBien cordialement,\n\nDr Bernard Le Goff, Rennes\n\n"
        "La réponse de la rédaction : vous avez raison.\n\nEN EXCLUSIVITÉ POUR LES ABONNÉS :\n\n• Notre enquête sur cinq hôpitaux.\n\n"
        "P.S. Nous répondrons à vos questions mardi.\n\nSe désabonner\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Courrier des lecteurs"]
    assert issue.sections[1].paragraphs[-2:] == ("Dr Bernard Le Goff, Rennes", "La réponse de la rédaction : vous avez raison.")
    assert issue.postscript == ("P.S. Nous répondrons à vos questions mardi.",)


def test_a_table_in_columns_aligned_with_spaces_and_a_guests_role_are_not_read() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte signé par une invitée.\n\nDre Amina Belkacem\n\n"
        "Rédactrice en chef invitée\n\nLes marchés\n\n• Nvidia décroche : -12 % sur la semaine.\n\n"
        "Valeur          Cours       Variation\nArm Holdings    118,20 $    -14,6 %\nDatadog\t146,90 $\t+8,8 %\n\n"
        "• Les introductions gelées : une IPO reportée.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Les marchés"]
    assert len(issue.sections[1].items) == 2 and issue.signature == "Dre Amina Belkacem"
    assert _dropped(issue)["Arm Holdings 118,20 $ -14,6 %"] == "table"


def test_a_dailys_rundown_numbered_stories_and_its_two_signers() -> None:
    issue = _read(
        "LE RÉVEIL\nVotre briefing quotidien, en cinq minutes\nJeudi 12 février 2026 — n° 412\n\n"
        "Bonjour ! Au programme ce matin : Free allume la 5G, Eutelsat cherche 1,5 Md€ et Bruxelles sanctionne X. Café prêt ?\n\n---\n\n"
        "1. Free bascule en 5G « autonome »\n\nL'opérateur a annoncé que ses sites fonctionnent en 5G SA.\n\n"
        "Pourquoi c'est important : le découpage du réseau en tranches.\n\n---\n\n"
        "2. Eutelsat : l'État remet au pot\n\nLe gouvernement participera à l'augmentation de capital.\n\n---\n\n"
        "C'est tout pour ce matin. Bonne journée et à demain !\n\nRomain Telliez et Salomé Dufour\n\n"
        "Le Réveil vous a plu ? Transférez-le à un collègue.\n"
    )
    assert issue.date == dt.date(2026, 2, 12)
    assert issue.headlines == ("Free allume la 5G", "Eutelsat cherche 1,5 Md€", "Bruxelles sanctionne X")
    assert [(s.title, s.kind) for s in issue.sections] == [
        ("Free bascule en 5G « autonome »", "news"), ("Eutelsat : l'État remet au pot", "news")
    ]
    assert issue.signature == "Romain Telliez et Salomé Dufour"
    assert _dropped(issue)["Le Réveil vous a plu ? Transférez-le à un collègue."] == "share bar"


def test_an_interviews_questions_in_bold_or_named_and_a_newsletters_closing_lines() -> None:
    issue = _read(
        "# Le titre\n\n## Trois questions à Baptiste Lenoir\n\nIl est ingénieur chez Scaleway.\n\n"
        "**Les agents sont-ils un problème de sécurité ?**\n\nOui, et on le sous-estime.\n\n"
        "**Que peuvent faire les plateformes ?**\n\nMarquer les contributions des agents.\n\n"
        "## L'entretien\n\nKilowatt : Les 42 GW vous inquiètent-ils ?\n\nLéa Roy : Ils nous obligent.\n\n"
        "Kilowatt : Où est-il disponible ?\n\nLéa Roy : Dans la vallée du Rhône.\n\n"
        "Merci de nous lire, et bon week-end !\n\nJulien, Maëlle et toute l'équipe de Kilowatt\n",
        "x.md",
    )
    assert [s.title for s in issue.sections] == ["Trois questions à Baptiste Lenoir", "L'entretien"]
    assert issue.sections[0].paragraphs[1] == "Q : Les agents sont-ils un problème de sécurité ?"
    assert issue.sections[1].paragraphs[-1] == "Léa Roy : Dans la vallée du Rhône."
    assert issue.signature == "Julien, Maëlle et toute l'équipe de Kilowatt"
    assert _dropped(issue)["Merci de nous lire, et bon week-end !"] == "sign-off"


def test_an_html_rubric_over_its_one_headline_and_a_teasers_first_headline_after_its_kicker() -> None:
    html = (
        "<html><body><p>Version en ligne : https://r.example/web/56</p><h1>Le pari de Crolles</h1>"
        "<p><strong>Au sommaire :</strong> STMicro relance sa méga-usine · TSMC ouvre Dresde · RISC-V gagne</p>"
        "<h2>L'édito</h2><h3>Les cathédrales et les chapelles</h3><p>Un premier paragraphe.</p><p>Un second.</p>"
        "<h2>Usines</h2><h3>TSMC en avance</h3><p>Un texte.</p><h3>Intel vend</h3><p>Un autre.</p>"
        "<p>À mardi prochain !</p><p>L'équipe de Transistor</p></body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert issue.headlines == ("STMicro relance sa méga-usine", "TSMC ouvre Dresde", "RISC-V gagne")
    assert issue.sections[0].paragraphs == ("Les cathédrales et les chapelles", "Un premier paragraphe.", "Un second.")
    assert [i.lead for i in issue.sections[1].items] == ["TSMC en avance", "Intel vend"]
    assert _dropped(issue)["À mardi prochain !"] == "sign-off"


def test_a_platforms_byline_under_its_subtitle_signs_and_dates_the_issue() -> None:
    issue = _read(
        "# Le titre\n\n### Un sous-titre qui résume la lettre.\n\nInès Haddad · 17 janv. 2026\n\nUn texte.\n\n## Une partie\n\nUn autre.\n",
        "x.md",
    )
    assert issue.signature == "Inès Haddad" and issue.date == dt.date(2026, 1, 17)
    assert _dropped(issue)["Inès Haddad · 17 janv. 2026"] == "byline"


def test_an_editorial_with_intertitles_signed_before_the_news_is_one_section() -> None:
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nLe chat a trouvé un employeur\n\nPendant vingt ans, il était à dix ans.\n\n"
        "La barre symbolique\n\nMardi, IBM a présenté un processeur.\n\nL'Europe entre deux chaises\n\nL'Europe avance en ordre dispersé.\n\n"
        "Héloïse Marchetti\n\n…attend vos réactions.\n\nQuantique : la course\n\nDes résultats.\n\n"
        "• Starling-B : 112 qubits logiques.\n\n• Ions contre circuits : moins de qubits.\n\n"
        "Sponsorisé par AgriData\n\nVos parcelles parlent, écoutez-les.\n\nJe teste gratuitement\n\n"
        "Agritech : le champ connecté\n\nLa robotique entre dans les exploitations.\n\n"
        "EN EXCLUSIVITÉ POUR LES ABONNÉS :\n\n• Le vrai calendrier du Q-Day.\n\nLe vrai calendrier du Q-Day\n\nIls citent une date.\n\n"
        "Ce que disent les feuilles de route\n\nIBM promet 200 qubits logiques en 2029 avec Starling…\n\n"
        "Héloïse Marchetti\n\nPhysicienne de formation, Héloïse a cofondé Octet en 2023.\n\n"
        "P.S. La semaine prochaine, Octet sera envoyée dimanche.\n\nSe désabonner\n"
    )
    assert [s.title for s in issue.sections] == [
        "Le chat a trouvé un employeur", "Quantique : la course", "Agritech : le champ connecté", "Le vrai calendrier du Q-Day",
    ]  # fmt: skip
    assert issue.sections[0].paragraphs[1:3] == ("La barre symbolique.", "Mardi, IBM a présenté un processeur.")
    assert issue.sections[3].paragraphs[-1] == "IBM promet 200 qubits logiques en 2029 avec Starling…"
    assert issue.postscript == ("P.S. La semaine prochaine, Octet sera envoyée dimanche.",)


def test_decorated_headings_a_greeting_before_the_edito_and_a_date_line_with_its_number() -> None:
    issue = _read(
        "LE SÉMAPHORE\nLa lettre du vendredi\nN° 203 · Vendredi 22 mai 2026\n\nBonjour à toutes et à tous, et bienvenue aux nouveaux lecteurs !\n\n"
        "=== L'ÉDITO : LA SEMAINE DU 49.3 ===\n\nIl aura fallu moins de quarante-huit heures.\n\n■ MARCHÉS\n\n→ Le CAC 40 : il recule de 2 %.\n"
    )
    assert issue.title == "LE SÉMAPHORE" and issue.date == dt.date(2026, 5, 22) and issue.headlines == ()
    assert [(s.title, s.kind) for s in issue.sections] == [("L'ÉDITO : LA SEMAINE DU 49.3", "editorial"), ("MARCHÉS", "news")]


def test_a_markdown_callout_and_the_front_matters_author() -> None:
    issue = _read(
        "---\ntitle: Orbite basse\ndate: 2026-06-07\nauthor: Léna Quéméner\n---\n\n## L'édito\n\nUn texte.\n\n"
        "> [!NOTE]\n> Les chiffres sont provisoires.\n\n## Lanceurs\n\nUn autre texte.\n",
        "x.md",
    )
    assert issue.signature == "Léna Quéméner"
    assert all("[!" not in p for s in issue.sections for p in s.paragraphs)


def test_an_e_mails_signature_block_a_boxed_border_and_a_closing_line_of_hashtags() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n+------------------+\n| LE CHIFFRE |\n+------------------+\n\n"
        "La suite\n\nUn autre texte.\n\n#IA #Industrie40 #Usine\n\n-- \nGaspard Lemoine\nBit à Bit - <https://bitabit.example>\n"
    )
    dropped = _dropped(issue)
    assert dropped["Gaspard Lemoine"] == dropped["Bit à Bit - <https://bitabit.example>"] == "signature block"
    assert dropped["#IA #Industrie40 #Usine"] == "share bar"
    assert all("+---" not in s.title for s in issue.sections)


def test_a_posts_author_block_with_their_roles_and_publishing_date() -> None:
    html = (
        "<html><body><h1>Maintenance prédictive : pourquoi 70 % des projets échouent</h1>"
        "<p>Claire Mandelbaum</p><p>Directrice innovation chez Valtéo · IA industrielle · Ex-Safran</p>"
        "<p>Publié le 12 mars 2026</p><p>Il y a trois semaines, un directeur d'usine m'a appelée.</p>"
        "<h2>Le vrai problème</h2><p>Les données.</p></body></html>"
    )
    issue = read_issue(html.encode(), "x.html")
    assert issue.signature == "Claire Mandelbaum" and issue.date == dt.date(2026, 3, 12)
    assert issue.sections[0].paragraphs == ("Il y a trois semaines, un directeur d'usine m'a appelée.",)


def test_a_table_of_contents_gives_the_headlines_and_is_not_read() -> None:
    issue = _read(
        "# Le Mensuel du Code\n\n> **TL;DR** — Rust entre dans trois noyaux, et nos tests de revue de code.\n\n"
        "## Sommaire\n\n1. [Rust gagne le noyau](#rust)\n2. [Revue de code : nos tests](#revue)\n\n"
        "## L'édito\n\nBonjour à tous,\n\nCe mois-ci, deux sujets de fond et une seule conviction à défendre.\n\n"
        "## 1. Rust gagne le noyau\n\nTrois distributions activent les pilotes en Rust par défaut.\n\n"
        "## 2. Revue de code : nos tests\n\nNous avons soumis 120 demandes de fusion à quatre assistants.\n\nAu mois prochain,\nBastien\n",
        "x.md",
    )
    assert issue.headlines == ("Rust gagne le noyau", "Revue de code : nos tests")
    assert [s.title for s in issue.sections] == ["L'édito", "1. Rust gagne le noyau", "2. Revue de code : nos tests"]
    assert issue.epigraph is None and issue.sections[0].paragraphs == ("Ce mois-ci, deux sujets de fond et une seule conviction à défendre.",)
    dropped = _dropped(issue)
    assert dropped["Sommaire"] == "table of contents" and dropped["Bonjour à tous,"] == "greeting"
    assert dropped["TL;DR — Rust entre dans trois noyaux, et nos tests de revue de code."] == "summary"
    assert dropped["Au mois prochain, Bastien"] == "sign-off"


def test_a_list_of_headings_that_are_not_the_issues_own_is_read() -> None:
    issue = _read(
        "# Le Mensuel\n\n## Sommaire\n\n- Un premier sujet\n- Un second sujet\n\n"
        "## Les faits\n\nUn texte qui dit les faits.\n\n## La suite\n\nUn autre texte.\n",
        "x.md",
    )
    assert issue.sections[0].title == "Sommaire" and not issue.headlines


def test_code_is_listed_as_left_out_with_the_line_announcing_it() -> None:
    markdown = (
        "# Le Fil Dev\n\n## Python 3.15 gèle ses fonctionnalités\n\nLe compilateur à la volée y gagne 12 % de vitesse.\n\n"
        "Pour la tester :\n\n```bash\nuv python install 3.15\n```\n\nLa version finale est attendue en octobre.\n\n## Autre sujet\n\nUn texte.\n"
    )
    html = (
        "<html><body><h1>Le Fil Dev</h1><h2>Python 3.15 gèle ses fonctionnalités</h2><p>Le compilateur à la volée y gagne 12 % de "
        "vitesse.</p><p>Pour la tester :</p><pre><code>uv python install 3.15</code></pre><p>La version finale est attendue en "
        "octobre.</p><h2>Autre sujet</h2><p>Un texte.</p></body></html>"
    )
    for text, name in ((markdown, "x.md"), (html, "x.html")):
        issue = _read(text, name)
        assert issue.sections[0].paragraphs == ("Le compilateur à la volée y gagne 12 % de vitesse.", "La version finale est attendue en octobre.")
        assert _dropped(issue) == {"Pour la tester :": "code", "uv python install 3.15": "code"}, name


def test_an_issue_forwarded_with_quote_marks_is_read_without_them_or_the_forwarders_note() -> None:
    quoted = "\n".join(
        "> " + line if line else ">"
        for line in (
            "La fibre rattrape son retard", "", "Bonjour à toutes et à tous,", "",
            "L'Arcep a publié jeudi son observatoire : 91 % des locaux sont", "désormais raccordables à la fibre, contre 86 % il y a un an.", "",
            "LES OPÉRATEURS", "", "Free revendique 8,1 millions d'abonnés à la fibre, et Orange", "7,4 millions, selon leurs derniers résultats.",
        )
    )  # fmt: skip
    issue = _read(
        "Pour l'édition audio de samedi.\n\n---------- Forwarded message ---------\nDe : Kilobit <lettre@kilobit.example>\n"
        f"Date: sam. 14 nov. 2026 à 07:00\nSubject: La fibre rattrape son retard\n\n{quoted}\n"
    )
    assert issue.title == "La fibre rattrape son retard" and [s.title for s in issue.sections] == ["", "LES OPÉRATEURS"]
    assert issue.sections[0].paragraphs == (
        "L'Arcep a publié jeudi son observatoire : 91 % des locaux sont désormais raccordables à la fibre, contre 86 % il y a un an.",
    )
    assert _dropped(issue)["Pour l'édition audio de samedi."] == "forwarding note"


def test_a_quotation_marked_in_text_is_read_without_its_mark() -> None:
    issue = _read("Le titre\n\nUn intertitre\n\nUn texte qui cite :\n\n> une phrase citée\n\nEt un texte après, qui continue.\n")
    assert issue.sections[0].paragraphs == ("Un texte qui cite :", "une phrase citée", "Et un texte après, qui continue.")


def test_a_kicker_over_a_title_that_asks_a_question() -> None:
    for kicker in ("NUMÉRO SPÉCIAL JO 2028", "ÉDITION SPÉCIALE"):
        issue = _read(
            f"{kicker}\n\nLes stades solaires tiendront-ils leurs promesses ?\n\n"
            "AU SOMMAIRE • Un premier titre • Un second titre • Bienvenue dans La Veille, mardi 3 mars 2026.\n\n"
            "Un intertitre de l'édito\n\nUn paragraphe de l'édito, qui ouvre la lettre.\n\nLéa Martin\n\n"
            "Une rubrique\n\nUn texte de la rubrique.\n"
        )
        assert issue.title == "Les stades solaires tiendront-ils leurs promesses ?", kicker
        assert issue.date == dt.date(2026, 3, 3) and issue.headlines == ("Un premier titre", "Un second titre"), kicker
        assert issue.sections[0].title == "Un intertitre de l'édito" and issue.sections[0].kind == "editorial", kicker


def test_an_interviews_follow_up_that_trails_off_a_readers_question_signed_and_one_asker_named(show) -> None:  # type: ignore[no-untyped-def]
    from audio_edition.script import build_script

    def turns(paragraphs: tuple[str, ...], title: str = "Entretien avec Léa Roy") -> list[tuple[bool, str]]:
        section = build_script(Issue("Sans date", None, (), None, (Section(title, paragraphs),), None), show).segments[1]
        return [(c.role == section.cues[0].role, c.text) for c in section.cues[1:]]

    # a follow-up question left hanging ("…") among questions that ask: still two voices, no labels
    asked = turns(("Q : Pourquoi ce procès ?", "R : Pour ma voix.", "Q : D'autres acceptent pourtant de la céder…", "R : Je ne les juge pas."))
    assert asked == [(False, "Pourquoi ce procès ?"), (True, "Pour ma voix."), (False, "D'autres acceptent pourtant de la céder…"),
                     (True, "Je ne les juge pas.")]  # fmt: skip
    # a reader's question ends with who asks
    asked = turns(("Q : Pourquoi les loyers ne sont-ils pas publics ? (Inès, Brest)", "R : Le secret fiscal les couvre."), "Vos questions")
    assert asked == [(False, "Pourquoi les loyers ne sont-ils pas publics ? (Inès, Brest)"), (True, "Le secret fiscal les couvre.")]
    # only the one who asks is named, under an interview's title
    asked = turns(("La Veille : Pourquoi les câbles ?", "Pour la résilience.", "La Veille : Et le satellite ?", "Un complément."), "ENTRETIEN")
    assert asked == [(False, "Pourquoi les câbles ?"), (True, "Pour la résilience."), (False, "Et le satellite ?"), (True, "Un complément.")]
    # no interview: a glossary's labels that state, not ask, even with a question among them
    glossary = ("Q : le quota.", "R : le reste…", "Q : pourquoi ?")
    assert {same for same, _ in turns(glossary, "Lexique")} == {True}


def test_a_readers_letter_signed_with_a_role_and_a_town_then_the_next_heading() -> None:
    letter = (
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nCourrier des lecteurs\n\nBonjour,\n\n"
        "Votre article sur les barrages oubliait les petites centrales de montagne, qui comptent aussi.\n\n"
        "Bien cordialement,\n\nSophie Marchal, professeure de physique, Lorient\n\n"
    )
    for reply in ("Elle a raison : nous y reviendrons dans un prochain numéro.\n\n", ""):
        issue = _read(f"{letter}{reply}Le classement\n\nLes ventes de vélos ont progressé de 4 % en un an.\n")
        assert [s.title for s in issue.sections] == ["Un intertitre", "Courrier des lecteurs", "Le classement"], reply
        assert "Sophie Marchal, professeure de physique, Lorient" in issue.sections[1].paragraphs, reply


def test_an_advertisements_button_of_any_verb_with_its_arrow() -> None:
    for button in ("Estimer mon devis →", "Prenez rendez-vous ›", "Je me lance →"):
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLes chiffres de l'eau\n\n"
            "- La demande : les centres de calcul consomment 3 % de l'eau potable du département.\n"
            "- Le recyclage : deux sites sur dix réutilisent leurs eaux grises.\n\n"
            "Sponsorisé par Aquapure\n\nVos tours de refroidissement consomment trop ? Aquapure divise votre facture par deux.\n\n"
            f"{button}\n\n- Le prix : le mètre cube a augmenté de 12 % en un an.\n\nUne autre rubrique\n\nUn texte de la rubrique.\n"
        )
        assert [s.title for s in issue.sections] == ["Un intertitre", "Les chiffres de l'eau", "Une autre rubrique"], button
        assert [i.lead for i in issue.sections[1].items] == ["La demande", "Le recyclage", "Le prix"], button
        assert _dropped(issue)[button] == "sponsored block", button


def test_a_poll_under_its_label_alone_is_left_out_a_survey_under_it_is_read() -> None:
    head = "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nSondage\n\n"
    issue = _read(
        f"{head}Prendriez-vous le train de nuit pour Rome s'il coûtait le prix de l'avion ?\n\nOui\n\nNon, trop long\n\n"
        "Cliquez pour voter\n\nL'agenda\n\nUn texte de l'agenda.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "L'agenda"]
    assert set(_dropped(issue).values()) == {"poll"}
    # a survey's headline under the label, with its story: read
    issue = _read(
        f"{head}Les Français prêts à payer plus pour le train ?\n\nSelon un sondage publié mardi, 58 % des sondés "
        "accepteraient une hausse de 5 % du billet si la ponctualité s'améliorait. Les moins de 35 ans sont les plus enclins.\n"
    )
    assert any("58 %" in p for s in issue.sections for p in (*s.paragraphs, *(i.text for i in s.items))) and not _dropped(issue)


def test_a_list_of_reading_links_keeps_its_bullet_without_an_address() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nErratum\n\nNous avons mal orthographié le nom de la ministre.\n\n"
        "Nos lectures\n\n→ « Les trains de nuit reviennent », une note de l'Institut Rousseau, 30 pages.\n\n"
        "→ Le rapport de la Cour des comptes : https://www.ccomptes.example/rapport-rail\n\n"
        "→ En italien, le reportage du Corriere sur la ligne Paris-Rome.\n\nAgenda\n\n- 12 mai : congrès des cheminots.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Erratum", "Agenda"]
    assert issue.sections[1].paragraphs == ("Nous avons mal orthographié le nom de la ministre.",) and not issue.sections[1].items
    assert _dropped(issue)["En italien, le reportage du Corriere sur la ligne Paris-Rome."] == "list of links"


def test_a_name_tagline_date_and_rundown_then_rubrics_in_capitals_under_short_lines() -> None:
    issue = _read(
        "GRAINS\nLa lettre des céréaliers\nJeudi 5 mars 2026 · n° 12\n\n"
        "Au sommaire : la moisson avancée · le colza en hausse · une question de lecteur\n\n"
        "« Qui sème le vent récolte la tempête. »\n— Osée\n\n"
        "LA MOISSON AVANCÉE\n\nChers lecteurs,\n\nLa chaleur de février a avancé les semis de trois semaines dans la Beauce.\n\n"
        "Bonne lecture,\n\nPaul Girard\n\nCOLZA\n\nLe colza a gagné 2 % en un mois sur le marché à terme.\n\n"
        "Un avis signé en bas de rubrique.\n\nClaire Vidal\n\nCOURRIER\n\n"
        "« J'ai vingt hectares de blé dur. Dois-je passer au sorgho ? »\nAnne R., Albi\n\n"
        "Notre réponse : le sorgho résiste mieux à la sécheresse, mais se vend moins cher.\n"
    )
    assert issue.date == dt.date(2026, 3, 5) and issue.headlines == ("la moisson avancée", "le colza en hausse", "une question de lecteur")
    assert issue.epigraph is not None and issue.epigraph.author == "Osée" and issue.signature == "Paul Girard"
    assert [s.title for s in issue.sections] == ["LA MOISSON AVANCÉE", "COLZA", "COURRIER"]
    assert issue.sections[0].kind == "editorial" and issue.sections[0].paragraphs == (
        "La chaleur de février a avancé les semis de trois semaines dans la Beauce.",
    )
    assert "Anne R., Albi" in issue.sections[2].paragraphs


def test_a_call_with_its_arrow_under_a_story_is_a_button_not_a_chapter() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nRECHERCHE\n\n"
        "Une équipe lyonnaise publie un modèle qui lit les radiographies du thorax en deux secondes.\n\n"
        "Consulter l'étude →\n\nEN BREF\n\n- Une clinique de Nantes s'équipe de robots.\n\n"
        "Entreprendre en Bretagne\n\nLa région finance vingt projets de santé numérique.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "RECHERCHE", "EN BREF", "Entreprendre en Bretagne"]
    assert _dropped(issue) == {"Consulter l'étude →": "button"}


def test_a_masthead_line_of_details_a_tldr_list_and_a_numbered_editorial_with_back_links() -> None:
    html = (
        "<html><body><h1>Les ports à l'heure de l'hydrogène</h1>"
        "<p><em>La Vigie · n° 12 · avril 2026 · temps de lecture : 8 min</em></p>"
        "<p><strong>TL;DR</strong></p><ul><li>Le port du Havre commande trois remorqueurs à hydrogène.</li>"
        "<li>Marseille électrifie deux nouveaux quais.</li></ul>"
        "<h2>Sommaire</h2><ol><li><a href='#edito'>L'édito : le quai, dernier kilomètre</a></li><li><a href='#havre'>Le Havre</a></li></ol>"
        "<h2 id='edito'>1. L'édito : le quai, dernier kilomètre</h2><p>Bonjour à toutes et à tous,</p>"
        "<p>Les armateurs promettent des navires propres, mais un navire à quai brûle encore du fioul pour s'éclairer.</p>"
        "<p>— Jeanne Roux</p><p><a href='#sommaire'>↑ Retour au sommaire</a></p>"
        "<h2 id='havre'>2. Le Havre</h2><p>Le port commande trois remorqueurs à hydrogène pour 2028.</p>"
        "<p><a href='#sommaire'>↑ Retour au sommaire</a></p></body></html>"
    )
    issue = _read(html, "x.html")
    assert [(s.title, s.kind) for s in issue.sections][0] == ("1. L'édito : le quai, dernier kilomètre", "editorial")
    assert issue.sections[0].paragraphs == ("Les armateurs promettent des navires propres, mais un navire à quai brûle encore du fioul pour s'éclairer.",)
    assert issue.signature == "Jeanne Roux" and issue.sections[1].paragraphs == ("Le port commande trois remorqueurs à hydrogène pour 2028.",)
    dropped = _dropped(issue)
    assert dropped["La Vigie · n° 12 · avril 2026 · temps de lecture : 8 min"] == "masthead"
    assert dropped["Marseille électrifie deux nouveaux quais."] == "summary" and dropped["↑ Retour au sommaire"] == "navigation"


def test_the_publishers_line_of_a_letter_whose_name_is_not_known_yet() -> None:
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nAgenda\n\n- 12 mai : congrès des pêcheurs à Lorient.\n\n"
        "Marée est une lettre indépendante, publiée chaque jeudi par Yann Le Du. Vous la recevez parce que vous vous êtes inscrit.\n"
    )
    assert [i.text for i in issue.sections[-1].items] == ["congrès des pêcheurs à Lorient."]
    # news about another publication is read
    issue = _read(
        "Le titre\n\nUn intertitre\n\nLe Canard enchaîné est une publication indépendante, qui ne vit que de ses ventes, "
        "a rappelé son directeur mardi devant les députés.\n"
    )
    assert not issue.dropped


def test_a_rundown_this_week_and_a_quoted_epigraph_under_a_tagline_with_its_date() -> None:
    markdown = (
        "# Fréquence #9 — Les ondes courtes reviennent\n\n*La lettre hebdomadaire de la radio · mardi 3 mars 2026*\n\n"
        "Bonjour à toutes et à tous,\n\nAu menu cette semaine : la FM qui s'éteint en Norvège, le DAB+ qui gagne Lyon "
        "et le grand retour des radios associatives dans les campagnes. Bonne lecture !\n\n"
        "> « La radio est le théâtre de l'esprit. »\n> — Orson Welles\n\n## L'édito\n\nLa radio n'a jamais été aussi écoutée.\n\n"
        "## Brèves\n\nUn texte de la rubrique.\n"
    )
    issue = _read(markdown, "x.md")
    assert issue.headlines == ("la FM qui s'éteint en Norvège", "le DAB+ qui gagne Lyon", "le grand retour des radios associatives dans les campagnes")
    assert issue.epigraph is not None and (issue.epigraph.author, issue.date) == ("Orson Welles", dt.date(2026, 3, 3))
    assert [s.title for s in issue.sections] == ["L'édito", "Brèves"]
    html = (
        "<html><body><h1>Le fret en question</h1><p>Publié le 9 mars 2026 par Jeanne Roux · 6 minutes de lecture</p>"
        "<p><strong>Le Rail n° 4 · lundi 9 mars 2026.</strong> Au sommaire : le fret ferroviaire, les péniches et le tram-train.</p>"
        "<blockquote><p>« Le train est la mémoire des villes. »</p><cite>Paul Morand</cite></blockquote>"
        "<h2>L'édito</h2><p>Le fret ferroviaire recule encore cette année.</p><h2>Brèves</h2><p>Un texte de la rubrique.</p></body></html>"
    )
    issue = _read(html, "x.html")
    assert issue.headlines == ("le fret ferroviaire", "les péniches", "le tram-train") and issue.signature == "Jeanne Roux"
    assert issue.epigraph is not None and issue.epigraph.author == "Paul Morand" and issue.date == dt.date(2026, 3, 9)
    assert [s.title for s in issue.sections] == ["L'édito", "Brèves"]


def test_a_ranking_counted_up_under_its_announcement_keeps_its_ranks_steps_do_not() -> None:
    ranking = "1. Le Havre : 3,1 millions de conteneurs\n2. Marseille-Fos : 1,5 million\n3. Dunkerque : 0,8 million\n"
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLe classement des ports\n\nLes ports les plus actifs en 2025 :\n\n{ranking}")
    said = [f"{i.lead} : {i.text}" if i.lead else i.text for i in issue.sections[-1].items]
    assert said == ["1. Le Havre : 3,1 millions de conteneurs", "2. Marseille-Fos : 1,5 million", "3. Dunkerque : 0,8 million"]
    steps = "1. Ouvrez le portail\n2. Choisissez votre port\n3. Validez la demande\n"
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLa démarche\n\nPour réserver un quai :\n\n{steps}")
    assert [i.text for i in issue.sections[-1].items] == ["Ouvrez le portail", "Choisissez votre port", "Validez la demande"]


def test_counter_examples_from_the_hunt_for_misfires_of_the_readers_new_rules() -> None:
    # an issue that prints a forwarded memo: its header and introduction are no forwarder's note
    memo = _read(
        "La note qui embarrasse\n\nLA BOÎTE NOIRE · la lettre des coulisses · mardi 10 mars 2026\n\nBonjour,\n\n"
        "Cette semaine, un document. Un cadre nous a fait suivre le message ci-dessous. Nous le publions tel quel.\n\n"
        "---------- Message transféré ---------\nDe : Direction <direction@poste.example>\nDate : ven. 6 mars 2026\n\n"
        "Chers collègues, les tournées du samedi seront supprimées.\n\nCE QUE DIT LA POSTE\n\nLa direction dément.\n"
    )
    assert memo.title == "La note qui embarrasse" and memo.date == dt.date(2026, 3, 10)
    assert "forwarding note" not in _dropped(memo).values()
    # "Publiée dimanche par …, la lettre …" is a sentence, not a byline
    published = _read(
        "Le Fil\n\nL'ÉDITO\n\nPubliée dimanche par Emmanuel Macron, la lettre aux Français annonce un référendum.\n\n"
        "Le texte tient en deux pages.\n\nHélène Briand\n\nLES FAITS\n\nUn fait.\n"
    )
    assert published.signature == "Hélène Briand" and published.sections[0].paragraphs[0].startswith("Publiée dimanche")
    # a survey's results under "Sondage" are read; a headline over a dateline in capitals is a headline
    survey = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLe nucléaire relancé en Pologne\n\nVARSOVIE\n\n"
        "Le gouvernement a signé mardi le contrat de sa première centrale.\n\nSondage\n\nLes Français sont-ils prêts à s'équiper ?\n\n"
        "Oui, dès cet été : 23 %\n\nOui, d'ici deux ans : 31 %\n\nNon : 41 %\n\nEnquête Ifop réalisée du 9 au 11 juin auprès de 1 008 personnes.\n"
    )
    assert [s.title for s in survey.sections][1:] == ["Le nucléaire relancé en Pologne", "Sondage"]
    assert "Non : 41 %" in survey.sections[-1].paragraphs and "Oui, dès cet été : 23 %" in survey.sections[-1].paragraphs
    # "À la prochaine crue, …" is news; a letter's line about another letter is news too
    news = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nÀ la prochaine crue, la digue ne tiendra pas.\n\n"
        "La Gazette de l'Orbite est une lettre indépendante, publiée chaque mois par d'anciens ingénieurs ; elle révèle une panne.\n"
    )
    assert len(news.sections[0].paragraphs) == 3 and not news.dropped


def test_a_tldr_is_the_summary_and_a_contents_list_under_a_real_title_is_read() -> None:
    issue = _read(
        "# Le Quai\n\n**TL;DR**\n\n- La ligne de nuit rouvre le 5 avril.\n- Grève des aiguilleurs le 23 mars.\n\n"
        "## Prix 2026 : les trois finalistes\n\n- Ferroviz\n- Calorys\n\n## Ferroviz\n\nUn texte.\n\n## Calorys\n\nUn autre texte.\n",
        "x.md",
    )
    assert issue.headlines == ("La ligne de nuit rouvre le 5 avril.", "Grève des aiguilleurs le 23 mars.")
    assert issue.sections[0].title == "Prix 2026 : les trois finalistes"
    steps = _read("Le titre\n\nUn intertitre\n\nUn paragraphe.\n\nLes étapes les plus importantes :\n\n1. Ouvrir\n2. Choisir\n3. Valider\n")
    assert [i.text for i in steps.sections[-1].items] == ["Ouvrir", "Choisir", "Valider"]
    assert rundown("Au sommaire : iOS 27 et le satellite, les salaires des ingénieurs et des techniciens.") == (
        "", "Au sommaire", ["iOS 27 et le satellite", "les salaires des ingénieurs et des techniciens"],
    )


def test_a_closing_ps_with_a_farewell_and_the_signers_career_around_it_is_read_by_the_host() -> None:
    teaser = "EN EXCLUSIVITÉ POUR LES ABONNÉS :\n\n• Notre enquête sur les péages de demain.\n\n"
    career = "Ancienne urbaniste, Léa Garnier a rejoint Octet en 2022. Elle suit les transports et le logement."
    footer = "Les derniers articles publiés\n\nSe désabonner\n"
    body = "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nLéa Garnier\n\nLes routes\n\n• Un fait : un texte.\n\n"
    # the P.S. after the teaser, then the farewell, the name and her career
    issue = _read(body + teaser + "P.S. Pas de lettre le 1er mai.\n\nÀ samedi prochain, bonne route.\n\nLéa Garnier\n\n" + career + "\n\n" + footer)
    assert issue.postscript == ("P.S. Pas de lettre le 1er mai.",)
    assert [s.title for s in issue.sections] == ["Un intertitre", "Les routes"]
    assert _dropped(issue)[career] == "author biography"
    # the name over the P.S., the farewell, then her career alone: no chapter named after her
    issue = _read(body + teaser + "Léa Garnier\n\nP.S. Pas de lettre le 1er mai.\n\nÀ samedi prochain.\n\n" + career + "\n\n" + footer)
    assert issue.postscript == ("P.S. Pas de lettre le 1er mai.",)
    assert [s.title for s in issue.sections] == ["Un intertitre", "Les routes"] and _dropped(issue)[career] == "author biography"
    # a P.S. followed by a story is the story's, not the editor's last word
    issue = _read(body + "P.S. Le tram aussi est en retard.\n\nLe chantier\n\nLe fabricant a livré ses rames mardi.\n\n" + footer)
    assert not issue.postscript and issue.sections[-1].title == "Le chantier"


def test_a_readers_letter_signed_name_role_town_keeps_its_signature_before_the_editors_reply() -> None:
    letter = "Dans votre numéro du 4 mars, vous évoquiez les pannes des bornes. Je gère un parking de 400 places : nos bornes tombent chaque semaine."
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nCourrier des lecteurs\n\n" + letter + "\n\n"
        "Julie Caradec, gestionnaire de parking, Vannes\n\nMerci pour ce témoignage, nous enquêtons. (N.D.L.R.)\n\nEN BREF\n\n• Un fait : un texte.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Courrier des lecteurs", "EN BREF"]
    assert issue.sections[1].paragraphs[1:] == ("Julie Caradec, gestionnaire de parking, Vannes", "Merci pour ce témoignage, nous enquêtons. (N.D.L.R.)")
    # a name and a role over an interview, after a story that says nothing to the newsletter: a heading
    issue = _read(
        "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nLes bornes\n\n" + letter.replace("Dans votre numéro du 4 mars, vous évoquiez", "Le rapport évoque") + "\n\n"
        "Julie Caradec, directrice de l'Avere, Paris\n\nQ : Les bornes tiennent-elles ?\n\nR : Pas toujours.\n"
    )
    assert issue.sections[-1].title == "Julie Caradec, directrice de l'Avere, Paris"


def test_a_surveys_results_announced_by_their_line_are_read_in_its_section() -> None:
    results = "Oui, chaque semaine : 41 %\nOui, parfois : 22 %\nNon, jamais : 37 %\n"
    head = "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nSondage : les lecteurs et le vélo\n\nNous vous avons demandé si vous alliez au travail à vélo. Sur 520 réponses :\n\n"
    for after in ("\nLa pluie reste le premier frein.\n\nEN BREF\n\n• Un fait : un texte.\n", "\nSe désabonner\n"):
        issue = _read(head + results + after)
        survey = next(s for s in issue.sections if s.title.startswith("Sondage"))
        assert survey.paragraphs[1:4] == ("Oui, chaque semaine : 41 %", "Oui, parfois : 22 %", "Non, jamais : 37 %"), after
        assert "heading with no text" not in _dropped(issue).values()
    # a figure over its own story, after a paragraph that announces nothing: a heading
    issue = _read(head.replace(" Sur 520 réponses :", "") + "Le chiffre : 27 %\n\nC'est la part des trajets faits à vélo à Strasbourg.\n")
    assert issue.sections[-1].title == "Le chiffre : 27 %"


def test_a_reading_list_without_arrows_leaves_out_its_entries_without_an_address_too() -> None:
    head = "Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nLéa Garnier\n\nEN BREF\n\n• Un fait : un texte.\n\n• Un autre fait : un autre texte.\n\n"
    reads = (
        "Nos lectures\n\nLe bilan du CNES sur les débris en orbite : https://cnes.example/debris\n\n"
        "Une longue enquête d'un mensuel suisse sur les assureurs de satellites.\n\nLe fil de @orbite_fr sur la rentrée de la station, minute par minute.\n\n"
    )
    issue = _read(head + reads + "Agenda\n\n• Mar. 12 mai : lancement d'Ariane 6.\n")
    assert [s.title for s in issue.sections] == ["Un intertitre", "EN BREF", "Agenda"] and len(issue.sections[1].items) == 2
    assert _dropped(issue)["Le fil de @orbite_fr sur la rentrée de la station, minute par minute."] == "list of links"
    # a sentence of news after the list is no entry of it
    issue = _read(head + reads + "Le ministre a démissionné mardi, après trois semaines de polémique.\n")
    assert "Le ministre a démissionné mardi, après trois semaines de polémique." not in _dropped(issue)


def test_a_quizs_numbered_questions_keep_their_numbers_for_its_answers() -> None:
    quiz = "1. Quel pays a lancé le premier satellite ? a) Les États-Unis b) L'URSS\n\n2. En quelle année ? a) 1957 b) 1961\n\nRéponses : 1 b ; 2 a.\n"
    issue = _read("Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nLe quiz\n\n" + quiz)
    assert [i.text for i in issue.sections[-1].items][:2] == ["1. Quel pays a lancé le premier satellite ? a) Les États-Unis b) L'URSS", "2. En quelle année ? a) 1957 b) 1961"]
    # numbered steps are marks, not news
    issue = _read("Le titre\n\n" + TEASER + "\n\nUn intertitre\n\nUn texte.\n\nLa démarche\n\n1. Ouvrez le portail\n2. Choisissez un créneau\n")
    assert [i.text for i in issue.sections[-1].items] == ["Ouvrez le portail", "Choisissez un créneau"]


def test_the_editorials_chapter_does_not_repeat_its_label(show) -> None:  # type: ignore[no-untyped-def]
    from audio_edition.script import build_script

    def editorial(title: str) -> tuple[str, list[str]]:
        issue = Issue("Le titre", None, (), None, (Section(title, ("Un texte.",), kind="editorial"),), "Léa Garnier")
        segment = next(s for s in build_script(issue, show).segments if s.kind == "editorial")
        return segment.title, [c.text for c in segment.cues[1:]]

    assert editorial("Édito (1/2) : Le prix, enfin") == ("Éditorial : Le prix, enfin", ["Le prix, enfin.", "Un texte."])
    assert editorial("1. L'édito : la route a-t-elle un prix ?") == ("Éditorial : la route a-t-elle un prix ?", ["La route a-t-elle un prix ?", "Un texte."])
    assert editorial("✍️ L'édito") == ("Éditorial", ["Un texte."])
    assert editorial("L'édito du FT") == ("Éditorial : L'édito du FT", ["L'édito du FT.", "Un texte."])  # another paper's


def test_a_long_reads_masthead_in_sentences_and_its_linked_contents_are_not_read() -> None:
    issue = _read(
        "---\ntitle: Les gares oubliées\nauthor: Maël Quéré\n---\n\n# Les gares oubliées\n\n"
        "*Voie Unique n° 7 — la lettre mensuelle du rail régional. Mars 2026. Temps de lecture : 15 minutes.*\n\n"
        "## Sommaire\n\n1. [Le grand déclassement](#le-grand-declassement)\n2. [Pourquoi les petites lignes ferment plus vite que prévu](#pourquoi)\n"
        "3. [Entretien : Anne Le Bihan, « Le train n'est pas un luxe »](#entretien)\n\n"
        "## Le grand déclassement\n\nTrois cents gares ont fermé en dix ans. Un paragraphe.\n\nUn second paragraphe.\n\n"
        "## Pourquoi les petites lignes ferment\n\nUn texte.\n\n## Entretien\n\nUn autre texte.\n",
        "x.md",
    )
    assert _dropped(issue)["Voie Unique n° 7 — la lettre mensuelle du rail régional. Mars 2026. Temps de lecture : 15 minutes."] == "masthead"
    assert [s.title for s in issue.sections] == ["Le grand déclassement", "Pourquoi les petites lignes ferment", "Entretien"]
    assert issue.headlines[0] == "Le grand déclassement" and issue.sections[0].kind != "editorial"  # the first part, no editorial
    # a contents list of its own, under another title, is read; a sentence naming an issue number is no masthead
    issue = _read(
        "# Le titre\n\nVoie Unique fête son n° 7 — la lettre a trouvé ses lecteurs. Merci à vous. Un texte.\n\n"
        "## Les trois finalistes\n\n- Le grand déclassement\n- Entretien\n\n## Le grand déclassement\n\nUn texte.\n\n## Entretien\n\nUn autre texte.\n",
        "x.md",
    )
    assert issue.sections[0].paragraphs[0].startswith("Voie Unique fête") and issue.sections[1].title == "Les trois finalistes"


def test_an_interviews_long_bold_questions_and_one_put_in_the_newsletters_name_are_asked(show) -> None:  # type: ignore[no-untyped-def]
    from audio_edition.script import build_script

    issue = read_issue(
        "# Le titre\n\nUn texte d'ouverture.\n\n## Entretien avec Anne Le Bihan\n\n"
        "**Voie Unique : Vos lignes ont perdu 12 % de voyageurs l'an dernier, trois fois moins que la moyenne nationale. Comment ?**\n\n"
        "Par les horaires. Nous avons ajouté un train le soir.\n\n"
        "**Beaucoup d'élus réclament la gratuité des petites lignes, au moins pour les moins de vingt-cinq ans. Vous aussi ?**\n\n"
        "Non. Le prix n'est pas le problème.\n\n**Et demain ?**\n\nDes trains plus courts.\n".encode(),
        "x.md",
    )
    segment = next(s for s in build_script(issue, show).segments if s.title.startswith("Entretien"))
    asker = segment.cues[1].role
    said = [(c.role == asker, c.text) for c in segment.cues[1:]]
    assert said[0] == (True, "Vos lignes ont perdu 12 % de voyageurs l'an dernier, trois fois moins que la moyenne nationale. Comment ?")
    assert [a for a, _ in said] == [True, False, True, False, True, False]


def test_a_farewell_in_a_month_signs_off_and_leaves_no_chapter_of_notes() -> None:
    issue = read_issue(
        "# Le titre\n\nUn texte d'ouverture.\n\n## Les gares\n\nUn texte[^1].\n\n## Notes\n\n[^1]: Source : SNCF, 2026.\n\n---\n\n"
        "*À dans un mois,*\n*Maël*\n".encode(),
        "x.md",
    )
    assert [s.title for s in issue.sections][-1] == "Les gares" and _dropped(issue)["À dans un mois, Maël"] == "sign-off"
    news = _read("Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nÀ dans deux semaines, la BCE relèvera ses taux.\n")
    assert "sign-off" not in _dropped(news).values()


def test_a_feed_items_title_loses_the_newsletters_name_and_number_and_its_creator_signs_in_full() -> None:
    from audio_edition.readers import IssueRequest, open_issue

    def item(title: str) -> str:
        return (
            f"<item><title>{title}</title><link>https://x.example/58</link><pubDate>Mon, 09 Feb 2026 06:00:00 +0000</pubDate>"
            "<dc:creator>Maël Quéré</dc:creator><description><![CDATA[<h2>Les gares</h2><p>Un texte sur les gares.</p>"
            "<h2>Le fret</h2><p>Un texte sur le fret.</p><p>Au mois prochain, Maël</p>]]></description></item>"
        )

    def read(title: str, tmp: Path) -> Issue:
        feed = tmp / "f.rss"
        feed.write_text(
            '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Voie Unique</title>'
            f"<link>https://x.example</link>{item(title)}</channel></rss>",
            encoding="utf-8",
        )
        return open_issue(IssueRequest(str(feed), latest=True))

    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        issue = read("Voie Unique #58 — Les gares oubliées", Path(tmp))
        assert issue.title == "Les gares oubliées" and issue.signature == "Maël Quéré"
        # without a number, the name may open a special issue's own title
        assert read("Voie Unique — spécial fret : les gares oubliées", Path(tmp)).title == "Voie Unique — spécial fret : les gares oubliées"


def test_counter_examples_from_the_second_hunt_for_misfires() -> None:
    # after its sources' addresses, a list ends at news without one ("Une étude … publiée mardi estime …")
    sources = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nEN BREF\n\nUn premier fait du jour.\n\nSources :\n\n"
        "https://insee.example/a\n\nhttps://coe.example/b\n\nUne étude de l'Inserm publiée mardi estime que le bruit coûte 147 milliards d'euros par an.\n"
    )
    assert any("Inserm" in p for s in sources.sections for p in s.paragraphs)
    # "Le courrier de Bruxelles" is a rubric of news: the interview's "Name, role" over its questions is its heading
    interview = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLE COURRIER DE BRUXELLES\n\nLa Commission propose un stock commun de gaz, "
        "une idée que défend la commissaire depuis des mois et que plusieurs pays du Nord contestent.\n\n"
        "Teresa Alvarez, commissaire européenne à l'Énergie\n\nLes pays du Nord craignent de payer. Que leur répondez-vous ?\n\nQue la solidarité paie.\n"
    )
    assert "Teresa Alvarez, commissaire européenne à l'Énergie" in [s.title for s in interview.sections]
    # a product's price as its heading, after a line ending with ":", stays a heading
    products = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nNOTRE BANC D'ESSAI\n\nNous avons roulé trois semaines avec trois vélos :\n\n"
        "Urban Arrow Family : 4 200 euros\n\nLe plus stable, mais aussi le plus lourd du lot.\n"
    )
    assert "Urban Arrow Family : 4 200 euros" in [s.title for s in products.sections]


def test_an_editorial_rubric_in_capitals_over_its_headline_signed_by_an_officer() -> None:
    # "ÉDITORIAL" over its headline, "Madame, Monsieur," opening it, a name in bold over an office at
    # the institution that publishes the letter: the signed editorial, titled by its headline
    page = (
        "<html><body><p><b>Le Courrier du canton</b></p><p>N° 4 – Juin 2026</p>"
        "<p><b>ÉDITORIAL</b></p><p><b>Des écoles ouvertes tout l'été</b></p><p>Madame, Monsieur,</p>"
        "<p>Cet été, six écoles du canton resteront ouvertes pour accueillir les enfants dont les parents travaillent, "
        "avec des animateurs recrutés par la communauté de communes et un repas servi chaque midi.</p>"
        "<p>Les inscriptions se font en mairie jusqu'au 20 juin, et les familles modestes ne paieront rien.</p>"
        "<p>Je vous souhaite une bonne lecture.</p><p><b>Odile Fabre-Castaing</b></p>"
        "<p><i>Vice-présidente de la communauté de communes, déléguée à la jeunesse</i></p>"
        "<p><b>TRAVAUX</b></p><p>La route du col sera fermée du 3 au 7 juin pour refaire la chaussée sur deux kilomètres, "
        "une déviation par le village voisin est prévue.</p>"
        "<p><b>CULTURE</b></p><p>La médiathèque prolonge ses horaires le samedi jusqu'à 18 heures à partir du mois de juillet, "
        "pour les lecteurs qui travaillent en semaine.</p></body></html>"
    )
    issue = _read(page, "x.html")
    editorial = issue.sections[0]
    assert editorial.kind == "editorial" and editorial.title == "ÉDITORIAL : Des écoles ouvertes tout l'été"
    assert editorial.paragraphs[0].startswith("Cet été") and issue.signature == "Odile Fabre-Castaing"
    assert _dropped(issue)["Madame, Monsieur,"] == "greeting"
    assert [s.title for s in issue.sections[1:]] == ["TRAVAUX", "CULTURE"]


def test_a_farewell_naming_a_town_over_its_news_is_a_heading() -> None:
    # "À dans trois semaines, Lorient !" over a paragraph about Lorient's festival: the heading of that
    # news, not the editor's farewell; "Au mois prochain, Gaspard" over the footer still signs off
    text = (
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre qui ouvre ce numéro.\n\nLE CONCERT DE LA SEMAINE\n\n"
        "Le quatuor joue ce soir à la salle des fêtes, un programme de musique de chambre du siècle dernier.\n\n"
        "À dans trois semaines, Lorient !\n\nLe quatuor sera l'invité du festival interceltique de Lorient le 4 août, pour deux soirées.\n\n"
        "Au mois prochain, Gaspard\n\nPour vous désabonner, répondez à ce message.\n"
    )
    issue = _read(text)
    lorient = next(s for s in issue.sections if s.title == "À dans trois semaines, Lorient !")
    assert lorient.paragraphs[0].startswith("Le quatuor sera l'invité")
    assert _dropped(issue)["Au mois prochain, Gaspard"] == "sign-off"


def test_a_longer_sentence_announcing_a_table_stays() -> None:
    # "… Il fixe le tarif de chaque tranche selon le revenu du foyer :" over a table left out: a sentence of more
    # than eight words tells something ("Il a interprété test au sens large et exécuté ceci :"), and stays
    text = (
        "# Le titre\n\nUn paragraphe de la lettre qui ouvre ce numéro.\n\n## La cantine\n\n"
        "Le barème voté en mars entrera en vigueur à la rentrée. Il fixe le tarif de chaque tranche selon le revenu du foyer :\n\n"
        "| Tranche | Prix du repas |\n|---|---|\n| Moins de 800 € | 1 € |\n| Plus de 2 000 € | 4,50 € |\n\n"
        "Les familles qui ne déclarent pas leurs revenus paieront le tarif le plus haut.\n"
    )
    issue = _read(text, "x.md")
    cantine = next(s for s in issue.sections if s.title == "La cantine")
    assert cantine.paragraphs[0].endswith("Il fixe le tarif de chaque tranche selon le revenu du foyer :")
    assert "Il fixe le tarif de chaque tranche selon le revenu du foyer :" not in _dropped(issue)


def test_a_sign_off_and_a_name_over_the_editorial_sign_it() -> None:
    # "Je vous souhaite une bonne lecture." / "Name" right under the header, before the editorial's text:
    # its signer, not the editorial's title
    text = (
        "La Bobine\n\nLa lettre des salles de quartier • Mardi 9 juin 2026\n\nJe vous souhaite une bonne lecture.\n\nMartine Caradec\n\n"
        "Les salles de quartier ont perdu un spectateur sur dix depuis janvier, et trois d'entre elles ont déjà réduit leurs séances du matin.\n\n"
        "LE FILM DE LA SEMAINE\n\nUn documentaire sur les projectionnistes de village, tourné pendant deux hivers dans le Cantal.\n"
    )
    issue = _read(text)
    assert issue.signature == "Martine Caradec"
    assert issue.sections[0].kind == "editorial" and issue.sections[0].title == ""


def test_an_agenda_without_bullets_reads_every_entry() -> None:
    # lines that open with their date, two or more in a row, are an agenda's entries: not headings with
    # no text, nor a chapter named after the first one
    head = "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\n"
    for title, entries in (
        ("À l'agenda", ["lun. 2/03 – mer. 4/03 : salon du livre, Brest", "12/03 : remise des prix de la BD, Angoulême", "17-19/03 : festival des images, Arles"]),
        ("AGENDA", ["Ven. 6/11 · Sam. 7/11 — foire aux vins, Colmar", "Mar. 10/11 : ouverture de la chasse aux truffes", "Du 20 au 22 novembre : salon du chocolat, Lyon"]),
        ("Rendez-vous", ["Jeudi 4 juin, 10h-17h : journée portes ouvertes de l'école, Nantes", "Du 8 au 12 juin : congrès des maires ruraux, Tours", "1er juillet : entrée en vigueur du nouveau tarif des cantines"]),
    ):
        issue = _read(head + title + "\n\n" + "\n\n".join(entries) + "\n\nUn dossier\n\nUn texte qui suit l'agenda, assez long pour en être un.\n")
        assert [s.title for s in issue.sections] == ["Un intertitre", title, "Un dossier"], title
        agenda = issue.sections[1]
        assert [f"{i.lead} : {i.text}" if i.lead else i.text for i in agenda.items] == entries, title
        assert not any(d.reason == "heading with no text" for d in issue.dropped), title
    # a single dated line over its story is a headline
    issue = _read(head + "1er juillet : ce qui change pour les locataires\n\nLe plafond des loyers sera relevé de deux points.\n")
    assert [s.title for s in issue.sections] == ["Un intertitre", "1er juillet : ce qui change pour les locataires"]


def test_an_agenda_entry_keeps_its_date_in_figures() -> None:
    # "• 2/06 : …": the date stays with its entry (said alone, "2/06." is a fraction)
    issue = _read("Le titre\n\nUn intertitre\n\nUn paragraphe.\n\nAgenda\n\n• Mar. 26/05 : un salon, Lille\n\n• 2/06 : résultats de l'appel d'offres\n")
    assert [(i.lead, i.text) for i in issue.sections[-1].items] == [("", "Mar. 26/05 : un salon, Lille"), ("", "2/06 : résultats de l'appel d'offres")]


def test_a_heading_on_credit_is_no_photo_credit() -> None:
    # "Crédit : le grand dégel" over its story is a section on loans; a credit names its author or agency
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nCrédit : le grand dégel\n\n"
        "Les banques prêtent de nouveau aux ménages, à des taux qui baissent depuis trois mois.\n\n"
        "• Les jeunes d'abord : les primo-accédants reviennent en force.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Crédit : le grand dégel"]
    assert issue.sections[1].paragraphs[0].startswith("Les banques prêtent")
    for credit in ("Crédit : Jeanne Roux / Agence Brume", "Crédits : DR", "Crédit photo : un lecteur de Quimper"):
        issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\n{credit}\n\nUn autre paragraphe.\n")
        assert _dropped(issue)[credit] == "image caption or credit", credit


def test_an_interview_labelled_question_and_answer_under_its_long_headline() -> None:
    # "Question : … ?" is a turn, not a chapter; the headline naming who speaks is a heading, its long
    # quotation counted in words (not its colon and guillemets)
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre, assez long pour qu'on le lise en entier.\n\n"
        "Paule Keravec : « Un bon libraire saura toujours conseiller un livre qu'il n'a pas lu »\n\n"
        "Question : Les libraires utilisent-ils vraiment les outils de recommandation ?\n\n"
        "Réponse : Très peu. Ils préfèrent les tables de présentation et le bouche-à-oreille.\n\n"
        "Question : Et les ventes en ligne ?\n\nRéponse : Elles plafonnent depuis deux ans.\n\n"
        "BRÈVES\n\nUne brève de la semaine.\n"
    )
    titles = [s.title for s in issue.sections]
    assert titles == ["Un intertitre", "Paule Keravec : « Un bon libraire saura toujours conseiller un livre qu'il n'a pas lu »", "BRÈVES"]
    assert issue.sections[1].paragraphs[0] == "Question : Les libraires utilisent-ils vraiment les outils de recommandation ?"
    assert len(issue.sections[1].paragraphs) == 4
    # a pull quote's full stop inside its guillemets keeps it a quotation, however it is counted
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nPaule Keravec : « Nous ne vendrons jamais un livre que nous n'avons pas aimé. »\n\n"
        "La libraire a ouvert sa boutique en 1998.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre"]


def test_a_tables_title_over_it_goes_with_it() -> None:
    # "Loyers moyens, fin mai (source : …)" right over a table left out: its title, not the section's last item
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre, qui parle des loyers.\n\n• Une hausse : les loyers montent encore.\n\n"
        "Loyers moyens au mètre carré, fin mai (source : observatoire des loyers)\n\nNantes | 14 € | +2 %\nRennes | 13 € | +1 %\n\n"
        "BRÈVES\n\nUne brève de la semaine.\n"
    )
    section = issue.sections[0]
    assert [i.text for i in section.items] == ["les loyers montent encore."]
    assert _dropped(issue)["Loyers moyens au mètre carré, fin mai (source : observatoire des loyers)"] == "table"
    # a sentence over a table stays: it says something of its own
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre, qui parle des loyers.\n\nLes loyers ont encore monté en mai dans l'Ouest.\n\n"
        "Nantes | 14 € | +2 %\nRennes | 13 € | +1 %\n\nBRÈVES\n\nUne brève de la semaine.\n"
    )
    assert issue.sections[0].paragraphs[-1] == "Les loyers ont encore monté en mai dans l'Ouest."


def test_an_advertisements_button_of_six_words_and_its_arrow() -> None:
    # "Réserver une table en 2 clics →": the arrow is no word; the button ends the advertisement and the next
    # rubric is a heading, not the button's text
    button = "Réserver une table en 2 clics →"
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nPublicité\n\n"
        "Vos clients réservent par téléphone ? Tablenet prend les réservations en ligne, jour et nuit.\n\n"
        f"{button}\n\nBRÈVES\n\nLa Poste\nLe groupe ferme trois centres de tri en Bretagne d'ici à la fin de l'année.\n\n"
        "La SNCF\nLa compagnie rouvre la ligne de nuit vers Briançon dès le mois de décembre.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "BRÈVES"]
    assert _dropped(issue)[button] == "sponsored block"


def test_dated_sentences_in_a_story_are_not_an_agenda() -> None:
    # two long sentences in a row, each opening with its date, are the story's text: the editorial keeps
    # its paragraphs and its kind (not three bullets of a news section)
    story = [
        "La mairie a tranché en deux temps, et les commerçants du centre en mesurent déjà les effets.",
        "Le 3 février : le conseil municipal vote la fermeture de la rue du Port aux voitures, malgré l'opposition des riverains et de deux élus.",
        "Le 17 février : le préfet valide l'arrêté en rappelant que la ville doit réduire la pollution de l'air avant la fin de l'année.",
        "Depuis, la fréquentation des boutiques de la rue a baissé de moitié, selon l'union des commerçants.",
    ]
    issue = _read("Le Courrier du port\n\nLundi 2 mars 2026\n\nLa rue du Port fermée\n\n" + "\n\n".join(story) + "\n\nEn bref\n\nUne brève de la semaine, assez longue.\n")
    first = issue.sections[0]
    assert (first.title, first.kind, list(first.paragraphs), list(first.items)) == ("La rue du Port fermée", "editorial", story, [])
    # under an agenda's rubric, long entries ending with a full stop stay entries
    entries = [
        "Le 3 février : le conseil municipal se réunit pour voter la fermeture de la rue du Port, en présence des riverains.",
        "Le 17 février : la préfecture tient une réunion publique sur la qualité de l'air, à la salle des fêtes de la ville.",
    ]
    issue = _read("Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nÀ venir\n\n" + "\n\n".join(entries) + "\n\nUn dossier\n\nUn texte qui suit l'agenda, assez long.\n")
    assert [f"{i.lead} : {i.text}" if i.lead else i.text for i in issue.sections[1].items] == entries


def test_common_photo_credits_are_left_out() -> None:
    # an agency glued to its photographer, a brand in "iX", an agency in brackets, two names, a licence, a handle:
    # each is a credit, not a chapter named "Crédit : …" that takes the next story's text
    for credit in ("Crédit : AFP/Getty Images", "Crédit : iStock", "Crédit : Paul Morel (AFP)", "Crédit : Léa Garnier, Hans Lucas",
                   "Crédit : CC BY-SA 4.0", "Crédit : Pexels / @jules.ferrand"):
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre, sur les tramways des villes moyennes.\n\n"
            f"{credit}\n\nÀ Quimper, la ligne de tramway doit relier la gare à l'hôpital d'ici à 2030.\n"
        )
        assert _dropped(issue)[credit] == "image caption or credit", credit
        assert [s.title for s in issue.sections] == ["Un intertitre"], credit
    # a heading on loans that names a bank is still a heading
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nCrédit : BNP Paribas relève ses taux\n\n"
        "La banque augmente de 0,2 point ses taux sur vingt ans, une première depuis l'été.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Crédit : BNP Paribas relève ses taux"]


def test_news_on_not_receiving_calls_is_no_footer() -> None:
    # "pour ne plus les recevoir" in a headline on cold calls is news: it does not cut the issue as its footer
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\n"
        "Prospectus : un autocollant pour ne plus les recevoir, même dans les immeubles\n\n"
        "La loi étend aux immeubles collectifs l'autocollant « Oui Pub », qui sera obligatoire dès septembre.\n\n"
        "Les bons comptes\n\nLe taux du livret d'épargne populaire reste inchangé jusqu'à l'été.\n"
    )
    assert [s.title for s in issue.sections][1:] == ["Prospectus : un autocollant pour ne plus les recevoir, même dans les immeubles", "Les bons comptes"]
    assert not any(d.reason == "footer" for d in issue.dropped)
    # before the way out, it is the footer
    issue = _read("Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nPour ne plus la recevoir, répondez STOP à ce message.\n")
    assert _dropped(issue)["Pour ne plus la recevoir, répondez STOP à ce message."] == "footer"


def test_news_opening_with_bienvenue_is_no_greeting() -> None:
    # "Bienvenue dans l'ère de…" opening the first story is news, read; a welcome to new readers is the show's
    news = "Bienvenue dans l'ère du café à dix euros : selon l'Insee, le prix du paquet de café moulu a bondi de 30 % en un an."
    issue = _read(f"Le Comptoir\n\nMardi 3 mars 2026\n\n{news}\n\nLes torréfacteurs accusent la sécheresse au Brésil et la hausse du fret.\n")
    assert news in [p for s in issue.sections for p in s.paragraphs]
    assert news not in _dropped(issue)
    welcome = "Bienvenue aux 850 nouveaux abonnés arrivés cette semaine, et merci à celles et ceux qui font circuler la lettre !"
    issue = _read(f"Le Comptoir\n\nMardi 3 mars 2026\n\n{welcome}\n\n{news}\n\nLes torréfacteurs accusent la sécheresse au Brésil.\n")
    assert _dropped(issue)[welcome] == "greeting"


def test_a_farewell_naming_the_editor_stays_a_sign_off() -> None:
    # "À la semaine prochaine, Léa !" over a P.S., her bio or a thanks line: the editor's farewell, not a
    # chapter named after her; a town the news names again is still a heading ("À bientôt, Brest !")
    head = "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre qui ouvre ce numéro, sur le port et ses travaux.\n\n"
    for after in (
        "P.S. La lettre fera relâche le lundi de Pentecôte, elle arrivera donc exceptionnellement le mardi 26 mai.",
        "Léa Tanguy écrit cette lettre depuis Quimper, où elle suit la pêche et les ports bretons pour plusieurs journaux.",
        "Cette lettre est publiée avec le soutien de la Fondation de la mer, que nous remercions chaleureusement.",
    ):
        issue = _read(head + "À la semaine prochaine, Léa !\n\n" + after + "\n")
        assert _dropped(issue)["À la semaine prochaine, Léa !"] == "sign-off", after
        assert [s.title for s in issue.sections] == ["Un intertitre"], after
    issue = _read(head + "À bientôt, Brest !\n\nLe trois-mâts fera escale à Brest du 10 au 14 juillet, pour les fêtes maritimes de la ville.\n")
    assert [s.title for s in issue.sections] == ["Un intertitre", "À bientôt, Brest !"]


def test_a_rubric_after_a_sign_off_is_no_signature() -> None:
    # "Nominations" over an appointment ("Directeur général …, Jean Morvan"), or "Le coin des lecteurs" under the
    # signer: rubrics over their text, not the signer's name or job
    head = "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre qui ouvre ce numéro, sur la rentrée des collectivités.\n\n"
    issue = _read(
        head + "Bonne semaine à toutes et à tous,\n\nNominations\n\n"
        "Directeur général des services de la ville de Vannes, Jean Morvan\n\n"
        "Il remplace Anne Cadiou, partie à la retraite après dix ans à ce poste, et dirigeait jusqu'ici les services de Lorient.\n"
    )
    assert issue.signature != "Nominations"
    nominations = next(s for s in issue.sections if s.title == "Nominations")
    assert any(p.startswith("Il remplace Anne Cadiou") for p in nominations.paragraphs)
    issue = _read(
        head + "Bonne lecture et bonne semaine,\n\nYann Le Floch\n\nLe coin des lecteurs\n\n"
        "Une lectrice de Vannes nous écrit que la ligne de bus vers la gare ne passe plus le dimanche depuis janvier.\n"
    )
    assert issue.signature == "Yann Le Floch"
    assert [s.title for s in issue.sections][-1] == "Le coin des lecteurs"
    # a signer over his office still signs
    issue = _read(head + "Bonne lecture,\n\nJean Morvan\n\nDirecteur général des services de la ville de Vannes\n")
    assert issue.signature == "Jean Morvan"


def test_a_dateline_under_the_title_dates_the_issue_without_signing_it() -> None:
    # "Villeneuve d'Ascq, le 12 mars 2026" or "Hors Série · jeudi 12 mars 2026" under the title: a place or an
    # occasion and the date, not an author's name over the date
    for line in ("Porto Vecchio, le 12 mars 2026", "Grand Ouest, 12 mars 2026", "Hors Série · jeudi 12 mars 2026", "Val Cenis · 12 mars 2026"):
        issue = _read(f"La Lettre du bassin\n\n{line}\n\nUn intertitre\n\nLe syndicat des eaux relève ses tarifs de 4 % au 1er avril, pour financer ses travaux.\n")
        assert issue.signature is None, line
        assert issue.date == dt.date(2026, 3, 12), line
    issue = _read("La Lettre du bassin\n\nCorentin Abgrall 12 mars 2026\n\nUn intertitre\n\nLe syndicat des eaux relève ses tarifs de 4 % au 1er avril.\n")
    assert issue.signature == "Corentin Abgrall"


def test_a_name_titling_the_first_portrait_does_not_sign_the_issue() -> None:
    # "Je vous souhaite une bonne lecture." over the first of several portraits, each titled with a name: the
    # name titles its portrait, it does not sign the issue
    text = (
        "Les Bâtisseuses\n\nNuméro 3 · samedi 7 mars 2026\n\nAu sommaire : Odette Kerjean, Lucie Marzin et Rose Guivarc'h.\n\n"
        "Je vous souhaite une bonne lecture.\n\nOdette Kerjean\n\n"
        "Première femme ingénieure des ponts du Finistère, elle dessine en 1962 le viaduc qui relie encore les deux rives de l'Élorn.\n\n"
        "Lucie Marzin\n\nArchitecte, elle a reconstruit après guerre une bonne partie des écoles du pays bigouden, en granit et en béton.\n\n"
        "Rose Guivarc'h\n\nUrbaniste, elle a conçu le premier plan de déplacements de Brest, qui a fait revenir le tramway en 2012.\n"
    )
    issue = _read(text)
    assert issue.signature is None
    assert issue.sections[0].title == "Odette Kerjean" and issue.sections[0].paragraphs[0].startswith("Première femme")


def test_a_sentence_without_its_full_stop_over_a_table_is_read() -> None:
    # "Bonne nouvelle pour les locataires : les loyers ont baissé en avril" over a table: news whose final full stop
    # is missing, read; a title ("Loyers moyens, fin avril (source : …)") still goes with the table
    for line in ("Bonne nouvelle pour les locataires : les loyers ont baissé en avril", "Les loyers ont encore baissé en avril dans l'Ouest"):
        issue = _read(
            "# Le titre\n\n## Un intertitre\n\nUn paragraphe de la lettre, qui parle des loyers.\n\n## Les loyers\n\n"
            f"Le marché locatif se détend enfin dans les grandes villes de l'Ouest.\n\n{line}\n\n| Ville | Loyer | Évolution |\n|---|---|---|\n"
            "| Nantes | 14 € | -2 % |\n| Rennes | 13 € | -1 % |\n\n## Brèves\n\nUne brève de la semaine.\n",
            "x.md",
        )
        assert line in issue.sections[1].paragraphs, line
    issue = _read(
        "# Le titre\n\n## Un intertitre\n\nUn paragraphe de la lettre, qui parle des loyers.\n\n## Les loyers\n\n"
        "Le marché locatif se détend enfin dans les grandes villes de l'Ouest.\n\nLoyers moyens, fin avril (source : observatoire)\n\n"
        "| Ville | Loyer | Évolution |\n|---|---|---|\n| Nantes | 14 € | -2 % |\n| Rennes | 13 € | -1 % |\n\n## Brèves\n\nUne brève de la semaine.\n",
        "x.md",
    )
    assert _dropped(issue)["Loyers moyens, fin avril (source : observatoire)"] == "table"


def test_a_long_quotation_inside_a_report_is_its_text() -> None:
    # "Name : « a quotation of fifteen words »" between two paragraphs of a report, no interview's turns under it:
    # a line of the report, not a chapter that splits the editorial
    quote = "Maëlle Quéré : « Nous ne reprendrons pas la mer tant que le gazole ne sera pas moins cher »"
    issue = _read(
        "Le titre\n\nUn intertitre\n\nLes pêcheurs du Guilvinec ont bloqué le port toute la matinée de mardi.\n\n"
        f"{quote}\n\nLa présidente du comité local des pêches a quitté la préfecture au bout d'une heure, sans accord.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre"]
    assert quote in issue.sections[0].paragraphs


def test_question_and_answer_headlines_over_news_stay_headings() -> None:
    # "Question : … ?" and "Réponse : …" over paragraphs of news, not turns of an interview (no answer follows
    # the question directly): two sections
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre, assez long pour qu'on le lise en entier.\n\n"
        "Question : qui paiera la hausse du prix du beurre ?\n\n"
        "Les laiteries ont obtenu une hausse de 6 % de leurs tarifs auprès de la grande distribution, après trois mois de négociations.\n\n"
        "Les distributeurs promettent de ne pas la répercuter en rayon avant l'été.\n\n"
        "Réponse : sans doute le consommateur\n\n"
        "Selon une association de consommateurs, la plaquette de beurre prendra au moins vingt centimes d'ici septembre.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Question : qui paiera la hausse du prix du beurre ?", "Réponse : sans doute le consommateur"]


def test_a_question_headline_under_the_title_is_the_first_story() -> None:
    # "## Pourquoi … ?" right under the issue's title, over its byline and its text: the first story's headline,
    # not the issue's standfirst
    issue = _read(
        "# La Miche n° 4\n\n## Pourquoi la farine coûte-t-elle si cher ?\n\n*Par Jeanne Le Du · 12 mars 2026*\n\n"
        "Le prix du sac de farine a pris 20 % en un an, poussé par la sécheresse dans la Beauce.\n\n"
        "## Le pain va-t-il encore augmenter ?\n\nLes boulangers promettent une pause jusqu'à l'été.\n",
        "x.md",
    )
    assert issue.sections[0].title == "Pourquoi la farine coûte-t-elle si cher ?"
    assert "standfirst" not in [d.reason for d in issue.dropped]


def test_a_masthead_line_over_no_title_gives_its_name() -> None:
    # "Le Trait d'union · n° 12 · lundi 30 mars 2026" over a greeting, or over the first story's headline and its
    # text: the issue is titled with the letter's name and dated; a greeting is never a title, and the story keeps
    # its headline
    for after in (
        "Bonjour à toutes et à tous,\n\nLe chômage des jeunes repart à la hausse au premier trimestre, selon les chiffres publiés jeudi.\n",
        "Les apprentis plus nombreux\n\nLes centres de formation comptent 8 % d'apprentis de plus qu'il y a un an, surtout dans le bâtiment et la coiffure.\n",
    ):
        issue = _read(f"Le Trait d'union · n° 12 · lundi 30 mars 2026\n\n{after}\nEn bref\n\nUne brève de la semaine, assez longue.\n")
        assert issue.title == "Le Trait d'union", after
        assert issue.date == dt.date(2026, 3, 30), after
    assert issue.sections[0].title == "Les apprentis plus nombreux"


def test_briefs_with_their_lead_on_a_line_under_a_sections_lead_paragraph() -> None:
    # "Les ports et les quais" / its lead paragraph / "Marseille agrandit son terminal" / its text: briefs of the
    # section, as they are right under the heading, not one chapter each
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nLes ports et les quais\n\n"
        "Les grands ports français investissent dans l'électrification des quais pour accueillir les paquebots.\n\n"
        "Marseille agrandit son terminal\nLe port branche trois nouveaux postes à quai sur le réseau électrique.\n\n"
        "Le Havre attend ses grues\nLes portiques commandés en Chine arriveront avec six mois de retard.\n\n"
        "BRÈVES\n\nUne brève de la semaine.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Les ports et les quais", "BRÈVES"]
    section = issue.sections[1]
    assert section.paragraphs == ("Les grands ports français investissent dans l'électrification des quais pour accueillir les paquebots.",)
    assert [i.lead for i in section.items] == ["Marseille agrandit son terminal", "Le Havre attend ses grues"]
    # a story under a sub-heading that runs on for several paragraphs keeps its sub-heading as a chapter
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nLes ports et les quais\n\n"
        "Les grands ports français investissent dans l'électrification des quais pour accueillir les paquebots.\n\n"
        "Marseille agrandit son terminal\nLe port branche trois nouveaux postes à quai sur le réseau électrique.\n\n"
        "Les travaux dureront deux ans et coûteront quarante millions d'euros, financés en partie par la Région.\n\n"
        "Le Havre attend ses grues\nLes portiques commandés en Chine arriveront avec six mois de retard.\n\n"
        "Le port a dû louer deux grues mobiles pour tenir la cadence pendant l'hiver, à ses frais.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Les ports et les quais", "Marseille agrandit son terminal", "Le Havre attend ses grues"]


def test_an_advertisements_button_without_its_arrow_before_the_next_heading() -> None:
    # "Calculer mon économie" after a sponsor's paragraph, with the next rubric under it: the ad's button, left
    # out with it, and "Agenda" a heading (not a paragraph of a chapter named after the button)
    for label, button in (("Sponsorisé par Voltéo", "Calculer mon économie"), ("Un mot de notre partenaire", "Recevoir notre guide complet")):
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n"
            f"{label}\n\nVotre toiture peut produire votre électricité. Voltéo pose vos panneaux en une journée.\n\n"
            f"{button}\n\nAgenda\n\n12/05 : salon de l'énergie solaire, Lyon.\n\n14/05 : journée des installateurs, Nantes.\n"
        )
        assert [s.title for s in issue.sections] == ["Un intertitre", "Agenda"], button
        assert _dropped(issue)[button] == "sponsored block"
    # a heading after the advertisement's text, with its own story under it, stays a heading
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nSponsorisé par Voltéo\n\n"
        "Votre toiture peut produire votre électricité. Voltéo pose vos panneaux en une journée.\n\n"
        "Sauver les vergers normands\n\nLa Région finance la replantation de deux mille pommiers à cidre cet hiver.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Sauver les vergers normands"]


def test_an_advertisement_in_a_box_up_to_its_button() -> None:
    # "Publicité" over a box: its frame is a rule, never a chapter, and its short lines (the product's name in
    # capitals, its price) are the advertisement up to its button, not headings; the next heading stays one
    body = (
        "  FOURNIL PLUS — La caisse des boulangeries\n  Ventes, commandes et fournées sur une seule tablette.\n"
        "  Dès 29 € HT/mois · Sans engagement\n  → Essayez un mois gratuitement\n"
    )
    for top, bottom in (("┌────────────────────────┐\n", "└────────────────────────┘\n"), ("+------------------------+\n", "+------------------------+\n"), ("", "")):
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nPublicité\n\n"
            f"{top}{body}{bottom}\nLes boulangers face au prix du beurre\n\n"
            "Le cours du beurre a doublé en un an, et les artisans répercutent la hausse sur les viennoiseries.\n"
        )
        assert [s.title for s in issue.sections] == ["Un intertitre", "Les boulangers face au prix du beurre"], top
        dropped = _dropped(issue)
        assert dropped["FOURNIL PLUS — La caisse des boulangeries"] == dropped["Essayez un mois gratuitement"] == "sponsored block"
    # a box's sides are not read either: "│ Un texte encadré │"
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n╔══════════════════╗\n║ Le marché des fruits rouges reprend des couleurs cette année. ║\n"
        "╚══════════════════╝\n"
    )
    assert issue.sections[0].paragraphs[-1] == "Le marché des fruits rouges reprend des couleurs cette année."


def test_the_publishers_line_edited_by_closes_the_letter_after_a_postscript() -> None:
    # "Grain est une lettre indépendante, éditée par …" is the publisher's line, like "publiée chaque …": not read,
    # and the P.S. above it (with the editor's name over it, or none) is the host's last word, not a chapter
    # named after the editor nor an item of the last briefs
    publisher = "Grain est une lettre indépendante, éditée par Grain Médias SAS, 4 place du Marché, 35000 Rennes."
    postscript = "P.S. Pendant les moissons, Grain paraîtra le dimanche matin, une semaine sur deux."
    for signer in ("Jeanne Roux\n\n", ""):
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nBRÈVES\n\n• Semences : la coopérative rachète un sélectionneur breton.\n\n"
            f"• Engrais : les prix reculent pour le troisième mois.\n\n{signer}{postscript}\n\n{publisher}\n"
        )
        assert [s.title for s in issue.sections] == ["Un intertitre", "BRÈVES"], signer
        assert len(issue.sections[1].items) == 2 and issue.postscript == (postscript,), signer
        assert _dropped(issue)[publisher] == "promotion"
    # news about another letter's publisher is read
    news = "La Gazette des Champs est une lettre indépendante éditée par un syndicat agricole, a rappelé son directeur mardi."
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\n{news}\n")
    assert issue.sections[0].paragraphs[-1] == news


def test_a_postscript_with_the_editors_name_under_it() -> None:
    # "P.S. …" / "Jeanne Roux" / the footer: the host's post-scriptum, her name a signature (not a paragraph of the
    # last section, nor an empty chapter), even after a reader's letter and the editors' reply "(N.D.L.R.)"
    postscript = "P.S. Notre rédactrice en chef répondra à vos questions en direct jeudi à midi."
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nCourrier des lecteurs\n\n"
        "Dans votre numéro du 3 mai, vous évoquiez les haies bocagères sans parler des éleveurs qui les entretiennent à leurs frais.\n\n"
        "Paul Le Guen, éleveur, Carhaix\n\nIl a raison, nous y reviendrons. (N.D.L.R.)\n\n"
        f"{postscript}\n\nJeanne Roux\n\nSe désabonner · Gérer vos préférences\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", "Courrier des lecteurs"]
    assert issue.postscript == (postscript,) and postscript not in issue.sections[-1].paragraphs
    assert _dropped(issue)["Jeanne Roux"] == "signature"


def test_an_interviews_long_title_with_the_guests_role() -> None:
    # "Trois questions à Lina M., role, company, what it does" over bold-less questions: the interview's title,
    # however long, its questions in it (not one chapter per question)
    title = (
        "Trois questions à Lina Morvan, cofondatrice et directrice technique de Sillage, éditeur d'un logiciel "
        "de réservation utilisé par 900 campings en France"
    )
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n"
        f"{title}\n\nPourquoi les campings ont-ils tant tardé ?\n\nParce que la saison est courte et les équipes changent chaque été.\n\n"
        "Que vont changer les assistants ?\n\nTout, ou presque : le client ne compare plus, il demande.\n"
    )
    assert [s.title for s in issue.sections] == ["Un intertitre", title]
    assert issue.sections[1].paragraphs[0] == "Q : Pourquoi les campings ont-ils tant tardé ?"
    # a long sentence that opens alike, with no question under it, is read
    line = (
        "Entretien avec Lina Morvan, cofondatrice de Sillage, qui a levé cette semaine trois millions d'euros auprès "
        "de fonds bretons pour recruter vingt ingénieurs"
    )
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n{line}\n\nLa start-up vise l'Espagne en 2027.\n")
    assert [s.title for s in issue.sections] == ["Un intertitre"] and line in issue.sections[0].paragraphs


def test_a_dashed_interviews_voices_a_quotation_in_an_answer_and_a_question_put_as_a_statement(show) -> None:  # type: ignore[no-untyped-def]
    from audio_edition.script import build_script

    paragraphs = (
        "Responsable des ventes en ligne d'une coopérative de vignerons.",
        "— Vos clients achètent-ils vraiment du vin sur leur téléphone ?",
        "De plus en plus. « Un rouge léger pour un barbecue entre amis, moins de quinze euros » : voilà ce qu'ils tapent.",
        "— Les frais de port restent pourtant le premier frein.",
        "Oui, alors nous livrons en point relais à partir de six bouteilles.",
        "— Et l'an prochain ?",
        "Nous ouvrirons la vente aux cavistes.",
    )
    section = build_script(Issue("Sans date", None, (), None, (Section("Trois questions à Paule Ménard", paragraphs),), None), show).segments[1]
    guest = section.cues[0].role
    said = [(c.role == guest, c.text[:24]) for c in section.cues[2:]]
    assert said == [
        (False, "Vos clients achètent-ils"), (True, "De plus en plus. « Un ro"), (False, "Les frais de port resten"),
        (True, "Oui, alors nous livrons "), (False, "Et l'an prochain ?"), (True, "Nous ouvrirons la vente "),
    ]  # fmt: skip
    # outside an interview, a long quotation still goes to the other voice
    quoted = "Elle a tranché : « Nous ne vendrons plus jamais une bouteille sous le prix de revient, quoi qu'il en coûte. »"
    section = build_script(Issue("Sans date", None, (), None, (Section("Vignobles", (quoted,)),), None), show).segments[1]
    assert len({c.role for c in section.cues[1:]}) == 2


def test_an_advertisement_on_one_line_after_the_agenda() -> None:
    # "Publicité : Formez vos équipes … Programme : https://…" after the agenda: left out, not its last entry
    ad = "Publicité : Formez vos équipes à la taille des fruitiers avec l'école Verger Vivant. Programme : https://verger.example/stages"
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nAgenda\n\n– 12 mai : foire aux plants, Angers.\n"
        f"– 19 mai : journée des pépiniéristes, Tours.\n\n{ad}\n"
    )
    assert [i.text for i in issue.sections[-1].items] == ["foire aux plants, Angers.", "journée des pépiniéristes, Tours."]
    assert _dropped(issue)[ad] == "sponsored block"
    # a brief about advertising, led by the word, is read
    brief = "Publicité : le marché de l'affichage a reculé de 2 % au premier trimestre, selon l'institut des médias."
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nMÉDIAS\n\n• {brief}\n\n• Radio : une station ferme.\n")
    assert not issue.dropped or brief not in _dropped(issue)
    assert any(i.lead == "Publicité" for i in issue.sections[-1].items)


def test_a_postscript_signed_over_the_signers_own_biography() -> None:
    # "P.S. …" / "Lucie Fabre" / "Lucie Fabre" over her career: the host's post-scriptum after the agenda, her name a
    # signature, then her biography (not the agenda's last entry)
    postscript = "P.S. Samedi prochain, nous comparons six assistants de code sur un même projet. Verdict le 28."
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nL'agenda\n\n"
        "  • 12 mai : salon des logiciels libres, Nantes.\n  • 19 mai : journée de la donnée publique, Lille.\n\n"
        f"{postscript}\n\nLucie Fabre\n\nLucie Fabre\n\n"
        "Ancienne développeuse, Lucie a rejoint la presse technique en 2016 après huit ans dans une start-up lyonnaise.\n"
    )
    assert issue.postscript == (postscript,)
    assert [i.text for i in issue.sections[-1].items][-1] == "journée de la donnée publique, Lille."
    assert issue.signature == "Lucie Fabre"
    # a name over a story that is no career stays the issue's: not a footer, no post-scriptum
    news = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nL'agenda\n\n  • 12 mai : salon, Nantes.\n  • 19 mai : forum, Lille.\n\n"
        f"{postscript}\n\nLucie Fabre\n\nLucie Fabre\n\nLa société a annoncé mardi la fermeture de son usine de Roubaix, 300 emplois.\n"
    )
    assert news.postscript == ()


def test_two_signers_on_one_line_sign_the_editorial_together() -> None:
    # "Louise Perrin et Hugo de Valence" (or ", ", " & ") under the editorial: both sign it, and the heading
    # under them stays a chapter (not a chapter named after them)
    for signed in ("Louise Perrin et Hugo de Valence", "Louise Perrin, Hugo de Valence", "Louise Perrin & Hugo de Valence"):
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre, assez long pour ouvrir la semaine.\n\n"
            f"{signed}\n\nMardi 3 mars : le jour des robots\n\nLe salon a ouvert ses portes avec trois annonces.\n\n"
            "Mercredi 4 mars : le jour des puces\n\nLes fondeurs ont pris la parole.\n"
        )
        assert issue.signature == "Louise Perrin et Hugo de Valence", signed
        assert [s.title for s in issue.sections][1:] == ["Mardi 3 mars : le jour des robots", "Mercredi 4 mars : le jour des puces"]
    # one signer with her role in capitals is one signer
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre, assez long pour ouvrir la semaine.\n\n"
        "Louise Perrin, Directrice Générale\n\nMardi 3 mars : le jour des robots\n\nLe salon a ouvert ses portes.\n"
    )
    assert issue.signature == "Louise Perrin"


def test_a_call_to_read_the_whole_piece_elsewhere_is_a_link() -> None:
    # "→ Lire l'enquête complète sur lettre.fr : https://…" under a story: a link, like "Lire la suite sur …", not read
    for call in (
        "→ Lire l'enquête complète sur lettre.fr : https://lettre.fr/enquetes/reseaux-2026",
        "→ Lire l'entretien intégral sur lettre.fr",
        "Voir le rapport sur data.gouv.fr : https://data.gouv.fr/rapport",
    ):
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLes réseaux saturent\n\n"
            f"Les opérateurs demandent de nouvelles lignes à haute tension pour 2030.\n\n{call}\n\nAgenda\n\nUn texte.\n"
        )
        assert _dropped(issue).get(call.lstrip("→ ")) == "link", call  # (the arrow is no text)
    # a sentence that says where to read, then goes on, is read
    said = "Lire l'entretien sur lettre.fr permet de comprendre pourquoi le réseau sature."
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLes réseaux saturent\n\n{said}\n\nAgenda\n\nUn texte.\n")
    assert said not in _dropped(issue)


def test_an_agenda_entry_with_shortened_days_keeps_its_whole_date() -> None:
    # "Du mar. 3 au jeu. 5 novembre : …" in an agenda without bullets: one entry read whole, as "Mar. 3/11 : …"
    # is (said "du mardi trois au jeudi cinq novembre"), not split into a lead "Du mar" and "3 au jeu. 5 …"
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nL'agenda\n"
        "Lundi 2 novembre : ouverture du salon de la robotique, Lyon\n"
        "Du mar. 3 au jeu. 5 novembre : congrès des réseaux, Rennes\n"
        "12 nov. : remise des prix de l'innovation, Lille\n"
    )
    entries = [(i.lead, i.text) for i in issue.sections[-1].items]
    assert entries[1] == ("", "Du mar. 3 au jeu. 5 novembre : congrès des réseaux, Rennes")
    # beside a brief led by a colon, a short first sentence still leads its brief ("Le retour des puces. En avril, …")
    brief = "Le retour des puces. En avril, trois usines rouvrent dans le Grand Est et recrutent 400 techniciens."
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nEn bref\n\n• Réseaux : la fibre couvre 90 % du pays.\n• {brief}\n")
    assert issue.sections[-1].items[1].lead == "Le retour des puces"


def test_a_readers_signature_is_said_with_the_question_not_by_the_voice_that_answers(show) -> None:  # type: ignore[no-untyped-def]
    from audio_edition.script import build_script

    question = "« Mon cabinet d'architectes utilise un assistant pour rédiger ses devis. Faut-il prévenir nos clients ? »"
    answer = "Non, tant que l'assistant ne décide rien à votre place : relisez simplement chaque devis avant l'envoi."
    for paragraphs in (
        (question, "Odile Marchand, architecte, Poitiers", answer),  # the signature on a line of its own
        (f"{question} (Odile, architecte à Poitiers)", answer),  # or after the question, in brackets
    ):
        section = build_script(Issue("Sans date", None, (), None, (Section("Vous nous écrivez", paragraphs),), None), show).segments[1]
        asked, answered = section.cues[-2:]
        assert "Odile" in asked.text and asked.text.startswith("« Mon cabinet") and asked.role != answered.role
        assert answered.text == answer
    # a quotation that is no question keeps its author in the narrator's voice
    quoted = "« Nous ne vendrons jamais nos plans à un concurrent, quoi qu'il nous en coûte cette année. »"
    section = build_script(Issue("Sans date", None, (), None, (Section("Architectes", (quoted, "— Odile Marchand, architecte")),), None), show).segments[1]
    assert section.cues[-1].text == "— Odile Marchand, architecte" and section.cues[-1].role != section.cues[-2].role


def test_a_rubric_named_by_a_verb_after_an_advertisement_stays_a_rubric() -> None:
    # "Vérifier les comptes" right after a sponsor's text, over led briefs or bullets: the next rubric, not the
    # advertisement's button (a bare call is a button only right over the next heading)
    ad = "Partenaire\n\nVos factures d'énergie s'envolent ? Wattmètre suit la consommation de vos ateliers, machine par machine.\n\n"
    for under in (
        "Le port de Sète recrute\nLe port embauche quarante dockers avant la saison des ferries, une première depuis dix ans.\n\n"
        "Brest agrandit sa forme de radoub\nLa région finance la moitié des travaux, livrés au printemps prochain.\n",
        "• Ce qui bouge • Les ports de l'Atlantique embauchent avant l'été.\n\n• Ce qui bloque • Les grues manquent à Brest.\n",
    ):
        issue = _read(f"Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n{ad}Vérifier les comptes\n\n{under}")
        assert issue.sections[-1].title == "Vérifier les comptes", under
        assert len(issue.sections[-1].items) == 2, under
    # a rubric named by a preposition or a noun ending like a verb, over a story's heading, is no button either
    for rubric in ("Derrière les chiffres", "Guerre des prix"):
        issue = _read(
            f"Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n{ad}{rubric}\n\nLe fret reprend\n\n"
            "Les trains de marchandises ont transporté 8 % de tonnes en plus au premier trimestre, selon l'opérateur.\n"
        )
        assert rubric not in _dropped(issue), rubric


def test_news_about_another_letter_edited_by_its_company_is_read() -> None:
    # "… éditée par …, qui vient de lever …": a brief on another letter, with what it does, not the publisher's line
    for news in (
        "Le Fil Rouge est une lettre indépendante, éditée par ses trois fondateurs depuis 2022, qui vient d'ouvrir un bureau à Lille.",
        "La Mare est une publication hebdomadaire éditée par Mare Presse SAS, qui annonce l'embauche de six journalistes.",
    ):
        issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLes médias\n\n{news}\n\nUne autre brève sur la presse locale.\n")
        assert news in issue.sections[-1].paragraphs, news
    # the letter's own publisher's line still closes it
    publisher = "Grain est une lettre indépendante, éditée par Grain Médias SAS, 4 place du Marché, 35000 Rennes."
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\n{publisher}\n")
    assert _dropped(issue)[publisher] == "promotion"


def test_briefs_about_advertising_that_name_the_reader_or_an_address_are_read() -> None:
    # "Publicité : votre smartphone vous écoute. …", "… sur www.… . La radio …": news on advertising, not an ad
    for brief in (
        "Publicité : votre enceinte connectée vous écoute. Deux fabricants vendent désormais aux annonceurs les mots-clés entendus dans les salons.",
        "Publicité : l'affichage recule de 3 % en avril, selon l'institut, qui détaille ses chiffres sur www.affichage-stats.example. La radio résiste.",
    ):
        issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nMédias\n\n{brief}\n\nUne autre brève sur la presse locale.\n")
        assert brief in issue.sections[-1].paragraphs, brief
    # an advertisement that bids the reader act, closes on its address or offers a price is left out
    for ad in (
        "Publicité : Réservez vos billets pour le salon du vélo urbain, du 3 au 5 juin à Nantes.",
        "Publicité : le carnet de route des élus locaux, en ligne sur https://carnet.example/elus",
        "Publicité : vos factures de chauffage divisées par deux, dès 39 € par mois.",
    ):
        issue = _read(f"Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\n{ad}\n\nUn autre paragraphe de la lettre.\n")
        assert _dropped(issue).get(ad) == "sponsored block", ad


def test_a_press_reviews_latest_articles_of_a_paper_on_a_subject_do_not_end_the_issue() -> None:
    # "Les derniers articles de Libération sur la montagne" over two links, then "Agenda": read, not the page's list of
    # an author's others, which leaves out all that follows ("Autres articles de Jeanne Le Goff" still does)
    tail = "\n\n• « Les stations ferment leurs pistes », 3 mai.\n\n• « Le refuge du Goûter rouvre », 28 avril.\n\nAgenda\n\nLe 12 juin : fête de la montagne, Chamonix.\n"
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nLes derniers articles de Libération sur la montagne{tail}")
    assert [s.title for s in issue.sections][-1] == "Agenda"
    issue = _read(f"Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nAutres articles de Jeanne Le Goff{tail}")
    assert _dropped(issue)["Autres articles de Jeanne Le Goff"] == "list of recent articles" and "Agenda" in _dropped(issue)


def test_a_readers_postscript_signed_with_the_readers_name_stays_in_the_letter() -> None:
    # "Le courrier des lecteurs" / the letter / "P.S. …" / "Lucien Ferrand" / the footer: the reader's P.S., under
    # the reader's name, is the letter's (the host does not say it as her own post-scriptum)
    postscript = "P.S. Parlez-nous encore des canaux, on les aime beaucoup du côté de Béziers."
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nLe courrier des lecteurs\n\n"
        "Je navigue sur le canal du Midi chaque été, et les écluses fermées se multiplient depuis deux ans.\n\n"
        f"{postscript}\n\nLucien Ferrand\n\nSe désabonner · Gérer vos préférences\n"
    )
    assert issue.postscript == () and postscript in issue.sections[-1].paragraphs


def test_a_dashed_line_an_answer_quotes_after_its_colon_stays_in_the_guests_voice(show) -> None:  # type: ignore[no-untyped-def]
    from audio_edition.script import build_script

    paragraphs = (
        "Gérant d'une quincaillerie à Aurillac.",
        "— Vos clients se plaignent-ils des prix ?",
        "Tous les jours. Une cliente m'a lancé la semaine dernière, devant la caisse :",
        "— Je paie mes vis deux fois plus cher qu'en ligne.",
        "Elle avait raison, mais elle repart avec un conseil.",
        "— Et demain ?",
        "Nous ouvrirons le dimanche matin.",
    )
    section = build_script(Issue("Sans date", None, (), None, (Section("Trois questions à Marc Vidal", paragraphs),), None), show).segments[1]
    guest = section.cues[0].role
    said = [(c.role == guest, c.text[:20]) for c in section.cues[2:]]
    assert (True, "— Je paie mes vis de") in said or (True, "Je paie mes vis deux") in said


def test_stories_led_on_a_line_after_a_one_paragraph_story_or_a_signer_with_a_role_stay_chapters() -> None:
    start = "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n"
    briefs = (
        "Cityscoot revient à Nice\nLe loueur de scooters relance son service avec 400 engins, deux ans après sa faillite.\n\n"
        "Bordeaux ferme ses quais aux voitures\nLa métropole piétonnise deux kilomètres de quais tous les dimanches dès juin.\n"
    )
    # a story of one paragraph telling its news with its day ("… a annoncé mardi …"): the next stories are no items of it
    issue = _read(f"{start}La SNCF recrute des conducteurs\n\nLa SNCF a annoncé mardi l'embauche de 1 200 conducteurs de TER d'ici la fin de l'année, un record.\n\n{briefs}")
    assert [s.title for s in issue.sections][-2:] == ["Cityscoot revient à Nice", "Bordeaux ferme ses quais aux voitures"]
    # nor of the editorial's signer with her role
    issue = _read(
        "Le titre\n\nL'édito\n\nLa ville se transforme plus vite que ses règles, et la rue en témoigne chaque jour.\n\n"
        f"Anne Lemoine, rédactrice en chef\n\nNotre lettre paraît chaque semaine et se lit en cinq minutes, avant le café du matin.\n\n{briefs}"
    )
    assert [s.title for s in issue.sections][-2:] == ["Cityscoot revient à Nice", "Bordeaux ferme ses quais aux voitures"]
    # under a section's lead, the last sub-story running on for another paragraph: no run of briefs, a chapter each
    issue = _read(
        f"{start}Les villes et leurs rues\n\nLes métropoles françaises reprennent la main sur l'espace public, chacune à sa façon.\n\n{briefs}\n"
        "La décision a été contestée devant le tribunal administratif par une association de commerçants du centre.\n"
    )
    titles = [s.title for s in issue.sections]
    assert "Bordeaux ferme ses quais aux voitures" in titles
    assert len(issue.sections[-1].paragraphs) == 2


def test_long_agenda_entries_under_their_rubrics_intro_or_a_sub_rubric_stay_entries() -> None:
    # "Agenda de juin" / an intro sentence / long dated entries / "Foires et marchés" / more: all entries, bullets of
    # their sections (the rubric is read past its intro, and a sub-rubric right after the agenda is one too)
    entries = [
        "Le 5 juin : la chambre d'agriculture présente son bilan de la saison des semis, avec des rendements en baisse pour le blé tendre.",
        "Le 12 juin : les producteurs de lait rencontrent les industriels à la préfecture pour une nouvelle séance de négociation sur les prix.",
    ]
    fairs = [
        "Le 20 juin : la foire aux bestiaux de Salers ouvre ses portes, avec cette année un concours réservé aux jeunes éleveurs du Cantal.",
        "Le 27 juin : le marché des producteurs de pays s'installe à Aurillac, avec une soirée consacrée aux fromages fermiers de la région.",
    ]
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nAgenda de juin\n\n"
        "Voici les dates que nous suivrons de près ces prochaines semaines, du Cantal à Paris.\n\n"
        + "\n\n".join(entries) + "\n\nFoires et marchés\n\n" + "\n\n".join(fairs) + "\n"
    )
    agenda, more = issue.sections[1], issue.sections[2]
    assert [f"{i.lead} : {i.text}" if i.lead else i.text for i in agenda.items] == entries
    assert [f"{i.lead} : {i.text}" if i.lead else i.text for i in more.items] == fairs


def test_a_first_name_over_an_office_with_the_next_rubric_under_it_signs() -> None:
    # "Bonne semaine," / "Margot" / "Présidente du club" / "Les sorties" / its text: Margot signs over her office, and
    # the next rubric keeps its title (not a chapter named after the office)
    issue = _read(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre qui ouvre ce numéro, sur la saison des randonnées.\n\n"
        "Bonne semaine à toutes et à tous,\n\nMargot\n\nPrésidente du club\n\nLes sorties\n\n"
        "Le club organise une randonnée de vingt kilomètres dans les gorges du Tarn le dimanche 14 juin, départ à huit heures.\n"
    )
    assert issue.signature == "Margot"
    assert [s.title for s in issue.sections][-1] == "Les sorties"


def test_a_welcome_to_this_issue_is_a_greeting() -> None:
    # "Bienvenue dans ce numéro spécial, …" speaks to the readers like "bienvenue aux abonnés": the show's greeting, and
    # the editorial keeps its title
    welcome = "Bienvenue dans ce numéro spécial, un peu plus long que d'habitude : nous fêtons nos cinq ans."
    issue = _read(
        f"Le Comptoir\n\nMardi 3 mars 2026\n\n{welcome}\n\nCinq ans de café\n\n"
        "Il y a cinq ans, nous lancions cette lettre avec trois cents abonnés et une machine à expresso d'occasion.\n\n"
        "Les torréfacteurs\n\nLes torréfacteurs accusent la sécheresse au Brésil et la hausse du fret.\n"
    )
    assert _dropped(issue).get(welcome) == "greeting"
    assert issue.sections[0].title == "Cinq ans de café"


def test_a_dated_name_under_a_quotation_is_its_author_not_the_issues_byline() -> None:
    # "« … »" / "Hélène Marchand · 12 mars 2026": the quotation's author and the day it was said, read with it; the
    # editorial keeps its own signer, and the quotation's day does not date the issue
    story = (
        "Le retour du serpent de mer\n\nLe marché compte quatre opérateurs depuis 2012, et chacun jure qu'il en faudrait trois.\n\n"
        "{quote}Deux d'entre eux ont repris langue cette semaine, selon plusieurs sources proches des discussions.\n\n"
        "Paul Lenoir\n\nLa fibre ralentit\n\nLes raccordements ont baissé de 12 % au dernier trimestre dans les petites communes.\n"
    )
    author = "Hélène Marchand · 12 mars 2026"
    epigraph = _read(f"Les opérateurs se parlent\n\n« Un réseau ne vaut que par ceux qu'il relie »\n{author}\n\n" + story.format(quote=""))
    assert epigraph.epigraph is not None and epigraph.epigraph.author == "Hélène Marchand"
    assert epigraph.signature == "Paul Lenoir" and epigraph.date is None
    inside = _read("Les opérateurs se parlent\n\n" + story.format(quote=f"« Quatre, c'est un de trop »\n{author}\n\n"))
    assert inside.signature == "Paul Lenoir"
    assert "« Quatre, c'est un de trop » — Hélène Marchand, 12 mars 2026" in inside.sections[0].paragraphs
    assert [s.title for s in inside.sections] == ["Le retour du serpent de mer", "La fibre ralentit"]
    # a platform's byline under the title still signs and dates the issue
    byline = _read(f"Les opérateurs se parlent\n\n{author}\n\n" + story.format(quote=""))
    assert byline.signature == "Hélène Marchand" and byline.date == dt.date(2026, 3, 12)


def test_a_hard_wrapped_agendas_entries_are_never_run_into_one_another() -> None:
    # lines cut at ~70 columns: each "19/03 : …" opens an entry of its own, even when the entry above ends near the
    # margin; a date a wrapped sentence carries over to the next line ("du" / "12 au 14 mars : …") goes on
    story = (
        "Les raccordements à la fibre ont baissé de 12 % au dernier trimestre,\n"
        "surtout dans les communes rurales, selon les chiffres publiés jeudi par\n"
        "l'Arcep, qui réunira les opérateurs et les élus à Lyon du\n"
        "12 au 14 mai : les uns promettent des techniciens, les autres un guichet\n"
        "unique pour les usagers qui attendent leur raccordement depuis un an.\n"
    )
    agenda = [
        "19/03 : l'Arcep présente son observatoire des déploiements, à Paris.",
        "24/03 : salon des collectivités connectées, au parc des expositions.",
        "2/04 : audition des opérateurs par la commission des affaires économiques du Sénat.",
        "9/04 : vente aux enchères des fréquences de la bande des 26 GHz",
    ]
    wrapped = "\n".join(agenda).replace("des affaires économiques", "des affaires\néconomiques")
    issue = _read(
        "RÉSEAUX\nLa lettre des télécoms, chaque samedi\nSamedi 14 mars 2026\n\nLa fibre ralentit dans les campagnes\n\n"
        f"{story}\nLe cuivre s'éteint\n\n{story}\nAgenda\n\n{wrapped}\n"
    )
    assert [f"{i.lead} : {i.text}" if i.lead else i.text for i in issue.sections[-1].items] == agenda
    said = " ".join(issue.sections[0].paragraphs)
    assert "à Lyon du 12 au 14 mai : les uns promettent" in said


def test_a_drawn_box_of_key_figures_among_a_storys_paragraphs_is_the_storys_text() -> None:
    # "┌──┐" / "│ EN CHIFFRES │" / "│ 1,2 million de prises │" / … / "└──┘" between two paragraphs of a story (no label, no
    # price, no call: no advertisement): its figures are read in the story, announced by its title, without its frame;
    # the story's last paragraph stays in it (no chapter named after the box, no table of one column)
    figures = ["1,2 million de prises raccordées", "38 000 techniciens en activité", "12 % de baisse sur un trimestre"]
    frames = (("┌──────────────────────────────────┐", "│ {} │", "└──────────────────────────────────┘"), ("+----------------------------------+", "| {} |", "+----------------------------------+"))
    for top, side, bottom in frames:
        box = "\n".join([top, side.format("EN CHIFFRES"), *(side.format(f.ljust(32)) for f in figures), bottom])
        issue = _read(
            "Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\nLa fibre ralentit\n\n"
            "Les raccordements ont baissé de 12 % au dernier trimestre, surtout dans les communes rurales, selon l'Arcep.\n\n"
            f"{box}\n\nLes opérateurs accusent le manque de techniciens et la hausse du prix des matériaux sur chaque chantier.\n"
        )
        story = issue.sections[-1]
        assert [s.title for s in issue.sections] == ["Un intertitre", "La fibre ralentit"], top
        assert story.paragraphs[-1] == "EN CHIFFRES :"
        assert [i.text for i in story.items][:3] == figures
        assert story.items[-1].text.startswith("Les opérateurs accusent")
        assert not issue.dropped, top
        said = " ".join([*story.paragraphs, *(i.text for i in story.items)])
        assert not any(c in said for c in "│|┌┐└┘+─")


def test_stars_between_news_paragraphs_divide_the_text_and_a_review_keeps_its_rating() -> None:
    # "★★★" beside "l'avis publié au JO" or "une note d'information" (news, no rating) and "***": dividers, left out and
    # never a chapter's title; under "Le restaurant de la semaine" (or beside "Notre note"), the stars are its rating
    news = (
        "Le décret est paru\n\nLe gouvernement a publié mercredi le décret, après l'avis publié au JO par le Conseil d'État.\n\n★★★\n\n"
        "Les caisses de retraite enverront une note d'information à chaque assuré avant l'été.\n\n***\n\n⭐⭐⭐\n\n"
        "Les syndicats ont annoncé une journée de mobilisation le 2 avril, la cinquième depuis janvier.\n\n"
    )
    review = "Le restaurant de la semaine\n\nChez Lulu, à Nantes, la cuisine est simple et généreuse.\n\n★★★\n\nUne adresse à retenir.\n"
    for name, text in (
        ("x.txt", f"Le titre\n\nUn intertitre\n\nUn texte de la lettre.\n\n{news}{review}"),
        ("x.md", f"# Le titre\n\n## Un intertitre\n\nUn texte de la lettre.\n\n## {news}## {review}"),
    ):
        issue = _read(text, name)
        assert [s.title for s in issue.sections] == ["Un intertitre", "Le décret est paru", "Le restaurant de la semaine"], name
        assert not any("★" in p or "⭐" in p or "*" in p for p in issue.sections[1].paragraphs), name
        assert "★★★" in issue.sections[2].paragraphs, name
    page = (
        "<html><body><h1>Le titre</h1><h2>Le décret est paru</h2><p>Le décret suit l'avis publié au JO par le Conseil d'État.</p>"
        "<p>★★★</p><p>Les caisses de retraite ont six mois pour adapter leurs logiciels.</p>"
        "<h2>Le film de la semaine</h2><p>Une comédie tendre sur deux frères boulangers.</p><p>★★★★</p><p>Notre note, donc.</p></body></html>"
    )
    issue = _read(page, "x.html")
    assert ("★★★", "emoji") in [(d.text, d.reason) for d in issue.dropped]
    assert "★★★★" in issue.sections[-1].paragraphs


def test_untitled_briefs_are_no_second_chapter_named_en_bref(show) -> None:  # type: ignore[no-untyped-def]
    # untitled briefs (named by the show's template, "En bref") before the issue's own "EN BREF", or after other untitled
    # briefs: the chapter list names them after their first story, never the same name twice; the voice still says
    # "En bref."
    from audio_edition.model import Item
    from audio_edition.script import build_script

    def briefs(lead: str) -> Section:
        return Section("", items=(Item(lead, "Un texte de la brève, qui raconte ce qui s'est passé cette semaine."),), kind="briefs")

    story = Section("La fibre ralentit", ("Les raccordements ont baissé de 12 % au dernier trimestre.",))
    for sections, titles in (
        ((story, briefs("Le cuivre s'éteint"), Section("EN BREF", items=(Item("Câbles", "Un câble reliera Marseille à Singapour."),))),
         ["La fibre ralentit", "En bref : Le cuivre s'éteint", "EN BREF"]),
        ((briefs("Le cuivre s'éteint"), story, briefs("Free recrute")), ["En bref", "La fibre ralentit", "En bref : Free recrute"]),
        ((story, briefs("Le cuivre s'éteint")), ["La fibre ralentit", "En bref"]),
    ):
        script = build_script(Issue("Le titre", None, (), None, sections, None), show)
        chapters = [s for s in script.segments if s.kind == "section"]
        assert [s.title for s in chapters] == titles
        assert all(s.cues[0].text == "En bref." for s in chapters if s.title.startswith("En bref"))


def test_the_newsletters_name_over_a_tldr_titles_the_issue_not_the_summarys_first_line() -> None:
    # "Réseaux · n° 57 · samedi 14 mars 2026" (or its name and tagline in capitals) over "TL;DR" and its list, no title
    # of its own: the issue is titled by the newsletter's name, not by a sentence of the summary, which stays its headlines
    body = (
        "Les opérateurs se reparlent\n\nLe marché compte quatre opérateurs depuis 2012, et chacun jure qu'il en faudrait trois.\n\n"
        "La fibre ralentit\n\nLes raccordements ont baissé de 12 % au dernier trimestre dans les communes rurales.\n"
    )
    tldr = "TL;DR\n- Orange et Bouygues rouvrent le dossier de la fusion\n- La fibre ralentit en zone rurale\n\n"
    for masthead, name in (("Réseaux · n° 57 · samedi 14 mars 2026", "Réseaux"), ("RÉSEAUX — La lettre des télécoms · n° 57 · samedi 14 mars 2026", "RÉSEAUX")):
        issue = _read(f"{masthead}\n\n{tldr}{body}")
        assert issue.title == name, masthead
        assert issue.headlines == ("Orange et Bouygues rouvrent le dossier de la fusion", "La fibre ralentit en zone rurale")
        assert issue.date == dt.date(2026, 3, 14)
    # a title of its own under the masthead stays the title
    assert _read(f"Réseaux · n° 57 · samedi 14 mars 2026\n\nLa fusion revient sur la table\n\n{tldr}{body}").title == "La fusion revient sur la table"


def test_a_rubric_in_capitals_over_a_quoted_title_is_a_heading() -> None:
    # "CHRONIQUE • « … »" after a section's briefs: the column's heading, a chapter of its own (not one more item of
    # the section above); a quotation after a colon in a sentence's words stays text ("Elle a tranché : « … »")
    briefs = (
        "  • Premier point • Un texte sur le premier point de la semaine, assez long pour être lu sans peine.\n\n"
        "  • Second point • Un autre texte sur un second point de la semaine, assez long lui aussi.\n\n"
    )
    column = "Dans notre atelier, nous avons mesuré chaque panne depuis dix ans, machine par machine.\n\nJe demande de compter.\n"
    issue = _read(
        f"Le titre\n\nUn intertitre\n\nUne phrase d'introduction.\n\n{briefs}"
        f"CHRONIQUE • « Il faut savoir compter les pannes »\n\n{column}"
    )
    assert issue.sections[-1].title == "CHRONIQUE • « Il faut savoir compter les pannes »"
    assert issue.sections[-1].paragraphs[0].startswith("Dans notre atelier")
    assert len(issue.sections[-2].items) == 2
    issue = _read(f"Le titre\n\nUn intertitre\n\nUne phrase d'introduction.\n\n{briefs}Elle a tranché : « Il faut savoir compter les pannes »\n\n{column}")
    assert [s.title for s in issue.sections] == ["Un intertitre"]


def test_a_guest_columns_byline_under_its_heading_is_read() -> None:
    # "Par …, invitée de la semaine" right under the column's heading: who speaks in the first person is said (her
    # career under it is not); a reporter's byline under a story ("Par Paul Garnier") is still left out
    career = "Ancienne directrice de la recherche d'un constructeur, elle a fondé deux start-up de robotique."
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nMarchés\n\nPar Paul Garnier\n\n"
        "Les robots se vendent mieux cette année, selon la fédération.\n\n"
        "CARTE BLANCHE • « Apprenons enfin à compter les pannes »\n\n"
        f"Par Léa Morvan, chercheuse en automatique à Lille, invitée de la semaine\n\n{career}\n\n"
        "Dans notre atelier, nous avons mesuré chaque panne depuis dix ans, machine par machine.\n"
    )
    column = issue.sections[-1]
    assert column.paragraphs[0] == "Par Léa Morvan, chercheuse en automatique à Lille, invitée de la semaine."
    assert column.paragraphs[1].startswith("Dans notre atelier")
    assert _dropped(issue) == {"Par Paul Garnier": "byline", career: "author biography"}


def test_names_set_apart_by_commas_over_a_heading_are_the_sections_names() -> None:
    # "Arcep, Conseil d'État, Orange, Free" over "📡 LE GENDARME DES TÉLÉCOMS TAPE DU POING": the names are kept and not
    # read, the heading under them is the chapter (as with "•"); a headline with commas over its own text stays a heading
    story = (
        "Le régulateur a publié deux décisions cette semaine, et les opérateurs devront revoir leurs offres.\n\n"
        "  • Une amende record • L'opérateur historique devra payer 4 M€ pour des retards de raccordement.\n\n"
        "  • Un délai de grâce • Les autres ont six mois pour se mettre en conformité avec la décision.\n\n"
    )
    intro = "Le titre\n\nL'édito\n\nUn texte de l'éditorial, assez long pour être lu comme tel.\n\n"
    issue = _read(f"{intro}Arcep, Conseil d'État, Orange, Free\n\n📡 LE GENDARME DES TÉLÉCOMS TAPE DU POING\n\n{story}")
    section = issue.sections[-1]
    assert section.title == "📡 LE GENDARME DES TÉLÉCOMS TAPE DU POING"
    assert section.names == ("Arcep", "Conseil d'État", "Orange", "Free")
    assert section.paragraphs[0].startswith("Le régulateur")
    issue = _read(f"{intro}Orange, Free, Bouygues\n\n{story}")
    assert issue.sections[-1].title == "Orange, Free, Bouygues"
    assert not issue.sections[-1].names
    # nor a heading's list with its "et" over an intertitle
    issue = _read(f"{intro}Orange, Free et Bouygues\n\n📡 LE GENDARME DES TÉLÉCOMS TAPE DU POING\n\n{story}")
    assert not any(s.names for s in issue.sections)


def test_a_closing_post_scriptum_signed_with_a_first_name_only() -> None:
    # "P.S. …" / "Anne-Sophie" / the footer: the editor's last word, signed by her first name, not the last item of
    # the agenda (nor of the briefs), and her name is her signature; a rubric after a P.S. keeps it in the issue
    body = (
        "Le titre\n\nÉdito\n\nUn éditorial sur la semaine.\n\nAnne-Sophie Marchal\n\nEN BREF\n\n"
        "  • Un fait • Un texte assez long pour être une brève de la semaine.\n\n"
        "  • Un autre fait • Un autre texte assez long pour être une brève aussi.\n\n"
    )
    footer = "Vous recevez Octet car vous êtes abonné(e) à notre lettre.\n"
    for agenda in ("", "AGENDA\n\n2/04 : une rencontre à Nantes\n9/04 : un salon à Lille\n\n"):
        issue = _read(f"{body}{agenda}P.S. Pas de lettre samedi prochain : nous serons en congé.\n\nAnne-Sophie\n\n{footer}")
        assert issue.postscript == ("P.S. Pas de lettre samedi prochain : nous serons en congé.",), agenda
        assert not any("P.S." in i.text for s in issue.sections for i in s.items)
        assert _dropped(issue)["Anne-Sophie"] == "signature"
    inside = _read(f"{body}P.S. Un mot sur les brèves.\n\nAgenda\n\n2/04 : une rencontre à Nantes\n9/04 : un salon à Lille\n\n{footer}")
    assert inside.postscript == ()


def test_a_tests_ratings_in_stars_and_its_score_are_read_at_its_end() -> None:
    # "Écran ★★★★½ · Batterie ★★★☆☆" and "Notre note : 7/10" at the end of a test, in either order, or "Écran :
    # ★★★★☆" alone: the test's verdict, read (not headings with no text, not a caption), and the next rubric stays a
    # chapter; one star decorating a title is still a heading, and a photo's credit still a caption
    from audio_edition.script.normalise import normalise

    test = "Le titre\n\nL'édito\n\nUn éditorial.\n\nLE TEST : la liseuse Lumen 7\n\nNous l'avons gardée un mois dans le sac.\n\n"
    news = "EN BREF\n\n  • Un fait • Un texte de brève, assez long pour être lu.\n\n  • Un autre • Un autre texte de brève.\n"
    stars, score = "Écran ★★★★½ · Batterie ★★★☆☆", "Notre note : 7/10"
    for lines in ((stars, score), (score, stars), ("Écran : ★★★★☆", score)):
        issue = _read(test + "".join(f"{line}\n\n" for line in lines) + news)
        assert [s.title for s in issue.sections] == ["L'édito", "LE TEST : la liseuse Lumen 7", "EN BREF"], lines
        assert issue.sections[1].paragraphs[1:] == lines
        assert not issue.dropped, lines
    assert normalise("★★★★½") == "quatre étoiles et demie"
    assert normalise("★★★½☆") == "trois étoiles et demie sur cinq"
    issue = _read(test + "⭐ Notre coup de cœur\n\nUne lampe de lecture à piles.\n\nPhoto : Jeanne Roux / Octet\n\n" + news)
    assert issue.sections[2].title == "⭐ Notre coup de cœur"
    assert _dropped(issue) == {"Photo : Jeanne Roux / Octet": "image caption or credit"}


def test_a_label_over_its_address_is_a_link_for_the_show_notes() -> None:
    # "→ Notre essai complet : https://…" under an item (or without its arrow): nothing to say without the page, left
    # out as a link like "→ Lire notre essai complet : https://…"; a sentence ending with its address stays
    section = (
        "Le titre\n\nL'édito\n\nUn éditorial.\n\nLES LISEUSES\n\n"
        "  • Lumen 7 • La nouvelle liseuse tient trois semaines et coûte 149 €.\n\n"
    )
    address = "https://exemple.fr/essais/lumen-7?utm_source=lettre"
    for line in (f"→ Notre essai complet : {address}", f"Le comparatif des liseuses : {address}"):
        issue = _read(f"{section}{line}\n\n  • Kobo • Le concurrent baisse ses prix de 20 €.\n")
        assert _dropped(issue) == {line.removeprefix("→ "): "link"}, line
        assert [i.lead for i in issue.sections[-1].items] == ["Lumen 7", "Kobo"]
    told = f"Le rapport est en ligne : {address}"
    issue = _read(f"{section}{told}\n")
    assert not issue.dropped and issue.sections[-1].items[-1].text == told


def test_a_briefs_headline_with_its_colon_closed_by_a_full_stop_is_its_lead() -> None:
    # "Liseuses : la couleur s'impose. Les ventes…": the headline's own colon stays in its lead-in, as before a "•"
    # (not "Liseuses." said alone); a long first sentence after a colon keeps the short lead, and so does a price
    section = "Le titre\n\nL'édito\n\nUn éditorial.\n\nLECTURE\n\n"
    text = "Les ventes de modèles en couleur ont doublé en un an, selon le syndicat des libraires."
    issue = _read(f"{section}  • Liseuses : la couleur s'impose. {text}\n\n  • Kobo • Le concurrent baisse ses prix de 20 € en avril.\n")
    assert issue.sections[-1].items[0] == Item("Liseuses : la couleur s'impose", text)
    long = "le modèle présenté mardi à Paris, plus fin que le précédent, coûte 149 €. Il arrive en mai dans les librairies du pays."
    for brief, lead in ((f"Lumen : {long}", "Lumen"), (f"Prix : 149 €. {text}", "Prix")):
        issue = _read(f"{section}  • {brief}\n\n  • Kobo • Le concurrent baisse ses prix de 20 € en avril.\n")
        assert issue.sections[-1].items[0].lead == lead, brief


def test_an_agendas_entries_are_one_cue_each_closed_as_a_sentence(show) -> None:  # type: ignore[no-untyped-def]
    # "Lundi 13 avril, 9 h 30 : …" is one cue with its date, like "16/04 : …"; an entry written without its full stop
    # ends as a sentence (the voice's pitch falls); a line announcing more, or a quotation, keeps its own end
    from audio_edition.script import build_script

    issue = _read(
        "Le titre\n\nL'édito\n\nUn éditorial.\n\nAGENDA\n\n"
        "Lundi 13 avril, 9 h 30 : assemblée générale de la fédération, Nantes\n"
        "16/04 : salon des liseuses (entrée libre)\n"
        "Du 20 au 22 avril : rencontres du livre numérique, Arles\n"
    )
    segment = next(s for s in build_script(issue, show).segments if s.title == "AGENDA")
    assert [c.text for c in segment.cues[1:]] == [
        "Lundi 13 avril, 9 h 30 : assemblée générale de la fédération, Nantes.",
        "16/04 : salon des liseuses (entrée libre).",
        "Du 20 au 22 avril : rencontres du livre numérique, Arles.",
    ]
    briefs = (Section("En bref", (), (Item("", "Au programme :"), Item("", "« On ne lâche rien »"))),)
    segment = build_script(Issue("Sans date", None, (), None, briefs, None), show).segments[1]
    assert [c.text for c in segment.cues[1:]] == ["Au programme :", "« On ne lâche rien »"]


def test_a_tests_last_lines_without_a_full_stop_end_as_sentences(show) -> None:  # type: ignore[no-untyped-def]
    # "Écran ★★★★☆ · Batterie ★★★☆☆" / "Notre note : 7/10" closing a test are said as sentences (a reader's signature
    # under her question is not closed: it still goes with it, see test_a_readers_signature_is_said_with_the_question…)
    from audio_edition.script import build_script

    test = Section("LE TEST", ("Nous l'avons gardée un mois.", "Écran ★★★★☆ · Batterie ★★★☆☆", "Notre note : 7/10"))
    segment = build_script(Issue("Sans date", None, (), None, (test,), None), show).segments[1]
    assert [c.text for c in segment.cues[-2:]] == ["Écran ★★★★☆ · Batterie ★★★☆☆.", "Notre note : 7/10."]


def test_consumer_news_asking_why_you_receive_a_paper_is_no_footer() -> None:
    # "Vous recevez Le Courrier parce que vous êtes abonné à Bbox ? …": a question to the reader over news, not the
    # letter's footer; it and every story after it are read. The footer itself still closes the letter.
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nVos abonnements\n\n"
        "Vous recevez Le Courrier parce que vous êtes abonné à Bbox ? Ce ne sera plus le cas en mai : l'opérateur "
        "retire les quotidiens de son offre et les remplace par une option à 3 euros.\n\n"
        "Vous recevez Le Courrier parce que vous êtes abonné chez Bbox. Dès le 1er mai, l'opérateur remplace ce "
        "quotidien par une option payante à trois euros par mois, sans préavis ni remise pour les plus anciens.\n\n"
        "Les tarifs\n\nLes forfaits augmentent de deux euros en moyenne cette année.\n\n"
        "Vous recevez La Lettre des Réseaux car vous êtes abonné(e).\nSe désabonner\n"
    )
    assert [s.title for s in issue.sections][-2:] == ["Vos abonnements", "Les tarifs"]
    assert len(issue.sections[-2].paragraphs) == 2
    assert _dropped(issue) == {"Vous recevez La Lettre des Réseaux car vous êtes abonné(e).": "footer", "Se désabonner": "footer"}


def test_a_dated_name_closing_the_editorial_or_under_an_interviews_pull_quote_is_its_byline() -> None:
    # "« … »" / "Paul Lenoir · samedi 7 mars 2026" as the editorial's last lines, a sign-off under them: the editor signs
    # the editorial under its closing quotation, the quotation is not his ("« … » — Paul Lenoir, …")
    quote = "« Une gare fermée, c'est un village qui s'éteint. »"
    issue = _read(
        "Les gares se vident\n\nSamedi 7 mars 2026\n\nL'édito\n\nLa SNCF ferme douze guichets ruraux ce printemps. "
        f"Une élue du Cantal nous l'a dit mieux que nous.\n\n{quote}\n\nPaul Lenoir · samedi 7 mars 2026\n\n"
        "Bonne lecture et à samedi prochain.\n\nLes trains\n\nLe TER Auvergne perd deux dessertes le dimanche.\n"
    )
    assert issue.signature == "Paul Lenoir"
    assert issue.sections[0].paragraphs[-1] == quote
    # an interview's pull quote under its title, then the reporter's byline: the interviewee's words, the reporter signs
    # and dates the issue
    issue = _read(
        "Marc Olivier, le cheminot qui chronomètre les retards\n\n« Aucun train n'est en retard par hasard »\n\n"
        "Paul Lenoir · 9 mai 2026\n\nAiguilleur pendant vingt ans, Marc Olivier tient le registre de chaque minute perdue.\n\n"
        "Pourquoi compter les minutes ?\n\nParce que personne ne le faisait, et qu'on ne corrige que ce qu'on mesure.\n"
    )
    assert issue.epigraph is not None and issue.epigraph.author is None
    assert issue.signature == "Paul Lenoir" and issue.date == dt.date(2026, 5, 9)


def test_a_title_or_a_slogan_in_quotes_stays_in_the_narrators_voice(show) -> None:  # type: ignore[no-untyped-def]
    # a short quotation goes to the other voice only with a verb of saying ("a lancé", "dit-elle", "Elle ajoute :"); a
    # title, a headline, a banner or a poster's slogan put in quotes by a verb that says nothing stays one cue
    from audio_edition.script import build_script

    def roles(paragraph: str) -> list[str]:
        section = build_script(Issue("Sans date", None, (), None, (Section("Cantines", (paragraph,)),), None), show).segments[1]
        return [c.role for c in section.cues[1:]]

    for kept in (
        "L'étude a étonné : « Le bio ne coûte pas plus ». Les maires l'ont lue de près.",
        "En couverture, Ouest-France a titré : « La cantine, nouveau champ de bataille ». Le débat a suivi.",
        "Sur les banderoles, on lisait : « Du bio pour tous les enfants ». La préfecture a reçu une délégation.",
        "« Manger mieux, sans payer plus », promet la campagne d'affichage de la Région. Les parents restent sceptiques.",
        "Le jury a récompensé : « La Soupe des écoliers », de Marc Viel. Le livre raconte une cantine de Brest.",
        "Il s'intitule : « Les enfants du potager », et sort en avril. C'est le troisième livre de l'autrice.",
    ):
        assert roles(kept) == ["cohost"], kept
    for said in (
        "Le maire a tranché. « Manger mieux, sans payer plus », a lancé Marc Viel.",
        "Le maire a tranché. Elle ajoute : « Manger mieux, sans payer plus ».",
    ):
        assert roles(said)[1] != roles(said)[0], said


def test_reactions_led_by_who_said_them_stay_in_the_story() -> None:
    # "FNSEA — « … »" lines under "Les syndicats ont réagi :": a list of reactions, each led by who said it, read in the
    # story; only a column's name ("CHRONIQUE — « … »") makes a quoted title a heading
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nLa loi sur l'eau\n\n"
        "Le Sénat a adopté mardi le texte sur le partage de l'eau agricole, après deux jours de débats.\n\n"
        "Les syndicats ont réagi :\n\nFNSEA — « Un texte qui oublie les éleveurs du Sud »\n\n"
        "CONFÉDÉRATION PAYSANNE — « Enfin un partage plus juste »\n\nJA — « Trop tard pour cet été »\n\n"
        "Le texte revient à l'Assemblée en mai.\n\n"
        "CHRONIQUE — « L'eau n'attend pas les élections »\n\n"
        "Dans ma commune, les puits ont baissé de deux mètres en dix ans, et personne ne s'en est ému.\n"
    )
    assert [s.title for s in issue.sections] == ["L'édito", "La loi sur l'eau", "CHRONIQUE — « L'eau n'attend pas les élections »"]
    story = issue.sections[1].paragraphs
    assert "FNSEA — « Un texte qui oublie les éleveurs du Sud »" in story and "JA — « Trop tard pour cet été »" in story
    assert story[-1] == "Le texte revient à l'Assemblée en mai."


def test_named_questions_answered_by_several_people_are_headlines_not_one_interview() -> None:
    # "Matignon : … ?" answered by a minister, then by a union, and asked again: a debate of headlines, each answer
    # keeping who gives it, not an interview folded into the story above (two voices, the minister never named)
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nLes retraites au menu\n\n"
        "Le gouvernement présente mardi sa réforme du régime des fonctionnaires, après six mois de concertation.\n\n"
        "Matignon : faut-il reculer l'âge de départ des agents ?\n\n"
        "Paul Berthier : « Personne ne partira plus tard que prévu sans compensation. »\n\n"
        "Force Ouvrière : Les agents ont déjà donné. Nous appelons à la grève le 12 mai.\n\n"
        "Matignon : combien coûtera la réforme ?\n\n"
        "Paul Berthier : Rien la première année. Les économies viendront ensuite.\n\n"
        "Les syndicats contestent ce chiffrage.\n"
    )
    titles = [s.title for s in issue.sections]
    assert "Matignon : faut-il reculer l'âge de départ des agents ?" in titles
    assert "Matignon : combien coûtera la réforme ?" in titles
    assert any(p.startswith("Paul Berthier : Rien") for s in issue.sections for p in s.paragraphs)


def test_stars_under_a_review_of_a_series_a_game_a_book_or_a_gadget_are_its_rating() -> None:
    # "⭐⭐⭐⭐" under "La série de la semaine", "Le jeu vidéo du mois", "Le livre de la semaine", "La tablette du mois"
    # (then "Avis de la rédaction :"): a rating, read, in Markdown, HTML and plain text alike; stars between two
    # paragraphs of news still divide the text
    def stars(issue: Issue) -> list[str]:
        return [p for s in issue.sections for p in s.paragraphs if p.strip("⭐★") == ""]

    md = (
        "# Le titre\n\n## L'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\n## La série de la semaine\n\n"
        "« Les Veilleurs », sur France 2, suit trois infirmières de nuit dans un hôpital de Brest.\n\n⭐⭐⭐⭐\n\n"
        "Huit épisodes tendus, sans pathos.\n\n## Le jeu vidéo du mois\n\n*Marée basse*, d'un studio nantais, se joue à deux.\n\n"
        "⭐⭐⭐\n\nUne belle idée, mal finie.\n"
    )
    assert stars(_read(md, "x.md")) == ["⭐⭐⭐⭐", "⭐⭐⭐"]
    html = (
        "<html><body><h1>Le titre</h1><h2>L'édito</h2><p>Un texte de l'éditorial, signé par la rédaction.</p>"
        "<h2>La tablette du mois : Pluma 11</h2><p>Une tablette réparable, vendue 420 euros, livrée avec son stylet.</p>"
        "<p>⭐⭐⭐⭐</p><p>Avis de la rédaction : un bon choix pour lire et annoter.</p></body></html>"
    )
    assert stars(_read(html, "x.html")) == ["⭐⭐⭐⭐"]
    text = (
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nLe livre de la semaine\n\n"
        "« Les Villes sans voitures », de l'urbaniste Marc Viel, paraît jeudi.\n\n★★★★\n\nUne enquête solide, un peu longue.\n\n"
        "Les transports\n\nLa RATP annonce un nouveau tramway pour 2030.\n\n★★★\n\nLes travaux commenceront l'an prochain.\n"
    )
    issue = _read(text)
    assert stars(issue) == ["★★★★"]
    assert [s.title for s in issue.sections] == ["L'édito", "Le livre de la semaine", "Les transports"]


def test_a_tip_that_asks_if_you_liked_a_work_is_no_share_bar() -> None:
    # "Vous avez aimé Le Bureau des légendes ? Recommandez plutôt …": a tip naming another work, read as the rubric's
    # first paragraph; a share bar passes the letter itself on ("Transférez-la", "notre lettre", "à un collègue")
    tip = "Vous avez aimé Le Bureau des légendes ? Recommandez plutôt Les Infiltrés à vos proches, en ligne mardi sur Arte."
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nLe conseil de la semaine\n\n"
        f"{tip}\n\nLa série suit une agente de la DGSI infiltrée dans un réseau de faussaires.\n\n"
        "Vous avez aimé ce numéro ? Transférez-le à un collègue.\n"
    )
    assert issue.sections[-1].paragraphs[0] == tip
    assert _dropped(issue) == {"Vous avez aimé ce numéro ? Transférez-le à un collègue.": "share bar"}


def test_an_ads_selling_points_after_its_button_stay_in_the_ad() -> None:
    # under led briefs ("Forêts • …"), an ad, its button with its address, then its own short bullets ("• 10 séances
    # … à votre rythme"): left out with the ad; the section's next led brief after them is read
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nLa forêt brûle\n\n"
        "Les incendies ont parcouru 30 000 hectares depuis juin dans le Sud-Ouest.\n\n"
        "  • Forêts • Les pins des Landes repoussent mal sur les parcelles brûlées deux fois.\n\n"
        "  • Pompiers • Les volontaires manquent dans un tiers des casernes rurales.\n\n"
        "PARTENAIRE\n\nApprenez les gestes qui sauvent avec l'école Secours Plus, en ligne ou près de chez vous. En savoir plus : secoursplus.fr/stage\n\n"
        "  • 10 séances en ligne, à suivre à votre rythme\n\n  • Un diplôme reconnu par l'État\n\n"
        "  • Canadairs • Deux appareils de plus seront livrés à Nîmes avant l'été prochain.\n"
    )
    assert [i.lead for i in issue.sections[-1].items] == ["Forêts", "Pompiers", "Canadairs"]
    assert _dropped(issue)["10 séances en ligne, à suivre à votre rythme"] == "sponsored block"
    assert _dropped(issue)["Un diplôme reconnu par l'État"] == "sponsored block"


def test_a_hard_wrapped_entry_goes_on_over_a_date_its_sentence_carries() -> None:
    # a wrapped agenda entry whose line ends on "jusqu'au" runs on into "15 juin : 30 euros au lieu de 45 …": one
    # entry, not one cut short and a made-up event on 15 June; in a paragraph of prose, a sentence then "3 mai : …
    # ; 9 mai : …" stays one paragraph
    agenda = (
        "Agenda\n\n"
        "28/06 : Fête du vélo, Grenoble, parc Paul-Mistral. Location gratuite pour\n"
        "les moins de 18 ans, tarif réduit pour les adultes inscrits jusqu'au\n"
        "15 juin : 30 euros au lieu de 45, casque et antivol fournis sur place.\n"
        "04/07 : Journée des mobilités douces, Lyon, place Bellecour, toute la\n"
        "journée, avec les associations d'usagers et les loueurs de la ville.\n"
    )
    prose = (
        "La Métropole a présenté jeudi son plan vélo pour les cinq prochaines années.\n"
        "Le calendrier est serré, et les associations le jugent franchement irréaliste.\n"
        "3 mai : vote du budget en conseil ; 9 mai : premiers appels d'offres pour\n"
        "les pistes, si la préfecture ne demande pas d'étude complémentaire d'ici là.\n"
    )
    issue = _read(f"Le titre\n\nLe plan vélo\n\n{prose}\n{agenda}")
    entries = [f"{i.lead} : {i.text}" if i.lead else i.text for i in issue.sections[-1].items]
    assert len(entries) == 2 and "jusqu'au 15 juin : 30 euros" in entries[0]
    assert len(issue.sections[0].paragraphs) == 1


def test_a_reporters_byline_under_a_headline_about_a_column_is_left_out() -> None:
    # "Une tribune contre la vidéosurveillance" / "Par Hugo Lambert": a news story about a column, its reporter's
    # byline left out; under the rubric itself ("Carte blanche à …", "TRIBUNE • « … »") the guest's byline is read
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nUne tribune contre la vidéosurveillance\n\n"
        "Par Hugo Lambert\n\nDeux cents maires publient mardi une tribune contre les caméras dites intelligentes.\n\n"
        "Carte blanche à Léa Morvan\n\nPar Léa Morvan, urbaniste\n\n"
        "Dans ma ville, nous avons retiré trois caméras sur quatre, et personne ne l'a remarqué.\n"
    )
    assert _dropped(issue).get("Par Hugo Lambert") == "byline"
    assert issue.sections[-1].paragraphs[0] == "Par Léa Morvan, urbaniste."


def test_the_storys_news_after_an_ads_button_is_read() -> None:
    # "Sponsorisé" / its text and button with its address, inside a story, then the story's next paragraph, this
    # week's news ("publié mardi"): read; the ad's own line after its button ("Offre valable…") stays in the ad
    issue = _read(
        "Le titre\n\nL'édito\n\nUn texte de l'éditorial, signé par la rédaction.\n\nLes villes plantent\n\n"
        "Lyon et Nantes ont présenté lundi leurs plans de plantation pour l'hiver, 40 000 arbres à elles deux.\n\n"
        "Sponsorisé\n\nLe Guide des rues fraîches, édité par Canopée, recense 60 aménagements réussis en France. "
        "Téléchargez le guide → https://canopee.fr/guide\n\nOffre valable jusqu'au 30 juin pour les collectivités.\n\n"
        "Le bilan de l'Ademe, publié mardi, montre que les rues plantées gagnent jusqu'à quatre degrés de fraîcheur en été.\n"
    )
    story = issue.sections[-1]
    assert story.paragraphs[-1].startswith("Le bilan de l'Ademe")
    assert "Canopée" not in " ".join(story.paragraphs)
    assert _dropped(issue)["Offre valable jusqu'au 30 juin pour les collectivités."] == "sponsored block"
