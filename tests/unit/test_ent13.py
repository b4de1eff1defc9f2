"""People and organisations, session 13 (ent13): an Indonesian headline's predicate glued to a name, a ship's
name after its prefix, agency photo credits ("ANTARA FOTO/…") and "the U.S. Treasury said". Each class is pinned
with the text of the real corpus item that showed it (headline and teaser of ANTARA/CNBC RSS rows, a Reuters
brief), a counter-case where it stops, and the whole corpus file where the class needs the pipeline."""

from __future__ import annotations

from pathlib import Path

from streams.core.enrich import entities
from tests.unit.test_enrich_entities_review import _article, _names, _records


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_headline_predicate_is_no_name_word(res: entities.EntityResources) -> None:
    """ "Prabowo Pilih Destry Jadi Calon Tunggal Gubernur BI" gave a person "Prabowo Pilih Destry" ("pilih",
    choose, is an everyday word), and "Istana Bantah Pratikno Sakit" one "Pratikno Sakit": the name is cut
    before the predicate when the prose names it alone, and dropped when it does not."""
    text = (
        "Prabowo Pilih Destry Jadi Calon Tunggal Gubernur BI, Ini Alasannya\n"
        "Presiden Prabowo usulkan Destry Damayanti sebagai calon Gubernur Bank Indonesia."
    )
    assert sorted(_run(text, "id", res)) == ["Destry Damayanti", "Prabowo"]
    text = "Geger! Trump Kabur dari Turki Pakai Pesawat Rahasia, Diincar Iran\nPesawat itu terbang malam hari."
    assert "Trump Kabur" not in _run(text, "id", res)


def test_name_in_prose_keeps_its_words(res: entities.EntityResources) -> None:
    """The cut asks for a title-case line only: a name the prose writes whole keeps its everyday words ("jaya",
    "sakti"), and a headline's name that the prose repeats whole is no headline fragment."""
    text = "Anggota DPR Andi Jaya Sakti mengatakan hutan adat akan dilindungi."
    assert _run(text, "id", res) == ["Andi Jaya Sakti"]
    text = "Bupati Harda Kiswaya Resmikan Pasar Baru\nBupati Harda Kiswaya meresmikan pasar itu pada Senin."
    assert _run(text, "id", res) == ["Harda Kiswaya"]


def test_ship_after_its_prefix_is_no_person(res: entities.EntityResources) -> None:
    """ "… menangani kebakaran Kapal Motor Penumpang (KMP) Putri Yasmin di Selat Lombok" and "penumpang kapal
    motor penyeberangan Putri Yasmin": a ferry, published as a person; a person after "kapal milik" (a ship
    owned by) still is one."""
    text = (
        "Tim SAR Gabungan Selamatkan Ratusan Penumpang KMP Putri Yasmin di Selat Lombok\n"
        "Tim SAR gabungan bergerak cepat menangani kebakaran Kapal Motor Penumpang (KMP) Putri Yasmin di Selat Lombok."
    )
    assert "Putri Yasmin" not in _run(text, "id", res)
    text = "Sebanyak 35 penumpang kapal motor penyeberangan Putri Yasmin, yang mengalami kebakaran, dievakuasi."
    assert "Putri Yasmin" not in _run(text, "id", res)
    assert _run("Kapal milik Budi Santoso tenggelam, kata Budi Santoso.", "id", res) == ["Budi Santoso"]


def test_treasury_with_its_nation(res: entities.EntityResources) -> None:
    """ "The U.S. Treasury said it will sell 13.2 billion dlrs of three and six-month bills": the body was
    missed (only a bare "the Treasury said" counted); the name is the one the text writes."""
    text = "WASHINGTON, March 3 - The U.S. Treasury said it will sell 13.2 billion dlrs of bills next week."
    assert _run(text, "en", res, "organisations") == ["U.S. Treasury"]
    text = "The Treasury said it will sell bills."
    assert _run(text, "en", res, "organisations") == ["Treasury"]


def test_photo_credit_is_no_organisation(res: entities.EntityResources) -> None:
    """ "… pada Minggu (2/8). ANTARA FOTO/Didik Suhartono/tom.": the agency's photo credit (a spelling of
    ANTARA in ``copy.agencies``) is no body of the story; an agency the prose names still is one."""
    text = "Kapal kargo mengevakuasi 111 penumpang pada Minggu (2/8). ANTARA FOTO/Didik Suhartono/tom."
    assert _run(text, "id", res, "organisations") == []
    text = "Menurut laporan Xinhua, festival itu digelar setiap tahun di kota tersebut sejak 2010."
    assert _run(text, "id", res, "organisations") == ["Xinhua"]


