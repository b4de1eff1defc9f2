"""The places enricher's fast paths (issue 17) give what the plain forms they replace give.

Each fast helper is checked against a reference written the slow, obvious way, on random strings rich in
the characters that matter (blanks, line breaks, tabs, capitals, accents) and at every place match of
real Reuters-21578 stories.
"""

from __future__ import annotations

import random
from pathlib import Path

from streams.core.enrich import places
from streams.core.enrich.textscan import key


def _word_before_reference(text: str, start: int) -> tuple[str, int]:
    """``_word_before`` as it was: the last of the three blanks searched one by one."""
    if start < 2 or text[start - 1] != " ":
        return "", -1
    lo = max(0, start - 41)
    at = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1), text.rfind("\t", lo, start - 1)) + 1
    if at == 0 and lo > 0:
        return "", -1
    word = text[at : start - 1]
    return (word, at) if word and places._WORD.match(word) else ("", -1)


def _title_case_reference(text: str, start: int, end: int) -> bool:
    """``_title_case`` as it was: every lower-case word of the window listed, then tested."""
    lo = text.rfind("\n", 0, start) + 1
    if start - lo > 100:
        return False
    hi = text.find("\n", end)
    hi = min(end + 48, len(text) if hi == -1 else hi)
    if any(word not in places._FUNCTION_WORDS for word in places._LOWER_WORD.findall(text, lo, hi)):
        return False
    return len(places._CAPITAL_WORD.findall(text, lo, hi)) >= 3


def _random_texts(count: int) -> list[str]:
    rnd = random.Random(17)
    words = ["the", "of", "and", "said", "Paris", "New", "York", "Floods", "Hit", "in", "Dr.", "é", "Öl", "x" * 45]
    seps = [" ", " ", " ", "\n", "\t", " \n", "\n ", ", ", "-", "  "]
    return ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 40))) for _ in range(count)]


def test_word_before_and_title_case_equal_their_references_on_random_texts() -> None:
    checked = 0
    for text in _random_texts(1500):
        for at in range(len(text) + 1):
            assert places._word_before(text, at) == _word_before_reference(text, at), (text, at)
            for end in (at, min(len(text), at + 5)):
                assert places._title_case(text, at, end) == _title_case_reference(text, at, end), (text, at, end)
            checked += 1
    assert checked > 50_000


def test_fast_paths_equal_their_references_at_every_place_in_reuters(corpus: Path, resources) -> None:
    from streams.core.formats.reuters_sgml import iter_records

    gazetteer = resources.places
    payload = (corpus / "reuters21578" / "reut2-000.sgm").read_bytes()
    hits = 0
    for record in list(iter_records(payload))[:400]:
        text = f"{record.get('title', '')}\n\n{record.get('dateline', '')} {(record.get('body') or '').strip()}\n"
        marked = places._case_marked(text, key(text))
        for start, end, _ in gazetteer._matches(text, "en", marked):
            assert places._word_before(text, start) == _word_before_reference(text, start)
            assert places._title_case(text, start, end) == _title_case_reference(text, start, end)
            hits += 1
    assert hits > 1000
