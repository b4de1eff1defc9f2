"""Text normalisation: bytes → str, and cleaning of the strings that end up in an article.

Typography (curly quotes, dashes) is kept in published text; only the content hash folds it.
Mojibake (UTF-8 read as cp1252/Latin-1, e.g. ``â€œ`` or ``Ã©``) is repaired only where a
sequence of such characters round-trips back to valid UTF-8, so correct text is never touched.
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import re
import unicodedata
from urllib.parse import SplitResult, urlsplit

from streams.core import reasons
from streams.errors import ParseError

# every character that becomes a plain space: C0/C1 controls, line/paragraph separators, exotic spaces
_TO_SPACE = re.compile(r"[\x00-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_MULTI_SPACE = re.compile(r" {2,}")
# an absolute URI as ninjs hrefs and uris need it: a scheme, a colon, no whitespace
ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_OTHER_BREAKS = ("\u2028", "\u2029", "\x85", "\x0b", "\x0c")  # what _LINE_BREAKS turns into "\n" besides "\r"
_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
_INDENT = re.compile(r"^(?:\t| {2,})")


def _cp1252_byte_map() -> dict[str, int]:
    """Characters a UTF-8 continuation byte (0x80–0xBF) turns into when read as cp1252 or Latin-1."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0xC0):
        table[chr(byte)] = byte  # Latin-1 reading (C1 controls, NBSP, ¡ ... ¿)
        with contextlib.suppress(UnicodeDecodeError):
            table[bytes([byte]).decode("cp1252")] = byte  # cp1252 reading (€ ‚ ƒ „ … “ ” ™ ...)
    return table


_CONT_BYTE = _cp1252_byte_map()
_CONT = "[" + re.escape("".join(sorted(_CONT_BYTE))) + "]"
# a run of UTF-8 sequences (lead byte read as Â..ô, then continuation bytes) decoded as cp1252
_MOJIBAKE = re.compile(rf"(?:[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}})+")


# every match of _MOJIBAKE starts with a lead character and a continuation character: a pattern with
# a plain character-set prefix finds that pair ~7x faster than _MOJIBAKE.sub scans clean text (é, ü)
_MOJIBAKE_GATE = re.compile(rf"[\u00c2-\u00f4]{_CONT}")


# the same test in bytes, as a pre-filter: encoded as Latin-1 (anything wider becomes "?"), a lead character
# becomes "L", a continuation character or "?" (which may stand for a cp1252 one, "’" "“" "€" ...) "C":
# without "LC" there is no mojibake pair. Three C passes instead of the character-class pattern (~1.7 µs a
# paragraph); a "?" after an accented letter only sends the text on to the pattern.
_GATE_BYTES = bytes(
    ord("L") if 0xC2 <= c <= 0xF4 else ord("C") if 0x80 <= c <= 0xBF or c == ord("?") else ord(".") for c in range(256)
)


def _unmangle(match: re.Match[str]) -> str:
    run = match.group()
    raw = bytes(_CONT_BYTE.get(ch, ord(ch)) for ch in run)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return run


def repair_mojibake(text: str) -> str:
    """Undo UTF-8→cp1252 double decoding where it round-trips (twice at most, for double mojibake)."""
    if text.isascii() or b"LC" not in text.encode("latin-1", "replace").translate(_GATE_BYTES):
        return text
    if not _MOJIBAKE_GATE.search(text):
        return text
    for _ in range(2):
        fixed = _MOJIBAKE.sub(_unmangle, text)
        if fixed == text:
            break
        text = fixed
    return text


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode error handler: a byte cp1252 leaves undefined reads as its Latin-1 character."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return bytes(exc.object[exc.start : exc.end]).decode("latin-1"), exc.end


codecs.register_error("wirefeed_latin1_fallback", _latin1_fallback)


