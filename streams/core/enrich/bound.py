"""The enrichers' bound on a very long story (issue 17: head of line).

A worker processes a partition in order, so one 1 MB item delays every small item behind it by its
whole core time. With every enricher linear in the text, a 1 MB story still costs ~1 s of core CPU
(docs/benchmarks.md, "Session 8"), so the enrichers read at most the first ``max_chars`` characters
of the story text (cut at the last line break, else blank, before the bound). The published body stays
whole, and so do the counts (``bodies[].charCount``/``wordCount``, reading time) and the content hash;
only what is *derived from the text* (places, people, organisations, dates, quotes, subjects) comes
from the first part.

The article says so: ``ext.enrichment`` = ``{"readChars": n, "storyChars": m}``, present only when
the enrichers read ``n`` < ``m`` characters of the story text (headline, description and body as
``story.story_text`` joins them). An article without it was enriched from its whole text.
"""

from __future__ import annotations

from streams.core.model import Article

# Characters of story text the enrichers read: above the longest real wire stories (~50,000; the golden
# corpus's longest is ~10,000), so only a document far longer than a story is cut. The enrichers cost ~1.4 ms
# per 1,000 characters of English copy, so the bound is most of a 1 MB item's core time: 120,000 gave it
# ~245 ms of CPU and the small items behind it a p99 over 500 ms; 60,000 gives ~150 ms (docs/benchmarks.md,
# "Session 12: the head of line")
DEFAULT_MAX_CHARS = 60_000
_BACK = 2_000  # how far back from the bound a line break or blank is looked for


def bounded(article: Article, text: str, max_chars: int | None) -> str:
    """``text`` itself when it is within ``max_chars`` (or there is no bound), else its first part, cut at
    a line break or blank so that no name is cut in two, and ``ext.enrichment`` recorded."""
    if max_chars is None or len(text) <= max_chars:
        return text
    cut = text.rfind("\n", max(0, max_chars - _BACK), max_chars)
    if cut <= 0:
        cut = text.rfind(" ", max(0, max_chars - _BACK), max_chars)
    if cut <= 0:
        cut = max_chars
    article.setdefault("ext", {})["enrichment"] = {"readChars": cut, "storyChars": len(text)}
    return text[:cut]
