"""ANPA-1312 (AP and other US wires): SYN SYN SOH header, STX … ETX text, trailer timestamp.

Header line 1: service letter + 4-digit sequence, US, selector. Line 2: priority letter, category
letter, format identifier (0x12 = tabular), keyword/slug, optional take key, MM-DD date, word count.
In the text, ``^`` lines are header fields (keyword line, headline, ``Eds:``/``EDITOR'S NOTE``
notes, ``By`` byline), tab-indented lines are paragraphs, BS (0x08) lines are table rows, and the
line after ETX carries ``AP-WF-MM-DD-YY HHMMGMT``. The format has no item id: ``uri`` stays None so
the pipeline derives it from the content hash.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from streams.core import reasons
from streams.core.formats.service import service_message
from streams.core.model import ParsedItem, rejected_member
from streams.core.text import decode
from streams.errors import ParseError

_SNIFF = re.compile(rb"\x16*\x01[A-Za-z]\d{4}\x1f")
_HEADER = re.compile(
    r"\x16*\x01(?P<service>[A-Za-z])(?P<seq>\d{4})\x1f(?P<selector>[^\r\n]*)\r?\n"
    r"(?P<priority>[A-Za-z0-9]) (?P<category>[A-Za-z])[\x13\x14](?P<fmt>[\x11\x12]) ?"
    r"(?P<keyword>[^\r\n]*?)\s+(?P<month>\d{1,2})-(?P<day>\d{1,2})(?: (?P<words>\d{1,5}))?[ \r]*\n"
)
_KEYWORD = re.compile(r"(?P<slug>\S+)(?:\s+(?P<take>\S.*?))?\s*$")
_TRAILER = re.compile(r"(?P<source>[A-Za-z]+)-(?P<desk>[A-Za-z]+)-(?P<date>\d{2}-\d{2}-\d{2} \d{4})\s*GMT")
_EDNOTE = re.compile(r"(?:\(?Eds?:|EDITOR'S NOTE\s*[_:-])\s*(?P<note>.+?)\)?$")
_BYLINE = re.compile(r"By\s+(?P<by>.+)$", re.IGNORECASE)
_PHOTO = re.compile(r"AP (?:Photos?|Video|Graphics?)\b")
_UPDATE = re.compile(r"\d+(?:st|nd|rd|th)\s*Ld|Writethru|Update", re.IGNORECASE)
_CORRECTION = re.compile(r"Correct", re.IGNORECASE)
_BYLINE_TITLE = re.compile(r"(?:Associated Press|.{0,30}(?:Writer|Correspondent|Editor|Press))$")
_LINE_END = "<=>\r \t\x10"
# ANPA priority letters → ninjs urgency (1 = most urgent)
URGENCY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 6, "a": 6, "z": 7, "s": 5}
LONG_HEADER_LINE = 80  # a ^ line this long after the headline is a summary, not a heading


def _field(line: str) -> str:
    return _FRACTION.sub("\u00bd", line.strip("^" + _LINE_END).strip())


# AP agate codes a half as "{" ("3{" games behind = 3½; "{" alone in a cell = ½): glued to a digit or alone
_FRACTION = re.compile(r"(?<=\d)\{|(?<![^\s;])\{(?![^\s;])")
_CELL_BREAKS = str.maketrans({"\x08": "", "\x1f": " ", "\x1e": " ", "\x10": " "})


def _table_row(raw: str) -> str:
    """A BS (0x08) table row as one readable line: the transmission codes between cells become spaces, AP's
    ";"-delimited cells (``Toronto;19;21;.475;6;3{;4-6``) are split on the delimiter, and a leader "_" alone
    in a cell (no games behind) is the dash a printed table shows."""
    row = _field(raw.translate(_CELL_BREAKS))
    cells = [c.strip() for c in row.split(";")] if row.count(";") >= 2 else row.split()
    return " ".join("\u2014" if cell == "_" else cell for cell in cells if cell)


class AnpaParser:
    name = "anpa"

    def sniff(self, head: bytes) -> bool:
        return bool(_SNIFF.match(head))

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        text = decode(payload)
        header = _HEADER.match(text)
        stx = text.find("\x02")
        if header is None or stx < 0:
            raise ParseError(reasons.MALFORMED_SGML, "ANPA-1312 header lines or STX not found")
        etx = text.find("\x03", stx)
        body = text[stx + 1 : etx if etx >= 0 else len(text)]
        item = ParsedItem(format=self.name)
        self._header(item, header)
        self._text(item, body.replace("\r\n", "\n").split("\n"))
        if etx >= 0:
            self._trailer(item, text[etx + 1 :])
        if not item.paragraphs and not item.headline:
            raise ParseError(reasons.NO_TEXT, "ANPA item without text")
        service = service_message([item.slugline or "", item.headline or ""], item.paragraphs)
        if service:
            return [rejected_member(self.name, reasons.NOT_AN_ARTICLE, service)]
        return [item]

    def _header(self, item: ParsedItem, header: re.Match[str]) -> None:
        priority = header.group("priority").lower()
        item.urgency = URGENCY.get(priority)
        keyword = _KEYWORD.match(header.group("keyword").strip())
        extra = item.extra
        extra.update(
            {
                "anpaSequence": header.group("service") + header.group("seq"),
                "anpaSelector": header.group("selector").strip() or None,
                "anpaPriority": priority,
                "anpaCategory": header.group("category").lower(),
                "tabular": header.group("fmt") == "\x12",
            }
        )
        if header.group("words"):
            extra["wordCount"] = int(header.group("words"))
        if keyword:
            item.slugline = keyword.group("slug")
            if keyword.group("take"):
                extra["takeKey"] = keyword.group("take")
                if _CORRECTION.search(keyword.group("take")):
                    item.signals.append("correction")
                elif _UPDATE.search(keyword.group("take")):
                    item.signals.append("update")

    def _text(self, item: ParsedItem, lines: list[str]) -> None:
        """Header ``^`` lines until the first paragraph, then paragraphs/table rows/subheads."""
        paragraphs: list[str] = []
        current: list[str] = []
        in_header = True
        keyword_seen = False
        notes: list[str] = []

        def flush() -> None:
            if current:
                paragraphs.append(" ".join(current))
                current.clear()

        for raw in lines:
            if raw.startswith("\t"):
                in_header = False
                flush()
                content = raw.strip(_LINE_END)
                if content:
                    current.append(content)
            elif raw.startswith("\x08"):
                in_header = False
                flush()
                row = _table_row(raw)
                if row:
                    paragraphs.append(row)
            elif raw.startswith("^"):
                flush()
                for part in (p for p in raw.split("^") if p.strip(_LINE_END)):
                    value = _field(part)
                    if in_header and value.startswith("*"):  # "^*9006<": selector echo
                        item.extra["anpaEcho"] = value
                    elif in_header and not keyword_seen:
                        item.extra["keywordLine"] = value
                        keyword_seen = True
                    elif in_header and self._header_line(item, value, notes):
                        pass
                    elif value and value != "END":
                        paragraphs.append(value)
            elif raw.strip(_LINE_END):
                current.append(raw.strip(_LINE_END))  # continuation of a paragraph
            else:
                flush()
        flush()
        if notes:
            item.ed_note = " ".join(notes)
        item.paragraphs = paragraphs

    def _header_line(self, item: ParsedItem, value: str, notes: list[str]) -> bool:
        """Interpret one ``^`` header field after the keyword line; True when consumed."""
        if _PHOTO.match(value):
            item.extra.setdefault("mediaRefs", []).append(value)
            return True
        note = _EDNOTE.match(value)
        if note:
            notes.append(note.group("note").strip())
            return True
        byline = _BYLINE.match(value)
        if byline and not item.by:
            item.by = byline.group("by").strip()
            return True
        if item.by:
            if _BYLINE_TITLE.fullmatch(value) and "bylineTitle" not in item.extra:
                item.extra["bylineTitle"] = value
                return True
            return False  # after the byline, ^ lines are subheads of the body
        if not item.headline:
            item.headline = value
            return True
        if not item.description and len(value) >= LONG_HEADER_LINE:
            item.description = value
            return True
        return False

    def _trailer(self, item: ParsedItem, trailer: str) -> None:
        match = _TRAILER.search(trailer)
        if not match:
            return
        try:
            created = datetime.strptime(match.group("date"), "%m-%d-%y %H%M")
        except ValueError:  # a damaged trailer date (month 13, Feb 30): keep the item, not the date
            created = None
        if created is not None:
            item.first_created = item.version_created = created.strftime("%Y-%m-%dT%H:%M:%SZ")
        item.provider = item.provider or match.group("source").lower()
        item.extra["trailer"] = match.group()


PARSER = AnpaParser()
