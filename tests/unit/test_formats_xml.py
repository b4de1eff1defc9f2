"""XML wire parsers: hardened parsing (xmlsafe), NewsML-G2, NITF, NewsML 1.2.

The first half runs on the repo's own fixtures (tests/fixtures/xml, see SOURCES.md); the second half
reads the shared third-party corpus and is skipped when it is absent.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from streams.core import reasons
from streams.core.formats import newsml12, newsmlg2, nitf, registry, xmlmap, xmlsafe
from streams.core.model import ParsedItem, RawItem
from streams.core.pipeline import process
from streams.errors import ParseError

HOSTILE = ["billion_laughs.xml", "quadratic_blowup.xml", "xxe_passwd.xml", "xxe_parameter.xml"]


def _xml(fixtures: Path, name: str) -> bytes:
    return (fixtures / "xml" / name).read_bytes()


def _parse(payload: bytes) -> list[ParsedItem]:
    return registry.select(payload, {}).parse(payload, {})


def _passwd_lines() -> list[str]:
    """Distinctive lines of the local /etc/passwd (what an XXE would leak)."""
    try:
        lines = Path("/etc/passwd").read_text(errors="replace").splitlines()
    except OSError:
        lines = []
    return [line for line in lines if len(line) > 8] + ["root:x:0:0", "/bin/bash", "/usr/sbin/nologin"]


# --- xmlsafe: the hardened parser -------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE)
def test_entity_declarations_are_forbidden(fixtures: Path, name: str) -> None:
    payload = _xml(fixtures, name)
    with pytest.raises(ParseError) as err:
        xmlsafe.parse_xml(payload)
    assert err.value.reason == reasons.FORBIDDEN_XML_CONSTRUCT
    with pytest.raises(ParseError) as err:
        _parse(payload)  # sniffing still finds the parser; the parser refuses the document
    assert err.value.reason == reasons.FORBIDDEN_XML_CONSTRUCT


@pytest.mark.parametrize(
    "doc",
    [
        b"<!DOCTYPE nitf []><nitf/>",
        b'<?xml version="1.0"?>\n<!-- c --><!DOCTYPE nitf [<!ATTLIST nitf a CDATA "x">]><nitf/>',
        b'<!DOCTYPE nitf SYSTEM "x.dtd" [<!ENTITY e "v">]><nitf>&e;</nitf>',
        b'<!DOCTYPE nitf [<!ENTITY e "v">',
    ],
)
def test_any_internal_subset_is_forbidden(doc: bytes) -> None:
    with pytest.raises(ParseError) as err:
        xmlsafe.parse_xml(doc)
    assert err.value.reason == reasons.FORBIDDEN_XML_CONSTRUCT


def test_utf16_internal_subset_is_forbidden() -> None:
    doc = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'.encode("utf-16")
    with pytest.raises(ParseError) as err:
        xmlsafe.parse_xml(doc)
    assert err.value.reason == reasons.FORBIDDEN_XML_CONSTRUCT


@pytest.mark.parametrize("name", [*HOSTILE, "xxe_external_dtd.xml"])
def test_xxe_never_leaks_local_files_through_the_pipeline(fixtures: Path, resources, name: str) -> None:
    outcomes = process(RawItem(_xml(fixtures, name), {}), resources)
    assert outcomes
    dumped = json.dumps([o.record for o in outcomes], ensure_ascii=False)
    for line in _passwd_lines():
        assert line not in dumped
    if name in HOSTILE:
        assert [o.record["error"]["reason"] for o in outcomes] == [reasons.FORBIDDEN_XML_CONSTRUCT]


def test_external_dtd_is_accepted_but_never_loaded(fixtures: Path) -> None:
    payload = _xml(fixtures, "xxe_external_dtd.xml")
    hl1 = xmlsafe.find_first(xmlsafe.parse_xml(payload), "hl1")
    assert xmlsafe.raw_text(hl1) == "External DTD\u00a0\u00a0reference"  # &#160; and HTML &nbsp; read
    [item] = _parse(payload)
    assert item.headline == "External DTD reference"
    assert item.paragraphs == ["Body text with an undeclared reference."]  # &passwd; dropped


def test_truncated_and_garbage_xml_are_malformed(fixtures: Path) -> None:
    for payload in (
        _xml(fixtures, "truncated.xml"),
        b"<nitf><body>",
        b"<newsItem>&undefined;</newsItem>",
        b"<nitf>\xff\xfe\x00</nitf",
    ):
        with pytest.raises(ParseError) as err:
            xmlsafe.parse_xml(payload)
        assert err.value.reason == reasons.MALFORMED_XML


def test_truncated_item_dead_letters_through_the_pipeline(fixtures: Path, resources) -> None:
    [outcome] = process(RawItem(_xml(fixtures, "truncated.xml"), {}), resources)
    assert outcome.kind == "deadletter"
    assert outcome.record["error"]["reason"] == reasons.MALFORMED_XML
    assert outcome.record["format"] == "newsmlg2"


@pytest.mark.parametrize(
    "name", ["iptc_listing2_text_document.xml", "nitf_latin1.xml", "newsml12_minimal.xml", "g2_message_ns0.xml"]
)
def test_every_prefix_raises_only_parse_error(fixtures: Path, name: str) -> None:
    payload = _xml(fixtures, name)
    parser = registry.select(payload, {})
    for cut in range(0, len(payload), 37):
        with contextlib.suppress(ParseError):  # anything else fails the test
            parser.parse(payload[:cut], {})


def test_encodings_and_boms() -> None:
    text = "<a>Caf\u00e9 \u00a31</a>"
    docs = [
        ('<?xml version="1.0" encoding="iso-8859-1"?>' + text).encode("iso-8859-1"),
        ("<?xml version='1.0' encoding='utf8'?>" + text).encode("utf-8"),
        b"\xef\xbb\xbf" + ('<?xml version="1.0" encoding="UTF-8"?>' + text).encode("utf-8"),
        ('<?xml version="1.0" encoding="UTF-16"?>' + text).encode("utf-16"),
        ('<?xml version="1.0" encoding="iso-8859-1"?>' + text).encode("utf-8"),  # mislabelled (afp20.xml)
        ('<?xml version="1.0" encoding="UTF-8"?>' + text).encode("cp1252"),  # 8-bit bytes labelled UTF-8
    ]
    for doc in docs:
        assert xmlsafe.text_of(xmlsafe.parse_xml(doc)) == "Caf\u00e9 \u00a31"


def test_namespace_agnostic_helpers_and_paragraphs() -> None:
    root = xmlsafe.parse_xml(
        b'<ns0:a xmlns:ns0="urn:x" xml:lang="de"><ns0:b q="1"><c>x <i>y</i></c></ns0:b>'
        b"<body>loose one\n\nloose two<p>para <br/>one</p><div>div text</div><ul><li>item</li></ul>"
        b"<script>no</script><table><tr><td>c1</td><td>c2</td></tr></table></body></ns0:a>"
    )
    b = xmlsafe.find(root, "b")
    assert xmlsafe.attr(b, "q") == "1"
    assert xmlsafe.text_of(xmlsafe.find(root, "b", "c")) == "x y"
    assert [xmlsafe.local(e) for e in xmlsafe.find_all(root, "c")] == ["c"]
    assert xmlsafe.xml_lang(xmlsafe.find(root, "b", "c")) == "de"
    assert xmlsafe.paragraphs(xmlsafe.find(root, "body")) == [
        "loose one",
        "loose two",
        "para one",
        "div text",
        "item",
        "c1 c2",
    ]


def test_sniffing_by_root_element() -> None:
    cases = {
        b'<?xml version="1.0"?>\n<!-- x --><newsMessage xmlns="urn:x"/>': "newsmlg2",
        b"<ns0:newsItem xmlns:ns0='urn:x'/>": "newsmlg2",
        b'<!DOCTYPE nitf SYSTEM "nitf.dtd"><nitf/>': "nitf",
        b"\n<NewsML Version='1.2'/>": "newsml12",
    }
    for head, name in cases.items():
        assert registry.select(head, {}).name == name
    assert not newsmlg2.PARSER.sniff(b"<rss/>") and not nitf.PARSER.sniff(b"<rss/>")
    assert not newsml12.PARSER.sniff(b"<feed/>")


# --- xmlmap -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("20131020T192751+1100", "2013-10-20T08:27:51Z"),
        ("20140829T135002Z", "2014-08-29T13:50:02Z"),
        ("2018-10-21T16:25:32-05:00", "2018-10-21T21:25:32Z"),
        ("2014-07-17T00:24:11.000Z", "2014-07-17T00:24:11Z"),
        ("2020-09-07T14:45:26", "2020-09-07T14:45:26Z"),
        ("  2018-01-03T20:13:08.000Z\n ", "2018-01-03T20:13:08Z"),
        ("20020225T143000-0500", "2002-02-25T19:30:00Z"),
        ("not a date", None),
        ("", None),
    ],
)
def test_to_utc(raw: str, expected: str | None) -> None:
    assert xmlmap.to_utc(raw) == expected


def test_provider_uri_qcode_signal_mapping() -> None:
    assert xmlmap.provider_slug("nprov:REUTERS") == "reuters"
    assert xmlmap.provider_slug("reuters.com") == "reuters"
    assert xmlmap.provider_slug("http://www.acmenews.com/about/") == "acmenews"
    assert xmlmap.provider_slug("http://cv.iptc.org/newscodes/newsprovider/IPTC") == "iptc"
    assert xmlmap.provider_slug("ana-mpe.gr") == "ana-mpe"
    assert xmlmap.make_uri("urn:newsml:x.com:1", "x", "g2") == "urn:newsml:x.com:1"
    assert (
        xmlmap.make_uri("tag:reuters.com,0000:newsml_L1N14N0FF", "reuters", "g2")
        == "tag:reuters.com,0000:newsml_L1N14N0FF"
    )
    assert xmlmap.make_uri("id with space", None, "nitf") == "urn:nitf:id%20with%20space"
    assert xmlmap.concept("central bank", "medtop:20000350") == {
        "name": "central bank",
        "uri": "http://cv.iptc.org/newscodes/mediatopic/20000350",
    }
    assert xmlmap.concept(None, "subj:04000000") == {
        "name": "04000000",
        "uri": "http://cv.iptc.org/newscodes/subjectcode/04000000",
    }
    assert xmlmap.concept(None, "N2:SA") == {"name": "N2:SA", "literal": "N2:SA"}
    assert xmlmap.signals(["edStat:D", "prodId:TXT"], "canceled") == ["cancel", "edStat:D", "prodId:TXT"]
    assert xmlmap.signals(["sig:correction"]) == ["correction", "sig:correction"]
    assert xmlmap.pub_status("stat:withheld") == "withheld"
    assert xmlmap.pub_status("Canceled") == "canceled"


# --- parsers on the repo's own fixtures -----------------------------------------------------------------


def test_g2_text_document_with_inline_nitf(fixtures: Path) -> None:
    [item] = _parse(_xml(fixtures, "iptc_listing2_text_document.xml"))
    assert item.format == "newsmlg2"
    assert item.uri == "urn:newsml:acmenews.com:20161121:US-FINANCE-FED"
    assert item.version == "11"
    assert item.provider == "acmenews"
    assert item.version_created == "2018-11-21T21:25:32Z"
    assert item.content_created == "2016-11-21T20:21:06Z"
    assert item.language == "en-US"
    assert item.headline == 'Fed to halt QE to avert "bubble"'
    assert item.slugline == "US-Finance-Fed"
    assert item.located == "New York, NY"
    assert item.by == "By Meredith Jameson,"  # from the NITF byline
    assert {"role": "writer", "name": "Meredith Jameson"} in item.contributors
    assert [s["uri"] for s in item.subjects] == [
        "http://cv.iptc.org/newscodes/mediatopic/04000000",
        "http://cv.iptc.org/newscodes/mediatopic/20000350",
        "http://cv.iptc.org/newscodes/mediatopic/20000379",
    ]
    assert item.subjects[1]["name"] == "central bank"
    assert item.info_sources == [
        {"name": "Associated Press", "literal": "is:AP"},  # the provider too (#15)
        {"name": "acmenews.com", "role": "originator", "uri": "http://www.acmenews.com/about/"},
    ]
    assert item.copyright_holder == "Acme News and Media LLC"
    assert item.copyright_notice == "Copyright 2017-18 Acme News and Media LLC"
    assert len(item.paragraphs) == 2
    assert item.paragraphs[0].startswith("(New York, NY - October 21) Et, sent luptat")


def test_g2_news_item_metadata(fixtures: Path) -> None:
    [item] = _parse(_xml(fixtures, "iptc_listing1_news_item.xml"))
    assert item.first_created == "2016-10-18T18:12:21Z"
    assert item.embargoed_until == "2018-10-23T12:00:00Z"
    assert item.pub_status == "usable"
    assert item.signals == ["update", "sig:update"]
    assert item.ed_note is not None and item.ed_note.startswith("Note to editors: STRICTLY EMBARGOED.")
    assert item.usage_terms == "Not for use outside the United States"
    # a Reuters-provided text located in Berlin with no body (a headline only): nothing shows the story is
    # elsewhere, the source's own located is published (session 14, tunef14; with a body the desk rule holds)
    assert item.located == "Berlin" and "sourceLocated" not in item.extra
    assert item.genres == [{"name": "Interview", "uri": "http://cv.iptc.org/newscodes/genre/interview"}]
    assert item.associations[0]["rel"] == "seeAlso"
    assert item.paragraphs == []  # empty inlineXML (a comment only)


def test_g2_picture_is_a_picture(fixtures: Path, resources) -> None:
    """Issue #16: a G2 photo is published as a picture with caption, photographer and rendition."""
    [item] = _parse(_xml(fixtures, "iptc_listing3_photo.xml"))
    assert item.kind == "picture"
    [outcome] = process(RawItem(_xml(fixtures, "iptc_listing3_photo.xml"), {}), resources)
    assert outcome.kind == "article" and outcome.record["type"] == "picture"


