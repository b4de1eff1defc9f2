"""RSS 2.0 (including WordPress WXR exports and RSS 1.0/RDF) items and Atom entries → one
:class:`ParsedItem` each, in document order.

Mapping (after Superdesk's ``feeding_services/rss.py``): guid/id → uri (kept when it is already a URN or
URL, else ``urn:<feed host>:<guid>``; no guid → the link), link → ``altIds`` (role ``url``), title →
headline, description/summary → description, ``content:encoded``/content → body paragraphs (HTML
flattened), author/``dc:creator`` → by, pubDate/published → firstCreated, updated → versionCreated,
category → keywords. A channel title that is its own site's name is the publisher (an info source).

Media (issue #16): ``enclosure`` and Media RSS (``media:content``, ``media:group``, ``media:thumbnail``, with
``media:title``/``media:description``/``media:credit``) become associations of their type with renditions
(href, contentType, width, height, duration, size); an item without body text whose media are video or audio
(podcasts, video feeds) is itself a ``video``/``audio`` item with its description as caption. An image
alone never turns a news item into a picture (most news feeds attach a teaser image to every story).
WordPress attachments are ``picture``/``video``/``audio`` items (``attachment_url``) and a post's
``_thumbnail_id`` references its attachment as association ``featuremedia``; other WordPress non-posts
(menus, revisions ...) are dead letters ``not_an_article`` at their index, never dropped.
Extension bodies (issue #15): some feeds carry the real story in their own namespace and only a placeholder
or a teaser in ``<content>``/``<description>`` (WENN's ``wenn_cm:ContentMetadata`` has ``first_line`` +
``body`` beside "This is body content1."). An extension ``body``/``first_line``/``fulltext`` that is longer
than the standard body wins. Typed extension tags (``<x:tag value="…" type_value="…">``) become keywords, and
people (celebrity, singer …) or organisations (band, website, company …) when the type says so, spelt as the
story spells them; place tags stay keywords (enrichment geocodes the place from the text, with an id).
XML goes through :func:`streams.core.formats.xmlsafe.parse_xml` (no DTD, no entities, no network).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from streams.core import reasons
from streams.core.copy.agencies import ORIGINATOR, site_label
from streams.core.formats import credits
from streams.core.formats.dates import parse_any
from streams.core.formats.hrefs import place_href
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
from streams.core.model import ParsedItem, rejected_member
from streams.core.text import ABSOLUTE_URI, split_paragraphs, split_url
from streams.errors import ParseError

_WORDPRESS_NS = "wordpress.org/export/"
_NOT_ARTICLES = frozenset({"nav_menu_item", "revision", "custom_css", "wp_block"})
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")  # RSS author "x@y.z (Jane Doe)"
_MEDIA_RSS = "search.yahoo.com/mrss"
_EXTENSIONS = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "svg": "image/svg+xml",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "webm": "video/webm",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
}
_MEDIUM = {"image": "picture", "video": "video", "audio": "audio"}
_STANDARD_NS = (
    "www.w3.org/2005/Atom",
    "purl.org/rss",
    "purl.org/dc/",
    _MEDIA_RSS,
    "wordpress.org/export/",
    "purl.org/rss/1.0/modules/content",
)
_EXT_LEADS = ("first_line", "firstline", "lead", "standfirst", "intro")
_EXT_BODIES = ("body", "fulltext", "full_text", "bodytext", "body_text", "story")
# words in an extension tag's type that say what the tag names (checked in this order)
_TAG_PERSON = (
    "celebrity",
    "singer",
    "musician",
    "actor",
    "actress",
    "person",
    "athlete",
    "player",
    "presenter",
    "politician",
    "author",
    "director",
    "model",
    " dj",
)
_TAG_ORG = ("band", "website", "company", "organisation", "organization", "brand", "label", "team", "group")


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
        value = html.unescape(value) if value else None  # WordPress exports escape term names twice
        if value and value not in out:
            out.append(value)
    return out


def _namespace(el: Element) -> str:
    tag = str(el.tag)
    return tag[1:].split("}", 1)[0] if tag.startswith("{") else ""


def _extension_elements(item: Element) -> list[Element]:
    """Descendants of an item/entry in a namespace that is neither Atom, RSS, Dublin Core, Media RSS nor
    WordPress: a provider's own metadata block."""
    out = []
    for el in item.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        ns = _namespace(el)
        if ns and not any(std in ns for std in _STANDARD_NS):
            out.append(el)
    return out


