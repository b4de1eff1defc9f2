"""``textscan.Gate`` (issue #17) answers as the ``any(word in text for word in words)`` it replaced.

Every substring gate of the entities stage shares one Aho-Corasick pass over the story once the story has asked
more than a few strings; before that, each gate tests its strings directly. These tests ask every gate of the
stage's modules, in changing orders (so some answers come from the direct tests, some from the pass), of real
Reuters and Antara stories, and compare each answer with the plain substring tests.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from streams.core.enrich import competitions, entities, orgs_acts, orgs_fold, orgs_id, textscan

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _gates() -> list[textscan.Gate]:
    found = [
        value
        for module in (entities, competitions, orgs_acts, orgs_fold, orgs_id)
        for value in vars(module).values()
        if isinstance(value, textscan.Gate)
    ]
    assert len(found) >= 10  # the stage's ten gates: a rename must not leave this test asking none
    return found


def _texts(corpus: Path) -> list[str]:
    """Reuters stories (English: they ask every gate) and Antara ones (Indonesian, with non-ASCII letters)."""
    texts: list[str] = []
    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm"))[:1]:
        raw = path.read_bytes().decode("latin-1")
        texts += [m.group(1).replace("&lt;", "<").replace("&amp;", "&") for m in _BODY.finditer(raw)][:300]
    news = corpus / "antara-id-fulltext-pwlScrapping" / "all_news.json"
    if news.is_file():
        texts += [str(row["isi"]) for row in json.loads(news.read_text("utf-8"))]
    if len(texts) < 100:
        pytest.skip("reuters21578 / antara-id-fulltext-pwlScrapping not in the corpus")
    return texts


def test_gates_answer_as_substring_tests(corpus: Path) -> None:
    gates = _gates()
    rnd = random.Random(17)
    asked = passed = 0
    for text in _texts(corpus):
        order = gates[:]
        rnd.shuffle(order)
        for gate in order[: rnd.randint(1, len(order))]:
            assert gate(text) == any(word in text for word in gate.words), (gate.words, text[:80])
            assert gate.present(text) == [word for word in gate.words if word in text]
            asked += 1
        passed += textscan._CUES.last is not None and textscan._CUES.last.found is not None
    assert passed and asked  # both ways were taken: the direct tests and the shared pass


def test_a_text_asked_again_after_another_is_read_anew(corpus: Path) -> None:
    """The pass is kept for the last text only (by identity): switching texts must not answer from the old one."""
    first, second = _texts(corpus)[:2]
    gates = _gates()
    for text in (first, second, first):
        for gate in gates + gates:  # past the budget: the pass answers the second round
            assert gate(text) == any(word in text for word in gate.words)


def test_an_empty_string_is_refused() -> None:
    with pytest.raises(ValueError):
        textscan.Gate(["said", ""])


def test_a_story_without_a_ship_mark_has_no_ship_before_any_name(corpus: Path) -> None:
    """``_not_people`` asks ``_ship_before`` of a person's mentions only where ``_SHIP_GATE`` finds a mark in the
    story: each window it reads is part of the story, so a story without a mark answers False everywhere."""
    texts = _texts(corpus)
    skipped = 0
    for text in texts:
        if entities._SHIP_GATE(text):
            continue
        skipped += 1
        assert not any(entities._ship_before(text, m.start()) for m in re.finditer(r"[A-Z]", text))
    assert skipped > len(texts) // 2
    kmp = (
        "Tim SAR gabungan bergerak cepat menangani kebakaran Kapal Motor Penumpang (KMP) Putri Yasmin di Selat Lombok."
    )
    assert entities._SHIP_GATE(kmp) and entities._ship_before(kmp, kmp.index("Putri"))
