"""Roman numerals as name parts: one reading for the entity finders ("EC II" in a standings table, "Alfonso
XIII" a king, "VII" no Norwegian body), so they cannot drift apart."""

from __future__ import annotations

import re

# I to XXXIX: regnal numbers, cup levels and sequels; larger numerals ("XL", "MC") read as acronyms or sizes
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def is_roman(tok: str) -> bool:
    """Whether ``tok`` is a Roman numeral from I to XXXIX, written in capitals."""
    return bool(tok) and _ROMAN.fullmatch(tok) is not None
