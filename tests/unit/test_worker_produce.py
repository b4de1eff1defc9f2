"""The worker's producer settings and the stage's batched publish counters (issue #17: CPU per item).

Why: aiokafka compresses lz4 at level 9 (~95 µs per envelope here) and batches 16 KB by default (a produce
request, and a wait, every ~3 items); the stage summed its counters one article at a time. These tests pin
the settings and that the batched counters give the same totals as one call per article and country.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from streams.settings import Settings
from streams.worker import app as worker_app
from streams.worker.dedupe_stage import DedupeStage
from streams.worker.metrics import Metrics

FAUST_ENV = ("PRODUCER_COMPRESSION_TYPE", "PRODUCER_MAX_BATCH_SIZE", "PRODUCER_LINGER")


@pytest.mark.skipif(any(k in os.environ for k in FAUST_ENV), reason="Faust's producer variables are set here")
def test_producer_settings(tmp_path: Path) -> None:
    w = worker_app.create_app(Settings(data_dir=tmp_path, routing_file="none", metrics_port=0))
    conf = w.app.conf
    assert conf.producer_compression_type is None
    assert conf.producer_max_batch_size == worker_app.PRODUCER_BATCH_BYTES == 262_144
    assert conf.producer_linger == pytest.approx(0.005)
    # a batch must stay under a broker's default 1 MB message limit without compression
    assert conf.producer_max_batch_size < 1_000_000
    assert conf.producer_partitioner is worker_app.partitioner


def test_partitioner_is_aiokafkas_without_the_hash_on_one_partition() -> None:
    from aiokafka.partitioner import DefaultPartitioner

    default = DefaultPartitioner()
    keys = [None, b"", b"urn:a", "urn:é".encode(), bytes(range(200))]
    for parts in ([0], [3], [0, 1], [0, 1, 2, 3], list(range(12))):
        for key in keys:
            for available in (parts, parts[:1], []):
                got = worker_app.partitioner(key, parts, available)
                if key is None and len(parts) > 1:
                    assert got in (available or parts)  # random among the available, as aiokafka does
                else:
                    assert got == default(key, parts, available)


def test_faust_env_overrides_the_producer_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRODUCER_COMPRESSION_TYPE", "snappy")
    monkeypatch.setenv("PRODUCER_MAX_BATCH_SIZE", "65536")
    w = worker_app.create_app(Settings(data_dir=tmp_path, routing_file="none", metrics_port=0))
    assert w.app.conf.producer_compression_type == "snappy"
    assert w.app.conf.producer_max_batch_size == 65536


def _article(language: str | None, countries: list[str], ts: int | None) -> dict[str, Any]:
    ext: dict[str, Any] = {"countries": countries}
    if ts is not None:
        ext["provenance"] = {"rawRef": {"topic": "wire.raw", "partition": 0, "offset": 1, "timestampMs": ts}}
    return {"uri": "u", "language": language, "ext": ext}


def test_observe_published_sums_like_one_call_per_article() -> None:
    published = [
        (_article("en", ["FR", "DE"], 1_000), ["wire.articles"]),
        (_article("en", ["fr"], 2_000), ["wire.articles", "wire.sport"]),
        (_article(None, [], None), ["wire.articles"]),
        (_article("id", ["ID", "ID"], 3_000), ["wire.articles"]),
    ]
    plan = SimpleNamespace(published=lambda: iter(published))
    batched, single = Metrics.create(), Metrics.create()
    stage = DedupeStage.__new__(DedupeStage)
    stage.metrics = batched
    stage.observe_published(plan, 10.0)  # type: ignore[arg-type]
    for article, topics in published:  # the per-article form it replaced
        for name in topics:
            single.published(article.get("language"), name)
        for code in article["ext"]["countries"]:
            single.country(code)
        ts = article["ext"].get("provenance", {}).get("rawRef", {}).get("timestampMs")
        if ts:
            single.end_to_end(10.0 - ts / 1000.0)

    def values(m: Metrics) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        return {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in m.registry.collect()
            if family.name.startswith("wirefeed_") and family.name != "wirefeed_build"
            for s in family.samples
            if not s.name.endswith("_created")
        }

    got = values(batched)
    assert got == values(single)
    assert got[("wirefeed_countries_total", (("country", "FR"),))] == 2
    assert got[("wirefeed_countries_total", (("country", "ID"),))] == 2
    assert got[("wirefeed_end_to_end_seconds_count", ())] == 3


class _Owner:
    pass


class _Stream:
    shortlabel = "Stream: Topic: wire.raw"
    task_owner = _Owner()

    def __str__(self) -> str:
        return "Stream: Topic: wire.raw"


class _Table:
    def __init__(self, name: str) -> None:
        self.name = name


class _Message:
    pass


def _drive(monitor: Any, streams: list[_Stream], tables: list[_Table]) -> None:
    from faust.types import TP

    for i in range(40):
        tp = TP("wire.raw" if i % 3 else "wire.dedupe", i % 4)
        message = _Message()
        monitor.track_tp_end_offset(tp, 100 + i)
        monitor.on_message_in(tp, i, message)
        state = monitor.on_stream_event_in(tp, i, streams[i % 2], None)
        monitor.on_stream_event_out(tp, i, streams[i % 2], None, state)
        monitor.on_message_out(tp, i, message)
        monitor.on_table_get(tables[i % 2], "k")
        monitor.on_table_set(tables[i % 2], "k", i)
        sent = monitor.on_send_initiated(None, f"app-{tables[i % 2].name}-changelog", None, 1, 10)
        monitor.on_send_completed(None, sent, None)
        if i % 7 == 0:
            monitor.on_table_del(tables[0], "k")
        if i == 20:  # a rebalance clears the per-topic series; they must come back when events do
            app = SimpleNamespace(rebalancing_count=1)
            state = monitor.on_rebalance_start(app)
            monitor.on_rebalance_return(app, state)
            monitor.on_rebalance_end(app, state)


def test_cached_faust_monitor_exposes_what_faust_does() -> None:
    from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
    from prometheus_client import CollectorRegistry

    from streams.worker.metrics import cached_monitor_class

    def exposed(cls: Any) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        registry = CollectorRegistry()
        monitor = cls(metrics=FaustMetrics.create(registry, "faust"))
        streams = [_Stream(), _Stream()]
        streams[1].shortlabel = "Stream: Topic: wire.dedupe"
        _drive(monitor, streams, [_Table("dedupe-uris"), _Table("dedupe-hashes")])
        return {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in registry.collect()
            for s in family.samples
            if not s.name.endswith(("_created", "_sum", "_bucket")) and "latency" not in s.name
        }

    faust_own, cached = exposed(PrometheusMonitor), exposed(cached_monitor_class())
    assert cached == faust_own
    assert cached[("faust_messages_received_per_topic_total", (("topic", "wire.raw"),))] > 0
    assert any(name == "faust_table_operations_total" for name, _ in cached)


def test_attach_faust_sensors_installs_the_cached_monitor(tmp_path: Path) -> None:
    from streams.worker.metrics import attach_faust_sensors

    w = worker_app.create_app(Settings(data_dir=tmp_path, routing_file="none", metrics_port=0))
    attach_faust_sensors(w.app, Metrics.create())
    assert type(w.app.monitor).__name__ == "CachedPrometheusMonitor"
