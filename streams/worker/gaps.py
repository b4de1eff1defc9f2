"""Raw records the Faust stream never handed to the agent: detect the hole, fetch what is in it.

We saw one raw record skipped after a restart (the group's offset committed past it, no output);
nothing in Faust reports that, so the ingest agent checks every record's offset against the next
one expected for its partition.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from streams.client import fetch_range

if TYPE_CHECKING:
    from streams.worker.app import Wiring

log = logging.getLogger("streams.worker.gaps")


@dataclass(frozen=True, slots=True)
class RawRecord:
    """The fields of a raw Kafka record we use (from a Faust event or a direct backfill fetch)."""

    topic: str
    partition: int
    offset: int
    timestamp_ms: int | None
    value: bytes | None
    headers: Any

    @classmethod
    def from_faust(cls, msg: Any) -> RawRecord:
        """From a Faust ``Message`` (timestamp in seconds)."""
        ts = int(msg.timestamp * 1000) if msg.timestamp is not None else None
        return cls(msg.topic, msg.partition, msg.offset, ts, msg.value, msg.headers)

    @classmethod
    def from_kafka(cls, rec: Any) -> RawRecord:
        """From an aiokafka ``ConsumerRecord`` (timestamp in milliseconds)."""
        return cls(rec.topic, rec.partition, rec.offset, rec.timestamp, rec.value, rec.headers)


class GapGuard:
    """Catches raw records that never reached the agent, and fetches them.

    ``wire.raw`` is written without transactions or compaction, so its offsets have no legitimate
    holes: a record whose offset is beyond the next one expected for its partition (the group's
    committed offset at first sight, then the last offset + 1) means records in between were
    skipped. They are fetched with a plain consumer and processed before the record that revealed
    them.
    """

    def __init__(self, wiring: Wiring) -> None:
        self.w = wiring
        self.expected: dict[tuple[str, int], int] = {}

    def _start_of(self, rec: RawRecord) -> int | None:
        """The group's committed offset for the record's partition (Faust's TP is a named tuple,
        so a plain ``(topic, partition)`` tuple finds it without scanning every partition)."""
        committed = getattr(self.w.app.consumer, "_committed_offset", {})
        offset = committed.get((rec.topic, rec.partition))
        return int(offset) if offset is not None else None

    async def check(self, rec: RawRecord) -> list[RawRecord]:
        """The skipped records before ``rec`` (usually none). The group's committed offset counts
        too, so a partition that comes back after another worker had it is not mistaken for a gap."""
        key = (rec.topic, rec.partition)
        known = [o for o in (self.expected.get(key), self._start_of(rec)) if o is not None]
        start = max(known) if known else None
        self.expected[key] = max(rec.offset + 1, self.expected.get(key, 0))
        if start is None or rec.offset <= start:
            return []
        log.warning(
            "raw records %s[%d] %d..%d were skipped by the stream; fetching them",
            rec.topic,
            rec.partition,
            start,
            rec.offset - 1,
        )
        fetched = await fetch_range(self.w.settings, rec.topic, rec.partition, start, rec.offset)
        return [RawRecord.from_kafka(m) for m in fetched]
