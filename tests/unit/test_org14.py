"""Organisations, session 14 (org14): names in Chinese-language copy, a firm named "<words> Works", Indonesian
regional offices and schools named by their form. Each class is pinned with the text of the real corpus item
that showed it (a Business Wire Chinese release, Reuters briefs, ANTARA/Detik RSS teasers), a counter-case
where it stops, and the whole corpus file where the class needs the pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities, orgs_id
from tests.unit.test_enrich_entities_review import _article, _names, _records


def _run(text: str, lang: str, resources: Any, field: str = "organisations") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, resources.entities, resources.places)
    return _names(article, field)


def test_latin_names_in_chinese_copy(resources: Any) -> None:
    """ "…領導廠商Cambrios Technologies Corporation今天宣布，該公司最近被Gartner評選為…": with the CJK words
    blanked, the paragraph's only words were the two names, read as one title-case line and dropped."""
    text = (
        "為透明及軟性導體市場提供銀奈米線解決方案的領導廠商Cambrios Technologies Corporation今天宣布，"
        "該公司最近被Gartner評選為「最酷供應商」(Cool Vendor)。"
    )
    assert sorted(_run(text, "zh", resources)) == ["Cambrios Technologies Corporation", "Gartner"]


def test_business_wire_chinese_release(corpus: Path, resources: Any) -> None:
    """The same release through the whole pipeline (ninjs 3.0 copy)."""
    records = _records(corpus, "iptc-ninjs/3.0/businesswire-newsml-20130605006126.json", resources)
    orgs = {o["name"] for r in records for o in r.get("organisations", [])}
    assert {"Cambrios Technologies Corporation", "Gartner"} <= orgs


def test_works_ends_a_firm(resources: Any) -> None:
    """Reuters: "Corning Glass Works said the exchange ratio …" was a person, and "Corning said" beside it an
    organisation "Corning" of its own; "Public Works" is a portfolio, no firm."""
    text = (
        "Corning Glass Works said the exchange ratio for its previously announced acquisition of Hazleton "
        "Laboratories Corp has been established.\nCorning said the prospectus is expected to be mailed tomorrow."
    )
    assert sorted(_run(text, "en", resources)) == ["Corning Glass Works", "Hazleton Laboratories Corp"]
    assert _run(text, "en", resources, "people") == []
    text = "Public Works Minister Basuki Hadimuljono said the Ministry of Public Works would build the dam."
    assert _run(text, "en", resources) == ["Ministry of Public Works"]


def test_regional_office_and_school(resources: Any) -> None:
    """Detik: "DPRD Surabaya dorong Pemkot optimalkan aset daerah …" gave no organisation; a school's number
    broke its run ("SMAN 2 Padang"). A word after the acronym that is no place is no seat ("KPU Siap")."""
    text = "DPRD Surabaya dorong Pemkot optimalkan aset daerah untuk tingkatkan PAD."
    assert _run(text, "id", resources) == ["DPRD Surabaya"]
    text = "Siswa SMAN 2 Padang dan SMK Negeri 1 Bandung meraih juara."
    assert sorted(_run(text, "id", resources)) == ["SMAN 2 Padang", "SMK Negeri 1 Bandung"]
    text = "KPU Siap menggelar pemilu ulang pekan depan."
    assert _run(text, "id", resources) == ["KPU"]


def test_bare_acronym_kept_when_named_alone() -> None:
    """ "DPRD" stays beside "DPRD Surabaya" when the story also names the body alone."""
    bodies = ["DPRD Surabaya"]
    assert orgs_id.bare_only_with_seat("DPRD Surabaya setuju.", "DPRD", bodies)
    assert not orgs_id.bare_only_with_seat("DPRD Surabaya setuju. Ketua DPRD hadir.", "DPRD", bodies)


