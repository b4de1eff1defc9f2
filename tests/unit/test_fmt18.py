"""Session 18 (coordinator, tuned to the session's first review draw): a day-first dateline after an agency tag
("(ANSA) - ROMA, 1 LUG - "), an agency tag closing the last sentence ("… (ANSA)."), and an event whose location
is a postal address (located is its town, the address kept in ``ext.source.venueAddress``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.copy import dateline
from streams.core.copy.residue import strip_signoffs
from streams.core.formats.newsmlg2 import address_locality
from streams.core.model import Origin, ParsedItem, RawItem


def _records(resources: object, path: Path) -> list[dict]:
    from streams.core.pipeline import process

    raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=path.name))
    return [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("paragraph", "city", "rest"),
    [
        ("(ANSA) - ROMA, 1 LUG - TEST FROM XAWES", "Roma", "TEST FROM XAWES"),
        ("(AFP) - Paris, 10 juil. - Le gouvernement a annoncé", "Paris", "Le gouvernement a annoncé"),
        ("(dpa) - Berlin, 4. März - Die Regierung", "Berlin", "Die Regierung"),
        ("(ANTARA) - Jakarta, 3 Mei - Pemerintah", "Jakarta", "Pemerintah"),
        ("(ANSA) - Rome, October 11 - Lede", "Rome", "Lede"),
    ],
)
def test_a_day_first_date_after_an_agency_tag_is_the_dateline(paragraph: str, city: str, rest: str) -> None:
    item = ParsedItem()
    paragraphs = [paragraph]
    assert dateline.take(item, paragraphs) == 0
    assert item.located == city
    assert paragraphs == [rest]


def test_a_number_after_the_place_is_no_date() -> None:
    """ "Rome, 3 people died" and "London, 3 Reuters" carry no month: the text is left whole."""
    for paragraph in ("(ANSA) - Rome, 3 people - died in a crash", "(AFP) - London, 3 Reuters - x"):
        item = ParsedItem()
        paragraphs = [paragraph]
        dateline.take(item, paragraphs)
        assert paragraphs[0].endswith(paragraph.split(" - ", 1)[1])
        assert item.located is None


def test_an_agency_tag_closing_the_story_is_a_sign_off() -> None:
    item = ParsedItem()
    out = strip_signoffs(["First paragraph (ANSA).", "Il governo ha approvato il decreto (ANSA)."], item)
    assert out == ["First paragraph (ANSA).", "Il governo ha approvato il decreto."]  # the last paragraph only
    assert [s["name"] for s in item.info_sources] == ["ANSA"]
    # a parenthesis that is no known agency (a ticker, an abbreviation) stays
    assert strip_signoffs(["Shares of Gold Fields rose (GLD)."]) == ["Shares of Gold Fields rose (GLD)."]
    assert strip_signoffs(["It was approved by parliament (the Senate)."]) == [
        "It was approved by parliament (the Senate)."
    ]


@pytest.mark.parametrize(
    ("location", "town"),
    [
        ("86, Edgeware Road, London W2 2EA, United Kingdom", "London"),
        ("Adelaide Convention Centre, North Terrace, Adelaide SA 5000, Australia", "Adelaide"),
        ("1600 Pennsylvania Ave NW, Washington, DC 20500, USA", "Washington"),
        ("Rue de la Loi 200, 1049 Brussels, Belgium", "Brussels"),
        ("Unter den Linden 1, D-10117 Berlin, Germany", "Berlin"),
        # a place name, not an address: left to the places enricher as written
        ("Estadio Metropolitano, Madrid", None),
        ("Madrid", None),
        ("Hall 3, Jakarta Convention Center, Jakarta", None),
    ],
)
def test_the_town_of_a_postal_address(location: str, town: str | None) -> None:
    assert address_locality(location) == town


def test_ansa_copy_loses_its_dateline_and_closing_tag(corpus: Path, resources: object) -> None:
    """ANSA's "(ANSA) - ROMA, 1 LUG - TEST FROM XAWES (ANSA)." left "ROMA, 1 LUG -" and "(ANSA)." in the body
    (session 18 review, body minor): nothing of either is published."""
    [article] = [a for a in _records(resources, corpus / "superdesk-core-fixtures" / "ansa_culture.xml")]
    text = str(article.get("bodies", "")) + str(article.get("descriptions", ""))
    assert "LUG" not in text and "(ANSA)" not in text
    assert article["located"] == "Roma"
    assert {"name": "ANSA", "role": "originator"} in article["infoSources"]


def test_an_event_at_a_postal_address_is_located_in_its_town(corpus: Path, resources: object) -> None:
    """The IPTC event concept's location "86, Edgeware Road, London W2 2EA, United Kingdom" was published as
    ``located`` whole (session 18 review, located minor)."""
    path = corpus / "iptc-newsml-g2" / "LISTING_14_Event_sent_as_a_Concept_Item.xml"
    [event] = _records(resources, path)
    assert event["type"] == "event"
    assert event["located"] == "London"
    assert event["ext"]["source"]["venueAddress"] == "86, Edgeware Road, London W2 2EA, United Kingdom"
    assert event["ext"]["countries"] == ["GB"]


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        (
            "En 41-årig mand, der onsdag blev anholdt og sat i forbindelse med en mulig skudepisode nær en børnehave"
            " i Hvidovre ved København, er blevet løsladt.",
            "En 41-årig mand er blevet løsladt",
        ),
        (
            "Indonesia, the world's largest palm oil producer and exporter of many other commodities, said on"
            " Monday it would raise export levies.",
            "Indonesia said on Monday it would raise export levies",
        ),
        # a list of names is no aside: the sentence is cut as before, not emptied of its members
        (
            "Indonesia, the Philippines, Malaysia and Thailand agreed on Monday to cut the export quota of natural"
            " rubber by ten per cent from April.",
            "Indonesia, the Philippines, Malaysia and Thailand agreed on Monday to cut the export quota of natural"
            " rubber",
        ),
    ],
)
def test_a_derived_headline_drops_the_aside_before_the_verb(lead: str, headline: str) -> None:
    """Ritzau's cut title was rebuilt from the lead and still ended mid-phrase ("… skudepisode nær"; session 18
    review, headline minor): a long lead whose subject carries an aside loses the aside, not its verb."""
    from streams.core.copy.lead import headline_from

    assert headline_from(lead) == headline
