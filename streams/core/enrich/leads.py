"""Whole-text regex scans tried only where a match can start (session 17, branch plc17).

A pattern led by a look-behind or a ``\\b`` ("a name, not inside a word") makes the regex engine try it at every
offset of the text, each of its branches in turn. A second pattern that holds only the literal text every match
starts with lets the engine skip to the offsets holding one of its first letters (its prefix scan, in C), and the
full pattern is then tried at those offsets alone. The matches are those of ``pattern.finditer``: a match can start
only where its lead stands, and the offsets are tried in order, each after the end of the last match. A
look-behind or ``\\b`` still reads the text before the offset (``Pattern.match`` with ``pos`` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer(pattern: re.Pattern[str], lead: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` where ``lead`` matches at every offset a match of ``pattern`` starts at."""
    at = 0
    while (found := lead.search(text, at)) is not None:
        match = pattern.match(text, found.start())
        if match is None:
            at = found.start() + 1
        else:
            yield match
            at = match.end() if match.end() > match.start() else match.end() + 1  # an empty match: never loop


def search(pattern: re.Pattern[str], lead: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)`` where ``lead`` matches at every offset a match of ``pattern`` starts at."""
    return next(finditer(pattern, lead, text), None)


def at_offsets(pattern: re.Pattern[str], text: str, offsets: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that cannot match empty and whose matches start only at ``offsets``
    (sorted; found once by a cheaper means and shared by several patterns): each offset is tried in turn, those
    inside the last match skipped, as ``finditer`` skips them."""
    end = 0
    for at in offsets:
        if at >= end and (found := pattern.match(text, at)) is not None:
            yield found
            end = found.end()
