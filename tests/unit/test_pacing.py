"""Pacing of the agents (issue #17, item 2): take sizes that follow the backlog, CPU slices that yield.

Why: a 500-item take processed without a yield held the worker's event loop for ~300 ms (fetches, sends,
acknowledgements, heart-beats and the dedupe agent waited; latency at 500 items/s was seconds).
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from streams.worker.pacing import (
    SLICE_MAX_S,
    SLICE_MIN_S,
    AdaptiveMax,
    CoreRunner,
    next_take,
    slice_budget,
)


def test_a_full_take_doubles_the_next_one_up_to_the_cap() -> None:
    sizes = [32]
    for _ in range(6):  # a backlog: every take comes back full
        sizes.append(next_take(sizes[-1], sizes[-1], 32, 500))
    assert sizes == [32, 64, 128, 256, 500, 500, 500]


def test_a_short_take_halves_the_next_one_down_to_the_floor() -> None:
    assert next_take(500, 120, 32, 500) == 250  # the topic's end is near: smaller takes, sooner hand-over
    assert next_take(40, 3, 32, 500) == 32
    assert next_take(32, 0, 32, 500) == 32


def test_the_slice_budget_grows_with_the_take_size() -> None:
    assert slice_budget(32, 32, 500) == pytest.approx(SLICE_MIN_S)
    assert slice_budget(500, 32, 500) == pytest.approx(SLICE_MAX_S)
    assert SLICE_MIN_S < slice_budget(266, 32, 500) < SLICE_MAX_S
    assert slice_budget(7, 1, 1) == SLICE_MAX_S


def _full(buffer_size: int, max_: Any) -> bool:
    """Faust's test, operands in its order (``int >= AdaptiveMax`` falls back to ``AdaptiveMax.__le__``)."""
    return bool(buffer_size >= max_)


def test_adaptive_max_is_what_faust_compares_the_buffer_with() -> None:
    """``take_events`` checks ``buffer_size() >= max_`` on every buffered event: the value we set counts."""
    take = AdaptiveMax(500, lo=32)
    assert not _full(31, take) and _full(32, take)
    take.observe(32)  # a full take
    assert not _full(32, take) and _full(64, take)
    take.observe(10)
    assert int(take) == 32 and take.budget() == pytest.approx(SLICE_MIN_S)
    assert AdaptiveMax(4, lo=32).value == 4  # a batch size below the floor wins


def _spin(seconds: float) -> str:
    """CPU-bound work that never yields (a long item in the core: 1 MB took ~5 s here)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(200))
    return threading.current_thread().name


async def _ticks_during(runner: CoreRunner, seconds: float) -> tuple[str, int, float]:
    """(thread the work ran on, ticks of a 5 ms loop probe meanwhile, the probe's longest lateness)."""
    ticks, worst = 0, 0.0

    async def probe() -> None:
        nonlocal ticks, worst
        while True:
            due = time.perf_counter() + 0.005
            await asyncio.sleep(0.005)
            worst = max(worst, time.perf_counter() - due)
            ticks += 1

    task = asyncio.get_running_loop().create_task(probe())
    await asyncio.sleep(0.02)
    ticks, worst = 0, 0.0
    name = await runner.submit(_spin, seconds)
    counted = (ticks, worst)
    task.cancel()
    return name, *counted


def test_core_work_on_its_thread_leaves_the_loop_running() -> None:
    """Session 8: a long core call on the loop stalls every fetch, send, heart-beat and the other agent for its
    whole length; on the core thread the loop keeps its turns (the GIL's switch interval is 5 ms)."""
    runner = CoreRunner(threaded=True)
    try:
        name, ticks, worst = asyncio.run(_ticks_during(runner, 0.4))
    finally:
        runner.shutdown()
    assert name.startswith("wirefeed-core")
    # ~40 ticks of 10 ms on a quiet machine; a loaded one (load 8 on 2 cores) gives fewer and later ones, but
    # the loop is never held for the whole call
    assert ticks >= 3 and worst < 0.3


def test_core_runner_defaults_to_the_setting_and_stops_its_thread() -> None:
    """Session 9: the runner's default is the setting's (inline: no thread is started); a threaded runner's
    thread is stopped by ``shutdown`` (``Context.close`` when the worker stops), and nothing runs after it."""
    from streams.settings import Settings

    assert CoreRunner().threaded is Settings().core_thread is False
    assert CoreRunner().executor is None

    runner = CoreRunner(threaded=True)

    async def one() -> str:
        return await runner.submit(_spin, 0.0)

    assert asyncio.run(one()).startswith("wirefeed-core")
    runner.shutdown()
    runner.shutdown()  # idempotent
    with pytest.raises(RuntimeError):
        asyncio.run(one())
    assert not any(t.name.startswith("wirefeed-core") and t.is_alive() for t in _settled_threads())

    with pytest.raises(RuntimeError):  # inline: the caller runs its slices itself
        asyncio.run(_submit_inline())


async def _submit_inline() -> None:
    await CoreRunner().submit(_spin, 0.0)


def _settled_threads() -> list[threading.Thread]:
    """The live threads, once a thread told to stop had a moment to end."""
    for _ in range(50):
        if not any(t.name.startswith("wirefeed-core") and t.is_alive() for t in threading.enumerate()):
            break
        time.sleep(0.02)
    return threading.enumerate()


def test_core_runner_keeps_the_order_of_submitted_work() -> None:
    """One thread: slices submitted one after another run one after another (the order of the outputs)."""
    runner = CoreRunner(threaded=True)
    seen: list[int] = []

    async def main() -> None:
        futs = [runner.submit(seen.append, i) for i in range(50)]
        await asyncio.gather(*futs)

    try:
        asyncio.run(main())
    finally:
        runner.shutdown()
    assert seen == list(range(50))
