"""The Faust worker: ``wire.raw`` → core pipeline → ``wire.dedupe`` → batch planner → output topics.

    app.py           the Faust app, its topics and tables (:class:`~streams.worker.app.Wiring`)
    agents.py        the agents, module-level functions around testable steps
    dedupe_stage.py  the dedupe stage: Faust tables behind the core's batch planner
    gaps.py          raw records the Faust stream skipped, fetched and processed
    metrics.py       the Prometheus metrics (names and labels are a contract)
    runner.py        start-up checks, the worker's own voice, and running Faust (``wirefeed worker``)

The worker imports the core, ``streams.settings``, ``streams.errors`` and ``streams.client``, never
``streams.cli`` (a test enforces it). Importing this package imports nothing heavy.
"""
