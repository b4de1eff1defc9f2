"""Session 6 (issue #15, media, packages and planning): the defect classes the editor review (seed 91807)
and the survey of the IPTC/Superdesk media samples found in the NewsML-G2 and NewsML 1.2 parsers.

Each class is pinned with the real corpus items that showed it (skipped when ``../shared/corpus`` is
absent) and, where the class needs a variant the corpus lacks, with a small inline document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core import reasons
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Outcome, process
from tests import contract

RECEIVED = "2026-01-01T00:00:00Z"
SD = "superdesk-core-fixtures"
G2 = "iptc-newsml-g2"
LYNX = (
    "tag_reuters.com_2014_newsml_LYNXMPEA6F0MS_version_2",
    "tag_reuters.com_2014_newsml_LYNXMPEA6F0MT_version_2",
    "tag_reuters.com_2014_newsml_LYNXMPEA6F13M_version_1",
)


def run_bytes(resources: Any, payload: bytes, name: str) -> list[Outcome]:
    raw = RawItem(payload, {"filename": name}, Origin(filename=name))
    outcomes = process(raw, resources, received_at=RECEIVED)
    for outcome in outcomes:
        contract.validate_outcome(outcome.kind, outcome.record)
    return outcomes


def run(resources: Any, path: Path) -> list[Outcome]:
    return run_bytes(resources, path.read_bytes(), path.name)


def articles(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    return [o.record for o in outcomes if o.kind == "article"]


def index(outcome: Outcome) -> int:
    record = outcome.record
    ref = record["origin"] if outcome.kind == "deadletter" else record["ext"]["provenance"]["rawRef"]
    return int(ref["index"])


# --- 1. a structural packageItem wrapper is no package; in-message members resolve ------------------------


@pytest.mark.parametrize(
    ("folder", "name", "members"),
    [(SD, "scoop.xml", 2), (G2, "LISTING_24_News_Message_conveying_a_complete_News_Package.xml", 5)],
)
def test_empty_package_wrapper_is_a_dead_letter_not_a_composite(
    corpus: Path, resources, folder: str, name: str, members: int
) -> None:
    """BusinessDesk's newsMessage wraps its story in ``<packageItem><itemRef residref=…/></packageItem>`` with
    no guid and no metadata; published, it was an undated composite without headline whose one link did
    not resolve (the story is ``urn:cl:BD-20160112123540``). It is accounted for as a dead letter at its index."""
    outcomes = run(resources, corpus / folder / name)
    assert [index(o) for o in outcomes] == list(range(members))  # every itemSet member has its outcome
    wrapper = outcomes[0]
    assert wrapper.kind == "deadletter" and wrapper.record["error"]["reason"] == reasons.NOT_AN_ARTICLE
    assert "packageItem" in wrapper.record["error"]["message"]
    assert all(a["type"] != "composite" for a in articles(outcomes))


def test_scoop_story_is_still_published(corpus: Path, resources) -> None:
    [story] = articles(run(resources, corpus / SD / "scoop.xml"))
    assert story["uri"] == "urn:cl:BD-20160112123540" and story["headlines"][0]["value"].startswith("Dick Smith")


def test_package_with_metadata_stays_a_package(corpus: Path, resources) -> None:
    """A packageItem with a guid and itemMeta is an editor's package, not a message wrapper; its only member
    is dead-lettered, so it has nothing to publish and its dead letter says so (branch pkg14: no dangling link)."""
    outcomes = run(resources, corpus / "iptc-python-newsmlg2-testfiles/007_emptynewsmessage.xml")
    assert not articles(outcomes)
    error = outcomes[0].record["error"]
    assert error["reason"] == "no_text" and error["message"].startswith("package whose every member")


MESSAGE = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <itemSet>
    <packageItem guid="PKG-1" version="1">
      <itemMeta><itemClass qcode="ninat:composite"/><provider literal="Desk"/>
        <versionCreated>2024-05-01T10:00:00Z</versionCreated></itemMeta>
      <contentMeta><headline>Harbour package</headline></contentMeta>
      <groupSet root="G1"><group id="G1" role="group:main"><itemRef residref="STORY-1"/></group></groupSet>
    </packageItem>
    <newsItem guid="STORY-1" version="1">
      <itemMeta><itemClass qcode="ninat:text"/><provider literal="Wire"/>
        <versionCreated>2024-05-01T09:00:00Z</versionCreated></itemMeta>
      <contentMeta><headline>Cranes return to the harbour</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
        <body><p>The cranes came back to the harbour on Tuesday after a long refit.</p></body></html>
      </inlineXML></contentSet>
    </newsItem>
  </itemSet>
</newsMessage>"""


