"""The catch-up after a recovery (``StageGuard.catch_up``, ``streams.worker.context.keep_up``) on a stand-in for
Faust's consumer. Faust 0.15.3 clears its agents' buffers at the end of every recovery, with the consumer's
position past what they held (docs/reliability.md, Session 14 item 4, Session 15); the real-broker proof is
``tests/integration/test_rel15.py``."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from typing import Any

import pytest
from faust.types import TP

from streams.worker import context, gaps
from streams.worker.gaps import RawRecord, StageGuard
from tests.integration.crash import first_sights
from tests.unit.test_stage_guard import _App, _Wiring

TOPIC = "wire.dedupe"


class _Consumer:
    def __init__(self, committed: int | None, end: int) -> None:
        self._committed_offset: dict[TP, int | None] = defaultdict(lambda: None, {TP(TOPIC, 0): committed})
        self.flow_active = True
        self.end = end  # the highwater it learnt from its fetches
        self.broker_end = end  # the end offset the broker reports (end_offsets, stubbed in ``fetched``)
        self.probes = 0  # end_offsets requests

    def assignment(self) -> set[TP]:
        return {TP(TOPIC, 0)}

    def highwater(self, tp: TP) -> int:
        return self.end


_consumers: list[_Consumer] = []  # the last one built: what the broker stand-in (``fetched``) reports


def _consumer(committed: int | None, end: int) -> _Consumer:
    _consumers[:] = [_Consumer(committed, end)]
    return _consumers[0]


def _rec(offset: int) -> RawRecord:
    return RawRecord(TOPIC, 0, offset, None, f"item {offset}".encode(), [])


@pytest.fixture
def fetched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """``fetch_range`` reading a partition whose records are its offsets; the ranges asked for."""
    asked: list[tuple[int, int]] = []

    async def fetch_range(_s: Any, topic: str, partition: int, start: int, end: int) -> list[Any]:
        asked.append((start, end))
        return [RawRecord(topic, partition, o, None, b"x", []) for o in range(start, end)]

    async def end_offsets(_s: Any, topics: list[str]) -> dict[tuple[str, int], int]:
        consumer = _consumers[-1]
        consumer.probes += 1
        return {(TOPIC, 0): consumer.broker_end}

    monkeypatch.setattr(gaps, "fetch_range", fetch_range)
    monkeypatch.setattr(gaps, "end_offsets", end_offsets)
    monkeypatch.setattr(RawRecord, "from_kafka", classmethod(lambda cls, rec: rec))
    return asked


def _guard(committed: int | None, end: int) -> tuple[StageGuard, _App, list[int]]:
    """A guard on an assigned partition (the recovery running) and a batch handler that records what it
    processed, admitting like the agents' handlers do."""
    app = _App(_consumer(committed, end))  # type: ignore[arg-type]
    app.rebalancing = True
    guard = StageGuard(_Wiring(app), TOPIC)  # type: ignore[arg-type]
    guard.assigned([TP(TOPIC, 0)])
    processed: list[int] = []

    async def handle(recs: list[RawRecord]) -> None:
        processed.extend(r.offset for r in await guard.admit(recs))
        guard.confirm()

    guard.handle = handle  # type: ignore[attr-defined]
    return guard, app, processed


def test_due_only_once_the_recovery_is_over_and_the_grace_passed() -> None:
    guard, app, _ = _guard(None, 4)
    assert guard.catch_up_due(100.0) is None  # rebalancing: Faust has not cleared its buffers yet
    app.rebalancing = False
    assert guard.catch_up_due(200.0) is None  # over now: the grace starts
    assert guard.catch_up_due(200.0 + gaps.CATCH_UP_GRACE_S / 2) is None
    assert guard.catch_up_due(200.0 + gaps.CATCH_UP_GRACE_S) == 200.0
    guard.assigned([TP(TOPIC, 0)])  # a new assignment: due again, from its own recovery
    assert guard.recovery == "due"
    guard.assigned([TP("other", 0)])
    assert guard.recovery == "due"


def test_a_tail_the_stream_dropped_is_processed_once(fetched: list[tuple[int, int]]) -> None:
    """No commit yet (a fresh group): from 0 to the end offset, through the stage's handler; the stream's own
    copies, delivered late, are re-deliveries; the confirmed offset covers the tail."""
    guard, app, processed = _guard(None, 5)
    app.rebalancing = False
    since = 0.0  # the recovery's end; the stream delivered nothing since
    assert asyncio.run(guard.catch_up(guard.handle, since)) == 5  # type: ignore[attr-defined]
    assert processed == [0, 1, 2, 3, 4] and fetched == [(0, 5)]
    assert guard.cursor.safe[(TOPIC, 0)] == 5
    assert asyncio.run(guard.admit([_rec(3), _rec(4)])) == []  # late copies from the stream: dropped
    assert guard.counts["caught_up"] == 5 and guard.counts["replayed"] == 2
    assert asyncio.run(guard.catch_up(guard.handle, since)) == 0  # nothing past the cursor any more


