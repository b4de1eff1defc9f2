"""Places, session 10 fixes (review rv10 fresh-q): a small dateline town the cued towns know in the
state its dateline names ("FREEHOLD, N.J.") is the located place, with its state beside it. Each class
is pinned on real Reuters-21578 records plus small synthetic cases; every corpus test here failed before."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich import places
from tests.unit.test_enrich_places import _reuters, _run


@pytest.fixture(scope="module")
def gazetteer(resources) -> places.Gazetteer:
    return resources.places


def _reuters_article(title_part: str, gazetteer: places.Gazetteer) -> dict:
    records = _reuters(title_part)  # puts scripts/ on the path
    from eval_places import reuters_article

    if not records:
        pytest.skip(f"no Reuters-21578 record titled {title_part!r}")
    article = reuters_article(records[0])
    places.enrich(article, gazetteer)
    return article


def _rels(article: dict) -> list[tuple[str, str]]:
    return [(p["name"], p["rel"]) for p in article.get("places", ())]


@pytest.mark.parametrize(
    ("title_part", "town", "state"),
    [
        ("JUDGE RULES IN FAVOR OF DOW CHEM", "Freehold", "New Jersey"),  # FREEHOLD, N.J. (rv10 A 01)
        ("DELTA ROCKET BLASTS OFF FROM CAPE CANAVERAL", "Cape Canaveral", "Florida"),  # (rv10 A 12)
    ],
)
def test_small_dateline_town_is_located(
    corpus: Path, gazetteer: places.Gazetteer, title_part: str, town: str, state: str
) -> None:
    article = _reuters_article(title_part, gazetteer)
    rels = _rels(article)
    assert rels[0] == (town, "located")
    assert (state, "mentioned") in rels


def test_small_dateline_town_synthetic(gazetteer: places.Gazetteer) -> None:
    for located, town, state in (
        ("OLD BETHPAGE, N.Y.", "Old Bethpage", "New York"),  # not Bethpage: the whole town
        ("Porter, Ind.", "Porter", "Indiana"),
        ("GREENWICH, Conn.", "Greenwich", "Connecticut"),  # not Greenwich, England
    ):
        a = _run(gazetteer, "The company said sales rose.", "en", located=located)
        assert _rels(a) == [(town, "located"), (state, "mentioned")], located
        assert a["ext"]["countries"] == ["US"]
    # a town the cued towns know in another state only: the state stands in, as before
    a = _run(gazetteer, "The company said sales rose.", "en", located="FREEHOLD, Calif.")
    assert _rels(a) == [("California", "located")]
