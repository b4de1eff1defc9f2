"""The dedupe stage's exact shortcuts (session 20, spd20b): stored band keys, the planner's overlay reads and the
near index's bucket merge give what the general formulations give, on real corpus stories."""

from __future__ import annotations

import struct
from collections.abc import MutableMapping
from pathlib import Path

import pytest
import xxhash

from streams.core.dedupe import DEFAULT_CONFIG, MemoryState, merge_bucket
from streams.core.hashing import BANDS, NUM_BINS, ROWS, band_keys, minhash, signature
from streams.core.plan import Overlay, PendingState, plan_batch
from tests.unit.test_hashing import article, reuters_records


def stored_band_keys(sig: tuple[int, ...]) -> list[str]:
    """The band keys' stored format, restated: ``<band>:<xxh3-64 hex of the band's 4 little-endian uint32>``."""
    out = []
    for band in range(len(sig) // ROWS):
        rows = sig[band * ROWS : (band + 1) * ROWS]
        out.append(f"{band:02d}:{xxhash.xxh3_64_hexdigest(struct.pack('<4I', *rows))}")
    return out


@pytest.fixture(scope="module")
def bodies(corpus: Path) -> list[str]:
    return [b for _, b, _ in reuters_records(corpus) if len(b.split()) > 20][:300]


def test_band_keys_are_the_stored_format_on_reuters_stories(bodies: list[str]) -> None:
    sigs = [signature(article(b)) for b in bodies]
    assert len({s for s in sigs}) > 250  # different stories, different signatures
    for sig in sigs:
        keys = band_keys(sig)
        assert len(keys) == BANDS and keys == stored_band_keys(sig)
    # a stored signature read back as a list takes the same path
    assert band_keys(list(sigs[0])) == stored_band_keys(sigs[0])  # type: ignore[arg-type]


def test_band_keys_of_other_lengths_keep_the_general_path(bodies: list[str]) -> None:
    sig = signature(article(bodies[0]))
    for cut in (ROWS, 2 * ROWS, NUM_BINS - ROWS, NUM_BINS + ROWS):
        part = (sig * 2)[:cut]
        assert band_keys(part) == stored_band_keys(part)
    assert band_keys(minhash([])) == stored_band_keys((0,) * NUM_BINS)


def test_overlay_get_is_mapping_get(bodies: list[str]) -> None:
    """Keys in the base, written in the batch, deleted in the batch, and absent: ``get`` as ``Mapping.get``."""
    base = {f"urn:r:{i}": {"seenAt": float(i)} for i in range(20)}
    overlay = Overlay(base)
    overlay["urn:r:1"] = {"seenAt": 99.0}  # shadows the base
    overlay["urn:new"] = {"seenAt": 1.0}
    del overlay["urn:r:2"]
    del overlay["urn:new2"]  # deleted without ever being there
    keys = [*base, "urn:new", "urn:new2", "urn:absent"]
    for key in keys:
        for default in (None, "d"):
            assert overlay.get(key, default) == MutableMapping.get(overlay, key, default)
    assert overlay.get("urn:r:2", "gone") == "gone" and overlay.get("urn:r:1")["seenAt"] == 99.0
    assert base["urn:r:2"] == {"seenAt": 2.0}  # the base is never touched


def test_batch_plan_finds_near_copies_inside_a_batch_and_writes_merged_buckets(bodies: list[str]) -> None:
    """A lightly edited copy planned in the same batch as its original meets it through the overlay; the final
    near buckets hold both where their bands agree, one where they do not (the empty-bucket path)."""
    story = bodies[0]
    words = story.split()
    edited = " ".join(words[:-2])  # the last two words cut: most bands agree
    arts = []
    for i, body in enumerate([story, bodies[1], edited]):
        a = article(body, headline=f"h{i}")
        a.update(uri=f"urn:r:{i}", version="1", ext={"contentHash": f"xxh3-128:{i:032x}"})
        arts.append(a)
    state = MemoryState()
    plan = plan_batch(arts, state, 1000.0, DEFAULT_CONFIG)
    dedupe = [s.decision.article["ext"]["dedupe"] for s in plan.steps if s.decision and s.decision.article]
    assert dedupe[2].get("nearDuplicateOf") == "urn:r:0" and "nearDuplicateOf" not in dedupe[1]
    near = {w.key: w.value for w in plan.writes if w.store == "near"}
    sizes = sorted(len(v) for v in near.values())
    assert sizes[0] == 1 and sizes[-1] == 2  # shared bands merged, the others written fresh
    assert len(near) == len(
        set(band_keys(signature(arts[0]))) | set(band_keys(signature(arts[1]))) | set(band_keys(signature(arts[2])))
    )
    assert not state.near  # planning writes nothing


@pytest.mark.parametrize("cap", [1, 2, 8])
def test_merge_into_an_empty_bucket_is_the_filtered_merge(cap: int) -> None:
    entry = {"uri": "urn:r:1", "storyId": "urn:r:1", "seenAt": 5000.0}
    expired = {"uri": "urn:r:0", "storyId": "urn:r:0", "seenAt": 0.0}  # filtered out: the same result
    assert merge_bucket([], entry, 100.0, cap) == merge_bucket([expired], entry, 100.0, cap) == [entry]
    pending = PendingState(MemoryState())
    assert pending.near.get("00:absent") is None


@pytest.fixture()
def thresholds(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    import gc

    before = gc.get_threshold()
    monkeypatch.delenv("WIREFEED_GC_GEN0", raising=False)
    yield monkeypatch
    gc.set_threshold(*before)


def test_worker_collector_threshold_and_its_override(thresholds: pytest.MonkeyPatch) -> None:
    import gc

    from streams.worker import collector

    gc.set_threshold(700, 10, 10)
    assert collector.configure() == (collector.GEN0_THRESHOLD, 10, 10)
    thresholds.setenv("WIREFEED_GC_GEN0", "700")
    assert collector.configure() == (700, 10, 10)
    thresholds.setenv("WIREFEED_GC_GEN0", "0")  # leave the collector as it is
    gc.set_threshold(1234, 5, 6)
    assert collector.configure() == (1234, 5, 6)
