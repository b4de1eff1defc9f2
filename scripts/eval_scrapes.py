"""Measures on the scraped corpus folders (issue #15 parts 1 and 5).

1. Slug headlines: for every scraped record whose link ends in a word slug and that has a real title, the
   headline :func:`headline_from_slug` writes from the slug (case restored from the record's text) is
   compared with the title, punctuation aside: exact (words and case), words right but case off, and the
   share of words whose case is right. Per outlet host.
2. Run-together words: counts, over every body and summary, of the joins the scrape repair handles
   (``match(Uruguay``, ``dia.Menurut``, ``major,gabungan``) before and after
   :func:`streams.core.formats.records.repair_joins` and :func:`~streams.core.formats.records.repair_glued`
   (one record's headline, body and summary together), and of camel-case joins (``diJalur``) left; the
   words :func:`repair_glued` split in full-text scrapes, and in RSS summaries (no joins there: every
   split is false).

Usage: PYTHONPATH=$PWD python scripts/eval_scrapes.py [CORPUS_DIR]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from streams.core.copy.lead import headline_from_slug, slug_words
from streams.core.formats.records import JOINS, lookup, lower_keys, repair_glued, repair_joins

FOLDERS = ("antara-en-Scrape_antaraNews", "antara-id-fulltext-pwlScrapping", "antara-rss-scraper-berita-antara")
_WORDS = re.compile(r"\w+")
_CAMEL = re.compile(r"\b[a-z]{2,}[A-Z][a-z]+")


def records(corpus: Path) -> list[dict[str, object]]:
    """Every JSON record of the scraped folders (the CSV file repeats the JSON one's feed)."""
    out: list[dict[str, object]] = []
    for folder in FOLDERS:
        for path in sorted((corpus / folder).glob("*.json")):
            out.extend(lower_keys(record) for record in json.loads(path.read_text(encoding="utf-8")))
    return out


def main(corpus: Path) -> None:
    rows = records(corpus)
    per_host: dict[str, Counter[str]] = {}
    for record in rows:
        link, title = lookup(record, "link"), lookup(record, "headline")
        words = slug_words(str(link)) if link else None
        host = urlsplit(str(link or "")).hostname or "-"
        tally = per_host.setdefault(host.split(".", 1)[1] if host.count(".") > 1 else host, Counter())
        tally["records"] += 1
        if not words:
            continue
        tally["slug"] += 1
        if not title:
            continue
        text = "\n".join(str(lookup(record, f) or "") for f in ("body", "description"))
        made = _WORDS.findall(headline_from_slug(words, text) or "")
        real = _WORDS.findall(str(title))
        tally["titled"] += 1
        tally["exact"] += made == real
        tally["words"] += [w.casefold() for w in made] == [w.casefold() for w in real]
        if len(made) == len(real):
            tally["aligned_words"] += len(real)
            tally["case_right"] += sum(a == b for a, b in zip(made, real, strict=True))
    print("host                 records  slug  titled  exact  words-right  word-case-right")
    total: Counter[str] = Counter()
    for host, tally in sorted(per_host.items(), key=lambda kv: -kv[1]["records"]):
        total.update(tally)
        case = tally["case_right"] / tally["aligned_words"] if tally["aligned_words"] else 0.0
        print(
            f"{host:20} {tally['records']:7} {tally['slug']:5} {tally['titled']:7} {tally['exact']:6} "
            f"{tally['words']:12} {case:8.1%}"
        )
    case = total["case_right"] / total["aligned_words"] if total["aligned_words"] else 0.0
    print(
        f"{'all':20} {total['records']:7} {total['slug']:5} {total['titled']:7} {total['exact']:6} "
        f"{total['words']:12} {case:8.1%}"
    )

    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for record in rows:
        texts = [str(lookup(record, field) or "") for field in ("headline", "body", "description")]
        glued = repair_glued([texts[0], *(repair_joins(text) for text in texts[1:])])
        for text, fixed in zip(texts[1:], glued[1:], strict=True):
            for name, pattern in JOINS.items():
                before[name] += len(pattern.findall(text))
                after[name] += len(pattern.findall(fixed))
            before["camel (left)"] += len(_CAMEL.findall(text))
            after["camel (left)"] += len(_CAMEL.findall(fixed))
            # words repair_glued changed: real joins in full-text scrapes; in RSS summaries (not scraped
            # from HTML, no joins) every change is a false split
            kind = "split: RSS (false)" if lookup(record, "body") is None else "split: full text"
            joined = repair_joins(text)
            after[kind] += sum(1 for word in joined.split() if word not in set(fixed.split()))
            before[kind] += 0
    print("\njoin                 before  after")
    for name in before:
        print(f"{name:20} {before[name]:6} {after[name]:6}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "corpus")
