"""The dedupe stage publishes each raw origin once (issue 14): a record read again after a crash yields
no second output, a dead letter included; an origin already on the output topics (published by a worker
killed before its state reached the changelog) is decided again for the state only, published never."""

from __future__ import annotations

import asyncio
from typing import Any

from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from streams.settings import Settings
from streams.worker.dedupe_stage import DedupeStage, origin_key
from streams.worker.sender import MemorySender
from tests.unit.test_events_shell import _Metrics

STORY = (
    "JAKARTA, May 3 (Antara) - Indonesia's central bank kept its benchmark rate unchanged on Wednesday, "
    "saying inflation remained within its target range while the rupiah held steady against the dollar."
)


def _records(resources: Any) -> list[dict[str, Any]]:
    out = []
    for offset, payload in enumerate((STORY.encode(), b"   ")):
        raw = RawItem(payload, {"filename": f"{offset}.txt"}, Origin("wire.raw", 0, offset))
        out += [o.record for o in process(raw, resources)]
    return out


def _stage() -> tuple[DedupeStage, dict[str, Any]]:
    tables: dict[str, Any] = {"hashes": {}, "uris": {}, "origins": {}}
    settings = Settings(routing_file="none")
    return DedupeStage.for_settings(settings, tables, _Metrics()), tables  # type: ignore[arg-type]


def test_a_reread_batch_publishes_nothing_twice(resources: Any) -> None:
    stage, tables = _stage()
    records = _records(resources)
    sender = MemorySender()
    asyncio.run(stage.run_batch(records, sender))
    topics = [o.topic for o in sender.acked]
    assert topics.count("wire.articles") == 1 and topics.count("wire.deadletter") == 1
    assert len(tables["origins"]) == 2
    again = MemorySender()
    asyncio.run(stage.run_batch(records, again))
    assert again.acked == [] and stage.replays == 2


def test_an_origin_found_on_the_outputs_gets_its_state_but_no_second_copy(resources: Any) -> None:
    stage, tables = _stage()
    records = _records(resources)
    stage.recent = {origin_key(records[0]["ext"]["provenance"]["rawRef"]): {"wire.articles"}}
    sender = MemorySender()
    asyncio.run(stage.run_batch(records, sender))
    assert [o.topic for o in sender.acked] == ["wire.deadletter"]  # the article is out already
    assert tables["hashes"] and tables["uris"]  # ... and its state is written now


def test_only_the_copies_that_did_not_get_out_are_sent(resources: Any) -> None:
    """Killed between the acknowledgements of an article's copies: the re-read sends the missing ones."""
    stage, _tables = _stage()
    records = _records(resources)[:1]
    key = origin_key(records[0]["ext"]["provenance"]["rawRef"])
    stage.recent = {key: {"wire.events"}}  # an unrelated topic: the article itself never got out
    sender = MemorySender()
    asyncio.run(stage.run_batch(records, sender))
    assert [o.topic for o in sender.acked] == ["wire.articles"]
