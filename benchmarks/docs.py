"""Render the generated part of docs/benchmarks.md from one run's figures."""

from __future__ import annotations

import math
from typing import Any

from benchmarks.report import result_line, table, worker_cpu_summary

TARGETS = (  # issue 17's targets (core_us: ≤ 250 median, p99 ≤ 800)
    ("pipeline_per_s", "≥ 2000", lambda v: v >= 2000),
    ("ratio_vs_faust", "≥ 0.75", lambda v: v >= 0.75),
    ("p99_ms", "≤ 200 (at 500/s)", lambda v: v <= 200),
    ("core_us", "≤ 250", lambda v: v <= 250),
    ("core_p99_us", "≤ 800", lambda v: v <= 800),
    ("worker_cpu_us_per_item", "≤ 500", lambda v: v <= 500),
    ("per_cpu_2w_vs_1w", "≥ 0.90 (items per CPU-s, 2 workers vs 1)", lambda v: v >= 0.9),
)
RATIO_KEYS = ("ratio_vs_faust", "per_cpu_2w_vs_1w")


def _speed_measures(d: dict[str, Any]) -> list[str]:
    """Issue 17's event-loop stalls and the dedupe stage's ceiling (empty when neither was measured)."""
    out: list[str] = []
    for name in ("loop stalls", "loop stalls after big items"):
        st = d.get(name)
        if st and "max_ms" in st:
            if not out:
                out += [
                    "### Event-loop stalls of the 1-worker process (`wirefeed_loop_stall_*`, 50 ms probe)",
                    "",
                    "| scraped | longest ms | ticks | ticks > 100 ms | stalled s |",
                    "|---|---|---|---|---|",
                ]
            when = "after pipeline + latency runs" if name == "loop stalls" else "after the big items"
            out.append(
                f"| {when} | {_f(st['max_ms'])} | {_f(st['ticks'])} | {_f(st['over_100ms'])} | "
                f"{_f(st['stalled_s'], 1)} |"
            )
    if out:
        out.append("")
    ds = d.get("dedupe stage")
    if ds:
        out += [
            "### Dedupe stage alone (`benchmarks/dedupe_stage.py`: plan_batch + apply, no broker)",
            "",
            f"{ds['hashes']:,} stored hashes and uris ({ds['near_indexed']:,} near-indexed), {ds['items']:,} "
            f"articles in batches of {ds['batch']} (70 % new, 15 % exact copies, 15 % updates): "
            f"**{_f(ds['cpu_per_s'])} decisions per CPU-s** ({_f(ds['per_s'])}/s wall; with a whole-article "
            f"decode and encode {_f(ds['codec_per_s'])}/s wall; the stage's envelope path, "
            f"`streams.core.envelope`: {_f(ds.get('envelope_cpu_per_s', float('nan')))} per CPU-s, "
            f"{_f(ds.get('envelope_per_s', float('nan')))}/s wall). State fill {_f(ds['fill_s'], 1)} s, "
            f"+{_f(ds['rss_growth_mb'])} MB RSS.",
            "",
        ]
    return out


def _f(v: Any, digits: int = 0) -> str:
    if v is None or (isinstance(v, float) and not math.isfinite(v)):
        return "n/a"
    return f"{v:,.{digits}f}"


