"""Things published as people or organisations that are neither (session 13, fixo13): a long title-case
sub-headline read as running text ("Gauge Vinyl Model Built"), an exercise named by its editions as an
organisation (TT's "Aurora": "militärövningen Aurora 2020 ... Aurora 23"), a company named by a Nordic adjective as
a person ("oplyser Novo Nordisk"). Each class with a counter-case that shows where it stops; real corpus items
where the corpus is present."""

from __future__ import annotations

from pathlib import Path

from streams.core.enrich import entities, names_lang
from tests.unit.test_enrich_entities_review import _article, _names, _records


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_long_title_case_line_is_a_title_line_when_it_shows_lower_case_joins() -> None:
    sub = (
        "With a Year's Worth of Lunch Combos Starting at $6.99, New 62-Inch, 12-Gauge Vinyl Model Built to"
        " Endure Even More Mundane Work Situations"
    )
    assert entities._title_line(sub)
    sheet = (
        "Neuer, Lahm, Boateng, Hummels, Alaba, Kimmich, Martinez, Schweinsteiger, Robben, Ribery, Mueller,"
        " Lewandowski, Goetze, Kroos, Reus"
    )
    assert not entities._title_line(sheet)  # a team sheet's names: no joins, not a headline
    prose = "The company said on Tuesday that its sales rose by a third in the year to March, helped by exports."
    assert not entities._title_line(prose)


def test_long_sub_headline_gives_no_person(res: entities.EntityResources) -> None:
    text = (
        "Lunch Taking a Toll? Let Applebee's Industrial Strength Lunch Decoy Stand In\n\n"
        "With a Year's Worth of Lunch Combos Starting at $6.99, New 62-Inch, 12-Gauge Vinyl Model Built to"
        " Endure Even More Mundane Work Situations\n\n"
        "The company unveiled the decoy this week, said Mike Archer, its chief marketing officer."
    )
    people = _run(text, "en", res)
    assert not any("Gauge" in p or "Vinyl" in p for p in people)
    assert "Mike Archer" in people


def test_name_followed_by_its_editions_is_no_body() -> None:
    text = (
        "Pandemin satte stopp för militärövningen Aurora 2020. Aurora 2023 kommer att genomföras som Aurora 20"
        " var tänkt, säger kommunikationschef för Aurora 23."
    )
    assert entities._edition_only("Aurora", text)
    # a firm's one year throughout, a firm by its legal form, a body once without a year: bodies all
    assert not entities._edition_only("Comalco", "Comalco 1986 net profit rose. Comalco 1986 sales fell.")
    assert not entities._edition_only("Heineken N.V.", "Heineken N.V. 1986 year. Heineken N.V. 1985 year.")
    assert not entities._edition_only("Nato", "Nato 2020 var stor. Nato 2023 blir större. Nato säger nej.")
    assert not entities._edition_only("Alcoa", "Alcoa 2.5 billion dlrs. Alcoa 20% lower.")
    scores = "Real Madrid 83 - Estudiantes 73. Real Madrid 80 - Estudiantes 77. Estudiantes 76 - Real Madrid 74."
    assert not entities._edition_only("Real Madrid", scores)  # results, not editions
    assert not entities._edition_only("Granollers", "1958-59 Granollers 1959-60 Granollers 1960-61 Granollers 1961")


def test_tt_exercise_tag_is_dropped_through_the_pipeline(corpus: Path, resources: object) -> None:
    for name in ("iptc-ninjs/3.0/tt_text_image_3.json", "iptc-ninjs/2.1/tt_text_image_2.json"):
        for record in _records(corpus, name, resources):
            orgs = _names(record, "organisations")
            assert "Aurora" not in orgs
            assert "Försvarsmakten" in orgs


def test_businesswire_sub_headline_through_the_pipeline(corpus: Path, resources: object) -> None:
    records = _records(corpus, "iptc-ninjs/NewsML/businesswire-newsml-20130731006140.xml", resources)
    people = [p for r in records for p in _names(r)]
    assert "Mike Archer" in people
    assert not any("Gauge" in p for p in people)


def test_company_named_by_a_nordic_adjective_is_no_person(res: entities.EntityResources) -> None:
    text = (
        "Den danske medicinalgigant skal sige farvel til 400 ansatte. Det oplyser Novo Nordisk i en meddelelse."
        " Selskabet har haft et godt år, oplyser Novo Nordisk. Det siger Lars Fisk fra fagforeningen."
    )
    people = _run(text, "da", res)
    assert "Novo Nordisk" not in people
    assert "Lars Fisk" in people  # a given name opens it: a person, whatever the surname's ending


def test_nordic_people_keeps_given_name_runs() -> None:
    class P:
        def __init__(self, name: str) -> None:
            self.name = name
            self.roles: list[str] = []

    kept = names_lang.nordic_people([P("Norsk Hydro"), P("Anna Dansk"), P("Svenska Dagbladet")])  # type: ignore[list-item]
    assert [p.name for p in kept] == ["Anna Dansk"]


def test_of_one_word_firm_is_no_part_of_the_person(res: entities.EntityResources) -> None:
    """Reuters 1987: "Analyst Rosemarie Morbelli of Ingalls and Snyder said ...": the person is "Rosemarie
    Morbelli"; "Snyder" after "of Ingalls and" closes the firm's name, no person."""
    text = (
        "ChemLawn could try to find a white knight. Analyst Rosemarie Morbelli of Ingalls and Snyder said"
        " ServiceMaster Companies L.P. or Rollins Inc were examples of companies that could be interested."
    )
    people = _run(text, "en", res)
    assert "Rosemarie Morbelli" in people
    assert not any("Ingalls" in p or p == "Snyder" for p in people)
    # an everyday word either side keeps one thing's name whole
    assert "Bells Line" not in _run("People on Bells Line of Road were told to leave, police said.", "en", res)


def test_gerund_opening_a_longer_title_is_no_person(res: entities.EntityResources) -> None:
    text = "The two-day Tackling Doping in Sport Conference took place at Twickenham Stadium on Wednesday."
    assert "Tackling Doping" not in _run(text, "en", res)
    assert entities._gerund_title("Tackling Doping", text, frozenset())
    # a mention that stands alone is a name; "Sterling" as a given name is one
    other = "Sterling Marlin of Columbia said he would race. Sterling Marlin won on Sunday."
    assert not entities._gerund_title("Sterling Marlin", other, frozenset())
    assert not entities._gerund_title(
        "Sterling Marlin", "Sterling Marlin of Columbia said so.", frozenset({"Sterling"})
    )


def test_simple_event_title_through_the_pipeline(corpus: Path, resources: object) -> None:
    records = _records(corpus, "iptc-ninjs/3.0/simpleEvent.json", resources)
    assert records
    assert not any("Tackling" in p for r in records for p in _names(r))
