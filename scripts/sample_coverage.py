"""Which IPTC and Superdesk sample files give at least one published item, and what every member became.

    PYTHONPATH=. .venv/bin/python scripts/sample_coverage.py            # markdown summary on stdout
    PYTHONPATH=. .venv/bin/python scripts/sample_coverage.py --files    # plus one line per file

The measure of issue #16: of the sample files under ``../shared/corpus`` (``superdesk-core-fixtures``,
``iptc-newsml-g2``, ``iptc-ninjs/3.0``, ``iptc-ninjs/2.1``) the share whose ``process()`` outcomes hold at least
one article (any ninjs ``type``), the item types published, and every file without one with its dead-letter
reasons. Dedupe is not applied (the per-file question is "does it publish anything").
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core.enrich import load_resources  # noqa: E402
from streams.core.model import Origin, RawItem  # noqa: E402
from streams.core.pipeline import process  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("superdesk-core-fixtures", "iptc-newsml-g2", "iptc-ninjs/3.0", "iptc-ninjs/2.1")
RECEIVED_AT = "2026-01-01T00:00:00Z"


def sample_files(corpus: Path = CORPUS) -> list[Path]:
    """The sample files of the measure (direct children of the four folders, documentation excluded)."""
    out: list[Path] = []
    for folder in FOLDERS:
        base = corpus / folder
        if base.is_dir():
            out.extend(p for p in sorted(base.iterdir()) if p.is_file() and p.suffix.lower() not in (".md",))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", action="store_true", help="one line per file")
    args = parser.parse_args()
    resources = load_resources()
    files = sample_files()
    if not files:
        print(f"corpus not found under {CORPUS}", file=sys.stderr)
        return 1
    published = 0
    types: Counter[str] = Counter()
    reasons_all: Counter[str] = Counter()
    misses: list[tuple[str, str]] = []
    lines: list[str] = []
    for path in files:
        rel = str(path.relative_to(CORPUS))
        raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=rel))
        outcomes = process(raw, resources, received_at=RECEIVED_AT)
        kinds = Counter(o.record["type"] for o in outcomes if o.kind == "article")
        dead = Counter(o.record["error"]["reason"] for o in outcomes if o.kind != "article")
        types.update(kinds)
        reasons_all.update(dead)
        if kinds:
            published += 1
        else:
            detail = "; ".join(f"{o.record['error']['reason']}: {o.record['error']['message'][:90]}"
                               for o in outcomes)
            misses.append((rel, detail))
        lines.append(f"- `{rel}`: {dict(kinds)} dead letters {dict(dead)}")
    share = published / len(files)
    print(f"sample files: {len(files)}; with at least one published item: {published} ({share:.1%})\n")
    print("published items by type: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items())))
    print("dead letters by reason: " + (", ".join(f"{k} {v}" for k, v in sorted(reasons_all.items())) or "none"))
    print("\nfiles without a published item:\n")
    for rel, detail in misses:
        print(f"- `{rel}`: {detail}")
    if args.files:
        print("\nper file:\n")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
