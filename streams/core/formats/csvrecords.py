"""CSV exports of scraped news items (e.g. the ANTARA RSS scraper's ``berita_antara_*.csv``:
``Kategori,Judul,Tanggal Terbit,Penulis,Ringkasan,Link,URL Gambar``, UTF-8 with BOM).

One :class:`ParsedItem` per data row, in order, mapped by :mod:`streams.core.formats.records` (the same
mapping as the JSON records). Sniffing is deliberately narrow so plain agency copy is never taken: the
first line must be a header of at most 40 short column names, at least two of them known record
columns and one of them a text column (title, body or summary).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from streams.core import reasons
from streams.core.formats.records import KNOWN_COLUMNS, TEXT_COLUMNS, map_record
from streams.core.model import ParsedItem
from streams.core.text import decode
from streams.errors import ParseError

DELIMITERS = (",", ";", "\t")
MAX_COLUMNS = 40


def header_columns(line: str) -> tuple[str, list[str]] | None:
    """(delimiter, lower-cased column names) if ``line`` is a records header, else ``None``."""
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        try:
            names = next(csv.reader([line], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        columns = [n.strip().lower() for n in names]
        if not 2 <= len(columns) <= MAX_COLUMNS or any(len(c) > 40 for c in columns):
            continue
        known = set(columns) & KNOWN_COLUMNS
        if len(known) >= 2 and known & TEXT_COLUMNS:
            return delimiter, columns
    return None


class CsvRecordsParser:
    name = "csvrecords"

    def sniff(self, head: bytes) -> bool:
        first_line = head.split(b"\n", 1)[0].rstrip(b"\r")
        if not first_line or first_line.startswith((b"<", b"{", b"[")):
            return False
        return header_columns(first_line.decode("utf-8", "replace")) is not None

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        text = decode(payload)
        header = header_columns(text.split("\n", 1)[0].rstrip("\r"))
        if header is None:
            raise ParseError(reasons.UNKNOWN_FORMAT, "CSV without a recognisable news-record header")
        delimiter, _ = header
        try:
            rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error as exc:  # e.g. a field over the csv module's size limit
            raise ParseError(reasons.UNKNOWN_FORMAT, f"unreadable CSV: {exc}") from None
        items = []
        for row in rows:
            fields = {k: v for k, v in row.items() if isinstance(k, str)}  # extra cells have key None
            if any((v or "").strip() for v in fields.values() if isinstance(v, str)):
                items.append(map_record(fields, self.name))
        return items


PARSER = CsvRecordsParser()
