"""NITF 3.x (News Industry Text Format): one ``<nitf>`` document → one item.

:func:`read_nitf` reads an already-parsed ``nitf`` element; the NewsML-G2 and NewsML 1.2 parsers call it
for NITF carried in ``inlineXML`` / ``DataContent``. Mapping (element → field):

* ``doc.rights@agent``/``@owner`` → an info source with role ``distributor`` when another agency holds
  the copyright (AAP redistributing AFP copy).
* ``docdata/doc-id@id-string`` → uri (``@regsrc`` names the provider), ``du-key@version`` → version,
  ``docdata@management-status`` → pubStatus, ``@management-doc-idref`` → evolvedFrom
* ``date.issue@norm`` → versionCreated (and firstCreated for a first version), ``date.release`` →
  embargoedUntil when later than the issue, ``date.expire`` → expires, ``urgency@ed-urg`` → urgency
* ``hl1`` (else ``head/title``) / ``hl2`` → headlines, ``abstract`` → description, ``byline`` → by
  (``byttl`` and ``person`` → contributors), ``dateline`` (``location/city``) → located + dateline text
* ``body.content`` paragraphs (also inside ``block``), ``tobject.subject@refnum`` → subjects,
  ``tobject.property`` → genres, ``key-list/keyword@key`` → keywords, ``evloc`` → places,
  ``doc.copyright@holder`` → copyrightHolder, ``ed-msg@info`` → edNote, ``baselang``/``xml:lang`` → language
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from streams.core import reasons
from streams.core.copy.agencies import DISTRIBUTOR, lookup, lookup_prefix
from streams.core.formats import xmlmap
from streams.core.formats.xmlsafe import (
    Element,
    attr,
    children,
    find,
    find_all,
    find_first,
    local,
    paragraphs,
    parse_xml,
    root_name,
    text_of,
    xml_lang,
)
from streams.core.model import ParsedItem
from streams.core.text import ABSOLUTE_URI
from streams.errors import ParseError

NAME = "nitf"
_BYLINE_PARTS = frozenset({"byttl"})
_DATELINE_SKIP = frozenset({"story.date"})
_BARE_PLACE = re.compile(r"^[^\W\d_][^\d,;:()]{0,40}$")  # "Oslo", "New York": a place, no date


def _docdata(nitf: Element, item: ParsedItem, provider_hint: str | None) -> None:
    docdata = find(nitf, "head", "docdata")
    doc_id = find(docdata, "doc-id")
    sources = find_all(find(docdata, "del-list"), "from-src")
    item.provider = (
        xmlmap.provider_slug(attr(doc_id, "regsrc"))
        or (xmlmap.provider_slug(attr(sources[0], "src-name")) if sources else None)
        or provider_hint
    )
    ident = attr(doc_id, "id-string")
    item.uri = xmlmap.make_uri(ident, item.provider, NAME)
    if ident:
        item.alt_ids.append({"role": "doc-id", "value": ident})
    du_key = find(docdata, "du-key")
    item.version = attr(du_key, "version")
    if attr(du_key, "key"):
        item.alt_ids.append({"role": "du-key", "value": attr(du_key, "key")})
    item.pub_status = xmlmap.pub_status(attr(docdata, "management-status"))
    if item.pub_status == "canceled":
        item.signals = xmlmap.signals([], item.pub_status)
    item.evolved_from = xmlmap.make_uri(attr(docdata, "management-doc-idref"), item.provider, NAME)

    issued = xmlmap.to_utc(attr(find(docdata, "date.issue"), "norm"))
    item.version_created = issued
    if item.version in (None, "0", "1"):
        item.first_created = issued
    release = xmlmap.to_utc(attr(find(docdata, "date.release"), "norm"))
    if release and (issued is None or release > issued):
        item.embargoed_until = release
    item.expires = xmlmap.to_utc(attr(find(docdata, "date.expire"), "norm"))
    item.urgency = xmlmap.to_int(attr(find(docdata, "urgency"), "ed-urg"))
    item.ed_note = attr(find(docdata, "ed-msg"), "info")
    keywords = (attr(kw, "key") for kw in find_all(find(docdata, "key-list"), "keyword"))
    item.keywords = [k for k in keywords if k]
    copyright_ = find(docdata, "doc.copyright")
    item.copyright_holder = attr(copyright_, "holder")
    rights = find(docdata, "doc.rights")
    distributor = lookup(attr(rights, "agent") or attr(rights, "owner") or "")
    holder = lookup_prefix(item.copyright_holder or "")
    if distributor is not None and holder is not None and distributor.name != holder.name:
        # AAP redistributing AFP copy: AFP holds the copyright, AAP the right to distribute it
        item.info_sources.append({"name": distributor.name, "role": DISTRIBUTOR})
    for evloc in children(docdata, "evloc"):
        place = next((attr(evloc, a) for a in ("city", "county-dist", "state-prov", "iso-cc") if attr(evloc, a)), None)
        if place:
            xmlmap.add_unique(item.places, {"name": place})


def _head(nitf: Element, item: ParsedItem) -> None:
    head = find(nitf, "head")
    for tobject in children(head, "tobject"):
        for subj in children(tobject, "tobject.subject"):
            name = next(
                (
                    attr(subj, a)
                    for a in ("tobject.subject.detail", "tobject.subject.matter", "tobject.subject.type")
                    if attr(subj, a)
                ),
                None,
            )
            xmlmap.add_unique(item.subjects, xmlmap.subject_code(attr(subj, "tobject.subject.refnum"), name))
        for prop in children(tobject, "tobject.property"):
            xmlmap.add_unique(item.genres, xmlmap.concept(attr(prop, "tobject.property.type")))
    meta = {attr(m, "name") or "": attr(m, "content") or "" for m in children(head, "meta")}
    meta = {k: v for k, v in meta.items() if k and v}
    if meta:
        item.extra["meta"] = meta
    item.slugline = meta.get("anpa-keyword")
    item.title = text_of(find(head, "title"))


def _body_head(nitf: Element, item: ParsedItem) -> None:
    body_head = find(nitf, "body", "body.head")
    hedline = find(body_head, "hedline")
    item.headline = text_of(find(hedline, "hl1")) or item.title
    subheadline = text_of(find(hedline, "hl2"))
    item.subheadline = subheadline if subheadline != item.headline else None
    abstract = find(body_head, "abstract")
    if abstract is not None:
        item.description = " ".join(paragraphs(abstract)) or None
    for byline in children(body_head, "byline"):
        by = text_of(byline, _BYLINE_PARTS)
        item.by = item.by or by
        person = text_of(find_first(byline, "person"))
        name = person or (by[3:].strip() if by and by.lower().startswith("by ") else by)
        title = text_of(find(byline, "byttl"))
        if name or title:
            contributor = {"role": "writer", "name": name or title or ""}
            if title and name:
                contributor["title"] = title
            item.contributors.append(contributor)
    dateline = find(body_head, "dateline")
    if dateline is not None:
        location = find_first(dateline, "location")
        item.dateline = text_of(dateline, _DATELINE_SKIP)
        item.located = text_of(find_first(dateline, "city")) or text_of(location)
        if item.located is None and item.dateline and _BARE_PLACE.match(item.dateline):
            item.located = item.dateline  # NTB: <dateline>Oslo</dateline>
        story_date = xmlmap.to_utc(attr(find(dateline, "story.date"), "norm"))
        if story_date:
            item.content_created = story_date


_MEDIA_TYPES = {
    "image": "picture",
    "photo": "picture",
    "graphic": "graphic",
    "video": "video",
    "audio": "audio",
    "animation": "video",
}


def media_associations(nitf: Element, provider: str | None) -> list[dict[str, Any]]:
    """The story's ``media`` elements as ninjs associations (see the module docstring)."""
    out: list[dict[str, Any]] = []
    for media in find_all(find(nitf, "body"), "media"):
        references = children(media, "media-reference")
        sources = [attr(r, "source") or attr(r, "data-location") for r in references]
        first_source = next((s for s in sources if s), None)
        if not first_source:
            continue
        uri = first_source if ABSOLUTE_URI.match(first_source) else xmlmap.make_uri(first_source, provider, NAME)
        assoc: dict[str, Any] = {"name": f"media{len(out) + 1}", "uri": uri}
        kind = _MEDIA_TYPES.get((attr(media, "media-type") or "").lower())
        if kind:
            assoc["type"] = kind
        caption = " ".join(paragraphs(find(media, "media-caption"))) or text_of(find(media, "media-caption"))
        if caption:
            assoc["descriptions"] = [{"role": "caption", "value": caption}]
        producer = text_of(find(media, "media-producer"))
        if producer:
            assoc["by"] = producer
        renditions = []
        for index, (ref, source) in enumerate(zip(references, sources, strict=True), start=1):
            rendition: dict[str, Any] = {"name": attr(ref, "name") or f"rendition{index}"}
            if source and ABSOLUTE_URI.match(source):
                rendition["href"] = source
            if attr(ref, "mime-type"):
                rendition["contentType"] = attr(ref, "mime-type")
            if attr(ref, "alternate-text"):
                rendition["title"] = attr(ref, "alternate-text")
            for key in ("width", "height"):
                number = xmlmap.to_int(attr(ref, key))
                if number is not None and number >= 0:
                    rendition[key] = number
            if len(rendition) > 1:
                renditions.append(rendition)
        if renditions:
            assoc["renditions"] = renditions
        out.append(assoc)
    return out


def read_nitf(nitf: Element, provider_hint: str | None = None) -> ParsedItem:
    """Everything an ``nitf`` element carries, as a :class:`ParsedItem` (format ``nitf``)."""
    item = ParsedItem(format=NAME)
    _docdata(nitf, item, provider_hint)
    _head(nitf, item)
    _body_head(nitf, item)
    item.paragraphs = paragraphs(find(nitf, "body", "body.content"))
    item.language = attr(nitf, "baselang") or xml_lang(nitf)
    copyrite = find_first(find(nitf, "body", "body.end"), "copyrite")
    item.copyright_notice = text_of(copyrite)
    item.associations = media_associations(nitf, item.provider)
    return item


class NitfParser:
    name = NAME

    def sniff(self, head: bytes) -> bool:
        return root_name(head) == "nitf"

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        root = parse_xml(payload)
        if local(root) != "nitf":
            raise ParseError(reasons.UNKNOWN_FORMAT, f"root element is <{local(root)}>, not <nitf>")
        return [read_nitf(root, xmlmap.provider_slug(headers.get("source")))]


PARSER = NitfParser()
