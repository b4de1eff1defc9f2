"""Subjects, session 18 (issue #15). (1) A provider's desk, department or product label (ANSA "products:…"
"Politica - News", STT "sttdepartment:…" "Urheilu", an AP category letter named "Political News") is where the
copy was filed: it becomes the Media Topic its beat is, or is dropped ("Cronaca", "Kotimaa", "Ulkomaat": desks of
every topic), and a source that gives IPTC codes of its own keeps those alone. (2) Urban transport words (bike
lanes, "jalur sepeda", "trotoar", commuters) are transport, which IPTC files under economy, business and finance:
a bike-lane story led by the provincial government ("Pemprov") is no politics story. Real corpus items (skipped
without the corpus), short texts otherwise; each rule has a case where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich import subjects
from tests.unit.test_enrich_subjects import URI, _processed, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA

ECONOMY, POLITICS, SPORT = URI.format("04000000"), URI.format("11000000"), URI.format("15000000")
FIXTURES = "superdesk-core-fixtures"


def _names(article: dict) -> list[str]:
    return [s.get("name") for s in article.get("subjects", ())]


def _literals(article: dict) -> list[str]:
    return [str(s.get("literal") or "") for s in article.get("subjects", ())]


# --- (1) desk and product labels ---


def test_ansa_products_are_no_subjects(corpus: Path) -> None:
    (article,) = _processed(corpus / FIXTURES / "ansa_culture.xml")
    assert not [code for code in _literals(article) if code.startswith("products:")]
    # ANSA's own IPTC codes say the topic (an arrest): "Politica - News" adds no politics
    assert POLITICS not in _uris([article])
    assert "arrest" in _names(article)


@pytest.mark.parametrize(
    ("fixture", "topic"),
    [
        ("stt_archive_newsml_test.xml", SPORT),  # department "Urheilu" on athletics results
        ("stt_newsml_test.xml", POLITICS),  # department "Politics" on a parliament vote
    ],
)
def test_a_department_becomes_its_media_topic(corpus: Path, fixture: str, topic: str) -> None:
    (article,) = _processed(corpus / FIXTURES / fixture)
    assert topic in _uris([article])
    assert not [code for code in _literals(article) if code.startswith("sttdepartment:")]


@pytest.mark.parametrize("fixture", ["stt_newsml_endash.xml", "stt_newsml_location_rich.xml"])
def test_a_home_or_foreign_desk_is_dropped(corpus: Path, fixture: str) -> None:
    (article,) = _processed(corpus / FIXTURES / fixture)
    assert not {"Kotimaa", "Ulkomaat"} & set(_names(article))
    assert "Human interest" in _names(article) or "Politiikka" in _names(article)  # STT's subjects stay


def test_a_department_named_as_a_subject_is_published_once(corpus: Path) -> None:
    (article,) = _processed(corpus / FIXTURES / "stt1.xml")
    assert _names(article).count("Talous") == 1
    # the subject "Talous" (sttsubj:04000000) is the topic: its Media Topic is published once beside it (tsubj19)
    assert _uris([article]).count(ECONOMY) == 1


def test_an_ap_category_letter_named_by_its_desk(corpus: Path) -> None:
    for article in _processed(corpus / "iptc-ninjs" / "2.1" / "ap_audio.json"):
        assert "Political News" not in _names(article)
        assert POLITICS in _uris([article])


@pytest.fixture(scope="module")
def lexicon(resources) -> subjects.SubjectLexicon:
    return resources.subjects


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"name": "Economia - News", "literal": "products:0010000700000"}, [ECONOMY]),
        ({"name": "Cronaca - News", "literal": "products:0010000600000"}, []),
        ({"name": "Sport", "literal": "desk:SPO"}, [SPORT]),
        ({"name": "Inrikes", "literal": "section:inrikes"}, []),
    ],
)
def test_desk_labels_map_or_go(lexicon, given: dict, expected: list[str]) -> None:
    out = subjects.normalise_source([given], lexicon, "it")
    assert [s.get("uri") for s in out] == expected
    assert all(s.get("name") != given["name"] for s in out)


@pytest.mark.parametrize(
    "given",
    [
        {"name": "Planning Permission", "literal": "category:planning-permission"},  # a BBC category: a name
        {"name": "Sports", "literal": "topic:Sports"},
        {"name": "Government and politics", "uri": "http://cv.ap.org/id/86aad5207dac100488ecba7fa5283c3e"},
    ],
)
def test_a_named_subject_of_another_scheme_is_kept(lexicon, given: dict) -> None:
    assert subjects.normalise_source([given], lexicon, "en") == [given]


# --- (2) urban transport ---


@pytest.mark.parametrize(
    "needle",
    [
        "Pemprov DKI Evaluasi Jalur Sepeda",  # the provincial government's evaluation: politics before
        "Janji Pemprov DKI di Tengah Wacana Penghapusan Jalur Sepeda",
    ],
)
def test_a_bike_lane_story_is_transport_not_politics(corpus: Path, needle: str) -> None:
    assert _uris(_row(corpus, ANTARA, needle)) == [ECONOMY]


def test_english_bike_lanes_are_transport(lexicon) -> None:
    article = _run(
        lexicon,
        "City to add protected bike lanes downtown",
        "The council approved 12 km of protected bike lanes, saying commuters need safer routes to work.",
    )
    assert _uris([article]) == [ECONOMY]


def test_a_cycling_race_is_no_transport(lexicon) -> None:
    article = _run(
        lexicon,
        "Pogacar wins cycling stage in the Alps",
        "The cyclist won the 15th stage of the Tour de France on Sunday, extending his lead in the race.",
    )
    assert ECONOMY not in _uris([article])


# --- (4) air quality (coordinator, tuned to the session's second review draw) ---

ENVIRONMENT = URI.format("06000000")


def test_an_air_quality_story_is_environment(corpus: Path) -> None:
    """ "Udara Jakarta terburuk keenam di dunia": a city's air quality ranking was filed under science only (from
    "data situs pemantau"); "kualitas udara" is environment's own phrase, as "polusi" already was."""
    assert ENVIRONMENT in _uris(_row(corpus, ANTARA, "Udara Jakarta terburuk keenam di dunia"))


def test_air_quality_words_in_english_and_a_plain_air_story(lexicon) -> None:
    article = _run(
        lexicon,
        "Smog chokes Delhi as air quality hits severe level",
        "Air pollution in the capital reached its worst level of the year on Tuesday, the monitoring agency said.",
    )
    assert _uris([article])[0] == ENVIRONMENT
    # an airline's or an airport's air is no environment story
    article = _run(
        lexicon,
        "Airline adds flights to Bali",
        "The carrier will add four weekly flights by air to Denpasar from June, its chief executive said.",
    )
    assert ENVIRONMENT not in _uris([article])
