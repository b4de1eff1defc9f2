"""People, session 17 (ini17): whole names with initials, and names an editor found missed.

Each class is pinned with the words of the real corpus item that showed it (Reuters-21578, dpa's two-by-line
fixture, ANTARA/detik RSS rows, IPTC's NewsML-G2 sports sample), with a case where the rule must not fire.
"""

from __future__ import annotations

from typing import Any

from streams.core.enrich import entities, people_shape


def _people(text: str, lang: str, resources: Any, headline: str = "") -> list[str]:
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    if headline:
        article["headline"] = headline
    entities.enrich(article, resources.entities, resources.places)
    return [p["name"] for p in article.get("people", [])]


def test_initials_after_a_title_open_the_name(resources: Any) -> None:
    """reut2-002 #988: "Bangladesh Commerce Minister M.A. Munim" gave "Munim" (the initials went into the role),
    "Commerce Secretary A.B.M. Ghulam Mostafa" gave "Ghulam Mostafa"."""
    text = (
        "Most commodity agreements are close to collapse and the debt problem continues to weigh heavily on "
        "developing countries, Bangladesh Commerce Minister M.A. Munim told officials from 30 Asian countries.\n"
        "Commerce Secretary A.B.M. Ghulam Mostafa said the officials would discuss issues relating to financial "
        "resources."
    )
    names = _people(text, "en", resources)
    assert "M.A. Munim" in names and "A.B.M. Ghulam Mostafa" in names, names
    assert "Munim" not in names and "Ghulam Mostafa" not in names


def test_dotted_country_after_a_title_stays_in_the_role(resources: Any) -> None:
    """Dotted letters that spell a place or a body ("U.S.", "U.N.") are no one's initials."""
    names = _people("Deputy Secretary U.N. Smith met the delegates on Tuesday, officials said.", "en", resources)
    assert not any(n.startswith("U.N.") for n in names), names
    assert people_shape.name_initials("A.B.M.") and not people_shape.name_initials("USA")


def test_sentence_opening_pair_kept_whole_by_its_apposition(resources: Any) -> None:
    """dpa two-by-line (superdesk fixture): "Samson Ebukam, an edge rusher who scored ..." opens a paragraph, and
    "Ebukam" recurs alone: the pair was cut to "Ebukam" as if "Samson" opened the sentence."""
    text = (
        "Samson Ebukam, an edge rusher who scored both Rams defensive TDs, put a hit on Chiefs quarterback "
        "Patrick Mahomes.\n\nGo with Aaron Donald and Ebukam as co-winners for defense.\n\n"
        "Twice he whipped guard Cameron Erving to cause a fumble, one that Ebukam returned for his first touchdown."
    )
    names = _people(text, "en", resources)
    assert "Samson Ebukam" in names and "Ebukam" not in names, names


def test_sentence_opener_without_apposition_still_cut() -> None:
    """reut2-000 #301: "Thre Wallenbergs paid Nobel Industrier ..." (a typo of "The"): nothing shows the first
    word is a given name, so the old cut stands."""
    text = "The Wallenberg group fought back a bid.\n\nThre Wallenbergs paid Nobel Industrier about 20 pct more."
    assert not people_shape.whole_at_opening(text, "Thre Wallenbergs")
    assert people_shape.whole_at_opening("It was led by Dr. LeRoy Pesch, the principal owner.", "LeRoy Pesch")


def test_body_of_the_dead_names_a_person(resources: Any) -> None:
    """detik RSS (antara-id-rss 1097): "Ekshumasi jenazah Sutrimo di Banyumas selesai": the exhumed man, named
    after "jenazah" (the body of), was missed."""
    summary = "Ekshumasi jenazah Sutrimo di Banyumas selesai. Tim forensik tidak menemukan adanya tanda kekerasan."
    headline = "Ekshumasi Selesai, Tak Ada Bekas Luka Kekerasan di Tubuh Sutrimo"
    assert "Sutrimo" in _people(summary, "id", resources, headline)
    # a place after the same word is no person: "jenazah korban di Banyumas"
    assert "Banyumas" not in _people("Jenazah korban dimakamkan di Banyumas, kata polisi.", "id", resources)


def test_occupation_after_a_name_qualifies_it(resources: Any) -> None:
    """Tribunnews RSS (antara-id-rss 1846): "memeriksa Tian Ngantung pembalap Mc Joe": the racer is Tian
    Ngantung; "Mc Joe" after the occupation is what qualifies it (his team), not a second person."""
    text = "Polres Kotamobagu telah memeriksa Tian Ngantung pembalap Mc Joe yang terlibat drag race maut."
    headline = "Drag Race Maut Kotamobagu Tewaskan 8 Penonton, Polisi Periksa Pembalap Tian Ngantung"
    names = _people(f"{headline}\n\n{text}", "id", resources)
    assert "Tian Ngantung" in names and "Mc Joe" not in names, names
    # the occupation opening the sentence, after a capitalised opener: the name after it stays
    text = "Pasangan musisi Faishal Tanjung dan Nadin Amizah sudah setahun menikah."
    assert "Faishal Tanjung" in _people(text, "id", resources)
    assert not people_shape.name_ends_at("Asisten pelatih Chelsea", len("Asisten"))


def test_town_named_speaker_of_a_quotation(resources: Any) -> None:
    """reut2-001 #211: "Cardenas said ..." and '..., cut our jugular vein," Cardenas said.': the speaker of the
    story's only quote is also a Cuban town, and was missed."""
    text = (
        "Cardenas said these countries apparently fail to understand the true impact of such a failure.\n"
        '"In Colombia\'s case, we watch with consternation that countries seek to cut our jugular vein," '
        "Cardenas said."
    )
    assert "Cardenas" in _people(text, "en", resources)
    # written where a place stands: no person
    text = 'Prices rose in Cardenas last week.\n"It is a good year," Cardenas said.'
    assert not people_shape.quoted_speaker(text, "Cardenas")


def test_firm_short_name_speaking_is_no_person(resources: Any) -> None:
    """reut2-000 #696: bullion bankers "Samuel Montagu and Co Ltd", then '...," Montagu said': the firm."""
    text = (
        "Currency fluctuations may reassert their influence, bullion bankers Samuel Montagu and Co Ltd said.\n"
        '"The market should be approached cautiously," Montagu said.'
    )
    assert "Montagu" not in _people(text, "en", resources)


def test_possessive_pronoun_confirms_a_name(resources: Any) -> None:
    """IPTC NewsML-G2 sports sample: "On Sunday, Livan Hernandez threw his first complete game in almost two
    years": an unknown given name, one mention, was left unconfirmed."""
    text = (
        "On Sunday, Livan Hernandez threw his first complete game in almost two years to lead the Diamondbacks "
        "to an 8-4 win over the Astros."
    )
    assert "Livan Hernandez" in _people(text, "en", resources)
    # a preposition before "his" tells nothing; a firm owns with "its"
    assert not people_shape.possessive_subject("Smith Barney and his partners agreed.", "Smith Barney")
    assert not people_shape.possessive_subject("Acme Widgets raised its dividend.", "Acme Widgets")
