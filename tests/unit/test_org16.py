"""Organisations, session 16 (org16): classes of error found on fresh, untuned review draws and in session 15's
blind review. Each class is pinned with the text of the real corpus item that showed it (Reuters-21578 briefs and
results tables, ANTARA/detik RSS teasers, an AP story), a counter-case where the rule stops, and the whole corpus
item where the class needs the pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities, orgs_id
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_enrich_entities_review import _article, _names, _rss_row
from tests.unit.test_org15 import _orgs, _run


# -- two partners' names joined by "and" are one firm ----------------------------------------------------------
def test_partners_and_legal_form_are_one_firm(corpus: Path) -> None:
    """ "Evans and Sutherland Computer Corp said ... named Hambrecht and Quist Inc as lead underwriter": each was
    cut to its last partner ("Sutherland Computer Corp", "Quist Inc")."""
    orgs = _orgs(_reuters_record(corpus, "named Hambrecht and Quist Inc"))
    assert "Evans and Sutherland Computer Corp" in orgs and "Hambrecht and Quist Inc" in orgs
    assert "Quist Inc" not in orgs and "Sutherland Computer Corp" not in orgs


def test_ticker_name_gets_its_first_partner(corpus: Path) -> None:
    """ "a subsidiary of British and Commonwealth Shipping Co Plc <BCOM.L>": the ticker's name lost "British and"."""
    orgs = _orgs(_reuters_record(corpus, "British and Commonwealth Shipping Co Plc"))
    assert "British and Commonwealth Shipping Co Plc" in orgs
    assert "Commonwealth Shipping Co Plc" not in orgs


def test_partner_short_name_is_no_person(corpus: Path) -> None:
    """ "Fertility and Genetics said" after "Fertility and Genetics Research Inc": the firm's short name, not the
    person "Genetics"."""
    record = _reuters_record(corpus, "Fertility and Genetics Research Inc said")
    assert "Fertility and Genetics Research Inc" in _orgs(record)
    assert "Genetics" not in _names(record, "people")


def test_partners_of_a_list_stay_apart(resources: Any) -> None:
    """Counter-cases: a firm or a country named alone elsewhere is a list's member ("Chrysler"), and the last
    partner of a longer firm ("Donaldson, Lufkin and Jenrette and Pacific Asset Holdings L.P.") is no partner of
    the next."""
    orgs = _run("Shares of Chrysler and General Motors Corp rose. Chrysler said sales fell.", "en", resources)
    assert "Chrysler and General Motors Corp" not in orgs
    text = "It is owned by Donaldson, Lufkin and Jenrette and Pacific Asset Holdings L.P., the company said."
    assert not any(o.startswith("Jenrette and") for o in _run(text, "en", resources))


def test_legal_form_and_next_firm(corpus: Path) -> None:
    """ "<Indosuez Asia (Singapore) Ltd> and <Credit Suisse First Boston Asia Ltd>": the run after the bracket
    was published as "Ltd and Credit Suisse First Boston Asia Ltd"."""
    orgs = _orgs(_reuters_record(corpus, "Credit Suisse First Boston Asia Ltd"))
    assert "Credit Suisse First Boston Asia Ltd" in orgs
    assert not any(o.startswith("Ltd and") for o in orgs)


# -- a reporter's brackets, a board beside its body, a treasury's debt ------------------------------------------
def test_bracketed_names_in_a_quote(corpus: Path) -> None:
    """ "gone to Washington to the (International Monetary) Fund, the (World) Bank, the Fed (Federal Reserve Board)
    and the (U.S.) Treasury": four bodies, and the Fed once."""
    orgs = _orgs(_reuters_record(corpus, "(International Monetary) Fund"))
    for body in ("International Monetary Fund", "World Bank", "Federal Reserve", "U.S. Treasury"):
        assert body in orgs
    assert "Federal Reserve Board" not in orgs


def test_unknown_bracketed_words_stay(resources: Any) -> None:
    """Counter-case: a bracket before a word that heads no body is left as written."""
    orgs = _run('"We asked the (Finance) Minister to act," he said.', "en", resources)
    assert "Finance Minister" not in orgs