def test_g2_message_with_prefixes_keeps_the_picture(fixtures: Path, resources) -> None:
    """Issue #16: the picture in the middle of the three-item message is an output of its own."""
    first, picture, second = _parse(_xml(fixtures, "g2_message_ns0.xml"))
    assert picture.kind == "picture" and picture.headline == "A picture"
    assert first.uri == "tag:example.com,2024:one"
    assert first.headline == "Caf\u00e9 de la gare ferm\u00e9"
    assert first.language == "fr"
    assert first.signals == ["correction", "sig:correction"]
    assert first.version_created == "2024-01-02T10:00:00Z"
    assert first.paragraphs == ["Premier paragraphe.", "Second paragraphe."]
    assert second.uri == "urn:example:two"
    assert second.paragraphs == ["First line.", "Second paragraph."]
    outcomes = process(RawItem(_xml(fixtures, "g2_message_ns0.xml"), {}), resources)
    assert [o.kind for o in outcomes] == ["article", "article", "article"]
    assert [o.record["type"] for o in outcomes] == ["text", "picture", "text"]
    assert [o.record["ext"]["provenance"]["rawRef"]["index"] for o in outcomes] == [0, 1, 2]


def test_nitf_latin1_fixture(fixtures: Path) -> None:
    [item] = _parse(_xml(fixtures, "nitf_latin1.xml"))
    assert item.format == "nitf"
    assert item.uri == "urn:wf:wf-0001" and item.provider == "wf"
    assert item.version == "2"
    assert item.first_created is None and item.version_created == "2024-01-02T09:15:00Z"
    assert item.urgency == 3
    assert item.headline == "Pound falls to \u00a31.10"
    assert item.subheadline == "Caf\u00e9 owners worried"
    assert item.description == "Sterling slid on Tuesday."
    assert item.by == "By Jane Doe"
    assert item.contributors == [{"role": "writer", "name": "Jane Doe", "title": "Markets Reporter"}]
    assert item.located == "LONDON" and item.dateline == "LONDON, Jan 2"
    assert item.paragraphs == [
        "LONDON, Jan 2 - Sterling slid to \u00a31.10 on Tuesday.",
        "Caf\u00e9 owners said imports would cost more.",
    ]
    assert item.subjects == [{"name": "Economy", "uri": "http://cv.iptc.org/newscodes/subjectcode/04000000"}]
    assert item.keywords == ["sterling"]
    assert item.ed_note == "Corrects spelling of caf\u00e9"
    assert item.copyright_holder == "Wirefeed Test"
    assert item.language == "en-GB"
    assert {"role": "du-key", "value": "wf-pound"} in item.alt_ids


