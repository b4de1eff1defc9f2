"""Dedupe and versioning decisions: state in, decision out.

:func:`decide` is pure: it reads a :class:`DedupeState` and returns a :class:`Decision`; it never
writes. :func:`updates` lists the state writes the decision implies, and the caller performs them
(:func:`apply`) only **after** the broker has acknowledged the output. Writing first and crashing
before the send would make the replayed item look like a duplicate of itself and lose it
(faust-notes §0.3). Process one partition's items one at a time (decide, send, await ack, apply);
two copies decided before either write is applied are both published (at-least-once: consumers stay
idempotent on ``uri`` + ``ext.contentHash``).

Rules (formats.md §5, adapted from Superdesk ``is_new_version``), in this order:

0. The hash entry of the item's content, or its uri entry with the same content (a kill: the killed entry),
   was written for this very raw member (its ``origin``, ``topic:partition:offset:index`` of a broker
   record, equals the item's) → **replay**: the same item read again after a crash or a rebalance,
   published already (state is written only after the acks); nothing is sent, nothing written.
   Without it the re-read is "an exact duplicate of itself", a second output for one raw member.
1. ``pubStatus == "canceled"`` → **kill**: published (the article is the ninjs tombstone) plus a
   kill record; routed to the topics the uri was last routed to. A kill is final: later items of a
   killed uri are dropped with kind ``after_kill`` (``DedupeConfig.kill_is_final``).
2. Known uri, same content hash → **duplicate** ``exact`` (re-sent file, RSS re-poll), unless the
   version is newer and the headline changed or a correction is signalled: then an update/correction
   (the content hash covers the body only).
3. Known uri, different hash, older version (integer ``version`` first, then ``versionCreated``)
   → not published, record kind ``stale_version``.
4. Known uri, different hash, newer version → **update**, or **correction** when ``ext.signals``
   contains ``correction`` (or ``sig:correction``). Same version with different text is treated as an
   update too (``ext.dedupe.sameVersion: true``): id-less or version-less feeds re-send edited text
   without bumping anything; the last copy to arrive wins.
5. Unknown uri, content hash already seen (under another uri) → duplicate ``exact``.
6. Otherwise **new**. If an indexed article is similar (LSH band candidates confirmed by the
   MinHash Jaccard estimate ≥ ``near_threshold``) it is still published, but linked:
   ``ext.dedupe.nearDuplicateOf`` = the closest earlier uri, ``storyId`` = that article's storyId.
   A new story's storyId is its own uri.

Published articles get ``ext.dedupe = {status, storyId, previousVersion?, nearDuplicateOf?,
similarity?, sameVersion?}`` with status ``new | update | correction | kill``.

Duplicate record (``wire.duplicates``; a contract, keep the field names)::

    {uri, duplicateOf, contentHash, provenance, kind, detectedAt,
     version, versionCreated, storyId?, currentVersion?}

``kind``: ``exact`` (same content: same uri or another uri), ``stale_version`` (older version of
a known uri: ``duplicateOf`` is that uri, ``currentVersion`` the version we hold) or
``after_kill`` (item for a killed uri). ``provenance`` is the item's ``ext.provenance``;
``detectedAt`` is RFC 3339 UTC.

Kill record (``wire.kills`` or wherever the lead sends it; one per kill, plus the tombstone
article on the article topics)::

    {uri, kind: "kill", storyId, version, versionCreated, previousVersion?, contentHash,
     previousContentHash?, provenance, detectedAt, topics}

``topics`` = the extra topics the tombstone is sent to, which include every topic the uri had been
routed to (kills follow the article); ``streams.core.plan`` sets it once routing is known.

State (three mapping-like stores; Faust tables back them, :class:`MemoryState` uses dicts). Values
are plain JSON data; ``seenAt`` is epoch seconds:

* ``by_hash``: content hash → ``{uri, seenAt, origin?}``
* ``by_uri``: uri → ``{version, versionCreated, contentHash, headlineHash, storyId, seenAt,
  signature, topics, killed?, origin?}`` (``signature``: a list of ints; the worker holds it as a
  :class:`Signature`, which reads and serialises the same)
* ``near``: LSH band key → ``[{uri, storyId, seenAt}, ...]`` (newest last, ``near_bucket_cap``)

``origin`` (:func:`origin_of`) is the raw member whose publication wrote the entry, only for broker
records (offline inputs have no offset): it travels in the same changelog record as the entry, so the
state that says "published" always says by whom (rule 0).

Expiry is ours (windowed tables are unreliable, faust-notes §4): reads ignore entries older than
their TTL (:func:`expired`), and a periodic :func:`sweep` returns deletes for expired entries and
for the oldest entries over a cap. Set the changelog topics' ``cleanup.policy=compact`` so the
deletes (tombstones) shrink them.

Partitioning (the lead implements the keying). Copies of a story must meet in one partition, but
no per-item key does that for every rule: an update changes the hash (so hash keying splits
versions), a re-send under a new id changes the uri (so uri keying splits exact copies), and a
near-duplicate shares neither (16 band keys per item). Decision: run the dedupe stage on a
**single-partition** topic (key = the uri, for ordering of a uri's versions and compaction
friendliness; partitions = 1 for this topic and the three table changelogs). Parsing and enrichment
(the costly stages, ms per item) stay on N partitions upstream; :func:`decide` costs tens of µs,
so one partition handles thousands of items per second, far above agency wire volume. Limits:
throughput is one worker (warm standby via ``table_standby_replicas``); if that is ever too little,
key by provider (``ext.provenance.provider``): versions, kills and same-provider copies still meet,
cross-provider copies and near-duplicates are then only found within a provider. Id-less formats
get ``uri = hash`` in the pipeline, so for them both keys coincide anyway.
"""

