"""People and organisations, session 20 (tent20, tuned to review draw 1): a minister's listed portfolio is no person
or body; a firm's product is no person; a law's name is no body; a generic board, a firm's own new unit and a
body's name run on over "dan" are none; an analyst's two-surname firm; Indonesian police agency acronyms; a
capitals headline's firm in prose case. Each class is pinned with the real corpus items that showed it where the
corpus is present, and with short texts and counter-cases that run without it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import orgs_caps, orgs_generic
from streams.core.pipeline import RawItem, process
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_org15 import _orgs, _run


def _people(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record.get("people", [])]


def _antara_rows(corpus: Path, rel: str, needle: str) -> list[dict[str, Any]]:
    """Every row of an ANTARA JSON scrape whose text holds ``needle``, each through the pipeline alone."""
    path = corpus / rel
    if not path.is_file():
        pytest.skip(f"{rel} not in the corpus")
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    rows = data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
    out = []
    for row in rows:
        blob = json.dumps(row, ensure_ascii=False)
        if needle in blob:
            raw = RawItem(blob.encode(), {"filename": "row.json"})
            out.append(process(raw, _resources(), received_at="2026-01-01T00:00:00Z")[0].record)
    if not out:
        pytest.skip(f"no row with {needle!r} in {rel}")
    return out


def _resources() -> Any:
    from streams.core.enrich import load_resources

    return load_resources()


_RSS = "antara-rss-scraper-berita-antara/semua_berita.json"


# -- a minister's listed portfolio ---------------------------------------------------------------------------------
def test_listed_portfolio_is_no_person_nor_body(corpus: Path) -> None:
    """ "Menteri Usaha Mikro, Kecil, dan Menengah (UMKM) Maman Abdurrahman" (four ANTARA rows): the office is one,
    through its commas; it gave the person "Mikro" (role "Menteri Usaha") and the sector as a body."""
    records = _antara_rows(corpus, _RSS, "Menteri Usaha Mikro, Kecil, dan Menengah")
    assert len(records) >= 2
    for record in records:
        assert "Mikro" not in _people(record)
        assert "Usaha Mikro, Kecil, dan Menengah" not in _orgs(record)


def test_listed_portfolio_short_text(resources: Any) -> None:
    """The same without the corpus; two ministers joined by "dan" stay two people."""
    text = (
        "Menteri UMKM bicara\n\nMenteri Usaha Mikro, Kecil, dan Menengah (UMKM) Maman Abdurrahman mengatakan hal itu."
    )
    assert _run(text, "id", resources, "people") == ["Maman Abdurrahman"]
    text = "Harga BBM\n\nMenteri ESDM Bahlil dan Menteri Keuangan Purbaya sepakat harga BBM subsidi tidak akan naik."
    assert sorted(_run(text, "id", resources, "people")) == ["Bahlil", "Purbaya"]


# -- a firm's product -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("needle", "product"),
    [
        ("Lotus announced Lotus Galaxy", "Lotus Galaxy"),
        ("Tandem NonStop computer system", "Tandem NonStop"),
        ("Jeep Comanche models", "Jeep Comanche"),
    ],
)
def test_product_is_no_person(corpus: Path, needle: str, product: str) -> None:
    """ "Lotus announced Lotus Galaxy, software that will deliver ...", "selected the Tandem NonStop computer
    system", "1987 Jeep Comanche models": a firm's name and a word, then what it is."""
    assert product not in _people(_reuters_record(corpus, needle))


def test_product_counter_case(resources: Any) -> None:
    """A person named after a firm's name keeps being one when what follows is no product."""
    text = "NEW YORK, March 2 - Lotus Development Corp said John Smith, a software engineer, joined the company."
    assert "John Smith" in _run(text, "en", resources, "people")


# -- a law's name -----------------------------------------------------------------------------------------------
def test_law_name_is_no_body(corpus: Path, resources: Any) -> None:
    """ "under the Financial Administration act": a law, "act" in lower case."""
    assert "Financial Administration" not in _orgs(_reuters_record(corpus, "temporary authority under the Financial"))
    text = "The House Ways and Means Committee bill would raise taxes, the panel said."
    assert any("Committee" in o for o in _run(text, "en", resources))


# -- generic bodies ---------------------------------------------------------------------------------------------
def test_generic_board_and_own_unit(corpus: Path) -> None:
    """ "pembentukan Dewan Komisioner baru" (a new board) and "referred to its Board of Directors": whose board,
    the name never says; "Telkom said it had established a Legal & Compliance Directorate": the firm's unit."""
    for record in _antara_rows(corpus, _RSS, "pembentukan Dewan Komisioner baru"):
        assert "Dewan Komisioner" not in _orgs(record)
    record = _antara_rows(corpus, "antara-en-Scrape_antaraNews/scrapeResult.json", "Legal & Compliance")[0]
    assert "Legal & Compliance Directorate" not in _orgs(record)
    assert "Board of Directors" not in _orgs(_reuters_record(corpus, "has been referred to its Board"))


