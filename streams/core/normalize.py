"""Normalise every text field of a :class:`ParsedItem` in place (mojibake, NFC, control chars,
whitespace), so that later stages match on clean text whatever the parser produced."""

from __future__ import annotations

import re
from typing import Any

from streams.core.copy.agencies import lookup
from streams.core.copy.credits import strip_by_label
from streams.core.model import ParsedItem
from streams.core.text import clean_inline, clean_paragraph, split_paragraphs

_INLINE_FIELDS = (
    "headline",
    "subheadline",
    "description",
    "by",
    "located",
    "dateline",
    "slugline",
    "ed_note",
    "title",
    "copyright_holder",
    "copyright_notice",
    "usage_terms",
    "caption",
    "creditline",
)
# values that stand for "no value" in feeds and scrapes ("No-Data-Available", "N/A", "null", "-")
_PLACEHOLDER = re.compile(
    r"(?:no[-_ ]?(?:data|value|info(?:rmation)?)[-_ ]?(?:available)?|not[-_ ]available|n/?a|none|null|nil"
    r"|undefined|unknown|tba|tbd|tidak ada(?: data)?|-+|\.+|\?+)",
    re.IGNORECASE,
)
# a desk login ("degenhardt.sandra", "jdoe_ap") or desk initials ("gr/bp", "hh/ph/ts") is not a by-line
_LOGIN = re.compile(
    r"[a-z][a-z0-9-]*[._][a-z][a-z0-9-]*(?:[._][a-z0-9-]+)*|[a-z]{1,4}(?:/[a-z]{1,4})+"
    r"|[A-Z]{1,4}(?:/[A-Z]{1,4})+"
)
# a date glued to the by-line ("Reuters, MAR 04"): a slug date, not part of who wrote it
_TRAILING_DATE = re.compile(
    r",?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$", re.IGNORECASE
)
# desk initials in capitals ("VRG"): not a by-line unless they name an agency ("AP", "AFP")
_INITIALS = re.compile(r"[A-Z]{2,4}")
_NAMED_LISTS = ("subjects", "genres", "people", "organisations", "places", "info_sources", "associations")


def _paragraphs(paragraphs: list[str]) -> list[str]:
    """Clean paragraphs; a parser that handed over a multi-line block gets it split into paragraphs."""
    out: list[str] = []
    for para in paragraphs:
        if "\n" in para or "\r" in para:
            out.extend(split_paragraphs(para))
        else:
            cleaned = clean_paragraph(para)
            if cleaned:
                out.append(cleaned)
    return out


def _clean_names(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Clean the ``name`` of ninjs-shaped entries; drop entries whose name cleans to nothing."""
    out = []
    for entry in entries:
        name = entry.get("name")
        if isinstance(name, str):
            name = clean_inline(name)
            if (not name or is_placeholder(name)) and not entry.get("uri"):
                continue
            entry["name"] = name
        out.append(entry)
    return out


def is_placeholder(value: str) -> bool:
    """True for a value that means "no value" ("No-Data-Available", "N/A", "-"): it is dropped."""
    return len(value) <= 32 and _PLACEHOLDER.fullmatch(value.strip()) is not None


def clean_byline(value: str) -> str:
    """A cleaned by-line without its "By"/"Oleh" label and trailing list punctuation; empty when
    what is left is a placeholder, a desk login or desk initials rather than a name."""
    value = strip_by_label(clean_inline(value)).rstrip(" ,;:")  # and the dangling list punctuation
    if value[-1:].isdigit():
        value = _TRAILING_DATE.sub("", value)
    if is_placeholder(value) or _LOGIN.fullmatch(value):
        return ""
    if _INITIALS.fullmatch(value) and lookup(value) is None:
        return ""
    return value


def normalize_item(item: ParsedItem) -> ParsedItem:
    """Clean all text of ``item`` in place and return it."""
    for name in _INLINE_FIELDS:
        value = getattr(item, name)
        if value is not None:
            value = clean_inline(value)
            setattr(item, name, None if not value or is_placeholder(value) else value)
    if item.by:
        item.by = clean_byline(item.by) or None
    item.paragraphs = _paragraphs(item.paragraphs)
    item.keywords = [k for k in (clean_inline(k) for k in item.keywords) if k and not is_placeholder(k)]
    for name in _NAMED_LISTS:
        entries = getattr(item, name)
        if entries:
            setattr(item, name, _clean_names(entries))
    item.contributors = [
        c for c in ({**c, "name": clean_byline(c.get("name") or "")} for c in item.contributors) if c["name"]
    ]
    return item
