"""The whole pure pipeline for one raw item: size guard → parse → normalise → agency copy →
assemble → enrich → hash. Dedupe is a separate decision (``streams.core.dedupe``) because it needs
state. Every raw item yields at least one :class:`Outcome`; nothing raises out of :func:`process`.
:func:`process_batch` gives the same outcomes for many raw items, running each stage over all of them
in turn (what the worker's ingest slices call: it costs less CPU an item).

Every member of a container (newsMessage, package, feed, JSON array) yields its own outcome, at its index:
parsers hand members they will not publish back as ``ParsedItem.rejected`` and they become dead letters.
Outcome kind ``article`` covers every ninjs type; the record's ``type`` tells the shell where it goes
(``event``/``planning`` → ``wire.events``, everything else → the article topics), see :func:`is_event`.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from time import perf_counter
from typing import Literal

from streams.core import packages, reasons
from streams.core.assemble import assemble, listed_organisations, settle_event_entities
from streams.core.copy import extract
from streams.core.copy.lead import derive_headline
from streams.core.enrich import Resources, enrich, enrich_batch, subjects
from streams.core.enrich.bound import DEFAULT_MAX_CHARS
from streams.core.formats import registry
from streams.core.hashing import content_hash
from streams.core.model import (
    EVENT_TYPES,
    Article,
    Origin,
    ParsedItem,
    RawItem,
    RawRef,
    Record,
    provenance_of,
    raw_ref,
    rfc3339,
)
from streams.core.normalize import normalize_item
from streams.errors import ItemError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_BLANK_BYTES = b" \t\r\n\x00\xef\xbb\xbf"  # what an empty payload may hold (whitespace, NULs, a UTF-8 BOM)
PAYLOAD_INLINE_LIMIT = 64 * 1024  # dead letters carry the payload up to this size, else a reference


@dataclass(frozen=True, slots=True)
class Limits:
    """``max_bytes``: a larger payload is a dead letter. ``max_enrich_chars``: the enrichers read at most
    this many characters of a story (``None``: all); the article is published whole and says so in
    ``ext.enrichment`` (a 1 MB story otherwise holds its partition for ~1 s: issue 17, head of line)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_enrich_chars: int | None = DEFAULT_MAX_CHARS


@dataclass(frozen=True, slots=True)
class Outcome:
    """One result of processing: an article to publish, or a dead-letter record."""

    kind: Literal["article", "deadletter"]
    record: Article | Record = field(default_factory=dict)


Clock = Callable[[], float]
"""Epoch seconds; the shell passes its clock in (the core reads none of its own)."""


def deadletter_record(
    reason: str,
    message: str,
    origin: RawRef,
    headers: Mapping[str, str],
    fmt: str | None,
    received_at: str | None,
    payload: bytes | None,
    payload_size: int | None = None,
) -> Record:
    """The one builder of ``wire.deadletter`` records (schema: ``schemas/deadletter.schema.json``).

    ``payload`` travels inline (base64) up to :data:`PAYLOAD_INLINE_LIMIT`; beyond that, or when the
    bytes are not at hand (``None``: an article the dedupe stage failed on), ``payloadRef`` points at
    the raw record to re-read.
    """
    size = len(payload) if payload is not None else (payload_size or 0)
    record: Record = {
        "error": {"reason": reason, "message": message[:2000]},
        "origin": origin,
        "headers": dict(headers),
        "format": fmt,
        "receivedAt": received_at,
        "payloadSize": size,
    }
    if payload is not None and size <= PAYLOAD_INLINE_LIMIT:
        record["payload"] = base64.b64encode(payload).decode("ascii")
    else:
        record["payloadRef"] = origin
    return record


def deadletter(
    raw: RawItem, reason: str, message: str, received_at: str, *, fmt: str | None = None, origin: Origin | None = None
) -> Record:
    """The dead-letter record for a raw item (or a member of it) the pipeline rejected."""
    return deadletter_record(
        reason, message, (origin or raw.origin).as_dict(), raw.headers, fmt, received_at, raw.payload
    )


