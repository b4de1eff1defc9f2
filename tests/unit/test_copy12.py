"""Session 12 (branch copy12, issue #15): classes of error fresh review samples showed in the copy fields,
media items and dates. A PA catchline ("1 SOCCER INT-Teams") as headline; a package or groupSet with no
headline or language; a second headline that is the lead or the slug; a summary or headline cut from the
lead at a fixed length; an IPTC ``isrole:`` role published raw; a Reuters picture's city not its located;
a ninjs package member (a release's logo, video) with no headline or language; a year alone that a time word
makes a date ("by 2028", "pada tahun 2026") missed. Corpus tests skip when the shared corpus is absent; the
others carry their own small input, shaped like the corpus items named in each test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from streams.core.enrich import dates
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process

RECEIVED = "2026-12-06T00:00:00Z"


def _articles(resources: object, payload: bytes, name: str) -> list[dict[str, Any]]:
    raw = RawItem(payload, {"filename": name, "received-at": RECEIVED}, Origin(filename=name))
    return [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]


def _nitf(title: str, keyword: str, hl1: str = "", hl2: str = "", abstract: str = "", body: str = "") -> bytes:
    """A PA/EFE-shaped NITF item (superdesk-core fixtures pa*.xml, efe_nitf.xml)."""
    hed = f"<hedline>{f'<hl1>{hl1}</hl1>' if hl1 else ''}{f'<hl2>{hl2}</hl2>' if hl2 else ''}</hedline>"
    abs_ = f"<abstract><p>{abstract}</p></abstract>" if abstract else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>{title}</title>
<docdata management-status="usable"><doc-id id-string="T1"/><doc-scope scope="SOCCER"/><series series.part="1"/>
<key-list><keyword key="{keyword}"/></key-list><date.issue norm="20151014T024358+0100"/></docdata></head>
<body><body.head>{hed}{abs_}</body.head><body.content>{body}</body.content></body></nitf>""".encode()


# --- headlines --------------------------------------------------------------------------------------------


def test_pa_catchline_is_no_headline(resources: object) -> None:
    """Take number, desk scope and keyword ("1 SOCCER INT-Teams") are the wire's catchline: the keyword is
    the slugline, and the headline comes from the copy (pa2.xml: a team sheet headed "International Match")."""
    body = "<p>International Match</p><p>Mexico v Panama</p><p>Mexico: Talavera, M. Herrera, Vela.</p>"
    [article] = _articles(resources, _nitf("1 SOCCER INT-Teams", "INT-Teams", body=body), "pa2-like.xml")
    assert article["headlines"][0]["value"] == "International Match"
    assert article["slugline"] == "INT-Teams"
    # a title that only looks like one (its last words are no keyword of the item) stays the headline
    [kept] = _articles(resources, _nitf("1 SOCCER Final Whistle", "INT-Teams", body=body), "pa-title.xml")
    assert kept["headlines"][0]["value"] == "1 SOCCER Final Whistle"


def test_pa2_from_the_corpus(resources: object, corpus: Path) -> None:
    payload = (corpus / "superdesk-core-fixtures" / "pa2.xml").read_bytes()
    [article] = _articles(resources, payload, "pa2.xml")
    assert "INT-Teams" not in article["headlines"][0]["value"]
    assert article["slugline"] == "INT-Teams"


def test_second_headline_that_is_the_slug_or_the_lead(resources: object) -> None:
    """EFE's ``hl2`` "HONDURAS GOVERNMENT" is its keyword (the slug); ANA's sub-headline that repeats the first
    paragraph is the lead. Neither is a second headline; a real deck stays."""
    efe = _nitf("T", "HONDURAS GOVERNMENT", "Honduran president announces Cabinet changes", "HONDURAS GOVERNMENT")
    [article] = _articles(resources, efe.replace(b"</body.content>", b"<p>Test body.</p></body.content>"), "efe.xml")
    assert [h["value"] for h in article["headlines"]] == ["Honduran president announces Cabinet changes"]
    assert article["slugline"] == "HONDURAS GOVERNMENT"
    lead = "Wage employment in the private sector grew in March, the Labour ministry said on Wednesday."
    ana = _nitf("T", "k", "Wage employment balance positive", lead, body=f"<p>{lead}</p><p>More text here.</p>")
    [article] = _articles(resources, ana, "ana-like.xml")
    assert [h["value"] for h in article["headlines"]] == ["Wage employment balance positive"]
    deck = _nitf("T", "k", "Wage employment balance positive", "Best March since 2001", body=f"<p>{lead}</p>")
    [article] = _articles(resources, deck, "deck.xml")
    assert [h["value"] for h in article["headlines"]][1] == "Best March since 2001"


