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


# iptc-newsml-g2 LISTING_4 (an AFP video item): its script as the parser lays it out, a shot code opening each line
_SHOTLIST = (
    "SHOTLIST: KUWAIT. JANUARY 30, 2014.\n\nVAR inside the conference room\n\nVAR of Ban Ki-moon\n\n"
    "MS of King Abdullah II of Jordan\n\nMS of Michel Sleiman, president of Lebanon\n\n"
    "MS of Tunisian president Moncef Marzouki\n\nSOUNDBITE 1 - Amir Hussein Abdullahian (man), Iranian foreign "
    "ministry's undersecretary for Arab and African affairs (Farsi, 10 sec): \"Those who send arms to Syria are "
    'behind the daily killings there."'
)


def test_shot_list_codes_hide_no_names(resources: Any) -> None:
    """ "VAR of Ban Ki-moon", "MS of Michel Sleiman, president of Lebanon": with the code the line read as a
    title-case line (every word capitalised or short), where an unanchored name is no evidence; both were lost.
    Written the same raw ("-VAR of Ban Ki-moon -MS of ..."), the codes joined the runs."""
    people = _people(_SHOTLIST, "en", resources)
    for name in ("Ban Ki-moon", "Michel Sleiman", "Moncef Marzouki"):
        assert name in people
    raw = " ".join(_SHOTLIST.split()).replace(" VAR ", " -VAR ").replace(" MS ", " -MS ")
    people = _people(raw, "en", resources)
    for name in ("Ban Ki-moon", "Michel Sleiman", "Moncef Marzouki"):
        assert name in people


def test_shot_codes_only_in_a_video_script(resources: Any) -> None:
    """Without a shot list's marks the codes are left alone: "MS" stays whatever the copy makes of it."""
    assert entities._without_shot_codes("VAR of Ban Ki-moon") == "VAR of Ban Ki-moon"
    assert entities._without_shot_codes("SHOTLIST:\nVAR of Ban Ki-moon").endswith("shot of Ban Ki-moon")


# antara-id-rss (CNN Indonesia teaser row, 11 Aug 2026): "PM Malaysia Anwar Bakal Pantau Sidang soal Haji usai Operasi"
_PM_ANWAR = (
    "PM Anwar Ibrahim akan tetap memantau sidang khusus soal laporan Komisi Penyelidikan Kerajaan (RCI) soal "
    "pengelolaan tabungan calon jemaah haji."
)


def test_pm_is_a_title_before_a_name(resources: Any) -> None:
    """ "PM Anwar Ibrahim akan ...": "PM" (prime minister) was no title head, so the run "PM Anwar Ibrahim" held
    an acronym and no name was read unless a verb of saying followed. A clock's "PM" stays no title."""
    assert _people(_PM_ANWAR, "id", resources) == ["Anwar Ibrahim"]
    assert _people("PM Anwar Ibrahim will monitor the special session.", "en", resources) == ["Anwar Ibrahim"]
    assert _people("The market closed at 4 PM Friday and reopened at 9 AM Monday.", "en", resources) == []
