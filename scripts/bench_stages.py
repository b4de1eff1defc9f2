"""Where the core's time goes: CPU µs per stage and per article over the benchmark's item mix.

    .venv/bin/python scripts/bench_stages.py              # 2,000 items (every 4th of the first 8,000)
    .venv/bin/python scripts/bench_stages.py --n 20000    # the 5,000 items `make bench` times
    .venv/bin/python scripts/bench_stages.py --batch 32   # through process_batch, 32 items at a time

The same items as ``make bench`` (``benchmarks.items``), run through ``streams.core.pipeline.process``
with every stage function wrapped by a CPU timer (``thread_time``: the machine is shared, wall time
would include waiting for a core). Stages inside one item run in pipeline order, so each sees the
caches the others left, as ``process`` runs them. With ``--batch N`` the items go through
``process_batch`` N at a time (each enricher over the N articles before the next, as the worker runs
them): each stage's calls are still timed one by one, but an item's TOTAL and glue are its batch's mean
(so TOTAL's mean compares across the two modes, its median and p99 do not). The wrappers cost ~1 µs per
stage; TOTAL includes them.
``glue`` is TOTAL minus the timed stages of the same item: the pipeline's own code (the size and blank
guards, receivedAt, derive_headline, the article's uri/version fields, outcomes) plus the wrappers.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import core  # noqa: E402
from benchmarks.items import build_items  # noqa: E402

ENRICHERS = ("language", "places", "entities", "dates", "quotes", "subjects", "counts")


_SPENT = [0.0]  # µs in timed stages since the item started (the stages never nest)


def _timed(times: dict[str, list[float]], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t0 = time.thread_time_ns()
        try:
            return fn(*args, **kwargs)
        finally:
            spent = (time.thread_time_ns() - t0) / 1000
            times[label].append(spent)
            _SPENT[0] += spent

    return wrapper


def instrument(times: dict[str, list[float]]) -> None:
    """Wrap the stage functions where the pipeline looks them up (module globals)."""
    import streams.core.enrich as enrich
    import streams.core.pipeline as pipeline

    for name in ENRICHERS:
        module = getattr(enrich, name)
        module.enrich = _timed(times, name, module.enrich)
    enrich.story_text = _timed(times, "story_text", enrich.story_text)
    for attr, label in (
        ("normalize_item", "normalise"),
        ("extract", "copy"),
        ("assemble", "assemble"),
        ("content_hash", "hash"),
    ):
        setattr(pipeline, attr, _timed(times, label, getattr(pipeline, attr)))
    pipeline.registry.select = _timed(times, "sniff", pipeline.registry.select)
    for parser in pipeline.registry.parsers():
        parser.parse = _timed(times, f"parse:{parser.name}", parser.parse)  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=8000, help="build this many items, time every 4th")
    ap.add_argument("--batch", type=int, default=0, help="process_batch N items at a time (0: process each)")
    args = ap.parse_args(argv)
    items = build_items(args.n, head=args.n)[::4]
    resources = core.resources()
    times: dict[str, list[float]] = defaultdict(list)
    instrument(times)
    from streams.core.pipeline import process, process_batch

    size = max(args.batch, 1)
    for start in range(0, len(items), size):
        chunk = [core.raw_item(item, start + i) for i, item in enumerate(items[start : start + size])]
        _SPENT[0] = 0.0
        t0 = time.thread_time_ns()
        if args.batch:
            process_batch(chunk, resources)
        else:
            process(chunk[0], resources)
        total = (time.thread_time_ns() - t0) / 1000
        times["glue"] += [(total - _SPENT[0]) / len(chunk)] * len(chunk)
        times["TOTAL"] += [total / len(chunk)] * len(chunk)
    how = f"process_batch, {args.batch} at a time" if args.batch else "process"
    print(f"{len(items)} items ({how}), CPU µs per call\n")
    print("| stage | calls | median | mean | p99 |\n|---|---|---|---|---|")
    for label, values in times.items():
        print(
            f"| {label} | {len(values)} | {statistics.median(values):.0f} | {statistics.mean(values):.0f} "
            f"| {core.pct(values, 99):.0f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
