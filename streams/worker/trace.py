"""Per-batch timings of the two agents, written as JSON lines when ``WIREFEED_TRACE_BATCHES`` names a file.

Why: the end-to-end latency of an item is the sum of waits nobody sees in a throughput figure: the
broker → consumer fetch, the take's buffer (``Stream.take_events`` holds events until it is full or its
``within`` timer fires), the agent's own queue (events that arrived while it processed the previous batch),
the CPU work, and the wait for the broker's acknowledgements before the batch may end. One line per
batch splits them, so a latency figure can be read as a mechanism instead of guessed at:

* ``fetch_ms``: broker timestamp (``LogAppendTime``) → the message handed to the streams (Faust's monitor
  stamps ``message.time_in``), p50/max over the batch: the consumer's fetch path;
* ``held_ms``: ``time_in`` → the take returned the batch: the take's buffer plus the agent being busy;
* ``idle_ms``: how long the agent waited for this take after its previous batch ended (0 = it was
  behind: the batch was ready when it asked);
* ``work_ms`` / ``cpu_ms``: processing until the last send was handed to the producer;
* ``ack_ms``: the await of every acknowledgement (``Sender.confirm``), ``flush_ms``: the dedupe stage's
  flush of its table writes.

Off by default (no file: one attribute test per batch). Nothing here changes what the agents do.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import IO, Any

import orjson


def _pcts(values: list[float]) -> tuple[float, float]:
    if not values:
        return (float("nan"), float("nan"))
    s = sorted(values)
    return (round(s[len(s) // 2], 2), round(s[-1], 2))


@dataclass
class BatchTrace:
    """One agent's trace sink (``out`` None: tracing off)."""

    agent: str
    out: IO[bytes] | None = None
    wall_minus_mono: float = field(default_factory=lambda: time.time() - time.monotonic())
    ended: float = field(default_factory=time.perf_counter)  # perf_counter when the previous batch ended
    _t0: float = 0.0
    _c0: float = 0.0
    _t1: float = 0.0
    _core0: float = 0.0
    _row: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def for_path(cls, agent: str, path: str) -> BatchTrace:
        """The trace of ``agent`` written under the prefix ``path`` (``Settings.trace_batches``); empty: off."""
        if not path:
            return cls(agent)
        return cls(agent, open(f"{path}.{agent}.{os.getpid()}.jsonl", "ab", buffering=0))

    @property
    def on(self) -> bool:
        return self.out is not None

    def taken(self, events: list[Any], cap: int) -> None:
        """The take returned ``events`` (its size was ``cap``)."""
        if self.out is None:
            return
        now_p, now_w = time.perf_counter(), time.time()
        fetch, held = [], []
        for e in events:
            msg = e.message
            ts, t_in = msg.timestamp, getattr(msg, "time_in", None)
            if t_in is not None:
                w_in = t_in + self.wall_minus_mono
                held.append((now_w - w_in) * 1000.0)
                if ts is not None:
                    fetch.append((w_in - ts) * 1000.0)
        self._row = {
            "a": self.agent,
            "t": round(now_w, 4),
            "n": len(events),
            "cap": cap,
            "idle_ms": round((now_p - self.ended) * 1000.0, 2),
            "fetch_ms": _pcts(fetch),
            "held_ms": _pcts(held),
        }
        self._t0, self._c0 = now_p, time.thread_time()

    def worked(self, core_cpu_s: float | None = None) -> None:
        """Every output of the batch was handed to the producer (the acknowledgements are next). ``core_cpu_s``:
        a running total of the core thread's CPU (``cpu_ms`` is then its growth over the batch, else the loop
        thread's CPU)."""
        if self.out is None:
            return
        self._row["work_ms"] = round((time.perf_counter() - self._t0) * 1000.0, 2)
        self._row["cpu_ms"] = round((time.thread_time() - self._c0) * 1000.0, 2)
        if core_cpu_s is not None:
            self._row["core_cpu_ms"] = round((core_cpu_s - self._core0) * 1000.0, 2)
            self._core0 = core_cpu_s
        self._t1 = time.perf_counter()

    def done(self, **extra: float) -> None:
        """The batch ended (acknowledged, state written); ``extra``: named durations in seconds."""
        self.ended = time.perf_counter()
        if self.out is None or not self._row:
            return
        row = self._row
        row["total_ms"] = round((self.ended - self._t0) * 1000.0, 2)
        if "work_ms" in row:
            row["ack_ms"] = round((self.ended - self._t1) * 1000.0, 2)
        for k, v in extra.items():
            row[k] = round(v * 1000.0, 2)
        self.out.write(orjson.dumps(row) + b"\n")
        self._row = {}


def install_fetch_trace(path: str) -> None:
    """With ``WIREFEED_TRACE_BATCHES`` set: one JSON line per consumer fetch hand-over, on both sides of Faust's
    consumer thread (a diagnostic: patches faust-streaming 0.15.3 / aiokafka 0.14 classes in this process).

    * ``side=thread`` (aiokafka's ``Fetcher.fetched_records`` in the consumer thread): records handed over,
      ``buffered_ms`` = how long their fetch response waited in aiokafka's buffer, ``age_ms`` = broker
      timestamp → hand-over, ``waited_ms`` = time in the call (waiting for a fetch when nothing was buffered);
    * ``side=main`` (Faust's ``getmany`` on the main loop): ``call_ms`` = call → result in the main loop
      (thread hop included), ``age_ms`` = broker timestamp → result.
    """
    if not path:
        return
    from aiokafka.consumer.fetcher import Fetcher
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    out = open(f"{path}.fetch.{os.getpid()}.jsonl", "ab", buffering=0)  # noqa: SIM115
    orig_fetched = Fetcher.fetched_records
    orig_getmany = AIOKafkaConsumerThread.getmany

    def _ages(records: Any, now_ms: float) -> dict[str, Any]:
        by_topic: dict[str, list[float]] = {}
        for tp, recs in records.items():
            for r in recs:
                by_topic.setdefault(tp.topic, []).append(now_ms - r.timestamp)
        return {topic: [len(v), *_pcts(v)] for topic, v in by_topic.items()}

    async def fetched_records(self: Any, partitions: Any, timeout: float = 0, max_records: Any = None) -> Any:
        t0 = time.perf_counter()
        created = {tp: getattr(res, "_created", None) for tp, res in self._records.items()}
        records = await orig_fetched(self, partitions, timeout=timeout, max_records=max_records)
        if records:
            now = time.monotonic()
            buffered = [(now - c) * 1000.0 for tp in records if (c := created.get(tp)) is not None]
            row = {
                "side": "thread",
                "t": round(time.time(), 4),
                "waited_ms": round((time.perf_counter() - t0) * 1000.0, 2),
                "buffered_ms": _pcts(buffered),
                "age_ms": _ages(records, time.time() * 1000.0),
                "still_buffered": len(self._records),
            }
            out.write(orjson.dumps(row) + b"\n")
        return records

    async def getmany(self: Any, active_partitions: Any, timeout: float) -> Any:
        t0 = time.perf_counter()
        records = await orig_getmany(self, active_partitions, timeout)
        if records:
            row = {
                "side": "main",
                "t": round(time.time(), 4),
                "call_ms": round((time.perf_counter() - t0) * 1000.0, 2),
                "age_ms": _ages(records, time.time() * 1000.0),
                "active": len(active_partitions or ()),
            }
            out.write(orjson.dumps(row) + b"\n")
        return records

    Fetcher.fetched_records = fetched_records  # type: ignore[method-assign]
    AIOKafkaConsumerThread.getmany = getmany  # type: ignore[method-assign]
