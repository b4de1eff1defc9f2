"""The worker's agents without a broker (issue #13): module-level agents around testable steps, an
in-memory sender, in-memory dedupe state, driven through Faust's ``agent.test_context()``.

Why: the agents were closures inside ``register()``; no test could call them, so the only check of the
worker's path was the real-broker integration suite.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.core import envelope
from streams.core.dedupe import MemoryState
from streams.settings import Settings
from streams.worker.agents import Context, build_context, ingest_step, register
from streams.worker.app import create_app
from streams.worker.gaps import RawRecord
from streams.worker.sender import MemorySender
from tests.ninjs_items import STORY, ninjs_item


@pytest.fixture()
def wiring(tmp_path: Path) -> Any:
    s = Settings(data_dir=tmp_path, routing_file="none", metrics_port=0, batch_within=0.01)
    return create_app(s)


@pytest.fixture()
def ctx(wiring: Any, resources: Any) -> Context:
    return build_context(wiring, sender=MemorySender(confirmed=asyncio.Event()), state=MemoryState())


def test_ingest_step_turns_a_raw_record_into_dedupe_and_deadletter_records(ctx: Context) -> None:
    rec = RawRecord("wire.raw", 0, 7, 1_700_000_000_000, ninjs_item("urn:x:1", "1", STORY), [("filename", b"a.json")])
    outs = ingest_step(rec, ctx)
    assert [o.topic for o in outs] == ["wire.dedupe"]
    slim = envelope.decode(outs[0].value)  # a slim envelope plus the article's bytes
    assert isinstance(slim, envelope.SlimArticle)
    article = orjson.loads(slim.body)
    assert outs[0].key == article["uri"].encode() == slim.view["uri"].encode()
    assert ("raw-offset", b"7") in outs[0].headers
    empty = ingest_step(RawRecord("wire.raw", 0, 8, None, b"  ", []), ctx)
    assert [o.topic for o in empty] == ["wire.dedupe"]  # through the dedupe stage: each origin published once
    dead = envelope.decode(empty[0].value)
    assert isinstance(dead, envelope.SlimDeadLetter)
    assert orjson.loads(dead.body)["error"]["reason"] == "empty"


def test_ingest_writes_whole_json_for_old_workers_when_asked(wiring: Any, resources: Any) -> None:
    """``WIREFEED_DEDUPE_ENVELOPE=0`` during a rolling upgrade: an old worker owning wire.dedupe reads these."""
    wiring.settings = dataclasses.replace(wiring.settings, dedupe_envelope=False)
    ctx = build_context(wiring, sender=MemorySender(), state=MemoryState())
    rec = RawRecord("wire.raw", 0, 7, 1_700_000_000_000, ninjs_item("urn:x:1", "1", STORY), [])
    [out] = ingest_step(rec, ctx)
    assert orjson.loads(out.value)["uri"] == "urn:x:1"
    [dead] = ingest_step(RawRecord("wire.raw", 0, 8, None, b"  ", []), ctx)
    assert orjson.loads(dead.value)["error"]["reason"] == "empty"


@pytest.mark.parametrize(("value", "want"), [(None, True), ("1", True), ("0", False), ("off", False)])
def test_the_envelope_setting(monkeypatch: pytest.MonkeyPatch, value: str | None, want: bool) -> None:
    from streams.settings import load

    if value is None:
        monkeypatch.delenv("WIREFEED_DEDUPE_ENVELOPE", raising=False)
    else:
        monkeypatch.setenv("WIREFEED_DEDUPE_ENVELOPE", value)
    assert load().dedupe_envelope is want


async def _drive(agent: Any, sender: MemorySender, values: list[bytes], want: int) -> None:
    """Put ``values`` on the agent's test channel and wait until ``want`` records are acknowledged."""
    async with agent.test_context() as test_agent:
        for value in values:
            await test_agent.put(value=value, wait=False)
        for _ in range(200):
            if len(sender.acked) >= want:
                break
            assert sender.confirmed is not None
            sender.confirmed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(sender.confirmed.wait(), 0.1)


def test_agents_through_faust_test_context(wiring: Any, ctx: Context) -> None:
    """raw → ingest agent → (in-memory) wire.dedupe → dedupe agent → articles, duplicates, kills."""
    register(wiring, ctx)
    agents = {a.name.rsplit(".", 1)[-1]: a for a in wiring.app.agents.values()}
    sender = ctx.dedupe_sender
    assert isinstance(sender, MemorySender)
    raw = [
        ninjs_item("urn:x:1", "1", STORY),
        ninjs_item("urn:x:1", "1", STORY),  # an exact copy
        ninjs_item("urn:x:1", "2", STORY + " The decision was expected.", signal="correction"),
        ninjs_item("urn:x:1", "3", "This story has been withdrawn.", status="canceled"),
    ]

    async def run() -> None:
        await _drive(agents["ingest"], sender, raw, want=4)
        dedupe_values = [o.value for o in sender.acked if o.topic == "wire.dedupe"]
        assert len(dedupe_values) == 4
        sender.acked.clear()
        ctx.outputs_ready.set()
        await _drive(agents["dedupe"], sender, dedupe_values, want=5)

    asyncio.run(run())
    out = sender.records()
    topics = [t for t, _ in out]
    assert topics == ["wire.articles", "wire.duplicates", "wire.articles", "wire.articles", "wire.kills"]
    statuses = [r["ext"]["dedupe"]["status"] for t, r in out if t == "wire.articles"]
    assert statuses == ["new", "correction", "kill"]
    kill = out[-1][1]
    assert kill["kind"] == "kill" and kill["uri"] == "urn:x:1" and kill["topics"] == []
    assert ctx.stage.stores.by_uri["urn:x:1"]["killed"] is True  # state written after the acks


class _OneRecordSlices:
    """A take whose CPU budget is spent after every record: each record is a slice of its own."""

    value = 32

    def budget(self) -> float:
        return 0.0


@pytest.mark.parametrize("threaded", [True, False])
def test_ingest_slices_keep_the_records_order(wiring: Any, resources: Any, threaded: bool) -> None:
    """Session 8: the core runs on its own thread, slice after slice, while the loop sends the last slice's
    outputs; the outputs still leave in the raw records' order, each once (and the same inline)."""
    from streams.worker.agents import ingest_records
    from streams.worker.pacing import CoreRunner

    sender = MemorySender()
    ctx = build_context(wiring, sender=sender, state=MemoryState())
    ctx.core = CoreRunner(threaded)
    ctx.raw_take = _OneRecordSlices()  # type: ignore[assignment]
    records = [
        RawRecord("wire.raw", 0, 100 + i, 1_700_000_000_000, ninjs_item(f"urn:x:{i}", "1", STORY), [])
        for i in range(12)
    ]
    records.insert(5, RawRecord("wire.raw", 0, 99, None, b"  ", []))  # a dead letter among them
    try:
        asyncio.run(ingest_records(records, ctx))
    finally:
        ctx.close()
    offsets = [dict(o.headers)["raw-offset"] for o in sender.pending]
    assert offsets == [str(r.offset).encode() for r in records]
    assert ctx.core_cpu_s > 0
    # the items are counted per slice (session 9), to the same totals as one count per item
    received = {
        (s.labels["format"], s.labels["source"]): s.value
        for family in ctx.metrics.registry.collect()
        for s in family.samples
        if s.name == "wirefeed_items_received_total"
    }
    assert received == {("ninjs", "antara"): 12, ("unknown", "unknown"): 1}
