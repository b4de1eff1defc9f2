"""Subjects, session 12 (issue #15): genre tags are no subjects, a place's or venue's name lends its words to no
topic, the armed forces in an accident are no defence story, a poll's percentages are no economy, and Indonesian
teasers about thefts, sentences, fires, collapses, local government, Gaza and coffee get their topic. Real corpus
items where the corpus has them, short realistic sentences otherwise (each of those fails on the code before this
branch, except the precision guards)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich import subjects
from tests.unit.test_enrich_subjects import URI, _processed, _row, _run, _uris

CRIME, DISASTER, ECONOMY = URI.format("02000000"), URI.format("03000000"), URI.format("04000000")
EDUCATION, ENVIRONMENT, POLITICS = URI.format("05000000"), URI.format("06000000"), URI.format("11000000")
ANTARA = "antara-rss-scraper-berita-antara/semua_berita.json"
ANTARA_CSV = "antara-rss-scraper-berita-antara/berita_antara_2026-08-03.csv"


@pytest.fixture(scope="module")
def lexicon(resources) -> subjects.SubjectLexicon:
    return resources.subjects


def _names(article: dict) -> list[str]:
    return [str(s.get("name")) for s in article.get("subjects", ())]


# --- a provider's genre tag ("File photo") is the kind of item, no topic ---


@pytest.mark.parametrize("fixture", ["iptc-ninjs/3.0/ap_image.json", "superdesk-core-fixtures/ap_media_picture.json"])
def test_genre_tags_are_no_subjects(corpus: Path, fixture: str) -> None:
    articles = _processed(corpus / fixture)
    assert articles and all("File photo" not in _names(a) for a in articles)
    assert any(a.get("subjects") for a in articles)  # the topical source subjects stay


def test_genre_names_dropped_topics_kept(lexicon) -> None:
    source = [{"name": "Advisory", "code": "x:1"}, {"name": "File photo", "literal": "file"}, {"name": "Music"}]
    assert [s["name"] for s in subjects.normalise_source(source, lexicon, "en")] == ["Music"]


# --- a word in a place's or venue's name ("University City") counts for no topic ---


def test_university_city_is_no_education_and_a_military_jet_crash_is_no_politics(corpus: Path) -> None:
    """IPTC's photo metadata example: an F-18 that crashed into homes in the University City neighbourhood of San
    Bernardino was politics (the military's words), education ("University") and disaster."""
    name = "iptc-newsml-g2/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml"
    uris = _uris(_processed(corpus / name))
    assert uris[0] == DISASTER and EDUCATION not in uris and POLITICS not in uris


def test_a_neighbourhood_name_lends_no_topic(lexicon) -> None:
    body = (
        "A fire destroyed three homes in the University City neighbourhood on Monday, and residents of nearby "
        "College Park were moved out, firefighters said."
    )
    uris = [s["uri"] for s in _run(lexicon, "Fire destroys homes in University City", body).get("subjects", ())]
    assert EDUCATION not in uris


# --- the armed forces in a disaster or an accident are its actors, no defence story ---


def test_army_drought_airlift_is_disaster_not_politics(corpus: Path) -> None:
    uris = _uris(_row(corpus, ANTARA_CSV, "TNI kerahkan delapan helikopter"))
    assert DISASTER in uris and POLITICS not in uris


def test_an_emergency_runway_keeps_its_defence_topic(corpus: Path) -> None:
    """One disaster word ("darurat") is no accident: the air force's toll-road runway study stays politics."""
    assert POLITICS in _uris(_row(corpus, ANTARA, "TNI AU Kaji Jalan Tol"))


# --- a poll's percentages are no economy words ---


def test_poll_percentages_are_no_economy(corpus: Path) -> None:
    uris = _uris(_row(corpus, "reuters", "BRITISH CONSERVATIVES AHEAD OF LABOUR IN NEW POLLS"))
    assert uris[0] == POLITICS and ECONOMY not in uris


def test_percentages_without_a_poll_are_still_economy(lexicon) -> None:
    body = "Retail sales rose 2.1 pct in March after a 0.4 pct fall in February, the statistics office said."
    assert ECONOMY in [s["uri"] for s in _run(lexicon, "Retail sales rise", body)["subjects"]]


# --- Indonesian teasers: thefts, fires, collapses, police discipline, local government ---


@pytest.mark.parametrize(
    ("source", "needle", "code"),
    [
        (ANTARA, "Kepergok Curi Uang", CRIME),  # a thief beaten by a mob
        (ANTARA, "Brigadir IH Dipatsus", CRIME),  # police special custody in a death case
        (ANTARA_CSV, "Waspada child grooming", CRIME),
        (ANTARA, "Penampakan Kapal KM Putri Yasmin Terbakar", DISASTER),  # a ferry on fire
        (ANTARA, "Gedung Biro Kesra Setda Provinsi Kalteng terbakar", DISASTER),
        (ANTARA_CSV, "Jembatan Hongqi di China yang ambruk", DISASTER),  # a bridge collapse, was economy alone
        (ANTARA, "Gubernur Banten Andra Soni Bangun Jalan", POLITICS),  # a governor's road, was empty
        (ANTARA, "Pemkot Solo targetkan tangani 800 RTLH", POLITICS),
        (ANTARA, "Bashar Al-Assad divonis mati", CRIME),  # a death sentence in absentia, was politics alone
        (ANTARA, "Karhutla Hanguskan 107 Ribu Hektare", ENVIRONMENT),  # forest fires: disaster and environment
        (ANTARA, "Tolak 15 Poin Usul Trump", URI.format("16000000")),  # Gaza's reconstruction, was empty
        (ANTARA, "Kopi Arabika vs Robusta", URI.format("10000000")),  # coffee, was empty
    ],
)
def test_indonesian_teasers_get_their_topic(corpus: Path, source: str, needle: str, code: str) -> None:
    assert code in _uris(_row(corpus, source, needle))


def test_stealing_the_show_is_no_theft(lexicon) -> None:
    body = "Penampilan penyanyi muda itu mencuri perhatian penonton konser di Jakarta, dan lagunya viral."
    uris = [s["uri"] for s in _run(lexicon, "Penyanyi muda curi perhatian", body, "id").get("subjects", ())]
    assert CRIME not in uris


def test_president_of_an_association_is_no_politics(corpus: Path) -> None:
    uris = _uris(_row(corpus, ANTARA, "Asosiasi Penerbang Malaysia soal Pilot Bawa Narkoba"))
    assert CRIME in uris and POLITICS not in uris


def test_a_fight_aboard_a_carrier_is_no_disaster(corpus: Path) -> None:
    """ "tewas" (died) names no accident by itself: seven sailors killed in a brawl were politics and disaster."""
    assert DISASTER not in _uris(_row(corpus, ANTARA, "7 Tentara AS Tewas Berkelahi di Atas Kapal"))


def test_a_prairie_story_gets_its_environment(corpus: Path) -> None:
    """AP's "Prairies vanish in the US push for green energy": grassland lost, global warming, erosion."""
    uris = _uris(_processed(corpus / "superdesk-core-fixtures" / "anpa-2.tst"))
    assert ECONOMY in uris and ENVIRONMENT in uris
