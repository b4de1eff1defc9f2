"""The ``wirefeed`` command: worker, push, tail, process, audit, kafka start|stop|status, demo.

Options follow Kafka's own tools (kcat, kafka-console-*): ``-b/--broker`` and the security settings on
every verb that talks to Kafka (the ``WIREFEED_*`` environment is the default), ``tail -f/-e/-o/-p``.
Every mistake is one line on stderr, ``wirefeed: error: ...``, and exit status 2.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import orjson

from streams import __version__
from streams.errors import ConfigError, ServiceError
from streams.settings import SASL_MECHANISMS, SECURITY_PROTOCOLS, Settings, load, validate

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


def _write_json(obj: object) -> None:
    sys.stdout.buffer.write(orjson.dumps(obj) + b"\n")
    sys.stdout.buffer.flush()


class _Progress:
    """A one-line progress bar on stderr, shown only for many items on a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.enabled = total >= 20 and sys.stderr.isatty()

    def __call__(self, done: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / max(self.total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


@dataclasses.dataclass(slots=True)
class _Input:
    """One file (or stdin) to push or process: its bytes, or why it could not be read."""

    name: str
    payload: bytes | None
    error: str | None = None


def _inputs(paths: Sequence[str]) -> list[_Input]:
    """Every file named (folders recursively) or stdin (``-``); unreadable ones carry their reason."""
    from streams.client import iter_paths

    out: list[_Input] = []
    for raw in paths:
        if raw == "-":
            out.append(_Input("<stdin>", sys.stdin.buffer.read()))
            continue
        if not Path(raw).exists():
            out.append(_Input(raw, None, "no such file or folder"))
            continue
        for path in iter_paths([raw]):
            try:
                out.append(_Input(str(path), path.read_bytes()))
            except OSError as exc:
                out.append(_Input(str(path), None, f"unreadable: {exc.strerror or exc}"))
    return out


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


def _non_negative_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {n}")
    return n


def _seconds(text: str) -> float:
    try:
        n = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of seconds {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, got {text}")
    return n


def _port(text: str) -> int:
    n = _non_negative_int(text)
    if not 0 < n < 65535:
        raise argparse.ArgumentTypeError(f"not a port number (1..65534): {text}")
    return n


def _parser_names() -> list[str]:
    from streams.core.formats.registry import parsers

    return [p.name for p in parsers()]


# --- verbs -------------------------------------------------------------------------------------------------


def cmd_push(args: argparse.Namespace, s: Settings) -> int:
    from streams.client import Outgoing, push_each

    topic = args.topic or s.topic_raw
    inputs = _inputs(args.paths)
    if not inputs:
        raise ConfigError(f"push: no files in {', '.join(args.paths)} (dot-files are skipped)")
    readable = [i for i in inputs if i.payload is not None]
    extra = dict(args.header or [])
    items = []
    for inp in readable:
        headers = {"filename": Path(inp.name).name, **extra}
        if args.source:
            headers["source"] = args.source
        if args.format:
            headers["format"] = args.format
        items.append(Outgoing(inp.payload or b"", headers, args.key.encode("utf-8") if args.key else None))
    if items and topic == s.topic_raw:  # never let the broker auto-create it with 1 partition
        from streams.topology import ensure_raw

        asyncio.run(ensure_raw(s))
    progress = _Progress(len(items))
    results = asyncio.run(push_each(s, items, topic=topic, on_sent=progress)) if items else []
    progress.close()
    refused: list[tuple[str, str | None]] = [(i.name, i.error) for i in inputs if i.error]
    sent_bytes = 0
    for inp, res in zip(readable, results, strict=True):
        if res.ok:
            sent_bytes += len(inp.payload or b"")
            if args.verbose:
                print(
                    f"sent     {inp.name} ({len(inp.payload or b'')} bytes) -> {topic}[{res.partition}]@{res.offset}",
                    file=sys.stderr,
                )
        else:
            refused.append((inp.name, res.error))
    for name, why in refused:
        print(f"refused  {name}: {why}", file=sys.stderr)
    sent = sum(1 for r in results if r.ok)
    total = len(inputs)
    line = f"pushed {sent} item(s), {sent_bytes} bytes, to {topic} at {s.broker}"
    if refused:
        line += f"; {len(refused)} of {total} refused (not sent: push them again once fixed)"
    print(line, file=sys.stderr)
    return 0 if sent == total else 1


def cmd_tail(args: argparse.Namespace, s: Settings) -> int:
    from streams.cli.audit import primary_topics
    from streams.cli.render import summary_line
    from streams.client import Offset, records

    if args.follow and args.exit_at_end:
        raise ConfigError("tail: -f/--follow and -e/--exit-at-end contradict each other: choose one")
    if args.from_beginning and args.offset is not None:
        raise ConfigError("tail: --from-beginning is --offset beginning: give one of them")
    offset = args.offset
    if args.exit_at_end and offset is None and args.n is None and not args.from_beginning:
        offset = Offset("beginning")  # like kcat -e: the whole topic, then exit
    timeout = args.timeout
    if timeout is None and not (args.follow or args.exit_at_end):
        timeout = 30.0
    limit = None if args.follow else args.n
    topic = args.topic or s.topic_articles
    # wirefeed's own topics appear when the worker starts: wait for them (up to --timeout; -f: for ever);
    # any other missing topic (a typo) is an error at once
    own = {s.topic_raw, s.topic_dedupe, s.topic_kills, *primary_topics(s)}
    wait = (timeout if timeout is not None else float("inf") if args.follow else 0.0) if topic in own else 0.0

    def waiting() -> None:
        print(f"tail: waiting for {topic} (the worker creates it when it starts) ...", file=sys.stderr, flush=True)

    async def run() -> int:
        n = 0
        async for msg, key, value, headers in records(
            s,
            topic,
            from_beginning=args.from_beginning,
            limit=limit,
            timeout=timeout,
            offset=offset,
            partitions=args.partition,
            exit_at_end=args.exit_at_end,
            key=args.key.encode("utf-8") if args.key is not None else None,
            wait_for_topic=wait,
            on_wait=waiting,
        ):
            n += 1
            try:
                body = orjson.loads(value) if value is not None else None
            except orjson.JSONDecodeError:
                body = {"raw": (value or b"").decode("utf-8", "replace")}
            if args.format == "summary":
                where = f"{msg.partition}@{msg.offset}  " if args.meta else ""
                sys.stdout.write(where + summary_line(body) + "\n")
                sys.stdout.flush()
            elif args.meta:
                _write_json(
                    {
                        "topic": msg.topic,
                        "partition": msg.partition,
                        "offset": msg.offset,
                        "timestamp": msg.timestamp,
                        "key": key.decode("utf-8", "replace") if key else None,
                        "headers": headers,
                        "value": body,
                    }
                )
            else:
                _write_json(body)
        return n

    count = asyncio.run(run())
    if limit is not None and count < limit and not args.exit_at_end:
        print(f"tail: {count} of {limit} record(s) within {timeout:g}s", file=sys.stderr)
        return 1
    return 0


def cmd_process(args: argparse.Namespace, s: Settings) -> int:
    from streams.cli.offline import process_inputs

    inputs = _inputs(args.paths)
    bad = [i for i in inputs if i.error]
    for inp in bad:
        print(f"wirefeed: {inp.name}: {inp.error}", file=sys.stderr)
    readable = ((i.name, i.payload or b"") for i in inputs if i.payload is not None)
    for record in process_inputs(readable, s, dedupe=not args.no_dedupe, format_hint=args.format, source=args.source):
        _write_json(record)
    return 1 if bad else 0


def cmd_worker(args: argparse.Namespace, s: Settings) -> int:
    from streams.worker.runner import run_worker

    return run_worker(s, loglevel=args.loglevel)


def _local_broker(s: Settings, port: int | None) -> Any:
    from streams.localbroker import kafka as kafka_local

    if port is None:
        port = int(s.bootstrap_servers[0].rsplit(":", 1)[1])
    return kafka_local.broker_for(port, s.data_dir)


def cmd_kafka(args: argparse.Namespace, s: Settings) -> int:
    from streams.localbroker import kafka as kafka_local

    b = _local_broker(s, args.port)
    if args.action == "start":
        print(kafka_local.start(b, fresh=args.fresh))
        return 0
    if args.action == "stop":
        print(kafka_local.stop(b))
        return 0
    up, line = kafka_local.status(b)
    print(line)
    return 0 if up else 3


def cmd_demo(args: argparse.Namespace, s: Settings) -> int:
    from streams.cli.demo import run_demo

    return run_demo(s, samples=args.samples, as_json=args.json)


def cmd_audit(args: argparse.Namespace, s: Settings) -> int:
    from streams.cli.audit import run_audit

    return run_audit(s, timeout=args.timeout, show=args.show)


# --- the parser --------------------------------------------------------------------------------------------


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
