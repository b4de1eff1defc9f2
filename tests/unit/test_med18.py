"""Session 18 ‡ (branch med18, issue #15): pictures' fields as clean as text's. A photo credit closing a
caption, summary or body ("Photo Samantha Zucchi /Insidefoto/Sipa USA)", "(Photo by John Doe/Something/AP,
File)", "REUTERS/Marko Djurica", "ANTARA FOTO/Xinhua/Qiu Chen/sgd") leaves the text for contributors and
infoSources; a person a source sends twice under one name (AP: coded by machine, uncoded by its editor) is
one value. Captions below are the corpus's own; the corpus tests skip without the corpus."""

from __future__ import annotations

import json
from typing import Any

import pytest

from streams.core.copy.credits import take_caption_credit
from streams.core.formats.ninjs import own_names
from streams.core.model import Origin, ParsedItem, RawItem
from streams.core.pipeline import process
from tests.conftest import CORPUS

SIPA = "Rome (Italy), October 27th 2020 Photo Samantha Zucchi /Insidefoto/Sipa USA)"


@pytest.mark.parametrize(
    ("caption", "kept", "photographer", "sources"),
    [
        (
            "Demonstration of the workers of congresses and conferences. " + SIPA,
            "Demonstration of the workers of congresses and conferences. Rome (Italy), October 27th 2020",
            "Samantha Zucchi",
            ["Insidefoto", "Sipa"],
        ),
        (
            "FILE - This Sept. 22, 2018 file photo something.(Photo by John Doe/Something/AP, File)",
            "FILE - This Sept. 22, 2018 file photo something.",
            "John Doe",
            ["Something", "AP"],
        ),
        (
            "Nevada has since fallen on difficult times. (Photo by Spencer Platt/Getty Images)",
            "Nevada has since fallen on difficult times.",
            "Spencer Platt",
            ["Getty Images"],
        ),
        (
            "A woman casts her ballot inside a polling station in Kenya's town of Gatundu. REUTERS/Marko Djurica",
            "A woman casts her ballot inside a polling station in Kenya's town of Gatundu.",
            "Marko Djurica",
            ["Reuters"],
        ),
        (
            "Pengunjung menaiki wahana di Costa Mesa, California, Amerika Serikat, (1/8/2026). "
            "ANTARA FOTO/Xinhua/Qiu Chen/sgd",
            "Pengunjung menaiki wahana di Costa Mesa, California, Amerika Serikat, (1/8/2026).",
            "Qiu Chen",
            ["ANTARA", "Xinhua"],
        ),
        (
            "Indonesia All Stars dikalahkan Aston Villa dengan skor 1-3 ANTARA FOTO/Fauzan/YU",
            "Indonesia All Stars dikalahkan Aston Villa dengan skor 1-3",
            "Fauzan",
            ["ANTARA"],
        ),
        (
            "an American Islamic State group member has been deported to the United States. (DHA via AP, File)",
            "an American Islamic State group member has been deported to the United States.",
            None,
            ["DHA", "AP"],
        ),
        (
            "in this picture released by Syria's national news agency SANA. REUTERS/SANA/Handout via Reuters",
            "in this picture released by Syria's national news agency SANA.",
            None,
            ["Reuters", "SANA"],  # "Handout" is how it came, no agency
        ),
        (
            "sworn in for a new seven-year term in Damascus July 16, 2014. REUTERS/Syria TV via Reuters TV",
            "sworn in for a new seven-year term in Damascus July 16, 2014.",
            None,
            ["Reuters", "Syria TV"],
        ),
    ],
)
def test_closing_photo_credit_leaves_the_caption(
    caption: str, kept: str, photographer: str | None, sources: list[str]
) -> None:
    item = ParsedItem(kind="picture", caption=caption)
    take_caption_credit(item, [])
    assert item.caption == kept
    assert [c["name"] for c in item.contributors if c["role"] == "photographer"] == (
        [photographer] if photographer else []
    )
    assert [s["name"] for s in item.info_sources] == sources


