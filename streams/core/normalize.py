"""Normalise every text field of a :class:`ParsedItem` in place (mojibake, NFC, control chars,
whitespace), so that later stages match on clean text whatever the parser produced."""

from __future__ import annotations

import re
from typing import Any

from streams.core.model import ParsedItem
from streams.core.text import clean_inline, clean_paragraph, split_paragraphs

_INLINE_FIELDS = ("headline", "subheadline", "description", "by", "located", "dateline", "slugline",
                  "ed_note", "title", "copyright_holder", "copyright_notice", "usage_terms", "caption", "creditline")
# "By Jane Doe,", "BY ANA CONTOH", "Oleh: Rina": the field is the by-line, the label and the dangling
# punctuation of an interrupted list are not part of it
_BYLINE_LABEL = re.compile(r"^(?:by|oleh)\b[\s:]*", re.IGNORECASE)
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
            if not name and not entry.get("uri"):
                continue
            entry["name"] = name
        out.append(entry)
    return out


def clean_byline(value: str) -> str:
    """A cleaned by-line without its "By"/"Oleh" label and trailing list punctuation."""
    return _BYLINE_LABEL.sub("", clean_inline(value)).rstrip(" ,;:")


def normalize_item(item: ParsedItem) -> ParsedItem:
    """Clean all text of ``item`` in place and return it."""
    for name in _INLINE_FIELDS:
        value = getattr(item, name)
        if value is not None:
            setattr(item, name, clean_inline(value) or None)
    if item.by:
        item.by = clean_byline(item.by) or None
    item.paragraphs = _paragraphs(item.paragraphs)
    item.keywords = [k for k in (clean_inline(k) for k in item.keywords) if k]
    for name in _NAMED_LISTS:
        entries = getattr(item, name)
        if entries:
            setattr(item, name, _clean_names(entries))
    item.contributors = [c for c in ({**c, "name": clean_inline(c.get("name"))} for c in item.contributors)
                         if c["name"]]
    return item
