"""A workshop group: the .ccpt files of a folder, summarised without writing to any."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import DossierError
from ..core.markdown import count_words
from ..core.model import ChapterStatus
from .dossier_file import check_header, check_identity, connect_file


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
    problem: str = ""
    """Why the file could not be read (then the other fields are empty)."""

    @property
    def chapters(self) -> int:
        return sum(self.statuses.values())


def summarize_folder(folder: Path, today: dt.date | None = None) -> list[DossierSummary]:
    """One summary per .ccpt file of ``folder`` (not its subfolders), by file name.

    Files are opened read-only and only the columns a summary needs are read, so a
    group of 200 dossiers lists in well under a second.
    """
    today = today or dt.date.today()
    return [summarize(path, today)
            for path in sorted(folder.glob("*.ccpt"), key=lambda p: p.name.lower())]


def summarize(path: Path, today: dt.date) -> DossierSummary:
    summary = DossierSummary(path)
    try:
        check_header(path)
        connection = connect_file(path, read_only=True)
        try:
            version = check_identity(connection, path)
            first, last = connection.execute(
                "SELECT first_name, last_name FROM candidate WHERE id = 1").fetchone()
            summary.candidate = " ".join(part for part in (first, last) if part)
            summary.ccpt = connection.execute("SELECT ccpt FROM dossier WHERE id = 1").fetchone()[0]
            latest = None
            for text, status, updated in connection.execute(
                    "SELECT text, status, updated FROM chapters"):
                summary.statuses[ChapterStatus(status)] += 1
                summary.words += count_words(text)
                if updated and (latest is None or updated > latest):
                    latest = updated
            summary.open_comments = connection.execute(
                "SELECT count(*) FROM comments WHERE resolved = 0").fetchone()[0]
            # Version 1 files (read as they are, never migrated here) had workshops only.
            steps = ("SELECT date, title, kind = 'jury' FROM steps" if version >= 2
                     else "SELECT date, title, 0 FROM workshops")
            for date, title, jury in connection.execute(steps + " WHERE date IS NOT NULL"):
                day = dt.date.fromisoformat(date)
                if jury:
                    summary.jury = day
                if day >= today and (summary.next_step is None or day < summary.next_step[0]):
                    summary.next_step = (day, title)
        finally:
            connection.close()
        summary.last_change = (dt.datetime.fromisoformat(latest) if latest
                               else dt.datetime.fromtimestamp(path.stat().st_mtime))
    except DossierError as error:
        summary.problem = error.message
    except (sqlite3.Error, ValueError, TypeError, UnicodeDecodeError, OSError):
        summary.problem = f"Le dossier « {path.name} » est endommagé et ne peut pas être lu."
    return summary
