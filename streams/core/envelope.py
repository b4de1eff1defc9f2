"""The record between the worker's two stages (``wire.dedupe``): a slim envelope plus the bytes to publish.

Why: the dedupe stage runs on one partition, so whatever it spends per item caps the whole system. It
used to decode each whole article (bodies, entities, renditions: kilobytes), re-tokenise its text for
the MinHash signature and re-encode it for every output topic. Now the ingest stage (N partitions), which
has the article at hand anyway, computes what the decision reads and sends:

``MAGIC`` (4 bytes) · envelope length (4 bytes, big-endian) · envelope JSON · body

* an **article** envelope ``{"kind": "article", "view": {...}, "sig": str, "bands": [...], "hh": str,
  "splice": int}`` (``sig``: the signature's 32-bit values little-endian, base64: half the bytes of a JSON
  list); ``view`` is the article reduced to the fields :func:`streams.core.dedupe.decide`, the
  routing rules, the planner and the stage's metrics read (:data:`VIEW_KEYS`, :data:`VIEW_EXT_KEYS`);
  ``sig``/``bands``/``hh`` are its :class:`~streams.core.hashing.Identity`; the body is the article's ninjs
  JSON exactly as ``orjson.dumps`` writes it, and ``splice`` is the body offset just before the closing
  brace of ``ext``;
* a **dead letter** envelope ``{"kind": "deadletter", "origin": {...}}``; the body is the record's JSON.

The stage decodes only the envelope. The members it adds to a published article (``ext.dedupe``, then
``ext.routes`` when routed) are the last members of ``ext`` in the full path too (``dedupe._annotated``
appends them), so :func:`published` splices their JSON in at ``splice`` and the bytes equal
``orjson.dumps`` of the article the offline planner builds (``wirefeed process``), byte for byte.
An article whose ``ext`` already holds ``dedupe`` or ``routes``, or lacks ``contentHash``, would not splice
that way: :func:`encode_article` returns ``None`` and the caller sends the whole article as JSON.

A value that starts with ``{`` is the old format (a whole article or dead letter as JSON, written by a
worker before this one: a rolling upgrade); :func:`decode` returns it decoded and the stage takes the old
path. Anything else raises :class:`EnvelopeError` and the stage dead-letters the record with the reason.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from streams.core.hashing import Identity, identity
from streams.core.model import Article, RawRef, Record

MAGIC = b"\x00wf2"  # never the first byte of JSON text: old records start with "{"
_HEAD = len(MAGIC) + 4

VIEW_KEYS = ("uri", "type", "version", "versionCreated", "pubStatus", "language", "subjects", "infoSources")
"""Top-level members the decision, routing, topic choice (``type``) and metrics (``language``) read."""
VIEW_EXT_KEYS = ("contentHash", "provenance", "derived", "signals", "countries")
"""``ext`` members they read (``provenance`` also goes into duplicate, kill and dead-letter records)."""
_NAMED_KEYS = ("uri", "name", "literal")  # what routing reads of a subject or an info source


class EnvelopeError(ValueError):
    """A ``wire.dedupe`` value that is neither an envelope nor an old-format JSON record."""


@dataclass(frozen=True, slots=True)
class SlimArticle:
    """A decoded article envelope: the view to decide on, its identity and the bytes to publish."""

    view: Article
    identity: Identity
    value: bytes  # the whole record value; the body is value[start:]
    start: int
    splice: int  # absolute offset in value

    @property
    def body(self) -> bytes:
        return self.value[self.start :]


@dataclass(frozen=True, slots=True)
class SlimDeadLetter:
    """A decoded dead-letter envelope: its raw origin and the record's JSON to publish as it is."""

    origin: RawRef
    value: bytes
    start: int

    @property
    def body(self) -> bytes:
        return self.value[self.start :]


Item = SlimArticle | SlimDeadLetter | Record
"""What :func:`decode` returns: an envelope, or an old-format record (a dict)."""


def _named(items: Any) -> list[Any]:
    if not isinstance(items, list):
        return items  # type: ignore[no-any-return]
    return [{k: v[k] for k in _NAMED_KEYS if k in v} if isinstance(v, Mapping) else v for v in items]


def view_of(article: Article) -> Article:
    """The article reduced to what the dedupe stage reads (see the module docstring)."""
    view = {k: article[k] for k in VIEW_KEYS if k in article}
    for key in ("subjects", "infoSources"):
        if key in view:
            view[key] = _named(view[key])
    ext = article.get("ext") or {}
    view["ext"] = {k: ext[k] for k in VIEW_EXT_KEYS if k in ext}
    return view


