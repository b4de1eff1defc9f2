"""Places, session 16 ‡ (issue #15, branch cur16): a currency phrase names no country in any supported language
("miliar dolar AS", "dólares estadounidenses", "US-Dollar"). The wording is that of real corpus items (ANTARA's
trade figures; Reuters' "9,995,000 dlr U.S. Navy contract", where the rule must not fire).
"""

from __future__ import annotations

from streams.core.enrich import places


def _places(resources, text: str, language: str = "en") -> tuple[list[str], list[str]]:
    """The place names and ``ext.countries`` of a headline-only story."""
    article = {"language": language, "headlines": [{"role": "main", "value": text}], "bodies": [], "ext": {}}
    places.enrich(article, resources.places)
    return [p["name"] for p in article.get("places", [])], article["ext"].get("countries") or []


def test_a_currency_before_its_country_names_no_country(resources) -> None:
    # antara-csv_26.csv: Indonesia's exports, counted in US dollars
    names, countries = _places(resources, "Nilai ekspor perdagangan RI Januari-Juni capai 140,81 miliar dolar AS", "id")
    assert "Amerika Serikat" not in names and "US" not in countries
    assert "ID" in countries
    names, countries = _places(resources, "Eksport Malaysia mencecah 10 bilion dollar AS tahun ini", "ms")
    assert "US" not in countries and "MY" in countries


def test_other_languages_currency_phrases(resources) -> None:
    for text, language in (
        ("Las exportaciones subieron a 5.000 millones de dólares estadounidenses en Chile", "es"),
        ("Die Exporte stiegen auf fünf Milliarden US-Dollar in Chile", "de"),
        ("Les exportations ont atteint 5 milliards de dollars américains au Chili", "fr"),
    ):
        assert _places(resources, text, language)[1] == ["CL"], text


def test_the_country_itself_still_counts(resources) -> None:
    # the rule must not fire: the US as a trade partner, and the English adjective "dlr" before a US body
    assert _places(resources, "Ekspor ke AS turun 5 persen pada Juni", "id")[1] == ["US"]
    names, _ = _places(resources, "Dynamics Research gets a 9,995,000 dlr U.S. Navy contract")
    assert "United States" in names


# superdesk aap-finance1.xml (AAP Finance Wire, Perth): East Timor's gas, and AAP's slug for a story to come
AAP = (
    "PERTH - East Timor's new Prime Minister has rejected Woodside Petroleum's plan to process gas offshore, "
    "leaving the $17 billion Sunrise project dead in the water.(TIMOR AUST to come)"
)


def test_a_town_before_a_project_noun_is_the_project(resources) -> None:
    names, _ = _places(resources, AAP)
    assert "Sunrise" not in names and "Timor-Leste" in names
    # must not fire: a town before other words, and a well-known city's project in its own country
    assert "Sunrise" in _places(resources, "Police in Sunrise, Florida, arrested two men on Monday")[0]
    assert "Houston" in _places(resources, "The Houston project in Texas was approved by the city council")[0]


def test_an_agency_slug_names_no_place(resources) -> None:
    assert "Timor" not in _places(resources, AAP)[0]
    # must not fire: the island named in running text
    assert "Timor" in _places(resources, "Fishermen from the island of Timor were rescued by the Indonesian navy")[0]
