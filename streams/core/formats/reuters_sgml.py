"""Reuters-21578 SGML files: a sequence of ``<REUTERS ...>`` records (not XML: no root element, control
characters written as ``&#3;``-style references that XML forbids). One :class:`ParsedItem` per record,
in file order, for every record (``BRIEF`` ones carry only a title; ``UNPROC`` ones only raw ``<TEXT>``).

The category labels (``TOPICS``, ``PLACES``, ``PEOPLE``, ``ORGS``, ``EXCHANGES``, ``COMPANIES``) are the
collection's evaluation gold: they never reach the article. :func:`iter_records` exposes them (with
every other raw field) for evaluation scripts.

Bodies are hard-wrapped at ~65 columns; a paragraph starts on a line indented by spaces or after a
blank line. Table rows (column runs of 3+ spaces, dot leaders) stay one per paragraph. The ``Reuter``
sign-off is dropped. ``<DATE>`` has no zone and is taken as UTC.

Company markup (issue #15): the collection marks a listed company's ticker as ``Boeing Co <BA>`` and an
unlisted company as ``<Qantas Airways Ltd>``. Neither bracket belongs in a headline or a body: a ticker
(``<BA>``, ``<CKGH.HK>``) is cut and kept in ``ext.source.tickers``; a bracketed name loses its brackets and,
from the body (where it is in natural case), becomes an organisation. A title's parenthesised ticker
(``UAL (UAL) HERTZ ...``) is cut too. The names the markup delimits are organisations, with their ticker as a
ninjs symbol: "Boeing Co" from ``Boeing Co <BA>``, a title's ``COBANCO INC <CBCO>`` (respelt as the body
spells it, if it does); once the brackets are gone, these bounds would be lost to the entity enricher.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from streams.core import reasons
from streams.core.copy.credits import strip_by_label
from streams.core.formats.dates import format_utc
from streams.core.model import ParsedItem
from streams.core.text import decode
from streams.errors import ParseError

_SNIFF = re.compile(rb"^(?:<!DOCTYPE\s+lewis\b[^>]*>\s*)?<REUTERS\b", re.I)
# "<X>(.*?)</X>" written as "up to the first </X>" in runs of non-"<" characters: the same matches,
# without the lazy loop's per-character retry of the closing tag (5x faster on a record)
_RECORD = re.compile(r"<REUTERS\b([^>]*)>([^<]*+(?:<(?!/REUTERS>)[^<]*+)*+)</REUTERS>")
_ATTR = re.compile(r'([A-Z]+)="([^"]*)"')
_FIELD = re.compile(
    r"<(DATE|TOPICS|PLACES|PEOPLE|ORGS|EXCHANGES|COMPANIES|UNKNOWN|TITLE|DATELINE|AUTHOR|BODY|MKNOTE)>"
    r"([^<]*+(?:<(?!/\1>)[^<]*+)*+)</\1>"
)
_TEXT = re.compile(r"<TEXT\b([^>]*)>([^<]*+(?:<(?!/TEXT>)[^<]*+)*+)</TEXT>")
_TEXT_TYPE = re.compile(r'TYPE="([^"]*)"')
_INNER_TAGS = re.compile(r"<[A-Z]+>.*?</[A-Z]+>", re.S)
_LABELS = frozenset({"TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES"})
_D = re.compile(r"<D>(.*?)</D>", re.S)
_REF = re.compile(r"&(#\d{1,7}|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_DATE = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?")
_MONTHS = {
    m: i
    for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)
}
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# "CITY, Region, Mon DD - rest"; the rest is body text that spilled into the DATELINE element
_DATELINE = re.compile(rf"^(.*?(?:{_MONTH}\s*\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))\s*,?\s*-\s*(.*)$", re.I | re.S)
_SIGN_OFF = re.compile(r"(?:^|\n|\s{2,}|(?<=[.!?)])\s)\s*(?:reuters?|reute)(?:\s*\.\.\.)?(?:\^M)?\s*$", re.I)
_TABULAR = re.compile(r"\S\s{3,}\S|\.{4,}")
# ASCII whitespace other than the space and the newline lines are cut at: in an ASCII body without any, a
# line is tabular exactly when it holds "   " or "...." (the stripped line starts and ends with non-space);
# two substring tests instead of the pattern tried at every offset of every line (a fifth of a record's parse)
_OTHER_SPACE = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"
_WORD_PARTS = re.compile(r"([-/])")
_TRAILING_DASH = re.compile(r"\s*-\s*$")
# the wire's slug: everything after the cycle code ("BC-", "AM-", "PM-") up to the date and word count
# ("BC-TRIMEDYNE-<TMED>-TO-S   03-05 0066", "BC-EC,-EURATOM-FRENCH-FR", "BC-WOOLWORTH SCHEDULED  03-03");
# the wire cut it at a fixed width, and a ticker or a comma is part of it
_SLUG = re.compile(r"\b(?:BC|AM|PM)-+(\S+(?: \S+)*?)(?=\s+\d\d-\d\d\s+\d{4}\b|\s{2,}|\s*$)")
_REUTER_TAIL = re.compile(r",\s*reuters?\s*$", re.I)  # "By Jane Doe, Reuters": the agency is no by-line part
_PARTICLES = frozenset(
    {
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "des",
        "la",
        "le",
        "el",
        "of",
        "on",
        "upon",
        "am",
        "an",
        "der",
        "den",
        "es",
        "sur",
        "y",
        "et",
    }
)
_JOINING_WORDS = frozenset({"and", "or", "und", "oder", "et", "y", "to"})
# "<BA>", "<BPCL.L>", "<CKGH.HK>": a ticker; any other "<...>" in running text is a company name
# "<BA>", "<CKGH.HK>", Stockholm's "<PHAB ST>", a preferred share's "<SFTPr>"
_TICKER = r"[A-Z][A-Z0-9]{0,5}(?:Pr)?(?:\.[A-Z]{1,2}| [A-Z]{2})?"
_TICKER_MARK = re.compile(rf"[ \t]*\n?[ \t]*<({_TICKER})>")
_NAME_MARK = re.compile(r"<([^<>\n]*[^<>\s][^<>]{0,80})>")
_CAPS_WORD = r"[A-Z0-9][A-Z0-9'.&/-]*"
_TITLE_PAREN = re.compile(rf"((?:^|\s)(?:{_CAPS_WORD}\s+){{0,5}}{_CAPS_WORD})\s+\(([A-Z]{{1,5}})\)(?=\s|$)")
_KEPT_IN_PARENS = frozenset(
    {
        "RPT",
        "REPT",
        "CORR",
        "UPDATE",
        "UK",
        "US",
        "USA",
        "EC",
        "EEC",
        "UN",
        "FRG",
        "GDR",
        "PRC",
        "USSR",
        "UAE",
        "HK",
        "NZ",
    }
)
_OPEN_MARK = re.compile(r"<(?=[A-Z])")
_TICKER_ONLY = re.compile(_TICKER)
_TITLE_MARKER = re.compile(r"^[\s(]*(?:[A-Z]+\)\s*-?\s*)?")
_INITIALS = re.compile(r"(?:[A-Z]\.)+|(?:[A-Z][a-z]?\.){2,}")  # "A.G.", "N.V.", "E.F."
_STOPS = frozenset(",;:.!?()\"'")
_CONNECTORS = frozenset(
    {
        "and",
        "&",
        "und",
        "et",
        "e",
        "y",
        "de",
        "du",
        "des",
        "del",
        "della",
        "di",
        "da",
        "der",
        "van",
        "von",
        "la",
        "le",
        "of",
    }
)
_OF_HEADS = frozenset(
    {
        "Bank",
        "Banks",
        "Trust",
        "Company",
        "Corp",
        "Corporation",
        "Association",
        "Society",
        "Bancorp",
        "Bancshares",
        "Savings",
        "Insurance",
        "Group",
        "Commonwealth",
        "Republic",
    }
)
_LEGAL_FORMS = frozenset(
    {
        "INC",
        "CORP",
        "CO",
        "LTD",
        "PLC",
        "AG",
        "SA",
        "NV",
        "N.V",
        "S.A",
        "A.G",
        "SPA",
        "GMBH",
        "BHD",
        "BANCORP",
        "BANCSHARES",
        "CORPORATION",
        "COMPANY",
        "HOLDINGS",
        "INDUSTRIES",
        "TRUST",
        "LP",
        "L.P",
        "PARTNERS",
        "GROUP",
        "AB",
        "OY",
        "NL",
        "PTY",
        "LIMITED",
    }
)
_NAME_TAIL = re.compile(r"(?:'s|[\s,;:])+$")


def _unescape(text: str) -> str:
    """SGML references → characters; control characters (``&#3;`` framing) dropped, DEL → space."""
    if "&" not in text:
        return text
    # the company markup's brackets first, by plain replacement (~10 a record, a Python call each in the
    # pattern's pass): every "&lt;" is a match of the pattern (matches cannot overlap: each holds one "&"),
    # and "<"/">" cannot complete a new one, so the pass over the rest finds the same other matches
    text = text.replace("&lt;", "<").replace("&gt;", ">")
    return _REF.sub(_reference, text) if "&" in text else text


def _reference(match: re.Match[str]) -> str:
    """The character for one ``&...;`` reference (see :func:`_unescape`)."""
    ref = match.group(1)
    if ref[0] != "#":
        return _NAMED[ref]
    code = int(ref[1:])
    if code == 127:
        return " "  # DEL stands in for a garbled character; a space keeps words apart
    if (code < 32 and code not in (9, 10, 13)) or code > 0x10FFFF:
        return ""
    return chr(code)


def natural_case(city: str) -> str:
    """``NEW YORK`` → ``New York``, ``RIO DE JANEIRO`` → ``Rio de Janeiro``, ``MCLEAN`` → ``McLean``."""
    words = []
    for index, word in enumerate(city.split()):
        lower = word.lower()
        if index and lower in _PARTICLES:
            words.append(lower)
            continue
        parts = []
        for part in _WORD_PARTS.split(lower) if "-" in lower or "/" in lower else (lower,):
            part = part[:1].upper() + part[1:]
            if len(part) > 2 and part[1] == "'":  # O'Hare, D'Arcy
                part = part[:2] + part[2].upper() + part[3:]
            if part.startswith("Mc") and len(part) > 2:  # McLean
                part = "Mc" + part[2].upper() + part[3:]
            parts.append(part)
        words.append("".join(parts))
    return " ".join(words)


def split_dateline(raw: str) -> tuple[str | None, str | None, str]:
    """(dateline text, located city, spilled body text) from a ``<DATELINE>`` value."""
    text = " ".join(raw.split())
    if not text:
        return None, None, ""
    match = _DATELINE.match(text)
    if match:
        dateline, spill = match.group(1).strip(" ,-*"), match.group(2).strip()
    else:
        dateline, spill = _TRAILING_DASH.sub("", text).strip(" *"), ""
    city = dateline.split(",", 1)[0].strip(" *-.") if "," in dateline else None
    return dateline or None, natural_case(city) if city else None, spill


def parse_date(raw: str) -> str | None:
    """``26-FEB-1987 15:01:01.79`` (leading space, trailing noise tolerated) → RFC 3339 UTC."""
    match = _DATE.search(raw)
    if not match:
        return None
    day, mon, year, hour, minute, second, fraction = match.groups()
    month = _MONTHS.get(mon.lower())
    if month is None:
        return None
    try:
        value = dt.datetime(
            int(year),
            month,
            int(day),
            int(hour),
            int(minute),
            int(second),
            int((fraction or "0").ljust(6, "0")[:6]),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None
    return format_utc(value)


def _join(current: list[str], line: str) -> None:
    """Append a wrapped line; a word broken at a hyphen ("anti-" + "inflation") is rejoined."""
    last = current[-1] if current else ""
    if (
        len(last) > 1
        and last[-1] == "-"
        and last[-2].isalpha()
        and line[:1].islower()
        and line.split(" ", 1)[0] not in _JOINING_WORDS
    ):
        current[-1] += line
    else:
        current.append(line)


def body_paragraphs(body: str) -> list[str]:
    """Hard-wrapped body → paragraphs (indented or blank-line starts; table rows kept apart)."""
    body = body.replace("\r", "").rstrip()
    for _ in range(3):  # a few bodies are signed twice ("REUTER\n Reuter")
        cut = max(0, len(body) - 40)  # the sign-off is in the last line: keep the regex off long bodies
        trimmed = body[:cut] + _SIGN_OFF.sub("", body[cut:])
        if trimmed == body:
            break
        body = trimmed.rstrip()
    paragraphs: list[str] = []
    current: list[str] = []
    previous_tabular = False
    plain = body.isascii() and not any(space in body for space in _OTHER_SPACE)
    for line in body.split("\n"):  # one pass per line, inlined: a record has ~15 lines
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(" ".join(current))
                current.clear()
            previous_tabular = False
            continue
        tabular = ("   " in stripped or "...." in stripped) if plain else bool(_TABULAR.search(stripped))
        if current and current[-1][-1:] == "/" and current[-1][-2:-1].isalpha() and stripped[:1].isalpha():
            current[-1] += stripped  # a table's row label wrapped after a slash: "Baltimore/" "Norf./Phil. --"
            previous_tabular = tabular
            continue
        if (line[:1] in (" ", "\t") or tabular or previous_tabular) and current:
            paragraphs.append(" ".join(current))
            current.clear()
        if current and current[-1][-1:] == "-":  # maybe a word broken at a hyphen
            _join(current, stripped)
        else:
            current.append(stripped)
        previous_tabular = tabular
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def iter_records(payload: bytes) -> Iterator[dict[str, Any]]:
    """Every ``<REUTERS>`` record as raw fields, gold labels included (for evaluation scripts).

    Keys: the record attributes (``NEWID``, ``OLDID``, ``TOPICS``, ``LEWISSPLIT``, ``CGISPLIT`` ...),
    ``date``, ``topics``/``places``/``people``/``orgs``/``exchanges``/``companies`` (lists), ``unknown``,
    ``text_type`` (``NORM``, ``BRIEF``, ``UNPROC``), ``title``, ``dateline``, ``author``, ``body`` and
    ``text`` (the whole ``<TEXT>`` content). Text values are entity-decoded, framing characters dropped.
    """
    return _records(payload, labels=True)


def _records(payload: bytes, labels: bool) -> Iterator[dict[str, Any]]:
    """:func:`iter_records`; without ``labels`` (the parser's view) the gold label lists are left out, and
    ``text`` too unless the record is ``UNPROC``: the parser reads neither, and decoding them again was a
    sixth of a record's parse."""
    text = decode(payload)
    for match in _RECORD.finditer(text):
        record: dict[str, Any] = dict(_ATTR.findall(match.group(1)))
        inner = match.group(2)
        for name, value in _FIELD.findall(inner):
            if name in _LABELS:
                if labels:
                    record[name.lower()] = [_unescape(d).strip() for d in _D.findall(value)]
            else:
                record[name.lower()] = _unescape(value)
        text_match = _TEXT.search(inner)
        type_match = _TEXT_TYPE.search(text_match.group(1)) if text_match else None
        record["text_type"] = type_match.group(1) if type_match else "NORM"
        if labels or record["text_type"] == "UNPROC":  # the parser reads the whole text only for UNPROC
            record["text"] = _unescape(text_match.group(2)) if text_match else ""
        yield record


def _name_before(text: str, pos: int) -> str | None:
    """The company name a ticker at ``pos`` follows ("order with Boeing Co <BA>" → "Boeing Co"): the run of
    capitalised words (joined by "and", "&", "de" …) right before it. None when a run joined by "and" follows a
    capitalised word with a comma or full stop: it may start earlier ("Merrill Lynch, Pierce, Fenner and Smith
    Inc <MER>", "Alex. Brown and Sons Inc <ABSB>"). "X of Y and Z Inc" keeps "Z Inc" ("Husky Oil Ltd <HYO.TO>
    of Canada and Pearson Plc", "First National Bank of Minneapolis and Salomon Inc")."""
    words = text[max(0, pos - 240) : pos].split()[-12:]
    run: list[str] = []
    while words:
        word = words[-1]
        bare = word[:-1] if not run and word.endswith(".") and not _INITIALS.fullmatch(word) else word
        if (bare[-1:] in _STOPS and not _INITIALS.fullmatch(bare)) or "<" in bare or ">" in bare:
            break
        if (bare[:1].isupper() and bare.lower() not in _CONNECTORS) or (run and bare.lower() in _CONNECTORS):
            run.append(bare)
            words.pop()
        else:
            break
    run.reverse()
    lower = [w.lower() for w in run]
    if words and words[-1][:1].isupper() and words[-1][-1:] in ",." and any(w in ("and", "&") for w in lower):
        return None  # "Lynch, Pierce, Fenner and Smith", "Alex. Brown and Sons"; a list's "…, General Electric Co"
        # is whole
    if "of" in lower:  # "Shares of Boeing Co" → "Boeing Co"; "Bank of Boston Corp" stays whole
        cut = lower.index("of")
        if cut == 0 or run[cut - 1].title() not in _OF_HEADS:
            run, lower = run[cut + 1 :], lower[cut + 1 :]
        if "and" in lower[1:] and len(run) - lower.index("and") > 2:
            run = run[lower.index("and") + 1 :]
    while run and (run[0].lower() in _CONNECTORS or run[0].lower() in ("the", "a", "an")):
        run = run[1:]
    while run and run[-1].lower() in _CONNECTORS:
        run = run[:-1]
    name = re.sub(r"(?:'s|’s)$", "", " ".join(run))
    if len(run) == 1 and name.strip(".").upper() in _LEGAL_FORMS:  # "AB" of "Alfa-Laval AB" cut short
        return None
    return name if len(name) > 1 and not name.isdigit() else None


_SYMBOLS_NAMED = re.compile(r"\bsymbols?\b")  # "under the symbols <CFSGR> and <CFSGW>"


def strip_markup(
    text: str, tickers: list[str], names: list[str] | None = None, listed: dict[str, str] | None = None
) -> str:
    """``text`` without the collection's company markup: bracketed names unbracketed (appended to ``names``
    when given), then tickers cut (appended to ``tickers``; ``listed`` maps each to the name before it)."""
    if "<" not in text:
        return text

    def name(match: re.Match[str]) -> str:
        if _TICKER_ONLY.fullmatch(match.group(1)):
            return match.group(0)
        value = " ".join(match.group(1).split())
        if names is not None and value not in names:
            names.append(value)
        glued = match.end() < len(match.string) and match.string[match.end()].isalnum()  # "<X FUND>PAYOUT"
        return match.group(1) + (" " if glued else "")

    def ticker(match: re.Match[str]) -> str:
        symbol = match.group(1)
        before = match.string[: match.start()].rstrip()
        word = before[-40:].rsplit(None, 1)[-1] if before else ""
        if "." not in symbol and word.isalpha() and word.islower() and word.upper() not in _LEGAL_FORMS:
            # after a common word the bracket is the text's own word: "boot manufacturer <CFAS> from" (a
            # short company name), "under the symbols <CFSGR> and <CFSGW>" (symbols the text names)
            if _SYMBOLS_NAMED.search(before[-40:]):
                if symbol not in tickers:
                    tickers.append(symbol)
            elif names is not None and symbol not in names:
                names.append(symbol)
            return (" " if match.group(0)[:1].isspace() else "") + symbol
        if symbol not in tickers:
            tickers.append(symbol)
        if listed is not None and symbol not in listed:
            company = _name_before(match.string, match.start())
            if company:
                listed[symbol] = company
        after = match.string[match.end() : match.end() + 1]
        return " " if after.isalnum() and match.start() and match.string[match.start() - 1].isalnum() else ""

    text = _TICKER_MARK.sub(ticker, _NAME_MARK.sub(name, text))
    return _OPEN_MARK.sub("", text)  # an unclosed "<Chemical Bank of New York": the bracket alone goes


def _title_tickers(title: str, tickers: list[str]) -> str:
    """A title's "(UAL)" cut: "UAL (UAL) HERTZ UNIT ...", "ALCAN (AL) TO CLOSE ...". Kept: an acronym of the
    words before it ("GULF COOPERATION COUNCIL (GCC)"), a wire marker ("(RPT)") and a country code ("(UK)")."""
    if "(" not in title:  # the pattern tries its word run at every offset of the title: 10 µs to find nothing
        return title

    def repl(match: re.Match[str]) -> str:
        symbol = match.group(2)
        words = re.findall(r"[A-Z0-9][A-Z0-9'.&-]*", match.group(1))
        initials = "".join(w[0] for w in words[-len(symbol) :])
        if symbol in tickers or (words and symbol not in _KEPT_IN_PARENS and initials != symbol):
            return match.group(1)
        return match.group(0)

    return _TITLE_PAREN.sub(repl, title)


def _spelt(value: str, body: str, lowered: str) -> str:
    """A title's capitals spelt as the body spells the name ("HOECHST AG" → "Hoechst AG") where the body has
    the whole name (not "Allied" of "Allied-Signal"); ``lowered`` is ``body.lower()``."""
    at = lowered.find(value.lower())
    while at >= 0:
        end = at + len(value)
        before, after = body[at - 1 : at] if at else "", body[end : end + 1]
        if not (before.isalnum() or before == "-" or after.isalnum() or after in "-'"):
            return body[at:end]
        at = lowered.find(value.lower(), at + 1)
    return value


# What a results or dividend brief's title says after the company and its ticker ("PACIFIC NUCLEAR SYSTEMS IN <PACN>
# 4TH QTR LOSS", "WILFRED AMERICAN EDUCATIONAL <WAE> REGULAR DIV"): the title is "name, ticker, figures"
_RESULTS_AFTER = re.compile(
    r"\s*(?:\d(?:ST|ND|RD|TH) QTR|(?:19)?\d\d YEAR|YEAR (?:NET|LOSS|PROFIT)|QUARTERLY|REGULAR|PAYOUT|DIVIDEND|DIV"
    r"|SETS (?:QUARTERLY|REGULAR|PAYOUT|DIVIDEND))\b"
)
# Words no company name in such a title holds: a headline's own function words
_TITLE_FUNCTION = frozenset({"A", "AN", "THE", "TO", "IN", "ON", "AT", "BY", "FOR", "AS", "WITH", "FROM", "OF"})


def _results_name(value: str, symbol: str, opening: str) -> str | None:
    """The company a results brief's title opens with, before its ticker, in the title's capitals, when the body
    (a table of figures) does not spell it: the name as the title cuts it, less a truncated "IN(C)" (org16)."""
    at = opening.find(f"<{symbol}>")
    if at < 0 or not _RESULTS_AFTER.match(opening, at + len(symbol) + 2):
        return None
    words = value.split()
    if words and words[-1] in ("IN", "INC"):
        words = words[:-1]
    if not words or "/" in value or any(w in _TITLE_FUNCTION or w.endswith(("'S", "’S")) for w in words):
        return None
    return " ".join(words)


def _organisations(
    names: list[str],
    listed: dict[str, str],
    title: str,
    title_names: list[str],
    title_listed: dict[str, str],
    body: str,
) -> list[dict[str, Any]]:
    """The companies the markup names, once each, with their ticker as a ninjs symbol: the body's bracketed
    names and the names before its tickers; a title's bracketed names, and the name before a title ticker
    when it opens the title and ends in a legal form ("COBANCO INC <CBCO> YEAR NET") or the body has it.
    Capitals are respelt as the body writes the name."""
    out: dict[str, dict[str, Any]] = {}

    def add(value: str, symbol: str | None = None) -> None:
        value = _NAME_TAIL.sub("", value)
        if not value:
            return
        entry = out.setdefault(value.casefold(), {"name": value})
        if symbol and not any(s["symbol"] == symbol for s in entry.get("symbols", ())):
            entry.setdefault("symbols", []).append({"symbol": symbol})

    for value in names:
        add(value)
    for symbol, value in listed.items():
        add(value, symbol)
    lowered = body.lower()
    for value in title_names:
        add(_spelt(value, body, lowered))
    opening = _TITLE_MARKER.sub("", title).upper()  # "(CORRECTED) - COBANCO INC ..." opens with the name
    for symbol, value in title_listed.items():
        opens = opening.startswith(value.upper())
        spelt = _spelt(value, body, lowered)
        if opens and (spelt != value or value.split()[-1].strip(".").upper() in _LEGAL_FORMS):
            add(spelt, symbol)
        elif opens and (name := _results_name(value, symbol, opening)):
            add(name, symbol)
    return list(out.values())


def to_item(record: Mapping[str, Any], fmt: str = "reuters_sgml") -> ParsedItem:
    """One raw record → :class:`ParsedItem` (gold labels left out on purpose)."""
    newid = (record.get("NEWID") or "").strip()
    item = ParsedItem(
        format=fmt,
        provider="reuters",
        language="en",
        info_sources=[{"name": "Reuters", "role": "originator"}],
        uri=f"urn:reuters21578:{newid}" if newid else None,
    )
    oldid = (record.get("OLDID") or "").strip()
    if oldid:
        item.alt_ids.append({"role": "oldid", "value": oldid})
    item.first_created = item.version_created = parse_date(record.get("date") or "")
    body = record.get("body")
    if body is None and record.get("text_type") == "UNPROC":
        body = _INNER_TAGS.sub("", record.get("text") or "")
    tickers: list[str] = []
    names: list[str] = []
    listed: dict[str, str] = {}
    title_names: list[str] = []
    title_listed: dict[str, str] = {}
    body = (body or "").replace("^M\n", "\n")  # "^M": a carriage return, spelt out
    body = strip_markup(body, tickers, names, listed)
    raw_title = " ".join((record.get("title") or "").split())
    title = _title_tickers(strip_markup(raw_title, tickers, title_names, title_listed), tickers)
    item.headline = " ".join(title.split()) or None
    item.dateline, item.located, spill = split_dateline(strip_markup(record.get("dateline") or "", tickers))
    if names or listed or title_names or title_listed:
        flat = " ".join(body.split()) if title_names or title_listed else body
        item.organisations = _organisations(names, listed, raw_title, title_names, title_listed, flat)
    if tickers:
        item.extra["tickers"] = tickers
    paragraphs = body_paragraphs(body or "")
    if spill:
        if paragraphs:
            lead: list[str] = [spill]
            _join(lead, paragraphs[0])
            paragraphs[0] = " ".join(lead)
        else:
            paragraphs = [spill]
    item.paragraphs = paragraphs
    author = _REUTER_TAIL.sub("", strip_by_label(" ".join((record.get("author") or "").split())))
    item.by = _REUTER_TAIL.sub("", strip_by_label(author)).strip() or None
    slug = _SLUG.search(record.get("unknown") or "")
    if slug:
        text = slug.group(1)  # the record reader has unescaped the field already
        cut = text.rfind("<")
        if cut > text.rfind(">"):  # the fixed width cut a ticker open: "DIAMOND-SHAMROCK-<DIA", "<DET-OESTASIATISKE-KO"
            text = text[:cut] if text[:cut].strip("-/,*") else text[cut + 1 :]
        item.slugline = text.strip("-/,*") or None
    if record.get("text_type") not in (None, "NORM"):
        item.extra["textType"] = record["text_type"]
    return item


class ReutersSgmlParser:
    name = "reuters_sgml"

    def sniff(self, head: bytes) -> bool:
        return bool(_SNIFF.match(head))

    def parse(self, payload: bytes, headers: Mapping[str, str]) -> list[ParsedItem]:
        items = [to_item(record, self.name) for record in _records(payload, labels=False)]
        if not items:
            raise ParseError(reasons.MALFORMED_SGML, "no complete <REUTERS>...</REUTERS> record")
        return items


PARSER = ReutersSgmlParser()
