"""Documents joined to annexes, with real files: what ``read_attachment`` accepts and
refuses, and how a .ccpt keeps them."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from dossier_app.core.errors import FileProblem, InvalidData
from dossier_app.core.limits import MAX_ANNEX_FILE_BYTES, MAX_ANNEXES_BYTES, check_total
from dossier_app.core.model import Annex, AnnexFile
from dossier_app.readers.attachment import (
    check_attachment,
    image_size,
    pdf_page_count,
    read_attachment,
)


def pdf_bytes(pages: int = 1, *, password: str = "") -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def image_bytes(kind: str = "PNG", size: tuple[int, int] = (40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 60)).save(buffer, format=kind)
    return buffer.getvalue()


def huge_png_header(width: int = 20_000, height: int = 10_000) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` pixels (200 megapixels)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b""))


def _file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data", "media_type"), [
    ("attestation.pdf", pdf_bytes(2), "application/pdf"),
    ("affiche.png", image_bytes("PNG"), "image/png"),
    ("photo.JPG", image_bytes("JPEG"), "image/jpeg"),
    ("compte rendu M. Dupont", pdf_bytes(1), "application/pdf"),
])
def test_a_real_document_is_read_with_its_type_from_the_content(
        tmp_path: Path, name: str, data: bytes, media_type: str) -> None:
    attached = read_attachment(_file(tmp_path, name, data))
    assert attached == AnnexFile(name, media_type, data)
    check_attachment(attached, "annexes[1].file")


def test_page_count_and_image_size() -> None:
    assert pdf_page_count(pdf_bytes(3)) == 3
    assert image_size(image_bytes("JPEG", (64, 48))) == (64, 48)
    for data in (b"not an image", huge_png_header()):
        with pytest.raises(ValueError):
            image_size(data)
    with pytest.raises(ValueError):
        pdf_page_count(b"%PDF-1.7 nothing")


@pytest.mark.parametrize(("name", "data", "words"), [
    ("affiche.png", pdf_bytes(1), "mais c’est un PDF"),
    ("attestation.pdf", image_bytes("PNG"), "mais c’est une image PNG"),
    ("note.pdf", b"Une note en texte brut.\n", "ni un PDF, ni une image"),
    ("note.txt", b"Une note en texte brut.\n", "ni un PDF, ni une image"),
    ("grande.png", huge_png_header(), "trop grande (au plus 50 millions de pixels)"),
    ("moins.png", huge_png_header(10_000, 6_000), "trop grande (10000 × 6000 pixels"),
    ("protege.pdf", pdf_bytes(1, password="secret"), "protégé par un mot de passe"),
    ("coupee.png", image_bytes("PNG", (400, 300))[:-200], "illisible ou incomplète"),
    ("coupe.pdf", pdf_bytes(2)[:40], "illisible ou abîmé"),
    ("long.pdf", pdf_bytes(101), "a 101 pages, au plus 100"),
    ("faux.docx", b"plain text", "n’est pas un document « .docx » lisible"),
])
def test_a_document_that_is_not_what_it_claims_is_refused_in_one_sentence(
        tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = _file(tmp_path, name, data)
    with pytest.raises(FileProblem) as caught:
        read_attachment(path)
    message = caught.value.message
    assert message.startswith(f"Le document « {path} » ne peut pas être joint : ")
    assert words in message and message.endswith(".") and "\n" not in message
    assert path.read_bytes() == data


def test_a_document_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = _file(tmp_path, "lourd.pdf", pdf_bytes(1) + b"\0" * MAX_ANNEX_FILE_BYTES)
    with pytest.raises(FileProblem, match="est trop gros"):
        read_attachment(path)


def test_the_annexes_together_have_a_limit() -> None:
    weight = MAX_ANNEX_FILE_BYTES - 1
    annexes = [Annex(f"A{i}", file=AnnexFile(f"a{i}.pdf", "application/pdf", b"x" * weight))
               for i in range(3)]
    check_total(annexes)
    annexes.append(Annex("Une de trop", file=AnnexFile("b.pdf", "application/pdf", b"x" * 10)))
    assert 3 * weight + 10 > MAX_ANNEXES_BYTES
    with pytest.raises(FileProblem, match="pèsent 25,2 Mo ensemble, au plus 25,2 Mo"):
        check_total(annexes)


@pytest.mark.parametrize(("file", "words"), [
    (AnnexFile("a.pdf", "image/png", pdf_bytes(1)), "il se dit une image PNG mais c’est un PDF"),
    (AnnexFile("a.pdf", "text/html", b"<p>"), "un type inconnu (« text/html »)"),
    (AnnexFile("../a.pdf", "application/pdf", pdf_bytes(1)), "son nom n’est pas"),
    (AnnexFile("", "application/pdf", pdf_bytes(1)), "son nom n’est pas"),
    (AnnexFile("a.png", "image/png", image_bytes()[:30]), "illisible ou incomplète"),
])
def test_bytes_in_memory_are_checked_the_same_way(file: AnnexFile, words: str) -> None:
    with pytest.raises(InvalidData) as caught:
        check_attachment(file, "annexes[2].file")
    assert caught.value.field == "annexes[2].file"
    assert words in caught.value.message


@pytest.mark.needs("libreoffice")
def test_a_word_document_is_joined_as_its_pdf(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Attestation de participation au CSE.")
    source = tmp_path / "attestation.docx"
    document.save(str(source))
    attached = read_attachment(source)
    assert (attached.name, attached.media_type) == ("attestation.pdf", "application/pdf")
    assert pdf_page_count(attached.data) == 1


def test_a_word_document_without_libreoffice_is_refused_saying_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from docx import Document

    monkeypatch.setenv("DOSSIER_CCPT_SOFFICE", "")  # the app's own switch: no LibreOffice
    source = tmp_path / "attestation.docx"
    Document().save(str(source))
    with pytest.raises(FileProblem, match="enregistrez-le en PDF depuis votre traitement de texte"):
        read_attachment(source)
