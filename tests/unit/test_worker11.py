"""Session 11 (branch worker11): the worker reports the core's CPU, so its CPU per item splits into core and shell.

Why: ``worker_e2e_cpu_us_per_item`` (the worker process over the whole pipeline) was read against ``core_us``, a
median measured in another process; the gap (~0.5-1.2 ms) was taken for the shell's cost. The worker now exports
the thread CPU its ingest stage spent in the core (``wirefeed_core_cpu_seconds``, read at each scrape) and the bench
subtracts it over the same items (``worker_core_cpu_us_per_item``, ``worker_shell_cpu_us_per_item``).
"""

from __future__ import annotations

import asyncio
import math
from pathlib import Path
from typing import Any

from prometheus_client import generate_latest
from prometheus_client.parser import text_string_to_metric_families

from benchmarks.pipeline import PipelineResult
from streams.core.dedupe import MemoryState
from streams.settings import Settings
from streams.worker.agents import build_context, ingest_records, register
from streams.worker.app import create_app
from streams.worker.gaps import RawRecord
from streams.worker.metrics import Metrics
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
