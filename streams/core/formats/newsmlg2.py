"""NewsML-G2 (IPTC): a ``newsItem``, or a ``newsMessage`` whose ``itemSet`` holds several items.

Only text news items become articles; pictures, video, packages, concepts, knowledge, planning and
catalog items are skipped, and a document with no text item at all is ``not_an_article``. Elements
are matched by local name, so ``ns0:`` prefixes and default namespaces read the same. The IPTC
Guidelines fragments ``contentSet`` / ``contentMeta`` (root of LISTING_25/28) are read as one item.

Mapping: ``@guid`` → uri (URNs and tag URIs kept, else ``urn:<provider>:<guid>``), ``@version``,
``itemMeta`` (pubStatus, signal, firstCreated, versionCreated, embargoed, edNote, title, link),
``contentMeta`` (urgency, contentCreated, language, headline main/sub, description, slugline, by,
located, dateline, creator/contributor, subject, genre, keyword, infoSource, altId), ``rightsInfo``,
and the body from ``inlineXML`` (NITF via :func:`streams.core.formats.nitf.read_nitf`, XHTML) or
``inlineData``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from streams.core import reasons
from streams.core.formats import xmlmap
from streams.core.formats.htmltext import html_paragraphs
from streams.core.formats.nitf import read_nitf
from streams.core.formats.xmlsafe import (
    Element,
    attr,
    children,
    find,
    find_first,
    local,
    paragraphs,
    parse_xml,
    raw_text,
    root_name,
    text_of,
    xml_lang,
)
from streams.core.model import ParsedItem
from streams.errors import ParseError

NAME = "newsmlg2"
ITEM_ROOTS = frozenset({"newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem",
                        "catalogItem"})
FRAGMENT_ROOTS = frozenset({"contentSet", "contentMeta"})
ROOTS = ITEM_ROOTS | FRAGMENT_ROOTS | {"newsMessage", "groupSet", "catalog"}
_CONTRIBUTOR_ROLES = {"edit": "editor", "translat": "translator", "photo": "photographer",
                      "writ": "writer", "author": "writer"}


def _name_or_literal(el: Element | None) -> str | None:
    """A G2 concept's display name: its ``name`` child, else ``@literal``, else ``@qcode``."""
    if el is None:
        return None
    return text_of(find(el, "name")) or attr(el, "literal") or text_of(el) or attr(el, "qcode")


def _is_text_item(item: Element) -> bool:
    """True for a news item of class text (``ninat:text``, Reuters ``icls:text``) or with no class."""
    if local(item) != "newsItem":
        return local(item) in FRAGMENT_ROOTS
    item_class = find(item, "itemMeta", "itemClass")
    code = (attr(item_class, "qcode") or attr(item_class, "uri") or "text").rstrip("/")
    return code.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower() == "text"


def _meta(item: Element, name: str) -> Element | None:
    """``itemMeta``/``contentMeta``/``contentSet`` of an item, or the fragment root itself."""
    return item if local(item) == name else find(item, name)


def _provider(item: Element, hint: str | None) -> str | None:
    provider = find(_meta(item, "itemMeta"), "provider")
    for value in (attr(provider, "qcode"), attr(provider, "literal"), attr(provider, "uri"),
                  text_of(find(provider, "name"))):
        slug = xmlmap.provider_slug(value)
        if slug:
            return slug
    return hint


def _item_meta(item: Element, parsed: ParsedItem) -> None:
    meta = _meta(item, "itemMeta")
    parsed.version_created = xmlmap.to_utc(text_of(find(meta, "versionCreated")))
    parsed.first_created = xmlmap.to_utc(text_of(find(meta, "firstCreated")))
    parsed.embargoed_until = xmlmap.to_utc(text_of(find(meta, "embargoed")))
    parsed.pub_status = xmlmap.pub_status(attr(find(meta, "pubStatus"), "qcode"))
    qcodes = [q for q in (attr(s, "qcode") for s in children(meta, "signal")) if q]
    parsed.signals = xmlmap.signals(qcodes, parsed.pub_status)
    notes = [" ".join(paragraphs(n)) for n in children(meta, "edNote")]
    parsed.ed_note = " ".join(n for n in notes if n) or None
    parsed.title = text_of(find(meta, "title"))
    item_class = attr(find(meta, "itemClass"), "qcode")
    if item_class:
        parsed.extra["itemClass"] = item_class
    file_name = text_of(find(meta, "fileName"))
    if file_name:
        parsed.extra["fileName"] = file_name
    links: list[dict[str, Any]] = []
    for link in children(meta, "link"):
        rel = attr(link, "rel") or ""
        target = attr(link, "href") or attr(link, "residref") or attr(link, "guidref")
        if not target:
            continue
        if rel.endswith("seeAlso"):
            parsed.associations.append({"name": rel.rsplit(":", 1)[-1], "uri": target, "rel": "seeAlso"})
        else:
            links.append({k: v for k, v in (("rel", rel), ("target", target),
                                            ("version", attr(link, "version"))) if v})
    if links:
        parsed.extra["links"] = links


def _headlines(meta: Element | None, parsed: ParsedItem) -> None:
    for headline in children(meta, "headline"):
        role = (attr(headline, "role") or "main").lower()
        value = text_of(headline)
        if "sub" in role:
            parsed.subheadline = parsed.subheadline or value
        else:
            parsed.headline = parsed.headline or value
    captions: list[str] = []
    for description in children(meta, "description"):
        role = (attr(description, "role") or "summary").lower()
        value = " ".join(paragraphs(description)) or text_of(description)
        if value and "caption" in role:
            captions.append(value)
        elif value:
            parsed.description = parsed.description or value
    if captions:
        parsed.extra["captions"] = captions


