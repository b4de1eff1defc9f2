"""The Faust agents: module-level functions of a few lines around two testable steps.

``ingest``  wire.raw → :func:`ingest_step` (core pipeline: parse, normalise, enrich, hash, MinHash) →
            wire.dedupe (slim envelopes: ``streams.core.envelope``)
``dedupe``  wire.dedupe → :meth:`DedupeStage.run_batch` (core batch planner on the envelopes; the
            article bytes published as ingest wrote them) → wire.articles (+ routes) / wire.events /
            wire.duplicates / wire.kills / wire.deadletter

Pacing (``streams.worker.pacing``): take sizes follow the backlog, and the ingest agent's core work runs in
slices of 10-40 ms (``CoreRunner``) with a turn of the loop after each, so fetches, sends, acknowledgements,
heart-beats and the dedupe agent keep running while a batch is processed (``WIREFEED_CORE_THREAD=1`` runs the
slices on a thread of its own instead: measured slower, see ``streams.worker.pacing``).
``WIREFEED_TRACE_BATCHES`` writes per-batch timings (``streams.worker.trace``).

:func:`register` builds a :class:`Context` (resources, sender, stage, gap guard) and attaches the agents
and timers to the app; unit tests pass a :class:`~streams.worker.sender.MemorySender` and in-memory state
and drive the agents through Faust's ``agent.test_context()``.

No-loss rules (see docs/architecture.md):
* every event is handled inside a per-batch ``try``: an agent never raises, because Faust acks and
  skips an event whose agent raised; an error we cannot turn into an output exits without commit;
* every output send is awaited until the broker acknowledged it before the batch ends, and Faust
  commits an offset only after the batch that contains it ended: a crash re-reads, never skips;
* dedupe state is written only after the article it admits was acknowledged, so a crash between
  the two can cause a second copy, never a lost story;
* a send that keeps failing (broker down) is retried with back-off, holding the batch, instead of
  being dropped;
* each stage reads through a ``streams.worker.gaps.StageGuard``: re-deliveries are dropped, a record the
  stream skipped is fetched and processed, nothing is processed while a rebalance or table recovery is
  finishing, and the offset committed is the one whose outputs were confirmed (never Faust's guess);
* dead letters pass through the dedupe stage too, which publishes each raw origin once (its ``origins``
  table), so a re-read after a crash doubles nothing (docs/reliability.md).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiokafka.errors import KafkaError

from streams.core import envelope, reasons
from streams.core.dedupe import MutableDedupeState
from streams.core.enrich import Resources, load_resources
from streams.core.model import Origin, RawItem, RawRef, Record, error_of, provenance_of, raw_ref
from streams.core.pipeline import Limits, Outcome, deadletter_record, process, process_batch
from streams.settings import Settings, core_limits
from streams.worker.app import Wiring
from streams.worker.dedupe_stage import DedupeStage
from streams.worker.gaps import RawRecord, StageGuard, install_commit_guard, published_origins
from streams.worker.metrics import Metrics, attach_faust_sensors, sample_lag, serve
from streams.worker.pacing import AdaptiveMax, AdaptiveWithin, CoreRunner
from streams.worker.sender import KafkaSender, OutRecord, Sender, origin_headers
from streams.worker.trace import BatchTrace, install_fetch_trace

log = logging.getLogger("streams.worker.agents")
OUTPUT_SCAN_MARGIN_MS = 5_000  # clock slack when reading back the outputs published since a record


def fatal(exc: BaseException) -> None:
    """An error we cannot turn into an output: exit *without* committing, so the batch is re-read.

    Raising instead would let Faust ack the events (and commit past them): a silent loss.
    """
    log.critical("unrecoverable error in an agent, exiting without commit: %r", exc, exc_info=exc)
    logging.shutdown()
    os._exit(70)


def _headers(raw: Any) -> dict[str, str]:
    """Kafka headers (list of (str, bytes) or dict) → lower-case str dict."""
    items = raw.items() if isinstance(raw, dict) else (raw or ())
    out = {}
    for k, v in items:
        if isinstance(v, bytes):
            v = v.decode("utf-8", "replace")
        out[str(k).lower()] = "" if v is None else str(v)
    return out


@dataclass
class Context:
    """What the agents need, built once by :func:`register` (tests build their own)."""

    settings: Settings
    metrics: Metrics
    resources: Resources
    stage: DedupeStage
    raw_guard: StageGuard
    stage_guard: StageGuard
    ingest_sender: Sender
    dedupe_sender: Sender
    outputs_ready: asyncio.Event = field(default_factory=asyncio.Event)
    clock: Callable[[], float] = time.time
    raw_take: AdaptiveMax | None = None  # take sizes of the two agents (built from settings.batch_size)
    stage_take: AdaptiveMax | None = None
    raw_trace: BatchTrace = field(default_factory=lambda: BatchTrace.from_env("ingest"))  # WIREFEED_TRACE_BATCHES
    stage_trace: BatchTrace = field(default_factory=lambda: BatchTrace.from_env("dedupe"))
    core: CoreRunner | None = None  # where ingest's core work runs (settings.core_thread)
    core_cpu_s: float = 0.0  # CPU seconds of the core work so far (written on the core thread only)
    sizer: SliceSizer = field(default_factory=lambda: SliceSizer())  # records per batch in ingest's slices

    def __post_init__(self) -> None:
        if self.core is None:
            self.core = CoreRunner(self.settings.core_thread)
        if self.raw_take is None:
            self.raw_take = AdaptiveMax(self.settings.batch_size)
        if self.stage_take is None:
            self.stage_take = AdaptiveMax(self.settings.batch_size)

    @functools.cached_property
    def limits(self) -> Limits:
        """The core's per-item limits, built once (it was per item: ~0.3 % of the worker's samples)."""
        return core_limits(self.settings)

    def close(self) -> None:
        """Release what the context started (the core thread, if any): called when the worker stops."""
        if self.core is not None:
            self.core.shutdown()


def _raw_item(rec: RawRecord) -> RawItem:
    """A ``wire.raw`` record as the core's input."""
    headers = _headers(rec.headers)
    origin = Origin(rec.topic, rec.partition, rec.offset, rec.timestamp_ms, headers.get("filename"))
    return RawItem(rec.value or b"", headers, origin)