def test_possessive_inside_a_firm_name(resources: Any) -> None:
    """Reuters: "continued listing of Heck's Inc's commonn stock" lost Heck's Inc (a possessive before a legal
    form alone); "People's Finance Corp" was cut to "Finance Corp". An owner's possessive still ends a name."""
    text = "The New York Stock Exchange is reviewing the continued listing of Heck's Inc's commonn stock."
    assert sorted(_run(text, "en", resources)) == ["Heck's Inc", "New York Stock Exchange"]
    text = "Shares of People's Finance Corp fell after the bank said it would cut jobs."
    assert _run(text, "en", resources) == ["People's Finance Corp"]
    text = "Britain's Imperial Chemical Industries Plc said profits rose."
    assert _run(text, "en", resources) == ["Imperial Chemical Industries Plc"]


def test_ministry_named_by_its_portfolio_acronym(resources: Any) -> None:
    """CNBC Indonesia: "Rida Mulyana mantan Sekjen Kementerian ESDM meninggal dunia" gave "ESDM" alone (the
    portfolio's acronym ended the title's body); another body the title names stays ("Dewan HAM PBB")."""
    text = "Rida Mulyana mantan Sekjen Kementerian ESDM meninggal dunia"
    assert _run(text, "id", resources) == ["Kementerian ESDM"]
    text = "Profil Sidharto Reza, Presiden Dewan HAM PBB perwakilan RI"
    assert _run(text, "id", resources) == ["Dewan HAM", "Perserikatan Bangsa-Bangsa"]


def test_partnership_named_as_co_manager(resources: Any) -> None:
    """Reuters: "named Kidder, Peabody and Co Inc as lead manager, and Robertson, Colman and Stephens as
    co-manager": a partnership without a legal form, named by its part in the deal; a list of places is none."""
    text = (
        "The company named Kidder, Peabody and Co Inc as lead manager, and Robertson, Colman and Stephens as "
        "co-manager of the offering."
    )
    assert sorted(_run(text, "en", resources)) == ["Kidder, Peabody and Co Inc", "Robertson, Colman and Stephens"]
    text = "The offering was priced by Salomon Brothers, with Paris, London and Berlin as co-managers."
    assert "Paris, London and Berlin" not in _run(text, "en", resources)


def test_university_campus_after_comma(resources: Any) -> None:
    """AP NITF: "… at the University of California, San Diego. He says the pollution …" was cut at the comma;
    a story that also names the system alone keeps the system's name."""
    text = "Researchers at the University of California, San Diego. He says the pollution is bad."
    assert _run(text, "en", resources) == ["University of California, San Diego"]
    text = "The University of California said tuition would rise at the University of California, Davis."
    assert _run(text, "en", resources) == ["University of California"]


def test_acronym_of_a_seat_body_folds(resources: Any) -> None:
    """ANTARA video row: "BP Batam siapkan …" / "Badan Pengusahaan (BP) Batam menyiapkan …" gave a second org
    "BP" (a known company's name) beside the body it abbreviates without its seat."""
    text = (
        "BP Batam siapkan Sekolah Terintegrasi Merah Putih di Rempang\n\n"
        "ANTARA - Badan Pengusahaan (BP) Batam menyiapkan pembangunan Sekolah Terintegrasi Merah Putih di Rempang."
    )
    assert _run(text, "id", resources) == ["Badan Pengusahaan Batam"]


