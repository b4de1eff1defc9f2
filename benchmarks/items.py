"""Benchmark items built from the shared corpus: real text, every item distinct.

Why not just repeat the corpus: the worker's dedupe stage would turn repeats into cheap duplicate
records, and the benchmark would measure the wrong path. So the set is

* the Reuters-21578 records as they are (one ``<REUTERS>`` SGML record per Kafka message), minus
  the records whose body (or title, for body-less BRIEFs) repeats an earlier one;
* mixed with plain-text and ninjs items, each a fresh random combination (seeded, reproducible) of a real
  headline and 3-7 real paragraphs from one language pool (English: Reuters bodies, GeoWebNews,
  TR-News, LGL, ANTARA English; Indonesian: ANTARA; Spanish: EFE/CoNLL-2002; German: GermEval news).
  A combination is drawn again if its text was already used, so no two items share a body.

Sized items (1 KB ... 1 MB) concatenate real paragraphs until the target size.
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import orjson
import xxhash

# the shared corpus beside the checkout (../shared/corpus), wherever the checkout is
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

_REC = re.compile(r"<REUTERS\b[^>]*>.*?</REUTERS>", re.S)
_WS = re.compile(r"\s+")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")
_DATELINES = {
    "en": (
        "LONDON (Reuters) - ",
        "WASHINGTON (AP) - ",
        "JAKARTA (ANTARA) - ",
        "NEW YORK (Reuters) - ",
        "SYDNEY (AAP) - ",
        "NAIROBI (Reuters) - ",
        "MANILA (AP) - ",
        "",
    ),
    "id": ("Jakarta (ANTARA) - ", "Surabaya (ANTARA) - ", "Medan (ANTARA) - ", "Makassar (ANTARA) - ", ""),
    "es": ("MADRID (EFE) - ", "BOGOTÁ (EFE) - ", "LIMA (EFE) - ", "MÉXICO (EFE) - ", ""),
    "de": ("Berlin (dpa) - ", "Hamburg (dpa) - ", "München (dpa) - ", ""),
}


@dataclass(frozen=True, slots=True)
class Item:
    """One raw item as pushed to ``wire.raw``."""

    payload: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def kafka_headers(self) -> list[tuple[str, bytes]]:
        return [(k, v.encode()) for k, v in self.headers.items()]


@dataclass
class Pool:
    """Headlines and paragraphs of one language."""

    lang: str
    headlines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _group_sentences(text: str, per: int = 3) -> list[str]:
    """Split running text (scrapes join paragraphs with spaces) into paragraphs of ``per`` sentences."""
    sents = [s for s in _SENT.split(_clean(text)) if len(s) > 20]
    return [" ".join(sents[i : i + per]) for i in range(0, len(sents), per)]


def reuters_records() -> list[tuple[str, dict[str, str]]]:
    """(raw SGML record, fields) for every Reuters-21578 record in the corpus."""
    from streams.core.formats.reuters_sgml import iter_records

    out = []
    for path in sorted((CORPUS / "reuters21578").glob("reut2-*.sgm")):
        text = path.read_text("latin-1")
        raws = _REC.findall(text)
        recs = list(iter_records(text.encode("latin-1")))
        out.extend(zip(raws, recs, strict=True))
    return out


def _reuters_paragraphs(body: str) -> list[str]:
    paras = re.split(r"\n\s*\n|\n(?= {2,}\S)", body)
    out = []
    for p in paras:
        p = _clean(p)
        if len(p) > 40 and not p.lower().startswith("reuter"):
            out.append(p.removesuffix(" Reuter"))
    return out


def _xml_articles(path: Path) -> Iterator[tuple[str, str]]:
    from lxml import etree

    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    for art in root.iter("article"):
        title = _clean(art.findtext("title") or "")
        text = art.findtext("text") or ""
        if text.strip():
            yield title, text


@cache
def pools() -> dict[str, Pool]:
    """Language pools of real headlines and paragraphs (built once per process)."""
    en, idn, es, de = Pool("en"), Pool("id"), Pool("es"), Pool("de")
    for _raw, rec in reuters_records():
        if rec.get("title"):
            en.headlines.append(_clean(rec["title"]).title())
        en.paragraphs.extend(_reuters_paragraphs(rec.get("body") or ""))
    geo = CORPUS / "geoparsing-news-gold"
    for name in ("GWN.xml", "TR-News.xml", "lgl.xml"):
        for title, text in _xml_articles(geo / name):
            if title:
                en.headlines.append(title)
            for para in text.split("\n"):
                en.paragraphs.extend(_group_sentences(para, 2))
    for rec in json.loads((CORPUS / "antara-en-Scrape_antaraNews" / "scrapeResult.json").read_text()):
        en.paragraphs.extend(_group_sentences(str(rec.get("content") or "").removeprefix("Jakarta (ANTARA) - ")))
    rss = CORPUS / "antara-rss-scraper-berita-antara"
    rows = json.loads((rss / "semua_berita.json").read_text())
    with open(rss / "berita_antara_2026-08-03.csv", encoding="utf-8-sig", newline="") as fh:
        rows.extend(csv.DictReader(fh))
    for row in rows:
        if row.get("Judul"):
            idn.headlines.append(_clean(row["Judul"]))
        summary = _clean(str(row.get("Ringkasan") or "")).removesuffix("...").strip()
        if len(summary) > 40:
            idn.paragraphs.append(summary)
    for rec in json.loads((CORPUS / "antara-id-fulltext-pwlScrapping" / "all_news.json").read_text()):
        idn.paragraphs.extend(_group_sentences(str(rec.get("isi") or "")))
    es_sents = _conll_sentences(CORPUS / "conll2002-es-efe" / "esp.testa", cols=3)
    es.headlines = [s for s in es_sents if 30 < len(s) < 110]
    es.paragraphs = [" ".join(es_sents[i : i + 2]) for i in range(0, len(es_sents), 2)]
    de_sents = _germeval_news(CORPUS / "germeval2014-de" / "NER-de-dev.tsv")
    de.headlines = [s for s in de_sents if 30 < len(s) < 110]
    de.paragraphs = [" ".join(de_sents[i : i + 2]) for i in range(0, len(de_sents), 2)]
    return {p.lang: p for p in (en, idn, es, de)}


_DETOK = re.compile(r" ([,.;:!?)\]»])|([(\[«¿¡]) ")


def _detok(tokens: list[str]) -> str:
    return _DETOK.sub(lambda m: m.group(1) or m.group(2), " ".join(tokens))


def _conll_sentences(path: Path, cols: int) -> list[str]:
    out, cur = [], []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if len(parts) < cols:
            if cur:
                out.append(_detok(cur))
                cur = []
            continue
        cur.append(parts[0])
    if cur:
        out.append(_detok(cur))
    return [s for s in out if len(s) > 25]


def _germeval_news(path: Path) -> list[str]:
    """German sentences from news sites (the Wikipedia half is skipped: not wire copy)."""
    out, cur, news = [], [], False
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#"):
            news = "wikipedia" not in line
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            if cur and news:
                out.append(_detok(cur))
            cur = []
            continue
        cur.append(parts[1])
    return [s for s in out if len(s) > 25]


def _reuters_items() -> list[Item]:
    seen: set[str] = set()
    out = []
    for raw, rec in reuters_records():
        key = _clean((rec.get("body") or rec.get("title") or "").lower())
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(Item(raw.encode("latin-1"), {"source": "reuters", "filename": f"reut-{rec.get('NEWID')}.sgm"}))
    return out


def _ninjs(headline: str, paragraphs: list[str], lang: str, i: int) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return orjson.dumps(
        {
            "$standard": {"name": "ninjs", "version": "3.0"},
            "type": "text",
            "language": lang,
            "uri": f"urn:bench:ninjs:{i}",
            "versionCreated": "2026-08-03T10:00:00Z",
            "headlines": [{"role": "main", "value": headline}],
            "bodies": [{"role": "main", "contentType": "text/html", "value": body}],
        }
    )


def build_items(n: int, seed: int = 21578, head: int | None = None) -> list[Item]:
    """``n`` distinct raw items. The first ``head`` (default ``n``) hold the Reuters records (up to 15 %
    of them, all 2,937 unique ones from 19,600 items up) shuffled among generated items, so that any
    run size sees the same mix; the items after ``head`` are generated only (for extra phases).
    """
    head = n if head is None else head
    reuters = _reuters_items()[: min(n, head * 3 // 20 or 1)]
    rnd = random.Random(seed)
    ps = pools()
    langs = [lang for lang, p in ps.items() if p.paragraphs and p.headlines]
    weights = [len(ps[lang].paragraphs) ** 0.5 for lang in langs]
    used: set[int] = set()
    generated: list[Item] = []
    i = 0
    while len(generated) < n - len(reuters):
        i += 1
        pool = ps[rnd.choices(langs, weights)[0]]
        k = rnd.randint(3, 7)
        paragraphs = rnd.sample(pool.paragraphs, min(k, len(pool.paragraphs)))
        digest = xxhash.xxh3_64_intdigest("\n".join(paragraphs).encode())
        if digest in used:
            continue
        used.add(digest)
        headline = rnd.choice(pool.headlines)
        if rnd.random() < 0.25:
            generated.append(Item(_ninjs(headline, paragraphs, pool.lang, i), {"source": "bench-ninjs"}))
        else:
            paragraphs[0] = rnd.choice(_DATELINES[pool.lang]) + paragraphs[0]
            text = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
            generated.append(Item(text.encode(), {"source": "bench-text", "filename": f"bench-{i}.txt"}))
    first = reuters + generated[: head - len(reuters)]
    rnd.shuffle(first)
    return first + generated[head - len(reuters) :]


def sized_item(size: int, seed: int) -> Item:
    """A plain-text English item of about ``size`` bytes: real paragraphs concatenated."""
    rnd = random.Random(seed)
    pool = pools()["en"]
    buf = io.StringIO()
    buf.write(rnd.choice(pool.headlines) + "\n\n")
    while buf.tell() < size:
        buf.write(rnd.choice(pool.paragraphs) + "\n\n")
    text = buf.getvalue().encode()[:size].decode("utf-8", "ignore")
    return Item(text.encode(), {"source": "bench-size", "filename": f"size-{size}-{seed}.txt"})


def pool_stats() -> dict[str, int]:
    return {f"{lang}_paragraphs": len(p.paragraphs) for lang, p in pools().items()}
