"""Issue #16 in the shell: event/planning records go to ``wire.events`` (settable), the audit counts the
members of containers and reports a member lost inside one. No broker: the dedupe stage runs on fakes."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from streams.cli.audit import primary_topics, reconcile
from streams.cli.outputs import Snapshot
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from streams.settings import load
from streams.worker.dedupe_stage import DedupeStage
from streams.worker.sender import MemorySender


class _Metrics:
    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def test_events_topic_is_settable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIREFEED_TOPIC_EVENTS", raising=False)
    assert load().topic_events == "wire.events"
    monkeypatch.setenv("WIREFEED_TOPIC_EVENTS", "desk.events")
    settings = load()
    assert settings.topic_events == "desk.events"
    assert "desk.events" in primary_topics(settings)


def test_dedupe_stage_sends_events_to_the_events_topic(fixtures: Path, resources, monkeypatch) -> None:
    monkeypatch.setenv("WIREFEED_TOPIC_EVENTS", "test.events")
    settings = load()
    records = []
    for name in ("contract/g2-event.xml", "xml/g2_message_ns0.xml"):
        raw = RawItem((fixtures / name).read_bytes(), {"filename": name}, Origin("wire.raw", 0, len(records)))
        records += [o.record for o in process(raw, resources) if o.kind == "article"]
    stage = DedupeStage.for_settings(settings, {"hashes": {}, "uris": {}}, _Metrics())  # type: ignore[arg-type]
    sender = MemorySender()
    asyncio.run(stage.run_batch(records, sender))
    topics: dict[str, set[str]] = {}
    for topic, record in sender.records():
        topics.setdefault(record["type"], set()).add(topic)
    assert topics["event"] == {"test.events"}  # not on wire.articles, nor on the article desk slices
    assert all(
        settings.topic_articles in topics[kind] and "test.events" not in topics[kind] for kind in ("text", "picture")
    )


def test_audit_counts_members_and_finds_a_member_lost_inside_a_container() -> None:
    snap = Snapshot(raw=[("wire.raw", 0, 1), ("wire.raw", 0, 2)])
    snap.outputs["wire.articles"] += [(("wire.raw", 0, 1, 0), {}), (("wire.raw", 0, 1, 2), {})]
    snap.outputs["wire.events"] += [(("wire.raw", 0, 2, 0), {})]
    report = reconcile(snap, ["wire.articles", "wire.events", "wire.duplicates", "wire.deadletter"])
    assert report.members == 3 and report.containers == 1
    assert report.member_gaps == [("wire.raw", 0, 1, 1)]
    assert not report.missing and not report.ok
    snap.outputs["wire.deadletter"] += [(("wire.raw", 0, 1, 1), {})]
    report = reconcile(snap, ["wire.articles", "wire.events", "wire.duplicates", "wire.deadletter"])
    assert report.ok and report.members == 4