def ingest_step(
    rec: RawRecord, ctx: Context, received: Counter[tuple[str | None, str | None]] | None = None
) -> list[OutRecord]:
    """One raw record → its outputs: articles for the dedupe topic, dead letters. Never raises. With
    ``received`` the item is counted there (format, source) for the caller to add to the metrics in bulk."""
    raw = _raw_item(rec)
    outcomes = process(raw, ctx.resources, ctx.limits, observe=ctx.metrics.observe_stage, clock=ctx.clock)
    return ingest_outputs(raw, outcomes, ctx, received)


def ingest_outputs(
    raw: RawItem,
    outcomes: list[Outcome],
    ctx: Context,
    received: Counter[tuple[str | None, str | None]] | None = None,
) -> list[OutRecord]:
    """A raw item's outcomes → its records for the dedupe topic (envelopes, dead letters), counted as received."""
    s, metrics, headers = ctx.settings, ctx.metrics, raw.headers
    first = outcomes[0]
    if first.kind == "article":
        prov = provenance_of(first.record)
        labels = (prov.get("sourceFormat"), headers.get("source") or prov.get("provider"))
    else:
        labels = (first.record.get("format"), headers.get("source"))
    if received is None:
        metrics.item_received(*labels)
    else:
        received[labels] += 1
    outs: list[OutRecord] = []
    for o in outcomes:
        if o.kind == "article":
            origin = raw_ref(o.record)
            # the envelope the dedupe stage decides on, plus the bytes it publishes (whole JSON if it cannot splice)
            try:
                value = envelope.encode_article(o.record) if s.dedupe_envelope else None
            except Exception as exc:  # an odd article the identity code fails on: the stage decides it whole
                log.warning("article sent whole to the dedupe stage (%s: %s)", type(exc).__name__, exc)
                value = None
            key = DedupeStage.key(o.record)
            outs.append(
                OutRecord.of(s.topic_dedupe, key, o.record, origin)
                if value is None
                else dedupe_out(s, key, value, origin)
            )
        else:
            metrics.deadletter(error_of(o.record)["reason"])
            # through the dedupe stage too: it publishes each raw origin once
            if s.dedupe_envelope:
                outs.append(dedupe_out(s, None, envelope.encode_deadletter(o.record), o.record["origin"]))
            else:
                outs.append(OutRecord.of(s.topic_dedupe, None, o.record, o.record["origin"]))
    return outs


