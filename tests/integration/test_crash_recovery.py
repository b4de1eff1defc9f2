"""Issue 7 measure: nothing lost when the worker is killed -9 mid-stream (twice, each time while it is
Ready and busy) and the broker is restarted once in between. ≥ 1,000 distinct items; lost must be
0; doubled copies (the price of at-least-once) are counted and printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.conftest import BrokerHandle, WorkerHandle
from tests.integration.crash import reuters_items, run_crash_scenario

pytestmark = [pytest.mark.integration, pytest.mark.slow]

N_ITEMS = 1200


def test_kill_workers_and_restart_broker_loses_nothing(
    kafka: BrokerHandle, worker_factory: Callable[..., WorkerHandle], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = reuters_items(corpus, N_ITEMS)
    assert len(items) >= 1000
    w = worker_factory(WIREFEED_ROUTING="none", WIREFEED_PARTITIONS="2")
    result = run_crash_scenario(kafka, w, items, monkeypatch)
    committed = result["read_committed"]
    assert isinstance(committed, dict)
    print(f"\n[crash test] {'; '.join(result['events'])}")  # type: ignore[arg-type]
    print(
        f"[crash test] items={len(items)} raw={result['raw']} lost={committed['lost']} "
        f"doubled_copies={committed['doubled']} outputs={committed['outputs']} in {result['seconds']}s"
    )
    assert result["raw"] == len(items)
    assert committed["lost"] == 0, f"lost: {committed}\n{w.log_tail()}"
