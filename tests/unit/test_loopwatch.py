"""streams.worker.loopwatch: a loop that runs CPU work without yielding shows up as a stall."""

from __future__ import annotations

import asyncio
import time

from streams.worker.loopwatch import LoopWatch, start
from streams.worker.metrics import Metrics, serve


def test_record_ignores_timer_noise_and_keeps_the_longest() -> None:
    w = LoopWatch(floor=0.002)
    assert w.record(0.001) == 0.0
    assert w.record(0.3) == 0.3
    assert w.record(0.05) == 0.05
    assert w.ticks == 3 and w.max_stall == 0.3 and w.stalls == [0.3]


def test_a_blocking_call_is_measured_as_a_stall() -> None:
    metrics = Metrics.create()

    async def scenario() -> LoopWatch:
        watch, task = start(metrics, interval=0.01)
        await asyncio.sleep(0.05)
        time.sleep(0.2)  # CPU work that never yields, as a big batch in an agent would
        await asyncio.sleep(0.05)
        task.cancel()
        return watch

    watch = asyncio.run(scenario())
    assert 0.15 <= watch.max_stall < 1.0
    assert metrics.loop_stall_max_seconds._value.get() == watch.max_stall
    count = metrics.loop_stall_seconds._sum.get()
    assert count >= watch.max_stall


def test_serve_starts_the_probe_only_inside_a_loop() -> None:
    outside = serve(Metrics.create(), port=0)
    try:
        assert outside.loop_task is None
    finally:
        outside.close()

    async def inside() -> bool:
        server = serve(Metrics.create(), port=0)
        try:
            return server.loop_task is not None and not server.loop_task.done()
        finally:
            server.close()

    assert asyncio.run(inside())
