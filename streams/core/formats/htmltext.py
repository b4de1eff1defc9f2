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

from streams.core.text import clean_paragraph, join_lines, layout_break, split_paragraphs

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
        "figcaption",  # a picture's caption: it belongs to the picture, never a body paragraph
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
# lxml's own HTML parser, not ``lxml.html.HTMLParser``: that one looks up a Python element class for every
# element the tree creates (a third of the time of a short body); only tag, text and tail are read here
_PARSER = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True)
# Markup that is nothing but bare paragraphs, ``<p>text</p><p>text</p>``, with printable text (no newline,
# control, odd space or unassigned character) and no "&" (no entity): lxml would give each paragraph's text
# as it stands, so it is read without the parse (~17 -> ~10 µs on a 1 KB body). Anything else goes to lxml.
_BARE_PARAGRAPHS = re.compile(r"(?:<p>[^<>&]*+</p>)+")
_BARE_PARAGRAPH = re.compile(r"<p>([^<>]*)</p>")


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
        # a markup field without tags keeps HTML's whitespace rule: a line break is a space, only a blank
        # line ends a paragraph ("（Asia Pulp & Paper, 以下简称 ⏎ APP）" is one paragraph), unless every
        # newline is one (``line_breaks``)
        plain = html.unescape(markup)
        if line_breaks:
            return split_paragraphs(plain)
        return unwrapped_paragraphs(plain)
    return _bare_paragraphs(markup) or _parsed_paragraphs(markup, line_breaks)


def _bare_paragraphs(markup: str) -> list[str]:
    """The paragraphs of bare-paragraph markup (``_BARE_PARAGRAPHS``) as lxml would give them; empty for
    any other markup, or when none is left after cleaning (lxml's way then decides, with its fallback)."""
    if not markup.isprintable() or not _BARE_PARAGRAPHS.fullmatch(markup):
        return []
    return [cleaned for text in _BARE_PARAGRAPH.findall(markup) if (cleaned := clean_paragraph(text))]


def _parsed_paragraphs(markup: str, line_breaks: bool) -> list[str]:
    """:func:`html_paragraphs` by lxml's parse and a walk of the tree."""
    markup = _XML_DECL.sub("", markup, count=1)
    try:
        root = etree.fromstring(markup, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return _strip_tags(markup)
    if root is None:  # what ``lxml.html.document_fromstring`` raises ParserError for ("Document is empty")
        return _strip_tags(markup)
    # NITF inside ninjs: only the story text, not the head metadata. The first descendant in document order,
    # what ``root.find(".//body.content")`` answers, without ElementPath's Python (~19 µs a call in the pipeline)
    content = next(root.iterdescendants("body.content"), None)
    if content is not None:
        root = content
    # the flattened text stream, cut into paragraphs as it goes: a block's start and end and a blank line
    # (with ``line_breaks`` any newline) in a text node end the paragraph being collected
    paragraphs: list[str] = []
    current: list[str] = []
    links = _LinkText()
    split = (_NEWLINE if line_breaks else _BLANK_LINE).split
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()  # its "end" event still comes and adds the tail
                continue
            if tag == "a" and element.get("href"):
                links.depth += 1
            text = element.text if tag else None
            if tag == "span" and current and _classed_span_pair(element):
                current.append(" ")
        else:
            if tag == "a" and links.depth and element.get("href"):
                links.depth -= 1  # its tail is outside the link
            text = element.tail if element is not root else None
        if tag in _BLOCKS and current:
            links.flush(paragraphs, current)
        if not text:
            continue
        if "\n" not in text:  # both splitters cut at newlines only
            links.add(current, text)
            continue
        pieces = split(text)
        links.add(current, pieces[0])
        for piece in pieces[1:]:
            links.flush(paragraphs, current)
            links.add(current, piece)
    links.flush(paragraphs, current)
    # libxml2 gives up below ~256 levels of nesting; the crude stripper still recovers the text
    return paragraphs or _strip_tags(markup)


class _LinkText:
    """Which text of the paragraph being collected stood inside a link (``<a href>``).

    A paragraph that is nothing but a link's words ("Hier geht es zur offiziellen Seite", "Click here for the
    full report", a bare URL) is navigation, not prose: the link it pointed with is gone from plain text, so
    it is dropped. A paragraph with any words outside the link ("Lesen Sie auch: <a>…</a>") stays."""

    __slots__ = ("depth", "inside", "outside")

    def __init__(self) -> None:
        self.depth = 0
        self.inside = False
        self.outside = False

    def add(self, current: list[str], text: str) -> None:
        """Collect ``text`` into the paragraph, noting whether it stood inside a link."""
        current.append(text)
        if text and not text.isspace():
            if self.depth:
                self.inside = True
            else:
                self.outside = True

    def flush(self, paragraphs: list[str], current: list[str]) -> None:
        """End the paragraph (:func:`_flush`), unless all its words were a link's."""
        if self.inside and not self.outside:
            current.clear()
        self.inside = self.outside = False
        _flush(paragraphs, current)


def _classed_span_pair(element: etree._Element) -> bool:
    """True when ``element`` is a classed ``<span>`` that directly follows another one (no text between).

    Feeds mark fields with such spans, and a browser would glue them: TT's "dat" line
    ``<span class="vignette">klockan 16:00</span><span class="source">TT</span>`` is the vignette and the
    credit, two words, not "16:00TT". A word split over spans ("<b>W</b>ord") has no two classed spans."""
    previous = element.getprevious()
    return (
        previous is not None
        and not previous.tail
        and isinstance(previous.tag, str)
        and previous.tag.lower() == "span"
        and bool(previous.get("class"))
        and bool(element.get("class"))
        and previous.get("class") != element.get("class")
    )


def unwrapped_paragraphs(text: str) -> list[str]:
    """Paragraphs of markup text under HTML's whitespace rule: a line break is a space (none between two CJK
    characters), only a blank line ends a paragraph. Also for loose text in XHTML (:mod:`xmlsafe`)."""
    return [p for block in _BLANK_LINE.split(text) if (p := clean_paragraph(_hard_break_join(block)))]


def _hard_break_join(block: str) -> str:
    """The lines of ``block`` joined as HTML renders them: with a space, none between two CJK characters
    (Chinese and Japanese text is written without spaces), nor where the break is layout (a comma after a
    link's end tag, a score broken after its hyphen: :func:`layout_break`)."""
    lines = [line.strip() for line in block.split("\n")]
    out = ""
    for line in lines:
        if not line:
            continue
        if out and not (_CJK.match(out[-1]) and _CJK.match(line[0])) and not layout_break(out, line):
            out += " "
        out += line
    return out


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _flush(paragraphs: list[str], current: list[str]) -> None:
    """End the paragraph collected in ``current`` (kept when it cleans to something) and empty it."""
    if current:
        text = "".join(current)
        cleaned = clean_paragraph(join_lines(text) if "\n" in text else text)  # a break before "," is layout
        if cleaned:
            paragraphs.append(cleaned)
        current.clear()


def _strip_tags(markup: str) -> list[str]:
    """Last resort for markup lxml cannot use: drop tags, keep <p>/<br> as paragraph breaks."""
    markup = _BREAK_TAGS.sub("\n\n", markup)
    return split_paragraphs(html.unescape(_ANY_TAG.sub("", markup)))
