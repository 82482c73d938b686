"""Hostile Word templates through the real command line, and mutated ones in-process.

``dossier-app export IN.ccpt -o OUT.docx --template T.docx`` runs in a child with a
memory cap (``contract.run_bounded``): each template of the table is either refused by
the contract (exit 2, one French sentence, within 10 s, inputs unchanged) or exported
into a document with no external relationship and no macro. The children find a
LibreOffice that fails at once (the first ``soffice`` on PATH), so that the template, not
LibreOffice, is what they measure; one run uses the real LibreOffice for a PDF.
"""

from __future__ import annotations

import functools
import io
import os
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier_app.core.errors import DossierError
from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.model import Dossier
from dossier_app.core.resources import example_dossier_path
from dossier_app.export.word import Options, build, default_template
from tests.export.test_template_safety import ACCEPTED, REFUSED, assert_clean_docx, template_parts, zipped
from tests.fuzz.contract import (
    TIME_LIMIT,
    Outcome,
    assert_dossier_error,
    assert_refused,
    fingerprint,
    run_bounded,
)

PEAKS: dict[str, int] = {}
"""Each template's memory peak (KiB) in the child, for the summary at the end."""
MEMORY_BOUND_KIB = 512 * 1024
"""What a child may use at most here, whatever the template (a 1 GiB zip bomb included)."""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example dossier as IN.ccpt (made by the command line), a folder of templates,
    and a PATH whose first soffice fails at once."""
    folder = tmp_path_factory.mktemp("templates")
    dossier = folder / "IN.ccpt"
    made = run_bounded("import", example_dossier_path(), "-o", dossier)
    assert made.code == 0, made.err
    fake = folder / "bin"
    fake.mkdir()
    (fake / "soffice").write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    (fake / "soffice").chmod(0o755)
    return {"folder": folder, "dossier": dossier,
            "path": f"{fake}{os.pathsep}{os.environ.get('PATH', '')}"}


def _export(workspace: dict[str, Path], template: Path, name: str, *extra: str) -> Outcome:
    target = workspace["folder"] / f"{name}-sortie.docx"
    outcome = run_bounded("export", workspace["dossier"], "-o", target, "--template", template,
                          *extra, env={"PATH": str(workspace["path"])})
    PEAKS[name] = outcome.peak_rss_kib
    assert outcome.peak_rss_kib < MEMORY_BOUND_KIB, (name, outcome.peak_rss_kib)
    return outcome


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_hostile_template_is_refused_by_the_command_line(name, workspace) -> None:
    builder, words = REFUSED[name]
    template = workspace["folder"] / f"{name}.docx"
    template.write_bytes(builder())
    before = fingerprint(workspace["dossier"], template)
    outcome = _export(workspace, template, name)
    assert_refused(outcome, before, mentions=words)
    assert not (workspace["folder"] / f"{name}-sortie.docx").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
@pytest.mark.parametrize("kind", ["directory", "fifo", "absent"])
def test_a_template_that_is_not_a_file_is_refused(kind, workspace) -> None:
    template = workspace["folder"] / f"{kind}.docx"
    if kind == "directory":
        template.mkdir()
    elif kind == "fifo":
        os.mkfifo(template)
    before = fingerprint(workspace["dossier"])
    assert_refused(_export(workspace, template, kind), before, mentions=str(template))


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_an_accepted_template_gives_a_clean_document(name, workspace) -> None:
    template = workspace["folder"] / f"{name}.docx"
    template.write_bytes(ACCEPTED[name]())
    before = fingerprint(workspace["dossier"], template)
    outcome = _export(workspace, template, name)
    assert outcome.code == 0, outcome.err
    assert outcome.seconds < TIME_LIMIT, outcome.seconds
    assert_clean_docx(workspace["folder"] / f"{name}-sortie.docx")
    assert fingerprint(workspace["dossier"], template) == before


@pytest.mark.needs("libreoffice")
def test_a_hostile_template_through_the_real_libreoffice(workspace) -> None:
    template = workspace["folder"] / "pour-pdf.docx"
    template.write_bytes(ACCEPTED["external-attached-template"]())
    target = workspace["folder"] / "sortie.pdf"
    outcome = run_bounded("export", workspace["dossier"], "-o", target, "--template", template)
    PEAKS["external-attached-template (pdf)"] = outcome.peak_rss_kib
    assert outcome.code == 0, outcome.err
    assert outcome.seconds < TIME_LIMIT, outcome.seconds
    assert target.read_bytes().startswith(b"%PDF")


def test_the_memory_peaks(workspace) -> None:
    """The table's worst memory peak, printed (``pytest -s``) for the record."""
    if not PEAKS:
        pytest.skip("run with the table above")
    worst = max(PEAKS, key=PEAKS.__getitem__)
    print(f"\nmemory peak of the worst template: {worst}, {PEAKS[worst] / 1024:.0f} MiB; "
          + ", ".join(f"{name} {kib / 1024:.0f}" for name, kib in sorted(PEAKS.items())))
    assert PEAKS[worst] < MEMORY_BOUND_KIB


