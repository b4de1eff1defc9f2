"""Body strings of JSON/feed formats → plain-text paragraphs.

HTML/XHTML fragments (ninjs bodies, RSS ``content:encoded``) and plain text with one paragraph per line
(ninjs ``text/plain`` bodies, scraped article text) both end up as a list of cleaned paragraphs.

Block elements and ``<br>`` end a paragraph; inline markup is flattened. lxml's HTML parser is used
with network access off; it never loads a DTD or resolves external entities. The tree is walked
iteratively, so deeply nested markup cannot exhaust the Python stack.
"""

from __future__ import annotations

import html
import re

import lxml.etree as etree
import lxml.html

from streams.core.text import clean_paragraph, split_paragraphs

_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "hr",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "figure",
        "figcaption",
        "table",
        "tr",
        "caption",
        "address",
        "main",
        "nav",
        "body",
        "html",
        "hl1",
        "hl2",
        "body.content",
        "block",
        "media-caption",
        "tagline",
        "nitf",
        "xhtml",
    }
)
_SKIP = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "noscript",
        "template",
        "iframe",
        "object",
        "svg",
        "math",
        "body.head",
        "body.end",
    }
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_TAG_HINT = re.compile(r"<[A-Za-z!/?]")
_BREAK_TAGS = re.compile(r"<(?:br|/?p|/div|/h\d|/li)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_NEWLINE = re.compile(r"\r?\n")
_PARSER = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
_BREAK = None  # paragraph boundary marker in the flattened text stream


def looks_like_html(text: str) -> bool:
    """True when ``text`` carries markup (so it needs :func:`html_paragraphs`, not plain splitting)."""
    return bool(_TAG_HINT.search(text))


def plain_paragraphs(text: str) -> list[str]:
    """Plain body text: every non-empty line is a paragraph (JSON bodies are not hard-wrapped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for line in text.split("\n") if (p := clean_paragraph(line))]


def text_paragraphs(value: str, is_html: bool = False) -> list[str]:
    """Paragraphs of a body string: markup is flattened, plain text split per line."""
    return html_paragraphs(value) if is_html or looks_like_html(value) else plain_paragraphs(value)


def html_paragraphs(markup: str, line_breaks: bool = False) -> list[str]:
    """Plain paragraphs of an HTML/XHTML (or NITF ``body.content``) fragment, in order, cleaned.

    A blank line inside text also ends a paragraph. With ``line_breaks`` every newline does: WordPress
    stores posts unformatted and turns newlines into ``<br>``/``<p>`` only when rendering.
    """
    if not looks_like_html(markup):
        return split_paragraphs(html.unescape(markup))
    markup = _XML_DECL.sub("", markup, count=1)
    try:
        root = lxml.html.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return _strip_tags(markup)
    # NITF inside ninjs: only the story text, not the head metadata.
    content = root.find(".//body.content")
    if content is not None:
        root = content
    parts: list[str | None] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()  # its "end" event still comes and adds the tail
                continue
            if tag in _BLOCKS:
                parts.append(_BREAK)
            if element.text and tag:
                _add_text(parts, element.text, line_breaks)
        else:
            if tag in _BLOCKS:
                parts.append(_BREAK)
            if element.tail and element is not root:
                _add_text(parts, element.tail, line_breaks)
    # libxml2 gives up below ~256 levels of nesting; the crude stripper still recovers the text
    return _join(parts) or _strip_tags(markup)


def _add_text(parts: list[str | None], text: str, line_breaks: bool) -> None:
    """Append a text node, turning its blank lines (or, with ``line_breaks``, all newlines) into breaks."""
    pieces = (_NEWLINE if line_breaks else _BLANK_LINE).split(text)
    for index, piece in enumerate(pieces):
        if index:
            parts.append(_BREAK)
        parts.append(piece)


def _strip_tags(markup: str) -> list[str]:
    """Last resort for markup lxml cannot use: drop tags, keep <p>/<br> as paragraph breaks."""
    markup = _BREAK_TAGS.sub("\n\n", markup)
    return split_paragraphs(html.unescape(_ANY_TAG.sub("", markup)))


def _join(parts: list[str | None]) -> list[str]:
    """Flattened text pieces and boundary markers → cleaned, non-empty paragraphs."""
    paragraphs: list[str] = []
    current: list[str] = []
    for part in [*parts, _BREAK]:
        if part is _BREAK:
            cleaned = clean_paragraph("".join(current))
            if cleaned:
                paragraphs.append(cleaned)
            current = []
        else:
            current.append(part)
    return paragraphs
