"""The one source of "now": passed in, so that tests and the example can fix the day."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass


class Clock:
    """The machine's clock, in local time with its offset."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()

    def today(self) -> dt.date:
        return self.now().date()

    def utc(self) -> dt.datetime:
        return self.now().astimezone(dt.timezone.utc)

    def monotonic(self) -> float:
        """Seconds from an arbitrary start, never going back: for durations (a rehearsal's
        countdown), which a change of the machine's time must not disturb."""
        return time.monotonic()


@dataclass(frozen=True)
class FixedClock(Clock):
    """A clock stopped at one moment (tests, screenshots)."""

    moment: dt.datetime

    def now(self) -> dt.datetime:
        return self.moment if self.moment.tzinfo else self.moment.astimezone()


SYSTEM = Clock()
"""The machine's clock: the default of every function that takes one."""
