"""Microbenchmark of the enrichers: median / p99 µs per article and enricher, plus resource load time
and RSS.

    .venv/bin/python scripts/bench_enrich.py            # 600 Reuters + 600 ANTARA items + the seed
    .venv/bin/python scripts/bench_enrich.py --n 200

Each article is built once (as the parsers would), then each enricher runs on a fresh copy in
pipeline order, so later enrichers see what earlier ones wrote. Times are per call (perf_counter_ns).
"""

from __future__ import annotations

import argparse
import copy
import csv
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

CORPUS = ROOT.parent / "shared" / "corpus"


def articles(n: int) -> list[dict[str, Any]]:
    from eval_places import reuters_article, reuters_records

    out = [reuters_article(r) for r in reuters_records() if r["body"]][:n]
    for a in out:
        a.pop("language")  # make language detection run
    with (CORPUS / "antara-rss-scraper-berita-antara" / "berita_antara_2026-08-03.csv").open(
        encoding="utf-8-sig"
    ) as fh:
        rows = list(csv.DictReader(fh))
    items = json.loads((CORPUS / "antara-rss-scraper-berita-antara" / "semua_berita.json").read_text(encoding="utf-8"))
    texts = [(r["Judul"], r["Ringkasan"]) for r in rows] + [(i.get("Judul", ""), i.get("Ringkasan", "")) for i in items]
    out += [
        {"headlines": [{"role": "main", "value": h}], "bodies": [{"role": "main", "value": b}], "ext": {}}
        for h, b in texts[:n]
        if b
    ]
    seed = (CORPUS / "seed" / "000_af91a0d982ffc927.txt").read_text(encoding="utf-8")
    out.append({"bodies": [{"role": "main", "value": seed}], "located": "Beijing", "ext": {}})
    return out


def load_cost() -> str:
    code = (
        "import time,resource;t=time.perf_counter();from streams.core.enrich import load_resources;"
        "load_resources();rss=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024;"
        "print(f'{time.perf_counter()-t:.2f} s, RSS {rss:.0f} MB')"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    args = ap.parse_args()
    print(f"load_resources() in a fresh process, cache warm: {load_cost()}")
    from streams.core.enrich import (
        counts,
        dates,
        entities,
        language,
        load_resources,
        places,
        quotes,
        subjects,
    )

    res = load_resources()
    steps = [
        ("language", lambda a: language.enrich(a)),
        ("places", lambda a: places.enrich(a, res.places)),
        ("entities", lambda a: entities.enrich(a, res.entities, res.places)),
        ("dates", lambda a: dates.enrich(a)),
        ("quotes", lambda a: quotes.enrich(a)),
        ("subjects", lambda a: subjects.enrich(a, res.subjects, places=res.places)),
        ("counts", lambda a: counts.enrich(a)),
    ]
    docs = articles(args.n)
    timings: dict[str, list[float]] = {name: [] for name, _ in steps}
    timings["all"] = []
    for _ in range(2):  # second round is the measured one (warm caches)
        for name in timings:
            timings[name].clear()
        for doc in docs:
            a = copy.deepcopy(doc)
            total = 0
            for name, fn in steps:
                t = time.perf_counter_ns()
                fn(a)
                dt = time.perf_counter_ns() - t
                total += dt
                timings[name].append(dt / 1000)
            timings["all"].append(total / 1000)
    print(f"{len(docs)} articles (Reuters bodies, ANTARA RSS summaries, the seed); µs per article")
    print("| enricher | median | p99 |\n|---|---|---|")
    for name, values in timings.items():
        values.sort()
        print(f"| {name} | {statistics.median(values):.0f} | {values[int(len(values) * 0.99) - 1]:.0f} |")
    print(f"RSS after run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
