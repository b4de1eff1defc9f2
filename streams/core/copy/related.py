"""Related-story links (``Baca juga: …``, ``Related news: …``, Tempo's ``Pilihan Editor: …``)
→ ``associations`` with ``rel: seeAlso``."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import xxhash

from streams.core.model import ParsedItem

LABELS = (
    "Baca juga",
    "Lihat juga",
    "Simak juga",
    "Related news",
    "Related",
    "Read also",
    "Read more",
    "See also",
    "Pilihan editor",
    "Piliihan editor",
)
URN_PREFIX = "urn:wirefeed:related:"
_URL = re.compile(r"https?://\S+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 80


def slug(text: str) -> str:
    """ASCII slug of a headline; a hash when nothing ASCII is left (non-Latin scripts)."""
    if text.isascii():
        ascii_text = text.lower()
    else:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    value = _NON_SLUG.sub("-", ascii_text).strip("-")
    if len(value) > MAX_SLUG:
        value = value[:MAX_SLUG].rsplit("-", 1)[0]
    return value or xxhash.xxh3_64_hexdigest(text.encode("utf-8"))


def parse(value: str) -> dict[str, Any] | None:
    """The association for one related link, or None if ``value`` holds no headline."""
    url_match = _URL.search(value) if "http" in value else None
    url = url_match.group().rstrip(").,") if url_match else None
    headline = (_URL.sub("", value) if url else value).strip(" -–—:|()[]")
    if not headline and not url:
        return None
    uri = url or URN_PREFIX + slug(headline)
    association: dict[str, Any] = {"name": headline or uri, "uri": uri, "rel": "seeAlso", "type": "text"}
    if headline:
        association["headlines"] = [{"value": headline}]
    return association


def add(item: ParsedItem, association: dict[str, Any]) -> None:
    """Append an association unless one with the same uri is there."""
    if all(a.get("uri") != association["uri"] for a in item.associations):
        item.associations.append(association)


def take(item: ParsedItem, value: str) -> bool:
    """Record one related link; False if ``value`` holds no headline."""
    association = parse(value)
    if association is None:
        return False
    add(item, association)
    return True
