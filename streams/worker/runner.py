"""Run the Faust worker, and make it say what it does.

On a terminal (and in a container log) the worker prints, one line each, prefixed ``wirefeed worker:``:
a start-up summary (broker, topics and partitions, store, guarantee, metrics URL), a ready line, every
change of the partitions it owns, a progress line every ``WIREFEED_PROGRESS_INTERVAL`` seconds (60; 0 turns
it off) and a shutdown summary. Faust and aiokafka log at ERROR for things that are normal on a clean start
(the group coordinator is being created, an output topic is not there yet) and log the same broker error
~55 times a second while the broker is away; a logging filter hides the first kind until the worker is
ready and condenses the second into one line when the broker is lost and one when it is back, with a count.
Start-up mistakes (no broker, a routing file that does not parse, a store without its library) are one
line and exit status 2, before Faust starts; a metrics port already taken moves to the next free one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import re
import socket
import sys
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from streams import __version__
from streams.errors import ConfigError, ServiceError, WirefeedError
from streams.settings import Settings

if TYPE_CHECKING:
    from streams.worker.metrics import Metrics

BROKER_WAIT_S = 30.0  # how long start-up waits for a broker that refuses connections
METRICS_PORT_TRIES = 20  # a taken metrics port moves up to this many ports on
LOST_GRACE_S = 20.0  # after the broker is back, transient errors stay condensed this long

# normal while a fresh cluster or a fresh app starts: the coordinator and the topics are being created
_STARTUP_NOISE = re.compile(
    r"GroupCoordinatorNotAvailable|CoordinatorNotAvailable|NotCoordinator|Topic .{0,200} not found|"
    r"UnknownTopicOrPartition|LeaderNotAvailable|LEADER_NOT_AVAILABLE|CoordinatorLoadInProgress|"
    r"Unable to request metadata",
    re.I,
)
# the broker cannot be reached: one line for the state change, the repeats are counted
_BROKER_LOST = re.compile(
    r"Connect call failed|Unable connect to|Unable to update metadata|KafkaConnectionError|Connection refused|"
    r"NodeNotReady|Errno 111|Errno 113|Errno 104|connection reset|closed the connection|RequestTimedOut",
    re.I,
)


def say(message: str) -> None:
    """One line on stdout, timestamped (the worker's own voice; logs go to stderr)."""
    print(f"{time.strftime('%Y-%m-%d %H:%M:%S')} wirefeed worker: {message}", flush=True)


class Condenser(logging.Filter):
    """Hides start-up noise until ready, and condenses repeated warnings and broker errors.

    * before the worker is ready, coordinator/topic-creation errors are dropped (counted);
    * a broker connection error switches to *lost*: one line, then every warning/error is counted
      (not printed) until :meth:`broker_back`, which prints how long it took and how many lines it held;
    * otherwise the same message template is printed at most once a minute, the next print says how
      many were held back.
    CRITICAL records (an agent giving up) always pass.
    """

    def __init__(self, broker: str) -> None:
        super().__init__()
        self.broker = broker
        self.ready = False
        self.hidden_at_start = 0
        self.lost_since: float | None = None
        self.held = 0
        self.quiet_until = 0.0
        self.seen: dict[tuple[str, str], tuple[float, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING or record.levelno >= logging.CRITICAL:
            return True
        try:
            text = record.getMessage()
        except Exception:  # a broken log call must not break logging
            text = str(record.msg)
        if record.exc_info and record.exc_info[1] is not None:
            text += f" {record.exc_info[1]!r}"
        now = time.monotonic()
        if not self.ready and _STARTUP_NOISE.search(text):
            self.hidden_at_start += 1
            return False
        if self.lost_since is not None:
            self.held += 1
            return False
        if _BROKER_LOST.search(text):
            if now < self.quiet_until:  # just came back: transient, still settling
                self.held += 1
                return False
            self.lost_since, self.held = now, 1
            say(f"lost the Kafka broker at {self.broker} ({_short(text)}); retrying, repeated errors condensed")
            return False
        if now < self.quiet_until and _STARTUP_NOISE.search(text):
            self.held += 1
            return False
        key = (record.name, str(record.msg))
        first, count = self.seen.get(key, (0.0, 0))
        if now - first < 60.0:
            self.seen[key] = (first, count + 1)
            return False
        self.seen[key] = (now, 0)
        if count:
            record.msg = f"{record.msg} [and {count} more like this in the last minute]"
        return True

    def broker_back(self) -> None:
        """The broker answers again: one line with the outage length and what was held back."""
        if self.lost_since is None:
            return
        say(
            f"the Kafka broker is back after {time.monotonic() - self.lost_since:.0f} s "
            f"({self.held} error line(s) condensed)"
        )
        self.lost_since = None
        self.held = 0
        self.quiet_until = time.monotonic() + LOST_GRACE_S


def _short(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --- start-up checks -----------------------------------------------------------------------------------------


def _resolve_all(servers: Iterable[str]) -> list[tuple[str, int]]:
    """``host:port`` pairs that resolve; a ``ConfigError`` when none does (a typo in the address)."""
    good, bad = [], []
    for hp in servers:
        host, _, port = hp.rpartition(":")
        try:
            socket.getaddrinfo(host, int(port), type=socket.SOCK_STREAM)
            good.append((host, int(port)))
        except (OSError, ValueError) as exc:
            bad.append(f"{hp} ({getattr(exc, 'strerror', None) or exc})")
    if not good:
        raise ConfigError(f"the Kafka broker address does not resolve: {', '.join(bad)}; check -b / WIREFEED_BROKER")
    return good


def wait_for_broker(s: Settings, wait: float = BROKER_WAIT_S) -> None:
    """Return once one bootstrap server accepts TCP connections; one line while waiting, one error after."""
    targets = _resolve_all(s.bootstrap_servers)
    deadline = time.monotonic() + wait
    announced = False
    last = ""
    while True:
        for host, port in targets:
            try:
                with socket.create_connection((host, port), timeout=1.0):
                    return
            except OSError as exc:
                last = exc.strerror or str(exc)
        if time.monotonic() >= deadline:
            raise ServiceError(
                f"no Kafka broker answers at {s.broker} after {wait:.0f} s ({last}): start one with "
                "'wirefeed kafka start' or point -b / WIREFEED_BROKER at yours"
            )
        if not announced:
            say(f"waiting up to {wait:.0f} s for the Kafka broker at {s.broker} ({last}) ...")
            announced = True
        time.sleep(0.5)


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def choose_metrics_port(s: Settings) -> int:
    """This worker's metrics port (base + ``WIREFEED_WORKER_INDEX``), or the next free one, said in one line."""
    from streams.worker.metrics import resolve_port

    try:
        wanted = resolve_port(s.metrics_port)
    except ValueError as exc:
        raise ConfigError(f"WIREFEED_METRICS_PORT / WIREFEED_WORKER_INDEX: {exc}") from None
    if wanted == 0:
        return 0
    for port in range(wanted, min(wanted + METRICS_PORT_TRIES, 65536)):
        if _port_free(s.metrics_host, port):
            if port != wanted:
                say(
                    f"metrics port {wanted} is taken (another worker?); using {port}. Set WIREFEED_WORKER_INDEX "
                    "(0, 1, ...) or WIREFEED_METRICS_PORT to choose"
                )
            return port
    raise ConfigError(
        f"metrics ports {wanted}..{wanted + METRICS_PORT_TRIES - 1} on {s.metrics_host} are all taken: "
        "set WIREFEED_METRICS_PORT to a free port (0 disables metrics)"
    )


def _check_store(s: Settings) -> None:
    if s.store.startswith("rocksdb://"):
        try:
            import rocksdict  # noqa: F401
        except ImportError:
            raise ConfigError(
                "WIREFEED_STORE=rocksdb:// needs the rocksdict package: pip install 'wirefeed[rocksdb]' "
                "(or use memory://)"
            ) from None


def _check_routing(s: Settings) -> int:
    from streams.settings import routing_rules

    try:
        return len(routing_rules(s).rules)
    except (OSError, ValueError, WirefeedError) as exc:
        raise ConfigError(f"WIREFEED_ROUTING: {_short(str(exc), 200)}") from None


async def _prepare_topics(s: Settings) -> int:
    """Create the missing topics of ``streams.topology`` (wire.raw with WIREFEED_PARTITIONS) and refuse a
    layout the dedupe decisions cannot use (``ConfigError``, one line naming the fix); wire.raw's count."""
    from streams import topology
    from streams.settings import routing_rules

    routed = [rule.topic for rule in routing_rules(s).rules]
    await topology.ensure(s, routed)
    return (await topology.describe(s)).get(s.topic_raw, 0)


# --- progress ------------------------------------------------------------------------------------------------


def _total(metrics: Metrics, family: str, **labels: str) -> float:
    """Sum of a metric family's samples (``_total`` for counters), optionally filtered by labels."""
    total = 0.0
    for metric in metrics.registry.collect():
        if metric.name != family:
            continue
        for sample in metric.samples:
            if sample.name in (family, f"{family}_total") and all(sample.labels.get(k) == v for k, v in labels.items()):
                total += sample.value
    return total


@dataclasses.dataclass
class Progress:
    """Counts for the progress and shutdown lines, read from the worker's own metrics."""

    metrics: Metrics
    articles_topic: str
    started: float = dataclasses.field(default_factory=time.monotonic)
    last_items: float = 0.0
    last_time: float = dataclasses.field(default_factory=time.monotonic)

    def counts(self) -> dict[str, float]:
        return {
            "items": _total(self.metrics, "wirefeed_items_received"),
            "articles": _total(self.metrics, "wirefeed_articles_published", topic=self.articles_topic),
            "duplicates": _total(self.metrics, "wirefeed_duplicates"),
            "deadletters": _total(self.metrics, "wirefeed_deadletters"),
            "lag": _total(self.metrics, "wirefeed_consumer_lag"),
        }

    def line(self) -> str | None:
        """The progress line, or ``None`` when nothing moved since the last one (an idle worker stays quiet)."""
        c = self.counts()
        if c["items"] == self.last_items and not c["lag"]:
            self.last_time = time.monotonic()
            return None
        now = time.monotonic()
        rate = (c["items"] - self.last_items) / max(now - self.last_time, 1e-9)
        delta = c["items"] - self.last_items
        self.last_items, self.last_time = c["items"], now
        return (
            f"progress: {c['items']:,.0f} item(s) in (+{delta:,.0f}, {rate:,.1f}/s); out: {c['articles']:,.0f} "
            f"article(s), {c['duplicates']:,.0f} duplicate(s), {c['deadletters']:,.0f} dead letter(s); "
            f"lag {c['lag']:,.0f}"
        )

    def summary(self) -> str:
        c = self.counts()
        up = time.monotonic() - self.started
        return (
            f"stopped after {_duration(up)}: {c['items']:,.0f} item(s) in; {c['articles']:,.0f} article(s), "
            f"{c['duplicates']:,.0f} duplicate(s), {c['deadletters']:,.0f} dead letter(s) out"
        )


def _duration(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s" if m else f"{seconds:.1f}s"


def _describe(tps: Iterable[Any], topics: Iterable[str]) -> str:
    """``wire.raw[0-3] wire.dedupe[0]`` for our topics; the table changelogs as a count."""
    wanted = list(topics)
    by_topic: dict[str, list[int]] = {}
    for tp in tps:
        by_topic.setdefault(tp.topic, []).append(tp.partition)
    parts = []
    for topic in wanted:
        if topic in by_topic:
            ps = sorted(by_topic[topic])
            span = (
                f"{ps[0]}-{ps[-1]}" if len(ps) > 2 and ps == list(range(ps[0], ps[-1] + 1)) else ",".join(map(str, ps))
            )
            parts.append(f"{topic}[{span}]")
    others = sum(len(v) for k, v in by_topic.items() if k not in wanted)
    if others:
        parts.append(f"+{others} table partition(s)")
    return " ".join(parts) or "none"


# --- the worker ----------------------------------------------------------------------------------------------


def run_worker(settings: Settings, loglevel: str = "warning") -> int:
    from faust.worker import Worker as FaustWorker

    from streams.worker.agents import register
    from streams.worker.app import create_app

    s = settings
    _check_store(s)
    routes = _check_routing(s)
    wait_for_broker(s)
    raw_parts = asyncio.run(_prepare_topics(s))
    port = choose_metrics_port(s)
    if port:
        s = dataclasses.replace(s, metrics_port=port)
    metrics_url = f"http://{s.metrics_host}:{port}/metrics" if port else "off"
    parts = f"{raw_parts} partition(s)"
    outputs = ", ".join(s.primary_topics())
    say(
        f"wirefeed {__version__} (pid {os.getpid()}) starting: broker {s.broker}, group {s.group}; "
        f"in {s.topic_raw} ({parts}) -> {outputs}"
        + (f" (+{routes} routing rule(s))" if routes else "")
        + f"; store {s.store}, at-least-once, each raw origin published once; metrics {metrics_url}"
    )

    t0 = time.monotonic()
    wiring = create_app(s)
    ctx = register(wiring)
    metrics = ctx.metrics
    logging.getLogger("streams").setLevel(loglevel.upper())
    condenser = Condenser(s.broker)
    progress = Progress(metrics, s.topic_articles)
    owned: set[Any] = set()
    app = wiring.app
    interval = float(os.environ.get("WIREFEED_PROGRESS_INTERVAL", "60") or 0)

    @app.on_partitions_assigned.connect  # type: ignore[misc,arg-type]
    async def _assigned(sender: Any, assigned: set[Any], **_: Any) -> None:
        nonlocal owned
        if set(assigned) != owned:
            gained, lost = set(assigned) - owned, owned - set(assigned)
            change = []
            if gained and owned:
                change.append(f"+{_describe(gained, [s.topic_raw, s.topic_dedupe])}")
            if lost:
                change.append(f"-{_describe(lost, [s.topic_raw, s.topic_dedupe])}")
            owned = set(assigned)
            say(
                f"partitions: {_describe(owned, [s.topic_raw, s.topic_dedupe])}"
                + (f" ({'; '.join(change)})" if change else "")
            )

    if interval > 0:

        @app.timer(interval=interval)  # type: ignore[misc]
        async def _progress() -> None:
            line = progress.line() if condenser.ready else None
            if line:
                say(line)

    @app.timer(interval=2.0)  # type: ignore[misc]
    async def _broker_watch() -> None:
        if condenser.lost_since is None:
            return
        host, _, port_text = s.bootstrap_servers[0].rpartition(":")
        try:
            _reader, writer = await asyncio.wait_for(asyncio.open_connection(host, int(port_text)), 1.0)
        except (OSError, TimeoutError):
            return
        writer.close()
        condenser.broker_back()

    class Worker(FaustWorker):  # type: ignore[misc]   # the name shows in logs: "[^Worker]: Ready"
        """Faust's worker without the terminal spinner (ANSI residue in logs), with our lines and filter."""

        def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
            self.spinner = None
            for handler in logger.handlers:
                handler.addFilter(condenser)

        async def on_startup_finished(self) -> None:
            await super().on_startup_finished()
            condenser.ready = True
            say(
                f"Ready in {time.monotonic() - t0:.1f} s: {_describe(owned, [s.topic_raw, s.topic_dedupe])}; "
                f"Ctrl-C stops cleanly" + (f"; progress every {interval:g} s" if interval > 0 else "")
            )

    worker = Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    worker.spinner = None
    try:
        worker.execute_from_commandline()  # returns only via SystemExit
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 0
        say(progress.summary() + ("" if code == 0 else f" (exit status {code})"))
        sys.stdout.flush()
        return code
    finally:
        ctx.close()  # the loop has stopped: no slice can be submitted any more
    return 0
