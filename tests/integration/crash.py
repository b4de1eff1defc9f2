"""The crash scenario shared by the at-least-once crash test and the exactly-once measurement.

A producer thread pushes items in small chunks while the scenario kills the worker with SIGKILL
(only once it is Ready and busy), stops and restarts the broker (same data folder), and kills the
worker again; then both isolation levels audit raw against outputs.
"""

from __future__ import annotations

import asyncio
import os
import random
import threading
import time
from pathlib import Path

import pytest
from aiokafka.errors import KafkaError

from streams.cli.audit import AuditReport, primary_topics, reconcile
from streams.cli.outputs import take_snapshot
from streams.client import end_offsets
from streams.errors import ServiceError
from streams.settings import Settings
from tests.integration.conftest import BrokerHandle, WorkerHandle, push_bytes

CHUNK = 25
PACE_S = 0.3  # slower than the crash test, so every kill lands while items are flowing
READY_TIMEOUT_S = 150.0  # a restart after kill -9 waits out the dead member's session (~60 s)
SETTLE_S = 60.0  # EOS outputs become visible only at transaction commit; bounded for CI


def reuters_items(corpus: Path, n: int) -> list[tuple[bytes, dict[str, str]]]:
    """``n`` distinct plain-text wire items built from Reuters-21578 records (real text)."""
    from streams.core.formats.reuters_sgml import iter_records

    items = []
    for f in sorted((corpus / "reuters21578").glob("reut2-*.sgm")):
        for rec in iter_records(f.read_bytes()):
            body = (rec.get("body") or "").strip()
            if len(body) < 200:
                continue
            dateline = (rec.get("dateline") or "").strip()
            text = f"{rec.get('title', '').strip()}\n\n{dateline} {body}\n"
            headers = {"filename": f"reuters-{rec['NEWID']}.txt", "source": "reuters"}
            items.append((text.encode("utf-8"), headers))
            if len(items) >= n:
                return items
    return items


def _push_with_retry(settings: Settings, chunk: list[tuple[bytes, dict[str, str]]]) -> None:
    """A careful producer: a push that fails while the broker is away is repeated (never dropped)."""
    for _ in range(120):
        try:
            push_bytes(settings, chunk)
            return
        except ServiceError:
            time.sleep(1.0)
    raise AssertionError("push kept failing for 2 minutes")


def _audit(s: Settings, isolation: str, monkeypatch: pytest.MonkeyPatch) -> AuditReport:
    """Reconcile raw against outputs as a reader with ``isolation`` sees them."""
    monkeypatch.setenv("WIREFEED_ISOLATION", isolation)
    topics = primary_topics(s)
    return reconcile(take_snapshot(s, topics, timeout=3.0), topics)


def _wait_ready(w: WorkerHandle, log_from: int, timeout: float = READY_TIMEOUT_S) -> bool:
    """Wait until the worker started at log offset ``log_from`` says "Ready" (so a kill hits a working
    worker, not one still importing); restarts it if it exited (e.g. broker not back yet)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = w.log.read_text(errors="replace")[log_from:] if w.log.exists() else ""
        if "[^Worker]: Ready" in text:
            return True
        if not w.alive():
            log_from = _log_size(w)
            w.start()
        time.sleep(0.3)
    return False


def _log_size(w: WorkerHandle) -> int:
    return len(w.log.read_text(errors="replace")) if w.log.exists() else 0


def _written(s: Settings) -> int:
    """Records (incl. EOS markers and aborted ones) on the stage and output topics: progress probe."""
    topics = [s.topic_dedupe, s.topic_articles, s.topic_duplicates, s.topic_deadletter]
    try:
        return sum(asyncio.run(asyncio.wait_for(end_offsets(s, topics), 15)).values())
    except (ServiceError, KafkaError, OSError, TimeoutError):
        return -1


def _start(w: WorkerHandle) -> None:
    mark = _log_size(w)
    w.start()
    assert _wait_ready(w, mark), f"worker not ready in {READY_TIMEOUT_S:.0f}s:\n{w.log_tail()}"


def run_crash_scenario(
    kafka: BrokerHandle, w: WorkerHandle, items: list[tuple[bytes, dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> dict[str, object]:
    """Kill -9 the (ready, busy) worker, restart the broker, kill again; then audit both isolations."""
    s = w.settings
    _start(w)
    rng = random.Random(7)
    chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
    done = threading.Event()

    def producer() -> None:
        for chunk in chunks:
            _push_with_retry(s, chunk)
            time.sleep(PACE_S)
        done.set()

    t = threading.Thread(target=producer, daemon=True)
    t0 = time.monotonic()
    t.start()
    events: list[str] = []
    # WIREFEED_EOS_STEPS narrows the scenario when diagnosing (e.g. "kill" alone); CI runs all three
    for step in filter(None, os.environ.get("WIREFEED_EOS_STEPS", "kill,broker,kill").split(",")):
        time.sleep(rng.uniform(2.0, 4.0))
        if step == "kill":
            busy = _written(s)
            w.kill()
            events.append(f"worker killed -9 at {time.monotonic() - t0:.1f}s ({busy} output records so far)")
            time.sleep(rng.uniform(0.5, 2.0))
            _start(w)
        elif step == "broker":
            kafka.stop()
            events.append(f"broker stopped at {time.monotonic() - t0:.1f}s")
            time.sleep(3.0)
            kafka.start()
            events.append(f"broker started at {time.monotonic() - t0:.1f}s")
            if not w.alive():
                events.append("worker exited while the broker was away; restarted")
                _start(w)
    t.join(timeout=300)
    assert done.is_set(), "producer did not finish"

    self_exits = 0
    deadline = time.monotonic() + SETTLE_S
    report = _audit(s, "read_committed", monkeypatch)
    while time.monotonic() < deadline:
        if report.raw >= len(items) and not report.missing:
            break
        if not w.alive():  # a crash is part of what we measure: restart, as a supervisor would
            events.append(
                f"worker exited by itself (rc={w.proc.returncode if w.proc else None}) "
                f"at {time.monotonic() - t0:.1f}s; restarted"
            )
            self_exits += 1
            w.start()
        time.sleep(3)
        report = _audit(s, "read_committed", monkeypatch)
    uncommitted = _audit(s, "read_uncommitted", monkeypatch)
    return {
        "items": len(items),
        "raw": report.raw,
        "seconds": round(time.monotonic() - t0, 1),
        "events": events,
        "self_exits": self_exits,
        "read_committed": {
            "lost": len(report.missing),
            "doubled": sum(n - 1 for n in report.doubled.values()),
            "outputs": report.outputs,
            "missing_sample": [list(k) for k in report.missing[:5]],
        },
        "read_uncommitted": {
            "lost": len(uncommitted.missing),
            "doubled": sum(n - 1 for n in uncommitted.doubled.values()),
            "outputs": uncommitted.outputs,
        },
    }
