"""Places, session 21 (issue #15, branch plc21): `ext.countries` classes, each pinned on corpus items:

* a story whose places are all natural features ("Kawah Wadon", "Gunung Semeru", "Pulau Padar", "Taman Nasional
  Bromo Tengger Semeru") in an Indonesian outlet's Indonesian copy naming no country is Indonesia's; a feature
  whose own name the gazetteer holds abroad ("Pantai Copacabana") or a story naming another country is not;
* an island's or a beach's head before a place the story names ("Pulau Madura", "Pantai Taiwan") adds no feature;
* a world weather table's rows that name a country or a city-state ("Bahrain", "Kuwait", "Guatemala") are rows
  like the cities', whatever separates the columns: none makes the story that country's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from _scrapes import processed_rows

from streams.core.enrich.features import natural_features
from streams.core.model import RawItem
from streams.core.pipeline import process

RSS = "antara-rss-scraper-berita-antara/semua_berita.json"
FULLTEXT = "antara-id-fulltext-pwlScrapping/all_news.json"


def _rows(corpus: Path, relative: str, resources: Any, title: str) -> list[dict[str, Any]]:
    """The processed rows of an ANTARA scrape whose title ("Judul"/"judul") is ``title``."""
    out = processed_rows(corpus, relative, resources, lambda row: title in (row.get("Judul"), row.get("judul")))
    assert out, title
    return out


def _countries(article: dict[str, Any]) -> list[str]:
    return (article.get("ext") or {}).get("countries", [])


def _names(article: dict[str, Any]) -> list[str]:
    return [p["name"] for p in article.get("places", ())]


# -- a story whose places are natural features only ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "feature"),
    [
        ("Kebakaran hutan di kawasan Kawah Wadon TNGGP meluas capai 5,8 hektare", "Kawah Wadon"),  # ANTARA video
        ("Kamis dini hari, Gunung Semeru erupsi disertai suara gemuruh kuat", "Gunung Semeru"),  # ANTARA
        ("Jessica Mila Klarifikasi Tudingan ke Pulau Padar saat Pelayaran Ditutup", "Pulau Padar"),  # Detik
        ("Karhutla Bromo Meluas Hingga 899 Hektare", "Gunung Bromo"),  # CNN Indonesia, the park in the summary
    ],
)
def test_a_home_outlet_s_feature_story_is_its_country_s(corpus: Path, resources: Any, title: str, feature: str) -> None:
    """Review (session 20, draw 2): a volcano story whose places were all missed had no country. The feature words
    of Indonesian copy from an Indonesian outlet, and no country named, put it in Indonesia; the feature itself is
    listed by its name only (no id, no point)."""
    for article in _rows(corpus, RSS, resources, title):
        assert _countries(article) == ["ID"]
        feature_places = [p for p in article["places"] if p["name"] == feature]
        assert feature_places == [{"name": feature, "rel": "mentioned"}]
        assert not any(p["name"].startswith("Taman Nasional") for p in article["places"])  # a park counts only


def test_a_feature_known_abroad_says_nothing_of_indonesia(corpus: Path, resources: Any) -> None:
    """all_news.json (Tempo on Madonna): "Pantai Copacabana" in Indonesian copy from an Indonesian outlet is Rio's
    beach; the gazetteer knows Copacabana in Brazil, so the beach adds no feature and no Indonesia."""
    (article,) = _rows(corpus, FULLTEXT, resources, "Madonna: Karier Bermusik dan Rencana Membuat Serial")
    assert "ID" not in _countries(article) and "ID" not in article["ext"].get("countriesMentioned", [])
    assert "Pantai Copacabana" not in _names(article) and "Copacabana" in _names(article)


@pytest.mark.parametrize(
    ("title", "feature"),
    [
        ("TNI AL soal Latihan Pelayaran RI-China di Pantai Taiwan: Bukan Latihan Perang", "Pantai Taiwan"),
        ("Sziget Festival 2026 hadirkan musik dan seni di Budapest", "Pulau Obuda"),
    ],
)
def test_a_head_before_a_known_place_is_that_place(corpus: Path, resources: Any, title: str, feature: str) -> None:
    """semua_berita.json: "Pantai Taiwan" (Taiwan's coast) and "Pulau Obuda" (Óbuda's island) name places the
    story lists already; the head adds no feature of its own."""
    for article in _rows(corpus, RSS, resources, title):
        assert feature not in _names(article)


def test_feature_names_after_a_list_comma_and_before_an_acronym() -> None:
    """The summary of the Kawah Wadon item: a comma closes the list member before a feature ("Wadon, Gunung
    Gede"), and a park's acronym after a name ("Kawah Wadon TNGGP") does not make it a longer name."""
    text = (
        "Kebakaran hutan di kawasan Kawah Wadon TNGGP meluas capai 5,8 hektare\n\nANTARA - Kebakaran di Kawah Wadon, "
        "Gunung Gede, kawasan Taman Nasional Gunung Gede Pangrango yang dapat diakses melalui ..."
    )
    names = [name for _, _, name in natural_features(text, "id")]
    assert names == ["Kawah Wadon", "Kawah Wadon", "Gunung Gede", "Taman Nasional Gunung Gede Pangrango"]
    assert natural_features("Kantor PT Gunung Sewu Kencana di Jakarta", "id") == []  # a firm's name still
    assert natural_features("Jl. Gunung Sahari Raya, Jakarta", "id") == []  # a street's


# -- a world table's rows --------------------------------------------------------------------------------------------


def _weather(corpus: Path, resources: Any, separator: str) -> dict[str, Any]:
    """superdesk-core-fixtures anpa-3.tst (AP's global weather, rows "Bahrain;74;86;clr;..."): its heading, intro
    and rows as plain copy (no dateline; the intro cut to its first clause, so the rows open the lead), each row's
    city, minimum and maximum joined by ``separator`` (plain copy sets such tables with tabs; space-aligned rows are
    run together by the plain-text stage, left alone here)."""
    path = corpus / "superdesk-core-fixtures" / "anpa-3.tst"
    if not path.exists():
        pytest.skip("anpa-3.tst not in the corpus")
    lines = [line.strip().rstrip("<") for line in path.read_text(encoding="latin-1").splitlines()]
    intro = next(line for line in lines if line.startswith("NEW YORK (AP) _")).removeprefix("NEW YORK (AP) _ ")
    rows = [separator.join(line.split(";")[:3]) for line in lines if re.match(r"[A-Z][\w .'-]*;\d", line)]
    text = "Global Weather\n\n" + intro.split(",")[0] + ":\n\n" + "\n".join(rows) + "\n"
    return process(RawItem(text.encode(), {}), resources, received_at="2026-01-01T00:00:00Z")[0].record


@pytest.mark.parametrize("separator", [";", "\t"])
def test_a_weather_table_s_country_rows_make_no_country(corpus: Path, resources: Any, separator: str) -> None:
    """A world weather table names "Bahrain", "Barbados", "Guatemala", "Kuwait", "Panama" and "Singapore" among
    its cities: rows of a table are places mentioned, none the story's country (with tabs, "Bahrain" near the top
    made the story Bahrain's)."""
    article = _weather(corpus, resources, separator)
    assert _countries(article) == []
    assert {"BH", "GT", "KW", "PA"} <= set(article["ext"]["countriesMentioned"])
