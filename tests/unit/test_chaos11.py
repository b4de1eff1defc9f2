"""A raw member re-read after a crash is decided once (branch chaos11).

The chaos test failed with 14 raw records published as an article and then, re-read after a kill -9, recorded
as an exact duplicate *of their own article*: their hash/uri entries had reached the changelog, their
``origins`` entry (another changelog) had not. The hash and uri entries now carry the origin that wrote them,
and the core calls a re-read of that origin a ``replay`` (nothing sent, nothing written), while a different raw
record with the same content stays a duplicate.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from streams.core.dedupe import MemoryState, apply, origin_of
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from streams.core.plan import plan_article
from streams.settings import REPO_ROOT, Settings
from streams.worker.dedupe_stage import DedupeStage, origin_key
from streams.worker.sender import MemorySender
from tests.unit.test_events_shell import _Metrics

NOW = 1_760_000_000.0
SAMPLES = REPO_ROOT / "samples"
SAMPLE_FILES = ("reuters_en_synthetic.txt", "antara_id_synthetic.txt", "ninjs_3.0_example.json")


def _articles(resources: Any, path: Path, origin: Origin) -> list[dict[str, Any]]:
    raw = RawItem(path.read_bytes(), {"filename": path.name}, origin)
    return [o.record for o in process(raw, resources) if "uri" in o.record]


def _published(article: dict[str, Any]) -> MemoryState:
    """The state after ``article`` was published and its writes applied (as after the acks)."""
    state = MemoryState()
    step = plan_article(article, state, NOW)
    assert step.decision is not None and step.decision.publish, step.decision
    apply(step.writes, state)
    return state


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_the_same_raw_member_read_again_is_a_replay_not_a_duplicate(resources: Any, name: str) -> None:
    (article,) = _articles(resources, SAMPLES / name, Origin("wire.raw", 2, 34, 1_700_000_000_000))
    state = _published(article)
    again = plan_article(article, state, NOW + 5)
    assert again.decision is not None and again.decision.status == "replay"
    assert again.sends == () and again.writes == ()


@pytest.mark.parametrize("lost", ["by_uri", "by_hash"])
def test_one_entry_recovered_is_enough_to_know_the_member(resources: Any, lost: str) -> None:
    """The hash and uri entries are separate changelog records: a kill -9 may let only one through."""
    (article,) = _articles(resources, SAMPLES / SAMPLE_FILES[0], Origin("wire.raw", 0, 35))
    state = _published(article)
    getattr(state, lost).clear()
    state.near.clear()
    again = plan_article(article, state, NOW + 5)
    assert again.decision is not None and again.decision.status == "replay"


def test_another_raw_record_with_the_same_content_is_still_a_duplicate(resources: Any) -> None:
    """A re-push by the producer is a new offset: a real duplicate, recorded as before."""
    path = SAMPLES / SAMPLE_FILES[0]
    (first,) = _articles(resources, path, Origin("wire.raw", 1, 30))
    (copy,) = _articles(resources, path, Origin("wire.raw", 1, 31))
    step = plan_article(copy, _published(first), NOW + 5)
    assert step.decision is not None and step.decision.status == "exact"
    assert [s.kind for s in step.sends] == ["duplicate"]


def test_offline_inputs_have_no_origin_and_stay_duplicates(resources: Any) -> None:
    """``wirefeed process`` inputs carry no offset: the same file given twice is a duplicate, not a replay."""
    (article,) = _articles(resources, SAMPLES / SAMPLE_FILES[0], Origin(filename="a.txt"))
    assert origin_of(article) is None
    step = plan_article(article, _published(article), NOW + 5)
    assert step.decision is not None and step.decision.status == "exact"


def test_a_reread_kill_is_not_killed_twice(resources: Any) -> None:
    (article,) = _articles(resources, SAMPLES / "ninjs_3.0_example.json", Origin("wire.raw", 3, 7))
    state = _published(article)
    kill = {**article, "pubStatus": "canceled"}
    kill["ext"] = {
        **article["ext"],
        "provenance": {**article["ext"]["provenance"], "rawRef": Origin("wire.raw", 3, 8).as_dict()},
    }
    step = plan_article(kill, state, NOW + 5)
    assert step.decision is not None and step.decision.status == "kill"
    apply(step.writes, state)
    again = plan_article(kill, state, NOW + 9)
    assert again.decision is not None and again.decision.status == "replay" and again.sends == ()


def test_corpus_container_members_read_again_are_replays(resources: Any, corpus: Path) -> None:
    """Real Reuters-21578 members (one SGML file, one raw record): every published member is a replay."""
    sgml = sorted((corpus / "reuters21578").glob("*.sgm")) if (corpus / "reuters21578").is_dir() else []
    if not sgml:
        pytest.skip(f"no Reuters-21578 SGML under {corpus}")
    articles = _articles(resources, sgml[0], Origin("wire.raw", 0, 12))[:40]
    state = MemoryState()
    first = []
    for article in articles:
        step = plan_article(article, state, NOW)
        assert step.decision is not None
        apply(step.writes, state)
        first.append(step.decision)
    assert sum(d.publish for d in first) > 10
    for article, decision in zip(articles, first, strict=True):
        again = plan_article(article, state, NOW + 5)
        assert again.decision is not None
        if decision.publish:  # published once: read again, it is the same member, not a copy of itself
            assert again.decision.status == "replay" and again.sends == ()
        else:  # a duplicate wrote no state: decided the same way again (the origins table covers it)
            assert again.decision.status == decision.status


def _stage(tables: dict[str, Any]) -> DedupeStage:
    return DedupeStage.for_settings(Settings(routing_file="none"), tables, _Metrics())  # type: ignore[arg-type]


@pytest.mark.parametrize("scan_found", [True, False])
def test_the_chaos_race_origins_entry_lost_state_kept(resources: Any, scan_found: bool) -> None:
    """The CI failure, replayed: a kill -9 after the hash/uri changelog records got out, before the origins
    record did. The re-read must send nothing, whether the output scan found the article or not."""
    (article,) = _articles(resources, SAMPLES / SAMPLE_FILES[0], Origin("wire.raw", 2, 36))
    tables: dict[str, Any] = {"hashes": {}, "uris": {}, "origins": {}}
    first = MemorySender()
    asyncio.run(_stage(tables).run_batch([article], first))
    assert [o.topic for o in first.acked] == ["wire.articles"]
    tables["origins"] = {}  # recovered without it
    restarted = _stage(tables)
    if scan_found:
        restarted.recent = {origin_key(article["ext"]["provenance"]["rawRef"]): {"wire.articles"}}
    again = MemorySender()
    asyncio.run(restarted.run_batch([article], again))
    assert again.acked == []
    assert restarted.replays == 1
    assert origin_key(article["ext"]["provenance"]["rawRef"]) in tables["origins"]  # repaired
