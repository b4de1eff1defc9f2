"""Shared by the gazetteer/lexicon enrichers: word-boundary-safe folding, so that one Aho-Corasick
automaton matches whole words only.

Folding lower-cases and turns every non-word character into a space *without changing the length*,
so a match in the folded text maps back to the same offsets in the original (for case checks).
Keys are stored as ``" " + fold(form) + " "`` and the text is scanned as ``" " + fold(text) + " "``:
a key can then only match between word boundaries, with no per-match boundary test.

Scan once (issue 17): :func:`view` gives the :class:`TextView` of a story text, the one place where its
derived forms are computed, each at most once per article, whichever enricher asks first. Every
enricher receives the same ``story_text`` string object, so the view is memoised on that identity:

* ``view(text).padded``: ``" " + fold(text) + " "`` (what :func:`scan` and the places automaton read);
* ``view(text).lines``: ``text.split("\n")`` (subjects' table shape; the story's paragraphs);
* ``view(text).hits(automaton)``: :func:`scan`'s whole-word matches as a list, kept per automaton;
* ``view(text).derived(name, build)``: any other pure function of the text, computed by the first
  caller and returned to the next (e.g. places' case-marked fold, entities' capitalised runs, dates'
  leading words): ``build(text)`` must depend on the text only, never on the article or language
  (put those in ``name``), and callers must not mutate what it returns.

The memo holds one view (the last text asked for): asking for another text (a dateline, a headline)
evicts the story's, which only costs a recomputation, never a wrong answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

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


T = TypeVar("T")


class TextView:
    """The derived forms of one text, each computed on first use and then shared (see the module
    docstring). Build it through :func:`view`, which memoises it on the text's identity."""

    __slots__ = ("_derived", "_lines", "_padded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._padded: str | None = None
        self._lines: list[str] | None = None
        self._derived: dict[Any, Any] = {}

    @property
    def padded(self) -> str:
        """``" " + fold(text) + " "``: offsets are the text's plus one."""
        if self._padded is None:
            self._padded = f" {fold(self.text)} "
        return self._padded

    @property
    def lines(self) -> list[str]:
        """``text.split("\n")`` (shared: do not mutate)."""
        if self._lines is None:
            self._lines = self.text.split("\n")
        return self._lines

    def derived(self, name: str, build: Callable[[str], T]) -> T:
        """``build(text)``, computed once per ``name`` (``build`` must be a pure function of the text)."""
        try:
            return self._derived[name]  # type: ignore[no-any-return]
        except KeyError:
            value = self._derived[name] = build(self.text)
            return value

    def hits(self, automaton: ahocorasick.Automaton) -> list[tuple[int, int, Any]]:
        """:func:`scan` of the text as a list, once per automaton (the view holds it, so its id is not
        reused while the entry lives)."""
        found = self._derived.get(("hits", id(automaton)))
        if found is None or found[0] is not automaton:
            found = self._derived[("hits", id(automaton))] = (automaton, list(scan(automaton, self.text)))
        return found[1]  # type: ignore[no-any-return]


_last_view: list[TextView] = []  # one-entry memo: the enrichers read one article's story text in turn


def view(text: str) -> TextView:
    """The :class:`TextView` of ``text``, memoised on its identity (the memo holds the text, so the
    identity cannot be reused while the entry lives)."""
    if _last_view and _last_view[0].text is text:
        return _last_view[0]
    made = TextView(text)
    _last_view[:] = [made]
    return made


def padded_fold(text: str) -> str:
    """``" " + fold(text) + " "``, memoised with the text's :class:`TextView`: several enrichers scan
    one article's story text in turn."""
    return view(text).padded


def scan(automaton: ahocorasick.Automaton, text: str) -> Iterator[tuple[int, int, Any]]:
    """Whole-word matches as ``(start, end, value)`` offsets into ``text`` (end exclusive), in the
    automaton's order (by end, the longest first where several end together)."""
    if not text or len(automaton) == 0:
        return
    for last, (length, value) in automaton.iter(padded_fold(text)):
        # the padded key spans [last-length+1, last] in the padded text, whose offset is text+1
        yield last - length + 1, last - 1, value
