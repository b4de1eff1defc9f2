"""Reading the output topics back, keyed by raw origin: shared by ``audit``, ``demo`` and tests."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from streams.client import TopicMissing, records
from streams.settings import Settings

RawKey = tuple[str, int, int]  # raw topic, partition, offset
OutKey = tuple[str, int, int, int]  # ... plus index inside a container


@dataclass
class Snapshot:
    """Everything on the raw and output topics right now."""

    raw: list[RawKey] = field(default_factory=list)
    outputs: dict[str, list[tuple[OutKey | None, dict[str, Any]]]] = field(default_factory=lambda: defaultdict(list))

    def by_raw(self, topics: list[str]) -> dict[RawKey, list[tuple[str, OutKey, dict[str, Any]]]]:
        out: dict[RawKey, list[tuple[str, OutKey, dict[str, Any]]]] = defaultdict(list)
        for topic in topics:
            for key, value in self.outputs.get(topic, []):
                if key is not None:
                    out[key[:3]].append((topic, key, value))
        return out


def out_key(headers: dict[str, str]) -> OutKey | None:
    try:
        return (
            headers["raw-topic"],
            int(headers["raw-partition"]),
            int(headers["raw-offset"]),
            int(headers.get("raw-index", "0")),
        )
    except (KeyError, ValueError):
        return None


async def _read_all(
    s: Settings,
    topic: str,
    timeout: float,
    progress: Callable[[str, int], None] | None = None,
    stall: float | None = None,
) -> list[tuple[dict[str, str], bytes | None, Any]]:
    """Every record of ``topic`` up to its end offsets (no fixed wait); a topic that does not exist is empty.
    ``ReadIncomplete`` (topic, partition, position, end) when ``timeout`` (or ``stall`` seconds in which no
    offset moved: ``streams.client.records``) ends the read first: a short list would pass unread records off
    as lost."""
    got = []
    try:
        async for msg, _key, value, headers in records(
            s, topic, from_beginning=True, limit=None, timeout=timeout, exit_at_end=True, stall=stall
        ):
            got.append((headers, value, msg))
            if progress is not None and len(got) % 10_000 == 0:
                progress(topic, len(got))
    except TopicMissing:
        return []
    return got


async def snapshot(
    s: Settings,
    output_topics: list[str],
    timeout: float = 60.0,
    decode: bool = True,
    progress: Callable[[str, int], None] | None = None,
    stall: float | None = None,
) -> Snapshot:
    """The raw topic and ``output_topics`` read to their end offsets, each within ``timeout`` (and, given
    ``stall``, while its offsets still move) or ``ReadIncomplete`` (``wirefeed audit`` prints it as one line
    and exits 2)."""
    snap = Snapshot()
    for _headers, _value, msg in await _read_all(s, s.topic_raw, timeout, progress, stall):
        snap.raw.append((msg.topic, msg.partition, msg.offset))
    for topic in output_topics:
        for headers, value, _msg in await _read_all(s, topic, timeout, progress, stall):
            body = orjson.loads(value) if (decode and value) else {}
            snap.outputs[topic].append((out_key(headers), body))
    return snap


def take_snapshot(
    s: Settings,
    output_topics: list[str],
    timeout: float = 60.0,
    progress: Callable[[str, int], None] | None = None,
    stall: float | None = None,
) -> Snapshot:
    """Raw offsets and output origins only (bodies left undecoded): all that reconciliation reads."""
    return asyncio.run(snapshot(s, output_topics, timeout, decode=False, progress=progress, stall=stall))
