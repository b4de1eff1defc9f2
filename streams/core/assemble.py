"""Turn a normalised :class:`ParsedItem` into a ninjs 3.0 news object dict (before enrichment).

Every ninjs type goes through here: ``type`` is the parser's ``kind``; media keep ``renditions`` and their
caption as ``descriptions`` role ``caption``; events keep ``eventDetails`` / ``plannedCoverage``;
associations keep what the source says about the associated object (type, headline, caption, by-line,
renditions ...) as ninjs properties of the association (ninjs 3.0 allows every ninjs property there).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from streams.core.formats.hrefs import RELATIVE_KEY
from streams.core.model import EVENT_TYPES, ITEM_TYPES, Article, Origin, ParsedItem
from streams.core.text import ABSOLUTE_URI

NINJS_STANDARD = {
    "name": "ninjs",
    "version": "3.0",
    "schema": "https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json",
}
PARSER_VERSION = "1"


# ninjs properties an association may carry besides name/uri/rel (ninjs 3.0: any ninjs property)
_ASSOC_KEYS = frozenset(
    {
        "name",
        "uri",
        "rel",
        "type",
        "version",
        "pubStatus",
        "headlines",
        "descriptions",
        "bodies",
        "by",
        "located",
        "renditions",
        "copyrightHolder",
        "copyrightNotice",
        "usageTerms",
        "edNote",
        "firstCreated",
        "versionCreated",
        "contentCreated",
        "language",
        "slugline",
        "title",
        "subjects",
        "altIds",
        "associations",
    }
)
_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def _language(value: str | None) -> str | None:
    """A source-stated language only if it looks like a BCP 47 tag (else enrichment detects it)."""
    value = (value or "").strip().replace("_", "-")
    return value if _BCP47.match(value) else None


_SPACE = re.compile(r"\s")


def _uri_or_none(value: Any) -> str | None:
    """A URI with whitespace percent-encoded (ids and links built from feed hosts can carry it), or ``None``."""
    uri = str(value or "").strip()
    if " " in uri or not uri.isprintable():  # fast gate: the regex only for the rare URI with whitespace
        uri = _SPACE.sub(lambda m: quote(m.group()), uri)
    return uri if ABSOLUTE_URI.match(uri) else None


# media types written by their file extension or a legacy alias ("image/jpg" in AP, PA and IPTC examples):
# the registered name, so a consumer's type check matches
_MEDIA_TYPE_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "image/x-png": "image/png"}
_MEDIA_TYPE_ALIASES |= {"audio/mp3": "audio/mpeg", "audio/x-mp3": "audio/mpeg"}


def renditions(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ninjs 3.0 renditions: a name, hrefs that are URIs (spaces encoded), typed numbers, registered media
    types; empties dropped."""
    out: list[dict[str, Any]] = []
    for index, rendition in enumerate(items):
        entry: dict[str, Any] = {"name": str(rendition.get("name") or f"rendition{index + 1}")}
        href = _uri_or_none(rendition.get("href"))
        if href:
            entry["href"] = href
        for key in ("contentType", "title", "format", "aspectRatio", "videoCodec", "bitrate", "transportProtocol"):
            value = rendition.get(key)
            if isinstance(value, str) and value.strip():
                entry[key] = value.strip()
        scan = str(rendition.get("scanType") or "").strip().lower()
        if scan in ("progressive", "interlaced"):
            entry["scanType"] = scan
        poi = rendition.get("poi")
        if isinstance(poi, dict) and all(
            isinstance(poi.get(k), int) and not isinstance(poi.get(k), bool) for k in "xy"
        ):
            entry["poi"] = {"x": poi["x"], "y": poi["y"]}
        for key in ("width", "height", "sizeInBytes"):
            value = rendition.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                entry[key] = value
        for key in ("duration", "frameRate"):
            value = rendition.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                entry[key] = value
        if "contentType" in entry:
            entry["contentType"] = _MEDIA_TYPE_ALIASES.get(entry["contentType"].lower(), entry["contentType"])
        if (len(entry) > 1 or ("href" not in entry and rendition.get(RELATIVE_KEY))) and entry not in out:
            out.append(entry)
    _drop_shared_sizes(out)
    return out


