"""Speed work on places (session 19, branch spd19b): each cheaper form must answer as the plain one did.

* ``Gazetteer._party_states`` runs only where "R-", "D-" or "I-" stands: every ``_PARTY_STATE`` match holds one
  (corpus files and made-up tags).
* ``places._fragments`` folds only the names with whitespace (``_longer_names``: ``str.split`` finds the whitespace
  ``_BLANKS`` folds): checked against the plain form on capitalised runs of corpus files.
* ``Gazetteer._person_run`` and ``_institution`` ask their word sets in turn instead of joining them (read by the
  golden corpus: a membership test of a union is the tests of its parts).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from streams.core.enrich import places
from tests.unit.test_plc17 import _texts  # whole corpus files, a few from each folder (skips without the corpus)


def test_party_tags_hold_their_letter_and_hyphen() -> None:
    made = ["Sen. Bob Dole (R-Kan.) said", "Rep. Jim Wright, D-Texas, said", "(I-Vt.)", "(D-NY)", "(R-W. Va.)"]
    found = 0
    for text in [*made, *_texts()]:
        for match in places._PARTY_STATE.finditer(text):
            assert "R-" in match.group() or "D-" in match.group() or "I-" in match.group(), match.group()
            found += 1
    assert found >= len(made)


def _plain_longer(text: str, hits: Sequence[tuple[int, int, Any]], roles: list[int | None]) -> set[str]:
    """``_fragments``' longer names before spd19b: every kept hit folded, then the one-word names dropped."""
    folded = {
        places._BLANKS.sub(" ", text[s:e]).casefold() for (s, e, _), r in zip(hits, roles, strict=True) if r is not None
    }
    return {name for name in folded if " " in name}


def test_fragments_as_the_plain_form() -> None:
    rng = random.Random(1919)
    changed = longer = 0
    for text in _texts():
        # every capitalised run of one to three words as a hit (places' own spans among them), some roles dropped
        hits: list[tuple[int, int, Any]] = []
        at = 0
        while (found := places._CAPITAL_WORD.search(text, at)) is not None:
            end = found.end()
            for _ in range(rng.randint(0, 2)):
                more = places._CAPITAL_WORD.match(text, end + 1) if text[end : end + 1].isspace() else None
                end = more.end() if more else end
            hits.append((found.start(), end, None))
            at = end
        roles: list[int | None] = [None if rng.random() < 0.2 else places.ROLE_PLACE for _ in hits]
        plain = _plain_longer(text, hits, roles)
        assert places._longer_names(text, hits, roles) == plain
        longer += len(plain)
        changed += places._fragments(text, hits, roles) != roles
    assert longer > 0 and changed > 0  # names of several words, and fragments among the hits: the rule is read
