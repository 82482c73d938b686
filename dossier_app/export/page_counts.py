"""Each production's real page count, read from a PDF of the dossier that LibreOffice laid
out: a production runs from its heading's page to the page before the next part's heading
(every first-level heading starts a page)."""

from __future__ import annotations

from pathlib import Path

from ..core.model import Dossier
from ..core.referential import Referential
from .pdf import heading_pages
from .word import headings


def production_pages(pdf: Path, dossier: Dossier, referential: Referential) -> tuple[int | None, ...]:
    """The pages of each production of ``dossier`` in ``pdf`` (its export), in order; None
    where the PDF's outline does not show where the production starts or ends (a PDF made
    without LibreOffice has no outline)."""
    entries = headings(dossier, referential)
    pages, count = heading_pages(pdf, [text for _, text in entries])
    return spans(entries, pages, count, len(dossier.productions))


def spans(entries: list[tuple[int, str]], pages: list[int | None], count: int | None,
          productions: int) -> tuple[int | None, ...]:
    """Each production's pages from the first page of every heading (``entries`` as
    ``word.headings`` gives them) and the document's page count."""
    starts = [page for (level, _), page in zip(entries, pages, strict=True) if level == 1]
    after = [*starts[1:], None if count is None else count + 1]
    first = 2  # « Le candidat et ses mandats », « Projet professionnel »
    return tuple(_span(starts[first + i], after[first + i]) for i in range(productions))


def _span(start: int | None, next_start: int | None) -> int | None:
    if start is None or next_start is None or next_start <= start:
        return None
    return next_start - start
