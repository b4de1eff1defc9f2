"""People and organisations in Spanish, Portuguese, French and German copy (rules, no model); people in
Finnish copy (``extract_fi``) and two fixes for Danish, Norwegian and Swedish (``nordic_people``), each
explained where it is defined.

Why a second extractor: the en/id/ms rules in ``entities`` anchor on English and Malay closed
classes, and their "capitalised run = candidate" idea fails two ways outside them. Spanish,
Portuguese and French capitalise only proper nouns, so a capitalised run that does not open a
sentence is almost always an entity and what matters is its *type*; German capitalises every noun,
so a capitalised run is almost never a name on its own. Both need the language's own words:

* organisations: head words ("Ministerio de ...", "Banco ...", "Partei ...", "Bundesministerium ..."),
  legal forms ("S.A.", "AG", "GmbH"), institutions that are one capitalised word ("Gobierno",
  "Bundestag"), known bodies, and upper-case acronyms ("PSOE", "CDU") that are not places or
  common abbreviations ("PIB", "EEUU");
* people: a given name from the shipped lists opening a run ("José María Aznar", "Angela Merkel");
  a title or honorific before it ("el presidente Aznar", "Kanzlerin Merkel", "M. Macron", "Herr
  Müller"); a reporting verb next to it ("dijo Aznar", "Merkel sagte", "a déclaré Macron"); a
  surname already seen in a full name ("Aznar" after "José María Aznar"); in Spanish a patronymic
  surname ("Rodríguez", "Fernández") that is not a place.

A run is never a person when it is a place (the places gazetteer), an organisation, or holds a
function word, title or organisation head of the language; a run right after an article ("la
Comisión dijo", "das Unternehmen sagte") is not anchored by the verb. Everything is decided per
article; nothing is downloaded, the word lists ship in ``streams/data/names_lang.json`` (own work,
sources and licence in its header).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as ilr
from itertools import compress
from operator import itemgetter
from typing import Protocol, TypeVar

from streams.core.enrich import textscan
from streams.core.enrich.roman import is_roman
from streams.core.enrich.story import is_credited
from streams.core.memo import remember

LANGUAGES = frozenset({"es", "pt", "fr", "de"})

# words, with inner apostrophes/hyphens/dots ("S.A.", "Jean-Pierre", "d'Emmanuel"), or one other character
_TOKEN = re.compile(r"\w++(?:[’'\-.&]\w++)*+|[^\w\s]")
# French: the elided article or pronoun is a token of its own ("d'Emmanuel" -> "d'", "Emmanuel")
_TOKEN_FR = re.compile(
    r"(?:[lLdDjJnNsScCmMtT]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\w)|\w++(?:[’'\-.&]\w++)*+|[^\w\s]"
)
# the same tokens, each found after the blanks before it (``findall`` gives the group): every non-blank
# character starts a token, so this finds what the bare pattern finds, without a failed try at each blank
_TOKEN_SCAN = re.compile(rf"\s*+({_TOKEN.pattern})")
_TOKEN_FR_SCAN = re.compile(rf"\s*+({_TOKEN_FR.pattern})")
# words that keep their full stop: abbreviations ("Sr.", "Mme."), besides initials ("M.") and dotted forms ("S.A.")
_ABBREVIATIONS = frozenset(
    {"Sra", "Srta", "Sr", "Dra", "Dña", "Dr", "Prof", "Mme", "Mgr", "Pr", "Co", "Inc", "Ltd", "Corp", "Jr", "St"}
)
_SENT_END = frozenset('.!?:;"«»“”„()[]–—-•*|')
_COMMA = frozenset({","})
_SPLIT_JOINS = frozenset({"y", "e", "et", "und", "and"})
_LIST_SEPARATORS = frozenset({",", ";", "y", "e", "et", "und", "and"})
_EX = frozenset({"ex", "ex-", "exjugador", "antiguo", "antigua", "ancien", "ancienne", "former", "nuevo", "nueva"})
_MAJOR_POPULATION = 1_000_000
# endings of French adjectives that name a body after its head ("socialiste", "nationale", "européenne")
_FR_ADJECTIVE = (
    "iste",
    "ale",
    "al",
    "aire",
    "ique",
    "ienne",
    "ien",
    "éenne",
    "éen",
    "aise",
    "ais",
    "el",
    "elle",
    "ive",
    "if",
    "ain",
    "aine",
    "ral",
    "rale",
    "istes",
)
# endings of Spanish and Portuguese adjectives after a descriptor ("la petrolera estatal", "la empresa española")
_ROMANCE_ADJECTIVE = (
    *_FR_ADJECTIVE,
    "ana",
    "ano",
    "esa",
    "és",
    "ense",
    "ica",
    "ico",
    "ista",
    "ina",
    "ino",
    "ola",
    "ol",
    "aria",
    "ario",
    "eira",
    "eiro",
    "ês",
    "ena",
    "eno",
    "eña",
    "eño",
    "aya",
    "ayo",
    "ega",
    "ego",
    "eca",
    "eco",
    "í",
)
_QUOTES = frozenset('"«“„')
_YEARS_OLD = frozenset({"años", "anos", "ans"})
# the prepositions inside a Spanish or Portuguese body's name ("Fondo ... para la Infancia", "Consejo por la Paz")
_PURPOSE = frozenset({"para", "por", "pela", "pelo"})
# a regnal number after a monarch's or pope's given name ("Felipe VI", "Benedicto XVI")
_LIST_NEXT = _LIST_SEPARATORS | {"("}
_MEMO_SIZE = 50_000
_SHOUT_SAMPLE = 240  # a slug or headline shows its capitals in its first characters
_MAJOR: dict[tuple[int, str, str], bool] = {}  # (id(gazetteer), language, name) -> major_place's answer
_KINDS: dict[tuple[int, str, str], frozenset[str]] = {}  # the same key -> place_kinds' answer
_SHAPES: dict[tuple[str, ...], bool] = {}  # (language, *words) -> name_shape's answer, across articles
_NOT_FIRST_JOIN = frozenset({"der", "den", "des", "die", "dem"})  # German articles join only after "von"
_MAX_NAME = 4
_MAX_TITLE_GAP = 6


class PlaceLookup(Protocol):
    """The one thing this module asks of the places gazetteer."""

    def is_place(self, name: str, language: str | None = None) -> bool: ...


def _items(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@dataclass(frozen=True, slots=True)
class LangRules:
    """One language's closed classes, lower-cased where matching ignores case."""

    lang: str
    first_names: frozenset[str]
    titles: frozenset[tuple[str, ...]]  # lower-case token sequences ("primer", "ministro")
    title_ends: frozenset[str]  # last tokens of those: the cheap test first
    honorifics: frozenset[str]  # as written: "Sr.", "Herr", "M."
    cap_titles: frozenset[str]  # capitalised titles inside a run: "Kanzlerin", "Presidente"
    after: frozenset[tuple[str, ...]]  # reporting verbs after a speaker, lower-case token sequences
    before: frozenset[tuple[str, ...]]  # and before one ("dijo", "según", "sagte")
    after_first: frozenset[str]  # first words of ``after``: the cheap test first
    before_last: frozenset[str]  # last words of ``before``
    org_heads: frozenset[str]
    org_single: frozenset[str]
    org_suffix: frozenset[str]
    org_final: frozenset[str]
    org_known: frozenset[str]
    not_org: frozenset[str]
    stop: frozenset[str]  # lower-case
    articles: frozenset[str]  # lower-case
    subject_verbs: frozenset[str]  # Romance: verbs after a sentence-initial bare name ("Camacho fue")
    places: frozenset[str]  # country and region names in the language: never a person
    prepositions: frozenset[str]  # "en Kosovo": what follows is a place or thing more often than a person
    connectors: frozenset[str]
    particles: frozenset[str]
    person_suffix: tuple[str, ...]
    not_name_suffix: tuple[str, ...]
    title_suffix: tuple[str, ...]  # German compound titles: "Europaminister", "Borussia-Manager"
    pronouns: frozenset[str]  # German: "sagte er", "sagte der": the run before the verb is not its subject
    org_descriptors: frozenset[str]  # "empresa", "groupe"
    org_descriptor_ends: tuple[str, ...]  # the same, as German word endings ("Autobauer", "Elektrokonzern")
    venue_heads: frozenset[str]  # "Pabellón", "Stade": a person's name after one names a place or a prize
    club_heads: frozenset[str]  # "Inter", "Dynamo": before a city, a club ("Inter Mailand", "Dynamo Kiew")


@lru_cache(maxsize=16)
def _title_lengths(titles: frozenset[tuple[str, ...]]) -> tuple[int, ...]:
    """The titles' token counts, longest first, for ``title_before``: it walked the title set, whose order
    (string hashes, so the process) chose between "ministro" and "primer ministro" when both end a phrase,
    and tried every title at each title word."""
    return tuple(sorted({len(t) for t in titles}, reverse=True))


def _toks(phrases: list[str], lang: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(_words(p.lower(), lang)) for p in phrases)


