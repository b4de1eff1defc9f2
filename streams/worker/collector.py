"""The worker's cyclic garbage collector: a young generation of 10,000 objects, not Python's 700.

Why (docs/benchmarks.md, "Session 20, spd20b"): the worker's hot paths allocate many short-lived containers
(the dedupe planner's entries, writes and buckets; decoded envelopes; Faust's events and futures; the core's
tokens), so at Python's default threshold a young collection runs every ~700 net allocations, and whatever is
alive at that moment (a batch's pending writes, the current article) is promoted and later traversed again by
the older generations' collections, which also walk the dedupe tables. In ``benchmarks.hop --gc`` the dedupe
stage spent ~45 µs an article in the collector at the default thresholds and ~4 at this one, for the same
objects freed: nearly everything the worker allocates dies by reference counting, the collector only finds
cycles, and a cycle now waits for at most 10,000 allocations (a few items) instead of 700. The enrichment
resources are frozen out of every collection anyway (``streams.core.enrich.load_resources``).

``WIREFEED_GC_GEN0`` overrides the threshold (``700`` is Python's default; ``0`` leaves the collector as it is).
"""

from __future__ import annotations

import gc
import os

GEN0_THRESHOLD = 10_000


def configure(gen0: int | None = None) -> tuple[int, int, int]:
    """Set the young generation's threshold (``gen0``, else ``WIREFEED_GC_GEN0``, else :data:`GEN0_THRESHOLD`);
    the older generations keep theirs. Returns the thresholds in force."""
    if gen0 is None:
        raw = os.environ.get("WIREFEED_GC_GEN0", "").strip()
        gen0 = int(raw) if raw.isdigit() else GEN0_THRESHOLD
    if gen0 > 0:
        _, gen1, gen2 = gc.get_threshold()
        gc.set_threshold(gen0, gen1, gen2)
    return gc.get_threshold()
