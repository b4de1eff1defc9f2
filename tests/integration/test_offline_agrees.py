"""``wirefeed process`` and the worker on a real broker give the same records (issue #13 measure).

Both run the core pipeline and the core's batch planner; this feeds them one input sequence (copies, an
update, a stale version, a correction, a kill, an item after the kill, another story, garbage) and compares
uris, versions, dedupe statuses, duplicate and kill records, and the routed topics, topic by topic.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from streams.cli.offline import process_inputs
from tests.integration.conftest import WorkerHandle, push_bytes, read_topic
from tests.ninjs_items import STORY, ninjs_item

pytestmark = pytest.mark.integration

OTHER = (
    "SURABAYA, May 4 (Antara) - The harbour authority opened a new container terminal on Thursday, doubling "
    "the port's capacity for ships sailing between the eastern islands and Singapore."
)


INPUTS = [
    ("a1.json", ninjs_item("urn:t:a", "1", STORY)),
    ("a1-copy.json", ninjs_item("urn:t:a", "1", STORY)),  # exact copy, same uri
    ("b1.json", ninjs_item("urn:t:b", "1", STORY)),  # exact copy under another uri
    ("a2.json", ninjs_item("urn:t:a", "2", STORY + " Analysts had expected the decision.")),  # update
    ("a1-late.json", ninjs_item("urn:t:a", "1", STORY + " An older edit.")),  # stale version
    ("a3.json", ninjs_item("urn:t:a", "3", STORY + " Corrects the day.", signal="correction")),
    ("a4.json", ninjs_item("urn:t:a", "4", "This story has been withdrawn.", status="canceled")),  # kill
    ("a5.json", ninjs_item("urn:t:a", "5", STORY + " Revived.")),  # after the kill
    ("c1.json", ninjs_item("urn:t:c", "1", OTHER)),
    ("junk.bin", bytes(range(256)) * 4),  # dead letter
]


def _project(record: dict[str, Any]) -> tuple[Any, ...]:
    """What must agree (volatile fields such as detectedAt, receivedAt and the raw offsets left out)."""
    if "error" in record:
        return ("deadletter", record["error"]["reason"], record.get("format"))
    if record.get("kind") == "kill":
        return (
            "kill",
            record["uri"],
            record["version"],
            record.get("previousVersion"),
            record["storyId"],
            tuple(record["topics"]),
            record["contentHash"],
            record.get("previousContentHash"),
        )
    if "duplicateOf" in record:
        return (
            "duplicate",
            record["uri"],
            record["kind"],
            record["duplicateOf"],
            record.get("version"),
            record.get("currentVersion"),
            record.get("storyId"),
            record["contentHash"],
        )
    ext = record["ext"]
    return (
        "article",
        record["uri"],
        record["version"],
        record.get("pubStatus"),
        tuple(sorted(ext["dedupe"].items())),
        ext["contentHash"],
        tuple(ext.get("routes", ())),
    )


def _topic_of(record: dict[str, Any], s: Any) -> str:
    if "error" in record:
        return str(s.topic_deadletter)
    if record.get("kind") == "kill":
        return str(s.topic_kills)
    if "duplicateOf" in record:
        return str(s.topic_duplicates)
    return str(s.topic_articles)


def test_wirefeed_process_and_the_worker_give_the_same_records(
    worker_factory: Callable[..., WorkerHandle], tmp_path: Path
) -> None:
    tag = uuid.uuid4().hex[:8]
    routed = f"r{tag}.en"
    rules = tmp_path / "routing.toml"
    rules.write_text(f'[[rule]]\nname = "english"\ntopic = "{routed}"\nlanguages = ["en"]\n')
    worker = worker_factory(WIREFEED_PARTITIONS="1", WIREFEED_ROUTING=str(rules), WIREFEED_TOPIC_KILLS=f"k{tag}.kills")
    s = worker.settings

    expected: dict[str, list[tuple[Any, ...]]] = {}
    for record in process_inputs(INPUTS, s):
        expected.setdefault(_topic_of(record, s), []).append(_project(record))
        for name in record.get("ext", {}).get("routes", ()):
            expected.setdefault(name, []).append(_project(record))
    # the sequence exercises every kind of record
    kinds = {p[0] for ps in expected.values() for p in ps}
    assert kinds == {"article", "duplicate", "kill", "deadletter"}, expected
    statuses = [dict(p[4])["status"] for p in expected[s.topic_articles]]
    assert statuses == ["new", "update", "correction", "kill", "new"], statuses
    assert [p[2] for p in expected[s.topic_duplicates]] == ["exact", "exact", "stale_version", "after_kill"]
    assert expected[s.topic_kills][0][5] == (routed,)  # the kill follows the article to its routed topic

    worker.start()
    push_bytes(s, [(payload, {"filename": name}) for name, payload in INPUTS])
    got: dict[str, list[tuple[Any, ...]]] = {}
    for topic, want in sorted(expected.items()):
        count = len(want)
        records = read_topic(s, topic, until=lambda rs, count=count: len(rs) >= count)
        got[topic] = [_project(r["value"]) for r in records]
    assert got == expected, worker.log_tail()