def test_member_in_the_same_message_is_referenced_by_its_published_uri(resources) -> None:
    """The package's provider (Desk) differs from its member's (Wire): the association must name the uri the
    member is published under, not one minted in the package's namespace."""
    package, story = articles(run_bytes(resources, MESSAGE, "message.xml"))
    assert story["uri"] == "urn:wire:STORY-1"
    assert [a["uri"] for a in package["associations"]] == [story["uri"]]


# --- 2. codes and logins are not names ----------------------------------------------------------------------


def contributor_names(record: dict[str, Any]) -> list[str]:
    return [c["name"] for c in record["ext"].get("contributors", ())]


@pytest.mark.parametrize(
    ("name", "by"),
    [
        ("tag_reuters.com_0000_newsml_GM1EA7M13RP01_version_484616934", "Mario Anzuoni"),
        ("picture.xml", "Marko Djurica"),
    ],
)
def test_reuters_photographer_code_is_not_a_contributor_name(corpus: Path, resources, name: str, by: str) -> None:
    """``<creator qcode="photCode:X90045" role="cRole:phot"/>`` has no name: the code was published as one.
    The caption writer's desk initials ("MDJ/") are no name either; the by-line keeps the photographer."""
    [picture] = articles(run(resources, corpus / SD / name))
    assert picture["by"] == by
    names = contributor_names(picture)
    assert not any(":" in n or "/" in n for n in names), names


def test_desk_login_literal_is_not_a_contributor(corpus: Path, resources) -> None:
    """Reuters video package: ``<contributor role="cRole:lastEd" literal="butcher"/>`` is the editing login."""
    package = articles(run(resources, corpus / SD / "video.xml"))[0]
    assert "butcher" not in contributor_names(package)


def test_iptc_caption_writer_code_is_dropped_and_photographer_kept(corpus: Path, resources) -> None:
    [photo] = articles(
        run(resources, corpus / G2 / "LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml")
    )
    assert photo["ext"]["contributors"] == [{"role": "photographer", "name": "John Smith"}]  # not "pers:CK"


ROLES = b"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:p1" version="1">
  <itemMeta><itemClass qcode="ninat:picture"/><provider literal="Example"/>
    <versionCreated>2024-05-01T10:00:00Z</versionCreated></itemMeta>
  <contentMeta>
    <creator role="cRole:phot"><name>Ann Example</name></creator>
    <contributor role="cRole:capWriter"><name>Ben Sample</name></contributor>
    <headline>Cranes at the harbour</headline>
    <description role="drol:caption">Cranes at the harbour of Example Town on Tuesday.</description>
  </contentMeta>
  <contentSet><remoteContent href="https://cdn.example.com/p1.jpg" contenttype="image/jpeg" width="800" height="600"/>
  </contentSet>
</newsItem>"""


def test_contributor_roles_photographer_and_caption_writer(resources) -> None:
    """Reuters' ``cRole:phot`` was published as role "phot"; a caption writer was published as "writer"."""
    [picture] = articles(run_bytes(resources, ROLES, "roles.xml"))
    assert picture["ext"]["contributors"] == [
        {"role": "photographer", "name": "Ann Example"},
        {"role": "caption writer", "name": "Ben Sample"},
    ]
    assert picture["by"] == "Ann Example"


# --- 3. planning: assignees and coverage windows -------------------------------------------------------------


def test_planning_keeps_assignees_and_coverage_windows(corpus: Path, resources) -> None:
    """LISTING_18: each text coverage is assigned (``assignedTo`` with ``coversfrom``/``coversto``). ninjs 3.0
    ``plannedCoverage`` has no assignee property (additionalProperties false): the window becomes the
    coverage's ``dates``, the assignees go to ``ext.source.coverageAssignments`` with the coverage index."""
    [planning] = articles(run(resources, corpus / G2 / "LISTING_18_Planning_Item_at_PCL.xml"))
    contract.validate_event(planning)
    lapland, sleigh, picture = planning["plannedCoverage"]
    assert lapland["dates"] == {"startDate": "2018-12-24T06:00:00Z", "endDate": "2018-12-24T23:00:00Z"}
    assert sleigh["dates"] == {"startDate": "2018-12-24T23:00:00Z", "endDate": "2018-12-25T12:00:00Z"}
    assert picture["dates"] == {"startDate": "2018-12-25T00:00:00Z"}  # no assignee: the scheduled time
    assignments = planning["ext"]["source"]["coverageAssignments"]
    assert [(a["coverage"], [p["name"] for p in a["assignedTo"]]) for a in assignments] == [
        (0, ["Chief Elf Officer"]),
        (1, ["Santa Claus"]),
    ]
    first = assignments[0]
    assert first["assignedTo"][0]["literal"] == "santastaff:ceo"
    assert first["scheduled"] == "2018-12-24T23:30:00Z"  # the delivery time is kept


