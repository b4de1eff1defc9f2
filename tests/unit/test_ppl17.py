"""People, session 17 (ppl17): what an editor's review found wrong or missed.

Each class is pinned with the text of the real corpus item that showed it (ANTARA/CNBC Indonesia RSS rows, dpa's
ninjs 3.0 sample, STT's NewsML abstract fixture), with a counter-case where the rule must stop.
"""

from __future__ import annotations

from typing import Any

from streams.core.enrich import entities, people_shape


def _enrich(text: str, lang: str, resources: Any, headline: str = "") -> dict[str, Any]:
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    if headline:
        article["headline"] = headline
    entities.enrich(article, resources.entities, resources.places)
    return article


def _people(text: str, lang: str, resources: Any, headline: str = "") -> list[str]:
    return [p["name"] for p in _enrich(text, lang, resources, headline).get("people", [])]


def test_brand_glued_before_a_name_is_the_firm(resources: Any) -> None:
    """ANTARA RSS (antara-id-rss): "Senior Vice President AutoFlight Jia Xie (Kellen) menilai ...": the firm's
    one-word brand, a capital inside it, stands between the title and the person. The person is "Jia Xie", the
    firm an organisation."""
    text = "Senior Vice President AutoFlight Jia Xie (Kellen) menilai Indonesia memiliki peluang besar."
    article = _enrich(text, "id", resources)
    assert [p["name"] for p in article.get("people", [])] == ["Jia Xie"]
    assert "AutoFlight" in [o["name"] for o in article.get("organisations", [])]


def test_name_particle_is_no_brand() -> None:
    """A capital inside a name after its particle ("McDonald", "DeSantis") or a given name is no brand; nor a
    run of two words, where nothing is left for a name."""
    given = frozenset({"Ron", "John"})
    assert people_shape.brand_front(["AutoFlight", "Jia", "Xie"], given)
    assert not people_shape.brand_front(["McDonald", "Jia", "Xie"], given)
    assert not people_shape.brand_front(["DeSantis", "Ron", "Smith"], given)
    assert not people_shape.brand_front(["AutoFlight", "Xie"], given)
    assert not people_shape.brand_front(["AutoFlight", "XIE", "Jia"], given)


def test_title_case_headline_words_are_no_name(resources: Any) -> None:
    """CNBC Indonesia (antara-id-rss): "Mobil Listrik Kian Berkuasa, Geely Raja Jalanan Baru-Laku 197.500 Unit"
    gave the person "Jalanan Baru-Laku" (after "Raja", king): road, newly sold, every word an everyday word and
    written only on the title-case headline. A name the prose writes too stays."""
    headline = "Mobil Listrik Kian Berkuasa, Geely Raja Jalanan Baru-Laku 197.500 Unit"
    body = "Persaingan otomotif China semakin ketat, dengan Geely menjadi merek terlaris."
    assert "Jalanan Baru-Laku" not in _people(body, "id", resources, headline)
    everyday = frozenset({"jalanan", "baru", "laku", "raja"})
    assert people_shape.headline_phrase(["Jalanan", "Baru-Laku"], frozenset(), everyday.__contains__)
    assert not people_shape.headline_phrase(["Jalanan", "Baru-Laku"], frozenset({"Jalanan"}), everyday.__contains__)
    assert not people_shape.headline_phrase(["Jalanan", "Prihadi"], frozenset(), everyday.__contains__)


def test_german_club_demonym_before_a_name(resources: Any) -> None:
    """dpa (ninjs 3.0 sample): "nach dem Schuss des Schalkers Breel Embolo" (Schalke's player) missed Embolo:
    no given name on the list, and "Schalkers" is no title. A "-er" noun of a club or town the story names
    anchors the name; a plain "-er" noun ("Bauer") whose stem the story does not name does not."""
    text = (
        "Borussia Dortmund hat gegen den FC Schalke 04 gespielt. In der konkreten Situation trifft der Ball nach "
        "dem Schuss des Schalkers Breel Embolo den Dortmunder Abwehrspieler Weigl klar an der linken Hand."
    )
    assert "Breel Embolo" in _people(text, "de", resources)
    text = "Auf dem Hof des Bauers Breel Embolo wurde am Montag gefeiert."
    assert "Breel Embolo" not in _people(text, "de", resources)
    # GermEval 2014 (dev): an everyday noun after the demonym is no name; nor a hyphened one
    text = "Die Ausgaben für das Gebäude der Schweizer Architekten Herzog & de Meuron steigen um 209 Millionen Euro."
    assert not any("Architekten" in p for p in _people(text, "de", resources))
    text = "Im Vorprogramm traten die Wuppertaler Lokal-Matadoren Sundealers auf, die 30 Minuten lang spielten."
    assert not any("Sundealers" in p for p in _people(text, "de", resources))


def test_finnish_pair_joined_to_a_named_person(resources: Any) -> None:
    """STT (NewsML abstract fixture): "Hjallis Harkimo ja Mikael Jungner ovat perustamassa ..." gave Jungner
    only: "Hjallis" is a by-name, no given name. Joined by "ja" to a person read by a given name, a pair of
    nominative words is a person too; an inflected pair ("Helsingin Sanomat" reads as the genitive) is not."""
    text = (
        "Hjallis Harkimo ja Mikael Jungner ovat perustamassa uutta poliittista liikettä perinteisiä puolueita "
        "haastamaan, uutisoi Helsingin Sanomat."
    )
    people = _people(text, "fi", resources)
    assert "Hjallis Harkimo" in people and "Mikael Jungner" in people
    text = "Helsingin Sanomat ja Mikael Jungner kertoivat asiasta."
    assert "Helsingin Sanomat" not in _people(text, "fi", resources)
