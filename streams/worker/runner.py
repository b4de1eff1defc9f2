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

The checks are in ``streams.worker.startup``, the lines and the log filter in ``streams.worker.voice``; this
module runs Faust with them (:func:`run_worker`, the ``wirefeed worker`` verb).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import sys
import time
from typing import Any

from streams import __version__
from streams.settings import Settings
from streams.worker.startup import (
    BROKER_WAIT_S,
    METRICS_PORT_TRIES,
    _check_routing,
    _check_store,
    _prepare_topics,
    choose_loop,
    choose_metrics_port,
    wait_for_broker,
)
from streams.worker.voice import LOST_GRACE_S, Condenser, Progress, _describe, say

__all__ = [
    "BROKER_WAIT_S",
    "LOST_GRACE_S",
    "METRICS_PORT_TRIES",
    "Condenser",
    "Progress",
    "_check_routing",
    "_describe",
    "choose_loop",
    "choose_metrics_port",
    "run_worker",
    "say",
    "wait_for_broker",
]


def run_worker(settings: Settings, loglevel: str = "warning") -> int:
    from faust.worker import Worker as FaustWorker

    from streams.worker import collector, heap
    from streams.worker.agents import register
    from streams.worker.app import create_app
    from streams.worker.memprobe import start_from_env

    heap.configure()  # before any thread starts: each would get an arena of its own
    collector.configure()  # fewer young collections: the hot paths' short-lived containers die by refcount
    start_from_env()  # off unless WIREFEED_MEMPROBE names a file (benchmarks: where the memory is)
    s = settings
    _check_store(s)
    routes = _check_routing(s)
    loop = choose_loop(s)
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
        + f"; loop {loop}"
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
    interval = s.progress_interval

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
