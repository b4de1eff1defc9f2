"""The worker's own voice: its one-line messages (:func:`say`), the log filter that keeps Faust's and aiokafka's
noise out of them (:class:`Condenser`), and the progress and shutdown lines (:class:`Progress`).

Why: Faust and aiokafka log at ERROR for things that are normal on a clean start and repeat the same broker error
~55 times a second while the broker is away; an operator should read what the worker does, not that.
``streams.worker.runner`` installs all three when it starts the worker.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from streams.worker.metrics import Metrics

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