def _words(text: str, lang: str) -> list[str]:
    return _tokenize(text, lang)[0]


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, str]]:
    text = ilr.files("streams").joinpath("data/names_lang.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, str]] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def _everyday_german() -> frozenset[str]:
    """Everyday German words, lower case (``data/names_lang_words.json``, built by
    ``scripts/build_names_lang_words.py`` from wordfreq, CC BY-SA 4.0): a noun, not a body's name."""
    text = ilr.files("streams").joinpath("data/names_lang_words.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text)["de"])


@lru_cache(maxsize=8)
def rules(language: str | None) -> LangRules | None:
    """The rules for ``language`` ("es", "de-DE", ...), or None outside es/pt/fr/de. Loaded once."""
    lang = (language or "").split("-")[0].split("_")[0].lower()
    if lang not in LANGUAGES:
        return None
    data = _data()
    intl, own = data["international"], data[lang]

    def get(key: str) -> list[str]:
        return _items(own.get(key, ""))

    titles = _toks(get("titles"), lang)
    after, before = _toks(get("reporting_after"), lang), _toks(get("reporting_before"), lang)
    # a French name turns up in Spanish copy and the other way round: one list of given names for all
    first_names = frozenset(_items(intl["first_names"])).union(
        *(_items(data[other]["first_names"]) for other in sorted(LANGUAGES))
    )
    return LangRules(
        lang=lang,
        first_names=first_names,
        titles=titles,
        title_ends=frozenset(t[-1] for t in titles),
        honorifics=frozenset(get("honorifics")),
        cap_titles=frozenset(get("cap_titles")),
        after=after,
        before=before,
        after_first=frozenset(seq[0] for seq in after),
        before_last=frozenset(seq[-1] for seq in before),
        org_heads=frozenset(get("org_heads")),
        org_single=frozenset(get("org_single")),
        org_suffix=frozenset(_items(intl["org_suffix"])),
        org_final=frozenset(get("org_final")) | frozenset(_items(intl["org_final"])),
        org_known=frozenset(_items(intl["org_known"])),
        not_org=frozenset(_items(intl["not_org"])),
        stop=frozenset(w.lower() for w in get("stop")),
        articles=frozenset(get("articles")),
        prepositions=frozenset(get("prepositions")),
        places=frozenset(get("places")),
        subject_verbs=frozenset(get("subject_verbs")) | frozenset(seq[0] for seq in after),
        connectors=frozenset(get("connectors")),
        particles=frozenset(_items(intl["name_particles"])),
        person_suffix=tuple(get("person_suffix")),
        not_name_suffix=tuple(get("not_name_suffix")),
        title_suffix=tuple(get("title_suffix")),
        pronouns=frozenset(get("pronouns")),
        org_descriptors=frozenset(get("org_descriptors")),
        org_descriptor_ends=tuple(get("org_descriptors")),
        venue_heads=frozenset(get("venue_heads")),
        club_heads=frozenset(_items(intl["club_heads"])),
    )


def _tokenize(text: str, lang: str) -> tuple[list[str], list[int], list[str]]:
    """Word and punctuation tokens, the line each is on, and the lines (``findall`` per line keeps
    the scan in C: this runs on every article). An abbreviation or initial gets its full stop
    back ("Sr.", "M.", "S.A."); a sentence's last word does not."""
    pattern = _TOKEN_FR_SCAN if lang == "fr" else _TOKEN_SCAN
    toks: list[str] = []
    line_of: list[int] = []
    lines = text.split("\n")
    for n, line in enumerate(lines):
        found = pattern.findall(line)
        if "." in line:
            found = _keep_stops(found)
        toks += found
        line_of += [n] * len(found)
    return toks, line_of, lines


def _keep_stops(found: list[str]) -> list[str]:
    dots: list[int] = []
    i = -1
    for _ in range(found.count(".")):  # list.index walks in C (was a comprehension over every token)
        i = found.index(".", i + 1)
        dots.append(i)
    out: list[str] = []
    last = 0
    for i in dots:
        prev = found[i - 1] if i else ""
        if prev and (
            (len(prev) == 1 and prev.isupper())
            or prev in _ABBREVIATIONS
            or ("." in prev and prev.replace(".", "").isalpha() and max(map(len, prev.split("."))) <= 2)
        ):
            out += found[last : i - 1]
            out.append(prev + ".")
            last = i + 1
    if not last:
        return found
    out += found[last:]
    return out


def _acronym(tok: str) -> bool:
    if not tok.isupper():  # most tokens; the dropped ".", "-", "&" are uncased, so this is the letters' own test
        return False
    letters = tok.replace(".", "").replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isupper() and letters.isalnum() and not letters.isdigit()


@dataclass(slots=True)
class _Found:
    """One article's people (key -> [name, roles, mentions]) and organisations in text order."""

    people: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    weak: dict[str, int] = field(default_factory=dict)  # unanchored name-like runs: names if confirmed
    orgs: dict[str, list[str | None]] = field(default_factory=dict)  # key -> [name, literal]
    singles: list[str] = field(default_factory=list)


class _Scan:
    """One article; a class only to share the rules, tokens and lookups between the steps."""

    def __init__(self, text: str, r: LangRules, places: PlaceLookup | None, known_orgs: frozenset[str]) -> None:
        self.text = text
        self.r = r
        self.places = places
        self.known_orgs = known_orgs
        self.toks, self.line_of, self.lines = _tokenize(text, r.lang)
        self.low = list(map(str.lower, self.toks))
        # index lists by compress (the tests run in C; a comprehension per token cost ~50 µs a story)
        self.cap_list = list(compress(range(len(self.toks)), map(str.isupper, map(itemgetter(0), self.toks))))
        self.caps = set(self.cap_list)
        # where a title could end: title_before() looks back from a run only when one is near
        self.title_at = (
            list(compress(range(len(self.low)), map(r.title_ends.__contains__, self.low))) if r.title_ends else []
        )
        self.found = _Found()
        self._place_memo: dict[str, bool] = {}
        self._shouted: dict[int, bool] = {}  # line start -> is the line in capitals
        self.person_ends: dict[int, int] = {}  # first token -> last token of each person found
        self.list_items: list[tuple[int, int, str]] = []  # name-like runs not (yet) taken as people
        self.described: set[str] = set()  # organisations named after a descriptor ("la empresa Televisa")
        # where a Romance descriptor noun stands ("empresa", "groupe"): most articles have none or a few
        self.desc_at = (
            frozenset(compress(range(len(self.low)), map(r.org_descriptors.__contains__, self.low)))
            if r.lang != "de"
            else frozenset()
        )

    # -- word classes ------------------------------------------------------------------------
    def is_place(self, name: str) -> bool:
        answer = self._place_memo.get(name)
        if answer is None:
            answer = name in self.r.places or (self.places is not None and self.places.is_place(name, self.r.lang))
            self._place_memo[name] = answer
        return answer

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        return self.toks[i - 1] in _SENT_END or self.line_of[i - 1] != self.line_of[i]

    def org_word(self, tok: str) -> bool:
        r = self.r
        return tok in r.org_heads or tok in r.org_single or tok in r.org_suffix

    def name_token(self, tok: str, first: bool) -> bool:
        """Can this capitalised token stand in a person's name?"""
        r = self.r
        low = tok.lower()
        if (first and low in r.stop) or tok in r.org_heads or tok in r.org_suffix or tok in r.cap_titles:
            return False
        if low in r.stop and not tok[0].isupper():
            return False
        if (
            (len(tok) > 2 or "." not in tok)
            and (_acronym(tok) or (len(tok) > 1 and tok.isupper()))
            and (first or not is_roman(tok))  # "Alfonso XIII" (``split`` keeps it only after a given name)
        ):
            return False
        if any(c.isdigit() for c in tok):
            return False
        return not (r.not_name_suffix and len(tok) >= 7 and low.endswith(r.not_name_suffix))

    def name_shape(self, words: list[str]) -> bool:
        """Could these words be a person's name by their shape (no lexicon word, acronym or number)?"""
        key = (self.r.lang, *words)
        answer = _SHAPES.get(key)
        if answer is None:
            answer = remember(_SHAPES, key, self._name_shape(words), _MEMO_SIZE)
        return answer

    def _name_shape(self, words: list[str]) -> bool:
        content = [w for w in words if w[0].isupper()]
        if not content or len(content) > _MAX_NAME or words[0][0].islower() or words[-1][0].islower():
            return False
        return all(self.name_token(w, i == 0) for i, w in enumerate(content))

    def major_place(self, name: str) -> bool:
        """A place that outweighs a person's name: any place but a minor town (not a capital, under a
        million people), when the gazetteer can tell; else any place."""
        if not self.is_place(name):
            return False
        if name in self.r.places:
            return True
        key = (id(self.places), self.r.lang, name)
        answer = _MAJOR.get(key)
        if answer is None:
            answer = remember(_MAJOR, key, self._major_place(name), _MEMO_SIZE)
        return answer

    def _major_place(self, name: str) -> bool:
        lookup = self.places
        candidates = getattr(lookup, "candidates", None)
        places = getattr(lookup, "places", None)
        if candidates is None or places is None:
            return True
        try:
            found = [c for c in candidates(name, self.r.lang) if c[0] == 0 and c[1] == len(name)]
            return not found or any(
                getattr(places[i], "kind", "") != "city"
                or getattr(places[i], "capital", False)
                or getattr(places[i], "population", 0) >= _MAJOR_POPULATION
                for c in found
                for i in c[2]
            )
        except (TypeError, IndexError, AttributeError):  # another gazetteer shape: any place wins
            return True

    # -- context -----------------------------------------------------------------------------
    def lower_seq(self, i: int, j: int) -> tuple[str, ...]:
        return tuple(self.low[i:j])

    def verb_after(self, end: int) -> bool:
        """A reporting verb right after token index ``end`` (exclusive), past one comma."""
        i = end
        n = len(self.toks)
        if i < n and self.toks[i] in _COMMA:
            i += 1
        if i >= n or self.low[i] not in self.r.after_first:  # the usual case: one set lookup
            return False
        for k in (3, 2, 1):
            if i + k <= n and self.lower_seq(i, i + k) in self.r.after:
                # German inverts after a fronted phrase: "Dazu sagte er", "Das Drama schrieb der ..."
                if i + k >= n or not self.r.pronouns:
                    return True
                after = self.toks[i + k]
                # "Danach sagte Beck": a capitalised word after the verb is its subject
                return not (after.lower() in self.r.pronouns or after[0].isupper())
        return False

    def verb_before(self, start: int) -> bool:
        """A reporting verb right before token index ``start``, past a comma or colon."""
        i = start
        if i > 0 and self.toks[i - 1] in (",", ":"):
            i -= 1
        if i == 0 or self.low[i - 1] not in self.r.before_last:
            return False
        return any(i - k >= 0 and self.lower_seq(i - k, i) in self.r.before for k in (3, 2, 1))

    def after_article(self, start: int) -> bool:
        return start > 0 and self.low[start - 1] in self.r.articles

    def after_preposition(self, start: int) -> bool:
        return start > 0 and self.low[start - 1] in self.r.prepositions

    def after_connector(self, start: int) -> bool:
        return start > 0 and self.toks[start - 1] in self.r.connectors

    def title_before(self, start: int) -> str | None:
        """The role phrase before a run ("el ministro de Economía, ", "la presidenta chilena"), or None.

        Walks back over commas, particles, articles, capitalised words and at most one other
        lower-case word (an adjective: "el ministro español de Exteriores, Josep Piqué").
        """
        r = self.r
        at = bisect_left(self.title_at, start) - 1  # German has none: its titles are inside the run
        if at < 0 or self.title_at[at] < start - _MAX_TITLE_GAP - 1:
            return None
        others = other_at = 0
        i = start - 1
        lo = max(0, start - _MAX_TITLE_GAP - 1)
        while i >= lo:
            tok = self.toks[i]
            low = tok.lower()
            if low in r.title_ends and (others == 0 or other_at == i + 1):  # "el ministro español de ..."
                for k in _title_lengths(r.titles):  # the longest title first ("primer ministro", not "ministro")
                    if i - k + 1 >= 0 and self.lower_seq(i - k + 1, i + 1) in r.titles:
                        first = i - k + 1
                        while first > 0 and self.toks[first - 1].lower() in r.title_ends:  # "ministra portavoz"
                            first -= 1
                        return _phrase(self.toks[first:start])
            if tok in _COMMA or low in r.connectors or low in r.articles or tok[0].isupper():
                pass
            elif tok[0].isalpha() and others == 0:  # "l'avocat de la famille Musenga": not an adjective
                others, other_at = 1, i
            else:
                return None
            i -= 1
        return None

    # -- runs --------------------------------------------------------------------------------
    def runs(self) -> list[list[int]]:
        """Maximal runs of capitalised tokens joined by at most two lower-case connectors."""
        toks, n, r = self.toks, len(self.toks), self.r
        caps, line_of, connectors = self.caps, self.line_of, r.connectors
        out: list[list[int]] = []
        k = 0
        for i in self.cap_list:
            if i < k:
                continue  # inside the previous run
            run = [i]
            k = i + 1
            while k < n:
                if k in caps and line_of[k - 1] == line_of[k]:
                    run.append(k)
                    k += 1
                    continue
                m = k
                while m < n and m - k < 2 and toks[m] in connectors:
                    m += 1
                if m > k and (
                    toks[k] in _NOT_FIRST_JOIN  # "Herr der Lage", "Schmidt den Nerv"
                    or (m - k == 2 and toks[k] in _SPLIT_JOINS)  # "Grupo Bancomer y el BBVA"
                ):
                    break
                if m > k and m in caps:
                    run.extend(range(k, m + 1))
                    k = m + 1
                    continue
                break
            out.append(run)
        return out

    def scan(self) -> None:
        runs = self.runs()
        k = 0
        while k < len(runs):
            run = runs[k]
            if k + 1 < len(runs) and self.purpose_join(run, runs[k + 1]):
                # "Consejo por la Paz", "Fondo de las Naciones Unidas para la Infancia": one body
                run = [*run, *range(run[-1] + 1, runs[k + 1][0]), *runs[k + 1]]
                k += 1
            self.run(run)
            k += 1
        self.in_list()
        if self.r.lang == "de":  # "BVB-Strafraum", "SPD-Chef": the acronym before the hyphen is an organisation
            for i, tok in enumerate(self.toks):
                head, dash, rest = tok.partition("-")
                if dash and rest and rest[0].isupper() and _acronym(head) and len(head) <= 5:
                    self.acronym(i, head)

    def purpose_join(self, run: list[int], nxt: list[int]) -> bool:
        """Spanish and Portuguese: does an organisation's name go on past "para"/"por" ("Asociación para el
        Desarrollo Rural", "Organização para a Cooperação")? Only after a head word, before the next run."""
        r = self.r
        i = run[-1] + 1
        if r.lang not in ("es", "pt") or i >= len(self.toks) or self.low[i] not in _PURPOSE:
            return False
        if self.line_of[i] != self.line_of[run[-1]] or not any(self.toks[j] in r.org_heads for j in run):
            return False
        prep = self.low[i]
        i += 1
        if i < len(self.toks) and self.low[i] in r.articles and self.low[i] in r.connectors | {"a", "o", "as", "os"}:
            i += 1
        elif prep != "para":  # "el diputado del Partido Popular por Madrid": a constituency
            return False
        if nxt[0] != i or self.line_of[i] != self.line_of[run[-1]]:
            return False
        return not self.is_place(" ".join(self.toks[j] for j in nxt))

    def run(self, idx: list[int]) -> None:
        r = self.r
        toks = self.toks
        if len(idx) == 1 and r.lang == "de":  # most German runs: one capitalised noun
            i = idx[0]
            tok, low = toks[i], self.low[i]
            if (
                low in r.stop
                or tok in r.cap_titles
                or tok in r.honorifics
                or not (
                    tok in r.org_single
                    or (tok.startswith("Bundes") and _federal_body(tok) is not None)
                    or tok in r.org_known
                    or tok in self.known_orgs
                    or _acronym(tok)
                    or self.german_single(i)
                )
            ):
                return
        # a sentence-initial function word ("El", "Die", "Selon") is not part of the name
        while idx and (
            toks[idx[0]].lower() in r.stop and (self.sentence_start(idx[0]) or toks[idx[0]].lower() in r.articles)
        ):
            idx = idx[1:]
            while idx and toks[idx[0]] in r.connectors:
                idx = idx[1:]
        if not idx:
            return
        words = [toks[i] for i in idx]
        n = len(words)
        # "Comisión Regional de UCE Emilio Guerrero": an organisation, then a person
        cut = next((k for k in range(2, n - 1) if self.first_name(words[k]) and words[k - 1] not in r.connectors), n)
        if cut < n and self.org(idx[:cut], words[:cut]):
            self.person(idx[cut:], None, True)
            return
        if n == 1 and words[0] in r.org_heads and self.org_adjective(idx[0] + 1):
            # French lower-cases what follows the head: "le Parti socialiste", "l'Assemblée nationale"
            self.add_org(f"{words[0]} {toks[idx[0] + 1]}", None)
            return
        if self.described_org(idx, words) or self.org(idx, words) or (n == 1 and self.club(idx[0])):
            return
        if r.lang == "de" and n > 2 and words[1] in r.connectors and words[0].lower() in _everyday_german():
            # "Ergebnis für Porsche", "Aufsichtsräte von Allianz und Commerzbank": a plain noun, joined to the
            # name by a connector, is no part of it
            rest = 1
            while rest < n and words[rest] in r.connectors:
                rest += 1
            if rest < n and not self.org_word(words[0]) and words[0] not in r.cap_titles:
                self.run(idx[rest:])
                return
        # "Beim Topclub FC Chelsea": a word before the organisation's head
        head = next((k for k in range(1, n - 1) if words[k] in r.org_heads), n)
        if head < n and self.org(idx[head:], words[head:]):
            idx, words = idx[:head], words[:head]
        # leading honorifics and capitalised titles anchor what follows ("Kanzlerin Angela Merkel")
        role: list[str] = []
        anchored = False
        if r.lang == "de" and len(idx) >= 3 and self.demonym(words[0]) and self.demonym_name(words[1:]):
            idx, words, anchored = idx[1:], words[1:], True  # "des Schalkers Breel Embolo": a club's player (ppl17)
        while len(idx) > 1 and (words[0] in r.honorifics or words[0] in r.cap_titles or self.title_compound(words[0])):
            if words[0] not in r.honorifics:  # "Herr", "M.": a form of address, not a role
                role.append(words[0])
            anchored = True
            idx, words = idx[1:], words[1:]
            if idx and words[0] in r.connectors:  # "zwischen Gegner und Ball": two nouns, no name
                anchored = False
                role = []
            while idx and words[0] in r.connectors:
                idx, words = idx[1:], words[1:]
        if not idx:
            return
        if anchored and self.org(idx, words):
            return
        for part in self.split(idx, words):  # "Torhüter Kevin Trapp und Routinier Makoto Hasebe"
            if part[0] > 0 and toks[part[0] - 1] in r.venue_heads:
                continue  # "el Premio Miguel de Cervantes": a prize or a place named after a person
            first = part[0] == idx[0]
            self.person(part, " ".join(role) if role and first else None, anchored and first)

    def described_org(self, idx: list[int], words: list[str]) -> bool:
        """A noun that says what kind of body follows names it: "la empresa Televisa", "le groupe pétrolier
        Total", "a construtora Odebrecht", "der Autobauer Porsche", "den Herstellern Siemens und Bombardier"
        (German: the run's first word ends with the noun, in any case or number). The name is published
        without the noun. Not when the name is a person's (a given name, a title), a country or region, or, in
        German, an everyday word ("dass der Konzern Stellen abbaut")."""
        r = self.r
        if not r.org_descriptors:
            return False
        if r.lang == "de":
            first = words[0].lower()
            ends = r.org_descriptor_ends
            if (
                len(words) < 2
                or not (
                    first.endswith(ends)
                    or (first[-1] in "sne" and first[:-1].endswith(ends))  # "Konzerns", "Herstellern", "Konzerne"
                    or (first[-2:] in ("es", "en") and first[:-2].endswith(ends))  # "Verbandes", "Konzernen"
                )
            ):
                return False
            words = words[1:]
        elif not self.desc_at or not (self.descriptor_before(idx[0]) or self.descriptor_after(idx[-1] + 1)):
            return False
        parts: list[list[str]] = [[]]
        for w in words:  # "los bancos Santander y BBVA"
            if w in _SPLIT_JOINS:
                parts.append([])
            else:
                parts[-1].append(w)
        names = [" ".join(p) for p in parts if self.body_name(p)]
        if len(names) != len(parts):
            return False
        for name in names:
            self.add_org(name, None)
            self.described.add(name.lower())
        return True

    def body_name(self, words: list[str]) -> bool:
        """Can these words, after a descriptor noun, be the body's own name?"""
        r = self.r
        if not 1 <= len(words) <= 6 or self.first_name(words[0]) or self.org_word(words[0]):
            return False  # a person, or a head the organisation rules already read
        everyday = _everyday_german() if r.lang == "de" else frozenset()
        if not words[-1][0].isupper():
            return False
        for k, w in enumerate(words):
            low = w.lower()
            if w in r.connectors and r.lang != "de":  # "Abuelas de Plaza de Mayo"
                continue
            if (
                not w[0].isupper()
                or (low in r.stop and (k == 0 or low in r.articles))  # "de Mayo": a month inside the name
                or w in r.cap_titles
                or w in r.honorifics
                or any(c.isdigit() for c in w)
                or (low in everyday and not _acronym(w))
            ):
                return False
        name = " ".join(words)
        if name in r.places or name in r.not_org or (self.is_place(name) and not self.city(name)):
            return False
        return not (r.lang == "de" and name.endswith("s") and self.is_place(name[:-1]))  # "Bremens": a place

    def descriptor_before(self, start: int) -> bool:
        """Romance: a descriptor noun right before ``start``, or before one adjective ("la petrolera estatal")
        or "de" and one word ("la compañía de seguros Mapfre")."""
        low, descriptors = self.low, self.r.org_descriptors
        if start < 1:
            return False
        if low[start - 1] in _QUOTES and start >= 2:  # "la empresa « The Web Hatchery »"
            start -= 1
        if low[start - 1] in descriptors:
            return True
        prev = low[start - 1]
        if not prev.isalpha() or not prev.islower() or prev in self.r.stop or start < 2:
            return False
        if low[start - 2] in descriptors and prev.endswith(_ROMANCE_ADJECTIVE):
            return True
        return start >= 3 and low[start - 2] in ("de", "d'", "d’") and low[start - 3] in descriptors

    def club_city(self, words: list[str]) -> bool:
        """Is the rest of the run, past a club's first word and a "de"/"di", a city ("Inter Mailand", "Dynamo
        Kiew", "Sporting de Gijón") while the whole is no place ("Santos" is a city too)?"""
        rest = words[1:]
        while rest and rest[0] in self.r.connectors:
            rest = rest[1:]
        return bool(rest) and "city" in self.place_kinds(" ".join(rest)) and not self.is_place(" ".join(words))

    def club(self, i: int) -> bool:
        """Spanish: a city's name after a masculine article is its club ("el Badajoz ganó", "ante el Mérida",
        "del Numancia"): a city takes no article ("en Badajoz"). Not before "de" ("el Madrid de los Austrias")."""
        toks = self.toks
        if self.r.lang != "es" or i == 0 or toks[i - 1] not in ("el", "del", "al"):
            return False
        if i + 1 < len(toks) and self.low[i + 1] in ("de", "del"):
            return False
        kinds = self.place_kinds(toks[i])
        if "city" not in kinds or "country" in kinds or "region" in kinds:
            return False
        self.add_org(toks[i], None)
        return True

    def descriptor_after(self, end: int) -> bool:
        """Romance: an apposition that says what kind of body the run is: "Televisa, la mayor cadena de
        televisión", "Repsol, la petrolera española", "Danone, le groupe"."""
        toks, low, n = self.toks, self.low, len(self.toks)
        if end + 2 >= n or toks[end] != "," or low[end + 1] not in self.r.articles:
            return False
        nxt = low[end + 2]
        if nxt in self.r.org_descriptors:
            return True
        # one word between ("la mayor cadena", "la primera compañía"), not a person's title
        return end + 3 < n and nxt.isalpha() and nxt.islower() and low[end + 3] in self.r.org_descriptors

    def city(self, name: str) -> bool:
        """Is every place of this name a city (a club or firm may be named after one: "el club Barcelona")?"""
        kinds = self.place_kinds(name)
        return kinds == {"city"}

    def place_kinds(self, name: str) -> frozenset[str]:
        """The kinds of the places of exactly this name ("city", "admin1", "country", ...); none when the
        gazetteer cannot tell or the name is one of the language's own country and region names."""
        key = (id(self.places), self.r.lang, name)
        answer = _KINDS.get(key)
        if answer is None:
            answer = remember(_KINDS, key, self._place_kinds(name), _MEMO_SIZE)
        return answer

    def _place_kinds(self, name: str) -> frozenset[str]:
        lookup = self.places
        candidates = getattr(lookup, "candidates", None)
        places = getattr(lookup, "places", None)
        if candidates is None or places is None or name in self.r.places:
            return frozenset()
        try:
            found = [c for c in candidates(name, self.r.lang) if c[0] == 0 and c[1] == len(name)]
            return frozenset(getattr(places[i], "kind", "") for c in found for i in c[2])
        except (TypeError, IndexError, AttributeError):
            return frozenset()

    def org_adjective(self, i: int) -> bool:
        """A lower-case adjective right after an organisation head, in French copy."""
        if self.r.lang != "fr" or i >= len(self.toks):
            return False
        tok = self.toks[i]
        return tok.isalpha() and tok.islower() and tok not in self.r.stop and tok.endswith(_FR_ADJECTIVE)

    def demonym(self, tok: str) -> bool:
        """German: is a capitalised noun one who belongs to a club or a town the story names, made with "-er"
        ("Schalker", "des Schalkers" of Schalke; "Dortmunder" of Dortmund)? Before a name it says what a title
        would: the name's bearer plays or lives there. The stem must stand in the story as a word of its own or
        be a place: "Bauer", "Fahrer" have none."""
        word = tok[:-1] if tok.endswith(("ers", "ern")) else tok
        if not word.endswith("er") or len(word) < 6 or word in self.r.cap_titles:
            return False
        stems = (word[:-1], word[:-2])
        return any(s in self.toks or self.is_place(s) for s in stems)  # rare: a list scan

    def demonym_name(self, words: list[str]) -> bool:
        """Do the words after a demonym read as a name: name-shaped, and none a German everyday word (the
        "Schweizer Architekten Herzog & de Meuron" are architects, a firm's), a hyphened word only a given name
        ("Hans-Peter"; "die Wuppertaler Lokal-Matadoren Sundealers" are a band)?"""
        everyday = _everyday_german()
        return self.name_shape(words) and not any(
            w.lower() in everyday or ("-" in w and not self.first_name(w)) for w in words
        )

    def title_compound(self, tok: str) -> bool:
        """German compound titles: "SPD-Chef", "Europaminister", "Borussia-Manager"."""
        r = self.r
        if "-" in tok and tok.rsplit("-", 1)[1] in r.cap_titles:
            return True
        return bool(r.title_suffix) and tok[0].isupper() and tok.lower().endswith(r.title_suffix)

    def split(self, idx: list[int], words: list[str]) -> list[list[int]]:
        """Cut a non-organisation run at list joins ("y", "und") and at acronyms."""
        parts: list[list[int]] = []
        cur: list[int] = []
        r = self.r
        for i, w in zip(idx, words, strict=True):
            low = w.lower()
            if w in _SPLIT_JOINS or (
                w[0].isupper() and low in r.stop and low not in r.articles and low not in r.connectors
            ):  # "Patrick von Brunn Auf der CeBIT"
                if cur:
                    parts.append(cur)
                cur = []
            elif _acronym(w) and (len(w) > 2 or "." not in w):
                if cur and is_roman(w) and self.first_name(self.toks[cur[-1]]):
                    cur.append(i)  # "Alfonso XIII", "Juan Pablo II": a regnal number is part of the name
                    continue
                if cur:
                    parts.append(cur)
                cur = []
                self.acronym(i, w)
            else:
                cur.append(i)
        if cur:
            parts.append(cur)
        out = []
        for part in parts:
            while part and self.toks[part[-1]][0].islower():
                part = part[:-1]
            while part and self.toks[part[0]][0].islower():
                part = part[1:]
            if part:
                out.append(part)
        return out

    def acronym(self, i: int, tok: str) -> None:
        r = self.r
        if (
            tok in r.not_org
            or any(c.isdigit() for c in tok)  # codes and scores: "PM2023", "M.70", "K-2"
            or (len(tok) > 5 and tok not in r.org_known and tok not in self.known_orgs)  # a shouted word
            or self.is_place(tok)
            or self.shouted(i)
            or (i + 1 < len(self.toks) and self.toks[i + 1] == "/")  # desk codes: "EFE CL/rb/rs"
        ):
            return
        # a shouted headline is not a list of acronyms
        n = len(self.toks)
        neighbours = sum(
            1 for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < n and len(self.toks[j]) > 1 and self.toks[j].isupper()
        )
        if neighbours >= 2:
            return
        self.add_org(tok, None)

    def shouted(self, i: int) -> bool:
        """Is token ``i`` on an all-capitals line (a slug or headline: "PP ABRE OFICINA ...")?"""
        n = self.line_of[i]
        answer = self._shouted.get(n)
        if answer is None:
            answer = self._shouted[n] = textscan.shouted(self.lines[n][:_SHOUT_SAMPLE])
        return answer

    def org(self, idx: list[int], words: list[str]) -> bool:
        """Record the run as an organisation when its words say so."""
        r = self.r
        name = " ".join(words)
        n = len(words)
        join = next((k for k in range(1, n - 1) if words[k] in _SPLIT_JOINS), 0)
        if join and (words[join + 1] in r.org_heads or not (words[0] in r.org_heads and n > 2)):
            # "AS Rom und Manchester United": two organisations, unless one head rules the whole
            # name ("Ministerio de Trabajo y Asuntos Sociales")
            first = self.org(idx[:join], words[:join])
            second = self.org(idx[join + 1 :], words[join + 1 :])
            for ok, part in ((first, join - 1), (second, n - 1)):
                if not ok and (part in (0, join + 1)) and _acronym(words[part]):  # "Santander y BBVA"
                    self.acronym(idx[part], words[part])
            return first or second
        is_org = (
            name in r.org_known
            or name in self.known_orgs
            or (n >= 2 and words[0] in r.org_heads and not self.is_place(name))
            or (n == 1 and words[0] in r.org_single)
            or (n == 1 and r.lang == "de" and _federal_body(words[0]) is not None)
            or (n >= 2 and words[-1] in r.org_suffix)
            or (n >= 2 and words[-1] in r.org_final and not self.is_place(name))
            or (n >= 2 and words[0] in r.club_heads and self.club_city(words))
        )
        if not is_org:
            return False
        end = idx[-1] + 1
        literal = None
        toks = self.toks
        if _CLUB_PREFIXES.intersection(words):
            start = idx[0]
            if end < len(toks) and _CLUB_NUMBER.fullmatch(toks[end]) and self.line_of[end] == self.line_of[end - 1]:
                name, end = f"{name} {toks[end]}", end + 1  # "FC Schalke 04", "TSG 1899 Hoffenheim" aside
            if start >= 2 and words[0] in _CLUB_PREFIXES and toks[start - 2] == "1" and toks[start - 1] == ".":
                name = f"1. {name}"  # "1. FC Köln", "1. FSV Mainz 05"
        if r.lang == "de" and idx[0] > 0 and self.low[idx[0] - 1] in _DE_ARTICLES:
            name = _german_nominative(words) or name
        if n == 1 and r.lang == "de" and words[0] not in r.org_single:
            name = _federal_body(words[0]) or name  # "des Bundesjustizministeriums" -> "Bundesjustizministerium"
        if end + 2 < len(toks) and toks[end] == "(" and toks[end + 2] == ")" and _acronym(toks[end + 1]):
            literal = toks[end + 1]
        self.add_org(name, literal)
        return True

    def add_org(self, name: str, literal: str | None) -> None:
        orgs = self.found.orgs
        for key, entry in orgs.items():  # an acronym already known as a literal
            if entry[1] == name:
                return
            if literal and key == literal.lower():
                del orgs[key]
                break
        entry_ = orgs.setdefault(name.lower(), [name, None])
        if literal and not entry_[1]:
            entry_[1] = literal

    def person(self, idx: list[int], role: str | None, anchored: bool) -> None:
        """Take a name-like piece as a person when something anchors it (see the module docstring).

        Strong anchors (a title, honorific, given name, reporting verb) outweigh a minor town of the
        same name ("Suárez", "Herrera" are villages too); weak ones (a bare mid-sentence run, a
        Spanish patronymic) give way to any place.
        """
        r = self.r
        toks = self.toks
        if len(idx) == 1 and (
            (r.lang == "de" and not anchored and not self.german_single(idx[0])) or self.major_place(toks[idx[0]])
        ):
            return  # most German runs are one common noun, many others a country or a city: never a person
        words = [toks[i] for i in idx]
        if not self.name_shape(words) or not self.first_name(words[0]):
            # "Erfurts Trainer Karsten Baumann", "die Strafe für Franck Ribéry": a word or role
            # before a given name that opens a name of two or more words
            tail = next(
                (
                    k
                    for k in range(1, len(words) - 1)
                    if self.first_name(words[k])
                    and (words[k - 1] not in r.particles or (r.lang == "de" and words[k - 1] == "von"))
                    and self.name_shape(words[k:])
                ),
                None,
            )
            if tail is not None:
                if not r.venue_heads.isdisjoint(words[:tail]):
                    return  # "el Pabellón Raimundo Saporta", "le Stade Pierre Mauroy": a place named after a person
                prev = words[tail - 1]
                role = role or (prev if prev in r.cap_titles or self.title_compound(prev) else None)
                idx, words, anchored = idx[tail:], words[tail:], True
        if not self.name_shape(words):
            return
        if r.lang == "de" and len(words) >= 3 and self.first_name(words[0]):
            # "ihrem Freund Matthew Williams Liebeskummer": given names, particles, then one surname
            k = 0
            while k < len(words) - 1 and (
                self.first_name(words[k]) or words[k] in r.particles or (len(words[k]) == 2 and words[k][1] == ".")
            ):
                k += 1
            if r.particles.isdisjoint(words[k + 1 :]):  # "Heinrich Gottlob von Miltitz" goes on
                idx, words = idx[: k + 1], words[: k + 1]
        start, end = idx[0], idx[-1] + 1
        name = " ".join(words)
        one = len([w for w in words if w[0].isupper()]) == 1
        strong = anchored or (self.first_name(words[0]) and not one)
        if strong and not role and not self.after_connector(start):  # "el presidente del Gobierno, José María Aznar"
            role = self.title_before(start) or self.title_after(end)
        weak = False
        if not strong and not (self.after_connector(start) or self.after_preposition(start)):
            # "el ministro de Defensa manifestó": a run after "de" is the complement of what precedes
            title = self.title_before(start) or self.title_after(end)
            if title is not None:
                role, strong = title, True
            elif not self.after_article(start) and (
                self.verb_after(end) or self.verb_before(start) or self.age_after(end)
            ):
                strong = True
            elif r.lang != "de" and not self.after_article(start):
                weak = (
                    one and bool(r.person_suffix) and len(name) >= 5 and name.lower().endswith(r.person_suffix)
                ) or (  # Romance copy capitalises only proper nouns: a mid-sentence run of two or three
                    not one
                    and len(words) <= 3
                    and all(w[0].isupper() for w in words)
                    and not self.sentence_start(start)
                )
                strong = one and self.sentence_start(start) and self.subject(end)
        if r.lang == "de" and one and strong and not role and self.after_article(start):
            strong = False
        if (strong and not self.major_place(name)) or (weak and not self.is_place(name)):
            self.add_person(name, role)
            self.person_ends[idx[0]] = idx[-1]
            return
        if self.is_place(name):
            return
        if one:
            self.found.singles.append(name)
        elif not self.sentence_start(start) or r.lang != "de":
            self.found.weak[name] = self.found.weak.get(name, 0) + 1
        if not self.after_article(start) and not self.after_connector(start) and not self.org_word(words[0]):
            self.list_items.append((idx[0], idx[-1], name))

    def german_single(self, i: int) -> bool:
        """Could one capitalised German word be a person: next to a reporting verb or in a list?"""
        toks = self.toks
        n = len(toks)
        listed = (i > 0 and toks[i - 1] in _LIST_SEPARATORS) or (i + 1 < n and toks[i + 1] in _LIST_NEXT)
        return listed or self.verb_after(i + 1) or self.verb_before(i)

    def subject(self, end: int) -> bool:
        """Romance: a bare capitalised word opening a sentence before a verb ("Camacho fue designado")
        is a name; a common noun there would carry an article ("El Gobierno fue")."""
        return end < len(self.toks) and self.toks[end] in self.r.subject_verbs

    def title_after(self, end: int) -> str | None:
        """An apposition that names the role: "Herrera, ex técnico del Mérida", "Muller, centrocampista"."""
        r = self.r
        i = end
        n = len(self.toks)
        if not r.title_ends or i >= n or self.toks[i] != ",":
            return None
        i += 1
        skip = r.articles | _EX
        while i < n and self.toks[i].lower() in skip:
            i += 1
        for k in (3, 2, 1):
            if i + k <= n and self.lower_seq(i, i + k) in r.titles:
                return _phrase(self.toks[end + 1 : i + k])
        return None

    def age_after(self, end: int) -> bool:
        """Romance: an age in apposition ("Santini, de 48 años,", "Silva, 52 anos,", "Dupont, 45 ans,")."""
        toks, n = self.toks, len(self.toks)
        if self.r.lang == "de" or end + 3 >= n or toks[end] != ",":
            return False
        i = end + 1
        if toks[i] == "de":
            i += 1
        return i + 1 < n and toks[i].isdigit() and len(toks[i]) <= 3 and toks[i + 1] in _YEARS_OLD

    def first_name(self, tok: str) -> bool:
        names = self.r.first_names
        return tok in names or ("-" in tok and tok.split("-")[0] in names)

    def add_person(self, name: str, role: str | None) -> None:
        key = name.lower()
        entry = self.found.people.get(key)
        if entry is None:
            self.found.people[key] = (name, [role] if role else [])
        elif role and role not in entry[1]:
            entry[1].append(role)

    def in_list(self) -> None:
        """Names in a list with a person are people ("Fuser, Bolaño (Stanic, m.59), Breda")."""
        self.team_list()
        changed = True
        while changed and self.list_items:
            changed = False
            starts = self.person_ends  # first token -> last token of every person span
            ends = {last: first for first, last in starts.items()}
            rest = []
            for first, last, name in self.list_items:
                if (self.listed_after(ends, first) or self.listed_before(starts, last)) and not self.major_place(name):
                    self.add_person(name, None)
                    starts[first] = last
                    ends[last] = first
                    changed = True
                else:
                    rest.append((first, last, name))
            self.list_items = rest

    def team_list(self) -> None:
        """Romance: two names in a row, each with its team or country in parentheses, are people ("De la Cruz
        (Badajoz), Suárez (Toledo)", "Bolt (Jamaica), Gay (Estados Unidos)"); the list rule then takes the
        names beside them. Not a ticker or an acronym in the parentheses ("Sacyr (SYV), Ferrovial (FER)"),
        not an organisation or a place before them."""
        if self.r.lang == "de" or "(" not in self.toks:
            return
        toks, n = self.toks, len(self.toks)
        items: dict[int, tuple[int, int]] = {}  # first token of a name -> (its last token, closing parenthesis)
        opens: list[int] = []
        i = 0
        while True:  # list.index walks in C: most tokens are no parenthesis
            try:
                i = toks.index("(", i + 1)
            except ValueError:
                break
            opens.append(i)
        for i in opens:
            if i + 2 >= n or not toks[i + 1][0].isupper() or _acronym(toks[i + 1]):
                continue
            close = next((k for k in range(i + 2, min(n, i + 6)) if toks[k] == ")"), None)
            first = i - 1
            while first > 0 and i - first < 3 and toks[first - 1][0].isupper() and toks[first - 1] not in _SENT_END:
                first -= 1
            if first < i - 1 and self.sentence_start(first) and not self.first_name(toks[first]):
                first += 1  # "Ganaron Bolt (Jamaica)": the sentence's first word is not the name's
            words = toks[first:i]
            if close is None or not words[0][0].isupper() or not self.name_shape(words):
                continue
            name = " ".join(words)
            if name.lower() in self.found.orgs or name in self.r.org_known or self.is_place(name):
                continue  # "Zafra (Badajoz)": a town and its province
            items[first] = (i - 1, close)
        linked = {
            b
            for a, (_, close) in items.items()
            for b in items
            if b == close + 2 and toks[close + 1] in _LIST_SEPARATORS
        }
        linked |= {a for a, (_, close) in items.items() if close + 2 in linked and toks[close + 1] in _LIST_SEPARATORS}
        for first in sorted(linked):
            last = items[first][0]
            self.add_person(" ".join(toks[first : last + 1]), None)
            self.person_ends[first] = last
        self.list_items = [item for item in self.list_items if item[0] not in linked]

    def listed_after(self, ends: dict[int, int], first: int) -> bool:
        """Does a person end just before ``first``, past a list separator (and a short parenthesis)?"""
        i = first - 1
        if i < 0 or self.toks[i] not in _LIST_SEPARATORS:
            return False
        i -= 1
        if i >= 0 and self.toks[i] == ")":  # "Bolaño ( Stanic , m.59 ) , Breda"
            j = i
            while j > max(0, i - 8) and self.toks[j] != "(":
                j -= 1
            i = j - 1
        return i in ends

    def listed_before(self, starts: dict[int, int], last: int) -> bool:
        i = last + 1
        n = len(self.toks)
        if i < n and self.toks[i] == "(":
            j = i
            while j < min(n - 1, i + 8) and self.toks[j] != ")":
                j += 1
            i = j + 1
        if i >= n or self.toks[i] not in _LIST_SEPARATORS:
            return False
        return i + 1 in starts

    # -- resolution --------------------------------------------------------------------------
    def finish(self, credited: set[str]) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str | None]]]:
        found = self.found
        people = found.people
        singles = set(found.singles)
        for name, count in found.weak.items():  # "Jorge Batlle" ... "Batlle": confirmed by a short mention
            if (count >= 2 or name.rsplit(" ", 1)[-1] in singles) and self.r.lang != "de":
                people.setdefault(name.lower(), (name, []))
        names = sorted(people.values(), key=lambda e: -len(e[0]))
        kept: list[tuple[str, list[str]]] = []
        for name, roles in names:  # "Aznar" and "José María Aznar": one person
            words = set(name.lower().split())
            host = next((k for k in kept if words <= set(k[0].lower().split())), None)
            if host is None:
                kept.append((name, list(roles)))
            else:
                host[1].extend(x for x in roles if x not in host[1])
        order = {key: i for i, key in enumerate(people)}
        kept.sort(key=lambda e: order.get(e[0].lower(), 0))
        kept = [k for k in kept if not is_credited(k[0].lower(), credited)]
        orgs: list[tuple[str, str | None]] = [(str(e[0]), e[1]) for e in found.orgs.values()]
        person_names = {k[0].lower() for k in kept}
        described = {key for key in found.orgs if key in self.described}
        kept = [k for k in kept if k[0].lower() not in described]  # "Televisa es una imagen": the firm named before
        orgs = [o for o in orgs if o[0].lower() not in person_names or o[0].lower() in described]
        return kept, orgs


