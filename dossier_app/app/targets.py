"""Where the user asks a file to be written, checked before any work: an output that
cannot be written, or would destroy an input, is refused in one sentence."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from ..core.errors import FileProblem, describe_os_error
from ..core.files import display, refuse_unportable_name, same_file
from ..core.sentence import Sentence, say

ANY_SIZE = sys.maxsize
"""For inputs whose reader bounds the size itself (a .ccpt, a Word template)."""


def check_output(target: Path, inputs: list[Path], *, streams: bool) -> None:
    """Refuse, before any work, an output that cannot be written or would destroy an input:
    one of ``inputs`` under another spelling (``./``, a link, a hard link), a folder, a
    missing folder, a name too long, a link loop, a pipe or a device when ``streams`` is
    False; when it is True, a pipe no one reads (writing would block forever)."""
    refuse_unportable_name(target)
    for source in inputs:
        if same_file(source, target):
            raise FileProblem(say("Le fichier de sortie « {output} » est le fichier d’entrée "
                                  "« {input} » : choisissez un autre nom.",
                                  output=display(target), input=display(source)))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise _unwritable(target, describe_os_error(error)) from None
    except ValueError:
        raise FileProblem(say("Le nom « {file} » n’est pas valide.", file=display(target))) from None
    if info is None:
        _check_folder(target)
    elif stat.S_ISDIR(info.st_mode):
        raise _unwritable(target, say("c’est un répertoire, pas un fichier"))
    elif not stat.S_ISREG(info.st_mode):
        if not streams:
            raise _unwritable(target, say("ce n’est pas un fichier ordinaire"))
        if stat.S_ISFIFO(info.st_mode):
            _check_pipe(target)


def _check_folder(target: Path) -> None:
    """The folder a new file is to be created in (a dangling link's target's) exists."""
    try:
        folder = Path(os.path.realpath(target)).parent
    except (OSError, ValueError):  # Windows cannot resolve some long paths: as written
        folder = Path(os.path.abspath(target)).parent
    try:
        info = os.stat(folder)
    except OSError as error:
        problem = (say("son répertoire n’existe pas") if error.errno == errno.ENOENT
                   else describe_os_error(error))
        raise _unwritable(target, problem) from None
    if not stat.S_ISDIR(info.st_mode):
        raise _unwritable(target, say("un élément du chemin n’est pas un répertoire"))


def _check_pipe(target: Path) -> None:
    """A named pipe is written into only when someone reads it (else the write would wait
    forever). The end opened to find out is kept open until the process ends: closing it
    now would give the reader its end of file before the export is written."""
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_NONBLOCK)
    except OSError as error:
        problem = (say("c’est un tube que personne ne lit") if error.errno == errno.ENXIO
                   else describe_os_error(error))
        raise _unwritable(target, problem) from None
    _HELD_PIPES.append(descriptor)


_HELD_PIPES: list[int] = []


def _unwritable(target: Path, reason: Sentence) -> FileProblem:
    return FileProblem(say("Impossible d’écrire « {file} » : {reason}.",
                           file=display(target), reason=reason))
