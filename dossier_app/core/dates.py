"""Dates written the French way, whatever the system's locale."""

from __future__ import annotations

import datetime as dt

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


def long_date(value: dt.date) -> str:
    """« 6 octobre 2026 »"""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def month_year(value: dt.date) -> str:
    """« octobre 2026 »"""
    return f"{MONTHS[value.month - 1]} {value.year}"


def date_time(value: dt.datetime) -> str:
    """« 6 octobre 2026 à 15:20 », in local time."""
    local = value.astimezone() if value.tzinfo else value
    return f"{long_date(local)} à {local:%H:%M}"
