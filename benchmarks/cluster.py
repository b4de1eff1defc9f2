"""Kafka plumbing for the benchmarks: our own broker, topics, pre-loading, worker subprocesses,
and reading outputs back with their broker timestamps.

Why ``LogAppendTime`` topics: latency and throughput are measured on the broker's clock (the
timestamp the broker stamps on the raw record and on the output record), not on a client clock.
Every process started here is tracked and stopped by its PID (never by name), even on failure.
"""

from __future__ import annotations

import asyncio
import compileall
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from benchmarks.items import Item
from streams.localbroker import kafka as kafka_local
from streams.settings import REPO_ROOT

MAX_BYTES = 10 * 1024 * 1024
LOG_APPEND = {"message.timestamp.type": "LogAppendTime", "max.message.bytes": str(MAX_BYTES)}
_PROCS: list[subprocess.Popen[bytes]] = []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def own_broker() -> Iterator[tuple[kafka_local.Broker, Path]]:
    """A fresh broker on a free port in a temp folder; stopped and removed at the end, even on failure."""
    tmp = Path(tempfile.mkdtemp(prefix="wirefeed-bench-"))
    broker = kafka_local.broker_for(kafka_local.free_port_pair(), tmp)
    try:
        kafka_local.start(broker, fresh=True)
        yield broker, tmp
    finally:
        stop_all()
        with contextlib.suppress(Exception):
            kafka_local.stop(broker)
        shutil.rmtree(tmp, ignore_errors=True)


def compile_bytecode() -> bool:
    """Write the bytecode of the package the workers run (``streams/**/__pycache__``), as ``pip install`` does for
    an installed wheel (and the Docker image's): True when every module compiled.

    Why: where ``PYTHONDONTWRITEBYTECODE`` is set (as in this machine's shells) a source
    checkout never gets its ``__pycache__``, so every worker the bench spawned compiled ~80 modules from source
    before it could start, ~0.5 s of its start to ready that an installed worker does not pay
    (docs/benchmarks.md, "Session 21, spd21b"). Python still reads bytecode that exists, and recompiles (in
    memory) a module whose source changed after this ran."""
    return bool(compileall.compile_dir(str(REPO_ROOT / "streams"), quiet=1))


def stop_all() -> None:
    """Stop every subprocess this run started (by PID / process group we created)."""
    while _PROCS:
        proc = _PROCS.pop()
        stop_proc(proc)


def stop_proc(proc: subprocess.Popen[bytes], timeout: float = 20.0) -> None:
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def spawn(argv: Sequence[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """A tracked subprocess in its own session (so a stop reaches its children too)."""
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            list(argv),
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=REPO_ROOT,
            start_new_session=True,
        )
    _PROCS.append(proc)
    return proc


def release(proc: subprocess.Popen[bytes]) -> None:
    stop_proc(proc)
    if proc in _PROCS:
        _PROCS.remove(proc)


async def guarded(coro: Any, procs: Sequence[subprocess.Popen[bytes]], what: str = "process") -> Any:
    """Await ``coro``, but fail fast (instead of waiting for a timeout) when one of ``procs`` exits."""
    task = asyncio.ensure_future(coro)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=1.0)
            if done:
                return task.result()
            for p in procs:
                if p.poll() is not None:
                    raise RuntimeError(f"{what} (pid {p.pid}) exited with code {p.returncode}")
    finally:
        if not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


@dataclass
class ProcStat:
    """CPU seconds and memory of one process, read from /proc (no psutil needed)."""

    pid: int

    def cpu_s(self) -> float:
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def mem_mb(self) -> dict[str, float]:
        out = {}
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    out[key] = int(rest.split()[0]) / 1024
        except OSError:
            pass
        return out


@dataclass
class Topics:
    """One isolated set of wirefeed topic names (one benchmark phase / app id)."""

    prefix: str
    raw: str

    @property
    def articles(self) -> str:
        return f"{self.prefix}.articles"

    @property
    def duplicates(self) -> str:
        return f"{self.prefix}.duplicates"

    @property
    def deadletter(self) -> str:
        return f"{self.prefix}.deadletter"

    @property
    def dedupe(self) -> str:
        """The worker's internal hop (ingest → dedupe stage); its records carry the raw origin headers."""
        return f"{self.prefix}.dedupe"

    @property
    def outputs(self) -> list[str]:
        return [self.articles, self.duplicates, self.deadletter]


