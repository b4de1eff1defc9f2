"""Data shapes shared by the core stages.

``RawItem``     what arrives on ``wire.raw`` (payload bytes + headers + where it came from)
``ParsedItem``  what a format parser extracts from one item, before normalisation/enrichment
Articles are plain ``dict`` objects in IPTC ninjs 3.0 shape (see ``schemas/article.schema.json``);
they are what gets serialised, so they stay plain data. The parts the shell and the planner read have
TypedDicts here (:class:`RawRef`, :class:`Provenance`, :class:`ArticleExt`, :class:`DedupeInfo`, and the
output records :class:`DuplicateRecord`, :class:`KillRecord`, :class:`DeadLetterRecord`) with typed
accessors (:func:`ext_of`, :func:`provenance_of`, :func:`raw_ref`, :func:`error_of`), so no caller digs
``article["ext"]["provenance"]["rawRef"]`` by hand. orjson is the one codec (dicts in, bytes out).
An "article" is any ninjs news object: text, picture, graphic, video, audio, composite (package), and
event/planning records (``type`` says which; the shell publishes ``event``/``planning`` on ``wire.events``,
see :data:`EVENT_TYPES`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict, cast

Article = dict[str, Any]
Record = dict[str, Any]

MEDIA_TYPES = frozenset({"picture", "graphic", "video", "audio"})
EVENT_TYPES = frozenset({"event", "planning"})
ITEM_TYPES = frozenset({"text", "composite", "component"}) | MEDIA_TYPES | EVENT_TYPES
"""The ninjs 3.0 ``type`` values (IPTC ninature) the pipeline publishes."""


class RawRef(TypedDict):
    """Where an item came from (``Origin.as_dict``): copied into ``ext.provenance.rawRef`` and every record."""

    topic: str | None
    partition: int | None
    offset: int | None
    index: int
    filename: str | None
    timestampMs: int | None


class Provenance(TypedDict, total=False):
    """``ext.provenance`` (schemas/common.schema.json ``provenance``)."""

    provider: str
    sourceFormat: str
    receivedAt: str
    rawRef: RawRef


class DedupeInfo(TypedDict, total=False):
    """``ext.dedupe`` of a published article (``streams.core.dedupe``)."""

    status: str
    storyId: str
    previousVersion: str
    nearDuplicateOf: str
    similarity: float
    sameVersion: bool


class ArticleExt(TypedDict, total=False):
    """The wirefeed extension ``ext`` of an article: the members the shell and the planner read."""

    provenance: Provenance
    contentHash: str
    dedupe: DedupeInfo
    routes: list[str]
    countries: list[str]
    derived: list[str]
    signals: list[str]


class ErrorInfo(TypedDict):
    reason: str
    message: str


class DeadLetterRecord(TypedDict):
    """``wire.deadletter`` (schemas/deadletter.schema.json), built by ``pipeline.deadletter_record``."""

    error: ErrorInfo
    origin: RawRef
    headers: dict[str, str]
    format: str | None
    receivedAt: str | None
    payloadSize: int
    payload: NotRequired[str]
    payloadRef: NotRequired[RawRef]


class DuplicateRecord(TypedDict):
    """``wire.duplicates`` (schemas/duplicate.schema.json)."""

    uri: str
    duplicateOf: str
    contentHash: str
    provenance: Provenance
    kind: str
    detectedAt: str
    version: str | None
    versionCreated: str | None
    storyId: NotRequired[str]
    currentVersion: NotRequired[str]


class KillRecord(TypedDict):
    """``wire.kills`` (schemas/kill.schema.json): ``topics`` are the extra topics the tombstone went to."""

    uri: str
    kind: str
    storyId: str
    version: str
    versionCreated: str
    contentHash: str
    provenance: Provenance
    detectedAt: str
    topics: list[str]
    previousVersion: NotRequired[str]
    previousContentHash: NotRequired[str]


_LAST_SECOND: list[tuple[int, str]] = [(-(2**62), "")]  # (epoch second, its "YYYY-MM-DDTHH:MM:SS")


def rfc3339(epoch: float) -> str:
    """Epoch seconds → RFC 3339 UTC with microseconds (``2024-05-01T12:00:00.000000Z``).

    The text of ``datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")``
    (``tests/unit/test_core_fast_paths.py`` compares them), built without a datetime for each call: the
    pipeline stamps every raw item, and inside it the datetime and ``strftime`` (C library, ``tzset``)
    cost ~15-25 µs. The microseconds are rounded as ``fromtimestamp`` rounds them (half to even, a
    carry into the second); the date and time of the second are kept from the last call.
    """
    fraction, whole = math.modf(epoch)
    micros = round(fraction * 1e6)
    if micros >= 1_000_000:
        micros -= 1_000_000
        whole += 1.0
    elif micros < 0:
        micros += 1_000_000
        whole -= 1.0
    second = int(whole)
    last = _LAST_SECOND[0]
    if last[0] != second:
        moment = dt.datetime.fromtimestamp(second, dt.UTC)
        # glibc writes years before 1000 unpadded ("999-..."), isoformat pads them
        stamp = moment.strftime("%Y-%m-%dT%H:%M:%S") if moment.year < 1000 else moment.isoformat()[:19]
        last = _LAST_SECOND[0] = (second, stamp)
    return f"{last[1]}.{micros:06d}Z"


def ext_of(article: Mapping[str, Any]) -> ArticleExt:
    """``ext`` of an article (empty when absent)."""
    return cast(ArticleExt, article.get("ext") or {})


def provenance_of(article: Mapping[str, Any]) -> Provenance:
    """``ext.provenance`` of an article (empty when absent)."""
    return ext_of(article).get("provenance") or cast(Provenance, {})


def raw_ref(article: Mapping[str, Any]) -> RawRef:
    """``ext.provenance.rawRef``: the raw record an article came from (fields ``None`` when absent)."""
    ref = provenance_of(article).get("rawRef")
    if ref is None:
        return RawRef(topic=None, partition=None, offset=None, index=0, filename=None, timestampMs=None)
    return ref


def error_of(record: Mapping[str, Any]) -> ErrorInfo:
    """``error`` of a dead-letter record."""
    return cast(ErrorInfo, record["error"])


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a raw item came from; copied into ``ext.provenance`` and every output record."""

    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp_ms: int | None = None  # broker timestamp of the raw record
    filename: str | None = None
    index: int = 0  # position inside a container (feed, newsMessage, SGML file)

    def with_index(self, index: int) -> Origin:
        return Origin(self.topic, self.partition, self.offset, self.timestamp_ms, self.filename, index)

    def as_dict(self) -> RawRef:
        return {
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
            "index": self.index,
            "filename": self.filename,
            "timestampMs": self.timestamp_ms,
        }


