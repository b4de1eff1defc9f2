"""Session 14 (branch dq14): dates missed in the review draws and the golden corpus, and a quote class.

Years after a time span's words ("the first nine months of 1986", "the same period of 1986", "the balance of
1987"), after "calendar", after Indonesian "sepanjang"/"mulai", and after the cue words of an all-capital
headline ("SALES FLAT IN 1986"); a year before "versus" ("in 1986 versus 1985"); spans of years ("from 1981 to
1985", "between 1991 and 1996"); "tonight" (not in a quotation, not "The Tonight Show"); a caption's own full
date choosing between an item's stamps that disagree by years; a quotation in capitals (a headline named in a
correction) is no quote. Wordings are those of Reuters-21578, ANTARA and IPTC items, inline so the tests run
without the corpus; the caption test reads the IPTC fixture and skips without the corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import dates, quotes
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
MARCH_1987 = "1987-03-03T12:00:00Z"
AUGUST_2026 = "2026-08-03T10:00:00Z"


def _dates(text: str, created: str = MARCH_1987, lang: str = "en") -> list[tuple[str, str, str | None]]:
    article: dict[str, Any] = {"language": lang, "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


def test_a_year_after_the_words_of_a_time_span() -> None:
    """Reuters: a part of a year before "of" is that year; a law's or a bond's year is not a date of the story."""
    assert _dates("For the first nine months of 1986, the company lost 9,476,000 dlrs.") == [("1986", "1986", None)]
    assert _dates("inflation was 3.8 pct, against 3.6 pct in the same period of 1986.") == [("1986", "1986", None)]
    assert _dates("near flat growth in the final quarter of 1986.") == [("1986", "1986", None)]
    assert _dates("a resumption of U.S. sales growth towards the latter half of 1987.") == [("1987", "1987", None)]
    assert _dates("minimum payments of 16.5 mln dlrs for the balance of 1987, it said") == [("1987", "1987", None)]
    assert _dates("cars in the comparable period of 1986, the automaker said.") == [("1986", "1986", None)]
    assert _dates("said the Tax Reform Act of 1986 has limited its flexibility") == []
    assert _dates("compared with off-the-run 9-1/4 pct Treasury bonds of 2016.") == []


def test_calendar_years_and_indonesian_cues() -> None:
    """ "calendar 1986" after any word; ANTARA "sepanjang 2026" (throughout), "mulai 2027" (from), capitalised
    "Mulai 2029" in a headline; a count after the year stays out."""
    assert _dates("M-1 growth for calendar 1986 was 11.8 pct") == [("1986", "1986", None)]
    assert _dates("menyalurkan bansos sepanjang 2026 untuk membantu", AUGUST_2026, "id") == [("2026", "2026", None)]
    assert _dates("ke Kepulauan Seribu mulai 2027.", AUGUST_2026, "id") == [("2027", "2027", None)]
    assert _dates("Pemilu Nasional dan Daerah Dipisah Mulai 2029", AUGUST_2026, "id") == [("2029", "2029", None)]
    assert _dates("bantuan mulai 2000 orang penerima", AUGUST_2026, "id") == []


def test_an_all_capital_headline_and_versus() -> None:
    """Reuters headlines: "IN 1986", "FOR 1987", "BY END OF 1990" read as their lower-case cues; a capital
    plural after the year is a count or a crop ("FOR 1987 CROPS"); "in 1986 versus 1985" is 1986."""
    assert _dates("ARGENTINA-BRAZIL TRADE JUMPED 90 PCT IN 1986") == [("1986", "1986", None)]
    assert _dates("CARLTON COMMUNICATIONS OPTIMISTIC FOR 1987") == [("1987", "1987", None)]
    assert _dates("GM TO REPUCHASE UP TO 20 PCT OF 1.66 DLR PAR VALUE COMMON BY END OF 1990") == [
        ("1990", "1990", None)
    ]
    assert _dates("U.S. SENATOR TO PROPOSE 0/92 FOR 1987 CROPS") == []
    assert _dates("Trade between Argentina and Brazil jumped 90 pct in 1986 versus 1985, he said.") == [
        ("1986", "1986", None)
    ]


def test_a_span_of_years() -> None:
    """ "from 1981 to 1985", "between 1991 and 1996": one entry, ``end`` the last day of the last year; not
    backwards, not a count or a price after it."""
    assert _dates("500 mln dlrs lent to Thailand from 1981 to 1985 at low interest rates") == [
        ("1981 to 1985", "1981", "1985-12-31")
    ]
    assert _dates("The bond may be retired between 1991 and 1996 if the price does not exceed par.") == [
        ("1991 and 1996", "1991", "1996-12-31")
    ]
    assert _dates("data dari 2020 hingga 2025 menunjukkan", AUGUST_2026, "id") == [
        ("2020 hingga 2025", "2020", "2025-12-31")
    ]
    assert _dates("output rose from 1986 to 1990 tonnes") == []
    assert _dates("the price rose from 1950 to 1990 yen") == []
    assert _dates("from 1990 to 1985 nothing") == []


def test_tonight() -> None:
    """ "tonight" is the item's day, as "today"; inside a quotation it is the speaker's night (dpa: a game on
    Monday quoted in a story of Wednesday), and "The Tonight Show" is a programme."""
    assert _dates("Reagan will address the nation on the Iran-contra scandal tonight.") == [
        ("tonight", "1987-03-03", None)
    ]
    assert _dates('"What a great football game tonight," Rams coach Sean McVay said.', "2018-11-21T12:59:00Z") == []
    assert _dates("They met last evening. The Tonight Show aired. He was on the Tonight Show.") == []


def test_the_text_chooses_between_stamps_that_disagree() -> None:
    """An item created in 2008 and versioned in 2018 whose caption writes "October 18, 2018": its "Monday"
    is read against the stamp the caption agrees with, not one ten years earlier."""
    text = "San Bernardino, California October 18, 2018. The military F-18 jet crashed on Monday into homes."
    article: dict[str, Any] = {
        "language": "en",
        "contentCreated": "2008-12-09T01:30:00Z",
        "versionCreated": "2018-10-19T02:20:00Z",
        "bodies": [{"value": text}],
    }
    dates.enrich(article, text)
    assert [(d["text"], d["date"]) for d in article["ext"]["dates"]] == [
        ("October 18, 2018", "2018-10-18"),
        ("Monday", "2018-10-15"),
    ]
    # stamps that agree, or a text whose dates fit the chosen stamp, change nothing
    article = {"language": "en", "versionCreated": MARCH_1987, "bodies": [{"value": "It fell on Monday."}]}
    dates.enrich(article, "It fell on Monday.")
    assert article["ext"]["dates"][0]["date"] == "1987-03-02"


@pytest.mark.skipif(not (CORPUS / "iptc-newsml-g2").is_dir(), reason="the shared corpus is not beside the checkout")
def test_iptc_caption_from_the_corpus() -> None:
    """The IPTC NewsML-G2 listing 26 picture (content created 2008-12-08, versioned 2018-10-19, caption dated
    October 18, 2018) publishes no Monday of December 2008."""
    from streams.core.enrich import load_resources

    name = "LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml"
    path = next((CORPUS / "iptc-newsml-g2").glob(name), None)
    if path is None:
        pytest.skip(f"{name} is not in the corpus")
    raw = RawItem(path.read_bytes(), {"filename": name, "received-at": "2026-12-07T00:00:00Z"}, Origin(filename=name))
    [article] = [o.record for o in process(raw, load_resources()) if o.kind == "article"]  # type: ignore[arg-type]
    found = [d["date"] for d in article["ext"]["dates"]]
    assert "2008-12-08" not in found and "2018-10-18" in found


def test_a_quotation_in_capitals_is_no_quote() -> None:
    """Reuters corrections name the story they correct in capitals between quotation marks: no one said it;
    a quotation in lower case beside it stays."""
    text = (
        'In WASHINGTON story, "CONTINENTAL ILL. TO RECHARACTERIZE LOSS," please read in second paragraph.\n\n'
        '"We expect significant increases," the company said.'
    )
    article: dict[str, Any] = {"language": "en", "bodies": [{"value": text}]}
    quotes.enrich(article, text)
    assert [q["text"] for q in article["ext"]["quotes"]] == ["We expect significant increases"]
    assert quotes._in_capitals("CONTINENTAL ILL. TO RECHARACTERIZE LOSS")
    assert not quotes._in_capitals("OK")  # too short to be a headline
    assert not quotes._in_capitals("「最酷供應商」")  # a script without case


def test_an_adjective_in_ed_is_no_past_tense() -> None:
    """Reuters (Monday 2 March 1987): "Reagan will address the nation in a nationally televised speech
    Wednesday night" is the coming Wednesday; "televised" after "a nationally" describes the speech."""
    text = (
        "Howard Baker said President Reagan will address the nation in a nationally televised speech Wednesday night."
    )
    assert _dates(text, "1987-03-02T16:57:45Z") == [("Wednesday", "1987-03-04", None)]
    assert _dates("The company revised the figures on Thursday.", "1987-03-02T16:57:45Z") == [
        ("Thursday", "1987-02-26", None)
    ]


