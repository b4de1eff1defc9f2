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


@pytest.mark.parametrize(
    "needle",
    [
        "Presiden Iran Pezeshkian Bertemu Mojtaba",  # a head of state's meeting
        "PM Takaichi sebut pelayaran lalui Selat Hormuz",  # a head of government on shipping through Hormuz
    ],
)
def test_a_head_of_state_alone_stays_politics(corpus: Path, needle: str) -> None:
    assert POLITICS in _uris(_row(corpus, ANTARA, needle))


@pytest.mark.parametrize(
    "needle",
    ["Rektor USU: Kemampuan komunikasi jadi kunci", "Mentrans gandeng universitas ciptakan SDM"],
)
def test_one_university_word_keeps_education(corpus: Path, needle: str) -> None:
    """Guard: the one-word rule is politics' (a university's word alone still names an education story)."""
    assert URI.format("05000000") in _uris(_row(corpus, ANTARA, needle))


def test_one_office_word_is_not_politics(resources) -> None:
    article = _run(
        resources.subjects,
        "Menteri PU: uji coba ulang MLFF di dua titik",
        "Menteri PU mengatakan uji coba ulang MLFF akan dilakukan di dua titik tol. Menteri menyebut hasilnya "
        "dievaluasi bulan depan.",
        lang="id",
    )
    assert POLITICS not in _codes(article)


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


# --- (4) a provider's own label or numbered code that a Media Topic stands for ---

MEDTOP = URI.format("")
ENVIRONMENT, HEALTH, SCIENCE = URI.format("06000000"), URI.format("07000000"), URI.format("13000000")
WEATHER = URI.format("17000000")


def _medtops(article: dict) -> set[str]:
    return {s["uri"] for s in article.get("subjects", ()) if str(s.get("uri") or "").startswith(MEDTOP)}


@pytest.mark.parametrize(
    ("path", "present"),
    [
        # Business Wire's industry labels: "Hardware", "Software" (technology), "Product/Service" (business)
        ("iptc-ninjs/1.4/businesswire-newsml-20130515006361.json", {SCIENCE, ECONOMY}),
        # "Restaurant/Bar", "Retail", "Food/Beverage": industries
        ("iptc-ninjs/1.4/businesswire-newsml-20130731006140.json", {ECONOMY}),
        # STT's own scheme of Subject Code numbers ("sttsubj:06000000" "Ympäristö")
        ("superdesk-core-fixtures/stt_newsml_endash.xml", {ENVIRONMENT, HEALTH, SCIENCE}),
        # named IPTC Subject Codes: "Weather" 17000000, "Fishing Industry" 04001002
        ("superdesk-core-fixtures/nitf-fishing.xml", {WEATHER, ECONOMY}),
        # the BBC's category "Leisure"
        ("superdesk-core-fixtures/bbc-ninjs-comp-test.json", {LEISURE}),
    ],
)
def test_a_provider_label_gets_its_media_topic(corpus: Path, path: str, present: set[str]) -> None:
    from tests.unit.test_enrich_subjects import _processed

    article = _processed(corpus / path)[0]
    assert present <= _medtops(article), _medtops(article)
    names = [s.get("name") for s in article.get("subjects", ())]
    assert all(name for name in names)  # the provider's labels stay beside the Media Topics
    assert len({s.get("uri") or s.get("literal") or s.get("name") for s in article["subjects"]}) == len(names)


def test_a_narrower_media_topic_is_kept(corpus: Path) -> None:
    from tests.unit.test_enrich_subjects import _processed

    [video] = _processed(corpus / "iptc-newsml-g2" / "LISTING_5_Multi-part_Video_in_NewsML-G2.xml")
    assert {URI.format("01000000"), URI.format("20000003")} <= _medtops(video)


def test_an_unknown_label_gets_no_topic(resources) -> None:
    """Guard: a label no table names ("Award", "Planning Permission") gets no Media Topic; a place is dropped."""
    from streams.core.enrich import subjects

    out = subjects.normalise_source(
        [{"name": "Award", "rel": "about"}, {"name": "Planning Permission", "code": "category:planning-permission"}],
        resources.subjects,
        "en",
    )
    assert [s.get("name") for s in out] == ["Award", "Planning Permission"]


# --- (5) a story's topic in its headline outranks a passing mention ---


def test_a_fitness_piece_is_lifestyle_not_crime_first(corpus: Path) -> None:
    """A celebrity's workout ("Bentuk Badan", "kebugaran") with an illegal-vape case in passing in the summary."""
    uris = _uris(_row(corpus, ANTARA, "Jonathan Frizzy Bentuk Badan demi Penampilan"))
    assert uris[:1] == [LEISURE], uris
