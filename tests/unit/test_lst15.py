"""Session 15 (branch lst15, issue #15 item 5): listings are no datelines. Reuters-21578 NEWID 2690 ("PROPOSED
OFFERINGS RECENTLY FILED WITH THE SEC") lists "Gould Inc (GLD) - Offering of …": the firm and its ticker were
read as a dateline "CITY (AGENCY) - ", so the body lost everything before it and "GLD" became an originator.
A bracketed word the agency table does not know makes a dateline only after a place written as one (a city in
capitals, a dated place), and never a credit. The strings are the corpus's own; the corpus test skips when the
shared corpus is absent."""

from __future__ import annotations

import re
from typing import Any

import pytest

from streams.core.copy import dateline
from streams.core.model import Origin, ParsedItem, RawItem
from streams.core.pipeline import process
from tests.conftest import CORPUS

REUT2_002 = CORPUS / "reuters21578" / "reut2-002.sgm"
LISTING = "Gould Inc (GLD) - Offering of two mln shares of convertible exchangeable preferred stock"


@pytest.mark.parametrize(
    "paragraph",
    [
        LISTING,
        "Evans and Sutherland Computer Corp (ESCC) - Offering of 50 mln dlrs of 25-year convertible",
    ],
)
def test_firm_and_ticker_is_no_dateline(paragraph: str) -> None:
    assert dateline.parse(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "city", "agencies"),
    [
        ("Beijing (ANTARA) - Menteri Luar Negeri China Wang Yi pada", "Beijing", ["ANTARA"]),
        ("LONDON (Reuters) - An explosion in a supermarket in the south", "London", ["Reuters"]),
        ("COLUMBUS, Ohio (AP) — So how do they top that? The two national", "Columbus", ["AP"]),
        ("(AP) - Authorities say one person was killed after crashing his car", None, ["AP"]),
    ],
)
def test_agency_datelines_still_read(paragraph: str, city: str | None, agencies: list[str]) -> None:
    found = dateline.parse(paragraph)
    assert found is not None
    assert (found.city, found.agencies) == (city, agencies)


def test_unknown_tag_is_no_credit() -> None:
    """A capitals city before an unknown bracketed word is still a dateline, but the word is no agency."""
    item = ParsedItem()
    paragraphs = ["GOULD (GLD) - Offering of two mln shares", "Second paragraph."]
    assert dateline.take(item, paragraphs) == 0
    assert item.located == "Gould"
    assert item.info_sources == []
    item = ParsedItem()
    paragraphs = ["LONDON (Reuters) - An explosion in a supermarket in the south"]
    dateline.take(item, paragraphs)
    assert [s["name"] for s in item.info_sources] == ["Reuters"]


def _sgml_record(newid: str) -> bytes:
    payload = REUT2_002.read_bytes()
    start = payload.index(f'NEWID="{newid}"'.encode())
    start = payload.rindex(b"<REUTERS", 0, start)
    return payload[start : payload.index(b"</REUTERS>", start) + len(b"</REUTERS>")]


@pytest.mark.skipif(not REUT2_002.exists(), reason="shared corpus (reuters21578) absent")
def test_sec_listing_keeps_its_body(resources: Any) -> None:
    raw = RawItem(_sgml_record("2690"), {"filename": "reut2-002.sgm"}, Origin(filename="reut2-002.sgm"))
    (article,) = [o.record for o in process(raw, resources) if o.kind == "article"]
    body = article["bodies"][0]["value"]
    assert body.startswith("The following proposed securities offerings")
    assert "Gould Inc (GLD) - Offering" in body and "Evans and Sutherland Computer Corp (ESCC)" in body
    assert [s["name"] for s in article["infoSources"]] == ["Reuters"]
    assert "teasers" not in (article["ext"].get("source") or {})
    assert article["located"] == "Washington"


GOLD = CORPUS / "geoparsing-news-gold"


@pytest.mark.skipif(not GOLD.exists(), reason="shared corpus (geoparsing-news-gold) absent")
def test_reuters_datelines_in_corpus_still_read() -> None:
    """Where the rule must not fire: every corpus text that opens "CITY (Reuters) - " still reads as a
    dateline crediting Reuters."""
    opening = re.compile(r"<text>(?:<!\[CDATA\[)?([A-Z][A-Z ,.]{1,40}\(Reuters\) - [^<]{0,40})")
    texts = [m.group(1) for path in GOLD.glob("*.xml") for m in opening.finditer(path.read_text(encoding="utf-8"))]
    assert texts, "no Reuters-tagged opening found"
    for text in texts:
        found = dateline.parse(text)
        assert found is not None, text
        assert found.agencies == ["Reuters"]
