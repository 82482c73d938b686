"""The .ccpt file: one SQLite database per dossier, saved transactionally.

Opening checks that the file is ours (application id), of a known version
(older versions are migrated after a backup copy) and sound (quick check);
anything else is refused with one sentence (core.sentence) and the file is left alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..core.clock import SYSTEM, Clock
from ..core.errors import DossierError, FileProblem, InvalidData, ReadOnlyError, describe_os_error
from ..core.files import atomic_target, check_input_file, display
from ..core.limits import (
    MAX_COMMENTS,
    MAX_ITEMS,
    MAX_PRODUCTIONS,
    MAX_REVISIONS_LISTED,
    MAX_TEXT_CHARS,
    MAX_WRITING_DAYS,
)
from ..core.markdown import count_words
from ..core.model import (
    CANDIDATE_TEXT_FIELDS,
    LEVELS,
    Action,
    Annex,
    AnnexFile,
    AnnexKind,
    Assessment,
    Candidate,
    Chapter,
    ChapterKind,
    ChapterStatus,
    Comment,
    Declaration,
    Dossier,
    Gap,
    JuryResult,
    Mandate,
    NameKind,
    Outcome,
    Positioning,
    Production,
    Pseudonym,
    ReferentialRef,
    Reply,
    RevisionReason,
    Step,
    StepKind,
    WritingDay,
    new_uid,
)
from ..core.sentence import Sentence, say
from ..readers.attachment import check_attachment
from . import lock as locking
from . import values
from .backups import backup_before_migration
from .connection import TooLong, connect_file, harden, is_interrupted, set_journal, time_limit
from .lock import LockHolder, LockIdentity
from .oral_rows import read_oral, write_oral
from .schema import APPLICATION_ID, SCHEMA_VERSION, create_schema, migrate
from .schema_check import ForeignSchema, verify_schema

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = 512 * 1024 * 1024
"""The largest dossier file opened (one with years of versions is a few megabytes)."""
OPEN_SECONDS = 10.0
"""Opening or reading a whole dossier that takes longer than this is stopped."""
AUTOSAVE_REVISION_EVERY = dt.timedelta(minutes=10)
"""A chapter save keeps an ``autosave`` revision when the last one is older than this."""

_CANDIDATE_COLUMNS = (*CANDIDATE_TEXT_FIELDS, "show_union", "show_address")


@dataclass(frozen=True)
class Revision:
    id: int
    production: int
    kind: ChapterKind
    created: dt.datetime
    reason: RevisionReason
    words: int


class DossierFile:
    """An open .ccpt file. Use ``create`` or ``open``; always ``close`` (or ``with``)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, identity: LockIdentity | None,
                 holder: LockHolder | None, clock: Clock = SYSTEM) -> None:
        self.path = path
        self.clock = clock
        """Dates the revisions, the lock and the backups (a test or the example fixes it)."""
        self._db = connection
        self._identity = identity
        self.holder = holder
        """Who has the file open for writing, when this instance is read-only because of it."""
        self._last_heartbeat = clock.utc()
        self.changed_since_backup = False
        self.unwritable = False
        """Read-only because the file or its folder cannot be written (not another holder)."""
        self._checked: Dossier | None = None
        """The dossier as ``open`` read and checked it: the first ``load`` needs no second
        read (a large dossier on a network share is read once)."""

    # --- opening and closing ---------------------------------------------------------

    @classmethod
    def create(cls, path: Path, dossier: Dossier, identity: LockIdentity,
               clock: Clock = SYSTEM) -> DossierFile:
        """Write a new file at ``path`` (replacing one there) and open it for writing.

        The file is built beside its destination and moved into place whole, so a
        failure never leaves a half-written dossier.
        """
        path = path.absolute()
        _refuse_if_held(path, identity, clock)
        with atomic_target(path) as temporary:
            connection = connect_file(temporary, read_only=False)
            try:
                create_schema(connection)
                with _transaction(connection, path):
                    _write_all(connection, dossier, _stamp(clock))
                connection.execute("PRAGMA optimize")
            except sqlite3.DatabaseError as error:
                raise FileProblem(say("Impossible d’écrire « {path} » : {reason}.",
                                      path=str(path), reason=_sqlite_reason(error))) from None
            finally:
                connection.close()
        return cls.open(path, identity, clock=clock)

    @classmethod
    def open(cls, path: Path, identity: LockIdentity | None = None, *,
             read_only: bool = False, backup_dir: Path | None = None,
             clock: Clock = SYSTEM) -> DossierFile:
        """Open for writing, or read-only when asked, when no identity is given, or when
        another instance holds the file (then ``holder`` says who).

        ``backup_dir`` receives a copy before an older file is migrated.
        """
        path = path.absolute()
        check_header(path)
        if read_only or identity is None:
            return cls(path, _open_read_only(path), None, None, clock)
        if not _writable(path):
            return cls._unwritable(path, clock)
        connection = connect_file(path, read_only=False, journal=False)
        try:
            with time_limit(connection, OPEN_SECONDS):
                version = check_identity(connection, path)
                verify(connection, path, version)
                _quick_check(connection, path)
                set_journal(connection)
                if version < SCHEMA_VERSION:
                    backup_before_migration(connection, path, version, backup_dir,
                                            clock.now().replace(tzinfo=None))
                    migrate(connection, version)
                checked = _readable(connection, path)  # before the lock row: a bad file stays untouched
                _conflicts(connection, path)
                connection.execute("BEGIN IMMEDIATE")
                holder = _holder(connection, path)
                if holder is not None and not locking.is_stale(holder, identity, _lock_path(path),
                                                               clock):
                    connection.execute("ROLLBACK")
                    connection.close()
                    return cls(path, _open_read_only(path), None, holder, clock)
                locking.write_lock(connection, identity, _lock_path(path), clock)
                connection.execute("COMMIT")
        except (FileProblem, OSError) as error:
            connection.close()
            if isinstance(error, FileProblem):
                raise
            raise _cannot_open(path, error) from None
        except TooLong:
            connection.close()
            raise _too_long(path) from None
        except (sqlite3.DatabaseError, UnicodeError) as error:
            connection.close()
            if _is_read_only_error(error):
                return cls._unwritable(path, clock)
            raise _damaged(path, error) from None
        opened = cls(path, connection, identity, None, clock)
        opened._checked = checked
        return opened

    @classmethod
    def _unwritable(cls, path: Path, clock: Clock) -> DossierFile:
        """The file or its folder cannot be written (read-only medium or permissions):
        a read-only view, marked so that the window can say why."""
        view = cls(path, _open_read_only(path), None, None, clock)
        view.unwritable = True
        return view

    @property
    def read_only(self) -> bool:
        return self._identity is None

    def close(self) -> None:
        if self._db is None:
            return
        try:
            if self._identity is not None:
                with contextlib.suppress(sqlite3.DatabaseError), self._db:
                    locking.release_lock(self._db, self._identity)
        finally:
            self._db.close()
            self._db = None  # type: ignore[assignment]

    def __enter__(self) -> DossierFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------

    def load(self) -> Dossier:
        checked, self._checked = self._checked, None
        if checked is not None:
            return checked
        try:
            with time_limit(self._db, OPEN_SECONDS):
                return _readable(self._db, self.path)
        except TooLong:
            raise _too_long(self.path) from None

    # --- writing ---------------------------------------------------------------------

    def save(self, dossier: Dossier) -> None:
        """Replace the whole content in one transaction (structure edits, import)."""
        with self._writing():
            _write_all(self._db, dossier, _stamp(self.clock))

    def save_chapter(self, production: int, kind: ChapterKind, text: str) -> None:
        """Write one chapter's text, and nothing else but bookkeeping (the path of typing)."""
        with self._writing():
            cursor = self._db.execute(
                "UPDATE chapters SET text = ?, updated = ?, "
                "status = CASE WHEN status = 'to_write' AND ? <> '' THEN 'draft' ELSE status END "
                "WHERE production = ? AND kind = ?",
                (text, _stamp(self.clock), text.strip(), production, kind.value),
            )
            _require_chapter(cursor, production, kind)
            last = self._db.execute(
                "SELECT created FROM revisions WHERE production = ? AND kind = ? "
                "ORDER BY id DESC LIMIT 1", (production, kind.value)).fetchone()
            if last is None or (dt.datetime.fromisoformat(_stamp(self.clock))
                                - dt.datetime.fromisoformat(last[0]) > AUTOSAVE_REVISION_EVERY):
                self._snapshot(production, kind, RevisionReason.AUTOSAVE)

    def set_chapter_status(self, production: int, kind: ChapterKind,
                           status: ChapterStatus) -> None:
        with self._writing():
            cursor = self._db.execute(
                "UPDATE chapters SET status = ? WHERE production = ? AND kind = ?",
                (status.value, production, kind.value))
            _require_chapter(cursor, production, kind)

    def save_writing_day(self, day: WritingDay) -> None:
        """Record one day of the writing log (replacing that date's entry), and nothing else:
        the session writes it as the candidate types."""
        with self._writing():
            self._db.execute(
                "INSERT INTO writing_log (date, words_added, words_total) VALUES (?, ?, ?) "
                "ON CONFLICT (date) DO UPDATE SET words_added = excluded.words_added, "
                "words_total = excluded.words_total",
                (day.date.isoformat(), day.words_added, day.words_total))

    def refresh_lock(self) -> None:
        """Tell other instances we are still here (call every few minutes while open)."""
        if self.read_only:
            return
        with self._writing(heartbeat=False):
            locking.touch_lock(self._db, self._identity, self.clock)  # type: ignore[arg-type]
        self._last_heartbeat = self.clock.utc()

    @contextlib.contextmanager
    def _writing(self, heartbeat: bool = True) -> Iterator[None]:
        if self.read_only:
            if self.holder is not None:
                raise ReadOnlyError(say("Le dossier « {file} » est ouvert en lecture seule : "
                                        "{holder} l’a ouvert.", file=_name(self.path),
                                        holder=self.holder.describe()))
            raise ReadOnlyError(say("Le dossier « {file} » est ouvert en lecture seule.",
                                    file=_name(self.path)))
        self._checked = None  # the file changes: the next load reads it
        with _transaction(self._db, self.path):
            yield
            if heartbeat and self.clock.utc() - self._last_heartbeat > locking.HEARTBEAT_EVERY:
                locking.touch_lock(self._db, self._identity, self.clock)  # type: ignore[arg-type]
                self._last_heartbeat = self.clock.utc()
        self.changed_since_backup = True

    # --- revisions -------------------------------------------------------------------

    def snapshot(self, reason: RevisionReason,
                 chapters: list[tuple[int, ChapterKind]] | None = None) -> None:
        """Keep a revision of the given chapters (all of them by default)."""
        with self._writing():
            targets = chapters or [
                (number, ChapterKind(kind)) for number, kind in
                self._db.execute("SELECT production, kind FROM chapters ORDER BY production, kind")]
            for production, kind in targets:
                self._snapshot(production, kind, reason)

    def _snapshot(self, production: int, kind: ChapterKind, reason: RevisionReason) -> None:
        self._db.execute(
            "INSERT INTO revisions (production, kind, text, created, reason) "
            "SELECT production, kind, text, ?, ? FROM chapters WHERE production = ? AND kind = ?",
            (_stamp(self.clock), reason.value, production, kind.value))

    def revisions(self, production: int, kind: ChapterKind) -> list[Revision]:
        """The chapter's revisions, newest first."""
        rows = self._db.execute(
            "SELECT id, created, reason, text FROM revisions WHERE production = ? AND kind = ? "
            "ORDER BY id DESC LIMIT ?", (production, kind.value, MAX_REVISIONS_LISTED))
        try:
            return [Revision(row[0], production, kind, values.timestamp(row[1]),  # type: ignore[arg-type]
                             RevisionReason(row[2]), count_words(values.text(row[3])))
                    for row in rows]
        except ValueError:
            raise FileProblem(say("Les versions enregistrées dans « {file} » sont endommagées "
                                  "et ne peuvent pas être lues.", file=_name(self.path))) from None

    def revision_text(self, revision_id: int) -> str:
        row = self._db.execute("SELECT text FROM revisions WHERE id = ?", (revision_id,)).fetchone()
        if row is None:
            raise _no_revision(revision_id)
        return row[0]

    def restore_revision(self, revision_id: int) -> str:
        """Put a revision's text back; the current text is kept as a ``restore`` revision
        first, so the restore itself can be undone. Returns the restored text."""
        row = self._db.execute("SELECT production, kind, text FROM revisions WHERE id = ?",
                               (revision_id,)).fetchone()
        if row is None:
            raise _no_revision(revision_id)
        production, kind, text = row[0], ChapterKind(row[1]), row[2]
        with self._writing():
            self._snapshot(production, kind, RevisionReason.RESTORE)
            self._db.execute(
                "UPDATE chapters SET text = ?, updated = ? WHERE production = ? AND kind = ?",
                (text, _stamp(self.clock), production, kind.value))
        return text

    # --- copies and exchanges with the advisor --------------------------------------

    def copy_to(self, target: Path, exchange: str | None = None) -> None:
        """A consistent copy with SQLite's backup API, private, without our lock in it.

        ``exchange`` marks the copy as the one sent under that id (see ``record_exchange``);
        that copy, which leaves the candidate's hands, holds the writing log only when the
        candidate chose to share it, and is compacted (``_compact``).
        """
        target = target.absolute()
        with atomic_target(target) as temporary:
            copy = connect_file(temporary, read_only=False)
            try:
                self._db.backup(copy)
                with copy:
                    copy.execute("DELETE FROM lock")
                    copy.execute("DELETE FROM exchanges")
                    copy.execute("DELETE FROM conflicts")
                    if exchange is not None:
                        copy.execute("INSERT OR REPLACE INTO meta VALUES ('exchange', ?)",
                                     (exchange,))
                        copy.execute("DELETE FROM writing_log WHERE NOT (SELECT share_writing_log "
                                     "FROM dossier WHERE id = 1)")
                if exchange is not None:
                    _compact(copy)
            except sqlite3.DatabaseError as error:
                raise FileProblem(say("Impossible d’écrire la copie « {path} » : {reason}.",
                                      path=str(target), reason=_sqlite_reason(error))) from None
            finally:
                copy.close()


    def record_exchange(self, exchange: str, target: Path, base: str) -> None:
        """Remember a copy sent for review and the dossier as sent (the merge's base)."""
        with self._writing():
            self._db.execute("INSERT INTO exchanges (id, sent, target, base) VALUES (?, ?, ?, ?)",
                             (exchange, _stamp(self.clock), str(target), base))

    def exchange_id(self) -> str | None:
        """The id this file was sent under, when it is a copy sent for review."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'exchange'").fetchone()
        return row[0] if row else None

    def exchange_base(self, exchange: str) -> str | None:
        row = self._db.execute("SELECT base FROM exchanges WHERE id = ?", (exchange,)).fetchone()
        return row[0] if row else None

    def save_merge(self, dossier: Dossier, conflicts: list[tuple[int, ChapterKind, str]],
                   author: str) -> None:
        """Save a merged dossier and, in the same transaction, keep the advisor's text of
        each chapter both sides changed, for the candidate to choose."""
        with self._writing():
            _write_all(self._db, dossier, _stamp(self.clock))
            for production, kind, theirs in conflicts:
                cursor = self._db.execute(
                    "INSERT INTO revisions (production, kind, text, created, reason) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (production, kind.value, theirs, _stamp(self.clock), RevisionReason.ADVISOR.value))
                self._db.execute("INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?, ?, ?)",
                                 (production, kind.value, cursor.lastrowid, author, _stamp(self.clock)))

    def conflicts(self) -> dict[tuple[int, ChapterKind], ChapterConflict]:
        return _conflicts(self._db, self.path)

    def settle_conflict(self, production: int, kind: ChapterKind, take_theirs: bool) -> str | None:
        """End a conflict; with ``take_theirs`` the advisor's text replaces the chapter's
        (kept as a revision first). Returns the new text, or None when unchanged."""
        conflict = self.conflicts().get((production, kind))
        if conflict is None:
            return None
        text = self.revision_text(conflict.revision) if take_theirs else None
        with self._writing():
            if text is not None:
                self._snapshot(production, kind, RevisionReason.MANUAL)
                self._db.execute(
                    "UPDATE chapters SET text = ?, updated = ? WHERE production = ? AND kind = ?",
                    (text, _stamp(self.clock), production, kind.value))
            self._db.execute("DELETE FROM conflicts WHERE production = ? AND kind = ?",
                             (production, kind.value))
        return text


_ATTACHED = "SQLITE_LIMIT_ATTACHED"  # by name: Python 3.10's sqlite3 lacks it, as harden() says


def _compact(copy: sqlite3.Connection) -> None:
    """Rebuild the copy for the advisor without free pages: what was deleted from it (the
    private log, the dossiers as sent before, each holding its documents) can no longer be
    read back from them, and the copy is no bigger than its content, to travel by e-mail.

    VACUUM works through an internal ATTACH, which the hardened connection refuses; the copy
    is the app's own, made by the backup API from a file whose schema was verified on open."""
    copy.set_authorizer(None)
    setlimit = getattr(copy, "setlimit", None)  # Python 3.11 and later, as in harden()
    if setlimit is not None:
        setlimit(getattr(sqlite3, _ATTACHED), 1)
    copy.execute("VACUUM")


