"""Where national agencies and news sites are at home: one table of outlets, each with the country its copy is
mostly about, the language it writes when it writes one, the names it goes by (an ``infoSources`` name, a
provider id, a story address's host label) and the lower-case head of its product names. Read by the
language stage (Indonesian and Malay outlets), the place stage (an outlet's home country lets its small towns
fit the story) and the scraped-record reader (a product name such as "detikNews" is a brand, not two words).
Written for this project; world services such as Reuters, AFP and AP are not here: their copy has no home.
"""

from __future__ import annotations

from typing import NamedTuple


class Outlet(NamedTuple):
    country: str  # ISO 3166 code of the country the outlet's copy is mostly about
    language: str | None  # the language of its copy when it writes one only ("id", "ms"); None when several
    names: tuple[str, ...]  # lower-case names, provider ids and host labels it goes by
    head: str | None = None  # lower-case head of its product names ("detikNews", "kumparanBISNIS")


def _o(country: str, language: str | None, names: str, head: str | None = None) -> Outlet:
    """An outlet from its names written "|"-separated (names hold spaces: "cnn indonesia")."""
    return Outlet(country, language, tuple(names.split("|")) if names else (), head)


OUTLETS: tuple[Outlet, ...] = (
    # Indonesia. The language stage reads the host labels too: CLD2 calls short Indonesian copy "ms", "jw" or
    # even "en" ("Pendaftaran Magang Nasional Batch 2 Dibuka Bulan Depan" -> en 0.99).
    _o("ID", "id", "antara|antaranews|kantor berita antara|antara news"),
    _o("ID", "id", "tempo|tempo.co"),
    _o("ID", "id", "detik|detikcom", head="detik"),
    _o("ID", "id", "kompas", head="kompas"),
    _o("ID", "id", "liputan6", head="liputan"),
    _o("ID", "id", "republika"),
    _o("ID", "id", "tribunnews", head="tribun"),
    _o("ID", "id", "cnn indonesia|cnnindonesia"),
    _o("ID", "id", "cnbc indonesia|cnbcindonesia"),
    _o("ID", "id", "bisnis"),
    _o("ID", "id", "okezone", head="okezone"),
    _o("ID", "id", "kumparan", head="kumparan"),
    _o("ID", "id", "sindonews", head="sindo"),
    _o("ID", "id", "idntimes", head="idn"),
    *(_o("ID", "id", name) for name in ("jpnn", "beritasatu", "kontan", "jawapos", "medcom", "metrotvnews")),
    # VIVA's label "viva" is other countries' outlets' too: known by its product names only ("vivaNews")
    _o("ID", "id", "", head="viva"),
    _o("ID", None, "jakarta post"),
    # Malaysia
    _o("MY", "ms", "bernama"),
    _o("MY", "ms", "malaysiakini"),
    _o("MY", "ms", "hmetro|harian metro"),
    _o("MY", "ms", "bharian|berita harian"),
    _o("MY", "ms", "utusan|utusan malaysia"),
    _o("MY", "ms", "sinarharian|sinar harian"),
    _o("MY", "ms", "astroawani|astro awani"),
    _o("MY", "ms", "kosmo"),
    _o("MY", "ms", "malaymail"),
    _o("MY", None, "the star"),
    # national agencies elsewhere
    _o("ES", None, "efe|europa press"),
    _o("DE", None, "dpa|epd|kna"),
    _o("AT", None, "apa"),
    _o("CH", None, "sda|keystone-sda"),
    _o("IT", None, "ansa|agi"),
    _o("NL", None, "anp"),
    _o("BE", None, "belga"),
    _o("PT", None, "lusa"),
    _o("BR", None, "agência brasil|agencia brasil"),
    _o("AU", None, "aap"),
    _o("NZ", None, "businessdesk|rnz|nzpa"),
    _o("GB", None, "pa|pa media|press association"),
    _o("CA", None, "canadian press|cp"),
    _o("JP", None, "kyodo|jiji"),
    _o("KR", None, "yonhap"),
    _o("CN", None, "xinhua"),
    _o("PH", None, "pna"),
    _o("VN", None, "vna"),
    _o("FI", None, "stt"),
    _o("NO", None, "ntb"),
    _o("SE", None, "tt"),
    _o("DK", None, "ritzau"),
    _o("GR", None, "ana|ana-mpa"),
    _o("PL", None, "pap"),
    _o("CZ", None, "ctk"),
    _o("HU", None, "mti"),
    _o("RU", None, "tass|ria novosti"),
    _o("TR", None, "anadolu"),
)

# an outlet's country by any of its names
COUNTRY_BY_NAME: dict[str, str] = {name: o.country for o in OUTLETS for name in o.names}


def names_writing(language: str) -> frozenset[str]:
    """The names of the outlets whose copy is in ``language`` only."""
    return frozenset(name for o in OUTLETS if o.language == language for name in o.names)


# lower-case heads of outlets' product names ("detikNews", "detikSore", "kumparanBISNIS"): a brand, not a join
PRODUCT_HEADS: frozenset[str] = frozenset(o.head for o in OUTLETS if o.head)
