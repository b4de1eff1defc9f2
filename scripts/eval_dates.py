"""Dates with tense on Reuters-21578: lay resolved weekday / year-less date / month mentions beside their
sentence for a by-hand check, before and after a change.

    .venv/bin/python scripts/eval_dates.py --n 60 --seed 7                 # a random sample to judge
    .venv/bin/python scripts/eval_dates.py --baseline /tmp/dates_old.py    # also what another dates.py made
                                                                           # of the same mentions
    git show <commit>:streams/core/enrich/dates.py > /tmp/dates_old.py     # (how to get that file)

Every record's ``<DATE>`` is its item date (``versionCreated``), so a weekday or a date without a year
has one right answer that a reader finds in the sentence. The script prints, per sampled mention, the
item date and weekday, the resolution(s) and the sentence; the verdicts are counted by hand
(docs/enrichment.md). ``--changed`` samples only mentions whose resolution differs from the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core.enrich import dates  # noqa: E402
from streams.core.enrich.story import story_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "reuters21578"
_RECORD = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY")}
_STAMP = re.compile(r"(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d\d):(\d\d):(\d\d)")
_MONTHS = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC"
_MON = {m: i for i, m in enumerate(_MONTHS.split(), start=1)}
KINDS = ("weekday", "absolute", "month")  # the kinds that the item date and the context place


def records() -> list[dict[str, str]]:
    """Reuters-21578 records with a body: ``{"created", "title", "body"}``."""
    out: list[dict[str, str]] = []
    for path in sorted(CORPUS.glob("reut2-*.sgm")):
        for raw in _RECORD.findall(path.read_text(encoding="latin-1")):
            fields = {k: (rx.search(raw).group(1) if rx.search(raw) else "") for k, rx in _FIELD.items()}  # type: ignore[union-attr]
            m = _STAMP.search(fields["DATE"])
            if not m or not fields["BODY"]:
                continue
            d, mon, y, hh, mm, ss = m.groups()
            body = re.sub(r"\s*Reuter\s*(&#3;)?\s*$", "", fields["BODY"].replace("&lt;", "<").replace("&amp;", "&"))
            created = f"{y}-{_MON[mon]:02d}-{int(d):02d}T{hh}:{mm}:{ss}Z"
            out.append({"created": created, "title": fields["TITLE"], "body": body})
    return out


def _article(rec: dict[str, str]) -> dict[str, Any]:
    article: dict[str, Any] = {
        "language": "en",
        "versionCreated": rec["created"],
        "bodies": [{"role": "main", "value": rec["body"]}],
        "ext": {},
    }
    if rec["title"]:
        article["headlines"] = [{"role": "main", "value": rec["title"]}]
    return article


def mentions(rec: dict[str, str]) -> tuple[str, list[tuple[int, str, str, str]]]:
    """(story text, [(offset, mention, kind, date)]) as ``dates`` resolves them."""
    article = _article(rec)
    text = story_text(article)
    ref = dates._item_date(article)
    hits = dates._find(text, "en")
    return text, [
        (h.start, text[h.start : h.end], e["kind"], e["date"]) for h, e in dates.resolved(text, "en", hits, ref)
    ]


def baseline_mentions(module: ModuleType, rec: dict[str, str]) -> dict[int, str]:
    """offset -> date, as another dates module (the one before a change) resolves them."""
    article = _article(rec)
    text = story_text(article)
    ref = module._item_date(article)
    # through ``resolved`` as ``mentions`` does (session 14): ``_resolve`` alone has no tense or context year,
    # which made a file compared with itself differ in ~100 mentions
    return {hit.start: entry["date"] for hit, entry in module.resolved(text, "en", module._find(text, "en"), ref)}


def _load(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("dates_baseline", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sentence(text: str, at: int) -> str:
    """The sentence around offset ``at`` (at most 160 characters either side), on one line."""
    start = max(text.rfind(". ", 0, at) + 2, at - 160, 0)
    end = text.find(". ", at)
    return re.sub(r"\s+", " ", text[start : end + 1 if 0 <= end < at + 160 else at + 160])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline", help="another dates.py to compare with")
    parser.add_argument("--changed", action="store_true", help="sample only mentions the baseline resolves otherwise")
    parser.add_argument("--kind", choices=KINDS, help="only this kind of mention")
    args = parser.parse_args(argv)
    base = _load(args.baseline) if args.baseline else None
    rows: list[tuple[str, dict[str, str], tuple[int, str, str, str], str | None]] = []
    recs = records()
    for rec in recs:
        old = baseline_mentions(base, rec) if base else {}
        text, found = mentions(rec)
        for at, mention, kind, date in found:
            if kind not in ((args.kind,) if args.kind else KINDS) or re.search(r"\d{4}", mention):
                continue
            rows.append((text, rec, (at, mention, kind, date), old.get(at)))
    changed = [r for r in rows if base and r[3] != r[2][3]]
    print(f"records: {len(recs)}; placed mentions (weekday, year-less date, month alone): {len(rows)}")
    if base:
        absent = sum(r[3] is None for r in changed)
        print(f"resolved otherwise than the baseline: {len(changed)} (absent there: {absent})")
    pool = changed if args.changed else rows
    # ordered by a hash of (seed, item, offset, mention): a run before and after a change samples the
    # same mentions (less those one of them does not read)
    pool.sort(key=lambda r: hashlib.sha1(f"{args.seed}|{r[1]['created']}|{r[2][0]}|{r[2][1]}".encode()).hexdigest())
    for i, (text, rec, (at, mention, _, date), was) in enumerate(
        sorted(pool[: args.n], key=lambda r: (r[1]["created"], r[2][0])), start=1
    ):
        day = dt.date.fromisoformat(rec["created"][:10])
        note = f" (baseline {was})" if base else ""
        print(f"\n{i}. item {rec['created'][:10]} {day:%a} | {mention!r} -> {date}{note}")
        print("   ", _sentence(text, at))
    return 0


if __name__ == "__main__":
    sys.exit(main())
