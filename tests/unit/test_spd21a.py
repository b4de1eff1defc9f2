"""Speed work on the entities stage (spd21a): each cheaper form must answer as the form it stands for.

* ``entities._mentions`` is ``textscan.starts``'s spans: the same as the find loop it replaces, on short texts and
  on long ones (the index's path);
* ``entities._firm_acts`` and ``_model_line`` answer ``re.search(rf"\\bWORD (?:said|announced|...)\\b")`` and
  ``re.search(rf"\\bWORD \\d")`` without a pattern per word (``_word_then``), ``_in_partner_list`` its pair's
  occurrences without one;
* ``orgs_id.dan_tail``, ``programme_or_product`` and ``_runs_on`` find through ``alone`` what their per-name
  patterns found.

Checked on real Reuters-21578 bodies and ANTARA Indonesian stories (skipped without the corpus) and on seeded
random texts made of the patterns' own pieces, so that the rare shapes (a name that overlaps itself, a hyphen or
underscore beside it, a name opening with a non-word character) are reached without the corpus.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from streams.core.enrich import entities, orgs_id

_ACTS = "(?:said|announced|introduced|launched|unveiled|makes|built)"
_CAPS = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}")


def _old_mentions(text: str, name: str) -> list[tuple[int, int]]:
    out = []
    i = text.find(name)
    while i >= 0:
        out.append((i, i + len(name)))
        i = text.find(name, i + len(name))
    return out


def _old_acts(text: str, firm: str) -> bool:
    return re.search(rf"\b{re.escape(firm)} {_ACTS}\b", text) is not None


def _old_model_line(text: str, acronym: str) -> bool:
    return re.search(rf"\b{re.escape(acronym)} \d", text) is not None


def _old_partner_list(text: str, pair: str) -> bool:
    return any(
        entities._LIST_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in re.finditer(re.escape(pair), text)
    )


def _old_dan_tail(name: str, text: str) -> str | None:
    if not name.startswith(orgs_id._DAN_HEADS) or " dan " in name:
        return None
    m = re.search(rf"(?<![\w-]){re.escape(name)} dan ([A-Z][a-z]+)(?![\w-])", text)
    return None if m is None else f"{name} dan {m.group(1)}"


def _old_programme_starts(name: str, text: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


def _old_runs_on_tail(head: str, text: str) -> bool:
    return any(not text.startswith(" dan ", m.end()) for m in re.finditer(re.escape(head) + r"(?![\w-])", text))


def _new_programme_starts(name: str, text: str) -> list[int]:
    return orgs_id.alone.starts(text, name, orgs_id._JOINS, orgs_id._JOINS)


def _new_runs_on_tail(head: str, text: str) -> bool:
    return any(
        not text.startswith(" dan ", i + len(head))
        for i in orgs_id.alone.starts(text, head, orgs_id._NEVER, orgs_id._JOINS)
    )


def _check(text: str, name: str) -> None:
    assert entities._mentions(text, name) == _old_mentions(text, name), (name, text[:80])
    first = name.split(" ", 1)[0]
    assert entities._firm_acts(text, first) == _old_acts(text, first), (first, text[:80])
    assert entities._model_line(text, first) == _old_model_line(text, first), (first, text[:80])
    assert entities._in_partner_list(text, name) == _old_partner_list(text, name), (name, text[:80])
    assert orgs_id.dan_tail(name, text, lambda _w: False) == _old_dan_tail(name, text), (name, text[:80])
    assert _new_programme_starts(name, text) == _old_programme_starts(name, text), (name, text[:80])
    assert _new_runs_on_tail(name, text) == _old_runs_on_tail(name, text), (name, text[:80])


def _reuters(corpus: Path) -> list[str]:
    path = corpus / "reuters21578" / "reut2-000.sgm"
    if not path.exists():
        pytest.skip("Reuters-21578 not in the shared corpus")
    return re.findall(r"<TEXT[^>]*>(.*?)</TEXT>", path.read_text(encoding="latin-1"), flags=re.S)


def _antara(corpus: Path) -> list[str]:
    path = corpus / "antara-rss-scraper-berita-antara" / "semua_berita.json"
    if not path.exists():
        pytest.skip("ANTARA Indonesian stories not in the shared corpus")
    items = json.loads(path.read_text(encoding="utf-8"))
    return [f"{item.get('Judul') or ''}\n{item.get('Ringkasan') or ''}" for item in items[:600]]


def test_on_reuters(corpus: Path) -> None:
    stories = _reuters(corpus)[:150]
    acting = 0
    for text in stories:
        for name in dict.fromkeys(m.group() for m in _CAPS.finditer(text)):
            _check(text, name)
            acting += _old_acts(text, name.split(" ", 1)[0])
    assert acting > 20  # the firm-acts form is reached ("Lotus announced", "Chrysler said")


def test_on_antara(corpus: Path) -> None:
    tails = 0
    for text in _antara(corpus):
        for name in dict.fromkeys(m.group() for m in _CAPS.finditer(text)):
            _check(text, name)
            tails += _old_dan_tail(name, text) is not None
    assert tails >= 4  # "Direktorat Jenderal Bea dan Cukai": the dan tail is reached


def test_on_a_long_text(corpus: Path) -> None:
    """Past ``textscan.INDEX_FROM`` the occurrences come from the text's index: the same answers."""
    text = "\n".join(_reuters(corpus)[:60])
    assert len(text) > 20_000
    for name in list(dict.fromkeys(m.group() for m in _CAPS.finditer(text)))[:120]:
        _check(text, name)


_PIECES = (
    "A", "A A", "Badan", "Badan Pusat", "dan", "Dan", "Cukai", "Bea", "said", "announced", "makes", "-", "_", "é",
    "Lotus", "Lotus-", "(", ")", "'", ".", ",", "\n", "x", "1", "Kg", "program", "saidx", "Badan Pusat dan",
    "VAX", "8250", "Jenrette and Pacific", "Lufkin,",
)  # fmt: skip


def test_on_random_texts() -> None:
    rng = random.Random(21)
    names = (
        "A",
        "A A",
        "A A A",
        "Lotus",
        "Badan Pusat",
        "Badan",
        "(A",
        "A-",
        "_A",
        ".",
        "é A",
        "Pusat dan",
        "VAX",
        "Jenrette and Pacific",
    )
    for _ in range(1500):
        text = "".join(rng.choice(_PIECES) + rng.choice((" ", " ", "", "\n")) for _ in range(rng.randint(0, 14)))
        for name in names:
            _check(text, name)