def test_planning_without_assignees_is_unchanged(corpus: Path, resources) -> None:
    [planning] = articles(run(resources, corpus / G2 / "LISTING_20_Planning_Item_with_delivery_at_PCL.xml"))
    assert planning["plannedCoverage"][0]["dates"] == {"startDate": "2018-12-25T17:30:00Z"}
    assert "coverageAssignments" not in planning["ext"].get("source", {})


# --- 4. a media item's located that its caption never names -------------------------------------------------


@pytest.mark.parametrize("name", LYNX)
def test_reuters_desk_location_is_not_the_picture_place(corpus: Path, resources, name: str) -> None:
    """Reuters LYNX stills of Damascus carry ``<located>`` Bangalore (the editing desk): published, the
    picture was located in Bengaluru and tagged IN."""
    [picture] = articles(run(resources, corpus / SD / name))
    assert picture.get("located") == "Damascus"  # the caption's "in Damascus July 16, 2014" (copy13), not the desk
    assert "IN" not in picture["ext"].get("countries", ())
    assert "Bengaluru" not in {p["name"] for p in picture.get("places", ())}
    assert picture["ext"]["source"]["sourceLocated"] == "Bangalore"
    assert "Damascus" in {p["name"] for p in picture["places"]}


def test_media_located_named_in_the_caption_stays(corpus: Path, resources) -> None:
    [video] = articles(run(resources, corpus / G2 / "LISTING_5_Multi-part_Video_in_NewsML-G2.xml"))
    assert video["located"] == "Berlin"


# --- 5. renditions: the URI form of the rendition code, no sender-local files ---------------------------------


def test_rendition_names_from_renditionuri_and_no_file_hrefs(corpus: Path, resources) -> None:
    photo = articles(run(resources, corpus / G2 / "LISTING_3A_Photo_in_NewsML-G2_(URI_sibling_attributes).xml"))[0]
    assert [r["name"] for r in photo["renditions"]] == ["highRes", "web", "thumb"]
    assert not any(r.get("href", "").startswith("file:") for r in photo["renditions"])
    assert photo["renditions"][0]["width"] == 1500


# --- 6. a video's script or shot list is its body -----------------------------------------------------------


def test_afp_video_script_is_the_body_with_attributed_soundbites(corpus: Path, resources) -> None:
    """LISTING_4 (AFP): ``description role="afpdescRole:script"`` held the shot list and four soundbites and
    was dropped; it is the body, one shot or soundbite per paragraph, and its quotes have speakers."""
    [video] = articles(run(resources, corpus / G2 / "LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml"))
    body = video["bodies"][0]["value"].split("\n\n")
    assert body[0].startswith("SHOTLIST: KUWAIT") and sum(p.startswith("SOUNDBITE") for p in body) == 4
    speakers = {q["speaker"] for q in video["ext"]["quotes"]}
    assert speakers == {"Amir Hussein Abdullahian", "Panos Moumtzis"}
    assert not any("SHOTLIST" in d["value"] for d in video.get("descriptions", ()))  # not a caption


def test_shotlist_is_no_headline_and_its_place_is_the_located(corpus: Path, resources) -> None:
    """Review seed 63378 (AFP video, no title): the headline was written from the shotlist's label line
    ("SHOTLIST: KUWAIT"), which names the format and the place, not the story; a shot line ("VAR inside the
    conference room") or the speaker list of the synthesis ("- Amir Hussein ...") is none either. The
    label line's place is the footage's dateline: located Kuwait."""
    [video] = articles(run(resources, corpus / G2 / "LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml"))
    assert "headlines" not in video and "headline" not in video["ext"].get("derived", ())
    assert video["located"] == "Kuwait"
    assert {"name": "Kuwait", "rel": "located"}.items() <= next(
        p for p in video["places"] if p["name"] == "Kuwait"
    ).items()
    from streams.core.copy.lead import _SHOTLIST_HEAD

    head = _SHOTLIST_HEAD.match("SHOWS: DAMASCUS, SYRIA (JULY 16, 2014) (SYRIAN TV - ACCESS ALL)")
    assert head and head.group("place") == "DAMASCUS"
    assert _SHOTLIST_HEAD.match("SHOWS: the president arriving, July 16") is None


