"""Values read from a .ccpt, checked like JSON input: a file is anyone's.

Each reader raises ``ValueError`` on a value the app would not have written (a BLOB
where text belongs, an integer out of range, a date that is not ``YYYY-MM-DD``,
nested JSON in a list column...); the caller turns it into one French sentence.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from ..core.limits import MAX_ITEMS, MAX_TEXT_CHARS


class OverLimit(ValueError):
    """A value or a number of rows beyond core.limits: refused as too big, not damaged."""


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?")


def text(value: object, limit: int = MAX_TEXT_CHARS) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {type(value).__name__}")
    if len(value) > limit:
        raise OverLimit("text too long")
    return value


def integer(value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"integer out of range: {type(value).__name__}")
    return value


def optional_integer(value: object, low: int, high: int) -> int | None:
    return None if value is None else integer(value, low, high)


def number(value: object, low: float, high: float) -> float:
    """A REAL column (SQLite hands back a whole value as an int)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        raise ValueError(f"number out of range: {type(value).__name__}")
    return float(value)


def whole_numbers(value: object, low: int, high: int) -> list[int]:
    """A JSON list of at most MAX_ITEMS whole numbers between ``low`` and ``high``."""
    if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS:
        raise ValueError("list column")
    items = json.loads(value)
    if not isinstance(items, list):
        raise ValueError("list column")
    if len(items) > MAX_ITEMS:
        raise OverLimit("list column")
    return [integer(item, low, high) for item in items]


def flag(value: object) -> bool:
    if value not in (0, 1) or isinstance(value, float):
        raise ValueError("flag")
    return bool(value)


def date(value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ValueError("date")
    return dt.date.fromisoformat(value)


def timestamp(value: object) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _TIMESTAMP.fullmatch(value):
        raise ValueError("timestamp")
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def json_rows(value: object, width: int) -> list[list[Any]]:
    """A list column: a JSON list of at most MAX_ITEMS flat lists of ``width`` scalars."""
    if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS:
        raise ValueError("list column")
    rows = json.loads(value)  # too deep a nesting raises RecursionError
    if not isinstance(rows, list):
        raise ValueError("list column")
    if len(rows) > MAX_ITEMS:
        raise OverLimit("list column")
    for row in rows:
        if not isinstance(row, list) or len(row) != width or any(
                isinstance(cell, (list, dict)) for cell in row):
            raise ValueError("list column row")
    return rows
