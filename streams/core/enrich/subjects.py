"""IPTC Media Topics (the 17 top-level codes) from a keyword lexicon, in en, id and ms.

Why a lexicon: it costs one Aho-Corasick pass (tens of µs), runs offline and is explainable; wire
copy names its topic in a few very typical words ("net profit", "gempa", "pilihan raya"). The
lexicon (``streams/data/subject_lexicon.json``) lists per topic plain terms (weight 1) and strong
terms (weight 2); a term in the headline or summary counts twice. All-capital terms (BI, WHO, TNI)
match with that exact case only.

Output: subjects appended after the source's own (which are kept), each
``{"name": <label in the article's language>, "uri": "http://cv.iptc.org/newscodes/mediatopic/<code>",
"rel": "about", "creator": "wirefeed", "confidence": 0..100}`` (ninjs 3.0 makes confidence an
integer percentage). A topic is emitted when its score reaches MIN_SCORE and is at least
RELATIVE_FLOOR of the best topic's, at most MAX_TOPICS of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources as ilr
from typing import Any, NamedTuple

import ahocorasick

from streams.core.enrich.story import story_text
from streams.core.enrich.textscan import build_automaton, scan
from streams.core.model import Article

MEDIATOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/{}"
CREATOR = "wirefeed"
MIN_SCORE = 3.0
RELATIVE_FLOOR = 0.35
MAX_TOPICS = 3
SATURATION = 10.0  # a topic scoring this much is as sure as its share of the score allows


@dataclass(frozen=True, slots=True)
class SubjectLexicon:
    codes: tuple[str, ...]
    labels: tuple[dict[str, str], ...]
    automaton: ahocorasick.Automaton  # built by textscan.build_automaton: values are _Term
    uris: tuple[str, ...]  # MEDIATOPIC_URI of each code


class _Term(NamedTuple):
    """What one automaton key adds to the scores: split at load time into the entries that always
    count and the all-capital ones that count only when the text has that exact case."""

    plain: tuple[tuple[int, float], ...]  # (topic index, weight)
    exact: tuple[tuple[int, float, str], ...]  # (topic index, weight, exact text)


def load() -> SubjectLexicon:
    """Read the lexicon and compile its automaton (~ms: no cache needed)."""
    data = json.loads(ilr.files("streams").joinpath("data/subject_lexicon.json").read_text(encoding="utf-8"))
    codes = tuple(sorted(data["topics"]))
    entries: dict[str, list[tuple[int, float, str | None]]] = {}
    for index, code in enumerate(codes):
        topic = data["topics"][code]
        for weight, terms in ((1.0, topic["terms"]), (2.0, topic["strong"])):
            for term in terms:
                exact = term if len(term) > 1 and term.isupper() else None
                entries.setdefault(term.lower(), []).append((index, weight, exact))
    automaton = build_automaton(
        (
            term,
            _Term(
                tuple((index, weight) for index, weight, exact in values if exact is None),
                tuple((index, weight, exact) for index, weight, exact in values if exact is not None),
            ),
        )
        for term, values in entries.items()
    )
    labels = tuple(data["topics"][c]["labels"] for c in codes)
    return SubjectLexicon(codes, labels, automaton, tuple(MEDIATOPIC_URI.format(c) for c in codes))


def score(text: str, lexicon: SubjectLexicon, head_end: int = 0) -> list[float]:
    """Score per topic (index as in ``lexicon.codes``); matches before ``head_end`` count twice.

    Every score is a sum of 1s, 2s and 4s: exact in any order.
    """
    scores = [0.0] * len(lexicon.codes)
    for start, end, term in scan(lexicon.automaton, text):
        factor = 2.0 if start < head_end else 1.0
        for index, weight in term.plain:
            scores[index] += weight * factor
        if term.exact:
            surface = text[start:end]
            for index, weight, exact in term.exact:
                if surface == exact:
                    scores[index] += weight * factor
    return scores


def classify(text: str, lexicon: SubjectLexicon, head_end: int = 0) -> list[tuple[str, float]]:
    """``[(code, confidence 0..1)]``, best first."""
    return [(lexicon.codes[i], confidence) for i, confidence in _topics(score(text, lexicon, head_end))]


def _topics(scores: list[float]) -> list[tuple[int, float]]:
    """``[(topic index, confidence)]``, best first: at most MAX_TOPICS scoring at least MIN_SCORE and
    RELATIVE_FLOOR of the best (ties in code order: the sort is stable)."""
    best = max(scores)
    if best < MIN_SCORE:  # also when nothing matched
        return []
    total = sum(scores)
    floor = max(MIN_SCORE, RELATIVE_FLOOR * best)
    ranked = sorted((i for i, s in enumerate(scores) if s >= floor), key=scores.__getitem__, reverse=True)
    return [(i, (scores[i] / total) ** 0.5 * min(1.0, scores[i] / SATURATION)) for i in ranked[:MAX_TOPICS]]


def enrich(article: Article, lexicon: SubjectLexicon, text: str | None = None) -> None:
    """Append Media Topic subjects (see module docstring); ``text``: the story text if already built."""
    text = story_text(article) if text is None else text
    heads = [h.get("value", "") for h in article.get("headlines", ()) if h.get("role", "main") == "main"]
    heads += [d.get("value", "") for d in article.get("descriptions", ())]
    head_end = sum(len(h) + 2 for h in heads if h)
    found = _topics(score(text, lexicon, head_end))
    if not found:
        return
    language = (article.get("language") or "en")[:2].lower()
    subjects: list[dict[str, Any]] = list(article.get("subjects", ()))
    known = {s.get("uri") for s in subjects}
    for index, confidence in found:
        uri = lexicon.uris[index]
        if uri in known:
            continue
        labels = lexicon.labels[index]
        subjects.append(
            {
                "name": labels.get(language, labels["en"]),
                "uri": uri,
                "rel": "about",
                "creator": CREATOR,
                "confidence": round(100 * confidence),
            }
        )
    article["subjects"] = subjects