def article_deadletter(article: Article, reason: str, message: str) -> Record:
    """The dead-letter record for an assembled article a later stage (the dedupe planner) failed on: its
    origin and format come from ``ext.provenance``; the raw bytes stay on ``wire.raw`` (``payloadRef``)."""
    prov = provenance_of(article)
    return deadletter_record(
        reason, message, raw_ref(article), {}, prov.get("sourceFormat"), prov.get("receivedAt"), None
    )


Observer = Callable[[str, float], None]
"""Receives ``(stage, seconds)`` for the stages parse, normalise and enrich (metrics live in the shell)."""


def _ignore(stage: str, seconds: float) -> None:
    return None


def is_event(record: Record) -> bool:
    """True for an article outcome that is an event or planning record (published on ``wire.events``)."""
    return record.get("type") in EVENT_TYPES


def _has_content(item: ParsedItem) -> bool:
    """What each type needs to be worth publishing: text needs a headline, description or body; media
    may be only renditions (a text too, whose body sits behind a link); a package only its members; an
    event only its details."""
    if item.paragraphs or item.headline or item.description or item.caption or item.renditions:
        return True
    if item.kind == "composite":
        return bool(item.associations)
    if item.kind in EVENT_TYPES:
        return bool(item.event_details or item.planned_coverage)
    return False


def _prepare(
    item: ParsedItem, raw: RawItem, origin: Origin, received_at: str, observe: Observer
) -> tuple[Article, list[str]]:
    """normalise → agency copy → assemble: the article before enrichment, and (for an event) the
    organisations its source listed, which enrichment must not take for its name."""
    t0 = perf_counter()
    normalize_item(item)
    extract(item)
    if not _has_content(item):
        raise ItemError(reasons.NO_TEXT, packages.no_content_message(item))
    headline_derived = derive_headline(item)  # every article carries a headline
    if not item.first_created and not item.version_created:
        item.first_created = item.content_created  # the source's creation time is still its date
    ingest_dated = not item.first_created and not item.version_created
    if ingest_dated:  # no date from the source: ingest time, the last resort
        item.first_created = received_at
    article = assemble(item, origin, raw.headers.get("source"), received_at)
    derived = [name for name, flag in (("headline", headline_derived), ("firstCreated", ingest_dated)) if flag]
    if derived:
        article["ext"].setdefault("derived", []).extend(derived)
    observe("normalise", perf_counter() - t0)
    return article, listed_organisations(article) if item.kind in EVENT_TYPES else []


def _complete(article: Article, event: bool, listed: list[str], received_at: str) -> Article:
    """After enrichment: an event's own fields settled, the content hash, and the uri, version and
    versionCreated an article without them derives."""
    if event:  # an event publishes its own fields; its name is no organisation
        settle_event_entities(article, listed)
    digest = content_hash(article)
    article["ext"]["contentHash"] = digest
    if not article["uri"]:
        provider = provenance_of(article)["provider"]
        article["uri"] = f"urn:wirefeed:{provider}:{digest.split(':', 1)[1]}"
        article["ext"].setdefault("derived", []).append("uri")
    if "version" not in article:
        article["version"] = "1"
    if "versionCreated" not in article:
        article["versionCreated"] = article.get("firstCreated") or received_at
        article["ext"].setdefault("derived", []).append("versionCreated")
    return article


def _failed(raw: RawItem, exc: Exception, received_at: str, fmt: str | None, origin: Origin | None = None) -> Outcome:
    """The dead letter for a raw item (or member) a stage raised on: an :class:`ItemError` says its reason, any
    other exception is a bug reported as ``internal_error`` (it must not take the worker down)."""
    if isinstance(exc, ItemError):
        reason, message = exc.reason, exc.message
    else:
        reason, message = reasons.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}"
    return Outcome("deadletter", deadletter(raw, reason, message, received_at, fmt=fmt, origin=origin))


