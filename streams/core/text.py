"""Text normalisation: bytes → str, and cleaning of the strings that end up in an article.

Typography (curly quotes, dashes) is kept in published text; only the content hash folds it.
"""

from __future__ import annotations

import re
import unicodedata

from streams.core import reasons
from streams.errors import ParseError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def decode(payload: bytes) -> str:
    """Decode wire bytes: BOM-aware UTF-8/UTF-16, else cp1252, else Latin-1 (never fails on 8-bit)."""
    if payload.startswith(b"\xef\xbb\xbf"):
        payload = payload[3:]
    elif payload.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return payload.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(reasons.UNDECODABLE, f"bad UTF-16: {exc}") from None
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return payload.decode("cp1252")
    except UnicodeDecodeError:
        return payload.decode("latin-1")


def clean_inline(text: str | None) -> str:
    """One-line field (headline, name ...): NFC, no control chars, single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " ")))
    return _SPACES.sub(" ", text).strip()


def clean_paragraph(text: str) -> str:
    """A body paragraph: like :func:`clean_inline` (paragraph breaks are handled by the caller)."""
    return clean_inline(text)


def split_paragraphs(text: str) -> list[str]:
    """Split running text into paragraphs on blank lines (CRLF/CR tolerated), cleaned, empties dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK_LINES.split(text)
    out = []
    for part in parts:
        cleaned = clean_paragraph(part)
        if cleaned:
            out.append(cleaned)
    return out
