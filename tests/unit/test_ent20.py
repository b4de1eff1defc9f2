"""People and organisations, session 20 (ent20): a name that only an ANTARA RSS row's title-case headline repeats,
an Indonesian/Malay reporting word that opens a sentence before a one-word name, a business group named
"Grup <family>", and a newspaper whose masthead opens with a day word ("The Sunday Express").

Each class is pinned with the real RSS rows that showed it (``../shared/corpus``, skipped when absent) and with
counter-cases that run without the corpus.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from streams.core.enrich import orgs_id
from streams.core.model import RawItem
from tests.unit.test_enrich_entities import _reuters_record
from tests.unit.test_enrich_entities_review import _rss_row
from tests.unit.test_org15 import _orgs, _run


def _people(record: dict[str, Any]) -> list[str]:
    return [p["name"] for p in record.get("people", [])]


def _csv_row(corpus: Path, needle: str, resources: Any) -> dict[str, Any]:
    """The ANTARA CSV row whose text holds ``needle``, alone under the header, through the pipeline."""
    from streams.core.pipeline import process

    path = corpus / "antara-rss-scraper-berita-antara" / "berita_antara_2026-08-03.csv"
    if not path.exists():
        pytest.skip("antara-rss-scraper-berita-antara CSV not in the corpus")
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    row = next((r for r in rows[1:] if any(needle in cell for cell in r)), None)
    if row is None:
        pytest.skip(f"no ANTARA CSV row with {needle!r}")
    buf = io.StringIO()
    csv.writer(buf).writerows([rows[0], row])
    raw = RawItem(buf.getvalue().encode(), {"filename": "one.csv"})
    return process(raw, resources, received_at="2026-01-01T00:00:00Z")[0].record  # type: ignore[arg-type]


# -- a name the headline repeats -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("needle", "name"),
    [
        ("Mediasi Kampus dengan Keluarga Keisya Levronka", "Keisya Levronka"),  # "antara keluarga Keisya Levronka"
        ("Irish Bella Bahagia Banget", "Haldy Sabri"),  # "hamil anak pertama dari Haldy Sabri."
        ("Setelah Nova Widianto Cabut dari BAM", "Nova Widianto"),  # "Kepergian Nova Widianto mendorong"
    ],
)
def test_name_the_headline_repeats(corpus: Path, resources: Any, needle: str, name: str) -> None:
    """A two-word name the summary writes once inside a sentence, and the title-case headline again: the
    headline is its second mention (it stayed out: a title-case line alone is no evidence)."""
    assert name in _people(_rss_row(corpus, needle, resources))


def test_full_name_from_the_headline(corpus: Path, resources: Any) -> None:
    """ "Profil Laras Faizati" over "... menjatuhkan vonis pidana pengawasan kepada Laras ...": the prose writes
    the given name inside a sentence, the headline's plain words after it complete the name."""
    assert "Laras Faizati" in _people(_csv_row(corpus, "Profil Laras Faizati", resources))


def test_headline_verb_after_a_name_is_no_name(corpus: Path, resources: Any) -> None:
    """ "Ekshumasi Jenazah, Makam Sutrimo Dibongkar Aparat di Banyumas" over "ekshumasi makam Sutrimo di
    Banyumas": "Dibongkar Aparat" (dug up by officers) is the headline's predicate, no surname."""
    people = _people(_rss_row(corpus, "Makam Sutrimo Dibongkar Aparat", resources))
    assert not any("Dibongkar" in p for p in people)


@pytest.mark.parametrize(
    ("needle", "thing"),
    [
        ("Rencana Revitalisasi Rusun Klender", "Rusun Klender"),  # "lokasi Rusun Klender": a housing block
        ("Menghidupkan Tingal Wetan", "Tingal Wetan"),  # "warga Tingal Wetan": a village
        ("Boboiboy Galaxy RTV", "Boboiboy Galaxy"),  # "dan Boboiboy Galaxy di RTV": a programme in a list
    ],
)
def test_headline_echo_of_a_place_or_thing(corpus: Path, resources: Any, needle: str, thing: str) -> None:
    """The same two words in headline and summary are no person after a place or thing noun or a list's join."""
    assert thing not in _people(_rss_row(corpus, needle, resources))


