"""The oral's preparation in the .ccpt (format 5): four tables keyed by production and
position, written whole with the dossier and read back checked like any other row."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable

from ..core.limits import MAX_ITEMS, MAX_PRODUCTIONS
from ..core.model import (
    CONFIDENCE_LEVELS,
    AskedQuestion,
    MockJury,
    OralPreparation,
    Question,
    QuestionOrigin,
    Rehearsal,
    TalkPoint,
    new_uid,
)
from . import values

_TABLES = ("talk_points", "oral_questions", "rehearsals", "mock_juries")
MAX_MINUTES = 600.0
"""A planned point lasts at most this long (the whole oral is about an hour)."""
MAX_SECONDS = 24 * 3600


def write_oral(db: sqlite3.Connection, oral: list[OralPreparation],
               iso: Callable[[dt.datetime | None], str | None]) -> None:
    for table in _TABLES:
        db.execute(f"DELETE FROM {table}")
    for prep in oral:
        n = prep.production
        db.executemany("INSERT INTO talk_points VALUES (?, ?, ?, ?)",
                       [(n, i, p.point, p.minutes) for i, p in enumerate(prep.plan, start=1)])
        db.executemany("INSERT INTO oral_questions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(n, i, q.uid, q.question, q.notes, q.origin.value, q.confidence,
                         iso(q.practised), q.source)
                        for i, q in enumerate(prep.questions, start=1)])
        db.executemany("INSERT INTO rehearsals VALUES (?, ?, ?, ?, ?)",
                       [(n, i, iso(r.date), r.seconds, json.dumps(r.point_seconds))
                        for i, r in enumerate(prep.rehearsals, start=1)])
        db.executemany("INSERT INTO mock_juries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(n, i, m.uid, iso(m.date), m.presentation_seconds, m.questions_seconds,
                         json.dumps([[a.question, a.feedback] for a in m.asked],
                                    ensure_ascii=False), m.notes, m.author)
                        for i, m in enumerate(prep.mock_juries, start=1)])


def read_oral(db: sqlite3.Connection) -> list[OralPreparation]:
    preparations: dict[int, OralPreparation] = {}

    def rows(table: str, columns: str) -> list[tuple]:
        found = db.execute(f"SELECT production, {columns} FROM {table} "
                           "ORDER BY production, position LIMIT ?", (MAX_ITEMS + 1,)).fetchall()
        if len(found) > MAX_ITEMS:
            raise values.OverLimit(f"too many rows in {table}")
        return found

    def prep(production: object) -> OralPreparation:
        number = values.integer(production, 1, MAX_PRODUCTIONS)
        return preparations.setdefault(number, OralPreparation(number))

    for production, point, minutes in rows("talk_points", "point, minutes"):
        prep(production).plan.append(TalkPoint(values.text(point),
                                               values.number(minutes, 0, MAX_MINUTES)))
    for production, uid, question, notes, origin, confidence, practised, source in rows(
            "oral_questions", "uid, question, notes, origin, confidence, practised, source"):
        level = values.optional_integer(confidence, CONFIDENCE_LEVELS[0], CONFIDENCE_LEVELS[-1])
        prep(production).questions.append(Question(
            values.text(question), values.text(notes), QuestionOrigin(origin), level,
            values.timestamp(practised), values.text(uid, 200) or new_uid(),
            values.text(source, 300)))
    for production, date, seconds, point_seconds in rows("rehearsals",
                                                         "date, seconds, point_seconds"):
        moment = values.timestamp(date)
        if moment is None:
            raise ValueError("rehearsal without a date")
        prep(production).rehearsals.append(Rehearsal(
            moment, values.integer(seconds, 0, MAX_SECONDS),
            values.whole_numbers(point_seconds, 0, MAX_SECONDS)))
    for production, uid, date, presentation, questions, asked, notes, author in rows(
            "mock_juries", "uid, date, presentation_seconds, questions_seconds, asked, notes, "
                           "author"):
        prep(production).mock_juries.append(MockJury(
            values.timestamp(date), values.integer(presentation, 0, MAX_SECONDS),
            values.integer(questions, 0, MAX_SECONDS),
            [AskedQuestion(values.text(q, 200), values.text(feedback))
             for q, feedback in values.json_rows(asked, 2)],
            values.text(notes), values.text(author), values.text(uid, 200) or new_uid()))
    return [preparations[number] for number in sorted(preparations)]
