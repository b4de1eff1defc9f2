"""IPTC 7901 (and dpa's flavour of it): SOH header line, slug line, STX, heading lines ending at
``=``, hard-wrapped body, ETX and a ``DDHHMM GMT Mon YY`` trailer.

Header line: ``<service><sequence> <priority> <category> <word count> [<keyword>] <source> <number>``,
e.g. ``eca062 4 i 211 ccccb   dpa 061``. Heading lines: status words (``EXTRA``, ``1ST LEAD``,
``REFILE``), the headline and a ``By …`` byline. The dpa notebook after the story is kept one line
per paragraph so the agency-copy stage can read it. No item id: ``uri`` stays None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from streams.core import reasons
from streams.core.copy.agencies import lookup
from streams.core.formats.service import service_message
from streams.core.model import ParsedItem, rejected_member
from streams.core.text import decode, split_paragraphs
from streams.errors import ParseError

_SNIFF = re.compile(rb"\x01\s*[A-Za-z]{1,4}\d{2,5} +\d +[A-Za-z]{1,3} +\d+")
_HEADER = re.compile(
    r"\x01\s*(?P<service>[A-Za-z]{1,4})(?P<seq>\d{2,5}) +(?P<priority>\d)"
    r" +(?P<category>[A-Za-z]{1,3}) +(?P<words>\d+)(?P<rest>[^\r\n]*)"
)
_NOTEBOOK = re.compile(r"^#+\s*(?:dpa\s+)?notebook\b", re.IGNORECASE | re.MULTILINE)
_STATUS = re.compile(r"\(.{1,30}\)|[A-Z0-9][A-Z0-9 .-]{1,30}")
_BYLINE = re.compile(r"By\s+(?P<by>.+)$")
_TRAILER = re.compile(
    r"(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})\s+(?:GMT\s+)?"
    r"(?P<month>[A-Za-zä]{3})\w*\s+(?P<year>\d{2})"
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        ("jan", "feb", "mar mär mrz", "apr", "may mai", "jun", "jul", "aug", "sep", "oct okt", "nov", "dec dez"), 1
    )
    for m in names.split()
}
MAX_HEADING_LINES = 8


class Iptc7901Parser:
    name = "iptc7901"

    def sniff(self, head: bytes) -> bool:
        return bool(_SNIFF.match(head))

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        text = decode(payload).replace("\r\n", "\n").replace("\r", "\n")
        header = _HEADER.match(text)
        stx = text.find("\x02")
        if header is None or stx < 0:
            raise ParseError(reasons.MALFORMED_SGML, "IPTC 7901 header line or STX not found")
        etx = text.find("\x03", stx)
        item = ParsedItem(format=self.name)
        self._header(item, header)
        slug = text[header.end() : stx].strip()
        if slug:
            item.slugline = slug.rstrip("/").strip()
            item.keywords = [k.strip() for k in slug.split("/") if k.strip()]
        body = self._heading(item, text[stx + 1 : etx if etx >= 0 else len(text)])
        notebook = _NOTEBOOK.search(body)
        story, notes = (body[: notebook.start()], body[notebook.start() :]) if notebook else (body, "")
        item.paragraphs = split_paragraphs(story, wrapped=True) + split_paragraphs(notes, wrapped=False)
        if etx >= 0:
            self._trailer(item, text[etx + 1 :])
        if not item.paragraphs and not item.headline:
            raise ParseError(reasons.NO_TEXT, "IPTC 7901 item without text")
        service = service_message([*item.keywords, item.headline or ""], item.paragraphs)
        if service:
            return [rejected_member(self.name, reasons.NOT_AN_ARTICLE, service)]
        return [item]

    def _header(self, item: ParsedItem, header: re.Match[str]) -> None:
        item.urgency = int(header.group("priority")) or None
        tokens = header.group("rest").split()
        source = next((t for t in reversed(tokens) if not t.isdigit()), None)
        item.extra.update(
            {
                "sequence": header.group("service") + header.group("seq"),
                "category": header.group("category"),
                "wordCount": int(header.group("words")),
                "source": source,
                "headerTokens": tokens,
            }
        )
        if source:
            agency = lookup(source) or lookup(source.split("-")[0])
            item.provider = agency.provider if agency else source.lower()

    def _heading(self, item: ParsedItem, text: str) -> str:
        """Read status/headline/byline lines up to the one ending in ``=``; return the rest."""
        lines = text.lstrip("\n").split("\n")
        ends = [i for i, line in enumerate(lines[:MAX_HEADING_LINES]) if line.rstrip().endswith("=")]
        end = ends[0] if ends else 0
        heading: list[str] = []
        for line in lines[: end + 1]:
            line = line.strip().rstrip("=").strip()
            byline = _BYLINE.match(line)
            if not line:
                continue
            if byline:
                item.by = byline.group("by").strip()
            elif _STATUS.fullmatch(line) and not heading:
                item.extra.setdefault("status", []).append(line)
                if "LEAD" in line.upper():
                    item.signals.append("update")
                elif "CORREC" in line.upper():
                    item.signals.append("correction")
            else:
                heading.append(line)
        if heading:
            item.headline = " ".join(heading)
        return "\n".join(lines[end + 1 :])

    def _trailer(self, item: ParsedItem, trailer: str) -> None:
        match = _TRAILER.search(trailer)
        month = _MONTHS.get(match.group("month").lower()) if match else None
        if not match or not month:
            return
        item.first_created = item.version_created = (
            f"20{match.group('year')}-{month:02d}-{match.group('day')}T{match.group('hour')}:{match.group('minute')}:00Z"
        )
        item.extra["trailer"] = match.group()


PARSER = Iptc7901Parser()
