"""Which IPTC and Superdesk sample files give at least one published item, and what every member became.

    PYTHONPATH=. .venv/bin/python scripts/sample_coverage.py            # the markdown section on stdout
    PYTHONPATH=. .venv/bin/python scripts/sample_coverage.py --files    # plus one line per file

The measure of issue #16: of the sample files under ``../shared/corpus`` (``superdesk-core-fixtures``,
``iptc-newsml-g2``, ``iptc-ninjs/3.0``, ``iptc-ninjs/2.1``, direct children) the share whose ``process()``
outcomes hold at least one published item (any ninjs ``type``), the items by type, and every file without
one with its dead-letter reasons and why. Dedupe is not applied (the question is "does it publish anything").
``scripts/corpus_report.py`` renders the same section into ``docs/corpus-report.md`` with :func:`render`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core.enrich import load_resources  # noqa: E402
from streams.core.model import Origin, RawItem  # noqa: E402
from streams.core.pipeline import Outcome, process  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("superdesk-core-fixtures", "iptc-newsml-g2", "iptc-ninjs/3.0", "iptc-ninjs/2.1")
RECEIVED_AT = "2026-01-01T00:00:00Z"
TYPES = ("text", "picture", "graphic", "video", "audio", "composite", "event", "planning")

# why a sample file publishes nothing (relative path glob -> explanation); a miss without one is a finding
WHY: dict[str, str] = {
    "iptc-newsml-g2/LISTING_10_*": "a concept item (an IPTC subject code): vocabulary, not news",
    "iptc-newsml-g2/LISTING_11_*": "a concept item (a person): vocabulary, not news",
    "iptc-newsml-g2/LISTING_12_*": "a knowledge item of access codes (a scheme): vocabulary, not news",
    "iptc-newsml-g2/LISTING_13_*": "a catalog item: the vocabularies' catalog, not news",
    "iptc-newsml-g2/LISTING_28_*": "a Guidelines fragment with metadata only (no headline, body or rendition)",
    "iptc-newsml-g2/LISTING_29_*": "a Guidelines example of hop history: metadata only, no content",
    "iptc-newsml-g2/ap_metadata_example.xml": "AP metadata example of a video item without headline or rendition",
    "iptc-newsml-g2/facet-example*.xml": "facet examples: item metadata only, no headline or content",
    "superdesk-core-fixtures/aap-finance-lite.xml": "NITF with an empty title and no headline or body text",
    "superdesk-core-fixtures/channel1": "a Reuters polling reply listing item ids (no content), not a news item",
}


def sample_files(corpus: Path = CORPUS) -> list[Path]:
    """The sample files of the measure (direct children of the four folders, documentation excluded)."""
    out: list[Path] = []
    for folder in FOLDERS:
        base = corpus / folder
        if base.is_dir():
            out.extend(p for p in sorted(base.iterdir()) if p.is_file() and p.suffix.lower() != ".md")
    return out


def is_sample(rel: str) -> bool:
    """True for a corpus-relative path that belongs to the measure."""
    folder, _, name = rel.rpartition("/")
    return folder in FOLDERS and bool(name) and not name.lower().endswith(".md")


def why(rel: str) -> str | None:
    return next((text for pattern, text in WHY.items() if fnmatch(rel, pattern)), None)


def render(results: Iterable[tuple[str, Sequence[Outcome]]], command: str) -> list[str]:
    """The markdown section for ``(relative path, outcomes)`` of the sample files."""
    rows = [(rel, outcomes) for rel, outcomes in results if is_sample(rel)]
    published = [rel for rel, outcomes in rows if any(o.kind == "article" for o in outcomes)]
    types: Counter[str] = Counter(o.record["type"] for _, outcomes in rows for o in outcomes if o.kind == "article")
    dead: Counter[str] = Counter(
        o.record["error"]["reason"] for _, outcomes in rows for o in outcomes if o.kind != "article"
    )
    members = sum(len(outcomes) for _, outcomes in rows)
    share = len(published) / len(rows) if rows else 0.0
    out = [
        "## IPTC and Superdesk sample files: items of every type (issue #16)",
        "",
        f"Command: `{command}`. The sample files are the direct children of `{'`, `'.join(FOLDERS)}`.",
        "Published = at least one outcome is an item (any ninjs type) before dedupe.",
        "",
        f"- sample files: {len(rows)}; with at least one published item: **{len(published)} ({share:.1%})**",
        f"- outcomes (one per member of every container): {members}",
        "- published items by type: "
        + ", ".join(f"{t} {types[t]}" for t in TYPES if types[t])
        + "".join(f", {t} {n}" for t, n in sorted(types.items()) if t not in TYPES),
        "- dead letters by reason: " + (", ".join(f"`{k}` {v}" for k, v in sorted(dead.items())) or "none"),
        "",
        "Files without a published item, with the reason:",
        "",
    ]
    for rel, outcomes in rows:
        if rel in published:
            continue
        codes = Counter(o.record["error"]["reason"] for o in outcomes)
        out.append(
            f"- `{rel}`: "
            + ", ".join(f"`{c}`" + (f" ×{n}" if n > 1 else "") for c, n in codes.items())
            + f" — {why(rel) or 'UNEXPLAINED'}"
        )
    return out


def run(paths: Iterable[Path], corpus: Path = CORPUS) -> list[tuple[str, list[Outcome]]]:
    resources = load_resources()
    results: list[tuple[str, list[Outcome]]] = []
    for path in paths:
        rel = str(path.relative_to(corpus))
        raw = RawItem(path.read_bytes(), {"filename": path.name}, Origin(filename=rel))
        results.append((rel, process(raw, resources, received_at=RECEIVED_AT)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", action="store_true", help="one line per file")
    args = parser.parse_args()
    files = sample_files()
    if not files:
        print(f"corpus not found under {CORPUS}", file=sys.stderr)
        return 1
    results = run(files)
    print("\n".join(render(results, ".venv/bin/python scripts/sample_coverage.py")))
    if args.files:
        print("\nper file:\n")
        for rel, outcomes in results:
            kinds: Counter[Any] = Counter(
                o.record["type"] if o.kind == "article" else o.record["error"]["reason"] for o in outcomes
            )
            print(f"- `{rel}`: {dict(kinds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