def test_newsml12_fixture(fixtures: Path) -> None:
    item, photo = _parse(_xml(fixtures, "newsml12_minimal.xml"))  # issue #16: the photo NewsItem is kept
    assert photo.kind == "picture" and photo.uri and photo.rejected is None
    assert [a["type"] for a in item.associations] == ["picture"]  # the text's photo component
    assert item.format == "newsml12"
    assert item.uri == "urn:newsml:example.org:20240102:TX-1"  # revision suffix dropped
    assert {"role": "PublicIdentifier", "value": "urn:newsml:example.org:20240102:TX-1:2"} in item.alt_ids
    assert item.version == "2"
    assert item.pub_status == "withheld"
    assert item.urgency == 2
    assert item.first_created == "2024-01-02T10:00:00Z"
    assert item.version_created == "2024-01-02T11:30:00Z"
    assert item.headline == "Test headline"
    assert item.by == "By A. Writer"
    assert item.dateline == "PARIS, Jan 2 (EX) -"
    assert item.located == "Paris"
    assert item.copyright_notice == "(c) Example 2024"
    assert item.keywords == ["test"]
    assert item.subjects == [{"name": "04000000", "uri": "http://cv.iptc.org/newscodes/subjectcode/04000000"}]
    assert item.paragraphs == ["One.", "Two."]


