"""Evaluate the places enricher on the shared corpus and print tables.

    .venv/bin/python scripts/eval_places.py                 # all data sets
    .venv/bin/python scripts/eval_places.py --reuters-only  # the country-level score only
    .venv/bin/python scripts/eval_places.py --no-demonyms   # demonyms not counted as countries
    .venv/bin/python scripts/eval_places.py --toponym-errors /tmp/err.tsv  # every toponym fp/fn

1. Reuters-21578 (reut2-000..002): micro precision/recall/F1 of ``ext.countries`` against the gold
   <PLACES> of every record that has gold places (gold names mapped to ISO codes by
   :data:`REUTERS_TO_ISO` + pycountry). The article is built as the Reuters parser would: headline =
   TITLE, body = BODY, located = the DATELINE city.
2. geoparsing-news-gold (GeoWebNews, TR-News, LGL): toponym precision/recall (a predicted span counts
   when it overlaps a gold span) and, for matched toponyms, the share resolved to the gold GeoNames
   id, and to within 161 km of the gold point (the usual "accuracy@161km"; countries, which carry no
   point here, count by id only).
"""

from __future__ import annotations

import argparse
import html
import math
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core.enrich import places as places_mod  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"

# Gold place strings of the distribution (all-places-strings.lc.txt) that pycountry cannot look up
# by name; former states keep their former ISO 3166-1 code, as the enricher emits them.
REUTERS_TO_ISO = {
    "usa": "US",
    "uk": "GB",
    "ussr": "SU",
    "west-germany": "DE",
    "east-germany": "DD",
    "uae": "AE",
    "south-korea": "KR",
    "north-korea": "KP",
    "burma": "MM",
    "kampuchea": "KH",
    "ivory-coast": "CI",
    "czechoslovakia": "CS",
    "yugoslavia": "YU",
    "zaire": "ZR",
    "vatican": "VA",
    "macao": "MO",
    "taiwan": "TW",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "vietnam": "VN",
    "cape-verde": "CV",
    "swaziland": "SZ",
    "congo": "CG",
    "trinidad-tobago": "TT",
    "antigua": "AG",
    "netherlands-antilles": "AN",
    "western-samoa": "WS",
    "yemen-arab-republic": "YE",
    "yemen-demo-republic": "YD",
    "british-virgin-islands": "VG",
    "us-virgin-islands": "VI",
    "brunei": "BN",
    "turkey": "TR",
    "micronesia": "FM",
    "moldova": "MD",
    "russia": "RU",
    "libya": "LY",
    "macedonia": "MK",
    "guinea-bissau": "GW",
    "dominica": "DM",
}


