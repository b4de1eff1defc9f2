"""The enrichers' bound on a very long story (issue 17, head of line): the body is published whole, the
enrichers read its first part, and the article says so in ``ext.enrichment``; a story within the bound
carries no such field (no item of the golden corpus comes near the default bound)."""

from __future__ import annotations

from typing import Any

from streams.core.enrich.bound import DEFAULT_MAX_CHARS, bounded
from streams.core.model import RawItem
from streams.core.pipeline import Limits, process
from tests import contract

HEAD = "Finance Minister Sri Mulyani Indrawati said on Monday the budget deficit would narrow next year."
FILLER = (
    "The central bank kept its benchmark rate unchanged for a third month, citing inflation that stayed "
    "within its target range while the currency weakened against the dollar in thin trade."
)
TAIL = "U.S. Treasury Secretary James Baker told reporters the talks would resume in the spring."


def _story(paragraphs: int) -> str:
    return "\n\n".join([HEAD, *[FILLER] * paragraphs, TAIL])


def _article(text: str, limits: Limits, resources: Any) -> dict[str, Any]:
    raw = RawItem(text.encode(), {"source": "test", "filename": "long.txt", "format": "plaintext"})
    (outcome,) = process(raw, resources, limits, received_at="2025-05-20T03:15:00Z")
    assert outcome.kind == "article", outcome.record
    return dict(outcome.record)


def _people(article: dict[str, Any]) -> set[str]:
    return {p["name"] for p in article.get("people", ())}


def test_a_story_over_the_bound_is_enriched_from_its_start_and_says_so(resources: Any) -> None:
    text = _story(60)  # ~11,000 characters
    capped = _article(text, Limits(max_enrich_chars=5_000), resources)
    whole = _article(text, Limits(max_enrich_chars=None), resources)
    assert "James Baker" in _people(whole) and "Sri Mulyani Indrawati" in _people(whole)
    assert "Sri Mulyani Indrawati" in _people(capped) and "James Baker" not in _people(capped)
    read = capped["ext"]["enrichment"]
    assert read["storyChars"] > 10_000 and 3_000 <= read["readChars"] <= 5_000
    assert "enrichment" not in whole["ext"]
    # the body, its counts and the hash cover the whole story
    assert capped["bodies"] == whole["bodies"] and TAIL in capped["bodies"][0]["value"]
    assert capped["ext"]["contentHash"] == whole["ext"]["contentHash"]
    contract.validate_article(capped)


def test_a_story_within_the_bound_carries_no_mark(resources: Any) -> None:
    article = _article(_story(3), Limits(), resources)
    assert "enrichment" not in article["ext"] and "James Baker" in _people(article)


def test_the_cut_falls_at_a_line_break() -> None:
    text = _story(60)
    article: dict[str, Any] = {"ext": {}}
    part = bounded(article, text, 5_000)
    assert text.startswith(part) and text[len(part)] == "\n" and len(part) <= 5_000
    assert article["ext"]["enrichment"] == {"readChars": len(part), "storyChars": len(text)}
    assert bounded(article, "short", DEFAULT_MAX_CHARS) == "short"
    assert bounded({"ext": {}}, text, None) is text


def test_the_bound_comes_from_the_environment_and_zero_reads_all(monkeypatch: Any) -> None:
    from streams import settings

    monkeypatch.delenv("WIREFEED_MAX_ENRICH_CHARS", raising=False)
    assert settings.core_limits(settings.load()).max_enrich_chars == DEFAULT_MAX_CHARS
    monkeypatch.setenv("WIREFEED_MAX_ENRICH_CHARS", "5000")
    assert settings.core_limits(settings.load()).max_enrich_chars == 5_000
    monkeypatch.setenv("WIREFEED_MAX_ENRICH_CHARS", "0")
    assert settings.core_limits(settings.load()).max_enrich_chars is None
