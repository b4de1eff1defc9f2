"""Issue #16: pictures, graphics, video, audio, packages and events are published as ninjs items of their
type, every member of a container gets a record, and dedupe/routing know the types.

Real corpus files (skipped when ``../shared/corpus`` is absent) plus small repo fixtures.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.core import reasons
from streams.core.formats import registry
from streams.core.formats.ritzau import copenhagen_to_utc
from streams.core.hashing import content_hash, signature, similarity
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Outcome, is_event, process
from streams.core.routing import parse_rules, route
from tests import contract

RECEIVED = "2026-01-01T00:00:00Z"
SAMPLE_FOLDERS = ("superdesk-core-fixtures", "iptc-newsml-g2", "iptc-ninjs/3.0", "iptc-ninjs/2.1")


def run(resources: Any, path: Path) -> list[Outcome]:
    raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=path.name))
    outcomes = process(raw, resources, received_at=RECEIVED)
    for outcome in outcomes:
        contract.validate_outcome(outcome.kind, outcome.record)
    return outcomes


def articles(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    return [o.record for o in outcomes if o.kind == "article"]


def caption(record: dict[str, Any]) -> str | None:
    return next((d["value"] for d in record.get("descriptions", ()) if d["role"] == "caption"), None)


# --- ninjs ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["3.0", "2.1"])
def test_ap_image_is_a_picture_with_caption_credit_and_four_renditions(corpus: Path, resources, version) -> None:
    [picture] = articles(run(resources, corpus / f"iptc-ninjs/{version}/ap_image.json"))
    assert picture["type"] == "picture"
    assert caption(picture).startswith("FILE - In this Monday, Nov. 11, 2019 file photo")
    assert picture["ext"]["creditline"] == "ASSOCIATED PRESS"  # the AP credit (the file has no "by")
    assert picture["by"] == "DHA via AP"  # the caption's photo credit "(DHA via AP, File)"
    assert [r["name"] for r in picture["renditions"]] == ["main", "preview", "thumbnail", "caption_nitf"]
    main = picture["renditions"][0]
    assert (main["width"], main["height"], main["sizeInBytes"], main["contentType"]) == (
        3000,
        2208,
        4764958,
        "image/jpeg",
    )
    assert picture["ext"]["contentHash"].startswith("xxh3-128-picture:")
    assert "Turkey" in {p["name"] for p in picture.get("places", ())}  # enrichment ran on the caption


@pytest.mark.parametrize(
    ("name", "kind"), [("ap_video.json", "video"), ("ap_audio.json", "audio"), ("SIPA_image_3.json", "picture")]
)
def test_ninjs_media_types(corpus: Path, resources, name: str, kind: str) -> None:
    [item] = articles(run(resources, corpus / "iptc-ninjs/3.0" / name))
    assert item["type"] == kind and item["renditions"]


def test_ninjs_event_keeps_start_time_and_organiser(corpus: Path, resources) -> None:
    [event] = articles(run(resources, corpus / "iptc-ninjs/3.0/tt_event_pressconference_3.0.json"))
    assert event["type"] == "event" and is_event(event)
    assert event["eventDetails"]["dates"] == {"startDate": "2023-10-05T14:00:00Z", "expectedEndDate": "2023-10-05"}
    assert event["eventDetails"]["organiser"]["name"] == "Niklas Gillström"
    contract.validate_event(event)


def test_text_association_keeps_caption_byline_and_renditions(corpus: Path, resources) -> None:
    [text] = articles(run(resources, corpus / "iptc-ninjs/3.0/tt_text_image_3.json"))
    [picture] = text["associations"]
    assert picture["type"] == "picture" and picture["by"] == "Karl Melander/TT"
    assert caption(picture).startswith("En stor internationell försvarsövning")
    assert len(picture["renditions"]) == 4 and picture["renditions"][0]["width"] == 4724


def test_ap_media_text_keeps_its_body_renditions(corpus: Path, resources) -> None:
    [text] = articles(run(resources, corpus / "superdesk-core-fixtures/ap_media_text_item.json"))
    assert text["type"] == "text"
    assert [r["name"] for r in text["renditions"]] == ["nitf", "anpa"]
    assert text["renditions"][0]["contentType"] == "text/xml"


def test_ninjs_composite_publishes_its_embedded_members() -> None:
    package = {
        "uri": "urn:example:pkg-1",
        "type": "composite",
        "headlines": [{"value": "Harbour day"}],
        "versionCreated": "2025-05-20T03:00:00Z",
        "associations": [
            {
                "name": "main",
                "uri": "urn:example:pic-1",
                "type": "picture",
                "descriptions": [{"role": "caption", "value": "Cranes at the harbour."}],
                "renditions": [{"name": "original", "href": "https://cdn.example.com/1.jpg"}],
            }
        ],
    }
    items = registry.by_name("ninjs").parse(orjson.dumps(package), {})  # type: ignore[union-attr]
    assert [(i.kind, i.uri) for i in items] == [("composite", "urn:example:pkg-1"), ("picture", "urn:example:pic-1")]
    assert items[1].caption == "Cranes at the harbour."


def test_picture_with_only_a_caption_is_enriched_without_error(resources) -> None:
    doc = {
        "uri": "urn:example:pic-2",
        "type": "picture",
        "descriptions": [{"role": "caption", "value": "Jakarta (ANTARA) - Warga menanam pohon di taman kota."}],
    }
    [outcome] = process(RawItem(orjson.dumps(doc)), resources, received_at=RECEIVED)
    assert outcome.kind == "article" and outcome.record["type"] == "picture"
    assert "headlines" not in outcome.record or outcome.record["headlines"]
    contract.validate_article(outcome.record)


# --- NewsML-G2 --------------------------------------------------------------------------------------------


def test_listing3_photo_has_photographer_credit_and_rendition(corpus: Path, resources) -> None:
    [photo] = articles(run(resources, corpus / "iptc-newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml"))
    assert photo["type"] == "picture" and photo["by"] == "Spencer Platt"
    assert photo["ext"]["creditline"] == "Getty Images"
    assert caption(photo).startswith("A general view of part of downtown")
    assert photo["renditions"][0] == {
        "name": "highRes",
        "contentType": "image/jpeg",
        "width": 1500,
        "height": 1001,
        "sizeInBytes": 346071,
    }  # relative href: not a URI


def test_listing4_video_renditions_have_duration_and_codec(corpus: Path, resources) -> None:
    listing = corpus / "iptc-newsml-g2/LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml"
    [video] = articles(run(resources, listing))
    assert video["type"] == "video" and len(video["renditions"]) >= 3
    first = video["renditions"][0]
    assert first["duration"] == 69 and first["videoCodec"] == "vcdc:c015" and first["frameRate"] == 25


def test_listing6_package_is_a_composite_with_typed_members(corpus: Path, resources) -> None:
    [package] = articles(run(resources, corpus / "iptc-newsml-g2/LISTING_6_Simple_NewsML-G2_Package.xml"))
    assert package["type"] == "composite"
    assert [(a["uri"], a["type"]) for a in package["associations"]] == [
        ("urn:newsml:iptc.org:20081007:tutorial-item-A", "text"),
        ("urn:newsml:iptc.org:20081007:tutorial—item-B", "picture"),
    ]
    assert caption(package["associations"][1]).startswith("Si nous avons aujourd'hui")


def test_video_message_members_are_published_and_resolve(corpus: Path, resources) -> None:
    """superdesk video.xml: the package and its text, video, audio and picture members, each a record."""
    outcomes = run(resources, corpus / "superdesk-core-fixtures/video.xml")
    published = articles(outcomes)
    assert [a["type"] for a in published] == ["composite", "text", "video", "audio", "picture"]
    package = published[0]
    assert {a["uri"] for a in package["associations"]} == {a["uri"] for a in published[1:]}
    video = published[2]
    assert video["renditions"][0]["duration"] == 41 and video["renditions"][0]["contentType"] == "video/mpeg"


def test_g2_events_and_planning(corpus: Path, resources) -> None:
    g2 = corpus / "iptc-newsml-g2"
    [event] = articles(run(resources, g2 / "LISTING_14_Event_sent_as_a_Concept_Item.xml"))
    assert event["type"] == "event" and event["located"] == "London"  # the town of its postal address (session 18)
    assert event["ext"]["source"]["venueAddress"].startswith("86, Edgeware Road")
    assert event["eventDetails"]["dates"] == {"startDate": "2018-10-26T09:00:00Z", "expectedDuration": "P2D"}
    first, second = articles(run(resources, g2 / "LISTING_15_Two_Related_Events_in_a_Knowledge_Item.xml"))
    assert first["eventDetails"]["organiser"]["name"] == "International Press Telecommunications Council"
    assert second["headlines"][0]["value"] == "Newgathering and Verification Strategy"
    assert len(articles(run(resources, g2 / "LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml"))) == 3
    [planning] = articles(run(resources, g2 / "LISTING_17_Planning_Item_a_CCL.xml"))
    assert planning["type"] == "planning" and is_event(planning)
    assert [c["edNote"] for c in planning["plannedCoverage"]] == [
        "Text 250 words",
        "Picture scheduled 2018-11-06T13:00:00+02:00",
    ]


@pytest.mark.parametrize(
    "name",
    ["LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml", "LISTING_13_Complete_Catalog_Item.xml"],
)
def test_concepts_and_catalogs_are_dead_letters_with_a_reason(corpus: Path, resources, name: str) -> None:
    [outcome] = run(resources, corpus / "iptc-newsml-g2" / name)
    assert outcome.kind == "deadletter" and outcome.record["error"]["reason"] == reasons.NOT_AN_ARTICLE


def test_g2_event_fixture_is_an_event(fixtures: Path, resources) -> None:
    [event] = articles(run(resources, fixtures / "contract/g2-event.xml"))
    assert event["eventDetails"]["dates"] == {"startDate": "2025-05-21T02:00:00Z", "endDate": "2025-05-21T03:30:00Z"}
    assert event["eventDetails"]["organiser"] == {"name": "Example Harbour Authority", "literal": "exorg:harbour"}
    assert event["ext"]["source"]["position"] == {"latitude": -7.2575, "longitude": 112.7521}


# --- NITF, NewsML 1.2, feeds, Ritzau ----------------------------------------------------------------------


def test_nitf_media_become_associations(corpus: Path, resources) -> None:
    [story] = articles(run(resources, corpus / "superdesk-core-fixtures/nitf-fishing.xml"))
    [media] = story["associations"]
    assert media["type"] == "picture" and media["by"] == "Karben"
    assert caption(media) == "The tides, captured on film late yesterday."
    assert media["renditions"] == [
        {"name": "rendition1", "contentType": "image/jpeg", "title": "The tides are high.", "width": 278, "height": 185}
    ]


def test_newsml12_photo_item_and_photo_component(fixtures: Path, resources) -> None:
    text, photo = articles(run(resources, fixtures / "xml/newsml12_media.xml"))
    assert text["type"] == "text" and "by" not in text  # the photo's by-line stays with the photo
    [assoc] = text["associations"]
    assert assoc["type"] == "picture" and assoc["by"] == "Ann Example" and assoc["renditions"][0]["width"] == 2000
    assert photo["type"] == "picture" and caption(photo).startswith("The ferry Nordlys")
    assert [r["name"] for r in photo["renditions"]] == ["Photo-1", "Photo-2"]
    assert photo["ext"]["creditline"] == "Example Photo"


def test_media_rss_and_podcast_enclosure(fixtures: Path, resources) -> None:
    story, episode = articles(run(resources, fixtures / "feeds/media_rss.xml"))
    assert story["type"] == "text"  # a teaser image never turns a story into a picture
    [image] = story["associations"]
    assert image["type"] == "picture" and image["by"] == "Jane Doe" and caption(image) == "Cranes at the harbour."
    assert image["renditions"][0]["width"] == 800
    assert episode["type"] == "audio" and caption(episode) == "Episode twelve about ports."
    assert episode["renditions"] == [
        {
            "name": "enclosure",
            "href": "https://cdn.example.com/pod/12.mp3",
            "contentType": "audio/mpeg",
            "sizeInBytes": 123456,
        }
    ]


def test_ritzau_files(corpus: Path, resources) -> None:
    sd = corpus / "superdesk-core-fixtures"
    first, second = articles(run(resources, sd / "ritzau_feed.xml"))
    assert first["uri"] == "urn:ritzau:83e4e779-e3b7-46da-b061-34ab92bc6ec4"
    assert first["ext"]["provenance"]["sourceFormat"] == "ritzau"
    assert "Spire's Proposal" in first["headlines"][0]["value"]  # the extra escaping is undone
    assert second["by"] == "Mikkel Lundby Madsen"
    [news] = articles(run(resources, sd / "ritzau_news.xml"))
    assert news["versionCreated"] == "2018-01-30T16:32:18Z" and news["located"] == "Haag"
    assert news["bodies"][0]["value"].startswith("Hollandske forskere har")
    [noted] = articles(run(resources, sd / "ritzau_news_test_ednote.xml"))
    assert noted["edNote"].startswith("Lasse Norman Hansen skifter til Corendon-Circus.")


def test_copenhagen_local_time() -> None:
    assert copenhagen_to_utc("2018-01-30T17:32:18.397") == "2018-01-30T16:32:18Z"  # CET
    assert copenhagen_to_utc("2018-07-01T12:00:00") == "2018-07-01T10:00:00Z"  # CEST
    assert copenhagen_to_utc("2018-03-25T03:30:00") == "2018-03-25T01:30:00Z"  # after the switch
    assert copenhagen_to_utc("2018-10-28T03:30:00") == "2018-10-28T02:30:00Z"  # back to CET
    assert copenhagen_to_utc("2018-01-30T17:32:18+00:00") == "2018-01-30T17:32:18Z"
    assert copenhagen_to_utc("2024-02-30T10:00:00") is None  # no such day


# --- containers: nothing vanishes -------------------------------------------------------------------------


def test_three_item_message_keeps_the_picture(fixtures: Path, resources) -> None:
    outcomes = run(resources, fixtures / "xml/g2_message_ns0.xml")
    assert [(o.kind, o.record["type"]) for o in outcomes] == [
        ("article", "text"),
        ("article", "picture"),
        ("article", "text"),
    ]


def _sample_files(corpus: Path) -> list[Path]:
    return [
        p
        for folder in SAMPLE_FOLDERS
        for p in sorted((corpus / folder).iterdir())
        if p.is_file() and p.suffix.lower() != ".md"
    ]


def test_sample_files_publish_and_account_for_every_member(corpus: Path, resources) -> None:
    """≥ 90 % of the IPTC/Superdesk sample files publish an item; every member a container names and delivers
    (newsMessage itemSet children, RSS items, package members in the same message) has a record."""
    files = _sample_files(corpus)
    with_item = 0
    for path in files:
        outcomes = run(resources, path)
        published = articles(outcomes)
        with_item += bool(published)
        payload = path.read_bytes()
        if b"<itemSet" in payload:
            from lxml import etree

            root = etree.fromstring(payload)
            members = [el for s in root.iter("{*}itemSet") for el in s if isinstance(el.tag, str)]
            assert len(outcomes) >= len(members), path.name
        if b"<rss" in payload[:2000]:
            assert len(outcomes) == payload.count(b"<item>") + payload.count(b"<item "), path.name
        uris = {a["uri"] for a in published}
        dead = [o for o in outcomes if o.kind == "deadletter"]
        for package in (a for a in published if a["type"] == "composite"):
            for member in package.get("associations", ()):
                delivered = f'guid="{member["uri"]}"'.encode() in payload
                # a member delivered in the same message is published, or has its own dead letter
                assert not delivered or member["uri"] in uris or dead, (path.name, member["uri"])
    assert with_item / len(files) >= 0.90, f"{with_item}/{len(files)} sample files publish an item"


def test_every_item_type_occurs_and_validates(corpus: Path, resources) -> None:
    seen: set[str] = set()
    for path in _sample_files(corpus):
        for record in articles(run(resources, path)):  # run() validates every record
            seen.add(record["type"])
    assert {"text", "picture", "graphic", "video", "audio", "composite", "event", "planning"} <= seen


# --- dedupe and routing by type ---------------------------------------------------------------------------


def _picture(href: str, caption_text: str = "Cranes at the harbour.") -> dict[str, Any]:
    return {
        "uri": "urn:example:p",
        "type": "picture",
        "version": "1",
        "descriptions": [{"role": "caption", "value": caption_text}],
        "renditions": [{"name": "main", "href": href, "contentType": "image/jpeg", "width": 800, "height": 600}],
    }


def test_media_hash_uses_rendition_identity_not_only_the_caption() -> None:
    a = _picture("https://cdn.example.com/media/abc123.jpg?token=1")
    same_file_other_token = _picture("https://cdn2.example.com/media/abc123.jpg?token=2")
    other_picture_same_caption = _picture("https://cdn.example.com/media/def456.jpg")
    assert content_hash(a) == content_hash(same_file_other_token)
    assert content_hash(a) != content_hash(other_picture_same_caption)
    assert content_hash(a).startswith("xxh3-128-picture:")
    text = {
        "uri": "urn:example:t",
        "type": "text",
        "descriptions": [{"role": "summary", "value": "Cranes at the harbour."}],
    }
    assert content_hash(text) != content_hash(a)


def test_text_less_media_do_not_share_a_signature() -> None:
    a, b = _picture("https://cdn.example.com/x/1.jpg", ""), _picture("https://cdn.example.com/x/2.jpg", "")
    for item in (a, b):
        item.pop("descriptions")
    assert content_hash(a) != content_hash(b)
    assert similarity(signature(a), signature(b)) < 0.5


def test_text_hash_is_unchanged_by_the_type_rules() -> None:
    text = {"uri": "u", "bodies": [{"role": "main", "value": "One two three four."}]}
    typed = copy.deepcopy(text) | {"type": "text"}
    assert content_hash(text) == content_hash(typed)
    assert content_hash(text).startswith("xxh3-128:")


def test_routing_rule_matches_type() -> None:
    rules = parse_rules(
        {"rule": [{"topic": "wire.photo", "types": ["picture", "graphic"]}, {"topic": "wire.video", "types": "video"}]}
    )
    assert route(_picture("https://x.example/1.jpg"), rules) == ["wire.photo"]
    assert route({"type": "video"}, rules) == ["wire.video"]
    assert route({"uri": "u"}, rules) == []  # no type = text
    everything = parse_rules({"rule": [{"topic": "wire.all"}, {"topic": "wire.ev", "types": ["event"]}]})
    assert route({"type": "text"}, everything) == ["wire.all"]
    assert route({"type": "event"}, everything) == ["wire.ev"]  # events only where a rule names them


def test_ninjs_array_member_that_is_not_an_object_gets_its_own_dead_letter(resources) -> None:
    payload = orjson.dumps(
        [
            {"uri": "urn:example:1", "headline": "Harbour", "body_text": "The harbour grows."},
            42,
            {
                "uri": "urn:example:2",
                "type": "picture",
                "renditions": {"original": {"href": "https://cdn.example.com/2.jpg"}},
            },
        ]
    )
    outcomes = process(RawItem(payload), resources, received_at=RECEIVED)
    assert [(o.kind, o.record.get("type")) for o in outcomes] == [
        ("article", "text"),
        ("deadletter", None),
        ("article", "picture"),
    ]
    assert outcomes[1].record["error"]["reason"] == reasons.MALFORMED_JSON
    assert outcomes[1].record["origin"]["index"] == 1


def test_g2_video_script_is_its_body_and_is_enriched(resources) -> None:
    g2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20250101:v1" version="1">
 <itemMeta><itemClass qcode="ninat:video"/><provider qcode="nprov:example"/>
  <versionCreated>2025-01-01T10:00:00Z</versionCreated></itemMeta>
 <contentMeta><headline>Harbour opening</headline>
  <description role="drol:caption">Ships enter the new harbour of Surabaya.</description></contentMeta>
 <contentSet>
  <remoteContent href="https://video.example.com/v1.mp4" contenttype="video/mp4" duration="95"/>
  <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
   <p>SHOTLIST: Surabaya, Indonesia. Ships enter the harbour.</p></body></html></inlineXML>
 </contentSet>
</newsItem>"""
    [outcome] = process(RawItem(g2), resources, received_at=RECEIVED)
    video = outcome.record
    assert video["type"] == "video" and video["renditions"][0]["duration"] == 95
    assert video["bodies"][0]["value"].startswith("SHOTLIST: Surabaya")
    assert caption(video) == "Ships enter the new harbour of Surabaya."
    assert "ID" in video["ext"].get("countries", [])


