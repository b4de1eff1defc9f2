"""Who is who among news agencies and news sites: the spellings seen in copy mapped to one display
name and one provider id, and the one helper that records an agency in ``info_sources``."""

from __future__ import annotations

import re
from typing import NamedTuple

from streams.core.model import ParsedItem

ORIGINATOR = "originator"  # the agency whose copy this is (dateline tag)
SOURCE = "source"  # an agency the copy credits as its source ("Sumber: Reuters")
DISTRIBUTOR = "distributor"  # an agency that distributes another's copy under its rights (NITF doc.rights)


class Agency(NamedTuple):
    name: str  # display name used in infoSources / copyrightHolder
    provider: str  # lower-case provider id (ParsedItem.provider)


_TABLE: dict[str, Agency] = {}
_BY_PROVIDER: dict[str, Agency] = {}


def _add(name: str, provider: str, *aliases: str) -> None:
    agency = Agency(name, provider)
    _BY_PROVIDER.setdefault(provider, agency)
    for alias in (name, *aliases):
        _TABLE[alias.casefold()] = agency


_add("ANTARA", "antara", "ANTARA News", "Antaranews", "antaranews.com", "Kantor Berita ANTARA", "ANTARA FOTO")
_add("Reuters", "reuters", "Reuter", "Thomson Reuters")
_add("AP", "ap", "Associated Press", "The Associated Press")
_add("APTN", "ap", "AP Television News", "Associated Press Television News")  # AP's video service: its own credit
_add("AFP", "afp", "Agence France-Presse", "Agence France Presse", "AFP-Services")
_add("dpa", "dpa", "dpa-AFX", "dpa-tns", "Deutsche Presse-Agentur", "Deutsche Presse-Agentur GmbH")
_add("Bernama", "bernama", "BERNAMA", "Malaysian National News Agency", "Pertubuhan Berita Nasional Malaysia")
_add("Xinhua", "xinhua")
_add("Anadolu", "anadolu", "AA", "Anadolu Agency")
_add("Kyodo", "kyodo")
_add("Yonhap", "yonhap")
_add("EFE", "efe", "EFECOM", "Agencia EFE", "EFE News", "EFE News Service")
_add("ANSA", "ansa")
_add("TASS", "tass", "ITAR-TASS")
_add("Sputnik", "sputnik", "RIA Novosti")
_add("PTI", "pti", "Press Trust of India")
_add("IANS", "ians")
_add("UPI", "upi")
_add("AAP", "aap", "Australian Associated Press", "AAP Newswire")
_add("PA", "pa", "Press Association", "The Press Association", "PA Media", "PA Sport", "PA Wire")
_add("BusinessDesk", "businessdesk", "BusinessDesk.co.nz")
_add("Sipa", "sipa", "SIPA USA", "Sipa USA", "SIPA Press", "Sipa Press")
_add("Business Wire", "businesswire", "BUSINESS WIRE", "businesswire.com", "美國商業資訊", "美国商业资讯")
_add("NTB", "ntb", "Norsk Telegrambyrå")
_add("STT", "stt", "STT-Lehtikuva", "Suomen Tietotoimisto")
_add("Ritzau", "ritzau", "Ritzaus Bureau", "RB")
_add("ANB", "anb", "Avisenes Nyhetsbyrå")
_add("ANA-MPA", "ana", "Athens News Agency", "Athens-Macedonian News Agency", "ANA-MPE")
_add("The Canadian Press", "cp", "Canadian Press", "CP", "La Presse Canadienne")
_add("TT", "tt", "TT Nyhetsbyrån", "Tidningarnas Telegrambyrå")
_add("WENN", "wenn", "World Entertainment News Network")
_add("APA", "apa")
_add("KUNA", "kuna")
_add("WAM", "wam")
_add("SPA", "spa")
_add("SANA", "sana", "Syrian Arab News Agency")
_add("VNA", "vna")
_add("PNA", "pna")
_add("Tribune Content Agency", "tca", "tca")
_add("Tempo", "tempo", "TEMPO.CO", "Tempo.co")
_add("Liputan6", "liputan6", "Liputan6.com")
_add("Republika", "republika", "REPUBLIKA.CO.ID", "Republika.co.id")
_add("Kompas", "kompas", "KOMPAS.com", "Kompas.com", "Kompas Cyber Media")
_add("Detik", "detik", "detikcom", "detik.com")
_add("CNN Indonesia", "cnnindonesia", "CNNIndonesia.com")
_add("CNBC Indonesia", "cnbcindonesia", "CNBCIndonesia.com", "CNBC Indonesia TV")
_add("Tribunnews", "tribunnews", "Tribunnews.com")
# press-release wires, named in a release's dateline ("GLASGOW, Feb. 01, 2018 (GLOBE NEWSWIRE) --")
_add("GlobeNewswire", "globenewswire", "GLOBE NEWSWIRE", "Globe Newswire", "globenewswire.com")
_add("PR Newswire", "prnewswire", "PRNewswire", "PRNEWSWIRE", "prnewswire.com", "PR NEWSWIRE")
_add("ACCESSWIRE", "accesswire", "Accesswire")
_add("Marketwired", "marketwired", "Marketwire", "MARKETWIRED")
_add("Cision", "cision")
# sports wires: "(Sports Network) - With the Philadelphia Phillies …"; sports data providers whose results
# Reuters distributes under a date-only dateline ("Jan 3 (OPTA) - ", "Jan 30 (Gracenote) - ")
_add("The Sports Network", "sportsnetwork", "Sports Network", "SportsNetwork")
_add("Opta Sports Data", "opta", "OPTA", "Opta")
_add("Gracenote", "gracenote")


