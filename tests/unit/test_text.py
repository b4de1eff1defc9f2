"""Text decoding and cleaning (streams.core.text, streams.core.normalize)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from streams.core.model import ParsedItem
from streams.core.normalize import normalize_item
from streams.core.text import (
    clean_inline,
    decode,
    looks_binary,
    repair_mojibake,
    split_paragraphs,
    split_url,
)
from streams.errors import ParseError

SUPERDESK = "superdesk-core-fixtures"


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("Müller “quoted” — ok".encode(), "Müller “quoted” — ok"),
        (b"\xef\xbb\xbf" + "Müller".encode(), "Müller"),
        ("Müller".encode("utf-16"), "Müller"),  # with BOM
        ("Müller says".encode("utf-16-le"), "Müller says"),  # without BOM
        (b"M\xfcller", "Müller"),  # Latin-1
        (b"\x93quoted\x94 \x96 dash", "“quoted” – dash"),  # cp1252 punctuation
        (b"hole \x81 byte", "hole \x81 byte"),  # undefined in cp1252: Latin-1 reading
    ],
)
def test_decode(payload: bytes, expected: str) -> None:
    assert decode(payload) == expected


def test_decode_bad_utf16_is_undecodable() -> None:
    with pytest.raises(ParseError) as info:
        decode(b"\xff\xfe\x00\xd8")  # lone high surrogate
    assert info.value.reason == "undecodable"


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("â€œHelloâ€\x9d", "“Hello”"),
        ("cafÃ© naÃ¯ve", "café naïve"),
        ("dash â€” and euro â‚¬", "dash — and euro €"),
        ("Ã¢â‚¬Å“double", "“double"),  # mojibake of mojibake
        ("MÃ¼ller (Latin-1 reading \u00c3\u00bc)", "Müller (Latin-1 reading ü)"),
    ],
)
def test_repair_mojibake(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "plain ASCII",
        "café “quoted” — dash",
        "Ã alone",
        "Zürich Ärger Öl",
        "ÂÃ",
        "日本語のテキスト",
    ],
)
def test_repair_mojibake_leaves_correct_text(text: str) -> None:
    assert repair_mojibake(text) == text


def test_clean_inline() -> None:
    assert clean_inline(" a\u00a0 b\tc\x00d\u200be \r\n f\u2028g ") == "a b c de f g"
    assert clean_inline("e\u0301") == "é" and unicodedata.is_normalized("NFC", clean_inline("e\u0301"))
    assert clean_inline("“x” – ‘y’ — z…") == "“x” – ‘y’ — z…"  # typography kept
    assert clean_inline("soft\u00adhyphen") == "softhyphen"
    assert clean_inline(None) == "" and clean_inline("\x00\x01 ") == ""


def test_split_paragraphs_blank_lines_and_lines() -> None:
    text = "First line is long enough to be a line of its own in scraped copy.\nSecond line.\r\n\r\n\u00a0\n\nThird."
    assert split_paragraphs(text) == [
        "First line is long enough to be a line of its own in scraped copy.",
        "Second line.",
        "Third.",
    ]


def test_split_paragraphs_hard_wrapped() -> None:
    text = (
        "   Berlin (dpa) - Negotiations between the parties could fail, a\n"
        "senior member warned on Wednesday after a long day of meetings in\n"
        "the capital.\n"
        "    A second paragraph starts with an indent and goes on for a\n"
        "while longer than one line.\n"
    )
    assert split_paragraphs(text) == [
        "Berlin (dpa) - Negotiations between the parties could fail, a senior member warned on Wednesday "
        "after a long day of meetings in the capital.",
        "A second paragraph starts with an indent and goes on for a while longer than one line.",
    ]


def test_looks_binary() -> None:
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    assert looks_binary(decode(noise))
    assert not looks_binary("\x01eca062 4 i 211\r\n\x02Headline =\r\n text \x03")
    assert not looks_binary("ordinary text\n" * 50)


def test_normalize_item_splits_and_cleans() -> None:
    item = ParsedItem(
        headline="  Head\u00a0line\n",
        paragraphs=["one\n\ntwo", " ", "thr\u200bee"],
        keywords=[" k ", ""],
        contributors=[{"role": "editor", "name": " A\u00a0B "}],
        people=[{"name": "â€œX"}],
    )
    normalize_item(item)
    assert item.headline == "Head line"
    assert item.paragraphs == ["one", "two", "three"]
    assert item.keywords == ["k"]
    assert item.contributors == [{"role": "editor", "name": "A B"}]
    assert item.people == [{"name": "“X"}]


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("ap_anpa-6.tst", "Kansas City (López 1-7)"),
        ("IPTC7901_odd_charset.txt", "Thomas Müller"),
        ("dpa_four_line.txt", "Helen\u00a0Corbett"),
    ],
)
def test_decode_latin1_corpus_files(corpus, name: str, needle: str) -> None:
    text = decode((corpus / SUPERDESK / name).read_bytes())
    assert needle in text
    assert "\ufffd" not in text


def test_seed_paragraphs(corpus) -> None:
    paragraphs = split_paragraphs(decode(next((corpus / "seed").glob("000_*.txt")).read_bytes()))
    assert paragraphs[0].startswith("Gejolak baru-baru ini")
    assert paragraphs[1].startswith("Beijing (ANTARA) - ")
    assert paragraphs[-3:] == ["Penerjemah: Juwita Trisna Rahayu", "Editor: Atman Ahdiat", "Copyright © ANTARA 2022"]
    assert all(p.strip() == p and p for p in paragraphs)  # the NBSP-only paragraph is gone


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("By John Doe", "John Doe"),
        ("BY BERNARD CONDON", "BERNARD CONDON"),
        ("By Meredith Jameson,", "Meredith Jameson"),
        ("Oleh: Rina Nur Anggraini", "Rina Nur Anggraini"),
        ("Bybee Smith", "Bybee Smith"),
        ("Ana Contoh, dpa", "Ana Contoh, dpa"),
    ],
)
def test_byline_label_and_dangling_punctuation_are_dropped(raw: str, clean: str) -> None:
    item = ParsedItem(format="test", by=raw, paragraphs=["Body."])
    assert normalize_item(item).by == clean


def test_a_bare_label_is_no_byline() -> None:
    assert normalize_item(ParsedItem(format="test", by="By ", paragraphs=["Body."])).by is None


@pytest.mark.parametrize("link", ["https://www.]ntaranews.com/berita/1/x", "http://[::1/x", "https://[zz]/a"])
def test_malformed_links_split_as_no_url(link: str) -> None:
    parts = split_url(link)
    assert parts.hostname is None and parts.path == ""


def test_malformed_link_in_a_scraped_row_does_not_dead_letter_it() -> None:
    """Found by the atheris run: a CSV row whose link had an unbalanced ``]`` in the host raised
    urllib's "Invalid IPv6 URL" and the whole item became an internal_error dead letter."""
    from streams.core.enrich import load_resources
    from streams.core.model import RawItem
    from streams.core.pipeline import Limits, process

    csv = (
        "Kategori,Judul,Tanggal Terbit,Penulis,Ringkasan,Link,URL Gambar\r\n"
        'terkini,Judul pertama,"Mon, 03 Aug 2026 14:03:28 +0700",,Ringkasan pertama tentang ekonomi.,'
        "https://www.]ntaranews.com/berita/5677385/judul-pertama,https://cdn.antaranews.com/a.jpg\r\n"
    )
    outcomes = process(
        RawItem(csv.encode(), {"filename": "rows.csv"}), load_resources(), Limits(), received_at="2026-01-01T00:00:00Z"
    )
    assert [o.kind for o in outcomes] == ["article"]


