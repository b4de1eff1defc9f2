"""Session 19 (coordinator): a paragraph that is nothing but a link's words is navigation, not prose; with the
link gone from plain text it is dropped ("Hier geht es zur offiziellen Seite"), while a paragraph with words of
its own around a link stays."""

from __future__ import annotations

from pathlib import Path

from streams.core.formats.htmltext import html_paragraphs
from streams.core.model import Origin, RawItem


def test_a_paragraph_made_of_one_link_is_dropped_in_both_layouts() -> None:
    markup = (
        '<ul><li>Nur mit einer Internetverbindung spielbar</li>\n<li><a href="http://example.org/">Hier geht es zur'
        ' offiziellen Seite</a></li></ul>\n<strong><a href="http://example.org/app">Holt euch hier das Spiel.</a>'
        '</strong>\n\nWeitere Spiele-Apps erhaltet ihr <a href="http://example.org/more">hier</a>.'
    )
    for line_breaks in (False, True):
        assert html_paragraphs(markup, line_breaks=line_breaks) == [
            "Nur mit einer Internetverbindung spielbar",
            "Weitere Spiele-Apps erhaltet ihr hier.",
        ]


def test_an_anchor_without_href_and_a_link_inside_prose_keep_their_words() -> None:
    markup = '<h2><a name="top">Die Ergebnisse</a></h2><p><a href="http://x.org">Die Polizei</a> meldete am Abend.</p>'
    assert html_paragraphs(markup) == ["Die Ergebnisse", "Die Polizei meldete am Abend."]


def test_the_wordpress_post_keeps_its_prose_and_loses_its_link_stubs(corpus: Path, resources: object) -> None:
    from streams.core.pipeline import process

    path = corpus / "superdesk-core-fixtures" / "wordpress_wxr_funke.xml"
    raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=path.name))
    bodies = [o.record["bodies"][0]["value"] for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]
    text = "\n".join(bodies)
    assert "Hier geht es zur offiziellen Seite" not in text
    assert "Holt euch hier das Spiel" not in text
    assert "Nur mit einer Internetverbindung spielbar" in text
    assert "Mysterium Secrets & Lies von Asmodee Digital" in text


def _articles(resources: object, path: Path) -> list[dict]:
    from streams.core.pipeline import process

    raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=path.name))
    return [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[misc]


def test_a_by_line_in_the_text_wins_over_a_feed_account_name(corpus: Path, resources: object) -> None:
    # WordPress gives dc:creator "admin" (an account, no by-line); the post opens "By Tester"
    articles = _articles(resources, corpus / "superdesk-core-fixtures" / "wordpress_wxr.xml")
    opened_by = [a for a in articles if a.get("ext", {}).get("contributors")]
    assert len(opened_by) == 3
    assert {a.get("by") for a in opened_by} == {"Tester"}


def test_a_broadcaster_creator_is_a_source_not_a_writer(corpus: Path, resources: object) -> None:
    (video,) = _articles(resources, corpus / "iptc-newsml-g2" / "LISTING_5_Multi-part_Video_in_NewsML-G2.xml")
    sources = {s["name"]: s["role"] for s in video["infoSources"]}
    assert sources["Zweites Deutsches Fernsehen"] == "originator"
    assert sources["Reuters Television Ltd"] == "originator"
    writers = [c for c in video.get("ext", {}).get("contributors", []) if c.get("role") == "writer"]
    assert writers == []


def test_a_pictures_holder_slash_distributor_notice_names_the_distributor(corpus: Path, resources: object) -> None:
    for name in ("2.1/SIPA_image_2.json", "3.0/SIPA_image_3.json"):
        (picture,) = _articles(resources, corpus / "iptc-ninjs" / name)
        assert picture["copyrightNotice"] == "SIPA USA/PA Images"
        assert {"name": "PA", "role": "distributor"} in picture["infoSources"]


def test_an_agency_the_text_cites_is_a_source() -> None:
    from streams.core.copy.sources import cited_agencies

    def names(text: str) -> list[str]:
        return [a.name for a in cited_agencies([text])]

    assert names("AFP Fact Check har kommet frem til at bildet er falskt.") == ["AFP"]
    assert names("the official Emirates news agency WAM reported.") == ["WAM"]
    assert names("according to news agency TT which obtained a copy") == ["TT"]
    assert names("vice-chairman of the council, told Reuters Taiwan would") == ["Reuters"]
    assert names("menurut kantor berita Xinhua, ada lima korban") == ["Xinhua"]
    assert names("Yesterday Reuters reported the deal.") == ["Reuters"]
    assert names("Reuters Holdings reported a profit.") == []  # a company named after an agency
    assert names("according to Apple Inc, sales rose") == []


def test_the_fact_check_story_credits_the_agency_it_cites(corpus: Path, resources: object) -> None:
    (story,) = _articles(resources, corpus / "superdesk-core-fixtures" / "nitf-ntb.xml")
    assert {"name": "AFP", "role": "source"} in story["infoSources"]
    assert story["infoSources"][0] == {"name": "Faktisk.no", "role": "originator"}


def test_a_source_type_ninjs_lacks_is_kept_beside_the_text_type(corpus: Path, resources: object) -> None:
    (advisory,) = _articles(resources, corpus / "superdesk-core-fixtures" / "bbc-ninjs-text-test.json")
    assert advisory["type"] == "text" and advisory["ext"]["source"]["type"] == "advisory"
    for name in ("ninjs_embargoed.json", "ap_media_item.json"):  # a ninjs type (or an alias) adds nothing
        for article in _articles(resources, corpus / "superdesk-core-fixtures" / name):
            assert "type" not in article["ext"].get("source", {})


def test_a_package_names_the_countries_of_its_members_texts(corpus: Path, resources: object) -> None:
    # ‡ draw 2: IPTC's simple package, whose picture caption names Washington, listed GB alone
    for path in (
        corpus / "superdesk-core-fixtures" / "LISTING 6 Simple NewsML-G2 Package.xml",
        corpus / "iptc-newsml-g2" / "LISTING_6_Simple_NewsML-G2_Package.xml",
    ):
        (package,) = [a for a in _articles(resources, path) if a["type"] == "composite"]
        assert "Washington" in {p["name"] for p in package["places"]}
        assert package["ext"]["countries"] == ["GB", "US"]


def test_a_headline_alone_gives_a_package_no_country() -> None:
    from streams.core.packages import roll_up

    def enrich(member: dict) -> None:  # what a headline's town would give: kept from the package by the rule
        member["places"] = [{"name": "Washington", "geoJSON": {"type": "Point"}}]
        member["ext"] = {"countries": ["US"], "countriesMentioned": ["US"]}

    package: dict = {"ext": {}, "associations": [{"uri": "urn:x", "headlines": [{"value": "Obama in Washington"}]}]}
    roll_up(package, {}, enrich)
    assert "countries" not in package["ext"] and "places" not in package
