"""Opening a .ccpt with SQLite, with every defence the Python in use offers.

A file from someone else is opened as data: untrusted schema off, triggers and views
refused at prepare time (they never run, even if the schema check missed one), and
SQLite's own limits capping the size of any value and the depth of any expression.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

MAX_VALUE_BYTES = 64 * 1024 * 1024
"""The largest single text or blob SQLite will build or return (a chapter is kilobytes)."""

_LIMITS = {
    "SQLITE_LIMIT_LENGTH": MAX_VALUE_BYTES,
    "SQLITE_LIMIT_SQL_LENGTH": 1_000_000,
    "SQLITE_LIMIT_EXPR_DEPTH": 100,
    "SQLITE_LIMIT_COMPOUND_SELECT": 10,
    "SQLITE_LIMIT_TRIGGER_DEPTH": 1,
    "SQLITE_LIMIT_ATTACHED": 0,
    "SQLITE_LIMIT_LIKE_PATTERN_LENGTH": 1000,
}
"""By name: Python 3.11 and later set them (``Connection.setlimit``); on 3.10 the time
limit, the authorizer and the value checks guard alone."""

_DBCONFIG_OFF = ("SQLITE_DBCONFIG_ENABLE_TRIGGER", "SQLITE_DBCONFIG_ENABLE_VIEW",
                 "SQLITE_DBCONFIG_TRUSTED_SCHEMA", "SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION")
_DBCONFIG_ON = ("SQLITE_DBCONFIG_DEFENSIVE",)

PROGRESS_EVERY = 10_000
"""SQLite virtual-machine steps between two looks at the clock of a bounded operation."""


class TooLong(Exception):
    """A bounded operation ran past its time."""


def connect_file(path: Path, read_only: bool, journal: bool = True) -> sqlite3.Connection:
    """A hardened connection; ``journal=False`` leaves the journal mode for
    ``set_journal`` once a foreign file has been checked (changing it writes the file)."""
    if not read_only and not path.exists():
        # Create it private before SQLite does (SQLite would follow the umask);
        # SQLite gives its journal the same permissions as the database.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    uri = f"{sqlite_uri(path)}?mode={'ro' if read_only else 'rw'}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0,
                                 check_same_thread=False)
    harden(connection)
    if not read_only and journal:
        set_journal(connection)
    return connection


def sqlite_uri(path: PurePath) -> str:
    """The ``file:`` URI SQLite opens ``path`` by (absolute). ``Path.as_uri`` puts a
    Windows share's server in the URI's authority (``file://serveur/partage/…``), which
    SQLite refuses; SQLite wants it in the path (``file:////serveur/partage/…``), and no
    extended-length prefix (it makes long paths itself)."""
    if not isinstance(path, PureWindowsPath):
        return path.as_uri()
    text = str(path)
    if text.startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]
    elif text.startswith("\\\\?\\"):
        text = text[4:]
    return "file:" + ("//" if text.startswith("\\\\") else "///") + quote(
        text.replace("\\", "/"), safe="/:")


def set_journal(connection: sqlite3.Connection) -> None:
    # A rollback journal, not WAL: nothing beside the file once closed, and it
    # works on USB sticks and network shares where WAL does not.
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("PRAGMA synchronous = FULL")


def harden(connection: sqlite3.Connection) -> None:
    """Treat the schema as untrusted and refuse anything run by a trigger or a view."""
    setconfig = getattr(connection, "setconfig", None)  # Python 3.12 and later
    if setconfig is not None:
        for name in _DBCONFIG_OFF:
            if hasattr(sqlite3, name):
                setconfig(getattr(sqlite3, name), False)
        for name in _DBCONFIG_ON:
            if hasattr(sqlite3, name):
                setconfig(getattr(sqlite3, name), True)
    setlimit = getattr(connection, "setlimit", None)  # Python 3.11 and later
    if setlimit is not None:
        for name, value in _LIMITS.items():
            setlimit(getattr(sqlite3, name), value)
    connection.set_authorizer(_authorize)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA cell_size_check = ON")
    connection.execute("PRAGMA mmap_size = 0")
    connection.execute("PRAGMA foreign_keys = OFF")  # the app declares none


def _authorize(action: int, arg1: str | None, arg2: str | None, database: str | None,
               source: str | None) -> int:
    """``source`` names the trigger or view an access comes from: none is ever ours."""
    if source is not None:
        return sqlite3.SQLITE_DENY
    if action in (sqlite3.SQLITE_CREATE_TRIGGER, sqlite3.SQLITE_CREATE_TEMP_TRIGGER,
                  sqlite3.SQLITE_CREATE_VIEW, sqlite3.SQLITE_CREATE_TEMP_VIEW,
                  sqlite3.SQLITE_CREATE_VTABLE, sqlite3.SQLITE_ATTACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def is_interrupted(error: sqlite3.Error) -> bool:
    """The statement was stopped by ``time_limit``'s progress handler."""
    return "interrupted" in str(error).lower()


@contextlib.contextmanager
def time_limit(connection: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt any statement of this block once ``seconds`` have passed (raises TooLong)."""
    deadline = time.monotonic() + seconds
    expired = False

    def check() -> int:
        nonlocal expired
        expired = time.monotonic() > deadline
        return 1 if expired else 0

    connection.set_progress_handler(check, PROGRESS_EVERY)
    try:
        yield
    except sqlite3.OperationalError:
        if expired:
            raise TooLong from None
        raise
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed inside the block
            connection.set_progress_handler(None, 0)
