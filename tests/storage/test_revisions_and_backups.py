import datetime as dt
import sqlite3

from dossier_app.core.model import ChapterKind, RevisionReason
from dossier_app.storage.backups import backup_folder, list_backups, maybe_backup, stamps_to_keep
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
