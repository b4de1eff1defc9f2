"""How ingest's slices cut raw records into ``process_batch`` calls: how many, and where to stop.

Pure policies (no Faust, no aiokafka) used by ``streams.worker.ingest_agent.ingest_slice``: the core costs
less an item in larger batches, but a slice must end near its CPU budget (``streams.worker.pacing``) and a
small record must not wait behind a large one in the same batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from streams.worker.gaps import RawRecord

BATCH_MAX = 64  # records per process_batch: the gain is ~flat beyond (docs/benchmarks.md, session 11)
FIRST_ITEM_S = 0.002  # seconds an item, before any was measured (a slow machine's core, so a short first batch)
# A payload this large costs about the longest slice on its own (~1.3 ms of core per KB of text up to the
# enrichers' bound): it gets a batch, and a slice, of its own (see :func:`batch_end`)
LARGE_BYTES = 32 * 1024


@dataclass
class SliceSizer:
    """How many records the next ``process_batch`` of a slice takes: the time left in the slice's budget
    over the seconds an item has been taking (a running mean of the batches' per-item wall time), between
    1 and :data:`BATCH_MAX`. Why: the core costs less an item in larger batches (stage-major: each stage
    finds its tables in the CPU caches), but a slice must still end near its budget, else the loop's stalls
    and the latency grow. A batch's observation counts at most 4x the mean; a large record's batch is not
    observed at all (``streams.worker.ingest_agent.ingest_slice``): its time says nothing about the small
    records' time."""

    per_item_s: float = FIRST_ITEM_S

    def count(self, left_s: float) -> int:
        return max(1, min(BATCH_MAX, int(left_s / self.per_item_s)))

    def observe(self, seconds: float, items: int) -> None:
        sample = min(seconds / max(items, 1), 4 * self.per_item_s)
        self.per_item_s = max(1e-5, self.per_item_s + 0.25 * (sample - self.per_item_s))


def is_large(rec: RawRecord) -> bool:
    """A record whose payload alone costs about a slice (:data:`LARGE_BYTES`)."""
    return len(rec.value or b"") >= LARGE_BYTES


def batch_end(records: list[RawRecord], start: int, count: int) -> int:
    """Where the batch of up to ``count`` records from ``start`` ends: a large record (:func:`is_large`) is a
    batch of its own, and a batch of small ones stops before it. Why: ``process_batch`` runs each stage over
    the whole batch, so a record batched with a 1 MB story waits for every stage of it, and its outputs wait
    for the batch (the head-of-line test: docs/benchmarks.md, session 11's final runs)."""
    if is_large(records[start]):
        return start + 1
    end = min(len(records), start + count)
    for j in range(start + 1, end):
        if is_large(records[j]):
            return j
    return end
