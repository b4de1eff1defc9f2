"""Subjects, session 12 round 2 (issue #15): Indonesian teasers about the national day, honours, public holidays,
reserves and minerals, AI and social networks get their topic; an occasion's words ("HUT RI", "upacara") name a
topic only when the story has no other; a headline-only flash's one topic word is enough. Real corpus items where
the corpus has them, short realistic sentences otherwise (each of those fails on the code before this branch,
except the precision guards)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_enrich_subjects import URI, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA, ANTARA_CSV

CRIME, ECONOMY, HUMAN = URI.format("02000000"), URI.format("04000000"), URI.format("08000000")
LABOUR, LEISURE, POLITICS = URI.format("09000000"), URI.format("10000000"), URI.format("11000000")
SCIENCE = URI.format("13000000")


def _uris_of(article: dict) -> list[str]:
    return [s["uri"] for s in article.get("subjects", ())]


# --- Indonesian teasers that had no subject ---


@pytest.mark.parametrize(
    ("source", "needle", "code"),
    [
        (ANTARA, "Paskibraka HUT Ke-81 RI Bakal Dikukuhkan", HUMAN),  # the flag troop's swearing-in
        (ANTARA_CSV, "Cara war tiket upacara 17 Agustus", HUMAN),  # the national day's ceremony
        (ANTARA, "Catat, Ganjil Genap Jakarta Ditiadakan", ECONOMY),  # traffic rules lifted on the day: transport
        (ANTARA, "Apakah 18 Agustus 2026 cuti bersama", LEISURE),  # a public holiday
        (ANTARA, "Grup Salim Boyong Nintendo", ECONOMY),  # distribution rights
        (ANTARA, "Pengelolaan barang rampasan KPK", CRIME),  # confiscated goods of the anti-graft agency
        (ANTARA, "Bluesky hadapi penurunan pengguna aktif", SCIENCE),  # a social network's active users
        (ANTARA, "Sosok Ahmad Vahidi, Komandan Baru IRGC", POLITICS),  # Iran's armed forces: defence is politics
    ],
)
def test_indonesian_teasers_get_their_topic(corpus: Path, source: str, needle: str, code: str) -> None:
    assert code in _uris(_row(corpus, source, needle))


def test_national_day_ceremony_is_human_interest(resources) -> None:
    article = _run(
        resources.subjects,
        "Gladi kotor upacara HUT ke-81 RI digelar di Istana Merdeka",
        "Sebanyak 76 Paskibraka bersiap mengemban tugas pada upacara peringatan 17 Agustus.",
        "id",
    )
    assert _uris_of(article) == [HUMAN]


# --- an occasion's words name no topic beside another ---


def test_a_discount_for_the_national_day_is_business_alone(resources) -> None:
    article = _run(
        resources.subjects,
        "Spesial HUT RI, diskon tiket kereta api jarak jauh",
        "Rayakan HUT ke-81 RI dengan diskon tiket kereta api untuk perjalanan 17 Agustus, kata perusahaan.",
        "id",
    )
    uris = _uris_of(article)
    assert ECONOMY in uris and HUMAN not in uris


def test_a_signing_ceremony_at_the_white_house_is_no_human_interest(corpus: Path) -> None:
    """ "upacara penandatanganan perintah eksekutif": a ceremony word beside "viral" made human interest."""
    assert HUMAN not in _uris(_row(corpus, ANTARA, "Viral Momen Trump Kepergok Ketiduran"))


def test_pizza_hut_is_no_anniversary(resources) -> None:
    article = _run(resources.subjects, "PIZZA HUT OPENS 100TH STORE IN JAPAN", "")
    assert HUMAN not in _uris_of(article)


# --- a headline-only flash's one topic word ---


def test_a_flash_with_one_stock_word_is_business(corpus: Path) -> None:
    assert _uris(_row(corpus, "reuters", "PITTSTON AGREES TO ACQUIRE WTC INTERNATIONAL IN EXCHANGE OF STOCK")) == [
        ECONOMY
    ]


def test_a_flash_names_its_topic_in_one_word(resources) -> None:
    assert _uris_of(_run(resources.subjects, "CHRYSLER TO IDLE 2,800 WORKERS AT ILLINOIS PLANT", "")) == [LABOUR]
    assert _uris_of(_run(resources.subjects, "WHITE HOUSE SAYS SHULTZ TO VISIT MOSCOW APRIL 13-16", "")) == [POLITICS]


def test_a_weak_word_in_a_flash_is_no_topic(resources) -> None:
    """ "PRESIDENT" of an exchange is a weak politics word: no evidence, in a flash too."""
    assert POLITICS not in _uris_of(_run(resources.subjects, "MONTREAL EXCHANGE NAMES NEW PRESIDENT", ""))


def test_one_headline_word_is_not_enough_with_a_body(resources) -> None:
    """Only a flash says all in one line: a story with a body needs two terms as before."""
    body = "The company said the plant near Peoria would stay open through the summer and reopen in the fall."
    assert LABOUR not in _uris_of(_run(resources.subjects, "Chrysler to idle workers", body))