from __future__ import annotations

import datetime as dt
import heapq
from array import array
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from streams.core.hashing import Identity, band_keys, content_hash, headline_hash, signature, similarity
from streams.core.model import Article, Record, raw_ref, rfc3339

DAY = 86400.0
Entry = dict[str, Any]
StoreName = Literal["by_hash", "by_uri", "near"]
CORRECTION_SIGNALS = frozenset({"correction", "sig:correction"})


@dataclass(frozen=True, slots=True)
class DedupeConfig:
    """Tunables; TTLs in seconds. The near index is short-lived: rewrites come within days."""

    ttl_seconds: float = 30 * DAY  # content hashes and uris
    near_ttl_seconds: float = 7 * DAY  # near-duplicate index
    near_threshold: float = 0.7  # MinHash Jaccard estimate for "same story, lightly edited"
    near_enabled: bool = True
    near_bucket_cap: int = 8  # entries kept per band key (newest)
    max_entries: int | None = 5_000_000  # per store (hashes, uris), applied by sweep(): oldest go first
    kill_is_final: bool = True


DEFAULT_CONFIG = DedupeConfig()

_SIG_CODE = "I" if array("I").itemsize >= 4 else "L"  # 32-bit values: 4 bytes each where C's int has 4


class Signature(array):  # type: ignore[type-arg]
    """A uri entry's MinHash signature as the worker stores it, 4 bytes a value: the stage holds one per stored
    article, and as a list of 64 Python ints it took 2.6 KB (ints over 2**30 are 32-byte objects) against 0.3 KB
    here, 46 MB of a worker's peak over 20,000 articles (docs/benchmarks.md, "Session 16: the worker's peak
    memory"). Faust's JSON codec writes it as the same list (``__json__``); :func:`decide` reads it as a tuple,
    like the list. :func:`compact_entry` swaps it in."""

    __slots__ = ()

    def __new__(cls, values: Iterable[int] = ()) -> Signature:
        return super().__new__(cls, _SIG_CODE, values)

    def __json__(self) -> list[int]:
        return self.tolist()

    def __copy__(self) -> Signature:  # array's own copies drop the subclass, and with it ``__json__``
        return Signature(self)

    def __deepcopy__(self, memo: Any) -> Signature:
        return Signature(self)