def test_corpus_photo_rows_carry_no_credit_org(corpus: Path, resources: object) -> None:
    """The ANTARA CSV of 3 August 2026: eleven photo rows gave "ANTARA FOTO" (two also "Xinhua") as an
    organisation from their credit line; none does now."""
    records = _records(corpus, "antara-rss-scraper-berita-antara/berita_antara_2026-08-03.csv", resources)
    assert len(records) > 50
    # session 18 ‡ (med18): the credit leaves the caption; its rows are those with a photographer
    photographer = "'photographer'"
    credits = [r for r in records if photographer in str(r.get("ext", {}).get("contributors", ""))]
    assert len(credits) >= 11
    assert not any(o["name"] in ("ANTARA FOTO", "Xinhua") for r in credits for o in r.get("organisations", ()))


def test_headline_words_past_the_name_the_prose_writes(res: entities.EntityResources) -> None:
    """ "Ruben Onsu Kangen Dipanggil 'Ayah' Anak-anak, Pilih Tak Larut dalam Sedih" above "Ruben Onsu mengungkap
    kerinduan ...": the prose writes "Ruben Onsu", so "Kangen" (misses) is the headline's, not the name's; and
    "Mendagri Tito Tekankan Peran Pemda dalam ..." names Tito (a headline may keep "dalam" in lower case)."""
    text = (
        "Ruben Onsu Kangen Dipanggil 'Ayah' Anak-anak, Pilih Tak Larut dalam Sedih\n"
        "Ruben Onsu mengungkap kerinduan akan panggilan 'Ayah' dari anak-anaknya di tengah proses hukum hak asuh."
    )
    assert _run(text, "id", res) == ["Ruben Onsu"]
    text = (
        "Mendagri Tito Tekankan Peran Pemda dalam Pencegahan Penyalahgunaan Ketamin\n"
        "Menteri Dalam Negeri Tito Karnavian meminta pemerintah daerah ikut mencegah penyalahgunaan ketamin."
    )
    assert "Tito Tekankan Peran Pemda" not in _run(text, "id", res)


def test_occupation_noun_before_a_name(res: entities.EntityResources) -> None:
    """ "ditemukan dalam selokan di bawah mobil pembalap Tian Ngantung", "Artis Ananta Rispo lagi berbahagia":
    an occupation noun before a name anchors it as a person (the name was missed)."""
    text = "Bocah itu ditemukan dalam selokan di bawah mobil pembalap Tian Ngantung, Senin."
    assert _run(text, "id", res) == ["Tian Ngantung"]
    assert _run("Artis Ananta Rispo lagi berbahagia bersama keluarganya.", "id", res) == ["Ananta Rispo"]


def test_lawyer_and_preacher_before_a_name(res: entities.EntityResources) -> None:
    """ "Pendakwah Anwar Zahid selamat dari kecelakaan", "Kuasa hukum Sarwendah, Chris Sam Siwu, menanggapi isu
    kesehatan Ruben Onsu": the preacher was missed, and so was the lawyer's client's husband."""
    assert _run("Pendakwah Anwar Zahid selamat dari kecelakaan mobil di Bojonegoro.", "id", res) == ["Anwar Zahid"]
    text = "Kuasa hukum Sarwendah, Chris Sam Siwu, menanggapi isu kesehatan Ruben Onsu pada Rabu."
    assert "Ruben Onsu" in _run(text, "id", res)


def test_news_agency_and_depositary_receipt(res: entities.EntityResources) -> None:
    """ "the Dutch newsagency ANP reported today" names a body (missed); "Earnings per American Depository
    Receipt (ADR)" names a security (published as an organisation)."""
    assert _run("The ferry was sinking, the Dutch newsagency ANP reported today.", "en", res, "organisations") == [
        "ANP"
    ]
    assert _run("Earnings per American Depository Receipt (ADR) rose.", "en", res, "organisations") == []


def test_days_and_summits_are_no_bodies(res: entities.EntityResources) -> None:
    """ "Hari Anak Nasional (HAN) yang diperingati setiap 23 Juli" and "dalam Indonesia Net Zero Summit (INZS)
    2026": a national day and a summit were published as organisations; a body defined the same way still is one."""
    text = "Hari Anak Nasional (HAN) yang diperingati setiap 23 Juli merupakan momentum penting."
    assert _run(text, "id", res, "organisations") == []
    text = "Komitmen tersebut mengemuka dalam Indonesia Net Zero Summit (INZS) 2026 di Jakarta, Sabtu."
    assert _run(text, "id", res, "organisations") == []
    text = "Tim dari Komisi Pemberantasan Korupsi (KPK) memeriksa saksi pada Senin."
    assert _run(text, "id", res, "organisations") == ["Komisi Pemberantasan Korupsi"]
