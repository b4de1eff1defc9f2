"""People and places in sports agate (issue #15, session 16, branch agate16): AP's "BASEBALL'S TOP TEN" gave two
people of 29, the player Bell as a place, the Nationals' "Washington" as Washington State and missed its "NATIONAL
LEAGUE" head. A stat-table row ("McNeil NYM 72 271 37 95 .351") and a leaders entry ("Yelich, Milwaukee, 31;")
name a person by the table's shape; a leaders list's team town is no state; an agate page's capital head that
is a known organisation is one. Each rule has a case where it must not fire (commodity and price tables, prose)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities, places, rosters
from tests.unit.test_enrich_entities_review import _article, _names
from tests.unit.test_entities_precision import _process

AP = "superdesk-core-fixtures/ap_media_text_nitf.xml"

# AP's batting table as the parser gives it (superdesk-core fixture ap_media_text_nitf.xml, three rows of ten)
TABLE = (
    "NATIONAL LEAGUE\n\nG AB R H Pct.\n\nMcNeil NYM 72 271 37 95 .351\n\nBellinger LAD 82 295 67 102 .346\n\n"
    "KMarte Ari 82 333 55 103 .309\n\nBell Pit 82 318 65 98 .308\n\nHome Runs\n\n"
)
LEADERS = "Strasburg, Washington, 9-4; JGray, Colorado, 9-5; Buehler, Los Angeles, 8-1; Marquez, Colorado, 8-3."

# Reuters-21578 (reut2-000.sgm, USDA grain prices): rows of a town and figures, no people
GRAIN = (
    "             CORN  BRLY  OATS  RYE   SOYB  SORG\n"
    " Chicago     1.47  --    --    --    4.81  2.49\n"
    " Toledo      1.41  2.04  1.50  --    4.78  2.39\n"
    " KC          1.49  1.56  1.64  --    4.76  2.58\n"
    " St Lo       1.54  --    1.66  --    4.90  2.91\n"
    " Duluth      1.34  1.75  1.50  1.85  4.68  --\n"
)


@pytest.fixture(scope="module")
def gazetteer(resources: Any) -> places.Gazetteer:
    return resources.places


def _people(text: str, res: entities.EntityResources) -> list[str]:
    article = _article(text, "en")
    entities.enrich(article, res)
    return _names(article)


def _places(gazetteer: places.Gazetteer, text: str) -> list[tuple[str, str]]:
    mentions, _ = gazetteer._resolve(text, "en", None)
    return [(text[s:e], gazetteer.places[i].kind) for s, e, i, _ in mentions]


def test_ap_top_ten_players_places_and_league(corpus: Path, pipeline_resources: object) -> None:
    """The real page: every player of the table and the three leaders lists, the glued initial written as an
    initial ("KMarte" -> "K. Marte"), no player as a place, no team's state, the league as an organisation."""
    [article] = [a for a in _process(corpus, AP, pipeline_resources) if a.get("bodies")]
    people = set(_names(article))
    assert {"McNeil", "Bellinger", "Bell", "Alonso", "Scherzer", "K. Marte", "J. Baez", "F. Reyes"} <= people
    assert not {"KMarte", "JBaez", "NYM", "Pit"} & people
    assert len(people) == 29, sorted(people)
    named = {p["name"]: p.get("uri") for p in article.get("places", ())}
    assert "Bell" not in named and "Colorado" not in named and "Arizona" not in named
    assert named.get("Washington") != "https://sws.geonames.org/5815135/"  # Washington State
    assert {"Pittsburgh", "Milwaukee", "Atlanta"} <= named.keys()  # the team towns stay towns
    assert {"name": "National League"} in article.get("organisations", [])


def test_stat_rows_and_leaders_shapes() -> None:
    [table] = rosters.stat_rows(TABLE)
    assert [m.name for m in table.members] == ["McNeil", "Bellinger", "K. Marte", "Bell"]
    [leaders] = rosters.leaders(LEADERS)
    assert [m.name for m in leaders.members] == ["Strasburg", "J. Gray", "Buehler", "Marquez"]


@pytest.mark.parametrize(
    "text",
    [
        GRAIN,
        # a code and figures but no column heads over them: a commodity table, no players
        "Wheat CBT 3.45 3.50 3.40\nCorn CBT 1.47 1.49 1.45\nOats CBT 1.50 1.52 1.49\n",
        # heads, but fewer than the figures
        "Close High\nWheat CBT 3.45 3.50 3.40\nCorn CBT 1.47 1.49 1.45\nOats CBT 1.50 1.52 1.49\n",
        # a league table: the codes are the clubs' own ("Arsenal ARS"), the rows teams
        "P W D L Pts\nArsenal ARS 20 15 3 2 48\nLiverpool LIV 20 14 4 2 46\nSpurs TOT 20 12 4 4 40\n",
        # two rows are no table
        "G AB R H Pct.\nMcNeil NYM 72 271 37 95 .351\nBell Pit 82 318 65 98 .308\n",
    ],
)
def test_tables_that_are_no_stat_rows(text: str) -> None:
    assert not rosters.stat_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "He moved from Paris, Texas, 25 years ago; Dallas, Texas, 3 years ago.",
        # a price list: the figure goes on past its point
        "Wheat, Chicago, 3.45; Corn, Chicago, 2.10; Soybeans, Chicago, 5.60.",
        # two entries are no list
        "Yelich, Milwaukee, 31; Alonso, New York, 28.",
    ],
)
def test_lists_that_are_no_leaders(text: str) -> None:
    assert not rosters.leaders(text)


def test_agate_people_and_none_from_tables(res: entities.EntityResources) -> None:
    people = _people(TABLE + LEADERS, res)
    assert {"McNeil", "K. Marte", "Bell", "Strasburg", "J. Gray"} <= set(people)
    assert not {"Chicago", "Toledo", "Duluth", "St Lo"} & set(_people("Grain prices.\n" + GRAIN, res))


def test_leaders_team_town_is_no_state(gazetteer: places.Gazetteer) -> None:
    found = _places(gazetteer, LEADERS)
    assert ("Colorado", "admin1") not in found
    assert all(kind == "city" for _, kind in found), found
    # outside a leaders list a state stays a state
    assert ("Colorado", "admin1") in _places(gazetteer, "Wildfires spread across Colorado on Monday, officials said.")


def test_agate_heads_only_on_agate_pages(res: entities.EntityResources) -> None:
    article = _article(TABLE + LEADERS, "en")
    entities.enrich(article, res)
    orgs = [o["name"] for o in article.get("organisations", ())]
    assert "National League" in orgs and "Home Runs" not in orgs
    # the same head over prose: no agate page, the rule does not fire
    assert entities._with_agate_heads([], "NATIONAL LEAGUE\n\nThe season opens on Thursday.", res) == []
