"""Dates (‡ tuned to draw 2 of session 21): a lower-case day word after a led month, a year after a change's
figure ("down 31 percent from 2020"), a year before an election's adjective and contest, a range of years with a
two-digit end after "from". Real corpus items (skipped without the corpus) and counter-cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _scrapes import reuters_record

from streams.core.enrich import dates
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process


def _dates(text: str, created: str = "1987-03-02T00:00:00Z") -> list[tuple[str, str]]:
    article: dict[str, Any] = {"language": "en", "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"]) for d in article.get("ext", {}).get("dates", ())]


def _found(article: dict[str, Any]) -> list[tuple[str, str]]:
    return [(" ".join(d["text"].split()), d["date"]) for d in article["ext"]["dates"]]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("reut2-000_583", ("April five", "1987-04-05")),  # "starting April five with new flights"
        ("reut2-000_27", ("1988", "1988")),  # "top 1988 presidential contenders"
        ("reut2-002_730", ("1979-81", "1979")),  # "a year from 1979-81"
    ],
)
def test_reuters_items(corpus: Path, resources: Any, name: str, expected: tuple[str, str]) -> None:
    assert expected in _found(reuters_record(corpus, name, resources))


def test_word_day_after_a_led_month() -> None:
    """Other corpus shapes: "will redeem on May one an additional", "the one submitted March one by" (the lower-case
    rule read "by" already); not "of" or a unit after it, nor a month without a lead."""
    assert ("May one", "1987-05-01") in _dates("said it will redeem on May one an additional 1.38 mln dlrs")
    assert ("April five", "1987-04-05") in _dates("this year, starting April five with new flights to Atlanta")
    assert _dates("on March two of the firms said") == []
    assert not any(t.startswith("May two") for t, _ in _dates("from May two pct to three pct"))
    assert _dates("results in April five analysts said") == [("April", "1987-04")]


def test_year_after_a_change_figure(corpus: Path, resources: Any) -> None:
    """ninjs sample: barley production in 2021 was "down 31 percent from 2020"; Reuters "up 12 pct from 1985's"."""
    name = "superdesk-core-fixtures/ninjs_embargoed.json"
    path = corpus / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    raw = RawItem(path.read_bytes(), {"filename": name, "received-at": "2026-12-06T00:00:00Z"}, Origin(filename=name))
    [article] = [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]
    assert ("2020", "2020") in _found(article)
    assert _dates("sales rose 12 pct from 1985's 710 mln dlrs") == [("1985", "1985")]
    assert _dates("the index rose to 2103 from 1985 in late trading") == []  # a bare "from": a count
    assert _dates("down 31 percent from 2000 tonnes") == []  # a count after it


def test_year_before_an_election() -> None:
    """Corpus shapes: "the 2016 presidential election", "the 2016 general election", "the 1984 Democratic National
    Convention", "the 2016 Republican primary"; not a count before other words."""
    for text, year in (
        ("expressed disdain for the 2016 presidential election and", "2016"),
        ("suggests that the 2016 general election was not tainted", "2016"),
        ("his keynote address at the 1984 Democratic National Convention.", "1984"),
        ("Trump's 16 opponents in the 2016 Republican primary.", "2016"),
    ):
        assert _dates(text, "2018-01-01T00:00:00Z") == [(year, year)]
    assert _dates("some 2000 local candidates ran", "2018-01-01T00:00:00Z") == []
    assert _dates("about 2000 general workers struck", "2018-01-01T00:00:00Z") == []


def test_year_range_with_a_two_digit_end() -> None:
    """ "from 1979-81" is 1979 to 1981; not without "from" nor before a count."""
    found = _dates("more than 100 billion dlrs a year from 1979-81.")
    assert found == [("1979-81", "1979")]
    assert _dates("prices rose 1979-81 and fell") == []
    assert _dates("from 2000-2500 tonnes a day") == []
