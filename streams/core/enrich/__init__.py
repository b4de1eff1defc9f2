"""Enrichment: pure functions over an article dict; resources loaded once per process and passed in.

Order (each step may read what the previous ones wrote):
language → places → entities → dates → quotes → subjects → counts.

* language: ``language`` when the source did not state it (pycld2 + id/ms tie-breaker);
* places: ``places``, ``ext.countries`` (what the story is about) and ``ext.countriesMentioned``;
* entities: ``people``, ``organisations`` (rejects place names through ``Resources.places.is_place``);
* dates, quotes: ``ext.dates``, ``ext.quotes``;
* subjects: IPTC Media Topic ``subjects`` (source subjects kept);
* counts: ``bodies[].charCount/wordCount``, ``ext.readingTimeSeconds``.

:func:`enrich_batch` runs the same steps stage-major over many articles (each step over all of them, then
the next), with the same results as :func:`enrich` on each.

Every enricher module can be called and benchmarked alone (``scripts/bench_enrich.py``). Nothing
here downloads: the data ships in ``streams/data``; the compiled gazetteer is cached on disk.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from streams.core import hugepages
from streams.core.enrich import counts, dates, entities, language, places, quotes, subjects, textscan
from streams.core.enrich.bound import bounded
from streams.core.enrich.story import story_text
from streams.core.model import Article


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the enrichers need, built once per process by :func:`load_resources`."""

    places: places.Gazetteer
    entities: entities.EntityResources
    subjects: subjects.SubjectLexicon


def load_resources(cache_dir: Path | None = None, huge_pages: bool = True) -> Resources:
    """Load (and on first use compile and cache under ``cache_dir``) every enrichment resource.

    ``cache_dir`` is where the compiled gazetteer is cached (the shell passes ``Settings.cache_dir``);
    ``None`` compiles it in memory (~0.5 s more) and writes nothing.
    The resources are ~1M long-lived objects: they are moved out of the garbage collector's reach
    (``gc.freeze``), else every full collection rescans them and p99 latency jumps to ~15 ms. The collector is
    off while they load: unpickling the gazetteer allocates those objects in a row, which set off young and
    full collections that traversed the growing heap again and again (~40 % of the load's time), and a full
    collection before the freeze traversed it once more; the load leaves ~10 objects of cyclic garbage, which
    the freeze keeps (docs/benchmarks.md, "Session 21, spd21b").
    ``huge_pages``: then moved to 2 MB pages on a background thread (``streams.core.hugepages``: a cold
    walk of their tables misses the TLB less; ~8 % less CPU an item, docs/benchmarks.md session 13).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        resources = Resources(places=places.load(cache_dir), entities=entities.load(), subjects=subjects.load())
        gc.freeze()
    finally:
        if enabled:
            gc.enable()
    if huge_pages:
        hugepages.collapse_soon()
    return resources


def enrich(article: Article, resources: Resources, max_chars: int | None = None) -> None:
    """Add derived fields to ``article`` in place (see module docstring for the order).

    ``max_chars``: the text enrichers read at most this many characters of a longer story text and the
    article records it in ``ext.enrichment`` (see ``enrich.bound``); ``None`` reads it all.
    """
    language.enrich(article)
    text = story_text(article)  # every text enricher reads the same story text: build it once
    text = bounded(article, text, max_chars)
    places.enrich(article, resources.places, text)
    entities.enrich(article, resources.entities, resources.places, text)
    dates.enrich(article, text)
    quotes.enrich(article, text)
    subjects.enrich(article, resources.subjects, text, resources.places)
    counts.enrich(article)


def enrich_batch(
    articles: Sequence[Article], resources: Resources, max_chars: int | None = None
) -> list[Exception | None]:
    """:func:`enrich` of each article, stage-major: each step over every article before the next step. The
    steps and their order per article are :func:`enrich`'s, and each step reads only its own article (and
    pure memos), so every article ends as :func:`enrich` leaves it. Why: a step run over many articles finds
    its code and tables in the CPU caches that the other steps would have evicted in between.

    Returns, per article, ``None`` or the exception a step raised on it; such an article gets no later step
    (as :func:`enrich` would have raised there) and the others go on.
    """
    failed: list[Exception | None] = [None] * len(articles)
    live = list(range(len(articles)))
    texts = [""] * len(articles)
    views: list[textscan.TextView | None] = [None] * len(articles)

    def each(step: Callable[[Article, int], object]) -> None:
        nonlocal live
        for i in live:
            try:
                step(articles[i], i)
            except Exception as exc:  # this article is done; the batch goes on
                failed[i] = exc
        live = [i for i in live if failed[i] is None]

    def text(article: Article, i: int) -> str:
        """The story text of article ``i``, its view made the text memo's entry again (the enrichers read one
        article's view in turn; here the other articles' steps ran in between)."""
        view = views[i]
        if view is not None:
            textscan.hold(view)
        return texts[i]

    def story(article: Article, i: int) -> None:
        texts[i] = bounded(article, story_text(article), max_chars)
        views[i] = textscan.view(texts[i])

    each(lambda article, i: language.enrich(article))
    each(story)
    each(lambda article, i: places.enrich(article, resources.places, text(article, i)))
    each(lambda article, i: entities.enrich(article, resources.entities, resources.places, text(article, i)))
    each(lambda article, i: dates.enrich(article, text(article, i)))
    each(lambda article, i: quotes.enrich(article, text(article, i)))
    each(lambda article, i: subjects.enrich(article, resources.subjects, text(article, i), resources.places))
    each(lambda article, i: counts.enrich(article))
    return failed
