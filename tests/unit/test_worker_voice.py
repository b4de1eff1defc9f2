"""The worker's own lines and its log condenser, without a broker (issue #18, item 3).

Why: a clean start printed ERROR lines (coordinator not available, topic not found), a broker outage printed
~55 ERROR lines a second, and a second worker on the machine died on "Address already in use".
"""

from __future__ import annotations

import logging
import socket
from collections import namedtuple

import pytest

from streams.errors import ConfigError
from streams.settings import Settings
from streams.worker import runner as worker
from streams.worker.metrics import Metrics

TP = namedtuple("TP", "topic partition")


def record(msg: str, *args: object, level: int = logging.ERROR, name: str = "aiokafka.consumer") -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, args, None)


def test_start_up_noise_is_hidden_until_ready(capsys: pytest.CaptureFixture[str]) -> None:
    c = worker.Condenser("127.0.0.1:9092")
    assert not c.filter(record("Group Coordinator Request failed: [Error 15] GroupCoordinatorNotAvailableError"))
    assert not c.filter(record("Topic %s not found in cluster metadata", "wire.articles", name="aiokafka.cluster"))
    assert c.hidden_at_start == 2
    assert c.filter(record("something else went wrong"))  # real errors still show
    c.ready = True
    assert c.filter(record("Group Coordinator Request failed: [Error 15] GroupCoordinatorNotAvailableError"))
    assert capsys.readouterr().out == ""


def test_a_broker_outage_is_two_lines(capsys: pytest.CaptureFixture[str]) -> None:
    c = worker.Condenser("127.0.0.1:9092")
    c.ready = True
    shown = [c.filter(record('Unable connect to "%s:%s": %s', "127.0.0.1", 9092, "Connect call failed"))]
    for i in range(800):  # ~15 s of aiokafka and Faust retrying
        shown.append(c.filter(record("Failed fetch messages from %s: %s", i % 3, "KafkaConnectionError")))
        shown.append(c.filter(record("Heartbeat failed: %s", i, level=logging.WARNING, name="aiokafka.consumer.group")))
    assert not any(shown)
    c.broker_back()
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2, out
    assert "lost the Kafka broker at 127.0.0.1:9092" in out[0] and "retrying" in out[0]
    assert "the Kafka broker is back after" in out[1] and "(1601 error line(s) condensed)" in out[1]
    # just after: transient errors of a broker that is still settling stay condensed
    assert not c.filter(record("Unable to update metadata from [1]"))
    assert c.lost_since is None


def test_critical_always_passes() -> None:
    c = worker.Condenser("b:1")
    c.lost_since = 1.0
    assert c.filter(record("unrecoverable error in an agent", level=logging.CRITICAL, name="streams.worker.agents"))


def test_repeats_are_condensed_with_a_count(monkeypatch: pytest.MonkeyPatch) -> None:
    c = worker.Condenser("b:1")
    c.ready = True
    now = [1000.0]
    monkeypatch.setattr(worker.time, "monotonic", lambda: now[0])
    first = record("send to %s failed (%s); retrying", "wire.articles", "x", level=logging.WARNING, name="streams")
    assert c.filter(first)
    for _ in range(30):
        now[0] += 1
        assert not c.filter(
            record("send to %s failed (%s); retrying", "wire.articles", "y", level=logging.WARNING, name="streams")
        )
    now[0] += 60
    again = record("send to %s failed (%s); retrying", "wire.articles", "z", level=logging.WARNING, name="streams")
    assert c.filter(again)
    assert "[and 30 more like this in the last minute]" in again.getMessage()


def test_taken_metrics_port_moves_to_the_next_free_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WIREFEED_WORKER_INDEX", raising=False)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        chosen = worker.choose_metrics_port(Settings(metrics_port=port))
    assert chosen != port and port < chosen < port + worker.METRICS_PORT_TRIES
    out = capsys.readouterr().out
    assert f"metrics port {port} is taken" in out and "WIREFEED_WORKER_INDEX" in out
    assert worker.choose_metrics_port(Settings(metrics_port=0)) == 0


def test_start_up_mistakes_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="does not resolve"):
        worker.wait_for_broker(Settings(broker="kafka://no-such-host.invalid:9092"), wait=0)
    with pytest.raises(ConfigError, match="WIREFEED_ROUTING"):
        worker._check_routing(Settings(routing_file="/nonexistent/routing.toml"))


def test_progress_lines_count_articles_once_and_stay_quiet_when_idle() -> None:
    m = Metrics.create(primary_topics=("wire.articles", "wire.events"))
    p = worker.Progress(m, "wire.articles")
    assert p.line() is None  # nothing happened: no line
    for _ in range(3):
        m.item_received("plaintext", "antara")
    m.published("id", "wire.articles")
    m.published("id", "wire.articles.lang.id")  # a routed copy is not an article
    m.duplicate("exact")
    m.deadletter("empty")
    line = p.line()
    assert line is not None and line.startswith("progress: 3 item(s) in (+3,")
    assert "1 article(s), 1 duplicate(s), 1 dead letter(s)" in line
    assert p.line() is None
    assert "3 item(s) in; 1 article(s)" in p.summary()


def test_partition_descriptions() -> None:
    tps = [TP("wire.raw", p) for p in range(4)] + [TP("wire.dedupe", 0), TP("x-changelog", 0)]
    assert worker._describe(tps, ["wire.raw", "wire.dedupe"]) == "wire.raw[0-3] wire.dedupe[0] +1 table partition(s)"
    assert worker._describe([TP("wire.raw", 0), TP("wire.raw", 2)], ["wire.raw"]) == "wire.raw[0,2]"
    assert worker._describe([], ["wire.raw"]) == "none"
