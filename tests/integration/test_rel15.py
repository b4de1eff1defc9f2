"""Session 15 (rel15): what Faust throws away at the end of a recovery is caught up within seconds.

Faust 0.15.3's ``Recovery.on_recovery_completed`` resumes the stream partitions, awaits the seek, then resumes
the flow, which clears every agent's buffer: records fetched in that window are dropped with the consumer's
position past them (docs/reliability.md, Session 14, item 4). A quiet partition's tail then waited for the next
record (``wire.dedupe``: no timer at all) or for the idle-tail timer (``wire.raw``: 15-20 s).

Here worker A publishes a few items (so B's recovery has a changelog to read: with an empty one, B's stream
dropped nothing in a first version of this test), then ingests more while its dedupe stage holds them (a
fault: those batches are neither processed nor confirmed, so not committed), and A stops cleanly. Worker B
starts with Faust's window widened (a fault: ``Consumer.perform_seek`` returns ``SEEK_DELAY_S`` late, so the
fetcher surely fills the buffers that the flow's resume then clears). With no later traffic, every raw item must
be out within ``TAIL_BOUND_S`` of B's "Worker ready", once: lost 0, doubled 0. ``dedupe-tail``: no raw item
after A's, so only the catch-up can hand B the dedupe topic's dropped tail (on main: never published, 30
missing). ``raw-tail``: items pushed while no worker ran (on main: out after the raw idle tail, 15 s).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from streams.client import end_offsets
from streams.settings import Settings
from tests.integration.conftest import WorkerHandle, push_bytes
from tests.integration.crash import audit, fault_env, group_committed, reuters_items, start_ready

pytestmark = [pytest.mark.integration, pytest.mark.slow]

FIRST_ITEMS = 10  # published by A: its tables' changelog is what B's recovery reads (with an empty one Faust
# never resumes the flow before the seek, and fetches nothing in the window)
A_ITEMS = 30  # then ingested by A, held by its dedupe stage
DOWN_ITEMS = 12  # pushed while no worker runs
SEEK_DELAY_S = 3.0
TAIL_BOUND_S = 8.0  # from B's "Worker ready" to every item out (the raw idle tail alone takes 11.5 s or more)

FAULTS = '''"""Faults for a wirefeed worker under test (tests/integration/test_rel15.py; loaded as sitecustomize).

