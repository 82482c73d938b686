"""PDF through LibreOffice, the page of each heading read back from a PDF, and the annexes'
own PDF documents appended to the dossier's."""

from __future__ import annotations

import contextlib
import glob
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..core.errors import Cancelled, FileProblem, describe_os_error
from ..core.files import display
from ..core.sentence import say

CONVERSION_BASE_S = 60.0
"""Seconds LibreOffice may take for any document: starting, creating its private profile
(1.5 s here; much more on a slow Windows machine or a cold disk), converting a short one."""
CONVERSION_PER_MB_S = 30.0
"""Seconds more per MB of the document to convert (the example dossier is 40 kB)."""
CONVERSION_MAX_S = 600.0
"""The longest any conversion may take, whatever its size."""
_KILL_WAIT_S = 10.0
_POLL_S = 0.1
PDF_FILTER = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
              '"ExportBookmarks":{"type":"boolean","value":"true"},'
              '"ExportLinksRelativeFsys":{"type":"boolean","value":"false"},'
              '"ExportNotes":{"type":"boolean","value":"false"}}')
"""A tagged (accessible) PDF, with a bookmark per heading and the contents as links;
the advisor's comments are left out of it (the jury's copy)."""
_USUAL_PLACES = {
    "linux": ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
              "/opt/libreoffice*/program/soffice", "/snap/bin/libreoffice"],
    "darwin": ["/Applications/LibreOffice.app/Contents/MacOS/soffice"],
    "win32": [r"C:\Program Files\LibreOffice\program\soffice.exe",
              r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"],
}.get("linux" if sys.platform.startswith("linux") else sys.platform, [])
"""Where LibreOffice is installed when it is not on PATH, on this platform only (under
Wine, /usr/bin/soffice is the Linux program)."""


CHOSEN_LIBREOFFICE = "DOSSIER_CCPT_SOFFICE"
"""An environment variable: the LibreOffice program to use (a portable one, say), or
empty for none at all (the export then lays out and writes its PDF with Qt)."""


def find_libreoffice() -> Path | None:
    chosen = os.environ.get(CHOSEN_LIBREOFFICE)
    if chosen is not None:
        return Path(chosen) if chosen.strip() and os.access(chosen, os.X_OK) else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    for pattern in _USUAL_PLACES:
        for candidate in sorted(glob.glob(pattern), reverse=True):
            if os.access(candidate, os.X_OK):
                return Path(candidate)
    return None


def conversion_timeout(source: Path) -> float:
    """``CONVERSION_BASE_S`` plus ``CONVERSION_PER_MB_S`` per MB of ``source``, at most
    ``CONVERSION_MAX_S``."""
    try:
        size = source.stat().st_size
    except OSError:
        size = 0
    return min(CONVERSION_BASE_S + CONVERSION_PER_MB_S * size / 1_000_000, CONVERSION_MAX_S)


@contextlib.contextmanager
def private_profile() -> Iterator[Path]:
    """A throw-away LibreOffice user profile, removed afterwards: a LibreOffice the user
    has open does not capture the conversion, and the user's settings and macros play no
    part. Several conversions may share it (the second starts faster)."""
    with tempfile.TemporaryDirectory(prefix="dossier-ccpt-lo-", ignore_cleanup_errors=True) as folder:
        yield Path(folder)


def docx_to_pdf(source: Path, target: Path, soffice: Path, *, profile: Path | None = None,
                timeout: float | None = None, shown: Path | None = None,
                cancelled: Callable[[], bool] | None = None) -> None:
    """Convert ``source`` into ``target`` with LibreOffice, in a private profile (``profile``
    or a fresh one), within ``timeout`` seconds (``conversion_timeout`` by default). Errors
    name ``shown`` (the file the user asked for), or else ``target``. When ``cancelled``
    answers true, LibreOffice is stopped and ``service.Cancelled`` raised.

    LibreOffice runs in a process group (a session on POSIX) of its own: on time-out, or
    if anything goes wrong meanwhile, the whole tree (soffice, oosplash, soffice.bin and
    what they started) is killed, and nothing is left running."""
    timeout = conversion_timeout(source) if timeout is None else timeout
    name = display(shown or target)
    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(
            prefix="dossier-ccpt-pdf-", ignore_cleanup_errors=True)))
        if profile is None:
            profile = stack.enter_context(private_profile())
        command = conversion_command(soffice, profile, PDF_FILTER, work, source)
        try:
            code = run_tree(command, timeout, work / "libreoffice.log", cancelled)
        except OSError:
            raise FileProblem(say("La conversion en PDF de « {file} » n’a pas pu démarrer "
                                  "LibreOffice.", file=name)) from None
        if code is None:
            raise FileProblem(say("La conversion en PDF de « {file} » par LibreOffice n’a pas "
                                  "abouti en {seconds} secondes : elle a été arrêtée.",
                                  file=name, seconds=f"{timeout:.0f}"))
        produced = work / (source.stem + ".pdf")
        if code != 0 or not produced.is_file():
            raise FileProblem(say("La conversion en PDF de « {file} » par LibreOffice a échoué.",
                                  file=name))
        try:
            target.write_bytes(produced.read_bytes())  # into the private file, keeping its mode
        except OSError as error:
            raise FileProblem(say("Impossible d’écrire « {file} » : {reason}.",
                                  file=name, reason=describe_os_error(error))) from None


