"""LibreOffice runs within a time bound, in a process group of its own, and leaves nothing
running behind it.

The fake ``soffice`` here is a real program found the way the app finds LibreOffice (the
first ``soffice`` on PATH): a shell script that starts a child ``sleep`` (as soffice
starts oosplash and soffice.bin), records the pids, then sleeps itself.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from dossier_app.core.errors import DossierError, FileProblem
from dossier_app.export import pdf
from dossier_app.export.service import export_document
from tests.fuzz.contract import TIME_LIMIT, assert_dossier_error

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script as soffice")

HANGING = """#!/bin/sh
echo $$ > "{pids}/soffice"
sleep 300 &
echo $! > "{pids}/child"
sleep 300
"""
FAILING = """#!/bin/sh
echo "$*" > "{pids}/arguments"
exit 1
"""


def fake_soffice(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``soffice`` as the first one on PATH, writing its pids into ``folder/pids``."""
    bin_dir, pids = folder / "bin", folder / "pids"
    bin_dir.mkdir()
    pids.mkdir()
    program = bin_dir / "soffice"
    program.write_text(script.format(pids=pids), encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    assert pdf.find_libreoffice() == program
    return pids


def running(pid: int) -> bool:
    """True while ``pid`` runs; a zombie (dead, not yet reaped: here pid 1 may never reap
    it) counts as gone."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


def gone(pid: int, within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while running(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def read_pid(path: Path) -> int:
    deadline = time.monotonic() + 5
    while not (path.exists() and path.read_text().strip()):
        assert time.monotonic() < deadline, f"{path} never written"
        time.sleep(0.05)
    return int(path.read_text())


def test_the_timeout_grows_with_the_document(tmp_path) -> None:
    small, large = tmp_path / "petit.docx", tmp_path / "gros.docx"
    small.write_bytes(b"x" * 40_000)
    large.write_bytes(b"x" * 3_000_000)
    assert pdf.conversion_timeout(small) == pytest.approx(pdf.CONVERSION_BASE_S + 1.2)
    assert pdf.conversion_timeout(large) == pytest.approx(pdf.CONVERSION_BASE_S
                                                          + 3 * pdf.CONVERSION_PER_MB_S)
    huge = tmp_path / "enorme.docx"
    with open(huge, "wb") as handle:
        handle.truncate(10_000_000_000)  # sparse
    assert pdf.conversion_timeout(huge) == pdf.CONVERSION_MAX_S


def test_a_hanging_libreoffice_is_killed_with_its_children(tmp_path, monkeypatch) -> None:
    pids = fake_soffice(tmp_path, HANGING, monkeypatch)
    source = tmp_path / "dossier.docx"
    source.write_bytes(b"PK")
    target = tmp_path / "dossier.pdf"
    start = time.monotonic()
    with pytest.raises(FileProblem) as caught:
        pdf.docx_to_pdf(source, target, pdf.find_libreoffice(), timeout=1.0)
    elapsed = time.monotonic() - start
    assert_dossier_error(caught.value)
    assert "n’a pas abouti en 1 secondes" in caught.value.message
    assert "dossier.pdf" in caught.value.message
    assert elapsed < TIME_LIMIT
    soffice, child = read_pid(pids / "soffice"), read_pid(pids / "child")
    assert gone(soffice) and gone(child), "a LibreOffice process outlived the time-out"
    assert not target.exists()


def test_a_pdf_export_with_a_hanging_libreoffice_fails_in_one_sentence(
        tmp_path, monkeypatch, example, referential) -> None:
    pids = fake_soffice(tmp_path, HANGING, monkeypatch)
    monkeypatch.setattr(pdf, "CONVERSION_BASE_S", 1.0)
    monkeypatch.setattr(pdf, "CONVERSION_PER_MB_S", 0.0)
    target = tmp_path / "dossier.pdf"
    start = time.monotonic()
    with pytest.raises(DossierError) as caught:
        export_document(example, referential, target, "pdf")
    assert time.monotonic() - start < TIME_LIMIT
    assert_dossier_error(caught.value)
    assert "LibreOffice" in caught.value.message and str(target) in caught.value.message
    assert gone(read_pid(pids / "soffice")) and gone(read_pid(pids / "child"))
    assert not target.exists()
    assert not list(tmp_path.glob(".dossier.pdf.*"))  # no temporary left beside it


def test_a_docx_export_outlives_a_hanging_libreoffice(tmp_path, monkeypatch, example,
                                                   referential) -> None:
    """The first rendering (for the contents' page numbers) timing out does not cost the
    Word export: its contents are numbered from Qt's layout instead."""
    pids = fake_soffice(tmp_path, HANGING, monkeypatch)
    monkeypatch.setattr(pdf, "CONVERSION_BASE_S", 1.0)
    monkeypatch.setattr(pdf, "CONVERSION_PER_MB_S", 0.0)
    target = tmp_path / "dossier.docx"
    result = export_document(example, referential, target, "docx")
    assert target.is_file() and result.toc_page_numbers and not result.numbered_by_libreoffice
    assert gone(read_pid(pids / "soffice")) and gone(read_pid(pids / "child"))


def test_libreoffice_gets_a_private_profile_that_is_removed(tmp_path, monkeypatch) -> None:
    pids = fake_soffice(tmp_path, FAILING, monkeypatch)
    source = tmp_path / "dossier.docx"
    source.write_bytes(b"PK")
    with pytest.raises(FileProblem, match="a échoué") as caught:
        pdf.docx_to_pdf(source, tmp_path / "dossier.pdf", pdf.find_libreoffice())
    assert_dossier_error(caught.value)
    arguments = (pids / "arguments").read_text()
    profile = arguments.split("-env:UserInstallation=file://", 1)[1].split()[0]
    assert "--headless" in arguments and "dossier-ccpt-lo-" in profile
    assert not Path(profile).exists()


def test_libreoffice_that_cannot_start_is_one_sentence(tmp_path) -> None:
    broken = tmp_path / "soffice"
    broken.write_bytes(b"\x7fELF pas un programme")
    broken.chmod(0o755)
    source = tmp_path / "dossier.docx"
    source.write_bytes(b"PK")
    with pytest.raises(FileProblem, match="n’a pas pu démarrer LibreOffice") as caught:
        pdf.docx_to_pdf(source, tmp_path / "dossier.pdf", broken)
    assert_dossier_error(caught.value)


@pytest.mark.needs("libreoffice")
def test_the_real_libreoffice_leaves_no_process_behind(tmp_path, monkeypatch, example,
                                                        referential) -> None:
    """soffice, oosplash and soffice.bin have all gone once the conversion returns, and
    their private profile with them."""
    import tempfile

    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))  # where the profile goes
    target = tmp_path / "dossier.pdf"
    export_document(example, referential, target, "pdf")
    assert target.read_bytes().startswith(b"%PDF")
    left = [pid for pid in _processes_mentioning(str(private)) if running(pid)]
    assert not left, left
    assert not list(private.iterdir())


def _processes_mentioning(text: str) -> list[int]:
    """The pids whose command line holds ``text`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if text.encode() in command:
                found.append(int(entry.name))
    return found
