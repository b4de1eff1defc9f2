"""Shared by the gazetteer/lexicon enrichers: word-boundary-safe folding, so that one Aho-Corasick
automaton matches whole words only.

Folding lower-cases and turns every non-word character into a space *without changing the length*,
so a match in the folded text maps back to the same offsets in the original (for case checks).
Keys are stored as ``" " + fold(form) + " "`` and the text is scanned as ``" " + fold(text) + " "``:
a key can then only match between word boundaries, with no per-match boundary test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import ahocorasick

from streams.core.memo import remember

# Per byte: ASCII letters and digits lower-cased, other ASCII characters blanked, bytes >= 0x80 kept
# (so UTF-8 sequences pass through unchanged and the length in characters is preserved).
_ASCII_FOLD = bytes(c if chr(c).isalnum() else 32 for c in range(128)).lower() + bytes(range(128, 256))
# non-ASCII non-word characters (the ASCII range first in the set: it decides most characters fast)
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w]")
_FEW = 12  # UTF-8 bytes beyond one per character up to which non-ASCII ones are folded one by one


def fold(text: str) -> str:
    """Lower-case and blank out non-word characters, keeping ``len(fold(t)) == len(t)``."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    if "\u03a3" in text or len(text.encode("utf-8", "surrogatepass")) - len(text) > _FEW:
        return _fold_text(text)  # (capital sigma lower-cases by context, as final sigma or not)
    # Mostly-ASCII text (the usual non-ASCII story has a few accents or curly quotes), 2-3x faster: the
    # ASCII characters by table in one pass, the others one at a time. "replace" encodes each non-ASCII
    # character as one "?", so offsets are kept; the table blanks "?", a real one or not.
    raw = text.encode("ascii", "replace")
    folded = raw.translate(_ASCII_FOLD).decode("ascii")
    return splice(folded, raw, lambda at: _FOLDED_CHARS.get(text[at]) or _fold_char(text[at]))


def splice(base: str, raw: bytes, char_at: Callable[[int], str], shift: int = 0) -> str:
    """``base`` with the character for each non-ASCII character of a text put in where it differs.

    ``raw`` is the text encoded as ASCII with "replace" (one "?" per non-ASCII character, so offsets
    are kept); ``char_at(offset)`` gives the character for that offset, which sits at
    ``offset + shift`` in ``base``. A story has few non-ASCII characters: one at a time is cheap.
    """
    pieces: list[str] = []
    done = 0
    at = raw.find(b"?")
    while at != -1:
        char, pos = char_at(at), at + shift
        if char != base[pos]:
            pieces += (base[done:pos], char)
            done = pos + 1
        at = raw.find(b"?", at + 1)
    if not pieces:
        return base
    pieces.append(base[done:])
    return "".join(pieces)


def _fold_text(text: str) -> str:
    """``fold`` of any text, in whole-text passes."""
    low = text.lower()
    if len(low) != len(text):  # rare: a character whose lower case is longer (e.g. "İ")
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # surrogates (from broken input) cannot go through UTF-8: keep them as they are, they are not \w
    folded = low.encode("utf-8", "surrogatepass").translate(_ASCII_FOLD).decode("utf-8", "surrogatepass")
    return _NON_ASCII_NON_WORD.sub(" ", folded)


_FOLDED_CHARS: dict[str, str] = {}  # character -> its fold (a few hundred distinct in practice)


def _fold_char(char: str) -> str:
    """``fold`` of one character (what ``_fold_text`` makes of it in a text without a capital sigma,
    the only character ``str.lower`` maps by context), memoised."""
    return remember(_FOLDED_CHARS, char, _fold_text(char), 4096)


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


_last_padded: list[tuple[str, str]] = []  # one-entry memo: places and subjects scan the same story text


def padded_fold(text: str) -> str:
    """``" " + fold(text) + " "``, memoised on the identity of ``text`` (the memo holds it, so its
    identity cannot be reused): several enrichers scan one article's story text in turn."""
    if _last_padded and _last_padded[0][0] is text:
        return _last_padded[0][1]
    padded = f" {fold(text)} "
    _last_padded[:] = [(text, padded)]
    return padded


def scan(automaton: ahocorasick.Automaton, text: str) -> Iterator[tuple[int, int, Any]]:
    """Whole-word matches as ``(start, end, value)`` offsets into ``text`` (end exclusive)."""
    if not text or len(automaton) == 0:
        return
    for last, (length, value) in automaton.iter(padded_fold(text)):
        # the padded key spans [last-length+1, last] in the padded text, whose offset is text+1
        yield last - length + 1, last - 1, value
