"""Session 11's exact cuts in parsing and hashing (issue #17 item 1) answer as the code they skip.

Bare paragraphs: ``htmltext.html_paragraphs`` reads markup that is only ``<p>text</p>`` runs (printable
text, no "&") without lxml. The test runs lxml's path beside it on paragraphs of real Reuters copy and on
seeded random text drawn from every printable character up to U+2FFFF, asserts that the fast path is taken
often (a gate that never fires would pass an equality test), and that markup outside the class (an entity,
an attribute, a newline, a no-break space, an empty paragraph list) is left to lxml.

Truncated mojibake: ``hashing.fold_mojibake`` runs its truncated-sequence regex only where one of the two
pairs every match starts with stands in the text. The test runs the ungated form beside it on real copy and
on random text built from the pairs, mojibake and accented letters, counting real substitutions.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from streams.core import hashing
from streams.core.formats import htmltext
from streams.core.text import repair_mojibake

_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def _reuters_paragraphs(corpus: Path) -> list[str]:
    out: list[str] = []
    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm"))[:2]:
        raw = path.read_bytes().decode("latin-1")
        for body in _BODY.finditer(raw):
            out += [" ".join(p.split()) for p in body.group(1).split("\n    ") if p.strip()]
    if len(out) < 1000:
        pytest.skip("reuters21578 not in the corpus")
    return out


def _printable(rnd: random.Random, pool: list[str], size: int) -> str:
    return "".join(rnd.choice(pool) for _ in range(size))


def _assert_same(markups: list[str]) -> int:
    """Each markup's bare reading equals lxml's wherever the bare path answers; how many it answered."""
    taken = 0
    for markup in markups:
        bare = htmltext._bare_paragraphs(markup)
        if bare:
            taken += 1
            assert bare == htmltext._parsed_paragraphs(markup, False), markup
            assert bare == htmltext._parsed_paragraphs(markup, True), markup
        assert htmltext.html_paragraphs(markup) == htmltext._parsed_paragraphs(markup, False), markup
    return taken


def test_bare_paragraphs_match_lxml_on_reuters(corpus: Path) -> None:
    paragraphs = _reuters_paragraphs(corpus)
    rnd = random.Random(11)
    markups = []
    for _ in range(3000):
        chosen = rnd.sample(paragraphs, rnd.randint(1, 7))
        markups.append("".join(f"<p>{p}</p>" for p in chosen))
    taken = _assert_same(markups)
    assert taken >= 1000, taken  # Reuters holds "&lt;" and "&amp;" too: those go to lxml


def test_bare_paragraphs_match_lxml_on_random_text() -> None:
    rnd = random.Random(1111)
    every = [c for c in map(chr, range(0x20, 0x30000)) if c.isprintable() and c not in "<>&"]
    usual = list(" abcxyz ABCXYZ .,;:'\"!?()-/=#%$€£“”‘’—–«»éüßçñøåœ漢字かなабвгдاللغةעברית😀🇩🇪\u0301\u0308")
    odd = [*usual, "&amp;", "&", "&nbsp;", "\n", "\n\n", "\t", "\r", "\u00a0", "\u200b", "\x0b", "\ud800", "\ue000"]
    markups = []
    for i in range(6000):
        pool = (usual, every, odd)[i % 3]
        paragraphs = [_printable(rnd, pool, rnd.randint(0, 40)) for _ in range(rnd.randint(1, 6))]
        markups.append("".join(f"<p>{p}</p>" for p in paragraphs))
    assert _assert_same(markups) >= 4000  # the odd third mostly goes to lxml


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Fish &amp; chips</p><p>Two</p>",
        '<p class="lead">One</p><p>Two</p>',
        "<p>One\nline</p><p>Two</p>",
        "<p>One\u00a0two</p>",
        "<p>One</p> <p>Two</p>",
        "<p>One<b>two</b></p>",
        "<P>One</P>",
        "<p> </p><p></p>",
        "<p>\u200bOne</p>",
    ],
)
def test_bare_paragraphs_leave_other_markup_to_lxml(markup: str) -> None:
    assert htmltext._bare_paragraphs(markup) == []
    assert htmltext.html_paragraphs(markup) == htmltext._parsed_paragraphs(markup, False)


def _ungated_fold(text: str) -> str:
    """``fold_mojibake`` as it stood before the gate."""
    if not hashing._MOJIBAKE_LEAD.search(text):
        return text
    return hashing._TRUNCATED_MOJIBAKE.sub(" ", repair_mojibake(text))


def test_fold_mojibake_gate_on_real_copy(corpus: Path) -> None:
    texts = _reuters_paragraphs(corpus)[:2000]
    for path in sorted(corpus.glob("antara-*/*")) + sorted(corpus.glob("superdesk-core-fixtures/**/*.json")):
        if path.is_file():
            lines = path.read_bytes().decode("utf-8", "replace").splitlines()
            texts += [line for line in lines if not line.isascii()][:2000]
    # mojibake of real copy: cp1252 has no 0x9D, so the tail of "”" is lost ("â€\ufffd"), what the gate is for
    texts += [t.encode("utf-8").decode("cp1252", "replace") for t in texts if not t.isascii()]
    truncated = 0
    for text in texts:
        assert hashing.fold_mojibake(text) == _ungated_fold(text)
        truncated += hashing._TRUNCATED_MOJIBAKE.search(repair_mojibake(text)) is not None
    assert truncated >= 10, truncated  # 12 real lines lose a "”" tail this way


def test_fold_mojibake_gate_on_random_text() -> None:
    rnd = random.Random(1112)
    pieces = ["\u00e2\u20ac", "\u00c2\ufffd", "\u00e2\u20ac\ufffd", "\u00e2", "\u20ac", "\u00c2", "\ufffd", "Ã©", "é"]
    pieces += ["â€œ", "â€™", "Ã¼", " ", "a", "b", ".", "\u00c3", "\u00f4", "ü", "”"]
    truncated = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        want = _ungated_fold(text)
        assert hashing.fold_mojibake(text) == want, text
        truncated += hashing._TRUNCATED_MOJIBAKE.search(repair_mojibake(text)) is not None
    assert truncated >= 1000, truncated


def test_body_content_lookup_matches_elementpath(corpus: Path) -> None:
    """``_parsed_paragraphs`` finds NITF's ``body.content`` by ``iterdescendants``: the element ``find``'s
    ``.//body.content`` gives, on real NITF and on markup that nests, repeats or lacks it."""
    markups = [
        p.read_text("utf-8", "replace") for p in sorted(corpus.rglob("*.xml")) if b"body.content" in p.read_bytes()
    ]
    if len(markups) < 5:
        pytest.skip("no NITF with body.content in the corpus")
    markups += [
        "<p>no body</p>",
        "<body.content><p>one</p></body.content><body.content><p>two</p></body.content>",
        "<div><body.content><body.content><p>inner</p></body.content></body.content></div>",
        "<nitf><body><body.head>head</body.head><body.content><p>text</p></body.content></body></nitf>",
    ]
    found = 0
    for markup in markups:
        root = htmltext.etree.fromstring(htmltext._XML_DECL.sub("", markup, count=1), htmltext._PARSER)
        if root is None:
            continue
        want = root.find(".//body.content")
        assert next(root.iterdescendants("body.content"), None) is want
        found += want is not None
    assert found >= 5, found
