"""Session 19 (branch spd19a): exact cuts in the entities stage.

Each rewrite is checked against the code it replaced (kept here as a reference) on random lines built to hit the
edges (cased characters outside ASCII, ones whose case changes their length, uncased scripts) and on real corpus
lines (skipped without the corpus).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from streams.core.enrich import textscan

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
LINES_FROM = (
    CORPUS / "conll2002-es-efe" / "esp.testa",
    CORPUS / "germeval2014-de" / "NER-de-dev.tsv",
    CORPUS / "reuters21578" / "reut2-000.sgm",
)


def _ref_shouted(line: str) -> bool:
    """What names_lang's ``_Scan.shouted`` and entities' ``_shouted_only`` computed: each character's case."""
    upper, lower = sum(map(str.isupper, line)), sum(map(str.islower, line))
    return upper + lower >= 12 and upper > 1.5 * lower


def _random_lines(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    alphabet = ["A", "a", "Z", "z", " ", ".", "1", "É", "é", "ß", "ǅ", "İ", "Σ", "ς", "ﬁ", "中", "Ⓐ", "ⓐ", "\t"]
    weights = [8, 8, 2, 2, 4, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    return ["".join(rnd.choices(alphabet, weights, k=rnd.randint(0, 60))) for _ in range(n)]


def test_shouted_matches_the_per_character_count_on_random_lines() -> None:
    lines = [*_random_lines(19, 20_000), "ÉÉÉÉÉÉÉÉÉÉÉÉ", "ÉÉÉÉÉÉÉÉÉÉÉÉ abcdefgh", "PP ABRE OFICINA EN MADRID"]
    assert sum(map(_ref_shouted, lines)) > 100  # the edge is hit both ways
    assert [textscan.shouted(line) for line in lines] == [_ref_shouted(line) for line in lines]


@pytest.mark.skipif(not all(p.exists() for p in LINES_FROM), reason="needs ../shared/corpus (es, de, Reuters files)")
def test_shouted_matches_the_per_character_count_on_corpus_lines() -> None:
    lines: list[str] = []
    for path in LINES_FROM:
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line[:240] for line in text.split("\n")[:20_000]]
    assert sum(map(_ref_shouted, lines)) > 100
    assert [textscan.shouted(line) for line in lines] == [_ref_shouted(line) for line in lines]
