"""Session 21 (branch dat21, untuned): dates the last review counted missing. A commodity's delivery month ("for
March shipment", "for May delivery", "cargoes of Mar/Apr shipment", "for shipment March-May") is the coming such
month; the years of an accounts table's notes ("NOTE: net 1986 includes", "NOTE:1986 dividend", "The qtr and year
1985 includes") and of a comparison in parentheses ("tonnes (1985 - 182,959)", "the April (1986) highs") are
years. Reuters-21578 items read the shared corpus and skip without it."""

from __future__ import annotations

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
