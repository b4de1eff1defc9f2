"""Session 10's exact cuts in places' per-hit helpers (issue #17 item 1) answer as the forms they replace.

Each cut is a memo or a cheaper test of the same condition, never a heuristic: the tests run the old
form (written out here as it stood) beside the new one on real Reuters copy at every capitalised word,
and on seeded random texts built from the characters that matter (line breaks, blanks, slashes,
capitals, function words), and ask for equal answers.
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import pytest

from streams.core.enrich import places

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_CAPITAL = re.compile(r"[A-Z][\w.]*")


def _reuters(corpus: Path, files: int = 2) -> list[str]:
    texts: list[str] = []
    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm"))[:files]:
        raw = path.read_bytes().decode("latin-1")
        texts += [m.group(1).replace("&lt;", "<").replace("&gt;", ">") for m in _BODY.finditer(raw)]
    if not texts:
        pytest.skip("reuters21578 not in the corpus")
    return texts


def _title_case_old(text: str, start: int, end: int) -> bool:
    lo = text.rfind("\n", max(0, start - 101), start) + 1
    if start - lo > 100:
        return False
    hi = text.find("\n", end, end + 48)
    hi = min(end + 48, len(text) if hi == -1 else hi)
    for found in places._LOWER_WORD.finditer(text, lo, hi):
        if found.group() not in places._FUNCTION_WORDS:
            return False
    return len(places._CAPITAL_WORD.findall(text, lo, hi)) >= 3


def _word_after_old(text: str, end: int) -> str:
    found = places._NEXT_WORD.match(text, end, end + 41)
    return found.group(1).rstrip(".,;:!?)»”\"'") if found else ""


def _word_before_old(text: str, start: int) -> tuple[str, int]:
    if start < 2 or text[start - 1] != " ":
        return "", -1
    lo = max(0, start - 41)
    at = text.rfind(" ", lo, start - 1) + 1
    word = text[at : start - 1]
    if "\n" in word or "\t" in word:
        at = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1), text.rfind("\t", lo, start - 1)) + 1
        word = text[at : start - 1]
    if at == 0 and lo > 0:
        return "", -1
    return (word, at) if word and places._WORD.match(word) else ("", -1)


def _agency_desk_old(text: str, start: int) -> bool:
    window = text[max(0, start - 40) : start]
    if "/" not in window or not window.endswith(" "):
        return False
    word = window[:-1].rsplit("/", 1)[-1].rsplit(" ", 1)[-1]
    return word.lower() in places._AGENCY_DESKS


def _spans(text: str) -> list[tuple[int, int]]:
    """Every capitalised word's span, and each two-word span (a place name may hold a line break)."""
    words = [m.span() for m in _CAPITAL.finditer(text)]
    return words + [(a[0], b[1]) for a, b in itertools.pairwise(words) if b[0] - a[1] <= 2]


def _check(text: str) -> int:
    firsts: dict[int, int] = {}
    titled = 0
    for start, end in _spans(text):
        old = _title_case_old(text, start, end)
        assert places._title_case(text, start, end, firsts) == old, (text, start, end)
        assert places._title_case(text, start, end) == old
        titled += old
        assert places._word_after(text, end) == _word_after_old(text, end), (text, end)
        assert places._word_before(text, start) == _word_before_old(text, start), (text, start)
        assert places._agency_desk(text, start) == _agency_desk_old(text, start), (text, start)
    return titled


def test_per_hit_helpers_on_reuters_copy(corpus: Path) -> None:
    texts = _reuters(corpus)
    titled = sum(_check(text) for text in texts)
    assert titled >= 50  # Reuters copy has title-case lines ("Shr 12 cts vs ..." tables): the memo's fallback runs


def test_per_hit_helpers_on_random_texts() -> None:
    rnd = random.Random(10)
    bits = [
        "Jakarta", "New", "York", "Sipa", "USA", "Images", "the", "of", "said", "floods", "hit", "Hit", "AP",
        " ", " ", " ", "\n", "\t", "/", ", ", ".", "-", "'", "x", "é", "Öl", "1995", "A.",
    ]  # fmt: skip
    titled = 0
    for _ in range(6000):
        titled += _check("".join(rnd.choice(bits) for _ in range(rnd.randint(0, 40))))
    assert titled >= 100  # the random lines include title-case ones: both answers are exercised
