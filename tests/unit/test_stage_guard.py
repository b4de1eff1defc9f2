"""The stage guard (``streams.worker.gaps``) on a stand-in for Faust's consumer: what the agents are handed and
what Faust is allowed to commit. The three Faust behaviours it closes were reproduced on a real broker
(docs/reliability.md, "Why records were doubled or skipped"); here each is replayed by hand."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

import pytest
from faust.types import TP

from streams.worker import gaps
from streams.worker.gaps import RawRecord, StageGuard, install_commit_guard

RAW = "wire.raw"


class _Consumer:
    def __init__(self, tps: list[TP], committed: dict[TP, int]) -> None:
        self._assignment = set(tps)
        self._committed_offset: dict[TP, int | None] = defaultdict(lambda: None, committed)
        self._acked: dict[TP, list[int]] = defaultdict(list)
        self._acked_index: dict[TP, set[int]] = defaultdict(set)
        self.flow_active = True

    def assignment(self) -> set[TP]:
        return self._assignment

    def _filter_committable_offsets(self, tps: Any) -> dict[TP, int]:
        # Faust's own candidate: the highest acked + 1, whatever was processed
        return {tp: max(self._acked[tp]) + 1 for tp in tps if self._acked[tp]}


class _App:
    def __init__(self, consumer: _Consumer) -> None:
        self.consumer = consumer
        self.rebalancing = False
        self.in_recovery = False
        self.should_stop = False


class _Wiring:
    def __init__(self, app: _App) -> None:
        self.app = app
        self.settings = None


def _rec(offset: int, partition: int = 0) -> RawRecord:
    return RawRecord(RAW, partition, offset, None, f"item {offset}".encode(), [])


def _guard(committed: int = 10) -> tuple[StageGuard, _Consumer]:
    consumer = _Consumer([TP(RAW, 0)], {TP(RAW, 0): committed})
    return StageGuard(_Wiring(_App(consumer)), RAW), consumer  # type: ignore[arg-type]


def test_redelivered_records_are_handed_over_once() -> None:
    guard, _ = _guard()
    first = asyncio.run(guard.admit([_rec(10), _rec(11)]))
    again = asyncio.run(guard.admit([_rec(10), _rec(11), _rec(12)]))  # the seek-after-resume race
    assert [r.offset for r in first] == [10, 11] and [r.offset for r in again] == [12]
    assert guard.counts["replayed"] == 2


def test_a_hole_is_fetched_and_handed_over_first(monkeypatch: pytest.MonkeyPatch) -> None:
    async def fetch_range(_s: Any, topic: str, partition: int, start: int, end: int) -> list[Any]:
        class R:
            def __init__(self, o: int) -> None:
                self.topic, self.partition, self.offset, self.timestamp, self.value, self.headers = (
                    topic,
                    partition,
                    o,
                    None,
                    b"x",
                    [],
                )

        return [R(o) for o in range(start, end)]

    monkeypatch.setattr(gaps, "fetch_range", fetch_range)
    guard, _ = _guard()
    got = asyncio.run(guard.admit([_rec(13)]))  # 10..12 never delivered
    assert [r.offset for r in got] == [10, 11, 12, 13] and guard.counts["fetched"] == 3


def test_records_of_partitions_not_owned_are_dropped() -> None:
    guard, _ = _guard()
    assert asyncio.run(guard.admit([_rec(10, partition=1)])) == []


def test_commit_is_what_was_confirmed_not_what_faust_acked() -> None:
    guard, consumer = _guard()
    install_commit_guard(guard.w.app, [guard])
    tp = TP(RAW, 0)
    asyncio.run(guard.admit([_rec(10), _rec(11), _rec(12)]))
    consumer._acked[tp] = [10, 11, 12, 13, 14]  # take_events acked its whole batch, also 13 and 14
    assert consumer._filter_committable_offsets([tp]) == {}  # nothing confirmed yet
    guard.confirm()
    assert consumer._filter_committable_offsets([tp]) == {tp: 13}  # never 15
    assert consumer._acked[tp] == [13, 14]  # Faust's ack list trimmed


def test_a_stopped_flow_defers_the_batch() -> None:
    guard, consumer = _guard()
    consumer.flow_active = False  # revocation or shutdown in progress: Faust waits for our acks
    assert asyncio.run(guard.settled()) is False


def test_a_finishing_rebalance_is_waited_for() -> None:
    guard, _ = _guard()
    app = guard.w.app
    app.rebalancing = True

    async def scenario() -> bool:
        async def finish() -> None:
            await asyncio.sleep(0.05)
            app.rebalancing = False

        task = asyncio.ensure_future(finish())
        ok = await guard.settled()
        await task
        return ok

    assert asyncio.run(scenario()) is True


def test_the_tail_of_an_idle_partition_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    """Records after the last delivered one that the stream never hands over: no later record reveals
    them, so the timer compares the cursor with the end offset once the partition has been idle."""

    async def fetch_range(_s: Any, topic: str, partition: int, start: int, end: int) -> list[Any]:
        return [RawRecord(topic, partition, o, None, b"x", []) for o in range(start, end)]

    monkeypatch.setattr(gaps, "fetch_range", fetch_range)
    monkeypatch.setattr(RawRecord, "from_kafka", classmethod(lambda cls, rec: rec))
    guard, consumer = _guard()
    consumer.highwater = lambda tp: 14  # type: ignore[attr-defined]
    asyncio.run(guard.admit([_rec(10), _rec(11)]))
    guard.confirm()
    seen: list[int] = []

    async def process(recs: list[RawRecord]) -> None:
        seen.extend(r.offset for r in recs)

    assert asyncio.run(guard.idle_tails(process)) == 0  # delivered just now: not idle
    guard.last_delivery[(RAW, 0)] -= gaps.IDLE_TAIL_S + 1
    assert asyncio.run(guard.idle_tails(process)) == 2 and seen == [12, 13]
    assert guard.cursor.safe[(RAW, 0)] == 14
    assert asyncio.run(guard.admit([_rec(12), _rec(13)])) == []  # Faust delivering them late: replays
