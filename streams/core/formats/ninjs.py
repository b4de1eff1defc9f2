"""IPTC ninjs (News in JSON) 1.x, 2.x and 3.x, plus the Superdesk and BBC flavours.

One tolerant mapper reads all three generations (1.x singular names and ``body_*`` pattern properties,
2.x plural lower-case names, 3.x camelCase), because real feeds mix them. Values of the wrong type are
coerced (a number headline becomes text) or ignored, never fatal. Accepted payload shapes: one ninjs
object, a JSON array of them (IPTC "collection" examples), and the BBC wrapper
``{"total", "offset", "item": [...]}``.

Every ninjs type is read: picture/graphic/video/audio keep ``renditions`` (2.x object form and 3.x array
form alike), their caption (``descriptions`` role caption, else the description) and credit line;
``composite`` packages keep their ``associations`` and members delivered inside the payload (associations
that carry their own content) are published as items of their own after the package; event/planning
items keep ``eventDetails`` (dates, organiser, status) and ``plannedCoverage``, rebuilt from known fields so
that they always fit the ninjs 3.0 schema. A text's associations keep what the source says about the
associated object (type, headline, caption, by-line, renditions). :func:`event_details` and
:func:`read_renditions` are shared with the XML parsers.

Body choice (ninjs often carries the same text twice): a plain-text body that keeps line structure
wins; otherwise the HTML/XHTML body (its ``<p>`` give the paragraphs); otherwise any plain body.

Issue #15: the fields that name a provider become info sources (:mod:`streams.core.formats.credits`:
``source``, an organisation as copyright holder, an outlet in the by-line on the item's own host, a by-line
that is only an agency, the agency's site); a body that is a whole NITF document is also read by the NITF
parser, whose date is the text's own date when the ninjs wrapper re-publishes it days later, and whose
distributor and copyright holder are sources; ``rightsInfo`` is kept.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Any

from streams.core import reasons
from streams.core.copy.agencies import DISTRIBUTOR, ORIGINATOR
from streams.core.formats import credits
from streams.core.formats.dates import parse_any
from streams.core.formats.hrefs import place_href
from streams.core.formats.htmltext import html_paragraphs, looks_like_html, text_paragraphs
from streams.core.formats.jsonutil import (
    as_dicts,
    as_int,
    as_str,
    as_strs,
    as_text,
    first,
    head_keys,
    loads,
)
from streams.core.formats.nitf import read_nitf
from streams.core.formats.xmlsafe import local, parse_xml
from streams.core.model import EVENT_TYPES, ITEM_TYPES, MEDIA_TYPES, ParsedItem, rejected_member
from streams.errors import ParseError

# keys that say "ninjs" when seen at the top level of an object (any generation)
_MARKERS = frozenset(
    {
        "headline",
        "headlines",
        "bodies",
        "body_text",
        "body_html",
        "body_xhtml",
        "descriptions",
        "description_text",
        "byline",
        "versioncreated",
        "versionCreated",
        "firstcreated",
        "firstCreated",
        "pubstatus",
        "pubStatus",
        "located",
        "slugline",
        "subject",
        "subjects",
        "urgency",
        "renditions",
        "associations",
        "$standard",
        "standard",
        "eventDetails",
        "altids",
        "altIds",
        "edNote",
        "ednote",
        "copyrightHolder",
        "copyrightholder",
        "infoSources",
        "infosources",
        "representationType",
        "by",
    }
)
# keys that belong to other JSON shapes (scraped records, AP Media API envelopes)
_FOREIGN = frozenset(
    {
        "api_version",
        "link",
        "content",
        "judul",
        "isi",
        "Judul",
        "Link",
        "Kategori",
        "Ringkasan",
        "scraped_at",
        "$schema",
    }
)
_CAMEL = frozenset(
    {
        "firstCreated",
        "versionCreated",
        "contentCreated",
        "pubStatus",
        "embargoedUntil",
        "edNote",
        "infoSources",
        "altIds",
        "copyrightHolder",
        "copyrightNotice",
        "usageTerms",
        "representationType",
        "trustIndicators",
        "rightsInfo",
        "eventDetails",
        "plannedCoverage",
    }
)
_PLURAL = frozenset(
    {
        "headlines",
        "bodies",
        "descriptions",
        "subjects",
        "people",
        "places",
        "organisations",
        "infosources",
        "genres",
        "objects",
        "events",
        "trustindicators",
        "rightsinfo",
    }
)
_HAS_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S")
_PLAIN_TYPES = ("text/plain", "plain", "text")
_ALNUM = re.compile(r"\w")
_XML_HEAD = re.compile(r"\s*<(?:\?xml|nitf)")  # a body that is a whole XML document (NITF inside ninjs)


def ninjs_version(obj: Mapping[str, Any]) -> str:
    """Major ninjs version ("1", "2", "3"): from ``standard.version`` if given, else from the naming style."""
    standard = first(obj, ("standard", "$standard"))
    if isinstance(standard, Mapping):
        version = as_str(standard.get("version"))
        if version and version[:1] in "123":
            return version[:1]
    keys = set(obj)
    if keys & _CAMEL:
        return "3"
    if keys & _PLURAL:
        return "2"
    return "1"


def _text_of(value: Any) -> str | None:
    """Text of a loosely typed field: string, number, list of strings, or an object with ``value``."""
    if isinstance(value, Mapping):
        return as_str(value.get("value"))
    if isinstance(value, list):
        texts = [t for t in (_text_of(v) if not isinstance(v, list) else None for v in value) if t]
        return " ".join(texts) if texts else None
    return as_str(value)


def _inline(value: str | None, html: bool = False) -> str | None:
    """One-line text; HTML flattened when the value (or its content type) says it is markup."""
    if not value:
        return None
    if html or looks_like_html(value):
        return " ".join(html_paragraphs(value)) or None
    return value


def _is_html_type(content_type: str | None, key: str = "") -> bool:
    probe = f"{content_type or ''} {key}".lower()
    return any(token in probe for token in ("html", "xml", "richtext", "nitf"))


def _pick(items: list[tuple[str | None, str]]) -> tuple[str | None, str] | None:
    """Choose among same-text variants: (content-type/key hint, value) pairs, per the module rule."""
    plain = [(t, v) for t, v in items if not _is_html_type(t) and not looks_like_html(v)]
    marked = [(t, v) for t, v in items if (t, v) not in plain]
    for hint, value in plain:
        if "\n" in value.strip():
            return hint, value
    if marked:
        return marked[0]
    return plain[0] if plain else None


def _variants(
    obj: Mapping[str, Any], plural: str, singular: str
) -> tuple[list[tuple[str | None, str]], list[tuple[str | None, str]]]:
    """(main-role variants, other variants) of headlines/descriptions/bodies across generations."""
    main: list[tuple[str | None, str]] = []
    other: list[tuple[str | None, str]] = []
    for entry in as_dicts(obj.get(plural)):
        value = as_str(entry.get("value"))
        if not value or not value.strip():
            continue
        hint = as_str(first(entry, ("contentType", "contenttype")))
        role = (as_str(entry.get("role")) or "").lower()
        if role in ("creditline", "credit"):
            continue
        target = other if role in ("sub", "subheadline", "subtitle", "alternative", "short") else main
        target.append((hint, value))
    prefix = f"{singular}_"
    for key in obj:
        if key == singular or (type(key) is str and key.startswith(prefix)):
            if key.endswith(("_creditline", "_credit")):
                continue
            value = _text_of(obj[key])
            if value and value.strip():
                main.append((key, value))
    return main, other


def _concept(entry: Mapping[str, Any], kind: str) -> dict[str, Any] | None:
    """A ninjs 3.0 concept from any generation (1.x/AP ``{code, name, scheme, rels}`` included).

    ``kind`` decides which properties the 3.0 schema allows: ``subject`` {name, uri, literal, rel, creator,
    relevance, confidence}, ``entity`` (people, organisations, places) {name, uri, literal, rel,
    contactInfo}, ``genre`` {name, uri, literal}.
    """
    name = as_str(entry.get("name"))
    uri = as_str(entry.get("uri"))
    literal = as_str(entry.get("literal"))
    code = as_str(first(entry, ("code", "qcode")))
    scheme = as_str(entry.get("scheme"))
    if not uri and code and scheme and scheme.startswith(("http://", "https://")):
        uri = scheme + code if scheme.endswith(("/", "#", ":")) else f"{scheme}/{code}"
    elif code and not literal:
        literal = code
    out: dict[str, Any] = {}
    for key, value in (("name", name), ("uri", uri), ("literal", literal)):
        if value and value.strip():
            out[key] = value.strip()
    if not out:
        return None
    if kind != "genre":
        rel = as_str(entry.get("rel")) or next(iter(as_strs(entry.get("rels"))), None)
        if rel:
            out["rel"] = rel
    if kind == "entity":
        contacts = contact_info(entry.get("contactInfo"))
        if contacts:  # a venue's address and web page (ninjs 3.0 places, organisations, people)
            out["contactInfo"] = contacts
    if kind == "subject":
        creator = as_str(entry.get("creator"))
        if creator:
            out["creator"] = creator
        for key in ("relevance", "confidence"):
            number = entry.get(key)
            if isinstance(number, int | float) and not isinstance(number, bool):
                out[key] = number
    return out


_ADDRESS_KEYS = ("locality", "area", "postalCode", "country")


def contact_info(value: Any) -> list[dict[str, Any]]:
    """ninjs 3.0 ``contactInfo`` entries (a value: web address, phone …; or a postal ``address``), as
    the schema allows them: an event venue's address and URL are what a reader needs to get there."""
    contacts = []
    for entry in as_dicts(value):
        contact: dict[str, Any] = {
            k: v.strip() for k in ("type", "role", "lang", "name", "value") if (v := as_str(entry.get(k))) and v.strip()
        }
        raw = entry.get("address")
        if isinstance(raw, Mapping):
            address: dict[str, Any] = {k: v.strip() for k in _ADDRESS_KEYS if (v := as_str(raw.get(k))) and v.strip()}
            lines = [line.strip() for line in as_strs(raw.get("lines")) if line.strip()]
            if lines:
                address["lines"] = lines
            if address:
                contact["address"] = address
        if "value" in contact or "address" in contact:
            contacts.append(contact)
    return contacts