def test_from_the_cursor_or_the_committed_offset(fetched: list[tuple[int, int]]) -> None:
    guard, app, processed = _guard(7, 10)
    app.rebalancing = False
    assert asyncio.run(guard.catch_up(guard.handle, 1.0)) == 3 and processed == [7, 8, 9]
    guard, app, processed = _guard(7, 10)
    app.rebalancing = False
    asyncio.run(guard.admit([_rec(7)]))
    assert asyncio.run(guard.catch_up(guard.handle, 1.0)) == 2 and processed == [8, 9] and fetched[-1] == (8, 10)


def test_a_partition_delivered_since_is_left_to_the_stream(fetched: list[tuple[int, int]]) -> None:
    """A take after the recovery shows any record skipped before it as a hole: no catch-up needed."""
    guard, app, processed = _guard(None, 5)
    app.rebalancing = False
    guard.taken([_rec(3)])  # handed over "now" (monotonic), after the quiet_since below
    assert asyncio.run(guard.catch_up(guard.handle, 1.0)) == 0 and fetched == [] and processed == []


def test_a_take_held_across_the_end_of_the_recovery_counts_as_before_it(fetched: list[tuple[int, int]]) -> None:
    """Session 14's trace: the agent took raw[0]@59 before Faust cleared 60..118, and processed it after the
    recovery. The take's time is when it arrived, so the partition is still caught up past it."""
    guard, app, processed = _guard(59, 119)
    guard.taken([_rec(59)])  # arrives while rebalancing
    app.rebalancing = False
    time.sleep(0.01)
    end = time.monotonic()
    assert guard.catch_up_due(end) is None  # the recovery seen over; the grace starts
    asyncio.run(guard.handle([_rec(59)]))  # type: ignore[attr-defined]  # processed after the end ...
    assert guard.last_delivery[(TOPIC, 0)] > end  # ... so admit's stamp is later: not the one to go by
    since = guard.catch_up_due(end + gaps.CATCH_UP_GRACE_S)
    assert since == end
    assert asyncio.run(guard.catch_up(guard.handle, since)) == 59  # type: ignore[attr-defined]
    assert processed == list(range(59, 119)) and fetched == [(60, 119)]


def test_a_long_tail_is_read_in_takes(fetched: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gaps, "TAIL_BATCH", 4)
    guard, app, processed = _guard(None, 10)
    app.rebalancing = False
    assert asyncio.run(guard.catch_up(guard.handle, 1.0)) == 10
    assert processed == list(range(10)) and fetched == [(0, 4), (4, 8), (8, 10)]


def test_a_rebalance_stops_the_catch_up(fetched: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gaps, "TAIL_BATCH", 4)
    guard, app, processed = _guard(None, 10)
    app.rebalancing = False

    async def handle_then_rebalance(recs: list[RawRecord]) -> None:
        await guard.handle(recs)  # type: ignore[attr-defined]
        app.rebalancing = True

    assert asyncio.run(guard.catch_up(handle_then_rebalance, 1.0)) == 4 and processed == [0, 1, 2, 3]


def test_an_interrupted_handler_leaves_its_records_unprocessed(fetched: list[tuple[int, int]]) -> None:
    """Cancelled half-way (a shutdown): the records count as not processed, so the stream's copies are
    processed and a later confirm does not commit over them."""
    guard, app, _ = _guard(2, 6)
    app.rebalancing = False

    async def cancelled(recs: list[RawRecord]) -> None:
        await guard.admit(recs)
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(guard.catch_up(cancelled, 1.0))
    guard.confirm()
    assert guard.cursor.safe[(TOPIC, 0)] == 2
    assert [r.offset for r in asyncio.run(guard.admit([_rec(2), _rec(3)]))] == [2, 3]


def test_the_first_sight_line_says_the_stream_delivered_none(
    fetched: list[tuple[int, int]], caplog: pytest.LogCaptureFixture
) -> None:
    """The crash tests read where each owner started from this line (``first delivered none``: not the stream)."""
    guard, app, _ = _guard(None, 3)
    app.rebalancing = False
    with caplog.at_level(logging.INFO, logger="streams.worker.gaps"):
        asyncio.run(guard.catch_up(guard.handle, 1.0))
    sights = first_sights(caplog.text, TOPIC)
    assert sights == {0: {"topic": TOPIC, "partition": "0", "committed": "None", "first": "none", "start": "0"}}


