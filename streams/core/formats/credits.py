"""Who supplied an item, read from the format's own fields (issue #15: sources and credits from every format).

Formats name their provider in many places besides an ``infoSource`` list: NITF ``distributor`` and a
by-line that holds only a service title (``<byttl>Sports Network</byttl>``), ``doc.copyright@holder``,
ninjs ``source``/``copyrightHolder`` and an outlet in the by-line whose name is also the host of the
item's own address ("futurezone/KN" on ``https://www.futurezone.de/…``), a G2 ``<by>`` that is only an
agency name ("Reuters"). The helpers here turn such a field into an info source with a role, and say
when a by-line is a source rather than a person.

Precision first: a name that is not a known agency is only taken when the field's meaning makes it a
provider (distributor, provider, service title with no person) or when it reads as an organisation
(an organisation word such as "Database", "Network", "News", "Ltd"), never from a person's name.
"""

from __future__ import annotations

import re

from streams.core.copy.agencies import (
    DISTRIBUTOR,
    ORIGINATOR,
    add_info_source,
    by_provider,
    lookup,
    lookup_prefix,
    site_label,
)
from streams.core.copy.credits import strip_by_label
from streams.core.model import ParsedItem

# words that make a name an organisation (publishers, services, companies), not a person
_ORG_WORDS = re.compile(
    r"(?i)\b(?:agency|agencia|agence|agentur|association|bureau|broadcasting|channel|company|corp(?:oration)?|"
    r"council|database|group|gmbh|inc|institute|limited|llc|ltd|media|network|news|newswire|press|publishing|"
    r"radio|service|services|syndicate|television|times|tv|wire|zeitung)\b\.?"
)
# by-line titles that describe a person's job, not a service ("Staff Writer", "AP Sports Writer")
_JOB_TITLE = re.compile(
    r"(?i)\b(?:writer|correspondent|reporter|editor|columnist|photographer|contributor|critic|analyst|"
    r"staff|special|senior|chief|bureau chief|wartawan|redaktur|pewarta|korrespondent|redakteur|journalist)\b"
)
_HOST = re.compile(r"(?i)^(?:https?://)?(?:www\d?\.|m\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)")
_PARTS = re.compile(r"\s*[/,;|]\s*")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# rights boilerplate around a holder's name ("The Canadian Press. All rights reserved.", "(c) 2020 AAP")
_RIGHTS_WORDS = re.compile(r"(?i)\ball rights reserved\b|\bcopyright\b|\(c\)|©|\b(?:19|20)\d\d\b")


def org_like(name: str) -> bool:
    """True when ``name`` reads as an organisation (a known agency, or an organisation word in it)."""
    return bool(lookup_prefix(name) or _ORG_WORDS.search(name))


def add_source(item: ParsedItem, name: str | None, role: str) -> bool:
    """Record ``name`` (a known agency under its display name) with ``role``; False when empty."""
    name = " ".join((name or "").split()).strip(" .,;:-")
    if len(name) < 2:
        return False
    agency = lookup(name)
    add_info_source(item, agency.name if agency else name, role)
    return True


def copyright_source(item: ParsedItem) -> None:
    """A copyright holder that is an organisation is the item's originator ("The Anti-Doping Database",
    "International Press Telecommunications Council"), and so is one whose name is the item's own host
    ("addb" on ``urn:newsml:addb.no:…``); a person (a photographer) is not. When the item names another
    originator already (Superdesk's ``"source": "Reuters"``), the holder only distributes the copy:
    AAP holding the rights to a Reuters story it carries is its ``distributor`` (ninjs 3.0 roles)."""
    holder = _RIGHTS_WORDS.sub(" ", item.copyright_holder or "").strip(" .,;:-")
    own_host = bool(holder) and _NON_ALNUM.sub("", holder.lower()) == site_label(item.uri)
    if holder and not holder.startswith(("http://", "https://")) and (own_host or org_like(holder)):
        agency = lookup_prefix(holder)
        wrote = not own_host and any(e.get("role") == ORIGINATOR for e in item.info_sources)
        add_source(item, agency.name if agency else holder, DISTRIBUTOR if wrote else ORIGINATOR)
    _notice_distributor(item)


