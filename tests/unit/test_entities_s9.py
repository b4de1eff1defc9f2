"""People and organisations, session 9 (issue #15 item 3, review seed 21627): each defect class pinned with the
real corpus item that showed it and, where the class must also be shown to hold (or to pass), a small text
written for the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities
from tests.unit.test_enrich_entities import _antara_id
from tests.unit.test_enrich_entities_review import _article, _names, _rss_row


def _run(text: str, lang: str, res: entities.EntityResources) -> dict[str, Any]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return article


def _reuters_record(corpus: Path, needle: str, resources: object) -> dict[str, Any]:
    from tests.unit.test_entities_precision import _reuters_record as record

    return record(corpus, needle, resources)


# -- finance copy: the firms named by their part in a deal --------------------------------------------------
def test_lead_managers_are_firms(corpus: Path, pipeline_resources: object) -> None:
    """ "..., lead-managers Credit Lyonnais and Banque Francaise de Credit Cooperatif said": both lead managers,
    and the issuer "Caisse Centrale de Credit Cooperatif" (a bank head), are firms; "lead manager Swiss
    Volksbank said" names a bank by its role in the deal, and "Credit Lyonnais" is no person."""
    article = _reuters_record(corpus, "CENTRALE DE CREDIT COOPERATIF ISSUE", pipeline_resources)
    orgs = _names(article, "organisations")
    assert {
        "Caisse Centrale de Credit Cooperatif",
        "Credit Lyonnais",
        "Banque Francaise de Credit Cooperatif",
    } <= set(orgs), orgs
    assert "Credit Lyonnais" not in _names(article)
    article = _reuters_record(corpus, "DAI-ICHI HOTEL SWISS FRANC NOTES", pipeline_resources)
    assert "Swiss Volksbank" in _names(article, "organisations")


def test_lead_manager_cues(res: entities.EntityResources) -> None:
    """Before and after the name, in a list split where each side is a whole firm: not inside "Morgan Stanley and
    Co Inc" (a legal form) nor "Goldman, Sachs and Co" (partners); a list ends at a lone word ("DG said")."""
    text = (
        "The bond is priced at par, lead manager Banque Internationale a Luxembourg SA (BIL) said. Commerzbank AG "
        "is the other lead manager. Morgan Stanley and Co Inc and Salomon Brothers Inc are joint lead managers. "
        "It was underwritten by Swiss Volksbank, DG said. Lead managers are Smith Barney, Harris Upham and Co and "
        "Goldman, Sachs and Co."
    )
    orgs = _names(_run(text, "en", res), "organisations")
    assert {
        "Banque Internationale a Luxembourg SA",
        "Commerzbank AG",
        "Morgan Stanley and Co Inc",
        "Salomon Brothers Inc",
        "Swiss Volksbank",
        "Smith Barney, Harris Upham and Co",
        "Goldman, Sachs and Co",
    } <= set(orgs), orgs
    assert not [o for o in orgs if o in ("Co Inc", "DG") or " and Goldman" in o], orgs


def test_a_list_of_firms_is_split_at_its_comma(corpus: Path, pipeline_resources: object) -> None:
    """ "underwriters led by Bear Stearns and Co Inc, E.F. Hutton and Co, Advest Inc": the comma after a legal
    form ends a firm, so no `Co Inc, E.F. Hutton and Co` (a partnership's comma, "Kidder, Peabody and Co", stays)."""
    article = _reuters_record(corpus, "TCW Convertible Securities Fund Inc", pipeline_resources)
    orgs = _names(article, "organisations")
    assert "E.F. Hutton and Co" in orgs and not [o for o in orgs if o.startswith("Co Inc")], orgs
    assert "Piper, Jaffray and Hopwook Inc" in orgs


