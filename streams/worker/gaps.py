"""Each stage reads its partitions through a :class:`StageGuard`, not through Faust's bookkeeping alone.

Faust can deliver a record twice (the stream partitions are resumed before the seek after a
rebalance), ack records an agent never processed (``take_events`` acks its whole batch in a
``finally``), and commit past a hole (``_new_offset`` off by one); see ``streams.worker.cursor`` and
docs/reliability.md. The guard, per stage:

* waits while a rebalance or table recovery is finishing, and *defers* a batch (processes none of
  it) when the flow was stopped for a revocation or a shutdown: nothing is decided against a table
  that is not recovered, and a stopping worker takes no new records;
* drops records of partitions it does not own and records it already processed (re-deliveries);
* fetches the records of a hole (a record beyond the next expected offset) and hands them over first;
* commits (through :func:`install_commit_guard`) only the offsets whose outputs were confirmed;
* on a timer, fetches the tail of an idle raw partition that holds records the stream never
  delivered (``idle_tails``), so a skipped last story is not held until the next one arrives;
* once the recovery after an assignment is over, hands the records past its cursor on the partitions the
  stream has delivered nothing of since, to the stage's own batch handler (``catch_up``, both stages):
  Faust throws away what it fetched while it seeked (its buffers are cleared at the end of every
  recovery), with the consumer's position past it, so the tail of a quiet partition (``wire.dedupe``
  above all) was otherwise held until the next record, or 15-20 s on ``wire.raw``; after each take it
  hands over, it moves the stream's read position past it (``_past_catch_up``), so the stream does not
  read those records a second time only to drop them.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from streams.client import end_offsets, fetch_range
from streams.worker.cursor import Cursor, Key, committable

if TYPE_CHECKING:
    from streams.worker.app import Wiring

log = logging.getLogger("streams.worker.gaps")

SETTLE_POLL_S = 0.02
TAIL_BATCH = 500  # records fetched per partition and tick
IDLE_TAIL_S = 15.0  # a partition with undelivered records and no delivery for this long is fetched
CATCH_UP_GRACE_S = 1.0  # after a recovery, a partition the stream delivered nothing of for this long is caught up
SEEK_TIMEOUT_S = 5.0  # how long moving the stream past a catch-up may take (a best effort: see _past_catch_up)


@dataclass(frozen=True, slots=True)
class RawRecord:
    """The fields of a Kafka record we use (from a Faust event or a direct backfill fetch)."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None
    value: bytes | None
    headers: Any

    @classmethod
    def from_faust(cls, msg: Any) -> RawRecord:
        """From a Faust ``Message`` (timestamp in seconds)."""
        ts = int(msg.timestamp * 1000) if msg.timestamp is not None else None
        return cls(msg.topic, msg.partition, msg.offset, ts, msg.value, msg.headers)

    @classmethod
    def from_kafka(cls, rec: Any) -> RawRecord:
        """From an aiokafka ``ConsumerRecord`` (timestamp in milliseconds)."""
        return cls(rec.topic, rec.partition, rec.offset, rec.timestamp, rec.value, rec.headers)


Handle = Callable[[list[RawRecord]], Awaitable[object]]  # a stage's batch handler: admits, processes, confirms


