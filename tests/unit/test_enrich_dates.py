"""Dates: wire "(d/m)", day-month(-year), weekdays, relative words; reference date and inference."""

from __future__ import annotations

from pathlib import Path

import pytest
from _enrich_seed import seed_article

from streams.core.enrich import dates


def _dates(text: str, lang: str = "id", **fields: object) -> tuple[dict[str, str], dict | None]:
    article: dict = {"bodies": [{"role": "main", "value": text}], "language": lang, "ext": {}, **fields}
    if "derived" in fields:
        article["ext"]["derived"] = article.pop("derived")
    dates.enrich(article)
    found = {d["text"]: d["date"] for d in article["ext"].get("dates", [])}
    return found, article["ext"].get("dateInference")


@pytest.mark.parametrize(
    ("text", "lang", "created", "expected"),
    [
        ("Presiden pada Rabu (20/3) berkata.", "id", "2024-03-21T03:00:00Z", {"Rabu (20/3)": "2024-03-20"}),
        ("Dia tiba kemarin.", "id", "2024-03-21T03:00:00Z", {"kemarin": "2024-03-20"}),
        ("Menteri berbicara di Jakarta, Senin.", "id", "2024-03-21T03:00:00Z", {"Senin": "2024-03-18"}),
        ("Rapat digelar Kamis.", "id", "2024-03-21T03:00:00Z", {"Kamis": "2024-03-21"}),  # same day
        ("Rapat digelar Senin depan.", "id", "2024-03-21T03:00:00Z", {"Senin depan": "2024-03-25"}),
        ("Ia tiba pada 5 Mac lalu.", "ms", "2025-05-22T10:00:00+08:00", {"5 Mac": "2025-03-05"}),
        ("Acara 20 Mei 2025 di Jakarta.", "id", "2025-05-19T17:30:00Z", {"20 Mei 2025": "2025-05-20"}),
        ("He said on Tuesday the dollar rose.", "en", "2024-03-07T12:00:00Z", {"Tuesday": "2024-03-05"}),
        (
            "Talks on March 4 and on 4 March 2024.",
            "en",
            "2024-03-07T12:00:00Z",
            {"March 4": "2024-03-04", "4 March 2024": "2024-03-04"},
        ),
        ("The plan may 5 times be late.", "en", "2024-03-07T12:00:00Z", {}),
        ("Sales fell in December, he said on Jan 5.", "en", "1987-01-07T12:00:00Z", {"Jan 5": "1987-01-05"}),
        (
            "Tiga hari lalu dan dua pekan lalu.",
            "id",
            "2024-03-21T03:00:00Z",
            {"Tiga hari lalu": "2024-03-18", "dua pekan lalu": "2024-03-07"},
        ),
        (
            "Bulan lalu ekspor turun, tahun lalu naik.",
            "id",
            "2024-03-21T03:00:00Z",
            {"Bulan lalu": "2024-02", "tahun lalu": "2023"},
        ),
    ],
)
def test_resolution(text: str, lang: str, created: str, expected: dict[str, str]) -> None:
    found, inferred = _dates(text, lang, versionCreated=created)
    assert found == expected
    assert inferred is None


def test_local_day_for_indonesian_item() -> None:
    # 17:30Z on 19 May is 00:30 WIB on 20 May: "kemarin" is 19 May
    found, _ = _dates("Dia tiba kemarin.", "id", versionCreated="2025-05-19T17:30:00Z")
    assert found == {"kemarin": "2025-05-19"}


def test_last_week_is_previous_monday_to_sunday() -> None:
    article = {
        "bodies": [{"value": "Kerusuhan pekan lalu."}],
        "language": "id",
        "ext": {},
        "versionCreated": "2022-01-10T05:00:00Z",
    }
    dates.enrich(article)
    assert article["ext"]["dates"] == [
        {"text": "pekan lalu", "date": "2022-01-03", "end": "2022-01-09", "kind": "week"}
    ]


def test_derived_version_created_is_not_a_date() -> None:
    found, inferred = _dates(
        "Presiden pada Jumat (7/1) berkata. Copyright © ANTARA 2022",
        "id",
        versionCreated="2026-11-26T10:45:46Z",
        derived=["versionCreated"],
    )
    assert found == {"Jumat (7/1)": "2022-01-07"}
    assert inferred and inferred["date"] == "2022-01-07"


def test_year_from_weekday_alone() -> None:
    # no copyright, no item date: the most recent year in which 7 January is a Friday
    found, inferred = _dates("Presiden pada Jumat (7/1) berkata.", "id")
    assert found["Jumat (7/1)"].endswith("-01-07")
    assert inferred and "weekday" in inferred["basis"]


def test_seed_item(corpus: Path) -> None:
    article = seed_article(corpus)
    dates.enrich(article)
    found = {d["text"]: d for d in article["ext"]["dates"]}
    assert found["Jumat (7/1)"]["date"] == "2022-01-07"
    assert found["Senin"]["date"] == "2022-01-10"
    assert found["pekan lalu"]["date"] == "2022-01-03"
    assert article["ext"]["dateInferred"] is True
    assert article["ext"]["dateInference"]["date"] == "2022-01-10"
    assert "2022" in article["ext"]["dateInference"]["basis"]
    assert "10 Januari" not in found  # only in a related-link headline, not the story


def test_antara_fulltext_dates(corpus: Path) -> None:
    import json

    items = json.loads((corpus / "antara-id-fulltext-pwlScrapping/all_news.json").read_text())
    # "Selasa, 20 Mei 2025 00:30 WIB" is 2025-05-19T17:30Z
    found, _ = _dates(items[0]["isi"], "id", versionCreated="2025-05-19T17:30:00Z")
    assert found == {"Rabu (21/5)": "2025-05-21", "Senin": "2025-05-19"}
