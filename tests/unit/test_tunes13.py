"""Session 13, branch tunes13 (issue #15): a provider's flag for attached media ("Photo/Multimedia" on Business
Wire) is no subject, and Reuters' picture desk code "(KENYA - Tags: POLITICS ELECTIONS)" leaves the caption. Real
corpus items where the corpus has them (skipped without it); the pure tests carry the corpus's own strings."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.copy.residue import strip_caption_tags
from streams.core.enrich import subjects
from tests.unit.test_enrich_subjects import _processed

# Business Wire's subjects of businesswire-newsml-20130731006140.json, in its order
BUSINESS_WIRE = [
    "United States",
    "North America",
    "Restaurant/Bar",
    "Product/Service",
    "Photo/Multimedia",
    "Missouri",
    "Retail",
    "Food/Beverage",
    "Consumer",
]
# Reuters' captions in superdesk-core-fixtures picture.xml and tag_reuters.com_0000_newsml_GM1EA7M13RP01_…
KENYA = (
    "A woman casts her ballot inside a polling station in Kenya's town of Gatundu March 4, 2013. Polling stations"
    " opened up to Kenyans on Monday for a tense presidential election that will test whether the east African"
    " nation can repair its damaged reputation after the tribal blood-letting that followed a 2007 poll."
    " REUTERS/Marko Djurica (KENYA - Tags: POLITICS ELECTIONS)"
)
HOLLYWOOD = (
    'Cast member Vin Diesel arrives at the premiere of "Guardians of the Galaxy" in Hollywood, California July 21,'
    " 2014. The movie opens in the U.S. on August 1. REUTERS/Mario Anzuoni (UNITED STATES - Tags: ENTERTAINMENT)"
)


@pytest.fixture(scope="module")
def lexicon(resources) -> subjects.SubjectLexicon:
    return resources.subjects


def test_media_flags_are_no_subjects_the_industries_stay(lexicon) -> None:
    source = [{"name": name, "rel": "about"} for name in BUSINESS_WIRE]
    names = [s["name"] for s in subjects.normalise_source(source, lexicon, "en")]
    assert "Photo/Multimedia" not in names
    assert {"Restaurant/Bar", "Product/Service", "Retail", "Food/Beverage", "Consumer"} <= set(names)
    flags = [{"name": name} for name in ("Photo", "Multimedia", "Video", "Audio", "Video/Multimedia")]
    assert subjects.normalise_source(flags, lexicon, "en") == []
    # Business Wire's "Audio/Video" is an industry (Technology), and a name with a media word is no flag
    kept = [{"name": "Audio/Video"}, {"name": "Video Games"}, {"name": "Photography"}]
    assert [s["name"] for s in subjects.normalise_source(kept, lexicon, "en")] == [
        "Audio/Video",
        "Video Games",
        "Photography",
    ]


@pytest.mark.parametrize(
    "fixture",
    [
        "iptc-ninjs/1.4/businesswire-newsml-20130731006140.json",
        "iptc-ninjs/2.1/businesswire-newsml-20130731006140.json",
        "iptc-ninjs/3.0/businesswire-newsml-20130731006140.json",
    ],
)
def test_business_wire_item_keeps_its_industries_without_its_media_flag(corpus: Path, fixture: str) -> None:
    articles = _processed(corpus / fixture)
    names = [[str(s.get("name")) for s in article.get("subjects", ())] for article in articles]
    assert names and all("Photo/Multimedia" not in each for each in names)
    assert any("Restaurant/Bar" in each for each in names)  # the story (its pictures have none) keeps its industries


def test_reuters_tags_code_leaves_the_caption() -> None:
    assert strip_caption_tags(KENYA) == KENYA.removesuffix(" (KENYA - Tags: POLITICS ELECTIONS)")
    assert strip_caption_tags(HOLLYWOOD) == HOLLYWOOD.removesuffix(" (UNITED STATES - Tags: ENTERTAINMENT)")
    # a bracket inside the text, a lower-case "tags:", or a caption without the code stay as sent
    for kept in ("He said (Tags: none) it was fine.", "A stall (tags: 3 for $1)", "A woman votes. REUTERS/X", None):
        assert strip_caption_tags(kept) == kept


def test_reuters_picture_caption_published_without_its_tags(corpus: Path) -> None:
    (article,) = _processed(corpus / "superdesk-core-fixtures" / "picture.xml")
    captions = [d["value"] for d in article.get("descriptions", ()) if d.get("role") == "caption"]
    assert captions and all("Tags:" not in c for c in captions)
    # session 18 ‡ (med18): the closing credit "REUTERS/Marko Djurica" leaves the caption for contributors
    assert captions[0].endswith("followed a 2007 poll.")
    assert {"name": "Marko Djurica", "role": "photographer"} in article["ext"]["contributors"]