def _parsed(
    raw: RawItem, limits: Limits, received_at: str, observe: Observer
) -> list[Outcome] | tuple[str, list[ParsedItem]]:
    """Size guard → blank guard → format sniffing → parse: the dead letter that ends a raw item here, or its
    format and items (each with its format set)."""
    if len(raw.payload) > limits.max_bytes:
        message = f"{len(raw.payload)} bytes > limit {limits.max_bytes}"
        return [Outcome("deadletter", deadletter(raw, reasons.TOO_LARGE, message, received_at))]
    # the first byte settles the usual case; the strip (a copy of the whole payload) only when it is blank
    if raw.payload[:1] in _BLANK_BYTES and not raw.payload.strip(_BLANK_BYTES):
        return [Outcome("deadletter", deadletter(raw, reasons.EMPTY, "empty or whitespace-only payload", received_at))]
    fmt = None
    t0 = perf_counter()
    try:
        parser = registry.select(raw.payload, raw.headers)
        fmt = parser.name
        items = parser.parse(raw.payload, raw.headers)
        observe("parse", perf_counter() - t0)
    except Exception as exc:  # a parser bug must not take the worker down
        return [_failed(raw, exc, received_at, fmt)]
    if not items:
        return [
            Outcome("deadletter", deadletter(raw, reasons.NO_TEXT, "the document holds no item", received_at, fmt=fmt))
        ]
    for item in items:
        item.format = item.format or fmt
    return fmt, items


@dataclass(slots=True)
class _Member:
    """A prepared article on its way to enrichment: where its outcome goes, and what its dead letter needs if a
    later stage raises on it."""

    outcomes: list[Outcome]
    slot: int
    raw: RawItem
    origin: Origin
    received_at: str
    fmt: str
    event: bool
    listed: list[str]
    article: Article

    def settle(self, error: Exception | None) -> bool:
        """Complete the article (hash, uri, version) into its slot, or its dead letter if ``error`` or the
        completion raises; True when it is an article."""
        if error is None:
            try:
                self.outcomes[self.slot] = Outcome(
                    "article", _complete(self.article, self.event, self.listed, self.received_at)
                )
                return True
            except Exception as exc:
                error = exc
        self.outcomes[self.slot] = _failed(self.raw, error, self.received_at, self.fmt, self.origin)
        return False


_PENDING = Outcome("deadletter")  # a member's place in its outcomes until its enrichment has run


def _front(raw: RawItem, limits: Limits, received_at: str, observe: Observer, members: list[_Member]) -> list[Outcome]:
    """Everything before enrichment for one raw item: its outcomes in container order, dead letters already in
    place and a pending slot for each prepared article, whose :class:`_Member` is added to ``members``."""
    front = _parsed(raw, limits, received_at, observe)
    if isinstance(front, list):
        return front
    fmt, items = front
    outcomes: list[Outcome] = []
    start = len(members)
    dead: dict[str, tuple[str, str]] = {}  # uri of a member gone to dead-letter → (reason, message)
    for index, item in enumerate(items):
        origin = raw.origin.with_index(index)
        if item.rejected is not None:  # a container member its parser would not publish
            outcomes.append(Outcome("deadletter", deadletter(raw, *item.rejected, received_at, fmt=fmt, origin=origin)))
            _note_dead(dead, item, outcomes[-1])
            continue
        try:
            article, listed = _prepare(item, raw, origin, received_at, observe)
        except Exception as exc:
            outcomes.append(_failed(raw, exc, received_at, fmt, origin))
            _note_dead(dead, item, outcomes[-1])
            continue
        event = item.kind in EVENT_TYPES
        members.append(_Member(outcomes, len(outcomes), raw, origin, received_at, fmt, event, listed, article))
        outcomes.append(_PENDING)
    if dead and len(items) > 1:
        members[start:] = [m for m in members[start:] if _unlinked(m, dead)]
    return outcomes


def _note_dead(dead: dict[str, tuple[str, str]], item: ParsedItem, outcome: Outcome) -> None:
    """Remember a container member that went to dead-letter by its uri (a package may point at it)."""
    if item.uri:
        error = outcome.record["error"]
        dead[item.uri] = (error["reason"], error["message"])


