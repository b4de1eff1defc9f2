"""``wirefeed demo`` (``make demo``): broker if needed, a worker, the sample items, the articles.

Starts the local Kafka broker when nothing listens on ``WIREFEED_BROKER``, starts a worker,
pushes ``samples/`` (and the shared seed item when present), then prints what each item became:
the enriched article, a duplicate pointing at the article published earlier, or a dead letter.
Stops what it started on exit or Ctrl-C.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Any

import orjson

from streams import kafka_local
from streams.client import Outgoing, iter_paths, push
from streams.errors import ServiceError
from streams.outputs import snapshot
from streams.settings import REPO_ROOT, Settings

SAMPLES = REPO_ROOT / "samples"
SEED = REPO_ROOT.parent / "shared" / "corpus" / "seed"
WAIT_S = 120.0


def _summary(article: dict[str, Any]) -> str:
    ext = article.get("ext", {})
    head = (article.get("headlines") or article.get("descriptions") or [{"value": ""}])[0]["value"]
    people = ", ".join(p.get("name", "") for p in article.get("people", [])[:5])
    return (f"  uri={article.get('uri')}  language={article.get('language')}  located={article.get('located')}\n"
            f"  headline/teaser: {head[:110]}\n"
            f"  countries={ext.get('countries')}  people=[{people}]  dedupe={ext.get('dedupe', {}).get('status')}")


def run_demo(s: Settings, samples: list[str] | None = None) -> int:
    import asyncio

    host, port = s.bootstrap_servers[0].rsplit(":", 1)
    broker = kafka_local.broker_for(int(port), s.data_dir)
    started_broker = False
    if not kafka_local.port_open(host, int(port)):
        print(f"demo: starting the local Kafka broker on {host}:{port} ...", flush=True)
        print("demo: " + kafka_local.start(broker), flush=True)
        started_broker = True
    else:
        print(f"demo: using the Kafka broker already listening on {host}:{port}", flush=True)

    log = s.data_dir / "demo-worker.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    worker = subprocess.Popen([sys.executable, "-m", "streams", "worker"], stdout=open(log, "ab"),  # noqa: SIM115
                              stderr=subprocess.STDOUT, env=dict(os.environ), start_new_session=True)
    print(f"demo: worker started (pid {worker.pid}, log {log})", flush=True)
    if s.metrics_port:
        print(f"demo: metrics at http://{s.metrics_host}:{s.metrics_port}/metrics", flush=True)
    try:
        paths = samples or [str(SAMPLES)] + ([str(SEED)] if SEED.is_dir() else [])
        files = [f for f in iter_paths(paths) if f.suffix != ".md"]   # skip the folder's README
        items = [Outgoing(f.read_bytes(), {"filename": f.name}) for f in files]
        offsets = asyncio.run(push(s, items))
        print(f"demo: pushed {len(offsets)} item(s) to {s.topic_raw}", flush=True)
        wanted = {(s.topic_raw, p, o): f.name for (p, o), f in zip(offsets, files, strict=True)}
        return _show(s, wanted, worker)
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
            print("demo: " + kafka_local.stop(broker), flush=True)


def _show(s: Settings, wanted: dict[tuple[str, int, int], str], worker: subprocess.Popen[bytes]) -> int:
    import asyncio

    topics = [s.topic_articles, s.topic_duplicates, s.topic_deadletter]
    shown: set[tuple[str, int, int]] = set()
    articles_printed = 0
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline and len(shown) < len(wanted):
        if worker.poll() is not None:
            raise ServiceError(f"the worker exited with {worker.returncode}; see {s.data_dir / 'demo-worker.log'}")
        snap = asyncio.run(snapshot(s, topics, timeout=2.0))
        by_uri = {v.get("uri"): v for _k, v in snap.outputs.get(s.topic_articles, [])}
        for raw_key, outs in snap.by_raw(topics).items():
            if raw_key not in wanted or raw_key in shown:
                continue
            shown.add(raw_key)
            for topic, _key, value in outs:
                name = wanted[raw_key]
                if topic == s.topic_articles:
                    articles_printed += 1
                    print(f"\n== {name} → article on {topic}\n{_summary(value)}", flush=True)
                    sys.stdout.buffer.write(orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n")
                elif topic == s.topic_duplicates:
                    original = by_uri.get(value.get("duplicateOf"))
                    print(f"\n== {name} → duplicate ({value.get('kind')}) of {value.get('duplicateOf')}", flush=True)
                    if original is not None:
                        articles_printed += 1
                        print("   the article published earlier:\n" + _summary(original), flush=True)
                else:
                    err = value.get("error", {})
                    print(f"\n== {name} → dead letter: {err.get('reason')}: {err.get('message')}", flush=True)
        time.sleep(1.0)
    missing = [wanted[k] for k in wanted if k not in shown]
    print(f"\ndemo: {len(shown)}/{len(wanted)} item(s) accounted for, {articles_printed} article(s) shown"
          + (f"; still waiting for {missing}" if missing else ""), flush=True)
    return 0 if articles_printed and not missing else 1
