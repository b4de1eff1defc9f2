"""Branch hop12: the sender's flush waits until the table writes are acknowledged (no broker needed).

Faust 0.15.3's ``ProducerBuffer.flush`` returns once 100 ms pass without a message sent; the dedupe stage's
table writes (their changelog records) go through that buffer, so under a slow broker a kill after the
"flush" lost uri entries (docs/reliability.md). These tests drive a real ``ProducerBuffer`` whose hand-over
to the producer is slow and whose acknowledgements come late, as while a broker restarts.
"""

from __future__ import annotations

import asyncio
import contextlib
from types import SimpleNamespace
from typing import Any

import pytest
from faust.transport.producer import ProducerBuffer

from streams.worker.sender import KafkaSender, drain_buffer


class _Msg(asyncio.Future):  # type: ignore[type-arg]
    """A message in Faust's buffer (a ``FutureMessage``): ``message.channel.publish_message`` is a slow
    hand-over, and the broker's acknowledgement (the future's result) comes ``ack`` seconds after it."""

    def __init__(self, name: int, delay: float, done: list[int], ack: float = 0.0, fail: bool = False) -> None:
        super().__init__()

        async def publish_message(fut: Any, wait: bool = False) -> None:
            await asyncio.sleep(delay)
            done.append(name)
            loop = asyncio.get_running_loop()
            settle = (lambda: self.set_exception(OSError("no ack"))) if fail else (lambda: self.set_result(name))
            loop.call_later(ack, settle)

        self.message = SimpleNamespace(channel=SimpleNamespace(publish_message=publish_message))


async def _started_buffer() -> ProducerBuffer:
    buffer = ProducerBuffer(loop=asyncio.get_running_loop())
    buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))  # type: ignore[assignment]
    await buffer.start()
    await asyncio.sleep(0)
    return buffer


def test_faust_flush_gives_up_on_a_slow_buffer_the_drain_does_not() -> None:
    """The premise (Faust's flush returns with messages still queued) and the fix (every message handed over)."""

    async def run() -> tuple[int, list[int], list[int]]:
        buffer = await _started_buffer()
        done: list[int] = []
        for k in range(3):
            buffer.put(_Msg(k, 0.25, done))  # type: ignore[arg-type]
        await buffer.flush()
        left_by_faust = buffer.size
        after_faust = list(done)
        await drain_buffer(buffer)
        after_drain = list(done)
        await buffer.stop()
        return left_by_faust, after_faust, after_drain

    left, after_faust, after_drain = asyncio.run(run())
    assert left > 0 and len(after_faust) < 3  # Faust's flush: 100 ms without a send, gives up
    assert after_drain == [0, 1, 2]  # the drain: all handed over, the last one included


def test_drain_waits_for_the_message_in_hand_over_when_the_queue_is_already_empty() -> None:
    """``size`` is 0 as soon as the task took the last message; the drain still waits for its hand-over."""

    async def run() -> list[int]:
        buffer = await _started_buffer()
        done: list[int] = []
        buffer.put(_Msg(7, 0.3, done))  # type: ignore[arg-type]
        await asyncio.sleep(0.05)  # the task took it: the queue is empty, the hand-over is under way
        assert buffer.size == 0
        await drain_buffer(buffer)
        seen = list(done)
        await buffer.stop()
        return seen

    assert asyncio.run(run()) == [7]


def _sender(buffer: ProducerBuffer, flushed: list[bool]) -> KafkaSender:
    async def producer_flush() -> None:
        flushed.append(True)

    producer = SimpleNamespace(buffer=buffer, flush=producer_flush)
    return KafkaSender(SimpleNamespace(app=SimpleNamespace(producer=producer)))  # type: ignore[arg-type]


def test_kafka_sender_flush_returns_once_every_queued_table_write_is_acknowledged() -> None:
    """``KafkaSender.flush`` (what the dedupe stage awaits after its state writes): every record queued is handed
    over and acknowledged, without the producer's global flush (dropped again in session 13 after the crash test
    was run without it: see ``KafkaSender.flush``)."""

    async def run() -> tuple[list[int], list[bool], list[bool]]:
        buffer = await _started_buffer()
        done: list[int] = []
        msgs = [_Msg(k, 0.15, done, ack=0.2) for k in range(4)]
        for m in msgs:
            buffer.put(m)  # type: ignore[arg-type]
        flushed: list[bool] = []
        await _sender(buffer, flushed).flush()
        acked = [m.done() for m in msgs]
        await buffer.stop()
        return done, acked, flushed

    done, acked, flushed = asyncio.run(run())
    assert done == [0, 1, 2, 3] and all(acked) and flushed == []


def test_a_failed_table_write_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    async def run() -> None:
        buffer = await _started_buffer()
        buffer.put(_Msg(1, 0.0, [], fail=True))  # type: ignore[arg-type]
        await _sender(buffer, []).flush()
        await buffer.stop()

    asyncio.run(run())
    assert "not acknowledged" in caplog.text


def test_drain_returns_at_once_on_an_empty_idle_or_stopped_buffer() -> None:
    async def run() -> None:
        buffer = await _started_buffer()
        await asyncio.wait_for(drain_buffer(buffer), timeout=0.05)  # idle: nothing to wait for
        buffer.put(_Msg(1, 10.0, []))  # type: ignore[arg-type]
        await asyncio.sleep(0.01)
        await buffer.stop()
        await asyncio.wait_for(drain_buffer(buffer), timeout=0.2)  # stopped: nothing would drain it

    asyncio.run(run())


def test_drain_returns_when_the_buffer_stops_under_it() -> None:
    """A drain waiting on a hand-over that never ends returns once the buffer stops (its periodic re-check)."""

    async def run() -> float:
        buffer = await _started_buffer()
        buffer.put(_Msg(1, 30.0, []))  # type: ignore[arg-type]
        buffer.put(_Msg(2, 30.0, []))  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        drain = asyncio.create_task(drain_buffer(buffer))
        await asyncio.sleep(0.1)
        assert not drain.done()
        with contextlib.suppress(RuntimeError):  # Faust's stop flushes and refuses a non-empty buffer
            await buffer.stop()
        await asyncio.wait_for(drain, timeout=2.0)
        return loop.time() - t0

    assert asyncio.run(run()) < 2.0
