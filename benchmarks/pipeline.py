"""The full wirefeed worker (``python -m streams worker``), 1 or 2 processes, sustained throughput.

One worker: all items are pre-loaded into the raw topic, then the worker starts; the clock runs from
the first output to the last (broker timestamps), so start-up and rebalancing are not counted.
Two workers: both are started on an empty raw topic and allowed to settle into one consumer group
(each took partitions), else the first one to start would do most of the work alone while the second
joins; then both are paused (SIGSTOP) while the items are loaded and resumed together (SIGCONT), so
that they drain a backlog as the one worker does. Fed while running instead, they took small batches
at the load producer's pace and paid the per-take costs (acks, flushes, timers) on a few items each:
not the same measure (docs/benchmarks.md, "Session 9"). Outputs are counted on articles + duplicates +
deadletter until every raw item is accounted for.

Items per CPU-second are given over two windows: the output window (first → last output) and the whole
pipeline (first envelope on the internal topic → last output, ``e2e_*``); the 2-worker vs 1-worker
comparison reads the whole-pipeline one (the output window misses the ingest work done before the dedupe
stage's first output, in a proportion that differs between the two runs).
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import cluster
from benchmarks.items import Item

IDLE_PROBE_S = 3.0  # after a run: how long the idle workers' CPU is sampled


@dataclass
class PipelineResult:
    workers: int
    items: int
    done: int
    per_s: float
    steady_per_s: float
    seconds: float
    cpu_s: float
    rss_mb: list[float] = field(default_factory=list)
    by_topic: dict[str, int] = field(default_factory=dict)
    # the whole pipeline: first record on the internal dedupe topic → last output. The output window above
    # starts at the first *output*, and the dedupe stage can be starved of input while ingest works through a
    # raw backlog (one consumer for both topics), so that window can miss most of ingest's work
    e2e_seconds: float = float("nan")
    e2e_cpu_s: float = float("nan")
    preload_s: float = float("nan")  # 2 workers: how long they were paused while the backlog was loaded
    # per worker process: CPU over the whole pipeline, items ingested, dedupe batches and their stage times
    # (scraped at the end): where a second process spends more per item (docs/benchmarks.md, "Session 9")
    per_worker: list[dict[str, float]] = field(default_factory=list)
    idle_cpu_per_s: float = float("nan")  # the processes' CPU-s per second once every item is out (all idle)

    @property
    def e2e_per_s(self) -> float:
        """Items per second from the first envelope ingest published to the last output."""
        return self.done / self.e2e_seconds if self.e2e_seconds else float("nan")

    @property
    def e2e_cpu_us_per_item(self) -> float:
        """Worker CPU per item over the same window (µs)."""
        return self.e2e_cpu_s / self.done * 1e6 if self.done else float("nan")

    @property
    def core_cpu_us_per_item(self) -> float:
        """The core's CPU per item inside the worker(s) (scraped ``wirefeed_core_cpu_seconds``, µs; a mean)."""
        core = sum(w.get("core_cpu_s", float("nan")) for w in self.per_worker) if self.per_worker else float("nan")
        return core / self.done * 1e6 if self.done else float("nan")

    @property
    def shell_cpu_us_per_item(self) -> float:
        """Worker CPU per item outside the core, same window as :attr:`e2e_cpu_us_per_item` (µs)."""
        return self.e2e_cpu_us_per_item - self.core_cpu_us_per_item

    @property
    def per_cpu_s(self) -> float:
        """Items per CPU-second of the worker process(es) over the output window: robust against a busy machine."""
        return self.done / self.cpu_s if self.cpu_s else float("nan")

    @property
    def e2e_per_cpu_s(self) -> float:
        """Items per CPU-second of the worker process(es) over the whole pipeline (first envelope → last output)."""
        return self.done / self.e2e_cpu_s if self.e2e_cpu_s else float("nan")


