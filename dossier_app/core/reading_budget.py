"""How much of the jury's reading hour each production may take: a budget in words and
estimated pages, and the pages and reading minutes a production's words come to.

The jury studies the whole dossier for one hour before the session and writes its first
questions in that hour (seed 000). What is left of the hour for reading, shared between
the productions at the jury's reading pace, is each production's budget. The figures come
from the guidance file (``lengths``), each with its source or marked as an assumption,
so that an advisor organisation can change them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .markdown import count_words
from .model import ChapterKind, Production

FAR_OVER_FACTOR = 2
"""Above this many times its budget, a production stops the dossier (the jury could not
read it in its hour); between the budget and this, it is advised on."""


class Fit(str, Enum):
    WITHIN = "within"
    OVER = "over"
    """Longer than the budget: worth tightening."""
    FAR_OVER = "far-over"
    """More than ``FAR_OVER_FACTOR`` times the budget."""


@dataclass(frozen=True)
class Budget:
    """What one production may take of the jury's reading."""

    words: int
    pages: float
    minutes: float
    figures: ReadingFigures = field(repr=False)

    def fit(self, words: int) -> Fit:
        """Over when it comes to more whole pages than the budget: less than half a page
        over is within the estimate's own error."""
        if words > FAR_OVER_FACTOR * self.words:
            return Fit.FAR_OVER
        over = rounded_pages(self.figures.pages(words)) > rounded_pages(self.pages)
        return Fit.OVER if over else Fit.WITHIN


@dataclass(frozen=True)
class ReadingFigures:
    """The guidance file's figures (``lengths``)."""

    jury_minutes: float
    """The jury's study of the dossier, questions written included (seed 000: one hour)."""
    questions_share: float
    """The part of that time spent writing questions rather than reading (0 to 1)."""
    words_per_minute: float
    """The jury's reading pace."""
    words_per_page: float
    """Of the reference Word template, as LibreOffice lays it out."""
    production_extra_pages: float
    """What a production takes beside its words: its headings, and its last page partly
    filled (each production starts a page)."""
    productions: int
    """Productions the hour is shared between when the dossier's CCPT is not known."""

    @property
    def reading_minutes(self) -> float:
        return self.jury_minutes * (1 - self.questions_share)

    def budget(self, productions: int) -> Budget:
        """Each production's share when the dossier holds ``productions`` of them."""
        minutes = self.reading_minutes / max(productions, 1)
        words = round(minutes * self.words_per_minute)
        return Budget(words, self.pages(words), minutes, self)

    def pages(self, words: int) -> float:
        """The production's estimated pages in the export (none for no words)."""
        return words / self.words_per_page + self.production_extra_pages if words > 0 else 0.0

    def minutes(self, words: int) -> float:
        return words / self.words_per_minute


def productions_shared(written: int, competences: int | None, default: int) -> int:
    """How many productions share the jury's hour: one per competence of the CCPT (those
    not written yet will come), or the productions written when there are more; without a
    CCPT, ``default`` at least."""
    return max(written, competences if competences is not None else default)


def production_words(production: Production) -> int:
    return sum(count_words(production.chapters[kind].text) for kind in ChapterKind)


def rounded_pages(pages: float) -> int:
    """Whole pages as the candidate reads them: « ≈ 4 pages », never 0 for a written page."""
    return max(1, round(pages)) if pages > 0 else 0
