"""People and organisations, session 19 (ent19): an AP picture's slug is no organisation; a motor-sport series is
an event and its teams are bodies; a firm's short name that is also a surname is the firm; Finnish inflected names
are one person under the base form.

Each class is pinned with the real corpus item that showed it (AP and IPTC picture samples, AAP's finance
schedule, Reuters-21578, STT's NewsML) where the corpus is present, and with counter-cases that run without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import competitions, orgs_acts
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_enrich_entities_review import _records
from tests.unit.test_org15 import _orgs, _run


def _people(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record.get("people", [])]


# -- an AP picture's slug ------------------------------------------------------------------------------------
def test_ap_picture_slug_names_no_body(corpus: Path, resources: Any) -> None:
    """AP's picture "US Paul Simon Poets Society": the headline is the slug (a country code and keywords), which
    gave the organisation "US Paul Simon Poets Society"; the source's person stays."""
    (record,) = _records(corpus, "superdesk-core-fixtures/ap_media_picture.json", resources)
    assert record["slugline"] == "US Paul Simon Poets Society"
    assert not any("Society" in o for o in _orgs(record))
    assert _people(record) == ["Paul Simon"]


def test_slug_line_keeps_bodies_the_caption_names(corpus: Path, resources: Any) -> None:
    """The IPTC AP image "Turkey Islamic State" (slug and headline alike): the caption's "Islamic State group"
    is named outside the slug line too, and stays."""
    (record,) = _records(corpus, "iptc-ninjs/3.0/ap_image.json", resources)
    assert record["slugline"] == "Turkey Islamic State"
    assert "Islamic State group" in _orgs(record)


# -- motor-sport series and teams ----------------------------------------------------------------------------
def test_motogp_is_an_event_its_team_a_body(corpus: Path, resources: Any) -> None:
    """IPTC's image "MotoGP - Spain - Valentino Rossi": "MotoGP" was the organisation and the team "Petronas
    Yamaha SRT" was missed."""
    for rel in ("iptc-ninjs/3.0/imageLinkedRights.json", "iptc-ninjs/2.1/imageEncodedRights.json"):
        (record,) = _records(corpus, rel, resources)
        assert _orgs(record) == ["Petronas Yamaha SRT"], rel
        assert _people(record) == ["Valentino Rossi"]


def test_series_in_other_stories(corpus: Path, resources: Any) -> None:
    """PA's TV listing "MOTORCYCLING: MotoGP, Australian Grand Prix - BT Sport 2": the series is no body, the
    broadcaster is."""
    (record,) = _records(corpus, "superdesk-core-fixtures/pa1.xml", resources)
    assert "MotoGP" not in _orgs(record) and "BT Sport" in _orgs(record)


def test_series_and_teams_by_form() -> None:
    """Series and a series' round are events; a body named after the series is not; a team is a maker with its
    sponsor and team word, the whole capitalised run (a headline's words between two makers are none)."""
    assert competitions.is_competition("MotoGP") and competitions.is_competition("MotoGP Inggris")
    assert competitions.is_competition("Formula One World Championship")
    assert not competitions.is_competition("Formula One Management")
    text = "Marquez of Repsol Honda beat the Ducati Lenovo Team and Red Bull Racing in the MotoGP race."
    assert competitions.racing_teams(text) == ["Repsol Honda", "Ducati Lenovo Team", "Red Bull Racing"]
    assert competitions.racing_teams("Ducati Dibungkam Aprilia di MotoGP Inggris") == []
    assert competitions.racing_teams("Honda Motor Co said its sales rose.") == []  # no series named
    assert competitions.racing_teams("Honda Motor Co at the Japanese Grand Prix") == []


# -- a firm's name that is also a surname --------------------------------------------------------------------
def test_firm_slashing_spending(corpus: Path, resources: Any) -> None:
    """AAP's finance schedule: "PERTH - Santos will slash spending and put assets up for sale": Santos (a surname,
    a Brazilian port) is the firm; the other firms of the schedule stay."""
    (record,) = _records(corpus, "superdesk-core-fixtures/aap-finance1.xml", resources)
    assert "Santos" in _orgs(record) and "Santos" not in _people(record)
    assert "Woodside Petroleum" in _orgs(record)


def test_firm_said_it_acts(corpus: Path) -> None:
    """Reuters-21578: "Albertson's said it plans to open 33 to 35 new stores", "Cybertek said it is forming a
    General Products division", "Ashton-Tate said it intends to file for an offering": each name was a person."""
    for needle, firm in (
        ("Albertson's said it plans", "Albertson's"),
        ("Cybertek said it is forming", "Cybertek"),
        ("Ashton-Tate said it intends", "Ashton-Tate"),
    ):
        record = _reuters_record(corpus, needle)
        assert firm in _orgs(record), needle
        assert not any(firm.removesuffix("'s") == p for p in _people(record)), needle


