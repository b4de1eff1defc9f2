"""Speed work on the entities stage (ents17): each cheaper form must answer as the whole-text scan it stands for.

* ``entities._bare_row_in`` tries ``_BARE_ROW`` only on the lines that end in a digit: it must agree with
  ``_BARE_ROW.search`` over the whole text (results rows, trailing spaces, carriage returns, non-ASCII digits);
* ``entities._firm_kind_said`` (the pattern's tail from its kind word on, one pattern per kind) gates
  ``_FIRM_KIND_SAY``: every text the whole pattern matches must pass the gate, and the kinds must stay plain words;
* ``names_east_asian.surnames_in`` takes the story's word list and tests the union of the surname sets first:
  the same answer as the three tests on the set of words.

Checked on real Reuters-21578 and Antara English bodies (skipped without the corpus) and on seeded random texts
made of the patterns' own pieces, so that the rare shapes (a results row) are reached without the corpus.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from streams.core.enrich import entities, names_east_asian


def _reuters(corpus: Path) -> list[str]:
    raw = (corpus / "reuters21578" / "reut2-000.sgm").read_text(encoding="latin-1")
    stories = re.findall(r"<TEXT[^>]*>(.*?)</TEXT>", raw, flags=re.S)
    assert len(stories) > 500
    return stories


def _old_surnames_in(words: set[str]) -> tuple[bool, bool]:
    """``surnames_in`` before ents17 (the reference): three tests on the set of the story's words."""
    korean = not (
        names_east_asian.KOREAN_SURNAMES.isdisjoint(words) and names_east_asian._KOREAN_CAPS.isdisjoint(words)
    )
    return korean, not names_east_asian.CHINESE_SURNAMES.isdisjoint(words)


_ROW_PIECES = (
    "Adanaspor", "Kasimpasa", "Real Madrid", "Vasco da Gama", "St. Pauli", "O'Higgins", "Bayern", "league",
    "2", "0", "11", "123", "٣", "²", " ", "  ", "\r", "\t", ",", "-", "said", "The", "(1)",
)  # fmt: skip


def _random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        lines = []
        for _ in range(rng.randint(1, 6)):
            if rng.random() < 0.2:  # a row's shape, its pieces drawn at random ("Bayern 2 Kasimpasa ٣  ")
                words = [rng.choice(_ROW_PIECES[:6]), rng.choice(_ROW_PIECES[8:14])] * 2
                words += [rng.choice(_ROW_PIECES[14:18])] if rng.random() < 0.4 else []
            else:
                words = [rng.choice(_ROW_PIECES) for _ in range(rng.randint(0, 7))]
            lines.append(" ".join(words) if rng.random() < 0.8 else "".join(words))
        texts.append("\n".join(lines) + rng.choice(("", "\n", " ", "\n\n")))
    return texts


def test_bare_row_edge_cases() -> None:
    """A results row anywhere in the story (first, last, before trailing spaces, without a final newline) is found;
    a row ending in a carriage return, a superscript two or a longer number is not, as the whole-text scan says."""
    found = [
        "Adanaspor 2 Kasimpasa 0",
        "Results:\nAdanaspor 2 Kasimpasa 0\nBursaspor 1 Rizespor 1\n",
        "  Real Madrid 3 Vasco da Gama 1   \nmore copy",
        "copy\nSt. Pauli 1 O'Higgins 2",
        "Bayern ٣ Real Madrid ٢",  # Arabic-Indic digits are \d and isdecimal()
    ]
    missed = [
        "Adanaspor 2 Kasimpasa 0\r\nBursaspor 1 Rizespor 1\r\n",
        "Adanaspor 2 Kasimpasa ²",
        "Adanaspor 2 Kasimpasa 100",
        "adanaspor 2 kasimpasa 0",
        "The company said profit rose to 12\nin 2019",
        "",
        "\n\n",
    ]
    for text in found + missed:
        assert entities._bare_row_in(text) == bool(entities._BARE_ROW.search(text)), repr(text)
    assert all(entities._bare_row_in(text) for text in found)
    assert not any(entities._bare_row_in(text) for text in missed)


def test_bare_row_on_random_texts() -> None:
    texts = _random_texts(17, 20_000)
    hits = 0
    for text in texts:
        expected = bool(entities._BARE_ROW.search(text))
        assert entities._bare_row_in(text) == expected, repr(text)
        hits += expected
    assert hits >= 100  # the comparison saw rows, not only empty answers


