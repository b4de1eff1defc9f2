"""``python -m benchmarks.run [--quick]``: every wirefeed benchmark in one run on one own broker.

Order: pure core (no broker), then a fresh broker: aiokafka and Faust pass-through, the worker (1
process; kept warm for latency at 500/s and at a sustainable rate, big items, the 1 MB stall test
and the py-spy profile), 2 worker processes, dedupe state growth. A phase that fails is reported
as ``nan`` and the run goes on; the broker and every process we started are stopped at the end,
whatever happens. The last line printed is the RESULT contract line (:mod:`benchmarks.report`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import cluster, core, dedupe_stage, growth, latency, passthrough, pipeline, profile, report
from benchmarks.items import build_items, pool_stats, sized_item

KB, MB = 1024, 1024 * 1024


@dataclass(frozen=True)
class Plan:
    """Sizes of one run (full or --quick)."""

    n: int = 20_000  # distinct items through passthroughs and the worker
    partitions: int = 4  # wire.raw partitions (created before any worker starts)
    core_every: int = 4  # core timing over every k-th of the n items (same mix)
    lat_rate: float = 500.0  # offered items/s for the p99 figure
    lat_s: float = 10.0  # the worker runs far below 500/s: the drain, not this, dominates
    sustain_s: float = 15.0  # second latency run at half the measured capacity
    drain_s: float = 300.0
    sizes: tuple[int, ...] = (KB, 10 * KB, 100 * KB, MB)
    worker_sizes: tuple[tuple[int, int], ...] = ((KB, 200), (10 * KB, 50), (100 * KB, 4))
    stall_big: int = MB
    stall_small: int = 100
    dedupe_sizes: tuple[int, ...] = (10_000, 1_000_000)
    profile_items: int = 1500
    profile_s: int = 20
    workers2_n: int = 10_000  # 2-worker run on the first n2 items (time budget: ~15 min in all)
    dedupe_stage_n: int = 1_000_000  # stored hashes for the dedupe stage's ceiling (~5 s fill, ~800 MB)
    dedupe_stage_items: int = 6000
    timeout: float = 900.0


QUICK = Plan(
    n=3000,
    core_every=3,
    lat_s=6.0,
    sustain_s=6.0,
    drain_s=120.0,
    sizes=(KB, 10 * KB, 100 * KB),
    worker_sizes=((KB, 100), (10 * KB, 30)),
    stall_big=100 * KB,
    stall_small=40,
    dedupe_sizes=(10_000,),
    profile_items=3000,  # ~6 s of backlog at ~500/s: the profile sees the worker busy, not idle
    profile_s=8,
    workers2_n=3000,
    dedupe_stage_items=3000,
    timeout=300.0,
)

# ``--only latency``: the worker's latency parts alone (warm-up backlog, 500/s, half capacity, the 1 MB
# head-of-line test and the loop-stall scrapes), with the full run's rates, durations and item sizes
LATENCY_ONLY = Plan(n=3000, workers2_n=0)
# ``--only pipeline``: the same worker phases at the full run's size (the 20,000-item backlog, then the item sizes):
# what the worker's peak RSS (``worker rss``) reads in a full run, without the other sections (~5 min)
PIPELINE_ONLY = Plan(workers2_n=0)
ONLY = ("latency", "pipeline")


class Runner:
    """Runs phases, keeps their figures, turns a failed phase into an error note (not an abort)."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.data: dict[str, Any] = {}
        self.errors: dict[str, str] = {}

    def say(self, text: str) -> None:
        print(f"[bench {time.monotonic() - self.t0:6.0f}s] {text}", flush=True)

    def phase(self, name: str, fn: Callable[[], Any]) -> Any:
        self.say(f"{name} ...")
        t = time.monotonic()
        try:
            out = fn()
        except Exception as exc:
            self.errors[name] = f"{type(exc).__name__}: {exc}"
            self.say(f"{name} FAILED: {self.errors[name]}")
            traceback.print_exc()
            return None
        self.data[name] = out
        self.say(f"{name} done in {time.monotonic() - t:.0f}s: {_short(out)}")
        return out


def _jsonable(o: Any) -> Any:
    return vars(o) if hasattr(o, "__dict__") else str(o)


def _short(out: Any) -> str:
    if isinstance(out, list) and out and not isinstance(out[0], dict):
        return f"{len(out)} items"
    text = repr(out if not hasattr(out, "__dict__") else vars(out))
    return text if len(text) < 400 else text[:400] + " ..."