def rates(got: cluster.Collected, n: int) -> tuple[float, float, float]:
    """(first→last rate, 10 %→90 % steady rate, span seconds) from the outputs' broker timestamps."""
    ts = sorted(got.first_out.values())
    if len(ts) < 2:
        return float("nan"), float("nan"), 0.0
    span = (ts[-1] - ts[0]) / 1000.0
    lo, hi = ts[len(ts) // 10], ts[(len(ts) * 9) // 10]
    steady = (len(ts) * 0.8) / ((hi - lo) / 1000.0) if hi > lo else float("nan")
    return (len(ts) - 1) / span if span else float("nan"), steady, span


async def output_topics(bootstrap: str, topics: cluster.Topics) -> None:
    await cluster.create_topics(bootstrap, [(t, 1) for t in (*topics.outputs, f"{topics.prefix}.kills")])


async def wait_ready(workers: Sequence[cluster.Worker], timeout: float = 180.0, settle: float = 5.0) -> None:
    """Until every worker logged Faust's ready line (then ``settle`` s for the group to rebalance)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for w in workers:
            if not w.alive():
                raise RuntimeError(f"worker exited during start-up:\n{w.log_tail()}")
        if all(w.log is not None and w.log.exists() and "Ready" in w.log.read_text(errors="replace") for w in workers):
            await asyncio.sleep(settle)
            return
        await asyncio.sleep(0.5)
    raise RuntimeError("workers not ready in time:\n" + "\n".join(w.log_tail() for w in workers))


async def start_to_ready(bootstrap: str, workdir: Path, runs: int = 3, timeout: float = 120.0) -> dict[str, Any]:
    """Seconds from spawning ``wirefeed worker`` to Faust's "Ready" log line, and the worker's memory
    then (enrichment resources loaded, tables opened, agents running), ``runs`` times on fresh topics."""
    rows: list[dict[str, float]] = []
    for i in range(runs):
        topics = cluster.Topics(f"ready{i}", f"ready{i}.raw")
        await output_topics(bootstrap, topics)
        await cluster.create_topics(bootstrap, [(topics.raw, 1)])
        w = cluster.Worker(bootstrap, topics, f"ready{i}-app", workdir, 1)
        t0 = time.monotonic()
        w.start(i)
        try:
            while "Ready" not in (w.log.read_text(errors="replace") if w.log and w.log.exists() else ""):
                if not w.alive() or time.monotonic() - t0 > timeout:
                    raise RuntimeError(f"worker not ready:\n{w.log_tail()}")
                await asyncio.sleep(0.05)
            rows.append({"seconds": time.monotonic() - t0, **w.stat.mem_mb()})
        finally:
            w.stop()
    return {
        "runs": rows,
        "median_s": statistics.median(r["seconds"] for r in rows),
        "max_s": max(r["seconds"] for r in rows),
        "rss_mb": max(r.get("VmRSS", float("nan")) for r in rows),
    }


async def _sample_cpu(
    stats: Sequence[cluster.ProcStat], out: list[tuple[float, float]], each: list[list[float]]
) -> None:
    """(epoch s, total CPU s of the workers) every 0.1 s, to charge only the measured window; ``each`` gets
    every worker's own CPU s at the same instants."""
    while True:
        cpus = [s.cpu_s() for s in stats]
        out.append((time.time(), sum(cpus)))
        each.append(cpus)
        await asyncio.sleep(0.1)


def _worker_figures(w: cluster.Worker) -> dict[str, float]:
    """A worker's own counts, scraped: items ingested, dedupe batches (one ``publish`` stage each) and the
    mean µs of its per-batch and per-item stages."""
    m = w.scrape()
    out = {"items_in": sum(v for k, v in m.items() if k.startswith("wirefeed_items_received_total"))}
    # the core's CPU inside this worker (thread time of ingest's core work since the start; the window's first
    # slice, before the first envelope, is in it too: ≤ 40 ms): e2e CPU minus this is the shell's
    out["core_cpu_s"] = m.get("wirefeed_core_cpu_seconds", float("nan"))
    for stage in ("publish", "dedupe", "parse", "enrich"):
        n = m.get(f"wirefeed_stage_seconds_count{{stage={stage}}}", 0.0)
        out[f"{stage}_n"] = n
        out[f"{stage}_mean_us"] = m.get(f"wirefeed_stage_seconds_sum{{stage={stage}}}", 0.0) / n * 1e6 if n else 0.0
    return out


def _signal_all(ws: Sequence[cluster.Worker], sig: signal.Signals) -> None:
    for w in ws:
        if w.proc is not None and w.proc.poll() is None:
            os.kill(w.proc.pid, sig)


def _cpu_between(samples: Sequence[tuple[float, float]], t0: float, t1: float) -> float:
    """CPU seconds spent between epoch ``t0`` and ``t1`` (nearest samples)."""
    if not samples:
        return float("nan")
    before = max((s for s in samples if s[0] <= t0), default=samples[0], key=lambda s: s[0])
    after = min((s for s in samples if s[0] >= t1), default=samples[-1], key=lambda s: s[0])
    return after[1] - before[1]


async def run_pipeline(
    bootstrap: str,
    items: Sequence[Item],
    workers: int,
    workdir: Path,
    tag: str,
    partitions: int,
    timeout: float,
    raw: str | None = None,
    sent: Sequence[cluster.Sent] | None = None,
    keep: bool = False,
    env: dict[str, str] | None = None,
) -> tuple[PipelineResult, list[cluster.Worker]]:
    """Run ``workers`` worker processes over ``items``; with ``keep`` the workers are left running; ``env`` is
    added to each worker's environment (``benchmarks.loop_ab``: another tree, another event loop)."""
    topics = cluster.Topics(tag, raw or f"{tag}.raw")
    await output_topics(bootstrap, topics)
    ws = [
        cluster.Worker(bootstrap, topics, f"{tag}-app", workdir, partitions, extra_env=dict(env or {}))
        for _ in range(workers)
    ]
    preload_s = float("nan")
    samples: list[tuple[float, float]] = []
    each: list[list[float]] = []
    sampler: asyncio.Task[None] | None = None
    try:
        if sent is None and workers > 1:
            await cluster.create_topics(bootstrap, [(topics.raw, partitions)])
            for i, w in enumerate(ws):
                w.start(i)
            await wait_ready(ws)
            # paused while the backlog is loaded (well within the session timeout), then resumed together
            sampler = asyncio.create_task(_sample_cpu([w.stat for w in ws], samples, each))
            _signal_all(ws, signal.SIGSTOP)
            t_load = time.monotonic()
            try:
                sent = await cluster.preload(bootstrap, topics.raw, items, partitions)
            finally:
                preload_s = time.monotonic() - t_load
                _signal_all(ws, signal.SIGCONT)
        else:
            if sent is None:
                await cluster.create_topics(bootstrap, [(topics.raw, partitions)])
                sent = await cluster.preload(bootstrap, topics.raw, items, partitions)
            for i, w in enumerate(ws):
                w.start(i)
        if sampler is None:
            sampler = asyncio.create_task(_sample_cpu([w.stat for w in ws], samples, each))
        stats = [w.stat for w in ws]
        want = {(s.partition, s.offset) for s in sent}
        try:
            got = await cluster.guarded(
                cluster.collect(bootstrap, topics.outputs, want, timeout),
                [w.proc for w in ws if w.proc is not None],
                "worker",
            )
        finally:
            sampler.cancel()
        ts = sorted(got.first_out.values())
        cpu = _cpu_between(samples, ts[0] / 1000.0, ts[-1] / 1000.0) if ts else float("nan")
        rss = [s.mem_mb().get("VmHWM", 0.0) for s in stats]
        per_s, steady, span = rates(got, len(want))
        result = PipelineResult(workers, len(want), len(got.first_out), per_s, steady, span, cpu, rss, got.by_topic)
        result.preload_s = preload_s
        first_hop = await first_timestamp(bootstrap, topics.dedupe)
        if ts and first_hop is not None:
            result.e2e_seconds = (ts[-1] - first_hop) / 1000.0
            result.e2e_cpu_s = _cpu_between(samples, first_hop / 1000.0, ts[-1] / 1000.0)
            for k, w in enumerate(ws):
                own = [(t, cpus[k]) for (t, _), cpus in zip(samples, each, strict=False)]
                result.per_worker.append(
                    {"e2e_cpu_s": _cpu_between(own, first_hop / 1000.0, ts[-1] / 1000.0), **_worker_figures(w)}
                )
        # what each process burns with nothing to do (take timers, fetch polls, heart-beats, probes), CPU-s per s:
        # charged to every second of the window, so a long window (a loaded machine, or a worker waiting on the
        # other's dedupe stage) costs CPU per item that no item caused
        c0, t0 = [w.stat.cpu_s() for w in ws], time.monotonic()
        await asyncio.sleep(IDLE_PROBE_S)
        idle = [(w.stat.cpu_s() - c) / (time.monotonic() - t0) for w, c in zip(ws, c0, strict=True)]
        for k, rate in enumerate(idle):
            if k < len(result.per_worker):
                result.per_worker[k]["idle_cpu_per_s"] = rate
        result.idle_cpu_per_s = sum(idle)
        if len(got.first_out) < len(want):
            tails = "\n".join(w.log_tail(15) for w in ws)
            print(f"  WARNING: {len(want) - len(got.first_out)} items not accounted for:\n{tails}", flush=True)
    except BaseException:
        if sampler is not None:
            sampler.cancel()
        for w in ws:
            w.stop()
        raise
    if not keep:
        for w in ws:
            w.stop()
    return result, ws


async def first_timestamp(bootstrap: str, topic: str, timeout: float = 10.0) -> int | None:
    """Broker timestamp (ms) of the first record of a one-partition topic, ``None`` if none came."""
    cons = cluster.consumer(bootstrap)
    await cons.start()
    try:
        tp = cluster.TopicPartition(topic, 0)
        cons.assign([tp])
        await cons.seek_to_beginning(tp)
        batch = await cons.getmany(tp, timeout_ms=int(timeout * 1000), max_records=1)
        msgs = batch.get(tp) or []
        return int(msgs[0].timestamp) if msgs else None
    except Exception:  # a diagnostic: the figures above stand without it
        return None
    finally:
        await cons.stop()


def as_dict(r: PipelineResult) -> dict[str, Any]:
    return {
        "workers": r.workers,
        "items": r.items,
        "done": r.done,
        "per_s": r.per_s,
        "steady_per_s": r.steady_per_s,
        "seconds": r.seconds,
        "cpu_s": r.cpu_s,
        "per_cpu_s": r.per_cpu_s,
        "e2e_per_s": r.e2e_per_s,
        "e2e_cpu_us_per_item": r.e2e_cpu_us_per_item,
        "core_cpu_us_per_item": r.core_cpu_us_per_item,
        "shell_cpu_us_per_item": r.shell_cpu_us_per_item,
        "e2e_per_cpu_s": r.e2e_per_cpu_s,
        "preload_s": r.preload_s,
        "per_worker": r.per_worker,
        "idle_cpu_per_s": r.idle_cpu_per_s,
        "hwm_mb": r.rss_mb,
        "by_topic": r.by_topic,
    }
