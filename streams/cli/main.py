"""The ``wirefeed`` command: worker, push, tail, process, audit, kafka start|stop|status, demo.

Options follow Kafka's own tools (kcat, kafka-console-*): ``-b/--broker`` and the security settings on
every verb that talks to Kafka (the ``WIREFEED_*`` environment is the default), ``tail -f/-e/-o/-p``.
Every mistake is one line on stderr, ``wirefeed: error: ...``, and exit status 2.

This module is the console script: it builds the settings from the environment and the command line and runs
the verb asked for, turning our errors (``streams.errors``) into that one line. The parser is in
``streams.cli.parser``, the verbs in ``streams.cli.verbs``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from typing import Any

from streams.cli.parser import build_parser
from streams.errors import ConfigError, ServiceError
from streams.settings import Settings, load, validate

__all__ = ["build_parser", "main", "settings_for"]


def settings_for(args: argparse.Namespace) -> Settings:
    """The environment's settings with this command line's connection options applied, then checked."""
    s = load()
    changes: dict[str, Any] = {}
    for opt in (
        "broker",
        "security_protocol",
        "sasl_mechanism",
        "sasl_username",
        "ssl_cafile",
        "ssl_certfile",
        "ssl_keyfile",
    ):
        value = getattr(args, opt, None)
        if value:
            changes[opt] = value
    password_file = getattr(args, "sasl_password_file", None)
    if password_file is not None:
        try:
            changes["sasl_password"] = password_file.read_text().splitlines()[0] if password_file.stat().st_size else ""
        except OSError as exc:
            raise ConfigError(f"--sasl-password-file: cannot read {password_file}: {exc.strerror}") from None
    return validate(dataclasses.replace(s, **changes)) if changes else s


def _not_aiokafka(record: Any) -> bool:
    return not str(record.name).startswith("aiokafka")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command != "worker":
        # aiokafka's errors are not printed (our one-line error names the cause) but stay visible to
        # streams.client, which quotes the last one when a connection fails (e.g. a refused password)
        logging.getLogger("aiokafka").setLevel(logging.ERROR)
        for handler in logging.getLogger().handlers:
            if _not_aiokafka not in handler.filters:
                handler.addFilter(_not_aiokafka)
    try:
        settings = settings_for(args)
        return int(args.func(args, settings))
    except (ServiceError, ConfigError) as exc:
        print(f"wirefeed: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
