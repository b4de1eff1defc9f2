"""The explicit, ordered parser registry.

Order is sniffing priority: the first parser whose ``sniff`` says yes parses the item. An explicit
``format`` header (a parser name) wins over sniffing. Plain agency copy comes last: it accepts any
text, so it is the fallback.
"""

from __future__ import annotations

from collections.abc import Mapping

from streams.core import reasons
from streams.core.formats import (
    anpa,
    csvrecords,
    feeds,
    iptc7901,
    jsonrecords,
    newsml12,
    newsmlg2,
    ninjs,
    nitf,
    plaintext,
    reuters_sgml,
    ritzau,
)
from streams.core.formats.base import Parser, sniff_head
from streams.errors import ParseError

#: Every parser, in sniffing order: built from the imported objects, so a typo fails at import and
#: mypy sees each one. Keep the order when adding a parser (its module exposes ``PARSER``):
#:   ninjs         ninjs 1.x / 2.x / 3.x JSON objects
#:   jsonrecords   JSON arrays / objects of scraped items (ANTARA scrapes, AP Media API ...)
#:   newsmlg2      NewsML-G2 newsItem / newsMessage
#:   nitf          NITF 3.x
#:   newsml12      NewsML 1.2
#:   ritzau        Ritzau XML (RBNews, ListOfRBNews web-service replies)
#:   feeds         RSS 2.0 and Atom
#:   reuters_sgml  Reuters-21578 SGML records
#:   anpa          ANPA-1312
#:   iptc7901      IPTC 7901
#:   csvrecords    CSV exports of scraped items
#:   plaintext     plain agency copy (fallback: accepts any text)
PARSERS: tuple[Parser, ...] = (
    ninjs.PARSER,
    jsonrecords.PARSER,
    newsmlg2.PARSER,
    nitf.PARSER,
    newsml12.PARSER,
    ritzau.PARSER,
    feeds.PARSER,
    reuters_sgml.PARSER,
    anpa.PARSER,
    iptc7901.PARSER,
    csvrecords.PARSER,
    plaintext.PARSER,
)


def parsers() -> tuple[Parser, ...]:
    """Every registered parser, in sniffing order."""
    return PARSERS


def by_name(name: str) -> Parser | None:
    for parser in parsers():
        if parser.name == name:
            return parser
    return None


def select(payload: bytes, headers: Mapping[str, str]) -> Parser:
    """The parser for ``payload``: the ``format`` header if it names one, else the first that sniffs yes."""
    hint = (headers.get("format") or "").strip().lower()
    if hint:
        chosen = by_name(hint)
        if chosen is not None:
            return chosen
    head = sniff_head(payload)
    for parser in parsers():
        if parser.sniff(head):
            return parser
    raise ParseError(reasons.UNKNOWN_FORMAT, "no parser recognised the payload")
