"""Subjects, session 17 (issue #15). (1) Immigration is a topic: visas, passports, deportation, asylum and the
immigration service ("Ditjen Imigrasi") are society's words (IPTC files immigration under society), so a story on
visa fees gets a topic; a card network's name ("Visa Indonesia") and a coordinating ministry's title ("Menteri
Koordinator Bidang Hukum, HAM, Imigrasi, dan Pemasyarakatan") name none. (2) An occasion after a word of time
("Jelang HUT ke-81 RI, ...") dates a teaser, it is not its topic. (3) A relocation ("pemindahan") is no disaster.
(4) A match's team sheet (both sides' players and a bench line) is sport with no sport word in it. (5) A few topic
words the lexicon lacked (torture and mob beatings as crime, nickel as business, vocational training as education).
Real corpus items where the corpus has them (skipped without it), short texts otherwise; guards pin what must not
change."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.core.enrich import subjects
from tests.unit.test_enrich_subjects import URI, _processed, _row, _run, _uris
from tests.unit.test_subj12 import ANTARA, ANTARA_CSV

CRIME, ECONOMY, EDUCATION = URI.format("02000000"), URI.format("04000000"), URI.format("05000000")
HUMAN, SOCIETY, SPORT = URI.format("08000000"), URI.format("14000000"), URI.format("15000000")
DISASTER = URI.format("03000000")


def _codes(article: dict) -> list[str]:
    return [s["uri"] for s in article.get("subjects", ())]


def _teaser(resources, headline: str, summary: str, lang: str = "id") -> dict:
    return _run(resources.subjects, headline, "", lang, descriptions=[{"role": "summary", "value": summary}])


# --- (1) immigration ---


@pytest.mark.parametrize(
    "needle",
    [
        "Ditjen Imigrasi lakukan penyesuaian tarif visa on arrival",  # a visa fee: none before
        "Dirjen Imigrasi: Digital nomad jadi tantangan kaji ulang visa kerja",  # work visas: none before
        "Heboh WN Israel Tinggal dan Buka Usaha di Bali",  # the immigration service on a foreigner's stay
    ],
)
def test_an_immigration_story_is_society(corpus: Path, needle: str) -> None:
    assert _uris(_row(corpus, ANTARA, needle)) == [SOCIETY]


def test_a_passport_renewal_is_society_not_politics(corpus: Path) -> None:
    assert _uris(_row(corpus, ANTARA_CSV, "Paspor habis masa berlaku")) == [SOCIETY]


@pytest.mark.parametrize(
    "needle",
    [
        "Menko Yusril: Kaderisasi organisasi",  # the minister's title names immigration, the story (students) not
        "Otto: Reformasi kepolisian",  # the deputy minister's title, a police reform
    ],
)
def test_a_ministers_title_names_no_immigration(corpus: Path, needle: str) -> None:
    codes = _uris(_row(corpus, ANTARA, needle))
    assert codes and SOCIETY not in codes


def test_immigration_rules(resources) -> None:
    text = "The government tightened immigration rules and deported 300 people whose visas had expired."
    assert SOCIETY in _codes(_run(resources.subjects, "Immigration rules tightened", text))
    # the card network is a company, no visa: its payments story stays business
    card = "Visa Indonesia said card payments rose. Visa Indonesia expects more merchants to accept cards."
    assert SOCIETY not in _codes(_run(resources.subjects, "Visa Indonesia sees digital payments grow", card))


# --- (2) an occasion after a word of time dates the story ---


def test_an_occasion_after_a_word_of_time_is_no_topic(corpus: Path) -> None:
    articles = _row(corpus, ANTARA, "Jelang HUT ke-81 RI, Amien Rais")
    assert articles and not any(a.get("subjects") for a in articles), _uris(articles)


def test_occasion_as_time(resources) -> None:
    occasions = resources.subjects.occasions
    assert subjects._occasion_as_time("Jelang HUT ke-81 RI, Amien Rais sebut belum berdaulat", occasions)
    assert subjects._occasion_as_time("Menjelang HUT RI, harga bendera naik", occasions)
    # the occasion as the story's subject: a celebration, its contests
    assert not subjects._occasion_as_time("Semarak HUT RI warnai lomba di Magelang", occasions)
    assert not subjects._occasion_as_time("Saat ini warga rayakan HUT RI", occasions)
    # a celebration teaser still names human interest
    found = _codes(_teaser(resources, "Semarak 17 Agustus, lomba warnai Magelang", "Warga antusias ikut lomba."))
    assert found == [HUMAN]


# --- (3) a relocation is no disaster ---


def test_a_relocation_is_no_disaster(corpus: Path) -> None:
    articles = _row(corpus, ANTARA, "Operasi Rahasia Pemindahan Trump")
    assert articles and DISASTER not in _uris(articles)


# --- (4) a team sheet is sport ---

SHEET = (
    "Ghana v Togo\n\nGhana: Ofori, Agyei, Boye, Amartey, Acquah, Partey, Ayew, Kudus, Semenyo, Sulemana, Williams.\n\n"
    "Substitutes: Asare, Lamptey, Salisu.\n\nTogo: Gbohouo, Dossou, Romao, Ouro, Amewou, Laba, Denkey, Bebou, Fofana, "
    "Agbegniadan, Toure.\n\nSubstitutes: Kossi, Akakpo, Sadiq."
)


def test_a_team_sheet_is_sport(resources) -> None:
    assert _codes(_run(resources.subjects, "International Match", SHEET)) == [SPORT]
    assert subjects._lineups(SHEET)
    # one side's list is no team sheet: a list of names under a heading, a bench word in prose
    one = SHEET.split("\n\nTogo:")[0]
    assert not subjects._lineups(one)
    prose = "Subs: none. The committee: Ofori, Agyei, Boye, Amartey, Acquah, Partey, Ayew, Kudus, Semenyo, Williams."
    assert not subjects._lineups(prose)


def test_pa_team_sheet_is_sport(corpus: Path) -> None:
    path = corpus / "superdesk-core-fixtures" / "pa2.xml"
    if not path.exists():
        pytest.skip("corpus fixture pa2.xml absent")
    assert _uris(_processed(path)) == [SPORT]


# --- (5) topic words the lexicon lacked ---


def test_new_topic_words(corpus: Path) -> None:
    assert _uris(_row(corpus, ANTARA, "Beda dengan Nikel Cs, Sumber Emas")) == [ECONOMY]
    assert _uris(_row(corpus, ANTARA, "Seleksi Pelatihan Vokasi Nasional Tahap 4")) == [EDUCATION]
    assert CRIME in _uris(_row(corpus, ANTARA, "Viral Wasit di Bogor Dikeroyok"))
    # a vocational school's story keeps its business topic beside education
    assert _uris(_row(corpus, ANTARA, "Sekolah vokasi Kemenperin gandeng industri")) == [EDUCATION, ECONOMY]


# --- (6) a teaser's sums are no business evidence ---


def test_a_teasers_amount_names_no_business(corpus: Path) -> None:
    # a striker's transfer, "200 miliar Rupiah" the fee: sport (the section "superskor" and "striker"), no business
    assert _uris(_row(corpus, ANTARA, "Rezeki Nomplok Arsenal, Transfer Striker")) == [SPORT]
    # an employee's theft, "Rp500 Juta" the loot: crime (and labour), no business
    codes = _uris(_row(corpus, ANTARA, "Tasyi Athasyia Polisikan Karyawan"))
    assert codes[0] == CRIME and ECONOMY not in codes
    # guard: deflation is business, its percentage or not
    assert _uris(_row(corpus, ANTARA_CSV, "BPS: Indonesia catat deflasi bulanan")) == [ECONOMY]


def test_amount_rules(resources) -> None:
    # the currency as the subject still counts ("Rupiah menguat"), an amount's words do not
    currency = _teaser(resources, "Rupiah menguat terhadap dolar AS", "Rupiah ditutup menguat pada Jumat sore.")
    assert _codes(currency) == [ECONOMY]
    loot = _teaser(resources, "Pencuri gasak Rp300 juta dari rumah lansia", "Polisi menangkap pelaku di Tangsel.")
    assert _codes(loot) == [CRIME]
    figures = resources.subjects.figures
    assert subjects._in_amount("capai 200 miliar Rupiah", len("capai 200 miliar "), figures)
    assert subjects._in_amount("capai 200 miliar Rupiah", len("capai 200 "), figures)
    assert not subjects._in_amount("Rupiah menguat", 0, figures)
    # a body's figures count as before: a results story is business
    body = "Net profit rose to 5 mln dlrs. Revenue rose 10 pct to 40 mln dlrs, the company said."
    assert ECONOMY in _codes(_run(resources.subjects, "ACME 4TH QTR NET", body))
