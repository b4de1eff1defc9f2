"""People and organisations, session 12 second round (fixo12): bodies named by a head, "for"/"of"/"on" and a
field; a company mistaken for a person by its legal form; a descriptor glued to a name at a sentence start;
reference rates that are no bodies; one name spelt two ways. Each class is pinned with a short text written
after the Reuters or NTB item that showed it, and with a counter-case that shows where it stops."""

from __future__ import annotations

from streams.core.enrich import entities
from tests.unit.test_enrich_entities_review import _article, _names


def _run(text: str, res: entities.EntityResources, field: str = "organisations", lang: str = "en") -> list[str]:
    article = _article(text, lang)
    entities.enrich(article, res)
    return _names(article, field)


def test_body_head_for_or_on_and_its_field(res: entities.EntityResources) -> None:
    """ "International Network for Hate Studies" gave a person "Hate Studies"; "Center for Strategic and
    International Studies", "Presidential Commission on Good Government" were missed or cut at the head. "on"
    joins only after a body head: "Reuters on Monday" stays two things."""
    text = "Researchers at the International Network for Hate Studies said the rise in attacks was sharp."
    assert _run(text, res) == ["International Network for Hate Studies"]
    assert _run(text, res, "people") == []
    text = "Analysts at the Center for Strategic and International Studies said the talks had stalled."
    assert _run(text, res) == ["Center for Strategic and International Studies"]
    text = "The Presidential Commission on Good Government said it had seized the shares."
    assert _run(text, res) == ["Presidential Commission on Good Government"]
    text = "General Motors Corp on Monday said sales fell."
    assert _run(text, res) == ["General Motors Corp"]


def test_a_legal_form_ends_no_persons_name(res: entities.EntityResources) -> None:
    """ "owned jointly by (Dumez S.A.) and (Unicorp Canada Corp)" published "Dumez S.A." as a person."""
    text = "Dumez is a private company owned jointly by (Dumez S.A.) and (Unicorp Canada Corp)."
    assert "Dumez S.A." in _run(text, res)
    assert _run(text, res, "people") == []
    text = "Kees Visser, chairman of Ruth B.V., said the sale was agreed."
    assert "Ruth B.V." not in _run(text, res, "people")


def test_descriptor_glued_to_a_name_at_a_sentence_start(res: entities.EntityResources) -> None:
    """ "Investor Sumner Redstone said": the person is Sumner Redstone; a two-word name keeps its words."""
    text = "Investor Sumner Redstone said on Tuesday he would sell shares in Viacom Inc."
    assert _run(text, res, "people") == ["Sumner Redstone"]


def test_reference_rates_are_no_bodies(res: entities.EntityResources) -> None:
    """ "40 basis points over three-month LIBOR": a rate; the bank that sets a rate still is a body."""
    text = "The notes pay 40 basis points over three-month LIBOR, said Kidder, Peabody and Co Inc."
    assert "LIBOR" not in _run(text, res)


def test_one_name_spelt_two_ways(res: entities.EntityResources) -> None:
    """Umlauts written out or not, British or American spelling, "the" or not: one entry (a person's first
    spelling, an organisation's longest). Two different names stay two."""
    text = (
        "The Organization of Petroleum Exporting Countries met on Monday in Vienna. "
        "The Organisation of the Petroleum Exporting Countries did not comment."
    )
    assert _run(text, res) == ["Organisation of the Petroleum Exporting Countries"]
    text = "Thomas Mueller of Bayern Munich scored twice. Thomas Müller said the win was deserved."
    assert _run(text, res, "people") == ["Thomas Mueller"]
    text = "Thomas Mueller of Bayern Munich scored twice. Gerd Muller said the win was deserved."
    assert _run(text, res, "people") == ["Thomas Mueller", "Gerd Muller"]


def test_spelling_key() -> None:
    assert entities.spelling_key("Müller") == entities.spelling_key("Mueller")
    assert entities.spelling_key("Société Générale") == entities.spelling_key("Societe Generale")
    assert entities.spelling_key("Muller") != entities.spelling_key("Mueller")


def test_known_short_form_beside_its_full_name(res: entities.EntityResources) -> None:
    """dpa: "Borussia Dortmund" and "im BVB-Strafraum" gave both; the short form stands for the club. Alone
    it is still named."""
    text = "Der Trainer von Borussia Dortmund regte sich auf. Handspiel durch Julian Weigl im BVB-Strafraum."
    assert _run(text, res, lang="de") == ["Borussia Dortmund"]
    assert _run("Handspiel durch Julian Weigl im BVB-Strafraum.", res, lang="de") == ["BVB"]


def test_possessive_pronoun_opening_a_line_is_no_body(res: entities.EntityResources) -> None:
    """AP "10 Things to Know": "Your daily look at late-breaking news" gave an organisation "Your"."""
    text = "By The Associated Press\n   Your daily look at late-breaking news and the stories of the day."
    assert "Your" not in _run(text, res)


def test_two_firms_joined_by_and(res: entities.EntityResources) -> None:
    """ "underwriters led by Robinson-Humphrey Co Inc and PaineWebber Group Inc" was one name; a partnership
    with one legal form ("Morgan Stanley and Co Inc") stays one."""
    text = "The offering is led by Robinson-Humphrey Co Inc and PaineWebber Group Inc, the company said."
    assert _run(text, res) == ["Robinson-Humphrey Co Inc", "PaineWebber Group Inc"]
    assert _run("Merrill Lynch said Morgan Stanley and Co Inc was the lead manager.", res) == [
        "Morgan Stanley and Co Inc",
        "Merrill Lynch",
    ]


def test_indonesian_government_short_head() -> None:
    """ "Pemprov Banten" and "Pemerintah Provinsi Banten" are one government; another province is not."""
    assert entities.spelling_key("Pemprov Banten") == entities.spelling_key("Pemerintah Provinsi Banten")
    assert entities.spelling_key("Pemkot Surabaya") == entities.spelling_key("Pemerintah Kota Surabaya")
    assert entities.spelling_key("Pemprov Banten") != entities.spelling_key("Pemerintah Provinsi Bali")


def test_two_firms_in_the_sources_own_name(res: entities.EntityResources) -> None:
    """Reuters marks a ticker after a run ("... led by Robinson-Humphrey Co Inc and PaineWebber Group Inc
    <PWJ>"): the parser's one name is two firms, the ticker the second's."""
    article = _article("Shares are offered through underwriters led by Robinson-Humphrey Co Inc and others.", "en")
    article["organisations"] = [
        {"name": "Robinson-Humphrey Co Inc and PaineWebber Group Inc", "symbols": [{"symbol": "PWJ"}]}
    ]
    entities.enrich(article, res)
    assert article["organisations"][:2] == [
        {"name": "Robinson-Humphrey Co Inc"},
        {"name": "PaineWebber Group Inc", "symbols": [{"symbol": "PWJ"}]},
    ]


def test_network_or_center_of_is_no_body_head(res: entities.EntityResources) -> None:
    """ "Network", "Center" name a body before "for"/"on"; before "of" they named a programme ("a Network of
    Excellence") and a cut name ("Center of Reform" of "... on Economics")."""
    assert _run("A Network of Excellence for rare diseases was set up in Brussels.", res) == []
