"""Source attribution lines (``Sumber: Reuters``, ``Source: Xinhua``) → ``info_sources``, and
:func:`finish`: every agency the item's format or fields carry (provider, copyright holder, by-line
affiliation) is in ``info_sources`` with a role."""

from __future__ import annotations

import re

from streams.core.copy.agencies import (
    DISTRIBUTOR,
    ORIGINATOR,
    SOURCE,
    Agency,
    add_info_source,
    by_provider,
    credit_agency,
    lookup,
    lookup_prefix,
)
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
    if not parts or any(_NOT_A_SOURCE.search(p) or len(p.split()) > MAX_WORDS or not p[0].isupper() for p in parts):
        return None
    return parts


def add(item: ParsedItem, names: list[str]) -> None:
    for name in names:
        credit_agency(item, name, SOURCE)


_BY_PARTS = re.compile(r"\s*[,;/]\s*|\s+(?:for|of)\s+")


def _affiliation(part: str) -> Agency | None:
    """The agency a by-line part names: the whole part, or its first two or more words followed by a
    title ("Press Association Political Correspondent"); one leading word is a name ("Ana Contoh")."""
    words = part.split()
    for n in range(min(len(words), 4), 0, -1):
        agency = lookup(" ".join(words[:n]))
        if agency and (n == len(words) or n >= 2):
            return agency
    return None


def _affiliations(item: ParsedItem) -> list[str]:
    """Agency names a by-line or credit carries as affiliation ("Ian Jones, Press Association",
    "The Associated Press", a contributor titled "BusinessDesk")."""
    out = []
    if item.by:
        for part in _BY_PARTS.split(item.by):
            agency = _affiliation(part)
            if agency:
                out.append(agency.name)
    for contributor in item.contributors:
        agency = lookup(contributor.get("title") or "")
        if agency:
            out.append(agency.name)
    return out


# an unknown outlet named as a by-line's affiliation: "Name, The Anti-Doping Database"
_AFFILIATION = re.compile(r"^[^,;/]{3,60},\s+(?P<outlet>The(?:\s+[A-Z][\w&.'-]*){1,5})$")
_URL = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
# NewsML-G2 creator-role QCodes (cRole:origProv, crole:source …) → the roles used everywhere else
_QCODE_ROLE = re.compile(r"(?i)^(?:c?role|isrole|infosourcerole):(?P<code>[a-z]+)$")
_QCODE_ROLES = {
    "origprov": ORIGINATOR,
    "originator": ORIGINATOR,
    "provider": ORIGINATOR,  # IPTC isrole:provider: the party that supplied the item (LISTING_26's Acme News)
    "source": SOURCE,
    "redistributor": DISTRIBUTOR,
    "distributor": DISTRIBUTOR,
}
# a scheme code in the name field ("photCode:X01390"): an identifier, not a name
_QCODE_NAME = re.compile(r"^[A-Za-z]+:[\w.-]+$")


def _role(role: object) -> object:
    """A G2 role QCode in the plain vocabulary ("cRole:origProv", "isrole:provider" → "originator", "cRole:enhancer" →
    "enhancer"); other values unchanged."""
    match = _QCODE_ROLE.match(role) if isinstance(role, str) else None
    if match is None:
        return role
    code = match.group("code")
    return _QCODE_ROLES.get(code.lower(), code)


def _same_agency(entry: dict[str, object], entries: list[dict[str, object]]) -> bool:
    """``entry`` names an agency already listed: Reuters as both ``source`` and ``origProv`` is one
    originator (the stronger role is kept on the earlier entry)."""
    name = str(entry.get("name", "")).casefold()
    for kept in entries:
        if name and str(kept.get("name", "")).casefold() == name:
            if entry.get("role") == ORIGINATOR and kept.get("role") == SOURCE:
                kept["role"] = ORIGINATOR
            return True
    return False


_URI_HOST = re.compile(r"^https?://(?:www\.)?(?P<host>[^/:?#]+)", re.IGNORECASE)


def _uri_agency(uri: str | None) -> Agency | None:
    """The agency whose site the item's own address is on (``http://www.businesswire.com/news/…``)."""
    match = _URI_HOST.match(uri or "")
    return lookup(match.group("host")) if match else None


# the parts of a compound credit: "STT–AFP", "AFP/Getty Images", "AP Photo/John Doe", "dpa, Reuters"
_CREDIT_PARTS = re.compile(r"\s*(?:[–—/,;+&|]|\s-\s|\band\b)\s*")


def creditline_agencies(creditline: str | None) -> list[Agency]:
    """Every agency a credit line names, in order ("STT–AFP" → STT, AFP; "AP Photo/John Doe" → AP); a
    part that is no agency (a photographer, "Getty Images") is skipped, and "STT-AFP" splits at its
    hyphen only when the whole is no agency ("dpa-AFX" is one)."""
    if not creditline:
        return []
    whole = lookup(creditline)
    if whole is not None:
        return [whole]
    out: list[Agency] = []
    for part in _CREDIT_PARTS.split(creditline):
        pieces = [part] if lookup_prefix(part) or "-" not in part else part.split("-")
        for piece in pieces:
            agency = lookup_prefix(piece.strip())
            if agency is not None and agency not in out:
                out.append(agency)
    return out


