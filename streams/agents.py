"""The Faust agents: thin wiring around the pure core.

``ingest``  wire.raw → core pipeline (parse, normalise, enrich, hash) → wire.dedupe / wire.deadletter
``dedupe``  wire.dedupe → dedupe decision (pure) → wire.articles (+ routes) / wire.duplicates

No-loss rules (see README "Delivery guarantee"):
* every event is handled inside a per-item ``try``: an agent never raises, because Faust acks and
  skips an event whose agent raised;
* every output send is awaited until the broker acknowledged it before the batch ends, and Faust
  commits an offset only after the batch that contains it ended: a crash re-reads, never skips;
* dedupe state is written only after the article it admits was acknowledged, so a crash between
  the two can cause a second copy, never a lost story;
* a send that keeps failing (broker down) is retried with back-off, holding the batch, instead of
  being dropped;
* each stage reads through a ``streams.gaps.StageGuard``: re-deliveries are dropped, a record the stream
  skipped is fetched and processed, nothing is processed while a rebalance or table recovery is
  finishing, and the offset committed is the one whose outputs were confirmed (never Faust's guess);
* dead letters pass through the dedupe stage too, which publishes each raw origin once (its
  ``origins`` table), so a re-read after a crash doubles nothing.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable
from typing import Any

import orjson
from aiokafka.errors import KafkaError
from faust.exceptions import ProducerSendError

from streams.app import Wiring
from streams.core import reasons
from streams.core.enrich import load_resources
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Limits, process
from streams.dedupe_stage import DedupeStage
from streams.gaps import RawRecord, StageGuard, install_commit_guard, published_origins
from streams.metrics import Metrics, attach_faust_sensors, sample_lag, serve

log = logging.getLogger("streams.agents")

RETRY_BACKOFF_S = (0.2, 0.5, 1.0, 2.0, 5.0)
OUTPUT_SCAN_MARGIN_MS = 5_000   # clock slack when reading back the outputs published since a record


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


def origin_headers(origin: dict[str, Any]) -> list[tuple[str, bytes]]:
    """Every output carries its raw origin as headers too (used by ``wirefeed audit``)."""
    return [
        ("raw-topic", str(origin.get("topic") or "").encode()),
        ("raw-partition", str(origin.get("partition")).encode()),
        ("raw-offset", str(origin.get("offset")).encode()),
        ("raw-index", str(origin.get("index", 0)).encode()),
    ]


class Sender:
    """Sends that are acknowledged before a batch ends, retried while the broker is away."""

    def __init__(self, wiring: Wiring) -> None:
        self.wiring = wiring
        # hand records straight to the producer (bytes in, future out), skipping Faust's per-send
        # channel machinery
        self.direct = True

    async def send(self, topic: Any, key: bytes | None, value: bytes, headers: list[tuple[str, bytes]]
                   ) -> Awaitable[Any]:
        for attempt in range(10_000):
            try:
                if self.direct:
                    return await self.wiring.app.producer.send(topic.get_topic_name(), key, value, None, None,
                                                               headers)
                return await topic.send(key=key, value=value, headers=headers)
            except (KafkaError, ProducerSendError) as exc:
                delay = RETRY_BACKOFF_S[min(attempt, len(RETRY_BACKOFF_S) - 1)]
                log.warning("send to %s failed (%s); retrying in %.1fs", topic.get_topic_name(), exc, delay)
                await asyncio.sleep(delay)
        raise RuntimeError("unreachable")

    async def confirm(self, pending: list[tuple[Any, Awaitable[Any], bytes | None, bytes, list[Any]]]) -> None:
        """Await every pending send; re-send those whose delivery failed until they succeed."""
        for topic, fut, key, value, headers in pending:
            while True:
                try:
                    await fut
                    break
                except (KafkaError, ProducerSendError) as exc:
                    log.warning("delivery to %s failed (%s); re-sending", topic.get_topic_name(), exc)
                    await asyncio.sleep(0.5)
                    fut = await self.send(topic, key, value, headers)


def register(w: Wiring) -> Metrics:
    """Attach the agents, timers and metrics to the app in ``w``."""
    s = w.settings
    metrics = Metrics.create(deadletter_reasons=reasons.ALL, primary_topics=(s.topic_articles, s.topic_events))
    try:
        attach_faust_sensors(w.app, metrics)
    except Exception as exc:  # Faust's sensor is a nice-to-have; our own metrics do not depend on it
        log.warning("faust prometheus sensors not attached: %s", exc)
    t0 = time.perf_counter()
    resources = load_resources()
    metrics.set_enrichment_load(time.perf_counter() - t0)
    limits = Limits(max_bytes=s.max_bytes)
    sender = Sender(w)
    stage = DedupeStage(w, metrics)

    async def ingest_record(rec: RawRecord, pending: list[Any]) -> None:
        headers = _headers(rec.headers)
        raw = RawItem(rec.value or b"", headers,
                      Origin(rec.topic, rec.partition, rec.offset, rec.timestamp_ms, headers.get("filename")))
        outcomes = process(raw, resources, limits, observe=metrics.observe_stage)   # never raises
        first = outcomes[0]
        if first.kind == "article":
            prov = first.record["ext"]["provenance"]
            metrics.item_received(prov.get("sourceFormat"), headers.get("source") or prov.get("provider"))
        else:
            metrics.item_received(first.record.get("format"), headers.get("source"))
        for o in outcomes:
            out = o.record
            if o.kind == "article":
                topic, key, origin = w.dedupe, stage.key(out), out["ext"]["provenance"]["rawRef"]
            else:   # through the dedupe stage too: it publishes each raw origin once
                topic, key, origin = w.dedupe, None, out["origin"]
                metrics.deadletter(out["error"]["reason"])
            value, hdrs = orjson.dumps(out), origin_headers(origin)
            pending.append((topic, await sender.send(topic, key, value, hdrs), key, value, hdrs))

    stage_outputs = [s.topic_articles, s.topic_events, s.topic_duplicates, s.topic_deadletter]
    raw_guard = StageGuard(w, s.topic_raw)
    stage_guard = StageGuard(w, s.topic_dedupe)

    async def ingest_records(recs: list[RawRecord]) -> None:
        pending: list[Any] = []
        for rec in recs:
            await ingest_record(rec, pending)
        await sender.confirm(pending)

    @w.app.agent(w.raw, name="ingest")
    async def ingest(stream: Any) -> None:
        async for events in stream.take_events(s.batch_size, within=s.batch_within):
            try:
                if not await raw_guard.settled():   # revocation or shutdown: take nothing new
                    raw_guard.defer(len(events))
                    continue
                async with raw_guard.lock:
                    await ingest_records(await raw_guard.admit(RawRecord.from_faust(e.message) for e in events))
                    raw_guard.confirm()
            except Exception as exc:
                fatal(exc)

    outputs_ready = asyncio.Event()

    @w.app.agent(w.dedupe, name="dedupe")
    async def dedupe(stream: Any) -> None:
        await outputs_ready.wait()
        async for events in stream.take_events(s.batch_size, within=s.batch_within):
            try:
                if not await stage_guard.settled():
                    stage_guard.defer(len(events))
                    continue
                async with stage_guard.lock:
                    recs = await stage_guard.admit(RawRecord.from_faust(e.message) for e in events)
                    if recs and stage.scan_outputs:   # first batch since the assignment: what is out already
                        since = min(r.timestamp_ms or 0 for r in recs) - OUTPUT_SCAN_MARGIN_MS
                        stage.recent |= await published_origins(s, stage_outputs, since)
                        stage.scan_outputs = False
                    if recs:
                        await stage.run_batch([orjson.loads(r.value or b"{}") for r in recs], sender, events[-1])
                    stage_guard.confirm()
            except Exception as exc:
                fatal(exc)

    @w.app.task
    async def guard_commits() -> None:
        install_commit_guard(w.app, [raw_guard, stage_guard])

    @w.app.on_partitions_revoked.connect  # type: ignore[misc,arg-type]
    async def _revoked(sender: Any, revoked: set[Any], **_: Any) -> None:
        for guard in (raw_guard, stage_guard):
            guard.revoked(revoked)
        if any(tp.topic == s.topic_dedupe for tp in revoked):
            stage.near_built = False   # rebuilt from the recovered table when it comes back

    @w.app.on_partitions_assigned.connect  # type: ignore[misc,arg-type]
    async def _assigned(sender: Any, assigned: set[Any], **_: Any) -> None:
        for guard in (raw_guard, stage_guard):
            guard.assigned(assigned)
        if any(tp.topic == s.topic_dedupe for tp in assigned):
            stage.near_built = False
            stage.scan_outputs = True

    @w.app.on_before_shutdown.connect  # type: ignore[misc,arg-type]
    async def _guard_counts(sender: Any, **_: Any) -> None:
        for name, guard in (("ingest", raw_guard), ("dedupe", stage_guard)):
            log.info("stage guard %s: %s", name, ", ".join(f"{k} {v}" for k, v in guard.counts.items()))
        log.info("dedupe stage: %d re-read origin(s) not published again", stage.replays)

    @w.app.timer(interval=5.0)
    async def raw_tails() -> None:
        """Records at the end of an idle raw partition the stream never delivered (else held for hours)."""
        try:
            n = await raw_guard.idle_tails(ingest_records)
        except Exception as exc:   # a probe that fails is retried on the next tick; nothing was committed
            log.warning("idle tail check failed: %r", exc)
            return
        if n:
            log.warning("processed %d record(s) at the tail of idle raw partitions", n)

    @w.app.timer(interval=10.0)
    async def lag_sampler() -> None:
        sample_lag(metrics, w.app.monitor, topics=[s.topic_raw, s.topic_dedupe])
        stage.report_state_size()

    @w.app.task
    async def declare_output_topics() -> None:
        """Create every output topic up front (routed ones too): a send to a missing topic stalls."""
        names = {s.topic_articles, s.topic_events, s.topic_duplicates, s.topic_deadletter, s.topic_kills,
                 *(rule.topic for rule in stage.rules.rules)}
        for name in sorted(names):
            for attempt in range(60):
                try:
                    await w.topic(name).maybe_declare()
                    break
                except KafkaError as exc:   # e.g. a broker that has just restarted is still fenced for a moment
                    if attempt == 59:
                        raise
                    log.warning("cannot create topic %s yet (%s); retrying", name, exc)
                    await asyncio.sleep(1.0)
        outputs_ready.set()

    @w.app.task
    async def metrics_server() -> None:
        if s.metrics_port:   # the port streams.worker chose; the URL is in its start-up line
            serve(metrics, host=s.metrics_host, port=s.metrics_port)

    return metrics
