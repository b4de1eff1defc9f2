"""Dedupe rules (formats.md §5): new, exact duplicate, update/correction, stale version, kill,
near-duplicate linking, expiry and caps. decide() is pure; state changes only through apply()."""

from __future__ import annotations

import copy
import itertools
import re
from pathlib import Path

from streams.core.dedupe import (
    DAY,
    DedupeConfig,
    MemoryState,
    StateWrite,
    apply,
    compare_versions,
    decide,
    expired,
    merge_bucket,
    origin_of,
    sweep,
    sweep_state,
    updates,
)
from streams.core.hashing import content_hash
from streams.core.plan import BatchDeduper

T0 = 1_700_000_000.0
OFFSETS = itertools.count(1)  # each art() is its own raw record (one raw member read twice is a replay)
STORY = (
    "The central bank raised its benchmark interest rate by a quarter point on Tuesday, "
    "citing persistent inflation and a weaker currency. Analysts had expected the move after "
    "last month's data showed consumer prices rising faster than forecast.\n\n"
    "The governor told reporters the bank would keep watching food and energy prices closely "
    "and was ready to act again if needed. Markets took the decision calmly and the currency "
    "firmed slightly against the dollar in afternoon trade.\n\n"
    "Exporters warned that higher borrowing costs would hurt small manufacturers, while banks "
    "said loan growth was likely to slow in the coming quarter."
)
OTHER = (
    "Heavy rain flooded dozens of villages in the north of the province overnight, forcing "
    "thousands of residents to leave their homes, the disaster agency said on Wednesday. "
    "Rescue teams used rubber boats to reach people trapped on rooftops."
)


def art(
    uri: str = "urn:x:1",
    body: str = STORY,
    version: str = "1",
    created: str = "2024-01-01T00:00:00Z",
    headline: str = "Bank raises rates",
    **extra,
) -> dict:
    a = {
        "uri": uri,
        "type": "text",
        "version": version,
        "versionCreated": created,
        "pubStatus": "usable",
        "headlines": [{"role": "main", "value": headline}],
        "bodies": [{"role": "main", "contentType": "text/plain", "value": body}],
        "ext": {"provenance": {"provider": "test", "rawRef": {"topic": "wire.raw", "offset": next(OFFSETS)}}},
    }
    a.update(extra)
    a["ext"]["contentHash"] = content_hash(a)
    return a


def admit_all(*articles: dict, dd: BatchDeduper | None = None) -> list:
    dd = dd or BatchDeduper()
    return [dd.admit(a, now=T0 + i) for i, a in enumerate(articles)]


# ------------------------------------------------------------------ exact / versions


def test_first_sight_is_new_and_its_own_story() -> None:
    d = decide(art(), MemoryState(), T0)
    assert d.publish and d.status == "new" and d.record is None
    assert d.article["ext"]["dedupe"] == {"status": "new", "storyId": "urn:x:1"}


