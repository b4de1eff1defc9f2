"""Places, session 13 (issue #15, branch tunep13), on real corpus text (Reuters-21578, CNN Indonesia via
semua_berita.json; the fixtures below are short excerpts, so the tests run without the corpus):

* a dateline's state after its town and a comma ("LEXINGTON, Mass.", "MINNETONKA, MINN.", "WOODRIDGE, ILL.") is a
  place of the story, in capitals too where lower-case copy follows the dateline;
* a bare "Washington" in a London story is the US capital, not Washington, Tyne and Wear;
* an Indonesian town's name that is an everyday word in a capitalised headline ("Israel Mau Serang Iran": "attack")
  is no place unless a cue makes it the town ("di Serang", "Kota Serang").
"""

from __future__ import annotations

import pytest

from streams.core.enrich import places
from streams.core.model import RawItem
from streams.core.pipeline import process


@pytest.fixture(scope="module")
def gazetteer(resources) -> places.Gazetteer:
    return resources.places


def _places(resources, text: str) -> list[tuple[str, str]]:
    raw = RawItem(text.encode(), {})
    records = [out.record for out in process(raw, resources, received_at="2026-01-01T00:00:00Z")]
    return [(p["name"], p["rel"]) for p in records[0].get("places", ())]


def _resolved(gazetteer: places.Gazetteer, text: str, language: str, located: str | None = None) -> list[tuple]:
    mentions, _ = gazetteer.resolve(text, language, located)
    return [(text[m.start : m.end], gazetteer.places[m.place].geonameid) for m in mentions]


# reut2-001.sgm, reut2-000.sgm, reut2-002.sgm (title, dateline and body's first line, as golden_core joins them)
DATELINES = [
    ("UNITRODE CORP <UTR> 4TH QTR JAN 31 LOSS\n\nLEXINGTON, Mass., March 4 - Shr loss 13 cts vs profit 10 cts\n",
     "Lexington", "Massachusetts"),
    ("TONKA <TKA> EXPANDS AUSTRALIAN OPERATIONS\n\nMINNETONKA, MINN., March 2 - Tonka Corp said it agreed to\n"
     "become the exclusive distributor of Tokyo-based Bandai Co Ltd\n", "Minnetonka", "Minnesota"),
    ("WILTON ENTERPRISES INC <WLTN> 2ND QTR JAN 31 NET\n\nWOODRIDGE, ILL., March 5 - Oper shr profit two cts vs "
     "loss 31 cts\n", "Woodridge", "Illinois"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town", "state"), DATELINES)
def test_a_datelines_state_after_its_town_is_a_place(resources, text: str, town: str, state: str) -> None:
    found = _places(resources, text)
    assert (town, "located") in found
    assert (state, "mentioned") in found


def test_a_capitals_abbreviation_counts_only_after_a_town_and_a_comma(gazetteer) -> None:
    text = "WOODRIDGE, ILL., March 5 - The chairman was ILL. for weeks, the company said."
    spans = [span for span, _ in _resolved(gazetteer, text, "en")]
    assert spans.count("ILL.") == 1  # the dateline's, not the adjective


def test_the_datelines_region_is_the_state_after_the_town(gazetteer) -> None:
    region = gazetteer._dateline("JACKSON, Mich.", "en").region
    assert region is not None and gazetteer.places[region].state == "US-MI"
    assert gazetteer._dateline("LONDON", "en").region is None


# reut2-000.sgm #739 (FUNARO REJECTS UK SUGGESTION OF IMF BRAZIL PLAN), dated London
FUNARO = (
    "He said Lawson had made no commitments to support Brazil's efforts. Lawson would officially state his "
    "position when the two meet again next month for the IMF and World Bank spring meetings in Washington, "
    "Funaro said."
)


def test_washington_in_a_london_story_is_the_us_capital(gazetteer) -> None:
    found = dict(_resolved(gazetteer, FUNARO, "en", "London"))
    assert found.get("Washington") == 4140963  # not 2634715, Washington, Tyne and Wear


# semua_berita.json (CNN Indonesia headlines and summaries, 2026-08)
SERANG_VERB = [
    "Netanyahu Ogah Ikut Trump, Seberapa Kuat Israel Serang Iran Sendirian?\n\nIsrael dilaporkan sedang "
    "mempersiapkan kemungkinan melakukan serangan sepihak ke Iran.",
    "Kanada Usir 3 Ribu Warga India hingga Israel Mau Serang Iran Tanpa AS\n\nLebih dari tiga ribu WN India "
    "dipulangkan dari Kanada sampai Israel mau serang Iran sepihak jika perang AS-Teheran berakhir.",
]
SERANG_TOWN = [
    "Dindikbud: Kota Serang Kekurangan Ratusan Guru SD dan SMP\n\nDindikbud Kota Serang mengungkapkan bahwa mereka "
    "kekurangan ratusan guru.",
    "Curhat Sopir Angkot di Serang Sepi Penumpang: Nggak Ada Uang Bayar Pajak\n\nSopir angkot di Kota Serang "
    "mengeluh sepinya penumpang.",
]


@pytest.mark.parametrize("text", SERANG_VERB)
def test_an_everyday_word_before_a_country_in_a_headline_is_no_town(gazetteer, text: str) -> None:
    spans = [span for span, _ in _resolved(gazetteer, text, "id")]
    assert "Serang" not in spans
    assert "Iran" in spans


@pytest.mark.parametrize("text", SERANG_TOWN)
def test_a_cued_town_stays_the_town(gazetteer, text: str) -> None:
    assert ("Serang", 1627549) in _resolved(gazetteer, text, "id")