_NAME_RUN = r"(?:[A-Z][\w.&-]*|dpa)(?:\s+[A-Z][\w.&-]*){0,3}"
# an agency the text cites for what it reports: "according to Xinhua", "told Reuters", "dilansir dari AFP", "laut
# dpa", "AFP Fact Check har kommet frem til", "Xinhua reported"; the agency's name is the capitalised run
_CITED = re.compile(
    r"\b(?:according to|told|menurut|dilansir(?: dari)?|dikutip(?: dari)?|mengutip|laut|según|selon|ifølge|enligt)"
    r"\s+(?:(?:kantor berita|the news agency|news agency|agencia|l'agence|Nachrichtenagentur|nyhetsbyrået)\s+)?"
    rf"(?P<after>{_NAME_RUN})"
    rf"|(?P<before>{_NAME_RUN})\s+(?:reported|melaporkan|memberitakan|berichtete?|meldete?|informó|a rapporté"
    r"|rapporterer|rapporterte|har kommet frem til)\b"
)
_CITE_CUES = (
    "according",
    "told",
    "enurut",
    "dilansir",
    "dikutip",
    "mengutip",
    "laut",
    "según",
    "selon",
    "ifølge",
    "enligt",
    "report",
    "melaporkan",
    "memberitakan",
    "berichte",
    "melde",
    "informó",
    "rapport",
    "kommet",
)


_SERVICE_WORDS = frozenset({"fact", "check", "news", "tv", "television", "photo", "foto", "video", "english"})


def _reporting_agency(words: list[str]) -> Agency | None:
    """The agency a capitalised run before a reporting verb ends on: the whole run or its tail ("Yesterday
    Reuters"), an agency's service after its name too ("AFP Fact Check"); a company named after one
    ("Reuters Holdings reported a profit") is none."""
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            if end < len(words) and not all(w.casefold() in _SERVICE_WORDS for w in words[end:]):
                break
            agency = lookup(" ".join(words[start:end]))
            if agency is not None:
                return agency
    return None


def cited_agencies(paragraphs: list[str]) -> list[Agency]:
    """The agencies the text cites as the source of what it reports (``_CITED``), in order, each once; a
    capitalised run before a reporting verb may open with another word ("Yesterday Reuters reported")."""
    out: list[Agency] = []
    for paragraph in paragraphs:
        if not any(cue in paragraph for cue in _CITE_CUES):
            continue
        for match in _CITED.finditer(paragraph):
            if match.group("after"):
                agency = lookup_prefix(match.group("after"))
            else:
                agency = _reporting_agency(match.group("before").split())
            if agency is not None and agency not in out:
                out.append(agency)
    return out


def finish(item: ParsedItem) -> None:
    """Give every info source a role and add the agencies the item carries but does not list.

    A known agency's spelling becomes its display name ("Antara News" → "ANTARA"); an entry without
    a role is the originator when it is the item's provider, else a source. The provider, an agency
    whose site the item's uri is on and one a by-line names are added as originator when missing; the
    copyright holder too, unless another agency is the originator already: then it is the distributor
    (AAP carrying a Reuters story, ninjs 3.0 roles); every agency of a compound credit line ("STT–AFP") is a source (the
    originator when it is the provider). G2 role
    QCodes become plain roles, one agency is listed once (with its strongest role), an address is no
    agency name, and a distributor (NITF ``doc.rights``) comes after the copy's own agencies.
    """
    entries: list[dict[str, object]] = []
    for entry in item.info_sources:
        name, role = entry.get("name"), _role(entry.get("role"))
        if isinstance(name, str) and (_URL.match(name) or (_QCODE_NAME.match(name) and not lookup(name))):
            continue  # "http://www.example.com", "photCode:X01390": an address or a code, not a name
        if role != entry.get("role"):
            entry = {**entry, "role": role}
        agency = lookup(name) if isinstance(name, str) else None
        if agency is not None and role in (None, "", ORIGINATOR, SOURCE):
            role = role or (ORIGINATOR if agency.provider == item.provider else SOURCE)
            entry = {**entry, "name": agency.name, "role": role}
        elif not role and name:
            entry = {**entry, "role": SOURCE}
        if _same_agency(entry, entries):
            continue
        entries.append(entry)
    item.info_sources = entries
    carried = [by_provider(item.provider), _uri_agency(item.uri)]
    for agency in carried:
        if agency is not None:
            add_info_source(item, agency.name, ORIGINATOR)
    holder = lookup_prefix(item.copyright_holder) if item.copyright_holder else None
    if holder is not None:  # AAP holds the copyright of a Reuters story it carries: AAP distributes it
        wrote = any(e.get("role") == ORIGINATOR for e in item.info_sources)
        add_info_source(item, holder.name, DISTRIBUTOR if wrote else ORIGINATOR)
    for name in _affiliations(item):
        add_info_source(item, name, ORIGINATOR)
    for agency in creditline_agencies(item.creditline):
        add_info_source(item, agency.name, ORIGINATOR if agency.provider == item.provider else SOURCE)
    for agency in cited_agencies(item.paragraphs):
        add_info_source(item, agency.name, ORIGINATOR if agency.provider == item.provider else SOURCE)
    if not item.info_sources and item.by:
        outlet = _AFFILIATION.search(item.by)
        if outlet is not None:  # "Trond Husø, The Anti-Doping Database": the only source the item names
            add_info_source(item, outlet.group("outlet"), ORIGINATOR)
    if len(item.info_sources) > 1:
        item.info_sources.sort(key=lambda e: e.get("role") == DISTRIBUTOR)  # the copy's own agencies first