def test_firm_kind_gate_edge_cases() -> None:
    """The gate passes wherever the whole pattern matches (a line break or "on Monday" between kind and verb)."""
    texts = [
        "ANZ bank said on Monday",
        "Westpac bank\nsaid",
        "Qantas airline on Tuesday said it would",
        "Shell company reported",
        "the bank said",
        "a bank that said",
    ]
    for text in texts:
        assert entities._firm_kind_said(text) or not entities._FIRM_KIND_SAY.search(text), text
    assert entities._FIRM_KIND_SAY.search(texts[2]) and entities._firm_kind_said(texts[2])
    assert entities._firm_kind_said(texts[4]) and not entities._FIRM_KIND_SAY.search(texts[5])


def test_firm_kind_gate_is_cut_from_the_pattern() -> None:
    """The gate's patterns are the kinds of ``_FIRM_KINDS``, each a plain word (a kind written as a pattern would be
    searched as a literal), each before the whole pattern's own tail."""
    kinds = [kind for kind, _ in entities._FIRM_KIND_SAID]
    assert len(kinds) >= 10 and all(kind.isalpha() for kind in kinds)
    assert "(?:" + "|".join(kinds) + ")" == entities._FIRM_KINDS
    for kind, pattern in entities._FIRM_KIND_SAID:
        assert entities._FIRM_KIND_SAY.pattern.endswith(pattern.pattern.removeprefix(kind))


def test_firm_kind_gate_on_reuters(corpus: Path) -> None:
    matched = skipped = 0
    for text in _reuters(corpus):
        full = entities._FIRM_KIND_SAY.search(text)
        gate = entities._firm_kind_said(text)
        assert gate or not full
        matched += bool(full)
        skipped += not gate
    assert matched >= 20 and skipped >= 200  # both sides of the gate are reached


def test_surnames_in_on_fixtures() -> None:
    texts = [
        "North Korean leader Kim Jong Un met Moon Jae-in",
        "KIM Hae In in a teaser's capitals",
        "Chinese Premier Li Qiang said",
        "Lee and Wang met",
        "No surname here at all",
        "",
    ]
    for text in texts:
        assert names_east_asian.surnames_in(text.split()) == _old_surnames_in(set(text.split())), text
    assert names_east_asian.surnames_in(texts[0].split()) == (True, False)
    assert names_east_asian.surnames_in(texts[1].split())[0]
    assert names_east_asian.surnames_in(texts[4].split()) == (False, False)


def test_surnames_in_on_reuters(corpus: Path) -> None:
    holding = 0
    for text in _reuters(corpus):
        words = text.split()
        answer = names_east_asian.surnames_in(words)
        assert answer == _old_surnames_in(set(words))
        holding += any(answer)
    assert holding >= 5


def _old_title_line(line: str, joins: frozenset[str] = entities._TITLE_JOINS) -> bool:
    """``_title_line`` before ents17 (the reference): every word listed, then tested."""
    words = [w for w in line.split() if w[0].isalpha()]
    if not 2 <= len(words) <= entities._LONG_TITLE or not all(
        w[0].isupper() or len(w) <= 3 or w in joins for w in words
    ):
        return False
    return len(words) <= 14 or sum(w[0].islower() for w in words) >= 2


def test_title_line_edge_cases() -> None:
    """Title lines short and long (joins in lower case or not), running text, numbers, uncased letters (CJK, a
    short uncased word passes as a join), exactly the length limit and one word over it."""
    cap = "Word"
    lines = [
        "Suara Istana untuk Destry Damayanti",
        "Pratikno Bantah Sakit",
        "The company said on Monday it would",
        "With a Year's Worth of Lunch Combos Starting at $6.99, New 62-Inch, 12-Gauge Vinyl Model Built to Endure",
        " ".join([cap] * 14),
        " ".join([cap] * 15),
        " ".join([cap] * 38 + ["of", "the"]),
        " ".join([cap] * 39 + ["of", "the"]),
        " ".join([cap] * 40 + ["12", "$5"]),
        "中国 Bank",
        "中国人民银行 Bank",
        "Alone",
        "",
        "12 34 56",
    ]
    for line in lines:
        assert entities._title_line(line) == _old_title_line(line), line
        assert entities._title_line(line, frozenset({"said"})) == _old_title_line(line, frozenset({"said"})), line
    assert entities._title_line(lines[0]) and not entities._title_line(lines[2])


def test_title_line_on_reuters(corpus: Path) -> None:
    titled = 0
    for text in _reuters(corpus):
        for line in text.split("\n"):
            answer = entities._title_line(line)
            assert answer == _old_title_line(line), line
            titled += answer
    assert titled >= 100
