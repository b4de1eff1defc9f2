"""The worker's start-up checks, run before Faust starts so that a mistake is one line and exit status 2.

A broker that does not resolve or answer, a store without its library, a routing file that does not parse, a
topic layout the dedupe decisions cannot use: each is a ``ConfigError`` or ``ServiceError`` (``streams.errors``)
naming the fix. A metrics port already taken moves to the next free one. Called by ``streams.worker.runner``.
"""

from __future__ import annotations

import asyncio
import importlib
import socket
import time
from collections.abc import Iterable

from streams.errors import ConfigError, ServiceError, WirefeedError
from streams.settings import Settings, validate
from streams.worker.voice import _short, say

BROKER_WAIT_S = 30.0  # how long start-up waits for a broker that refuses connections
METRICS_PORT_TRIES = 20  # a taken metrics port moves up to this many ports on


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
        wanted = resolve_port(s.metrics_port, s.worker_index)
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


def choose_loop(s: Settings) -> str:
    """Set the event loop the worker runs on and return its name: ``s.loop`` (``WIREFEED_LOOP``, read and checked
    with the other settings: ``auto``, the default, is uvloop where the package is installed, else asyncio's own
    loop; ``uvloop``: required; ``asyncio``).

    Why: the worker's loop turns (task steps, timers, socket reads and writes, futures' callbacks) were ~22 % of a
    draining worker's samples with asyncio's pure-Python selector loop (docs/benchmarks.md, "Session 12: the
    worker's shell cost"); uvloop runs the same turns in compiled code (docs/benchmarks.md, "Session 13: uvloop").
    Faust and mode run on whatever loop the policy gives (``mode.loop.use("uvloop")`` sets the same policy).
    Call before Faust builds its loop (``streams.worker.runner.run_worker``)."""
    choice = validate(s).loop  # a Settings built in code is checked as load() checks the environment
    if choice == "asyncio":
        asyncio.set_event_loop_policy(None)
        return "asyncio"
    try:
        uvloop = importlib.import_module("uvloop")
    except ImportError:
        if choice == "uvloop":
            raise ConfigError("WIREFEED_LOOP=uvloop needs the uvloop package: pip install uvloop") from None
        asyncio.set_event_loop_policy(None)
        return "asyncio"
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    return "uvloop"
