"""Issue 7 measure: nothing lost when the worker is killed -9 mid-stream (twice) and the broker is
restarted once. ≥ 1,000 distinct items; lost must be 0; doubled copies are counted and printed."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from streams.audit import reconcile
from streams.errors import ServiceError
from streams.outputs import take_snapshot
from tests.integration.conftest import BrokerHandle, WorkerHandle, push_bytes

pytestmark = [pytest.mark.integration, pytest.mark.slow]

N_ITEMS = 1200
CHUNK = 50


def _items(corpus: Path) -> list[tuple[bytes, dict[str, str]]]:
    """Distinct plain-text wire items built from Reuters-21578 records (real text)."""
    from streams.core.formats.reuters_sgml import iter_records

    items = []
    for f in sorted((corpus / "reuters21578").glob("reut2-*.sgm")):
        for rec in iter_records(f.read_bytes()):
            body = (rec.get("body") or "").strip()
            if len(body) < 200:
                continue
            dateline = (rec.get("dateline") or "").strip()
            text = f"{rec.get('title', '').strip()}\n\n{dateline} {body}\n"
            items.append((text.encode("utf-8"), {"filename": f"reuters-{rec['NEWID']}.txt", "source": "reuters"}))
            if len(items) >= N_ITEMS:
                return items
    return items


def _push_with_retry(settings, chunk) -> None:  # type: ignore[no-untyped-def]
    """A careful producer: a push that fails while the broker is away is repeated (never dropped)."""
    for _ in range(120):
        try:
            push_bytes(settings, chunk)
            return
        except ServiceError:
            time.sleep(1.0)
    raise AssertionError("push kept failing for 2 minutes")


def test_kill_workers_and_restart_broker_loses_nothing(
        kafka: BrokerHandle, worker_factory: Callable[..., WorkerHandle], corpus: Path) -> None:
    items = _items(corpus)
    assert len(items) >= 1000
    w = worker_factory(WIREFEED_ROUTING="none", WIREFEED_PARTITIONS="2")
    w.start()
    s = w.settings
    rng = random.Random(7)
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    done = threading.Event()

    def producer() -> None:
        for chunk in chunks:
            _push_with_retry(s, chunk)
            time.sleep(0.15)
        done.set()

    t = threading.Thread(target=producer, daemon=True)
    t0 = time.monotonic()
    t.start()
    events = []
    # two SIGKILLs of the worker at random moments while items flow, one broker restart between them
    for step in ("kill", "broker", "kill"):
        time.sleep(rng.uniform(2.0, 5.0))
        if step == "kill":
            w.kill()
            events.append(f"worker killed -9 at {time.monotonic() - t0:.1f}s")
            time.sleep(rng.uniform(0.5, 2.0))
            w.start()
        else:
            kafka.stop()
            events.append(f"broker stopped at {time.monotonic() - t0:.1f}s")
            time.sleep(3.0)
            kafka.start()
            events.append(f"broker started at {time.monotonic() - t0:.1f}s")
    t.join(timeout=600)
    assert done.is_set(), "producer did not finish"

    topics = [s.topic_articles, s.topic_duplicates, s.topic_deadletter]
    deadline = time.monotonic() + 300
    report = None
    while time.monotonic() < deadline:
        report = reconcile(take_snapshot(s, topics, timeout=3.0), topics)
        if report.raw >= len(items) and not report.missing:
            break
        assert w.alive(), w.log_tail()
        time.sleep(3)
    assert report is not None
    doubled = sum(n - 1 for n in report.doubled.values())
    print(f"\n[crash test] {'; '.join(events)}")
    print(f"[crash test] raw={report.raw} outputs={report.outputs} lost={len(report.missing)} "
          f"doubled_copies={doubled} in {time.monotonic() - t0:.0f}s")
    assert report.raw >= len(items)
    assert report.missing == [], f"lost {len(report.missing)} item(s): {report.missing[:10]}\n{w.log_tail()}"