def test_headline_echo_by_form(resources: Any) -> None:
    """Without the corpus: the echo needs the title-case headline and a prose mention after a lower-case word."""
    head = "Mediasi Kampus dengan Keluarga Keisya Levronka soal Gugatan Deadlock\n"
    body = "Sidang mediasi antara keluarga Keisya Levronka dan Untar berakhir deadlock."
    assert "Keisya Levronka" in _run(head + body, "id", resources, "people")
    assert "Keisya Levronka" not in _run(body, "id", resources, "people")  # one mention, no headline
    placed = "Rencana tersebut didorong oleh lokasi Keisya Levronka yang strategis."
    assert "Keisya Levronka" not in _run(head + placed, "id", resources, "people")


# -- "Menurut Arif, ...": a reporting word opening the sentence ----------------------------------------------
@pytest.mark.parametrize(
    ("needle", "name"),
    [("Menurut Arif, lokasi Data Center", "Arif"), ("Menurut Ulil, tindakan tersebut", "Ulil")],
)
def test_opening_reporting_word(corpus: Path, resources: Any, needle: str, name: str) -> None:
    """ "Menurut Arif, lokasi Data Center SIDI JKT01 ...": the capitalised "Menurut" (according to) joined the run,
    so the name after it had no reporting verb before it and was dropped; the person is the name, never the word."""
    people = _people(_rss_row(corpus, needle, resources))
    assert name in people and not any(p.startswith("Menurut") for p in people)


def test_opening_reporting_word_by_form(resources: Any) -> None:
    """Indonesian and Malay; "Kata" needs a clause's comma (headlines open with it: "Ini Kata Istana", "Kata
    Bahlil soal ..."); an English story's "Kata" is no reporting word; a body stays a body."""
    assert _run("Harga naik. Menurut Fritz, wacana itu harus tunduk.", "id", resources, "people") == ["Fritz"]
    assert _run("Kata Anwar, kerajaan akan membantu rakyat.", "ms", resources, "people") == ["Anwar"]
    assert _run("Kata Bahlil soal reshuffle kabinet usai 17 Agustus", "id", resources, "people") == []
    assert _run("Ini Kata Istana soal anggaran pendidikan", "id", resources, "people") == []
    assert _run("Kata Arif, the analyst, said so.", "en", resources, "people") == []
    assert _run("Menurut BMKG, hujan turun pekan ini.", "id", resources) == ["BMKG"]


# -- "Grup Salim": a business group ----------------------------------------------------------------------------
def test_business_group(corpus: Path, resources: Any) -> None:
    """ "Grup Salim resmi membeli hak distribusi Nintendo di Indonesia": the group was missed (no head word the
    run scan knows)."""
    assert "Grup Salim" in _orgs(_rss_row(corpus, "Grup Salim resmi membeli", resources))


def test_business_group_by_form(resources: Any) -> None:
    """A league's group ("Grup A"), an everyday word ("Grup Neraka", the group of death), a title-case headline's
    run and a place are no business group."""
    is_place = resources.places.is_place
    common = resources.entities.common_words["id"]
    assert orgs_id.find_groups("Grup Bakrie mencatat laba bersih.", is_place, common) == ["Grup Bakrie"]
    assert orgs_id.find_groups("Timnas berada di Grup A bersama Vietnam.", is_place, common) == []
    assert orgs_id.find_groups("Grup Neraka itu berat bagi Timnas.", is_place, common) == []
    assert orgs_id.find_groups("Grup Salim Boyong Nintendo ke Indonesia", is_place, common) == []
    assert orgs_id.find_groups("Grup Jakarta menang lagi.", is_place, common) == []


# -- "The Sunday Express": a masthead the scan cut at its day word -------------------------------------------
@pytest.mark.parametrize(
    ("needle", "paper", "piece"),
    [
        ("The Sunday Express found", "The Sunday Express", "Express"),
        ("The Sunday Mail newspaper branded", "The Sunday Mail", "Mail"),
    ],
)
def test_day_word_masthead(corpus: Path, needle: str, paper: str, piece: str) -> None:
    """Reuters-21578's British polls and Indian budget stories: the day word breaks the capitalised run, so the
    papers came out as "Express" and "Mail"."""
    orgs = _orgs(_reuters_record(corpus, needle))
    assert paper in orgs and piece not in orgs


def test_masthead_pieces_by_form(resources: Any) -> None:
    """A masthead's piece read as a person goes; a piece the story also writes alone stays."""
    assert _run("The Royal Mail said it will cut jobs.", "en", resources, "people") == []
    assert _run("The Mail on Sunday said he lied.", "en", resources) == ["The Mail on Sunday"]
    mixed = "The Sunday Mirror said he lied. Mirror Group owns it, and Mirror shares fell."
    assert "The Sunday Mirror" in _run(mixed, "en", resources)
