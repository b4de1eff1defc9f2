"""The dedupe stage of the worker: Faust tables behind the pure decision of ``streams.core.dedupe``.

Per batch: decide each article against the tables *plus the batch's pending writes* (so two copies
in one batch meet), send every output, await every acknowledgement, and only then write the state
to the tables. A crash before the table write replays the batch: at worst a second copy, never a
lost story. Tables hold JSON (str keys); one partition (see ``streams.app``).
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import orjson

from streams.core import reasons
from streams.core.dedupe import DedupeConfig, apply, decide, expired, merge_bucket, sweep_state, updates
from streams.core.hashing import band_keys
from streams.core.pipeline import is_event
from streams.core.routing import Rules, load_rules, route
from streams.metrics import Metrics
from streams.settings import REPO_ROOT, Settings

if TYPE_CHECKING:
    from streams.agents import Sender
    from streams.app import Wiring

_DELETED = object()
SWEEP_INTERVAL_S = 3600.0   # expiry sweep of the dedupe state, run after a batch


@contextmanager
def event_context(event: Any) -> Iterator[None]:
    """Make ``event`` Faust's *current event* while we write tables after a batch.

    Faust's stores (RocksDB in particular) take the partition of a table write from the current
    event, which no longer exists once ``take_events`` handed us the batch. All our tables have
    one partition, fed by the one-partition dedupe topic, so any event of the batch is right.
    This uses Faust's private context variable (``faust.streams._current_event``, 0.15.3).
    """
    if event is None:
        yield
        return
    from faust import streams as faust_streams

    token = faust_streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        faust_streams._current_event.reset(token)
log = logging.getLogger("streams.dedupe")


def _deadletter_for(article: dict[str, Any], exc: Exception) -> dict[str, Any]:
    """A dead-letter record for an article the dedupe stage could not decide on (a bug)."""
    prov = article.get("ext", {}).get("provenance", {})
    origin = prov.get("rawRef", {})
    message = f"dedupe: {type(exc).__name__}: {exc}"[:2000]
    return {"error": {"reason": reasons.INTERNAL_ERROR, "message": message},
            "origin": origin, "headers": {}, "format": prov.get("sourceFormat"),
            "receivedAt": prov.get("receivedAt"), "payloadSize": 0, "payloadRef": origin}


class Overlay(MutableMapping[str, Any]):
    """Pending writes over a store: reads see them, :meth:`flush` persists them."""

    def __init__(self, base: MutableMapping[str, Any]) -> None:
        self.base = base
        self.pending: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key in self.pending:
            value = self.pending[key]
            if value is _DELETED:
                raise KeyError(key)
            return value
        return self.base[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.pending[key] = value

    def __delitem__(self, key: str) -> None:
        self.pending[key] = _DELETED

    def __iter__(self) -> Iterator[str]:
        seen = set(self.pending)
        yield from (k for k, v in self.pending.items() if v is not _DELETED)
        yield from (k for k in self.base if k not in seen)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def flush(self) -> None:
        for key, value in self.pending.items():
            if value is _DELETED:
                self.base.pop(key, None)
            else:
                self.base[key] = value
        self.pending.clear()


class _State:
    """The three stores of ``streams.core.dedupe`` (``by_hash``, ``by_uri``, ``near``)."""

    def __init__(self, by_hash: MutableMapping[str, Any], by_uri: MutableMapping[str, Any],
                 near: MutableMapping[str, Any]) -> None:
        self.by_hash = by_hash
        self.by_uri = by_uri
        self.near = near


class _PendingState(_State):
    """The stores seen through :class:`Overlay` s: the batch's writes are visible, not yet persisted."""

    def __init__(self, base: _State, origins: MutableMapping[str, Any] | None = None) -> None:
        stores = (Overlay(base.by_hash), Overlay(base.by_uri), Overlay(base.near))
        super().__init__(*stores)
        self.origins = Overlay(origins if origins is not None else {})
        self.overlays: tuple[Overlay, ...] = (*stores, self.origins)

    def flush(self) -> None:
        for overlay in self.overlays:
            overlay.flush()


DEFAULT_ROUTING = REPO_ROOT / "deploy" / "routing.toml"
ORIGIN_TTL_S = 7 * 86400.0   # a raw origin re-read later than this (a worker down for a week) is published again


