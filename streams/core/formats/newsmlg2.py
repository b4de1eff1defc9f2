"""NewsML-G2 (IPTC): a ``newsItem``, or a ``newsMessage`` whose ``itemSet`` holds several items.

Every item of a document becomes an output of its own, in document order (nothing vanishes in a message):

* ``newsItem`` → its ninjs type from ``itemClass`` (text, picture, graphic, video, audio, composite);
  media keep every ``remoteContent``/``inlineData`` as a rendition (href, contenttype, size, width,
  height, duration, codec, frame rate), the ``description`` with a caption role as caption, the
  ``creditline``, and the photographer (``creator``) as by-line when there is no ``by``. A composite
  news item that carries events in its ``inlineXML`` gives one event record per event.
  A picture's or video's ``located`` that its headline, caption and script never name is the filing or
  editing desk (Reuters LYNX: Bangalore), kept in ``ext.source.sourceLocated``; a ``description`` with a
  script/shot-list role is the body (one shot or soundbite per paragraph), not a caption. Creators and
  contributors with only a qcode (``photCode:X90045``) or a login/initials literal are not names.
* ``packageItem`` (and a bare ``groupSet`` fragment) → a ``composite`` whose associations are its
  ``itemRef`` members (uri from ``@residref``, type from ``itemClass`` else ``contenttype``, title,
  caption, version) in group order; a member delivered in the same message is referenced by the uri it
  is published under. Its own ``located`` is often the packaging desk (Reuters: Bangalore), not the
  story's place: kept in ``ext.source.packageLocated`` only, unless the package's or its members'
  headlines and summaries name it (SportsML's game in Philadelphia): then it is published as located.
  Members delivered in the same message without a headline take the package's, media members without
  a caption the text member's summary. A ``packageItem`` in a message with no guid and no metadata
  (BusinessDesk, LISTING_24) is the message's structure, not a package: a dead letter
  ``not_an_article`` at its index.
* ``conceptItem``/``knowledgeItem`` → one ``event`` record per concept that has ``eventDetails``
  (times, location, organiser, participants); other concepts (persons, subject codes, access codes)
  are dead-lettered ``not_an_article`` at their index.
* ``planningItem`` → a ``planning`` record with its ``plannedCoverage`` (title, edNote, type, dates: the
  assignees' ``coversfrom``/``coversto`` window, else the ``scheduled`` time); the assignees, which ninjs
  3.0 cannot hold in ``plannedCoverage``, go to ``ext.source.coverageAssignments`` by coverage index.
* ``catalogItem`` → dead-lettered ``not_an_article``.

Elements are matched by local name, so ``ns0:`` prefixes and default namespaces read the same. The IPTC
Guidelines fragments ``contentSet`` / ``contentMeta`` (root of LISTING_25/28) are read as one item.

Mapping: ``@guid`` → uri (URNs and tag URIs kept, else ``urn:<provider>:<guid>``), ``@version``,
``itemMeta`` (pubStatus, signal, firstCreated, versionCreated, embargoed, edNote, title, link),
``contentMeta`` (urgency, contentCreated, language, headline main/sub, description, slugline, by,
located, dateline, creator/contributor, subject, genre, keyword, infoSource, altId), ``rightsInfo``,
and the body from ``inlineXML`` (NITF via :func:`streams.core.formats.nitf.read_nitf`, XHTML) or
``inlineData``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from streams.core import reasons
from streams.core.copy import agencies
from streams.core.copy.dateline import natural_case
from streams.core.copy.dateline import parse as parse_dateline
from streams.core.formats import credits, xmlmap
from streams.core.formats.hrefs import RELATIVE_KEY, place_href
from streams.core.formats.htmltext import html_paragraphs
from streams.core.formats.ninjs import event_details, own_names
from streams.core.formats.nitf import read_nitf
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
    raw_text,
    root_name,
    text_of,
    xml_lang,
)
from streams.core.formats.zones import home_zone
from streams.core.model import ITEM_TYPES, MEDIA_TYPES, ParsedItem, rejected_member
from streams.core.text import ABSOLUTE_URI
from streams.errors import ParseError

NAME = "newsmlg2"
ITEM_ROOTS = frozenset({"newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem"})
FRAGMENT_ROOTS = frozenset({"contentSet", "contentMeta"})
ROOTS = ITEM_ROOTS | FRAGMENT_ROOTS | {"newsMessage", "groupSet", "catalog"}
_CONTRIBUTOR_ROLES = {  # first match wins: a caption writer is not the writer of the story
    "capwrit": "caption writer",
    "descrwrit": "caption writer",
    "edit": "editor",
    "translat": "translator",
    "phot": "photographer",  # Reuters cRole:phot, IPTC crol:photog / photographer
    "writ": "writer",
    "author": "writer",
}
# a desk login or system user given as the literal ("butcher", "jdoe", "sys-ingest") or desk initials
# ("MDJ/", "MA/LP", "sp/lrc"): not a person's name
# a located given only as a city qcode that spells the name ("city:Philadelphia", "city:New_York"), not
# a code ("geo:345678", "geoloc:NYC")
_CITY_QCODE = re.compile(r"city:([^\W\d_]{2,}(?:(?:%20|[ _-])[^\W\d_]+)*)")
_LOGIN_LITERAL = re.compile(r"[a-z0-9][a-z0-9._-]*|[A-Za-z]{1,4}(?:/[A-Za-z]{0,4})+")


def _name_or_literal(el: Element | None) -> str | None:
    """A G2 concept's display name: its ``name`` child, else ``@literal``, else ``@qcode``."""
    if el is None:
        return None
    return text_of(find(el, "name")) or attr(el, "literal") or text_of(el) or attr(el, "qcode")


_CLASS_ALIASES = {"photo": "picture", "image": "picture", "animated": "video", "package": "composite"}


def class_kind(item_class: Element | None) -> str:
    """The ninjs type of an ``itemClass`` (``ninat:picture``, Reuters ``icls:video``, an ninature URI);
    no class or an unknown one reads as text."""
    code = (attr(item_class, "qcode") or attr(item_class, "uri") or "text").rstrip("/")
    kind = code.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower()
    kind = _CLASS_ALIASES.get(kind, kind)
    return kind if kind in ITEM_TYPES else "text"


def _meta(item: Element, name: str) -> Element | None:
    """``itemMeta``/``contentMeta``/``contentSet`` of an item, or the fragment root itself."""
    return item if local(item) == name else find(item, name)


def _provider(item: Element, hint: str | None) -> str | None:
    provider = find(_meta(item, "itemMeta"), "provider")
    for value in (
        attr(provider, "qcode"),
        attr(provider, "literal"),
        attr(provider, "uri"),
        text_of(find(provider, "name")),
    ):
        slug = xmlmap.provider_slug(value)
        if slug:
            return slug
    return hint


def _provider_source(item: Element, parsed: ParsedItem) -> None:
    """The item's ``provider`` as an info source (role originator) unless an ``infoSource`` already names it:
    a package from ``nprov:AcmeNews`` or an event listing from ``nprov:IPTC`` otherwise credits nobody.
    When a creator agency is the originator already, the provider only delivers the item: distributor."""
    provider = find(_meta(item, "itemMeta"), "provider")
    if provider is None:
        return
    qcode, uri = attr(provider, "qcode"), attr(provider, "uri")
    name = (
        text_of(find(provider, "name"))
        or attr(provider, "literal")
        or (qcode.split(":", 1)[-1] if qcode else None)
        or (urlsplit(uri).hostname if uri else None)
    )
    name = re.sub(r"^www\.", "", name or "", flags=re.I)
    slug = xmlmap.provider_slug(name)
    agency = agencies.by_provider(slug) or agencies.lookup(name)
    name = agency.name if agency else name  # "ansa.it" → "ANSA": one entry with the dateline's credit
    if len(name) < 3 and agency is None:  # a bare code ("CL") names nobody a reader knows
        return
    if any("prov" in str(e.get("role", "")).lower() for e in parsed.info_sources):
        return
    for known in parsed.info_sources:
        names = (known.get("name"), known.get("literal"), known.get("uri"))
        if any(v and (v.casefold() == name.casefold() or xmlmap.provider_slug(v) == slug) for v in names):
            return
    # the provider of an item a named creator wrote (xmlteam.com for The Sports Network) distributes it
    wrote = any(e.get("role") == agencies.ORIGINATOR for e in parsed.info_sources)
    entry: dict[str, Any] = {"name": name, "role": agencies.DISTRIBUTOR if wrote else agencies.ORIGINATOR}
    if qcode or attr(provider, "literal"):
        entry["literal"] = qcode or attr(provider, "literal")
    if uri and ABSOLUTE_URI.match(uri):
        entry["uri"] = uri
    parsed.info_sources.append(entry)


