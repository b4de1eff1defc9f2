"""The ``ingest`` agent: ``wire.raw`` → core pipeline (parse, normalise, enrich, hash, MinHash) → ``wire.dedupe``.

Each raw record becomes slim envelopes (``streams.core.envelope``) for the dedupe stage, or a dead letter that
goes through that stage too. The core work runs in slices of 10-40 ms of CPU (``streams.worker.pacing``), each
cut into ``process_batch`` calls by ``streams.worker.batching``, with a turn of the loop after each slice (or,
with ``WIREFEED_CORE_THREAD=1``, on a thread of its own), so fetches, sends, acknowledgements, heart-beats and
the dedupe agent keep running while a batch is processed. :func:`ingest_step` is the one-record reference the
tests compare the slices against.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from typing import Any

from streams.core import envelope
from streams.core.model import Origin, RawItem, RawRef, error_of, provenance_of, raw_ref
from streams.core.pipeline import Outcome, process, process_batch
from streams.settings import Settings
from streams.worker.batching import batch_end, is_large
from streams.worker.context import Context, run_takes
from streams.worker.dedupe_stage import DedupeStage
from streams.worker.gaps import RawRecord
from streams.worker.sender import OutRecord, origin_headers

log = logging.getLogger("streams.worker.agents")  # one logger for the agents: operators and the runner filter on it


def header_dict(raw: Any) -> dict[str, str]:
    """Kafka headers (list of (str, bytes) or dict) → lower-case str dict."""
    items = raw.items() if isinstance(raw, dict) else (raw or ())
    out = {}
    for k, v in items:
        if isinstance(v, bytes):
            v = v.decode("utf-8", "replace")
        out[str(k).lower()] = "" if v is None else str(v)
    return out


def raw_item(rec: RawRecord) -> RawItem:
    """A ``wire.raw`` record as the core's input."""
    headers = header_dict(rec.headers)
    origin = Origin(rec.topic, rec.partition, rec.offset, rec.timestamp_ms, headers.get("filename"))
    return RawItem(rec.value or b"", headers, origin)


def ingest_step(
    rec: RawRecord, ctx: Context, received: Counter[tuple[str | None, str | None]] | None = None
) -> list[OutRecord]:
    """One raw record → its outputs: articles for the dedupe topic, dead letters. Never raises. With
    ``received`` the item is counted there (format, source) for the caller to add to the metrics in bulk."""
    raw = raw_item(rec)
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
        raws = [raw_item(rec) for rec in records[i:end]]
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


async def ingest(stream: Any, ctx: Context) -> None:
    """The ``ingest`` agent (``wire.raw``)."""

    async def handle(records: list[RawRecord], _last: Any) -> dict[str, float]:
        await ingest_batch(records, ctx)
        return {}

    await run_takes(stream, ctx, ctx.raw_take, ctx.raw_guard, ctx.raw_trace, handle)
