"""Places and countries (streams.core.enrich.places) on synthetic texts, the seed and Reuters-21578."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from streams.core.enrich import places

BOILERPLATE = {
    "Sumber",
    "Baca",
    "Editor",
    "Wang",
    "Asia",
    "Penerjemah",
    "Reuters",
    "Of",
    "Man",
    "Nice",
    "Reading",
    "Split",
    "Mobile",
    "Bath",
    "Along",
    "Sale",
    "Police",
    "Union",
}


@pytest.fixture(scope="module")
def gazetteer(resources) -> places.Gazetteer:
    return resources.places


def _run(gazetteer: places.Gazetteer, text: str, lang: str = "id", located: str | None = None) -> dict:
    article: dict = {"language": lang, "bodies": [{"role": "main", "value": text}], "ext": {}}
    if located:
        article["located"] = located
    places.enrich(article, gazetteer)
    return article


def test_indonesian_exonyms(gazetteer) -> None:
    a = _run(
        gazetteer,
        "Tiongkok, Rusia, Inggris, Jepang, Amerika Serikat, Korea Selatan, Arab Saudi, Belanda, "
        "Jerman, Prancis, Perancis, Selandia Baru dan Filipina hadir.",
    )
    assert a["ext"]["countriesMentioned"] == sorted(
        ["CN", "RU", "GB", "JP", "US", "KR", "SA", "NL", "DE", "FR", "NZ", "PH"]
    )


def test_acronyms_need_exact_case_and_language(gazetteer) -> None:
    assert _run(gazetteer, "Presiden AS Joe Biden tiba.")["ext"]["countries"] == ["US"]
    assert (
        "ext" not in _run(gazetteer, "as well as the others", "en")
        or "countries" not in _run(gazetteer, "as well as the others", "en")["ext"]
    )
    assert "countries" not in _run(gazetteer, "AS it was", "en")["ext"]


def test_region_beats_city_and_adds_no_country(gazetteer) -> None:
    a = _run(gazetteer, "Situasi di Asia Tengah dan Asia Tenggara.")
    assert [p["name"] for p in a["places"]] == ["Asia Tengah", "Asia Tenggara"]
    assert "countries" not in a["ext"]


def test_city_implies_country_with_geonames(gazetteer) -> None:
    a = _run(gazetteer, "Banjir melanda Surabaya pada Senin.")
    (p,) = a["places"]
    assert p["name"] == "Surabaya" and p["uri"].startswith("https://sws.geonames.org/")
    assert p["geoJSON"]["type"] == "Point" and len(p["geoJSON"]["coordinates"]) == 2
    assert a["ext"]["countries"] == ["ID"]


def test_lower_case_words_are_not_places(gazetteer) -> None:
    a = _run(gazetteer, "They ate turkey and chile, then went reading along the bath.", "en")
    assert "places" not in a


def test_people_named_like_towns(gazetteer) -> None:
    a = _run(gazetteer, "Treasury Secretary James Baker met Nigel Lawson and George Shultz in London.", "en")
    assert [p["name"] for p in a["places"]] == ["London"]


def test_dateline_state_disambiguates(gazetteer) -> None:
    a = _run(gazetteer, "The company said it would expand.", "en", located="PORTLAND, Ore.")
    assert a["places"][0]["rel"] == "located" and a["ext"]["countries"] == ["US"]


def test_is_place_for_entities(gazetteer) -> None:
    for name in ("Kazakhstan", "Asia Tengah", "New York", "China", "Jakarta"):
        assert gazetteer.is_place(name), name
    for name in ("Wang", "Wang Yi", "Sumber", "Baca", "Editor", "kazakhstan"):
        assert not gazetteer.is_place(name), name
    assert gazetteer.is_place("AS", "id") and not gazetteer.is_place("AS", "en")


def test_source_places_are_kept(gazetteer) -> None:
    article = {
        "language": "en",
        "places": [{"name": "Somewhere", "literal": "x"}],
        "bodies": [{"value": "Talks in Jakarta."}],
        "ext": {},
    }
    places.enrich(article, gazetteer)
    assert article["places"][0]["name"] == "Somewhere" and article["places"][1]["name"] == "Jakarta"


def test_seed(corpus: Path, resources) -> None:
    from streams.core.model import RawItem
    from streams.core.pipeline import process

    raw = RawItem((corpus / "seed" / "000_af91a0d982ffc927.txt").read_bytes(), {})
    article = process(raw, resources, received_at="2026-01-01T00:00:00Z")[0].record
    assert {"KZ", "CN"} <= set(article["ext"]["countries"])
    names = {p["name"] for p in article["places"]}
    assert {"Kazakhstan", "Asia Tengah"} <= names
    assert not names & BOILERPLATE


def test_cache_roundtrip(tmp_path: Path) -> None:
    first = places.load(tmp_path)
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    second = places.load(tmp_path)
    assert second.version == first.version and len(second.places) == len(first.places)


def test_reuters_country_f1(corpus: Path, resources) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    from eval_places import eval_reuters

    result = eval_reuters(resources.places)
    assert result["docs"] > 2500
    assert result["f1"] >= 0.88, result