def dedupe_out(s: Settings, key: bytes | None, value: bytes, origin: RawRef) -> OutRecord:
    return OutRecord(s.topic_dedupe, key, value, origin_headers(origin))


BATCH_MAX = 64  # records per process_batch: the gain is ~flat beyond (docs/benchmarks.md, session 11)
FIRST_ITEM_S = 0.002  # seconds an item, before any was measured (a slow machine's core, so a short first batch)
# A payload this large costs about the longest slice on its own (~1.3 ms of core per KB of text up to the
# enrichers' bound): it gets a batch, and a slice, of its own (see :func:`batch_end`)
LARGE_BYTES = 32 * 1024


@dataclass
class SliceSizer:
    """How many records the next ``process_batch`` of a slice takes: the time left in the slice's budget
    over the seconds an item has been taking (a running mean of the batches' per-item wall time), between
    1 and :data:`BATCH_MAX`. Why: the core costs less an item in larger batches (stage-major: each stage
    finds its tables in the CPU caches), but a slice must still end near its budget, else the loop's stalls
    and the latency grow. A batch's observation counts at most 4x the mean; a large record's batch is not
    observed at all (:func:`ingest_slice`): its time says nothing about the small records' time."""

    per_item_s: float = FIRST_ITEM_S

    def count(self, left_s: float) -> int:
        return max(1, min(BATCH_MAX, int(left_s / self.per_item_s)))

    def observe(self, seconds: float, items: int) -> None:
        sample = min(seconds / max(items, 1), 4 * self.per_item_s)
        self.per_item_s = max(1e-5, self.per_item_s + 0.25 * (sample - self.per_item_s))


def is_large(rec: RawRecord) -> bool:
    """A record whose payload alone costs about a slice (:data:`LARGE_BYTES`)."""
    return len(rec.value or b"") >= LARGE_BYTES


def batch_end(records: list[RawRecord], start: int, count: int) -> int:
    """Where the batch of up to ``count`` records from ``start`` ends: a large record (:func:`is_large`) is a
    batch of its own, and a batch of small ones stops before it. Why: ``process_batch`` runs each stage over
    the whole batch, so a record batched with a 1 MB story waits for every stage of it, and its outputs wait
    for the batch (the head-of-line test: docs/benchmarks.md, session 11's final runs)."""
    if is_large(records[start]):
        return start + 1
    end = min(len(records), start + count)
    for j in range(start + 1, end):
        if is_large(records[j]):
            return j
    return end