class DedupeState(Protocol):
    """What :func:`decide` reads. Faust tables, dicts or any Mapping will do."""

    @property
    def by_hash(self) -> Mapping[str, Entry]: ...
    @property
    def by_uri(self) -> Mapping[str, Entry]: ...
    @property
    def near(self) -> Mapping[str, list[Entry]]: ...


class MutableDedupeState(Protocol):
    """What :func:`apply` writes to."""

    @property
    def by_hash(self) -> MutableMapping[str, Entry]: ...
    @property
    def by_uri(self) -> MutableMapping[str, Entry]: ...
    @property
    def near(self) -> MutableMapping[str, list[Entry]]: ...


def compact_entry(entry: Entry) -> Entry:
    """``entry`` (a uri entry) with its signature as a :class:`Signature`; the same object if there is nothing
    to swap (no signature, one already compact, or values that do not fit 32 bits)."""
    sig = entry.get("signature") if isinstance(entry, dict) else None
    if not isinstance(sig, list | tuple) or not sig:
        return entry
    try:
        return {**entry, "signature": Signature(sig)}
    except (TypeError, OverflowError):
        return entry


class NearIndex(MutableMapping[str, list[Entry]]):
    """The near-duplicate index as the worker holds it: a mapping like ``dict[str, list[Entry]]`` that stores
    less. 16 band keys per article, nearly all holding one entry: a one-element list per key took 80 of the 2.6 KB
    an article cost (52 MB over 20,000 articles: docs/benchmarks.md, "Session 16: the worker's peak memory").
    Here a bucket of one entry is kept as the entry itself (a longer one as a tuple); reads give back fresh
    lists, so :func:`decide` and :func:`apply` see what a dict of lists would give them. (Keys packed into ints
    saved 7 MB more over 20,000 articles but cost ~150 µs an article in parsing: not kept.)"""

    __slots__ = ("_data",)

    def __init__(self) -> None:
        self._data: dict[str, Entry | tuple[Entry, ...]] = {}

    def __getitem__(self, key: str) -> list[Entry]:
        bucket = self._data[key]
        return [bucket] if isinstance(bucket, dict) else list(bucket)

    def __setitem__(self, key: str, bucket: list[Entry]) -> None:
        self._data[key] = bucket[0] if len(bucket) == 1 and isinstance(bucket[0], dict) else tuple(bucket)

    def __delitem__(self, key: str) -> None:
        del self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def get(self, key: str, default: Any = None) -> Any:
        bucket = self._data.get(key)
        if bucket is None:
            return default
        return [bucket] if isinstance(bucket, dict) else list(bucket)

    def clear(self) -> None:
        self._data.clear()


