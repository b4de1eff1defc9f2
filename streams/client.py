"""Plain aiokafka clients for the CLI (push, tail, audit): no Faust needed to talk to topics."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaConnectionError, KafkaError, MessageSizeTooLargeError, RecordTooLargeError

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


class _LastError(logging.Handler):
    """Keeps aiokafka's last error message while a client starts: it names the cause (a refused
    password, a TLS failure) that the exception itself ("Unable to bootstrap") does not."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.message = ""

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self.message = record.getMessage()


async def _start(client: AIOKafkaProducer | AIOKafkaConsumer, what: str, s: Settings) -> None:
    kafka_log = logging.getLogger("aiokafka")
    last = _LastError()
    kafka_log.addHandler(last)
    try:
        await asyncio.wait_for(client.start(), CONNECT_TIMEOUT_S)
    except (TimeoutError, KafkaConnectionError, KafkaError, OSError) as exc:
        with contextlib.suppress(Exception):  # best-effort cleanup of a client that never started
            await client.stop()
        cause = f"; {last.message}" if last.message and last.message not in str(exc) else ""
        raise ServiceError(
            f"cannot reach the Kafka broker at {s.broker} ({what}): {exc or type(exc).__name__}{cause}"
        ) from None
    finally:
        kafka_log.removeHandler(last)


@contextlib.asynccontextmanager
async def consumer_for(s: Settings, what: str, **kw: Any) -> AsyncIterator[AIOKafkaConsumer]:
    """A started, group-less-unless-asked consumer that never commits, stopped on exit."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=s.bootstrap_servers, enable_auto_commit=False, **client_security_kwargs(s), **kw
    )  # type: ignore[arg-type]
    await _start(consumer, what, s)
    try:
        yield consumer
    finally:
        await consumer.stop()


class TopicMissing(ServiceError):
    """The topic asked for does not exist on the broker (reading never creates it)."""


class ReadIncomplete(ServiceError):
    """A read to the end (``exit_at_end``) ran out of time before every partition reached the end offset
    it had when the read started: what the caller did not get is unread, not lost.

    ``short`` maps each unfinished partition to ``(position reached, end offset)``; ``stalled`` is the ``stall``
    (seconds without a position moving) that ended the read, ``None`` when its ``timeout`` did.
    """

    def __init__(
        self, topic: str, timeout: float, short: dict[int, tuple[int, int]], stalled: float | None = None
    ) -> None:
        where = ", ".join(f"[{p}] at {pos} of {end}" for p, (pos, end) in sorted(short.items()))
        why, hint = (
            (f"after {stalled:g}s in which no position moved", "")
            if stalled is not None
            else (f"at the {timeout:g}s timeout", ": give more --timeout")
        )
        super().__init__(
            f"reading {topic} to its end stopped {why}, short of the end offsets taken "
            f"at its start: {where} (the rest is unread, not lost{hint})"
        )
        self.topic = topic
        self.timeout = timeout
        self.short = short
        self.stalled = stalled


def unfinished(ends: dict[int, int], positions: dict[int, int]) -> dict[int, tuple[int, int]]:
    """Partitions whose position is short of the end offset taken when the read started:
    ``{partition: (position, end)}``; empty when the read is whole. Positions count transaction
    markers too, so a partition whose last records are markers still reaches its end."""
    return {p: (positions.get(p, 0), end) for p, end in ends.items() if positions.get(p, 0) < end}


async def _learn_topics(consumer: AIOKafkaConsumer) -> None:
    """Refresh the consumer's metadata for *every* topic of the cluster.

    A metadata request that names topics asks the broker to create the missing ones (aiokafka sends
    ``allow_auto_topic_creation=True``, and a default broker obliges): a misspelt ``tail --topic``
    used to create the topic. Asking for all topics (no names) never creates anything.
    """
    client = consumer._client
    if not await client._metadata_update(client.cluster, None):
        raise ServiceError("cannot read the topic list from the Kafka broker")


async def topic_partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    """Partitions of an existing ``topic``; ``TopicMissing`` (with the topics that do exist) otherwise."""
    await _learn_topics(consumer)
    parts = consumer._client.cluster.partitions_for_topic(topic)
    if parts:
        return set(parts)
    known = sorted(t for t in consumer._client.cluster.topics() if not t.startswith("__"))
    close = [t for t in known if _similar(t, topic)]
    hint = (
        f"; did you mean {', '.join(close[:3])}?"
        if close
        else (
            f"; topics: {', '.join(known[:12])}" + (" ..." if len(known) > 12 else "")
            if known
            else "; the broker has no topics yet"
        )
    )
    raise TopicMissing(f"topic {topic} does not exist{hint}")


def _similar(a: str, b: str) -> bool:
    import difflib

    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75


def producer(s: Settings, **kw: object) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=s.bootstrap_servers,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        compression_type="lz4",
        max_request_size=max(1_048_576, s.max_bytes * 2),
        request_timeout_ms=30_000,
        retry_backoff_ms=200,
        **client_security_kwargs(s),
        **kw,
    )  # type: ignore[arg-type]


@dataclass(slots=True)
class Delivery:
    """What became of one pushed item: acknowledged at ``(partition, offset)``, or refused and why."""

    partition: int | None = None
    offset: int | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _why(exc: BaseException, size: int, limit: int | None) -> str:
    """Why an item was refused; ``limit`` is the client's own request limit when it refused it itself."""
    if isinstance(exc, MessageSizeTooLargeError | RecordTooLargeError) or "too large" in str(exc).lower():
        where = f"the limit is {_mb(limit)}" if limit else "over the topic's max.message.bytes"
        return f"too large for the broker ({_mb(size)}; {where})"
    return f"not acknowledged by the broker: {exc or type(exc).__name__}"


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.1f} MiB" if n >= 1_048_576 else f"{n} bytes"


