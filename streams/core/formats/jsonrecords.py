"""JSON collections of news records: scraper output (ANTARA and other Indonesian sites) and the
AP Media API envelope (``{"api_version", "data": {"item"}}`` or ``{"data": {"items": [{"item"}]}}``).

One :class:`ParsedItem` per record, in order (a record that is not an object yields an empty item, which
the pipeline dead-letters as ``no_text`` with its index). Scraped records are mapped by
:mod:`streams.core.formats.records`. AP items are ninjs-1.x-like and go through the ninjs mapper, then
take AP's identity (``urn:ap:<altids.itemid>``; the API ``uri`` holds session tokens) and AP-only fields.
AP picture/video/audio/graphic items are published with their type, caption and renditions (ninjs mapper);
a text item whose body sits behind a rendition link keeps its renditions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from streams.core import reasons
from streams.core.formats.jsonutil import as_dicts, as_str, as_text, head_keys, loads
from streams.core.formats.ninjs import item_kind, map_ninjs
from streams.core.formats.records import ALIASES, KNOWN_COLUMNS, TEXT_COLUMNS, map_record
from streams.core.model import ParsedItem
from streams.errors import ParseError

# object keys under which APIs and scrapers commonly wrap their record lists
WRAPPERS = ("data", "items", "articles", "results", "records", "news", "berita", "posts", "entries")
_ANCHORS = frozenset(ALIASES["body"] + ALIASES["link"])
_EDS = re.compile(r"^\s*eds?:\s*", re.I)


def _is_ap(data: Mapping[str, Any]) -> bool:
    return "api_version" in data and isinstance(data.get("data"), Mapping)


def map_ap_item(obj: Mapping[str, Any], fmt: str) -> ParsedItem:
    """One AP Media API ``item`` → :class:`ParsedItem` (ninjs mapping plus AP identity and extras)."""
    item = map_ninjs(obj, fmt)
    item.provider = "ap"
    altids = obj.get("altids")
    itemid = as_str(altids.get("itemid")) if isinstance(altids, Mapping) else None
    item.uri = f"urn:ap:{itemid}" if itemid else None
    item.extra = {"apType": item_kind(obj)}
    if item.ed_note:
        item.ed_note = _EDS.sub("", item.ed_note) or None
    if not item.description:
        item.description = as_str(obj.get("headline_extended"))
    if not item.by:
        names = [as_str(b.get("by")) or as_str(b.get("name")) for b in as_dicts(obj.get("bylines"))]
        item.by = ", ".join(n for n in names if n) or None
    dateline = obj.get("datelinelocation")
    if isinstance(dateline, Mapping) and not item.located:
        item.located = as_str(dateline.get("city"))
    if not item.info_sources:
        item.info_sources = [{"name": "AP", "role": "originator"}]
    item.usage_terms = as_text(obj.get("usageterms")) or item.usage_terms
    return item


def _ap_items(data: Mapping[str, Any], fmt: str) -> list[ParsedItem]:
    envelope = data["data"]
    entries = (
        [envelope["item"]]
        if isinstance(envelope.get("item"), Mapping)
        else [e.get("item") for e in as_dicts(envelope.get("items"))]
    )
    return [map_ap_item(e, fmt) if isinstance(e, Mapping) else ParsedItem(format=fmt) for e in entries]


def _records(data: Any) -> list[Any]:
    """The record list of a payload: a top-level array, a wrapped array, or one record object."""
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping):
        for key in WRAPPERS:
            if isinstance(data.get(key), list):
                return data[key]
        if {str(k).strip().lower() for k in data} & TEXT_COLUMNS:
            return [data]
    raise ParseError(reasons.MALFORMED_JSON, "JSON holds no list of news records")


def record_keys_match(keys: set[str]) -> bool:
    """Keys (any case) of a record that carries news text."""
    lowered = {k.strip().lower() for k in keys}
    return bool(lowered & TEXT_COLUMNS) and len(lowered & KNOWN_COLUMNS) >= 2


class JsonRecordsParser:
    name = "jsonrecords"

    def sniff(self, head: bytes) -> bool:
        kind, keys = head_keys(head)
        if kind == "[":
            return record_keys_match({k for d, k in keys if d == 2})
        if kind != "{":
            return False
        top = {k for d, k in keys if d == 1}
        if "api_version" in top:
            return True
        if top & set(WRAPPERS) and record_keys_match({k for d, k in keys if d == 3}):
            return True
        # a lone object must look like an article record (body or link), not any JSON with a "title"
        lowered = {k.strip().lower() for k in top}
        return "$schema" not in top and bool(lowered & _ANCHORS) and record_keys_match(top)

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        data = loads(payload)
        if isinstance(data, Mapping) and _is_ap(data):
            return _ap_items(data, self.name)
        return [
            map_record(r, self.name) if isinstance(r, Mapping) else ParsedItem(format=self.name) for r in _records(data)
        ]


PARSER = JsonRecordsParser()
