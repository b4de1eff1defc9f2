"""The ``wirefeed`` command: argparse and the verbs.

    main.py      the console script (``main``): settings from the environment and the options, one verb run
    parser.py    the command line: options, help texts and examples of every verb
    verbs.py     one ``cmd_*`` function per verb
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
