"""Session 11 (branch worker11): the core's CPU reported by the worker; the takes' fill wait while idle.

Why: ``worker_e2e_cpu_us_per_item`` (the worker process over the whole pipeline) was read against ``core_us``, a
median measured in another process; the gap (~0.5-1.2 ms) was taken for the shell's cost. The worker now exports
the thread CPU its ingest stage spent in the core (``wirefeed_core_cpu_seconds``, read at each scrape) and the bench
subtracts it over the same items (``worker_core_cpu_us_per_item``, ``worker_shell_cpu_us_per_item``).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import faust
from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from benchmarks.pipeline import PipelineResult
from streams.core.dedupe import MemoryState
from streams.settings import Settings
from streams.worker.agents import build_context, fill_wait, ingest_records, register
from streams.worker.app import create_app
from streams.worker.gaps import RawRecord
from streams.worker.metrics import Metrics
from streams.worker.pacing import AdaptiveMax, AdaptiveWithin
from streams.worker.sender import MemorySender
from tests.ninjs_items import STORY, ninjs_item


def _gauge(metrics: Metrics, name: str) -> float:
    text = generate_latest(metrics.registry).decode()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name:
                return float(sample.value)
    raise AssertionError(f"{name} not exposed")


def test_core_cpu_is_read_at_the_scrape() -> None:
    """Nothing is set per item: the gauge reads the counter it was given whenever it is scraped."""
    metrics = Metrics.create()
    box = [0.0]
    metrics.track_core_cpu(lambda: box[0])
    assert _gauge(metrics, "wirefeed_core_cpu_seconds") == 0.0
    box[0] = 2.5
    assert _gauge(metrics, "wirefeed_core_cpu_seconds") == 2.5


def test_the_registered_worker_reports_its_core_cpu(tmp_path: Path, resources: Any) -> None:
    """After ``register`` the gauge follows the context's core CPU as real items are processed."""
    s = Settings(data_dir=tmp_path, routing_file="none", metrics_port=0, batch_within=0.01)
    wiring = create_app(s)
    ctx = build_context(wiring, sender=MemorySender(), state=MemoryState())
    register(wiring, ctx)
    before = _gauge(ctx.metrics, "wirefeed_core_cpu_seconds")
    recs = [RawRecord("wire.raw", 0, i, 1_700_000_000_000, ninjs_item(f"urn:x:{i}", "1", STORY), []) for i in range(5)]
    asyncio.run(ingest_records(recs, ctx))
    after = _gauge(ctx.metrics, "wirefeed_core_cpu_seconds")
    assert after > before
    assert after == ctx.core_cpu_s


def test_the_bench_splits_worker_cpu_into_core_and_shell() -> None:
    """The split is over the same items and window; without the scrape it is unknown (nan), never 0."""
    r = PipelineResult(1, 1000, 1000, 0.0, 0.0, 1.0, 1.0, e2e_seconds=4.0, e2e_cpu_s=2.0)
    assert math.isnan(r.core_cpu_us_per_item) and math.isnan(r.shell_cpu_us_per_item)
    r.per_worker = [{"e2e_cpu_s": 2.0, "core_cpu_s": 1.5}]
    assert r.e2e_cpu_us_per_item == 2000.0
    assert r.core_cpu_us_per_item == 1500.0
    assert r.shell_cpu_us_per_item == 500.0
    r.per_worker.append({"e2e_cpu_s": 1.0, "core_cpu_s": 0.25})  # two workers: summed
    assert r.core_cpu_us_per_item == 1750.0


# --- the takes' fill wait: long while the topic is idle, the next record handed over alone at once ---------------


def test_fill_wait_is_long_only_once_a_wait_ended_empty() -> None:
    take = AdaptiveMax(500, lo=32)
    within = AdaptiveWithin(take, 0.01, idle=0.5)
    assert 1.0 + within == 1.01  # the first wait: records may be coming
    assert take.value == 32
    assert 1.0 + within == 1.5  # no take since the last wait: it ended empty, the topic is idle
    assert take.value == 1 and _full(1, take)  # so the next record alone fills the take
    assert 1.0 + within == 1.5 and float(within) == 0.5
    take.observe(1)  # that record's take
    assert take.value == 32  # back to the floor: a burst behind it is taken as before
    assert 1.0 + within == 1.01 and float(within) == 0.01
    take.observe(32)
    assert 1.0 + within == 1.01 and take.value == 64  # a full take still doubles the next


def test_no_fill_wait_stays_none() -> None:
    take = AdaptiveMax(500)
    assert fill_wait(take, Settings(batch_within=0.0)) == 0.0
    assert isinstance(fill_wait(take, Settings(batch_within=0.01)), AdaptiveWithin)


def _full(buffer_size: int, max_: Any) -> bool:
    return bool(buffer_size >= max_)  # Faust's test, operands in its order


class _Counted(AdaptiveWithin):
    def __init__(self, take: AdaptiveMax, busy: float, idle: float) -> None:
        super().__init__(take, busy, idle)
        self.waits = 0

    def next_wait(self) -> float:
        self.waits += 1
        return super().next_wait()


def take_loop(tmp_path: Path, loop_factory: Callable[[], asyncio.AbstractEventLoop] = asyncio.new_event_loop) -> Any:
    """faust-streaming's own ``take_events`` on a loop from ``loop_factory``: 0.6 s idle, then one record put;
    returns (waits while idle, take size while idle, take size after, the takes' sizes, the loop's module)."""
    app = faust.App(f"worker11-take-{id(loop_factory)}", store="memory://", datadir=str(tmp_path))
    take = AdaptiveMax(500, lo=32)
    within = _Counted(take, 0.01, idle=0.5)
    got: list[int] = []

    @app.agent(name="taker")
    async def taker(stream: Any) -> None:
        async for events in stream.take_events(take, within=within):
            take.observe(len(events))
            got.append(len(events))

    async def run() -> tuple[int, int, int, str]:
        async with taker.test_context() as agent:
            await asyncio.sleep(0.1)
            before = within.waits
            await asyncio.sleep(0.6)
            idle_waits, idle_value = within.waits - before, take.value
            await agent.put(value=b"x", wait=False)
            for _ in range(400):
                if got:
                    break
                await asyncio.sleep(0.005)
            return idle_waits, idle_value, take.value, type(asyncio.get_running_loop()).__module__

    with asyncio.Runner(loop_factory=loop_factory) as runner:
        idle_waits, idle_value, value_after, module = runner.run(run())
    return idle_waits, idle_value, value_after, got, module


def test_faust_take_loop_idles_on_long_waits_and_hands_a_record_over_alone(tmp_path: Path) -> None:
    """Through faust-streaming's own ``take_events``: the object is read once per wait, a quiet topic costs a
    few wake-ups (100 a second at 10 ms before), and a record put on it is handed over alone, then the take
    size is back at its floor."""
    idle_waits, idle_value, value_after, got, module = take_loop(tmp_path)
    assert module.startswith("asyncio")
    assert idle_value == 1  # idle: one record fills the take (no wait for the timer)
    assert idle_waits <= 4  # 0.6 s at 0.5 s a wait (+ the wait the quiet started in)
    assert got == [1]
    assert value_after == 32