def _public_notes(parent: Element | None) -> str:
    """The text of ``parent``'s ``edNote`` children that the provider does not mark private. A note with a part
    marked private (dpa's notepad ``<section class="np-nonpublic">``: the author's and desk's contacts) ends
    the public notes there: what follows it (the notepad's closing desk codes, the same notes again by role,
    the contacts) is the desk's, as its notice "nicht zur Veröffentlichung bestimmt" says."""
    notes: list[str] = []
    for note in children(parent, "edNote"):
        if xmlmap.is_private_note(attr(note, "role"), attr(note, "pubconstraint")):
            continue
        if _first_private_part(note) is None:
            notes.append(" ".join(paragraphs(note)))
            continue
        notes.append(" ".join(paragraphs(_before_private_part(note))))
        break
    return " ".join(n for n in notes if n).strip()


def _first_private_part(note: Element) -> Element | None:
    return next((el for el in note.iter() if isinstance(el.tag, str) and xmlmap.is_private_note(el.get("class"))), None)


def _before_private_part(note: Element) -> Element:
    """A copy of ``note`` cut at its first private part (that part and all after it go); the parsed tree stays
    whole."""
    cut = copy.deepcopy(note)
    el = _first_private_part(cut)
    while el is not None and el is not cut:
        parent = el.getparent()
        if parent is None:
            break
        for later in list(el.itersiblings()):
            parent.remove(later)
        if _first_private_part(el) is el:
            parent.remove(el)
        el = parent
    return cut


def _item_meta(item: Element, parsed: ParsedItem) -> None:
    meta = _meta(item, "itemMeta")
    zone = home_zone(parsed.provider)  # STT writes Helsinki wall-clock times without a zone
    parsed.version_created = xmlmap.to_utc(text_of(find(meta, "versionCreated")), zone)
    parsed.first_created = xmlmap.to_utc(text_of(find(meta, "firstCreated")), zone)
    parsed.embargoed_until = xmlmap.to_utc(text_of(find(meta, "embargoed")), zone)
    parsed.pub_status = xmlmap.pub_status(attr(find(meta, "pubStatus"), "qcode"))
    qcodes = [q for q in (attr(s, "qcode") for s in children(meta, "signal")) if q]
    parsed.signals = xmlmap.signals(qcodes, parsed.pub_status)
    parsed.ed_note = _public_notes(meta) or None
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
            links.append({k: v for k, v in (("rel", rel), ("target", target), ("version", attr(link, "version"))) if v})
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
        if _SCRIPT_ROLE.search(role):  # the body (see _script)
            continue
        value = " ".join(paragraphs(description)) or text_of(description)
        if value and "caption" in role:
            captions.append(value)
        elif value:
            parsed.description = parsed.description or value
    if captions and parsed.kind in MEDIA_TYPES:
        parsed.caption = captions[0]
    elif captions:
        parsed.extra["captions"] = captions
    if parsed.kind in MEDIA_TYPES and not parsed.caption and parsed.description:
        parsed.caption, parsed.description = parsed.description, None


def _person_name(el: Element) -> str | None:
    """The name of a ``creator``/``contributor``: its ``name``, else its ``literal``. A bare ``qcode``
    (Reuters ``photCode:X90045``, IPTC ``pers:CK``) is a code, not a name: codes are not names."""
    return text_of(find(el, "name")) or (attr(el, "literal") or text_of(el) or "").strip() or None


def _organisation(el: Element, name: str) -> bool:
    """True when a ``creator`` is an organisation, not a person: NewsML-G2 gives it ``organisationDetails``
    (EBU's "Zweites Deutsches Fernsehen" with its seat), or its name reads as one ("Reuters Television Ltd")."""
    return find(el, "organisationDetails") is not None or credits.org_like(name)


def _people(meta: Element | None, parsed: ParsedItem) -> None:
    agency_credits: list[str] = []
    for tag, default in (("creator", "writer"), ("contributor", "contributor")):
        for el in children(meta, tag):
            name = _person_name(el)
            if not name:
                continue
            agency = credits.agency_byline(name)
            if agency:  # <creator literal="Reuters"/>: the agency is a source, not a writer (issue #15)
                agency_credits.append(agency)
                continue
            if tag == "creator" and _organisation(el, name):  # a broadcaster's footage: a source, no writer
                agency_credits.append(name)
                continue
            if _LOGIN_LITERAL.fullmatch(name):  # <contributor role="cRole:lastEd" literal="butcher"/>
                continue
            role_code = (attr(el, "role") or "").lower().rsplit(":", 1)[-1]
            role = next((r for key, r in _CONTRIBUTOR_ROLES.items() if key in role_code), role_code or default)
            parsed.contributors.append({"role": role, "name": name})
    for source in children(meta, "infoSource"):
        entry: dict[str, Any] = {"name": _name_or_literal(source) or attr(source, "uri") or ""}
        if not entry["name"]:
            continue
        for key, value in (
            ("role", attr(source, "role")),
            ("uri", attr(source, "uri")),
            ("literal", attr(source, "qcode") or attr(source, "literal")),
        ):
            if value:
                entry[key] = value
        parsed.info_sources.append(entry)
    for agency in agency_credits:  # after the item's own infoSource list, which keeps its qcodes first
        credits.add_source(parsed, agency, agencies.ORIGINATOR)


# a subject's concept type that makes it a place, an organisation or a person, not a topic
_CONCEPT_FIELD = {
    "cpnat:geoarea": "places",
    "cpnat:poi": "places",
    "cpnat:organisation": "organisations",
    "cpnat:person": "people",
}
# place concept types (Reuters' cptType:5 with the facet geoProp:5, IPTC's geoArea), at times named by a code alone
_GEO_CONCEPT_TYPES = frozenset({"cpttype:5", "cpnat:geoarea"})

# catch-all geography codes that name no place (dpa's "International")
_NO_PLACE = frozenset({"international", "world", "worldwide", "global", "welt", "weltweit", "maailma", "globaali"})


def _country_of_code(qcode: str | None) -> str | None:
    """The country a place concept's bare code names when the code is an ISO 3166-1 alpha-2 one (Reuters'
    ``N2:SY``, ``iso3166-1a2:SY``): its common English name from pycountry (a project dependency)."""
    code = (qcode or "").rpartition(":")[2]
    if len(code) != 2 or not code.isalpha() or not code.isupper():
        return None
    import pycountry  # loaded on first use: most items carry no bare country code

    country = pycountry.countries.get(alpha_2=code)
    return (getattr(country, "common_name", None) or country.name) if country else None


def _narrower(el: Element, target: list[dict[str, Any]]) -> None:
    """A subject's ``<narrower>`` concepts (LISTING_5's medtop:01000000 with narrower medtop:20000003 "Animation")
    are subjects of the item as well: the provider named the narrower topic, the most precise one it gives."""
    for narrower in children(el, "narrower"):
        entry = xmlmap.concept(
            text_of(find(narrower, "name")), attr(narrower, "qcode"), attr(narrower, "uri"), attr(narrower, "literal")
        )
        xmlmap.add_unique(target, entry)
        _narrower(narrower, target)


def _main_concept(el: Element) -> Element:
    """A faceted concept (NewsML-G2 2.32+: ``<subject><mainConcept uri=".../20001071"><name>swimming``, then
    ``<facetConcept>`` breaststroke, 200m, women) names itself in its ``mainConcept``; the facets refine it
    and are no topics of their own. Any other concept names itself."""
    main = find(el, "mainConcept")
    if main is None or attr(el, "qcode") or attr(el, "uri") or attr(el, "literal") or find(el, "name") is not None:
        return el
    return main