def _extension_paragraphs(extensions: list[Element]) -> list[str]:
    """The story an extension block carries: its lead (``first_line``) then its ``body``, as paragraphs."""
    found: list[str] = []
    for names in (_EXT_LEADS, _EXT_BODIES):
        el = next((e for e in extensions if local(e).lower() in names and raw_text(e).strip()), None)
        if el is not None:
            text = raw_text(el)
            found += html_paragraphs(text) if looks_like_html(text) else split_paragraphs(text)
    return found


def _prefer_fuller(current: list[str], extensions: list[Element]) -> list[str]:
    """The extension's story when it is longer than the standard body (a placeholder, a teaser), else the body."""
    fuller = _extension_paragraphs(extensions)
    return fuller if sum(map(len, fuller)) > sum(map(len, current)) else current


def _spelt_as_in(name: str, text: str) -> str:
    """``name`` as the story spells it ("Tmz.Com" → "TMZ.com"), else as given; all-caps spellings are not
    taken over (a WENN lead writes "SUGE KNIGHT")."""
    match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)
    if match and not match.group(0).isupper():
        return match.group(0)
    return name


def _extension_tags(extensions: list[Element], parsed: ParsedItem) -> None:
    """Typed tags (``<x:tag value="Suge Knight" type_value="General Celebrity">``) and categories → keywords;
    person-like types → people, organisation-like types (band, website …) → organisations."""
    text = "\n".join(parsed.paragraphs)
    known_people = {p["name"].casefold() for p in parsed.people}
    known_orgs = {o["name"].casefold() for o in parsed.organisations}
    for el in extensions:
        name = local(el).lower()
        if name not in ("tag", "category", "catagory", "keyword"):
            continue
        value = " ".join((attr(el, "value") or attr(el, "term") or attr(el, "label") or raw_text(el)).split())
        if not value:
            continue
        value = _spelt_as_in(value, text)
        if value not in parsed.keywords:
            parsed.keywords.append(value)
        kind = f" {(attr(el, 'type_value') or attr(el, 'type') or '').lower()}"
        if name != "tag" or not kind.strip():
            continue
        if any(word in kind for word in _TAG_PERSON) and value.casefold() not in known_people:
            known_people.add(value.casefold())
            parsed.people.append({"name": value})
        elif any(word in kind for word in _TAG_ORG) and value.casefold() not in known_orgs:
            known_orgs.add(value.casefold())
            parsed.organisations.append({"name": value})


def _extension(item: Element, parsed: ParsedItem) -> None:
    """Body, first-created date and typed tags from a provider's extension block, where there is one."""
    extensions = _extension_elements(item)
    if not extensions:
        return
    parsed.paragraphs = _prefer_fuller(parsed.paragraphs, extensions)
    if parsed.first_created is None:
        published = next((raw_text(e) for e in extensions if local(e) in ("published", "created")), None)
        parsed.first_created = parse_any(published.strip()) if published else None
    _extension_tags(extensions, parsed)


def _feed_context(root: Element) -> tuple[str | None, str | None, bool]:
    """(feed host, feed language, is WordPress WXR) from the channel/feed head."""
    channel = find(root, "channel") if local(root) in ("rss", "RDF") else root
    link = None
    if channel is not None:
        link = _child_text(channel, "link")
        for el in children(channel, "link"):
            link = attr(el, "href") or link
    host = split_url(link or "").hostname
    language = (_child_text(channel, "language") if channel is not None else None) or xml_lang(root)
    wordpress = any(_WORDPRESS_NS in (ns or "") for ns in root.nsmap.values())
    return host, language, wordpress


def _publisher(root: Element, host: str | None) -> str | None:
    """The feed's own name as its publisher (issue #15: every format field that names a provider) when the
    channel title is the site its link points to ("FunkyGames.de" on funkygames.de, "The SDNewTester" on
    sdnewtester.co.zw); a title that is a topic or an archive name ("Test archive") names nobody."""
    channel = find(root, "channel") if local(root) in ("rss", "RDF") else root
    title = " ".join((_child_text(channel, "title") or "").split()) if channel is not None else ""
    label = site_label(host)
    if not title or not label or len(title) > 60:
        return None
    squashed = re.sub(r"[^0-9a-z]+", "", re.sub(r"(?i)^the\s+|\.[a-z]{2,3}$", "", title).lower())
    return title if squashed == label else None


