"""Rough check of the Media Topic classifier against Reuters-21578 TOPICS, bare provider codes, and a
random sample of corpus items for a by-hand review of their subjects.

    .venv/bin/python scripts/eval_subjects.py                        # Reuters TOPICS
    .venv/bin/python scripts/eval_subjects.py --codes                # subjects published as bare codes
    .venv/bin/python scripts/eval_subjects.py --review 40 --seed 15  # a sample to judge by hand

Every Reuters-21578 topic (earn, acq, money-fx, crude, grain, trade, interest, ship ...) is an economy,
business and finance story (medtop:04000000), so on records with gold TOPICS we report how often
04000000 is the first subject and how often it is among the subjects; on records without TOPICS
(mostly also business news, unlabelled) only the coverage.

``--codes`` runs every IPTC/Superdesk fixture through the pipeline and lists each published subject
whose name is a code (empty, a single letter, digits, or its own uri/code). ``--review`` draws items
from ``../shared/tools/review_sample.py``'s pools in that tool's shares (every source and format) and
prints, per item, the headline, teaser, keywords, the start of the body and every subject with its
creator: judge each one against the text.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_places import reuters_article, reuters_records  # noqa: E402

from streams.core.enrich import subjects  # noqa: E402

ECONOMY = subjects.MEDIATOPIC_URI.format("04000000")


def _process(raw: bytes, name: str) -> list[dict]:
    from streams.core.enrich import load_resources
    from streams.core.model import RawItem
    from streams.core.pipeline import process

    global _RESOURCES
    if _RESOURCES is None:
        _RESOURCES = load_resources()
    try:
        outcomes = process(RawItem(raw, {"filename": name}), _RESOURCES, received_at="2026-01-01T00:00:00Z")
    except Exception:  # a fixture the pipeline rejects has no subjects to judge
        return []
    return [o.record for o in outcomes if o.kind == "article"]


_RESOURCES = None


def _bare(subject: dict) -> bool:
    name = str(subject.get("name") or "")
    code = str(subject.get("uri") or subject.get("literal") or subject.get("qcode") or "")
    return not name or len(name) == 1 or name.isdigit() or name == code


def codes() -> int:
    """Published subjects whose name is a code, over the IPTC/Superdesk fixtures."""
    corpus = ROOT.parent / "shared" / "corpus"
    files = [
        p for d in ("superdesk-core-fixtures", "iptc-newsml-g2", "iptc-ninjs") for p in sorted((corpus / d).rglob("*"))
    ]
    total = bare = 0
    for path in (p for p in files if p.is_file()):
        for article in _process(path.read_bytes(), path.name):
            for subject in article.get("subjects", ()):
                total += 1
                if _bare(subject):
                    bare += 1
                    print(f"{path.name}: {subject}")
    print(f"subjects published: {total}; bare codes: {bare}")
    return 0


# the editor review's shares per pool (../shared/tools/review_sample.py), so that a subjects review
# draws what the field is judged on: a quarter Reuters, a third IPTC/Superdesk, the rest ANTARA
SHARES = {
    "reuters": 0.25,
    "antara-en": 0.15,
    "antara-id": 0.1,
    "antara-id-rss": 0.1,
    "antara-csv": 0.05,
    "iptc-superdesk": 0.35,
}


def review(n: int, seed: int) -> int:
    """A random sample of corpus items with their subjects, for a by-hand verdict: drawn per pool in the
    editor review's shares (``SHARES``), each shown with its headline, teaser, provider keywords and the
    start of its body (an RSS teaser has no body: the headline and teaser are what is judged)."""
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    from review_sample import pools

    rng = random.Random(seed)
    available = pools()
    items = [
        item
        for name, share in SHARES.items()
        for item in rng.sample(available[name], min(len(available[name]), max(1, round(n * share))))
    ]
    shown = 0
    for name, raw in items:
        for article in _process(raw, name)[:1]:
            shown += 1
            head = " / ".join(h.get("value", "") for h in article.get("headlines", ()))
            teaser = " ".join(d.get("value", "") for d in article.get("descriptions", ()))
            body = " ".join(b.get("value", "") for b in article.get("bodies", ()))
            keywords = (article.get("ext") or {}).get("keywords")
            print(f"\n{shown}. {name} [{article.get('language')}] {head[:160]}")
            if teaser:
                print("    teaser:", " ".join(teaser.split())[:300])
            if keywords:
                print("    keywords:", keywords)
            print("    body:", " ".join(body.split())[:400])
            for s in article.get("subjects", ()):
                print(f"    - {s.get('name')!r} {s.get('uri') or s.get('literal') or ''} ({s.get('creator')})")
            if not article.get("subjects"):
                print("    - (no subject)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--codes", action="store_true", help="list subjects published as bare codes")
    parser.add_argument("--review", type=int, metavar="N", help="print N random items' subjects to judge")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args(argv)
    if args.codes:
        return codes()
    if args.review:
        return review(args.review, args.seed)
    lexicon = subjects.load()
    n = first = anywhere = none = 0
    tops: Counter[str] = Counter()
    for rec in reuters_records():
        if not rec["topics"] or not rec["body"]:
            continue
        article = reuters_article(rec)
        subjects.enrich(article, lexicon)
        uris = [s["uri"] for s in article.get("subjects", ())]
        n += 1
        first += int(bool(uris) and uris[0] == ECONOMY)
        anywhere += int(ECONOMY in uris)
        none += int(not uris)
        tops[uris[0].rsplit("/", 1)[1] if uris else "-"] += 1
    print(f"Reuters-21578 records with TOPICS and a body: {n}")
    print("| economy first | economy among subjects | no subject |\n|---|---|---|")
    print(f"| {first / n:.3f} | {anywhere / n:.3f} | {none / n:.3f} |")
    print("first subject distribution:", ", ".join(f"{k}:{v}" for k, v in tops.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
