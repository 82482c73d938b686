"""A workshop group: the .ccpt files of a folder, summarised without writing to any."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..core.clock import SYSTEM
from ..core.errors import DossierError
from ..core.guidance import Guidance, load_guidance
from ..core.limits import MAX_ITEMS, MAX_PRODUCTIONS, MAX_TEXT_CHARS
from ..core.markdown import count_words
from ..core.model import ChapterKind, ChapterStatus, Dossier, Outcome, Production, Step, StepKind, WritingDay
from ..core.oral import OralRules, bundled_rules
from ..core.pace import Pace, pace
from ..core.readiness import oral_findings
from ..core.sentence import Sentence, say
from ..core.writing_advice import advise, bundled_advice
from . import values
from .connection import TooLong, connect_file, time_limit
from .dossier_file import OPEN_SECONDS, check_header, check_identity, verify
from .oral_rows import read_oral

ORAL_VERSION = 5
"""The first format holding the oral's preparation."""
RESULTS_VERSION = 6
"""The first format holding the jury's results."""
PACE_VERSION = 7
"""The first format holding the chapter targets and the writing log."""
LOG_DAYS = 400
"""The writing log's days read at most (more than a path lasts)."""
MAX_WORDS = MAX_TEXT_CHARS * MAX_PRODUCTIONS * len(ChapterKind)
"""More words than a dossier can hold: a figure beyond is damage."""


@dataclass
class DossierSummary:
    path: Path
    candidate: str = ""
    ccpt: str = ""
    statuses: Counter = field(default_factory=Counter)
    """Chapters by ChapterStatus."""
    words: int = 0
    open_comments: int = 0
    last_change: dt.datetime | None = None
    next_step: tuple[dt.date, str] | None = None
    """The next dated step from today: (date, title)."""
    jury: dt.date | None = None
    productions: int = 0
    oral_ready: int = 0
    """Productions ready for the oral (``readiness.oral_findings`` finds nothing)."""
    outcome: Outcome | None = None
    """The jury's decision on the dossier's CCPT, once recorded."""
    decided: dt.date | None = None
    """The date of that decision."""
    follow_up: str = ""
    """The first « suite de parcours » step not done yet."""
    writing_advice: int = 0
    """Pieces of writing advice on the chapters (``core.writing_advice``)."""
    pace: Pace | None = None
    """The pace toward the submission date; its ready date only when the candidate shares
    the writing log (an unshared log is not read)."""
    problem: Sentence | None = None
    """Why the file could not be read (then the other fields are empty)."""

    @property
    def chapters(self) -> int:
        return sum(self.statuses.values())


def summarize_folder(folder: Path, today: dt.date | None = None,
                     oral_rules: OralRules | None = None,
                     guidance: Guidance | None = None) -> list[DossierSummary]:
    """One summary per .ccpt file of ``folder`` (not its subfolders), by file name; the
    pace's targets default to ``guidance`` (the bundled one when None).

    Files are opened read-only and only the columns a summary needs are read, so a
    group of 200 dossiers lists in well under a second.
    """
    today = today or SYSTEM.today()
    guidance = guidance or load_guidance()
    return [summarize(path, today, oral_rules or bundled_rules(), guidance)
            for path in sorted(folder.glob("*.ccpt"), key=lambda p: p.name.lower())]


def summarize(path: Path, today: dt.date, oral_rules: OralRules | None = None,
              guidance: Guidance | None = None) -> DossierSummary:
    summary = DossierSummary(path)
    try:
        check_header(path)
        connection = connect_file(path, read_only=True)
        try:
            with time_limit(connection, OPEN_SECONDS):
                version, written = _read_summary(connection, path, today, summary)
                summary.pace = _read_pace(connection, version, written, guidance or load_guidance(),
                                          today)
                if version >= ORAL_VERSION:
                    _read_oral_summary(connection, oral_rules or bundled_rules(), summary)
                if version >= RESULTS_VERSION:
                    _read_results_summary(connection, summary)
        finally:
            connection.close()
    except DossierError as error:
        summary.problem = error.sentence
    except TooLong:
        summary.problem = say("La lecture du dossier « {file} » prend trop de temps.",
                              file=path.name)
    except (sqlite3.Error, ValueError, TypeError, KeyError, UnicodeDecodeError, OSError,
            RecursionError, OverflowError, MemoryError):
        summary.problem = say("Le dossier « {file} » est endommagé et ne peut pas être lu.",
                              file=path.name)
    return summary


