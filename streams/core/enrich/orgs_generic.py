"""Bodies named by generic words alone: no organisation of their own (issue #15, tent20 ‡ tuned to draw 1).

"referred to its Board of Directors", "pembentukan Dewan Komisioner baru" (a new board of commissioners): a board
word and its members' title, with no owner named in the name, is some body's board, not one a reader can look up;
"Telkom said it had established a Legal & Compliance Directorate": a unit a firm sets up inside itself is the
firm's, not a body of its own. Pure functions over a story's final organisation list (``name``/``literal``
items); closed word lists written for this project.
"""

from __future__ import annotations

import re
from typing import Any

from streams.core.enrich import textscan

Org = dict[str, Any]

# a board named by its members alone ("Board of Directors", "Dewan Komisioner"): whose board, the name never says
_GENERIC_BOARD = re.compile(
    r"(?:Board of (?:Directors|Governors|Commissioners|Trustees|Supervisors|Management)"
    r"|(?:Dewan|Majelis) (?:Komisioner|Direksi|Pengawas|Direktur|Pembina|Kehormatan))"
)
# a firm's own unit: its last word, and what a firm does to make one ("established a ... Directorate")
_UNIT_HEADS = ("Directorate", "Division", "Unit", "Desk", "Department", "Task Force", "Committee", "Team")
_SET_UP = re.compile(r"\b(?:establish(?:ed|es)?|set up|sets up|creat(?:ed|es)|form(?:ed|s)?) (?:a|an|a new)\s+$")


def _own_unit(name: str, text: str) -> bool:
    """Is every mention of ``name`` a unit the story's firm sets up ("it had established a Legal & Compliance
    Directorate")?"""
    if not name.endswith(_UNIT_HEADS):
        return False
    spans = textscan.starts(text, name)
    return bool(spans) and all(_SET_UP.search(text, max(0, at - 40), at) for at in spans)


def without_generic(orgs: list[Org], text: str) -> list[Org]:
    """``orgs`` without generic boards and a firm's own new units (see the module's docstring)."""
    return [o for o in orgs if not (_GENERIC_BOARD.fullmatch(o["name"]) or _own_unit(o["name"], text))]
