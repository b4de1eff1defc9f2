"""Names the people step took that the story itself shows to be bodies, and body names with a word too many
(session 21, issue #15; tent21, tuned to draw 1).

* the head of an organisation the story names in full is no person: "Den Danske" beside "Den Danske Bank",
  "Du Pont" beside "Du Pont Co" (a given name first stays a person: "Walt Disney" beside "Walt Disney Co");
* an Indonesian/Malay team or task force is no person: "Tim Ekspedisi Patriot Unair" (tim = team), "Satgas
  Debottlenecking" (satgas = task force); "Tim" is also an English given name, so it counts only before
  a word that is no given name and with a third word ("Tim Pembina Posyandu", not "Tim Farron");
* a country's possessive glued before a firm is no part of its name: "Sweden's Electrolux AB", "Japan's Toyota";
* a department named bare or after its country beside its own "X Department" is that department again: "U.S.
  Treasury" and "Treasury" beside "Treasury Department";
* a legal form in lower case after a capitalised run is that legal form ("British Aerospace inc said").

Pure functions over strings; the caller (``entities.enrich``) keeps its own types.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Any

# Indonesian/Malay collective nouns that open a body's name and never a person's: a team, a task force, a squad,
# a committee, a contingent
_ID_BODY_OPENERS = frozenset({"Satgas", "Regu", "Skuad", "Pasukan", "Panitia", "Kontingen"})
_ID_TEAM = "Tim"  # team; also an English given name ("Tim Cook")
_TEAM_MIN_WORDS = 3


def body_heads(people: Iterable[str], bodies: Iterable[str], given_names: Collection[str]) -> set[str]:
    """The people's names that open a body's longer name in the same story ("Den Danske" of "Den Danske Bank of
    Denmark"), unless the name starts with a given name (a founder beside his firm: "Walt Disney")."""
    names = [b for b in bodies if " " in b]
    return {
        p
        for p in people
        if " " in p and p.split(" ", 1)[0] not in given_names and any(b.startswith(f"{p} ") for b in names)
    }


def id_teams(people: Iterable[str], given_names: Collection[str]) -> set[str]:
    """Indonesian/Malay names that are a team's or task force's ("Tim Ekspedisi Patriot Unair", "Satgas
    Debottlenecking"): see the module docstring."""
    out = set()
    for p in people:
        words = p.split(" ")
        team = words[0] == _ID_TEAM and len(words) >= _TEAM_MIN_WORDS and words[1] not in given_names
        if len(words) >= 2 and (words[0] in _ID_BODY_OPENERS or team):
            out.add(p)
    return out


_POSSESSIVE_OPENER = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})['’]s (?=[A-Z])")


def without_country_possessive(name: str, countries: Collection[str]) -> str:
    """``name`` without a country's possessive before it ("Sweden's Electrolux AB" → "Electrolux AB"): the
    country says where the firm is, it is no word of the firm's name ("People's Party" stays)."""
    m = _POSSESSIVE_OPENER.match(name)
    if m and m.group(1) in countries:
        return name[m.end() :]
    return name


def first_of_each(orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``orgs`` with one entry per name (case aside), the first: a name cut to its firm can meet its twin."""
    seen: set[str] = set()
    out = []
    for org in orgs:
        key = str(org.get("name") or "").lower()
        if key not in seen:
            seen.add(key)
            out.append(org)
    return out


_NATION_SHORTS = frozenset({"U.S.", "US", "U.K.", "UK"})


def department_twins(names: Collection[str], countries: Collection[str]) -> set[str]:
    """The names that are a listed "X Department" again, bare or after its country ("U.S. Treasury" beside
    "Treasury Department"): one body, its department's name kept."""
    out = set()
    for dept in names:
        if not dept.endswith(" Department"):
            continue
        bare = dept.removesuffix(" Department")
        for name in names:
            owner = name.removesuffix(f" {bare}")
            if name == bare or (owner != name and (owner in _NATION_SHORTS or owner in countries)):
                out.add(name)
    return out


_LOWER_LEGAL = re.compile(r"(?<= )(?:inc|corp|ltd|plc)(?![\w'’-])")
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))[A-Z][\w&'’.-]* $")
_LEGAL_CASE = {"inc": "Inc", "corp": "Corp", "ltd": "Ltd", "plc": "Plc"}


def cased_legal_forms(text: str) -> str:
    """``text`` with a lower-case legal form after a capitalised word capitalised ("British Aerospace inc said"
    → "... Inc said"): the wire's typo, not a common word (no English word is "inc"). Same length: offsets hold."""
    if " inc" not in text and " corp" not in text and " ltd" not in text and " plc" not in text:
        return text

    def cased(m: re.Match[str]) -> str:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        return _LEGAL_CASE[m.group()] if before else m.group()

    return _LOWER_LEGAL.sub(cased, text)