# a web address's host (scheme and "www."/"m." optional) and a NewsML URN's provider domain
_HOST = re.compile(r"(?i)^(?:https?://)?(?:[^/@?#]*@)?(?:www\d?\.|m\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)")
_NEWSML_URN = re.compile(r"(?i)^urn:newsml:(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+):")
# second-level labels under a country code: example.co.uk, kemenkeu.go.id, sekolah.sch.id
_SECOND_LEVEL = frozenset(("co", "com", "or", "ac", "go", "net", "org", "gov", "web", "my", "sch"))


def site_label(address: str | None) -> str | None:
    """The outlet an address names: the distinctive label of its host ("https://www.futurezone.de/…" →
    "futurezone", "news.detik.com" → "detik", "www.antaranews.co.id" → "antaranews"), also of a bare host or
    a NewsML URN's domain ("urn:newsml:addb.no:…" → "addb"); None when it names no host. The one reader of
    "the site an item is on" for parsers and the copy stage."""
    text = (address or "").strip()
    newsml = _NEWSML_URN.match(text)
    match = _HOST.match(newsml.group("domain") if newsml else text)
    if not match:
        return None
    core = match.group("host").lower().split(".")[:-1]
    if len(core) > 1 and core[-1] in _SECOND_LEVEL:
        core = core[:-1]
    return core[-1] if core else None


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


def by_provider(provider: str | None) -> Agency | None:
    """The agency whose provider id (or spelling: "ana-mpe") is ``provider`` ("aap" → AAP), or None."""
    return (_BY_PROVIDER.get(provider) or lookup(provider)) if provider else None


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


def credit_mark(item: ParsedItem, text: str) -> Agency | None:
    """Record the agency an end mark or sign-off names ("Reuter", "-- BERNAMA", "AAP RTV"): the
    originator when the item has no other provider yet (or it is the same), else a source (ANTARA
    copy that ends "-- BERNAMA" republishes Bernama)."""
    agency = lookup(text)
    if agency is None:
        return None
    role = ORIGINATOR if not item.provider or item.provider == agency.provider else SOURCE
    return credit_agency(item, agency.name, role)
