"""Session 14, branch tunef14 (issue #15): a text item's own ``located`` with no body to contradict it is
published; a "Distributed by X" note makes X the distributor and the "(c) Y" holder the originator; the
wire's continuation marker "More" leaves the body; a SportsML rendition is data (players, teams), not a
body. Real corpus items where the corpus has them (skipped without it); the pure tests carry the corpus's
own strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.copy import notebook
from streams.core.copy.residue import strip_signoffs
from streams.core.model import ParsedItem
from tests.unit.test_enrich_subjects import _processed

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
# the end of reut2-002.sgm item 714 (AMERICAN AIRLINES <AMR> LOAD FACTOR DECLINES), as the SGML and the
# joined plain-text copy give it
LAST = "Available seat miles rose 12.7 pct ot 6.08 billion from 5.40 billion and passenger boardings rose 8.6 pct"
# the dpa notebook of superdesk-core-fixtures/dpa_two_by_line.txt
NOTEBOOK = [
    "# Notebook",
    "## Note to editors",
    "- (c)2018 The San Diego Union-Tribune",
    "- Visit The San Diego Union-Tribune at www.sandiegouniontribune.com",
    "- Distributed by Tribune Content Agency, LLC.",
]


def _corpus(relative: str) -> Path:
    path = CORPUS / relative
    if not path.exists():
        pytest.skip(f"corpus item {relative} not present (../shared/corpus)")
    return path


def test_continuation_marker_leaves_the_end_of_the_story() -> None:
    assert strip_signoffs(["Story.", LAST + ".", "More"]) == ["Story.", LAST + "."]
    assert strip_signoffs([LAST + ". More"]) == [LAST + "."]
    assert strip_signoffs([LAST + ". (MORE)"]) == [LAST + "."]


def test_more_in_prose_stays() -> None:
    # "more" that is the sentence's own word, and a "More" that opens a paragraph, are prose
    assert strip_signoffs([LAST + " more"]) == [LAST + " more"]
    assert strip_signoffs(["More than 3.5 mln passengers boarded."]) == ["More than 3.5 mln passengers boarded."]
    assert strip_signoffs(["More", "It said revenue rose."]) == ["More", "It said revenue rose."]


def test_distributed_by_note_makes_the_copyright_holder_the_originator() -> None:
    item = ParsedItem(format="iptc7901")
    item.info_sources = [{"name": "Tribune Content Agency", "role": "originator"}]  # from "(tca/dpa)"
    notebook.take(item, ["Story.", *NOTEBOOK])
    roles = {s["name"]: s["role"] for s in item.info_sources}
    assert roles == {"The San Diego Union-Tribune": "originator", "Tribune Content Agency": "distributor"}


def test_notebook_without_distributor_note_keeps_the_sources() -> None:
    item = ParsedItem(format="iptc7901")
    item.info_sources = [{"name": "Tribune Content Agency", "role": "originator"}]
    notebook.take(item, ["Story.", *NOTEBOOK[:4]])
    assert item.info_sources == [{"name": "Tribune Content Agency", "role": "originator"}]
    assert item.copyright_holder == "The San Diego Union-Tribune"


def test_dpa_tca_story_credits_its_originator() -> None:
    (record,) = _processed(_corpus("superdesk-core-fixtures/dpa_two_by_line.txt"))
    roles = {s["name"]: s["role"] for s in record["infoSources"]}
    assert roles["The San Diego Union-Tribune"] == "originator"
    assert roles["Tribune Content Agency"] == "distributor"


def test_reuters_sgml_body_ends_without_more() -> None:
    path = _corpus("reuters21578/reut2-002.sgm")
    records = [r for r in _processed(path) if "LOAD FACTOR DECLINES" in r["headlines"][0]["value"]]
    assert records
    for record in records:
        body = record["bodies"][0]["value"]
        assert not body.rstrip().endswith(("More", "MORE")), body[-80:]
        assert body.rstrip().endswith("a year earlier.")


def test_headline_only_text_keeps_its_own_located() -> None:
    (record,) = _processed(_corpus("iptc-newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml"))
    assert record["located"] == "Berlin"
    # session 15 (ctry15): a metadata located names the bureau; DE is mentioned, not the story's country
    assert "DE" in record["ext"]["countriesMentioned"] and "DE" not in record["ext"].get("countries", [])


def test_reuters_desk_located_beside_a_body_stays_out() -> None:
    # a Reuters text with a story whose dateline is Damascus, located at the Bangalore desk
    (record,) = _processed(_corpus("superdesk-core-fixtures/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5"))
    assert record["located"] == "Damascus"
    assert record["ext"]["source"]["sourceLocated"] == "Bangalore"
    # the same IPTC item as LISTING 1 with a Phillies story as its body: Berlin is not the story's place
    (other,) = _processed(_corpus("iptc-python-newsmlg2-testfiles/008_roundtrip_test.xml"))
    assert other.get("located") != "Berlin"


def test_sportsml_is_no_body_its_players_are_people() -> None:
    (record,) = _processed(_corpus("iptc-newsml-g2/LISTING_21_A_complete_sample_SportsML-G2_document.xml"))
    assert not record.get("bodies")
    people = {p["name"] for p in record["people"]}
    assert {"Dee Gordon", "Charlie Blackmon"} <= people
    assert {"Miami Marlins", "Colorado Rockies"} <= {o["name"] for o in record["organisations"]}


def test_nitf_inline_xml_still_gives_a_body() -> None:
    (record,) = _processed(_corpus("iptc-python-newsmlg2-testfiles/008_roundtrip_test.xml"))
    assert "Citizen Bank Park" in record["bodies"][0]["value"]
