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
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from streams.cli.outputs import OutKey, RawKey, Snapshot, take_snapshot
from streams.settings import Settings

# A topic's read also stops, with ReadIncomplete, once this many seconds pass in which no offset moved: a stuck read
# (a partition without a leader, a broker gone) fails without waiting out --timeout, and a slow but moving one goes on
# until --timeout (streams.client.records, ``stall``)
STALL_S = 30.0


@dataclass(frozen=True)
class AuditReport:
    raw: int
    outputs: dict[str, int]
    missing: list[RawKey]
    doubled: dict[OutKey, int]
    members: int = 0  # distinct (raw record, index) pairs with an output
    containers: int = 0  # raw records with more than one member
    member_gaps: list[OutKey] = field(default_factory=list)  # absent indices below a present one

    @property
    def ok(self) -> bool:
        return not self.missing and not self.member_gaps


def primary_topics(s: Settings) -> list[str]:
    """The topics every raw member ends on exactly once (:meth:`Settings.primary_topics`)."""
    return s.primary_topics()


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
    return AuditReport(
        len(snap.raw),
        {t: len(v) for t, v in snap.outputs.items()},
        missing,
        doubled,
        members=len(seen),
        containers=sum(len(v) > 1 for v in indices.values()),
        member_gaps=gaps,
    )


def run_audit(s: Settings, timeout: float = 120.0, show: int = 20) -> int:
    """Print the reconciliation; exit status 1 when a raw item or a container member has no output."""
    topics = primary_topics(s)
    t0 = time.monotonic()

    def progress(topic: str, n: int) -> None:  # large topics only: a line per 10,000 records
        print(
            f"audit: reading {topic}: {n:,} record(s) so far ({time.monotonic() - t0:.0f} s)",
            file=sys.stderr,
            flush=True,
        )

    report = reconcile(take_snapshot(s, topics, timeout=timeout, progress=progress, stall=STALL_S), topics)
    print(f"raw items: {report.raw} on {s.topic_raw}")
    for topic in topics:
        print(f"  {topic}: {report.outputs.get(topic, 0)} record(s)")
    print(f"members: {report.members} (containers with more than one member: {report.containers})")
    print(f"members lost inside a container: {len(report.member_gaps)}")
    for gap in report.member_gaps[:show]:
        print(f"  lost member: {gap[0]}[{gap[1]}]@{gap[2]}#{gap[3]}")
    print(f"missing: {len(report.missing)}")
    for lost in report.missing[:show]:
        print(f"  lost: {lost[0]}[{lost[1]}]@{lost[2]}")
    extra = sum(n - 1 for n in report.doubled.values())
    print(f"doubled: {len(report.doubled)} item(s), {extra} extra {'copy' if extra == 1 else 'copies'}")
    for key, n in list(report.doubled.items())[:show]:
        print(f"  x{n}: {key[0]}[{key[1]}]@{key[2]}#{key[3]}")
    print("RESULT audit " + ("ok" if report.ok else "LOSS") + f" ({time.monotonic() - t0:.1f} s)", file=sys.stderr)
    return 0 if report.ok else 1
