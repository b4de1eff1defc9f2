"""Nordic dash quotes (fiq15): where a quotation ends, and who goes on speaking after a plain sentence.

* An impersonal reporting clause ("…, haastehakemuksessa sanotaan": it is said in the summons) holds no
  comma: the quotation runs to the separator nearest the verb, so a relative clause of the quotation
  (", joita ei ole julkisesti saatavilla") stays in it.
* An impersonal clause that names a document ("haastehakemuksessa sanotaan") gives the quotation that
  document, in its base form, as ``source`` ("haastehakemus"); a place or meeting there gives none.
* A dash paragraph with no reporting clause after one narrative sentence that reports no speech and
  names no one keeps the speaker of the dash quote before that sentence; a name, a reporting verb, a
  heading or a second narrative paragraph between hands the word on (no speaker).
"""

from __future__ import annotations

from pathlib import Path

from streams.core import pipeline
from streams.core.enrich import entities
from streams.core.model import RawItem
from tests.unit.test_enrich_quotes import _quotes

# STT, superdesk-core-fixtures/stt_newsml_no_truncated_text_test.xml (the summons of the Vastaamo case)
_SUMMONS = (
    "– Käytetyissä palvelimissa on ollut käytössä voimakkaita salausmenetelmiä. Tietomurtoon ja sen "
    "valmisteluun on käytetty haavoittuvuuksien selvittämiseen ja tietomurtoihin suunniteltuja ohjelmistoja, "
    "joita ei ole julkisesti saatavilla, haastehakemuksessa sanotaan."
)
_MAKELA = (
    "Syyttäjä Harri Mäkelä kuvasi Vastaamon tapausta yhdeksi Suomen rikoshistorian laajimmista jutuista.\n\n"
    "– Kyseessä on ollut yksi Suomen rikoshistorian laajimmista jutuista, joka on ollut hyvin poikkeuksellinen "
    "niin asianomistajamäärän kuin maantieteellisen laajuuden myötä, Mäkelä sanoi.\n\n"
)
_BETWEEN = (
    "Asianomistajia on eri puolilta Suomea, ja heidän joukossaan on ihmisiä, jotka ovat epäiltyjen rikosten "
    "aikaan olleet alaikäisiä.\n\n"
)
_FOLLOW = (
    "– Tämä on koskenut kaikkia Suomen kuntia lähes tulkoon. Asianomistajia on Lapista Helsinkiin. Uhreissa "
    "on alaikäisiä, perheitä ja pariterapiaa käyneitä."
)


def test_quote_keeps_its_relative_clause(res: entities.EntityResources) -> None:
    found = _quotes(_SUMMONS, res, "fi")
    assert len(found) == 1
    assert found[0]["text"].endswith("ohjelmistoja, joita ei ole julkisesti saatavilla")
    assert "speaker" not in found[0]
    assert found[0]["source"] == "haastehakemus"


def test_no_document_no_source(res: entities.EntityResources) -> None:
    """Must not fire: a meeting or a place where something is said is no document."""
    for clause in ("tiedotustilaisuudessa sanotaan", "Helsingissä sanotaan"):
        found = _quotes(f"– Tutkinta jatkuu vielä pitkään ja uhreja on paljon, {clause}.", res, "fi")
        assert found and "source" not in found[0] and "speaker" not in found[0], clause


def test_clause_right_after_the_comma_still_cut_there(res: entities.EntityResources) -> None:
    """Must not fire: the clause opens at the quotation's last comma; nothing of it joins the quote."""
    text = (
        "– Vastaaja on luonut yhteyden palvelimeen ja ladannut potilastietokannan käyttöönsä, sanotaan tänään "
        "julki tulleessa haastehakemuksessa."
    )
    found = _quotes(text, res, "fi")
    assert [(q["text"], q.get("source")) for q in found] == [
        ("Vastaaja on luonut yhteyden palvelimeen ja ladannut potilastietokannan käyttöönsä", "haastehakemus")
    ]


def test_speaker_goes_on_over_one_plain_sentence(res: entities.EntityResources) -> None:
    found = _quotes(_MAKELA + _BETWEEN + _FOLLOW, res, "fi")
    assert [q.get("speaker") for q in found] == ["Harri Mäkelä", "Harri Mäkelä"]


def test_someone_named_between_stops_the_speaker(res: entities.EntityResources) -> None:
    """Must not fire: the sentence between names another person, or is a heading, or there are two."""
    named = "Syyttäjä Pasi Vainio johtaa juttua, ja häntä avustaa kaksi muuta syyttäjää.\n\n"
    heading = "Uhrien joukossa myös alaikäisiä\n\n"
    for between in (named, heading, _BETWEEN + _BETWEEN):
        found = _quotes(_MAKELA + between + _FOLLOW, res, "fi")
        assert [q.get("speaker") for q in found] == ["Harri Mäkelä", None], between


def test_real_stt_item(corpus: Path, resources) -> None:
    path = corpus / "superdesk-core-fixtures" / "stt_newsml_no_truncated_text_test.xml"
    raw = RawItem(path.read_bytes(), {"filename": path.name})
    records = [o.record for o in pipeline.process(raw, resources) if o.kind == "article"]
    found = {q["text"][:25]: q for r in records for q in r["ext"].get("quotes", ())}
    assert found["Käytetyissä palvelimissa "]["text"].endswith("joita ei ole julkisesti saatavilla")
    assert found["Tämä on koskenut kaikkia "].get("speaker") == "Harri Mäkelä"
    assert "speaker" not in found["Vastaaja on tällä tavoin "]
    assert found["Vastaaja on tällä tavoin "]["source"] == "haastehakemus"