class StageGuard:
    """Exactly-in-order, at-least-once reading of one stage's topic (see the module docstring)."""

    def __init__(self, wiring: Wiring, topic: str) -> None:
        self.w = wiring
        self.topic = topic
        self.cursor = Cursor(frozenset({topic}))
        self.lock = asyncio.Lock()
        self.last_delivery: dict[Key, float] = {}
        # when the stream last handed over a take with records of a partition, stamped as the take arrives,
        # before it waits for the recovery to end (a take held across the end counts as before it)
        self.last_take: dict[Key, float] = {}
        self.counts = {"replayed": 0, "fetched": 0, "deferred": 0, "foreign": 0}
        # the recovery after an assignment: "due" until it is over, then the monotonic time it ended (the
        # catch-up waits CATCH_UP_GRACE_S from there), None once caught up
        self.recovery: str | float | None = None
        self.catching_up = False  # records handed over by catch_up, not by the stream (the first-sight line)
        self.probed = float("-inf")  # when catch_up last asked the broker for end offsets (monotonic; _ends)

    # --- Faust state, read defensively (private attributes of faust-streaming 0.15.3) ---------------------------

    def _consumer(self) -> Any:
        return self.w.app.consumer

    def _committed(self, key: Key) -> int | None:
        offset = getattr(self._consumer(), "_committed_offset", {}).get(key)
        return int(offset) if offset is not None else None

    def _owned(self) -> set[Key] | None:
        """Owned partitions of the topic; ``None`` when the consumer cannot say (not started: unit tests
        through Faust's test_context, where every record counts as owned)."""
        try:
            return {(tp.topic, tp.partition) for tp in self._consumer().assignment() if tp.topic == self.topic}
        except Exception:
            return None

    async def settled(self) -> bool:
        """Wait while a rebalance/recovery finishes; ``False`` when the flow is stopped (revocation or
        shutdown in progress: Faust waits for this batch's acks, so we must not wait for it)."""
        app = self.w.app
        while app.rebalancing or getattr(app, "in_recovery", False):
            if not getattr(self._consumer(), "flow_active", True) or app.should_stop:
                return False
            await asyncio.sleep(SETTLE_POLL_S)
        return bool(getattr(self._consumer(), "flow_active", True)) and not app.should_stop

    async def admit(self, recs: Iterable[RawRecord]) -> list[RawRecord]:
        """The records to process for a delivered batch, in offset order per partition: records of a
        hole fetched and put first, re-deliveries and records of partitions we do not own dropped.
        Each returned record counts as processed; :meth:`confirm` once their outputs are acknowledged."""
        owned = self._owned()
        out: list[RawRecord] = []
        now = time.monotonic()
        for rec in recs:
            key = (rec.topic, rec.partition)
            if owned is not None and key not in owned:
                self.counts["foreign"] += 1
                continue
            self.last_delivery[key] = now
            committed = self._committed(key)
            first_sight = self.cursor.pending(key) is None
            if committed is None and owned is not None:
                # no commit for the partition (Faust also maps a commit of 0 to None): the group starts at the
                # beginning, and the stream's first record can come after records it never handed over (seen
                # after a kill before the first commit: raw[1] first 74, dedupe first 149), so a hole from 0
                committed = 0
            plan = self.cursor.plan(key, rec.offset, committed)
            if first_sight:  # where this owner starts reading: the crash tests check it (one line a partition)
                log.info(
                    "first sight %s[%d]: committed %s, first delivered %s, reading from %d",
                    key[0],
                    key[1],
                    self._committed(key),
                    "none (catch-up)" if self.catching_up else rec.offset,
                    self.cursor.pending(key),
                )
            if plan.action == "replay":
                self.counts["replayed"] += 1
                continue
            if plan.action == "gap":
                out.extend(await self._fetch(key, plan.gap_start, rec.offset))
            out.append(rec)
            self.cursor.done(key, rec.offset)
        return out

    async def _fetch(self, key: Key, start: int, end: int) -> list[RawRecord]:
        log.warning(
            "records %s[%d] %d..%d were not delivered by the stream; fetching them", key[0], key[1], start, end - 1
        )
        fetched = [RawRecord.from_kafka(m) for m in await fetch_range(self.w.settings, key[0], key[1], start, end)]
        self.counts["fetched"] += len(fetched)
        for rec in fetched:
            self.cursor.done(key, rec.offset)
        return fetched

    def confirm(self) -> None:
        self.cursor.confirm()

    def defer(self, n: int) -> None:
        self.counts["deferred"] += n

    def revoked(self, tps: Iterable[Any]) -> None:
        self.cursor.forget((tp.topic, tp.partition) for tp in tps)

    def assigned(self, tps: Iterable[Any]) -> None:
        now = time.monotonic()
        for tp in tps:
            if tp.topic == self.topic:
                self.last_delivery.setdefault((tp.topic, tp.partition), now)
                self.recovery = "due"  # Faust's recovery follows: catch up once it is over (catch_up)

    def taken(self, recs: Iterable[RawRecord]) -> None:
        """The stream handed these over (``run_takes``, as the take arrives): see :meth:`catch_up`."""
        now = time.monotonic()
        for rec in recs:
            self.last_take[(rec.topic, rec.partition)] = now

    def catch_up_due(self, now: float) -> float | None:
        """When the recovery since the last assignment ended, once :data:`CATCH_UP_GRACE_S` have passed
        since (else ``None``: no assignment, a rebalance or recovery still running, or too early).

        ``App.rebalancing`` turns false in ``Recovery.on_recovery_completed`` right after the flow is
        resumed, so after the agents' buffers were cleared."""
        app = self.w.app
        if self.recovery == "due" and not (app.rebalancing or getattr(app, "in_recovery", False)):
            self.recovery = now
        if isinstance(self.recovery, float) and now - self.recovery >= CATCH_UP_GRACE_S:
            return self.recovery
        return None

    async def catch_up(self, handle: Handle, quiet_since: float) -> int:
        """Hand the records from the next expected offset (at first sight: the committed one, or 0) to the
        end offset of each owned partition the stream delivered nothing of since ``quiet_since``
        (monotonic) to ``handle``, the stage's batch handler, which admits them like a delivered batch,
        under the guard's lock: the stream's own copies of them are then re-deliveries (dropped), and a
        record it hands over past them a hole. In takes of :data:`TAIL_BATCH` records, the lock released
        in between; the end offsets are the ones known when the call began (the stream reads past them).

        Returns the number of records handed over; ``handle`` must not raise (an error it cannot turn
        into an output ends the worker); a fetch that fails raises (what was handed over before is done)."""
        owned = self._owned()
        keys = sorted(k for k in owned or () if self.last_take.get(k, quiet_since) <= quiet_since)
        if not keys or not await self.settled():
            return 0
        ends = await self._ends(keys)
        done = 0
        for key in keys:
            first = True
            while True:
                n = await self._catch_up_one(handle, key, ends.get(key, 0), quiet_since if first else None)
                if n is None:
                    return done  # a rebalance began: the next assignment catches up again
                done, first = done + n, False
                if n < TAIL_BATCH:
                    break
        return done

    async def _catch_up_one(self, handle: Handle, key: Key, end: int, quiet_since: float | None) -> int | None:
        """One :data:`TAIL_BATCH` of :meth:`catch_up` on ``key`` under the lock: the records handed over, or
        ``None`` when a rebalance began; ``quiet_since``: skip the partition if the stream delivered since."""
        async with self.lock:
            if self.w.app.rebalancing or key not in (self._owned() or ()):
                return None
            if quiet_since is not None and self.last_take.get(key, quiet_since) > quiet_since:
                return 0  # delivered meanwhile: a record it skipped shows as a hole there
            start = self._next(key)
            if end <= start:
                return 0
            generation = getattr(self.w.app, "consumer_generation_id", None)  # the group this take is for
            fetched = await fetch_range(self.w.settings, key[0], key[1], start, min(end, start + TAIL_BATCH))
            if not fetched:
                return 0
            log.warning(
                "records %s[%d] %d..%d held back by the stream (none delivered lately); catching up",
                key[0],
                key[1],
                start,
                fetched[-1].offset,
            )
            self.counts["caught_up"] = self.counts.get("caught_up", 0) + len(fetched)
            self.catching_up = True
            try:
                await handle([RawRecord.from_kafka(m) for m in fetched])
            except BaseException:
                # not sent (a cancellation at shutdown): the records count as not processed, else the
                # stream's copies would be dropped as re-deliveries and a later confirm pass them
                if self.cursor.pending(key) is not None:
                    self.cursor.expected[key] = min(self.cursor.expected[key], start)
                raise
            finally:
                self.catching_up = False
            await self._past_catch_up(key, generation)
            return len(fetched)

    async def _past_catch_up(self, key: Key, generation: int | None) -> None:
        """Move the stream's read position on ``key`` up to the next expected offset, when it is behind: the
        catch-up processed the records before it, and the stream would otherwise fetch and hand each of them
        over again, to be dropped as a re-delivery (pause16: ~18,000 of a 20,000-record ``wire.dedupe`` backlog
        were read twice while ingest drained ``wire.raw``).

        Called under the lock, after the handler returned (so the cursor is past what was processed), with the
        group generation the take began in (a rebalance since: not moved; Faust's recovery seeks). Only
        ever forward, and only the read position: what is committed stays the guard's confirmed offset, so a
        seek that lands wrong can cost a re-read or a hole the guard fetches, never a loss or a second output.
        Best effort: no consumer thread (unit tests), a rebalance begun, or an error: the stream's copies are
        dropped as re-deliveries, as before."""
        app = self.w.app
        thread = getattr(self._consumer(), "_thread", None)
        offset = self.cursor.pending(key)
        if thread is None or offset is None or app.rebalancing or key not in (self._owned() or ()):
            return
        from faust.types import TP

        try:
            before = await asyncio.wait_for(
                thread.call_thread(seek_forward, thread, TP(*key), offset, generation), SEEK_TIMEOUT_S
            )
        except Exception as exc:  # the stream reads them again; the cursor drops them
            log.info("stream of %s[%d] not moved past the catch-up: %r", key[0], key[1], exc)
            return
        if before is not None:
            self.counts["skipped"] = self.counts.get("skipped", 0) + offset - before

    async def _ends(self, keys: list[Key]) -> dict[Key, int]:
        """End offsets of ``keys`` for :meth:`catch_up`: the consumer's highwaters when they show records past
        the next expected offset, else the broker's, asked at most every :data:`IDLE_TAIL_S`.

        Why not the highwaters alone: a highwater is only as fresh as the consumer's last fetch response for
        the partition, and Faust stops fetching a partition it starves: ``wire.dedupe`` got no take for 120+ s
        while ingest drained a 20,000-record backlog at load 10 (stall15), with its highwater stuck at the 1
        record the catch-up after the recovery had processed, so the idle catch-up saw nothing to do."""
        ends = self._highwaters(keys)
        if ends is not None and any(ends[k] > self._next(k) for k in keys):
            return ends
        now = time.monotonic()
        if ends is not None and now - self.probed < IDLE_TAIL_S:
            return ends  # asked lately: an idle partition costs one request per IDLE_TAIL_S, not one per tick
        self.probed = now
        return await end_offsets(self.w.settings, [self.topic])

    def _next(self, key: Key) -> int:
        """The next offset :meth:`catch_up` hands over on ``key``: at first sight, where admit starts a partition
        (the committed offset, or 0)."""
        start = self.cursor.pending(key)
        return start if start is not None else self._committed(key) or 0

    def _highwaters(self, keys: list[Key]) -> dict[Key, int] | None:
        """End offsets the consumer learnt from its fetch responses (no extra request); ``None`` if unknown."""
        from faust.types import TP

        out = {}
        for key in keys:
            try:
                hw = self._consumer().highwater(TP(*key))
            except Exception:
                return None
            if hw is None:
                return None
            out[key] = int(hw)
        return out

    async def idle_tails(self, process: Callable[[list[RawRecord]], Awaitable[None]]) -> int:
        """Fetch and process records past the next expected offset of owned partitions that had no
        delivery for ``IDLE_TAIL_S``: the stream skipped them, and no later record will reveal it."""
        owned = self._owned()
        now = time.monotonic()
        idle = [key for key in owned or () if now - self.last_delivery.get(key, now) >= IDLE_TAIL_S]
        if not idle or self.lock.locked() or not await self.settled():  # busy: the stream is moving
            return 0
        ends = self._highwaters(idle)
        if ends is None:  # not known from the fetches: ask the broker
            ends = await end_offsets(self.w.settings, [self.topic])
        done = 0
        for key in sorted(idle):
            start = self.cursor.pending(key)
            if start is None:
                # never delivered here: from the committed offset, or, with none, from the beginning (as in
                # admit): a partition the stream never hands a record of was otherwise never read (session 13)
                start = self._committed(key) or 0
            if ends.get(key, 0) <= start:
                continue
            async with self.lock:
                start = self.cursor.pending(key) or start
                if ends[key] <= start or key not in (self._owned() or ()):
                    continue
                if self.cursor.pending(key) is None:  # first sight of a partition: start at committed (or 0)
                    log.info(
                        "first sight %s[%d]: committed %s, first delivered none (idle tail), reading from %d",
                        key[0],
                        key[1],
                        self._committed(key),
                        start,
                    )
                self.cursor.plan(key, start, start)
                recs = await self._fetch(key, start, min(ends[key], start + TAIL_BATCH))
                if recs:
                    try:
                        await process(recs)
                    except BaseException:
                        # not sent (an error, a cancellation at shutdown): the records count as not processed,
                        # else the stream's copies of them would be dropped as re-deliveries and the next
                        # batch's confirm would let the commit pass them
                        self.cursor.expected[key] = start
                        raise
                    self.confirm()
                    done += len(recs)
        return done


