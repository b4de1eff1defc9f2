"""The ``wirefeed`` command line: the verbs' options, help texts and examples, and the argument types.

Options follow Kafka's own tools (kcat, kafka-console-*): ``-b/--broker`` and the security settings on every verb
that talks to Kafka (:func:`_connection_options`). :class:`Parser` makes every mistake one line on stderr,
``wirefeed: error: ...``, and exit status 2. Each verb's ``func`` is its ``cmd_*`` in ``streams.cli.verbs``.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from streams import __version__
from streams.cli.verbs import cmd_audit, cmd_demo, cmd_kafka, cmd_process, cmd_push, cmd_tail, cmd_worker
from streams.settings import SASL_MECHANISMS, SECURITY_PROTOCOLS

_N = TypeVar("_N", int, float)

OUTPUT_FORMATS = ("json", "summary")
LOG_LEVELS = ("critical", "error", "warning", "info", "debug")

DESCRIPTION = """\
wirefeed turns raw news-wire items into enriched, deduplicated IPTC ninjs 3.0 articles on Kafka.

  wire.raw --worker--> wire.articles (+ routed topics), wire.duplicates, wire.deadletter

Connection settings come from the environment (WIREFEED_BROKER, WIREFEED_SECURITY_PROTOCOL, ...; see
README.md) and can be overridden on every verb with -b/--broker and the security options."""

TOP_EXAMPLES = """\
examples:
  wirefeed kafka start                          # a local Apache Kafka broker on 127.0.0.1:9092
  wirefeed worker                               # the Faust worker (Ctrl-C stops it cleanly)
  wirefeed push samples/                        # every file of a folder, one item each
  wirefeed tail -e --format summary             # the articles so far, one line each, then exit
  wirefeed -h / wirefeed tail -h                # every option of a verb, with examples
"""

EXAMPLES = {
    "worker": """\
examples:
  wirefeed worker                               # broker from WIREFEED_BROKER (default 127.0.0.1:9092)
  wirefeed worker -b kafka1:9092 -l info        # another broker, more detail
  WIREFEED_WORKER_INDEX=1 wirefeed worker       # a second worker on this machine (metrics port 9109)
""",
    "push": """\
examples:
  wirefeed push story.txt                       # one file = one raw item
  wirefeed push feeds/ --source reuters         # a folder, recursively, with a provider header
  cat item.xml | wirefeed push - --format nitf  # stdin, parser chosen (no sniffing)
  wirefeed push a.txt -k desk-1 -H priority=1   # a record key and an extra header
  wirefeed push -b kafka1:9092 -t wire.raw.test feeds/

exit status: 0 every item acknowledged, 1 some refused (named on stderr), 2 nothing sent (error).
""",
    "tail": """\
examples:
  wirefeed tail                                 # the next article to arrive (30 s at most)
  wirefeed tail -n 5 --format summary           # the last 5 articles, one line each
  wirefeed tail -e                              # the whole topic, then exit (kcat -e)
  wirefeed tail -f                              # follow new articles until Ctrl-C
  wirefeed tail -t wire.deadletter -o -10 -e    # the last 10 dead letters
  wirefeed tail -p 0 -o 1200 -n 1 --meta        # one record by partition and offset, with its headers
  wirefeed tail -o 2026-12-05T09:00:00Z -e      # everything since a time (also @EPOCH_MS)
  wirefeed tail -k urn:wirefeed:antara:0c9a... -e -o beginning   # every version of one story

exit status: 0 done, 1 fewer than -n records within --timeout, 2 error (e.g. the topic does not exist).
""",
    "process": """\