def test_firm_word_is_no_person(corpus: Path) -> None:
    """Reuters-21578: "Scotty" beside "Scotty's Inc", "Goodrich" beside "B.F. Goodrich Co", "Chesebrough" beside
    "Chesebrough-Pond's Inc" were people: a firm's word, the firm's short name."""
    for needle, word, firm in (
        ("Scotty's Inc said sales", "Scotty", "Scotty's Inc"),
        ("B.F. Goodrich Co said it will phase", "Goodrich", "B.F. Goodrich Co"),
        ("Chesebrough-Pond's Inc, rece", "Chesebrough", "Chesebrough-Pond's Inc"),
    ):
        record = _reuters_record(corpus, needle)
        assert firm in _orgs(record) and word not in _people(record), needle


def test_acting_names_counter_cases(resources: Any) -> None:
    """Only a firm's act with its object counts: a country buying cargoes, a pronoun, a person said "it would"
    and a spokesman's surname after his full name are no firm."""
    assert orgs_acts.acting_names("India bought eight cargoes of white sugar.") == []
    assert orgs_acts.acting_names("Iran reported heavy fighting on both fronts today.") == []
    assert orgs_acts.acting_names("Reagan said it would be a mistake.") == []
    assert orgs_acts.acting_names("It reported 1986 net income of 124.1 mln dlrs.") == ["It"]  # the caller vets
    text = "Spokesman John Kemble said the firm grew. Kemble said it plans to open ten stores."
    assert "Kemble" not in _run(text, "en", resources)
    text = "Japan posted a 5.5 pct increase in exports. It also reported net of 2.8 mln dlrs."
    assert _run(text, "en", resources) == []


# -- Finnish inflected names ---------------------------------------------------------------------------------
def test_finnish_inflected_name_is_one_person(corpus: Path, resources: Any) -> None:
    """STT "Jussi Niinistö: Ylen tiedoissa ...": "Niinistön" (genitive), "Niinistö" and "Jussi Niinistön" are one
    person under the base form; "Sonnisen mukaan" is Jukka Sonninen, never "Sonnisen"."""
    (record,) = _records(corpus, "superdesk-core-fixtures/stt_newsml_note_test.xml", resources)
    people = _people(record)
    assert people.count("Jussi Niinistö") == 1
    assert "Jukka Sonninen" in people and not any(p.startswith("Sonnise") for p in people)
    assert not any(p.endswith("Niinistön") for p in people)


def test_finnish_genitives_under_base_form(corpus: Path, resources: Any) -> None:
    """STT: "Hannakaisa Heikkisen (kesk.) lausumaehdotuksen" is Hannakaisa Heikkinen; "Donald Trumpin kanssa" and
    "Bob Corkerin" are Donald Trump and Bob Corker: no genitive form is a person."""
    (record,) = _records(corpus, "superdesk-core-fixtures/stt_newsml_test.xml", resources)
    assert "Hannakaisa Heikkinen" in _people(record) and "Hannakaisa Heikkisen" not in _people(record)
    (record,) = _records(corpus, "superdesk-core-fixtures/stt_newsml_location_test.xml", resources)
    people = _people(record)
    assert "Donald Trump" in people and "Bob Corker" in people
    assert not any(p.endswith(("Trumpin", "Corkerin", "Obaman")) for p in people)


def test_finnish_allative_with_gradation(corpus: Path, resources: Any) -> None:
    """STT "Vastaamoon kohdistunut tietomurto ...": "Aleksanteri Kivimäelle" (allative, k dropped by consonant
    gradation) is Aleksanteri Kivimäki, the base form the story also writes."""
    (record,) = _records(corpus, "superdesk-core-fixtures/stt_newsml_no_truncated_text_test.xml", resources)
    people = _people(record)
    assert "Aleksanteri Kivimäki" in people and not any(p.endswith("Kivimäelle") for p in people)


def test_finnish_forms_one_person_or_none(resources: Any) -> None:
    """A genitive with its base form in the story is one person under the base ("Sanna Marinin mukaan ... Marin
    kertoi"); a genitive alone, or an allative and a genitive with no base form, is left out: never "Marinin"."""
    texts = {
        "Pääministeri Sanna Marinin mukaan hallitus jatkaa työtään. Marin kertoi asiasta STT:lle.": ["Sanna Marin"],
        "Presidentti Sauli Niinistön mukaan tilanne on vakava.": [],
        "Sanna Marinille esitettiin kysymyksiä. Marinin vastaukset olivat lyhyitä.": [],
    }
    for text, people in texts.items():
        assert _run(text, "fi", resources, "people") == people, text