def test_year_end() -> None:
    """Reuters: "the firm's sizeable 186.6 mln dlr loss at year-end 1986" is 1986."""
    assert _dates(
        "follows the firm's sizeable 186.6 mln dlr loss at year-end 1986. It also", "1987-03-06T16:42:51Z"
    ) == [("1986", "1986", None)]


def test_weekdays_listed_run_forward() -> None:
    """Reuters (Tuesday 31 January 2017): "a meeting of the U.S. Fed on Tuesday and Wednesday" is that day and
    the next; a past list stays before the item's day ("met them on Monday and Friday" written on a Wednesday)."""
    assert _dates(
        "Traders were also eyeing a meeting of the U.S. Fed on Tuesday and Wednesday.", "2017-01-31T03:47:29Z"
    ) == [
        ("Tuesday", "2017-01-31", None),
        ("Wednesday", "2017-02-01", None),
    ]
    assert _dates("He met them on Monday and Friday.", "1987-03-04T12:00:00Z") == [
        ("Monday", "1987-03-02", None),
        ("Friday", "1987-02-27", None),
    ]


def test_a_firm_and_a_title_before_the_speaker() -> None:
    """Reuters: '"There are talks ...," OCBC analyst Barnabas Gan said' is Gan's, not the President Donald Trump
    named before the quotation; '", Champion International Corp chairman Andrew Sigler added'."""
    from streams.core.enrich import load_resources

    text = (
        "Gold rises\n\nJan 30 (Reuters) - Shares fell on curbs ordered by President Donald Trump. "
        '"There are talks that the ban could affect the tech sectors," OCBC analyst Barnabas Gan said. '
        "Spot gold may edge up."
    )
    raw = RawItem(text.encode(), {"filename": "x.txt", "received-at": "2017-01-31T00:00:00Z"}, Origin(filename="x.txt"))
    [article] = [o.record for o in process(raw, load_resources()) if o.kind == "article"]  # type: ignore[arg-type]
    assert [q.get("speaker") for q in article["ext"]["quotes"]] == ["Barnabas Gan"]


def test_this_and_a_month() -> None:
    """Reuters (3 March 1987): "closing its aluminum smelter ... this June" is June 1987; "this December" is
    the item's year's December, not the nearest one gone by."""
    assert _dates("Alcan is closing its smelter in Ludwigshafen this June due to high operating costs.") == [
        ("this June", "1987-06", None)
    ]
    assert _dates("The festival returns this December.") == [("this December", "1987-12", None)]
