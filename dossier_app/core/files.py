"""Writing files safely: atomically, readable by the user alone, with French errors."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import socket
import stat
import tempfile
from pathlib import Path

from .clock import SYSTEM
from .errors import FileProblem, describe_os_error
from .names import name_problem
from .processes import process_alive
from .sentence import Sentence, say

PRIVATE_MODE = 0o600


def write_private_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` in one step: the old file stays whole until the new one is.

    The file is created readable by the user alone (POSIX). Any failure leaves
    ``target`` as it was and raises ``FileProblem`` naming it.
    """
    if target.exists() and not target.is_file():
        # A device or a pipe the user named on purpose: write into it, never replace it.
        # Opened by the name given: /dev/stdout's link names a pipe no path can reach.
        try:
            with open(target, "wb") as handle:
                handle.write(data)
                handle.flush()
        except BrokenPipeError:
            raise  # the reader went away (« | head »): nothing to say about the file
        except OSError as error:
            raise _unwritable(target, describe_os_error(error)) from None
        return
    target = _followed(target)
    with atomic_target(target) as temporary, open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_target(target: Path):
    """Yield a private temporary path beside ``target``; on success it replaces ``target``.

    A symbolic link is followed (the file it points to is replaced, the link stays);
    anything that is not a regular file is refused rather than replaced.

    The temporary is named ``.{name}.{pid}-{host}-{random}.tmp`` after the process that
    writes it, so that what a crash leaves behind is recognised: entering this function
    removes the leftovers of earlier writers of the same target that are gone (see
    ``remove_stale_temporaries``).
    """
    refuse_unportable_name(target)
    target = _followed(target)
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        raise _unwritable(target, say("ce n’est pas un fichier ordinaire"))
    folder = target.parent or Path(".")
    remove_stale_temporaries(folder, target.name)
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.{_owner()}-", suffix=TEMPORARY_SUFFIX, dir=folder
        )
    except OSError as error:
        raise _unwritable(target, describe_os_error(error)) from None
    os.close(descriptor)  # mkstemp already created it with mode 0600
    temporary = Path(name)
    try:
        yield temporary
        if _is_sqlite(temporary):
            # A journal left beside the old file by a crashed writer would be played
            # back into the new one by the next reader, and damage it.
            _remove_side_files(target)
        os.replace(temporary, target)
    except OSError as error:
        raise _unwritable(target, describe_os_error(error)) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
            _remove_side_files(temporary)


TEMPORARY_SUFFIX = ".tmp"
STALE_TEMPORARY_AGE = 24 * 3600
"""Seconds after which a temporary nobody touched is a leftover, whoever made it."""

_SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
_TEMPORARY = re.compile(
    r"^\.(?P<target>.+)\.(?:(?P<pid>[0-9]+)-(?P<host>[0-9a-f]{6})-)?[a-z0-9_]{8}\.tmp"
    r"(?:-journal|-wal|-shm)?$")
"""Our temporaries (and SQLite's side files of them); without pid and host: older versions'."""


