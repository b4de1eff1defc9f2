"""Organisations, session 18 (org18): one body, one value (a partnership's head beside its full name, a cut that
the text names only inside a longer name, an Indonesian ministry's name through "dan" and commas, two bodies joined
at "dan"); programmes, products, events and kinds of firm are no bodies. Each class is pinned with the real corpus
item that showed it (Reuters-21578) where the corpus is present, and with short texts and counter-cases that run
without it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import orgs_fold, orgs_id
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_org15 import _orgs, _run


# -- one body, one value ---------------------------------------------------------------------------------------
def test_partnership_head_beside_full_name(corpus: Path) -> None:
    """Reuters "SEARS TO RESTRUCTURE DISTRIBUTION": the ticker's "Sears" (symbol S) beside "Sears, Roebuck and
    Co" was two values; one now, the full name with the ticker."""
    record = _reuters_record(corpus, "Sears said the restructuring and consolidation")
    assert _orgs(record) == ["Sears, Roebuck and Co"]
    assert record["organisations"][0].get("symbols") == [{"symbol": "S"}]


def test_comma_heads_short_texts() -> None:
    """ "Merrill Lynch" beside "Merrill Lynch, Pierce, Fenner and Smith Inc" folds; a glued list ("Citicorp, J.P.
    Morgan and Co" beside "Citicorp") is the second firm alone; a campus after a comma is no partnership."""
    orgs = [
        {"name": "Merrill Lynch", "symbols": [{"symbol": "MER"}]},
        {"name": "Merrill Lynch, Pierce, Fenner and Smith Inc"},
    ]
    assert orgs_fold.comma_heads(orgs) == [
        {"name": "Merrill Lynch, Pierce, Fenner and Smith Inc", "symbols": [{"symbol": "MER"}]}
    ]
    orgs = [{"name": "Citicorp"}, {"name": "Citicorp, J.P. Morgan and Co"}]
    assert [o["name"] for o in orgs_fold.comma_heads(orgs)] == ["Citicorp", "J.P. Morgan and Co"]
    orgs = [{"name": "University of California"}, {"name": "University of California, San Diego"}]
    assert orgs_fold.comma_heads(orgs) == orgs


def test_cut_inside_longer_name(corpus: Path) -> None:
    """Reuters "JAPAN LIKELY TO LET U.S. BANKS DEAL SECURITIES": "J.P.Morgan and Co" gave "Morgan and Co" too, and
    "U.S. Bank officials" (beside "the four U.S. Banks") a bank; both gone, the firms stay."""
    orgs = _orgs(_reuters_record(corpus, "JAPAN LIKELY TO LET U.S. BANKS DEAL SECURITIES"))
    assert "J.P.Morgan and Co" in orgs and "Bankers Trust New York Corp" in orgs
    assert "Morgan and Co" not in orgs and "U.S. Bank" not in orgs


def test_inner_cuts_counter_cases() -> None:
    """A short name the text also names on its own stays ("the Bank of Canada" beside "Continental Bank of
    Canada"), and so does a body named inside its unit's name ("Dewan Gubernur Bank Indonesia")."""
    text = "The Bank of Canada said Continental Bank of Canada was sold."
    orgs = [{"name": "Bank of Canada"}, {"name": "Continental Bank of Canada"}]
    assert orgs_fold.inner_cuts(orgs, text) == orgs
    text = "Calon Dewan Gubernur Bank Indonesia diajukan."
    orgs = [{"name": "Dewan Gubernur Bank Indonesia"}, {"name": "Bank Indonesia"}]
    assert orgs_fold.inner_cuts(orgs, text) == orgs
    text = "DUNKIN' DONUTS INC 1ST QTR NET"
    orgs = [{"name": "DUNKIN' DONUTS INC"}, {"name": "DONUTS INC"}]
    assert [o["name"] for o in orgs_fold.inner_cuts(orgs, text)] == ["DUNKIN' DONUTS INC"]


def test_ministry_through_dan_and_commas(resources: Any) -> None:
    """ANTARA: "Kementerian Usaha, Mikro, Kecil, dan Menengah (UMKM)" gave "Kementerian Usaha" and "Usaha, Mikro,
    Kecil, dan Menengah" beside "Kementerian UMKM"; a list of two ministries keeps both."""
    text = (
        "Kementerian UMKM konsolidasi antarlembaga. Kementerian Usaha, Mikro, Kecil, dan Menengah (UMKM) melakukan "
        "rapat koordinasi dengan 27 kementerian."
    )
    orgs = _run(text, "id", resources)
    assert "Kementerian Usaha" not in orgs and not any("Menengah" in o and "UMKM" not in o for o in orgs)
    orgs = [{"name": "Kementerian Komunikasi"}, {"name": "Kementerian Komunikasi dan Digital", "literal": "Komdigi"}]
    assert [o["name"] for o in orgs_id.cut_bodies(orgs, "Kementerian Komunikasi ...")] == [
        "Kementerian Komunikasi dan Digital"
    ]
    text = "Kementerian Keuangan, Kementerian Perdagangan dan Bank Indonesia (BI) bertemu."
    orgs = [{"name": "Kementerian Keuangan"}, {"name": "Kementerian Perdagangan"}, {"name": "Bank Indonesia"}]
    assert orgs_id.cut_bodies(orgs, text) == orgs


