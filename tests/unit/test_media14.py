"""Session 14 (branch media14, issue #15): pictures, video and packages a subscriber can use. A rendition
link relative to the item (Getty's ``href="./GYI0062134533.jpg"`` in the Guidelines' LISTING_3, NITF's
``source="high-tide.jpg"``) was dropped without a trace; AP's Media API durations (milliseconds) were published
as seconds and its master's size given to every thumbnail; an AFP video's ``icon`` (its still) was lost; a
ninjs item without ``type`` whose renditions are JPEGs was a "text"; a picture's body that only repeats its
headline was published; a package member's headline copied from its package was not marked derived. Inputs
are small and shaped like the corpus items each test names; the corpus test skips without the corpus."""

from __future__ import annotations

import json
from typing import Any

import pytest

from streams.core.formats.hrefs import RELATIVE_KEY, place_href
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process
from tests import contract
from tests.conftest import CORPUS

RECEIVED = "2026-12-07T00:00:00Z"
G2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/"'


def _articles(resources: object, payload: bytes, name: str) -> list[dict[str, Any]]:
    raw = RawItem(payload, {"filename": name, "received-at": RECEIVED}, Origin(filename=name))
    out = [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]
    for article in out:
        assert not contract.article_errors(article)
    return out


@pytest.mark.parametrize(
    ("raw", "base", "href", "ref"),
    [
        ("./GYI0062134533.jpg", None, None, "GYI0062134533.jpg"),
        ("file:///./ GYI0062134533-web.jpg", None, None, "GYI0062134533-web.jpg"),
        ("file:///C:/pics/x.jpg", "http://a.example/", None, "x.jpg"),  # the sender's disk: its file name
        ("high-tide.jpg", "http://photos.example/2026/", "http://photos.example/2026/high-tide.jpg", None),
        ("/media/clip.mp4", "https://news.example/story/1", "https://news.example/media/clip.mp4", None),
        ("media/x.jpg", "tag:example.com,2008:1", None, "media/x.jpg"),  # an id is no base
        (" http://www.example.com/video/407624.jpeg", None, "http://www.example.com/video/407624.jpeg", None),
        ("", None, None, None),
    ],
)
def test_place_href(raw: str, base: str | None, href: str | None, ref: str | None) -> None:
    out: dict[str, Any] = {}
    place_href(out, raw, base)
    assert out.get("href") == href
    assert out.get(RELATIVE_KEY) == ref


