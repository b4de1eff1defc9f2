"""The core's fast paths (issue #17) agree with the general code they skip.

Each shortcut in the parsers, the text cleaner and the story text is exact, not a heuristic: these tests
compare it with the pattern or the pass it avoids, on seeded random inputs built from the characters
that matter (quotes, backslashes, brackets, control and break characters ...) and on real corpus items.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import lxml.etree as etree
import lxml.html
import pytest

from streams.core.enrich import story
from streams.core.formats import htmltext, jsonutil, reuters_sgml, xmlsafe
from streams.core.text import (
    _BINARY_CONTROL,
    _CONT_BYTE,
    _GATE_BYTES,
    _LINE_BREAKS,
    _MOJIBAKE_GATE,
    _looks_utf16,
    looks_binary,
    repair_mojibake,
    split_paragraphs,
)


def _strings(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


# --- jsonutil.head_keys: quotes instead of the token pattern ---------------------------------------------

_JSON_BITS = ["{", "}", "[", "]", '"', "\\", ":", " ", "\n", "a", ",", "\\\\", '\\"', '"k":', "\t", "é", "\x0b"]


def test_head_keys_by_quotes_match_the_token_pattern() -> None:
    for text in _strings(_JSON_BITS, 30000, 30, seed=1):
        head = ("{" + text).encode()
        assert jsonutil._head_keys(head) == ("{", jsonutil._tokens_keys(head)), head


def test_head_keys_escaped_quotes_and_truncated_strings() -> None:
    head = b'{"a\\"b": {"c": "x\\\\"}, "d": "[{ unterminated \\" [ {'
    assert jsonutil._quote_keys(head) == jsonutil._tokens_keys(head) == ((1, 'a\\"b'), (2, "c"), (1, "d"))
    assert jsonutil.head_keys(b'{"a":\n"x\\\ny", "b": 1}') == ("{", jsonutil._tokens_keys(b'{"a":\n"x\\\ny", "b": 1}'))


def test_head_keys_on_corpus_json_cut_anywhere(corpus: Path) -> None:
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".json", ".jsonl", ".ninjs") and p.is_file())[:60]
    assert files
    for path in files:
        data = path.read_bytes()[:8192]
        for cut in range(0, len(data) + 1, max(1, len(data) // 64)):
            head = data[:cut].lstrip()
            if head[:1] in (b"{", b"["):
                assert jsonutil._head_keys(head)[1] == jsonutil._tokens_keys(head), (path, cut)


# --- reuters_sgml ------------------------------------------------------------------------------------------


def test_reuters_plain_tabular_test_is_the_pattern() -> None:
    ascii_space = {chr(c) for c in range(128) if chr(c).isspace()}
    assert set(reuters_sgml._OTHER_SPACE) == ascii_space - {" ", "\n"}
    for line in _strings(["a", " ", "  ", ".", "..", "1"], 20000, 14, seed=2):
        stripped = line.strip()
        assert ("   " in stripped or "...." in stripped) == bool(reuters_sgml._TABULAR.search(stripped)), line


def test_reuters_unescape_matches_one_pattern_pass() -> None:
    bits = ["&lt;", "&gt;", "&amp;", "&#3;", "&#127;", "&#38;", "lt;", "&", ";", "a", "&#", "1", "&amp", "&#0;"]
    for text in _strings(bits, 20000, 10, seed=3):
        assert reuters_sgml._unescape(text) == reuters_sgml._REF.sub(reuters_sgml._reference, text), text
    assert reuters_sgml._unescape("&amp;lt; &lt;X&gt; &#3;") == "&lt; <X> "


def test_reuters_title_without_parenthesis_has_no_ticker() -> None:
    for title in _strings(["UAL", " ", "AB", "CORP", "X", "<", ">", "-"], 5000, 12, seed=4):
        assert reuters_sgml._TITLE_PAREN.search(title) is None
        assert reuters_sgml._title_tickers(title, []) == title


def test_reuters_parse_records_are_the_full_records_less_labels(corpus: Path) -> None:
    payload = (corpus / "reuters21578" / "reut2-000.sgm").read_bytes()
    labels = {"topics", "places", "people", "orgs", "exchanges", "companies"}
    full = list(reuters_sgml.iter_records(payload))
    light = list(reuters_sgml._records(payload, labels=False))
    assert len(full) == len(light) == 1000
    for a, b in zip(full, light, strict=True):
        unread = labels if a["text_type"] == "UNPROC" else labels | {"text"}
        assert {k: v for k, v in a.items() if k not in unread} == b


# --- text --------------------------------------------------------------------------------------------------

_TEXT_BITS = ["a", "word ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\t"]
_TEXT_BITS += ["  ", "é", "\x00", "\x01", "\x7f", "\x90", "\xa0", "   indented", "\u200b", "x" * 70 + "\n"]


def test_split_paragraphs_skips_the_break_pattern_only_when_it_changes_nothing() -> None:
    for text in _strings(_TEXT_BITS, 20000, 16, seed=5):
        # the rule: breaks other than "\n" count in text with a "\r" or a non-ASCII character (plain ASCII
        # text keeps a lone \x0b/\x0c: it is cleaned to a space later)
        broken = _LINE_BREAKS.sub("\n", text) if "\r" in text or not text.isascii() else text
        assert split_paragraphs(text) == split_paragraphs(broken, None), text


def _looks_binary_by_pattern(text: str) -> bool:
    head = text[:4096]
    if not head:
        return False
    if "\x00" in head:
        return True
    return len(_BINARY_CONTROL.findall(head)) > max(2, len(head) // 50)


def test_looks_binary_shortcuts_agree_with_the_count() -> None:
    for text in _strings(_TEXT_BITS + ["\x02", "\x1b"] * 3, 20000, 16, seed=6):
        assert looks_binary(text) == _looks_binary_by_pattern(text), text


def test_mojibake_byte_filter_never_misses_a_pair() -> None:
    bits = ["a", "é", "Ã", "Â", "ô", "õ", "?", " ", "\u2019", "\u201c", "€", "\x80", "\x9d", "\xbf", "\ud800", "中"]
    bits += sorted(_CONT_BYTE)[:24]
    for text in _strings(bits, 30000, 8, seed=9):
        if _MOJIBAKE_GATE.search(text):
            assert b"LC" in text.encode("latin-1", "replace").translate(_GATE_BYTES), text
    assert repair_mojibake("Ã©tÃ© â€œquotedâ€\x9d") == "été “quoted”"


def test_utf16_sniff_needs_nuls() -> None:
    assert _looks_utf16(b"plain text, no NUL") is None
    assert _looks_utf16("UTF-16 without a BOM".encode("utf-16-le")) == "utf-16-le"
    assert _looks_utf16("UTF-16 without a BOM".encode("utf-16-be")) == "utf-16-be"


# --- story text ----------------------------------------------------------------------------------------------

_STORY_BITS = ["\n", "\n\n", "word ", "Pewarta: X", "Pewarta", "Baca juga : x", "Baca juga: y", "(ANTARA) - "]
_STORY_BITS += ["Jakarta (ANTARA) - ", "(", ")", ":", "©", "Copyright", "COPYRIGHT 2020", "Editor: A", "x" * 120]


def test_story_text_shortcut_is_the_marker_rule() -> None:
    for text in _strings(_STORY_BITS, 30000, 10, seed=7):
        if not story._touchable(text):
            assert story._line_pass(text) == text, text
        marked = "(" in text[:300] or any(marker in text for marker in story._MARKERS)
        assert story._story_text((text,)) == (story._line_pass(text) if marked else text), text


def test_story_text_drops_an_agency_tag_past_the_head_when_a_marker_is_there() -> None:
    text = "x" * 320 + "\nJakarta (ANTARA) - Body.\nPewarta"
    assert story._story_text((text,)) == "x" * 320 + "\nJakarta - Body.\nPewarta"
    assert story._story_text((text[: -len("\nPewarta")],)) == text[: -len("\nPewarta")]


# --- htmltext: the walk that cuts paragraphs as it goes ----------------------------------------------------


def _html_paragraphs_by_events(markup: str, line_breaks: bool = False) -> list[str]:
    """The former two-step form: lxml.html's tree, a flat list of text pieces and break markers, then joined."""
    try:
        root = lxml.html.document_fromstring(markup, parser=lxml.html.HTMLParser(remove_comments=True, remove_pis=True))
    except etree.ParserError:  # "Document is empty"
        return []
    content = root.find(".//body.content")
    root = content if content is not None else root
    parts: list[str | None] = []
    splitter = re.compile(r"\r?\n") if line_breaks else re.compile(r"\n[ \t\r]*\n")
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = (element.tag if isinstance(element.tag, str) else "").lower()
        if event == "start" and tag in htmltext._SKIP:
            walker.skip_subtree()
            continue
        if tag in htmltext._BLOCKS:
            parts.append(None)
        text = (element.text if tag else None) if event == "start" else (element.tail if element is not root else None)
        for index, piece in enumerate(splitter.split(text) if text else []):
            if index:
                parts.append(None)
            parts.append(piece)
    paragraphs: list[str] = []
    current: list[str] = []
    for part in [*parts, None]:
        if part is None:
            cleaned = htmltext.clean_paragraph("".join(current))
            if cleaned:
                paragraphs.append(cleaned)
            current = []
        else:
            current.append(part)
    return paragraphs