# STT names a place subject by an alias code ("sttlocationalias:7670") whose ``<assert>`` shares only the
# number ("sttlocmeta:rich:7670"); other providers assert the concept's own qcode (NewsML-G2 2.x)
_ALIAS_CODE = re.compile(r"^sttlocationalias:(\d+)$")
_ASSERT_ALIAS = re.compile(r"^sttlocmeta:[\w-]+:(\d+)$")
# a broader level that is no place of the story: a world region ("wldreg:150" Eurooppa) or a blank ("N/A")
_REGION_CODE = re.compile(r"^wldreg:", re.I)


def _asserted_places(item: Element) -> dict[str, str]:
    """qcode → place name from the item's ``<assert>`` elements: the assert's own name, else its most
    specific ``broader`` (city before state before country, as the provider lists them) that is neither
    a world region nor "N/A". STT's "Tallinna" (broader Viro) is asserted so, with no name of its own."""
    names: dict[str, str] = {}
    for el in children(item, "assert"):
        qcode = attr(el, "qcode") or ""
        if not qcode:
            continue
        name = text_of(find(el, "name"))
        if not name:
            for broader in children(el, "broader"):
                value = text_of(find(broader, "name"))
                if value and value.upper() != "N/A" and not _REGION_CODE.match(attr(broader, "qcode") or ""):
                    name = value
                    break
        if name:
            alias = _ASSERT_ALIAS.match(qcode)
            names[f"sttlocationalias:{alias.group(1)}" if alias else qcode] = name
    return names


def _city_concept(el: Element, parsed: ParsedItem) -> bool:
    """True for a named place concept whose facet makes it a city (Reuters' ``cptType:5`` with
    ``geoProp:8``: a picture's "HOLLYWOOD", broader "CA", "United States") that the item's headline or
    caption names: where the picture was taken, its ``located`` when the source gives none."""
    name = (text_of(find(el, "name")) or "").casefold()
    if not name or (attr(el, "type") or "").lower() not in _GEO_CONCEPT_TYPES:
        return False
    if not any((attr(f, "qcode") or "").lower() == "geoprop:8" for f in children(el, "facet")):
        return False
    return any(name in text.casefold() for text in (parsed.headline, parsed.caption, parsed.description) if text)


def _concepts(meta: Element | None, parsed: ParsedItem, asserted: Mapping[str, str] | None = None) -> None:
    located: list[dict[str, Any]] = []  # first among the subjects: the places stage reads the first few only
    for tag, target in (("subject", parsed.subjects), ("genre", parsed.genres)):
        for el in children(meta, tag):
            el = _main_concept(el)
            entry = xmlmap.concept(text_of(find(el, "name")), attr(el, "qcode"), attr(el, "uri"), attr(el, "literal"))
            if tag == "genre" and entry and entry["name"] == entry.get("literal") and ":" in entry["name"]:
                del entry["name"]  # a bare genre qcode ("dclass:event-summary") is a code, not a name
            kind = (attr(el, "type") or "").lower()
            field = _CONCEPT_FIELD.get(kind) if tag == "subject" else None
            # a package's or a picture's "N2:SY" (Reuters) names where it is; a text says so itself
            geo = kind in _GEO_CONCEPT_TYPES and parsed.kind != "text" and find(el, "name") is None
            country = _country_of_code(attr(el, "qcode")) if geo else None
            if country:  # a place subject the places stage resolves (its id, its country)
                xmlmap.add_unique(located, {"name": country, "literal": attr(el, "qcode"), "rel": "location"})
                continue
            if parsed.kind in MEDIA_TYPES and not parsed.located and _city_concept(el, parsed):
                parsed.located = natural_case(text_of(find(el, "name")) or "")
            if field:  # dpa's "Deutschland", AP's "Maryland", a stadium's address: where, who, not what
                name = text_of(find(el, "name"))  # a bare code names what its <assert> names, else nothing
                qcode = attr(el, "qcode") or ""
                if not name and field == "places" and asserted and (told := asserted.get(qcode)):
                    if told.lower() not in _NO_PLACE:  # the places stage resolves it like "N2:SY"
                        xmlmap.add_unique(located, {"name": told, "literal": qcode, "rel": "location"})
                    continue
                if entry and name and not (field == "places" and name.lower() in _NO_PLACE):
                    xmlmap.add_unique(getattr(parsed, field), entry)
                continue
            xmlmap.add_unique(target, entry)
            if tag == "subject":
                _narrower(el, target)
    parsed.subjects[:0] = [entry for entry in located if entry not in parsed.subjects]
    keywords = (text_of(kw) or attr(kw, "literal") for kw in children(meta, "keyword"))
    parsed.keywords = [k for k in keywords if k]
    for alt in children(meta, "altId"):
        value = text_of(alt)
        if value:
            parsed.alt_ids.append({"role": attr(alt, "type") or "altId", "value": value})


def _city_qcode(located: Element | None) -> str | None:
    """The city a ``<located qcode="city:Philadelphia">`` names by its code alone (no name, no literal)."""
    m = _CITY_QCODE.fullmatch(attr(located, "qcode") or "")
    return re.sub(r"(?:%20|_)+", " ", m.group(1)) if m else None


def _content_meta(item: Element, parsed: ParsedItem) -> None:
    meta = _meta(item, "contentMeta")
    parsed.urgency = xmlmap.to_int(text_of(find(meta, "urgency")))
    parsed.content_created = xmlmap.to_utc(text_of(find(meta, "contentCreated")), home_zone(parsed.provider))
    parsed.language = attr(find(meta, "language"), "tag") or xml_lang(item)
    _headlines(meta, parsed)
    parsed.slugline = text_of(find(meta, "slugline"))
    parsed.by = text_of(find(meta, "by"))
    located = find(meta, "located")
    parsed.located = text_of(find(located, "name")) or attr(located, "literal") or _city_qcode(located)
    dateline = text_of(find(meta, "dateline"))
    if xmlmap.looks_like_timestamp(dateline):
        parsed.extra["datelineDate"] = dateline
    else:
        parsed.dateline = dateline
    parsed.creditline = text_of(find(meta, "creditline"))
    _people(meta, parsed)
    by_agency = credits.agency_byline(parsed.by)
    if by_agency:  # <by>REUTERS TV</by>, <by>Reuters, MAR 04</by>: a source, not a by-line
        credits.add_source(parsed, by_agency, agencies.ORIGINATOR)
        parsed.by = None
    _concepts(meta, parsed, _asserted_places(item))
    parsed.people = own_names(parsed.people)  # "Director General, Olivier Niggli" is Olivier Niggli
    if parsed.kind in MEDIA_TYPES and not parsed.by:
        creators = [c["name"] for c in parsed.contributors if c["role"] in ("photographer", "writer")]
        parsed.by = creators[0] if creators else None


def _rights(item: Element, parsed: ParsedItem) -> None:
    rights = find(item, "rightsInfo")
    holder = find(rights, "copyrightHolder")
    parsed.copyright_holder = _name_or_literal(holder)
    parsed.copyright_notice = text_of(find(rights, "copyrightNotice"))
    parsed.usage_terms = text_of(find(rights, "usageTerms"))
    _sources_named_by_holder(parsed, attr(holder, "uri"))


def _sources_named_by_holder(parsed: ParsedItem, holder_uri: str | None) -> None:
    """An ``infoSource`` given by its web address alone (LISTING 1's ``<infoSource uri="http://www.example.com"/>``)
    is the copyright holder when the holder's address is on the same site: it takes the holder's name ("Example
    Enews LLP") rather than being dropped later as an address with no name."""
    host = _host(holder_uri)
    if not host or not parsed.copyright_holder:
        return
    for entry in parsed.info_sources:
        if entry.get("name") == entry.get("uri") and _host(entry.get("uri")) == host:
            entry["name"] = parsed.copyright_holder


def _host(uri: str | None) -> str | None:
    host = urlsplit(uri).hostname if uri and "://" in uri else None
    return host.removeprefix("www.") if host else None


