"""Issue 7 measure: nothing lost when the worker is killed -9 mid-stream (twice, each time while it is
Ready and busy) and the broker is restarted once in between. ≥ 1,000 distinct items; lost must be
0; doubled copies (the price of at-least-once) are counted and printed.

Session 13 (rel13): a kill before the worker's first commit, with the next worker's stream starting past
records it never hands over (the likely path of session 12's loss, docs/reliability.md), and the audit's
own reading: it must reach every topic's end or fail."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from streams.cli.audit import AuditReport
from streams.client import ReadIncomplete, end_offsets
from tests.integration.conftest import BrokerHandle, WorkerHandle, push_bytes
from tests.integration.crash import (
    audit,
    fault_env,
    first_sights,
    group_committed,
    reuters_items,
    run_crash_scenario,
    start_ready,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

N_ITEMS = 1200
N_FIRST_COMMIT = 240  # items of the first-commit test: ~120 a raw partition
A_ITEMS = 10  # pushed while worker A runs, so A publishes some outputs before its kill
SETTLE_FIRST_COMMIT_S = 240.0


def test_kill_workers_and_restart_broker_loses_nothing(
    kafka: BrokerHandle, worker_factory: Callable[..., WorkerHandle], corpus: Path
) -> None:
    items = reuters_items(corpus, N_ITEMS)
    assert len(items) >= 1000
    w = worker_factory(WIREFEED_ROUTING="none", WIREFEED_PARTITIONS="2")
    result = run_crash_scenario(kafka, w, items)
    committed = result["read_committed"]
    assert isinstance(committed, dict)
    print(f"\n[crash test] {'; '.join(result['events'])}")  # type: ignore[arg-type]
    print(
        f"[crash test] items={len(items)} raw={result['raw']} lost={committed['lost']} "
        f"doubled_copies={committed['doubled']} outputs={committed['outputs']} in {result['seconds']}s"
    )
    assert result["raw"] == len(items)
    assert committed["lost"] == 0, f"lost: {committed}\n{w.log_tail()}"


def _outputs_so_far(w: WorkerHandle) -> int:
    s = w.settings
    return sum(asyncio.run(end_offsets(s, [s.topic_articles, s.topic_duplicates, s.topic_deadletter])).values())


def test_a_kill_before_the_first_commit_loses_nothing(
    kafka: BrokerHandle,
    worker_factory: Callable[..., WorkerHandle],
    corpus: Path,
    tmp_path: Path,
) -> None:
    """Worker A publishes a few items and is killed -9 having committed nothing; worker B's stream then
    starts each raw partition past records it never hands over. B's guard must start every raw partition
    at 0 (no committed offset) and backfill the skipped records: every raw offset ends published, as a
    duplicate or as a dead letter, once, and B's first sight of each partition says where it read from."""
    items = reuters_items(corpus, N_FIRST_COMMIT)
    assert len(items) == N_FIRST_COMMIT
    faults = tmp_path / "faults"
    a = worker_factory(WIREFEED_ROUTING="none", **fault_env(faults, WIREFEED_TEST_NO_COMMIT="1"))
    s = a.settings
    start_ready(a)
    push_bytes(s, items[:A_ITEMS])
    deadline = time.monotonic() + 120
    while _outputs_so_far(a) == 0 and time.monotonic() < deadline:
        time.sleep(0.3)
    assert _outputs_so_far(a) > 0, f"worker A published nothing in 120 s:\n{a.log_tail()}"
    a.kill()
    assert set(group_committed(s, s.topic_raw).values()) == {None}, "A committed before its kill"

    push_bytes(s, items[A_ITEMS:])
    ends = asyncio.run(end_offsets(s, [s.topic_raw]))
    below = min(ends.values()) // 2  # B's stream hands over nothing below this on each raw partition
    before = audit(s, "read_committed")
    unpublished = {(p, o) for _t, p, o in before.missing if o < below}
    assert {p for p, _o in unpublished} == {p for _t, p in ends}, (
        f"the test needs raw records below {below} that A did not publish, on every partition: {sorted(unpublished)}"
    )

    b = worker_factory(WIREFEED_ROUTING="none", **fault_env(faults, WIREFEED_TEST_SKIP_BELOW=str(below)))
    start_ready(b)
    report: AuditReport | None = None
    deadline = time.monotonic() + SETTLE_FIRST_COMMIT_S
    while time.monotonic() < deadline:
        report = audit(s, "read_committed")
        if report.raw == len(items) and not report.missing:
            break
        time.sleep(3)
    report = audit(s, "read_committed")
    log = b.log.read_text(errors="replace")
    sights = first_sights(log, s.topic_raw)
    print(
        f"\n[first commit] raw ends {sorted(ends.values())}, B's stream skips below {below}; A left "
        f"{len(unpublished)} of them unpublished; B's first sights {sights}; "
        f"raw={report.raw} lost={len(report.missing)} doubled={sum(n - 1 for n in report.doubled.values())}"
    )
    assert report.raw == len(items)
    assert not report.missing, f"lost {len(report.missing)}: {report.missing[:10]}\n{b.log_tail()}"
    assert not report.doubled, f"doubled: {sorted(report.doubled)[:10]}"
    assert sorted(sights) == sorted(p for _t, p in ends), sights
    for sight in sights.values():
        assert sight["committed"] == "None"
        # the fault held: nothing below it was handed over by the stream (or nothing at all: the timer read it)
        assert sight["first"] == "none" or int(sight["first"]) >= below
        assert sight["start"] == "0"  # ... and the guard read from the partition's beginning all the same


def test_an_audit_that_stops_early_fails_loudly(
    kafka: BrokerHandle, worker_factory: Callable[..., WorkerHandle], corpus: Path
) -> None:
    """An audit that cannot read a topic to its end raises instead of reporting what it did not read as lost
    (or passing on what it read); given the time, the same read is whole."""
    w = worker_factory()
    s = w.settings
    push_bytes(s, reuters_items(corpus, 40))
    with pytest.raises(ReadIncomplete, match=rf"reading {re.escape(s.topic_raw)} to its end .*: \[\d\] at 0 of \d+"):
        audit(s, "read_committed", timeout=0.0)
    whole = audit(s, "read_committed")
    assert whole.raw == 40 and len(whole.missing) == 40  # every raw record read; no worker ran, so none has output