@dataclass(frozen=True, slots=True)
class RawItem:
    """One raw payload and its headers (all header names lower-case).

    Known headers: ``content-type``, ``source`` (provider name), ``filename``,
    ``format`` (explicit parser name: wins over sniffing), ``received-at`` (RFC 3339).
    """

    payload: bytes
    headers: Mapping[str, str] = field(default_factory=dict)
    origin: Origin = field(default_factory=Origin)


@dataclass(slots=True)
class ParsedItem:
    """Everything a parser could read from one item. Fields not carried by the format stay empty.

    Texts are raw (not yet normalised); dates are RFC 3339 strings in UTC when the parser could
    read them. ``paragraphs`` is the body as plain-text paragraphs, in order, boilerplate included:
    the agency-copy stage (``streams.core.copy``) takes datelines, credits, links and rights out.
    """

    format: str = ""  # parser name, set by the registry
    kind: str = "text"  # ninjs type: text | picture | graphic | video | audio | composite | event ...
    uri: str | None = None  # provider id as a URN (urn:<provider>:<id>) if the format carries one
    provider: str | None = None  # "antara", "reuters", "ap", "dpa" ... lower-case
    version: str | None = None
    pub_status: str = "usable"  # usable | withheld | canceled
    first_created: str | None = None
    version_created: str | None = None
    content_created: str | None = None
    embargoed_until: str | None = None
    expires: str | None = None
    urgency: int | None = None
    language: str | None = None  # as stated by the source (BCP 47)
    headline: str | None = None
    subheadline: str | None = None
    description: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    by: str | None = None
    located: str | None = None
    dateline: str | None = None  # dateline text when the format carries it as a field
    slugline: str | None = None
    ed_note: str | None = None
    title: str | None = None
    subjects: list[dict[str, Any]] = field(default_factory=list)
    genres: list[dict[str, Any]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    places: list[dict[str, Any]] = field(default_factory=list)
    info_sources: list[dict[str, Any]] = field(default_factory=list)
    copyright_holder: str | None = None
    copyright_notice: str | None = None
    usage_terms: str | None = None
    rights_info: dict[str, str] | None = None  # ninjs rightsInfo {langId, linkedRights | encodedRights}
    alt_ids: list[dict[str, Any]] = field(default_factory=list)
    associations: list[dict[str, Any]] = field(default_factory=list)
    signals: list[str] = field(default_factory=list)  # "update", "correction", "cancel", or raw qcodes
    contributors: list[dict[str, str]] = field(default_factory=list)  # [{role, name}]
    evolved_from: str | None = None
    renditions: list[dict[str, Any]] = field(default_factory=list)  # ninjs renditionType dicts
    caption: str | None = None  # picture/video caption (→ descriptions role "caption")
    creditline: str | None = None  # credit line as the provider states it (→ ext.creditline)
    event_details: dict[str, Any] = field(default_factory=dict)  # ninjs eventDetails (events)
    planned_coverage: list[dict[str, Any]] = field(default_factory=list)  # ninjs plannedCoverage
    rejected: tuple[str, str] | None = None  # (reason, message): a container member that is not published
    extra: dict[str, Any] = field(default_factory=dict)  # format-specific data kept in ext.source


def rejected_member(fmt: str, reason: str, message: str, uri: str | None = None) -> ParsedItem:
    """A container member the parser read but will not publish (a concept, a catalog ...): the pipeline
    turns it into a dead letter with ``reason`` at the member's index, so nothing vanishes in a container."""
    return ParsedItem(format=fmt, uri=uri, rejected=(reason, message))
