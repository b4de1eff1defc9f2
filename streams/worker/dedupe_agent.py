"""The ``dedupe`` agent: ``wire.dedupe`` → :meth:`DedupeStage.run_batch` → the output topics.

The stage (``streams.worker.dedupe_stage``) runs the core's batch planner on the envelopes ingest wrote and
publishes the article bytes as ingest wrote them: wire.articles (+ routes) / wire.events / wire.duplicates /
wire.kills / wire.deadletter. This module reads the agent's input (:func:`stage_items`: a record it cannot read
becomes a dead letter, never an exception) and, after each new assignment, what the outputs already hold.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from streams.core import envelope, reasons
from streams.core.model import RawRef, Record
from streams.core.pipeline import deadletter_record
from streams.worker.context import Context, run_takes
from streams.worker.gaps import RawRecord, published_origins
from streams.worker.ingest_agent import header_dict

log = logging.getLogger("streams.worker.agents")  # one logger for the agents: operators and the runner filter on it
OUTPUT_SCAN_MARGIN_MS = 5_000  # clock slack when reading back the outputs published since a record


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
    return deadletter_record(
        reasons.INTERNAL_ERROR, message, origin, header_dict(r.headers), None, None, r.value or b""
    )


async def dedupe(stream: Any, ctx: Context) -> None:
    """The ``dedupe`` agent (``wire.dedupe``, one partition): waits until the output topics exist."""
    await ctx.outputs_ready.wait()
    handle = functools.partial(dedupe_batch, ctx=ctx)
    await run_takes(stream, ctx, ctx.stage_take, ctx.stage_guard, ctx.stage_trace, handle)


async def dedupe_batch(records: list[RawRecord], last_event: Any, ctx: Context) -> dict[str, float]:
    """A take of ``wire.dedupe`` (and any records the stream skipped, without re-deliveries) → the stage's
    outputs, acknowledged; then the guard may commit them. Returns the sender's timings for the trace."""
    recs = await ctx.stage_guard.admit(records)
    if recs and ctx.stage.scan_outputs:  # first batch since the assignment: what is out already
        since = min(r.timestamp_ms or 0 for r in recs) - OUTPUT_SCAN_MARGIN_MS
        topics = [*ctx.settings.primary_topics(), ctx.settings.topic_kills, *ctx.stage.routed_topics()]
        for origin, where in (await published_origins(ctx.settings, topics, since)).items():
            ctx.stage.recent.setdefault(origin, set()).update(where)
        ctx.stage.scan_outputs = False
    if recs:
        await ctx.stage.run_batch(stage_items(recs), ctx.dedupe_sender, last_event)
    ctx.stage_guard.confirm()
    timing: dict[str, float] = getattr(ctx.dedupe_sender, "last", {})
    return timing
