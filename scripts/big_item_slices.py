"""CPU ms of each enricher on the head-of-line test's 1 MB item, with the enrichers' bound set to several sizes.

    PYTHONPATH=$PWD WIREFEED_CACHE_DIR=$PWD/.cache .venv/bin/python scripts/big_item_slices.py --sizes 10000,60000

Why: a step that is linear in the text costs the same per character at every size; one that runs once per name
over the whole text (names x text length) costs more per character on a longer slice. Each enricher's ``enrich``
and ``story_text`` are wrapped with a ``thread_time`` timer (the machine is shared); ``front`` is the rest of the
core (parse, normalise, copy rules over the whole body). Best of ``--rounds``; docs/benchmarks.md, session 18.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.core import raw_item, resources  # noqa: E402
from benchmarks.items import sized_item  # noqa: E402
from benchmarks.stage_clock import ENRICHERS, StageClock  # noqa: E402
from streams.core.pipeline import Limits, process_batch  # noqa: E402

LABELS = ("core", "front", "story_text", *ENRICHERS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,25000,50000,60000,100000", help="bounds, characters")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    clock = StageClock()
    clock.wrap_enrichers(story_text=True)
    res = resources()
    big = sized_item(1024 * 1024, seed=7)
    process_batch([raw_item(big, 0)], res, Limits(max_enrich_chars=10_000))  # warm
    print("| bound | " + " | ".join(LABELS) + " |\n|---|" + "---|" * len(LABELS))
    for size in (int(s) for s in args.sizes.split(",")):
        best: dict[str, float] = {}
        for r in range(args.rounds):
            clock.clear()
            t0 = time.thread_time_ns()
            process_batch([raw_item(big, r)], res, Limits(max_enrich_chars=size))
            spent = {k: clock.total_us(k) / 1000 for k in LABELS[2:]}  # ms
            spent["core"] = (time.thread_time_ns() - t0) / 1e6
            spent["front"] = spent["core"] - clock.spent / 1000
            for k, v in spent.items():
                best[k] = min(best.get(k, v), v)
        cells = [f"{best.get(k, 0.0):.1f}" for k in LABELS[:3]]
        cells += [f"{best.get(k, 0.0):.1f} ({best.get(k, 0.0) * 1000 / size:.2f})" for k in ENRICHERS]
        print(f"| {size:,} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