def test_html_paragraphs_match_the_event_list_form() -> None:
    bits = ["<p>", "</p>", "<br/>", "text", "\n\n", "\n", "<b>x</b>", "<script>a</script>tail", "<!-- c -->", "&amp;"]
    bits += ["<div>", "</div>", " ", "<body.content>", "</body.content>", "<body.head>h</body.head>", "é", "<?pi x?>"]
    for markup in _strings(bits, 4000, 14, seed=8):
        if not htmltext.looks_like_html(markup):
            continue
        for line_breaks in (False, True):
            expected = _html_paragraphs_by_events(markup, line_breaks) or htmltext._strip_tags(markup)
            assert htmltext.html_paragraphs(markup, line_breaks) == expected, markup


# --- xmlsafe.root_name memo --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "name"), [(b"<nitf><head/></nitf>", "nitf"), (b"<?xml version='1.0'?><rss/>", "rss"), (b"plain", None)]
)
def test_root_name_memo_answers_for_the_head_asked(head: bytes, name: str | None) -> None:
    xmlsafe.root_name(b"<newsItem/>")
    assert xmlsafe.root_name(head) == name
    assert xmlsafe.root_name(bytes(head)) == name


# --- scan once: textscan.view (issue 17) ---------------------------------------------------------------------


def test_text_view_forms_are_the_plain_computations() -> None:
    from streams.core.enrich import textscan

    for text in _strings(["A", "b", " ", "\n", "é", "Σ", ".", "İ", "\ud800", "'", "1"], 3000, 40, seed=17):
        seen = textscan.view(text)
        assert seen.padded == f" {textscan.fold(text)} "
        assert seen.lines == text.split("\n")
        assert textscan.padded_fold(text) == seen.padded
        assert story.paragraphs(text) == [p for p in text.split("\n") if p.strip()]


