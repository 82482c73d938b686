"""The oral's preparation on paper: one cue card per production (the talk's points with
their timings, the key figures and words), then the questions with their answer notes.

Written with the dossier's template and pieces (``word.DossierWriter``), saved and turned
into a PDF as the dossier is (``service.export_oral``)."""

from __future__ import annotations

import re

from docx.shared import Pt

from ..core.dates import long_date
from ..core.markdown import parse
from ..core.model import (
    CONFIDENCE_LABELS,
    ChapterKind,
    Dossier,
    OralPreparation,
    Production,
    QuestionOrigin,
)
from ..core.oral import OralRules, planned_minutes
from ..core.referential import Referential
from ..core.typography import french_spacing
from .word import (
    Built,
    DossierWriter,
    Options,
    clear_body,
    default_template,
    header_and_page_footer,
    open_template,
    typeset,
    xml_safe,
)

_ORIGIN_WORDS = {QuestionOrigin.ADVISOR: "question du conseiller",
                 QuestionOrigin.CANDIDATE: "ma question"}
"""Said beside a question not from the bank (the bank's are most of them)."""

KEY_FIGURES = 8
KEY_WORDS = 10

_FIGURE = re.compile(r"(?<![\w,.])\d+(?:[ \u00a0\u202f]\d{3})*(?:[,.]\d+)?(?:[ \u00a0\u202f]?%)?"
                     r"(?:[ \u00a0\u202f](?:[^\W\d_]{3,}|h|k€|€))?")
"""A number as the candidate writes it (« 84 000 », « 12,5 % », « 3 mois »), with the word
after it when there is one: the figures a jury remembers."""


def build_oral(dossier: Dossier, referential: Referential, rules: OralRules,
               options: Options) -> Built:
    document = open_template(options.template or default_template())
    clear_body(document)
    writer = OralWriter(document, typeset(xml_safe(dossier)), referential, options, rules)
    writer.write()
    return Built(document, [])


def minutes_text(value: float) -> str:
    """« 2,5 min »."""
    return f"{_number(value)}\u00a0min"


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def clock_text(minutes: float) -> str:
    """A moment of the talk, « 3:30 »."""
    seconds = round(minutes * 60)
    return f"{seconds // 60}:{seconds % 60:02d}"


def key_figures(production: Production) -> list[str]:
    """The figures of the production's chapters, in order of appearance, each once."""
    found: list[str] = []
    for kind in ChapterKind:
        for match in _FIGURE.finditer(production.chapters[kind].text):
            figure = match.group().strip()
            if figure not in found and not re.fullmatch(r"\d", figure):
                found.append(figure)
    return found[:KEY_FIGURES]


def key_words(production: Production) -> list[str]:
    """What the candidate set in bold in the chapters: the words they meant to stress."""
    found: list[str] = []
    for kind in ChapterKind:
        for block in parse(production.chapters[kind].text):
            for run in block.runs:
                word = " ".join(run.text.split()).strip(" ,;:.")
                if run.bold and word and word not in found:
                    found.append(word)
    return found[:KEY_WORDS]


CUE_POINTS = Pt(13)
"""The cue card's points are read at a glance, during the talk: larger than the text."""


def _larger(table, size: Pt) -> None:
    for row in table.rows[1:]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = size


class OralWriter(DossierWriter):
    def __init__(self, document, dossier: Dossier, referential: Referential, options: Options,
                 rules: OralRules) -> None:
        super().__init__(document, dossier, referential, options)
        self.rules = rules

    def write(self) -> None:
        self._properties()
        self.doc.core_properties.title = french_spacing(
            f"Préparation de l’oral — {self.dossier.candidate.full_name}".rstrip(" —"))
        preparations = {o.production: o for o in self.dossier.oral}
        for number, production in enumerate(self.dossier.productions, start=1):
            self._cue_card(number, production, preparations.get(number))
        for number, production in enumerate(self.dossier.productions, start=1):
            self._questions(number, production, preparations.get(number))
        label = self.ccpt.label if self.ccpt else ""
        header_and_page_footer(
            self.doc, f"{self.dossier.candidate.full_name} — oral du CCPT « {label} »",
            bare_first_page=False)

    def _title(self, number: int, production: Production) -> str:
        competence = self.ccpt.competence(production.competence) if self.ccpt else None
        title = production.title or (competence.label if competence else "")
        return f"Production {number} : {title}" if title else f"Production {number}"

    def _cue_card(self, number: int, production: Production,
                  preparation: OralPreparation | None) -> None:
        """One page: what to say, in what order, for how long."""
        self._heading(1, self._title(number, production))
        target = self.rules.presentation_minutes
        low, high = self.rules.questions_minutes
        self._paragraph(french_spacing(
            f"Fiche de l’exposé : {minutes_text(target)} de présentation, puis "
            f"{_number(low)} à {minutes_text(high)} de questions."), "Subtitle")
        plan = preparation.plan if preparation else []
        if not plan:
            self._paragraph("Pas encore de plan : préparez-le dans l’application (page « Préparer "
                            "l’oral » de la production).")
        else:
            rows, start = [], 0.0
            for index, point in enumerate(plan, start=1):
                rows.append((str(index), point.point, minutes_text(point.minutes),
                             clock_text(start)))
                start += point.minutes
            self._table(("N°", "Point clé", "Durée", "Début"), rows, (1.2, 10.6, 2.2, 2.0))
            _larger(self.doc.tables[-1], CUE_POINTS)
            total = planned_minutes(preparation) if preparation else 0
            self._paragraph(french_spacing(
                f"Total : {minutes_text(total)} pour {minutes_text(target)}.")) \
                .paragraph_format.space_before = Pt(6)
        figures, words = key_figures(production), key_words(production)
        for label, items in (("Chiffres clés", figures), ("Mots clés", words)):
            if items:
                paragraph = self._paragraph("")
                paragraph.paragraph_format.space_before = Pt(12)
                paragraph.add_run(french_spacing(f"{label} : ")).bold = True
                paragraph.add_run(french_spacing(" · ".join(items)))

    def _questions(self, number: int, production: Production,
                   preparation: OralPreparation | None) -> None:
        """The questions and what to answer: the answer notes, then how sure, since when."""
        self._heading(1, f"{self._title(number, production)} — questions du jury")
        questions = [q for q in (preparation.questions if preparation else []) if q.question.strip()]
        if not questions:
            self._paragraph("Aucune question n’est encore préparée pour cette production.")
            return
        for index, question in enumerate(questions, start=1):
            asked = self._paragraph("", "Heading 3")
            asked.add_run(french_spacing(f"{index}. {question.question.strip()}"))
            if question.notes.strip():
                self._markdown(question.notes)
            else:
                self._paragraph("Notes de réponse à écrire.").runs[0].italic = True
            facts = [_ORIGIN_WORDS[question.origin]] if question.origin in _ORIGIN_WORDS else []
            if question.confidence is not None:
                facts.append(f"aisance : {CONFIDENCE_LABELS[question.confidence].render().lower()}")
            if question.practised is not None:
                facts.append(f"travaillée le {long_date(question.practised.date())}")
            if facts:
                line = self._paragraph("")
                said = french_spacing(" · ".join(facts))
                line.add_run(said[:1].upper() + said[1:]).italic = True
