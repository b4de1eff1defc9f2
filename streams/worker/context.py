"""What the two agents share: their :class:`Context` (resources, senders, stage, guards, pacing), their take
loop (:func:`run_takes`) and the exit an agent takes on an error it cannot turn into an output (:func:`fatal`).

:func:`build_context` builds the context for a running worker (``streams.worker.agents.register``); unit tests
build theirs with a :class:`~streams.worker.sender.MemorySender` and in-memory dedupe state.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from streams.core import reasons
from streams.core.dedupe import MutableDedupeState
from streams.core.enrich import Resources, load_resources
from streams.core.pipeline import Limits
from streams.settings import Settings, core_limits
from streams.worker.app import Wiring
from streams.worker.batching import SliceSizer
from streams.worker.dedupe_stage import DedupeStage
from streams.worker.gaps import IDLE_TAIL_S, RawRecord, StageGuard
from streams.worker.metrics import Metrics
from streams.worker.pacing import AdaptiveMax, CoreRunner, fill_wait
from streams.worker.sender import KafkaSender, Sender
from streams.worker.trace import BatchTrace

log = logging.getLogger("streams.worker.agents")  # one logger for the agents: operators and the runner filter on it


def fatal(exc: BaseException) -> None:
    """An error we cannot turn into an output: exit *without* committing, so the batch is re-read.

    Raising instead would let Faust ack the events (and commit past them): a silent loss.
    """
    log.critical("unrecoverable error in an agent, exiting without commit: %r", exc, exc_info=exc)
    logging.shutdown()
    os._exit(70)


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
    raw_trace: BatchTrace = field(init=False)  # per-batch timings (settings.trace_batches, WIREFEED_TRACE_BATCHES)
    stage_trace: BatchTrace = field(init=False)
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
        self.raw_trace = BatchTrace.for_path("ingest", self.settings.trace_batches)
        self.stage_trace = BatchTrace.for_path("dedupe", self.settings.trace_batches)

    @functools.cached_property
    def limits(self) -> Limits:
        """The core's per-item limits, built once (it was per item: ~0.3 % of the worker's samples)."""
        return core_limits(self.settings)

    def close(self) -> None:
        """Release what the context started (the core thread, if any): called when the worker stops."""
        if self.core is not None:
            self.core.shutdown()


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


BatchHandler = Callable[[list[RawRecord], Any], Awaitable[dict[str, float]]]


async def run_takes(
    stream: Any, ctx: Context, take: AdaptiveMax | None, guard: StageGuard, trace: BatchTrace, handle: BatchHandler
) -> None:
    """The take loop of both agents: each take of ``stream`` is handed to ``handle(records, last event)`` under
    ``guard``'s lock, or deferred while a revocation or shutdown settles. ``handle`` returns named durations for
    the batch trace. Never raises: an error ends the worker without commit (:func:`fatal`)."""
    assert take is not None
    async for events in stream.take_events(take, within=fill_wait(take, ctx.settings)):
        try:
            trace.taken(events, take.value)
            take.observe(len(events))
            records = [RawRecord.from_faust(e.message) for e in events]
            guard.taken(records)
            if not await guard.settled():  # revocation or shutdown: take nothing new
                guard.defer(len(events))
                continue
            async with guard.lock:
                timing = await handle(records, events[-1])
            trace.done(**timing)
        except Exception as exc:
            fatal(exc)


CATCH_UP_POLL_S = 0.1  # how often the catch-up looks whether a recovery ended
IDLE_CHECK_S = 5.0  # how often it looks for idle partitions (the stages that ask for it)
CATCH_UP_RETRY_S = 1.0  # pause after a fetch that failed (a broker away: one line a second, not ten)


@dataclass(frozen=True)
class CatchUp:
    """A stage for :func:`keep_up`: its guard, its batch handler, whether it may run now (the dedupe stage
    waits for its output topics) and whether its idle partitions are caught up too (``wire.raw`` has its
    own timer, ``StageGuard.idle_tails``)."""

    guard: StageGuard
    handle: Callable[[list[RawRecord]], Awaitable[object]]
    ready: Callable[[], bool] = lambda: True
    idle: bool = False


async def keep_up(stages: list[CatchUp]) -> None:
    """Catch each stage up once the recovery after an assignment is over (``StageGuard.catch_up``: Faust drops
    what it fetched during its seek), and on stages with ``idle``, every :data:`IDLE_CHECK_S`, the partitions
    the stream delivered nothing of for ``IDLE_TAIL_S``. Runs until cancelled; a fetch that fails is retried."""
    next_idle = time.monotonic() + IDLE_CHECK_S
    while True:
        await asyncio.sleep(CATCH_UP_POLL_S)
        now = time.monotonic()
        idle_tick = now >= next_idle
        if idle_tick:
            next_idle = now + IDLE_CHECK_S
        for stage in stages:
            guard = stage.guard
            if not stage.ready():
                continue
            since = guard.catch_up_due(now)
            try:
                if since is not None:
                    n = await guard.catch_up(functools.partial(_or_fatal, stage.handle), since)
                    if guard.recovery == since:  # (a new assignment meanwhile: due again)
                        guard.recovery = None
                    if n:
                        log.warning("caught up %d record(s) of %s after the recovery", n, guard.topic)
                if idle_tick and stage.idle:
                    n = await guard.catch_up(functools.partial(_or_fatal, stage.handle), now - IDLE_TAIL_S)
                    if n:
                        log.warning("processed %d record(s) at the tail of idle %s partitions", n, guard.topic)
            except Exception as exc:  # a fetch that failed: nothing handed over is lost, retried next time
                log.warning("catch-up of %s failed: %r", guard.topic, exc)
                await asyncio.sleep(CATCH_UP_RETRY_S)


async def _or_fatal(handle: Callable[[list[RawRecord]], Awaitable[object]], records: list[RawRecord]) -> None:
    try:
        await handle(records)
    except Exception as exc:  # as in run_takes: an error we cannot turn into an output
        fatal(exc)