def _drop_shared_sizes(items: list[dict[str, Any]]) -> None:
    """A ``sizeInBytes`` that renditions of different media or dimensions all state is no rendition's size
    (AP's video gives its 1.9 GB master's to every JPEG thumbnail): dropped, a wrong size is worse than none."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for entry in items:
        if "sizeInBytes" in entry:
            groups.setdefault(entry["sizeInBytes"], []).append(entry)
    for group in groups.values():
        shapes = {(str(e.get("contentType", "")).split("/", 1)[0], e.get("width"), e.get("height")) for e in group}
        if len(shapes) > 1:
            for entry in group:
                del entry["sizeInBytes"]


def rendition_refs(item: ParsedItem) -> list[dict[str, str]]:
    """``ext.renditionRefs``: each rendition (of the item or of an association, named as published) whose link
    is relative to the sender's delivery, with that reference as written (see :mod:`streams.core.formats.hrefs`:
    a ninjs ``href`` must be an absolute URI, and a rendition admits no other property)."""
    out: list[dict[str, str]] = []
    groups: list[tuple[str | None, Any]] = [(None, item.renditions)]
    groups += [(str(a.get("name") or ""), a.get("renditions")) for a in item.associations if a.get("name")]
    for association, items in groups:
        for index, rendition in enumerate(items or ()):
            ref = rendition.get(RELATIVE_KEY) if isinstance(rendition, dict) else None
            if not ref or _uri_or_none(rendition.get("href")):
                continue
            entry = {"rendition": str(rendition.get("name") or f"rendition{index + 1}"), "href": str(ref)}
            if association:
                entry = {"association": association, **entry}
            if entry not in out:
                out.append(entry)
    return out


def _associations(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Associations whose ``uri`` is a URI; spaces in a link are percent-encoded, junk is dropped.
    Only ninjs properties are kept; renditions are cleaned like the item's own."""
    out = []
    for assoc in items:
        uri = _uri_or_none(assoc.get("uri"))
        if not uri or not assoc.get("name"):
            continue
        entry = {k: v for k, v in assoc.items() if k in _ASSOC_KEYS and (v or v == 0)}
        entry["uri"] = uri
        if entry.get("type") not in ITEM_TYPES:
            entry.pop("type", None)
        if "language" in entry and not _language(str(entry["language"])):
            del entry["language"]
        if "renditions" in entry:
            entry["renditions"] = renditions(entry["renditions"])
            if not entry["renditions"]:
                del entry["renditions"]
        if "associations" in entry:
            entry["associations"] = _associations(entry["associations"])
            if not entry["associations"]:
                del entry["associations"]
        out.append(entry)
    return out


