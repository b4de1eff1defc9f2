"""``wirefeed audit``: reconcile ``wire.raw`` against the output topics.

Every raw record must end in at least one of articles / duplicates / dead letters, each output
carrying its raw origin (topic, partition, offset, index inside a container). The audit prints
what is missing (lost) and what is doubled (at-least-once re-publication after a crash).
"""

from __future__ import annotations

import sys
import time
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


def run_audit(s: Settings, timeout: float = 120.0, show: int = 20) -> int:
    """Print the reconciliation; exit status 1 when a raw item has no output at all."""
    topics = [s.topic_articles, s.topic_duplicates, s.topic_deadletter]
    t0 = time.monotonic()

    def progress(topic: str, n: int) -> None:   # large topics only: a line per 10,000 records
        print(f"audit: reading {topic}: {n:,} record(s) so far ({time.monotonic() - t0:.0f} s)", file=sys.stderr,
              flush=True)

    report = reconcile(take_snapshot(s, topics, timeout=timeout, progress=progress), topics)
    print(f"raw items: {report.raw} on {s.topic_raw}")
    for topic in topics:
        print(f"  {topic}: {report.outputs.get(topic, 0)} record(s)")
    print(f"missing: {len(report.missing)}")
    for lost in report.missing[:show]:
        print(f"  lost: {lost[0]}[{lost[1]}]@{lost[2]}")
    extra = sum(n - 1 for n in report.doubled.values())
    print(f"doubled: {len(report.doubled)} item(s), {extra} extra {'copy' if extra == 1 else 'copies'}")
    for key, n in list(report.doubled.items())[:show]:
        print(f"  x{n}: {key[0]}[{key[1]}]@{key[2]}#{key[3]}")
    print("RESULT audit " + ("ok" if report.ok else "LOSS") + f" ({time.monotonic() - t0:.1f} s)", file=sys.stderr)
    return 0 if report.ok else 1
