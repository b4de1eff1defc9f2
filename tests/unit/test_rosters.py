"""Rosters (issue #15 item 3, review seed 63378): the people of agate lists (team sheets, results lists, cast
lists), pinned with the real corpus items that showed the class and small texts written for the test, and the
lists of the same shape that name no people (ranked firms, towns, prose)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities, rosters
from tests.unit.test_enrich_entities_review import _article, _names
from tests.unit.test_entities_precision import _process


def _people(text: str, lang: str, res: entities.EntityResources) -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article)


def _one(corpus: Path, rel: str, resources: Any) -> dict[str, Any]:
    [article] = _process(corpus, rel, resources)
    return article


# -- line-ups -------------------------------------------------------------------------------------------------
def test_pa_team_sheet_names_its_players(corpus: Path, pipeline_resources: object) -> None:
    """PA's "Mexico v Panama" sheet: every player of both sides and their replacements is a person (42), the
    surnames that are also towns' names (Talavera, Davis, Corona) too, and none is a place."""
    article = _one(corpus, "superdesk-core-fixtures/pa2.xml", pipeline_resources)
    people = _names(article)
    assert len(people) == 42, people
    assert {"Talavera", "M. Herrera", "Torres Nilo", "Jonathan", "E. Hernandez", "G. Torres", "Davis"} <= set(people)
    assert {p["name"] for p in article.get("places", [])} == {"Mexico", "Panama"}


def test_lineup_labels_and_fixture_sides(res: entities.EntityResources) -> None:
    """A line-up is a labelled list: a fixture's side or a roster word ("Subs", "Suplentes"); a cast list's
    members are full names."""
    text = (
        "Arsenal v Chelsea\n\nArsenal: Seaman; Dixon, Winterburn, Keown, Adams; Parlour, Vieira, Petit, Overmars; "
        "Bergkamp, Anelka.\n\nSubs: Manninger, Bould, Grimandi, Wreh, Hughes.\n\n"
        "Cast: Tom Hanks, Meg Ryan, Bill Pullman."
    )
    people = _people(text, "en", res)
    assert {"Seaman", "Dixon", "Anelka", "Manninger", "Hughes", "Tom Hanks", "Meg Ryan", "Bill Pullman"} <= set(
        people
    ), people
    assert "Arsenal" not in people and "Chelsea" not in people
    es = "Real Madrid - Barcelona\n\nSuplentes: Casillas, Arbeloa, Pepe, Marcelo, Khedira, Benzema.\n"
    assert {"Casillas", "Benzema"} <= set(_people(es, "es", res))


@pytest.mark.parametrize(
    "text",
    [
        # a label that is no roster word nor a fixture side: towns, countries, firms
        "Visited: Jakarta, Bandung, Surabaya, Medan, Makassar, Semarang.\n",
        "Members: France, Germany, Italy, Spain, Portugal, Greece.\n",
        "Participants: Ford, Chrysler, Toyota, Honda, Nissan, Mazda.\n",
        # a roster word, but the members are no bare names
        "Subs: the goalkeeper, two defenders, a midfielder, the striker and the captain.\n",
    ],
)
def test_lists_that_are_no_lineups(text: str) -> None:
    assert not [r for r in rosters.find(text) if r.members], rosters.find(text)


# -- results lists --------------------------------------------------------------------------------------------
def test_stt_results_list_names_every_athlete(corpus: Path, pipeline_resources: object) -> None:
    """STT's indoor championship results: the winners ("1) Visa Hongisto ValkealKa 6,72", "1) Panu Jantunen"),
    names the Finnish rules did not know ("Cheela Changala", "Don-Zheni Ekoebve"), the disqualified ("Artem
    Lopatenko HIFK hylättiin", "Hannu Ali-Huokuna VU & ..."), a club of two words ("Victor Jansson Jomala IK"),
    a surname given alone ("1) Åstrand 6,85"); a surname given in full elsewhere ("1) Hongisto 6,83") is
    folded into the full name, and no club code is a name."""
    article = _one(corpus, "superdesk-core-fixtures/stt_archive_newsml_created_date_test.xml", pipeline_resources)
    people = _names(article)
    assert {
        "Visa Hongisto",
        "Panu Jantunen",
        "Cheela Changala",
        "Don-Zheni Ekoebve",
        "Artem Lopatenko",
        "Hannu Ali-Huokuna",
        "Victor Jansson",
        "Åstrand",
    } <= set(people), people
    assert "Hongisto" not in people and "Victor Jansson Jomala" not in people
    assert not [p for p in people if any(sum(c.isupper() for c in w) > 1 and "-" not in w for w in p.split())]
    assert len(people) >= 130


def test_results_lists_in_english(res: entities.EntityResources) -> None:
    """One row a line with a nationality in brackets, or one list in a paragraph; and the same shape naming
    firms is no list of people (no two of its full names are people found by other evidence)."""
    rows = "Men's 100 metres:\n1. Carl Lewis (USA) 9.93\n2. Leroy Burrell (USA) 10.01\n3. Dennis Mitchell (USA) 10.07"
    assert {"Carl Lewis", "Leroy Burrell", "Dennis Mitchell"} <= set(_people(rows, "en", res))
    firms = "Car sales, in units: 1) Toyota Motor 3,512, 2) Nissan Motor 2,101, 3) Honda Motor 1,950."
    people = _people(firms, "en", res)
    assert not [p for p in people if "Motor" in p], people


def test_rank_marks_must_count_up() -> None:
    """A heat number ("1. alkuerä") or numbered paragraphs of prose are no results rows."""
    assert rosters.results("1. The Fed met. 3. Rates rose. 5. Markets fell.") == []
    assert rosters.results("1. alkuerä: 1) Rantala 6,90") == []