def _seconds(value: str | None, unit: str | None) -> int | float | None:
    """A G2 ``duration`` in seconds (``durationunit`` seconds by default, or milliseconds).

    ``int | float``, not ``float``: a whole number is returned as an ``int`` (``41``, not ``41.0``), and
    mypyc-compiled code converts an ``int`` returned through a ``float`` annotation to a ``float``.
    """
    number = xmlmap.to_float(value)
    if number is None:
        return None
    if "milli" in (unit or "").lower():
        number /= 1000
    return int(number) if number.is_integer() else number


def _rendition(el: Element, index: int) -> dict[str, Any]:
    """One ``remoteContent``/``inlineData``/``inlineXML`` as a ninjs rendition."""
    qcode = attr(el, "rendition")
    code = qcode.split(":", 1)[-1] if qcode else (attr(el, "renditionuri") or "").rstrip("/").rsplit("/", 1)[-1]
    out: dict[str, Any] = {"name": code or f"rendition{index}"}  # renditionuri: the URI sibling of the qcode
    place_href(out, attr(el, "href"), el.base)  # relative to xml:base, else kept as the delivery's reference
    for key, name in (
        ("contentType", "contenttype"),
        ("format", "format"),
        ("videoCodec", "videocodec"),
        ("aspectRatio", "videoaspectratio"),
    ):
        value = attr(el, name)
        if value:
            out[key] = value
    for key, name in (("width", "width"), ("height", "height"), ("sizeInBytes", "size")):
        number = xmlmap.to_int(attr(el, name))
        if number is not None and number >= 0:
            out[key] = number
    duration = _seconds(attr(el, "duration"), attr(el, "durationunit"))
    if duration is not None and duration >= 0:
        out["duration"] = duration
    rate = _seconds(attr(el, "videoframerate"), None)
    if rate is not None and rate >= 0:
        out["frameRate"] = rate
    return out


def _icon(item: Element, parsed: ParsedItem) -> None:
    """A media item's ``contentMeta/icon`` (its still or thumbnail: AFP's video keyframe) as a rendition
    named by its rendition code (``rnd:thumbnail`` → "thumbnail"), unless a rendition already has its href."""
    if parsed.kind not in MEDIA_TYPES:
        return
    for el in children(_meta(item, "contentMeta"), "icon"):
        rendition = _rendition(el, len(parsed.renditions) + 1)
        if attr(el, "rendition") is None and attr(el, "renditionuri") is None:
            rendition["name"] = "icon"
        href = rendition.get("href")
        if not href and not rendition.get(RELATIVE_KEY):
            continue
        if not href or all(r.get("href") != href for r in parsed.renditions):
            parsed.renditions.append(rendition)


_ATTACHED_KINDS = {"image": "picture", "video": "video", "audio": "audio"}


def _attached_medium(parsed: ParsedItem, rendition: dict[str, Any]) -> bool:
    """A text item's picture (ANSA sends its photo as a ``remoteContent`` of the story): no rendition of the
    text, an association of its medium, its href (or the text's uri and the rendition name) its uri; True if
    taken."""
    major = str(rendition.get("contentType") or "").split("/", 1)[0].lower()
    kind = _ATTACHED_KINDS.get(major)
    if parsed.kind != "text" or kind is None:
        return False
    uri = rendition.get("href") or (f"{parsed.uri}#{rendition['name']}" if parsed.uri else None)
    if not uri:
        return False
    name = f"{kind}{sum(a.get('type') == kind for a in parsed.associations) + 1}"
    parsed.associations.append({"name": name, "uri": uri, "type": kind, "renditions": [rendition]})
    return True


def _renditions(item: Element, parsed: ParsedItem) -> None:
    """Every remote rendition (and, for media, inline data) of the item's ``contentSet``, then its icon."""
    content_set = _meta(item, "contentSet")
    for index, el in enumerate(content_set.iterchildren() if content_set is not None else (), start=1):
        kind = local(el)
        if kind == "remoteContent" or (kind == "inlineData" and parsed.kind in MEDIA_TYPES):
            rendition = _rendition(el, index)
            if len(rendition) > 1 and not _attached_medium(parsed, rendition):
                parsed.renditions.append(rendition)
            if attr(el, "residref"):
                parsed.alt_ids.append({"role": f"rendition:{rendition['name']}", "value": attr(el, "residref") or ""})
    _icon(item, parsed)


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
            elif _is_sportsml(rendition, ctype):
                _sportsml_people(rendition, parsed)  # data, not prose: no body of its own
            else:
                parsed.paragraphs = paragraphs(rendition, xhtml="html" in ctype)
        elif kind == "inlineData" and (not ctype or ctype.startswith("text/") or "html" in ctype):
            parsed.paragraphs = html_paragraphs(raw_text(rendition))
        if parsed.paragraphs:
            return


def _is_sportsml(rendition: Element, ctype: str) -> bool:
    """True for a SportsML rendition (``application/sportsml+xml``, or a ``sports-content`` root): game
    data (teams, players, statistics) whose text is a list of names and codes, never the story's prose."""
    return "sportsml" in ctype or any(local(c) == "sports-content" for c in rendition.iterchildren())


def _sportsml_people(rendition: Element, parsed: ParsedItem) -> None:
    """The players and teams a SportsML rendition names (``player-metadata``/``team-metadata`` full name,
    else its first ``name``): the item's people and organisations by the source's own record, keyed by the
    vendor's key ("vendperson:l.mlb.com-p.20339"), not by reading a dump of name fields as text."""
    for tag, target in (("player-metadata", parsed.people), ("team-metadata", parsed.organisations)):
        for meta in find_all(rendition, tag):
            names = [n for n in children(meta, "name") if text_of(n)]
            full = next((n for n in names if (attr(n, "role") or "").endswith(":full")), names[0] if names else None)
            name = text_of(full)
            if name:
                entry: dict[str, Any] = {"name": name}
                if attr(meta, "key"):
                    entry["literal"] = attr(meta, "key")
                xmlmap.add_unique(target, entry)


_SCRIPT_ROLE = re.compile(r"(?i)script|shot-?list")
# a new shot ("-VAR inside the room", "-MS of ...") or soundbite ("SOUNDBITE 2 - ...") in a one-block shot list
_SHOT_BREAK = re.compile(r"\s+(?:-(?=[A-Z]{2,4}\s)|(?=SOUNDBITE\s+\d))")


def _br_lines(el: Element) -> list[str]:
    """The text of ``el`` cut at its ``<br/>`` children, each line's whitespace folded."""
    lines = [el.text or ""]
    for child in el.iterchildren():
        if local(child) == "br":
            lines.append(child.tail or "")
        else:
            lines[-1] += "".join(child.itertext()) + (child.tail or "")
    return [" ".join(line.split()) for line in lines if line.strip()]


def _script(item: Element) -> list[str]:
    """A ``description`` whose role is a script or shot list (AFP ``afpdescRole:script``): the text of a
    video that carries no body of its own, with its soundbites; it is the body, not a caption."""
    meta = _meta(item, "contentMeta")
    for description in children(meta, "description"):
        if _SCRIPT_ROLE.search(attr(description, "role") or ""):
            lines = _br_lines(description)
            if len(lines) > 1:  # one shot or soundbite per <br/> line (the Guidelines' LISTING_5)
                return lines
            text = " ".join(paragraphs(description)) or text_of(description) or ""  # hard-wrapped: one block
            return [p.strip() for p in _SHOT_BREAK.split(text) if p.strip()]
    return []


def _clean_text(parsed: ParsedItem) -> None:
    """Issue #15 body hygiene (see :mod:`xmlmap`): references escaped twice resolved, machine translations
    beside the original left out (a headline marked "*** TRANSLATED ***" goes with them: it is not in the
    language of the body that stays), a paragraph cut at a dropped inline element rejoined, a trailing
    routing-code line dropped."""
    for name in ("headline", "subheadline", "description"):
        setattr(parsed, name, xmlmap.unescape_refs(getattr(parsed, name)))
    paragraphs = [xmlmap.unescape_refs(p) or "" for p in parsed.paragraphs]
    paragraphs, left_out = xmlmap.original_version(paragraphs, parsed.language)
    parsed.paragraphs = xmlmap.drop_routing_codes(xmlmap.rejoin_broken(paragraphs))
    headline, translated = xmlmap.strip_translation_mark(parsed.headline)
    if left_out:
        parsed.extra["machineTranslationsLeftOut"] = left_out
    if translated and left_out:
        parsed.extra["translatedHeadline"], parsed.headline = headline, None
    else:
        parsed.headline = headline


