"""Run the Faust worker: build the app, register the agents, serve metrics, block until stopped."""

from __future__ import annotations

import logging

from streams.settings import Settings


def run_worker(settings: Settings, loglevel: str = "warning") -> int:
    from faust.worker import Worker

    from streams.agents import register
    from streams.app import create_app

    wiring = create_app(settings)
    register(wiring)
    logging.getLogger("streams").setLevel(loglevel.upper())
    worker = Worker(wiring.app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    worker.execute_from_commandline()  # returns only via SystemExit
    return 0
