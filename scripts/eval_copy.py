"""Count defects of the agency-copy fields over corpus text items (issue #15, parts 1, 4 and 5).

    .venv/bin/python scripts/eval_copy.py              # the table
    .venv/bin/python scripts/eval_copy.py --show KEY   # also list the items with defect KEY

Items: every superdesk-core fixture that yields a text article, every IPTC NewsML-G2 and ninjs example
file, the first 200 Reuters-21578 records (reut2-000.sgm, as SGML and as plain copy) and every ANTARA
scrape (CSV, JSON rows, full-text and English scrapes). Each is run
through ``streams.core.pipeline.process`` as the worker does (no dedupe). Counted per article:

- ``no_headline``: no ``headlines``;  ``derived_headline``: the headline is listed in ``ext.derived``
- ``no_info_sources``: no ``infoSources``;  ``source_without_role``: an infoSource without a ``role``
- ``bad_byline``: a by-line that is a placeholder, a desk login ("degenhardt.sandra"), desk initials
  ("gr/bp", "VRG") or keeps a glued label ("ByStaff Reporter")
- ``outlet_byline``: the by-line is (or is made of) an outlet or agency, a newsroom of one or a link
  ("Reuters", "Sports Network", "Redaksi CNBC Indonesia", "futurezone/KN", "https://…"): a source
- ``bad_located``: a placeholder ``located`` ("No-Data-Available")
- ``body_residue``: the body's last paragraph is a sign-off, end mark or desk code ("ends", "RTV",
  "hh/ph"), or the body keeps a contact line ("can be reached at") or a not-for-publication note
- ``body_markup``: the body keeps tag attributes of a broken link (``hugin" href="mailto:…" rel=…``)
- ``end_matter``: the body ends with a press release's end matter: a label with no value ("WEB:"), a
  contact block with an address or phone number, a distributor's disclaimer, or an agency credit
  glued to the last sentence ("… landsmand. /ritzau/")
- ``agency_tag_lead``: the body opens with a tag of capitalised words in parentheses and a dash, an
  agency's dateline tag left in ("(Sports Network) - With …")
- ``slug_case``: a headline derived from a link slug keeps the slug's flattening: a number the text
  writes grouped ("1000" for "1,000") or a capitalised two-letter word that the text never writes
  ("Ri" for "RI")
- ``dateline_in_body``: the body opens with a dateline the copy stage did not read ("NEW YORK, March 4 - ")
- ``dateline_no_located``: a dateline that names a place, but no ``located`` ("SYDNEY March 22 AAP -")
- ``junk_picture``: a picture association that is an avatar, a placeholder or icon-sized ("/26x26/")
- ``quote_headline``: a derived headline that opens with a quotation mark or a dash
- ``by_label``: the by-line keeps a label or a credit that is not who wrote it: a foreign label ("Von
  Christian Hollmann"), an agency affiliation (", dpa", ", Press Association"), a staff number
  ("A3576/_Name"), a social account ("Instagram/ikn_id"), a desk code ("VR-COM") or an agency's staff
  as a group ("dpa correspondents")
- ``contributor_pair``: one contributor entry names two people ("Mia Rabson and Jordan Press")
- ``body_credit_line``: the body ends with an agency tag line ("… contributed to this report.")
- ``body_embed``: the body keeps embed code sent as text (``<div …></div><script …>``)
- ``glued_pair``: two capitalised words run together in the body ("PilkadaUlang") that the article
  writes apart elsewhere ("Pilkada Ulang")
- ``anpa_marks``: ANPA typewriter marks left in the body, headline or summary: ````…''`` quotes or a
  `` _ `` dash between words
- ``event_body_headline``: an event or planning item whose derived headline is neither its title nor
  from its description (written from a body, which may be another story); counted over ``events``, the
  event and planning items of the same inputs (no other row counts them)
- ``slug_attribution``: a slug-derived headline ending in an attribution without its mark ("… position
  Purbaya claims", "… network Minister")
- ``no_first_created``: no ``firstCreated``;  ``ingest_dated``: dated at ingest (``versionCreated`` is the
  receive time), although the source may carry a date
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.core.copy.agencies import lookup  # noqa: E402
from streams.core.enrich import load_resources  # noqa: E402
from streams.core.formats.reuters_sgml import iter_records  # noqa: E402
from streams.core.model import Origin, RawItem  # noqa: E402
from streams.core.pipeline import process  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
RECEIVED_AT = "2030-01-01T00:00:00.000000Z"  # far from every source date, so ingest dating shows
REUTERS_RECORDS = 200

_PLACEHOLDER = re.compile(
    r"(?i)^(?:no[-_ ]?data[-_ ]?available|n/?a|none|null|nil|unknown|undefined|-+|tba|"
    r"not available|tidak ada data)$"
)
_LOGIN = re.compile(
    r"^(?:[a-z][a-z0-9_-]*[._][a-z][a-z0-9_.-]*|[a-z]{1,4}(?:/[a-z]{1,4})+|[A-Z]{1,4}(?:/[A-Z]{1,4})+)$"
)
_INITIALS = re.compile(r"^[A-Z]{2,4}$")
_AGENCY_BYLINES = frozenset({"AP", "AFP", "AAP", "PA", "EFE", "ANSA", "UPI", "DPA", "TT", "NTB", "STT", "CP"})
_GLUED_LABEL = re.compile(r"^(?:By|BY|Oleh)[A-Z]")
_LAST_RESIDUE = re.compile(
    r"(?:^|\s)(?:ends?|ENDS?|RTV|MORE|\(?END\)?|[a-z]{1,4}(?:/[a-z]{1,4}){1,4}|-+\s*[A-Z]{2,8}|Reuter)\s*$"
)
_CONTACT = re.compile(r"(?i)\bcan be reached at\b|not for publication|nicht zur veröffentlichung")
_OUTLET_PART = re.compile(r"(?i)^(?:(?:tim\s+)?redaksi\s+)?(?P<name>.+)$")
_URL_BY = re.compile(r"(?i)^(?:https?://|www\.)")
_MARKUP = re.compile(r'\b(?:href|rel|target)="')
_END_MATTER = re.compile(
    r"(?i)^(?:web(?:site)?|internet|url|links?|contacts?|e-?mail|phone|fax)\s*:$"
    r"|\b(?:ikke|not|nicht|inte)\s+(?:\w+\s+){0,2}(?:ansvarlig|responsible|verantwortlich|ansvarig)\b"
    r"|^(?:[\w&.'-]+\s+){0,4}contacts?\s*:.*(?:@|\+?\d[\d\s()./-]{6,}\d)"
    r"|[.!?\"”]\s*/[a-z]{2,15}/\s*$"
)
_AGENCY_TAG = re.compile(r"^\((?P<tag>[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,3})\)\s*(?:--|[-–—_])\s")
_MONTHS = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# a dateline left opening the body: "NEW YORK, March 4 - ", "SYDNEY March 22 AAP - "
_UNREAD_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{1,30}}(?:, [A-Z][\w.' ]{{1,20}})?,? {_MONTHS} \d{{1,2}}\b[^\n]{{0,16}}?(?:\s[-–—]\s|$)"
)
# a dateline field that names a place (a word of 3+ letters before a comma, date or tag), not a date alone
_FIELD_PLACE = re.compile(rf"^(?!{_MONTHS}\s)[A-Za-z][A-Za-z .'-]{{2,40}}(?:,|\s+\(|\s+{_MONTHS}\s+\d|$)")
_JUNK_PICTURE = re.compile(r"(?i)/avatars?/|user-default|placeholder|/\d{1,2}x\d{1,2}/")
_SPEECH_MARKS = ('"', "“", "„", "«", "-", "–", "—")
_FOREIGN_BY = re.compile(r"^(?i:von|par|por|door|af|av)\s+[A-Z][\w'.-]*\s+[A-Z]")
_BY_NUMBER = re.compile(r"^[A-Za-z]{0,3}\d{3,}[/_]")
_SOCIAL_BY = re.compile(r"(?i)^(?:(?:instagram|twitter|facebook|tiktok|youtube)\s*[/:]|@)\S+$")
_DESK_CODE = re.compile(r"^[A-Z]{1,4}(?:-[A-Z]{1,4})+$")
_STAFF_BY = re.compile(r"(?i)^(?P<agency>\S.{0,29}?)\s+(?:staff|correspondents?|reporters?|writers?)$")
_PAIR = re.compile(r"^[A-Z]\S+(?: [A-Z]\S+)+ (?:and|&) [A-Z]\S+(?: [A-Z]\S+)+$")
_TAG_LINE = re.compile(r"(?:contributed|helped)\s+(?:to|with)\s+this\s+(?:report|story)(?:\s+from\s+[^.]+)?\.$")
_EMBED = re.compile(r"<(?:script|div|iframe|blockquote class)\b")
_CAMEL = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")
_ANPA_MARKS = re.compile(r"``|''|(?<=\w) _ (?=\w)")
_BARE_ATTRIBUTION = re.compile(
    r"(?<![,:])\s(?:[A-Z][\w'’-]+\s){1,3}(?:says|said|claims|warns|insists)$"
    r"|(?<![,:])\s(?i:minister|ministry|official|officials|expert|analyst)$"
)
_SLUG_NUMBER = re.compile(r"\b\d{4,}\b")
_TWO_LETTERS = re.compile(r"\b[A-Z][a-z]\b")


def _outlet_byline(by: str) -> bool:
    """The by-line names an outlet, agency or newsroom and no person (or is a link)."""
    if _URL_BY.match(by):
        return True
    parts = [p.strip() for p in re.split(r"[/,;]", by) if p.strip()]
    outlets = [p for p in parts if lookup(_OUTLET_PART.match(p).group("name"))]  # type: ignore[union-attr]
    rest = [p for p in parts if p not in outlets and not re.fullmatch(r"[A-Z]{1,4}|[a-z]{2,4}", p)]
    return bool(outlets) and (not rest or "/" in by)


def _by_label(by: str) -> bool:
    """The by-line keeps a label, affiliation, number, account, code or group credit (see ``by_label``)."""
    people, comma, affiliation = by.rpartition(", ")
    staff = _STAFF_BY.match(by)
    return bool(
        _FOREIGN_BY.match(by)
        or (comma and people and lookup(affiliation))
        or _BY_NUMBER.match(by)
        or _SOCIAL_BY.match(by)
        or _DESK_CODE.match(by)
        or (staff and lookup(staff.group("agency")))
    )


def _glued_pair(body: str, headline: str) -> bool:
    """A capitalised pair run together in the body that the article also writes apart."""
    text = f"{headline}\n{body}"
    return any(f"{a} {b}" in text for a, b in _CAMEL.findall(body))


def _slug_case(headline: str, body: str, derived: bool) -> bool:
    """A slug-derived headline with a flattened number or a two-letter acronym cased as a word."""
    if not derived:
        return False
    for number in _SLUG_NUMBER.findall(headline):
        if f"{int(number):,}" in body and number not in body:
            return True
    return any(word not in body and word.upper() in body for word in _TWO_LETTERS.findall(headline))


KEYS = (
    "articles",
    "events",
    "no_headline",
    "derived_headline",
    "no_info_sources",
    "source_without_role",
    "bad_byline",
    "outlet_byline",
    "bad_located",
    "body_residue",
    "body_markup",
    "end_matter",
    "agency_tag_lead",
    "dateline_in_body",
    "dateline_no_located",
    "junk_picture",
    "quote_headline",
    "slug_case",
    "by_label",
    "contributor_pair",
    "body_credit_line",
    "body_embed",
    "glued_pair",
    "anpa_marks",
    "event_body_headline",
    "slug_attribution",
    "no_first_created",
    "ingest_dated",
)


def inputs(reuters: int = REUTERS_RECORDS) -> Iterator[tuple[str, bytes]]:
    """(name, payload) of every raw input of the measure set."""
    for path in sorted((CORPUS / "superdesk-core-fixtures").iterdir()):
        if path.is_file():
            yield f"superdesk/{path.name}", path.read_bytes()
    for folder in ("iptc-newsml-g2", "iptc-ninjs"):
        for path in sorted((CORPUS / folder).rglob("*")):
            if path.is_file() and path.suffix.lower() in (".xml", ".json"):
                yield f"{folder}/{path.relative_to(CORPUS / folder)}", path.read_bytes()
    text = (CORPUS / "reuters21578" / "reut2-000.sgm").read_text("latin-1")
    records = text.split("<REUTERS ")[1:]
    for i, record in enumerate(records[:reuters]):
        yield f"reuters21578/reut2-000.sgm#{i}", ("<REUTERS " + record).encode("latin-1")
    # the same records as plain copy (title, dateline, body: the benchmark's text path)
    for i, rec in enumerate(list(iter_records((CORPUS / "reuters21578" / "reut2-000.sgm").read_bytes()))[:reuters]):
        body = (rec.get("body") or "").strip()
        yield (
            f"reuters21578/reut2-000.sgm#{i}.txt",
            f"{rec.get('title', '')}\n\n{rec.get('dateline', '')} {body}\n".encode(),
        )
    for scrape in sorted(CORPUS.glob("antara-*")):
        for path in sorted(scrape.iterdir()):
            if path.suffix in (".json", ".csv"):
                yield f"{scrape.name}/{path.name}", path.read_bytes()


def defects(article: dict[str, Any]) -> set[str]:
    """The defect keys that apply to one article."""
    found = set()
    derived = article.get("ext", {}).get("derived", [])
    if not article.get("headlines"):
        found.add("no_headline")
    if "headline" in derived:
        found.add("derived_headline")
    sources = article.get("infoSources") or []
    if not sources:
        found.add("no_info_sources")
    if any(not s.get("role") for s in sources):
        found.add("source_without_role")
    by = article.get("by") or ""
    initials = _INITIALS.match(by) and by not in _AGENCY_BYLINES
    if by and (_PLACEHOLDER.match(by) or _LOGIN.match(by) or _GLUED_LABEL.match(by) or initials):
        found.add("bad_byline")
    if by and _outlet_byline(by):
        found.add("outlet_byline")
    if _PLACEHOLDER.match(article.get("located") or "x"):
        found.add("bad_located")
    body = "\n\n".join(b.get("value", "") for b in article.get("bodies", []))
    last = body.rsplit("\n\n", 1)[-1][-60:]
    if body and (_LAST_RESIDUE.search(last) or _CONTACT.search(body)):
        found.add("body_residue")
    if _MARKUP.search(body):
        found.add("body_markup")
    if body and _END_MATTER.search(body.rsplit("\n\n", 1)[-1][-300:]):
        found.add("end_matter")
    if _AGENCY_TAG.match(body):
        found.add("agency_tag_lead")
    headline = (article.get("headlines") or [{}])[0].get("value") or ""
    if _slug_case(headline, body, "headline" in derived and article.get("altIds") is not None):
        found.add("slug_case")
    if by and _by_label(by):
        found.add("by_label")
    contributors = article.get("ext", {}).get("contributors") or []
    if any(_PAIR.match(str(c.get("name", ""))) for c in contributors):
        found.add("contributor_pair")
    if body and _TAG_LINE.search(body.rsplit("\n\n", 1)[-1]):
        found.add("body_credit_line")
    if _EMBED.search(body):
        found.add("body_embed")
    if _glued_pair(body, headline):
        found.add("glued_pair")
    if _UNREAD_DATELINE.match(body):
        found.add("dateline_in_body")
    dateline = (article.get("ext", {}).get("dateline") or {}).get("text") or ""
    tag_only = lookup(dateline.rstrip(" -–—:").strip("() ")) is not None  # "ANTARA -": an agency, no place
    if dateline and not article.get("located") and not tag_only and _FIELD_PLACE.match(dateline):
        found.add("dateline_no_located")
    associations = article.get("associations") or []
    members = associations.values() if isinstance(associations, dict) else associations
    pictures = [str(a.get("uri") or "") for a in members if isinstance(a, dict)]
    if any(_JUNK_PICTURE.search(uri) for uri in pictures):
        found.add("junk_picture")
    if "headline" in derived and headline[:1] in _SPEECH_MARKS:
        found.add("quote_headline")
    summary = (article.get("descriptions") or [{}])[0].get("value") or ""
    if _ANPA_MARKS.search(f"{headline}\n{summary}\n{body}"):
        found.add("anpa_marks")
    if article.get("type") in ("event", "planning") and "headline" in derived:
        own = f"{article.get('title') or ''}\n{summary}".replace('\\"', '"').casefold()  # \" left by the source
        if " ".join(headline.split()[:4]).casefold() not in own:
            found.add("event_body_headline")
    if "headline" in derived and article.get("altIds") is not None and _BARE_ATTRIBUTION.search(headline):
        found.add("slug_attribution")
    if not article.get("firstCreated"):
        found.add("no_first_created")
    if article.get("versionCreated") == RECEIVED_AT:
        found.add("ingest_dated")
    return found


def run(show: str | None = None) -> Counter[str]:
    resources = load_resources()
    counts: Counter[str] = Counter()
    for name, payload in inputs():
        raw = RawItem(
            payload,
            {"filename": name.split("#")[0].rsplit("/", 1)[-1], "received-at": RECEIVED_AT},
            Origin(filename=name),
        )
        for outcome in process(raw, resources):
            article = outcome.record
            kind = article.get("type") if outcome.kind == "article" else None
            if kind in ("event", "planning"):  # only their headline is measured: the event_body_headline row
                counts["events"] += 1
                found = defects(article) & {"event_body_headline"}
            elif kind == "text":
                counts["articles"] += 1
                found = defects(article)
            else:
                continue
            counts.update(found)
            if show in found:
                heads = article.get("headlines") or [{}]
                print(
                    f"{name}[{article['ext']['provenance']['rawRef']['index']}]: "
                    f"by={article.get('by')!r} located={article.get('located')!r} "
                    f"hl={heads[0].get('value')!r} src={article.get('infoSources')} "
                    f"tail={''.join(b['value'] for b in article.get('bodies', []))[-70:]!r}"
                )
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", choices=KEYS, help="list the items with this defect")
    args = ap.parse_args(argv)
    counts = run(args.show)
    print("| measure | articles |\n|---|---|")
    for key in KEYS:
        print(f"| {key} | {counts[key]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
