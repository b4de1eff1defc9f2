"""People and organisations: synthetic id/ms/en sentences, the seed item and real corpus copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _enrich_seed import seed_article

from streams.core.enrich import entities

CASES = json.loads((Path(__file__).parent.parent / "fixtures/enrich/entities_en_id_ms.json").read_text())


@pytest.fixture(scope="module")
def res() -> entities.EntityResources:
    return entities.load()


def _article(text: str, lang: str) -> dict:
    return {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}


@pytest.mark.parametrize("case", CASES["people"], ids=lambda c: c["text"][:40])
def test_people_and_roles(case: dict, res: entities.EntityResources) -> None:
    article = _article(case["text"], case["lang"])
    entities.enrich(article, res)
    names = [p["name"] for p in article.get("people", [])]
    assert names == case["people"]
    roles = {r["name"]: r["role"] for r in article["ext"].get("roles", [])}
    assert roles == case["roles"]
    for absent in case["absent"]:
        assert absent not in names
    assert all(set(p) <= {"name", "rel", "uri", "literal", "contactInfo"} for p in article.get("people", []))


@pytest.mark.parametrize("case", CASES["organisations"], ids=lambda c: c["text"][:40])
def test_organisations(case: dict, res: entities.EntityResources) -> None:
    article = _article(case["text"], case["lang"])
    entities.enrich(article, res)
    names = [o["name"] for o in article.get("organisations", [])]
    assert names == case["orgs"]
    assert not article.get("people")


def test_defined_acronym_becomes_literal(res: entities.EntityResources) -> None:
    article = _article("The Financial Services Authority (OJK) said on Monday. OJK will act.", "en")
    entities.enrich(article, res)
    assert article["organisations"] == [{"name": "Financial Services Authority", "literal": "OJK"}]


def test_contributors_are_not_people(res: entities.EntityResources) -> None:
    article = _article("Juwita Trisna Rahayu mengatakan hal itu. Rahayu menambahkan bahwa semua aman.", "id")
    article["ext"]["contributors"] = [{"role": "translator", "name": "Juwita Trisna Rahayu"}]
    entities.enrich(article, res)
    assert "people" not in article


def test_places_resource_rejects_places(res: entities.EntityResources) -> None:
    class Places:
        def is_place(self, name: str) -> bool:
            return name == "Gotham"

    article = _article("Gotham said it would appeal. Pak Budi Santoso berkata demikian.", "id")
    entities.enrich(article, res, Places())
    assert [p["name"] for p in article["people"]] == ["Budi Santoso"]


def test_resolve_name_prefers_surname() -> None:
    names = ["Wang Yi", "Mukhtar Tileuberdi", "Yi Gang"]
    assert entities.resolve_name("Wang", names) == "Wang Yi"
    assert entities.resolve_name("Tileuberdi", names) == "Mukhtar Tileuberdi"
    assert entities.resolve_name("Gang", names) == "Yi Gang"
    assert entities.resolve_name("Yi", names) == "Wang Yi"  # a surname (last-token) match beats a first token
    assert entities.resolve_name("Smith", names) is None


def test_seed_item(corpus: Path, res: entities.EntityResources) -> None:
    article = seed_article(corpus)
    entities.enrich(article, res)
    names = [p["name"] for p in article["people"]]
    assert {"Wang Yi", "Xi Jinping", "Kassym-Jomart Tokayev", "Mukhtar Tileuberdi"} <= set(names)
    assert "Wang" not in names and "Tileuberdi" not in names
    assert not {"Juwita Trisna Rahayu", "Atman Ahdiat"} & set(names)
    roles = {(r["name"], r["role"]) for r in article["ext"]["roles"]}
    assert {
        ("Wang Yi", "Menteri Luar Negeri China"),
        ("Xi Jinping", "Presiden China"),
        ("Kassym-Jomart Tokayev", "Presiden Kazakhstan"),
        ("Mukhtar Tileuberdi", "Perdana Menteri Kazakhstan"),
    } <= roles
    orgs = {o["name"]: o.get("literal") for o in article["organisations"]}
    assert orgs.get("Kementerian Luar Negeri China") == "Kemenlu China"
    assert len([o for o in orgs if "Luar Negeri" in o]) == 1


def test_antara_fulltext_people(corpus: Path, res: entities.EntityResources) -> None:
    items = json.loads((corpus / "antara-id-fulltext-pwlScrapping/all_news.json").read_text())
    article = _article(items[0]["isi"], "id")
    entities.enrich(article, res)
    names = [p["name"] for p in article["people"]]
    assert names == ["Sufmi Dasco Ahmad", "Puan Maharani", "Ary Nugroho"]
    assert "Editor" not in " ".join(names) and "Rio Feisal" not in names


def test_antara_english_people(corpus: Path, res: entities.EntityResources) -> None:
    items = json.loads((corpus / "antara-en-Scrape_antaraNews/scrapeResult.json").read_text())
    article = _article(items[3]["content"], "en")
    entities.enrich(article, res)
    names = [p["name"] for p in article["people"]]
    assert names[:3] == ["Bahlil Lahadalia", "Prabowo Subianto", "Yuliot Tanjung"]


def test_memoised_answers_belong_to_their_place_lookup(res: entities.EntityResources) -> None:
    """Answers are memoised across articles; one lookup's verdicts must not leak into another's."""

    class Places:
        def __init__(self, places: set[str]) -> None:
            self.places = places

        def is_place(self, name: str) -> bool:
            return name in self.places

    text = "Jaya Kusuma berkata demikian. Kusuma menambahkan bahwa semua aman."
    plain, gotham = _article(text, "id"), _article(text, "id")
    entities.enrich(plain, res, Places(set()))
    entities.enrich(gotham, res, Places({"Jaya Kusuma", "Jaya", "Kusuma"}))
    assert [p["name"] for p in plain["people"]] == ["Jaya Kusuma"]
    assert "people" not in gotham
    again = _article(text, "id")
    entities.enrich(again, res, Places(set()))
    assert again.get("people") == plain["people"]
