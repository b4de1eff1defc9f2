"""Golden regression check for the pure core: process() + BatchDeduper over a fixed corpus set.

    .venv/bin/python scripts/golden_core.py write /tmp/golden      # record the outputs
    .venv/bin/python scripts/golden_core.py check /tmp/golden      # compare against a recording
    .venv/bin/python scripts/golden_core.py check /tmp/golden --batch 32   # the same through process_batch()

``--batch N`` runs the inputs through ``process_batch()`` N at a time (the worker's path) instead of
``process()`` one by one: a check against a recording made either way must find no difference.

Inputs: every file of the shared corpus folders superdesk-core-fixtures, iptc-*, antara-*, the three
Reuters-21578 SGML files, the seed file, plus each Reuters record again as a plain-text item
(title + dateline + body: the path the core benchmark measures). Volatile fields are removed
(``ext.provenance.receivedAt``, derived ``versionCreated``, ``detectedAt``); the clock and the
received-at time are fixed, so everything else must be byte-identical.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import orjson

from streams.core.enrich import load_resources
from streams.core.formats.reuters_sgml import iter_records
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Outcome, process, process_batch
from streams.core.plan import BatchDeduper

# the shared corpus beside the checkout (../shared/corpus), wherever the checkout is
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
RECEIVED_AT = "2024-01-01T00:00:00.000000Z"
FOLDERS = ("superdesk-core-fixtures", "iptc-*", "antara-*", "seed")
REUTERS = ("reut2-000.sgm", "reut2-001.sgm", "reut2-002.sgm")


def inputs() -> Iterator[tuple[str, bytes]]:
    """(name, payload) pairs in a fixed order."""
    for pattern in FOLDERS:
        for folder in sorted(CORPUS.glob(pattern)):
            for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                yield str(path.relative_to(CORPUS)), path.read_bytes()
    for name in REUTERS:
        payload = (CORPUS / "reuters21578" / name).read_bytes()
        yield f"reuters21578/{name}", payload
        for i, rec in enumerate(iter_records(payload)):
            body = (rec.get("body") or "").strip()
            text = f"{rec.get('title', '')}\n\n{rec.get('dateline', '')} {body}\n"
            yield f"reuters21578/{name}#{i}.txt", text.encode()


def scrub(record: Any) -> Any:
    """Drop the volatile fields in place and return the record."""
    if not isinstance(record, dict):
        return record
    record.pop("detectedAt", None)
    ext = record.get("ext")
    if isinstance(ext, dict):
        provenance = ext.get("provenance")
        if isinstance(provenance, dict):
            provenance.pop("receivedAt", None)
        if "versionCreated" in (ext.get("derived") or []):
            record.pop("versionCreated", None)
        for value in ext.values():
            if isinstance(value, dict):
                value.pop("detectedAt", None)
    for value in record.values():
        if isinstance(value, dict):
            value.pop("detectedAt", None)
    return record


def outcomes(batch: int) -> Iterator[tuple[str, list[Outcome]]]:
    """(name, outcomes) per input: ``process()`` one by one (``batch`` 0), else ``process_batch()``."""
    resources = load_resources()
    named = (
        (
            name,
            RawItem(payload, {"filename": Path(name).name.split("#")[0]}, Origin("golden", 0, n, 0, Path(name).name)),
        )
        for n, (name, payload) in enumerate(inputs())
    )
    if not batch:
        for name, raw in named:
            yield name, process(raw, resources, received_at=RECEIVED_AT)
        return
    while chunk := list(islice(named, batch)):
        results = process_batch([raw for _, raw in chunk], resources, received_at=RECEIVED_AT)
        yield from zip((name for name, _ in chunk), results, strict=True)


def run(batch: int = 0) -> Iterator[tuple[str, bytes]]:
    """(name, serialised outcome lines) per input."""
    deduper = BatchDeduper(clock=lambda: 1_700_000_000.0)
    for n, (name, result) in enumerate(outcomes(batch)):
        lines = []
        for outcome in result:
            lines.append(_dump({"kind": outcome.kind, "record": scrub(_copy(outcome.record))}))
            if outcome.kind == "article":
                decision = deduper.admit(outcome.record, now=1_700_000_000.0 + n)
                summary = {f.name: getattr(decision, f.name) for f in dataclasses.fields(decision)}
                summary["article"] = scrub(_copy(decision.article)) if decision.article is not None else None
                summary["record"] = scrub(_copy(decision.record)) if decision.record is not None else None
                lines.append(_dump({"dedupe": summary}))
        yield name, b"\n".join(lines) + b"\n"


def _copy(record: Any) -> Any:
    """A deep copy (scrubbing must not touch what dedupe sees next)."""
    return orjson.loads(orjson.dumps(record, default=repr))


def _dump(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS, default=repr)


def _file(folder: Path, index: int) -> Path:
    return folder / f"{index:05d}.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=("write", "check"))
    ap.add_argument("folder", type=Path)
    ap.add_argument("--batch", type=int, default=0, help="process_batch() N inputs at a time (0: process())")
    args = ap.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    if args.mode == "check":  # actual/ holds this check's differences only, never an earlier run's
        shutil.rmtree(args.folder / "actual", ignore_errors=True)
    differ, total = 0, 0
    for index, (name, data) in enumerate(run(args.batch)):
        total += 1
        path = _file(args.folder, index)
        if args.mode == "write":
            path.write_bytes(name.encode() + b"\n" + data)
            continue
        expected = path.read_bytes() if path.exists() else b""
        if expected != name.encode() + b"\n" + data:
            differ += 1
            (args.folder / "actual").mkdir(exist_ok=True)
            _file(args.folder / "actual", index).write_bytes(name.encode() + b"\n" + data)
            if differ <= 20:
                print(f"DIFF {index:05d} {name}")
    print(f"{total} inputs, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