def test_summary_or_headline_cut_from_the_lead(resources: object) -> None:
    """PA's abstract "The UK risks breaking" (pa3.xml) is the first paragraph cut at a fixed length: no
    summary. A headline cut mid-word (Ritzau's "*… sat i forbindel") is replaced by one derived from the lead;
    a teaser that repeats a whole sentence stays the summary (pa4.xml)."""
    lead = "The UK risks breaking up unless all home nations play a hands-on role in the Brexit negotiations"
    cut = _nitf("1 POLITICS UnitedKingdom", "UnitedKingdom", "UK BREAK-UP WARNING", abstract="The UK risks breaking")
    [article] = _articles(resources, cut.replace(b"</body.content>", f"<p>{lead}</p></body.content>".encode()), "pa3")
    assert "descriptions" not in article
    whole = "The Great British Bake Off has made a clean sweep of the top five programmes of the year so far."
    teaser = _nitf("T", "k", "BAKE OFF TOPS RATINGS", abstract=whole, body=f"<p>{whole}</p><p>More.</p>")
    [article] = _articles(resources, teaser, "pa4-like.xml")
    assert article["descriptions"][0]["value"] == whole
    ritzau = "En 41-årig mand, der onsdag blev anholdt og sat i forbindelse med en skudepisode, er blevet løsladt."
    mid_word = _nitf("T", "k", "*En 41-årig mand, der onsdag blev anholdt og sat i forbindel", body=f"<p>{ritzau}</p>")
    [article] = _articles(resources, mid_word, "ritzau-like.xml")
    assert not article["headlines"][0]["value"].endswith("forbindel")
    assert "headline" in article["ext"]["derived"]


# --- packages and media -----------------------------------------------------------------------------------

_GROUPSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<groupSet xmlns="http://iptc.org/std/nar/2006-10-01/" root="G1">
  <group id="G1" role="group:main">
    <itemRef residref="urn:newsml:iptc.org:20081007:tutorial-item-A" contenttype="application/vnd.iptc.g2.newsitem+xml">
      <itemClass qcode="ninat:text"/><title>Obama annonce son \xc3\xa9quipe</title></itemRef>
    <itemRef residref="urn:newsml:iptc.org:20081007:tutorial-item-B" contenttype="application/vnd.iptc.g2.newsitem+xml">
      <itemClass qcode="ninat:picture"/><title>Barack Obama arrive \xc3\xa0 Washington</title></itemRef>
  </group>
</groupSet>"""


def test_package_without_headline_takes_its_lead_member(resources: object) -> None:
    """A groupSet (IPTC LISTING_7-9) or a package with no headline of its own (LISTING_23) shows its first
    member's headline, listed as derived; its language is then detected from it."""
    [package] = _articles(resources, _GROUPSET, "LISTING_7-like.xml")
    assert package["type"] == "composite"
    assert package["headlines"][0]["value"] == "Obama annonce son équipe"
    assert "headline" in package["ext"]["derived"]
    assert package["language"] == "fr"


def test_sportsml_package_from_the_corpus(resources: object, corpus: Path) -> None:
    payload = (corpus / "iptc-newsml-g2" / "LISTING_23_SportsML-G2_Package.xml").read_bytes()
    [package] = _articles(resources, payload, "LISTING_23.xml")
    assert package["headlines"][0]["value"].startswith("Pitcher Preview: Arizona Diamondbacks")


_PICTURE = b"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:pic1" version="1" standard="NewsML-G2">
  <itemMeta><itemClass qcode="icls:picture"/><provider literal="reuters.com"/>
    <versionCreated>2014-07-22T06:20:12Z</versionCreated></itemMeta>
  <contentMeta>
    <infoSource role="isrole:provider"><name>Acme News LLC</name></infoSource>
    <subject literal="HOLLYWOOD" type="cptType:5"><name>HOLLYWOOD</name><facet qcode="geoProp:8"/>
      <broader qcode="N2:USA" type="cptType:5"><name>United States</name><facet qcode="geoProp:5"/></broader>
    </subject>
    <subject literal="NAIROBI" type="cptType:5"><name>NAIROBI</name><facet qcode="geoProp:8"/></subject>
    <headline>Cast member arrives at the premiere in Hollywood</headline>
    <description role="drol:caption">Cast member arrives at the premiere in Hollywood, California July 21, 2014.
    </description>
  </contentMeta>
  <contentSet><remoteContent href="http://example.com/pic.jpg" rendition="rnd:baseImage" contenttype="image/jpeg"/>
  </contentSet>
