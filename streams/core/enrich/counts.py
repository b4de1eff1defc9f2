"""Size of the text: ``bodies[].charCount`` / ``wordCount`` (ninjs 3.0) and ``ext.readingTimeSeconds``.

Why here: editors and routing rules filter on length, and every consumer would otherwise recount.
Words are whitespace-separated tokens; reading time assumes WORDS_PER_MINUTE over all bodies.
"""

from __future__ import annotations

import math

from streams.core.model import Article

WORDS_PER_MINUTE = 200

# ``len(value.split())`` without building the words (measured 4 µs instead of 9 for a 900-character
# body): each character of a Latin-1 text becomes b" " (whitespace as str.split sees it, i.e.
# str.isspace: 9-13, 28-32, 0x85, 0xA0) or b"x", and a word starts at every b"x" after a b" ".
_SHAPE = bytes(32 if chr(c).isspace() else 120 for c in range(256))


# the whitespace above Latin-1 (str.isspace); a wider text without any of them has its other wide characters
# (curly quotes, dashes) encoded as "?": a word's letter either way. Why: ``split`` built every word of a 1 MB
# story (~12 ms of its core, issue 17)
# (listed, not computed at import: a walk of every code point costs ~0.1 s; tests/unit/test_big18.py checks it)
_WIDE_SPACES = ("\u1680", *(chr(c) for c in range(0x2000, 0x200B)), "\u2028", "\u2029", "\u202f", "\u205f", "\u3000")


def word_count(value: str) -> int:
    """``len(value.split())``."""
    try:
        shape = value.encode("latin-1").translate(_SHAPE)
    except UnicodeEncodeError:  # wider text (curly quotes, dashes)
        if any(space in value for space in _WIDE_SPACES):
            return len(value.split())
        shape = value.encode("latin-1", "replace").translate(_SHAPE)
    return shape.count(b" x") + shape.startswith(b"x")


def enrich(article: Article) -> None:
    """Count every body and set the reading time (0 words -> no reading time)."""
    words = 0
    for body in article.get("bodies", ()):
        value = body.get("value", "")
        body["charCount"] = len(value)
        body["wordCount"] = word_count(value)
        words += body["wordCount"]
    if words:
        article.setdefault("ext", {})["readingTimeSeconds"] = math.ceil(words * 60 / WORDS_PER_MINUTE)