def test_keep_up_catches_up_after_the_recovery_and_on_idle_partitions(
    fetched: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loop the worker runs: the catch-up once the recovery is over and the grace passed, then (``idle``)
    a partition the stream delivered nothing of for IDLE_TAIL_S."""
    monkeypatch.setattr(context, "CATCH_UP_POLL_S", 0.01)
    monkeypatch.setattr(context, "IDLE_CHECK_S", 0.05)
    monkeypatch.setattr(gaps, "CATCH_UP_GRACE_S", 0.05)
    monkeypatch.setattr(context, "IDLE_TAIL_S", 0.1)
    guard, app, processed = _guard(None, 3)
    stage = context.CatchUp(guard, guard.handle, idle=True)  # type: ignore[attr-defined]

    async def scenario() -> None:
        task = asyncio.ensure_future(context.keep_up([stage]))
        await asyncio.sleep(0.1)
        assert processed == []  # still rebalancing
        app.rebalancing = False
        await asyncio.sleep(0.3)
        assert processed == [0, 1, 2] and guard.recovery is None
        app.consumer.end = 5  # type: ignore[attr-defined]  # two more, and the stream hands over neither
        await asyncio.sleep(0.5)
        assert processed == [0, 1, 2, 3, 4]
        task.cancel()

    asyncio.run(scenario())


def test_keep_up_retries_a_fetch_that_failed(
    fetched: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A broker away during the catch-up: nothing was handed over, the catch-up stays due and is tried again."""
    monkeypatch.setattr(context, "CATCH_UP_POLL_S", 0.01)
    monkeypatch.setattr(context, "CATCH_UP_RETRY_S", 0.05)
    monkeypatch.setattr(gaps, "CATCH_UP_GRACE_S", 0.0)
    works = gaps.fetch_range
    failures = [OSError("broker away")]

    async def flaky(*args: Any) -> list[Any]:
        if failures:
            raise failures.pop()
        return await works(*args)

    monkeypatch.setattr(gaps, "fetch_range", flaky)
    guard, app, processed = _guard(None, 3)
    app.rebalancing = False

    async def scenario() -> None:
        task = asyncio.ensure_future(context.keep_up([context.CatchUp(guard, guard.handle)]))  # type: ignore[attr-defined]
        await asyncio.sleep(0.4)
        task.cancel()

    with caplog.at_level(logging.WARNING, logger="streams.worker.agents"):
        asyncio.run(scenario())
    assert processed == [0, 1, 2] and "broker away" in caplog.text and guard.recovery is None


def test_a_stale_highwater_is_checked_with_the_broker(fetched: list[tuple[int, int]]) -> None:
    """stall15: Faust stopped fetching ``wire.dedupe`` while ingest drained a backlog, so the consumer's highwater
    stayed at the one record the catch-up after the recovery processed, and the idle catch-up, trusting it,
    processed nothing for 120+ s. The broker's end offset is asked when the highwater shows nothing new, at most
    once per IDLE_TAIL_S (an idle worker's partition is not probed at every tick)."""
    guard, app, processed = _guard(None, 1)
    app.rebalancing = False
    assert asyncio.run(guard.catch_up(guard.handle, 1.0)) == 1 and processed == [0]
    consumer = app.consumer
    consumer.broker_end = 5  # type: ignore[attr-defined]  # 4 more on the broker; the consumer fetched none
    assert asyncio.run(guard.catch_up(guard.handle, time.monotonic())) == 4 and processed == [0, 1, 2, 3, 4]
    probes = consumer.probes  # type: ignore[attr-defined]
    consumer.broker_end = 7  # type: ignore[attr-defined]
    assert asyncio.run(guard.catch_up(guard.handle, time.monotonic())) == 0  # asked lately: the highwater stands
    assert consumer.probes == probes  # type: ignore[attr-defined]
    guard.probed -= gaps.IDLE_TAIL_S
    assert asyncio.run(guard.catch_up(guard.handle, time.monotonic())) == 2 and processed[-2:] == [5, 6]


def test_a_fresh_highwater_needs_no_probe(fetched: list[tuple[int, int]]) -> None:
    guard, app, processed = _guard(None, 3)
    app.rebalancing = False
    assert asyncio.run(guard.catch_up(guard.handle, 1.0)) == 3 and processed == [0, 1, 2]
    assert app.consumer.probes == 0  # type: ignore[attr-defined]
