"""Speed work on the core's cost (core16): each cheaper form must give what the plain one gave.

* ``dates._may_hold_year`` gates the three whole-text year scans (``_year_forms``, ``_years_alone``,
  ``_year_spans``): where it says no, none of their patterns can match. ``dates._year_starts`` (spd19b) lists the
  offsets they are tried at: every match starts at one. Checked on real corpus copy (every
  language the corpus holds, Unicode digits included) and on made-up edge cases; ``dates._find`` with the
  gate and with the gate forced open must agree.
* ``quotes._in_capitals`` decides on the first lower-case letter; the counting form is kept here as the
  reference.
* ``lead._flat`` joins ``str.split``'s words instead of a whitespace regex pass.
* ``quotes._Context`` keeps a role when its name is one of the story's people: a set instead of a search
  of the dict's values.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from streams.core.enrich import dates, quotes
from streams.core.text import decode

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
LANGS = ("", "en", "id", "ms", "es", "de", "fr", "pt", "fi")


def _corpus_texts(limit: int = 600) -> list[str]:
    """Decoded corpus files, a few from each folder (any format: the patterns read any text)."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (only CI and developer machines have it)")
    texts: list[str] = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.stat().st_size < 200_000)
        texts += [decode(p.read_bytes()) for p in itertools.islice(files, limit // 20)]
    return texts


def _any_year_pattern(text: str) -> bool:
    return any(p.search(text) for p in (dates._YEAR_FORM, dates._YEAR, dates._YEAR_PAIR))


EDGES = [
    "",
    "no digits at all",
    "in 1986 and 1987",
    "the 1980s",
    "pada 2007-2011 silam",
    "season 1986/87",
    "year 1899 ended",
    "a count of 12345 units",
    "123 1986",
    "phone 555-2019",
    "a year in Arabic-Indic digits ٢٠٢٤ and in Devanagari २०२४",
    "full-width １９８６ digits",
    "mixed ٢0٢4 digits",
    "accented café in 2024",
    "accented café without a year: 999 and 20 and 19",
    "2024",
    "x2024x",
]


def test_year_gate_never_hides_a_match() -> None:
    texts = [*EDGES, *_corpus_texts()]
    opened = 0
    for text in texts:
        if _any_year_pattern(text):
            assert dates._may_hold_year(text), text[:200]
        if not dates._may_hold_year(text):
            for lang in LANGS:
                assert dates._year_forms(text) == []
                assert dates._years_alone(text, lang) == []
            assert dates._year_spans(text) == []
        else:
            opened += 1
    assert 0 < opened < len(texts)  # the gate closes on some texts and opens on others


def test_year_starts_hold_every_match_start() -> None:
    """spd19b: the three year scans try only ``_year_starts``; every match of theirs starts at one of them (with
    the scans' own finditer as the reference), and they are ``_YEAR_GATE``'s overlapping matches, in order."""
    texts = [*EDGES, "20201 and 1919191", "19861987", *_corpus_texts()]
    for text in texts:
        starts = dates._year_starts(text)
        assert starts == sorted(m.start() for i in range(len(text)) if (m := dates._YEAR_GATE.match(text, i)))
        held = set(starts)
        for pattern in (dates._YEAR_FORM, dates._YEAR, dates._YEAR_PAIR):
            assert all(m.start() in held for m in pattern.finditer(text)), text[:200]
        assert dates._year_forms(text, starts) == dates._year_forms(text)
        assert dates._year_spans(text, starts) == dates._year_spans(text)
        for lang in LANGS:
            assert dates._years_alone(text, lang, starts) == dates._years_alone(text, lang)


def test_find_with_and_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*EDGES, *_corpus_texts(200)]
    gated = [[dates._find(t, lang) for lang in LANGS] for t in texts]
    # the gate open at every offset: each year pattern tried everywhere, as its plain finditer does
    monkeypatch.setattr(dates, "_year_starts", lambda text: list(range(len(text))))
    assert gated == [[dates._find(t, lang) for lang in LANGS] for t in texts]


def _reference_in_capitals(quoted: str) -> bool:
    """The definition before core16: capitals counted first."""
    upper = sum(c.isupper() for c in quoted)
    return upper >= 6 and len(quoted.split()) >= 2 and not any(c.islower() for c in quoted)


@pytest.mark.parametrize(
    "quoted",
    [
        "CONTINENTAL ILL. TO RECHARACTERIZE LOSS,",
        "We will win",
        "ABCDEF",
        "ABC DEF",
        "ABC de",
        "ǅEMAL ABCDEF",  # a title-case letter: neither upper nor lower
        "中文 新闻 报道",
        "ÉTAT DE SIÈGE",
        "",
        "   ",
        "A B C D E F",
        "12345 678",
    ],
)
def test_in_capitals_as_before(quoted: str) -> None:
    assert quotes._in_capitals(quoted) is _reference_in_capitals(quoted)


def test_context_roles_as_before() -> None:
    people = quotes._People(["Jane Doe", "John Smith", "Ana María López"])
    roles = [
        {"name": "Jane Doe", "role": "Finance Minister"},
        {"name": "jane doe", "role": "minister"},  # not a person's name as the story writes it
        {"name": "John Smith"},  # no role
        {"name": "Someone Else", "role": "spokesman"},
        {"role": "mayor"},
        {"name": "Ana María López", "role": "alcaldesa"},
    ]
    ctx = quotes._Context(people, roles, [])
    reference = [(r["name"], r["role"]) for r in roles if r.get("name") in people.exact.values() and r.get("role")]
    assert ctx.roles == reference == [("Jane Doe", "Finance Minister"), ("Ana María López", "alcaldesa")]


@pytest.mark.parametrize(
    "word", ["al-Assad", "Assad", "el-Sisi", "al-Qa-ida", "al-Ab", "AL-ASSAD", "ad-Din", "Smith", ""]
)
def test_particle_free_as_before(word: str) -> None:
    rest = quotes._NAME_PARTICLE.sub("", word, count=1)
    reference = [rest] if rest != word and "-" not in rest else []
    assert quotes._particle_free([word]) == reference


def test_flat_as_before() -> None:
    """``lead._flat`` by split and join: the same as the regex form at every code point (as a separator, at
    either end, doubled) and on real corpus copy."""
    import re
    import sys

    from streams.core.copy import lead

    space = re.compile(r"\s+")
    samples = [f"{c}a{c}{c}b{c}" for c in map(chr, range(sys.maxunicode + 1)) if not 0xD800 <= ord(c) <= 0xDFFF]
    samples += [t[:5000] for t in _corpus_texts(200)]
    for text in samples:
        assert lead._flat(text) == space.sub(" ", text).strip().casefold(), repr(text[:80])