def _people(meta: Element | None, parsed: ParsedItem) -> None:
    for tag, default in (("creator", "writer"), ("contributor", "contributor")):
        for el in children(meta, tag):
            name = _name_or_literal(el)
            if not name:
                continue
            role_code = (attr(el, "role") or "").lower().rsplit(":", 1)[-1]
            role = next((r for key, r in _CONTRIBUTOR_ROLES.items() if key in role_code),
                        role_code or default)
            parsed.contributors.append({"role": role, "name": name})
    for source in children(meta, "infoSource"):
        entry: dict[str, Any] = {"name": _name_or_literal(source) or attr(source, "uri") or ""}
        if not entry["name"]:
            continue
        for key, value in (("role", attr(source, "role")), ("uri", attr(source, "uri")),
                           ("literal", attr(source, "qcode") or attr(source, "literal"))):
            if value:
                entry[key] = value
        parsed.info_sources.append(entry)


def _concepts(meta: Element | None, parsed: ParsedItem) -> None:
    for tag, target in (("subject", parsed.subjects), ("genre", parsed.genres)):
        for el in children(meta, tag):
            xmlmap.add_unique(target, xmlmap.concept(
                text_of(find(el, "name")), attr(el, "qcode"), attr(el, "uri"), attr(el, "literal")))
    keywords = (text_of(kw) or attr(kw, "literal") for kw in children(meta, "keyword"))
    parsed.keywords = [k for k in keywords if k]
    for alt in children(meta, "altId"):
        value = text_of(alt)
        if value:
            parsed.alt_ids.append({"role": attr(alt, "type") or "altId", "value": value})


def _content_meta(item: Element, parsed: ParsedItem) -> None:
    meta = _meta(item, "contentMeta")
    parsed.urgency = xmlmap.to_int(text_of(find(meta, "urgency")))
    parsed.content_created = xmlmap.to_utc(text_of(find(meta, "contentCreated")))
    parsed.language = attr(find(meta, "language"), "tag") or xml_lang(item)
    _headlines(meta, parsed)
    parsed.slugline = text_of(find(meta, "slugline"))
    parsed.by = text_of(find(meta, "by"))
    located = find(meta, "located")
    parsed.located = text_of(find(located, "name")) or attr(located, "literal")
    dateline = text_of(find(meta, "dateline"))
    if xmlmap.looks_like_timestamp(dateline):
        parsed.extra["datelineDate"] = dateline
    else:
        parsed.dateline = dateline
    creditline = text_of(find(meta, "creditline"))
    if creditline:
        parsed.extra["creditline"] = creditline
    _people(meta, parsed)
    _concepts(meta, parsed)


def _rights(item: Element, parsed: ParsedItem) -> None:
    rights = find(item, "rightsInfo")
    parsed.copyright_holder = _name_or_literal(find(rights, "copyrightHolder"))
    parsed.copyright_notice = text_of(find(rights, "copyrightNotice"))
    parsed.usage_terms = text_of(find(rights, "usageTerms"))


def _body(item: Element, parsed: ParsedItem, provider: str | None) -> None:
    """Paragraphs from the first rendition that has text: NITF, XHTML/other XML, or inline data."""
    content_set = _meta(item, "contentSet")
    if content_set is None:
        return
    for rendition in content_set.iterchildren():
        kind = local(rendition)
        ctype = (attr(rendition, "contenttype") or "").lower()
        if kind == "inlineXML":
            nitf = rendition if local(rendition) == "nitf" else find_first(rendition, "nitf")
            if nitf is not None:
                xmlmap.fill_missing(parsed, read_nitf(nitf, provider))
            else:
                parsed.paragraphs = paragraphs(rendition)
        elif kind == "inlineData" and (not ctype or ctype.startswith("text/") or "html" in ctype):
            parsed.paragraphs = html_paragraphs(raw_text(rendition))
        if parsed.paragraphs:
            return


def read_item(item: Element, provider_hint: str | None = None) -> ParsedItem:
    """One NewsML-G2 text item (or Guidelines fragment) → :class:`ParsedItem`."""
    parsed = ParsedItem(format=NAME)
    parsed.provider = _provider(item, provider_hint)
    parsed.uri = xmlmap.make_uri(attr(item, "guid"), parsed.provider, NAME)
    parsed.version = attr(item, "version")
    _item_meta(item, parsed)
    _content_meta(item, parsed)
    _rights(item, parsed)
    _body(item, parsed, parsed.provider)
    return parsed


def _items(root: Element) -> list[Element]:
    """The items of a document, in order: the root itself, or the members of a message's itemSet."""
    if local(root) == "newsMessage":
        return [el for s in children(root, "itemSet") for el in s.iterchildren() if local(el) in ITEM_ROOTS]
    return [root]


class NewsMLG2Parser:
    name = NAME

    def sniff(self, head: bytes) -> bool:
        return root_name(head) in ROOTS

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        root = parse_xml(payload)
        if local(root) not in ROOTS:
            raise ParseError(reasons.UNKNOWN_FORMAT, f"root element <{local(root)}> is not NewsML-G2")
        items = _items(root)
        text_items = [el for el in items if _is_text_item(el)]
        if not text_items:
            kinds = sorted({attr(find(el, "itemMeta", "itemClass"), "qcode") or local(el) for el in items})
            raise ParseError(reasons.NOT_AN_ARTICLE,
                             f"no text item in <{local(root)}> (found: {', '.join(kinds) or 'nothing'})")
        hint = xmlmap.provider_slug(headers.get("source"))
        return [read_item(el, hint) for el in text_items]


PARSER = NewsMLG2Parser()