def test_caption_is_normalised_like_other_text(resources) -> None:
    doc = {
        "uri": "urn:example:p3",
        "type": "picture",
        "descriptions": [{"role": "caption", "value": "  Cranes\u00a0at   the harbour\u00e2\u20ac\u2122s edge.  "}],
        "renditions": [{"name": "original", "href": "https://cdn.example.com/3.jpg"}],
    }
    [outcome] = process(RawItem(orjson.dumps(doc)), resources, received_at=RECEIVED)
    assert caption(outcome.record) == "Cranes at the harbour\u2019s edge."


def test_ninjs_event_timeline_keeps_estimated_dates(corpus: Path, resources) -> None:
    events = articles(run(resources, corpus / "iptc-ninjs/3.0/collection/20231016-event-timeline-sample.json"))
    assert len(events) == 14 and {e["type"] for e in events} == {"event"}
    assert events[0]["eventDetails"]["dates"] == {"expectedStartDate": "2016-09-03", "expectedEndDate": "2016-09-03"}


def test_uris_with_whitespace_are_percent_encoded_or_derived() -> None:
    from streams.core.assemble import assemble
    from streams.core.model import ParsedItem

    item = ParsedItem(
        format="feeds",
        uri="urn:feed.example net:entry 2\u00a0",
        headline="H",
        associations=[{"name": "a", "uri": "https://x.example/a b.jpg", "junk": 1}],
    )
    article = assemble(item, Origin(), None, RECEIVED)
    assert article["uri"] == "urn:feed.example%20net:entry%202"
    assert article["associations"] == [{"name": "a", "uri": "https://x.example/a%20b.jpg"}]
    assert assemble(ParsedItem(uri="no scheme here"), Origin(), None, RECEIVED)["uri"] == ""  # derived later


