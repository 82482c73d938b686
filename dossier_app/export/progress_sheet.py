"""The progress sheet of one candidate (.docx): path, attendance, actions, positioning grid.

For the advisor's file and the candidate's own record; written with the dossier's
template so that it looks like the rest of the organisation's documents.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table

from ..core.clock import SYSTEM, Clock
from ..core.dates import long_date
from ..core.markdown import parse, plain_text
from ..core.model import LEVEL_LABELS, Assessment, ChapterStatus, Dossier
from ..core.progress import progress
from ..core.referential import Referential
from ..core.typography import french_spacing
from .word import (
    clear_body,
    default_template,
    header_and_page_footer,
    open_template,
    save_document,
    xml_safe,
)


def build_progress_sheet(dossier: Dossier, referential: Referential,
                         clock: Clock = SYSTEM) -> Document:
    today = clock.today()
    document = open_template(default_template())
    clear_body(document)
    dossier = xml_safe(dossier)
    ccpt = referential.ccpt(dossier.ccpt)
    name = dossier.candidate.full_name or "Candidat"
    figures = progress(dossier, today)

    def para(text: str, style: str = "Normal", bold_label: str = "") -> None:
        paragraph = document.add_paragraph(style=style)
        if bold_label:
            paragraph.add_run(french_spacing(f"{bold_label} : ")).bold = True
        paragraph.add_run(french_spacing(text))

    width = section_width(document)

    def heading(text: str) -> None:
        # The dossier's chapters start on a new page; a one-candidate sheet runs on.
        layout = document.add_paragraph(french_spacing(text), style="Heading 1").paragraph_format
        layout.page_break_before = False
        layout.space_before = Pt(18)

    document.add_paragraph("Fiche de suivi", style="Title")
    para(f"{name} — CCPT « {ccpt.label if ccpt else dossier.ccpt} »", "Subtitle")
    para(f"Établie le {long_date(today)}.")

    heading("Où en est le dossier")
    if figures.jury is None:
        para("à fixer", bold_label="Jury")
    else:
        days = (figures.jury - today).days
        left = (f" (dans {days} jours)" if days > 0 else " (aujourd’hui)" if days == 0 else "")
        para(f"{long_date(figures.jury)}{left}", bold_label="Jury")
    if figures.next_step is not None and figures.next_step.date is not None:
        para(f"{figures.next_step.title}, le {long_date(figures.next_step.date)}",
             bold_label="Prochain rendez-vous")
    statuses = ", ".join(f"{figures.statuses[s]} « {s.label} »" for s in ChapterStatus
                         if figures.statuses[s])
    words = f"{figures.words:,}".replace(",", "\u202f")
    para(f"{figures.chapters} ({statuses or 'aucun'}), {words} mots", bold_label="Chapitres")
    para(f"{figures.steps_attended} étapes faites ; {figures.actions_done} actions faites sur "
         f"{figures.actions}", bold_label="Parcours")

    heading("Parcours")
    if dossier.steps:
        table = _table(document, ("Date", "Étape", "Durée", "Présence", "Compte rendu"),
                       width, (0.17, 0.24, 0.1, 0.13, 0.36))
        for step in dossier.steps:
            missed = step.date is not None and step.date < today and not step.attended
            presence = "faite" if step.attended else "absent(e)" if missed else "à venir"
            minutes = step.duration_minutes
            duration = (f"{minutes // 60} h {minutes % 60:02d}".replace(" h 00", " h")
                        if minutes and minutes >= 60 else f"{minutes} min" if minutes else "")
            _row(table, (long_date(step.date) if step.date else "à fixer",
                         step.title or step.kind.label, duration, presence,
                         plain_text(parse(step.summary))))
    else:
        para("Le parcours n’est pas encore prévu.")

    heading("Plan d’action")
    planned = [step for step in dossier.steps if step.actions]
    for step in planned:
        document.add_paragraph(french_spacing(step.title or step.kind.label), style="Heading 2")
        for action in step.actions:
            para(f"{'☑' if action.done else '☐'} {action.text}")
    if not planned:
        para("Aucune action n’a été notée.")

    heading("Grille de positionnement")
    para("Échelle : " + " ; ".join(f"{level}. {text}" for level, text in LEVEL_LABELS.items()) + ".")
    rows = {row.competence: row for row in dossier.positioning}
    if ccpt is not None:
        table = _table(document, ("Compétence", "Début : candidat", "Début : conseiller",
                                  "Fin : candidat", "Fin : conseiller"),
                       width, (0.32, 0.17, 0.17, 0.17, 0.17))
        for competence in ccpt.competences:
            row = rows.get(competence.number)
            start, end = (row.start, row.end) if row else (Assessment(), Assessment())
            _row(table, (f"{competence.number}. {competence.label}", _level(start.candidate),
                         _level(start.advisor), _level(end.candidate), _level(end.advisor)))
        for competence in ccpt.competences:
            row = rows.get(competence.number)
            if row is None or not (row.start.evidence or row.end.evidence or row.gaps):
                continue
            document.add_paragraph(french_spacing(f"Compétence {competence.number}"),
                                   style="Heading 2")
            if row.start.evidence:
                para(row.start.evidence, bold_label="Preuves au début")
            if row.end.evidence:
                para(row.end.evidence, bold_label="Preuves à la fin")
            if row.gaps:
                gaps = _table(document, ("Écart", "Ce qui est prévu", "Comblé"),
                              width, (0.45, 0.43, 0.12))
                for gap in row.gaps:
                    _row(gaps, (gap.description, gap.action, "oui" if gap.done else "non"))

    header_and_page_footer(document, f"Fiche de suivi — {name}", bare_first_page=False)
    properties = document.core_properties
    properties.title = french_spacing(f"Fiche de suivi — {name}")
    properties.author = properties.last_modified_by = ""
    properties.language = "fr-FR"
    properties.created = properties.modified = clock.utc().replace(microsecond=0, tzinfo=None)
    return document


def write_progress_sheet(dossier: Dossier, referential: Referential, target: Path,
                         clock: Clock = SYSTEM) -> None:
    save_document(build_progress_sheet(dossier, referential, clock), target)


def _level(value: int | None) -> str:
    return f"{value}. {LEVEL_LABELS[value]}" if value else "—"


def section_width(document: Document) -> int:
    section = document.sections[0]
    return int(section.page_width or 0) - int(section.left_margin or 0) - int(section.right_margin or 0)


def _table(document: Document, titles: tuple[str, ...], width: int,
           shares: tuple[float, ...]) -> Table:
    """A grid over the whole text width, columns in the given proportions, the header row
    repeated on each page."""
    table = document.add_table(rows=1, cols=len(titles))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    widths = [int(width * share) for share in shares]
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    for cell, title, column_width in zip(table.rows[0].cells, titles, widths, strict=True):
        cell.width = column_width
        cell.paragraphs[0].add_run(french_spacing(title)).bold = True
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    return table


def _row(table: Table, values: tuple[str, ...]) -> None:
    widths = [column.width for column in table.columns]
    for cell, value, width in zip(table.add_row().cells, values, widths, strict=True):
        cell.width = width
        cell.paragraphs[0].add_run(french_spacing(value))
