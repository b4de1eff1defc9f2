"""One small input per supported wire format through ``process()``: writes docs/formats.md.

    .venv/bin/python scripts/format_examples.py            # writes docs/formats.md
    .venv/bin/python scripts/format_examples.py --out -    # prints it

Inputs are the repository's own samples and test fixtures (project licence, or IPTC examples under
MIT / CC BY 4.0). The ninjs 1.x example is an IPTC example read from the shared corpus
(``../shared/corpus/iptc-ninjs``, MIT); without the corpus that example is left out. The ANPA-1312 and
IPTC 7901 inputs are the synthetic byte strings of ``tests/unit/test_formats_text.py``.

Articles are shown abridged (the fields a reader checks first). ``received-at`` is fixed so the output is
reproducible. The notes under each example were written by hand after reading the output: re-read them
when the pipeline changes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core.enrich import Resources, load_resources  # noqa: E402
from streams.core.model import Origin, RawItem  # noqa: E402
from streams.core.pipeline import Outcome, process  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
RECEIVED_AT = "2026-01-01T00:00:00Z"
INPUT_LINES = 15
BODY_CHARS = 200


def _test_bytes(name: str) -> Callable[[], bytes]:
    def load() -> bytes:
        from tests.unit import test_formats_text

        return bytes(getattr(test_formats_text, name))

    return load


@dataclass(frozen=True)
class Example:
    title: str
    source: str  # path shown to the reader
    load: Callable[[], bytes]
    note: str = ""  # problems visible in the output, by hand
    filename: str | None = None


def repo(rel: str) -> Callable[[], bytes]:
    return lambda: (ROOT / rel).read_bytes()


def corpus(rel: str) -> Callable[[], bytes]:
    return lambda: (CORPUS / rel).read_bytes()


EXAMPLES: tuple[Example, ...] = (
    Example(
        "Plain text, ANTARA style (Indonesian)",
        "samples/antara_id_synthetic.txt",
        repo("samples/antara_id_synthetic.txt"),
    ),
    Example(
        "Plain text, Reuters style (English)",
        "samples/reuters_en_synthetic.txt",
        repo("samples/reuters_en_synthetic.txt"),
    ),
    Example(
        "Plain text, Bernama style (Malay)",
        "samples/bernama_ms_synthetic.txt",
        repo("samples/bernama_ms_synthetic.txt"),
    ),
    Example(
        "ninjs 1.x (1.4)",
        "../shared/corpus/iptc-ninjs/1.4/ninjsExSimpleText1.json "
        "(IPTC iptc/newsinjson `examples/1.4/ninjsExSimpleText1.json`, MIT)",
        corpus("iptc-ninjs/1.4/ninjsExSimpleText1.json"),
    ),
    Example(
        "ninjs 2.x (2.1)",
        "tests/fixtures/json/ninjsExSimpleText_2.1.json",
        repo("tests/fixtures/json/ninjsExSimpleText_2.1.json"),
    ),
    Example("ninjs 3.x (3.0)", "tests/fixtures/json/ntb_text_3.0.json", repo("tests/fixtures/json/ntb_text_3.0.json")),
    Example("NewsML-G2 newsItem", "samples/newsml_g2_example.xml", repo("samples/newsml_g2_example.xml")),
    Example(
        "NewsML-G2 newsMessage (3 items: text, picture, text)",
        "tests/fixtures/xml/g2_message_ns0.xml",
        repo("tests/fixtures/xml/g2_message_ns0.xml"),
    ),
    Example("NITF 3.x (ISO-8859-1)", "tests/fixtures/xml/nitf_latin1.xml", repo("tests/fixtures/xml/nitf_latin1.xml")),
    Example("NewsML 1.2", "tests/fixtures/xml/newsml12_minimal.xml", repo("tests/fixtures/xml/newsml12_minimal.xml")),
    Example(
        "ninjs picture (1.4)",
        "tests/fixtures/json/ninjsExSimplePhoto1_1.4.json",
        repo("tests/fixtures/json/ninjsExSimplePhoto1_1.4.json"),
    ),
    Example(
        "NewsML-G2 picture (IPTC LISTING 3)",
        "tests/fixtures/xml/iptc_listing3_photo.xml",
        repo("tests/fixtures/xml/iptc_listing3_photo.xml"),
    ),
    Example(
        "NewsML-G2 package with its members in one newsMessage (video, audio, picture, text)",
        "../shared/corpus/superdesk-core-fixtures/video.xml (Superdesk test fixture, AGPL-3.0, read at "
        "generation time, not shipped)",
        corpus("superdesk-core-fixtures/video.xml"),
    ),
    Example(
        "NewsML-G2 event (conceptItem)",
        "tests/fixtures/contract/g2-event.xml",
        repo("tests/fixtures/contract/g2-event.xml"),
    ),
    Example(
        "NewsML 1.2 with photos", "tests/fixtures/xml/newsml12_media.xml", repo("tests/fixtures/xml/newsml12_media.xml")
    ),
    Example(
        "RSS with Media RSS and a podcast enclosure",
        "tests/fixtures/feeds/media_rss.xml",
        repo("tests/fixtures/feeds/media_rss.xml"),
    ),
    Example(
        "Ritzau XML",
        "../shared/corpus/superdesk-core-fixtures/ritzau_news.xml (Superdesk test fixture, "
        "AGPL-3.0, read at generation time, not shipped)",
        corpus("superdesk-core-fixtures/ritzau_news.xml"),
    ),
    Example(
        "ANPA-1312",
        "tests/unit/test_formats_text.py `SYNTHETIC_ANPA`",
        _test_bytes("SYNTHETIC_ANPA"),
        filename="synthetic.anpa",
    ),
    Example(
        "IPTC 7901 (dpa flavour)",
        "tests/unit/test_formats_text.py `SYNTHETIC_7901`",
        _test_bytes("SYNTHETIC_7901"),
        filename="synthetic.7901",
    ),
    Example("RSS 2.0", "tests/fixtures/feeds/rss_sample.xml", repo("tests/fixtures/feeds/rss_sample.xml")),
    Example("Atom", "tests/fixtures/feeds/atom_sample.xml", repo("tests/fixtures/feeds/atom_sample.xml")),
    Example(
        "Reuters-21578 SGML", "tests/fixtures/sgml/reuters_sample.sgm", repo("tests/fixtures/sgml/reuters_sample.sgm")
    ),
    Example(
        "Scraped JSON records",
        "tests/fixtures/json/records_sample.json",
        repo("tests/fixtures/json/records_sample.json"),
    ),
    Example("CSV records", "tests/fixtures/csv/records_sample.csv", repo("tests/fixtures/csv/records_sample.csv")),
)

DEAD_LETTERS: tuple[Example, ...] = (
    Example("Random bytes", "samples/garbage.bin", repo("samples/garbage.bin")),
    Example(
        "XML with an external entity (XXE)",
        "tests/fixtures/xml/xxe_passwd.xml",
        repo("tests/fixtures/xml/xxe_passwd.xml"),
    ),
    Example("Truncated XML", "tests/fixtures/xml/truncated.xml", repo("tests/fixtures/xml/truncated.xml")),
    Example(
        "A NewsML-G2 concept item (a subject code, not news)",
        "../shared/corpus/iptc-newsml-g2/LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml "
        "(IPTC NewsML-G2 Guidelines example, CC BY 4.0)",
        corpus("iptc-newsml-g2/LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml"),
    ),
)

# Problems visible in the outputs below, by example title (written after reading the generated output).
NOTES: dict[str, str] = {
    "ninjs 1.x (1.4)": (
        '`ext.countries` holds `CA`: "Tuscany" is resolved to Tuscany, a neighbourhood of Calgary (GeoNames '
        "6170682, Calgary coordinates in `places[].geoJSON`), because the gazetteer has no Italian region of that "
        "name."
    ),
    "ninjs 2.x (2.1)": 'Same as 1.4 (same story): `CA` in `ext.countries` from "Tuscany" → Calgary.',
    "ninjs 3.x (3.0)": (
        '`ext.countries` holds `US` and `places` has Topeka, Kansas: "Google" is an alternate GeoNames name of '
        "Topeka (GeoNames 4280539). The IPTC example carries its text only as a description (`role: text`), so "
        "there is no body."
    ),
    "NewsML-G2 newsItem": (
        '`by` is the raw byline "By Meredith Jameson," (prefix and trailing comma kept) while '
        '`ext.contributors` has the clean name. The dateline "(New York, NY - October 21)" stays at the start '
        "of the body and there is no `ext.dateline`."
    ),
    "NewsML-G2 newsMessage (3 items: text, picture, text)": (
        "The picture item (`pic-1`) is published as a `picture` without renditions or caption (the fixture gives "
        'it only a headline). Item 1\'s subject is named by its bare code "04000000" (no label for `subj:` '
        "qcodes)."
    ),
    "NITF 3.x (ISO-8859-1)": (
        '`by` keeps the "By " prefix. `located` and `ext.dateline.city` are upper-case "LONDON" (the '
        'Reuters SGML and ANPA paths give natural case; `places` does say "London"). The body still starts '
        'with the dateline "LONDON, Jan 2 - " although the structured dateline was read.'
    ),
    "NewsML 1.2": ('`by` keeps the "By " prefix; the subject is named by its bare code "04000000".'),
    "ninjs picture (1.4)": '`ext.countries` has `CA`: "Tuscan" → Calgary again, as in the ninjs text examples.',
    "NewsML-G2 picture (IPTC LISTING 3)": (
        "The renditions have no `href`: the example's hrefs are relative (`./GYI0062134533.jpg`) and a ninjs href "
        'must be a URI. Source `subjects` of type geoArea ("Las Vegas Boulevard") stay subjects.'
    ),
    "Ritzau XML": 'No headline: the item is a flash that carries none (`<headline i:nil="true"/>`).',
    "ANPA-1312": '`by` is upper-case "ANA CONTOH" as on the wire (not natural case).',
    "IPTC 7901 (dpa flavour)": ('`by` is "Ana Contoh, dpa" (agency kept), `ext.contributors` has the clean name.'),
    "RSS 2.0": (
        'Item 1: the dateline "PORTSMOUTH, Jan 5 (Example) -" stays in the body and there is no `located` '
        '("Example" is not a known agency tag; the input is synthetic). The `<br/>` inside a paragraph became a '
        'paragraph break ("Ferries resumed\\n\\nat noon.").'
    ),
    "Reuters-21578 SGML": (
        "`infoSources` has no `role: originator`, which the plain-text and ANPA paths set for their agency."
    ),
    "Scraped JSON records": (
        'Item 1: `infoSources` names the same agency twice, "Antara News" (the record\'s `sumber`) and '
        '"ANTARA" (originator, from the dateline). Item 4 (the bare number 42) is dead-lettered as `no_text`, '
        "where `malformed_json` would say more."
    ),
    "CSV records": (
        "No `infoSources` and no `copyrightHolder`, although the provider is known (`urn:antara:` uris, "
        "`ext.provenance.provider` = antara)."
    ),
}


def _source(example: Example, short: bool = False) -> str:
    """``path`` in backticks, then the rest of ``source`` (origin, variable name) unless ``short``."""
    path, _, rest = example.source.partition(" ")
    if rest.startswith("`") and rest.count("`") == 2:  # a variable name: part of the path
        return f"`{path}` {rest}"
    return f"`{path}`" + (f" {rest}" if rest and not short else "")


def show_input(payload: bytes) -> str:
    """The first lines of the input as text; control characters as Unicode control pictures (␁ ␂ ␃ ...)."""
    try:
        text = payload.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = payload.decode("latin-1")
    lines = text.replace("\r\n", "\n").split("\n")
    shown = []
    for line in lines[:INPUT_LINES]:
        line = "".join(chr(0x2400 + ord(c)) if ord(c) < 32 and c != "\t" else ("␡" if c == "\x7f" else c) for c in line)
        shown.append(line if len(line) <= 160 else line[:160] + " …")
    if len(lines) > INPUT_LINES:
        shown.append(f"… ({len(lines) - INPUT_LINES} more lines)")
    return "\n".join(shown)


def abridge(article: dict[str, Any]) -> dict[str, Any]:
    ext = article.get("ext", {})
    out: dict[str, Any] = {}
    for key in ("uri", "type", "version", "pubStatus", "language", "headlines", "descriptions"):
        if key in article:
            out[key] = article[key]
    body = next((b["value"] for b in article.get("bodies", ())), None)
    if body is not None:
        out["body (first 200 chars)"] = body[:BODY_CHARS] + ("…" if len(body) > BODY_CHARS else "")
    for key in ("by", "located", "infoSources", "eventDetails", "plannedCoverage"):
        if key in article:
            out[key] = article[key]
    if "renditions" in article:
        out["renditions (name, contentType, size)"] = [
            " ".join(str(r[k]) for k in ("name", "contentType") if k in r)
            + (f" {r['width']}x{r['height']}" if "width" in r and "height" in r else "")
            + (f" {r['duration']}s" if "duration" in r else "")
            for r in article["renditions"]
        ]
    if "associations" in article:
        out["associations (name, type, uri)"] = [
            " ".join(str(a[k]) for k in ("name", "type", "uri") if k in a)
            + (f" [{len(a['renditions'])} rendition(s)]" if a.get("renditions") else "")
            + (" [caption]" if any(d.get("role") == "caption" for d in a.get("descriptions", ())) else "")
            for a in article["associations"]
        ]
    for key in ("dateline", "contributors", "creditline", "countries"):
        if key in ext:
            out[f"ext.{key}"] = ext[key]
    for key in ("people", "subjects"):
        if key in article:
            out[f"{key} (names)"] = [p.get("name") for p in article[key]]
    out["ext.provenance.sourceFormat"] = ext.get("provenance", {}).get("sourceFormat")
    return out


def dump(obj: dict[str, Any]) -> str:
    """One key per line, values compact: short enough to read, still valid JSON."""
    rows = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in obj.items()]
    return "{\n" + ",\n".join(rows) + "\n}"


def run(example: Example, resources: Resources) -> tuple[bytes, list[Outcome]]:
    payload = example.load()
    name = example.filename or Path(example.source.partition(" ")[0]).name
    raw = RawItem(payload, {"filename": name, "received-at": RECEIVED_AT}, Origin(filename=name))
    return payload, process(raw, resources)


def render_outcome(outcome: Outcome, index: int, total: int) -> list[str]:
    label = f"Outcome {index + 1} of {total}: " if total > 1 else ""
    if outcome.kind == "article":
        return [f"{label}article (abridged):", "", "```json", dump(abridge(outcome.record)), "```", ""]
    record = dict(outcome.record)
    if "payload" in record:
        encoded = record["payload"]
        record["payload"] = encoded[:48] + ("…" if len(encoded) > 48 else "")
    return [f"{label}dead letter:", "", "```json", json.dumps(record, ensure_ascii=False, indent=2), "```", ""]


def render(resources: Resources) -> str:
    out = [
        "# Supported wire formats, by example",
        "",
        "Generated by `scripts/format_examples.py` (do not edit by hand; the notes live in the script).",
        "Each input below went through `streams.core.pipeline.process()` exactly as the worker runs it",
        f"(headers `filename` and `received-at: {RECEIVED_AT}`); the format was sniffed, not given.",
        "Articles are abridged to the fields a reader checks first; the full shape is in",
        "[article-contract.md](article-contract.md). Inputs are the repository's samples and fixtures",
        "(synthetic, or IPTC examples under MIT / CC BY 4.0), except where a path says otherwise.",
        "The **Problems visible above** notes were written by hand after reading this output; they go stale",
        "when the pipeline improves, so re-read them whenever this file is regenerated.",
        "",
        "Every ninjs news type is published (issue #16): `text`; `picture`, `graphic`, `video` and `audio` with",
        "their `renditions` (href, contentType, width/height, duration, sizeInBytes where the source gives them),",
        "their caption as `descriptions[role=caption]`, the photographer as `by` and the credit line in",
        "`ext.creditline`; `composite` packages whose `associations` name their members by uri (members delivered",
        "in the same message are items of their own, right after the package); `event` and `planning` records",
        "with `eventDetails` (start/end as UTC date-times, dates without a time as `expectedStartDate`/",
        "`expectedEndDate`, organiser) or `plannedCoverage`, which the worker publishes on `wire.events`. A text's",
        "associated pictures keep their type, caption, by-line and renditions. Every member of a container (a",
        "newsMessage, a package message, a feed, a JSON array) leaves one record of its own, at its index:",
        "an item, or a dead letter with its reason (a concept or catalog item is `not_an_article`).",
        "",
        "| format | parser (`sourceFormat`) | example input |",
        "|---|---|---|",
    ]
    results = []
    for example in EXAMPLES:
        try:
            payload, outcomes = run(example, resources)
        except FileNotFoundError:
            print(f"skipped (input not found): {example.source}", file=sys.stderr)
            continue
        results.append((example, payload, outcomes))
        formats = sorted(
            {
                (o.record["ext"]["provenance"]["sourceFormat"] if o.kind == "article" else str(o.record.get("format")))
                for o in outcomes
            }
        )
        out.append(f"| {example.title} | {', '.join(f'`{f}`' for f in formats)} | {_source(example, short=True)} |")
    out.append("")
    for example, payload, outcomes in results:
        out += [
            f"## {example.title}",
            "",
            f"Input: {_source(example)}, {len(payload):,} bytes (first lines; control characters shown as ␁ ␂ ␃ …):",
            "",
            "```text",
            show_input(payload),
            "```",
            "",
        ]
        for i, outcome in enumerate(outcomes):
            out += render_outcome(outcome, i, len(outcomes))
        note = NOTES.get(example.title)
        if note:
            out += [f"**Problems visible above:** {note}", ""]
    out += [
        "## Dead letters",
        "",
        "Inputs that do not become articles leave one `wire.deadletter` record each (reason codes in",
        "[article-contract.md §4](article-contract.md#4-dead-letters-wiredeadletter)); the base64 `payload`",
        "is cut short here.",
        "",
    ]
    for example in DEAD_LETTERS:
        payload, outcomes = run(example, resources)
        out += [
            f"### {example.title}",
            "",
            f"Input: {_source(example)}, {len(payload):,} bytes:",
            "",
            "```text",
            show_input(payload),
            "```",
            "",
        ]
        for i, outcome in enumerate(outcomes):
            out += render_outcome(outcome, i, len(outcomes))
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "formats.md"), help="'-' prints to stdout")
    args = parser.parse_args(argv)
    text = render(load_resources())
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