def test_shotlist_lines_cut_at_br(corpus: Path, resources) -> None:
    [video] = articles(run(resources, corpus / G2 / "LISTING_5_Multi-part_Video_in_NewsML-G2.xml"))
    body = video["bodies"][0]["value"].split("\n\n")
    assert "- vs. Vicco von Bülow entering exhibition" in body and "- sot Irm Herrmann, actress" in body


# --- 7. NewsML 1.2: Business Wire rendition sizes -----------------------------------------------------------


def test_business_wire_media_renditions_have_pixel_sizes_and_use_names(corpus: Path, resources) -> None:
    """Business Wire states sizes as ``Property FormalName="PixelWidth"``; they were dropped, and every
    rendition was named after its component ("Photo-1" … "Photo-4") instead of its ImageUse."""
    [story] = articles(run(resources, corpus / "iptc-ninjs/NewsML/businesswire-newsml-20130515006361.xml"))
    first = story["associations"][0]
    assert [r["name"] for r in first["renditions"]] == ["Thumbnail", "Viewimage", "Lowres", "Highres"]
    assert (first["renditions"][0]["width"], first["renditions"][0]["height"]) == (72, 24)


# --- 8. a bare genre qcode is no genre name -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["LISTING_23_SportsML-G2_Package.xml", "LISTING_22_Sports_story_in_NewsML-G2NITF.xml"])
def test_genre_code_without_a_name_is_published_as_literal_only(corpus: Path, resources, name: str) -> None:
    """``<genre qcode="dclass:event-summary"/>`` was published with the code as its name; ninjs genres need
    no name, so the code stays a ``literal`` and genres that have a name keep it."""
    [item] = articles(run(resources, corpus / G2 / name))
    assert not any(":" in g.get("name", "") for g in item["genres"]), item["genres"]
    assert any(g.get("literal") == "dclass:event-summary" for g in item["genres"])


# --- subjects typed as a place, an organisation or a person are not topics (session 6) -----------------------


def test_geo_and_company_subjects_are_places_and_organisations(corpus: Path, resources) -> None:
    """Why: dpa's geography ("Deutschland", "Hessen"), a stadium's address and AP's company codes were
    published as subjects (review seed 36650, item 37; s5 item 37). A G2 subject of type cpnat:geoArea or
    cpnat:poi is a place, cpnat:organisation an organisation; a catch-all "International" and a bare code
    name nothing."""
    [dpa] = articles(run(resources, corpus / SD / "dpa.xml"))
    subjects = {s.get("name") for s in dpa.get("subjects", [])}
    places = {p.get("name") for p in dpa.get("places", [])}
    assert {"Deutschland", "Hessen", "Großbritannien"} <= places
    assert not subjects & {"Deutschland", "Hessen", "Großbritannien", "International"}
    assert "International" not in places
    assert "Fußball" in subjects
    ap = articles(run(resources, corpus / SD / "ap.xml"))
    assert all(
        not str(s.get("literal", "")).startswith(("apgeography:", "apcompany:"))
        for a in ap
        for s in a.get("subjects", [])
    )
    assert "NutriSystem Inc" in {o["name"] for a in ap for o in a.get("organisations", [])}


def test_source_place_that_is_the_dateline_town_is_located(corpus: Path, resources) -> None:
    """Why: once AP's geography subjects are places, "Knoxville" is listed by the source without a relation, and
    the dateline town the enricher finds is the same place: that entry becomes the located one, with its id."""
    ap = articles(run(resources, corpus / SD / "ap.xml"))
    knoxville = [p for a in ap for p in a.get("places", []) if p.get("name") == "Knoxville"]
    assert knoxville and all(p.get("rel") == "located" and p.get("uri") for p in knoxville)
    assert sum(p.get("rel") == "located" for a in ap for p in a.get("places", []) if p.get("name") == "Knoxville") == 1


def test_faceted_subject_is_its_main_concept(corpus: Path, resources: Any) -> None:
    """NewsML-G2 facets: ``<subject><mainConcept>swimming</mainConcept><facetConcept>breaststroke ...``: the
    subject is the main concept (it was dropped, leaving the item with no subject); facets are no topics."""
    (article,) = articles(run(resources, corpus / G2 / "facet-example-3.xml"))
    names = [s["name"] for s in article["subjects"]]
    assert names[0] == "swimming" and article["subjects"][0]["uri"].endswith("/mediatopic/20001071")
    assert not {"breaststroke", "200m", "women"} & set(names)
