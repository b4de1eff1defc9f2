"""The whole pure pipeline for one raw item: size guard → parse → normalise → agency copy →
assemble → enrich → hash. Dedupe is a separate decision (``streams.core.dedupe``) because it needs
state. Every raw item yields at least one :class:`Outcome`; nothing raises out of :func:`process`.

Every member of a container (newsMessage, package, feed, JSON array) yields its own outcome, at its index:
parsers hand members they will not publish back as ``ParsedItem.rejected`` and they become dead letters.
Outcome kind ``article`` covers every ninjs type; the record's ``type`` tells the shell where it goes
(``event``/``planning`` → ``wire.events``, everything else → the article topics), see :func:`is_event`.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from time import perf_counter
from typing import Literal

from streams.core import reasons
from streams.core.assemble import assemble, listed_organisations, settle_event_entities
from streams.core.copy import extract
from streams.core.copy.lead import derive_headline
from streams.core.enrich import Resources, enrich
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


def _finish(
    item: ParsedItem,
    raw: RawItem,
    origin: Origin,
    resources: Resources,
    received_at: str,
    observe: Observer,
    max_enrich_chars: int | None = DEFAULT_MAX_CHARS,
) -> Article:
    t0 = perf_counter()
    normalize_item(item)
    extract(item)
    if not _has_content(item):
        raise ItemError(reasons.NO_TEXT, "neither headline nor body text remain after cleaning")
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
    t1 = perf_counter()
    observe("normalise", t1 - t0)
    listed = listed_organisations(article) if item.kind in EVENT_TYPES else []
    enrich(article, resources, max_enrich_chars)
    if item.kind in EVENT_TYPES:  # an event publishes its own fields; its name is no organisation
        settle_event_entities(article, listed)
    digest = content_hash(article)
    observe("enrich", perf_counter() - t1)
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
    received_at = received_at or raw.headers.get("received-at") or rfc3339(clock())
    if len(raw.payload) > limits.max_bytes:
        return [
            Outcome(
                "deadletter",
                deadletter(raw, reasons.TOO_LARGE, f"{len(raw.payload)} bytes > limit {limits.max_bytes}", received_at),
            )
        ]
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
    except ItemError as exc:
        return [Outcome("deadletter", deadletter(raw, exc.reason, exc.message, received_at, fmt=fmt))]
    except Exception as exc:  # a parser bug must not take the worker down
        return [
            Outcome(
                "deadletter",
                deadletter(raw, reasons.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}", received_at, fmt=fmt),
            )
        ]
    if not items:
        return [
            Outcome("deadletter", deadletter(raw, reasons.NO_TEXT, "the document holds no item", received_at, fmt=fmt))
        ]
    outcomes: list[Outcome] = []
    for index, item in enumerate(items):
        item.format = item.format or fmt or ""
        origin = raw.origin.with_index(index)
        if item.rejected is not None:
            outcomes.append(
                Outcome(
                    "deadletter",
                    deadletter(raw, item.rejected[0], item.rejected[1], received_at, fmt=fmt, origin=origin),
                )
            )
            continue
        try:
            outcomes.append(
                Outcome(
                    "article",
                    _finish(item, raw, origin, resources, received_at, observe, limits.max_enrich_chars),
                )
            )
        except ItemError as exc:
            outcomes.append(
                Outcome("deadletter", deadletter(raw, exc.reason, exc.message, received_at, fmt=fmt, origin=origin))
            )
        except Exception as exc:
            outcomes.append(
                Outcome(
                    "deadletter",
                    deadletter(
                        raw, reasons.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}", received_at, fmt=fmt, origin=origin
                    ),
                )
            )
    return outcomes
