"""Prometheus metrics for the wirefeed worker: every metric is defined here, once.

Why one module and a private registry: several apps or tests in one process would clash on
prometheus_client's global ``REGISTRY`` (``Duplicated timeseries``), so each :class:`Metrics`
owns a fresh :class:`CollectorRegistry`, and Faust's own sensors are put on the same registry by
:func:`attach_faust_sensors`. This is shell code: ``streams.core`` must never import it.

Several workers on one host (one per core) each serve their own port: ``WIREFEED_METRICS_PORT``
is the base port and ``WIREFEED_WORKER_INDEX`` an optional offset (see :func:`resolve_port`).
``serve(port=0)`` lets the OS choose and reports the bound port (tests); the worker itself treats
``WIREFEED_METRICS_PORT=0`` as "metrics disabled" (streams/settings.py). Labels never name the worker:
Prometheus adds ``instance`` (and ``pod`` on Kubernetes) itself.
"""

from __future__ import annotations

import asyncio
import platform
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from typing import TYPE_CHECKING, Any, Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, start_http_server

if TYPE_CHECKING:
    from wsgiref.simple_server import WSGIServer

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DUPLICATE_KINDS",
    "E2E_BUCKETS",
    "LOOP_STALL_BUCKETS",
    "STAGES",
    "STAGE_BUCKETS",
    "Metrics",
    "MetricsServer",
    "attach_faust_sensors",
    "resolve_port",
    "sample_lag",
    "serve",
]

DEFAULT_HOST = "127.0.0.1"  # loopback unless the deployment says otherwise (containers set 0.0.0.0)
DEFAULT_PORT = 9108
FAUST_PREFIX = "faust"  # Faust's sensors become faust_messages_received_total, ...

STAGES = ("parse", "normalise", "enrich", "dedupe", "publish")
DUPLICATE_KINDS = ("exact", "near", "stale_version")

# Per-stage work is CPU-bound and short: 10 µs resolves parse of a small NITF item, 1 s catches stalls.
STAGE_BUCKETS = (
    0.00001,
    0.000025,
    0.00005,
    0.0001,
    0.00025,
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
)
# Event-loop stalls: 5 ms is timer noise, 100 ms delays acks visibly, 10 s misses a consumer session.
LOOP_STALL_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
# Broker timestamp of the raw record -> publish ack: includes queueing and commit cadence, so up to a minute.
E2E_BUCKETS = (
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    15.0,
    30.0,
    60.0,
)

UNKNOWN = "unknown"  # label value for an empty string, so a series is never labelled ""


def _label(value: str | None) -> str:
    """Empty or missing label values become ``unknown``: an empty label equals an absent one in PromQL."""
    return value if value else UNKNOWN


