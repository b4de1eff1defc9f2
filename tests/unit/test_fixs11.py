"""Subjects, session 11 review fixes (issue #15): a poll story is politics, Indonesian legal, transport and
infrastructure-financing stories get their topic, and a provider's entity concepts (teams, conferences) are no
subjects. Real corpus items where the corpus has them, short realistic sentences otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich import subjects
from tests.unit.test_enrich_subjects import URI, _processed, _row, _run, _uris

ECONOMY, POLITICS, CRIME = URI.format("04000000"), URI.format("11000000"), URI.format("02000000")
ANTARA = "antara-rss-scraper-berita-antara/semua_berita.json"


@pytest.fixture(scope="module")
def lexicon(resources) -> subjects.SubjectLexicon:
    return resources.subjects


# --- class 1: poll and approval-rating words are politics; "arms sales" lends "sales" to no business story ---


def test_approval_rating_poll_is_politics_not_economy(corpus: Path) -> None:
    """Reuters' "REAGAN APPROVAL RATING FALLS" (a CBS poll on the Iran arms scandal) got only economy, from "pct"
    and the "sales" of "arms sales"."""
    uris = _uris(_row(corpus, "reuters", "REAGAN APPROVAL RATING FALLS"))
    assert POLITICS in uris and ECONOMY not in uris


def test_poll_words_sentence(lexicon) -> None:
    body = "The poll found 44 pct approved of the prime minister, while pollsters said support was slipping."
    uris = [s["uri"] for s in _run(lexicon, "Approval ratings slide", body)["subjects"]]
    assert uris[0] == POLITICS


def test_one_poll_of_economists_is_no_politics(lexicon) -> None:
    """One poll word is not enough: a Reuters poll of economists stays an economy story."""
    body = "A Reuters poll of economists expects the central bank to cut interest rates as inflation eases."
    uris = [s["uri"] for s in _run(lexicon, "Rate cut seen", body).get("subjects", ())]
    assert ECONOMY in uris and POLITICS not in uris


# --- class 2: Indonesian legal, transport and infrastructure-financing stories ---


@pytest.mark.parametrize(
    ("needle", "code"),
    [
        ("Simpang Hek Kramat Jati Macet Panjang", ECONOMY),  # road works, a traffic jam
        ("Pramono Yakin Transjakarta Bisa Kelola Transportasi", ECONOMY),  # public transport
        ("World Bank dukung pembiayaan pembangunan MILH", ECONOMY),  # infrastructure financing, was politics only
        ("Polisi Dalami Dugaan Racun", CRIME),  # a police investigation of a suspected poisoning
    ],
)
def test_indonesian_teasers_get_their_topic(corpus: Path, needle: str, code: str) -> None:
    assert code in _uris(_row(corpus, ANTARA, needle))


def test_light_rail_forecast_is_a_scored_transport_topic(corpus: Path) -> None:
    """Jakpro's LRT ridership forecast was economy only by the company default (confidence 20): "LRT" now names
    its topic, at a scored confidence."""
    (article,) = _row(corpus, ANTARA, "Jakpro proyeksikan LRT Jakarta")
    (topic,) = article["subjects"]
    assert topic["uri"] == ECONOMY and topic["confidence"] > round(100 * subjects.COMPANY_CONFIDENCE)


def test_suspected_case_sentence(lexicon) -> None:
    uris = [s["uri"] for s in _run(lexicon, "Polisi usut dugaan penggelapan dana desa", "", "id")["subjects"]]
    assert uris == [CRIME]


def test_suspicion_alone_is_no_crime(lexicon) -> None:
    """ "dugaan" (suspected) is weak: a suspected radiation leak names no crime."""
    article = _run(lexicon, "Dugaan radiasi dari limbah di bekas TPS", "Warga diminta menjauh dari lokasi.", "id")
    assert CRIME not in [s["uri"] for s in article.get("subjects", ())]


def test_street_name_is_no_transport(lexicon) -> None:
    """ "Jalan" alone is every street address: only road works and transport words count."""
    body = "Pelaku ditangkap di rumahnya di Jalan Radio, Kramat Pela, setelah polisi menerima laporan warga."
    uris = [s["uri"] for s in _run(lexicon, "Pencuri motor ditangkap", body, "id")["subjects"]]
    assert ECONOMY not in uris


# --- class 3: a provider's entity concepts are no subjects ---


def test_sportsml_teams_and_conference_are_no_subjects(corpus: Path) -> None:
    """XML Team's MLB preview: the teams ("team:l.mlb.com-t.19" Philadelphia Phillies) and the conference
    ("conf:…national" National) are entities; the topics and the league stay."""
    path = corpus / "iptc-newsml-g2" / "LISTING_22_Sports_story_in_NewsML-G2NITF.xml"
    names = [s.get("name") for a in _processed(path) for s in a.get("subjects", ())]
    assert "Baseball" in names and "Major League Baseball" in names
    assert not {"Philadelphia Phillies", "Arizona Diamondbacks", "National"} & set(names)


@pytest.mark.parametrize(
    ("literal", "kept"),
    [
        ("team:l.nba.com-t.2", False),
        ("person:abc123", False),
        ("event:l.mlb.com-2016-e.1", False),
        ("org:acme", False),
        ("league:l.nba.com", True),
        ("topic:basketball", True),
    ],
)
def test_entity_schemes(lexicon, literal: str, kept: bool) -> None:
    out = subjects.normalise_source([{"name": "Boston Celtics", "literal": literal}], lexicon, "en")
    assert bool(out) is kept
