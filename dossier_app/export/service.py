"""Exporting a dossier: the one function the command line and the app both call.

The document is built once. Its contents get their page numbers from a layout: the
LibreOffice rendering's outline when LibreOffice is installed, else our own (Qt's),
and are filled in before the one file the user asked for is written. A PDF comes from
LibreOffice when it is there, else from Qt's PDF writer, from the same document; the
annexes' PDF documents follow its pages, as they are."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.clock import SYSTEM, Clock
from ..core.errors import Cancelled, FileProblem
from ..core.files import atomic_target
from ..core.jsonread import without_control_characters
from ..core.model import Dossier
from ..core.oral import OralRules
from ..core.referential import Referential
from ..core.sentence import Sentence, say
from ..core.typography import french_spacing
from . import pdf
from .oral_sheets import build_oral
from .page_counts import spans
from .pseudonymize import pseudonymize
from .word import Built, Options, build, headings, joined_pdfs

Progress = Callable[[Sentence], None]


@dataclass
class ExportResult:
    path: Path
    toc_page_numbers: bool
    """False when no layout could number the table of contents."""
    numbered_by_libreoffice: bool = False
    """The numbers come from LibreOffice's layout (else from ours, close to Word's)."""
    comments_on_headings: int = 0
    """Open comments whose passage was not found, put on their chapter's heading."""
    production_pages: tuple[int | None, ...] | None = None
    """Each production's real pages in LibreOffice's layout; None without LibreOffice."""


def export_document(dossier: Dossier, referential: Referential, target: Path, fmt: str, *,
                    with_comments: bool = False, pseudonymized: bool = False,
                    template: Path | None = None, clock: Clock = SYSTEM,
                    progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write ``target`` as docx or pdf. ``progress`` hears each step as it starts;
    ``cancelled`` is asked between steps and while LibreOffice runs: when it answers
    true, ``Cancelled`` is raised and ``target`` is left as it was."""
    def step(sentence: Sentence) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(say("L’export a été annulé : aucun fichier n’a été écrit."))
        if progress is not None:
            progress(sentence)

    if pseudonymized:
        dossier = pseudonymize(dossier)
    step(say("Mise en page du dossier…"))
    built = build(dossier, referential, Options(with_comments=with_comments, template=template,
                                                clock=clock))
    soffice = pdf.find_libreoffice()
    listed = headings(dossier, referential)
    entries = [text for _, text in listed]
    joined = annex_documents(dossier)
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-export-") as work, \
            pdf.private_profile() as profile:
        draft = Path(work) / "dossier.docx"
        pages: list[int | None] = []
        count: int | None = None
        real: tuple[int | None, ...] | None = None
        if soffice is not None:
            guess: list[int | None] = []
            if fmt == "pdf":
                # Our own layout's numbers first: when LibreOffice's agree, its one
                # rendering is the PDF itself.
                step(say("Numérotation du sommaire…"))
                guess = _own_layout(built)
                built.number_contents(guess)
            step(say("Numérotation du sommaire par LibreOffice…"))
            built.save(draft)
            layout = Path(work) / "mise-en-page.pdf"
            try:
                pdf.docx_to_pdf(draft, layout, soffice, profile=profile, shown=target,
                                cancelled=cancelled)
            except Cancelled:
                raise
            except FileProblem:
                if fmt == "pdf":
                    raise
            else:
                pages, count = pdf.heading_pages(layout, entries)
                real = spans(listed, pages, count, len(dossier.productions))
            if fmt == "pdf" and pages == guess and all(pages):
                step(say("Écriture de « {file} »…", file=target.name))
                _with_annexes(layout, target, joined)
                return ExportResult(target, True, True, built.comments_on_headings, real)
        by_libreoffice = bool(pages) and all(pages)
        if not by_libreoffice:
            step(say("Numérotation du sommaire…"))
            pages = _own_layout(built)
        built.number_contents(pages)
        step(say("Écriture de « {file} »…", file=target.name))
        if fmt == "pdf" and joined:
            rendered = Path(work) / "dossier.pdf"
            _write_pdf(built, rendered, soffice, draft, profile, cancelled)
            _with_annexes(rendered, target, joined)
        elif fmt == "pdf":
            _write_pdf(built, target, soffice, draft, profile, cancelled)
        else:
            built.save(target, count)
    return ExportResult(target, bool(pages) and all(pages), by_libreoffice,
                        built.comments_on_headings, real if by_libreoffice else None)


def export_oral(dossier: Dossier, referential: Referential, rules: OralRules, target: Path,
                fmt: str, *, template: Path | None = None, clock: Clock = SYSTEM) -> Path:
    """Write the oral's cue cards and questions (``oral_sheets``) as docx or pdf, with
    LibreOffice for the PDF when it is installed, else with Qt."""
    built = build_oral(dossier, referential, rules, Options(template=template, clock=clock))
    if fmt != "pdf":
        built.save(target)
        return target
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-oral-") as work, \
            pdf.private_profile() as profile:
        _write_pdf(built, target, pdf.find_libreoffice(), Path(work) / "oral.docx", profile, None)
    return target


def _write_pdf(built: Built, target: Path, soffice: Path | None, draft: Path, profile: Path,
               cancelled: Callable[[], bool] | None) -> None:
    """The PDF of ``built``: LibreOffice's rendering of the saved ``draft`` when it is
    installed, else Qt's layout of the same document."""
    if soffice is not None:
        built.save(draft)
        with atomic_target(target) as temporary:
            pdf.docx_to_pdf(draft, temporary, soffice, profile=profile, shown=target,
                            cancelled=cancelled)
        return
    from ..typeset.qt_pdf import render_pdf

    render_pdf(built.document, target)


def annex_documents(dossier: Dossier) -> list[tuple[str, bytes]]:
    """The PDF annexes a PDF export appends, in the annexes' order: each one's bookmark
    (« Annexe 2 : Compte rendu du CSE ») and its bytes."""
    return [(french_spacing(without_control_characters(
        f"Annexe {number} : {annex.title}" if annex.title.strip() else f"Annexe {number}")), file.data)
        for number, annex, file in joined_pdfs(dossier)]


def _with_annexes(rendered: Path, target: Path, joined: list[tuple[str, bytes]]) -> None:
    """``target``, whole or not at all: the dossier's ``rendered`` PDF and, after its
    pages, the pages of the annexes' PDF documents, kept as they are."""
    with atomic_target(target) as temporary:
        pdf.append_documents(rendered, joined, temporary, shown=target)


def _own_layout(built: Built) -> list[int | None]:
    """The headings' pages as Qt lays the document out; none if Qt cannot run here."""
    from ..typeset.qt_pdf import heading_pages

    try:
        return list(heading_pages(built.document))
    except RuntimeError:  # no Qt platform could start (a broken installation)
        return []
