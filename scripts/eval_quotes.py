"""Quote attribution, by hand: a random sample of quotations with the paragraph they stand in and the
speaker wirefeed gives them.

    .venv/bin/python scripts/eval_quotes.py --n 40 --seed 15        # judge each speaker against the text

Items come from ``../shared/tools/review_sample.py``'s pools (Reuters-21578, ANTARA en/id, the IPTC and
Superdesk fixtures) plus the TR-News articles (international news, many quotes), each run through the
whole pipeline (people and ``ext.roles`` come from the entity enricher, as in production). A verdict is
"right" when the printed speaker is the person the text gives the quotation to, "wrong" when it names
someone else, "none" when no speaker is given although the text names one. A quotation of an
organisation shows its ``source`` ("right" when the text gives it to that organisation).
The sample is the same before and after a change (ordered by a hash of seed, item and quotation).

    .venv/bin/python scripts/eval_quotes.py --n 40 --seed 7219 --lang es,de,fr   # only these languages
    .venv/bin/python scripts/eval_quotes.py --n 40 --seed 7219 --missed          # quoted spans not published

``--lang`` keeps the quotations of articles in those languages (the dpa, AFP, EFE fixtures; the pool
holds few). ``--missed`` draws, instead, quoted spans of three words or more that no published
quotation covers: judge each as "missed" (attributed direct speech the output lacks) or "right"
(a title, a scare quote, a slogan, a headline: rightly not a quotation).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"


def items() -> list[tuple[str, bytes]]:
    """(name, raw item) candidates."""
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    from review_sample import pools

    out = [item for pool in pools().values() for item in pool]
    xml = (CORPUS / "geoparsing-news-gold" / "TR-News.xml").read_text(encoding="utf-8")
    for i, art in enumerate(re.findall(r"<article.*?</article>", xml, re.S)):
        text = re.search(r"<text>(.*?)</text>", art, re.S)
        if text:
            body = re.sub(r"<!\[CDATA\[|\]\]>", "", text.group(1)).strip()
            out.append((f"tr-news_{i}.txt", body.encode()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--lang", default="", help="comma-separated language prefixes (es,de,fr): only their articles")
    parser.add_argument("--missed", action="store_true", help="draw quoted spans that are not published instead")
    args = parser.parse_args(argv)
    from streams.core.enrich import load_resources
    from streams.core.enrich.story import paragraphs, story_text
    from streams.core.model import RawItem
    from streams.core.pipeline import process

    resources = load_resources()
    langs = tuple(x.strip().lower() for x in args.lang.split(",") if x.strip())
    rows: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = []
    for name, raw in items():
        try:
            outcomes = process(RawItem(raw, {"filename": name}), resources, received_at="2026-01-01T00:00:00Z")
        except Exception:  # an item the pipeline rejects has no quotes
            continue
        for outcome in outcomes:
            if outcome.kind != "article":
                continue
            article = outcome.record
            if langs and not str(article.get("language") or "").lower().startswith(langs):
                continue
            text = story_text(article)
            paras = paragraphs(text)
            if args.missed:
                rows.extend((name, {"text": span}, para, article) for para, span in _unpublished(paras, article))
                continue
            for quote in article.get("ext", {}).get("quotes", ()):
                para = next((p for p in paras if quote["text"] in p), quote["text"])
                rows.append((name, quote, para, article))
    # the sample is ordered by a hash of (seed, item, quotation), so that a run before and after a
    # change shows the same quotations (less those no longer read as quotations)
    rows.sort(key=lambda r: hashlib.sha1(f"{args.seed}|{r[0]}|{r[1]['text']}".encode()).hexdigest())
    print(f"quotations: {len(rows)}")
    for i, (name, quote, para, article) in enumerate(rows[: args.n], start=1):
        roles = {r["name"]: r["role"] for r in article.get("ext", {}).get("roles", ())}
        who = quote.get("speaker")
        source = f" source={quote['source']!r}" if quote.get("source") else ""  # an organisation's quotation
        print(
            f"\n{i}. {name} [{article.get('language')}] -> {who!r}"
            + (f" ({roles[who]})" if who in roles else "")
            + source
        )
        print(f"    quote: {quote['text'][:100]!r}")
        print("   ", " ".join(para.split())[:500])
    return 0


# a quoted span in any of the marks quotes.py reads (straight, curly, guillemets, German, ANPA ``...'')
_SPAN = re.compile(r"[\"“«„]([^\"“”«»„\n]{8,300})[\"”»“]|``([^`'\n]{8,300})''")


def _unpublished(paras: list[str], article: dict[str, Any]) -> list[tuple[str, str]]:
    """(paragraph, span) for the quoted spans of three words or more that no published quotation
    overlaps (a missed quotation, or rightly none: a title, a scare quote)."""
    published = [q["text"] for q in article.get("ext", {}).get("quotes", ())]
    out = []
    for para in paras:
        for m in _SPAN.finditer(para):
            span = (m.group(1) or m.group(2) or "").strip(" ,.")
            if span.count(" ") < 2:
                continue
            if any(span[:30] in q or q[:30] in span for q in published):
                continue
            out.append((para, span))
    return out


if __name__ == "__main__":
    sys.exit(main())