def test_body_hygiene_helpers() -> None:
    """Issue #15 classes, on small inputs: references escaped twice, routing-code lines, machine translations
    beside the original, a paragraph cut at a dropped inline element."""
    assert xmlmap.unescape_refs("Alko&#39;s &quot;will&quot; &amp; AT&T &#x2019;") == 'Alko\'s "will" & AT&T \u2019'
    assert xmlmap.is_routing_codes("51 77 03 CRO01 1113 APE4800 GEST GEST03 MAE03 LOC03 QBXBSXB")
    assert not xmlmap.is_routing_codes("SAUDI ARABIA 4.9 3.7 3.8")  # a table row
    assert not xmlmap.is_routing_codes("INTERNATIONAL THOMSON ORGANISATION LTD YEAR SHR 33P VS 38P")
    assert xmlmap.drop_routing_codes(["Text.", "CRO01 APE4800 11 13"]) == ["Text."]
    english = [
        "The parliament approved the alcohol act on Friday after a long debate in the chamber.",
        "The government also won a vote of confidence, the prime minister said after the vote.",
    ]
    german = [
        "Das Parlament hat am Freitag nach einer langen Debatte das Alkoholgesetz verabschiedet.",
        "Die Regierung gewann auch eine Vertrauensabstimmung, sagte der Ministerpräsident danach.",
    ]
    notice = "*** DISCLAIMER: THIS IS AN AUTOMATED TRANSLATION FROM GERMAN ***"
    assert xmlmap.original_version([notice, *english, notice, *german], "de-DE") == (german, ["en"])
    assert xmlmap.original_version([notice, *english, notice, *german], "en") == (english, ["de"])
    assert xmlmap.original_version(english, "de") == (english, [])  # no notice: untouched
    assert xmlmap.strip_translation_mark("Act passed*** TRANSLATED ***") == ("Act passed", True)
    assert xmlmap.rejoin_broken(["Sales are limited ", ", the same applies."]) == [
        "Sales are limited, the same applies."
    ]


