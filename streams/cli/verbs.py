"""The ``wirefeed`` verbs: one ``cmd_*`` function per verb, called with the parsed arguments and the settings.

``streams.cli.parser`` builds the command line and points each verb at its function here; ``streams.cli.main``
runs the one asked for. Each returns the exit status its ``--help`` documents.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from streams.errors import ConfigError
from streams.settings import Settings


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
