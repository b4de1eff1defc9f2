"""Words that say a country without naming a place: a country's own national bodies and leagues ("the Fed",
"Bundesliga", "Knesset") in any language, and the demonyms of copy in other languages than English
("hollandske", "niederländischen", "neerlandés", "néerlandais"), for ``places.enrich``.

Session 16 (branch ctry16): both are read as the English demonyms are (issue #15: a demonym is no country of its
own): weight for a country the story names otherwise, the story's country when in the headline ("Fed to halt QE",
"Hollandske forskere har ..."), and evidence that a bureau's ``located`` is the story's place. A national league
also makes its country the story's in the lead ("... in the Bundesliga on Saturday"): its games are played there.
Bodies whose name several countries share ("Congress", "Bundesrat", "Premier League", "House of Commons") or that
stand as often for world markets ("Wall Street") are left out; so are the English demonyms (the gazetteer's).

Written for this project from general knowledge (no outside source), same licence as the repository.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from streams.core.enrich import leads


class Hint(NamedTuple):
    start: int
    end: int
    cc: str
    league: bool  # a national league: its country is the story's in the lead


# name -> (country, league?); case-sensitive, whole words. "Kremlin" is left out: in archive copy it is the
# Soviet Union's, today Russia's, and the text alone does not say which.
_BODIES: dict[str, tuple[str, bool]] = {
    "Federal Reserve": ("US", False),
    "Fed": ("US", False),
    "FOMC": ("US", False),
    "Pentagon": ("US", False),
    "White House": ("US", False),
    "Capitol Hill": ("US", False),
    "NFL": ("US", True),
    "Super Bowl": ("US", True),
    "Bundesbank": ("DE", False),
    "Bundestag": ("DE", False),
    "Bundeswehr": ("DE", False),
    "Bundesregierung": ("DE", False),
    "Bundesliga": ("DE", True),
    "Bank of England": ("GB", False),
    "Downing Street": ("GB", False),
    "Whitehall": ("GB", False),
    "Scotland Yard": ("GB", False),
    "Élysée": ("FR", False),
    "Elysee": ("FR", False),
    "Ligue 1": ("FR", True),
    "Serie A": ("IT", True),
    "La Liga": ("ES", True),
    "LaLiga": ("ES", True),
    "Eredivisie": ("NL", True),
    "Primeira Liga": ("PT", True),
    "Süper Lig": ("TR", True),
    "Ligue 2": ("FR", True),
    "Serie B": ("IT", True),
    "Eliteserien": ("NO", True),
    "Allsvenskan": ("SE", True),
    "Veikkausliiga": ("FI", True),
    "Ekstraklasa": ("PL", True),
    "Liga MX": ("MX", True),
    "J.League": ("JP", True),
    "A-League": ("AU", True),
    "Knesset": ("IL", False),
    "Duma": ("RU", False),
    "BOJ": ("JP", False),
    "PBOC": ("CN", False),
    "Lok Sabha": ("IN", False),
    "Rajya Sabha": ("IN", False),
    "Folketinget": ("DK", False),
    "Stortinget": ("NO", False),
    "Eduskunta": ("FI", False),
}
_BODY = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in sorted(_BODIES, key=len, reverse=True)) + r")(?![\w-])"
)
# every match of _BODY starts with one of the names: this alternation (led by a literal, so the regex engine skips
# to the offsets holding one of their first letters) finds where to try _BODY, whose look-behind made it try every
# offset of the text (session 17, plc17: 34 -> 7 µs a story)
_BODY_START = re.compile("|".join(re.escape(k) for k in _BODIES))
# "Fed up", "Fed by": the verb; a league after another country's adjective is that country's ("Austrian Bundesliga",
# "österreichische Bundesliga", "Ecuadorian Serie A")
_NOT_BODY_AFTER = re.compile(r" (?:up|by|into|on|with)\b")
_OTHER_LEAGUE_BEFORE = re.compile(r"(?:Austrian|österreichischen?|Ecuador\w*|Brazil\w*|Women's|Frauen-?) \Z", re.I)

# Danish and Norwegian write the same stems but for Greek ("græsk", "gresk")
_DANO_NORWEGIAN: dict[str, tuple[str, ...]] = {
    "NL": ("hollandsk", "nederlandsk"),
    "DE": ("tysk",),
    "FR": ("fransk",),
    "GB": ("britisk",),
    "US": ("amerikansk",),
    "IT": ("italiensk",),
    "ES": ("spansk",),
    "RU": ("russisk",),
    "CN": ("kinesisk",),
    "JP": ("japansk",),
    "DK": ("dansk",),
    "NO": ("norsk",),
    "SE": ("svensk",),
    "FI": ("finsk",),
    "PL": ("polsk",),
    "UA": ("ukrainsk",),
    "TR": ("tyrkisk",),
    "IL": ("israelsk",),
    "IR": ("iransk",),
    "BE": ("belgisk",),
    "IS": ("islandsk",),
}
# demonym stems per language and country; the language's adjective endings are added (see _ENDINGS)
_STEMS: dict[str, dict[str, tuple[str, ...]]] = {
    "da": {**_DANO_NORWEGIAN, "GR": ("græsk",)},
    "no": {**_DANO_NORWEGIAN, "GR": ("gresk",)},
    "sv": {
        "NL": ("holländsk", "nederländsk"),
        "DE": ("tysk",),
        "FR": ("fransk",),
        "GB": ("brittisk",),
        "US": ("amerikansk",),
        "IT": ("italiensk",),
        "ES": ("spansk",),
        "RU": ("rysk",),
        "CN": ("kinesisk",),
        "JP": ("japansk",),
        "DK": ("dansk",),
        "NO": ("norsk",),
        "SE": ("svensk",),
        "FI": ("finsk", "finländsk"),
        "PL": ("polsk",),
        "UA": ("ukrainsk",),
        "TR": ("turkisk",),
        "IL": ("israelisk",),
        "IR": ("iransk",),
        "GR": ("grekisk",),
        "BE": ("belgisk",),
        "IS": ("isländsk",),
    },
    "de": {
        "NL": ("niederländisch", "holländisch"),
        "DE": ("deutsch",),
        "FR": ("französisch",),
        "GB": ("britisch",),
        "US": ("amerikanisch", "US-amerikanisch"),
        "IT": ("italienisch",),
        "ES": ("spanisch",),
        "RU": ("russisch",),
        "CN": ("chinesisch",),
        "JP": ("japanisch",),
        "DK": ("dänisch",),
        "NO": ("norwegisch",),
        "SE": ("schwedisch",),
        "FI": ("finnisch",),
        "PL": ("polnisch",),
        "UA": ("ukrainisch",),
        "TR": ("türkisch",),
        "IL": ("israelisch",),
        "IR": ("iranisch",),
        "GR": ("griechisch",),
        "BE": ("belgisch",),
        "AT": ("österreichisch",),
        "CH": ("schweizerisch",),
    },
    "es": {
        "NL": ("neerlandés", "holandés"),
        "DE": ("alemán",),
        "FR": ("francés",),
        "GB": ("británic",),
        "US": ("estadounidense",),
        "IT": ("italian",),
        "ES": ("español",),
        "RU": ("rus",),
        "CN": ("chin",),
        "JP": ("japonés",),
        "MX": ("mexican",),
        "AR": ("argentin",),
        "CO": ("colombian",),
        "VE": ("venezolan",),
        "CL": ("chilen",),
        "PE": ("peruan",),
        "CU": ("cuban",),
        "BR": ("brasileñ",),
        "PT": ("portugués",),
        "UA": ("ucranian",),
        "IL": ("israelí",),
        "CA": ("canadiense",),
    },
    "fr": {
        "NL": ("néerlandais", "hollandais"),
        "DE": ("allemand",),
        "FR": ("français",),
        "GB": ("britannique",),
        "US": ("américain",),
        "IT": ("italien",),
        "ES": ("espagnol",),
        "RU": ("russe",),
        "CN": ("chinois",),
        "JP": ("japonais",),
        "BE": ("belge",),
        "CH": ("suisse",),
        "CA": ("canadien",),
        "UA": ("ukrainien",),
        "IL": ("israélien",),
        "IR": ("iranien",),
        "BR": ("brésilien",),
        "PT": ("portugais",),
        "MX": ("mexicain",),
    },
}
# the adjective endings each language adds to a stem (masculine/feminine, singular/plural, cases)
_ENDINGS: dict[str, str] = {
    "da": "(?:e)?",
    "no": "(?:e)?",
    "sv": "(?:a|t)?",
    "de": "(?:e|en|er|es|em)?",
    "fr": "(?:e|s|es|ne|nes)?",
}
_ES_ENDING = {"és": "(?:és|esa|eses|esas)", "án": "(?:án|ana|anes|anas)", "ol": "(?:ol|ola|oles|olas)"}
# money, not a country ("danske kroner", "französische Franc"); a language after a preposition ("på engelsk")
_CURRENCY_AFTER = re.compile(r" (?:kroner|krone|kronor|kronen|Mark|Franc|Francs|francs?|francos?|pesos?|dólar\w*)\b")


def _es_form(stem: str) -> str:
    for tail, forms in _ES_ENDING.items():
        if stem.endswith(tail):
            return re.escape(stem[: -len(tail)]) + forms
    if stem.endswith(("ense", "í")):
        return re.escape(stem) + "(?:s|es)?"
    return re.escape(stem) + "(?:o|a|os|as)"  # "italian" -> italiano, italianas


def _pattern(language: str) -> re.Pattern[str] | None:
    stems = _STEMS.get(language)
    if stems is None:
        return None
    alternatives: list[str] = []
    for cc, words in stems.items():
        for stem in words:
            body = _es_form(stem) if language == "es" else re.escape(stem) + _ENDINGS[language]
            first = stem[0]
            alternatives.append(
                f"(?P<{cc}_{len(alternatives)}>[{first.upper()}{first.lower()}]{body[len(re.escape(first)) :]})"
            )
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


_PATTERNS: dict[str, re.Pattern[str] | None] = {language: _pattern(language) for language in _STEMS}


def _starts(language: str) -> tuple[str, ...]:
    """The text every match of ``_PATTERNS[language]`` starts with: each stem's fixed part (a Spanish stem's
    changing tail cut: "neerland" of "neerlandés"), its first letter in either case."""
    out: set[str] = set()
    for words in _STEMS[language].values():
        for stem in words:
            if language == "es":
                stem = next((stem[: -len(tail)] for tail in _ES_ENDING if stem.endswith(tail)), stem)
            out.update((stem[0].upper() + stem[1:], stem[0].lower() + stem[1:]))
    return tuple(sorted(out))


_STARTS: dict[str, tuple[str, ...]] = {language: _starts(language) for language in _STEMS}


def _found_demonyms(pattern: re.Pattern[str], starts: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only at the offsets where one of ``starts`` stands (``str.find``: the
    pattern's look-behind and lettercase classes made the engine try its ~50 branches at every offset of the text,
    ~150 µs a German or Spanish story; session 17, plc17)."""
    offsets: list[int] = []
    for start in starts:
        at = text.find(start)
        while at >= 0:
            offsets.append(at)
            at = text.find(start, at + 1)
    offsets.sort()
    return leads.at_offsets(pattern, text, offsets)


