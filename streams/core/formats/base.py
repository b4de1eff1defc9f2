"""The one small interface every format parser implements.

A parser is stateless: ``sniff`` looks at the first bytes and says "mine" or not; ``parse``
turns the whole payload into one or more :class:`~streams.core.model.ParsedItem` (containers such
as an RSS feed, a NewsML-G2 newsMessage or a Reuters SGML file give several). ``parse`` raises
only :class:`streams.errors.ParseError` (with a reason code from ``streams.core.reasons``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from streams.core.model import ParsedItem


class Parser(Protocol):
    """A wire-format parser. ``name`` is what the ``format`` header selects."""

    name: str

    def sniff(self, head: bytes) -> bool:
        """True if ``head`` (the payload's first 4 KiB, BOM and leading whitespace stripped) is this format."""
        ...

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        """Parse the whole payload. Raise only ``ParseError``."""
        ...


def sniff_head(payload: bytes, size: int = 4096) -> bytes:
    """The bytes parsers sniff on: BOM and leading whitespace/NULs removed."""
    head = payload[: size + 16]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    return head.lstrip(b" \t\r\n\x00")[:size]
