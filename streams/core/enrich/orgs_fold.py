"""One organisation, one value: folds of a story's organisation list that its scan cannot see one name at a time.

Why a module of its own: these decisions read the whole list and the text together (a department under two of
its names, a firm's short form beside its full name, a firm named only inside an index's name), after every
extractor has run; ``entities`` calls them on its final list. Pure functions over items with ``name`` and
``literal`` (org17).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from streams.core.enrich import alone
from streams.core.enrich.textscan import Gate

Org = dict[str, Any]  # an ninjs organisation: "name", maybe "literal"

# "U.S. Defense Department", "Department of Defense", "the Pentagon": one department. Its key drops a leading
# "U.S." and reads "Department of X" as "X Department" ("Ministry of Finance" = "Finance Ministry").
_US = re.compile(r"^(?:U\.S\.|US|United States) ")
_OF_FORM = re.compile(r"^(Department|Ministry) of (?:the )?([A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*){0,2})$")
# a building or nickname wire copy uses for a department, beside that department's own name
_NICKNAMES = {"Pentagon": "Defense Department"}


def _body_key(name: str) -> str:
    name = _US.sub("", name)
    name = _NICKNAMES.get(name, name)
    m = _OF_FORM.match(name)
    return f"{m.group(2)} {m.group(1)}" if m else name


def one_department(orgs: list[Org]) -> list[Org]:
    """ "Pentagon" beside "Defense Department", "Department of Defense" beside "U.S. Defense Department": one
    body, one value, its fullest name at the first one's place. Only names of a department or ministry (or a
    nickname of one) fold; others are left as they are."""
    if len(orgs) < 2 or not any(("Department" in o["name"] or "Ministry" in o["name"]) for o in orgs):
        return orgs
    at: dict[str, int] = {}
    out: list[Org] = []
    for org in orgs:
        key = _body_key(org["name"])
        if not key.endswith((" Department", " Ministry")):
            out.append(org)
            continue
        if key in at:
            kept = out[at[key]]
            if org["name"] not in _NICKNAMES and (kept["name"] in _NICKNAMES or len(org["name"]) > len(kept["name"])):
                out[at[key]] = org
            continue
        at[key] = len(out)
        out.append(org)
    return out


def without_cased_acronyms(orgs: list[Org], aliases: dict[str, str], spell: Callable[[str], str]) -> list[Org]:
    """ "Opec" beside "Organization of Petroleum Exporting Countries": an acronym written in title case is that
    acronym, one body with the full name (the alias table holds the capitals "OPEC")."""

    def cased(name: str) -> bool:
        return 2 < len(name) <= 6 and name.isalpha() and name[0].isupper() and name[1:].islower()

    candidates = [o["name"] for o in orgs if cased(o["name"]) and o["name"].upper() in aliases]
    if not candidates:
        return orgs
    keys = {spell(o["name"]) for o in orgs}
    # "Nasdaq" is the alias table's own name for "NASDAQ": no twin of itself
    twins = {n for n in candidates if spell(aliases[n.upper()]) != spell(n) and spell(aliases[n.upper()]) in keys}
    return [o for o in orgs if o["name"] not in twins] if twins else orgs


_PLURAL = re.compile(r"(?<=[a-z])s$")


# trade words that may follow a firm's short name inside its full one ("Acme Widget Sales Inc")
_TRADE_WORDS = frozenset(
    {"Sales", "Holdings", "Group", "Industries", "Products", "Services", "Systems", "Enterprises", "Trading"}
    | {"Manufacturing", "Technologies", "Worldwide", "Co", "Company", "Corporation"}
)


def without_firm_shorts(orgs: list[Org], legal: frozenset[str]) -> list[Org]:
    """ "Acme Widgets" beside "Acme Widget Sales Inc": a short form whose words open the full name (its last word
    maybe in the plural), the rest of the full name only generic trade words and a legal form, is that firm; the
    full name stays. A short name of one word is left to the scan's own folds."""
    fulls = [o["name"].split(" ") for o in orgs if o["name"].rsplit(" ", 1)[-1].rstrip(".") in legal]
    if not fulls or len(orgs) < 2:
        return orgs

    def short(words: list[str]) -> bool:
        n = len(words)
        if n < 2 or words[-1].rstrip(".") in legal:
            return False
        stem = [*words[:-1], _PLURAL.sub("", words[-1])]
        for full in fulls:
            if len(full) <= n:
                continue
            head = full[:n]
            if (
                head[:-1] == stem[:-1]
                and head[-1] in (words[-1], stem[-1])
                and head != words
                and all(w in _TRADE_WORDS or w.rstrip(".") in legal for w in full[n:])
            ):
                return True
        return False

    return [o for o in orgs if not short(o["name"].split(" "))]