def read_item(item: Element, provider_hint: str | None = None) -> ParsedItem:
    """One NewsML-G2 news item (or Guidelines fragment) → :class:`ParsedItem` of its ninjs type."""
    parsed = ParsedItem(format=NAME)
    tag = local(item)
    parsed.kind = class_kind(find(_meta(item, "itemMeta"), "itemClass")) if tag == "newsItem" else "text"
    parsed.kind = "composite" if tag == "packageItem" else parsed.kind  # known while its metadata is read
    parsed.provider = _provider(item, provider_hint)
    parsed.uri = xmlmap.make_uri(attr(item, "guid"), parsed.provider, NAME)
    parsed.version = attr(item, "version")
    _item_meta(item, parsed)
    _content_meta(item, parsed)
    _provider_source(item, parsed)
    _rights(item, parsed)
    _renditions(item, parsed)
    _body(item, parsed, parsed.provider)  # a video's or audio's script / shot list is its body
    if not parsed.paragraphs:
        parsed.paragraphs = _script(item)
    _clean_text(parsed)
    _media_located(parsed)
    _drop_unsupported_machine_places(_meta(item, "contentMeta"), parsed)
    return parsed


# who assigned a subject: a classifier or a rule engine (AP's "apsubcreator:Teragram", Reuters' "trRule:rule11"),
# not an editor; IPTC's ``why="why:inferred"`` says the same
_MACHINE_CREATOR = re.compile(r"teragram|trrule|\brule\d|classif|autotag|machine", re.I)


def _drop_unsupported_machine_places(meta: Element | None, parsed: ParsedItem) -> None:
    """A place tag a classifier assigned (AP's Teragram tagged "North Carolina" on a story that names only
    Bethesda, Maryland) is published only where the item's text, dateline or ``located`` names it; the broader
    places it alone brought ("United States" under it) go with it. An editor's tags are kept as given."""
    if not parsed.places:
        return
    told = " ".join(
        t
        for t in (parsed.headline, parsed.dateline, parsed.located, parsed.caption, parsed.description, parsed.slugline)
        if t
    )
    located = find(meta, "located")
    names_of_located = (
        [text_of(find(b, "name")) or "" for b in find_all(located, "broader")] if located is not None else []
    )
    text = " ".join([told, *parsed.paragraphs, *names_of_located]).casefold()
    broader: dict[str, list[str]] = {}
    supported: list[str] = []
    unsupported: set[str] = set()
    for el in children(meta, "subject"):
        if (attr(el, "type") or "").lower() not in _GEO_CONCEPT_TYPES:
            continue
        name = text_of(find(el, "name")) or ""
        broader[name] = [text_of(find(b, "name")) or "" for b in children(el, "broader")]
        why = (attr(el, "why") or "").lower()
        if why.endswith("ancestor"):
            continue
        machine = why.endswith("inferred") or _MACHINE_CREATOR.search(attr(el, "creator") or "") is not None
        if machine and name and name.casefold() not in text:
            unsupported.add(name)
        else:
            supported.append(name)
    if not unsupported:
        return
    keep: set[str] = set()
    while supported:  # the supported places and every place above them
        name = supported.pop()
        if name not in keep:
            keep.add(name)
            supported.extend(broader.get(name, []))
    drop = {name for name in broader if name not in keep and name.casefold() not in text}
    parsed.places = [p for p in parsed.places if p.get("name") not in drop]


def _media_located(parsed: ParsedItem) -> None:
    """A picture's or video's ``located`` that its own headline, caption and script never name is where the
    item was filed or edited (Reuters LYNX pictures of Damascus are "located" in Bangalore, the editing
    desk), not where it was taken: kept in ``ext.source.sourceLocated``, not published as the place.
    Reuters' text items carry the same desk ("Soccer-Smiling Benitez …" located in Bangalore; their place
    is the body's dateline); other agencies' text ``located`` (STT's Helsinki) is kept, and so is a text item's
    with no body to check it against: the source's metadata is all there is (the desk test needs the story)."""
    if not parsed.located or (parsed.kind not in MEDIA_TYPES and (parsed.kind, parsed.provider) != ("text", "reuters")):
        return
    if parsed.kind == "text" and _PLACEHOLDER.match(parsed.located):
        return  # "No-Data-Available" is no desk: the placeholder check drops it later
    if parsed.kind == "text" and not any(p.strip() for p in parsed.paragraphs):
        return  # a headline alone (IPTC's "Fed to halt QE …" located in Berlin) cannot show the story is elsewhere
    text = " ".join(filter(None, (parsed.headline, parsed.caption, parsed.description, *parsed.paragraphs)))
    if not text.strip():
        return  # nothing to check against: the metadata is all there is
    name = parsed.located.split(",", 1)[0].strip().casefold()
    if name and name not in text.casefold():
        parsed.extra["sourceLocated"], parsed.located = parsed.located, None


Resolved = Mapping[str, str]
"""guid → published uri of the items delivered in the same newsMessage."""


# an itemRef's ``contenttype`` → the member's ninjs type: a text format (NITF, SportsML, XHTML) is text,
# a media type (image/…, video/…, audio/…) its own type; anything else tells nothing
_TEXT_CONTENT = re.compile(r"(?i)^(?:text/|application/(?:[\w.+-]*\+)?(?:nitf|sportsml|xhtml|newsml)(?:\+xml)?$)")
_MEDIA_CONTENT = {"image": "picture", "video": "video", "audio": "audio"}


def _content_kind(content_type: str | None) -> str | None:
    """The ninjs type an itemRef's ``contenttype`` gives ("application/nitf+xml" → text, "image/jpeg" →
    picture), or None when it names no known kind."""
    value = (content_type or "").strip()
    if not value:
        return None
    if _TEXT_CONTENT.match(value):
        return "text"
    return _MEDIA_CONTENT.get(value.split("/", 1)[0].lower())


def _member(ref: Element, name: str, provider: str | None, resolved: Resolved) -> dict[str, Any] | None:
    """A package ``itemRef`` as a ninjs association (uri, type, title, caption/summary, version). A member
    delivered in the same message is referenced by the uri it is published under (its own provider's
    namespace, not the package's)."""
    target = attr(ref, "residref") or attr(ref, "href")
    uri = resolved.get(target or "") or (
        xmlmap.make_uri(target, provider, NAME) if target and "://" not in target else target
    )
    if not uri:
        return None
    assoc: dict[str, Any] = {"name": name, "uri": uri}
    item_class = find(ref, "itemClass")
    if item_class is not None:
        assoc["type"] = class_kind(item_class)
    elif _content_kind(attr(ref, "contenttype")):  # no itemClass: the member's media type tells its kind
        assoc["type"] = _content_kind(attr(ref, "contenttype"))
    if attr(ref, "version"):
        assoc["version"] = attr(ref, "version")
    title = text_of(find(ref, "title")) or text_of(find(ref, "headline"))
    if title:
        assoc["headlines"] = [{"role": "main", "value": title}]
    descriptions = []
    for description in children(ref, "description"):
        role = "caption" if "caption" in (attr(description, "role") or "").lower() else "summary"
        value = " ".join(paragraphs(description)) or text_of(description)
        if value:
            descriptions.append({"role": role, "value": value})
    if descriptions:
        assoc["descriptions"] = descriptions
    return assoc


