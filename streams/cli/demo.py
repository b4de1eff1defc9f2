"""``wirefeed demo`` (``make demo``): broker if needed, a worker, the sample items, the articles.

Starts the local Kafka broker when nothing listens on ``WIREFEED_BROKER``, starts a worker,
pushes ``samples/`` (and the shared seed item when present), then prints one line per output (type,
language, headline, located, people, countries, dedupe status; ``--json`` for the full records) and a
summary with where to look next.
Stops what it started on exit or Ctrl-C.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import orjson

from streams.cli.audit import STALL_S, primary_topics
from streams.cli.outputs import snapshot
from streams.cli.render import summary_line
from streams.client import Outgoing, iter_paths, push
from streams.errors import ServiceError
from streams.localbroker import kafka as kafka_local
from streams.settings import REPO_ROOT, Settings
from streams.topology import ensure_raw

SAMPLES = REPO_ROOT / "samples"
SEED = REPO_ROOT.parent / "shared" / "corpus" / "seed"
WAIT_S = 120.0


def run_demo(s: Settings, samples: list[str] | None = None, as_json: bool = False) -> int:
    """Run the demo; ``as_json`` prints every output record in full instead of one line each."""
    import asyncio

    host, port = s.bootstrap_servers[0].rsplit(":", 1)
    broker = kafka_local.broker_for(int(port), s.data_dir)
    started_broker = False
    if not kafka_local.port_open(host, int(port)):
        _say(f"starting a local Kafka broker on {host}:{port} (stopped again at the end) ...")
        kafka_local.start(broker)
        started_broker = True
    else:
        _say(f"using the Kafka broker already listening on {host}:{port}")

    log = s.data_dir / "demo-worker.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    worker = subprocess.Popen(
        [sys.executable, "-m", "streams", "worker"],
        stdout=open(log, "ab"),  # noqa: SIM115
        stderr=subprocess.STDOUT,
        env={**os.environ, "WIREFEED_BROKER": s.broker},
        start_new_session=True,
    )
    metrics = f", metrics http://{s.metrics_host}:{s.metrics_port}/metrics" if s.metrics_port else ""
    _say(f"worker started (pid {worker.pid}, log {_rel(log)}{metrics})")
    try:
        paths = samples or [str(SAMPLES)] + ([str(SEED)] if SEED.is_dir() else [])
        files = [f for f in iter_paths(paths) if f.suffix != ".md"]  # skip the folder's README
        items = [Outgoing(f.read_bytes(), {"filename": f.name}) for f in files]
        asyncio.run(ensure_raw(s))  # with WIREFEED_PARTITIONS, before the worker may have created it
        offsets = asyncio.run(push(s, items))
        _say(
            f"pushed {len(offsets)} item(s) from {', '.join(_rel(Path(p)) for p in paths)} to {s.topic_raw}; "
            "waiting for the worker (it loads its gazetteer first) ..."
        )
        wanted = {(s.topic_raw, p, o): f.name for (p, o), f in zip(offsets, files, strict=True)}
        return _show(s, wanted, worker, as_json, restart_hint=started_broker)
    except KeyboardInterrupt:
        print("\ndemo: interrupted", flush=True)
        return 130
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
        if started_broker:
            kafka_local.stop(broker)
            _say("local Kafka broker stopped (its data stays under " + _rel(broker.root) + ")")


def _say(line: str) -> None:
    print(f"demo: {line}", flush=True)


def _rel(path: Path) -> str:
    """``path`` relative to the current folder when it is inside it (shorter lines)."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _show(
    s: Settings,
    wanted: dict[tuple[str, int, int], str],
    worker: subprocess.Popen[bytes],
    as_json: bool,
    restart_hint: bool = False,
) -> int:
    import asyncio

    topics = primary_topics(s)
    kinds = {
        s.topic_articles: "article",
        s.topic_events: "event",
        s.topic_duplicates: "duplicate",
        s.topic_deadletter: "dead letter",
    }
    shown: set[tuple[str, int, int]] = set()
    counts: Counter[str] = Counter()
    width = max((len(n) for n in wanted.values()), default=10) + 4
    t0 = time.monotonic()
    deadline = t0 + WAIT_S
    while time.monotonic() < deadline and len(shown) < len(wanted):
        if worker.poll() is not None:
            raise ServiceError(f"the worker exited with {worker.returncode}; see {s.data_dir / 'demo-worker.log'}")
        # each look is a whole read while offsets move (a 10 s cap ended the demo on a loaded machine)
        snap = asyncio.run(snapshot(s, topics, timeout=WAIT_S, stall=STALL_S))
        for raw_key, outs in sorted(snap.by_raw(topics).items()):
            if raw_key not in wanted or raw_key in shown:
                continue
            shown.add(raw_key)
            several = len(outs) > 1
            for topic, out_key, value in outs:
                counts[kinds.get(topic, topic)] += 1
                if as_json:
                    sys.stdout.buffer.write(
                        orjson.dumps({"file": wanted[raw_key], "topic": topic, "value": value}) + b"\n"
                    )
                    sys.stdout.flush()
                    continue
                name = wanted[raw_key] + (f"#{out_key[3]}" if several else "")
                print(f"{name:<{width}} {summary_line(value)}", flush=True)
        if len(shown) < len(wanted):
            time.sleep(0.5)
    missing = [wanted[k] for k in wanted if k not in shown]
    parts = [f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items()]
    _say(
        f"{len(shown)}/{len(wanted)} item(s) accounted for in {time.monotonic() - t0:.0f} s: {', '.join(parts)}"
        + (f"; still waiting for {', '.join(missing)}" if missing else "")
    )
    first = "wirefeed kafka start (the demo stops its broker), then " if restart_hint else ""
    _say(f"next: {first}wirefeed tail -e -o beginning --format summary   (the articles again; add --meta for offsets)")
    _say(f"      wirefeed audit (nothing lost?)   wirefeed tail -t {s.topic_deadletter} -e -o beginning (why refused)")
    _say("      wirefeed demo --json (full records)   wirefeed worker -h (run your own)")
    return 0 if counts["article"] and not missing else 1
