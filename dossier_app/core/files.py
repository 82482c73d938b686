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


def read_text(path: Path, what: str) -> str:
    """Read a UTF-8 text file; ``what`` names it in the error (« le fichier JSON »)."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise FileProblem(
            f"Impossible de lire {what} « {path} » : {describe_os_error(error)}."
        ) from None
    except UnicodeDecodeError:
        raise FileProblem(
            f"{what[0].upper()}{what[1:]} « {path} » n’est pas un texte UTF-8."
        ) from None
