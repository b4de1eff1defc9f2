"""``python -m benchmarks.loop_ab``: two or more worker builds, alternated on one broker, in the same minutes.

Why: on a shared 2-core machine a whole ``benchmarks.run --only latency`` per side (~90 s, its own broker each)
moves more with the load of its minute than between the sides (docs/benchmarks.md, sessions 11-13). Here one
broker serves every run, and each round runs every arm once, in an order that reverses every round (A B, B A,
...), so a drift of the machine's load falls on both sides alike. Per arm and round, on fresh topics:

* **drain**: ``n`` bench items pre-loaded, the worker started on them (``benchmarks.pipeline.run_pipeline``):
  the whole pipeline's rate and the worker's CPU per item (first envelope → last output), its core's share
  (``wirefeed_core_cpu_seconds``) and the rest (the shell: Faust, aiokafka, the loop, our wiring), and the
  output-window CPU per item that the RESULT line calls ``worker_cpu_us_per_item``;
* **fixed rate**: ``rate`` items/s for ``seconds`` to the same worker, under its capacity: latency p50 / p99
  and the worker's CPU per item offered;
* the longest loop stall over both (``wirefeed_loop_stall_max_seconds``).

An arm is ``NAME=PYTHONPATH[,LOOP]``: the worker runs with that ``PYTHONPATH`` (a worktree, plus any extra
site directory) and ``WIREFEED_LOOP=LOOP``. Example (uvloop against asyncio's loop, same tree)::

    PYTHONPATH=$PWD WIREFEED_CACHE_DIR=$PWD/.cache python -m benchmarks.loop_ab --rounds 3 \\
        --arm uv=$PWD:/tmp/uvl-site,uvloop --arm aio=$PWD,asyncio

One JSON line per run on stdout (and in ``--out``), then a table of medians per arm.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import cluster, latency, pipeline
from benchmarks.items import build_items


def parse_arm(text: str) -> tuple[str, dict[str, str]]:
    """``NAME=PYTHONPATH[,LOOP]`` → (name, the worker's extra environment)."""
    name, _, rest = text.partition("=")
    path, _, loop = rest.partition(",")
    if not name or not path:
        raise argparse.ArgumentTypeError(f"--arm {text!r}: expected NAME=PYTHONPATH[,LOOP]")
    env = {"PYTHONPATH": path}
    if loop:
        env["WIREFEED_LOOP"] = loop
    return name, env


def order(arms: list[str], rnd: int) -> list[str]:
    """The arms' order in round ``rnd``: as given, reversed every other round."""
    return arms if rnd % 2 == 0 else arms[::-1]


async def one_run(
    bootstrap: str, tmp: Path, tag: str, env: dict[str, str], drain: list[Any], fixed: list[Any], rate: float
) -> dict[str, Any]:
    """One arm's drain and fixed-rate run on fresh topics; the worker is stopped at the end."""
    partitions = 4
    topics = cluster.Topics(tag, f"{tag}.raw")
    await cluster.create_topics(bootstrap, [(topics.raw, partitions)])
    sent = await cluster.preload(bootstrap, topics.raw, drain, partitions)
    p1, ws = await pipeline.run_pipeline(
        bootstrap, drain, 1, tmp, tag, partitions, 600.0, raw=topics.raw, sent=sent, keep=True, env=env
    )
    w = ws[0]
    try:
        out: dict[str, Any] = {
            "loop": w.loop_name(),
            "e2e_per_s": p1.e2e_per_s,
            "e2e_cpu_us": p1.e2e_cpu_us_per_item,
            "core_cpu_us": p1.core_cpu_us_per_item,
            "shell_cpu_us": p1.shell_cpu_us_per_item,
            "worker_cpu_us": p1.cpu_s / p1.done * 1e6 if p1.done else float("nan"),
            "idle_cpu_per_s": p1.idle_cpu_per_s,
            "done": p1.done,
        }
        c0, t0 = w.stat.cpu_s(), time.monotonic()
        lat = await latency.measure(bootstrap, topics.raw, w.topics, fixed, rate, partitions, 120.0)
        cpu = w.stat.cpu_s() - c0
        out.update(
            {
                "rate": rate,
                "p50_ms": lat["p50_ms"],
                "p99_ms": lat["p99_ms"],
                "missing": lat["missing"],
                "fixed_cpu_us": cpu / lat["offered"] * 1e6 if lat.get("offered") else float("nan"),
                "fixed_busy": cpu / (time.monotonic() - t0),
            }
        )
        m = w.scrape()
        out["stall_max_ms"] = m.get("wirefeed_loop_stall_max_seconds", float("nan")) * 1000.0
    finally:
        w.stop()
    return out


KEYS = (
    "e2e_cpu_us",
    "core_cpu_us",
    "shell_cpu_us",
    "worker_cpu_us",
    "e2e_per_s",
    "idle_cpu_per_s",
    "p50_ms",
    "p99_ms",
    "fixed_cpu_us",
    "fixed_busy",
    "stall_max_ms",
)


def table(rows: list[dict[str, Any]], arms: list[str]) -> str:
    """Median (and min-max) of each key per arm."""
    lines = ["| key | " + " | ".join(f"{a}: median (min-max)" for a in arms) + " |", "|---" * (len(arms) + 1) + "|"]
    for key in KEYS:
        cells = []
        for a in arms:
            vals = [r[key] for r in rows if r["arm"] == a and isinstance(r.get(key), int | float)]
            if not vals:
                cells.append("")
                continue
            fmt = "{:.3f}" if max(abs(v) for v in vals) < 10 else "{:.0f}"
            cells.append(f"{fmt.format(statistics.median(vals))} ({fmt.format(min(vals))}-{fmt.format(max(vals))})")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


async def _main(args: argparse.Namespace, arms: dict[str, dict[str, str]], bootstrap: str, tmp: Path) -> None:
    names = list(arms)
    per_run = args.n + int(args.rate * args.seconds)
    items = build_items(per_run * args.rounds * len(names), head=args.n)
    rows: list[dict[str, Any]] = []
    k = 0
    for rnd in range(args.rounds):
        for name in order(names, rnd):
            chunk = items[k * per_run : (k + 1) * per_run]
            k += 1
            load = Path("/proc/loadavg").read_text().split()[0]
            t0 = time.strftime("%H:%M:%S", time.gmtime())
            row = await one_run(bootstrap, tmp, f"{name}{rnd}", arms[name], chunk[: args.n], chunk[args.n :], args.rate)
            row.update({"arm": name, "round": rnd, "start": t0, "load": float(load)})
            rows.append(row)
            line = json.dumps(row)
            print(line, flush=True)
            if args.out:
                with args.out.open("a") as fh:
                    fh.write(line + "\n")
    print(table(rows, names), flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--arm", action="append", type=parse_arm, required=True, help="NAME=PYTHONPATH[,LOOP]")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--n", type=int, default=3000, help="items of each drain")
    ap.add_argument("--rate", type=float, default=60.0, help="items/s of each fixed-rate run (under capacity)")
    ap.add_argument("--seconds", type=float, default=15.0, help="length of each fixed-rate run")
    ap.add_argument("--out", type=Path, help="append each run's JSON line here")
    args = ap.parse_args(argv)
    arms = dict(args.arm)
    with cluster.own_broker() as (broker, tmp):
        print(f"broker {broker.address}; arms {', '.join(arms)}; {args.rounds} round(s)", file=sys.stderr, flush=True)
        asyncio.run(_main(args, arms, broker.address, tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
