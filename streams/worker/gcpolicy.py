"""The worker's garbage-collector policy: set once, when the ingest agent starts.

Why: a draining worker spent ~145 µs an item in Python's cyclic collector at load 11-15, ~40 with this policy
(``gc.callbacks`` timing, docs/benchmarks.md "Session 15", branch shell15). Of the 145:

* **full collections** (~50-90 ms each, five per 4,000 items, growing with the dedupe state): each rescans every
  tracked object not frozen. ``load_resources`` freezes the resources; :func:`settle` collects once more and
  freezes what start-up built after them (the app, tables, clients: ~10k objects, alive for the process).
* **young collections** every 700 net container allocations (~680 per 4,000 items): the core allocates and
  frees many short-lived dicts and lists an item, so most young collections scan objects about to die anyway.
  A threshold of :data:`YOUNG_THRESHOLD` lets most of them die first (freed by reference counting as before);
  the older generations keep Python's default ratios, so a full collection still comes, only later.

Neither changes what is freed by reference counting (nearly everything here); only reference cycles wait
longer to be found, and frozen objects that later form garbage cycles are never collected (the start-up
objects live for the whole process). Outputs do not depend on either.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000  # Python's default is 700 (3.13 raised it to 2,000)

_settled = False


def settle(young: int = YOUNG_THRESHOLD) -> bool:
    """Freeze what exists now (after one full collection) and raise the young generation's threshold.
    Once per process: False when it had already run (an agent restarted)."""
    global _settled
    if _settled:
        return False
    _settled = True
    _, older, oldest = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(young, older, oldest)
    return True
