"""``wirefeed process``: the worker's pure pipeline without Kafka, for users and tests.

Same stages as the worker (parse → normalise → enrich → hash → dedupe decision), dedupe state kept
in memory across all inputs of one run, so a batch can be checked offline.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from streams.core.enrich import load_resources
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Limits, process
from streams.settings import Settings


def process_inputs(
    inputs: Iterable[tuple[str, bytes]],
    s: Settings,
    *,
    dedupe: bool = True,
    format_hint: str | None = None,
    source: str | None = None,
) -> Iterator[dict[str, Any]]:
    """One output record per item, in input order: article, duplicate record or dead-letter record."""
    from streams.core.dedupe import BatchDeduper
    from streams.core.routing import route
    from streams.settings import dedupe_config, routing_rules

    resources = load_resources()
    limits = Limits(max_bytes=s.max_bytes)
    rules = routing_rules(s)
    deduper = BatchDeduper(dedupe_config(s), router=lambda a, prev: route(a, rules, prev)) if dedupe else None
    for name, payload in inputs:
        headers = {"filename": name.rsplit("/", 1)[-1]}
        if format_hint:
            headers["format"] = format_hint
        if source:
            headers["source"] = source
        raw = RawItem(payload, headers, Origin(filename=name))
        for outcome in process(raw, resources, limits):
            if outcome.kind != "article" or deduper is None:
                yield outcome.record
                continue
            decision = deduper.admit(outcome.record)
            if decision.publish and decision.article is not None and decision.topics:
                decision.article["ext"]["routes"] = list(decision.topics)
            yield from decision.outputs()
