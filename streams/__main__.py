"""``python -m streams`` is the same as the ``wirefeed`` command."""

from streams.cli import main

raise SystemExit(main())
