"""Quotes, session 19 (issue #15): a "he said" across an unnamed voice. A voice that is no person (a
paper, a body: "Article I in the agreement states") is never the "he" after it, so the pronoun stays with
the person before; an unnamed person who speaks of that person in the third person ('The spokesman said
"He continues to be interested ..."') is not "he" either once a quote-free paragraph goes on with "he";
a "he said" right after an unnamed person is that person's (no one named). "The group said" / "It said"
of a group the text leaves unnamed gives no person, never a member it is "led by"."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_enrich_quotes import _quotes, _reuters, _speaker_of

from streams.core.enrich import entities


@pytest.mark.parametrize(
    ("needle", "quote", "speaker"),
    [
        # Heinz: O'Reilly in the lead, "The spokesman ... said "He continues to be interested ..."", then "He
        # was quoted by the Irish magazine ...", '"A multiple ...," he said', '"This would mean ...," he added'
        (b"top whack for", "A multiple of ten times earnings", "Tony O'Reilly"),
        (b"top whack for", "This would mean an expensive exercise", "Tony O'Reilly"),
        (b"top whack for", "He continues to be interested", None),  # the spokesman's
        # Melnikov, then 'Article I in the agreement states that "..."', then '"The United States should ...," he
        # said': an agreement is no "he"
        (b"Article I in the agreement states", "The United States should supply", "Albert Melnikov"),
        (b"Article I in the agreement states", "purchases/sales of commodities", None),
        # the unnamed speaker right before the pronoun is "he": no one named ("a board spokesman said" ...
        # '"They're all lower," he said'; "A ministry official said ..." '"We believe ...," he said')
        (b"They're all lower", "They're all lower", None),
        (b"We believe the Euroyen bond should", "We believe the Euroyen bond should", None),
        # TRE: "The spokesman added that TRE Chairman Leopold Wyler had been interviewed", then "A Jefferies
        # spokesman said ...", "The spokesman said ...", '"To the best of our knowledge ...," he said': the
        # Jefferies spokesman's, not Wyler's; "A Drexel spokesman acknowledged that his firm had underwritten
        # the debt offering for Sugarman but added:" then '"We had nothing to do with TRE."': not Sugarman's
        (b"To the best of our knowledge, Jefferies", "To the best of our knowledge, Jefferies", None),
        (b"To the best of our knowledge, Jefferies", "We had nothing to do with TRE", None),
        # Outboard Marine: "Wayne Jones ... said ...", then 'An analyst who wanted anonymity said 40 dlrs a share is
        # a "decent" price for outboard. "A bdding war to 50 or 60 dlrs a share is stretching it ...," he said'
        (b"A bdding war to 50", "A bdding war to 50", None),
        (b"A bdding war to 50", "We are not trying to sell the company", "Wayne Jones"),
    ],
)
def test_pronoun_across_an_unnamed_voice(corpus: Path, needle: bytes, quote: str, speaker: str | None) -> None:
    assert _speaker_of(_reuters(corpus, needle), quote) == speaker


def test_unnamed_group_is_no_member(corpus: Path) -> None:
    # "An investor group led by New York investor George Soros said ...", then "The group said its
    # representatives ... "that they do not believe ..."" and "It said ... to "assert a greater degree ...""
    article = _reuters(corpus, b"An investor group led by New York")
    for start in ("that they do not believe management", "assert a greater degree of influence"):
        found = [q for q in article["ext"]["quotes"] if q["text"].startswith(start)]
        assert [(q.get("speaker"), q.get("source")) for q in found] == [(None, None)]


def test_named_firm_keeps_its_it_said(corpus: Path) -> None:
    # "The company said ..." (Warner Communications) then 'It said the new contract calls for "..."'
    article = _reuters(corpus, b"new bonus awards to be")
    found = [q for q in article["ext"]["quotes"] if q["text"].startswith("new bonus awards")]
    assert [(q.get("speaker"), q.get("source")) for q in found] == [(None, "Warner Communications Inc")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed person speaking of him, then "he said" at once: the unnamed person's, not his
        (
            "Former banker John Smith will retire next month, a spokesman said.\n\n"
            'The spokesman said "he has done a great deal for the bank."\n\n'
            '"We will miss his advice," he said.',
            [("he has done a great deal for the bank", None), ("We will miss his advice", None)],
        ),
        # the same, the story going on with him first: his
        (
            "Former banker John Smith will retire next month, a spokesman said.\n\n"
            'The spokesman said "he has done a great deal for the bank."\n\n'
            "He told a local newspaper last year that he planned to travel.\n\n"
            '"I have always wanted to see Asia," he said.',
            [("he has done a great deal for the bank", None), ("I have always wanted to see Asia", "John Smith")],
        ),
        # an unnamed person who says nothing of him: the "he" is the unnamed person's
        (
            "Former banker John Smith will retire next month, a spokesman said.\n\n"
            'The spokesman said "the board meets on Monday to choose a successor."\n\n'
            "He was speaking in London.\n\n"
            '"No names have been put forward," he said.',
            [("the board meets on Monday to choose a successor", None), ("No names have been put forward", None)],
        ),
        # "the spokesman said" of the "a spokesman" the lead brought in: the "he said" after it is his, unnamed
        (
            "Former banker John Smith will retire next month, a spokesman said.\n\n"
            "The spokesman said the board would meet on Monday to choose a successor.\n\n"
            '"No names have been put forward," he said.',
            [("No names have been put forward", None)],
        ),
        (
            "Former banker John Smith will retire next month, a bank spokesman said. The spokesman said the board "
            'would meet on Monday to choose a successor. "No names have been put forward," he said.',
            [("No names have been put forward", None)],
        ),
        # a spokesman the story names: "the spokesman" is that person
        (
            "Bank spokesman John Smith said the board would meet.\n\n"
            "The spokesman said it would meet on Monday to choose a successor.\n\n"
            '"No names have been put forward," he said.',
            [("No names have been put forward", "John Smith")],
        ),
        # a paper between: the "he" is his
        (
            "Former banker John Smith said on Tuesday he would appeal.\n\n"
            'The ruling said "the contract was void from the start."\n\n'
            '"We will take this to the highest court," he said.',
            [("the contract was void from the start", None), ("We will take this to the highest court", "John Smith")],
        ),
    ],
)
def test_pronoun_chain(res: entities.EntityResources, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q["text"], q.get("speaker")) for q in _quotes(text, res)] == expected
