"""Head of line in the worker's slices (branch hol12, issue 17): a large raw item is a batch and a slice of its
own, so the small items before it are sent before its core work starts and no small item waits inside its
stage-major batch; the slices still send, byte for byte, what ``ingest_step`` makes of each record. Also the
peak memory the batch path held between batches (the body-words memo)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
import xxhash

from streams.core import hashing
from streams.core.dedupe import MemoryState
from streams.core.model import RawItem
from streams.core.pipeline import Outcome
from streams.settings import Settings
from streams.worker import agents, ingest_agent
from streams.worker.app import create_app
from streams.worker.gaps import RawRecord
from streams.worker.sender import MemorySender
from tests.ninjs_items import STORY, ninjs_item
from tests.unit.test_batch11 import _Budget  # a take whose slices may run a fixed time

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT / "tests" / "fixtures" / "text"
CORPUS = ROOT.parent / "shared" / "corpus"


def _long_story(min_bytes: int) -> bytes:
    """A plain-text story over ``min_bytes``: the repo's text fixtures' paragraphs in turn, each numbered (the
    copy rules drop a repeated paragraph), until it is."""
    paragraphs = [p for f in sorted(TEXTS.glob("*.txt")) for p in f.read_text().split("\n\n") if p.strip()]
    out: list[str] = []
    while sum(len(p) + 2 for p in out) < min_bytes:
        out.append(f"({len(out)}) {paragraphs[len(out) % len(paragraphs)]}")
    return "\n\n".join(out).encode()


def _rec(offset: int, payload: bytes) -> RawRecord:
    return RawRecord("wire.raw", offset % 2, offset, 1_700_000_000_000, payload, [])


@pytest.fixture(scope="module")
def large() -> bytes:
    payload = _long_story(agents.LARGE_BYTES + 8_000)
    assert len(payload) >= agents.LARGE_BYTES
    return payload


def test_a_large_record_is_a_batch_of_its_own(large: bytes) -> None:
    small = ninjs_item("urn:x:1", "1", STORY)
    records = [_rec(i, large if i in (3, 4, 9) else small) for i in range(14)]
    assert agents.batch_end(records, 0, 64) == 3  # the small ones stop before it
    assert agents.batch_end(records, 0, 2) == 2  # and the count still holds
    assert agents.batch_end(records, 3, 64) == 4  # it alone, and the next large one alone
    assert agents.batch_end(records, 4, 64) == 5
    assert agents.batch_end(records, 5, 64) == 9
    assert agents.batch_end(records, 10, 64) == 14
    assert not agents.is_large(_rec(0, b"")) and not agents.is_large(RawRecord("t", 0, 0, None, None, []))


@pytest.mark.parametrize("threaded", [False, True])
def test_slices_end_at_a_large_record_and_send_what_ingest_step_sends(
    tmp_path: Path, resources: Any, large: bytes, monkeypatch: pytest.MonkeyPatch, threaded: bool
) -> None:
    from streams.worker.pacing import CoreRunner

    wiring = create_app(Settings(data_dir=tmp_path, routing_file="none", metrics_port=0, batch_within=0.01))
    payloads = [ninjs_item(f"urn:x:{i}", "1", STORY) for i in range(10)]
    payloads[4:4] = [large]
    payloads[7:7] = [b"  ", large.replace(b"\n\n", b"\n\n\n", 1)]  # a dead letter, then a second large one
    records = [_rec(100 + i, p) for i, p in enumerate(payloads)]
    batches: list[list[int]] = []
    slices: list[tuple[int, int]] = []
    real_batch, real_slice = agents.process_batch, agents.ingest_slice

    def spy_batch(raws: list[RawItem], *args: Any, **kwargs: Any) -> list[list[Outcome]]:
        batches.append([r.origin.offset for r in raws])
        return real_batch(raws, *args, **kwargs)

    def spy_slice(recs: list[RawRecord], start: int, *args: Any) -> Any:
        outs, end = real_slice(recs, start, *args)
        slices.append((start, end))
        return outs, end

    monkeypatch.setattr(ingest_agent, "process_batch", spy_batch)  # where ingest_records looks them up
    monkeypatch.setattr(ingest_agent, "ingest_slice", spy_slice)
    sender = MemorySender()
    ctx = agents.build_context(wiring, sender=sender, state=MemoryState())
    ctx.core = CoreRunner(threaded)
    ctx.clock = lambda: 1_790_000_000.0
    ctx.raw_take = _Budget(3600.0)  # type: ignore[assignment]  # only a large record ends a slice
    ctx.sizer = agents.SliceSizer(per_item_s=0.001)
    observed: list[int] = []
    real_observe = ctx.sizer.observe
    monkeypatch.setattr(ctx.sizer, "observe", lambda s, n: (observed.append(n), real_observe(s, n))[1])
    try:
        want = [out for rec in records for out in agents.ingest_step(rec, ctx)]
        asyncio.run(agents.ingest_records(records, ctx))
    finally:
        ctx.close()
    # records 104 and 108 are large: each alone, in a slice of its own; the small ones around them batched
    assert batches == [[100, 101, 102, 103], [104], [105, 106, 107], [108], [109, 110, 111, 112]]
    assert slices == [(0, 4), (4, 5), (5, 8), (8, 9), (9, 13)]
    got = sender.pending
    assert [(o.topic, o.key, o.value, o.headers) for o in got] == [(o.topic, o.key, o.value, o.headers) for o in want]
    assert observed == [4, 3, 4]  # only the small records' batches moved the sizer


def test_the_body_memo_holds_no_large_body_past_the_next_one(resources: Any, large: bytes) -> None:
    """The memo of the bodies' words is bounded (``BODY_MEMO_CHARS``): a large body is dropped at the next
    body, and a batch of stories fits in it (the signature then reuses the hash's words)."""
    from streams.core.model import Origin
    from streams.core.pipeline import Limits, process_batch

    big = _long_story(2 * hashing.BODY_MEMO_CHARS)
    raws = [RawItem(p, {"filename": f"{i}.txt"}, Origin("t", 0, i, 0, None)) for i, p in enumerate([big, large])]
    hashing._BODY_WORDS.clear()
    hashing._BODY_CHARS[0] = 0
    (first,), (second,) = process_batch(raws, resources, Limits())
    assert first.kind == second.kind == "article"
    assert first.record["bodies"][0]["charCount"] > hashing.BODY_MEMO_CHARS  # the large body was held, then
    assert [len(text) for text in hashing._BODY_WORDS] == [second.record["bodies"][0]["charCount"]]  # dropped
    text = _long_story(3_900).decode()  # a long wire story: a full batch of them fits the bound
    stories = [
        ninjs_item(f"urn:m:{i}", "1", f"{text}\n\nThe council has met {i + 2} times this year.")
        for i in range(agents.BATCH_MAX)
    ]
    hashing._BODY_WORDS.clear()
    hashing._BODY_CHARS[0] = 0
    outs = process_batch([RawItem(p, {}, Origin("t", 0, i, 0, None)) for i, p in enumerate(stories)], resources)
    assert all(o.kind == "article" for (o,) in outs)
    assert len(hashing._BODY_WORDS) == agents.BATCH_MAX  # the batch's bodies, all still held


def _minhash_sorting_all(words: list[bytes]) -> tuple[int, ...]:
    """The MinHash as it was before the near-start path: every shingle's hash sorted (the reference)."""
    from bisect import bisect_left

    shingles = [b" ".join(words[i : i + 3]) for i in range(len(words) - 2)] if len(words) >= 3 else [b" ".join(words)]
    values = sorted(map(xxhash.xxh32_intdigest, shingles))
    values.append(values[0] + (1 << 32))
    starts = [b * ((1 << 32) // hashing.NUM_BINS) for b in range(hashing.NUM_BINS)]
    return tuple(values[bisect_left(values, s, 0, len(values) - 1)] - s for s in starts)


def _reuters_words(records: int) -> list[bytes]:
    """The words of the first ``records`` Reuters-21578 bodies in one text (real, hardly repeated copy)."""
    from streams.core.formats.reuters_sgml import iter_records

    sgml = CORPUS / "reuters21578" / "reut2-000.sgm"
    if not sgml.is_file():
        pytest.skip(f"shared corpus not found at {CORPUS} (long real text for the MinHash near path)")
    bodies = [rec.get("body") or "" for _, rec in zip(range(records), iter_records(sgml.read_bytes()), strict=False)]
    return hashing._tokens("\n\n".join(bodies))


def test_minhash_of_a_long_body_is_the_one_every_hash_sorted_gives(large: bytes) -> None:
    """A long body's MinHash sorts only the hashes near their bin's start; the signature must be the same as
    sorting them all: for long real text, around the threshold, and where bins are empty under the cut (a
    repetitive text: few distinct shingles; the path must notice and sort all)."""
    words = _reuters_words(600)
    assert len(words) > 4 * hashing._NEAR_FROM
    repetitive = hashing._tokens(large.decode())
    cases = [words, words[: hashing._NEAR_FROM + 1], words[: hashing._NEAR_FROM + 2], words[:500], repetitive]
    cases += [[b"rates", b"held", b"again"] * 3_000, [b"a", b"b"] * 5_000, words[:40] * 200]
    for case in cases:
        assert hashing.minhash(case) == _minhash_sorting_all(case)

    def near(case: list[bytes]) -> tuple[int, ...] | None:
        shingles = [b" ".join(case[i : i + 3]) for i in range(len(case) - 2)]
        return hashing._near_starts(list(map(xxhash.xxh32_intdigest, shingles)))

    assert near(words) is not None and near(words[: hashing._NEAR_FROM + 2]) is not None  # the path was taken
    assert near(cases[5]) is None and near(cases[6]) is None  # empty bins under the cut: every hash sorted
