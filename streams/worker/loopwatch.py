"""An event-loop stall probe: how long the worker's loop went without running anything else.

Why: the worker consumes, produces, heart-beats and serves its state on one asyncio loop, and the
core runs on it too. A CPU-bound batch that never yields holds everything else up; consumer
heart-beats miss, acknowledgements wait, latency grows to seconds while the process looks busy. The
probe sleeps ``interval`` seconds in a loop and measures how late it wakes up: the lateness is the
time the loop spent on other work without yielding (plus scheduling noise, so only lateness above
``floor`` is counted as a stall). It records every tick in ``wirefeed_loop_stall_seconds`` and the
longest stall since start in ``wirefeed_loop_stall_max_seconds``.

Cost: one wake-up per ``interval`` (20 per second by default), a few µs each.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Protocol

DEFAULT_INTERVAL = 0.05  # s between probes: resolves stalls from ~50 ms up
DEFAULT_FLOOR = 0.002  # s of lateness treated as timer noise, not a stall


class StallSink(Protocol):
    """What the probe reports to (:class:`streams.worker.metrics.Metrics` has this method)."""

    def loop_stall(self, seconds: float) -> None: ...


@dataclass
class LoopWatch:
    """The probe's own record (also readable without Prometheus: tests, log lines)."""

    interval: float = DEFAULT_INTERVAL
    floor: float = DEFAULT_FLOOR
    ticks: int = 0
    max_stall: float = 0.0
    stalls: list[float] = field(default_factory=list, repr=False)  # the last few over 100 ms, for logs

    def record(self, lateness: float) -> float:
        """Count one tick that woke ``lateness`` seconds late; returns the stall (0 below the floor)."""
        stall = lateness if lateness > self.floor else 0.0
        self.ticks += 1
        if stall > self.max_stall:
            self.max_stall = stall
        if stall > 0.1:
            self.stalls = [*self.stalls[-9:], stall]
        return stall

    async def run(self, sink: StallSink | None = None) -> None:
        """Probe forever (cancel the task to stop); each tick's stall goes to ``sink``."""
        clock = time.perf_counter
        while True:
            due = clock() + self.interval
            await asyncio.sleep(self.interval)
            stall = self.record(max(clock() - due, 0.0))
            if sink is not None:
                sink.loop_stall(stall)


def start(sink: StallSink | None = None, interval: float = DEFAULT_INTERVAL) -> tuple[LoopWatch, asyncio.Task[None]]:
    """Start a probe on the running loop; keep the returned task referenced (asyncio keeps weak ones)."""
    watch = LoopWatch(interval=interval)
    task = asyncio.get_running_loop().create_task(watch.run(sink), name="wirefeed-loopwatch")
    return watch, task