def test_bodies_in_an_all_capital_headline(resources: Any) -> None:
    """Reuters briefs are a headline alone, in capitals: "FED SETS 1.5 BILLION DLR CUSTOMER REPURCHASE, FED
    SAYS", "AMR CORP ORDERS 40 JETS FROM AIRBUS AND BOEING" named nothing, and "DIAGNOSTIC/RETRIEVAL SYSTEMS
    INC MAKES 53 MLN DLR BID FOR ROSPATCH CORP" gave "MLN DLR BID FOR ROSPATCH CORP". A plural of an everyday
    word before a legal form is no firm ("SOFTWARE COS SUPPORT ...")."""
    assert _run("FED SETS 1.5 BILLION DLR CUSTOMER REPURCHASE, FED SAYS", "en", resources) == ["Fed"]
    # the firms in the case running text gives them (tent20): initials ("AMR") as written
    assert sorted(_run("AMR CORP ORDERS 40 JETS FROM AIRBUS AND BOEING", "en", resources)) == [
        "AMR Corp",
        "Airbus",
        "Boeing",
    ]
    text = "DIAGNOSTIC/RETRIEVAL SYSTEMS INC MAKES 53 MLN DLR BID FOR ROSPATCH CORP"
    assert sorted(_run(text, "en", resources)) == ["Diagnostic/Retrieval Systems Inc", "Rospatch Corp"]
    assert _run("FORD MOTOR CO OF CANADA LTD 4TH QTR SHR 8.17 DLRS VS 55 CTS", "en", resources) == [
        "Ford Motor Co of Canada Ltd"
    ]
    assert "SOFTWARE COS" not in _run("SOFTWARE COS SUPPORT NEW APPLE PRODUCTS", "en", resources)


def test_capital_headline_beside_the_body(resources: Any) -> None:
    """The body's own spelling stands: "CORNING, HAZLETON SET EXCAHNGE RATIO" above "Corning Glass Works said"
    adds no "CORNING"."""
    text = (
        "CORNING, HAZLETON SET EXCAHNGE RATIO\n\nCORNING, N.Y., March 2 - Corning Glass Works said the exchange "
        "ratio for its acquisition of Hazleton Laboratories Corp has been established."
    )
    assert sorted(_run(text, "en", resources)) == ["Corning Glass Works", "Hazleton Laboratories Corp"]


def test_hyphen_pair_and_a_service_kind_are_no_body(resources: Any) -> None:
    """ANTARA: "PT PAL-BRIN wujudkan galangan kapal hijau" gave "PT PAL-BRIN" beside "PT PAL Indonesia" and BRIN;
    CNN Indonesia: "Taiwan Protes China-RI Gelar Latihan Angkatan Laut Bersama" gave "Angkatan Laut" (navies)."""
    text = (
        "PT PAL-BRIN wujudkan galangan kapal hijau dukung industri perkapalan\n\n"
        "PT PAL Indonesia bersama Badan Riset dan Inovasi Nasional (BRIN) berkolaborasi mewujudkan transformasi."
    )
    assert sorted(_run(text, "id", resources)) == ["Badan Riset dan Inovasi Nasional", "PT PAL Indonesia"]
    text = (
        "Taiwan Protes China-RI Gelar Latihan Angkatan Laut Bersama\n\n"
        "Taiwan memprotes latihan militer gabungan China dan Republik Indonesia (RI) di timur kepulauan tersebut."
    )
    assert "Angkatan Laut" not in _run(text, "id", resources)


def test_known_body_in_an_indonesian_headline(resources: Any) -> None:
    """Tribunnews: "KBPBI dan Apindo Bentuk Tim Perumus Bersama RUU Ketenagakerjaan" named no body (the line is
    one title-case run); a short form of a body the story names in full adds nothing ("KAI" beside "PT Kereta
    Api Indonesia"), nor does an everyday word ("Mobil", a car)."""
    text = (
        "KBPBI dan Apindo Bentuk Tim Perumus Bersama RUU Ketenagakerjaan\n\n"
        "Presiden KSPSI mengatakan, pertemuan tersebut merupakan momentum bersejarah."
    )
    assert "Apindo" in _run(text, "id", resources)
    text = (
        "Di Balik Perjalanan Kereta Api, KAI Kelola Persediaan Suku Cadang\n\n"
        "PT Kereta Api Indonesia mengelola persediaan suku cadang."
    )
    assert _run(text, "id", resources) == ["PT Kereta Api Indonesia"]
    assert _run("Mobil Lagi Parkir Ditabrak Truk\n\nKejadian itu terjadi pagi hari.", "id", resources) == []
