"""A government department named by its portfolio and a lower-case head (ent21).

Wire copy writes "the Labour ministry said", "the U.S. Justice department is looking into", "the Labor department
said": the head in lower case, so the capitalised run the scan reads stops at the portfolio word ("Labour") and the
body is missed. Precision first: only a closed list of portfolios (words a government's departments are named by,
written here by hand) counts, and only after "the", a country's short form ("U.S.") or a possessive ("Japan's"),
so that "Steel Mill Merchandising department" (a store's) and "Bullocks Wilshire department" stay out. The body is
published as the copy's words with the head capitalised ("Labour Ministry", "Justice Department"), the form the
same copy uses when it capitalises the head; no country is added (the name is the story's, its country is in
``ext.countries``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from streams.core.enrich.textscan import Gate

_PORTFOLIOS = (
    "Labour",
    "Labor",
    "Finance",
    "Defence",
    "Defense",
    "Health",
    "Justice",
    "Agriculture",
    "Commerce",
    "Trade",
    "Interior",
    "Foreign",
    "Education",
    "Energy",
    "Transport",
    "Transportation",
    "Environment",
    "Economy",
    "Industry",
    "Treasury",
    "Home",
    "Housing",
    "Culture",
    "Tourism",
)
_HEADS = ("ministry", "department")
_AT = re.compile(
    rf"(?:(?<![\w-])[Tt]he |(?<![\w-])[A-Z]\.[A-Z]\. |(?<![\w-])[A-Z][a-z]+'s )({'|'.join(_PORTFOLIOS)}) "
    rf"({'|'.join(_HEADS)})(?![\w-]| stores?\b)"  # "the Home department store": a shop
)
_GATE = Gate(tuple(f" {h}" for h in _HEADS))


def find(text: str, have: Collection[str]) -> list[str]:
    """The departments the text names by a portfolio and a lower-case head ("the Labour ministry" -> "Labour
    Ministry"), in text order, each once; none the story names otherwise already (``have``: its organisations,
    compared without case, so "Labour Ministry", "Ministry of Labour" keep theirs)."""
    if not _GATE(text):
        return []
    lowered = [h.lower() for h in have]
    found: list[str] = []
    for m in _AT.finditer(text):
        portfolio, head = m.group(1), m.group(2)
        name = f"{portfolio} {head.title()}"
        low = portfolio.lower()
        if name in found or any(low in h and head in h for h in lowered):
            continue
        found.append(name)
    return found
