"""Mutation fuzzing of every registered parser and of the whole pipeline (issue "Reliability").

Why: parsers are hand-written against real agency files; real feeds break in ways fixtures do not
(truncated transfers, flipped bytes, two files glued together, binary junk). The properties the
worker relies on are checked on thousands of mutated real files:

* ``parser.parse`` returns ``ParsedItem``s or raises :class:`streams.errors.ParseError`, nothing else;
* :func:`streams.core.pipeline.process` (with the ``format`` header forcing that parser) never raises,
  yields at least one outcome, and every outcome is a contract-valid article or dead letter with a
  reason from ``reasons.ALL`` (``internal_error`` = a bug, so it fails here);
* every record serialises with orjson (the worker's ``orjson.dumps`` must not raise on it:
  a lone surrogate would crash the worker in a loop).

Seeds: ``tests/fixtures/**`` always, plus the shared corpus when present (``/work/shared/corpus``).
Each seed is cut to its first ``SEED_BYTES`` so one example stays cheap (enrichment cost grows with text).

Budget: profile ``ci`` (default, derandomized, ``FUZZ_EXAMPLES`` examples per parser, ~60 s on 2 cores);
``WIREFEED_FUZZ_PROFILE=deep`` (random, 2,000 per parser) for a longer local hunt. Run with ``-s`` to see
the count of inputs tried and outcomes by kind/reason; the totals are also written at module end.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from streams.core import reasons
from streams.core.formats import registry
from streams.core.model import ParsedItem, RawItem
from streams.core.pipeline import Limits, process
from streams.errors import ParseError
from tests.conftest import CORPUS, FIXTURES
from tests.contract import article_errors, deadletter_errors

SEED_BYTES = 24 * 1024
FUZZ_EXAMPLES = int(os.environ.get("WIREFEED_FUZZ_EXAMPLES", "110"))
LIMITS = Limits(max_bytes=256 * 1024)

settings.register_profile(
    "ci",
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate),  # no shrinking: keeps a failing CI run bounded
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile(
    "deep",
    max_examples=2000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
PROFILE = settings.get_profile(os.environ.get("WIREFEED_FUZZ_PROFILE", "ci"))

PARSER_NAMES = [p.name for p in registry.parsers()]

# Tokens that matter to some format: markup, entities, JSON, SGML/ANPA control bytes, encodings.
TOKENS: tuple[bytes, ...] = (
    b"<",
    b">",
    b"</",
    b"/>",
    b"&",
    b"&amp;",
    b"&#0;",
    b"&#xD800;",
    b"&nbsp;",
    b"&undefined;",
    b"<![CDATA[",
    b"]]>",
    b"<!--",
    b"-->",
    b"<?xml version='1.0' encoding='iso-8859-1'?>",
    b'encoding="utf-16"',
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"<!DOCTYPE nitf SYSTEM 'nitf.dtd'>",
    b"xmlns=",
    b"xmlns:ns0=",
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b"\\u0000",
    b"\\ud800",
    b":",
    b",",
    b"null",
    b"true",
    b"1e999",
    b'"headline":',
    b'"body_html":',
    b'"bodies":',
    b'"uri":',
    b"\x00",
    b"\x01",
    b"\x02",
    b"\x03",
    b"\x16",
    b"\x1f",
    b"\r\n",
    b"\n\n",
    b"\t",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xc3\x28",
    b"\xe2\x80",
    b"\xa0",
    b"\xff",
    b"<REUTERS>",
    b"</REUTERS>",
    b"<BODY>",
    b"<TITLE>",
    b"Baca juga:",
    b"Pewarta:",
    b"Copyright \xc2\xa9 ANTARA 2024",
    b"JAKARTA (ANTARA) - ",
    b"(Reuters) - ",
    b"\xe2\x80\x9c",
    b'"',
)


def _seed_files() -> Iterator[Path]:
    yield from sorted(p for p in FIXTURES.rglob("*") if p.is_file())
    if CORPUS.is_dir():
        yield from sorted(p for p in CORPUS.rglob("*") if p.is_file())


def _load_seeds() -> list[tuple[str, bytes]]:
    seeds = []
    for path in _seed_files():
        with open(path, "rb") as fh:
            data = fh.read(SEED_BYTES)
        if data:
            seeds.append((path.name, data))
    return seeds


SEEDS = _load_seeds()


def _own_seeds() -> dict[str, list[tuple[str, bytes]]]:
    """Seeds by the parser that sniffing picks for them: each parser is fuzzed mostly on its own format."""
    own: dict[str, list[tuple[str, bytes]]] = {name: [] for name in PARSER_NAMES}
    for name, data in SEEDS:
        try:
            own[registry.select(data, {}).name].append((name, data))
        except ParseError:
            continue
    return own


OWN_SEEDS = _own_seeds()
TALLY: Counter[str] = Counter()  # module totals, printed at the end


def _mutate(data: bytes, ops: list[tuple[Any, ...]]) -> bytes:
    """Apply byte-level mutations in order (positions wrap around the current length)."""
    buf = bytearray(data)
    for op in ops:
        kind = op[0]
        n = len(buf)
        if kind == "flip" and n:
            buf[op[1] % n] ^= op[2] or 1
        elif kind == "truncate" and n:
            del buf[op[1] % n :]
        elif kind == "insert":
            pos = op[1] % (n + 1)
            buf[pos:pos] = op[2] * op[3]
        elif kind == "delete" and n:
            pos = op[1] % n
            del buf[pos : pos + op[2]]
        elif kind == "splice":
            other = SEEDS[op[2] % len(SEEDS)][1]
            start = op[3] % max(len(other), 1)
            pos = op[1] % (n + 1)
            buf[pos:pos] = other[start : start + op[4]]
        elif kind == "duplicate" and n:
            pos = op[1] % n
            chunk = bytes(buf[pos : pos + op[2]])
            buf[pos:pos] = chunk * op[3]
    return bytes(buf)


_pos = st.integers(0, 1 << 20)
_op = st.one_of(
    st.tuples(st.just("flip"), _pos, st.integers(1, 255)),
    st.tuples(st.just("truncate"), _pos),
    st.tuples(
        st.just("insert"),
        _pos,
        st.one_of(st.sampled_from(TOKENS), st.binary(min_size=1, max_size=32)),
        st.integers(1, 8),
    ),
    st.tuples(st.just("delete"), _pos, st.integers(1, 512)),
    st.tuples(st.just("splice"), _pos, st.integers(0, 1 << 16), _pos, st.integers(1, 4096)),
    st.tuples(st.just("duplicate"), _pos, st.integers(1, 256), st.integers(1, 16)),
)


@st.composite
def payloads(draw: st.DrawFn, parser_name: str | None = None) -> tuple[str, bytes]:
    """A mutated real file (mostly of ``parser_name``'s own format), or plain random bytes."""
    roll = draw(st.integers(0, 9))
    if roll == 0:
        return "random.bin", draw(st.binary(max_size=4096))
    own = OWN_SEEDS.get(parser_name or "", [])
    name, data = draw(st.sampled_from(own if own and roll > 2 else SEEDS))
    return name, _mutate(data, draw(st.lists(_op, min_size=0, max_size=5)))


def _check_outcomes(name: str, payload: bytes, headers: dict[str, str]) -> Counter[str]:
    """Run the pipeline on one input and assert the worker-facing properties; returns outcome counts."""
    raw = RawItem(payload, headers)
    try:
        outcomes = process(raw, _RESOURCES[0], LIMITS, received_at="2026-01-01T00:00:00Z")
    except BaseException as exc:  # process() promises never to raise
        raise AssertionError(f"process() raised {type(exc).__name__}: {exc} on {name} {payload[:200]!r}") from exc
    assert outcomes, f"no outcome for {name} {payload[:200]!r}"
    seen: Counter[str] = Counter()
    for o in outcomes:
        try:
            orjson.dumps(o.record)
        except TypeError as exc:
            raise AssertionError(f"{o.kind} does not serialise ({exc}) for {name} {payload[:200]!r}") from exc
        if o.kind == "article":
            errs = article_errors(o.record)
            seen["article"] += 1
        else:
            assert o.kind == "deadletter", o.kind
            errs = deadletter_errors(o.record)
            reason = o.record["error"]["reason"]
            assert reason in reasons.ALL, reason
            assert reason != reasons.INTERNAL_ERROR, (
                f"internal_error (a bug) on {headers.get('format')} {name}: {o.record['error']['message']} "
                f"{payload[:300]!r}"
            )
            seen[f"deadletter:{reason}"] += 1
        assert not errs, (
            f"{o.kind} breaks its contract ({headers.get('format')} {name}): {errs[:5]} input {payload[:300]!r}"
        )
    return seen


_RESOURCES: list[Any] = []


@pytest.fixture(scope="module", autouse=True)
def _module(resources: Any, request: pytest.FixtureRequest) -> Iterator[None]:
    """Share the enrichment resources; print the module totals at the end (also without ``-s``)."""
    _RESOURCES[:] = [resources]
    t0 = time.monotonic()
    yield
    tried = TALLY.pop("inputs", 0)
    kinds = ", ".join(f"{k}={v}" for k, v in sorted(TALLY.items()))
    line = f"[fuzz] total inputs tried={tried} in {time.monotonic() - t0:.1f}s; outcomes: {kinds}"
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if capture is not None:  # shown with and without -s
        with capture.global_and_fixture_disabled():
            print("\n" + line, flush=True)
    else:
        print("\n" + line)


@pytest.mark.parametrize("parser_name", PARSER_NAMES)
def test_fuzz_parser_and_pipeline(parser_name: str) -> None:
    """Mutated real files through one parser directly, then through process() with format forced."""
    parser = registry.by_name(parser_name)
    assert parser is not None
    local: Counter[str] = Counter()

    @PROFILE
    @given(payloads(parser_name))
    def run(sample: tuple[str, bytes]) -> None:
        name, payload = sample
        headers = {"format": parser_name, "filename": name}
        try:
            items = parser.parse(payload, headers)
        except ParseError as exc:
            assert exc.reason in reasons.ALL, exc.reason
            local["parse:ParseError"] += 1
        except BaseException as exc:
            raise AssertionError(
                f"{parser_name}.parse raised {type(exc).__name__} (not ParseError): {exc} on {name} {payload[:300]!r}"
            ) from exc
        else:
            assert isinstance(items, list) and all(isinstance(i, ParsedItem) for i in items), type(items)
            local["parse:items"] += 1
        local.update(_check_outcomes(name, payload, headers))
        local["inputs"] += 1

    try:
        run()
    finally:
        TALLY.update(local)
        summary = ", ".join(f"{k}={v}" for k, v in sorted(local.items()) if k != "inputs")
        print(f"\n[fuzz] {parser_name}: inputs tried={local['inputs']} ({summary})")


def test_fuzz_sniffing_pipeline() -> None:
    """The same inputs without a ``format`` header: whatever parser sniffing picks, same properties."""
    local: Counter[str] = Counter()

    @PROFILE
    @given(payloads())
    def run(sample: tuple[str, bytes]) -> None:
        name, payload = sample
        local.update(_check_outcomes(name, payload, {"filename": name}))
        local["inputs"] += 1

    try:
        run()
    finally:
        TALLY.update(local)
        summary = ", ".join(f"{k}={v}" for k, v in sorted(local.items()) if k != "inputs")
        print(f"\n[fuzz] sniffing: inputs tried={local['inputs']} ({summary})")


def test_seeds_are_loaded() -> None:
    """The fuzz is only as good as its seeds: the repo fixtures alone give every format family."""
    names = {name for name, _ in SEEDS}
    assert len(SEEDS) >= 20, len(SEEDS)
    assert {"reuters_sample.sgm", "rss_sample.xml", "records_sample.csv"} <= names
    print("\n[fuzz] seeds by sniffed parser: " + ", ".join(f"{k}={len(v)}" for k, v in OWN_SEEDS.items()))