def ingest_slice(records: list[RawRecord], start: int, ctx: Context, budget: float) -> tuple[list[OutRecord], int]:
    """The core work for ``records[start:]`` until ``budget`` seconds passed (at least one record): the outputs
    and where the next slice starts. The records go through ``process_batch`` in batches sized by
    ``ctx.sizer`` to fit what is left of the budget (:func:`batch_end`: a large record alone). A slice that has
    done some work ends before a large record, so the outputs made so far are sent before it starts; the
    large record's slice is then that record alone. Runs on the core thread (``CoreRunner``): it touches no
    Faust or aiokafka object, only the core, the metrics (thread-safe), ``ctx.sizer`` and ``ctx.core_cpu_s``."""
    t0, c0 = time.perf_counter(), time.thread_time()
    outs: list[OutRecord] = []
    received: Counter[tuple[str | None, str | None]] = Counter()
    i, sizer = start, ctx.sizer
    while i < len(records):
        b0 = time.perf_counter()
        end = batch_end(records, i, sizer.count(budget - (b0 - t0)))
        raws = [_raw_item(rec) for rec in records[i:end]]
        results = process_batch(raws, ctx.resources, ctx.limits, observe=ctx.metrics.observe_stage, clock=ctx.clock)
        for raw, outcomes in zip(raws, results, strict=True):
            outs.extend(ingest_outputs(raw, outcomes, ctx, received))
        large, i = is_large(records[i]), end
        now = time.perf_counter()
        if not large:
            sizer.observe(now - b0, len(raws))
        if large or now - t0 >= budget or (i < len(records) and is_large(records[i])):
            break
    for (fmt, source), n in received.items():
        ctx.metrics.item_received(fmt, source, n)
    ctx.core_cpu_s += time.thread_time() - c0
    return outs, i


async def ingest_records(records: list[RawRecord], ctx: Context) -> None:
    """Process and send ``records`` in slices of CPU (``streams.worker.pacing``): on the core thread, the next
    slice runs while the loop hands this one's outputs to the producer; inline, the loop gets a turn after each
    slice. Outputs are sent in the records' order either way."""
    assert ctx.raw_take is not None and ctx.core is not None
    budget, core, send = ctx.raw_take.budget(), ctx.core, ctx.ingest_sender.send
    if not core.threaded:
        i = 0
        while i < len(records):
            outs, i = ingest_slice(records, i, ctx, budget)
            for out in outs:
                await send(out)
            await asyncio.sleep(0)
        return
    pending = core.submit(ingest_slice, records, 0, ctx, budget) if records else None
    while pending is not None:
        outs, i = await pending
        pending = core.submit(ingest_slice, records, i, ctx, budget) if i < len(records) else None
        for out in outs:
            await send(out)


async def ingest_batch(records: list[RawRecord], ctx: Context) -> None:
    """A batch of raw records (and any the stream skipped before them, without the ones it delivered
    again) → sent and acknowledged; then the guard may commit them."""
    await ingest_records(await ctx.raw_guard.admit(records), ctx)
    ctx.raw_trace.worked(ctx.core_cpu_s)
    await ctx.ingest_sender.confirm()
    ctx.raw_guard.confirm()


async def ingest_tail(records: list[RawRecord], ctx: Context) -> None:
    """Records fetched by the idle-tail check (already admitted by the guard) → sent and acknowledged."""
    await ingest_records(records, ctx)
    await ctx.ingest_sender.confirm()


def stage_items(recs: list[RawRecord]) -> list[envelope.Item]:
    """``wire.dedupe`` records → envelopes or old-format records; a record neither can read becomes a dead
    letter with the reason (an exception here would stop the stage on it for ever)."""
    items: list[envelope.Item] = []
    for r in recs:
        try:
            items.append(envelope.decode(r.value))
        except envelope.EnvelopeError as exc:
            log.error("unreadable record %s[%d]@%d dead-lettered: %s", r.topic, r.partition, r.offset, exc)
            items.append(unreadable(r, str(exc)))
    return items


def unreadable(r: RawRecord, why: str) -> Record:
    """The dead letter for a ``wire.dedupe`` record the stage cannot read (its origin: that record)."""
    origin = RawRef(
        topic=r.topic, partition=r.partition, offset=r.offset, index=0, filename=None, timestampMs=r.timestamp_ms
    )
    message = f"{r.topic} record unreadable by the dedupe stage: {why}"
    return deadletter_record(reasons.INTERNAL_ERROR, message, origin, _headers(r.headers), None, None, r.value or b"")


