"""Rendition links as a subscriber can use them.

A ninjs ``href`` must be an absolute URI (``format: uri`` in the IPTC schema), so a link the source writes
relative to the item (NewsML-G2 ``href="./GYI0062134533.jpg"``, NITF ``source="high-tide.jpg"``, a sender's
``file:///./GYI0062134533-thumb.gif``, an RSS enclosure ``/media/clip.mp4``) is resolved against the base the
source states (XML ``xml:base``, a feed item's own link). Without a base it points into the sender's delivery
(the package, folder or zip the binary travels with), which no URL reaches: inventing one (our ingest path, the
item's ``tag:``/``urn:`` id) would send a subscriber nowhere, and dropping it (as before) loses the only key a
subscriber holding the delivered binaries can match them by. So the rendition keeps its metadata, and its
reference, cleaned, is kept under :data:`RELATIVE_KEY`; ``assemble`` publishes it in ``ext.renditionRefs``
beside the rendition's name (a ninjs rendition has ``additionalProperties: false``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from streams.core.text import ABSOLUTE_URI

RELATIVE_KEY = "relativeHref"
"""A parser's rendition key for a reference relative to the sender's delivery (no base to resolve it)."""

_FETCHABLE_BASE = re.compile(r"^(?:https?|ftp)://[^/\s]", re.IGNORECASE)
_FILE = re.compile(r"^file:(?://[^/]*)?", re.IGNORECASE)  # file:, file://, file://host
_DOT_SLASH = re.compile(r"^(?:\s*\./)+")
_SPACE = re.compile(r"\s")


def _encoded(value: str) -> str:
    """Inner whitespace percent-encoded (a URI has none)."""
    return _SPACE.sub(lambda m: quote(m.group()), value)


def place_href(out: dict[str, Any], raw: str | None, base: str | None = None) -> None:
    """Set ``out["href"]`` to ``raw`` as an absolute URI (resolved against ``base`` when it is relative and
    ``base`` is an http(s)/ftp URL), else ``out[RELATIVE_KEY]`` to the cleaned relative reference; nothing
    for an empty link. A ``file:`` link is the sender's disk: relative (``file:///./x.jpg`` → ``x.jpg``),
    or its file name when it names a directory of the sender's ("file:///C:/pics/x.jpg" → ``x.jpg``)."""
    text = (raw or "").strip()
    if not text:
        return
    if _FILE.match(text):
        path = _FILE.sub("", text)
        relative = _DOT_SLASH.sub("", path.lstrip("/")) if _DOT_SLASH.match(path.lstrip("/")) else None
        ref = relative if relative is not None else path.rstrip("/").rsplit("/", 1)[-1]
        ref = ref.strip()
        if ref:
            out[RELATIVE_KEY] = _encoded(ref)
        return
    if ABSOLUTE_URI.match(text):
        out["href"] = _encoded(text)
        return
    base = (base or "").strip()
    if base and _FETCHABLE_BASE.match(base):
        joined = urljoin(base, _encoded(text))
        if ABSOLUTE_URI.match(joined) and urlsplit(joined).netloc:
            out["href"] = joined
            return
    ref = _DOT_SLASH.sub("", text).strip()
    if ref:
        out[RELATIVE_KEY] = _encoded(ref)
