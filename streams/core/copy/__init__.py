"""Agency copy conventions: take datelines, credits, source lines, related links, rights and
residue out of the body paragraphs and into fields.

Entry point: :func:`extract`. Interim implementation; the full one lives in this package's modules.
"""

from __future__ import annotations

from streams.core.model import ParsedItem


def extract(item: ParsedItem) -> ParsedItem:
    """Move boilerplate from ``item.paragraphs`` into the item's fields. Returns the same item."""
    return item