def _looks_utf16(payload: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text."""
    sample = payload[:512]
    if len(sample) < 8 or b"\x00" not in sample:  # both tests below need NULs
        return None
    half = len(sample) // 2
    if sample[1::2].count(0) > 0.8 * half and sample[0::2].count(0) < 0.1 * half:
        return "utf-16-le"
    if sample[0::2].count(0) > 0.8 * half and sample[1::2].count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def decode(payload: bytes) -> str:
    """Decode wire bytes: BOM-aware UTF-8/UTF-16, else UTF-8, else cp1252 (Latin-1 for its 5 holes).

    Never fails on 8-bit input. Mojibake is repaired later, field by field (:func:`clean_inline`).
    """
    if payload.startswith(b"\xef\xbb\xbf"):
        payload = payload[3:]
    elif payload.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return payload.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(reasons.UNDECODABLE, f"bad UTF-16: {exc}") from None
    else:
        utf16 = _looks_utf16(payload)
        if utf16:
            try:
                return payload.decode(utf16)
            except UnicodeDecodeError:
                pass
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 is a superset of Latin-1's printable range; its 5 undefined bytes fall back to Latin-1
        text = payload.decode("cp1252", errors="wirefeed_latin1_fallback")
    return text


_BINARY_OK = frozenset("\t\n\r\x01\x02\x03\x04\x0c\x16\x1f\x7f")  # wire framing is not "binary"
# C0 and C1 control characters, except the wire framing ones above
_BINARY_CONTROL = re.compile(
    "[" + re.escape("".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in _BINARY_OK)) + "]"
)


def looks_binary(text: str, sample: int = 4096) -> bool:
    """True when decoded text is really binary data: many NULs or other control characters."""
    head = text[:sample]
    if not head:
        return False
    if "\x00" in head:
        return True
    if head.isprintable():  # the usual case: no control character at all
        return False
    if head.replace("\n", "").replace("\r", "").replace("\t", "").isprintable():
        return False  # multi-line text: only allowed controls (the pattern would scan the head for nothing)
    return len(_BINARY_CONTROL.findall(head)) > max(2, len(head) // 50)


def clean_inline(text: str | None) -> str:
    """One-line field (headline, name ...): mojibake repaired, NFC, no control chars, single spaces.

    The common case (printable text, single spaces) takes only C-level string checks.
    """
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", repair_mojibake(text))
    if not text.isprintable():
        text = _TO_SPACE.sub(" ", text)
        if not text.isprintable():
            text = _ZERO_WIDTH.sub("", text)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    return text.strip()


# a line break the sender's layout put before a comma or full stop, where an inline element ended
# ("<a>Verdensbanken</a>\n        , som"): the mark belongs to the word before it
_BREAK_BEFORE_MARK = re.compile(r"[ \t]*\n[ \t]*(?=[,.](?:\s|$))")
_MARK_AFTER_BREAK = re.compile(r"\n[ \t]*[,.]")  # its cheap gate (a literal start: ~0.7 µs a paragraph)
# a score or range broken after its hyphen ("is 1-\n3 with a 4.81"): one token again
_BROKEN_RANGE = re.compile(r"(?<=\d-)[ \t]*\n[ \t]*(?=\d)")


def join_lines(text: str) -> str:
    """The lines of one paragraph as one line, whitespace collapsed; a line break is a space, except
    before a comma or full stop that closes the word before it and inside a hyphenated score ("1-" /
    "3" → "1-3"), where the break is layout, not a word gap."""
    if "\n" in text:
        if _MARK_AFTER_BREAK.search(text):
            text = _BREAK_BEFORE_MARK.sub("", text)
        if "-\n" in text or "- \n" in text:
            text = _BROKEN_RANGE.sub("", text)
    return " ".join(text.split())


def layout_break(before: str, after: str) -> bool:
    """True when a line break between ``before`` and ``after`` (stripped lines) is layout and joins with no
    space: :func:`join_lines`'s two cases, for callers that join line by line (HTML)."""
    if after[:1] in (",", ".") and (len(after) == 1 or after[1].isspace()):
        return bool(before)
    return before[-1:] == "-" and before[-2:-1].isdigit() and after[:1].isdigit()


def clean_paragraph(text: str) -> str:
    """A body paragraph: like :func:`clean_inline` (paragraph breaks are handled by the caller)."""
    return clean_inline(text)


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """True for text wrapped at a fixed width (7901, Reuters-21578), where a newline is not a break:
    the lines that do not end a paragraph nearly fill a 50–100 column width."""
    inner = [
        len(line.rstrip())
        for lines in blocks
        for line, after in itertools.pairwise(lines)
        if line.strip() and after.strip() and not _INDENT.match(after)
    ]  # not a paragraph's last line
    if len(inner) < 3:
        return False
    width = max(inner)
    if not 50 <= width <= 100:
        return False
    return sum(1 for n in inner if n >= 0.7 * width) >= 0.7 * len(inner)


def split_paragraphs(text: str, wrapped: bool | None = None) -> list[str]:
    """Split running text into cleaned paragraphs (empties dropped).

    Blank lines always separate paragraphs. Inside a block, a single newline is a paragraph break
    too (scraped copy puts one paragraph per line), unless the text is hard-wrapped at a fixed width
    (``wrapped``; detected when None): then lines are joined and only an indented line starts a new
    paragraph.
    """
    if "\r" in text or (not text.isascii() and any(brk in text for brk in _OTHER_BREAKS)):
        text = _LINE_BREAKS.sub("\n", text)  # (a character-class scan: 15 µs on 1,000 characters for nothing)
    blocks = [block.split("\n") for block in _BLANK_LINES.split(text)]
    if wrapped is None:
        wrapped = _hard_wrapped(blocks)
    out: list[str] = []
    for lines in blocks:
        if wrapped:
            indented = [bool(_INDENT.match(line)) for line in lines]
            mixed = any(indented[1:]) and not all(indented)
            current: list[str] = []
            for line, indent in zip(lines, indented, strict=True):
                if mixed and indent and current:
                    out.append(clean_paragraph(" ".join(current)))
                    current = []
                current.append(line)
            out.append(clean_paragraph(join_lines("\n".join(current))))
        else:
            out.extend(clean_paragraph(line) for line in _continued(lines))
    return [p for p in out if p]


def _continued(lines: list[str]) -> list[str]:
    """One line per paragraph, except that a line ending in a comma goes on in the next one: copy never ends
    a paragraph on a comma, a fixed-width list does ("Mexico: Talavera, M. Herrera, ..., Rivas," /
    "Jonathan, Guemez, ..."), so its wrap is no paragraph break. A table's row label wrapped after a slash
    ("Baltimore/" / "Norf./Phil. -- -- 3.06") goes on with no space."""
    if len(lines) < 2 or not any(line.rstrip().endswith((",", "/")) for line in lines[:-1]):
        return lines
    joined: list[str] = []
    for line in lines:
        last = joined[-1].rstrip() if joined else ""
        if last.endswith(",") and line.strip():
            joined[-1] = f"{last} {line.strip()}"
        elif last.endswith("/") and last[-2:-1].isalpha() and line.strip()[:1].isalpha():
            joined[-1] = f"{last}{line.strip()}"
        else:
            joined.append(line)
    return joined


_NO_URL = urlsplit("")


def split_url(text: str) -> SplitResult:
    """``urlsplit`` that never raises: wire input carries malformed links (``http://[x/``, an unclosed
    IPv6 bracket), and one bad link must not dead-letter the item it sits in; it splits as no URL."""
    try:
        return urlsplit(text)
    except ValueError:
        return _NO_URL
