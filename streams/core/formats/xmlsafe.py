"""The one hardened XML entry point of the core, plus namespace-agnostic read helpers.

Every XML parser (NewsML-G2, NITF, NewsML 1.2, RSS/Atom ...) parses through :func:`parse_xml`, so the
security rules live in one place:

* no entity resolution, no network, no DTD loading or validation, no huge trees;
* a ``DOCTYPE`` with an internal subset (``<!DOCTYPE x [ ... ]>``: entity, attribute or parameter
  declarations) is rejected with ``forbidden_xml_construct`` *before* libxml2 sees the document, so
  billion laughs, quadratic blowup and external entities (``file:///etc/passwd``) never expand;
* a plain ``<!DOCTYPE nitf SYSTEM "nitf.dtd">`` is accepted (the DTD is not loaded); entity references it
  would have declared stay unexpanded and :func:`text_of` maps only the HTML named entities;
* anything that does not parse is ``malformed_xml``. Only :class:`streams.errors.ParseError` leaves here.

Wire formats carry the same element in several namespaces (``ns0:``, default namespace, none), so the
helpers match **local names** only: :func:`local`, :func:`find` (a child path), :func:`find_first` /
:func:`find_all` (descendants), :func:`children`, :func:`attr`, :func:`xml_lang`, :func:`text_of` /
:func:`raw_text` and :func:`paragraphs` (body text as plain paragraphs). :func:`root_name` sniffs the
root element of a payload head without parsing. Escaped HTML strings (CDATA bodies, RSS descriptions)
are not XML: read them with :mod:`streams.core.formats.htmltext`.
"""

from __future__ import annotations

import html.entities
import re
import threading
from collections.abc import Iterator
from typing import TypeAlias

from lxml import etree

from streams.core import reasons
from streams.core.formats.htmltext import unwrapped_paragraphs
from streams.core.text import join_lines, split_paragraphs
from streams.errors import ParseError

Element: TypeAlias = etree._Element

XML_NS = "http://www.w3.org/XML/1998/namespace"

_local = threading.local()  # lxml parsers must not be shared between threads

# Containers of body text: their loose text is split on blank lines; each block child is a paragraph.
_BLOCKS = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "pre",
        "tr",
        "caption",
        "hl1",
        "hl2",
        "blockquote",
        "address",
        "figcaption",
        "nitf-table-summary",
    }
)
_SKIP = frozenset(
    {
        "head",
        "script",
        "style",
        "media",
        "media-reference",
        "media-metadata",
        "media-object",
        "object",
        "img",
        "iframe",
        "noscript",
        "title",
        "template",
        "svg",
        "header",
        "nav",
    }
)
# Block containers: text on either side of them never runs together.
_CONTAINERS = frozenset(
    {
        "html",
        "body",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "ul",
        "ol",
        "dl",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "block",
        "body.content",
        "abstract",
        "nitf",
        "hedline",
        "figure",
    }
)
_INLINE_BREAKS = frozenset({"br"})
_DECLARED = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_EIGHT_BIT = frozenset(
    {"iso-8859-1", "latin-1", "latin1", "iso-8859-15", "cp1252", "windows-1252", "us-ascii", "ascii"}
)
_ENCODING_ERROR = re.compile(r"not proper UTF-8|Invalid bytes in character encoding", re.IGNORECASE)


def _xml_parser(encoding: str | None = None) -> etree.XMLParser:
    """The hardened parser, optionally forcing an encoding (one per thread and encoding: lxml parsers
    are not thread-safe)."""
    cache: dict[str | None, etree.XMLParser] = _local.__dict__.setdefault("parsers", {})
    parser = cache.get(encoding)
    if parser is None:
        parser = etree.XMLParser(
            encoding=encoding,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
            recover=False,
        )
        cache[encoding] = parser
    return parser


