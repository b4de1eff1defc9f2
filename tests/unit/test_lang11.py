"""Session 11 (branch lang11): people and organisations in es/pt/fr/de copy (``names_lang``), one test per
class of error fixed, on sentences written for the tests, and on a real corpus item."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import entities, names_lang
from streams.core.model import RawItem
from tests.unit.test_enrich_entities_lang import _orgs, _people, _run

# -- a noun that says what kind of body follows --------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("es", "Las acciones de la constructora Sacyr subieron un 3 % en la sesión.", "Sacyr"),
        ("es", "Un portavoz de la aerolínea chilena Latam confirmó el retraso.", "Latam"),
        ("es", "El contrato fue para la compañía de seguros Mapfre, según fuentes.", "Mapfre"),
        ("pt", "O acordo com a construtora Odebrecht foi assinado ontem.", "Odebrecht"),
        ("fr", "Le groupe pétrolier Totalor a annoncé un bénéfice en hausse.", "Totalor"),
        ("de", "Der Autobauer Kroschke meldete am Dienstag höhere Gewinne.", "Kroschke"),
        ("de", "Ein Sprecher des Elektrokonzerns Varnholt bestätigte das.", "Varnholt"),
    ],
)
def test_descriptor_noun_names_the_body(lang: str, text: str, org: str, res: entities.EntityResources) -> None:
    article = _run(text, lang, res)
    assert org in _orgs(article)
    assert org not in _people(article)


def test_descriptor_apposition_after_the_name(res: entities.EntityResources) -> None:
    text = "Dormitel, la mayor cadena hotelera del país, cerró el año con pérdidas. Dormitel es una marca conocida."
    article = _run(text, "es", res)
    assert "Dormitel" in _orgs(article)
    assert "Dormitel" not in _people(article)  # the firm named before is no person when it opens a sentence


def test_two_bodies_after_one_descriptor(res: entities.EntityResources) -> None:
    text = "Man habe sich mit den Herstellern Kroschke und Varnholt geeinigt, teilte die Bahn mit."
    assert {"Kroschke", "Varnholt"} <= set(_orgs(_run(text, "de", res)))


@pytest.mark.parametrize(
    ("lang", "text", "not_org"),
    [
        ("de", "Er sagte, dass der Konzern Stellen abbaut.", "Stellen"),  # an everyday German noun
        ("de", "Im Jahr davor hatte das Unternehmen Verluste geschrieben.", "Verluste"),
        ("es", "La empresa José Pérez y Asociados no respondió.", "José Pérez"),  # a person's name
        ("es", "La empresa Francia ya no existe.", "Francia"),  # a country
    ],
)
def test_descriptor_noun_without_a_name(lang: str, text: str, not_org: str, res: entities.EntityResources) -> None:
    assert not_org not in _orgs(_run(text, lang, res))


# -- Spanish clubs named after their city ----------------------------------------------------------


def test_city_after_a_masculine_article_is_its_club(resources: Any, res: entities.EntityResources) -> None:
    places = resources.places
    if not places.is_place("Getafe", "es"):
        pytest.skip("this gazetteer does not list Getafe")
    orgs = _orgs(_run("El equipo perdió ante el Getafe por dos goles a cero.", "es", res, places))
    assert "Getafe" in orgs
    for text in ("Vive desde hace años en el Perú.", "Se rodó en el Madrid de los Austrias.", "Viajó a Getafe."):
        assert _orgs(_run(text, "es", res, places)) == [], text


# -- people ------------------------------------------------------------------------------------------


def test_regnal_number_is_part_of_the_name(res: entities.EntityResources) -> None:
    people = _people(_run("La visita del rey Felipe VI y del papa Juan Pablo II fue breve.", "es", res))
    assert "Felipe VI" in people and "Juan Pablo II" in people


def test_an_acronym_after_a_name_is_no_regnal_number(res: entities.EntityResources) -> None:
    article = _run("Lo dijo ayer Mariano Rajoy PSOE en Madrid.", "es", res)
    assert "Mariano Rajoy" in _people(article)
    assert "PSOE" in _orgs(article)


def test_german_von_before_a_given_name_is_a_preposition(res: entities.EntityResources) -> None:
    text = "Nehmen Sie die berühmte Rede von Richard Feynman aus dem Jahr 1959."
    assert "Richard Feynman" in _people(_run(text, "de", res))


def test_more_given_names(res: entities.EntityResources) -> None:
    text = "Am Ende lag sie vor ihrer härtesten Rivalin, der US-Amerikanerin Lindsey Vonn."
    assert "Lindsey Vonn" in _people(_run(text, "de", res))


# -- German organisations ------------------------------------------------------------------------------


def test_german_federal_body_in_one_word(res: entities.EntityResources) -> None:
    text = "Ein Sprecher des Bundesjustizministeriums sagte, die Bundesärztekammer prüfe den Fall."
    orgs = _orgs(_run(text, "de", res))
    assert "Bundesjustizministerium" in orgs and "Bundesärztekammer" in orgs
    for text in ("Das Bundesland Hessen und der Bundestrainer.", "Die Bundesstraße ist gesperrt."):
        assert _orgs(_run(text, "de", res)) == [], text


def test_german_noun_joined_to_a_known_body(res: entities.EntityResources) -> None:
    assert "Porsche" in _orgs(_run("Das war ein tolles Ergebnis für Porsche.", "de", res))


def test_everyday_german_words_ship() -> None:
    words = names_lang._everyday_german()
    assert {"stellen", "gewinne", "anfang"} <= words
    assert not {"porsche", "siemens", "merkel"} & words


# -- a real item ---------------------------------------------------------------------------------------


def test_german_ai_is_no_organisation(corpus: Path, resources: Any) -> None:
    """ "Einzelspieler-Modus gegen KI" (künstliche Intelligenz) in a German app review."""
    from streams.core.pipeline import process

    rel = "superdesk-core-fixtures/wordpress_wxr_funke.xml"
    raw = RawItem((corpus / rel).read_bytes(), {"filename": rel.rsplit("/", 1)[-1]})
    articles = [o.record for o in process(raw, resources, received_at="2026-01-01T00:00:00Z") if o.kind == "article"]
    german = [a for a in articles if a.get("language", "").startswith("de")]
    assert german
    assert all("KI" not in _orgs(a) for a in german)


# -- Spanish and Portuguese names that go on past "para" / "por" ----------------------------------------


def test_body_name_goes_on_past_para_and_por(res: entities.EntityResources) -> None:
    text = "Lo respaldaron el Consejo por la Concordia y el Fondo de las Naciones Unidas para la Infancia."
    orgs = _orgs(_run(text, "es", res))
    assert "Consejo por la Concordia" in orgs
    assert "Fondo de las Naciones Unidas para la Infancia" in orgs


def test_a_constituency_after_por_is_not_part_of_the_party(res: entities.EntityResources) -> None:
    orgs = _orgs(_run("El diputado del Partido Popular por Madrid votó en contra.", "es", res))
    assert "Partido Popular" in orgs
    assert not any("Madrid" in o for o in orgs)


def test_quoted_name_after_a_descriptor(res: entities.EntityResources) -> None:
    text = 'La empresa " Nube Azul " anunció hoy un servicio de noticias.'
    assert "Nube Azul" in _orgs(_run(text, "es", res))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los dos primeros encuentros se jugarán en el Pabellón Raimundo Saporta."),
        ("es", "La escritora ganó ayer el Premio Miguel de Cervantes."),
        ("fr", "Le match aura lieu au Stade Pierre Mauroy samedi soir."),
    ],
)
def test_a_place_or_prize_named_after_a_person_is_no_mention(
    lang: str, text: str, res: entities.EntityResources
) -> None:
    assert _people(_run(text, lang, res)) == []


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("es", "Santorelli, de 48 años, reemplaza en el cargo al anterior director.", "Santorelli"),
        ("fr", "Selon la police, Dupontel, 45 ans, a été interpellé samedi.", "Dupontel"),
    ],
)
def test_an_age_in_apposition_anchors_a_surname(
    lang: str, text: str, person: str, res: entities.EntityResources
) -> None:
    assert person in _people(_run(text, lang, res))


def test_names_with_their_team_in_parentheses(resources: Any, res: entities.EntityResources) -> None:
    text = "Sanción de un partido a Bracamontez ( Badajoz ) , Iturralde ( Toledo ) y Puñalero ( Leganés ) ."
    people = _people(_run(text, "es", res, resources.places))
    assert {"Bracamontez", "Iturralde", "Puñalero"} <= set(people)
    tickers = "Subieron Sacyrol ( SYV ) , Ferrovial ( FER ) y Azkoyen ( AZK ) en la sesión ."
    assert _people(_run(tickers, "es", res, resources.places)) == []


def test_club_word_before_a_city(resources: Any, res: entities.EntityResources) -> None:
    text = "Gegen Dynamo Kiew gewann die Mannschaft, gegen Sporting Lissabon verlor sie."
    assert {"Dynamo Kiew", "Sporting Lissabon"} <= set(_orgs(_run(text, "de", res, resources.places)))
    assert "Dinamo de Zagreb" in _orgs(
        _run("El partido ante el Dinamo de Zagreb fue duro.", "es", res, resources.places)
    )


def test_dpa_clubs_named_with_their_city(corpus: Path, resources: Any) -> None:
    """dpa.xml: "nach Inter Mailand und Schachtjor Donezk auch die «Blues» aus der Europa League werfen"."""
    from streams.core.pipeline import process

    rel = "superdesk-core-fixtures/dpa.xml"
    raw = RawItem((corpus / rel).read_bytes(), {"filename": "dpa.xml"})
    article = process(raw, resources, received_at="2026-01-01T00:00:00Z")[0].record
    assert {"Inter Mailand", "Schachtjor Donezk", "Eintracht Frankfurt"} <= set(_orgs(article))
