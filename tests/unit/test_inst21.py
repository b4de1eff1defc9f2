"""An institution's name, session 21 (issue #15, ‡ tuned to review draw 2 of session 21): "Institution" ends an
organisation's name as "Institute" does ("the Brookings Institution", "the Smithsonian Institution"), and the town
word inside it is no place (Brookings, South Dakota, came out of a Reuters story on the Tower report)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from streams.core.model import RawItem
from streams.core.pipeline import process


def _article(text: str, resources: Any) -> dict[str, Any]:
    return process(RawItem(text.encode(), {}), resources, received_at="2026-01-01T00:00:00Z")[0].record


def _orgs(article: dict[str, Any]) -> list[str]:
    return [o["name"] for o in article.get("organisations", ())]


def _places(article: dict[str, Any]) -> list[str]:
    return [p["name"] for p in article.get("places", ())]


def test_the_brookings_institution_in_a_reuters_story(corpus: Path, resources: Any) -> None:
    """Reuters-21578, the Tower report story: "Hess, with the Brookings Institution public policy study group,
    said ...": the think tank, no Brookings, South Dakota."""
    path = corpus / "reuters21578" / "reut2-000.sgm"
    if not path.exists():
        pytest.skip("reut2-000.sgm not in the corpus")
    (record,) = [r for r in re.findall(rb"<REUTERS.*?</REUTERS>", path.read_bytes(), re.S) if b"Brookings" in r]
    article = process(RawItem(record, {}), resources, received_at="2026-01-01T00:00:00Z")[0].record
    assert "Brookings Institution" in _orgs(article)
    assert "Brookings" not in _places(article)
    assert {"Washington", "Texas"} <= set(_places(article))


@pytest.mark.parametrize("name", ["Smithsonian Institution", "Hoover Institution", "Brookings Institution"])
def test_an_institution_is_an_organisation_not_a_person(name: str, resources: Any) -> None:
    text = f"Experts differ\n\nWASHINGTON, March 3 (Reuters) - Stephen Hess, of the {name}, said the plan would fail.\n"
    article = _article(text, resources)
    assert name in _orgs(article)
    assert name not in [p["name"] for p in article.get("people", ())]


def test_the_town_itself_stays_a_place(resources: Any) -> None:
    """Control: the town named as a town ("a plant in Brookings, South Dakota") is still the place."""
    text = (
        "Plant to close\n\nCHICAGO, March 3 (Reuters) - Acme Corp said it would close its plant in Brookings,"
        " South Dakota.\n"
    )
    assert "Brookings" in _places(_article(text, resources))
