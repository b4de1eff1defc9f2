"""The dedupe stage of the worker: Faust tables behind the core's batch planner (``streams.core.plan``).

Input: what ``streams.core.envelope.decode`` gives for each ``wire.dedupe`` record: a slim envelope (the
article's view and identity plus its bytes, published with ``ext.dedupe``/``ext.routes`` spliced in: no
decode or re-encode of the article), or an old-format whole JSON record (a rolling upgrade), decided the
same way.

Per batch: plan (each article decided against the tables *plus the batch's pending writes*, so two copies
in one batch meet), send every planned record, await every acknowledgement, and only then apply the
planned writes to the tables. A crash before the table write replays the batch: at worst a second copy,
never a lost story. Tables hold JSON (str keys); one partition (see ``streams.worker.app``).
``wirefeed process`` runs the same planner without a broker.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from streams.core.dedupe import (
    DedupeConfig,
    MutableDedupeState,
    NearIndex,
    apply,
    compact_entry,
    expired,
    merge_bucket,
    origin_key,
    sweep_state,
)
from streams.core.envelope import Item, SlimArticle, SlimDeadLetter, published
from streams.core.hashing import Identity, band_keys
from streams.core.model import Article, RawRef, error_of, ext_of, raw_ref
from streams.core.plan import OutputTopics, Plan, plan_batch
from streams.core.routing import Rules
from streams.settings import Settings, dedupe_config, output_topics, routing_rules
from streams.worker.sender import OutRecord, Sender, origin_headers

if TYPE_CHECKING:
    from streams.worker.metrics import Metrics

SWEEP_INTERVAL_S = 3600.0  # expiry sweep of the dedupe state, run after a batch
ORIGIN_TTL_S = 7 * 86400.0  # a raw origin re-read later than this (a worker down for a week) is published again


def is_deadletter(record: Mapping[str, Any]) -> bool:
    """A dead letter from the ingest stage (on the dedupe topic: the stage publishes each raw origin once)."""
    return "error" in record and "origin" in record and "uri" not in record


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


@dataclass(slots=True)
class Stores:
    """The three stores of ``streams.core.dedupe``: ``by_hash`` and ``by_uri`` are Faust tables (changelogged);
    ``near`` is derived data kept in memory and rebuilt from the uri table's signatures (16 band keys per
    article would otherwise cost 16 changelog writes per article)."""

    by_hash: MutableMapping[str, Any]
    by_uri: MutableMapping[str, Any]
    near: MutableMapping[str, Any]


class CompactUris(MutableMapping[str, Any]):
    """The uri table as the stage writes it: each entry's signature stored as a
    :class:`~streams.core.dedupe.Signature` (0.3 KB, not 2.6), the same JSON on the changelog; reads, deletes
    and iteration go to the table as they are."""

    __slots__ = ("table",)

    def __init__(self, table: MutableMapping[str, Any]) -> None:
        self.table = table

    def __getitem__(self, key: str) -> Any:
        return self.table[key]

    def __setitem__(self, key: str, entry: Any) -> None:
        self.table[key] = compact_entry(entry)

    def __delitem__(self, key: str) -> None:
        del self.table[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.table)

    def __len__(self) -> int:
        return len(self.table)

    def __contains__(self, key: object) -> bool:
        return key in self.table

    def get(self, key: str, default: Any = None) -> Any:
        return self.table.get(key, default)

    def items(self) -> Any:
        return self.table.items()


class DedupeStage:
    """The planner over the tables: :meth:`plan` (pure, testable) and :meth:`run_batch` (send, ack, write)."""

    def __init__(
        self,
        stores: MutableDedupeState,
        metrics: Metrics,
        config: DedupeConfig,
        rules: Rules,
        topics: OutputTopics,
        clock: Callable[[], float] = time.time,
        origins: MutableMapping[str, Any] | None = None,
    ) -> None:
        self.stores = stores
        # raw origins already published (a Faust table in the worker): a re-read publishes nothing twice
        self.origins: MutableMapping[str, Any] = origins if origins is not None else {}
        self.replays = 0
        self.old_format = 0  # whole-JSON records (from a worker before the envelope): decoded and re-encoded
        # origins found on the output topics at the first batch after an assignment (see
        # streams.worker.gaps.published_origins); scan_outputs says that scan is due
        self.recent: dict[str, set[str]] = {}
        self.scan_outputs = False  # set when wire.dedupe is assigned (streams.worker.agents.register)
        self.metrics = metrics
        self.config = config
        self.rules = rules
        self.topics = topics
        self.clock = clock
        self.near_built = False
        self.last_sweep = clock()

    @classmethod
    def for_settings(
        cls, s: Settings, tables: dict[str, Any], metrics: Metrics, state: MutableDedupeState | None = None
    ) -> DedupeStage:
        """The worker's stage: Faust tables ``hashes``, ``uris`` and ``origins``, the in-memory near index
        (or ``state``: tests pass a ``MemoryState`` and no origins table)."""
        config, rules, topics = dedupe_config(s), routing_rules(s), output_topics(s)
        if state is not None:
            return cls(state, metrics, config, rules, topics)
        # memory only (docs/benchmarks.md, "Session 16: the worker's peak memory"): compact signatures and near
        # index, read back as the core's lists
        stores = Stores(tables["hashes"], CompactUris(tables["uris"]), NearIndex())
        return cls(stores, metrics, config, rules, topics, origins=tables.get("origins"))

    def rebuild_near_index(self, now: float) -> int:
        """Fill the in-memory near-duplicate index from the recovered uri table (once per start)."""
        near = self.stores.near
        near.clear()
        count = 0
        for uri, entry in list(self.stores.by_uri.items()):
            sig = entry.get("signature") if isinstance(entry, dict) else None
            if not sig or entry.get("killed") or expired(entry, now, self.config.near_ttl_seconds):
                continue
            near_entry = {"uri": uri, "storyId": entry.get("storyId") or uri, "seenAt": entry.get("seenAt", now)}
            for key in band_keys(sig):
                near[key] = merge_bucket(
                    near.get(key) or [], near_entry, self.config.near_ttl_seconds, self.config.near_bucket_cap
                )
            count += 1
        self.near_built = True
        return count

    def routed_topics(self) -> list[str]:
        """The extra topics the routing rules can send to."""
        return [rule.topic for rule in self.rules.rules]

    @staticmethod
    def key(article: Article) -> bytes:
        """Key of the dedupe topic: the uri (one partition anyway; keeps a uri's versions in order)."""
        return str(article.get("uri", "")).encode()

    def plan(self, articles: list[Article], now: float, identities: list[Identity | None] | None = None) -> Plan:
        """The batch's sends and state writes (the core planner over the stores; nothing is written)."""
        if not self.near_built:
            log.info("near-duplicate index rebuilt from %d stored articles", self.rebuild_near_index(now))
        t0 = time.perf_counter()
        plan = plan_batch(articles, self.stores, now, self.config, self.rules, self.topics, identities)
        self.metrics.observe_stage("dedupe", time.perf_counter() - t0)
        return plan

    async def run_batch(self, items: list[Item], sender: Sender, event: Any = None) -> Plan:
        """Plan, publish, await the acks, then write the state (in ``event``'s context: see
        :func:`event_context`). ``items``: envelopes or old-format records (``streams.core.envelope``)."""
        now = self.clock()
        fresh: list[Article] = []
        identities: list[Identity | None] = []
        slims: list[SlimArticle | None] = []
        dead: list[tuple[Item, RawRef]] = []
        seen: dict[str, float] = {}
        muted: dict[str, set[str]] = {}
        for item in items:
            origin: RawRef
            if isinstance(item, SlimArticle):
                deadletter, origin = False, raw_ref(item.view)
            elif isinstance(item, SlimDeadLetter):
                deadletter, origin = True, item.origin
            else:
                self.old_format += 1
                deadletter = is_deadletter(item)
                origin = item["origin"] if deadletter else raw_ref(item)
            key = origin_key(origin)
            if key in seen or key in self.origins:  # re-read after a crash or a rebalance: published already
                self.replays += 1
                continue
            seen[key] = now
            if key in self.recent:  # on the outputs already, its state lost with a killed worker: decide again
                muted[key] = self.recent[key]  # for the state, and send only what did not get out
                self.replays += 1
                if deadletter and self.topics.deadletter in muted[key]:
                    continue
            if deadletter:
                dead.append((item, origin))
            elif isinstance(item, SlimArticle):
                fresh.append(item.view)
                identities.append(item.identity)
                slims.append(item)
            elif isinstance(item, dict):
                fresh.append(item)
                identities.append(None)
                slims.append(None)
        plan = self.plan(fresh, now, identities)
        # the state says this very member was published (its origin is in its hash or uri entry, written in
        # the same changelog record): a re-read whose origins entry did not reach the changelog
        self.replays += sum(
            1
            for article, step in zip(fresh, plan.steps, strict=True)
            if step.decision is not None
            and step.decision.status == "replay"
            and origin_key(raw_ref(article)) not in muted
        )
        for record, origin in dead:
            if isinstance(record, SlimDeadLetter):
                await sender.send(OutRecord(self.topics.deadletter, None, record.body, origin_headers(origin)))
            else:
                assert isinstance(record, dict)
                await sender.send(OutRecord.of(self.topics.deadletter, None, record, origin))
        out: OutRecord | None = None
        for slim, step in zip(slims, plan.steps, strict=True):
            for send in step.sends:
                if muted and send.topic in muted.get(origin_key(send.origin), ()):
                    out = None  # a routed copy after a skipped primary is built from its own record
                    continue
                if send.kind == "routed" and out is not None:  # the same article again: serialised once
                    out = OutRecord(send.topic, out.key, out.value, out.headers)
                elif slim is not None and send.kind in ("article", "routed"):  # the ingest's bytes, spliced
                    out = OutRecord(send.topic, send.key, published(slim, send.record), origin_headers(send.origin))
                else:
                    out = OutRecord.of(send.topic, send.key, send.record, send.origin)
                await sender.send(out)
                if send.kind == "deadletter":
                    self.metrics.deadletter(error_of(send.record)["reason"])
                elif send.kind == "duplicate":
                    self.metrics.duplicate(send.record["kind"])
                elif send.kind == "article" and ext_of(send.record).get("dedupe", {}).get("nearDuplicateOf"):
                    self.metrics.duplicate("near")
        t1 = time.perf_counter()
        await sender.confirm()  # acknowledged by the broker ...
        self.metrics.observe_stage("publish", time.perf_counter() - t1)
        try:
            with event_context(event):
                apply(plan.writes, self.stores, self.config)  # ... before the state that admits them is written
                for key, seen_at in seen.items():
                    self.origins[key] = seen_at
                if now - self.last_sweep >= SWEEP_INTERVAL_S:
                    self.last_sweep = now
                    removed = self.sweep(now)
                    if removed:
                        log.info("dedupe expiry removed %d entries", removed)
        except Exception:  # outputs are safe; a lost write can only cause a later second copy
            log.exception("dedupe state write failed after publishing")
        # the state (origins included) reaches its changelog now, not at the next commit: a crash in between
        # would re-decide these articles without their state and publish them a second time
        flush = getattr(sender, "flush", None)
        if flush is not None:
            await flush()
        self.observe_published(plan, self.clock())
        return plan

    def observe_published(self, plan: Plan, done: float) -> None:
        """Metrics for what the broker acknowledged: per topic and language, countries, end-to-end latency.

        The counters are summed over the batch first (one ``inc`` per distinct label set instead of one per
        article and country: the same totals at a scrape after the batch); the latency stays per article."""
        published: Counter[tuple[str | None, str]] = Counter()
        countries: Counter[str] = Counter()
        for article, topics in plan.published():
            language = article.get("language")
            for name in topics:
                published[language, name] += 1
            countries.update(ext_of(article).get("countries", ()))
            ts = raw_ref(article).get("timestampMs")
            if ts:
                self.metrics.end_to_end(max(done - ts / 1000.0, 0.0))
        for (language, name), n in published.items():
            self.metrics.published(language, name, n)
        for code, n in countries.items():
            self.metrics.country(code, n)

    def sweep(self, now: float) -> int:
        """Expire old entries (our own TTL: Faust's windowed expiry is unreliable)."""
        writes = sweep_state(self.stores, now, self.config)
        apply(writes, self.stores, self.config)
        old = [k for k, at in list(self.origins.items()) if not isinstance(at, int | float) or now - at > ORIGIN_TTL_S]
        for key in old:
            del self.origins[key]
        return len(writes) + len(old)

    def report_state_size(self) -> None:
        self.metrics.set_state_entries("hashes", len(self.stores.by_hash))
        self.metrics.set_state_entries("uris", len(self.stores.by_uri))
        self.metrics.set_state_entries("near", len(self.stores.near))
        self.metrics.set_state_entries("origins", len(self.origins))