@dataclass(slots=True)
class MemoryState:
    """Dict-backed state for tests and offline runs (``wirefeed process`` over several inputs)."""

    by_hash: dict[str, Entry] = field(default_factory=dict)
    by_uri: dict[str, Entry] = field(default_factory=dict)
    near: dict[str, list[Entry]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StateWrite:
    """One write to perform after the output is acknowledged.

    ``put`` sets ``value``; ``delete`` removes the key; ``add`` (near store only) merges the entry
    ``value`` into the key's bucket with :func:`merge_bucket` at apply time, so two pending writes to
    one bucket do not overwrite each other.
    """

    store: StoreName
    key: str
    op: Literal["put", "add", "delete"]
    value: Any = None


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with one article.

    ``publish``: send ``article`` to the article topic(s). ``record``: a duplicate record
    (``record_kind == "duplicate"``) for ``wire.duplicates`` or a kill record (``"kill"``).
    ``topics``: extra topics this uri was routed to before (kills and updates follow them); the batch
    planner (``streams.core.plan``) adds the routing rules' topics.
    """

    status: str  # new|update|correction|kill|exact|stale_version|after_kill|replay
    publish: bool
    article: Article | None = None
    record: Record | None = None
    record_kind: Literal["duplicate", "kill"] | None = None
    topics: tuple[str, ...] = ()
    uri_entry: Entry | None = None  # by_uri value to write (topics merged in by updates())
    hash_entry: Entry | None = None
    bands: tuple[str, ...] = ()
    near_entry: Entry | None = None

    def outputs(self) -> list[Record]:
        """The records to send, in order: the article (if published), then the duplicate/kill record."""
        return [r for r in (self.article if self.publish else None, self.record) if r is not None]

    def __iter__(self) -> Iterator[Record]:
        """``yield from decision`` yields :meth:`outputs` (offline CLI convenience)."""
        return iter(self.outputs())


# ---------------------------------------------------------------- helpers


def origin_key(origin: Mapping[str, Any]) -> str:
    """``topic:partition:offset:index`` of a raw origin (``rawRef`` of an article, ``origin`` of a dead letter)."""
    return f"{origin.get('topic')}:{origin.get('partition')}:{origin.get('offset')}:{origin.get('index', 0)}"


def origin_of(article: Mapping[str, Any]) -> str | None:
    """The article's raw member as :func:`origin_key`, or ``None`` when it is not a broker record (no topic
    or offset: ``wirefeed process`` inputs, where the same file given twice is a real duplicate)."""
    ref = raw_ref(article)
    if ref.get("topic") is None or ref.get("offset") is None:
        return None
    return origin_key(ref)


def expired(entry: Mapping[str, Any], now: float, ttl: float) -> bool:
    """An entry is gone once ``ttl`` seconds have passed since it was written."""
    return now - float(entry.get("seenAt", 0.0)) >= ttl


def _live(entry: Entry | None, now: float, ttl: float) -> Entry | None:
    return None if entry is None or expired(entry, now, ttl) else entry


def _as_int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _as_time(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def compare_versions(version: Any, created: Any, other_version: Any, other_created: Any) -> int:
    """-1 / 0 / 1: integer versions first (when both parse and differ), then ``versionCreated``."""
    a, b = _as_int(version), _as_int(other_version)
    if a is not None and b is not None and a != b:
        return 1 if a > b else -1
    ta, tb = _as_time(created), _as_time(other_created)
    if ta is None or tb is None or ta == tb:
        return 0
    return 1 if ta > tb else -1


def merge_bucket(bucket: Sequence[Entry], entry: Entry, ttl: float, cap: int) -> list[Entry]:
    """A near-index bucket with ``entry`` appended: expired and same-uri entries out, newest ``cap`` kept."""
    if not bucket:  # nearly every band key of a new story (16 an article, twice a batch): nothing to filter
        return [entry][-cap:]
    now = float(entry["seenAt"])
    kept = [e for e in bucket if e.get("uri") != entry["uri"] and not expired(e, now, ttl)]
    kept.append(entry)
    return kept[-cap:]


# ---------------------------------------------------------------- decide


@dataclass(slots=True)
class _Item:
    """The fields of the incoming article the rules look at; text-derived values computed at most once
    (or handed in: :class:`~streams.core.hashing.Identity`)."""

    article: Article
    uri: str
    digest: str
    now: float
    ident: Identity | None = None
    origin: str | None = None  # origin_of(article)
    _sig: tuple[int, ...] | None = None
    _bands: tuple[str, ...] | None = None
    _headline: str | None = None

    @property
    def ext(self) -> dict[str, Any]:
        return self.article.get("ext") or {}

    def signals(self) -> set[str]:
        return {str(s).lower() for s in self.ext.get("signals") or ()}

    @property
    def created(self) -> Any:
        """``versionCreated`` as the provider stated it; ``None`` when the pipeline derived it from
        the receive time (``ext.derived``): arrival order says nothing about version order."""
        if "versionCreated" in (self.ext.get("derived") or ()):
            return None
        return self.article.get("versionCreated")

    def sig(self) -> tuple[int, ...]:
        if self._sig is None:
            self._sig = self.ident.signature if self.ident is not None else signature(self.article)
        return self._sig

    def bands(self) -> tuple[str, ...]:
        """LSH band keys of :meth:`sig` (once per decision: the near lookup and the index write share them)."""
        if self._bands is None:
            self._bands = self.ident.bands if self.ident is not None else tuple(band_keys(self.sig()))
        return self._bands

    def headline(self) -> str:
        if self._headline is None:
            self._headline = self.ident.headline if self.ident is not None else headline_hash(self.article)
        return self._headline


def _annotated(item: _Item, dedupe: dict[str, Any]) -> Article:
    """A copy of the article with ``ext.dedupe`` and ``ext.contentHash`` set (the input is not touched)."""
    fields = {k: v for k, v in dedupe.items() if v is not None}
    return {**item.article, "ext": {**item.ext, "contentHash": item.digest, "dedupe": fields}}


def _duplicate(
    item: _Item, kind: str, duplicate_of: str, *, story_id: str | None = None, current_version: Any = None
) -> Decision:
    record: Record = {
        "uri": item.uri,
        "duplicateOf": duplicate_of,
        "contentHash": item.digest,
        "provenance": item.ext.get("provenance"),
        "kind": kind,
        "detectedAt": rfc3339(item.now),
        "version": item.article.get("version"),
        "versionCreated": item.article.get("versionCreated"),
    }
    if story_id:
        record["storyId"] = story_id
    if current_version is not None:
        record["currentVersion"] = current_version
    return Decision(status=kind, publish=False, record=record, record_kind="duplicate")


def _publish(
    item: _Item,
    status: str,
    story_id: str,
    prev: Entry | None,
    config: DedupeConfig,
    **dedupe: Any,
) -> Decision:
    """A publish decision and the state it will write (hash, uri entry, near-index entries)."""
    sig = item.sig()
    article = _annotated(
        item,
        {"status": status, "storyId": story_id, "previousVersion": prev.get("version") if prev else None, **dedupe},
    )
    uri_entry: Entry = {
        "version": item.article.get("version"),
        "versionCreated": item.created,
        "contentHash": item.digest,
        "headlineHash": item.headline(),
        "storyId": story_id,
        "seenAt": item.now,
        "signature": list(sig),
        "topics": list(prev.get("topics", ())) if prev else [],
    }
    hash_entry: Entry = {"uri": item.uri, "seenAt": item.now}
    if item.origin is not None:
        uri_entry["origin"] = hash_entry["origin"] = item.origin
    near_entry = {"uri": item.uri, "storyId": story_id, "seenAt": item.now} if config.near_enabled else None
    return Decision(
        status=status,
        publish=True,
        article=article,
        topics=tuple(uri_entry["topics"]),
        uri_entry=uri_entry,
        hash_entry=hash_entry,
        bands=item.bands() if near_entry else (),
        near_entry=near_entry,
    )


def _kill(item: _Item, prev: Entry | None) -> Decision:
    story_id = prev.get("storyId", item.uri) if prev else item.uri
    previous_version = prev.get("version") if prev else None
    topics = tuple(prev.get("topics", ())) if prev else ()
    article = _annotated(item, {"status": "kill", "storyId": story_id, "previousVersion": previous_version})
    record: Record = {
        "uri": item.uri,
        "kind": "kill",
        "storyId": story_id,
        "version": item.article.get("version"),
        "versionCreated": item.article.get("versionCreated"),
        "previousVersion": previous_version,
        "contentHash": item.digest,
        "previousContentHash": prev.get("contentHash") if prev else None,
        "provenance": item.ext.get("provenance"),
        "detectedAt": rfc3339(item.now),
        "topics": list(topics),
    }
    uri_entry = {
        **(prev or {}),
        "storyId": story_id,
        "seenAt": item.now,
        "killed": True,
        "version": item.article.get("version"),
        "versionCreated": item.created,
        "contentHash": (prev or {}).get("contentHash", item.digest),
        "topics": list(topics),
        "origin": item.origin,
    }
    if item.origin is None:
        del uri_entry["origin"]
    return Decision(
        status="kill",
        publish=True,
        article=article,
        record={k: v for k, v in record.items() if v is not None},
        record_kind="kill",
        topics=topics,
        uri_entry=uri_entry,
    )


def _nearest(item: _Item, state: DedupeState, config: DedupeConfig) -> tuple[Entry, float] | None:
    """The most similar live indexed article at or above the threshold (band candidates, confirmed)."""
    best: tuple[Entry, float] | None = None
    checked: set[str] = {item.uri}
    sig = item.sig()
    for key in item.bands():
        for entry in state.near.get(key) or ():
            uri = entry.get("uri", "")
            if uri in checked or expired(entry, item.now, config.near_ttl_seconds):
                continue
            checked.add(uri)
            other = _live(state.by_uri.get(uri), item.now, config.ttl_seconds)
            if not other or not other.get("signature") or other.get("killed"):
                continue
            score = similarity(sig, tuple(other["signature"]))
            if score >= config.near_threshold and (best is None or score > best[1]):
                best = ({"uri": uri, "storyId": other.get("storyId") or entry.get("storyId") or uri}, score)
    return best


def _known_uri(item: _Item, prev: Entry, config: DedupeConfig) -> Decision:
    """Rules 2-4: a uri we hold a live entry for."""
    art = item.article
    if prev.get("killed") and config.kill_is_final:
        return _duplicate(
            item, "after_kill", item.uri, story_id=prev.get("storyId"), current_version=prev.get("version")
        )
    order = compare_versions(art.get("version"), item.created, prev.get("version"), prev.get("versionCreated"))
    correction = bool(item.signals() & CORRECTION_SIGNALS)
    status = "correction" if correction else "update"
    story_id = prev.get("storyId") or item.uri
    if item.digest == prev.get("contentHash"):
        if order > 0 and (correction or item.headline() != prev.get("headlineHash")):
            return _publish(item, status, story_id, prev, config)
        return _duplicate(item, "exact", item.uri, story_id=story_id)
    if order < 0:
        return _duplicate(item, "stale_version", item.uri, story_id=story_id, current_version=prev.get("version"))
    return _publish(item, status, story_id, prev, config, sameVersion=True if order == 0 else None)


def _replayed(item: _Item, prev: Entry | None, seen: Entry | None, canceled: bool) -> bool:
    """Rule 0: the live hash entry of this content, or the uri entry of this content (of this kill), was
    written for this very raw member."""
    if item.origin is None:
        return False
    if seen is not None and seen.get("origin") == item.origin:  # by_hash is keyed by the content hash
        return True
    if prev is None or prev.get("origin") != item.origin:
        return False
    return prev.get("contentHash") == item.digest or (canceled and bool(prev.get("killed")))


def decide(
    article: Article,
    state: DedupeState,
    now: float,
    config: DedupeConfig = DEFAULT_CONFIG,
    identity: Identity | None = None,
) -> Decision:
    """The dedupe decision for one assembled article. Pure: reads ``state``, never writes it.

    ``identity``: the article's signature, band keys and headline hash when computed upstream (the
    worker's ingest stage); else they are computed here from the article's text, at most once each.
    """
    item = _Item(
        article,
        article.get("uri") or "",
        (article.get("ext") or {}).get("contentHash") or content_hash(article),
        now,
        identity,
        origin_of(article),
    )
    prev = _live(state.by_uri.get(item.uri), now, config.ttl_seconds)
    seen = _live(state.by_hash.get(item.digest), now, config.ttl_seconds)
    canceled = article.get("pubStatus") == "canceled"
    if _replayed(item, prev, seen, canceled):
        return Decision(status="replay", publish=False)  # rule 0: this raw member, read again
    if canceled:
        return _kill(item, prev)
    if prev is not None:
        return _known_uri(item, prev, config)
    if seen is not None:
        return _duplicate(item, "exact", seen.get("uri", ""))
    near = _nearest(item, state, config) if config.near_enabled else None
    if near is None:
        return _publish(item, "new", item.uri, None, config)
    linked, score = near
    return _publish(
        item, "new", linked["storyId"], None, config, nearDuplicateOf=linked["uri"], similarity=round(score, 3)
    )


# ---------------------------------------------------------------- writes


def updates(decision: Decision, topics: Iterable[str] = ()) -> list[StateWrite]:
    """The state writes for ``decision``, to perform after the output is acknowledged.

    ``topics``: the extra topics the output was actually sent to; stored with the uri so a later
    kill or update follows the article there.
    """
    writes: list[StateWrite] = []
    article = decision.article
    if decision.hash_entry is not None and article is not None:
        writes.append(StateWrite("by_hash", article["ext"]["contentHash"], "put", decision.hash_entry))
    if decision.uri_entry is not None and article is not None:
        merged = sorted({*decision.uri_entry.get("topics", ()), *decision.topics, *topics})
        writes.append(StateWrite("by_uri", article["uri"], "put", {**decision.uri_entry, "topics": merged}))
    if decision.near_entry is not None:
        writes.extend(StateWrite("near", key, "add", decision.near_entry) for key in decision.bands)
    return writes


def apply(writes: Iterable[StateWrite], state: MutableDedupeState, config: DedupeConfig = DEFAULT_CONFIG) -> None:
    """Perform ``writes`` on ``state`` (the one place state changes; Faust tables work the same way)."""
    for write in writes:
        store: MutableMapping[str, Any] = getattr(state, write.store)
        if write.op == "delete":
            store.pop(write.key, None)
        elif write.op == "add":
            store[write.key] = merge_bucket(
                store.get(write.key) or [], write.value, config.near_ttl_seconds, config.near_bucket_cap
            )
        else:
            store[write.key] = write.value


def sweep(
    name: StoreName, store: Mapping[str, Any], now: float, ttl: float, cap: int | None = None
) -> list[StateWrite]:
    """Writes that expire ``store``: deletes for expired entries (near buckets are pruned), then for
    the oldest live entries beyond ``cap``. Run it on a timer; it reads, the caller applies."""
    writes: list[StateWrite] = []
    live: list[tuple[float, str]] = []
    for key, value in store.items():
        if isinstance(value, list):
            kept = [e for e in value if not expired(e, now, ttl)]
            if len(kept) != len(value):
                writes.append(StateWrite(name, key, "put", kept) if kept else StateWrite(name, key, "delete"))
        elif expired(value, now, ttl):
            writes.append(StateWrite(name, key, "delete"))
        elif cap is not None:
            live.append((float(value.get("seenAt", 0.0)), key))
    if cap is not None and len(live) > cap:
        writes.extend(StateWrite(name, key, "delete") for _, key in heapq.nsmallest(len(live) - cap, live))
    return writes


def sweep_state(state: DedupeState, now: float, config: DedupeConfig = DEFAULT_CONFIG) -> list[StateWrite]:
    """:func:`sweep` over the three stores with the configured TTLs and caps."""
    return [
        *sweep("by_hash", state.by_hash, now, config.ttl_seconds, config.max_entries),
        *sweep("by_uri", state.by_uri, now, config.ttl_seconds, config.max_entries),
        *sweep("near", state.near, now, config.near_ttl_seconds),
    ]
