"""The crash scenario shared by the at-least-once crash test and the exactly-once measurement.

A producer thread pushes items in small chunks while the scenario kills the worker with SIGKILL
(only once it is Ready and busy), stops and restarts the broker (same data folder), and kills the
worker again; then both isolation levels audit raw against outputs.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import random
import re
import threading
import time
from pathlib import Path

from aiokafka.errors import KafkaError

from streams.cli.audit import AuditReport, primary_topics, reconcile
from streams.cli.outputs import take_snapshot
from streams.client import ReadIncomplete, end_offsets
from streams.errors import ServiceError
from streams.settings import Settings
from tests.integration.conftest import BrokerHandle, WorkerHandle, push_bytes

CHUNK = 25
PACE_S = 0.3  # slower than the crash test, so every kill lands while items are flowing
READY_TIMEOUT_S = 150.0  # a restart after kill -9 waits out the dead member's session (~60 s)
SETTLE_S = 60.0  # EOS outputs become visible only at transaction commit; bounded for CI
AUDIT_READ_S = 120.0  # per topic: an audit that has not reached a topic's end offsets by then fails


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


def audit(s: Settings, isolation: str, timeout: float = AUDIT_READ_S) -> AuditReport:
    """Reconcile raw against outputs as a reader with ``isolation`` sees them: every topic read to the end offsets
    it had when its read started, or ``ReadIncomplete`` (``streams.client``: the one check of a whole read, the
    same ``wirefeed audit`` makes), so that what was not read is never counted as lost."""
    s = dataclasses.replace(s, isolation=isolation)  # Settings.isolation (WIREFEED_ISOLATION)
    topics = primary_topics(s)
    return reconcile(take_snapshot(s, topics, timeout), topics)


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


def start_ready(w: WorkerHandle) -> None:
    """Start ``w`` and wait until it says Ready (fails with its log tail after READY_TIMEOUT_S)."""
    mark = _log_size(w)
    w.start()
    assert _wait_ready(w, mark), f"worker not ready in {READY_TIMEOUT_S:.0f}s:\n{w.log_tail()}"


def run_crash_scenario(
    kafka: BrokerHandle, w: WorkerHandle, items: list[tuple[bytes, dict[str, str]]]
) -> dict[str, object]:
    """Kill -9 the (ready, busy) worker, restart the broker, kill again; then audit both isolations."""
    s = w.settings
    start_ready(w)
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
            start_ready(w)
        elif step == "broker":
            kafka.stop()
            events.append(f"broker stopped at {time.monotonic() - t0:.1f}s")
            time.sleep(3.0)
            kafka.start()
            events.append(f"broker started at {time.monotonic() - t0:.1f}s")
            if not w.alive():
                events.append("worker exited while the broker was away; restarted")
                start_ready(w)
    t.join(timeout=300)
    assert done.is_set(), "producer did not finish"

    self_exits = 0
    deadline = time.monotonic() + SETTLE_S
    report: AuditReport | None = None
    while True:
        try:
            report = audit(s, "read_committed")
        except ReadIncomplete as exc:  # the settle loop reads again; the last audit below must be whole
            events.append(f"an audit at {time.monotonic() - t0:.1f}s did not finish ({exc}); read again")
            report = None
        if report is not None and report.raw >= len(items) and not report.missing:
            break
        if time.monotonic() >= deadline:
            break
        if not w.alive():  # a crash is part of what we measure: restart, as a supervisor would
            events.append(
                f"worker exited by itself (rc={w.proc.returncode if w.proc else None}) "
                f"at {time.monotonic() - t0:.1f}s; restarted"
            )
            self_exits += 1
            w.start()
        time.sleep(3)
    if report is None:
        report = audit(s, "read_committed")  # raises ReadIncomplete: a loud failure
    uncommitted = audit(s, "read_uncommitted")
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


# --- faults put into a worker process (the first-commit test) -------------------------------------------------

FAULTS = '''"""Faults for a wirefeed worker under test (written by tests/integration/crash.py; loaded as sitecustomize).

WIREFEED_TEST_NO_COMMIT=1: the consumer never commits (a worker killed -9 before its first commit).
WIREFEED_TEST_SKIP_BELOW=N: on its first fetches, the stream hands over no record of the raw topic below
offset N (Faust's fetches can start past records it never delivers: docs/reliability.md, session 12).
"""
import os

if os.environ.get("WIREFEED_TEST_NO_COMMIT") == "1" or os.environ.get("WIREFEED_TEST_SKIP_BELOW"):
    from faust.transport import consumer as _consumer

    if os.environ.get("WIREFEED_TEST_NO_COMMIT") == "1":

        async def _no_commit(self, *args, **kwargs):
            return False

        _consumer.Consumer.commit = _no_commit

    _below = int(os.environ.get("WIREFEED_TEST_SKIP_BELOW") or 0)
    _raw = os.environ.get("WIREFEED_TOPIC_RAW")
    _reached = set()
    _wait = _consumer.Consumer._wait_next_records

    async def _skipping(self, timeout):
        records, active = await _wait(self, timeout)
        if records:
            for tp in list(records):
                if tp.topic == _raw and tp not in _reached:
                    kept = [r for r in records[tp] if r.offset >= _below]
                    if kept:
                        _reached.add(tp)
                    records[tp] = kept
        return records, active

    if _below:
        _consumer.Consumer._wait_next_records = _skipping
'''


def fault_env(folder: Path, faults: str = FAULTS, **flags: str) -> dict[str, str]:
    """Worker environment that loads ``faults`` (:data:`FAULTS`; from ``folder``) with ``flags`` set."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(faults)
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, **flags}


FIRST_SIGHT = re.compile(
    r"first sight (?P<topic>\S+)\[(?P<partition>\d+)\]: committed (?P<committed>\S+), "
    r"first delivered (?P<first>\d+|none)(?: \((?:idle tail|catch-up)\))?, reading from (?P<start>\d+)"
)


def first_sights(log_text: str, topic: str) -> dict[int, dict[str, str]]:
    """The stage guard's first line per partition of ``topic`` in a worker log (``committed``, ``first``
    delivered: an offset, or ``none`` when the idle-tail timer or the catch-up after the recovery read the partition
    first; ``start``: where it
    reads from)."""
    out: dict[int, dict[str, str]] = {}
    for m in FIRST_SIGHT.finditer(log_text):
        if m["topic"] == topic:
            out.setdefault(int(m["partition"]), m.groupdict())
    return out


def group_committed(s: Settings, topic: str) -> dict[int, int | None]:
    """The worker group's committed offset of each partition of ``topic`` (``None``: never committed)."""
    from aiokafka import TopicPartition

    from streams.client import consumer_for, topic_partitions

    async def read() -> dict[int, int | None]:
        async with consumer_for(s, "committed", group_id=s.app_id) as consumer:
            parts = await topic_partitions(consumer, topic)
            return {p: await consumer.committed(TopicPartition(topic, p)) for p in sorted(parts)}

    return asyncio.run(read())
