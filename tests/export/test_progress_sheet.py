"""The progress sheet: read back with python-docx and rendered by LibreOffice."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from pypdf import PdfReader

from dossier_app.core.clock import FixedClock
from dossier_app.export.pdf import docx_to_pdf, find_libreoffice
from dossier_app.export.progress_sheet import write_progress_sheet

NOV_22 = FixedClock(dt.datetime(2026, 11, 22, 10, 0))


def test_the_sheet_holds_path_attendance_actions_and_grid(example, referential, tmp_path) -> None:
    target = tmp_path / "fiche.docx"
    write_progress_sheet(example, referential, target, NOV_22)
    document = docx.Document(str(target))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Nadia Martin — CCPT «\u202fSuivi de dossier social d’entreprise\u202f»" in text
    assert "17 décembre 2026 (dans 25\u00a0jours)" in text or "17 décembre 2026 (dans 25 jours)" in text
    assert "☑ Demander l’attestation de mandat" in text
    assert "☐ Répondre aux commentaires de Claire" in text
    steps = document.tables[0]
    assert [c.text for c in steps.rows[2].cells][:4] == [
        "8 septembre 2026", "Entretien de positionnement", "1 h 30", "faite"]
    assert steps.rows[10].cells[3].text == "à venir"
    grid = document.tables[1]
    assert [c.text for c in grid.rows[3].cells][1:] == [
        "3. Je pratique en autonomie", "3. Je pratique en autonomie", "—", "—"]
    gaps = document.tables[2]
    assert gaps.rows[1].cells[2].text == "oui"
    assert {s.name for p in document.paragraphs for s in [p.style]} <= {
        "Title", "Subtitle", "Normal", "Heading 1", "Heading 2"}


@pytest.mark.needs("libreoffice")
def test_the_sheet_renders_with_libreoffice(example, referential, tmp_path) -> None:
    target = tmp_path / "fiche.docx"
    write_progress_sheet(example, referential, target, NOV_22)
    docx_to_pdf(target, tmp_path / "fiche.pdf", find_libreoffice())
    pages = PdfReader(str(tmp_path / "fiche.pdf")).pages
    text = "".join(page.extract_text() for page in pages)
    assert 1 <= len(pages) <= 4
    assert "Fiche de suivi" in text and "Grille de positionnement" in text
    assert "page 1 / " in text
