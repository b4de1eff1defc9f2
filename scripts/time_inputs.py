"""Where the core's tail is: CPU time of ``process()`` on every golden input, the slowest listed.

    .venv/bin/python scripts/time_inputs.py                 # every input of scripts/golden_core.py, best of 2
    .venv/bin/python scripts/time_inputs.py --top 40 --per-kb  # the 40 dearest per KB (the size-independent tail)
    .venv/bin/python scripts/time_inputs.py --dump F.json   # (µs, name, bytes) of every input, for an A/B

Why: the benchmark's mix (``benchmarks.items``) is plain text, ninjs and Reuters records; a class of input that is
slow for what it holds (session 15: Finnish STT copy, ~50x a typical item per KB) shows only here. Each input runs
once to warm up, then ``--rounds`` times; the best CPU time (``thread_time``: the machine is shared) counts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.golden_core import RECEIVED_AT, inputs  # noqa: E402
from streams.core.enrich import load_resources  # noqa: E402
from streams.core.model import Origin, RawItem  # noqa: E402
from streams.core.pipeline import process  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--per-kb", action="store_true", help="rank by µs per KB (inputs under 2 KB count as 2 KB)")
    ap.add_argument("--dump", type=Path, help="write (µs, name, bytes) of every input as JSON")
    args = ap.parse_args(argv)
    resources = load_resources()
    rows: list[tuple[float, str, int]] = []
    for n, (name, payload) in enumerate(inputs()):
        raw = RawItem(payload, {"filename": Path(name).name.split("#")[0]}, Origin("golden", 0, n, 0, Path(name).name))
        process(raw, resources, received_at=RECEIVED_AT)
        best = float("inf")
        for _ in range(args.rounds):
            t0 = time.thread_time()
            process(raw, resources, received_at=RECEIVED_AT)
            best = min(best, time.thread_time() - t0)
        rows.append((best * 1e6, name, len(payload)))
    if args.dump:
        args.dump.write_text(json.dumps(rows))
    spent = sorted(us for us, _, _ in rows)
    print(f"{len(spent)} inputs: median {spent[len(spent) // 2]:,.0f} µs, p99 {spent[int(len(spent) * 0.99)]:,.0f} µs")
    key = (lambda r: r[0] / max(r[2], 2000) * 1000) if args.per_kb else (lambda r: r[0])
    for row in sorted(rows, key=key, reverse=True)[: args.top]:
        print(f"{row[0]:12,.0f} µs {row[2]:10,d} B {key(row):10,.0f} {row[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
