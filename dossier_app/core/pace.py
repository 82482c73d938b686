"""A pace toward the submission date: what remains to write, how much per writing day, and
whether the candidate is ahead, on time or late.

Pure: the day is passed in. The figures and their rules:

- A chapter's target is the dossier's own (``Dossier.chapter_targets``), else the guidance's
  length mark (``min_words``). Words above one chapter's target do not make up for another.
- The submission date is the first dated step of kind « remise du dossier »; with none there
  is no pace (``PaceStatus.NO_DATE``), whatever the jury's date.
- A writing day: ``WRITING_DAYS_PER_WEEK`` days of each week are counted as writing days (a
  candidate with a job and a mandate does not write every day).
- The status compares the words written toward the targets with a straight line from
  nothing written on the path's first dated step (else from the words before the log's
  first day, on that day; else from today's words, today) to every target met on the
  submission date, give or take ``MARGIN_SHARE`` of all targets.
- The ready date follows the candidate's own rhythm: the words added over the log's last
  ``RECENT_DAYS`` days, once the log holds ``MIN_LOG_DAYS`` days written.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from enum import Enum

from .guidance import Guidance
from .markdown import count_words
from .model import ChapterKind, Dossier, StepKind, WritingDay

WRITING_DAYS_PER_WEEK = 4
MARGIN_SHARE = 0.10
"""Within this share of all targets from the straight line, the candidate is on time."""
MIN_MARGIN_WORDS = 50
RECENT_DAYS = 28
"""The log's days that give the candidate's rhythm for the ready date."""
MIN_LOG_DAYS = 3
"""Fewer days written than this: too short a log to foresee a date."""


class PaceStatus(Enum):
    AHEAD = "ahead"
    ON_TIME = "on_time"
    LATE = "late"
    DONE = "done"
    """Every chapter has reached its target."""
    PAST = "past"
    """The submission date has passed with words still to write."""
    NO_DATE = "no_date"
    """No dated submission step: no pace to keep."""


@dataclass(frozen=True)
class ChapterPace:
    production: int
    kind: ChapterKind
    words: int
    target: int

    @property
    def remaining(self) -> int:
        return max(self.target - self.words, 0)

    @property
    def toward(self) -> int:
        """The words that count toward the target (none beyond it)."""
        return min(self.words, self.target)


@dataclass(frozen=True)
class Pace:
    chapters: tuple[ChapterPace, ...]
    status: PaceStatus
    submission: dt.date | None = None
    days_left: int | None = None
    """Days from today to the submission date (0: today; negative: passed)."""
    writing_days_left: int | None = None
    words_per_writing_day: int | None = None
    """What remains shared over the writing days left (None: no date, or it has passed)."""
    ready: dt.date | None = None
    """When the dossier reaches its targets at the log's recent rhythm (None: too short a
    log, no words lately, or nothing left to write)."""

    @property
    def remaining(self) -> int:
        return sum(chapter.remaining for chapter in self.chapters)

    @property
    def target(self) -> int:
        return sum(chapter.target for chapter in self.chapters)


def target_for(dossier: Dossier, guidance: Guidance, kind: ChapterKind) -> int:
    """The candidate's own target for ``kind``, else the guidance's length mark."""
    own = dossier.chapter_targets.get(kind)
    return own if own is not None else guidance.chapters[kind].min_words


def submission_date(dossier: Dossier) -> dt.date | None:
    return next((s.date for s in dossier.steps if s.kind is StepKind.SUBMISSION and s.date), None)


def pace(dossier: Dossier, guidance: Guidance, today: dt.date,
         log: list[WritingDay] | None = None) -> Pace:
    """The dossier's pace on ``today``; ``log`` defaults to the dossier's own writing log
    (pass an empty list when the log may not be read, as for an advisor's copy not shared)."""
    log = dossier.writing_log if log is None else log
    chapters = tuple(ChapterPace(number, kind, count_words(chapter.text),
                                 target_for(dossier, guidance, kind))
                     for number, production in enumerate(dossier.productions, start=1)
                     for kind, chapter in production.chapters.items())
    remaining = sum(chapter.remaining for chapter in chapters)
    ready = _ready(log, remaining, today)
    submission = submission_date(dossier)
    if submission is None:
        return Pace(chapters, PaceStatus.DONE if remaining == 0 else PaceStatus.NO_DATE,
                    ready=ready)
    days_left = (submission - today).days
    status = _status(dossier, log, chapters, submission, today)
    if days_left < 0:
        return Pace(chapters, status, submission, days_left, ready=ready)
    writing_days = max(math.ceil(days_left * WRITING_DAYS_PER_WEEK / 7), 1)
    return Pace(chapters, status, submission, days_left, writing_days,
                math.ceil(remaining / writing_days), ready)


def _status(dossier: Dossier, log: list[WritingDay], chapters: tuple[ChapterPace, ...],
            submission: dt.date, today: dt.date) -> PaceStatus:
    if all(chapter.remaining == 0 for chapter in chapters):
        return PaceStatus.DONE
    if today > submission:
        return PaceStatus.PAST
    target = sum(chapter.target for chapter in chapters)
    written = sum(chapter.toward for chapter in chapters)
    start, level = _start(dossier, log, submission, today, target, written)
    share = min(max((today - start).days, 0) / max((submission - start).days, 1), 1.0)
    expected = level + (target - level) * share
    margin = max(target * MARGIN_SHARE, MIN_MARGIN_WORDS)
    if written > expected + margin:
        return PaceStatus.AHEAD
    if written < expected - margin:
        return PaceStatus.LATE
    return PaceStatus.ON_TIME


def _start(dossier: Dossier, log: list[WritingDay], submission: dt.date, today: dt.date,
           target: int, written: int) -> tuple[dt.date, float]:
    """Where the straight line starts, and the words written toward the targets there:
    nothing on the path's first dated step before the submission; else the dossier's
    words before the log's first day; else where the candidate stands today."""
    before = [s.date for s in dossier.steps if s.date is not None and s.date < submission]
    if before:
        return min(before), 0
    if log:
        first = min(log, key=lambda day: day.date)
        return first.date, min(first.words_total - first.words_added, target)
    return today, written


def _ready(log: list[WritingDay], remaining: int, today: dt.date) -> dt.date | None:
    if remaining == 0:
        return None
    written = [day for day in log if day.words_added > 0 and day.date <= today]
    if len(written) < MIN_LOG_DAYS:
        return None
    since = max(today - dt.timedelta(days=RECENT_DAYS - 1), min(day.date for day in written))
    recent = sum(day.words_added for day in written if day.date >= since)
    per_day = recent / ((today - since).days + 1)
    if per_day <= 0:
        return None
    return today + dt.timedelta(days=math.ceil(remaining / per_day))
