"""Where the core's time goes: CPU µs per stage and per article over the benchmark's item mix.

    .venv/bin/python scripts/bench_stages.py              # 2,000 items (every 4th of the first 8,000)
    .venv/bin/python scripts/bench_stages.py --n 20000    # the 5,000 items `make bench` times
    .venv/bin/python scripts/bench_stages.py --batch 32   # through process_batch, 32 items at a time
    .venv/bin/python scripts/bench_stages.py --regex 30   # and the 30 dearest module-level regexes
    .venv/bin/python scripts/bench_stages.py --small-pages  # without the huge-page collapse (A/B, one tree)

The same items as ``make bench`` (``benchmarks.items``), run through ``streams.core.pipeline.process``
with every stage function wrapped by a CPU timer (``thread_time``: the machine is shared, wall time
would include waiting for a core). Stages inside one item run in pipeline order, so each sees the
caches the others left, as ``process`` runs them. With ``--batch N`` the items go through
``process_batch`` N at a time (each enricher over the N articles before the next, as the worker runs
them): each stage's calls are still timed one by one, but an item's TOTAL and glue are its batch's mean
(so TOTAL's mean compares across the two modes, its median and p99 do not). The wrappers cost ~1 µs per
stage; TOTAL includes them.
``--regex N`` also times every call of each module-level compiled pattern of ``streams.core`` (wrapped where
the module looks it up; a ``finditer`` is timed step by step, so a loop that stops early costs what it
read) and prints the N dearest: which whole-text scans and per-candidate tests the core pays for. The
wrapper adds ~1 µs a call to TOTAL (not to the patterns' own figures), so read the stage table from a
run without it.
``glue`` is TOTAL minus the timed stages of the same item: the pipeline's own code (the size and blank
guards, receivedAt, derive_headline, the article's uri/version fields, outcomes) plus the wrappers.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import core  # noqa: E402
from benchmarks.items import build_items  # noqa: E402
from benchmarks.stage_clock import StageClock  # noqa: E402


def instrument(clock: StageClock) -> None:
    """Wrap the stage functions where the pipeline looks them up (module globals)."""
    import streams.core.pipeline as pipeline

    clock.wrap_enrichers(story_text=True)
    for attr, label in (
        ("normalize_item", "normalise"),
        ("extract", "copy"),
        ("assemble", "assemble"),
        ("content_hash", "hash"),
    ):
        setattr(pipeline, attr, clock.wrap(label, getattr(pipeline, attr)))
    pipeline.registry.select = clock.wrap("sniff", pipeline.registry.select)
    for parser in pipeline.registry.parsers():
        parser.parse = clock.wrap(f"parse:{parser.name}", parser.parse)  # type: ignore[method-assign]


class TimedPattern:
    """A compiled pattern that adds each call's CPU ns to ``spent[label]`` (and counts it in ``calls``):
    the same results, with the pattern's own cost read apart from the code around it."""

    __slots__ = ("_wrapped", "calls", "label", "spent", "steps")
    _METHODS = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")

    def __init__(
        self, pattern: re.Pattern[str], label: str, spent: Counter[str], calls: Counter[str], steps: Counter[str]
    ) -> None:
        self._wrapped, self.label, self.spent, self.calls, self.steps = pattern, label, spent, calls, steps

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._wrapped, name)
        if name not in self._METHODS:
            return attr  # groups, pattern, flags, scanner ...

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.thread_time_ns()
            try:
                return attr(*args, **kwargs)
            finally:
                self.spent[self.label] += time.thread_time_ns() - t0
                self.calls[self.label] += 1
                self.steps[self.label] += 1

        return timed

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        """Lazily, as ``re`` does: each step's cost is counted when the caller takes it."""
        self.calls[self.label] += 1
        it = self._wrapped.finditer(*args, **kwargs)
        while True:
            t0 = time.thread_time_ns()
            found = next(it, None)
            self.spent[self.label] += time.thread_time_ns() - t0
            self.steps[self.label] += 1
            if found is None:
                return
            yield found


