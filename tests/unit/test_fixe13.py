"""People names the rules cut, glued or missed (session 13, fixe13): "Dan" opening an English name, an
Indonesian occupation noun opening a sentence before a name, and two titles joined in apposition. Each class is
pinned with the text of the real corpus item that showed it (a Reuters story, headlines and teasers of
ANTARA/Liputan6 RSS rows) and a counter-case where the rule stops."""

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
    player) gives neither "Kesayangan Donald Trump" nor a Donald Trump who is a player."""
    assert _run("Bos Danantara Tekankan BUMN Jangan Cuma Jadi Pemain Lokal", "id", res) == []
    assert _run("Davina Karamoy Rasakan Jadi Pelari Kalcer", "id", res) == []
    text = "Skuad Tottenham Kian Mewah, Pemain Kesayangan Donald Trump Beri Lampu Hijau ke Spurs"
    article = _article(text, "id")
    entities.enrich(article, res)
    assert not any("Kesayangan" in name for name in _names(article))
    assert not any(r["role"].startswith("Pemain") for r in article["ext"].get("roles", []))


def test_two_titles_in_apposition(res: entities.EntityResources) -> None:
    """ "TWA said the offer was made in a letter to Edmin Colodny, chairman and president of USAir": a name
    whose given name is misspelt is anchored by the title after it, and two joined titles were not read."""
    text = "TWA said the offer was made in a letter to Edmin Colodny, chairman and president of USAir."
    assert _run(text, "en", res) == ["Edmin Colodny"]
    text = "TWA said the offer was made in a letter to Edmin Colodny and the board of USAir."
    assert _run(text, "en", res) == []


def test_occupation_role_is_the_occupation(res: entities.EntityResources) -> None:
    """The role published with a name after an occupation is the occupation ("Pengusaha", businessman), not
    the headline's words before it ("Penyanyi India Sukriti Kakar Dilamar Pengusaha")."""
    article = _article("Penyanyi India Sukriti Kakar Dilamar Pengusaha Shoumik Shetty di Tengah Jalan", "id")
    entities.enrich(article, res)
    roles = {r["name"]: r["role"] for r in article["ext"].get("roles", [])}
    assert roles.get("Shoumik Shetty") == "Pengusaha"