# --- mutated templates, in-process ---------------------------------------------------


@functools.lru_cache(maxsize=1)
def _dossier() -> tuple[Dossier, object]:
    import json

    from dossier_app.core.referential import load_referential
    from dossier_app.core.resources import bundled_referential_path

    referential = load_referential(bundled_referential_path())
    data = json.loads(example_dossier_path().read_text(encoding="utf-8"))
    return dossier_from_json(data, referential).dossier, referential


def _export_in_process(folder: Path, data: bytes) -> None:
    """Either a saved document or a DossierError with one sentence; nothing else."""
    template = folder / "mutant.docx"
    template.write_bytes(data)
    dossier, referential = _dossier()
    try:
        document = build(dossier, referential, Options(template=template, with_comments=True)).document
    except DossierError as error:
        assert_dossier_error(error)
        return
    document.save(io.BytesIO())


_TEMPLATE = default_template().read_bytes()
_MEMBERS = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
            "[Content_Types].xml", "word/_rels/document.xml.rels", "_rels/.rels",
            "docProps/core.xml", "word/fontTable.xml"]
_EDIT = st.tuples(st.floats(0, 1, exclude_max=True), st.sampled_from(["set", "delete", "insert"]),
                  st.binary(min_size=1, max_size=4))
_FUZZ = settings(max_examples=30, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow])


def _mutated(data: bytes, edits: list[tuple[float, str, bytes]]) -> bytes:
    buffer = bytearray(data)
    for where, how, value in edits:
        at = int(where * len(buffer)) if buffer else 0
        if how == "set":
            buffer[at:at + len(value)] = value
        elif how == "delete":
            del buffer[at:at + len(value) * 8]
        else:
            buffer[at:at] = value
    return bytes(buffer)


@_FUZZ
@given(edits=st.lists(_EDIT, min_size=1, max_size=6), cut=st.none() | st.integers(0, 50_000))
def test_mutated_template_bytes(tmp_path_factory, edits, cut) -> None:
    data = _mutated(_TEMPLATE, edits)
    _export_in_process(_folder(tmp_path_factory), data[:cut] if cut is not None else data)


_VALUES = ["", "0", "1", "-1", "2147483648", "abc", "rId1", "rId999", "true", "none",
           "Heading 1", "List Number", "x" * 300, "/word/document.xml", "../../etc/passwd"]
_TREE_EDIT = st.tuples(st.floats(0, 1, exclude_max=True),
                       st.sampled_from(["delete", "duplicate", "attribute", "drop-attribute",
                                        "text", "empty"]),
                       st.sampled_from(_VALUES))


def _edited_tree(data: bytes, edits: list[tuple[float, str, str]]) -> bytes:
    """The XML with elements deleted, duplicated, emptied, or attributes and text changed:
    still well-formed, so that python-docx and the writer, not the parser, meet it."""
    from copy import deepcopy

    from lxml import etree

    root = etree.fromstring(data)
    for where, how, value in edits:
        elements = list(root.iter())
        element = elements[int(where * len(elements))]
        parent = element.getparent()
        if how == "delete" and parent is not None:
            parent.remove(element)
        elif how == "duplicate" and parent is not None:
            element.addnext(deepcopy(element))
        elif how == "attribute":
            names = list(element.attrib) or ["{http://schemas.openxmlformats.org/"
                                             "wordprocessingml/2006/main}val"]
            element.set(names[int(where * 7919) % len(names)], value)
        elif how == "drop-attribute" and element.attrib:
            del element.attrib[list(element.attrib)[int(where * 7919) % len(element.attrib)]]
        elif how == "text":
            element.text = value
        elif how == "empty":
            for child in list(element):
                element.remove(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@_FUZZ
@given(member=st.sampled_from(_MEMBERS), edits=st.lists(_TREE_EDIT, min_size=1, max_size=4))
def test_mutated_template_parts(tmp_path_factory, member, edits) -> None:
    """The XML inside the zip edited (still well-formed, the zip sound): what python-docx
    and the writer get to read when the template's checks let it through."""
    parts = template_parts()
    parts[member] = _edited_tree(parts[member], edits)
    _export_in_process(_folder(tmp_path_factory), zipped(parts))


_FOLDERS: dict[int, Path] = {}


def _folder(factory: pytest.TempPathFactory) -> Path:
    if id(factory) not in _FOLDERS:
        _FOLDERS[id(factory)] = factory.mktemp("mutants")
    return _FOLDERS[id(factory)]


def test_mutants_start_from_a_usable_template(tmp_path) -> None:
    _export_in_process(tmp_path, _TEMPLATE)
    with zipfile.ZipFile(io.BytesIO(zipped(template_parts()))) as package:
        assert "word/numbering.xml" in package.namelist()
