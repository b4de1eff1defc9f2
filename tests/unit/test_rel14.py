"""Session 14 (rel14): the worker's shell reads like the core (docs/reliability.md, "Session 14: the shell reads
like the core"). ``WIREFEED_LOOP`` is read and checked with every other setting, not by the start-up code; a read to
the end offsets can wait while its offsets move instead of for a fixed time."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from aiokafka import TopicPartition

from streams.cli.main import main
from streams.client import ReadIncomplete
from streams.errors import ConfigError
from streams.settings import LOOPS, Settings, load
from streams.worker import startup
from tests.unit.test_audit13 import _Consumer, _read


@pytest.mark.parametrize(
    ("env", "loop"), [(None, "auto"), ("", "auto"), (" UVloop ", "uvloop"), ("asyncio", "asyncio")]
)
def test_the_loop_is_a_setting(monkeypatch: pytest.MonkeyPatch, env: str | None, loop: str) -> None:
    """Same name and values as lat13's variable (case and spaces forgiven, empty = auto)."""
    if env is None:
        monkeypatch.delenv("WIREFEED_LOOP", raising=False)
    else:
        monkeypatch.setenv("WIREFEED_LOOP", env)
    assert load().loop == loop
    assert loop in LOOPS


def test_a_bad_loop_fails_like_the_other_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same error as a bad WIREFEED_STORE: raised by ``load()``, before any verb runs."""
    monkeypatch.setenv("WIREFEED_STORE", "redis://")
    with pytest.raises(ConfigError) as store:
        load()
    monkeypatch.delenv("WIREFEED_STORE")
    monkeypatch.setenv("WIREFEED_LOOP", "tokio")
    with pytest.raises(ConfigError) as loop:
        load()
    assert str(store.value) == "WIREFEED_STORE must be one of memory://, rocksdb://, got 'redis://'"
    assert str(loop.value) == "WIREFEED_LOOP must be one of auto, uvloop, asyncio, got 'tokio'"


def test_the_worker_verb_stops_at_a_bad_loop_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``wirefeed worker`` with a bad value: exit 2 and the settings' one line, before it looks for a broker
    (the broker here would refuse every connection)."""
    monkeypatch.setenv("WIREFEED_LOOP", "tokio")
    monkeypatch.setenv("WIREFEED_BROKER", "kafka://127.0.0.1:1")
    assert main(["worker"]) == 2
    err = capsys.readouterr().err
    assert err == "wirefeed: error: WIREFEED_LOOP must be one of auto, uvloop, asyncio, got 'tokio'\n"


def test_the_loop_comes_from_the_settings_not_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start-up code uses the Settings it is given: a variable set after ``load()`` changes nothing."""
    monkeypatch.setenv("WIREFEED_LOOP", "uvloop")
    try:
        assert startup.choose_loop(Settings(loop="asyncio")) == "asyncio"
        loop = asyncio.new_event_loop()
        assert type(loop).__module__.startswith("asyncio")
        loop.close()
    finally:
        asyncio.set_event_loop_policy(None)


# --- a read to the end that waits while its offsets move (``records(..., stall=)``) ---------------------------------


class _Slow(_Consumer):
    """``per_poll`` records a poll, each poll taking ``delay`` s; from ``stop_at`` on nothing more arrives."""

    def __init__(self, end: int, per_poll: int, delay: float, stop_at: int | None = None) -> None:
        super().__init__(end, per_poll)
        self.delay, self.stop_at = delay, stop_at

    async def getmany(self, *tps: TopicPartition, timeout_ms: int, max_records: int) -> dict[Any, list[Any]]:
        await asyncio.sleep(min(self.delay, timeout_ms / 1000))
        if self.stop_at is not None and self.pos >= self.stop_at:
            return {}
        return await super().getmany(*tps, timeout_ms=timeout_ms, max_records=max_records)


def test_a_slow_read_that_keeps_moving_goes_on_past_the_stall(monkeypatch: pytest.MonkeyPatch) -> None:
    """30 polls of 0.05 s, one record each: 1.5 s in all, more than the 0.6 s stall, and every record is read."""
    t0 = time.monotonic()
    assert _read(monkeypatch, _Slow(end=30, per_poll=1, delay=0.05), timeout=60.0, stall=0.6) == list(range(30))
    assert time.monotonic() - t0 >= 1.4


def test_a_read_that_stops_moving_fails_after_the_stall_not_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """3 of 7 records, then nothing: ReadIncomplete after the 0.3 s stall, long before the 60 s bound, naming it."""
    t0 = time.monotonic()
    with pytest.raises(ReadIncomplete) as info:
        _read(monkeypatch, _Slow(end=7, per_poll=3, delay=0.05, stop_at=3), timeout=60.0, stall=0.3)
    assert time.monotonic() - t0 < 10.0
    assert info.value.short == {0: (3, 7)} and info.value.stalled == 0.3
    assert "stopped after 0.3s in which no position moved" in str(info.value) and "[0] at 3 of 7" in str(info.value)


def test_the_bound_still_ends_a_moving_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A read that moves but cannot finish by ``timeout`` fails at it (before the stall could come)."""
    with pytest.raises(ReadIncomplete) as info:
        _read(monkeypatch, _Slow(end=1000, per_poll=1, delay=0.05), timeout=0.5, stall=5.0)
    assert info.value.stalled is None and "at the 0.5s timeout" in str(info.value)
    assert 0 < info.value.short[0][0] < 1000


# --- why the stream can hand over nothing of a raw partition (docs/reliability.md, "Session 14") -------------------


def test_resuming_faust_flow_empties_the_stream_buffers_even_when_flow_was_running() -> None:
    """mode's ``FlowControlEvent.resume`` clears every queue made with ``clear_on_resume`` (Faust's channel
    queues are), whether or not flow was suspended: records already fetched into an agent's buffer are gone, and
    the consumer's position is past them. If a mode upgrade changes this, revisit the Session 14 finding."""
    from mode.utils.queues import FlowControlEvent, FlowControlQueue

    async def run() -> tuple[int, int]:
        flow = FlowControlEvent(initially_suspended=False)
        kept = FlowControlQueue(flow_control=flow)
        buffer = FlowControlQueue(flow_control=flow, clear_on_resume=True)
        for q in (kept, buffer):
            q.put_nowait("raw[1]@58")
        flow.resume()
        return kept.qsize(), buffer.qsize()

    assert asyncio.run(run()) == (1, 0)


def test_faust_recovery_resumes_stream_partitions_before_it_empties_the_buffers() -> None:
    """Faust 0.15.3's ``Recovery.on_recovery_completed``: stream partitions resumed, an awaited seek (the running
    fetcher can hand records to the agents' buffers meanwhile), then ``flow_control.resume()`` empties those
    buffers. With no committed offset the seek moves nothing, so what was fetched in between is never handed over;
    the stage guard's backfill (a later record) or idle-tail timer (none) reads it. Fails if an upgrade changes
    the order."""
    import inspect

    from faust.tables.recovery import Recovery

    src = inspect.getsource(Recovery.on_recovery_completed)
    resumed = src.index("consumer.resume_partitions(")
    seek = src.index("consumer.perform_seek()")
    emptied = src.index("self.app.flow_control.resume()")
    assert resumed < seek < emptied