@dataclass(frozen=True)
class ChapterConflict:
    revision: int
    """The revision holding the advisor's text."""
    author: str


# --- connection helpers ------------------------------------------------------------------


def _open_read_only(path: Path) -> sqlite3.Connection:
    """Read-only access that never writes to the file, older versions migrated in memory.

    A file left with a hot journal (a crash in the middle of a save or a migration)
    is recovered in a private temporary copy, so that it reads as it was before the
    interrupted change, without touching the original.
    """
    journal = path.with_name(path.name + "-journal")
    if journal.is_file() and journal.stat().st_size > 0:
        return _recovered_copy(path, journal)
    connection = connect_file(path, read_only=True)
    try:
        with time_limit(connection, OPEN_SECONDS):
            return _checked_for_reading(connection, path)
    except TooLong:
        connection.close()
        raise _too_long(path) from None
    except FileProblem:
        connection.close()
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        connection.close()
        raise _damaged(path, error) from None


def _checked_for_reading(connection: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    version = check_identity(connection, path)
    verify(connection, path, version)
    _quick_check(connection, path)
    if version < SCHEMA_VERSION:
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        harden(memory)
        connection.backup(memory)
        connection.close()
        migrate(memory, version)
        return memory
    return connection


def _recovered_copy(path: Path, journal: Path) -> sqlite3.Connection:
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-") as folder:
        copy = Path(folder) / "dossier.ccpt"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(journal, Path(folder) / "dossier.ccpt-journal")
        except OSError as error:
            raise FileProblem(say("Impossible de lire « {path} » : {reason}.",
                                  path=display(path), reason=describe_os_error(error))) from None
        connection = connect_file(copy, read_only=False, journal=False)
        try:
            with time_limit(connection, OPEN_SECONDS):
                # Rolls the interrupted change back, in the copy.
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                checked = _checked_for_reading(connection, path)
                if checked is not connection:
                    return checked
                memory = sqlite3.connect(":memory:", isolation_level=None,
                                         check_same_thread=False)
                harden(memory)
                connection.backup(memory)
                return memory
        except TooLong:
            raise _too_long(path) from None
        except (sqlite3.DatabaseError, UnicodeDecodeError):
            raise FileProblem(say(
                "Le dossier « {file} » a été interrompu pendant un enregistrement et ne peut pas "
                "être relu ainsi : ouvrez-le dans Dossier CCPT pour le réparer.", file=_name(path)
            )) from None
        finally:
            connection.close()


def check_header(path: Path) -> None:
    check_input_file(path, say("le dossier"), MAX_FILE_BYTES)
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise _cannot_open(path, error) from None
    if not head:
        raise FileProblem(say("Le fichier « {file} » est vide : ce n’est pas un dossier CCPT.",
                              file=_name(path)))
    if head != SQLITE_MAGIC:
        raise FileProblem(say("Le fichier « {file} » n’est pas un dossier CCPT.",
                              file=_name(path)))


def check_identity(connection: sqlite3.Connection, path: Path) -> int:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise FileProblem(say("Le fichier « {file} » n’est pas un dossier CCPT (c’est une base "
                              "de données d’un autre logiciel).", file=_name(path)))
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise FileProblem(say(
            "Le dossier « {file} » a été enregistré par une version plus récente de "
            "Dossier CCPT (format {version}) : mettez l’application à jour pour l’ouvrir.",
            file=_name(path), version=version))
    if version < 0:
        raise FileProblem(say("Le dossier « {file} » porte un numéro de format inconnu "
                              "({version}) : il n’a pas été ouvert.",
                              file=_name(path), version=version))
    return version


def verify(connection: sqlite3.Connection, path: Path, version: int) -> None:
    """The file's schema is one the app writes for its version (see schema_check)."""
    try:
        verify_schema(connection, version)
    except ForeignSchema as foreign:
        raise FileProblem(say(
            "Le dossier « {file} » contient des éléments inconnus ({what}) : il a pu être "
            "modifié par un autre logiciel, il n’a pas été ouvert ni modifié.",
            file=_name(path), what=foreign.what
        )) from None


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and its journal beside it."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _is_read_only_error(error: Exception) -> bool:
    text = str(error).lower()
    return "readonly" in text or "read-only" in text


_LIMIT_SHOWN = f"{MAX_TEXT_CHARS:_}".replace("_", "\u202f")  # « 2 000 000 »


def _readable(connection: sqlite3.Connection, path: Path) -> Dossier:
    """The whole dossier, every value checked (see values.py), or one sentence."""
    try:
        return _read_all(connection)
    except sqlite3.OperationalError as error:
        if is_interrupted(error):
            raise  # time_limit turns it into "too long"
    except values.OverLimit:
        raise FileProblem(say(
            "Le dossier « {file} » dépasse ce que l’application peut ouvrir (un texte de "
            "plus de {limit} caractères ou trop d’éléments) ; il n’a pas été modifié.",
            file=_name(path), limit=_LIMIT_SHOWN
        )) from None
    except InvalidData as error:  # an attached document that is not what it says
        raise FileProblem(say(
            "Dans le dossier « {file} », l’annexe {number} {problem} ; le dossier n’a pas été "
            "ouvert ni modifié.", file=_name(path), number=error.field, problem=error.problem
        )) from None
    except (sqlite3.DatabaseError, ValueError, TypeError, KeyError, RecursionError,
            OverflowError, MemoryError):
        pass
    raise _unreadable(path)


def _unreadable(path: Path) -> FileProblem:
    return FileProblem(say("Le dossier « {file} » est endommagé : son contenu ne peut pas être "
                           "lu ; il n’a pas été modifié.", file=_name(path)))


def _conflicts(db: sqlite3.Connection, path: Path) -> dict[tuple[int, ChapterKind], ChapterConflict]:
    """The chapters waiting for the candidate's choice, every value checked like the rest."""
    try:
        return {(values.integer(p, 1, MAX_PRODUCTIONS), ChapterKind(k)):
                ChapterConflict(values.integer(r, 1, 2**63 - 1), values.text(a, 200))
                for p, k, r, a in db.execute(
                    "SELECT production, kind, revision, author FROM conflicts LIMIT ?",
                    (MAX_PRODUCTIONS * len(ChapterKind) + 1,))}
    except (ValueError, TypeError):
        raise _unreadable(path) from None


def _too_long(path: Path) -> FileProblem:
    return FileProblem(say("La lecture du dossier « {file} » prend trop de temps (plus de "
                           "{seconds} secondes) : il est trop gros ou endommagé.",
                           file=_name(path), seconds=f"{OPEN_SECONDS:.0f}"))


def _holder(connection: sqlite3.Connection, path: Path) -> LockHolder | None:
    try:
        return locking.read_holder(connection)
    except ValueError:
        raise FileProblem(say("Le dossier « {file} » est endommagé : l’indication de qui l’a "
                              "ouvert est illisible ; il n’a pas été modifié.",
                              file=_name(path))) from None


def _quick_check(connection: sqlite3.Connection, path: Path) -> None:
    # Read the answer as bytes: on a damaged file it may quote bytes that are not UTF-8.
    connection.text_factory = bytes
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        connection.text_factory = str
    if result != b"ok":
        raise _unopenable(path)


def _damaged(path: Path, error: Exception) -> FileProblem:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return FileProblem(say("Le dossier « {file} » est occupé par un autre programme ; "
                               "réessayez dans un instant.", file=_name(path)))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return FileProblem(say("Impossible d’ouvrir « {path} » : {reason}.",
                               path=_name(path), reason=_sqlite_reason(error)))
    return _unopenable(path)


def _unopenable(path: Path) -> FileProblem:
    return FileProblem(say("Le dossier « {file} » est endommagé et ne peut pas être ouvert ; "
                           "il n’a pas été modifié.", file=_name(path)))


def _cannot_open(path: Path, error: OSError) -> FileProblem:
    return FileProblem(say("Impossible d’ouvrir « {path} » : {reason}.",
                           path=display(path), reason=describe_os_error(error)))


def _no_revision(revision_id: int) -> FileProblem:
    return FileProblem(say("La version {revision} n’existe pas dans ce dossier.",
                           revision=revision_id))


def _sqlite_reason(error: Exception) -> Sentence:
    text = str(error).lower()
    if "full" in text:
        return say("le disque est plein")
    if "readonly" in text or "read-only" in text:
        return say("le fichier ou son support est en lecture seule")
    if "unable to open" in text:
        return say("le fichier n’est pas accessible")
    if "i/o" in text:
        return say("erreur de lecture ou d’écriture sur le disque")
    return say("erreur de la base de données")


def _refuse_if_held(path: Path, identity: LockIdentity, clock: Clock) -> None:
    """Do not replace a dossier that another running instance is writing to."""
    try:
        if not path.is_file():
            return
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return
        connection = connect_file(path, read_only=True)
        try:
            with time_limit(connection, OPEN_SECONDS):
                version = check_identity(connection, path)
                verify_schema(connection, version)
                holder = locking.read_holder(connection) if version >= 1 else None
        finally:
            connection.close()
    except (OSError, sqlite3.DatabaseError, DossierError, ForeignSchema, TooLong, ValueError):
        return  # not a dossier of ours in use: replacing it is the user's choice
    if holder is not None and not locking.is_stale(holder, identity, _lock_path(path), clock):
        raise FileProblem(say("Le dossier « {file} » est ouvert par {holder} : fermez-le avant "
                              "de le remplacer.", file=_name(path), holder=holder.describe()))


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection, path: Path) -> Iterator[None]:
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise _save_error(path, error) from None
    try:
        yield
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        with contextlib.suppress(sqlite3.DatabaseError):
            connection.execute("ROLLBACK")
        raise _save_error(path, error) from None
    except BaseException:
        with contextlib.suppress(sqlite3.DatabaseError):
            connection.execute("ROLLBACK")
        raise


