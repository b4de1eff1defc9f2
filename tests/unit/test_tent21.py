"""People and organisations, session 21 (tent21, tuned to review draw 1): the head of a body the story names in full
is no person; an Indonesian team or task force is no person; a country's possessive is no word of a firm's name; a
department named bare or after its country beside "X Department" is that department; a lower-case legal form is
one. Each class is pinned with the real corpus items that showed it where the corpus is present, and with short
texts and counter-cases that run without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import orgs_media, people_bodies
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_org15 import _orgs
from tests.unit.test_tent20 import _antara_rows, _people

_RSS = "antara-rss-scraper-berita-antara/semua_berita.json"


# -- no person ---------------------------------------------------------------------------------------------------
def test_body_head_is_no_person(corpus: Path) -> None:
    """Reuters "DEN DANSKE LAUNCHES ... EURO-CD PROGRAMME": "Den Danske" (the bank's head, "the London branch of
    Den Danske") was a person beside "Den Danske Bank of Denmark"."""
    record = _reuters_record(corpus, "DEN DANSKE LAUNCHES 200 MLN DLR")
    assert "Den Danske" not in _people(record)
    assert any(o.startswith("Den Danske Bank") for o in _orgs(record))


def test_body_heads_short_cases() -> None:
    """A given name first stays a person (a founder beside his firm); a name no body opens stays."""
    given = {"Walt", "Charles"}
    people = ["Den Danske", "Du Pont", "Walt Disney", "Carl Icahn"]
    bodies = ["Den Danske Bank of Denmark", "Du Pont Co", "Walt Disney Co", "TWA"]
    assert people_bodies.body_heads(people, bodies, given) == {"Den Danske", "Du Pont"}


def test_indonesian_team_is_no_person(corpus: Path) -> None:
    """ANTARA RSS: "Tim Ekspedisi Patriot Unair", "Tim Pembina Posyandu" (tim = team) were people."""
    for needle, name in [
        ("Tim Ekspedisi Patriot Unair", "Tim Ekspedisi Patriot Unair"),
        ("Tim Pembina Posyandu", "Tim Pembina Posyandu"),
    ]:
        for record in _antara_rows(corpus, _RSS, needle):
            assert name not in _people(record), (name, _people(record))


def test_id_teams_short_cases() -> None:
    """ "Tim" before a given name or with one word after it is the English given name ("Tim Cook", "Tim
    Farron"); the other openers are bodies whatever follows."""
    given = {"Tim", "Budi"}
    people = ["Tim Cook", "Tim Farron", "Tim Budi Santoso", "Tim Pembina Posyandu", "Satgas Pangan", "Budi"]
    assert people_bodies.id_teams(people, given) == {"Tim Pembina Posyandu", "Satgas Pangan"}


# -- organisations -----------------------------------------------------------------------------------------------
def test_country_possessive_is_no_part_of_a_firm(corpus: Path) -> None:
    """Reuters "ELECTROLUX AND GILLETTE IN JOINT VENTURE": "Sweden's Electrolux AB" is "Electrolux AB"."""
    orgs = _orgs(_reuters_record(corpus, "ELECTROLUX AND GILLETTE IN JOINT VENTURE"))
    assert "Electrolux AB" in orgs and "Sweden's Electrolux AB" not in orgs


def test_country_possessive_short_cases() -> None:
    countries = {"Sweden", "Japan"}
    assert people_bodies.without_country_possessive("Japan's Toyota", countries) == "Toyota"
    assert people_bodies.without_country_possessive("People's Party", countries) == "People's Party"
    assert people_bodies.without_country_possessive("Moody's Investors Service", countries) == (
        "Moody's Investors Service"
    )


def test_department_twins(corpus: Path) -> None:
    """Reuters "U.S. TREASURY OFFICIAL PROMISES VACCINE AID PLAN": "U.S. Treasury" beside "Treasury Department" is
    one body; a department and another body stay apart."""
    orgs = _orgs(_reuters_record(corpus, "U.S. TREASURY OFFICIAL PROMISES VACCINE AID PLAN"))
    assert "Treasury Department" in orgs and "U.S. Treasury" not in orgs
    names = ["Treasury Department", "U.S. Treasury", "Treasury", "Federal Reserve", "Commerce Department", "ACME"]
    assert people_bodies.department_twins(names, {"Japan"}) == {"U.S. Treasury", "Treasury"}


def test_lower_case_legal_form(corpus: Path) -> None:
    """Reuters "BRITISH AEROSPACE TO ANNOUNCE JET SALES": "British Aerospace inc said" (the story's only body) was
    missed; "Triumph Financial corp" too. A lower-case form after a lower-case word stays."""
    assert "British Aerospace Inc" in _orgs(_reuters_record(corpus, "British Aerospace inc said it would"))
    assert "Triumph Financial Corp" in _orgs(_reuters_record(corpus, "formation of Triumph Financial corp"))
    text = "British Aerospace inc said. the inc rose. Foo corp, and BAR ltd"
    assert people_bodies.cased_legal_forms(text) == "British Aerospace Inc said. the inc rose. Foo Corp, and BAR Ltd"
    assert len(people_bodies.cased_legal_forms(text)) == len(text)


def test_first_of_each() -> None:
    orgs: list[dict[str, Any]] = [{"name": "Electrolux AB"}, {"name": "Gillette"}, {"name": "electrolux ab"}]
    assert people_bodies.first_of_each(orgs) == orgs[:2]


# -- news media --------------------------------------------------------------------------------------------------
def test_station_and_city_paper(corpus: Path, resources: Any) -> None:
    """superdesk WENN: "local news station KABC" and "telling the Los Angeles Times" were missed; Reuters
    "WJTC-TV, Pensacola" too."""
    from streams.core.pipeline import RawItem, process

    path = corpus / "superdesk-core-fixtures" / "wenn.xml"
    record = process(RawItem(path.read_bytes(), {"filename": path.name}), resources, received_at="2026-01-01T00:00:00Z")
    assert {"KABC", "Los Angeles Times"} <= set(_orgs(record[0].record))
    assert "WJTC-TV" in _orgs(_reuters_record(corpus, "it signed WJTC-TV, Pensacola"))


def test_media_short_cases() -> None:
    """A station needs its call letters' shape and a cue; a city paper its city, and a name running on stays to
    the scan ("the New England Journal of Medicine")."""
    text = "station KABC said; WTRK-FM, a radio station; the KGB said; station chief KL Ng; the WHO"
    assert orgs_media.broadcasters(text) == ["KABC", "WTRK-FM"]
    places = {"Los Angeles", "New England", "Seattle"}
    text = "told the Los Angeles Times. in the New England Journal of Medicine, the Seattle Times Co, the Rising Times."
    assert orgs_media.city_papers(text, places.__contains__) == ["Los Angeles Times"]


# -- subjects ----------------------------------------------------------------------------------------------------
def test_indonesian_school_funds_and_sanitation(corpus: Path) -> None:
    """ANTARA RSS: "Bank Sumut dan Disdik Sumut perkuat tata kelola BOSP digital" (school operating funds, the
    education office) had no education; "... kembangkan desa sehat" (a healthy village, sanitation) no health."""
    for needle, topic in [("tata kelola BOSP digital", "pendidikan"), ("kembangkan desa sehat", "kesehatan")]:
        for record in _antara_rows(corpus, _RSS, needle):
            assert topic in [s["name"] for s in record.get("subjects", [])], record.get("subjects")
