"""Session 21 (branch dat21, untuned): dates the last review counted missing. A commodity's delivery month ("for
March shipment", "for May delivery", "cargoes of Mar/Apr shipment", "for shipment March-May") is the coming such
month; the years of an accounts table's notes ("NOTE: net 1986 includes", "NOTE:1986 dividend", "The qtr and year
1985 includes") and of a comparison in parentheses ("tonnes (1985 - 182,959)", "the April (1986) highs") are
years. Years of an Indonesian half or quarter ("semester I/2026") and of an event's name ("Indonesia Open 2026");
German weekdays with their part of day ("am Mittwochabend"). Corpus items read the shared corpus and skip without
it."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import dates
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process

MARCH_1987 = "1987-03-10T12:00:00Z"


def _dates(text: str, created: str = MARCH_1987, lang: str = "en") -> list[tuple[str, str, str | None]]:
    article: dict[str, Any] = {"language": lang, "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


def _reuters(resources: object, corpus: Path, name: str, needle: bytes) -> list[tuple[str, str, str | None]]:
    """The dates of the Reuters-21578 record of ``name`` that holds ``needle``, through the pipeline."""
    recs = re.findall(rb"<REUTERS.*?</REUTERS>", (corpus / "reuters21578" / name).read_bytes(), re.S)
    raw = next((r for r in recs if needle in r), None)
    if raw is None:
        pytest.skip(f"{needle!r} not in {name}")
    item = RawItem(raw, {"filename": name}, Origin(filename=name))
    [article] = [o.record for o in process(item, resources) if o.kind == "article"]  # type: ignore[arg-type]
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


@pytest.mark.parametrize(
    ("name", "needle", "expected"),
    [
        # Bahia cocoa review of 26 Feb 1987: "booked for March shipment"
        ("reut2-000.sgm", b"only limited sales were booked for March shipment", ("March", "1987-03", None)),
        # USDA bonus wheat flour: "for shipment March-May"
        ("reut2-000.sgm", b"for shipment March-May", ("March-May", "1987-03", "1987-05-31")),
        # Japan buys Chinese soybeans: "for May to September shipment" (across a line break)
        ("reut2-000.sgm", b"Chinese soybeans late last month for May", ("May to September", "1987-05", "1987-09-30")),
        # Pakistan palm oil tender: "for second half March shipments"
        ("reut2-000.sgm", b"oil for second half March shipments", ("March", "1987-03", None)),
        # EC wheat to Brazil: "FOB for March delivery"
        ("reut2-001.sgm", b"FOB for March delivery", ("March", "1987-03", None)),
        # India's sugar purchases: "two cargoes of Mar/Apr shipment sugar"
        ("reut2-002.sgm", b"two cargoes of Mar/Apr shipment sugar", ("Mar/Apr", "1987-03", "1987-04-30")),
        # Iran's crude: "for April shipment for refining in Singapore"
        ("reut2-002.sgm", b"Iranian Heavy for April shipment", ("April", "1987-04", None)),
    ],
)
def test_a_commodity_delivery_month_is_the_coming_month(
    resources: object, corpus: Path, name: str, needle: bytes, expected: tuple[str, str, str | None]
) -> None:
    """A month sold for shipment or delivery (written late February / early March 1987) is that month to come."""
    assert expected in _reuters(resources, corpus, name, needle)


def test_delivery_month_reads_forward_and_leaves_figures_and_contracts() -> None:
    """The coming month, the item's own included; a January shipment written in March is next year's. A month's
    shipment figures, a season gone by ("the last May to September shipment") and a futures contract's name
    ("New York May delivery futures") are no delivery month."""
    assert _dates("Traders sought sugar for March shipment.") == [("March", "1987-03", None)]
    assert _dates("Egypt bought wheat for January shipment.") == [("January", "1988-01", None)]
    assert _dates("It sold 20,000 tonnes for April/May shipment.") == [("April/May", "1987-04", "1987-05-31")]
    assert _dates("The association said February shipments were 677.8 mln.") == []
    assert _dates("down from 13.80 for the last May to September shipment.") == []
    assert _dates("prices based on the New York May delivery futures.") == []
    assert _dates("Initially, only January, March and May delivery months will be traded.") == []


@pytest.mark.parametrize(
    ("name", "needle", "expected"),
    [
        ("reut2-000.sgm", b"NOTE: net 1986 includes tax gain", ("1986", "1986", None)),  # Congress Video Group
        ("reut2-000.sgm", b"NOTE:1986 dividend includes special", ("1986", "1986", None)),  # Liberty All-Star
        ("reut2-000.sgm", b"NOTE: net for 1985 includes", ("1985", "1985", None)),  # U.S. Intec
        ("reut2-001.sgm", b"The qtr and year 1985 includes", ("1985", "1985", None)),  # LSB Industries
        ("reut2-001.sgm", b"NOTE: 1986 includes loss of 250 mln", ("1986", "1986", None)),  # Williams Cos
        ("reut2-002.sgm", b"Note: 1986 oper net excludes tax credits", ("1986", "1986", None)),  # Foxboro
        ("reut2-001.sgm", b"the April (1986) highs", ("1986", "1986", None)),  # debt futures charts
    ],
)
def test_a_year_in_an_accounts_note_is_a_year(
    resources: object, corpus: Path, name: str, needle: bytes, expected: tuple[str, str, str | None]
) -> None:
    """Results copy notes its years before "includes"/"excludes", or glued to "NOTE:"; a year in parentheses."""
    assert expected in _reuters(resources, corpus, name, needle)


def test_note_and_comparison_years_without_counts() -> None:
    """A comparison year in parentheses ("(1985: 1.2 bln)", "(1985 - 182,959)") is a year; a count is not,
    nor a number glued to a word other than a note's."""
    assert _dates("Profit rose to 1.5 bln (1985: 1.2 bln).") == [("1985", "1985", None)]
    assert _dates("Chile shipped 229,176 tonnes (1985 - 182,959) to Germany.") == [("1985", "1985", None)]
    assert _dates("It employs 2,000 workers (2000 in 1985).")[0][0] != "2000"
    assert _dates("Ratio:1986 units were sold.") == []
    assert _dates("The firm sold 2000 shares.") == []


