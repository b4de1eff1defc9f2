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
from collections.abc import Callable, Iterable
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
            found = self._derived[("hits", id(automaton))] = (automaton, scan(automaton, self.text))
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


def hold(made: TextView) -> None:
    """Make ``made`` the memo's entry again: a caller running the enrichers step by step over many texts
    (``enrich.enrich_batch``) keeps each text's view and hands it back before the next step reads that text."""
    _last_view[:] = [made]


def padded_fold(text: str) -> str:
    """``" " + fold(text) + " "``, memoised with the text's :class:`TextView`: several enrichers scan
    one article's story text in turn."""
    return view(text).padded


def scan(automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, int, Any]]:
    """Whole-word matches as ``(start, end, value)`` offsets into ``text`` (end exclusive), in the
    automaton's order (by end, the longest first where several end together). A list built by one
    comprehension: a generator paid a frame resume per match (dates walks twice per story)."""
    if not text or len(automaton) == 0:
        return []
    # the padded key spans [last-length+1, last] in the padded text, whose offset is text+1
    return [(last - length + 1, last - 1, value) for last, (length, value) in automaton.iter(padded_fold(text))]


# -- Occurrences of many names in one long text (issue 17, head of line) --------------------------------
# Entities asks "where does this name occur?" of hundreds of names per story; a ``str.find`` loop per name
# costs names x text length, and a 1 MB story names thousands. Above ``INDEX_FROM`` characters the text gets
# one index, built on first use, and each question becomes a lookup; below it the ``find`` loop is cheaper
# than the index. Both give the same answers (tests/unit/test_textscan_index.py).

INDEX_FROM = 20_000  # characters; below, a find loop (a 10 KB story is scanned in microseconds)
# Capital letters a name may open with: ASCII and Latin-1/Latin Extended (entities' ``_CAP``); every position
# of one of them is indexed, so a name opening with one is found wherever it stands, inside a word too
# ("Donald" in "McDonald"), as ``str.find`` finds it.
_CAPITALS = "".join(chr(c) for c in (*range(0x41, 0x5B), *range(0x00C0, 0x0250)) if chr(c).isupper())
_CAPITAL = re.compile(f"[{_CAPITALS}]")
_KEY = 3  # characters of the index key (a name shorter than this is searched with find)
_TOKEN = re.compile(r"(?:[^\W_]|-)+")  # maximal runs of alphanumerics and hyphens (str.isalnum() or "-")
# the same cut for ASCII text by one byte translation and a split (5-10x faster than the regex on 1 MB)
_TOKEN_BYTES = bytes(c if chr(c).isalnum() or c == 0x2D else 32 for c in range(128)) + bytes(32 for _ in range(128))