# words of an office or post: a source person "Vice-President, Yang Yang" or "WADA's President, Witold Bańka"
# names the post before the comma; "Smith, John" (surname first) has none of them and stays
_POST_WORDS = frozenset(
    [
        "president",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "director",
        "general",
        "secretary",
        "minister",
        "chief",
        "ceo",
        "cfo",
        "coo",
        "head",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "ambassador",
        "commissioner",
        "manager",
        "coach",
        "founder",
        "officer",
        "editor",
        "senator",
        "mayor",
        "premier",
        "chancellor",
        "captain",
        "deputy",
        "vice",
        "executive",
        "leader",
    ]
)
_WORD_SPLIT = re.compile(r"[\s\-’'/]+")
_PERSON_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'.-]*")


def _post_before_name(name: str) -> str | None:
    """The person's own name when a source ``people`` value is "post, name" ("Director General, Olivier
    Niggli", "Chair of WADA's Independent Observer Team …, Hitesh Patel"): the name is what the field holds
    (the post is in the text the roles come from), and kept whole it duplicates the name the text gives.
    None when the value is no such pair: the part before the last comma names no post, or the part after
    is not two to four capitalised words ("Smith, John", "King, Jr.")."""
    head, sep, tail = name.rpartition(",")
    if not sep:
        return None
    tokens = tail.split()
    if not (2 <= len(tokens) <= 4 and all(_PERSON_TOKEN.fullmatch(t) for t in tokens)):
        return None
    if any(t.casefold() in _POST_WORDS for t in _WORD_SPLIT.split(tail)):
        return None
    words = {w.casefold() for w in _WORD_SPLIT.split(head) if w}
    return " ".join(tokens) if words & _POST_WORDS else None


