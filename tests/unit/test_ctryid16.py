"""Countries, session 16 ‡ (issue #15, branch ctryid16), three classes from the editor review:

* an Indonesian outlet's Indonesian item on a national office, programme, document or state firm ("Jampidsus",
  "SIM digital", "BBM", "Pertamina") names no place yet is Indonesia's, unless it names a country abroad;
* a demonym before a state body ("the Spanish government") names the country the story is about;
* a country's name inside a firm's ("PT Kereta Api Indonesia") is no place mention of its own.

Wording from the corpus items (ANTARA / Tribunnews teasers, ANSA's Rome item), and the ANSA item itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core import pipeline
from streams.core.enrich import places
from streams.core.model import RawItem


def _enriched(resources, headline: str, summary: str, outlet: str | None, language: str = "id") -> dict:
    article: dict = {
        "language": language,
        "headlines": [{"role": "main", "value": headline}],
        "descriptions": [{"role": "summary", "value": summary}] if summary else [],
        "ext": {},
    }
    if outlet:
        article["infoSources"] = [{"name": outlet, "role": "originator"}]
    places.enrich(article, resources.places)
    return article


def _countries(resources, headline: str, summary: str, outlet: str | None = "ANTARA", language: str = "id") -> list:
    return _enriched(resources, headline, summary, outlet, language).get("ext", {}).get("countries", [])


@pytest.mark.parametrize(
    ("headline", "summary", "outlet"),
    [
        # antara-csv_98: the digital driving licence
        (
            "Cara membuat SIM digital resmi dengan mudah dan cepat",
            "Pengendara kini dapat memanfaatkan SIM Digital sebagai dokumen pendamping SIM fisik melalui aplikasi "
            "resmi Digital ...",
            "ANTARA",
        ),
        # antara-csv_345: fuel running short
        (
            "8 cara efektif hemat BBM mobil di tengah stok yang menipis",
            "Ketersediaan bahan bakar minyak (BBM) di sejumlah daerah kini mulai terbatas.",
            "ANTARA",
        ),
        # antara-id-rss_638 (Tribunnews): the Attorney General's special-crimes office
        (
            "Pakar Hukum Nilai Eks Jampidsus Febrie Harus Diadili Buntut Temuan Uang dan Emas Batangan",
            "Yenti Garnasih menilai Febrie harus diadili terkait temuan uang dan emas yang diduga perlu ditelusuri "
            "sebagai TPPU/korupsi.",
            "Tribunnews",
        ),
    ],
)
def test_an_indonesian_programme_or_office_is_indonesias(resources, headline: str, summary: str, outlet: str) -> None:
    assert _countries(resources, headline, summary, outlet) == ["ID"]


def test_a_programme_word_abroad_or_elsewhere_adds_no_indonesia(resources) -> None:
    # a teaser about a story abroad writes "BBM" too (semua_berita.json): the US only
    trump = "Trump Bolehkan Kapal Berbendera Asing Angkut BBM ke AS"
    summary = "Pemerintah AS memperpanjang pengecualian UU Jones hingga November 2026 untuk menjaga pasokan minyak."
    assert "ID" not in _countries(resources, trump, summary)
    # a phone's SIM card is no driving licence
    card = "Nomor HP hilang? Begini cara blokir kartu SIM agar tidak disalahgunakan"
    assert _countries(resources, card, "Kehilangan ponsel atau kartu SIM perlu segera ditangani.") == []
    # the same words outside an Indonesian outlet's Indonesian copy say nothing
    sim = "Cara membuat SIM digital resmi dengan mudah dan cepat"
    assert _countries(resources, sim, "", outlet=None) == []
    assert _countries(resources, "How to renew your SIM and STNK online", "", language="en") == []


def test_a_demonym_before_a_state_body_names_its_country(resources) -> None:
    # ANSA (located Rome): "the Spanish government" in the lead makes Spain a country of the story
    text = (
        "Italian Foreign Minister Angelino Alfano has said that the Catalan independence declaration is "
        'unacceptable. "Our faith in the Spanish government, which will know how to guarantee the rights of all '
        'citizens".'
    )
    got = _countries(resources, "Catalan independence declaration unacceptable - Alfano", text, None, "en")
    assert "ES" in got
    # a demonym before another noun is weight only, never a country alone
    wine = "Italian Foreign Minister Angelino Alfano said Spanish wine exports had risen."
    assert "ES" not in _countries(resources, "Alfano on trade", wine, None, "en")


def test_a_country_inside_a_firms_name_is_no_place(resources) -> None:
    # antara-id-rss_1527: "PT Kereta Api Indonesia" names the railway, the place is Cirebon
    head = "KAI Cirebon catat 288.282 penumpang gunakan “Face Recognition”"
    summary = "PT Kereta Api Indonesia (KAI) Daerah Operasi (Daop) 3 Cirebon, Jawa Barat, mencatat 288.282 penumpang"
    article = _enriched(resources, head, summary, "ANTARA")
    names = [p["name"] for p in article.get("places", [])]
    assert "Indonesia" not in names and "Cirebon" in names
    assert article["ext"]["countries"] == ["ID"]
    # the country said as a place stays one
    abroad = _enriched(resources, "Penumpang kereta naik", "Jumlah penumpang kereta di Indonesia naik.", "ANTARA")
    assert "Indonesia" in [p["name"] for p in abroad.get("places", [])]


def test_corpus_ansa_item(corpus: Path, resources) -> None:
    path = corpus / "superdesk-core-fixtures" / "ansa-newsmlg2-text.xml"
    if not path.exists():
        pytest.skip("superdesk-core-fixtures/ansa-newsmlg2-text.xml not in the corpus")
    raw = RawItem(path.read_bytes(), {"filename": path.name})
    records = [o.record for o in pipeline.process(raw, resources) if o.kind == "article"]
    assert records
    for record in records:
        assert record["ext"]["countries"] == ["ES", "IT"]
