"""People, session 14 (ppl14): what a name's own words say it is not (``people_shape``) and titles that anchor one.

Each class is pinned with the text of the real corpus item that showed it (Reuters-21578 briefs, ANTARA/CNN
Indonesia RSS rows, an AP agate table), with a counter-case where the rule must stop.
"""

from __future__ import annotations

from pathlib import Path

from streams.core.enrich import entities, people_shape
from tests.unit.test_enrich_entities_review import _article, _names, _records


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_firm_named_by_its_trade_is_no_person(res: entities.EntityResources) -> None:
    """ "... by the Florida Citrus Mutual, ..., Alcoma Packing Co, Inc, and Barry Citrus Products." (reut2-002)
    published a person "Barry Citrus Products"; "Italy's Gruppo Ferruzzi" one "Gruppo Ferruzzi". Each is a firm:
    it moves to the organisations. A person beside them stays one."""
    text = (
        "A complaint was filed on behalf of U.S. growers by the Florida Citrus Mutual, a Lakeland, Fla., group, "
        "Alcoma Packing Co, Inc, and Barry Citrus Products. Agriculture Secretary Richard Lyng said he was pleased."
    )
    article = _article(text, "en")
    entities.enrich(article, res)
    assert _names(article) == ["Richard Lyng"]
    assert "Barry Citrus Products" in _names(article, "organisations")
    text = (
        "The government blocked bids from Italy's Gruppo Ferruzzi and Britain's Tate & Lyle Plc, "
        "minister Paul Channon said."
    )
    assert "Gruppo Ferruzzi" not in _run(text, "en", res)


def test_firm_piece_is_not_added_as_an_organisation(res: entities.EntityResources) -> None:
    """ "Canadian Pacific Air Lines said ..." gave a person "Air Lines": a piece of a firm the story names whole is
    dropped, not published as a second organisation."""
    text = (
        "Pacific Western acquired Canadian Pacific Air Lines Ltd last December. Canadian Pacific Air Lines said "
        "president and chief executive Donald Carty resigned last week."
    )
    article = _article(text, "en")
    entities.enrich(article, res)
    assert "Air Lines" not in _names(article)
    assert "Air Lines" not in _names(article, "organisations")


def test_chief_executive_anchors_a_name(res: entities.EntityResources) -> None:
    """ "appointed president and chief executive Rhys Eaton as chairman" (reut2-000): a lower-case two-word title
    anchors a name whose given name the list does not know, as "president" alone already did."""
    text = (
        "Pacific Western said it appointed president and chief executive Rhys Eaton as chairman and chief "
        "executive in the new management structure, and Murray Sigler as president."
    )
    assert "Rhys Eaton" in _run(text, "en", res)
    text = "It said TWA general counsel Mark Buckstein would refile."
    assert _run(text, "en", res) == ["Mark Buckstein"]


def test_agate_team_code_is_cut(res: entities.EntityResources) -> None:
    """ "Yelich Mil 79 296 66 97 .328" in an AP batting table: a surname and the team's code, not "Yelich Mil"."""
    text = (
        "NATIONAL LEAGUE\n\nG AB R H Pct.\n\nMcNeil NYM 72 271 37 95 .351\n\nBellinger LAD 82 295 67 102 .346\n\n"
        "Yelich Mil 79 296 66 97 .328\n\nFreeman Atl 85 337 63 104 .309\n"
    )
    people = _run(text, "en", res)
    assert "Yelich Mil" not in people and "Freeman Atl" not in people
    assert people_shape.agate_team_code(["Yelich", "Mil"], text)
    assert not people_shape.agate_team_code(["Kim", "Min"], "Kim Min said the talks would go on.")


def test_english_runs_holding_more_than_a_name(res: entities.EntityResources) -> None:
    """ "said analyst Phil Pace of Kidder, Peabody and Co" gave "Phil Pace of Kidder"; "Although Volcker's
    statement ..." gave "Although Volcker"; "Kyle of Lochalsh" (a town) gave a person."""
    text = '"It sounds like Baker wants it," said analyst Phil Pace of Kidder, Peabody and Co.'
    assert "Phil Pace" in _run(text, "en", res)
    assert "Phil Pace of Kidder" not in _run(text, "en", res)
    common = res.common_words["en"]
    assert people_shape.before_of("Kyle of Lochalsh", common, res.given_names) is None
    assert people_shape.before_of("Holders of Hughes", common, res.given_names) is None
    assert people_shape.after_comma("Director General, Olivier Niggli") == "Olivier Niggli"
    assert people_shape.after_comma("Clifford L. Alexander, Jr") == "Clifford L. Alexander, Jr"
    assert people_shape.after_comma("Vice-President, Yang") is None


