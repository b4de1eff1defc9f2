"""Places, session 19 (issue #15, branch plc19): three classes, each pinned on wording copied from the corpus items
named, with a case where the rule must not fire, and, where the corpus is present, on the item itself:

* a village's or ward's name ("Kelurahan Grogol", "Kampung Tanjung, Kuranji, Padang") is no town the gazetteer
  knows, nor is a district's that goes on or only spells like one ("Kecamatan Grogol Petamburan", "Kecamatan
  Makasar"); a district named as its town ("Kecamatan Wangon") stays;
* a name after a feature's word that a programme's word heads, across a few lower-case words ("program penanganan
  sampah Sungai Lestari"), is the programme's, in that story's headline too;
* a place that opens a university's or a utility's name ("Michigan State University", "Jersey Central Power & Light",
  "Tokyo University") is no mention of the place; a US state's or a town's still says the story's country.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from streams.core.enrich.features import natural_features
from tests.unit.test_enrich_places import _reuters_places, _run
from tests.unit.test_plc18 import _countries, _names


def _antara_csv(corpus: Path, words: str) -> str:
    """Title and summary of the ANTARA CSV row whose summary holds ``words`` (skip if absent)."""
    path = corpus / "antara-rss-scraper-berita-antara" / "berita_antara_2026-08-03.csv"
    if not path.exists():
        pytest.skip("ANTARA CSV not in the corpus")
    for row in csv.DictReader(path.open(encoding="utf-8-sig")):
        if words in (row.get("Ringkasan") or ""):
            return f"{row['Judul']}\n\n{row['Ringkasan']}"
    pytest.skip(f"no ANTARA row with {words!r}")


# -- a village's, ward's or district's name ------------------------------------------------------------------------

TANJUNG = "Operator alat berat memperbaiki jembatan di Kampung Tanjung, Kuranji, Padang. Jembatan rusak akibat bencana."
WANGON = "Polisi melakukan autopsi terhadap jenazah Sutrimo di Desa Wlahar, Kecamatan Wangon, Kabupaten Banyumas."


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (TANJUNG, "Tanjung"),  # semua_berita.json (a Padang kampung; Tanjung, South Kalimantan, lies 1,500 km away)
        ("Banjir merendam Kelurahan Grogol, Jakarta Barat, sejak pagi.", "Grogol"),  # Grogol, Sukoharjo
        ("Banjir merendam Kecamatan Grogol Petamburan, Jakarta Barat.", "Grogol"),
        ("Warga Kecamatan Makasar, Jakarta Timur, mengungsi.", "Makassar"),
        ("Kantor itu di Kelurahan Kuningan Timur, Jakarta Selatan.", "Kuningan"),  # Kuningan, West Java
    ],
)
def test_a_village_or_ward_is_no_town_elsewhere(resources, text: str, town: str) -> None:
    article = _run(resources.places, text, "id")
    assert town not in _names(article)
    assert _countries(article) in ([], ["ID"])


def test_a_district_named_as_its_town_stays(resources) -> None:
    names = _names(_run(resources.places, WANGON, "id"))
    assert "Wangon" in names and "Kabupaten Banyumas" in names  # (tplc20: the regency, not the town Banyumas)


def test_the_town_itself_stays_a_place(resources) -> None:
    """(tplc20: the regency's word names the regency, "Kabupaten Kuningan", not the town of its name)"""
    names = _names(_run(resources.places, "Wisata alam di Kabupaten Kuningan, Jawa Barat, ramai.", "id"))
    assert "Kabupaten Kuningan" in names


# -- a programme's name is no river --------------------------------------------------------------------------------

LESTARI = (  # berita_antara_2026-08-03.csv, "Pemasangan jaring apung penahan sampah di Sungai Lestari"
    "Pemasangan jaring apung penahan sampah di Sungai Lestari\n\nRelawan sungai memasang jaring terapung penahan "
    "sampah atau trash boom di Sungai Jenes, Pajang, Laweyan, Solo, Jawa Tengah. Pemkot Solo meluncurkan program "
    "penanganan sampah Sungai Lestari dengan skema sampah yang diambil dari hulu sungai Kota Solo."
)


def test_a_programmes_name_is_no_river() -> None:
    found = [name for _, _, name in natural_features(LESTARI, "id")]
    assert found == ["Sungai Jenes"]


def test_a_river_after_a_lower_case_run_without_a_programme_stays() -> None:
    text = "Warga membersihkan sampah Sungai Ciliwung pada Minggu."
    assert [name for _, _, name in natural_features(text, "id")] == ["Sungai Ciliwung"]


def test_a_run_broken_by_punctuation_reaches_no_programme() -> None:
    text = "Pemkot meluncurkan program itu, sampah Sungai Ciliwung diangkut."
    assert [name for _, _, name in natural_features(text, "id")] == ["Sungai Ciliwung"]


def test_lestari_on_the_antara_row(corpus: Path, resources) -> None:
    text = _antara_csv(corpus, "program penanganan sampah Sungai Lestari")
    names = _names(_run(resources.places, text, "id"))
    assert "Sungai Lestari" not in names and "Sungai Jenes" in names


# -- a university's or a utility's name ----------------------------------------------------------------------------

JCPL = (  # reut2-000 ("NEW JERSEY APPROVES GPU <GPU> UNIT'S RATE CUT")
    "The New Jersey Board of Public Utilities approved a rate reduction for GPU's Jersey Central Power and Light Co "
    "subsidiary. Jersey Central filed for the cut last year."
)


def test_a_utilitys_opening_place_is_no_mention(resources) -> None:
    article = _run(resources.places, JCPL, "en", "Morristown")
    assert "Jersey" not in _names(article)
    assert "JE" not in _countries(article)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Michigan State University said its researchers found the gene.", "Michigan", "US"),
        ("Pennsylvania Power and Light Co said it would sell bonds.", "Pennsylvania", "US"),
        ("Ohio Edison Co <OEC> said it would buy the plant.", "Ohio", "US"),
        ("Professor Ito of Tokyo University said the tax would hurt.", "Tokyo", "JP"),
    ],
)
def test_a_bodys_opening_place_is_a_hint(resources, text: str, place: str, country: str) -> None:
    article = _run(resources.places, text, "en")
    assert place not in _names(article)
    assert country in _countries(article)


