"""Who is who among news agencies and news sites: the spellings seen in copy mapped to one display
name and one provider id, and the one helper that records an agency in ``info_sources``."""

from __future__ import annotations

from typing import NamedTuple

from streams.core.model import ParsedItem

ORIGINATOR = "originator"   # the agency whose copy this is (dateline tag)
SOURCE = "source"           # an agency the copy credits as its source ("Sumber: Reuters")


class Agency(NamedTuple):
    name: str        # display name used in infoSources / copyrightHolder
    provider: str    # lower-case provider id (ParsedItem.provider)


_TABLE: dict[str, Agency] = {}


def _add(name: str, provider: str, *aliases: str) -> None:
    agency = Agency(name, provider)
    for alias in (name, *aliases):
        _TABLE[alias.casefold()] = agency


_add("ANTARA", "antara", "ANTARA News", "Antaranews", "antaranews.com", "Kantor Berita ANTARA", "ANTARA FOTO")
_add("Reuters", "reuters", "Reuter", "Thomson Reuters")
_add("AP", "ap", "Associated Press", "The Associated Press")
_add("AFP", "afp", "Agence France-Presse")
_add("dpa", "dpa", "dpa-AFX", "dpa-tns", "Deutsche Presse-Agentur")
_add("Bernama", "bernama")
_add("Xinhua", "xinhua")
_add("Anadolu", "anadolu", "AA", "Anadolu Agency")
_add("Kyodo", "kyodo")
_add("Yonhap", "yonhap")
_add("EFE", "efe", "EFECOM")
_add("ANSA", "ansa")
_add("TASS", "tass", "ITAR-TASS")
_add("Sputnik", "sputnik", "RIA Novosti")
_add("PTI", "pti")
_add("IANS", "ians")
_add("UPI", "upi")
_add("AAP", "aap")
_add("PA", "pa")
_add("APA", "apa")
_add("KUNA", "kuna")
_add("WAM", "wam")
_add("SPA", "spa")
_add("VNA", "vna")
_add("PNA", "pna")
_add("Tribune Content Agency", "tca", "tca")
_add("Tempo", "tempo", "TEMPO.CO", "Tempo.co")
_add("Liputan6", "liputan6", "Liputan6.com")
_add("Republika", "republika", "REPUBLIKA.CO.ID", "Republika.co.id")
_add("Kompas", "kompas", "KOMPAS.com", "Kompas.com")
_add("Detik", "detik", "detikcom", "detik.com")
_add("CNN Indonesia", "cnnindonesia", "CNNIndonesia.com")
_add("CNBC Indonesia", "cnbcindonesia", "CNBCIndonesia.com")
_add("Tribunnews", "tribunnews", "Tribunnews.com")


def lookup(text: str) -> Agency | None:
    """The agency a spelling (case-insensitive) stands for, or None."""
    return _TABLE.get(text.strip().casefold())


def lookup_prefix(text: str) -> Agency | None:
    """The agency named by the longest leading run of words ("ANTARA News Jawa Timur" → ANTARA)."""
    words = text.split()
    for n in range(min(len(words), 4), 0, -1):
        agency = lookup(" ".join(words[:n]))
        if agency:
            return agency
    return None


def add_info_source(item: ParsedItem, name: str, role: str) -> None:
    """Record ``name`` in ``item.info_sources`` once (the first role recorded wins)."""
    key = name.casefold()
    if any(str(s.get("name", "")).casefold() == key for s in item.info_sources):
        return
    item.info_sources.append({"name": name, "role": role})


def credit_agency(item: ParsedItem, text: str, role: str) -> Agency | None:
    """Record the agency ``text`` names (canonical name if known) and set the provider if still unset."""
    agency = lookup(text)
    name = agency.name if agency else text.strip()
    if not name:
        return None
    add_info_source(item, name, role)
    if agency and role == ORIGINATOR and not item.provider:
        item.provider = agency.provider
    return agency