# --- the shared third-party corpus ----------------------------------------------------------------------


def _corpus_items(corpus: Path, relative: str) -> list[ParsedItem]:
    return _parse((corpus / relative).read_bytes())


def test_reuters_text_item(corpus: Path) -> None:
    [item] = _corpus_items(corpus, "superdesk-core-fixtures/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5")
    assert item.uri == "urn:reuters:tag_reuters.com_2014_newsml_KBN0FL0NN"
    assert item.provider == "reuters"
    assert item.version == "5"
    assert item.first_created == "2014-07-16T08:10:15Z"
    assert item.version_created == "2014-07-16T15:53:10Z"
    assert item.urgency == 4
    assert item.signals[:2] == ["update", "edStat:U"]
    assert item.by == "By Marwan Makdisi"
    assert item.ed_note == "This is editorial note."
    # the editing desk, named nowhere in the text: kept aside (the dateline "DAMASCUS (Reuters) -" places it)
    assert item.located is None and item.extra["sourceLocated"] == "Bangalore"
    assert item.dateline is None and item.extra["datelineDate"] == "2014-07-16 15:53:10 GMT+00:00"
    assert item.alt_ids == [{"role": "idType:USN", "value": "KBN0FL0NN"}]
    assert {"name": "02000000", "uri": "http://cv.iptc.org/newscodes/subjectcode/02000000"} in item.subjects
    assert item.paragraphs[1].startswith("DAMASCUS (Reuters) - Bashar al-Assad was sworn in")


def test_reuters_cancel_pair(corpus: Path) -> None:
    base = "superdesk-core-fixtures/tag_reuters.com_2016_newsml_L1N14N0FF_version_"
    [usable] = _corpus_items(corpus, base + "978556838")
    [canceled] = _corpus_items(corpus, base + "1542761538")  # ns0: prefixes, encoding='utf8'
    assert usable.uri == canceled.uri == "tag:reuters.com,0000:newsml_L1N14N0FF"
    assert usable.pub_status == "usable"
    assert canceled.pub_status == "canceled"
    assert canceled.signals[:2] == ["cancel", "edStat:D"]
    assert canceled.headline == ("CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream")


def test_reuters_package_and_picture_keep_their_type(corpus: Path) -> None:
    """Issue #16: Reuters packages and pictures are published with their type (were not_an_article)."""
    for name, kind in (
        ("tag_reuters.com_2014_newsml_KBN0FL0NM_version_10", "composite"),
        ("tag_reuters.com_2014_newsml_LYNXMPEA6F13M_version_1", "picture"),
        ("picture.xml", "picture"),
    ):
        items = _corpus_items(corpus, f"superdesk-core-fixtures/{name}")
        assert items[0].kind == kind, name


def test_g2_providers(corpus: Path) -> None:
    items = _corpus_items(corpus, "superdesk-core-fixtures/ap.xml")
    assert [i.headline for i in items][:2] == [
        "Nutrisystem beats 4Q earnings and revenue expectations",
        "DiamondRock Hospitality posts 4Q FFO of $50.7 million, results top expectations",
    ]
    assert len(items) == 3 and items[0].located == "Pittsburgh"
    [dpa] = _corpus_items(corpus, "superdesk-core-fixtures/dpa.xml")
    assert dpa.uri == "urn:newsml:dpa.com:20090101:221011-930-4303" and dpa.provider == "dpa"
    assert dpa.headline == "Eintracht in London: Hintereggers Tr\u00e4nen und Attacke auf Reporter"
    assert dpa.language == "de" and dpa.located == "London"
    assert dpa.paragraphs[0].startswith("London (dpa) - 2019 gab es bittere Tr\u00e4nen")  # <header> skipped
    [stt] = _corpus_items(corpus, "superdesk-core-fixtures/stt_newsml_test.xml")
    assert stt.version == "4" and stt.urgency == 3 and stt.dateline == "Helsinki"
    assert stt.signals == ["update", "sig:update", "update:append-major-content"]
    [ansa] = _corpus_items(corpus, "superdesk-core-fixtures/ansa-newsmlg2-text.xml")
    assert ansa.subheadline == "Foreign minister expresses faith in Spanish government"
    assert ansa.paragraphs[0].startswith("(ANSA) - Rome, October 11 - Italian Foreign Minister")  # CDATA <p>