# Clubs whose name holds a number ("FC Schalke 04", "1. FC Köln", "Hannover 96" is left to the places): the
# number right after a run with one of these prefixes is part of the name, a "1." before it too
_CLUB_PREFIXES = frozenset({"FC", "SC", "SV", "TSV", "VfB", "VfL", "FSV", "TSG", "SpVgg", "BSC", "SG", "SSV", "KSC"})
_CLUB_NUMBER = re.compile(r"\d{2}|1[89]\d\d")
# German articles and contractions that decline the name after them ("des Hessischen Rundfunks", "der Deutschen
# Bank", "beim Bayerischen Rundfunk"); the name is published in the nominative, as the body calls itself
_DE_ARTICLES = frozenset(
    {"des", "der", "die", "das", "dem", "den", "im", "vom", "zum", "zur", "beim", "am", "eines", "einer", "einem"}
)
# the gender of the usual last words of a body's name (own list); feminine nouns take no genitive -s
_GENDER_SUFFIXES = (
    ("ung", "f"),
    ("heit", "f"),
    ("keit", "f"),
    ("schaft", "f"),
    ("ion", "f"),
    ("tät", "f"),
    ("ei", "f"),
    ("bank", "f"),
    ("kasse", "f"),
    ("zeitung", "f"),
    ("agentur", "f"),
    ("partei", "f"),
    ("union", "f"),
    ("börse", "f"),
    ("bahn", "f"),
    ("post", "f"),
    ("welle", "f"),
    ("kammer", "f"),
    ("akademie", "f"),
    ("hochschule", "f"),
    ("universität", "f"),
    ("polizei", "f"),
    ("liga", "f"),
    ("rundfunk", "m"),
    ("funk", "m"),
    ("bund", "m"),
    ("verband", "m"),
    ("verein", "m"),
    ("rat", "m"),
    ("konzern", "m"),
    ("sender", "m"),
    ("gerichtshof", "m"),
    ("dienst", "m"),
    ("kreuz", "n"),
    ("institut", "n"),
    ("amt", "n"),
    ("ministerium", "n"),
    ("gericht", "n"),
    ("parlament", "n"),
    ("komitee", "n"),
    ("zentrum", "n"),
    ("werk", "n"),
    ("haus", "n"),
)
_ADJ_ENDING = {"m": "er", "f": "e", "n": "es"}


