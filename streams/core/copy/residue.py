"""Residue that is not content and carries no field: ad scripts, site notices, end marks
(``(END)``, ``###``, ``MORE``), separators, and sign-offs at the end of the story (``-- BERNAMA``,
``Reuter``, the dpa initials trailer ``dpa xx yy``, AP end marks)."""

from __future__ import annotations

import re

_INLINE = re.compile(
    r"\(\s*adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\[\]\s*\)\.push\(\s*\{\s*\}\s*\);?")
_PARAGRAPH = re.compile(
    r"(?i:advertisement|iklan|scroll to continue with content|end ?item|-30-|x{3,})"
    r"|\(END\)|\(end\)|END|ENDS|\(MORE\)|MORE|#{2,}|[_=~-]{3,}|(?:\*\s*){3,}|\.{3,}"
    r"|\(?(?:AP|AFP|dpa|Reuters?|REUTERS?)\)?\.?"
)
MAX_MARK_CHARS = 40
_NOTICE_STARTS = ("Dilarang", "DILARANG", "The following", "THE FOLLOWING")
_NOTICE = re.compile(r"^(?:Dilarang keras mengambil konten|Dilarang mengambil konten"
                     r"|The following information is not (?:intended )?for publication)", re.IGNORECASE)
# sign-offs that end the last paragraph (taken only alone or after the end of a sentence)
_SIGNOFF = re.compile(
    r"(?:(?<=\s)|(?<=[.!?\"”’')\]])|^)(?P<mark>--?\s*BERNAMA|\(END\)|END|ENDS|Enditem|REUTERS?|Reuters?)\s*$")
# a sign-off is a short mark at the very end: search only the tail (the lookbehinds still see before it)
_SIGNOFF_TAIL = 80
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")", "]")
_DPA_TRAILER = re.compile(r"dpa(?:\s+[a-z]{2,4}){1,8}")


def drop_residue(paragraphs: list[str]) -> list[str]:
    """Remove ad scripts, notice paragraphs and end-mark/separator paragraphs wherever they stand."""
    out = []
    for paragraph in paragraphs:
        if "adsbygoogle" in paragraph:
            paragraph = _INLINE.sub("", paragraph).strip()
        if not paragraph or (len(paragraph) <= MAX_MARK_CHARS and _PARAGRAPH.fullmatch(paragraph)) \
                or (paragraph.startswith(_NOTICE_STARTS) and _NOTICE.match(paragraph)):
            continue
        out.append(paragraph)
    return out


def _strip_signoff(paragraph: str) -> str:
    """The paragraph without a trailing sign-off ("... 27. Reuter" → "... 27.")."""
    match = _SIGNOFF.search(paragraph, max(0, len(paragraph) - _SIGNOFF_TAIL))
    if not match:
        return paragraph
    head = paragraph[: match.start()].rstrip()
    if not head or head.endswith(_SENTENCE_END) or match.group("mark")[0] in "-(":
        return head
    return paragraph


def strip_signoffs(paragraphs: list[str]) -> list[str]:
    """Remove sign-offs and trailers at the end of the story (repeatedly: "dpa xx" after "Reuter")."""
    while paragraphs:
        last = paragraphs[-1]
        if len(last) <= MAX_MARK_CHARS and (_DPA_TRAILER.fullmatch(last) or _PARAGRAPH.fullmatch(last)):
            paragraphs.pop()
            continue
        stripped = _strip_signoff(last)
        if stripped == last:
            break
        if stripped:
            paragraphs[-1] = stripped
        else:
            paragraphs.pop()
    return paragraphs