def _csv_row(resources: object, corpus: Path, needle: str) -> list[tuple[str, str, str | None]]:
    """The dates of the ANTARA RSS CSV row holding ``needle`` (header and that row, as a feed delivers one)."""
    path = corpus / "antara-rss-scraper-berita-antara" / "berita_antara_2026-08-03.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    row = next((r for r in rows[1:] if any(needle in cell for cell in r)), None)
    if row is None:
        pytest.skip(f"{needle!r} not in {path.name}")
    buf = io.StringIO()
    csv.writer(buf).writerows([rows[0], row])
    item = RawItem(buf.getvalue().encode(), {"filename": path.name}, Origin(filename=path.name))
    [article] = [o.record for o in process(item, resources) if o.kind == "article"]  # type: ignore[arg-type]
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


def test_indonesian_half_or_quarter_of_a_year_is_the_year(resources: object, corpus: Path) -> None:
    """ANTARA's "EBITDA semester I/2026" (its RSS CSV) is 2026, as "the first half of 1987" is 1987; "kuartal
    II-2026", "triwulan I 2025" likewise; a count stays out."""
    assert ("2026", "2026", None) in _csv_row(resources, corpus, "EBITDA semester I/2026")
    assert _dates("Laba kuartal II-2026 naik.", "2026-08-03T06:00:00Z", "id") == [("2026", "2026", None)]
    assert _dates("Pendapatan triwulan I 2025 turun.", "2026-08-03T06:00:00Z", "id") == [("2025", "2025", None)]
    assert _dates("Terjual 2000 unit pada semester ini.", "2026-08-03T06:00:00Z", "id") == []


