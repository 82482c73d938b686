"""Annexes that hold documents, in the exports: the list says what each supports and what
became of its document, an image has a page of its own in the docx (and so in the PDF),
a PDF annex's pages follow the dossier's in the PDF export, as they are."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from openxml_audit import FileFormat, OpenXmlValidator
from PIL import Image, ImageDraw
from pypdf import PdfReader

from dossier_app.core.errors import FileProblem
from dossier_app.core.model import Annex, AnnexFile, AnnexKind
from dossier_app.core.typography import french_spacing
from dossier_app.export import pdf
from dossier_app.export.service import export_document
from dossier_app.export.word import Options, build, fitted, supported

EMU_PER_CM = 360000


def picture(width: int, height: int, kind: str = "PNG") -> bytes:
    image = Image.new("RGB", (width, height), "lightyellow")
    ImageDraw.Draw(image).line([0, 0, width, height], fill="black", width=5)
    out = io.BytesIO()
    image.save(out, kind)
    return out.getvalue()


def document(pages: int, size: tuple[int, int] = (595, 842)) -> bytes:
    """A PDF of ``pages`` pages of ``size`` points (Pillow writes them at 72 dpi)."""
    images = [Image.new("RGB", size, "white") for _ in range(pages)]
    for number, image in enumerate(images, start=1):
        ImageDraw.Draw(image).text((40, 40), f"page {number}", fill="black")
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:])
    return out.getvalue()


@pytest.fixture
def with_annexes(example):
    """The example with three annexes: a wide PNG, a 3-page PDF, a tall JPEG."""
    example.annexes = [
        Annex("Affiche de la réunion", AnnexKind.DOCUMENT, "L’affiche posée dans les ateliers.",
              [1], AnnexFile("affiche.png", "image/png", picture(1600, 900))),
        Annex("Compte rendu du CSE", AnnexKind.ATTESTATION, "Séance du 4 avril.", [2, 1],
              AnnexFile("pv.pdf", "application/pdf", document(3, (612, 792)))),
        Annex("Tableau de suivi", AnnexKind.DOCUMENT, "Le tableau mural de l’équipe.", [2, 3],
              AnnexFile("tableau.jpg", "image/jpeg", picture(1200, 2400, "JPEG"))),
    ]
    return example


def _list_rows(built_document) -> list[list[str]]:
    table = next(t for t in built_document.tables if t.rows[0].cells[0].text == "Annexe")
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_list_gives_kind_productions_and_what_became_of_each_document(
        with_annexes, referential) -> None:
    rows = _list_rows(build(with_annexes, referential, Options()).document)
    assert rows[0] == ["Annexe", "Intitulé", "Nature", "Description", "Productions"]
    assert [row[4] for row in rows[1:]] == ["Production 1", "Productions 1 et 2", "Productions 2 et 3"]
    assert rows[1][3].endswith("Image reproduite à la fin du dossier")
    assert rows[2][3] == "Séance du 4 avril.\nDocument joint au dossier PDF (3 pages)"
    assert rows[2][2] == AnnexKind.ATTESTATION.label


def test_productions_are_said_as_read_on_paper() -> None:
    assert supported([], 3) == "—"
    assert supported([3, 1, 2, 2], 3) == "Productions 1, 2 et 3"
    assert supported([2, 7], 3) == "Production 2"  # a production the dossier no longer has


def test_each_image_has_its_own_page_heading_picture_and_description(
        with_annexes, referential, tmp_path) -> None:
    target = tmp_path / "dossier.docx"
    export_document(with_annexes, referential, target, "docx")
    with zipfile.ZipFile(target) as package:
        media = [name for name in package.namelist() if name.startswith("word/media/")]
    assert sorted(name.rsplit(".", 1)[1] for name in media) == ["jpg", "png"]
    word = docx.Document(str(target))
    paragraphs = word.paragraphs
    section = word.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    text_height = section.page_height - section.top_margin - section.bottom_margin
    for number, annex in ((1, with_annexes.annexes[0]), (3, with_annexes.annexes[2])):
        index = next(i for i, p in enumerate(paragraphs)
                     if p.text == french_spacing(f"Annexe {number} : {annex.title}"))
        heading, shown, description = paragraphs[index:index + 3]
        assert heading.paragraph_format.page_break_before is True
        extent = shown._p.find(".//" + qn("wp:extent"))
        width, height = int(extent.get("cx")), int(extent.get("cy"))
        assert width <= text_width and height <= text_height - 2 * EMU_PER_CM
        source = Image.open(io.BytesIO(annex.file.data))
        assert width / height == pytest.approx(source.width / source.height, rel=0.01)
        assert max(width / text_width, height / (text_height - 4 * EMU_PER_CM)) > 0.9  # fills the room
        assert description.text == french_spacing(annex.description)
    assert not any(p.text.startswith("Annexe 2") for p in paragraphs)  # a PDF: no page here


def test_the_docx_with_pictures_is_valid_for_word(with_annexes, referential, tmp_path) -> None:
    target = tmp_path / "dossier.docx"
    export_document(with_annexes, referential, target, "docx")
    result = OpenXmlValidator(file_format=FileFormat.MICROSOFT_365).validate(str(target))
    assert result.is_valid, [str(error) for error in result.errors]


def test_a_small_picture_is_not_blown_up_and_a_large_one_fits() -> None:
    from docx.image.image import Image as DocxImage

    small = DocxImage.from_blob(picture(144, 72))
    assert fitted(small, 16 * EMU_PER_CM, 20 * EMU_PER_CM) == (2 * 914400, 914400)  # 2 × 1 inch
    large = DocxImage.from_blob(picture(4000, 1000))
    assert fitted(large, 16 * EMU_PER_CM, 20 * EMU_PER_CM) == (16 * EMU_PER_CM, 4 * EMU_PER_CM)


def test_an_unreadable_picture_is_one_sentence(with_annexes, referential) -> None:
    with_annexes.annexes[0].file = AnnexFile("affiche.png", "image/png", b"not a picture")
    with pytest.raises(FileProblem, match="annexe 1"):
        build(with_annexes, referential, Options())


def _pdf_export(dossier, referential, tmp_path) -> tuple[PdfReader, int]:
    """The PDF export, and the number of pages the dossier alone makes."""
    target = tmp_path / "dossier.pdf"
    result = export_document(dossier, referential, target, "pdf")
    assert result.toc_page_numbers
    alone = tmp_path / "alone.pdf"
    for annex in dossier.annexes:
        if annex.file is not None and annex.file.media_type == "application/pdf":
            annex.file = None
    export_document(dossier, referential, alone, "pdf")
    return PdfReader(str(target)), len(PdfReader(str(alone)).pages)


def _check_appended(reader: PdfReader, alone: int) -> None:
    assert len(reader.pages) == alone + 3
    appended = reader.pages[alone:]
    assert [(float(p.mediabox.width), float(p.mediabox.height)) for p in appended] == [(612, 792)] * 3
    assert [len(p.images) for p in appended] == [1, 1, 1]  # each page as Pillow drew it
    marks = {item.title: reader.get_destination_page_number(item) for item in reader.outline
             if not isinstance(item, list)}
    assert marks[french_spacing("Annexe 2 : Compte rendu du CSE")] == alone


@pytest.mark.needs("libreoffice")
def test_pdf_annexes_follow_the_dossier_with_libreoffice(with_annexes, referential, tmp_path) -> None:
    reader, alone = _pdf_export(with_annexes, referential, tmp_path)
    _check_appended(reader, alone)
    assert "Annexes" in {item.title for item in reader.outline if not isinstance(item, list)}


def test_pdf_annexes_follow_the_dossier_without_libreoffice(
        with_annexes, referential, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(pdf.CHOSEN_LIBREOFFICE, "")
    reader, alone = _pdf_export(with_annexes, referential, tmp_path)
    _check_appended(reader, alone)


def test_an_unreadable_pdf_annex_is_one_sentence_and_nothing_is_written(
        with_annexes, referential, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(pdf.CHOSEN_LIBREOFFICE, "")
    with_annexes.annexes[1].file = AnnexFile("pv.pdf", "application/pdf", b"%PDF-1.4 broken")
    target = tmp_path / "dossier.pdf"
    with pytest.raises(FileProblem, match="Annexe 2"):
        export_document(with_annexes, referential, target, "pdf")
    assert not target.exists()


def test_without_libreoffice_the_pictures_are_drawn_on_their_pages(
        with_annexes, referential, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(pdf.CHOSEN_LIBREOFFICE, "")
    with_annexes.annexes[1].file = None  # the images alone
    target = tmp_path / "dossier.pdf"
    export_document(with_annexes, referential, target, "pdf")
    reader = PdfReader(str(target))
    pictured = [number for number, page in enumerate(reader.pages) if page.images]
    assert len(pictured) == 2 and pictured[-1] == len(reader.pages) - 1
    for number in pictured:
        assert "Annexe" in reader.pages[number].extract_text()