async def seek_forward(thread: Any, tp: Any, offset: int, generation: int | None) -> int | None:
    """Seek the stream's consumer on ``tp`` to ``offset`` if its position is behind it; the position before,
    or ``None`` when it was not moved. Runs on Faust's consumer thread (``ConsumerThread.call_thread``:
    aiokafka is not thread-safe), as Faust's own ``seek_wait`` does, and sets Faust's read offset the same
    way, so records of ``tp`` below ``offset`` already fetched are dropped by ``Consumer._drain_messages``
    before they become events. Nothing happens once the group moved on (a new generation, ``tp`` revoked)."""
    consumer = thread._ensure_consumer()
    if tp not in consumer.assignment():
        return None
    position = await asyncio.wait_for(consumer.position(tp), SEEK_TIMEOUT_S)
    # checked again after the wait, with nothing awaited until the seek (aiokafka reassigns on this loop)
    if generation is not None and getattr(thread.app, "consumer_generation_id", generation) != generation:
        return None
    if position is None or position >= offset or tp not in consumer.assignment():
        return None
    consumer.seek(tp, offset)
    read_offset = thread.consumer._read_offset
    if (read_offset.get(tp) or 0) < offset:
        read_offset[tp] = offset
    return int(position)


async def published_origins(s: Any, topics: Iterable[str], since_ms: int) -> dict[str, set[str]]:
    """Raw origin (``topic:partition:offset:index``) → the output topics it was published on since
    ``since_ms``, read back from the broker.

    The dedupe stage writes its state only after the broker acknowledged the outputs; a worker killed
    in between (a broker outage widens that gap to seconds) leaves outputs without state, and the
    re-read would publish them again. Before its first batch after an assignment the stage reads what
    was published since the first record it is handed (anything published for these records came
    later), so what the broker acknowledged counts as published, state or not.
    """
    from streams.client import headers_since

    found: dict[str, set[str]] = {}
    for topic, h in await headers_since(s, list(topics), since_ms):
        if "raw-offset" in h:
            raw = (h.get("raw-topic"), h.get("raw-partition"), h.get("raw-offset"), h.get("raw-index", "0"))
            found.setdefault(":".join(str(part) for part in raw), set()).add(topic)
    return found


