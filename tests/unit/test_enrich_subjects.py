"""IPTC Media Topic subjects (streams.core.enrich.subjects) and counts (streams.core.enrich.counts)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from streams.core.enrich import counts, subjects

URI = "http://cv.iptc.org/newscodes/mediatopic/{}"


@pytest.fixture(scope="module")
def lexicon(resources) -> subjects.SubjectLexicon:
    return resources.subjects


def _run(lexicon, headline: str, body: str, lang: str = "en", **extra) -> dict:
    article = {
        "language": lang,
        "headlines": [{"role": "main", "value": headline}],
        "bodies": [{"value": body}],
        "ext": {},
        **extra,
    }
    subjects.enrich(article, lexicon)
    return article


def test_lexicon_has_the_17_top_level_topics(lexicon) -> None:
    assert len(lexicon.codes) == 17 and all(c.endswith("000000") for c in lexicon.codes)


@pytest.mark.parametrize(
    ("lang", "headline", "body", "code"),
    [
        (
            "en",
            "Quake kills 30",
            "An earthquake and a tsunami hit the coast; rescue teams evacuated victims.",
            "03000000",
        ),
        (
            "id",
            "Gempa guncang Cianjur",
            "Gempa bumi menyebabkan tanah longsor, BNPB mengevakuasi korban.",
            "03000000",
        ),
        (
            "ms",
            "Harimau Malaya menang",
            "Pasukan bola sepak negara menang dalam perlawanan akhir kejohanan itu.",
            "15000000",
        ),
        (
            "en",
            "ACME Q4 net profit up",
            "ACME Corp said net profit rose 12 pct on revenues of 3 billion dlrs; dividend raised.",
            "04000000",
        ),
        ("id", "Pemilu 2024", "Presiden dan DPR membahas jadwal pemilu dengan partai politik.", "11000000"),
    ],
)
def test_topic(lexicon, lang: str, headline: str, body: str, code: str) -> None:
    subject = _run(lexicon, headline, body, lang)["subjects"][0]
    assert subject["uri"] == URI.format(code)
    assert subject["creator"] == "wirefeed" and subject["rel"] == "about"
    assert isinstance(subject["confidence"], int) and 0 < subject["confidence"] <= 100


def test_label_in_article_language(lexicon) -> None:
    s = _run(lexicon, "Gempa", "Gempa dan banjir, korban dievakuasi oleh BNPB.", "id")["subjects"][0]
    assert s["name"] == "bencana, kecelakaan dan keadaan darurat"


def test_acronyms_are_case_exact(lexicon) -> None:
    assert "subjects" not in _run(lexicon, "Who", "who is who, and who knows", "en")


def test_source_subjects_kept_and_not_duplicated(lexicon) -> None:
    own = {"name": "economy", "uri": URI.format("04000000")}
    a = _run(lexicon, "Net profit", "Net profit and dividend rose; shareholders gain.", subjects=[own])
    assert a["subjects"][0] is own and [s["uri"] for s in a["subjects"]].count(own["uri"]) == 1


def test_reuters_topics_are_economy(corpus: Path, lexicon) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from eval_places import reuters_article, reuters_records

    n = hit = 0
    for rec in reuters_records():
        if rec["topics"] and rec["body"]:
            a = reuters_article(rec)
            subjects.enrich(a, lexicon)
            n += 1
            hit += any(s["uri"] == URI.format("04000000") for s in a.get("subjects", ()))
    assert hit / n >= 0.85


def test_counts() -> None:
    article = {"bodies": [{"value": "satu dua tiga"}, {"value": "four"}], "ext": {}}
    counts.enrich(article)
    assert article["bodies"][0] == {"value": "satu dua tiga", "charCount": 13, "wordCount": 3}
    assert article["ext"]["readingTimeSeconds"] == 2  # 4 words at 200 wpm, rounded up
    empty: dict = {"ext": {}}
    counts.enrich(empty)
    assert "readingTimeSeconds" not in empty["ext"]
