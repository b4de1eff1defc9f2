"""Session 12 (branch dates12): dates missed and mis-resolved in the review draws. A month that modifies a
figure or an event ("February sales", "the December rate", "December's pace"); a date after a preposition
that bounds it from the far side ("until November 26" written in March is to come); "well into February";
PA's "ON THIS DAY" year labels. Wordings are those of Reuters-21578, ANTARA and PA items; the PA test reads
the corpus and skips without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import dates
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process


def _dates(text: str, created: str, lang: str = "en") -> list[tuple[str, str]]:
    article: dict[str, Any] = {"language": lang, "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"]) for d in article.get("ext", {}).get("dates", ())]


def test_month_modifying_a_figure_is_the_month_gone_by() -> None:
    """A figure's month is reported once it is over: in March, "February sales" are this February and
    "the December rate" last December; a possessive month reads as a month alone."""
    march = "1987-03-04T12:00:00Z"
    assert _dates("Michaels Stores Inc said February sales rose 26.2 pct.", march) == [("February", "1987-02")]
    assert _dates("But the December rate of 4.06 mln units had been high.", "1987-02-26T15:00:00Z") == [
        ("December", "1986-12")
    ]
    assert _dates("a portion of December's near-record pace", "1987-02-26T15:00:00Z") == [("December", "1986-12")]
    # one word may stand between ("January housing sales"); a figure written in the same month is that month
    assert _dates("The January housing sales fell.", "1987-01-20T12:00:00Z") == [("January", "1987-01")]
    # an event is placed as a month alone: the nearest, "a scheduled June session" is to come
    assert _dates("OPEC may meet before a scheduled June session.", "1987-02-26T15:00:00Z") == [("June", "1987-06")]


def test_month_before_a_noun_that_is_no_figure() -> None:
    """A futures month, a function word after the month and a bare name stay out (a quarter is its three months)."""
    march = "1987-03-04T12:00:00Z"
    assert _dates("The June delivery was offered at 1.5 dlrs.", march) == []
    # session 21 (dat21): "the September quarter" is no month figure but the quarter it ends, July-September
    assert _dates("unchanged from the September quarter surplus", march) == [("September quarter", "1986-07")]
    assert _dates("Sales rose in January and sales fell later.", march) == [("January", "1987-01")]
    assert _dates("April Ryan said the orders were filled.", march) == []


def test_bound_from_the_far_side_points_forward() -> None:
    """ "until November 26" written in March 1987 is November 1987 whatever the tense; "by"/"before" only
    without a past cue; a date a few days gone stays where it is; the end of a range keeps its tense."""
    march = "1987-03-02T12:00:00Z"
    said = "said it extended its deadline for accepting tendered shares until November 26, an extension"
    assert _dates(said, march) == [("November 26", "1987-11-26")]
    assert _dates("a promise to try to negotiate basic quotas before September 30, delegates said", march) == [
        ("September 30", "1987-09-30")
    ]
    assert _dates("Pendaftaran dibuka hingga 30 November.", "2026-03-10T03:00:00Z", "id")[0][1] == "2026-11-30"
    assert _dates("He had left the firm before November 5.", march) == [("November 5", "1986-11-05")]
    assert _dates("The plant stayed closed until February 20.", march) == [("February 20", "1987-02-20")]
    assert _dates("Sales rose from October until November 26.", march) == [
        ("October", "1986-10"),
        ("November 26", "1986-11-26"),
    ]


def test_well_into_a_month() -> None:
    """BusinessDesk (scoop.xml): 'a process expected to take until "well into" February'."""
    text = 'a process expected to take until "well into" February, they said.'
    assert _dates(text, "2016-01-12T12:35:40Z") == [("February", "2016-02")]


def test_on_this_day_year_labels() -> None:
    """PA's list: each "1996:" label under an "ON THIS DAY" heading is that year, up to the next heading;
    a year label elsewhere ("2004: results") is no date."""
    text = "ON THIS DAY IN SPORT\n\n1878: Two teams played.\n\n1996: Bosnich was charged.\n\nBIRTHDAYS\n\n2004: x"
    assert _dates(text, "2015-10-14T03:30:01Z") == [("1878", "1878"), ("1996", "1996")]
    assert _dates("Results\n\n2004: Warne equalled the record.", "2015-10-14T03:30:01Z") == []


def test_year_inside_a_full_date_is_not_listed_again() -> None:
    """A year that is part of a full date ("19/05/2025", "May 7-8, 2026") is that date only."""
    assert _dates("Sidang digelar pada 19/05/2025 di Jakarta.", "2025-05-20T03:00:00Z", "id") == [
        ("19/05/2025", "2025-05-19")
    ]
    assert _dates("the ASEAN Summit in Cebu on May 7–8, 2026. In 2026 it", "2026-05-12T00:00:00Z") == [
        ("May 7–8, 2026", "2026-05-07"),
        ("2026", "2026"),
    ]


def test_pa1_on_this_day_from_the_corpus(resources: object, corpus: Path) -> None:
    name = "superdesk-core-fixtures/pa1.xml"
    raw = RawItem(
        (corpus / name).read_bytes(), {"filename": name, "received-at": "2026-12-06T00:00:00Z"}, Origin(filename=name)
    )
    [article] = [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]
    years = [d["date"] for d in article["ext"]["dates"] if d["kind"] == "year"]
    assert years[:9] == ["1878", "1996", "2000", "2004", "2005", "2007", "2009", "2013", "2014"]


def test_part_of_a_day() -> None:
    """Reuters (reut2-000, 3 March 1987 08:42): "This morning's sharp decline ... the breakdown late last night
    of negotiations": the item's day and the day before; "last evening" and "The Tonight Show" are none."""
    text = "This morning's sharp decline in coffee prices, following the breakdown late last night of talks"
    assert _dates(text, "1987-03-03T08:42:08Z") == [("This morning", "1987-03-03"), ("last night", "1987-03-02")]
    assert _dates("They met last evening. The Tonight Show aired.", "1987-03-03T08:42:08Z") == []


def test_the_following_weekday() -> None:
    """Reuters TV script (2013): "Palm Sunday on March 24 and culminating in Easter the following Sunday" is
    31 March, the Sunday after the day just named, not the last Sunday before the item; with no day before
    it, it is none."""
    text = "ceremonies starting with Palm Sunday on March 24 and culminating in Easter the following Sunday."
    assert _dates(text, "2013-03-04T11:37:00Z") == [("March 24", "2013-03-24"), ("following Sunday", "2013-03-31")]
    assert _dates("The following Sunday he left.", "2013-03-04T11:37:00Z") == []


def test_second_of_two_joined_years() -> None:
    """AP (2013): "a title it held in 2011 and 2012"; ANTARA: "bertahap pada 2027 dan 2028". Not after a
    comma ("in 2011, 2000 people came"), not a count after the second."""
    created = "2013-11-13T07:45:00Z"
    assert _dates("a title it held in 2011 and 2012 and lost", created) == [("2011", "2011"), ("2012", "2012")]
    assert _dates("Diterbitkan bertahap pada 2027 dan 2028.", "2026-08-12T11:54:36Z", "id") == [
        ("2027", "2027"),
        ("2028", "2028"),
    ]
    assert _dates("in 2011, 2000 people came", created) == [("2011", "2011")]
    assert _dates("in 2011 and 2000 tonnes", created) == [("2011", "2011")]