def test_a_line_ending_in_a_comma_goes_on_in_the_next() -> None:
    """A paragraph never ends on a comma: a fixed-width list or a wrapped note does. PA's match sheet
    ("Mexico: Talavera, ..., Rivas," / "Jonathan, Guemez, ...") and Reuters notes ("gain of 90,000 dlrs," /
    "or two cts per shr.") were published as paragraph breaks mid-sentence."""
    sheet = "Mexico v Panama\nMexico: Talavera, M. Herrera, Rivas,\nJonathan, Guemez, Vela.\nReplacements: Munoz."
    assert split_paragraphs(sheet, wrapped=False) == [
        "Mexico v Panama",
        "Mexico: Talavera, M. Herrera, Rivas, Jonathan, Guemez, Vela.",
        "Replacements: Munoz.",
    ]
    note = "Net 1,234,000 vs 987,000\nNote: 1986 net includes extraordinary gain of 90,000 dlrs,\nor two cts per shr."
    assert (
        split_paragraphs(note, wrapped=False)[1]
        == "Note: 1986 net includes extraordinary gain of 90,000 dlrs, or two cts per shr."
    )
    # a blank line still ends a paragraph, comma or not
    assert len(split_paragraphs("A list of dlrs,\n\nor not.")) == 2


def test_the_pa_match_sheet_keeps_its_lists_whole(corpus, resources) -> None:
    from streams.core.model import RawItem
    from streams.core.pipeline import process

    raw = RawItem((corpus / "superdesk-core-fixtures" / "pa2.xml").read_bytes(), {})
    [out] = process(raw, resources, received_at="2026-01-01T00:00:00Z")
    body = out.record["bodies"][0]["value"]
    assert "Rivas, Jonathan, Guemez" in body and ",\n" not in body, body