def test_same_content_again_is_an_exact_duplicate_record() -> None:
    first, again, other_uri = admit_all(art(), art(), art(uri="urn:y:9"))
    assert first.publish and not again.publish and not other_uri.publish
    rec = other_uri.record
    assert other_uri.record_kind == "duplicate"
    assert {"uri", "duplicateOf", "contentHash", "provenance", "kind", "detectedAt"} <= set(rec)
    assert rec["uri"] == "urn:y:9" and rec["duplicateOf"] == "urn:x:1" and rec["kind"] == "exact"
    assert rec["contentHash"] == art()["ext"]["contentHash"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", rec["detectedAt"])
    assert again.record["duplicateOf"] == "urn:x:1"


def test_newer_version_with_other_content_is_an_update() -> None:
    _, upd = admit_all(art(), art(body=STORY + " A new paragraph.", version="2"))
    assert upd.publish and upd.status == "update"
    assert upd.article["ext"]["dedupe"]["previousVersion"] == "1"
    assert upd.article["ext"]["dedupe"]["storyId"] == "urn:x:1"


def test_correction_signal_makes_a_correction() -> None:
    fixed = art(body=STORY.replace("quarter", "half"), version="2")
    fixed["ext"]["signals"] = ["correction"]
    _, d = admit_all(art(), fixed)
    assert d.status == "correction" and d.article["ext"]["dedupe"]["status"] == "correction"


def test_older_version_arriving_late_is_stale() -> None:
    new, stale = admit_all(art(version="3", body=STORY + " Third take."), art(version="2"))
    assert new.publish and not stale.publish
    assert stale.record["kind"] == "stale_version" and stale.record["currentVersion"] == "3"
    assert stale.record["duplicateOf"] == "urn:x:1"


def test_integer_versions_then_version_created() -> None:
    assert compare_versions("10", None, "9", None) == 1  # integers, not strings
    assert compare_versions("1", "2024-01-02T00:00:00Z", "1", "2024-01-01T00:00:00.5Z") == 1
    assert compare_versions(None, "2024-01-01T00:00:00+07:00", None, "2023-12-31T18:00:00Z") == -1  # 17:00Z
    assert compare_versions("2", "2020-01-01T00:00:00Z", "1", "2024-01-01T00:00:00Z") == 1
    assert compare_versions("1", None, "1", None) == 0


def test_same_version_other_content_is_an_update_flagged_same_version() -> None:
    _, d = admit_all(art(), art(body=STORY + " Edited."))
    assert d.status == "update" and d.article["ext"]["dedupe"]["sameVersion"] is True


def test_headline_only_change_with_a_version_bump_is_an_update() -> None:
    _, d, again = admit_all(
        art(),
        art(version="2", headline="Bank raises rates by 25 bp"),
        art(version="3", headline="Bank raises rates by 25 bp"),
    )
    assert d.status == "update" and not again.publish and again.record["kind"] == "exact"


# ------------------------------------------------------------------ kills and routing


def test_kill_is_published_and_follows_the_article_topics() -> None:
    def router(article: dict, previous) -> list[str]:
        return sorted({*previous, *(["wire.articles.lang.en"] if article.get("language") == "en" else [])})

    dd = BatchDeduper(router=router)
    first = dd.admit(art(language="en"), now=T0)
    assert first.topics == ("wire.articles.lang.en",)
    kill = dd.admit(art(version="2", pubStatus="canceled", body="This story has been withdrawn."), now=T0 + 1)
    assert kill.publish and kill.status == "kill" and kill.record_kind == "kill"
    assert kill.topics == ("wire.articles.lang.en",)  # no language on the kill: state carries it
    rec = kill.record
    assert rec["kind"] == "kill" and rec["uri"] == "urn:x:1" and rec["previousVersion"] == "1"
    assert rec["storyId"] == "urn:x:1" and rec["topics"] == ["wire.articles.lang.en"]
    assert kill.article["pubStatus"] == "canceled" and kill.article["ext"]["dedupe"]["status"] == "kill"
    assert list(kill) == [kill.article, kill.record]
    late = dd.admit(art(version="3", body=STORY + " More."), now=T0 + 2)
    assert not late.publish and late.record["kind"] == "after_kill"


def test_kill_of_an_unknown_uri_is_still_published() -> None:
    d = decide(art(pubStatus="canceled"), MemoryState(), T0)
    assert d.publish and d.status == "kill" and "previousVersion" not in d.record


# ------------------------------------------------------------------ purity and writes


def test_decide_does_not_mutate_state_or_article() -> None:
    state = MemoryState()
    apply(updates(decide(art(), state, T0)), state)
    before_state, article = copy.deepcopy(state), art(body=STORY + " More.", version="2")
    before_article = copy.deepcopy(article)
    decide(article, state, T0 + 5)
    assert state == before_state and article == before_article


def test_updates_lists_the_writes_and_nothing_is_written_before_apply() -> None:
    state = MemoryState()
    first = art()
    d = decide(first, state, T0)
    writes = updates(d, topics=["wire.articles.lang.en"])
    assert not state.by_hash and not state.by_uri and not state.near
    stores = [w.store for w in writes]
    assert stores.count("by_hash") == 1 and stores.count("by_uri") == 1 and stores.count("near") == 16
    apply(writes, state)
    assert state.by_uri["urn:x:1"]["topics"] == ["wire.articles.lang.en"]
    assert state.by_hash[art()["ext"]["contentHash"]] == {"uri": "urn:x:1", "seenAt": T0, "origin": origin_of(first)}
    assert updates(decide(art(), state, T0 + 1)) == []  # a dropped duplicate writes nothing


# ------------------------------------------------------------------ near duplicates


def test_lightly_edited_rewrite_is_published_but_linked() -> None:
    paragraphs = STORY.split("\n\n")
    added = art(uri="urn:y:2", body=STORY + "\n\nThe next policy meeting is scheduled for March.")
    dropped = art(uri="urn:z:3", body="\n\n".join(paragraphs[:2]) + " The governor spoke in Jakarta.")
    _first, d_added, d_dropped, unrelated = admit_all(art(), added, dropped, art(uri="urn:w:4", body=OTHER))
    for d, near in ((d_added, "urn:x:1"), (d_dropped, None)):
        dd = d.article["ext"]["dedupe"]
        assert d.publish and d.status == "new"
        assert dd["storyId"] == "urn:x:1"
        if near:
            assert dd["nearDuplicateOf"] == near and dd["similarity"] >= 0.7
    assert "nearDuplicateOf" not in unrelated.article["ext"]["dedupe"]
    assert unrelated.article["ext"]["dedupe"]["storyId"] == "urn:w:4"


def test_seed_rewrite_links_to_the_first_story(corpus: Path) -> None:
    text = (corpus / "seed/000_af91a0d982ffc927.txt").read_text("utf-8")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    edited = "\n\n".join([*paragraphs[:-1], "Kazakhstan adalah negara terbesar di Asia Tengah."])
    _, d = admit_all(art(body=text), art(uri="urn:other:7", body=edited))
    assert d.publish and d.article["ext"]["dedupe"]["nearDuplicateOf"] == "urn:x:1"


def test_threshold_and_switch_are_configurable() -> None:
    added = art(uri="urn:y:2", body=STORY + "\n\nThe next policy meeting is scheduled for March.")
    strict = BatchDeduper(DedupeConfig(near_threshold=0.99))
    off = BatchDeduper(DedupeConfig(near_enabled=False))
    for dd in (strict, off):
        _, d = admit_all(art(), added, dd=dd)
        assert "nearDuplicateOf" not in d.article["ext"]["dedupe"]
    assert not off.state.near


# ------------------------------------------------------------------ expiry and caps


def test_expired_entries_are_ignored_before_any_sweep() -> None:
    cfg = DedupeConfig(ttl_seconds=10 * DAY)
    dd = BatchDeduper(cfg)
    dd.admit(art(), now=T0)
    assert not dd.admit(art(uri="urn:y:2"), now=T0 + 9 * DAY).publish
    assert dd.admit(art(uri="urn:y:2"), now=T0 + 10 * DAY).publish
    assert expired({"seenAt": T0}, T0 + 10, 10) and not expired({"seenAt": T0}, T0 + 9.9, 10)


def test_sweep_deletes_expired_and_oldest_over_cap() -> None:
    store = {f"h{i}": {"uri": f"u{i}", "seenAt": T0 + i} for i in range(10)}
    writes = sweep("by_hash", store, now=T0 + 100, ttl=96, cap=3)
    deleted = {w.key for w in writes if w.op == "delete"}
    assert deleted == {f"h{i}" for i in range(7)}  # h0-h4 expired, h5-h6 over the cap
    near = {"k": [{"uri": "a", "seenAt": T0}, {"uri": "b", "seenAt": T0 + 50}], "j": [{"uri": "c", "seenAt": T0}]}
    assert sweep("near", near, T0 + 40, ttl=30) == [
        StateWrite("near", "k", "put", [{"uri": "b", "seenAt": T0 + 50}]),
        StateWrite("near", "j", "delete"),
    ]


def test_sweep_state_then_apply_empties_an_old_state() -> None:
    dd = BatchDeduper()
    admit_all(art(), art(uri="urn:w:4", body=OTHER), dd=dd)
    apply(sweep_state(dd.state, T0 + 31 * DAY), dd.state)
    assert not dd.state.by_hash and not dd.state.by_uri and not dd.state.near


def test_near_buckets_are_capped_newest_last() -> None:
    bucket: list = []
    for i in range(20):
        bucket = merge_bucket(bucket, {"uri": f"u{i}", "storyId": "s", "seenAt": T0 + i}, ttl=DAY, cap=8)
    assert [e["uri"] for e in bucket] == [f"u{i}" for i in range(12, 20)]
    bucket = merge_bucket(bucket, {"uri": "u15", "storyId": "s", "seenAt": T0 + 30}, ttl=DAY, cap=8)
    assert [e["uri"] for e in bucket].count("u15") == 1 and bucket[-1]["uri"] == "u15"
