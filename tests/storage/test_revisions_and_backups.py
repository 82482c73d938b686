import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest

from dossier_app.core.errors import FileProblem
from dossier_app.core.files import (
    STALE_TEMPORARY_AGE,
    _host_tag,
    atomic_target,
    remove_stale_temporaries,
    write_private_bytes,
)
from dossier_app.core.model import ChapterKind, RevisionReason
from dossier_app.core.sentence import Sentence
from dossier_app.storage.backups import (
    backup_before_migration,
    backup_folder,
    list_backups,
    maybe_backup,
    migration_copies,
    stamps_to_keep,
)
from dossier_app.storage.dossier_file import DossierFile


def test_revisions_list_read_and_restore_undoably(saved, identity) -> None:
    with DossierFile.open(saved, identity) as file:
        original = file.load().production(1).chapters[ChapterKind.SITUATION].text
        file.snapshot(RevisionReason.WORKSHOP)
        file.save_chapter(1, ChapterKind.SITUATION, "Réécrit entièrement.")
        revisions = file.revisions(1, ChapterKind.SITUATION)
        workshop = next(r for r in revisions if r.reason is RevisionReason.WORKSHOP)
        assert file.revision_text(workshop.id) == original
        assert workshop.words > 100
        assert file.restore_revision(workshop.id) == original
        assert file.load().production(1).chapters[ChapterKind.SITUATION].text == original
        newest = file.revisions(1, ChapterKind.SITUATION)[0]
        assert newest.reason is RevisionReason.RESTORE
        assert file.revision_text(newest.id) == "Réécrit entièrement."  # the restore is undoable


def test_workshop_snapshot_covers_every_chapter(saved, identity) -> None:
    with DossierFile.open(saved, identity) as file:
        file.snapshot(RevisionReason.WORKSHOP)
        for number in (1, 2, 3):
            for kind in ChapterKind:
                assert file.revisions(number, kind)[0].reason is RevisionReason.WORKSHOP


def test_backup_only_when_changed_and_interval_passed(saved, identity, tmp_path) -> None:
    root = tmp_path / "backups"
    start = dt.datetime(2026, 10, 5, 14, 0, 0)
    with DossierFile.open(saved, identity) as file:
        first = maybe_backup(file, root, now=start)
        assert first is not None
        assert maybe_backup(file, root, now=start + dt.timedelta(hours=1)) is None  # no change
        file.save_chapter(1, ChapterKind.ANALYSIS, "Modifié.")
        assert maybe_backup(file, root, now=start + dt.timedelta(minutes=3)) is None  # too soon
        second = maybe_backup(file, root, now=start + dt.timedelta(minutes=11))
        assert second is not None
    with sqlite3.connect(second) as db:
        assert db.execute("SELECT count(*) FROM lock").fetchone()[0] == 0
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with DossierFile.open(second, read_only=True) as copy:
        assert copy.load().production(1).chapters[ChapterKind.ANALYSIS].text == "Modifié."
    assert [p for _, p in list_backups(backup_folder(root, saved))] == [second, first]


def test_thinning_keeps_recent_daily_and_weekly() -> None:
    now = dt.datetime(2026, 11, 22, 12, 0)
    every_hour_for_90_days = [now - dt.timedelta(hours=h) for h in range(90 * 24)]
    kept = stamps_to_keep(every_hour_for_90_days, now)
    assert kept[:10] == every_hour_for_90_days[:10]
    days = {k.date() for k in kept if now - k <= dt.timedelta(days=14)}
    assert len(days) == 15  # today and the fourteen days before
    assert len(kept) < 45
    assert all(now - k <= dt.timedelta(weeks=8) for k in kept)


# --- what crashes and full disks leave behind (issue 11) ---------------------------------


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftover(folder, target: str, pid: int | None, host: str | None = None,
              age: float = 0.0, side: str = ""):
    owner = f"{pid}-{host or _host_tag()}-" if pid is not None else ""
    path = folder / f".{target}.{owner}{next(_RANDOM)}.tmp{side}"
    path.write_bytes(b"partial")
    if age:
        old = path.stat().st_mtime - age  # on the folder's clock, as the app measures it
        os.utime(path, (old, old))
    return path


_RANDOM = iter(f"k{n:07d}" for n in range(10_000))


