"""Blocks -> Issue: one recogniser for every format, driven by the newsletter profile.

Walks the blocks once, in order. Before the first section it looks for the issue's header
(title, teaser of headlines with the greeting and the date, epigraph); then each block
goes to exactly one place: a section (heading, paragraphs, items), the metadata (names,
signature), or ``dropped`` with the reason, so the producer sees everything that was
removed. Afterwards each section is tidied (lead-ins, kind) and empty headings dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ..calendar_words import WEEKDAYS
from ..editorials import EDITORIAL_LABEL, EDITORIAL_TITLE
from ..errors import InputError
from ..interviews import INTERVIEW_TITLE, PROPER_SPEAKER, SPEAKER
from ..letters import LETTER_CLOSE
from ..model import Issue, Item, Section, SectionKind
from .blocks import SEPARATOR, Block, Document
from .dates import DAY_MONTH, find_date
from .header import BY_NAME, Draft, HeaderReader
from .lines import ARROWED_CALL, CALL_VERB, comma_names_line, ends_with_address, has_address, marker_lead, names_line, period_lead, person_name, rating, said_words, signers, split_lead, words
from .profile import Profile, load_profile

_CONTENTS = re.compile(r"(?i)^(?:au )?sommaire|^(?:table des mati[èe]res|dans ce num[ée]ro|dans cette [ée]dition)\W*$")
_SIGNED = re.compile(r"^(.{3,60}?)\s*(?=…|\.\.\.)")


# an item with its lead-in: "Lenovo parie sur l'hybride • Le chinois…", "Lenovo : …"
_LED_ITEM = re.compile(r"[^•:\n]{3,80}(?:\s•\s|\s?:\s)\S")
_ADDRESSED = re.compile(r"(?i)\b(?:vous|votre|vos)\b")  # an ad's line speaking to the reader: "à suivre à votre rythme"


class _Recogniser(HeaderReader):
    """Reads the body, block by block, after the header (see ``HeaderReader``)."""

    def new_section(self, i: int, title: str, level: int = 0, url: str | None = None) -> Draft:
        draft = self.current
        if title and draft is not None and not draft.title and draft.names and draft.empty():
            draft.title, draft.level, draft.url, draft.at = title, level, url, i  # names, then the heading
            draft.names_over = True
            return draft
        draft = Draft(title, level=level, url=url, at=i)
        if len(self.sections) == 1:
            self.first_signed = self.signature is not None  # signed before the second section: the first's signer
        self.sections.append(draft)
        return draft

    def body(self) -> Draft:
        return self.current or self.new_section(-1, "")

    def drop_section(self, draft: Draft, reason: str) -> None:
        self.sections.remove(draft)
        self.drop(draft.at, draft.title, reason)
        for paragraph in draft.paragraphs:
            self.drop(draft.at, paragraph, reason)
        for lead, text, _ in draft.items:
            self.drop(draft.at, f"{lead} : {text}" if lead else text, reason)

    def run(self) -> Issue:
        start = self.title_end = self.find_title()
        blocks = self.blocks
        i = 0
        footer: str | None = None  # reason, once a footer has started
        promo: str | None = None  # reason, inside a subscriber promotion or a list of links
        listed = False  # the run is a list: its short lines look like headings, it ends at a real section
        links = False  # the list's lines so far held web addresses
        marked = False  # the list's lines so far were all bullets ("→ « Un titre », une analyse de l'IFRI")
        reading = False  # the list is one of works to read ("Nos lectures"), not of sources
        bio = False
        promo_button = False  # the promotion has had its button ("Demander une démo")
        title_at = start - 1 if start else -1
        while i < len(blocks):
            block = blocks[i]
            if i == title_at or i in self.skip:
                i += 1
                continue
            if block.drop == SEPARATOR:
                self.after_rule = bool(self.sections)
                i += 1
                continue
            if block.drop is not None:
                if block.drop in ("table", "code"):
                    self.trim_announcement(i, block.drop)
                if block.drop == "table" and (note := self.following(i))[1] is not None and note[0] not in self.skip and _TABLE_NOTE.search(note[1].text):
                    # the table's note under it ("Cours au 11 mars, 17h35. Sources : Euronext."): the figures' sources go too
                    self.drop(note[0], note[1].text, "table")
                    self.skip.add(note[0])
                if block.drop == "poll" and (i == 0 or blocks[i - 1].drop != "poll"):  # once per poll, at its start
                    self.trim_poll_question(blocks, i)
                # an advertisement's button the markup drew ("<td bgcolor><a>Demander une démo</a>"): it ends there too
                promo_button = promo_button or (block.drop == "button" and promo == "sponsored block")
                if block.drop == "footnote":
                    self.drop_notes_heading()
                self.drop(i, block.text, block.drop)
                i += 1
                continue
            j, nxt = self.following(i)
            text = block.text
            if footer is not None:
                rule = self.rule_for(block)
                if rule is not None and rule.scope == "rest":
                    footer, bio = rule.reason, False
                if self.bio_start(block, j, nxt):
                    bio = True
                elif not (bio and block.kind != "heading" and not self.heading(block, nxt)):
                    bio = False
                self.drop(i, text, "author biography" if bio else footer)
                i += 1
                continue
            if bio:
                if (
                    block.kind in ("paragraph", "bullet", "quote")
                    and not self.closing_postscript(i, block)  # (the editor's P.S. after the biographies)
                    and not self.heading(block, nxt)
                    and not person_name(text, self.profile)
                    and self.rule_for(block) is None
                ):
                    self.drop(i, text, "author biography")
                    i += 1
                    continue
                bio = False
                if person_name(text, self.profile) and self.bio_start(block, j, nxt, another=True):
                    bio = True  # a second author's biography after the first one
                    self.drop(i, text, "author biography")
                    i += 1
                    continue
            if block.kind == "caption":
                self.drop(i, text, "image caption or credit")
                i += 1
                continue
            if not self.sections and (i < start or not self.body_started):
                after = self.header_block(i, block)
                if after is not None:
                    for k in range(i + 1, after):  # what the markup dropped among the header's blocks
                        if (reason := blocks[k].drop) is not None:
                            self.drop(k, blocks[k].text, reason)
                    i = after
                    continue
                if i < start:  # before the title, and not header material
                    rule = self.rule_for(block)
                    self.drop(i, text, rule.reason if rule else "masthead")
                    i += 1
                    continue
            rule = self.rule_for(block)
            if rule is not None and rule.reason in _OFFER_LINE and not self._offers_ahead(i, rule.reason):
                rule = None  # "Ils recrutent" over news of hiring plans, "Petites annonces" over a story on Leboncoin: read
            if rule is not None and rule.reason in ("link", "promotion") and promo == "sponsored block" and not listed and _ad_call(block):
                # an advertisement's button with its address ("Découvrir Capitalis → https://…", "→ Je m'inscris : https://…"):
                # the ad's, not a link nor the newsletter's own promotion
                promo_button = True
                self.drop(i, text, promo)
                i += 1
                continue
            if rule is not None and rule.reason == "link" and promo is None and (label := _DATED_LABEL.fullmatch(text)):
                # an agenda's entry with its address ("VivaTech 17-20 juin : https://…", "Candidatures jusqu'au 15 mai :
                # https://…"): the event and its date are read, only the address is left out
                self.add(replace(block, text=label["label"]))
                self.drop(i, label["address"], "link")
                i += 1
                continue
            if rule is not None:
                if rule.scope == "rest":
                    footer = rule.reason
                    while self.current is not None and self.current.empty():
                        self.drop_section(self.current, rule.reason)
                elif rule.scope in ("run", "list"):
                    promo, listed, links, promo_button, marked = rule.reason, rule.scope == "list", False, False, True
                    reading = bool(_READING.search(text))
                elif promo is not None and rule.reason == "link":
                    links = True  # an address alone, in a list of sources
                elif rule.reason == "byline" and len(self.sections) <= 1:
                    self.read_byline(text)
                if rule.reason == "byline" and self._guest_column(text):
                    # a guest's column: who speaks in the first person is said once, with her role ("Par Léa Roy,
                    # chercheuse à l'Inria, invitée de la semaine"), or the listener takes it for the newsletter's voice
                    self.add(replace(block, text=text if text.endswith((".", "!", "?", "…")) else f"{text}."))
                else:
                    if rule.reason == "footnote":
                        self.drop_notes_heading()
                    self.drop(i, text, rule.reason)
                if rule.reason == "byline" and nxt is not None and self._guest_career(text, nxt):
                    # "Par Olusegun Adeyemi, invité de la semaine" / "Associé fondateur de…, il a investi…"
                    self.drop(j, nxt.text, "author biography")
                    self.skip.add(j)
                i += 1
                continue
            if promo == "sponsored block" and promo_button and block.kind == "bullet" and (
                _LED_ITEM.match(text) or (
                    self.current is not None and bool(self.current.items) and not any(item[0] for item in self.current.items)
                    and not _ADDRESSED.search(text)
                )
            ):
                # an advertisement set in a section ends after its button, at the section's next item (led, or a
                # bullet like those read before the ad: "• La mission SWOT mesure …"). Not the ad's own selling points
                # after its button: "• 12 modules en ligne, à suivre à votre rythme" under led briefs, or speaking to
                # the reader ("vous", "votre")
                promo = None
            elif (
                promo == "sponsored block" and promo_button and block.kind == "paragraph" and self.current is not None
                and not self.current.empty() and len(text) >= 80 and bool(_NEWS_TIME.search(text))
                and not _ADDRESSED.search(text) and not has_address(text)
            ):  # fmt: skip
                # after its button, the story's next paragraph, this week's news that does not speak to the reader ("Le
                # rapport du Haut Conseil, publié mercredi, recommande…"): the ad inside the story has ended
                promo = None
            by = BY_NAME.search(text) if len(words(text)) <= 16 else None
            by_name = by is not None and person_name(by["name"], self.profile) is not None and _DETAILS_AFTER.match(text, by.end()) is not None
            day = find_date(text) if _PUBLISHED.match(text) else None
            if len(self.sections) <= 2 and _PUBLISHED.match(text) and ((day and len(words(text)) <= 8) or by_name):
                # (or a post's line of details: "Publié le 16 mars 2026 par Clémence Vasseur · 8 minutes de lecture")
                self.date = self.date or day
                if by is not None and by_name:
                    self.signature = self.signature or by["name"]  # "Publié le 12 mars 2026" under the author's name: a byline
                had_sections = bool(self.sections)
                for draft in list(self.sections):
                    alone = draft.paragraphs[0] if len(draft.paragraphs) == 1 and not draft.items else ""
                    if not draft.title and (author := person_name(alone, self.profile)):
                        self.signature = self.signature or author
                        self.drop_section(draft, "byline")
                    elif not draft.title and draft.names and draft.empty():  # the author's roles ("Directrice innovation · …")
                        self.drop(draft.at, " • ".join(draft.names), "byline")
                        draft.names = ()
                    elif draft.title and draft.empty() and len(roles := _ROLES.split(draft.title)) >= 2 and (
                        len(roles) >= 3 or all(len(words(r)) <= 5 for r in roles)  # (not "Nucléaire | EDF relance le chantier de Penly")
                    ):
                        # the author's roles set as a heading ("Économiste du travail | Associée chez Tessitura"), LinkedIn's
                        self.drop_section(draft, "byline")
                    elif (author := person_name(draft.title, self.profile)) and not draft.items and all(
                        len(words(p)) <= 15 and not p.endswith(".") for p in draft.paragraphs
                    ):  # "Claire Mandelbaum" over her roles, taken for a heading
                        self.signature = self.signature or author
                        self.drop_section(draft, "byline")
                if had_sections and not self.sections:
                    self.body_started = False  # it was the author's block: the header goes on (a greeting, the rundown)
                self.drop(i, text, "byline")
                i += 1
                continue
            dated, draft = _NAME_DATE.fullmatch(text), self.current
            said = draft.paragraphs[-1] if draft is not None and draft.paragraphs and not draft.items else ""
            if dated and draft and i > 0 and self.blocks[i - 1].text == said and _QUOTATION.fullmatch(said) and (said_on := find_date(dated["date"])) and (
                person_name(dated["name"], self.profile)
            ) and said_on != self.date and not self._closes_section(j, nxt):
                # "« Quatre, c'est un de trop »" / "Hélène Roy · 12 mars 2026": the quotation's author and its day, read
                # with it ("« … » — Hélène Roy, 12 mars 2026"), not the issue's byline. Not on the issue's own day, nor
                # as the section's last line ("« … »" / "Claire Dumas · samedi 14 mars 2026" / "…attend vos remarques"):
                # that is the editorial's signature under its closing quotation
                draft.paragraphs[-1] = f"{said} — {dated['name'].strip()}, {dated['date'].strip()}"
                i += 1
                continue
            if len(self.sections) > 1:
                dated = None
            if dated and (author := person_name(dated["name"], self.profile)) and (day := find_date(dated["date"])):
                self.signature, self.date = self.signature or author, self.date or day  # "Inès Haddad · 17 janv. 2026": a byline
                self.drop(i, text, "byline")
                i += 1
                continue
            if (answers := self.poll_answers(i)) is not None:
                for k in [i, *answers]:  # a poll: its question and its answers (a listener cannot vote)
                    self.drop(k, self.blocks[k].text, "poll")
                    self.skip.add(k)
                i += 1
                continue
            if promo is not None and _CLOSING_PS.match(text) and self.closing_postscript(i, block):
                promo = None  # the editor's "P.S." after a teaser or an advertisement is not part of it
            if promo is not None:
                linked = bool(block.url) or has_address(text)
                # a short line, not a heading over long text (unless it ends in its address: no heading);
                # a list of addresses ends at a line without one
                over_text = block.kind == "heading" or (nxt is not None and len(nxt.text) > 150)
                short = len(text) <= 150 and not (over_text and not ends_with_address(text))
                # (a bullet without an address among bullets with one goes on: "→ Le portrait de … dans Wired.")
                # (nor a work to read named without its address: "Une enquête d'un quotidien allemand sur …")
                # (under "Nos lectures" only, and no news of the week: "Une étude de l'Inserm publiée mardi estime…")
                read = reading and bool(_READ_ENTRY.match(text)) and text.endswith((".", "»", ")")) and not _NEWS_TIME.search(text)
                item = listed and short and (linked or not links or (marked and block.kind == "bullet") or read)
                # an advertisement's button, a short linked line: "Demander une démo"
                # ("Télécharger le livre blanc" in plain text, where it has no link: a call with a heading
                # or the section's next item after it, not "Testé : le Pixel 10 Pro" over its own text)
                # (or a bullet in plain text, whose arrow was taken for its marker: "→ Demandez une démonstration")
                button = not listed and block.kind in ("paragraph", "bullet") and len(said_words(text)) <= 6 and (
                    (block.kind == "paragraph" and bool(block.url))
                    or (promo == "sponsored block" and not promo_button and bool(_CALL_TO_ACT.match(text) or ARROWED_CALL.fullmatch(text))
                        and (nxt is None or nxt.kind == "bullet" or bool(nxt.lead) or self.heading(nxt, self.following(j)[1])))
                    # (a bare call only right over the next heading: over bullets or led briefs, "Comprendre la
                    # réforme" / "• Ce qui change • …" or "Suivre l'argent" / "Alan lève 150 M€ …" is a rubric)
                    or (promo == "sponsored block" and not promo_button and bool(_BARE_CALL.fullmatch(text))
                        and (nxt is None or self.heading(nxt, self.following(j)[1])))
                )  # fmt: skip
                # a boxed advertisement's short lines, its name in capitals and its price, up to its button ("Publicité" /
                # "ATELIER VERSO — …" / "Dès 49 € HT/mois" / "→ Essayez 14 jours gratuitement"): no headings of their own
                boxed = promo == "sponsored block" and not listed and not promo_button and self._call_ahead(i)
                # (a job board's or the classifieds' own short lines go on: "Data Scientist (H/F) – Nantes – CDI" or
                # "Vends vélo cargo" over its details, no heading of a section)
                # (never an explicit heading, "## Recherche : le CEA mise sur le sodium": the run ends there)
                offer = not listed and block.kind != "heading" and bool(_OFFER_LINE.get(promo, _NO_MATCH).search(text))
                if item or button or boxed or offer or (not listed and not (self.heading(block, nxt) or names_line(block, self.profile))):
                    self.drop(i, text, promo)
                    promo_button = promo_button or button or (boxed and _ad_call(block)) or (promo == "sponsored block" and not listed and _addressed_call(text))
                    links = links or (listed and linked)
                    marked = marked and block.kind == "bullet"
                    i += 1
                    continue
                promo, links = None, False  # a list of links ends at a long paragraph or a real section
            if self.is_share_bar(text):
                self.drop(i, text, "share bar")
                i += 1
                continue
            if (
                len(text) <= 80
                and (
                    (len(self.sections) <= 1 and (self.current is None or len(self.current.paragraphs) <= 2))
                    # "L'édito" after a table of contents or a standfirst: "Bonjour à tous," opens it too
                    or (len(self.sections) <= 3 and self.current is not None and self.current.empty() and self._editorial_opens())
                )
                and self.profile.greetings.search(text, self.names)
                # (not "Bonne lecture," after the editorial's text: a sign-off, its signer under it)
                and not (self.current is not None and self.current.paragraphs and self.profile.sign_offs.search(text, self.names))
            ):
                self.drop(i, text, "greeting")  # "Bonjour à tous," opening the editorial
                i += 1
                continue
            if (
                len(text) <= 200 and self.profile.sign_offs.search(text, self.names) and not self._news_under(text, nxt)
                and not self._season_title(text, nxt)
            ):  # fmt: skip
                self.drop(i, text, "sign-off")
                i += 1
                signer_at, signer = self.following(i - 1)
                # (or "Je vous souhaite une bonne lecture." / "Julien Mercadier" over the editorial, before any
                # section: its signer, not its title)
                top = (
                    not self.sections and signer is not None and signer.kind == "paragraph" and bool(person_name(signer.text, self.profile))
                    and not self._portrait_heading(signer_at)
                )
                if signer is not None and (top or self.first_name(signer, *self._two_after(signer_at))):
                    # "À la semaine prochaine, / Hugo": the editor signs under the sign-off
                    self.signature = self.signature or signer.text
                    if signer.text != self.signature:
                        self.drop(signer_at, signer.text, "signature")
                    self.skip.add(signer_at)
                    self.drop_role(signer_at)
                    role_at, role = self.following(signer_at)
                    if (
                        role is not None and role_at not in self.skip and _job_line(role) and person_name(signer.text, self.profile)
                        and not self.heading(role, self.following(role_at)[1])  # (a rubric over its text: "Revue de presse")
                    ):
                        self.drop(role_at, role.text, "signature")  # her job under her name: not read
                        self.skip.add(role_at)
                continue
            if len(text) <= 260 and (signed := _SIGNED.match(text)) and (name := person_name(signed[1], self.profile)):
                if self.profile.sign_offs.search(text[signed.end(1) :].strip(), self.names):
                    # "Claire Dumas …attend vos idées." on one line: the signature and its sign-off
                    self.signature = self.signature or name
                    self.drop(i, text, "sign-off")
                    i += 1
                    continue
            if len(text) <= 120 and self.profile.paywall.search(text, self.names):
                draft = self.current
                # a whole brief, then its button ("Lire l'article"): only the button goes; a teaser
                # cut short, or a paywall's own words, take the section with them
                whole = bool(draft and draft.paragraphs and _WHOLE_BRIEF.fullmatch(draft.paragraphs[-1])) and text[:1].isalpha() and not _RESERVED.search(text)
                shown = draft.paragraphs[-1] if draft and draft.paragraphs else ""
                complete = bool(_WHOLE_BRIEF.fullmatch(shown)) and not _TEASES.search(shown)  # (not "Dans cet article, nous…")
                if draft is not None and draft.title and len(draft.paragraphs) <= 1 and not draft.items and not complete:
                    # (a whole paragraph before "Lire la suite (réservé aux abonnés)" is read: only a teaser cut short goes)
                    self.drop_section(draft, "paywalled stub")
                if not whole:
                    self.cut = self.sections[-1] if self.sections else None
                self.drop(i, text, "button" if whole else "paywalled stub")
                i += 1
                continue
            if block.kind == "paragraph" and len(said_words(text)) <= 6 and ARROWED_CALL.fullmatch(text):
                self.drop(i, text, "button")  # "Lire l'étude →" under a story: a link, no heading (nor "vers")
                i += 1
                continue
            name = None
            if block.kind in ("paragraph", "heading"):  # a signer: a person, or "La rédaction"
                # (two signers first: "Claire Dumas, Maurice Delaunay" is not one with a role)
                name = signers(text, self.profile) or person_name(text, self.profile) or (text.strip(" .") if _TEAM.fullmatch(text.strip(" .")) else None)
                if not name and self.postscript and _FIRST_NAME.fullmatch(text.strip(" .")):
                    name = text.strip(" .")  # "P.S. …" / "Thomas": the editor signs the P.S. with a first name only
            if name:
                if self.bio_start(block, j, nxt):
                    bio = True
                    self.drop(i, text, "author biography")
                    i += 1
                    continue
                role = self.role_after(i)
                if block.kind == "paragraph" and role is not None and self.after_quotation(i) and not self.own_role(role):
                    # "« Une start-up qui cède ses données… »" / "Antoine Morel" / "Fondateur de Datalegal":
                    # who said it, read with the quotation; not the issue's signer
                    said = self.blocks[role].text
                    self.add(Block("paragraph", f"{text.rstrip(' .')}, {said[0].lower()}{said[1:]}"))
                    self.skip.add(role)
                    i += 1
                    continue
                if block.kind == "paragraph" and role is not None and self.own_role(role) and self.current and not self.current.empty():
                    # "Dre Amina Belkacem" / "Rédactrice en chef invitée" under her text: a signer, wherever she signs
                    if self.signature is None:
                        self.signature = name
                    elif name != self.signature:
                        self.drop(i, text, "signature")
                    self.drop_role(i)
                    i += 1
                    continue
                if block.kind == "paragraph" and self.postscript and self._footer_next(i):
                    # "P.S. …" / "Claire Dumas": the editor signs under the P.S., the footer after her
                    self.signature = self.signature or name
                    self.drop(i, text, "signature")
                    i += 1
                    continue
                if block.kind == "paragraph" and nxt is not None and self.closing_postscript(j, nxt):
                    self.signature = self.signature or name  # "Claire Dumas", then "P.S. …" after the last section
                    self.drop(i, text, "signature")
                    i += 1
                    continue
                if block.kind == "paragraph" and self.signature_here(*(self.following(role) if role else (j, nxt))):
                    self.signature = self.signature or name
                    self.drop_role(i)
                    i += 1
                    continue
            # (not a letter's signer: "Bien cordialement," / "Anne Roux, Grenoble, Isère", read with the letter)
            names = None if self.letter_signature(block, nxt) else names_line(block, self.profile) or self._comma_names(block, j, nxt)
            if names is not None and self._listed_by_story(text, names):
                # "… a désigné jeudi les cinq métropoles qui …" / "Lyon, Toulouse, Nantes, Lille, Montpellier": the
                # places the story counts, its last words, read (not the next section's names)
                self.add(replace(block, text=text if text.endswith((".", "!", "?", "…")) else f"{text}."))
                i += 1
                continue
            if names is not None:
                draft = self.current
                if draft is not None and draft.title and draft.empty() and not draft.names:
                    draft.names = names  # "Brèves" then the names: the heading stays
                else:
                    self.new_section(i, "", url=block.url).names = names
                i += 1
                continue
            if block.kind == "heading" and not self.sections and self.standfirst(block):
                self.body_started = True  # a subtitle under the title: the editorial's first words
                self.body().paragraphs.append(text)
                i += 1
                continue
            if self.closing_postscript(i, block):
                # "P.S. Pas de lettre samedi prochain…" after the last section: not one of its items, nor a heading
                self.postscript.append(text)
                i += 1
                continue
            if self.postscript and block.kind == "paragraph" and self._signers_career(block) and self._footer_next(i):
                # after the editor's P.S. and the farewell, the signer's career without the name over it
                self.drop(i, text, "author biography")
                i += 1
                continue
            if block.kind == "paragraph" and self.survey_result(j, block, nxt):
                self.add(replace(block, kind="bullet"))  # "58 % disent avoir déjà vu un deepfake": one of the survey's results
                i += 1
                continue
            if block.kind == "paragraph" and block.strong and self.current is not None and self.question_of(self.current, block):
                # a question in bold too long for a heading ("**Beaucoup d'exploitants réclament … Vous aussi ?**"): one all the same
                self.add(Block("paragraph", text if SPEAKER.match(text) else f"Q : {text}"))
                i += 1
                continue
            if (
                self.heading(block, nxt) and not self.letter_signature(block, nxt) and not self.announced_figure(block)
                and not self.named_question(i, block, nxt) and not self.quiz_answers(block)
            ):  # fmt: skip
                self.after_rule = False
                draft = self.current
                if (
                    draft is not None and draft.empty() and not draft.names and draft.title.endswith(("…", "...", ":"))
                    and INTERVIEW_TITLE.search(draft.title) and not text.rstrip().endswith("?")
                ):  # fmt: skip
                    # "Trois questions à…" over who answers ("Yann Quéré, directeur du …"): one title, the
                    # interview's, whose questions then stay in it (not a chapter named after the guest)
                    draft.title = f"{draft.title.rstrip(' .…:')} {text}"
                    i += 1
                    continue
                if draft is not None and self.question_of(draft, block):
                    # "Trois questions à …" / "**Que peuvent faire les plateformes ?**": a question, read as one
                    self.add(Block("paragraph", text if SPEAKER.match(text) else f"Q : {text}"))
                    i += 1
                    continue
                # (an h1 too, when the document sets its sections in h1, as Google Docs does: "Données &
                # régulation" over its stories in h2 is one section, not a chapter per story but the first)
                top = draft is not None and (1 < draft.level or (draft.level == 1 and self._h1_sections()))
                if block.kind == "heading" and draft is not None and draft.title and top and draft.level < block.level:
                    if draft.empty() and self._lone_subheading(i, draft.level):
                        draft.paragraphs.append(text)  # "L'édito" / "Les cathédrales et les chapelles": its headline
                    elif nxt is not None and nxt.kind == "bullet":
                        # a sub-heading over a list, not over a paragraph: its bullets are items of their own. A
                        # rubric ("En bref", "Mon agenda") is their chapter; another announces them in the
                        # section ("Ce que prévoit le texte"), instead of being left out as a heading with no text
                        # (not a story's own summary, its text above the list and going on under it: "Fin de vie :
                        # le Sénat réécrit le texte" / ¶ / "Ce qu'il faut retenir" or "Le calendrier" / • … / ¶)
                        story = bool(draft.paragraphs) and not draft.items and self._text_after_list(j)
                        if (self.profile.news_rubrics.search(text, self.names) or _AGENDA.search(text)) and not story:
                            self.new_section(i, text, block.level, block.url)
                        else:
                            draft.items.append(["", text if text.endswith((".", ":", "?", "!", "…")) else f"{text} :", "paragraph"])
                    else:
                        draft.items.append([text, "", "heading"])  # a sub-heading: its paragraphs make one item
                        draft.open_lead = True
                else:
                    self.new_section(i, text, block.level if block.kind == "heading" else 0, block.url)
                i += 1
                continue
            self.body_started = True
            draft = self.current
            fix = _CORRECTION.match(text) if block.kind == "paragraph" else None
            if fix is not None and not (draft is not None and draft.empty() and _CORRECTION.match(f"{draft.title} :")):
                # "Rectificatif : dans notre numéro du 7 mars, …", in a box under the epigraph or after a story: a
                # correction of its own, announced so (not the editorial, nor the story's last paragraph)
                rest = text[fix.end() :]
                self.new_section(i, fix["label"]).paragraphs.append(rest[:1].upper() + rest[1:])
                self.after_rule = False
                i += 1
                continue
            if (
                self.after_rule and draft is not None and draft.title and draft.items and (block.kind == "bullet" or block.lead)
                and not self.profile.news_rubrics.search(draft.title, self.names)
            ):  # fmt: skip
                # a section's items, a rule, then items with no heading: a section of their own (not a
                # pause between an editorial's paragraphs, nor between the briefs of "En bref")
                self.new_section(i, "", url=block.url)
            self.after_rule = False
            self.add(block)
            i += 1
        return self.finish()

    body_started = False
    quoted = False  # the last block read into a section was a quotation
    contents: tuple[str, ...] = ()  # the table of contents' entries, as _key gives them
    first_signed = False  # the signature was read before the second section began
    after_rule = False  # a rule (<hr>, "---") since the last heading
    cut: Draft | None = None  # the section a paywall cut short ("Quantronique" / "…" after it)

    def drop_notes_heading(self) -> None:
        """'Notes' right over the footnotes left out ("[1] …", "¹ …"): nothing under it is read, so it goes with them
        (not a chapter of its own, nor one that holds the farewell after the notes)."""
        draft = self.current
        if draft is not None and draft.title and draft.empty() and not draft.names and _NOTES_TITLE.fullmatch(draft.title):
            self.drop_section(draft, "footnote")

    def bio_start(self, block: Block, j: int, nxt: Block | None, *, another: bool = False) -> bool:
        """``block`` names a person and ``nxt`` (block ``j``) tells their career: an author biography
        (one cue of a career is enough for the signer, or for ``another`` author right after a biography)."""
        name = person_name(block.text, self.profile) if block.kind in ("paragraph", "heading") else None
        if name is None or nxt is None or nxt.kind != "paragraph" or _CLOSING_PS.match(nxt.text):
            return False  # (a signer over a P.S. "… la rédaction prépare…" is no biography)
        cues = self._career_cues(nxt.text)
        first = name.split()[0]
        personal = (
            bool(self.profile.bio_openers.search(nxt.text))
            or first in nxt.text[:200]
            or name == self.signature
        )
        if not personal or not cues:
            return False
        if name == self.signature or another:
            return True
        if _NEWS_TIME.search(nxt.text):
            return False  # "…, Arthur Mensch a annoncé jeudi une levée…": news about someone, a portrait
        opened = self.current is not None and self.current.title and self.current.empty()
        if block.kind == "heading" or opened:
            return False  # a name marked as a heading, or under one ("Le portrait de la semaine"): a portrait
        # Someone else's career with sections after it is a portrait, not the author's biography; two
        # cues of a career, or one when the footer (or another author's biography) follows it at once
        if len(cues) < 2 and not (block.kind != "heading" and self._footer_next(j)):
            return False
        return not self._heading_after(j)

    def _call_ahead(self, at: int) -> bool:
        """An advertisement's button among the few short lines after block ``at``, before any long
        paragraph or heading marked as one (its name, its offer, its price, then "→ Essayez…"), with
        a heading or nothing after it (not "Testé : le Pixel 10 Pro" over its own text)."""
        k, block = at, self.blocks[at]
        for _ in range(6):
            if block is None or block.kind not in ("paragraph", "bullet") or len(block.text) > 150:
                return False
            rule = self.rule_for(block)
            j, nxt = self.following(k)
            # (the button may carry its address, a link left out anyway: "Découvrir Capitalis → https://…", or call
            # to sign up, a promotion's words: "→ Je m'inscris : https://…")
            if k != at and _ad_call(block) and (rule is None or rule.reason in ("link", "promotion")):
                return nxt is None or self.heading(nxt, self.following(j)[1])
            if rule is not None:
                return False
            k, block = j, nxt
        return False

    def _offers_ahead(self, at: int, reason: str) -> bool:
        """A job board's or the classifieds' rubric at block ``at`` holds offers before its next heading: an
        offer's line ("… (H/F) – Nantes – CDI", "Vends …", a contact), a salary, a price or "Postuler" (not "Ils
        recrutent" over "Doctolib • L'éditeur prévoit 400 recrutements…", a story)."""
        k, block = self.following(at)
        while block is not None:
            if _OFFER_LINE[reason].search(block.text) or _OFFER_FIELD[reason].search(block.text):
                return True
            j, nxt = self.following(k)
            if block.kind == "heading" or self.heading(block, nxt):
                return False
            k, block = j, nxt
        return False

    def question_of(self, draft: Draft, block: Block) -> bool:
        """An interview's question set as a heading, or in bold, under its section ("Entretien avec …",
        "Trois questions à …"): no section of its own."""
        deeper = block.kind != "heading" or draft.level == 0 or block.level > draft.level
        return bool(draft.title) and bool(INTERVIEW_TITLE.search(draft.title)) and block.text.rstrip().endswith("?") and deeper

    def named_question(self, at: int, block: Block, nxt: Block | None) -> bool:
        """'Octet : Combien de signalements traitez-vous ?' over 'Inès Morel : Une centaine par jour…': an
        interview's question, its asker named at each turn, read in the interview's section, not a chapter. Someone
        else answers under it, and the asker asks again, before or after (not "Bercy : faut-il relever la TVA ?"
        over a minister's words, a headline)."""
        asked = PROPER_SPEAKER.match(block.text)
        if asked is None or block.kind != "paragraph" or not block.text.rstrip().endswith("?") or nxt is None or nxt.kind != "paragraph":
            return False
        answer = PROPER_SPEAKER.match(nxt.text)
        if answer is None or answer["who"] == asked["who"] or nxt.text.rstrip().endswith("?"):
            return False

        def again(text: str) -> bool:
            return (m := PROPER_SPEAKER.match(text)) is not None and m["who"] == asked["who"] and text.rstrip().endswith("?")

        earlier = self.current is not None and any(again(p) for p in self.current.paragraphs)
        later = [b for b in self.blocks[at + 2 : at + 12] if b.drop is None]
        if not (earlier or any(again(b.text) for b in later)):
            return False
        if asked["who"] in self.names:
            return True  # the newsletter asks: its interview, one guest or two ("Entretien croisé")
        if earlier:
            # the asker's earlier question already read among the section's lines: a debate the story reports goes on
            # ("Laure Darcos : Qui peut … ?" / two answers / "Laure Darcos : Et qui paiera … ?"), no chapter of its own
            return True
        # someone else asks ("Bercy : faut-il … ?"): an interview only when one guest answers every question; a
        # minister's then a union's words ("Solidaires Finances publiques : …") under it are a debate of headlines,
        # each answerer named (a fold would lose who says "Aucun.")
        def turns(texts: list[str]) -> list[str]:
            run = []
            for text in texts:
                if not SPEAKER.match(text):
                    break
                run.append(text)
            return run

        before = turns(list(reversed(self.current.paragraphs))) if self.current is not None else []
        after = turns([b.text for b in later])
        answerers = {m["who"] for t in (*before, nxt.text, *after) if (m := SPEAKER.match(t)) and not t.rstrip().endswith("?")}
        return answerers - {asked["who"]} == {answer["who"]}

    def survey_result(self, j: int, block: Block, nxt: Block | None) -> bool:
        """'67 % ne feraient pas confiance …' / '58 % disent …' / 'Seuls 12 % accepteraient …': a survey's results
        set as short lines without bullets, items of its section, not headings over one another. Two or more in a
        row under a survey ("Sondage : …", "Enquête Ifop réalisée…") or a line announcing them (":"); the last one
        with no text under it (not "Le chômage recule à 7,3 %" over its story after the results)."""
        draft = self.current
        if draft is None or draft.open_lead or not _result_line(block):
            return False
        last = draft.items[-1][1] if draft.items else (draft.paragraphs[-1] if draft.paragraphs else "")
        after_result = bool(last) and _result_line(Block("paragraph", last))
        result_next = nxt is not None and _result_line(nxt) and self.rule_for(nxt) is None
        if after_result:
            text_under = nxt is not None and nxt.kind == "paragraph" and self.rule_for(nxt) is None and not self.heading(nxt, self.following(j)[1])
            return result_next or not text_under
        announced = bool(_SURVEY.search(draft.title) or _SURVEY.search(last)) or last.endswith(":")
        return result_next and announced

    def poll_answers(self, at: int) -> list[int] | None:
        """'Sondage de la semaine : faut-il … ?' then two answers or more, short lines that are no
        sentences ("Oui, une chance", "Sans avis"): the answers' indices; None for anything else (a
        survey's headline, "Sondage : les Français prêts à … ?", has its story under it)."""
        asked: list[int] = []
        if _POLL_LABEL.fullmatch(self.blocks[at].text):
            # "Sondage" alone over its question: "Seriez-vous prêt à payer plus … ?"
            j, nxt = self.following(at)
            if nxt is None or nxt.kind not in ("paragraph", "heading") or not nxt.text.rstrip().endswith("?") or len(words(nxt.text)) > 60:
                return None
            asked, at = [j], j
        elif not _POLL.fullmatch(self.blocks[at].text):
            return None
        def answer(block: Block | None) -> bool:
            # (not a survey's results, "Oui, dès cet été : 23 %": they are news)
            return block is not None and len(words(block.text)) <= 12 and not block.text.rstrip().endswith((".", ":", ";", "…")) and not (
                _SHARE.search(block.text)
            )

        answers: list[int] = []
        j, nxt = self.following(at)
        while nxt is not None and answer(nxt):
            if self.rule_for(nxt) is not None:
                break  # "Cliquez pour voter": the poll's own rule
            k, after = self.following(j)
            if after is not None and not answer(after) and self.rule_for(after) is None and self.heading(nxt, after):
                break  # the next section's heading ("L'agenda" over its dates), not an answer
            answers.append(j)
            j, nxt = k, after
        return [*asked, *answers] if len(answers) >= 2 else None

    def _portrait_heading(self, at: int) -> bool:
        """A name that titles the first of several portraits, not the editorial's signer: one of the headlines
        ("Au sommaire : Marie Curie, Irène Joliot-Curie…"), or followed by another name over its own text."""
        name = self.blocks[at].text.strip()
        if any(h.strip(" .") == name for h in self.headlines):
            return True
        for k in range(at + 2, len(self.blocks)):
            block = self.blocks[k]
            if (
                block.kind == "paragraph" and block.drop is None and not block.text.isupper()  # (not a rubric, "LE FILM DU MOIS")
                and person_name(block.text, self.profile) and self.heading(block, self.following(k)[1])
            ):
                return True
        return False

    def _news_under(self, text: str, nxt: Block | None) -> bool:
        """A farewell that names someone ("À dans trois semaines, Annecy !") over a paragraph of news ("Le film
        sera projeté au festival d'Annecy…"): a heading, a town's; a sign-off's name is a person's, and
        nothing but a signature, a P.S. or the footer follows a sign-off. The news names the place again, after
        a preposition ("de Lorient", "d'Annecy"), not as a person ("À la semaine prochaine, Nadia" over "Nadia
        Kerbrat écrit cette lettre depuis Morlaix…", a bio, or a P.S. that does not name her)."""
        named = _FAREWELL_NAMED.search(text)
        if not named or nxt is None or nxt.kind != "paragraph" or len(words(nxt.text)) < 10:
            return False
        place = re.escape(named["name"])
        if not re.search(rf"\b(?:[àa]|de|du|des|en|au|aux|sur|vers|pour|d['’])\s*{place}\b(?!\s+(?-i:[A-ZÀ-Ý]))", nxt.text, re.IGNORECASE):
            return False
        if self.rule_for(nxt) is not None or _CLOSING_PS.match(nxt.text) or self._career(nxt):
            return False
        return nxt.text.rstrip().endswith((".", "!", "»")) and not self.profile.sign_offs.search(nxt.text, self.names)

    def _season_title(self, text: str, nxt: Block | None) -> bool:
        """A season's wish over the text it opens ("Bonne rentrée !" / "Pendant que vous profitiez de la plage, …"),
        before anything is read in its section: the editorial's title, not a sign-off (which closes a text, with
        only a signature, a P.S. or the footer under it)."""
        if not _SEASON_WISH.match(text) or nxt is None or nxt.kind != "paragraph" or len(words(nxt.text)) < 12:
            return False
        if self.current is not None and not self.current.empty():
            return False
        return self.rule_for(nxt) is None and not _CLOSING_PS.match(nxt.text) and not self.profile.sign_offs.search(nxt.text, self.names)

    def _editorial_opens(self) -> bool:
        """The current section is the editorial, nothing read in it yet: "L'édito", or "ÉDITORIAL" right
        over its headline ("Un territoire connecté…"), a section of its own until the end."""
        draft = self.current
        if draft is None or EDITORIAL_TITLE.match(draft.title):
            return draft is not None
        before = self.sections[-2] if len(self.sections) >= 2 else None
        return before is not None and before.empty() and before.at == draft.at - 1 and bool(EDITORIAL_TITLE.match(before.title))

    def _h1_sections(self) -> bool:
        """The document sets its sections in ``<h1>`` (two or more of them, the title set apart: Google
        Docs' "Title" style), not only its title or a logo (the issue's title in an h1 does not count: "<h1>Fil
        Vert</h1>" then one "<h1>Dossier : …</h1>" leaves the stories in h2 after the dossier chapters of their own)."""
        return sum(b.kind == "heading" and b.level == 1 and b.drop is None and b.text != self.title for b in self.blocks) >= 2

    def _text_after_list(self, at: int) -> bool:
        """The list starting at block ``at`` is followed at once by a paragraph of the story, not a heading, the
        end or what is left out ("Mon agenda" / • … / "Publicité personnelle : …": the author's own rubric)."""
        k, block = at, self.blocks[at] if at < len(self.blocks) else None
        while block is not None and block.kind == "bullet":
            k, block = self.following(k)
        return block is not None and block.kind == "paragraph" and self.rule_for(block) is None

    def _lone_subheading(self, at: int, level: int) -> bool:
        """The only heading under its section's (a rubric over its one headline): none deeper
        follows before the next heading of the section's level or above."""
        for block in self.blocks[at + 1 :]:
            if block.kind == "heading" and block.drop is None:
                return block.level <= level
        return True

    def letter_signature(self, block: Block, nxt: Block | None = None) -> bool:
        """'Bien cordialement,' / 'Dr Bernard Le Goff, Rennes': a reader's letter signed, read with it (not
        "Hélène Roy, directrice de l'Ademe" over the questions of an interview)."""
        draft = self.current
        if draft is None or block.kind != "paragraph" or len(words(block.text)) > 8:
            return False
        if nxt is not None and (nxt.text.rstrip().endswith("?") or _DIALOGUE.match(nxt.text)):
            return False
        last = draft.paragraphs[-1] if draft.paragraphs else (draft.items[-1][1] if draft.items else "")
        # (with the writer's role and town: "Sophie Marchal, professeure de physique, Lorient"); or a
        # reader's question quoted, then who asks and from where ("« … Est-ce raisonnable ? »" / "Anne R., Albi")
        quoted = last.startswith(("«", "“")) and last.endswith(("»", "”")) and "," in block.text
        # or a letter under its rubric ("Courrier des lecteurs"), or one answering the issue ("Dans votre numéro
        # du 11 avril, vous évoquiez…"), then "Name, role, town" (not "Hélène Roy, directrice de l'Ademe" over an
        # interview: its section's text says nothing to the newsletter)
        letter = bool(_LETTERS.search(draft.title)) or bool(_TO_EDITORS.search(last))
        answered = letter and "," in block.text and len(last) >= 80 and last.endswith((".", "!", "?", "»", "”"))
        closed = bool(LETTER_CLOSE.fullmatch(last)) or quoted or (answered and not block.text.endswith((":", ";", "!", "?")))
        return closed and person_name(block.text.split(",")[0].rstrip("."), self.profile) is not None  # ("Anne R.")

    def announced_figure(self, block: Block) -> bool:
        """'… Sur 312 réponses :' then 'Oui, au quotidien : 27 %', 'Non : 41 %': the figures a line announces
        (a survey's results), lines of its section read in turn, not headings of their own."""
        draft = self.current
        if draft is None or block.kind != "paragraph" or not _LABELLED.fullmatch(block.text) or draft.open_lead:
            return False
        if not _SHARE.search(block.text):
            return False  # a result is a share ("27 %"); "Urban Arrow Family : 4 200 euros" heads its own text
        last = draft.items[-1][1] if draft.items else (draft.paragraphs[-1] if draft.paragraphs else "")
        return last.endswith(":") or bool(_LABELLED.fullmatch(last))

    def _until_footer(self, at: int) -> Iterator[tuple[Block, Block | None]]:
        """The blocks after ``at`` up to the footer's first line ("Se désabonner…", "Les derniers
        articles publiés"), each with the one after it; the drop rules' blocks are left out."""
        k, block = self.following(at)
        while block is not None:
            j, nxt = self.following(k)
            rule = self.rule_for(block)
            if rule is not None and rule.scope == "rest":
                return
            if rule is None:
                yield block, nxt
            k, block = j, nxt

    def _footer_next(self, at: int) -> bool:
        """Whether what follows block ``at`` is the footer, or another author's name over a career."""
        first = next(self._until_footer(at), None)
        return first is None or self._author(*first)

    def _heading_after(self, at: int) -> bool:
        """Does a section heading follow block ``at`` before the footer (the issue goes on)? The
        authors' names over their biographies are not sections."""
        return any(
            (b.kind == "heading" or self.heading(b, nxt)) and not self._author(b, nxt) for b, nxt in self._until_footer(at)
        )

    def _author(self, block: Block, nxt: Block | None) -> bool:
        """A name over a career: an author's biography in the footer ("Claire Vasseur" / "Ingénieure…")."""
        return nxt is not None and person_name(block.text, self.profile) is not None and self._career(nxt)

    def _guest_career(self, byline: str, block: Block) -> bool:
        """'Par Olusegun Adeyemi, invité de la semaine' / 'Associé fondateur…, il a investi…': the
        guest's career (not news under a reporter's byline: "Ancien patron de Twitter, Jack Dorsey…")."""
        if not (self._career(block) and self.profile.bio_openers.search(block.text)):
            return False
        first = byline.split()[1] if len(byline.split()) > 1 else ""
        return bool(_GUEST.search(byline)) or (len(first) > 2 and first in block.text)

    def _guest_column(self, byline: str) -> bool:
        """'Par Léa Roy, chercheuse…, invitée de la semaine' right under a column's heading in the body ("TRIBUNE •
        « … »", "Carte blanche"), not a reporter's byline under a story ("Par Claire Dumas"), nor the issue's author."""
        draft = self.current
        if len(self.sections) <= 1 or draft is None or not draft.title or not draft.empty():
            return False
        return bool(_GUEST.search(byline) or _COLUMN.search(draft.title)) and BY_NAME.match(byline) is not None

    def _career(self, block: Block) -> bool:
        """A short paragraph that tells a career ("Associé fondateur de…, ancien directeur…")."""
        return block.kind == "paragraph" and len(block.text.split()) <= 60 and bool(self._career_cues(block.text))

    def _career_cues(self, text: str) -> set[str]:
        """The words of a career in ``text`` ("fondateur", "ancienne"); the newsletter's own name is
        one ("Maurice couvre pour Octet les semi-conducteurs…": its staff)."""
        cues = {m.group(0).lower() for p in self.profile.bio_cues.compiled() for m in p.finditer(text)}
        own = [n for n in self.names if len(n) >= 3 and re.search(rf"{_STAFF}{re.escape(n)}(?![\w-])", text, re.IGNORECASE)]
        return cues | set(own[:1])

    def standfirst(self, block: Block) -> bool:
        """A heading deeper than the section headings that follow it, before any section."""
        later = [b.level for b in self.blocks if b.kind == "heading" and b.level > 1 and b.drop is None and b is not block]
        return bool(later) and block.level > 1 and block.level > min(later) and not self.body_started

    def _two_after(self, at: int) -> tuple[Block | None, bool]:
        """The block read after block ``at``, and whether a heading comes right after that one."""
        k, following = self.following(at)
        if following is None:
            return None, False
        m, under = self.following(k)
        return following, under is not None and under.kind != "bullet" and self.heading(under, self.following(m)[1])

    def _closes_section(self, j: int, nxt: Block | None) -> bool:
        """Whether the block before ``nxt`` is its section's last: nothing follows, or a heading, a sign-off or a
        block a drop rule takes (the footer, a promotion)."""
        if nxt is None:
            return True
        text = nxt.text
        return (
            self.heading(nxt, self.following(j)[1])
            or self.rule_for(nxt) is not None
            or (len(text) <= 200 and bool(self.profile.sign_offs.search(text, self.names)))
        )

    def first_name(self, block: Block, following: Block | None, heading_under: bool = False) -> bool:
        """'Hugo' under a sign-off: the signature's first name, or a name that is not a
        heading (a one-word heading such as "Agenda" has text under it). ``heading_under``: a heading after ``following``."""
        word = block.text.strip(" .,!—–-")
        if (self.signature and word == self.signature.split()[0]) or _TEAM.fullmatch(word):
            return True  # "Hugo", or "La rédaction d'Octet" under the sign-off
        if following is not None and following.text.strip() == block.text.strip() and person_name(block.text, self.profile):
            return True  # "Malo Kerbrat" signing, then "Malo Kerbrat" over his biography
        if self.heading(block, following) and following is not None and _job_line(following) and not _role_line(following):
            # "Claire Vauquelin" / "Associée, Ardoise Conseil": a person over her job (not "Agenda" over "Salon du livre, Paris")
            return bool(person_name(block.text, self.profile))
        if self.heading(block, following) and not (following is not None and _role_line(following)):
            return False  # a heading, not a name with its role under it
        if (
            following is not None and _OFFICE.fullmatch(following.text.strip()) and not _ROLE_LINE.fullmatch(following.text.strip(" .,"))
            and not heading_under
        ):  # fmt: skip
            # an office under its holder's full name ("Odile Fabre / Maire de Saint-Lô"), not under a rubric:
            # "Nominations" over "Directrice générale des services de la ville, Claire Le Gall" and its text (with
            # the next heading under the office, "Camille" / "Présidente de l'association" / "Les petites lignes",
            # a first name signs)
            return bool(person_name(block.text, self.profile))
        one_word = word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) <= 20
        return bool(person_name(block.text, self.profile)) or one_word

    def trim_poll_question(self, blocks: list[Block], at: int) -> None:
        """A poll's answers the markup marks ("<a class="poll__option">🔥 Excellente</a>"): the question over them
        goes too ("Qu'avez-vous pensé de l'édition d'aujourd'hui ?"), and its heading if nothing else is under it.
        Only the paragraph right above, and only when the poll's markup has no question of its own: an article's
        last question ("Le télétravail était-il une parenthèse ?") over a poll that asks its own stays read."""
        draft = self.current
        if draft is None or draft.items or not draft.paragraphs or at == 0:
            return
        end = at
        while end < len(blocks) and blocks[end].drop == "poll":
            end += 1
        if any(b.text.rstrip().endswith("?") for b in blocks[at:end]):
            return
        question = draft.paragraphs[-1]
        if blocks[at - 1].drop is not None or blocks[at - 1].text != question:
            return
        if not question.rstrip().endswith("?") or len(words(question)) > 30:
            return
        draft.paragraphs.pop()
        self.drop(draft.at, question, "poll")
        if draft.empty() and draft.title:
            self.drop_section(draft, "poll")  # "🗳️ Votre avis"

    def _drop_last_line(self, draft: Draft, last: str, at: int, reason: str) -> None:
        """The section's last line goes with the table or code under it (left out at the end, if the line is all
        its section says so far and the section says more after)."""
        if len(draft.items) + len(draft.paragraphs) <= 1:
            self.announced.append((draft, last, at - 1, reason))
            return
        if draft.items and draft.items[-1][1] == last:
            draft.items.pop()
        else:
            draft.paragraphs.pop()
        self.drop(at, last, reason)

    def trim_announcement(self, at: int, reason: str) -> None:
        """'… 62 tours de table. Les plus importants :' before a table (or code) left out: the sentence
        that announces it goes with it (a listener would hear it hang)."""
        draft = self.current
        if draft is None:
            return
        texts = draft.items[-1] if draft.items else None
        last = texts[1] if texts else (draft.paragraphs[-1] if draft.paragraphs else "")
        if last.endswith(":") and len(words(last)) <= 12 and not re.search(r"[.!?…]\s", last) and (not texts or not texts[0]):
            self._drop_last_line(draft, last, at, reason)  # the whole line announces it ("Les plus gros producteurs de puces :")
            return
        # or the table's title right over it, a line of its own that is no sentence ("Prix au mètre carré, fin
        # mars (source : notaires)")
        above = next((b for b in reversed(self.blocks[:at]) if b.drop is None), None)
        titled = above is not None and above.text == last and (not texts or not texts[0]) and not last.endswith((".", "!", "?", "…", "»", ":", ";", ","))
        # (not a sentence whose final full stop is missing: a clause after a colon or a verb, "Bonne nouvelle : les
        # taux sont repassés sous 3 % en mars")
        titled = titled and not _SENTENCE_LIKE.search(re.sub(r"\([^()]*\)", "", last))
        if titled and len(words(last)) <= self.profile.heading_max_words:
            self._drop_last_line(draft, last, at, reason)
            return
        match = _ANNOUNCES.search(last)
        # (up to 8 words: a longer sentence tells something, "Il a interprété test au sens large et exécuté ceci :")
        if match is None or len(words(match.group(0))) > 8:
            return
        kept = last[: match.start()].rstrip()
        if not kept:
            return  # a long paragraph ending with a colon: kept, rather than losing its text
        if texts:
            texts[1] = kept
        else:
            draft.paragraphs[-1] = kept
        self.drop(at, match.group(0).strip(), reason)

    def own_role(self, at: int) -> bool:
        """A role at the newsletter: "La rédaction du Signal", "Rédactrice en chef"."""
        text = self.blocks[at].text.casefold()
        return bool(_OWN_ROLE.search(text)) or any(n.casefold() in text for n in self.names)

    def quiz_answers(self, block: Block) -> bool:
        """The quiz's last line, on its answers ("Réponses la semaine prochaine !", "Les solutions en fin de lettre"),
        under its questions and their choices ("a) 2014 b) 2018"): the quiz's end, not a heading (nor "Réponses à la
        crise : …" over a story, after a section that asks nothing)."""
        draft = self.current
        if draft is None or len(block.text) > 120 or not _ANSWERS_NOTE.match(block.text):
            return False
        said = [*draft.paragraphs, *(text for _, text, _ in draft.items)]
        return bool(_QUIZ.search(draft.title)) or sum(bool(_CHOICES.match(t)) for t in said) >= 2

    def after_quotation(self, at: int) -> bool:
        """Whether the block before ``at`` is a quotation standing alone: « … »."""
        before = next((b for b in reversed(self.blocks[:at]) if b.drop is None), None)
        return before is not None and before.text.startswith(("«", "“", '"')) and before.text.rstrip(" .").endswith(("»", "”", '"'))

    def closing_postscript(self, at: int, block: Block) -> bool:
        """'P.S. Pas de lettre samedi prochain…' after the last section, with no heading after it:
        the editor's last word (not "PS et écologistes…", nor a P.S. that ends an article)."""
        if len(self.sections) < 2 or not _CLOSING_PS.match(block.text):
            return False
        # only the farewell and the footer after it: a sign-off ("À samedi prochain, bonne route."), the
        # authors' names over their careers, or the signer's career alone ("Ancien développeur devenu
        # journaliste, Thomas Roy a rejoint Octet en 2024."; not a story's paragraph, "Le fabricant a…")
        after = list(self._until_footer(at))
        n = 0
        while n < len(after):
            b, nxt = after[n]
            if self._author(b, nxt):
                n += 2
            elif (len(b.text) <= 200 and self.profile.sign_offs.search(b.text, self.names)) or self._signers_career(b):
                n += 1
            elif b.kind == "paragraph" and (self._editor_signs(b) or _TEAM.fullmatch(b.text.strip(" ."))) and (
                n == len(after) - 1 or self._author(*after[n + 1])
            ):
                # the editor's name signing under the P.S., last before the footer ("P.S. …" / "Claire Dumas"), or
                # over the authors' biographies, her own first ("Claire Dumas" / "Claire Dumas" / "Ingénieure…"),
                # or the team ("Léa, Marc et toute l'équipe de Kilowatt")
                n += 1
            else:
                return False
        return True

    def _editor_signs(self, block: Block) -> bool:
        """The editor's name under a P.S., not a reader's or a guest's under their own letter ("Le courrier des
        lecteurs" / … / "P.S. Continuez …" / "Mathilde Roux"); after a letter already signed or answered ("Paul
        Le Guen, éleveur, Carhaix" / "… (N.D.L.R.)"), the editor's. (Not only the editorial's signer: a guest
        may write the editorial, and the editor sign the P.S.)"""
        if not (person_name(block.text, self.profile) or _FIRST_NAME.fullmatch(block.text.strip(" ."))):
            return False
        draft = self.current
        if draft is None or not (_LETTERS.search(draft.title) or _GUEST.search(draft.title) or INTERVIEW_TITLE.search(draft.title)):
            return True
        return any(
            _EDITORS_NOTE.search(p) or (len(words(p)) <= 8 and person_name(p.split(",")[0], self.profile)) for p in draft.paragraphs
        )

    def _signers_career(self, block: Block) -> bool:
        """A career that names no one above it, the issue's signer's ("Ancienne juriste, Claire Roy a
        rejoint Octet en 2022…"): a career's opening words, or the signer's name in it."""
        if not self._career(block):
            return False
        named = self.signature is not None and self.signature in block.text
        if named:
            return True
        # (a career's opening words with another person named, "…, Agnieszka Nowak tiendra notre rubrique", are news)
        other = person_name(_FIRST_CLAUSE_NAME.search(block.text)[1], self.profile) if _FIRST_CLAUSE_NAME.search(block.text) else None
        return self.profile.bio_openers.search(block.text) is not None and (other is None or self.signature is None)

    def role_after(self, at: int) -> int | None:
        """The index of a signer's role under them ("La rédaction du Signal", "Rédactrice en chef")."""
        j, nxt = self.following(at)
        return j if nxt is not None and nxt.kind != "heading" and _role_line(nxt) else None

    def drop_role(self, at: int) -> None:
        if (role := self.role_after(at)) is not None:
            self.drop(role, self.blocks[role].text, "signature")
            self.skip.add(role)

    def signature_here(self, j: int, nxt: Block | None) -> bool:
        draft = self.current
        if draft is None or draft.empty() or self.signature is not None:
            return False
        if nxt is None:
            return True
        if len(nxt.text) <= 200 and self.profile.sign_offs.search(nxt.text, self.names):
            return True
        if _POSTSCRIPT.match(nxt.text):
            return draft is self.sections[0]  # "P.-S. : merci aux lecteurs…" after the editors' names
        if self.rule_for(nxt) is not None:
            return True
        _, after = self.following(j)
        # after the editorial's last words: a heading, or what opens a list ("Trois chiffres à retenir :")
        opens = nxt.kind in ("heading", "bullet", "caption") or nxt.text.rstrip().endswith(":")
        first = draft is self.sections[0] or (len(self.sections) == 2 and not self.sections[0].title)  # (after a standfirst)
        return first and (self.heading(nxt, after) or opens)

    def add(self, block: Block) -> None:
        """A paragraph or a bullet into the current section, in reading order: once a
        section has items, its later paragraphs are items too (with no lead-in)."""
        draft = self.body()
        text = block.text
        quoted, self.quoted = self.quoted, block.kind == "quote"
        if block.kind == "quote" and quoted and (draft.items or draft.paragraphs) and _AUTHOR_LINE.match(text) and (
            person_name(_AUTHOR_LINE.sub("", text).split(",", 1)[0], self.profile)
        ):
            # "> Nous n'avons pas besoin …" / ">" / "> — Pierre Lamothe, directeur …": the quotation is read with its
            # author, in its own marks so that the other voice says it
            said = draft.items[-1][1] if draft.items else draft.paragraphs[-1]
            if said and not said.startswith(("«", "“", '"')):
                said = f"« {said} »"
            if draft.items:
                draft.items[-1][1] = f"{said} {text}"
            else:
                draft.paragraphs[-1] = f"{said} {text}"
            return
        if block.kind == "quote" and draft.open_lead and draft.items:
            # a quotation after a sub-heading's paragraphs ("L'Onera mise sur …" / its text / "> …"): read apart,
            # by the other voice, not run into the story's text
            draft.open_lead = False
            draft.items.append(["", text, "paragraph"])
            return
        found: tuple[str, str] | None = None
        if block.lead and text.startswith(block.lead):
            lead, rest = block.lead.rstrip(" .:•—–|"), text[len(block.lead) :].lstrip(" .:•—–|")
            if lead and rest:
                found = (lead, rest)
        origin = "markup" if found else "bullet"
        if found is None and block.kind == "bullet":
            found = split_lead(text, self.profile)
        if found is None and (marked := marker_lead(text, self.profile)):
            found = (marked[0], split_lead(text, self.profile)[1])
        if found is None and block.kind == "paragraph" and " • " in text[: self.profile.lead_max_chars + 3]:
            # a bullet whose "•" was lost in the copy: "Coup de frein • Texte…"
            lead, rest = split_lead(text, self.profile)
            if lead and " • " in text[: len(lead) + 3]:
                found, origin = (lead, rest), "bullet"
        if found is not None:
            draft.open_lead = False
            draft.items.append([found[0], found[1], origin])
        elif draft.open_lead and draft.items:
            item = draft.items[-1]
            item[1] = f"{item[1]} {text}".strip()
        elif draft.items:
            draft.items.append(["", text, "paragraph"])
        else:
            draft.paragraphs.append(text)

    # --- tidying -----------------------------------------------------------------------

    def finish(self) -> Issue:
        source = self.doc.source or "the issue"
        author = person_name(self.doc.hints.get("author", ""), self.profile)  # the front matter's, a feed item's creator
        if author and self.signature and self.signature == author.split()[0]:
            self.signature = author  # "Au mois prochain, Bastien", by Bastien Kerloc'h: the editor's full name
        self.signature = self.signature or author
        self._table_of_contents()
        self._short_lines()
        self._editorial_parts()
        self._numbered_parts()
        self._announced_tables()
        editorial = self._titled_editorial()
        # the first of the parts the table of contents lists ("Sommaire" / "1. Le grand reflux" / "2. …"): the
        # letter's first chapter, not an editorial (unless it says it is one: "1. L'édito : …")
        opening = self.sections[0].title if self.sections else ""
        key = _key(opening)
        part_one = bool(key) and not (EDITORIAL_TITLE.match(opening) or _EDITORIAL_WORDS.search(opening)) and any(c == key or _starts(c, key) for c in self.contents)
        frozen: list[Section] = []
        cut: int | None = None
        teased: int | None = None
        teaser = {k: d.reason for k, d in self.dropped}
        for before, draft, after in zip(self.sections, self.sections[1:], [*self.sections[2:], None], strict=False):
            # ("Test : le Pixel 10 Pro" over its headline "Un assistant enfin utile" titles what follows)
            headline = after is not None and after.at == draft.at + 1 and bool(after.title) and not after.title.isupper()
            rated = not draft.items and all(rating(p) for p in draft.paragraphs)  # (with its ratings under it: "Écran ★★★★☆ · …")
            if rated and not draft.names and _LABELLED.fullmatch(draft.title) and not before.empty() and not headline:
                # "Notre note : 8/10" under a test, then the next rubric: the test's last line, not a heading
                for line in (draft.title, *draft.paragraphs):
                    if before.items:
                        before.items.append(["", line, "paragraph"])
                    else:
                        before.paragraphs.append(line)
                draft.title, draft.paragraphs = "", []
        for draft in [d for d in self.sections[1:] if self._house_event(d)]:
            self.drop_section(draft, "promotion")  # "Les Rencontres Octet 2026 : …", its price and its registration
        self._closing_names()
        for draft, after in zip(self.sections, [*self.sections[1:], None], strict=False):
            if (
                draft.empty() and draft.title and after is not None and after.at == draft.at + 1
                and after.title and not after.names and not after.empty() and not re.search(r"https?:", draft.title)
                and (":" not in draft.title or not _LABELLED.fullmatch(draft.title) or not after.title.isupper())
            ):
                # A rubric over a headline ("Robots et emploi" / "Les métiers les plus exposés"): the
                # rubric titles the section, the headline is its first words; neither is lost.
                if EDITORIAL_TITLE.match(draft.title) and not EDITORIAL_LABEL.sub("", draft.title).strip():
                    after.title = f"{draft.title} : {after.title}"  # "ÉDITORIAL" over its headline: "Éditorial : …"
                else:
                    after.paragraphs.insert(0, after.title)
                    after.title = draft.title
                after.at = draft.at
                draft.title = ""
                if draft is editorial:
                    editorial = after
                continue
            for item in [item for item in draft.items if not item[1]]:
                self.drop(draft.at, item[0], "heading with no text")  # a sub-heading with nothing under it
            draft.items = [item for item in draft.items if item[1]]
            if draft.empty():
                if draft.title:
                    self.drop(draft.at, draft.title, "heading with no text")
                elif draft.names:
                    self.drop(draft.at, " • ".join(draft.names), "names with no text")
                continue
            self._period_leads(draft)
            if draft is self.cut:
                cut = len(frozen)
            if teaser.get(draft.at - 1) == "subscriber promotion":
                teased = len(frozen)  # the subscribers' dossier, announced by the teaser just above it
            frozen.append(self._freeze(draft, first=draft is editorial if editorial is not None else not frozen and not part_one))
        frozen = self._dossier_parts(frozen, cut, teased)
        if not self.title:
            # (a TL;DR's first line is a sentence of the summary, no title: under the newsletter's name over it
            # "Réseaux · n° 57 · samedi 14 mars 2026" / "TL;DR" / "- Orange et Bouygues rouvrent…", the name is)
            summary = self.summarised and bool(self.masthead_name)
            self.title = self.headlines[0] if self.headlines and not summary else self.masthead_name
            if self.title[:1].islower() and not self.title[1:2].isupper():
                self.title = self.title[:1].upper() + self.title[1:]  # (a rundown's "les drones enfin autorisés"; not "iOS 27")
        if not frozen:
            removed = f" ({len(self.dropped)} block(s) removed as boilerplate)" if self.dropped else ""
            raise InputError(
                f"{source} has no recognisable structure: no paragraphs or items to read{removed}",
                "check that it is the text of a newsletter issue (run: audio-edition parse to see what was removed)",
            )
        if not self.title and not any(s.title for s in frozen):
            raise InputError(
                f"{source} has no recognisable structure: no title and no headings",
                "check that it is the text of a newsletter issue",
            )
        self.dropped.sort(key=lambda pair: pair[0])
        return Issue(
            title=self.title,
            date=self.date or self.doc.date or self.forwarded_date(),
            headlines=tuple(self.headlines),
            epigraph=self.epigraph,
            sections=tuple(frozen),
            signature=self.signature,
            dropped=tuple(d for _, d in self.dropped),
            source=self.doc.source,
            url=self.doc.url,
            postscript=tuple(self.postscript),
        )

    def _comma_names(self, block: Block, j: int, nxt: Block | None) -> tuple[str, ...] | None:
        """Names set apart by commas over a heading ("CNIL, Cour des comptes, Bercy" / "⚖️ LES SANCTIONS DU MOIS") are
        the section's names, as with "•": the heading under them is the chapter, not a paragraph of theirs."""
        if nxt is None or nxt.kind not in ("paragraph", "heading") or not self.heading(nxt, self.following(j)[1]):
            return None
        return comma_names_line(block, self.profile)

    def _listed_by_story(self, text: str, names: tuple[str, ...]) -> bool:
        """The names close the story above, which counts or announces them ("les cinq métropoles qui …", "… dans
        ces villes :"), or credits them ("Avec Léa Roux, Marc Petit, Inès Haddad"): its own, not the next section's."""
        draft = self.current
        if draft is None or draft.items or not draft.paragraphs:
            return False
        last = draft.paragraphs[-1]
        if re.match(r"(?i)avec\s", text):
            return True
        count = _COUNTS.get(len(names))
        return last.endswith(":") or (count is not None and bool(re.search(rf"\b(?:les|des|ces|ses) (?:{count}) ", last, re.IGNORECASE)))

    def _closing_names(self) -> None:
        """A line of names over a heading that names the section above it, not the one under it: "Inserm • Sanofi" /
        "➗ MATHÉMATIQUES", after briefs on both, closes them (in the heading's section they made its text briefs)."""
        for before, draft in zip(self.sections[1:], self.sections[2:], strict=False):
            if not (draft.names_over and draft.names and draft.title) or before.names:
                continue
            said = [sum(n.casefold() in _said_text(d).casefold() for n in draft.names) for d in (before, draft)]
            if said[0] > said[1]:
                before.names, before.names_closing, draft.names = draft.names, True, ()

    def _announced_tables(self) -> None:
        """'Le classement des variations :' over a table, then the section's text: it goes with the
        table; alone, it is the story ("Apple a vendu plus de smartphones que Samsung :")."""
        for draft, line, at, reason in self.announced:
            if len(draft.items) + len(draft.paragraphs) > 1 and line in draft.paragraphs:
                draft.paragraphs.remove(line)
                self.drop(at, line, reason)
            elif len(draft.items) > 1 and draft.items[0][1] == line:
                draft.items.pop(0)
                self.drop(at, line, reason)

    def _short_lines(self) -> None:
        """A run of short lines, each taken for a heading (inferred, not marked up) with nothing under it
        ("Sondage" / "Les Français sont-ils prêts … ?" / "Oui, dès cet été : 23 %" / "Non : 41 %" / its
        source): four or more in a row, the last with text, are the first one's section, its lines read,
        not headings left out."""
        n = 0
        while n < len(self.sections):
            run = [self.sections[n]]
            while (
                run[-1].empty() and not run[-1].names and run[-1].title and not run[-1].level and n + len(run) < len(self.sections)
                and (nxt := self.sections[n + len(run)]).at == run[-1].at + 1 and not nxt.level and nxt.title and not nxt.title.isupper()
            ):  # fmt: skip
                run.append(nxt)
            if len(run) >= 4 and not run[-1].empty():
                first, last = run[0], run[-1]
                first.paragraphs = [d.title for d in run[1:]] + last.paragraphs
                first.items, first.names = last.items, last.names
                for draft in run[1:]:
                    self.sections.remove(draft)
            n += 1

    def _table_of_contents(self) -> None:
        """A list of the issue's own headings at its top ("Sommaire" over links to its parts, as a
        Markdown or web export prints it): the issue's headlines, not a section read before the news."""
        for draft in self.sections[:3]:
            entries = [f"{lead} : {text}" if lead else text for lead, text, _ in draft.items]  # ("Python 3.15 : le JIT…")
            if len(entries) < 2 or draft.paragraphs or draft.names:
                continue
            later = {_key(d.title) for d in self.sections if d is not draft and d.title}
            titled = bool(draft.title) and bool(_CONTENTS.match(draft.title))
            # under "Sommaire", an entry may say more than its heading, or less ("Pourquoi les multiplexes souffrent
            # plus que…" for "Pourquoi les multiplexes souffrent", "Entretien : Nadia Roy, « … »" for "Entretien")
            listed = sum(_key(entry) in later or (titled and any(_starts(_key(entry), t) or _starts(t, _key(entry)) for t in later)) for entry in entries)
            # (all of them, under "Sommaire" or no title: "Prix 2026 : les trois finalistes" over the three
            # stories that follow says something of its own, and so does a festival's "Au programme")
            if listed == len(entries) and (not draft.title or _CONTENTS.match(draft.title)):
                self.drop_section(draft, "table of contents")
                self.contents = tuple(_key(entry) for entry in entries)
                self.headlines = entries if not self.headlines or self.summarised else self.headlines
                return

    def _titled_editorial(self) -> Draft | None:
        """'L'édito' after an untitled welcome (left out) or a standfirst: the section that says it is
        the editorial; None when the first section is."""
        editorial = next((d for d in self.sections[1:3] if d.title and EDITORIAL_TITLE.match(d.title)), None)
        opening = self.sections[0] if self.sections else None
        alone = opening.paragraphs[0] if opening is not None and len(opening.paragraphs) == 1 and not opening.items else ""
        welcome = _HELLO.match(alone) and (len(alone) <= 80 or "bienvenue" in alone.lower()) and len(alone) <= 200
        if editorial is not None and opening is not None and not opening.title and welcome:
            self.drop_section(opening, "greeting")  # "Bonjour à toutes et à tous, et bienvenue aux 1 240 nouveaux lecteurs !"
        return editorial

    def _editorial_parts(self) -> None:
        """The editorial's intertitles ("La barre symbolique", "L'Europe entre deux chaises"): when the
        editor signs off after a few sections of prose under short titles at the top of the issue, and
        the issue goes on, those sections are the editorial's parts, read on by its voice."""
        signed = min((k for k, d in self.dropped if d.reason == "sign-off"), default=None)
        if signed is None or not self.sections or self.first_signed or signed > len(self.blocks) // 2:
            return  # (signed before its second section, or a sign-off in the issue's second half: no parts)
        last = max((n for n, d in enumerate(self.sections) if d.at < signed), default=0)
        first, parts = self.sections[0], self.sections[1 : last + 1]
        if not parts or last >= len(self.sections) - 2 or first.items or first.names or not first.paragraphs:
            return  # (two sections at least after the signature: the issue goes on)
        for part in parts:
            titled = bool(part.title) and not part.title.isupper() and len(words(part.title)) <= 10
            deeper = not first.level or not part.level or part.level > first.level
            if part.items or part.names or not part.paragraphs or not titled or not deeper or self.blocks[part.at].story:
                return
            if EDITORIAL_TITLE.match(part.title):
                return  # the editorial itself after a greeting ("✍️ L'édito"), not a part of the section above
            if self.profile.news_rubrics.search(part.title, self.names):
                return
        for part in parts:
            first.paragraphs += [part.title if part.title.endswith((".", "!", "?", "…", "»")) else part.title + ".", *part.paragraphs]
            self.sections.remove(part)

    def _numbered_parts(self) -> None:
        """A dossier told in numbered parts ("1/ Les racines d'une dépendance", "2/ …", "Partie III — …"), each with
        its intertitles ("Une chaîne de valeur éclatée", "Le coût de l'électricité"): a chapter per part, its
        intertitles read on as sentences of it by its voice. Only when the parts count from one and an intertitle
        stands between two of them (not a daily's numbered stories, one after the other); the prose after the last
        part is its own too, up to anything else (a rubric, items, an interview)."""
        numbered = [(n, number) for n, d in enumerate(self.sections) if d.title and (number := _part_number(d.title)) is not None]
        chain: list[int] = []
        last = 0
        for n, number in numbered:
            if number == last + 1 or (chain and number == last + 2):  # (one part may go unnumbered: "Entretien croisé")
                chain.append(n)
                last = number
        if len(chain) < 2 or any(not self.sections[n].paragraphs for n in chain):
            return  # (a part with no text of its own before its first title is a rubric: "1/ En France" over its stories)
        ends = [*chain[1:], len(self.sections)]
        merged: dict[int, list[Draft]] = {}
        for start, end in zip(chain, ends, strict=True):
            inside = merged.setdefault(start, [])
            for draft in self.sections[start + 1 : end]:
                if not self._intertitled_prose(draft):
                    break
                inside.append(draft)
        if not any(merged[start] for start in chain[:-1]):
            return  # (no intertitle between two parts: numbered stories, each a chapter)
        # after the last part, no more intertitles than a part held before, and no story of the week's news ("Mistral AI
        # ouvre son centre de calcul" / "La start-up a inauguré jeudi…"): the dossier has ended, the issue goes on
        tail, most = merged[chain[-1]], max(len(merged[start]) for start in chain[:-1])
        news = next((k for k, draft in enumerate(tail) if _NEWS_TIME.search(draft.paragraphs[0])), len(tail))
        del tail[min(most, news) :]
        for start, inside in merged.items():
            part = self.sections[start]
            for draft in inside:
                part.paragraphs += [draft.title if draft.title.endswith((".", "!", "?", "…", "»")) else draft.title + ".", *draft.paragraphs]
        gone = {id(d) for inside in merged.values() for d in inside}
        self.sections = [d for d in self.sections if id(d) not in gone]

    def _intertitled_prose(self, draft: Draft) -> bool:
        """A short title over prose, no rubric, no items, no interview, no part of its own: a dossier's intertitle and
        its text."""
        if not draft.title or draft.title.isupper() or len(words(draft.title)) > 10 or draft.items or draft.names or not draft.paragraphs:
            return False
        if self.profile.news_rubrics.search(draft.title, self.names) or _TEAM.fullmatch(draft.title) or _AGENDA.search(draft.title):
            return False
        if _LETTERS.search(draft.title) or _QUIZ.search(draft.title):
            return False  # a rubric of its own: "Courrier des lecteurs", "Le quiz de la semaine"
        if INTERVIEW_TITLE.search(draft.title) or _part_number(draft.title) is not None:
            return False  # ("Entretien croisé avec …", a part left unnumbered; "4/ …", a part out of order)
        return not any(_DIALOGUE.match(p) for p in draft.paragraphs)

    def _dossier_parts(self, sections: list[Section], cut: int | None, teased: int | None = None) -> list[Section]:
        """The issue's last dossier and its intertitles ("L'énergie, goulet d'étranglement"): after
        the last section of items, a long section of prose followed only by short-titled prose is
        one dossier, read on in one voice; its intertitles are sentences of it, not chapters. So is
        prose up to a paywall's cut, right after the subscribers' teaser (their dossier, shown up to
        its second intertitle)."""
        last_items = max((n for n, s in enumerate(sections) if s.items or s.names), default=-1)
        end = next((n for n in range(teased, len(sections)) if sections[n].items or sections[n].names), 0) if teased else 0
        if teased is not None and 0 < teased < last_items and _AGENDA.search(sections[end].title):
            # the subscribers' dossier, then the agenda (not free stories after a teaser mid-issue)
            merged = self._dossier_parts(sections[:end], cut if cut is not None and cut < end else None, teased)
            return [*merged, *sections[end:]]
        start = last_items + 1
        if teased is not None and teased > start:
            start = teased  # (the prose between the last items and the subscribers' teaser stays apart)
        if start >= len(sections) - 1 or start == 0:
            return sections
        # the subscribers' dossier, up to the paywall's cut, or to the end when its last words are cut short ("…")
        truncated = cut is None and bool(sections[-1].paragraphs) and sections[-1].paragraphs[-1].endswith(("…", "..."))
        paywalled = teased == start and ((cut is not None and cut >= start) or truncated)
        rest = sections[cut + 1 :] if paywalled and cut is not None else []  # (what follows the cut stays apart)
        sections = sections[: len(sections) - len(rest)]
        dossier, parts = sections[start], sections[start + 1 :]
        prose = [p for s in (dossier, *parts) for p in s.paragraphs]
        long = len(dossier.paragraphs) >= 2 and len(prose) >= 5 and sum(map(len, prose)) >= 1500
        if not (long or paywalled) or self._not_prose(dossier):
            return [*sections, *rest]
        if any(not p.title or p.title.isupper() or len(words(p.title)) > 10 or self._not_prose(p) for p in parts):
            return [*sections, *rest]
        paragraphs = list(dossier.paragraphs)
        for part in parts:
            paragraphs += [part.title if part.title.endswith((".", "!", "?", "…", "»")) else part.title + ".", *part.paragraphs]
        return [*sections[:start], replace(dossier, paragraphs=tuple(paragraphs)), *rest]

    def _not_prose(self, section: Section) -> bool:
        """A rubric, an interview ("Q :", "— …"), a signer's line: not a dossier's prose."""
        rubric = bool(section.title) and self.profile.news_rubrics.search(section.title, self.names) is not None
        labelled = any(_DIALOGUE.match(p) for p in section.paragraphs)
        return rubric or labelled or bool(section.title and _TEAM.fullmatch(section.title))

    def _house_event(self, draft: Draft) -> bool:
        """The newsletter's own event, announced with its price or its registration: a promotion."""
        named = any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", draft.title, re.IGNORECASE) for n in self.names if len(n) >= 3)
        text = " ".join(draft.paragraphs)
        return named and not draft.items and len(draft.paragraphs) <= 2 and bool(_PRICE.search(text) and _SIGN_UP.search(text))

    def _period_leads(self, draft: Draft) -> None:
        """'Polygamie. Texte…': a short first sentence is a lead-in when the section's
        bullets mostly start that way, or all do beside bullets with other lead-ins."""
        bare = [n for n, (lead, _, origin) in enumerate(draft.items) if not lead and origin != "paragraph"]
        if not bare:
            return
        found = {n: pair for n in bare if (pair := period_lead(draft.items[n][1], self.profile))}
        led = sum(1 for lead, _, _ in draft.items if lead)
        # the section's habit, not one bullet's accident: most bullets start that way
        if (len(found) >= 2 and len(found) >= 0.6 * len(bare)) or (found and len(found) == len(bare) and led >= 1):
            for n, pair in found.items():
                draft.items[n] = [pair[0], pair[1], "period"]

    def _freeze(self, draft: Draft, first: bool) -> Section:
        kind: SectionKind = "news"
        # a rubric of news ("À la une") is no editorial, unless its signer signs it ("L'essentiel de la semaine", signed)
        rubric = bool(draft.title) and self.profile.news_rubrics.search(draft.title, self.names) is not None and not self.first_signed
        story = 0 <= draft.at < len(self.blocks) and self.blocks[draft.at].story
        if first and not draft.names and not rubric and not story and (self.signature is not None or (draft.paragraphs and not draft.items)):
            kind = "editorial"  # signed, or prose: a first section of bullets ("À la une") is news, not an editorial
        elif (draft.names and not draft.names_closing) or not draft.title:
            kind = "briefs"
        elif not draft.items and (len(draft.paragraphs) >= 3 or sum(map(len, draft.paragraphs)) >= 1500):
            kind = "dossier"
        items = tuple(Item(lead.strip(), text.strip()) for lead, text, _ in draft.items)
        return Section(draft.title, tuple(draft.paragraphs), items, kind, draft.names, draft.url)


