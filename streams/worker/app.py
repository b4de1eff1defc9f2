"""The Faust app: configuration, topics and tables. Agents live in :mod:`streams.worker.agents`.

Topology::

    wire.raw ──ingest──▶ wire.dedupe (1 partition, keyed by story) ──dedupe──▶ wire.articles (+ routed topics)
        │                                                           ├──────▶ wire.duplicates
        └──────────────▶ wire.deadletter ◀─────────────────────────┘

``ingest`` does the expensive pure work (parse, normalise, enrich, hash) and scales with the
partitions of ``wire.raw``. ``dedupe`` needs a global view (exact copies by hash, versions by
uri, rewrites by similarity), so its topic and tables have one partition by default; it costs a
few µs per item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import faust
from aiokafka.partitioner import DefaultPartitioner

from streams.settings import Settings, load, ssl_context

# Producer settings (Faust's own environment variables override them: PRODUCER_COMPRESSION_TYPE,
# PRODUCER_MAX_BATCH_SIZE, PRODUCER_LINGER in seconds). Measured in docs/benchmarks.md ("Session 7"):
# * no compression: aiokafka compresses lz4 at level 9 (LZ4 HC, ~30 MB/s here), 43-68 µs of CPU per 4.5 KB
#   envelope on wire.dedupe and 31-46 per published article, against 3.5-5 µs uncompressed
#   (``python -m benchmarks.hop --produce``); set PRODUCER_COMPRESSION_TYPE=snappy (~9-13 µs a record, half
#   the bytes) for a broker across a slow network.
#   Without compression every record must fit the topic's max.message.bytes as it is (WIREFEED_MAX_BYTES).
# * 256 KB batches: at aiokafka's default of 16 KB a batch holds ~3 envelopes, a full batch makes the
#   sending agent wait until the sender drained it, and a request carries one batch per partition with
#   one request in flight per broker: a produce request (and a wait) every ~3 items. 256 KB holds a
#   whole paced slice (streams.worker.pacing: 10-40 ms, ~40 items) and stays under a broker's default
#   1 MB message limit uncompressed.
PRODUCER_COMPRESSION: str | None = None
# Consumer: at most 1 MB a partition a fetch (aiokafka's default). It was twice WIREFEED_MAX_BYTES (10 MB), so
# that an item at the size limit fits a fetch; but a broker (0.10.1+, KIP-74) returns the first record batch
# of a partition whole even when it is larger than this, so a 5 MB item still comes through, and with 10 MB a
# partition the worker fetched a whole 20,000-item backlog (4 partitions) into memory at once and held it
# there while it worked through it: 83 MB of the bench's peak (docs/benchmarks.md, "Session 16: the worker's
# peak memory"). A fetch of 1 MB is still ~500 items, a second of work.
CONSUMER_FETCH_BYTES = 1_048_576
PRODUCER_BATCH_BYTES = 262_144
PRODUCER_LINGER_S = 0.005


_DEFAULT_PARTITIONER = DefaultPartitioner()


def partitioner(key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
    """aiokafka's default partitioner, without its murmur2 (pure Python, 10-45 µs a 57-byte key here) when the topic
    has one partition, where every key lands on it anyway: ``wire.dedupe``, the outputs and the changelogs."""
    if len(all_partitions) == 1:
        return all_partitions[0]
    return _DEFAULT_PARTITIONER(key, all_partitions, available)  # type: ignore[no-any-return]


class SinglePartitionTable(faust.Table):  # type: ignore[misc]
    """A table whose changelog has one partition, written after a batch (outside the event context).

    Faust derives a key's changelog partition from the *current event*, which does not exist once a
    batch is over, and its partitioner path needs topic metadata the producer may not have yet. With
    one partition the answer is always 0, so we say so.
    """

    def partition_for_key(self, key: Any) -> int:
        return 0


class PromptTableManager(faust.tables.TableManager):  # type: ignore[misc]
    """Faust's table manager without the second it sleeps before it registers the tables' changelogs.

    Faust's ``TableManager.on_start`` waits 1.0 s for tables that code might still add as the app starts; the
    consumer's subscription (``Conductor``) waits on it, so every start of the worker took a second longer than
    its work (docs/benchmarks.md, "Session 21, spd21b"). Every table here is added by :func:`create_app`, before
    Faust starts (a later one would raise Faust's "Too late to add tables"), so there is nothing to wait for.
    The rest of ``on_start`` is Faust's, in its order."""

    async def on_start(self) -> None:
        if not self.should_stop:
            await self._update_channels()
            await self.recovery.start()


@dataclass
class Wiring:
    """The app and its channels, built once per process by :func:`create_app`."""

    settings: Settings
    app: faust.App
    raw: Any
    dedupe: Any
    articles: Any
    duplicates: Any
    deadletter: Any
    tables: dict[str, Any]

    def topic(self, name: str) -> Any:
        """An output topic by name (routed topics are created on first use)."""
        if name not in self._extra:
            self._extra[name] = self.app.topic(
                name, value_serializer="raw", key_serializer="raw", internal=True, partitions=1
            )
        return self._extra[name]

    def __post_init__(self) -> None:
        self._extra: dict[str, Any] = {
            self.settings.topic_dedupe: self.dedupe,
            self.settings.topic_articles: self.articles,
            self.settings.topic_duplicates: self.duplicates,
            self.settings.topic_deadletter: self.deadletter,
        }


def _credentials(s: Settings) -> Any:
    """Faust credentials for SASL and/or TLS (``None`` for PLAINTEXT)."""
    if s.security_protocol.startswith("SASL"):
        context = ssl_context(s) if s.security_protocol == "SASL_SSL" else None
        return faust.SASLCredentials(
            username=s.sasl_username,
            password=s.sasl_password,
            mechanism=s.sasl_mechanism or "PLAIN",
            ssl_context=context,
        )
    if s.security_protocol == "SSL":
        return faust.SSLCredentials(context=ssl_context(s))
    return None


def create_app(settings: Settings | None = None) -> Wiring:
    """Build the Faust app with our production defaults (raw bytes + orjson, no compression, 256 KB batches,
    small linger: see :data:`PRODUCER_COMPRESSION`)."""
    s = settings or load()
    store = s.store
    (s.data_dir / "faust").mkdir(parents=True, exist_ok=True)
    app = faust.App(
        s.app_id,
        broker=s.faust_broker,
        broker_credentials=_credentials(s),
        store=store,
        datadir=str(s.data_dir / "faust" / s.app_id),
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=s.partitions,
        topic_replication_factor=1,
        topic_disable_leader=True,
        processing_guarantee="at_least_once",  # + idempotent publication: docs/reliability.md
        producer_linger=PRODUCER_LINGER_S,
        producer_compression_type=PRODUCER_COMPRESSION,
        producer_max_batch_size=PRODUCER_BATCH_BYTES,
        producer_partitioner=partitioner,
        producer_max_request_size=max(1_048_576, s.max_bytes * 2),
        consumer_max_fetch_size=CONSUMER_FETCH_BYTES,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=s.session_timeout,
        broker_heartbeat_interval=min(3.0, s.session_timeout / 5),
        web_enabled=False,  # metrics are served by streams.worker.metrics on their own port
        web_port=s.web_port,
        table_cleanup_interval=3600.0,
        stream_wait_empty=True,
        TableManager=PromptTableManager,
    )
    raw = app.topic(s.topic_raw, value_serializer="raw", key_serializer="raw", partitions=s.partitions, internal=True)
    dedupe = app.topic(s.topic_dedupe, value_serializer="raw", key_serializer="raw", partitions=1, internal=True)
    articles = app.topic(s.topic_articles, value_serializer="raw", key_serializer="raw", partitions=1, internal=True)
    duplicates = app.topic(
        s.topic_duplicates, value_serializer="raw", key_serializer="raw", partitions=1, internal=True
    )
    deadletter = app.topic(
        s.topic_deadletter, value_serializer="raw", key_serializer="raw", partitions=1, internal=True
    )
    tables = {
        # str keys, JSON values (Faust's json codec uses orjson)
        name: app.tables.add(
            SinglePartitionTable(
                app,
                name=f"dedupe-{name}",
                default=None,
                partitions=1,
                beacon=app.tables.beacon,
                extra_topic_configs={"cleanup.policy": "compact"},
            )
        )
        # the near-duplicate index is rebuilt in memory from "uris"; "origins" holds the raw origins
        # (topic:partition:offset:index) published lately, so a re-read after a crash publishes nothing twice
        for name in ("hashes", "uris", "origins")
    }
    return Wiring(s, app, raw, dedupe, articles, duplicates, deadletter, tables)
