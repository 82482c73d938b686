"""Paths as Windows users have them: extended-length and long paths, shares, the names
Windows reserves; and the lock, whose process ids Windows reuses quickly."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from dossier_app.core.errors import DossierError
from dossier_app.core.interchange import dossier_from_json
from dossier_app.core.referential import load_referential
from dossier_app.core.resources import bundled_referential_path, example_dossier_path
from dossier_app.storage.connection import sqlite_uri
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.lock import LockIdentity


@pytest.fixture(scope="module")
def example():
    referential = load_referential(bundled_referential_path())
    data = json.loads(example_dossier_path().read_text(encoding="utf-8"))
    return dossier_from_json(copy.deepcopy(data), referential).dossier


def _cli(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dossier_app.cli", *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_an_extended_length_path_opens(tmp_path, example) -> None:
    plain = tmp_path / "nadia.ccpt"
    DossierFile.create(plain, example, LockIdentity.current("Test")).close()
    extended = Path("\\\\?\\" + str(plain))
    with DossierFile.open(extended, read_only=True) as file:
        assert file.load() == example
    with DossierFile.open(extended, LockIdentity.current("Test")) as file:
        assert not file.read_only and file.load() == example


def test_a_path_longer_than_260_characters_works_or_says_why(tmp_path, example) -> None:
    folder = tmp_path
    while len(str(folder)) < 280:
        folder = folder / ("dossier-de-productions-" + "x" * 20)
    target = folder / "nadia.ccpt"
    try:
        folder.mkdir(parents=True)
    except OSError:
        pytest.skip("long paths are not enabled on this Windows")
    result = _cli("import", example_dossier_path(), "-o", target)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1, 2)
    if result.returncode == 0:
        with DossierFile.open(target, read_only=True) as file:
            assert file.load().candidate.first_name == "Nadia"


def test_a_share_is_given_to_sqlite_as_a_path_not_an_authority() -> None:
    assert sqlite_uri(PureWindowsPath(r"\\serveur\partage\dossier.ccpt")) == \
        "file:////serveur/partage/dossier.ccpt"
    assert sqlite_uri(PureWindowsPath(r"\\?\UNC\serveur\partage\d.ccpt")) == \
        "file:////serveur/partage/d.ccpt"
    assert sqlite_uri(PureWindowsPath(r"\\?\C:\Dossiers\é t\d.ccpt")) == \
        "file:///C:/Dossiers/%C3%A9%20t/d.ccpt"


def test_an_unreachable_share_is_one_sentence() -> None:
    with pytest.raises(DossierError) as caught:
        DossierFile.open(Path(r"\\serveur-absent\partage\dossier.ccpt"), read_only=True)
    assert "endommagé" not in caught.value.message
    assert "serveur-absent" in caught.value.message


@pytest.mark.parametrize("name", ["a:b.docx", "nul.json", "CON.docx", "a?b.json", "com1.docx",
                                  "fin.", "lpt1.txt"])
def test_names_windows_reserves_are_refused_before_writing(tmp_path, name) -> None:
    source = tmp_path / "nadia.ccpt"
    assert _cli("import", example_dossier_path(), "-o", source).returncode == 0
    before = set(os.listdir(tmp_path))
    # Joined as text: pathlib would read « a:b.docx » as the drive A:'s « b.docx ».
    result = _cli("export", source, "-o", f"{tmp_path}\\{name}", "--format", "json")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "choisissez un autre nom" in result.stderr
    assert set(os.listdir(tmp_path)) == before


def test_a_lock_naming_a_process_started_after_it_is_stale(tmp_path, example) -> None:
    """Windows reuses process ids: a running process that started after the lock was taken
    is not its holder."""
    import socket
    import sqlite3
    from datetime import datetime, timedelta, timezone

    from dossier_app.core.files import display

    path = tmp_path / "nadia.ccpt"
    DossierFile.create(path, example, LockIdentity.current("Test")).close()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        now = datetime.now(timezone.utc)
        with sqlite3.connect(path) as db:
            db.execute("INSERT INTO lock VALUES (1, 'Ancien', ?, ?, 'jeton', ?, ?, ?)",
                       (socket.gethostname(), other.pid, display(path.resolve()),
                        (now - timedelta(hours=1)).isoformat(), now.isoformat()))
        with DossierFile.open(path, LockIdentity.current("Test")) as file:
            assert not file.read_only
        with sqlite3.connect(path) as db:
            db.execute("DELETE FROM lock")
            db.execute("INSERT INTO lock VALUES (1, 'Vivant', ?, ?, 'jeton', ?, ?, ?)",
                       (socket.gethostname(), other.pid, display(path.resolve()),
                        now.isoformat(), now.isoformat()))
        with DossierFile.open(path, LockIdentity.current("Test")) as file:
            assert file.read_only and file.holder.user == "Vivant"
    finally:
        other.kill()
        other.wait()
