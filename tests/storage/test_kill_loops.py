"""Kill the work that writes copies at random moments, again and again (issue 11):
nothing piles up, the number of copies stays bounded, and what is there is sound."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dossier_app.core.interchange import dossier_to_json
from dossier_app.core.model import ChapterKind
from dossier_app.storage.backups import (
    DAILY,
    MIGRATION_COPIES,
    RECENT,
    WEEKLY,
    backup_before_migration,
    backup_folder,
    list_backups,
    maybe_backup,
    migration_copies,
    stamps_to_keep,
)
from dossier_app.storage.dossier_file import DossierFile
from dossier_app.storage.schema import SCHEMA_VERSION

from ..conftest import run_cli
from .kill_child import DAY, STEP

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]

KILL_CHILD = Path(__file__).with_name("kill_child.py")
ROUNDS = 30


@pytest.fixture
def big(tmp_path, example, identity) -> Path:
    """A dossier of a few megabytes of chapter text: copying it takes a while."""
    for number, production in enumerate(example.productions, start=1):
        for kind in ChapterKind:
            production.chapters[kind].text = (
                f"Production {number}, {kind.value} : " + "Une phrase du chapitre. " * 16_000)
    path = tmp_path / "gros dossier.ccpt"
    DossierFile.create(path, example, identity).close()
    assert path.stat().st_size > 2_000_000
    return path


def leftovers(folder: Path) -> list[Path]:
    """Temporaries and SQLite side files: what an interrupted write leaves."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir()
                  if path.name.startswith(".") or path.name.endswith(("-journal", "-wal", "-shm")))


def size_of(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.iterdir()) if folder.is_dir() else 0


def kill_child(role: str, *args: str | Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(KILL_CHILD), role, *map(str, args)],
                            stdout=subprocess.PIPE, text=True)


def assert_sound(path: Path) -> None:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", path.name


def chapter_texts(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        return [row[0] for row in db.execute(
            "SELECT text FROM chapters ORDER BY production, kind")]


def report(what: str, **figures: object) -> None:
    print(f"\n{what}: " + ", ".join(f"{key}={value}" for key, value in figures.items()))


def test_killed_backups_leave_no_partial_copies(big, tmp_path, identity) -> None:
    rng = random.Random(2026_11_01)
    root = tmp_path / "backups"
    folder = backup_folder(root, big)
    start, most_left, interrupted = 0, 0, 0
    for _ in range(ROUNDS):
        process = kill_child("backup", root, big, start)
        assert process.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        process.send_signal(signal.SIGKILL)
        done = process.stdout.read().split()
        process.wait()
        start += len(done) + 1  # the next child's stamps come after this one's
        left = leftovers(folder)
        interrupted += bool(left)
        most_left = max(most_left, len(left))
    before = (len(leftovers(folder)), size_of(folder))
    now = DAY + STEP * (start + 1)
    with DossierFile.open(big, identity) as file:
        file.changed_since_backup = True
        made = maybe_backup(file, root, now=now)
    assert made is not None
    report("backups", interrupted=interrupted, most_leftovers=most_left,
           leftovers_before=before[0], bytes_before=before[1],
           copies_after=len(list_backups(folder)), bytes_after=size_of(folder))
    assert interrupted >= 3  # the kills did land in the middle of copies
    assert most_left <= 2  # one interrupted copy at most (a temporary and its journal)
    assert leftovers(folder) == []
    stamps = [stamp for stamp, _ in list_backups(folder)]
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        path.name for _, path in list_backups(folder))
    assert stamps == stamps_to_keep(stamps, now)  # thinned as designed
    assert len(stamps) <= RECENT + DAILY + WEEKLY + 2
    for _, path in list_backups(folder):
        assert_sound(path)
    assert chapter_texts(made) == chapter_texts(big)