def test_the_place_named_on_its_own_stays(resources) -> None:
    text = "He moved to Michigan in 1990. Michigan State University said he joined its staff."
    assert "Michigan" in _names(_run(resources.places, text, "en"))


def test_a_headline_in_capitals_is_not_read(resources) -> None:
    assert "Texas" in _names(_run(resources.places, "TEXAS POWER USE RISES IN HEAT WAVE", "en"))


def test_jersey_central_on_the_reuters_record(corpus: Path, resources) -> None:
    assert "Jersey" not in _reuters_places("NEW JERSEY APPROVES GPU", resources.places)


def test_tokyo_university_on_the_reuters_record(corpus: Path, resources) -> None:
    assert "Tokyo" not in _reuters_places("LIPOSOME CO", resources.places)


# -- found on the way: a street, an everyday word, a credit line ---------------------------------------------------


def test_a_street_named_for_a_town_is_no_mention(resources) -> None:
    text = "Kemacetan parah terjadi di Jalan Raya Bogor, Kramat Jati, akibat perbaikan jalan."  # semua_berita.json
    assert "Bogor" not in _names(_run(resources.places, text, "id"))


def test_the_town_after_a_locative_stays(resources) -> None:
    assert "Bogor" in _names(_run(resources.places, "Kemacetan parah terjadi di Bogor akibat perbaikan jalan.", "id"))


@pytest.mark.parametrize(
    "text",
    [
        "Bursa Asia Dibuka Galau, Investor Tunggu Data Krusial AS",  # semua_berita.json (bursa: an exchange)
        "Bos Bursa Ungkap Sudah Ada Calon Investor Minat",
        "Viral Wasit di Bogor Dikeroyok Pemain-Suporter",  # wasit: a referee (Wāsiţ, Iraq)
        "Penyebab 7 Tentara AS Tewas Baku Hantam di Kapal Induk",  # baku hantam: a brawl (Baku, Azerbaijan)
    ],
)
def test_an_everyday_word_is_no_town_abroad(resources, text: str) -> None:
    names = _names(_run(resources.places, text, "id"))
    assert not {"Bursa", "Wāsiţ", "Baku"} & set(names)


def test_an_everyday_word_is_the_town_where_its_country_is_named(resources) -> None:
    assert "Bursa" in _names(_run(resources.places, "Gempa di Bursa, Turki, menewaskan dua orang.", "id"))


def test_a_malay_world_province_stays(resources) -> None:
    text = "Asap Terdeteksi hingga Sarawak, Pemerintah Masifkan OMC"  # semua_berita.json
    assert "Sarawak" in _names(_run(resources.places, text, "id"))


CREDIT = (  # berita_antara_2026-08-03.csv, a video's summary
    "Ketua Umum menyampaikan hal itu di Makassar, Minggu (2/8). (Suriani Mappong/Sandy Arizona/Gracia Simanjuntak)"
)


def test_a_credit_line_names_no_place(resources) -> None:
    article = _run(resources.places, CREDIT, "id")
    assert "Arizona" not in _names(article) and "Makassar" in _names(article)
    assert "US" not in _countries(article)


def test_a_list_of_towns_between_slashes_stays(resources) -> None:
    names = _names(_run(resources.places, "Warga (Pandeglang/Serang/Cilegon) ikut mudik tahun ini.", "id"))
    assert {"Pandeglang", "Serang", "Cilegon"} <= set(names)


def test_arizona_credit_on_the_antara_rows(corpus: Path, resources) -> None:
    text = _antara_csv(corpus, "Sandy Arizona")
    assert "Arizona" not in _names(_run(resources.places, text, "id"))


def test_a_street_or_ward_of_the_malay_world_keeps_the_storys_country(resources) -> None:
    for text, names in (
        ("Kemacetan parah terjadi di Jalan Raya Bogor, Kramat Jati.", []),
        ("Banjir merendam Kelurahan Grogol.", ["Kelurahan Grogol"]),  # tplc21: the ward's own name, no id (heads_id)
    ):
        article = _run(resources.places, text, "id")
        assert _names(article) == names and _countries(article) == ["ID"]
