"""People, session 14 (name14): names no title of their own anchors, vouched for by their sentence.

Each class is pinned with the text of the real corpus item that showed it (a Tempo film story in
``antara-id-fulltext-pwlScrapping``, an ANTARA RSS row), with counter-cases where the rule must stop: a body, a
club, a team or a product in the same place is no person.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from streams.core.enrich import entities, people_shape
from tests.unit.test_enrich_entities_review import _article, _names, _records, _rss_row

_MADONNA = (
    "Serial yang akan digarap ini tidak terkait dengan film Madonna sebelumnya yang dibuat di Universal Pictures "
    "dengan pemeran Julia Garner. Madonna juga ikut menulis dua draf naskah film tersebut dengan pemenang Oscar "
    "Diablo Cody dan Cressida Wilson mengenai periode-periode besar dalam kehidupan kreatifnya."
)


def _run(text: str, lang: str, resources: Any, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, resources.entities, resources.places)
    return _names(article, field)


def test_award_winner_is_a_person(resources: Any) -> None:
    """ "pemenang Oscar Diablo Cody" (Oscar winner D.C.): the award is no part of the name and says what a title
    would; neither "Diablo" nor "Cressida" is a given name the list knows."""
    people = _run(_MADONNA, "id", resources)
    assert "Diablo Cody" in people
    assert not any(name.startswith("Oscar") for name in people)
    text = "Ia bertemu peraih Nobel Perdamaian Malala Yousafzai di Jakarta, Senin."
    assert _run(text, "id", resources) == ["Malala Yousafzai"]


def test_award_before_reads_only_an_award_after_a_winner_word() -> None:
    assert people_shape.award_before(("Oscar", "Diablo", "Cody"), "pemenang") == 1
    assert people_shape.award_before(("Nobel", "Perdamaian", "Malala", "Yousafzai"), "peraih") == 2
    assert people_shape.award_before(("Oscar", "Diablo", "Cody"), "dengan") == 0  # no winner word: a given name
    assert people_shape.award_before(("Oscar", "Pistorius"), "pemenang") == 0  # too short to hold a name after it
    assert people_shape.award_before(("Golden", "Globe", "Awards"), "pemenang") == 0


def test_pair_after_a_title_shares_it(resources: Any) -> None:
    """ "... Diablo Cody dan Cressida Wilson": the second of a pair the title anchors is a person too ("Wilson" is
    also a town, "wilson" an English list word). A team, a body or a firm after "dan"/"and" stays out."""
    assert "Cressida Wilson" in _run(_MADONNA, "id", resources)
    text = "The script was written with screenwriter Diablo Cody and Cressida Wilson, he said."
    assert _run(text, "en", resources) == ["Diablo Cody", "Cressida Wilson"]
    text = "Latihan dipimpin pelatih Shin Tae-yong dan Timnas Indonesia tiba di Jakarta pada Senin."
    assert _run(text, "id", resources) == ["Shin Tae-yong"]
    text = "Chairman Roger Smith and General Motors agreed on the plan, the union said."
    assert _run(text, "en", resources) == ["Roger Smith"]
    text = "The deal was signed by president John Akers and Barry Citrus Products last week."
    assert "Barry Citrus Products" not in _run(text, "en", resources)


def test_passive_agent_is_a_person(resources: Any) -> None:
    """ "Gugatan itu dilayangkan oleh Subhan Palal yang menganggap DPR ..." (the suit was filed by S.P., who
    ...): "oleh ... yang" frames a doer. A body, a club or a product there is refused by its words."""
    text = (
        "Gugatan itu dilayangkan oleh Subhan Palal yang menganggap DPR tidak menggunakan haknya atas persoalan "
        "latar belakang pendidikan Gibran"
    )
    assert "Subhan Palal" in _run(text, "id", resources)
    assert _run("Laporan disampaikan oleh Bank Indonesia yang mencatat inflasi.", "id", resources) == []
    assert _run("Gol dicetak oleh Persib Bandung yang unggul sejak babak pertama.", "id", resources) == []
    assert _run("Aplikasi itu dikembangkan oleh Google Maps yang populer.", "id", resources) == []


def test_corpus_film_story(corpus: Path, resources: Any) -> None:
    """The whole Tempo file through the pipeline: both writers of the Madonna film story are its people."""
    records = _records(corpus, "antara-id-fulltext-pwlScrapping/all_news.json", resources)
    story = next((r for r in records if "Cressida" in str(r.get("bodies", ""))), None)
    assert story is not None
    people = _names(story)
    assert {"Diablo Cody", "Cressida Wilson", "Julia Garner"} <= set(people)
    assert "Universal Pictures" not in people


def test_corpus_rss_passive_agent(corpus: Path, resources: Any) -> None:
    record = _rss_row(corpus, "oleh Subhan Palal yang", resources)
    assert "Subhan Palal" in _names(record)


def test_stop_word_given_name_inside_a_titled_run(resources: Any) -> None:
    """ "Senator Bill Bradley (Democrat) of New Jersey said ..." (reut2-001): "Bill" (a law) and "Dan" are stop
    words, so the run was cut there and the senator lost; between a title and a surname they are given names.
    A bill's own name stays no person."""
    text = (
        'Senator Bill Bradley (Democrat) of New Jersey said the administration would "remain under a cloud" '
        "until several key figures in the scandal have told the whole truth."
    )
    assert _run(text, "en", resources) == ["Bill Bradley"]
    text = "House Ways and Means Committee Chairman Dan Rostenkowski said he opposed the tax."
    assert _run(text, "en", resources) == ["Dan Rostenkowski"]
    assert _run("The Senate Bill Committee met on Monday to study the measure.", "en", resources) == []


def test_everyday_word_and_plural_is_no_person(resources: Any) -> None:
    """ "... the controversial anti-missile defense system known as "Star Wars." ... wider "Star Wars" testing"
    (reut2-002) published a person "Star Wars": an everyday word and a plural noun whose singular is an everyday
    word name a thing. Surnames in the plural's shape keep their person ("Roberts": "Robert" is a given name)."""
    text = (
        "A senior Defense Department official said he believed President Reagan has decided against an early "
        'deployment of the controversial anti-missile defense system known as "Star Wars." But the official, '
        "Assistant Defense Secretary Richard Perle, told a luncheon Reagan could decide within a few weeks to "
        'adopt a less restrictive interpretation to justify a move towards wider "Star Wars" testing.'
    )
    assert "Star Wars" not in _run(text, "en", resources)
    assert "Richard Perle" in _run(text, "en", resources)
    assert _run("Analyst Tom Roberts said so. Roberts added that rates would rise.", "en", resources) == ["Tom Roberts"]
    en = resources.entities.common_words["en"]
    given = resources.entities.given_names
    assert people_shape.plural_thing(["Star", "Wars"], given, en)
    assert not people_shape.plural_thing(["Tom", "Roberts"], given, en)
