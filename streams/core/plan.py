"""The batch planner: a batch of articles and the dedupe state in, the records to send and the state
writes out. Pure: it reads the state, never writes it, and never raises for one article.

The worker's dedupe stage and ``wirefeed process`` both call it, so the two give the same records:

    plan = plan_batch(articles, state, now, config, rules, topics)
    for send in plan.sends: ...send, then await every acknowledgement...
    apply(plan.writes, state, config)          # only after the broker acknowledged every send

Per article, in order (:func:`plan_article`):

* the dedupe decision (:func:`streams.core.dedupe.decide`), seeing the writes of the earlier articles of
  the batch (:class:`PendingState`), so two copies inside one batch meet;
* a published article goes to its primary topic (``events`` for event/planning records, else
  ``articles``) and to the extra topics the routing rules pick (:func:`streams.core.routing.route`, which
  also keeps the topics the uri was routed to before); the extra topics are listed in ``ext.routes``;
* a duplicate record goes to ``duplicates``; a kill record to ``kills``, its ``topics`` being the extra
  topics the tombstone was sent to (``schemas/kill.schema.json``: the kill follows the article there);
* a decision that raises (a bug) turns the article into a dead letter (``internal_error``): never lost.

Sends carry the raw origin (``ext.provenance.rawRef``) so the shell can put it in headers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from streams.core import reasons
from streams.core.dedupe import (
    DEFAULT_CONFIG,
    Decision,
    DedupeConfig,
    DedupeState,
    MemoryState,
    StateWrite,
    StoreName,
    apply,
    decide,
    updates,
)
from streams.core.hashing import Identity
from streams.core.model import Article, RawRef, Record, error_of, raw_ref
from streams.core.pipeline import article_deadletter, is_event
from streams.core.routing import Rules, route

Router = Callable[[Article, Sequence[str]], list[str]]
"""``router(article, previous_topics)`` → the extra topics (e.g. ``lambda a, p: route(a, rules, p)``)."""

SendKind = Literal["article", "routed", "duplicate", "kill", "deadletter"]
"""``article``: the primary copy; ``routed``: the same article on an extra topic; the others are records."""


@dataclass(frozen=True, slots=True)
class OutputTopics:
    """Names of the output topics (``WIREFEED_TOPIC_*``; the defaults are the contract)."""

    articles: str = "wire.articles"
    events: str = "wire.events"
    duplicates: str = "wire.duplicates"
    deadletter: str = "wire.deadletter"
    kills: str = "wire.kills"


@dataclass(frozen=True, slots=True)
class Send:
    """One record to publish: where, under which key, and the raw record it came from."""

    kind: SendKind
    topic: str
    key: bytes | None
    record: Record
    origin: RawRef  # ext.provenance.rawRef (or a dead letter's origin): topic, partition, offset, index ...


@dataclass(frozen=True, slots=True)
class Step:
    """The plan for one article: its decision (``None`` when it was dead-lettered), sends and writes."""

    decision: Decision | None
    sends: tuple[Send, ...]
    writes: tuple[StateWrite, ...]
    extra: tuple[str, ...] = ()  # the extra (routed) topics of a published article

    def final(self) -> Decision | None:
        """The decision with ``topics`` = the final extra topics (its article and record already carry them)."""
        if self.decision is None or not self.decision.publish:
            return self.decision
        return replace(self.decision, topics=self.extra)

    @property
    def topics(self) -> list[str]:
        """Every topic the article itself goes to (primary first), empty when it is not published."""
        return [s.topic for s in self.sends if s.kind in ("article", "routed")]


@dataclass(frozen=True, slots=True)
class Plan:
    """The plan for a batch: every send in order, and the state writes to apply after the acks.

    ``writes`` are the batch's writes compacted to one final ``put`` or ``delete`` per key (the per-article
    writes are in each :class:`Step`), so applying them costs one store write per key.
    """

    steps: tuple[Step, ...]
    writes: tuple[StateWrite, ...] = ()
    sends: tuple[Send, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sends", tuple(s for step in self.steps for s in step.sends))

    def published(self) -> Iterator[tuple[Article, list[str]]]:
        """``(article, topics)`` for every published article (metrics, latency)."""
        for step in self.steps:
            if step.decision is not None and step.decision.publish and step.sends:
                yield step.sends[0].record, step.topics


_DELETED: Any = object()
_ABSENT: Any = object()  # a key the batch has not written


class Overlay(MutableMapping[str, Any]):
    """Pending writes over a store: reads see them, the store underneath is never touched."""

    def __init__(self, base: MutableMapping[str, Any] | Any) -> None:
        self.base = base
        self.pending: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key in self.pending:
            value = self.pending[key]
            if value is _DELETED:
                raise KeyError(key)
            return value
        return self.base[key]

    def get(self, key: str, default: Any = None) -> Any:
        """``Mapping.get`` without its ``KeyError``: the planner reads ~35 keys an article (band keys, hash,
        uri), nearly all missing; raising and catching for each cost ~1 µs (``benchmarks.hop``)."""
        value = self.pending.get(key, _ABSENT)
        if value is _ABSENT:
            return self.base.get(key, default)
        return default if value is _DELETED else value

    def __setitem__(self, key: str, value: Any) -> None:
        self.pending[key] = value

    def __delitem__(self, key: str) -> None:
        self.pending[key] = _DELETED

    def __iter__(self) -> Iterator[str]:
        yield from (k for k, v in self.pending.items() if v is not _DELETED)
        yield from (k for k in self.base if k not in self.pending)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class PendingState:
    """A dedupe state seen through :class:`Overlay` s: the batch's writes are visible, not persisted."""

    def __init__(self, base: DedupeState) -> None:
        self.by_hash = Overlay(base.by_hash)
        self.by_uri = Overlay(base.by_uri)
        self.near = Overlay(base.near)

    def final_writes(self) -> tuple[StateWrite, ...]:
        """The pending writes as one ``put`` (final value) or ``delete`` per key."""
        stores: tuple[tuple[StoreName, Overlay], ...] = (
            ("by_hash", self.by_hash),
            ("by_uri", self.by_uri),
            ("near", self.near),
        )
        return tuple(
            StateWrite(name, key, "delete") if value is _DELETED else StateWrite(name, key, "put", value)
            for name, overlay in stores
            for key, value in overlay.pending.items()
        )


