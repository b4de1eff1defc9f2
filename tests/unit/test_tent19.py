"""Organisations and people, session 19 (tent19, tuned to review draw 1): a title-case headline's words after a
regional body's seat are no name; a firm's legal form "Incorp"; a partners' firm joined by "and" before its trade.
Each class is pinned with the real corpus item that showed it where the corpus is present, and with short texts
and counter-cases that run without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities
from streams.core.pipeline import RawItem, process
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_enrich_subjects import _antara_csv_row
from tests.unit.test_org15 import _orgs, _run


# -- title-case headlines: a seat body's name ends with its seat -----------------------------------------------
def test_seat_body_ends_at_its_seat_on_title_line(corpus: Path, resources: Any) -> None:
    """ANTARA "BI dan Pemkot Kendari Perkuat Digitalisasi UMKM" (a video row, headline and summary only): the
    headline capitalises every word, so "Perkuat Digitalisasi UMKM" after the seat "Kendari" is its predicate,
    not part of the body's name (it was "Pemkot Kendari Perkuat Digitalisasi UMKM")."""
    if not (corpus / "antara-rss-scraper-berita-antara").is_dir():
        import pytest

        pytest.skip("antara-rss-scraper-berita-antara not in the corpus")
    raw = RawItem(_antara_csv_row(corpus, "BI dan Pemkot Kendari Perkuat"), {"filename": "row.csv"})
    record = process(raw, resources, received_at="2026-01-01T00:00:00Z")[0].record
    orgs = _orgs(record)
    assert not any("Perkuat" in o or "Digitalisasi" in o for o in orgs), orgs
    assert "Pemerintah Kota Kendari" in orgs


def test_seat_body_title_line_short_text(resources: Any) -> None:
    """The same shape without the corpus; a seat body whose name goes on with an acronym the story writes in
    running text keeps it, and one whose headline names only head and seat is unchanged."""
    text = "Polres Sleman Perluas Digitalisasi Layanan\n\nSLEMAN - Kepolisian Resor Sleman memperluas layanan daring."
    orgs = _run(text, "id", resources)
    assert not any("Perluas" in o for o in orgs), orgs
    text = "Pemprov Banten Janji Perbaiki Jalan\n\nSERANG - Pemprov Banten berjanji memperbaiki jalan rusak."
    assert "Pemprov Banten" in _run(text, "id", resources)


# -- legal forms and partners' firms ----------------------------------------------------------------------------
def test_incorp_is_a_legal_form(corpus: Path) -> None:
    """Reuters "TEXAS INSTRUMENTS EXECUTIVE TO RETIRE": "Texas Instruments Incorp said" gave "Texas Instruments"
    and the fragment "Instruments Incorp"; "Incorp" (Incorporated) ends one company name."""
    orgs = _orgs(_reuters_record(corpus, "Texas Instruments Incorp said"))
    assert "Instruments Incorp" not in orgs
    assert "Texas Instruments Incorp" in orgs


def test_incorp_short_text(resources: Any) -> None:
    text = "DALLAS, March 4 - Texas Instruments Incorp said its executive vice president will retire."
    assert _run(text, "en", resources) == ["Texas Instruments Incorp"]


def test_partners_firm_before_its_trade(corpus: Path) -> None:
    """Reuters "ANITEC IMAGE FILES FOR DEBT OFFERING": "... and Co, Donaldson Lufkin and Jenrette Securities,
    Salomon Inc" gave the fragment "Jenrette Securities"; the partners' names and "and" are part of it."""
    orgs = _orgs(_reuters_record(corpus, "Anitec Image Technology"))
    assert "Jenrette Securities" not in orgs
    assert "Donaldson Lufkin and Jenrette Securities" in orgs


def test_partners_firm_counter_cases(resources: Any) -> None:
    """Two firms joined by "and" stay two: the word before "and" ends a name ("Capital Markets", "Securities"),
    or the pair is a known firm; the commas of a partners' firm are kept as written."""
    text = "The offering was led by Douglas Securities and Yorkton Securities, the company said."
    orgs = _run(text, "en", resources)
    assert "Yorkton Securities" in orgs and not any("and Yorkton" in o for o in orgs)
    text = "The group includes Toshiba Corp, Nippon Kokan, and Azuma Steel, the ministry said."
    assert not any("and Azuma" in o for o in _run(text, "en", resources))
    text = "The issue is underwritten by Donaldson, Lufkin and Jenrette Securities Corp, the company said."
    assert not any(o.startswith("Jenrette") for o in _run(text, "en", resources))


def test_partners_firm_needs_a_run_start(res: entities.EntityResources) -> None:
    """A pair that ends a longer capitalised run is no partners' names ("Merrill Lynch Capital Markets and
    Salomon Brothers")."""
    article = {
        "type": "text",
        "language": "en",
        "bodies": [
            {"value": "It was led by Merrill Lynch Capital Markets and Salomon Brothers Inc, the company said."}
        ],
    }
    entities.enrich(article, res)  # type: ignore[arg-type]
    orgs = [o["name"] for o in article.get("organisations", [])]
    assert not any(o.startswith("Markets and") or o.startswith("Capital Markets and") for o in orgs), orgs


# -- a paper named by its noun: "the newspaper Granma", "the government daily Izvestia" --------------------------
def test_newspaper_named_by_its_noun(corpus: Path) -> None:
    """Reuters "CUBAN CATTLE THREATENED BY DROUGHT": "the newspaper Granma reported" named no organisation;
    "Granma" is also a Cuban province, and the paper's noun before it makes it the masthead."""
    assert "Granma" in _orgs(_reuters_record(corpus, "CUBAN CATTLE THREATENED BY DROUGHT"))


def test_daily_names_a_paper(resources: Any) -> None:
    """ "the government daily Izvestia said" made "Izvestia" a person (a lone word by a reporting verb); "daily"
    is a paper's noun. A place after a noun that is no paper's stays no body."""
    text = "MOSCOW, March 5 - Prices will rise, the government daily Izvestia said today."
    assert _run(text, "en", resources) == ["Izvestia"]
    assert _run(text, "en", resources, "people") == []
    text = "HAVANA, March 5 - Sugar output fell, the agency said, and the group Havana said nothing."
    assert "Havana" not in _run(text, "en", resources)
    text = "CHICAGO, March 2 - The carrier will fly three daily Atlanta flights out of Chicago's Midway Airport."
    assert "Atlanta" not in _run(text, "en", resources)