def install_commit_guard(app: Any, guards: list[StageGuard]) -> None:
    """Make Faust commit, for the guarded topics, the confirmed offsets of the guards and nothing else.

    Replaces ``Consumer._filter_committable_offsets`` on the app's consumer instance (faust-streaming
    0.15.3): other topics keep Faust's own computation; for ours the ack lists Faust keeps are trimmed
    below the confirmed offset so they do not grow.
    """
    from faust.types import TP

    consumer = app.consumer
    if getattr(consumer, "_wirefeed_commit_guard", False):
        return
    theirs = consumer._filter_committable_offsets
    guarded = frozenset().union(*(g.cursor.topics for g in guards))
    cursors = [g.cursor for g in guards]

    def filter_committable(tps: Iterable[Any]) -> dict[Any, int]:
        tps = list(tps)
        out = dict(theirs([tp for tp in tps if tp.topic not in guarded]))
        committed = {(tp.topic, tp.partition): off for tp, off in consumer._committed_offset.items()}
        assigned = [(tp.topic, tp.partition) for tp in consumer.assignment()]
        for (topic, partition), offset in committable(cursors, assigned, committed).items():
            out[TP(topic, partition)] = offset
        for tp in tps:
            if tp.topic in guarded:
                _trim_acks(
                    consumer,
                    tp,
                    next((c.safe.get((tp.topic, tp.partition)) for c in cursors if tp.topic in c.topics), None),
                )
        return out

    consumer._filter_committable_offsets = filter_committable
    consumer._wirefeed_commit_guard = True


def _trim_acks(consumer: Any, tp: Any, below: int | None) -> None:
    acked = consumer._acked.get(tp)
    if not acked or below is None:
        return
    keep = [o for o in acked if o >= below]
    acked[:] = keep
    index = consumer._acked_index.get(tp)
    if index is not None:
        index.intersection_update(keep)
