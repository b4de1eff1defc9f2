"""Session 13 (rel13): where a stage guard starts reading is logged (docs/reliability.md, "Session 13: nothing
lost, nothing doubled"). The crash test's audit's own check of a whole read went in session 14 (rel14): it uses
``streams.client``'s ``ReadIncomplete``, tested in ``tests/unit/test_audit13.py``."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from streams.worker import gaps
from streams.worker.gaps import RawRecord
from tests.integration.crash import first_sights
from tests.unit.test_stage_guard import RAW, _guard, _rec


def _fetch_all(monkeypatch: pytest.MonkeyPatch) -> None:
    async def fetch_range(_s: Any, topic: str, partition: int, start: int, end: int) -> list[RawRecord]:
        return [RawRecord(topic, partition, o, None, b"x", []) for o in range(start, end)]

    monkeypatch.setattr(gaps, "fetch_range", fetch_range)
    monkeypatch.setattr(RawRecord, "from_kafka", classmethod(lambda cls, rec: rec))


@pytest.mark.parametrize(("committed", "start"), [(None, 0), (140, 140)])
def test_the_first_sight_names_where_the_guard_reads_from(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, committed: int | None, start: int
) -> None:
    """One line a partition, parsed by the integration test: with no committed offset the guard reads from 0
    (a stream that starts at 153 hands over nothing before it), with one it reads from there."""
    _fetch_all(monkeypatch)
    guard, consumer = _guard(committed=committed or 0)
    if committed is None:
        consumer._committed_offset.clear()
    with caplog.at_level(logging.INFO, logger="streams.worker.gaps"):
        handed = asyncio.run(guard.admit([_rec(o) for o in range(153, 156)]))
        asyncio.run(guard.admit([_rec(156)]))  # not a first sight: no second line
    sights = first_sights(caplog.text, RAW)
    assert list(sights) == [0]
    assert sights[0]["committed"] == str(committed)
    assert sights[0]["first"] == "153"
    assert sights[0]["start"] == str(start)
    assert [r.offset for r in handed] == list(range(start, 156))
    assert caplog.text.count("first sight") == 1


@pytest.mark.parametrize("committed", [None, 0])
def test_an_idle_partition_never_delivered_and_never_committed_is_read_from_0(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, committed: int | None
) -> None:
    """Seen twice in the first-commit crash test (session 13): the next worker's stream handed over no record
    of one raw partition, and the group had no committed offset there. ``admit`` never saw the partition, and
    the idle-tail timer skipped it (no cursor, no commit), so its records waited for a later record, for ever
    in a quiet feed. The timer now reads such a partition from 0, as ``admit`` does."""
    _fetch_all(monkeypatch)
    guard, consumer = _guard()
    consumer._committed_offset.clear()
    if committed is not None:
        consumer._committed_offset[next(iter(consumer.assignment()))] = committed
    consumer.highwater = lambda tp: 5  # type: ignore[attr-defined]
    guard.last_delivery[(RAW, 0)] = -1e9  # assigned long ago, nothing delivered since
    seen: list[int] = []

    async def process(recs: list[RawRecord]) -> None:
        seen.extend(r.offset for r in recs)

    with caplog.at_level(logging.INFO, logger="streams.worker.gaps"):
        assert asyncio.run(guard.idle_tails(process)) == 5 and seen == [0, 1, 2, 3, 4]
    sight = first_sights(caplog.text, RAW)[0]
    assert (sight["committed"], sight["first"], sight["start"]) == (str(committed), "none", "0")
    assert guard.cursor.safe[(RAW, 0)] == 5
    assert asyncio.run(guard.admit([_rec(3), _rec(4)])) == []  # the stream delivering them late: replays