def _member_sources(package: Element, parsed: ParsedItem) -> None:
    """The agencies a package's members carry are the package's sources too: a member's own ``<provider>``
    (LISTING 9's members from "nprov:AcmeNews" in a package that names no provider) and the agency of the
    dateline its summary opens with ("London (Reuters) - The Bank of England …"). The package's provider
    stays first; an agency is listed once."""
    for ref in find_all(package, "itemRef"):
        provider = find(ref, "provider")
        qcode = attr(provider, "qcode") or attr(provider, "literal")
        name = text_of(find(provider, "name")) or (qcode.split(":", 1)[-1].strip() if qcode else None)
        agency = agencies.by_provider(xmlmap.provider_slug(name)) if name else None  # "reuters.com" is Reuters
        name = agency.name if agency else name
        if name:
            wrote = any(e.get("role") == agencies.ORIGINATOR for e in parsed.info_sources)
            credits.add_source(parsed, name, agencies.SOURCE if wrote else agencies.ORIGINATOR)
        for description in children(ref, "description"):
            line = " ".join((" ".join(paragraphs(description)) or text_of(description) or "").split())
            dateline = parse_dateline(line) if line else None
            for token in dateline.agencies if dateline else ():
                if agencies.lookup(token):
                    credits.add_source(parsed, token, agencies.SOURCE)


def _ref_rendition(ref: Element, name: str, uri: str) -> dict[str, Any] | None:
    """A media itemRef's own file facts (``contenttype``, ``width``, ``height``, ``size``) as a ninjs rendition
    named after its group ("hdpi"), or None for a text member or one that states none of them."""
    content_type = attr(ref, "contenttype")
    if _content_kind(content_type) in (None, "text"):
        return None
    rendition: dict[str, Any] = {"name": name, "href": uri, "contentType": content_type}
    for key, field in (("width", "width"), ("height", "height"), ("size", "sizeInBytes")):
        value = (attr(ref, key) or "").strip()
        if value.isdigit():
            rendition[field] = int(value)
    return rendition


def _group_members(
    group_set: Element | None, root_id: str | None, provider: str | None, resolved: Resolved
) -> list[dict[str, Any]]:
    """The itemRefs of a groupSet in reading order, following ``groupRef`` from the root group.

    A group in ``pgrmod:alt`` mode holds alternatives of one content (IPTC's LISTING 8: the same two clips at
    480, 720 and 960 pixels): the first alternative's members are the associations, and each later
    alternative's member at the same place becomes one more rendition of it, so a desk sees two clips with three
    renditions each, not six clips. Alternatives that do not line up (other counts or types) stay members."""
    if group_set is None:
        return []
    groups = {attr(g, "id"): g for g in children(group_set, "group")}
    out: list[dict[str, Any]] = []
    seen: set[str | None] = set()

    def add(assoc: dict[str, Any] | None, into: list[dict[str, Any]]) -> None:
        if assoc and all(a["uri"] != assoc["uri"] for a in (*out, *into)):
            into.append(assoc)

    def walk(group: Element, into: list[dict[str, Any]]) -> None:
        if attr(group, "id") in seen:
            return
        seen.add(attr(group, "id"))
        role = (attr(group, "role") or attr(group, "id") or "member").split(":", 1)[-1]
        alternatives: list[list[dict[str, Any]]] = []
        for child in group.iterchildren():
            found: list[dict[str, Any]] = []
            if local(child) == "itemRef":
                assoc = _member(child, role, provider, resolved)  # numbered below, by its place
                rendition = _ref_rendition(child, role, assoc["uri"]) if assoc else None
                if assoc and rendition:
                    assoc["renditions"] = [rendition]
                add(assoc, found)
            elif local(child) == "groupRef" and attr(child, "idref") in groups:
                walk(groups[attr(child, "idref")], found)
            alternatives.append(found)
            if attr(group, "mode") != "pgrmod:alt":
                into += found
        if attr(group, "mode") == "pgrmod:alt" and alternatives:
            into += _alternatives_folded([a for a in alternatives if a])

    start = groups.get(root_id) if root_id else None
    for group in ([start] if start is not None else []) + list(groups.values()):
        walk(group, out)
    for number, assoc in enumerate(out, 1):
        assoc["name"] = f"{assoc['name']}-{number}"
    return out


