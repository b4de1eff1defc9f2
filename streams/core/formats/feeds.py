"""RSS 2.0 (including WordPress WXR exports and RSS 1.0/RDF) items and Atom entries → one
:class:`ParsedItem` each, in document order.

Mapping (after Superdesk's ``feeding_services/rss.py``): guid/id → uri (kept when it is already a URN or
URL, else ``urn:<feed host>:<guid>``; no guid → the link), link → ``altIds`` (role ``url``), title →
headline, description/summary → description, ``content:encoded``/content → body paragraphs (HTML
flattened), author/``dc:creator`` → by, pubDate/published → firstCreated, updated → versionCreated,
category → keywords. WordPress attachment and menu items are not articles and are skipped.
XML goes through :func:`streams.core.formats.xmlsafe.parse_xml` (no DTD, no entities, no network).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from streams.core import reasons
from streams.core.formats.dates import parse_any
from streams.core.formats.htmltext import html_paragraphs, looks_like_html
from streams.core.formats.ninjs import make_uri
from streams.core.formats.records import provider_from_host
from streams.core.formats.xmlsafe import (
    Element,
    attr,
    children,
    find,
    local,
    paragraphs,
    parse_xml,
    raw_text,
    root_name,
    text_of,
    xml_lang,
)
from streams.core.model import ParsedItem
from streams.core.text import split_paragraphs
from streams.errors import ParseError

_WORDPRESS_NS = "wordpress.org/export/"
_NOT_ARTICLES = frozenset({"attachment", "nav_menu_item", "revision", "custom_css", "wp_block"})
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")   # RSS author "x@y.z (Jane Doe)"


def _child_text(el: Element, *names: str) -> str | None:
    """Text of the first direct child with one of ``names`` (local names, any namespace)."""
    for name in names:
        for child in children(el, name):
            value = raw_text(child).strip()
            if value:
                return value
    return None


def _ns_child_text(el: Element, name: str, namespace_part: str) -> str | None:
    """Text of the child ``name`` whose namespace URI contains ``namespace_part`` (``content:encoded``
    and ``excerpt:encoded`` share a local name)."""
    for child in children(el, name):
        if namespace_part in str(child.tag).split("}", 1)[0]:
            return raw_text(child).strip() or None
    return None


def _inline(value: str | None) -> str | None:
    """A one-line field; HTML inside (common in RSS titles/descriptions) is flattened."""
    if not value:
        return None
    if looks_like_html(value):
        return " ".join(html_paragraphs(value)) or None
    return value


def _person(value: str | None) -> str | None:
    if not value:
        return None
    match = _EMAIL_NAME.match(value)
    return match[1].strip() if match else value.strip() or None


def _keywords(el: Element) -> list[str]:
    out: list[str] = []
    for cat in children(el, "category"):
        value = attr(cat, "label") or attr(cat, "term") or text_of(cat)
        value = html.unescape(value) if value else None   # WordPress exports escape term names twice
        if value and value not in out:
            out.append(value)
    return out


def _feed_context(root: Element) -> tuple[str | None, str | None, bool]:
    """(feed host, feed language, is WordPress WXR) from the channel/feed head."""
    channel = find(root, "channel") if local(root) in ("rss", "RDF") else root
    link = None
    if channel is not None:
        link = _child_text(channel, "link")
        for el in children(channel, "link"):
            link = attr(el, "href") or link
    host = urlsplit(link or "").hostname
    language = (_child_text(channel, "language") if channel is not None else None) or xml_lang(root)
    wordpress = any(_WORDPRESS_NS in (ns or "") for ns in root.nsmap.values())
    return host, language, wordpress


def _uri(guid: str | None, link: str | None, host: str | None) -> str | None:
    """guid as given when it is a URN/URL, else ``urn:<host>:<guid>``; no guid → the link."""
    if guid:
        return make_uri(guid, host, namespace="feed")
    return link


def read_rss_item(item: Element, host: str | None, language: str | None, wordpress: bool,
                  fmt: str) -> ParsedItem | None:
    """One RSS ``<item>`` (``None`` for WordPress attachments and other non-posts)."""
    post_type = _child_text(item, "post_type")
    if post_type and post_type.lower() in _NOT_ARTICLES:
        return None
    link = _child_text(item, "link")
    host = host or urlsplit(link or "").hostname
    parsed = ParsedItem(format=fmt, provider=provider_from_host(host) if host else None)
    parsed.uri = _uri(_child_text(item, "guid"), link, host)
    if link:
        parsed.alt_ids.append({"role": "url", "value": link})
    parsed.headline = _inline(_child_text(item, "title"))
    excerpt = _ns_child_text(item, "encoded", "excerpt")
    parsed.description = _inline(_child_text(item, "description") or excerpt)
    content = _ns_child_text(item, "encoded", "/content")
    if content:
        parsed.paragraphs = html_paragraphs(content, line_breaks=wordpress)
    creators = [_person(raw_text(c)) for c in children(item, "creator") + children(item, "author")]
    parsed.by = ", ".join(dict.fromkeys(c for c in creators if c)) or None
    parsed.first_created = parse_any(_child_text(item, "pubDate", "date", "published", "post_date_gmt"))
    parsed.version_created = parse_any(_child_text(item, "updated", "modified"))
    parsed.keywords = _keywords(item)
    parsed.language = _child_text(item, "language") or language
    status = (_child_text(item, "status") or "").lower()
    if status in ("draft", "pending", "private", "future"):
        parsed.pub_status = "withheld"
    for enclosure in children(item, "enclosure"):
        url, kind = attr(enclosure, "url"), (attr(enclosure, "type") or "")
        if url:
            parsed.associations.append({"name": "enclosure", "uri": url,
                                        **({"type": "picture"} if kind.startswith("image/") else {})})
    source = find(item, "source")
    if source is not None and text_of(source):
        parsed.info_sources.append({"name": text_of(source) or ""})
    return parsed


def _atom_text(el: Element | None) -> list[str]:
    """Paragraphs of an Atom text construct (``type`` text, html or xhtml)."""
    if el is None:
        return []
    kind = (attr(el, "type") or "text").lower()
    if kind == "xhtml":
        return paragraphs(el)
    if kind in ("html", "text/html") or kind.endswith("+xml"):
        return html_paragraphs(raw_text(el))
    return split_paragraphs(raw_text(el))


def read_atom_entry(entry: Element, feed: Element, host: str | None, fmt: str) -> ParsedItem:
    """One Atom ``<entry>``; author falls back to the feed's author, as Atom specifies."""
    link = None
    for el in children(entry, "link"):
        if (attr(el, "rel") or "alternate") == "alternate" and attr(el, "href"):
            link = attr(el, "href")
            break
    host = host or urlsplit(link or "").hostname
    parsed = ParsedItem(format=fmt, provider=provider_from_host(host) if host else None)
    parsed.uri = _uri(_child_text(entry, "id"), link, host)
    if link:
        parsed.alt_ids.append({"role": "url", "value": link})
    parsed.headline = " ".join(_atom_text(find(entry, "title"))) or None
    parsed.description = " ".join(_atom_text(find(entry, "summary"))) or None
    parsed.paragraphs = _atom_text(find(entry, "content"))
    authors = children(entry, "author") or children(feed, "author")
    names = [text_of(find(a, "name")) for a in authors]
    parsed.by = ", ".join(n for n in names if n) or None
    parsed.first_created = parse_any(_child_text(entry, "published", "issued", "created"))
    parsed.version_created = parse_any(_child_text(entry, "updated", "modified"))
    parsed.keywords = _keywords(entry)
    parsed.language = xml_lang(entry)
    parsed.copyright_notice = text_of(find(entry, "rights")) or text_of(find(feed, "rights"))
    return parsed


class FeedsParser:
    name = "feeds"

    def sniff(self, head: bytes) -> bool:
        root = root_name(head)
        if root in ("rss", "feed"):
            return True
        return root == "RDF" and b"purl.org/rss/1.0" in head

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        root = parse_xml(payload)
        host, language, wordpress = _feed_context(root)
        name = local(root)
        items: list[ParsedItem | None]
        if name == "feed":
            items = [read_atom_entry(e, root, host, self.name) for e in children(root, "entry")]
        elif name in ("rss", "RDF"):
            channel = find(root, "channel")
            containers = [root] + ([channel] if channel is not None else [])
            elements = [i for c in containers for i in children(c, "item")]
            items = [read_rss_item(i, host, language, wordpress, self.name) for i in elements]
        else:
            raise ParseError(reasons.UNKNOWN_FORMAT, f"<{name}> is neither an RSS nor an Atom feed")
        found = [i for i in items if i is not None]
        if items and not found:
            raise ParseError(reasons.NOT_AN_ARTICLE, "the feed holds only attachments/non-post items")
        return found


PARSER = FeedsParser()
