"""Draw a reproducible media-weighted sample of corpus items for a field-by-field review of pictures, video,
graphics and packages (``review_sample.py`` draws mostly text), and lay each source beside wirefeed's output.

    PYTHONPATH=$PWD .venv/bin/python scripts/media_sample.py --n 40 --seed S --out DIR --cli WRAPPER
        [--exclude DIR_OF_AN_EARLIER_DRAW]

80 % of the items are corpus files that carry media (a NewsML-G2 picture, video, package or planning item,
ninjs with renditions or associations, NITF with ``media``, NewsML 1.2, RSS enclosures, WordPress feeds),
20 % scraped rows that carry an image (ANTARA CSV/JSON, the pwlScrapping JSON). Writes DIR/items/,
DIR/outputs.jsonl (``process --no-dedupe``) and DIR/review.md (source, then every output in full).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_MEDIA_MARKS = re.compile(
    rb'itemClass qcode="(?:ninat|icls):(?:picture|video|graphic|composite|audio|animated)|<packageItem'
    rb'|"type": *"(?:picture|video|graphic|audio|composite)"|<media |<media-reference|enclosure|remoteContent'
    rb'|"renditions"|"associations"'
)
# media links the marks above miss (case-insensitive): NewsML 1.2 ContentItems, images in feeds and scrapes
_MORE_MARKS = re.compile(
    rb'ContentItem Href|<img |<enclosure|media:content|contentRef|<link rel="enclosure"|"image"', re.IGNORECASE
)
_SKIP = ("reuters21578", "conll2002", "germeval", "geoparsing", "antara-", "seed")


def media_files() -> list[Path]:
    """Corpus files (outside the gold sets and scrapes) that carry a picture, clip, graphic or package."""
    out = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and not any(part.startswith(_SKIP) for part in path.relative_to(CORPUS).parts):
            data = path.read_bytes()
            if _MEDIA_MARKS.search(data) or _MORE_MARKS.search(data):
                out.append(path)
    return out


def image_rows() -> list[tuple[str, bytes]]:
    """Scraped rows with an image, one item each (file name, bytes)."""
    rows: list[tuple[str, bytes]] = []
    scrape = json.loads((CORPUS / "antara-rss-scraper-berita-antara/semua_berita.json").read_text("utf-8-sig"))
    scrape = scrape if isinstance(scrape, list) else next(v for v in scrape.values() if isinstance(v, list))
    for i, row in enumerate(scrape):
        if any("gambar" in k.lower() and v for k, v in row.items()):
            rows.append((f"antara-id-rss_{i}.json", json.dumps(row, ensure_ascii=False).encode()))
    full = json.loads((CORPUS / "antara-id-fulltext-pwlScrapping/all_news.json").read_text("utf-8-sig"))
    rows += [(f"antara-id_{i}.json", json.dumps(r, ensure_ascii=False).encode()) for i, r in enumerate(full)]
    text = (CORPUS / "antara-rss-scraper-berita-antara/berita_antara_2026-08-03.csv").read_text("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    for i, row in enumerate(table[1:]):
        if row and row[-1]:
            buf = io.StringIO()
            csv.writer(buf).writerows([table[0], row])
            rows.append((f"antara-csv_{i}.csv", buf.getvalue().encode()))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--cli", default=".venv/bin/wirefeed")
    ap.add_argument("--exclude", type=Path, help="an earlier draw's DIR: its media files are not drawn again")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    seen = {p.name for p in (args.exclude / "items").iterdir()} if args.exclude else set()
    files = [(f"{p.parent.name}_{p.name.replace(' ', '_')}", p) for p in media_files()]
    files = [(name, p) for name, p in files if name not in seen]
    items = args.out / "items"
    items.mkdir(parents=True, exist_ok=True)
    picked = []
    for name, path in rng.sample(files, min(len(files), round(args.n * 0.8))):
        (items / name).write_bytes(path.read_bytes())
        picked.append(name)
    for name, raw in rng.sample(image_rows(), args.n - len(picked)):
        (items / name).write_bytes(raw)
        picked.append(name)
    run = subprocess.run(
        [args.cli, "process", "--no-dedupe", *[str(items / f) for f in picked]], capture_output=True, text=True
    )
    (args.out / "outputs.jsonl").write_text(run.stdout)
    outs: dict[str, list[dict[str, object]]] = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        origin = record.get("origin") or ((record.get("ext") or {}).get("provenance") or {}).get("rawRef") or {}
        outs.setdefault(Path(str(origin.get("filename", ""))).name, []).append(record)
    md = [f"# Media draw: seed {args.seed}, {len(picked)} items\n"]
    for name in picked:
        md += [f"\n## {name}\n", "```", (items / name).read_text(errors="replace")[:6000], "```"]
        for record in outs.get(name, []):
            md += ["```json", json.dumps(record, ensure_ascii=False, indent=1)[:8000], "```"]
    (args.out / "review.md").write_text("\n".join(md))
    print(f"{len(picked)} items, {sum(map(len, outs.values()))} outputs → {args.out / 'review.md'}")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