def _alternatives_folded(alternatives: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The first alternative's members, each with the renditions of the members at its place in the others;
    an alternative that does not line up with the first (count or types) keeps its members as members."""
    if not alternatives:
        return []
    first, rest = alternatives[0], alternatives[1:]
    members = list(first)
    for other in rest:
        lined_up = len(other) == len(first) and all(
            a.get("type") == b.get("type") and a.get("renditions") and b.get("renditions")
            for a, b in zip(first, other, strict=True)
        )
        if not lined_up:
            members += other
            continue
        for a, b in zip(first, other, strict=True):
            a["renditions"] = [*a["renditions"], *b["renditions"]]
    return members


def read_package(item: Element, provider_hint: str | None = None, resolved: Resolved | None = None) -> ParsedItem:
    """A ``packageItem`` (or a bare ``groupSet``) → a ``composite`` whose associations are its members."""
    resolved = resolved or {}
    parsed = (
        read_item(item, provider_hint)
        if local(item) == "packageItem"
        else ParsedItem(format=NAME, provider=provider_hint)
    )
    parsed.kind = "composite"
    group_set = item if local(item) == "groupSet" else find(item, "groupSet")
    parsed.associations += _group_members(group_set, attr(group_set, "root"), parsed.provider, resolved)
    for ref in children(item, "itemRef"):  # itemRefs straight under the package (LISTING_24)
        assoc = _member(ref, f"member-{len(parsed.associations) + 1}", parsed.provider, resolved)
        if assoc:
            parsed.associations.append(assoc)
    _member_sources(item, parsed)
    if parsed.located and (_PLACEHOLDER.match(parsed.located) or not _package_names(parsed, parsed.located)):
        # the packaging desk's town (Reuters: Bangalore), not where the story happened
        if not _PLACEHOLDER.match(parsed.located):
            parsed.extra["packageLocated"] = parsed.located
        parsed.located = None
    return parsed


def _package_names(parsed: ParsedItem, located: str) -> bool:
    """True when the package's own or its members' headlines and summaries name ``located`` (the
    SportsML game preview "… at Philadelphia Phillies" located in Philadelphia): the story's place."""
    texts = [parsed.headline, parsed.description]
    for assoc in parsed.associations:
        texts += [h.get("value") for h in assoc.get("headlines", ())]
        texts += [d.get("value") for d in assoc.get("descriptions", ())]
    name = located.split(",", 1)[0].strip().casefold()
    return bool(name) and any(name in text.casefold() for text in texts if isinstance(text, str))


_PLACEHOLDER = re.compile(r"(?i)^\s*(?:no[-_ ]data[-_ ]available|n/?a|none|unknown)\s*$")


def _members_from_package(items: list[ParsedItem]) -> None:
    """Members delivered with their package in one message (Reuters video: package, text, video, audio,
    picture) that carry no headline of their own take the package's; a video/audio/picture member
    without a caption takes the summary of the package's text member, which describes the same footage."""
    for package in (i for i in items if i.kind == "composite" and i.rejected is None):
        members = {a["uri"] for a in package.associations}
        delivered = [i for i in items if i.uri in members and i.rejected is None]
        summary = next((i.description for i in delivered if i.kind == "text" and i.description), None)
        for member in delivered:
            if not member.headline and package.headline:
                member.headline = package.headline
                member.extra["headlineFrom"] = "package"
            if member.kind in MEDIA_TYPES and not member.caption and summary:
                member.caption = summary
                member.extra["captionFrom"] = "package"


def _dates_of(details: Element | None) -> tuple[str | None, str | None, str | None]:
    dates = find(details, "dates")
    return text_of(find(dates, "start")), text_of(find(dates, "end")), text_of(find(dates, "duration"))


# a postcode or a state's short code after the town of an address line ("London W2 2EA", "Adelaide SA 5000")
_POSTAL_TAIL = re.compile(r"(?:(?:^|\s+)(?:[A-Z]{1,3}|[A-Z0-9]*\d[A-Z0-9]*))+$")
_POSTAL_HEAD = re.compile(r"^(?:[A-Z]{1,2}-)?\d[\d -]*\s+")  # "1049 Brussels", "D-10117 Berlin"


def address_locality(location: str | None) -> str | None:
    """The town of a location written as a postal address ("86, Edgeware Road, London W2 2EA, United Kingdom"
    → "London"): the part before the country, its postcode cut. None for a place name ("Madrid", "Estadio
    Metropolitano, Madrid"): only three or more parts with a postcode beside the town read as an address."""
    if not location or location.count(",") < 2 or not any(ch.isdigit() for ch in location):
        return None
    parts = [part.strip() for part in location.split(",")]
    line = parts[-2]
    town = _POSTAL_HEAD.sub("", _POSTAL_TAIL.sub("", line)).strip()
    if town == line or not any(ch.isdigit() for ch in line):
        return None  # no postcode beside the town: "Hall 3, Jakarta Convention Center, Jakarta" is no address
    if not town:  # "…, Washington, DC 20500, USA": a state's line (code and postcode) stands before the country
        town = _POSTAL_HEAD.sub("", _POSTAL_TAIL.sub("", parts[-3])).strip()
    return town if town[:1].isupper() and not any(ch.isdigit() for ch in town) else None


def read_event(concept: Element, owner: ParsedItem, index: int) -> ParsedItem:
    """One event (a ``concept`` or ``event`` with ``eventDetails``) → an ``event`` record.

    The uri is the concept's id (``conceptId@qcode``/``@uri``, ``@id``), else the owning item's guid with
    ``#event-<n>``; item-level metadata (provider, version, dates, rights) comes from the owning item."""
    details = find(concept, "eventDetails")
    event = ParsedItem(
        format=NAME,
        kind="event",
        provider=owner.provider,
        version=owner.version,
        pub_status=owner.pub_status,
        first_created=owner.first_created,
        version_created=owner.version_created,
        language=xml_lang(concept) or owner.language,
        copyright_holder=owner.copyright_holder,
        copyright_notice=owner.copyright_notice,
        usage_terms=owner.usage_terms,
        info_sources=[dict(s) for s in owner.info_sources],
    )
    concept_id = find(concept, "conceptId")
    ident = attr(concept_id, "uri") or attr(concept_id, "qcode") or attr(concept, "qcode") or attr(concept, "id")
    event.uri = (xmlmap.make_uri(ident, owner.provider, NAME) if ident and "://" not in ident else ident) or (
        f"{owner.uri}#event-{index}" if owner.uri else None
    )
    event.headline = text_of(find(concept, "name")) or owner.headline
    definition = find(concept, "definition")
    event.description = (" ".join(paragraphs(definition)) or text_of(definition)) if definition is not None else None
    start, end, duration = _dates_of(details)
    organiser = find(details, "organiser")
    event.event_details = event_details(
        start,
        end,
        duration=duration,
        status=attr(find(details, "occurStatus"), "uri"),
        organiser={
            "name": _name_or_literal(organiser),
            "literal": attr(organiser, "qcode"),
            "uri": attr(organiser, "uri"),
        }
        if organiser is not None
        else None,
    )
    location = find(details, "location")
    if location is not None:  # the name → located (enrichment resolves it like any place); position → ext
        event.located = _name_or_literal(location)
        locality = address_locality(event.located)
        if locality:  # a postal address names the venue; its town is where the event is
            event.extra["venueAddress"], event.located = event.located, locality
        position = find_first(location, "position")
        lat, lon = xmlmap.to_float(attr(position, "latitude")), xmlmap.to_float(attr(position, "longitude"))
        if lat is not None and lon is not None:
            event.extra["position"] = {"latitude": lat, "longitude": lon}
    for participant in children(details, "participant"):
        name = _name_or_literal(participant)
        if name:
            role = (attr(participant, "qcode") or attr(participant, "role") or "participant").split(":", 1)[-1]
            event.people.append({"name": name, "rel": role})
    for subject in children(concept, "subject") + children(details, "subject"):
        xmlmap.add_unique(
            event.subjects,
            xmlmap.concept(
                text_of(find(subject, "name")), attr(subject, "qcode"), attr(subject, "uri"), attr(subject, "literal")
            ),
        )
    for subject in owner.subjects:  # the item's subjects (a knowledge item's contentMeta) cover its events
        xmlmap.add_unique(event.subjects, dict(subject))
    _recurrence(details, event)
    _event_extras(concept, details, event)
    _broader(concept, owner, event)
    event.extra.update((k, v) for k, v in (("itemClass", owner.extra.get("itemClass")), ("eventOf", owner.uri)) if v)
    return event


_RRULE_FREQ = frozenset({"secondly", "minutely", "hourly", "daily", "weekly", "monthly", "yearly"})
_RRULE_PARTS = (
    "freq",
    "interval",
    "until",
    "count",
    "bysecond",
    "byminute",
    "byhour",
    "byday",
    "bymonthday",
    "byyearday",
    "byweekno",
    "bymonth",
    "bysetpos",
    "wkst",
)


def _recurrence(details: Element | None, event: ParsedItem) -> None:
    """``dates/rRule`` → the RFC 5545 rule in ``ext.source.recurrence`` (``FREQ=DAILY;BYDAY=TH,FR,SA``) and,
    when ninjs 3.0 can say all of it (frequency, interval, until, count only), ``dates.recurrence``: a rule
    with BYDAY in ninjs's four fields would claim every day."""
    dates = find(details, "dates")
    rules: list[dict[str, Any]] = []
    texts: list[str] = []
    for rule in children(dates, "rRule"):
        parts = {k: " ".join((attr(rule, k) or "").split()) for k in _RRULE_PARTS if (attr(rule, k) or "").strip()}
        freq = parts.get("freq", "").lower()
        if freq not in _RRULE_FREQ:
            continue
        texts.append(
            ";".join(f"{k.upper()}={v.replace(' ', ',').upper() if k != 'until' else v}" for k, v in parts.items())
        )
        ninjs: dict[str, Any] = {"frequency": freq}
        interval, count = xmlmap.to_int(parts.get("interval")), xmlmap.to_int(parts.get("count"))
        until = xmlmap.to_utc(parts["until"]) if "until" in parts and "T" in parts["until"] else None
        if interval and interval > 0:
            ninjs["interval"] = interval
        if count and count > 0:
            ninjs["count"] = count
        if until:
            ninjs["until"] = until
        expressible = set(parts) <= {"freq", "interval", "count"} | ({"until"} if until else set())
        if expressible:
            rules.append(ninjs)
    if texts:
        event.extra["recurrence"] = texts
    if rules and event.event_details.get("dates"):
        event.event_details["dates"]["recurrence"] = {"recurrenceRules": rules}


def _event_extras(concept: Element, details: Element | None, event: ParsedItem) -> None:
    """What ninjs 3.0 has no field for, kept in ``ext.source``: registration, participation requirements,
    the event's and the venue's contact, and related codes (venue type, facilities)."""
    registration = " ".join(paragraphs(find(details, "registration")))
    if registration:
        event.extra["registration"] = registration
    requirements = [
        {
            k: v
            for k, v in (
                ("name", text_of(find(r, "name"))),
                ("definition", " ".join(paragraphs(find(r, "definition")))),
            )
            if v
        }
        for r in children(details, "participationRequirement")
    ]
    if any(requirements):
        event.extra["participationRequirements"] = [r for r in requirements if r]
    for key, contact in (
        ("contact", find(details, "contactInfo")),
        ("venueContact", find_first(find(details, "location"), "contactInfo")),
    ):
        values = {
            local(c): text_of(c)
            for c in (contact.iterchildren() if contact is not None else ())
            if isinstance(c.tag, str) and text_of(c)
        }
        if values:
            event.extra[key] = values
    related = [
        {"rel": attr(r, "rel"), "code": attr(r, "qcode") or attr(r, "uri")}
        for r in children(concept, "related") + children(find(details, "location"), "related")
    ]
    related = [r for r in related if r["code"]]
    if related:
        event.extra["related"] = related


def _broader(concept: Element, owner: ParsedItem, event: ParsedItem) -> None:
    """A ``broader`` event (the meeting a session belongs to) → an association with rel ``broader``; its uri
    is the one the parent event is published under."""
    for broader in children(concept, "broader"):
        ident = attr(broader, "uri") or attr(broader, "qcode")
        if not ident or "event" not in (attr(broader, "type") or "event").lower():
            continue
        uri = xmlmap.make_uri(ident, owner.provider, NAME) if "://" not in ident else ident
        if not uri:
            continue
        assoc: dict[str, Any] = {"name": "broader", "uri": uri, "rel": "broader", "type": "event"}
        name = text_of(find(broader, "name"))
        if name:
            assoc["headlines"] = [{"role": "main", "value": name}]
        event.associations.append(assoc)


def _events(item: Element) -> list[Element]:
    """Concepts/events with ``eventDetails`` anywhere in the item (conceptSet, inline ``events``)."""
    parents = (el.getparent() for el in find_all(item, "eventDetails"))
    return [p for p in parents if p is not None and local(p) in ("concept", "event")]


def read_concepts(item: Element, provider_hint: str | None = None) -> list[ParsedItem]:
    """A concept/knowledge item (or a news item carrying events): one event per event concept; an item
    without any is one ``not_an_article`` member (a person, a subject code scheme, access codes ...)."""
    owner = read_item(item, provider_hint)
    events = [read_event(el, owner, n) for n, el in enumerate(_events(item), start=1)]
    if events:
        return events
    kind = owner.extra.get("itemClass") or local(item)
    return [
        rejected_member(
            NAME, reasons.NOT_AN_ARTICLE, f"<{local(item)}> ({kind}) holds concepts, not news or events", owner.uri
        )
    ]


def _assignees(planning: Element) -> list[dict[str, Any]]:
    """A coverage's ``assignedTo`` parties: name (or literal), qcode and the window each covers
    (``coversfrom``/``coversto``, UTC). A party with only a code keeps it as ``literal``."""
    out: list[dict[str, Any]] = []
    for party in children(planning, "assignedTo"):
        entry = {
            "name": text_of(find(party, "name")) or attr(party, "literal"),
            "literal": attr(party, "qcode"),
            "uri": attr(party, "uri"),
            "coversFrom": xmlmap.to_utc(attr(party, "coversfrom")),
            "coversTo": xmlmap.to_utc(attr(party, "coversto")),
        }
        entry = {k: v for k, v in entry.items() if v}
        if entry.get("name") or entry.get("literal") or entry.get("uri"):
            out.append(entry)
    return out


def _window(assigned: list[dict[str, Any]]) -> tuple[str | None, str | None] | None:
    """The span the assignees cover, earliest start to latest end: the coverage's own dates (the G2
    ``scheduled`` element is the delivery time, a single instant)."""
    starts = sorted(a["coversFrom"] for a in assigned if "coversFrom" in a)
    ends = sorted(a["coversTo"] for a in assigned if "coversTo" in a)
    if not starts and not ends:
        return None
    return (starts[0] if starts else None, ends[-1] if ends else None)


def read_planning(item: Element, provider_hint: str | None = None) -> list[ParsedItem]:
    """A ``planningItem`` → one ``planning`` record (its coverage in ``plannedCoverage``), plus the events it
    carries as event records."""
    parsed = read_item(item, provider_hint)
    parsed.kind = "planning"
    delivered: list[str] = []
    for coverage in find_all(item, "newsCoverage"):
        for planning in children(coverage, "planning"):
            cover: dict[str, Any] = {}
            title = text_of(find(planning, "headline")) or text_of(find(planning, "slugline"))
            if title:
                cover["title"] = title
            notes = _public_notes(planning)
            if notes:
                cover["edNote"] = notes
            kind = find(planning, "itemClass")
            if kind is not None:
                cover["type"] = class_kind(kind)
            scheduled = text_of(find(planning, "scheduled"))
            assigned = _assignees(planning)
            window = _window(assigned)
            dates = event_details(*window).get("dates") if window else None
            dates = dates or (event_details(scheduled).get("dates") if scheduled else None)
            if dates:
                cover["dates"] = dates
            if cover:
                parsed.planned_coverage.append(cover)
                if assigned:  # ninjs 3.0 plannedCoverage has no assignee property (additionalProperties false)
                    note = {"coverage": len(parsed.planned_coverage) - 1, "assignedTo": assigned}
                    if scheduled and window:  # the delivery time the window displaced from dates
                        note["scheduled"] = xmlmap.to_utc(scheduled) or scheduled
                    parsed.extra.setdefault("coverageAssignments", []).append(note)
        for ref in find_all(coverage, "deliveredItemRef"):
            target = attr(ref, "guidref") or attr(ref, "href")
            if target:
                delivered.append(target)
    if delivered:
        parsed.extra["deliveredItems"] = delivered
    return [parsed] + [read_event(el, parsed, n) for n, el in enumerate(_events(item), start=1)]


def _wrapper(el: Element) -> bool:
    """A ``packageItem`` with no guid, no itemMeta and no contentMeta: the structure of a newsMessage
    (BusinessDesk, the Guidelines' LISTING_24), not a package an editor made. Published, it would be an
    undated composite with no headline whose links may not resolve."""
    return (
        local(el) == "packageItem"
        and not attr(el, "guid")
        and not any(local(c) in ("itemMeta", "contentMeta") for c in el.iterchildren())
    )


def _wrapper_member(el: Element) -> ParsedItem:
    """The dead letter of a structural wrapper: it names what it wrapped, so the account stays complete."""
    refs = [attr(r, "residref") or attr(r, "href") or "?" for r in find_all(el, "itemRef")]
    listed = ", ".join(refs[:10]) + (f" (+{len(refs) - 10})" if len(refs) > 10 else "")
    return rejected_member(
        NAME,
        reasons.NOT_AN_ARTICLE,
        f"<packageItem> without guid or metadata only wraps the message's items ({listed or 'none'}); "
        "each item of the message has its own outcome",
    )


def _resolved(items: list[Element], hint: str | None) -> dict[str, str]:
    """guid → published uri of every item of a message, for package members delivered beside them."""
    out: dict[str, str] = {}
    for el in items:
        guid = attr(el, "guid")
        if guid and local(el) in ITEM_ROOTS:
            uri = xmlmap.make_uri(guid, _provider(el, hint), NAME)
            if uri:
                out.setdefault(guid, uri)
    return out


def read_member(el: Element, provider_hint: str | None, resolved: Resolved | None = None) -> list[ParsedItem]:
    """Every output of one item element (see the module docstring); never an empty list."""
    name = local(el)
    if name in ("packageItem", "groupSet"):
        return [read_package(el, provider_hint, resolved)]
    if name in ("conceptItem", "knowledgeItem"):
        return read_concepts(el, provider_hint)
    if name == "planningItem":
        return read_planning(el, provider_hint)
    if name in ("catalogItem", "catalog"):
        return [
            rejected_member(
                NAME,
                reasons.NOT_AN_ARTICLE,
                f"<{name}> is a catalog of vocabularies, not news",
                xmlmap.make_uri(attr(el, "guid"), None, NAME),
            )
        ]
    if name == "newsItem" and _events(el):
        return read_concepts(el, provider_hint)
    return [read_item(el, provider_hint)]


def _items(root: Element) -> list[Element]:
    """The items of a document, in order: the root itself, or the members of a message's itemSet."""
    if local(root) == "newsMessage":
        return [el for s in children(root, "itemSet") for el in s.iterchildren() if local(el)]
    return [root]


class NewsMLG2Parser:
    name = NAME

    def sniff(self, head: bytes) -> bool:
        return root_name(head) in ROOTS

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        root = parse_xml(payload)
        if local(root) not in ROOTS:
            raise ParseError(reasons.UNKNOWN_FORMAT, f"root element <{local(root)}> is not NewsML-G2")
        hint = xmlmap.provider_slug(headers.get("source"))
        out: list[ParsedItem] = []
        items = _items(root)
        message = local(root) == "newsMessage"
        resolved = _resolved(items, hint) if message else {}
        for el in items:
            if message and _wrapper(el):
                out.append(_wrapper_member(el))
            elif local(el) in ITEM_ROOTS or not message:
                out.extend(read_member(el, hint, resolved))
            else:
                out.append(rejected_member(NAME, reasons.NOT_AN_ARTICLE, f"<{local(el)}> in an itemSet is not an item"))
        if not out:
            raise ParseError(reasons.NO_TEXT, f"<{local(root)}> holds no item")
        if len(out) > 1:
            _members_from_package(out)
        return out


PARSER = NewsMLG2Parser()