@dataclass
class Worker:
    """A ``python -m streams worker`` subprocess with its own app id, topics, data and metrics port."""

    bootstrap: str
    topics: Topics
    app_id: str
    workdir: Path
    partitions: int
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    metrics_port: int = 0  # chosen at start (the worker may move up if it is taken: see metrics_url)

    def env(self) -> dict[str, str]:
        t = self.topics
        return {
            "WIREFEED_BROKER": f"kafka://{self.bootstrap}",
            "WIREFEED_APP_ID": self.app_id,
            "WIREFEED_TOPIC_RAW": t.raw,
            "WIREFEED_TOPIC_ARTICLES": t.articles,
            "WIREFEED_TOPIC_DUPLICATES": t.duplicates,
            "WIREFEED_TOPIC_DEADLETTER": t.deadletter,
            "WIREFEED_TOPIC_DEDUPE": t.dedupe,
            "WIREFEED_TOPIC_KILLS": f"{t.prefix}.kills",
            "WIREFEED_TOPIC_EVENTS": f"{t.prefix}.events",
            "WIREFEED_DATA_DIR": str(self.workdir / "data"),
            "WIREFEED_METRICS_PORT": str(self.metrics_port or free_port()),
            "WIREFEED_WEB_PORT": str(free_port()),
            "WIREFEED_PARTITIONS": str(self.partitions),
            "WIREFEED_ROUTING": "none",
            **self.extra_env,
        }

    def start(self, index: int = 0) -> None:
        self.log = self.workdir / f"{self.app_id}-{index}.log"
        self.metrics_port = free_port()
        self.proc = spawn([sys.executable, "-m", "streams", "worker", "-l", "info"], self.env(), self.log)

    def loop_name(self) -> str:
        """The event loop the worker said it runs on (its start-up line: ``; loop uvloop``), ``?`` if not said."""
        text = self.log.read_text(errors="replace") if self.log is not None and self.log.exists() else ""
        found = re.search(r"; loop (\w+)", text)
        return found.group(1) if found else "?"

    def stop(self) -> None:
        if self.proc is not None:
            release(self.proc)

    @property
    def stat(self) -> ProcStat:
        assert self.proc is not None
        return ProcStat(self.proc.pid)

    def metrics_url(self) -> str:
        """The worker's scrape URL: from its start-up line (it names the port it bound), else the one we set."""
        m = re.search(r"metrics (http://\S+/metrics)", self.log.read_text(errors="replace") if self.log else "")
        return m.group(1) if m else f"http://127.0.0.1:{self.metrics_port}/metrics"

    def scrape(self, timeout: float = 5.0) -> dict[str, float]:
        """The worker's own metrics, ``{sample name with labels: value}`` (empty when unreachable)."""
        import urllib.request

        from prometheus_client.parser import text_string_to_metric_families

        try:
            with urllib.request.urlopen(self.metrics_url(), timeout=timeout) as resp:
                text = resp.read().decode()
        except OSError:
            return {}
        out: dict[str, float] = {}
        for family in text_string_to_metric_families(text):
            for smp in family.samples:
                labels = ",".join(f"{k}={v}" for k, v in sorted(smp.labels.items()))
                out[f"{smp.name}{{{labels}}}" if labels else smp.name] = smp.value
        return out

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, n: int = 30) -> str:
        if self.log is None or not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])