def _name_word(text: str, start: int, end: int) -> bool:
    """Is the capitalised adjective at ``start`` a name's word ("Deutsche Bank", "Danske Bank", "Norsk Hydro"):
    capitalised before another capitalised word (a German noun after one is lost with it: precision first)?"""
    return text[start].isupper() and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


# Session 17 ‡ (ctry17): a country's national championships, leagues and bodies as its own agency's language writes
# them, read only in copy of that language (in English "SM", "DM", "Liiga" are other things: sizes, the Deutsche
# Mark): the Nordic championship initials ("SM-kilpailut", "Yleisurheilutuloksia/SM", "SM-guld", "NM i friidrett",
# "DM-guld": Suomen / Svenska / Norges / Danmarks mesterskap), never beside a number ("5 DM": money); Finnish
# "Liiga", "Mestis" and "eduskunta" (lower-case in Finnish, in its cases: "eduskunnan"). Swedish "SM" is Sweden's:
# Finland's Swedish writes "FM" for Finland's (left out: "FM" is the radio band too), and the caller passes the
# outlet's country so that an outlet of another country (STT's Swedish service) names none. Each pattern opens
# with its literal (the engine then skips to where it stands); the word boundary before is a look-behind after it.
# (pattern, country, league?)
_OWN_LANGUAGE: dict[str, tuple[tuple[re.Pattern[str], str, bool], ...]] = {
    "fi": (
        (re.compile(r"SM(?<![\w-]SM)(?<!\d SM)(?!\w)(?! ?\d)"), "FI", True),
        (re.compile(r"(?:Liiga|Mestis)(?<![\w-]Liiga)(?<![\w-]Mestis)(?![\w-])"), "FI", True),
        (re.compile(r"(?<![\w-])[Ee]dusku(?:nta|nna)\w*"), "FI", False),
    ),
    "sv": (
        (re.compile(r"SM(?<![\w-]SM)(?<!\d SM)(?!\w)(?! ?\d)"), "SE", True),
        (re.compile(r"(?:SHL|Hockeyallsvenskan)(?<![\w-]SHL)(?<![\w-]Hockeyallsvenskan)(?![\w-])"), "SE", True),
    ),
    "no": ((re.compile(r"NM(?<![\w-]NM)(?<!\d NM)(?!\w)(?! ?\d)"), "NO", True),),
    "da": (
        (re.compile(r"DM(?<![\w-]DM)(?<!\d DM)(?!\w)(?! ?\d)"), "DK", True),
        (re.compile(r"Superligaen(?<![\w-]Superligaen)(?![\w-])"), "DK", True),
    ),
}
# Finnish names another country's championship with the country's name in the genitive before ("Ruotsin SM",
# "Viron eduskunta"); any capitalised word in -n is too broad ("Sisäratojen SM-kilpailut": of the indoor tracks)
_FI_GENITIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:Ruotsin|Norjan|Tanskan|Islannin|Viron|Latvian|Liettuan|Venäjän|Valko-Venäjän|Ukrainan|Puolan"
    r"|Saksan|Ranskan|Italian|Espanjan|Portugalin|Englannin|Britannian|Skotlannin|Irlannin|Hollannin|Alankomaiden"
    r"|Belgian|Sveitsin|Itävallan|Unkarin|Tšekin|Slovakian|Kreikan|Turkin|Yhdysvaltain|Yhdysvaltojen|Kanadan"
    r"|Kiinan|Japanin|Australian|Brasilian|Kenian|Etiopian|Jamaikan) \Z"
)


