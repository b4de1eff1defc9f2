"""The pure core pipeline in-process: per-item cost, the batch path's cost, cost growth with item size,
pyinstrument profile.

Why CPU time next to wall time: the benchmark machine is shared (other engineers run tests on the
same 2 cores), so wall time includes waiting for a core; ``thread_time`` is what the code costs.
"""

from __future__ import annotations

import gc
import resource
import statistics
import time
import tracemalloc
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.items import Item, sized_item
from streams.core import hugepages
from streams.core.enrich import Resources, load_resources
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Limits, process, process_batch

_RESOURCES: list[Resources] = []


HUGE_PAGES = [True]  # scripts/bench_stages.py --small-pages: the same code without the huge-page collapse


def resources() -> Resources:
    """Loaded once per process (as the worker does), and their move to huge pages finished (a worker is
    there a second after it is ready; the benchmark measures the steady state)."""
    if not _RESOURCES:
        _RESOURCES.append(load_resources(huge_pages=HUGE_PAGES[0]))
        hugepages.wait()
    return _RESOURCES[0]


def pct(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of unsorted values."""
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(q / 100 * len(s) + 0.5) - 1))]


def raw_item(item: Item, i: int) -> RawItem:
    """A benchmark item as the worker receives it (offset ``i`` on a bench topic)."""
    return RawItem(item.payload, item.headers, Origin("bench.raw", 0, i, 0, item.headers.get("filename")))


@dataclass
class CoreResult:
    items: int
    median_us: float
    p99_us: float
    cpu_median_us: float
    cpu_p99_us: float
    per_s: float
    outcomes: dict[str, int] = field(default_factory=dict)


def bench_core(items: Sequence[Item]) -> CoreResult:
    """µs per item of ``streams.core.pipeline.process`` over ``items`` (resources loaded once)."""
    res, limits = resources(), Limits(max_bytes=5 * 1024 * 1024)
    wall: list[float] = []
    cpu: list[float] = []
    kinds: Counter[str] = Counter()
    t_all = time.perf_counter()
    for i, item in enumerate(items):
        raw = raw_item(item, i)
        c0, t0 = time.thread_time(), time.perf_counter()
        out = process(raw, res, limits)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
        kinds[out[0].kind if out[0].kind == "article" else f"deadletter:{out[0].record['error']['reason']}"] += 1
    total = time.perf_counter() - t_all
    return CoreResult(
        len(items),
        statistics.median(wall) * 1e6,
        pct(wall, 99) * 1e6,
        statistics.median(cpu) * 1e6,
        pct(cpu, 99) * 1e6,
        len(items) / total,
        dict(kinds),
    )


BATCH = 32  # the worker's slices under a backlog (40 ms of core work) hold ~30 items


@dataclass
class BatchCoreResult:
    items: int
    batch: int
    cpu_us: float  # CPU µs an item (mean), process_batch, best round
    item_cpu_us: float  # CPU µs an item (mean), process one by one over the same items, best round
    rounds: list[tuple[float, float]] = field(default_factory=list)  # (item, batch) per round

    @property
    def ratio(self) -> float:
        return self.cpu_us / self.item_cpu_us if self.item_cpu_us else float("nan")


def bench_core_batch(items: Sequence[Item], batch: int = BATCH, rounds: int = 2) -> BatchCoreResult:
    """CPU µs an item of ``process_batch`` (``batch`` items at a time, as the worker's ingest slices) against
    ``process`` one by one, over the same items, alternating rounds (the memos are warm in both: the core
    phase ran them first); the best round of each. A mean, not a median: a batch has one time, not one an
    item."""
    res, limits = resources(), Limits(max_bytes=5 * 1024 * 1024)
    raws = [raw_item(item, i) for i, item in enumerate(items)]
    per_round: list[tuple[float, float]] = []
    for _ in range(rounds):
        c0 = time.thread_time()
        for raw in raws:
            process(raw, res, limits)
        c1 = time.thread_time()
        for start in range(0, len(raws), batch):
            process_batch(raws[start : start + batch], res, limits)
        c2 = time.thread_time()
        per_round.append(((c1 - c0) / len(raws) * 1e6, (c2 - c1) / len(raws) * 1e6))
    return BatchCoreResult(len(raws), batch, min(b for _, b in per_round), min(a for a, _ in per_round), per_round)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        import os

        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def core_growth(sizes: Sequence[int], budget_s: float = 6.0, max_count: int = 200) -> list[dict[str, Any]]:
    """Per body size: ms per item (wall, CPU), MB/s, peak Python allocation of one item, process RSS.

    The count per size adapts to a time budget (a 1 MB item can take a minute): the first item
    decides how many more fit. tracemalloc (slow) runs on one extra item only up to 128 KB; above,
    the growth of the process's peak RSS stands in for it.
    """
    res = resources()
    rows = []
    for size in sizes:
        gc.collect()
        maxrss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        wall: list[float] = []
        cpu: list[float] = []
        count, seed = 1, 2
        while len(wall) < count:
            raw = raw_item(sized_item(size, seed), seed)
            seed += 1
            c0, t0 = time.thread_time(), time.perf_counter()
            process(raw, res)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
            if len(wall) == 1:
                count = int(max(1, min(max_count, budget_s / max(wall[0], 1e-6))))
        peak = float("nan")
        if size <= 128 * 1024:
            tracemalloc.start()
            process(raw_item(sized_item(size, 1), 1), res)
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        med = statistics.median(wall)
        maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append(
            {
                "size": size,
                "count": len(wall),
                "ms": med * 1e3,
                "cpu_ms": statistics.median(cpu) * 1e3,
                "mb_per_s": size / 2**20 / med,
                "peak_alloc_mb": peak,
                "rss_mb": rss_mb(),
                "maxrss_growth_mb": maxrss - maxrss0,
            }
        )
    return rows


def profile_core(items: Sequence[Item], top: int = 15) -> dict[str, Any]:
    """pyinstrument over the core: the call tree (text) and the top functions by self time."""
    try:
        from pyinstrument import Profiler
        from pyinstrument.renderers import ConsoleRenderer
    except ImportError:
        return {"error": "pyinstrument not installed (pip install -e '.[dev]')"}
    res = resources()
    prof = Profiler(interval=0.0005)
    prof.start()
    for i, item in enumerate(items):
        process(raw_item(item, i), res)
    session = prof.stop()
    tree = prof.output(
        ConsoleRenderer(unicode=False, color=False, short_mode=True, processor_options={"filter_threshold": 0.02})
    )
    flat = prof.output(ConsoleRenderer(unicode=False, color=False, flat=True, flat_time="self"))
    lines = [ln for ln in flat.splitlines() if ln.strip() and ln.lstrip()[0].isdigit()][:top]
    return {
        "tree": tree,
        "flat_self": lines,
        "duration_s": session.duration,
        "cpu_s": session.cpu_time,
        "items": len(items),
    }