@pytest.mark.parametrize("number", ["inf", "nan", "1e400", "-5", "abc"])
def test_hostile_media_numbers_are_dropped_not_fatal(resources, number: str) -> None:
    ninjs = orjson.dumps(
        {
            "uri": "urn:example:n",
            "type": "video",
            "renditions": [
                {
                    "name": "v",
                    "href": "https://x.example/v.mp4",
                    "width": number,
                    "duration": number,
                    "sizeinbytes": number,
                }
            ],
        }
    )
    g2 = (
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:g"><itemMeta>'
        b'<itemClass qcode="ninat:video"/></itemMeta><contentSet><remoteContent href="https://x.example/v.mp4" '
        b'duration="'
        + number.encode()
        + b'" videoframerate="'
        + number.encode()
        + b'" width="'
        + number.encode()
        + b'"/></contentSet></newsItem>'
    )
    rss = (
        b'<rss version="2.0"><channel><item><title>T</title><enclosure url="https://x.example/a.mp3" '
        b'type="audio/mpeg" length="' + number.encode() + b'"/></item></channel></rss>'
    )
    for payload in (ninjs, g2, rss):
        for outcome in process(RawItem(payload), resources, received_at=RECEIVED):
            contract.validate_outcome(outcome.kind, outcome.record)
            assert outcome.kind == "article", outcome.record
            for rendition in outcome.record.get("renditions", ()):
                assert not {"width", "duration", "sizeInBytes", "frameRate"} & set(rendition)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Fans cheer in Nairobi. REUTERS/Marko Djurica (KENYA - Tags: POLITICS ELECTIONS)", "Marko Djurica"),
        ("Smoke rises over the port. (AP Photo/Jane Doe)", "Jane Doe"),
        ("A file photo of the court.(Photo by John Doe/Something/AP, File)", "John Doe"),
        ("Released by the national news agency SANA. REUTERS/SANA/Handout via Reuters", "SANA"),
        ("The minister speaks to reporters. (Nov. 14)", None),  # a date in brackets credits nobody
        ("Players warm up before the match", None),
    ],
)
def test_photo_credit_from_the_caption(caption: str, credit: str | None) -> None:
    """Why: pictures with a credited photographer in the caption were published without a by-line."""
    from streams.core.copy.credits import photo_credit

    assert photo_credit(caption) == credit
