"""A rehearsal timed on a clock the test moves: stages, points, pauses, the record kept."""

from __future__ import annotations

import datetime as dt

from dossier_app.core.clock import Clock
from dossier_app.core.model import TalkPoint
from dossier_app.core.rehearsal import RehearsalTimer, Stage


class MovingClock(Clock):
    def __init__(self) -> None:
        self.seconds = 0.0
        self.moment = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.timezone.utc)

    def now(self) -> dt.datetime:
        return self.moment + dt.timedelta(seconds=self.seconds)

    def monotonic(self) -> float:
        return self.seconds


PLAN = [TalkPoint("Le contexte", 3), TalkPoint("Mon action", 4), TalkPoint("Le transfert", 3)]


def test_a_rehearsal_counts_down_with_staged_warnings_and_keeps_each_point() -> None:
    clock = MovingClock()
    timer = RehearsalTimer(PLAN, 600, (30, 120), clock)
    assert (timer.started, timer.elapsed(), timer.point) == (False, 0.0, PLAN[0])
    assert not timer.next_point()  # not started: nothing moves
    timer.start()
    clock.seconds = 170
    assert (timer.remaining(), timer.point_remaining(), timer.stage()) == (430, 10, Stage.ON_TIME)
    assert timer.next_point() and timer.index == 1
    clock.seconds = 400
    timer.toggle_pause()
    clock.seconds = 700  # five minutes of pause do not count
    assert timer.paused and timer.elapsed() == 400
    timer.toggle_pause()
    clock.seconds = 780
    assert timer.remaining() == 120 and timer.stage() is Stage.WARNING
    assert timer.next_point() and not timer.next_point()  # the last point stays
    clock.seconds = 871
    assert timer.stage() is Stage.LAST
    clock.seconds = 900
    assert timer.stage() is Stage.OVER and timer.remaining() == 0
    clock.seconds = 912
    assert timer.remaining() == -12
    kept = timer.record()
    assert kept is not None
    assert (kept.seconds, kept.point_seconds) == (612, [170, 310, 132])
    assert kept.date == clock.moment  # when the talk began
    clock.seconds = 2000  # stopped: time no longer runs
    assert timer.finished and timer.elapsed() == 612


def test_stopping_while_paused_keeps_the_time_before_the_pause() -> None:
    clock = MovingClock()
    clock.seconds = 50.0
    timer = RehearsalTimer(PLAN, 600, (120, 30), clock)
    timer.start()
    clock.seconds = 110.4
    timer.toggle_pause()
    clock.seconds = 500
    timer.stop()
    assert timer.record().seconds == 60 and timer.point_seconds() == [60]


def test_a_rehearsal_never_started_keeps_nothing() -> None:
    timer = RehearsalTimer([], 600, (), MovingClock())
    assert timer.record() is None and timer.point is None and timer.stage() is Stage.ON_TIME
