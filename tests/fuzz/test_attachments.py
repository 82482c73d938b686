"""Hostile documents joined to annexes: random and mutated bytes under every name, crafted
PDFs that loop or nest, and hostile annex data in an interchange JSON through the real
command line.

``read_attachment`` and ``check_attachment`` give a document that checks again, or one
French sentence (a ``DossierError``), never another exception, within ``TIME_LIMIT``;
``dossier-app import`` refuses a JSON whose annex data is hostile by the contract (exit 2,
one sentence naming the file, in time and bounded memory, the input unchanged).
"""

from __future__ import annotations

import base64
import copy
import io
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.errors import DossierError
from dossier_app.core.limits import MAX_ANNEX_FILE_BYTES
from dossier_app.core.model import AnnexFile
from dossier_app.core.resources import example_dossier_path
from dossier_app.readers.attachment import MEDIA_TYPES, check_attachment, read_attachment
from tests.fuzz.contract import TIME_LIMIT, assert_dossier_error, assert_refused, fingerprint, run_bounded
from tests.storage.test_annex_files import huge_png_header, image_bytes, pdf_bytes

SEEDS = {"pdf": pdf_bytes(2), "png": image_bytes("PNG", (60, 40)),
         "jpeg": image_bytes("JPEG", (60, 40))}
NAMES = ["piece.pdf", "piece.png", "piece.jpg", "piece.jpeg", "piece.txt", "piece", "piece.PDF"]
"""Names a candidate might pick (never .docx here: LibreOffice is tried in test_annex_files)."""


