"""Source attribution lines (``Sumber: Reuters``, ``Source: Xinhua``) → ``info_sources``."""

from __future__ import annotations

import re

from streams.core.copy.agencies import SOURCE, credit_agency
from streams.core.model import ParsedItem

LABELS = ("Sumber", "Source", "Sources")
_SPLIT = re.compile(r"\s*(?:,|;|/|&|\band\b|\bdan\b)\s*")
_NOT_A_SOURCE = re.compile(r"[\d@<>\"“”!?]")
MAX_WORDS = 5


def parse(value: str) -> list[str] | None:
    """The agency names of a source line, or None when ``value`` reads like prose, not names."""
    value = value.strip().strip(".").strip()
    if not value or len(value) > 80:
        return None
    parts = [p for p in _SPLIT.split(value) if p]
    if not parts or any(_NOT_A_SOURCE.search(p) or len(p.split()) > MAX_WORDS or not p[0].isupper()
                        for p in parts):
        return None
    return parts


def add(item: ParsedItem, names: list[str]) -> None:
    for name in names:
        credit_agency(item, name, SOURCE)