def test_two_bodies_joined_at_dan() -> None:
    """ANTARA: "Kementerian Sosial dan Bangladesh Rural Advancement Committee (BRAC)": the ministry and BRAC."""
    text = "Kementerian Sosial dan Bangladesh Rural Advancement Committee (BRAC) mengevaluasi upaya."
    orgs = [{"name": "Kementerian Sosial"}, {"name": "Kementerian Sosial dan Bangladesh Rural Advancement Committee"}]
    assert orgs_id.cut_bodies(orgs, text) == [
        {"name": "Kementerian Sosial"},
        {"name": "Bangladesh Rural Advancement Committee", "literal": "BRAC"},
    ]


# -- no bodies -------------------------------------------------------------------------------------------------
def test_programme_and_product() -> None:
    """ "program Makan Bergizi Gratis (MBG)", "isi ulang Bright Gas 5,5 Kg": a programme and a product; the
    ministry behind "program Kementerian Sosial" and a cooperative stay bodies."""
    assert orgs_id.programme_or_product("Makan Bergizi Gratis", "dalam program Makan Bergizi Gratis (MBG) saat")
    assert orgs_id.programme_or_product("Bright Gas", "isi ulang Bright Gas 5,5 Kg dan 12 Kg.")
    assert not orgs_id.programme_or_product("Kementerian Sosial", "lewat program Kementerian Sosial bagi warga")
    assert not orgs_id.programme_or_product("Koperasi Desa Merah Putih", "program Koperasi Desa Merah Putih (KDMP)")
    assert not orgs_id.programme_or_product("Badan Gizi Nasional", "Kepala Badan Gizi Nasional (BGN) Sudaryono")
    assert orgs_id.is_instrument("LPG Bright Gas")


def test_event_lead_word_and_kind(resources: Any) -> None:
    """PA's "the rugby union World Cup final" is an event; "Latest Federal Reserve data" the Federal Reserve."""
    orgs = _run("South Africa beat Argentina in the rugby union World Cup final at Twickenham.", "en", resources)
    assert "World Cup" not in orgs
    orgs = orgs_fold.without_lead_words([{"name": "Latest Federal Reserve"}, {"name": "Bank of Japan"}])
    assert [o["name"] for o in orgs] == ["Federal Reserve", "Bank of Japan"]
    text = "the four U.S. Banks have applied, U.S. Bank officials said."
    assert orgs_fold.without_kinds([{"name": "U.S. Bank"}], text) == []
    assert orgs_fold.without_kinds([{"name": "U.S. Bank"}], "U.S. Bank said on Monday.") == [{"name": "U.S. Bank"}]


def test_firm_with_and_without_its_legal_form(corpus: Path) -> None:
    """Reuters "CARBIDE LOOKS TO ACQUISITIONS": "Union Carbide Corp" and "Union Carbide" were two values; one now.
    Two legal forms (a parent and its unit) stay two, and so does a firm the story seats elsewhere."""
    orgs = _orgs(_reuters_record(corpus, "Not very long ago Union Carbide had"))
    assert "Union Carbide Corp" in orgs and "Union Carbide" not in orgs
    legal = frozenset({"Inc", "Corp", "Tbk"})
    orgs = [{"name": "Gudang Garam"}, {"name": "PT Gudang Garam Tbk"}]
    assert orgs_fold.legal_twins(orgs, "Saham Gudang Garam (GGRM) anjlok", legal) == [{"name": "PT Gudang Garam Tbk"}]
    orgs = [{"name": "First Boston Inc"}, {"name": "First Boston Corp"}]
    assert orgs_fold.legal_twins(orgs, "First Boston Inc said First Boston Corp", legal) == orgs
    text = "Video Technology Computers of Hong Kong and its distributor Video Technology Computers Inc"
    orgs = [{"name": "Video Technology Computers"}, {"name": "Video Technology Computers Inc"}]
    assert orgs_fold.legal_twins(orgs, text, legal) == orgs


def test_clipped_summary_head() -> None:
    """ANTARA's summary "anggota Komisi Percepatan ..." beside the headline's "Komisi Percepatan Reformasi Polri":
    one body. A short form the story names on its own too stays."""
    text = "Daftar 10 anggota Komisi Percepatan Reformasi Polri\nPresiden melantik anggota Komisi Percepatan ..."
    orgs = [{"name": "Komisi Percepatan Reformasi Polri"}, {"name": "Komisi Percepatan"}]
    assert [o["name"] for o in orgs_fold.clipped_heads(orgs, text)] == ["Komisi Percepatan Reformasi Polri"]
    text = "Bank Indonesia Institute opened ... Bank Indonesia said."
    orgs = [{"name": "Bank Indonesia Institute"}, {"name": "Bank Indonesia"}]
    assert orgs_fold.clipped_heads(orgs, text) == orgs
