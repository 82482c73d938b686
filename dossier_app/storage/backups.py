"""Backup copies in the user's data folder: at most one per interval, thinned over time.

Kept: every copy of the last day up to ``RECENT``, then the newest copy of each
of the last ``DAILY`` days, then the newest of each of the last ``WEEKLY`` weeks.
Copies made before a migration to a newer format are kept apart (the newest
``MIGRATION_COPIES``), and a new one is made only when the dossier's content differs
from the newest one's.

Every copy is written under a temporary name in its folder and renamed once whole
(``core.files.atomic_target``); the temporaries of a copy that was interrupted (the
app killed, the computer switched off) are removed before the next copy is written,
so a crash or a full disk never leaves partial copies piling up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.clock import SYSTEM
from ..core.errors import FileProblem, describe_os_error
from ..core.files import atomic_target, display, remove_stale_temporaries
from ..core.paths import private_dir
from ..core.sentence import Sentence, say

if TYPE_CHECKING:  # backups are imported by dossier_file itself (copies before migrating)
    from .dossier_file import DossierFile

INTERVAL = dt.timedelta(minutes=10)
RECENT = 10
DAILY = 14
WEEKLY = 8
MIGRATION_COPIES = 3
"""Copies made before a migration kept per dossier, whatever format they are in."""

_NAME = re.compile(r"^([0-9]{8}-[0-9]{6})\.ccpt$")
_STAMP = "%Y%m%d-%H%M%S"
_MIGRATION_NAME = re.compile(
    r"^.*-avant-mise-a-jour-format-(?P<version>[0-9]+)-(?P<stamp>[0-9]{8}-[0-9]{6})"
    r"(?:-(?P<digest>[0-9a-f]{16}))?\.ccpt$")
_DIGEST_CHUNK = 1024 * 1024


def backup_folder(backups_root: Path, dossier_path: Path) -> Path:
    """One folder per dossier, named after it and kept apart from same-named files."""
    digest = hashlib.sha1(str(dossier_path.absolute()).encode()).hexdigest()[:8]
    return backups_root / f"{_safe_stem(dossier_path)}-{digest}"


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
    """Copy the dossier if it changed and the newest copy is older than ``interval``.

    Raises ``FileProblem`` when the copy cannot be written (full disk, unwritable
    folder); nothing is left behind then and ``changed_since_backup`` stays set.
    """
    now = now or dossier.clock.now().replace(tzinfo=None)
    folder = backup_folder(backups_root, dossier.path)
    existing = list_backups(folder)
    if existing and (not dossier.changed_since_backup or now - existing[0][0] < interval):
        return None
    _prepare(folder)
    target = folder / f"{now.strftime(_STAMP)}.ccpt"
    dossier.copy_to(target)
    dossier.changed_since_backup = False
    for _, path in backups_to_drop([stamp for stamp, _ in list_backups(folder)], now, folder):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    return target


def backup_before_migration(source: sqlite3.Connection, dossier_path: Path, version: int,
                            backups_root: Path | None, now: dt.datetime | None = None) -> Path:
    """A copy of the dossier as it is before migrating it from format ``version``.

    ``source`` is the open connection to ``dossier_path`` (in rollback-journal mode,
    outside a write transaction). The copy goes to the dossier's backup folder as
    ``{stem}-avant-mise-a-jour-format-{version}-{stamp}-{digest}.ccpt``, where
    ``digest`` is the start of the SHA-256 of the dossier file's bytes: when a copy of
    this format with the same digest is already there (an earlier attempt was
    interrupted after it), that copy is returned and nothing is written. Only the
    newest ``MIGRATION_COPIES`` are kept. Raises ``FileProblem`` when no copy can be made.
    """
    if backups_root is None:
        raise FileProblem(say("Le dossier « {file} » est dans un ancien format : il faut un "
                              "dossier de sauvegarde pour le mettre à jour sans risque.",
                              file=display(Path(dossier_path.name))))
    now = now or SYSTEM.now().replace(tzinfo=None)
    folder = backup_folder(backups_root, dossier_path)
    _prepare(folder)
    reading = not source.in_transaction
    if reading:
        # A read transaction: no other connection writes the file while it is measured
        # and copied, so the digest is the copy's.
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        digest = _file_digest(dossier_path)
        same = [path for stamp, copy_version, copy_digest, path in migration_copies(folder)
                if copy_version == version and digest is not None and copy_digest == digest]
        if same:
            target = same[0]
        else:
            suffix = f"-{digest}" if digest else ""
            target = folder / (f"{_safe_stem(dossier_path)}-avant-mise-a-jour-format-{version}-"
                               f"{now.strftime(_STAMP)}{suffix}.ccpt")
            # Room first: killed between the copy and the pruning, the app would leave one
            # copy too many.
            _drop_migration_copies(folder, keep=MIGRATION_COPIES - 1)
            _copy_database(source, target)
    finally:
        if reading:
            with contextlib.suppress(sqlite3.Error):
                source.execute("COMMIT")
    _drop_migration_copies(folder, keep=MIGRATION_COPIES, besides=target)
    return target


def _drop_migration_copies(folder: Path, keep: int, besides: Path | None = None) -> None:
    """Delete all but the newest ``keep`` migration copies (never ``besides``)."""
    for _, _, _, path in migration_copies(folder)[keep:]:
        if path != besides:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def migration_copies(folder: Path) -> list[tuple[dt.datetime, int, str | None, Path]]:
    """The copies made before a migration in ``folder``: (stamp, format, digest, path),
    newest first."""
    try:
        names = sorted(path.name for path in folder.iterdir())
    except OSError:
        return []
    found = []
    for name in names:
        match = _MIGRATION_NAME.match(name)
        if match:
            found.append((dt.datetime.strptime(match.group("stamp"), _STAMP),
                          int(match.group("version")), match.group("digest"), folder / name))
    return sorted(found, key=lambda item: item[0], reverse=True)


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


def _prepare(folder: Path) -> None:
    """Create the dossier's backup folder and clear what interrupted copies left in it."""
    try:
        private_dir(folder)
    except OSError as error:
        if error.errno in (errno.EEXIST, errno.ENOTDIR):
            reason = say("un élément du chemin n’est pas un répertoire")
        else:
            reason = describe_os_error(error)
        raise FileProblem(say("Impossible de créer le répertoire des sauvegardes « {path} » : "
                              "{reason}.", path=display(folder), reason=reason)) from None
    remove_stale_temporaries(folder)


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's backup API into a temporary beside ``target``, renamed once complete."""
    with atomic_target(target) as temporary:
        try:
            copy = sqlite3.connect(temporary, isolation_level=None)
        except sqlite3.Error as error:
            raise _copy_failed(target, error) from None
        try:
            copy.execute("PRAGMA journal_mode = DELETE")
            copy.execute("PRAGMA synchronous = FULL")
            source.backup(copy)
        except sqlite3.Error as error:
            raise _copy_failed(target, error) from None
        finally:
            copy.close()


def _file_digest(path: Path) -> str | None:
    """The first 16 hex digits of the SHA-256 of the file, None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(_DIGEST_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()[:16]


def _safe_stem(path: Path) -> str:
    return re.sub(r"[^\w-]+", "_", path.stem)[:40] or "dossier"


def _copy_failed(target: Path, error: sqlite3.Error) -> FileProblem:
    return FileProblem(say("Impossible d’écrire la copie « {path} » : {reason}.",
                           path=display(target), reason=_reason(error)))


def _reason(error: sqlite3.Error) -> Sentence:
    text = str(error).lower()
    if "full" in text:
        return say("le disque est plein")
    if "readonly" in text or "read-only" in text:
        return say("le support est en lecture seule")
    return say("erreur de lecture ou d’écriture")
