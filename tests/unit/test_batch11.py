"""``process_batch`` gives, per raw item, exactly what ``process`` gives (branch batch11, issue 17).

The batch path runs the same stages in another order (each enricher over every article of the batch before
the next enricher), so what can go wrong is state one article leaves for another: a memo keyed too loosely,
an enricher reading the "last" text, an exception that stops the batch instead of its article, a dead letter
in the wrong slot of a container. Each test runs both paths over the same inputs and compares every outcome
(serialised whole); the inputs are the repo's fixtures and samples (always), the shared corpus's agency files
and Reuters records (when present), and hostile items: empty, blank, too large, unparseable, hostile XML,
containers with rejected members and members left without text.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pytest

import streams.core.pipeline as pipeline
from streams.core.enrich import Resources, dates, quotes
from streams.core.formats.reuters_sgml import iter_records
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Limits, Outcome, process, process_batch

ROOT = Path(__file__).resolve().parents[2]
AT = "2026-12-06T12:00:00Z"
LIMITS = Limits(max_bytes=400_000)  # small enough for the oversized item below to be refused


def _raw(payload: bytes, name: str, offset: int) -> RawItem:
    return RawItem(payload, {"filename": name}, Origin("t.raw", 0, offset, 0, name))


def _dump(outcomes: list[Outcome]) -> bytes:
    return orjson.dumps([(o.kind, o.record) for o in outcomes], option=orjson.OPT_SORT_KEYS, default=repr)


def _hostile() -> list[tuple[str, bytes]]:
    """Items every path must turn into the same dead letters (or articles) at the same indices."""
    member = {"uri": "urn:t:1", "type": "text", "headline": "Rates held", "body_text": "The bank held rates on Monday."}
    no_text = {"uri": "urn:t:2", "type": "text", "headline": "   ", "body_text": "  "}
    return [
        ("empty.txt", b""),
        ("blank.txt", b" \r\n\t\x00\xef\xbb\xbf "),
        ("large.txt", b"JAKARTA (ANTARA) - " + b"word " * 100_000),
        ("garbage.bin", bytes(range(256)) * 8),
        ("array.json", orjson.dumps([member, 7, no_text, "text", {**member, "uri": "urn:t:3"}])),
        (
            "wordpress.xml",
            b'<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
            b"<title>T</title><item><title>Menu</title><wp:post_type>nav_menu_item</wp:post_type></item>"
            b"<item><title>Floods hit Jakarta</title><description>Floods hit the capital on Monday, officials said."
            b"</description><wp:post_type>post</wp:post_type></item></channel></rss>",
        ),
        ("truncated.xml", b"<?xml version='1.0'?><nitf><body><body.content><p>Cut off"),
    ]


def _repo_inputs() -> list[tuple[str, bytes]]:
    files = [p for d in ("tests/fixtures", "samples") for p in sorted((ROOT / d).rglob("*")) if p.is_file()]
    return [(p.name, p.read_bytes()) for p in files if p.suffix not in (".md",)]


def _corpus_inputs(corpus: Path, reuters: int) -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for pattern in ("superdesk-core-fixtures", "iptc-*", "seed"):
        for folder in sorted(corpus.glob(pattern)):
            out += [(p.name, p.read_bytes()) for p in sorted(folder.rglob("*")) if p.is_file()]
    sgml = corpus / "reuters21578" / "reut2-001.sgm"
    if sgml.is_file():
        for i, rec in enumerate(iter_records(sgml.read_bytes())):
            if i >= reuters:
                break
            body = (rec.get("body") or "").strip()
            out.append((f"r{i}.txt", f"{rec.get('title', '')}\n\n{rec.get('dateline', '')} {body}\n".encode()))
    return out


def _compare(inputs: list[tuple[str, bytes]], resources: Resources, sizes: Iterable[int]) -> Counter[str]:
    """Both paths over ``inputs`` (batches of each size, in a shuffled order too); returns the outcome kinds."""
    raws = [_raw(payload, name, i) for i, (name, payload) in enumerate(inputs)]
    want = [_dump(process(raw, resources, LIMITS, received_at=AT)) for raw in raws]
    for size in sizes:
        got: list[bytes] = []
        for start in range(0, len(raws), size):
            got += [_dump(o) for o in process_batch(raws[start : start + size], resources, LIMITS, received_at=AT)]
        assert len(got) == len(raws)
        differ = [inputs[i][0] for i, (a, b) in enumerate(zip(want, got, strict=True)) if a != b]
        assert not differ, f"batch size {size}: {len(differ)} differ, e.g. {differ[:5]}"
    order = list(range(len(raws)))
    random.Random(11).shuffle(order)
    shuffled = process_batch([raws[i] for i in order], resources, LIMITS, received_at=AT)
    assert [want[i] for i in order] == [_dump(o) for o in shuffled]
    kinds: Counter[str] = Counter()
    for raw in raws:
        for o in process(raw, resources, LIMITS, received_at=AT):
            kinds["article" if o.kind == "article" else o.record["error"]["reason"]] += 1
    return kinds


def test_batch_equals_process_on_repo_items(resources: Resources) -> None:
    kinds = _compare(_repo_inputs() + _hostile(), resources, (1, 3, 32, 1000))
    # the inputs reach every path the batch must keep apart: articles and each kind of dead letter
    assert kinds["article"] >= 20
    for reason in ("empty", "too_large", "not_an_article", "malformed_json", "no_text"):
        assert kinds[reason] >= 1, (reason, kinds)


def test_batch_equals_process_on_corpus(corpus: Path, resources: Resources) -> None:
    inputs = _corpus_inputs(corpus, reuters=300) + _hostile()
    kinds = _compare(inputs, resources, (7, 32, 64))
    assert kinds["article"] >= 400, kinds


def test_received_at_from_header_and_clock(resources: Resources) -> None:
    """Without ``received_at`` each raw item takes its header's, else the clock's, as in ``process``."""
    text = b"JAKARTA (ANTARA) - Indonesia's central bank held its rate on Monday, the governor said.\n"
    raws = [
        RawItem(text, {"received-at": "2026-12-01T00:00:00Z"}, Origin("t.raw", 0, 0, 0, None)),
        RawItem(text, {}, Origin("t.raw", 0, 1, 0, None)),
    ]
    clock = lambda: 1_790_000_000.0  # noqa: E731
    want = [_dump(process(raw, resources, clock=clock)) for raw in raws]
    assert [_dump(o) for o in process_batch(raws, resources, clock=clock)] == want
    assert want[0] != want[1]


def _marked(article: dict[str, Any]) -> bool:
    return "Kaboom" in str(article.get("headlines"))


def _items(n: int, mark: int) -> list[RawItem]:
    base = "JAKARTA (ANTARA) - The Indonesian government said on Monday it would build {} new ports in Papua.\n"
    heads = [("Kaboom ports plan\n\n" if i == mark else f"Ports plan {i}\n\n") for i in range(n)]
    return [_raw((h + base.format(i + 2)).encode(), f"p{i}.txt", i) for i, h in enumerate(heads)]


@pytest.mark.parametrize("where", ["dates", "hash"])
def test_a_stage_raising_dead_letters_only_its_article(
    where: str, resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception in one article's enricher (or its hash) makes that article an ``internal_error`` dead
    letter, as ``process`` makes it; it gets no later enricher; every other article is published unchanged."""
    raws = _items(6, mark=2)
    clean = [_dump(process(raw, resources, received_at=AT)) for raw in raws]
    if where == "dates":
        real = dates.enrich

        def boom(article: dict[str, Any], text: str | None = None) -> None:
            if _marked(article):
                raise RuntimeError("dates broke")
            real(article, text)

        monkeypatch.setattr(dates, "enrich", boom)
    else:
        real_hash = pipeline.content_hash

        def boom_hash(article: dict[str, Any]) -> str:
            if _marked(article):
                raise RuntimeError("hash broke")
            return real_hash(article)

        monkeypatch.setattr(pipeline, "content_hash", boom_hash)
    quoted: list[bool] = []
    real_quotes = quotes.enrich

    def spy(article: dict[str, Any], text: str | None = None) -> None:
        quoted.append(_marked(article))
        real_quotes(article, text)

    monkeypatch.setattr(quotes, "enrich", spy)
    want = [process(raw, resources, received_at=AT) for raw in raws]
    got = process_batch(raws, resources, received_at=AT)
    assert [_dump(o) for o in got] == [_dump(o) for o in want]
    assert [o[0].kind for o in got] == ["article", "article", "deadletter", "article", "article", "article"]
    error = got[2][0].record["error"]
    assert error["reason"] == "internal_error" and "broke" in error["message"]
    assert [_dump(o) for i, o in enumerate(got) if i != 2] == [c for i, c in enumerate(clean) if i != 2]
    if where == "dates":  # quotes come after dates: twice for the others (process, batch), never for it
        assert quoted.count(True) == 0 and quoted.count(False) == 10


