"""People, session 15 (ppl15): recall on fresh draws.

Each class is pinned with the text of the real corpus item that showed it (ANTARA/CNN Indonesia/Tempo rows,
Reuters-21578), with a counter-case where the rule must stop.
"""

from __future__ import annotations

import json
from importlib import resources as ilr
from typing import Any

from streams.core.enrich import entities, names_east_asian


def _people(text: str, lang: str, resources: Any) -> list[str]:
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    entities.enrich(article, resources.entities, resources.places)
    return [p["name"] for p in article.get("people", [])]


def test_world_given_name_confirms_an_unanchored_name(resources: Any) -> None:
    """CNN Indonesia teaser (antara-id-rss): "ditelepon Barack Obama, Jumat (7/8)" has no title and no "said":
    only a known given name confirms it, and "Barack" was not one. The tennis story's "Roland Garros" (a
    tournament) stays out: that given name is left out of the list on purpose."""
    text = (
        "Setelah menang dalam pemilu pendahuluan, kandidat Senat AS dari Partai Demokrat di Michigan, "
        "Abdul El Sayed, ditelepon Barack Obama, Jumat (7/8)."
    )
    assert "Barack Obama" in _people(text, "id", resources)
    text = (
        "Petenis Spanyol itu telah memastikan posisi unggulan kedua di Roland Garros setelah meraih gelar, "
        "di mana ia mengalahkan Jannik Sinner di final."
    )
    assert "Roland Garros" not in _people(text, "id", resources)


def test_world_given_names_are_no_everyday_words_or_places(resources: Any) -> None:
    """The hand list must hold no word of the common-word lists and no place of the gazetteer: either would
    turn a title-case phrase or a street into a person."""
    data = json.loads(ilr.files("streams").joinpath("data/given_names_world.json").read_text(encoding="utf-8"))
    common = set().union(*resources.entities.common_words.values())
    bad = [
        name
        for name in data["given_names"]
        if name.lower() in common or resources.places.is_place(name, "en") or resources.places.is_place(name, "id")
    ]
    assert bad == []


def test_korean_names_whole_not_their_pieces(resources: Any) -> None:
    """Tempo teasers: "JUNG Hae In dan Ha Young akan membintangi ..." gave no person, "Jung Hae In hingga Jang
    Won Young Isi Suara ..." the piece "Jung Hae"; "Kim Jong Un" came out as "Jong Un". A Korean surname and two
    given-name syllables make the whole name."""
    text = "JUNG Hae In dan Ha Young akan membintangi drama komedi romantis Netflix berjudul Lovestuck."
    assert "Jung Hae In" in _people(text, "id", resources)
    text = "Jung Hae In hingga Jang Won Young Isi Suara Film Animasi Korea Agami, Tayang September"
    people = _people(text, "id", resources)
    assert "Jung Hae In" in people and "Jang Won Young" in people and "Jung Hae" not in people
    people = _people("Pemimpin Korea Utara Kim Jong Un bertemu Presiden Rusia di Vladivostok.", "id", resources)
    assert "Kim Jong Un" in people and "Jong Un" not in people


def test_east_asian_shape_stops_at_places_and_words(resources: Any) -> None:
    """ "Hong Kong" is a Korean surname and a syllable, and a place: no person. A surname before an everyday
    word is no name either."""
    assert _people("Bursa saham Hong Kong dan Seoul melemah pada Senin.", "id", resources) == []
    assert not names_east_asian.pinyin_given("Market")
    assert names_east_asian.pinyin_given("Jinping") and names_east_asian.pinyin_given("Shibiao")


def test_chinese_name_by_its_pinyin_shape(resources: Any) -> None:
    """reut2-000: "China's commercial counsellor in its Washington embassy, Chen Shibiao, who said": a Chinese
    surname and a two-syllable pinyin given name."""
    text = (
        "The paper also printed an article by China's commercial counsellor in its Washington embassy, "
        'Chen Shibiao, who said that "all kinds of difficulties and restrictions" were preventing trade.'
    )
    assert "Chen Shibiao" in _people(text, "en", resources)


def test_title_keeps_a_name_whose_first_word_is_an_everyday_word(resources: Any) -> None:
    """ANTARA: "Seorang oknum pengacara Bangun Paulus Tudungta ...": "Bangun" (to wake) is an everyday word, but
    after the title "pengacara" it is the name's own first word. Without a title the opener is still cut."""
    text = "Seorang oknum pengacara Bangun Paulus Tudungta mulai menjalani sidang perdana kasus dugaan pemerasan."
    assert _people(text, "id", resources) == ["Bangun Paulus Tudungta"]
    text = "Profil Sari Yuliati, anggota DPR yang dilantik pekan lalu."
    assert "Profil Sari Yuliati" not in _people(text, "id", resources)


def test_given_name_splits_a_person_of_a_firm(resources: Any) -> None:
    """reut2-000: "..., Shigeki Matsumoto of Nikko Securities Co Ltd, said." was one organisation; "Yutaka
    Hashimoto general manager of Nippon Life Insurance Co told ..." no person. A known given name makes the
    first a person of the firm and confirms the second."""
    text = (
        "Japan's net buying in overseas stockmarkets this year may double, Shigeki Matsumoto of Nikko Securities "
        "Co Ltd, said. Yutaka Hashimoto general manager of Nippon Life Insurance Co told an economic conference "
        "that insurance companies hold a lopsided proportion of U.S. Treasuries."
    )
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": "en", "ext": {}}
    entities.enrich(article, resources.entities, resources.places)
    people = [p["name"] for p in article.get("people", [])]
    orgs = [o["name"] for o in article.get("organisations", [])]
    assert "Shigeki Matsumoto" in people and "Yutaka Hashimoto" in people
    assert "Nikko Securities Co Ltd" in orgs


def test_building_and_gate_are_no_persons(resources: Any) -> None:
    """Canadian Press (superdesk handle_invalid_fields): "their Rideau Cottage home", "Thomas Gate — a secondary
    entrance" were published as people. A name ending in a building's or a gate's word is none; a surname that is
    also such a word ("Hall") is not on the list, and a title still anchors a person."""
    text = (
        "Neither Trudeau nor his family were at their Rideau Cottage home when the incident occurred. He drove "
        "through Thomas Gate, a secondary entrance. Deputy RCMP Commissioner Mike Duheme said the gate was shut."
    )
    people = _people(text, "en", resources)
    assert "Rideau Cottage" not in people and "Thomas Gate" not in people
    assert "Mike Duheme" in people