def _pdf(*objects: str, trailer: str = "<</Root 1 0 R>>", xref: bool = True) -> bytes:
    """A PDF written by hand from ``objects`` (numbered from 1), with a correct xref table
    when ``xref``: the shapes a hostile file gives pypdf's reader."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    start = out.tell()
    if xref:
        out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
        for offset in offsets:
            out.write(f"{offset:010d} 00000 n \n".encode())
    size = f"/Size {len(objects) + 1}"
    out.write(f"trailer\n{trailer[:-2]}{size}>>\nstartxref\n{start}\n%%EOF\n".encode("latin-1"))
    return out.getvalue()


CRAFTED = {
    "a page tree that holds itself": _pdf("<</Type/Catalog/Pages 2 0 R>>",
                                          "<</Type/Pages/Kids[2 0 R]/Count 1>>"),
    "two page trees holding each other": _pdf("<</Type/Catalog/Pages 2 0 R>>",
                                              "<</Type/Pages/Kids[3 0 R]/Count 2>>",
                                              "<</Type/Pages/Kids[2 0 R]/Count 1>>"),
    "a page count of a billion": _pdf("<</Type/Catalog/Pages 2 0 R>>",
                                      "<</Type/Pages/Kids[]/Count 999999999>>"),
    "an xref whose previous is itself": _pdf("<</Type/Catalog/Pages 2 0 R>>",
                                             "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                                             "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
                                             trailer="<</Root 1 0 R/Prev 9>>"),
    "arrays nested 100 000 deep": _pdf("<</Type/Catalog/Pages 2 0 R>>",
                                       "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                                       "<</Type/Page/Parent 2 0 R/MediaBox" + "[" * 100_000
                                       + "]" * 100_000 + ">>"),
    "no xref and no catalogue": _pdf("<</Type/Pages/Kids[]/Count 0>>", trailer="<<>>", xref=False),
    "a root that is itself": _pdf("1 0 R"),
    "a media box of text": _pdf("<</Type/Catalog/Pages 2 0 R>>",
                                "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                                "<</Type/Page/Parent 2 0 R/MediaBox(a4)>>"),
    "a stream of a wrong length": _pdf("<</Type/Catalog/Pages 2 0 R>>",
                                       "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                                       "<</Type/Page/Parent 2 0 R/MediaBox[0 0 9 9]/Contents 4 0 R>>",
                                       "<</Length 999999999/Filter/FlateDecode>>\nstream\nxx\n"
                                       "endstream"),
    "a header alone": b"%PDF-1.7\n",
    "a PNG header of 200 megapixels": huge_png_header(),
    "a PNG of 0 pixels": huge_png_header(0, 0),
    "a JPEG marker alone": b"\xff\xd8\xff",
}


def _read_or_one_sentence(path: Path) -> AnnexFile | None:
    start = time.monotonic()
    try:
        attached = read_attachment(path)
    except Exception as error:  # anything but a DossierError of one sentence fails here
        assert_dossier_error(error)
        attached = None
    else:
        check_attachment(attached, "annexes[1].file")  # what was accepted checks again
    assert time.monotonic() - start < TIME_LIMIT, path.name
    return attached


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_a_crafted_document_is_read_or_refused_in_one_sentence_in_time(tmp_path, name) -> None:
    for file_name in ("piece.pdf", "piece.png"):
        path = tmp_path / file_name
        path.write_bytes(CRAFTED[name])
        before = fingerprint(path)
        _read_or_one_sentence(path)
        assert fingerprint(path) == before


def _mutated(data: bytes, draw) -> bytes:
    """``data`` with a few bytes changed, cut short or with bytes inserted."""
    changed = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "cut", "insert"]))
        where = draw(st.integers(0, max(len(changed) - 1, 0)))
        if kind == "flip" and changed:
            changed[where] = draw(st.integers(0, 255))
        elif kind == "cut":
            del changed[where:]
        else:
            changed[where:where] = draw(st.binary(min_size=1, max_size=40))
    return bytes(changed)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_and_mutated_bytes_under_any_name_give_a_document_or_one_sentence(tmp_path,
                                                                                  data) -> None:
    seed = data.draw(st.sampled_from([*SEEDS, "random"]))
    content = (data.draw(st.binary(max_size=2000)) if seed == "random"
               else _mutated(SEEDS[seed], data.draw))
    path = tmp_path / data.draw(st.sampled_from(NAMES))
    path.write_bytes(content)
    attached = _read_or_one_sentence(path)
    if attached is not None:
        assert attached.data == content and attached.media_type in MEDIA_TYPES


@settings(max_examples=150, deadline=None)
@given(name=st.text(max_size=300) | st.sampled_from(NAMES),
       media_type=st.text(max_size=40) | st.sampled_from(MEDIA_TYPES),
       content=st.binary(max_size=300) | st.sampled_from(list(SEEDS.values())))
def test_bytes_in_memory_check_or_give_one_sentence(name, media_type, content) -> None:
    try:
        check_attachment(AnnexFile(name, media_type, content), "annexes[1].file")
    except Exception as error:
        assert_dossier_error(error)
        assert isinstance(error, DossierError)


# --- hostile annex data in an interchange JSON, through the command line -------------------

EXAMPLE: dict = json.loads(example_dossier_path().read_text(encoding="utf-8"))


def _with_file(name: str, media_type: str, data: str) -> str:
    document = copy.deepcopy(EXAMPLE)
    document["annexes"][0]["file"] = {"name": name, "media_type": media_type, "data": data}
    return json.dumps(document)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


HOSTILE_JSON = {
    "pdf-renamed-png": (_with_file("a.png", "image/png", _b64(pdf_bytes(1))), "annexes[1].file"),
    "png-of-200-megapixels": (_with_file("a.png", "image/png", _b64(huge_png_header())),
                              "trop grande"),
    "encrypted-pdf": (_with_file("a.pdf", "application/pdf", _b64(pdf_bytes(1, password="x"))),
                      "mot de passe"),
    "document-over-the-limit": (_with_file("a.pdf", "application/pdf",
                                           _b64(b"%PDF-" + b"0" * MAX_ANNEX_FILE_BYTES)),
                                "une fois décodé"),
    "base64-of-40-mb": (_with_file("a.pdf", "application/pdf", "QUJD" * 10_000_000),
                        "une fois décodé"),
    "not-base64": (_with_file("a.pdf", "application/pdf", "%PDF-1.7 en clair"), "base64"),
    "page-tree-loop": (_with_file("a.pdf", "application/pdf",
                                  _b64(CRAFTED["a page tree that holds itself"])), "annexes[1].file"),
    "text-renamed-pdf": (_with_file("a.pdf", "application/pdf", _b64(b"Une note.\n")),
                         "ni un PDF"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSON))
def test_hostile_annex_data_is_refused_by_the_command_line(tmp_path, name) -> None:
    text, words = HOSTILE_JSON[name]
    source = tmp_path / f"{name}.json"
    source.write_text(text, encoding="utf-8")
    before = fingerprint(source)
    target = tmp_path / f"{name}.ccpt"
    outcome = run_bounded("import", source, "-o", target)
    assert_refused(outcome, before, mentions=words)
    assert f"{name}.json »" in outcome.err, outcome.err
    assert not target.exists()