def _save_error(path: Path, error: sqlite3.Error) -> FileProblem:
    return FileProblem(say("L’enregistrement dans « {file} » a échoué ({reason}) ; votre texte "
                           "est toujours à l’écran, réessayez ou enregistrez ailleurs.",
                           file=_name(path), reason=_sqlite_reason(error)))


def _require_chapter(cursor: sqlite3.Cursor, production: int, kind: ChapterKind) -> None:
    if cursor.rowcount != 1:
        raise FileProblem(say("La production {production} n’a pas de chapitre « {chapter} » "
                              "dans ce dossier.", production=production, chapter=kind.named))


def _name(path: Path) -> str:
    """The file's name as it can be printed (see core.files.display)."""
    return display(Path(path.name))


def _lock_path(path: Path) -> str:
    """The file's identity in the lock: links resolved, so two names of one file agree."""
    try:
        return display(path.resolve())  # a name that is not UTF-8 can still be stored
    except (OSError, RuntimeError):  # a path Windows cannot resolve (too long), a loop
        return display(path.absolute())


def _stamp(clock: Clock) -> str:
    return clock.now().isoformat(timespec="microseconds")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- whole-dossier mapping ---------------------------------------------------------------


def _write_all(db: sqlite3.Connection, dossier: Dossier, stamp: str) -> None:
    c = dossier.candidate
    db.execute(
        "UPDATE candidate SET " + ", ".join(f'"{name}" = ?' for name in _CANDIDATE_COLUMNS)
        + " WHERE id = 1",
        [getattr(c, name) for name in _CANDIDATE_COLUMNS])
    ref = dossier.referential
    db.execute(
        "UPDATE dossier SET project = ?, ccpt = ?, declaration_place = ?, declaration_date = ?, "
        "referential_id = ?, referential_edition = ?, share_writing_log = ? WHERE id = 1",
        (dossier.project, dossier.ccpt, dossier.declaration.place,
         _iso(dossier.declaration.date), ref.id if ref else None, ref.edition if ref else None,
         dossier.share_writing_log))
    _replace_rows(db, "mandates", ("title", "organisation", "start", '"end"',
                                   "time_share_percent", "description"),
                  [(m.title, m.organisation, _iso(m.start), _iso(m.end), m.time_share_percent,
                    m.description) for m in dossier.mandates])
    _replace_rows(db, "steps", ("kind", "title", "date", "attended", "summary",
                                "duration_minutes", "aim", "actions"),
                  [(s.kind.value, s.title, _iso(s.date), s.attended, s.summary, s.duration_minutes,
                    s.aim, json.dumps([[a.text, a.done] for a in s.actions], ensure_ascii=False))
                   for s in dossier.steps])
    _replace_rows(db, "comments", ("production", "chapter", "quote", "body", "author",
                                   "created", "resolved", "uid", "replies"),
                  [(m.production, m.chapter.value, m.quote, m.body, m.author, _iso(m.created),
                    m.resolved, m.uid,
                    json.dumps([[r.body, r.author, _iso(r.created)] for r in m.replies],
                               ensure_ascii=False))
                   for m in dossier.comments])
    db.execute("DELETE FROM positioning")
    db.executemany(
        "INSERT INTO positioning (competence, start_candidate, start_advisor, start_evidence, "
        "end_candidate, end_advisor, end_evidence, gaps) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(row.competence, row.start.candidate, row.start.advisor, row.start.evidence,
          row.end.candidate, row.end.advisor, row.end.evidence,
          json.dumps([[g.description, g.action, g.done] for g in row.gaps], ensure_ascii=False))
         for row in dossier.positioning])
    _replace_rows(db, "pseudonyms", ("real", "alias", "kind", "short_forms"),
                  [(p.real, p.alias, p.kind.value, json.dumps(p.short_forms, ensure_ascii=False))
                   for p in dossier.pseudonyms])
    _write_annexes(db, dossier.annexes)
    db.execute("DELETE FROM writing_log")
    db.executemany("INSERT INTO writing_log (date, words_added, words_total) VALUES (?, ?, ?)",
                   [(d.date.isoformat(), d.words_added, d.words_total) for d in dossier.writing_log])
    db.execute("DELETE FROM chapter_targets")
    db.executemany("INSERT INTO chapter_targets (kind, words) VALUES (?, ?)",
                   [(kind.value, words) for kind, words in dossier.chapter_targets.items()])
    write_oral(db, dossier.oral, _iso)
    _replace_rows(db, "results", ("ccpt", "date", "outcome", "notes"),
                  [(r.ccpt, _iso(r.date), r.outcome.value, r.notes) for r in dossier.results])
    db.execute("DELETE FROM productions WHERE number > ?", (len(dossier.productions),))
    db.execute("DELETE FROM chapters WHERE production > ?", (len(dossier.productions),))
    for number, production in enumerate(dossier.productions, start=1):
        db.execute("INSERT OR REPLACE INTO productions (number, competence, title, "
                   "trade_competences) VALUES (?, ?, ?, ?)",
                   (number, production.competence, production.title,
                    json.dumps(production.trade_competences)))
        for kind in ChapterKind:
            chapter = production.chapters[kind]
            db.execute(
                "INSERT INTO chapters (production, kind, text, status, updated) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (production, kind) DO UPDATE SET "
                "text = excluded.text, status = excluded.status, updated = CASE WHEN "
                "chapters.text = excluded.text THEN chapters.updated ELSE excluded.updated END",
                (number, kind.value, chapter.text, chapter.status.value, stamp))


