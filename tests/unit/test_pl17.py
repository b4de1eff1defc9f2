"""Places, session 17 (issue #15, branch pl17): the classes an editor found wrong or missed, each pinned on the
item's own wording (copied from the corpus items named) and, where the corpus is present, on the item itself:

* a politician's state ("a New York Republican", "a Washington Democrat") is the state, never its city;
* a member's party tag names a state in any of its forms ("(R-Tex)", "D-Conn,", "(D-NY)"), not only "(R-Okla.)";
* a car make before its model's name ("the Plymouth Voyager miniwagon") in a story on cars is no town;
* a source's plain geography tags (Business Wire's "United States", "North America", "Texas") give the story's
  country, not places the story names;
* capitals written with accents (San José, Bogotá) are capitals in the gazetteer, and a world table's row is its
  capital ("San Jose": Costa Rica) or its town however small ("Valletta", "Mecca");
* a compass initial before a country's or state's name is the compass word ("N. Korea", "S. Illinois", "W. Va.").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core import pipeline
from streams.core.enrich import places
from streams.core.model import RawItem
from tests.unit.test_enrich_places import _reuters_places, _run
from tests.unit.test_place14 import _ids

NEW_YORK_STATE, NEW_YORK_CITY, TEXAS = 5128638, 5128581, 4736286


# -- a politician's state ----------------------------------------------------------------------------------------

KEMP = (  # reut2-001 #856 ("KEMP URGES REAGAN TO OPPOSE STOCK TAX")
    "Rep. Jack Kemp, a New York Republican, urged President Reagan to oppose any legislation to impose a tax on "
    "stock transactions. House Speaker James Wright, a Texas Democrat, has asked congressional tax analysts to look "
    "at a 0.25 to 0.5 pct tax on stock trades."
)


def test_a_politicians_state_is_the_state(resources) -> None:
    ids = _ids(_run(resources.places, KEMP, "en", "Washington"))
    assert ids.get("New York") == NEW_YORK_STATE
    assert NEW_YORK_CITY not in ids.values()
    assert ids.get("Texas") == TEXAS


def test_new_york_without_a_partys_word_stays_the_city(resources) -> None:
    text = "Rep. Jack Kemp flew to New York on Monday to meet bankers about the stock tax."
    assert _ids(_run(resources.places, text, "en", "Washington")).get("New York City") == NEW_YORK_CITY


# -- party tags --------------------------------------------------------------------------------------------------

STENHOLM = (  # reut2-002 #863 ("U.S. FEEDGRAIN 0/92 SUPPORTERS EVALUATE POSITION")
    "The disaster aid bill, introduced by Rep. Glenn English (D-Okla.), sparked a debate. Some want to support an "
    "amendment by Rep. Charles Stenholm (R-Tex) to narrow the bill. Rep. Arlan Stangeland (R-Minn.) agreed."
)
DODD = "Sen. Chris Dodd, D-Conn, a co-sponsor of the bill, and Sen. Al D'Amato (R-NY) said it would pass."


def test_a_party_tag_names_its_state_with_or_without_the_full_stop(resources) -> None:
    names = [p["name"] for p in _run(resources.places, STENHOLM, "en", "Washington")["places"]]
    assert {"Oklahoma", "Texas", "Minnesota"} <= set(names)
    names = [p["name"] for p in _run(resources.places, DODD, "en", "Washington")["places"]]
    assert {"Connecticut", "New York"} <= set(names)


def test_a_states_short_form_outside_a_party_tag_is_no_place(resources) -> None:
    text = "Tex Ritter and Miss Kitty sang at the fair, and IN-house lawyers (R-D teams) watched."
    names = [p["name"] for p in _run(resources.places, text, "en").get("places", ())]
    assert "Texas" not in names and "Mississippi" not in names and "Indiana" not in names


def test_party_tags_on_the_reuters_record() -> None:
    gazetteer = places.load(None)
    assert "Texas" in _reuters_places("FEEDGRAIN 0/92 SUPPORTERS EVALUATE", gazetteer)


# -- a car's make ------------------------------------------------------------------------------------------------

CHRYSLER = (  # reut2-000 #626 ("CHRYSLER TO SELL CARS IN EUROPE BEFORE YEAR END")
    "Chrysler Corp will begin exporting vehicles before the end of this year to Europe. Prior to negotiating a loan "
    "guarantee program with the U.S. Government in 1978, Chrysler sold its European operations. The vehicles, on "
    "show at this week's Geneva motor show, include Chrysler LeBaron Turbo coupe and convertible, "
    "the Dodge Lancer ES four-door hatchback, the Dodge Shadow ES compact, the Plymouth Voyager miniwagon and the "
    "Dodge Daytona Shelby Z."
)


def test_a_make_before_its_model_is_no_town(resources) -> None:
    names = [p["name"] for p in _run(resources.places, CHRYSLER, "en", "Geneva")["places"]]
    assert "Plymouth" not in names and "Geneva" in names


def test_a_make_on_the_reuters_record() -> None:
    names = _reuters_places("CHRYSLER TO SELL CARS IN EUROPE", places.load(None))
    assert "Plymouth" not in names and "Switzerland" in names


def test_a_makes_town_where_the_story_goes_there_stays(resources) -> None:
    text = "The cars were shipped from Plymouth to Boston, where dealers sold them within a week."
    names = [p["name"] for p in _run(resources.places, text, "en").get("places", ())]
    assert "Plymouth" in names


# -- a source's geography tags -----------------------------------------------------------------------------------

DELL = (
    "Dell today announced the Dell Precision T1700, the company's smallest workstation, available worldwide. "
    "The workstation ships with Intel Xeon processors."
)
TAGS = [
    {"name": "United States", "rel": "about"},
    {"name": "Technology", "rel": "about"},
    {"name": "North America", "rel": "about"},
    {"name": "Texas", "rel": "about"},
]


def _tagged(gazetteer: places.Gazetteer, text: str) -> dict:
    article: dict = {"language": "en", "bodies": [{"role": "main", "value": text}], "ext": {}, "subjects": TAGS}
    places.enrich(article, gazetteer)
    return article


def test_a_sources_geography_tags_give_the_country_not_places(resources) -> None:
    a = _tagged(resources.places, DELL)
    assert not a.get("places")
    assert a["ext"]["countries"] == ["US"]


def test_a_tagged_state_the_story_names_is_a_place(resources) -> None:
    a = _tagged(resources.places, "ROUND ROCK, Texas -- " + DELL)
    assert "Texas" in [p["name"] for p in a["places"]]


@pytest.mark.parametrize(
    "name",
    ["businesswire-newsml-20130515006361.json", "businesswire-newsml-20130605006126.json"],
)
def test_business_wire_items(corpus: Path, resources, name: str) -> None:
    path = corpus / "iptc-ninjs" / "1.4" / name
    if not path.exists():
        pytest.skip(f"iptc-ninjs/1.4/{name} not in the corpus")
    raw = RawItem(path.read_bytes(), {"filename": path.name})
    records = [o.record for o in pipeline.process(raw, resources) if o.kind == "article"]
    assert records
    assert not any(r.get("places") for r in records)  # the stories name none of their tags
    assert any(r.get("ext", {}).get("countries") == ["US"] for r in records)


# -- capitals with accents ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("geonameid", "capital"), [(3621849, True), (3688689, True), (5392171, False)])
def test_capitals_written_with_accents_are_capitals(resources, geonameid: int, capital: bool) -> None:
    # San José (Costa Rica), Bogotá: GeoNames' country list writes them "San Jose", "Bogota"; San Jose, California
    place = next(p for p in resources.places.places if p.geonameid == geonameid)
    assert bool(place.capital) == capital


# -- a world table's rows ----------------------------------------------------------------------------------------

WEATHER = "NEW YORK (AP) _ Minimum and maximum temperatures in Fahrenheit:\n" + "".join(
    f"\t   {town};42;50;rn;0.08;39;52;pc;39;48;rn<\n"  # superdesk-core-fixtures anpa-3.tst, rows of its table
    for town in (
        "Amsterdam", "Athens", "Atlanta", "Bangkok", "Beijing", "Berlin", "Boston", "Cairo", "Dhahran", "Dublin",
        "Mecca", "Moscow", "San Jose", "San Juan", "Santiago", "Tokyo", "Valletta", "Washington",
    )
)  # fmt: skip


def test_a_world_tables_rows_are_capitals_and_towns_abroad(resources) -> None:
    ids = _ids(_run(resources.places, WEATHER, "en", "New York"))
    assert ids.get("San José") == 3621849  # Costa Rica's capital, not San Jose, California
    assert ids.get("Valletta") == 2562305 and ids.get("Dhahran") == 107797 and ids.get("Makkah") == 104515
    assert ids.get("Santiago") == 3871336 and ids.get("Washington") == 4140963


def test_san_jose_in_running_text_stays_californian(resources) -> None:
    text = "Apple and Cisco opened offices in San Jose, where rents rose, and in Boston and Chicago."
    assert _ids(_run(resources.places, text, "en")).get("San Jose") == 5392171


# -- a compass initial ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("S. Illinois battles flooding as Mississippi River builds downstream", "Illinois"),  # Reuters L1N14N0FF
        ("Talks between S. Korea and N. Korea resume", "North Korea"),
        ("S. Africa rand falls on power cuts", "South Africa"),
        ("Floods close roads in W. Virginia", "West Virginia"),
        ("He is held in the regional jail in Greenwood, W. Va., on a parole violation.", "West Virginia"),  # LGL
    ],
)
def test_a_compass_initial_is_the_compass_word(resources, text: str, name: str) -> None:
    names = [p["name"] for p in _run(resources.places, text, "en").get("places", ())]
    assert name in names and "Virginia" not in names


def test_a_middle_initial_stays_a_persons(resources) -> None:
    text = "John S. Carolina and the lawyer Mary W. Virginia said the deal was done."
    names = [p["name"] for p in _run(resources.places, text, "en").get("places", ())]
    assert "West Virginia" not in names and "South Carolina" not in names
    text = "Frank Buck Zoo is located at 1000 W. California Street. For more information, call the zoo."
    assert "California" not in [p["name"] for p in _run(resources.places, text, "en").get("places", ())]