# after a firm's name, the words that make it an index's name ("S and P 500 futures", "Dow Jones industrial
# average", "Nikkei average", "Standard & Poor's 500 index"); a number alone is no such sign ("fined Delta Air Lines
# Inc 140,400 dlrs", "beat the Atlanta Hawks 115-111", "Boeing Co 767's")
_INDEX_AFTER = re.compile(
    r" \d{2,4}(?: stock| share)? (?:index|indexes|indices|average|futures|options)\b"
    r"| (?:stock |share |industrial |composite )?(?:index|indexes|indices|average|averages|industrials)\b",
    re.IGNORECASE,  # "Standard and Poor's 500 Stock Index"
)
_INDEX_WORDS = (" index", " Index", " INDEX", " average", " Average", "ndustrials", "utures", "ptions")
_INDEX_GATE = Gate(_INDEX_WORDS)
# a public body's own index is the body at work ("the Commerce Department index of leading indicators")
_BODY_ENDS = (
    "Department",
    "Ministry",
    "Bureau",
    "Office",
    "Board",
    "Exchange",
    "Institute",
    "Association",
    "Commission",
    "Agency",
    "Council",
    "Administration",
    "Service",
    "Bank",
    "Reserve",
    "Survey",
    "University",
    "Center",
    "Centre",
)


_JOINS_BEFORE = re.compile(r"[\w&]")
_JOINS_AFTER = re.compile(r"[\w&'’]")


def _mentions(text: str, name: str) -> Iterable[tuple[int, int]]:
    r"""``(?<![\w&])name(?![\w&'’])``'s spans, by ``alone.starts``: no pattern compiled per name (ents18)."""
    n = len(name)
    return [(i, i + n) for i in alone.starts(text, name, _JOINS_BEFORE, _JOINS_AFTER)]


def without_index_names(orgs: list[Org], text: str) -> list[Org]:
    """A firm whose every mention names an index or a product ("S and P 500 futures" read as "Standard and
    Poor's"): no organisation of the story. A mention inside another organisation's name ("S and P Advisory
    Committee") says nothing; one anywhere else is the firm acting, and it stays."""
    if not _INDEX_GATE(text):  # most stories name no index: a few substring tests
        return orgs
    names = [o["name"] for o in orgs]

    def index_only(org: Org) -> bool:
        if org["name"].endswith(_BODY_ENDS):
            return False
        index = firm = 0
        for form in {org["name"], *((org.get("literal"),) if org.get("literal") else ())}:
            wider = [other for other in names if other != org["name"] and form in other]  # (once per form)
            for start, end in _mentions(text, form):
                if _INDEX_AFTER.match(text, end):
                    index += 1
                elif not any(text.startswith(other, start - other.find(form)) for other in wider):
                    firm += 1
        return index > 0 and firm == 0

    return [o for o in orgs if not index_only(o)]


# a speech is no body: "his State of the Union address"
_ADDRESSES = frozenset({"State of the Union", "State of the Nation", "State of the State"})


def without_addresses(orgs: list[Org]) -> list[Org]:
    """ "State of the Union" (a president's yearly address) read as a body ("Union" ends many): dropped."""
    return [o for o in orgs if o["name"] not in _ADDRESSES]


# "Energy and Mineral Resources (ESDM) Minister": a portfolio, its acronym in brackets, then "Minister"
_PORTFOLIO_ACRONYM = re.compile(
    r"(?<![\w'’])((?:[A-Z][a-z]+)(?: (?:and |of )?[A-Z][a-z]+){0,4}) \(([A-Z]{2,6})\) Minist(?:er|ry)\b"
)


