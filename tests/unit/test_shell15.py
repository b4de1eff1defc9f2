"""Session 15 (branch shell15): the worker's collector policy and the bench's worker-CPU summary."""

from __future__ import annotations

import asyncio
import json
import math
import subprocess
import sys
from typing import Any

import pytest

from benchmarks.report import worker_cpu_summary
from streams.settings import REPO_ROOT
from streams.worker import gcpolicy, ingest_agent

_PROBE = """
import gc, json
from streams.worker import gcpolicy
before = (gc.get_threshold(), gc.get_freeze_count())
class Node:  # a cycle that outlives the call: it must end up frozen
    pass
keep = Node(); keep.me = keep
first = gcpolicy.settle()
second = gcpolicy.settle(young=123)
frozen_keep = gc.is_tracked(keep) and keep not in gc.get_objects()
print(json.dumps({"before": before, "after": (gc.get_threshold(), gc.get_freeze_count()),
                  "first": first, "second": second, "frozen_keep": frozen_keep}))
"""


def test_settle_freezes_what_exists_and_raises_only_the_young_threshold() -> None:
    # a fresh interpreter: freezing is process-wide and cannot be undone selectively in the test process
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=REPO_ROOT, timeout=120
    )
    r = json.loads(out.stdout)
    (young0, older0, oldest0), frozen0 = r["before"]
    (young1, older1, oldest1), frozen1 = r["after"]
    assert r["first"] is True and r["second"] is False  # once per process: the second call changes nothing
    assert young1 == gcpolicy.YOUNG_THRESHOLD != young0
    assert (older1, oldest1) == (older0, oldest0)  # the older generations keep Python's ratios
    assert frozen1 > frozen0
    assert r["frozen_keep"]  # a live object from before the call is out of the collector's lists


def test_the_ingest_agent_settles_the_collector_before_its_first_take(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(ingest_agent, "settle", lambda: calls.append("settle"))

    async def fake_batch(records: list[Any], ctx: Any) -> None:
        calls.append(f"batch {len(records)}")

    async def fake_takes(stream: Any, ctx: Any, take: Any, guard: Any, trace: Any, handle: Any) -> None:
        calls.append("takes")
        await handle([1, 2], None)
        await handle([3], None)

    monkeypatch.setattr(ingest_agent, "ingest_batch", fake_batch)
    monkeypatch.setattr(ingest_agent, "run_takes", fake_takes)

    class Ctx:
        raw_take = raw_guard = raw_trace = None

    asyncio.run(ingest_agent.ingest(object(), Ctx()))  # type: ignore[arg-type]
    assert calls == ["settle", "takes", "batch 2", "batch 1"]  # once, before any take; no batch pays for it


def test_worker_cpu_summary_names_the_whole_pipeline_beside_the_output_window() -> None:
    values = {
        "worker_cpu_us_per_item": 472.4,
        "worker_e2e_cpu_us_per_item": 2119.0,
        "worker_core_cpu_us_per_item": 1516.2,
        "worker_shell_cpu_us_per_item": 602.8,
        "pipeline_e2e_per_s": 469.3,
    }
    text = worker_cpu_summary(values)
    assert "2,119 µs = core 1,516 + shell 603" in text
    assert "469 items/s" in text
    assert "worker_cpu_us_per_item" in text and " 472 µs" in text
    assert text.index("2,119") < text.index(" 472 µs")  # the whole pipeline's figure comes first


def test_worker_cpu_summary_is_empty_without_a_worker_run() -> None:
    nan = math.nan
    assert worker_cpu_summary({"worker_cpu_us_per_item": nan, "worker_e2e_cpu_us_per_item": nan}) == ""
    assert worker_cpu_summary({}) == ""
    partial = worker_cpu_summary({"worker_cpu_us_per_item": 500.0})
    assert "n/a µs = core n/a" in partial and " 500 µs" in partial