def fill_wait(take: AdaptiveMax, s: Settings) -> AdaptiveWithin | float:
    """The ``within`` of an agent's take: ``s.batch_within`` while records come, long while idle
    (``streams.worker.pacing.AdaptiveWithin``); ``0`` (no fill wait) stays ``0``."""
    return AdaptiveWithin(take, s.batch_within) if s.batch_within > 0 else s.batch_within


async def ingest(stream: Any, ctx: Context) -> None:
    """The ``ingest`` agent (``wire.raw``)."""
    take = ctx.raw_take
    assert take is not None
    trace = ctx.raw_trace
    async for events in stream.take_events(take, within=fill_wait(take, ctx.settings)):
        try:
            trace.taken(events, take.value)
            take.observe(len(events))
            if not await ctx.raw_guard.settled():  # revocation or shutdown: take nothing new
                ctx.raw_guard.defer(len(events))
                continue
            async with ctx.raw_guard.lock:
                await ingest_batch([RawRecord.from_faust(e.message) for e in events], ctx)
            trace.done()
        except Exception as exc:
            fatal(exc)


async def dedupe(stream: Any, ctx: Context) -> None:
    """The ``dedupe`` agent (``wire.dedupe``, one partition): waits until the output topics exist."""
    await ctx.outputs_ready.wait()
    take = ctx.stage_take
    assert take is not None
    trace = ctx.stage_trace
    async for events in stream.take_events(take, within=fill_wait(take, ctx.settings)):
        try:
            trace.taken(events, take.value)
            take.observe(len(events))
            if not await ctx.stage_guard.settled():
                ctx.stage_guard.defer(len(events))
                continue
            async with ctx.stage_guard.lock:
                recs = await ctx.stage_guard.admit([RawRecord.from_faust(e.message) for e in events])
                if recs and ctx.stage.scan_outputs:  # first batch since the assignment: what is out already
                    since = min(r.timestamp_ms or 0 for r in recs) - OUTPUT_SCAN_MARGIN_MS
                    topics = [*ctx.settings.primary_topics(), ctx.settings.topic_kills, *ctx.stage.routed_topics()]
                    for origin, where in (await published_origins(ctx.settings, topics, since)).items():
                        ctx.stage.recent.setdefault(origin, set()).update(where)
                    ctx.stage.scan_outputs = False
                if recs:
                    await ctx.stage.run_batch(stage_items(recs), ctx.dedupe_sender, events[-1])
                ctx.stage_guard.confirm()
            if trace.on:
                timing = getattr(ctx.dedupe_sender, "last", {})
                trace.done(**timing)
        except Exception as exc:
            fatal(exc)


async def declare_output_topics(w: Wiring, ctx: Context) -> None:
    """Create every output topic up front (routed ones too): a send to a missing topic stalls."""
    s = w.settings
    names = {*s.primary_topics(), s.topic_kills, *(rule.topic for rule in ctx.stage.rules.rules)}
    for name in sorted(names):
        for attempt in range(60):
            try:
                await w.topic(name).maybe_declare()
                break
            except KafkaError as exc:  # e.g. a broker that has just restarted is still fenced for a moment
                if attempt == 59:
                    raise
                log.warning("cannot create topic %s yet (%s); retrying", name, exc)
                await asyncio.sleep(1.0)
    ctx.outputs_ready.set()


def build_context(
    w: Wiring, *, sender: Sender | None = None, state: MutableDedupeState | None = None, metrics: Metrics | None = None
) -> Context:
    """The agents' context for ``w``; tests pass an in-memory ``sender`` (both agents) and ``state``."""
    s = w.settings
    if metrics is None:
        metrics = Metrics.create(deadletter_reasons=reasons.ALL, primary_topics=(s.topic_articles, s.topic_events))
    t0 = time.perf_counter()
    resources = load_resources(s.cache_dir)
    metrics.set_enrichment_load(time.perf_counter() - t0)
    stage = DedupeStage.for_settings(s, w.tables, metrics, state)
    guards = (StageGuard(w, s.topic_raw), StageGuard(w, s.topic_dedupe))
    return Context(s, metrics, resources, stage, *guards, sender or KafkaSender(w), sender or KafkaSender(w))


