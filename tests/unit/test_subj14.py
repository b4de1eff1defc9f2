"""Subjects, session 14 (issue #15): an office title is who acts, not what the story is about. Politics (or any
topic) named only in office titles and the government as an actor ("Menteri Keuangan", "Pemerintah memastikan",
"Pemkab", "minister", "government") is dropped when another topic is named in words of its own; alone it stays,
and a word of politics itself (sanctions, a party) keeps it. Real corpus items where the corpus has them (skipped
without it), short sentences from those items otherwise; the first group fails on the code before this branch,
the guards pin what must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_enrich_subjects import URI, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA, ANTARA_CSV

DISASTER, ECONOMY, EDUCATION = URI.format("03000000"), URI.format("04000000"), URI.format("05000000")
HEALTH = URI.format("07000000")
POLITICS, SPORT = URI.format("11000000"), URI.format("15000000")
ANTARA_EN = "antara-en-Scrape_antaraNews/scrapeResult.json"


@pytest.mark.parametrize(
    ("source", "needle", "topic"),
    [
        (ANTARA, "Harga Pertalite Dijamin Tidak Naik sampai Desember", ECONOMY),  # "Pemerintah pastikan"
        (ANTARA, "Menteri PU Apresiasi Fasilitas SRT 4 Jakarta", EDUCATION),  # a minister visits a school
        (ANTARA, "Pemkot Palangka Raya perpanjang status tanggap darurat", DISASTER),  # a city's forest-fire alert
        (ANTARA, "Kemenpora: Prestasi cabang olahraga mandiri", SPORT),  # the sports minister on funding
        (ANTARA, "Pemkab Bandung memastikan kesiapan jadi tuan rumah FIFA", SPORT),  # the regency hosts a cup
        (ANTARA_EN, "mining royalties for copper", ECONOMY),  # the energy minister quoted
        ("reuters", "BC-ARGOSYSTEMS-&lt;ARGI>-WI", ECONOMY),  # a government contract is business
        (ANTARA_CSV, "Pengaruh makan timun terhadap kesehatan tubuh", HEALTH),  # "Universitas Tufts": who speaks
    ],
)
def test_an_office_is_no_second_topic(corpus: Path, source: str, needle: str, topic: str) -> None:
    uris = _uris(_row(corpus, source, needle))
    assert topic in uris and POLITICS not in uris and (topic == EDUCATION or EDUCATION not in uris), uris


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        (ANTARA_EN, "first crude oil shipment from Russia"),  # sanctions: a word of politics beside economy
        ("reuters", "REAGAN SAYS IRAN POLICY RECORDS IMPROPERLY KEPT"),  # the White House is no office
    ],
)
def test_politics_with_a_word_of_its_own_or_alone_stays(corpus: Path, source: str, needle: str) -> None:
    """Precision guards: a word of politics itself keeps politics beside another topic."""
    assert POLITICS in _uris(_row(corpus, source, needle))


def _codes(article: dict) -> list[str]:
    return [s["uri"] for s in article.get("subjects", ())]


def test_minister_quoted_on_fuel_prices_is_economy(resources) -> None:
    article = _run(
        resources.subjects,
        "Purbaya & Bahlil Sepakat Harga BBM Subsidi Tak Bakal Naik",
        "Menteri ESDM Bahlil dan Menteri Keuangan Purbaya sepakat harga BBM subsidi tidak akan naik, meski harga "
        "minyak dunia naik. Pemerintah menjaga subsidi energi dalam anggaran.",
        lang="id",
    )
    assert _codes(article)[:1] == [ECONOMY] and POLITICS not in _codes(article)


def test_a_party_keeps_politics_beside_economy(resources) -> None:
    """The same story with a party and parliament in it is politics too: those are words of politics itself."""
    article = _run(
        resources.subjects,
        "Purbaya & Bahlil Sepakat Harga BBM Subsidi Tak Bakal Naik",
        "Menteri ESDM Bahlil dan Menteri Keuangan Purbaya sepakat harga BBM subsidi tidak akan naik, meski harga "
        "minyak dunia naik. Fraksi Partai Golkar di DPR mendukung keputusan pemerintah soal subsidi energi.",
        lang="id",
    )
    assert ECONOMY in _codes(article) and POLITICS in _codes(article)


def test_a_minister_alone_is_politics(resources) -> None:
    article = _run(
        resources.subjects,
        "Menteri Dalam Negeri lantik penjabat gubernur",
        "Menteri Dalam Negeri melantik penjabat gubernur di kantor kementerian, Senin.",
        lang="id",
    )
    assert _codes(article) == [POLITICS]


# --- a source topic given by its bare number is that topic: not published a second time ---


def test_a_bare_topic_number_is_a_known_topic(corpus: Path) -> None:
    """Superdesk's ninjs picture sends ``{"code": "01000000", "name": "arts, culture and entertainment"}``; the
    museum caption's own "museum" gave the same topic again, as "arts, culture, entertainment and media"."""
    from tests.unit.test_enrich_subjects import _processed

    [picture] = _processed(corpus / "superdesk-core-fixtures" / "ninjs6.json")
    names = [s.get("name") for s in picture.get("subjects", ())]
    assert names == ["arts, culture and entertainment"], names


@pytest.mark.parametrize("code", ["01000000", "subj:01000000", "medtop:01000000", URI.format("01000000")])
def test_a_topic_code_in_any_form_is_known(resources, code: str) -> None:
    article = _run(
        resources.subjects,
        "German Air Force Museum opens new hall",
        "The museum shows a Heinkel bomber; the exhibition and its gallery open on Sunday.",
        subjects=[{"literal": code, "name": "arts, culture and entertainment"}],
    )
    assert [s["name"] for s in article["subjects"]] == ["arts, culture and entertainment"]
