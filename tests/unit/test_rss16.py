"""The worker's dedupe state in less memory, decided the same (branch rss16).

The worker keeps each stored article's MinHash signature as a :class:`Signature` (4 bytes a value, not a list of
64 Python ints) and the near-duplicate index as a :class:`NearIndex` (a one-entry bucket as its entry).
Both must read back exactly what the core's dicts and lists give, and write the same changelog JSON; the glibc
arena cap yields to ``MALLOC_ARENA_MAX``; the probe stays off unless asked.
"""

from __future__ import annotations

import copy
import json
import resource
import sys
from pathlib import Path
from typing import Any

import faust.utils.json as faust_json
import orjson
import pytest

from streams.core.dedupe import MemoryState, NearIndex, Signature, apply, compact_entry
from streams.core.hashing import band_keys
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from streams.core.plan import plan_article
from streams.settings import REPO_ROOT
from streams.worker import heap, memprobe
from streams.worker.dedupe_stage import CompactUris, Stores

NOW = 1_760_000_000.0
SAMPLES = REPO_ROOT / "samples"
CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "iptc-ninjs"


def _articles(resources: Any) -> list[dict[str, Any]]:
    """Articles of the repo's samples and, when the corpus is there, of its ninjs files (real items)."""
    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".json", ".xml"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.rglob("*.json"))[:30]
    out = []
    for n, path in enumerate(paths):
        raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin("wire.raw", 0, n, 1_700_000_000_000))
        out += [o.record for o in process(raw, resources) if "uri" in o.record]
    return out


def _rewrites(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each article again under another uri and content hash with its last body word gone: the near index's
    case (a rewrite of a story), and each one a second time unchanged (an exact copy of the rewrite)."""
    out = []
    for n, article in enumerate(articles):
        other = copy.deepcopy(article)
        other["uri"] = f"{article['uri']}-rewrite-{n}"
        other.setdefault("ext", {})["contentHash"] = f"rewrite{n:08d}"
        body = other.get("body_text") or ""
        other["body_text"] = body.rsplit(" ", 1)[0] if " " in body else body
        out += [other, other]
    return out


def _decide_all(articles: list[dict[str, Any]], state: Any) -> list[tuple[Any, ...]]:
    seen = []
    for n, article in enumerate(articles):
        step = plan_article(article, state, NOW + n)
        d = step.decision
        seen.append((d.status, d.publish, orjson.dumps(d.article, option=orjson.OPT_SORT_KEYS)) if d else None)
        apply(step.writes, state)
    return seen


def test_compact_stores_decide_as_the_core_dicts(resources: Any) -> None:
    articles = _articles(resources)
    assert len(articles) >= 3
    stream = articles + _rewrites(articles) + articles  # new, rewrites and copies of them, then re-sends
    plain = MemoryState()
    worker = Stores({}, CompactUris({}), NearIndex())
    assert _decide_all(stream, worker) == _decide_all(stream, plain)
    statuses = {d[0] for d in _decide_all(stream, MemoryState()) if d}
    assert "new" in statuses and len(statuses) >= 2  # the stream exercised more than one rule
    # the same state, read back: keys, buckets and the uri entries' JSON (what the changelog carries)
    assert dict(worker.near.items()) == plain.near
    assert {k: faust_json.dumps(v) for k, v in worker.by_uri.table.items()} == {
        k: faust_json.dumps(v) for k, v in plain.by_uri.items()
    }
    assert all(isinstance(v["signature"], Signature) for v in worker.by_uri.table.values() if v.get("signature"))


def test_signature_reads_and_writes_as_the_list() -> None:
    values = [0, 1, 2**31, 2**32 - 1, 123_456_789]
    sig = Signature(values)
    assert tuple(sig) == tuple(values) and list(sig) == values and len(sig) == 5
    assert faust_json.dumps({"signature": sig}) == faust_json.dumps({"signature": values})
    assert json.loads(faust_json.dumps(copy.deepcopy({"s": sig})))["s"] == values  # copies keep __json__
    assert type(copy.copy(sig)) is Signature
    assert sys.getsizeof(Signature(range(64))) * 4 < sys.getsizeof(list(range(2**31, 2**31 + 64))) + 64 * 32
    assert compact_entry({"signature": [-1]}) == {"signature": [-1]}  # out of range: left as it was
    assert compact_entry({"signature": [2**40]})["signature"] == [2**40]
    assert compact_entry({"uri": "u"}) == {"uri": "u"}


def test_near_index_is_a_dict_of_lists_to_its_reader() -> None:
    sig = tuple(range(1000, 1064))
    keys = [*band_keys(sig), "odd key", "07:ABCDEF0123456789", "99:0123456789abcdef", "07:0123"]
    index: NearIndex = NearIndex()
    plain: dict[str, list[dict[str, Any]]] = {}
    a, b = {"uri": "a", "storyId": "a", "seenAt": NOW}, {"uri": "b", "storyId": "b", "seenAt": NOW}
    for n, key in enumerate(keys):
        bucket = [a] if n % 2 else [a, b]
        index[key] = bucket
        plain[key] = list(bucket)
    index[keys[0]] = []
    plain[keys[0]] = []
    assert sorted(index) == sorted(plain) and len(index) == len(plain)
    assert all(index[k] == plain[k] and index.get(k) == plain[k] for k in plain)
    assert index.get("00:ffffffffffffffff") is None and "00:ffffffffffffffff" not in index and keys[1] in index
    got = index[keys[1]]
    got.append(b)  # a fresh list: changing it does not change the index, as with the core's merge_bucket
    assert index[keys[1]] == plain[keys[1]]
    del index[keys[2]]
    assert keys[2] not in index
    index.clear()
    assert not index


def test_arena_cap_is_set_unless_the_environment_says(monkeypatch: pytest.MonkeyPatch) -> None:
    if heap._libc() is None:
        pytest.skip("not glibc: nothing to cap")
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert heap.configure() is False  # the operator's choice stands
    monkeypatch.delenv("MALLOC_ARENA_MAX")
    assert heap.configure() is True


def test_probe_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("WIREFEED_MEMPROBE", raising=False)
    assert memprobe.start_from_env() is None
    row = memprobe.sample()
    assert row["VmRSS"] > 0 and row["VmHWM"] >= row["VmRSS"]
    assert row["VmHWM"] * 1024 >= resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 0.9