def time_patterns(
    spent: Counter[str], calls: Counter[str], steps: Counter[str]
) -> list[tuple[object, str, re.Pattern[str]]]:
    """Wrap every module-level compiled pattern of ``streams.core`` in a :class:`TimedPattern`; returns
    ``(module, name, pattern)`` for each, to put them back (:func:`untime_patterns`). Every module is
    imported first, so that each one's globals are the patterns its functions look up."""
    import streams.core as package

    modules = [importlib.import_module(info.name) for info in pkgutil.walk_packages(package.__path__, "streams.core.")]
    wrapped: list[tuple[object, str, re.Pattern[str]]] = []
    for module in modules:
        label = module.__name__.removeprefix("streams.core.")
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                setattr(module, name, TimedPattern(value, f"{label}.{name}", spent, calls, steps))
                wrapped.append((module, name, value))
    return wrapped


def timer_cost() -> float:
    """ns that one ``thread_time_ns`` adds inside a timed interval (the median of back-to-back pairs): each
    pattern's figure is net of it (a system call here, ~0.5 µs: as much as a short ``match``)."""
    pairs = []
    for _ in range(2001):
        t0 = time.thread_time_ns()
        pairs.append(time.thread_time_ns() - t0)
    return statistics.median(pairs)


def untime_patterns(wrapped: list[tuple[object, str, re.Pattern[str]]]) -> None:
    for module, name, pattern in wrapped:
        setattr(module, name, pattern)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=8000, help="build this many items, time every 4th")
    ap.add_argument("--batch", type=int, default=0, help="process_batch N items at a time (0: process each)")
    ap.add_argument("--regex", type=int, default=0, help="also list the N dearest module-level regexes")
    ap.add_argument("--small-pages", action="store_true", help="without the resources' move to huge pages")
    args = ap.parse_args(argv)
    items = build_items(args.n, head=args.n)[::4]
    core.HUGE_PAGES[0] = not args.small_pages
    resources = core.resources()
    clock = StageClock()
    instrument(clock)
    times = clock.times
    spent: Counter[str] = Counter()
    calls: Counter[str] = Counter()
    steps: Counter[str] = Counter()
    if args.regex:
        time_patterns(spent, calls, steps)
    from streams.core.pipeline import process, process_batch

    size = max(args.batch, 1)
    for start in range(0, len(items), size):
        chunk = [core.raw_item(item, start + i) for i, item in enumerate(items[start : start + size])]
        clock.spent = 0.0
        t0 = time.thread_time_ns()
        if args.batch:
            process_batch(chunk, resources)
        else:
            process(chunk[0], resources)
        total = (time.thread_time_ns() - t0) / 1000
        times["glue"] += [(total - clock.spent) / len(chunk)] * len(chunk)
        times["TOTAL"] += [total / len(chunk)] * len(chunk)
    how = f"process_batch, {args.batch} at a time" if args.batch else "process"
    print(f"{len(items)} items ({how}), CPU µs per call\n")
    print("| stage | calls | median | mean | p99 |\n|---|---|---|---|---|")
    for label, values in times.items():
        print(
            f"| {label} | {len(values)} | {statistics.median(values):.0f} | {statistics.mean(values):.0f} "
            f"| {core.pct(values, 99):.0f} |"
        )
    if args.regex:
        n, cost = len(items), timer_cost()
        net = Counter({label: max(ns - cost * steps[label], 0.0) for label, ns in spent.items()})
        print(f"\nregexes: {net.total() / n / 1000:.0f} µs an item in all (net of {cost:.0f} ns a timer read),")
        print(f"the {args.regex} dearest (a ``sub`` with a function: its calls included)\n")
        print("| pattern | calls an item | µs an item | µs a call |\n|---|---|---|---|")
        for label, ns in net.most_common(args.regex):
            print(
                f"| {label} | {calls[label] / n:.1f} | {ns / n / 1000:.1f} | {ns / max(calls[label], 1) / 1000:.2f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
