"""Issue "nothing lost" (session 12, branch loss12): two ways the raw guard could mark offsets processed that
were never handed over, so that the commit passed them (docs/reliability.md, "Session 12: nine raw records
lost"). Both are replayed without a broker: the backfill read (``streams.client.fetch_range``) on a stand-in
consumer, the idle-tail pass on the stand-in Faust consumer of ``tests/unit/test_stage_guard.py``."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiokafka import TopicPartition
from faust.types import TP

from streams import client
from streams.errors import ServiceError
from streams.worker import gaps
from streams.worker.gaps import RawRecord, install_commit_guard
from tests.unit.test_stage_guard import RAW, _guard, _rec


class _Msg:
    def __init__(self, offset: int) -> None:
        self.offset = offset


class _BackfillConsumer:
    """An aiokafka consumer holding ``offsets`` of one partition that yields at most ``stall_at`` of them
    (a broker away, a read that does not progress) and then nothing."""

    def __init__(self, offsets: range, stall_at: int | None = None) -> None:
        self.offsets, self.stall_at = offsets, stall_at
        self.pos = 0

    def assign(self, tps: list[TopicPartition]) -> None:
        pass

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self.pos = offset

    async def getmany(self, tp: TopicPartition, timeout_ms: int, max_records: int) -> dict[Any, list[_Msg]]:
        limit = self.offsets.stop if self.stall_at is None else self.stall_at
        got = [_Msg(o) for o in range(self.pos, min(limit, self.pos + max_records))]
        self.pos += len(got)
        await asyncio.sleep(0.01)
        return {tp: got} if got else {}

    async def position(self, tp: TopicPartition) -> int:
        return self.pos


def _fetch_with(monkeypatch: pytest.MonkeyPatch, consumer: _BackfillConsumer) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def consumer_for(_s: Any, what: str, **kw: Any) -> AsyncIterator[_BackfillConsumer]:
        seen.update(kw)
        yield consumer

    monkeypatch.setattr(client, "consumer_for", consumer_for)
    monkeypatch.setattr(client, "FETCH_RANGE_TIMEOUT_S", 0.2, raising=False)  # main: a fixed 60 s
    return seen


class _Settings:
    max_bytes = 1_000_000


def test_a_backfill_returns_the_whole_range(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _fetch_with(monkeypatch, _BackfillConsumer(range(0, 120)))
    got = asyncio.run(client.fetch_range(_Settings(), RAW, 1, 89, 98))  # type: ignore[arg-type]
    assert [m.offset for m in got] == list(range(89, 98))
    # an out-of-range position must not jump past the range (aiokafka's default reset is the latest offset)
    assert seen["auto_offset_reset"] == "earliest"


def test_a_backfill_that_does_not_reach_the_end_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """It returned what it had read when its deadline passed: the guard took that for the whole hole, marked
    the rest processed, and the commit passed it (the shape of the CI loss: raw[1] 89..97, nothing out)."""
    _fetch_with(monkeypatch, _BackfillConsumer(range(0, 120), stall_at=92))
    with pytest.raises(ServiceError, match=r"89\.\.97 not read"):
        asyncio.run(client.fetch_range(_Settings(), RAW, 1, 89, 98))  # type: ignore[arg-type]


def test_a_failed_backfill_leaves_the_hole_to_be_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard's side of the contract: a backfill that raises marks nothing processed."""

    async def fetch_range(_s: Any, topic: str, partition: int, start: int, end: int) -> list[Any]:
        raise ServiceError("not read")

    monkeypatch.setattr(gaps, "fetch_range", fetch_range)
    guard, consumer = _guard(committed=89)
    install_commit_guard(guard.w.app, [guard])
    with pytest.raises(ServiceError):
        asyncio.run(guard.admit([_rec(98)]))  # 89..97 never delivered by the stream; the agent exits (fatal)
    guard.confirm()
    assert consumer._filter_committable_offsets([TP(RAW, 0)]) == {}


@pytest.mark.parametrize("failure", [RuntimeError("send failed"), asyncio.CancelledError()])
def test_a_failed_idle_tail_pass_is_read_again(monkeypatch: pytest.MonkeyPatch, failure: BaseException) -> None:
    """``idle_tails`` marks the fetched records processed before it sends them. When the sending failed
    (``raw_tails`` logs the error and returns) or was cancelled (a shutdown), the stream's copies of those
    records were dropped as re-deliveries and the next batch's ``confirm`` (every partition) let the commit
    pass them: 90..97 below were committed (99) and never handed over again."""

    async def fetch_range(_s: Any, topic: str, partition: int, start: int, end: int) -> list[RawRecord]:
        return [RawRecord(topic, partition, o, None, b"x", []) for o in range(start, end)]

    monkeypatch.setattr(gaps, "fetch_range", fetch_range)
    monkeypatch.setattr(RawRecord, "from_kafka", classmethod(lambda cls, rec: rec))
    guard, consumer = _guard(committed=89)
    install_commit_guard(guard.w.app, [guard])
    consumer.highwater = lambda tp: 98  # type: ignore[attr-defined]
    asyncio.run(guard.admit([_rec(89)]))
    guard.confirm()
    guard.last_delivery[(RAW, 0)] -= gaps.IDLE_TAIL_S + 1

    async def failing(recs: list[RawRecord]) -> None:
        raise failure

    with pytest.raises(type(failure)):
        asyncio.run(guard.idle_tails(failing))
    handed = asyncio.run(guard.admit([_rec(o) for o in range(90, 99)]))  # the stream delivers them at last
    assert [r.offset for r in handed] == list(range(90, 99))
    guard.confirm()
    assert consumer._filter_committable_offsets([TP(RAW, 0)]) == {TP(RAW, 0): 99}


def test_first_sight_without_a_committed_offset_does_not_pass_undelivered_records(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The likely cause of the CI loss (docs/reliability.md, session 12, path 3). Worker A was killed before
    its first commit of the stage topic; worker B's Faust knows no committed offset for it, and its stream
    began at 153 (seen in a rerun). The guard started there, so records before 153 that A had not published
    were never read. The commit must not pass a record that was never handed over."""

    async def fetch_range(_s: Any, topic: str, partition: int, start: int, end: int) -> list[RawRecord]:
        return [RawRecord(topic, partition, o, None, b"x", []) for o in range(start, end)]

    monkeypatch.setattr(gaps, "fetch_range", fetch_range)
    monkeypatch.setattr(RawRecord, "from_kafka", classmethod(lambda cls, rec: rec))
    guard, consumer = _guard(committed=0)
    consumer._committed_offset.clear()  # no commit for the partition: Faust's perform_seek leaves it unset
    install_commit_guard(guard.w.app, [guard])
    handed = asyncio.run(guard.admit([_rec(o) for o in range(153, 156)]))
    guard.confirm()
    tp = TP(RAW, 0)
    committed = consumer._filter_committable_offsets([tp]).get(tp, 0)
    handed_offsets = {r.offset for r in handed}
    assert all(o in handed_offsets for o in range(0, committed)), f"committed {committed}"
