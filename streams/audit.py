"""``wirefeed audit``: reconcile ``wire.raw`` against the output topics.

Every raw record must end in at least one of articles / events / duplicates / dead letters, each output
carrying its raw origin (topic, partition, offset, index inside a container). The audit prints
what is missing (lost) and what is doubled (at-least-once re-publication after a crash).

Members: a container (newsMessage, package message, feed, JSON array, SGML file) yields one output per
member, numbered 0..n-1 by ``raw-index``. The audit counts members and containers, and reports a member
whose index is absent while a later index of the same raw record is present (a member lost inside a
container); a lost *last* member cannot be seen from the outputs alone.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from streams.outputs import OutKey, RawKey, Snapshot, take_snapshot
from streams.settings import Settings


@dataclass(frozen=True)
class AuditReport:
    raw: int
    outputs: dict[str, int]
    missing: list[RawKey]
    doubled: dict[OutKey, int]
    members: int = 0                  # distinct (raw record, index) pairs with an output
    containers: int = 0               # raw records with more than one member
    member_gaps: list[OutKey] = field(default_factory=list)   # absent indices below a present one

    @property
    def ok(self) -> bool:
        return not self.missing and not self.member_gaps


def primary_topics(s: Settings) -> list[str]:
    """The topics every raw member ends on exactly once (routed copies and kill records excluded)."""
    return [s.topic_articles, s.topic_events, s.topic_duplicates, s.topic_deadletter]


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
    indices: dict[RawKey, set[int]] = defaultdict(set)
    for key in seen:
        indices[key[:3]].add(key[3])
    gaps = sorted((*raw, i) for raw, found in indices.items() for i in range(max(found)) if i not in found)
    return AuditReport(len(snap.raw), {t: len(v) for t, v in snap.outputs.items()}, missing, doubled,
                       members=len(seen), containers=sum(len(v) > 1 for v in indices.values()), member_gaps=gaps)


def run_audit(s: Settings, timeout: float = 20.0, show: int = 20) -> int:
    topics = primary_topics(s)
    report = reconcile(take_snapshot(s, topics, timeout=min(timeout, 5.0)), topics)
    print(f"raw items: {report.raw} on {s.topic_raw}")
    for topic, n in report.outputs.items():
        print(f"  {topic}: {n} record(s)")
    print(f"members: {report.members} (containers with more than one member: {report.containers})")
    print(f"members lost inside a container: {len(report.member_gaps)}")
    for gap in report.member_gaps[:show]:
        print(f"  lost member: {gap[0]}[{gap[1]}]@{gap[2]}#{gap[3]}")
    print(f"missing: {len(report.missing)}")
    for lost in report.missing[:show]:
        print(f"  lost: {lost[0]}[{lost[1]}]@{lost[2]}")
    extra = sum(n - 1 for n in report.doubled.values())
    print(f"doubled: {len(report.doubled)} item(s), {extra} extra copie(s)")
    for key, n in list(report.doubled.items())[:show]:
        print(f"  x{n}: {key[0]}[{key[1]}]@{key[2]}#{key[3]}")
    print("RESULT audit " + ("ok" if report.ok else "LOSS"), file=sys.stderr)
    return 0 if report.ok else 1
