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

log = logging.getLogger("streams.worker.agents")

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
        """Everything handed to the producer (table changelog writes included) reaches the broker now."""
        t0 = time.perf_counter()
        await self.wiring.app.producer.flush()
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
