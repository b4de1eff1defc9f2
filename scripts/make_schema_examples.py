"""Regenerate the examples in ``schemas/examples/`` by running the real code on repo-owned fixtures.

Nothing in these examples is hand-written: ``streams.core.pipeline.process`` turns the NewsML-G2
fixtures in ``tests/fixtures/contract/`` into articles, ``streams.core.dedupe.BatchDeduper``
decides on them (so the article carries ``ext.dedupe``), and the records come out as published:

* ``article.example.json``       g2-v1.xml, first seen: status ``new`` (``wire.articles``)
* ``duplicate.example.json``     g2-v1.xml again, later: kind ``exact`` (``wire.duplicates``)
* ``kill-article.example.json``  g2-v2-kill.xml (pubStatus canceled): the tombstone article
* ``kill.example.json``          the kill record dedupe emits beside it
* ``deadletter.example.json``    a truncated NewsML-G2 document (``wire.deadletter``)
* ``event.example.json``         g2-event.xml, a conceptItem event (``wire.events``)

Arrival times and Kafka positions are fixed, so the output is reproducible. Run after a change to
the pipeline's or dedupe's output, then review the diff and run ``pytest tests/unit/test_schemas.py``::

    .venv/bin/python scripts/make_schema_examples.py

``raw-envelope.example.json`` (wire.raw headers) is hand-written and not touched here.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core.enrich import load_resources  # noqa: E402
from streams.core.model import Origin, RawItem  # noqa: E402
from streams.core.pipeline import process  # noqa: E402
from streams.core.plan import BatchDeduper  # noqa: E402

EXAMPLES = ROOT / "schemas" / "examples"
FIXTURES = ROOT / "tests" / "fixtures" / "contract"
T0 = dt.datetime(2025, 5, 20, 3, 15, tzinfo=dt.UTC)


def _write(name: str, record: object) -> None:
    path = EXAMPLES / name
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")


def _raw(name: str, offset: int, minutes: int, payload: bytes | None = None) -> tuple[RawItem, float]:
    """A wire.raw record for fixture ``name`` arriving ``minutes`` after T0 at ``offset``."""
    at = T0 + dt.timedelta(minutes=minutes)
    headers = {
        "content-type": "application/xml",
        "source": "example",
        "filename": name,
        "received-at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    body = payload if payload is not None else (FIXTURES / name).read_bytes()
    origin = Origin("wire.raw", 0, offset, int(at.timestamp() * 1000), name)
    return RawItem(body, headers, origin), at.timestamp() + 0.25


def _one(raw: RawItem, kind: str, resources) -> dict:
    outcomes = process(raw, resources)
    if [o.kind for o in outcomes] != [kind]:
        raise SystemExit(f"expected one {kind} from {raw.headers['filename']}, got {outcomes}")
    return outcomes[0].record


def main() -> int:
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    resources = load_resources()
    deduper = BatchDeduper()

    raw, now = _raw("g2-v1.xml", 4217, 0)
    first = deduper.admit(_one(raw, "article", resources), now=now)
    assert first.publish and first.status == "new", first.status
    _write("article.example.json", first.article)

    raw, now = _raw("g2-v1.xml", 4388, 12)
    again = deduper.admit(_one(raw, "article", resources), now=now)
    assert not again.publish and again.record_kind == "duplicate", again.status
    _write("duplicate.example.json", again.record)

    raw, now = _raw("g2-v2-kill.xml", 5120, 150)
    kill = deduper.admit(_one(raw, "article", resources), now=now)
    assert kill.publish and kill.record_kind == "kill", kill.status
    _write("kill-article.example.json", kill.article)
    _write("kill.example.json", kill.record)

    payload = (FIXTURES / "g2-v1.xml").read_bytes()[:600]
    raw, _ = _raw("g2-truncated.xml", 5121, 151, payload)
    _write("deadletter.example.json", _one(raw, "deadletter", resources))
    event_example(resources)
    return 0


def event_example(resources) -> None:
    """``event.example.json``: the conceptItem event fixture as published on wire.events."""
    raw, now = _raw("g2-event.xml", 5200, 160)
    event = BatchDeduper().admit(_one(raw, "article", resources), now=now)
    assert event.publish and event.article is not None and event.article["type"] == "event", event.status
    _write("event.example.json", event.article)


if __name__ == "__main__":
    raise SystemExit(main())