def calibrate() -> float:
    """µs for sum(range(1000)): the same yardstick as scripts/bench_dedupe.py (a 2023 laptop: ~8 µs)."""
    best = math.inf
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(200):
            sum(range(1000))
        best = min(best, (time.perf_counter() - t0) / 200 * 1e6)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small smoke run (3000 items, ~3-4 min)")
    ap.add_argument(
        "--docs",
        dest="docs",
        action="store_true",
        default=None,
        help="write docs/benchmarks.md (default: full run only)",
    )
    ap.add_argument("--no-docs", dest="docs", action="store_false")
    ap.add_argument("--dump", type=Path, help="also write every phase's raw figures to this JSON file")
    ap.add_argument(
        "--only",
        choices=ONLY,
        help="latency: only the worker's latency parts (a 3000-item warm-up backlog, latency at 500/s and at half"
        " capacity, the head-of-line test, loop stalls; ~3 min); pipeline: the same worker phases at full size"
        " (the 20,000-item backlog, the item sizes; the worker's peak RSS as the full run reads it); every other"
        " RESULT key is nan; no docs",
    )
    ap.add_argument(
        "--fixed-rate",
        type=float,
        default=0.0,
        help="with --only latency: one more latency run at this offered rate (items/s, 15 s), the same in an A/B"
        " pair whatever each side's measured capacity (figures in --dump only)",
    )
    args = ap.parse_args(argv)
    plan = QUICK if args.quick else Plan()
    if args.only == "latency":
        plan = LATENCY_ONLY
    elif args.only == "pipeline":
        plan = PIPELINE_ONLY
    write_docs = (not args.quick and not args.only) if args.docs is None else args.docs
    r = Runner()
    r.data["machine"] = report.machine()
    r.data["calibration_us"] = calibrate()
    r.say(
        f"{'quick' if args.quick else 'full'}{f' (--only {args.only})' if args.only else ''} run; "
        f"machine {r.data['machine']}; "
        f"sum(range(1000)) = {r.data['calibration_us']:.1f} µs"
    )
    extra_n = int(plan.lat_rate * plan.lat_s) + int(plan.lat_rate * plan.sustain_s) + plan.profile_items
    items = r.phase("build items", lambda: build_items(plan.n + extra_n, head=plan.n))
    if items is None:
        print(report.result_line({}), flush=True)
        return 1
    main_items = items[: plan.n]
    lat_items = items[plan.n : plan.n + int(plan.lat_rate * plan.lat_s)]
    rest = items[plan.n + len(lat_items) :]
    r.data["pools"] = pool_stats()

    if not args.only:
        r.phase("core", lambda: core.bench_core(main_items[:: plan.core_every]))
        r.phase("core batch", lambda: core.bench_core_batch(main_items[:: plan.core_every]))
        r.phase("core growth", lambda: core.core_growth(plan.sizes))
        r.phase("core profile", lambda: core.profile_core(main_items[:: max(1, plan.n // 300)]))
        r.phase(
            "dedupe stage",
            lambda: dedupe_stage.stage_rate(plan.dedupe_stage_n, plan.dedupe_stage_items),
        )

    if not cluster.compile_bytecode():  # the workers start as an installed package's do (see its docstring)
        r.say("bytecode: some modules did not compile (the workers compile them at each start)")
    try:
        with cluster.own_broker() as (broker, tmp):
            r.say(f"broker up on {broker.address} (data {tmp})")
            asyncio.run(
                _on_broker(
                    r,
                    plan,
                    broker.address,
                    tmp,
                    main_items,
                    lat_items,
                    rest,
                    only=args.only,
                    fixed=args.fixed_rate,
                    keep_profile=args.dump.with_suffix(".pyspy.txt") if args.dump else None,
                )
            )
    except Exception as exc:
        r.errors["broker"] = f"{type(exc).__name__}: {exc}"
        r.say(f"broker phase FAILED: {r.errors['broker']}")
        traceback.print_exc()
    r.say("broker stopped")
    if not args.only:
        r.phase("dedupe growth", lambda: growth.dedupe_growth(plan.dedupe_sizes))

    figures, extra = summarise(r)
    if write_docs:
        from benchmarks.docs import render

        report.write_doc(render(r.data, r.errors, figures, extra, plan, quick=args.quick))
        r.say(f"wrote {report.DOC}")
    if args.dump:
        args.dump.write_text(json.dumps({"data": r.data, "errors": r.errors}, default=_jsonable, indent=1))
        r.say(f"wrote {args.dump}")
    summary = report.worker_cpu_summary({**extra, **figures})
    if summary:
        r.say(summary)
    print(report.result_line(figures, extra), flush=True)
    return 0 if not r.errors else 2


async def _on_broker(
    r: Runner,
    plan: Plan,
    bootstrap: str,
    tmp: Path,
    main_items: list[Any],
    lat_items: list[Any],
    rest: list[Any],
    only: str | None = None,
    fixed: float = 0.0,
    keep_profile: Path | None = None,
) -> None:
    """Every phase that needs the broker (one event loop; blocking phases run in threads); ``only="latency"``:
    the 1-worker run (as a warm-up) and the phases on it up to the head-of-line test."""
    raw = "bench.raw"
    await cluster.create_topics(bootstrap, [(raw, plan.partitions)])
    t = time.monotonic()
    sent = await cluster.preload(bootstrap, raw, main_items, plan.partitions)
    r.say(f"pre-loaded {len(sent)} items into {raw} in {time.monotonic() - t:.1f}s")

    async def aphase(name: str, coro: Any) -> Any:
        r.say(f"{name} ...")
        t0, wall0 = time.monotonic(), time.time()
        try:
            out = await coro
        except Exception as exc:
            r.errors[name] = f"{type(exc).__name__}: {exc}"
            r.say(f"{name} FAILED: {r.errors[name]}")
            traceback.print_exc()
            return None
        r.data[name] = out
        r.data.setdefault("windows", {})[name] = [wall0, time.time()]  # wall clock: to cut worker traces by phase
        r.say(f"{name} done in {time.monotonic() - t0:.0f}s: {_short(out)}")
        return out

    if not only:
        await aphase(
            "aiokafka passthrough", passthrough.aiokafka_passthrough(bootstrap, raw, "pt-aiokafka.out", plan.n)
        )
        await aphase("faust passthrough", passthrough.faust_passthrough(bootstrap, raw, "pt-faust.out", plan.n, tmp))

    res = await aphase(
        "pipeline 1 worker",
        pipeline.run_pipeline(
            bootstrap, main_items, 1, tmp, "w1", plan.partitions, plan.timeout, raw=raw, sent=sent, keep=True
        ),
    )
    if res is not None:
        p1, ws = res
        r.data["pipeline 1 worker"] = p1
        w = ws[0]
        r.data["worker loop"] = w.loop_name()  # uvloop or asyncio (WIREFEED_LOOP, streams.worker.startup)
        r.say(f"worker event loop: {r.data['worker loop']}")
        try:
            topics = w.topics
            await aphase(
                f"latency at {plan.lat_rate:.0f}/s",
                _with_cpu(
                    w, latency.measure(bootstrap, raw, topics, lat_items, plan.lat_rate, plan.partitions, plan.drain_s)
                ),
            )
            # capacity over the whole pipeline (first envelope → last output); the output window alone can start
            # late, when the dedupe stage is starved while ingest drains the backlog (docs/benchmarks.md, session 8)
            capacity = next((c for c in (p1.e2e_per_s, p1.steady_per_s, p1.per_s) if math.isfinite(c)), float("nan"))
            rate = max(5.0, min(plan.lat_rate, round(capacity * 0.5)))
            sustain = rest[: int(rate * plan.sustain_s)]
            rest = rest[len(sustain) :]
            await aphase(
                "latency at half capacity",
                _with_cpu(w, latency.measure(bootstrap, raw, topics, sustain, rate, plan.partitions, plan.drain_s)),
            )
            r.data["loop stalls"] = loop_stalls(w)  # the pipeline run and both latency runs (no big items yet)
            if only and fixed > 0:
                fixed_items = rest[: int(fixed * plan.sustain_s)]
                rest = rest[len(fixed_items) :]
                await aphase(
                    f"fixed-rate latency {fixed:g}/s",
                    _with_cpu(
                        w, latency.measure(bootstrap, raw, topics, fixed_items, fixed, plan.partitions, plan.drain_s)
                    ),
                )
            if only != "latency":
                await aphase(
                    "worker item sizes",
                    growth.worker_sizes(bootstrap, raw, w, topics, plan.worker_sizes, plan.partitions, plan.drain_s),
                )
            small = [sized_item(KB, seed=5000 + i) for i in range(plan.stall_small)]
            await aphase(
                "stall after big item",
                growth.stall(
                    bootstrap,
                    raw,
                    topics,
                    plan.stall_big,
                    small,
                    max(5.0, min(50.0, rate)),
                    plan.partitions,
                    plan.drain_s,
                ),
            )
            r.data["loop stalls after big items"] = loop_stalls(w)
            r.data["worker rss"] = w.stat.mem_mb()
            if only:
                return
            await aphase(
                "worker profile",
                _profile(bootstrap, raw, w, topics, rest[: plan.profile_items], plan, tmp, keep_profile),
            )
        finally:
            w.stop()
    if plan.workers2_n:
        items2 = main_items[: plan.workers2_n]
        res2 = await aphase(
            "pipeline 2 workers",
            pipeline.run_pipeline(bootstrap, items2, 2, tmp, "w2", plan.partitions, plan.timeout),
        )
        if res2 is not None:
            r.data["pipeline 2 workers"] = res2[0]
    await aphase("worker start", pipeline.start_to_ready(bootstrap, tmp))


async def _with_cpu(w: cluster.Worker, coro: Any) -> dict[str, Any]:
    """A latency run's figures plus the worker's CPU over it (offer and drain): how loaded the worker was."""
    c0, t0 = w.stat.cpu_s(), time.monotonic()
    out: dict[str, Any] = await coro
    cpu, wall = w.stat.cpu_s() - c0, time.monotonic() - t0
    out["worker_cpu_s"] = cpu
    out["worker_busy"] = cpu / wall if wall else float("nan")  # CPU-s per second over the run (1.0 = a core)
    out["worker_cpu_us_per_item"] = cpu / out["offered"] * 1e6 if out.get("offered") else float("nan")
    return out


async def _profile(
    bootstrap: str,
    raw: str,
    w: cluster.Worker,
    topics: cluster.Topics,
    items: list[Any],
    plan: Plan,
    tmp: Path,
    keep: Path | None = None,
) -> dict[str, Any]:
    """Load a backlog, then py-spy the busy worker for ``profile_s`` seconds (and one dump); the raw folded
    stacks are copied to ``keep`` (``--dump``'s name with ``.pyspy.txt``) for a closer look."""
    assert w.proc is not None
    sent = await cluster.preload(bootstrap, raw, items, plan.partitions)
    out = tmp / "worker-pyspy.txt"
    loop = asyncio.get_running_loop()
    dump = await loop.run_in_executor(None, profile.dump, w.proc.pid)
    err = await loop.run_in_executor(None, profile.record, w.proc.pid, plan.profile_s, out)
    await cluster.collect(bootstrap, topics.outputs, {(s.partition, s.offset) for s in sent}, plan.drain_s)
    if err:
        return {"error": err, "dump": dump}
    if keep is not None:
        shutil.copyfile(out, keep)
    folded = profile.fold(out)
    folded["dump"] = dump
    folded["seconds"] = plan.profile_s
    return folded


def loop_stalls(w: cluster.Worker) -> dict[str, Any]:
    """The worker's event-loop stall probe (``wirefeed_loop_stall_*``) and its stage times, scraped now."""
    m = w.scrape()
    if "wirefeed_loop_stall_max_seconds" not in m:
        return {"error": "no wirefeed_loop_stall_max_seconds at " + w.metrics_url()}
    ticks = m.get("wirefeed_loop_stall_seconds_count", 0.0)
    over = ticks - m.get("wirefeed_loop_stall_seconds_bucket{le=0.1}", ticks)
    stages = {}
    for name, v in m.items():
        if name.startswith("wirefeed_stage_seconds_sum{stage="):
            stage = name.split("=", 1)[1].rstrip("}")
            n = m.get(f"wirefeed_stage_seconds_count{{stage={stage}}}", 0.0)
            stages[stage] = {"count": n, "mean_us": v / n * 1e6 if n else float("nan"), "total_s": v}
    return {
        "max_ms": m["wirefeed_loop_stall_max_seconds"] * 1000.0,
        "ticks": ticks,
        "over_100ms": over,
        "stalled_s": m.get("wirefeed_loop_stall_seconds_sum", float("nan")),
        "stages": stages,
    }


def summarise(r: Runner) -> tuple[dict[str, float], dict[str, float]]:
    """The contract figures and the extra key=value pairs of the RESULT line."""
    d = r.data
    nan = float("nan")
    p1 = d.get("pipeline 1 worker")
    p2 = d.get("pipeline 2 workers")
    fp = d.get("faust passthrough")
    ap = d.get("aiokafka passthrough")
    lat = next((v for k, v in d.items() if k.startswith("latency at") and "half" not in k), None)
    half = d.get("latency at half capacity")
    c = d.get("core")
    ready = d.get("worker start")
    stalls = d.get("loop stalls") or {}
    ds = d.get("dedupe stage")
    pipeline_per_s = p1.per_s if p1 else nan
    figures = {
        "pipeline_per_s": pipeline_per_s,
        "faust_passthrough_per_s": fp.per_s if fp else nan,
        "aiokafka_passthrough_per_s": ap.per_s if ap else nan,
        "ratio_vs_faust": report.ratio(pipeline_per_s, fp.per_s if fp else None),
        "p99_ms": lat["p99_ms"] if lat else nan,
        "core_us": c.median_us if c else nan,
    }
    extra = {
        "p50_ms": lat["p50_ms"] if lat else nan,
        "p95_ms": lat["p95_ms"] if lat else nan,
        "lat_missing": lat["missing"] if lat else nan,
        "workers2_per_s": p2.per_s if p2 else nan,
        "scaling_2w": report.ratio(p2.per_s if p2 else None, pipeline_per_s),
        "pipeline_steady_per_s": p1.steady_per_s if p1 else nan,
        "pipeline_per_cpu_s": p1.per_cpu_s if p1 else nan,
        "core_p99_us": c.p99_us if c else nan,
        "core_cpu_us": c.cpu_median_us if c else nan,
        "half_rate": half["rate"] if half else nan,
        "half_p99_ms": half["p99_ms"] if half else nan,
        "ready_s": ready["median_s"] if ready else nan,
    }
    extra.update(
        {  # issue 17's figures, after every earlier key (parsers may rely on the old order)
            "errors": len(r.errors),
            "loop_stall_max_ms": stalls.get("max_ms", nan),
            "dedupe_stage_per_s": ds.get("envelope_cpu_per_s", ds["cpu_per_s"]) if ds else nan,
            "worker_cpu_us_per_item": p1.cpu_s / p1.done * 1e6 if p1 and p1.done else nan,
            # like for like (session 9): both runs drain a backlog, CPU over the whole pipeline (first envelope →
            # last output); the output window missed a different share of ingest's work in each run
            "workers2_per_cpu_s": p2.e2e_per_cpu_s if p2 else nan,
            "per_cpu_2w_vs_1w": report.ratio(p2.e2e_per_cpu_s if p2 else None, p1.e2e_per_cpu_s if p1 else None),
        }
    )
    hol = d.get("stall after big item")
    extra.update(
        {  # session 8, after every earlier key: the whole pipeline's rate and CPU (first envelope → last output;
            # pipeline_per_s and worker_cpu_us_per_item count from the first output only), the head-of-line test
            "pipeline_e2e_per_s": p1.e2e_per_s if p1 else nan,
            "worker_e2e_cpu_us_per_item": p1.e2e_cpu_us_per_item if p1 else nan,
            "hol_small_p99_ms": hol["small_p99_ms"] if hol else nan,
            "hol_loop_stall_max_ms": (d.get("loop stalls after big items") or {}).get("max_ms", nan),
        }
    )
    cb = d.get("core batch")
    extra.update(
        {  # session 11, after every earlier key: the core as the worker's slices run it (process_batch, 32
            # items at a time; CPU µs an item, mean) and its ratio to process() over the same items, same minutes
            "core_batch_us": cb.cpu_us if cb else nan,
            "core_batch_vs_item": cb.ratio if cb else nan,
        }
    )
    extra.update(
        {  # session 11, after every earlier key: worker_e2e_cpu_us_per_item split into the core's CPU inside the
            # worker (its own thread-time counter, a mean over the items) and the rest (Faust, aiokafka, asyncio,
            # the shell); core_cpu_us above is a median in a separate process, so it cannot be subtracted
            "worker_core_cpu_us_per_item": p1.core_cpu_us_per_item if p1 else nan,
            "worker_shell_cpu_us_per_item": p1.shell_cpu_us_per_item if p1 else nan,
        }
    )
    return figures, extra


if __name__ == "__main__":
    sys.exit(main())
