"""Session 16 (branch dq16): dates an editor review found missed.

A results headline's period end in capitals ("CCR VIDEO CORP 1ST QTR NOV 30 NET", "... IN FEB 18 WEEK, FED
SAYS"): the latest such day before the item's date; a maturity year ("debentures due 2009"); the day a
dateline writes ("LOS ANGELES, March 3", and the "(New York, NY - November 21)" / "(ANSA) - Rome, October 11 -"
the copy stage cuts from the lede, now kept as the item's dateline). Wordings are those of Reuters-21578, IPTC
and Superdesk items, inline so the tests run without the corpus; the corpus items themselves run when present.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core import pipeline
from streams.core.copy import dateline
from streams.core.enrich import dates, quotes
from streams.core.model import ParsedItem, RawItem

MARCH_1987 = "1987-03-03T15:24:51.900Z"


def _dates(text: str, created: str = MARCH_1987, ext: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    article: dict[str, Any] = {"language": "en", "versionCreated": created, "bodies": [{"value": text}]}
    if ext:
        article["ext"] = ext
    dates.enrich(article, text)
    return [(d["text"], d["date"]) for d in article.get("ext", {}).get("dates", ())]


def test_a_results_headline_period_end_is_the_latest_such_day_before_the_item() -> None:
    assert _dates("CCR VIDEO CORP <CCCR> 1ST QTR NOV 30 NET\n\nShr 2-1/5 cts vs nil") == [("NOV 30", "1986-11-30")]
    assert _dates("TELECREDIT INC <TCRD> 3RD QTR JAN 31 NET") == [("JAN 31", "1987-01-31")]
    assert _dates("REALMERICA CO <RACO> YEAR NOV 30 NET") == [("NOV 30", "1986-11-30")]
    assert _dates("SIME DARBY BHD SIX MONTHS TO DECEMBER 31") == [("DECEMBER 31", "1986-12-31")]
    assert _dates("U.S. COMMERCIAL PAPER FALLS 375 MLN DLRS IN FEB 18 WEEK, FED SAYS") == [("FEB 18", "1987-02-18")]
    # a year before the quarter's day is already in the period words' reach
    assert _dates("UNILEVER PLC AND NV 1986 4TH QTR TO DEC 31") == [("1986", "1986"), ("DEC 31", "1986-12-31")]


def test_a_capital_month_without_a_period_word_stays_unread() -> None:
    # a start, an auction or an end ahead: no period, no date read from capitals
    assert _dates("CME SETS MAY 29 START FOR LUMBER FUTURES OPTIONS") == []
    assert _dates("ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER") == []
    assert _dates("U.S. TREASURY SELLING 9.5 BILLION DLRS OF ONE-YEAR BILLS MARCH 12 TO RAISE 275 MLN DLRS") == []
    # a figure after the day is no day ("YEAR DEC 31,000")
    assert _dates("SALES FOR YEAR DEC 31,000 UNITS") == []


def test_a_maturity_year_is_a_year() -> None:
    text = "will redeem on March 31 all 269,000 dlrs of its outstanding 10-1/4 pct convertible subordinated\n"
    text += "debentures due 2009 at 107"
    assert ("2009", "2009") in _dates(text)
    assert _dates("issue of bonds due 1997 was given an A rating") == [("1997", "1997")]
    # a count after it, or a payment "due" a day: no maturity year
    assert _dates("the company said 2000 shares were due 2000 holders") == []
    assert ("2009", "2009") not in _dates("payments due March 31, with 2009 units sold")


def test_the_datelines_day_is_a_date() -> None:
    ext = {"dateline": {"text": "LOS ANGELES, March 3", "city": "Los Angeles"}}
    assert _dates("Shr 2-1/5 cts vs nil", ext=ext) == [("March 3", "1987-03-03")]
    # the body's own "March 3" is the same date, once
    assert _dates("The company said on March 3 it would", ext=ext) == [("March 3", "1987-03-03")]
    # a dateline without a day, or an item whose date was inferred from its text: nothing from the dateline
    assert _dates("Shr 2-1/5 cts vs nil", ext={"dateline": {"text": "LOS ANGELES"}}) == []
    inferred = {
        "dateline": {"text": "NEW YORK, March 6"},
        "dateInferred": True,
        "dateInference": {"date": "2004-11-17", "basis": "copyright"},
    }
    assert ("March 6", "2005-03-06") not in _dates("Shr 2 cts", ext=inferred)


def test_a_dated_dateline_cut_from_the_lede_is_kept() -> None:
    item = ParsedItem(located="New York, NY", paragraphs=["(New York, NY - November 21) Et, sent luptat luptat."])
    dateline.take(item, item.paragraphs)
    assert item.paragraphs == ["Et, sent luptat luptat."]
    assert item.dateline == "New York, NY - November 21"
    item = ParsedItem(located="Rome", paragraphs=["(ANSA) - Rome, October 11 - Italian Foreign Minister said."])
    dateline.take(item, item.paragraphs)
    assert item.paragraphs == ["Italian Foreign Minister said."]
    assert item.dateline == "Rome, October 11"
    # a repeated place without a date is cut and adds no dateline
    item = ParsedItem(located="London", paragraphs=["LONDON - The pound rose on Monday."])
    dateline.take(item, item.paragraphs)
    assert item.paragraphs == ["The pound rose on Monday."]
    assert item.dateline is None


@pytest.mark.parametrize(
    ("folder", "name", "expected"),
    [
        ("iptc-newsml-g2", "Receiver View.xml", ("November 21", "11-21")),
        ("superdesk-core-fixtures", "ansa-newsmlg2-text.xml", ("October 11", "2017-10-11")),
    ],
)
def test_corpus_datelines(corpus: Path, resources, folder: str, name: str, expected: tuple[str, str]) -> None:
    """The item's dates hold its dateline's day (the dateline was cut from the lede by the copy stage)."""
    if not (corpus / folder / name).exists():
        pytest.skip(f"{folder}/{name} not in the corpus")
    outcomes = pipeline.process(RawItem((corpus / folder / name).read_bytes(), {"filename": name}), resources)
    article = next(o.record for o in outcomes if o.kind == "article")
    found = [(d["text"], d["date"]) for d in article["ext"].get("dates", ())]
    assert any(text == expected[0] and date.endswith(expected[1]) for text, date in found)


# --- quotes: two quoted words of a named speaker ---------------------------------------------------------

ESPINOSA = (
    "Maria Fernanda Espinosa, the head of the United Nation's 193-member General Assembly, said she understands "
    'some countries are "not ready" to commit to the compact but hopes they will change their minds.\n\n'
    'She added that the agreement is a "framework to enable burden sharing" that allows "enormous flexibility" '
    "for countries to adapt it to suit their domestic policies."
)


def _quotes(text: str, people: list[str]) -> list[tuple[str, str | None]]:
    article: dict[str, Any] = {
        "language": "en",
        "bodies": [{"role": "main", "value": text}],
        "people": [{"name": name} for name in people],
        "ext": {},
    }
    quotes.enrich(article)
    return [(q["text"], q.get("speaker")) for q in article["ext"].get("quotes", ())]


def test_two_quoted_words_after_a_named_speakers_verb_are_a_quotation() -> None:
    # superdesk-core-fixtures dpa_four_line.txt
    assert _quotes(ESPINOSA, ["Maria Fernanda Espinosa"]) == [
        ("not ready", "Maria Fernanda Espinosa"),
        ("framework to enable burden sharing", "Maria Fernanda Espinosa"),
        ("enormous flexibility", "Maria Fernanda Espinosa"),
    ]


def test_two_quoted_words_the_writer_names_are_no_quotation() -> None:
    # a term after an article or "so-called", a title in capitals, no reporting verb, or no named speaker
    assert _quotes('Smith said the so-called "hot money" had left the country.', ["John Smith"]) == []
    assert _quotes('Smith said the "peace dividend" was gone.', ["John Smith"]) == []
    assert _quotes('Smith said the film "Star Wars" was his favourite.', ["John Smith"]) == []
    assert _quotes('Migration is a "transboundary phenomenon" that needs to be tackled.', ["John Smith"]) == []
    assert _quotes('A spokesman said the talks were "not ready" to start.', ["John Smith"]) == []
    # a modifier before a noun, or a name that is not the reporting verb's subject (reut2-001 USAir, reut2-002 MCI)
    assert _quotes('Roberts said the FCC could adopt a transitional "price cap" concept.', ["Bert Roberts"]) == []
    icahn = 'The company said the unsolicited bid by the Carl C. Icahn-led TWA was "highly conditional."'
    assert _quotes(icahn, ["Carl Icahn"]) == []
    dole = "Senate Republican leader Robert Dole, a key Reagan ally, told reporters"
    dole += ' the report disclosed "colossal blunders"'
    dole += ' and said people should go.\n\n"They have not served the president well," Dole said.'
    assert _quotes(dole, ["Robert Dole"]) == [
        ("colossal blunders", "Robert Dole"),
        ("They have not served the president well", "Robert Dole"),
    ]