def test_observe_per_stage(resources: Resources) -> None:
    """Each stage is observed as often as ``process`` observes it, parse and
    normalise per item, enrich once per article at the batch's mean."""
    raws = [*_items(5, mark=-1), _raw(b"", "empty.txt", 9)]
    seen: dict[str, list[float]] = {"item": [], "batch": []}
    calls: dict[str, Counter[str]] = {"item": Counter(), "batch": Counter()}

    def observer(path: str) -> pipeline.Observer:
        def observe(stage: str, seconds: float) -> None:
            calls[path][stage] += 1
            seen[path].append(seconds)

        return observe

    for raw in raws:
        process(raw, resources, received_at=AT, observe=observer("item"))
    process_batch(raws, resources, received_at=AT, observe=observer("batch"))
    assert calls["batch"] == calls["item"] == Counter({"parse": 5, "normalise": 5, "enrich": 5})
    assert all(s >= 0 for s in seen["batch"]) and sum(seen["batch"]) > 0


def test_empty_batch(resources: Resources) -> None:
    assert process_batch([], resources) == []


# -- the worker's ingest slices --------------------------------------------------------------------------------


class _Budget:
    """A take whose slices may spend ``seconds`` each."""

    value = 32

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def budget(self) -> float:
        return self.seconds


def test_slice_sizer_fits_the_budget_left() -> None:
    from streams.worker.agents import BATCH_MAX, SliceSizer

    sizer = SliceSizer(per_item_s=0.001)
    assert [sizer.count(s) for s in (0.0, -1.0, 0.0015, 0.010, 0.040, 10.0)] == [1, 1, 1, 10, 40, BATCH_MAX]
    sizer.observe(0.016, 8)  # 2 ms an item: the mean moves a quarter of the way
    assert sizer.per_item_s == pytest.approx(0.00125)
    sizer.observe(1.0, 1)  # a 1 MB story: counted at most 4x the mean
    assert sizer.per_item_s == pytest.approx(0.00125 + 0.25 * (0.005 - 0.00125))
    for _ in range(20):
        sizer.observe(0.0, 5)
    assert sizer.per_item_s >= 1e-5 and sizer.count(0.040) == BATCH_MAX