async def push_each(
    s: Settings, items: Sequence[Outgoing], topic: str | None = None, on_sent: Callable[[int], None] | None = None
) -> list[Delivery]:
    """Send every item and wait for the broker's answer on each: one ``Delivery`` per item, in order.

    An item the broker refuses (too large, or not acknowledged after aiokafka's own retries of
    transient errors) is reported as refused and the others still go. Only an unreachable broker
    raises ``ServiceError`` (nothing was sent).
    """
    prod = producer(s)
    limit = int(getattr(prod, "_max_request_size", 0))
    await _start(prod, "push", s)
    out = [Delivery() for _ in items]
    pending: list[tuple[int, asyncio.Future[Any]]] = []
    done = 0

    async def settle() -> None:
        nonlocal done
        for i, fut in pending:
            try:
                md = await fut
                out[i].partition, out[i].offset = md.partition, md.offset
            except KafkaError as exc:
                out[i].error = _why(exc, len(items[i].payload), None)
            done += 1
        pending.clear()
        if on_sent is not None:
            on_sent(done)

    try:
        for i, item in enumerate(items):
            headers = [(k, v.encode("utf-8")) for k, v in item.headers.items()]
            try:
                pending.append((i, await prod.send(topic or s.topic_raw, item.payload, key=item.key, headers=headers)))
            except KafkaError as exc:  # refused before sending (larger than a request may be)
                out[i].error = _why(exc, len(item.payload), limit)
                done += 1
            if len(pending) >= 500:
                await settle()
        await settle()
    finally:
        await prod.stop()
    return out


async def push(
    s: Settings, items: Iterable[Outgoing], topic: str | None = None, on_sent: Callable[[int], None] | None = None
) -> list[tuple[int, int]]:
    """Send items and wait until the broker acknowledged every one: ``(partition, offset)`` per item.

    A refused item raises ``ServiceError`` naming how many were acknowledged: nothing is dropped silently.
    """
    batch = list(items)
    results = await push_each(s, batch, topic, on_sent)
    refused = [(i, d) for i, d in enumerate(results) if not d.ok]
    if refused:
        i, d = refused[0]
        raise ServiceError(
            f"push: {len(refused)} of {len(batch)} item(s) refused (first: item {i}, "
            f"{batch[i].headers.get('filename', '?')}: {d.error}); "
            f"{len(batch) - len(refused)} acknowledged"
        )
    return [(d.partition, d.offset) for d in results]  # type: ignore[misc]