def test_killed_imports_leave_nothing_beside_the_output(big, tmp_path) -> None:
    rng = random.Random(2026_11_02)
    with DossierFile.open(big, read_only=True) as file:
        dossier = file.load()
    source = tmp_path / "gros.json"
    source.write_text(json.dumps(dossier_to_json(dossier), ensure_ascii=False), encoding="utf-8")
    out_dir = tmp_path / "sortie"
    out_dir.mkdir()
    output = out_dir / "out.ccpt"
    started = time.monotonic()
    assert run_cli("import", source, "-o", output, "--force").code == 0
    duration = time.monotonic() - started
    most_left, interrupted, rounds = 0, 0, 0
    # Kill times are drawn from a measured duration, which a loaded machine makes wrong: a
    # round that finished before its kill draws shorter times after it, one killed before
    # it wrote anything longer ones; go on (within bounds) until a few kills did interrupt one.
    while rounds < ROUNDS or (interrupted < 3 and rounds < 8 * ROUNDS):
        rounds += 1
        process = subprocess.Popen(
            [sys.executable, "-m", "dossier_app", "import", str(source), "-o", str(output),
             "--force"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        process.send_signal(signal.SIGKILL)
        finished = process.wait() == 0
        left = leftovers(out_dir)
        interrupted += bool(left)
        most_left = max(most_left, len(left))
        if finished or not left:
            duration *= 0.75 if finished else 1.3
    before = (len(leftovers(out_dir)), size_of(out_dir))
    result = run_cli("import", source, "-o", output, "--force")
    assert result.code == 0, result.err
    report("imports", duration=round(duration, 2), interrupted=interrupted,
           most_leftovers=most_left, leftovers_before=before[0], bytes_before=before[1],
           bytes_after=size_of(out_dir))
    assert interrupted >= 3
    assert most_left <= 3  # a temporary, its journal, and the output's own journal
    assert [path.name for path in out_dir.iterdir()] == ["out.ccpt"]
    assert_sound(output)
    with DossierFile.open(output, read_only=True) as file:
        assert file.load().productions == dossier.productions


def test_killed_migrations_make_one_copy_not_one_per_attempt(big, tmp_path) -> None:
    """Every round the app starts, copies the dossier and migrates it, and is killed; now
    and then the dossier was changed in between (by an older version of the app)."""
    rng = random.Random(2026_11_03)
    root = tmp_path / "backups"
    folder = backup_folder(root, big)
    version = SCHEMA_VERSION - 1
    most_left, interrupted, migrating, contents = 0, 0, 0, 1
    for round_number in range(ROUNDS):
        if round_number % 6 == 5:
            with sqlite3.connect(big) as db:
                db.execute("UPDATE chapters SET text = ? WHERE production = 1 AND kind = ?",
                           (f"Réécrit au tour {round_number}.", ChapterKind.ANALYSIS.value))
            contents += 1
        process = kill_child("migration-backup", root, big, version)
        assert process.stdout.readline().strip() == "ready"
        fresh = round_number % 6 in (0, 5)  # no copy of this content yet: aim at the copy
        time.sleep(rng.uniform(0.0, 0.04) if fresh else rng.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        said = process.stdout.read().split()
        process.wait()
        migrating += "migrating" in said
        left = leftovers(folder)
        interrupted += bool(left)
        most_left = max(most_left, len(left))
        assert len(migration_copies(folder)) <= MIGRATION_COPIES
    before = (len(leftovers(folder)), size_of(folder))
    connection = sqlite3.connect(big, isolation_level=None)
    try:
        made = backup_before_migration(connection, big, version, root,
                                       now=dt.datetime.now() + dt.timedelta(hours=1))
        again = backup_before_migration(connection, big, version, root,
                                        now=dt.datetime.now() + dt.timedelta(hours=2))
    finally:
        connection.close()
    copies = [path for *_, path in migration_copies(folder)]
    report("migration copies", contents=contents, interrupted=interrupted,
           killed_while_migrating=migrating, most_leftovers=most_left,
           leftovers_before=before[0], bytes_before=before[1], copies_after=len(copies),
           bytes_after=size_of(folder), dossier_bytes=big.stat().st_size)
    assert interrupted >= 2 and migrating >= 3
    assert most_left <= 2
    assert leftovers(folder) == []
    assert again == made == copies[0]  # the same content is never copied twice
    assert len(copies) <= MIGRATION_COPIES
    assert sorted(path.name for path in folder.iterdir()) == sorted(path.name for path in copies)
    assert size_of(folder) < (MIGRATION_COPIES + 0.5) * big.stat().st_size
    for path in copies:
        assert_sound(path)
    assert chapter_texts(made) == chapter_texts(big)
