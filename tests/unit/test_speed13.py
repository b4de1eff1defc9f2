"""Session 13 (branch speed13): the exact gates in subjects and dates give the answers of the code they gate.

* ``subjects._score`` skips ``_names`` when no hit's key is in ``SubjectLexicon.name_keys``: every key ``_names``
  could take for a name must be in that set, and over real texts the skipped call would have found no name.
* ``subjects._score``'s poll test is one ``isdisjoint`` instead of a generator: same answer as the generator.
* ``dates._cue_at`` builds its 2- and 3-token sequences only for a token in ``_Cues.seq_words``: every token where
  the ungated sequence test finds one passes the gate, over every token of real texts.

Real texts are the corpus's paragraphs (the benchmark's pools); a fixture holds without the corpus.
"""

from __future__ import annotations

import pytest

from benchmarks.items import CORPUS, pools
from streams.core.enrich import dates, subjects
from streams.core.enrich.textscan import padded_fold

FIXTURE = (
    "The Piala Presiden final drew a crowd; the two sides struck a deal on treasury bill yields. "
    "A new poll showed approval at 42 pct, the prime minister said. "
    "They will be going to vote next week; the ministry is expected to announce plans, and the law "
    "was passed in March. Troops attacked the town of Gaza City on Monday."
)


def _texts() -> list[str]:
    """The fixture, then the first 1,500 paragraphs of each benchmark pool (when the corpus is here)."""
    pooled = pools().values() if CORPUS.is_dir() else ()
    return [FIXTURE, *(para for pool in pooled for para in pool.paragraphs[:1500])]


@pytest.fixture(scope="module")
def lexicon() -> subjects.SubjectLexicon:
    return subjects.load()


def test_name_keys_hold_every_key_names_may_take(lexicon: subjects.SubjectLexicon) -> None:
    """Each automaton term that ``_names`` can turn into a name has its key in ``name_keys`` (by its own three
    conditions, read from every automaton's values)."""
    assert lexicon.name_keys
    for automaton in (lexicon.automaton, *lexicon.others.values()):
        for _, term in automaton.values():
            may_name = (not term.plain and not term.exact) or term.key in lexicon.exclusive or " " in term.key
            assert not may_name or term.key in lexicon.name_keys, term.key


@pytest.mark.parametrize("corpus", [True, False], ids=["corpus", "fixture"])
def test_subject_gates_agree_with_the_full_tests(lexicon: subjects.SubjectLexicon, corpus: bool) -> None:
    if corpus and not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}: the fixture case still runs")
    skipped = named = polled = 0
    for text in _texts() if corpus else [FIXTURE]:
        hits = list(lexicon.automaton.iter(padded_fold(text)))
        keys = [term.key for _, (_, term) in hits]
        names = subjects._names(text, hits, lexicon.exclusive)
        if lexicon.name_keys.isdisjoint(keys):
            skipped += 1
            assert names == [], text[:80]
        named += bool(names)
        poll = bool(lexicon.polls) and any(term.key in lexicon.polls for _, (_, term) in hits)
        assert poll == (not lexicon.polls.isdisjoint(keys)), text[:80]
        polled += poll
    assert named and polled  # the texts meet both branches (the fixture: "Piala Presiden", "poll")
    if corpus:
        assert skipped  # and the gate skips some


def _sequence_cue(cues: dates._Cues, tokens: list[str], i: int, ending: bool) -> bool:
    """``_cue_at``'s sequence test without its gate: a 2- or 3-token future sequence ends (``ending``) or starts
    at token ``i``."""
    for size in (2, 3):
        seq = tuple(tokens[i - size + 1 : i + 1]) if ending else tuple(tokens[i : i + size])
        if len(seq) == size and seq in cues.future_seq:
            return True
    return False


@pytest.mark.parametrize("corpus", [True, False], ids=["corpus", "fixture"])
def test_cue_at_agrees_with_the_ungated_loop(corpus: bool) -> None:
    if corpus and not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}: the fixture case still runs")
    by_sequence = 0
    for text in _texts() if corpus else [FIXTURE]:
        tokens = dates._TOKEN.findall(text.lower().replace("’", "'"))
        for cues in dates._CUES.values():
            for i, token in enumerate(tokens):
                for ending in (True, False):
                    found = _sequence_cue(cues, tokens, i, ending)
                    assert not found or token in cues.seq_words, (token, text[:80])  # the gate lets it through
                    by_sequence += found
                    if found:
                        assert dates._cue_at(cues, tokens, i, ending) == 1, (token, text[:80])
    assert by_sequence  # the texts meet the sequences ("going to", "is expected to")
