"""Enrichment: pure functions over an article dict; resources loaded once per process and passed in.

Order (each step may read what the previous ones wrote):
language → places → entities → dates → quotes → subjects → counts.

* language: ``language`` when the source did not state it (pycld2 + id/ms tie-breaker);
* places: ``places``, ``ext.countries`` (what the story is about) and ``ext.countriesMentioned``;
* entities: ``people``, ``organisations`` (rejects place names through ``Resources.places.is_place``);
* dates, quotes: ``ext.dates``, ``ext.quotes``;
* subjects: IPTC Media Topic ``subjects`` (source subjects kept);
* counts: ``bodies[].charCount/wordCount``, ``ext.readingTimeSeconds``.

Every enricher module can be called and benchmarked alone (``scripts/bench_enrich.py``). Nothing
here downloads: the data ships in ``streams/data``; the compiled gazetteer is cached on disk.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from streams.core.enrich import counts, dates, entities, language, places, quotes, subjects
from streams.core.enrich.bound import bounded
from streams.core.enrich.story import story_text
from streams.core.model import Article


@dataclass(frozen=True, slots=True)
class Resources:
    """Everything the enrichers need, built once per process by :func:`load_resources`."""

    places: places.Gazetteer
    entities: entities.EntityResources
    subjects: subjects.SubjectLexicon


def load_resources(cache_dir: Path | None = None) -> Resources:
    """Load (and on first use compile and cache under ``cache_dir``) every enrichment resource.

    ``cache_dir`` is where the compiled gazetteer is cached (the shell passes ``Settings.cache_dir``);
    ``None`` compiles it in memory (~0.5 s more) and writes nothing.
    The resources are ~150k long-lived objects: they are moved out of the garbage collector's reach
    (``gc.freeze``), else every full collection rescans them and p99 latency jumps to ~15 ms.
    """
    resources = Resources(places=places.load(cache_dir), entities=entities.load(), subjects=subjects.load())
    gc.collect()
    gc.freeze()
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