# The gold is of 1987: a former state's code stands for the places now in its successors, which the
# enricher names by today's codes (MOSCOW -> RU, Belgrade -> RS, East Berlin -> DE). A predicted
# successor counts as the former state where the gold has that state and not the successor itself.
# This is how the eval reads old gold, not a rule of the product.
SUCCESSORS = {
    "SU": frozenset(["RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "AZ", "LT", "LV", "EE", "MD", "KG", "TJ", "TM"]),
    "YU": frozenset(["RS", "HR", "SI", "BA", "MK", "ME", "XK"]),
    "CS": frozenset(("CZ", "SK")),
    "DD": frozenset(("DE",)),
    "YD": frozenset(("YE",)),
}


def as_of_gold(pred: set[str], gold: set[str]) -> set[str]:
    """``pred`` with successor codes read as the former state the gold names (see SUCCESSORS)."""
    out = set()
    for cc in pred:
        former = next((f for f, new in SUCCESSORS.items() if cc in new and f in gold and cc not in gold), None)
        out.add(former or cc)
    return out


def reuters_mapping() -> dict[str, str]:
    """Every gold place string of the distribution -> ISO code (unmapped ones are reported)."""
    mapping: dict[str, str] = {}
    for name in (CORPUS / "reuters21578" / "all-places-strings.lc.txt").read_text().split():
        if name in REUTERS_TO_ISO:
            mapping[name] = REUTERS_TO_ISO[name]
            continue
        try:
            mapping[name] = pycountry.countries.lookup(name.replace("-", " ")).alpha_2
        except LookupError:
            print(f"  unmapped gold place: {name}", file=sys.stderr)
    return mapping


_RECORD = re.compile(r"<REUTERS[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {
    name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("TITLE", "DATELINE", "BODY", "PLACES", "TOPICS")
}
_D = re.compile(r"<D>(.*?)</D>")


def _unescape(text: str) -> str:
    text = re.sub(r"&#(\d+);", lambda m: " " if int(m.group(1)) < 32 or int(m.group(1)) == 127 else m.group(0), text)
    return html.unescape(text)


def reuters_records() -> Iterator[dict[str, Any]]:
    """Records as ``{title, dateline, body, places, topics}`` (a regex reader: the format parser is
    streams.core.formats.reuters_sgml, which this script does not depend on)."""
    for path in sorted((CORPUS / "reuters21578").glob("reut2-*.sgm")):
        for raw in _RECORD.findall(path.read_text(encoding="latin-1")):
            rec: dict[str, Any] = {}
            for name, rx in _FIELD.items():
                m = rx.search(raw)
                value = m.group(1) if m else ""
                rec[name.lower()] = (
                    _D.findall(value) if name in ("PLACES", "TOPICS") else re.sub(r"\s+", " ", _unescape(value)).strip()
                )
            rec["body"] = re.sub(r"\s*Reuter\s*$", "", rec["body"])
            yield rec


def reuters_article(rec: dict[str, Any]) -> dict[str, Any]:
    article: dict[str, Any] = {"language": "en", "ext": {}}
    if rec["title"]:
        article["headlines"] = [{"role": "main", "value": rec["title"]}]
    if rec["body"]:
        article["bodies"] = [{"role": "main", "value": rec["body"]}]
    city = re.split(r",\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\w*\.? \d", rec["dateline"])[
        0
    ].strip(" ,-")
    if city:  # the parser's dateline (the text opens with it), not a located field alone
        article["located"] = city
        article["ext"]["dateline"] = {"text": rec["dateline"].strip(" -"), "city": city}
    return article


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def eval_reuters(gazetteer: places_mod.Gazetteer, show_errors: int = 0, field: str = "countries") -> dict[str, Any]:
    """Micro P/R/F1 of ``ext.<field>`` (countries = what the story is about; countriesMentioned = all)."""
    mapping = reuters_mapping()
    tp = fp = fn = docs = 0
    errors: list[str] = []
    for rec in reuters_records():
        gold = {mapping[g] for g in rec["places"] if g in mapping}
        if not gold:
            continue
        article = reuters_article(rec)
        places_mod.enrich(article, gazetteer)
        pred = as_of_gold(set(article["ext"].get(field, ())), gold)
        docs += 1
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if pred != gold and len(errors) < show_errors:
            errors.append(f"gold={sorted(gold)} pred={sorted(pred)} | {rec['dateline']} | {rec['title'][:70]}")
    p, r, f = prf(tp, fp, fn)
    for e in errors:
        print("   ", e)
    return {"docs": docs, "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def _haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = a, b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def geoparsing_docs(name: str) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """``(text, gold toponyms)``; each toponym ``{start, end, gid, point}``."""
    path = CORPUS / "geoparsing-news-gold" / name
    root = ET.parse(path).getroot()
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for top in art.iter("toponym"):
            if (top.findtext("nonLocational") or "No") == "Yes":
                continue
            start, end = int(top.findtext("start") or -1), int(top.findtext("end") or -1)
            gaz = top.find("gaztag")
            gid = (gaz.get("geonameid") if gaz is not None else top.findtext("geonamesID")) or None
            lat = top.findtext("latitude") or (gaz.findtext("lat") if gaz is not None else None)
            lon = top.findtext("longitude") or (gaz.findtext("lon") if gaz is not None else None)
            point = (float(lat), float(lon)) if lat and lon else None
            gold.append({"start": start, "end": end, "gid": int(gid) if gid else None, "point": point})
        yield text, gold


def _dump_line(name: str, kind: str, text: str, start: int, end: int, place: str) -> str:
    context = re.sub(r"\s+", " ", f"{text[max(0, start - 60) : start]}[[{text[start:end]}]]{text[end : end + 60]}")
    return f"{name}\t{kind}\t{text[start:end]}\t{place}\t{context}"


def eval_geoparsing(gazetteer: places_mod.Gazetteer, name: str, dump: list[str] | None = None) -> dict[str, Any]:
    """Toponym P/R and resolution on one data set; ``dump`` collects one tab-separated line per false
    positive and false negative (data set, fp/fn, surface, place, context) for grouping by cause."""
    tp = fp = fn = same_id = near = with_id = with_point = 0
    for text, gold in geoparsing_docs(name):
        mentions, _ = gazetteer.resolve(text, "en")
        matched_gold: set[int] = set()
        for m in mentions:
            hit = next((i for i, g in enumerate(gold) if g["start"] < m.end and m.start < g["end"]), None)
            if hit is None:
                fp += 1
                if dump is not None:
                    p = gazetteer.places[m.place]
                    dump.append(_dump_line(name, "fp", text, m.start, m.end, f"{p.names[0]} ({p.kind}, {p.cc})"))
                continue
            tp += 1
            matched_gold.add(hit)
            g, p = gold[hit], gazetteer.places[m.place]
            if g["gid"] is not None:
                with_id += 1
                same_id += int(p.geonameid == g["gid"])
            if g["point"] is not None:
                with_point += 1
                if p.lat is not None and p.lon is not None:
                    near += int(_haversine_km((p.lat, p.lon), g["point"]) <= 161)
                else:
                    near += int(p.geonameid is not None and p.geonameid == g["gid"])
        fn += len(gold) - len(matched_gold)
        if dump is not None:
            dump.extend(
                _dump_line(name, "fn", text, g["start"], g["end"], "")
                for i, g in enumerate(gold)
                if i not in matched_gold
            )
    pr, rc, f = prf(tp, fp, fn)
    return {
        "toponyms": tp + fn,
        "precision": pr,
        "recall": rc,
        "f1": f,
        "same_id": same_id / with_id if with_id else 0.0,
        "within_161km": near / with_point if with_point else 0.0,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reuters-only", action="store_true")
    ap.add_argument("--no-demonyms", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print this many Reuters disagreements")
    ap.add_argument(
        "--toponym-errors",
        type=Path,
        metavar="FILE",
        help="write every toponym false positive and false negative to FILE (tab-separated)",
    )
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    gazetteer = places_mod.load()
    gazetteer.demonyms = not args.no_demonyms
    r = eval_reuters(gazetteer, args.errors)
    print(
        f"Reuters-21578 ext.countries (demonyms {'off' if args.no_demonyms else 'on'}), {r['docs']} records with gold"
    )
    print("| field | precision | recall | F1 | tp | fp | fn |\n|---|---|---|---|---|---|---|")
    mentioned = eval_reuters(gazetteer, 0, "countriesMentioned")
    for field, row in (("countries", r), ("countriesMentioned", mentioned)):
        print(
            f"| ext.{field} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} "
            f"| {row['tp']} | {row['fp']} | {row['fn']} |"
        )
    if args.reuters_only:
        return 0
    print("\nToponyms (geoparsing-news-gold; overlap match; resolution on matched toponyms)")
    print("| data set | gold toponyms | precision | recall | F1 | same GeoNames id | within 161 km |")
    print("|---|---|---|---|---|---|---|")
    dump: list[str] | None = [] if args.toponym_errors else None
    for name, label in (("GWN.xml", "GeoWebNews"), ("TR-News.xml", "TR-News"), ("lgl.xml", "LGL")):
        g = eval_geoparsing(gazetteer, name, dump)
        print(
            f"| {label} | {g['toponyms']} | {g['precision']:.3f} | {g['recall']:.3f} | {g['f1']:.3f} | "
            f"{g['same_id']:.3f} | {g['within_161km']:.3f} |"
        )
    if args.toponym_errors and dump is not None:
        args.toponym_errors.write_text("\n".join(dump) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