def _german_gender(noun: str) -> tuple[str, str] | None:
    """(nominative, gender) of a body's head noun as it stands after a declining article ("Rundfunks" ->
    ("Rundfunk", "m")), or None when the list does not know the noun."""
    low = noun.lower()
    for stem in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if not stem:
            continue
        for suffix, gender in _GENDER_SUFFIXES:
            if stem.endswith(suffix) and (gender != "f" or stem == low):
                return noun[: len(stem)], gender
    return None


def _german_nominative(words: list[str]) -> str | None:
    """A body's name after an article, in the form it names itself ("des Hessischen Rundfunks" -> "Hessischer
    Rundfunk", "der Deutschen Bank" -> "Deutsche Bank", "der Bayerische Rundfunk" -> "Bayerischer Rundfunk"):
    capitalised adjectives in -en or -e, then a head noun whose gender the list knows. None when there is no
    such adjective (nothing to undo) or the head is unknown."""
    if len(words) < 2 or not any(w.endswith(("en", "e")) and w[0].isupper() for w in words[:-1]):
        return None
    head = _german_gender(words[-1])
    if head is None:
        return None
    noun, gender = head
    out = []
    for w in words[:-1]:
        if w[0].isupper() and len(w) > 4 and not _acronym(w) and w.endswith(("en", "e")):
            w = w[: -2 if w.endswith("en") else -1] + _ADJ_ENDING[gender]
        elif not w[0].isupper() and w not in ("für", "von", "der", "des"):
            return None  # a phrase, not a name
        out.append(w)
    return " ".join((*out, noun))


