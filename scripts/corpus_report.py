"""Run every file of the shared corpus through the pipeline: outcomes per source folder and cost per format.

    .venv/bin/python scripts/corpus_report.py                  # writes docs/corpus-report.md
    .venv/bin/python scripts/corpus_report.py --repeat 5 --out -   # print the report instead

Every item file under ``../shared/corpus`` goes through ``streams.core.pipeline.process`` with the headers
``wirefeed push`` would send (``filename``); an exception escaping ``process()`` is a failure (exit 1), and so
is an ``internal_error`` dead letter. Non-item files of the corpus (READMEs, the Reuters-21578 DTD and category
vocabularies) are skipped, and the report says which and why.

Costs are measured per file, by calling the stages directly, ``--repeat`` times (the minimum of the repeats
is kept, per file and stage, to damp the noise of a shared machine):

* parse     = ``registry.select`` + ``parser.parse`` on the file's bytes, divided by the items it yields;
* normalise = ``normalize_item`` + ``copy.extract`` on each parsed item (per item);
* process   = the whole ``process()`` call (enrichment and hashing included), divided by its outcomes.

Median and p99 (nearest rank) are then taken over the items of each format (the parser name), so a
container file (an SGML file of 1,000 records, a JSON array) weighs by its items, not as one sample.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import platform
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core import reasons  # noqa: E402
from streams.core.copy import extract  # noqa: E402
from streams.core.enrich import Resources, load_resources  # noqa: E402
from streams.core.formats import registry  # noqa: E402
from streams.core.model import Origin, RawItem  # noqa: E402
from streams.core.normalize import normalize_item  # noqa: E402
from streams.core.pipeline import Outcome, process  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
import sample_coverage  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
RECEIVED_AT = "2026-01-01T00:00:00Z"
SLOW_S = 5.0  # files whose process() takes longer are measured once

# relative path (glob) -> why it is not an item
SKIPPED: dict[str, str] = {
    "README.md": "the corpus's own README (provenance and licences), documentation",
    "reuters21578/README.txt": "Reuters-21578 distribution README (format description and licence), documentation",
    "reuters21578/lewis.dtd": "the SGML DTD the .sgm files refer to, not a record",
    "reuters21578/cat-descriptions_*.txt": "category descriptions of the distribution, documentation",
    "reuters21578/all-*-strings.lc.txt": "category vocabularies (one lower-case code per line), not items",
}
# annotation datasets: not wire items, processed anyway to show what the pipeline makes of them
ANNOTATION = {
    "conll2002-es-efe": "CoNLL-2002 NER columns (token POS IOB), EFE sentences",
    "germeval2014-de": "GermEval 2014 NER TSV (idx token outer inner), one sentence per block",
    "geoparsing-news-gold": "geoparsing gold XML (article texts + toponym offsets)",
}


@dataclass
class FileResult:
    rel: str
    folder: str
    outcomes: list[Outcome]
    process_s: float  # min over repeats, whole file
    size: int = 0  # bytes
    parse_s: float | None = None  # min over repeats, whole file (None: parse rejected the file)
    items: int = 0  # parsed items
    normalise_s: list[float] = field(default_factory=list)  # per item, min over repeats
    formats: list[str] = field(default_factory=list)  # per parsed item
    parse_format: str | None = None


def skip_reason(rel: str) -> str | None:
    return next((why for pattern, why in SKIPPED.items() if fnmatch(rel, pattern)), None)


def corpus_files(corpus: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    files, skipped = [], []
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        rel = str(path.relative_to(corpus))
        why = skip_reason(rel)
        if why:
            skipped.append((rel, why))
        else:
            files.append(path)
    return files, skipped


def raw_item(path: Path, rel: str) -> RawItem:
    return RawItem(
        path.read_bytes(), {"filename": path.name, "received-at": RECEIVED_AT}, Origin("wire.raw", 0, 0, None, rel)
    )


def run_file(path: Path, rel: str, resources: Resources, repeat: int) -> FileResult:
    raw = raw_item(path, rel)
    outcomes: list[Outcome] = []
    process_s = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            result = process(raw, resources)
        except Exception as exc:  # process() must never raise: report it as a failure
            raise AssertionError(f"{rel}: exception escaped process(): {type(exc).__name__}: {exc}") from exc
        process_s = min(process_s, time.perf_counter() - t0)
        outcomes = outcomes or result
        if process_s > SLOW_S:  # a pathological file: once is enough
            repeat = 1
            break
    res = FileResult(rel, rel.split("/", 1)[0] if "/" in rel else ".", outcomes, process_s, len(raw.payload))

    parse_s = math.inf
    normalise: list[float] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            parser = registry.select(raw.payload, raw.headers)
            items = parser.parse(raw.payload, raw.headers)
        except Exception:  # process() turns this into a dead letter (ItemError) or internal_error
            return res
        parse_s = min(parse_s, time.perf_counter() - t0)
        res.parse_format = parser.name
        times = []
        formats = []
        for item in items:
            item.format = item.format or parser.name  # as process() does
            formats.append(item.format)
            t1 = time.perf_counter()
            try:
                normalize_item(item)
                extract(item)
            except Exception:  # an internal_error in process(); reported from its outcomes
                pass
            times.append(time.perf_counter() - t1)
        normalise = times if not normalise else [min(a, b) for a, b in zip(normalise, times, strict=True)]
        res.formats = formats
    res.parse_s, res.items, res.normalise_s = parse_s, len(res.formats), normalise
    return res


def outcome_format(outcome: Outcome) -> str:
    record = outcome.record
    if outcome.kind == "article":
        return str(record["ext"]["provenance"]["sourceFormat"])
    return str(record.get("format") or "(none)")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def us(seconds: float) -> str:
    micro = seconds * 1e6
    return f"{micro:,.0f}" if micro >= 10 else f"{micro:.1f}"


def table(header: list[str], rows: Iterable[list[Any]], right_from: int = 1) -> list[str]:
    align = ["---" if i < right_from else "---:" for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def sh(*cmd: str) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT).stdout.strip()
    except OSError:
        return "?"


def machine_note() -> list[str]:
    cpu = "?"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    dirty = sh("git", "status", "--short", "--", "streams")
    return [
        f"- machine: {os.cpu_count()} CPU(s), {cpu}; Python {platform.python_version()} on {platform.system()}",
        f"- code: git `{sh('git', 'rev-parse', '--short', 'HEAD')}`"
        + (f" plus {len(dirty.splitlines())} uncommitted change(s) under `streams/`" if dirty else ""),
    ]


def report(
    results: list[FileResult],
    skipped: list[tuple[str, str]],
    repeat: int,
    load_before: str,
    load_after: str,
    wall_s: float,
    command: str,
) -> tuple[list[str], list[str]]:
    """The markdown report and the list of failures (internal_error dead letters)."""
    failures = [
        f"{r.rel}: {o.record['error']['message']}"
        for r in results
        for o in r.outcomes
        if o.kind == "deadletter" and o.record["error"]["reason"] == reasons.INTERNAL_ERROR
    ]
    seen_reasons = [
        code
        for code in reasons.ALL
        if any(o.kind == "deadletter" and o.record["error"]["reason"] == code for r in results for o in r.outcomes)
    ]
    out = [
        "# Corpus report: every shared-corpus file through the pipeline",
        "",
        "Generated by `scripts/corpus_report.py` (do not edit by hand). Command:",
        "",
        "```bash",
        command,
        "```",
        "",
        "The corpus is `../shared/corpus` (third-party data, see its README; not redistributed). Each file is one raw",
        "item with the headers `wirefeed push` sends (`filename`), as the worker would receive it. No exception",
        f"escaped `process()`; internal_error dead letters: {len(failures)}.",
        "",
        "## Machine and load",
        "",
        *machine_note(),
        f"- `uptime` before: `{load_before}`",
        f"- `uptime` after:  `{load_after}`",
        f"- wall time of the run: {wall_s:.0f} s ({repeat} repeats of every measurement)",
        "",
        "**The machine is shared** (other builds and tests ran at the same time, see the load averages), so the",
        "times below are indicative: each figure is the minimum over the repeats, per file and stage, which",
        "removes most but not all interference. The core is being optimised concurrently; outputs stay identical,",
        "timings will change. Re-run the command for current figures.",
        "",
        "## Outcomes per source folder",
        "",
        "items = outcomes of `process()` (one per item of a container); rejections = dead letters by reason code.",
        "",
    ]
    by_folder: dict[str, list[FileResult]] = defaultdict(list)
    for r in results:
        by_folder[r.folder].append(r)
    rows: list[list[Any]] = []
    totals: Counter[str] = Counter()
    for folder, group in sorted(by_folder.items()):
        outcomes = [o for r in group for o in r.outcomes]
        rejected = Counter(o.record["error"]["reason"] for o in outcomes if o.kind == "deadletter")
        articles = sum(o.kind == "article" for o in outcomes)
        row = [
            f"`{folder}/`" + (" (annotations)" if folder in ANNOTATION else ""),
            len(group),
            len(outcomes),
            articles,
            *[rejected.get(code, 0) or "" for code in seen_reasons],
        ]
        rows.append(row)
        totals.update({"files": len(group), "items": len(outcomes), "articles": articles, **rejected})
    rows.append(
        [
            "**total**",
            totals["files"],
            totals["items"],
            totals["articles"],
            *[totals.get(code, 0) or "" for code in seen_reasons],
        ]
    )
    out += table(["folder", "files", "items", "articles", *seen_reasons], rows)

    out += ["", "### Skipped (not items)", ""]
    out += [f"- `{rel}`: {why}" for rel, why in skipped]

    out += ["", "### Annotation datasets (not wire items, processed anyway)", ""]
    for r in results:
        if r.folder not in ANNOTATION:
            continue
        kinds = Counter(o.kind if o.kind == "article" else o.record["error"]["reason"] for o in r.outcomes)
        formats = sorted({outcome_format(o) for o in r.outcomes})
        out.append(
            f"- `{r.rel}` ({ANNOTATION[r.folder]}, {r.size:,} bytes): parsed as "
            f"`{', '.join(formats)}`, "
            + ", ".join(f"{n} {k}" for k, n in kinds.most_common())
            + f"; process() {r.process_s:.2f} s"
            + (f", of which parse {r.parse_s:.2f} s" if r.parse_s is not None else "")
            + "."
        )
        made = [o.record for o in r.outcomes if o.kind == "article"]
        for article in made[:1]:
            headline = next((h["value"] for h in article.get("headlines", [])), None)
            body = next((b["value"] for b in article.get("bodies", [])), "")
            out.append(
                f"  First article: headline {_short(headline)}, body {len(body):,} chars starting "
                f"{_short(body, 70)}, language `{article.get('language')}`, located "
                f"`{article.get('located')}`."
            )

    out += ["", *sample_coverage.render(((r.rel, r.outcomes) for r in results), command)]
    out += [
        "",
        "## Outcomes and cost per format",
        "",
        "format = the parser that read the item (`ext.provenance.sourceFormat`, or the dead letter's `format`).",
        "Times in µs per item: median / p99 over the items of that format (see the script's docstring for how",
        "parse and process times of container files are shared among their items).",
        "",
    ]
    per_format: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"files": set(), "items": 0, "articles": 0, "dead": 0, "parse": [], "normalise": [], "process": []}
    )
    for r in results:
        if r.folder in ANNOTATION:
            continue
        for o in r.outcomes:
            entry = per_format[outcome_format(o)]
            entry["files"].add(r.rel)
            entry["items"] += 1
            entry["articles" if o.kind == "article" else "dead"] += 1
            entry["process"].append(r.process_s / len(r.outcomes))
        if r.parse_s is not None and r.items:
            for fmt, norm in zip(r.formats, r.normalise_s, strict=True):
                per_format[fmt]["parse"].append(r.parse_s / r.items)
                per_format[fmt]["normalise"].append(norm)

    def cell(values: list[float]) -> str:
        return f"{us(pct(values, 0.5))} / {us(pct(values, 0.99))}" if values else "–"

    rows = [
        [
            f"`{fmt}`",
            len(e["files"]),
            e["items"],
            e["articles"],
            e["dead"] or "",
            cell(e["parse"]),
            cell(e["normalise"]),
            cell(e["process"]),
        ]
        for fmt, e in sorted(per_format.items(), key=lambda kv: -kv[1]["items"])
    ]
    out += table(
        [
            "format",
            "files",
            "items",
            "articles",
            "dead letters",
            "parse µs (med / p99)",
            "normalise µs (med / p99)",
            "process µs (med / p99)",
        ],
        rows,
    )
    out += [
        "",
        "`(none)` = rejected before a parser was chosen (`unknown_format`). Dead letters have a process()",
        "time but parse/normalise times only when the parser produced items. The annotation datasets are left",
        "out of this table (their single huge items would swamp `plaintext`); their times are given above.",
        "",
    ]
    out += ["## Every dead letter", "", "file (`#index` inside a container when > 0): reason, message.", ""]
    for r in results:
        for o in r.outcomes:
            if o.kind == "deadletter":
                index = o.record["origin"]["index"]
                error = o.record["error"]
                out.append(f"- `{r.rel}`{f' #{index}' if index else ''}: `{error['reason']}`, {error['message'][:120]}")
    out.append("")
    if failures:
        out += ["## internal_error dead letters (bugs)", "", *[f"- {f}" for f in failures], ""]
    return out, failures


def _short(text: str | None, n: int = 60) -> str:
    if not text:
        return "(none)"
    text = " ".join(text.split())
    return "“" + (text[:n] + "…" if len(text) > n else text) + "”"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="measurements per file and stage (min is kept)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "corpus-report.md"), help="'-' prints to stdout")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    command = ".venv/bin/python scripts/corpus_report.py" + (f" --repeat {args.repeat}" if args.repeat != 3 else "")
    load_before = sh("uptime")
    print(f"uptime: {load_before}", file=sys.stderr)
    started = time.perf_counter()
    resources = load_resources()
    files, skipped = corpus_files(args.corpus)
    results = []
    for path in files:
        rel = str(path.relative_to(args.corpus))
        results.append(run_file(path, rel, resources, max(1, args.repeat)))
        print(f"  {rel}: {len(results[-1].outcomes)} outcome(s)", file=sys.stderr)
    wall = time.perf_counter() - started
    load_after = sh("uptime")
    print(f"uptime: {load_after}", file=sys.stderr)
    lines, failures = report(results, skipped, args.repeat, load_before, load_after, wall, command)
    text = "\n".join(lines).rstrip() + "\n"
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    for failure in failures:
        print(f"INTERNAL_ERROR {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
