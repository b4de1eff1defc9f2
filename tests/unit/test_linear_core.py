"""The core's long-story paths (issue #17, head of line) answer as the short-story ones.

A 1 MB story cost 4.8 s of core CPU: per-name ``str.find`` scans of the whole text and pairwise org tests.
Long texts now read one index of the text (``textscan.occurrences``) and join orgs on a key. These tests run
the same real copy through both paths (the thresholds patched so that each path takes every text) and ask
for the same outputs; the index itself is checked against the ``find`` loops it replaces on random texts.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities, quotes, textscan

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _find_loop(text: str, sub: str) -> list[int]:
    out = []
    i = text.find(sub)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + len(sub))
    return out


def test_index_finds_what_find_loops_find() -> None:
    rnd = random.Random(17)
    alphabet = "AaBbMcDon ld-’É é,.\n_1"
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 400)))
        index = textscan.Occurrences(text)
        for _ in range(20):
            k = rnd.randint(0, max(0, len(text) - 1))
            sub = text[k : k + rnd.randint(1, 9)] if text and rnd.random() < 0.8 else rnd.choice(alphabet) * 3
            if not sub:
                continue
            assert index.starts(sub) == _find_loop(text, sub), (text, sub)
            word = sub.strip(" ,.\n’_")
            if word and all(c.isalnum() or c == "-" for c in word):
                assert index.has_token(word) == entities._lower_word_scan(text, word), (text, word)
    # overlapping forms: the loop's left-to-right, non-overlapping starts
    assert textscan.Occurrences("AAAAA").starts("AAA") == [0]
    assert textscan.Occurrences("McDonald Donald").starts("Donald") == [2, 9]
    assert textscan.Occurrences("a café-bar").has_token("café-bar")
    assert not textscan.Occurrences("a cafébar").has_token("caf")


def _reuters(corpus: Path) -> list[str]:
    texts: list[str] = []
    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm"))[:2]:
        raw = path.read_bytes().decode("latin-1")
        texts += [
            m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\x03", "")
            for m in _BODY.finditer(raw)
        ]
    if not texts:
        pytest.skip("reuters21578 not in the corpus")
    return texts


def _antara(corpus: Path) -> list[str]:
    """Indonesian copy: the RSS scrape's headlines and summaries, the full-text scrape's bodies."""
    texts: list[str] = []
    rss = corpus / "antara-rss-scraper-berita-antara" / "semua_berita.json"
    if rss.is_file():
        texts += [f"{r.get('Judul', '')}\n\n{r.get('Ringkasan', '')}" for r in json.loads(rss.read_text("utf-8"))]
    full = corpus / "antara-id-fulltext-pwlScrapping" / "all_news.json"
    if full.is_file():
        texts += [str(r.get("isi") or "") for r in json.loads(full.read_text("utf-8"))]
    if not texts:
        pytest.skip("no Antara copy in the corpus")
    return texts


def _long_stories(texts: list[str], size: int, count: int) -> list[str]:
    """Real stories joined into long ones (what a long feed item or a digest looks like)."""
    out, buf = [], []
    for text in texts:
        buf.append(text)
        if sum(map(len, buf)) >= size:
            out.append("\n\n".join(buf))
            buf = []
            if len(out) == count:
                break
    return out


def _both_paths(monkeypatch: pytest.MonkeyPatch, run: Any) -> tuple[Any, Any]:
    with monkeypatch.context() as m:
        m.setattr(textscan, "INDEX_FROM", 10**12)
        m.setattr(entities, "_JOIN_FROM", 10**12)
        m.setattr(quotes, "_FIND_LOOP_FORMS", 10**12)
        plain = run()
    with monkeypatch.context() as m:
        m.setattr(textscan, "INDEX_FROM", 0)
        m.setattr(entities, "_JOIN_FROM", 0)
        m.setattr(quotes, "_FIND_LOOP_FORMS", 0)
        indexed = run()
    return plain, indexed


def _enriched(text: str, lang: str, res: Any, given: list[dict[str, Any]]) -> dict[str, Any]:
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    if given:
        article["organisations"] = [dict(o) for o in given]
    entities.enrich(article, res.entities, res.places)
    quotes.enrich(article)
    return {k: article.get(k) for k in ("people", "organisations", "ext")}


def test_long_reuters_stories_same_on_both_paths(corpus: Path, resources: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # sources' orgs with and without tickers, so that the source-name join is asked
    given: list[dict[str, Any]] = [
        {"name": "Apple", "symbols": [{"ticker": "AAPL"}]},
        {"name": "Exxon"},
        {"name": "General Motors"},
    ]
    texts = _long_stories(_reuters(corpus), 60_000, 6) + _reuters(corpus)[:150]
    plain, indexed = _both_paths(monkeypatch, lambda: [_enriched(t, "en", resources, given) for t in texts])
    assert sum(len(r["organisations"] or ()) for r in plain) > 500  # the joins had work to do
    for k, (a, b) in enumerate(zip(plain, indexed, strict=True)):
        assert a == b, k


def test_long_indonesian_stories_same_on_both_paths(
    corpus: Path, resources: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [t for t in _antara(corpus) if t]
    texts = _long_stories(texts, 40_000, 4) + texts[:100]
    plain, indexed = _both_paths(monkeypatch, lambda: [_enriched(t, "id", resources, []) for t in texts])
    assert sum(len(r["people"] or ()) for r in plain) > 100
    assert plain == indexed


def test_long_story_is_indexed() -> None:
    text = "Donald Smith said. " * 2_000
    assert textscan.occurrences(text) is not None and textscan.occurrences(text[:100]) is None
    assert textscan.starts(text, "Donald Smith") == _find_loop(text, "Donald Smith")
    assert textscan.has_word(text, "said") and textscan.has_word(text, "sai") is False
