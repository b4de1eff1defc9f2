"""Turn a normalised :class:`ParsedItem` into a ninjs 3.0 article dict (before enrichment)."""

from __future__ import annotations

import re
from typing import Any

from streams.core.model import Article, Origin, ParsedItem

NINJS_STANDARD = {
    "name": "ninjs",
    "version": "3.0",
    "schema": "https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json",
}
PARSER_VERSION = "1"


_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def _language(value: str | None) -> str | None:
    """A source-stated language only if it looks like a BCP 47 tag (else enrichment detects it)."""
    value = (value or "").strip().replace("_", "-")
    return value if _BCP47.match(value) else None


def _associations(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Associations whose ``uri`` is a URI; spaces in a link are percent-encoded, junk is dropped."""
    out = []
    for assoc in items:
        uri = str(assoc.get("uri") or "").strip().replace(" ", "%20")
        if _URI.match(uri) and assoc.get("name"):
            out.append({**assoc, "uri": uri})
    return out


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` only when ``value`` carries something (no empty strings/lists in articles)."""
    if value not in (None, "", [], {}):
        target[key] = value


def assemble(item: ParsedItem, origin: Origin, provider_hint: str | None, received_at: str) -> Article:
    """Map parser output onto ninjs 3.0 property names; project data goes to ``ext``."""
    article: Article = {"uri": item.uri or "", "type": "text"}
    _put(article, "version", item.version)
    article["pubStatus"] = item.pub_status or "usable"
    _put(article, "firstCreated", item.first_created)
    _put(article, "versionCreated", item.version_created)
    _put(article, "contentCreated", item.content_created)
    _put(article, "embargoedUntil", item.embargoed_until)
    _put(article, "expires", item.expires)
    _put(article, "urgency", item.urgency)
    _put(article, "language", _language(item.language))
    headlines = []
    if item.headline:
        headlines.append({"role": "main", "value": item.headline})
    if item.subheadline:
        headlines.append({"role": "sub", "value": item.subheadline})
    _put(article, "headlines", headlines)
    if item.description:
        article["descriptions"] = [{"role": "summary", "value": item.description}]
    body = "\n\n".join(p for p in item.paragraphs if p)
    if body:
        article["bodies"] = [{"role": "main", "contentType": "text/plain", "value": body}]
    _put(article, "by", item.by)
    _put(article, "located", item.located)
    _put(article, "slugline", item.slugline)
    _put(article, "edNote", item.ed_note)
    _put(article, "title", item.title)
    _put(article, "subjects", item.subjects)
    _put(article, "genres", item.genres)
    _put(article, "people", item.people)
    _put(article, "organisations", item.organisations)
    _put(article, "places", item.places)
    _put(article, "infoSources", item.info_sources)
    _put(article, "copyrightHolder", item.copyright_holder)
    _put(article, "copyrightNotice", item.copyright_notice)
    _put(article, "usageTerms", item.usage_terms)
    _put(article, "altIds", item.alt_ids)
    _put(article, "associations", _associations(item.associations))
    article["standard"] = dict(NINJS_STANDARD)

    ext: dict[str, Any] = {}
    _put(ext, "keywords", item.keywords)
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
