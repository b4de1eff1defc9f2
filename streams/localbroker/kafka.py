"""A real Apache Kafka 4.x broker (KRaft, single combined node) on 127.0.0.1, without Docker.

The jars come from Maven Central through ``deploy/kafka/pom.xml`` (cached in
``deploy/kafka/target/dependency``); ``java`` runs Kafka's own entry points
(``kafka.tools.StorageTool`` and ``kafka.Kafka``). Data lives in ``<data_dir>/kafka/<port>/`` so a
stop/start keeps topics and offsets. We stop exactly the PID we started, never by name.
Recipe and traps: shared/docs/kafka-local.md.
"""

from __future__ import annotations

import base64
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from streams.errors import ServiceError
from streams.settings import REPO_ROOT

POM = REPO_ROOT / "deploy" / "kafka" / "pom.xml"
JARS = REPO_ROOT / "deploy" / "kafka" / "target" / "dependency"
START_TIMEOUT_S = 90.0
STOP_TIMEOUT_S = 20.0

_LOG4J = """status=warn
appender.o.type=Console
appender.o.name=O
appender.o.layout.type=PatternLayout
appender.o.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=WARN
rootLogger.appenderRef.o.ref=O
logger.s.name=kafka.server.KafkaRaftServer
logger.s.level=INFO
"""

JVM_OPTS = [
    "-Xms128m",
    "-Xmx512m",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djava.awt.headless=true",
]


@dataclass(frozen=True)
class Broker:
    """One local broker instance: its port and its folder."""

    port: int
    root: Path  # <data_dir>/kafka/<port>
    host: str = "127.0.0.1"
    sasl_users: tuple[tuple[str, str], ...] = ()  # (user, password) for a SASL/PLAIN listener, tests only
    # extra SASL mechanisms for the same users, e.g. ("SCRAM-SHA-256",): KRaft stores SCRAM credentials in
    # the metadata log, so they are written by ``kafka-storage format --add-scram`` on first start only
    scram_mechanisms: tuple[str, ...] = ()

    @property
    def controller_port(self) -> int:
        """The KRaft controller port, chosen free when the storage was first formatted and kept in
        ``<root>/controller.port`` (the quorum records it); port + 1 for folders made before that."""
        try:
            return int((self.root / "controller.port").read_text().strip())
        except (OSError, ValueError):
            return self.port + 1 if self.port < 65535 else self.port - 1

    @property
    def pid_file(self) -> Path:
        return self.root / "kafka.pid"

    @property
    def log_file(self) -> Path:
        return self.root / "kafka.out"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def broker_for(port: int, data_dir: Path) -> Broker:
    return Broker(port=port, root=data_dir / "kafka" / str(port))


def require_tools() -> None:
    """One clear line when java or mvn is missing."""
    if shutil.which("java") is None:
        raise ServiceError(
            "java not found: install OpenJDK 17 or newer "
            "(Debian/Ubuntu: apt-get install default-jre-headless; as root `make setup` does it)"
        )
    if not _jars_present() and shutil.which("mvn") is None:
        raise ServiceError(
            "mvn not found: install Maven to fetch the Kafka jars "
            "(Debian/Ubuntu: apt-get install maven; as root `make setup` does it)"
        )


def _jars_present() -> bool:
    return JARS.is_dir() and any(JARS.glob("kafka_2.13-*.jar"))