def test_temporaries_are_named_after_their_writer(tmp_path) -> None:
    target = tmp_path / "out.ccpt"
    with atomic_target(target) as temporary:
        pid, host = temporary.name.removeprefix(".out.ccpt.").split("-")[:2]
        assert (int(pid), host) == (os.getpid(), _host_tag())
        assert temporary.name.endswith(".tmp") and temporary.parent == tmp_path
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert sorted(tmp_path.iterdir()) == [target]


def test_writing_a_target_clears_what_dead_writers_of_it_left(tmp_path) -> None:
    dead = _dead_pid()
    gone = [_leftover(tmp_path, "out.ccpt", dead),
            _leftover(tmp_path, "out.ccpt", dead, side="-journal"),
            _leftover(tmp_path, "out.ccpt", None, age=2 * STALE_TEMPORARY_AGE),  # older version
            _leftover(tmp_path, "out.ccpt", 4242, host="abcdef", age=2 * STALE_TEMPORARY_AGE)]
    kept = [_leftover(tmp_path, "out.ccpt", os.getpid()),  # being written by a live process
            _leftover(tmp_path, "out.ccpt", None),  # an older version's, maybe still writing
            _leftover(tmp_path, "out.ccpt", 4242, host="abcdef"),  # another computer's
            _leftover(tmp_path, "other.ccpt", dead)]  # another target's
    (tmp_path / ".out.ccpt.notes.txt").write_text("not ours")
    write_private_bytes(tmp_path / "out.ccpt", b"new")
    assert not any(path.exists() for path in gone)
    assert all(path.exists() for path in kept)
    assert (tmp_path / ".out.ccpt.notes.txt").exists()
    assert remove_stale_temporaries(tmp_path) == 1  # the other target's, when asked for all


def test_a_journal_a_crash_left_beside_a_dossier_does_not_damage_its_replacement(
        tmp_path, example, identity) -> None:
    """SQLite plays a journal left by a killed writer back into the file it finds: the
    new file that replaced the old one would be damaged."""
    path = tmp_path / "nadia.ccpt"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x TEXT)")
        db.executemany("INSERT INTO t VALUES (?)", [("a" * 1000,)] * 2000)
    subprocess.run([sys.executable, "-c", (
        "import os, signal, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('PRAGMA cache_size = 1'); db.execute('BEGIN IMMEDIATE')\n"
        "db.execute(\"UPDATE t SET x = 'z'\"); db.execute('INSERT INTO t SELECT x FROM t')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"), str(path)], check=False)
    assert (tmp_path / "nadia.ccpt-journal").stat().st_size > 0  # a hot journal
    DossierFile.create(path, example, identity).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nadia.ccpt"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with DossierFile.open(path, read_only=True) as file:
        assert file.load().productions == example.productions


def test_a_backup_clears_what_killed_backups_left_in_its_folder(saved, identity, tmp_path) -> None:
    root = tmp_path / "backups"
    folder = backup_folder(root, saved)
    folder.mkdir(parents=True)
    dead = _dead_pid()
    for stamp in ("20261005-140000", "20261005-141100"):
        _leftover(folder, f"{stamp}.ccpt", dead)
        _leftover(folder, f"{stamp}.ccpt", dead, side="-journal")
    with DossierFile.open(saved, identity) as file:
        made = maybe_backup(file, root, now=dt.datetime(2026, 10, 5, 15, 0))
    assert sorted(folder.iterdir()) == [made]


def test_a_migration_copy_is_made_once_per_content_and_thinned(saved, tmp_path) -> None:
    root = tmp_path / "backups"
    folder = backup_folder(root, saved)
    start = dt.datetime(2026, 10, 5, 14, 0)
    made = []
    with sqlite3.connect(saved, isolation_level=None) as db:
        first = backup_before_migration(db, saved, 1, root, start)
        # The app was killed while migrating; started again, it finds the same content.
        assert backup_before_migration(db, saved, 1, root, start + dt.timedelta(hours=1)) == first
        assert first.name.startswith("nadia-avant-mise-a-jour-format-1-20261005-140000-")
        assert first.parent == folder and not db.in_transaction
        made.append(first)
        for hour in range(2, 6):
            db.execute("UPDATE chapters SET text = ? WHERE production = 1 AND kind = 'analysis'",
                       (f"Version {hour}.",))
            made.append(backup_before_migration(db, saved, 1, root, start + dt.timedelta(hours=hour)))
        with sqlite3.connect(made[-1]) as copy:
            assert copy.execute("SELECT text FROM chapters WHERE production = 1 AND "
                                "kind = 'analysis'").fetchone()[0] == "Version 5."
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Another format's copy is a different copy, even with the same content.
        other = backup_before_migration(db, saved, 2, root, start + dt.timedelta(hours=7))
    assert other != made[-1]
    assert [path for *_, path in migration_copies(folder)] == [other, made[-1], made[-2]]
    assert sorted(folder.iterdir()) == sorted([other, made[-1], made[-2]])
    assert list_backups(folder) == []  # apart from the periodic copies


