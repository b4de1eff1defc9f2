"""RSS 2.0 / Atom parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core import reasons
from streams.core.formats import registry
from streams.core.formats.feeds import PARSER as FEEDS
from streams.core.model import RawItem
from streams.core.pipeline import process
from streams.errors import ParseError


def test_rss_fixture(fixtures: Path) -> None:
    payload = (fixtures / "feeds" / "rss_sample.xml").read_bytes()
    assert registry.select(payload, {}).name == "feeds"
    first, second = FEEDS.parse(payload, {})
    assert first.uri == "urn:wire.example.org:12345"  # bare guid → urn:<host>:<guid>
    assert first.alt_ids == [{"role": "url", "value": "https://wire.example.org/news/harbour-reopens"}]
    assert first.headline == "Harbour reopens after storm"
    assert first.description == "The harbour reopened on Monday."  # HTML flattened
    assert first.paragraphs == [
        "PORTSMOUTH, Jan 5 (Example) - The harbour reopened on Monday.",
        "Ferries resumed",
        "at noon.",
    ]
    assert first.by == "Jane Doe" and first.first_created == "2026-01-05T08:30:00Z"
    assert first.keywords == ["Transport", "Weather"] and first.language == "en-GB"
    assert second.uri == "https://wire.example.org/news/2"  # a URL guid stays as it is
    assert second.by == "News Desk" and second.paragraphs == [] and second.description == "Only a summary."


def test_atom_fixture(fixtures: Path) -> None:
    payload = (fixtures / "feeds" / "atom_sample.xml").read_bytes()
    assert registry.select(payload, {}).name == "feeds"
    first, second = FEEDS.parse(payload, {})
    assert first.uri == "urn:example:entry:1" and first.headline == "Markets rally"
    assert first.paragraphs == ["First paragraph.", "Second paragraph."]
    assert first.first_created == "2026-01-05T06:00:00Z" and first.version_created == "2026-01-05T07:15:00Z"
    assert first.by == "Feed Desk" and first.keywords == ["Markets"] and first.language == "en"
    assert second.uri == "urn:atom.example.net:entry-2"
    assert second.paragraphs == ["Line one of the body.", "Second paragraph."]


def test_feed_xml_is_parsed_safely() -> None:
    hostile = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&x;</title></item></channel></rss>"
    )
    with pytest.raises(ParseError) as err:
        FEEDS.parse(hostile, {})
    assert err.value.reason == reasons.FORBIDDEN_XML_CONSTRUCT
    with pytest.raises(ParseError) as err:
        FEEDS.parse(b"<rss><channel><item><title>x</item></rss>", {})
    assert err.value.reason == reasons.MALFORMED_XML


def test_corpus_wordpress_and_wenn(corpus: Path) -> None:
    fixtures = corpus / "superdesk-core-fixtures"
    items = FEEDS.parse((fixtures / "wordpress_wxr.xml").read_bytes(), {})
    assert len(items) == 5
    first = items[0]
    assert first.uri == "http://sdnewtester.org/?p=216"
    assert first.headline == "Starafrica to dispose assets for $6 million to clear debt"
    assert first.paragraphs[0] == "By Tester"  # WordPress newlines are paragraph breaks
    assert first.paragraphs[1].startswith("Harare, July 19 (The SDNewTester) - Cash-strapped StarAfrica ")
    assert first.paragraphs[1].endswith("$19.7 million debt.")
    assert first.by == "admin" and first.first_created == "2013-07-29T16:03:54Z" and first.language == "en-US"
    [funke] = FEEDS.parse((fixtures / "wordpress_wxr_funke.xml").read_bytes(), {})
    assert "Mysterium Secrets & Lies" in funke.keywords and funke.by == "Marion"
    # issue #16: the attachment is a picture of its own and the post's _thumbnail_id references it
    attachment, post = FEEDS.parse((fixtures / "wordpress_wxr_thumb.xml").read_bytes(), {})
    assert attachment.kind == "picture" and attachment.renditions[0]["href"] == "https://toto.invalid/attachment.jpg"
    assert post.headline == "test post"
    assert post.associations[0]["name"] == "featuremedia" and post.associations[0]["uri"] == attachment.uri
    wenn = FEEDS.parse((fixtures / "wenn.xml").read_bytes(), {})
    assert [i.uri for i in wenn] == [
        "urn:feed-wenn-com:newsfeedarticle:2:2222:1",
        "urn:feed-wenn-com:newsfeedarticle:2:2222:3",
    ]
    assert wenn[0].headline == "Suge Knight involved in fatal hit and run incident"
    assert wenn[0].version_created == "2015-01-30T00:33:06Z" and wenn[0].by == "WENN Newsdesk"
    # issue #15: the story is in the wenn_cm extension, <content> only holds "This is body content1."
    assert wenn[0].paragraphs[0].startswith("Police officials in Los Angeles are investigating a fatal hit")
    assert wenn[0].paragraphs[1].startswith("The embattled hip-hop mogul's lawyer James Blatt confirmed")
    assert len(wenn[0].paragraphs) == 5 and not any("body content" in p for p in wenn[0].paragraphs)
    assert wenn[0].first_created == "2015-01-30T00:33:06Z"  # wenn_nm:published (no Atom <published>)
    assert wenn[0].keywords == ["Music", "Suge Knight", "TMZ.com", "Compton", "Showbiz Music", "Urban"]
    assert wenn[0].people == [{"name": "Suge Knight"}]  # tag type "General Celebrity"
    assert wenn[0].organisations == [{"name": "TMZ.com"}]  # "Website" tag "Tmz.Com", spelt as the story does
    assert wenn[1].people == [{"name": "Kyle Norman"}]  # "Singer / Musician / DJ"
    assert wenn[1].organisations == [{"name": "Jagged Edge"}, {"name": "UsMagazine.com"}]  # Band, Website
    assert "Where the Party At" in wenn[1].keywords and not any(p["name"] == "Compton" for p in wenn[0].people)


def test_extension_body_only_when_fuller() -> None:
    """An extension body wins only when it is longer than <content>/<description>: a real body stays."""
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="http://example.invalid/x"><entry><id>urn:x:1</id>'
        b"<title>T</title><content>%s</content><x:meta><x:body>Short extension text.</x:body>"
        b'<x:tag value="Berlin" type_value="Place"/></x:meta></entry></feed>'
    )
    [long_content] = FEEDS.parse(feed % b"A real body that is much longer than the extension's text.", {})
    assert long_content.paragraphs == ["A real body that is much longer than the extension's text."]
    assert long_content.keywords == ["Berlin"] and not long_content.places and not long_content.people
    [placeholder] = FEEDS.parse(feed % b"Body.", {})
    assert placeholder.paragraphs == ["Short extension text."]


def test_corpus_feeds_through_pipeline(corpus: Path, resources: object) -> None:
    fixtures = corpus / "superdesk-core-fixtures"
    paths = [*sorted(fixtures.glob("wordpress_wxr*.xml")), fixtures / "wenn.xml"]
    kinds = [o.kind for p in paths for o in process(RawItem(p.read_bytes()), resources)]  # type: ignore[arg-type]
    assert kinds == ["article"] * 10  # 9 posts and one WordPress attachment (a picture, issue #16)