def test_g2_inline_nitf_listings(corpus: Path) -> None:
    [item] = _corpus_items(corpus, "iptc-newsml-g2/LISTING_22_Sports_story_in_NewsML-G2NITF.xml")
    assert item.uri == "tag:xmlteam.com,2016:xt.5932656-preview"
    assert item.headline == ("Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.")
    assert item.description is not None and item.description.startswith("A pair of teams coming off big")
    assert item.paragraphs
    [fragment] = _corpus_items(corpus, "iptc-newsml-g2/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml")
    assert fragment.headline == "Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m."
    # the service's own tag goes with its <byttl> credit (issue #15): an info source, not body text
    assert fragment.paragraphs[0].startswith("With the Philadelphia Phillies")


def test_nitf_corpus(corpus: Path) -> None:
    s = "superdesk-core-fixtures/"
    [fishing] = _corpus_items(corpus, s + "nitf-fishing.xml")  # has <!DOCTYPE nitf SYSTEM ...>
    assert fishing.uri == "urn:iptc:iptc.321656141.b"
    assert fishing.pub_status == "canceled" and fishing.evolved_from == "urn:iptc:iptc.321656141.a"
    assert fishing.embargoed_until == "2002-02-26T14:30:00Z" and fishing.expires == "2012-02-26T14:30:00Z"
    assert fishing.keywords == ["fishing", "lures", "tides"]
    assert fishing.subheadline == "A sample, fictitious NITF article"
    assert fishing.subjects[0] == {"name": "Weather", "uri": "http://cv.iptc.org/newscodes/subjectcode/17000000"}
    [ap] = _corpus_items(corpus, s + "ap-nitf.xml")
    assert ap.provider == "ap" and ap.located == "NEW YORK" and ap.subheadline is None
    assert ap.contributors == [{"role": "writer", "name": "BERNARD CONDON", "title": "AP Business Writer"}]
    assert ap.paragraphs[0].startswith("NEW YORK (AP) \u2014 The gas produced by hog manure")
    [ntb] = _corpus_items(corpus, s + "nitf-ntb.xml")  # ISO-8859-1
    assert ntb.uri == "urn:ntb:faktisk-d9cde75b-256e-4989-b6a3-b8ad27f43a5c_47" and ntb.version == "48"
    assert ntb.language == "nb-NO" and ntb.located == "Oslo"
    assert "Konklusjon: Faktisk helt feil" in ntb.paragraphs  # hl2 inside body.content
    [pa] = _corpus_items(corpus, s + "pa5.xml")  # iso-8859-1, raw 0xA3
    assert pa.headline == "HARD BREXIT TO COST UK UP TO \u00a366BN A YEAR, SAYS TREASURY"
    assert pa.provider == "pa" and pa.keywords == ["Brexit"]
    [efe] = _corpus_items(corpus, s + "efe_nitf.xml")
    assert efe.language == "en-US" and efe.content_created == "2017-01-02T22:28:00Z"
    assert efe.subjects == [
        {"name": "Executive (government)", "uri": "http://cv.iptc.org/newscodes/subjectcode/11006005"},
        {"name": "GOVERNMENT", "literal": "F01001000"},
    ]
    assert efe.places == [{"name": "Tegucigalpa"}]


def test_stt_keeps_the_original_language_version(corpus: Path) -> None:
    """Issue #15 (review seed 4096, item 29): STT sends English and Swedish machine translations and the
    Finnish original in one body, behind "*** DISCLAIMER ***" lines, with "&#39;" escaped twice."""
    for name in ("stt_newsml_test_no_hl.xml", "stt_newsml_test.xml"):
        [stt] = _corpus_items(corpus, f"superdesk-core-fixtures/{name}")
        body = "\n".join(stt.paragraphs)
        assert stt.language == "fi-FI" and stt.paragraphs[0].startswith("Eduskunta on hyväksynyt alkoholilain")
        assert "DISCLAIMER" not in body and "&#39;" not in body and "&quot;" not in body
        assert "Parliament" not in body and "Parlamentet" not in body  # no English, no Swedish version
        assert stt.extra["machineTranslationsLeftOut"] == ["en", "sv"]
        assert not any(p.startswith(",") for p in stt.paragraphs)  # "rajoitettu</p><p>, sama …" rejoined
    assert stt.headline is None  # "… gained confidence*** TRANSLATED ***" is English, the body Finnish
    assert stt.extra["translatedHeadline"] == "Parliament passed the Alcohol Act and the government gained confidence"


def test_ansa_routing_codes_leave_the_body(corpus: Path) -> None:
    """Issue #15 (item 39): ANSA's "51 77 03 CRO01 1113 APE4800 …" routing line is no paragraph."""
    [ansa] = _corpus_items(corpus, "superdesk-core-fixtures/ansa_culture.xml")
    assert ansa.paragraphs == ["(ANSA) - ROMA, 1 LUG - TEST FROM XAWES (ANSA)."]


