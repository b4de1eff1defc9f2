"""Copyright lines (``Copyright © ANTARA 2022``, ``COPYRIGHT © ANTARA News Jawa Timur 2014``,
``(c) Copyright Thomson Reuters 2021``) → ``copyright_holder`` and ``copyright_notice``."""

from __future__ import annotations

import re

from streams.core.copy.agencies import lookup_prefix
from streams.core.model import ParsedItem

# what a rights segment starts with (used by the footer segmenter too)
START_PATTERN = r"(?:\([cC]\)\s*)?(?:Copyright|COPYRIGHT)\b(?:\s*(?:©|\([cC]\)))?|©"
_NOTICE = re.compile(
    r"^(?:\(c\)\s*)?(?:copyright\s*)?(?P<mark>©|\(c\))?\s*(?:(?P<y1>\d{4})(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?:by\s+)?(?P<holder>[^\d©]{2,60}?)\s*(?P<y2>\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[.,]?"
    r"(?:\s*all rights reserved\.?)?$",
    re.IGNORECASE,
)
MAX_NOTICE_CHARS = 120
MAX_TERMS_CHARS = 400


def parse(segment: str) -> tuple[str, str] | None:
    """(holder, notice) of a copyright line, or None when ``segment`` is prose that mentions copyright."""
    segment = segment.strip()
    if len(segment) > MAX_NOTICE_CHARS:
        # "© ΑΠΕ-ΜΠΕ ΑΕ. Τα πνευματικά δικαιώματα ανήκουν …": a notice, then its usage terms
        head, stop, _ = segment.partition(". ")
        parsed = parse(head) if segment.startswith("©") and stop and len(segment) <= MAX_TERMS_CHARS else None
        return (parsed[0], segment) if parsed else None
    match = _NOTICE.match(segment)
    if not match or not (match.group("mark") or match.group("y1") or match.group("y2")):
        return None
    holder = match.group("holder").strip(" .,")
    agency = lookup_prefix(holder)
    if agency and not holder.casefold().startswith(("thomson", "the ")):
        holder = agency.name
    return holder, segment


def apply(item: ParsedItem, parsed: tuple[str, str]) -> None:
    """Record a parsed copyright line; values a structured parser set win."""
    if not item.copyright_holder:
        item.copyright_holder = parsed[0]
    if not item.copyright_notice:
        item.copyright_notice = parsed[1]
