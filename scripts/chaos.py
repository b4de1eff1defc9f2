"""``make chaos``: push N distinct items while workers are killed, stopped, joined and the broker restarted.

    .venv/bin/python scripts/chaos.py                       # full: 10,000 items, 20 kill -9, 5 SIGTERM,
                                                            # 3 broker restarts, a second worker joins/leaves
    .venv/bin/python scripts/chaos.py --items 600 --kills 3 --terms 2 --broker-restarts 1 --duration 60
    .venv/bin/python scripts/chaos.py ... --kill-after-broker    # + a kill -9 0.1-2 s after each broker start,
                                                            # while the worker's held-back writes go out

What it does, on a broker of its own (free ports, data and logs under ``--out``, default
``.wirefeed/chaos/<time>``, kept afterwards):

1. builds N distinct plain-text wire items from the Reuters-21578 records of the shared corpus (one
   record, then pairs of records, so no two items share their text) and decides the outcome of each
   in a *calm* run: the worker's own pure pipeline and dedupe decision (``wirefeed process``), no Kafka;
2. starts worker A, pushes the items in chunks over ``--duration`` seconds (a careful producer: a
   chunk refused while the broker is away is pushed again; items are keyed by file name, so a
   re-pushed item lands on the same partition), and meanwhile, at random times: kill -9 of A
   (restarted at once, as a supervisor would), SIGTERM of A (restarted once it exited), broker
   stop/start, worker B joining and, later, leaving (rebalances);
3. waits until every raw record has an output (restarting A if it died), stops the workers cleanly,
   and checks: ``wirefeed audit`` (lost = raw records without an output, doubled = extra copies of
   an output), articles published more than once (same uri and version on the article topics), and
   by content: each item's first raw record has the calm run's outcome (article with the same uri,
   duplicate, or dead letter with the same reason); a copy pushed twice by the producer must come
   out as a duplicate.

The last line is ``CHAOS items=N lost=N doubled=N differing=N kills=N restarts=N seconds=N``; the
report (JSON), the event timeline and every worker and broker log stay in ``--out``.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from streams.cli.audit import STALL_S  # noqa: E402
from streams.client import ReadIncomplete  # noqa: E402
from streams.errors import ServiceError  # noqa: E402
from streams.localbroker import kafka as kafka_local  # noqa: E402
from streams.settings import Settings, load  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
READY_TIMEOUT_S = 180.0
# Reads to the end offsets go on while their offsets move, up to READ_BOUND_S (the machine is shared: a fixed 60 or
# 120 s cap turned a slow read into "audit failed" or a ReadIncomplete); one in which nothing moves for
# streams.cli.audit.STALL_S raises ReadIncomplete: a short read never passes for the whole topic.
READ_BOUND_S = 600.0


@dataclasses.dataclass
class Config:
    items: int = 10_000
    kills: int = 20
    terms: int = 5
    broker_restarts: int = 3
    second_worker: bool = True
    partitions: int = 4
    duration: float = 900.0  # seconds over which items are pushed and events happen
    settle: float = 900.0  # after the last event: wait this long at most for every output
    seed: int = 14
    store: str = "memory://"
    session_timeout: float = 10.0
    kill_after_broker: bool = False  # also kill -9 worker A 0.1-2 s after each broker start (its flush is busy)
    out: Path = dataclasses.field(default_factory=lambda: REPO / ".wirefeed" / "chaos" / time.strftime("%Y%m%dT%H%M%S"))
    corpus: Path = CORPUS


# --- items and the calm run -------------------------------------------------------------------------------------


def candidates(corpus: Path) -> Iterator[tuple[str, bytes]]:
    """Plain-text items ``(filename, payload)``: Reuters records alone, then in pairs (endless)."""
    from streams.core.formats.reuters_sgml import iter_records

    stories: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for f in sorted((corpus / "reuters21578").glob("reut2-*.sgm")):
        for rec in iter_records(f.read_bytes()):
            body = (rec.get("body") or "").strip()
            digest = hashlib.sha1(" ".join(body.split()).encode()).hexdigest()
            if len(body) < 200 or digest in seen:
                continue
            seen.add(digest)
            stories.append(((rec.get("title") or "").strip(), (rec.get("dateline") or "").strip(), body))
    if not stories:
        raise SystemExit(f"chaos: no Reuters-21578 records under {corpus}/reuters21578")
    m = len(stories)
    k = 0
    while True:
        a = k % m
        title, dateline, body = stories[a]
        text = f"{title}\n\n{dateline} {body}\n"
        if k >= m:  # pairs: a with a different partner in every round, never itself
            b = (a + 1 + (k // m - 1) * 7919) % m
            if b == a:
                b = (a + 1) % m
            text = f"{title} / {stories[b][0]}\n\n{dateline} {body}\n\n{stories[b][2]}\n"
        yield f"chaos-{k:05d}.txt", text.encode("utf-8")
        k += 1


HEADERS = {"source": "reuters"}


Outcome = tuple[str, str]


def outcome(record: dict[str, Any]) -> Outcome:
    """What became of an item: ``("article", uri)``, ``("duplicate", kind)`` or ``("deadletter", reason)``."""
    if "error" in record:
        return ("deadletter", str(record["error"].get("reason")))
    if "duplicateOf" in record:
        return ("duplicate", str(record.get("kind")))
    return ("article", str(record.get("uri")))


def distinct_items(corpus: Path, n: int, s: Settings) -> tuple[list[tuple[str, bytes]], dict[str, list[Outcome]]]:
    """``n`` distinct items and their calm-run outcomes: the worker's pure pipeline and dedupe decision in
    push order, no Kafka. A candidate the dedupe calls a copy of an earlier one (same text after
    normalisation) is left out, so every outcome is independent of the order the items meet in."""
    from streams.core.enrich import load_resources
    from streams.core.model import Origin, RawItem
    from streams.core.pipeline import Limits, process
    from streams.core.plan import BatchDeduper, offline_records
    from streams.settings import dedupe_config, output_topics

    resources = load_resources(s.cache_dir)
    limits = Limits(max_bytes=s.max_bytes)
    deduper = BatchDeduper(dedupe_config(s), topics=output_topics(s))
    items: list[tuple[str, bytes]] = []
    calm: dict[str, list[Outcome]] = {}
    for name, payload in candidates(corpus):
        if len(items) >= n:
            break
        got: list[Outcome] = []
        for o in process(RawItem(payload, {"filename": name, **HEADERS}, Origin(filename=name)), resources, limits):
            if o.kind != "article":
                got.append(outcome(o.record))
                continue
            got.extend(outcome(r) for r in offline_records([deduper.plan(o.record, time.time())]))
        if any(kind == "duplicate" for kind, _ in got):
            continue
        items.append((name, payload))
        calm[name] = got
    return items, calm


# --- processes ---------------------------------------------------------------------------------------------------


class Worker:
    """A ``wirefeed worker`` subprocess (its own session, so signals reach only it)."""

    def __init__(self, name: str, env: dict[str, str], log: Path) -> None:
        self.name, self.env, self.log = name, env, log
        self.proc: subprocess.Popen[bytes] | None = None
        self.mark = 0

    def start(self) -> None:
        self.mark = self.log.stat().st_size if self.log.exists() else 0
        out = open(self.log, "ab")  # noqa: SIM115 - kept open for the process lifetime
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker", "-l", "info"],
            env={**os.environ, **self.env},
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=REPO,
            start_new_session=True,
        )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def ready(self) -> bool:
        if not self.log.exists():
            return False
        with open(self.log, "rb") as f:
            f.seek(self.mark)
            return b"wirefeed worker: Ready in" in f.read()

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ready():
                return True
            if not self.alive():  # e.g. the broker was not back yet: start again, as a supervisor would
                self.start()
            time.sleep(0.3)
        return False

    def kill9(self) -> None:
        if self.alive():
            assert self.proc is not None
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(20)

    def term(self, timeout: float = 90.0) -> float:
        """SIGTERM and wait for the exit; the seconds it took (SIGKILL after ``timeout``)."""
        if not self.alive():
            return 0.0
        assert self.proc is not None
        t0 = time.monotonic()
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(20)
        return time.monotonic() - t0


def _settings(env: dict[str, str]) -> Settings:
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        return load()
    finally:
        os.environ.clear()
        os.environ.update(saved)


# --- the run -----------------------------------------------------------------------------------------------------


def schedule(cfg: Config, rng: random.Random) -> list[tuple[float, str]]:
    """Event times in ``[0.05, 0.9] * duration``; the second worker joins in the first half, leaves later."""
    events = ["kill"] * cfg.kills + ["term"] * cfg.terms + ["broker"] * cfg.broker_restarts
    timed = [(rng.uniform(0.05, 0.9) * cfg.duration, e) for e in events]
    if cfg.second_worker:
        join = rng.uniform(0.1, 0.45) * cfg.duration
        timed += [(join, "join"), (join + rng.uniform(0.2, 0.4) * cfg.duration, "leave")]
    return sorted(timed)


def run(cfg: Config) -> dict[str, Any]:
    from streams.client import Outgoing, push
    from streams.topology import ensure_raw

    cfg.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(cfg.seed)
    timeline = open(cfg.out / "events.log", "a")  # noqa: SIM115

    def note(text: str) -> None:
        line = f"{time.monotonic() - t0:8.1f}s {text}"
        timeline.write(line + "\n")
        timeline.flush()
        print(f"chaos: {line}", flush=True)

    t0 = time.monotonic()
    note(f"building {cfg.items} distinct items and their calm-run outcomes (pure pipeline) ...")
    broker = kafka_local.Broker(port=kafka_local.free_port_pair(), root=cfg.out / "kafka")
    env = {
        "WIREFEED_BROKER": f"kafka://{broker.address}",
        "WIREFEED_APP_ID": "chaos",
        "WIREFEED_PARTITIONS": str(cfg.partitions),
        "WIREFEED_DATA_DIR": str(cfg.out / "data"),
        "WIREFEED_METRICS_PORT": "0",
        "WIREFEED_ROUTING": "none",
        "WIREFEED_STORE": cfg.store,
        "WIREFEED_SESSION_TIMEOUT": str(cfg.session_timeout),
        "WIREFEED_PROGRESS_INTERVAL": "30",
    }
    s = _settings(env)
    items, calm = distinct_items(cfg.corpus, cfg.items, s)
    note(f"calm run done: {Counter(o[0][0] for o in calm.values() if o)}")
    note(kafka_local.start(broker))
    workers = {
        "A": Worker("A", {**env, "WIREFEED_DATA_DIR": str(cfg.out / "data-A")}, cfg.out / "worker-A.log"),
        "B": Worker("B", {**env, "WIREFEED_DATA_DIR": str(cfg.out / "data-B")}, cfg.out / "worker-B.log"),
    }
    a = workers["A"]
    a.start()
    if not a.wait_ready():
        raise SystemExit(f"chaos: worker A not ready; see {a.log}")
    note("worker A ready")

    chunk = max(10, len(items) // max(1, int(cfg.duration / 2)))
    chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
    pace = cfg.duration / max(1, len(chunks))
    pushed = threading.Event()
    push_retries = [0]

    def producer() -> None:
        start = time.monotonic()
        for i, part in enumerate(chunks):
            batch = [Outgoing(p, {"filename": n, **HEADERS}, key=n.encode()) for n, p in part]
            while True:
                try:
                    asyncio.run(push(s, batch))
                    break
                except (ServiceError, OSError) as exc:  # broker away: this chunk again (maybe twice)
                    push_retries[0] += 1
                    if push_retries[0] % 10 == 1:
                        note(f"push refused ({str(exc)[:80]}); retrying")
                    time.sleep(1.0)
            time.sleep(max(0.0, start + (i + 1) * pace - time.monotonic()))
        pushed.set()

    asyncio.run(ensure_raw(s))  # as wirefeed push does
    t_start = time.monotonic()
    threading.Thread(target=producer, daemon=True).start()
    counts = Counter[str]()
    stop_times: list[float] = []
    for at, event in schedule(cfg, rng):
        time.sleep(max(0.0, t_start + at - time.monotonic()))
        if event == "kill":
            a.kill9()
            counts["kills"] += 1
            note(f"kill -9 worker A ({counts['kills']})")
            time.sleep(rng.uniform(0.2, 2.0))
            a.start()
            a.wait_ready()
        elif event == "term":
            took = a.term()
            stop_times.append(took)
            counts["terms"] += 1
            note(f"SIGTERM worker A ({counts['terms']}): exited {a.proc.returncode if a.proc else '?'} in {took:.1f}s")
            a.start()
            a.wait_ready()
        elif event == "broker":
            note(kafka_local.stop(broker))
            time.sleep(rng.uniform(1.0, 4.0))
            note(kafka_local.start(broker))
            counts["restarts"] += 1
            if cfg.kill_after_broker:  # the buffered outputs and changelog writes are going out now
                time.sleep(rng.uniform(0.1, 2.0))
                a.kill9()
                counts["kills_after_broker"] += 1
                note(f"kill -9 worker A after the broker start ({counts['kills_after_broker']})")
                a.start()
            for w in workers.values():
                if (w is a or counts["joined"] > counts["left"]) and not w.alive():
                    counts["self_exits"] += 1
                    note(f"worker {w.name} exited while the broker was away; restarted")
                    w.start()
        elif event == "join":
            workers["B"].start()
            counts["joined"] += 1
            note("worker B joins")
        elif event == "leave":
            took = workers["B"].term()
            counts["left"] += 1
            note(f"worker B leaves (SIGTERM, {took:.1f}s)")
    note("all events done; waiting for the producer")
    pushed.wait()
    note(f"all {len(items)} items pushed ({push_retries[0]} refused push(es) retried)")

    report = settle(cfg, s, a, len(items), note)
    for w in workers.values():
        if w.alive():
            stop_times.append(w.term())
    note("workers stopped")
    try:  # check reads every topic to its end or raises ReadIncomplete: the broker stops either way
        result = check(s, items, calm, report)
    finally:
        kafka_local.stop(broker)
    result.update(
        {
            "kills": counts["kills"],
            "kills_after_broker": counts["kills_after_broker"],
            "terms": counts["terms"],
            "restarts": counts["restarts"],
            "joins": counts["joined"],
            "self_exits": counts["self_exits"],
            "push_retries": push_retries[0],
            "stop_seconds_max": round(max(stop_times, default=0.0), 1),
            "seconds": round(time.monotonic() - t0),
            "out": str(cfg.out),
            "config": {k: str(v) for k, v in dataclasses.asdict(cfg).items()},
        }
    )
    (cfg.out / "report.json").write_text(json.dumps(result, indent=2))
    note(json.dumps({k: v for k, v in result.items() if k not in ("config", "samples")}))
    return result


def settle(cfg: Config, s: Settings, a: Worker, n: int, note: Any) -> Any:
    """Wait until every raw record has an output (restart A if it died)."""
    from streams.cli.audit import primary_topics, reconcile
    from streams.cli.outputs import take_snapshot

    deadline = time.monotonic() + cfg.settle
    topics = primary_topics(s)
    report = None
    while time.monotonic() < deadline:
        if not a.alive():
            note("worker A exited by itself; restarted")
            a.start()
        try:
            report = reconcile(take_snapshot(s, topics, timeout=READ_BOUND_S, stall=STALL_S), topics)
        except ServiceError as exc:
            note(f"audit failed ({exc}); again")
            time.sleep(3)
            continue
        if report.raw >= n and not report.missing:
            note(f"settled: {report.raw} raw records, all with an output")
            return report
        time.sleep(5)
    note(f"not settled after {cfg.settle:.0f}s: {len(report.missing) if report else '?'} raw record(s) without output")
    return report


def check(
    s: Settings, items: list[tuple[str, bytes]], calm: dict[str, list[tuple[str, str]]], _: Any
) -> dict[str, Any]:
    """Audit and by-content comparison with the calm run."""
    from streams.cli.audit import primary_topics, reconcile
    from streams.cli.outputs import snapshot
    from streams.client import records

    topics = primary_topics(s)
    snap = asyncio.run(snapshot(s, topics, timeout=READ_BOUND_S, decode=True, stall=STALL_S))
    report = reconcile(snap, topics)

    async def raw_names() -> dict[tuple[str, int, int], str]:  # the whole topic, or ReadIncomplete
        out = {}
        async for msg, _k, _v, headers in records(
            s, s.topic_raw, from_beginning=True, timeout=READ_BOUND_S, exit_at_end=True, stall=STALL_S
        ):
            out[(msg.topic, msg.partition, msg.offset)] = headers.get("filename", "")
        return out

    names = asyncio.run(raw_names())
    by_raw = snap.by_raw(topics)
    copies: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for raw, name in names.items():
        copies[name].append(raw)
    differing: list[dict[str, Any]] = []
    for name, _payload in items:
        raws = sorted(copies.get(name, []), key=lambda r: r[2])
        if not raws:
            differing.append({"item": name, "why": "never reached wire.raw"})
            continue
        got = [outcome(v) for _t, _k, v in sorted(by_raw.get(raws[0], []), key=lambda x: x[1][3])]
        if got != calm[name]:
            differing.append({"item": name, "calm": calm[name], "chaos": got})
        for extra in raws[1:]:  # the producer pushed it again: the pipeline must call it a duplicate
            kinds = {outcome(v)[0] for _t, _k, v in by_raw.get(extra, [])}
            if kinds and kinds != {"duplicate"} and calm[name][0][0] == "article":
                differing.append({"item": name, "why": "re-pushed copy not a duplicate", "chaos": sorted(kinds)})
    published = Counter(
        (v.get("uri"), v.get("version"))
        for t in (s.topic_articles, s.topic_events)
        for _k, v in snap.outputs.get(t, [])
    )
    twice = {f"{u} v{ver}": n for (u, ver), n in published.items() if n > 1}
    return {
        "items": len(items),
        "raw": report.raw,
        "pushed_twice": sum(len(v) > 1 for v in copies.values()),
        "lost": len(report.missing),
        "doubled": sum(n - 1 for n in report.doubled.values()),
        "articles_published_twice": len(twice),
        "differing": len(differing),
        "outputs": report.outputs,
        "samples": {
            "missing": [list(k) for k in report.missing[:10]],
            "doubled": [list(k) for k in list(report.doubled)[:10]],
            "published_twice": list(twice.items())[:10],
            "differing": differing[:10],
        },
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    d = Config()
    p.add_argument("--items", type=int, default=d.items)
    p.add_argument("--kills", type=int, default=d.kills, help="worker kill -9s")
    p.add_argument("--terms", type=int, default=d.terms, help="worker SIGTERMs")
    p.add_argument("--broker-restarts", type=int, default=d.broker_restarts)
    p.add_argument("--no-second-worker", action="store_true", help="no worker joining and leaving")
    p.add_argument("--partitions", type=int, default=d.partitions)
    p.add_argument("--duration", type=float, default=d.duration, help="seconds of pushing and events")
    p.add_argument("--settle", type=float, default=d.settle)
    p.add_argument("--seed", type=int, default=d.seed)
    p.add_argument("--store", default=d.store, help="memory:// or rocksdb://")
    p.add_argument(
        "--kill-after-broker", action="store_true", help="also kill -9 worker A 0.1-2 s after each broker start"
    )
    p.add_argument("--out", type=Path, default=d.out)
    p.add_argument("--corpus", type=Path, default=d.corpus)
    args = p.parse_args(argv)
    cfg = Config(
        items=args.items,
        kills=args.kills,
        terms=args.terms,
        broker_restarts=args.broker_restarts,
        second_worker=not args.no_second_worker,
        partitions=args.partitions,
        duration=args.duration,
        settle=args.settle,
        seed=args.seed,
        store=args.store,
        kill_after_broker=args.kill_after_broker,
        out=args.out,
        corpus=args.corpus,
    )
    try:
        r = run(cfg)
    except ReadIncomplete as exc:  # a short read would count unread records as lost (or miss real losses)
        print(f"CHAOS incomplete: {exc}", flush=True)
        return 2
    print(
        f"CHAOS items={r['items']} lost={r['lost']} doubled={r['doubled']} differing={r['differing']} "
        f"kills={r['kills']} restarts={r['restarts']} seconds={r['seconds']}",
        flush=True,
    )
    ok = not (r["lost"] or r["doubled"] or r["differing"] or r["articles_published_twice"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