# "P.-S. :", "PS. merci", "PS Le prochain numéro…" (not "PS Plus", "PS5")
_POSTSCRIPT = re.compile(
    r"(?:P\.-?S\.|P\.S\.|PS\s*[.:]|PS\s+(?=[a-zà-ÿ]|(?:Le|La|Les|L['’]|Un|Une|Nous|Vous|Merci|N['’]|Ce|Cette|Notre|Nos|On|Si)\b))"
)
_WHOLE_BRIEF = re.compile(r"(?:\S+\s+){19,}\S*[^.…]\.")  # twenty words or more, ending with a full stop
_RESERVED = re.compile(r"r[ée]serv[ée]e?s? aux abonn[ée]s|abonnez-vous|article est r[ée]serv", re.IGNORECASE)
# an advertisement's button: "Télécharger le livre blanc", "Je m'inscris", "En savoir plus"
_CALL_TO_ACT = re.compile(
    r"(?:(?:je |j['’])(?=[^,]*$))?(?:t[ée]l[ée]charg|d[ée]couvr|essa[yi]|demand|s['’]inscri|je m['’]inscri|inscri|en savoir plus|profit|r[ée]serv|"
    r"command|obten|acc[ée]d|rejoign|contact|test|j['’]en profite|voir l['’]offre|je d[ée]couvre|commencer)\w*\b[^.!?]*$",
    re.IGNORECASE,
)
# …or any verb's call with its arrow: "Simuler mon projet →", "Prenez rendez-vous ›", "Je fonce →"
# (a headline does not end with an arrow)
# …or a verb's call on what the reader gets, without its arrow: "Estimer mes revenus", "Recevoir l'étude de cas"
# (a heading in the advertisement's place would have its text under it, not the next heading)
_BARE_CALL = re.compile(rf"{CALL_VERB}\s+(?:mon|ma|mes|votre|vos|notre|nos|le|la|les|l['’]|un|une|des|du)\b[^.!?:;]{{0,40}}", re.IGNORECASE)
# an editorial's other names ("Le mot de la rédaction", "Le billet", "La lettre de l'éditeur")
_EDITORIAL_WORDS = re.compile(r"(?i)\b(?:mot de la r[ée]daction|mot du r[ée]dacteur|billet|lettre de l['’][ée]dit|[ée]dito(?:rial)?)\b")
# the person a career's sentence is about: "Ancienne correspondante à Varsovie, Agnieszka Nowak tiendra…"
_FIRST_CLAUSE_NAME = re.compile(r",\s+((?:[A-ZÀ-Ý][\w'’-]+\s){1,2}[A-ZÀ-Ý][\w'’-]+)\s")
# a farewell with a name after its comma: "À dans trois semaines, Annecy !", "Au mois prochain, Bastien"
_FAREWELL_NAMED = re.compile(r",\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?)\s*[!.]?\s*$")
# an offer's line under a job board ("Technicienne de maintenance (F/H) – Millau – CDD 12 mois") or the classifieds
# ("Vends vélo cargo", "Cherche colocataire", "Très bon état. Contact : j.roux@…"), short enough to look like a
# heading: still the run's. Not a headline's rubric before its colon ("Recherche : le CNRS gèle 300 postes") nor the
# balance it is about ("Index égalité F/H : Bercy durcit les sanctions"): a bare "F/H" only as an offer's field, at
# the end or before a dash
_OFFER_LINE = {
    "job offers": re.compile(
        r"\((?:H/F|F/H)(?:/X)?\)|\b(?:H/F|F/H)\b(?=\s*(?:[–—|·,-]|$))|\s[–—|·]\s*(?:CDI|CDD|stage|alternance|int[ée]rim|freelance)\b"
    ),
    "classified ads": re.compile(
        r"(?i)^(?:vends?|[àa] vendre|ach[èe]te|cherche|recherche|loue|[àa] louer|donne|[ée]change)\b(?!\s*:)"
        r"|\bcontact\s*:|@[\w-]+\.\w|\b0\d(?:[\s.]?\d\d){4}\b"
    ),
}
# what only an offer or an ad carries besides its line: a salary or a contract, "Postuler"; a price
_OFFER_FIELD = {
    "job offers": re.compile(r"(?i)\b(?:CDI|CDD|postuler|candidater|salaire|r[ée]mun[ée]ration|brut(?:\s+annuel)?)\b|\d\s?k€"),
    "classified ads": re.compile(r"\d\s?€|€\s?\d|\b(?:prix|tél\.?|t[ée]l[ée]phone)\s*:?\s*\d"),
}
_NO_MATCH = re.compile(r"(?!)")
_COUNTS = {n: f"{word}|{n}" for n, word in enumerate(("", "", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix")) if n >= 2}
# a season's wish: "Bel été !", "Bonne rentrée !", "Joyeuses fêtes !" (a sign-off after a text, a title over one)
_SEASON_WISH = re.compile(r"(?i)^(?:b(?:el|on) [ée]t[ée]|bonnes? (?:vacances|f[êe]tes|rentr[ée]e)|belles vacances|joyeuses f[êe]tes)\b")
_DATED_LABEL = re.compile(r"(?:→\s*)?(?P<label>[^:]*?" + DAY_MONTH.pattern + r"[^:]*?)\s*:\s*(?P<address>(?:https?://|www\.)\S+)\s*", re.IGNORECASE)
_READING = re.compile(r"(?i)\b(?:lectures?|[àa] lire|lu ailleurs|nos s[ée]lections?)\b")
# an entry of a reading list: a work, and where to find it ("Le fil de @veille sur …", "Une longue enquête du Monde …")
_READ_ENTRY = re.compile(
    r"(?:→\s*)?(?:en (?:anglais|français|allemand|espagnol),\s*)?(?:le|la|les|l['’]|un|une|des|notre|nos|ce|cette)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:enquête|rapport|fil|thread|portrait|article|livre|essai|podcast|étude|entretien|interview|tribune|série|documentaire|"
    r"analyse|chronique|vidéo|dossier|reportage|carte|making-of|récit|billet|blog|guide|papier)s?\b",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"[^:]{2,40}\s:\s+[^:]{0,20}[\d★☆][^:]{0,40}")  # a figure: "Notre note : 8/10" (not "Portrait : X")
# a signer's role, on the line under their name
_ROLE_LINE = re.compile(
    r"(?:(?:la |l['’])?(?:r[ée]daction|[ée]quipe)(?: en chef)?|r[ée]dact(?:eur|rice)s?(?: en chef)?|"
    r"(?:co-?)?fondat(?:eur|rice)s?|direct(?:eur|rice)s?(?: de la (?:publication|r[ée]daction))?|[ée]dit(?:eur|rice)s?)"
    r"(?: invit[ée]e?s?| adjointe?s?)?(?: (?:de |du |des |d['’])[^\s,]+(?: [^\s,]+)?)?",
    re.IGNORECASE,
)
_PRICE = re.compile(r"\btarifs?\b|\d ?(?:€|euros?)\b|\bgratuite?s?\b", re.IGNORECASE)  # an event's price…
_SIGN_UP = re.compile(r"\binscri(?:ptions?|vez-vous|vez|re)\b|\bbilletterie\b|\bréserve[zr]\b", re.IGNORECASE)  # …and its sign-up
# a last short sentence ending with a colon ("Les plus importants :", "Il fixe le délai de chaque diffuseur après
# la sortie en salle :"), a heading's length at most
_ANNOUNCES = re.compile(r"(?<=[.!?…])\s+[^.!?…:]{2,120}:\s*$")
# (not a biography's habits: "chaque mardi", "tous les jeudis", "Aujourd'hui, elle écrit…")
# the newsletter's staff: "couvre pour Octet", "a rejoint Octet" (not "a expliqué à Octet", an interview)
_STAFF = r"\b(?:pour|chez|rejoint|fond[ée]|cofond[ée]|lanc[ée]|r[ée]daction d['’]|r[ée]daction de) "
_TEASES = re.compile(r"(?i)\b(?:cet article|ce dossier|notre enquête|nous (?:détaillons|révélons|racontons|avons enquêté)|découvrez|à lire dans)\b")
# a paragraph that is a quotation, whole: "« Quatre, c'est un de trop. »"
_QUOTATION = re.compile(r"[«“\"].+[»”\"][.…!?]?")
_AUTHOR_LINE = re.compile(r"^[—–]\s+")  # a quotation's author line: "— Pierre Lamothe, directeur …"
# a table's note: short, naming its sources ("Cours au 11 mars 2026, 17h35. Sources : Euronext, Refinitiv.")
_TABLE_NOTE = re.compile(r"(?i)^(?=.{0,200}$)(?:.*[.)]\s)?sources?\s?:\s*\S")
# a line that says something: a clause after a colon, or a common finite verb ("Les loyers ont monté en mai")
_SENTENCE_LIKE = re.compile(r"\S\s*:\s+\S|\b(?:est|sont|ont|a|était|étaient|sera|seront|reste|restent|va|vont|devient|deviennent)\b")
# the notes' heading: "Notes", "Notes et références", "Références :", "Renvois"
_NOTES_TITLE = re.compile(r"(?i)\W*(?:les |nos )?(?:notes?|r[ée]f[ée]rences|renvois)(?: (?:et|&) (?:r[ée]f[ée]rences|sources))?\W*")
_AGENDA = re.compile(r"(?i)\b(?:agenda|[àa] venir|rendez-vous|calendrier)\b")
_PUBLISHED = re.compile(r"(?:publi[ée]e?|post[ée]e?|mis en ligne|mise à jour)(?: le)? ", re.IGNORECASE)
_ROLES = re.compile(r"\s+[|•]\s+")  # "Économiste du travail | Associée chez Tessitura | Autrice de …"
_NAME_DATE = re.compile(r"(?P<name>[^·|•–—]{3,60}?)\s+[·|•–—]\s+(?P<date>[^·|•–—]{4,40})")  # "Inès Haddad · 17 janv. 2026"
_HELLO = re.compile(r"(?:bonjour|bonsoir|hello|salut|ch[èe]re?s? (?:lect|abonn|ami))", re.IGNORECASE)
_POLL = re.compile(r"(?:le |notre )?(?:sondage|vote)(?: de la semaine| du jour| express)?\s*:.{5,220}\?", re.IGNORECASE)
# what may follow a byline's name: nothing, or details ("· 6 minutes de lecture"), not a sentence
# ("Publiée dimanche par Emmanuel Macron, la lettre aux Français annonce…")
_DETAILS_AFTER = re.compile(r"\s*(?:$|[·|•–—]\s)")
_SHARE = re.compile(r"\d\s?%")
_POLL_LABEL = re.compile(r"(?:le |notre )?(?:sondage|vote)(?: de la semaine| du jour| express)?\W*", re.IGNORECASE)
_NEWS_TIME = re.compile(r"(?<!chaque )(?<!tous les )\b(?:" + "|".join(WEEKDAYS) + r"|hier|cette semaine|ce matin)\b", re.IGNORECASE)
# a rubric of readers' letters ("Courrier des lecteurs", "La question d'une lectrice"), and a letter's words to the editors
_LETTERS = re.compile(
    r"^\W*(?:le )?courrier(?: des (?:lect\w+|abonn\w+))?\W*$|\b(?:courrier des (?:lect\w+|abonn\w+)|(?:lettres?|questions?|mots?) d['’](?:une? )?(?:lect(?:eur|rice)s?|abonn[ée]e?s?)"
    r"|(?:vos|les) (?:lettres|r[ée]actions|courriers)|on nous (?:a )?[ée]crit)\b",  # (not "Le courrier de Bruxelles", a rubric of news)
    re.IGNORECASE,
)
_TO_EDITORS = re.compile(r"\b(?:(?:votre|vos) (?:num[ée]ros?|lettre|articles?|[ée]dition)|vous (?:[ée]voquiez|[ée]criviez|affirmiez|citiez|parliez))\b", re.IGNORECASE)
_EDITORS_NOTE = re.compile(r"\(?N\.?\s?D\.?\s?L\.?\s?R\.?\)?|\bla r[ée]daction\b\W*$")  # the editors' reply to a letter: "(N.D.L.R.)"
_GUEST = re.compile(r"\binvit[ée]e?\b", re.IGNORECASE)
# a guest's column by its rubric, the heading's first words: "Tribune", "TRIBUNE • « … »", "Carte blanche à Léa Roy",
# "Point de vue : …", "La tribune de la semaine" (not a headline about one: "Une tribune pour le chiffrement")
_COLUMN = re.compile(
    r"^\W*(?:la |notre )?(?:tribune(?: libre)?|carte blanche|point de vue)(?=\s*(?:$|[•:|—–-]|[«“]|[àa]\s|de\s|d['’]|du\s))",
    re.IGNORECASE,
)
_DIALOGUE = re.compile(r"(?:[QR]|Question|Réponse)\s*\.?\s*:|[—–]\s")  # an interview's lines


# a call's address after it: "Essayer gratuitement : https://…", "Découvrir Capitalis → https://…" (the arrow stays)
_CALL_ADDRESS = re.compile(r"\s*[:—–]?\s*(?:https?://|www\.)\S+\s*$")
# a survey, or what its results say of the people asked: "Sondage", "Enquête Ifop…", "1 012 répondants"
_SURVEY = re.compile(r"\b(?:sondages?|enqu[êe]tes?|barom[èe]tres?|[ée]tudes?|interrog[ée]e?s|r[ée]pondants|panel)\b", re.IGNORECASE)


def _result_line(block: Block) -> bool:
    """A survey's result on a line of its own: a share, a few words, no sentence's end ("81 % souhaitent un
    étiquetage obligatoire"; not "Oui : 23 %", a label's figure, nor a paragraph of text)."""
    text = block.text.rstrip()
    return (
        block.kind == "paragraph" and bool(_SHARE.search(text)) and len(words(text)) <= 30
        and not text.endswith((".", "!", "?", ":", ";", "…")) and not _LABELLED.fullmatch(text)
    )  # fmt: skip


def _ad_call(block: Block) -> bool:
    """An advertisement's button: a short call ("Essayez 14 jours gratuitement", "Réserver ma place →"), with its
    address or not ("→ Essayer gratuitement : https://…", "Découvrir Capitalis → https://…")."""
    text = _CALL_ADDRESS.sub("", block.text)
    text = text.lstrip("→➜› ") if text[-1:] not in "→➜›>" else text
    return len(said_words(text)) <= 6 and bool(_CALL_TO_ACT.match(text) or ARROWED_CALL.fullmatch(text) or _BARE_CALL.fullmatch(text))


def _addressed_call(text: str) -> bool:
    """An advertisement's button with the address it leads to, on its own line or closing the ad's paragraph:
    "Demandez une démonstration → https://…", "En savoir plus : exemple.fr/demo", "… d'eau potable. Essayez : https://…"."""
    if not ends_with_address(text) or " " not in text:
        return False
    call = re.split(r"(?<=[.!?…])\s+", text.rsplit(None, 1)[0].rstrip(" :→➜›—–-"))[-1]
    return _ad_call(Block("paragraph", call))


# a part's number opening its title: "1/ Les racines", "2. Les modèles", "Partie III — Entretien", "IV. Les données"
_PART = re.compile(r"(?:(?i:partie|chapitre|volet)\s+(?P<named>\d{1,2}|[IVX]{1,5})\b|(?P<n>\d{1,2}|[IVX]{1,5})\s*[/.)—–:-]\s*\S)")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _part_number(title: str) -> int | None:
    """The number of a dossier's part in its title ("Partie III — …" -> 3, "2/ …" -> 2), or None."""
    match = _PART.match(title)
    if match is None:
        return None
    number = match["named"] or match["n"]
    if number.isdigit():
        return int(number)
    values = [_ROMAN[c] for c in number]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def _said_text(draft: Draft) -> str:
    """A section's words: its title, paragraphs and items."""
    return " ".join([draft.title, *draft.paragraphs, *(f"{lead} {text}" for lead, text, _ in draft.items)])


def _key(title: str) -> str:
    """A heading as a table of contents may repeat it: '2. Rust gagne le noyau !' -> 'rust gagne le noyau'."""
    return " ".join(re.sub(r"[^\w]+", " ", re.sub(r"^\d{1,2}[.)]\s+", "", title.lower())).split())


def _starts(key: str, head: str) -> bool:
    """Whether the words of ``key`` begin with all the words of ``head``."""
    return bool(head) and (key == head or key.startswith(head + " "))


# a signer's job and company under the name, after a sign-off: "Associée, Ardoise Conseil", "Consultant chez Orka"
_JOB_LINE = re.compile(r"[A-ZÀ-ÖØ-Þ][^,.!?:;«»\d]{1,40}?(?:,\s+|\s+(?:chez|de|du|des|d['’]|à)\s+)[^.!?:;«»\d]{2,60}")


def _job_line(block: Block) -> bool:
    return block.kind == "paragraph" and len(words(block.text)) <= 8 and bool(_JOB_LINE.fullmatch(block.text.strip()))


def _role_line(block: Block) -> bool:
    return bool(_ROLE_LINE.fullmatch(block.text.strip(" .,")) or _OFFICE.fullmatch(block.text.strip()))


# an office under its holder's name, the institution's that publishes the letter: "Vice-présidente de la Région
# Rhône-Durance, déléguée au numérique", "Maire de Saint-Lô" (a title, not a sentence: no full stop)
_OFFICE = re.compile(
    r"(?:vice-|co-)?(?:pr[ée]sidente?|maire|adjointe?|d[ée]l[ée]gu[ée]e?|secr[ée]taire g[ée]n[ée]rale?|conseill(?:er|[èe]re)|"
    r"ministre|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|directr?(?:eur|ice) g[ée]n[ée]ral(?:e)?|pr[ée]fète?|recteur|rectrice)"
    r"(?: [\w'’-]+)? (?:de|du|des|d['’]|à|au|aux|chargée? de)\b[^.!?;:«»]{2,160}",
    re.IGNORECASE,
)


# a correction, its label before its text: "Rectificatif : dans notre numéro du 7 mars, nous avons écrit…" (not
# "Correction : les marchés reculent", a market's word)
_CORRECTION = re.compile(r"(?i)^(?P<label>rectificatifs?|erratum|errata)\s*:\s+(?=\S)")
# a quiz: its title, its questions' choices on a line ("a) Intel b) TSMC c) Samsung"), the line on its answers
_QUIZ = re.compile(r"(?i)\b(?:quiz+|questionnaire|testez vos connaissances)\b")
_CHOICES = re.compile(r"(?i)^a[).]\s.*\sb[).]\s")
# (saying when or where they are, or giving them: not "Réponses de l'Élysée aux agriculteurs" nor "Solutions" over a story)
_ANSWERS_NOTE = re.compile(
    r"(?i)^(?:les )?(?:r[ée]ponses?|solutions?|corrig[ée]s?)\b(?!\s+(?:[àa]|aux?)\b)(?:\s+(?:du quiz|du jeu|aux questions))?"
    r"(?:\s*:\s*\d|\W*(?:(?:dans|en|au|à|à la|de|par)\s+)?(?:la |le |notre |nos )?(?:semaine prochaine|prochaine? (?:lettre|num[ée]ro|[ée]dition|semaine)|"
    r"fin (?:de (?:la |cette )?lettre|du num[ée]ro)|bas de (?:la )?(?:lettre|page)|ci-dessous|plus bas|page \d|demain|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain)?)\b)"
)
_OWN_ROLE = re.compile(r"r[ée]dact|[ée]quipe")  # the newsletter's own staff, not a quoted person's company
# a first name alone, as an editor signs a P.S. ("Thomas", "Anne-Sophie"; not a rubric in capitals, "AGENDA")
_FIRST_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?")
_CLOSING_PS = re.compile(r"(?:P\.-?S\.|P\.S\.|PS\.)\s*:?\s*\S")  # written as a post-scriptum, not the party ("PS : …")
_TEAM = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?,? )*(?:(?:et )?(?:toute )?(?:la r[ée]daction|l['’][ée]quipe)|La r[ée]daction|L['’][ée]quipe)"
    r"(?: (?:de |d['’]|du |des |de la )?\S+)?"
)  # who signs when no one does, or with the team: "Julien, Maëlle et toute l'équipe de Kilowatt", "… l'équipe du Rail"


def recognise(document: Document, profile: Profile | None = None) -> Issue:
    """The issue's structure in ``document``'s blocks, according to ``profile``."""
    return _Recogniser(document, profile or load_profile()).run()
