"""How much a dossier may hold, whatever it is read from (JSON or a .ccpt file).

Far above real use (a dossier has 2 or 3 productions, a few mandates, some hundred
comments, chapters of a few pages), so that only a hostile or broken file reaches
them, and every reader stays bounded in time and memory.
"""

from __future__ import annotations

from .errors import FileProblem
from .files import megabytes
from .model import Annex
from .sentence import say

MAX_PRODUCTIONS = 50
MAX_ITEMS = 1_000
"""Mandates, path steps, actions of a step, pseudonyms, annexes, grid rows, gaps, replies."""
MAX_COMMENTS = 10_000
MAX_TEXT_CHARS = 2_000_000
"""One text (a chapter is some 10 000 characters; this is two hundred times that)."""
MAX_REVISIONS_LISTED = 1_000
"""Versions of one chapter listed at once, newest first."""
MAX_WRITING_DAYS = 3_660
"""Days of the writing log (ten years of writing every day)."""

MAX_ANNEX_FILE_BYTES = 8 * 1024 * 1024
"""One attached document (a scanned attestation is some hundred kB, a phone photo 3 to
5 MB): 8 MiB, so that a few photos fit within ``MAX_ANNEXES_BYTES``."""
MAX_ANNEXES_BYTES = 24 * 1024 * 1024
"""All the documents attached to one dossier: 24 MiB, so that the .ccpt (text, versions
and annexes) still fits the 25 MB attachment limit of common mail services when the
candidate sends it to the advisor."""
MAX_IMAGE_PIXELS = 50_000_000
"""An attached image's width times height (a 48-megapixel phone photo passes): decoding
takes some bytes a pixel, so a header claiming more is refused before decoding."""
MAX_PDF_PAGES = 100
"""Pages of one attached PDF (an attestation has one or two, minutes of a meeting ten):
more is not an annex the jury reads, and bounds the time spent opening it."""


def annexes_bytes(annexes: list[Annex]) -> int:
    """The bytes of every document attached to ``annexes``."""
    return sum(len(annex.file.data) for annex in annexes if annex.file is not None)


def check_total(annexes: list[Annex]) -> None:
    """Refuse (``FileProblem``) annexes whose documents weigh more than ``MAX_ANNEXES_BYTES``
    together: the dossier would no longer travel by e-mail."""
    total = annexes_bytes(annexes)
    if total > MAX_ANNEXES_BYTES:
        raise FileProblem(say("Les documents joints aux annexes pèsent {size} ensemble, au plus "
                              "{limit} : le dossier ne pourrait plus être envoyé par courriel. "
                              "Retirez un document ou joignez-en une version plus légère.",
                              size=megabytes(total), limit=megabytes(MAX_ANNEXES_BYTES)))
