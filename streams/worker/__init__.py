"""The Faust worker: ``wire.raw`` → core pipeline → ``wire.dedupe`` → batch planner → output topics.

The agents, from the front door in::

    runner.py        running Faust (``wirefeed worker``) with the checks and the voice below
    startup.py       start-up checks: one line and exit status 2 before Faust starts
    voice.py         the worker's own lines, the log filter that condenses noise, progress lines
    agents.py        ``register``: attaches the agents, timers and rebalance handlers to the app
    ingest_agent.py  wire.raw → core pipeline in paced slices → envelopes / dead letters on wire.dedupe
    dedupe_agent.py  wire.dedupe → the dedupe stage → output topics
    context.py       what the two agents share (``Context``) and their exit on an error they cannot output

What they are built from::

    app.py           the Faust app, its topics and tables (:class:`~streams.worker.app.Wiring`)
    batching.py      how a slice cuts raw records into core batches (a large record alone)
    pacing.py        take sizes, fill waits and CPU slices that keep the event loop turning
    dedupe_stage.py  the dedupe stage: Faust tables behind the core's batch planner
    sender.py        sends acknowledged before a batch ends (and an in-memory sender for tests)
    gaps.py          each stage read in order: re-deliveries dropped, skipped records fetched, safe commits
    cursor.py        the per-partition bookkeeping behind those commits
    metrics.py       the Prometheus metrics (names and labels are a contract)
    loopwatch.py     the event-loop stall probe
    trace.py         per-batch timings (``WIREFEED_TRACE_BATCHES``, a diagnostic)
    heap.py          the glibc arena cap the worker sets on itself (an explicit ``MALLOC_ARENA_MAX`` wins)
    collector.py     the cyclic collector's young-generation threshold (``WIREFEED_GC_GEN0`` overrides it)
    memprobe.py      the opt-in memory probe (``WIREFEED_MEMPROBE``, a diagnostic)

Imports point down the first list and into the second, never back (no cycles: ``tests/unit/test_boundaries.py``).
The worker imports the core, ``streams.settings``, ``streams.errors`` and ``streams.client``, never
``streams.cli`` (a test enforces it). Importing this package imports nothing heavy.
"""
