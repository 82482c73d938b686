"""The example dossier is always partway along its path, with the jury ahead."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier_app.core.example import WRITTEN_FOR, example_dossier


@pytest.mark.parametrize("today", [
    WRITTEN_FOR, dt.date(2026, 12, 17), dt.date(2026, 12, 31), dt.date(2027, 12, 26),
    dt.date(2028, 2, 29), dt.date(2031, 7, 14), dt.date(2025, 1, 1)])
def test_the_example_is_partway_with_the_jury_ahead(referential, today) -> None:
    dossier = example_dossier(referential, today)
    jury = dossier.jury_date()
    assert jury is not None and jury > today
    assert today - dt.timedelta(days=14) < [s.date for s in dossier.steps if s.attended][-1] <= today
    assert dossier.next_step(today) is not None
    assert all(c.created is None or c.created.date() <= today for c in dossier.comments)


def test_workshops_keep_their_weekday_and_mandates_their_dates(referential) -> None:
    written = example_dossier(referential, WRITTEN_FOR)
    later = example_dossier(referential, dt.date(2027, 6, 3))
    assert [s.date.weekday() for s in later.steps] == [s.date.weekday() for s in written.steps]
    assert later.steps[0].date > written.steps[0].date
    assert [m.start for m in later.mandates] == [m.start for m in written.mandates]
