"""Cost growth: the dedupe decision against a large state, and the worker with big items.

Dedupe reuses ``scripts/bench_dedupe.py`` (same synthetic state and workload) with a smaller
near-indexed slice so the harness stays within its time budget. The worker part pushes items of
1 KB ... 1 MB to a warmed worker and reads its RSS, then checks whether one big item stalls the
small items sent right after it (head-of-line blocking in the ingest batch).
"""

from __future__ import annotations

import asyncio
import gc
import importlib.util
import time
from collections.abc import Sequence
from typing import Any

from benchmarks import cluster
from benchmarks.core import pct
from benchmarks.items import Item, sized_item
from benchmarks.latency import offer
from streams.settings import REPO_ROOT


def _bench_dedupe() -> Any:
    path = REPO_ROOT / "scripts" / "bench_dedupe.py"
    spec = importlib.util.spec_from_file_location("bench_dedupe", path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dedupe_growth(sizes: Sequence[int], near: int = 1000, rounds: int = 300) -> list[dict[str, Any]]:
    """µs per ``decide()`` (new / exact duplicate / update) and RSS growth of a filled MemoryState."""
    bd = _bench_dedupe()
    from streams.core.dedupe import DedupeConfig, apply, decide, updates

    config = DedupeConfig()
    rows = []
    for n in sizes:
        work = bd.workload(n, rounds)
        gc.collect()
        base = bd.rss_mb()
        t0 = time.perf_counter()
        state = bd.fill_memory(n, min(n, near))
        fill = time.perf_counter() - t0
        grown = bd.rss_mb() - base
        row: dict[str, Any] = {
            "hashes": n,
            "near_indexed": min(n, near),
            "fill_s": fill,
            "rss_growth_mb": grown,
        }
        row.update({f"{k.replace(' ', '_')}_us": bd.timed(state, v, config) for k, v in work.items()})
        d = decide(work["new"][0], state, bd.NOW, config)
        t0 = time.perf_counter()
        for _ in range(200):
            apply(updates(d), state, config)
        row["apply_us"] = (time.perf_counter() - t0) / 200 * 1e6
        rows.append(row)
        del state
        gc.collect()
    return rows


async def worker_sizes(
    bootstrap: str,
    topic: str,
    worker: cluster.Worker,
    topics: cluster.Topics,
    plan: Sequence[tuple[int, int]],
    partitions: int,
    timeout: float,
) -> list[dict[str, Any]]:
    """Per (size, count): items/s and MB/s through the warmed worker, and its RSS afterwards."""
    rows = []
    stat = worker.stat
    for size, count in plan:
        items = [sized_item(size, seed=1000 + i) for i in range(count)]
        cpu0 = stat.cpu_s()
        sent = await cluster.preload(bootstrap, topic, items, partitions)
        got = await cluster.collect(bootstrap, topics.outputs, {(s.partition, s.offset) for s in sent}, timeout)
        first_raw = min(s.ts_ms for s in sent)
        span = (max(got.first_out.values(), default=first_raw) - first_raw) / 1000.0
        mem = stat.mem_mb()
        rows.append(
            {
                "size": size,
                "count": count,
                "done": len(got.first_out),
                "per_s": len(got.first_out) / span if span > 0 else float("nan"),
                "mb_per_s": len(got.first_out) * size / 2**20 / span if span > 0 else float("nan"),
                "cpu_s": stat.cpu_s() - cpu0,
                "rss_mb": mem.get("VmRSS", 0.0),
                "hwm_mb": mem.get("VmHWM", 0.0),
            }
        )
    return rows


async def stall(
    bootstrap: str,
    topic: str,
    topics: cluster.Topics,
    big: int,
    small: Sequence[Item],
    rate: float,
    partitions: int,
    timeout: float,
) -> dict[str, Any]:
    """One ``big``-byte item, then small items at ``rate``/s: their latency vs the big item's."""
    big_sent = await cluster.preload(bootstrap, topic, [sized_item(big, seed=7)], partitions)
    sent = await offer(bootstrap, topic, small, rate, partitions)
    want = {(s.partition, s.offset) for s in [*big_sent, *sent]}
    got = await cluster.collect(bootstrap, topics.outputs, want, timeout)
    lat = [got.first_out[(s.partition, s.offset)] - s.ts_ms for s in sent if (s.partition, s.offset) in got.first_out]
    b = big_sent[0]
    big_ms = (
        got.first_out.get((b.partition, b.offset), -1) - b.ts_ms
        if (b.partition, b.offset) in got.first_out
        else float("nan")
    )
    return {
        "big_bytes": big,
        "big_latency_ms": big_ms,
        "small": len(sent),
        "small_done": len(lat),
        "small_p50_ms": pct(lat, 50),
        "small_p99_ms": pct(lat, 99),
        "small_max_ms": max(lat, default=float("nan")),
    }


def run_async(coro: Any) -> Any:
    return asyncio.run(coro)
