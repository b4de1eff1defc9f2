"""Corpus measures taken on what the pipeline publishes (``process()``), not on a single stage.

* Reuters-21578: one article per ``<REUTERS>`` record in NEWID order, ``located`` against the gold
  ``<DATELINE>`` city, ``<TITLE>`` as the headline. The parser-level versions of these checks are in
  ``test_formats_reuters.py``; here they hold after normalisation, agency-copy extraction and enrichment.
* The seed ANTARA item: every expectation of the issue in one test (the stage tests in ``test_copy.py`` and
  ``test_enrich_*.py`` check the same facts stage by stage, on partly built articles).

"No corpus file gives an internal_error dead letter" is ``test_schemas.py::test_corpus_file_raises_no_internal_error``
(one case per corpus file); it is not repeated here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from streams.core.formats.reuters_sgml import iter_records
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Outcome, process

REUTERS_FILES = ("reut2-000.sgm", "reut2-001.sgm", "reut2-002.sgm")
RECEIVED_AT = "2026-01-01T00:00:00Z"

_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
# the date part at the end of a gold dateline: "SALVADOR, Feb 26 - ", "CHEVY CHASE, Md., - March 4 - "
_DATE_PART = re.compile(rf"[\s,]*(?:-\s*)?(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}\s*-?\s*$", re.IGNORECASE)


def gold_city(dateline: str) -> str:
    """The city of a Reuters-21578 ``<DATELINE>``, lower-cased: ``"  SALVADOR, Feb 26 - "`` → ``"salvador"``."""
    text = _DATE_PART.sub("", " ".join(dateline.split())).strip(" -*")
    return text.split(",", 1)[0].strip(" *").lower()


def test_gold_city() -> None:
    assert gold_city("    SALVADOR, Feb 26 - ") == "salvador"
    assert gold_city("    CHEVY CHASE, Md., - March 4 - ") == "chevy chase"
    assert gold_city("    NEW YORK, March 5 - ") == "new york"
    assert gold_city(" Wilcox/Gibbs - ") == "wilcox/gibbs"


def _run(path: Path, resources: object) -> list[Outcome]:
    origin = Origin("wire.raw", 0, 0, None, path.name)
    raw = RawItem(path.read_bytes(), {"filename": path.name, "received-at": RECEIVED_AT}, origin)
    return process(raw, resources)  # type: ignore[arg-type]


def _headline(article: dict) -> str | None:
    return next((h["value"] for h in article.get("headlines", ()) if h.get("role", "main") == "main"), None)


def test_reuters21578_through_the_pipeline(corpus: Path, resources: object) -> None:
    located = with_dateline = titled = 0
    misses: list[str] = []
    for name in REUTERS_FILES:
        payload_path = corpus / "reuters21578" / name
        records = list(iter_records(payload_path.read_bytes()))
        outcomes = _run(payload_path, resources)
        # exactly one output per <REUTERS> record, in NEWID order, every one an article
        assert len(records) == 1000 and len(outcomes) == len(records), name
        newids = [int(r["NEWID"]) for r in records]
        assert newids == sorted(newids), f"{name}: records not in NEWID order"
        assert [o.kind for o in outcomes] == ["article"] * len(records), name
        articles = [o.record for o in outcomes]
        assert [a["uri"] for a in articles] == [f"urn:reuters21578:{n}" for n in newids], name
        assert [a["ext"]["provenance"]["rawRef"]["index"] for a in articles] == list(range(len(records)))

        for record, article in zip(records, articles, strict=True):
            title = " ".join((record.get("title") or "").split())
            if title:
                titled += 1
                headline = _headline(article) or ""
                if "<" in title or "(" in title:  # issue #15: company/ticker markup leaves the headline
                    words = set(re.findall(r"\w+", title))
                    assert "<" not in headline and set(re.findall(r"\w+", headline)) <= words, (title, headline)
                else:  # an agency's "CORRECTED - " code is no part of the headline (evt16)
                    assert headline == re.sub(r"^CORRECTED - ", "", title), (article["uri"], title)
            if (record.get("dateline") or "").strip() and (record.get("body") or "").strip():
                with_dateline += 1
                gold = gold_city(record["dateline"])
                if (article.get("located") or "").lower() == gold:
                    located += 1
                else:
                    misses.append(f"{article['uri']}: gold {gold!r}, located {article.get('located')!r}")
    share = located / with_dateline
    print(
        f"\nReuters-21578 via process(): located == gold DATELINE city for {located}/{with_dateline} "
        f"records with dateline and body = {share:.2%}; headline == TITLE for all {titled} titled records"
    )
    print("  misses (first 15):\n    " + "\n    ".join(misses[:15]))
    assert with_dateline == 2761
    assert share >= 0.98, misses[:30]


BOILERPLATE_BODY = ("Baca juga", "Sumber:", "Penerjemah", "Editor:", "Copyright")
BOILERPLATE_PLACES = {"Sumber", "Baca", "Editor", "Wang", "Asia"}


@pytest.fixture(scope="module")
def seed(corpus: Path, resources: object) -> dict:
    (path,) = sorted((corpus / "seed").glob("000_*.txt"))
    outcomes = _run(path, resources)
    assert [o.kind for o in outcomes] == ["article"], outcomes[0].record
    return outcomes[0].record


def test_seed_item_as_published(seed: dict) -> None:
    article = seed
    body = article["bodies"][0]["value"]
    ext = article["ext"]
    assert article["located"] == "Beijing"
    assert {"ANTARA", "Reuters"} <= {s["name"] for s in article["infoSources"]}
    assert {"role": "translator", "name": "Juwita Trisna Rahayu"} in ext["contributors"]
    assert {"role": "editor", "name": "Atman Ahdiat"} in ext["contributors"]
    assert len(article["associations"]) == 3
    assert article["copyrightHolder"] == "ANTARA"
    assert body.startswith("Menteri Luar Negeri China Wang Yi")
    assert [w for w in BOILERPLATE_BODY if w in body] == []
    assert article["language"] == "id"

    people = {p["name"] for p in article["people"]}
    assert {"Wang Yi", "Xi Jinping", "Kassym-Jomart Tokayev", "Mukhtar Tileuberdi"} <= people
    assert {
        ("Wang Yi", "Menteri Luar Negeri China"),
        ("Xi Jinping", "Presiden China"),
        ("Kassym-Jomart Tokayev", "Presiden Kazakhstan"),
        ("Mukhtar Tileuberdi", "Perdana Menteri Kazakhstan"),
    } <= {(r["name"], r["role"]) for r in ext["roles"]}

    assert {"KZ", "CN"} <= set(ext["countries"])
    assert not {p["name"] for p in article["places"]} & BOILERPLATE_PLACES
    assert "Kementerian Luar Negeri China" in {o["name"] for o in article["organisations"]}
    assert "2022-01-07" in {d["date"] for d in ext["dates"]}