_NOTHING: tuple[object, ...] = (None, "", [], {})  # what carries nothing (never changed)


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` only when ``value`` carries something (no empty strings/lists in articles)."""
    if value not in _NOTHING:
        target[key] = value


def _put_all(target: dict[str, Any], pairs: tuple[tuple[str, Any], ...]) -> None:
    """:func:`_put` of each pair in order (one call for a run of fields: ~35 calls an article before)."""
    for key, value in pairs:
        if value not in _NOTHING:
            target[key] = value


def assemble(item: ParsedItem, origin: Origin, provider_hint: str | None, received_at: str) -> Article:
    """Map parser output onto ninjs 3.0 property names; project data goes to ``ext``."""
    article: Article = {"uri": _uri_or_none(item.uri) or "", "type": item.kind if item.kind in ITEM_TYPES else "text"}
    _put(article, "version", item.version)
    article["pubStatus"] = item.pub_status or "usable"
    _put_all(
        article,
        (
            ("firstCreated", item.first_created),
            ("versionCreated", item.version_created),
            ("contentCreated", item.content_created),
            ("embargoedUntil", item.embargoed_until),
            ("expires", item.expires),
            ("urgency", item.urgency),
            ("language", _language(item.language)),
        ),
    )
    headlines = []
    if item.headline:
        headlines.append({"role": "main", "value": item.headline})
    if item.subheadline:
        headlines.append({"role": "sub", "value": item.subheadline})
    _put(article, "headlines", headlines)
    descriptions = []
    if item.caption:
        descriptions.append({"role": "caption", "value": item.caption})
    if item.description and item.description != item.caption:
        descriptions.append({"role": "summary", "value": item.description})
    _put(article, "descriptions", descriptions)
    body = "\n\n".join(p for p in item.paragraphs if p)
    if body:
        article["bodies"] = [{"role": "main", "contentType": "text/plain", "value": body}]
    _put_all(
        article,
        (
            ("by", item.by),
            ("located", item.located),
            ("slugline", item.slugline),
            ("edNote", item.ed_note),
            ("title", item.title),
            ("subjects", item.subjects),
            ("genres", item.genres),
            ("people", item.people),
            ("organisations", item.organisations),
            ("places", item.places),
            ("infoSources", item.info_sources),
            ("copyrightHolder", item.copyright_holder),
            ("copyrightNotice", item.copyright_notice),
            ("usageTerms", item.usage_terms),
            ("rightsInfo", item.rights_info),
            ("altIds", item.alt_ids),
            ("associations", _associations(item.associations)),
            ("renditions", renditions(item.renditions)),
            ("eventDetails", item.event_details),
            ("plannedCoverage", item.planned_coverage),
        ),
    )
    article["standard"] = dict(NINJS_STANDARD)

    ext: dict[str, Any] = {}
    _put(ext, "keywords", item.keywords)
    _put(ext, "creditline", item.creditline)
    _put(ext, "renditionRefs", rendition_refs(item))
    inherited = [f for f, key in (("headline", "headlineFrom"), ("descriptions", "captionFrom")) if item.extra.get(key)]
    if inherited:  # a member's headline or caption is its package's, not its own
        ext["derived"] = inherited
    if item.dateline:
        ext["dateline"] = {"text": item.dateline, **({"city": item.located} if item.located else {})}
    _put(ext, "contributors", item.contributors)
    _put(ext, "signals", item.signals)
    _put(ext, "evolvedFrom", item.evolved_from)
    _put(ext, "source", item.extra)
    ext["provenance"] = {
        "provider": item.provider or provider_hint or "unknown",
        "sourceFormat": item.format,
        "parser": f"{item.format}/{PARSER_VERSION}",
        "receivedAt": received_at,
        "rawRef": origin.as_dict(),
    }
    article["ext"] = ext
    return article


# --- events: their own structured fields, not the free-text rules' reading of their name -----------------

_NAME_MARKS = re.compile(r"[\\\"'“”‘’«»]")
_QUOTED = re.compile(r"[\"“«]\s*([^\"“”«»]{3,80}?)\s*[\"”»]")  # double quotes only: "'" is an apostrophe too
_NAME_STOPWORDS = frozenset({"the", "of", "for", "and", "in", "on", "at", "de", "la", "del", "y", "&"})
# words that make an event's name, not an organisation's: "4th International Congress", "World Summit"
# (written for this module)
_EVENT_WORDS = frozenset(
    {
        "international", "world", "global", "annual", "national", "european", "congress", "conference",
        "summit", "symposium", "forum", "meeting", "convention", "workshop", "seminar", "colloquium",
        "championship", "championships", "cup", "games", "festival", "expo", "fair", "week", "day", "days",
        "session", "sessions", "edition", "open", "tour", "series", "league", "final", "finals",
    }
)  # fmt: skip


def _flat(text: str) -> str:
    """``text`` case-folded without quotes or escape backslashes, its spaces collapsed."""
    return " ".join(_NAME_MARKS.sub(" ", text).casefold().split())


def listed_organisations(article: Article) -> list[str]:
    """The names of the organisations the source itself lists (taken before enrichment adds any)."""
    names = [str(o.get("name") or "") for o in article.get("organisations") or ()]
    organiser = (article.get("eventDetails") or {}).get("organiser") or {}
    return [n for n in (*names, str(organiser.get("name") or "")) if n]


def _name_piece(flat: str, name: str, quoted: list[str]) -> bool:
    """True when ``flat`` (an organisation found by the text rules) is a piece of the event's own name:
    its quoted theme ("Doping & Society" of '… Congress "Sport, Doping & Society"') or words that only
    name an event ("International Congress"); "Adjudication Committee of Anti-Doping Norway" in a
    title that is a sentence stays."""
    if flat not in name:
        return False
    if any(flat in theme for theme in quoted):
        return True
    words = [w for w in flat.split() if w not in _NAME_STOPWORDS]
    return bool(words) and all(w in _EVENT_WORDS for w in words)


def settle_event_entities(article: Article, listed: list[str]) -> None:
    """An event's or planning record's organisations after enrichment: the source's own list, plus what
    the text adds, but not a piece of the event's own name (its quoted theme, its event words: see
    :func:`_name_piece`) unless the text writes it outside that name, nor a cut copy of a listed
    organisation ("Spanish Agency for Health Protection" of "Spanish Agency for the Protection of Health
    in Sport")."""
    if article.get("type") not in EVENT_TYPES or not article.get("organisations"):
        return
    raw = [h.get("value", "") for h in article.get("headlines", ()) if h.get("role") == "main"]
    raw = [n for n in (*raw, str(article.get("title") or "")) if n]
    names = [_flat(n) for n in raw]
    quoted = [_flat(m) for n in raw for m in _QUOTED.findall(n.replace("\\", ""))]
    parts = (*article.get("descriptions", ()), *article.get("bodies", ()))
    text = _flat(" ".join(str(d.get("value", "")) for d in parts))
    for name in names:
        text = text.replace(name, " ")  # the event's name, wherever the text repeats it
    listed_words = [{w for w in _flat(n).split() if w not in _NAME_STOPWORDS} for n in listed]
    source = {_flat(n) for n in listed}
    kept = []
    for org in article["organisations"]:
        flat = _flat(str(org.get("name") or ""))
        if flat and flat not in source:
            if any(_name_piece(flat, name, quoted) for name in names) and flat not in text:
                continue
            words = {w for w in flat.split() if w not in _NAME_STOPWORDS}
            if len(words) >= 2 and any(words < whole for whole in listed_words):
                continue
        kept.append(org)
    if kept:
        article["organisations"] = kept
    else:
        del article["organisations"]
