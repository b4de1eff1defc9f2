"""Language detection accuracy on the shared corpus and the project's own id/ms/en samples.

    .venv/bin/python scripts/eval_language.py
    .venv/bin/python scripts/eval_language.py --short   # the declared-language overrule on short texts
    .venv/bin/python scripts/eval_language.py --outlet  # whole articles: the outlet's language weighs in

``--short``: real texts under 400 characters of each language (Reuters-21578 first sentences and
titles, ANTARA English first sentences, ANTARA/RSS Indonesian titles and teasers, CoNLL-2002 EFE Spanish and
GermEval 2014 German sentences), each as the body of an article that declares (a) its own language:
how often ``language.enrich`` wrongly overrules it; (b) every other listed language: how often it is
overruled to the right one.

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

from streams.core.enrich import language  # noqa: E402
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


def _sentences(path: Path, column: int, encoding: str, comment: str) -> list[str]:
    """Token-per-line files (CoNLL-2002, GermEval): the sentences, tokens joined by spaces."""
    out: list[str] = []
    tokens: list[str] = []
    for line in path.open(encoding=encoding):
        if line.startswith(comment):
            continue
        parts = line.rstrip("\n").split("\t" if "\t" in line else " ")
        if len(parts) <= column or not parts[column].strip():
            if tokens:
                out.append(" ".join(tokens))
            tokens = []
        elif parts[column] != "-DOCSTART-":
            tokens.append(parts[column])
    return out


def short_sets() -> Iterator[tuple[str, str, list[str]]]:
    """Real texts under 400 characters, by language."""
    records = [r for r in reuters_records() if r["body"]]
    yield "Reuters-21578 first sentences", "en", [r["body"].split(". ")[0] for r in records]
    yield "Reuters-21578 titles (capitals)", "en", [r["title"] for r in reuters_records() if r["title"]]
    en = json.loads((CORPUS / "antara-en-Scrape_antaraNews" / "scrapeResult.json").read_text(encoding="utf-8-sig"))
    yield "ANTARA English first sentences", "en", [str(i.get("content") or "").split(". ")[0] for i in en]
    rss = CORPUS / "antara-rss-scraper-berita-antara"
    items = json.loads((rss / "semua_berita.json").read_text(encoding="utf-8"))
    yield "id RSS titles", "id", [str(i.get("Judul") or "") for i in items]
    yield "id RSS teasers", "id", [str(i.get("Ringkasan") or "") for i in items]
    conll = CORPUS / "conll2002-es-efe" / "esp.testa"
    yield "CoNLL-2002 EFE sentences", "es", _sentences(conll, 0, "utf-8", "\x00")
    germeval = CORPUS / "germeval2014-de" / "NER-de-dev.tsv"
    yield "GermEval 2014 sentences", "de", _sentences(germeval, 1, "utf-8", "#")


DECLARED = ("en", "id", "es", "de", "fr", "pt", "it", "da")


def short_main() -> int:
    """The overrule on short texts: wrong overrules of a right declaration, right overrules of a wrong one."""
    print("| data set | lang | texts | right declaration overruled | wrong declarations | overruled right | wrong |")
    print("|---|---|---|---|---|---|---|")
    for name, expected, texts in short_sets():
        texts = [t.strip() for t in texts if 0 < len(t.strip()) < 400]
        if not texts:
            continue
        kept_wrong = 0
        tried = right = wrong = 0
        for text in texts:
            for declared in (expected, *(d for d in DECLARED if d != expected)):
                article: dict = {"bodies": [{"value": text}], "language": declared}
                language.enrich(article)
                got = article["language"]
                if declared == expected:
                    kept_wrong += got != expected
                    continue
                tried += 1
                same = got == expected or {got, expected} == {"id", "ms"}  # the pair counts as one here
                right += same
                wrong += not same and got != declared
        print(
            f"| {name} | {expected} | {len(texts)} | {kept_wrong} ({kept_wrong / len(texts):.2%}) | {tried} "
            f"| {right} ({right / tried:.1%}) | {wrong} |"
        )
    return 0


def outlet_sets() -> Iterator[tuple[str, str, list[dict]]]:
    """Articles as the pipeline sees them: headline, teaser, the item's own address and outlet name."""
    items = json.loads((CORPUS / "antara-rss-scraper-berita-antara" / "semua_berita.json").read_text(encoding="utf-8"))
    for field, name in (("Ringkasan", "teasers"), ("Judul", "titles")):
        yield (
            f"id RSS {name} with address and outlet",
            "id",
            [
                {
                    "headlines": [{"value": str(i.get("Judul") or "")}],
                    "descriptions": [{"value": str(i.get(field) or "")}] if field != "Judul" else [],
                    "altIds": [{"role": "url", "value": str(i.get("Link") or "")}],
                    "infoSources": [{"name": str(i.get("Media") or "")}],
                }
                for i in items
            ],
        )
    en = json.loads((CORPUS / "antara-en-Scrape_antaraNews" / "scrapeResult.json").read_text(encoding="utf-8-sig"))
    yield (
        "ANTARA English with address and outlet",
        "en",
        [
            {
                "bodies": [{"value": str(i.get("content") or "")}],
                "altIds": [{"role": "url", "value": str(i.get("link") or "")}],
                "infoSources": [{"name": "ANTARA"}],
            }
            for i in en
        ],
    )


def outlet_main() -> int:
    """``language.enrich`` on whole articles (the outlet weighs in; ``detect`` alone is what main() measures)."""
    print("| data set | expected | items | accuracy | wrong as |\n|---|---|---|---|---|")
    for name, expected, articles in outlet_sets():
        for article in articles:
            language.enrich(article)
        got = Counter(a.get("language") for a in articles)
        n = sum(got.values())
        wrong = ", ".join(f"{k}:{v}" for k, v in got.most_common() if k != expected)
        print(f"| {name} | {expected} | {n} | {got[expected] / n:.3f} | {wrong or '-'} |")
    return 0


def main() -> int:
    if "--short" in sys.argv[1:]:
        return short_main()
    if "--outlet" in sys.argv[1:]:
        return outlet_main()
    print("| data set | expected | items | accuracy | wrong as |\n|---|---|---|---|---|")
    for name, expected, texts in sets():
        got = Counter(detect(t)[0] for t in texts if t.strip())
        n = sum(got.values())
        wrong = ", ".join(f"{k}:{v}" for k, v in got.most_common() if k != expected)
        print(f"| {name} | {expected} | {n} | {got[expected] / n:.3f} | {wrong or '-'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
