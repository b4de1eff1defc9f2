"""Why the worker's latency waited (docs/benchmarks.md, "Session 8"), in one process, no broker.

Faust's fetcher hands each fetched message to the streams with a task and a wait (``wait_first`` in
``Consumer._drain_messages``): ~3 event-loop turns per message. When the core runs on the loop in CPU slices,
one turn comes per slice, and the hand-over crawls while the core works.

* ``--sim``: a loop task that hands over "messages" that way, beside CPU work in slices (10 and 40 ms) run on
  the loop with a yield between slices (the pre-session-8 worker) or on a thread (``CoreRunner``): messages
  handed over per second while the core works;
* default: ``agents.ingest_records`` over the same bench items, core on its thread and inline, alternating
  (3 rounds each), with such a hand-over task running: process CPU per item (every thread) and hand-overs/s.

``python -m benchmarks.handover [--sim] [--items 400]``
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        sum(range(100))


async def _handover(count: list[int], pause: float = 0.0) -> None:
    """Like Faust's fetcher: a task per message and a wait on it."""
    while True:
        t = asyncio.ensure_future(asyncio.sleep(0))
        await asyncio.wait({t})
        count[0] += 1
        if pause:
            await asyncio.sleep(pause)


async def _sim(mode: str, slice_s: float, run_s: float = 3.0) -> tuple[float, float]:
    count = [0]
    task = asyncio.ensure_future(_handover(count))
    await asyncio.sleep(0.05)
    count[0] = 0
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(1)
    t0, slices = time.perf_counter(), 0
    while time.perf_counter() - t0 < run_s:
        if mode == "thread":
            await loop.run_in_executor(pool, _spin, slice_s)
        else:
            _spin(slice_s)
            await asyncio.sleep(0)
        slices += 1
    wall = time.perf_counter() - t0
    task.cancel()
    pool.shutdown()
    return count[0] / wall, slices * slice_s / wall


def simulate() -> list[dict[str, Any]]:
    rows = []
    for mode in ("loop", "thread"):
        for slice_s in (0.010, 0.040):
            per_s, share = asyncio.run(_sim(mode, slice_s))
            rows.append({"core": mode, "slice_ms": slice_s * 1000, "handovers_per_s": per_s, "core_share": share})
    return rows


def ingest_ab(items: int = 400, rounds: int = 3) -> dict[str, list[tuple[float, float]]]:
    """(process CPU µs per item, hand-overs per second) per round, core on its thread vs inline."""
    from benchmarks.items import build_items
    from streams.core.dedupe import MemoryState
    from streams.settings import Settings
    from streams.worker.agents import build_context, ingest_records
    from streams.worker.app import create_app
    from streams.worker.gaps import RawRecord
    from streams.worker.pacing import AdaptiveMax, CoreRunner
    from streams.worker.sender import MemorySender

    raws = [
        RawRecord("wire.raw", 0, k, None, it.payload, it.kafka_headers()) for k, it in enumerate(build_items(items))
    ]
    wiring = create_app(Settings(data_dir=Path(tempfile.mkdtemp()), routing_file="none", metrics_port=0))
    sender = MemorySender()
    ctx = build_context(wiring, sender=sender, state=MemoryState())
    runners = {"thread": CoreRunner(True), "inline": CoreRunner(False)}

    async def run(mode: str) -> tuple[float, float]:
        ctx.core = runners[mode]
        take = AdaptiveMax(500)
        take.value = take.hi
        ctx.raw_take = take
        count = [0]
        task = asyncio.ensure_future(_handover(count, pause=0.001))
        c0, t0 = time.process_time(), time.perf_counter()
        for i in range(0, items, 100):
            await ingest_records(raws[i : i + 100], ctx)
            sender.pending.clear()
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
        task.cancel()
        return cpu / items * 1e6, count[0] / wall

    asyncio.run(run("inline"))  # warm caches
    out: dict[str, list[tuple[float, float]]] = {"thread": [], "inline": []}
    for r in range(rounds):
        for mode in ("thread", "inline") if r % 2 == 0 else ("inline", "thread"):
            out[mode].append(asyncio.run(run(mode)))
    for runner in runners.values():
        runner.shutdown()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sim", action="store_true", help="the hand-over simulation only")
    ap.add_argument("--items", type=int, default=400)
    args = ap.parse_args(argv)
    if args.sim:
        for row in simulate():
            print(
                f"core on the {row['core']:6s} slices {row['slice_ms']:.0f} ms: {row['handovers_per_s']:8.0f} "
                f"hand-overs/s, core's share of the wall time {row['core_share']:.2f}"
            )
        return 0
    for mode, rows in ingest_ab(args.items).items():
        print(f"core {mode:6s}: CPU µs/item {[round(c) for c, _ in rows]}, hand-overs/s {[round(h) for _, h in rows]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
