"""Session 11 (branch subj11): subject evidence counted once per term, company names, word senses, ties."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich import subjects
from tests.unit.test_enrich_subjects import URI, _processed, _row, _run, _uris


@pytest.fixture(scope="module")
def lexicon(resources) -> subjects.SubjectLexicon:
    return resources.subjects


def _evidence(lexicon: subjects.SubjectLexicon, text: str, code: str, language: str = "en") -> set[str]:
    """The different terms ``_score`` found for one topic in ``text`` (marks left out)."""
    _, terms = subjects._score(text, lexicon, 0, language)
    return {t for t in terms[lexicon.codes.index(code)] if not t.startswith("\0")}


def test_a_term_inside_a_longer_term_of_its_topic_is_one_piece_of_evidence(lexicon) -> None:
    # "hujan" inside "hujan deras", "kesehatan" inside "kesehatan mental": one phrase, not two terms
    assert _evidence(lexicon, "Longsor terjadi setelah hujan deras semalam.", "17000000", "id") == {"hujan deras"}
    assert _evidence(lexicon, "Dampaknya bagi kesehatan mental remaja.", "07000000", "id") == {"kesehatan mental"}


def test_a_term_inside_a_longer_term_of_another_topic_still_counts_for_its_own(lexicon) -> None:
    # a forest fire is a disaster and an environment story: "hutan" counts for the environment
    text = "Kebakaran hutan meluas di Kalimantan."
    assert "hutan" in _evidence(lexicon, text, "06000000", "id")
    assert "kebakaran hutan" in _evidence(lexicon, text, "03000000", "id")


def test_a_listed_plural_is_the_same_term_as_its_singular(lexicon) -> None:
    text = "The army will buy a missile; the missiles are British."
    assert _evidence(lexicon, text, "11000000") >= {"missile", "army"}  # defence: politics
    _, terms = subjects._score(text, lexicon)
    assert all("missiles" not in found for found in terms)


def test_a_word_inside_a_company_name_is_evidence_of_business_only(lexicon) -> None:
    body = (
        "Rollins Environmental Services Inc said an offering of 900,000 common shares is under way at "
        "34.625 dlrs a share through underwriter Merrill Lynch and Co Inc."
    )
    org = {"name": "Rollins Environmental Services Inc"}
    named = _run(lexicon, "ROLLINS ENVIRONMENTAL SHARE OFFER STARTS", body, organisations=[org])
    assert [s["uri"] for s in named["subjects"]] == [URI.format("04000000")]
    # the same words with no company of that name: the mask comes from the organisation, not the words
    bare = _run(lexicon, "ROLLINS ENVIRONMENTAL SHARE OFFER STARTS", body)
    assert URI.format("06000000") in [s["uri"] for s in bare.get("subjects", ())]


def test_a_tie_for_the_last_place_publishes_neither() -> None:
    scores = [0.0] * 17
    terms: list[set[str]] = [set() for _ in range(17)]
    for index, score, found in ((3, 10.0, {"a", "b", "c"}), (0, 8.0, {"d", "e"}), (1, 5.0, {"f", "g"})):
        scores[index], terms[index] = score, found
    scores[13], terms[13] = 5.0, {"h", "i"}  # four topics for three places, the last two alike
    assert [i for i, _ in subjects._topics(scores, terms)] == [3, 0]
    scores[13] = 6.0  # a higher score breaks the tie
    assert [i for i, _ in subjects._topics(scores, terms)] == [3, 0, 13]


def test_a_finance_phrase_lends_its_words_to_no_other_topic(lexicon) -> None:
    # "T-bill" and "government bonds" are finance: no bill in parliament, no government story
    text = "The Treasury will sell 13-week T-bills and government bonds at auction on Monday."
    assert not _evidence(lexicon, text, "11000000")
    assert {"t-bills", "government bonds"} <= _evidence(lexicon, text, "04000000")


def test_a_source_name_given_twice_is_published_once(lexicon) -> None:
    # Reuters' "Soccer" under two N2 codes and "Sport" beside the category's Media Topic "sport"
    source = [
        {"name": "Soccer", "literal": "N2:SOC"},
        {"name": "Soccer", "literal": "N2:SOCC"},
        {"name": "Sport", "literal": "N2:SPO"},
        {"name": "s", "literal": "s", "rel": "category"},
    ]
    names = [s["name"] for s in subjects.normalise_source(source, lexicon, "en")]
    assert names == ["Soccer", "sport"]


@pytest.mark.parametrize(
    ("source", "needle", "absent", "present"),
    [
        # "a novel eurobond": the adjective, no arts story
        ("reuters", "COMMONWEALTH BANK OF AUSTRALIA ISSUES NOVEL BOND", "01000000", "04000000"),
        ("reuters", "STATE BANK OF SOUTH AUSTRALIA ISSUES NOVEL BOND", "01000000", "04000000"),
        # an army buying missiles is defence (politics in Media Topics), no war
        ("reuters", "PENTAGON DELAYS PLAN TO BUY EUROPEAN MISSILE", "16000000", "11000000"),
        # company names: Western Union is no trade union, Holiday Corp no holiday, Pope and Talbot no church
        ("reuters", "WESTERN UNION &lt;WU> NAMES NEW PRESIDENT", "09000000", "04000000"),
        ("reuters", "HOLIDAY CORP &lt;HIA> TO REDEEM TWO BOND ISSUES", "10000000", "04000000"),
        ("reuters", "POPE AND TALBOT &lt;POP> SELLS CONVERTIBLE DEBT", "12000000", "04000000"),
        # a river opened to barge traffic stays a transport story with the plural no longer a second term
        ("reuters", "MIDMISSISSIPPI RIVER OPENS TODAY FOR SEASON", "15000000", "04000000"),
        ("reuters", "FRENCH 13-WEEK T-BILL AVERAGE RATE FALLS", "11000000", "04000000"),
        ("reuters", "MOBIL &lt;MOB> UNIT TO PRODUCE FOOD PACKAGING", "10000000", "04000000"),
        # a ferry named Putri Yasmin burns: an accident, no royal human-interest story
        (
            "antara-rss-scraper-berita-antara/semua_berita.json",
            "KMP Putri Yasmin terbakar di Lombok Barat",
            "08000000",
            "03000000",
        ),
        # "The Police" on TRANS 7 in a TV schedule: a programme's title, no crime story
        (
            "antara-rss-scraper-berita-antara/semua_berita.json",
            "The Police TRANS 7",
            "02000000",
            "01000000",
        ),
    ],
)
def test_corpus_items(corpus: Path, source: str, needle: str, absent: str, present: str) -> None:
    uris = _uris(_row(corpus, source, needle))
    assert URI.format(absent) not in uris
    assert URI.format(present) in uris


def test_peace_talks_between_warring_parties_are_conflict_news(corpus: Path) -> None:
    # dpa: Mattis on Yemen peace talks; "warring parties" are no political parties
    articles = _processed(corpus / "superdesk-core-fixtures" / "dpa_two_line.txt")
    uris = [s.get("uri") for a in articles for s in a.get("subjects", ())]
    assert uris[:1] == [URI.format("16000000")]