@dataclass(frozen=True, slots=True)
class Offset:
    """Where reading starts in each partition (``--offset``): kcat's ``-o`` in words.

    ``beginning``, ``end``, an absolute offset (``kind="at"``), ``n`` records before the end
    (``kind="back"``, written ``-n``) or the first record at or after a time (``kind="time"``, epoch ms).
    """

    kind: str  # beginning | end | at | back | time
    value: int = 0

    @classmethod
    def parse(cls, text: str) -> Offset:
        """``beginning``/``end``, ``123``, ``-10``, ``@1733400000000`` (epoch ms) or an ISO-8601 time."""
        raw = text.strip()
        low = raw.lower()
        if low in ("beginning", "earliest", "start"):
            return cls("beginning")
        if low in ("end", "latest"):
            return cls("end")
        if re.fullmatch(r"-?\d+", raw):
            n = int(raw)
            return cls("back", -n) if n < 0 else cls("at", n)
        if raw.startswith(("@", "s@")) and raw.split("@", 1)[1].isdigit():
            return cls("time", int(raw.split("@", 1)[1]))
        try:
            when = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise ValueError(
                f"invalid offset {text!r}: use beginning, end, an offset (42), -N (N before the "
                "end), @EPOCH_MS or an ISO time (2026-12-05T10:00:00Z)"
            ) from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return cls("time", int(when.timestamp() * 1000))


async def _seek(consumer: AIOKafkaConsumer, tps: list[TopicPartition], start: Offset) -> None:
    """Position every partition at ``start`` (clipped to what the partition holds)."""
    if start.kind == "beginning":
        await consumer.seek_to_beginning(*tps)
        return
    ends = await consumer.end_offsets(tps)
    firsts = await consumer.beginning_offsets(tps)
    if start.kind == "time":
        found = await consumer.offsets_for_times({tp: start.value for tp in tps})
    for tp in tps:
        if start.kind == "end":
            pos = ends[tp]
        elif start.kind == "at":
            pos = start.value
        elif start.kind == "back":
            pos = ends[tp] - start.value
        else:
            hit = found.get(tp)
            pos = hit.offset if hit is not None else ends[tp]
        consumer.seek(tp, min(max(pos, firsts[tp]), ends[tp]))


