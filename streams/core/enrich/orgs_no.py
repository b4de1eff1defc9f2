"""Organisations in Norwegian copy (NTB), by cues that need no Norwegian grammar beyond the genitive "-s".

Why a module of its own: Norwegian stories run through the English run finder (``entities``), whose body heads
are English words, so "FN" (the UN), "NTNU", "Verdensbanken" (the World Bank) or "Faktisk.no" were never
found. Precision first: a name is published only where its form says it is a body:

* an acronym of two to six capitals in running text ("FN", "NTNU", "FNs" -> "FN"), not a label ("BILDE:"),
  not a term ("BNP", "KI"), not a place ("USA") nor a news agency's credit ("NTB");
* a capitalised compound whose last part is a Norwegian body noun in its definite form ("Verdensbanken",
  "Helsedirektoratet", "Mattilsynet", "Stortinget"), in the base or genitive form;
* an outlet named by its domain ("Faktisk.no") and a fact-check desk ("AFP Fact Check");
* in Danish, Norwegian and Swedish copy alike (``find_headed``): a public body named by its place and a head
  noun written with a capital ("Københavns Vestegns Politi", "Aarhus Kommune", "Region Skåne" is left: the
  head comes first there), and a compound whose last part is a Danish or Swedish body noun in its definite
  form ("Sundhedsstyrelsen", "Skatteverket", "Folkhälsomyndigheten", "Justitsministeriet");
* (org15, ``find_courts``) a court named by its seat and a lower-case court noun ("Växjö tingsrätt", "Svea
  hovrätt", "Oslo tingrett"), and the supreme courts ("Högsta domstolen", "Høyesterett");
* (org15, ``find_reported``) a newspaper or broadcaster a reporting verb credits ("..., rapporterar
  Sydöstran.", "skriver Dagens Nyheter."): one to three capitalised words closing the sentence, none of
  them a person's name the story gives nor a place; a single word must read as a definite noun, no surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from streams.core.copy.agencies import lookup as agency
from streams.core.enrich.names_lang import nordic_rules
from streams.core.enrich.roman import is_roman

# Last parts of Norwegian body names in their definite form: "Verdens|banken", "Helse|direktoratet"
_BODY_ENDS = (
    "banken",
    "direktoratet",
    "tilsynet",
    "departementet",
    "instituttet",
    "etaten",
    "tinget",
    "kommisjonen",
    "domstolen",
    "universitetet",
    "forbundet",
    "rådet",
)
# Acronyms in Norwegian copy that name no body: terms, units, titles, sport events, media words
_NOT_BODIES = frozenset(
    {"BNP", "KPI", "KI", "AI", "IT", "TV", "PC", "ID", "OK", "DNA", "PDF", "SMS", "VM", "EM", "NM", "OL", "CO"}
    | {"NB", "PS", "MVA", "EØS", "UFO", "GPS", "MR", "CT", "HIV", "AIDS", "COVID", "KPI", "USD", "NOK", "EUR"}
    | {"FAKTA", "BILDE", "VIDEO", "OBS", "SE", "LES", "ANNONSE", "FOTO", "GRAFIKK", "KILDE", "KILDER"}
    | {"ADHD", "PTSD", "MS", "ALS", "KOLS", "HR", "PR", "CV", "LHBT", "LHBTQ", "FAQ", "USB", "LED", "DAB", "VAR"}
    | {"AS", "ASA", "SA", "AB", "NV", "BV", "AG", "KS", "DA", "ANS"}  # legal forms after a firm's name ("Equinor ASA")
)
# Danish and Swedish last parts of body names in their definite form ("Sundheds|styrelsen", "Skatte|verket")
_DA_SV_BODY_ENDS = (
    "styrelsen",
    "ministeriet",
    "myndigheten",
    "verket",
    "inspektionen",
    "tilsynet",
    "nämnden",
    "makten",
)
# Capitalised head nouns written after the place that names the body ("Københavns Vestegns Politi")
_HEADS_AFTER: tuple[str, ...] = (
    *("Politi", "Kommune", "Kommun", "Sygehus", "Universitet", "Universitetshospital", "Byret", "Landsret"),
    "Tingrett",
    "Lagmannsrett",
    "Tingsrätt",
    "Hovrätt",
    "Fylkeskommune",
    "Statsforvalter",
    "Politidistrikt",
)
_NAME_WORD = r"[A-ZÆØÅÄÖ][a-zæøåäöéü]+(?:-[A-ZÆØÅÄÖ][a-zæøåäöéü]+)?"
_HEADED = re.compile(rf"(?<![\w.@/-])((?:{_NAME_WORD} ){{1,3}}(?:{'|'.join(_HEADS_AFTER)}))(?![\w-])")
_DA_SV_COMPOUND = re.compile(
    r"(?<![\w.@/-])([A-ZÆØÅÄÖ][a-zæøåäö]{2,}(?:" + "|".join(_DA_SV_BODY_ENDS) + r"))(s?)(?![\w@/-]|\.\w)"
)
_ACRONYM = re.compile(r"(?<![\w.@/-])([A-ZÆØÅ]{2,6})(s?)(?![\w@/:-]|\.\w)")
_COMPOUND = re.compile(r"(?<![\w.@/-])([A-ZÆØÅ][a-zæøå]{2,}(?:" + "|".join(_BODY_ENDS) + r"))(s?)(?![\w.@/-])")
_DOMAIN = re.compile(r"(?<![\w.@/-])([A-ZÆØÅ][\w-]+\.no)(s?)(?![\w-]|\.[a-z])")
_FACT_CHECK = re.compile(r"(?<![\w.@/-])([A-Z][\w.]*[ ]Fact[ ]?Check)(?![\w-])")


class _Places(Protocol):
    def is_place(self, name: str) -> bool: ...


def _credit_or_numeral(acronym: str) -> bool:
    """A news agency's credit ("NTB", "ANB": the agency table is the one list) or a Roman numeral ("VII")."""
    return agency(acronym) is not None or is_roman(acronym)


