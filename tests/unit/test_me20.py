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


# --- zone-less times are the feed's wall clock where the agency's home zone is known --------------------

SD = "superdesk-core-fixtures"


def only_article(resources: Any, path: Path) -> dict[str, Any]:
    outcomes = process(RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=path.name)), resources)
    [record] = [o.record for o in outcomes if o.kind == "article"]
    contract.validate_outcome("article", record)
    return record


def test_aap_nitf_times_are_sydney_time(corpus: Path, resources: Any) -> None:
    """AAP's "Highlights of the AAP Finance Wire at 14:45 Feb 20, 2015", issued ``20150220T135142``: 13:51
    in Sydney (AEDT, UTC+11) is 02:51 UTC; read as UTC it was 00:51 on Saturday in Sydney, for a Friday
    round-up. AAP's feed of AFP copy (rights agent AAP) is stamped by the same clock."""
    record = only_article(resources, corpus / SD / "aap-finance1.xml")
    assert record["versionCreated"] == "2015-02-20T02:51:42Z"
    assert record["expires"] == "2015-03-22T02:51:42Z"
    afp_via_aap = only_article(resources, corpus / SD / "aap-finance.xml")
    assert afp_via_aap["versionCreated"] == "2014-11-26T04:27:03Z"  # 15:27 AEDT; "SEOUL, Nov 26 AFP"


def test_ntb_and_stt_times_are_oslo_and_helsinki_time(corpus: Path, resources: Any) -> None:
    """NTB's ``2020-09-07T14:45:26`` is Oslo summer time (UTC+2); STT's ``2019-04-15T13:49:15`` Helsinki
    summer time (UTC+3), as Superdesk's own STT parser reads it."""
    assert only_article(resources, corpus / SD / "nitf-ntb.xml")["versionCreated"] == "2020-09-07T12:45:26Z"
    stt = only_article(resources, corpus / SD / "stt1.xml")
    assert (stt["firstCreated"], stt["versionCreated"]) == ("2019-04-15T08:12:24Z", "2019-04-15T10:49:15Z")


def test_zone_only_for_times_without_one() -> None:
    """A stated zone wins; a date alone stays its UTC day; an unknown provider's naive time stays UTC."""
    from streams.core.formats import xmlmap
    from streams.core.formats.zones import home_zone

    sydney = home_zone("AAP")
    assert sydney is not None and home_zone("reuters") is None and home_zone(None) is None
    assert xmlmap.to_utc("20150220T135142", sydney) == "2015-02-20T02:51:42Z"
    assert xmlmap.to_utc("20150720T135142", sydney) == "2015-07-20T03:51:42Z"  # AEST in the austral winter
    assert xmlmap.to_utc("20150220T135142+0000", sydney) == "2015-02-20T13:51:42Z"
    assert xmlmap.to_utc("20150220", sydney) == "2015-02-20T00:00:00Z"
    assert xmlmap.to_utc("20150220T135142", home_zone("reuters")) == "2015-02-20T13:51:42Z"


# --- body: an agency's subscriber contact note; a line that pointed at media that is gone --------------


def test_subscriber_contact_note_leaves_the_body(corpus: Path, resources: Any) -> None:
    """AAP's finance advisory carried "For access to AAP's FinEx content please contact our Newswire Team on
    (02) 9322 8405 …" in the middle of its body: service copy for subscribers, not story."""
    body = only_article(resources, corpus / SD / "aap-finance1.xml")["bodies"][0]["value"]
    assert "9322 8405" not in body and "contact our" not in body
    assert "The following finance stories and features are available on AAP's premium FinEx" in body


def test_residue_rules_keep_a_public_appeal_and_a_list_intro() -> None:
    """A police appeal's number names no "our" desk and stays; a line ending in ":" before prose stays; one
    before a missing-media placeholder goes with it."""
    from streams.core.copy.residue import drop_residue

    appeal = "Anyone with information should contact Crime Stoppers on 1800 333 000."
    intro = "The points the post lists are the following:"
    kept = drop_residue([appeal, intro, "One global government."])
    assert kept == [appeal, intro, "One global government."]
    pointer = "Faktisk.no covered the conspiracies earlier in this article about the UN pin:"
    assert drop_residue(["Lead.", pointer, "[ GRAFIKK/VIDEO MANGLER ]", "Next part."]) == ["Lead.", "Next part."]


def test_pointer_to_missing_media_leaves_the_ntb_fact_check(corpus: Path, resources: Any) -> None:
    body = only_article(resources, corpus / SD / "nitf-ntb.xml")["bodies"][0]["value"]
    assert "i denne artikkelen om FN-nålen:" not in body and "Hva er Agenda 21 og Agenda 2030?" in body


# --- AP's supplemental category named as a desk gives its Media Topic ------------------------------------


def test_ap_supplemental_category_gives_its_media_topic(corpus: Path, resources: Any) -> None:
    """AP's picture of a rock star carried only AP's own names (category "a" Domestic News, suppcategory "ent"
    Entertainment, Music, Celebrity): no Media Topic, so a desk filtering by IPTC topics never saw it. The
    supplemental category's name is a desk the lexicon knows: arts, culture, entertainment and media."""
    for name in ("ap_media_picture.json", "ap_media_item.json"):
        subjects = only_article(resources, corpus / SD / name)["subjects"]
        uris = [s.get("uri") for s in subjects]
        assert "http://cv.iptc.org/newscodes/mediatopic/01000000" in uris
        assert any(s.get("literal") == "ent" for s in subjects)  # the provider's own entry stays


# --- a name after the Arabic article is no place outside the Arab states (‡ draw 2) ---------------------


def _places_and_countries(resources: Any, text: str) -> tuple[set[str], list[str]]:
    raw = RawItem(text.encode(), {"filename": "story.txt"}, Origin(filename="story.txt"))
    [record] = [o.record for o in process(raw, resources, received_at=RECEIVED) if o.kind == "article"]
    return {p["name"] for p in record.get("places", ())}, record["ext"].get("countries", [])


def test_family_name_after_the_article_is_no_place(corpus: Path, resources: Any) -> None:
    """Reuters-21578's "Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas" gave Sabah, the
    Malaysian state, and MY among the countries mentioned; "al-Sabah" is Kuwait's ruling family. The three
    Reuters stories that name him keep Kuwait and lose Sabah."""
    sgm = (corpus / "reuters21578" / "reut2-000.sgm").read_text(encoding="latin-1")
    stories = [s for s in sgm.split("</REUTERS>") if "al-Sabah" in s]
    assert len(stories) >= 3
    for story in stories:
        body = story[story.index("<BODY>") + 6 : story.index("</BODY>")]
        places, countries = _places_and_countries(resources, body)
        assert "Sabah" not in places and "MY" not in countries and "KW" in countries


def test_arab_place_written_with_the_article_stays(resources: Any) -> None:
    places, countries = _places_and_countries(
        resources, "DAMASCUS, March 3 - Kurdish fighters took al-Hasakah on Tuesday, the Syrian army said.\n"
    )
    assert any("asakah" in p for p in places) and countries == ["SY"]
