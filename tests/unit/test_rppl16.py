"""People, session 16 (rppl16): two classes of error found on a fresh review draw (seed 617992).

Each class is pinned with the text of the real corpus item that showed it, with a counter-case where the rule must
stop.
"""

from __future__ import annotations

from typing import Any

from streams.core.enrich import entities


def _people(text: str, lang: str, resources: Any) -> list[str]:
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    entities.enrich(article, resources.entities, resources.places)
    return [p["name"] for p in article.get("people", [])]


def _orgs(text: str, lang: str, resources: Any) -> list[str]:
    article: dict[str, Any] = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}}
    entities.enrich(article, resources.entities, resources.places)
    return [o["name"] for o in article.get("organisations", [])]


# Reuters-21578 reut2-000 #202 ("FED DATA SUGGEST STABLE U.S. MONETARY POLICY")
_REUTERS_202 = (
    '"For the time being, the Fed is following a neutral path, with fed funds at about six to 6-1/8 pct," '
    'said Darwin Beck of First Boston Corp. "I expect it to continue in that vein."'
)


def test_given_name_that_is_a_town_before_a_firm(resources: Any) -> None:
    """ "said Darwin Beck of First Boston Corp": "Darwin" is a town, so the name was refused and the whole span
    became one organisation. A given name that is also a town, before a surname that is neither a town nor an
    everyday word, is a person's."""
    assert "Darwin Beck" in _people(_REUTERS_202, "en", resources)
    orgs = _orgs(_REUTERS_202, "en", resources)
    assert "First Boston Corp" in orgs
    assert not any("Darwin" in o for o in orgs)


def test_town_given_name_before_an_everyday_word_stays_a_place(resources: Any) -> None:
    """The town reading stays where the next word is an everyday word ("Darwin Harbour", "Orlando Airport")."""
    text = "The ship docked in Darwin Harbour on Monday, and the flight landed at Orlando Airport."
    people = _people(text, "en", resources)
    assert not any(name.startswith(("Darwin", "Orlando")) for name in people)


# antara-id-rss (CNN/ANTARA teaser row, 12 Aug 2026): "Menhaj: Penyelenggaraan haji nonkuota harus punya kepastian visa"
_MENHAJ = (
    "Menteri Haji dan Umrah Mochammad Irfan Yusuf menegaskan penyelenggaraan haji nonkuota (di luar haji "
    "reguler dan khusus) ..."
)


def test_portfolio_with_an_honorific_word_before_and(resources: Any) -> None:
    """ "Menteri Haji dan Umrah Mochammad Irfan Yusuf": "Haji" is an honorific, so "Menteri Haji" read as a
    title and a name, the run was cut at "dan", and two people came out ("Haji", "Umrah Mochammad Irfan
    Yusuf"). An honorific alone after a title is the portfolio's first word."""
    assert _people(_MENHAJ, "id", resources) == ["Mochammad Irfan Yusuf"]


def test_title_and_name_before_and_still_cut(resources: Any) -> None:
    """A title and a real name before "and"/"dan" still end the piece: two things, not one portfolio."""
    assert "Reagan" in _people("President Reagan and Chrysler Corp agreed on Monday.", "en", resources)
    people = _people("Presiden Prabowo dan Menteri Keuangan Purbaya Yudhi Sadewa hadir di Jakarta.", "id", resources)
    assert "Prabowo" in people
    assert "Purbaya Yudhi Sadewa" in people
