"""Subjects, session 14 (issue #15, branch tunes14): a student is who acts, like an office ("Korban Masih
Pelajar" in a road accident); "mogok" alone is a stalled vehicle as often as a strike; captivity and supply words
name their topics; a source's nameless Subject Codes stand, when its text names some of them, only for those.
Real corpus items (skipped without the corpus), each rule with a case where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_enrich_subjects import URI, _from_bytes, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA

CRIME, DISASTER, ECONOMY = URI.format("02000000"), URI.format("03000000"), URI.format("04000000")
EDUCATION, LABOUR, POLITICS = URI.format("05000000"), URI.format("09000000"), URI.format("11000000")
RELIGION, CONFLICT = URI.format("12000000"), URI.format("16000000")
SUPERDESK = "superdesk-core-fixtures"


def _fixture(corpus: Path, name: str) -> list[dict]:
    return _from_bytes((corpus / SUPERDESK / name).read_bytes(), name)


def test_a_student_victim_and_a_stalled_truck_are_no_topics(corpus: Path) -> None:
    uris = _uris(_row(corpus, ANTARA, "Tabrak Truk Mogok, Korban Masih Pelajar"))
    assert DISASTER in uris and EDUCATION not in uris and LABOUR not in uris, uris


def test_source_codes_its_text_names_stay(corpus: Path) -> None:
    """Guard: AFP's nameless codes (04000000, 04011002) are the receivership story's economy: they stay."""
    assert ECONOMY in _uris(_fixture(corpus, "afp.xml"))


def test_hostage_bodies_are_conflict(corpus: Path) -> None:
    uris = _uris(_row(corpus, ANTARA, "Israel 'Tawan' 1.700 Jenazah Warga Palestina"))
    assert CONFLICT in uris and POLITICS not in uris, uris


def test_drought_logistics_is_economy(corpus: Path) -> None:
    uris = _uris(_row(corpus, ANTARA, "PPLI nilai perlu mitigasi dampak kemarau"))
    assert ECONOMY in uris, uris


def test_reuters_codes_its_text_does_not_name_go(corpus: Path) -> None:
    """Guard inside: the codes the text names (politics, conflict) stay. Religion ("Sunni Muslim states", "religious
    leaders" in passing: 7 beside the war's 50) is under the relative floor since subjx17, as a scored topic is."""
    uris = _uris(_fixture(corpus, "tag_reuters.com_2014_newsml_KBN0FL0NN_version_5"))
    assert {POLITICS, CONFLICT} <= set(uris), uris
    assert ECONOMY not in uris and CRIME not in uris and RELIGION not in uris, uris


def test_a_strike_is_still_labour(resources) -> None:
    """Guard: "mogok kerja" (a strike) keeps labour; bare "mogok" is weak, not gone."""
    article = _run(
        resources.subjects,
        "Ribuan buruh pabrik mogok kerja tuntut kenaikan upah",
        "Serikat pekerja menggelar aksi mogok di depan pabrik. Para buruh menuntut upah minimum dinaikkan.",
        lang="id",
    )
    assert LABOUR in [s["uri"] for s in article.get("subjects", ())]


@pytest.mark.parametrize(
    "needle",
    [
        "Jumlah Pendaftar Ujian Cambridge International",  # "Banyak Siswa": an exam story keeps education
        "Menkes Ingatkan Siswa Sekolah Rakyat",  # a school named in education's own words
    ],
)
def test_a_school_story_with_students_stays_education(corpus: Path, needle: str) -> None:
    """Guard: a student is who acts, but a story named in education's own words keeps it."""
    assert EDUCATION in _uris(_row(corpus, ANTARA, needle))


@pytest.mark.parametrize(
    ("needle", "gone", "kept"),
    [
        ("Bus TransJ Jalur Langit Mogok di Ciledug", LABOUR, None),  # a broken-down bus: no strike
        ("Pura-pura Diculik, Mahasiswa di Makassar", EDUCATION, CRIME),  # a student fakes a kidnapping
    ],
)
def test_who_or_what_broke_down_is_no_topic(corpus: Path, needle: str, gone: str, kept: str | None) -> None:
    uris = _uris(_row(corpus, ANTARA, needle))
    assert gone not in uris and (kept is None or kept in uris), uris


def test_source_codes_the_text_does_not_name_at_all_stay(resources) -> None:
    """Guard: when the text names none of the source's codes in two words, the source is kept whole (no evidence
    either way); since session 15 (subj15) a code whose topic the text names in not a single word goes when the text
    names a topic of its own, so the text here names sport once (the club)."""
    code = {"uri": "http://cv.iptc.org/newscodes/subjectcode/15000000"}
    article = _run(
        resources.subjects,
        "Markets rally as profits climb",
        "Shares rose and profits climbed at the football club.",
        subjects=[code],
    )
    assert URI.format("15000000") in [s["uri"] for s in article.get("subjects", ())]