def test_treasury_debt_is_no_body(resources: Any) -> None:
    """ "After concentrating on U.S. Treasury bonds for years": the debt; "The U.S. Treasury proposed": the body."""
    assert "U.S. Treasury" not in _run(
        "After concentrating on U.S. Treasury bonds, Japanese funds sold.", "en", resources
    )
    assert "U.S. Treasury" in _run("The U.S. Treasury proposed allowing temporary imports.", "en", resources)


def test_exchange_and_survey_by_name(corpus: Path, resources: Any) -> None:
    """ "the U.S. Geological Survey" (the AP ethanol story) was missed, and alone read as the person "Geological
    Survey"; "Amex" is the exchange's name."""
    from tests.unit.test_enrich_entities_review import _records

    records = _records(corpus, "superdesk-core-fixtures/anpa-2.tst", resources)
    assert "U.S. Geological Survey" in {o["name"] for r in records for o in r.get("organisations", [])}
    article = _article("The U.S. Geological Survey said the quake struck. Amex halted trading.", "en")
    entities.enrich(article, resources.entities, resources.places)
    assert {"U.S. Geological Survey", "Amex"} <= set(_names(article, "organisations"))
    assert "Geological Survey" not in _names(article, "people")


def test_results_title_names_its_company(corpus: Path) -> None:
    """ "PACIFIC NUCLEAR SYSTEMS IN <PACN> 4TH QTR LOSS" over a table of figures: the title's name before its
    ticker is the company (less the cut "IN(C)"); a title whose words before the ticker hold a verb and no
    figures follow ("HOLDER PROPOSES UNITEL <UNV> SALE") names none that way."""
    record = _reuters_record(corpus, "PACIFIC NUCLEAR SYSTEMS IN")
    assert _orgs(record) == ["PACIFIC NUCLEAR SYSTEMS"]
    assert record["organisations"][0]["symbols"] == [{"symbol": "PACN"}]
    assert "HOLDER PROPOSES UNITEL" not in _orgs(_reuters_record(corpus, "HOLDER PROPOSES UNITEL"))


# -- Indonesian: the body a head's title holds; a vessel type is no body ----------------------------------------
def test_head_title_holds_its_body() -> None:
    """ "Kapolri" heads Polri, "Kapolda Riau" Polda Riau, "Kajari Bogor" Kejari Bogor; a rank or name after the
    seat is no part of it, and "15 Kajati Baru" (new heads) names no seat."""

    def is_place(name: str) -> bool:
        return name in {"Riau", "Bogor", "Jawa Timur"}

    text = "Kapolri Listyo mengatakan. Kapolda Riau Irjen Herry patroli. Kajari Bogor menyebut. Lantik 15 Kajati Baru."
    assert orgs_id.find_headed(text, is_place) == ["Polri", "Polda Riau", "Kejari Bogor"]
    assert orgs_id.find_headed("Kapolda Metro Jaya Irjen Karyoto", is_place) == ["Polda Metro Jaya"]
    assert orgs_id.find_headed("Kapolres Leihitu menyebut", is_place) == []


def test_head_title_in_a_teaser(corpus: Path, resources: Any) -> None:
    """The detik teaser "Kapolda Riau dan Forkopimda melakukan patroli udara" names Polda Riau."""
    row = _rss_row(corpus, "Kapolda Riau dan Forkopimda", resources)
    assert "Polda Riau" in _orgs(row)


def test_vessel_type_is_no_body(corpus: Path, resources: Any) -> None:
    """ "Kapal Motor Penumpang (KMP) Putri Yasmin": a passenger motor ship, not an organisation."""
    row = _rss_row(corpus, "Kapal Motor Penumpang (KMP) Putri Yasmin", resources)
    assert "Kapal Motor Penumpang" not in _orgs(row)
    assert "Kapal Motor Penumpang" not in _run("Kapal Motor Penumpang (KMP) itu terbakar.", "id", resources)


def test_broadcasters_by_name(resources: Any) -> None:
    """TV channels the copy names ("wawancara dengan Metro TV", "told CNBC") are organisations."""
    assert {"Metro TV", "Kompas TV"} <= set(
        _run("Ia berbicara kepada Metro TV dan Kompas TV di Jakarta.", "id", resources)
    )
    assert "CNBC" in _run("He told CNBC in an interview on Monday.", "en", resources)
