"""Session 20 (issue #15, mine): NewsML-G2 package groups in ``pgrmod:alt`` mode, and media members' file facts.

Pinned with IPTC's own NewsML-G2 listings (skipped when ``../shared/corpus`` is absent) and an inline variant
whose alternatives do not line up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from tests import contract

RECEIVED = "2026-01-01T00:00:00Z"
G2 = "iptc-newsml-g2"


def package(resources: Any, payload: bytes, name: str) -> dict[str, Any]:
    [outcome] = process(RawItem(payload, {"filename": name}, Origin(filename=name)), resources, received_at=RECEIVED)
    contract.validate_outcome(outcome.kind, outcome.record)
    assert outcome.kind == "article" and outcome.record["type"] == "composite"
    return outcome.record


def test_alternatives_are_renditions_of_one_member(corpus: Path, resources: Any) -> None:
    """LISTING 8: the video group's three alternatives (480, 720, 960 pixels) of the same two clips were six
    video members; a desk saw three copies of each clip. They are two members with three renditions each."""
    path = corpus / G2 / "LISTING_8_Group_Set_example_showing_an_ALT_Package_Mode.xml"
    record = package(resources, path.read_bytes(), path.name)
    videos = [a for a in record["associations"] if a["type"] == "video"]
    assert len(videos) == 2
    for video in videos:
        widths = [r["width"] for r in video["renditions"]]
        assert widths == [480, 720, 960]
        assert {r["contentType"] for r in video["renditions"]} == {"video/mp4"}
        assert video["renditions"][0]["href"] == video["uri"]
    titles = {v["headlines"][0]["value"] for v in videos}
    assert titles == {"Barack Obama arrive à Washington", "Hillary Clinton à une rassemblement à New York"}
    assert [a["name"] for a in record["associations"]][:2] == ["main-1", "main-2"]  # text members numbered as before


def test_sequence_group_members_stay_members(corpus: Path, resources: Any) -> None:
    """LISTING 9 (``pgrmod:seq``): every member stays a member in reading order; only the mode "alt" folds."""
    path = corpus / G2 / "LISTING_9_Group_Set_example_showing_a_SEQ_Package_Mode.xml"
    record = package(resources, path.read_bytes(), path.name)
    names = [a["name"] for a in record["associations"]]
    assert len(names) == 13 and names[0] == "top-1" and names[-1] == "ten-13"


_UNEVEN = b"""<groupSet root="G1">
  <group id="G1" role="group:main"><groupRef idref="G2"/></group>
  <group id="G2" role="group:pictures" mode="pgrmod:alt"><groupRef idref="G3"/><groupRef idref="G4"/></group>
  <group id="G3" role="group:small">
    <itemRef residref="urn:example:pic-1" contenttype="image/jpeg" width="320" height="200">
      <itemClass qcode="ninat:picture"/><title>Harbour at dawn</title></itemRef>
  </group>
  <group id="G4" role="group:large">
    <itemRef residref="urn:example:pic-2" contenttype="image/jpeg" width="1600" height="1000">
      <itemClass qcode="ninat:picture"/><title>Harbour at dawn</title></itemRef>
    <itemRef residref="urn:example:pic-3" contenttype="image/jpeg" width="1600" height="1000">
      <itemClass qcode="ninat:picture"/><title>Harbour at noon</title></itemRef>
  </group>
</groupSet>"""


def test_alternatives_that_do_not_line_up_lose_no_member(resources: Any) -> None:
    """Nothing lost: an alternative with another count of members than the first keeps its members."""
    record = package(resources, _UNEVEN, "uneven.xml")
    uris = [a["uri"] for a in record["associations"]]
    assert uris == ["urn:example:pic-1", "urn:example:pic-2", "urn:example:pic-3"]
    assert record["associations"][0]["renditions"] == [
        {"name": "small", "href": "urn:example:pic-1", "contentType": "image/jpeg", "width": 320, "height": 200}
    ]