def own_names(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Source people (ninjs, NewsML-G2, AP), a "post, name" value cut to the name (:func:`_post_before_name`);
    one value per name (casefolded, spaces normalised): AP sends a person twice, coded by its machine and
    uncoded by its editor ("Paul Simon" direct, "Paul Simon" personfeatured), and a subscriber would show
    both (session 18 ‡). The first entry stays and takes the code or literal only a later one has."""
    out: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for person in people:
        name = person.get("name")
        if isinstance(name, str) and (own := _post_before_name(name)):
            person = {**person, "name": own}
        name = person.get("name")
        key = " ".join(name.split()).casefold() if isinstance(name, str) and name.strip() else None
        if key is None:
            if person not in out:
                out.append(person)
        elif key in seen:
            first = out[seen[key]]
            out[seen[key]] = {**person, **first} if person.keys() - first.keys() else first
        else:
            seen[key] = len(out)
            out.append(person)
    return out


def concepts(obj: Mapping[str, Any], *names: str, kind: str = "entity") -> list[dict[str, Any]]:
    """All concepts under any of ``names`` (e.g. ``"subjects", "subject"``), de-duplicated, in order."""
    out: list[dict[str, Any]] = []
    for name in names:
        for entry in as_dicts(obj.get(name)):
            concept = _concept(entry, kind)
            if concept and concept not in out:
                out.append(concept)
    return out


def _alt_ids(value: Any) -> list[dict[str, Any]]:
    """``altIds`` as ``[{role, value}]``; the 1.x object form ``{"itemid": "..."}`` is converted."""
    if isinstance(value, Mapping):
        return [{"role": str(k), "value": v} for k, v in ((k, as_str(v)) for k, v in value.items()) if v]
    out = []
    for entry in as_dicts(value):
        text = as_str(entry.get("value"))
        if text:
            out.append({"role": as_str(entry.get("role")) or "id", "value": text})
    return out


def _association_pairs(value: Any) -> list[tuple[str, Mapping[str, Any]]]:
    """(name, object) of the 1.x/2.x object form ``{name: {...}}`` and the 3.x array form."""
    if isinstance(value, Mapping):
        return [(str(k), v) for k, v in value.items() if isinstance(v, Mapping)]
    return [(as_str(v.get("name")) or as_str(v.get("id")) or "association", v) for v in as_dicts(value)]


def _association_uri(entry: Mapping[str, Any], provider: str | None) -> str | None:
    """The associated object's uri: its uri/guid, else (Superdesk/BBC embeds) its original rendition's href."""
    uri = as_str(entry.get("uri")) or make_uri(as_str(entry.get("guid")), provider)
    if not uri:
        hrefs = [r["href"] for r in read_renditions(entry.get("renditions")) if "href" in r]
        uri = hrefs[0] if hrefs else None
    return uri if uri and _HAS_SCHEME.match(uri) else None


def _associations(value: Any, provider: str | None) -> list[dict[str, Any]]:
    """Associations with the two required ninjs 3.0 properties (``name``, ``uri``) and what the source
    says about the associated object: type, version, headline, caption, by-line, rights, its edNote
    ("FILE PHOTO") and its own firstCreated (a file picture is older than the story), renditions."""
    out = []
    for name, entry in _association_pairs(value):
        uri = _association_uri(entry, provider)
        if not uri:
            continue
        assoc: dict[str, Any] = {"name": name, "uri": uri}
        for key in ("rel", "version"):
            text = as_str(entry.get(key))
            if text:
                assoc[key] = text
        kind = (as_str(entry.get("type")) or "").lower()
        if kind in ITEM_TYPES:
            assoc["type"] = kind
        heads, subs = _variants(entry, "headlines", "headline")
        if heads or subs:
            headline = _inline((heads or subs)[0][1])
            if headline:
                assoc["headlines"] = [{"role": "main", "value": headline}]
        caption = _caption(entry)
        if caption:
            assoc["descriptions"] = [{"role": "caption", "value": caption}]
        for key, names in (
            ("by", ("by", "byline")),
            ("located", ("located",)),
            ("copyrightHolder", ("copyrightHolder", "copyrightholder")),
            ("copyrightNotice", ("copyrightNotice", "copyrightnotice")),
            ("usageTerms", ("usageTerms", "usageterms")),
        ):
            text = as_text(first(entry, names), sep=", ")
            if text:
                assoc[key] = text
        note = as_str(first(entry, ("edNote", "ednote")))
        if note and note.strip():  # "WEDNESDAY, JULY 8, 2015, FILE PHOTO": the picture is not of today
            assoc["edNote"] = " ".join(note.split())
        for key, names in (
            ("firstCreated", ("firstCreated", "firstcreated")),
            ("versionCreated", ("versionCreated", "versioncreated")),
        ):
            created = parse_any(first(entry, names))
            if created:
                assoc[key] = created
        language = as_str(entry.get("language"))
        if language:
            assoc["language"] = language
        renditions = read_renditions(entry.get("renditions"))
        if renditions:
            assoc["renditions"] = renditions
        out.append(assoc)
    return out


def _roled(obj: Mapping[str, Any], roles: tuple[str, ...]) -> str | None:
    """The first ``descriptions`` entry whose role is one of ``roles`` (flattened to one line)."""
    for entry in as_dicts(obj.get("descriptions")):
        if (as_str(entry.get("role")) or "").lower() in roles:
            value = _inline(
                as_str(entry.get("value")), _is_html_type(as_str(first(entry, ("contentType", "contenttype"))))
            )
            if value:
                return value
    return None


def _caption(obj: Mapping[str, Any]) -> str | None:
    """A media object's caption: ``descriptions`` role caption, else its description (any generation)."""
    caption = _roled(obj, ("caption", "text")) or _inline(as_str(obj.get("description_caption")))
    if caption:
        return caption
    descs, other = _variants(obj, "descriptions", "description")
    plain = [(h, v) for h, v in descs if (h or "").lower() not in ("creditline",)]
    chosen = _pick(plain or other)
    return _inline(chosen[1], _is_html_type(chosen[0])) if chosen else None


def _info_sources(obj: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for entry in as_dicts(first(obj, ("infoSources", "infosources", "infosource"))):
        source = {k: v for k in ("name", "role", "uri", "literal") if (v := as_str(entry.get(k)))}
        if source:
            out.append(source)
    return out


def _provider(obj: Mapping[str, Any]) -> str | None:
    """Provider from Superdesk's ``source`` or AP's ``provider`` ("AAP" → "aap")."""
    value = as_str(first(obj, ("source", "provider")))
    if not value:
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return slug or None


def make_uri(identifier: str | None, provider: str | None, namespace: str = "ninjs") -> str | None:
    """An identifier that is already a URI stays; a bare id becomes ``urn:<provider>:<id>``."""
    if not identifier or not identifier.strip():
        return None
    identifier = identifier.strip()
    if _HAS_SCHEME.match(identifier):
        return identifier
    return f"urn:{provider or namespace}:{identifier}"


_KIND_ALIASES = {
    "story": "text",
    "preformatted": "text",
    "image": "picture",
    "photo": "picture",
    "package": "composite",
    "graphics": "graphic",
}


def item_kind(obj: Mapping[str, Any]) -> str:
    """The ninjs ``type`` (IPTC ninature); aliases (Superdesk ``preformatted``, BBC ``story``) mapped,
    missing or unknown types inferred for events/planning, else "text"."""
    kind = (as_str(obj.get("type")) or "").lower()
    kind = _KIND_ALIASES.get(kind, kind)
    if kind in ITEM_TYPES:
        return kind
    if "eventDetails" in obj or "eventdetails" in obj:
        return "event"
    if "plannedCoverage" in obj or "plannedcoverage" in obj:
        return "planning"
    return "text"


# AP's Media API (its ninjs and JSON) states a rendition's ``duration`` in milliseconds, as its NewsML-G2 says
# outright (``duration="59000" durationunit="timeunit:milliseconds"`` for a 59-second clip, developer.ap.org
# Media API 2.2.16 release notes); ninjs wants seconds (an AP audio bite of 189,504 bytes is 7.9 s, not 7,896 s)
_MEDIA_API = re.compile(r"^https?://(?:api\.ap\.org|mapi\.associatedpress\.com)/", re.IGNORECASE)


def _milliseconds(renditions: list[dict[str, Any]]) -> None:
    """Durations stated in milliseconds, in seconds."""
    for rendition in renditions:
        duration = rendition.get("duration")
        if isinstance(duration, int | float):
            seconds = duration / 1000
            rendition["duration"] = int(seconds) if float(seconds).is_integer() else seconds


def _untyped_kind(obj: Mapping[str, Any], renditions: list[dict[str, Any]]) -> str:
    """The kind of an item whose source states no ``type``: events and planning by their details, else the
    one medium all its typed renditions share (IPTC's renditions example: two JPEGs and a "..." body is a
    picture, not a text), else text."""
    kind = item_kind(obj)
    if kind != "text":
        return kind
    majors = {str(r["contentType"]).split("/", 1)[0].lower() for r in renditions if r.get("contentType")}
    medium = {"image": "picture", "video": "video", "audio": "audio"}.get(majors.pop()) if len(majors) == 1 else None
    return medium or kind


def _number(value: Any, integer: bool = True) -> int | float | None:
    """A non-negative number from a JSON number or numeric string ("172"); else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value) and value >= 0:
        return int(value) if integer else (int(value) if float(value).is_integer() else float(value))
    return None


def read_rendition(name: str, entry: Mapping[str, Any]) -> dict[str, Any] | None:
    """One rendition in ninjs 3.0 shape from any generation's spelling (``mimetype``, ``sizeinbytes`` ...)."""
    out: dict[str, Any] = {"name": as_str(entry.get("name")) or name}
    place_href(out, as_str(first(entry, ("href", "url", "uri"))))  # ninjs states no base: a relative link is kept
    ctype = as_str(first(entry, ("contentType", "contenttype", "mimetype", "mimeType")))
    if ctype:
        out["contentType"] = ctype
    for key in ("title", "format", "aspectRatio", "videoCodec", "scanType", "bitrate", "transportProtocol"):
        text = as_str(first(entry, (key, key.lower())))
        if text:
            out[key] = text
    poi = entry.get("poi")
    if isinstance(poi, Mapping) and all(isinstance(_number(poi.get(k)), int) for k in ("x", "y")):
        out["poi"] = {"x": _number(poi.get("x")), "y": _number(poi.get("y"))}  # a crop's point of interest
    for key, names in (
        ("width", ("width",)),
        ("height", ("height",)),
        ("sizeInBytes", ("sizeInBytes", "sizeinbytes", "size", "filesize")),
    ):
        number = _number(first(entry, names))
        if number is not None:
            out[key] = number
    for key, spellings in (("duration", ("duration",)), ("frameRate", ("frameRate", "framerate"))):
        number = _number(first(entry, spellings), integer=False)
        if number is not None:
            out[key] = number
    return out if len(out) > 1 else None


def read_renditions(value: Any) -> list[dict[str, Any]]:
    """Renditions from the 2.x object form ``{name: {...}}`` or the 3.x array form ``[{name, ...}]``."""
    pairs: list[tuple[str, Mapping[str, Any]]]
    if isinstance(value, Mapping):
        pairs = [(str(k), v) for k, v in value.items() if isinstance(v, Mapping)]
    else:
        pairs = [(f"rendition{i + 1}", v) for i, v in enumerate(as_dicts(value))]
    return [r for r in (read_rendition(n, e) for n, e in pairs) if r]


_TRUNCATED = re.compile(r"^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")


def _truncated(value: str | None) -> str | None:
    """A truncated date (``2023``, ``2023-10``, ``2023-10-05`` or a full date-time) as the schema allows."""
    text = (value or "").strip()
    return text if _TRUNCATED.match(text) else None


def event_details(
    start: str | None = None,
    end: str | None = None,
    *,
    status: str | None = None,
    organiser: Mapping[str, Any] | None = None,
    duration: str | None = None,
) -> dict[str, Any]:
    """A ninjs 3.0 ``eventDetails`` that always validates: a full date-time becomes ``startDate``/``endDate``
    (UTC), a date-only or partial value ``expectedStartDate``/``expectedEndDate``; the organiser keeps name,
    uri, literal, rel and contact values; ``status`` only when it is a URI."""
    dates: dict[str, Any] = {}
    for value, exact, expected in ((start, "startDate", "expectedStartDate"), (end, "endDate", "expectedEndDate")):
        text = (value or "").strip()
        if not text:
            continue
        if "T" in text and (stamp := parse_any(text)):
            dates[exact] = stamp
        elif truncated := _truncated(text):
            dates[expected] = truncated
    if duration and duration.strip().startswith("P"):
        dates["expectedDuration"] = duration.strip()
    out: dict[str, Any] = {}
    if dates and ({"startDate", "expectedStartDate", "endDate", "expectedEndDate"} & set(dates)):
        out["dates"] = dates
    if organiser:
        org: dict[str, Any] = {
            k: v.strip()
            for k in ("name", "rel", "uri", "literal")
            if isinstance(v := organiser.get(k), str) and v.strip()
        }
        if "uri" in org and not _HAS_SCHEME.match(org["uri"]):
            org["literal"] = org.get("literal") or org.pop("uri")
            org.pop("uri", None)
        contacts = contact_info(organiser.get("contactInfo"))
        if contacts:
            org["contactInfo"] = contacts
        if org:
            out["organiser"] = org
    if status and _HAS_SCHEME.match(status):
        out["eventStatus"] = status
    return out


def _ninjs_event(obj: Mapping[str, Any]) -> dict[str, Any]:
    """``eventDetails`` of a ninjs event (3.x ``eventDetails``, lower-case 2.x spelling too)."""
    details = first(obj, ("eventDetails", "eventdetails"))
    if not isinstance(details, Mapping):
        return {}
    raw_dates = details.get("dates")
    dates: Mapping[str, Any] = raw_dates if isinstance(raw_dates, Mapping) else {}
    start = as_str(first(dates, ("startDate", "startdate", "expectedStartDate", "estimatedStartDate")))
    end = as_str(first(dates, ("endDate", "enddate", "expectedEndDate", "estimatedEndDate")))
    organiser = details.get("organiser")
    return event_details(
        start,
        end,
        status=as_str(first(details, ("eventStatus", "eventstatus"))),
        organiser=organiser if isinstance(organiser, Mapping) else None,
        duration=as_str(dates.get("expectedDuration")),
    )


def _planned_coverage(obj: Mapping[str, Any]) -> list[dict[str, Any]]:
    """``plannedCoverage`` entries with the schema-safe fields (uri, title, pubStatus, type, edNote, language)."""
    out = []
    for entry in as_dicts(first(obj, ("plannedCoverage", "plannedcoverage"))):
        cover: dict[str, Any] = {}
        uri = as_str(entry.get("uri"))
        if uri and _HAS_SCHEME.match(uri):
            cover["uri"] = uri
        for key in ("title", "edNote", "language"):
            if text := as_str(entry.get(key)):
                cover[key] = text
        status = (as_str(entry.get("pubStatus")) or "").lower()
        if status in ("usable", "withheld", "canceled"):
            cover["pubStatus"] = status
        kind = (as_str(entry.get("type")) or "").lower()
        if kind in ITEM_TYPES:
            cover["type"] = kind
        if cover:
            out.append(cover)
    return out


def body_paragraphs(obj: Mapping[str, Any]) -> list[str]:
    """The body of a ninjs object as plain paragraphs (see the module rule for which variant)."""
    main, other = _variants(obj, "bodies", "body")
    chosen = _pick(main or other)
    if chosen is None:
        return []
    hint, value = chosen
    paragraphs = text_paragraphs(value, _is_html_type(hint))
    # placeholder bodies such as "..." or "[ ... ]" carry no text
    return paragraphs if any(_ALNUM.search(p) for p in paragraphs) else []


_REPUBLISHED_DAYS = 2  # a text dated this much before its ninjs wrapper was written then, not re-dated


def _text_description(obj: Mapping[str, Any]) -> tuple[str | None, str] | None:
    """(content type, value) of a ``descriptions`` entry whose role says it is the item's text (``text``,
    ``body``): on a text item that sends no body, that entry is the body (NTB ninjs), not a summary."""
    for entry in as_dicts(obj.get("descriptions")):
        value = as_str(entry.get("value"))
        if value and value.strip() and (as_str(entry.get("role")) or "").lower() in ("text", "body"):
            return as_str(first(entry, ("contentType", "contenttype"))), value
    return None


def _embedded_nitf(obj: Mapping[str, Any]) -> ParsedItem | None:
    """The NITF document a ninjs body carries (``contentType`` ``text/vnd.IPTC.NITF``, or a value that is
    an ``<nitf>`` document), read by the NITF parser; None when there is none or it does not parse."""
    for entry in as_dicts(obj.get("bodies")):
        value = as_str(entry.get("value"))
        if not value:
            continue
        hint = as_str(first(entry, ("contentType", "contenttype"))) or ""
        if "nitf" not in hint.lower() and not _XML_HEAD.match(value):
            continue
        try:
            root = parse_xml(value.encode("utf-8"))
        except ParseError:
            return None
        return read_nitf(root) if local(root) == "nitf" else None
    return None


def _from_nitf(item: ParsedItem, nitf: ParsedItem) -> None:
    """What an embedded NITF adds to its ninjs wrapper: the text's own date (a text written in 2008 and
    re-published in a 2023 ninjs is dated 2008: relative dates in it anchor there), its distributor and
    copyright holder as info sources, and the rights fields the wrapper lacks."""
    written = nitf.first_created or nitf.version_created or nitf.content_created
    wrapper = item.first_created or item.version_created
    if written and (wrapper is None or _days_before(written, wrapper) > _REPUBLISHED_DAYS):
        item.first_created = written
        item.extra["firstCreatedFrom"] = "nitf"
    for source in nitf.info_sources:
        credits.add_source(item, source.get("name"), str(source.get("role") or ORIGINATOR))
    item.copyright_holder = item.copyright_holder or nitf.copyright_holder
    item.copyright_notice = item.copyright_notice or nitf.copyright_notice
    credits.copyright_source(item)


def _days_before(earlier: str, later: str) -> float:
    """Days from ``earlier`` to ``later`` (RFC 3339 UTC stamps as the parsers write them); 0 if unreadable."""
    try:
        gap = dt.datetime.fromisoformat(later.replace("Z", "+00:00")) - dt.datetime.fromisoformat(
            earlier.replace("Z", "+00:00")
        )
    except ValueError:
        return 0.0
    return gap.total_seconds() / 86400


def rights_info(value: Mapping[str, Any]) -> dict[str, str] | None:
    """ninjs ``rightsInfo`` (2.x lower-case spelling too) in the 3.0 shape: ``langId`` and ``linkedRights``
    when they are URIs, ``encodedRights`` as text; None when neither rights form is there (the schema
    requires one of them)."""
    out: dict[str, str] = {}
    for key in ("langId", "linkedRights", "encodedRights"):
        text = as_str(first(value, (key, key.lower())))
        if text and text.strip() and (key == "encodedRights" or _HAS_SCHEME.match(text.strip())):
            out[key] = text.strip()
    return out if ("linkedRights" in out or "encodedRights" in out) else None


def _provider_sources(obj: Mapping[str, Any], item: ParsedItem) -> None:
    """Info sources from the fields that name a provider (issue #15): Superdesk/AP ``source``/``provider``,
    an organisation as copyright holder, an outlet in the by-line that is the item's own host, and a
    by-line that is only an agency name (NTB's ``"by": "NTB"``: a source, not a by-line)."""
    provider = as_str(first(obj, ("source", "provider")))
    if provider and not provider.startswith(("http://", "https://")):
        credits.add_source(item, provider, ORIGINATOR)
    if item.copyright_holder:
        credits.copyright_source(item)
    site = credits.uri_agency(item.uri)
    if site:  # a package member on the agency's media host (mms.businesswire.com)
        credits.add_source(item, site, ORIGINATOR)
    if not item.by:
        return
    via = credits.via_agency(item.by)
    if via:  # "DHA via AP": AP distributes DHA's picture
        credits.add_source(item, via, DISTRIBUTOR if item.info_sources else ORIGINATOR)
    agency = credits.agency_byline(item.by)
    if agency:
        credits.add_source(item, agency, ORIGINATOR)
        item.by = None
        return


def map_ninjs(obj: Mapping[str, Any], fmt: str = "ninjs") -> ParsedItem:
    """Map one ninjs object (any generation) onto a :class:`ParsedItem`."""
    provider = _provider(obj)
    raw_uri = as_str(obj.get("uri"))
    guid = as_str(obj.get("guid"))
    item = ParsedItem(format=fmt, provider=provider, uri=make_uri(raw_uri or guid, provider))

    heads, subs = _variants(obj, "headlines", "headline")
    if heads or subs:
        hint, value = (heads or subs)[0]
        item.headline = _inline(value, _is_html_type(hint))
        if heads and subs:
            item.subheadline = _inline(subs[0][1], _is_html_type(subs[0][0]))
    descs, other_descs = _variants(obj, "descriptions", "description")
    item.paragraphs = body_paragraphs(obj)
    text = None if item.paragraphs or item_kind(obj) != "text" else _text_description(obj)
    if text is not None:  # NTB: the item's only text is a description with the role "text"
        item.paragraphs = text_paragraphs(text[1], _is_html_type(text[0]))
        descs = [d for d in descs if d != text]
        other_descs = [d for d in other_descs if d != text]
    chosen = _pick(descs or other_descs)
    if chosen:
        item.description = _inline(chosen[1], _is_html_type(chosen[0]))
        if item.paragraphs and " ".join(item.paragraphs) == item.description:
            item.description = None

    item.version = as_str(obj.get("version"))
    status = (as_str(first(obj, ("pubStatus", "pubstatus"))) or "").lower()
    item.pub_status = (
        {"cancelled": "canceled"}.get(status, status)
        if status in ("usable", "withheld", "canceled", "cancelled")
        else "usable"
    )
    item.first_created = parse_any(first(obj, ("firstCreated", "firstcreated")))
    item.version_created = parse_any(first(obj, ("versionCreated", "versioncreated")))
    item.content_created = parse_any(first(obj, ("contentCreated", "contentcreated")))
    item.embargoed_until = parse_any(first(obj, ("embargoedUntil", "embargoed")))
    item.expires = parse_any(obj.get("expires"))
    urgency = as_int(obj.get("urgency"))
    item.urgency = urgency if urgency is not None and 1 <= urgency <= 9 else None
    item.language = as_str(obj.get("language"))
    item.by = as_text(first(obj, ("by", "byline")), sep=", ")
    item.located = as_str(obj.get("located"))
    item.slugline = as_str(obj.get("slugline"))
    item.title = as_str(obj.get("title"))
    item.ed_note = as_str(first(obj, ("edNote", "ednote")))
    item.copyright_holder = as_str(first(obj, ("copyrightHolder", "copyrightholder")))
    item.copyright_notice = as_str(first(obj, ("copyrightNotice", "copyrightnotice")))
    item.usage_terms = as_text(first(obj, ("usageTerms", "usageterms")))

    item.subjects = concepts(obj, "subjects", "subject", kind="subject")
    item.people = own_names(concepts(obj, "people", "person"))
    item.organisations = concepts(obj, "organisations", "organisation")
    item.places = concepts(obj, "places", "place")
    item.genres = concepts(obj, "genres", "genre", kind="genre")
    item.keywords = as_strs(obj.get("keywords"))
    item.info_sources = _info_sources(obj)
    item.alt_ids = _alt_ids(first(obj, ("altIds", "altids")))
    if raw_uri and guid and guid != raw_uri:
        item.alt_ids.append({"role": "guid", "value": guid})
    item.associations = _associations(obj.get("associations"), provider)
    item.signals = as_strs(obj.get("signals"))
    item.contributors = [
        {"role": as_str(a.get("role")) or "writer", "name": name}
        for a in as_dicts(obj.get("authors"))
        if (name := as_str(a.get("name")))
    ]
    item.renditions = read_renditions(obj.get("renditions"))
    if _MEDIA_API.match(item.uri or "") or any(_MEDIA_API.match(r.get("href", "")) for r in item.renditions):
        _milliseconds(item.renditions)
    item.kind = kind = item_kind(obj) if as_str(obj.get("type")) else _untyped_kind(obj, item.renditions)
    item.creditline = _roled(obj, ("creditline", "credit")) or as_str(
        first(obj, ("creditline", "creditLine", "description_creditline"))
    )
    photographer = obj.get("photographer")
    if not item.by and isinstance(photographer, Mapping):
        item.by = as_str(photographer.get("name"))
    if kind in MEDIA_TYPES:
        item.caption = _caption(obj)
        if item.description == item.caption:
            item.description = None
    if kind in EVENT_TYPES:
        item.event_details = _ninjs_event(obj)
        item.planned_coverage = _planned_coverage(obj)
    item.extra = {"ninjsVersion": ninjs_version(obj)}
    sent = (as_str(obj.get("type")) or "").strip().lower()
    if sent and sent not in ITEM_TYPES and sent not in _KIND_ALIASES:
        item.extra["type"] = sent  # a type ninjs lacks (the BBC's "advisory"): kept, not lost to "text"
    profile = as_str(obj.get("profile"))
    if profile:
        item.extra["profile"] = profile
    _provider_sources(obj, item)
    rights = first(obj, ("rightsInfo", "rightsinfo"))
    if isinstance(rights, Mapping):
        item.rights_info = rights_info(rights)
    if "bodies" in obj and (nitf := _embedded_nitf(obj)) is not None:
        _from_nitf(item, nitf)
        if _fuller(nitf.paragraphs, item.paragraphs):
            item.paragraphs = nitf.paragraphs
    return item


def _fuller(candidate: list[str], chosen: list[str]) -> bool:
    """Does the embedded NITF body hold the chosen plain body and more? IPTC's press-conference example
    sends both, and its plain text lacks the NITF's lead paragraph: the lead is the story's most important
    paragraph, so the reader gets the variant that has all of the text (whitespace and case aside), not
    a fixed preference for plain text. A NITF that differs in wording is no superset and changes nothing."""
    full = " ".join(" ".join(candidate).split()).casefold()
    short = " ".join(" ".join(chosen).split()).casefold()
    return bool(short) and len(full) > len(short) and short in full


def embedded_members(obj: Mapping[str, Any], item: ParsedItem, fmt: str) -> list[ParsedItem]:
    """Members a ``composite`` delivers inside itself (associations with their own content), as items of
    their own; their uri is the association's, so the package's associations resolve to them. A member
    without a headline or language of its own (Business Wire's logo and video: renditions only) takes the
    package's, as NewsML-G2 members delivered with their package do."""
    if item.kind != "composite":
        return []
    members = []
    for name, entry in _association_pairs(obj.get("associations")):
        has_content = any(
            k in entry
            for k in (
                "bodies",
                "body_text",
                "body_html",
                "body_xhtml",
                "renditions",
                "headlines",
                "headline",
                "descriptions",
                "description_text",
            )
        )
        uri = _association_uri(entry, item.provider)
        if not has_content or not uri:
            continue
        member = map_ninjs(entry, fmt)
        member.uri = uri
        member.provider = member.provider or item.provider
        member.extra["memberOf"] = {"uri": item.uri, "name": name}
        if not member.headline and item.headline and (member.renditions or member.paragraphs):
            # a release's logo or clip: renditions only (one with no usable rendition stays a dead letter)
            member.headline = item.headline
            member.extra["headlineFrom"] = "package"
        member.language = member.language or item.language  # the package's stated language is its members'
        members.append(member)
    return members


def _objects(data: Any) -> list[Any]:
    """The members of a payload: one object, an array, or the BBC ``item`` wrapper (array members that are
    not objects are kept, so that each gets its own dead letter)."""
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping):
        wrapped = data.get("item")
        if "uri" not in data and "guid" not in data and isinstance(wrapped, list | Mapping):
            return wrapped if isinstance(wrapped, list) else [wrapped]
        return [data]
    raise ParseError(reasons.MALFORMED_JSON, f"ninjs must be an object or array, not {type(data).__name__}")


def _specific(keys: set[str]) -> int:
    prefixed = any(k.startswith(("body_", "headline_", "description_")) for k in keys)
    return len(keys & _MARKERS) + int(prefixed)


def looks_like_ninjs(keys: set[str]) -> bool:
    """Top-level keys of a JSON object that make it ninjs (any generation)."""
    if keys & _FOREIGN:
        return False
    score = _specific(keys)
    return (score >= 1 and bool(keys & {"uri", "guid"})) or score >= 2


class NinjsParser:
    name = "ninjs"

    def sniff(self, head: bytes) -> bool:
        kind, keys = head_keys(head)
        if not kind:
            return False
        if kind == "[":
            return looks_like_ninjs({k for d, k in keys if d == 2})
        top = {k for d, k in keys if d == 1}
        if "item" in top and top & {"total", "offset", "limit"}:
            return looks_like_ninjs({k for d, k in keys if d == 3})
        return looks_like_ninjs(top)

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        items = []
        for obj in _objects(loads(payload)):
            if not isinstance(obj, Mapping):
                items.append(
                    rejected_member(
                        self.name, reasons.MALFORMED_JSON, f"array member is a {type(obj).__name__}, not a ninjs object"
                    )
                )
                continue
            item = map_ninjs(obj, self.name)
            items.append(item)
            items.extend(embedded_members(obj, item, self.name))
        return items


PARSER = NinjsParser()