def test_indonesian_headline_word_is_no_name(res: entities.EntityResources) -> None:
    """ "Pimpinan DPR Digugat ke PN Jakarta Pusat ..." (Tribunnews RSS): "Digugat" (sued) after the title
    "Pimpinan DPR" was a person; a title-case headline's lone word the prose never writes is none. A name the
    prose repeats stays."""
    text = (
        "Pimpinan DPR Digugat ke PN Jakarta Pusat Gara-gara Persoalan Pendidikan Gibran Rakabuming Raka\n"
        "Gugatan itu dilayangkan oleh Subhan Palal yang menganggap DPR tidak menggunakan haknya."
    )
    assert "Digugat" not in _run(text, "id", res)
    text = "Bupati Harda Kiswaya Resmikan Pasar Baru\nBupati Harda Kiswaya meresmikan pasar itu pada Senin."
    assert _run(text, "id", res) == ["Harda Kiswaya"]


def test_indonesian_title_glued_before_a_name(res: entities.EntityResources) -> None:
    """ANTARA/CNN teasers: "Kombes Pol Warsono" gave "Pol Warsono", "Mensesneg Prasetyo Hadi umumkan ..." the
    minister's short title glued to his name, "PM Takaichi sebut ..." one "PM Takaichi". A "Men-" verb of the
    language ("Mengenal", knowing) is no minister's title."""
    text = "Kombes Pol Warsono resmi dipercaya sebagai Kapolresta Batang setelah meniti karier di berbagai jabatan."
    assert "Warsono" in _run(text, "id", res)
    assert "Pol Warsono" not in _run(text, "id", res)
    text = "Mensesneg Prasetyo Hadi umumkan pembentukan tim lintas kementerian untuk menyelesaikan masalah agraria."
    assert "Mensesneg Prasetyo Hadi" not in _run(text, "id", res)
    everyday = lambda low: low in res.common_words["id"]  # noqa: E731
    assert people_shape.id_title_front(["PM", "Takaichi"], res.given_names, everyday)
    assert not people_shape.id_title_front(["Mengenal", "NewJeans"], res.given_names, everyday)


def test_corpus_brief_firms(corpus: Path, resources: object) -> None:
    """The whole Reuters file through the pipeline (parse, agency copy, enrich): the firms are no people."""
    for record in _records(corpus, "reuters21578/reut2-002.sgm", resources):
        assert "Barry Citrus Products" not in _names(record)
        assert "Gruppo Ferruzzi" not in _names(record)


def test_given_name_that_is_a_town(res: entities.EntityResources, resources: object) -> None:
    """ "and Murray Sigler as president. Sigler was previously ..." (reut2-000): "Murray" is also a town, so the
    confirmed full name was refused; before a surname that is no town and no everyday word it is a given name.
    "Victoria Station" stays no person."""
    places = resources.places  # type: ignore[attr-defined]
    text = "Pacific Western said it appointed Murray Sigler as president. Sigler was previously president of the unit."
    article = _article(text, "en")
    entities.enrich(article, res, places)
    assert _names(article) == ["Murray Sigler"]
    article = _article("He flew to Victoria Station and Austin Texas. Station staff said.", "en")
    entities.enrich(article, res, places)
    assert _names(article) == []


def test_english_title_in_indonesian_copy_is_no_person(res: entities.EntityResources) -> None:
    """ANTARA teasers: "Velvet Summer", "Stranger Things", "Ask Maps" were people; a run with no given name that
    ends in an English everyday word is a title or a product. A singer so named after her occupation stays
    ("penyanyi Audy Item"), and so does a suffix ("Lamont Roach Jr")."""
    en, id_ = res.common_words["en"], res.common_words["id"]
    assert people_shape.english_thing(["Stranger", "Things"], res.given_names, en, id_)
    assert not people_shape.english_thing(["Stuart", "Price"], res.given_names, en, id_)
    assert not people_shape.english_thing(["Roach", "Jr"], res.given_names, en, id_)
    text = "Kabar duka datang dari pasangan penyanyi Audy Item dengan Iko Uwais."
    assert "Audy Item" in _run(text, "id", res)
