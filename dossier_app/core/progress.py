"""Progress at a glance: chapters by status, words, actions done, time left before the jury."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .markdown import count_words
from .model import ChapterStatus, Dossier, Step


@dataclass
class Progress:
    statuses: Counter = field(default_factory=Counter)
    """Chapters by ChapterStatus."""
    words: int = 0
    actions_done: int = 0
    actions: int = 0
    steps_attended: int = 0
    jury: dt.date | None = None
    days_to_jury: int | None = None
    next_step: Step | None = None

    @property
    def chapters(self) -> int:
        return sum(self.statuses.values())

    @property
    def chapters_reviewed(self) -> int:
        return self.statuses[ChapterStatus.REVIEWED] + self.statuses[ChapterStatus.FINAL]


def progress(dossier: Dossier, today: dt.date) -> Progress:
    result = Progress()
    for production in dossier.productions:
        for chapter in production.chapters.values():
            result.statuses[chapter.status] += 1
            result.words += count_words(chapter.text)
    for step in dossier.steps:
        result.actions += len(step.actions)
        result.actions_done += sum(action.done for action in step.actions)
        result.steps_attended += step.attended
    result.jury = dossier.jury_date()
    if result.jury is not None:
        result.days_to_jury = (result.jury - today).days
    result.next_step = dossier.next_step(today)
    return result
