"""Session 16 (pause16): while the catch-up serves a starved ``wire.dedupe`` partition, the stream does not read it
again, and nothing is lost or doubled across a kill mid-backlog and a restart.

Faust starves the dedupe stream while ingest drains a ``wire.raw`` backlog: it stops fetching the partition
(docs/reliability.md, stall15). The catch-up (``StageGuard.catch_up``) then processes the records itself, and
since pause16 moves the stream's read position past them (``StageGuard._past_catch_up``); before, the stream
read all of them again once ingest was done, to drop each as a re-delivery (the bench: ~18,000 of 20,000).

Here a fault keeps the dedupe topic out of Faust's fetches while a file exists (what the starvation does, made
certain). Worker A ingests a backlog, its catch-up publishes part of it, and A is killed -9. Worker B (the
fault still on) recovers and catches up the rest; then the fault is lifted and more items are pushed, which
the stream must hand over from where the catch-up left it. Every raw record must end published, as a duplicate
or as a dead letter, once; and B's stream must not have re-read what its catch-up processed (its guard's
``replayed`` count far below ``caught_up``; on main they are about equal).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.conftest import WorkerHandle, push_bytes
from tests.integration.crash import audit, fault_env, reuters_items, start_ready
from tests.integration.test_rel15 import _outputs, _wait

pytestmark = [pytest.mark.integration, pytest.mark.slow]

BACKLOG = 1200  # pushed before A starts: the backlog A is killed in the middle of
KILL_AT = 100  # outputs published (by A's catch-up) when A is killed
LATER = 30  # pushed once the fault is lifted: the stream's own deliveries, from where the catch-up left it
SETTLE_S = 240.0

FAULTS = '''"""Faults for a wirefeed worker under test (tests/integration/test_pause16.py; loaded as sitecustomize).

WIREFEED_TEST_STARVE_FILE=PATH: while PATH exists, Faust's consumer fetches nothing of the dedupe topic (the
starvation of stall15, made certain): only the guard's catch-up reads it.
"""
import asyncio
import os

_starve = os.environ.get("WIREFEED_TEST_STARVE_FILE")
if _starve:
    from faust.transport import consumer as _consumer

    _getmany = _consumer.ThreadDelegateConsumer._getmany
    _topic = os.environ["WIREFEED_TOPIC_DEDUPE"]

    async def _starved(self, active_partitions, timeout):
        if active_partitions is not None and os.path.exists(_starve):
            active_partitions = {tp for tp in active_partitions if tp.topic != _topic}
            if not active_partitions:  # aiokafka reads an empty set as "all of them"
                await asyncio.sleep(min(timeout, 0.1))
                return {}
        return await _getmany(self, active_partitions, timeout)

    _consumer.ThreadDelegateConsumer._getmany = _starved
'''

COUNTS = re.compile(r"stage guard dedupe: (?P<counts>.*)")


def _counts(log: str) -> dict[str, int]:
    """The dedupe guard's counts from the worker's last shutdown line (``replayed``, ``caught_up``, ...)."""
    found = COUNTS.findall(log)
    assert found, "no 'stage guard dedupe' line: the worker did not stop cleanly"
    return {k: int(v) for k, v in (part.rsplit(" ", 1) for part in found[-1].strip().split(", "))}


def test_a_starved_dedupe_partition_is_read_once_and_survives_a_kill(
    worker_factory: Callable[..., WorkerHandle], corpus: Path, tmp_path: Path
) -> None:
    items = reuters_items(corpus, BACKLOG + LATER)
    assert len(items) == BACKLOG + LATER
    starve = tmp_path / "starve"
    starve.touch()
    a = worker_factory(
        WIREFEED_ROUTING="none", **fault_env(tmp_path / "fa", FAULTS, WIREFEED_TEST_STARVE_FILE=str(starve))
    )
    s = a.settings
    push_bytes(s, items[:BACKLOG])
    start_ready(a)
    assert _wait(lambda: _outputs(s) >= KILL_AT, 180, 0.1), f"A published < {KILL_AT} in 180 s:\n{a.log_tail()}"
    a.kill()  # mid-backlog: the catch-up has published part of it
    at_kill = _outputs(s)
    a_log = a.log.read_text(errors="replace")
    assert "catching up" in a_log, a_log[-3000:]  # the fault held: only the catch-up read the dedupe topic

    b = worker_factory(
        WIREFEED_ROUTING="none", **fault_env(tmp_path / "fb", FAULTS, WIREFEED_TEST_STARVE_FILE=str(starve))
    )
    start_ready(b)
    caught = _wait(lambda: _outputs(s) >= BACKLOG, SETTLE_S)
    starve.unlink()  # the stream reads the dedupe topic again, from where B's catch-up moved it
    push_bytes(s, items[BACKLOG:])
    done = _wait(lambda: _outputs(s) >= len(items), SETTLE_S)
    report = audit(s, "read_committed")
    b.stop()
    log = b.log.read_text(errors="replace")
    counts = _counts(log)
    doubled = sum(n - 1 for n in report.doubled.values())
    print(
        f"\n[pause16] backlog {BACKLOG}: {at_kill} out at A's kill; B caught up the rest: {caught}; then {LATER} "
        f"through the stream: {done}; B's dedupe guard {counts}; raw={report.raw} lost={len(report.missing)} "
        f"doubled={doubled}"
    )
    assert report.raw == len(items)
    assert not report.missing, f"lost {len(report.missing)}: {report.missing[:10]}\n{b.log_tail()}"
    assert not report.doubled, f"doubled: {sorted(report.doubled)[:10]}"
    assert at_kill < BACKLOG, "A published the whole backlog before its kill: not a kill mid-backlog"
    assert caught and done
    # B's catch-up served the dedupe topic, moved the stream past it, and the stream did not read it again.
    # Records the stream had fetched before the catch-up moved it are still read once more; how many depends on
    # the machine's load (quiet, session 16: 0; load ~8, session 18: 191 of 1,464 caught up). Before pause16 the two
    # counts were about equal, so a quarter still tells the fix from its absence.
    assert counts.get("caught_up", 0) > 0 and counts.get("skipped", 0) > 0, counts
    assert counts["replayed"] * 4 < counts["caught_up"], counts
