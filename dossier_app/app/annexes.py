"""The annexes' use cases, without Qt: read a document to attach, move or remove an annex
(the text's references follow its number), the reference inserted in a chapter, and the
private copies the system's viewer opens."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from ..core.annex_refs import renumber
from ..core.limits import check_total
from ..core.model import Annex, AnnexFile, Dossier

REFERENCE = "(voir annexe {number})"
"""What « Insérer un renvoi à une annexe » writes: the dossier's words, always French."""
_SUFFIXES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def read_file(path: Path, beside: list[Annex]) -> AnnexFile:
    """The document at ``path``, checked (and converted to PDF when it is a Word or
    LibreOffice file), that fits with the documents of the annexes ``beside`` it; raises
    ``FileProblem`` with the sentence saying why not."""
    from ..readers.attachment import read_attachment  # pypdf and Pillow: on first use only

    file = read_attachment(path)
    check_total([*beside, Annex(file=file)])
    return file


def pdf_pages(file: AnnexFile) -> int | None:
    """How many pages an attached PDF has (None for an image)."""
    if file.media_type != "application/pdf":
        return None
    from ..readers.attachment import pdf_page_count

    return pdf_page_count(file.data)


def move(dossier: Dossier, index: int, to: int) -> None:
    """Move the annex at ``index`` (0-based) to ``to``; the text cites the new numbers."""
    order = list(range(1, len(dossier.annexes) + 1))
    order.insert(to, order.pop(index))
    renumber(dossier, order)


def remove(dossier: Dossier, index: int) -> None:
    """Remove the annex at ``index`` (0-based); references to the annexes after it follow
    their new numbers, and one to the removed annex becomes « annexe ? » for the readiness
    check to flag."""
    renumber(dossier, [n for n in range(1, len(dossier.annexes) + 1) if n != index + 1])


def reference(number: int, before: str) -> str:
    """The reference to annex ``number`` to insert after the text ``before`` the cursor: a
    space first unless the cursor starts a line or follows a space or an opening bracket."""
    text = REFERENCE.format(number=number)
    return text if not before or before[-1].isspace() or before[-1] in "([«" else " " + text


class PrivateCopies:
    """Copies of attached documents for the system's viewer, in a folder only the user can
    read, made on first need and removed with everything in it by ``remove``."""

    def __init__(self) -> None:
        self._folder: Path | None = None

    def write(self, file: AnnexFile, number: int) -> Path:
        """A fresh copy of ``file``, named after the annex's number and the file's name."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="dossier-ccpt-annexes-"))  # mode 0700
        stem = Path(file.name).stem or "document"
        target = self._folder / f"annexe-{number}-{stem}{_SUFFIXES.get(file.media_type, '')}"
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(file.data)
        return target

    def remove(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