def _read_summary(connection: sqlite3.Connection, path: Path, today: dt.date,
                  summary: DossierSummary) -> tuple[int, Dossier]:
    """Fill ``summary`` from the file; the file's format, and a dossier holding what was
    read of the chapters."""
    version = check_identity(connection, path)
    verify(connection, path, version)
    first, last = connection.execute(
        "SELECT first_name, last_name FROM candidate WHERE id = 1").fetchone()
    summary.candidate = " ".join(values.text(part, 1000) for part in (first, last) if part)
    summary.ccpt = values.text(
        connection.execute("SELECT ccpt FROM dossier WHERE id = 1").fetchone()[0], 200)
    latest = None
    written: dict[int, Production] = {}
    for number, kind, text, status, updated in connection.execute(
            "SELECT production, kind, text, status, updated FROM chapters LIMIT ?",
            (MAX_PRODUCTIONS * len(ChapterKind),)):
        summary.statuses[ChapterStatus(status)] += 1
        summary.words += count_words(values.text(text))
        written.setdefault(int(number), Production(0)).chapters[ChapterKind(kind)].text = \
            values.text(text)
        stamp = values.timestamp(updated)
        if stamp and (latest is None or updated > latest):
            latest = updated
    chapters = Dossier(productions=[written[n] for n in sorted(written)])
    summary.writing_advice = len(advise(chapters, bundled_advice()))
    summary.open_comments = connection.execute(
        "SELECT count(*) FROM comments WHERE resolved = 0").fetchone()[0]
    # Version 1 files (read as they are, never migrated here) had workshops only.
    steps = ("SELECT date, title, kind = 'jury' FROM steps" if version >= 2
             else "SELECT date, title, 0 FROM workshops")
    for date, title, jury in connection.execute(steps + " WHERE date IS NOT NULL LIMIT ?",
                                                (MAX_ITEMS,)):
        day = values.date(date)
        if day is None:
            continue
        if jury:
            summary.jury = day
        if day >= today and (summary.next_step is None or day < summary.next_step[0]):
            summary.next_step = (day, values.text(title, 1000))
    summary.last_change = (values.timestamp(latest) if latest
                           else dt.datetime.fromtimestamp(path.stat().st_mtime))
    return version, chapters


def _read_pace(connection: sqlite3.Connection, version: int, chapters: Dossier,
               guidance: Guidance, today: dt.date) -> Pace | None:
    """The pace, from the chapters read, the dated submission step, the targets and, when
    the candidate shares it, the writing log (files older than the steps: no pace)."""
    if version < 2:
        return None
    chapters.steps = [Step(date=day, kind=StepKind.SUBMISSION) for (date,) in connection.execute(
        "SELECT date FROM steps WHERE kind = 'submission' AND date IS NOT NULL ORDER BY position "
        "LIMIT ?", (MAX_ITEMS,)) if (day := values.date(date)) is not None]
    chapters.steps += [Step(date=day, kind=StepKind.INFORMATION) for (date,) in connection.execute(
        "SELECT min(date) FROM steps WHERE kind != 'submission' AND date IS NOT NULL")
        if (day := values.date(date)) is not None]  # where the path starts
    if version < PACE_VERSION:
        return pace(chapters, guidance, today)
    kinds = {kind.value: kind for kind in ChapterKind}
    chapters.chapter_targets = {kinds[kind]: values.integer(words, 0, MAX_WORDS)
                                for kind, words in connection.execute(
                                    "SELECT kind, words FROM chapter_targets") if kind in kinds}
    shared = values.flag(connection.execute(
        "SELECT share_writing_log FROM dossier WHERE id = 1").fetchone()[0])
    log = [WritingDay(day, values.integer(added, 0, MAX_WORDS), values.integer(total, 0, MAX_WORDS))
           for date, added, total in connection.execute(
               "SELECT date, words_added, words_total FROM writing_log ORDER BY date DESC LIMIT ?",
               (LOG_DAYS,)) if (day := values.date(date)) is not None] if shared else []
    return pace(chapters, guidance, today, log=sorted(log, key=lambda day: day.date))


def _read_oral_summary(connection: sqlite3.Connection, rules: OralRules,
                       summary: DossierSummary) -> None:
    summary.productions = min(connection.execute(
        "SELECT count(*) FROM productions").fetchone()[0], MAX_PRODUCTIONS)
    preparations = {o.production: o for o in read_oral(connection)}
    summary.oral_ready = sum(number in preparations
                             and not oral_findings(number, preparations[number], rules)
                             for number in range(1, summary.productions + 1))


def _read_results_summary(connection: sqlite3.Connection, summary: DossierSummary) -> None:
    """The decision on the dossier's CCPT, and the first « suite de parcours » step not done
    (not attended, an action still open), as ``after_jury.next_follow_up`` finds it."""
    row = connection.execute("SELECT outcome, date FROM results WHERE ccpt = ? ORDER BY position "
                             "LIMIT 1", (summary.ccpt,)).fetchone()
    if row is not None:
        summary.outcome, summary.decided = Outcome(row[0]), values.date(row[1])
    for title, attended, actions in connection.execute(
            "SELECT title, attended, actions FROM steps WHERE kind = 'follow_up' ORDER BY position "
            "LIMIT ?", (MAX_ITEMS,)):
        ticks = [done for _text, done in values.json_rows(actions, 2)]
        if not attended and not (ticks and all(ticks)):
            summary.follow_up = values.text(title, 1000)
            return
