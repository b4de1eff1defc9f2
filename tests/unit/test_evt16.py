"""Session 16, branch evt16: agency version codes before a headline, "post, name" source people, and the
fuller of a ninjs item's two bodies (issue #15: fields a newsroom can trust)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from streams.core.copy import extract
from streams.core.formats.ninjs import map_ninjs, own_names
from streams.core.model import Origin, ParsedItem, RawItem
from streams.core.normalize import normalize_item
from streams.core.text import split_paragraphs

PRESS = "iptc-ninjs/3.0/20231016-addb-example-press-conference.json"
OPTA = "superdesk-core-fixtures/tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2"
AP_PICTURE = "superdesk-core-fixtures/ap_media_picture.json"


def _item(text: str, **fields: object) -> ParsedItem:
    item = ParsedItem(paragraphs=split_paragraphs(text), **fields)  # type: ignore[arg-type]
    normalize_item(item)
    return extract(item)


def _article(corpus: Path, resources: object, path: str) -> dict:
    from streams.core.pipeline import process

    file = corpus / path
    raw = RawItem(file.read_bytes(), {"filename": file.name}, Origin(filename=file.name))
    return next(o.record for o in process(raw, resources) if o.kind == "article")  # type: ignore[arg-type]


# --- version codes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "clean", "signal"),
    [
        ("UPDATE 2-Primeira Liga Results", "Primeira Liga Results", "update"),
        ("RPT-UPDATE 1-Oil rises on supply fears", "Oil rises on supply fears", "update"),
        ("WRAPUP 1-Stocks slide as rates bite", "Stocks slide as rates bite", "update"),
        ("CORRECTED-S. Illinois battles flooding", "S. Illinois battles flooding", "correction"),
        ("(CORRECTED) - TRANSALTA UTILITIES CORP YEAR NET", "TRANSALTA UTILITIES CORP YEAR NET", "correction"),
        ("REFILE-Fed holds rates", "Fed holds rates", None),
        (
            "(RPT) U.S. SAYS TIN DISPOSALS WILL NOT AFFECT ACCORD",
            "U.S. SAYS TIN DISPOSALS WILL NOT AFFECT ACCORD",
            None,
        ),
    ],
)
def test_version_code_leaves_the_headline(headline: str, clean: str, signal: str | None) -> None:
    item = _item("Body text here.", headline=headline)
    assert item.headline == clean
    assert item.signals == ([signal] if signal else [])


@pytest.mark.parametrize(
    "headline",
    [
        "Update Gempa M 7,4 Kolombia, 224 Orang Tewas",  # ANTARA: "update" is a word of the headline
        "UPDATED GUIDANCE LIFTS SHARES",
        "Correction officers strike in New York",
        "UPDATE 2",  # a code alone is all the headline there is
        # Reuters-21578: a correction notice ("In item headlined ... please read ..."), not the story
        "(CORRECTION) - TRANSALTA UTILITIES CORP YEAR NET",
        "CORRECTION - HEINEKEN 1986 YEAR",
    ],
)
def test_version_code_rule_does_not_fire(headline: str) -> None:
    item = _item("Body text here.", headline=headline)
    assert item.headline == headline and not item.signals


def test_reuters_newsml_update_code(corpus: Path, resources: object) -> None:
    article = _article(corpus, resources, OPTA)
    assert article["headlines"][0]["value"] == "Primeira Liga Results"
    assert article["title"] == "Primeira Liga Results"
    assert "update" in article["ext"]["signals"]
    assert "(UPDATE 2)" in article["slugline"]  # the agency's slug keeps its code


# --- "post, name" source people ----------------------------------------------------------------------


def test_post_before_name_is_cut() -> None:
    people = own_names(
        [
            {"name": "WADA’s President, Witold Bańka"},
            {"name": "Vice-President, Yang Yang"},
            {"name": "Chair of WADA’s Independent Observer Team for the Olympic Games, Hitesh Patel"},
            {"name": "Witold Bańka"},
        ]
    )
    assert [p["name"] for p in people] == ["Witold Bańka", "Yang Yang", "Hitesh Patel"]


@pytest.mark.parametrize("name", ["Smith, John", "King, Jr.", "Bush, George W.", "President of the Board, the"])
def test_post_before_name_does_not_fire(name: str) -> None:
    assert own_names([{"name": name}]) == [{"name": name}]


def test_press_conference_people_and_body(corpus: Path, resources: object) -> None:
    article = _article(corpus, resources, PRESS)
    names = [p["name"] for p in article["people"]]
    assert len(names) == len(set(names))
    assert {"Witold Bańka", "Yang Yang", "Olivier Niggli", "Hitesh Patel"} <= set(names)
    assert not any("," in n for n in names)
    # the NITF body holds the plain body and its lead: the reader gets the lead, and its dates
    body = article["bodies"][0]["value"]
    assert body.startswith("The Australian Sports Anti-Doping Authority (ASADA) today announced")
    assert "January 22-27" in [d["text"] for d in article["ext"]["dates"]]


def test_same_name_is_one_person(corpus: Path) -> None:
    """Session 18 ‡ (med18): AP's coded and editorial "Paul Simon" are one value (was: both kept)."""
    obj = orjson.loads((corpus / AP_PICTURE).read_bytes())
    obj = obj.get("data", {}).get("item", obj)
    people = map_ninjs(obj).people
    assert [p.get("name") for p in people] == ["Paul Simon"] and people[0].get("uri")


def test_plain_body_kept_when_nitf_differs() -> None:
    nitf = (
        "<nitf><head><title>T</title></head><body><body.content><p>Another text entirely, not the plain one.</p>"
        "</body.content></body></nitf>"
    )
    obj = {
        "uri": "x",
        "type": "text",
        "bodies": [
            {"role": "nitf", "contentType": "text/vnd.IPTC.NITF", "value": nitf},
            {"role": "text", "contentType": "text/plain", "value": "First paragraph.\n\nSecond paragraph."},
        ],
    }
    assert map_ninjs(obj).paragraphs == ["First paragraph.", "Second paragraph."]
