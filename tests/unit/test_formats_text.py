"""Text wire formats: ANPA-1312, IPTC 7901 (and dpa's flavour), plain agency copy; and the whole
pipeline on them (parse → normalise → agency copy → assemble → enrich → hash)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich import Resources
from streams.core.formats import registry
from streams.core.formats.anpa import PARSER as ANPA
from streams.core.formats.base import sniff_head
from streams.core.formats.iptc7901 import PARSER as IPTC7901
from streams.core.formats.plaintext import PARSER as PLAINTEXT
from streams.core.model import RawItem
from streams.core.pipeline import process
from streams.core.text import clean_inline
from streams.errors import ParseError

SUPERDESK = "superdesk-core-fixtures"

# synthetic items written for these tests (framing as the formats define it, invented text)
SYNTHETIC_ANPA = (
    b"\x16\x16\x01a1234\x1fworld\r\n"
    b"u i\x13\x11 BC-XX--Test-Story 2ndLd-Writethru   05-06 0042\r\n"
    b"\x02^BC-XX--Test-Story, 2nd Ld-Writethru,42<\r\n"
    b"^Synthetic headline for the ANPA test<\r\n"
    b"^Eds: Adds quote. Synthetic.<\r\n"
    b"^By ANA CONTOH=\r\n"
    b"^Associated Press=\r\n"
    b"\t   SPRINGFIELD, Ill. (AP) _ A synthetic lede paragraph for the test.\r\n"
    b" \r\n"
    b"\t   A second paragraph with Jos\xe9 in Latin-1.\r\n"
    b"\r\n"
    b"\t   \x03AP-WF-05-06-21 1405GMT<\r\n\r\n\x0c\r\n\x04"
)
SYNTHETIC_7901 = (
    b"\x01abc0042 2 p 120  dpa 0007\r\n\r\n"
    b"Test/synthetic/\r\n"
    b"\x021ST LEAD\r\n"
    b"Synthetic headline for the 7901 test\r\n"
    b"By Ana Contoh, dpa =\r\n\r\n"
    b"Hamburg (dpa) - A synthetic lede paragraph that is hard-wrapped at a\r\n"
    b"fixed width, as the wire delivers it, and speaks of M\xfcller.\r\n\r\n"
    b"A second paragraph that is also wrapped across more than a single\r\n"
    b"line of text.\r\n\r\n"
    b"# Notebook\r\n\r\n## Editorial contacts\r\n"
    b"- Reporting by: Ana Contoh\r\n- Editing by: Budi Contoh\r\n\r\n"
    b"dpa ac bc\r\n\r\n\x03061405 GMT Mai 21\r\n\x7f\r\n\x7f\x04"
)


def _select(payload: bytes) -> str:
    return registry.select(payload, {}).name


# --- sniffing --------------------------------------------------------------------------------


def test_sniffing_picks_the_framed_parsers() -> None:
    assert ANPA.sniff(sniff_head(SYNTHETIC_ANPA)) and not IPTC7901.sniff(sniff_head(SYNTHETIC_ANPA))
    assert IPTC7901.sniff(sniff_head(SYNTHETIC_7901)) and not ANPA.sniff(sniff_head(SYNTHETIC_7901))
    assert _select(SYNTHETIC_ANPA) == "anpa"
    assert _select(SYNTHETIC_7901) == "iptc7901"
    assert _select(b"Jakarta (ANTARA) - Teks.") == "plaintext"


@pytest.mark.parametrize(
    ("name", "parser"),
    [
        *[(f"anpa-{i}.tst", "anpa") for i in range(1, 5)],
        *[(f"ap_anpa-{i}.tst", "anpa") for i in range(1, 8)],
        ("IPTC7901.txt", "iptc7901"),
        ("IPTC7901_odd_charset.txt", "iptc7901"),
        ("dpa_two_line.txt", "iptc7901"),
        ("dpa_four_line.txt", "iptc7901"),
        ("dpa_two_by_line.txt", "iptc7901"),
        ("dpa_copyright.txt", "iptc7901"),
    ],
)
def test_corpus_sniffing(corpus: Path, name: str, parser: str) -> None:
    assert _select((corpus / SUPERDESK / name).read_bytes()) == parser


# --- ANPA ------------------------------------------------------------------------------------


def test_anpa_synthetic() -> None:
    (item,) = ANPA.parse(SYNTHETIC_ANPA, {})
    assert item.uri is None
    assert (item.urgency, item.slugline) == (3, "BC-XX--Test-Story")
    assert item.headline == "Synthetic headline for the ANPA test"
    assert (item.by, item.ed_note) == ("ANA CONTOH", "Adds quote. Synthetic.")
    assert item.extra["takeKey"] == "2ndLd-Writethru" and item.signals == ["update"]
    assert item.extra["bylineTitle"] == "Associated Press"
    assert item.first_created == "2021-05-06T14:05:00Z" and item.provider == "ap"
    assert item.paragraphs == [
        "SPRINGFIELD, Ill. (AP) _ A synthetic lede paragraph for the test.",
        "A second paragraph with José in Latin-1.",
    ]


def test_anpa_rejects_broken_framing() -> None:
    with pytest.raises(ParseError) as info:
        ANPA.parse(b"\x16\x16\x01a1234\x1fworld\r\nno second header line", {})
    assert info.value.reason == "malformed_sgml"


def test_anpa_corpus(corpus: Path) -> None:
    (item,) = ANPA.parse((corpus / SUPERDESK / "anpa-1.tst").read_bytes(), {})
    assert item.headline == "For Argentine chemo patients, mirrors can hurt"
    assert item.by == "PAUL BYRNE and ALMUDENA CALATRAVA"
    assert (item.slugline, item.urgency, item.ed_note) == ("BC-LT--Argentina-CancerB", 1, "With AP Photos.")
    assert item.first_created == "2013-11-13T15:09:00Z"
    assert item.extra["wordCount"] == 1049
    assert item.paragraphs[0].startswith("BUENOS AIRES, Argentina (AP) _ For cancer patients")
    assert item.paragraphs[-1] == "APTN contributor Kacey Cherry in Buenos Aires helped with this story."
    (alert,) = ANPA.parse((corpus / SUPERDESK / "ap_anpa-5.tst").read_bytes(), {})
    assert alert.urgency == 2 and alert.headline is None and len(alert.paragraphs) == 1
    (ednote,) = ANPA.parse((corpus / SUPERDESK / "anpa-2.tst").read_bytes(), {})
    assert ednote.ed_note and "hidden costs of green energy" in ednote.ed_note
    (table,) = ANPA.parse((corpus / SUPERDESK / "ap_anpa-6.tst").read_bytes(), {})
    assert table.extra["tabular"] is True
    rows = [clean_inline(p) for p in table.paragraphs]  # column gaps are collapsed by normalisation
    assert "Tampa Bay 73 52 .584 \u2014" in rows  # the leader "_" is the printed dash
    assert "Kansas City (López 1-7) at Baltimore (Means 8-8), 7:05 p.m." in rows


# --- IPTC 7901 -------------------------------------------------------------------------------


def test_iptc7901_synthetic() -> None:
    (item,) = IPTC7901.parse(SYNTHETIC_7901, {})
    assert item.uri is None and item.provider == "dpa" and item.urgency == 2
    assert (item.headline, item.by) == ("Synthetic headline for the 7901 test", "Ana Contoh, dpa")
    assert item.keywords == ["Test", "synthetic"] and item.signals == ["update"]
    assert item.first_created == "2021-05-06T14:05:00Z"
    assert item.paragraphs[:2] == [
        "Hamburg (dpa) - A synthetic lede paragraph that is hard-wrapped at a fixed width, as the wire "
        "delivers it, and speaks of Müller.",
        "A second paragraph that is also wrapped across more than a single line of text.",
    ]


def test_iptc7901_corpus(corpus: Path) -> None:
    (item,) = IPTC7901.parse((corpus / SUPERDESK / "IPTC7901.txt").read_bytes(), {})
    assert item.headline == "Germany Social Democrats: Coalition talks with Merkel could fail"
    assert (item.provider, item.urgency, item.slugline) == ("dpa", 4, "Germany-politics")
    assert item.first_created == "2013-11-13T11:37:00Z"
    assert item.paragraphs[0].startswith("Berlin (dpa) - Negotiations between German conservatives")
    (odd,) = IPTC7901.parse((corpus / SUPERDESK / "IPTC7901_odd_charset.txt").read_bytes(), {})
    assert odd.by == "Manuel Schwarz, dpa" and odd.keywords == ["Germany-football", "Munich", "Mueller"]
    assert any("Thomas Müller" in p for p in odd.paragraphs)
    (four,) = IPTC7901.parse((corpus / SUPERDESK / "dpa_four_line.txt").read_bytes(), {})
    assert four.extra["status"] == ["REFILE", "1ST LEAD"]
    assert four.headline == "Switzerland joins list of countries resisting UN migration pact"


# --- plain text ------------------------------------------------------------------------------


def test_plaintext_rejects_binary() -> None:
    noise = bytes((i * 7919 + 13) % 256 for i in range(3000))
    with pytest.raises(ParseError) as info:
        PLAINTEXT.parse(noise, {})
    assert info.value.reason == "undecodable"
    with pytest.raises(ParseError):
        PLAINTEXT.parse(b"text\x00\x00\x00with\x00nuls\x00" * 10, {})


def test_plaintext_drops_wire_framing() -> None:
    framed = b"\x01xyz header line\r\n\x02Body line one.\r\n\r\nBody line two.\r\n\x03trailer"
    (item,) = PLAINTEXT.parse(framed, {})
    assert item.paragraphs == ["Body line one.", "Body line two."]


def test_plaintext_utf16() -> None:
    (item,) = PLAINTEXT.parse("Jakarta (ANTARA) - Teks “uji”.".encode("utf-16"), {})
    assert item.paragraphs == ["Jakarta (ANTARA) - Teks “uji”."]


# --- whole pipeline --------------------------------------------------------------------------


def _article(payload: bytes, resources: Resources) -> dict:
    (outcome,) = process(RawItem(payload=payload), resources, received_at="2024-01-01T00:00:00Z")
    assert outcome.kind == "article", outcome.record
    return outcome.record


def test_pipeline_synthetic_wires(resources: Resources) -> None:
    anpa = _article(SYNTHETIC_ANPA, resources)
    assert anpa["located"] == "Springfield" and anpa["uri"].startswith("urn:wirefeed:ap:")
    assert anpa["bodies"][0]["value"].startswith("A synthetic lede paragraph")
    assert anpa["infoSources"] == [{"name": "AP", "role": "originator"}]
    dpa = _article(SYNTHETIC_7901, resources)
    assert dpa["located"] == "Hamburg" and dpa["ext"]["dateline"]["text"] == "Hamburg (dpa) -"
    assert "Notebook" not in dpa["bodies"][0]["value"] and "dpa ac bc" not in dpa["bodies"][0]["value"]
    assert [c["name"] for c in dpa["ext"]["contributors"]] == ["Ana Contoh", "Budi Contoh"]


def test_pipeline_synthetic_antara(fixtures: Path, resources: Resources) -> None:
    article = _article((fixtures / "text" / "synthetic_antara.txt").read_bytes(), resources)
    assert article["located"] == "Semarang"
    assert article["copyrightHolder"] == "ANTARA"
    assert article["descriptions"][0]["value"].startswith("Kami ingin")
    assert article["ext"]["provenance"]["provider"] == "antara"
    assert "Pewarta" not in article["bodies"][0]["value"]


@pytest.mark.parametrize(
    "name",
    [
        *[f"anpa-{i}.tst" for i in range(1, 5)],
        *[f"ap_anpa-{i}.tst" for i in range(1, 8)],
        "IPTC7901.txt",
        "IPTC7901_odd_charset.txt",
        "dpa_two_line.txt",
        "dpa_four_line.txt",
        "dpa_two_by_line.txt",
    ],
)
def test_pipeline_corpus_wires(corpus: Path, resources: Resources, name: str) -> None:
    article = _article((corpus / SUPERDESK / name).read_bytes(), resources)
    body = article["bodies"][0]["value"]
    for residue in ("\x01", "\x02", "\x03", "# Notebook", "NOTEBOOK", "Editing by", "(dpa) -", "(AP) _", "GMT<"):
        assert residue not in body
    assert article["uri"] and article["versionCreated"]


def test_pipeline_dpa_notebook(corpus: Path, resources: Resources) -> None:
    article = _article((corpus / SUPERDESK / "dpa_four_line.txt").read_bytes(), resources)
    assert article["located"] == "Geneva"
    assert article["edNote"] == "adds head of UNGA in grafs 7-11"
    assert [a["uri"] for a in article["associations"]] == ["http://dpaq.de/EM405", "http://dpaq.de/hKivX"]
    assert [c["name"] for c in article["ext"]["contributors"]] == [
        "Albert Otti",
        "Christiane Oelrich",
        "Helen Corbett",
        "Rachel More",
    ]


def test_pipeline_seed(corpus: Path, resources: Resources) -> None:
    article = _article(next((corpus / "seed").glob("000_*.txt")).read_bytes(), resources)
    assert article["located"] == "Beijing"
    assert [s["name"] for s in article["infoSources"]] == ["ANTARA", "Reuters"]
    assert article["copyrightHolder"] == "ANTARA" and len(article["associations"]) == 3
    assert article["bodies"][0]["value"].startswith("Menteri Luar Negeri China Wang Yi")
    # no headline in the source: one written from the lead, and marked as derived
    assert article["headlines"][0]["value"].startswith("Menteri Luar Negeri China Wang Yi pada Senin mengatakan")
    assert "headline" in article["ext"]["derived"]