def test_generic_bodies_pure() -> None:
    orgs = [{"name": "Board of Directors"}, {"name": "Dewan Komisioner OJK"}, {"name": "Justice Department"}]
    text = "It said the Justice Department had set up a task force."
    assert [o["name"] for o in orgs_generic.without_generic(orgs, text)] == [
        "Dewan Komisioner OJK",
        "Justice Department",
    ]
    text = "Telkom said it had established a Legal Directorate. An Agriculture Department official said."
    kept = orgs_generic.without_generic([{"name": "Legal Directorate"}, {"name": "Agriculture Department"}], text)
    assert [o["name"] for o in kept] == ["Agriculture Department"]


def test_body_name_does_not_run_on_over_dan(corpus: Path) -> None:
    """ "OJK Siapkan Bos Baru Bursa Mineral ... untuk mengawasi Bursa Mineral dan Komoditas Strategis": the exchange
    is "Bursa Mineral"; a name whose acronym spells the whole keeps its "dan"."""
    for record in _antara_rows(corpus, _RSS, "Bursa Mineral dan Komoditas Strategis"):
        orgs = _orgs(record)
        assert "Bursa Mineral dan Komoditas Strategis" not in orgs and "Bursa Mineral" in orgs
    for record in _antara_rows(corpus, _RSS, "Perhimpunan Dokter Forensik dan Medikolegal Indonesia (PDFMI)"):
        assert "Perhimpunan Dokter Forensik dan Medikolegal Indonesia" in _orgs(record)


# -- misses ----------------------------------------------------------------------------------------------------
def test_analysts_two_surname_firm(corpus: Path, resources: Any) -> None:
    """ "Analyst Rosemarie Morbelli of Ingalls and Snyder said", "Economist David Pike of Phillips and Drew"."""
    assert "Ingalls and Snyder" in _orgs(_reuters_record(corpus, "Morbelli of Ingalls and Snyder"))
    assert "Phillips and Drew" in _orgs(_reuters_record(corpus, "Economist David Pike of Phillips"))
    assert "Phillips and Drew" in _orgs(_reuters_record(corpus, "economist at brokerage house Phillips and Drew"))
    text = "LONDON, March 3 - Analyst John Brown of London and Paris said prices would fall."
    assert not any("London and" in o for o in _run(text, "en", resources))
    text = "NEW YORK, March 3 - Analyst Jane Doe at Oppenheimer and Co said prices would fall."
    assert "Oppenheimer and Co" in _run(text, "en", resources)


def test_police_agency_acronyms(corpus: Path) -> None:
    """ "Challenge Hafalan ... ke Bareskrim": the police's criminal investigation agency."""
    records = _antara_rows(corpus, _RSS, "Bareskrim")
    assert sum("Bareskrim" in _orgs(r) for r in records) >= 2


# -- form ------------------------------------------------------------------------------------------------------
def test_capitals_headline_firm_in_prose_case(corpus: Path) -> None:
    """ "SIERRA PACIFIC RESOURCES INC <SRP> DIVIDEND", "EQUATORIAL COMMUNICATIONS CO ...": the headline is the only
    place the name appears; it is given as running text would write it."""
    assert "Sierra Pacific Resources Inc" in _orgs(_reuters_record(corpus, "SIERRA PACIFIC RESOURCES INC &lt;SRP>"))
    assert "Equatorial Communications Co" in _orgs(_reuters_record(corpus, "EQUATORIAL COMMUNICATIONS CO"))


def test_cased_keeps_initials(resources: Any) -> None:
    common = resources.entities.common_words["en"]
    assert orgs_caps.cased("IDB COMMUNICATIONS GROUP INC", common) == "IDB Communications Group Inc"
    assert orgs_caps.cased("OWENS AND MINOR INC", common) == "Owens and Minor Inc"
    assert orgs_caps.cased("COLUMBIA GAS SYSTEM INC", common) == "Columbia Gas System Inc"
    assert orgs_caps.cased("ALBERTSON'S INC", common) == "Albertson's Inc"
    assert orgs_caps.cased("AMR CORP", common) == "AMR Corp"
    assert orgs_caps.cased("VAN DORN CO", common) == "Van Dorn Co"
    assert orgs_caps.cased("UP-RIGHT INC", common) == "Up-Right Inc"
    assert orgs_caps.cased_org({"name": "SEC"}, common) == {"name": "SEC"}