def test_a_year_after_an_events_name_is_a_year(resources: object, corpus: Path) -> None:
    """ "Poomsae Indonesia Open 2026" (ANTARA RSS CSV), "the Investor Relations Forum 2026", "Euro 2016"; a
    year before a singular event noun ("during the 1987 offensive", reut2-000's Iran war story; "a 1985
    accord") too. A count after such a word stays out ("Open 2000 accounts")."""
    assert ("2026", "2026", None) in _csv_row(resources, corpus, "Poomsae Indonesia Open 2026")
    assert _dates("said at the Investor Relations Forum 2026 in Jakarta.") == [("2026", "2026", None)]
    assert _dates("boost their hopes of qualifying for Euro 2016.") == [("2016", "2016", None)]
    assert ("1987", "1987", None) in _reuters(resources, corpus, "reut2-000.sgm", b"during the 1987 offensi")
    assert _dates("debt rescheduled in a 1985 accord.") == [("1985", "1985", None)]
    assert _dates("Banks will open 2000 accounts.") == []
    assert _dates("Open 2000 accounts now.") == []


def test_a_german_weekday_with_its_part_of_day(resources: object, corpus: Path) -> None:
    """dpa's "Bevor es am Mittwochabend (21.00 Uhr/DAZN) bei Tottenham Hotspur ... geht, wird sich ..." (item of
    Tuesday 11 October 2022) is the coming Wednesday: the compound is the weekday, and a clause of time that
    opens the sentence takes the main clause's tense."""
    name = "superdesk-core-fixtures/dpa.xml"
    raw = (corpus / name).read_bytes()
    item = RawItem(raw, {"filename": "dpa.xml"}, Origin(filename="dpa.xml"))
    [article] = [o.record for o in process(item, resources) if o.kind == "article"]  # type: ignore[arg-type]
    listed = [(d["text"], d["date"]) for d in article["ext"]["dates"]]
    assert ("Mittwochabend", "2022-10-12") in listed
    assert _dates("Die Polizei nahm den Mann am Sonntagmorgen fest.", "2022-10-11T09:00:00Z", "de") == [
        ("Sonntagmorgen", "2022-10-09", None)
    ]
    assert _dates("Before the vote on Friday, the party will meet.", "2022-10-11T09:00:00Z")[0][1] == "2022-10-14"
    assert _dates("Before the vote on Friday, the party met.", "2022-10-11T09:00:00Z")[0][1] == "2022-10-07"


def test_a_note_year_before_a_count_of_months(resources: object, corpus: Path) -> None:
    """Potomac Electric's "NOTE: 1986 12 mths oper net excludes extraordinary gain" (reut2-000)."""
    found = _reuters(resources, corpus, "reut2-000.sgm", b"NOTE: 1986 12 mths oper net excludes")
    assert ("1986", "1986", None) in found


def test_a_quarter_named_by_its_last_month(resources: object, corpus: Path) -> None:
    """Australian copy's "monetary and credit growth figures for the December quarter" (reut2-000, March 1987) is
    October-December 1986; "the June quarter" to come is this year's; a January or February "quarter" is none."""
    found = _reuters(resources, corpus, "reut2-000.sgm", b"credit growth figures for the December")
    assert ("December quarter", "1986-10", "1986-12-31") in found
    assert _dates("the June quarter will show a rise") == [("June quarter", "1987-04", "1987-06-30")]
    assert _dates("the February quarter") == []


def test_numbers_that_are_no_dates_stay_out() -> None:
    """Precision: a split season stays one span, a section number, a fraction and a count give no date."""
    assert _dates("Exports in the 1987/88 season will rise.") == [("1987/88", "1987", "1988-12-31")]
    assert _dates("The complaint was filed under Section 301 of the trade law.") == []
    assert _dates("About 3/4 of the crop was sold.") == []
    assert _dates("It bought 1986 tonnes of sugar.") == []


def test_an_airlines_load_factor_month_is_a_figure(resources: object, corpus: Path) -> None:
    """Piedmont's "its February load factor, or percentage of seats filled" (reut2-001, March 1987) is February
    1987, a figure of the month gone by."""
    found = _reuters(resources, corpus, "reut2-001.sgm", b"said its February load factor")
    assert ("February", "1987-02", None) in found
