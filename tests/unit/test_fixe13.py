"""People names the rules cut, glued or missed (session 13, fixe13): "Dan" opening an English name, an
Indonesian occupation noun opening a sentence before a name, and an everyday Indonesian word opening a line
glued to what follows. Each class is pinned with the text of the real corpus item that showed it (a Reuters
story, headlines and teasers of ANTARA/Liputan6 RSS rows) and a counter-case where the rule stops."""

from __future__ import annotations

from streams.core.enrich import entities
from tests.unit.test_enrich_entities_review import _article, _names


def _run(text: str, lang: str, res: entities.EntityResources, field: str = "people") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_dan_opens_an_english_name(res: entities.EntityResources) -> None:
    """ "Dan Kaakebeen a spokesman for the Dutch salvage firm Smit International told Reuters": "Dan" is a stop
    word only because Indonesian writes "dan" (and), so English copy gave "Kaakebeen" alone; Indonesian copy
    still reads a sentence-opening "Dan" as the conjunction."""
    text = (
        "It said the vessel had capsized after a collision but gave no more details.\n"
        "Dan Kaakebeen a spokesman for the Dutch salvage firm Smit International told Reuters by telephone "
        "from Rotterdam that the vessel was lying on its side."
    )
    assert "Dan Kaakebeen" in _run(text, "en", res)
    assert "Kaakebeen" not in _run(text, "en", res)
    text = "Harga cabai naik pekan ini. Dan Kementerian Perdagangan belum memberi penjelasan."
    assert not any(name.startswith("Dan ") for name in _run(text, "id", res))


def test_occupation_noun_opening_a_sentence(res: entities.EntityResources) -> None:
    """ "Petarung Indonesia Bilal Hasan mendapatkan tiket ke Ultimate Fighting Championship (UFC)": a fighter,
    the noun capitalised because it opens the teaser (it was read lower case only), so the name was missed."""
    text = (
        "Menang TKO 45 detik di DWCS, Bilal Hasan dapatkan tiket ke UFC\n"
        "Petarung Indonesia Bilal Hasan mendapatkan tiket ke Ultimate Fighting Championship (UFC) setelah ia "
        "menang TKO 45 detik ..."
    )
    assert _run(text, "id", res) == ["Bilal Hasan"]


def test_occupation_noun_before_headline_words(res: entities.EntityResources) -> None:
    """A title-case headline writes everyday words capitalised after the occupation: "Jadi Pemain Lokal" (a
    local player) and "Pelari Kalcer" name no one, and "Pemain Kesayangan Donald Trump" (Trump's favourite
    player) names Donald Trump, not "Kesayangan Donald Trump"."""
    assert _run("Bos Danantara Tekankan BUMN Jangan Cuma Jadi Pemain Lokal", "id", res) == []
    assert _run("Davina Karamoy Rasakan Jadi Pelari Kalcer", "id", res) == []
    text = "Skuad Tottenham Kian Mewah, Pemain Kesayangan Donald Trump Beri Lampu Hijau ke Spurs"
    assert _run(text, "id", res) == ["Donald Trump"]


def test_everyday_word_opening_a_line_is_no_name_part(res: entities.EntityResources) -> None:
    """ "Mengenal NewJeans: Profil, prestasi, dan konflik yang terjadi" above "Sejak debutnya pada Juli 2022,
    NewJeans menjadi fenomena global": "mengenal" (getting to know) opens the headline, capitalised only there,
    and was published with "NewJeans" as the person "Mengenal NewJeans"; the teaser names the band without it.
    A name whose first word is an everyday one ("bintang", star) stays whole where the story writes it whole."""
    text = (
        "Mengenal NewJeans: Profil, prestasi, dan konflik yang terjadi\n"
        "Sejak debutnya pada Juli 2022, NewJeans menjadi fenomena global yang memberi warna baru di industri K-Pop."
    )
    assert "Mengenal NewJeans" not in _run(text, "id", res)
    text = "Bintang Emon Unggah Video Baru\nKomika Bintang Emon mengunggah video itu di Instagram, Senin."
    assert _run(text, "id", res) == ["Bintang Emon"]
