"""Writing files safely: atomically, readable by the user alone, with French errors."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .errors import FileProblem, describe_os_error

PRIVATE_MODE = 0o600


def write_private_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` in one step: the old file stays whole until the new one is.

    The file is created readable by the user alone (POSIX). Any failure leaves
    ``target`` as it was and raises ``FileProblem`` naming it.
    """
    target = _followed(target)
    if target.exists() and not target.is_file():
        # A device or a pipe the user named on purpose: write into it, never replace it.
        try:
            with open(target, "wb") as handle:
                handle.write(data)
                handle.flush()
        except OSError as error:
            raise FileProblem(f"Impossible d’écrire « {target} » : {describe_os_error(error)}.") \
                from None
        return
    with atomic_target(target) as temporary, open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_target(target: Path):
    """Yield a private temporary path beside ``target``; on success it replaces ``target``.

    A symbolic link is followed (the file it points to is replaced, the link stays);
    anything that is not a regular file is refused rather than replaced.
    """
    target = _followed(target)
    if target.exists() and not stat.S_ISREG(target.stat().st_mode):
        raise FileProblem(f"Impossible d’écrire « {target} » : ce n’est pas un fichier ordinaire.")
    try:
        descriptor, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
        )
    except OSError as error:
        raise FileProblem(
            f"Impossible d’écrire « {target} » : {describe_os_error(error)}."
        ) from None
    os.close(descriptor)  # mkstemp already created it with mode 0600
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as error:
        raise FileProblem(
            f"Impossible d’écrire « {target} » : {describe_os_error(error)}."
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _followed(target: Path) -> Path:
    return target.resolve() if target.is_symlink() else target


def check_input_file(path: Path, what: str, max_bytes: int) -> int:
    """Refuse what a reader must never open: a missing path, a directory, a device or a
    pipe (an open would block or never end), an unreadable file, one over ``max_bytes``.

    Returns the file's size. ``what`` names it in the sentence (« le fichier JSON »).
    """
    try:
        info = path.stat()  # follows links; a loop or a too-long name raises here
    except OSError as error:
        raise FileProblem(f"Impossible d’ouvrir {what} « {display(path)} » : "
                          f"{describe_os_error(error)}.") from None
    except ValueError:  # an embedded NUL
        raise FileProblem(f"Le nom de {what} « {display(path)} » n’est pas valide.") from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(f"Impossible d’ouvrir {what} « {display(path)} » : "
                          "c’est un dossier, pas un fichier.")
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(f"Impossible d’ouvrir {what} « {display(path)} » : "
                          "ce n’est pas un fichier ordinaire.")
    if not os.access(path, os.R_OK):
        raise FileProblem(f"Impossible d’ouvrir {what} « {display(path)} » : "
                          "l’accès est refusé.")
    if info.st_size > max_bytes:
        raise FileProblem(f"{what[0].upper()}{what[1:]} « {display(path)} » est trop gros "
                          f"({megabytes(info.st_size)} ; au plus {megabytes(max_bytes)}).")
    return info.st_size


def megabytes(size: int) -> str:
    """« 12,5 Mo » : sizes the way a French user reads them."""
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")


def display(path: Path) -> str:
    """A path as text that can always be printed: undecodable bytes of a file name
    (surrogate escapes) become U+FFFD instead of breaking the output."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


MAX_TEXT_BYTES = 64 * 1024 * 1024
"""The largest JSON or text file read (the example dossier is 40 kB)."""


def read_text(path: Path, what: str, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Read a UTF-8 text file; ``what`` names it in the error (« le fichier JSON »)."""
    check_input_file(path, what, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:  # it grew since it was measured
            raise FileProblem(f"{what[0].upper()}{what[1:]} « {display(path)} » est trop gros "
                              f"(au plus {megabytes(max_bytes)}).")
        return data.decode("utf-8-sig")
    except OSError as error:
        raise FileProblem(
            f"Impossible de lire {what} « {display(path)} » : {describe_os_error(error)}."
        ) from None
    except UnicodeDecodeError:
        raise FileProblem(
            f"{what[0].upper()}{what[1:]} « {display(path)} » n’est pas un texte UTF-8."
        ) from None