def _notice_distributor(item: ParsedItem) -> None:
    """A picture's notice "holder/distributor" ("SIPA USA/PA Images": Sipa's picture sold through PA Images)
    names the agency that distributes it: a ``distributor`` when it is an agency or reads as an organisation."""
    notice, holder = (item.copyright_notice or "").strip(), (item.copyright_holder or "").strip()
    if not holder or len(notice) > 60 or notice.count("/") != 1:
        return
    first, _, second = (part.strip() for part in notice.partition("/"))
    if first.casefold() != holder.casefold() or not second:
        return
    agency = lookup_prefix(second)
    if agency or org_like(second):
        add_source(item, agency.name if agency else second, DISTRIBUTOR)


def distributor_source(item: ParsedItem, name: str | None) -> None:
    """NITF ``distributor``: the originator when it is the item's own agency (EFE's "Agencia EFE", AP's
    "The Associated Press", the copyright holder), else a distributor of another's copy (DopingWatch
    for The Anti-Doping Database)."""
    name = (name or "").strip()
    if not name:
        return
    agency = lookup_prefix(name)
    own = {a.name for a in (by_provider(item.provider), lookup_prefix(item.copyright_holder or "")) if a}
    holder = (item.copyright_holder or "").casefold()
    same = (agency is not None and agency.name in own) or (holder and name.casefold() in holder)
    add_source(item, name, ORIGINATOR if same or (agency and not item.provider) else DISTRIBUTOR)


_DATE_PART = re.compile(r"(?i)^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$")
# generic top-level domains whose second-level label is the site's name (country domains vary too much)
_PUBLIC_TLDS = frozenset({"com", "org", "net", "media", "news", "info"})
_SERVICE_WORDS = frozenset({"tv", "video", "photo", "photos", "pictures", "staff", "wire", "foto", "online", "digital"})


# a company's legal form after its name: "The Sports Network, Inc." is the service The Sports Network
_LEGAL_TAIL = re.compile(r",?\s+(?:Inc|Ltd|LLC|Corp|GmbH|Co)\.?$")


def agency_byline(by: str | None) -> str | None:
    """The agency a by-line is, when the by-line is nothing but a known agency name ("Reuters",
    "By The Associated Press") or its service ("REUTERS TV"): the agency's display name, else None."""
    text = _LEGAL_TAIL.sub("", strip_by_label(by or "", foreign="any").strip(" ."))  # "The Sports Network, Inc."
    if "," in text:  # Reuters video: "Reuters, MAR 04" (the agency and the shoot date)
        parts = [p for p in _PARTS.split(text) if p]
        dates = [p for p in parts if _DATE_PART.match(p)]
        text = parts[0] if len(parts) - len(dates) == 1 and not _DATE_PART.match(parts[0]) else text
    if not text:
        return None
    agency = lookup(text)
    if agency is None:
        words = text.split()
        agency = lookup(" ".join(words[:-1])) if len(words) > 1 and words[-1].lower() in _SERVICE_WORDS else None
    return agency.name if agency else None


def service_title(title: str | None) -> bool:
    """True when a by-line title (NITF ``byttl``) names a service, not a job ("Sports Network" yes,
    "Staff Writer" no)."""
    text = (title or "").strip()
    return bool(text) and not _JOB_TITLE.search(text) and (org_like(text) or text[:1].isupper())


def uri_agency(uri: str | None) -> str | None:
    """The known agency whose site an address is on, sub-domains included ("http://mms.businesswire.com/…"
    → "Business Wire"), or None."""
    match = _HOST.match((uri or "").strip()) if uri and "://" in uri else None
    if not match:
        return None
    labels = match.group("host").lower().split(".")
    for start in range(len(labels) - 1):
        agency = lookup(".".join(labels[start:]))
        if agency:
            return agency.name
    if labels[-1] in _PUBLIC_TLDS:  # api.ap.org, www.efe.com: the site's own name is the agency's
        agency = lookup(labels[-2])
        if agency:
            return agency.name
    return None


_VIA = re.compile(r"(?i)\bvia\s+(?P<agency>[A-Za-z][\w .&-]{1,40}?)\s*$")


def via_agency(by: str | None) -> str | None:
    """The agency a credit says the item came through ("DHA via AP" → "AP"), or None."""
    match = _VIA.search(by or "")
    agency = lookup(match.group("agency")) if match else None
    return agency.name if agency else None
