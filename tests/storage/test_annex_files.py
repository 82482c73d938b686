"""Documents joined to annexes, with real files: what ``read_attachment`` accepts and
refuses, and how a .ccpt keeps them."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from dossier_app.core.errors import DossierError, FileProblem, InvalidData
from dossier_app.core.limits import MAX_ANNEX_FILE_BYTES, MAX_ANNEXES_BYTES, check_total
from dossier_app.core.model import Annex, AnnexFile, AnnexKind, ChapterKind, Dossier, WritingDay
from dossier_app.readers.attachment import (
    check_attachment,
    image_size,
    pdf_page_count,
    read_attachment,
)
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity

from ..fuzz.contract import assert_dossier_error, fingerprint


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


# --- in the .ccpt -------------------------------------------------------------------------


def _with_documents(example: Dossier) -> Dossier:
    """The example with two documents attached (one of them twice), the productions each
    annex supports, targets and a writing log."""
    pdf, png = pdf_bytes(2), image_bytes("PNG")
    example.annexes[0].file = AnnexFile("attestation.pdf", "application/pdf", pdf)
    example.annexes[0].productions = [1, 2]
    example.annexes.append(Annex("Affiche", AnnexKind.DOCUMENT, "L’affiche du CSE.", [2],
                                 AnnexFile("affiche.png", "image/png", png)))
    example.annexes.append(Annex("La même attestation", AnnexKind.ATTESTATION, "",
                                 [], AnnexFile("copie.pdf", "application/pdf", pdf)))
    example.chapter_targets = {ChapterKind.SITUATION: 600, ChapterKind.ANALYSIS: 1200}
    example.writing_log = [WritingDay(dt.date(2026, 11, 2), 250, 4000),
                           WritingDay(dt.date(2026, 11, 4), 0, 4000)]
    example.share_writing_log = False
    return example


def _blobs(path: Path) -> list[tuple[int, str]]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT rowid, hash FROM annex_files ORDER BY rowid").fetchall()


def test_documents_log_and_targets_are_saved_and_read_back_equal(
        tmp_path: Path, example: Dossier, identity: LockIdentity) -> None:
    dossier = _with_documents(example)
    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, dossier, identity).close()
    with DossierFile.open(path, read_only=True) as file:
        again = file.load()
    assert again == dossier
    assert again.annexes[-2].file is not None and again.annexes[-2].file.data == image_bytes("PNG")
    assert len(_blobs(path)) == 2  # the same bytes attached twice are stored once


def test_a_document_is_written_once_and_deleted_with_its_last_annex(
        tmp_path: Path, example: Dossier, identity: LockIdentity) -> None:
    dossier = _with_documents(example)
    path = tmp_path / "nadia.ccpt"
    with DossierFile.create(path, dossier, identity) as file:
        stored = _blobs(path)
        dossier.annexes[0].title = "Attestation renommée"
        dossier.annexes.reverse()
        file.save(dossier)
        assert _blobs(path) == stored  # same rows: rewritten annexes, documents untouched
        del dossier.annexes[0]  # one of the two that hold the PDF
        file.save(dossier)
        assert _blobs(path) == stored
        dossier.annexes = [a for a in dossier.annexes if a.file is None or a.file.name != "attestation.pdf"]
        file.save(dossier)
        assert [digest for _, digest in _blobs(path)] == [
            hashlib.sha256(image_bytes("PNG")).hexdigest()]
        assert file.load() == dossier


def test_the_copy_for_the_advisor_leaves_the_dossiers_sent_before_behind(
        tmp_path: Path, example: Dossier, identity: LockIdentity) -> None:
    """Each copy sent keeps the dossier as sent, documents included, in the candidate's file:
    the next copy holds none of them, not even in free pages, and stays small for e-mail."""
    path = tmp_path / "nadia.ccpt"
    with DossierFile.create(path, _with_documents(example), identity) as file:
        for number in range(3):
            file.record_exchange(f"e{number}", tmp_path / "avant.ccpt", "envoyé " + "x" * 2_000_000)
        file.copy_to(tmp_path / "pour-claire.ccpt", exchange="e3")
    sent = (tmp_path / "pour-claire.ccpt").read_bytes()
    assert b"envoy\xc3\xa9 xxxx" not in sent
    assert len(sent) < path.stat().st_size - 5_000_000
    with DossierFile.open(tmp_path / "pour-claire.ccpt", read_only=True) as copy:
        assert copy.exchange_id() == "e3" and len(copy.load().annexes) == len(example.annexes)


def test_a_writing_day_is_recorded_alone_and_replaced_the_same_day(
        tmp_path: Path, example: Dossier, identity: LockIdentity) -> None:
    path = tmp_path / "nadia.ccpt"
    with DossierFile.create(path, example, identity) as file:
        file.save_writing_day(WritingDay(dt.date(2026, 11, 5), 120, 4120))
        file.save_writing_day(WritingDay(dt.date(2026, 11, 3), 80, 4000))
        file.save_writing_day(WritingDay(dt.date(2026, 11, 5), 300, 4300))
        assert file.load().writing_log == [WritingDay(dt.date(2026, 11, 3), 80, 4000),
                                           WritingDay(dt.date(2026, 11, 5), 300, 4300)]
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().annexes == example.annexes


@pytest.mark.parametrize("shared", [False, True])
def test_the_copy_for_the_advisor_holds_the_log_only_when_shared(
        tmp_path: Path, example: Dossier, identity: LockIdentity, shared: bool) -> None:
    dossier = _with_documents(example)
    dossier.share_writing_log = shared
    path = tmp_path / "nadia.ccpt"
    with DossierFile.create(path, dossier, identity) as file:
        file.copy_to(tmp_path / "pour-claire.ccpt", exchange="e1")
        file.copy_to(tmp_path / "sauvegarde.ccpt")
    with DossierFile.open(tmp_path / "pour-claire.ccpt", read_only=True) as copy:
        sent = copy.load()
    assert sent.writing_log == (dossier.writing_log if shared else [])
    assert sent.annexes == dossier.annexes and sent.chapter_targets == dossier.chapter_targets
    if not shared:  # deleted for good, not left in a free page
        assert b"2026-11-02" not in (tmp_path / "pour-claire.ccpt").read_bytes()
    with DossierFile.open(tmp_path / "sauvegarde.ccpt", read_only=True) as copy:
        assert copy.load().writing_log == dossier.writing_log  # the candidate's own copy


_PNG = "hash = (SELECT file_hash FROM annexes WHERE file_name = 'affiche.png')"


@pytest.mark.parametrize(("change", "words"), [
    ("UPDATE annex_files SET data = substr(data, 1, 60)", "l’annexe 1 contient le document "
                                                          "« attestation.pdf », qui n’est pas valable"),
    ("UPDATE annex_files SET data = CAST(x'89504e470d0a1a0a' || data AS BLOB)",
     "il se dit un PDF mais c’est une image PNG"),
    ("UPDATE annexes SET file_type = 'text/html' WHERE file_name = 'affiche.png'",
     "contient le document « affiche.png »"),
    ("UPDATE annexes SET file_name = '../../.bashrc' WHERE file_name = 'affiche.png'",
     "son nom n’est pas"),
    (f"UPDATE annex_files SET data = 'texte' WHERE {_PNG}", "endommagé"),
])
def test_a_tampered_document_gives_one_sentence_and_the_file_stays_intact(
        tmp_path: Path, example: Dossier, identity: LockIdentity, change: str, words: str) -> None:
    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, _with_documents(example), identity).close()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(change)
    before = fingerprint(path)
    for opening in (lambda: DossierFile.open(path, identity, backup_dir=tmp_path / "b"),
                    lambda: DossierFile.open(path, read_only=True)):
        with pytest.raises(DossierError) as caught, opening() as file:
            file.load()
        assert_dossier_error(caught.value)
        assert words in caught.value.message and "nadia.ccpt" in caught.value.message
    assert fingerprint(path) == before


def test_a_document_whose_bytes_do_not_match_their_hash_is_refused(
        tmp_path: Path, example: Dossier, identity: LockIdentity) -> None:
    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, _with_documents(example), identity).close()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute(f"UPDATE annex_files SET data = ? WHERE {_PNG}", (image_bytes("PNG", (41, 30)),))
    with pytest.raises(FileProblem, match="est endommagé"), DossierFile.open(path, read_only=True) as file:
        file.load()
