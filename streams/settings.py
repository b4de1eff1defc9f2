"""All settings, read from the environment in one place (documented in README.md)."""

from __future__ import annotations

import math
import os
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from streams.core.dedupe import DedupeConfig
from streams.core.enrich.bound import DEFAULT_MAX_CHARS
from streams.core.pipeline import Limits
from streams.core.plan import OutputTopics
from streams.core.routing import Rules, load_rules
from streams.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ROUTING = REPO_ROOT / "deploy" / "routing.toml"


def default_cache_dir() -> Path:
    """Where compiled enrichment resources are cached: ``WIREFEED_CACHE_DIR``, else the user cache
    (``$XDG_CACHE_HOME/wirefeed`` or ``~/.cache/wirefeed``). The shell passes it to the core."""
    if os.environ.get("WIREFEED_CACHE_DIR"):
        return Path(os.environ["WIREFEED_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wirefeed"


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None


def _env_float(name: str, default: float, empty: float) -> float:
    """A number of seconds; ``empty`` when the variable is set to nothing."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.strip() == "":
        return empty
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, got {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    """Runtime configuration. Every field has a ``WIREFEED_*`` environment variable."""

    broker: str = "kafka://127.0.0.1:9092"  # WIREFEED_BROKER (comma-separated list allowed)
    app_id: str = "wirefeed"  # WIREFEED_APP_ID
    group: str = "wirefeed"  # WIREFEED_GROUP (consumer group = Faust app id)
    topic_raw: str = "wire.raw"  # WIREFEED_TOPIC_RAW
    topic_articles: str = "wire.articles"  # WIREFEED_TOPIC_ARTICLES
    topic_events: str = "wire.events"  # WIREFEED_TOPIC_EVENTS (event and planning records)
    topic_duplicates: str = "wire.duplicates"  # WIREFEED_TOPIC_DUPLICATES
    topic_deadletter: str = "wire.deadletter"  # WIREFEED_TOPIC_DEADLETTER
    topic_dedupe: str = "wire.dedupe"  # WIREFEED_TOPIC_DEDUPE (internal stage topic)
    topic_kills: str = "wire.kills"  # WIREFEED_TOPIC_KILLS (one kill record per kill)
    partitions: int = 4  # WIREFEED_PARTITIONS (wire.raw partitions when created)
    store: str = "memory://"  # WIREFEED_STORE: memory:// or rocksdb://
    data_dir: Path = field(default_factory=lambda: REPO_ROOT / ".wirefeed")  # WIREFEED_DATA_DIR
    cache_dir: Path = field(default_factory=default_cache_dir)  # WIREFEED_CACHE_DIR (compiled gazetteer)
    metrics_host: str = "127.0.0.1"  # WIREFEED_METRICS_HOST
    metrics_port: int = 9108  # WIREFEED_METRICS_PORT (0 = disabled)
    web_port: int = 6066  # WIREFEED_WEB_PORT (Faust's own web server)
    max_bytes: int = 5 * 1024 * 1024  # WIREFEED_MAX_BYTES (size limit, applied before parsing)
    # WIREFEED_MAX_ENRICH_CHARS: characters of a story the enrichers read (0 = all); a longer story is published
    # whole with ext.enrichment saying how much was read (streams/core/enrich/bound.py)
    max_enrich_chars: int = DEFAULT_MAX_CHARS
    routing_file: str = ""  # WIREFEED_ROUTING (path of the routing rules file)
    dedupe_ttl_days: float = 30.0  # WIREFEED_DEDUPE_TTL_DAYS
    near_threshold: float = 0.8  # WIREFEED_NEAR_THRESHOLD (Jaccard)
    session_timeout: float = 15.0  # WIREFEED_SESSION_TIMEOUT (s) before a dead worker
    #                                                    loses its partitions
    batch_size: int = 500  # WIREFEED_BATCH_SIZE (largest agent batch; takes adapt from 32 up: worker/pacing.py)
    # WIREFEED_BATCH_WITHIN (seconds): how long a take waits to fill before it returns what it has. 10 ms since
    # session 8 (was 50): near the topic's end an item waited for the timer in each of the two stages; an idle
    # take costs ~1 % of a core per agent at 10 ms (0.3 % at 50; docs/benchmarks.md, "Session 8")
    batch_within: float = 0.01
    # WIREFEED_CORE_THREAD=1: the core runs on a thread of its own (streams.worker.pacing.CoreRunner) instead of on
    # the event loop in slices. Off by default: in a same-machine A/B (docs/benchmarks.md, "Session 8: which core
    # path") the thread cost ~25 % more CPU per item (the loop and the core thread contend for the interpreter
    # lock) and gave worse latency than the loop path with 10 ms takes
    core_thread: bool = False
    # WIREFEED_LOOP: the worker's event loop, auto (uvloop where it is installed, else asyncio's own), uvloop
    # (required: a start-up error without it) or asyncio (streams.worker.startup.choose_loop; docs/benchmarks.md,
    # "Session 13: uvloop")
    loop: str = "auto"
    # WIREFEED_DEDUPE_ENVELOPE=0: ingest writes whole-JSON records to the dedupe topic (the format workers
    # before issue #17 read), for a rolling upgrade while old workers may still own it (docs/reliability.md)
    dedupe_envelope: bool = True
    progress_interval: float = 60.0  # WIREFEED_PROGRESS_INTERVAL: seconds between progress lines (0 = none)
    worker_index: int = 0  # WIREFEED_WORKER_INDEX: added to the metrics port (N workers on one host, 0..N-1)
    # WIREFEED_ISOLATION: the isolation level of the reads of `wirefeed tail/audit/snapshot` (streams.client.records);
    # read_committed hides records of aborted or open transactions
    isolation: str = "read_uncommitted"
    # WIREFEED_TRACE_BATCHES: a path prefix; when set, the worker writes per-batch and per-fetch timings there as
    # JSON lines (streams/worker/trace.py, a diagnostic). Empty: off
    trace_batches: str = ""
    # Kafka security, passed through for real clusters
    security_protocol: str = "PLAINTEXT"  # WIREFEED_SECURITY_PROTOCOL: PLAINTEXT|SSL|SASL_*
    sasl_mechanism: str = ""  # WIREFEED_SASL_MECHANISM: PLAIN|SCRAM-SHA-256|SCRAM-SHA-512
    sasl_username: str = ""  # WIREFEED_SASL_USERNAME
    sasl_password: str = field(default="", repr=False)  # WIREFEED_SASL_PASSWORD (never logged)
    ssl_cafile: str = ""  # WIREFEED_SSL_CAFILE
    ssl_certfile: str = ""  # WIREFEED_SSL_CERTFILE
    ssl_keyfile: str = ""  # WIREFEED_SSL_KEYFILE

    def primary_topics(self) -> list[str]:
        """The topics every raw member ends on exactly once (routed copies and kill records excluded)."""
        return [self.topic_articles, self.topic_events, self.topic_duplicates, self.topic_deadletter]

    @property
    def bootstrap_servers(self) -> list[str]:
        """``kafka://h1:9092,h2:9092`` → ``["h1:9092", "h2:9092"]`` for aiokafka."""
        out = []
        for part in self.broker.split(","):
            part = part.strip()
            if "://" in part:
                part = part.split("://", 1)[1]
            if part:
                out.append(part)
        if not out:
            raise ConfigError(f"WIREFEED_BROKER has no host: {self.broker!r}")
        return out

    @property
    def faust_broker(self) -> str:
        return ";".join(f"kafka://{hp}" for hp in self.bootstrap_servers)


def load() -> Settings:
    """Settings from the environment (``WIREFEED_*``), defaults otherwise."""
    d = Settings()
    data_dir = os.environ.get("WIREFEED_DATA_DIR")
    try:
        threshold = float(_env("WIREFEED_NEAR_THRESHOLD", str(d.near_threshold)))
        ttl = float(_env("WIREFEED_DEDUPE_TTL_DAYS", str(d.dedupe_ttl_days)))
        within = float(_env("WIREFEED_BATCH_WITHIN", str(d.batch_within)))
        session = float(_env("WIREFEED_SESSION_TIMEOUT", str(d.session_timeout)))
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    progress = _env_float("WIREFEED_PROGRESS_INTERVAL", d.progress_interval, empty=0.0)
    if _env("WIREFEED_GUARANTEE", "at_least_once") != "at_least_once":  # removed: see docs/reliability.md
        raise ConfigError(
            "WIREFEED_GUARANTEE is gone: the worker reads at least once and publishes each raw "
            "origin once (docs/reliability.md, 'The guarantee'); unset it"
        )
    return validate(
        Settings(
            broker=_env("WIREFEED_BROKER", d.broker),
            app_id=_env("WIREFEED_APP_ID", d.app_id),
            group=_env("WIREFEED_GROUP", _env("WIREFEED_APP_ID", d.group)),
            topic_raw=_env("WIREFEED_TOPIC_RAW", d.topic_raw),
            topic_articles=_env("WIREFEED_TOPIC_ARTICLES", d.topic_articles),
            topic_events=_env("WIREFEED_TOPIC_EVENTS", d.topic_events),
            topic_duplicates=_env("WIREFEED_TOPIC_DUPLICATES", d.topic_duplicates),
            topic_deadletter=_env("WIREFEED_TOPIC_DEADLETTER", d.topic_deadletter),
            topic_dedupe=_env("WIREFEED_TOPIC_DEDUPE", d.topic_dedupe),
            topic_kills=_env("WIREFEED_TOPIC_KILLS", d.topic_kills),
            partitions=_env_int("WIREFEED_PARTITIONS", d.partitions),
            store=_env("WIREFEED_STORE", d.store),
            data_dir=Path(data_dir) if data_dir else d.data_dir,
            cache_dir=default_cache_dir(),
            metrics_host=_env("WIREFEED_METRICS_HOST", d.metrics_host),
            metrics_port=_env_int("WIREFEED_METRICS_PORT", d.metrics_port),
            web_port=_env_int("WIREFEED_WEB_PORT", d.web_port),
            max_bytes=_env_int("WIREFEED_MAX_BYTES", d.max_bytes),
            max_enrich_chars=_env_int("WIREFEED_MAX_ENRICH_CHARS", d.max_enrich_chars),
            routing_file=_env("WIREFEED_ROUTING", d.routing_file),
            dedupe_ttl_days=ttl,
            near_threshold=threshold,
            session_timeout=session,
            batch_size=_env_int("WIREFEED_BATCH_SIZE", d.batch_size),
            batch_within=within,
            dedupe_envelope=_env("WIREFEED_DEDUPE_ENVELOPE", "1").strip().lower() not in ("0", "false", "no", "off"),
            core_thread=_env("WIREFEED_CORE_THREAD", "0").strip().lower() in ("1", "true", "yes", "on"),
            loop=_env("WIREFEED_LOOP", d.loop).strip().lower() or d.loop,
            progress_interval=progress,
            worker_index=_env_int("WIREFEED_WORKER_INDEX", d.worker_index),
            isolation=_env("WIREFEED_ISOLATION", d.isolation).strip().lower() or d.isolation,
            trace_batches=_env("WIREFEED_TRACE_BATCHES", d.trace_batches),
            security_protocol=_env("WIREFEED_SECURITY_PROTOCOL", d.security_protocol),
            sasl_mechanism=_env("WIREFEED_SASL_MECHANISM", d.sasl_mechanism),
            sasl_username=_env("WIREFEED_SASL_USERNAME", d.sasl_username),
            sasl_password=_env("WIREFEED_SASL_PASSWORD", d.sasl_password),
            ssl_cafile=_env("WIREFEED_SSL_CAFILE", d.ssl_cafile),
            ssl_certfile=_env("WIREFEED_SSL_CERTFILE", d.ssl_certfile),
            ssl_keyfile=_env("WIREFEED_SSL_KEYFILE", d.ssl_keyfile),
        )
    )


SECURITY_PROTOCOLS = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
SASL_MECHANISMS = ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512")
STORES = ("memory://", "rocksdb://")
LOOPS = ("auto", "uvloop", "asyncio")
ISOLATIONS = ("read_uncommitted", "read_committed")


def validate(s: Settings) -> Settings:
    """Refuse values that would fail later, deep in Faust or aiokafka, with one line naming the fix."""
    for hostport in s.bootstrap_servers:
        host, _, port = hostport.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ConfigError(
                f"WIREFEED_BROKER / --broker: {hostport!r} is not HOST:PORT "
                "(e.g. 127.0.0.1:9092 or kafka://b1:9092,b2:9092)"
            )
    for part in s.broker.split(","):
        scheme = part.strip().split("://", 1)[0] if "://" in part else "kafka"
        if scheme != "kafka":
            raise ConfigError(f"WIREFEED_BROKER / --broker: unknown scheme {scheme}:// (use kafka:// or none)")
    if not 0.0 < s.near_threshold <= 1.0:
        raise ConfigError(
            f"WIREFEED_NEAR_THRESHOLD is a Jaccard similarity between 0 and 1 (default 0.8), got {s.near_threshold:g}"
        )
    if not s.dedupe_ttl_days > 0:
        raise ConfigError(f"WIREFEED_DEDUPE_TTL_DAYS must be > 0 (default 30), got {s.dedupe_ttl_days:g}")
    if s.partitions < 1:
        raise ConfigError(f"WIREFEED_PARTITIONS must be at least 1, got {s.partitions}")
    if s.max_bytes < 1:
        raise ConfigError(f"WIREFEED_MAX_BYTES must be a positive number of bytes, got {s.max_bytes}")
    if s.max_enrich_chars < 0:
        raise ConfigError(f"WIREFEED_MAX_ENRICH_CHARS must be >= 0 (0 = the whole story), got {s.max_enrich_chars}")
    if s.batch_size < 1 or s.batch_within < 0:
        raise ConfigError(
            f"WIREFEED_BATCH_SIZE must be >= 1 and WIREFEED_BATCH_WITHIN >= 0, got {s.batch_size} / {s.batch_within:g}"
        )
    if not s.session_timeout > 0:
        raise ConfigError(f"WIREFEED_SESSION_TIMEOUT must be > 0 seconds, got {s.session_timeout:g}")
    for name, number in (("WIREFEED_METRICS_PORT", s.metrics_port), ("WIREFEED_WEB_PORT", s.web_port)):
        if not 0 <= number < 65536:
            raise ConfigError(f"{name} must be a port number 0..65535, got {number}")
    if not s.store.startswith(STORES):
        raise ConfigError(f"WIREFEED_STORE must be one of {', '.join(STORES)}, got {s.store!r}")
    if s.loop not in LOOPS:
        raise ConfigError(f"WIREFEED_LOOP must be one of {', '.join(LOOPS)}, got {s.loop!r}")
    if not 0.0 <= s.progress_interval < math.inf:
        raise ConfigError(
            f"WIREFEED_PROGRESS_INTERVAL must be a number of seconds >= 0 (0 = no progress lines), "
            f"got {s.progress_interval:g}"
        )
    if s.worker_index < 0:
        raise ConfigError(f"WIREFEED_WORKER_INDEX must be >= 0 (0, 1, ... per worker on a host), got {s.worker_index}")
    if s.metrics_port and not 0 < s.metrics_port + s.worker_index < 65536:
        raise ConfigError(
            f"WIREFEED_METRICS_PORT + WIREFEED_WORKER_INDEX must be a port number, got "
            f"{s.metrics_port}+{s.worker_index}"
        )
    if s.isolation not in ISOLATIONS:
        raise ConfigError(f"WIREFEED_ISOLATION must be one of {', '.join(ISOLATIONS)}, got {s.isolation!r}")
    if s.security_protocol not in SECURITY_PROTOCOLS:
        raise ConfigError(
            f"WIREFEED_SECURITY_PROTOCOL must be one of {', '.join(SECURITY_PROTOCOLS)}, got {s.security_protocol!r}"
        )
    if s.sasl_mechanism and s.sasl_mechanism not in SASL_MECHANISMS:
        raise ConfigError(
            f"WIREFEED_SASL_MECHANISM must be one of {', '.join(SASL_MECHANISMS)}, got {s.sasl_mechanism!r}"
        )
    for name, path in (
        ("WIREFEED_SSL_CAFILE", s.ssl_cafile),
        ("WIREFEED_SSL_CERTFILE", s.ssl_certfile),
        ("WIREFEED_SSL_KEYFILE", s.ssl_keyfile),
    ):
        if path and not Path(path).is_file():
            raise ConfigError(f"{name}: no such file {path}")
    return s


def ssl_context(s: Settings) -> ssl.SSLContext:
    """TLS context from ``WIREFEED_SSL_*`` (CA to trust, optional client certificate)."""
    ctx = ssl.create_default_context(cafile=s.ssl_cafile or None)
    if s.ssl_certfile:
        ctx.load_cert_chain(s.ssl_certfile, s.ssl_keyfile or None)
    return ctx


def client_security_kwargs(s: Settings) -> dict[str, object]:
    """aiokafka keyword arguments for SASL/TLS (empty for PLAINTEXT)."""
    kw: dict[str, object] = {}
    if s.security_protocol != "PLAINTEXT":
        kw["security_protocol"] = s.security_protocol
    if s.security_protocol in ("SSL", "SASL_SSL"):
        kw["ssl_context"] = ssl_context(s)
    if s.security_protocol.startswith("SASL"):
        kw["sasl_mechanism"] = s.sasl_mechanism or "PLAIN"
        kw["sasl_plain_username"] = s.sasl_username
        kw["sasl_plain_password"] = s.sasl_password
    return kw


def routing_rules(s: Settings) -> Rules:
    """The routing file: ``WIREFEED_ROUTING`` (``none`` disables routing), else ``deploy/routing.toml``.

    A file named explicitly must exist (a typo fails at start-up, not silently). Shared by the worker
    and ``wirefeed process`` so both route alike.
    """
    if s.routing_file.lower() == "none":
        return Rules(())
    if s.routing_file:
        return load_rules(s.routing_file)
    return load_rules(DEFAULT_ROUTING) if DEFAULT_ROUTING.exists() else Rules(())


def dedupe_config(s: Settings) -> DedupeConfig:
    """The core's dedupe configuration from ``WIREFEED_DEDUPE_TTL_DAYS`` and ``WIREFEED_NEAR_THRESHOLD``."""
    return DedupeConfig(ttl_seconds=s.dedupe_ttl_days * 86400.0, near_threshold=s.near_threshold)


def output_topics(s: Settings) -> OutputTopics:
    """The output topic names for the core's batch planner."""
    return OutputTopics(s.topic_articles, s.topic_events, s.topic_duplicates, s.topic_deadletter, s.topic_kills)


def core_limits(s: Settings) -> Limits:
    """The core's per-item limits from ``WIREFEED_MAX_BYTES`` and ``WIREFEED_MAX_ENRICH_CHARS`` (shared by the
    worker and ``wirefeed process``, so both cut alike)."""
    return Limits(max_bytes=s.max_bytes, max_enrich_chars=s.max_enrich_chars or None)
