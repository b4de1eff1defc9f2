"""The second hop's CPU per item, whole-JSON records against envelopes, in one process (no broker).

Why: the quick bench's worker figures move ±50 % with the load of the shared machine; this isolates what
issue #17's cheap second hop changed, on process CPU time, both ways in one sitting:

* ingest side: ``orjson.dumps(article)`` (before) vs ``envelope.encode_article`` (view, MinHash signature,
  band keys, headline hash, body with its splice offset);
* dedupe side: ``DedupeStage.run_batch`` over whole-JSON records decoded with orjson (before: still the path
  for old-format records) vs over ``stage_items`` envelopes, with an in-memory sender and state.

``--stall``: the longest event-loop stall while the ingest agent's step processes one 500-record take
(``agents.ingest_records`` with an in-memory sender), paced (``streams.worker.pacing``, budget of a full
take) and unpaced, probed by ``streams.worker.loopwatch`` every 5 ms.

``--produce``: the producer's CPU per record (aiokafka's ``BatchBuilder``: append, then build the batch, which
is where it compresses) and the bytes per record, for each compression and batch size, over the records the
worker writes per article: the envelope on ``wire.dedupe`` and the article the stage publishes. No broker,
so no socket: what it cannot see is the per-request cost (a request per batch per partition).

With ``--produce`` it also times Faust's Prometheus sensors per event and per table access (Faust's monitor and
``streams.worker.metrics``'s) and aiokafka's murmur2 per keyed record.

``--changelog``: only Faust's CPU per dedupe-table write (``table[key] = entry`` and the producer buffer's
hand-over of its changelog record, aiokafka stubbed), no broker.

``--gc``: only the dedupe stage's CPU and the cyclic collector's share of it per article, at Python's default
young-generation threshold (700) and at the worker's (``streams.worker.collector``), in alternating rounds.

``python -m benchmarks.hop [--items 1500] [--batch 100] [--stall] [--produce] [--changelog] [--gc]`` prints µs per
article and the bytes per record (and the stalls, and the producer's costs).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

import orjson

from benchmarks.items import build_items
from streams.core import envelope
from streams.core.enrich import load_resources
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from streams.settings import Settings, default_cache_dir
from streams.worker.agents import stage_items
from streams.worker.dedupe_stage import DedupeStage
from streams.worker.gaps import RawRecord
from streams.worker.sender import MemorySender


class _NoMetrics:
    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def _stage_cpu(values: list[bytes], whole: bool, batch: int) -> float:
    tables: dict[str, Any] = {"hashes": {}, "uris": {}, "origins": {}}
    stage = DedupeStage.for_settings(Settings(routing_file="none"), tables, _NoMetrics())  # type: ignore[arg-type]
    sender = MemorySender()

    async def run() -> float:
        c0 = time.process_time()
        for i in range(0, len(values), batch):
            recs = [RawRecord("wire.dedupe", 0, j, None, v, []) for j, v in enumerate(values[i : i + batch], i)]
            items = [orjson.loads(r.value or b"") for r in recs] if whole else stage_items(recs)
            await stage.run_batch(items, sender)
            sender.acked.clear()
        return time.process_time() - c0

    return asyncio.run(run())


def bench_articles(items: int) -> list[dict[str, Any]]:
    """The articles the core makes of the first ``items`` bench items (what the worker's ingest hands on)."""
    resources = load_resources(default_cache_dir())
    return [
        o.record
        for k, item in enumerate(build_items(items))
        for o in process(RawItem(item.payload, item.headers, Origin("wire.raw", 0, k)), resources)
        if o.kind == "article"
    ]


def hop(items: int = 1500, batch: int = 100, rounds: int = 3) -> dict[str, float]:
    """µs of CPU per article on each side of the hop, before and after (best of ``rounds``)."""
    arts = bench_articles(items)
    n = len(arts)

    def best(fn: Any) -> float:
        out = []
        for _ in range(rounds):
            c0 = time.process_time()
            fn()
            out.append(time.process_time() - c0)
        return min(out)

    whole = [orjson.dumps(a) for a in arts]
    slim = [envelope.encode_article(a) or orjson.dumps(a) for a in arts]
    ingest_before = best(lambda: [orjson.dumps(a) for a in arts])
    ingest_after = best(lambda: [envelope.encode_article(a) for a in arts])
    stage_before = min(_stage_cpu(whole, True, batch) for _ in range(rounds))
    stage_after = min(_stage_cpu(slim, False, batch) for _ in range(rounds))
    us = 1e6 / n
    return {
        "articles": n,
        "ingest_before_us": ingest_before * us,
        "ingest_after_us": ingest_after * us,
        "stage_before_us": stage_before * us,
        "stage_after_us": stage_after * us,
        "bytes_before": sum(map(len, whole)) / n,
        "bytes_after": sum(map(len, slim)) / n,
    }


def stall(items: int = 500) -> dict[str, float]:
    """Longest loop stall (ms) while one take of ``items`` raw records is processed, paced and unpaced."""
    import tempfile
    from pathlib import Path

    from streams.core.dedupe import MemoryState
    from streams.worker import loopwatch
    from streams.worker.agents import build_context, ingest_records
    from streams.worker.app import create_app
    from streams.worker.pacing import AdaptiveMax

    raws = [
        RawRecord("wire.raw", 0, k, None, item.payload, item.kafka_headers())
        for k, item in enumerate(build_items(items))
    ]
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        wiring = create_app(Settings(data_dir=Path(tmp), routing_file="none", metrics_port=0))
        ctx = build_context(wiring, sender=MemorySender(), state=MemoryState())

        async def run(take: AdaptiveMax, records: list[RawRecord]) -> float:
            ctx.raw_take = take
            watch, task = loopwatch.start(interval=0.005)
            await asyncio.sleep(0.02)
            await ingest_records(records, ctx)
            await asyncio.sleep(0.02)
            task.cancel()
            return watch.max_stall * 1000.0

        full = AdaptiveMax(items)
        full.value = full.hi  # a full take: the longest slice budget
        asyncio.run(run(full, raws[:20]))  # warm caches
        out["paced_max_stall_ms"] = asyncio.run(run(full, raws))
        out["budget_ms"] = full.budget() * 1000.0
        out["unpaced_max_stall_ms"] = asyncio.run(run(_Never(), raws))  # type: ignore[arg-type]
    return out


CODECS = {"none": 0, "snappy": 2, "lz4": 3, "zstd": 4}  # aiokafka's codec numbers


def produce_cost(values: list[bytes], codec: str, batch_bytes: int, rounds: int = 3) -> dict[str, float]:
    """µs of CPU per record to append ``values`` to aiokafka batches of ``batch_bytes`` and build them
    (compressing with ``codec``), and the bytes and batches per record (best of ``rounds``)."""
    from aiokafka.producer.message_accumulator import BatchBuilder

    headers = [("raw-topic", b"wire.raw"), ("raw-partition", b"1"), ("raw-offset", b"12345"), ("raw-index", b"0")]

    def build() -> list[Any]:
        out = []
        b = BatchBuilder(batch_bytes, CODECS[codec])
        for v in values:
            if b.append(timestamp=None, key=b"urn:x", value=v, headers=headers) is None:
                out.append(b._build())
                b = BatchBuilder(batch_bytes, CODECS[codec])
                b.append(timestamp=None, key=b"urn:x", value=v, headers=headers)
        out.append(b._build())
        return out

    best = float("inf")
    for _ in range(rounds):
        c0 = time.process_time()
        bufs = build()
        best = min(best, time.process_time() - c0)
    n = len(values)
    return {"us": best * 1e6 / n, "bytes": sum(len(x) for x in bufs) / n, "per_batch": n / len(bufs)}


def produce(items: int = 1000) -> dict[str, dict[str, float]]:
    """:func:`produce_cost` for the envelopes and the published articles of ``items`` bench items."""
    arts = bench_articles(items)
    sets = {
        "envelope": [envelope.encode_article(a) or orjson.dumps(a) for a in arts],
        "article": [orjson.dumps(a) for a in arts],
    }
    out: dict[str, dict[str, float]] = {}
    for name, values in sets.items():
        for codec in CODECS:
            for size in (16_384, 262_144):
                out[f"{name} {codec} {size // 1024}KB"] = produce_cost(values, codec, size)
    return out


def sensors(n: int = 20_000) -> dict[str, float]:
    """µs of CPU per consumed event (Faust's five hooks) and per table get + set (+ its changelog send), Faust's
    ``PrometheusMonitor``
    against ours (``streams.worker.metrics.cached_monitor_class``), and per keyed record of aiokafka's murmur2
    (what ``streams.worker.app.partitioner`` skips on one-partition topics)."""
    from aiokafka.partitioner import murmur2
    from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
    from faust.types import TP
    from prometheus_client import CollectorRegistry

    from streams.worker.metrics import cached_monitor_class

    class Owner:
        pass

    class Stream:
        shortlabel = "Stream: Topic: wire.raw"
        task_owner = Owner()

    class Table:
        name = "dedupe-uris"

    class Message:
        pass

    stream, table, message = Stream(), Table(), Message()
    tps = [TP("wire.raw", p) for p in range(4)]

    def best(fn: Any) -> float:
        out = []
        for _ in range(3):
            c0 = time.process_time()
            fn()
            out.append(time.process_time() - c0)
        return min(out) * 1e6 / n

    out: dict[str, float] = {}
    for name, cls in (("faust", PrometheusMonitor), ("cached", cached_monitor_class())):
        mon = cls(metrics=FaustMetrics.create(CollectorRegistry(), "faust"))

        def events(mon: Any = mon) -> None:
            for i in range(n):
                tp = tps[i % 4]
                mon.track_tp_end_offset(tp, i + 10)  # Faust's consumer, per record handed over
                mon.on_message_in(tp, i, message)
                state = mon.on_stream_event_in(tp, i, stream, None)
                mon.on_stream_event_out(tp, i, stream, None, state)
                mon.on_message_out(tp, i, message)

        def tables(mon: Any = mon) -> None:
            for i in range(n):
                mon.on_table_get(table, "k")
                mon.on_table_set(table, "k", i)
                state = mon.on_send_initiated(None, "app-dedupe-uris-changelog", None, 40, 800)  # its changelog
                mon.on_send_completed(None, state, None)

        out[f"{name}_event_us"] = best(events)
        out[f"{name}_table_us"] = best(tables)
    key = b"urn:newsml:wirefeed.example:2026:abcdef0123456789abcdef:1"
    out["murmur2_us"] = best(lambda: [murmur2(key) for _ in range(n)])
    return out


def changelog(n: int = 5000) -> dict[str, float]:
    """µs of CPU per dedupe-table write through Faust, without a broker: ``table[key] = entry`` (the store, the
    ``FutureMessage`` and its serialisation, the producer buffer's queue), then the buffer's hand-over
    (``Topic.publish_message`` up to aiokafka's ``send``, which is stubbed, and its completion callback), and a
    plain dict set for comparison. Why: the stage writes three such records per article (hash, uri, origin)."""
    import tempfile
    from pathlib import Path

    from aiokafka.structs import RecordMetadata, TopicPartition

    from streams.worker.app import create_app

    wiring = create_app(Settings(data_dir=Path(tempfile.mkdtemp()), routing_file="none", metrics_port=0))
    table = wiring.tables["uris"]
    entry = {
        "hash": "xxh3-128:" + "a" * 32,
        "version": "1",
        "seenAt": 1.7e9,
        "topics": ["wire.articles"],
        "storyId": "urn:x",
        "signature": list(range(10**9, 10**9 + 128)),
        "raw": "wire.raw:1:2:0",
    }

    async def run() -> dict[str, float]:
        producer = wiring.app.producer
        loop = asyncio.get_running_loop()

        async def send(topic: str, key: Any, value: Any, partition: Any, timestamp: Any, headers: Any) -> Any:
            fut = loop.create_future()
            fut.set_result(RecordMetadata(topic, 0, TopicPartition(topic, 0), 0, -1, 0, 0))
            return fut

        async def started() -> Any:
            return producer

        producer.send = send
        wiring.app.maybe_start_producer = started
        store = {}
        c0 = time.thread_time()
        for i in range(n):
            store[f"urn:{i}"] = entry
        c1 = time.thread_time()
        for i in range(n):
            table[f"urn:{i}"] = entry
        c2 = time.thread_time()
        futs = [producer.buffer.pending.get_nowait() for _ in range(producer.buffer.pending.qsize())]
        c3 = time.thread_time()
        for fut in futs:
            await fut.message.channel.publish_message(fut, wait=False)
        await asyncio.sleep(0)  # the completion callbacks
        c4 = time.thread_time()
        return {
            "dict_set_us": (c1 - c0) * 1e6 / n,
            "table_set_us": (c2 - c1) * 1e6 / n,
            "hand_over_us": (c4 - c3) * 1e6 / max(len(futs), 1),
        }

    return asyncio.run(run())


def collector_cost(items: int = 1500, batch: int = 100, rounds: int = 4) -> dict[str, list[tuple[float, float]]]:
    """(stage CPU, time in the cyclic collector) in µs per article, per round, at the default young-generation
    threshold and at the worker's, alternated. The collector's time is timed by ``gc.callbacks`` (CPU time)."""
    import gc

    from streams.worker import collector

    slim = [envelope.encode_article(a) or orjson.dumps(a) for a in bench_articles(items)]
    spent = [0.0]
    began = [0.0]

    def timer(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began[0] = time.process_time()
        else:
            spent[0] += time.process_time() - began[0]

    before = gc.get_threshold()
    out: dict[str, list[tuple[float, float]]] = {"default": [], "worker": []}
    gc.callbacks.append(timer)
    try:
        for _ in range(rounds):
            for name, gen0 in (("default", 700), ("worker", collector.GEN0_THRESHOLD)):
                collector.configure(gen0)
                gc.collect()
                spent[0] = 0.0
                cpu = _stage_cpu(slim, False, batch)
                out[name].append((cpu * 1e6 / len(slim), spent[0] * 1e6 / len(slim)))
    finally:
        gc.callbacks.remove(timer)
        gc.set_threshold(*before)
    return out


class _Never:
    """A take whose slice budget is never used up (the agent before pacing)."""

    def budget(self) -> float:
        return 1e9


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=1500)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--stall", action="store_true", help="also the loop stall of one take, paced and unpaced")
    ap.add_argument("--produce", action="store_true", help="also the producer's CPU per record by codec")
    ap.add_argument("--changelog", action="store_true", help="only Faust's CPU per dedupe-table write (no broker)")
    ap.add_argument("--gc", action="store_true", help="only the stage's CPU and collector time, default vs worker")
    args = ap.parse_args()
    if args.gc:
        for name, runs in collector_cost(args.items, args.batch).items():
            cells = ", ".join(f"{cpu:.0f} ({in_gc:.1f} in gc)" for cpu, in_gc in runs)
            print(f"dedupe stage us per article, {name} gc thresholds: {cells}")
        return
    if args.changelog:
        for _ in range(3):
            cl = changelog()
            print(
                f"per table write: dict {cl['dict_set_us']:.1f} us, table set {cl['table_set_us']:.1f} us, "
                f"buffer hand-over (aiokafka stubbed) {cl['hand_over_us']:.1f} us"
            )
        return
    if args.produce:
        for key, c in produce(min(args.items, 1000)).items():
            print(f"produce {key}: {c['us']:.1f} us/record, {c['bytes']:.0f} B/record, {c['per_batch']:.1f} per batch")
        sn = sensors()
        print(
            f"faust sensors per event {sn['faust_event_us']:.1f} -> {sn['cached_event_us']:.1f} us, per table get+set "
            f"{sn['faust_table_us']:.1f} -> {sn['cached_table_us']:.1f} us; murmur2 per key {sn['murmur2_us']:.1f} us"
        )
    if args.stall:
        st = stall()
        print(
            f"one 500-record take: longest loop stall {st['paced_max_stall_ms']:.0f} ms paced, "
            f"{st['unpaced_max_stall_ms']:.0f} ms unpaced"
        )
    r = hop(args.items, args.batch)
    print(
        f"{r['articles']:.0f} articles: ingest encode {r['ingest_before_us']:.0f} -> {r['ingest_after_us']:.0f} us, "
        f"dedupe stage {r['stage_before_us']:.0f} -> {r['stage_after_us']:.0f} us per article; "
        f"record {r['bytes_before']:.0f} -> {r['bytes_after']:.0f} bytes"
    )


if __name__ == "__main__":
    main()