def origin_key(origin: dict[str, Any]) -> str:
    """``topic:partition:offset:index`` of a raw origin (``rawRef`` of an article, ``origin`` of a dead letter)."""
    return f"{origin.get('topic')}:{origin.get('partition')}:{origin.get('offset')}:{origin.get('index', 0)}"


def is_deadletter(record: dict[str, Any]) -> bool:
    """A dead letter from the ingest stage (on the dedupe topic since the stage publishes each origin once)."""
    return "error" in record and "origin" in record and "uri" not in record


def routing_rules(s: Settings) -> Rules:
    """The routing file: ``WIREFEED_ROUTING`` (``none`` disables routing), else ``deploy/routing.toml``.

    A file named explicitly must exist (a typo fails at start-up, not silently).
    """
    if s.routing_file.lower() == "none":
        return Rules(())
    if s.routing_file:
        return load_rules(s.routing_file)
    return load_rules(DEFAULT_ROUTING) if DEFAULT_ROUTING.exists() else Rules(())


def dedupe_config(s: Settings) -> DedupeConfig:
    return DedupeConfig(ttl_seconds=s.dedupe_ttl_days * 86400.0, near_threshold=s.near_threshold)


class DedupeStage:
    def __init__(self, wiring: Wiring, metrics: Metrics) -> None:
        self.w = wiring
        self.metrics = metrics
        self.config = dedupe_config(wiring.settings)
        self.rules = routing_rules(wiring.settings)
        t = wiring.tables
        # hashes and uris are Faust tables (changelogged); the near-duplicate index is derived data,
        # kept in memory and rebuilt from the uri table's signatures (16 band keys per article would
        # otherwise cost 16 changelog writes per article)
        self.near_index: dict[str, list[Any]] = {}
        self.stores = _State(t["hashes"], t["uris"], self.near_index)
        self.near_built = False
        self.last_sweep = time.time()
        # raw origins already published (None outside the worker: unit tests build the stage on dicts)
        origins = t.get("origins")
        self.origins: MutableMapping[str, Any] = origins if origins is not None else {}
        self.replays = 0
        # origins found on the output topics at the first batch after an assignment (see
        # streams.gaps.published_origins); scan_outputs says that scan is due
        self.recent: set[str] = set()
        self.scan_outputs = False  # set when wire.dedupe is assigned (streams.agents)

    def rebuild_near_index(self, now: float) -> int:
        """Fill the in-memory near-duplicate index from the recovered uri table (once per start)."""
        self.near_index.clear()
        count = 0
        for uri, entry in list(self.stores.by_uri.items()):
            sig = entry.get("signature") if isinstance(entry, dict) else None
            if not sig or entry.get("killed") or expired(entry, now, self.config.near_ttl_seconds):
                continue
            near_entry = {"uri": uri, "storyId": entry.get("storyId") or uri, "seenAt": entry.get("seenAt", now)}
            for key in band_keys(sig):
                self.near_index[key] = merge_bucket(self.near_index.get(key) or [], near_entry,
                                                    self.config.near_ttl_seconds, self.config.near_bucket_cap)
            count += 1
        self.near_built = True
        return count

    @staticmethod
    def key(article: dict[str, Any]) -> bytes:
        """Key of the dedupe topic: the uri (one partition anyway; keeps a uri's versions in order)."""
        return str(article.get("uri", "")).encode()

    async def run_batch(self, articles: list[dict[str, Any]], sender: Sender, event: Any = None) -> None:
        """Decide, publish, await the acks, then write the state (in ``event``'s context: see
        :func:`event_context`)."""
        from streams.agents import origin_headers

        s = self.w.settings
        if not self.near_built:
            log.info("near-duplicate index rebuilt from %d stored articles", self.rebuild_near_index(time.time()))
        overlay = _PendingState(self.stores, self.origins)
        pending: list[Any] = []
        published: list[tuple[dict[str, Any], list[str]]] = []
        now = time.time()
        t0 = time.perf_counter()
        for article in articles:
            dead = is_deadletter(article)
            origin = article["origin"] if dead else article["ext"]["provenance"]["rawRef"]
            okey = origin_key(origin)
            if okey in overlay.origins:   # re-read after a crash or a rebalance: published already
                self.replays += 1
                continue
            # on the output topics already, but its state was lost with a killed worker: decide again for
            # the state only, publish nothing
            mute = okey in self.recent
            self.replays += mute
            overlay.origins[okey] = now
            hdrs = origin_headers(origin)

            async def out(topic: Any, key: bytes | None, value: bytes, hdrs: list[Any] = hdrs,
                          mute: bool = mute) -> None:
                if not mute:
                    pending.append((topic, await sender.send(topic, key, value, hdrs), key, value, hdrs))
            if dead:
                value = orjson.dumps(article)
                await out(self.w.deadletter, None, value)
                continue
            try:
                decision = decide(article, overlay, now, self.config)
            except Exception as exc:  # a bug in the decision must not lose the item: dead-letter it
                self.metrics.deadletter(reasons.INTERNAL_ERROR)
                value = orjson.dumps(_deadletter_for(article, exc))
                await out(self.w.deadletter, None, value)
                continue
            topics: list[str] = []
            if decision.publish and decision.article is not None:
                article_out = decision.article
                extra = route(article_out, self.rules, decision.topics)
                topics = [s.topic_events if is_event(article_out) else s.topic_articles, *extra]
                if extra:
                    article_out["ext"]["routes"] = extra
                value = orjson.dumps(article_out)
                key = article_out["uri"].encode()
                for name in topics:
                    topic = self.w.topic(name)
                    await out(topic, key, value)
                if not mute:
                    published.append((article_out, topics))
                if article_out["ext"].get("dedupe", {}).get("nearDuplicateOf"):
                    self.metrics.duplicate("near")
            if decision.record is not None:
                if decision.record_kind == "kill":
                    decision.record["topics"] = topics
                    topic = self.w.topic(s.topic_kills)
                else:
                    topic = self.w.duplicates
                    self.metrics.duplicate(decision.status)
                value = orjson.dumps(decision.record)
                await out(topic, None, value)
            apply(updates(decision, topics[1:]), overlay, self.config)
        self.metrics.observe_stage("dedupe", time.perf_counter() - t0)
        t1 = time.perf_counter()
        await sender.confirm(pending)     # acknowledged by the broker ...
        self.metrics.observe_stage("publish", time.perf_counter() - t1)
        try:
            with event_context(event):
                overlay.flush()           # ... before the state that admits them is written
                if now - self.last_sweep >= SWEEP_INTERVAL_S:
                    self.last_sweep = now
                    removed = self.sweep()
                    if removed:
                        log.info("dedupe expiry removed %d entries", removed)
        except Exception:  # outputs are safe; a lost write can only cause a later second copy
            log.exception("dedupe state write failed after publishing")
        # the state (origins included) reaches its changelog now, not at the next commit: a crash in
        # between would re-decide these articles without their state and publish them a second time
        flush = getattr(getattr(getattr(self.w, "app", None), "producer", None), "flush", None)
        if flush is not None:
            await flush()
        done = time.time()
        for article, topics in published:
            for name in topics:
                self.metrics.published(article.get("language"), name)
            for code in article["ext"].get("countries", ()):
                self.metrics.country(code)
            ts = article["ext"]["provenance"]["rawRef"].get("timestampMs")
            if ts:
                self.metrics.end_to_end(max(done - ts / 1000.0, 0.0))

    def sweep(self) -> int:
        """Expire old entries (our own TTL: Faust's windowed expiry is unreliable)."""
        now = time.time()
        writes = sweep_state(self.stores, now, self.config)  # type: ignore[arg-type]
        apply(writes, self.stores, self.config)  # type: ignore[arg-type]
        old = [k for k, seen in list(self.origins.items()) if not isinstance(seen, int | float)
               or now - seen > ORIGIN_TTL_S]
        for key in old:
            del self.origins[key]
        return len(writes) + len(old)

    def report_state_size(self) -> None:
        self.metrics.set_state_entries("hashes", len(self.stores.by_hash))
        self.metrics.set_state_entries("uris", len(self.stores.by_uri))
        self.metrics.set_state_entries("near", len(self.stores.near))
        self.metrics.set_state_entries("origins", len(self.origins))