def ministries_by_acronym(text: str) -> list[tuple[str, str]]:
    """ "Indonesia's Energy and Mineral Resources (ESDM) Minister Bahlil Lahadalia": the minister's ministry,
    named by its portfolio, with the acronym the story gives as its literal ("ESDM" stands for the Indonesian
    name, so it spells none of the English words)."""
    return [(f"{m.group(1)} Ministry", m.group(2)) for m in _PORTFOLIO_ACRONYM.finditer(text)]


def bracket_twins(orgs: list[Org], text: str) -> list[Org]:
    """ "Kejaksaan Agung (Kejagung) menetapkan ...": a short name the story defines in brackets right after a
    body's full name is that body, not a second one; the full name stays, the short one its literal."""
    if len(orgs) < 2 or "(" not in text:
        return orgs
    by_name = {o["name"]: o for o in orgs}
    drop: set[str] = set()
    for org in orgs:
        short = org["name"]
        if len(short) > 30 or org.get("literal"):  # "Kejagung", "Kemenko Bidang Perekonomian"
            continue
        at = text.find(f"({short})")
        while at >= 0:
            before = text[max(0, at - 120) : at].rstrip()
            full = next((n for n in by_name if n != short and before.endswith(n) and n not in drop), None)
            if full is not None:
                drop.add(short)
                by_name[full].setdefault("literal", short)
                break
            at = text.find(f"({short})", at + 1)
    return [o for o in orgs if o["name"] not in drop] if drop else orgs


def without_possessive_cuts(orgs: list[Org]) -> list[Org]:
    """ "McDonald" beside "McDonald's Corp": a firm whose name holds "'s", read once with it cut (a headline's
    "MCDONALD'S FILES", a ticker's name); one firm, the full name stays."""
    names = [o["name"].replace("’s ", "'s ") for o in orgs]
    heads = {n.partition("'s ")[0] for n in names if "'s " in n}
    return [o for o in orgs if o["name"] not in heads] if heads else orgs


# Currencies written with a capital ("141 Ecus a tonne", "20 Ecu daily rebate"): a unit of money, no body
_CURRENCIES = frozenset(
    {"Ecu", "Euro", "Yen", "Dollar", "Rupiah", "Ringgit", "Baht", "Peso", "Rand", "Franc", "Lira", "Sterling"}
    | {"Krona", "Krone", "Yuan", "Renminbi", "Rupee", "Dinar", "Riyal", "Dirham", "Shekel", "Rouble", "Ruble"}
)


def without_currencies(orgs: list[Org]) -> list[Org]:
    """A currency's name alone, or its plural ("Ecu", "Ecus"), read as a body: dropped."""
    return [o for o in orgs if o["name"] not in _CURRENCIES and o["name"].removesuffix("s") not in _CURRENCIES]


def _carry(into: Org, frm: Org) -> None:
    """The dropped entry's ticker and literal go to the entry that stays (a source's "Sears" with symbol "S")."""
    if frm.get("symbols") and not into.get("symbols"):
        into["symbols"] = frm["symbols"]
    if frm.get("literal") and not into.get("literal") and frm["literal"] != into["name"]:
        into["literal"] = frm["literal"]


# a firm's full name that goes on after a comma with partners' names: it ends in a legal form or "and Co"
_FIRM_TAIL = re.compile(r"(?:,| and| &) (?:Co|Company|Cos)\.?$|(?:Inc|Corp|Ltd|Plc|PLC|LLC|Co)\.?$")
_INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")


def comma_heads(orgs: list[Org]) -> list[Org]:
    """ "Sears" (a source's ticker name) beside "Sears, Roebuck and Co", "Merrill Lynch" beside "Merrill Lynch,
    Pierce, Fenner and Smith Inc": a name that is the head of a partnership's full name before its comma is that
    firm; the full name stays, with the short one's ticker. "Citicorp, J.P. Morgan and Co" (initials after the
    comma open another firm's name) is a list the scan glued: beside "Citicorp" it is the second firm alone."""
    if len(orgs) < 2 or not any(", " in o["name"] for o in orgs):
        return orgs
    names = {o["name"]: o for o in orgs}
    drop: set[str] = set()
    rename: dict[str, Org] = {}
    for org in orgs:
        full = org["name"]
        head, sep, rest = full.partition(", ")
        if not sep or head not in names or not _FIRM_TAIL.search(full):
            continue
        if _INITIALS.match(rest):  # "Citicorp, J.P. Morgan and Co": two firms
            rename[full] = {"name": rest}
            continue
        if len(head.split(" ")) <= 3:
            _carry(org, names[head])
            drop.add(head)
    return rebuilt(orgs, drop, rename) if drop or rename else orgs


