"""Shared by the entity/date/quote tests: the seed ANTARA item as the pipeline builds it."""

from __future__ import annotations

from pathlib import Path

from streams.core.model import Article, RawItem

SEED = "seed/000_af91a0d982ffc927.txt"


def seed_article(corpus: Path) -> Article:
    """The seed item through parse, normalise, agency copy and assemble (``process``)."""
    from streams.core.enrich import load_resources
    from streams.core.pipeline import process

    raw = RawItem((corpus / SEED).read_bytes(), {"source": "antara"})
    outcomes = process(raw, load_resources(), received_at="2026-01-01T00:00:00Z")
    assert outcomes[0].kind == "article", outcomes[0].record
    article = outcomes[0].record
    article.setdefault("language", "id")
    return article
