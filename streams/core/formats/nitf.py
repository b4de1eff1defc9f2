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
* ``distributor`` → an info source (originator when it is the item's own agency, else distributor); a by-line
  that is only a service title (``<byttl>Sports Network</byttl>``) or an agency → an info source and no
  by-line; an organisation holding the copyright → originator (issue #15, :mod:`.credits`)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from streams.core import reasons
from streams.core.copy.agencies import DISTRIBUTOR, ORIGINATOR, lookup, lookup_prefix
from streams.core.copy.credits import strip_by_label
from streams.core.formats import credits, xmlmap
from streams.core.formats.hrefs import place_href
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
from streams.core.formats.zones import home_zone
from streams.core.model import ParsedItem
from streams.core.text import ABSOLUTE_URI
from streams.errors import ParseError

NAME = "nitf"
_BYLINE_PARTS = frozenset({"byttl"})
_DATELINE_SKIP = frozenset({"story.date"})
_BARE_PLACE = re.compile(r"^[^\W\d_][^\d,;:()]{0,40}$")  # "Oslo", "New York": a place, no date
_DATE_ZONE = re.compile(r"^(\d{8})([+-]\d{4})$")  # "20080219+0100": a day with a zone, no time


def _norm_date(value: str | None, provider: str | None) -> str | None:
    """A NITF ``norm`` date in UTC; a day given with a zone but no time ("20080219+0100") is that day's
    midday in the zone (so that its UTC stamp stays on the same calendar day); a time without a zone is the
    provider's wall clock where its home zone is known (AAP's Sydney)."""
    match = _DATE_ZONE.match((value or "").strip())
    return xmlmap.to_utc(f"{match.group(1)}T120000{match.group(2)}" if match else value, home_zone(provider))


def _feed_provider(docdata: Element | None, item: ParsedItem) -> str | None:
    """Whose system stamped the item's dates: its provider, else the agency its ``doc.rights`` names as agent
    or owner (AAP's feed of AFP copy), else its copyright holder's agency (AAP's own copy)."""
    if item.provider:
        return item.provider
    rights = find(docdata, "doc.rights")
    names = (attr(rights, "agent"), attr(rights, "owner"), attr(find(docdata, "doc.copyright"), "holder"))
    agency = next((a for a in (lookup_prefix(n) for n in names if n) if a), None)
    return agency.provider if agency else None


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

    feed = _feed_provider(docdata, item)
    issued = _norm_date(attr(find(docdata, "date.issue"), "norm"), feed)
    item.version_created = issued
    if item.version in (None, "0", "1"):
        item.first_created = issued
    release = _norm_date(attr(find(docdata, "date.release"), "norm"), feed)
    if release and (issued is None or release > issued):
        item.embargoed_until = release
    item.expires = _norm_date(attr(find(docdata, "date.expire"), "norm"), feed)
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


# PA's ``head/title``: the take number, the desk's scope and the keyword ("1 SOCCER INT-Teams",
# "1 POLITICS Brexit"), a catchline for the wire, not a headline a reader sees
_CATCHLINE = re.compile(r"(?P<take>\d{1,3})\s+(?P<scope>[A-Z][A-Z&/-]+(?:\s+[A-Z][A-Z&/-]+)?)\s+(?P<key>\S.*)")


def _catchline(item: ParsedItem) -> bool:
    """True when the item's title is a catchline: take number, upper-case desk scope and one of the
    item's own keywords; the keyword is then its slugline (when it has none)."""
    match = _CATCHLINE.fullmatch(item.title or "")
    if match is None or match.group("key") not in item.keywords:
        return False
    item.slugline = item.slugline or match.group("key")
    return True


def _marked_paragraphs(nitf: Element, item: ParsedItem) -> None:
    """What the body's own attributes mark (one pass, attribute-less elements skipped):

    * paragraphs marked ``summary="true"`` (NTB's under "Konklusjon") are the description when there is no
      ``abstract``; they stay in the body too;
    * quotations the source credits itself (NITF ``<q quote-source="…">``, NTB's ``<p quote-source=
      "Facebook-innlegg">«…»</p>``) are kept in ``ext.source.quoteSources`` for the quotation finder, which
      gives the credited party as the quotation's ``source``."""
    body = find(nitf, "body", "body.content")
    if body is None:
        return
    summary: list[str] = []
    credited: list[dict[str, str]] = []
    for element in body.iter():
        attrib = element.attrib if isinstance(element.tag, str) else None
        if not attrib:
            continue
        if attrib.get("summary") == "true":
            summary.append(" ".join(paragraphs(element)))
        source = " ".join((attrib.get("quote-source") or "").split())
        text = text_of(element) if source else None
        if source and text:
            credited.append({"text": text, "source": source})
    if item.description is None and (joined := " ".join(summary).strip()):
        item.description = joined
    if credited:
        item.extra["quoteSources"] = credited


def _body_head(nitf: Element, item: ParsedItem) -> None:
    body_head = find(nitf, "body", "body.head")
    hedline = find(body_head, "hedline")
    catchline = _catchline(item)
    item.headline = text_of(find(hedline, "hl1")) or (None if catchline else item.title)
    subheadline = text_of(find(hedline, "hl2"))
    item.subheadline = subheadline if subheadline != item.headline else None
    abstract = find(body_head, "abstract")
    if abstract is not None:
        item.description = " ".join(paragraphs(abstract)) or None
    for byline in children(body_head, "byline"):
        by = text_of(byline, _BYLINE_PARTS)
        item.by = item.by or by
        person = text_of(find_first(byline, "person"))
        name = person or (strip_by_label(by).strip() if by else by)
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


# an editorial note saying whose copy the distributor carries: NTB's "Dette stoffet distribuerer NTB på vegne av
# Faktisk.no.", "distributed by X on behalf of Y", dpa's "im Auftrag von Y"
_ON_BEHALF = re.compile(
    r"(?:\bp[åa] vegne av|\bp[åa] vegne af|\bon behalf of|\bim Auftrag (?:von|der|des))\s+"
    r"(?P<owner>[A-ZÆØÅÄÖÜ0-9][\w&'’.-]*(?:\s+[A-ZÆØÅÄÖÜ0-9&][\w&'’.-]*){0,4}?)(?=\.?(?:\s|$)|[,;:)])"
)


def _on_behalf_of(item: ParsedItem) -> str | None:
    """The party on whose behalf the item is distributed, as its editorial note names it, else None."""
    match = _ON_BEHALF.search(item.ed_note or "")
    return match.group("owner").rstrip(".") if match else None


def _service_credits(body_head: Element | None, item: ParsedItem) -> None:
    """Providers named in ``body.head`` (issue #15): ``distributor`` is the distributing party; a
    by-line that holds only a service title (``<byttl>Sports Network</byttl>``, no person) or only the
    distributor's name ("By DopingWatch") names the originating service, not an author, so it is an
    info source and no by-line. A by-line that is only a known agency ("By AFP") is the same."""
    distributor = text_of(find(body_head, "distributor"))
    owner = _on_behalf_of(item) if distributor else None
    if owner and owner.casefold() != (distributor or "").casefold():
        # the distributor carries another's copy (NTB for Faktisk.no): that party is the originator
        credits.add_source(item, owner, ORIGINATOR)
        credits.add_source(item, distributor, DISTRIBUTOR)
    credits.distributor_source(item, distributor)
    by = item.by or ""
    bare = strip_by_label(by).strip()
    titles = [text_of(find(b, "byttl")) for b in children(body_head, "byline")]
    persons = [text_of(find_first(b, "person")) for b in children(body_head, "byline")]
    service = next((t for t in titles if t and credits.service_title(t)), None)
    if service and not any(persons) and (not bare or bare.casefold() == service.casefold()):
        credits.add_source(item, service, ORIGINATOR)
        item.by = None
        item.contributors = [c for c in item.contributors if c.get("name") != service]
        _drop_service_tag(item, service)
    elif bare and distributor and bare.casefold() == distributor.casefold():
        item.by = None
    elif agency := credits.agency_byline(by):
        credits.add_source(item, agency, ORIGINATOR)
        item.by = None


def _drop_service_tag(item: ParsedItem, service: str) -> None:
    """The service's own tag opening the body ("(Sports Network) - With the …") goes with its credit."""
    if not item.paragraphs:
        return
    tag = re.match(r"^\(\s*" + re.escape(service) + r"\s*\)\s*[-–—:]+\s*", item.paragraphs[0], re.IGNORECASE)
    if tag:
        item.paragraphs[0] = item.paragraphs[0][tag.end() :]


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
            place_href(rendition, source, ref.base)  # "high-tide.jpg": the delivery's file, kept as its reference
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
    _marked_paragraphs(nitf, item)
    _service_credits(find(nitf, "body", "body.head"), item)
    credits.copyright_source(item)
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