def rebuilt(orgs: list[Org], drop: set[str], rename: dict[str, Org]) -> list[Org]:
    """``orgs`` without the names in ``drop``, each in ``rename`` updated with its fields; a new name the list
    holds already is that entry, so the renamed one goes."""
    names = {o["name"] for o in orgs}
    out: list[Org] = []
    for org in orgs:
        if org["name"] in drop:
            continue
        if org["name"] in rename:
            org = {**org, **rename[org["name"]]}
            if org["name"] in names:
                continue
        out.append(org)
    return out


_TAIL_STARTS = re.compile(r"[ .](?=\S)")


def inner_cuts(orgs: list[Org], text: str) -> list[Org]:
    """ "Morgan and Co" beside "J.P.Morgan and Co", "DONUTS INC" beside "DUNKIN' DONUTS INC": a name that ends
    another one in the story, and that the text names only inside that longer name, is a cut of it (glued
    initials, an apostrophe), not a second body; the longer name stays. A short name the text also names on its
    own ("the Statistics Office" after "the National Statistics Office") is left alone, and so is one after more
    than one word ("Dewan Gubernur Bank Indonesia": a body's unit, then the body)."""
    if len(orgs) < 2:
        return orgs
    by_tail: dict[str, list[str]] = {}  # every tail after a blank or a dot -> the names it ends: a join, not pairs
    for name in {o["name"] for o in orgs}:
        for m in _TAIL_STARTS.finditer(name):  # one token before the tail: "Dewan Gubernur Bank Indonesia" is a
            if " " not in name[: m.start()]:  # unit of "Bank Indonesia", a body the story names in it
                by_tail.setdefault(name[m.end() :], []).append(name)
    drop: set[str] = set()
    for org in orgs:
        short = org["name"]
        if " " not in short or org.get("literal"):
            continue
        hosts = by_tail.get(short)
        if not hosts:
            continue
        spans = [span for h in hosts for span in _mentions(text, h)]
        seen = [start for start, _ in _mentions(text, short)]
        if spans and seen and all(any(a <= s < b for a, b in spans) for s in seen):
            _carry(next(o for o in orgs if o["name"] == hosts[0]), org)
            drop.add(short)
    return [o for o in orgs if o["name"] not in drop] if drop else orgs


# a headline's or lead's word before a body's name, read as part of it ("Latest Federal Reserve data show")
_LEAD_WORDS = ("Latest ", "Former ", "Troubled ", "Embattled ")


def without_lead_words(orgs: list[Org]) -> list[Org]:
    """ "Latest Federal Reserve", "Former Hongkong Bank": the body without the word before it (kept once)."""
    if not any(o["name"].startswith(_LEAD_WORDS) for o in orgs):
        return orgs
    have = {o["name"] for o in orgs}
    out: list[Org] = []
    for org in orgs:
        name = org["name"]
        if name.startswith(_LEAD_WORDS) and name.count(" ") >= 2:
            name = name.split(" ", 1)[1]
            if name in have:
                continue
            org = {**org, "name": name}
            have.add(name)
        out.append(org)
    return out


# a competition or a games read as a body ("the rugby union World Cup final"): an event, no organisation
_EVENTS = frozenset({"World Cup", "Olympics", "Olympic Games", "Paralympics", "Asian Games", "Commonwealth Games"})


def without_events(orgs: list[Org]) -> list[Org]:
    """A competition's name alone ("World Cup") read as a body: dropped."""
    return [o for o in orgs if o["name"] not in _EVENTS]


