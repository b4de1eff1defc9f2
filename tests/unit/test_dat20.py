"""Session 20 (branch dat20): dates from the previous review and from draw 1 (‡). A month with "of last year",
"letzten Jahres", "l'an dernier" takes that year; "<n> days/weeks earlier/later" counts from the day its sentence
names, not the item's ("The Wednesday average ... a week earlier"), and "seminggu lalu" is a week ago; a typo year
(3013) is no date; "January LME stocks", "effective July", "in May" (‡); a split year the text bounds ("1987/88
beginning April 1", "1986/87 (July-June)") is its twelve months (‡). Reuters-21578 and fixture items read the
shared corpus and skip without it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from streams.core.enrich import dates
from streams.core.model import Origin, RawItem
from streams.core.pipeline import process

MARCH_1987 = "1987-03-10T12:00:00Z"


def _dates(text: str, created: str = MARCH_1987, lang: str = "en") -> list[tuple[str, str, str | None]]:
    article: dict[str, Any] = {"language": lang, "versionCreated": created, "bodies": [{"value": text}]}
    dates.enrich(article, text)
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


def _corpus_items(resources: object, corpus: Path, name: str, record: int | None = None) -> list[dict[str, Any]]:
    """A corpus file's articles through the pipeline; ``record``: the Reuters record of that index in the file."""
    raw = (corpus / name).read_bytes()
    if record is not None:
        raw = re.findall(rb"<REUTERS.*?</REUTERS>", raw, re.S)[record]
    item = RawItem(raw, {"filename": name, "received-at": "2026-12-06T00:00:00Z"}, Origin(filename=name))
    return [o.record for o in process(item, resources) if o.kind == "article"]  # type: ignore[arg-type]


def _corpus_item(resources: object, corpus: Path, name: str, record: int | None = None) -> dict[str, Any]:
    [article] = _corpus_items(resources, corpus, name, record)
    return article


