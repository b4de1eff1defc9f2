"""streams.worker.metrics: the exposed names and labels are a contract with the dashboard and the alert rules."""

from __future__ import annotations

import urllib.request
from dataclasses import dataclass, field

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from streams.core import reasons
from streams.worker.metrics import (
    DUPLICATE_KINDS,
    STAGES,
    Metrics,
    attach_faust_sensors,
    resolve_port,
    sample_lag,
    serve,
)


def samples(metrics: Metrics) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every exposed sample as {(name, labels): value}, parsed back from the text format."""
    text = generate_latest(metrics.registry).decode()
    out: dict[tuple[str, frozenset[tuple[str, str]]], float] = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, frozenset(s.labels.items()))] = s.value
    return out


def value(metrics: Metrics, name: str, **labels: str) -> float | None:
    return samples(metrics).get((name, frozenset(labels.items())))


def label_names(metrics: Metrics) -> dict[str, set[str]]:
    """Sample name -> label names seen, for the contract test."""
    out: dict[str, set[str]] = {}
    for name, labels in samples(metrics):
        out.setdefault(name, set()).update(k for k, _ in labels)
    return out


@pytest.fixture()
def metrics() -> Metrics:
    return Metrics.create()


def test_each_metrics_gets_its_own_registry() -> None:
    a, b = Metrics.create(), Metrics.create()  # would raise "Duplicated timeseries" on a shared registry
    assert a.registry is not b.registry
    a.item_received("nitf", "afp")
    assert value(b, "wirefeed_items_received_total", format="nitf", source="afp") is None


def test_uses_the_registry_it_is_given() -> None:
    reg = CollectorRegistry()
    m = Metrics.create(reg)
    assert m.registry is reg


def test_names_and_labels_exposed(metrics: Metrics) -> None:
    metrics.item_received("nitf", "afp")
    metrics.published("en", "wire.articles")
    metrics.duplicate("exact")
    metrics.deadletter(reasons.MALFORMED_XML)
    metrics.country("fr")
    with metrics.stage("parse"):
        pass
    metrics.end_to_end(0.2)
    metrics.set_lag("wire.raw", 3, 42)
    metrics.set_state_entries("dedupe-hashes", 7)
    metrics.set_enrichment_load(1.5)
    metrics.loop_stall(0.3)

    expected = {
        "wirefeed_items_received_total": {"format", "source"},
        "wirefeed_articles_published_total": {"language", "topic", "copy"},
        "wirefeed_duplicates_total": {"kind"},
        "wirefeed_deadletters_total": {"reason"},
        "wirefeed_countries_total": {"country"},
        "wirefeed_stage_seconds_bucket": {"stage", "le"},
        "wirefeed_stage_seconds_count": {"stage"},
        "wirefeed_stage_seconds_sum": {"stage"},
        "wirefeed_end_to_end_seconds_bucket": {"le"},
        "wirefeed_end_to_end_seconds_count": set(),
        "wirefeed_consumer_lag": {"topic", "partition"},
        "wirefeed_dedupe_state_entries": {"store"},
        "wirefeed_enrichment_load_seconds": set(),
        "wirefeed_loop_stall_seconds_bucket": {"le"},
        "wirefeed_loop_stall_max_seconds": set(),
        "wirefeed_build_info": {"version", "python", "faust", "aiokafka"},
    }
    seen = label_names(metrics)
    for name, labels in expected.items():
        assert name in seen, name
        assert seen[name] == labels, name
    # No worker/instance/pod label: Prometheus adds the target's identity itself.
    assert not any({"worker", "instance", "pod", "host"} & labels for labels in seen.values())
    assert all(name.startswith(("wirefeed_", "python_", "process_")) for name in seen)


def test_values(metrics: Metrics) -> None:
    metrics.item_received("nitf", "afp")
    metrics.item_received("nitf", "afp")
    metrics.published("en", "wire.articles")
    metrics.country("fr")
    metrics.set_lag("wire.raw", 3, 42)
    assert value(metrics, "wirefeed_items_received_total", format="nitf", source="afp") == 2
    primary = {"topic": "wire.articles", "copy": "primary"}
    assert value(metrics, "wirefeed_articles_published_total", language="en", **primary) == 1
    assert value(metrics, "wirefeed_countries_total", country="FR") == 1
    assert value(metrics, "wirefeed_consumer_lag", topic="wire.raw", partition="3") == 42
    assert value(metrics, "wirefeed_build_info", **_build_labels(metrics)) == 1


def test_loop_stall_keeps_the_longest(metrics: Metrics) -> None:
    metrics.loop_stall(0.4)
    metrics.loop_stall(0.0)
    metrics.loop_stall(0.1)
    assert value(metrics, "wirefeed_loop_stall_max_seconds") == 0.4
    assert value(metrics, "wirefeed_loop_stall_seconds_count") == 3


def _build_labels(metrics: Metrics) -> dict[str, str]:
    for name, labels in samples(metrics):
        if name == "wirefeed_build_info":
            return dict(labels)
    raise AssertionError("no build info")


def test_known_label_values_exist_at_zero(metrics: Metrics) -> None:
    """So rate() and ratio alerts have series before the first duplicate or dead letter."""
    for kind in DUPLICATE_KINDS:
        assert value(metrics, "wirefeed_duplicates_total", kind=kind) == 0
    for reason in reasons.ALL:
        assert value(metrics, "wirefeed_deadletters_total", reason=reason) == 0
    for stage in STAGES:
        assert value(metrics, "wirefeed_stage_seconds_count", stage=stage) == 0


def test_empty_label_values_become_unknown(metrics: Metrics) -> None:
    metrics.item_received(None, "")
    metrics.published(None, "wire.articles")
    assert value(metrics, "wirefeed_items_received_total", format="unknown", source="unknown") == 1
    assert (
        value(metrics, "wirefeed_articles_published_total", language="unknown", topic="wire.articles", copy="primary")
        == 1
    )


def test_routed_copies_are_labelled_apart() -> None:
    """Why: dashboards added routed copies to "articles out" (8 items in showed as 21 out, 7 published)."""
    m = Metrics.create(primary_topics=("t.articles", "t.events"))
    m.published("id", "t.articles")
    m.published("id", "wire.articles.lang.id")
    m.published("id", "wire.articles.country.id")
    m.published("en", "t.events")  # an event's one publication is not a routed copy
    assert value(m, "wirefeed_articles_published_total", language="id", topic="t.articles", copy="primary") == 1
    assert value(m, "wirefeed_articles_published_total", language="en", topic="t.events", copy="primary") == 1
    assert (
        value(m, "wirefeed_articles_published_total", language="id", topic="wire.articles.lang.id", copy="routed") == 1
    )
    assert (
        value(m, "wirefeed_articles_published_total", language="id", topic="wire.articles.country.id", copy="routed")
        == 1
    )


def test_stage_timer_records_even_on_error(metrics: Metrics) -> None:
    with pytest.raises(ValueError), metrics.stage("enrich"):
        raise ValueError("boom")
    assert value(metrics, "wirefeed_stage_seconds_count", stage="enrich") == 1
    metrics.observe_stage("dedupe", 0.00002)
    assert value(metrics, "wirefeed_stage_seconds_bucket", stage="dedupe", le="2.5e-05") == 1
    assert value(metrics, "wirefeed_stage_seconds_bucket", stage="dedupe", le="1e-05") == 0


def test_histogram_buckets_cover_the_documented_ranges(metrics: Metrics) -> None:
    les = {dict(labels).get("le") for name, labels in samples(metrics) if name.endswith("_bucket")}
    assert {"1e-05", "1.0", "0.001", "60.0", "+Inf"} <= les


def test_end_to_end_clamps_clock_skew(metrics: Metrics) -> None:
    metrics.end_to_end(-3.0)
    assert metrics.end_to_end_since(100.0, now=102.5) == 2.5
    assert value(metrics, "wirefeed_end_to_end_seconds_count") == 2
    assert value(metrics, "wirefeed_end_to_end_seconds_sum") == 2.5


def test_replace_lag_drops_revoked_partitions(metrics: Metrics) -> None:
    metrics.replace_lag({("wire.raw", 0): 5, ("wire.raw", 1): 6})
    metrics.replace_lag({("wire.raw", 1): 1})
    assert value(metrics, "wirefeed_consumer_lag", topic="wire.raw", partition="0") is None
    assert value(metrics, "wirefeed_consumer_lag", topic="wire.raw", partition="1") == 1
    metrics.remove_lag("wire.raw", 1)
    metrics.remove_lag("wire.raw", 9)  # unknown: no error
    assert value(metrics, "wirefeed_consumer_lag", topic="wire.raw", partition="1") is None


@dataclass(frozen=True)
class _TP:
    topic: str
    partition: int


@dataclass
class _Monitor:
    tp_end_offsets: dict[_TP, int] = field(default_factory=dict)
    tp_committed_offsets: dict[_TP, int] = field(default_factory=dict)


def test_sample_lag_from_monitor_offsets(metrics: Metrics) -> None:
    mon = _Monitor(
        tp_end_offsets={_TP("wire.raw", 0): 100, _TP("wire.raw", 1): 10, _TP("x-changelog", 0): 5},
        tp_committed_offsets={_TP("wire.raw", 0): 60, _TP("x-changelog", 0): 1},
    )
    sample_lag(metrics, mon, topics=["wire.raw"])
    assert value(metrics, "wirefeed_consumer_lag", topic="wire.raw", partition="0") == 40
    # partition 1: nothing committed yet, so no lag is claimed
    assert value(metrics, "wirefeed_consumer_lag", topic="wire.raw", partition="1") is None
    assert value(metrics, "wirefeed_consumer_lag", topic="x-changelog", partition="0") is None


def test_resolve_port() -> None:
    assert resolve_port(9108) == 9108
    assert resolve_port(9200, 3) == 9203
    assert resolve_port(0, 5) == 0  # 0 = let the OS choose; serve() reports the port
    assert resolve_port(9108, 2) == 9110
    with pytest.raises(ValueError):
        resolve_port(65535, 1)


def test_serve_exposes_the_registry_on_loopback(metrics: Metrics) -> None:
    metrics.item_received("rss", "antara")
    server = serve(metrics, port=0)
    try:
        assert server.host == "127.0.0.1"
        assert server.port > 0
        body = urllib.request.urlopen(server.url, timeout=5).read().decode()
    finally:
        server.close()
    assert 'wirefeed_items_received_total{format="rss",source="antara"} 1.0' in body


def test_faust_sensors_share_the_registry(metrics: Metrics) -> None:
    faust = pytest.importorskip("faust")
    from faust.types import TP

    app = faust.App("wirefeed-metrics-test", broker="kafka://127.0.0.1:1", store="memory://")
    attach_faust_sensors(app, metrics)
    app.monitor.track_tp_end_offset(TP("wire.raw", 0), 100)
    app.monitor.on_tp_commit({TP("wire.raw", 0): 40})
    sample_lag(metrics, app.monitor)
    names = label_names(metrics)
    assert "faust_messages_received_total" in names
    assert value(metrics, "faust_topic_partition_end_offset", topic="wire.raw", partition="0") == 100
    assert value(metrics, "wirefeed_consumer_lag", topic="wire.raw", partition="0") == 60
    # A second app with its own Metrics does not clash.
    attach_faust_sensors(faust.App("wirefeed-metrics-test-2", broker="kafka://127.0.0.1:1"), Metrics.create())
