"""Speed work on places (session 19, branch spd19b): each cheaper form must answer as the plain one did.

* ``Gazetteer._party_states`` runs only where "R-", "D-" or "I-" stands: every ``_PARTY_STATE`` match holds one
  (corpus files and made-up tags).
* ``places._fragments`` folds only the names with whitespace (``str.split`` finds the whitespace ``_BLANKS`` folds):
  checked against the plain form on the place hits of corpus files.
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


def _plain_fragments(text: str, hits: Sequence[tuple[int, int, Any]], roles: list[int | None]) -> list[int | None]:
    """``_fragments`` before spd19b: every kept hit folded, then the one-word names dropped."""
    longer = {
        places._BLANKS.sub(" ", text[s:e]).casefold()
        for (s, e, _), role in zip(hits, roles, strict=True)
        if role is not None
    }
    longer = {name for name in longer if " " in name}
    if not longer:
        return roles
    out = list(roles)
    for k, (start, end, _) in enumerate(hits):
        if out[k] is None or not text[end : end + 1].isspace():
            continue
        surface = places._BLANKS.sub(" ", text[start:end]).casefold() + " "
        for name in longer:
            if len(name) > len(surface) and name.startswith(surface):
                ahead = places._BLANKS.sub(" ", text[start : start + len(name) + 12]).casefold()
                if ahead.startswith(name) and ahead[len(name) : len(name) + 1].isalpha():
                    out[k] = None
                    break
    return out


def test_fragments_as_the_plain_form() -> None:
    rng = random.Random(1919)
    changed = 0
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
        plain = _plain_fragments(text, hits, roles)
        assert places._fragments(text, hits, roles) == plain
        changed += plain != roles
    assert changed > 0  # some hit is a fragment: the comparison reads the rule, not only its early return