def _forced_encoding(payload: bytes) -> str | None:
    """UTF-8 for documents that declare an 8-bit charset but hold valid multi-byte UTF-8 (a common
    mislabelling, e.g. AFP ``afp20.xml``); otherwise ``None`` (trust the declaration)."""
    declared = _DECLARED.match(payload[:200])
    if not declared or declared.group(1).decode("ascii").lower().replace("_", "-") not in _EIGHT_BIT:
        return None
    if payload.isascii():  # (C; a generator over the bytes cost ~1 ms a 7 KB document)
        return None
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _markup_view(data: bytes) -> str:
    """A str view of ``data`` good enough to scan markup: UTF-16/32 decoded, else byte-per-char."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # the BOM is not markup: a DOCTYPE must still be seen
        return data[2:].replace(b"\x00", b"").decode("latin-1")
    if len(data) > 1 and b"\x00" in data[:4]:
        return data.replace(b"\x00", b"").decode("latin-1")
    return data.decode("latin-1")


def _skip_prolog(text: str) -> int:
    """Index of the first markup after the XML declaration, comments, PIs and whitespace."""
    pos = 0
    if text.startswith("\ufeff") or text.startswith("ï»¿"):
        pos = 1 if text.startswith("\ufeff") else 3
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n\x00":
            pos += 1
        if text.startswith("<?", pos):
            end = text.find("?>", pos + 2)
            pos = n if end < 0 else end + 2
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos + 4)
            pos = n if end < 0 else end + 3
        else:
            return pos
    return pos


def _doctype_end(text: str, pos: int) -> tuple[int, bool]:
    """For a ``<!DOCTYPE`` at ``pos``: (index after its closing ``>`` or -1, has an internal subset)."""
    quote, depth, subset = "", 0, False
    for index in range(pos + 9, len(text)):
        char = text[index]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "[":
            depth, subset = depth + 1, True
        elif char == "]":
            depth -= 1
        elif char == ">" and depth <= 0:
            return index + 1, subset
    return -1, True  # unterminated DOCTYPE: treat as hostile rather than merely malformed


def has_internal_subset(payload: bytes) -> bool:
    """True if the prolog holds ``<!DOCTYPE name ... [`` (declarations we never accept)."""
    text = _markup_view(payload)
    pos = _skip_prolog(text)
    return text.startswith("<!DOCTYPE", pos) and _doctype_end(text, pos)[1]


def root_name(head: bytes) -> str | None:
    """Local name of the root element in ``head`` (a sniffing helper; no parsing), e.g. ``newsItem``."""
    if not head.startswith((b"<", b"\x00<")):  # sniff_head strips BOM and whitespace: markup starts here
        return None
    if _last_root and _last_root[0][0] is head:  # the five XML sniffers ask in turn about the same head
        return _last_root[0][1]
    name = _root_name(head)
    _last_root[:] = [(head, name)]  # (the memo holds the head, so its identity cannot be reused)
    return name


_last_root: list[tuple[bytes, str | None]] = []


def _root_name(head: bytes) -> str | None:
    text = _markup_view(head)
    pos = _skip_prolog(text)
    if text.startswith("<!DOCTYPE", pos):  # its name must be the root's (XML 1.0 VC: Root Element Type)
        match = re.match(r"<!DOCTYPE\s+([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)", text[pos : pos + 200])
        return match.group(2) if match else None
    match = re.match(r"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)", text[pos : pos + 200])
    return match.group(2) if match else None


def parse_xml(payload: bytes) -> Element:
    """Parse ``payload`` with the hardened parser and return the root element.

    Declared encodings (``iso-8859-1``, the ``utf8`` alias ...) and BOMs are honoured; a document that
    claims UTF-8 but holds 8-bit bytes is re-read as cp1252, as our text decoder does for plain copy.
    Raises ``ParseError`` (``forbidden_xml_construct`` or ``malformed_xml``) and nothing else.
    """
    try:
        if has_internal_subset(payload):
            raise ParseError(
                reasons.FORBIDDEN_XML_CONSTRUCT,
                "DOCTYPE with an internal subset (entity/attribute declarations) is refused",
            )
        try:
            root = etree.fromstring(payload, _xml_parser(_forced_encoding(payload)))
        except etree.XMLSyntaxError as exc:
            if not _ENCODING_ERROR.search(str(exc)):
                raise
            root = etree.fromstring(payload, _xml_parser("cp1252"))
        dtd = root.getroottree().docinfo.internalDTD
        if dtd is not None and (
            next(dtd.iterentities(), None) is not None or next(dtd.iterelements(), None) is not None
        ):
            raise ParseError(reasons.FORBIDDEN_XML_CONSTRUCT, "DTD declarations are not accepted")
        return root
    except ParseError:
        raise
    except etree.XMLSyntaxError as exc:
        raise ParseError(reasons.MALFORMED_XML, f"XML does not parse: {exc}") from None
    except Exception as exc:  # lxml raises ValueError/LookupError for odd encodings; all mean "unreadable"
        raise ParseError(reasons.MALFORMED_XML, f"XML does not parse: {type(exc).__name__}: {exc}") from None


def local(node: object) -> str:
    """Local name of an element (``""`` for comments, entities and other non-elements)."""
    tag = getattr(node, "tag", None)
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(el: Element | None, name: str) -> list[Element]:
    """Direct children of ``el`` with local name ``name``, any namespace."""
    if el is None:
        return []
    return [c for c in el.iterchildren() if local(c) == name]


def find(el: Element | None, *path: str) -> Element | None:
    """First element down the path of local names (direct children at each step), or ``None``."""
    current = el
    for name in path:
        if current is None:
            return None
        current = next((c for c in current.iterchildren() if local(c) == name), None)
    return current


def find_all(el: Element | None, name: str) -> list[Element]:
    """Every descendant (not ``el`` itself) with local name ``name``, in document order."""
    if el is None:
        return []
    return [d for d in el.iterdescendants() if local(d) == name]


def find_first(el: Element | None, name: str) -> Element | None:
    """First descendant with local name ``name``, or ``None``."""
    if el is None:
        return None
    return next((d for d in el.iterdescendants() if local(d) == name), None)


def attr(el: Element | None, name: str) -> str | None:
    """Attribute by local name (``xml:lang`` is ``lang``), stripped; ``None`` if absent or blank."""
    if el is None:
        return None
    value = el.get(name)
    if value is None:
        for key, val in el.attrib.items():
            if str(key).rsplit("}", 1)[-1] == name:
                value = val
                break
    value = (value or "").strip()
    return value or None


def xml_lang(el: Element | None) -> str | None:
    """The ``xml:lang`` in scope for ``el`` (nearest ancestor-or-self), ignoring ``x-default``."""
    while el is not None:
        value = el.get(f"{{{XML_NS}}}lang")
        if value and value.strip() and value.strip().lower() != "x-default":
            return value.strip()
        el = el.getparent()
    return None


def _entity_text(node: etree._Entity) -> str:
    """Unexpanded entity reference (only possible under an external DOCTYPE): HTML names only."""
    name = str(node.name)
    codepoint = html.entities.name2codepoint.get(name)
    return chr(codepoint) if codepoint is not None else ""


def _texts(el: Element, skip: frozenset[str]) -> Iterator[str]:
    if el.text:
        yield el.text
    for child in el.iterchildren():
        if isinstance(child, etree._Entity):
            yield _entity_text(child)
        elif isinstance(child.tag, str) and local(child) not in skip:
            if local(child) in _INLINE_BREAKS:
                yield "\n"
            else:
                yield from _texts(child, skip)
        if child.tail:
            yield child.tail


def raw_text(el: Element | None, skip: frozenset[str] = frozenset()) -> str:
    """All text under ``el`` (descendants in ``skip`` left out), unnormalised."""
    if el is None:
        return ""
    return "".join(_texts(el, skip))


def text_of(el: Element | None, skip: frozenset[str] = frozenset()) -> str | None:
    """Text under ``el`` with whitespace collapsed to single spaces; ``None`` if there is none."""
    value = " ".join(raw_text(el, skip).split())
    return value or None


# a line of a column-aligned table: two cells apart by a run of spaces ("Adanaspor           2 Kasimpasa")
_COLUMN_GAP = re.compile(r"\S[ \t]{3,}\S")


def _column_table(text: str) -> bool:
    """A paragraph that is a preformatted table (Gracenote's results in one ``<p>``: "Adanaspor           2
    Kasimpasa            0" a line): at least four of its lines, and half of them, have cells aligned by
    runs of spaces. Its lines are the table's rows, not one run-on sentence."""
    if text.count("\n") < 3:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    aligned = sum(1 for line in lines if _COLUMN_GAP.search(line.strip()))
    return aligned >= 4 and aligned * 2 >= len(lines)


def paragraphs(el: Element | None, xhtml: bool = False) -> list[str]:
    """Body text under ``el`` as paragraphs: each block element (``p``, ``li``, ``hl2`` ...) is one,
    loose text between blocks is split on blank lines; scripts, styles, media and heads are skipped.

    ``xhtml``: the loose text keeps XHTML's whitespace rule, where a line break is a space and only a
    blank line or a block ends a paragraph (an Opta results table wrapped at 100 columns must not break
    "Sporting / Braga" in two)."""
    out: list[str] = []
    if el is None:
        return out
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            text = "".join(buffer)
            out.extend(unwrapped_paragraphs(text) if xhtml else split_paragraphs(text))
            buffer.clear()

    def walk(node: Element) -> None:
        if node.text:
            buffer.append(node.text)
        for child in node.iterchildren():
            if isinstance(child, etree._Entity):
                buffer.append(_entity_text(child))
            elif isinstance(child.tag, str):
                name = local(child)
                if name in _SKIP:
                    pass
                elif name in _BLOCKS:
                    flush()
                    text = raw_text(child, _SKIP)
                    if name == "tr":
                        text = " ".join(
                            raw_text(cell, _SKIP).strip() for cell in child.iterchildren() if isinstance(cell.tag, str)
                        )
                    if name == "pre":
                        out.extend(split_paragraphs(text))
                    elif name == "p" and _column_table(text):  # its rows, as written
                        out.extend(split_paragraphs(text, wrapped=False))
                    else:
                        out.append(join_lines(text))
                elif name in _INLINE_BREAKS:
                    buffer.append("\n")
                elif name in _CONTAINERS:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)
            if child.tail:
                buffer.append(child.tail)

    walk(el)
    flush()
    return [p for p in out if p]
