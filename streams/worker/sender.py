"""Sending outputs: hand a record to the producer now, know it was acknowledged before the batch ends.

:class:`KafkaSender` is the worker's (Faust producer, retried while the broker is away);
:class:`MemorySender` keeps the records in memory for unit tests of the agents and the dedupe stage.
Both keep the sends of the current batch; :meth:`Sender.confirm` awaits every acknowledgement.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import orjson
from aiokafka.errors import KafkaError
from faust.exceptions import ProducerSendError

from streams.core.model import Record

if TYPE_CHECKING:
    from streams.worker.app import Wiring

log = logging.getLogger("streams.worker.agents")  # the agents' logger: the sends are theirs

RETRY_BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 5.0)

Headers = list[tuple[str, bytes]]


def origin_headers(origin: Mapping[str, Any]) -> Headers:
    """Every output carries its raw origin as headers too (used by ``wirefeed audit``)."""
    return [
        ("raw-topic", str(origin.get("topic") or "").encode()),
        ("raw-partition", str(origin.get("partition")).encode()),
        ("raw-offset", str(origin.get("offset")).encode()),
        ("raw-index", str(origin.get("index", 0)).encode()),
    ]


@dataclass(frozen=True, slots=True)
class OutRecord:
    """One record on its way to a topic: serialised value, key and the raw-origin headers."""

    topic: str
    key: bytes | None
    value: bytes
    headers: Headers

    @classmethod
    def of(cls, topic: str, key: bytes | None, record: Record, origin: Mapping[str, Any]) -> OutRecord:
        """A JSON record with the headers of its raw origin."""
        return cls(topic, key, orjson.dumps(record), origin_headers(origin))


class Sender(Protocol):
    """What the agents and the dedupe stage send through."""

    async def send(self, out: OutRecord) -> None:
        """Hand ``out`` to the producer; its acknowledgement is awaited by :meth:`confirm`."""

    async def confirm(self) -> None:
        """Return once every record sent since the last call is acknowledged by the broker."""


class KafkaSender:
    """Sends that are acknowledged before a batch ends, retried while the broker is away."""

    def __init__(self, wiring: Wiring) -> None:
        self.wiring = wiring
        # hand records straight to the producer (bytes in, future out), skipping Faust's per-send
        # channel machinery
        self.direct = True
        self.pending: list[tuple[OutRecord, Awaitable[Any]]] = []
        self.last: dict[str, float] = {}  # wall seconds of the last confirm and flush (streams.worker.trace)

    async def _send(self, out: OutRecord) -> Awaitable[Any]:
        for attempt in range(10_000):
            try:
                if self.direct:
                    return await self.wiring.app.producer.send(out.topic, out.key, out.value, None, None, out.headers)
                return await self.wiring.topic(out.topic).send(key=out.key, value=out.value, headers=out.headers)
            except (KafkaError, ProducerSendError) as exc:
                delay = RETRY_BACKOFF_S[min(attempt, len(RETRY_BACKOFF_S) - 1)]
                log.warning("send to %s failed (%s); retrying in %.1fs", out.topic, exc, delay)
                await asyncio.sleep(delay)
        raise RuntimeError("unreachable")

    async def send(self, out: OutRecord) -> None:
        self.pending.append((out, await self._send(out)))

    async def flush(self) -> None:
        """Everything handed to Faust's producer buffer so far (the table writes' changelog records) is
        acknowledged by the broker when this returns.

        Faust's own ``producer.flush()`` was not enough: its buffer's flush returns once 100 ms pass without a
        message sent, which under load or after a broker restart left changelog records queued, and a kill then
        lost them (docs/reliability.md). So the records queued now are noted, the buffer is drained
        (:func:`drain_buffer`) and their futures are awaited (:func:`await_acks`): exactly this batch's state.
        The batch's table writes are all queued when this is called (they are made just before it, with no await
        in between), so the noted futures are all of them. Not aiokafka's ``flush()``: it also forced out and
        waited for every other batch of the shared producer (the ingest agent's envelopes, each awaited by the
        ingest itself), which held the dedupe stage ~150 ms a batch (docs/benchmarks.md, session 12). Session 12
        put it back after a crash-test loss that was found to come from the raw guard (fixed in loss12); session
        13 measured it out again (docs/reliability.md, "Session 13"). A threaded producer (not used here) keeps
        the drain and the producer's flush: its queue's futures live on another loop."""
        t0 = time.perf_counter()
        producer = self.wiring.app.producer
        buffer = producer.buffer
        if _threaded(buffer):
            await drain_buffer(buffer)
            await producer.flush()
        else:
            queued = list(getattr(buffer.pending, "_queue", ()))
            await drain_buffer(buffer)
            await await_acks(queued, buffer)
        self.last["flush_s"] = time.perf_counter() - t0

    async def confirm(self) -> None:
        """Await every pending send; re-send those whose delivery failed until they succeed."""
        pending, self.pending = self.pending, []
        t0 = time.perf_counter()
        for out, fut in pending:
            while True:
                try:
                    await fut
                    break
                except (KafkaError, ProducerSendError) as exc:
                    log.warning("delivery to %s failed (%s); re-sending", out.topic, exc)
                    await asyncio.sleep(0.5)
                    fut = await self._send(out)
        self.last["ack_s"] = time.perf_counter() - t0


DRAIN_POKE_S = 0.5  # while a drain waits: how often it looks at the buffer's state again (and whether to warn)
DRAIN_WARN_S = 5.0  # a drain that takes longer is logged (a broker away): it keeps waiting


async def drain_buffer(buffer: Any, warn_after: float = DRAIN_WARN_S) -> None:
    """Return once Faust's ``ProducerBuffer`` holds no message and hands none to the producer any more.

    Why: the buffer (where table writes go: their changelog records) is emptied by one task that takes a
    message and awaits its hand-over to aiokafka; ``ProducerBuffer.flush`` gives up after 100 ms without a
    send. Here the wait goes on until the queue is empty *and* that task waits for the next message (a
    getter is parked on the queue), so the last message taken is in aiokafka's accumulator, which the
    producer's flush then covers. A buffer that is not running returns at once (nothing would drain it). A
    threaded producer's queue lives on another loop: only its size is waited for.

    Cost: the wait is the buffer's own ``message_sent`` event, woken after each hand-over; one timer per
    drain (not a ``wait_for`` task per message: that was 2.5 % of a draining worker's samples) re-checks the
    state every :data:`DRAIN_POKE_S` so that a buffer stopped under the wait does not hold it for ever."""
    queue = buffer.queue if _threaded(buffer) else buffer.pending
    if queue is None or _drained(buffer, queue):
        return
    loop = asyncio.get_running_loop()
    sent = buffer.message_sent
    t0 = loop.time()
    warned = False
    timer: asyncio.TimerHandle | None = None

    def poke() -> None:
        nonlocal timer
        sent.set()
        timer = loop.call_later(DRAIN_POKE_S, poke)

    timer = loop.call_later(DRAIN_POKE_S, poke)
    try:
        while not _drained(buffer, queue):
            if buffer.state != "running":  # not started or stopping: nothing would drain it
                return
            if not warned and loop.time() - t0 > warn_after:
                warned = True
                log.warning("producer buffer still holds %d messages after %.0fs; waiting", queue.qsize(), warn_after)
            sent.clear()
            await sent.wait()
    finally:
        if timer is not None:
            timer.cancel()


async def await_acks(futures: list[Any], buffer: Any) -> None:
    """Await the broker's acknowledgement of ``futures`` (Faust's ``FutureMessage`` objects handed to the
    producer). A failed one is logged, not raised: the outputs are acknowledged already, and a lost state write
    can only cause a later second copy (``streams.worker.dedupe_stage``). Returns early if the buffer stops."""
    waiting = {f for f in futures if isinstance(f, asyncio.Future) and not f.done()}
    while waiting:
        _, waiting = await asyncio.wait(waiting, timeout=DRAIN_POKE_S)
        if waiting and buffer.state != "running":
            return
    for fut in futures:
        if isinstance(fut, asyncio.Future) and fut.done() and not fut.cancelled() and fut.exception() is not None:
            log.error("a table write was not acknowledged (its state may be lost): %r", fut.exception())


def _threaded(buffer: Any) -> bool:
    """Whether Faust hands the buffer's messages to a producer thread (its queue lives on another loop)."""
    app = getattr(buffer, "app", None)
    return bool(app is not None and app.conf.producer_threaded)


def _drained(buffer: Any, queue: asyncio.Queue[Any]) -> bool:
    """Nothing queued and the buffer's sending task parked on the queue (not in the middle of a hand-over)."""
    if queue.qsize():
        return False
    if queue is not buffer.pending:  # a threaded producer's queue: its task runs on another loop
        return True
    return bool(getattr(queue, "_getters", True))


@dataclass
class MemorySender:
    """A sender for tests: ``acked`` holds what a broker would have acknowledged, in order."""

    pending: list[OutRecord] = field(default_factory=list)
    acked: list[OutRecord] = field(default_factory=list)
    confirmed: asyncio.Event | None = None  # set after each confirm (tests wait on it)

    async def send(self, out: OutRecord) -> None:
        self.pending.append(out)

    async def confirm(self) -> None:
        self.acked.extend(self.pending)
        self.pending.clear()
        if self.confirmed is not None:
            self.confirmed.set()

    def records(self, topic: str | None = None) -> list[tuple[str, Any]]:
        """``(topic, decoded record)`` pairs acknowledged so far (of one topic if given)."""
        return [(o.topic, orjson.loads(o.value)) for o in self.acked if topic is None or o.topic == topic]
