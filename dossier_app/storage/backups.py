"""Backup copies in the user's data folder: at most one per interval, thinned over time.

Kept: every copy of the last day up to ``RECENT``, then the newest copy of each
of the last ``DAILY`` days, then the newest of each of the last ``WEEKLY`` weeks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

from ..core.paths import private_dir
from .dossier_file import DossierFile

INTERVAL = dt.timedelta(minutes=10)
RECENT = 10
DAILY = 14
WEEKLY = 8

_NAME = re.compile(r"^(\d{8}-\d{6})\.ccpt$")
_STAMP = "%Y%m%d-%H%M%S"


def backup_folder(backups_root: Path, dossier_path: Path) -> Path:
    """One folder per dossier, named after it and kept apart from same-named files."""
    digest = hashlib.sha1(str(dossier_path.absolute()).encode()).hexdigest()[:8]
    stem = re.sub(r"[^\w-]+", "_", dossier_path.stem)[:40] or "dossier"
    return backups_root / f"{stem}-{digest}"


def list_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append((dt.datetime.strptime(match.group(1), _STAMP), path))
    return sorted(found, reverse=True)


def maybe_backup(dossier: DossierFile, backups_root: Path, now: dt.datetime | None = None,
                 interval: dt.timedelta = INTERVAL) -> Path | None:
    """Copy the dossier if it changed and the newest copy is older than ``interval``."""
    now = now or dt.datetime.now()
    folder = backup_folder(backups_root, dossier.path)
    existing = list_backups(folder)
    if existing and (not dossier.changed_since_backup or now - existing[0][0] < interval):
        return None
    private_dir(folder)
    target = folder / f"{now.strftime(_STAMP)}.ccpt"
    dossier.copy_to(target)
    dossier.changed_since_backup = False
    for _, path in backups_to_drop([stamp for stamp, _ in list_backups(folder)], now, folder):
        path.unlink(missing_ok=True)
    return target


def backups_to_drop(stamps: list[dt.datetime], now: dt.datetime,
                    folder: Path) -> list[tuple[dt.datetime, Path]]:
    keep = set(stamps_to_keep(stamps, now))
    return [(s, folder / f"{s.strftime(_STAMP)}.ccpt") for s in stamps if s not in keep]


def stamps_to_keep(stamps: list[dt.datetime], now: dt.datetime) -> list[dt.datetime]:
    newest_first = sorted(stamps, reverse=True)
    keep = set(newest_first[:RECENT])
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for stamp in newest_first:
        age = now - stamp
        if age <= dt.timedelta(days=DAILY) and stamp.date() not in days:
            days.add(stamp.date())
            keep.add(stamp)
        week = stamp.isocalendar()[:2]
        if age <= dt.timedelta(weeks=WEEKLY) and week not in weeks:
            weeks.add(week)
            keep.add(stamp)
    return sorted(keep, reverse=True)
