"""Real services for integration tests: an Apache Kafka broker (once per session) and workers.

A test that needs the broker and cannot start it FAILS (it never skips): the fixture raises.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.localbroker import kafka as kafka_local
from streams.settings import REPO_ROOT, Settings, load

# A read to the end offsets waits while its offsets move (2 cores shared with the broker and the workers), up to
# READ_BOUND_S; one in which no offset moves for READ_STALL_S raises ReadIncomplete: a short read never passes for the
# whole topic (session 14, set14).
READ_BOUND_S = 300.0
READ_STALL_S = 30.0


@dataclass
class BrokerHandle:
    broker: kafka_local.Broker

    @property
    def url(self) -> str:
        return f"kafka://{self.broker.address}"

    def stop(self) -> None:
        kafka_local.stop(self.broker)

    def start(self) -> None:
        kafka_local.start(self.broker)


@pytest.fixture(scope="session")
def kafka(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerHandle]:
    data_dir = tmp_path_factory.mktemp("kafka")
    broker = kafka_local.broker_for(kafka_local.free_port_pair(), data_dir)
    t0 = time.monotonic()
    print(f"\n[integration] starting Apache Kafka on {broker.address} ...", flush=True)
    kafka_local.start(broker)  # raises ServiceError → the test errors, never skips
    print(f"[integration] Apache Kafka ready on {broker.address} in {time.monotonic() - t0:.1f}s", flush=True)
    handle = BrokerHandle(broker)
    yield handle
    kafka_local.stop(broker)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class WorkerHandle:
    """A ``wirefeed worker`` subprocess with its own app id, topics and data folder."""

    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    settings: Settings = field(init=False)

    def __post_init__(self) -> None:
        saved = dict(os.environ)
        os.environ.update(self.env)
        try:
            self.settings = load()
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def start(self) -> None:
        out = open(self.log, "ab")  # noqa: SIM115 - kept open for the process lifetime
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streams", "worker", "-l", "info"],
            env={**os.environ, **self.env},
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            start_new_session=True,
        )

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, no final commit (crash tests)."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, n: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])


@pytest.fixture
def worker_factory(kafka: BrokerHandle, tmp_path: Path) -> Iterator[Callable[..., WorkerHandle]]:
    """Make workers for one test: unique app id / topics so tests never see each other's records."""
    made: list[WorkerHandle] = []
    tag = uuid.uuid4().hex[:8]

    def make(**extra: str) -> WorkerHandle:
        env = {
            "WIREFEED_BROKER": kafka.url,
            "WIREFEED_APP_ID": f"wf-{tag}",
            "WIREFEED_TOPIC_RAW": f"t{tag}.raw",
            "WIREFEED_TOPIC_ARTICLES": f"t{tag}.articles",
            "WIREFEED_TOPIC_EVENTS": f"t{tag}.events",
            "WIREFEED_TOPIC_DUPLICATES": f"t{tag}.duplicates",
            "WIREFEED_TOPIC_DEADLETTER": f"t{tag}.deadletter",
            "WIREFEED_TOPIC_DEDUPE": f"t{tag}.dedupe",
            "WIREFEED_DATA_DIR": str(tmp_path / "data"),
            "WIREFEED_METRICS_PORT": str(free_port()),
            "WIREFEED_PARTITIONS": "2",
            "WIREFEED_BATCH_WITHIN": "0.02",
        }
        env.update(extra)
        w = WorkerHandle(env, tmp_path / f"worker-{len(made)}.log")
        made.append(w)
        return w

    yield make
    for w in made:
        w.stop()


@pytest.fixture
def worker(worker_factory: Callable[..., WorkerHandle]) -> Iterator[WorkerHandle]:
    w = worker_factory()
    w.start()
    yield w
    w.stop()


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def push_bytes(settings: Settings, items: list[tuple[bytes, dict[str, str]]]) -> int:
    from streams.client import Outgoing, push

    return len(run(push(settings, [Outgoing(p, h) for p, h in items])))


def read_topic(
    settings: Settings, topic: str, *, until: Callable[[list[dict[str, Any]]], bool], timeout: float = 90.0
) -> list[dict[str, Any]]:
    """All records of ``topic`` from the beginning, read again until ``until(records)`` or ``timeout``.

    Each read goes to the end offsets the topic had when it started, for as long as its offsets move
    (``READ_STALL_S``, bound ``READ_BOUND_S``), so ``until`` always sees a whole topic: a read that moves no
    offset raises ``ReadIncomplete`` (it was a 2 s poll, whose short result on a loaded machine passed for the
    topic). ``timeout`` bounds the waiting for ``until``, not a read: the first read is always whole.
    Each record is ``{"value": <decoded JSON>, "headers": {...}, "partition", "offset", "key"}``.
    """
    from streams.client import TopicMissing, records

    async def collect() -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        try:
            async for msg, key, value, headers in records(
                settings, topic, from_beginning=True, timeout=READ_BOUND_S, exit_at_end=True, stall=READ_STALL_S
            ):
                out.append(
                    {
                        "value": orjson.loads(value) if value else None,
                        "headers": headers,
                        "partition": msg.partition,
                        "offset": msg.offset,
                        "key": key,
                    }
                )
        except TopicMissing:  # not created by the worker yet: reading never creates it
            pass
        return out

    deadline = time.monotonic() + timeout
    got: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        got = run(collect())
        if until(got):
            return got
        time.sleep(0.5)
    return got
