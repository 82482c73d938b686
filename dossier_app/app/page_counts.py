"""The real page counts of the last export laid out by LibreOffice, held in memory by the
editing session (``EditingSession.page_counts``): shown instead of the estimate until a
production's text changes noticeably (its words then differ from those exported)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

NOTICEABLE_WORDS = 30
"""A production that gained or lost more words than this since the export…"""
NOTICEABLE_SHARE = 0.05
"""…and more than this share of them shows the estimate again."""


@dataclass(frozen=True)
class Counted:
    pages: int
    words: int
    """The production's words when it was exported."""
    day: dt.date
    """The export's day."""


class PageCounts:
    """Each production's real pages, by production number (1-based)."""

    def __init__(self) -> None:
        self._counted: dict[int, Counted] = {}

    def record(self, pages: Sequence[int | None], words: Sequence[int], day: dt.date) -> None:
        """An export's counts replace the previous export's; a production the PDF did not
        show (None) keeps its estimate."""
        self._counted = {number: Counted(count, production_words, day)
                         for number, (count, production_words) in enumerate(zip(pages, words, strict=True), 1)
                         if count is not None}

    def real(self, production: int, words: int) -> Counted | None:
        """The count of ``production``, unless its text changed noticeably since."""
        counted = self._counted.get(production)
        if counted is None:
            return None
        changed = abs(words - counted.words)
        if changed > max(NOTICEABLE_WORDS, NOTICEABLE_SHARE * counted.words):
            return None
        return counted