def splittable(article: Article) -> bool:
    """Whether :func:`published` will give the same bytes as encoding the planned article whole."""
    ext = article.get("ext")
    return isinstance(ext, dict) and bool(ext) and "contentHash" in ext and "dedupe" not in ext and "routes" not in ext


def article_body(article: Article) -> tuple[bytes, int]:
    """``(orjson.dumps(article), offset just before the closing brace of ext)``, encoding it once."""
    keys = list(article)
    at = keys.index("ext")
    if at == len(keys) - 1:  # the assembler puts ext last: one encode
        body = orjson.dumps(article)
        return body, len(body) - 2
    head = orjson.dumps({k: article[k] for k in keys[: at + 1]})
    tail = orjson.dumps({k: article[k] for k in keys[at + 1 :]})
    return head[:-1] + b"," + tail[1:], len(head) - 2


def _pack(envelope: Mapping[str, Any], body: bytes) -> bytes:
    head = orjson.dumps(envelope)
    return b"".join((MAGIC, len(head).to_bytes(4, "big"), head, body))


def encode_article(article: Article, ident: Identity | None = None) -> bytes | None:
    """The ``wire.dedupe`` value for an assembled article; ``None`` when it must travel whole (old format)."""
    if not splittable(article):
        return None
    ident = ident or identity(article)
    body, splice = article_body(article)
    envelope = {
        "kind": "article",
        "view": view_of(article),
        "sig": base64.b64encode(struct.pack(f"<{len(ident.signature)}I", *ident.signature)).decode("ascii"),
        "bands": ident.bands,
        "hh": ident.headline,
        "splice": splice,
    }
    return _pack(envelope, body)


def encode_deadletter(record: Record) -> bytes:
    """The ``wire.dedupe`` value for a dead letter of the ingest stage."""
    return _pack({"kind": "deadletter", "origin": record["origin"]}, orjson.dumps(record))


def decode(value: bytes | None) -> Item:
    """An envelope (body not decoded), or an old-format JSON record decoded whole. Raises
    :class:`EnvelopeError` for anything else (the caller dead-letters it)."""
    if not value:
        raise EnvelopeError("empty record")
    if value[:1] == b"{":
        try:
            record = orjson.loads(value)
        except orjson.JSONDecodeError as exc:
            raise EnvelopeError(f"old-format record is not JSON: {exc}") from None
        if not isinstance(record, dict):
            raise EnvelopeError("old-format record is not a JSON object")
        return record
    if not value.startswith(MAGIC) or len(value) < _HEAD:
        raise EnvelopeError(f"unknown record format (starts {bytes(value[:8])!r})")
    size = int.from_bytes(value[len(MAGIC) : _HEAD], "big")
    start = _HEAD + size
    try:
        env = orjson.loads(memoryview(value)[_HEAD:start])
    except orjson.JSONDecodeError as exc:
        raise EnvelopeError(f"envelope is not JSON: {exc}") from None
    if start > len(value) or not isinstance(env, dict):
        raise EnvelopeError("truncated envelope")
    kind = env.get("kind")
    try:
        if kind == "article":
            raw = base64.b64decode(env["sig"], validate=True)
            ident = Identity(struct.unpack(f"<{len(raw) // 4}I", raw), tuple(env["bands"]), env["hh"])
            splice = start + int(env["splice"])
            view = env["view"]
            if not isinstance(view, dict) or not isinstance(view.get("ext"), dict) or not start < splice < len(value):
                raise EnvelopeError("article envelope without a view or with a splice outside its body")
            return SlimArticle(view, ident, value, start, splice)
        if kind == "deadletter":
            return SlimDeadLetter(env["origin"], value, start)
    except (KeyError, TypeError, ValueError, struct.error) as exc:
        if isinstance(exc, EnvelopeError):
            raise
        raise EnvelopeError(f"{kind} envelope: {type(exc).__name__}: {exc}") from None
    raise EnvelopeError(f"unknown envelope kind {kind!r}")


def published(item: SlimArticle, article: Article) -> bytes:
    """The bytes of the planned ``article`` (the view after the decision: ``ext.dedupe``, ``ext.routes``):
    the body with those members spliced into ``ext``. Equal to ``orjson.dumps`` of the full planned article."""
    ext = article["ext"]
    parts = [item.value[item.start : item.splice], b',"dedupe":', orjson.dumps(ext["dedupe"])]
    if "routes" in ext:
        parts += [b',"routes":', orjson.dumps(ext["routes"])]
    parts.append(item.value[item.splice :])
    return b"".join(parts)
