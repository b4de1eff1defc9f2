"""Subjects, session 17 (issue #15, branch subjy17). (1) A sport-led story that gives a death toll ("Tewaskan 8
Penonton") is a fatal accident at a sport event: the accident leads and a police inquiry beside it stands; a sport
story without victims counted stays sport. (2) "kekerasan" (violence) is no evidence of war, as "violence" is not
in English: a forensic exhumation and a threat of violence are no conflict, nor is "main perang-perangan" (playing
at war) in a police story; a story with the conflict's own words (Gaza, the West Bank, a civil war) keeps it. (3) A
country's debt in its own phrases ("Third World debt", "utang pemerintah") is economy: a finance minister's debt
talks are economy as well as politics; one debt phrase alone is no topic. Real corpus items (skipped without the
corpus) and their real lines where the rule matters without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_enrich_subjects import URI, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA

CRIME, DISASTER, ECONOMY = URI.format("02000000"), URI.format("03000000"), URI.format("04000000")
POLITICS, SPORT, CONFLICT = URI.format("11000000"), URI.format("15000000"), URI.format("16000000")

DRAG_HEAD = "Drag Race Maut Kotamobagu Tewaskan 8 Penonton, Polisi Periksa Pembalap Tian Ngantung"
DRAG_SUMMARY = (
    "Polres Kotamobagu telah memeriksa Tian Ngantung pembalap Mc Joe yang terlibat drag race maut hingga tewaskan "
    "8 penonton."
)
EXHUMATION_HEAD = "Ekshumasi Selesai, Tak Ada Bekas Luka Kekerasan di Tubuh Sutrimo"
EXHUMATION_SUMMARY = (
    "Ekshumasi jenazah Sutrimo di Banyumas selesai. Tim forensik tidak menemukan adanya tanda kekerasan."
)


def _teaser(resources, headline: str, summary: str) -> dict:
    return _run(resources.subjects, headline, "", "id", descriptions=[{"role": "summary", "value": summary}])


def _codes(article: dict) -> list[str]:
    return [s["uri"] for s in article.get("subjects", ())]


# --- (1) a death toll at a sport event is an accident ---


def test_a_fatal_race_is_an_accident_first(resources) -> None:
    codes = _codes(_teaser(resources, DRAG_HEAD, DRAG_SUMMARY))
    assert codes[0] == DISASTER
    assert CRIME in codes  # the police question the racer
    assert SPORT in codes  # the race is still where it happened


def test_a_fatal_race_in_the_corpus(corpus: Path) -> None:
    codes = _uris(_row(corpus, ANTARA, "Tewaskan 8 Penonton"))
    assert codes[0] == DISASTER and CRIME in codes


def test_a_score_is_no_toll(resources) -> None:
    # the race's own lines with the toll taken out: sport only, as before
    head = "Drag Race Kotamobagu, Polisi Periksa Pembalap Tian Ngantung"
    summary = "Polres Kotamobagu telah memeriksa Tian Ngantung pembalap Mc Joe yang terlibat drag race."
    assert DISASTER not in _codes(_teaser(resources, head, summary))


# --- (2) violence in a crime story is no war ---


def test_an_exhumation_is_no_conflict(resources) -> None:
    codes = _codes(_teaser(resources, EXHUMATION_HEAD, EXHUMATION_SUMMARY))
    assert codes == [CRIME]


# --- (3) debt talks are economy ---


def test_one_debt_phrase_is_no_topic(resources) -> None:
    # the one line of the Reuters story that names Third World debt: one phrase, one piece of evidence
    body = (
        "They said the Funaro and Stoltenberg discussed Third World debt in general but declined to give further "
        "details."
    )
    assert ECONOMY not in _codes(_run(resources.subjects, "Funaro in Bonn", body))


@pytest.mark.parametrize(
    ("source", "needle", "present", "absent"),
    [
        # (1) a referee beaten by players and spectators: no deaths counted, no accident
        (ANTARA, "Wasit di Bogor Dikeroyok", (), (DISASTER,)),
        # (2) a celebrity's "ancaman kekerasan" (a threat of violence)
        (ANTARA, "Citra Anidya Bersuara Ngaku Dapat Ancaman Kekerasan", (), (CONFLICT,)),
        # (2) "main perang-perangan" (playing at war) with a toy pistol: a police story ("perang-perangan": neutral)
        (ANTARA, "ODGJ Main Perang-perangan", (CRIME,), (CONFLICT,)),
        # (2) guards: violence beside the conflict's own words, and a civil war
        (ANTARA, "Krisis Air Gaza dan Kekerasan di Tepi Barat", (CONFLICT,), ()),
        (ANTARA, "Perang Saudara Negara Arab, Kuburan Massal Ditemukan", (CONFLICT,), ()),
        # (3) Brazil's finance minister on Third World debt with Stoltenberg; the government's debt figures
        ("reuters", "met West German Finance Minister", (ECONOMY,), ()),
        (ANTARA, "Utang Pemerintah Tembus Rp 10.000 Triliun", (ECONOMY,), (POLITICS,)),
    ],
)
def test_topics_of_corpus_items(
    corpus: Path, source: str, needle: str, present: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    codes = _uris(_row(corpus, source, needle))
    assert all(code in codes for code in present)
    assert not any(code in codes for code in absent)
