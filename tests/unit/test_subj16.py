"""Subjects, session 16 (issue #15). (1) A teaser (a headline and a one-sentence summary, no body: an RSS or CSV row)
names its topic in one word of its headline, as a headline-only flash does; the summary's lone words are the story's
circumstances (a resignation from the "Badan Gizi Nasional" is no health story), a figure's word ("juta") names no
topic, and a headline naming two topics in a word each names none. (2) A story about a work of fiction or a game
tells its plot in crime, war or disaster words: a murder-mystery board game's review is a leisure story, no crime
story; a real crime beside a film keeps its topic. (3) "fasilitas kesehatan" (a health facility) is where a baby was
born, no health story; eye conditions ("miopi", "mata minus") are health. Real corpus items where the corpus has them
(skipped without it), short texts otherwise; the guards pin that what worked before still does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_enrich_subjects import URI, _processed, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA, ANTARA_CSV

CRIME, DISASTER, ECONOMY = URI.format("02000000"), URI.format("03000000"), URI.format("04000000")
HEALTH, LEISURE, POLITICS = URI.format("07000000"), URI.format("10000000"), URI.format("11000000")
SCIENCE, SOCIETY, ARTS = URI.format("13000000"), URI.format("14000000"), URI.format("01000000")
CONFLICT, SPORT = URI.format("16000000"), URI.format("15000000")


def _codes(article: dict) -> list[str]:
    return [s["uri"] for s in article.get("subjects", ())]


def _teaser(resources, headline: str, summary: str, lang: str = "id") -> dict:
    return _run(resources.subjects, headline, "", lang, descriptions=[{"role": "summary", "value": summary}])


# --- (1) a teaser's headline names its topic in one word ---


@pytest.mark.parametrize(
    ("source", "needle", "code"),
    [
        (ANTARA, "Ternyata Dibunuh Kekasih", CRIME),  # "dibunuh": murdered
        (ANTARA, "Aksi 2 Pria Curi Raket Padel", CRIME),  # "curi": steal
        (ANTARA, "Pixel 11 siap debut", SCIENCE),  # a phone's telephoto camera
        (ANTARA, "Aplikasi Google Gemini capai satu miliar pengguna", SCIENCE),  # an app, not the figure
        (ANTARA_CSV, "Kemenhub kerahkan kapal patroli evakuasi", DISASTER),  # a ship's evacuation
    ],
)
def test_a_teaser_names_its_topic_in_its_headline(corpus: Path, source: str, needle: str, code: str) -> None:
    assert _uris(_row(corpus, source, needle)) == [code]


@pytest.mark.parametrize(
    ("source", "needle"),
    [
        (ANTARA_CSV, "Nanik S Deyang resmi mundur dari Kepala BGN"),  # "Badan Gizi Nasional" in the summary
        (ANTARA_CSV, "Mengenal Greenland, 10 fakta menarik"),  # "80 persen", "negara" in the summary
        (ANTARA, "Kalender Jawa 13 Agustus 2026"),  # "krisis keuangan" in the summary
        (ANTARA, "Tak Ada Luka di Jasad Sutrimo"),  # an injury's and a doctor's word: two topics, one word each
    ],
)
def test_a_teasers_lone_words_elsewhere_name_no_topic(corpus: Path, source: str, needle: str) -> None:
    articles = _row(corpus, source, needle)
    assert articles and not any(a.get("subjects") for a in articles), _uris(articles)


def test_teaser_rules(resources) -> None:
    # one word of the headline
    assert _codes(_teaser(resources, "Polisi tangkap pencuri motor di Depok", "Pelaku beraksi malam hari.")) == [CRIME]
    # a figure's word alone names no topic in a line ("1,5 juta liter air")
    assert not _codes(_teaser(resources, "Relawan bagikan 1,5 juta liter air", "Air dibagikan ke desa."))
    # the summary's lone word names none
    assert not _codes(_teaser(resources, "Warga Cilincing buka suara", "Kementerian Keuangan datang ke lokasi."))
    # a body: the two-term rule as before (one word is no topic)
    assert not _codes(_run(resources.subjects, "Warga Cilincing buka suara", "Ia pencuri, kata warga.", "id"))


def test_a_teaser_with_source_subjects_gets_none_added(resources) -> None:
    """A provider's own subjects (AP's "Entertainment" on a picture) are the item's topics: no teaser word is added."""
    article = _teaser(resources, "US Paul Simon Poets Society", "FILE - photo", "en")
    article["subjects"] = [{"name": "Entertainment", "uri": "http://cv.ap.org/id/1"}]
    before = list(article["subjects"])
    from streams.core.enrich import subjects

    subjects.enrich(article, resources.subjects)
    assert article["subjects"] == before