def _uri(guid: str | None, link: str | None, host: str | None) -> str | None:
    """guid as given when it is a URN/URL, else ``urn:<host>:<guid>``; no guid → the link."""
    if guid:
        return make_uri(guid, host, namespace="feed")
    return link


def _number(value: str | None) -> int | None:
    try:
        number = int(float((value or "").strip()))
    except (ValueError, OverflowError):  # "abc", "inf"
        return None
    return number if number >= 0 else None


def _type_of(url: str | None) -> str | None:
    """The MIME type a URL's file extension implies (query ignored), or None."""
    return _EXTENSIONS.get((url or "").rsplit("?", 1)[0].rsplit(".", 1)[-1].lower())


def media_kind(content_type: str | None, url: str | None = None, medium: str | None = None) -> str | None:
    """picture/video/audio from a Media RSS ``medium``, a MIME type, or the URL's file extension."""
    if medium and medium.lower() in _MEDIUM:
        return _MEDIUM[medium.lower()]
    mime = (content_type or "").lower() or _type_of(url) or ""
    return _MEDIUM.get(mime.split("/", 1)[0]) if mime else None


def _base(el: Element) -> str | None:
    """What a relative media link resolves against: ``xml:base``, else the item's own link."""
    if el.base:
        return str(el.base)
    item = next((a for a in el.iterancestors() if local(a) in ("item", "entry")), None)
    if item is None:
        return None
    link = _child_text(item, "link")
    if link:
        return link
    return next((attr(a, "href") for a in children(item, "link") if attr(a, "rel") in (None, "alternate")), None)


def _rendition(el: Element, name: str) -> dict[str, Any] | None:
    """An ``enclosure``/``media:content``/``media:thumbnail`` as a ninjs rendition (needs a URL)."""
    placed: dict[str, Any] = {}
    place_href(placed, attr(el, "url") or attr(el, "href"), _base(el))
    url = placed.get("href")
    if not url:  # relative with no base: an association needs a uri
        return None
    out: dict[str, Any] = {"name": name, "href": url}
    ctype = attr(el, "type") or _type_of(url)
    if ctype:
        out["contentType"] = ctype
    for key, names in (
        ("width", ("width",)),
        ("height", ("height",)),
        ("sizeInBytes", ("fileSize", "length")),
        ("duration", ("duration",)),
    ):
        number = next((n for a in names if (n := _number(attr(el, a))) is not None), None)
        if number is not None and (key != "sizeInBytes" or number > 0):
            out[key] = number
    return out


def _media_texts(el: Element, assoc: dict[str, Any]) -> None:
    """``media:title``/``media:description``/``media:credit`` of a media element (or its group)."""
    for source in (el, el.getparent()):
        if source is None or local(source) == "item":
            continue
        title = _ns_child_text(source, "title", _MEDIA_RSS)
        if title and "headlines" not in assoc:
            assoc["headlines"] = [{"role": "main", "value": _inline(title) or title}]
        description = _ns_child_text(source, "description", _MEDIA_RSS)
        if description and "descriptions" not in assoc:
            assoc["descriptions"] = [{"role": "caption", "value": _inline(description) or description}]
        credit = _ns_child_text(source, "credit", _MEDIA_RSS)
        if credit and "by" not in assoc:
            assoc["by"] = credit


def media_associations(item: Element) -> list[dict[str, Any]]:
    """The item's enclosures and Media RSS objects, one association each (thumbnails join their media)."""
    out: list[dict[str, Any]] = []
    elements = children(item, "enclosure") + [
        el for el in item.iterdescendants() if local(el) == "content" and _MEDIA_RSS in str(el.tag).split("}", 1)[0]
    ]
    for el in elements:
        rendition = _rendition(el, "enclosure" if local(el) == "enclosure" else "original")
        if rendition is None or any(rendition["href"] == r["href"] for a in out for r in a.get("renditions", [])):
            continue
        kind = media_kind(attr(el, "type"), rendition["href"], attr(el, "medium"))
        assoc: dict[str, Any] = {
            "name": f"{local(el)}{len(out) + 1}",
            "uri": rendition["href"],
            "renditions": [rendition],
        }
        if kind:
            assoc["type"] = kind
        _media_texts(el, assoc)
        for thumb in children(el, "thumbnail") + children(el.getparent(), "thumbnail"):
            extra = _rendition(thumb, "thumbnail")
            if extra and extra not in assoc["renditions"]:
                assoc["renditions"].append(extra)
        out.append(assoc)
    if not out:
        for thumb in children(item, "thumbnail"):
            rendition = _rendition(thumb, "thumbnail")
            if rendition:
                out.append(
                    {
                        "name": f"thumbnail{len(out) + 1}",
                        "uri": rendition["href"],
                        "type": "picture",
                        "renditions": [rendition],
                    }
                )
    return out


