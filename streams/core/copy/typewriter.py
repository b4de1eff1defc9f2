"""ANPA typewriter marks in copy: AP's ANPA-1312 text (and copy passed on from it) writes quotation
marks as two grave accents and two apostrophes (````I gave it a couple days …,'' Wade said``) and a
dash as an underscore between spaces (``had 19 _ season highs for each player _ and``). A reader's
text has the marks the agency means: “…” and a spaced em dash.

Only an item whose text opens a quote with ```` `` has its ``''`` read as a closing mark (a lone ``''``
elsewhere may be an inch mark); the underscore dash needs text on both sides.
"""

from __future__ import annotations

import re

from streams.core.model import ParsedItem

_UNDERSCORE_DASH = re.compile(r"(?<=\S) _ (?=\S)")
_OPEN_SINGLE = re.compile(r"(?<![\w`])`(?=\w)")  # a nested quote: ``He said, `No.' ''


_CLOSE_SINGLE = re.compile(r"‘([^‘’“”]*?[^\s])'(?![A-Za-z])")  # ‘This is who I am,' → ‘This is who I am,’


def _anpa_quotes(text: str) -> str:
    text = text.replace("``", "“").replace("''", "”")
    if "`" in text:  # the pattern tries every position (~20 µs a paragraph): most have no single mark left
        text = _OPEN_SINGLE.sub("‘", text)
    return _CLOSE_SINGLE.sub(r"‘\1’", text) if "‘" in text else text


# a straight quote mark between a sentence's or clause's end and a capitalised word, with no space on
# either side: 'a Band-Aid."In 2021', 'but said,"From an investment point'
_GLUED_QUOTE = re.compile(r'(?<=[.!?,])"(?=[A-Z][a-z])')


def _quote_spacing(text: str) -> str:
    """A straight quote mark glued to both neighbours gets the space its role calls for: after it when it
    closes a quotation (one is open before it: "…eating a Band-Aid." In 2021", opened by “ or "), before
    it when it opens one ('said, "From an investment point'). The source lost the space, not the mark."""
    out: list[str] = []
    last = 0
    for m in _GLUED_QUOTE.finditer(text):
        before = text[: m.start()]
        straight = before.count('"')
        open_quote = straight % 2 == 1 or (straight == 0 and before.count("“") > before.count("”"))
        out.append(text[last : m.start()])
        out.append('" ' if open_quote else ' "')
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _glued(text: str) -> bool:
    """Could :data:`_GLUED_QUOTE` match? Its mark follows one of four characters: four substring tests are
    cheaper than the pattern's scan, which starts with a look-behind and so tries every position."""
    return '"' in text and ('."' in text or ',"' in text or '?"' in text or '!"' in text)


def typographic(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """``paragraphs`` (and the item's headline and description) with ANPA's marks made typographic, and a
    glued straight quote mark spaced (see :func:`_quote_spacing`)."""
    paragraphs = [_quote_spacing(p) if _glued(p) else p for p in paragraphs]
    texts = [item.headline or "", item.description or "", *paragraphs]
    quotes = any("``" in text for text in texts)
    if not quotes and not any(" _ " in text for text in texts):
        return paragraphs

    def fix(text: str) -> str:
        if quotes:
            text = _anpa_quotes(text)
        return _UNDERSCORE_DASH.sub(" — ", text) if " _ " in text else text

    if item.headline:
        item.headline = fix(item.headline)
    if item.description:
        item.description = fix(item.description)
    return [fix(paragraph) for paragraph in paragraphs]