# a nationality before a common noun, in a headline's or Reuters' title case ("U.S. Bank officials", "the four
# U.S. Banks"): the story writes the noun in the plural too, so it names a kind of firm, no one bank
_NATIONALITY = frozenset({"U.S.", "US", "American", "Japanese", "British", "European", "Canadian", "Foreign"})


def without_kinds(orgs: list[Org], text: str) -> list[Org]:
    """ "U.S. Bank" where the story also writes "U.S. Banks": a kind of firm, no body; dropped."""

    def kind(name: str) -> bool:
        first, _, noun = name.partition(" ")
        return first in _NATIONALITY and noun.isalpha() and " " not in noun and f"{name}s " in text

    return [o for o in orgs if not kind(o["name"])]


# a firm's name with its legal form and Indonesian marks off: "PT Gudang Garam Tbk" -> "gudang garam"
_ID_MARKS = re.compile(r"^PT\.? | ?\(Persero\)| Tbk\.?$")


def _bare(name: str, legal: frozenset[str]) -> tuple[str, str]:
    """The name without its marks and legal form, lower-cased, and the legal form it had ("" for none)."""
    name = _ID_MARKS.sub("", name)
    head, _, last = name.rpartition(" ")
    form = ""
    if head and last.rstrip(".") in legal:
        name, form = head.rstrip(","), last.rstrip(".")
    return name.replace(".", "").replace(",", "").lower(), form


def legal_twins(orgs: list[Org], text: str, legal: frozenset[str]) -> list[Org]:
    """ "Union Camp" beside "Union Camp Corp", "Gudang Garam" beside "PT Gudang Garam Tbk", "Pepsico Inc" beside
    "PepsiCo": a firm named with and without its legal form (or "PT", "Tbk", "(Persero)") is one firm, one value:
    the name with the form, at the first one's place, with the other's ticker. Two different legal forms ("First
    Boston Inc", "First Boston Corp": a parent and its unit) stay two, and so does a name the story seats
    elsewhere ("Video Technology Computers of Hong Kong" beside its distributor "... Inc")."""
    if len(orgs) < 2:
        return orgs
    first: dict[str, int] = {}
    out: list[Org] = []
    for org in orgs:
        key, form = _bare(org["name"], legal)
        at = first.get(key)
        if at is None:
            first[key] = len(out)
            out.append(org)
            continue
        kept = out[at]
        kept_form = _bare(kept["name"], legal)[1]
        plain, full = (kept, org) if len(kept["name"]) < len(org["name"]) else (org, kept)
        if (form and kept_form and form != kept_form) or any(
            text.startswith(" of ", end) for _, end in _mentions(text, plain["name"])
        ):
            out.append(org)
            continue
        _carry(full, plain)
        out[at] = full
    return out


_CLIPPED = re.compile(r" ?(?:\.\.\.|…)")


def clipped_heads(orgs: list[Org], text: str) -> list[Org]:
    """ "Komisi Percepatan" beside "Komisi Percepatan Reformasi Polri": a summary clipped with "..." right after
    the body's first words ("melantik sepuluh tokoh sebagai anggota Komisi Percepatan ..."); where the story names
    the short form nowhere else but inside the full name, it is that body, not a second one."""
    if len(orgs) < 2 or ("..." not in text and "…" not in text):
        return orgs
    names = {o["name"] for o in orgs}
    by_head: dict[str, list[str]] = {}  # every head before a blank -> the names it opens: a join, not pairs
    for full in names:
        for m in re.finditer(" ", full):
            by_head.setdefault(full[: m.start()], []).append(full)
    drop: set[str] = set()
    for name in names:
        longer = by_head.get(name)
        if not longer or org_literal(orgs, name):
            continue
        spans = [span for n in longer for span in _mentions(text, n)]
        seen = list(_mentions(text, name))
        if any(_CLIPPED.match(text, end) for _, end in seen) and all(
            _CLIPPED.match(text, end) or any(a <= start < b for a, b in spans) for start, end in seen
        ):
            drop.add(name)
    return [o for o in orgs if o["name"] not in drop] if drop else orgs


def org_literal(orgs: list[Org], name: str) -> str | None:
    """The literal of the entry named ``name`` (an acronym the story gave), if any."""
    return next((o.get("literal") for o in orgs if o["name"] == name), None)
