"""Where a name stands alone in a long text: a bounded pattern's matches without its per-position scan.

Why (issue 17, the 1 MB item): a pattern such as ``(?<![\\w&])NAME(?![\\w&'’])`` or ``\\bNAME\\b`` opens with a
look-around, so the regex engine has no literal to skip to and tries it at every position of the text. Asked
once per organisation of a story, that is organisations x text length: on the head-of-line test's item (~60,000
characters read, ~200 organisations) most of the entities and quotes stages. Here the name's occurrences come
from ``textscan.starts`` (an index of a long text's capitals, else a ``find`` loop) and only they are tested at
their two ends, with the same character classes: the same matches, left to right, not overlapping.
"""

from __future__ import annotations

import re

from streams.core.enrich import textscan


def starts(text: str, name: str, joins_before: re.Pattern[str], joins_after: re.Pattern[str]) -> list[int]:
    """Starts of ``name`` in ``text`` with no ``joins_before`` character right before it and no
    ``joins_after`` character right after (each a one-character pattern), left to right, not overlapping:
    what ``re.finditer`` of ``(?<!B)NAME(?!A)`` finds. A name that can overlap itself ("A. A": a proper
    prefix that is also a suffix) takes every occurrence from a find loop, since a rejected one may hide
    an overlapping one that stands alone."""
    n = len(name)
    if not n:
        return [m.start() for m in re.finditer(f"(?<!{joins_before.pattern})(?!{joins_after.pattern})", text)]
    found = every(text, name)
    out: list[int] = []
    nxt = 0
    for i in found:
        if i >= nxt and not (i and joins_before.match(text, i - 1)) and not joins_after.match(text, i + n):
            out.append(i)
            nxt = i + n
    return out


def every(text: str, name: str) -> list[int]:
    """Every start of ``name`` (not empty) in ``text``, overlapping ones too, left to right. A name that
    cannot overlap itself has no overlapping occurrences: those of ``textscan.starts`` (a long text's index);
    one that can ("A. A": a proper prefix that is also a suffix) is found by a find loop."""
    if any(name.startswith(name[k:]) for k in range(1, len(name))):
        found = []
        i = text.find(name)
        while i >= 0:
            found.append(i)
            i = text.find(name, i + 1)
        return found
    return textscan.starts(text, name)


def has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text) is not None``, without a pattern per word: each name
    compiled its own (~150 µs, past re's cache of 512). For a word that opens and ends with a word character,
    ``\\b`` there means no word character beside it (a find loop over every occurrence); any other word asks the
    pattern. (Folds quotes' own ``_whole_word``, spd20a.)"""
    if not word or not (is_word_char(word[0]) and is_word_char(word[-1])):
        return re.search(rf"\b{re.escape(word)}\b", text) is not None
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (not at or not is_word_char(text[at - 1])) and (end == len(text) or not is_word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def is_word_char(c: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern (re's Unicode word character: alphanumeric or "_")."""
    return c.isalnum() or c == "_"
