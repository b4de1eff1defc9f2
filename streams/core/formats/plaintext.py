"""Plain agency copy: any text (UTF-8, UTF-16 or 8-bit), paragraphs separated by blank lines or
one per line. The fallback parser: it accepts whatever no other parser claimed.

Wire framing left in text that no framed parser took (a dpa/7901-like SOH header line, STX/ETX,
the trailer after ETX) is dropped. Binary payloads are rejected as ``undecodable``. Nothing here
decides what is dateline, teaser or boilerplate: that is the agency-copy stage (``streams.core.copy``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from streams.core import reasons
from streams.core.model import ParsedItem
from streams.core.text import decode, looks_binary, split_paragraphs
from streams.errors import ParseError

SOH, STX, ETX = "\x01", "\x02", "\x03"


def _unframe(text: str) -> str:
    """Drop wire framing: a SOH header line, everything up to STX, everything after ETX."""
    if text.lstrip("\x16").startswith(SOH):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    stx = text.find(STX)
    if 0 <= stx < 2048:
        text = text[stx + 1 :]
    etx = text.rfind(ETX)
    if etx >= 0:
        text = text[:etx]
    return text


_MARKUP_OPENING = re.compile(rb"<(?:[?!]|[A-Za-z_][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>)")


class PlainTextParser:
    name = "plaintext"

    def sniff(self, head: bytes) -> bool:
        """Any text that does not open like markup or JSON. A wire headline may start with an angle
        bracket (Reuters ``<AUSTIN ROVER GROUP> REPORTS ...`` names a company), so only a real tag
        opening (``<?``, ``<!``, ``<name>`` or ``<name attr="...">``) counts as markup."""
        if not head or head.startswith((b"{", b"[")):
            return False
        return not head.startswith(b"<") or not _MARKUP_OPENING.match(head)

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        text = decode(payload)
        if looks_binary(text):
            raise ParseError(reasons.UNDECODABLE, "binary payload (NUL or control bytes)")
        paragraphs = split_paragraphs(_unframe(text))
        if not paragraphs:
            raise ParseError(reasons.NO_TEXT, "no text")
        return [ParsedItem(format=self.name, paragraphs=paragraphs)]


PARSER = PlainTextParser()