def _write_annexes(db: sqlite3.Connection, annexes: list[Annex]) -> None:
    """The annex rows, and each attached document's bytes once, under their sha256: a
    document already stored is not written again (a structural save rewrites every annex
    row), and one no annex refers to any more is deleted."""
    hashes = [_stored_file(db, annex.file) if annex.file is not None else None for annex in annexes]
    _replace_rows(db, "annexes", ("title", "kind", "description", "productions", "file_name",
                                  "file_type", "file_hash"),
                  [(a.title, a.kind.value, a.description, json.dumps(a.productions),
                    a.file.name if a.file else None, a.file.media_type if a.file else None, digest)
                   for a, digest in zip(annexes, hashes, strict=True)])
    db.execute("DELETE FROM annex_files WHERE hash NOT IN "
               "(SELECT file_hash FROM annexes WHERE file_hash IS NOT NULL)")


def _stored_file(db: sqlite3.Connection, file: AnnexFile) -> str:
    digest = hashlib.sha256(file.data).hexdigest()
    if db.execute("SELECT 1 FROM annex_files WHERE hash = ?", (digest,)).fetchone() is None:
        db.execute("INSERT INTO annex_files (hash, data) VALUES (?, ?)", (digest, file.data))
    return digest


def _replace_rows(db: sqlite3.Connection, table: str, columns: tuple[str, ...],
                  rows: list[tuple]) -> None:
    db.execute(f"DELETE FROM {table}")
    db.executemany(
        f"INSERT INTO {table} (position, {', '.join(columns)}) "
        f"VALUES (?, {', '.join('?' * len(columns))})",
        [(position, *row) for position, row in enumerate(rows, start=1)])