def conversion_command(soffice: Path, profile: Path, output_filter: str, folder: Path,
                       source: Path) -> list[str]:
    """LibreOffice converting ``source`` with ``output_filter`` into ``folder``, headless,
    in the private ``profile``."""
    return [str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless",
            "--norestore", "--nologo", "--nolockcheck",
            "--convert-to", output_filter, "--outdir", str(folder), str(source)]


def run_tree(command: list[str], timeout: float, log: Path,
              cancelled: Callable[[], bool] | None = None) -> int | None:
    """Run ``command`` in a process group of its own; its exit code, or None when it ran
    past ``timeout``. Whatever happens, the group is killed before returning, so that no
    descendant outlives the call. The output goes to ``log``: a pipe would keep the wait
    going as long as any descendant holds it open."""
    windows = os.name == "nt"
    flags = (getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
             | getattr(subprocess, "CREATE_NO_WINDOW", 0)) if windows else 0
    with open(log, "wb") as output:
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output,
                                   stderr=subprocess.STDOUT, creationflags=flags,
                                   start_new_session=not windows)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                return process.wait(timeout=min(_POLL_S, max(deadline - time.monotonic(), 0)))
            except subprocess.TimeoutExpired:
                if cancelled is not None and cancelled():
                    raise Cancelled(say("L’export a été annulé : aucun fichier n’a été écrit.")) \
                        from None
                if time.monotonic() >= deadline:
                    return None
    finally:
        _kill_tree(process)


def _kill_tree(process: subprocess.Popen) -> None:
    """Kill ``process`` and everything it started (its own process group)."""
    if os.name == "nt":
        if process.poll() is None:
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(["taskkill", "/T", "/F", "/PID", str(process.pid)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, timeout=_KILL_WAIT_S,
                               creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    else:
        # The group's id is the leader's pid; until every member has gone, no other
        # process can be given it, so this reaches only what LibreOffice started.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    if process.poll() is None:
        with contextlib.suppress(OSError):
            process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=_KILL_WAIT_S)


def append_documents(dossier: Path, documents: Sequence[tuple[str, bytes]], target: Path,
                     shown: Path | None = None) -> None:
    """``dossier``'s PDF written to ``target``, followed by the pages of each document as they
    are, each with a bookmark (its title) on its first page; the dossier's own pages,
    outline and tags are kept. A document pypdf cannot read is refused in one sentence
    naming its title and ``shown``."""
    if not documents:
        target.write_bytes(dossier.read_bytes())
        return
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PyPdfError

    writer = PdfWriter(clone_from=str(dossier))
    for title, data in documents:
        try:
            writer.append(PdfReader(io.BytesIO(data)), outline_item=title, import_outline=False)
        except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError):
            raise FileProblem(say("« {title} » n’est pas un PDF lisible : il ne peut pas être "
                                  "joint à « {file} ».", title=title,
                                  file=display(shown or target))) from None
    try:
        with open(target, "wb") as output:
            writer.write(output)
    except OSError as error:
        raise FileProblem(say("Impossible d’écrire « {file} » : {reason}.",
                              file=display(shown or target), reason=describe_os_error(error))) from None


def heading_pages(pdf: Path, entries: list[str]) -> tuple[list[int | None], int | None]:
    """For each heading, in document order, its 1-based page, read from the PDF's outline
    (LibreOffice makes a bookmark of every heading): no text to search, so a long
    dossier costs no more than reading its outline. An outline item that is not one of
    ``entries`` (a third-level heading) is passed over. And the number of pages."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(pdf))
        marks = [(_squeeze(item.title or ""), _one_based(reader.get_destination_page_number(item)))
                 for item in _flattened(reader.outline)]
        count = len(reader.pages)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError):
        return [None] * len(entries), None  # no numbers rather than no export
    found: list[int | None] = []
    position = 0
    for entry in entries:
        wanted = _squeeze(entry)
        hit = next((i for i in range(position, len(marks)) if marks[i][0] == wanted), None)
        found.append(None if hit is None else marks[hit][1])
        position = hit + 1 if hit is not None else position
    return found, count


def _one_based(index: int | None) -> int | None:
    return None if index is None else index + 1


def _flattened(outline) -> Iterator:
    """The outline's items in document order (pypdf nests a level's children in a list
    after their parent)."""
    for item in outline:
        if isinstance(item, list):
            yield from _flattened(item)
        else:
            yield item


def _squeeze(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
