"""Session 18 (branch big18): the 1 MB item's superlinear steps, rewritten without a whole-text pass per name.

Each rewrite is checked against the code it replaced (a simple reference kept here) on random texts built to hit
the edges (self-overlapping names, joining characters at both ends, text edges, long texts that take the index
path) and on a long real corpus text (Reuters-21578, skipped without the corpus).
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import alone, counts, orgs_fold, people_shape, quotes, subjects, textscan

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
REUTERS = CORPUS / "reuters21578" / "reut2-000.sgm"

_BEFORE = re.compile(r"[\w&]")
_AFTER = re.compile(r"[\w&'’]")
_WORD = re.compile(r"\w")


def _ref_starts(text: str, name: str) -> list[int]:
    """What orgs_fold's mentions were: the look-behind pattern's matches."""
    return [m.start() for m in re.finditer(rf"(?<![\w&]){re.escape(name)}(?![\w&'’])", text)]


def _ref_has_word(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\b", text) is not None  # a literal word (spd20a: folds quotes' own)


def _random_cases(seed: int, n: int) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    alphabet = ["A", "Ab", "a", ".", " ", "&", "'", "’", "_", "é", "B", "1", "\n", "ß", "Ⓐ", "-"]
    cases = []
    for k in range(n):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        name = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 5)))
        if k % 3 == 0:  # above textscan.INDEX_FROM: the capitals' index answers
            text = text * (textscan.INDEX_FROM // max(len(text), 1) + 1)
        cases.append((text, name))
    return cases


def test_starts_equal_the_pattern_on_random_texts() -> None:
    differ = [
        (t[:40], n) for t, n in _random_cases(18, 20_000) if alone.starts(t, n, _BEFORE, _AFTER) != _ref_starts(t, n)
    ]
    assert not differ


def test_self_overlapping_name_behind_a_rejected_occurrence() -> None:
    # the first "A. A" is glued to "w": the overlapping one after it stands alone (a non-overlapping find loop
    # would skip it)
    text = "wA. A. A"
    assert _ref_starts(text, "A. A") == [4]
    assert alone.starts(text, "A. A", _BEFORE, _AFTER) == [4]
    long = text + " x" * textscan.INDEX_FROM
    assert alone.starts(long, "A. A", _BEFORE, _AFTER) == _ref_starts(long, "A. A")


def test_has_word_equals_the_pattern_on_random_texts() -> None:
    rnd = random.Random(7)
    differ = []
    for text, word in _random_cases(19, 20_000):
        word = re.sub(r"[^\w]", "", word) if rnd.random() < 0.8 else word.replace("\\", "")
        try:
            want = _ref_has_word(text, word)
        except re.error:
            continue
        if alone.has_word(text, word) != want:
            differ.append((text[:40], word))
    assert not differ


def _reuters_text() -> str:
    if not REUTERS.exists():
        pytest.skip(f"corpus absent ({REUTERS}); the random tests above still run")
    raw = REUTERS.read_text(encoding="latin-1")
    return re.sub(r"<[^>]*>", "", raw)[:150_000]


def test_starts_and_has_word_on_a_long_real_text() -> None:
    text = _reuters_text()
    names = sorted({m.group() for m in re.finditer(r"[A-Z][\w&.'-]*(?: (?:of |and |& )?[A-Z][\w&.'-]*){0,3}", text)})
    assert len(names) > 1_000
    for name in names[::3]:
        assert alone.starts(text, name, _BEFORE, _AFTER) == _ref_starts(text, name), name
        word = name.split()[0].strip(".'-&")
        if word:
            assert alone.has_word(text, word) == _ref_has_word(text, word), word


def _ref_without_index_names(orgs: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """orgs_fold.without_index_names before session 18 (a pattern scan per form, every name per mention)."""
    if not any(word in text for word in orgs_fold._INDEX_WORDS):
        return orgs
    names = [o["name"] for o in orgs]

    def index_only(org: dict[str, Any]) -> bool:
        if org["name"].endswith(orgs_fold._BODY_ENDS):
            return False
        index = firm = 0
        for form in {org["name"], *((org.get("literal"),) if org.get("literal") else ())}:
            for m in re.finditer(rf"(?<![\w&]){re.escape(form)}(?![\w&'’])", text):
                if orgs_fold._INDEX_AFTER.match(text, m.end()):
                    index += 1
                elif not any(
                    other != org["name"] and form in other and text.startswith(other, m.start() - other.find(form))
                    for other in names
                ):
                    firm += 1
        return index > 0 and firm == 0

    return [o for o in orgs if not index_only(o)]


def test_without_index_names_equals_the_old_code_on_a_long_real_text() -> None:
    # and a firm named only in an index's name, so that the drop is read too
    text = _reuters_text() + "\nThe Zyxw Advisors 500 index rose.\n"
    # firms the text names before an index word, the names that hold them, and other capitalised runs
    found = [
        m.group(1)
        for m in re.finditer(
            r"([A-Z][\w&']*(?: (?:and |& )?[A-Z][\w&']*){0,3}) (?:\d+ )?(?:index|average|futures)", text
        )
    ]
    others = [m.group() for m in re.finditer(r"[A-Z][a-z]+ (?:[A-Z][a-z]+ )?(?:Inc|Corp|Co|Department)\b", text)]
    assert found and others
    names = list(dict.fromkeys([*found, *others, *(f"{n} Advisory Committee" for n in found[:20]), "Zyxw Advisors"]))
    orgs = [{"name": n, **({"literal": n.split()[0]} if i % 4 == 0 else {})} for i, n in enumerate(names)]
    got = orgs_fold.without_index_names(orgs, text)
    assert got == _ref_without_index_names(orgs, text)
    assert len(got) < len(orgs)


def test_within_equals_a_test_of_every_span() -> None:
    rnd = random.Random(3)
    for _ in range(3_000):
        spans = []
        for _ in range(rnd.randint(1, 12)):
            a = rnd.randint(0, 60)
            spans.append((a, a + rnd.randint(0, 15)))
        reach = subjects._reach(spans)
        a = rnd.randint(0, 70)
        b = a + rnd.randint(0, 10)
        assert subjects._within(reach, a, b) == any(s <= a and b <= e for s, e in spans)


def test_every_gives_all_starts_overlapping_ones_too() -> None:
    for text, name in _random_cases(20, 20_000):
        if name:
            want = [m.start() for m in re.finditer(f"(?={re.escape(name)})", text)]
            assert alone.every(text, name) == want, (text[:40], name)


def _old_quoted_speaker(text: str, word: str) -> bool:
    quoted = False
    for m in re.finditer(rf"(?<![\w'’.-]){re.escape(word)}(?![\w'’-])", text):
        if people_shape._PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return False
        if text[max(0, m.start() - 3) : m.start()] in people_shape._QUOTE_ENDS and re.match(
            r" (?:said|says|added|told)\b", text[m.end() : m.end() + 8]
        ):
            quoted = True
    return quoted


def _old_find_loop(text: str, name: str, test: Any) -> bool:
    at = text.find(name)
    while at >= 0:
        if test(text, at, at + len(name)):
            return True
        at = text.find(name, at + len(name))
    return False


def _possessive(text: str, at: int, end: int) -> bool:
    m = people_shape._HIS_AFTER.match(text, end)
    return bool(m and m.group(1) not in people_shape._NOT_VERBS and (end >= len(text) or not text[end].isalnum()))


def _whole(text: str, at: int, end: int) -> bool:
    return bool(
        people_shape._APPOSED.match(text, end) or people_shape._ABBREVIATED_TITLE.search(text, max(0, at - 6), at)
    )


def test_people_shape_tests_equal_the_old_loops_on_a_long_real_text() -> None:
    text = _reuters_text()
    # the real text, with quotes closed before a name and "X threw his" shapes made to occur
    text += '\n"We will," Cardenas said. Smith threw his hat. Sen. Jake Garn, who heads it.\n'
    words = sorted({m.group() for m in re.finditer(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", text)})
    assert len(words) > 500
    hits = 0
    for word in words[::2]:
        got = people_shape.quoted_speaker(text, word)
        assert got == _old_quoted_speaker(text, word), word
        assert people_shape.possessive_subject(text, word) == _old_find_loop(text, word, _possessive), word
        assert people_shape.whole_at_opening(text, word) == _old_find_loop(text, word, _whole), word
        hits += got
    assert hits  # some word is a quoted speaker: the test reads that path


def test_holding_equals_a_test_of_every_paragraph() -> None:
    text = _reuters_text()
    ctx = quotes._Context.__new__(quotes._Context)  # (only its paragraphs are read)
    ctx._joined = None
    ctx.paras = [*[p for p in text.split("\n\n") if p.strip()][:2_000], "a\0b", ""]
    words = [*sorted({m.group() for m in re.finditer(r"[A-Z][a-z]+", text)})[::5], "", "\0", "a\0b", "\n", "said"]
    for word in words:
        assert ctx.holding(word) == [p for p in ctx.paras if word in p], word


def test_word_count_equals_split() -> None:
    assert set(counts._WIDE_SPACES) == {chr(c) for c in range(256, 0x110000) if chr(c).isspace()}
    rnd = random.Random(5)
    alphabet = ["a", " ", "\u2019", "\u2003", "\xa0", "\x85", "é", "\n", "\u3000", "\u1680", "\u200b", "?", "\u202f"]
    for _ in range(20_000):
        value = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        assert counts.word_count(value) == len(value.split()), repr(value)
