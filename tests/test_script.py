"""Issue -> Script: the show format, faithful text, nothing markup-like spoken."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from audio_edition.config import Show, ShowFormat
from audio_edition.model import Issue, Item, Section
from audio_edition.paths import EXAMPLE_ISSUE, VOICES_DIR
from audio_edition.readers import read_issue
from audio_edition.script import build_script, load_lexicon, normalise
from audio_edition.script.dates import written_date
from audio_edition.script.document import read_script, write_script
from audio_edition.script.languages import plain

DATA = Path(__file__).parent / "data"
ISSUES = [EXAMPLE_ISSUE, DATA / "mini-issue.txt", DATA / "mini-issue-2.txt"]


def _read(path: Path) -> Issue:
    return read_issue(path.read_bytes(), path.name)


def _with_format(show: Show, **settings: object) -> Show:
    return dataclasses.replace(show, format=dataclasses.replace(show.format, **settings))


def test_show_format(show: Show) -> None:
    script = build_script(_read(EXAMPLE_ISSUE), show)
    kinds = [s.kind for s in script.segments]
    assert kinds == ["intro", "summary", "editorial", "section", "section", "section", "outro"]
    intro, summary = script.segments[:2]
    assert show.newsletter in intro.cues[0].text and "samedi 21 novembre 2026" in intro.cues[0].text
    assert normalise(intro.cues[0].text).endswith("samedi vingt et un novembre deux mille vingt-six.")
    assert intro.cues[1].role == "cohost" and "Léonard de Vinci" in intro.cues[1].text  # the epigraph
    assert intro.cues[1].text.startswith("« ")  # a quotation, marked so (an English one is said in English)
    assert summary.cues[0].text == show.templates.summary
    assert [c.text for c in summary.cues[1:]] == [h + "." for h in script.headlines]
    # jingles between segments, not between the greeting and the summary
    assert [s.jingle_before for s in script.segments] == [False, False, True, True, True, True, True]
    assert all(c.role == "host" for c in script.segments[2].cues)  # the editorial is the editor's
    section_roles = [s.cues[0].role for s in script.segments[3:6]]
    assert section_roles == ["cohost", "host", "cohost"]  # sections alternate
    # each section's heading is announced first
    assert script.segments[3].cues[0].text == "La frugalité devient un argument de vente."
    outro = script.segments[-1]
    assert "Claire Dumas" in outro.cues[-1].text and "édition audio" in outro.cues[0].text


def _fragments(text: str) -> list[str]:
    return [f.strip(" .!?:;,…").lower() for f in re.split(r"[.!?:;,…]\s+|[.!?:…]$", text) if f.strip(" .!?:;,…")]


@pytest.mark.parametrize("path", ISSUES, ids=lambda p: p.name)
def test_every_spoken_sentence_comes_from_the_issue_or_the_templates(show: Show, path: Path) -> None:
    issue = _read(path)
    source = " ".join(path.read_text(encoding="utf-8").split()).lower()
    values = {
        "show": show.title,
        "newsletter": show.newsletter,
        "editor": issue.signature or "",
        "title": issue.title,
        "date": written_date(issue.date) if issue.date else "",
    }
    templates = " ".join(str(t).format(**values) for t in dataclasses.asdict(show.templates).values()).lower()
    kept = {d.text for d in issue.dropped}
    script = build_script(issue, show)
    # the same holds after the script has been through its file
    for current in (script, read_script(write_script(script), "x.script.md")):
        for cue in current.cues:
            for fragment in _fragments(cue.text):
                assert fragment in source or fragment in templates, f"invented: {fragment!r} in {cue.text!r}"
        spoken = " ".join(c.text for c in current.cues)
        for dropped in kept:
            assert dropped not in spoken, dropped


@pytest.mark.parametrize("path", ISSUES, ids=lambda p: p.name)
def test_labels_bullets_and_names_are_never_spoken(show: Show, path: Path) -> None:
    issue = _read(path)
    script = build_script(issue, show)
    lexicon = load_lexicon(VOICES_DIR / "lexicon.toml")
    for cue in script.cues:
        assert "•" not in cue.text and not cue.text.startswith(("-", "*", "#"))
        assert not re.match(r"^(HOST|COHOST|host|cohost)\b", cue.text)
        engine_text = plain(normalise(cue.text, lexicon))  # English names read as written
        assert not re.search(r"[•«»#*_\[\]<>|]|\bhost\b|\bcohost\b", engine_text, re.IGNORECASE), engine_text
    spoken = " ".join(c.text for c in script.cues)
    for section in issue.sections:  # the lines of names under a heading are metadata
        if len(section.names) > 1:
            assert " • ".join(section.names) not in spoken
    assert "EN FILIGRANE" not in spoken


def test_lead_ins_are_said_as_sentences(show: Show) -> None:
    script = build_script(_read(EXAMPLE_ISSUE), show)
    texts = [c.text for c in script.cues]
    assert "En filigrane." in texts and "À surveiller." in texts and "Petit mais costaud." in texts


def test_an_elided_acronym_as_a_lead_in_stays_an_acronym(show: Show) -> None:
    leads = (Item("L'IA", "Le ministère signe un contrat."), Item("L'ENJEU", "Tenir les délais."), Item("L'OR", "Il monte."))
    texts = [c.text for c in build_script(_issue(Section("Défense", (), leads)), show).cues]
    assert "L'IA." in texts and "L'enjeu." in texts and "L'or." in texts


def _issue(*sections: Section) -> Issue:
    return Issue("Essai", dt.date(2026, 12, 5), ("Un titre",), None, sections, "Claire Dumas")


def test_sections_follow_the_configured_roles(show: Show) -> None:
    sections = (
        Section("Édito", ("Un paragraphe.",), kind="editorial"),
        Section("Actu", ("Une nouvelle.",), kind="news"),
        Section("", (), (Item("Bref", "Une brève."),), kind="briefs"),
        Section("Dossier", ("A.", "B.", "C."), kind="dossier"),
        Section("Actu 2", ("Une autre.",), kind="news"),
    )
    roles = lambda s: [seg.cues[0].role for seg in build_script(_issue(*sections), s).segments[2:-1]]  # noqa: E731
    assert roles(show) == ["host", "cohost", "host", "cohost", "host"]
    assert roles(_with_format(show, first_section="host")) == ["host", "host", "cohost", "host", "cohost"]
    assert roles(_with_format(show, sections="cohost")) == ["host", "cohost", "cohost", "cohost", "cohost"]
    by_kind = _with_format(show, by_kind={"editorial": "host", "briefs": "cohost", "dossier": "host"})
    assert roles(by_kind) == ["host", "cohost", "cohost", "host", "host"]
    script = build_script(_issue(*sections), _with_format(show, summary=False, jingles=False))
    assert [s.kind for s in script.segments][:2] == ["intro", "editorial"]
    assert not any(s.jingle_before for s in script.segments)
    assert script.segments[3].title == "En bref"  # an untitled briefs section gets the template


def test_items_may_alternate_between_the_voices(show: Show) -> None:
    section = Section("Brèves", (), (Item("Un", "Premier fait."), Item("Deux", "Second fait."), Item("", "Troisième.")))
    alternating = build_script(_issue(section), _with_format(show, items="alternate")).segments[2]
    assert [(c.role, c.text) for c in alternating.cues] == [
        ("cohost", "Brèves."), ("cohost", "Un."), ("cohost", "Premier fait."),
        ("host", "Deux."), ("host", "Second fait."), ("cohost", "Troisième."),
    ]  # fmt: skip


def test_long_direct_quotes_go_to_the_other_voice(show: Show) -> None:
    paragraph = (
        "Le patron a résumé sa stratégie devant les analystes : « Nous construisons les usines de calcul "
        "dont le monde aura besoin demain ». Le marché a salué « un virage » sans réserve."
    )
    section = Section("Usines", (paragraph,))
    cues = build_script(_issue(section), show).segments[2].cues
    assert [(c.role, c.pause_after) for c in cues] == [
        ("cohost", "paragraph"), ("cohost", "clause"), ("host", "clause"), ("cohost", "paragraph")
    ]  # fmt: skip
    assert cues[2].text == "« Nous construisons les usines de calcul dont le monde aura besoin demain »."
    assert " ".join(c.text for c in cues[1:]) == paragraph  # nothing lost, nothing added
    # a short quote inside a sentence stays with the reader; the format may keep every quote
    assert cues[3].text.endswith("« un virage » sans réserve.")
    same = build_script(_issue(section), _with_format(show, quotes="same")).segments[2].cues
    assert [c.text for c in same] == ["Usines.", paragraph]
    # an English quote typed with English marks goes to the other voice too
    for quote in ('"We built it with lawyers, not just for them, from day one."', "“We built it with lawyers, not just for them, from day one.”"):
        cues = build_script(_issue(Section("Droit", (f"Il a résumé ainsi : {quote}",))), show).segments[2].cues
        assert [(c.role, c.text) for c in cues[1:]] == [("cohost", "Il a résumé ainsi :"), ("host", quote)]


def test_undated_and_unsigned_issues(show: Show) -> None:
    issue = Issue("Sans date", None, (), None, (Section("Actu", ("Une nouvelle.",)),), None)
    script = build_script(issue, show)
    assert script.segments[0].cues[0].text == show.templates.intro_undated.format(newsletter=show.newsletter)
    assert script.segments[-1].cues[-1].text == show.templates.credits_unsigned
    assert [s.kind for s in script.segments] == ["intro", "section", "outro"]


def test_an_interview_is_asked_by_one_voice_and_answered_by_the_other(show: Show) -> None:
    paragraphs = ("Q : Pourquoi maintenant ?", "R : Parce que tout change.", "Q. : Et demain ?", "R. : On verra.")
    issue = Issue("Sans date", None, (), None, (Section("Trois questions à Léa", paragraphs),), None)
    section = build_script(issue, show).segments[1]
    asked = [(c.role, c.text) for c in section.cues[1:]]
    reader = section.cues[0].role
    other = "host" if reader == "cohost" else "cohost"
    assert asked == [(other, "Pourquoi maintenant ?"), (reader, "Parce que tout change."), (other, "Et demain ?"), (reader, "On verra.")]


def test_an_interview_with_only_its_questions_labelled_even_in_the_editorial(show: Show) -> None:
    paragraphs = ("Q : Pourquoi ?", "Parce que.", "Q : Et demain ?", "On verra.")
    issue = Issue("Sans date", None, (), None, (Section("Trois questions", paragraphs, kind="editorial"),), None)
    editorial = build_script(issue, show).segments[1]
    roles = [c.role for c in editorial.cues[-4:]]
    assert [c.text for c in editorial.cues[-4:]] == ["Pourquoi ?", "Parce que.", "Et demain ?", "On verra."]
    assert roles[0] == roles[2] != roles[1] == roles[3]


def test_an_interview_whose_speakers_are_named(show: Show) -> None:
    paragraphs = ("Orbite basse : Les 42 GW vous inquiètent-ils ?", "Léa Fontanel-Roy, chercheuse à RTE : Ils nous obligent.",
                  "Orbite basse : Où est-il disponible ?", "Léa Fontanel-Roy : Dans la vallée du Rhône.")  # fmt: skip
    issue = Issue("Sans date", None, (), None, (Section("L'entretien", paragraphs),), None)
    section = build_script(issue, show).segments[1]
    reader = section.cues[0].role
    assert [(c.role == reader, c.text) for c in section.cues[1:]] == [
        (False, "Les 42 GW vous inquiètent-ils ?"), (True, "Ils nous obligent."),
        (False, "Où est-il disponible ?"), (True, "Dans la vallée du Rhône."),
    ]  # fmt: skip
    # briefs led by names are no interview: read as they are
    briefs = ("Nvidia : les ventes bondissent.", "Meta : un nouveau modèle ?", "Apple : rien de neuf.")
    section = build_script(Issue("Sans date", None, (), None, (Section("Brèves", briefs),), None), show).segments[1]
    assert {c.role for c in section.cues} == {reader}


def test_an_interview_read_from_text_with_named_turns_under_its_headline_has_two_voices(show: Show) -> None:
    text = (
        "Le numéro de la semaine\n\nL'édito\n\nUn paragraphe d'éditorial assez long pour être une vraie phrase, sur la presse.\n\n"
        "Sophie Garnier\n\nInès Morel : « Une radio locale vit de ses auditeurs »\n\n"
        "Octet : Combien d'auditeurs vous écoutent chaque matin ?\n\nInès Morel : Un peu plus de 12 000 chaque matin.\n\n"
        "Octet : Qu'est-ce qui a changé ?\n\nInès Morel : Nous parlons des quartiers.\n\n"
        "EN BREF\n\n  • Une radio de Rennes recrute.\n\n  • Une autre, à Metz, lance une matinale.\n"
    )
    issue = read_issue(text.encode(), "x.txt")
    section = next(s for s in build_script(issue, show).segments if s.title.startswith("Inès Morel"))
    reader = section.cues[0].role
    assert [(c.role == reader, c.text) for c in section.cues[1:]] == [
        (False, "Combien d'auditeurs vous écoutent chaque matin ?"), (True, "Un peu plus de 12 000 chaque matin."),
        (False, "Qu'est-ce qui a changé ?"), (True, "Nous parlons des quartiers."),
    ]  # fmt: skip


def test_an_interview_with_dashed_questions(show: Show) -> None:
    paragraphs = ("Une introduction.", "— Pourquoi l'Isère ?", "Pour la liberté.", "— Et demain ?", "On verra.")
    issue = Issue("Sans date", None, (), None, (Section("Entretien", paragraphs),), None)
    section = build_script(issue, show).segments[1]
    reader = section.cues[0].role
    other = "host" if reader == "cohost" else "cohost"
    assert [(c.role, c.text) for c in section.cues[2:]] == [
        (other, "Pourquoi l'Isère ?"), (reader, "Pour la liberté."), (other, "Et demain ?"), (reader, "On verra."),
    ]  # fmt: skip
    # questions and answers both dashed, as French prints a dialogue: by turns, an answer may ask back
    lines = ("— Pourquoi censurer ?", "— Parce qu'il a tout refusé. Que faire d'autre ?", "— Et si elle échoue ?", "— Nous recommencerons.")
    issue = Issue("Sans date", None, (), None, (Section("Entretien", lines),), None)
    section = build_script(issue, show).segments[1]
    assert [(c.role == reader, c.text[:12]) for c in section.cues[1:]] == [
        (False, "Pourquoi cen"), (True, "Parce qu'il "), (False, "Et si elle é"), (True, "Nous recomme"),
    ]  # fmt: skip
    # one dashed line that is no question is an aside, said as written
    issue = Issue("Sans date", None, (), None, (Section("Entretien", ("Un avis.", "— Selon elle, tout change.")),), None)
    assert build_script(issue, show).segments[1].cues[-1].text == "— Selon elle, tout change."


def test_written_date() -> None:
    assert written_date(dt.date(2026, 11, 1)) == "dimanche 1er novembre 2026"
    assert normalise(written_date(dt.date(2025, 10, 11))) == "samedi onze octobre deux mille vingt-cinq"


def test_format_defaults_are_the_show_format() -> None:
    fmt = ShowFormat()
    assert (fmt.summary, fmt.sections, fmt.first_section, fmt.by_kind["editorial"]) == (True, "alternate", "cohost", "host")


def test_a_signed_letter_with_no_editorial_is_credited_as_a_whole(show: Show) -> None:
    issue = Issue("Titre", None, (), None, (Section("À la une", ("Une nouvelle.",)),), "Léa Martin")
    script = build_script(issue, show)
    assert [s.kind for s in script.segments] == ["intro", "section", "outro"]
    assert script.segments[-1].cues[-1].text == show.templates.credits_no_editorial.format(editor="Léa Martin")


def test_the_post_scriptum_comes_before_the_farewell(show: Show) -> None:
    issue = Issue("Titre", None, (), None, (Section("À la une", ("Une nouvelle.",)),), None, postscript=("P.S. Pas de lettre samedi.",))
    outro = build_script(issue, show).segments[-1]
    assert [(c.role, c.text) for c in outro.cues][:2] == [
        ("host", "P.S. Pas de lettre samedi."), ("host", show.templates.outro.format(newsletter=show.newsletter)),
    ]  # fmt: skip


def test_the_credits_elide_before_a_vowel(show: Show) -> None:
    for editor, said in (
        ("Hélène Vasseur", "d'Hélène Vasseur"), ("Olivier Martin", "d'Olivier Martin"), ("Claire Dumas", "de Claire Dumas"),
        ("Yann Le Gall", "de Yann Le Gall"), ("Yves Morel", "d'Yves Morel"), ("Sophie de Oliveira", "de Sophie de Oliveira"),
        ("Henri Dupont", "de Henri Dupont"),
    ):  # fmt: skip
        issue = Issue("Titre", None, (), None, (Section("Édito", ("Un texte.",)),), editor)
        assert said in build_script(issue, show).segments[-1].cues[-1].text


def test_an_agenda_with_one_figure_days_says_its_dates(show: Show) -> None:
    # "2/12 – 5/12 : …" opening an agenda's line is a span of days, like "10/12 – 13/12 :" and "2-5/12 :"; so is a
    # zero-padded day, "03/11 – 06/11", and a month in two figures alone, "4/12 :" (not a score in a sentence)
    issue = read_issue(
        "Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nAgenda\n\n"
        "2/12 – 5/12 : le salon des automates, Lyon.\n\n03/11 – 06/11 : un congrès de mécanique, Nantes.\n\n"
        "4/12 : une journée portes ouvertes, Brest.\n\n9/12 – 11/12 : la foire aux outils, Tours.\n".encode(),
        "x.txt",
    )
    said = [normalise(c.text) for s in build_script(issue, show).segments for c in s.cues]
    for start in ("du deux au cinq décembre", "du trois au six novembre", "quatre décembre", "du neuf au onze décembre"):
        assert any(s.startswith(start) for s in said), (start, said)
    assert "sur douze" not in " ".join(said)
    # elsewhere, figures without a date's shape stay a score: "le score passe de 2/12 – 5/12 à 7/12"
    assert normalise("Le score passe de 2/12 – 5/12 à 7/12.") == "Le score passe de deux sur douze à cinq sur douze à sept sur douze."


def test_a_quotation_with_a_speech_verb_goes_to_the_other_voice_however_it_is_said(show: Show) -> None:
    # a quotation said by someone, opening its sentence with its incise ("« … », a lancé X", "s'amuse X", "résume X",
    # "dit-elle") or after a verb and its colon ("Il a répondu : « … »"), goes to the other voice from half the usual
    # length: the same voice for every verb, not only when the quotation is long
    for said in (
        "« On ne vend plus des machines », a lancé Paul Garnier, son directeur.",
        "« On ne vend plus des machines », s'amuse Paul Garnier, son directeur.",
        "« On ne vend plus des machines », résume son directeur, Paul Garnier.",
        "« On ne vend plus des machines », s'est amusé son directeur.",
        "« On ne vend plus des machines », dit-elle.",
    ):
        cues = build_script(_issue(Section("Usines", (f"Le groupe change de modèle. {said}",))), show).segments[2].cues
        assert [c.role for c in cues[1:]] == ["cohost", "host", "cohost"], said
        assert cues[2].text == "« On ne vend plus des machines »,"
    cues = build_script(_issue(Section("Usines", ("Il a répondu : « On ne vend plus des machines »",))), show).segments[2].cues
    assert [(c.role, c.text) for c in cues[1:]] == [("cohost", "Il a répondu :"), ("host", "« On ne vend plus des machines »")]
    # not a book's title and its author, nor a short term in quotes, nor a short quotation without a speech verb
    for kept in (
        "« Le Goût des machines anciennes », de Paul Garnier, raconte un atelier.",
        "« Un virage », a salué le marché.",
        "« On ne vend plus des machines », une formule reprise partout.",
    ):
        cues = build_script(_issue(Section("Usines", (kept,))), show).segments[2].cues
        assert [c.role for c in cues[1:]] == ["cohost"], kept


def test_agenda_entries_dated_in_words_or_figures_are_one_cue_each(show: Show) -> None:
    # "14–17 mai : …", "Du 2 au 5 juin : …", "Mardi 9 juin, 10h : …" as "19/03 – 21/03 : …": the date and its event in
    # one cue, the same rhythm for the whole list (not the date as a sentence of its own, then the event)
    entries = [
        "19/03 – 21/03 : le salon des automates, Lyon.",
        "14–17 mai : la foire aux outils, Tours.",
        "Du 2 au 5 juin : un congrès de mécanique, Nantes.",
        "Mardi 9 juin, 10h : une audition au Sénat.",
    ]
    issue = read_issue(
        ("Le titre\n\nUn intertitre\n\nUn paragraphe de la lettre.\n\nAgenda\n\n" + "\n\n".join(f"• {e}" for e in entries) + "\n").encode(),
        "x.txt",
    )
    agenda = build_script(issue, show).segments[-2]
    assert [c.text for c in agenda.cues[1:]] == entries
    # a lead that is no date keeps its own sentence ("2,4 %", "Nouveau")
    section = Section("Brèves", (), (Item("2,4 %", "la hausse des prix en un an."),))
    assert [c.text for c in build_script(_issue(section), show).segments[2].cues[1:]] == ["2,4 %.", "La hausse des prix en un an."]


def test_the_farewell_says_no_next_week_when_the_editor_announces_a_break(show: Show) -> None:
    # "Octet reprendra le 29 août" in the editorial, or "Pas de lettre samedi prochain" in the P.S.: "À bientôt !", not
    # "À la semaine prochaine !"; someone else's break in the news ("Le Parlement reprendra le débat") changes nothing
    def farewell(paragraph: str, postscript: tuple[str, ...] = ()) -> str:
        issue = dataclasses.replace(_issue(Section("Édito", (paragraph,), kind="editorial")), postscript=postscript)
        return next(c.text for c in build_script(issue, show).segments[-1].cues if c.text.startswith("C'était"))

    usual, pause = show.templates.outro.format(newsletter=show.newsletter), show.templates.outro_break.format(newsletter=show.newsletter)
    assert usual != pause
    assert farewell(f"Voici le dernier numéro avant notre pause estivale : {show.newsletter} reprendra le 29 août.") == pause
    assert farewell("Une semaine chargée.", ("P.S. Pas de lettre samedi prochain : nous reprendrons le 12.",)) == pause
    assert farewell("Le Parlement reprendra le débat le 3 mars, après les vacances.") == usual


def test_an_interview_with_two_guests_named_at_each_turn_has_one_asking_voice_and_names_who_answers(show: Show) -> None:
    # a cross interview: the letter asks ("Kilowatt : … ?", or "Q : … ?"), two guests answer in turn, each named; the
    # questions in the asking voice, the answers in the other, no label read before a question, and each answer
    # led by its guest's name, as the one voice answering for both cannot tell them apart
    for asker in ("Kilowatt :", "Q :"):
        paragraphs = (
            "Deux experts du réseau ont accepté de débattre.",
            f"{asker} Le réseau tiendra-t-il l'hiver ?", "Anne Roux : Oui, si les interconnexions suivent.",
            "Marc Lenoir : Je suis plus prudent que ma voisine.",
            f"{asker} Faut-il construire plus de lignes ?", "Marc Lenoir : Sans aucun doute.", "Anne Roux : Pas partout.",
        )
        issue = Issue("Sans date", None, (), None, (Section("Entretien croisé", paragraphs),), None)
        section = build_script(issue, show).segments[1]
        reader = section.cues[0].role
        assert [(c.role == reader, c.text) for c in section.cues[2:]] == [
            (False, "Le réseau tiendra-t-il l'hiver ?"), (True, "Anne Roux : Oui, si les interconnexions suivent."),
            (True, "Marc Lenoir : Je suis plus prudent que ma voisine."), (False, "Faut-il construire plus de lignes ?"),
            (True, "Marc Lenoir : Sans aucun doute."), (True, "Anne Roux : Pas partout."),
        ], asker  # fmt: skip  (one voice answers for both: each answer keeps its guest's name)
    # names quoted around the letter's questions, a question left unanswered: no interview, read as written
    lines = ("Bercy : faut-il taxer les lignes ?", "Matignon : rien n'est décidé.", "Bercy : et les aides ?", "Bercy : et la dette ?", "Rome : non.")
    section = build_script(Issue("Sans date", None, (), None, (Section("Les réactions", lines),), None), show).segments[1]
    assert [c.text for c in section.cues[1:]] == list(lines)


def test_a_readers_letter_closing_words_and_name_are_said_by_the_letters_voice(show: Show) -> None:
    # "« … »" / "Bien cordialement," / "Name, role, town" / the editors' answer: the closing words and the name go
    # with the letter, in the voice that read it; the answer stays in the section's voice
    paragraphs = (
        "« Je dirige une petite imprimerie à Tours et nos clients nous demandent de passer au papier recyclé, qui coûte "
        "bien plus cher. Faut-il suivre ou attendre que les prix baissent ? Je n'arrive pas à trancher. »",
        "Bien cordialement,",
        "Marc Lenoir, imprimeur, Tours",
        "Notre réponse : les prix du papier recyclé ont déjà baissé de moitié en deux ans.",
    )
    section = build_script(_issue(Section("Le courrier des lecteurs", paragraphs)), show).segments[2]
    reader = section.cues[0].role
    assert [(c.role == reader, c.text) for c in section.cues[2:]] == [
        (False, "Bien cordialement,"), (False, "Marc Lenoir, imprimeur, Tours"), (True, paragraphs[3])
    ]
    assert section.cues[1].role != reader
    # a closing formula said by the section's own voice, after no quotation, stays in it
    section = build_script(_issue(Section("Le mot de la fin", ("Merci à tous nos lecteurs.", "Bien cordialement,"))), show).segments[2]
    assert {c.role for c in section.cues} == {section.cues[0].role}


def test_the_farewell_stays_next_week_when_the_letter_only_comes_back_to_a_topic(show: Show) -> None:
    # "Nous reprendrons le fil de notre enquête…", "La lettre reviendra sur ce sujet samedi prochain": a topic, no
    # pause; a real summer break, put in other words ("fait sa pause estivale : prochaine lettre le …", "part en
    # vacances et vous retrouve le …"), says "À bientôt !"
    def farewell(paragraph: str, postscript: tuple[str, ...] = ()) -> str:
        issue = dataclasses.replace(_issue(Section("Édito", (paragraph,), kind="editorial")), postscript=postscript)
        return next(c.text for c in build_script(issue, show).segments[-1].cues if c.text.startswith("C'était"))

    usual, pause = show.templates.outro.format(newsletter=show.newsletter), show.templates.outro_break.format(newsletter=show.newsletter)
    for topic in (
        "Nous reprendrons le fil de notre enquête sur les péages ferroviaires dans le numéro du 2 mai.",
        "La lettre reviendra sur ce sujet samedi prochain, avec les réponses de la SNCF.",
        "Nous reviendrons en détail sur ces annonces dans les prochaines semaines.",
        f"{show.newsletter} reviendra le 3 mars sur le budget des Régions.",
    ):
        assert farewell(topic) == usual, topic
    assert farewell("Une semaine chargée.", (f"P.S. {show.newsletter} fait sa pause estivale : prochaine lettre le samedi 29 août.",)) == pause
    assert farewell(f"C'est notre dernier numéro avant l'été : {show.newsletter} part en vacances et vous retrouve le 29 août.") == pause
    assert farewell("Nous prenons quelques jours de congés : nous reprendrons le 12 janvier.") == pause


def test_a_debate_the_story_reports_keeps_every_speakers_name_in_its_voice(show: Show) -> None:
    # three people named in turn in a story, not an interview's section: the one who asks twice is no interviewer;
    # each line is said as written, name first, by the section's voice
    lines = (
        "Le débat organisé mercredi par France Bleu Occitanie a montré l'étendue des désaccords.",
        "Jean Terral : Qui croit sérieusement qu'un car remplacera le train de nuit ?",
        "Carole Delga : Personne, et la Région paiera sa part des travaux.",
        "Jean Terral : Et qui paiera le reste, l'État ?",
        "Marc Vidal : L'État et SNCF Réseau, comme le prévoit le contrat de plan.",
    )
    section = build_script(_issue(Section("Le débat de France Bleu", lines)), show).segments[2]
    reader = section.cues[0].role
    assert [(c.role, c.text) for c in section.cues[1:]] == [(reader, t) for t in lines]


def test_sources_named_at_their_answers_in_an_explainer_keep_their_names(show: Show) -> None:
    # "Q : … ?" then "Bercy : …", twice, and "L'Arcom : …" once, under "Ce que l'on sait": sources quoted, not the
    # guests of an interview; each answer keeps who gives it
    lines = (
        "Q : Combien coûtera la rénovation ?", "SNCF Réseau : Environ 40 millions d'euros, selon le devis.",
        "Q : Qui paiera ?", "SNCF Réseau : La Région pour moitié, l'État pour le reste.",
        "Q : Quand les travaux commenceront-ils ?", "La Région : Pas avant l'automne 2027.",
    )
    section = build_script(_issue(Section("Ce que l'on sait", lines)), show).segments[2]
    answers = [c.text for c in section.cues[1:] if not c.text.endswith("?")]
    assert answers == [lines[1], lines[3], lines[5]]
