"""Normalise every text field of a :class:`ParsedItem` in place (NFC, control chars, whitespace)."""

from __future__ import annotations

from streams.core.model import ParsedItem
from streams.core.text import clean_inline, clean_paragraph

_INLINE_FIELDS = ("headline", "subheadline", "description", "by", "located", "dateline", "slugline",
                  "ed_note", "title", "copyright_holder", "copyright_notice", "usage_terms")


def normalize_item(item: ParsedItem) -> ParsedItem:
    for name in _INLINE_FIELDS:
        value = getattr(item, name)
        if value is not None:
            setattr(item, name, clean_inline(value) or None)
    item.paragraphs = [p for p in (clean_paragraph(p) for p in item.paragraphs) if p]
    return item
