"""Hostile Word drafts through the real command line (``dossier-app import X.docx``, in a
child with a memory cap): a zip bomb, a huge part, XML entities and an external
reference, an encrypted document, an encrypted zip, a renamed text file, a corrupt
archive: each refused by the contract (exit 2, one French sentence, within 10 s, the
input unchanged, no output left). A .docm's macros and an embedded object are never run,
a draft with no headings and a 500-page draft are imported, in bounded time and memory.
Random damage to a real draft gives a mapping or one sentence, never another exception.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.app.draft_import import read_draft
from dossier_app.core.errors import DossierError
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path
from tests.fuzz.contract import TIME_LIMIT, assert_dossier_error, assert_refused, fingerprint, run_bounded
from tests.readers.test_word_draft import styled_draft

MEMORY_BOUND_KIB = 768 * 1024
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def replaced(source: Path, target: Path, parts: dict[str, bytes | Callable[[zipfile.ZipFile], None]]) -> Path:
    """``source`` with some parts replaced or added (a part given as a writer writes itself)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename not in parts:
                new.writestr(item, old.read(item))
        for name, data in parts.items():
            if callable(data):
                data(new)
            else:
                new.writestr(name, data)
    return target


def body(xml: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
            f'{xml}</w:body></w:document>').encode()


def bomb(archive: zipfile.ZipFile) -> None:
    """document.xml inflating to 300 MB of blanks from some 300 kB."""
    with archive.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(body("")[:-len("</w:body></w:document>")])
        block = b" " * (1 << 20)
        for _ in range(300):
            part.write(block)
        part.write(b"</w:body></w:document>")


def huge(archive: zipfile.ZipFile) -> None:
    """document.xml of 60 MB that compresses only 2 times (hex digits)."""
    rng = random.Random(7)
    with archive.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(body("")[:-len("</w:body></w:document>")])
        for _ in range(60):
            part.write(b"<w:p><w:r><w:t>" + rng.randbytes(1 << 19).hex().encode() + b"</w:t></w:r></w:p>")
        part.write(b"</w:body></w:document>")


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
          f'<w:document {W}><w:body><w:p><w:r><w:t>&d;&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>')
XXE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
       f'<w:document {W}><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>')


def encrypted_zip(path: Path) -> Path:
    """A zip whose entries claim encryption (flag bit 0)."""
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            data[found + offset] |= 1
            start = found + 4
    target = path.with_name("chiffre.docx")
    target.write_bytes(bytes(data))
    return target


REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "zip bomb": (lambda d: replaced(styled_draft(d / "s.docx"), d / "bombe.docx",
                                    {"word/document.xml": bomb}), "bombe"),
    "huge part": (lambda d: replaced(styled_draft(d / "s.docx"), d / "enorme.docx",
                                     {"word/document.xml": huge}), "au plus"),
    "entities": (lambda d: replaced(styled_draft(d / "s.docx"), d / "rires.docx",
                                    {"word/document.xml": LAUGHS.encode()}), "entités"),
    "external entity": (lambda d: replaced(styled_draft(d / "s.docx"), d / "xxe.docx",
                                           {"word/document.xml": XXE.encode()}), "entités"),
    "encrypted document": (lambda d: _write(d / "protege.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                            + bytes(4096)), "mot de passe"),
    "encrypted zip": (lambda d: encrypted_zip(styled_draft(d / "s.docx")), "mot de passe"),
    "renamed text": (lambda d: _write(d / "notes.docx", b"Mes notes\n" * 50), "pas un document Word"),
    "truncated": (lambda d: _write(d / "coupe.docx", styled_draft(d / "s.docx").read_bytes()[:2000]),
                  "abîmé"),
    "no document part": (lambda d: replaced(styled_draft(d / "s.docx"), d / "vide.docx",
                                            {"word/document.xml": b"<a/>"}), "pas un document Word"),
    "bad xml": (lambda d: replaced(styled_draft(d / "s.docx"), d / "xml.docx",
                                   {"word/styles.xml": b"<w:styles"}), "XML"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_hostile_drafts_are_refused_by_the_contract(tmp_path, case) -> None:
    make, mentions = REFUSED[case]
    source = make(tmp_path)
    before = fingerprint(source)
    target = tmp_path / "out.ccpt"
    outcome = run_bounded("import", source, "-o", target)
    assert_refused(outcome, before, mentions)
    assert source.name in outcome.err
    assert not target.exists()
    assert outcome.peak_rss_kib < MEMORY_BOUND_KIB, outcome.peak_rss_kib


def with_macros_and_an_object(path: Path) -> Path:
    source = styled_draft(path.with_name("s.docx"))
    with zipfile.ZipFile(source) as archive:
        document = archive.read("word/document.xml")
    document = document.replace(b"</w:body>", b'<w:p><w:r><w:object><w:t>objet</w:t></w:object></w:r></w:p>'
                                b"</w:body>")
    return replaced(source, path, {"word/vbaProject.bin": b"\x00macro" * 100,
                                   "word/document.xml": document,
                                   "word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0" + bytes(200)})


def long_draft(path: Path, pages: int = 500) -> Path:
    """``pages`` pages of some 500 words, a heading every ten, written straight as XML."""
    sentence = "le délégué a relu chaque compte rendu pour vérifier les heures des salariés " * 6
    heading = '<w:p><w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'
    text = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{page}</w:t></w:r>'
            '<w:r><w:t xml:space="preserve"> {sentence}</w:t></w:r></w:p>')
    parts = []
    for page in range(pages):
        if page % 10 == 0:
            parts.append(heading.format(level=1, text=f"Production {page // 10 + 1} : Les heures"))
            parts.append(heading.format(level=2, text="Situation"))
        parts += [text.format(page=page, sentence=sentence)] * 7
    return replaced(styled_draft(path.with_name("s.docx")), path,
                    {"word/document.xml": body("".join(parts))})


def without_headings(path: Path) -> Path:
    document = docx.Document()
    for number in range(40):
        document.add_paragraph(f"Un paragraphe sans titre, le numéro {number}.")
    document.save(str(path))
    return path


ACCEPTED: dict[str, Callable[[Path], Path]] = {
    "docm with macros and an object": lambda d: with_macros_and_an_object(d / "macros.docm"),
    "500 pages": lambda d: long_draft(d / "long.docx"),
    "no headings": lambda d: without_headings(d / "sans-titres.docx"),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_drafts_imported_in_bounded_time_and_memory(tmp_path, case) -> None:
    source = ACCEPTED[case](tmp_path)
    before = fingerprint(source)
    target = tmp_path / "out.ccpt"
    outcome = run_bounded("import", source, "-o", target)
    assert outcome.code == 0, outcome.err[-2000:]
    assert "Traceback" not in outcome.err
    assert outcome.seconds < TIME_LIMIT * 2, outcome.seconds
    assert outcome.peak_rss_kib < MEMORY_BOUND_KIB, outcome.peak_rss_kib
    assert fingerprint(source) == before and target.is_file()
    if case.startswith("docm"):
        assert "macros (jamais exécutées)" in outcome.out and "objets incorporés" in outcome.out
    if case == "no headings":
        assert "À trier" in outcome.out
    if case == "500 pages":
        assert "Production 50 : Les heures" in outcome.out


REFERENTIAL = load_referential(bundled_referential_path())
SEED_DRAFT: dict[str, bytes] = {}


def seed(folder: Path) -> bytes:
    if not SEED_DRAFT:
        SEED_DRAFT["docx"] = styled_draft(folder / "seed.docx").read_bytes()
        with zipfile.ZipFile(io.BytesIO(SEED_DRAFT["docx"])) as archive:
            SEED_DRAFT["xml"] = archive.read("word/document.xml")
    return SEED_DRAFT["docx"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)),
                min_size=1, max_size=20), st.booleans())
def test_damaged_drafts_give_a_mapping_or_one_sentence(tmp_path, flips, in_xml) -> None:
    """Bytes changed in the zip itself, or in document.xml before it is zipped again."""
    data = seed(tmp_path)
    if in_xml:
        xml = bytearray(SEED_DRAFT["xml"])
        for position, value in flips:
            xml[position % len(xml)] = value
        path = replaced(tmp_path / "seed.docx", tmp_path / "damaged.docx", {"word/document.xml": bytes(xml)})
    else:
        damaged = bytearray(data)
        for position, value in flips:
            damaged[position % len(damaged)] = value
        path = tmp_path / "damaged.docx"
        path.write_bytes(bytes(damaged))
    try:
        read_draft(path, referential=REFERENTIAL)
    except DossierError as error:
        assert_dossier_error(error)