async def create_topics(bootstrap: str, specs: Sequence[tuple[str, int]]) -> None:
    """Create topics (name, partitions) with broker timestamps; existing ones are left alone."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        new = [NewTopic(name, n, 1, topic_configs=LOG_APPEND) for name, n in specs]
        with contextlib.suppress(TopicAlreadyExistsError):
            await admin.create_topics(new)
    finally:
        await admin.close()


def producer(bootstrap: str, **kw: Any) -> AIOKafkaProducer:
    """The load's producer, an upstream feed as a user would run it (acks=all, idempotent, lz4, 5 ms linger;
    the worker itself no longer compresses: streams/worker/app.py)."""
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        compression_type="lz4",
        max_request_size=MAX_BYTES,
        max_batch_size=262_144,
        **kw,
    )


@dataclass(frozen=True, slots=True)
class Sent:
    """Where the broker put a raw item, and its broker timestamp (ms)."""

    partition: int
    offset: int
    ts_ms: int


async def preload(bootstrap: str, topic: str, items: Sequence[Item], partitions: int) -> list[Sent]:
    """Send every item (round-robin over partitions) and wait for every acknowledgement."""
    prod = producer(bootstrap)
    await prod.start()
    out: list[Sent] = []
    try:
        for start in range(0, len(items), 1000):
            futs = [
                await prod.send(topic, it.payload, headers=it.kafka_headers(), partition=i % partitions)
                for i, it in enumerate(items[start : start + 1000], start)
            ]
            for md in await asyncio.gather(*futs):
                out.append(Sent(md.partition, md.offset, md.timestamp))
    finally:
        await prod.stop()
    return out


def consumer(bootstrap: str, **kw: Any) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_bytes=52_428_800,
        max_partition_fetch_bytes=MAX_BYTES,
        **kw,
    )


@dataclass
class Collected:
    """Outputs joined back to their raw item: raw (partition, offset) → first output broker ts (ms)."""

    first_out: dict[tuple[int, int], int] = field(default_factory=dict)
    records: int = 0
    by_topic: dict[str, int] = field(default_factory=dict)

    def span_s(self) -> float:
        ts = list(self.first_out.values())
        return (max(ts) - min(ts)) / 1000.0 if len(ts) > 1 else 0.0


async def _assign_all(cons: AIOKafkaConsumer, topics: Sequence[str], timeout: float) -> list[TopicPartition]:
    deadline = time.monotonic() + timeout
    tps: list[TopicPartition] = []
    for t in topics:
        while True:
            parts = cons.partitions_for_topic(t)
            if parts:
                tps.extend(TopicPartition(t, p) for p in sorted(parts))
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"topic {t} never appeared")
            cons._client.add_topic(t)
            await cons._client.force_metadata_update()
            await asyncio.sleep(0.3)
    cons.assign(tps)
    await cons.seek_to_beginning(*tps)
    return tps


async def collect(
    bootstrap: str,
    topics: Sequence[str],
    want: set[tuple[int, int]] | int,
    timeout: float,
    idle_timeout: float = 120.0,
) -> Collected:
    """Read output topics from the start until every wanted raw item is accounted for.

    ``want`` is a set of raw (partition, offset) (joined on the ``raw-partition``/``raw-offset``
    headers), or a plain record count (pass-through outputs carry no origin headers).
    Gives up after ``timeout`` s in all, or ``idle_timeout`` s without a new record.
    """
    cons = consumer(bootstrap)
    await cons.start()
    got = Collected()
    try:
        await _assign_all(cons, topics, timeout)
        deadline = time.monotonic() + timeout
        last_new = time.monotonic()
        seq = 0
        while time.monotonic() < deadline and time.monotonic() - last_new < idle_timeout:
            batch = await cons.getmany(timeout_ms=500, max_records=5000)
            for tp, msgs in batch.items():
                for m in msgs:
                    last_new = time.monotonic()
                    got.records += 1
                    got.by_topic[tp.topic] = got.by_topic.get(tp.topic, 0) + 1
                    if isinstance(want, int):
                        seq += 1
                        got.first_out[(0, seq)] = m.timestamp
                        continue
                    h = {k: v for k, v in m.headers}
                    try:
                        key = (int(h["raw-partition"]), int(h["raw-offset"]))
                    except (KeyError, ValueError):
                        continue
                    if key in want and (key not in got.first_out or m.timestamp < got.first_out[key]):
                        got.first_out[key] = m.timestamp
            done = len(got.first_out) >= (want if isinstance(want, int) else len(want))
            if done:
                break
    finally:
        await cons.stop()
    return got