def _prose_line(line: str) -> bool:
    """A line of running text, not a heading or label written in capitals."""
    return sum(ch.islower() for ch in line) > sum(ch.isupper() for ch in line)


def find(text: str, places: _Places | None, not_acronyms: Iterable[str] = ()) -> list[str]:
    """Organisation names in Norwegian ``text``, in text order, each once (base form)."""
    skip = _NOT_BODIES | frozenset(not_acronyms)
    found: dict[str, int] = {}
    pos = 0
    for line in text.split("\n"):
        if _prose_line(line):
            hits = [
                (m.start(), m.group(1))
                for m in _ACRONYM.finditer(line)
                if m.group(1) not in skip and not _credit_or_numeral(m.group(1))
            ]
            hits += [(m.start(), m.group(1)) for m in _COMPOUND.finditer(line)]
            hits += [(m.start(), m.group(1)) for m in _DOMAIN.finditer(line)]
            hits += [(m.start(), m.group(1)) for m in _FACT_CHECK.finditer(line)]
            for at, name in hits:
                if places is not None and name.isupper() and places.is_place(name):
                    continue  # "USA", "UK": a country
                found.setdefault(name, pos + at)
        pos += len(line) + 1
    return sorted(found, key=found.__getitem__)


def find_headed(text: str, places: _Places | None = None) -> list[str]:
    """Public bodies in Danish, Norwegian or Swedish ``text`` named by place and head noun, or by a definite
    compound (see the module note), in text order, each once. Why: those languages write their function words
    in lower case, so a capitalised run before a capitalised head is the body's own name; a sentence's first
    word is dropped when it is a function word ("Det Politi" never stands as a name)."""
    found: dict[str, int] = {}
    openers = nordic_rules().stop  # function words of the three languages (``names_lang.json`` "nordic")
    for m in _HEADED.finditer(text):
        words = m.group(1).split()
        while len(words) > 1 and words[0] in openers:
            words = words[1:]
        if len(words) < 2:
            continue
        name = " ".join(words)
        if places is not None and places.is_place(name):
            continue
        found.setdefault(name, m.start())
    for m in _DA_SV_COMPOUND.finditer(text):
        found.setdefault(m.group(1), m.start())
    return sorted(found, key=found.__getitem__)


# Courts of the three languages, written after their seat in lower case ("Växjö tingsrätt", "Borgarting
# lagmannsrett"), and the supreme courts, named alone
_COURT_NOUNS = ("tingsrätt", "hovrätt", "kammarrätt", "förvaltningsrätt", "tingrett", "lagmannsrett", "byret")
_COURT = re.compile(rf"(?<![\w.@/-])({_NAME_WORD} (?:{'|'.join(_COURT_NOUNS)}))(?![\w-])")
_SUPREME = re.compile(r"(?<![\w-])(Högsta domstolen|Högsta förvaltningsdomstolen|Høyesterett|Højesteret)(?![\w-])")
# Reporting verbs of the three languages before the outlet that reports ("rapporterar Sydöstran.")
_REPORTED = re.compile(
    r"(?<![\w-])(?:rapporterar|rapporterade|skriver|skrev|uppger|uppgav|meddelar|melder|meldte|meldet"
    r"|rapporterer|rapporterte|oplyser|opplyser|erfarer|erfar)"
    rf" ((?:{_NAME_WORD} ){{0,2}}{_NAME_WORD})(?=[.,;])"
)

_DEFINITE = ("an", "en", "et", "anen", "ningen")
_SURNAME_ENDS = ("sen", "son", "ssen", "sson", "én")


def find_courts(text: str, places: _Places | None = None) -> list[str]:
    """Courts in Danish, Norwegian or Swedish ``text`` (see the module note), in text order, each once; the
    seat must be a place the gazetteer knows, or the supreme court is named alone."""
    found: dict[str, int] = {}
    for m in _COURT.finditer(text):
        seat = m.group(1).rsplit(" ", 1)[0]
        if places is None or places.is_place(seat) or places.is_place(seat.rstrip("s")):
            found.setdefault(m.group(1), m.start())
    for m in _SUPREME.finditer(text):
        found.setdefault(m.group(1), m.start())
    return sorted(found, key=found.__getitem__)


def find_reported(text: str, places: _Places | None, names: Iterable[str]) -> list[str]:
    """Outlets a reporting verb credits in Danish, Norwegian or Swedish ``text`` (see the module note), in text
    order, each once. ``names``: the words of the people the story names (a person quoted by surname is no
    outlet); a news agency's credit ("TT", "NTB") and a place are left."""
    words = frozenset(names)
    found: dict[str, int] = {}
    for m in _REPORTED.finditer(text):
        name = m.group(1)
        if any(w in words for w in name.split(" ")) or agency(name) is not None:
            continue
        if " " not in name and (not name.endswith(_DEFINITE) or name.endswith(_SURNAME_ENDS)):
            continue  # "skriver Andersson": a surname; a paper's one word is a definite noun ("Sydöstran")
        if places is not None and places.is_place(name):
            continue
        found.setdefault(name, m.start(1))
    return sorted(found, key=found.__getitem__)
