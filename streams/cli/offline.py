"""``wirefeed process``: the worker's path without Kafka, for users and tests.

Same stages as the worker: the core pipeline (parse → normalise → enrich → hash), then the core's batch
planner (``streams.core.plan``, the very function the worker's dedupe stage calls) with the dedupe state
kept in memory across all inputs of one run, so a batch can be checked offline.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from streams.core.enrich import load_resources
from streams.core.model import Origin, RawItem, Record
from streams.core.pipeline import process
from streams.core.plan import BatchDeduper, offline_records
from streams.settings import Settings, core_limits, dedupe_config, output_topics, routing_rules


def process_inputs(
    inputs: Iterable[tuple[str, bytes]],
    s: Settings,
    *,
    dedupe: bool = True,
    format_hint: str | None = None,
    source: str | None = None,
) -> Iterator[Record]:
    """The output records, in input order: per item its article (with ``ext.routes``), duplicate, kill
    or dead-letter records; routed copies are not repeated."""
    resources = load_resources(s.cache_dir)
    limits = core_limits(s)
    deduper = BatchDeduper(dedupe_config(s), router=routing_rules(s), topics=output_topics(s)) if dedupe else None
    for name, payload in inputs:
        headers = {"filename": name.rsplit("/", 1)[-1]}
        if format_hint:
            headers["format"] = format_hint
        if source:
            headers["source"] = source
        raw = RawItem(payload, headers, Origin(filename=name))
        for outcome in process(raw, resources, limits, clock=time.time):
            if outcome.kind != "article" or deduper is None:
                yield outcome.record
                continue
            yield from offline_records([deduper.plan(outcome.record, time.time())])
