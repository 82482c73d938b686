"""Who has a dossier open for writing: a row inside the file itself.

Keeping the lock in the file (not in a side file) means it travels with the
transaction machinery, leaves nothing behind on close, and a stale lock after
a crash is recognised: on the same machine the holder's process is gone; on
another machine its heartbeat is older than ``STALE_AFTER``. A holder keeps its
heartbeat fresh by saving or by calling ``refresh`` periodically.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import sqlite3
import uuid
from dataclasses import dataclass

from ..core.clock import Clock
from ..core.processes import boot_time, process_alive, process_started
from ..core.sentence import Sentence, say
from . import values

STALE_AFTER = dt.timedelta(minutes=30)
HEARTBEAT_EVERY = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class LockIdentity:
    """This app instance, as written into the lock row."""

    user: str
    host: str
    pid: int
    token: str

    @classmethod
    def current(cls, user: str | None = None) -> LockIdentity:
        return cls(user=user or _login_name(), host=socket.gethostname(), pid=os.getpid(),
                   token=uuid.uuid4().hex)


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    token: str
    path: str
    since: dt.datetime
    heartbeat: dt.datetime

    def describe(self) -> Sentence:
        """« Nadia sur l’ordinateur « PC-SALLE-2 » depuis le 05/10/2024 à 14:02 »"""
        since = self.since.astimezone()
        return say("{user} sur l’ordinateur « {host} » depuis le {day} à {time}",
                   user=self.user, host=self.host, day=since.strftime("%d/%m/%Y"),
                   time=since.strftime("%H:%M"))


def read_holder(connection: sqlite3.Connection) -> LockHolder | None:
    row = connection.execute(
        "SELECT user, host, pid, token, path, since, heartbeat FROM lock WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    user, host, pid, token, path, since, heartbeat = row
    if not all(isinstance(v, str) and len(v) < 4096 for v in (user, host, token, path)):
        raise ValueError("lock: texts")
    if not isinstance(pid, int) or not 0 <= pid < 2**32:
        raise ValueError("lock: pid")
    return LockHolder(user, host, pid, token, path, _aware(since), _aware(heartbeat))


def _aware(value: object) -> dt.datetime:
    """A timestamp as the app writes it: ISO 8601 with its offset (ValueError otherwise)."""
    stamp = values.timestamp(value)
    if stamp is None or stamp.tzinfo is None:
        raise ValueError("lock: timestamp")
    return stamp


def is_stale(holder: LockHolder, me: LockIdentity, path: str, clock: Clock) -> bool:
    if holder.token == me.token:
        return True  # our own lock
    if clock.utc() - holder.heartbeat > STALE_AFTER:
        return True
    if holder.host == me.host:
        if holder.path != path:
            return True  # the lock came along with a copy of the file
        return holder.pid != me.pid and not holder_runs(holder)
    return False


PID_REUSE_MARGIN = dt.timedelta(minutes=2)
"""How much later than the lock a process may seem to have started and still be its holder
(clock corrections between the two readings)."""


def holder_runs(holder: LockHolder) -> bool:
    """Whether the process that took the lock still runs on this computer. Its id alone
    is not enough: Windows reuses ids quickly, so a process that started after the lock was
    taken, or a lock older than the computer's last start, belongs to a process gone."""
    if not process_alive(holder.pid):
        return False
    taken = holder.since.timestamp()
    booted = boot_time()
    if booted is not None and taken < booted - PID_REUSE_MARGIN.total_seconds():
        return False
    started = process_started(holder.pid)
    return started is None or started <= taken + PID_REUSE_MARGIN.total_seconds()


def write_lock(connection: sqlite3.Connection, me: LockIdentity, path: str, clock: Clock) -> None:
    stamp = clock.utc().isoformat()
    connection.execute(
        "INSERT OR REPLACE INTO lock (id, user, host, pid, token, path, since, heartbeat) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
        (me.user, me.host, me.pid, me.token, path, stamp, stamp),
    )


def touch_lock(connection: sqlite3.Connection, me: LockIdentity, clock: Clock) -> None:
    connection.execute("UPDATE lock SET heartbeat = ? WHERE id = 1 AND token = ?",
                       (clock.utc().isoformat(), me.token))


def release_lock(connection: sqlite3.Connection, me: LockIdentity) -> None:
    connection.execute("DELETE FROM lock WHERE id = 1 AND token = ?", (me.token,))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service contexts
        return "?"
