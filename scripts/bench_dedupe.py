"""Benchmark the dedupe decision against a filled state: dict-backed (MemoryState) and, when
``rocksdict`` is importable, RocksDB-backed (what a Faust ``rocksdb://`` table uses).

    .venv/bin/python scripts/bench_dedupe.py [--sizes 10000 1000000] [--near 20000] [--rounds 2000]
    .venv/bin/python scripts/bench_dedupe.py --stage 1000000 [--profile]   # the whole stage's ceiling

Per size N: N content hashes and N uris are stored; the newest ``--near`` articles (the near
index covers 7 days of wire, not 30) also have signatures and 16 band keys each. Reported: µs per
decide() for a new article (miss: hash, signature, LSH lookup), an exact duplicate and an update;
resident memory growth of the filled MemoryState; for RocksDB the bulk load time, on-disk size,
reopen time and the same decide() costs (cold-ish: after reopen).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import orjson
import xxhash

from streams.core.dedupe import DedupeConfig, MemoryState, apply, decide, updates
from streams.core.hashing import band_keys, content_hash, signature

NOW = 1_700_000_000.0
CREATED = "2024-01-01T00:00:00Z"
_VOCAB = (
    "bank rate inflation minister said on monday the government would price rice oil export "
    "growth percent quarter market shares index closed higher lower police flood village rescue "
    "election vote parliament court ruling company profit loss year analysts expected data"
)
WORDS = tuple(_VOCAB.split(" "))


def text(seed: int, words: int = 330) -> str:
    rnd = random.Random(seed)
    return " ".join(rnd.choice(WORDS) + str(rnd.randrange(50)) for _ in range(words))


def article(i: int, version: str = "1", body: str | None = None) -> dict[str, Any]:
    a: dict[str, Any] = {
        "uri": f"urn:bench:{i}",
        "type": "text",
        "version": version,
        "versionCreated": CREATED,
        "pubStatus": "usable",
        "headlines": [{"role": "main", "value": f"Headline {i}"}],
        "bodies": [{"role": "main", "contentType": "text/plain", "value": body or text(i)}],
        "ext": {"provenance": {"provider": "bench"}},
    }
    a["ext"]["contentHash"] = content_hash(a)
    return a


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def entries(n: int, near: int) -> Iterator[tuple[str, str, Any]]:
    """(store, key, value) for a state holding n articles; the newest ``near`` are near-indexed."""
    for i in range(n):
        digest = f"xxh3-128:{xxhash.xxh3_128_hexdigest(i.to_bytes(8, 'little'))}"
        uri = f"urn:bench:{i}"
        seen = NOW - (n - i)
        entry: dict[str, Any] = {
            "version": "1",
            "versionCreated": CREATED,
            "contentHash": digest,
            "headlineHash": "0",
            "storyId": uri,
            "seenAt": seen,
            "topics": [],
        }
        if i >= n - near:
            sig = signature(article(i))
            entry["signature"] = list(sig)
            for key in band_keys(sig):
                yield "near", key, {"uri": uri, "storyId": uri, "seenAt": seen}
        yield "by_hash", digest, {"uri": uri, "seenAt": seen}
        yield "by_uri", uri, entry


def fill_memory(n: int, near: int) -> MemoryState:
    state = MemoryState()
    for store, key, value in entries(n, near):
        if store == "near":
            state.near.setdefault(key, []).append(value)
        else:
            getattr(state, store)[key] = value
    return state


def timed(state: Any, articles: list[dict[str, Any]], config: DedupeConfig) -> float:
    """Median µs per decide() over the given articles."""
    samples = []
    for a in articles:
        t0 = time.perf_counter()
        decide(a, state, NOW, config)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples) * 1e6


def workload(n: int, rounds: int) -> dict[str, list[dict[str, Any]]]:
    rnd = random.Random(7)
    known = [rnd.randrange(n) for _ in range(rounds)]
    dup = []
    for i in known:  # same content as stored article i under a new uri
        a = article(n + 10_000_000 + i)
        a["ext"]["contentHash"] = f"xxh3-128:{xxhash.xxh3_128_hexdigest(i.to_bytes(8, 'little'))}"
        dup.append(a)
    return {
        "new": [article(n + 1 + i) for i in range(rounds)],
        "exact duplicate": dup,
        "update": [article(i, version="2") for i in known],
    }


class RocksMapping(Mapping[str, Any]):
    """A read-only Mapping view of a rocksdict store holding orjson values (Faust's json serializer)."""

    def __init__(self, db: Any) -> None:
        self.db = db

    def __getitem__(self, key: str) -> Any:
        raw = self.db.get(key.encode())
        if raw is None:
            raise KeyError(key)
        return orjson.loads(raw)

    def get(self, key: str, default: Any = None) -> Any:
        raw = self.db.get(key.encode())
        return default if raw is None else orjson.loads(raw)

    def __iter__(self) -> Iterator[str]:
        return (k.decode() for k in self.db.keys())  # noqa: SIM118 (an Rdict, not a dict)

    def __len__(self) -> int:
        return sum(1 for _ in self.db.keys())  # noqa: SIM118


class RocksState:
    def __init__(self, root: Path) -> None:
        from rocksdict import Options, Rdict

        names = ("by_hash", "by_uri", "near")
        self.dbs = {name: Rdict(str(root / name), Options(raw_mode=True)) for name in names}
        self.by_hash = RocksMapping(self.dbs["by_hash"])
        self.by_uri = RocksMapping(self.dbs["by_uri"])
        self.near = RocksMapping(self.dbs["near"])

    def close(self) -> None:
        for db in self.dbs.values():
            db.close()


def bench_rocks(n: int, near: int, work: dict[str, list[dict[str, Any]]], config: DedupeConfig) -> dict[str, Any]:
    from rocksdict import WriteBatch

    root = Path(tempfile.mkdtemp(prefix="wirefeed-bench-"))
    try:
        state = RocksState(root)
        t0 = time.perf_counter()
        batches = {name: WriteBatch(raw_mode=True) for name in state.dbs}
        buckets: dict[str, list[Any]] = {}
        for store, key, value in entries(n, near):
            if store == "near":
                buckets.setdefault(key, []).append(value)
            else:
                batches[store].put(key.encode(), orjson.dumps(value))
        for key, bucket in buckets.items():
            batches["near"].put(key.encode(), orjson.dumps(bucket))
        for name, batch in batches.items():
            state.dbs[name].write(batch)
        for db in state.dbs.values():
            db.flush()
        load = time.perf_counter() - t0
        state.close()
        size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file()) / 2**20
        t0 = time.perf_counter()
        state = RocksState(root)
        reopen = (time.perf_counter() - t0) * 1e3
        out = {"load_s": load, "disk_mb": size, "reopen_ms": reopen}
        out.update({k: timed(state, v, config) for k, v in work.items()})
        state.close()
        return out
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    ap.add_argument("--near", type=int, default=20_000, help="near-indexed (newest) articles per state")
    ap.add_argument("--rounds", type=int, default=2000)
    ap.add_argument(
        "--stage",
        type=int,
        metavar="N",
        help="instead: plan_batch + apply decisions/s with N stored hashes (benchmarks/dedupe_stage.py)",
    )
    ap.add_argument("--profile", action="store_true", help="with --stage: cProfile the planner, top functions")
    args = ap.parse_args()
    if args.stage:
        stage(args.stage, args.rounds, args.profile)
        return
    config = DedupeConfig()
    calib = min(timeit_sum() for _ in range(5))
    print(f"machine: sum(range(1000)) = {calib:.1f} µs (a 2023 laptop core: ~8 µs)")
    for n in args.sizes:
        near = min(n, args.near)
        work = workload(n, args.rounds)
        base = rss_mb()
        t0 = time.perf_counter()
        state = fill_memory(n, near)
        fill = time.perf_counter() - t0
        grown = rss_mb() - base
        row = {k: timed(state, v, config) for k, v in work.items()}
        print(f"\nN={n:,} hashes+uris, {near:,} near-indexed ({len(state.near):,} band keys)")
        print(
            f"  MemoryState: fill {fill:.1f} s, +{grown:.0f} MB RSS; decide() median µs: "
            + ", ".join(f"{k} {v:.0f}" for k, v in row.items())
        )
        # the decision's writes (applied after the ack) are part of the per-item cost
        d = decide(work["new"][0], state, NOW, config)
        t0 = time.perf_counter()
        for _ in range(200):
            apply(updates(d), state, config)
        print(f"  apply(updates(new)) on MemoryState: {(time.perf_counter() - t0) / 200 * 1e6:.0f} µs")
        del state
        try:
            import rocksdict  # noqa: F401
        except ImportError:
            print("  rocksdict not importable: RocksDB run skipped")
            continue
        r = bench_rocks(n, near, work, config)
        print(
            f"  rocksdict: bulk load {r['load_s']:.1f} s, on disk {r['disk_mb']:.0f} MB, "
            f"reopen {r['reopen_ms']:.0f} ms; decide() median µs: " + ", ".join(f"{k} {r[k]:.0f}" for k in work)
        )


def stage(n: int, rounds: int, profile: bool) -> None:
    """The dedupe stage's ceiling (``make bench``'s ``dedupe_stage_per_s``), optionally with where it goes."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks import dedupe_stage

    print(dedupe_stage.stage_rate(n, rounds))
    if profile:
        import cProfile
        import pstats

        from benchmarks.growth import _bench_dedupe

        bd = _bench_dedupe()
        state = bd.fill_memory(n, min(n, 1000))
        arts = dedupe_stage._mix(bd, n, rounds, offset=10_000_000)
        batches = [arts[i : i + 500] for i in range(0, len(arts), 500)]
        prof = cProfile.Profile()
        prof.enable()
        dedupe_stage._run(state, batches, DedupeConfig(), codec=False)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)


def timeit_sum() -> float:
    t0 = time.perf_counter()
    for _ in range(200):
        sum(range(1000))
    return (time.perf_counter() - t0) / 200 * 1e6


if __name__ == "__main__":
    main()
