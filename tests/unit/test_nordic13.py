"""People and organisations in Danish, Norwegian and Swedish copy (session 13, nordic13): a person anchored by a
lower-case title or a reporting verb of the language, a public body named by place and a capitalised head
("Københavns Vestegns Politi"), a body named by a Danish or Swedish definite compound ("Skatteverket"), and
no function word of the three languages as a name. Short texts written in the style of Ritzau, TT and NTB
copy, each class with a counter-case that shows where it stops; one real Ritzau item from the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities, names_lang, orgs_no
from tests.unit.test_enrich_entities_review import _article, _names


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_title_before_a_name_anchors_a_person_and_gives_the_role() -> None:
    found = names_lang.nordic_anchored("Statsminister Ulf Kristersson säger att regeringen ska agera.")
    assert found == [("Ulf Kristersson", "statsminister")]
    found = names_lang.nordic_anchored("Det mener direktør Peter Hansen fra firmaet.")
    assert found == [("Peter Hansen", "direktør")]


def test_reporting_verb_anchors_only_a_run_opening_with_a_given_name() -> None:
    text = "- Det är viktigt, sa Magdalena Andersson. Novo Nordisk siger, at 400 ansatte skal gå."
    assert names_lang.nordic_anchored(text) == [("Magdalena Andersson", None)]


def test_function_words_and_titles_never_open_a_name() -> None:
    """A sentence-opening function word or title is never a name's first word, in any of the three languages."""
    r = names_lang.nordic_rules()
    for word in sorted(r.stop):
        text = f"{word} Jonas Gahr Støre sier at det går bra. Derfor sagde {word} Hansen nej."
        for name, _ in names_lang.nordic_anchored(text):
            assert name.split()[0] not in r.stop, (word, name)
            assert name.split()[0].lower() not in r.titles, (word, name)


def test_public_body_named_by_place_and_head() -> None:
    text = "Det oplyser Københavns Vestegns Politi. I Odense Kommune bor de. Det Politi er her."
    assert orgs_no.find_headed(text) == ["Københavns Vestegns Politi", "Odense Kommune"]


def test_definite_compound_bodies_in_danish_and_swedish() -> None:
    text = (
        "Sundhedsstyrelsen anbefaler det. Skatteverket meddelar att Folkhälsomyndigheten är enig, sade Försvarsmakten."
    )
    found = ["Sundhedsstyrelsen", "Skatteverket", "Folkhälsomyndigheten", "Försvarsmakten"]
    assert orgs_no.find_headed(text) == found
    assert orgs_no.find_headed("Styrelsen har svaret, siger hun.") == []  # the head alone names no body


def test_swedish_story_people_and_bodies_through_enrich(res: entities.EntityResources) -> None:
    text = (
        "Statsminister Ulf Kristersson säger att Skatteverket ska granska saken. "
        "- Det är viktigt, sa Magdalena Andersson på tisdagen."
    )
    assert sorted(_run(text, "sv", res)) == ["Magdalena Andersson", "Ulf Kristersson"]
    assert _run(text, "sv", res, "organisations") == ["Skatteverket"]


def test_ritzau_police_item(corpus: Path, resources: Any) -> None:
    """The Ritzau flash in the NITF mapping fixture ends "Det oplyser Københavns Vestegns Politi."."""
    from tests.unit.test_enrich_entities_review import _records

    records = [
        r for r in _records(corpus, "superdesk-core-fixtures/mapping_test.xml", resources) if r.get("language") == "da"
    ]
    assert records
    assert "Københavns Vestegns Politi" in _names(records[0], "organisations")
    assert _names(records[0], "people") == []


def test_finnish_masthead_by_genitive_and_sanomat() -> None:
    """ "uutisoi Helsingin Sanomat", "Turun Sanomien mukaan": the paper in its base form; a pronoun's genitive
    ("Tämän") names none."""
    from streams.core.enrich import orgs_fi

    text = "Asiasta uutisoi Helsingin Sanomat. Turun Sanomien mukaan asia on selvä. Tämän Sanomat eivät kerro."
    assert orgs_fi.find(text, [], None, frozenset(), []) == ["Helsingin Sanomat", "Turun Sanomat"]
