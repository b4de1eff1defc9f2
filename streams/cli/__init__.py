"""The ``wirefeed`` command: argparse and the verbs.

    main.py      the parser and one ``cmd_*`` function per verb (``main`` is the console script)
    offline.py   ``wirefeed process``: the core pipeline and batch planner without Kafka
    demo.py      ``wirefeed demo``: broker, worker, samples, one line per output
    audit.py     ``wirefeed audit``: reconcile ``wire.raw`` against the output topics
    outputs.py   snapshots of the output topics (audit, demo, tests)
    render.py    one summary line per output record

The CLI reaches the worker's decisions only through the core (``streams.core.plan``); the ``worker``
verb starts :func:`streams.worker.runner.run_worker`, its only import from the worker package.
"""

from streams.cli.main import main

__all__ = ["main"]