def _as_media(parsed: ParsedItem) -> None:
    """A body-less item whose media are video/audio becomes that media item (podcasts, video feeds)."""
    kinds = {a.get("type") for a in parsed.associations}
    if parsed.paragraphs or not parsed.associations or not kinds or not kinds <= {"video", "audio"} or len(kinds) > 1:
        return
    parsed.kind = kinds.pop() or "video"
    parsed.renditions = [r for a in parsed.associations for r in a.get("renditions", [])]
    parsed.caption, parsed.description = parsed.description, None
    parsed.associations = []


def _attachment(item: Element, parsed: ParsedItem) -> ParsedItem:
    """A WordPress attachment → a media item of its file's type (dead letter if it is no media file)."""
    url = _child_text(item, "attachment_url")
    kind = media_kind(None, url)
    if not url or not kind or not ABSOLUTE_URI.match(url):
        return rejected_member(
            parsed.format, reasons.NOT_AN_ARTICLE, "WordPress attachment that is not a media file", parsed.uri
        )
    parsed.kind = kind
    ctype = _type_of(url)
    parsed.renditions = [{"name": "original", "href": url, **({"contentType": ctype} if ctype else {})}]
    parsed.caption = parsed.description or (" ".join(parsed.paragraphs) or None)
    parsed.description, parsed.paragraphs = None, []
    return parsed


def read_rss_item(item: Element, host: str | None, language: str | None, wordpress: bool, fmt: str) -> ParsedItem:
    """One RSS ``<item>`` (WordPress attachments as media items, other WordPress non-posts rejected)."""
    post_type = (_child_text(item, "post_type") or "").lower()
    if post_type in _NOT_ARTICLES:
        return rejected_member(fmt, reasons.NOT_AN_ARTICLE, f"WordPress {post_type!r} item is not news")
    link = _child_text(item, "link")
    host = host or split_url(link or "").hostname
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
    parsed.associations = media_associations(item)
    source = find(item, "source")
    if source is not None and text_of(source):
        parsed.info_sources.append({"name": text_of(source) or ""})
    if post_type == "attachment":
        return _attachment(item, parsed)
    _extension(item, parsed)
    _as_media(parsed)
    return parsed


def _thumbnails(elements: list[Element], items: list[ParsedItem]) -> None:
    """WordPress ``_thumbnail_id`` → association ``featuremedia`` to the attachment with that post id."""
    by_id = {
        _child_text(el, "post_id"): parsed
        for el, parsed in zip(elements, items, strict=True)
        if parsed.rejected is None and parsed.kind != "text"
    }
    for el, parsed in zip(elements, items, strict=True):
        for meta in children(el, "postmeta"):
            if _child_text(meta, "meta_key") != "_thumbnail_id":
                continue
            media = by_id.get(_child_text(meta, "meta_value"))
            if media is not None and media.uri:
                assoc: dict[str, Any] = {
                    "name": "featuremedia",
                    "uri": media.uri,
                    "type": media.kind,
                    "renditions": media.renditions,
                }
                if media.caption:
                    assoc["descriptions"] = [{"role": "caption", "value": media.caption}]
                parsed.associations.insert(0, assoc)


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
    host = host or split_url(link or "").hostname
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
    _extension(entry, parsed)
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
        publisher = _publisher(root, host)
        name = local(root)
        if name == "feed":
            items = [read_atom_entry(e, root, host, self.name) for e in children(root, "entry")]
        elif name in ("rss", "RDF"):
            channel = find(root, "channel")
            containers = [root] + ([channel] if channel is not None else [])
            elements = [i for c in containers for i in children(c, "item")]
            items = [read_rss_item(i, host, language, wordpress, self.name) for i in elements]
            if wordpress:
                _thumbnails(elements, items)
        else:
            raise ParseError(reasons.UNKNOWN_FORMAT, f"<{name}> is neither an RSS nor an Atom feed")
        if publisher:
            for item in items:
                if item.rejected is None:
                    credits.add_source(item, publisher, ORIGINATOR)
        return items


PARSER = FeedsParser()
