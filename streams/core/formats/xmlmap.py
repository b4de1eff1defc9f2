"""Field mapping shared by the XML wire parsers (NewsML-G2, NITF, NewsML 1.2).

These are the value conversions the formats have in common, kept in one place so the three parsers
agree: dates → RFC 3339 UTC, provider names → slugs, ids → URNs, IPTC qcodes → ninjs ``{name, uri,
literal}`` objects, publication status and signals → our enums, and merging a nested NITF reading
into the envelope's reading.

Body hygiene the XML formats share (issue #15): character references escaped twice by the provider
(``&amp;#39;`` arrives as the text ``&#39;``) are resolved; a trailing line of routing codes (ANSA's
``51 77 03 CRO01 1113 APE4800 GEST …``) is no paragraph; a body that carries machine translations beside
its original (STT: English and Swedish versions, each behind a ``*** DISCLAIMER: … AUTOMATED TRANSLATION …
***`` line) keeps the version in the item's declared language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from typing import Any
from urllib.parse import quote

import pycld2

from streams.core.formats import dates
from streams.core.model import ParsedItem
from streams.core.text import split_url

# IPTC NewsCodes scheme aliases (as used in qcodes) → the scheme URI they stand for.
IPTC_SCHEMES = {
    "medtop": "http://cv.iptc.org/newscodes/mediatopic/",
    "subj": "http://cv.iptc.org/newscodes/subjectcode/",
    "iptc-subj": "http://cv.iptc.org/newscodes/subjectcode/",
    "genre": "http://cv.iptc.org/newscodes/genre/",
    "iptcgenre": "http://cv.iptc.org/newscodes/genre/",
    "stat": "http://cv.iptc.org/newscodes/pubstatusg2/",
    "ninat": "http://cv.iptc.org/newscodes/ninature/",
}
SUBJECTCODE = IPTC_SCHEMES["subj"]
_SUBJECT_CODE = re.compile(r"^\d{8}$")
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$", re.I)
_SPACED_ZONE = re.compile(r"\s*(?:GMT|UTC)\s*([+-]\d{2}:?\d{2})$", re.I)
_GENERIC_HOSTS = {"www", "com", "org", "net", "co", "gov", "edu", "news", "cv", "iptc"}

# Signal qcodes (G2 ``signal``, Reuters ``edStat``) → our normalised signal names.
_SIGNALS = {
    "sig:update": "update",
    "sig:correction": "correction",
    "sig:cwarn": "cwarn",
    "edstat:u": "update",
    "edstat:c": "correction",
    "edstat:d": "cancel",
}
_PUB_STATUS = {
    "usable": "usable",
    "withheld": "withheld",
    "canceled": "canceled",
    "cancelled": "canceled",
    "embargoed": "usable",
    "killed": "canceled",
}


# a character reference left as text: "&#39;", "&#x2019;", "&quot;", "&amp;" (named ones end in ";")
_LEFT_REF = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CODE_TOKEN = re.compile(r"^[A-Z0-9]+$")
# "*** DISCLAIMER: THIS IS AN AUTOMATED TRANSLATION FROM FINNISH ***", "*** TRANSLATED ***"
_MT_NOTICE = re.compile(
    r"^\*{2,}\s*(?:DISCLAIMER\b[^*]*|[^*]*\b(?:TRANSLAT|ÖVERSÄTT|KÄÄNN|ÜBERSETZ|TRADU)[^*]*)\*{2,}$", re.I
)
_MT_MARK = re.compile(r"\s*\*{2,}\s*(?:TRANSLATED|MACHINE[- ]TRANSLATED|AUTOMATED TRANSLATION)\s*\*{2,}\s*", re.I)


# a typographic element the provider escaped into the text (STT: "800&lt;endash&gt;-&lt;/endash&gt;1 000",
# read as "800<endash>-</endash>1 000"): the dash it stands for
_ESCAPED_DASH = re.compile(r"<(en|em)dash>[^<>]{0,3}</\1dash>|<(en|em)dash\s*/>", re.I)
_DASHES = {"en": "\u2013", "em": "\u2014"}


def unescape_refs(text: str | None) -> str | None:
    """Character references the provider escaped twice, resolved ("Alko&#39;s" → "Alko's"), and escaped
    dash elements read as their dash ("35<endash>-</endash>40" → "35–40")."""
    if not text:
        return text
    if "dash" in text and "<" in text:
        text = _ESCAPED_DASH.sub(lambda m: _DASHES[(m.group(1) or m.group(2)).lower()], text)
    if "&" not in text:
        return text
    return _LEFT_REF.sub(lambda m: html.unescape(m.group(0)), text)


def is_routing_codes(paragraph: str) -> bool:
    """A line of transmission/routing codes, not prose: 4+ tokens, all capitals and digits, at least half of
    them with a digit and two that mix letters and digits ("51 77 03 CRO01 1113 APE4800 GEST GEST03")."""
    tokens = paragraph.split()
    if len(tokens) < 4 or not all(_CODE_TOKEN.match(t) for t in tokens):
        return False
    digits = sum(any(c.isdigit() for c in t) for t in tokens)
    mixed = sum(any(c.isdigit() for c in t) and any(c.isalpha() for c in t) for t in tokens)
    return digits * 2 >= len(tokens) and mixed >= 2


def drop_routing_codes(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` without a trailing routing-code line."""
    while paragraphs and is_routing_codes(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    return paragraphs


def rejoin_broken(paragraphs: list[str]) -> list[str]:
    """A "paragraph" that starts with a comma or semicolon is the rest of the one before it, cut where the
    provider's markup dropped an inline element (STT: "… on rajoitettu</p><p>, sama koskee …")."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and paragraph[:1] in (",", ";"):
            out[-1] = out[-1].rstrip() + paragraph
        else:
            out.append(paragraph)
    return out


def strip_translation_mark(text: str | None) -> tuple[str | None, bool]:
    """(``text`` without a "*** TRANSLATED ***" mark, whether it had one)."""
    if not text or "*" not in text:
        return text, False
    cleaned = _MT_MARK.sub(" ", text).strip()
    return cleaned or None, cleaned != text.strip()


def _language_of(paragraphs: list[str]) -> str | None:
    sample = " ".join(paragraphs)[:1500]
    try:
        reliable, _, details = pycld2.detect(
            sample.encode("utf-8", "ignore").decode("utf-8"), isPlainText=True, bestEffort=True
        )
    except pycld2.error:
        return None
    code = details[0][1]
    return None if code in ("un", "xx", "xxx") or not reliable else code


def original_version(paragraphs: list[str], language: str | None) -> tuple[list[str], list[str]]:
    """(the body's version in ``language``, languages of the machine translations left out).

    A body without translation notices is returned as it is. With notices, the notices go and the body
    splits into versions at them; the one whose detected language is the declared one is kept, else the
    first (the notices themselves are not reliable: STT puts an English one in front of the Finnish original).
    """
    if not any(_MT_NOTICE.match(p) for p in paragraphs):
        return paragraphs, []
    versions: list[list[str]] = [[]]
    for paragraph in paragraphs:
        if _MT_NOTICE.match(paragraph):
            versions.append([])
        else:
            versions[-1].append(paragraph)
    versions = [v for v in versions if v]
    if len(versions) < 2:
        return (versions[0] if versions else []), []
    found = [_language_of(v) for v in versions]
    wanted = (language or "").split("-", 1)[0].lower()
    keep = next((i for i, code in enumerate(found) if wanted and code == wanted), 0)
    return versions[keep], [code or "und" for i, code in enumerate(found) if i != keep]


def to_utc(value: str | None, local: dt.tzinfo | None = None) -> str | None:
    """ISO 8601 as the XML formats write it → RFC 3339 UTC (via :func:`streams.core.formats.dates.parse_iso`).

    Adds what NITF and NewsML 1.2 need on top: the *basic* format (``20131020T192751+1100``,
    ``20140829T135002Z``, ``20180404``). Naive times are in ``local`` (the provider's home zone) or UTC;
    unreadable values give ``None``.
    """
    text = " ".join((value or "").split())
    if not text:
        return None
    basic = _BASIC.match(text)
    if basic:
        year, month, day, hour, minute, second, fraction, zone = basic.groups()
        text = f"{year}-{month}-{day}"
        if hour:
            text += f"T{hour}:{minute}:{second or '00'}{fraction or ''}"
            if zone:
                text += "Z" if zone.upper() == "Z" else f"{zone[:3]}:{zone[-2:]}"
    elif _SPACED_ZONE.search(text):  # "2014-07-16 15:53:10 GMT+00:00"
        text = _SPACED_ZONE.sub(r"\1", text)
    return dates.parse_iso(text, local)


def looks_like_timestamp(value: str | None) -> bool:
    """True for datelines that carry a timestamp instead of a place (Reuters ``2014-07-16 15:53:10 GMT``)."""
    return bool(value and re.match(r"^\s*\d{4}-?\d{2}-?\d{2}([ T]\d|\s*$)", value))


def provider_slug(value: str | None) -> str | None:
    """A provider name, qcode, domain or URI → lower-case slug: ``nprov:REUTERS``, ``reuters.com``,
    ``http://www.acmenews.com/about/`` and ``http://cv.iptc.org/newscodes/newsprovider/IPTC`` give
    ``reuters``, ``reuters``, ``acmenews``, ``iptc``."""
    text = (value or "").strip()
    if not text:
        return None
    if "://" in text:
        parts = split_url(text)
        path = [p for p in parts.path.split("/") if p]
        in_codes = "newsprovider" in path and path[-1] != "newsprovider"
        text = path[-1] if in_codes else parts.hostname or ""
    elif re.match(r"^[\w-]+:[^/]", text) and "." not in text.split(":", 1)[0]:
        text = text.split(":", 1)[1]  # qcode nprov:REUTERS / web:www.xmlteam.com
    text = text.lower().strip()
    if "." in text and " " not in text:  # a domain: keep its most specific non-generic label
        labels = [lab for lab in text.split(".") if lab]
        core = labels[:-1] if len(labels) > 1 else labels
        core = [lab for lab in core if lab not in _GENERIC_HOSTS] or core
        text = core[-1] if core else text
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug or None


def make_uri(identifier: str | None, provider: str | None, fallback_ns: str) -> str | None:
    """Provider id → the article ``uri``. Ids that already are persistent URIs (``urn:``, ``tag:``)
    are kept as given; anything else becomes ``urn:<provider>:<id>`` (``fallback_ns`` when the
    provider is unknown), percent-encoding what a URN may not hold."""
    ident = (identifier or "").strip()
    if not ident:
        return None
    if re.match(r"^(urn|tag):", ident, re.IGNORECASE):
        return ident
    return f"urn:{provider or fallback_ns}:{quote(ident, safe=':._-~,;=@!$()*+')}"


def qcode_uri(qcode: str | None) -> str | None:
    """``medtop:04000000`` → ``http://cv.iptc.org/newscodes/mediatopic/04000000`` for IPTC schemes."""
    if not qcode or ":" not in qcode:
        return None
    scheme, code = qcode.split(":", 1)
    base = IPTC_SCHEMES.get(scheme.strip().lower())
    return f"{base}{code.strip()}" if base and code.strip() else None


def concept(
    name: str | None, qcode: str | None = None, uri: str | None = None, literal: str | None = None
) -> dict[str, Any] | None:
    """A ninjs concept ``{name, uri?, literal?}`` (subjects, genres): IPTC qcodes expand to a ``uri``,
    other qcodes are kept as ``literal``. ``None`` when there is nothing to name it by."""
    uri = uri or qcode_uri(qcode)
    literal = literal or (qcode if qcode and not uri else None)
    label = name or literal or (uri.rsplit("/", 1)[-1] if uri else None)
    if not label:
        return None
    out: dict[str, Any] = {"name": label}
    if uri:
        out["uri"] = uri
    if literal:
        out["literal"] = literal
    return out


def subject_code(code: str | None, name: str | None = None) -> dict[str, Any] | None:
    """An IPTC subject reference number (``04011002``) → a concept with its subjectcode URI;
    other codes (provider schemes) are kept as ``literal``."""
    value = (code or "").strip()
    if not value:
        return None
    if _SUBJECT_CODE.match(value):
        return concept(name, uri=f"{SUBJECTCODE}{value}")
    return concept(name, literal=value)


def add_unique(target: list[dict[str, Any]], value: dict[str, Any] | None) -> None:
    """Append a concept unless one with the same uri/literal/name is already there."""
    if value is None:
        return
    key = value.get("uri") or value.get("literal") or value.get("name")
    if not any((v.get("uri") or v.get("literal") or v.get("name")) == key for v in target):
        target.append(value)


def pub_status(value: str | None) -> str:
    """``stat:canceled`` / ``Canceled`` / ``withheld`` … → usable | withheld | canceled (default usable)."""
    text = (value or "").strip().lower().rsplit(":", 1)[-1].rsplit("/", 1)[-1]
    return _PUB_STATUS.get(text, "usable")


_NOT_PUBLIC = re.compile(r"(?:^|[:/#_-])(?:private|non-?public|internal|notforpub(?:lication)?|confidential)$", re.I)


def is_private_note(role: str | None, constraint: str | None = None) -> bool:
    """An editorial note the provider marks as not for publication by its role or publishing constraint
    (STT ``sttnote:private``, dpa ``pubconstraint="dpapconstraint:nonpublic"``): it is internal desk talk and
    must never reach a public field (issue #15 item 5), while ``sttnote:public`` corrections stay."""
    return any(_NOT_PUBLIC.search((value or "").strip()) for value in (role, constraint))


def signals(qcodes: list[str], status: str = "usable") -> list[str]:
    """Normalised signal names first (``update``, ``correction``, ``cancel``), then the raw qcodes."""
    normalised: list[str] = []
    for qcode in qcodes:
        name = _SIGNALS.get(qcode.strip().lower())
        if name and name not in normalised:
            normalised.append(name)
    if status == "canceled" and "cancel" not in normalised:
        normalised.append("cancel")
    raw = [q for q in dict.fromkeys(q.strip() for q in qcodes) if q and q not in normalised]
    return normalised + raw


def to_int(value: str | None) -> int | None:
    """Urgency/priority strings → int, ``None`` when not a number."""
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def to_float(value: str | None) -> float | None:
    """Coordinates and other decimal attributes → float, ``None`` when not a finite number."""
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def fill_missing(target: ParsedItem, source: ParsedItem) -> ParsedItem:
    """Copy into ``target`` every field it lacks (``None``/empty) from ``source``.

    Used when an envelope (NewsML-G2, NewsML 1.2) carries NITF inside it: the envelope's metadata wins,
    the NITF fills the gaps (body, byline, abstract ...).
    """
    for fld in dataclasses.fields(ParsedItem):
        if fld.name in ("format", "pub_status"):
            continue
        mine = getattr(target, fld.name)
        theirs = getattr(source, fld.name)
        if mine in (None, "", [], {}) and theirs not in (None, "", [], {}):
            setattr(target, fld.name, theirs)
    return target