def _foreign_before(text: str, start: int, language: str, cc: str) -> bool:
    """Does another country's name or adjective stand just before ``start`` ("Ruotsin SM", "norska SM")?"""
    window = text[max(0, start - 30) : start]
    if language == "fi":
        return _FI_GENITIVE_BEFORE.search(window) is not None
    pattern = _PATTERNS.get(language)
    if pattern is None or not window.endswith(" "):
        return False
    ends = [found for found in pattern.finditer(window) if found.end() == len(window) - 1]
    return bool(ends) and (ends[-1].lastgroup or "").split("_")[0] != cc


def _own_language(text: str, language: str, home: tuple[str, ...]) -> Iterator[Hint]:
    """The national championships, leagues and bodies that copy in ``language`` names (see ``_OWN_LANGUAGE``),
    none where the outlet is known and of another country."""
    for pattern, cc, league in _OWN_LANGUAGE.get(language, ()):
        if home and cc not in home:
            continue
        for found in pattern.finditer(text):
            if not _foreign_before(text, found.start(), language, cc):
                yield Hint(found.start(), found.end(), cc, league)


def hints(text: str, language: str, home: tuple[str, ...] = ()) -> list[Hint]:
    """The national bodies and the other-language demonyms ``text`` names, in order; ``home``: the countries of
    the item's outlets (``places._home``), for the words of a country's own language."""
    out: list[Hint] = []
    for found in leads.finditer(_BODY, _BODY_START, text):
        name = found.group()
        cc, league = _BODIES[name]
        if name == "Fed" and _NOT_BODY_AFTER.match(text, found.end()):
            continue
        if league and _OTHER_LEAGUE_BEFORE.search(text, max(0, found.start() - 30), found.start()):
            continue
        out.append(Hint(found.start(), found.end(), cc, league))
    pattern = _PATTERNS.get(language)
    if pattern is not None:
        for found in _found_demonyms(pattern, _STARTS[language], text):
            group = found.lastgroup or ""
            if _CURRENCY_AFTER.match(text, found.end()) or _name_word(text, found.start(), found.end()):
                continue
            out.append(Hint(found.start(), found.end(), group.split("_")[0], False))
    taken = {hint.start for hint in out}  # "Eduskunta" is in _BODIES too
    out.extend(hint for hint in _own_language(text, language, home) if hint.start not in taken)
    out.sort()
    return out
