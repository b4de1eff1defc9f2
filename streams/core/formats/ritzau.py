"""Ritzau XML (Danish news agency): one ``<RBNews>``, or the web-service reply
``XMLNewsQueuedResponse/…/ListOfRBNews`` holding several → one item each, in order.

Mapping (Superdesk reads the same feed; field meanings from its fixtures): ``NewsID`` → uri
(``urn:ritzau:<NewsID>``), ``version`` → version, ``PublishDate`` (Copenhagen local time, no zone) →
versionCreated (and firstCreated for version 1), ``headline`` / ``subtitle`` → headline / description,
``content`` (escaped HTML) → body paragraphs, ``byLine`` → by, ``town`` → located, ``strapline`` →
keywords (split on ``/``), ``Priority`` → urgency, ``IPTCList/int`` → IPTC subject codes,
``TilRedaktionen`` (to the editors) → edNote, ``Annuleret`` → pubStatus canceled, ``Korrektion`` /
``NyVersion`` → correction / update signals, ``section``/``origin``/``HistID`` → ``ext.source``.
``i:nil="true"`` elements are empty. No headline is left empty (the copy stage may derive one).

Third-party press releases (``origin`` "Via Ritzau", headline ``PR / <issuer>``): the release's own
title is the ``subtitle``, so it becomes the headline (the issuer line is no headline, and the title is
no summary); Ritzau only forwards the copy, so it is listed as ``distributor``; the desk ``town`` is
where Ritzau sits, not where the release is datelined, so the release's own dateline (the copy stage)
gives ``located`` when there is one.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping

from streams.core import reasons
from streams.core.formats import xmlmap
from streams.core.formats.htmltext import html_paragraphs
from streams.core.formats.xmlsafe import Element, find, find_all, local, parse_xml, raw_text, root_name
from streams.core.model import ParsedItem
from streams.errors import ParseError

NAME = "ritzau"
ROOTS = frozenset({"RBNews", "XMLNewsQueuedResponse", "ListOfRBNews"})
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5}|#x[0-9A-Fa-f]{2,4});")
# "PR / Spire Global, Inc.": Ritzau's headline for a forwarded press release names only the issuer
_RELEASE_HEADLINE = re.compile(r"^PR\s*/\s*\S")
# "Via Ritzau": the copy is a third party's, Ritzau forwards it
_FORWARDED = re.compile(r"^via\s+ritzau\b", re.IGNORECASE)
_LOCAL_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$")


def _unescape(value: str) -> str:
    """Ritzau escapes once too often (``Spire&amp;apos;s`` in the XML): a left-over entity is decoded."""
    return html.unescape(value) if _ENTITY.search(value) else value


def _text(el: Element | None, name: str) -> str | None:
    """Stripped text of child ``name`` (``None`` when absent, nil or blank)."""
    child = find(el, name)
    value = " ".join(raw_text(child).split()) if child is not None else ""
    return _unescape(value) or None


def _flag(el: Element, name: str) -> bool:
    return (_text(el, name) or "").lower() == "true"


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def copenhagen_to_utc(value: str | None) -> str | None:
    """A zone-less Copenhagen wall-clock time → RFC 3339 UTC. Denmark keeps the EU rule (CET, CEST from
    01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October), computed here so
    the result does not depend on the host's tz database. Values with a zone go through ``to_utc``."""
    text = (value or "").strip()
    match = _LOCAL_TIME.match(text)
    if not match:
        return xmlmap.to_utc(text)
    year, month, day, hour, minute, second, _fraction = match.groups()
    try:
        local = dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:  # "2024-02-30T10:00:00": no such time, no date (not the whole feed lost)
        return None
    as_cet = local - dt.timedelta(hours=1)  # UTC if the wall clock showed CET
    start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(1))
    end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(1))
    utc = as_cet - dt.timedelta(hours=1) if start <= as_cet - dt.timedelta(hours=1) < end else as_cet
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


def read_news(news: Element) -> ParsedItem:
    """One ``RBNews`` element → :class:`ParsedItem` (see the module docstring for the mapping)."""
    item = ParsedItem(format=NAME, provider="ritzau")
    news_id = _text(news, "NewsID")
    item.uri = xmlmap.make_uri(news_id, "ritzau", NAME)
    item.version = _text(news, "version")
    item.version_created = copenhagen_to_utc(_text(news, "PublishDate"))
    if item.version in (None, "0", "1"):
        item.first_created = item.version_created
    item.headline = _text(news, "headline")
    item.description = _text(news, "subtitle")
    content = find(news, "content")
    item.paragraphs = [_unescape(p) for p in html_paragraphs(raw_text(content))] if content is not None else []
    item.by = _text(news, "byLine")
    item.located = _text(news, "town")
    strapline = _text(news, "strapline")
    if strapline:
        item.keywords = [k.strip() for k in strapline.split("/") if k.strip() and k.strip("-").strip()]
    urgency = xmlmap.to_int(_text(news, "Priority"))
    item.urgency = urgency if urgency is not None and 1 <= urgency <= 9 else None
    for code in find_all(find(news, "IPTCList"), "int"):
        xmlmap.add_unique(item.subjects, xmlmap.subject_code(raw_text(code).strip()))
    note = find(news, "TilRedaktionen")
    if note is not None:
        item.ed_note = " ".join(html_paragraphs(raw_text(note))) or None
    if _flag(news, "Annuleret"):
        item.pub_status = "canceled"
    qcodes = [name for flag, name in (("Korrektion", "correction"), ("NyVersion", "update")) if _flag(news, flag)]
    item.signals = xmlmap.signals(qcodes, item.pub_status)
    replaces = _text(news, "Replaces") or _text(news, "replacedID")
    if replaces:
        item.evolved_from = xmlmap.make_uri(replaces, "ritzau", NAME)
    for key, name in (("section", "section"), ("origin", "origin"), ("format", "format"), ("histId", "HistID")):
        value = _text(news, name)
        if value:
            item.extra[key] = value
    _press_release(item)
    if news_id:
        item.alt_ids.append({"role": "NewsID", "value": news_id})
    return item


def _press_release(item: ParsedItem) -> None:
    """A forwarded press release: its title (the subtitle) is the headline, the issuer line is kept
    as the slugline, Ritzau is the distributor, the desk town gives way to the release's dateline."""
    forwarded = _FORWARDED.match(str(item.extra.get("origin", "")))
    release = item.headline is not None and _RELEASE_HEADLINE.match(item.headline)
    if release and item.description:
        item.slugline = item.slugline or item.headline
        item.headline, item.description = item.description, None
    if forwarded or release:
        item.info_sources.append({"name": "Ritzau", "role": "distributor"})
        item.located = None  # Ritzau's desk, not the release's place


class RitzauParser:
    name = NAME

    def sniff(self, head: bytes) -> bool:
        return root_name(head) in ROOTS

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        root = parse_xml(payload)
        if local(root) not in ROOTS:
            raise ParseError(reasons.UNKNOWN_FORMAT, f"root element <{local(root)}> is not Ritzau XML")
        news = [root] if local(root) == "RBNews" else find_all(root, "RBNews")
        if not news:
            errors = [raw_text(e).strip() for e in find_all(root, "error") + find_all(root, "errormsg")]
            detail = "; ".join(e for e in errors if e and e != "0")
            raise ParseError(reasons.NO_TEXT, "Ritzau reply without news" + (f" ({detail})" if detail else ""))
        return [read_news(n) for n in news]


PARSER = RitzauParser()
