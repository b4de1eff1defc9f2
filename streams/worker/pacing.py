"""Pacing of the agents' CPU work: take sizes that follow the backlog, and slices that yield to the loop.

Why: the worker consumes, produces, heart-beats, commits and serves metrics on one asyncio loop, and the
core pipeline runs on it too (~0.5-1 ms of CPU per item). A 500-item take processed in one go held the
loop for ~300 ms: the dedupe agent, the producer's sender and the fetcher all waited, and at 500 items/s
the latency grew to seconds (issue #17). Two pure policies, used by both agents
(``streams.worker.ingest_agent``, ``streams.worker.dedupe_agent``):

* :func:`next_take`: the size of the next ``take_events`` batch. A take that came back full means a
  backlog: double the size (throughput: fewer acknowledgement rounds and flushes per item). A take that
  came back short (the ``within`` timer fired: the topic is near its end) halves it, down to ``lo``, so
  a burst's first items are handed over as soon as ``lo`` of them arrived (latency).
* :func:`slice_budget`: how much CPU an agent may spend before it yields (``await asyncio.sleep(0)``):
  short near the end of the topic, where other tasks' latency matters, longer under backlog.
* :class:`AdaptiveWithin`: the take's fill wait, ``WIREFEED_BATCH_WITHIN`` while records come, long while the
  topic is idle (the take size is then 1, so the next record is handed over at once, without the wait).

:class:`CoreRunner` runs those slices of core work inline (the default) or, with ``WIREFEED_CORE_THREAD=1``,
on one thread of their own, so that the loop is never held by the core: every hop of an item (the consumer
thread's hand-over, the take's timer, the producer's sender and its acknowledgement, the dedupe agent) waits for
the running slice to end, 10-40 ms each (docs/benchmarks.md, "Session 8: latency at 500/s"). On its thread the
core gives the loop the interpreter lock at least every ``sys.getswitchinterval()`` (5 ms), but the two threads
contend for it: in a same-machine A/B the thread cost ~25 % more worker CPU per item and more latency than
inline slices with 10 ms takes and the enrichment bound ("Session 8: which core path"), so it is opt-in.

:class:`AdaptiveMax` feeds the take size to Faust: ``Stream.take_events`` (faust-streaming 0.15.3) fixes
its ``max_`` argument for the life of the generator and only compares ``buffer_size() >= max_`` on every
buffered event, so an int-like object whose value we change adapts the batch size without restarting the
take (restarting would leave events in a dropped buffer).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from streams.settings import Settings

T = TypeVar("T")

SLICE_MIN_S = 0.010  # CPU between yields when the topic is near its end
SLICE_MAX_S = 0.040  # ... and under a full backlog
TAKE_MIN = 32
IDLE_WITHIN_S = 0.5  # a take's fill wait while its topic is idle (AdaptiveWithin): a record ends it at once


def next_take(cap: int, taken: int, lo: int, hi: int) -> int:
    """The next take size after a take of ``taken`` events with size ``cap`` (see the module docstring)."""
    if taken >= cap:
        return max(lo, min(hi, cap * 2))
    return max(lo, min(hi, cap // 2))


def slice_budget(cap: int, lo: int, hi: int, short: float = SLICE_MIN_S, long: float = SLICE_MAX_S) -> float:
    """Seconds of CPU between two yields for a take size ``cap`` in ``[lo, hi]`` (linear in between)."""
    if hi <= lo:
        return long
    share = min(max((cap - lo) / (hi - lo), 0.0), 1.0)
    return short + (long - short) * share


class AdaptiveMax:
    """An int-like ``max_`` for ``take_events`` whose value :meth:`observe` moves with :func:`next_take`."""

    def __init__(self, hi: int, lo: int = TAKE_MIN) -> None:
        self.hi = max(1, hi)
        self.lo = max(1, min(lo, self.hi))
        self.value = self.lo
        self.fresh = True  # a take was observed since the fill wait began (AdaptiveWithin)

    def observe(self, taken: int) -> None:
        """Record the size of the take just received (call once per take, before processing it)."""
        self.value = next_take(self.value, taken, self.lo, self.hi)
        self.fresh = True

    def budget(self) -> float:
        return slice_budget(self.value, self.lo, self.hi)

    # Faust compares ``buffer_size() >= max_``: int.__ge__ gives NotImplemented, Python asks max_.__le__
    def __le__(self, other: Any) -> bool:
        return bool(self.value <= other)

    def __ge__(self, other: Any) -> bool:
        return bool(self.value >= other)

    def __lt__(self, other: Any) -> bool:
        return bool(self.value < other)

    def __gt__(self, other: Any) -> bool:
        return bool(self.value > other)

    def __eq__(self, other: object) -> bool:
        return bool(self.value == other)

    def __hash__(self) -> int:
        return id(self)

    def __int__(self) -> int:
        return self.value

    def __index__(self) -> int:
        return self.value

    def __repr__(self) -> str:
        return f"AdaptiveMax({self.value} in {self.lo}..{self.hi})"


class AdaptiveWithin:
    """The ``within`` of ``take_events``: ``busy`` seconds while records come, ``idle`` once the topic is idle.

    Why: Faust's take loop wakes up every ``within`` seconds to hand over what it buffered, also when it
    buffered nothing; at 10 ms that is 100 empty wake-ups a second per agent, ~1 % of a core each
    (docs/benchmarks.md, "Session 8"), and the idle worker's whole cost (~0.02 CPU-s a second, charged to
    every second of a run: "Session 9"). While the topic is idle the take size is set to 1, so the next
    record fills the take and is handed over at once, and the wait can be long without delaying anyone;
    that record's take is observed and the size goes back to the floor (:func:`next_take`).

    ``take_events`` (faust-streaming 0.15.3) keeps the object and hands it to ``loop.call_later`` once per
    wait, which reads it once: asyncio's loop adds it to its clock (``time + delay`` → :meth:`__radd__`),
    uvloop's compares it (``delay < 0``, ``> MAX_SLEEP``: read without moving the state) and then converts
    it to milliseconds (``delay * 1000`` → :meth:`__mul__`). A wait that starts with no take observed since
    the previous one means the previous wait ended empty (a non-empty buffer at a timeout is handed over,
    and observed, before the next wait starts).
    """

    def __init__(self, take: AdaptiveMax, busy: float, idle: float = IDLE_WITHIN_S) -> None:
        self.take = take
        self.busy = busy
        self.idle = max(idle, busy)
        self.idling = False

    def next_wait(self) -> float:
        """Seconds of the fill wait starting now (one call per wait)."""
        take = self.take
        if take.fresh:
            take.fresh, self.idling = False, False
            return self.busy
        self.idling = True
        take.value = 1  # the buffer is empty: the next record alone ends the wait
        return self.idle

    def __radd__(self, other: float) -> float:  # asyncio: ``self.time() + delay``
        return other + self.next_wait()

    def __mul__(self, other: float) -> float:  # uvloop: ``round(delay * 1000)``, after its comparisons
        return self.next_wait() * other

    def __float__(self) -> float:  # without moving the state (for logs, reprs and comparisons)
        return self.idle if self.idling else self.busy

    def __lt__(self, other: float) -> bool:
        return float(self) < other

    def __gt__(self, other: float) -> bool:
        return float(self) > other

    def __eq__(self, other: object) -> bool:
        return isinstance(other, int | float) and float(self) == other

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"AdaptiveWithin({self.busy:g} s busy, {self.idle:g} s idle{', idling' if self.idling else ''})"


class CoreRunner:
    """Where the core's CPU work runs: on the loop (the default, as ``Settings.core_thread``: the caller runs
    each slice itself and yields after it), or with ``threaded`` on one thread of its own
    (``WIREFEED_CORE_THREAD=1``), through :meth:`submit`.

    One thread, so the core never runs twice at once: its one-entry memos and caches see one caller, and the
    order of the work is the order of the calls. Nothing on that thread may touch Faust or aiokafka.
    :meth:`shutdown` when the worker stops (``streams.worker.context.Context.close``)."""

    def __init__(self, threaded: bool = False) -> None:
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirefeed-core") if threaded else None

    @property
    def threaded(self) -> bool:
        return self.executor is not None

    def submit(self, fn: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Start ``fn(*args)`` on the core thread now and return its future (threaded runners only: inline, the
        caller runs the slice itself, see ``streams.worker.ingest_agent.ingest_records``)."""
        if self.executor is None:
            raise RuntimeError("CoreRunner.submit needs a threaded runner (WIREFEED_CORE_THREAD=1)")
        return asyncio.get_running_loop().run_in_executor(self.executor, fn, *args)

    def shutdown(self) -> None:
        """Stop the core thread (a slice running now finishes; none queued starts). Idempotent."""
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)


def fill_wait(take: AdaptiveMax, s: Settings) -> AdaptiveWithin | float:
    """The ``within`` of an agent's take: ``s.batch_within`` while records come, long while idle
    (``streams.worker.pacing.AdaptiveWithin``); ``0`` (no fill wait) stays ``0``."""
    return AdaptiveWithin(take, s.batch_within) if s.batch_within > 0 else s.batch_within
