"""The dpa "Notebook" that closes dpa copy (``# Notebook`` / ``# dpa NOTEBOOK``): notes to editors
→ ``ed_note``, internet links → ``associations``, editorial contacts (``- Reporting by: X``) →
``contributors``; the rest (phone numbers, "not for publication") is dropped with it. Contacts listed after
a "not for publication" notice (dpa: "* * * *" / "The following information is not intended for publication")
stay contributors with ``scope: "desk"`` (``credits.DESK_ONLY``) and never make the public by-line."""

from __future__ import annotations

import re

from streams.core.copy import credits, related, residue, rights
from streams.core.copy.agencies import DISTRIBUTOR, ORIGINATOR, lookup
from streams.core.model import ParsedItem

_START = re.compile(r"#+\s*(?:dpa\s+)?notebook\b.*", re.IGNORECASE)
_HEADING = re.compile(r"#+\s*(?P<title>[^#-]+?)\s*(?=-\s|$)")
_BULLET = re.compile(r"(?:^|\s)[-*•]\s+")
_RULE = re.compile(r"[*\s]{3,}")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")
# "Distributed by Tribune Content Agency, LLC.": a syndicator's credit line, the whole note
_DISTRIBUTED = re.compile(
    r"(?i)(?:distributed|syndicated)\s+by\s+(?P<name>[A-Z][^,;:()]{1,60}?)"
    r"(?:,?\s+(?:LLC|Inc|Ltd|GmbH|Corp)\b)?\.?"
)


def _credit_distributor(item: ParsedItem, entry: str, holder: str | None) -> bool:
    """Record a "Distributed by X" note: X distributes (an earlier originator credit of X, from a dateline
    tag "(tca/dpa)", gives way); the copyright holder, when another, is the originator. False when
    ``entry`` is no such note."""
    match = _DISTRIBUTED.fullmatch(entry.strip())
    if match is None:
        return False
    agency = lookup(match.group("name"))
    name = agency.name if agency else match.group("name").strip()
    key = name.casefold()
    item.info_sources = [s for s in item.info_sources if str(s.get("name", "")).casefold() != key]
    holder_agency = lookup(holder) if holder else None
    if holder and holder.casefold() != key and (agency is None or holder_agency is None or holder_agency.name != name):
        item.info_sources = [s for s in item.info_sources if str(s.get("name", "")).casefold() != holder.casefold()]
        item.info_sources.insert(0, {"name": holder, "role": ORIGINATOR})
    item.info_sources.append({"name": name, "role": DISTRIBUTOR})
    return True


PRIVATE = "private"  # section prefix of what follows a "not for publication" notice


def _entries(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(section, entry) pairs; a line that is not a bullet continues the previous entry. After a "* * * *"
    rule or a "not for publication" notice every section's name starts with :data:`PRIVATE`."""
    section = ""
    private = False
    out: list[tuple[str, str]] = []
    for paragraph in paragraphs:
        if _RULE.fullmatch(paragraph):  # "* * * *": what follows is "not for publication"
            private = True
            section = PRIVATE
            continue
        public = residue.public_part(paragraph)
        if public != paragraph:  # "The following information is not for publication"
            private = True
            section = PRIVATE
            paragraph = public
            if not paragraph:
                continue
        match = _HEADING.match(paragraph)
        if match:
            title = match.group("title").casefold()
            section = f"{PRIVATE} {title}" if private else title
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
    distributed: list[str] = []
    for section, entry in _entries(residue.strip_signoffs(paragraphs[start + 1 :])):
        public = (residue.public_part(entry) or "").strip()
        if "note" in section and _DISTRIBUTED.fullmatch(public):
            distributed.append(public)
            notes.append(entry)
        elif "note" in section:
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
            credits.take_by_phrases(item, entry, private=section.startswith(PRIVATE))
    for entry in distributed:  # after the notes: the "(c) Y" line may follow it
        _credit_distributor(item, entry, item.copyright_holder)
    if notes and not item.ed_note:
        item.ed_note = "; ".join(notes)
    return paragraphs[:start]