def remove_stale_temporaries(folder: Path, target_name: str | None = None) -> int:
    """Delete the temporaries in ``folder`` (of ``target_name`` only, when given) whose
    writer is gone: made on this computer by a process that no longer runs, or left
    untouched for a day (another computer's, or an older version's). Never fails;
    returns how many files were removed."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    host = _host_tag()
    reference: float | None = None
    for name in names:
        match = _TEMPORARY.match(name)
        if match is None or (target_name is not None and match.group("target") != target_name):
            continue
        path = folder / name
        try:
            info = path.lstat()
            if not stat.S_ISREG(info.st_mode):
                continue
            gone = (match.group("host") == host and match.group("pid") is not None
                    and not process_alive(int(match.group("pid"))))
            if not gone:
                if reference is None:
                    reference = _folder_now(folder)
                gone = reference - info.st_mtime > STALE_TEMPORARY_AGE
            if gone:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def refuse_unportable_name(target: Path) -> None:
    """A file about to be written whose name some platform cannot hold: one sentence,
    before anything is written (see names.py)."""
    problem = name_problem(target.name)
    if problem is not None:
        raise FileProblem(say("Impossible d’écrire « {file} » : {problem} ; choisissez un autre nom.",
                              file=display(target), problem=problem))


def _unwritable(target: Path, reason: Sentence) -> FileProblem:
    return FileProblem(say("Impossible d’écrire « {file} » : {reason}.",
                           file=display(target), reason=reason))


def _folder_now(folder: Path) -> float:
    """The time as the folder's file system sees it: the modification time of a file
    made there now. A shared folder's server, or a machine whose clock is wrong, may not
    agree with this computer's clock, and ages are measured on the file's own clock."""
    try:
        descriptor, name = tempfile.mkstemp(prefix=".dossier-ccpt-", suffix=".probe", dir=folder)
    except OSError:
        return SYSTEM.now().timestamp()
    try:
        return os.fstat(descriptor).st_mtime
    finally:
        os.close(descriptor)
        with contextlib.suppress(OSError):
            os.unlink(name)


def _owner() -> str:
    return f"{os.getpid()}-{_host_tag()}"


def _host_tag() -> str:
    """Six hex digits naming this computer (temporaries may sit on a shared folder)."""
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    except OSError:
        return False


def _remove_side_files(path: Path) -> None:
    for suffix in _SIDE_SUFFIXES:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _followed(target: Path) -> Path:
    return target.resolve() if target.is_symlink() else target


def check_input_file(path: Path, what: Sentence, max_bytes: int) -> int:
    """Refuse what a reader must never open: a missing path, a directory, a device or a
    pipe (an open would block or never end), an unreadable file, one over ``max_bytes``.

    Returns the file's size. ``what`` names it in the sentence (``say("le fichier JSON")``).
    """
    try:
        info = path.stat()  # follows links; a loop or a too-long name raises here
    except OSError as error:
        raise _unopenable(path, what, describe_os_error(error)) from None
    except ValueError:  # an embedded NUL
        raise FileProblem(say("{what:capital} « {file} » n’a pas un nom valide.",
                              what=what, file=display(path))) from None
    if stat.S_ISDIR(info.st_mode):
        raise _unopenable(path, what, say("c’est un répertoire, pas un fichier"))
    if not stat.S_ISREG(info.st_mode):
        raise _unopenable(path, what, say("ce n’est pas un fichier ordinaire"))
    if not os.access(path, os.R_OK):
        raise _unopenable(path, what, say("l’accès est refusé"))
    if info.st_size > max_bytes:
        raise FileProblem(say("{what:capital} « {file} » est trop gros ({size} ; au plus {limit}).",
                              what=what, file=display(path), size=megabytes(info.st_size),
                              limit=megabytes(max_bytes)))
    return info.st_size


def _unopenable(path: Path, what: Sentence, reason: Sentence) -> FileProblem:
    return FileProblem(say("Impossible d’ouvrir {what} « {file} » : {reason}.",
                           what=what, file=display(path), reason=reason))


def megabytes(size: int) -> Sentence:
    """« 12,5 Mo » : a size the way the user reads it (the units and the tenth apart, for
    a translation to put its own decimal sign)."""
    units, tenth = f"{size / 1_000_000:.1f}".split(".")
    return say("{units},{tenth} Mo", units=units, tenth=tenth)


def display(path: Path) -> str:
    """A path as text that can always be printed on one line: undecodable bytes of a file
    name (surrogate escapes) and control characters become U+FFFD."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text if text.isprintable() else _CONTROL.sub("\ufffd", text)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


MAX_TEXT_BYTES = 64 * 1024 * 1024
"""The largest JSON or text file read (the example dossier is 40 kB)."""


def read_text(path: Path, what: Sentence, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Read a UTF-8 text file; ``what`` names it in the error (``say("le fichier JSON")``)."""
    check_input_file(path, what, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:  # it grew since it was measured
            raise FileProblem(say("{what:capital} « {file} » est trop gros (au plus {limit}).",
                                  what=what, file=display(path), limit=megabytes(max_bytes)))
        return data.decode("utf-8-sig")
    except OSError as error:
        raise FileProblem(say("Impossible de lire {what} « {file} » : {reason}.",
                              what=what, file=display(path),
                              reason=describe_os_error(error))) from None
    except UnicodeDecodeError:
        raise FileProblem(say("{what:capital} « {file} » n’est pas un texte UTF-8.",
                              what=what, file=display(path))) from None


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: through ``./``, links and hard links alike."""
    if a.absolute() == b.absolute():
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