def _listed(article: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    return [(d["text"], d["date"], d.get("end")) for d in article.get("ext", {}).get("dates", ())]


def test_a_month_with_a_year_word_after_it_takes_that_year() -> None:
    """ "since April of last year" written in March 1987 is April 1986, in any of the languages read."""
    assert _dates("Sales have risen since April of last year.")[0] == ("April", "1986-04", None)
    assert _dates("Output will double by June of next year.")[0] == ("June", "1988-06", None)
    madrid = "2026-03-10T08:00:00Z"
    assert _dates("Der Umsatz stieg im April letzten Jahres.", madrid, "de")[0] == ("im April", "2025-04", None)
    assert _dates("Im April letztes Jahr stieg der Umsatz.", madrid, "de")[0] == ("Im April", "2025-04", None)
    assert _dates("Les ventes ont augmenté en avril l'an dernier.", madrid, "fr")[0] == ("en avril", "2025-04", None)
    assert _dates("Penjualan naik pada April tahun lalu.", "2026-03-10T03:00:00Z", "id")[0][1] == "2025-04"


def test_earlier_and_later_count_from_the_sentences_day() -> None:
    """ "a week earlier" after "The Wednesday average" (Wednesday March 4 in a March 10 item) is February 25;
    "two weeks later" after "March 3" is March 17; with no day in the sentence, no date. "ago" and "lalu"
    still count from the item's own day."""
    assert _dates("The Wednesday average rose to 946 mln dlrs from 148 mln a week earlier.") == [
        ("Wednesday", "1987-03-04", None),
        ("a week earlier", "1987-02-25", None),
    ]
    assert _dates("He signed on March 3 and quit two weeks later.")[1] == ("two weeks later", "1987-03-17", None)
    assert _dates("down from 1.34 billion two weeks earlier.") == []
    assert _dates("The talks resume two weeks later.") == []
    assert _dates("He died a year later.") == []
    assert _dates("It rose in 1985 and a year later fell.")[1] == ("a year later", "1986", None)
    assert _dates("Exports were 117,866 tonnes vs 121,168 tonnes a week ago.") == [("a week ago", "1987-03-03", None)]
    assert _dates("Harga naik seminggu lalu.", "2026-03-10T03:00:00Z", "id") == [("seminggu lalu", "2026-03-03", None)]
    assert _dates("Los precios subieron hace una semana.", "2026-03-10T08:00:00Z", "es")[0][1] == "2026-03-03"
    assert _dates("Die Preise stiegen vor einer Woche.", "2026-03-10T08:00:00Z", "de")[0][1] == "2026-03-03"


def test_reuters_a_week_earlier_from_the_weekday_named(resources: object, corpus: Path) -> None:
    """reut2-002: "falling to 5.64 pct on Friday from 5.66 a week earlier" (item of Monday March 9, 1987, Friday
    March 6): February 27, not a week before the item's day."""
    path = "reuters21578/reut2-002.sgm"
    recs = re.findall(rb"<REUTERS.*?</REUTERS>", (corpus / path).read_bytes(), re.S)
    index = next(i for i, r in enumerate(recs) if b"5.64 pct on Friday from 5.66 a week earlier" in r)
    found = {t: d for t, d, _ in _listed(_corpus_item(resources, corpus, path, index))}
    assert found["Friday"] == "1987-03-06"
    assert found["a week earlier"] == "1987-02-27"


def test_an_impossible_year_is_no_date(resources: object, corpus: Path) -> None:
    """A written "3013" and a feed's stamp "Sun, 07 Jul 3013" (a WordPress fixture): no date, no reference."""
    assert _dates("The match is on March 14, 3013.", "2013-03-10T12:00:00Z") == []
    assert _dates("The match is on 3013-03-14.", "2013-03-10T12:00:00Z") == []
    assert _dates("The bonds mature on May 31, 2017.") == [("May 31, 2017", "2017-05-31", None)]
    articles = _corpus_items(resources, corpus, "superdesk-core-fixtures/wordpress_wxr.xml")
    assert any(str(a.get("firstCreated", "")).startswith("3013") for a in articles)  # the typo is there
    assert all(not d["date"].startswith("3013") for a in articles for d in a.get("ext", {}).get("dates", ()))


def test_a_month_before_a_figure_or_after_effective() -> None:
    """ "January LME stocks" (reut2-000), "effective July", "effective March" (Reuters price notices)."""
    assert _dates("Stocks fell. January LME stocks were 193,400 tons.") == [("January", "1987-01", None)]
    assert _dates("The cut is effective July.") == [("July", "1987-07", None)]
    assert _dates("Prices were raised effective March, the company said.")[0][1] == "1987-03"


def test_may_after_a_preposition_is_the_month(resources: object, corpus: Path) -> None:
    """‡ reut2-001_112: "expects to start operations on these contracts in May" (March 1987) is May 1987; the
    modal, a name and a firm stay out."""
    article = _corpus_item(resources, corpus, "reuters21578/reut2-001.sgm", 112)
    assert ("May", "1987-05", None) in _listed(article)
    assert _dates("The plant will be closed from May to July.")[0][1] == "1987-05"
    assert _dates("Prices may rise, May said.") == []
    assert _dates("It bought shares in May Department Stores.") == []


def test_a_split_year_the_text_bounds_is_its_twelve_months(resources: object, corpus: Path) -> None:
    """‡ reut2-001_933: "an iron ore export contract for 1987/88 beginning April 1" is 1987-04-01 to 1988-03-31;
    an end ("the 1986/87 year ending March 31", "coffee year ending last September 30") or a month pair
    ("1986/87 (July-June)") bounds it too; without either, the two years as bounds (``kind: season``)."""
    article = _corpus_item(resources, corpus, "reuters21578/reut2-001.sgm", 933)
    assert ("1987/88", "1987-04-01", "1988-03-31") in _listed(article)
    assert _dates("the 1985/86 coffee year ending last September 30")[0] == ("1985/86", "1985-10-01", "1986-09-30")
    assert _dates("output in 1986/87 (July-June) rose") == [("1986/87", "1986-07-01", "1987-06-30")]
    assert _dates("exports in 1987/88 (Oct-Sept) will") == [("1987/88", "1987-10-01", "1988-09-30")]
    assert _dates("output in 1986/87 (March/April) rose") == [("1986/87", "1986", "1987-12-31")]
    assert _dates("rose to 2 mln in 1987/88 from 1.5 mln") == [("1987/88", "1987", "1988-12-31")]
    article_ = {"language": "en", "versionCreated": MARCH_1987, "bodies": [{"value": "The 1987/88 crop is big."}]}
    dates.enrich(article_)
    assert article_["ext"]["dates"][0]["kind"] == "season"
    assert _dates("in 2020-2021 it rose")[0] == ("2020-2021", "2020", "2021-12-31")


def test_a_month_of_that_year_is_left_out(resources: object, corpus: Path) -> None:
    """reut2-000: "The first is due for delivery in April 1989 with the others arriving in May, June and September
    of that year" (March 1987): May is 1989's, not 1987's; "in June that year", "on June 5 of the same year" too."""
    path = "reuters21578/reut2-000.sgm"
    recs = re.findall(rb"<REUTERS.*?</REUTERS>", (corpus / path).read_bytes(), re.S)
    index = next(i for i, r in enumerate(recs) if b"arriving in May, June and September of that year" in r)
    found = _listed(_corpus_item(resources, corpus, path, index))
    assert ("April 1989", "1989-04", None) in found
    assert not [d for d in found if d[0] == "May"]
    assert _dates("They left in June that year.") == []
    assert _dates("They met on June 5 of the same year.") == []
    assert _dates("They met in June. That year was good.") == [("June", "1986-06", None)]
