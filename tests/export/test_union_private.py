"""The union stays private (GDPR art. 9): with « show the union » off, its name is nowhere
the app lays out, in the Word dossier's XML, its PDF's text or the progress sheet."""

from __future__ import annotations

import dataclasses
import unicodedata
import zipfile
from pathlib import Path

import docx
import pypdf
import pytest

from dossier_app.core.model import Dossier
from dossier_app.export.progress_sheet import write_progress_sheet
from dossier_app.export.service import export_document
from dossier_app.export.word import Options, build, default_template

UNION = "Union Syndicale des Métiers"


def _folded(text: str) -> str:
    """Without accents, case, or the kind of space and apostrophe: as a reader compares."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return " ".join(bare.replace("’", "'").casefold().split())


def _xml_parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()
                if name.endswith((".xml", ".rels"))}


def _leaks(parts: dict[str, str]) -> list[str]:
    return [name for name, text in parts.items() if _folded(UNION) in _folded(text)]


@pytest.fixture
def unionised(example: Dossier) -> Dossier:
    """The example, its union named as the organisation of both mandates (once in capitals
    without accents, once within a longer name) and as the candidate's employer."""
    candidate = dataclasses.replace(example.candidate, union=UNION, show_union=False,
                                    employer="UNION SYNDICALE DES METIERS")
    first, second = example.mandates
    mandates = [dataclasses.replace(first, organisation="union syndicale des métiers"),
                dataclasses.replace(second, organisation=f"Section « {UNION} » de Nantes")]
    return dataclasses.replace(example, candidate=candidate, mandates=mandates)


@pytest.fixture
def template_naming_the_union(tmp_path: Path) -> Path:
    """An organisation's template whose properties name the union (its author's category)."""
    document = docx.Document(str(default_template()))
    document.core_properties.category = UNION
    document.core_properties.content_status = UNION
    document.core_properties.subject = UNION
    target = tmp_path / "modele.docx"
    document.save(str(target))
    return target


def test_no_part_of_the_word_dossier_names_a_private_union(
        unionised, referential, tmp_path, template_naming_the_union) -> None:
    target = tmp_path / "dossier.docx"
    export_document(unionised, referential, target, "docx", with_comments=True,
                    template=template_naming_the_union)
    assert _leaks(_xml_parts(target)) == []
    document = docx.Document(str(target))
    mandates = document.tables[1]
    assert [row.cells[1].text for row in mandates.rows] == [
        "Organisation", "organisation syndicale", "organisation syndicale"]
    employer = next(p.text for p in document.paragraphs if p.text.startswith("Employeur"))
    assert employer.endswith("organisation syndicale")


@pytest.mark.parametrize("soffice", [pytest.param("installed", marks=pytest.mark.needs("libreoffice")),
                                     "none"])
def test_no_page_of_the_pdf_names_a_private_union(
        unionised, referential, tmp_path, monkeypatch, soffice, qapp) -> None:
    if soffice == "none":
        monkeypatch.setenv("DOSSIER_CCPT_SOFFICE", "")  # Qt lays the PDF out
    target = tmp_path / "dossier.pdf"
    export_document(unionised, referential, target, "pdf")
    reader = pypdf.PdfReader(str(target))
    text = _folded(" ".join(page.extract_text() for page in reader.pages))
    assert "organisation syndicale" in text
    assert _folded(UNION) not in text
    assert _folded(UNION) not in _folded(str(reader.metadata or {}))


def test_the_progress_sheet_does_not_name_a_private_union(unionised, referential,
                                                          tmp_path) -> None:
    target = tmp_path / "fiche.docx"
    write_progress_sheet(unionised, referential, target)
    assert _leaks(_xml_parts(target)) == []


def test_a_union_shown_by_choice_is_on_the_cover_and_with_its_mandates(unionised,
                                                                       referential) -> None:
    shown = dataclasses.replace(
        unionised, candidate=dataclasses.replace(unionised.candidate, show_union=True))
    document = build(shown, referential, Options()).document
    texts = [p.text for p in document.paragraphs]
    cover = texts[:texts.index("Sommaire")]
    assert UNION in cover
    assert [row.cells[1].text for row in document.tables[1].rows][1:] == [
        "union syndicale des métiers", f"Section «\u202f{UNION}\u202f» de Nantes"]


def test_an_organisation_that_only_looks_like_the_union_is_kept(unionised, referential) -> None:
    """Whole words: « Réunion syndicale des métiers » is not the union."""
    first, second = unionised.mandates
    mandates = [dataclasses.replace(first, organisation="Logistique Atlantique"),
                dataclasses.replace(second, organisation="Réunion syndicale des métiers")]
    dossier = dataclasses.replace(unionised, mandates=mandates)
    document = build(dossier, referential, Options()).document
    assert [row.cells[1].text for row in document.tables[1].rows][1:] == [
        "Logistique Atlantique", "Réunion syndicale des métiers"]
