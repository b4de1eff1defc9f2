"""Thread-CPU clocks wrapped around the core's stage functions, for the scripts that split the core's cost.

Why one module: ``scripts/bench_stages.py``, ``scripts/bench_sizes.py`` and ``scripts/big_item_slices.py`` each
time the same enrichers the same way (``thread_time``, since the machine is shared); the wrapping lives here
once. A wrapper replaces the function where the pipeline looks it up (a module global), so the output of the
core is unchanged and only its time is read.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

ENRICHERS = ("language", "places", "entities", "dates", "quotes", "subjects", "counts")


class StageClock:
    """CPU µs per call of each wrapped function, by label. ``spent`` runs over every label since the last
    :meth:`clear` (the stages never nest, so it is the time inside them, and the rest is glue)."""

    def __init__(self) -> None:
        self.times: defaultdict[str, list[float]] = defaultdict(list)
        self.spent = 0.0

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        """``fn`` with each call's thread CPU added to ``label``."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.thread_time_ns()
            try:
                return fn(*args, **kwargs)
            finally:
                us = (time.thread_time_ns() - t0) / 1000
                self.times[label].append(us)
                self.spent += us

        return timed

    def wrap_enrichers(self, story_text: bool = False) -> None:
        """Time each enricher's ``enrich`` (and the shared ``story_text`` when asked)."""
        import streams.core.enrich as enrich

        for name in ENRICHERS:
            module = getattr(enrich, name)
            module.enrich = self.wrap(name, module.enrich)
        if story_text:
            enrich.story_text = self.wrap("story_text", enrich.story_text)  # type: ignore[attr-defined]

    def total_us(self, label: str) -> float:
        return sum(self.times.get(label, ()))

    def clear(self) -> None:
        self.times.clear()
        self.spent = 0.0
