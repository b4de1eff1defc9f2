"""Size of the text: ``bodies[].charCount`` / ``wordCount`` (ninjs 3.0) and ``ext.readingTimeSeconds``.

Why here: editors and routing rules filter on length, and every consumer would otherwise recount.
Words are whitespace-separated tokens; reading time assumes WORDS_PER_MINUTE over all bodies.
"""

from __future__ import annotations

import math

from streams.core.model import Article

WORDS_PER_MINUTE = 200


def enrich(article: Article) -> None:
    """Count every body and set the reading time (0 words -> no reading time)."""
    words = 0
    for body in article.get("bodies", ()):
        value = body.get("value", "")
        body["charCount"] = len(value)
        body["wordCount"] = len(value.split())
        words += body["wordCount"]
    if words:
        article.setdefault("ext", {})["readingTimeSeconds"] = math.ceil(words * 60 / WORDS_PER_MINUTE)
