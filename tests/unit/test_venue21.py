"""A surname that is a building or place word, session 21 (issue #15, ‡ tuned to review draw 2 of session 21).

The lexicon's ``non_name`` words ("Tower", "Hall", "Church", "North") keep "Trump Tower" and "Carnegie Hall" from
being people, and so lost every person with such a surname: the Reuters Tower report story had no "John Tower"
and gave his quote to "Reagan", named inside his appositive. A known given name and such a word are a person only
with person evidence (a title before, a reporting verb next to it, the surname alone later before a verb of
speech); venue shapes stay no person."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from streams.core.model import RawItem
from streams.core.pipeline import process


def _article(text: str, resources: Any) -> dict[str, Any]:
    return process(RawItem(text.encode(), {}), resources, received_at="2026-01-01T00:00:00Z")[0].record


def _people(article: dict[str, Any]) -> list[str]:
    return [p["name"] for p in article.get("people", ())]


def _speakers(article: dict[str, Any]) -> dict[str, str | None]:
    return {q["text"]: q.get("speaker") for q in article["ext"].get("quotes", ())}


def _reuters(corpus: Path, newid: int, resources: Any) -> dict[str, Any]:
    """Reuters-21578 record NEWID ``newid`` (reut2-000..002), processed; skipped where the file is absent."""
    path = corpus / "reuters21578" / f"reut2-00{(newid - 1) // 1000}.sgm"
    if not path.exists():
        pytest.skip(f"{path.name} not in the corpus")
    (record,) = [
        r for r in re.findall(rb"<REUTERS.*?</REUTERS>", path.read_bytes(), re.S) if b'NEWID="%d"' % newid in r
    ]
    return _article(record.decode(), resources)


def test_the_tower_report_story_names_john_tower_and_gives_him_his_quote(corpus: Path, resources: Any) -> None:
    """NEWID 28: "board chairman John Tower, a longtime Reagan supporter ..., told a press conference, "The
    president clearly did not understand ..."": Tower speaks, not Reagan named inside the appositive."""
    article = _reuters(corpus, 28, resources)
    assert "John Tower" in _people(article)
    speakers = _speakers(article)
    (quote,) = [text for text in speakers if text.startswith("The president clearly did not understand")]
    assert speakers[quote] == "John Tower"
    assert speakers["This is a story about people who came up somewhat short of being heroes"] == "John Tower"


@pytest.mark.parametrize(
    ("newid", "name"),
    [
        (386, "John Tower"),  # "former Texas Sen. John Tower"
        (386, "Oliver North"),  # "Marine Lt. Col. Oliver North who was fired"
        (1895, "John Tower"),  # "headed by former Republican Sen. John Tower, said"
        (1725, "Oliver North"),  # "then-National Security Council aide Oliver North."
        (2759, "Oliver North"),  # "former White House aide Oliver North, legal sources said"
        (2913, "Mike Hall"),  # "said Mike Hall, lobbyist for the association"
    ],
)
def test_other_reuters_people_with_such_a_surname(corpus: Path, resources: Any, newid: int, name: str) -> None:
    assert name in _people(_reuters(corpus, newid, resources))


def test_a_titled_one_keeps_the_person_not_the_title(corpus: Path, resources: Any) -> None:
    """NEWID 2796: "Lt Col Oliver North" was "Col Oliver North"; the title is no part of the name."""
    people = _people(_reuters(corpus, 2796, resources))
    assert "Oliver North" in people
    assert "Col Oliver North" not in people


def test_quotes_of_a_hall_go_to_him(corpus: Path, resources: Any) -> None:
    """NEWID 2913: "Hall said" after "said Mike Hall, lobbyist": the quotes are his."""
    speakers = _speakers(_reuters(corpus, 2913, resources))
    assert speakers["This was cleary a political decision"] == "Mike Hall"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Senator Frank Church said the inquiry would go on.", "Frank Church"),
        ('"We will fight it," said Tom Hall, a union official.', "Tom Hall"),
        ('The panel, headed by John Tower, met on Monday. Tower told reporters "it went well".', "John Tower"),
    ],
)
def test_person_evidence_makes_the_person(resources: Any, body: str, name: str) -> None:
    assert name in _people(_article(f"Story\n\nNEW YORK, March 3 (Reuters) - {body}\n", resources))


@pytest.mark.parametrize(
    "body",
    [
        "The orchestra will play at Carnegie Hall next week, its manager said.",
        "The Royal Albert Hall said it would close.",
        "The concert at the Royal Albert Hall said nothing new, critics wrote.",
        "Tourists visited the Tower of London on Monday, police said.",
        "Victoria Tower said nothing of note, the agent said.",
        "Trump Tower said it would open a new wing.",
        "A fire broke out at Albert Hall, officials said.",
        "The rally in Lincoln Park drew thousands, police said.",
        "He met John Tower in the Senate on Monday.",  # no person evidence: no person (precision first)
    ],
)
def test_venue_shapes_stay_no_person(resources: Any, body: str) -> None:
    people = _people(_article(f"Story\n\nNEW YORK, March 3 (Reuters) - {body}\n", resources))
    assert not any(name.endswith(("Hall", "Tower", "Park")) for name in people), people
