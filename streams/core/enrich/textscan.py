"""Shared by the gazetteer/lexicon enrichers: word-boundary-safe folding, so that one Aho-Corasick
automaton matches whole words only.

Folding lower-cases and turns every non-word character into a space *without changing the length*,
so a match in the folded text maps back to the same offsets in the original (for case checks).
Keys are stored as ``" " + fold(form) + " "`` and the text is scanned as ``" " + fold(text) + " "``:
a key can then only match between word boundaries, with no per-match boundary test.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick

_NON_WORD = re.compile(r"[\W_]")


def fold(text: str) -> str:
    """Lower-case and blank out non-word characters, keeping ``len(fold(t)) == len(t)``."""
    low = text.lower()
    if len(low) != len(text):  # rare: a character whose lower case is longer (e.g. "İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return _NON_WORD.sub(" ", low)


def key(form: str) -> str:
    """Automaton key of a surface form (space-padded folded form)."""
    return f" {fold(form)} "


def build_automaton(items: Iterable[tuple[str, Any]]) -> ahocorasick.Automaton:
    """An automaton over ``key(form) -> value``; later values for an equal key win."""
    automaton = ahocorasick.Automaton()
    for form, value in items:
        k = key(form)
        automaton.add_word(k, (len(k), value))
    automaton.make_automaton()
    return automaton


def scan(automaton: ahocorasick.Automaton, text: str) -> Iterator[tuple[int, int, Any]]:
    """Whole-word matches as ``(start, end, value)`` offsets into ``text`` (end exclusive)."""
    if not text or len(automaton) == 0:
        return
    for last, (length, value) in automaton.iter(f" {fold(text)} "):
        # the padded key spans [last-length+1, last] in the padded text, whose offset is text+1
        yield last - length + 1, last - 1, value