def _unlinked(m: _Member, dead: dict[str, tuple[str, str]]) -> bool:
    """A package's links to members gone to dead-letter settled (``packages.unlink_dead``); False, with
    its dead letter in its slot, for a package left with nothing to publish."""
    if m.article.get("type") != "composite" or packages.unlink_dead(m.article, dead):
        return True
    gone = ", ".join(f"{u['uri']} ({u['reason']})" for u in m.article["ext"]["unpublishedMembers"])
    message = f"package whose every member went to dead-letter: {gone}"
    m.settle(ItemError(reasons.NO_TEXT, message))
    return False


def _roll_up(members: Sequence[_Member], errors: list[Exception | None], resources: Resources, limits: Limits) -> None:
    """Each enriched package takes its members' entities (``packages.roll_up``): its associations' own texts
    and the articles published from the same container. A package this raises on becomes a dead letter
    (its error goes into ``errors``)."""
    published: dict[int, dict[str, Article]] = {}
    for m, error in zip(members, errors, strict=True):
        if error is None and m.article.get("uri"):
            published.setdefault(id(m.outcomes), {})[m.article["uri"]] = m.article

    def enrich_one(article: Article) -> None:
        enrich(article, resources, limits.max_enrich_chars)

    def topics(package: Article, found: list[Article]) -> None:
        subjects.package_topics(package, found, resources.subjects)

    for i, m in enumerate(members):
        if errors[i] is None and m.article.get("type") == "composite" and m.article.get("associations"):
            try:
                packages.roll_up(m.article, published.get(id(m.outcomes), {}), enrich_one, topics)
            except Exception as exc:  # a bug must not take the worker down
                errors[i] = exc


def process(
    raw: RawItem,
    resources: Resources,
    limits: Limits = Limits(),
    received_at: str | None = None,
    observe: Observer = _ignore,
    clock: Clock = time.time,
) -> list[Outcome]:
    """All outcomes for one raw item, in container order. Never raises.

    ``receivedAt`` is ``received_at``, else the ``received-at`` header, else ``clock()`` (the shell's clock).
    """
    members: list[_Member] = []
    outcomes = _front(raw, limits, received_at or raw.headers.get("received-at") or rfc3339(clock()), observe, members)
    errors: list[Exception | None] = []
    spent: list[float] = []
    for m in members:
        t0 = perf_counter()
        try:
            enrich(m.article, resources, limits.max_enrich_chars)
            errors.append(None)
        except Exception as exc:
            errors.append(exc)
        spent.append(perf_counter() - t0)
    _roll_up(members, errors, resources, limits)
    for m, error, seconds in zip(members, errors, spent, strict=True):
        if m.settle(error):
            observe("enrich", seconds)
    return outcomes


def process_batch(
    raws: Sequence[RawItem],
    resources: Resources,
    limits: Limits = Limits(),
    received_at: str | None = None,
    observe: Observer = _ignore,
    clock: Clock = time.time,
) -> list[list[Outcome]]:
    """:func:`process` of each raw item, the same outcomes in the same order, run stage-major: every item is
    parsed, normalised and assembled, then each enricher runs over all the articles before the next one
    (``enrich.enrich_batch``), then the hashes. Why: item by item, each stage finds its code and data (the
    gazetteer's automaton, entities' and subjects' tables, lxml) evicted from the CPU caches by the ~20
    stages before it; run over a batch, it finds them warm (~15-20 % less CPU an item at 32 items: see
    docs/benchmarks.md, session 11). Never raises; a stage that raises on one article makes that article a
    dead letter and no other.

    ``observe``: parse and normalise per item as :func:`process` reports them; enrich (with the hash) once
    per article at the batch's mean, so the histogram's count and sum are what item-major would give.
    """
    members: list[_Member] = []
    results = [
        _front(raw, limits, received_at or raw.headers.get("received-at") or rfc3339(clock()), observe, members)
        for raw in raws
    ]
    if not members:
        return results
    t0 = perf_counter()
    errors = enrich_batch([m.article for m in members], resources, limits.max_enrich_chars)
    _roll_up(members, errors, resources, limits)
    done = sum(m.settle(error) for m, error in zip(members, errors, strict=True))
    if done:
        share = (perf_counter() - t0) / done
        for _ in range(done):
            observe("enrich", share)
    return results
