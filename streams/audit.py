"""``wirefeed audit``: reconcile ``wire.raw`` against the output topics.

Every raw record must end in at least one of articles / duplicates / dead letters, each output
carrying its raw origin (topic, partition, offset, index inside a container). The audit prints
what is missing (lost) and what is doubled (at-least-once re-publication after a crash).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass

from streams.outputs import OutKey, RawKey, Snapshot, take_snapshot
from streams.settings import Settings


@dataclass(frozen=True)
class AuditReport:
    raw: int
    outputs: dict[str, int]
    missing: list[RawKey]
    doubled: dict[OutKey, int]

    @property
    def ok(self) -> bool:
        return not self.missing


def reconcile(snap: Snapshot, primary_topics: list[str]) -> AuditReport:
    """Pure reconciliation of one snapshot (routed copies are not counted as doubles)."""
    seen: Counter[OutKey] = Counter()
    for topic in primary_topics:
        for key, _value in snap.outputs.get(topic, []):
            if key is not None:
                seen[key] += 1
    covered = {k[:3] for k in seen}
    missing = [r for r in snap.raw if r not in covered]
    doubled = {k: n for k, n in seen.items() if n > 1}
    return AuditReport(len(snap.raw), {t: len(v) for t, v in snap.outputs.items()}, missing, doubled)


def run_audit(s: Settings, timeout: float = 20.0, show: int = 20) -> int:
    topics = [s.topic_articles, s.topic_duplicates, s.topic_deadletter]
    report = reconcile(take_snapshot(s, topics, timeout=min(timeout, 5.0)), topics)
    print(f"raw items: {report.raw} on {s.topic_raw}")
    for topic, n in report.outputs.items():
        print(f"  {topic}: {n} record(s)")
    print(f"missing: {len(report.missing)}")
    for lost in report.missing[:show]:
        print(f"  lost: {lost[0]}[{lost[1]}]@{lost[2]}")
    extra = sum(n - 1 for n in report.doubled.values())
    print(f"doubled: {len(report.doubled)} item(s), {extra} extra copie(s)")
    for key, n in list(report.doubled.items())[:show]:
        print(f"  x{n}: {key[0]}[{key[1]}]@{key[2]}#{key[3]}")
    print("RESULT audit " + ("ok" if report.ok else "LOSS"), file=sys.stderr)
    return 0 if report.ok else 1