# the institution nouns that end a federal body's one-word German name ("Bundesjustizministerium",
# "Bundesärztekammer", "Bundesnachrichtendienst"); "Bundesland", "Bundeskanzler", "Bundesstraße" end otherwise
_FEDERAL_HEADS = (
    "ministerium",
    "amt",
    "kammer",
    "gericht",
    "gerichtshof",
    "rechnungshof",
    "dienst",
    "polizei",
    "anstalt",
    "agentur",
    "behörde",
    "verband",
    "regierung",
    "bank",
    "institut",
    "zentrale",
    "anwaltschaft",
)


def _federal_body(word: str) -> str | None:
    """The nominative of a one-word German federal body ("Bundesjustizministeriums" -> "Bundesjustizministerium"),
    or None when the word is not one ("Bundesland", "Bundestrainer")."""
    if not word.startswith("Bundes") or len(word) < 10 or "-" in word:
        return None
    for stem in (word, word.removesuffix("s"), word.removesuffix("es")):
        head = next((h for h in _FEDERAL_HEADS if stem.endswith(h)), None)
        if head is not None and len(stem) - len(head) > len("Bundes") + 1:  # not the bare "Bundesministerium"
            return stem
    return None


def _phrase(toks: list[str]) -> str:
    """Tokens back to text for a role ("ministra portavoz"), without a trailing comma."""
    while toks and toks[-1] == ",":
        toks = toks[:-1]
    return " ".join(toks).replace(" ,", ",").replace("' ", "'").replace("’ ", "’")


