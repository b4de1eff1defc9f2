"""End to end on a real Apache Kafka broker: push → worker → output topics (issue 2 and 5 measures)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from streams.cli.outputs import snapshot
from streams.settings import REPO_ROOT, Settings
from tests.contract import validate_article, validate_deadletter, validate_duplicate
from tests.integration.conftest import WorkerHandle, push_bytes, read_topic

pytestmark = pytest.mark.integration

SEED_NAME = "000_af91a0d982ffc927.txt"
# A read of what is on a topic goes to the end offsets the topic had when the read started, however long that takes
# while its offsets still move (CI: 2 cores shared with the broker), up to READ_BOUND_S. A read in which no offset
# moves for READ_STALL_S fails with ReadIncomplete: a short read never passes for "no more outputs" (session 14).
READ_BOUND_S = 300.0
READ_STALL_S = 30.0


def _seed(corpus: Path) -> bytes:
    return (corpus / "seed" / SEED_NAME).read_bytes()


def _by_file(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    out = []
    for r in records:
        v = r["value"]
        ref = (
            v.get("ext", {}).get("provenance", {}).get("rawRef")
            or v.get("provenance", {}).get("rawRef")
            or v.get("origin")
            or {}
        )
        if ref.get("filename") == name:
            out.append(v)
    return out


def _whole(s: Settings, topic: str) -> list[dict[str, Any]]:
    """Every record on ``topic`` (decoded), read to its end offsets, or ``ReadIncomplete``."""
    snap = asyncio.run(snapshot(s, [topic], READ_BOUND_S, stall=READ_STALL_S))
    return [body for _key, body in snap.outputs[topic]]


def test_seed_item_becomes_an_article(worker: WorkerHandle, corpus: Path) -> None:
    s = worker.settings
    assert push_bytes(s, [(_seed(corpus), {"filename": "seed-a.txt"})]) == 1
    got = read_topic(s, s.topic_articles, until=lambda rs: bool(_by_file(rs, "seed-a.txt")))
    articles = _by_file(got, "seed-a.txt")
    assert len(articles) == 1, worker.log_tail()
    article = articles[0]
    validate_article(article, published=True)
    assert article["uri"]
    assert article["located"] == "Beijing"
    assert article["bodies"][0]["value"].startswith("Menteri Luar Negeri China Wang Yi")
    assert article["ext"]["dedupe"]["status"] == "new"
    ref = article["ext"]["provenance"]["rawRef"]
    assert ref["topic"] == s.topic_raw and ref["offset"] == 0


def test_garbage_becomes_a_deadletter(worker: WorkerHandle) -> None:
    s = worker.settings
    junk = bytes(range(256)) * 4 + b"\x00" * 64
    push_bytes(s, [(junk, {"filename": "junk.bin"}), (b"   \n\t ", {"filename": "blank.txt"})])
    got = read_topic(s, s.topic_deadletter, until=lambda rs: len(rs) >= 2)
    reasons = {}
    for r in got:
        validate_deadletter(r["value"])
        reasons[r["value"]["origin"]["filename"]] = r["value"]["error"]["reason"]
    assert reasons == {"junk.bin": "undecodable", "blank.txt": "empty"}, worker.log_tail()
    assert worker.alive(), "garbage must not stop the worker"


def _variants(seed: bytes) -> list[tuple[bytes, str]]:
    """The seed in other whitespace, encoding and envelope (same story, same paragraphs)."""
    text = seed.decode("utf-8")
    crlf = text.replace("\n", "\r\n").replace("Menteri Luar", "Menteri\u00a0Luar").encode("utf-8")
    cp1252 = text.encode("cp1252")  # an 8-bit encoding (curly quotes as 0x93/0x94)
    paragraphs = [p for p in text.split("\n") if p.strip()][1:]  # without the teaser line
    from xml.sax.saxutils import escape

    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    nitf = (
        f'<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Wang Yi</title></head><body>'
        f"<body.head><hedline><hl1>China siap bantu Kazakhstan</hl1></hedline></body.head>"
        f"<body.content>{body}</body.content></body></nitf>"
    ).encode()
    return [(crlf, "copy-crlf.txt"), (cp1252, "copy-bom.txt"), (nitf, "copy-nitf.xml")]


def test_copies_restart_and_rewrite(worker_factory: Callable[..., WorkerHandle], corpus: Path) -> None:
    """Issue 5 measure: seed + 3 copies → 1 article + 3 duplicates; kill -9, restart, seed again →
    a 4th duplicate and no new article; a lightly edited rewrite → a new article linked to the first.
    Runs on the production store (RocksDB), so the restart also exercises its recovery."""
    w = worker_factory(WIREFEED_STORE="rocksdb://")
    w.start()
    s = w.settings
    seed = _seed(corpus)
    push_bytes(s, [(seed, {"filename": "seed.txt"})])
    read_topic(s, s.topic_articles, until=lambda rs: bool(_by_file(rs, "seed.txt")))
    push_bytes(s, [(p, {"filename": n}) for p, n in _variants(seed)])
    dups = read_topic(s, s.topic_duplicates, until=lambda rs: len(rs) >= 3)
    assert len(dups) == 3, w.log_tail()
    arts = _whole(s, s.topic_articles)  # every raw record has its output now: a second article would be here
    assert len(arts) == 1, w.log_tail()
    original = arts[0]
    for d in dups:
        validate_duplicate(d["value"])
        assert d["value"]["duplicateOf"] == original["uri"]
        assert d["value"]["contentHash"] == original["ext"]["contentHash"]

    w.kill()
    assert not w.alive()
    w.start()
    push_bytes(s, [(seed, {"filename": "seed-again.txt"})])
    dups = read_topic(s, s.topic_duplicates, until=lambda rs: len(rs) >= 4, timeout=120)
    assert len(dups) == 4, w.log_tail()
    assert len(_whole(s, s.topic_articles)) == 1, w.log_tail()

    text = seed.decode("utf-8").replace(
        "Tentara diperintahkan untuk menembak, membunuh untuk memadamkan pemberontakan di seluruh negeri.",
        "Tentara diperintahkan untuk menembak, membunuh untuk memadamkan pemberontakan di seluruh negeri. "
        "Situasi di Almaty dilaporkan berangsur tenang pada Selasa.",
    )
    push_bytes(s, [(text.encode("utf-8"), {"filename": "rewrite.txt"})])
    arts = read_topic(s, s.topic_articles, until=lambda rs: len(rs) >= 2)
    assert len(arts) == 2, w.log_tail()
    rewrite = _by_file(arts, "rewrite.txt")[0]
    assert rewrite["ext"]["dedupe"]["nearDuplicateOf"] == original["uri"]
    assert rewrite["ext"]["dedupe"]["storyId"] == original["ext"]["dedupe"]["storyId"]


def test_cli_push_and_tail(worker: WorkerHandle, corpus: Path) -> None:
    """README path: ``wirefeed push`` then ``wirefeed tail -n 1 --timeout 60`` prints the article."""
    env = {**os.environ, **worker.env}
    cli = [sys.executable, "-m", "streams"]
    pushed = subprocess.run(
        [*cli, "push", str(corpus / "seed" / SEED_NAME)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
    )
    assert pushed.returncode == 0, pushed.stderr
    assert "pushed 1 item(s)" in pushed.stderr
    tail = subprocess.run(
        [*cli, "tail", "-n", "1", "--timeout", "60"], env=env, capture_output=True, text=True, timeout=90, cwd=REPO_ROOT
    )
    assert tail.returncode == 0, tail.stderr + worker.log_tail()
    lines = tail.stdout.strip().splitlines()
    assert len(lines) == 1
    import orjson

    assert orjson.loads(lines[0])["uri"]
    audit = subprocess.run([*cli, "audit"], env=env, capture_output=True, text=True, timeout=90, cwd=REPO_ROOT)
    assert audit.returncode == 0, audit.stdout + audit.stderr
    assert "missing: 0" in audit.stdout


def test_push_to_a_dead_broker_fails_loudly(tmp_path: Path) -> None:
    from streams.localbroker.kafka import free_port_pair

    env = {**os.environ, "WIREFEED_BROKER": f"kafka://127.0.0.1:{free_port_pair()}"}
    item = tmp_path / "x.txt"
    item.write_text("Jakarta (ANTARA) - Sebuah berita.")
    res = subprocess.run(
        [sys.executable, "-m", "streams", "push", str(item)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
    )
    assert res.returncode != 0
    assert "cannot reach the Kafka broker" in res.stderr


def test_gap_guard_fetches_records_the_stream_skipped(kafka: Any, tmp_path: Path) -> None:
    """If the stream hands the agent offset 4 while the group's committed offset is 1, records 1-3
    were skipped: the stage guard fetches exactly those from the real broker and hands them over first
    (and drops a replay)."""
    import asyncio
    from types import SimpleNamespace

    from faust.types import TP

    from streams.settings import Settings
    from streams.worker.gaps import RawRecord, StageGuard

    s = Settings(broker=kafka.url, topic_raw=f"gap{os.getpid()}.raw", partitions=1)
    push_bytes(s, [(f"item {i}".encode(), {"filename": f"g{i}.txt"}) for i in range(6)])
    tp = TP(s.topic_raw, 0)
    consumer = SimpleNamespace(_committed_offset={tp: 1}, assignment=lambda: {tp}, flow_active=True)
    fake_app = SimpleNamespace(consumer=consumer, rebalancing=False, in_recovery=False, should_stop=False)
    guard = StageGuard(SimpleNamespace(settings=s, app=fake_app), s.topic_raw)  # type: ignore[arg-type]

    def rec(offset: int) -> RawRecord:
        return RawRecord(s.topic_raw, 0, offset, None, b"x", [])

    got = asyncio.run(guard.admit([rec(4)]))
    assert [m.offset for m in got] == [1, 2, 3, 4]
    assert [m.value for m in got[:3]] == [b"item 1", b"item 2", b"item 3"]
    assert [m.offset for m in asyncio.run(guard.admit([rec(5)]))] == [5]  # contiguous: nothing fetched
    assert asyncio.run(guard.admit([rec(2)])) == []  # a replay (at-least-once): dropped


def test_media_package_and_event_reach_their_topics(worker: WorkerHandle, corpus: Path) -> None:
    """Issue #16 on the broker: a package message's members each reach wire.articles with their type, an
    event reaches wire.events, and the audit counts every member."""
    from streams.cli.audit import primary_topics, reconcile
    from streams.cli.outputs import take_snapshot
    from tests.contract import validate_event

    s = worker.settings
    fixtures = REPO_ROOT / "tests" / "fixtures"
    push_bytes(
        s,
        [
            ((corpus / "superdesk-core-fixtures" / "video.xml").read_bytes(), {"filename": "video.xml"}),
            ((fixtures / "contract" / "g2-event.xml").read_bytes(), {"filename": "g2-event.xml"}),
        ],
    )
    got = read_topic(s, s.topic_articles, until=lambda rs: len(_by_file(rs, "video.xml")) >= 5)
    members = _by_file(got, "video.xml")
    assert sorted(a["type"] for a in members) == ["audio", "composite", "picture", "text", "video"], worker.log_tail()
    for article in members:
        validate_article(article, published=True)
    package = next(a for a in members if a["type"] == "composite")
    assert {a["uri"] for a in package["associations"]} == {a["uri"] for a in members if a is not package}
    events = _by_file(
        read_topic(s, s.topic_events, until=lambda rs: bool(_by_file(rs, "g2-event.xml"))), "g2-event.xml"
    )
    assert [e["type"] for e in events] == ["event"], worker.log_tail()
    validate_event(events[0])
    assert not _by_file(got, "g2-event.xml")  # not on the article topic
    topics = primary_topics(s)
    report = reconcile(take_snapshot(s, topics, timeout=READ_BOUND_S, stall=READ_STALL_S), topics)
    assert report.ok and report.members >= 6 and report.containers >= 1, (report, worker.log_tail())