def _g2_picture(content_set: str, root_attrs: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem {G2} guid="tag:gettyimages.com,2010:GYI1" version="1" standard="NewsML-G2" {root_attrs}>
 <itemMeta><itemClass qcode="ninat:picture"/><provider qcode="nprov:GYI"/>
  <versionCreated>2010-10-20T23:45:58Z</versionCreated></itemMeta>
 <contentMeta><headline>Las Vegas Economy Scarred</headline>
  <description role="drol:caption">A general view of downtown Las Vegas, Nevada.</description></contentMeta>
 <contentSet>{content_set}</contentSet>
</newsItem>""".encode()


def test_relative_rendition_kept_as_reference(resources: object) -> None:
    content = (
        '<remoteContent rendition="rnd:highRes" href="./GYI1.jpg" size="346071" contenttype="image/jpeg"'
        ' width="1500" height="1001"/><remoteContent rendition="rnd:thumb" href="file:///./GYI1-thumb.gif"'
        ' contenttype="image/gif" width="80" height="53"/>'
    )
    (picture,) = _articles(resources, _g2_picture(content), "getty.xml")
    assert all("href" not in r for r in picture["renditions"])
    assert [r["name"] for r in picture["renditions"]] == ["highRes", "thumb"]
    assert picture["ext"]["renditionRefs"] == [
        {"rendition": "highRes", "href": "GYI1.jpg"},
        {"rendition": "thumb", "href": "GYI1-thumb.gif"},
    ]


def test_relative_rendition_resolves_against_xml_base(resources: object) -> None:
    content = '<remoteContent rendition="rnd:highRes" href="./GYI1.jpg" contenttype="image/jpeg"/>'
    payload = _g2_picture(content, 'xml:base="https://images.example.com/2010/10/"')
    (picture,) = _articles(resources, payload, "getty.xml")
    assert picture["renditions"][0]["href"] == "https://images.example.com/2010/10/GYI1.jpg"
    assert "renditionRefs" not in picture["ext"]


def test_listing3_relative_hrefs_from_the_corpus(resources: object) -> None:
    path = CORPUS / "iptc-newsml-g2" / "LISTING_3_Photo_in_NewsML-G2.xml"
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    (picture,) = _articles(resources, path.read_bytes(), path.name)
    refs = {r["rendition"]: r["href"] for r in picture["ext"]["renditionRefs"]}
    assert refs == {"highRes": "GYI0062134533.jpg", "web": "GYI0062134533-web.jpg", "thumb": "GYI0062134533-thumb.gif"}
    assert {r["name"] for r in picture["renditions"]} == set(refs)


def test_nitf_media_reference_relative(resources: object) -> None:
    payload = b"""<?xml version="1.0"?><nitf><head><title>Fishing</title></head><body>
 <body.head><hedline><hl1>Tides are high</hl1></hedline></body.head>
 <body.content><p>The fishing fleet stayed in port on Tuesday as the tides rose.</p>
 <media media-type="image"><media-reference mime-type="image/jpeg" source="high-tide.jpg" width="278"
  height="185"/><media-caption>The tides, captured on film late yesterday.</media-caption></media>
 </body.content></body></nitf>"""
    (story,) = _articles(resources, payload, "fishing.xml")
    (assoc,) = story["associations"]
    assert story["ext"]["renditionRefs"] == [
        {"association": assoc["name"], "rendition": assoc["renditions"][0]["name"], "href": "high-tide.jpg"}
    ]


def test_rss_enclosure_relative_to_item_link(resources: object) -> None:
    payload = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Example News</title>
 <link>https://news.example.com/</link><item><title>Harbour reopens after storm</title>
 <link>https://news.example.com/2026/12/harbour</link><description>The harbour reopened on Monday.</description>
 <enclosure url="/media/harbour.jpg" type="image/jpeg" length="20480"/></item></channel></rss>"""
    (story,) = _articles(resources, payload, "feed.xml")
    hrefs = [r.get("href") for a in story.get("associations", ()) for r in a.get("renditions", ())]
    hrefs += [r.get("href") for r in story.get("renditions", ())]
    assert "https://news.example.com/media/harbour.jpg" in hrefs


def _ap_ninjs(kind: str, renditions: list[dict[str, Any]]) -> bytes:
    return json.dumps(
        {
            "uri": "http://api.ap.org/media/v/content/8c9f92e2a4414c709a295b449f459a74?qt=H1Kdh42orF",
            "type": kind,
            "versioncreated": "2019-11-14T16:17:53Z",
            "headlines": [{"role": "main", "value": "Next up in impeachment hearings"}],
            "renditions": renditions,
        }
    ).encode()


def test_ap_media_api_duration_in_seconds(resources: object) -> None:
    href = "http://api.ap.org/media/v/content/8c9f92e2a4414c709a295b449f459a74.0/download?role=main"
    main = {"name": "main", "href": href, "sizeinbytes": 189504, "duration": 7896, "contenttype": "audio/mpeg"}
    (audio,) = _articles(resources, _ap_ninjs("audio", [main]), "ap_audio.json")
    assert audio["renditions"][0]["duration"] == pytest.approx(7.896)  # 189,504 bytes of MP3: 7.9 s


def test_size_shared_by_different_renditions_dropped(resources: object) -> None:
    size = 1880522908
    video = {"name": "main", "href": "http://api.ap.org/v/main", "sizeinbytes": size, "contenttype": "video/mpeg"}
    thumb = {"name": "thumbnail", "href": "http://api.ap.org/v/thumb", "sizeinbytes": size}
    thumb |= {"contenttype": "image/jpeg", "width": 135, "height": 76}
    (item,) = _articles(resources, _ap_ninjs("video", [video, thumb]), "ap_video.json")
    assert all("sizeInBytes" not in r for r in item["renditions"])


def test_same_size_same_file_kept(resources: object) -> None:
    first = {"name": "main", "href": "http://a.example/1.mp3", "sizeinbytes": 189504, "contenttype": "audio/mpeg"}
    second = {"name": "main-1", "href": "http://a.example/1.mpg", "sizeinbytes": 189504, "contenttype": "audio/mpeg"}
    payload = json.dumps({"uri": "urn:x:1", "type": "audio", "renditions": [first, second]} | {"headline": "A bite"})
    (item,) = _articles(resources, payload.encode(), "audio.json")
    assert [r.get("sizeInBytes") for r in item["renditions"]] == [189504, 189504]


def test_g2_video_icon_is_its_thumbnail(resources: object) -> None:
    payload = f"""<?xml version="1.0" encoding="utf-8"?>
<newsItem {G2} guid="urn:newsml:afp.com:20140131:video_1" version="1" standard="NewsML-G2">
 <itemMeta><itemClass qcode="ninat:video"/><provider qcode="nprov:AFP"/>
  <versionCreated>2014-01-30T13:29:38Z</versionCreated></itemMeta>
 <contentMeta><icon contenttype="image/jpeg" height="62" href="http://components.afp.com/9601ac3"
  rendition="rnd:thumbnail" width="110"/><headline>Kuwait donors conference for Syria</headline></contentMeta>
 <contentSet><remoteContent contenttype="video/mp4" href="http://components.afp.com/5ba0d14a64f.mp4"
  rendition="vidrnd:HD720" width="1280" height="720" duration="69"/></contentSet>
</newsItem>""".encode()
    (video,) = _articles(resources, payload, "afp_video.xml")
    assert video["renditions"][-1] == {
        "name": "thumbnail",
        "href": "http://components.afp.com/9601ac3",
        "contentType": "image/jpeg",
        "width": 110,
        "height": 62,
    }


def test_untyped_ninjs_with_jpeg_renditions_is_a_picture(resources: object) -> None:
    renditions = [
        {"name": "thumbnail", "href": "http://mms.example.com/2/dell.jpg", "contenttype": "image/jpeg"},
        {"name": "highres", "href": "http://mms.example.com/5/dell.jpg", "contenttype": "image/jpeg"},
    ]
    payload = json.dumps({"uri": "renditions-example", "bodies": [{"value": "..."}], "renditions": renditions})
    (item,) = _articles(resources, payload.encode(), "renditions.json")
    assert item["type"] == "picture"


def test_picture_body_repeating_headline_dropped(resources: object) -> None:
    payload = {
        "guid": "20170825001315282180",
        "type": "picture",
        "headline": "German Air Force Museum",
        "description_text": "A Casa 2.111, a Spanish reconstruction of the Heinkel He 111",
        "body_text": "German Air Force Museum",
        "versioncreated": "2017-08-25T04:41:35+0000",
        "renditions": {"baseImage": {"href": "http://example.com/api/upload-raw/1.jpg", "mimetype": "image/jpeg"}},
    }
    (picture,) = _articles(resources, json.dumps(payload).encode(), "ninjs3.json")
    assert "bodies" not in picture
    assert picture["headlines"][0]["value"] == "German Air Force Museum"


def test_member_headline_from_package_is_derived(resources: object) -> None:
    logo = {"thumbnail": {"href": "http://mms.businesswire.com/media/372964/2/AB_LOGO.jpg", "mimetype": "image/jpeg"}}
    payload = {
        "uri": "http://www.businesswire.com/news/home/20130731006140/en",
        "type": "composite",
        "versioncreated": "2013-07-31T15:32:00Z",
        "headline": "Lunch Taking a Toll? Let Applebee's Industrial Strength Lunch Decoy Stand In",
        "body_text": "Applebee's this week unveiled a stronger, longer-lasting Industrial Strength Lunch Decoy.",
        "associations": {
            "logo": {"uri": "http://mms.businesswire.com/media/372964/3/AB_LOGO.jpg", "type": "graphic"}
            | {"renditions": logo}
        },
    }
    package, member = _articles(resources, json.dumps(payload).encode(), "bw.json")
    assert member["type"] == "graphic"
    assert member["headlines"] == package["headlines"]
    assert "headline" in member["ext"]["derived"]
    assert "derived" not in package["ext"] or "headline" not in package["ext"]["derived"]


def test_rendition_poi_and_association_dates_kept(resources: object) -> None:
    original = {"href": "https://superdesk-tga.s3.amazonaws.com/sd-tga/9eba8c38.jpg", "mimetype": "image/jpeg"}
    original |= {"width": 1920, "height": 1440, "poi": {"x": 729, "y": 864}}
    media = {"guid": "ae041266", "type": "picture", "headline": "Ekegs in Manchester", "language": "en"}
    media |= {"firstcreated": "2022-06-21T07:42:38+0000", "versioncreated": "2022-06-21T07:42:39+0000"}
    media |= {"renditions": {"original": original}}
    payload = {"guid": "fd8e441b", "type": "text", "headline": "Trouble is brewing for the future of beer"}
    payload |= {"body_text": "Brewers are pursuing solutions to reduce water usage.", "source": "360info"}
    payload |= {"versioncreated": "2022-06-26T23:54:25+0000", "associations": {"featuremedia": media}}
    (story,) = _articles(resources, json.dumps(payload).encode(), "ninjs_embargoed.json")
    (assoc,) = story["associations"]
    assert assoc["renditions"][0]["poi"] == {"x": 729, "y": 864}
    assert assoc["versionCreated"] == "2022-06-21T07:42:39Z"
    assert assoc["language"] == "en"


def test_desk_label_and_agency_line_left_out_of_body(resources: object) -> None:
    body = (
        "Militärövning i jätteformat hålls 2023\nFörsvar TT\nPandemin satte stopp för den stora internationella "
        "militärövningen Aurora 2020 förra våren, och nu står det klart att det blir 2023."
    )
    payload = {"uri": "http://tt.se/media/text/210526-militarovning-a0f2d045", "type": "text", "language": "sv"}
    payload |= {"headlines": [{"role": "main", "value": "Militärövning i jätteformat hålls 2023"}]}
    payload |= {"bodies": [{"role": "text", "contentType": "text/plain", "value": body}]}
    payload |= {"copyrightHolder": "TT", "versionCreated": "2021-05-26T11:40:18Z"}
    (story,) = _articles(resources, json.dumps(payload).encode(), "tt.json")
    assert story["bodies"][0]["value"].startswith("Pandemin satte stopp")
    assert story["ext"]["source"]["vignette"] == "Försvar"


def test_member_caption_from_package_is_derived_too(resources: object) -> None:
    path = CORPUS / "superdesk-core-fixtures" / "video.xml"
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    members = [a for a in _articles(resources, path.read_bytes(), path.name) if a["type"] in ("video", "audio")]
    assert members
    for member in members:
        assert {"headline", "descriptions"} <= set(member["ext"]["derived"])


def _newsml12(photo_line: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>businesswire.com</ProviderId>
<DateId>20010714</DateId><NewsItemId>20130515006361</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier>
</Identification><NewsManagement><FirstCreated>20130516T040100Z</FirstCreated></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Dell Redefines Workstation Computing Boundaries</HeadLine></NewsLines>
<NewsComponent><Role FormalName="SubHeadLine"/><ContentItem><MimeType FormalName="text/xhtml"/><DataContent>
<html xmlns="http://www.w3.org/1999/xhtml"><body><ul><li> Dell Precision T1700 is the smallest in its class </li>
<li> Dell Precision rack workstation delivers new virtualization capabilities </li></ul></body></html>
</DataContent></ContentItem></NewsComponent>
<NewsComponent><Role FormalName="Body"/><ContentItem><MimeType FormalName="text/xhtml"/><DataContent>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Dell today announced an expanded Dell Precision workstation
portfolio that includes the smallest tower workstation chassis in its class.</p></body></html>
</DataContent></ContentItem></NewsComponent>
<NewsComponent><Role FormalName="Photo"/><NewsLines><HeadLine>{photo_line}</HeadLine></NewsLines>
<ContentItem Href="http://mms.businesswire.com/media/369395/2/00095.jpg"><MimeType FormalName="image/jpeg"/>
</ContentItem></NewsComponent></NewsComponent></NewsItem></NewsML>""".encode()


def test_newsml12_photo_headline_that_is_a_caption(resources: object) -> None:
    caption = (
        "The next generation Dell Precision R7610 rack workstation has been updated with more power. "
        "(Photo: Business Wire)"
    )
    (story,) = _articles(resources, _newsml12(caption), "bw.xml")
    (assoc,) = story["associations"]
    assert assoc["descriptions"] == [{"role": "caption", "value": caption}]
    assert "headlines" not in assoc
    sub = [h["value"] for h in story["headlines"] if h["role"] == "sub"]
    assert sub == [
        "Dell Precision T1700 is the smallest in its class; "
        "Dell Precision rack workstation delivers new virtualization capabilities"
    ]


def test_newsml12_photo_short_headline_stays(resources: object) -> None:
    (story,) = _articles(resources, _newsml12("Dr. Dell at the launch"), "bw.xml")
    (assoc,) = story["associations"]
    assert assoc["headlines"] == [{"role": "main", "value": "Dr. Dell at the launch"}]


def test_g2_text_picture_is_an_association(resources: object) -> None:
    payload = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem {G2} guid="tag:ansa.it,2017-10-11:40e5fb10" version="1" standard="NewsML-G2">
 <itemMeta><itemClass qcode="icls:text"/><provider literal="ansa.it"/>
  <versionCreated>2017-10-11T09:41:00Z</versionCreated></itemMeta>
 <contentMeta><headline>Catalan independence declaration unacceptable - Alfano</headline></contentMeta>
 <contentSet><remoteContent contenttype="image/jpeg" rendition="rnd:highRes" href="tag:ansa.it,2017-10-11:2004.jpg"/>
  <inlineData contenttype="text/plain" rendition="rnd:original">Italian Foreign Minister Angelino Alfano has said
  that the Catalan independence declaration is unacceptable.</inlineData></contentSet>
</newsItem>""".encode()
    (story,) = _articles(resources, payload, "ansa.xml")
    assert story["type"] == "text"
    assert "renditions" not in story  # a JPEG is no rendition of a story
    (assoc,) = story["associations"]
    assert assoc["type"] == "picture"
    assert assoc["renditions"][0]["href"] == "tag:ansa.it,2017-10-11:2004.jpg"
