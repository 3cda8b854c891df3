"""A question timer with an injected clock, so tests never sleep."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]


@dataclass(frozen=True)
class TimerStatus:
    running: bool
    elapsed_s: int
    limit_s: int | None = None

    @property
    def remaining_s(self) -> int | None:
        return None if self.limit_s is None else self.limit_s - self.elapsed_s

    @property
    def over(self) -> bool:
        return self.limit_s is not None and self.elapsed_s >= self.limit_s

    def label(self) -> str:
        """'03:12' counting up; with a limit the time left, '01:30', and '+00:20' when
        over time."""
        if self.limit_s is None:
            return mmss(self.elapsed_s)
        remaining = self.limit_s - self.elapsed_s
        return f"+{mmss(-remaining)}" if remaining < 0 else mmss(remaining)


def mmss(seconds: float) -> str:
    """'03:12' for 192 seconds (rounded to whole seconds): every timer the app shows."""
    s = round(seconds)
    return f"{s // 60:02d}:{s % 60:02d}"


class QuestionTimer:
    """Counts up, or down when a limit is set; pausing keeps the elapsed time."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._started: float | None = None
        self._banked = 0.0
        self._limit: int | None = None

    def start(self, limit_s: int | None = None) -> None:
        if limit_s is not None:
            self._limit = limit_s
        if self._started is None:
            self._started = self._clock()

    def pause(self) -> None:
        if self._started is not None:
            self._banked += self._clock() - self._started
            self._started = None

    def reset(self) -> None:
        self._started = None
        self._banked = 0.0
        self._limit = None

    @property
    def running(self) -> bool:
        return self._started is not None

    def status(self) -> TimerStatus:
        elapsed = self._banked
        if self._started is not None:
            elapsed += self._clock() - self._started
        return TimerStatus(self.running, int(elapsed), self._limit)
