"""The batch planner (``streams.core.plan``), the one path of the worker's dedupe stage and ``wirefeed process``.

Why (issue #13): the worker (``DedupeStage.run_batch``) and the CLI (``BatchDeduper``) each wrote the batch
logic and had drifted: a kill record's ``topics`` were ``[articles topic, *routes]`` in the worker and the
topics *before* routing offline (``[]`` for a story killed on its first routed sight); the dedupe stage built
its own dead letter.
"""

from __future__ import annotations

import copy
from typing import Any

from streams.core.dedupe import DedupeConfig, MemoryState, apply
from streams.core.plan import BatchDeduper, OutputTopics, plan_batch
from streams.core.routing import parse_rules
from tests.unit.test_dedupe import OTHER, STORY, T0, art

EN = parse_rules({"rule": [{"topic": "desk.en", "languages": ["en"]}]})
TOPICS = OutputTopics("a", "e", "d", "dl", "k")


def _kinds(plan: Any) -> list[tuple[str, str]]:
    return [(s.kind, s.topic) for s in plan.sends]


def test_plan_reads_the_state_and_writes_nothing() -> None:
    state = MemoryState()
    plan = plan_batch([art(), art(uri="urn:x:2", body=OTHER)], state, T0, rules=EN, topics=TOPICS)
    assert state == MemoryState()
    assert [k for k, _ in _kinds(plan)] == ["article", "article"]
    apply(plan.writes, state)
    assert set(state.by_uri) == {"urn:x:1", "urn:x:2"}


def test_two_copies_in_one_batch_meet() -> None:
    plan = plan_batch([art(), art()], MemoryState(), T0, topics=TOPICS)
    assert _kinds(plan) == [("article", "a"), ("duplicate", "d")]
    assert plan.sends[1].record["kind"] == "exact"


def test_compacted_writes_equal_the_writes_applied_one_by_one() -> None:
    articles = [art(), art(uri="urn:x:2", body=OTHER), art(version="2", body=STORY + " More."), art(uri="urn:x:3")]
    plan = plan_batch(copy.deepcopy(articles), MemoryState(), T0, rules=EN, topics=TOPICS)
    one_by_one, compacted = MemoryState(), MemoryState()
    for step in plan.steps:
        apply(step.writes, one_by_one)
    apply(plan.writes, compacted)
    assert compacted == one_by_one
    assert len(plan.writes) < sum(len(s.writes) for s in plan.steps)  # one write per key


def test_kill_record_topics_are_the_topics_the_tombstone_went_to() -> None:
    """The kill names the routed topics it was sent to (schemas/kill.schema.json), not the articles topic."""
    story, withdrawn = art(language="en"), art(version="2", pubStatus="canceled", body="Withdrawn.", language="en")
    plan = plan_batch(
        [copy.deepcopy(story), copy.deepcopy(withdrawn)],
        MemoryState(),
        T0,
        rules=EN,
        topics=TOPICS,
    )
    assert _kinds(plan) == [
        ("article", "a"),
        ("routed", "desk.en"),
        ("article", "a"),
        ("routed", "desk.en"),
        ("kill", "k"),
    ]
    kill = plan.sends[-1].record
    assert kill["topics"] == ["desk.en"] == plan.sends[2].record["ext"]["routes"]
    # offline, the same planner: the same record
    dd = BatchDeduper(router=EN, topics=TOPICS)
    dd.admit(story, now=T0)
    assert dd.admit(withdrawn, now=T0).record == kill


def test_kill_of_an_unknown_uri_names_the_topic_its_tombstone_was_routed_to() -> None:
    """Found by ``wirefeed process`` on superdesk-core-fixtures/nitf-fishing.xml (a kill on first sight):
    offline said ``topics: []`` while the tombstone went to the English desk."""
    dd = BatchDeduper(router=EN, topics=TOPICS)
    step = dd.plan(art(pubStatus="canceled", body="Withdrawn.", language="en"), now=T0)
    assert [(s.kind, s.topic) for s in step.sends] == [("article", "a"), ("routed", "desk.en"), ("kill", "k")]
    assert step.sends[-1].record["topics"] == ["desk.en"]


def test_a_decision_that_raises_becomes_one_dead_letter() -> None:
    broken = art(version="2", body=STORY + " More.")
    broken["ext"]["signals"] = 5  # not iterable: the update rule raises TypeError
    plan = plan_batch([art(), broken, art(uri="urn:x:2", body=OTHER)], MemoryState(), T0, topics=TOPICS)
    assert _kinds(plan) == [("article", "a"), ("deadletter", "dl"), ("article", "a")]
    dead = plan.sends[1].record
    assert dead["error"]["reason"] == "internal_error" and dead["error"]["message"].startswith("dedupe: TypeError")
    assert dead["origin"] == broken["ext"]["provenance"]["rawRef"] and dead["payloadRef"] == dead["origin"]
    assert plan.steps[1].writes == () and plan.steps[1].decision is None


def test_near_duplicate_config_is_honoured() -> None:
    plan = plan_batch([art(), art(uri="urn:x:2")], MemoryState(), T0, DedupeConfig(near_enabled=False))
    assert [s.record.get("kind") for s in plan.sends] == [None, "exact"]
