"""Quotes and speakers, resolved against the people the entity enricher found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _enrich_seed import seed_article

from streams.core.enrich import entities, quotes


@pytest.fixture(scope="module")
def res() -> entities.EntityResources:
    return entities.load()


def _quotes(text: str, res: entities.EntityResources, lang: str = "en") -> list[dict[str, str]]:
    article: dict = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    entities.enrich(article, res)
    quotes.enrich(article)
    return article["ext"].get("quotes", [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Menteri Luar Negeri China Wang Yi berbicara.\n\n“Kami siap membantu negara itu,” kata Wang.",
            "id",
            [("Kami siap membantu negara itu", "Wang Yi")],
        ),
        (
            'Health Minister Budi Gunadi Sadikin spoke.\n\n'
            '"The vaccine is safe for everyone," Sadikin told reporters.',
            "en",
            [("The vaccine is safe for everyone", "Budi Gunadi Sadikin")],
        ),
        (
            '"Rates will stay where they are," said Fed Chairman Paul Volcker.',
            "en",
            [("Rates will stay where they are", "Paul Volcker")],
        ),
        (
            'U.S. Treasury Secretary James Baker said: "The dollar has fallen far enough."',
            "en",
            [("The dollar has fallen far enough", "James Baker")],
        ),
        (
            "Menteri Pendidikan Fadhlina Sidek hadir.\n\n“Sekolah akan dibuka semula esok,” katanya.",
            "ms",
            [("Sekolah akan dibuka semula esok", "Fadhlina Sidek")],
        ),
        ('The film "Ecce homo" opened.', "en", []),  # two words: a title, not a quotation
    ],
)
def test_speakers(
    text: str, lang: str, expected: list[tuple[str, str]], res: entities.EntityResources
) -> None:
    assert [(q["text"], q.get("speaker")) for q in _quotes(text, res, lang)] == expected


def test_seed_item(corpus: Path, res: entities.EntityResources) -> None:
    article = seed_article(corpus)
    entities.enrich(article, res)
    quotes.enrich(article)
    found = article["ext"]["quotes"]
    assert len(found) == 2
    assert found[0]["text"].startswith("Gejolak baru-baru ini di Kazakhstan")
    assert all(q["speaker"] == "Wang Yi" for q in found)


def test_antara_english_speakers(corpus: Path, res: entities.EntityResources) -> None:
    items = json.loads((corpus / "antara-en-Scrape_antaraNews/scrapeResult.json").read_text())
    found = _quotes(items[1]["content"], res)
    assert [q["speaker"] for q in found] == ["I Gede Nyoman Yetna", "I Gede Nyoman Yetna"]
