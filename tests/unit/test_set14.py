"""Session 14 (set14): every ``WIREFEED_*`` variable the shell reads goes through ``streams.settings`` (read and
checked with the others: a bad value is the settings' one-line error at start, exit 2), and the code that uses one
takes it from the Settings it is given (docs/reliability.md, "Session 14: every variable through Settings")."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiokafka import TopicPartition

from benchmarks.passthrough import worker_loop
from streams import client
from streams.cli.main import main
from streams.client import ReadIncomplete
from streams.errors import ConfigError
from streams.settings import Settings, load
from streams.worker import startup
from streams.worker.metrics import resolve_port
from streams.worker.trace import BatchTrace
from tests.unit.test_audit13 import _Consumer

# (variable, a value, the field, what load() makes of it)
GOOD = [
    ("WIREFEED_PROGRESS_INTERVAL", "2", "progress_interval", 2.0),
    ("WIREFEED_PROGRESS_INTERVAL", "0", "progress_interval", 0.0),
    ("WIREFEED_PROGRESS_INTERVAL", "", "progress_interval", 0.0),  # set to nothing: no progress lines, as before
    ("WIREFEED_WORKER_INDEX", "3", "worker_index", 3),
    ("WIREFEED_ISOLATION", "read_committed", "isolation", "read_committed"),
    ("WIREFEED_ISOLATION", " Read_Committed ", "isolation", "read_committed"),
    ("WIREFEED_TRACE_BATCHES", "/tmp/trace", "trace_batches", "/tmp/trace"),
]
DEFAULTS = {"progress_interval": 60.0, "worker_index": 0, "isolation": "read_uncommitted", "trace_batches": ""}

# (variable, a bad value, the one line)
BAD = [
    ("WIREFEED_PROGRESS_INTERVAL", "1m", "WIREFEED_PROGRESS_INTERVAL must be a number of seconds, got '1m'"),
    (
        "WIREFEED_PROGRESS_INTERVAL",
        "-5",
        "WIREFEED_PROGRESS_INTERVAL must be a number of seconds >= 0 (0 = no progress lines), got -5",
    ),
    (
        "WIREFEED_PROGRESS_INTERVAL",
        "nan",
        "WIREFEED_PROGRESS_INTERVAL must be a number of seconds >= 0 (0 = no progress lines), got nan",
    ),
    ("WIREFEED_WORKER_INDEX", "two", "WIREFEED_WORKER_INDEX must be an integer, got 'two'"),
    ("WIREFEED_WORKER_INDEX", "-1", "WIREFEED_WORKER_INDEX must be >= 0 (0, 1, ... per worker on a host), got -1"),
    (
        "WIREFEED_ISOLATION",
        "serializable",
        "WIREFEED_ISOLATION must be one of read_uncommitted, read_committed, got 'serializable'",
    ),
]


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PROGRESS_INTERVAL", "WORKER_INDEX", "ISOLATION", "TRACE_BATCHES", "METRICS_PORT", "LOOP"):
        monkeypatch.delenv(f"WIREFEED_{name}", raising=False)


def test_the_defaults_are_the_old_ones() -> None:
    s = load()
    assert {k: getattr(s, k) for k in DEFAULTS} == DEFAULTS
    assert {k: getattr(Settings(), k) for k in DEFAULTS} == DEFAULTS


@pytest.mark.parametrize(("name", "value", "attr", "want"), GOOD)
def test_same_names_and_values(monkeypatch: pytest.MonkeyPatch, name: str, value: str, attr: str, want: Any) -> None:
    monkeypatch.setenv(name, value)
    assert getattr(load(), attr) == want


@pytest.mark.parametrize(("name", "value", "line"), BAD)
def test_a_bad_value_is_the_settings_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str, value: str, line: str
) -> None:
    """``load()`` raises the line; ``wirefeed worker`` prints it and exits 2 before it looks for a broker (which
    here would refuse every connection). WIREFEED_PROGRESS_INTERVAL=1m was a ValueError traceback from the runner."""
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as info:
        load()
    assert str(info.value) == line
    monkeypatch.setenv("WIREFEED_BROKER", "kafka://127.0.0.1:1")
    assert main(["worker"]) == 2
    assert capsys.readouterr().err == f"wirefeed: error: {line}\n"


def test_a_worker_index_past_the_last_port_fails_at_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Checked with the others (it was found only when the metrics server was chosen)."""
    monkeypatch.setenv("WIREFEED_METRICS_PORT", "65535")
    monkeypatch.setenv("WIREFEED_WORKER_INDEX", "1")
    with pytest.raises(ConfigError, match=r"WIREFEED_METRICS_PORT \+ WIREFEED_WORKER_INDEX .* 65535\+1"):
        load()
    monkeypatch.setenv("WIREFEED_METRICS_PORT", "0")  # metrics off: any index is fine
    assert load().worker_index == 1


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_metrics_port_takes_the_index_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A variable set after ``load()`` changes nothing: the Settings given are used."""
    monkeypatch.setenv("WIREFEED_WORKER_INDEX", "7")
    base = _free_port()
    assert startup.choose_metrics_port(Settings(metrics_port=base)) == base
    assert resolve_port(9200, 3) == 9203 and resolve_port(0, 5) == 0


def test_the_read_uses_the_settings_isolation(monkeypatch: pytest.MonkeyPatch) -> None:
    """``records`` opens its consumer with ``Settings.isolation`` (the crash audit reads both levels this way)."""
    seen: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def fake_consumer_for(*_a: Any, **kw: Any) -> AsyncIterator[Any]:
        seen.update(kw)
        yield _Consumer(end=2, per_poll=2)

    async def parts(*_a: Any) -> set[int]:
        return {0}

    monkeypatch.setattr(client, "consumer_for", fake_consumer_for)
    monkeypatch.setattr(client, "_await_topic", parts)
    monkeypatch.setenv("WIREFEED_ISOLATION", "read_uncommitted")

    async def run(s: Settings) -> list[Any]:
        return [r async for r in client.records(s, "t", from_beginning=True, timeout=1.0, exit_at_end=True)]

    assert len(asyncio.run(run(Settings(isolation="read_committed")))) == 2
    assert seen["isolation_level"] == "read_committed"


def test_the_batch_trace_writes_under_the_settings_prefix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREFEED_TRACE_BATCHES", str(tmp_path / "from-env"))
    assert not BatchTrace.for_path("ingest", "").on
    trace = BatchTrace.for_path("ingest", str(tmp_path / "t"))
    assert trace.on
    trace.taken([], 32)
    trace.worked()
    trace.done()
    assert trace.out is not None
    trace.out.close()
    (written,) = tmp_path.glob("t.ingest.*.jsonl")
    assert json.loads(written.read_text())["a"] == "ingest"
    assert not list(tmp_path.glob("from-env*"))


def test_the_benchmark_baseline_loop_comes_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """``benchmarks.passthrough.worker_loop`` reads ``Settings.loop``, so a bad value is the same one line."""
    assert worker_loop(Settings(loop="asyncio")) == "asyncio"
    monkeypatch.setenv("WIREFEED_LOOP", "asyncio")
    assert worker_loop() == "asyncio"
    monkeypatch.setenv("WIREFEED_LOOP", "tokio")
    with pytest.raises(ConfigError, match="WIREFEED_LOOP must be one of"):
        worker_loop()


# --- reads that wait on progress, not a fixed cap (part 2) ----------------------------------------------------------


@dataclass
class _Rec:
    offset: int
    partition: int = 0
    topic: str = "t"
    key: bytes | None = None
    value: bytes | None = b'{"n": 1}'
    headers: tuple[tuple[str, bytes], ...] = ()


class _Slow(_Consumer):
    """``end`` JSON records, one a poll of ``delay`` s; from ``stop_at`` on nothing more arrives."""

    def __init__(self, end: int, delay: float, stop_at: int | None = None) -> None:
        super().__init__(end, 1)
        self.delay, self.stop_at = delay, stop_at

    async def getmany(self, *tps: TopicPartition, timeout_ms: int, max_records: int) -> dict[Any, list[Any]]:
        await asyncio.sleep(min(self.delay, timeout_ms / 1000))
        if (self.stop_at is not None and self.pos >= self.stop_at) or self.pos >= self.end:
            return {}
        self.pos += 1
        return {self.tp: [_Rec(self.pos - 1)]}


def _fake_broker(monkeypatch: pytest.MonkeyPatch, consumer: _Consumer) -> None:
    @contextlib.asynccontextmanager
    async def fake_consumer_for(*_a: Any, **_k: Any) -> AsyncIterator[_Consumer]:
        consumer.pos = 0
        yield consumer

    async def parts(*_a: Any) -> set[int]:
        return {0}

    monkeypatch.setattr(client, "consumer_for", fake_consumer_for)
    monkeypatch.setattr(client, "_await_topic", parts)


def test_the_tests_read_topic_returns_a_whole_topic_on_a_slow_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    """30 records at one per 0.1 s: 3 s, past the 2 s poll that ``read_topic`` used (which returned ~20 of them to a
    check that takes the first read, e.g. ``until=lambda rs: True``)."""
    from tests.integration import conftest

    _fake_broker(monkeypatch, _Slow(end=30, delay=0.1))
    got = conftest.read_topic(load(), "t", until=lambda rs: True, timeout=1.0)
    assert [r["offset"] for r in got] == list(range(30))
    assert got[0]["value"] == {"n": 1}


def test_the_tests_read_topic_fails_loudly_when_nothing_moves(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.integration import conftest

    monkeypatch.setattr(conftest, "READ_STALL_S", 0.3)
    _fake_broker(monkeypatch, _Slow(end=7, delay=0.05, stop_at=3))
    t0 = time.monotonic()
    with pytest.raises(ReadIncomplete) as info:
        conftest.read_topic(load(), "t", until=lambda rs: True)
    assert info.value.short == {0: (3, 7)} and info.value.stalled == 0.3
    assert time.monotonic() - t0 < 10.0


def test_audit_goes_on_while_offsets_move(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``wirefeed audit`` reads each topic for as long as it moves: 12 records at one per 0.1 s outlive a 0.5 s stall
    (the fake's output records carry no raw origin, so all 12 raw items are reported missing: exit 1)."""
    from streams.cli import audit

    monkeypatch.setattr(audit, "STALL_S", 0.5)
    _fake_broker(monkeypatch, _Slow(end=12, delay=0.1))
    assert audit.run_audit(load(), timeout=60.0) == 1
    out = capsys.readouterr().out
    assert "raw items: 12 on wire.raw" in out and "missing: 12" in out


def test_wirefeed_audit_that_stalls_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from streams.cli import audit

    monkeypatch.setattr(audit, "STALL_S", 0.3)
    _fake_broker(monkeypatch, _Slow(end=7, delay=0.05, stop_at=3))
    assert main(["audit", "--timeout", "60"]) == 2
    err = capsys.readouterr().err.splitlines()
    line = "wirefeed: error: reading wire.raw to its end stopped after 0.3s in which no position moved"
    assert len(err) == 1 and err[0].startswith(line) and "[0] at 3 of 7" in err[0], err
