"""``python -m benchmarks.big_item``: what the head-of-line test's 1 MB item costs the worker's core, in process.

Why: in the worker the 1 MB item is alone in its take (the take is 1 while the topic is idle) and the small
items offered after it wait for its whole slice: its core work (``process_batch``) and its envelope (the
MinHash signature over the whole body). This prints the CPU (``thread_time``, so a shared machine's load
does not count) of each, best and median of ``--rounds``, and the process's peak RSS after a warm-up of
bench items in batches of 32 and the 1 MB item (what the batch path holds between batches). Compare two
trees by running it in each, alternately (docs/benchmarks.md, session 12).
"""

from __future__ import annotations

import argparse
import statistics
import time

from benchmarks.core import raw_item, resources
from benchmarks.items import Item, build_items, sized_item
from streams.core import envelope
from streams.core.enrich import Resources
from streams.core.pipeline import Limits, process_batch

BATCH = 32


def item_cpu_ms(res: Resources, item: Item, rounds: int, limits: Limits | None = None) -> dict[str, float]:
    """CPU ms of ``item`` through ``process_batch([item])`` and then its envelope, per round."""
    limits = limits or Limits()
    core, env = [], []
    for _ in range(rounds):
        c0 = time.thread_time()
        ((outcome, *_),) = process_batch([raw_item(item, 0)], res, limits)
        c1 = time.thread_time()
        if outcome.kind == "article":
            envelope.encode_article(outcome.record)
        core.append((c1 - c0) * 1e3)
        env.append((time.thread_time() - c1) * 1e3)
    totals = [a + b for a, b in zip(core, env, strict=True)]
    return {
        "core_best": min(core),
        "core_median": statistics.median(core),
        "envelope_best": min(env),
        "total_best": min(totals),
    }


def hwm_mb() -> float:
    """The process's peak RSS so far (``VmHWM``), MB: what ``make bench`` reads of the worker."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmHWM:"))


def warm_peak_mb(res: Resources, items: list[Item], big: Item) -> dict[str, float]:
    """Peak RSS (VmHWM, MB) after ``items`` in batches of :data:`BATCH` (with envelopes), then ``big``."""

    def run(batch: list[Item], offset: int) -> None:
        for i in range(0, len(batch), BATCH):
            raws = [raw_item(it, offset + i + j) for j, it in enumerate(batch[i : i + BATCH])]
            for outcomes in process_batch(raws, res, Limits()):
                for o in outcomes:
                    if o.kind == "article":
                        envelope.encode_article(o.record)

    loaded = hwm_mb()
    run(items, 0)
    warm = hwm_mb()
    run([big], len(items))
    return {"loaded_hwm_mb": loaded, "warm_hwm_mb": warm, "big_hwm_mb": hwm_mb()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--warm", type=int, default=3000, help="bench items before the peak-RSS reading")
    ap.add_argument("--bound", type=int, help="characters the enrichers read (default: the core's; 0 = all)")
    args = ap.parse_args()
    res = resources()
    big = sized_item(1024 * 1024, seed=7)  # the head-of-line test's item (benchmarks.run: stall after big item)
    peak = warm_peak_mb(res, build_items(args.warm, head=args.warm), big)
    limits = Limits() if args.bound is None else Limits(max_enrich_chars=args.bound or None)
    cpu = item_cpu_ms(res, big, args.rounds, limits)
    print(" ".join(f"{k}={v:.1f}" for k, v in {**cpu, **peak}.items()), flush=True)


if __name__ == "__main__":
    main()
