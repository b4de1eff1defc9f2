"""pause16: the catch-up moves the stream's read position past what it processed (``StageGuard._past_catch_up``,
``gaps.seek_forward``), so the stream does not fetch and hand over the same records again to be dropped as
re-deliveries. On a stand-in for Faust's consumer thread and aiokafka's consumer; the real-broker proof (nothing
lost, nothing doubled across a kill mid-backlog) is ``tests/integration/test_pause16.py``."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

import pytest
from faust.types import TP

from streams.worker import gaps
from streams.worker.gaps import RawRecord, StageGuard
from tests.unit.test_rel15 import TOPIC, _consumers, _guard, fetched

__all__ = ["fetched"]  # the fixture, re-used from test_rel15

KEY = (TOPIC, 0)


class _Kafka:
    """aiokafka's consumer, as ``seek_forward`` uses it: assignment, position, seek."""

    def __init__(self, position: int) -> None:
        self.pos = position
        self.assigned = {TP(TOPIC, 0)}
        self.seeks: list[tuple[TP, int]] = []

    def assignment(self) -> set[TP]:
        return self.assigned

    async def position(self, tp: TP) -> int:
        return self.pos

    def seek(self, tp: TP, offset: int) -> None:
        self.seeks.append((tp, offset))
        self.pos = offset


class _Thread:
    """Faust's consumer thread: ``call_thread`` runs the function (on its own loop in a worker)."""

    def __init__(self, kafka: _Kafka, app: Any, consumer: Any) -> None:
        self.kafka = kafka
        self.app = app
        self.consumer = consumer
        self.calls = 0
        self.error: Exception | None = None

    def _ensure_consumer(self) -> _Kafka:
        return self.kafka

    async def call_thread(self, fun: Any, *args: Any) -> Any:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return await fun(*args)


def _threaded(committed: int | None, end: int, position: int) -> tuple[StageGuard, Any, list[int], _Thread]:
    guard, app, processed = _guard(committed, end)
    app.rebalancing = False
    app.consumer_generation_id = 3
    consumer = _consumers[-1]
    consumer._read_offset = defaultdict(lambda: None)
    thread = _Thread(_Kafka(position), app, consumer)
    consumer._thread = thread
    return guard, app, processed, thread


def test_the_stream_is_moved_past_what_the_catch_up_processed(fetched: list[tuple[int, int]]) -> None:
    """From 0 to the end, once, then the stream's position and Faust's read offset sit at the next expected
    offset: Faust drops what it had fetched below it before it becomes an event, and fetches on from there."""
    guard, _app, processed, thread = _threaded(None, 5, 0)
    assert asyncio.run(guard.catch_up(guard.handle, 0.0)) == 5  # type: ignore[attr-defined]
    assert processed == [0, 1, 2, 3, 4]
    assert thread.kafka.seeks == [(TP(TOPIC, 0), 5)]
    assert thread.consumer._read_offset[TP(TOPIC, 0)] == 5
    assert guard.counts["skipped"] == 5 and guard.cursor.safe[KEY] == 5


def test_each_take_moves_it(fetched: list[tuple[int, int]]) -> None:
    """A long tail in takes of TAIL_BATCH: the stream is moved after each, not only at the end."""
    end = gaps.TAIL_BATCH * 2 + 7
    guard, _app, processed, thread = _threaded(None, end, 0)
    assert asyncio.run(guard.catch_up(guard.handle, 0.0)) == end  # type: ignore[attr-defined]
    assert [o for _tp, o in thread.kafka.seeks] == [gaps.TAIL_BATCH, gaps.TAIL_BATCH * 2, end]
    assert processed == list(range(end))


def test_never_backwards(fetched: list[tuple[int, int]]) -> None:
    """The stream read further than the catch-up meanwhile: left where it is (a seek back would re-read)."""
    guard, _app, _processed, thread = _threaded(None, 5, 9)
    thread.consumer._read_offset[TP(TOPIC, 0)] = 8
    assert asyncio.run(guard.catch_up(guard.handle, 0.0)) == 5  # type: ignore[attr-defined]
    assert thread.kafka.seeks == [] and "skipped" not in guard.counts
    assert thread.consumer._read_offset[TP(TOPIC, 0)] == 8


@pytest.mark.parametrize("change", ["generation", "revoked"])
def test_not_once_the_group_moved_on(fetched: list[tuple[int, int]], change: str) -> None:
    """A rebalance between the take and the seek (a new generation, the partition gone): Faust's recovery
    seeks to the committed offset itself, and a seek of ours after it would jump past what is committed."""
    guard, app, processed, thread = _threaded(None, 5, 0)

    async def handle(recs: list[RawRecord]) -> None:
        processed.extend(r.offset for r in await guard.admit(recs))
        guard.confirm()
        if change == "generation":
            app.consumer_generation_id = 4
        else:
            thread.kafka.assigned = set()

    assert asyncio.run(guard.catch_up(handle, 0.0)) == 5
    assert processed == [0, 1, 2, 3, 4] and thread.kafka.seeks == []


def test_not_while_rebalancing(fetched: list[tuple[int, int]]) -> None:
    guard, app, processed, thread = _threaded(None, 5, 0)

    async def handle(recs: list[RawRecord]) -> None:
        processed.extend(r.offset for r in await guard.admit(recs))
        app.rebalancing = True  # a rebalance began while the take was processed

    asyncio.run(guard.catch_up(handle, 0.0))
    assert processed == [0, 1, 2, 3, 4] and thread.calls == 0


def test_a_handler_interrupted_moves_nothing(fetched: list[tuple[int, int]]) -> None:
    """Not processed (a cancellation at shutdown): the cursor goes back, the stream stays, both re-read them."""
    guard, _app, _processed, thread = _threaded(None, 5, 0)

    async def handle(recs: list[RawRecord]) -> None:
        await guard.admit(recs)
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(guard.catch_up(handle, 0.0))
    assert thread.calls == 0 and guard.cursor.pending(KEY) == 0


def test_a_seek_that_fails_is_only_a_lost_saving(fetched: list[tuple[int, int]]) -> None:
    """The consumer thread cannot seek: the catch-up's work stands, the stream's copies are re-deliveries."""
    guard, _app, processed, thread = _threaded(None, 5, 0)
    thread.error = RuntimeError("consumer stopped")
    assert asyncio.run(guard.catch_up(guard.handle, 0.0)) == 5  # type: ignore[attr-defined]
    assert processed == [0, 1, 2, 3, 4] and guard.cursor.safe[KEY] == 5
    late = [RawRecord(TOPIC, 0, o, None, b"x", []) for o in range(5)]
    assert asyncio.run(guard.admit(late)) == [] and guard.counts["replayed"] == 5


def test_no_consumer_thread_no_seek(fetched: list[tuple[int, int]]) -> None:
    """Faust's test context (no consumer thread): the catch-up as before."""
    guard, app, processed = _guard(None, 5)
    app.rebalancing = False
    assert asyncio.run(guard.catch_up(guard.handle, 0.0)) == 5  # type: ignore[attr-defined]
    assert processed == [0, 1, 2, 3, 4] and "skipped" not in guard.counts
