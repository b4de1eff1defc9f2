"""The dpa "Notebook" that closes dpa copy (``# Notebook`` / ``# dpa NOTEBOOK``): notes to editors
→ ``ed_note``, internet links → ``associations``, editorial contacts (``- Reporting by: X``) →
``contributors``; the rest (phone numbers, "not for publication") is dropped with it."""

from __future__ import annotations

import re

from streams.core.copy import credits, related, residue, rights
from streams.core.model import ParsedItem

_START = re.compile(r"#+\s*(?:dpa\s+)?notebook\b.*", re.IGNORECASE)
_HEADING = re.compile(r"#+\s*(?P<title>[^#-]+?)\s*(?=-\s|$)")
_BULLET = re.compile(r"(?:^|\s)[-*•]\s+")
_RULE = re.compile(r"[*\s]{3,}")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def _entries(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(section, entry) pairs; a line that is not a bullet continues the previous entry."""
    section = ""
    out: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        if _RULE.fullmatch(paragraph):  # "* * * *": what follows is "not for publication"
            section = "private"
            continue
        match = _HEADING.match(paragraph)
        if match:
            section = match.group("title").casefold()
            paragraph = paragraph[match.end() :]
        items = _BULLET.split(paragraph)
        head, bullets = items[0].strip(), [i.strip() for i in items[1:] if i.strip()]
        if head and out and out[-1][0] == section and not head.startswith("*"):
            out[-1] = (section, f"{out[-1][1]} {head}")
        elif head:
            out.append((section, head))
        out.extend((section, b) for b in bullets)
    return out


def take(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """The paragraphs before the notebook; its useful parts recorded on ``item``."""
    start = next((i for i, p in enumerate(paragraphs) if p.startswith("#") and _START.fullmatch(p)), None)
    if start is None:
        return paragraphs
    notes: list[str] = []
    for section, entry in _entries(residue.strip_signoffs(paragraphs[start + 1 :])):
        if "note" in section:
            parsed = rights.parse(entry)
            if parsed:
                rights.apply(item, parsed)
            else:
                notes.append(entry)
        elif "link" in section:
            for link in _LINK.finditer(entry):
                related.add(
                    item,
                    {
                        "name": link.group("text"),
                        "uri": link.group("url"),
                        "rel": "seeAlso",
                        "type": "text",
                        "headlines": [{"value": link.group("text")}],
                    },
                )
        elif "contact" in section:
            credits.take_by_phrases(item, entry)
    if notes and not item.ed_note:
        item.ed_note = "; ".join(notes)
    return paragraphs[:start]