def render(
    d: dict[str, Any],
    errors: dict[str, str],
    figures: dict[str, float],
    extra: dict[str, float],
    plan: Any,
    quick: bool,
) -> str:
    m = d["machine"]
    out = [
        f"## Latest run ({'quick' if quick else 'full'}): {m['date']}",
        "",
        "```",
        result_line(figures, extra),
        "```",
        "",
        "### Machine",
        "",
        f"* CPU: {m['cpu']}, {m['cores']} cores; RAM {m['ram']}; {m['os']}",
        f"* Python {m['python']}; {m['kafka']}; {m['libs']}",
        f"* Load average at the end of the run: {m['load']} (the machine is shared; "
        f"`sum(range(1000))` took {d.get('calibration_us', float('nan')):.1f} µs, a 2023 laptop core ~8 µs). "
        "Wall-clock figures include waiting for a core; CPU figures do not.",
        "",
        "### Commands",
        "",
        "```",
        "make bench                                   # = .venv/bin/python -m benchmarks.run (full, ~15 min)",
        ".venv/bin/python -m benchmarks.run --quick   # smoke run, 3000 items, does not rewrite this file",
        ".venv/bin/python -m pytest -q tests/unit/test_bench_result.py",
        "```",
        "",
        "### Headline figures vs targets",
        "",
        "| figure | value | target | met |",
        "|---|---|---|---|",
    ]
    both = {**extra, **figures}
    for key, target, ok in TARGETS:
        v = both.get(key, float("nan"))
        met = "n/a" if not math.isfinite(v) else ("yes" if ok(v) else "**no**")
        out.append(f"| `{key}` | {_f(v, 2 if key in RATIO_KEYS else 0)} | {target} | {met} |")
    out.append("")
    summary = worker_cpu_summary(both)
    if summary:
        out += [summary[0].upper() + summary[1:] + ".", ""]
    out += _speed_measures(d)

    rows = []
    for name in ("aiokafka passthrough", "faust passthrough"):
        p = d.get(name)
        if p is not None:
            rows.append({"what": name, "items": p.items, "per_s": p.per_s, "seconds": p.seconds, "cpu_s": p.cpu_s})
    for name in ("pipeline 1 worker", "pipeline 2 workers"):
        p = d.get(name)
        if p is not None:
            rows.append(
                {
                    "what": f"wirefeed worker × {p.workers}",
                    "items": p.done,
                    "per_s": p.per_s,
                    "steady": p.steady_per_s,
                    "seconds": p.seconds,
                    "cpu_s": p.cpu_s,
                    "per_cpu_s": p.per_cpu_s,
                    "e2e_per_cpu_s": p.e2e_per_cpu_s,
                    "hwm": p.rss_mb,
                    "topics": p.by_topic,
                }
            )
    out += [
        "### Throughput (same items, same broker)",
        "",
        f"{plan.n:,} distinct items ({_pool_note(d)}); wire.raw has {plan.partitions} partitions. aiokafka: "
        "first record consumed → last ack. Faust and worker: first → last output, broker timestamps; "
        "the worker starts after the items are loaded (2 workers: started and settled first, paused while the "
        "items are loaded, then resumed together: both runs drain a backlog). "
        "`steady` = rate between the 10th and 90th percentile output; `per CPU-s` = items per "
        "CPU-second of the worker process(es) over the output window; `e2e per CPU-s` over the whole pipeline "
        "(first envelope → last output: `workers2_per_cpu_s` and `per_cpu_2w_vs_1w` read this one).",
        "",
        table(
            rows,
            [
                ("what", "run"),
                ("items", "items"),
                ("per_s", "items/s"),
                ("steady", "steady/s"),
                ("seconds", "s"),
                ("cpu_s", "CPU s"),
                ("per_cpu_s", "per CPU-s"),
                ("e2e_per_cpu_s", "e2e per CPU-s"),
                ("hwm", "peak RSS MB"),
                ("topics", "outputs"),
            ],
        ),
        "",
    ]

    ready = d.get("worker start")
    if ready:
        out += [
            "### Worker start to ready",
            "",
            'Spawn of `python -m streams worker` → Faust\'s "Ready" log line (enrichment resources loaded from '
            "the on-disk cache, tables opened, agents subscribed), on fresh topics; RSS at that moment. "
            "Targets (issue #4): ≤ 5 s, ≤ 600 MB.",
            "",
            table(ready["runs"], [("seconds", "seconds"), ("VmRSS", "RSS MB"), ("VmHWM", "peak RSS MB")]),
            "",
        ]

    lats = [v for k, v in d.items() if k.startswith("latency at")]
    if lats:
        out += [
            "### End-to-end latency (raw broker timestamp → first output broker timestamp)",
            "",
            "Open-loop offered rate on the warmed 1-worker process; joined on the output's "
            "`raw-partition`/`raw-offset` headers. `missing` = not out within the drain time. `ingest` = raw → "
            "on the internal dedupe topic (ingest's queue, work and send), `dedupe` = dedupe topic → first output "
            "(the dedupe stage's queue, work and send).",
            "",
            table(
                lats,
                [
                    ("rate", "offered/s"),
                    ("offered_rate", "achieved/s"),
                    ("offered", "items"),
                    ("done", "out"),
                    ("missing", "missing"),
                    ("p50_ms", "p50 ms"),
                    ("p95_ms", "p95 ms"),
                    ("p99_ms", "p99 ms"),
                    ("max_ms", "max ms"),
                    ("ingest_p50_ms", "ingest p50"),
                    ("ingest_p99_ms", "ingest p99"),
                    ("dedupe_p50_ms", "dedupe p50"),
                    ("dedupe_p99_ms", "dedupe p99"),
                ],
            ),
            "",
        ]

    c = d.get("core")
    if c is not None:
        out += [
            "### Core pipeline alone (in-process, resources loaded once)",
            "",
            f"`streams.core.pipeline.process` over every {plan.core_every}th item of the same set "
            f"({c.items:,} items; outcomes {c.outcomes}).",
            "",
            "| median µs | p99 µs | median CPU µs | p99 CPU µs | items/s (wall) |",
            "|---|---|---|---|---|",
            "| " + " | ".join(_f(v) for v in (c.median_us, c.p99_us, c.cpu_median_us, c.cpu_p99_us, c.per_s)) + " |",
            "",
        ]
    cb = d.get("core batch")
    if cb is not None:
        out += [
            f"The worker's path, `process_batch` {cb.batch} items at a time over the same {cb.items:,} items, "
            f"alternating with `process` one by one (CPU µs an item, mean, best of {len(cb.rounds)} rounds): "
            f"{_f(cb.cpu_us)} against {_f(cb.item_cpu_us)} (`core_batch_vs_item` {cb.ratio:.2f}).",
            "",
        ]
    cg = d.get("core growth")
    if cg:
        out += [
            "### Cost growth with item size",
            "",
            "Core (plain-text English bodies of real paragraphs):",
            "",
            table(
                cg,
                [
                    ("size", "bytes"),
                    ("count", "items"),
                    ("ms", "ms/item"),
                    ("cpu_ms", "CPU ms/item"),
                    ("mb_per_s", "MB/s"),
                    ("peak_alloc_mb", "peak alloc MB (tracemalloc)"),
                    ("maxrss_growth_mb", "peak RSS growth MB"),
                    ("rss_mb", "RSS MB"),
                ],
            ),
            "",
        ]
    ws = d.get("worker item sizes")
    if ws:
        out += [
            "Worker (warm, 1 process): items of one size loaded at once; rate from the first raw "
            "timestamp to the last output.",
            "",
            table(
                ws,
                [
                    ("size", "bytes"),
                    ("count", "items"),
                    ("done", "out"),
                    ("per_s", "items/s"),
                    ("mb_per_s", "MB/s"),
                    ("cpu_s", "CPU s"),
                    ("rss_mb", "RSS MB"),
                    ("hwm_mb", "peak RSS MB"),
                ],
            ),
            "",
        ]
    st = d.get("stall after big item")
    if st:
        out += [
            f"Head-of-line test: one {st['big_bytes']:,}-byte item, then {st['small']} 1 KB items at a low "
            f"rate: the big item took {_f(st['big_latency_ms'])} ms end to end; the small ones "
            f"p50 {_f(st['small_p50_ms'])} ms, p99 {_f(st['small_p99_ms'])} ms, "
            f"max {_f(st['small_max_ms'])} ms "
            f"({st['small_done']}/{st['small']} out).",
            "",
        ]
    dg = d.get("dedupe growth")
    if dg:
        out += [
            "Dedupe decision vs state size (`streams.core.dedupe.decide` on a pre-filled `MemoryState`, "
            "state and workload from `scripts/bench_dedupe.py`; only the newest `near_indexed` carry "
            "LSH signatures to keep the fill short):",
            "",
            table(
                dg,
                [
                    ("hashes", "hashes + uris"),
                    ("near_indexed", "near-indexed"),
                    ("fill_s", "fill s"),
                    ("rss_growth_mb", "RSS growth MB"),
                    ("new_us", "new µs"),
                    ("exact_duplicate_us", "exact dup µs"),
                    ("update_us", "update µs"),
                    ("apply_us", "apply(updates) µs"),
                ],
            ),
            "",
        ]
    out += _where(d)
    if errors:
        out += ["### Phases that failed in this run", ""] + [f"* {k}: `{v}`" for k, v in errors.items()] + [""]
    return "\n".join(out)


