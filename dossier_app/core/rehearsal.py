"""A timed run of the talk, point by point, on an injected clock.

The rehearsal screen asks this object what to show at each tick; the object reads
time only through the clock it is given (``Clock.monotonic``), so that a test can run a
whole rehearsal in no time."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from .clock import Clock
from .model import Rehearsal, TalkPoint


class Stage(str, Enum):
    """Where the countdown stands, for the screen's text and shape."""

    ON_TIME = "on_time"
    WARNING = "warning"
    """Less than the first warning's time left (two minutes in the bundled rules)."""
    LAST = "last"
    """Less than the last warning's time left (thirty seconds)."""
    OVER = "over"
    """The presentation time is spent."""


class RehearsalTimer:
    """Start, next point, pause, stop: the time of the whole talk and of each point."""

    def __init__(self, plan: list[TalkPoint], target_seconds: int, warnings: tuple[int, ...],
                 clock: Clock) -> None:
        self.plan = plan
        self.target_seconds = target_seconds
        self.warnings = tuple(sorted(warnings, reverse=True))
        self._clock = clock
        self._started: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._point_starts: list[float] = []
        """Talk time (pauses excluded) at which each point reached so far began."""
        self._stopped: float | None = None
        self._begun_at: dt.datetime | None = None
        """When the talk started, the rehearsal's date."""

    @property
    def started(self) -> bool:
        return self._started is not None

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def finished(self) -> bool:
        return self._stopped is not None

    @property
    def index(self) -> int:
        """The point on screen (0-based)."""
        return max(len(self._point_starts) - 1, 0)

    @property
    def point(self) -> TalkPoint | None:
        return self.plan[self.index] if self.plan else None

    def start(self) -> None:
        if self._started is None:
            self._started = self._clock.monotonic()
            self._begun_at = self._clock.now()
            self._point_starts = [0.0]

    def elapsed(self) -> float:
        """Seconds of talk so far, pauses excluded."""
        if self._started is None:
            return 0.0
        now = next((moment for moment in (self._stopped, self._paused_at) if moment is not None),
                   None)
        if now is None:
            now = self._clock.monotonic()
        return max(now - self._started - self._paused_total, 0.0)

    def remaining(self) -> float:
        """Seconds left of the presentation time (negative once over)."""
        return self.target_seconds - self.elapsed()

    def point_elapsed(self) -> float:
        return self.elapsed() - self._point_starts[-1] if self._point_starts else 0.0

    def point_remaining(self) -> float:
        point = self.point
        return (point.minutes * 60 if point else 0) - self.point_elapsed()

    def stage(self) -> Stage:
        left = self.remaining()
        if left <= 0:
            return Stage.OVER
        if self.warnings and left <= self.warnings[-1]:
            return Stage.LAST
        if self.warnings and left <= self.warnings[0]:
            return Stage.WARNING
        return Stage.ON_TIME

    def next_point(self) -> bool:
        """Go to the next point; False on the last one (the talk goes on)."""
        if not self.started or self.finished or self.index + 1 >= len(self.plan):
            return False
        self._point_starts.append(self.elapsed())
        return True

    def toggle_pause(self) -> None:
        if not self.started or self.finished:
            return
        now = self._clock.monotonic()
        if self._paused_at is None:
            self._paused_at = now
        else:
            self._paused_total += now - self._paused_at
            self._paused_at = None

    def stop(self) -> None:
        if self.started and not self.finished:
            if self._paused_at is not None:
                self.toggle_pause()
            self._stopped = self._clock.monotonic()

    def point_seconds(self) -> list[int]:
        """The time spent on each point reached, in whole seconds."""
        ends = [*self._point_starts[1:], self.elapsed()]
        return [round(end - start) for start, end in zip(self._point_starts, ends, strict=True)]

    def record(self) -> Rehearsal | None:
        """The rehearsal to keep, dated when it started (None when it never started)."""
        if self._begun_at is None:
            return None
        self.stop()
        return Rehearsal(date=self._begun_at, seconds=round(self.elapsed()),
                         point_seconds=self.point_seconds())
