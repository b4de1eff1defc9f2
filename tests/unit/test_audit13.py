"""Reads to the end that run out of time say so (branch audit13): ``streams.client.records`` with
``exit_at_end`` raises ``ReadIncomplete`` naming partition, position and end, instead of a short list."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiokafka import TopicPartition

from streams import client
from streams.client import ReadIncomplete, unfinished
from streams.errors import ServiceError
from streams.settings import load


def test_unfinished_names_each_partition_short_of_its_end() -> None:
    assert unfinished({0: 5, 1: 3, 2: 0}, {0: 5, 1: 1, 2: 0}) == {1: (1, 3)}
    assert unfinished({0: 4}, {}) == {0: (0, 4)}  # never positioned: nothing read
    assert unfinished({0: 4, 1: 2}, {0: 6, 1: 2}) == {}  # past the end (markers, later records): whole


def test_read_incomplete_is_a_one_line_service_error() -> None:
    exc = ReadIncomplete("wire.raw", 2.0, {3: (10, 40), 0: (0, 5)})
    assert isinstance(exc, ServiceError)  # streams.cli.main prints it as one line, exit 2
    assert "\n" not in str(exc)
    assert "wire.raw" in str(exc) and str(exc).index("[0] at 0 of 5") < str(exc).index("[3] at 10 of 40")
    assert exc.short == {3: (10, 40), 0: (0, 5)} and exc.topic == "wire.raw"


@dataclass
class _Msg:
    offset: int
    key: bytes | None = None
    value: bytes | None = b"x"
    headers: tuple[tuple[str, bytes], ...] = ()


class _Consumer:
    """Partition 0 holds ``end`` records; ``per_poll`` of them arrive on each poll (0: the broker is slow)."""

    def __init__(self, end: int, per_poll: int) -> None:
        self.end, self.per_poll, self.pos = end, per_poll, 0

    def assign(self, tps: list[TopicPartition]) -> None:
        self.tp = tps[0]

    async def seek_to_beginning(self, *tps: TopicPartition) -> None:
        self.pos = 0

    async def end_offsets(self, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
        return {tp: self.end for tp in tps}

    async def position(self, tp: TopicPartition) -> int:
        return self.pos

    async def getmany(self, *tps: TopicPartition, timeout_ms: int, max_records: int) -> dict[Any, list[_Msg]]:
        if not self.per_poll:
            await asyncio.sleep(timeout_ms / 1000)
            return {}
        got = [_Msg(o) for o in range(self.pos, min(self.pos + self.per_poll, self.end))]
        self.pos += len(got)
        return {self.tp: got} if got else {}


def _read(monkeypatch: pytest.MonkeyPatch, consumer: _Consumer, timeout: float, **kw: Any) -> list[int]:
    @contextlib.asynccontextmanager
    async def fake_consumer_for(*_a: Any, **_k: Any) -> AsyncIterator[_Consumer]:
        yield consumer

    async def parts(*_a: Any) -> set[int]:
        return {0}

    monkeypatch.setattr(client, "consumer_for", fake_consumer_for)
    monkeypatch.setattr(client, "_await_topic", parts)

    async def run() -> list[int]:
        out = []
        async for msg, *_ in client.records(load(), "t", from_beginning=True, timeout=timeout, exit_at_end=True, **kw):
            out.append(msg.offset)
        return out

    return asyncio.run(run())


def test_a_read_cut_by_its_timeout_raises_with_the_position(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ReadIncomplete) as info:
        _read(monkeypatch, _Consumer(end=7, per_poll=0), timeout=0.05)
    assert info.value.short == {0: (0, 7)} and info.value.topic == "t"


def test_a_whole_read_returns_every_record(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(monkeypatch, _Consumer(end=7, per_poll=3), timeout=5.0) == list(range(7))
