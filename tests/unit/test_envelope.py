"""The record between the two stages (issue #17, item 3): a slim envelope the dedupe stage decides on,
plus the article bytes it publishes with ``ext.dedupe``/``ext.routes`` spliced in.

What must hold: the stage publishes byte for byte what it published when it decoded and re-encoded whole
articles (the offline ``wirefeed process`` path), for every record kind (new, near duplicate, update,
correction, kill, after-kill, exact and stale duplicates, routed copies, dead letters); old-format records
left on ``wire.dedupe`` by a worker before the envelope are still decided; a record neither way can read
is dead-lettered with its reason, not raised on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.core import envelope
from streams.core.hashing import identity
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from streams.core.plan import BatchDeduper, offline_records
from streams.core.routing import parse_rules
from streams.settings import Settings
from streams.worker.agents import stage_items
from streams.worker.dedupe_stage import DedupeStage
from streams.worker.gaps import RawRecord
from streams.worker.sender import MemorySender, OutRecord
from tests.ninjs_items import STORY, ninjs_item
from tests.unit.test_events_shell import _Metrics

NOW = 1_700_000_000.0
RULES = parse_rules(
    {
        "rule": [
            {"name": "english", "topic": "desk.en", "languages": ["en"]},
            {"name": "everything", "topic": "desk.all"},
            {"name": "events", "topic": "desk.events", "types": ["event", "planning"]},
        ]
    }
)
DIRS = ("iptc-ninjs", "iptc-newsml-g2", "superdesk-core-fixtures", "iptc-python-newsmlg2-testfiles")
SEQUENCE = [  # every decision kind of streams.core.dedupe, in an order that reaches each
    ninjs_item("urn:t:a", "1", STORY),
    ninjs_item("urn:t:a", "1", STORY),  # exact, same uri
    ninjs_item("urn:t:b", "1", STORY),  # exact, another uri
    ninjs_item("urn:t:n", "1", STORY + " A lightly edited re-send."),  # near duplicate
    ninjs_item("urn:t:a", "2", STORY + " Analysts had expected the decision."),  # update
    ninjs_item("urn:t:a", "1", STORY + " An older edit."),  # stale version
    ninjs_item("urn:t:a", "3", STORY + " Corrects the day.", signal="correction"),
    ninjs_item("urn:t:a", "4", "This story has been withdrawn.", status="canceled"),  # kill
    ninjs_item("urn:t:a", "5", STORY + " Revived."),  # after the kill
    b"   ",  # dead letter
]


def _payloads(corpus: Path) -> Iterator[tuple[str, bytes]]:
    for name in DIRS:
        for path in sorted((corpus / name).rglob("*")):
            if path.is_file() and path.stat().st_size <= 100_000 and path.suffix in (".json", ".xml"):
                yield path.name, path.read_bytes()


def _records(payloads: list[tuple[str, bytes]], resources: Any) -> list[dict[str, Any]]:
    """The ingest stage's outcomes (articles and dead letters), twice over: the second round meets the first."""
    out = []
    for offset, (name, payload) in enumerate(payloads * 2):
        raw = RawItem(payload, {"filename": name}, Origin("wire.raw", 0, offset, 1_700_000_000_000, name))
        out += [o.record for o in process(raw, resources, clock=lambda: NOW)]
    return out


def _stage() -> DedupeStage:
    tables: dict[str, Any] = {"hashes": {}, "uris": {}, "origins": {}}
    stage = DedupeStage.for_settings(Settings(routing_file="none"), tables, _Metrics())  # type: ignore[arg-type]
    stage.rules = RULES
    stage.clock = lambda: NOW
    return stage


def _value(record: dict[str, Any]) -> bytes:
    """What the ingest agent writes to wire.dedupe for an outcome."""
    if "uri" not in record:
        return envelope.encode_deadletter(record)
    return envelope.encode_article(record) or orjson.dumps(record)


def _run(items: list[Any], batch: int = 7) -> list[OutRecord]:
    stage, sender = _stage(), MemorySender()
    for i in range(0, len(items), batch):
        asyncio.run(stage.run_batch(items[i : i + batch], sender))
    return sender.acked


def _compare(records: list[dict[str, Any]]) -> list[OutRecord]:
    old = _run([orjson.loads(orjson.dumps(r)) for r in records])  # the old worker: whole JSON decoded
    recs = [RawRecord("wire.dedupe", 0, i, None, _value(r), []) for i, r in enumerate(records)]
    new = _run(stage_items(recs))
    assert len(new) == len(old)
    for a, b in zip(old, new, strict=True):
        assert (a.topic, a.key, a.headers) == (b.topic, b.key, b.headers)
        assert a.value == b.value, (a.topic, orjson.loads(a.value).get("uri"))
    return new


def test_the_stage_publishes_the_same_bytes_from_envelopes_for_every_decision(resources: Any) -> None:
    records = _records([(f"{i}.json", p) for i, p in enumerate(SEQUENCE)], resources)
    out = _compare(records)
    by_topic = {o.topic for o in out}
    assert {"wire.articles", "wire.duplicates", "wire.kills", "wire.deadletter", "desk.en", "desk.all"} <= by_topic
    statuses = {orjson.loads(o.value)["ext"]["dedupe"]["status"] for o in out if o.topic == "wire.articles"}
    assert statuses == {"new", "update", "correction", "kill"}
    near = [orjson.loads(o.value)["ext"]["dedupe"] for o in out if o.topic == "wire.articles"]
    assert any("nearDuplicateOf" in d for d in near)