def test_a_migration_copy_needs_a_backup_folder(saved) -> None:
    with sqlite3.connect(saved) as db, pytest.raises(FileProblem, match="ancien format"):
        backup_before_migration(db, saved, 1, None)


def _unwritable_root(tmp_path, how: str):
    root = tmp_path / "user" / "data" / "backups"
    root.parent.mkdir(parents=True)
    if how == "file":
        root.write_text("")  # mkdir fails, even for root
    else:
        root.mkdir()
        root.chmod(0o500)
        try:
            (root / "probe").mkdir()
        except OSError:
            return root
        root.chmod(0o700)
        pytest.skip("this user writes into read-only folders (root)")
    return root


@pytest.mark.parametrize("how", ["file", "read-only"])
def test_maybe_backup_raises_a_french_sentence_when_it_cannot_write(saved, identity, tmp_path,
                                                                    how) -> None:
    root = _unwritable_root(tmp_path, how)
    try:
        with DossierFile.open(saved, identity) as file:
            file.changed_since_backup = True
            with pytest.raises(FileProblem) as raised:
                maybe_backup(file, root)
            assert file.changed_since_backup  # still to be copied at the next try
        assert "sauvegardes" in raised.value.message
        assert raised.value.message.count(".") <= 2  # one sentence (the path may hold one)
    finally:
        if root.is_dir():
            root.chmod(0o700)


@pytest.mark.parametrize("how", ["file", "read-only"])
def test_the_session_keeps_saving_when_backups_cannot_be_made(
        saved, identity, referential, guidance, tmp_path, how) -> None:
    from dossier_app.app.session import EditingSession, SaveState
    from dossier_app.core.paths import AppPaths

    root = _unwritable_root(tmp_path, how)
    paths = AppPaths.under(tmp_path / "user")
    assert paths.backups == root
    told: list[Sentence | None] = []  # None: the copies are made again
    failures: list[Sentence] = []

    def listen(change) -> None:
        if change.backups is not None:
            told.append(change.backups)
        if change.backups_resumed:
            told.append(None)
        if change.failure is not None:
            failures.append(change.failure)

    session = EditingSession(DossierFile.open(saved, identity), referential, guidance, paths,
                             listen)
    try:
        session.set_chapter_text(1, ChapterKind.ANALYSIS, "Premier essai.")
        assert session.flush() is True
        assert session.state == SaveState.SAVED and failures == []
        assert session.backups_failing is not None
        assert session.backups_failing.render().startswith(
            "Les copies de sauvegarde automatiques ne sont plus faites")
        assert told == [session.backups_failing]
        session.set_chapter_text(1, ChapterKind.ANALYSIS, "Deuxième essai.")
        assert session.flush() is True  # still saving; told once, not at every save
        assert told == [session.backups_failing]
        # The folder is usable again: the next save after the retry delay makes the copy.
        if root.is_dir():
            root.chmod(0o700)
        else:
            root.unlink()
        session.BACKUP_RETRY_SECONDS = 0.0
        session._backup_retry_at = 0.0
        session.set_chapter_text(1, ChapterKind.ANALYSIS, "Troisième essai.")
        assert session.flush() is True
        assert session.backups_failing is None and told[-1] is None
        (_, copy), = list_backups(backup_folder(root, saved))
        with DossierFile.open(copy, read_only=True) as backup:
            text = backup.load().production(1).chapters[ChapterKind.ANALYSIS].text
        assert text == "Troisième essai."
    finally:
        session.close()
        if root.is_dir():
            root.chmod(0o700)