async def records(
    s: Settings,
    topic: str,
    *,
    from_beginning: bool = False,
    limit: int | None = None,
    timeout: float | None = None,
    group: str | None = None,
    offset: Offset | None = None,
    partitions: Sequence[int] | None = None,
    exit_at_end: bool = False,
    stall: float | None = None,
    key: bytes | None = None,
    wait_for_topic: float = 0.0,
    on_wait: Callable[[], None] | None = None,
) -> AsyncIterator[tuple[Any, bytes | None, bytes | None, dict[str, str]]]:
    """Yield ``(message, key, value, headers)`` from ``topic``.

    Stops after ``limit`` records (matching ``key`` when given), after ``timeout`` seconds, or with
    ``exit_at_end`` once every partition reached the end offset it had when reading started (kcat ``-e``).
    With ``exit_at_end``, a ``timeout`` that ends the read before then raises ``ReadIncomplete`` (after the
    records read so far): a short read must never pass for the whole topic. ``stall`` (with ``exit_at_end``) makes
    the wait depend on progress: the read also ends, with ``ReadIncomplete``, once ``stall`` seconds pass in which
    no unfinished partition's position moved, and ``timeout`` is the bound on the whole read. A slow but moving
    read (a loaded machine) then goes on; one that moves no offset fails without waiting out a generous bound.
    Start: ``offset``, else the beginning (``from_beginning``), else ``limit`` records before the end
    (like ``tail(1)``). A topic that does not exist raises ``TopicMissing`` at once, or after
    ``wait_for_topic`` seconds of waiting for it to appear (``on_wait`` is called once when waiting
    starts): reading never creates topics.
    """
    async with consumer_for(
        s,
        "tail",
        group_id=group,
        auto_offset_reset="earliest" if from_beginning else "latest",
        isolation_level=s.isolation,
        fetch_max_bytes=max(52_428_800, s.max_bytes * 2),
        max_partition_fetch_bytes=max(1_048_576, s.max_bytes * 2),
    ) as consumer:
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        parts = await _await_topic(consumer, topic, wait_for_topic, on_wait)
        if partitions:
            unknown = sorted(set(partitions) - parts)
            if unknown:
                raise ServiceError(
                    f"topic {topic} has no partition {', '.join(map(str, unknown))} (it has {_ranges(sorted(parts))})"
                )
            parts = set(partitions)
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        start = offset or (Offset("beginning") if from_beginning else Offset("back", limit or 0))
        await _seek(consumer, tps, start)
        ends = await consumer.end_offsets(tps) if exit_at_end else {}
        positions = {tp: await consumer.position(tp) for tp in tps}
        open_tps = {tp for tp in tps if positions[tp] < ends.get(tp, 1 << 62)}
        moved_at = loop.time()  # the last time an unfinished partition's position moved (``stall``)
        count = 0
        while limit is None or count < limit:
            if exit_at_end and not open_tps:
                return
            remaining = 1.0 if deadline is None else deadline - loop.time()
            stalled = stall is not None and exit_at_end and loop.time() - moved_at >= stall
            if remaining <= 0 or stalled:
                if exit_at_end:
                    short = unfinished(
                        {tp.partition: ends[tp] for tp in open_tps},
                        {tp.partition: await consumer.position(tp) for tp in open_tps},
                    )
                    if short:
                        raise ReadIncomplete(topic, timeout or 0.0, short, stall if stalled else None)
                return
            if stall is not None and exit_at_end:
                remaining = min(remaining, moved_at + stall - loop.time())
            batch = await consumer.getmany(*open_tps, timeout_ms=int(min(remaining, 1.0) * 1000), max_records=500)
            for _tp, msgs in batch.items():
                for msg in msgs:
                    if exit_at_end and msg.offset >= ends[_tp]:
                        break
                    if key is not None and msg.key != key:
                        continue
                    headers = {k: (v.decode("utf-8", "replace") if v is not None else "") for k, v in msg.headers}
                    yield msg, msg.key, msg.value, headers
                    count += 1
                    if limit is not None and count >= limit:
                        return
            if exit_at_end:  # positions move past transaction markers too, which are never yielded
                now = {tp: await consumer.position(tp) for tp in open_tps}
                if any(now[tp] > positions[tp] for tp in open_tps):
                    moved_at = loop.time()
                positions.update(now)
                open_tps = {tp for tp in open_tps if now[tp] < ends[tp]}


