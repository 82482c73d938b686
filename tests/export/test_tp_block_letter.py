"""The letter requesting the TP block: read back with python-docx, valid for Word, and
rendered by LibreOffice."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from openxml_audit import FileFormat, OpenXmlValidator
from pypdf import PdfReader

from dossier_app.core.clock import FixedClock
from dossier_app.core.errors import DossierError
from dossier_app.core.model import JuryResult, Outcome
from dossier_app.export.pdf import docx_to_pdf, find_libreoffice
from dossier_app.export.tp_block_letter import letter_possible, write_tp_block_letter

JAN_20 = FixedClock(dt.datetime(2027, 1, 20, 9, 0))


@pytest.fixture
def letter(example, referential, tmp_path):
    example.results = [JuryResult(example.ccpt, dt.date(2027, 1, 15), Outcome.VALIDATED)]
    target = tmp_path / "lettre.docx"
    write_tp_block_letter(example, referential, target, JAN_20)
    return target


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_the_letter_is_filled_from_the_dossier(letter) -> None:
    text = _plain("\n".join(p.text for p in docx.Document(str(letter)).paragraphs))
    assert text.startswith("Nadia Martin\n12 rue des Tanneurs\n44000 Nantes\n")
    assert "DREETS de ……" in text and "Le 20 janvier 2027" in text
    assert "« Suivi de dossier social d’entreprise »" in text  # the CCPT
    assert "« Assurer la tenue et le suivi du dossier social de l’entreprise »" in text  # the block
    assert "titre professionnel Gestionnaire de paie (TP-01254)" in text
    assert "niveau 5 (anciennement niveau III)" in text
    assert "jury du 15 janvier 2027" in text and "arrêté du 12 juin 2025" in text
    assert "copie de mon certificat" in text and "pièce d’identité" in text
    assert text.rstrip().endswith("Signature")


def test_the_letter_is_valid_for_word(letter) -> None:
    result = OpenXmlValidator(file_format=FileFormat.MICROSOFT_365).validate(str(letter))
    assert result.is_valid, [str(error) for error in result.errors]


def test_only_a_validated_ccpt_gives_a_letter(example, referential, tmp_path) -> None:
    for results in ([], [JuryResult(example.ccpt, outcome=Outcome.NOT_VALIDATED)],
                    [JuryResult("mediation-sociale", outcome=Outcome.VALIDATED)]):
        example.results = results
        assert not letter_possible(example)
        with pytest.raises(DossierError):
            write_tp_block_letter(example, referential, tmp_path / "x.docx", JAN_20)
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.needs("libreoffice")
def test_the_letter_renders_with_libreoffice(letter, tmp_path) -> None:
    docx_to_pdf(letter, tmp_path / "lettre.pdf", find_libreoffice())
    pages = PdfReader(str(tmp_path / "lettre.pdf")).pages
    text = _plain("".join(page.extract_text() for page in pages))
    assert len(pages) == 1
    assert "arrêté du 12 juin 2025" in text and "Gestionnaire de paie" in text