def test_ingest_slices_in_batches_send_what_ingest_step_sends(
    tmp_path: Path, resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slices run the records through ``process_batch`` in batches (more than one record each with a
    budget that allows it) and send, in the records' order, exactly what ``ingest_step`` makes of each."""
    import asyncio

    from streams.core.dedupe import MemoryState
    from streams.settings import Settings
    from streams.worker import agents, ingest_agent
    from streams.worker.app import create_app
    from streams.worker.gaps import RawRecord
    from streams.worker.sender import MemorySender
    from tests.ninjs_items import STORY, ninjs_item

    wiring = create_app(Settings(data_dir=tmp_path, routing_file="none", metrics_port=0, batch_within=0.01))
    payloads = [p for _, p in _repo_inputs() + _hostile()]
    payloads[4:4] = [ninjs_item(f"urn:x:{i}", "1", STORY) for i in range(6)]
    records = [RawRecord("wire.raw", 0, 100 + i, 1_700_000_000_000, p, []) for i, p in enumerate(payloads)]
    sizes: list[int] = []
    real = agents.process_batch

    def spy(raws: list[RawItem], *args: Any, **kwargs: Any) -> list[list[Outcome]]:
        sizes.append(len(raws))
        return real(raws, *args, **kwargs)

    monkeypatch.setattr(ingest_agent, "process_batch", spy)  # where ingest_slice looks it up
    sender = MemorySender()
    ctx = agents.build_context(wiring, sender=sender, state=MemoryState())
    ctx.clock = lambda: 1_790_000_000.0
    ctx.raw_take = _Budget(3650.0)  # type: ignore[assignment]
    ctx.sizer = agents.SliceSizer(per_item_s=120.0)  # 30 records fit the first batch, then larger ones
    try:
        want = [out for rec in records for out in agents.ingest_step(rec, ctx)]
        asyncio.run(agents.ingest_records(records, ctx))
    finally:
        ctx.close()
    got = sender.pending
    assert sum(sizes) == len(records) and sizes[0] == 30 and len(sizes) > 1
    assert [(o.topic, o.key, o.value, o.headers) for o in got] == [(o.topic, o.key, o.value, o.headers) for o in want]