class Occurrences:
    """The positions of every capital of a long text keyed by the ``_KEY`` characters there, and the set of
    its hyphenated alphanumeric tokens, each built on first use. Get it through :func:`occurrences`."""

    __slots__ = ("_capitals", "_tokens", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._capitals: dict[str, list[int]] | None = None
        self._tokens: set[str] | None = None

    def starts(self, sub: str) -> list[int]:
        """Starts of ``sub`` in the text, left to right, not overlapping: what ``i = text.find(sub)`` ...
        ``i = text.find(sub, i + len(sub))`` visits."""
        text = self.text
        if len(sub) < _KEY or sub[0] not in _CAPITALS:
            return _find_starts(text, sub)
        capitals = self._capitals
        if capitals is None:
            capitals = self._capitals = {}
            for m in _CAPITAL.finditer(text):
                p = m.start()
                at = text[p : p + _KEY]
                found = capitals.get(at)
                if found is None:
                    capitals[at] = [p]
                else:
                    found.append(p)
        out: list[int] = []
        nxt = 0
        n = len(sub)
        for p in capitals.get(sub[:_KEY], ()):
            if p >= nxt and text.startswith(sub, p):
                out.append(p)
                nxt = p + n
        return out

    def has_token(self, word: str) -> bool:
        """Is ``word`` (alphanumerics and hyphens only) a whole token of the text: after neither an
        alphanumeric nor a hyphen, and before neither?"""
        if self._tokens is None:
            text = self.text
            if text.isascii():
                self._tokens = set(text.encode("ascii").translate(_TOKEN_BYTES).decode("ascii").split())
            else:
                self._tokens = set(_TOKEN.findall(text))
        return word in self._tokens


def _find_starts(text: str, sub: str) -> list[int]:
    """The ``find`` loop of :meth:`Occurrences.starts`."""
    out: list[int] = []
    i = text.find(sub)
    n = max(len(sub), 1)
    while i >= 0:
        out.append(i)
        i = text.find(sub, i + n)
    return out


_last_index: list[Occurrences] = []  # one entry, apart from the view's: other texts asked in between keep it


def occurrences(text: str) -> Occurrences | None:
    """The :class:`Occurrences` of a long text (memoised on its identity), ``None`` for a short one (then
    a ``find`` loop is the cheaper way)."""
    if len(text) < INDEX_FROM:
        return None
    if _last_index and _last_index[0].text is text:
        return _last_index[0]
    made = Occurrences(text)
    _last_index[:] = [made]
    return made


def starts(text: str, sub: str) -> list[int]:
    """Starts of ``sub`` in ``text``, left to right, not overlapping (as a ``str.find`` loop gives them),
    through the text's index when it is long."""
    index = occurrences(text)
    return _find_starts(text, sub) if index is None else index.starts(sub)


def has_word(text: str, word: str) -> bool | None:
    """Does ``word`` stand in ``text`` as a whole token (neither an alphanumeric nor a hyphen on either
    side)? ``None`` when the index cannot tell (a short text, or a word with other characters): then the
    caller's own loop decides."""
    if not word or not all(c.isalnum() or c == "-" for c in word):
        return None
    index = occurrences(text)
    return None if index is None else index.has_token(word)


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_NOT_ASCII = bytes(range(128, 256))  # the bytes of UTF-8's multi-byte characters


def shouted(line: str) -> bool:
    """Is ``line`` written in capitals: twelve cased characters or more, and upper case over 1.5 times lower
    case (``str.isupper``/``islower`` of each character)? The ASCII letters are counted by ``bytes.translate``
    in C (a call per character was ~15 µs on a paragraph, issue 17); another character may be cased either
    way, so a line whose capitals cannot outweigh its ASCII lower case even with every such character counted
    upper is answered at once, and only another counts each character."""
    raw = line.encode()
    upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
    lower = len(raw) - len(raw.translate(None, _ASCII_LOWER))
    if not line.isascii():
        others = len(line) - len(raw.translate(None, _NOT_ASCII))  # the characters outside ASCII
        if upper + others <= 1.5 * lower:
            return False
        upper, lower = sum(map(str.isupper, line)), sum(map(str.islower, line))
    return upper + lower >= 12 and upper > 1.5 * lower


def follows(text: str, seps: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Does ``pattern`` match right after some occurrence of one of ``seps``? A gate for a regex that can
    only match through such a join (one ``find`` loop per separator in C, then an anchored ``match``): a
    whole-text ``finditer`` tries its pattern at every capital of the story, ~30 µs on 2 KB."""
    for sep in seps:
        n = len(sep)
        i = text.find(sep)
        while i >= 0:
            if pattern.match(text, i + n):
                return True
            i = text.find(sep, i + 1)
    return False


# -- Substring gates answered from one pass (issue 17) ----------------------------------------------------------
# Many rules open with a cheap test, "does any of these strings occur in the story?" (``any(w in text for w in
# WORDS)``), before a regex that would read the whole story. An English story asked ~70 such ``in`` tests over
# ten gates, each a scan of the text (~2 µs a KB here); one Aho-Corasick pass over the text finds which of all the
# gates' strings occur (~35 µs a KB), and each gate is then a set test. A story that asks few (most non-English ones
# ask under ten) never pays the pass: the first ``_CUE_BUDGET`` strings asked of a text are tested directly.

_CUE_BUDGET = 12  # strings tested one by one before a text's one pass pays (a pass costs ~15 ``in`` tests)


class _Asked:
    """What one text has asked of the gates: how many strings, and (once the pass ran) which occur in it."""

    __slots__ = ("asked", "found", "text")

    def __init__(self, text: str) -> None:
        self.text = text  # held: its identity stays its own while the entry lives
        self.asked = 0  # strings tested directly so far
        self.found: frozenset[str] | None = None


class _CueScan:
    """The strings of every :class:`Gate`, in one automaton, and what the last text asked holds of them (one
    entry, replaced whole: a caller only ever reads the entry of its own text, as :func:`view`'s memo)."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.automaton: ahocorasick.Automaton | None = None
        self.last: _Asked | None = None

    def add(self, words: Iterable[str]) -> None:
        self.words.update(words)
        self.automaton = None
        self.last = None

    def occurring(self, text: str, words: tuple[str, ...]) -> frozenset[str] | None:
        """Which of ``words`` (all registered) occur in ``text``, from the one pass; None while the text has
        asked fewer than ``_CUE_BUDGET`` strings (then the caller tests them: that is cheaper)."""
        state = self.last
        if state is None or state.text is not text:
            state = self.last = _Asked(text)
        if state.found is None:
            state.asked += len(words)
            if state.asked <= _CUE_BUDGET:
                return None
            automaton = self.automaton
            if automaton is None:
                automaton = ahocorasick.Automaton()
                for word in self.words:
                    automaton.add_word(word, word)
                automaton.make_automaton()
                self.automaton = automaton
            state.found = frozenset([word for _, word in automaton.iter(text)])
        return state.found


_CUES = _CueScan()


class Gate:
    """``any(word in text for word in words)`` (and which words occur), answered from the one pass that all
    gates share once a text has asked enough of them: the same answers, the text read once."""

    __slots__ = ("set", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(dict.fromkeys(words))  # in the caller's order: ``present`` keeps it
        self.set = frozenset(self.words)
        if not all(self.words):
            raise ValueError("a gate's strings must not be empty")  # "" is in every text: no automaton key
        _CUES.add(self.words)

    def __call__(self, text: str) -> bool:
        """Does any of the words occur in ``text`` (as a substring)?"""
        found = _CUES.occurring(text, self.words)
        if found is None:
            return any(word in text for word in self.words)
        return not found.isdisjoint(self.set)

    def present(self, text: str) -> list[str]:
        """The words that occur in ``text``, in the gate's order."""
        found = _CUES.occurring(text, self.words)
        if found is None:
            return [word for word in self.words if word in text]
        return [word for word in self.words if word in found]