def _pool_note(d: dict[str, Any]) -> str:
    return "Reuters-21578 records, then plain-text/ninjs combinations of real paragraphs: " + ", ".join(
        f"{k} {v:,}" for k, v in d.get("pools", {}).items()
    )


def _where(d: dict[str, Any]) -> list[str]:
    out = ["### Where the time goes", ""]
    wp = d.get("worker profile")
    if wp and "error" not in wp:
        out += [
            f"Worker, py-spy `record --nonblocking` for {wp['seconds']} s on the busy 1-worker process "
            f"({wp['samples']:,} non-idle samples, all threads). By layer (innermost known frame):",
            "",
            table([{"k": k, "v": v} for k, v in wp["layers"]], [("k", "layer"), ("v", "% of samples")]),
            "",
            "Top leaf frames (self time):",
            "",
            table([{"k": k, "v": v} for k, v in wp["leaf"][:12]], [("k", "frame"), ("v", "%")]),
            "",
            "Top wirefeed frames (inclusive):",
            "",
            table([{"k": k, "v": v} for k, v in wp["inclusive"][:12]], [("k", "frame"), ("v", "%")]),
            "",
        ]
    elif wp:
        out += [f"Worker py-spy profile not available: `{wp['error']}`", ""]
    cp = d.get("core profile")
    if cp and "error" not in cp:
        out += [
            f"Core, pyinstrument over {cp['items']} items ({cp['duration_s']:.1f} s wall, "
            f"{cp['cpu_s']:.1f} s CPU). Top functions by self time (seconds, function, file):",
            "",
            "```",
            *cp["flat_self"],
            "```",
            "",
            "Call tree (≥ 2 %):",
            "",
            "```",
            *[ln for ln in cp["tree"].splitlines() if ln.strip()][:60],
            "```",
            "",
        ]
    return out
