"""People and organisations, session 12 (ent12): Indonesian bodies named by a head word inside a title or before
the words their acronym spells, and the one reading of Roman numerals and agency credits the finders share.
Each class is pinned with a short realistic text written after the ANTARA teaser that showed it, and with a
counter-case that shows where it stops."""

from __future__ import annotations

from streams.core.enrich import entities, orgs_no
from streams.core.enrich.roman import is_roman
from tests.unit.test_enrich_entities_review import _article, _names


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_ministry_whose_acronym_leaves_out_its_head(res: entities.EntityResources) -> None:
    """ "Kementerian Energi dan Sumber Daya Mineral (ESDM)": ESDM spells the portfolio, the ministry is the whole
    name; it was published as two fragments ("Kementerian Energi", "Energi dan Sumber Daya Mineral")."""
    text = "Tim dari Kementerian Energi dan Sumber Daya Mineral (ESDM) tengah menyelidiki kemunculan lubang itu."
    assert _run(text, "id", res, "organisations") == ["Kementerian Energi dan Sumber Daya Mineral"]
    text = "Kementerian Kelautan dan Perikanan (KKP) menyatakan stok ikan aman."
    assert _run(text, "id", res, "organisations") == ["Kementerian Kelautan dan Perikanan"]


def test_no_person_right_after_a_body_head_in_a_title(res: entities.EntityResources) -> None:
    """ "Tim Ahli Badan Geologi Bandung" gave a person "Geologi Bandung", "Kepala Badan Geologi Muhammad Wafid"
    a person "Geologi Muhammad Wafid": the words after "Badan" are the body's name. A given name after the head
    is still a person ("Sekretaris Kabinet Teddy Indra Wijaya"), and a place's last word is no head
    ("Presiden Amerika Serikat Donald Trump")."""
    text = "Tim Ahli Badan Geologi Bandung dari Kementerian ESDM tengah menyelidiki kemunculan lubang."
    assert _run(text, "id", res) == []
    assert "Badan Geologi Bandung" in _run(text, "id", res, "organisations")
    assert _run("Kepala Badan Geologi Muhammad Wafid mengatakan lubang itu aman.", "id", res) == ["Muhammad Wafid"]
    text = "Presiden Amerika Serikat Donald Trump pada Jumat mengatakan bahwa Kuba tidak akan mampu bertahan."
    assert _run(text, "id", res) == ["Donald Trump"]
    assert _run(text, "id", res, "organisations") == []


def test_title_before_the_body_its_acronym_spells(res: entities.EntityResources) -> None:
    """ "Wakil Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kota Surabaya": the body is "Dewan Perwakilan Rakyat
    Daerah" with its acronym, not a bare "DPRD" (nor the national "Dewan Perwakilan Rakyat")."""
    text = "Wakil Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Kota Surabaya Arif Fathoni mendorong pemanfaatan aset."
    assert _run(text, "id", res, "organisations") == ["Dewan Perwakilan Rakyat Daerah"]


def test_roman_numerals_one_reading() -> None:
    """One definition for the finders: I to XXXIX, in capitals; no empty match, no words."""
    assert all(is_roman(tok) for tok in ("I", "II", "IV", "VI", "IX", "XII", "XIII", "XIV", "XXXIX"))
    assert not any(is_roman(tok) for tok in ("", "IIII", "VV", "IC", "XL", "iv", "MIX", "Xi", "VIP"))


def test_norwegian_acronyms_skip_agency_credits_and_numerals() -> None:
    """The agency table (``copy.agencies``) is the one list of credits: "NTB", "ANB" and "RB" are no bodies,
    nor is a numeral ("VII"); a body's acronym in the same line still is."""
    text = "Det opplyser NTNU til NTB og ANB. Kong Olav VII ble nevnt i en melding fra RB."
    assert orgs_no.find(text, None) == ["NTNU"]


def test_acronym_spelled_across_french_particles(res: entities.EntityResources) -> None:
    """ "Caisse d'Aide a l'Equipement des Collectivites Locales (CAECL)" (Reuters, Paris bond market): the
    acronym spells the capitalised words across French articles and elisions; it was not found at all."""
    text = "Dealers pointed to the recent Caisse d'Aide a l'Equipement des Collectivites Locales (CAECL) bond issue."
    assert _run(text, "en", res, "organisations") == ["Caisse d'Aide a l'Equipement des Collectivites Locales"]


def test_body_named_for_its_country(res: entities.EntityResources) -> None:
    """ "an issue for Electricite de France": a body named "<Word> de <country>"; the tail of a longer name
    ("Banco de los Trabajadores de Venezuela") and a person's particle ("Charles de Gaulle") are not."""
    text = "These will include a bond issue for Electricite de France, dealers said."
    assert _run(text, "en", res, "organisations") == ["Electricite de France"]
    text = "The debt owed by the Banco de los Trabajadores de Venezuela was refinanced, the minister said."
    assert "Trabajadores de Venezuela" not in _run(text, "en", res, "organisations")
    text = "President Charles de Gaulle said France would leave the alliance."
    assert _run(text, "en", res, "organisations") == []


def test_given_names_of_the_gender_list_open_names(res: entities.EntityResources) -> None:
    """ "extremism researcher Heidi Beirich, who leads ..." (NTB fact check): "Heidi" was in the quotes' gender
    list but not among the given names that confirm an unanchored name; a ship named for a person is no
    person ("the German liner Wilhelm Gustloff was torpedoed")."""
    text = "She spoke to extremism researcher Heidi Beirich, who leads a network. She said the content is false."
    assert _run(text, "en", res) == ["Heidi Beirich"]
    text = "The worst disaster came when the German liner Wilhelm Gustloff was torpedoed by a submarine in 1945."
    assert _run(text, "en", res) == []


def test_country_name_ending_in_a_head_word_is_no_body(res: entities.EntityResources) -> None:
    """ "Pebasket Amerika Serikat John Wall" gave a body "Serikat John Wall" ("Serikat" heads unions): the
    head word ends the country's name; the player is the person. A firm after an opener is still cut out
    ("Saham PT Telkom Indonesia Tbk")."""
    text = "Pebasket Amerika Serikat John Wall resmi mengumumkan pensiun dari NBA setelah 11 musim berkarier."
    assert _run(text, "id", res) == ["John Wall"]
    assert _run(text, "id", res, "organisations") == ["NBA"]
    assert _run("Saham PT Telkom Indonesia Tbk naik tajam pada Senin.", "id", res, "organisations") == [
        "PT Telkom Indonesia Tbk"
    ]


def test_short_form_without_the_names_comma_folds(res: entities.EntityResources) -> None:
    """ "a unit of Kidder, Peabody and Co Inc ... Sole manager Kidder Peabody said": one firm, published once."""
    text = "The trust is a unit of Kidder, Peabody and Co Inc. Sole manager Kidder Peabody said the rate is set."
    assert _run(text, "en", res, "organisations") == ["Kidder, Peabody and Co Inc"]


def test_australian_state_short_name_is_no_body(res: entities.EntityResources) -> None:
    """An AAP news list named "NSW" three times ("a huge area of NSW", "state of emergency in NSW", "the NSW seat
    of Miranda") and it was published as an organisation: the state's short form is a place word."""
    text = (
        "A massive fire front is spanning a huge area of NSW.\n\n"
        "RFS live cross: Shane Fitzsimmons on declaration of state of emergency in NSW.\n\n"
        "A massive 27% swing for labor in the NSW seat of Miranda."
    )
    assert "NSW" not in _run(text, "en", res, "organisations")