@pytest.mark.parametrize(
    "caption",
    [
        "Republicans are dismissing the testimony so far as hearsay, at best second-hand information. (Nov. 14)",
        "as the Roman Catholic Church prepares to elect its next pope. Rough Cut (no reporter narration).",
        "dari Jakarta, Senin. Fotografer ANTARA FOTO/jakarta/kota/xx yang",  # not at the end, no name
        "The photo by the river was taken at dusk (photo by night)",
        "Photo Samantha Zucchi /Insidefoto/Sipa USA)",  # the credit alone: no text would be left
    ],
)
def test_no_credit_no_change(caption: str) -> None:
    item = ParsedItem(kind="picture", caption=caption)
    take_caption_credit(item, [])
    assert item.caption == caption
    assert not item.contributors and not item.info_sources


def test_text_items_keep_their_credit() -> None:
    """An article's summary that ends in its lead photo's credit is not a caption (the rule is for media)."""
    text = "Andi Sultan meraih medali emas dengan perolehan skor 8.540 poin. ANTARA FOTO/Dhemas Reviyanto/sgd"
    item = ParsedItem(kind="text", description=text)
    take_caption_credit(item, [])
    assert item.description == text


def test_credit_line_closing_the_body_goes() -> None:
    paragraphs = ["Demonstration of the workers.", "Rome (Italy), October 27th 2020", SIPA.split(" 2020 ")[1]]
    item = ParsedItem(kind="picture")
    take_caption_credit(item, paragraphs)
    assert paragraphs == ["Demonstration of the workers.", "Rome (Italy), October 27th 2020"]
    assert item.contributors == [{"role": "photographer", "name": "Samantha Zucchi"}]


def test_one_person_per_name() -> None:
    coded = {"name": "Paul Simon", "uri": "http://cv.ap.org/id/354c0b3c72d64956bd9545331d5d202e", "rel": "direct"}
    assert own_names([coded, {"name": "Paul Simon", "rel": "personfeatured"}]) == [coded]
    # the editor's uncoded entry first: it stays, and takes the machine's code
    merged = own_names([{"name": "paul  simon", "rel": "personfeatured"}, coded])
    assert merged == [{"name": "paul  simon", "rel": "personfeatured", "uri": coded["uri"]}]


def test_different_people_stay() -> None:
    people = [{"name": "Paul Simon"}, {"name": "Paul Simonon"}, {"name": "Art Garfunkel"}]
    assert own_names(people) == people


def _article(resources: object, name: str) -> dict[str, Any]:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"corpus item {name} absent (../shared/corpus)")
    raw = RawItem(path.read_bytes(), {"filename": name}, Origin(filename=name))
    return next(o.record for o in process(raw, resources) if o.kind == "article")  # type: ignore[arg-type]


def test_corpus_sipa_picture(resources: object) -> None:
    article = _article(resources, "iptc-ninjs/2.1/SIPA_image_2.json")
    texts = [d["value"] for d in article["descriptions"]] + [b["value"] for b in article.get("bodies", ())]
    assert texts and not any("Zucchi" in t or "Sipa USA" in t for t in texts)
    assert all(t.endswith("October 27th 2020") for t in texts)
    assert {"role": "photographer", "name": "Samantha Zucchi"} in article["ext"]["contributors"]
    assert article["by"] == "Samantha Zucchi"


def test_corpus_ap_picture(resources: object) -> None:
    article = _article(resources, "superdesk-core-fixtures/ap_media_picture.json")
    assert [p["name"] for p in article["people"]] == ["Paul Simon"]
    assert article["descriptions"][0]["value"] == "FILE - This Sept. 22, 2018 file photo something."
    assert article["by"] == "John Doe"
    assert json.dumps(article).count("Photo by") == 0