# -- Indonesian bodies named whole before their acronym -------------------------------------------------------
def test_syllable_acronym_names_the_whole_body(corpus: Path, pipeline_resources: object) -> None:
    """ "Badan Pembentukan Peraturan Daerah (Bapemperda)", "Komando Gabungan Wilayah Pertahanan (Kogabwilhan)
    III": the acronym takes a piece of each word, so the body is the whole run it spells (with its unit number),
    not "Badan Pembentukan" or "Gabungan Wilayah Pertahanan" and "III"."""
    orgs = _names(_rss_row(corpus, "(Bapemperda)", pipeline_resources), "organisations")
    assert "Badan Pembentukan Peraturan Daerah" in orgs and "Badan Pembentukan" not in orgs, orgs
    from tests.unit.test_entities_precision import _process

    articles = _process(corpus, "antara-rss-scraper-berita-antara/berita_antara_2026-08-03.csv", pipeline_resources)
    article = next((a for a in articles if "(Kogabwilhan) III" in str(a.get("descriptions"))), None)
    if article is None:
        pytest.skip("no ANTARA CSV row with (Kogabwilhan) III")
    orgs = _names(article, "organisations")
    assert "Komando Gabungan Wilayah Pertahanan III" in orgs, orgs
    assert "III" not in orgs and "Gabungan Wilayah Pertahanan" not in orgs, orgs


def test_syllable_acronym_needs_a_body_head(res: entities.EntityResources) -> None:
    """Only a body's head opens such a name: "European Currency Units (Ecus)" is no organisation."""
    article = _run("Rebates of 43 European Currency Units (Ecus) per 100 kilos were granted.", "en", res)
    assert not _names(article, "organisations")
    assert entities._syllables_start("Bapemperda", ["Ketua", "Badan", "Pembentukan", "Peraturan", "Daerah"]) == 1
    assert entities._syllables_start("Ecus", ["Bank", "Sentral"]) == -1


def test_acronym_of_the_tail_drops_a_foreign_head(corpus: Path, res: entities.EntityResources) -> None:
    """Liputan6: "Kantor Perserikatan Bangsa Bangsa (PBB) untuk Koordinasi Urusan Kemanusiaan (OCHA)": "PBB"
    spells the run's tail, the UN; "Kantor" is the first word of OCHA's name, not of the UN's."""
    orgs = _names(_run_article(_antara_id(corpus, "Kantor Perserikatan Bangsa Bangsa (PBB)"), res), "organisations")
    assert "Kantor Perserikatan Bangsa Bangsa" not in orgs, orgs
    assert [o for o in orgs if o.startswith("Perserikatan Bangsa")], orgs


def _run_article(article: dict[str, Any], res: entities.EntityResources) -> dict[str, Any]:
    entities.enrich(article, res)
    return article


# -- things shaped like names -----------------------------------------------------------------------------
def test_model_after_its_make_is_no_person(corpus: Path, pipeline_resources: object) -> None:
    """ANTARA CSV: "Sejarah mobil Daihatsu: Dari Midget "bemo" hingga Midget X": a car model (a word and a lone
    capital letter) is no person, and the car maker is an organisation; "Malcolm X" keeps his given name."""
    from tests.unit.test_entities_precision import _process

    articles = _process(corpus, "antara-rss-scraper-berita-antara/berita_antara_2026-08-03.csv", pipeline_resources)
    article = next((a for a in articles if "Midget X" in str(a.get("headlines"))), None)
    if article is None:
        pytest.skip("no ANTARA CSV row with Midget X")
    assert "Midget X" not in _names(article) and "Daihatsu" in _names(article, "organisations")


def test_malcolm_x_stays(res: entities.EntityResources) -> None:
    assert "Malcolm X" in _names(_run("Malcolm X was a leader, said Smith. Malcolm X spoke.", "en", res))


def test_headline_verb_is_no_name_word(corpus: Path, pipeline_resources: object) -> None:
    """Tribun RSS: "Ruben Onsu Berhalangan Hadir di Sidang Hak Asuh, Sarwendah Tegaskan Tak Baper": on a title-case
    line "Tegaskan" is a "-kan" verb, not a surname."""
    article = _rss_row(corpus, "Sarwendah Tegaskan Tak Baper", pipeline_resources)
    assert "Sarwendah Tegaskan" not in _names(article), _names(article)
