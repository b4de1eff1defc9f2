"""Plain agency copy: UTF-8 (or 8-bit) text, paragraphs separated by blank lines.

Interim version: the first line before a dateline paragraph is kept as a paragraph; the agency-copy
stage (``streams.core.copy``) decides what is dateline, teaser or boilerplate.
"""

from __future__ import annotations

from collections.abc import Mapping

from streams.core import reasons
from streams.core.model import ParsedItem
from streams.core.text import decode, split_paragraphs
from streams.errors import ParseError


class PlainTextParser:
    name = "plaintext"

    def sniff(self, head: bytes) -> bool:
        return bool(head) and not head.startswith((b"<", b"{", b"["))

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        text = decode(payload)
        if "\x00" in text[:4096] and text.count("\x00") > len(text) // 10:
            raise ParseError(reasons.UNDECODABLE, "binary payload (NUL bytes)")
        paragraphs = split_paragraphs(text)
        if not paragraphs:
            raise ParseError(reasons.NO_TEXT, "no text")
        return [ParsedItem(format=self.name, paragraphs=paragraphs)]


PARSER = PlainTextParser()