def test_corpus_items_publish_the_same_bytes_through_envelopes(corpus: Path, resources: Any) -> None:
    payloads = list(_payloads(corpus))
    assert len(payloads) > 100
    records = _records(payloads, resources)
    slim = sum(1 for r in records if "uri" in r and envelope.splittable(r))
    assert slim == sum(1 for r in records if "uri" in r)  # every assembled article travels slim
    out = _compare(records)
    assert sum(o.topic == "wire.events" for o in out) > 0 and sum(o.topic == "desk.events" for o in out) > 0


def test_offline_process_prints_what_the_worker_publishes(resources: Any) -> None:
    """``wirefeed process`` (BatchDeduper over whole articles) and the stage over envelopes agree byte for byte."""
    records = _records([(f"{i}.json", p) for i, p in enumerate(SEQUENCE)], resources)
    deduper = BatchDeduper(router=RULES)
    offline = [
        orjson.dumps(r)
        for rec in records
        if "uri" in rec
        for r in offline_records([deduper.plan(orjson.loads(orjson.dumps(rec)), NOW)])
    ]
    arts = [r for r in records if "uri" in r]
    recs = [RawRecord("wire.dedupe", 0, i, None, _value(r), []) for i, r in enumerate(arts)]
    stage, sender = _stage(), MemorySender()
    for rec in stage_items(recs):
        asyncio.run(stage.run_batch([rec], sender))
    worker = [o.value for o in sender.acked if not o.topic.startswith("desk.")]
    assert worker == offline


def test_old_format_records_mixed_with_envelopes_are_decided_alike(resources: Any) -> None:
    """A rolling upgrade: whole-JSON records from an old worker on the topic between envelopes."""
    records = _records([(f"{i}.json", p) for i, p in enumerate(SEQUENCE)], resources)
    old = _run([orjson.loads(orjson.dumps(r)) for r in records])
    values = [orjson.dumps(r) if i % 2 else _value(r) for i, r in enumerate(records)]
    mixed = _run(stage_items([RawRecord("wire.dedupe", 0, i, None, v, []) for i, v in enumerate(values)]))
    assert [(o.topic, o.value) for o in mixed] == [(o.topic, o.value) for o in old]


_ENV = b'{"kind":"article","view":{"ext":{}},"sig":"AAAAAAA=","bands":[],"hh":"h","splice":1}'
_BAD_SIG = envelope.MAGIC + len(_ENV).to_bytes(4, "big") + _ENV + b'{"ext":{"a":1}}'  # 5 bytes: no 32-bit values


@pytest.mark.parametrize(
    "value",
    [
        b"",
        b"\x00wf2",
        b"\x00wf2\x00\x00\x00\x05{}",
        b"garbage",
        b"{not json",
        b"[1, 2]",
        b"\x00wf2\x00\x00\x00\x02{}",
        _BAD_SIG,
    ],
)
def test_an_unreadable_record_is_dead_lettered_with_its_reason(value: bytes) -> None:
    [item] = stage_items([RawRecord("wire.dedupe", 0, 42, 5, value, [("source", b"x")])])
    assert isinstance(item, dict) and item["error"]["reason"] == "internal_error"
    assert "unreadable" in item["error"]["message"]
    assert item["origin"]["topic"] == "wire.dedupe" and item["origin"]["offset"] == 42
    sender = MemorySender()
    asyncio.run(_stage().run_batch([item], sender))
    [(topic, record)] = sender.records()
    assert topic == "wire.deadletter" and record["error"]["reason"] == "internal_error"


def test_codec_round_trip_and_the_splice_when_ext_is_not_last() -> None:
    article: dict[str, Any] = {
        "uri": "urn:x:1",
        "ext": {"contentHash": "xxh3-128:00", "provenance": {"rawRef": {"topic": "t", "offset": 1}}},
        "headlines": [{"value": "Rates unchanged"}],
        "bodies": [{"value": "The bank kept rates unchanged on Wednesday.", "role": "main"}],
        "language": "en",
    }
    body, splice = envelope.article_body(article)
    assert body == orjson.dumps(article) and body[splice : splice + 1] == b"}"
    value = envelope.encode_article(article)
    assert value is not None and value.startswith(envelope.MAGIC)
    item = envelope.decode(value)
    assert isinstance(item, envelope.SlimArticle)
    assert item.identity == identity(article) and item.body == orjson.dumps(article)
    assert "bodies" not in item.view and "headlines" not in item.view and item.view["language"] == "en"
    planned = {**article, "ext": {**article["ext"], "dedupe": {"status": "new", "storyId": "urn:x:1"}}}
    planned["ext"]["routes"] = ["desk.en"]
    assert envelope.published(item, planned) == orjson.dumps(planned)


@pytest.mark.parametrize(
    "ext",
    [{}, {"provenance": {}}, {"contentHash": "h", "dedupe": {"status": "new"}}, {"contentHash": "h", "routes": []}],
)
def test_an_article_that_would_not_splice_travels_whole(ext: dict[str, Any]) -> None:
    article = {"uri": "urn:x:1", "ext": ext}
    assert envelope.encode_article(article) is None  # the ingest agent then sends orjson.dumps(article)


def test_the_view_keeps_what_routing_reads_only() -> None:
    article = {
        "uri": "u",
        "subjects": [{"uri": "medtop:04000000", "name": "economy", "rel": "about", "confidence": 0.9}],
        "infoSources": [{"name": "Reuters", "role": "originating"}],
        "bodies": [{"value": "x"}],
        "ext": {"contentHash": "h", "countries": ["id"], "source": {"big": "x" * 1000}, "provenance": {}},
    }
    view = envelope.view_of(article)
    assert view["subjects"] == [{"uri": "medtop:04000000", "name": "economy"}]
    assert view["infoSources"] == [{"name": "Reuters"}]
    assert set(view["ext"]) == {"contentHash", "countries", "provenance"} and "bodies" not in view