def ensure_jars() -> Path:
    """Resolve the broker jars once with Maven; later calls are free."""
    require_tools()
    if _jars_present():
        return JARS
    proc = subprocess.run(
        ["mvn", "-B", "-q", "-f", str(POM), "dependency:copy-dependencies", "-DincludeScope=runtime"],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0 or not _jars_present():
        tail = (proc.stdout + proc.stderr).strip().splitlines()[-5:]
        raise ServiceError("mvn could not fetch the Kafka jars: " + " | ".join(tail))
    return JARS


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port(host: str = "127.0.0.1", avoid: tuple[int, ...] = ()) -> int:
    """A port free right now (another process may take it before we bind: ``start`` retries then)."""
    for _ in range(100):
        with socket.socket() as s:
            s.bind((host, 0))
            port = int(s.getsockname()[1])
        if port not in avoid:
            return port
    raise ServiceError("no free port found")


def free_port_pair() -> int:
    """A port p such that p and p+1 are free right now (small race; fine for tests)."""
    for _ in range(200):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port >= 65535:
            continue
        with socket.socket() as s2:
            try:
                s2.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise ServiceError("no free port pair found")


def _properties(b: Broker) -> str:
    listeners = f"PLAINTEXT://{b.host}:{b.port},CONTROLLER://{b.host}:{b.controller_port}"
    protocol_map = "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
    extra = ""
    if b.sasl_users:
        listeners = f"SASL_PLAINTEXT://{b.host}:{b.port},CONTROLLER://{b.host}:{b.controller_port}"
        protocol_map = "CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT"
        users = " ".join(f'user_{u}="{p}"' for u, p in b.sasl_users)
        admin_u, admin_p = b.sasl_users[0]
        extra = (
            f"sasl.enabled.mechanisms={','.join(('PLAIN', *b.scram_mechanisms))}\n"
            "sasl.mechanism.inter.broker.protocol=PLAIN\n"
            "listener.name.sasl_plaintext.plain.sasl.jaas.config="
            "org.apache.kafka.common.security.plain.PlainLoginModule required "
            f'username="{admin_u}" password="{admin_p}" {users};\n'
        )
        for mech in b.scram_mechanisms:
            extra += (
                f"listener.name.sasl_plaintext.{mech.lower()}.sasl.jaas.config="
                "org.apache.kafka.common.security.scram.ScramLoginModule required;\n"
            )
    inter = "SASL_PLAINTEXT" if b.sasl_users else "PLAINTEXT"
    return f"""process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers={b.host}:{b.controller_port}
listeners={listeners}
advertised.listeners={listeners}
inter.broker.listener.name={inter}
controller.listener.names=CONTROLLER
listener.security.protocol.map={protocol_map}
log.dirs={b.data}
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
offsets.topic.num.partitions=1
transaction.state.log.num.partitions=1
share.coordinator.state.topic.num.partitions=1
num.network.threads=2
num.io.threads=2
auto.create.topics.enable=true
message.max.bytes=10485760
{extra}"""


def _cluster_id() -> str:
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cid.startswith("-"):
            return cid


def _java(b: Broker, main: str, *args: str) -> list[str]:
    return [
        "java",
        *JVM_OPTS,
        f"-Dlog4j2.configurationFile={b.root / 'log4j2.properties'}",
        f"-Dkafka.logs.dir={b.root / 'logs'}",
        "-cp",
        f"{JARS}/*",
        main,
        *args,
    ]


def read_pid(b: Broker) -> int | None:
    try:
        pid = int(b.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_broker(pid, b) else None


def _is_our_broker(pid: int, b: Broker) -> bool:
    """The PID is alive and is a kafka.Kafka JVM using our config (guards against PID reuse)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"kafka.Kafka" in cmdline and any(str(b.root).encode() in part for part in cmdline)


BIND_RETRIES = 3


def start(b: Broker, *, fresh: bool = False, timeout: float = START_TIMEOUT_S) -> str:
    """Start the broker (formatting storage on first use) and wait until it accepts connections.

    A new folder gets a free controller port (two brokers started at once no longer collide on
    port + 1); when the controller port is taken between choosing and binding it (a race with
    another process) and the storage is new, a fresh port is chosen and the start retried.
    """
    ensure_jars()
    if read_pid(b) is not None and port_open(b.host, b.port):
        return f"kafka already running on {b.address} (pid {read_pid(b)})"
    if port_open(b.host, b.port):
        raise ServiceError(f"port {b.port} is taken by another process; choose another with --port")
    if fresh and b.root.exists():
        shutil.rmtree(b.root)
    for attempt in range(BIND_RETRIES + 1):
        new = not (b.data / "meta.properties").exists()
        if new:
            b.root.mkdir(parents=True, exist_ok=True)
            (b.root / "controller.port").write_text(str(free_port(b.host, avoid=(b.port,))))
        try:
            return _start_once(b, timeout)
        except _BindRace:
            if not new or attempt == BIND_RETRIES:
                raise ServiceError(
                    f"kafka could not bind its controller port {b.controller_port} (taken by another "
                    f"process); free it or start with --fresh:\n" + _tail(b.log_file)
                ) from None
            shutil.rmtree(b.data, ignore_errors=True)  # formatted with the lost port: format again
    raise AssertionError("unreachable")


class _BindRace(ServiceError):
    """The broker exited at start-up because a port it listens on was taken."""


def _start_once(b: Broker, timeout: float) -> str:
    (b.root / "logs").mkdir(parents=True, exist_ok=True)
    (b.root / "server.properties").write_text(_properties(b))
    (b.root / "log4j2.properties").write_text(_LOG4J)
    if not (b.data / "meta.properties").exists():
        cid_file = b.root / "cluster.id"
        if not cid_file.exists():
            cid_file.write_text(_cluster_id())
        scram = [
            arg
            for mech in b.scram_mechanisms
            for user, password in b.sasl_users
            for arg in ("--add-scram", f"{mech}=[name={user},password={password}]")
        ]
        fmt = subprocess.run(
            _java(
                b,
                "kafka.tools.StorageTool",
                "format",
                "--standalone",
                "-t",
                cid_file.read_text().strip(),
                "-c",
                str(b.root / "server.properties"),
                "--ignore-formatted",
                *scram,
            ),
            capture_output=True,
            text=True,
            check=False,
        )
        if fmt.returncode != 0:
            raise ServiceError(f"kafka storage format failed: {(fmt.stdout + fmt.stderr).strip()[-500:]}")
    log_from = b.log_file.stat().st_size if b.log_file.exists() else 0
    with open(b.log_file, "ab") as out:
        proc = subprocess.Popen(
            _java(b, "kafka.Kafka", str(b.root / "server.properties")),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    b.pid_file.write_text(str(proc.pid))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            b.pid_file.unlink(missing_ok=True)
            with open(b.log_file, "rb") as f:
                f.seek(log_from)
                said = f.read().decode("utf-8", "replace")
            if "BindException" in said or "Address already in use" in said:
                raise _BindRace(said[-500:])
            raise ServiceError(
                f"kafka exited with {proc.returncode} during start-up; last log lines:\n" + _tail(b.log_file)
            )
        if port_open(b.host, b.port, 0.2):
            return f"kafka started on {b.address} (pid {proc.pid}, data {b.data})"
        time.sleep(0.2)
    proc.kill()
    raise ServiceError(f"kafka did not accept connections on {b.address} within {timeout:.0f}s:\n" + _tail(b.log_file))


def stop(b: Broker, timeout: float = STOP_TIMEOUT_S) -> str:
    """Stop exactly the process we started (SIGTERM, then SIGKILL after ``timeout``)."""
    pid = read_pid(b)
    if pid is None:
        return f"kafka not running on {b.address}"
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _is_our_broker(pid, b):
        time.sleep(0.1)
    if _is_our_broker(pid, b):
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.2)
    b.pid_file.unlink(missing_ok=True)
    return f"kafka stopped on {b.address} (pid {pid})"


def kill(b: Broker) -> None:
    """SIGKILL the broker (crash tests)."""
    pid = read_pid(b)
    if pid is not None:
        os.kill(pid, signal.SIGKILL)
        while _is_our_broker(pid, b):
            time.sleep(0.05)


def status(b: Broker) -> tuple[bool, str]:
    pid = read_pid(b)
    if pid is None:
        if port_open(b.host, b.port):
            return True, f"a broker not started from {b.root} is listening on {b.address}"
        return False, f"kafka not running on {b.address}"
    up = port_open(b.host, b.port)
    return up, f"kafka {'running' if up else 'starting'} on {b.address} (pid {pid}, data {b.data})"


def _tail(path: Path, lines: int = 20) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
