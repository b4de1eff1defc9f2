"""Session 15 (branch dq15): dates missed on fresh review draws and in the golden corpus.

Seasons and fiscal years written as two consecutive years ("the 1986/87 year ending March 31", "the 1986-87
season", "2025/2026"); "fiscal 1987", "fiscal year 1988", "FY1987"; a dash span of years after a time word
("pada 2007-2011 silam"); decades ("the 1980s", "1980-an", "1920er"); a year before a noun that only a period
or an event takes ("a final 1986 dividend", "1986 net", "the 2012 tragedy"), which does not cut the span
whose cue words place its neighbours; "last/this/next summer/spring/autumn" where one reading remains; a
holiday on a fixed day ("2026 May Day", "during May Day celebrations", "pada peringatan Hari Pahlawan").
Wordings are those of Reuters-21578, ANTARA, Tempo, Business Wire, IPTC and funkygames.de items, inline so
the tests run without the corpus.
"""

from __future__ import annotations

from typing import Any

from streams.core.enrich import dates

MARCH_1987 = "1987-03-02T05:57:58Z"
JULY_2013 = "2013-07-31T15:32:00Z"


def _dates(text: str, created: str = MARCH_1987, lang: str = "en") -> list[tuple[str, str, str | None]]:
    article: dict[str, Any] = {"language": lang, "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


def test_a_season_or_fiscal_year_of_two_years_is_their_span() -> None:
    """ "1986/87", "1986-87", "2025/2026": one entry from the first year to the end of the second; one whose
    last day the text gives is its twelve months (session 20: test_dat20)."""
    assert _dates("forecast to fall 19.2 pct in the 1986/87 year ending March 31, compared to") == [
        ("1986/87", "1986-04-01", "1987-03-31"),
        ("March 31", "1987-03-31", None),
    ]
    assert _dates("Current profits are projected to fall 4.4 pct in 1987/88 on sales seen") == [
        ("1987/88", "1987", "1988-12-31")
    ]
    assert _dates("heading toward recovery in the 1986-87 season, a Cargill analyst said.") == [
        ("1986-87", "1986", "1987-12-31")
    ]
    assert _dates("Pelatih Debutan di Super League 2026/2027", "2026-08-03T10:00:00Z", "id") == [
        ("2026/2027", "2026", "2027-12-31")
    ]
    assert _dates("in der Saison 2018/19 ihre Erfolgsserie fortsetzen", "2022-10-11T09:14:42Z", "de") == [
        ("2018/19", "2018", "2019-12-31")
    ]
    # not consecutive, part of a longer code, or a number: no season
    assert _dates("a ratio of 1986/89 was set") == []
    assert _dates("under ticket 12/1986/87 the firm") == []
    assert _dates("Keputusan No. 2025/26 berlaku", "2026-08-03T10:00:00Z", "id") == []


def test_a_dash_span_of_years_after_a_time_word() -> None:
    """ "pada 2007-2011 silam", "for 1987-1991": a span; a count range or no time word: none."""
    assert _dates("pelatihan selama lima tahun di Uruguay pada 2007-2011 silam.", "2025-05-19T17:21:00Z", "id") == [
        ("2007-2011", "2007", "2011-12-31")
    ]
    assert _dates("its five-year construction budget for 1987-1991 will be 793 mln dlrs") == [
        ("1987-1991", "1987", "1991-12-31")
    ]
    assert _dates("in 2000-2500 cases the drug failed") == []
    assert _dates("the 2020-2025 plan") == []


def test_a_fiscal_year() -> None:
    """ "fiscal 1987" whatever noun follows; "FY1987" without a space; not before a digit."""
    assert _dates("600.0 mln dlrs for fiscal 1987 loan losses in calculating results.") == [("1987", "1987", None)]
    assert _dates("a profit of 295,000 dlrs in fiscal 1985.") == [("1985", "1985", None)]
    assert _dates("Projected fiscal year 1988 requirements are 21.3 billion dlrs.") == [("1988", "1988", None)]
    assert _dates("FY1987 net rose") == [("1987", "1987", None)]
    assert _dates("fiscal 1986/87 ending June 30") == [
        ("1986/87", "1986-07-01", "1987-06-30"),
        ("June 30", "1987-06-30", None),
    ]


def test_a_decade_is_its_ten_years() -> None:
    """English "1980s"/"1980's", Indonesian "1980-an", German "1920er"; a year ending in 0 only."""
    assert _dates("Robert Malsam nearly went broke in the 1980s when corn was cheap.", "2013-11-13T07:45:00Z") == [
        ("1980s", "1980", "1989-12-31")
    ]
    assert _dates("Karier Madonna sebagai penyanyi mulai melejit 1980-an.", "2025-05-19T16:52:00Z", "id") == [
        ("1980-an", "1980", "1989-12-31")
    ]
    assert _dates("Das Spielgeschehen findet in den 1920er Jahren statt.", "2017-12-02T15:43:50Z", "de") == [
        ("1920er", "1920", "1929-12-31")
    ]
    assert _dates("sold 1985s and more") == []


def test_a_year_before_a_period_or_event_noun() -> None:
    """Reuters results copy and event nouns; a level, a time of day, a street block or a plural count: none."""
    assert _dates("CRA Ltd said it expected to pay a final 1986 dividend of not less than 10 cents") == [
        ("1986", "1986", None)
    ]
    assert _dates("Note continued: 1986 qtr excludes extraordinary loss of 3.6 mln dlrs") == [("1986", "1986", None)]
    assert _dates("CRA LTD 1986 NET") == [("1986", "1986", None)]
    assert _dates("want to see justice carried out in the 2012 tragedy.", "2013-07-09T10:37:00Z") == [
        ("2012", "2012", None)
    ]
    assert _dates("rose 22.7 pct from 1985's level, the agency said") == [("1985", "1985", None)]
    for text in (
        "the index crossed the 2000 level",
        "trading closed at 1500 GMT",
        "a fire in the 1500 block of Main Street",
        "the plant laid off 2000 production workers",
        "Flight 1986 landed safely",
        "Perpres No. 2025 year",
    ):
        assert _dates(text) == [], text


def test_a_year_before_a_noun_does_not_cut_the_tense_span() -> None:
    """ "is to report its 1986 results on Friday" (written Thursday 5 March 1987) is the coming Friday, as
    without the year; "will receive another 1986 crop deficiency payment in October" is October 1987."""
    thursday = "1987-03-05T03:41:48Z"
    assert _dates("Hang Seng Bank Ltd is to report its 1986 results on Friday.", thursday) == [
        ("1986", "1986", None),
        ("Friday", "1987-03-06", None),
    ]
    assert _dates(
        "Eligible producers will receive another 1986 crop deficiency payment in October if prices fall.",
        "1987-03-03T17:18:55Z",
    ) == [("1986", "1986", None), ("October", "1987-10", None)]


def test_a_season_named_by_last_this_or_next() -> None:
    """The season's months (northern year) where one reading remains; "this fall in the dollar" is a decline."""
    assert _dates("the original, which sold out in weeks last summer.", JULY_2013) == [
        ("last summer", "2012-06", "2012-08-31")
    ]
    assert _dates("Canadian seafarers are almost certain to go on strike this spring") == [
        ("this spring", "1987-03", "1987-05-31")
    ]
    assert _dates("negotiators opened talks last summer aimed at dismantling trade barriers") == [
        ("last summer", "1986-06", "1986-08-31")
    ]
    assert _dates("it will open next summer.", JULY_2013) == [("next summer", "2014-06", "2014-08-31")]
    # two readings: "last summer" in the autumn after it, "next summer" before it; a southern story
    assert _dates("sold out last summer.", "2013-10-01T00:00:00Z") == []
    assert _dates("it will open next summer.", "2013-03-31T00:00:00Z") == []
    assert _dates("Sydney hotels were full last summer.", JULY_2013) == []
    assert _dates("this fall in the dollar hurt exporters") == []


def test_a_holiday_on_a_fixed_day() -> None:
    """ANTARA's "his 2026 May Day speech" is 1 May 2026; without a year only after a word naming the occasion."""
    may_2026 = "2026-05-12T00:00:00Z"
    assert _dates("Addressing about 200,000 unionized laborers during his 2026 May Day speech", may_2026) == [
        ("2026 May Day", "2026-05-01", None)
    ]
    assert _dates("as revealed by the Deputy Speaker during May Day celebrations.", may_2026) == [
        ("May Day", "2026-05-01", None)
    ]
    assert _dates(
        "Presiden Prabowo Subianto pada peringatan Hari Pahlawan, di Istana Negara", "2025-11-11T00:00:00Z", "id"
    ) == [("Hari Pahlawan", "2025-11-10", None)]
    assert _dates("Damaging transport strikes over Christmas and the New Year hurt output", "1987-02-26T18:50:30Z") == [
        ("Christmas", "1986-12-25", None)
    ]
    assert _dates("Christmas trees sold well", "1987-02-26T18:50:30Z") == []
    assert _dates("next Christmas the store will close", "1987-02-26T18:50:30Z") == []


def test_a_year_that_opens_its_sentence() -> None:
    """dpa's "2019 gab es bittere Tränen ..., 2022 erst mächtig Wut"; Reuters' "CRA said 1986 was a poor year";
    a capitalised noun after the year (German counts) or a year inside a sentence stays out."""
    assert _dates(
        "2019 gab es bittere Tränen in der Kurve, 2022 erst mächtig Wut auf englische Fans.",
        "2022-10-11T09:14:42Z",
        "de",
    ) == [("2019", "2019", None), ("2022", "2022", None)]
    assert _dates("Die Halle war voll. 2000 Menschen kamen.", "2022-10-11T09:14:42Z", "de") == []
    assert _dates("Despite the higher net earnings, CRA said 1986 was a poor year for the minerals industry") == [
        ("1986", "1986", None)
    ]
    assert _dates("Some 2000 was raised for the fund") == []


def test_a_finnish_season_of_a_year() -> None:
    """STT's "Tietomurto tapahtui syksyllä 2018" (autumn 2018): the year, as "vuonna 2018"."""
    assert _dates("Tietomurto tapahtui syksyllä 2018. Kahden vuoden päästä", "2023-10-18T14:28:25Z", "fi") == [
        ("2018", "2018", None)
    ]


def test_a_year_earlier_counts_from_the_period_its_sentence_names() -> None:
    """Reuters: "rose to 5.03 billion dlrs in December from 4.85 billion in November and 4.74 billion a year
    earlier" (written March 1987) is December 1985; a sentence whose own period goes unnamed ("Exports were 905
    mln dlrs against 929 mln, revised from 971 mln in December and 816 mln a year earlier") counts from the item;
    "a year earlier than planned" is no date."""
    march = "1987-03-09T04:11:24Z"
    assert _dates(
        "Currency in active circulation rose to 5.03 billion dlrs in December from 4.85 billion in November and 4.74"
        " billion a year earlier.",
        march,
    ) == [("December", "1986-12", None), ("November", "1986-11", None), ("a year earlier", "1985", None)]
    assert _dates("Thai natural rubber exports rose to 763,331 tonnes in 1986 from 689,964 a year earlier.", march) == [
        ("1986", "1986", None),
        ("a year earlier", "1985", None),
    ]
    assert _dates(
        "Exports were 905 mln dlrs against 929 mln, revised from 971 mln in December and 816 mln a year earlier.", march
    ) == [("December", "1986-12", None), ("a year earlier", "1986", None)]
    assert _dates("The plant will open in June, a year earlier than planned.", march) == [("June", "1987-06", None)]
