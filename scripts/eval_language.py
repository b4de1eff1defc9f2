"""Language detection accuracy on the shared corpus and the project's own id/ms/en samples.

    .venv/bin/python scripts/eval_language.py

Data: ANTARA Indonesian items (RSS CSV title+summary, JSON ANTARA rows, 3 full texts; expected id),
other Indonesian outlets in the JSON (expected id), English ANTARA (expected en), Reuters-21578
bodies (expected en), and tests/fixtures/enrich/lang_samples.json (written for the project: ms, id, en).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_places import reuters_records  # noqa: E402

from streams.core.enrich.language import detect  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def sets() -> Iterator[tuple[str, str, list[str]]]:
    rss = CORPUS / "antara-rss-scraper-berita-antara"
    with (rss / "berita_antara_2026-08-03.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    yield "ANTARA RSS CSV (title+summary)", "id", [f"{r['Judul']}\n{r['Ringkasan']}" for r in rows]
    items = json.loads((rss / "semua_berita.json").read_text(encoding="utf-8"))
    ant = [
        f"{i.get('Judul', '')}\n{i.get('Ringkasan', '')}" for i in items if "antara" in str(i.get("Media", "")).lower()
    ]
    other = [
        f"{i.get('Judul', '')}\n{i.get('Ringkasan', '')}"
        for i in items
        if "antara" not in str(i.get("Media", "")).lower()
    ]
    yield "ANTARA RSS JSON", "id", ant
    yield "other id outlets RSS JSON", "id", other
    yield "ANTARA RSS titles only (short)", "id", [r["Judul"] for r in rows]
    full = json.loads((CORPUS / "antara-id-fulltext-pwlScrapping" / "all_news.json").read_text(encoding="utf-8"))
    yield (
        "id full texts (ANTARA/Tempo/Liputan6)",
        "id",
        [f"{i.get('judul', '')}\n{i.get('isi', '')}" for i in full],
    )
    en = json.loads((CORPUS / "antara-en-Scrape_antaraNews" / "scrapeResult.json").read_text(encoding="utf-8"))
    yield "ANTARA English", "en", [i.get("content", "") for i in en]
    reuters = [f"{r['title']}\n{r['body']}" for r in reuters_records() if r["body"]]
    yield "Reuters-21578 bodies", "en", reuters
    yield (
        "Reuters-21578 titles only (short, capitals)",
        "en",
        [r["title"] for r in reuters_records() if r["title"]],
    )
    samples = json.loads((ROOT / "tests" / "fixtures" / "enrich" / "lang_samples.json").read_text(encoding="utf-8"))
    for lang in ("ms", "id", "en"):
        yield f"project samples {lang}", lang, samples[lang]


def main() -> int:
    print("| data set | expected | items | accuracy | wrong as |\n|---|---|---|---|---|")
    for name, expected, texts in sets():
        got = Counter(detect(t)[0] for t in texts if t.strip())
        n = sum(got.values())
        wrong = ", ".join(f"{k}:{v}" for k, v in got.most_common() if k != expected)
        print(f"| {name} | {expected} | {n} | {got[expected] / n:.3f} | {wrong or '-'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