async def _await_topic(
    consumer: AIOKafkaConsumer, topic: str, wait: float, on_wait: Callable[[], None] | None
) -> set[int]:
    """``topic_partitions``, polled (without creating the topic) for up to ``wait`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    announced = False
    while True:
        try:
            return await topic_partitions(consumer, topic)
        except TopicMissing:
            if loop.time() >= deadline:
                raise
        if not announced and on_wait is not None:
            on_wait()
            announced = True
        await asyncio.sleep(0.5)


def _ranges(parts: list[int]) -> str:
    return (
        f"{parts[0]}..{parts[-1]}"
        if parts and parts == list(range(parts[0], parts[-1] + 1))
        else ", ".join(map(str, parts))
    )


async def end_offsets(s: Settings, topics: Sequence[str]) -> dict[tuple[str, int], int]:
    """End offset of every partition of ``topics`` (missing topics are left out): a progress probe."""
    async with consumer_for(s, "offsets") as consumer:
        await _learn_topics(consumer)
        cluster = consumer._client.cluster
        tps = [TopicPartition(t, p) for t in topics for p in (cluster.partitions_for_topic(t) or ())]
        ends = await consumer.end_offsets(tps) if tps else {}
        return {(tp.topic, tp.partition): off for tp, off in ends.items()}


FETCH_RANGE_TIMEOUT_S = 60.0


async def fetch_range(s: Settings, topic: str, partition: int, start: int, end: int) -> list[Any]:
    """Records ``start <= offset < end`` of one partition, read with a group-less consumer: all of them, or
    ``ServiceError``.

    The stage guards mark what this returns as the whole range (``streams.worker.gaps``), so a short answer
    would be committed over: the read must reach ``end`` within :data:`FETCH_RANGE_TIMEOUT_S` (else it
    raises), and an out-of-range position resets to the *earliest* offset (aiokafka's default, the latest,
    would jump over the range and end the read with nothing)."""
    tp = TopicPartition(topic, partition)
    out: list[Any] = []
    async with consumer_for(
        s, "backfill", auto_offset_reset="earliest", max_partition_fetch_bytes=max(1_048_576, s.max_bytes * 2)
    ) as consumer:
        consumer.assign([tp])
        consumer.seek(tp, start)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + FETCH_RANGE_TIMEOUT_S
        while True:
            batch = await consumer.getmany(tp, timeout_ms=1000, max_records=500)
            for msg in batch.get(tp, []):
                if start <= msg.offset < end:
                    out.append(msg)
            if await consumer.position(tp) >= end:
                return out
            if loop.time() >= deadline:
                raise ServiceError(
                    f"records {topic}[{partition}] {start}..{end - 1} not read in {FETCH_RANGE_TIMEOUT_S:.0f} s "
                    f"({len(out)} of {end - start} so far)"
                )


async def headers_since(
    s: Settings, topics: Sequence[str], since_ms: int, timeout: float = 120.0
) -> list[tuple[str, dict[str, str]]]:
    """``(topic, headers)`` of every record written to ``topics`` since ``since_ms`` (epoch ms), read to
    the end offsets with one group-less consumer (missing topics are left out)."""
    out: list[tuple[str, dict[str, str]]] = []
    async with consumer_for(
        s,
        "read-back",
        fetch_max_bytes=max(52_428_800, s.max_bytes * 2),
        max_partition_fetch_bytes=max(1_048_576, s.max_bytes * 2),
    ) as consumer:
        await _learn_topics(consumer)
        cluster = consumer._client.cluster
        tps = [TopicPartition(t, p) for t in dict.fromkeys(topics) for p in (cluster.partitions_for_topic(t) or ())]
        if not tps:
            return out
        consumer.assign(tps)
        ends = await consumer.end_offsets(tps)
        found = await consumer.offsets_for_times({tp: max(0, since_ms) for tp in tps})
        for tp in tps:
            hit = found.get(tp)
            consumer.seek(tp, hit.offset if hit is not None else ends[tp])
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        open_tps = {tp for tp in tps if await consumer.position(tp) < ends[tp]}
        while open_tps and loop.time() < deadline:
            batch = await consumer.getmany(*open_tps, timeout_ms=1000, max_records=2000)
            for tp, msgs in batch.items():
                for msg in msgs:
                    if msg.offset < ends[tp]:
                        out.append(
                            (
                                tp.topic,
                                {k: (v.decode("utf-8", "replace") if v is not None else "") for k, v in msg.headers},
                            )
                        )
            open_tps = {tp for tp in open_tps if await consumer.position(tp) < ends[tp]}
        if open_tps:
            raise ServiceError(
                f"read-back of {', '.join(sorted({tp.topic for tp in open_tps}))} not done in {timeout:.0f} s"
            )
    return out
