"""Session 13 (branch dq13): dates missed in the review draws and the golden corpus. A part of a year or a
season before a year ("by late 1987", "mid-1988", "the summer of 1990"); joined months as one period with
both ends ("January-March", "Jan/Feb", "between February and October of 1986", "Januari-Juli 2026",
"i april-maj", "tammi–maaliskuussa"); a day range over two months ("March 15-April 20"); years after a time
word in es/pt/fr/de and the Nordic languages ("en 1992", "seit 1998", "i 1944", "vuonna 2014"). Wordings are
those of Reuters-21578, ANTARA, TT, NTB, STT, CoNLL-2002 (EFE) and GermEval items, inline so the tests run
without the corpus; the NTB test reads the corpus item and skips without it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from streams.core.enrich import dates
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process


def _dates(text: str, created: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    article: dict[str, Any] = {"language": lang, "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


MARCH_1987 = "1987-03-03T12:00:00Z"


def test_part_of_a_year_or_a_season_is_the_year() -> None:
    """As "late February" is the month, "late 1987" is the year (the text is the year); a decade is none."""
    assert _dates("positioned its steel segment for a return to profit by late 1987, Moody's added.", MARCH_1987) == [
        ("1987", "1987", None)
    ]
    assert _dates("unemployment could climb to 11.5 pct of the workforce by mid-1988, it said", MARCH_1987) == [
        ("1988", "1988", None)
    ]
    assert _dates("Delivery of the first MD-11 is scheduled for the summer of 1990.", MARCH_1987) == [
        ("1990", "1990", None)
    ]
    assert _dates("The first meeting of the group is set for the Spring 1987.", MARCH_1987) == [("1987", "1987", None)]
    # a decade ("early 1980's") is no single year: since session 15 it is the decade's span (test_dq15)
    assert _dates("hard hit in the 1970's and early 1980's by the discount stores", MARCH_1987) == [
        ("1970's", "1970", "1979-12-31"),
        ("1980's", "1980", "1989-12-31"),
    ]


def test_joined_months_are_one_period() -> None:
    """Months joined by a dash, "through", "to" or "between ... and" give one entry with ``end``."""
    assert _dates(
        "the balance in the three-month period from January to March was positive", "2018-04-04T00:00:00Z"
    ) == [("January to March", "2018-01", "2018-03-31")]
    assert _dates("usage from July through December 1986 fell 7.6 pct", MARCH_1987) == [
        ("July through December 1986", "1986-07", "1986-12-31")
    ]
    assert _dates("Between February and October of 1986, the number of wells fell.", MARCH_1987) == [
        ("February and October of 1986", "1986-02", "1986-10-31")
    ]
    # "period" belongs to the span, so "last year" after it gives the year
    assert _dates("Ford plans to build 485,000 cars in the April-June period last year", MARCH_1987)[0] == (
        "April-June period",
        "1986-04",
        "1986-06-30",
    )
    assert _dates("Ekspor periode Januari-Juli 2026 naik.", "2026-08-03T07:00:00Z", "id") == [
        ("Januari-Juli 2026", "2026-01", "2026-07-31")
    ]


def test_joined_months_that_are_no_period() -> None:
    """A crop or fiscal year, a shipment or futures position, a list and a backward pair stay out of it."""
    assert _dates("wheat exports (Oct-Sept) will rise", MARCH_1987) == []
    assert _dates("785 dlrs for May and 0.39 times New York Dec for Oct/Dec.", MARCH_1987) == []
    assert _dates("March/April sold at 4,340 dlrs.", MARCH_1987) == []
    assert _dates("in March and April, when young shoots appear", MARCH_1987) == [("March", "1987-03", None)]
    # a period without a year in a sentence about another year: no value
    text = "Nästa stora övning 2023 kommer att genomföras i april-maj, med fokus på södra Sverige."
    assert _dates(text, "2021-05-26T10:00:00Z", "sv") == []


def test_day_range_over_two_months() -> None:
    """ "March 15-April 20" was read as the month March and the day April 20."""
    text = "The shipment periods are March 15-April 20 (12,500 tonnes) and April 1-May 5 (12,500 tonnes)."
    assert _dates(text, "1987-03-05T12:00:00Z") == [
        ("March 15-April 20", "1987-03-15", "1987-04-20"),
        ("April 1-May 5", "1987-04-01", "1987-05-05"),
    ]
    assert _dates("The ICO executive board will meet from March 30 to April 1.", MARCH_1987) == [
        ("March 30 to April 1", "1987-03-30", "1987-04-01")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("es", "La alianza se constituyó en Túnez en 1992 , en lo que se denominó el Espíritu de Túnez .", "1992"),
        ("es", "el juez mantiene desde finales de 1998 bajo arresto domiciliario a varios ex jefes", "1998"),
        ("de", "Kolb war seit 1986 im Turnverein als Leiter tätig .", "1986"),
        ("de", "Im Jahre 1960 machte er erstmals nachhaltig auf sich aufmerksam .", "1960"),
        ("fr", "La croissance a ralenti depuis 1998 dans la région.", "1998"),
        ("pt", "O acordo vale até 2030 para os dois países.", "2030"),
        ("nb", "Verdensbanken, som ble opprettet i 1944, lenge før Agenda 2030.", "1944"),
        ("sv", "Priserna har stigit sedan 1992 i hela landet.", "1992"),
        ("da", "Han har været formand siden 2015.", "2015"),
        ("fi", "Rikokset tapahtuivat vuonna 2014 Espoossa.", "2014"),
    ],
)
def test_year_after_a_time_word_in_other_languages(lang: str, text: str, year: str) -> None:
    assert (year, year, None) in _dates(text, "2020-09-07T10:00:00Z", lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Murieron en 2000 personas según la policía ."),  # a count
        ("de", "Das Stadion fasst bis 2000 Zuschauer ."),  # a capitalised noun counted
        ("nb", "Han hadde i 2000 år vært glemt."),
    ],
)
def test_count_after_a_time_word_is_no_year(lang: str, text: str) -> None:
    assert _dates(text, "2020-09-07T10:00:00Z", lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("nb", "I januar–mars falt salget.", ("januar–mars", "2020-01", "2020-03-31")),
        ("es", "Las ventas subieron entre enero y marzo .", ("enero y marzo", "2020-01", "2020-03-31")),
        (
            "de",
            "Carlsen Comics verlegte von Januar bis Juli 2007 die drei Sammelbände .",
            ("Januar bis Juli 2007", "2007-01", "2007-07-31"),
        ),
        ("fi", "Myynti kasvoi tammi–maaliskuussa.", ("tammi–maaliskuussa", "2020-01", "2020-03-31")),
    ],
)
def test_joined_months_in_other_languages(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _dates(text, "2020-09-07T10:00:00Z", lang)


def test_day_and_month_is_not_taken_by_a_period() -> None:
    """ "Desde el 15 de agosto hasta septiembre": the day stays a day (the period starts at a month only)."""
    found = _dates(
        '" Desde el 15 de agosto hasta septiembre próximo me voy para el Tíbet " , precisó .',
        "2000-05-22T10:00:00Z",
        "es",
    )
    assert ("15 de agosto", "2000-08-15", None) in found


def test_ntb_item_reads_its_year(resources: object, corpus: Path) -> None:
    """NTB (nitf-ntb.xml, Norwegian): "Verdensbanken, som ble opprettet i 1944" was no date."""
    name = "superdesk-core-fixtures/nitf-ntb.xml"
    raw = RawItem(
        (corpus / name).read_bytes(), {"filename": name, "received-at": "2026-12-06T00:00:00Z"}, Origin(filename=name)
    )
    [article] = [o.record for o in process(raw, resources) if o.kind == "article"]  # type: ignore[arg-type]
    assert ("1944", "1944") in [(d["text"], d["date"]) for d in article["ext"]["dates"]]


def test_next_day_listed_and_a_spelled_day_before_by() -> None:
    """dpa (2018): "gather in Marrakesh on December 10 and 11" is both days; Reuters: "responded on January
    eight by saying" is 8 January. Not a figure ("May 5 and 6 pct") nor two days apart ("March 3 and 7")."""
    text = "UN member countries are scheduled to gather in Marrakesh on December 10 and 11 to sign the pact."
    assert _dates(text, "2018-11-21T23:22:00Z") == [("December 10 and 11", "2018-12-10", "2018-12-11")]
    assert _dates("J.A. Parini responded on January eight by saying it was a vote.", "1987-03-02T14:40:00Z") == [
        ("January eight", "1987-01-08", None)
    ]
    assert _dates("coupon rates of May 5 and 6 pct", MARCH_1987) == [("May 5", "1987-05-05", None)]
    assert _dates("talks on March 3 and 7", MARCH_1987)[0] == ("March 3", "1987-03-03", None)


def test_period_entries_meet_the_article_schema() -> None:
    """``end`` is the last day of a range (the schema's YYYY-MM-DD): a joined-months period ends on the last
    day of its last month, so every new entry validates against ``ext.dates`` of the article schema."""
    schema = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "article.schema.json").read_text())
    validator = Draft202012Validator(schema["$defs"]["ext"]["properties"]["dates"])
    article: dict[str, Any] = {
        "language": "en",
        "versionCreated": MARCH_1987,
        "bodies": [{"value": "Output in January-March and from March 15-April 20, by late 1987 and in Jan/Feb 1988."}],
    }
    dates.enrich(article)
    found = article["ext"]["dates"]
    assert [d["end"] for d in found if "end" in d] == ["1987-03-31", "1987-04-20", "1988-02-29"]
    validator.validate(found)