def test_g2_provider_is_an_info_source(corpus: Path) -> None:
    """Issue #15 (item 31): a package from nprov:AcmeNews credited nobody; the provider is now an info
    source unless an infoSource already names it (or names the provider role)."""
    for relative in (
        "superdesk-core-fixtures/LISTING 6 Simple NewsML-G2 Package.xml",
        "iptc-newsml-g2/LISTING_6_Simple_NewsML-G2_Package.xml",
    ):
        [package] = _corpus_items(corpus, relative)
        assert package.kind == "composite"
        assert package.info_sources == [{"name": "AcmeNews", "role": "originator", "literal": "nprov:AcmeNews"}]
    [stt] = _corpus_items(corpus, "superdesk-core-fixtures/stt_newsml_test.xml")
    assert [s["name"] for s in stt.info_sources] == ["STT"]  # <infoSource>STT</> names it already
    [photo] = _corpus_items(corpus, "iptc-newsml-g2/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml")
    assert photo.info_sources == [{"name": "Acme News LLC", "role": "isrole:provider"}]
    [ansa] = _corpus_items(corpus, "superdesk-core-fixtures/ansa-newsmlg2-text.xml")  # literal "ansa.it"
    assert ansa.info_sources == [{"name": "ANSA", "role": "originator", "literal": "ansa.it"}]  # one ANSA entry
    package, *_ = _corpus_items(corpus, "superdesk-core-fixtures/scoop.xml")  # literal "CL": a code, no source
    assert package.info_sources == []


def test_g2_events_keep_subjects_parent_and_schedule(corpus: Path) -> None:
    """Issue #15 (items 27, 33): a knowledge item's subjects, a session's parent event, a show's repeat
    rule, registration and contact were dropped."""
    first, second = _corpus_items(corpus, "iptc-newsml-g2/LISTING_15_Two_Related_Events_in_a_Knowledge_Item.xml")
    for event in (first, second):
        assert [s["name"] for s in event.subjects] == ["media", "news agency", "IT/computer sciences"]
        assert event.info_sources == [{"name": "IPTC", "role": "originator", "literal": "nprov:IPTC"}]
    assert second.associations == [
        {
            "name": "broader",
            "uri": first.uri,
            "rel": "broader",
            "type": "event",
            "headlines": [{"role": "main", "value": "IPTC Autumn Meeting 2018"}],
        }
    ]
    assert first.extra["contact"]["email"] == "mdirector@ipct.org" and "Registration" in first.extra["registration"]
    assert second.extra["participationRequirements"] == [
        {"name": "Registration", "definition": "Pre-registration required for all attendees"}
    ]
    *_, show = _corpus_items(corpus, "iptc-newsml-g2/LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml")
    assert show.extra["recurrence"] == ["FREQ=DAILY;BYDAY=TH,FR,SA"]
    assert "recurrence" not in show.event_details["dates"]  # ninjs cannot say BYDAY: no half-true rule
    assert {"rel": "frel:facility", "code": "facilncd:Food"} in show.extra["related"]
    weekly = newsmlg2.read_event(
        xmlsafe.parse_xml(
            b'<concept xmlns="http://iptc.org/std/nar/2006-10-01/"><name>Weekly</name><eventDetails><dates>'
            b'<start>2024-01-01T10:00:00Z</start><rRule freq="WEEKLY" count="4"/></dates></eventDetails></concept>'
        ),
        ParsedItem(uri="urn:x:1"),
        1,
    )
    assert weekly.event_details["dates"]["recurrence"] == {"recurrenceRules": [{"frequency": "weekly", "count": 4}]}


