"""The dedupe stage's ceiling alone: decisions per second of the planner against a million stored hashes.

Why: ``wire.dedupe`` has one partition (the stage needs a global view), so however many ingest workers
run, the whole system cannot publish faster than one dedupe stage decides. This measures that limit
without a broker: :func:`streams.core.plan.plan_batch` over batches of articles against an in-memory
state (``MemoryState``) pre-filled with ``n`` content hashes and uris (the synthetic state and
articles of ``scripts/bench_dedupe.py``), then :func:`streams.core.dedupe.apply` of the batch's writes,
as the stage does after the broker's acknowledgement. The mix per batch: new articles, exact
duplicates of stored ones and updates (version 2) of stored uris.

Reported: ``per_s`` (plan + apply, wall clock, single thread), ``cpu_per_s`` (the same on process CPU
time: robust on a shared machine), ``codec_per_s`` which adds what the worker's stage did around the planner
before issue #17 (orjson decode of whole article bytes, encode of every send) and ``envelope_per_s`` /
``envelope_cpu_per_s``: what it does now (``streams.core.envelope``: decode the slim envelope, plan on the view
with the signature computed upstream, splice ``ext.dedupe`` into the article bytes of each published send).
"""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Sequence
from typing import Any

import orjson
import xxhash

from benchmarks.growth import _bench_dedupe
from streams.core import envelope
from streams.core.dedupe import DedupeConfig, apply
from streams.core.plan import plan_batch


def _mix(bd: Any, n: int, count: int, offset: int) -> list[dict[str, Any]]:
    """``count`` articles: 70 % new (uris from ``offset``), 15 % exact duplicates of stored articles under
    new uris, 15 % updates (version 2) of stored uris; shuffled. Distinct offsets give disjoint mixes."""
    rnd = random.Random(offset)
    k = max(1, count * 15 // 100)
    known = rnd.sample(range(n), 2 * k)
    dups = []
    for j, i in enumerate(known[:k]):  # same content as stored article i under a new uri
        a = bd.article(n + offset + count + j)
        a["ext"]["contentHash"] = f"xxh3-128:{xxhash.xxh3_128_hexdigest(i.to_bytes(8, 'little'))}"
        dups.append(a)
    updates = [bd.article(i, version="2") for i in known[k:]]
    new = [bd.article(n + offset + j) for j in range(count - 2 * k)]
    out = new + dups + updates
    rnd.shuffle(out)
    return out


def _run(state: Any, batches: Sequence[Sequence[Any]], config: DedupeConfig, codec: bool) -> tuple[float, float]:
    """(wall s, CPU s) to plan and apply every batch; with ``codec`` the items are bytes, decoded first,
    and every send is encoded."""
    t0, c0 = time.perf_counter(), time.process_time()
    for batch in batches:
        articles = [orjson.loads(b) for b in batch] if codec else batch
        plan = plan_batch(articles, state, bd_now(), config)
        if codec:
            for send in plan.sends:
                orjson.dumps(send.record)
        apply(plan.writes, state, config)
    return time.perf_counter() - t0, time.process_time() - c0


def _run_envelopes(state: Any, batches: Sequence[Sequence[bytes]], config: DedupeConfig) -> tuple[float, float]:
    """(wall s, CPU s) of the stage's path on ``wire.dedupe`` envelopes (see the module docstring)."""
    t0, c0 = time.perf_counter(), time.process_time()
    for batch in batches:
        items = [envelope.decode(b) for b in batch]
        slims = [i for i in items if isinstance(i, envelope.SlimArticle)]
        plan = plan_batch([i.view for i in slims], state, bd_now(), config, identities=[i.identity for i in slims])
        for slim, step in zip(slims, plan.steps, strict=True):
            for send in step.sends:
                if send.kind in ("article", "routed"):
                    envelope.published(slim, send.record)
                else:
                    orjson.dumps(send.record)
        apply(plan.writes, state, config)
    return time.perf_counter() - t0, time.process_time() - c0


def bd_now() -> float:
    return 1_700_000_000.0 + 3600.0  # an hour after the synthetic state's newest entry


def stage_rate(n: int = 1_000_000, count: int = 3000, batch: int = 500, near: int = 1000) -> dict[str, Any]:
    """Decisions per second of plan_batch + apply with ``n`` stored hashes (see the module docstring)."""
    bd = _bench_dedupe()
    config = DedupeConfig()
    gc.collect()
    base = bd.rss_mb()
    t0 = time.perf_counter()
    state = bd.fill_memory(n, min(n, near))
    fill = time.perf_counter() - t0
    grown = bd.rss_mb() - base
    arts = _mix(bd, n, count, offset=10_000_000)
    wall, cpu = _run(state, [arts[i : i + batch] for i in range(0, len(arts), batch)], config, codec=False)
    blobs = [orjson.dumps(a) for a in _mix(bd, n, count, offset=30_000_000)]
    cwall, _ = _run(state, [blobs[i : i + batch] for i in range(0, len(blobs), batch)], config, codec=True)
    envs = [envelope.encode_article(a) or b"" for a in _mix(bd, n, count, offset=50_000_000)]
    ewall, ecpu = _run_envelopes(state, [envs[i : i + batch] for i in range(0, len(envs), batch)], config)
    del state
    gc.collect()
    return {
        "hashes": n,
        "near_indexed": min(n, near),
        "items": len(arts),
        "batch": batch,
        "fill_s": fill,
        "rss_growth_mb": grown,
        "bytes_per_item": sum(map(len, blobs)) / len(blobs),
        "per_s": len(arts) / wall if wall else float("nan"),
        "cpu_per_s": len(arts) / cpu if cpu else float("nan"),
        "codec_per_s": len(blobs) / cwall if cwall else float("nan"),
        "envelope_per_s": len(envs) / ewall if ewall else float("nan"),
        "envelope_cpu_per_s": len(envs) / ecpu if ecpu else float("nan"),
        "envelope_bytes_per_item": sum(map(len, envs)) / len(envs),
    }


if __name__ == "__main__":
    print(stage_rate())