</newsItem>"""


def test_picture_city_and_plain_info_source_role(resources: object) -> None:
    """A Reuters picture's city (a place subject faceted ``geoProp:8``, tag_reuters.com_…GM1EA7M13RP01) that its
    caption names is its located (not Nairobi, which the caption never names); IPTC's ``isrole:provider``
    (LISTING_26) is published as a plain role."""
    [picture] = _articles(resources, _PICTURE, "reuters-picture-like.xml")
    assert picture["located"] == "Hollywood"
    roles = {s["name"]: s["role"] for s in picture["infoSources"]}
    assert roles["Acme News LLC"] == "originator"
    assert not any(":" in str(s.get("role")) for s in picture["infoSources"])


def _release(with_hrefs: bool) -> bytes:
    """A Business Wire ninjs 3.0 release whose logo and video members carry renditions only."""
    renditions = (
        [{"name": "thumbnail", "href": "http://example.com/logo.jpg", "contentType": "image/jpeg"}]
        if with_hrefs
        else [{"name": "thumbnail"}]
    )
    return json.dumps(
        {
            "uri": "http://www.businesswire.com/news/home/20130731006140/en",
            "type": "composite",
            "versionCreated": "2013-07-31T15:32:00Z",
            "language": "en",
            "headlines": [{"role": "main", "value": "Lunch Taking a Toll? Let Lunch Decoy Stand In"}],
            "associations": [
                {"name": "logo", "uri": "http://example.com/logo.jpg", "type": "graphic", "renditions": renditions}
            ],
        }
    ).encode()


def test_ninjs_member_takes_the_package_headline_and_language(resources: object) -> None:
    articles = _articles(resources, _release(True), "businesswire-like.json")
    [logo] = [a for a in articles if a["type"] == "graphic"]
    assert logo["headlines"][0]["value"] == "Lunch Taking a Toll? Let Lunch Decoy Stand In"
    assert logo["language"] == "en"
    # a member with no usable rendition stays a dead letter: a headline alone is no content
    assert [a["type"] for a in _articles(resources, _release(False), "no-hrefs.json")] == ["composite"]


# --- dates ------------------------------------------------------------------------------------------------


def _years(text: str, lang: str = "en") -> list[str]:
    article: dict[str, Any] = {"language": lang, "versionCreated": "2026-05-12T00:00:00Z", "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [d["date"] for d in article.get("ext", {}).get("dates", ()) if d["kind"] == "year"]


def test_year_alone_after_a_time_word() -> None:
    """Real wordings (ANTARA en/id, Reuters-21578, ANA): a year after a time word is a date."""
    assert _years("aims to list it on the IDX by the end of 2028 after the projects") == ["2028"]
    assert _years("the best performance since 2001, the Labour ministry said") == ["2001"]
    assert _years("visible trade in calendar 1986 fell 5.4 pct. For 1987 it sees growth") == ["1986", "1987"]
    assert _years("hubungan diplomatik ke-60 Indonesia dan Uruguay pada tahun 2026.", "id") == ["2026"]
    assert _years("ia merilis album pertamanya sejak 1998 bersama grupnya", "id") == ["1998"]
    assert _years("could be the worst fires since 1968 - using archival vision") == ["1968"]  # AAP (aap.xml)


def test_year_like_numbers_that_are_no_dates() -> None:
    """A count ("in 2000 cases", "2024 orang"), a season's or a range's start alone, a law's number
    ("Nomor 1 Tahun 2023") and a bare number with no time word are none."""
    assert _years("In 2000 cases the court ruled for the state") == []
    # a season and a range are one span each with its end (session 15, dq15), never a lone start year
    article: dict[str, Any] = {"language": "en", "versionCreated": "2026-05-12T00:00:00Z"}
    dates.enrich(article, "output fell in 1985/86 and in 2025-2030 it will rise")
    spans = [(d["text"], d["date"], d.get("end")) for d in article["ext"]["dates"]]
    assert spans == [("1985/86", "1985", "1986-12-31"), ("2025-2030", "2025", "2030-12-31")]
    assert _years("Undang-Undang Nomor 1 Tahun 2023 tentang KUHP", "id") == []
    assert _years("sebanyak pada 2024 orang hadir", "id") == []
    # session 21 (dat21): "Investor Relations Forum 2026" names its year, as "Olimpiade 2028" does (test_dat21)
    assert _years("Investor Relations 2026 in Jakarta") == []
