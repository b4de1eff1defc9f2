"""The pure core: bytes in, ninjs article dicts (or dead-letter records) out, and the batch planner that
decides what to publish (``streams.core.plan``).

Nothing under ``streams.core`` may import the shell (worker, CLI, settings, client), Faust, aiokafka or
prometheus_client: ``tests/unit/test_boundaries.py`` enforces it. Resources that are expensive to build
(gazetteers, automata), the clock and cache locations are given by the caller.
"""