WIREFEED_TEST_HOLD_FILE=PATH: while PATH exists, the dedupe stage takes its batches and does nothing with them
(nothing confirmed, so nothing of them is committed).
WIREFEED_TEST_SEEK_DELAY=S: Faust's seek at the end of a recovery returns S seconds late (the window in which
the records the fetcher buffers are then cleared by the flow's resume).
"""
import asyncio
import os

_hold_file = os.environ.get("WIREFEED_TEST_HOLD_FILE")
if _hold_file:
    from streams.worker import dedupe_agent as _dedupe_agent

    _batch = _dedupe_agent.dedupe_batch

    async def _held(records, last_event, ctx):
        if os.path.exists(_hold_file):
            return {}
        return await _batch(records, last_event, ctx)

    _dedupe_agent.dedupe_batch = _held

_delay = float(os.environ.get("WIREFEED_TEST_SEEK_DELAY") or 0)
if _delay:
    from faust.transport import consumer as _consumer

    _seek = _consumer.Consumer.perform_seek

    async def _late_seek(self):
        out = await _seek(self)
        await asyncio.sleep(_delay)
        return out

    _consumer.Consumer.perform_seek = _late_seek
'''


def _outputs(s: Settings) -> int:
    return sum(asyncio.run(end_offsets(s, [s.topic_articles, s.topic_duplicates, s.topic_deadletter])).values())


def _wait(cond: Callable[[], bool], timeout: float, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(step)
    return cond()


@pytest.mark.parametrize("down", [0, DOWN_ITEMS], ids=["dedupe-tail", "raw-tail"])
def test_a_tail_dropped_by_the_recovery_is_out_in_seconds(
    worker_factory: Callable[..., WorkerHandle], corpus: Path, tmp_path: Path, down: int
) -> None:
    """``dedupe-tail``: no raw item after A's, so nothing but the catch-up hands B the dedupe topic's dropped
    tail (before: never, until new traffic). ``raw-tail``: items pushed while down (before: the idle tail)."""
    items = reuters_items(corpus, FIRST_ITEMS + A_ITEMS + down)
    assert len(items) == FIRST_ITEMS + A_ITEMS + down
    hold = tmp_path / "hold"
    a = worker_factory(WIREFEED_ROUTING="none", **fault_env(tmp_path / "fa", FAULTS, WIREFEED_TEST_HOLD_FILE=str(hold)))
    s = a.settings
    start_ready(a)
    push_bytes(s, items[:FIRST_ITEMS])
    assert _wait(lambda: _outputs(s) >= FIRST_ITEMS, 120, 0.3), f"A published nothing in 120 s:\n{a.log_tail()}"
    published = _outputs(s)
    hold.touch()
    push_bytes(s, items[FIRST_ITEMS : FIRST_ITEMS + A_ITEMS])

    def ingested() -> bool:
        ends = asyncio.run(end_offsets(s, [s.topic_raw]))
        done = group_committed(s, s.topic_raw)
        return all(done.get(p) == end for (_t, p), end in ends.items())

    assert _wait(ingested, 120, 0.5), f"A did not commit its raw records in 120 s:\n{a.log_tail()}"
    a.stop()
    held = sum(asyncio.run(end_offsets(s, [s.topic_dedupe])).values()) - (group_committed(s, s.topic_dedupe)[0] or 0)
    assert held >= A_ITEMS and _outputs(s) == published, (held, published, _outputs(s))
    if down:
        push_bytes(s, items[FIRST_ITEMS + A_ITEMS :])

    b = worker_factory(
        WIREFEED_ROUTING="none", **fault_env(tmp_path / "fb", FAULTS, WIREFEED_TEST_SEEK_DELAY=str(SEEK_DELAY_S))
    )
    start_ready(b)
    assert _wait(lambda: "Worker ready" in b.log.read_text(errors="replace"), 120, 0.05), b.log_tail()
    ready = time.monotonic()
    out = _wait(lambda: _outputs(s) >= len(items), TAIL_BOUND_S, 0.2)
    took = time.monotonic() - ready
    if not out:  # how long it takes without the catch-up (for the message): up to 40 s more
        _wait(lambda: _outputs(s) >= len(items), 40, 0.5)
    report = audit(s, "read_committed")
    log = b.log.read_text(errors="replace")
    caught = {
        topic: sum(int(n) for n in ns)
        for topic in (s.topic_raw, s.topic_dedupe)
        if (ns := re.findall(rf"caught up (\d+) record\(s\) of {re.escape(topic)} after", log))
    }
    doubled = sum(n - 1 for n in report.doubled.values())
    when = f"in {took:.1f} s" if out else f"NOT within {TAIL_BOUND_S:.0f} s ({_outputs(s)} of {len(items)} 40 s later)"
    print(
        f"\n[rel15] {FIRST_ITEMS} published, {A_ITEMS} held on {s.topic_dedupe}, {down} pushed while down; "
        f"all out {when} of B's Worker ready; caught up after the recovery {caught}; raw={report.raw} "
        f"lost={len(report.missing)} doubled={doubled}"
    )
    assert report.raw == len(items)
    assert not report.missing, f"lost {len(report.missing)}: {report.missing[:10]}\n{b.log_tail()}"
    assert not report.doubled, f"doubled: {sorted(report.doubled)[:10]}"
    assert out, f"the tail took more than {TAIL_BOUND_S} s after the recovery:\n{b.log_tail()}"
    # the fault took effect: the stream held records back (caught up after the recovery, or shown as a hole by a
    # later record); with no raw item after A's, only the catch-up can hand B the dedupe topic's tail
    assert caught or "were not delivered by the stream" in log, log
    if not down:
        assert caught.get(s.topic_dedupe, 0) >= A_ITEMS, caught
