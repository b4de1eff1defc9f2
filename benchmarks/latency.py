"""End-to-end latency at a fixed offered rate: raw record broker timestamp → output broker timestamp.

Why a fixed schedule (item i is sent at t0 + i/rate, not "as fast as acks allow"): a closed loop
slows down when the worker does and hides queueing; an open loop shows it. Outputs are joined to
their raw item by the ``raw-partition``/``raw-offset`` headers the worker writes on every output.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from typing import Any

from benchmarks import cluster
from benchmarks.core import pct
from benchmarks.items import Item


async def offer(bootstrap: str, topic: str, items: Sequence[Item], rate: float, partitions: int) -> list[cluster.Sent]:
    """Send ``items`` at ``rate`` per second (open loop); returns where/when the broker stored each."""
    prod = cluster.producer(bootstrap)
    await prod.start()
    futs = []
    try:
        t0 = time.perf_counter()
        for i, item in enumerate(items):
            delay = t0 + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            futs.append(await prod.send(topic, item.payload, headers=item.kafka_headers(), partition=i % partitions))
        mds = await asyncio.gather(*futs)
    finally:
        await prod.stop()
    return [cluster.Sent(md.partition, md.offset, md.timestamp) for md in mds]


async def measure(
    bootstrap: str,
    topic: str,
    topics: cluster.Topics,
    items: Sequence[Item],
    rate: float,
    partitions: int,
    drain_s: float,
) -> dict[str, Any]:
    """Offer ``items`` at ``rate``/s, wait (up to ``drain_s`` after the last send) for all outputs."""
    t0 = time.perf_counter()
    sent = await offer(bootstrap, topic, items, rate, partitions)
    offered_s = time.perf_counter() - t0
    want = {(s.partition, s.offset) for s in sent}
    got = await cluster.collect(bootstrap, topics.outputs, want, drain_s, idle_timeout=drain_s)
    lat = [got.first_out[(s.partition, s.offset)] - s.ts_ms for s in sent if (s.partition, s.offset) in got.first_out]
    split = await _split_by_stage(bootstrap, topics, sent, got)
    achieved = len(sent) / ((max(s.ts_ms for s in sent) - min(s.ts_ms for s in sent)) / 1000.0 or 1.0)
    return {
        "rate": rate,
        "offered": len(sent),
        "offered_rate": achieved,
        "offered_s": offered_s,
        "done": len(lat),
        "missing": len(sent) - len(lat),
        "p50_ms": pct(lat, 50),
        "p95_ms": pct(lat, 95),
        "p99_ms": pct(lat, 99),
        "max_ms": max(lat, default=float("nan")),
        **split,
    }


def stage_split(
    sent: Sequence[cluster.Sent], at_dedupe: Mapping[tuple[int, int], int], at_out: Mapping[tuple[int, int], int]
) -> dict[str, float]:
    """Each item's latency cut at the internal hop: raw → on ``wire.dedupe`` (ingest's queue + work + send)
    and on ``wire.dedupe`` → first output (the dedupe stage's queue + work + send); p50/p99 of each, ms."""
    ingest, dedupe = [], []
    for s in sent:
        key = (s.partition, s.offset)
        if key in at_dedupe:
            ingest.append(at_dedupe[key] - s.ts_ms)
            if key in at_out:
                dedupe.append(at_out[key] - at_dedupe[key])
    return {
        "ingest_p50_ms": pct(ingest, 50),
        "ingest_p99_ms": pct(ingest, 99),
        "dedupe_p50_ms": pct(dedupe, 50),
        "dedupe_p99_ms": pct(dedupe, 99),
    }


async def _split_by_stage(
    bootstrap: str, topics: cluster.Topics, sent: Sequence[cluster.Sent], got: cluster.Collected
) -> dict[str, Any]:
    """:func:`stage_split` from the hop topic's timestamps (the worker's clock: same host); never raises."""
    try:
        want = {(s.partition, s.offset) for s in sent}
        hop = await cluster.collect(bootstrap, [topics.dedupe], want, 60.0, idle_timeout=15.0)
        return dict(stage_split(sent, hop.first_out, got.first_out))
    except Exception as exc:  # a diagnostic: the latency figures above stand without it
        return {"split_error": f"{type(exc).__name__}: {exc}"}
