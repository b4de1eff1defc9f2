"""Coverage-guided fuzzing of the whole pure pipeline with atheris (libFuzzer for Python).

Why: the hypothesis fuzz (``tests/unit/test_fuzz.py``) mutates blindly; libFuzzer keeps inputs that
reach new branches of the parsers, so it digs into odd corners (encodings, framing, entity handling)
that blind mutation rarely hits. Same properties as the hypothesis test: ``process()`` never raises,
every input yields ≥1 outcome, every record serialises with orjson, dead-letter reasons come from
``reasons.ALL`` and ``internal_error`` (a bug) is a crash.

    .venv/bin/python scripts/fuzz_atheris.py --seconds 60            # seeds: tests/fixtures (+ corpus)
    .venv/bin/python scripts/fuzz_atheris.py --seconds 600 --validate # also check the JSON contracts
    .venv/bin/python scripts/fuzz_atheris.py path/to/crash-file       # replay one input

The first input byte picks the ``format`` header (a parser, or none = sniffing); the rest is the payload.
Seeds are copied (cut to ``--max-len``) into ``<artifacts>/corpus`` (kept between runs, so a long run's
finds seed the next; the repository is never written); crash inputs land in ``--artifacts`` (default
``.wirefeed/fuzz``). libFuzzer ends the process itself: exit 0 = no crash within the time. The outcome
tally is printed every ``REPORT_EVERY`` inputs (libFuzzer prints its own ``#N DONE`` line and stats).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402 - after the path set-up above
import orjson  # noqa: E402

with atheris.instrument_imports(include=["streams"]):
    from streams.core import reasons
    from streams.core.formats import registry
    from streams.core.model import RawItem
    from streams.core.pipeline import Limits, process

    PARSERS: list[str | None] = [None, *(p.name for p in registry.parsers())]  # imports every parser

LIMITS = Limits(max_bytes=256 * 1024)
SEED_DIRS = (ROOT / "tests" / "fixtures", ROOT.parent / "shared" / "corpus")
REPORT_EVERY = 2000
STATS: Counter[str] = Counter()
_STATE: dict[str, Any] = {}


def check(data: bytes) -> None:
    """One libFuzzer input: byte 0 chooses the format header, the rest is the payload."""
    fmt = PARSERS[data[0] % len(PARSERS)] if data else None
    payload = data[1:]
    headers = {"filename": "fuzz.bin"}
    if fmt:
        headers["format"] = fmt
    raw = RawItem(payload, headers)
    outcomes = process(raw, _STATE["resources"], LIMITS, received_at="2026-01-01T00:00:00Z")
    if not outcomes:
        raise AssertionError("process() returned no outcome")
    for o in outcomes:
        orjson.dumps(o.record)
        if o.kind == "deadletter":
            reason = o.record["error"]["reason"]
            if reason not in reasons.ALL or reason == reasons.INTERNAL_ERROR:
                raise AssertionError(f"{reason} via {fmt or 'sniffing'}: {o.record['error']['message']}")
            STATS[reason] += 1
        else:
            STATS["article"] += 1
        if _STATE.get("validate"):
            from tests.contract import validate_outcome

            validate_outcome(o.kind, o.record)
    STATS["inputs"] += 1
    if STATS["inputs"] % REPORT_EVERY == 0:
        print(
            f"[atheris] inputs={STATS['inputs']} outcomes: "
            + ", ".join(f"{k}={v}" for k, v in sorted(STATS.items()) if k != "inputs"),
            flush=True,
        )


def seed_corpus(target: Path, max_len: int) -> int:
    """Copy real files (cut to ``max_len - 1``) into ``target``, each with a format byte of 0 (sniffing)."""
    n = 0
    for folder in SEED_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            with open(path, "rb") as fh:
                data = b"\x00" + fh.read(max_len - 1)
            (target / hashlib.sha1(data).hexdigest()).write_bytes(data)
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", help="replay these files instead of fuzzing")
    ap.add_argument("--seconds", type=int, default=60, help="fuzzing time (libFuzzer -max_total_time)")
    ap.add_argument("--max-len", type=int, default=16384, help="largest input libFuzzer makes")
    ap.add_argument("--runs", type=int, default=-1, help="stop after N inputs (-1: no limit)")
    ap.add_argument("--validate", action="store_true", help="also validate every record against its schema")
    ap.add_argument("--artifacts", default=str(ROOT / ".wirefeed" / "fuzz"), help="where crash inputs go")
    args, extra = ap.parse_known_args(argv)

    from streams.core.enrich import load_resources

    _STATE["resources"] = load_resources()
    _STATE["validate"] = args.validate
    if args.inputs:
        for name in args.inputs:
            check(Path(name).read_bytes())
            print(f"ok: {name}")
        return 0
    artifacts = Path(args.artifacts)
    corpus = artifacts / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    seeds = seed_corpus(corpus, args.max_len)
    print(f"[atheris] {seeds} seed(s) into {corpus}, {args.seconds}s, max_len {args.max_len}", flush=True)
    fuzz_argv = [
        sys.argv[0],
        str(corpus),
        f"-max_total_time={args.seconds}",
        f"-max_len={args.max_len}",
        f"-runs={args.runs}",
        f"-artifact_prefix={artifacts}/",
        "-print_final_stats=1",
        "-timeout=20",
        "-rss_limit_mb=3072",
        *extra,
    ]
    atheris.Setup(fuzz_argv, lambda data: check(bytes(data)))
    atheris.Fuzz()  # does not return: libFuzzer exits with 0 (time is up) or non-zero (a crash)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
