"""Quote sources and firm names, session 12 (fixr12): an organisation credited with a quotation ("according to
ANZ", "ANZ analysts said in a note", "the company said" after "Shares of <description> <firm>"); a firm's name
joined by "and" whose second half runs on to a place before its legal form ("Mobil Exploration and Producing
U.S. Inc", "Aetna Life and Casualty of Canada Ltd"); a subsidiary "Co of <country>" beside its parent; a
determiner opening a sentence ("Any European Community") and a typo with a tripled letter ("Agreeeement",
"Alllure") that are no part of a name. The corpus tests read the Reuters items that showed each class; the short
texts are written after them, with counter-cases that show where each rule stops."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_enrich_quotes import _quotes, _reuters

from streams.core.enrich import entities

_ORGS = "organisations"


def _names(article: dict, field: str) -> list[str]:
    return [x["name"] for x in article.get(field, [])]


@pytest.mark.parametrize(
    ("needle", "whole", "cut"),
    [
        # "its U.S. exploration and producing operations into a single affiliate, Mobil Exploration and
        # Producing U.S. Inc": was "Producing U.S. Inc"
        (b"Mobil Exploration and", "Mobil Exploration and Producing U.S. Inc", "Producing U.S. Inc"),
        # "Aetna Life and Casualty Co said its Aetna Life and Casualty of Canada Ltd subsidiary ...": was
        # "Casualty of Canada Ltd"
        (b"Aetna Life and Casualty of Canada", "Aetna Life and Casualty of Canada Ltd", "Casualty of Canada Ltd"),
        # "... its casualty-property subsidiary, Aetna Casualty Co of Canada to <Laurentian Group>": was
        # "Aetna Casualty Co" (the parent, Aetna Life and Casualty Co, is named before)
        (b"Aetna Life and Casualty of Canada", "Aetna Casualty Co of Canada", "Aetna Casualty Co"),
    ],
)
def test_firm_name_joined_by_and_or_of_country(corpus: Path, needle: bytes, whole: str, cut: str) -> None:
    orgs = _names(_reuters(corpus, needle), _ORGS)
    assert whole in orgs
    assert cut not in orgs


def test_firm_of_country_without_parent_keeps_its_seat_out(res: entities.EntityResources) -> None:
    """No other firm of the story shares the first word: "of Japan" is the seat (the session-11 rule)."""
    article = {"bodies": [{"role": "main", "value": "Honda Motor Co of Japan said profits rose."}], "ext": {}}
    article["language"] = "en"
    entities.enrich(article, res)
    assert _names(article, _ORGS) == ["Honda Motor Co"]


def test_determiner_opening_a_sentence_is_no_part_of_a_name(corpus: Path) -> None:
    # "Any European Community decision to liberalise farm trade policy would hurt ..."
    orgs = _names(_reuters(corpus, b"Any European Community decision"), _ORGS)
    assert "European Community" in orgs
    assert not any(o.startswith("Any ") for o in orgs)


@pytest.mark.parametrize(
    "needle",
    [
        b"General Agreeeement on",  # "GATT (General Agreeeement on Tariffs and Trade)": "Agreeeement" a person
        b"Alllure said it also",  # "Alllure said it also introduced" (Allure Cosmetics Inc): "Alllure" a person
    ],
)
def test_tripled_letter_typo_is_no_person(corpus: Path, needle: bytes) -> None:
    people = _names(_reuters(corpus, needle), "people")
    assert not any(any(c * 3 in p for c in "abcdefghijklmnopqrstuvwxyz") for p in people), people


def test_according_to_a_firms_statement(corpus: Path) -> None:
    # 'the revaluation of the yen, which "have made the U.S. electronics industry an attractive investment
    # opportunity for Japanese corporations," according to a GTX statement.'
    found = [q.get("source") for q in _reuters(corpus, b"according to a GTX statement")["ext"]["quotes"]]
    assert found == ["GTX Corp"]


_LEAD = "Westpac Banking Corp reported a profit on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (_LEAD + 'According to Westpac, "the market is tighter than it looks."', "Westpac Banking Corp"),
        (_LEAD + '"The market is tighter than it looks," according to Westpac.', "Westpac Banking Corp"),
        (_LEAD + '"The market is tighter than it looks," Westpac analysts said in a note.', "Westpac Banking Corp"),
        (
            "Shares of Sydney-based lender Westpac Banking Corp rose 3 pct.\n\n"
            '"We are pleased with the result," the company said.',
            "Westpac Banking Corp",
        ),
        # counter-cases: one analyst of the bank is a person, not the bank; analysts at large are no firm
        (_LEAD + '"The market is tighter than it looks," one analyst at Westpac said.', None),
        (_LEAD + '"The market is tighter than it looks," according to analysts.', None),
    ],
)
def test_organisation_credited_with_a_quote(res: entities.EntityResources, text: str, source: str | None) -> None:
    found = _quotes(text, res)
    assert [(q.get("speaker"), q.get("source")) for q in found] == [(None, source)]


def test_pronoun_after_an_unnamed_aide_is_no_one_named(corpus: Path) -> None:
    # "An aide to Agriculture Secretary Richard Lyng who asked not to be identified said there was nothing to
    # substantiate the speculation, which he said was started by "somebody fanning the (wheat) market."": the
    # aide's words (unnamed), not Lyng's
    quotes = _reuters(corpus, b"somebody fanning the")["ext"]["quotes"]
    found = [q.get("speaker") for q in quotes if q["text"].startswith("somebody fanning")]
    assert found == [None]