def _rows(db: sqlite3.Connection, table: str, columns: str, make: Callable[..., object],
          limit: int = MAX_ITEMS) -> list:
    rows = db.execute(f"SELECT {columns} FROM {table} ORDER BY position LIMIT ?",
                      (limit + 1,)).fetchall()
    if len(rows) > limit:
        raise values.OverLimit(f"too many rows in {table}")
    return [make(*row) for row in rows]


_COMPETENCE = (1, 99)
_SMALL = (0, 2**31 - 1)


def _read_all(db: sqlite3.Connection) -> Dossier:
    candidate_row = db.execute(
        "SELECT " + ", ".join(f'"{name}"' for name in _CANDIDATE_COLUMNS)
        + " FROM candidate WHERE id = 1").fetchone()
    dossier_row = db.execute(
        "SELECT project, ccpt, declaration_place, declaration_date, referential_id, "
        "referential_edition, share_writing_log FROM dossier WHERE id = 1").fetchone()
    if candidate_row is None or dossier_row is None:
        raise KeyError("missing singleton row")
    *texts, show_union, show_address = candidate_row
    project, ccpt, place, declared, ref_id, ref_edition, share_log = dossier_row
    production_rows = db.execute(
        "SELECT number, competence, title, trade_competences FROM productions "
        "ORDER BY number LIMIT ?",
        (MAX_PRODUCTIONS + 1,)).fetchall()
    if len(production_rows) > MAX_PRODUCTIONS:
        raise values.OverLimit("too many productions")
    chapters: dict[int, dict[ChapterKind, Chapter]] = {}
    for number, kind, text, status in db.execute(
            "SELECT production, kind, text, status FROM chapters "
            "WHERE production BETWEEN 1 AND ? LIMIT ?",
            (MAX_PRODUCTIONS, MAX_PRODUCTIONS * len(ChapterKind))):
        chapters.setdefault(number, {})[ChapterKind(kind)] = Chapter(values.text(text),
                                                                     ChapterStatus(status))
    productions = []
    for number, competence, title, trade in production_rows:
        own = chapters.get(number, {})
        productions.append(Production(
            competence=values.integer(competence, *_COMPETENCE), title=values.text(title),
            chapters={kind: own.get(kind, Chapter()) for kind in ChapterKind},
            trade_competences=values.whole_numbers(trade, *_COMPETENCE)))
    return Dossier(
        candidate=Candidate(**dict(zip(CANDIDATE_TEXT_FIELDS, map(values.text, texts), strict=True)),
                            show_union=values.flag(show_union),
                            show_address=values.flag(show_address)),
        mandates=_rows(db, "mandates",
                       'title, organisation, start, "end", time_share_percent, description',
                       lambda t, o, s, e, share, d: Mandate(
                           values.text(t), values.text(o), values.date(s), values.date(e),
                           values.optional_integer(share, 0, 100), values.text(d))),
        project=values.text(project),
        ccpt=values.text(ccpt, 200),
        productions=productions,
        steps=_rows(db, "steps",
                    "kind, title, date, attended, summary, duration_minutes, aim, actions",
                    lambda k, t, d, a, s, minutes, aim, actions: Step(
                        values.text(t), values.date(d), values.flag(a), values.text(s),
                        StepKind(k), values.optional_integer(minutes, *_SMALL), values.text(aim),
                        [Action(values.text(text), values.flag(done))
                         for text, done in values.json_rows(actions, 2)])),
        comments=_rows(db, "comments",
                       "production, chapter, quote, body, author, created, resolved, uid, replies",
                       lambda p, ch, q, b, a, cr, r, uid, replies: Comment(
                           values.integer(p, 1, MAX_PRODUCTIONS), ChapterKind(ch), values.text(q),
                           values.text(b), values.text(a), values.timestamp(cr), values.flag(r),
                           [Reply(values.text(body), values.text(who), values.timestamp(when))
                            for body, who, when in values.json_rows(replies, 3)],
                           values.text(uid, 200) or new_uid()),
                       limit=MAX_COMMENTS),
        pseudonyms=_rows(db, "pseudonyms", "real, alias, kind, short_forms",
                         lambda r, a, k, forms: Pseudonym(values.text(r), values.text(a),
                                                          NameKind(k), _texts(forms))),
        annexes=_read_annexes(db),
        declaration=Declaration(values.text(place), values.date(declared)),
        referential=ReferentialRef(values.text(ref_id, 200),
                                   "" if ref_edition is None else values.text(ref_edition, 200))
        if ref_id else None,
        positioning=[
            Positioning(values.integer(competence, *_COMPETENCE),
                        Assessment(_level(sc), _level(sa), values.text(se)),
                        Assessment(_level(ec), _level(ea), values.text(ee)),
                        [Gap(values.text(d), values.text(a), values.flag(done))
                         for d, a, done in values.json_rows(gaps, 3)])
            for competence, sc, sa, se, ec, ea, ee, gaps in db.execute(
                "SELECT competence, start_candidate, start_advisor, start_evidence, end_candidate, "
                "end_advisor, end_evidence, gaps FROM positioning ORDER BY competence LIMIT ?",
                (MAX_ITEMS,))],
        oral=read_oral(db),
        results=_rows(db, "results", "ccpt, date, outcome, notes",
                      lambda c, d, o, n: JuryResult(values.text(c, 200), values.date(d),
                                                    Outcome(o), values.text(n))),
        chapter_targets={ChapterKind(kind): values.integer(words, *_WORDS) for kind, words in
                         db.execute("SELECT kind, words FROM chapter_targets LIMIT ?",
                                    (len(ChapterKind),))},
        writing_log=_read_writing_log(db),
        share_writing_log=values.flag(share_log),
    )


