"""Places, session 21 (issue #17, branch spd21c): ``_comma_firm``'s early exit is exact.

``_comma_firm`` returns False before its two regex scans when the town's window lacks ", " or both " and " and " & ".
That holds only while every match of ``_COMMA_FIRM`` and ``_BARE_FIRM`` contains ", " and one of the two joins: pinned
here on every match in a real Reuters-21578 file (skipped where the corpus is absent), and on the firms the
session-20 tests name (test_tplc20: "Prescott, Ball and Turben Inc", "Donaldson, Lufkin and Jenrette")."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich.places import _BARE_FIRM, _COMMA_FIRM, _comma_firm


def _joined(found: str) -> bool:
    return ", " in found and (" and " in found or " & " in found)


def test_every_comma_firm_match_holds_a_comma_and_a_join(corpus: Path) -> None:
    path = corpus / "reuters21578" / "reut2-000.sgm"
    if not path.exists():
        pytest.skip(f"{path.name} not in the corpus")
    text = path.read_text(encoding="latin-1")
    found = [m[0] for pattern in (_COMMA_FIRM, _BARE_FIRM) for m in pattern.finditer(text)]
    assert len(found) >= 10  # (the file names many: "Prescott, Ball and Turben Inc", "Kidder, Peabody and Co")
    assert all(_joined(f) for f in found), [f for f in found if not _joined(f)]


@pytest.mark.parametrize(
    ("text", "town", "firm"),
    [
        ("said an analyst at Prescott, Ball and Turben Inc.", "Prescott", True),
        ("advised by Donaldson, Lufkin and Jenrette Securities", "Lufkin", True),
        ("advised by Donaldson, Lufkin & Jenrette Securities", "Lufkin", True),
        ("the plant in Prescott said it would close", "Prescott", False),  # no comma, no join: the early exit
        ("Prescott, the town, and its mayor", "Prescott", False),  # both there: the scans run, and find no firm
    ],
)
def test_the_early_exit_keeps_the_answer(text: str, town: str, firm: bool) -> None:
    start = text.index(town)
    assert _comma_firm(text, start, start + len(town), set(), set()) is firm