def extract(
    text: str,
    r: LangRules,
    places: object | None = None,
    known_orgs: frozenset[str] = frozenset(),
    credited: set[str] | None = None,
) -> tuple[list[tuple[str, list[str]]], list[tuple[str, str | None]]]:
    """People ``(name, roles)`` and organisations ``(name, literal)`` named in ``text``, in text order.

    ``places``: the places gazetteer (anything with ``is_place(name, language)``); ``known_orgs``:
    organisation names known in every language (the entity lexicon's).
    """
    lookup = places if places is not None and hasattr(places, "is_place") else None
    scan = _Scan(text, r, lookup, known_orgs)  # type: ignore[arg-type]
    scan.scan()
    people, orgs = scan.finish(credited or set())
    if "«" in text or "„" in text:
        orgs = _with_outlets(text, people, orgs)
    return people, orgs


# The outlet a speaker told (German copy quotes a title in guillemets or low-high quotes): "sagte der frühere
# Top-Referee Kinhöfer der «Bild am Sonntag»", "sagte er dem „Spiegel“": a dative after a speech verb
_OUTLET = re.compile(
    r"\b(?:sagte|sagt|erklärte|erklärt|bestätigte|verriet|meinte|betonte|kündigte)\b[^.!?«»„“\n]{0,80}?"
    r" (?:der|dem|im Interview mit der|im Interview mit dem) [«„]([A-ZÄÖÜ][^«»„“\n]{0,38}[^\s«»„“])[»“]"
)


