"""The ``wirefeed`` command: worker, push, tail, process, audit, kafka start|stop|status, demo."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import orjson

from streams import __version__
from streams.errors import ConfigError, ServiceError
from streams.settings import Settings, load


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


def _inputs(paths: Sequence[str]) -> Iterator[tuple[str, bytes]]:
    """``(name, bytes)`` for every file named (folders recursively) or for stdin (``-``)."""
    from streams.client import iter_paths

    for raw in paths:
        if raw == "-":
            yield "<stdin>", sys.stdin.buffer.read()
        else:
            for path in iter_paths([raw]):
                yield str(path), path.read_bytes()


def cmd_push(args: argparse.Namespace, s: Settings) -> int:
    from streams.client import Outgoing, push

    items = []
    for name, payload in _inputs(args.paths):
        headers = {"filename": Path(name).name}
        if args.source:
            headers["source"] = args.source
        if args.format:
            headers["format"] = args.format
        items.append(Outgoing(payload, headers))
    progress = _Progress(len(items))
    sent = len(asyncio.run(push(s, items, topic=args.topic, on_sent=progress)))
    progress.close()
    total_bytes = sum(len(i.payload) for i in items)
    print(f"pushed {sent} item(s), {total_bytes} bytes, to {args.topic or s.topic_raw} at {s.broker}",
          file=sys.stderr)
    return 0 if sent == len(items) else 1


def cmd_tail(args: argparse.Namespace, s: Settings) -> int:
    from streams.client import records

    async def run() -> int:
        n = 0
        async for msg, key, value, headers in records(s, args.topic or s.topic_articles,
                                                      from_beginning=args.from_beginning, limit=args.n,
                                                      timeout=args.timeout):
            n += 1
            try:
                body = orjson.loads(value) if value is not None else None
            except orjson.JSONDecodeError:
                body = {"raw": (value or b"").decode("utf-8", "replace")}
            if args.meta:
                _write_json({"topic": msg.topic, "partition": msg.partition, "offset": msg.offset,  # type: ignore[attr-defined]
                             "key": key.decode("utf-8", "replace") if key else None, "headers": headers,
                             "value": body})
            else:
                _write_json(body)
        return n

    count = asyncio.run(run())
    if args.n is not None and count < args.n:
        print(f"tail: {count} of {args.n} record(s) within {args.timeout:g}s", file=sys.stderr)
        return 1
    return 0


def cmd_process(args: argparse.Namespace, s: Settings) -> int:
    from streams.offline import process_inputs

    for record in process_inputs(_inputs(args.paths), s, dedupe=not args.no_dedupe,
                                 format_hint=args.format, source=args.source):
        _write_json(record)
    return 0


def cmd_worker(args: argparse.Namespace, s: Settings) -> int:
    from streams.worker import run_worker

    return run_worker(s, loglevel=args.loglevel)


def _local_broker(s: Settings, port: int | None):  # type: ignore[no-untyped-def]
    from streams import kafka_local

    if port is None:
        port = int(s.bootstrap_servers[0].rsplit(":", 1)[1])
    return kafka_local.broker_for(port, s.data_dir)


def cmd_kafka(args: argparse.Namespace, s: Settings) -> int:
    from streams import kafka_local

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
    from streams.demo import run_demo

    return run_demo(s, samples=args.samples)


def cmd_audit(args: argparse.Namespace, s: Settings) -> int:
    from streams.audit import run_audit

    return run_audit(s, timeout=args.timeout, show=args.show)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wirefeed", description=__doc__)
    p.add_argument("--version", action="version", version=f"wirefeed {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    w = sub.add_parser("worker", help="run the Faust worker (WIREFEED_* settings)")
    w.add_argument("-l", "--loglevel", default="warning")
    w.set_defaults(func=cmd_worker)

    pu = sub.add_parser("push", help="send files, folders (recursively) or stdin (-) to wire.raw")
    pu.add_argument("paths", nargs="+")
    pu.add_argument("--source", help="provider name header (e.g. antara, reuters)")
    pu.add_argument("--format", help="explicit parser name (skips sniffing)")
    pu.add_argument("--topic", help="target topic (default: WIREFEED_TOPIC_RAW)")
    pu.set_defaults(func=cmd_push)

    t = sub.add_parser("tail", help="print records of a topic as JSON lines")
    t.add_argument("--topic", help="topic (default: wire.articles)")
    t.add_argument("--from-beginning", action="store_true")
    t.add_argument("-n", type=int, default=None, help="exit after N records")
    t.add_argument("--timeout", type=float, default=30.0, help="exit after S seconds (default 30)")
    t.add_argument("--meta", action="store_true", help="wrap each record with topic/partition/offset/key/headers")
    t.set_defaults(func=cmd_tail)

    pr = sub.add_parser("process", help="run the pure pipeline without Kafka; one JSON line per item")
    pr.add_argument("paths", nargs="+")
    pr.add_argument("--source")
    pr.add_argument("--format")
    pr.add_argument("--no-dedupe", action="store_true", help="do not apply dedupe decisions across inputs")
    pr.set_defaults(func=cmd_process)

    a = sub.add_parser("audit", help="reconcile wire.raw against the output topics")
    a.add_argument("--timeout", type=float, default=20.0)
    a.add_argument("--show", type=int, default=20, help="list up to N missing/doubled items")
    a.set_defaults(func=cmd_audit)

    k = sub.add_parser("kafka", help="the local Apache Kafka broker (KRaft, from Maven Central jars)")
    k.add_argument("action", choices=["start", "stop", "status"])
    k.add_argument("--port", type=int, default=None, help="broker port (default: from WIREFEED_BROKER, 9092)")
    k.add_argument("--fresh", action="store_true", help="wipe this port's data folder first")
    k.set_defaults(func=cmd_kafka)

    d = sub.add_parser("demo", help="broker + worker + sample items, print the enriched articles")
    d.add_argument("--samples", action="append", help="folder or file to push (default: samples/)")
    d.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.command != "worker":
        logging.getLogger("aiokafka").setLevel(logging.ERROR)
    try:
        settings = load()
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
