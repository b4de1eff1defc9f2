"""Speed work on session 14's organisation rules (cost14): each cheaper form must give what the plain one gave.

``orgs_caps.shouted_lines`` now finds its candidate lines with one regex scan (no ASCII lower-case letter) and
tests only those letter by letter; the plain definition is kept here as the reference and both are run over
real Reuters-21578 text (all-capital titles among running copy) and over edge cases (a lower-case letter
outside ASCII, carriage returns, short lines). The common-word lists are read once per process.
"""

from __future__ import annotations

import re
from pathlib import Path

from streams.core.enrich import entities, orgs_caps


def _reference(text: str) -> list[str]:
    """The definition before cost14: every line, tested letter by letter."""
    return [
        line.strip()
        for line in text.split("\n")
        if line.strip() and not any(ch.islower() for ch in line) and len(line.split()) >= 3
    ]


def test_shouted_lines_edge_cases() -> None:
    """A line whose only lower-case letter is not ASCII ("É" capitals, "é" not) is no capitals line; a line in
    capitals with a carriage return, an accented capital or fewer than three words keeps the plain answer."""
    texts = [
        "CAFÉ SOCIETY SETS RECORD\nCafé society sets record",
        "BOEING WINS ORDER\r\nSEATTLE, March 3 - Boeing Co said",
        "ÉLECTRICITÉ DE FRANCE RAISES TARIFF\nEDF said",
        "CAFé SOCIETY SETS\nTWO WORDS\n\n\n   \nA B C",
        "ZÜRICH BANK LIFTS RATE ß",  # "ß" is lower case, outside ASCII
        "",
        "\n",
        "NO NEWLINE AT END",
    ]
    for text in texts:
        assert orgs_caps.shouted_lines(text) == _reference(text), text
    assert orgs_caps.shouted_lines(texts[2]) == ["ÉLECTRICITÉ DE FRANCE RAISES TARIFF"]
    assert orgs_caps.shouted_lines(texts[4]) == []


def test_shouted_lines_match_reference_on_reuters(corpus: Path) -> None:
    """Every Reuters-21578 story of one file (titles in capitals, bodies in running copy) gives the same lines."""
    raw = (corpus / "reuters21578" / "reut2-000.sgm").read_text(encoding="latin-1")
    stories = re.findall(r"<TEXT[^>]*>(.*?)</TEXT>", raw, flags=re.S)
    assert len(stories) > 500
    found = 0
    for text in stories:
        lines = orgs_caps.shouted_lines(text)
        assert lines == _reference(text)
        found += len(lines)
    assert found > 100  # the titles: the comparison saw capitals lines, not only empty answers


def test_common_words_read_once() -> None:
    """The per-story hooks ask for the common words; the file is parsed once, and the lists are the lexicon's."""
    first = entities._common_words()
    assert entities._common_words() is first
    assert "the" in first["en"] and first["ms"] is first["id"]
