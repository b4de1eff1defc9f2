"""Core CPU time by item size, and per enricher, on the benchmark's sized items (issue 17, head of line).

    .venv/bin/python scripts/bench_sizes.py                    # 1 KB, 10 KB, 100 KB, 1 MB; the default bound
    .venv/bin/python scripts/bench_sizes.py --cap none         # the enrichers read the whole story
    .venv/bin/python scripts/bench_sizes.py --cap 50000 1048576

The items are ``benchmarks.items.sized_item(size, seed)`` (plain-text English, real paragraphs), the ones
``make bench``'s "Cost growth with item size" table times; CPU is ``thread_time`` (the machine is shared).
``--cap`` sets ``Limits.max_enrich_chars``; on a tree without it (before session 8) leave it out.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.core import raw_item, resources  # noqa: E402
from benchmarks.items import sized_item  # noqa: E402
from benchmarks.stage_clock import ENRICHERS, StageClock  # noqa: E402
from streams.core.pipeline import Limits, process  # noqa: E402

COUNTS = {1024: 200, 10240: 100, 102400: 10, 1048576: 1}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, default=list(COUNTS))
    ap.add_argument("--cap", default=None, help="Limits.max_enrich_chars: a number or 'none'")
    args = ap.parse_args()
    limits = Limits()
    if args.cap is not None:
        if "max_enrich_chars" not in {f.name for f in dataclasses.fields(Limits)}:
            sys.exit("this tree has no enrichment bound (Limits.max_enrich_chars)")
        limits = Limits(max_enrich_chars=None if args.cap == "none" else int(args.cap))
    clock = StageClock()
    clock.wrap_enrichers()
    res = resources()
    print("| bytes | items | CPU ms/item (median) | per enricher, CPU ms/item (mean) |")
    print("|---|---|---|---|")
    for size in args.sizes:
        count = COUNTS.get(size, 3)
        cpu = []
        clock.clear()
        for seed in range(2, 2 + count):
            raw = raw_item(sized_item(size, seed), seed)
            t0 = time.thread_time()
            out = process(raw, res, limits)
            cpu.append(time.thread_time() - t0)
            assert out[0].kind == "article", out[0]
        spent = {k: clock.total_us(k) for k in ENRICHERS}
        parts = ", ".join(f"{k} {v / count / 1e3:.1f}" for k, v in sorted(spent.items(), key=lambda kv: -kv[1]) if v)
        print(f"| {size:,} | {count} | {statistics.median(cpu) * 1e3:,.1f} | {parts} |", flush=True)


if __name__ == "__main__":
    main()
