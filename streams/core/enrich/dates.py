"""Dates a story refers to, resolved to ISO dates (Indonesian, Malay, English). Stdlib ``re`` and one
Aho-Corasick word scan: dateparser's ``search_dates`` measured ~10 ms and wrong on wire text (docs
enrichment-libs.md).

Output ``article["ext"]["dates"]``: ``[{"text", "date", "kind", ["end"]}]`` in text order, where
``date`` is ``YYYY-MM-DD`` (``YYYY-MM`` / ``YYYY`` for a month / year) and ``kind`` is one of
``absolute`` ("20 Mei 2025", "March 4"), ``wire`` ("Jumat (7/1)"), ``weekday`` ("Senin", "on Tuesday"),
``relative`` ("kemarin", "yesterday", "tiga hari lalu"), ``week``/``month``/``year`` (ranges).

Resolution rules (documented choices):

* The reference is the item's own date: ``versionCreated`` unless the pipeline derived it from the
  receive time (``"versionCreated" in ext.derived``), else ``firstCreated``/``contentCreated``; taken in
  local time (an offset in the timestamp wins; a UTC "Z" stamp is moved to WIB +7 for ``id`` and
  MYT +8 for ``ms``, the agencies' clocks).
* A day and month without a year take the year that puts the date nearest the reference.
* A weekday alone is the most recent such day on/before the reference ("Senin" on a Monday is that
  day); with "depan"/"mendatang"/"next" it is the next one.
* "pekan lalu"/"minggu lalu"/"last week" is the previous Monday-Sunday week: ``date`` = its Monday,
  ``end`` = its Sunday (``kind: week``); "bulan lalu"/"last month" and "tahun lalu"/"last year" give
  ``YYYY-MM`` and ``YYYY``.
* An undated item gets a reference inferred from its content, flagged ``ext.dateInferred = true``
  (a bool in the article contract) and recorded in ``ext.dateInference = {"date", "basis"}``: the
  copyright year (``copyrightNotice``/``copyrightHolder``
  or "© 2022"/"ANTARA 2022" in the text) fixes the year of "(d/m)" dates, checked against their
  weekday ("Jumat (7/1)" is a Friday in 2022); with no year anywhere, the most recent year (from this
  year back to 1990) in which every "Weekday (d/m)" matches is taken. The inferred item date is the
  latest such date, moved forward to the first weekday named alone in the story (an item that says
  "Senin" after "Jumat (7/1)" was written on Monday 10 January).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, NamedTuple

import ahocorasick

from streams.core.enrich.story import story_text
from streams.core.enrich.textscan import build_automaton, fold, scan
from streams.core.model import Article

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "januari january jan",
        "februari february feb pebruari",
        "maret march mac mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july julai jul",
        "agustus august ogos agu ags aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov nop",
        "desember december disember des dis dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _num

_WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "senin isnin monday",
        "selasa tuesday",
        "rabu wednesday",
        "kamis khamis thursday",
        "jumat jum'at jumaat friday",
        "sabtu saturday",
        "minggu ahad sunday",
    )
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _num

_NUMBERS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "lapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


_DAY_CAP = {name.capitalize(): num for name, num in _WEEKDAYS.items()}
_MON_CAP = {name.capitalize(): num for name, num in _MONTHS.items()}
_SHIFT = {
    "kemarin": -1,
    "semalam": -1,
    "yesterday": -1,
    "hari": 0,
    "today": 0,
    "besok": 1,
    "esok": 1,
    "tomorrow": 1,
    "lusa": 2,
}
# Day and month names are capitalised in id/ms/en copy (which also keeps "minggu" = week and the
# verb "may" out). No leading \b in the patterns: boundaries are checked in Python.
_CAL = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, [*_DAY_CAP, *_MON_CAP]), key=len, reverse=True))})\b")
_WIRE_AFTER = re.compile(r"\s*\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")
_QUAL_BEFORE = re.compile(r"\b([Ll]ast|[Nn]ext|[Tt]his)\s+$")
_QUAL_AFTER = re.compile(r"\s+(depan|mendatang|lalu|lepas)\b")
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:\s*-\s*\d{1,2})?\s+$")
_YEAR_AFTER = re.compile(r"\.?,?\s+(\d{4})\b")
_DAY_AFTER = re.compile(r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?")
_YEAR_ONLY = re.compile(r"\s+(\d{4})\b")
_NUMERIC = re.compile(r"[0-9](?:[0-9]{3}-[0-9][0-9]-[0-9][0-9]|[0-9]?[/.][0-9]{1,2}[/.][0-9]{4})\b")
_UNITS = "hari pekan minggu bulan tahun days day weeks week months month years year"
_AGO_WORDS = frozenset({"yang lalu", "lalu", "lepas", "sebelumnya", "ago", "earlier"})
_RANGE_SIGN = {"lalu": -1, "kemarin": -1, "lepas": -1, "last": -1, "depan": 1, "mendatang": 1, "next": 1}


def _both_cases(words: str) -> str:
    """Literal alternation in lower and Capitalised case (``[Pp]`` classes and re.I measured slower)."""
    items = words.split()
    return "|".join(sorted({*items, *(w[:1].upper() + w[1:] for w in items)}, key=len, reverse=True))


# Relative expressions: "<unit> lalu/depan/ini" (a number before it, "tiga hari lalu", is read by
# _NUMBER_BEFORE), "last/next/this <unit>", and the day words.
_SECOND_WORDS = "yang lalu|lalu|lepas|sebelumnya|ago|earlier|depan|mendatang|ini|kemarin"
_UNIT_WORD = re.compile(rf"({_both_cases(_UNITS)})\s+({_SECOND_WORDS})\b")
_EN_RANGE = re.compile(rf"({_both_cases('last next this')})\s+(week|month|year)\b")
_DAY_WORDS = "kemarin semalam yesterday today besok esok tomorrow lusa"
_DAY_WORD = re.compile(rf"({_both_cases(_DAY_WORDS)})\b")
_NUMBER_BEFORE = re.compile(rf"(?:^|\s)(\d{{1,2}}|{_both_cases(' '.join(_NUMBERS))})\s+$")

# Where the patterns are tried. Run over the whole text, each of them costs 10-30 µs per 1,000
# characters (re tries a letter-led alternation at nearly every offset). Instead one Aho-Corasick
# pass (``textscan.scan``, over the padded fold that the places enricher already built) finds the
# whole words that can lead a match, and each pattern is tried only where its leading words stand.
# Exact, not a heuristic: a match that ``_find`` keeps starts after a non-alphanumeric and its
# leading word ends at a non-word character, so that word is a whole folded word at the same
# offset; and no match can start inside another one (the non-alphanumerics inside a match are
# followed by words that cannot lead), so the matches found this way are the ones a left-to-right
# ``finditer`` keeps.


def _leading_words(**spellings: Iterable[str]) -> ahocorasick.Automaton:
    """Automaton over folded leading words -> the patterns they can lead ("minggu": weekday, unit)."""
    roles: dict[str, tuple[str, ...]] = {}
    for role, words in spellings.items():
        for word in words:
            lead = fold(word).split()[0]  # "Jum'at" is led by "jum"
            if role not in roles.get(lead, ()):
                roles[lead] = (*roles.get(lead, ()), role)
    return build_automaton(roles.items())


_LEADING_WORDS = _leading_words(
    calendar=[*_DAY_CAP, *_MON_CAP],
    day_word=_DAY_WORDS.split(),
    en_range=["last", "next", "this"],
    unit_word=_UNITS.split(),
)
# The substrings that gated two of the patterns before (kept: they are the recorded behaviour),
# so that a lone capitalised "Esok", or "hari ini" split by a line break, is not read.
_DAY_TRIGGERS = ("emarin", "emalam", "esterday", "oday", "esok", "omorrow", "usa")
_UNIT_TRIGGERS = ("lalu", "lepas", "ago", "sebelum", "earlier", "depan", "mendatang", " ini", "kemarin")
# A numeric date holds "-dd-" (ISO) or a "/" or "." followed by one or two digits and a "/" or ".":
# these patterns start with a literal, which re finds by a fast scan (~1 µs each; _NUMERIC ~12 µs).
_ISO_HINT = re.compile(r"-[0-9][0-9]-")
_SLASH_HINT = re.compile(r"/[0-9][0-9]?[/.]")
_DOT_HINT = re.compile(r"\.[0-9][0-9]?[/.]")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_COPYRIGHT = re.compile(r"(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)[^\n\d]{0,40}?((?:19|20)\d\d)\b")
_PAREN_C = re.compile(r"\([Cc]\)")
_TZ_BY_LANG = {"id": 7, "ms": 8}


def _item_date(article: Article) -> dt.date | None:
    """The item's own local date, or None when it has none (or only the derived receive time)."""
    derived = article.get("ext", {}).get("derived", ())
    for key in ("versionCreated", "firstCreated", "contentCreated"):
        value = article.get(key)
        if not value or key in derived:
            continue
        try:
            stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if value.endswith("Z") or value.endswith("+00:00"):
            hours = _TZ_BY_LANG.get((article.get("language") or "")[:2])
            if hours:
                stamp = stamp + dt.timedelta(hours=hours)
        return stamp.date()
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(ref: dt.date, month: int, day: int) -> dt.date | None:
    """The date with this month/day nearest ``ref`` (year before, same or after)."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        cand = _safe_date(year, month, day)
        if cand and (best is None or abs((cand - ref).days) < abs((best - ref).days)):
            best = cand
    return best


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


class _Hit(NamedTuple):
    """One date expression: span, kind and its parsed parts (meaning depends on kind)."""

    start: int
    end: int
    kind: str
    parts: tuple[Any, ...]


def _calendar(text: str, at: int, found: list[_Hit]) -> None:
    """A day or month name (capitalised) at ``at``, read with what surrounds it."""
    m = _CAL.match(text, at)
    if m is None:
        return
    s, e = m.span()
    word = m.group()
    spaced = s > 0 and text[s - 1].isspace()  # what _QUAL_BEFORE and _DAY_BEFORE need ("\s+$")
    if word in _DAY_CAP:
        wire = _WIRE_AFTER.match(text, e)
        if wire:
            parts = (_DAY_CAP[word], int(wire.group(1)), int(wire.group(2)), wire.group(3))
            found.append(_Hit(s, wire.end(), "wire", parts))
            return
        before = _QUAL_BEFORE.search(text, max(0, s - 6), s) if spaced else None
        after = _QUAL_AFTER.match(text, e)
        start = before.start() if before else s
        found.append(
            _Hit(
                start,
                after.end() if after else e,
                "weekday",
                (
                    _DAY_CAP[word],
                    before.group(1).lower() if before else "",
                    after.group(1) if after else "",
                ),
            )
        )
        return
    month = _MON_CAP[word]
    day = _DAY_BEFORE.search(text, max(0, s - 10), s) if spaced else None
    if day:
        year = _YEAR_AFTER.match(text, e)
        found.append(
            _Hit(
                day.start(),
                year.end() if year else e + (text[e : e + 1] == "."),
                "dmy",
                (int(day.group(1)), month, year.group(1) if year else None),
            )
        )
        return
    mdy = _DAY_AFTER.match(text, e)
    if mdy:
        found.append(_Hit(s, mdy.end(), "mdy", (int(mdy.group(1)), month, mdy.group(2))))
        return
    my = _YEAR_ONLY.match(text, e)
    if my:
        found.append(_Hit(s, my.end(), "my", (month, int(my.group(1)))))


def _unit_word(text: str, m: re.Match[str], found: list[_Hit]) -> None:
    """A ``_UNIT_WORD`` match read as "tiga hari lalu" (ago), "hari ini" (today) or "pekan lalu" (range)."""
    s = m.start()
    unit, word = m.groups()
    number = _NUMBER_BEFORE.search(text, max(0, s - 12), s)
    if number and word in _AGO_WORDS:
        found.append(_Hit(number.start(1), m.end(), "ago", (number.group(1), unit)))
    elif unit.lower() == "hari" and word == "ini":
        found.append(_Hit(s, m.end(), "relative", ("hari",)))
    elif unit.lower() in ("pekan", "minggu", "bulan", "tahun") and word != "sebelumnya":
        found.append(_Hit(s, m.end(), "range", (unit, word)))


def _find(text: str) -> list[_Hit]:
    """All date expressions in text order, non-overlapping."""
    found: list[_Hit] = []
    day_words: list[_Hit] = []
    unit_words: list[_Hit] = []
    for at, _, roles in scan(_LEADING_WORDS, text):
        for role in roles:
            if role == "calendar":
                if text[at].isupper():  # names are capitalised: not "may", "des"
                    _calendar(text, at, found)
            elif role == "day_word":
                if m := _DAY_WORD.match(text, at):
                    day_words.append(_Hit(at, m.end(), "relative", (m.group(1),)))
            elif role == "en_range":
                if m := _EN_RANGE.match(text, at):
                    found.append(_Hit(at, m.end(), "range", (m.group(2), m.group(1).lower())))
            elif m := _UNIT_WORD.match(text, at):
                _unit_word(text, m, unit_words)
    # these two kinds were read only when one of their trigger substrings occurs (kept as recorded)
    if day_words and any(word in text for word in _DAY_TRIGGERS):
        found += day_words
    if unit_words and any(word in text for word in _UNIT_TRIGGERS):
        found += unit_words
    if _ISO_HINT.search(text) or _SLASH_HINT.search(text) or _DOT_HINT.search(text):
        for m in _NUMERIC.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            value = m.group()
            if value[4:5] == "-":
                parts = (int(value[8:10]), int(value[5:7]), int(value[:4]))
                found.append(_Hit(m.start(), m.end(), "iso", parts))
            else:
                d, mo, y = re.split(r"[/.]", value)
                found.append(_Hit(m.start(), m.end(), "numeric", (int(d), int(mo), int(y))))
    found.sort()
    out: list[_Hit] = []
    for hit in found:
        if out and hit.start < out[-1].end:
            if hit.end - hit.start > out[-1].end - out[-1].start:
                out[-1] = hit  # the longer reading ("dua pekan lalu" over "pekan lalu")
            continue
        if out and out[-1].kind == "weekday" and hit.kind != "weekday" and 0 <= hit.start - out[-1].end <= 2:
            out[-1] = hit  # "Tuesday, March 4": the date says it
            continue
        out.append(hit)
    return out


def _may_name_copyright(raw: str) -> bool:
    """False when ``_COPYRIGHT`` cannot match: these tests cost a third of its search."""
    return "©" in raw or "opyright" in raw or "OPYRIGHT" in raw or _PAREN_C.search(raw) is not None


def _infer(article: Article, raw: str, found: list[_Hit]) -> tuple[dt.date, str] | None:
    """Infer the date of an undated item from copyright year, "Weekday (d/m)" and weekdays alone."""
    notice = " ".join(str(article.get(k) or "") for k in ("copyrightNotice", "copyrightHolder"))
    m = _COPYRIGHT.search(notice) or (_COPYRIGHT.search(raw) if _may_name_copyright(raw) else None)
    year = int(m.group(1)) if m else None
    if year is None and notice:
        ym = _YEAR.search(notice)
        year = int(ym.group(1)) if ym else None
    wires = [(h.parts[0], h.parts[2], h.parts[1]) for h in found if h.kind == "wire" and not h.parts[3]]
    dates: list[dt.date] = [
        d
        for h in found
        if h.kind in ("iso", "numeric", "dmy", "mdy", "wire")
        for d in [_absolute(h, None)]
        if d
    ]
    basis: list[str] = ["full dates in text"] if dates else []
    if wires:
        years = [year, year - 1] if year else list(range(dt.date.today().year, 1989, -1))
        for y in years:
            cands = [_safe_date(y, mo, d) for _, mo, d in wires]
            if all(c is not None and c.weekday() == wd for c, (wd, _, _) in zip(cands, wires, strict=True)):
                dates.extend(c for c in cands if c)
                basis.append(f"weekday of (d/m) dates matches {y}" + (f" (copyright {year})" if year else ""))
                break
    if not dates:
        return (dt.date(year, 1, 1), f"copyright year {year} only") if year else None
    latest = max(dates)
    alone = {h.parts[0] for h in found if h.kind == "weekday" and not h.parts[1] and not h.parts[2]}
    if alone:
        step = min((wd - latest.weekday()) % 7 for wd in alone)
        if step:
            latest += dt.timedelta(days=step)
            basis.append("next weekday named alone")
    return latest, "; ".join(basis)


def _absolute(hit: _Hit, ref: dt.date | None) -> dt.date | None:
    """Resolve a calendar expression; a missing year is taken from ``ref`` (None: unresolved)."""
    if hit.kind in ("iso", "numeric"):
        day, month, year = hit.parts
        swapped = _safe_date(year, day, month) if hit.kind == "numeric" else None  # US month-first
        return _safe_date(year, month, day) or swapped
    if hit.kind == "wire":
        _, day, month, year_s = hit.parts
    else:  # dmy, mdy
        day, month, year_s = hit.parts
    if year_s:
        year = int(year_s)
        return _safe_date(year + 2000 if year < 100 else year, month, day)
    return _nearest(ref, month, day) if ref else None


def _resolve(hit: _Hit, ref: dt.date | None) -> dict[str, Any] | None:
    """One entry of ``ext.dates`` (without ``text``), or None when it cannot be resolved."""
    kind = hit.kind
    if kind in ("iso", "numeric", "wire", "dmy", "mdy"):
        day = _absolute(hit, ref)
        return {"date": day.isoformat(), "kind": "wire" if kind == "wire" else "absolute"} if day else None
    if kind == "my":
        return {"date": f"{hit.parts[1]:04d}-{hit.parts[0]:02d}", "kind": "month"}
    if ref is None:
        return None
    if kind == "weekday":
        target, before, after = hit.parts
        if before == "next" or after in ("depan", "mendatang"):
            day = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
        else:
            back = (ref.weekday() - target) % 7
            if before == "last" or after in ("lalu", "lepas"):
                back = back or 7
            day = ref - dt.timedelta(days=back)
        return {"date": day.isoformat(), "kind": "weekday"}
    if kind == "relative":
        shift = _SHIFT[hit.parts[0].lower()]
        return {"date": (ref + dt.timedelta(days=shift)).isoformat(), "kind": "relative"}
    if kind == "ago":
        n, unit = _count(hit.parts[0]), hit.parts[1].lower()
        if unit.startswith(("hari", "day")):
            return {"date": (ref - dt.timedelta(days=n)).isoformat(), "kind": "relative"}
        if unit.startswith(("pekan", "minggu", "week")):
            return {"date": (ref - dt.timedelta(days=7 * n)).isoformat(), "kind": "relative"}
        sign = -n
    else:  # a week, month or year: last / this / next
        unit, word = hit.parts[0].lower(), hit.parts[1]
        sign = _RANGE_SIGN.get(word, 0)
        if unit in ("pekan", "minggu", "week"):
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * sign)
            sunday = monday + dt.timedelta(days=6)
            return {"date": monday.isoformat(), "end": sunday.isoformat(), "kind": "week"}
    if unit.startswith(("bulan", "month")):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + sign, 12)
        return {"date": f"{y:04d}-{mo + 1:02d}", "kind": "month"}
    return {"date": f"{ref.year + sign:04d}", "kind": "year"}


def enrich(article: Article, text: str | None = None) -> None:
    """Fill ``ext.dates`` (and ``ext.dateInferred``/``ext.dateInference`` for an undated item).

    ``text``: the article's ``story_text`` when the caller already has it.
    """
    text = story_text(article) if text is None else text
    found = _find(text) if text else []
    ref = _item_date(article)
    if ref is None:
        raw = "\n".join(b.get("value", "") for b in article.get("bodies", ()))  # the © line is boilerplate
        inferred = _infer(article, raw, found)
        if inferred:
            ref = inferred[0]
            ext = article.setdefault("ext", {})
            ext["dateInferred"] = True  # the article contract types this member as a bool
            ext["dateInference"] = {"date": ref.isoformat(), "basis": inferred[1]}
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for hit in found:
        entry = _resolve(hit, ref)
        if entry is None:
            continue
        key = (text[hit.start : hit.end], entry["date"])
        if key in seen:
            continue
        seen.add(key)
        out.append({"text": key[0], **entry})
    if out:
        article.setdefault("ext", {})["dates"] = out
