"""Rough check of the Media Topic classifier against Reuters-21578 TOPICS.

    .venv/bin/python scripts/eval_subjects.py

Every Reuters-21578 topic (earn, acq, money-fx, crude, grain, trade, interest, ship ...) is an economy,
business and finance story (medtop:04000000), so on records with gold TOPICS we report how often
04000000 is the first subject and how often it is among the subjects; on records without TOPICS
(mostly also business news, unlabelled) only the coverage.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_places import reuters_article, reuters_records  # noqa: E402

from streams.core.enrich import subjects  # noqa: E402

ECONOMY = subjects.MEDIATOPIC_URI.format("04000000")


def main() -> int:
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