_WORDS = (0, 10_000_000)


def _read_annexes(db: sqlite3.Connection) -> list[Annex]:
    def annex(position: int, title: object, kind: str, description: object, productions: object,
              name: object, media_type: object, digest: object) -> Annex:
        return Annex(values.text(title), AnnexKind(kind), values.text(description),
                     values.whole_numbers(productions, 1, MAX_PRODUCTIONS),
                     _read_file(db, position, name, media_type, digest))
    return _rows(db, "annexes", "position, title, kind, description, productions, file_name, "
                 "file_type, file_hash", annex)


def _read_file(db: sqlite3.Connection, position: int, name: object, media_type: object,
               digest: object) -> AnnexFile | None:
    """An annex's document, checked as one the candidate attaches (``check_attachment``
    raises ``InvalidData`` naming the annex's number) and against its hash."""
    if name is None and media_type is None and digest is None:
        return None
    row = db.execute("SELECT data FROM annex_files WHERE hash = ?", (values.text(digest, 64),)
                     ).fetchone()
    if row is None or not isinstance(row[0], bytes):
        raise ValueError("missing annex file")
    file = AnnexFile(values.text(name, 1000), values.text(media_type, 100), row[0])
    check_attachment(file, str(position))
    if hashlib.sha256(file.data).hexdigest() != digest:
        raise ValueError("annex file hash")
    return file


def _read_writing_log(db: sqlite3.Connection) -> list[WritingDay]:
    rows = db.execute("SELECT date, words_added, words_total FROM writing_log ORDER BY date "
                      "LIMIT ?", (MAX_WRITING_DAYS + 1,)).fetchall()
    if len(rows) > MAX_WRITING_DAYS:
        raise values.OverLimit("too many days in the writing log")
    days = []
    for date, added, total in rows:
        day = values.date(date)
        if day is None:
            raise ValueError("writing day without a date")
        days.append(WritingDay(day, values.integer(added, *_WORDS), values.integer(total, *_WORDS)))
    return days


def _texts(value: object) -> list[str]:
    """A column holding a JSON list of at most MAX_ITEMS texts, each one as the app could
    have written it (valid Unicode, within MAX_TEXT_CHARS)."""
    items = json.loads(values.text(value))  # too deep a nesting raises RecursionError
    if not isinstance(items, list):
        raise ValueError("list of texts")
    if len(items) > MAX_ITEMS:
        raise values.OverLimit("list of texts")
    for item in items:
        values.text(item).encode("utf-8")  # a lone surrogate (JSON's \udfff) raises a ValueError
    return items


def _level(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        raise ValueError(f"level {value!r}")
    return value
