"""NewsML 1.2 (legacy IPTC envelope: AFP, ANA-MPE, Business Wire): every ``NewsItem`` → one item.

Mapping: ``PublicIdentifier`` → uri (the trailing revision part is dropped so that all revisions share
one uri; the full identifier goes to altIds), ``RevisionId`` → version, ``NewsManagement`` Status /
Urgency / FirstCreated / ThisRevisionCreated, ``NewsLines`` (HeadLine, SubHeadLine, ByLine, DateLine,
SlugLine, CopyrightLine, CreditLine), ``DescriptiveMetadata`` (Language, SubjectCode, Genre,
``Property[@FormalName=Keyword]``, Location/City), ``RightsMetadata/UsageRights/UsageType``,
``AdministrativeMetadata`` Provider (else the envelope's ``SentFrom``) and Source parties → ``infoSources``.

The body is found in nested ``NewsComponent``/``ContentItem``/``DataContent``: NITF (read by
:func:`streams.core.formats.nitf.read_nitf`), XHTML, or text/escaped HTML in CDATA (read by
:func:`streams.core.formats.htmltext.html_paragraphs`).
Components by role: ``HeadLine``/``SubHeadLine`` fill missing headlines, ``Caption`` gives the caption,
``Contact`` goes to ``ext.source.contact``, style sheets and logos are skipped. Media components (MediaType
or role Photo/Picture/Graphic/Video/Audio) give renditions (``ContentItem@Href``, ``MimeType``,
``Characteristics`` SizeInBytes, Width/Height or Business Wire's PixelWidth/PixelHeight, Duration; named by the
``ImageUse`` property when there is one): a NewsItem with text keeps them as associations of
their type; a NewsItem without text but with media becomes a media item of that type. A NewsItem with
neither is a dead letter ``not_an_article`` at its index (never dropped silently).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from streams.core import reasons
from streams.core.formats import xmlmap
from streams.core.formats.hrefs import place_href
from streams.core.formats.htmltext import html_paragraphs
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
from streams.core.model import ParsedItem, rejected_member
from streams.errors import ParseError

NAME = "newsml12"
_SKIPPED_ROLES = frozenset(
    {"stylesheet", "logo", "photo", "picture", "graphic", "video", "audio", "thumbnail", "caption"}
)
_MEDIA = {
    "photo": "picture",
    "picture": "picture",
    "image": "picture",
    "graphic": "graphic",
    "video": "video",
    "audio": "audio",
    "sound": "audio",
}
_TEXT_FORMATS = ("nitf", "xhtml", "html", "text", "txt", "plain", "xml")


def _formal(el: Element | None) -> str | None:
    return attr(el, "FormalName")


def _identification(news_item: Element, item: ParsedItem, hint: str | None) -> None:
    ident = find(news_item, "Identification", "NewsIdentifier")
    item.provider = xmlmap.provider_slug(text_of(find(ident, "ProviderId"))) or hint
    item.version = text_of(find(ident, "RevisionId"))
    public = text_of(find(ident, "PublicIdentifier"))
    if public:
        item.alt_ids.append({"role": "PublicIdentifier", "value": public})
        if item.version and re.search(rf":{re.escape(item.version)}[A-Za-z]?$", public):
            public = public.rsplit(":", 1)[0]
    else:
        parts = [text_of(find(ident, n)) for n in ("ProviderId", "DateId", "NewsItemId")]
        public = ":".join(p for p in parts if p) or None
        public = f"urn:newsml:{public}" if public and all(parts) else text_of(find(ident, "NewsItemId"))
    item.uri = xmlmap.make_uri(public, item.provider, NAME)
    date_id = text_of(find(ident, "DateId"))
    if date_id:
        item.extra["dateId"] = date_id

    management = find(news_item, "NewsManagement")
    item.first_created = xmlmap.to_utc(text_of(find(management, "FirstCreated")))
    item.version_created = xmlmap.to_utc(text_of(find(management, "ThisRevisionCreated")))
    item.pub_status = xmlmap.pub_status(_formal(find(management, "Status")))
    item.urgency = xmlmap.to_int(_formal(find(management, "Urgency")))
    if item.pub_status == "canceled":
        item.signals = xmlmap.signals([], item.pub_status)
    associated = [attr(a, "NewsItem") for a in children(management, "AssociatedWith")]
    if any(associated):
        item.extra["associatedWith"] = [a for a in associated if a]


def _parties(news_item: Element, item: ParsedItem, sender: str | None) -> None:
    """Info sources (issue #15): ``AdministrativeMetadata`` Provider parties (else the envelope's ``SentFrom``
    party: Business Wire) as originator, Source parties (the company issuing a press release) as source
    beside them."""

    def add(name: str | None, role: str) -> None:
        name = " ".join((name or "").split())
        if name and not any(str(e.get("name", "")).casefold() == name.casefold() for e in item.info_sources):
            item.info_sources.append({"name": name, "role": role})

    providers = [
        _formal(p)
        for meta in find_all(news_item, "AdministrativeMetadata")
        for holder in children(meta, "Provider")
        for p in children(holder, "Party")
    ]
    named: list[str | None] = [p for p in providers if p]
    for name in named or [sender]:
        add(name, "originator")
    if not item.info_sources:  # no provider named: a Source party is then most likely the provider itself
        return  # (ANA's "ΑΠΕ-ΜΠΕ"), which the provider id already credits
    for meta in find_all(news_item, "AdministrativeMetadata"):
        for holder in children(meta, "Source"):
            for party in children(holder, "Party"):
                add(_formal(party), "source")


def _news_lines(component: Element, item: ParsedItem) -> None:
    """The first NewsLines found (outermost component first) supplies each line."""
    for lines in find_all(component, "NewsLines"):
        owner = lines.getparent()
        nested = owner is not None and local(owner.getparent()) != "NewsItem"
        if nested and _MEDIA.get((_formal(find(owner, "Role")) or "").lower()):
            continue  # a nested photo component's lines describe the photo (see _association)
        item.headline = item.headline or text_of(find(lines, "HeadLine"))
        item.subheadline = item.subheadline or text_of(find(lines, "SubHeadLine"))
        item.by = item.by or text_of(find(lines, "ByLine"))
        item.dateline = item.dateline or text_of(find(lines, "DateLine"))
        item.slugline = item.slugline or text_of(find(lines, "SlugLine"))
        item.copyright_notice = item.copyright_notice or text_of(find(lines, "CopyrightLine"))
        credit = text_of(find(lines, "CreditLine"))
        if credit:
            item.extra.setdefault("creditline", credit)


def _topic_names(news_item: Element, language: str | None) -> dict[str, str]:
    """Subject code → name from TopicSets (``Description[@Variant=Name]``, item language preferred)."""
    names: dict[str, str] = {}
    for topic in find_all(news_item, "Topic"):
        code = text_of(find(topic, "FormalName"))
        descriptions = [d for d in children(topic, "Description") if attr(d, "Variant") in (None, "Name")]
        preferred = [d for d in descriptions if language and (xml_lang(d) or "").lower().startswith(language[:2])]
        chosen = text_of((preferred or descriptions or [None])[0])
        if code and chosen:
            names.setdefault(code, chosen)
    return names


def _descriptive(news_item: Element, item: ParsedItem) -> None:
    language = None
    for meta in find_all(news_item, "DescriptiveMetadata"):
        language = language or _formal(find(meta, "Language"))
    item.language = (language.lower() if language else None) or xml_lang(news_item)
    names = _topic_names(news_item, item.language)
    for meta in find_all(news_item, "DescriptiveMetadata"):
        for code_set in children(meta, "SubjectCode"):
            for code in code_set.iterchildren():
                value = _formal(code)
                xmlmap.add_unique(item.subjects, xmlmap.subject_code(value, names.get(value or "")))
        for genre in children(meta, "Genre"):
            xmlmap.add_unique(item.genres, xmlmap.concept(_formal(genre)))
        for prop in find_all(meta, "Property"):
            name, value = (_formal(prop) or "").lower(), attr(prop, "Value")
            if not value:
                continue
            if name == "keyword" and value not in item.keywords:
                item.keywords.append(value)
            elif name == "city":
                item.located = item.located or value
    for rights in find_all(news_item, "UsageType"):
        item.usage_terms = item.usage_terms or text_of(rights)
    holder = find_first(news_item, "CopyrightHolder")
    item.copyright_holder = text_of(holder)


def _role(content_item: Element) -> str:
    """The role of the NewsComponent holding ``content_item`` (lower-case, ``""`` if none)."""
    component = content_item.getparent()
    return (_formal(find(component, "Role")) or "").lower()


def _is_text(content_item: Element) -> bool:
    media = (_formal(find(content_item, "MediaType")) or "").lower()
    fmt = (_formal(find(content_item, "Format")) or "").lower()
    if media:
        return media == "text"
    return not fmt or any(t in fmt for t in _TEXT_FORMATS)


def _content_paragraphs(data: Element, provider: str | None, item: ParsedItem) -> list[str]:
    """Paragraphs of one DataContent: NITF, XHTML, escaped HTML or plain text."""
    nitf = find_first(data, "nitf")
    if nitf is not None:
        nested = read_nitf(nitf, provider)
        found, nested.paragraphs = nested.paragraphs, []
        xmlmap.fill_missing(item, nested)
        return found
    if any(isinstance(c.tag, str) for c in data.iterchildren()):
        return paragraphs(data)
    return html_paragraphs(raw_text(data))


def _body(news_item: Element, item: ParsedItem) -> bool:
    """Fill the body from the text content items; True if the NewsItem holds any text content."""
    has_text = False
    for content_item in find_all(news_item, "ContentItem"):
        role = _role(content_item)
        if role in _SKIPPED_ROLES or not _is_text(content_item):
            continue
        data = find(content_item, "DataContent")
        if data is None:
            continue
        has_text = True
        found = _content_paragraphs(data, item.provider, item)
        if role == "headline":
            item.headline = item.headline or " ".join(found) or None
        elif role == "subheadline":  # Business Wire's bullet list: one point after another, kept apart
            item.subheadline = item.subheadline or _joined_points(found)
        elif role == "contact":
            item.extra["contact"] = found
        else:
            item.paragraphs.extend(found)
    return has_text


def _media_kind(content_item: Element) -> str | None:
    """picture/graphic/video/audio for a media ContentItem (its MediaType, else its component's role)."""
    media = (_formal(find(content_item, "MediaType")) or "").lower()
    return _MEDIA.get(media) or (None if media == "text" else _MEDIA.get(_role(content_item)))


# Characteristics properties → rendition keys (IPTC Width/Height, Business Wire PixelWidth/PixelHeight)
_DIMENSIONS = {
    "width": "width",
    "height": "height",
    "pixelwidth": "width",
    "pixelheight": "height",
    "duration": "duration",
}


def _rendition(content_item: Element, index: int) -> dict[str, Any]:
    """One media ContentItem as a ninjs rendition; its name is the ``ImageUse`` property (Business Wire:
    Thumbnail, Viewimage, Lowres, Highres), else its role."""
    characteristics = find(content_item, "Characteristics")
    use = next(
        (attr(p, "Value") for p in children(characteristics, "Property") if (_formal(p) or "").lower() == "imageuse"),
        None,
    )
    role = _formal(find(content_item, "Role")) or _formal(find(content_item.getparent(), "Role"))
    out: dict[str, Any] = {"name": use or role or f"rendition{index}"}
    place_href(out, attr(content_item, "Href"), content_item.base)
    mime = _formal(find(content_item, "MimeType"))
    if mime:
        out["contentType"] = mime
    size = xmlmap.to_int(text_of(find(characteristics, "SizeInBytes")))
    if size is not None and size >= 0:
        out["sizeInBytes"] = size
    for prop in children(characteristics, "Property"):
        key = _DIMENSIONS.get((_formal(prop) or "").lower())
        number = xmlmap.to_int(attr(prop, "Value"))
        if key and number is not None and number >= 0:
            out[key] = number
    return out


def _media(news_item: Element) -> list[tuple[Element, str, list[dict[str, Any]]]]:
    """(component, type, renditions) for every NewsComponent whose own ContentItems are media."""
    out = []
    for component in find_all(news_item, "NewsComponent") or [news_item]:
        media = [(ci, kind) for ci in children(component, "ContentItem") if (kind := _media_kind(ci))]
        if media:
            renditions = [r for n, (ci, _) in enumerate(media, start=1) if len(r := _rendition(ci, n)) > 1]
            names = [r["name"] for r in renditions]
            for n, rendition in enumerate(renditions, start=1):
                if names.count(rendition["name"]) > 1:
                    rendition["name"] = f"{rendition['name']}-{n}"
            out.append((component, media[0][1], renditions))
    return out


def _caption(news_item: Element, provider: str | None, item: ParsedItem) -> str | None:
    """Text of the first component with role Caption."""
    for content_item in find_all(news_item, "ContentItem"):
        data = find(content_item, "DataContent")
        if _role(content_item) == "caption" and data is not None:
            return " ".join(_content_paragraphs(data, provider, item)) or None
    return None


# a media component's "headline" that is a caption ("… for improved cost effectiveness. (Photo: Business Wire)")
_PHOTO_CREDIT = re.compile(r"\((?:Photo|Foto|Picture|Image|Graphic)s?\s*(?::|by\b)[^()]*\)\s*$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?]\s+[\"“(]?[A-Z]")


def _caption_like(text: str) -> bool:
    """True for a caption: it closes with a photo credit, or it is long (25 words or more) and has more
    than one sentence; a short headline with an abbreviation ("Dr. Smith at …") is none."""
    return bool(_PHOTO_CREDIT.search(text)) or (len(text.split()) >= 25 and bool(_SENTENCE_BREAK.search(text)))


def _joined_points(points: list[str]) -> str | None:
    """List items as one line: joined by "; " unless each already ends a sentence."""
    points = [" ".join(p.split()) for p in points if p.strip()]
    if not points:
        return None
    if all(p[-1] in ".!?" for p in points):
        return " ".join(points)
    return "; ".join(p.rstrip(";,") for p in points)


def _association(
    component: Element, kind: str, renditions: list[dict[str, Any]], owner: ParsedItem, index: int
) -> dict[str, Any] | None:
    """A media component of a text NewsItem as a ninjs association."""
    hrefs = [r["href"] for r in renditions if "href" in r]
    duid = attr(component, "Duid") or attr(component, "Euid")
    uri = hrefs[0] if hrefs else (f"{owner.uri}#{duid or index}" if owner.uri else None)
    if not uri:
        return None
    assoc: dict[str, Any] = {"name": f"{kind}{index}", "uri": uri, "type": kind}
    lines = find(component, "NewsLines")
    headline = text_of(find(lines, "HeadLine"))
    if headline and _caption_like(headline):  # Business Wire's photo "HeadLine" is its caption
        assoc["descriptions"] = [{"role": "caption", "value": " ".join(headline.split())}]
    elif headline:
        assoc["headlines"] = [{"role": "main", "value": headline}]
    by = text_of(find(lines, "ByLine"))
    if by:
        assoc["by"] = by
    if renditions:
        assoc["renditions"] = renditions
    return assoc


def read_news_item(news_item: Element, provider_hint: str | None = None, sender: str | None = None) -> ParsedItem:
    """One NewsML 1.2 ``NewsItem`` → :class:`ParsedItem` (text, a media item, or a rejected member);
    ``sender`` is the envelope's ``SentFrom`` party."""
    item = ParsedItem(format=NAME)
    _identification(news_item, item, provider_hint)
    _parties(news_item, item, sender)
    _news_lines(news_item, item)
    _descriptive(news_item, item)
    has_text = _body(news_item, item)
    media = _media(news_item)
    caption = _caption(news_item, item.provider, item)
    if has_text or (item.headline and not media):
        for index, (component, kind, renditions) in enumerate(media, start=1):
            assoc = _association(component, kind, renditions, item, index)
            if assoc:
                item.associations.append(assoc)
        return item
    if media:
        _, item.kind, _ = media[0]
        item.renditions = [r for _, _, renditions in media for r in renditions]
        item.caption = caption
        item.creditline = item.extra.pop("creditline", None)
        return item
    return rejected_member(NAME, reasons.NOT_AN_ARTICLE, "NewsItem without text or media content", item.uri)


class NewsML12Parser:
    name = NAME

    def sniff(self, head: bytes) -> bool:
        return root_name(head) in ("NewsML", "NewsItem")

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        root = parse_xml(payload)
        if local(root) not in ("NewsML", "NewsItem"):
            raise ParseError(reasons.UNKNOWN_FORMAT, f"root element <{local(root)}> is not NewsML 1.2")
        news_items = [root] if local(root) == "NewsItem" else children(root, "NewsItem")
        hint = xmlmap.provider_slug(headers.get("source"))
        if not news_items:
            raise ParseError(reasons.NO_TEXT, "NewsML document without a NewsItem")
        sender = _formal(find(root, "NewsEnvelope", "SentFrom", "Party"))
        return [read_news_item(n, hint, sender) for n in news_items]


PARSER = NewsML12Parser()
