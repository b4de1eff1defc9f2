"""People and organisations, session 21 (ent21, untuned): Indonesian directorates-general and ministry units
named by their short forms ("Ditjen Pajak", "Bea Cukai", "BAKTI Kominfo"), East Asian names the shapes missed
("Lee Jae-myung", "Wang Chang-Ming", "Kim Taehyung", "Ha Young"), and a department named by its portfolio and a
lower-case head ("the Labour ministry said").

Each class is pinned with the real corpus items that showed it (``../shared/corpus``, skipped when absent) and with
counter-cases that run without the corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities, names_east_asian, orgs_id, orgs_portfolio, rosters
from tests.unit.test_enrich_entities import _antara_en, _reuters_record
from tests.unit.test_enrich_entities_review import _article, _names, _records, _rss_row
from tests.unit.test_ent20 import _csv_row


def _orgs(record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record.get("organisations", []))


def _run(text: str, lang: str, resources: Any) -> dict[str, Any]:
    article = _article(text, lang)
    entities.enrich(article, resources.entities, resources.places)
    return article


# -- 1. a directorate-general by its short head, the customs by its everyday name --------------------------------
@pytest.mark.parametrize(
    ("needle", "org"),
    [
        ("Begini Peran 2 Pegawai Ditjen Pajak", {"name": "Direktorat Jenderal Pajak", "literal": "Ditjen Pajak"}),
        ("Bea Cukai Gagalkan Penyelundupan", {"name": "Direktorat Jenderal Bea dan Cukai", "literal": "Bea Cukai"}),
        ("Diduga Saksi Bea Cukai yang Tewas", {"name": "Direktorat Jenderal Bea dan Cukai", "literal": "Bea Cukai"}),
        ("Bea Cukai Bogor musnahkan 10 juta", {"name": "Bea Cukai Bogor"}),  # a regional office: its seat
        ("Penyaluran LPG 3 Kg Bakal Makin Ketat", {"name": "Ditjen Dukcapil"}),  # a syllable short form: as written
    ],
)
def test_directorate_by_short_form(corpus: Path, resources: Any, needle: str, org: dict[str, str]) -> None:
    """ "Ditjen Pajak", "Bea Cukai": one body the scan missed ("Bea" opens an instrument's name: "Bea Masuk")."""
    assert org in _orgs(_rss_row(corpus, needle, resources))


@pytest.mark.parametrize(
    ("needle", "short"),
    [("Ditjen Imigrasi lakukan penyesuaian", "Ditjen Imigrasi"), ("Bos Bea Cukai Bilang Begini", "Bea Cukai")],
)
def test_directorate_short_form_is_no_person(corpus: Path, resources: Any, needle: str, short: str) -> None:
    """A title-case headline's "Ditjen Imigrasi lakukan ...", "Bos Bea Cukai Bilang": the body, not a person (and
    no "Direktur Jenderal" role for it)."""
    record = _rss_row(corpus, needle, resources)
    assert short not in [p["name"] for p in record.get("people", [])]
    assert any("Imigrasi" in o["name"] or "Cukai" in o["name"] for o in _orgs(record))


def test_customs_office_named_whole_keeps_no_second_body(corpus: Path, resources: Any) -> None:
    """ "Bea Cukai Sulbagsel sita ...": the story names the regional office in full ("Kantor Wilayah Direktorat
    Jenderal Bea dan Cukai ..."); the directorate-general is not added beside it."""
    names = [o["name"] for o in _orgs(_rss_row(corpus, "Bea Cukai Sulbagsel sita", resources))]
    assert "Direktorat Jenderal Bea dan Cukai" not in names
    assert any(n.startswith("Kantor Wilayah") for n in names)


def test_ministry_unit_is_one_body(corpus: Path, resources: Any) -> None:
    """ANTARA English: "in connection with the BAKTI Kominfo project": the ministry's unit, one body."""
    article = _antara_en(corpus, "BAKTI Kominfo")
    entities.enrich(article, resources.entities, resources.places)
    assert "BAKTI Kominfo" in _names(article, "organisations")


def test_ministry_unit_spelled_out_is_not_added(corpus: Path, resources: Any) -> None:
    """ "Badan Aksesibilitas Telekomunikasi dan Informasi (BAKTI) Komdigi": the story spells the unit out, so its
    full name stands and "BAKTI Komdigi" is not added beside it."""
    names = [o["name"] for o in _orgs(_rss_row(corpus, "BAKTI Komdigi prioritaskan", resources))]
    assert "Badan Aksesibilitas Telekomunikasi dan Informasi" in names and "BAKTI Komdigi" not in names


def test_directorate_counter_cases(resources: Any) -> None:
    """ "Bea Masuk" stays an instrument; "Bea Cukai" and its office are bodies; a unit before no ministry's short
    name is nothing new."""
    assert orgs_id.is_instrument("Bea Masuk Antidumping")
    assert not orgs_id.is_instrument("Bea Cukai Bogor") and not orgs_id.is_instrument("Bea dan Cukai")
    assert orgs_id.ministry_units("BAKTI Kominfo dan Itjen Kemenag") == ["BAKTI Kominfo", "Itjen Kemenag"]
    assert orgs_id.ministry_units("BAKTI Garap Konektivitas Internet") == []
    common = frozenset({"pajak"})
    assert orgs_id.find_directorates("pegawai Ditjen Pajak Kemenkeu", [], common) == [
        ("Direktorat Jenderal Pajak", "Ditjen Pajak")
    ]
    # the customs by either short form is one body ("di Ditjen Bea Cukai ... Kasus Bea Cukai": ANTARA RSS)
    assert orgs_id.find_directorates("di Ditjen Bea Cukai, kasus Bea Cukai", [], common) == [
        ("Direktorat Jenderal Bea dan Cukai", "Ditjen Bea Cukai")
    ]


# -- 2. East Asian names ------------------------------------------------------------------------------------------
def test_hyphened_given_name(corpus: Path) -> None:
    """Reuters: "Wang Chang-Ming, Vice Chairman of the Council for Economic Planning and Development, told
    Reuters": a Chinese surname and a hyphened two-syllable given name (the surname alone is also a firm's)."""
    assert "Wang Chang-Ming" in _names(_reuters_record(corpus, "Wang Chang-Ming"))


def test_korean_given_name_in_one_word(corpus: Path, resources: Any) -> None:
    """ANTARA RSS: "Anggota grup Kpop BTS, Kim Taehyung, yang lebih dikenal dengan nama V"."""
    assert "Kim Taehyung" in _names(_rss_row(corpus, "V BTS mengalami masalah", resources))


def test_korean_syllable_spellings(corpus: Path, resources: Any) -> None:
    """ANTARA CSV: "Aktor dan model asal Korea Selatan Hwang In Youp": an older spelling of a syllable ("yeop")."""
    assert "Hwang In Youp" in _names(_csv_row(corpus, "Hwang In Youp", resources))


def test_co_star_after_dan(corpus: Path, resources: Any) -> None:
    """ANTARA (full text, through the pipeline: the scrape glues "Indan"): "JUNG Hae In dan Ha Young akan
    membintangi drama ...": a two-word name listed with a whole Korean name is a name (alone the shape is too
    weak: every surname is a word too)."""
    records = _records(corpus, "antara-id-fulltext-pwlScrapping/all_news.json", resources)
    record = next((r for r in records if "Ha Young akan" in str(r.get("bodies"))), None)
    if record is None:
        pytest.skip("no full-text ANTARA item with 'Ha Young akan'")
    people = _names(record)
    assert "Ha Young" in people and "Jung Hae In" in people


def test_given_part_glued_to_a_verb_goes(corpus: Path, resources: Any) -> None:
    """A title-case headline "Kim Jong Un Ngamuk Hingga ...": the run "Jong Un Ngamuk" (surname cut off, verb
    glued on) is no second person."""
    people = _names(_rss_row(corpus, "Kim Jong Un Ngamuk hingga IHSG", resources))
    assert "Kim Jong Un" in people and "Jong Un Ngamuk" not in people


def test_east_asian_counter_cases(resources: Any) -> None:
    """The shapes stop at places and everyday words: "Hong Kong-based", a lone "Ha Young" with no co-star, a
    third capitalised name word after a Chinese name; a headline verb after "Xi Jinping" ends the name."""
    never = lambda word: False  # noqa: E731
    assert list(names_east_asian.joined_names("Hong Kong-based traders said", never)) == []
    assert list(names_east_asian.partners("Kami dan Ha Young datang")) == []
    people = _names(_run("Xi Jinping Kunjungi Jakarta", "id", resources))
    assert "Xi Jinping" in people
    assert list(names_east_asian.chinese_names("Wang Yi Ming hadir", never)) == []
    assert [n for _, n in names_east_asian.joined_names("President Lee Jae-myung said", never)] == ["Lee Jae-myung"]


# -- 4. a department by its portfolio and a lower-case head -------------------------------------------------------
def test_portfolio_with_lower_case_head(corpus: Path, resources: Any) -> None:
    """ANA (superdesk fixture): "... the Labour ministry said in a report"; Reuters: "the Labor department
    said": the department, named with its head capitalised."""
    (record,) = _records(corpus, "superdesk-core-fixtures/ana1.xml", resources)
    assert "Labour Ministry" in [o["name"] for o in _orgs(record)]
    assert "Labor Department" in _names(_reuters_record(corpus, "NON-FARM PRODUCTIVITY FELL 2.2 PCT"), "organisations")


def test_portfolio_counter_cases() -> None:
    """A store's department, a portfolio outside the list, and a department the story names otherwise stay out."""
    assert orgs_portfolio.find("the Bullocks Wilshire department and the Steel department", []) == []
    assert orgs_portfolio.find("at the Home department store", []) == []
    assert orgs_portfolio.find("Japan's Finance ministry said", ["Ministry of Finance"]) == []
    assert orgs_portfolio.find("The U.S. Justice department is looking", []) == ["Justice Department"]


# -- 5. a who's-who list in a round-up ----------------------------------------------------------------------------
def test_who_lines_of_a_round_up(corpus: Path, resources: Any) -> None:
    """PA's sport trivia round-up, BIRTHDAYS: "Brendan Powell (racing) - Won Grand National ...", "Clarke Carlisle
    (soccer) - Former Burnley and QPR defender": one person a line, the field in brackets; the list is confirmed by
    the names the text's own evidence already gave ("Steve Cram", "Matt Le Tissier")."""
    (record,) = _records(corpus, "superdesk-core-fixtures/pa1.xml", resources)
    people = _names(record)
    assert {"Brendan Powell", "Tillakaratne Dilshan", "Clarke Carlisle", "Steve Cram"} <= set(people)


def test_who_lines_need_confirmed_members() -> None:
    """The same shape of firms ("Rio Tinto (mining) - up 3 pct") gives no people: two full names must be people
    already."""
    text = "Rio Tinto (mining) - up 3 pct\nBig Pharma (drugs) - down\nGreat Portland (property) - flat\n, ,"
    found = rosters.find(text)
    assert [r.kind for r in found] == ["who"]
    assert rosters.people(found, set()) == []
    assert rosters.people(found, {"Rio Tinto", "Big Pharma"}) == ["Rio Tinto", "Big Pharma", "Great Portland"]
