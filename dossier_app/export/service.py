"""Exporting a dossier: the one function the command line and the app both call."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..core.clock import SYSTEM, Clock
from ..core.errors import FileProblem
from ..core.files import atomic_target
from ..core.model import Dossier
from ..core.referential import Referential
from . import pdf
from .pseudonymize import pseudonymize
from .word import Options, build, headings


@dataclass
class ExportResult:
    path: Path
    toc_page_numbers: bool
    """False when LibreOffice was not there (or failed) to number the table of contents."""


def export_document(dossier: Dossier, referential: Referential, target: Path, fmt: str, *,
                    with_comments: bool = False, pseudonymized: bool = False,
                    template: Path | None = None, clock: Clock = SYSTEM) -> ExportResult:
    """Write ``target`` as docx or pdf. The table of contents gets its page numbers from a
    first rendering by LibreOffice when it is installed (required for pdf). For a docx,
    a first rendering that fails or runs out of time only costs the page numbers (Word
    adds them on opening); for a pdf it is an error."""
    if pseudonymized:
        dossier = pseudonymize(dossier)
    options = Options(with_comments=with_comments, template=template, clock=clock)
    soffice = pdf.require_libreoffice() if fmt == "pdf" else pdf.find_libreoffice()
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-export-") as work, \
            pdf.private_profile() as profile:
        draft = Path(work) / "dossier.docx"
        build(dossier, referential, options).save(str(draft))
        if soffice is not None:
            first_pass = Path(work) / "premier.pdf"
            try:
                pdf.docx_to_pdf(draft, first_pass, soffice, profile=profile, shown=target)
            except FileProblem:
                if fmt == "pdf":
                    raise
            else:
                entries = [text for _, text in headings(dossier, referential)]
                options.page_numbers = pdf.heading_pages(first_pass, entries,
                                                         after_title="Sommaire")
                build(dossier, referential, options).save(str(draft))
        with atomic_target(target) as temporary:
            if fmt == "pdf" and soffice is not None:  # required above for a pdf
                pdf.docx_to_pdf(draft, temporary, soffice, profile=profile, shown=target)
            else:
                temporary.write_bytes(draft.read_bytes())
    return ExportResult(target, bool(options.page_numbers) and all(options.page_numbers))