def _with_outlets(
    text: str, people: list[tuple[str, list[str]]], orgs: list[tuple[str, str | None]]
) -> list[tuple[str, str | None]]:
    """``orgs`` and the outlets speakers told (``_OUTLET``): a newspaper named as a quote's outlet."""
    names = {name for name, _ in orgs} | {name for name, _ in people}
    for m in _OUTLET.finditer(text):
        outlet = m.group(1)
        if outlet not in names and len(outlet.split()) <= 5:
            names.add(outlet)
            orgs = [*orgs, (outlet, None)]
    return orgs


# --- Finnish (STT) --------------------------------------------------------------------------------
# Finnish names take case endings ("Sanna Marinin", "Aleksanteri Kivimäelle", "Jussi Niinistön"),
# so a capitalised run is a name in some case, often glued to a title or the next noun ("Ulkoministeri
# Timo Soini", "Ranskassa Pariisin"). A given name before the surname is not inflected, and the
# surname is published only in a form the text shows to be its base (precision first: a missing person
# is better than a garbled one):
#
# * a candidate is a given name from the list (then the surname), or a role word ("syyttäjä",
#   "puolustusministeri") before capitalised words; a title opening the run is cut off;
# * the surname is the base form when it ends in "-nen", stands right before a reporting or common
#   verb ("Mäkelä sanoi", "Timo Hildén siirtyy") or after a reporting verb ("sanoo Pasi Vainio"), or
#   carries no case ending; else a case ending is stripped only when the form left ("Niinistö" of
#   "Niinistön"), or one such attested form that the inflected one extends ("Kivimäki" for
#   "Kivimäelle"), stands elsewhere in the text; "-isen", "-iselle", "-ista" are "-inen"
#   ("Heikkisen" -> "Heikkinen"); otherwise the name is dropped ("Barack Obaman" stays out);
# * a surname alone is a person only after a role word and in its base form ("ryhmänjohtaja
#   Jokinen"); it also merges into the full name that ends with it;
# * never a place of the gazetteer or a known organisation.
_FI_WORD = re.compile(r"[^\W\d_][\w'’]*(?:[-:][\w'’]+)*|\d+|[^\w\s]")
_FI_NAME = re.compile(r"[A-ZÅÄÖÜÉ][a-zåäöüéáíóúšž'’]+(?:-[A-ZÅÄÖa-zåäö][a-zåäöüéáíóú'’]+)*$")
# case endings of a surname, longest first ("-n" genitive; "-a"/"-ä" only after a vowel: partitive)
_FI_ENDINGS = (
    *("seen", "ineen", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi"),
    *("han", "hen", "hin", "hon", "hun", "hyn", "hän", "hön", "na", "nä", "ta", "tä", "n"),
)
_FI_PARTITIVE = re.compile(r"[aeiouyäö][aä]$")
_FI_INEN = re.compile(r"^(.{2,})is(?:en|tä|ta|elle|ella|ellä|elta|eltä|essa|essä|esta|estä|eksi|enä)$")


@dataclass(frozen=True, slots=True)
class FiRules:
    """The Finnish closed classes (``names_lang.json`` "fi")."""

    first_names: frozenset[str]
    title_suffix: tuple[str, ...]
    not_name: frozenset[str]
    verbs: frozenset[str]  # reporting and common 3rd-person verbs: a subject stands before them
    reporting: frozenset[str]
    parties: frozenset[str]


@lru_cache(maxsize=1)
def fi_rules() -> FiRules:
    """The Finnish rules, loaded once (given names: Finnish ones and the international list)."""
    data = _data()
    own = data["fi"]
    reporting = frozenset(_items(own["reporting"]))
    return FiRules(
        first_names=frozenset(_items(own["first_names"])) | frozenset(_items(data["international"]["first_names"])),
        title_suffix=tuple(_items(own["title_suffix"])),
        not_name=frozenset(_items(own["not_name"])),
        verbs=reporting | frozenset(_items(own["subject_verbs"])),
        reporting=reporting,
        parties=frozenset(_items(own["parties"])),
    )


def _fi_suspect(word: str) -> bool:
    """Does the word end like an inflected form (not "-nen", which is a nominative surname)?"""
    if word.endswith("nen"):
        return False
    return bool(_FI_PARTITIVE.search(word)) or word.endswith(_FI_ENDINGS)


def _fi_base(word: str, nominative: set[str]) -> str | None:
    """The base form of an inflected surname, or None when the text does not show it."""
    m = _FI_INEN.match(word)
    if m:
        return m.group(1) + "inen"  # "Heikkisen" -> "Heikkinen": the "-nen" names inflect regularly
    for ending in _FI_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if stem in nominative:
                return stem  # "Niinistön" -> "Niinistö"
            if stem.endswith("i") and stem[:-1] in nominative:
                return stem[:-1]  # a name ending in a consonant takes an "i": "Marinin" -> "Marin"
    if _FI_PARTITIVE.search(word) and word[:-1] in nominative:
        return word[:-1]  # "Soinia" -> "Soini"
    # consonant gradation and stem vowels ("Kivimäki" -> "Kivimäelle", "Kivimäen"): an attested base
    # form whose first letters the inflected one shares, all but its last two
    fits = [n for n in nominative if len(n) >= 6 and n != word and word.startswith(n[:-2]) and len(word) > len(n) - 2]
    plain = [n for n in fits if not _fi_suspect(n)] or fits  # "Kivimäki" over a genitive "Kivimäen" read as a subject
    return plain[0] if len(plain) == 1 else None


def _fi_role(word: str, r: FiRules) -> str | None:
    low = word.lower()
    if low.endswith(r.title_suffix) and not any(c.isdigit() for c in low):
        return low
    return None


_FI_JOINS = frozenset({"ja", "sekä"})


def _fi_partner(a: int, b: int, words: list[str], named: set[tuple[int, int]], r: FiRules) -> bool:
    """Is a run of two capitalised words with no given name ("Hjallis", a by-name) a person because "ja"/"sekä"
    joins it to a run read as one ("Hjallis Harkimo ja Mikael Jungner", "... ja Hjallis Harkimo")? Both words
    in the nominative (an inflected word is some other thing's), neither a title, a party or a given name
    alone."""
    pair = words[a : b + 1]
    if any(_fi_suspect(w) or w in r.not_name or w.lower() in r.parties or _fi_role(w, r) for w in pair):
        return False
    after = b + 2 < len(words) and words[b + 1] in _FI_JOINS and any(x == b + 2 for x, _ in named)
    before = a >= 2 and words[a - 1] in _FI_JOINS and any(y == a - 2 for _, y in named)
    return after or before


def extract_fi(
    text: str, places: object | None = None, known_orgs: frozenset[str] = frozenset(), credited: set[str] | None = None
) -> list[tuple[str, list[str]]]:
    """People ``(name, roles)`` named in Finnish ``text``, in text order (see above)."""
    r = fi_rules()
    lookup = places if places is not None and hasattr(places, "is_place") else None
    toks = [(m.group(), m.start()) for m in _FI_WORD.finditer(text)]
    words = [t for t, _ in toks]
    n = len(words)

    def verb_after(i: int) -> bool:
        j = i + 1
        if j + 2 < n and words[j] == "(" and words[j + 2] in (")", ".") and words[j + 1].lower() in r.parties:
            j += 4 if words[j + 2] == "." else 3  # "Jussi Niinistö (ps.) kertoo"
        return j < n and words[j] in r.verbs

    def verb_before(i: int) -> bool:
        return i > 0 and words[i - 1] in r.reporting

    def tabled(a: int, b: int) -> bool:
        """A results-table entry ("2) Eetu Rantala OP 6,83", ", Samuli Eriksson TuUL 204"): a club code
        or a figure right after the name, a rank or list mark before it. No case ending there."""
        if a == 0 or words[a - 1] not in (")", ",", "&") or b + 1 >= n:
            return False
        nxt = words[b + 1]
        return nxt.isdigit() or (len(nxt) >= 2 and sum(c.isupper() for c in nxt) >= 2)

    # capitalised name runs (at most four words); a run that opens a sentence and holds no given name
    # or title is some other word ("Ranskassa Pariisin")
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if _FI_NAME.match(words[i]) and words[i] not in known_orgs:
            j = i
            while (
                j + 1 < n
                and j - i < 3
                and _FI_NAME.match(words[j + 1])
                and toks[j + 1][1] - toks[j][1] == len(words[j]) + 1
            ):
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    # every capitalised word standing in the nominative somewhere: the forms an inflected one may extend
    nominative: set[str] = set()
    for a, b in runs:
        for k in range(a, b + 1):
            w = words[k]
            if not _fi_suspect(w) or (k == b and (verb_after(k) or tabled(a, b) or (k == a and verb_before(k)))):
                nominative.add(w)
    found: dict[str, tuple[str, list[str]]] = {}
    named: set[tuple[int, int]] = set()  # the runs read as a given name and a surname
    singles: list[tuple[str, str | None]] = []
    for a, b in runs:
        role = _fi_role(words[a - 1], r) if a > 0 and words[a - 1][0].islower() else None
        k = a
        while k <= b and (words[k] in r.not_name or (_fi_role(words[k], r) and words[k] not in r.first_names)):
            role = words[k].lower()  # "Syyttäjä Harri Mäkelä", "Diplomi-insinööri Mikko Moilanen"
            k += 1
        if k > b:
            continue
        given = k
        while given <= b and (words[given] in r.first_names or words[given].split("-")[0] in r.first_names):
            given += 1
        if given == k and not role:
            continue  # no given name, no title: a word or a place, not a person we can tell
        if given > b:  # given names only ("Visa" alone): a surname is needed
            continue
        surname = words[given]
        last = given
        if surname in r.first_names and given == k and role is None:
            continue
        if _fi_suspect(surname) and not (verb_after(last) or verb_before(k) or (last == b and tabled(a, b))):
            base = _fi_base(surname, nominative)
            if base is None:
                continue
            surname = base
        name_words = [*words[k:given], surname]
        if lookup is not None and (lookup.is_place(surname, "fi") or lookup.is_place(" ".join(name_words), "fi")):  # type: ignore[attr-defined]
            continue
        if given == k:  # a surname alone, after a role word
            singles.append((surname, role))
            continue
        name = " ".join(name_words)
        entry = found.setdefault(name.lower(), (name, []))
        if role and role not in entry[1]:
            entry[1].append(role)
        named.add((a, b))
    for a, b in runs:  # "Hjallis Harkimo ja Mikael Jungner": a pair joined to a named person by "ja" (ppl17)
        if b == a + 1 and (a, b) not in named and _fi_partner(a, b, words, named, r):
            name = f"{words[a]} {words[b]}"
            if name not in known_orgs and not (lookup is not None and lookup.is_place(name, "fi")):  # type: ignore[attr-defined]
                found.setdefault(name.lower(), (name, []))
    people = list(found.values())
    for surname, role in singles:
        host = next((p for p in people if p[0].split()[-1] == surname), None)
        if host is None:
            host = (surname, [])
            people.append(host)
        if role and role not in host[1]:
            host[1].append(role)
    return [p for p in people if not is_credited(p[0].lower(), credited or set())]


# --- Danish, Norwegian, Swedish: two fixes to the en/id/ms extractor's people ---------------------------
# Those languages write titles in lower case, so a capitalised title is one that opens a sentence and
# the extractor glues it to the name ("Professor Asbjørn Dyrendal ved NTNU"): it is cut off and kept as
# the role. A run led by an acronym in the genitive ("FNs Agenda 21", "EUs", "NATOs") names a body's
# thing, never a person.
NORDIC = frozenset({"da", "sv", "nb", "nn", "no"})
_GENITIVE_ACRONYM = re.compile(r"[A-ZÆØÅÄÖ]{2,}s$")


class _Named(Protocol):
    name: str
    roles: list[str]


@lru_cache(maxsize=1)
def _nordic_titles() -> frozenset[str]:
    return frozenset(_items(_data()["nordic"]["titles"]))


_P = TypeVar("_P", bound=_Named)


# A Nordic adjective of place or kind ("Nordisk", "Dansk", "Norsk", "Svenska", "Teknisk"): it names a company or
# body ("Novo Nordisk", "Norsk Hydro", "Svenska Dagbladet"), never a person's surname
_NORDIC_ADJECTIVE = re.compile(r"[A-ZÆØÅÄÖ][a-zæøåäö]*(?:isk|nsk|rsk|ysk)(?:a|e)?$")


def nordic_people(people: list[_P], given: frozenset[str] = frozenset()) -> list[_P]:
    """The people of a da/no/sv story without a sentence-initial title glued on, nor a genitive acronym, nor a
    company named by a Nordic adjective ("oplyser Novo Nordisk") unless a known given name opens it."""
    titles = _nordic_titles()
    first = nordic_rules().first_names | given
    out: list[_P] = []
    for person in people:
        words = person.name.split()
        if _GENITIVE_ACRONYM.match(words[0]):
            continue
        if words[0] not in first and any(_NORDIC_ADJECTIVE.match(w) for w in words):
            continue
        k = 0
        while k < len(words) - 1 and words[k] in titles:
            k += 1
        if k:
            role = " ".join(words[:k]).lower()
            person.name = " ".join(words[k:])
            if role not in person.roles:
                person.roles.append(role)
        out.append(person)
    return out


@dataclass(frozen=True, slots=True)
class NordicRules:
    """The closed classes of Danish, Norwegian and Swedish copy (``names_lang.json`` "nordic")."""

    titles: frozenset[str]  # lower case: "statsminister", "vd"
    first_names: frozenset[str]
    reporting: frozenset[str]
    stop: frozenset[str]


@lru_cache(maxsize=1)
def nordic_rules() -> NordicRules:
    """The da/no/sv rules, loaded once."""
    own = _data()["nordic"]
    return NordicRules(
        titles=frozenset(t.lower() for t in _items(own["titles"])),
        first_names=frozenset(_items(own["first_names"])),
        reporting=frozenset(_items(own["reporting"])),
        stop=frozenset(_items(own["stop"])),
    )


_NORDIC_WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
_NORDIC_NAME = re.compile(r"[A-ZÆØÅÄÖÉ][a-zæøåäöéüó]+(?:-[A-ZÆØÅÄÖ][a-zæøåäöéü]+)?$")


def nordic_anchored(
    text: str, places: object | None = None, given: frozenset[str] = frozenset()
) -> list[tuple[str, str | None]]:
    """People ``(name, role)`` a da/no/sv story anchors by a title or a reporting verb, in text order.

    Why: the en/id/ms run finder confirms a name by English cues, so "Statsminister Ulf Kristersson säger"
    or "sa Magdalena Andersson" stayed out. Those languages write function words and titles in lower case
    (a title opens a sentence with a capital), so a run of two or three capitalised words is a proper name;
    it is a person only when a title of the language stands right before it, or a reporting verb right
    before or after it and its first word is a given name (``given`` and the Nordic list): "Novo Nordisk
    siger" stays out. Never a run that holds a function word or title, never a place."""
    r = nordic_rules()
    first = r.first_names | given
    lookup = places if places is not None and hasattr(places, "is_place") else None
    words = _NORDIC_WORD.findall(text)
    n = len(words)
    out: dict[str, tuple[str, str | None]] = {}
    i = 0
    while i < n:
        w = words[i]
        if not _NORDIC_NAME.match(w) or w in r.stop or w.lower() in r.titles:
            i += 1
            continue
        j = i
        while j + 1 < n and j - i < 2 and _NORDIC_NAME.match(words[j + 1]) and words[j + 1] not in r.stop:
            j += 1
        run = words[i : j + 1]
        i = j + 1
        if len(run) < 2 or any(x.lower() in r.titles for x in run):
            continue
        before = words[i - len(run) - 1] if i - len(run) > 0 else ""
        after = words[j + 1] if j + 1 < n else ""
        role = before.lower() if before.lower() in r.titles else None
        spoke = before in r.reporting or after in r.reporting
        if role is None and not (spoke and run[0] in first):
            continue
        name = " ".join(run)
        if lookup is not None and (lookup.is_place(name) or lookup.is_place(run[-1])):  # type: ignore[attr-defined]
            continue
        out.setdefault(name, (name, role))
    return list(out.values())
