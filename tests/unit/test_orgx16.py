"""Finnish organisations by their cues (orgx16), on sentences of the STT fixtures in superdesk-core-fixtures.

* a state body or service named by a compound ending in a body noun ("Valtiokonttorista",
  "Rikosuhripäivystyksen"), not a town's "kunnassa";
* a name after a trade noun in any case ("konserniyhtiön Icare Finlandin", "sijoituskohteen Granon"), in the
  genitive only where the stem cannot have changed (not "Suunnon", which may be "Suunto");
* a foreign name hyphened to a trade compound ("American Airlines -lentoyhtiöön", "CenterVue-yritysoston"),
  not to another noun ("American Airlines -jutussa");
* a firm by its legal form ("Oyj").
"""

from __future__ import annotations

from streams.core.enrich import entities, orgs_caps, orgs_fi


def _find(text: str) -> list[str]:
    return orgs_fi.find(text, frozenset(), None, frozenset(), [])


# STT, superdesk-core-fixtures/stt1.xml
_REVENIO = (
    "Moilanen siirtyy terveysteknologiayhtiö Revenio Groupin ja Revenion konserniyhtiön Icare Finlandin "
    "toimitusjohtajaksi. Moilanen toimii tällä hetkellä Panostajan sijoituskohteen Granon toimitusjohtajana. "
    "Aiemmin hän on työskennellyt Suunnon toimitusjohtajana. Revenion nykyinen toimitusjohtaja Timo Hildén "
    "siirtyy omasta pyynnöstään johtamaan CenterVue-yritysoston integraatiotyötä."
)
# STT, superdesk-core-fixtures/stt_newsml_no_truncated_text_test.xml
_VASTAAMO = (
    "Tiedotustilaisuudessa paikalla ollut Rikosuhripäivystyksen toiminnanjohtaja Leena-Kaisa Åberg sanoi, "
    "että uhrien vaatimat korvaukset ovat pieniä. Jos ei ole, silloin voi hakea korvauksia Valtiokonttorista. "
    "Kivimäki otettiin kiinni tämän vuoden helmikuussa Ranskassa Pariisin lähellä sijaitsevassa Courbevoien "
    "kunnassa.\n\nTuomittu American Airlines -jutussa\n\nKivimäki on aiemmin tuomittu muun muassa American "
    "Airlines -lentoyhtiöön ja yhdysvaltalaisviranomaisiin kohdistuneista huijauksista."
)


def test_trade_noun_in_any_case_gives_the_firm() -> None:
    found = _find(_REVENIO)
    assert "Icare Finland" in found and "Grano" in found


def test_genitive_with_possible_gradation_is_left_out() -> None:
    found = _find(_REVENIO)
    assert not any(name.startswith(("Suunno", "Suunto", "Panostaja")) for name in found)


def test_hyphened_trade_compound_gives_the_foreign_name() -> None:
    assert "CenterVue" in _find(_REVENIO)
    assert "American Airlines" in _find(_VASTAAMO)


def test_hyphen_to_another_noun_or_a_heading_word_gives_nothing() -> None:
    found = _find(_VASTAAMO)
    assert not any("Tuomittu" in name for name in found)
    assert _find("Kivimäki on tuomittu Kivimäki-jutussa.") == []


def test_body_compounds_konttori_paivystys() -> None:
    found = _find(_VASTAAMO)
    assert "Valtiokonttori" in found and "Rikosuhripäivystys" in found


def test_town_kunta_is_no_body() -> None:
    assert not any("kunta" in name or "Courbevoie" in name for name in _find(_VASTAAMO))


def test_legal_form_oyj() -> None:
    text = "Kauppaa tekee Sanoma Oyj, kertoi yhtiö. Myös Sanoma Oyj:n osake nousi."
    found = _find(text)
    assert "Sanoma Oyj" in found and "Myös Sanoma Oyj" not in found


def test_trade_noun_in_the_nominative_keeps_a_name_ending_in_n() -> None:
    assert "Stockman" not in _find("Tavaratalo yhtiö Stockmann kertoi tuloksestaan.")


# Reuters-21578, reut2-001.sgm (NEWID 1264): a results brief whose headline names the firm and nothing else
_CCR = "CCR VIDEO 1ST QTR NOV 30 NET\n\nLOS ANGELES, March 3 -\nShr 2-1/5 cts vs nil\nNet 156,726 vs 11,989\n"


def _caps(text: str) -> list[str]:
    lines = orgs_caps.shouted_lines(text)
    return orgs_caps.find(lines, {}, entities._SHOUTED_LEGAL, frozenset(), orgs_caps.results_table(text))


def test_results_headline_names_its_firm() -> None:
    assert _caps(_CCR) == ["CCR VIDEO"]


def test_results_headline_over_prose_or_with_a_legal_form_gives_no_new_firm() -> None:
    # Reuters-21578: a story about results (no table), and a table headed by a group with "OF COS"
    prose = "OHIO MATTRESS MAY HAVE LOWER 1ST QTR NET\n\nOhio Mattress Co said its first quarter net may fall.\n"
    assert _caps(prose) == []
    shell = "ROYAL DUTCH/SHELL GROUP OF COS 4TH QTR NET\n\nShr Royal Dutch Petroleum Co 2.30 dlrs vs 2.90 dlrs\n"
    assert _caps(shell) == []


def _places(resources: object, text: str) -> list[str]:
    gazetteer = resources.places  # type: ignore[attr-defined]
    mentions, _ = gazetteer.resolve(text, "fi")
    return [gazetteer.places[m.place].name(None) for m in mentions]


# STT, superdesk-core-fixtures/stt_newsml_no_truncated_text_test.xml
_ARREST = (
    "Kivimäki otettiin kiinni tämän vuoden helmikuussa Ranskassa Pariisin lähellä sijaitsevassa Courbevoien kunnassa."
)


def test_place_in_a_case_form_before_a_place_is_no_firm_word(resources: object) -> None:
    assert "Paris" in _places(resources, _ARREST)


def test_genitive_before_a_settlement_noun_names_a_small_town(resources: object) -> None:
    assert "Courbevoie" in _places(resources, _ARREST)
    # without the settlement noun, a small foreign town's genitive stays unread (it may be a firm's or a name's)
    assert "Courbevoie" not in _places(resources, "Kivimäki otettiin kiinni Courbevoien lähellä.")