def test_newsml12_corpus(corpus: Path) -> None:
    [afp] = _corpus_items(corpus, "superdesk-core-fixtures/afp.xml")
    assert afp.uri == "urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86" and afp.provider == "afp"
    assert afp.headline == "Sweden court accepts receivership for Saab carmaker"
    assert afp.dateline == "STOCKHOLM, Aug 29, 2014 (AFP) -" and afp.located == "Stockholm"
    assert afp.keywords == ["Sweden", "China", "auto", "business", "bankruptcy", "Saab"]
    assert afp.usage_terms == "NO ARCHIVAL USE" and afp.urgency == 4
    assert afp.paragraphs[-1] == "hh/ph/ts/hd" and len(afp.paragraphs) == 10
    [afp20] = _corpus_items(corpus, "superdesk-core-fixtures/afp20.xml")  # declares latin-1, holds UTF-8
    assert afp20.headline == (
        "D\u00e9c\u00e8s de Naomi Musenga: l'op\u00e9ratrice du Samu d\u00e9finitivement condamn\u00e9e"
    )
    [ana] = _corpus_items(corpus, "superdesk-core-fixtures/ana1.xml")
    assert ana.uri == "urn:newsml:ana-mpe.gr:20180404:19336333" and ana.language == "en"
    assert ana.headline == "Wage employment balance positive in Jan-March"
    assert ana.subjects[0] == {
        "name": "Employment/Unemployment",
        "uri": "http://cv.iptc.org/newscodes/subjectcode/09003000",
    }
    assert ana.paragraphs[0].startswith("Wage employment in the private sector grew in March")
    [bw] = _corpus_items(corpus, "iptc-ninjs/NewsML/businesswire-newsml-20130515006361.xml")
    assert bw.headline == (
        "Dell Redefines Workstation Computing Boundaries with Smallest Tower and Most Powerful Rack Workstations"
    )
    assert bw.dateline == "ROUND ROCK, Texas" and bw.copyright_notice == "Copyright Business Wire 2013"
    assert bw.paragraphs[0].startswith("Dell today announced an expanded and stronger Dell Precision")
    assert "contact" in bw.extra
    # issue #15 (item 37): Business Wire (the envelope's sender) and the issuing company are info sources
    assert bw.info_sources == [{"name": "Business Wire", "role": "originator"}, {"name": "Dell Inc.", "role": "source"}]
    assert afp.info_sources == [{"name": "AFP", "role": "originator"}] and ana.info_sources == []


def _corpus_xml_files() -> list[Path]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        return []
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.is_file() and (p.suffix == ".xml" or p.name.startswith("tag_reuters") or p.name == "channel1")
    )


@pytest.mark.parametrize("path", _corpus_xml_files(), ids=lambda p: p.name)
def test_every_corpus_xml_file_goes_through_the_pipeline(corpus: Path, resources, path: Path) -> None:
    payload = path.read_bytes()
    outcomes = process(RawItem(payload, {"filename": path.name}), resources)
    reasons_seen = [o.record["error"]["reason"] for o in outcomes if o.kind == "deadletter"]
    assert reasons.INTERNAL_ERROR not in reasons_seen
    assert reasons.MALFORMED_XML not in reasons_seen
    try:
        parser = registry.select(payload, {})
    except ParseError:
        return  # RSS/Atom/Ritzau/geoparsing XML: other engineers' formats
    if parser.name not in ("newsmlg2", "nitf", "newsml12"):
        return
    try:
        items = parser.parse(payload, {})
    except ParseError as exc:
        assert exc.reason == reasons.NOT_AN_ARTICLE
        return
    for item, outcome in zip(items, outcomes, strict=True):
        if item.headline or item.paragraphs or item.description:
            assert outcome.kind == "article", outcome.record


@pytest.mark.parametrize(
    ("qcode", "expected"),
    [
        ("city:Philadelphia", "Philadelphia"),
        ("city:New_York", "New York"),
        ("city:345678", None),
        ("geo:3169070", None),
    ],
)
def test_g2_located_by_city_qcode_alone(qcode: str, expected: str | None) -> None:
    """A ``<located>`` with neither name nor literal names its city by a spelled-out ``city:`` qcode."""
    doc = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="1">'
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta>'
        f'<contentMeta><located qcode="{qcode}"><broader qcode="cntry:USA"/></located>'
        "<headline>Preview</headline></contentMeta></newsItem>"
    ).encode()
    assert _parse(doc)[0].located == expected


def test_g2_corpus_city_qcode_is_located(corpus: Path, resources) -> None:
    """XML Team's sports stories give their city only as ``city:Philadelphia``: the article is located there."""
    path = corpus / "iptc-newsml-g2" / "LISTING_21_A_complete_sample_SportsML-G2_document.xml"
    article = process(RawItem(path.read_bytes(), {}), resources)[0].record
    assert article["located"] == "Philadelphia"
    assert any(p["name"] == "Philadelphia" and p.get("rel") == "located" for p in article["places"])


def test_g2_xhtml_line_wraps_are_spaces(corpus: Path) -> None:
    """Loose text of an XHTML rendition keeps XHTML's whitespace rule: a wrapped line is no paragraph."""
    doc = (
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:2" version="1">'
        b'<itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>R</headline></contentMeta>'
        b'<contentSet><inlineXML contenttype="application/xhtml+html"><html xmlns="http://www.w3.org/1999/xhtml">'
        b"<body>Saturday fixtures Sporting\n     Braga v Rio Ave\n\n  Sunday fixtures</body></html></inlineXML>"
        b"</contentSet></newsItem>"
    )
    assert _parse(doc)[0].paragraphs == ["Saturday fixtures Sporting Braga v Rio Ave", "Sunday fixtures"]
    path = corpus / "superdesk-core-fixtures" / "tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2"
    body = "\n".join(_parse(path.read_bytes())[0].paragraphs)
    assert "Sporting Braga v Rio Ave" in body and "Chaves v Desportivo Aves (1145/1145)" in body