examples:
  wirefeed process story.txt                    # the pipeline without Kafka: one JSON line per item
  wirefeed process feeds/*.xml --no-dedupe      # every item, duplicates included
  wirefeed process - --format anpa < item.anpa
""",
    "audit": """\
examples:
  wirefeed audit                                # reconcile wire.raw with the output topics
  wirefeed audit -b kafka1:9092 --show 100

exit status: 0 nothing lost, 1 raw items without any output, 2 error.
""",
    "kafka": """\
examples:
  wirefeed kafka start                          # 127.0.0.1:9092, data under .wirefeed/kafka/9092
  wirefeed kafka start --port 19092 --fresh     # another port, empty
  wirefeed kafka status ; wirefeed kafka stop
""",
    "demo": """\
examples:
  wirefeed demo                                 # samples/ (+ ../shared/corpus/seed), one line per output
  wirefeed demo --json                          # the full records instead
  wirefeed demo --samples my-items/
""",
}


class Formatter(argparse.RawDescriptionHelpFormatter):
    """Keeps the description's and examples' line breaks; wider option column."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=34, width=110)


class Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are one line: ``wirefeed: error: ...`` and exit status 2."""

    def error(self, message: str) -> NoReturn:
        verb = self.prog.split(" ", 1)[1] if " " in self.prog else ""
        where = f"{verb}: " if verb else ""
        help_cmd = f"wirefeed {verb} --help" if verb else "wirefeed --help"
        sys.stderr.write(f"wirefeed: error: {where}{message} (see '{help_cmd}')\n")
        raise SystemExit(2)


def _header(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` (``-H``) → ``(name, value)``."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"invalid header {text!r}: use NAME=VALUE, e.g. -H priority=1")
    return name.strip(), value


def _offset(text: str) -> Any:
    from streams.client import Offset

    try:
        return Offset.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _not_negative(text: str, parse: Callable[[str], _N], unit: str = "") -> _N:
    """Parse a count or a duration the user typed; argparse shows the message on a bad one."""
    of_unit, in_unit = (f" of {unit}", f" {unit}") if unit else ("", "")
    try:
        n = parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number{of_unit} {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more{in_unit}, got {text}")
    return n


def _non_negative_int(text: str) -> int:
    return _not_negative(text, int)


def _seconds(text: str) -> float:
    return _not_negative(text, float, "seconds")


def _port(text: str) -> int:
    n = _non_negative_int(text)
    if not 0 < n < 65535:
        raise argparse.ArgumentTypeError(f"not a port number (1..65534): {text}")
    return n


def _parser_names() -> list[str]:
    from streams.core.formats.registry import parsers

    return [p.name for p in parsers()]


def _connection_options() -> argparse.ArgumentParser:
    """``-b`` and the security settings, shared by every verb that talks to Kafka."""
    p = Parser(add_help=False)
    g = p.add_argument_group("connection (default: the WIREFEED_* environment)")
    g.add_argument(
        "-b",
        "--broker",
        metavar="HOST:PORT[,...]",
        help="bootstrap servers, e.g. 127.0.0.1:9092 or kafka://b1:9093,b2:9093 "
        "(default: WIREFEED_BROKER, else 127.0.0.1:9092)",
    )
    g.add_argument(
        "--security-protocol",
        choices=SECURITY_PROTOCOLS,
        metavar="PROTOCOL",
        help=f"one of {', '.join(SECURITY_PROTOCOLS)} (default: WIREFEED_SECURITY_PROTOCOL, else PLAINTEXT)",
    )
    g.add_argument(
        "--sasl-mechanism",
        choices=SASL_MECHANISMS,
        metavar="MECHANISM",
        help=f"one of {', '.join(SASL_MECHANISMS)} (default: WIREFEED_SASL_MECHANISM, else PLAIN)",
    )
    g.add_argument("--sasl-username", metavar="USER", help="SASL user (default: WIREFEED_SASL_USERNAME)")
    g.add_argument(
        "--sasl-password-file",
        metavar="FILE",
        type=Path,
        help="file whose first line is the SASL password (default: WIREFEED_SASL_PASSWORD; never on the command line)",
    )
    g.add_argument("--ssl-cafile", metavar="FILE", help="CA certificates to trust (default: WIREFEED_SSL_CAFILE)")
    g.add_argument("--ssl-certfile", metavar="FILE", help="client certificate (default: WIREFEED_SSL_CERTFILE)")
    g.add_argument("--ssl-keyfile", metavar="FILE", help="client key (default: WIREFEED_SSL_KEYFILE)")
    return p


def _sub(
    sub: Any, name: str, help_: str, description: str, parents: Sequence[argparse.ArgumentParser] = ()
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help_,
        description=textwrap.fill(description, 108),
        epilog=EXAMPLES[name],
        formatter_class=Formatter,
        parents=list(parents),
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="wirefeed", description=DESCRIPTION, epilog=TOP_EXAMPLES, formatter_class=Formatter)
    p.add_argument("--version", action="version", version=f"wirefeed {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="VERB", parser_class=Parser)
    conn = _connection_options()
    formats = _parser_names()

    w = _sub(
        sub,
        "worker",
        "run the Faust worker (raw items in, articles out)",
        "Run the Faust worker: reads wire.raw, writes articles, duplicates and dead letters. Prints a start-up "
        "summary, a ready line, partition changes and a progress line every minute; Ctrl-C stops it cleanly.",
        [conn],
    )
    w.add_argument(
        "-l",
        "--loglevel",
        default="warning",
        type=str.lower,
        choices=LOG_LEVELS,
        metavar="LEVEL",
        help=f"log level: {', '.join(LOG_LEVELS)} (default: warning)",
    )
    w.set_defaults(func=cmd_worker)

    pu = _sub(
        sub,
        "push",
        "send files, folders (recursively) or stdin (-) to wire.raw",
        "Send each file as one raw item and wait for the broker's acknowledgement of every one. Reports "
        "each refused file (too large for the broker, unreadable) by name; the others still go.",
        [conn],
    )
    pu.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder (recursively; dot-files skipped) or - for stdin"
    )
    pu.add_argument("-t", "--topic", metavar="TOPIC", help="target topic (default: WIREFEED_TOPIC_RAW, else wire.raw)")
    pu.add_argument("--source", metavar="NAME", help="provider header, e.g. antara, reuters (default: sniffed)")
    pu.add_argument(
        "--format", choices=formats, metavar="PARSER", help=f"parser to use instead of sniffing: {', '.join(formats)}"
    )
    pu.add_argument(
        "-k", "--key", metavar="KEY", help="record key for every item (default: none, spread by the producer)"
    )
    pu.add_argument(
        "-H",
        "--header",
        action="append",
        type=_header,
        metavar="NAME=VALUE",
        help="extra Kafka header, repeatable (filename, source and format are set for you)",
    )
    pu.add_argument("-v", "--verbose", action="store_true", help="one line per item sent, with partition and offset")
    pu.set_defaults(func=cmd_push)

    t = _sub(
        sub,
        "tail",
        "print the records of a topic (JSON lines or one summary line each)",
        "Print records of a topic. Without -o/--from-beginning it starts -n records before the end, like "
        "tail(1), and stops after -n records or --timeout seconds; -e stops at the end of the topic, -f "
        "follows it. Reading never creates a topic.",
        [conn],
    )
    t.add_argument(
        "-t", "--topic", metavar="TOPIC", help="topic (default: WIREFEED_TOPIC_ARTICLES, else wire.articles)"
    )
    t.add_argument(
        "-n",
        type=_non_negative_int,
        default=None,
        metavar="N",
        help="start N records before the end; without -f/-e also stop after N records",
    )
    t.add_argument("-f", "--follow", action="store_true", help="keep printing new records until Ctrl-C")
    t.add_argument(
        "-e",
        "--exit-at-end",
        action="store_true",
        help="stop at the end of the topic (the end offsets when reading started), like kcat -e",
    )
    t.add_argument(
        "-o",
        "--offset",
        type=_offset,
        default=None,
        metavar="OFFSET",
        help="where to start in each partition: beginning, end, an offset (1200), -N (N before the "
        "end), @EPOCH_MS or an ISO time (2026-12-05T09:00:00Z)",
    )
    t.add_argument("--from-beginning", action="store_true", help="same as --offset beginning")
    t.add_argument(
        "-p",
        "--partition",
        type=_non_negative_int,
        action="append",
        metavar="N",
        help="read only this partition (repeatable; default: all)",
    )
    t.add_argument("-k", "--key", metavar="KEY", help="print only records with this key (articles are keyed by uri)")
    t.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="json",
        metavar="FORMAT",
        help="output: json (one JSON line per record) or summary (one readable line per record) (default: json)",
    )
    t.add_argument(
        "--meta", action="store_true", help="add topic, partition, offset, timestamp, key and headers to each record"
    )
    t.add_argument(
        "--timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="stop after this long (default: 30 s; none with -f or -e)",
    )
    t.set_defaults(func=cmd_tail)

    pr = _sub(
        sub,
        "process",
        "run the pipeline without Kafka; one JSON line per item",
        "Run the pure pipeline (parse, normalise, enrich, dedupe) on files, without a broker.",
    )
    pr.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursively) or - for stdin")
    pr.add_argument("--source", metavar="NAME", help="provider header, e.g. antara, reuters")
    pr.add_argument(
        "--format", choices=formats, metavar="PARSER", help=f"parser to use instead of sniffing: {', '.join(formats)}"
    )
    pr.add_argument("--no-dedupe", action="store_true", help="do not apply dedupe decisions across inputs")
    pr.set_defaults(func=cmd_process)

    a = _sub(
        sub,
        "audit",
        "reconcile wire.raw against the output topics",
        "Read wire.raw and the output topics to their end offsets and list raw items without any output "
        "(lost) and items published more than once (doubled).",
        [conn],
    )
    a.add_argument(
        "--timeout",
        type=_seconds,
        default=120.0,
        metavar="SECONDS",
        help="give up reading after this long (default: 120)",
    )
    a.add_argument(
        "--show",
        type=_non_negative_int,
        default=20,
        metavar="N",
        help="list up to N missing/doubled items (default: 20)",
    )
    a.set_defaults(func=cmd_audit)

    k = _sub(
        sub,
        "kafka",
        "the local Apache Kafka broker (KRaft, from Maven Central jars)",
        "Start, stop or check a local single-node Apache Kafka broker (no Docker).",
        [conn],
    )
    k.add_argument("action", choices=["start", "stop", "status"], help="start, stop or status")
    k.add_argument(
        "--port",
        type=_port,
        default=None,
        help="broker port (default: the port of -b / WIREFEED_BROKER, else 9092; the controller uses PORT+1)",
    )
    k.add_argument("--fresh", action="store_true", help="wipe this port's data folder first")
    k.set_defaults(func=cmd_kafka)

    d = _sub(
        sub,
        "demo",
        "broker + worker + sample items, one line per output",
        "Start a broker if none listens, a worker, push the samples and print what each item became.",
        [conn],
    )
    d.add_argument(
        "--samples", action="append", metavar="PATH", help="folder or file to push (repeatable; default: samples/)"
    )
    d.add_argument("--json", action="store_true", help="print every output record in full (JSON lines)")
    d.set_defaults(func=cmd_demo)
    return p