def test_text_view_is_shared_by_identity_and_evicted_by_another_text() -> None:
    from streams.core.enrich import textscan

    text = "".join(["Jakarta ", "gempa bumi"])  # built at run time: not an interned constant
    first = textscan.view(text)
    assert textscan.view(text) is first
    calls: list[str] = []

    def build(t: str) -> int:
        calls.append(t)
        return len(t)

    assert first.derived("length", build) == len(text) and first.derived("length", build) == len(text)
    assert calls == [text]  # built once, then shared
    equal = "".join(["Jakarta ", "gempa bumi"])
    assert equal is not text
    second = textscan.view(equal)
    assert second is not first and second.padded == first.padded
    assert textscan.view(text) is not first  # the one-entry memo moved on: a fresh view, same answers
    assert textscan.view(text).derived("length", build) == len(text) and len(calls) == 2


def test_text_view_hits_are_the_scan_per_automaton() -> None:
    from streams.core.enrich import textscan

    one = textscan.build_automaton([("gempa", "quake"), ("gempa bumi", "earthquake"), ("bumi", "earth")])
    two = textscan.build_automaton([("Jakarta", "city")])
    text = "".join(["Gempa bumi di Jakarta, ", "gempa lagi."])
    shared = textscan.view(text)
    assert shared.hits(one) == list(textscan.scan(one, text))
    assert [text[s:e] for s, e, _ in shared.hits(one)] == ["Gempa", "Gempa bumi", "bumi", "gempa"]
    assert shared.hits(two) == [(14, 21, "city")]
    assert shared.hits(one) is shared.hits(one)  # kept per automaton


# --- hashing: the body's words are tokenised once per article --------------------------------------------------


def test_body_words_memo_follows_the_body_strings() -> None:
    from streams.core import hashing

    body = "".join(["The first ", "story body."])
    article = {"type": "text", "bodies": [{"value": body, "contentType": "text/plain"}]}
    first = hashing.content_hash(article)
    assert hashing.signature(article) == hashing.minhash(hashing._tokens(body))
    # a new body (equal length, other words), an html body, a non-main role: each is computed afresh
    article["bodies"] = [{"value": "".join(["The other ", "story body."]), "contentType": "text/plain"}]
    assert hashing.content_hash(article) != first
    article["bodies"] = [{"value": body, "contentType": "text/html"}]
    assert hashing.canonical_text(article) == "the first story body"
    tagged = "".join(["<p>The first</p>", " story body."])
    article["bodies"] = [{"value": tagged, "contentType": "text/html"}]
    assert hashing.canonical_text(article) == "the first story body"
    article["bodies"] = [{"value": tagged, "contentType": "text/plain"}]
    assert hashing.canonical_text(article) == "p the first p story body"
    article["bodies"] = [{"value": body, "role": "summary"}]
    assert hashing.content_hash(article).startswith(hashing.HEADLINE_ALGORITHM)


# --- model.rfc3339: isoformat instead of strftime -------------------------------------------------------------


def test_rfc3339_is_the_strftime_form() -> None:
    import datetime as dt

    from streams.core.model import rfc3339

    rnd = random.Random(3339)
    epochs = [0.0, 1.5, -1.0, 0.9999995, 1e9 + 0.0000005, 253402300799.0, -62135596800.0, -30610224000.5]
    epochs += [rnd.uniform(-6.2e10, 2.5e11) for _ in range(20000)] + [float(rnd.randint(0, 2**32)) for _ in range(2000)]
    for epoch in epochs:
        expected = dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        assert rfc3339(epoch) == expected, epoch
