"""Where each consumed partition stands, kept by us rather than by Faust's ack bookkeeping.

Faust decides what to commit from the acks of its stream (``Consumer._new_offset``), and that path
has three holes we reproduced (docs/reliability.md, "Why records were doubled or skipped"):

* after a rebalance, ``Recovery.on_recovery_completed`` resumes the stream partitions *before* it
  seeks them to the committed offsets, so records fetched in between are delivered twice;
* ``Stream.take_events`` acks every event of a batch in a ``finally``, also when the agent is
  cancelled half-way through it, and events an agent did not process are acked just the same;
* ``_new_offset`` accepts a hole of one offset right after the committed one
  (``min(acked) - committed > 1``) and ignores the check when the committed offset is 0.

A :class:`Cursor` per stage replaces that: per partition, ``expected`` is the next offset to process
and ``safe`` the next offset whose outputs the broker has acknowledged. A record below ``expected``
is a re-delivery (skipped), one above it reveals a hole (the records in between are fetched and
processed first), and the offset committed is ``safe``, never more (:func:`committable`). So a
record can be read twice, never committed without having been processed. Pure bookkeeping: no
Faust or Kafka imports, unit-tested in ``tests/unit/test_cursor.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

Key = tuple[str, int]  # (topic, partition)


@dataclass(frozen=True, slots=True)
class Plan:
    """What to do with one delivered record: ``process``, ``replay`` (already done: skip) or
    ``gap`` (fetch ``gap_start .. offset-1`` first, then process the record)."""

    action: str
    gap_start: int = 0


@dataclass
class Cursor:
    """Next offset to process and next confirmed offset, per partition of the stage's topic."""

    topics: frozenset[str]
    expected: dict[Key, int] = field(default_factory=dict)
    safe: dict[Key, int] = field(default_factory=dict)

    def plan(self, key: Key, offset: int, committed: int | None) -> Plan:
        """Classify a delivered record; ``committed`` is the group's offset, used at first sight."""
        start = self.expected.get(key)
        if start is None:
            start = committed if committed is not None else offset
            self.expected[key] = start
            self.safe.setdefault(key, start)
        if offset < start:
            return Plan("replay")
        if offset > start:
            return Plan("gap", start)
        return Plan("process")

    def done(self, key: Key, offset: int) -> None:
        """``offset`` was processed (its outputs are sent, not yet confirmed)."""
        if offset + 1 > self.expected.get(key, -1):
            self.expected[key] = offset + 1

    def confirm(self, keys: Iterable[Key] | None = None) -> None:
        """The outputs of everything processed so far (on ``keys``, or all) are acknowledged."""
        for key in list(self.expected) if keys is None else keys:
            if key in self.expected:
                self.safe[key] = max(self.safe.get(key, 0), self.expected[key])

    def forget(self, keys: Iterable[Key]) -> None:
        """Partitions revoked: a later owner (maybe us again) starts from the committed offset."""
        for key in keys:
            self.expected.pop(key, None)
            self.safe.pop(key, None)

    def pending(self, key: Key) -> int | None:
        """Next offset to process on ``key`` (``None`` before the first record was seen)."""
        return self.expected.get(key)


def committable(
    cursors: Iterable[Cursor], assigned: Iterable[Key], committed: Mapping[Key, int | None]
) -> dict[Key, int]:
    """Offsets to commit for the cursors' topics: the confirmed position of each assigned partition
    that moved past the committed offset. Faust's own candidates for these topics are ignored."""
    owned = set(assigned)
    out: dict[Key, int] = {}
    for cursor in cursors:
        for key, offset in cursor.safe.items():
            if key not in owned:
                continue
            before = committed.get(key)
            if before is None or offset > before:
                out[key] = offset
    return out
