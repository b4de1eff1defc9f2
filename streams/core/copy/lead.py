"""What stands before the dateline paragraph: a repeated headline (dropped), a photo caption
(``… (ANTARA/Name)``, kept in ``extra``), a byline (``By X``), or a teaser that repeats a quote
(→ ``description`` when the format gave none). Nothing before the dateline is story body."""

from __future__ import annotations

import re

from streams.core.copy import credits
from streams.core.model import ParsedItem

_CAPTION = re.compile(r"\((?:ANTARA(?: FOTO)?|AP Photo|REUTERS|AFP|dpa)/[^)]{2,60}\)\s*\.?$", re.IGNORECASE)


def take(item: ParsedItem, paragraphs: list[str], dateline_index: int | None) -> list[str]:
    """Move the paragraphs before the dateline paragraph out of the body."""
    if not dateline_index:
        return paragraphs
    headline = (item.headline or "").casefold()
    for paragraph in paragraphs[:dateline_index]:
        folded = paragraph.casefold()
        if folded == headline or credits.take_byline(item, paragraph):
            continue
        if _CAPTION.search(paragraph):
            item.extra.setdefault("captions", []).append(paragraph)
        elif not item.description:
            item.description = paragraph
        elif folded != item.description.casefold():
            item.extra.setdefault("teasers", []).append(paragraph)
    return paragraphs[dateline_index:]