def _version(dist: str) -> str:
    """Installed version of ``dist`` for the build-info metric, or ``unknown`` (e.g. run from a checkout)."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return UNKNOWN


@dataclass(frozen=True, slots=True)
class Metrics:
    """All wirefeed metrics on one private registry, with small methods the agents call.

    Build it with :meth:`create`; tests pass nothing and get a fresh registry each time.
    Label children for known stages, duplicate kinds and dead-letter reasons are created up front so
    their series exist at 0 and ``rate()``/ratio alerts work before the first event.
    """

    registry: CollectorRegistry
    items_received: Counter
    articles_published: Counter
    duplicates: Counter
    deadletters: Counter
    countries: Counter
    stage_seconds: Histogram
    end_to_end_seconds: Histogram
    consumer_lag: Gauge
    dedupe_state_entries: Gauge
    enrichment_load_seconds: Gauge
    loop_stall_seconds: Histogram
    loop_stall_max_seconds: Gauge
    core_cpu_seconds: Gauge
    build_info: Info
    # the topics every published item goes to once (articles; events and planning records); copies on
    # routed topics count as copy="routed"
    primary_topics: frozenset[str] = frozenset(("wire.articles", "wire.events"))
    _lag_keys: set[tuple[str, int]] = field(default_factory=set, repr=False, compare=False)
    _children: dict[tuple[int, tuple[str, ...]], Any] = field(default_factory=dict, repr=False, compare=False)
    _lag_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _loop_stall_max: list[float] = field(default_factory=lambda: [0.0], repr=False, compare=False)  # frozen: a box

    @classmethod
    def create(
        cls,
        registry: CollectorRegistry | None = None,
        *,
        stages: Iterable[str] = STAGES,
        duplicate_kinds: Iterable[str] = DUPLICATE_KINDS,
        deadletter_reasons: Iterable[str] | None = None,
        version: str | None = None,
        primary_topics: Iterable[str] = ("wire.articles", "wire.events"),
    ) -> Metrics:
        """Define every metric on ``registry`` (a new private one by default) and pre-create known labels."""
        reg = registry if registry is not None else CollectorRegistry(auto_describe=True)
        m = cls(
            registry=reg,
            items_received=Counter(
                "wirefeed_items_received",
                "Raw wire items consumed from the raw topic, including ones later dead-lettered.",
                ["format", "source"],
                registry=reg,
            ),
            articles_published=Counter(
                "wirefeed_articles_published",
                'ninjs articles acknowledged by the broker, per topic: copy="primary" is the articles topic (each '
                'article once), copy="routed" the extra copies routing rules sent to other topics.',
                ["language", "topic", "copy"],
                registry=reg,
            ),
            duplicates=Counter(
                "wirefeed_duplicates",
                "Items diverted as duplicates, by kind (exact, near, stale_version, ...).",
                ["kind"],
                registry=reg,
            ),
            deadletters=Counter(
                "wirefeed_deadletters",
                "Items sent to the dead-letter topic, by stable reason code.",
                ["reason"],
                registry=reg,
            ),
            countries=Counter(
                "wirefeed_countries",
                "Published articles per ISO 3166-1 alpha-2 country mentioned (top-countries panel).",
                ["country"],
                registry=reg,
            ),
            stage_seconds=Histogram(
                "wirefeed_stage_seconds",
                "Wall time of one pipeline stage for one item.",
                ["stage"],
                buckets=STAGE_BUCKETS,
                registry=reg,
            ),
            end_to_end_seconds=Histogram(
                "wirefeed_end_to_end_seconds",
                "Raw record broker timestamp to article publish ack.",
                buckets=E2E_BUCKETS,
                registry=reg,
            ),
            consumer_lag=Gauge(
                "wirefeed_consumer_lag",
                "Messages between the partition's end offset and this worker's committed offset.",
                ["topic", "partition"],
                registry=reg,
            ),
            dedupe_state_entries=Gauge(
                "wirefeed_dedupe_state_entries",
                "Entries held in a dedupe state store on this worker.",
                ["store"],
                registry=reg,
            ),
            enrichment_load_seconds=Gauge(
                "wirefeed_enrichment_load_seconds",
                "Time taken to load the enrichment resources at start-up.",
                registry=reg,
            ),
            loop_stall_seconds=Histogram(
                "wirefeed_loop_stall_seconds",
                "How late the event-loop probe woke up (streams/worker/loopwatch.py): time the loop ran other "
                "work without yielding; 0 below timer noise. One observation per probe tick.",
                buckets=LOOP_STALL_BUCKETS,
                registry=reg,
            ),
            loop_stall_max_seconds=Gauge(
                "wirefeed_loop_stall_max_seconds",
                "Longest event-loop stall seen since the worker started.",
                registry=reg,
            ),
            core_cpu_seconds=Gauge(
                "wirefeed_core_cpu_seconds",
                "CPU seconds the ingest stage spent in the core pipeline since the worker started (thread CPU "
                "time, read at the scrape): the process's CPU minus this is what the worker's shell costs.",
                registry=reg,
            ),
            build_info=Info(
                "wirefeed_build",
                "Versions of wirefeed and its stream stack (value is always 1).",
                registry=reg,
            ),
            primary_topics=frozenset(primary_topics),
        )
        if deadletter_reasons is None:
            from streams.core import reasons  # the stable codes alert rules key on

            deadletter_reasons = reasons.ALL
        for stage in stages:
            m.stage_seconds.labels(stage=stage)
        for kind in duplicate_kinds:
            m.duplicates.labels(kind=kind)
        for reason in deadletter_reasons:
            m.deadletters.labels(reason=reason)
        m.build_info.info(
            {
                "version": version or _version("wirefeed"),
                "python": platform.python_version(),
                "faust": _version("faust-streaming"),
                "aiokafka": _version("aiokafka"),
            }
        )
        return m

    def _child(self, metric: Any, *values: str) -> Any:
        """``metric.labels(*values)``, cached: ``labels()`` takes a lock and builds a key on every call,
        which showed up at several % of the worker's time when called per item."""
        key = (id(metric), values)
        child = self._children.get(key)
        if child is None:
            child = self._children[key] = metric.labels(*values)
        return child

    def item_received(self, fmt: str | None, source: str | None, n: int = 1) -> None:
        """Count ``n`` raw items of one format and source (format ``unknown`` if undetected); the ingest agent
        sums a slice's items first (one ``inc`` per label pair: the same totals at a scrape after the slice)."""
        self._child(self.items_received, _label(fmt), _label(source)).inc(n)

    def published(self, language: str | None, topic: str, n: int = 1) -> None:
        """Count ``n`` article copies after the broker acknowledged them (``copy`` says primary or routed, so a
        dashboard counts articles once: ``copy="primary"``)."""
        copy = "primary" if topic in self.primary_topics else "routed"
        self._child(self.articles_published, _label(language), topic, copy).inc(n)

    def duplicate(self, kind: str) -> None:
        """Count one item diverted as a duplicate."""
        self._child(self.duplicates, _label(kind)).inc()

    def deadletter(self, reason: str) -> None:
        """Count one dead-lettered item; ``reason`` is a stable code from ``streams.core.reasons``."""
        self._child(self.deadletters, _label(reason)).inc()

    def country(self, code: str, n: int = 1) -> None:
        """Count ``n`` mentions of a country by published articles (ISO alpha-2, upper case)."""
        self._child(self.countries, _label(code).upper()).inc(n)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the ``with`` block as stage ``name``; an exception still records the time spent."""
        child = self.stage_seconds.labels(stage=name)
        start = time.perf_counter()
        try:
            yield
        finally:
            child.observe(time.perf_counter() - start)

    def observe_stage(self, name: str, seconds: float) -> None:
        """Record a stage duration measured elsewhere (e.g. by the core's own timing)."""
        self._child(self.stage_seconds, name).observe(max(seconds, 0.0))

    def end_to_end(self, seconds: float) -> None:
        """Record raw-record timestamp -> publish-ack latency; clock skew can make it negative, clamp to 0."""
        self.end_to_end_seconds.observe(max(seconds, 0.0))

    def end_to_end_since(self, broker_timestamp_s: float, now: float | None = None) -> float:
        """Record the latency from a broker timestamp (epoch seconds) to ``now``; returns it for logging."""
        seconds = (time.time() if now is None else now) - broker_timestamp_s
        self.end_to_end(seconds)
        return max(seconds, 0.0)

    def set_lag(self, topic: str, partition: int, lag: int) -> None:
        """Set the lag of one partition this worker owns."""
        with self._lag_lock:
            self.consumer_lag.labels(topic=topic, partition=str(partition)).set(max(lag, 0))
            self._lag_keys.add((topic, partition))

    def remove_lag(self, topic: str, partition: int) -> None:
        """Drop a revoked partition's series, so a stale value is not reported by two workers."""
        with self._lag_lock:
            if (topic, partition) in self._lag_keys:
                self.consumer_lag.remove(topic, str(partition))
                self._lag_keys.discard((topic, partition))

    def replace_lag(self, lags: Mapping[tuple[str, int], int]) -> None:
        """Publish exactly ``lags`` (the current assignment): set these and drop every other partition."""
        with self._lag_lock:
            for topic, partition in self._lag_keys - set(lags):
                self.consumer_lag.remove(topic, str(partition))
            for (topic, partition), lag in lags.items():
                self.consumer_lag.labels(topic=topic, partition=str(partition)).set(max(lag, 0))
            self._lag_keys.clear()
            self._lag_keys.update(lags)

    def set_state_entries(self, store: str, entries: int) -> None:
        """Report the size of a dedupe state store (e.g. the content-hash table)."""
        self.dedupe_state_entries.labels(store=store).set(entries)

    def set_enrichment_load(self, seconds: float) -> None:
        """Report how long loading the enrichment resources took."""
        self.enrichment_load_seconds.set(seconds)

    def track_core_cpu(self, read: Callable[[], float]) -> None:
        """Report the core's CPU seconds through ``read`` at each scrape (nothing is done per item or batch)."""
        self.core_cpu_seconds.set_function(read)

    def loop_stall(self, seconds: float) -> None:
        """Record one event-loop probe tick's stall (0 when on time) and keep the longest."""
        seconds = max(seconds, 0.0)
        self.loop_stall_seconds.observe(seconds)
        if seconds > self._loop_stall_max[0]:
            self._loop_stall_max[0] = seconds
            self.loop_stall_max_seconds.set(seconds)


class _OffsetMonitor(Protocol):
    """The part of ``faust.Monitor`` that :func:`sample_lag` reads (kept structural for tests)."""

    @property
    def tp_end_offsets(self) -> Mapping[Any, int]: ...

    @property
    def tp_committed_offsets(self) -> Mapping[Any, int]: ...


def sample_lag(metrics: Metrics, monitor: _OffsetMonitor, topics: Iterable[str] | None = None) -> None:
    """Set ``wirefeed_consumer_lag`` from Faust's monitor: end offset minus committed offset, per partition.

    Call it from an ``@app.timer`` (every 10-15 s). Only partitions with both an end offset and a commit
    are reported (the monitor knows only partitions this worker fetched from), and the gauge is replaced
    as a whole, so partitions revoked in a rebalance disappear instead of going stale. ``topics`` limits
    it to the input topics (changelog and repartition topics are tracked too).
    """
    wanted = set(topics) if topics is not None else None
    lags: dict[tuple[str, int], int] = {}
    committed = dict(monitor.tp_committed_offsets)
    for tp, end in dict(monitor.tp_end_offsets).items():
        if wanted is not None and tp.topic not in wanted:
            continue
        done = committed.get(tp)
        if done is None:
            continue
        lags[(tp.topic, int(tp.partition))] = max(int(end) - int(done), 0)
    metrics.replace_lag(lags)


def attach_faust_sensors(
    app: Any, metrics: Metrics, *, name_prefix: str = FAUST_PREFIX, pattern: str = "/metrics"
) -> None:
    """Put Faust's built-in sensors on our registry, so one scrape returns both sets.

    Call before the worker starts: it replaces ``app.monitor`` with Faust's ``PrometheusMonitor`` and adds a
    ``pattern`` page to Faust's web server (port ``web_port``, 6066 by default) serving the same registry.
    Call it at most once per ``Metrics`` (a second call raises ``Duplicated timeseries``).
    """
    from faust.sensors.prometheus import setup_prometheus_sensors  # Faust is optional for this module's tests

    setup_prometheus_sensors(app, pattern=pattern, registry=metrics.registry, name_prefix=name_prefix)
    app.monitor = cached_monitor_class()(metrics=app.monitor._metrics)


def cached_monitor_class() -> type[Any]:
    """Faust's ``PrometheusMonitor`` with its per-event label lookups bound once (same names, labels, values).

    Why: Faust calls ``on_message_in``, ``on_stream_event_in``/``out``, ``on_message_out`` and
    ``track_tp_end_offset`` for every event of both stages, ``on_table_get``/``set`` for every table access and
    ``on_send_initiated`` for every changelog write; its monitor looks up labelled children
    (``labels()``: a lock and a key per call) and rebuilds the stream's label (a regex) each time: ~17 µs per
    event and ~5 per table get and set here (``python -m benchmarks.hop`` does not cover it; see
    docs/benchmarks.md "Session 7"). The children are cached here; the per-topic ones are dropped whenever
    Faust clears those series (a rebalance), so a cached child never outlives its series.
    """
    import weakref

    from faust.sensors.monitor import Monitor
    from faust.sensors.prometheus import PrometheusMonitor

    class CachedPrometheusMonitor(PrometheusMonitor):  # type: ignore[misc]
        def __init__(self, metrics: Any, **kwargs: Any) -> None:
            super().__init__(metrics=metrics, **kwargs)
            self._bound: dict[tuple[Any, ...], Any] = {}
            self._streams: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()

        def _bound_child(self, key: tuple[Any, ...], metric: Any, **labels: Any) -> Any:
            child = self._bound.get(key)
            if child is None:
                child = self._bound[key] = metric.labels(**labels)
            return child

        def on_message_in(self, tp: Any, offset: int, message: Any) -> None:
            Monitor.on_message_in(self, tp, offset, message)
            m = self._metrics
            m.messages_received.inc()
            m.active_messages.inc()
            topic = tp.topic
            self._bound_child(("topic", topic), m.messages_received_per_topics, topic=topic).inc()
            self._bound_child(
                ("tp", topic, tp.partition),
                m.messages_received_per_topics_partition,
                topic=topic,
                partition=tp.partition,
            ).set(offset)

        def on_stream_event_in(self, tp: Any, offset: int, stream: Any, event: Any) -> dict[str, Any] | None:
            state = Monitor.on_stream_event_in(self, tp, offset, stream, event)
            m = self._metrics
            m.total_events.inc()
            m.total_active_events.inc()
            child = self._streams.get(stream)
            if child is None:
                label = f"stream.{self._stream_label(stream)}.events"
                child = self._streams[stream] = m.total_events_per_stream.labels(stream=label)
            child.inc()
            return state  # type: ignore[no-any-return]

        def track_tp_end_offset(self, tp: Any, offset: int) -> None:
            # Faust's consumer calls this for every record it hands over (``Consumer.getmany``)
            Monitor.track_tp_end_offset(self, tp, offset)
            topic = tp.topic
            self._bound_child(
                ("end", topic, tp.partition),
                self._metrics.topic_partition_end_offset,
                topic=topic,
                partition=tp.partition,
            ).set(offset)

        def on_send_initiated(
            self, producer: Any, topic: str, message: Any, keysize: int, valsize: int
        ) -> Any:  # every send through a Faust topic: the tables' changelog writes, ~3 per article
            self._bound_child(("sent", topic), self._metrics.topic_messages_sent, topic=f"topic.{topic}").inc()
            return Monitor.on_send_initiated(self, producer, topic, message, keysize, valsize)

        def _table_op(self, table: Any, operation: str) -> None:
            name = table.name
            key = ("table", name, operation)
            child = self._bound.get(key)
            if child is None:
                child = self._bound[key] = self._metrics.table_operations.labels(
                    table=f"table.{name}", operation=operation
                )
            child.inc()

        def on_table_get(self, table: Any, key: Any) -> None:
            Monitor.on_table_get(self, table, key)
            self._table_op(table, self.KEYS_RETRIEVED)

        def on_table_set(self, table: Any, key: Any, value: Any) -> None:
            Monitor.on_table_set(self, table, key, value)
            self._table_op(table, self.KEYS_UPDATED)

        def on_table_del(self, table: Any, key: Any) -> None:
            Monitor.on_table_del(self, table, key)
            self._table_op(table, self.KEYS_DELETED)

        def _clear_partition_related_metrics(self) -> None:
            super()._clear_partition_related_metrics()
            self._bound = {k: v for k, v in self._bound.items() if k[0] == "table"}  # per-topic series are gone

    return CachedPrometheusMonitor


def resolve_port(port: int, index: int = 0) -> int:
    """The metrics port of this worker: base + worker index (a base of 0 stays 0: disabled / any port).

    The shell passes ``Settings.metrics_port`` (``WIREFEED_METRICS_PORT``, 9108) and ``Settings.worker_index``
    (``WIREFEED_WORKER_INDEX``, 0), so N workers on one host listen on 9108 ... 9108+N-1 without configuration
    beyond their index.
    """
    if port == 0:
        return 0
    if not 0 < port + index < 65536:
        raise ValueError(f"metrics port {port}+{index} is out of range")
    return port + index


@dataclass(frozen=True, slots=True)
class MetricsServer:
    """A running exposition endpoint; ``port`` is the bound port (useful when 0 was asked for)."""

    host: str
    port: int
    server: WSGIServer
    thread: threading.Thread
    loop_task: asyncio.Task[None] | None = None  # the event-loop stall probe, when served from a loop

    @property
    def url(self) -> str:
        """Scrape URL, for logs and tests."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/metrics"

    def close(self) -> None:
        """Stop serving (tests and graceful shutdown); the daemon thread ends with it."""
        if self.loop_task is not None:
            self.loop_task.cancel()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def serve(
    metrics: Metrics, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, watch_loop: bool = True
) -> MetricsServer:
    """Serve ``metrics.registry`` at ``http://host:port/metrics`` from a daemon thread.

    Independent of Faust's web server, so metrics stay up while the app rebalances or recovers tables
    (that is what the liveness probe relies on). Loopback by default; containers pass 0.0.0.0.

    Called from inside a running event loop (the worker's ``metrics_server`` task) with ``watch_loop``,
    it also starts that loop's stall probe (:mod:`streams.worker.loopwatch`): the loop whose metrics are
    served is the one whose stalls matter, and this is the one place every worker passes through.
    """
    server, thread = start_http_server(port, addr=host, registry=metrics.registry)
    task = None
    if watch_loop:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass  # no loop here (tests, scripts): nothing to watch
        else:
            from streams.worker.loopwatch import start

            task = start(metrics)[1]
    return MetricsServer(host=host, port=int(server.server_port), server=server, thread=thread, loop_task=task)