NO_RULES = Rules(())


def _router(rules: Rules | Router) -> Router:
    if isinstance(rules, Rules):
        return lambda article, previous: route(article, rules, previous)
    return rules


def plan_article(
    article: Article,
    state: DedupeState,
    now: float,
    config: DedupeConfig = DEFAULT_CONFIG,
    rules: Rules | Router = NO_RULES,
    topics: OutputTopics = OutputTopics(),
    identity: Identity | None = None,
) -> Step:
    """The sends and state writes for one article against ``state``. Never raises.

    ``rules``: the routing rules, or a :data:`Router` (tests). A published article lists its extra topics in
    ``ext.routes``; a kill record's ``topics`` are those extra topics (the decision's fresh copies are set).
    ``identity``: signature, band keys and headline hash computed upstream (``article`` may then be the
    slim view of ``streams.core.envelope``, without body or headlines).
    """
    origin = raw_ref(article)
    try:
        decision = decide(article, state, now, config, identity)
        extra: list[str] = []
        sends: list[Send] = []
        if decision.publish and decision.article is not None:
            out = decision.article
            extra = list(_router(rules)(out, decision.topics))
            if extra:
                out["ext"]["routes"] = extra
            key = str(out.get("uri", "")).encode()
            primary = topics.events if is_event(out) else topics.articles
            sends.append(Send("article", primary, key, out, origin))
            sends.extend(Send("routed", name, key, out, origin) for name in extra)
        if decision.record is not None:
            if decision.record_kind == "kill":
                decision.record["topics"] = extra
                sends.append(Send("kill", topics.kills, None, decision.record, origin))
            else:
                sends.append(Send("duplicate", topics.duplicates, None, decision.record, origin))
        writes = updates(decision, extra)
    except Exception as exc:  # a bug in a decision must not lose the item: dead-letter it
        record = article_deadletter(article, reasons.INTERNAL_ERROR, f"dedupe: {type(exc).__name__}: {exc}")
        return Step(None, (Send("deadletter", topics.deadletter, None, record, origin),), ())
    return Step(decision, tuple(sends), tuple(writes), tuple(extra))


def plan_batch(
    articles: Iterable[Article],
    state: DedupeState,
    now: float,
    config: DedupeConfig = DEFAULT_CONFIG,
    rules: Rules | Router = NO_RULES,
    topics: OutputTopics = OutputTopics(),
    identities: Sequence[Identity | None] | None = None,
) -> Plan:
    """The plan for a batch: each article decided against ``state`` plus the writes planned before it.

    ``state`` is only read; apply :attr:`Plan.writes` to it (:func:`streams.core.dedupe.apply`) once the
    broker has acknowledged every send. A crash in between replays the batch: a second copy, never a loss.
    ``identities``: one per article (or ``None``), see :func:`plan_article`; ``Plan.steps`` keep the order.
    """
    pending = PendingState(state)
    steps: list[Step] = []
    for i, article in enumerate(articles):
        ident = identities[i] if identities is not None else None
        step = plan_article(article, pending, now, config, rules, topics, ident)
        apply(step.writes, pending, config)
        steps.append(step)
    return Plan(tuple(steps), pending.final_writes())


def offline_records(plan: Plan | Sequence[Step]) -> Iterator[Record]:
    """What ``wirefeed process`` prints for a plan: each send once, routed copies left out (the
    article already lists them in ``ext.routes``)."""
    steps = plan.steps if isinstance(plan, Plan) else plan
    for step in steps:
        for send in step.sends:
            if send.kind != "routed":
                yield send.record


class BatchDeduper:
    """Dedupe without a broker (``wirefeed process``, tests, golden runs): plan one article at a time and
    apply its writes at once (nothing to acknowledge). The same :func:`plan_article` as the worker.

    ``clock`` gives ``now`` when :meth:`admit` is not told; the core reads no clock of its own.
    """

    def __init__(
        self,
        config: DedupeConfig = DEFAULT_CONFIG,
        state: MemoryState | None = None,
        router: Rules | Router = NO_RULES,
        clock: Callable[[], float] | None = None,
        topics: OutputTopics = OutputTopics(),
    ) -> None:
        self.config = config
        self.state = state if state is not None else MemoryState()
        self.router = router
        self.clock = clock
        self.topics = topics

    def plan(self, article: Article, now: float | None = None) -> Step:
        """Plan ``article`` against the state so far, then apply its writes."""
        if now is None:
            if self.clock is None:
                raise TypeError("BatchDeduper: pass now= or give it a clock")
            now = self.clock()
        step = plan_article(article, self.state, now, self.config, self.router, self.topics)
        apply(step.writes, self.state, self.config)
        return step

    def admit(self, article: Article, now: float | None = None) -> Decision:
        """The final decision for ``article`` (see :func:`plan_article`); a dead-lettered article raises."""
        step = self.plan(article, now)
        decision = step.final()
        if decision is None:
            raise ValueError(error_of(step.sends[0].record)["message"])
        return decision
