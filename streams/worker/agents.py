"""The worker's front door: :func:`register` attaches the two agents, their timers, the rebalance handlers and
the metrics to the Faust app.

``ingest``  wire.raw → core pipeline → wire.dedupe (``streams.worker.ingest_agent``)
``dedupe``  wire.dedupe → the dedupe stage → wire.articles (+ routes) / wire.events / wire.duplicates /
            wire.kills / wire.deadletter (``streams.worker.dedupe_agent``)

Both share a :class:`~streams.worker.context.Context`; ``WIREFEED_TRACE_BATCHES`` writes per-batch timings
(``streams.worker.trace``). The names the agents' modules define are re-exported here (tests, benchmarks and
the runner import them from this module).

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
from typing import Any

from aiokafka.errors import KafkaError

from streams.core.pipeline import process_batch
from streams.worker.app import Wiring
from streams.worker.batching import BATCH_MAX, FIRST_ITEM_S, LARGE_BYTES, SliceSizer, batch_end, is_large
from streams.worker.context import CatchUp, Context, build_context, fatal, keep_up
from streams.worker.dedupe_agent import OUTPUT_SCAN_MARGIN_MS, dedupe, dedupe_batch, stage_items, unreadable
from streams.worker.gaps import install_commit_guard
from streams.worker.ingest_agent import (
    dedupe_out,
    ingest,
    ingest_batch,
    ingest_outputs,
    ingest_records,
    ingest_slice,
    ingest_step,
    ingest_tail,
)
from streams.worker.metrics import attach_faust_sensors, sample_lag, serve
from streams.worker.pacing import fill_wait
from streams.worker.trace import install_fetch_trace

__all__ = [
    "BATCH_MAX",
    "FIRST_ITEM_S",
    "LARGE_BYTES",
    "OUTPUT_SCAN_MARGIN_MS",
    "Context",
    "SliceSizer",
    "batch_end",
    "build_context",
    "declare_output_topics",
    "dedupe",
    "dedupe_out",
    "fatal",
    "fill_wait",
    "ingest",
    "ingest_batch",
    "ingest_outputs",
    "ingest_records",
    "ingest_slice",
    "ingest_step",
    "ingest_tail",
    "is_large",
    "process_batch",
    "register",
    "stage_items",
    "unreadable",
]

log = logging.getLogger("streams.worker.agents")

CHANGELOG_BUFFER_MAX = 1_000_000
"""Faust's ``ProducerBuffer.max_messages`` in the worker (Faust's default: 100). Why: Faust's conductor awaits
``wait_until_ebb`` before handing over *every* consumed record, and while the buffer holds more than that it
flushes up to that many messages there (a ``wait_for`` with a 0.1 s timeout per message, a warning and an info
line each time): a dedupe batch of ~40+ articles queues three table writes each, so the next records of both
topics waited behind the stage's changelog records (0.15-0.5 s, ~70 times in a 3,000-item drain) and paid
that loop per record. The ebb is Faust's brake for agents that write tables per event and never drain; the only
table writer here is the dedupe stage, which drains the buffer and awaits every write's acknowledgement before
its batch ends (``KafkaSender.flush``), so the buffer holds at most one batch's writes (or an hourly sweep's)
and the brake only delayed deliveries. The limit stays finite as a last resort against a writer that does
not drain."""


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


def register(w: Wiring, ctx: Context | None = None) -> Context:
    """Attach the agents, timers and metrics to the app in ``w``; returns their context."""
    ctx = ctx or build_context(w)
    s, app = w.settings, w.app
    install_fetch_trace(s.trace_batches)  # only with WIREFEED_TRACE_BATCHES (a diagnostic)
    ctx.metrics.track_core_cpu(lambda: ctx.core_cpu_s)  # read at each scrape: the core's share of the CPU
    app.producer.buffer.max_messages = CHANGELOG_BUFFER_MAX  # no per-record ebb wait behind the stage's writes
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
    # what Faust drops at the end of each recovery, and wire.dedupe's idle tail (docs/reliability.md, Session 15)
    raw_stage = CatchUp(ctx.raw_guard, functools.partial(ingest_batch, ctx=ctx))
    dedupe_stage = CatchUp(
        ctx.stage_guard, functools.partial(dedupe_batch, last_event=None, ctx=ctx), ctx.outputs_ready.is_set, idle=True
    )
    app.task(functools.partial(keep_up, [raw_stage, dedupe_stage]))
    app.timer(interval=5.0)(raw_tails)
    app.timer(interval=10.0)(lag_sampler)
    app.task(functools.partial(declare_output_topics, w, ctx))
    app.task(metrics_server)
    return ctx
