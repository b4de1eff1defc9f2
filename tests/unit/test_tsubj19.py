"""Subjects, session 19 (issue #15, tuned to draw 1). (1) An office word says who spoke, not what the story is
about: politics named only in office titles goes when another topic of the story stands beside it, however often
the title recurs, and a single office title alone names no topic. (2) The U.S. Department of Justice and the
Foreign Corrupt Practices Act are law and justice words. (3) Tourist arrivals and hotel occupancy are the tourism
industry's figures: economy as well as leisure. Real corpus items (skipped without the corpus), short texts
otherwise; each rule has a case where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_enrich_subjects import URI, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA, ANTARA_CSV

CRIME, ECONOMY, LEISURE = URI.format("02000000"), URI.format("04000000"), URI.format("10000000")
POLITICS = URI.format("11000000")
ANTARA_EN = "antara-en-Scrape_antaraNews/scrapeResult.json"


def _codes(article: dict) -> list[str]:
    return [s["uri"] for s in article.get("subjects", ())]


# --- (1) office words ---


@pytest.mark.parametrize(
    ("source", "needle", "topic"),
    [
        # the public works minister on toll roads to economic centres: economy outscored by "Menteri" alone
        (ANTARA, "Menteri PU: Jalan tol harus membuka akses ke pusat ekonomi", ECONOMY),
        # the finance minister on port tariffs
        (ANTARA, "Menkeu bakal libatkan Kemenhub atasi disparitas tarif jasa pelabuhan", ECONOMY),
    ],
)
def test_an_office_ahead_of_the_story_topic_goes(corpus: Path, source: str, needle: str, topic: str) -> None:
    uris = _uris(_row(corpus, source, needle))
    assert topic in uris and POLITICS not in uris, uris


@pytest.mark.parametrize(
    "needle",
    [
        "Menteri PU: Rencana uji coba ulang MLFF",  # a road-toll payment trial, "Menteri PU" its speaker
        "Menteri ATR sebut 400 Kantah",  # land offices' scheduled surveys
        "CNG Alternatif Pengganti LPG 3 Kg",  # "pemerintah" on a gas canister
    ],
)
def test_one_office_word_alone_names_no_topic(corpus: Path, needle: str) -> None:
    source = ANTARA_CSV if "Kantah" in needle else ANTARA
    assert POLITICS not in _uris(_row(corpus, source, needle))


def test_one_office_word_is_not_politics(resources) -> None:
    article = _run(
        resources.subjects,
        "Menteri PU: uji coba ulang MLFF di dua titik",
        "Menteri PU mengatakan uji coba ulang MLFF akan dilakukan di dua titik tol. Menteri menyebut hasilnya "
        "dievaluasi bulan depan.",
        lang="id",
    )
    assert POLITICS not in _codes(article)


def test_two_office_words_alone_stay_politics(resources) -> None:
    """Guard: a minister swearing in a governor names politics in two office words, and nothing else."""
    article = _run(
        resources.subjects,
        "Menteri Dalam Negeri lantik penjabat gubernur",
        "Menteri Dalam Negeri melantik penjabat gubernur di kantor kementerian, Senin.",
        lang="id",
    )
    assert _codes(article) == [POLITICS]


def test_politics_far_ahead_of_a_passing_topic_stays(resources) -> None:
    """Guard: many office words and one passing topic under the relative floor: the government is the story."""
    article = _run(
        resources.subjects,
        "Presiden lantik menteri dan wakil menteri baru",
        "Presiden melantik menteri dan wakil menteri di Istana. Pemerintah menyebut kementerian baru dibentuk. "
        "Presiden meminta para menteri bekerja cepat. Gubernur dan bupati hadir. Pemerintah juga membahas "
        "kebijakan kementerian. Wali kota hadir. Seorang menteri berbicara soal ekonomi dan inflasi.",
        lang="id",
    )
    assert POLITICS in _codes(article)


# --- (2) U.S. justice words ---


def test_a_doj_and_sec_inquiry_is_law_and_justice(corpus: Path) -> None:
    uris = _uris(_row(corpus, ANTARA_EN, "it was monitoring PT Telkom Indonesia following investigations"))
    assert ECONOMY in uris and CRIME in uris, uris


def test_a_company_statement_without_justice_words_is_business(resources) -> None:
    article = _run(
        resources.subjects,
        "Telkom reports quarterly results",
        "The company said net profit rose and its shares rose on the stock exchange; the dividend is unchanged.",
    )
    assert CRIME not in _codes(article)


# --- (3) tourism figures ---


@pytest.mark.parametrize(
    "needle",
    ["Garuda Tebar 170.845 Tiket Gratis buat Wisman", "Wisman Habiskan Rp23 Juta Liburan di RI"],
)
def test_foreign_tourist_arrivals_are_economy_too(corpus: Path, needle: str) -> None:
    uris = _uris(_row(corpus, ANTARA, needle))
    assert ECONOMY in uris and LEISURE in uris, uris


def test_hotel_occupancy_is_economy(resources) -> None:
    article = _run(
        resources.subjects,
        "Hotel occupancy rises as tourist arrivals climb",
        "Hotel occupancy in Bali rose to 78 percent in July as foreign tourist arrivals climbed, tourism officials "
        "said. Tourists flocked to the island's beaches.",
    )
    assert ECONOMY in _codes(article) and LEISURE in _codes(article)


def test_a_holiday_story_stays_leisure(resources) -> None:
    """Guard: tourists on a holiday with no industry figure are leisure only."""
    article = _run(
        resources.subjects,
        "Tourists enjoy the beaches on holiday",
        "Tourists crowded the beaches and restaurants over the holiday, enjoying the island's food and shopping.",
    )
    assert LEISURE in _codes(article) and ECONOMY not in _codes(article)
