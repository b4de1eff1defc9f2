"""Session 17 (branch dt17): dates an editor found wrong or missed on an untuned draw.

The present progressive of a scheduling verb says the future ("are meeting ... conference here Saturday"); a
month before a named event ("the July United Nations Conference on Trade and Development meeting"); "today's"
before a noun of the present age ("today's NFL is") is no date; "last night" in a story stamped a day after it
was written is the night the story names; a year between "the" and a team ("the 1966 Chiefs", "the 1969 club");
a spelled day at a line's end ("Pay April One" over "Record March 13"); "this weekend" as the subject of a future
verb; the Nordic "fra 1992". Wordings are those of the corpus items (Reuters-21578, the superdesk fixtures),
inline so the tests run without the corpus; the corpus items themselves run when present. Each rule has a case
where it must not fire.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import dates, load_resources
from streams.core.model import RawItem
from streams.core.pipeline import process

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
MONDAY_1987 = "1987-03-09T03:37:24.360Z"  # reut2-002 NEWID 2989, a Monday
WEDNESDAY_1987 = "1987-03-04T14:24:06.740Z"  # reut2-001 NEWID 1708
WEDNESDAY_2018 = "2018-11-21T12:59:00Z"  # dpa_two_by_line.txt
MONDAY_2002 = "2002-02-25T19:30:00Z"  # nitf-fishing.xml


def _dates(text: str, created: str, lang: str = "en") -> list[tuple[str, str]]:
    article: dict[str, Any] = {"language": lang, "bodies": [{"value": text}], "versionCreated": created}
    dates.enrich(article, text)
    return [(d["text"], d["date"]) for d in article.get("ext", {}).get("dates", ())]


def test_the_present_progressive_of_a_scheduling_verb_is_future() -> None:
    text = (
        "The officials are meeting to finalise the agenda for the group's regional ministerial conference here "
        "Saturday."
    )
    assert ("Saturday", "1987-03-14") in _dates(text, MONDAY_1987)
    # an ongoing state is no arrangement (nitf-canadian: "is facing 22 criminal charges after allegedly ramming
    # his truck through a gate at Rideau Hall Thursday", stamped on a Friday: the day before)
    text = "A Manitoba man is facing 22 criminal charges after allegedly ramming his truck through a gate Thursday."
    assert ("Thursday", "2020-07-02") in _dates(text, "2020-07-03T20:51:36Z")
    # a past cue nearer the weekday wins
    assert ("Saturday", "1987-03-07") in _dates("The officials are meeting after talks ended Saturday.", MONDAY_1987)


def test_a_month_before_a_named_event_is_that_event_s_month() -> None:
    text = (
        "Recommendations of the Dhaka meeting will be placed before the July United Nations Conference on Trade "
        "and Development meeting at Geneva, officials said."
    )
    assert ("July", "1987-07") in _dates(text, MONDAY_1987)
    assert ("June", "1987-06") in _dates("Ministers will review prices at the June OPEC meeting.", MONDAY_1987)
    # a firm's name, a "May" firm, a name without an event noun: no month
    assert _dates("Shareholders of the June Oil Co meeting voted.", MONDAY_1987) == []
    assert _dates("the May Department Stores Co meeting", MONDAY_1987) == []
    assert _dates("He watched the March Madness games.", MONDAY_1987) == []


def test_todays_before_a_noun_of_the_present_age_is_no_date() -> None:
    text = "The TD-friendly climate of today's NFL is not one that Vince Lombardi would recognize."
    assert _dates(text, WEDNESDAY_2018) == []
    assert _dates("Today's world is different.", WEDNESDAY_2018) == []
    # the day's own event stays a date
    assert _dates("today's NFL game in London", WEDNESDAY_2018) == [("today", "2018-11-21")]
    assert _dates("Before today's meeting, he said.", WEDNESDAY_2018) == [("today", "2018-11-21")]
    assert _dates("Today's CPI is expected to rise.", WEDNESDAY_2018) == [("Today", "2018-11-21")]


def test_last_night_is_the_night_named_when_the_stamp_is_a_day_later() -> None:
    text = (
        "History says this was no Super Bowl preview that played out Monday night in the old Coliseum. The "
        "Chiefs and Rams averaged 35.3 and 33.5 points entering last night."
    )
    assert ("last night", "2018-11-19") in _dates(text, WEDNESDAY_2018)
    # stamped the morning after: the eve of the stamp, as before
    assert ("last night", "2018-11-19") in _dates(text, "2018-11-20T08:00:00Z")
    # two nights named: "last night" keeps the eve of the stamp
    two = "They won Monday night and lost Sunday night. They rested last night."
    assert ("last night", "2018-11-20") in _dates(two, WEDNESDAY_2018)
    # no night named: the eve of the stamp
    assert _dates("The Rams won last night.", WEDNESDAY_2018) == [("last night", "2018-11-20")]


def test_a_year_between_the_and_a_team_is_that_season() -> None:
    text = "the Chiefs reprised the sartorial look that the 1966 Chiefs wore in the Coliseum."
    assert ("1966", "1966") in _dates(text, WEDNESDAY_2018)
    text = "The Chiefs haven't been to the Super Bowl since Stram led the 1969 club to victory in Super Bowl IV."
    assert ("1969", "1969") in _dates(text, WEDNESDAY_2018)
    # a law's name, a count without "the", a count in wire style: no year
    assert _dates("under the 1986 Tax Reform Act", WEDNESDAY_2018) == []
    assert _dates("some 2000 Marines landed", WEDNESDAY_2018) == []
    assert _dates("the 2,000 Marines landed", WEDNESDAY_2018) == []


def test_a_spelled_day_at_a_line_end_is_the_day() -> None:
    text = "Qtly div 12-1/2 cts vs 12-1/2 cts prior\n\nPay April One\n\nRecord March 13"
    assert _dates(text, WEDNESDAY_1987) == [("April One", "1987-04-01"), ("March 13", "1987-03-13")]
    # one line break may be wrapped copy: a capital after it still blocks ("in May One\nJapanese official")
    assert _dates("talks in May One\nJapanese official said", WEDNESDAY_1987) == []
    assert _dates("the May One Day event", WEDNESDAY_1987) == []


def test_this_weekend_as_the_subject_of_a_future_verb() -> None:
    text = "I believe you can see that this weekend stands to be an excellent one for fishing."
    assert ("this weekend", "2002-03-02") in _dates(text, MONDAY_2002)
    # an adverb's weekend before the main verb keeps its past cue ("called"); a bare one on a Monday: no value
    assert _dates("The aid he called for this weekend will be spent here.", MONDAY_2002) == [
        ("this weekend", "2002-02-23")
    ]
    assert _dates("This weekend is an excellent one.", MONDAY_2002) == []


def test_the_nordic_from_before_a_year() -> None:
    text = "FNs Agenda 21 er en ikke-bindende handlingsplan for bærekraftig utvikling fra 1992."
    assert _dates(text, "2020-09-07T14:45:26Z", "nb") == [("1992", "1992")]
    assert _dates("Handlingsplanen er FNs Agenda 2030 fra 2015.", "2020-09-07T14:45:26Z", "nb") == [("2015", "2015")]
    # a count after it: no year
    assert _dates("Prisen steg fra 2000 kroner.", "2020-09-07T14:45:26Z", "nb") == []


def _item_dates(name: str) -> set[tuple[str, str]]:
    """The (text, date) pairs of a corpus item's records; skips when the corpus is absent."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in the shared corpus (../shared/corpus)")
    records = [
        outcome.record for outcome in process(RawItem(path.read_bytes(), {"filename": path.name}), load_resources())
    ]
    return {(d["text"], d["date"]) for record in records if record for d in record.get("ext", {}).get("dates", ())}


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        ("superdesk-core-fixtures/dpa_two_by_line.txt", ("last night", "2018-11-19"), ("today", "2018-11-21")),
        ("superdesk-core-fixtures/dpa_two_by_line.txt", ("1969", "1969"), ("last night", "2018-11-20")),
        ("superdesk-core-fixtures/nitf-fishing.xml", ("this weekend", "2002-03-02"), ("1996", "2002")),
        ("superdesk-core-fixtures/nitf-ntb.xml", ("1992", "1992"), ("2030", "2030")),
    ],
)
def test_corpus_items(name: str, expected: tuple[str, str], absent: tuple[str, str]) -> None:
    found = _item_dates(name)
    assert expected in found
    assert absent not in found
