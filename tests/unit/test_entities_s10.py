"""People and organisations, session 10 (issue #15 item 3, review seed 63378): names cut or garbled, firms by
their part in a deal after the name, units of one group, species and sentence openers that are no people;
each class pinned with the real corpus item that showed it and a small text written for the test."""

from __future__ import annotations

from pathlib import Path

from streams.core.enrich import entities
from tests.unit.test_enrich_entities_review import _article, _names
from tests.unit.test_entities_s9 import _reuters_record


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_plural_possessive_inside_a_body(
    corpus: Path, pipeline_resources: object, res: entities.EntityResources
) -> None:
    """ "The Federation of Bankers' Associations of Japan": a plural possessive before a body's head word is part
    of the name (not `Federation of Bankers`); a firm's possessive before another name is not."""
    article = _reuters_record(corpus, "JAPANESE FINANCIAL FUTURES PLAN REVEALED", pipeline_resources)
    orgs = _names(article, "organisations")
    assert "Federation of Bankers' Associations of Japan" in orgs and "Federation of Bankers" not in orgs, orgs
    orgs = _run(
        "The National Coffee Roasters' Association met. Salomon Brothers' Capital unit rose.",
        "en",
        res,
        "organisations",
    )
    assert "National Coffee Roasters' Association" in orgs and not [o for o in orgs if "Capital" in o], orgs


def test_a_legal_form_alone_is_no_organisation(corpus: Path, pipeline_resources: object) -> None:
    """ "its remaining South African business, Norton co Pty Ltd": the cut `Pty Ltd` names nothing."""
    article = _reuters_record(corpus, "Norton co Pty Ltd", pipeline_resources)
    orgs = _names(article, "organisations")
    assert "Pty Ltd" not in orgs and "Norton" in orgs, orgs


def test_co_manager_named_before_its_part(res: entities.EntityResources) -> None:
    """ "Merrill Lynch Capital Markets co-managed the deal": a firm by its part in a deal, after its name; a
    person who "co-led the talks" is none."""
    orgs = _run(
        "Salomon Brothers Inc was lead manager. Merrill Lynch Capital Markets co-managed the deal.",
        "en",
        res,
        "organisations",
    )
    assert "Merrill Lynch Capital Markets" in orgs, orgs
    assert "Smith" not in _run("The company said Smith co-led the talks on Monday.", "en", res, "organisations")


def test_second_unit_of_a_group(res: entities.EntityResources) -> None:
    """ "two major units - Samsung Heavy Industries and Samsung Engineering": listed beside a company of the same
    group name, a name is a company too; given names and places are no group's."""
    text = (
        "It scrapped a merger between two major units - Samsung Heavy Industries and Samsung Engineering - last week."
    )
    assert "Samsung Engineering" in _run(text, "en", res, "organisations")
    text = "Chairman Peter Brown and Peter Smith, his deputy, said the Brown Group and Peter Smith agreed."
    assert "Peter Smith" not in _run(text, "en", res, "organisations")


def test_species_is_no_person(res: entities.EntityResources) -> None:
    """ANTARA's "Fakta menarik penemuan Rafflesia Hasseltii": a genus and its epithet (a capital in a headline)
    name a flower; a Japanese surname of the same ending stays a person."""
    text = (
        "Fakta menarik penemuan Rafflesia Hasseltii langka di Sumatera Barat\n\n"
        "Penemuan bunga Rafflesia Hasseltii di Sumatera."
    )
    assert "Rafflesia Hasseltii" not in _run(text, "id", res)
    text = "Pelatih Kenta Fujii mengatakan timnya siap. Fujii menambahkan bahwa latihan berjalan baik."
    assert "Kenta Fujii" in _run(text, "id", res)


def test_everyday_word_before_a_given_name(res: entities.EntityResources) -> None:
    """ANTARA's teaser "Profil Sari Yuliati pengganti Mukhtarudin ... Nama Sari Yuliati tengah menjadi sorotan": the
    opener ("Profil", "Nama") is no part of the name, and the two mentions confirm Sari Yuliati."""
    text = (
        "Profil Sari Yuliati pengganti Mukhtarudin sebagai sekretaris F-Golkar di DPR\n\n"
        "Nama Sari Yuliati tengah menjadi sorotan publik karena dirinya kini ditetapkan sebagai Sekretaris Fraksi."
    )
    people = _run(text, "id", res)
    assert "Sari Yuliati" in people and not [p for p in people if p.startswith(("Profil", "Nama"))], people


def test_armed_service_as_actor(res: entities.EntityResources) -> None:
    """Reuters' "The Army said it will renegotiate a 400 mln dlr contract with ITT Corp": the service is the
    sentence's actor, under the name the text gives; a nation's name is not added, and a found "U.S. Army" stays
    one entry."""
    orgs = _run(
        "The Army said it will renegotiate a contract with ITT Corp. The Army said tests went well.",
        "en",
        res,
        "organisations",
    )
    assert "Army" in orgs and "U.S. Army" not in orgs, orgs
    orgs = _run("The U.S. Army said it will renegotiate. The Army said tests went well.", "en", res, "organisations")
    assert orgs.count("U.S. Army") == 1 and "Army" not in orgs, orgs


def test_outlet_a_speaker_told(corpus: Path, pipeline_resources: object, res: entities.EntityResources) -> None:
    """dpa: "sagte der frühere Top-Referee Kinhöfer der «Bild am Sonntag»": the newspaper a speaker told is an
    organisation; a book title in guillemets is none."""
    from tests.unit.test_entities_precision import _process

    [article] = _process(corpus, "iptc-ninjs/2.1/dpa_text.json", pipeline_resources)
    assert "Bild am Sonntag" in _names(article, "organisations")
    text = "Er sagte dem „Spiegel“, dass alles gut sei. Sie las das Buch «Der Zauberberg»."
    orgs = _run(text, "de", res, "organisations")
    assert "Spiegel" in orgs and "Der Zauberberg" not in orgs, orgs


def test_opener_of_a_thing_named_after_a_person(res: entities.EntityResources) -> None:
    """ "tiba di Bandara Ben Gurion", "di Masjid Nurul Huda": the head word is the airport's or mosque's, so the
    name after it is no person; "St Louis Merchants Exchange" keeps its "St"."""
    assert "Ben Gurion" not in _run("Aktivis itu hilang usai tiba di Bandara Ben Gurion. Ia diduga ditahan.", "id", res)
    assert "Nurul Huda" not in _run("Djumari wafat saat tadarus di Masjid Nurul Huda, Semarang.", "id", res)
    orgs = _run("The St Louis Merchants Exchange said prices rose.", "en", res, "organisations")
    assert "St Louis Merchants Exchange" in orgs, orgs


def test_joint_venture_partners(corpus: Path, pipeline_resources: object, res: entities.EntityResources) -> None:
    """AAP's "its joint venture with the French energy giant Total, called Samsung Total": the partner described
    by its trade and the venture named after "called" are firms; a given name after "called" is none."""
    from tests.unit.test_entities_precision import _process

    [article] = _process(corpus, "superdesk-core-fixtures/aap-finance.xml", pipeline_resources)
    orgs = _names(article, "organisations")
    assert {"Total", "Samsung Total", "Samsung Engineering"} <= set(orgs), orgs
    assert "John Smith" not in _run("A joint venture called John Smith said.", "en", res, "organisations")
