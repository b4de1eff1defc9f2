"""Plain aiokafka clients for the CLI (push, tail, audit): no Faust needed to talk to topics."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaConnectionError, KafkaError

from streams.errors import ServiceError
from streams.settings import Settings, client_security_kwargs

CONNECT_TIMEOUT_S = 15.0


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One raw item to push: payload plus headers (``filename``, ``source``, ``format`` ...)."""

    payload: bytes
    headers: dict[str, str]
    key: bytes | None = None


def iter_paths(paths: Sequence[str]) -> Iterable[Path]:
    """Files named on the command line; folders are walked recursively in sorted order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield child
        elif p.is_file():
            yield p
        else:
            raise ServiceError(f"no such file or folder: {raw}")


async def _start(client: AIOKafkaProducer | AIOKafkaConsumer, what: str, s: Settings) -> None:
    try:
        await asyncio.wait_for(client.start(), CONNECT_TIMEOUT_S)
    except (TimeoutError, KafkaConnectionError, KafkaError, OSError) as exc:
        with contextlib.suppress(Exception):   # best-effort cleanup of a client that never started
            await client.stop()
        raise ServiceError(f"cannot reach the Kafka broker at {s.broker} ({what}): {exc or type(exc).__name__}"
                           ) from None


@contextlib.asynccontextmanager
async def consumer_for(s: Settings, what: str, **kw: Any) -> AsyncIterator[AIOKafkaConsumer]:
    """A started, group-less-unless-asked consumer that never commits, stopped on exit."""
    consumer = AIOKafkaConsumer(bootstrap_servers=s.bootstrap_servers, enable_auto_commit=False,
                                **client_security_kwargs(s), **kw)  # type: ignore[arg-type]
    await _start(consumer, what, s)
    try:
        yield consumer
    finally:
        await consumer.stop()


async def _learn_topics(consumer: AIOKafkaConsumer, topics: Sequence[str]) -> None:
    """Fetch metadata for ``topics``: a consumer only tracks topics it is subscribed to."""
    for t in topics:
        consumer._client.add_topic(t)
    await consumer._client.force_metadata_update()


def producer(s: Settings, **kw: object) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=s.bootstrap_servers, acks="all", enable_idempotence=True,
        linger_ms=5, compression_type="lz4", max_request_size=max(1_048_576, s.max_bytes * 2),
        request_timeout_ms=30_000, retry_backoff_ms=200, **client_security_kwargs(s), **kw)  # type: ignore[arg-type]


async def push(s: Settings, items: Iterable[Outgoing], topic: str | None = None,
               on_sent: Callable[[int], None] | None = None) -> list[tuple[int, int]]:
    """Send items to ``wire.raw`` and wait until the broker acknowledged every one of them.

    Returns ``(partition, offset)`` per item, in order. aiokafka retries transient errors itself
    (idempotent producer); a failure that survives the retries raises ``ServiceError``: nothing
    is dropped silently.
    """
    prod = producer(s)
    await _start(prod, "push", s)
    acked: list[tuple[int, int]] = []
    try:
        pending = []
        for item in items:
            headers = [(k, v.encode("utf-8")) for k, v in item.headers.items()]
            pending.append(await prod.send(topic or s.topic_raw, item.payload, key=item.key, headers=headers))
            if len(pending) >= 500:
                acked.extend(await _settle(pending))
                if on_sent is not None:
                    on_sent(len(acked))
        acked.extend(await _settle(pending))
        if on_sent is not None:
            on_sent(len(acked))
    except KafkaError as exc:
        raise ServiceError(f"push failed after {len(acked)} acknowledged items: {exc}") from None
    finally:
        await prod.stop()
    return acked


async def _settle(pending: list[asyncio.Future[Any]]) -> list[tuple[int, int]]:
    out = []
    for fut in pending:
        md = await fut
        out.append((md.partition, md.offset))
    pending.clear()
    return out


async def records(s: Settings, topic: str, *, from_beginning: bool, limit: int | None, timeout: float,
                  group: str | None = None) -> AsyncIterator[tuple[object, bytes | None, bytes | None, dict]]:
    """Yield ``(message, key, value, headers)`` from ``topic`` until ``limit`` records or ``timeout`` seconds."""
    async with consumer_for(
            s, "tail", group_id=group, auto_offset_reset="earliest" if from_beginning else "latest",
            isolation_level=os.environ.get("WIREFEED_ISOLATION", "read_uncommitted"),
            fetch_max_bytes=max(52_428_800, s.max_bytes * 2),
            max_partition_fetch_bytes=max(1_048_576, s.max_bytes * 2)) as consumer:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        parts = await _wait_partitions(consumer, topic, timeout)
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        if from_beginning:
            await consumer.seek_to_beginning(*tps)
        else:
            # like tail(1): the last ``limit`` records already there, then new ones as they come
            ends = await consumer.end_offsets(tps)
            starts = await consumer.beginning_offsets(tps)
            back = limit or 0
            for tp in tps:
                consumer.seek(tp, max(starts[tp], ends[tp] - back))
        count = 0
        while limit is None or count < limit:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            batch = await consumer.getmany(timeout_ms=int(min(remaining, 1.0) * 1000), max_records=500)
            for _tp, msgs in batch.items():
                for msg in msgs:
                    headers = {k: (v.decode("utf-8", "replace") if v is not None else "") for k, v in msg.headers}
                    yield msg, msg.key, msg.value, headers
                    count += 1
                    if limit is not None and count >= limit:
                        return


async def _wait_partitions(consumer: AIOKafkaConsumer, topic: str, timeout: float) -> set[int]:
    """Partitions of ``topic``; waits (up to ``timeout``) for a topic that the worker has not created yet."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        parts = consumer.partitions_for_topic(topic)
        if parts:
            return set(parts)
        if loop.time() >= deadline:
            raise ServiceError(f"topic {topic} does not exist (yet) on {consumer._client.hosts}")
        await _learn_topics(consumer, [topic])
        await asyncio.sleep(0.5)


async def end_offsets(s: Settings, topics: Sequence[str]) -> dict[tuple[str, int], int]:
    """End offset of every partition of ``topics`` (missing topics are left out): a progress probe."""
    async with consumer_for(s, "offsets") as consumer:
        await _learn_topics(consumer, topics)
        cluster = consumer._client.cluster
        tps = [TopicPartition(t, p) for t in topics for p in (cluster.partitions_for_topic(t) or ())]
        ends = await consumer.end_offsets(tps) if tps else {}
        return {(tp.topic, tp.partition): off for tp, off in ends.items()}


async def fetch_range(s: Settings, topic: str, partition: int, start: int, end: int) -> list[Any]:
    """Records ``start <= offset < end`` of one partition, read with a group-less consumer."""
    tp = TopicPartition(topic, partition)
    out: list[Any] = []
    async with consumer_for(s, "backfill", max_partition_fetch_bytes=max(1_048_576, s.max_bytes * 2)) as consumer:
        consumer.assign([tp])
        consumer.seek(tp, start)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 60.0
        while loop.time() < deadline:
            batch = await consumer.getmany(tp, timeout_ms=1000, max_records=500)
            for msg in batch.get(tp, []):
                if start <= msg.offset < end:
                    out.append(msg)
            if await consumer.position(tp) >= end:
                break
    return out