# --- (2) a work's plot is not the story's topic ---


def test_murder_mystery_game_review_is_leisure(corpus: Path) -> None:
    """Funke's review of the board-game app "Mysterium Secrets & Lies": "Mord" in the headline, "Täter" once."""
    [article] = _processed(corpus / "superdesk-core-fixtures" / "wordpress_wxr_funke.xml")
    assert CRIME not in _codes(article) and LEISURE in _codes(article), _codes(article)


def test_a_film_review_is_no_war_story(resources) -> None:
    article = _run(
        resources.subjects,
        "New war film opens in cinemas",
        "The film follows soldiers in the trenches. The film's director said the movie took four years; "
        "critics called the film a triumph. Its battle scenes and the army's retreat are the film's core.",
    )
    assert CONFLICT not in _codes(article) and ARTS in _codes(article), _codes(article)


def test_a_real_crime_beside_a_film_stays_crime(corpus: Path) -> None:
    """WENN: Suge Knight's fatal hit and run during a film's promotion: a crime story that names a film."""
    articles = _processed(corpus / "superdesk-core-fixtures" / "wenn.xml")
    [article] = [a for a in articles if "Suge Knight" in a["headlines"][0]["value"]]
    assert CRIME in _codes(article), _codes(article)


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Actor arrested over fraud",
            "Police arrested the actor on Monday on fraud charges; prosecutors said he was convicted before. "
            "His latest film opens next week.",
        ),
        (  # in a sport story "game" is the match: a fan's arrest at a game stays crime
            "Fan arrested after game",
            "Police arrested a fan after the game on Sunday. The team won the game 3-1 in the league; the coach "
            "praised the players after the game, and the club condemned the assault.",
        ),
    ],
)
def test_a_crime_story_naming_a_work_stays_crime(resources, headline: str, body: str) -> None:
    assert CRIME in _codes(_run(resources.subjects, headline, body)), _codes(_run(resources.subjects, headline, body))


# --- (3) a health facility is a place; an eye condition is health ---


def test_health_facility_is_no_health_story(corpus: Path) -> None:
    """A birth certificate issued at once for a baby born "di fasilitas kesehatan": civil registration."""
    assert HEALTH not in _uris(_row(corpus, ANTARA, "Akta Kelahiran Langsung Terbit Usai Bayi Lahir"))


def test_myopia_is_health(corpus: Path) -> None:
    """ "Miopi atau mata minus adalah gangguan refraksi": health first, beside the site's lifestyle section."""
    assert _uris(_row(corpus, ANTARA_CSV, "ciri-ciri kalau mata Anda mulai minus"))[0] == HEALTH


def test_a_hospital_story_stays_health(resources) -> None:
    article = _run(
        resources.subjects,
        "Rumah sakit tambah fasilitas kesehatan",
        "Rumah sakit daerah menambah dokter dan perawat untuk pasien demam berdarah.",
        "id",
    )
    assert HEALTH in _codes(article), _codes(article)


# --- (4) a short story names its topic in two words ---


def test_a_short_story_names_its_topic_in_two_words(corpus: Path) -> None:
    """Three sentences on Shultz's Moscow trip after Soviet "arms control" proposals on "missiles"."""
    assert _uris(_row(corpus, "reuters", "SHULTZ LIKELY TO VISIT MOSCOW SOON")) == [CONFLICT]


def test_short_story_rules(resources) -> None:
    # two words of one topic in a short story
    assert _codes(
        _run(resources.subjects, "Talks set", "The sides will discuss arms control and the missile deal.")
    ) == [CONFLICT]
    # one word is still no topic
    assert not _codes(_run(resources.subjects, "Talks set", "The sides will discuss arms control next week."))