def register(w: Wiring, ctx: Context | None = None) -> Context:
    """Attach the agents, timers and metrics to the app in ``w``; returns their context."""
    ctx = ctx or build_context(w)
    s, app = w.settings, w.app
    install_fetch_trace()  # only with WIREFEED_TRACE_BATCHES (a diagnostic)
    ctx.metrics.track_core_cpu(lambda: ctx.core_cpu_s)  # read at each scrape: the core's share of the CPU
    try:
        attach_faust_sensors(app, ctx.metrics)
    except Exception as exc:  # Faust's sensor is a nice-to-have; our own metrics do not depend on it
        log.warning("faust prometheus sensors not attached: %s", exc)
    app.agent(w.raw, name="ingest")(functools.partial(ingest, ctx=ctx))
    app.agent(w.dedupe, name="dedupe")(functools.partial(dedupe, ctx=ctx))

    async def lag_sampler() -> None:
        sample_lag(ctx.metrics, app.monitor, topics=[s.topic_raw, s.topic_dedupe])
        ctx.stage.report_state_size()

    async def metrics_server() -> None:
        if s.metrics_port:  # the port streams.worker.runner chose; the URL is in its start-up line
            serve(ctx.metrics, host=s.metrics_host, port=s.metrics_port)

    async def guard_commits() -> None:
        install_commit_guard(app, [ctx.raw_guard, ctx.stage_guard])

    async def revoked(sender: Any, revoked: set[Any], **_: Any) -> None:
        for guard in (ctx.raw_guard, ctx.stage_guard):
            guard.revoked(revoked)
        if any(tp.topic == s.topic_dedupe for tp in revoked):
            ctx.stage.near_built = False  # rebuilt from the recovered table when it comes back

    async def assigned(sender: Any, assigned: set[Any], **_: Any) -> None:
        for guard in (ctx.raw_guard, ctx.stage_guard):
            guard.assigned(assigned)
        if any(tp.topic == s.topic_dedupe for tp in assigned):
            ctx.stage.near_built = False
            ctx.stage.scan_outputs = True

    async def guard_counts(sender: Any, **_: Any) -> None:
        for name, guard in (("ingest", ctx.raw_guard), ("dedupe", ctx.stage_guard)):
            log.info("stage guard %s: %s", name, ", ".join(f"{k} {v}" for k, v in guard.counts.items()))
        log.info(
            "dedupe stage: %d re-read origin(s) not published again, %d old-format record(s)",
            ctx.stage.replays,
            ctx.stage.old_format,
        )

    async def raw_tails() -> None:
        """Records at the end of an idle raw partition the stream never delivered (else held for hours)."""
        try:
            n = await ctx.raw_guard.idle_tails(functools.partial(ingest_tail, ctx=ctx))
        except Exception as exc:  # a probe that fails is retried on the next tick; nothing was committed
            log.warning("idle tail check failed: %r", exc)
            return
        if n:
            log.warning("processed %d record(s) at the tail of idle raw partitions", n)

    app.on_partitions_revoked.connect(revoked)  # type: ignore[arg-type]
    app.on_partitions_assigned.connect(assigned)  # type: ignore[arg-type]
    app.on_before_shutdown.connect(guard_counts)  # type: ignore[arg-type]
    app.task(guard_commits)
    app.timer(interval=5.0)(raw_tails)
    app.timer(interval=10.0)(lag_sampler)
    app.task(functools.partial(declare_output_topics, w, ctx))
    app.task(metrics_server)
    return ctx
