"""Enrichment: pure functions over an article dict, resources loaded once and passed in.

Interim implementation (counts only); see the enrichment modules of this package.
"""

from __future__ import annotations

from dataclasses import dataclass

from streams.core.model import Article


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the enrichers need, built once per process by :func:`load_resources`."""


def load_resources() -> Resources:
    return Resources()


def enrich(article: Article, resources: Resources) -> None:
    """Add derived fields to ``article`` in place."""
    for body in article.get("bodies", []):
        value = body.get("value", "")
        body["charCount"] = len(value)
        body["wordCount"] = len(value.split())
