"""People and organisations named in a story (id/ms/en), rule based: no model, no download.

Why rules: the measured NER models are 50-100x over the per-article budget and useless on
Indonesian (docs enrichment-libs.md). Wire copy names people in a few fixed shapes, which a
capitalised-phrase chunker anchored on a closed class of words catches:

* role + name: "Menteri Luar Negeri China Wang Yi", "U.S. Treasury Secretary James Baker";
* honorific + name: "Datuk Seri Anwar Ibrahim", "Mr Volcker";
* reporting verbs: "kata Wang", "Sadikin told", "said Smith";
* a full name confirmed by a later short mention ("Carlos Alcaraz" ... "Alcaraz").

Short mentions are folded into the full name ("kata Wang" -> Wang Yi). Credited reporters and
editors (``ext.contributors``, ``by``) and places are never people.

Output (valid ninjs 3.0: people/organisation objects allow only name, rel, uri, literal, contactInfo,
plus symbols for organisations):

* ``article["people"]``: ``[{"name": "Wang Yi", "rel": "mentioned"}]``;
* ``article["ext"]["roles"]``: ``[{"name": "Wang Yi", "role": "Menteri Luar Negeri China"}]``: the
  role as the story words it (a role is not an identifier, so it does not go in ``literal``);
* ``article["organisations"]``: ``[{"name": "Kementerian Luar Negeri China", "literal": "Kemenlu China"}]``:
  an abbreviation the text uses (or defines in parentheses) is folded into the full name and kept
  in ``literal``, as IPTC's own 3.0 examples do ("World Anti-Doping Agency" / "WADA"). Lexicon
  abbreviations are expanded ("Fed" -> "Federal Reserve") so one organisation has one name.

Lexicons: ``streams/data/entity_lexicon.json`` (hand-curated closed classes) and
``streams/data/org_names.json`` (organisations named without a legal suffix: companies, brands,
sports bodies, parties, team nicknames; hand-compiled).

Type before person: a run that names a company, team or body by its words ("Florida Power & Light",
"L.A. Dodgers"), by a known name ("FIFA", "Walmart") or by what the story says of it ("shares of
Purolator", "Purolator said its", "E.F. Hutton Group Inc" ... "E.F. Hutton") is an organisation,
never a person. A month word ends a name only when it is a date: "Theresa May", "April Ryan" stay
whole. Unanchored names joined in a list ("Pete Sampras dan Andre Agassi") confirm each other.

Second round (issue #15): a body's name keeps its inner "and"/"und" ("House Ways and Means Committee"),
an acronym finds the name it spells ("Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)"), cut pieces
fold into the whole name, agency credits and treaties are no orgs; the text's own evidence ("state food
firm X", "X newspaper", ", a Bundesbank economist", ", 38,") types a name; a first word the story also
writes in lower case ("History says") is no name.

Third round (issue #15, review seed 60221): initials written after a name ("Saudi Press Agency SPA"), local
acronyms of joined names, known armed groups and publications, teams in parentheses after riders and in
results tables, portfolio words before a minister's title, a source-marked company without its owner,
and title-case headline fragments (Indonesian headline verbs) are typed by the same kinds of evidence.

Fourth round (issue #15, review seed 19463): on an Indonesian title-case headline an org run stops where its words
stop carrying a name (a verb form or everyday word: "Komisi III DPR Uji Kelayakan" -> "Komisi III DPR"); a company
is typed by its own clause ("James Hardie has lifted its profits", "Telstra boss Andy Penn"); names the text gives
whole stay whole ("the Miami Heat", "Lord Henley", "Bell and Howell Co", "S and P"); a confirmed name anchors the
list it stands in, a minister's title its one-word name ("Mentan Amran"), an English headline its person.

Fifth round (issue #15, review seed 21627): finance copy's firms by their part in a deal ("lead manager Swiss
Volksbank said"), a list of firms split at a comma after a legal form, Indonesian bodies named whole before a
syllable acronym ("Badan Pembentukan Peraturan Daerah (Bapemperda)"), and names that are models or headline verbs.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as ilr
from typing import Any, NamedTuple, Protocol

from streams.core.copy.agencies import lookup as agency
from streams.core.enrich import (
    alone,
    names_east_asian,
    names_lang,
    orgs_acts,
    orgs_caps,
    orgs_fi,
    orgs_fold,
    orgs_generic,
    orgs_id,
    orgs_media,
    orgs_no,
    orgs_portfolio,
    people_bodies,
    people_shape,
    rosters,
    textscan,
)
from streams.core.enrich.competitions import is_competition, racing_teams
from streams.core.enrich.legal_forms import LEGAL_FORMS as _LEGAL  # a run ending in one is one company name
from streams.core.enrich.roman import is_roman
from streams.core.enrich.story import credited_names, is_credited, story_text
from streams.core.enrich.textscan import follows, has_word, occurrences
from streams.core.enrich.treaties import PROGRAMME_TAILS, TREATY_TAILS
from streams.core.memo import remember
from streams.core.model import Article

_UPPER = "".join(chr(c) for c in range(0x00C0, 0x0250) if chr(c).isupper())
_CAP = rf"(?:[A-Z{_UPPER}]\.(?:[A-Z{_UPPER}]\.)*|[A-Z{_UPPER}][\w'’\-]*)"
_CONNECT = r"(?:of|for|and|und|untuk|dan|bin|binti|van|von|de|der|del|da|dos|du|la|le|al|el|ibn|bte|&)"
_JOINS = frozenset({"and", "und", "dan", "&", "for", "untuk"})  # kept inside org/role names only
# stop words only because Indonesian writes them ("Dan", and): English copy writes them as given names
# ("Dan Kaakebeen, a spokesman"), so there they open a name wherever they stand
_ID_ONLY_BREAKERS = frozenset({"Dan"})
# Heads of bodies (not companies) whose names hold an "and": "House Ways and Means Committee",
# "National Aeronautics and Space Administration", "... Mobility and Delivery Industry Association".
_BODY_HEADS = frozenset(
    {
        "Committee",
        "Commission",
        "Council",
        "Association",
        "Administration",
        "Agency",
        "Authority",
        "Institute",
        "Board",
        "Federation",
        "Union",
        "Organization",
        "Organisation",
        "Society",
        "Foundation",
        "Department",
        "Ministry",
        "Office",
        "Bureau",
        "Service",
        "Survey",
    }
)
# Heads that name a body when "of"/"for" and its field follow, whatever stands before them ("State Bank of
# Pakistan", "Federal Bureau of Statistics", "Australian Chamber of Manufactures", "Soviet Ministry of ...")
_OF_HEADS = _BODY_HEADS | frozenset(
    {"Bank", "Chamber", "Court", "Exchange", "Academy", "Assembly", "Tribunal", "Directorate", "Secretariat"}
    | {"Institution", "University", "College", "Fund"}
    | {"Alliance", "Coalition"}
)
# Heads that name a body before "for" (or "on"), not before "of": "International Network for Hate Studies",
# "Center for Strategic and International Studies"; "Network of Excellence", "Center of Reform" (of "... on
# Economics") are a programme and a cut name
_FOR_HEADS = _OF_HEADS | frozenset({"Network", "Center", "Centre", "Forum", "Initiative", "Campaign", "Observatory"})
# Things named after a person ("Bandara Ben Gurion", "Masjid Nurul Huda", "Jalan Sudirman", "Stadion Gelora Bung
# Karno"): their head word before a given name is the thing's, not an everyday opener to drop (``chunk``)
_NAMED_AFTER = frozenset(
    [
        "bandara",
        "masjid",
        "jalan",
        "stadion",
        "gedung",
        "universitas",
        "museum",
        "yayasan",
        "gereja",
        "pesantren",
        "pondok",
        "rumah",
        "kapal",
        "taman",
        "lapangan",
        "sekolah",
        "institut",
        "pelabuhan",
        "terminal",
        "stasiun",
        "gunung",
        "sungai",
        "pulau",
        "desa",
        "kampung",
        "hotel",
        "gelanggang",
        "airport",
        "street",
        "avenue",
        "stadium",
        "university",
        "hospital",
        "school",
        "college",
        "mosque",
        "church",
        "bridge",
        "park",
        "hall",
        "center",
        "centre",
        "foundation",
        "fort",
        "lake",
        "mount",
        "port",
        "saint",
        "award",
        "prize",
        "trophy",
        "cup",
        "memorial",
    ]
)
# Bodies a plural possessive names as their members' ("Bankers' Associations", "Workers' Party", "Merchants' Exchange")
_PLURAL_HEADS = _OF_HEADS | frozenset({"Party", "Congress", "League", "Guild", "Alliance", "Club"})
# Bodies named by one word: after "and" they are a second body ("Bank of England and Treasury")
# The home nations and the islands' sides: a national team, not a club, before a position word
_HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland", "Republic of Ireland", "Great Britain"})
_LONE_BODIES = frozenset(
    {"Treasury", "Government", "Cabinet", "Pentagon", "Kremlin", "Parliament", "Congress", "Senate"}
)
# A run of capitalised words on one line, joined by single spaces and name/org particles.
# "al-Assad", "el-Sisi", "ad-Din": an Arabic article glued to the next name word stays in the run
_ARTICLE = r"(?:al|el|ad|ash|as|ar|at|az|ud|ul|an)-"
# "on" joins a name only right after a body head ("Council on Foreign Relations", "Committee on Climate
# Change"); anywhere else it is prose ("Reuters on Monday")
_ON_HEADS = ("Council", "Committee", "Commission", "Conference", "Institute", "Center", "Centre", "Forum")
_ON_AFTER_HEAD = "(?:" + "|".join(f"(?<={h} )" for h in _ON_HEADS) + ")on"


def _first_chars(alternation: str) -> str:
    """The first characters of a ``(?:a|b|...)`` alternation's words, as a character class's body."""
    words = alternation.removeprefix("(?:").removesuffix("-").removesuffix(")").split("|")
    return re.escape("".join(sorted({word[0] for word in words})))


# Each optional join is tried only before a character one of its words starts with (a lookahead): without it
# re tries the ~40 alternatives of the joins and articles after every capitalised word and a space (ents18)
_RUN = re.compile(
    rf"{_CAP}(?:[ ](?:(?=[{_first_chars(_CONNECT)}o])(?:(?:of|for)[ ]the[ ]|{_CONNECT}[ ]|{_ON_AFTER_HEAD}[ ]))?"
    rf"(?:(?=[{_first_chars(_ARTICLE)}]){_ARTICLE})?{_CAP})*"
)  # no lookbehind: it defeats re's skip-ahead
# A body's acronym between commas after its name, then a verb of saying (", ZCCM, said"): cited as a source
_COMMA_ACRONYM = re.compile(r",\s([A-Z]{3,6}),\s(?:said|says|told|reported|announced)\b")
_ACRONYM_DEF = re.compile(r"[ ]?\(([A-Z][A-Za-z0-9&\-]{1,9})\)")
_SYLLABLE_DEF = re.compile(r"[ ]?\(([A-Z][a-z][A-Za-z]{2,14})\)")  # "(Bapemperda)", "(Kogabwilhan)"
# An office of a body whose own acronym follows the body's name ("Kantor Perserikatan Bangsa Bangsa (PBB) untuk ...")
_OFFICE_HEADS = frozenset({"Kantor", "Office", "Sekretariat", "Secretariat"})
_UNIT_AFTER = re.compile(r" (I{1,3}|IV|VI{0,3}|IX|X{1,3})\b")  # "Kogabwilhan III", "Kodam IV"
_POSSESSIVE = ("'s", "’s", "'", "’")
_CLAUSE_VERBS = frozenset({"said", "says", "told", "added"})
_MAX_NAME = 4
_OPENING_REPORTS = ("Menurut ", "Kata ")  # Indonesian/Malay "according to", "said": ``_opening_report``
# words before a prose mention that make it a place, a thing or a list's partner of unknown kind, not a person's
# name (``_headline_echo``): locatives, place and thing nouns of Indonesian/Malay and English, list joins
_NOT_BEFORE_ECHO = frozenset(
    {"di", "ke", "dekat", "menuju", "lokasi", "warga", "desa", "kampung", "kawasan", "wilayah", "daerah", "kota"}
    | {"kabupaten", "kecamatan", "kelurahan", "dusun", "jalan", "gedung", "pasar", "pulau", "gunung", "sungai"}
    | {"tayangan", "acara", "program", "film", "serial", "lagu", "album", "aplikasi", "produk", "merek"}
    | {"in", "at", "near", "outside", "into", "on", "the", "of", "and", "or", "dan", "atau", "serta"}
)
# From this many orgs (or marked spans) a story's pairwise tests become joins on a key (a long story names
# thousands: orgs x orgs); below, the plain loops are cheaper. Both give the same answers (test_linear_core).
_JOIN_FROM = 24
# Words before a building's name ("at Carnegie Hall", "the Albert Hall", "in Lincoln Park"): a venue, no
# person, whatever the words around (``_Extractor.venue_surname``)
_VENUE_BEFORE = frozenset({"at", "the", "in", "inside", "outside", "near", "from", "to", "into", "of", "on"})
_JOINS_NAME = re.compile(r"[\w-]")  # a character that joins a word to the one before it
_WORD_CHAR = re.compile(r"\w")  # after a word's last letter: no word boundary (``\b``) there
# Month words that are also given names or surnames ("Theresa May", "April Ryan"): kept in a name
# unless a day number or year makes them a date.
_NAME_MONTHS = frozenset({"April", "May", "June", "August"})
_BEFORE_DATE = frozenset(
    {
        "in",
        "on",
        "since",
        "by",
        "until",
        "till",
        "from",
        "of",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "end",
        "through",
        "between",
        "and",
        "to",
        "during",
        "pada",
        "sejak",
        "hingga",
        "sampai",
        "bulan",
        "akhir",
        "awal",
    }
)
# Indonesian athletes by their sport ("Petarung Indonesia Bilal Hasan mendapatkan tiket ke UFC": a fighter)
_ID_ATHLETES: tuple[str, ...] = (
    "petarung",
    "pesepeda",
    "pelari",
    "pesenam",
    "pecatur",
    "pemanah",
    "pedayung",
    "karateka",
    "judoka",
    "taekwondoin",
)
_LOWER_TITLES = frozenset(
    [
        "chief",
        "head",
        "president",
        "chairman",
        "chairwoman",
        "governor",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "director",
        "leader",
        "analyst",
        "economist",
        "lawyer",
        "attorney",
        "ambassador",
        "envoy",
        "commissioner",
        "senator",
        "coach",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "founder",
        "center",
        "centre",
        "guard",
        "forward",
        "pitcher",
        "quarterback",
        "rookie",
        "teammate",
        "aide",  # "White House aide Fawn Hall", "Senate aide Daniel Murray"
        "presiden",
        "menteri",
        "ketua",
        "direktur",
        "gubernur",
        "bupati",
        "pelatih",
        "pemain",
        "kapten",
        "penyerang",
        "gelandang",
        "bek",
        "kiper",
        "petenis",
        "pebalap",
        "pengarah",
        "pengerusi",
        "dictator",
        "ruler",
        "strongman",
        "cleric",
        "commander",
        "warlord",
        "activist",
        "actor",
        "actress",
        "singer",
        "novelist",
        "screenwriter",
        "sutradara",
        "aktor",
        "aktris",
        "penyanyi",
        # Indonesian/Malay occupations before a name ("mobil pembalap Tian Ngantung", "komika Bintang Emon")
        "pembalap",
        "artis",
        "komika",
        "presenter",
        "pedangdut",
        "petinju",
        "pegolf",
        "perenang",
        "pesilat",
        "atlet",
        "politikus",
        "politisi",
        "pengusaha",
        "selebritas",
        "selebgram",
        "musisi",
        "pelawak",
        "wasit",
        "pendakwah",
        "penceramah",
        "pengacara",
        "advokat",
        "pakar",
        "aktivis",
        "budayawan",
        "sejarawan",
        "seniman",
        "lifter",
        *_ID_ATHLETES,
    ]
)
# the Indonesian/Malay words of ``_LOWER_TITLES``: their qualifiers follow them, so a name right before one is the
# person and the name after it qualifies the title ("Tian Ngantung pembalap Mc Joe": Mc Joe's racer) (ini17)
_ID_LOWER_TITLES = frozenset(
    {"presiden", "menteri", "ketua", "direktur", "gubernur", "bupati", "pelatih", "pemain", "kapten", "penyerang"}
    | {"gelandang", "bek", "kiper", "petenis", "pebalap", "pengarah", "pengerusi", "sutradara", "aktor", "aktris"}
    | {"penyanyi", "pembalap", "artis", "komika", "pedangdut", "petinju", "pegolf", "perenang", "pesilat", "atlet"}
    | {"politikus", "politisi", "pengusaha", "selebritas", "selebgram", "musisi", "pelawak", "wasit", "pendakwah"}
    | {"penceramah", "pengacara", "advokat", "pakar", "aktivis", "budayawan", "sejarawan", "seniman"}
    | set(_ID_ATHLETES)
)
# Indonesian/Malay nouns of a dead person before the name: "jenazah Sutrimo" (the body of), "almarhum Gus Dur" (ini17)
_ID_DECEASED = frozenset({"jenazah", "jasad", "mendiang", "almarhum", "almarhumah"})
# Indonesian occupation nouns that also head a sentence, capitalised, before a name (the lexicon's title heads
# hold "Artis", "Pembalap"; these were read lower case only): never a given name or a surname
_ID_OCCUPATIONS = (
    "pemain",
    "penyerang",
    "gelandang",
    "kiper",
    "atlet",
    "pegolf",
    "perenang",
    "pesilat",
    "petinju",
    *_ID_ATHLETES,
    "pengusaha",
    "penyanyi",
    "sutradara",
    "aktor",
    "selebritas",
    "wasit",
)
_ID_OCCUPATION_HEADS = frozenset(word.capitalize() for word in _ID_OCCUPATIONS)
# two-word titles, by their last word: "pebulu tangkis", "director general", "attorney general"
_LOWER_TITLES_2: dict[str, tuple[str, ...]] = {
    "tangkis": ("pebulu",),
    "hukum": ("kuasa", "pakar", "pengamat"),  # "kuasa hukum Sarwendah" (her lawyer), "pakar hukum Bivitri Susanti"
    "general": ("director", "secretary", "attorney", "inspector"),
    # "president and chief executive Rhys Eaton", "chief financial officer Jane Doe", "general counsel Mark Buckstein"
    "executive": ("chief",),
    "officer": ("executive", "financial", "operating", "investment", "technology", "information", "compliance"),
    "counsel": ("general",),
    # ppl15: "diplomat senior Dino Patti Djalal", "pengamat politik Ujang Komarudin", "pakar hukum tata negara"
    "senior": (
        *("diplomat", "ekonom", "jurnalis", "wartawan", "peneliti", "pengacara", "politikus", "politisi", "aktor"),
        *("aktris", "penyanyi", "pejabat", "official", "economist", "analyst", "adviser"),
    ),
    "politik": ("pengamat", "pakar", "analis"),
    "ekonomi": ("pengamat", "pakar", "analis"),
    "energi": ("pengamat", "pakar"),
    "pendidikan": ("pengamat", "pakar"),
    "militer": ("pengamat", "pakar"),
}
# ", the head of the ...", ", chairman of ...": a lower-case title in apposition after a name
# (also ", chief executive officer of ...", ", CEO of ...", ", a professor at ...", ", a Bundesbank economist")
_TITLE_NOUNS = (
    r"(?:head|chief|chairman|chairwoman|president|director|spokesman|spokeswoman|spokesperson|minister|secretary|"
    r"governor|leader|founder|CEO|chief executive(?: officer)?|executive|officer|professor|economist|analyst|"
    r"manager|official|partner|strategist|lawyer|attorney|coach|owner|editor|researcher|adviser|advisor|"
    r"ketua|kepala|direktur|menteri)"
)
_TITLE_AFTER = re.compile(
    r", (?:the |a |an )?(?:former |new |acting |senior |chief |deputy |vice |managing |general )?"
    rf"(?:(?:{_TITLE_NOUNS} and )?{_TITLE_NOUNS} (?:of|at|for|with|dari|di)\b"  # "chairman and president of"
    rf"|(?:[A-Z][\w.&'-]* ){{1,3}}{_TITLE_NOUNS}\b)"
)
# Last words of things a text abbreviates that are no body: "Global Navigation Satellite System (GNSS)",
# "Consumer Price Index (CPI)", "Value Added Tax (VAT)"
_THING_TAILS = frozenset(
    {"Index", "Product", "Tax", "Rate", "Scheme", "Project", "Standard", "Standards", "Method", "Syndrome"}
    | {"Disease", "Virus", "Satellite", "Vehicle", "Aircraft", "Missile", "Technology", "Zone", "Sistem", "Indeks"}
    | {"Receipt", "Receipts"}  # "American Depository Receipt (ADR)": a security, no body
    | {"Summit", "Day", "Week", "Festival", "Expo"}  # "Indonesia Net Zero Summit (INZS)": an event
)
# First words of Indonesian days and events ("Hari Anak Nasional (HAN)", "Pekan Olahraga Nasional (PON)"): an
# occasion, no body, whatever body word ends it
_EVENT_HEADS = frozenset({"Hari", "Pekan", "Festival", "Peringatan", "Perayaan"})
# a budget is no body either: "Anggaran Pendapatan dan Belanja Negara (APBN)", the state budget (org15)
_EVENT_HEADS |= frozenset({"Anggaran"})
# nor a vessel or its type: "Kapal Motor Penumpang (KMP)", a passenger motor ship (org16)
_EVENT_HEADS |= frozenset({"Kapal"})
# Last words of sites and projects a text abbreviates: "Java Integrated Industrial and Ports Estate (JIIPE)",
# "Maluku Integrated Logistic Hub (MILH)" are places or works, no body (a legal form or body word first says otherwise)
_SITE_TAILS = frozenset({"Estate", "Estates", "Hub", "Park", "Corridor", "Zone", "Project", "Projects"})
# Systems that are things; "Washington Public Power Supply System", "Federal Reserve System" are bodies.
# Weapon systems too: "Multiple Launch Rocket System (MLRS)", "Terminal High Altitude Area Defense System"
_SYSTEM_WORDS: tuple[str, ...] = ("Satellite", "Positioning", "Monetary", "Operating", "Payment", "Navigation")
_SYSTEM_WORDS += ("Weapons", "Weapon")
_SYSTEM_WORDS += ("Rocket", "Launch", "Missile", "Defense", "Defence", "Radar", "Artillery", "Guidance", "Warning")
_THING_SYSTEMS = (
    *(f"{word} System" for word in _SYSTEM_WORDS),
    *("Rocket Launcher", "Missile Launcher", "Air Defense", "Air Defence", "Area Defense", "Area Defence"),
)
_TITLE_AFTER_ACRONYM = (" Minister ", " Minister's ", " Ministers ", " Secretary ", " Menteri ")
# Short lower-case words a title-case headline keeps ("untuk", "soal"; "of", "the" are caught by length)
_TITLE_JOINS = frozenset({"untuk", "dari", "yang", "dengan", "atas", "soal", "demi", "jelang", "usai", "after", "with"})
_TITLE_JOINS |= frozenset({"from", "over", "into", "about", "amid"})
# Indonesian prepositions and conjunctions a title-case headline leaves in lower case ("Pilih Tak Larut dalam
# Sedih"): the people finder's test of a headline reads them as joins (the org finder's does not: a teaser such as
# "Pertamina New & Renewable Energy (Pertamina NRE) bersama ..." would read as a headline)
_HEADLINE_JOINS = _TITLE_JOINS | frozenset({"dalam", "tentang", "kepada", "terhadap", "bersama", "karena", "hingga"})
_HEADLINE_JOINS |= frozenset({"sejak", "antara", "setelah", "sebelum", "tanpa", "bagi", "pada", "melalui", "meski"})
# Heads of government bodies named by a list of portfolios: "Department for Business, Energy and
# Industrial Strategy", "Ministry of Agriculture, Fisheries and Food", "Kemenko Bidang Politik, Hukum, dan Keamanan"
_LISTED_HEADS = frozenset({"Department", "Ministry", "Office", "Secretariat", "Kementerian", "Kemenko", "Kementrian"})
_PORTFOLIO_LIST = re.compile(
    r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)*,? (?:and|dan|&) [A-Z][\w-]*(?: [A-Z][\w-]*){0,2}(?![\w-]| [A-Z])"
)
# Government titles whose words before them are a portfolio, not a body: "Saudi Arabian Oil Minister",
# "U.S. Energy Secretary" (the company Saudi Arabian Oil, the firm U.S. Energy are other things)
_TITLE_BODIES = frozenset({"Kabinet"})  # "Sekretaris Kabinet Teddy Indra Wijaya": the head ends a title
_PORTFOLIO_HEADS = frozenset({"Minister", "Ministers", "Secretary", "Menteri", "Minister's"})
# a market analyst's firm, two surnames joined by "and" after "of" ("Analyst Rosemarie Morbelli of Ingalls and
# Snyder", "Economist David Pike of Phillips and Drew", "economist at brokerage house Phillips and Drew"): a
# partnership with no legal form written ("and Co" is the partnership reader's)
_ANALYSTS_FIRM = re.compile(
    r"\b(?:[Aa]nalyst|[Ee]conomist|[Ss]trategist|[Cc]hartist)s?,? (?:(?:[A-Z][\w.'’-]* ){1,3}of|at|with) "
    r"(?:brokerage house |brokerage firm |stockbrokers? )?([A-Z][a-z]+ (?:and|&) (?!Co\b)[A-Z][a-z]+)(?![\w-]| [A-Z&(])"
)
# a law named by its words and "act"/"law" in lower case ("the Financial Administration act"); not a firm's trade
# ("Cravath law firm") nor a body's bill ("the House Ways and Means Committee bill": ``_LAW_MAKERS``)
_LAW_AFTER = re.compile(r"\s(?:act|law|bill|code|statute)\b(?!\s(?:firm|firms|school|office|offices|enforcement)\b)")
_LAW_MAKERS = frozenset({"Committee", "Subcommittee", "Senate", "House", "Congress", "Parliament", "Assembly"})
# what a firm's product is, written after its name ("Lotus Galaxy, software that", "Jeep Comanche models")
_PRODUCT_AFTER = re.compile(
    r"(?:, (?:a |an |the )?(?:new )?| )(?:software|drugs?|medicine|vaccine|computers?|chips?|models?|systems?"
    r"|service|devices?|programs?|network|database|satellites?|engines?|aircraft|jets?|cars?|trucks?)\b"
)
_MINISTER_BEFORE = ("Menteri ", "Menko ", "Minister ", "Minister of ")  # a portfolio's list follows a minister
# Officers whose title, then a body's words, then ", Name" names the body they lead ("Sekretaris Jenderal Arus
# Bawah Prabowo, Ary Nugroho"); not presidents or senators, whose words after are a country or a headline
# The places after "of" that belong to a firm's name made of everyday words ("Aluminum Co of America", "Public
# Service Co of New Mexico"); a town there is the firm's seat ("Peavey Co of Minneapolis")
_STATES = frozenset(
    {"America", "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware"}
    | {"Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana"}
    | {"Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana"}
    | {"Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina"}
    | {"North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina"}
    | {"South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State", "West Virginia"}
    | {"Wisconsin", "Wyoming", "Canada", "Australia", "Britain", "England", "Scotland", "Ireland", "Japan"}
)
# An officer's title in capitals before a firm ("CEO Oona Insurance"): the title, then the firm's name
_ACRONYM_OFFICERS = frozenset({"CEO", "CFO", "COO", "CTO", "Dirut", "Presdir"})
_OFFICERS = frozenset(
    {"Sekretaris", "Jenderal", "Sekjen", "Ketua", "Ketum", "Umum", "Direktur", "Dirut", "Kepala", "Koordinator"}
    | {"Bendahara", "Chairman", "Chairwoman", "Director", "Secretary-General", "Presdir", "Pengerusi"}
)
# Heads whose acronym right after names the body they lead: "Plt. Dirut MUF", "Ketua Umum PSSI", "Chairman IBM"
_HEADS_OF_ACRONYM = frozenset(
    {"Dirut", "Direktur", "Ketua", "Ketum", "Sekjen", "Kepala", "Chairman", "Chairwoman", "Director", "Presdir"}
)
# Capitalised name particles ("La Roche", "De Beers", "Van Dyke"): a name's first word, never a sentence opener
_PARTICLES = frozenset(
    {"la", "le", "de", "di", "da", "du", "del", "della", "van", "von", "der", "den", "dos", "al", "el", "st"}
)
# Titles of peers: "Lord Henley", "Baroness Thatcher" are how the text names them, the title is no honorific
_PEERAGE = frozenset({"Lord", "Lady", "Baroness"})
# Heads of regional bodies, whose next word is the region they serve ("Polda Riau", "Pemkot Kendari")
_SEAT_HEADS = frozenset({"Polda", "Polres", "Polsek", "Polrestabes", "Pemkab", "Pemkot", "Pemprov", "Kodam", "Pemda"})
# A person's team in parentheses in sports copy: "Jakob Fuglsang (Astana)", "Alejandro Valverde (Movistar)"
_PAREN_TEAM = re.compile(r"([A-Z][\w'’.&]*(?: [A-Z][\w'’.&]*){0,2})\)")
# Results and fixtures tables: "Desportivo Aves (0) 1 Moreirense (2) 2", "Moreirense v Benfica (1600/1600)"
_TEAM = r"[A-Z][\w'’.-]*(?: (?:de |da |do |del )?[A-Z][\w'’.-]*){0,2}"
_SCORE_HINT = re.compile(r"\(\d+\) \d")
_SCORE_ROW = re.compile(rf"^({_TEAM}) \(\d+\) \d+,? ({_TEAM}) \(\d+\) \d+[ ]*$", re.M)
# A results row without half-time scores ("Adanaspor 2 Kasimpasa 0"): a weaker shape, taken from three rows on
_BARE_ROW = re.compile(rf"^[ ]*({_TEAM}) \d{{1,2}} ({_TEAM}) \d{{1,2}}[ ]*$", re.M)
_BARE_ROWS = 3
_FIXTURE = re.compile(rf"(?<![\w'’.-])({_TEAM}) (?:v|vs\.?) ({_TEAM})(?= \(\d|[ ]*\n|$)")
# Trades a company's name joins with "and" before its legal form ("Thailand Smelting and Refining Co", "Goodyear
# Tire and Rubber Co", "Aetna Life and Casualty Co"): plain English words of commerce (hand list)
# A letter written three times running is a typo, never a name ("General Agreeeement on Tariffs and Trade")
_TRIPLED = re.compile(r"([a-z])\1\1")
_TRADES = frozenset(
    {"Refining", "Rubber", "Electric", "Electronics", "Casualty", "Telegraph", "Telephone", "Banking", "Trust"}
    | {"Gas", "Oil", "Light", "Power", "Loan", "Savings", "Trading", "Minerals", "Metals", "Chemicals", "Plastics"}
    | {"Steel", "Mining", "Manufacturing", "Development", "Investment", "Investments", "Insurance", "Finance"}
    | {"Shipping", "Engineering", "Construction", "Industries", "Services", "Technology", "Supply", "Exploration"}
    | {"Producing", "Drilling", "Processing", "Printing", "Publishing", "Broadcasting", "Packaging"}
    | {"Production", "Marketing", "Transport", "Transportation", "Navigation", "Smelting", "Gypsum", "Cement"}
    | {"Paper", "Pulp", "Lumber", "Timber", "Textile", "Textiles", "Foods", "Food", "Beverage", "Beverages"}
    | {"Shop", "Stores", "Water", "Fuel", "Coal", "Iron", "Aluminium", "Aluminum", "Copper", "Tin", "Glass"}
    | {"Land", "Realty", "Properties", "Securities", "Commodities", "Annuity", "Surety", "Accident", "Health"}
)
# A legal form after a comma: "Spire Global, Inc."
_LEGAL_AFTER_COMMA = (
    ", Inc",
    ", Ltd",
    ", LLC",
    ", Corp",
    ", PLC",
    ", Plc",
    ", Limited",
    ", GmbH",
    ", AG",
    ", S.A",
    ", N.V",
)
_COMMA_BEFORE_LEGAL = re.compile(r", (?=(?:Inc|Ltd|LLC|Corp|PLC|Plc|Limited|GmbH|AG|S\.A|N\.V)\b)")
_COMMA_LEGAL = re.compile(r", (?:Inc|Ltd|LLC|Corp|PLC|Plc|Limited|GmbH|AG|S\.A|N\.V)\b\.?")
_NUMBER_WORDS = frozenset(
    {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "First"}
)
# What a story says of an organisation and never of a person: "shares of X", "X said its", "X Corp's
# unit", "X, the Dallas-based company" (tried at each mention of a candidate person).
_ORG_BEFORE = re.compile(
    r"\b(?:(?:shares|stake|units?|subsidiary|division|acquisition|takeover|stockholders|shareholders|saham)"
    r" (?:of|in) (?:the )?|(?:firm|company|lender|insurer|carrier|airline|broadcaster|carmaker|automaker|"
    r"brokerage|conglomerate|regulator|perusahaan|emiten|maskapai) "
    # "senior forecaster for Accu Weather", "an economist at Smith Barney": the employer of a role
    r"|(?:forecaster|meteorologist|economist|analyst|strategist|researcher|scientist|engineer|executive|"
    r"trader|dealer|professor) (?:for|at|with) (?:the )?)$",
    re.I,
)
_ORG_AFTER = re.compile(
    r"(?:'s|’s)? (?:shares|stock|shareholders|stockholders|unit|subsidiary|division|common stock|share price)\b"
    r"| said its\b"
    r"| \([A-Z]{2,6}:[A-Z]{1,5}(?:\.[A-Z]{1,2})?\)"  # "Acme Widgets (XTSE:AWG)": an exchange ticker
    r"|, (?:a|an|the) [^,.;\n]{0,40}?(?:company|firm|corporation|maker|manufacturer|retailer|carrier|airline|"
    r"insurer|utility|conglomerate|subsidiary|brokerage|concern|chain|club|team)"
    r"(?=[,.;)]| (?:that|which|with|in|of|based|and|said|whose|has|is|was)\b)"
)
# What a story says of a listed company and never of a person, even one named like a person ("Building products
# maker James Hardie has lifted its profits"): the clause's own "its" a few verb words on (not "as its chairman",
# "president of its", "resigned from its board": the "its" of another body), a share-price move, an exchange ticker,
# a filing to the exchange ("told the ASX")
_COMPANY_AFTER = re.compile(
    r"(?:'s|’s)? (?:has|have|had|will|would|is|was|were|can|could|may|might|should|also|said|says"
    r"|(?!(?:as|us|this|thus|plus|its|his|hers|ours|yours|less|unless|across|towards|news|sales|shares)\b)[a-z]+(?:ed|s))"
    r"(?: (?!(?:as|of|from|over|to|for|with|within|on|at|by|under|into|about|after|before|and|or|but|that|who|"
    r"which|when|while|if|it|he|she|his|her|him|they|their)\b)[a-z]+){0,2} its\b"
    r"|(?:'s|’s)? (?:shares? )?(?:rose|fell|gained|lost|added|shed|slipped|slid|jumped|climbed|dropped|eased|"
    r"firmed|(?:was|were) (?:up|down|off)) (?:\d[\d.,]*|one|two|three|four|five) ?(?:cents?|c|per ?cent|pct)\b"
    r"| \((?:ASX|NZX|SGX|NYSE|Nasdaq|NASDAQ|LSE|TSX|HKEX|IDX|JSE)(?::| ?code:?) ?[A-Z0-9]{1,5}(?:\.[A-Z]{1,2})?\)"
    r"|(?: (?:said|says))? (?:in a (?:statement|filing|release) to|told) the "
    r"(?:ASX|NZX|SGX|stock exchange|exchange|bourse)\b"
)
# A subject that says "it" of itself, then "its" of the same clause ("Medibank Private says it is successfully
# using its position"): a body speaking of itself; only for a name that opens with no given name
_SAYS_IT_ITS = re.compile(r" (?:says|said) it (?:is|was|has|had|will|would)(?: [a-z]+){0,2} its\b")
# Words one of which a text must hold for ``_COMPANY_AFTER`` to match anywhere in it (a cheap test per article)
_COMPANY_CUES: tuple[str, ...] = (" its", "cent", "pct", "ASX", "NZX", "SGX", "xchange", "bourse", "NYSE", "Nasdaq")
_COMPANY_CUES += ("NASDAQ", "LSE", "TSX", "HKEX", "IDX", "JSE")
_COMPANY_GATE = textscan.Gate(_COMPANY_CUES)
# Words after which a name is no clause's subject (a preposition's object, a possessed thing)
_NOT_SUBJECT_BEFORE = frozenset(
    {"of", "for", "in", "on", "at", "by", "with", "from", "to", "into", "over", "under", "its", "his", "her", "their"}
    | {"our", "your", "against", "about", "between", "within"}
)
# Titles after a company's short name and before its officer's name ("Telstra boss Andy Penn")
_BOSS_WORDS = (" boss ", " chairman ", " chairwoman ", " CEO ", " founder ", " co-founder ", " chief executive ")
# An appositive that says what a body is ("Euratom, the European atomic energy agency,"): a few describing
# words (no "of", "at", "with": "Smith, a member of the group" is a person) and a body noun
_APPOSED_ORG = re.compile(
    r", (?:the|a|an) (?:(?!(?:of|at|for|in|to|with|and|who|whose)\b)[\w'’-]+ ){0,4}?"
    r"(?:agency|body|organi[sz]ation|group|bank|regulator|union|association|institute|council|authority|"
    r"commission|watchdog|newspaper|magazine|daily|weekly|monthly|publication|broadcaster|exchange|committee|"
    r"federation|company|firm|corporation|manufacturer|retailer|airline|insurer|conglomerate|brokerage|"
    r"lembaga|badan|perusahaan)(?=[,.;)]| (?:that|which|based|whose)\b)"  # not ", the agency said": a reporting clause
)
# Indonesian/Malay "X sebagai calon tunggal Gubernur", "X sebagai Duta Wisata": a name given a post
_AS_TITLE = re.compile(
    r" sebagai (?:[Cc]alon |[Ww]akil |[Pp]elaksana |[Aa]nggota )?(?:[Kk]etua|[Dd]uta|[Mm]enteri|[Gg]ubernur|"
    r"[Bb]upati|[Ww]ali [Kk]ota|[Dd]irektur|[Kk]epala|[Tt]ersangka|[Ss]aksi|[Pp]residen|[Pp]elatih|[Kk]apten|tunggal)\b"
)
# A known all-capitals brand, then short capital codes ("IBM PC"): in English copy a product, not a unit
_PRODUCT_CODE = re.compile(r"[A-Z]{2,5}(?: [A-Z0-9]{1,4})+")
# Common nouns a German (and a few es/fr) name finder glues before an organisation ("dem Unternehmen Beijing
# Sinogene Biotechnology", "der Zeitung China Daily"): what the body is, not a word of its name
_ROLE_NOUNS = frozenset(
    {"Unternehmen", "Firma", "Konzern", "Zeitung", "Tageszeitung", "Wochenzeitung", "Zeitschrift", "Magazin"}
    | {"Nachrichtenmagazin", "Sender", "Fernsehsender", "Radiosender", "Agentur", "Nachrichtenagentur", "Hersteller"}
    | {"Autobauer", "Autohersteller", "Verlag", "Onlinedienst", "Portal", "Branchendienst", "Fachmagazin"}
    | {"Fluggesellschaft", "Fluglinie", "Modekette", "Handelskette", "Biotech-Firma", "Periódico", "Quotidien"}
)
# Sentence-initial words before "of" and an org: "Shares of Polaroid Corp rose"
_SHARE_WORDS = frozenset({"Shares", "Stock", "Stocks", "Units", "Bonds", "Stake", "Sales", "Profits", "Earnings"})
# A picture credit opens with these: "Photo Samantha Zucchi /Insidefoto/Sipa USA)"
_CREDIT_WORDS = frozenset({"Photo", "Photos", "Foto", "Photograph", "Picture", "Pictures"})
# Credit ratings written right before the rated firm's name ("raised to BBB-plus from BBB Public Service Co of
# Indiana's first mortgage bonds"): the grade is no word of the name (org17)
_RATINGS = frozenset(
    grade + mod
    for grade in ("AAA", "AA", "BBB", "BB", "CCC", "CC", "Aaa", "Aa", "Baa", "Ba", "Caa")
    for mod in ("", "+", "-", "-plus", "-minus", "1", "2", "3")
) | frozenset({"A1", "A2", "A3", "B1", "B2", "B3", "A-plus", "A-minus", "B-plus", "B-minus"})
# All-capitals words that name no organisation (units, currencies, time zones, job titles, diseases)
_NOT_ORG_ACRONYMS = frozenset(
    {
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "CIO",
        "GDP",
        "GNP",
        "IPO",
        "CPI",
        "PPI",
        "VAT",
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "IDR",
        "MYR",
        "SGD",
        "CNY",
        "GMT",
        "UTC",
        "EST",
        "EDT",
        "PST",
        "PDT",
        "CET",
        "WIB",
        "WITA",
        "AIDS",
        "HIV",
        "DNA",
        "RNA",
        "COVID",
        "SARS",
        "MERS",
        "LNG",
        "LPG",
        "SUV",
        "ATM",
        "VIP",
        "MVP",
        "PCT",
        "MLN",
        "BLN",
        "DLRS",
        "NET",
        "SHR",
        "QTR",
        "NOTE",
        "THE",
        "AND",
        "FOR",
        "NEW",
        "USA",
        "UAE",
        "PIN",
        "SMS",
        "API",
        "APP",
        "URL",
        "PDF",
        "BPD",
        "OTC",
        "ETF",
        "CDS",
        "EPS",
        "TBA",
        "TBD",
        "FYI",
        "ASAP",
        "AKA",
    }
    # interbank and overnight reference rates: "40 basis points over three-month LIBOR" is a rate, not a body
    | {"LIBOR", "SIBOR", "HIBOR", "PIBOR", "TIBOR", "EURIBOR", "JIBOR", "SOFR", "SONIA", "EONIA"}
)
# A results row's name with a won-lost record: "Kansas City (Lopez 1-7) at Baltimore (Means 8-8)"
_AGATE_RECORD = re.compile(r"\(([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?) \d{1,2}-\d{1,2}\)")
_GLUED_LEGAL = ("Corp", "Bancorp", "Inc", "Bancshares")
# ``_split_run``'s ``keep`` for English copy: "Yang" (an Indonesian stop word) does not cut the run
_NO_BREAK = -2
# A company name in Reuters' angle brackets
_MARKED = re.compile(r"<([A-Z][^<>\n]{1,80})>")
# A partnership's name: partners' names joined by commas, then "and Co" or "and <partner> Inc" ("Goldman, Sachs
# and Co", "Kidder, Peabody and Co Inc", "Merrill Lynch, Pierce, Fenner and Smith Inc"): one firm, not a list
_PARTNER = r"[A-Z][a-zA-Z'-]+(?: [A-Z][a-zA-Z'-]+){0,2}"
_FIRM_END = r"(?:Inc|Ltd|LLC|PLC|Corp)\b"
_PARTNERSHIP = re.compile(
    rf"(?<![\w&])({_PARTNER}(?:, {_PARTNER}){{1,4}},? (?:and|&) "
    rf"(?:Co\b(?:\.?(?= {_FIRM_END}))?(?: {_FIRM_END})?|[A-Z][a-zA-Z'-]+ {_FIRM_END}))"
)
_PARTNER_SPLIT = re.compile(r",? (?:and|&) |, ")
# Finance copy names its underwriters by their part in the deal: "lead manager Swiss Volksbank said", "lead-managers
# Credit Lyonnais and Banque Francaise de Credit Cooperatif said", "Commerzbank AG is the other lead manager",
# "underwritten by Swiss Volksbank": each name there is a firm, whatever its words (French particles included)
_FIN_TOK = r"(?:[A-Z]\.(?:[A-Z]\.)+|(?:[dl]['’])?[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*)(?: \([A-Z][a-z]+\)(?= [A-Z]))?"
_FIN_JOIN = r"(?:(?:de|du|des|la|le|et|a|of|for|and|&|di|del|della|van|von|der|für)[ ])"
_FIN_NAME = rf"{_FIN_TOK}(?: {_FIN_JOIN}*{_FIN_TOK}){{0,9}}"
_FIN_LIST = rf"{_FIN_NAME}(?:, {_FIN_NAME})*"
_FIN_BEFORE = re.compile(
    rf"\b(?:(?:[Jj]oint|[Cc]o)[- ])?[Ll]ead[- ]manag(?:ers?(?: (?:is|are|was|were|will be))?|ed by)"
    rf"(?: (?:the|by))? ({_FIN_LIST})"
    rf"|\b(?:underwritten|co-led|co-managed) by ({_FIN_LIST})"
)
_FIN_AFTER = re.compile(
    r" (?:is|are|was|were|will be|said as|,? the)(?: the)?(?: (?:other|joint|sole|co))?[- ]lead[- ]manager"
    r"| as (?:(?:joint|sole|co)[- ])?lead[- ]manager| as co-?managers?\b| will (?:co-)?lead[- ]manage\b"
    r"| (?:co-managed|co-led|(?:co-)?lead-managed|(?:co-)?underwrote) (?:the|this|an?) (?:[\w-]+ )?"
    r"(?:deal|issue|offering|placement|loan|financing|notes|bonds?|debentures|eurobond|syndicate)\b"
)  # "Merrill Lynch Capital Markets co-managed the deal": a firm's part in the deal, after its name
_BARE_PARTNERSHIP = re.compile(r"[A-Z][a-z]+(?:, [A-Z][a-z]+)+ (?:and|&) [A-Z][a-z]+")
_FIN_BACK = re.compile(rf"(?<![\w'’&.-])({_FIN_LIST})$")
_FIN_CUES = ("lead manag", "Lead manag", "lead-manag", "Lead-manag", "written by", "co-led", "co-manag", "underwrote")
_FIN_GATE = textscan.Gate(_FIN_CUES)
_FIN_FIRM_TAILS = frozenset({"Co", "Company", "Sons", "Partners", "Cie"})
# What stands right after the "and"/"&" of every _PARTNERSHIP match: the gate before its finditer
_PARTNERSHIP_TAIL = re.compile(rf"Co\b|[A-Z][a-zA-Z'-]+ {_FIRM_END}")
# A lone word after these is a place, not a person, even before "said" ("ranches near Highmore, said")
_LOCATIVE = (" in ", " near ", " at ", " outside ", " di ", " dekat ")
_FACILITY_HEADS = frozenset({"Center", "Centre", "Institute", "Hospital", "School", "College", "Academy", "Agency"})
_PLACE_AFTER = re.compile(r" ([A-Z][\w-]*(?: [A-Z][\w-]*)?)")  # "Pemerintah Kota (Pemkot) Bandung"
_FIRM_BEFORE = re.compile(r"(?<![\w.,])(?:[A-Z][\w&'-]* )*[A-Z][\w&'-]*, $")
_AGE_AFTER = re.compile(r", (?:a |an )?\d{1,3}(?:, |-year-old\b)")  # "Mariela Steinberg, 38,", ", a 30-year-old"
# two surnames and "and" opening a run, after no capitalised word: "..., Donaldson Lufkin and " (``_partners_firm``)
# the trades a partners' firm names after its partners' surnames ("Nippon Kokan, and Azuma Steel" are two firms)
_PARTNER_TRADES = frozenset({"Securities", "Associates", "Partners", "Co", "Company", "Inc"})
_PARTNERS_BEFORE = re.compile(r"(?<![\w&'-])([A-Z][a-z][\w'-]*),?\s([A-Z][a-z][\w'-]*),?\sand\s$")
_YEAR_BEFORE = re.compile(r"(?<![\w.,])[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)* (?:19|20)\d\d $")
# between the capitalised words an acronym spells: a comma, a list join, a particle ("Institute of ...", "for"),
# a French article or elision ("Caisse d'Aide a l'Equipement des Collectivites Locales" (CAECL))
_LIST_GAP = re.compile(r",? (?:(?:dan|and|serta|&|of|for|de|du|des|de la|a|à|et) )?(?:[dl]['’])?")
# News agencies (``copy.agencies``, the one list of their spellings): an organisation of the story only where the
# prose names it ("a Reuters analyst"), not in a credit, dateline or sign-off ("SEOUL, Nov 26 AFP - ", "(EFE)",
# "AFP sn", "Agencia EFE", "ANTARA FOTO/Didik Suhartono/tom").
_CREDIT_AFTER = re.compile(r"[ ]?(?:\)\.?[ ]?[-–—]|=|[-–—]|[a-z]{1,3}(?:/[a-z]{1,3})?[ ]*(?:\n|$))|/[A-Z]")
# Last words of treaties, laws and programmes: the run names no organisation or person
# ("ASEAN Petroleum Security Agreement", "Conservation Reserve Program").
_NOT_ORG_TAILS = TREATY_TAILS | PROGRAMME_TAILS  # (shared with places: ``treaties``)
# Lower-case nouns that put an organisation's name right after them ("state food firm Agrinas Pangan
# Nusantara", "the research body Barb", "perusahaan X") and media words after a name ("Bild newspaper").
_ORG_NOUNS = tuple(
    f" {noun}"
    for noun in re.findall(
        r"\S+",
        "firm company group body agency lender insurer carrier airline broadcaster newspaper retailer carmaker"
        " automaker manufacturer developer operator brokerage conglomerate regulator watchdog network studio"
        " startup start-up club fund union perusahaan emiten maskapai klub lembaga monthly weekly newsletter newsagency"
        " journal magazine bulletin daily",
    )
)
# Of those, the nouns of a paper: its masthead may be a place's name ("the newspaper Granma", a Cuban province)
# ("three daily Atlanta flights": "daily" is no such noun for a place)
_PAPER_NOUNS = (" newspaper", " weekly", " monthly", " journal", " magazine", " newsletter", " bulletin")
_MEDIA_WORDS = (" television", " TV", " newspaper", " daily", " radio", " magazine", " broadcaster", " news agency")
# "NFC-leading Saints", "Dallas-based", "Texas-born": a descriptor compound is no name word ("Ji-san" is)
_DESCRIPTOR_TAILS = frozenset(
    {"leading", "based", "born", "owned", "backed", "run", "led", "made", "bound", "listed", "controlled", "style"}
)
_POSITIONS = frozenset({"G", "F", "C", "PG", "SG", "SF", "PF", "QB", "RB", "WR", "TE", "LB", "CB", "DB", "SS", "LF"})
_CREDIT_LINE = re.compile(r"\bcontributed (?:to this report|reporting)|Reporting by|[Ee]diting by")
_SEP_ENDS = (", ", " and ", " dan ", " or ", " atau ", " serta ", ") ")
_LIST_SEP = re.compile(r"(?:[ ]\([^()\n]{0,24}\))?(?:,?[ ](?:and|dan|serta|or|atau)[ ]|,[ ])")


class PlaceLookup(Protocol):
    """What the places resource offers this module."""

    def is_place(self, name: str) -> bool: ...


@dataclass(frozen=True, slots=True)
class EntityResources:
    """Lexicon sets and the regexes built from them, loaded once per process."""

    title_heads: frozenset[str]
    role_words: frozenset[str]
    honorifics: dict[str, tuple[tuple[str, ...], ...]]  # first token -> token sequences, longest first
    breakers: frozenset[str]  # stop words, days, months: never inside a name
    non_name: frozenset[str]  # place/event/demonym words: never in a person's name
    org_initial: frozenset[str]
    org_final: frozenset[str]
    org_strong: frozenset[str]  # heads that only ever start a name ("PT", "Kementerian")
    org_known: frozenset[str]
    org_aliases: dict[str, str]
    places: frozenset[str]
    countries: frozenset[str]  # country names only: a nationality in parentheses, not a team
    org_words: frozenset[str]  # one-word org names: org_known | org_aliases
    not_mention: frozenset[str]  # one-word pieces that are never a short mention of a person
    not_in_name: frozenset[str]  # words that never stand in a person's name (heads, org words, stop words)
    verb_after: re.Pattern[str]  # "<run> said", "<run> pada Senin mengatakan"
    verb_before: re.Pattern[str]  # "kata <run>", "according to <run>"
    verb_before_ends: tuple[str, ...]  # last words of those verbs: a cheap test before the regex
    org_surnames: frozenset[str] = frozenset()  # "Ford": an org only when no person in the story has the name
    team_tails: frozenset[str] = frozenset()  # nicknames that end a team's name ("Chicago White Sox")
    city_teams: frozenset[str] = frozenset()  # nicknames that are common words: a team only after a city
    given_names: frozenset[str] = frozenset()  # "Pete", "Siti": lets two unanchored names in a list confirm each other
    # known names that split_run would cut (an "and", a possessive): first token -> token sequences
    org_multi: dict[str, tuple[tuple[str, ...], ...]] = dataclasses.field(default_factory=dict)
    # everyday words by story language ("en", "id"; lower case): a sentence-initial lone word confirms no name
    common_words: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # words of the lexicon's body names, portfolios and place words ("Pusat", "Statistik", "Keuangan", "Laut"): in a
    # title-case headline, where every word is capitalised, they carry a body's name on; a verb does not
    name_words: frozenset[str] = frozenset()
    known_names: frozenset[str] = frozenset()  # whole body names the lexicon knows ("Badan Pusat Statistik")
    fi_bodies: frozenset[str] = frozenset()  # well-known Finnish bodies and firms (``orgs_fi``), base forms


def _lexicon() -> dict[str, Any]:
    data = ilr.files("streams").joinpath("data/entity_lexicon.json").read_text(encoding="utf-8")
    return json.loads(data)


def _data(name: str) -> dict[str, Any]:
    return json.loads(ilr.files("streams").joinpath(f"data/{name}").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _common_words() -> dict[str, frozenset[str]]:
    """Everyday words per story language (``common_words.json``; Malay stories use the id/ms list), read once;
    the enrichers take them from ``EntityResources.common_words``."""
    data = _data("common_words.json")
    words = {lang: frozenset(data[lang]) for lang in ("en", "id")}
    words["ms"] = words["id"]
    return words


def _org_names(lex: dict[str, Any]) -> dict[str, list[str]]:
    """Fold ``org_names.json`` into the lexicon: known names join ``org_known``, company-name tails
    join ``org_final``; returns the file for the sets that have no lexicon twin."""
    names: dict[str, list[str]] = _data("org_names.json")
    known = [
        *lex["org_known"],
        *names["companies"],
        *names["bodies"],
        *names["team_nicknames_alone"],
        *names.get("publications", []),
    ]
    lex["org_known"] = list(dict.fromkeys(known))
    lex["org_final"] = list(dict.fromkeys([*lex["org_final"], *names["org_tails"]]))
    return names


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _by_first(phrases: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        toks = tuple(phrase.split())
        out.setdefault(toks[0], []).append(toks)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def load() -> EntityResources:
    """Read the lexicon and build the sets and regexes (once per process)."""
    lex = _lexicon()
    names = _org_names(lex)
    days, months = lex["days"], lex["months"]
    places = set(lex["country_exonyms"]) | set(lex.get("region_short", ()))
    countries = set(lex.get("country_names", ()))
    try:  # ISO country names complete the hand list; pycountry is a project dependency
        import pycountry

        for country in pycountry.countries:
            places.add(country.name)
            places.update(getattr(country, attr) for attr in ("common_name", "official_name") if hasattr(country, attr))
            countries.add(country.name)
            countries.update(getattr(country, a) for a in ("common_name", "official_name") if hasattr(country, a))
    except ImportError:  # pragma: no cover - the hand list still covers wire exonyms
        pass
    verbs_after = _alternation(lex["reporting_after"])
    day_alt = _alternation(days)
    # an Indonesian occupation noun opening a sentence is a title too ("Penyerang Ezra Walian mencetak ...")
    title_heads = frozenset(lex["title_heads"]) | _ID_OCCUPATION_HEADS
    return EntityResources(
        title_heads=title_heads,
        role_words=frozenset(lex["role_words"]),
        honorifics=_by_first(lex["honorifics"]),
        breakers=frozenset(lex["stop_caps"]) | frozenset(days) | frozenset(months),
        non_name=frozenset(lex["non_name"]) | frozenset(lex["role_words"]),
        org_initial=frozenset(lex["org_initial"]),
        org_final=frozenset(lex["org_final"]),
        org_strong=frozenset(lex["org_initial"]) - frozenset(lex["org_final"]),
        org_known=frozenset(lex["org_known"]),
        org_aliases=dict(lex["org_aliases"]),
        places=frozenset(places),
        countries=frozenset(countries),
        org_words=frozenset(lex["org_known"]) | frozenset(lex["org_aliases"]),
        not_in_name=title_heads
        | frozenset(lex["org_final"])
        | frozenset(lex["org_initial"])
        | frozenset(lex["org_known"])
        | frozenset(lex["stop_caps"])
        | frozenset(days)
        | frozenset(months)
        | frozenset(lex["non_name"])
        | frozenset(lex["role_words"]),
        not_mention=title_heads
        | frozenset(lex["non_name"])
        | frozenset(lex["role_words"])
        | frozenset(lex["org_final"])
        | frozenset(places),
        verb_after=re.compile(
            rf"[ ]?,?[ ](?:(?:pada|on|hari)[ ](?:{day_alt})[ ])?"
            rf"(?:(?:juga|also|then|kemudian)[ ])?(?:{verbs_after})\b"
        ),
        verb_before=re.compile(rf"\b({_alternation(lex['reporting_before'])})[ ,:]*$"),
        verb_before_ends=tuple({verb.split()[-1] for verb in lex["reporting_before"]}),
        org_surnames=frozenset(names["surname_brands"]),
        team_tails=frozenset(names["team_nicknames"]),
        city_teams=frozenset(names["team_nicknames_after_city"]),
        given_names=frozenset(_data("given_names_en_id_ms.json")["given_names"])
        | frozenset(_data("given_names_world.json")["given_names"]),  # ppl15: world news' given names
        common_words=_common_words(),
        org_multi=_by_first(
            [
                form
                for name in lex["org_known"]
                if " and " in name or "'" in name or " & " in name
                for form in (name, name.replace("'", "’"))
            ]
        ),
        name_words=frozenset(
            word
            for name in (*lex["org_known"], *lex["org_aliases"].values())
            for word in name.split()
            if word not in _JOINS
        )
        | frozenset(lex["role_words"])
        | frozenset(lex["non_name"])
        | frozenset(lex["org_initial"])
        | frozenset(lex["org_final"]),
        known_names=frozenset(lex["org_known"]) | frozenset(lex["org_aliases"].values()),
        fi_bodies=frozenset(names.get("fi_bodies", ())),
    )


@dataclass(slots=True)
class _Person:
    name: str
    tokens: tuple[str, ...]
    roles: list[str]
    mentions: int = 1
    strong: bool = False  # named with a title or honorific: a common-word test does not apply


@dataclass(slots=True)
class _Org:
    name: str
    literal: str | None = None


@dataclass(slots=True)
class _Extraction:
    """Working state for one article."""

    people: dict[str, _Person]
    weak: dict[str, tuple[str, ...]]  # unanchored multi-word pieces -> lower-case tokens: names if confirmed
    weak_count: dict[str, int]
    singles: list[tuple[str, int, int]]  # one-token mentions and their spans
    orgs: dict[str, _Org]
    acronyms: dict[str, str]  # acronym defined in the text -> org key
    weak_orgs: set[str] = dataclasses.field(default_factory=set)  # weak names the text calls an org at a mention
    teams: set[str] = dataclasses.field(
        default_factory=set
    )  # teams the text types ("Fuglsang (Astana)"): kept if places
    mastheads: set[str] = dataclasses.field(default_factory=set)  # "the newspaper Granma": kept if places
    named: set[str] | None = None  # lone words written as names (``_named_singles``), built when first asked
    companies: set[str] = dataclasses.field(default_factory=set)  # weak names a company cue follows (``_company_at``)
    # where each name a title, verb or honorific anchored ends: "aktris Diablo Cody dan Cressida Wilson" pairs the
    # name after "dan"/"and" with it (``_pair_partner``)
    anchored_ends: set[int] = dataclasses.field(default_factory=set)


@dataclass(slots=True)
class _Memo:
    """Context-free answers about runs and token sequences, kept across articles: wire copy names
    the same people, places and bodies again and again, and each answer costs several set lookups.

    The answers depend on the lexicons and on the place lookup, so there is one memo per
    (resources, lookup) pair; each table is emptied when it reaches ``_MEMO_SIZE`` entries.
    """

    split: dict[str, tuple[tuple[str, ...], ...]]
    name_like: dict[tuple[tuple[str, ...], bool], bool]
    role_split: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]] | None]
    place: dict[str, bool]  # the place lookup's answer: its own memo is keyed by (name, language)
    plan: dict[tuple[str, ...], _Plan]  # chunk()'s context-free verdict on a piece
    # finish()'s per-org answers, each a function of the org's name alone (and of the lexicons and lookup):
    stems: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)  # org_stems() of one name
    short: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)  # _short_forms() keys of one name
    cut: dict[tuple[str, str], bool] = dataclasses.field(default_factory=dict)  # _cut_of(part, name)


class _Plan(NamedTuple):
    """What chunk() does with a piece, worked out once per distinct piece (``_Extractor.plan``).

    ``kind``: ROLE (``orgs`` in the role phrase, the person ``name`` or None, the ``role`` text), ORG
    (``org``), HON_ONE (an honorific and the one-token ``name``), MENTION (``mention``: a possible short
    mention), NOTHING, or NAME (``name`` tokens, ``honorific``; ``full`` before leading places were
    stripped, ``key`` and ``lowered`` for the weak-name tables): the anchoring and weak-name tests that
    need the text run per article.
    """

    kind: str
    name: tuple[str, ...] | None = None
    orgs: tuple[str, ...] = ()
    role: str = ""
    org: str = ""
    mention: str = ""
    honorific: bool = False
    full: str = ""
    key: str = ""
    lowered: tuple[str, ...] = ()
    literal: str = ""  # ORG: the abbreviation written right after the name ("Saudi Press Agency SPA")


_ROLE, _ORG, _HON_ONE, _MENTION, _NOTHING, _NAME = "role", "org", "hon_one", "mention", "nothing", "name"
_NOTHING_PLAN = _Plan(_NOTHING)

_MEMO_SIZE = 100_000
# (id(resources), id(lookup)) -> (resources, lookup, memo); the objects are held so their ids stay unique
_MEMOS: dict[tuple[int, int], tuple[EntityResources, PlaceLookup | None, _Memo]] = {}


def _memo_for(res: EntityResources, lookup: PlaceLookup | None) -> _Memo:
    entry = _MEMOS.get((id(res), id(lookup)))
    if entry is None:
        # tests build resources and fake lookups; a worker has one pair
        entry = remember(_MEMOS, (id(res), id(lookup)), (res, lookup, _Memo({}, {}, {}, {}, {})), 8)
    return entry[2]


class _Extractor:
    """One article's extraction; a class only to share the resources and state between the steps."""

    def __init__(self, res: EntityResources, places: PlaceLookup | None, english: bool = False, lang: str = "") -> None:
        self.res = res
        self.lookup = places
        self.english = english  # English copy: Indonesian function words inside a run are name parts
        self.common = res.common_words.get(lang, frozenset())  # the story language's everyday words
        self.memo = _memo_for(res, places)
        self.st = _Extraction({}, {}, {}, [], {}, {})
        self.headline: str | None = None  # the story's first line, for ``_headline_name``
        self.cues: bool | None = None  # does the story hold a word ``_COMPANY_AFTER`` needs (``_company_cues``)
        self.title_lines: dict[int, bool] = {}  # line start -> is it a title-case line (``_on_title_line``)
        self.text = ""  # the scanned story (``_partner_join`` reads its other mentions of a partner)

    # -- word classes -------------------------------------------------------------------------
    def is_place(self, name: str) -> bool:
        answer = self.memo.place.get(name)
        if answer is None:
            answer = name in self.res.places or (self.lookup is not None and self.lookup.is_place(name))
            if not answer and self.lookup is not None and ("ue" in name or "oe" in name or "ae" in name):
                # "Baden-Wuerttemberg", "Duesseldorf": German umlauts written out in English copy
                spelled = name.replace("ue", "ü").replace("oe", "ö").replace("ae", "ä")
                answer = self.lookup.is_place(spelled)
            remember(self.memo.place, name, answer, _MEMO_SIZE)
        return answer

    def is_head(self, tok: str) -> bool:
        heads = self.res.title_heads
        return tok in heads or ("-" in tok and any(part in heads for part in tok.split("-")))

    def _role_token(self, tok: str) -> bool:
        res = self.res
        return (
            tok in res.role_words
            or self.is_head(tok)
            or tok in res.org_known
            or (len(tok) >= 2 and tok.isupper() and not self._name_initials(tok))
            or tok in res.places
            or tok in res.org_aliases
        )

    def _name_initials(self, tok: str) -> bool:
        """Dotted initials after a title open the name ("Commerce Minister M.A. Munim"), unless they spell a
        place or a body ("U.S.", "U.N.", "E.C.") (ini17)."""
        bare = tok.replace(".", "")
        return people_shape.name_initials(tok) and not (self.is_place(bare) or bare in self.res.org_aliases)

    def name_like(self, toks: Sequence[str], strict: bool = False) -> bool:
        """Could these tokens be a person's name (not a place, org, acronym or common word)?

        ``strict`` (unanchored candidates) also refuses any token that is a place name.
        """
        key = (tuple(toks), strict)
        answer = self.memo.name_like.get(key)
        if answer is None:
            answer = self._name_like(key[0], strict)
            remember(self.memo.name_like, key, answer, _MEMO_SIZE)
        return answer

    def _name_like(self, toks: tuple[str, ...], strict: bool) -> bool:
        if not toks or len(toks) > _MAX_NAME:
            return False
        not_in_name = self.res.not_in_name
        words = [tok for tok in toks if not tok[0].islower()]  # skip particles: bin, van, de
        if "&" in words:
            return False
        given = self.res.given_names
        for tok in words:
            if (
                tok is toks[0]
                and len(tok) == 2
                and 1 < len(toks) <= 3
                and all(len(t) > 2 and t[1:].islower() for t in toks[1:])  # not "HP LaserJet", "HP Draftmasters I"
                and tok.isupper()
                and tok.isalpha()
                and tok not in not_in_name
                and tok not in self.res.org_words
                and not self.is_place(tok)
            ):
                continue  # "JD Vance", "TJ Watt": two initials written together
            if _MINISTRY.fullmatch(tok):
                return False  # "Deputi Kemenkop": a ministry's short name is no person's
            if tok in _NAME_MONTHS and len(toks) > 1:
                continue  # a piece keeps a month word only when it is a name ("Theresa May")
            if tok == "Yang" and len(toks) > 1:
                continue  # only English copy keeps "Yang" inside a piece ("Xie Yang"): a Chinese name
            if tok is toks[0] and len(toks) > 1 and tok in given and tok in self.res.breakers:
                continue  # scan() keeps "Dan" in "chairman Dan Rostenkowski" only after a title or before a verb
            if (
                tok in not_in_name
                or ("-" in tok and (self.is_head(tok) or "--" in tok or tok.rsplit("-", 1)[-1] in _DESCRIPTOR_TAILS))
                or (len(tok) > 1 and tok.isupper() and "." not in tok)
                or _TRIPLED.search(tok)  # "Agreeeement" (of "General Agreeeement on Tariffs"): a typo, no name
            ):
                return False
        # the place lookups last: they cost most when cold
        if strict and len(words) == 2 and words[0] in given:
            strict = False  # "Kyle Korver", "Justin Winslow": a given name, then a surname that is also a town
        if (
            strict
            and len(words) == 2
            and words[0] in people_shape.PLACE_GIVEN
            and words[1].lower() not in self.res.common_words.get("en", frozenset())
            and words[1] not in self.res.org_words
            and not self.is_place(words[1])
        ):
            strict = False  # "Murray Sigler": a given name that is also a town, then a surname that is neither a
            # town nor an everyday word ("Victoria Station", "Virginia Power")
        if strict and len(words) == 3 and words[0] in given and not self.is_place(words[2]):
            strict = False  # "Luis León Sanchez": a given name, a middle name that is also a town, a surname
        if strict and len(words) == 3 and len(words[1]) == 2 and words[1][1] == ".":
            strict = False  # "Gil L. Leathley": a middle initial; "Gil" is also a town
        if strict and any(self.is_place(tok) for tok in words if tok not in given):  # "Rene" is also a town
            return False
        return not self.is_place(" ".join(toks))

    def strip_places(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """Drop a leading place ("Roma Daniil Medvedev" -> "Daniil Medvedev")."""
        while len(toks) > 2 and self.is_place(toks[0]) and not self._given_first(toks):
            toks = toks[1:]
        return toks

    def _given_first(self, toks: Sequence[str]) -> bool:
        """A given name that is also a town ("George F. Sommer", "Gary B. Erekson"), not a place before a
        name ("Roma Daniil Medvedev": the next word is a given name too)."""
        given = self.res.given_names
        if len(toks) == 3 and len(toks[1]) == 2 and toks[1][1] == "." and toks[1][0].isupper():
            return True  # "Gil L. Leathley": a middle initial makes the first word a given name
        return toks[0] in given and toks[1] not in given

    # -- recording ----------------------------------------------------------------------------
    def add_person(self, toks: Sequence[str], role: str | None, strong: bool = False) -> None:
        name = " ".join(toks)
        key = name.lower()
        person = self.st.people.get(key)
        if person is None:
            person = self.st.people[key] = _Person(name, tuple(_bare(t).lower() for t in toks), [])
        else:
            person.mentions += 1
        person.strong = person.strong or strong or bool(role)
        if role:
            _add_role(person.roles, role)

    def add_org(self, name: str, literal: str | None = None) -> str:
        """Record an organisation under its full name; abbreviations become ``literal``."""
        st = self.st
        key = st.acronyms.get(name)
        if key is None:
            aliases = self.res.org_aliases
            first, _, rest = name.partition(" ")
            if name in aliases:
                literal, name = name, aliases[name]
            elif rest and first in aliases and not first.isupper():  # "Kemenlu China"
                if rest.isupper() or self.is_place(rest):
                    literal, name = name, f"{aliases[first]} {rest}"
                else:  # "Kemenhub Buka Suara" (a headline): the words after are no part of the name
                    literal, name = first, aliases[first]
            key = name.lower()
        org = st.orgs.get(key)
        if org is None:
            org = st.orgs[key] = _Org(name)
        if literal and literal != org.name and not org.literal and not org.name.endswith(" " + literal):
            org.literal = literal  # not "Qaeda" of "al Qaeda": a word of the name is no abbreviation
        return key

    # -- runs ---------------------------------------------------------------------------------
    def split_run(self, run: str) -> tuple[tuple[str, ...], ...]:
        """Cut a capitalised run at common words, days, months, possessives and list joins."""
        parts = self.memo.split.get(run)
        res = self.res
        if parts is None:
            toks = run.split(" ")
            if (
                "'" in run
                or "’" in run
                or " the " in run
                or not (res.breakers.isdisjoint(toks) and _JOINS.isdisjoint(toks))
            ):
                parts = self._split_run(toks)
            else:  # nothing to cut at, and a run starts and ends with a capitalised word
                parts = (tuple(toks),)
            if _JOINS.isdisjoint(toks):  # a join consults the article's acronyms (``org_of``)
                remember(self.memo.split, run, parts, _MEMO_SIZE)
        return parts

    def _known_of_place(self, toks: Sequence[str], k: int) -> bool:
        """ "General Motors of Canada Ltd": a known name, "of", a place and a legal form last are one firm (a
        subsidiary's name), not the known name and a "Canada Ltd" (org17)."""
        return (
            k + 2 < len(toks)
            and toks[k] == "of"
            and toks[-1].rstrip(".") in _LEGAL
            and self.is_place(" ".join(toks[k + 1 : -1]))
        )

    def _split_run(self, toks: list[str], keep: int = -1) -> tuple[tuple[str, ...], ...]:
        res = self.res
        if " ".join(toks) in res.org_known:
            return (tuple(toks),)  # "Food and Drug Administration"
        parts: list[list[str]] = []
        cur: list[str] = []
        multi = res.org_multi
        skip = 0
        for i, tok in enumerate(toks):
            if i < skip:
                continue
            if tok in multi and i != keep:
                k = self._known_at(toks, i)  # "Standard and Poor's Corp", "Moody's Investors Service Inc"
                if k and not self._known_of_place(toks, k):
                    if cur:
                        parts.append(cur)
                    parts.append(toks[i:k])
                    cur = []
                    skip = k
                    continue
            if tok == "&" and cur and i + 1 < len(toks):  # "Florida Power & Light", "Procter & Gamble"
                cur.append(tok)
                continue
            if tok == "and" and self._two_orgs(cur, toks, i):
                parts.append(cur)  # "the World Bank and International Monetary Fund": two bodies, each whole
                cur = []
                continue
            if tok in _JOINS:
                prev = cur[-1] if cur else ""
                nxt = toks[i + 1] if i + 1 < len(toks) else ""
                if (
                    prev.endswith(
                        "-"
                    )  # "Berliner Handels- und Frankfurter Bank"; "Peabody and Co" (not "Facebook und Co")
                    or (
                        nxt == "Co"
                        and tok in ("and", "&")
                        and all(t.rstrip(".") in _LEGAL for t in toks[i + 2 :])  # "Morgan Stanley and Co Inc"
                        and prev not in res.org_known
                        and _JOINS.isdisjoint(cur)  # not "Swiss Bank Corp International and S.G. Warburg and Co Ltd"
                    )
                    or (nxt in ("Sons", "Son", "Partners", "Associates") and tok in ("and", "&"))  # "X and Sons"
                    or self._body_join(cur, toks, i)
                    or self._field_join(cur, toks, i)
                    or self._firm_join(cur, toks, i)
                    or self._partner_join(cur, toks, i)
                ):
                    cur.append(tok)
                    continue
                if (
                    prev
                    and nxt not in res.org_initial
                    and nxt not in res.org_known
                    and prev not in res.org_known  # "ranking FIFA untuk Indonesia"
                    and (
                        prev in res.role_words
                        or self.is_head(prev)
                        or (nxt in res.role_words and not self._name_tail(cur))  # not "President Reagan and ..."
                        or (prev in res.org_final and not self.org_of(cur))
                        or (tok in ("for", "untuk") and self.is_place(prev))
                        or (tok == "for" and prev in _FOR_HEADS)  # "International Network for Hate Studies"
                    )
                ):
                    cur.append(tok)
                    continue
                if cur:
                    parts.append(cur)
                cur = []
            elif (
                tok == "the"
                and toks[-1] not in _LEGAL
                and not (len(cur) >= 2 and self._titled_of(cur[-2]) and not self._org_of_place(cur, toks[i + 1 :]))
            ):
                parts.append(cur)  # "Facilities of the X Company": only a title or body goes on "of the"
                cur = []
            elif (
                tok.endswith(("'s", "’s"))
                and i + 1 < len(toks)
                and (_bare_possessive(toks[i + 1]) in res.org_final or self._collective_owner(tok, toks[i + 1 :]))
                and tok[:-2] not in res.breakers  # "last October's Organisation for ..."
                and not self.is_place(tok[:-2])
                and not self.org_of([*cur, tok[:-2]])  # "European Community's Council of Ministers"
            ):
                cur.append(tok)  # "People's Party", "McDonald's Corp": the possessive is in the name
            elif tok.endswith(("s'", "s’")) and i + 1 < len(toks) and self._plural_owner_of_body(tok, toks[i + 1]):
                cur.append(tok)  # "Federation of Bankers' Associations of Japan", "Coffee Roasters' Association"
            elif tok.endswith(_POSSESSIVE) and len(tok) > 2:
                cur.append(tok[:-2] if tok.endswith(("'s", "’s")) else tok[:-1])
                parts.append(cur)
                cur = []
            elif (
                tok in res.breakers
                and i != keep
                and not (keep == _NO_BREAK and tok == "Yang")
                and not (cur and i + 1 < len(toks) and toks[i + 1] in res.org_final)
            ):
                if cur and tok not in _NOT_ORG_TAILS:  # "Conservation Reserve Program": no org, no person
                    parts.append(cur)
                cur = []
            else:
                cur.append(tok)
        if cur:
            parts.append(cur)
        for part in parts:  # no particle at either end ("al-Assad" is a name word)
            while part and part[0][0].islower() and "-" not in part[0]:
                part.pop(0)
            while part and part[-1][0].islower() and "-" not in part[-1]:
                part.pop()
        return tuple(tuple(p) for p in parts if p)

    def _collective_owner(self, tok: str, rest: Sequence[str]) -> bool:
        """ "People's Finance Corp", "Children's Hospital of Philadelphia": a collective noun's possessive opens
        a name whose run goes on to an org head or legal form (org14)."""
        return tok[:-2] in _COLLECTIVE_OWNERS and any(
            _bare_possessive(t) in self.res.org_final or _bare_possessive(t) in _LEGAL for t in rest
        )

    def _whole_org(self, toks: Sequence[str]) -> bool:
        """Are these words one organisation's whole name: a known name, or two or more words ending in a legal
        form or an organisation's head word whose first word is no trade or legal form ("Trust Co", "Savings
        Bank", "Gas of Canada Ltd" are the second half of one firm's name, not a firm of their own)?"""
        if " ".join(toks) in self.res.org_known:
            return True
        return (
            len(toks) >= 2
            and toks[0][:1].isupper()
            and toks[0] not in _TRADES
            and toks[0].rstrip(".") not in _LEGAL
            and toks[0] not in self.res.org_final
            and (toks[-1].rstrip(".") in _LEGAL or toks[-1] in self.res.org_final)
        )

    def _two_orgs(self, cur: Sequence[str], toks: Sequence[str], i: int) -> bool:
        """Does the "and" at ``toks[i]`` join two organisations each named whole ("World Bank and International
        Monetary Fund", "Temple Inland Inc and International Paper Co", "Hongkong Bank and Hang Seng Bank")? Then
        the run is two names; a firm whose name holds an "and" ("Continental Illinois National Bank and Trust
        Co", "Canadian Pacific Oil and Gas of Canada Ltd") has a trade word or a bare legal form after it."""
        if not cur:
            return False
        j = i + 1
        res = self.res
        while j < len(toks) and toks[j] not in _JOINS and toks[j] not in res.breakers:
            if not (toks[j][:1].isupper() or (toks[j] == "of" and j + 1 < len(toks) and toks[j + 1][:1].isupper())):
                return False  # the name goes on past a lower-case word: not clear-cut
            j += 1  # "National Bank of New Zealand Ltd": "of" inside the second name
        return self._whole_org(cur) and self._whole_org(toks[i + 1 : j])

    def _plural_owner_of_body(self, tok: str, nxt: str) -> bool:
        """ "Bankers' Associations", "Workers' Party": a plural of people owning the body that follows is in its
        name; a firm's possessive ("Salomon Brothers' Capital", "Amusements' Arsenal Holdings") is not."""
        head = nxt[:-1] if nxt.endswith("s") and nxt[:-1] in _PLURAL_HEADS else nxt
        return (
            head in _PLURAL_HEADS
            and tok[:-2] not in _FIN_FIRM_TAILS
            and tok[:-1] not in _FIN_FIRM_TAILS
            and tok[:-1] not in self.res.org_known
            and not self.is_place(tok[:-1])
        )

    def _known_at(self, toks: list[str], i: int) -> int:
        """End of a known org name with an "and" or a possessive starting at ``toks[i]`` (0 if none),
        with the rest of a suffixed name ("Moody's Investors Service Inc")."""
        res = self.res
        for seq in res.org_multi[toks[i]]:
            k = i + len(seq)
            if tuple(toks[i:k]) == seq:
                m = k
                while m < len(toks) and toks[m] not in _JOINS and toks[m] not in res.breakers and toks[m][0].isupper():
                    m += 1
                return m if m > k and toks[m - 1].rstrip(".") in res.org_final else k
        return 0

    def _body_join(self, cur: list[str], toks: list[str], i: int) -> bool:
        """Does the "and" at ``toks[i]`` stand inside one body's name: the words after it end in a body
        head ("... and Means Committee"), the words before are no org, person or place of their own?"""
        res = self.res
        if len(cur) < 2 or toks[i] == "&" or cur[0] in res.given_names or cur[-1] in res.org_known:
            return False
        j = i + 1
        while j < len(toks) and toks[j] not in _JOINS and toks[j] not in res.breakers and toks[j][0].isupper():
            j += 1
        if j == i + 1 or j - i > 4 or toks[j - 1] not in _BODY_HEADS:
            return False
        return not (self.org_of(cur) or self.is_place(" ".join(cur)) or any(self.is_head(tok) for tok in cur))

    def _firm_join(self, cur: list[str], toks: list[str], i: int) -> bool:
        """Does the "and" at ``toks[i]`` join two trades in one company's name ("Thailand Smelting and Refining
        Co", "Goodyear Tire and Rubber Co", "Aetna Life and Casualty Co")? After it one or two trade words, then
        the legal form; before it one to three words that are no person, title, company or place of their own
        ("Guaranty Trust Co and Lloyds Bank Plc", "President Reagan and Chrysler Corp" are two things)."""
        if toks[i] not in ("and", "&") or i + 1 >= len(toks) or toks[i + 1] not in _TRADES:
            return False
        k = len(cur)
        while k and cur[k - 1][0].isupper():
            k -= 1
        cur = cur[k:]  # "Shares of Goodyear Tire": the name's own words
        if not 1 <= len(cur) <= 3:
            return False
        j = i + 1
        while j < len(toks) and toks[j] in _TRADES:
            j += 1
        if j - i > 3:
            return False
        if j + 1 < len(toks) and toks[j] == "of" and self.is_place(toks[j + 1]):
            j += 2  # "Aetna Life and Casualty of Canada Ltd"
        elif j < len(toks) and toks[j] in ("U.S.", "USA", "US"):
            j += 1  # "Mobil Exploration and Producing U.S. Inc"
        if j >= len(toks) or toks[j].rstrip(".") not in _LEGAL:
            return False
        res = self.res
        return not (
            cur[0] in res.given_names
            or any(self.is_head(tok) or tok.rstrip(".") in _LEGAL or tok in res.breakers for tok in cur)
            or self.is_place(" ".join(cur))
        )

    def _partner_join(self, cur: list[str], toks: list[str], i: int) -> bool:
        """Does the "and" at ``toks[i]`` join two partners of one firm's name ("Hambrecht and Quist Inc", "Evans and
        Sutherland Computer Corp", "Procter and Gamble Co")? Before it one word that is no known body, place, title
        or given name; after it one to three capitalised words ending the run in a legal form; and the story writes
        neither partner without the other (a firm or person of its own is named alone somewhere: "Chrysler")
        (org16)."""
        if toks[i] not in ("and", "&") or len(cur) != 1 or not self.text:
            return False
        first, rest = cur[0], toks[i + 1 :]
        if len(rest) >= 2 and len(rest[0]) == 1 and rest[0].isupper() and first.isalpha() and first.isupper():
            # "AC and R Advertising", "B and R International Inc": a firm of initials ("&" written "and"); a lone
            # letter opens no name of its own (ent18)
            return len(first) <= 4 and rest[1][:1].isupper() and len(rest[1]) > 1
        if len(rest) == 1 and rest[0][:1].isupper():
            # "Fertility and Genetics said" after "Fertility and Genetics Research Inc": the firm's short name
            opening = f"{first} {toks[i]} {rest[0]} ".lower()
            return any(key.startswith(opening) for key in self.st.orgs)
        if not 2 <= len(rest) <= 4 or rest[-1].rstrip(".") not in _LEGAL or not all(t[:1].isupper() for t in rest):
            return False
        res = self.res
        if (
            not first[:1].isupper()
            or first.isupper()
            or first in res.org_known
            or first in res.org_aliases
            or first in res.given_names
            or first in res.breakers
            or self.is_head(first)
            or first in res.places  # a country ("Canada and Pearson Plc"); the gazetteer's towns include "Evans"
            or first in res.title_heads
            or first in res.org_surnames
            or first.rstrip(".") in _LEGAL  # "... (Singapore) Ltd and Credit Suisse First Boston Asia Ltd": a list
            or any(t.rstrip(".") in _LEGAL for t in rest[:-2])
        ):
            return False
        pair = f"{first} {toks[i]} {rest[0]}"
        text = self.text
        if not text.count(first) == text.count(pair) == text.count(rest[0]):
            return False
        return not _in_partner_list(text, pair)

    def _firm_of(self, person: Sequence[str], body: Sequence[str]) -> bool:
        """ "Ryan Eagle of Ferrier Hodgson": a person opening with a given name, "of", then two or three
        capitalised words that are no place, no title and no other person (the firm the person works for)."""
        res = self.res
        if not (2 <= len(person) <= 3 and 2 <= len(body) <= 3) or person[0] not in res.given_names:
            return False
        if body[0] in res.given_names or not all(self._name_word(tok) or tok in res.org_final for tok in body):
            return False
        return (
            not any(self.is_place(tok) for tok in body)
            and not self.is_place(" ".join(body))
            and self.name_like(person, strict=True)
        )

    def _employer_word(self, person: Sequence[str], body: Sequence[str]) -> bool:
        """ "Rosemarie Morbelli of Ingalls and Snyder said": a person's name (no org's), "of", then one
        capitalised word that is no place and no given name: where the person works (or its first word), never
        a part of the person's name. No everyday word on either side ("Bells Line of Road", "Generalised System of
        Preference" are names of one thing)."""
        res = self.res
        common = res.common_words.get("en", frozenset())
        return (
            len(body) == 1
            and body[0][:1].isupper()
            and body[0] not in res.given_names
            and not self.is_place(body[0])
            and person[0][:1].isupper()
            and not any(w.lower() in common for w in (*person, *body))  # "Generalised System of Preference"
            and self.name_like(person, strict=True)
            and not self.org_of(person)
        )

    def _field_join(self, cur: list[str], toks: list[str], i: int) -> bool:
        """Does the "and" at ``toks[i]`` join two words of a body's field ("National Institute of Economic and
        Industry Research", "Department of Trade and Industry"): the piece so far is a head, "of" and a field,
        and the words after it, to the run's end, are one to three plain words (no body, person or place)?"""
        if toks[i] not in ("and", "dan", "&") or ("of" not in cur and "for" not in cur) or not self._head_of(cur):
            return False
        res = self.res
        rest = toks[i + 1 :]
        if not 1 <= len(rest) <= 3 or rest[0] in res.given_names:
            return False
        return all(
            tok[0].isupper()
            and tok not in res.breakers
            and tok not in res.org_initial
            and tok not in res.org_final
            and tok not in res.org_words
            and tok not in _OF_HEADS
            and tok not in _LONE_BODIES
            and not self.is_head(tok)
            and not self.is_place(tok)
            for tok in rest
        )

    def _name_tail(self, cur: list[str]) -> bool:
        """Does the piece so far end in a name ("President Reagan", "Paul Volcker") rather than an org's words?"""
        heads = [i for i, tok in enumerate(cur) if self.is_head(tok)]
        if not heads and not (cur and cur[0] in self.res.given_names):
            return False  # "Buttes Gas and Oil Co"
        tail = cur[heads[-1] + 1 :] if heads else cur
        if heads and len(tail) == 1 and (tail[0],) in self.res.honorifics.get(tail[0], ()):
            return False  # "Menteri Haji dan Umrah": an honorific alone after a title is the portfolio's word (rppl16)
        return (1 if heads else 2) <= len(tail) <= 3 and all(self._name_word(tok) for tok in tail)

    def _org_of_place(self, cur: list[str], rest: Sequence[str]) -> bool:
        """ "Trafalgar House Ltd of the U.K.": a whole org name, then where it is from."""
        res = self.res
        return (
            cur[-2] in res.org_final
            and cur[-2] not in res.org_initial
            and any(self.is_place(" ".join(rest[:k])) for k in (1, 2) if k <= len(rest))
        )

    def _titled_of(self, tok: str) -> bool:
        """May "of the" follow this word inside one name ("Governor of the Bank", "Office of the ...")?"""
        res = self.res
        return self.is_head(tok) or tok in res.org_initial or tok in res.org_final or tok in res.role_words

    def honorific(self, toks: Sequence[str]) -> int:
        """Number of leading honorific tokens ("Datuk Seri", "Mr")."""
        for seq in self.res.honorifics.get(toks[0].rstrip("."), ()):
            n = len(seq)
            if len(toks) > n and tuple(t.rstrip(".") for t in toks[:n]) == seq:
                return n
        return 0

    def org_of(self, toks: Sequence[str]) -> bool:
        """Is this token sequence an organisation name by its head words?"""
        res = self.res
        if not toks:
            return False
        if len(toks) == 1:
            return toks[0] in res.org_known or toks[0] in res.org_aliases or toks[0] in self.st.acronyms
        name = " ".join(toks)
        if name in res.org_known or (toks[0] in res.org_aliases and not toks[0].isupper()):
            return True
        if toks[-1] in _NOT_ORG_TAILS:
            return False  # "ASEAN Petroleum Security Agreement": a treaty, not a body
        return (
            (
                toks[0] in res.org_initial
                or toks[-1].rstrip(".") in res.org_final
                or (toks[-1].title() in _LEGAL and len(toks[-1]) <= 4)  # "Profit TEchnology INc"
                or self._ampersand_org(toks)
                or _works_firm(toks)
                or toks[-1] in res.team_tails
                or " ".join(toks[-2:]) in res.team_tails
                or self._team_or_brand(toks)
                or self._head_of(toks)
            )
            and not self.is_place(name)
        )

    def _head_of(self, toks: Sequence[str]) -> bool:
        """A body head before "of"/"for" and the body's field ("State Bank of Pakistan", "Federal Bureau of
        Statistics", "Australian Council of Trade Unions"): the words before the head describe the body
        (no given name, no title), the words after are its capitalised field or place."""
        if "of" not in toks and "for" not in toks and "on" not in toks:
            return False  # most pieces: a cheap exit
        at = min(toks.index(word) for word in ("of", "for", "on") if word in toks)
        heads = _ON_HEADS if toks[at] == "on" else _FOR_HEADS if toks[at] == "for" else _OF_HEADS
        if at < 1 or at + 1 >= len(toks) or toks[at - 1] not in heads or not toks[-1][0].isupper():
            return False
        res = self.res
        if toks[-1] in res.breakers or toks[-1] in ("St", "Ste", "Mt", "Ft", "New"):
            return False  # "Federal Reserve Bank of New" (York on the next line), "First National Bank of St" (Louis)
        before = toks[: at - 1]
        return not any(
            tok[0].islower() or tok in res.given_names or self.is_head(tok) or tok in res.breakers for tok in before
        ) and not any(self.is_head(tok) for tok in toks[at + 1 :])

    def _ampersand_org(self, toks: Sequence[str]) -> bool:
        """ "Florida Power & Light", "Tate & Lyle Plc"; not a title ("Secrets & Lies") nor a results line."""
        if "&" not in toks or len(toks) > 6:
            return False
        return toks[-1] in self.res.org_final or any(self.is_place(tok) for tok in toks if tok != "&")

    def _team_or_brand(self, toks: Sequence[str]) -> bool:
        """ "Miami Heat" (a city, then a nickname), "Freeport Indonesia" (a company, then a country)."""
        res = self.res
        if (
            len(toks) == 2
            and toks[0] in res.org_known
            and not (toks[0].isupper() or toks[0] in res.org_final or toks[0] in res.org_initial)
            and toks[1] not in ("U.S.", "U.K.")  # "the Purolator U.S. courier operation": "U.S." describes it
            and self.is_place(toks[1])
        ):
            return True
        city = " ".join(toks[:-1])
        return toks[-1] in res.city_teams and len(toks) <= 3 and city not in res.countries and self.is_place(city)

    def role_split(self, toks: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """(role tokens, name tokens) when the run holds a title head, else None."""
        key = tuple(toks)
        table = self.memo.role_split
        if key in table:
            return table[key]
        answer = self._role_split(key)
        remember(table, key, answer, _MEMO_SIZE)
        return answer

    def _role_split(self, toks: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        if self.res.title_heads.isdisjoint(toks) and "-" not in "".join(toks):
            return None
        last = -1
        for i, tok in enumerate(toks):
            if self.is_head(tok):
                last = i
        if last < 0:
            return None
        j = last + 1
        n = len(toks)
        while j < n:
            tok = toks[j]
            if j + 1 < n and self.is_place(f"{tok} {toks[j + 1]}"):
                j += 2
            elif tok in self.res.org_initial and j + 2 < n and toks[j + 1] == "of" and self.is_place(toks[j + 2]):
                j += 3  # "Governor of the Bank of England Robin Leigh-Pemberton"
            elif self._role_token(tok) or tok[0].islower():
                j += 1
            else:
                break
        if toks[last] in _ID_OCCUPATION_HEADS:
            # a title-case headline: "Pemain Kesayangan Donald Trump" (favourite player), "Jadi Pemain Lokal":
            # an everyday word after the occupation is the headline's, and names no one with that occupation
            common = self.res.common_words.get("id", frozenset())  # the heads' own language (the memo is shared)
            if j < n and toks[j].lower() in common:
                return None  # "Pemain Kesayangan Donald Trump" (his favourite): no title of the name after it
            if n - j < 2:
                return toks, ()  # "Jadi Pelari Kalcer": one word left is no full name
            # the role is the occupation and what qualifies it ("Petarung Indonesia"), not the headline's words
            # before it ("Penyanyi India Sukriti Kakar Dilamar Pengusaha")
            return toks[last:j], toks[j:]
        return toks[:j], toks[j:]

    def _bare_head(self, role: Sequence[str]) -> bool:
        """Does the title end in a body's head word with no name yet ("Kepala Badan"), not a place's last word
        ("Presiden Amerika Serikat": "Serikat" heads unions too)?"""
        head = role[-1]
        return (
            head in self.res.org_strong
            and head[1:].islower()
            and head not in _TITLE_BODIES
            and not self.is_place(" ".join(role[-2:]))
        )

    def _headed_body(self, role: Sequence[str]) -> str:
        """The body a title names by its head word and name ("Kepala Badan Geologi", "Sekretaris Jenderal
        Kementerian Keuangan" -> "Kementerian Keuangan"), up to a given name, another head or a body's short
        name ("Kepala Biro SDM Kemenkeu"); "" when the title holds no such head."""
        res = self.res
        for k in range(1, len(role) - 1):
            if role[k] in res.org_strong and role[k][1:].islower():
                words = [role[k]]
                for tok in role[k + 1 :]:
                    if (
                        not tok[:1].isupper()
                        or tok in res.given_names
                        or tok in res.org_aliases
                        or (self.is_head(tok) and not tok.isupper())  # "Kementerian ESDM": a portfolio's acronym
                    ):
                        break  # "Kepala Biro SDM Kemenkeu": the ministry is a body of its own
                    words.append(tok)
                return " ".join(words) if len(words) >= 2 else ""
        return ""

    def role_orgs(self, role: Sequence[str]) -> tuple[str, ...]:
        """Organisations inside a role phrase: "Federal Reserve Board Chairman", "Ketua DPR"."""
        prefix: list[str] = []
        head = ""
        for tok in role:
            if self.is_head(tok):
                head = tok
                break
            prefix.append(tok)
        if (
            len(prefix) >= 2
            and self.org_of(prefix)
            and not self._descriptor(prefix)
            and not (head in _PORTFOLIO_HEADS and (self._portfolio(prefix) or self._portfolio_list(prefix)))
        ):
            return (" ".join(prefix),)
        headed = self._headed_body(role)  # "Sekjen Kementerian ESDM": the ministry, not its acronym alone (org14)
        if headed and headed.rsplit(" ", 1)[-1].isupper() and headed.rsplit(" ", 1)[-1] in self.res.role_words:
            last = headed.rsplit(" ", 1)[-1]  # other bodies the title names: "Dewan HAM PBB", "Biro Protokol DPD RI"
            return (headed, *(t for t in role if t != last and self.org_of([t]) and not self.is_place(t)))
        if head in _HEADS_OF_ACRONYM and len(role) > len(prefix) + 1:
            last = role[-1]
            if (
                not role[-2].isupper()  # not "Ketua DPRD DKI": a region after the body
                and (self.is_head(role[-2]) or role[-2] in self.res.role_words)
                and len(last) >= 3
                and last.isupper()
                and last.isalpha()
                and last not in _NOT_ORG_ACRONYMS
                and not self.is_place(last)
            ):
                return (*self.role_orgs(role[:-1]), last)  # "Plt. Dirut MUF": the body the head leads
        if (
            len(prefix) == 1
            and len(prefix[0]) >= 3
            and prefix[0].isupper()
            and prefix[0].isalpha()
            and prefix[0] not in _NOT_ORG_ACRONYMS
            and len(role) > 1
            and not self.is_place(prefix[0])
        ):
            return (prefix[0],)  # "ASADA Chairman Richard Ings": an acronym before a title names the body
        at = max((i for i, tok in enumerate(role) if self.is_head(tok)), default=-1)
        tail = role[at + 1 :] if at >= 0 else ()
        if len(tail) >= 3 and tail[0][0].isupper() and self._head_of(tail):
            return (" ".join(tail),)  # "Ekonom Institute for Development of Economics and Finance": the title's body
        body = _after_of(role)  # "President of the Brazilian Coffee Institute", "Governor of the Bank of Greece"
        if len(body) >= 2 and self.org_of(body):
            return (" ".join(body),)
        return tuple(tok for tok in role if self.org_of([tok]) and not self.is_place(tok))

    def _portfolio(self, toks: Sequence[str]) -> bool:
        """A place or demonym, then portfolio words, before a minister's title ("Saudi Arabian Oil",
        "U.S. Energy"): no legal form, no body head ends it."""
        first, last = toks[0], toks[-1].rstrip(".")
        if last in _LEGAL or last in _BODY_HEADS or last in self.res.org_known:
            return False
        return self.is_place(first) or (first in self.res.non_name and first.endswith(("an", "ese", "ish", "ch", "i")))

    def _portfolio_list(self, toks: Sequence[str]) -> bool:
        """Portfolios joined before a minister's title ("Mining and Energy Minister Subroto", "Trade and Industry
        Secretary"): an "and" and no word that opens or ends a body's or a company's name."""
        res = self.res
        return not _JOINS.isdisjoint(toks) and not any(
            tok in res.org_initial
            or tok in res.org_known
            or tok.rstrip(".") in _LEGAL
            or tok in _BODY_HEADS
            or tok in _LONE_BODIES
            or tok in self.st.acronyms
            for tok in toks
        )

    def _portfolio_item(self, role: Sequence[str], name: Sequence[str], text: str, end: int) -> bool:
        """Is a one-word "name" after a title's portfolio words the first item of a listed portfolio ("Menteri Usaha
        Mikro, Kecil, dan Menengah": the office, not a person "Mikro")? Indonesian copy only: an English title's
        list after it is people ("Secretary of State Shultz, Weinberger and Baker")."""
        if self.english or len(name) != 1 or self.is_head(role[-1]):
            return False
        m = _PORTFOLIO_LIST.match(text, end)  # not "Menteri ESDM Bahlil dan Menteri Keuangan Purbaya": two titles
        return m is not None and not any(w in _PORTFOLIO_HEADS or self.is_head(w) for w in m.group().split())

    def _descriptor(self, toks: Sequence[str]) -> bool:
        """A demonym and a portfolio ("Indonesian Energy Minister"): a description of the role, no org."""
        words = self.res.non_name
        return (
            toks[0] in words
            and toks[0].endswith(("an", "ese", "ish", "ch", "i"))
            and all(tok in words and tok not in _BODY_HEADS and tok != "Bank" for tok in toks[1:])
        )

    def anchored(self, text: str, start: int, end: int) -> bool:
        """Is the run next to a reporting verb ("kata Wang", "Sadikin told", ", said Smith.")?"""
        if self.res.verb_after.match(text, end) or (
            text.startswith(", ", end) and (_TITLE_AFTER.match(text, end) or _AGE_AFTER.match(text, end))
        ):
            return True
        if text.startswith(_OPENING_REPORTS, start) and self._opening_report(text, start, end):
            return True
        lo = max(0, start - 24)
        ends = self.res.verb_before_ends
        # verb_before ends "[ ,:]*$", and "$" also matches before a final newline
        if not (
            _ends_with(text, lo, start, ends)
            or (start > lo and text[start - 1] == "\n" and _ends_with(text, lo, start - 1, ends))
        ):
            return False
        m = self.res.verb_before.search(text, lo, start)
        if m is None:
            return False
        # English "said X" is the subject of a clause unless the name ends it ("..., said Smith.")
        return (
            m.group(1) not in _CLAUSE_VERBS
            or end >= len(text)
            or text[end] in ",.;\n"
            or text.startswith((" of ", " at "), end)  # "said Craig Cox of the Environmental Working Group."
        )

    def scan(self, text: str) -> None:
        """Walk the capitalised runs in text order and record people, orgs and short mentions."""
        self.text = text
        # a role run that ended at ", " (its text, where the name may start, the body it names): the name may follow
        pending: tuple[str, int, tuple[str, ...]] | None = None
        res = self.res
        breakers, org_words, not_mention = res.breakers, res.org_words, res.not_mention
        acronyms, singles = self.st.acronyms, self.st.singles
        marked = self._marked_companies(text) if "<" in text else []
        companies = len(marked)
        if " and " in text or " & " in text:
            marked += self._partnerships(text)
        if _FIN_GATE(text):
            firms = self._finance_firms(text, marked)
            if firms:  # one text-ordered list of the spans after the companies, without overlaps
                later = sorted(marked[companies:] + firms)
                marked = marked[:companies] + [
                    span for i, span in enumerate(later) if not i or span[0] >= max(hi for _, hi in later[:i])
                ]
        # both lists are in text order without overlaps: the span that holds a run's start is found by bisection
        # (a scan of every span per run was runs x spans on a long story)
        at_marked = _SpanFinder(marked, companies) if len(marked) > _JOIN_FROM else None
        skip_to = 0
        for m in _RUN.finditer(text):
            start, end = m.span()
            if start and (
                text[start - 1].isalnum()
                or text[start - 1] in "'’"
                or (
                    text[start - 1] == "/"
                    and start > 1
                    and text[start - 2].isalnum()
                    and _initial_before(text, start - 1)
                )
            ):
                continue  # inside a word ("diBancolonotel"), or after an initial and a slash ("S/P Creditweek")
            run = m.group()
            if marked:
                hi = (
                    next((hi for lo, hi in marked if lo <= start < hi), -1)
                    if at_marked is None
                    else at_marked.end_of(start)
                )
                if hi >= end:
                    continue  # inside "<Seattle Trust and Savings Bank>": one company, recorded whole
                if hi >= 0:  # a run on past a partnership ("... Fenner and Smith Inc and The First Boston Corp")
                    rest = _RUN.search(text, hi, end)
                    if rest is None:
                        continue
                    (start, end), run = rest.span(), rest.group()
            if run in breakers:
                continue  # the usual sentence-initial word
            if start and run.isupper() and len(run) <= 6 and _is_ticker(text, start, end):
                continue  # a ticker ("BELL INDUSTRIES <BI>"), not a mention of Bank Indonesia
            if start < skip_to:
                continue  # the unit number after a body's syllable acronym ("(Kogabwilhan) III")
            if " " in run and "(" in text[end : end + 2]:
                syllable = self._syllable_body(run, text, end)
                if syllable is not None:
                    head, skip_to = syllable
                    if not head:
                        continue
                    run, end = head, start + len(head)  # "Ketua Badan ... (Bapemperda)": the title before
            if text.startswith(",", end) and " " in run:
                said = _COMMA_ACRONYM.match(text, end)
                if said and _spells(said.group(1), run) and not self.is_place(run):
                    # "147,537, Zambia Consolidated Copper Mines, ZCCM, said": a name, the acronym its initials
                    # spell between commas, then a verb of saying: a body cited as a source, whatever its head word
                    acronyms[said.group(1)] = self.add_org(run, said.group(1))
                    pending = None
                    continue
            if " " not in run and not run.endswith(_POSSESSIVE):  # one word (most runs): split_run's answer
                parts: tuple[tuple[str, ...], ...] = ((run,),)
                if "(" in text[end : end + 2]:
                    self.chunk(parts[0], text, start, end, True)
                elif (
                    run in org_words or run in acronyms or (run.startswith("Kemen") and _MINISTRY.fullmatch(run))
                ):  # single(), inlined (hot); _MINISTRY opens with "Kemen" (ents18)
                    self.add_org(run)
                elif run not in not_mention:
                    singles.append((run, start, end))
            else:
                keep = -1
                if "May" in run or "April" in run or "June" in run or "August" in run:  # a month word in a name?
                    keep = self.month_in_name(run, text, start, end)
                elif (
                    run[: run.find(" ")] in breakers
                    and run[: run.find(" ")] in res.given_names
                    and (
                        (self.english and run[: run.find(" ")] in _ID_ONLY_BREAKERS)
                        or _titled(text, start)
                        or self.anchored(text, start, end)
                    )
                ):
                    keep = 0  # "chairman Dan Rostenkowski": a stop word that is a given name, after a title or verb
                if keep < 0 and self.english and (" Bill " in run or " Dan " in run or " Jan " in run):
                    keep = self._titled_breaker(run.split(" "))  # "Senator Bill Bradley", "Chairman Jan Timmer"
                if keep < 0 and self.english and "Yang" in run:
                    keep = _NO_BREAK  # "lawyer Xie Yang", "Yang Jiechi": a Chinese name, not Indonesian "yang"
                parts = self.split_run(run) if keep == -1 else self._split_run(run.split(" "), keep)
                if (
                    pending
                    and start == pending[1]
                    and parts
                    and len(parts[0]) >= 2
                    and self.name_like(parts[0])
                    and self.role_split(parts[0]) is None
                ):
                    self._drop_tail_person(pending[0])
                    self.add_person(parts[0], pending[0])
                    body = pending[2]
                    if (
                        2 <= len(body) <= 4
                        and pending[0].rsplit(" ", len(body))[0].rsplit(" ", 1)[-1] in _OFFICERS  # the title's end
                        and res.breakers.isdisjoint(body)
                        and not self.is_place(" ".join(body))
                    ):
                        self.add_org(" ".join(body))  # "Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho"
                    parts = parts[1:]
                spans = _piece_spans(text, start, end, parts) if len(parts) > 1 else [(start, end)] * len(parts)
                if "(" not in text[end : end + 2]:  # at_end only matters before an acronym definition
                    for toks, (lo, hi) in zip(parts, spans, strict=True):
                        self.chunk(toks, text, lo, hi, False)
                elif len(parts) > 1 and self._joined_body(run, text, end):
                    parts = ()  # "the Flavor and Fragrance Center (PFF)": one body, its local acronym after it
                else:
                    tail_tok = run.rsplit(" ", 1)[-1]
                    for i, (toks, (lo, hi)) in enumerate(zip(parts, spans, strict=True)):
                        at_end = i == len(parts) - 1 and toks[-1] in (tail_tok, tail_tok[:-2], tail_tok[:-1])
                        self.chunk(toks, text, lo, end if at_end else hi, at_end)
            pending = None
            if parts and text.startswith(", ", end):
                if text.startswith(_LEGAL_AFTER_COMMA, end):
                    legal = _COMMA_LEGAL.match(text, end)
                    if legal:
                        self.add_org(" ".join(parts[-1]) + legal.group())  # "Spire Global, Inc."
                split = self.role_split(parts[-1])
                if split and (not split[1] or (len(split[1]) >= 3 and not self._person_shaped(split[1]))):
                    pending = (" ".join(parts[-1]), end + 2, split[1])

    def venue_surname(self, toks: Sequence[str], text: str, start: int, end: int) -> bool:
        """Is "<given name> <building word>" a person ("board chairman John Tower, ... told", "spokesman Rich Hall
        said", "said Mike Hall, lobbyist")? A building or place word of ``non_name`` is a surname only after a
        known given name, with person evidence: a title right before, a reporting verb next to it, or the
        surname alone later before a verb of speech ("Tower told reporters"). Never a venue's shape: after
        "at"/"the"/"in" ("at Carnegie Hall"), before "of" ("the Tower of London")."""
        name = " ".join(toks)
        if len(toks) < 2 or not text[start:end].endswith(name):
            return False
        start = end - len(name)  # a piece of a longer run ("The Royal Albert Hall"): its own start
        given = toks[-2]
        if given not in self.res.given_names or given in self.res.not_in_name:
            return False
        if not all(self._head_word(tok) for tok in toks[:-2]):
            return False  # "Royal Albert Hall": a longer name holds the pair
        if text.startswith(" of ", end) or _word_before(text, start).lower() in _VENUE_BEFORE:
            return False
        prev = text[max(0, start - 24) : start].rsplit(None, 1)[-1:] if text[start - 1 : start] == " " else []
        if prev and prev[0][:1].isupper() and prev[0][-1].isalpha() and not self._head_word(prev[0]):
            return False  # "the Royal Albert Hall" cut before "Albert": the capitalised word before is the name's
        if (
            len(toks) > 2
            or _titled(text, start)
            or self.anchored(text, start, end)
            or (prev and self._head_word(prev[0]))
        ):
            return True  # "Senator Frank Church", "chairman John Tower", "Rich Hall said", "Sen. John Tower"
        surname, verb_after = toks[-1], self.res.verb_after
        return any(  # the surname's lone mentions, ``(?<![\w-])SURNAME\b``, without a pattern per surname
            verb_after.match(text, i + len(surname)) is not None
            for i in alone.starts(text, surname, _JOINS_NAME, _WORD_CHAR)
            if text[max(0, i - len(given) - 1) : i] != given + " "
        )

    def _head_word(self, word: str) -> bool:
        """A title or honorific, written with or without its full stop ("Sen.", "Col", "Senator")."""
        bare = word.rstrip(".")
        return self.is_head(bare) or bare in self.res.honorifics

    def _titled_breaker(self, toks: list[str]) -> int:
        """Where a given name that is also a stop word ("Bill": a law; "Jan": January; "Dan") stands inside a run
        between a title and a surname ("Senator Bill Bradley", "President Bill Clinton"): the run is cut there
        otherwise and the person lost. -1 when none."""
        res = self.res
        for i in range(1, len(toks) - 1):
            nxt = toks[i + 1]
            if (
                toks[i] in res.breakers
                and toks[i] in res.given_names
                and self.is_head(toks[i - 1])
                and nxt[:1].isupper()
                and nxt[1:].replace("-", "").isalpha()
                and nxt[1:].islower()
                and nxt not in res.breakers
                and nxt not in res.org_words
            ):
                return i
        return -1

    def _syllable_body(self, run: str, text: str, end: int) -> tuple[str, int] | None:
        """A body named whole before the syllable acronym it defines ("Badan Pembentukan Peraturan Daerah
        (Bapemperda)", "Komando Gabungan Wilayah Pertahanan (Kogabwilhan) III"): recorded with its acronym (and
        the unit number after it); returns the run's words before the name and where the name's text ends."""
        m = _SYLLABLE_DEF.match(text, end)
        if m is None:
            return None
        acronym = m.group(1)
        toks = run.split(" ")
        k = _syllables_start(acronym, toks)
        org_initial = self.res.org_initial
        if (
            k < 0
            or toks[k] not in org_initial
            or (k and toks[k - 1] in org_initial)  # "Badan Kesatuan Bangsa dan Politik (Kesbangpol)": spelled in part
            or len(toks) - k - sum(tok in _JOINS for tok in toks[k:]) < 3  # "Pemerintah Kabupaten (Pemkab) X": its seat
        ):
            return None
        name, stop = " ".join(toks[k:]), m.end()
        unit = _UNIT_AFTER.match(text, stop)
        if unit:
            name, acronym, stop = f"{name} {unit.group(1)}", f"{acronym} {unit.group(1)}", unit.end()
        self.st.acronyms[acronym] = self.add_org(name, acronym)
        return " ".join(toks[:k]), stop

    def _joined_body(self, run: str, text: str, end: int) -> bool:
        """Record a body whose name holds an "and" and ends in a facility or body head, defined with an
        acronym ("the Flavor and Fragrance Center (PFF)"): the acronym need not spell it (a local one)."""
        m = _ACRONYM_DEF.match(text, end)
        toks = run.split(" ")
        if (
            m is None
            or not m.group(1).isupper()
            or len(toks) > 7
            or toks[-1] not in _FACILITY_HEADS | _BODY_HEADS
            or not all(tok in _JOINS or tok[0].isupper() for tok in toks)
        ):
            return False
        while toks and (toks[0] in self.res.breakers or toks[0] in _JOINS):
            toks.pop(0)
        if len(toks) < 3 or toks[0] in self.res.given_names or _JOINS.isdisjoint(toks):
            return False
        self.st.acronyms[m.group(1)] = self.add_org(" ".join(toks), m.group(1))
        return True

    def _listed_portfolio(self, org: str, text: str, end: int) -> str:
        """The whole name of a body named by a list of portfolios ("Department for Business, Energy and
        Industrial Strategy"); ``org`` itself when the list names other things (orgs, places, people)."""
        if " for " not in org and " of " not in org and " Bidang " not in org and " Koordinator " not in org:
            return org
        m = _PORTFOLIO_LIST.match(text, end)
        if m is None:
            return org
        words = [w for w in m.group().replace(",", " ").split() if w not in _JOINS]
        res = self.res
        if any(
            w in res.org_words or w in res.given_names or w.isupper() or self.is_place(w) or w in self.st.acronyms
            for w in words
        ):
            return org  # "Ministry of Finance, Bank Indonesia and OJK": a list of bodies
        return org + m.group()

    def _marked_companies(self, text: str) -> list[tuple[int, int]]:
        """Reuters marks company names in angle brackets ("<LCP Chemicals and Plastics Inc>"): each is
        one organisation, never cut at its "and"; a bare ticker ("<GM>", "<CMAC.S>") names none."""
        spans = []
        for m in _MARKED.finditer(text):
            name = m.group(1).strip()
            if " " in name or not name.isupper():
                self.add_org(name)
                spans.append(m.span())
        return spans

    def _partnerships(self, text: str) -> list[tuple[int, int]]:
        """Partnerships named by their partners ("Ryan, Beck and Co Inc" was the person "Beck" and the org
        "Co Inc"): each is one organisation. Partners are bare names (a list of companies, "Exxon Corp, Mobil
        Corp and ...", or of places, "Boulder, Colorado, and Nakamichi Corp", is no partnership), the last one
        word before its legal form, and a sentence-initial word before the first comma is none."""
        spans: list[tuple[int, int]] = []
        if "ist" in text:  # "Analyst Rosemarie Morbelli of Ingalls and Snyder said": the analyst's firm (tent20)
            for m in _ANALYSTS_FIRM.finditer(text):
                first, last = m.group(1).split(" ")[::2]
                if not (self.is_place(first) or self.is_place(last) or first in self.res.given_names):
                    self.add_org(m.group(1))
                    spans.append(m.span(1))
        if not follows(text, (" and ", " & "), _PARTNERSHIP_TAIL):
            return spans  # no "and Co", "& Co", "and Smith Inc" in the story: no partnership (issue 17)
        legal = _LEGAL | {"Co", "Company", "Group", "Bank"}
        for m in _PARTNERSHIP.finditer(text):
            start, name = m.start(1), m.group(1)
            while name.count(",") > 1 or (name.count(",") == 1 and " and " in name.split(", ", 1)[1]):
                first = name.split(", ", 1)[0]
                if not (first in self.res.breakers or not legal.isdisjoint(first.split(" "))):
                    break
                # an earlier member of a list, not a partner ("Drexel Burnham Lambert Inc, Kidder, Peabody and Co")
                cut = len(first) + 2
                start, name = start + cut, name[cut:]
            partners = _PARTNER_SPLIT.split(name)[:-1]
            if any(
                p in self.res.breakers
                or p.count(" ") > (2 if k == 0 else 1)
                or not legal.isdisjoint(p.split(" "))
                # "said Thomas McKiernan, McKiernan and Co chairman": a person, then the firm of his name;
                # "dealers are LLoyds, Samuel Montagu and Co Ltd": a person's whole name is a list's next firm
                or (
                    k
                    and (p == partners[0].rsplit(" ", 1)[-1] or (" " in p and p.split(" ")[0] in self.res.given_names))
                )
                for k, p in enumerate(partners)
            ) or all(self.is_place(p) for p in partners):  # "Boulder, Colorado, and Nakamichi Corp"
                continue
            self.add_org(name)
            spans.append((start, m.end(1)))
        return sorted(spans)

    def _finance_firms(self, text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """The firms finance copy names by their part in a deal ("lead manager Swiss Volksbank said",
        "Credit Lyonnais and Banque Francaise de Credit Cooperatif are lead managers"): each is recorded whole,
        a list split where each side is a whole firm; returns their spans, in text order."""
        found: list[tuple[int, int]] = []
        for m in _FIN_BEFORE.finditer(text):
            group = 1 if m.group(1) else 2
            found.extend(self._finance_list(m.group(group), m.start(group)))
        for m in _FIN_AFTER.finditer(text):
            back = _FIN_BACK.search(text, max(0, m.start() - 160), m.start())
            if back:
                found.extend(self._finance_list(back.group(1), back.start(1)))
        spans: list[tuple[int, int]] = []
        for lo, hi in sorted(set(found)):
            if (spans and lo < spans[-1][1]) or any(lo < end and begin < hi for begin, end in taken):
                continue  # a name both cues found; a partnership or marked company, recorded whole already
            self.add_org(text[lo:hi])
            spans.append((lo, hi))
        return spans

    def _finance_list(self, names: str, start: int) -> list[tuple[int, int]]:
        """Split a list of underwriters at ", " and " and " where each side is a whole firm (not "Morgan
        Stanley and Co Inc", "Goldman, Sachs and Co": partners and legal forms stay with their firm)."""
        pieces: list[tuple[int, str]] = []
        at = 0
        for part in names.split(", "):
            pieces.append((at, part))
            at += len(part) + 2
        known = self.res.org_known
        if len(pieces) > 1 and " " not in pieces[0][1] and pieces[0][1] not in known:
            if _BARE_PARTNERSHIP.fullmatch(names) and not all(
                self.is_place(tok) for tok in re.findall(r"[A-Z]\w+", names)
            ):  # "Robertson, Colman and Stephens as co-manager": a partnership with no legal form (org14)
                return [(start, start + len(names))]
            return []  # "Kidder, Peabody and Co": a partnership's partners, which _partnerships records
        for k in range(1, len(pieces)):
            part = pieces[k][1]
            if " " not in part and part not in known:
                pieces = pieces[:k]  # "underwritten by Swiss Volksbank, DG said": the list ends
                break
            if part.endswith((" and Co", " & Co")) and pieces[k - 1][1].rsplit(" ", 1)[-1] not in _LEGAL:
                return []  # "Smith Barney, Harris Upham and Co": one firm's partners
        firms: list[tuple[int, str]] = []
        for lo, part in pieces:
            toks = part.split(" ")
            cut = 0
            for i, tok in enumerate(toks):
                if tok not in ("and", "&") or i == 0 or i == len(toks) - 1:
                    continue
                nxt = next((k for k in range(i + 1, len(toks)) if toks[k] in ("and", "&")), len(toks))
                left, right = toks[cut:i], toks[i + 1 : nxt]
                if (
                    all(t in _LEGAL or t in _FIN_FIRM_TAILS for t in right)
                    or len(left) < 2
                    or (len(right) < 3 and right[-1] in _LEGAL)
                    or (len(right) < 2 and " ".join(right) not in self.res.org_known)
                ):
                    continue  # "Morgan Stanley and Co Inc", "Blunt Ellis and Loewi Inc": one firm
                firms.append((lo + len(" ".join(toks[:cut])) + (1 if cut else 0), " ".join(left)))
                cut = i + 1
            firms.append((lo + len(" ".join(toks[:cut])) + (1 if cut else 0), " ".join(toks[cut:])))
        res = self.res
        out = []
        for lo, firm in firms:
            if firm.startswith(("The ", "the ")):
                lo, firm = lo + 4, firm[4:]
            toks = firm.split(" ")
            if (
                firm in res.breakers
                or toks[0] in res.breakers
                or self.is_place(firm)
                or (len(toks) <= 3 and toks[0] in res.given_names and not self.org_of(toks))  # a person
            ):
                continue
            out.append((start + lo, start + lo + len(firm)))
        return out

    def _person_shaped(self, toks: Sequence[str]) -> bool:
        """A given name first or a middle initial: "Gary B. Erekson", not an org's words ("Arus Bawah Prabowo")."""
        return toks[0] in self.res.given_names or any(len(tok) == 2 and tok[1] == "." for tok in toks[1:])

    def month_in_name(self, run: str, text: str, start: int, end: int) -> int:
        """Index of a month word that is part of a name in this run ("Theresa May", "April Ryan"), else -1.

        A month next to a day number or year, or after "in"/"on"/"since" ..., is a date."""
        toks = run.split(" ")
        n = len(toks)
        if n < 2 or _digit_follows(text, end):
            return -1
        if toks[-1] in _NAME_MONTHS and self._name_word(toks[-2]):
            return n - 1
        if (
            toks[0] in _NAME_MONTHS
            and n <= 3
            and all(self._name_word(tok) and tok not in _NUMBER_WORDS for tok in toks[1:])
        ):
            before = text[max(0, start - 16) : start].split()
            if not before or before[-1].lower() not in _BEFORE_DATE:
                return 0
        return -1

    def _name_word(self, tok: str) -> bool:
        """Could this capitalised token stand in a person's name (cheap, context-free)?"""
        return (
            tok[0].isupper()
            and tok not in self.res.not_in_name
            and not (len(tok) > 1 and tok.isupper())
            and not any(ch.isdigit() for ch in tok)
        )

    def _drop_tail_person(self, role_text: str) -> None:
        """Undo a person taken from the tail of a role that turned out to be an org ("Arus Bawah Prabowo")."""
        for key, person in list(self.st.people.items()):
            if role_text.endswith(person.name) and person.mentions == 1:
                del self.st.people[key]

    def _with_body_head(self, text: str, at: int, name: str) -> str:
        """The name an acronym spells with the body head written just before it: Indonesian ministries are
        shortened without their head ("Kementerian Energi dan Sumber Daya Mineral (ESDM)", said "Kementerian
        ESDM"), so the spelled words alone are a portfolio, not the body. The head and the pieces of the run
        cut before the join ("Kementerian Energi") are dropped as a name of their own."""
        before = text[max(0, at - 24) : at]
        if not before.endswith(" "):
            return name
        head = before.rstrip().rsplit(" ", 1)[-1]
        if head not in self.res.org_strong or not head[1:].islower():
            return name
        whole = f"{head} {name}"
        st = self.st
        low = whole.lower()
        for key in [k for k in st.orgs if low.startswith(k + " ") and k.startswith(head.lower() + " ")]:
            del st.orgs[key]
        return whole

    def _body_of_country(self, toks: Sequence[str]) -> bool:
        """A French or Spanish body named as "<Word> de <country>" ("Electricite de France", "Gaz de France",
        "Correos de Mexico"): a person's name has no country after its particle; a given name opens none."""
        res = self.res
        return (
            len(toks) == 3
            and toks[1] in ("de", "du")
            and toks[2] in res.countries
            and toks[0] not in res.given_names
            and toks[0][1:].islower()
            and not self.is_place(toks[0])
        )

    def single(self, tok: str, start: int, end: int) -> None:
        """A one-token piece (most pieces): an org name or acronym, else a possible short mention."""
        if (
            tok in self.res.org_words
            or tok in self.st.acronyms
            or (tok.startswith("Kemen") and _MINISTRY.fullmatch(tok))
        ):
            self.add_org(tok)
        elif "’" in tok and tok.replace("’", "'") in self.res.org_words:  # "Applebee’s"
            self.add_org(tok.replace("’", "'"))
        elif tok not in self.res.not_mention:
            self.st.singles.append((tok, start, end))

    def chunk(self, toks: tuple[str, ...], text: str, start: int, end: int, at_end: bool) -> None:
        """Classify one piece of a run: its context-free ``plan``, then the steps that need the text."""
        st = self.st
        paren = at_end and "(" in text[end : end + 2]
        if len(toks) == 1 and not paren:
            self.single(toks[0], start, end)
            return
        acronym = _ACRONYM_DEF.match(text, end) if paren else None
        literal = acronym.group(1) if acronym and acronym.group(1).isupper() else None
        if (
            acronym
            and text.startswith(_TITLE_AFTER_ACRONYM, acronym.end())
            and len(toks) >= 2
            and (self._portfolio_list(toks) or all(t in self.res.role_words or t in _JOINS for t in toks))
        ):
            return  # "Energy and Mineral Resources (ESDM) Minister Bahlil Lahadalia": a portfolio, not a body
        if literal and toks[0] not in self.res.org_strong:
            k = next((k for k in range(1, len(toks) - 1) if toks[k] in self.res.org_strong), 0)
            if k and toks[k][1:].islower() and _spells(literal, " ".join(toks[k:])) and literal[0] == toks[k][0]:
                # "Wakil Ketua Dewan Perwakilan Rakyat Daerah (DPRD)": a title before the body its acronym spells
                st.acronyms[literal] = self.add_org(" ".join(toks[k:]), literal)
                return
        if literal and not _spells(literal, " ".join(toks)):
            # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Tentara Nasional Indonesia (TNI)" ("Tentara"
            # is a stop word): the name the acronym spells, across commas and stop words
            listed = _listed_name(text, end, literal)
            if listed and len(listed) > len(" ".join(toks)):
                listed = self._with_body_head(text, end - len(listed), listed)
                if text.endswith(_MINISTER_BEFORE, 0, end - len(listed)) and "," in listed:
                    return  # "Menteri Usaha Mikro, Kecil, dan Menengah (UMKM)": the minister's portfolio, no body
                st.acronyms[literal] = self.add_org(listed, literal)
                return
            if (
                listed
                and " ".join(toks).endswith(" " + listed)
                and all(tok in _OFFICE_HEADS for tok in toks[: len(toks) - len(listed.split(" "))])
            ):  # "Kantor Perserikatan Bangsa Bangsa (PBB) untuk Koordinasi ... (OCHA)": the PBB, not OCHA's first words
                st.acronyms[literal] = self.add_org(listed, literal)
                return
        if (
            3 <= len(toks) <= 4
            and self.common
            and toks[1] in self.res.given_names
            and len(toks[0]) >= 4
            and toks[0][1:].islower()
            and toks[0].lower() in self.common
            and toks[0].lower() not in _NAMED_AFTER
            and toks[0] not in self.res.given_names
            and not self._role_token(toks[0])
            and not _titled(text, start)  # "pengacara Bangun Paulus Tudungta": after a title, the name's own (ppl15)
        ):  # "Profil Sari Yuliati", "Nama Sari Yuliati": an everyday word opening the sentence before a given name
            start += len(toks[0]) + 1
            toks = toks[1:]
        before = _word_before(text, start)  # read once: three tests below ask for it (ents18)
        if toks[-1] in people_shape.SURNAME_VENUES and self.english and self.venue_surname(toks, text, start, end):
            heads = " ".join(tok for tok in toks[:-2] if self.is_head(tok))  # "Senator Frank Church": his title
            self.add_person(toks[-2:], heads or None, True)  # "board chairman John Tower", "Rich Hall said"
            st.anchored_ends.add(end)
            return
        award = people_shape.award_before(toks, before) if self.common else 0
        if award and self.name_like(toks[award:]) and self.role_split(toks[award:]) is None:
            self.add_person(toks[award:], None, True)  # "pemenang Oscar Diablo Cody": the award's winner
            st.anchored_ends.add(end)
            return
        plan = self.plan(toks)
        kind = plan.kind
        if kind == _NAME and not plan.honorific and self._firm_of_place(plan, text, start):
            return
        if kind == _NAME and before in _VESSELS:
            return  # "the German liner Wilhelm Gustloff": a ship named for a person is no person of the story
        if kind == _NAME and self._body_of_country(toks) and before not in _PARTICLES_BEFORE:
            self.add_org(" ".join(toks))  # "Electricite de France", "Gaz de France": a body named for its country
            return
        if kind == _NAME:
            name = plan.name or ()
            if (
                literal
                and not plan.honorific
                and plan.full.rsplit(" ", 1)[-1] not in _NOT_ORG_TAILS  # "ASEAN Petroleum Security Agreement (APSA)"
                and plan.full.rsplit(" ", 1)[-1] not in _THING_TAILS  # "Consumer Price Index (CPI)"
                and toks[0] not in _EVENT_HEADS  # "Hari Anak Nasional (HAN)"
                and (plan.full.rsplit(" ", 1)[-1] not in _SITE_TAILS or toks[0] in self.res.org_initial)
                and not plan.full.endswith(_THING_SYSTEMS)  # "Global Navigation Satellite System (GNSS)"
                and (
                    _spells(literal, plan.full)
                    or (len(toks) >= 3 and _JOINS.isdisjoint(toks) and toks[-1] in _FACILITY_HEADS)
                )
            ):  # "Komisi Pemberantasan Korupsi (KPK)"; "Denpasar Industrial Training Center (BDI)": a local acronym
                st.acronyms[literal] = self.add_org(plan.full, literal)
            elif plan.honorific or (
                (self.anchored(text, start, end) or _titled(text, start) or _AS_TITLE.match(text, end))
                and self.name_like(name)
            ):  # cheaper first
                self.add_person(name, None, plan.honorific)
                st.anchored_ends.add(end)
            elif self.common and self._passive_agent(text, start, end, name):
                self.add_person(name, None)  # "dilayangkan oleh Subhan Palal yang ...": by whom, then who he is
                st.anchored_ends.add(end)
            elif st.anchored_ends and self._pair_partner(text, start, name):
                self.add_person(name, None, True)  # the pair's title covers it: no everyday-word test applies
                st.anchored_ends.add(end)
            else:  # a weak name if strictly name-like: finish() asks only of those it would confirm
                key = plan.key
                if key not in st.weak and (
                    (
                        start > 2
                        and text[start - 2].islower()
                        and text.startswith(key, start)
                        and text.endswith(_ORG_NOUNS, max(0, start - 16), start - 1)
                    )
                    or (text.startswith(_MEDIA_WORDS, end) and text.endswith(key, 0, end) and _media_after(text, end))
                ):
                    st.weak_orgs.add(key)  # "state food firm Agrinas Pangan Nusantara", "Bild newspaper"
                st.weak[key] = plan.lowered
                st.weak_count[key] = st.weak_count.get(key, 0) + 1
                if (
                    text.startswith((" ", "'s", "’s"), end)
                    and self._company_cues(text)
                    and text.endswith(key, 0, end)
                    and _company_at(text, end - len(key), end)
                ):
                    st.companies.add(key)  # "Regis Healthcare has increased its": typed where it stands
        elif kind == _ROLE:
            for org in plan.orgs:
                self.add_org(org)
            body = (plan.orgs[-1] if plan.orgs else " ".join(_after_of(toks))) if literal and not plan.name else ""
            if body and literal and literal not in self.res.org_aliases and literal in _initials(body):
                st.acronyms[literal] = self.add_org(body, literal)  # "President of the Japan Chamber of ... (JCCI)"
            if plan.name and not self._portfolio_item(plan.role, plan.name, text, end):
                self.add_person(plan.name, plan.role)
        elif kind == _ORG:
            org = plan.org
            literal = literal or plan.literal or None
            if (
                self.english
                and " " in org
                and _PRODUCT_CODE.fullmatch(org)
                and org.split(" ", 1)[0] in self.res.org_known
            ):
                if _shouted_only(text, org) and org.title() in text:
                    return  # "PAN AM <PN> FEBRUARY LOAD FACTOR" and "Pan Am Corp said": one name, not PAN and a code
                org = org.split(" ", 1)[0]  # "IBM PC", "IBM XT": a brand and a product code; the brand is the org
            if text.startswith(", ", end) and org[: org.find(" ")] in _LISTED_HEADS and text.endswith(org, 0, end):
                org = self._listed_portfolio(
                    org, text, end
                )  # "Department for Business, Energy and Industrial Strategy"
            if text[start - 2 : start] == ", " and org.endswith((" and Co", " & Co")):
                m = _FIRM_BEFORE.search(text, max(0, start - 30), start)
                org = (
                    f"{m.group()}{org}"
                    if m
                    and not self.is_place(m.group()[:-2])
                    and m.group()[:-2].rsplit(" ", 1)[-1] not in _LEGAL  # "... and Co Inc, E.F. Hutton and Co": a list
                    # "said Thomas McKiernan, McKiernan and Co chairman": a person, then the firm of his name
                    and m.group()[:-2].rsplit(" ", 1)[-1] != org.split(" ", 1)[0]
                    and m.group().split(" ", 1)[0] not in self.res.given_names
                    else org
                )  # "Kidder, Peabody and Co"
            if text.endswith((" and ", "\nand "), 0, start) and org.count(" ") in (1, 2):
                org = self._partners_firm(org, text, start)
            if start > 6 and text[start - 2].isdigit() and org.split(" ")[-1] in _LEGAL:
                m = _YEAR_BEFORE.search(text, max(0, start - 40), start)
                org = f"{m.group()}{org}" if m else org  # "Volvo 1986 Lease Finance Corp"
            if acronym and org.rsplit(" ", 1)[-1] not in _LEGAL:
                place = _PLACE_AFTER.match(text, acronym.end())
                if place and self.is_place(place.group(1)):  # the acronym inside the name, then its place
                    org, literal = f"{org} {place.group(1)}", f"{acronym.group(1)} {place.group(1)}"
            if not self.english and self._on_title_line(text, start, end):
                if " of " in org or " for " in org:
                    return  # "Rencana Damai Gaza Usulan Board of Peace Trump": a title-case headline's words
                if self.common and not literal:
                    org = self._title_org(org, text)
                    if not org:
                        return
            if self.english and _LAW_AFTER.match(text, end) and org.rsplit(" ", 1)[-1] not in _LAW_MAKERS:
                return  # "under the Financial Administration act": a law's name, written with "act" in lower case
            key = self.add_org(org, literal)
            if literal:
                st.acronyms[literal] = key
        elif kind == _MENTION:
            st.singles.append((plan.mention, start, end))
        elif kind == _HON_ONE and plan.name:
            self.add_person(plan.name, None, True)

    def _partners_firm(self, org: str, text: str, start: int) -> str:
        """A partners' firm: two surnames, "and", a third and the firm's trade, perhaps a legal form ("Donaldson
        Lufkin and Jenrette Securities", "Donaldson, Lufkin and Jenrette Securities Corp"); the run after "and"
        is the tail of one name, not a firm of its own. Not when a word before "and" ends a name itself
        ("Capital Markets and Salomon Brothers", "Douglas Securities and Yorkton Securities") or the pair is a
        known firm ("Merrill Lynch")."""
        res = self.res
        toks = org.split(" ")
        if toks[1] not in _PARTNER_TRADES or toks[0] in res.org_known or (toks[2:] and toks[2] not in _LEGAL):
            return org
        m = _PARTNERS_BEFORE.search(text, max(0, start - 50), start)
        if not m:
            return org
        first, second = m.group(1), m.group(2)
        before = text[max(0, m.start() - 30) : m.start()].split()
        if (
            before and before[-1][:1].isupper() and not before[-1].endswith((",", ":"))
        ):  # "Merrill Lynch Capital Markets and ...": the pair ends a longer run
            return org
        if (
            any(
                w in res.org_final or w in _LEGAL or w in res.org_known or w in res.given_names for w in (first, second)
            )
            or f"{first} {second}" in res.org_known
            or self.is_place(first)
        ):
            return org
        return " ".join(f"{m.group()}{org}".split())

    def _title_org(self, org: str, text: str) -> str:
        """An org run on a title-case line of an Indonesian/Malay story, cut to the words that carry a name
        ("Komisi III DPR Uji Kelayakan 14 Calon" -> "Komisi III DPR", "Polda Riau Tetapkan" -> "Polda Riau"), or ""
        when only a description is left ("Pemerintah Anggarkan Vaksin", "Koperasi Disiapkan", "Perusahaan Pakan
        Ternak"). There every word is capitalised, so capitals are no evidence: a word carries the name on when it
        is an acronym, a numeral, a place, a word of the lexicon's body names ("Badan Pusat Statistik"), a word the
        story capitalises inside a sentence, or, after a head that is no everyday word ("PT", "Pemkab"), a word
        that is neither an everyday word nor a verb form. A cut name needs one word of the stronger kinds."""
        res = self.res
        toks = org.split(" ")
        if org in res.known_names or len(toks) < 2:
            return org
        forward = toks[0] in res.org_initial
        if forward:
            head, rest = toks[0], toks[1:]
        elif toks[-1].rstrip(".") in res.org_final or toks[-1] in res.team_tails:
            head, rest = toks[-1], toks[-2::-1]  # "Bali United Tantang Sabah FC": walk back from "FC"
        else:
            return org
        loose = forward and head.lower() not in self.common  # "PT", "Pemkab": the head marks a name by itself
        kept: list[str] = []
        strong = False
        for tok in rest:
            if tok in _JOINS:
                kept.append(tok)
                continue
            if not kept and forward and head in _SEAT_HEADS and self.is_place(tok):
                kept.append(tok)  # "Polres Bogor Juara ...": a regional body's seat ("bogor" is an everyday word)
                strong = True
                # the seat completes the name: a later word needs evidence of its own, being no everyday word is
                # none on a title-case line ("Pemkot Kendari Perkuat Digitalisasi UMKM": "Perkuat" is a verb)
                loose = False
                continue
            grade = self._title_word(tok, text, loose)
            if not grade:
                break
            kept.append(tok)
            strong = strong or grade > 1
        while kept and kept[-1] in _JOINS:
            kept.pop()
        name = " ".join([head, *kept] if forward else [*reversed(kept), head])
        if not kept or (len(kept) < len(rest) and not strong and name not in res.known_names):
            return ""
        return name

    def _title_word(self, tok: str, text: str, loose: bool) -> int:
        """How a word of a title-case line carries an org name on (``_title_org``): 2 by itself (an acronym, a
        numeral, a region of the lexicon, a word the story capitalises inside a sentence, a plain name word after
        a ``loose`` head), 1 as a word of the lexicon's body names or a country ("Perusahaan Jepang" is "Japanese
        companies"), 0 not (an everyday word or a verb form: the headline's predicate). The gazetteer is no
        evidence here: it holds towns named like everyday words ("Uji", "Juara")."""
        if (tok.isupper() and len(tok) >= 2 and tok.isalpha()) or is_roman(tok):
            return 2
        if any(ch.isdigit() for ch in tok):
            return 0  # "PT TPL Rp2 Triliun": an amount
        res = self.res
        if tok in res.places:
            return 1 if tok in res.countries else 2
        if tok in res.name_words:
            return 1
        if _capitalised_in_prose(text, tok):
            return 2
        low = tok.lower()
        return 2 if loose and low not in self.common and not _id_verb_form(low, self.common) else 0

    def _firm_of_place(self, plan: _Plan, text: str, start: int) -> bool:
        """A firm's name (a legal form last), "of" and a place ("Peavey Co of Minneapolis", "Aluminum Co of
        America"): recorded as an organisation. The place is the firm's seat, cut off, unless the words before it
        are everyday ones and the place a country or state ("Public Service Co of New Mexico", "Petroleum Corp of
        Jamaica") or the name is one such word ("Financial Corp of Santa Barbara"): then it is part of the name.
        A run after "and" or a possessive is the tail of a longer name ("Wyrough and Loser Inc of Trenton")."""
        before, of, place = plan.full.partition(" of ")
        if not of or " " not in before or text.endswith((" and ", " & ", "'s ", "’s "), 0, start):
            return False
        words = tuple(before.split(" "))
        if len(words) > 5 or words[-1].rstrip(".") not in _LEGAL or not self.org_of(words) or not self.is_place(place):
            return False
        common = self.res.common_words.get("en", frozenset())
        generic = all(w.lower() in common or w in self.res.org_final for w in words[:-1])
        whole = generic and (len(words) == 2 or place in self.res.countries or place in _STATES)
        whole = whole or place == "America"  # "Dynamics Corp of America": no firm's seat, its name (org15)
        if not whole and place in self.res.countries and words[-1] in ("Co", "Company"):
            # "Aetna Casualty Co of Canada" beside its parent "Aetna Life and Casualty Co": a subsidiary's name
            whole = any(o.name != before and o.name.startswith(words[0] + " ") for o in self.st.orgs.values())
        self.add_org(plan.full if whole else before)
        return True

    def plan(self, toks: tuple[str, ...]) -> _Plan:
        """chunk()'s verdict on a piece, memoised unless an acronym the article defined is in it."""
        acronyms = self.st.acronyms
        if acronyms and not acronyms.keys().isdisjoint(toks):
            return self._plan(toks)  # ``org_of`` of one of its tokens depends on this article
        table = self.memo.plan
        plan = table.get(toks)
        if plan is None:
            plan = self._plan(toks)
            remember(table, toks, plan, _MEMO_SIZE)
        return plan

    def _club_opens(self, role: Sequence[str], name: Sequence[str]) -> bool:
        """ "Pelatih Borussia Dortmund Niko Kovac", "Pelatih Aston Villa Unai Emery": a known club's words between
        the title and the name belong to the title (the body it names), not to the person."""
        known = self.res.org_known
        return (len(name) >= 4 and " ".join(name[:2]) in known) or " ".join((role[-1], name[0])) in known

    def _plan(self, toks: tuple[str, ...]) -> _Plan:
        res = self.res
        if toks[0] in _CREDIT_WORDS:
            return _NOTHING_PLAN  # "Photo Samantha Zucchi /Insidefoto/Sipa USA": a photographer's credit
        if toks[0] in _RATINGS and len(toks) > 2:
            return self._plan(toks[1:])  # "from BBB Public Service Co of Indiana's": the grade, then the firm (org17)
        last = toks[-1]
        if (
            len(toks) >= 3
            and last.isupper()
            and last.isalpha()
            and last == "".join(t[0] for t in toks[:-1] if t[0].isupper())
        ):
            return _Plan(_ORG, org=" ".join(toks[:-1]), literal=last)  # "the official Saudi Press Agency SPA"
        hon = self.honorific(toks)
        peer = toks[0] if hon == 1 and toks[0] in _PEERAGE else ""
        if hon:
            toks = toks[hon:]
        split = None if hon else self._role_split(toks)  # the plan memo stands in for role_split's
        if (
            split is not None
            and "of" in toks
            and toks[-1].rstrip(".") in _LEGAL
            and " ".join(toks[: toks.index("of")]) in res.known_names
        ):
            split = None  # "General Motors of Canada Ltd": a known firm's words, no title ("General") (org17)
        if split is not None and (len(split[1]) >= 2 or not self.org_of(toks)):
            role, name = split
            while len(name) > 2 and (  # "Minister for Food Affairs Zulkifli Hasan", "Governor of the Bank of England X"
                not self.name_like(name)
                or name[0][0].islower()
                or role[-1] in ("of", "for")  # "Chief Inspector of Mines Redzuan Sumun": the title's field first
                or (self.is_place(name[0]) and not self._given_first(name))
                or self._club_opens(role, name)
                or (self._bare_head(role) and name[0] not in res.given_names)  # "Kepala Badan Geologi Wafid"
            ):
                role, name = (*role, name[0]), name[1:]
            if name and self._bare_head(role) and name[0] not in res.given_names:
                # "Tim Ahli Badan Geologi Bandung": no person stands right after a body's head word
                titled = (*role, *name)
                named = self._headed_body(titled)
                aliases = tuple(tok for tok in name if tok in res.org_aliases)  # "Kepala Biro SDM Kemenkeu"
                return _Plan(_ROLE, None, (named, *aliases) if named else self.role_orgs(role), " ".join(role))
            name = self.strip_places(name)
            if (
                "of" in name[1:4]
                and self.is_place(" ".join(name[name.index("of") + 1 :]))
                and not all(t.lower() in self.res.common_words.get("en", ()) for t in name[: name.index("of")])
            ):  # "Senator Robert Dole of Kansas": the place is not in the name ("Executive Life of New York" is one)
                name = name[: name.index("of")]
            elif "of" in name[2:4] and self._employer_word(name[: name.index("of")], name[name.index("of") + 1 :]):
                name = name[: name.index("of")]  # "Analyst Rosemarie Morbelli of Ingalls (and Snyder)"
            if name and name[0][0].islower():
                name = ()  # "Ekonom Center of Reform": the words after the title are a body's, "of Reform" no name
            while len(name) > 2 and name[-1] in res.places:
                name = name[:-1]  # "Secretary of State George Shultz China's": the country is the next word
            if len(name) == 1 and role[-1] in ("of", "at", "dari") and not self.is_place(name[0]):
                # "CEO of Poet": the one word after "of" is the body, not a person
                return _Plan(_ROLE, None, (*self.role_orgs(role), name[0]), " ".join(role))
            if name and (self.name_like(name) or self._minister_named(role, name)):
                return _Plan(_ROLE, name, self.role_orgs(role), " ".join(role))
            if not hon and len(role) == 1 and role[0] in _ACRONYM_OFFICERS and len(name) >= 2 and self.org_of(name):
                return _Plan(_ORG, org=" ".join(name))  # "CEO Oona Insurance": the officer's title is no firm's word
            if not hon and ("of" not in role or toks[0] in _OF_HEADS) and self.org_of(toks):
                # "General Electric Co": a head word opens an org name; "Directorate General of Financing and Risk
                # Management": a body's head word opens the run and no person follows the "General"
                return _Plan(_ORG, org=" ".join(toks))
            # no name: "General Secretary of the Christian Social Union Party" names a body
            return _Plan(_ROLE, None, self.role_orgs(toks), " ".join(role))
        if not hon and toks[0] not in res.org_initial and not res.org_strong.isdisjoint(toks[1:]):
            # "Saham PT Telkom Indonesia Tbk": a sentence-initial word before the org
            at = next(i for i in range(1, len(toks)) if toks[i] in res.org_strong)
            if self.is_place(" ".join(toks[at - 1 : at + 1])):
                toks = toks[at + 1 :]  # "Pebasket Amerika Serikat John Wall": "Serikat" ends the country's name
                if not toks:
                    return _NOTHING_PLAN
                return self._plan(toks)
            toks = toks[at:]
        if not hon and "of" in toks[2:4]:  # "Larry Eckenfelder of Prudential-Bache Securities"
            at = toks.index("of")
            person, body = toks[:at], toks[at + 1 :]
            # a firm with a legal form after a given name may open with a town ("Robert Brusca of Nikko Securities
            # Co International Inc"); otherwise a place after "of" is the body's seat ("Barnett Banks of Florida")
            # ("Bill Bolster of Munger Oil Information Services": a body head ends it as well as a legal form)
            firm = (
                len(body) >= 3
                and (body[-1].rstrip(".") in _LEGAL or body[-1] in res.org_final)
                and person[0] in res.given_names
            )
            if (
                self.org_of(body)
                and not self.org_of(person)
                and (firm or not (self.is_place(body[0]) or self.is_place(" ".join(body[:2]))))
                and self.name_like(person, strict=True)
            ):
                return _Plan(_ROLE, person, (" ".join(body),))
            if self._firm_of(person, body):  # "Ryan Eagle of Ferrier Hodgson": a given name, "of", a firm
                return _Plan(_ROLE, person, (" ".join(body),))
            if self._employer_word(person, body):  # "Rosemarie Morbelli of Ingalls (and Snyder)": the person
                return _Plan(_ROLE, person)
        if not hon and len(toks) >= 4 and toks[0] in res.org_initial:
            for k in (
                2,
                3,
            ):  # "Fakultas Kedokteran Universitas Tufts Kimberly Dong", "... and Development Jean-Claude Paye"
                tail = toks[-k:]
                if (
                    tail[0].split("-", 1)[0] in res.given_names
                    and self.org_of(toks[:-k])
                    and self.name_like(tail, strict=True)
                ):
                    return _Plan(_ROLE, tail, (" ".join(toks[:-k]),))
        if not hon and self.org_of(toks):
            if len(toks) > 2 and "-" in toks[0] and toks[0].rsplit("-", 1)[-1].islower():
                toks = toks[1:]  # "Seoul-based Kium Securities", "Cash-strapped StarAfrica Corporation"
            elif len(toks) > 3 and toks[1] == "of" and toks[0] in _SHARE_WORDS and self.org_of(toks[2:]):
                toks = toks[2:]  # "Shares of Polaroid Corp rose": the org is after "of"
            return _Plan(_ORG, org=" ".join(toks))
        if not hon and len(toks) == 2 and is_roman(toks[1]) and toks[0].isupper():
            return _NOTHING_PLAN  # "EC I", "EC II" in a standings table: a cup's level, not the European Community
        if (
            not hon
            and toks[0] in res.org_known
            and toks[0].isupper()
            and all(t.isupper() and len(t) <= 4 for t in toks[1:])
        ):
            return _Plan(_ORG, org=" ".join(toks))  # "TNI AL", "KPK RI": a known body and its unit
        if not hon and toks[0] in res.org_words and all(tok in res.non_name for tok in toks[1:]):
            return _Plan(_ORG, org=toks[0])  # "Hezbollah Shi'ite militia": a known body, then what it is
        full = " ".join(toks)  # the org name when the text defines an acronym for it
        if "of" in toks[1:4] and self.is_place(" ".join(toks[toks.index("of") + 1 :])):
            toks = toks[: toks.index("of")]  # "Robert Dole of Kansas": the place is not in the name
        if len(toks) == 1:
            tok = toks[0]
            if hon and self.name_like(toks):
                return _Plan(_HON_ONE, (peer, *toks) if peer else toks)  # "Lord Henley": a peer's name is his title
            if not (tok in res.title_heads or tok in res.non_name or tok in res.org_final):
                return _Plan(_MENTION, mention=tok)
            return _NOTHING_PLAN
        toks = self.strip_places(toks)
        if len(toks) >= 3 and toks[0] in _POSITIONS and toks[1] in res.given_names:
            toks = toks[1:]  # "G Kirk Hinrich", "QB Patrick Mahomes": a box-score position
        return _Plan(
            _NAME,
            toks,
            honorific=bool(hon),
            full=full,
            key=" ".join(toks),
            lowered=tuple(_bare(t).lower() for t in toks),
        )

    # -- resolution ---------------------------------------------------------------------------
    def finish(self, text: str, credited: set[str]) -> tuple[list[_Person], list[_Org]]:
        """Confirm weak names, fold short mentions and sub-names, drop credited names."""
        st = self.st
        # a lone word the story ever writes after "in"/"near"/"di" is a place: it confirms no name ("Trans Borneo"
        # by "hydropower in Borneo"; "Sendang Bancolono" by "di Bancolono" beside "kawasan Bancolono")
        placed = {tok.lower() for tok, i, _ in st.singles if text.endswith(_LOCATIVE, max(0, i - 8), i)}
        single_words = {tok.lower() for tok, _, _ in st.singles} - placed
        given = self.res.given_names
        confirmed = []
        single_counts: Counter[str] | None = None
        for name, toks in st.weak.items():
            if name in st.weak_orgs and not self.is_place(name):  # an org noun before it, a media word after
                self.add_org(name)
            elif (
                len(toks) == 2
                and toks[1] in single_words
                and name.split(" ", 1)[0] not in given
                and not name.split(" ", 1)[1][0].islower()  # "Bashar al-Assad": a particle makes the whole a name
            ):
                if single_counts is None:  # lone words, and those of them not opening a sentence
                    single_counts = Counter(tok.lower() for tok, _, _ in st.singles)
                    single_counts.update(
                        "\t" + tok.lower()
                        for tok, i, _ in st.singles
                        if i > 2 and text[i - 1] == " " and text[i - 2] not in '.!?:"“”'
                    )
                if (
                    single_counts[toks[1]] >= 2
                    and single_counts["\t" + toks[1]]
                    and _sentence_initial(text, name)
                    # "Samson Ebukam, an edge rusher", "Sen. Jake Garn": a given name, no sentence opener (ini17)
                    and not (self.english and people_shape.whole_at_opening(text, name))
                ):
                    # "Karier Madonna sebagai penyanyi ..." and "Madonna" alone again and again: a capitalised
                    # sentence opener before a one-word name; the name is the person
                    confirmed.append(name.split(" ", 1)[1])
                else:
                    confirmed.append(name)
            elif (
                st.weak_count[name] >= 2
                or toks[-1] in single_words
                or (toks[0] in single_words and toks[0] in self._named_singles(text))
                or (len(toks) <= 3 and name.split(" ", 1)[0] in given)  # "Robert Rene Alberts": a given name first
                or (len(toks) == 3 and len(toks[1]) == 2 and toks[1][1] == ".")  # "Gil L. Leathley": a middle initial
                or (self.english and self._headline_name(name, text))
                or self._headline_echo(name, text)
                or (self.english and people_shape.possessive_subject(text, name))  # "X threw his" (ini17)
            ):
                confirmed.append(name)
            elif len(toks) > 2 and (tail := self._named_tail(name, toks, text)):
                confirmed.append(tail)
        done = set(confirmed)
        for name in st.weak:  # an unconfirmed piece the story types as a company ("Regis Healthcare has increased its")
            if name in done or name in st.weak_orgs:
                continue
            if name in st.companies and self._company_said(name, text):
                if not self.is_place(name) and not self.is_place(name.rsplit(" ", 1)[-1]):
                    self.add_org(name)
                    done.add(name)
            elif " " in name and self._sibling_unit(name, text):
                self.add_org(name)  # "Samsung Heavy Industries and Samsung Engineering": two units of one group
                done.add(name)
            elif name[name.rfind(" ") + 1 :] in self.res.org_words:
                org = self._opener_org(name, text)
                if org:
                    self.add_org(org)  # "Incoming Telstra boss Andy Penn": "Incoming" opens the sentence
                    done.add(name)
        for name in confirmed:  # first, so that a list holding a confirmed name anchors the others
            self._confirm(name, text)
        pending = [  # a listed name needs a person in its list, or a given name of its own
            name
            for name in st.weak
            if name not in done and (st.people or name.split(" ", 1)[0] in given) and _next_to_separator(text, name)
        ]
        if pending:  # weak names that may stand in a list with a name ("Rizky Billar, Lesti Kejora, dan Asila Maisa")
            for name in self.listed(text, pending):
                self._confirm(name, text)
        if "-" in text and "(" in text:
            self._agate_people(text)
        order = {key: i for i, key in enumerate(st.people)}
        people = sorted(st.people.values(), key=lambda p: -len(p.tokens))
        kept: list[_Person] = []
        # kept names by token, in kept order: a host of a sub-name holds its first token (a long
        # story names thousands of people; comparing each with every kept name was quadratic)
        hosts: dict[str, list[tuple[frozenset[str], _Person]]] = {}
        for person in people:  # fold sub-names ("Budi Sadikin" into "Budi Gunadi Sadikin")
            tokens = frozenset(person.tokens)
            if person.tokens:
                host = next((k for toks, k in hosts.get(person.tokens[0], ()) if tokens <= toks), None)
            else:
                host = kept[0] if kept else None
            if host is None:
                kept.append(person)
                for tok in tokens:
                    hosts.setdefault(tok, []).append((tokens, person))
            else:
                host.mentions += person.mentions
                for role in person.roles:
                    _add_role(host.roles, role)
        known_tokens = {t for p in kept for t in p.tokens}
        res = self.res
        surnames, teams, team_tails, org_words = res.org_surnames, res.city_teams, res.team_tails, res.org_words
        acronyms: Counter[str] = Counter()
        for tok, start, end in st.singles:  # a lone name next to a reporting verb ("kata Jokowi")
            low = tok.lower()
            if (
                tok.isupper()
                and 3 <= len(tok) <= 6
                and tok.isalpha()
                and tok not in _NOT_ORG_ACRONYMS
                and text[start - 1 : start] == " "
                and text[end : end + 1] in (" ", ",", ".", "'", "’", ":")
                and any(ch.islower() for ch in text[max(0, start - 12) : start])
                and any(ch.islower() for ch in text[end : end + 12])
            ):
                acronyms[tok] += 1  # in prose, not in an all-capitals headline or table
            if tok in surnames and low not in known_tokens:  # "Ford", and no Gerald Ford in the story
                self.add_org(tok)
                continue
            if text.startswith(", ", end) and _APPOSED_ORG.match(text, end) and not self.is_place(tok):
                self.add_org(tok)  # "Euratom, the European atomic energy agency,"
                continue
            if text.startswith(_BOSS_WORDS, end) and low not in known_tokens and self._boss_of(tok, text, end):
                self.add_org(tok)  # "Incoming Telstra boss Andy Penn": the company the boss runs
                continue
            if low in known_tokens or len(tok) < 2:
                continue
            if (tok in teams or tok in team_tails) and text[start - 4 : start] in ("the ", "The "):
                if text.count(tok) >= 2:
                    self.add_org(tok)  # "the Saints", "the Chargers": a team nickname the story repeats
                    continue
            elif "-" in tok and all(part in org_words or part in teams for part in tok.split("-")):
                for part in tok.split("-"):  # "Chiefs-Rams 2.0": two teams
                    self.add_org(part)
                continue
            after_lower = start > 3 and text[start - 1] == " " and text[start - 2].islower()  # "... body Barb"
            masthead = after_lower and text.endswith(_PAPER_NOUNS, max(0, start - 12), start - 1)
            if (
                (after_lower and text.endswith(_ORG_NOUNS, max(0, start - 16), start - 1))
                or (text.startswith(_MEDIA_WORDS, end) and _media_after(text, end))
            ) and (masthead or not self.is_place(tok)):
                self.add_org(tok)  # "research body Barb", "N24 television", "the newspaper Granma reported"
                if masthead:
                    st.mastheads.add(tok)
                continue
            if (
                len(tok) > 2
                and (self.anchored(text, start, end) or (after_lower and _titled(text, start)))  # cheaper first
                and not (after_lower and text.endswith(_LOCATIVE, max(0, start - 8), start))  # "near Highmore, said"
                and not (after_lower and text.endswith(" the ", max(0, start - 5), start))  # "the Focus said": a title
                and not self._partner_after_and(text, start, known_tokens)  # "Donaldson Lufkin and Jenrette, noted"
                and (
                    self.name_like((tok,), strict=True)
                    # '..." Cardenas said.': a minor town's name that speaks is a person's (ini17)
                    or (
                        tok not in res.places
                        and tok not in res.not_in_name
                        and not tok.isupper()
                        and people_shape.quoted_speaker(text, tok)
                        and not any(low in key.split(" ") for key in st.orgs)  # "Samuel Montagu and Co Ltd"
                    )
                )
                and (tok,) not in self.res.honorifics.get(tok, ())  # "chairman Sen. Paul Sarbanes": a title alone
            ):
                kept.append(_Person(tok, (low,), []))
                known_tokens.add(low)
        for tok, n in acronyms.items():
            if (
                n >= 3
                and f"({tok})" not in text
                and not self.is_place(tok)
                and not _spelled_lower(text, tok)
                and not _model_line(text, tok)
            ):  # "(APSA)": defined, and no body; "an exchange for physical or EFP": a term the text spells
                self.add_org(tok)  # "ASADA was implementing ...", "ASADA is Australia's ...": a body the story names
        kept.sort(key=lambda p: order.get(p.name.lower(), len(order)))
        kept = [p for p in kept if not is_credited(p.name.lower(), credited) and not self._common_word(p, text)]
        if "contributed" in text or "Reporting by" in text:  # "AP writers Dina Cappiello and Matt Apuzzo contributed"
            lines = [_sentence_of(text, m.start(), m.end()) for m in _CREDIT_LINE.finditer(text)]
            kept = [p for p in kept if not lines or not _only_in(text, p.name, lines)]
        if kept:
            stems = self.org_stems()
            kept = [p for p in kept if not self.is_org(p, text, stems) and not self._holds_org(p)]
        if " v " in text or " vs" in text or (") " in text and _SCORE_HINT.search(text)) or _bare_row_in(text):
            self._table_teams(text, kept)
        if kept and " (" in text:
            self._bracketed_teams(text, kept)
        if kept and self.st.teams:
            org_keys = {o.name.lower() for o in self.st.orgs.values()}
            kept = [p for p in kept if p.name.lower() not in org_keys]
        orgs = [org for org in self.fold_orgs() if agency(org.name) is None or not _credit_only(text, org.name)]
        return kept, [org for org in orgs if not self._everyday_word(org, text)]

    def _everyday_word(self, org: _Org, text: str) -> bool:
        """Is a known one-word org name here an everyday word of the story's language, not the org? A capitals
        headline's verb ("UPS DIV", "PAN AM <PN>": "ups", "pan") when the story names it nowhere else, or in
        Indonesian/Malay copy a word of the language ("Mobil", a car, not Mobil Corp)."""
        name = org.name
        if org.literal:  # "European Community" from a lone "EC": the word the text wrote
            if self.res.org_aliases.get(org.literal) != org.name:
                return False  # the text defines or spells the name
            name = org.literal
        if " " in name or name not in self.res.org_words:
            return False
        low = name.lower()
        if name.isupper():
            return low in self.res.common_words.get("en", frozenset()) and _shouted_only(text, name)
        # Indonesian names of bodies are frequent words there too ("Polri", "Garuda"): the story must also write
        # the word in lower case ("sebuah mobil")
        return not self.english and low in self.common and _lower_word_in(text, low)

    def _opening_report(self, text: str, start: int, end: int) -> bool:
        """Does an Indonesian/Malay reporting word open the sentence and the run ("Menurut Arif, ...",
        according to A.; "Kata Anwar, ...", said A.)? ``verb_before`` reads the lower-case words inside a
        sentence; capitalised at its start the word joins the run (the breaker split leaves the name, the span
        stays the run's). "Kata" also opens headlines ("Kata Bahlil soal ...", what B. says about): it needs the
        comma of a clause after the name. The word must be an everyday word of the story's language (not an
        English "Kata")."""
        word = text[start : text.find(" ", start)]
        if word.lower() not in self.common or not (
            start == 0 or text[start - 1] == "\n" or (text[start - 1] == " " and text[start - 2 : start - 1] in '.!?"”')
        ):
            return False
        return word != "Kata" or text.startswith(",", end)

    def _named_singles(self, text: str) -> set[str]:
        """Lone words (lower-cased) the story writes as a name: inside a sentence, before a reporting verb
        ("... said Lula", "Lula said"), or opening a sentence when no everyday word of the story's language
        ("Diananda kembali ke pelatnas"); "Test body." does not make "Test Abstract" a person, nor "Polisi
        menyelidiki" the headline's "Polisi Selidiki"."""
        named = self.st.named
        if named is None:
            named = self.st.named = set()
            verb_after, common = self.res.verb_after, self.common
            for tok, i, j in self.st.singles:
                low = tok.lower()
                if (
                    low not in common
                    or (i > 2 and text[i - 1] == " " and text[i - 2] not in '.!?:"“”')
                    or verb_after.match(text, j)
                ):
                    named.add(low)
        return named

    def _passive_agent(self, text: str, start: int, end: int, name: Sequence[str]) -> bool:
        """Is the run the agent of an Indonesian/Malay passive, then described ("digugat oleh Subhan Palal yang
        ...", sued by S.P., who ...)? "oleh ... yang" frames a doer; a body or a place there ("oleh Bank
        Indonesia yang", "oleh Persib Bandung yang") is refused by its words."""
        return (
            text.endswith(" oleh ", max(0, start - 6), start)
            and text.startswith((" yang ", ", yang "), end)
            and self._name_words(name)
            and self.name_like(name, strict=True)
        )

    def _name_words(self, name: Sequence[str]) -> bool:
        """Two or three words that could be a name with no title to vouch for it: a capitalised first word no
        everyday word of the story's language or of English ("dan Timnas Indonesia", "and The Economist"), and
        no body's or trade word last ("Bank Indonesia", "Barry Citrus Products")."""
        if not 2 <= len(name) <= 3 or not name[0][1:].islower():
            return False
        first, last = name[0].lower(), name[-1]
        return (
            first not in self.common
            and first not in self.res.common_words.get("en", frozenset())
            and last not in self.res.org_words
            and last not in people_shape.FIRM_TAILS
            and not _MINISTRY.fullmatch(name[0])
        )

    def _pair_partner(self, text: str, start: int, name: Sequence[str]) -> bool:
        """Is the run at ``start`` the second of a pair whose first a title anchored ("aktris Diablo Cody dan
        Cressida Wilson", "screenwriter Diablo Cody and Cressida Wilson")? The title covers both. The second must
        read as a name on its own terms: two to three words, no place first, no body's or trade word at its end
        ("pelatih Shin Tae-yong dan Timnas Indonesia" stays out)."""
        return (
            text.endswith((" dan ", " and "), max(0, start - 5), start)
            and start - 5 in self.st.anchored_ends
            and self._name_words(name)
            and not self.is_place(name[0])  # a surname may be a town's name ("Cressida Wilson"), a given name not
            and self.name_like(name)
        )

    def _partner_after_and(self, text: str, start: int, known: set[str]) -> bool:
        """Does a lone word at ``start`` follow "and" after two capitalised words that are no person or title
        ("at Donaldson Lufkin and Jenrette, noted")? Then it closes a firm's name; "President Reagan and
        Gorbachev said" pairs two people."""
        if not text.endswith(" and ", max(0, start - 5), start):
            return False
        words = text[max(0, start - 60) : start - 5].split(" ")[-2:]
        if len(words) == 2 and words[0] == "of":  # "Rosemarie Morbelli of Ingalls and Snyder said": one firm
            w = words[1]
            return w[:1].isupper() and w[1:].isalpha() and w not in self.res.given_names and not self.is_place(w)
        return (
            len(words) == 2
            and all(w[:1].isupper() and w[1:].isalpha() and w.lower() not in known for w in words)
            and not any(self.is_head(w) or w in self.res.given_names for w in words)
        )

    def _agate_people(self, text: str) -> None:
        """People in results tables: a probable pitcher with his record after a team ("Kansas City (Lopez 1-7)
        at Baltimore (Means 8-8)"); the surname folds into a full name the story gives."""
        res = self.res
        for m in _AGATE_RECORD.finditer(text):
            i = m.start()
            if i < 2 or text[i - 1] != " " or not (text[i - 2].isalnum() or text[i - 2] == "."):
                continue  # after a team's name: "Kansas City (Lopez 1-7)"
            name = m.group(1)
            toks = tuple(name.split(" "))
            if (
                name not in res.org_words
                and toks[-1] not in res.team_tails
                and not self.is_place(name)
                and self.name_like(toks, strict=len(toks) > 1)
            ):
                self.add_person(toks, None, True)

    def _common_word(self, person: _Person, text: str) -> bool:
        """Is the name's first word a common word the story also writes in lower case ("History says ...",
        "Membuat Serial", "Sendang Bancolono": "sendang" recurs)? Names are not written in lower case;
        given names ("Will", "Budi") and titled or honoured names are spared, unless two or more of the words are
        the (Indonesian/Malay) story's everyday words: a title-case headline's words after a title ("Tim Ahli Forensik
        Ambil Sampel Tanah", "Polri Rangkul Anak Lewat Penghargaan"), no name however titled."""
        words = person.name.split(" ")
        if (
            not self.english
            and self.common
            and len(words) >= 2
            and sum(w.lower() in self.common and w not in self.res.given_names for w in words) >= 2
        ):
            return True
        if person.strong:
            return False
        first = words[0]
        if first in self.res.given_names:
            return False
        if len(first) >= 3 and first[1:].islower() and _lower_word_in(text, first.lower()):
            return True
        # Indonesian/Malay title-case headlines: "Besok Ibam Wajib Bebas" ("Ibam must be free"); English
        # surnames are too often common words ("Rose", "Young") for this test
        return not self.english and any(
            len(w) >= 4 and w[1:].islower() and _lower_word_in(text, w.lower()) for w in words[1:]
        )

    def listed(self, text: str, pending: list[str]) -> list[str]:
        """Weak names joined in a list ("Novak Djokovic (3,2), Rafael Nadal (3,5), dan Roger Federer"):
        confirmed when the list holds a person already found, or when they open with a given name
        ("Pete Sampras (4,9) dan Andre Agassi (6,1)"); car models and product lines do not."""
        people = {p.name for p in self.st.people.values()}
        spans: list[tuple[int, int, str]] = []
        given = self.res.given_names
        others = [name for name in self.st.weak if name.split(" ", 1)[0] in given]  # may join a given-name chain
        for name in dict.fromkeys((*pending, *others, *people)):
            for i, j in _mentions(text, name):
                if len(spans) >= 400:
                    break
                if (not i or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
                    spans.append((i, j, name))
        spans.sort()
        wanted = set(pending)
        out: list[str] = []
        chain: list[str] = []
        for k, (_, end, name) in enumerate(spans):
            chain.append(name)
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if nxt is not None and nxt[0] > end and _LIST_SEP.fullmatch(text, end, nxt[0]):
                continue
            if len(set(chain)) >= 2 and not wanted.isdisjoint(chain):
                anchored = not people.isdisjoint(chain)
                out.extend(n for n in chain if n in wanted and (anchored or n.split(" ", 1)[0] in given))
            chain = []
        return list(dict.fromkeys(out))

    def is_org(self, person: _Person, text: str, stems: set[str]) -> bool:
        """Is this "person" an organisation by what the story says of it? Records it as one if so.

        The short form of a suffixed org ("E.F. Hutton" of "E.F. Hutton Group Inc", "Purolator" of
        "Purolator Courier Corp"), a company named after a person with no such person in the story
        ("Ford"), or a name the story gives shares, units or "said its" ("shares of Purolator")."""
        low = person.name.lower()
        if low in stems:
            return True
        if len(person.tokens) == 1 and person.name.endswith(_GLUED_LEGAL) and person.name[-5:-4].islower():
            self.add_org(person.name)  # "KeyCorp said": a legal form glued to the name (also "Norwest Bancorp")
            return True
        if len(person.tokens) == 1 and person.name in self.res.org_surnames:
            self.add_org(person.name)
            return True
        name = person.name
        if not person.strong and self._company_said(name, text):
            self.add_org(name)  # "Building products maker James Hardie has lifted its profits"
            return True
        if person.tokens[0].title() in self.res.given_names and len(person.tokens) > 1:
            return False  # "Steven Reid, a company founder"
        if not person.strong and " its" in text and any(_SAYS_IT_ITS.match(text, j) for _, j in _mentions(text, name)):
            self.add_org(name)  # "Medibank Private says it is successfully using its position": itself as "it"
            return True
        if self._org_said(name, text):
            self.add_org(name)
            return True
        return False

    _org_names_seen: tuple[int, frozenset[str]] = (-1, frozenset())

    def _org_names(self) -> frozenset[str]:
        """The names of the orgs found so far (orgs are only ever added, and a name never changes)."""
        seen, names = self._org_names_seen
        if seen != len(self.st.orgs):
            names = frozenset(org.name for org in self.st.orgs.values())
            self._org_names_seen = (len(self.st.orgs), names)
        return names

    def _boss_of(self, tok: str, text: str, end: int) -> bool:
        """Is a lone word before "boss"/"chairman"/"founder" and a capitalised name the company that person runs
        ("Telstra boss Andy Penn", "TRW chairman Ruben Mettler")? Not a place, demonym, given name or everyday word
        ("Company chairman", "Committee chairman"), nor a word of an org already found ("Penney chairman")."""
        k = end + next(len(w) for w in _BOSS_WORDS if text.startswith(w, end))
        res = self.res
        if k >= len(text) or not text[k].isupper() or len(tok) < 2 or not tok[0].isupper():
            return False
        start = end - len(tok)
        if start < 2 or text[start - 1] != " " or text[start - 2] in '.!?:-–—\n"“':
            return False  # "Subcommittee chairman John Dingell": a capital that opens a sentence is no evidence
        low = tok.lower()
        if (
            tok in res.given_names
            or tok in res.not_in_name
            or low in res.common_words.get("en", frozenset())
            or low in self.common
            or self.is_place(tok)
        ):
            return False
        return not any(tok in org.name.split(" ") for org in self.st.orgs.values())

    def _headline_name(self, name: str, text: str) -> bool:
        """A name in a sentence-case headline ("Siapa saja juara dunia F1? Ini daftarnya, hingga terbaru Lando
        Norris") is the story's person even when the body does not repeat it: capitals there mark names, and two or
        three plain capitalised words that are no everyday word of English or Indonesian/Malay, no known org (and,
        as for every weak name, no place) have no other reading. A title-case headline capitalises every word:
        no evidence there. English copy only: Indonesian headlines capitalise local places and things the word lists
        do not hold ("warga Kebon Sirih", "pariwisata Gili Matra", "Profil Sari Yuliati")."""
        line = self.headline
        if line is None:  # the first line, once per article; "" when it is a title-case line
            end = text.find("\n", 0, 400)
            line = self.headline = text[:end] if end > 0 else ""
            if line.count(" ") > 20 or line.rstrip().endswith(".") or _title_line(line):
                line = self.headline = ""  # no headline: one paragraph, a sentence, or title case
        if name not in line:
            return False
        words = name.split(" ")
        return 2 <= len(words) <= 3 and self._plain_name_words(words)  # (English only: the story's words are en)

    def _plain_name_words(self, words: Sequence[str]) -> bool:
        """Plain capitalised words that are no everyday word of English, Indonesian/Malay or the story's language
        and no org word: on a title-case line, what only a name can be."""
        common = self.res.common_words
        en, id_ = common.get("en", frozenset()), common.get("id", frozenset())
        return all(
            w.isalpha()
            and w[1:].islower()
            and w.lower() not in en
            and w.lower() not in id_
            and w.lower() not in self.common
            and w not in self.res.org_words
            for w in words
        )

    def _named_tail(self, name: str, toks: Sequence[str], text: str) -> str:
        """The full name that ends a title-case headline's run, from a lone word the prose writes as a name
        ("... Persoalan Pendidikan Gibran Rakabuming Raka" over "latar belakang pendidikan Gibran"): the prose's
        capital marks the word a name, the plain words after it in the headline complete it. "" when none."""
        if not _on_title_lines(text, name):
            return ""
        words = name.split(" ")
        k = next((k for k in range(1, len(words) - 1) if self._single_in_prose(words[k], text)), 0)
        tail = words[k:]
        id_ = self.res.common_words.get("id", frozenset())
        if (
            not k
            or len(tail) > 3
            or not self._plain_name_words(tail)
            or any(_id_derived(w.lower(), id_) for w in tail)
            # "Makam Sutrimo Dibongkar Aparat": an affixed word after the name is the headline's verb, whether
            # the word lists hold its root or not (``_only_in_title_lines`` reads a name's last word so)
            or any(w.startswith(("Di", "Ter", "Ber", "Me", "Pe", "Ke")) for w in tail[1:])
        ):
            return ""
        return " ".join(tail)

    def _single_in_prose(self, tok: str, text: str) -> bool:
        """Does the story write ``tok`` alone inside a sentence, after a lower-case word ("kepada Laras ...")?"""
        return any(
            tok == one and i > 2 and text[i - 1] == " " and text[i - 2].islower() for one, i, _ in self.st.singles
        )

    def _headline_echo(self, name: str, text: str) -> bool:
        """A name the prose writes once inside a sentence and a title-case headline repeats ("antara keluarga
        Keisya Levronka dan Untar" under "... dengan Keluarga Keisya Levronka soal ..."): the prose's capitals
        mark a name, the headline is its second mention. A title-case line alone is no evidence (every word is
        capitalised there), so the prose mention must follow a lower-case word; two or three plain words that
        are no everyday word of English, Indonesian/Malay or the story's language and no org word."""
        words = name.split(" ")
        if not 2 <= len(words) <= 3 or text.count(name) < 2 or not self._plain_name_words(words):
            return False
        in_title = in_prose = False
        for i, _ in _mentions(text, name):
            if self._on_title_line(text, i, i + len(name)):
                in_title = True
            elif i > 2 and text[i - 1] == " " and text[i - 2].islower():
                before = text[text.rfind(" ", 0, i - 1) + 1 : i - 1]
                if before in _NOT_BEFORE_ECHO:
                    return False  # "lokasi Rusun Klender", "warga Tingal Wetan", "dan Boboiboy Galaxy di RTV"
                in_prose = True
        return in_title and in_prose

    def _minister_named(self, role: Sequence[str], name: Sequence[str]) -> bool:
        """One word after an Indonesian minister's title ("Mentan Amran", "Menkeu Purbaya") is the minister, even
        when a town abroad has that name ("Amran", Yemen): a minister's title takes a portfolio, not a town; a
        country or a lexicon region after it is where the minister serves ("Menlu China")."""
        head, res = role[-1], self.res
        if len(name) != 1 or not head.startswith("Men") or not self.is_head(head):
            return False
        tok = name[0]
        return tok not in res.places and tok not in res.countries and self._name_word(tok) and tok.isalpha()

    def _confirm(self, name: str, text: str) -> None:
        """Record a confirmed weak name: a person if strictly name-like, an org if the story types it as one."""
        words = tuple(name.split(" "))
        if words[0] in self.res.org_surnames:
            return  # a brand and a model ("Dell Precision", "Ford Taurus")
        if self.name_like(words, strict=True):  # asked only now: most weak pieces are never confirmed
            if not _only_in_title_lines(text, name):
                self.add_person(words, None)
        elif len(words) >= 2 and not self.is_place(words[-1]) and self._org_said(name, text):
            self.add_org(name)  # "Spire Global, a satellite powered data company,": a repeated name, typed

    def without_things(self, people: list[_Person], text: str) -> list[_Person]:
        """Drop what is shaped like a name but is none: a model after its make ("Dari Midget "bemo" hingga Midget
        X": a word, then a lone capital letter; "Malcolm X" keeps his given name), and on an Indonesian/Malay
        title line the headline's words glued after a name: from a verb form or everyday word on ("Sarwendah Tegaskan
        Tak Baper", "Prabowo Pilih Destry"), or past the longest part the prose writes ("Ruben Onsu Kangen")."""
        given = self.res.given_names
        out, cuts = [], []
        for person in people:
            toks = person.name.split(" ")
            if len(toks) == 2 and len(toks[1]) == 1 and toks[1].isupper() and toks[0] not in given:
                continue
            if len(toks) == 2 and toks[0] not in given and _binomial(toks, text):
                continue  # "Rafflesia Hasseltii": a genus and its epithet name a species
            if self.english and toks[0] not in given and self._product(toks, text):
                continue  # "Lotus announced Lotus Galaxy, software that ...": the firm's product
            if self.common and not self.english and _on_title_lines(text, person.name, _HEADLINE_JOINS):
                cut = next((k for k in range(1, len(toks)) if self._title_predicate(toks[k], text)), 0)
                if not cut and len(toks) >= 3:  # "Ruben Onsu Kangen Dipanggil": the prose writes "Ruben Onsu" only
                    cut = next(
                        (
                            k
                            for k in range(len(toks) - 1, 1, -1)
                            if not _on_title_lines(text, " ".join(toks[:k]), _HEADLINE_JOINS)
                            and not any(t in given or not _on_title_lines(text, t, _HEADLINE_JOINS) for t in toks[k:])
                        ),
                        0,
                    )
                if cut:  # "Prabowo Pilih Destry": the name before the predicate, where the prose names it alone
                    head = tuple(toks[:cut])
                    if _capitalised_in_prose(text, " ".join(head)) or (
                        cut > 1 and not _on_title_lines(text, " ".join(head), _HEADLINE_JOINS)
                    ):
                        cuts.append(dataclasses.replace(person, name=" ".join(head), tokens=head))
                    continue
            out.append(person)
        for person in cuts:  # "Putin" beside the story's "Vladimir Putin": the same person, named once
            if not any(tuple(p.name.split(" "))[-len(person.tokens) :] == person.tokens for p in out):
                out.append(person)
        return out

    def _product(self, toks: Sequence[str], text: str) -> bool:
        """Is a name-shaped run a firm's name and a word, then what it is ("Lotus Galaxy, software that will",
        "the Tandem NonStop computer system", "Jeep Comanche models"): a product, no person? The first word must
        be a firm the story names on its own ("Lotus announced", "Tandem Computers Inc")."""
        firm = toks[0]
        name = " ".join(toks)
        if not any(_PRODUCT_AFTER.match(text, at + len(name)) for at in textscan.starts(text, name)):
            return False
        return any(o.name != name and o.name.split(" ", 1)[0] == firm for o in self.st.orgs.values()) or _firm_acts(
            text, firm
        )

    def _title_predicate(self, tok: str, text: str) -> bool:
        """Is a later word of a run on an Indonesian/Malay title-case line the headline's predicate, not a name
        word: a verb form ("Tegaskan"), or an everyday word of the language ("Prabowo Pilih Destry", "Pratikno
        Sakit", "Putin Naik Pitam") that the story never capitalises inside running text and that names no known
        organisation?"""
        low = tok.lower()
        if tok in self.res.given_names:
            return False
        if _id_verb_form(low, self.common):
            return True
        return low in self.common and tok not in self.res.org_words and not _capitalised_in_prose(text, tok)

    def _sibling_unit(self, name: str, text: str) -> bool:
        """Is ``name`` listed beside an organisation of the same group ("Samsung Heavy Industries and Samsung
        Engineering", "Mitsubishi Estate, Mitsubishi Chemical")? Two names of one list that share their first
        word are kin: where one is a company, so is the other."""
        first = name.split(" ", 1)[0]
        if first in self.res.given_names or self.is_place(first):
            return False  # "John Smith and John Brown", "Texas Instruments and Texas Air": no group name
        at: list[int] | None = None  # every start of ``name`` (found once: a search of the text per pair
        for org in self.st.orgs.values():  # and separator was candidates x organisations x text length)
            other = org.name
            if other == name or not other.startswith(first + " "):
                continue
            at = alone.every(text, name) if at is None else at
            for sep in (" and ", ", ", " & ", " dan ", " und "):
                before, after = other + sep, sep + other
                if any(text.endswith(before, 0, i) or text.startswith(after, i + len(name)) for i in at):
                    return True
        return False

    def _opener_org(self, name: str, text: str) -> str:
        """A known one-word org after a word that only opens sentences ("Incoming Telstra boss Andy Penn",
        "Embattled Qantas said"): the org; the opener (no given name, no place) is no part of a name."""
        first, _, rest = name.partition(" ")
        res = self.res
        if " " in rest or rest not in res.org_words or first in res.given_names or self.is_place(first):
            return ""
        low = first.lower()
        if low in _PARTICLES or any(low in p.tokens for p in self.st.people.values()):
            return ""  # "La Roche said": a name particle, not a sentence opener
        for i, _ in _mentions(text, name):
            before = text[max(0, i - 3) : i].rstrip(" ")
            if before and before[-1] not in ".!?:-–—\n":
                return ""
        return rest

    def _on_title_line(self, text: str, start: int, end: int) -> bool:
        """``_title_line`` of the line holding ``text[start:end]``, asked once per line of the article."""
        lo = text.rfind("\n", 0, start) + 1
        answer = self.title_lines.get(lo)
        if answer is None:
            # a title-case line is short: a paragraph of running text is not split into words for the test
            short = text.find("\n", end, lo + 400) >= 0 or len(text) - lo <= 400
            answer = self.title_lines[lo] = short and _title_line(_line_at(text, start, end))
        return answer

    def _company_cues(self, text: str) -> bool:
        """Once per article: can ``_COMPANY_AFTER`` match anywhere (an "its", a price move's unit, an exchange)?"""
        if self.cues is None:
            self.cues = _COMPANY_GATE(text)
        return self.cues

    def _company_said(self, name: str, text: str) -> bool:
        """Does the story say of some mention of ``name`` what it says only of a company (``_COMPANY_AFTER``)? The
        mention must stand as a subject: not after a preposition or possessive ("a judge ... for Monmouth County
        granted its", "on its Clinton Sandstone formation"), not the tail of a longer capitalised run."""
        if not self._company_cues(text):
            return False
        if not all(tok[:1].isupper() and not any(ch.isdigit() for ch in tok) for tok in name.split(" ")):
            return False  # "Year-on-year M-3 rose 17.77 pct"
        return any(_company_at(text, i, j) for i, j in _mentions(text, name))

    def _holds_org(self, person: _Person) -> bool:
        """Does an untitled name hold a whole multi-word org of the story ("Relawan Arus Bawah Prabowo", the
        volunteers of the group "Arus Bawah Prabowo")? Then it names the group's people, not one person."""
        if person.strong or len(person.tokens) < 3:
            return False
        padded = f" {person.name} "
        if len(self.st.orgs) > _JOIN_FROM:  # many orgs (a long story): look up each stretch between blanks of the name
            blanks = [k for k, ch in enumerate(padded) if ch == " "]
            names = self._org_names()
            return any(
                (org := padded[a + 1 : b]) in names and " " in org and org != person.name
                for n, a in enumerate(blanks)
                for b in blanks[n + 1 :]
            )
        return any(
            " " in org.name and org.name != person.name and f" {org.name} " in padded for org in self.st.orgs.values()
        )

    def _org_said(self, name: str, text: str) -> bool:
        """Does the story say of some mention of ``name`` what it says only of organisations ("X said its",
        "shares of X", "X, a data company")?"""
        return any(_org_context(text, i, j) for i, j in _mentions(text, name))

    def _table_teams(self, text: str, kept: list[_Person]) -> None:
        """Teams in a results or fixtures table ("Desportivo Aves (0) 1 Moreirense (2) 2", "Porto v Vitória
        Guimarães (2015/2015)"): both sides of two or more such rows are teams (clubs), not people or places."""
        pairs = [m.groups() for m in _SCORE_ROW.finditer(text)] if ") " in text else []
        if " v " in text or " vs" in text:
            pairs += [m.groups() for m in _FIXTURE.finditer(text)]
        res = self.res
        bare = [m.groups() for m in _BARE_ROW.finditer(text)]
        if len(bare) >= _BARE_ROWS:  # "Phil Taylor 6 Michael Smith 4" (darts) is two people: no given name first
            given = res.given_names
            pairs += [(a, b) for a, b in bare if a.split(" ")[0] not in given and b.split(" ")[0] not in given]
        if len(pairs) < 2:
            return
        people = {p.name for p in kept if p.strong}
        for pair in pairs:
            for team in pair:
                words = team.split(" ")
                while words and (words[0] in res.breakers or words[0] in res.title_heads):
                    words.pop(0)  # "Sunday Chaves": a day word before the team
                name = " ".join(words)
                if name and name not in people and name not in res.countries and not name.isdigit():
                    self.add_org(name)
                    self.st.teams.add(name)

    def _bracketed_teams(self, text: str, kept: list[_Person]) -> None:
        """Sports copy puts a rider's or player's team in parentheses after the name ("Jakob Fuglsang
        (Astana) ... Alejandro Valverde (Movistar)"): a team, not a place. Taken only where two or more
        people of the story carry one; a country, a code ("(GER)") or a defined acronym is no team."""
        surnames = {p.tokens[-1]: p for p in kept if p.tokens}
        found: dict[str, set[str]] = {}
        res = self.res
        i = text.find(" (")
        while i >= 0:
            m = _PAREN_TEAM.match(text, i + 2)
            word = text[text.rfind(" ", 0, i) + 1 : i] if m else ""
            i = text.find(" (", i + 2)
            if m is None or not word[:1].isupper():
                continue
            owner = surnames.get(_bare(word).lower())
            team = m.group(1)
            if (
                owner is None
                or team in res.countries
                or team in self.st.acronyms
                or (team.isupper() and len(team) <= 3)
                or team in res.breakers
                or team in res.title_heads
                or team in res.non_name
            ):
                continue
            found.setdefault(team, set()).add(owner.name)
        if len({owner for owners in found.values() for owner in owners}) >= 2:
            for team in found:
                self.add_org(team)
                self.st.teams.add(team)

    def org_stems(self) -> set[str]:
        """Lower-cased short forms of the suffixed orgs found so far: every leading part of the name
        before its suffix words ("e.f. hutton", "e.f. hutton lbo" of "E.F. Hutton LBO Inc")."""
        stems: set[str] = set()
        table = self.memo.stems
        for org in self.st.orgs.values():
            found = table.get(org.name)
            if found is None:
                found = remember(table, org.name, self._stems_of(org.name), _MEMO_SIZE)
            stems.update(found)
        return stems

    def _stems_of(self, name: str) -> tuple[str, ...]:
        """``org_stems`` of one org name: a function of the name and the lexicons, so memoised per name."""
        org_final = self.res.org_final
        toks = name.split(" ")
        if len(toks) < 2 or toks[0] in self.res.org_initial:
            return ()
        if _works_firm(toks):  # "corning", "corning glass" of "Corning Glass Works" (org14)
            return tuple(" ".join(toks[:k]).lower() for k in range(1, len(toks)))
        if toks[-1].rstrip(".") not in org_final and name not in self.res.org_known:
            return ()  # a suffixed name ("Purolator Courier Corp") or a known one ("McDonnell Douglas")
        while toks and toks[-1].rstrip(".") in org_final:
            toks.pop()
        return tuple(" ".join(toks[:k]).lower() for k in range(1, len(toks) + 1))

    def _cut_of(self, part: str, name: str) -> bool:
        """Is ``part`` a cut of ``name``: its start before a comma, or its last words after an org head,
        a place or an abbreviation ("Pusat Statistik" of "Badan Pusat Statistik"; not "European
        Community" of "Any European Community")?"""
        key = (part, name)
        answer = self.memo.cut.get(key)
        if answer is None:  # a function of the two names, the lexicons and the lookup: memoised
            answer = remember(self.memo.cut, key, self._cut(part, name), _MEMO_SIZE)
        return answer

    def _cut_in(self, part: str, tails: dict[str, list[str]], heads: dict[str, list[str]]) -> bool:
        """``any(self._cut_of(part, n) for n in <part's hosts>)`` by a join: a cut ends a host after a blank
        or opens it before a comma, so only hosts with such a tail or head equal to ``part`` are asked
        (asking every host with the same last word was quadratic in a long story's orgs)."""
        last, first = part.rsplit(" ", 1)[-1], part.split(" ", 1)[0] + ","
        return any(
            (n.rsplit(" ", 1)[-1] == last or ("," in n and n.split(",", 1)[0].split(" ", 1)[0] + "," == first))
            and self._cut_of(part, n)
            for n in (*tails.get(part, ()), *heads.get(part, ()))
        )

    def _cut(self, part: str, name: str) -> bool:
        if len(name) <= len(part):
            return False
        if name.startswith(part + ",") or name.endswith((f" and {part}", f" und {part}", f" dan {part}")):
            return True  # "Means Committee" of "House Ways and Means Committee"
        if not name.endswith(" " + part):
            return False
        res = self.res
        extra = name[: -len(part) - 1].split(" ")
        return all(tok in res.org_initial or tok.isupper() or tok.endswith(".") or self.is_place(tok) for tok in extra)

    def _short_forms(self, full: list[_Org]) -> dict[str, _Org]:
        """Short forms the story also uses for a longer org name it gives: the name without its legal
        suffix and the words before it ("Merrill Lynch", "Apple" of "Apple Computer Inc"), without a
        leading "PT"-type head ("PLN" of "PT PLN"), or the initials of the suffix-less name ("GM" of
        "General Motors Corp")."""
        out: dict[str, _Org] = {}
        table = self.memo.short
        for org in full:
            forms = table.get(org.name)
            if forms is None:
                forms = remember(table, org.name, self._short_forms_of(org.name), _MEMO_SIZE)
            for form in forms:
                out.setdefault(form, org)
        return out

    def _short_forms_of(self, name: str) -> tuple[str, ...]:
        """``_short_forms`` of one org name, in order: a function of the name, the lexicons and the lookup,
        so memoised per name."""
        res = self.res
        toks = (_COMMA_BEFORE_LEGAL.sub(" ", name) if ", " in name else name).split(" ")
        if toks[0] in res.org_initial and len(toks) == 2:
            return (toks[1],)
        forms: list[str] = []
        core = toks[1:] if toks[0] in res.org_strong else toks
        while len(core) > 1 and (core[-1].rstrip(".") in _LEGAL or core[-1] in ("Tbk", "Persero")):
            core = core[:-1]
        if len(core) == 2 and core[-1] in res.countries and len(core[0]) >= 4 and not self.is_place(core[0]):
            forms.append(core[0])  # "Danantara" of "Danantara Indonesia", "Telkom" of "PT Telkom Indonesia"
        if _works_firm(toks):  # "Corning" of "Corning Glass Works" (org14)
            return (*forms, *(" ".join(toks[:k]) for k in range(1, len(toks) - 1)))
        if toks[-1].rstrip(".") not in _LEGAL and toks[-1] not in _LEGAL:
            return tuple(forms)
        while toks and (toks[-1].rstrip(".") in _LEGAL or toks[-1] in _LEGAL or toks[-1] in ("and", "&")):
            toks.pop()
        if not toks or toks[0] in res.org_initial:
            return tuple(forms)
        forms.extend(" ".join(toks[:k]) for k in range(1, len(toks) + 1))
        if any(t.endswith(",") for t in toks):  # "Kidder Peabody" of "Kidder, Peabody and Co Inc"
            forms.extend(" ".join(t.rstrip(",") for t in toks[:k]) for k in range(2, len(toks) + 1))
        if len(toks) >= 2:
            forms.append("".join(t[0] for t in toks if t[0].isupper()))
        return tuple(forms)

    def _seat_initials(self, name: str) -> str:
        """ "BP" of "Badan Pengusahaan Batam" (written "Badan Pengusahaan (BP) Batam", "BP Batam"): a body's initials
        without its seat, the place its name ends in (org14); "" when it ends in no place."""
        toks = name.split(" ")
        if len(toks) < 3 or not toks[-1][:1].isupper() or not self.is_place(toks[-1]):
            return ""
        return "".join(t[0] for t in toks[:-1] if t[0].isupper())

    def fold_orgs(self) -> list[_Org]:
        """Fold a bare acronym into the org whose initials it spells ("PSSI", "DOJ")."""
        org_words = self.res.org_words
        teams = self.st.teams
        orgs = [
            o
            for o in self.st.orgs.values()
            if o.name in org_words or o.name in teams or o.name in self.st.mastheads or not self.is_place(o.name)
        ]  # "Hamas"; "Astana" the cycling team; "the newspaper Granma"
        if len(orgs) > 1:  # a cut piece of a longer name: "Pusat Statistik", "Badan Meteorologi" (", Klimatologi ...")
            hosts: dict[str, list[str]] = {}  # longer names by their last word and by their first word + ","
            for o in orgs:
                if " " in o.name:
                    hosts.setdefault(o.name.rsplit(" ", 1)[-1], []).append(o.name)
                    if "," in o.name:
                        hosts.setdefault(o.name.split(",", 1)[0].split(" ", 1)[0] + ",", []).append(o.name)
            if len(orgs) <= _JOIN_FROM:
                orgs = [
                    o
                    for o in orgs
                    if " " not in o.name
                    or not any(
                        self._cut_of(o.name, n)
                        for n in (
                            *hosts.get(o.name.rsplit(" ", 1)[-1], ()),
                            *hosts.get(o.name.split(" ", 1)[0] + ",", ()),
                        )
                    )
                ]
            else:  # many orgs (a long story): the same test, over the hosts a cut can stand in only
                by_tail, by_head = _cut_hosts(hosts)
                orgs = [o for o in orgs if " " not in o.name or not self._cut_in(o.name, by_tail, by_head)]
        full = [o for o in orgs if " " in o.name]  # their initials only when a lone acronym asks (ents18)
        tails = {o.name.rsplit(" ", 1)[-1] for o in full}
        short = self._short_forms(full)
        out: list[_Org] = []
        for org in orgs:
            host_org = short.get(org.name)
            if host_org is not None and host_org is not org:
                if org.name.isupper() and not host_org.literal:
                    host_org.literal = org.name
                continue  # "Merrill Lynch" of "Merrill Lynch and Co", "PLN" of "PT PLN": the same body
            if " " not in org.name and org.name in tails and not org.name.isupper():
                continue  # "Congress" after "U.S. Congress": the same body
            if " " not in org.name and org.name.isupper():
                host = next(
                    (
                        f
                        for f in full
                        if f.literal == org.name
                        or org.name in _initials(f.name)
                        or self._seat_initials(f.name) == org.name
                    ),
                    None,
                )
                if host is not None:
                    host.literal = host.literal or org.name
                    continue
            out.append(org)
        return out


# An Indonesian ministry's short name: "Kemen" + the portfolio's syllables ("Kemenkop", "Kemendikbudristek",
# "KemenPUPR"). New portfolios get new ones, so the form is the evidence, not a list; no English word starts so.
_MINISTRY = re.compile(
    r"Kemen(?!terian$|trian$)(?:[a-z]{2,}[A-Za-z]*|[A-Z]{2,})(?:-[A-Z]{1,4})?"
)  # "Kementerian" = "ministry"
# CJK scripts (and their punctuation): no spaces between words, and \\w takes them into a Latin run
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+")
# An agency video script's shot codes ("VAR of Ban Ki-moon", "-MS of Michel Sleiman", "SOUNDBITE 1 - Amir Hussein
# Abdullahian"), at a line's start or after a dash: a code joins the run of the name after it (rppl16)
_SHOT_CODE = re.compile(
    r"(?:(?<=\s)-|^)(?:VAR|MS|CU|WS|LS|MCU|MLS|ECU|GV|SV|TS|SOT)(?=\s)|\bSOUNDBITE(?: \d+)? -(?=\s)", re.M
)


def _without_shot_codes(text: str) -> str:
    """Write a shot list's codes as words ("shot of Ban Ki-moon", "soundbite 1 - Amir ..."): a code is no
    name word, and a line of a code and a name is no title-case line (where an unanchored name is no evidence)."""
    if "SHOTLIST" not in text and "SOUNDBITE" not in text:
        return text
    return _SHOT_CODE.sub(lambda m: m.group().lower() if m.group().startswith("SOUNDBITE") else "shot", text)


# What a ticker in parentheses follows: a company name's last word in capitals ("BELL INDUSTRIES (BI)", as
# the copy stage writes Reuters' "<BI>") or a legal suffix ("Bell Industries Inc (BI)").
_TICKER_OWNER = re.compile(r"(?:\b[A-Z][A-Z&.'-]+|\b(?:Inc|Corp|Co|Ltd|Plc|LP|L\.P|Cos|Group)\.?)\s*$")


class _SpanFinder:
    """``next((hi for lo, hi in spans if lo <= at < hi), -1)`` by bisection, for ``spans`` made of two lists
    (``spans[:split]``, ``spans[split:]``) each in text order without overlaps."""

    __slots__ = ("_parts",)

    def __init__(self, spans: list[tuple[int, int]], split: int) -> None:
        self._parts = [(part, [lo for lo, _ in part]) for part in (spans[:split], spans[split:]) if part]

    def end_of(self, at: int) -> int:
        for part, starts in self._parts:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at < part[k][1]:
                return part[k][1]
        return -1


def _bare_possessive(tok: str) -> str:
    """ "Inc" of "Inc's" ("Heck's Inc's common stock"): a name word without its possessive."""
    return tok[:-2] if tok.endswith(("'s", "’s")) else tok


# Possessives that open organisations' names rather than name an owner ("People's Bank", "Women's Hospital")
_COLLECTIVE_OWNERS = frozenset({"People", "Children", "Women", "Men", "Workers", "Citizens", "Farmers", "Teachers"})


def _works_firm(toks: Sequence[str]) -> bool:
    """ "Corning Glass Works", "Bath Iron Works": a trade's "Works" ends a firm's name (org14); "Public Works" is
    a portfolio ("Public Works Minister"), not a firm."""
    return len(toks) >= 2 and toks[-1] == "Works" and toks[-2] not in _NOT_WORKS


_NOT_WORKS = frozenset({"Public", "Civil", "Good", "Collected", "Complete", "Selected", "Early", "Major"})


def _is_ticker(text: str, start: int, end: int) -> bool:
    """A short capitals run is a ticker symbol: in angle brackets (Reuters' mark), or in parentheses
    right after a company name; "Bank Indonesia (BI)" in prose is an abbreviation and still counts."""
    opener = text[start - 1]
    if opener == "<":
        return text.startswith(">", end)
    if opener != "(" or not text.startswith(")", end) or start < 2:
        return False
    return _TICKER_OWNER.search(text, max(0, start - 40), start - 1) is not None


@lru_cache(maxsize=4096)  # pure; enrich() asks it of every (found org, given org) pair
def _legal_form_of(full: str, short: str) -> bool:
    """``full`` is ``short`` with its legal form: "Polaroid Corp" of "Polaroid", "Dow Jones and Co" of "Dow
    Jones"; "Samsung Electronics" is another company than "Samsung"."""
    if not short or not full.lower().startswith(f"{short.lower()} "):
        return False
    rest = [t.rstrip(".") for t in full[len(short) :].split()]
    return bool(rest) and all(t in _LEGAL or t in ("and", "&") for t in rest) and rest[-1] in _LEGAL


def _cut_hosts(hosts: dict[str, list[str]]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The host names of ``fold_orgs`` by each tail after a blank and by each head before a comma."""
    tails: dict[str, list[str]] = {}
    heads: dict[str, list[str]] = {}
    for n in {n for names in hosts.values() for n in names}:
        k = n.find(" ")
        while k >= 0:
            tails.setdefault(n[k + 1 :], []).append(n)
            k = n.find(" ", k + 1)
        k = n.find(",")
        while k >= 0:
            heads.setdefault(n[:k], []).append(n)
            k = n.find(",", k + 1)
    return tails, heads


def _names_same_company(full: str, given: dict[str, Any]) -> bool:
    """A source's organisation entry is the short form of the story's ``full`` name: its legal form added,
    or, for a name the source gave with its ticker ("APPLE <AAPL>"), any longer name it opens ("Apple
    Computer Inc"): a ticker names one listed company."""
    short = str(given.get("name") or "")
    # both tests need ``full`` to open with ``short`` and a space: asked first, it rejects most pairs cheaply
    if not short or not full.lower().startswith(f"{short.lower()} "):
        # "PENNEY <JCP>" of "J.C. Penney Co": a ticker's name may leave out the founder's initials (org15)
        return bool(short and given.get("symbols")) and _without_initials(full).lower().startswith(f"{short.lower()} ")
    return bool(given.get("symbols")) or _legal_form_of(full, short)


_INITIALS_OPENING = re.compile(r"^(?:[A-Z]\.){1,3} ")


def _without_initials(full: str) -> str:
    """``full`` without the initials it opens with ("J.C. Penney Co" -> "Penney Co")."""
    return _INITIALS_OPENING.sub("", full, count=1)


class _Shorts:
    """``next((o for o in orgs if _names_same_company(full, o)), None)`` over a growing list of org entries, by a
    join: an entry can only match a name that opens with its lower-cased name and a space, so the entries are
    indexed by that name and looked up by every such opening of ``full`` (a 1 MB story has thousands of orgs;
    each against every entry was orgs squared)."""

    __slots__ = ("_by_name", "_last", "_orgs", "_seen")

    def __init__(self, orgs: list[dict[str, Any]]) -> None:
        self._orgs = orgs  # the caller's list: entries appended to it are indexed on the next lookup
        self._by_name: dict[str, list[int]] = {}
        self._seen = 0
        self._last = -1

    def _index(self, i: int) -> None:
        self._by_name.setdefault(str(self._orgs[i].get("name") or "").lower(), []).append(i)

    def first(self, full: str) -> dict[str, Any] | None:
        """The first entry, in list order, that is the short form of ``full``."""
        while self._seen < len(self._orgs):
            self._index(self._seen)
            self._seen += 1
        found: set[int] = set()
        for low in {full.lower(), _without_initials(full).lower()}:
            k = low.find(" ")
            while k >= 0:
                found.update(self._by_name.get(low[:k], ()))
                k = low.find(" ", k + 1)
        for i in sorted(found):  # an entry renamed since it was indexed is tested on its present name
            if _names_same_company(full, self._orgs[i]):
                self._last = i
                return self._orgs[i]
        return None

    def renamed(self) -> None:
        """The entry :meth:`first` returned last was renamed: index it under its new name too."""
        self._index(self._last)


def _sentence_initial(text: str, name: str) -> bool:
    """Does every mention of ``name`` open a sentence or line?"""
    for i, _ in _mentions(text, name):
        before = text[max(0, i - 3) : i].rstrip(" ")
        if before and before[-1] not in ".!?\n:":
            return False
    return True


def _credit_only(text: str, name: str) -> bool:
    """Is every mention of an agency a credit: before a dash ("AFP - ", "(EFE).-"), a desk code or a line end?
    ("(EFE)." ending a sentence names the agency, as CoNLL-2002 marks it.)"""
    for i, j in _mentions(text, name):
        whole = (not i or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum())
        eol = text.find("\n", j)
        eol = len(text) if eol < 0 else eol
        short_line = "\n" in text and eol - text.rfind("\n", 0, i) <= 41  # "Agencia EFE", "AFP" on a line of its own
        if whole and not _CREDIT_AFTER.match(text, j) and not short_line:
            return False
    return True


def _after_of(role: Sequence[str]) -> tuple[str, ...]:
    """The words after the first "of (the)" in a role phrase."""
    if "of" not in role:
        return ()
    rest = tuple(role[role.index("of") + 1 :])
    return rest[1:] if rest[:1] == ("the",) else rest


def _mentions(text: str, name: str) -> list[tuple[int, int]]:
    """Start and end of each occurrence of ``name`` in ``text``, left to right, not overlapping: the spans of
    ``textscan.starts`` (a long text's through its index: one find loop per name over a 1 MB story was names x
    text length)."""
    n = len(name)
    return [(i, i + n) for i in textscan.starts(text, name)]


_FIRM_ACTS = re.compile(r"(?:said|announced|introduced|launched|unveiled|makes|built)\b")
_DIGIT = re.compile(r"\d")


def _firm_acts(text: str, firm: str) -> bool:
    """Does the story write the firm acting ("Lotus announced")?"""
    return _word_then(text, firm, _FIRM_ACTS)


def _word_then(text: str, word: str, then: re.Pattern[str]) -> bool:
    """``re.search(rf"\\b{re.escape(word)} " + then.pattern, text) is not None`` without a pattern compiled per
    word (issue 17): the occurrences of "WORD ", each tested at its two ends (``\\b`` before the word is a change
    between word and non-word characters, ``then`` matched right after the blank)."""
    if not word:
        return re.search(r"\b " + then.pattern, text) is not None  # the pattern as it was, for no word
    lead = alone.is_word_char(word[0])
    n = len(word) + 1
    return any(
        (i > 0 and alone.is_word_char(text[i - 1])) != lead and then.match(text, i + n) is not None
        for i in alone.every(text, f"{word} ")
    )


def _slug_line_end(article: Article, text: str) -> int:
    """The end of the story's first line when that line is the source's slug (an AP picture's headline is its
    slug: "US Paul Simon Poets Society", "Turkey Islamic State", a country and keywords run together), else 0.
    Keywords run together make no name: an organisation seen only there ("US Paul Simon Poets Society") is none
    (ent19)."""
    slug = article.get("slugline")
    if not isinstance(slug, str) or " " not in slug:
        return 0
    end = text.find("\n")
    line = text[:end] if end >= 0 else text
    return len(line) if line.strip() == slug.strip() else 0


def _next_to_separator(text: str, name: str) -> bool:
    """Does some mention of ``name`` touch a list separator (", ", " dan ", " and ")? A cheap test first."""
    return any(_LIST_SEP.match(text, j) or text.endswith(_SEP_ENDS, max(0, i - 7), i) for i, j in _mentions(text, name))


def _org_context(text: str, i: int, j: int) -> bool:
    """Does the text say of the mention at ``text[i:j]`` what it says only of organisations ("X said its",
    "shares of X", "X, a data company", "X, the European atomic energy agency")?"""
    return bool(
        _ORG_AFTER.match(text, j)
        or _ORG_BEFORE.search(text, max(0, i - 24), i)
        or (text.startswith(", ", j) and _APPOSED_ORG.match(text, j))
    )


def _bare_row_in(text: str) -> bool:
    """``_BARE_ROW.search(text)``, tried only on the lines that end in a digit (a row's last score, before any
    spaces): the multiline pattern tries every offset of the story, and most stories hold no such line (issue
    17). ``\\d`` is ``str.isdecimal``'s class, and no part of the pattern crosses a line."""
    return any(_BARE_ROW.match(line) for line in text.split("\n") if line.rstrip(" ")[-1:].isdecimal())


def _initial_before(text: str, slash: int) -> bool:
    """One or two letters before the slash at ``slash`` ("S/P Creditweek", "A/S Maersk"): the words after it
    are the rest of a name written with initials, not a name of their own ("Carnando/Daniel Marthin" is)."""
    i = slash
    while i > 0 and text[i - 1].isalnum():
        i -= 1
    return slash - i <= 2


def _titled(text: str, start: int) -> bool:
    """A lower-case title right before the run: "Federal Reserve chief Paul Volcker", "pelatih Shin Tae-yong"."""
    if start < 4 or text[start - 1] != " " or not text[start - 2].islower():
        return False
    i = text.rfind(" ", max(0, start - 26), start - 1)
    word = text[i + 1 : start - 1].rsplit("-", 1)[-1]  # "co-founder"
    if word in _ID_DECEASED:
        return True  # "jenazah Sutrimo" (the body of): only a person has one (ini17)
    if word in _LOWER_TITLES:
        if i > 0 and word in _ID_LOWER_TITLES and people_shape.name_ends_at(text, i):
            return False  # "Tian Ngantung pembalap Mc Joe": the occupation qualifies the name before it (ini17)
        return i >= 0 or start - 1 <= 26
    firsts = _LOWER_TITLES_2.get(word, ())
    return i > 0 and text[max(0, i - 12) : i].rsplit(" ", 1)[-1] in firsts


def _piece_spans(text: str, start: int, end: int, parts: Sequence[Sequence[str]]) -> list[tuple[int, int]]:
    """Where each piece of a cut run stands in ``text``: a piece is anchored, titled or typed by its own
    neighbours, not the run's ("Mines, Power and Steel Minister Bunu Sheriff Musa said": "said" follows
    the minister, not "Power"; "Thailand Smelting and Refining Co said": the company, not "Thailand
    Smelting"). A piece not found as written keeps the run's span."""
    spans = []
    cursor = start
    for toks in parts:
        lo = text.find(toks[0], cursor, end)
        hi = text.find(toks[-1], lo, end) if lo >= 0 else -1
        if hi < 0:
            spans.append((start, end))
            continue
        hi += len(toks[-1])
        spans.append((lo, hi))
        cursor = hi
    return spans


def _spelled_lower(text: str, acronym: str) -> bool:
    """Does the text spell ``acronym`` out in lower-case words right before it ("called an exchange for physical
    or EFP")? Then it is a term of the trade, not a body's name (bodies are written with capitals)."""
    if not acronym.isalpha() or not 2 <= len(acronym) <= 6:
        return False
    pattern = r"[a-z-]*[ -](?:(?:of|for|and|the|in|on|to) )?".join(ch.lower() for ch in acronym)
    spelled = re.compile(rf"\b{pattern}[a-z]*,? (?:or|atau|known as|called|alias) {acronym}\b")
    index = occurrences(text)
    if index is None:
        return spelled.search(text) is not None
    # A long text: a match ends at a mention of the acronym after its connector word, and everything before
    # the acronym is lower-case letters, the acronym's letters lower-cased, blanks, hyphens and a comma; so
    # it lies in the stretch of such characters before that mention, and a search there finds it (one
    # search over the whole story per acronym was acronyms x text length).
    allowed = frozenset("abcdefghijklmnopqrstuvwxyz ,-" + acronym.lower())
    for q in index.starts(acronym):
        if not text.endswith(_SPELLED_BEFORE, 0, q):
            continue
        lo = q
        while lo and text[lo - 1] in allowed:
            lo -= 1
        if spelled.search(text, lo, q + len(acronym) + 1) is not None:
            return True
    return False


_SPELLED_BEFORE = (" or ", " atau ", " known as ", " called ", " alias ")


def _defined_lower(text: str, acronym: str) -> bool:
    """Does the text define ``acronym`` in parentheses after lower-case words that spell it ("insentif pajak
    kendaraan bermotor (PKB)")? Then the story uses it as a term, not as the body it can also name (the party
    PKB is written "Partai Kebangkitan Bangsa (PKB)") (org15)."""
    tail = f"({acronym})"
    if not acronym.isalpha() or not acronym.isupper() or not 2 <= len(acronym) <= 6 or tail not in text:
        return False
    # a match ends "<space><last letter>[a-z]* (PKB)": test that word first, and compile the pattern (~0.5 ms
    # each, the cost of this rule) only for a mention it allows; then search only the run of lower-case words,
    # joins and spaces before that mention, not the story from its start (ecost15)
    last = acronym[-1].lower()
    i = text.find(tail)
    while i >= 0:
        if not _lower_word_before(text, i, last):
            i = text.find(tail, i + 1)
            continue
        spelled, run = _defined_lower_pattern(acronym)
        lo = i
        while lo > 0 and text[lo - 1] in run:
            lo -= 1
        if spelled.search(text, lo, i + len(tail)) is not None:
            return True
        i = text.find(tail, i + 1)
    return False


def _lower_word_before(text: str, i: int, first: str) -> bool:
    """Is ``text[:i]`` ending in "<space><first>[a-z]*<space>"? The last word a lower-case spelling of an
    acronym needs before its "(" (``_defined_lower``)."""
    if i < 3 or text[i - 1] != " ":
        return False
    k = text.rfind(" ", 0, i - 1)
    word = text[k + 1 : i - 1]
    # ``first`` can be two characters ("İ" lower-cases to "i" and a dot above)
    return k >= 0 and word.startswith(first) and all("a" <= ch <= "z" for ch in word[len(first) :])


@lru_cache(maxsize=1024)  # pure; one pattern an acronym, compiled once (re's own cache is shared and churns)
def _defined_lower_pattern(acronym: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """``_defined_lower``'s pattern for ``acronym`` and the characters a match can hold before its "(".
    The characters: ASCII lower case, "-", a space and the acronym's own letters in lower case ("Ä" -> "ä")."""
    pattern = r"[a-z-]* (?:(?:of|for|and|the|in|on|to|dan|di|ke) )?".join(ch.lower() for ch in acronym)
    run = frozenset("abcdefghijklmnopqrstuvwxyz- " + acronym.lower())
    return re.compile(rf"(?<![\w-]){pattern}[a-z]* \({acronym}\)"), run


def _shouted_only(text: str, word: str) -> bool:
    """Is every mention of ``word`` on a line written in capitals (a wire headline or slug)?"""
    found = False
    for i, j in _mentions(text, word):
        found = True
        if not textscan.shouted(_line_at(text, i, j)):
            return False
    return found


def _model_line(text: str, acronym: str) -> bool:
    """Does the story write a model number after the capitals ("the VAX 8250, VAX 8350 and VZX 8530 systems")?
    Then they name a product line, not a body (org15)."""
    return _word_then(text, acronym, _DIGIT)  # "\bACRONYM \d"


def _digit_follows(text: str, end: int) -> bool:
    """A day number or year right after the run ("May 5", "May, 1987")."""
    i = end
    while i < len(text) and i < end + 2 and text[i] in " ,":
        i += 1
    return i < len(text) and i > end and text[i].isdigit()


def _ends_with(text: str, lo: int, hi: int, ends: tuple[str, ...]) -> bool:
    """``text[lo:hi].rstrip(" ,:").endswith(ends)`` without copying the window (``anchored`` runs ~15
    times an article)."""
    while hi > lo and text[hi - 1] in " ,:":
        hi -= 1
    return text.endswith(ends, lo, hi)


def _media_after(text: str, end: int) -> bool:
    """A media word right after a name ("Bild newspaper", "N24 television"); str.startswith, no regex."""
    if not text.startswith(_MEDIA_WORDS, end):
        return False
    for word in _MEDIA_WORDS:
        k = end + len(word)
        if text.startswith(word, end) and (k == len(text) or not text[k].isalnum()):
            return True
    return False


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around ``text[start:end]``."""
    lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    return lo, min(ends) if ends else len(text)


def _only_in(text: str, name: str, spans: list[tuple[int, int]]) -> bool:
    """Is every mention of ``name`` inside one of ``spans`` (credit sentences)?"""
    return all(any(lo <= i < hi for lo, hi in spans) for i, _ in _mentions(text, name))


def _line_at(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds ``text[start:end]``."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1 : stop if stop >= 0 else len(text)]


_LONG_TITLE = 40  # words: a longer line is a paragraph, whatever its case


def _title_line(line: str, joins: frozenset[str] = _TITLE_JOINS) -> bool:
    """A title-case line: a short line whose words are all capitalised but for a few short joins
    ("Suara Istana untuk Destry Damayanti", "Pratikno Bantah Sakit"), not a sentence of running text."""
    count = lowered = 0  # the words that open with a letter; those in lower case
    for w in line.split():  # one pass that stops at running text's first long lower-case word (issue 17)
        first = w[0]
        if not first.isalpha():
            continue
        if not (first.isupper() or len(w) <= 3 or w in joins):
            return False
        count += 1
        if count > _LONG_TITLE:
            return False
        lowered += first.islower()
    # a long one (a press release's sub-headline, "With a Year's Worth of Lunch Combos Starting at $6.99, New 62-Inch,
    # 12-Gauge Vinyl Model Built to Endure ...") shows its joins in lower case; a team sheet's line of names does not
    return count >= 2 and (count <= 14 or lowered >= 2)


def _company_at(text: str, i: int, j: int) -> bool:
    """Does the text say of the mention at ``text[i:j]``, a clause's subject, what it says only of a company
    (``_COMPANY_AFTER``)? Not after a preposition or possessive, not the tail of a longer capitalised run."""
    if (j < len(text) and text[j].isalnum()) or not _COMPANY_AFTER.match(text, j):
        return False
    before = text[max(0, i - 12) : i].rstrip(" ").rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
    return not (before[:1].isupper() or before.lower() in _NOT_SUBJECT_BEFORE)


def _id_verb_form(low: str, common: frozenset[str]) -> bool:
    """Is this lower-case Indonesian/Malay word a verb form: a "-kan" verb ("anggarkan", "tetapkan"; not a
    "pe-/ke-...-an" noun such as "pendidikan", "kebijakan"), or a "di-/me-/ber-/ter-" form or "-i" verb of an
    everyday root ("disiapkan", "dibakar", "memanas", "atasi")?"""
    if len(low) < 5:
        return False
    if low.endswith("kan") and not low.startswith(("pe", "ke")):
        return True
    for prefix in ("di", "meng", "meny", "mem", "men", "me", "ber", "ter"):
        if low.startswith(prefix) and low[len(prefix) :] in common:
            return True
    return low.endswith("i") and low[:-1] in common


def _id_derived(low: str, common: frozenset[str]) -> bool:
    """Is this lower-case Indonesian/Malay word built from an everyday root by the grammar's affixes: a verb form
    (``_id_verb_form``) or a "pe-/per-/ke-...(-an)" noun ("perbankan" of "bank", "petugas" of "tugas")? Such a word
    on a title-case headline is that word, not a name."""
    if _id_verb_form(low, common):
        return True
    for prefix in ("peng", "pem", "pen", "per", "pe", "ke"):
        if low.startswith(prefix) and len(low) - len(prefix) >= 4:
            stem = low[len(prefix) :]
            if stem in common or (stem.endswith("an") and stem[:-2] in common):
                return True
    return False


def _capitalised_in_prose(text: str, word: str) -> bool:
    """Does the story write ``word`` capitalised inside a sentence of running text (not on a title-case line,
    not opening a sentence)? Then it is a name word there, whatever it is on a headline."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (
            i > 1
            and text[i - 1] == " "
            and text[i - 2] not in '.!?:\n"“'
            and (j == len(text) or not text[j].isalnum())
            and not _title_line(_line_at(text, i, j))
        ):
            return True
        i = text.find(word, j)
    return False


def _on_title_lines(text: str, name: str, joins: frozenset[str] = _TITLE_JOINS) -> bool:
    """Is every mention of ``name`` on a title-case line (its words there are capitalised whatever they are)?"""
    for i, _ in _mentions(text, name):
        lo = text.rfind("\n", 0, i) + 1
        hi = text.find("\n", i)
        if not _title_line(text[lo : hi if hi >= 0 else len(text)], joins):
            return False
    return True


def _only_in_title_lines(text: str, name: str) -> bool:
    """Is every mention of ``name`` on a title-case line, where common words are capitalised too ("Pratikno
    Bantah Sakit", "Test Abstract")? An unanchored run there is no evidence of a name by itself, unless it
    stands as a speaker before a colon ("Nadiem Makarim: ...") or the story names its first word alone elsewhere
    and its last word is no Indonesian verb form ("untuk Destry Damayanti" ... "Destry dapat")."""
    for i, _ in _mentions(text, name):
        lo = text.rfind("\n", 0, i) + 1
        hi = text.find("\n", i)
        line = text[lo : hi if hi >= 0 else len(text)]
        if not _title_line(line) or text.startswith(":", i + len(name)):  # "..., Denny Sumargo: Dia ..."
            return False
    first, _, rest = name.partition(" ")
    last = rest.rsplit(" ", 1)[-1]
    if last.startswith(("Di", "Ter", "Ber", "Me", "Pe", "Ke")):
        return True
    for i, j in _mentions(text, first):
        if (
            not text.startswith(name, i)
            and (j == len(text) or not text[j].isalnum())
            and (not i or not text[i - 1].isalnum())
        ):
            lo = text.rfind("\n", 0, i) + 1
            hi = text.find("\n", i)
            if not _title_line(text[lo : hi if hi >= 0 else len(text)]):
                return False
    return True


def _lower_word_in(text: str, low: str) -> bool:
    """Does ``low`` stand in the text as a whole lower-case word (no regex: a pattern per name would be
    compiled each time)? A long text answers from its index of tokens."""
    found = has_word(text, low)
    return _lower_word_scan(text, low) if found is None else found


def _lower_word_scan(text: str, low: str) -> bool:
    """``_lower_word_in`` by ``str.find`` (a short text, and the reference the index is tested against)."""
    i = text.find(low)
    while i >= 0:
        j = i + len(low)
        if (not i or not (text[i - 1].isalnum() or text[i - 1] == "-")) and (
            j == len(text) or not (text[j].isalnum() or text[j] == "-")
        ):
            return True
        i = text.find(low, j)
    return False


def _bare(tok: str) -> str:
    """A name word without a glued Arabic article: "al-Assad" -> "Assad" (so "Assad" folds into the name)."""
    return tok.split("-", 1)[1] if tok[:1].islower() and "-" in tok[:4] else tok


def _spells(acronym: str, name: str) -> bool:
    """Could ``acronym`` abbreviate ``name``: same first letter, its letters in order in the name
    ("Badan Meteorologi, Klimatologi, dan Geofisika" (BMKG)), unlike "Britain's Got Talent (ITV)"."""
    low = name.lower()
    if not low or acronym[0].lower() != low[0]:
        return False
    i = 0
    for ch in acronym.lower():
        i = low.find(ch, i) + 1
        if not i:
            return False
    return True


def _syllables_start(acronym: str, toks: Sequence[str]) -> int:
    """Where the name that a syllable acronym abbreviates starts in ``toks`` (-1: nowhere): Indonesian bodies
    are shortened by a piece of each word ("Badan Pembentukan Peraturan Daerah" (Bapemperda), "Komando Gabungan
    Wilayah Pertahanan" (Kogabwilhan)); the first piece opens the first word, each word gives one piece in order
    (a lower-case join may give none)."""
    low = acronym.lower()

    def spelled(a: int, w: int) -> bool:
        if w == len(toks):
            return a == len(low)
        word = toks[w].lower()
        if word in _JOINS and a and spelled(a, w + 1):
            return True
        for b in range(len(low), a, -1):
            piece = low[a:b]
            if (word.startswith(piece) if not a else piece in word) and spelled(b, w + 1):
                return True
        return False

    for start in range(max(0, len(toks) - 8), len(toks) - 1):
        if toks[start][0] == acronym[0] and spelled(0, start):
            return start
    return -1


_VESSELS = frozenset({"liner", "ship", "tanker", "vessel", "freighter", "ferry", "frigate", "cruiser", "yacht"})
_VESSEL_GATE = textscan.Gate(sorted(_VESSELS))
# a particle before a run: the run is the tail of a longer name ("Banco de los Trabajadores de Venezuela")
_PARTICLES_BEFORE = frozenset({"de", "del", "los", "las", "la", "le", "les", "des", "du", "di", "da"})


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` (a space between), "" at a line's start or after punctuation."""
    before = text[max(0, start - 24) : start]
    if not before.endswith(" "):
        return ""
    word = before[:-1].rsplit(" ", 1)[-1]
    return word if word.isalpha() else ""


def _listed_name(text: str, end: int, acronym: str) -> str | None:
    """The name ending at ``end`` whose capitalised words, across spaces, ", " and "dan"/"and", spell ``acronym``."""
    lo = max(0, end - 120)
    words = list(re.finditer(r"[A-Z][\w'’-]*", text[lo:end]))
    for k in range(len(words) - len(acronym), len(words) - 1):
        if k < 0:
            continue
        if "".join(w.group()[0] for w in words[k:]) != acronym:
            continue
        gaps = [text[lo + words[i].end() : lo + words[i + 1].start()] for i in range(k, len(words) - 1)]
        if all(_LIST_GAP.fullmatch(g) for g in gaps):
            return text[lo + words[k].start() : end]
    return None


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K.": initials written with dots
_REORDER_HEADS = frozenset({"Department", "Ministry"})  # "Agriculture Department" = "Department of Agriculture"


@lru_cache(maxsize=4096)  # pure; fold_orgs() asks it of every multi-word org of every story
@lru_cache(maxsize=4096)  # pure: a story's lone acronyms ask for the same names' initials (ents18)
def _initials(name: str) -> tuple[str, ...]:
    """Initials with and without lower-case particles: ("DOJ", "DJ") for Department of Justice; a dotted prefix
    gives its letters ("U.S. Department of Agriculture" -> "USDA"), and a department named before its head gives
    the initials of the "Department of X" order too ("U.S. Agriculture Department" -> "USDA")."""
    toks = name.replace("-", " ").split()
    forms = ["".join(t[0] for t in toks).upper(), "".join(t[0] for t in toks if t[0].isupper())]
    if any(_DOTTED.fullmatch(t) for t in toks):
        toks = [p for t in toks for p in (t.replace(".", "") if _DOTTED.fullmatch(t) else (t,))]
        forms.append("".join(t[0] for t in toks if t[0].isupper()))
    if len(toks) >= 2 and toks[-1] in _REORDER_HEADS and toks[-2][0].isupper():
        lead = 1 if len(toks[0]) == 1 else 0  # "U S Agriculture Department": the country's letters stay first
        lead = len(toks) - 2 if lead and all(len(t) == 1 for t in toks[:-2]) else lead
        body = toks[lead:-1]
        forms.append("".join(t[0] for t in (*toks[:lead], toks[-1], *body) if t[0].isupper()))
        forms.append("".join(t[0] for t in (*toks[:lead], toks[-1], "of", *body)).upper())  # "DOJ"
    return tuple(dict.fromkeys(f for f in forms if f))


def _add_role(roles: list[str], role: str) -> None:
    """Keep the longest wording of a role ("Wakil Ketua DPR RI" over "Wakil Ketua DPR")."""
    for i, have in enumerate(roles):
        if have.startswith(role) or role in have:
            return
        if role.startswith(have) or have in role:
            roles[i] = role
            return
    roles.append(role)


def _drop_owner(orgs: Sequence[dict[str, Any]], people: list[_Person]) -> None:
    """A source's company name with its owner glued on ("Icahn's Transworld Airlines Inc", Reuters marks the
    words before its ticker): the owner, a person of the story, is no part of the name."""
    surnames = {p.name.rsplit(" ", 1)[-1] for p in people}
    for org in orgs:
        name = str(org.get("name") or "")
        owner, sep, rest = name.partition("'s ")
        if not sep:
            owner, sep, rest = name.partition("’s ")
        if sep and " " not in owner and owner in surnames and " " in rest and rest[0].isupper():
            org["name"] = rest


def resolve_name(mention: str, names: list[str]) -> str | None:
    """The full name a short mention refers to ("Wang" -> "Wang Yi"), or None.

    Prefers a surname (last-token) match, then a given-name (first-token) match, then any token;
    the first such name in ``names`` wins.
    """
    low = mention.lower().strip()
    if not low:
        return None
    for name in names:
        if name.lower() == low:
            return name
    mtoks = low.split()
    best: tuple[int, str] | None = None
    for name in names:
        toks = name.lower().split()
        if len(mtoks) > 1:
            if set(mtoks) <= set(toks):
                return name
            continue
        rank = 0 if toks[-1] == low else 1 if toks[0] == low else 2 if low in toks else None
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, name)
    return best[1] if best else None


# Languages whose names take case endings ("Obaman", "Trumpin", "Kivimäelle" in Finnish; "Tuska" in Polish)
# and for which there are no name rules: a capitalised run there is an inflected form, often glued to a title
# or the next noun ("Ulkoministeri Timo Soini", "Ranskassa Pariisin"). Precision first: no people or
# organisations from their running text; what the source itself lists is kept.
def _without_role_nouns(orgs: list[_Org]) -> list[_Org]:
    """Cut a glued common noun off an org ("Zeitung China Daily" -> "China Daily"); one entry per name."""
    out: dict[str, _Org] = {}
    for org in orgs:
        first, _, rest = org.name.partition(" ")
        if first in _ROLE_NOUNS and rest[:1].isupper():
            org = _Org(rest, org.literal)
        out.setdefault(org.name.lower(), org)
    return list(out.values())


def _rejoined(org: _Org, text: str, given: Sequence[dict[str, Any]]) -> _Org:
    """The story's whole name for a piece cut at "and" whose source names the company with its "and" ("Bell and
    Howell" from "<BHW>"): "Howell Co" of "Bell and Howell Co said" is "Bell and Howell Co", one company."""
    for entry in given:
        name = str(entry.get("name") or "")
        first, sep, last = name.rpartition(" and ")
        if not sep or not org.name.lower().startswith(last.lower()) or org.name.lower() == last.lower():
            continue
        whole = f"{first} and {org.name}"
        for _, j in _mentions(text, whole):
            if j == len(text) or not text[j].isalnum():
                return _Org(whole, org.literal)
    return org


CASE_INFLECTED = frozenset({"fi", "et", "hu", "tr", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv"})


# A species' epithet ("hasseltii", "sumatrensis", "arnoldii") and a genus' ending ("Rafflesia", "Nepenthes",
# "Amorphophallus"); a story's own word for a living thing confirms a pair that has only the epithet's shape
_EPITHET_ENDS = ("ii", "ensis", "oides", "iana", "ianus", "orum", "icola")
_GENUS_ENDS = ("ia", "us", "um", "es", "opsis", "anthus", "ella", "odon", "ops")
_SPECIES_WORDS = re.compile(
    r"\b(?:species|spesies|flower|flowers|bunga|plant|plants|tanaman|tumbuhan|orchid|anggrek|genus|fauna|flora"
    r"|animal|animals|hewan|satwa|bird|birds|burung|fish|ikan|insect|serangga|frog|katak|bacteria|bakteri|pohon)\b",
    re.I,
)


def _binomial(toks: Sequence[str], text: str) -> bool:
    """Are two name-shaped words a species' Latin name ("Rafflesia Hasseltii", written with a capital epithet
    in a headline)? The epithet's shape, and a genus' ending or the story's word for a living thing."""
    epithet = toks[1].lower()
    if not epithet.endswith(_EPITHET_ENDS) or not toks[1][1:].islower():
        return False
    return toks[0].endswith(_GENUS_ENDS) or _SPECIES_WORDS.search(text) is not None


# An armed service as the actor of a sentence ("The Army said it will renegotiate", "the Navy awarded", "The U.S.
# Treasury said"): the body the text names, under the name it gives (no nation is added: "U.S. Army" only where
# the text writes it)
_FORCE_ACTOR = re.compile(
    r"\b[Tt]he ((?:U\.S\. |U\.K\. )?(?:Army|Navy|Air Force|Marine Corps|Coast Guard|Treasury|Pentagon|Kremlin))"
    r"(?= (?:said|says|announced"
    r"|awarded|told|has awarded|will award|confirmed|denied|reported|estimates|estimated|stands by)\b)"
)
_FORCE_WORDS = ("Army", "Navy", "Air Force", "Marine", "Coast Guard", "Treasury", "Pentagon", "Kremlin")
_FORCE_GATE = textscan.Gate(_FORCE_WORDS)
_MASTHEAD_WORDS: tuple[str, ...] = ("Times", "Post", "Journal", "Guardian", "Telegraph", "Herald", "Tribune")
_MASTHEAD_WORDS += ("Observer", "Independent", "Gazette", "Chronicle", "Economist", "Channel ", "Express", "Mail")
_MASTHEAD_WORDS += ("Mirror",)
_MASTHEAD_GATE = textscan.Gate(_MASTHEAD_WORDS)
# A newspaper named with "The" and its masthead word ("seen by The Times", "The Daily Telegraph reported"), and
# the numbered television channels ("Channel 4"): a publication or broadcaster whatever stands around it
_MASTHEAD = re.compile(
    r"(?<![\w'’-])(The (?:[A-Z][\w'’-]+ ){0,3}(?:Times|Post|Journal|Guardian|Telegraph|Herald|Tribune|Observer"
    r"|Independent|Gazette|Chronicle|Economist|Express|Mail on Sunday|Mail|Mirror))\b(?! [A-Z])"
    r"|(?<![\w'’-])(Channel [45])\b(?! [A-Z])"
)


# A firm the text describes by its trade ("the French energy giant Total", "oil major Shell") or names as a joint
# venture ("its joint venture with ..., called Samsung Total"): the words say what the name is
_FIRM_NAME = r"([A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,2})"
_DESCRIBED_FIRM = re.compile(
    r"\b(?:energy|oil|gas|chemicals?|petrochemicals?|retail|retailing|tech|technology|software|internet|mining"
    r"|steel|media|pharmaceutical|pharmaceuticals|drug|drugs|food|banking|insurance|telecoms?|telecommunications"
    r"|electronics|engineering|defen[cs]e|aerospace|car|auto|shipping|construction|industrial) (?:giant|major) "
    + _FIRM_NAME
)
_VENTURE_NAME = re.compile(
    r"\bjoint venture(?: [^.;,\n]{1,60}(?:, [^.;,\n]{1,40})?)?,? (?:called|named|known as) " + _FIRM_NAME
)
# a firm after its seat and its kind ("the Hamburg-based shipping line Unimar Seetransport") (ent18)
_BASED_FIRM = re.compile(
    r"-based (?:[a-z]+ ){0,2}(?:line|firm|company|carrier|airline|bank|broker|brokerage|insurer|lender|group|concern) "
    + _FIRM_NAME
    + r"(?![\w'’-])"
)
# Each pattern only where it can match (exact gates, issue 17): ``_DESCRIBED_FIRM`` tries its trade words at
# every offset (~85 µs a story of ~2 KB, found or not), but every match holds " giant " or " major " and then
# the name's capital; ``_VENTURE_NAME`` needs "joint venture"
_DESCRIBED_AFTER = (" giant ", " major ")
_NAME_START = re.compile("[A-Z]")


def _with_media(orgs: list[_Org], text: str, ex: _Extractor) -> list[_Org]:
    """``orgs`` and the stations and city newspapers ``orgs_media`` reads ("station KABC", "the Los Angeles
    Times"), unless the scan has the name already or inside a longer one ("WTRK Inc") (tent21)."""
    found = orgs_media.broadcasters(text) + orgs_media.city_papers(text, ex.is_place)
    for name in found:
        if not any(o.name == name or o.name.startswith(f"{name} ") or o.name.endswith(f" {name}") for o in orgs):
            orgs = [*orgs, _Org(name)]
    return orgs


def _with_described_firms(orgs: list[_Org], people: list[_Person], text: str, ex: _Extractor) -> list[_Org]:
    """``orgs`` and the firms named after their trade or as a joint venture (``_DESCRIBED_FIRM``,
    ``_VENTURE_NAME``); a given name first or a place is none, and a person found already stays one."""
    known = {o.name for o in orgs} | {p.name for p in people}
    found: list[re.Match[str]] = []
    if follows(text, _DESCRIBED_AFTER, _NAME_START):
        found += _DESCRIBED_FIRM.finditer(text)
    if "joint venture" in text:
        found += _VENTURE_NAME.finditer(text)
    if "-based " in text:
        found += _BASED_FIRM.finditer(text)
    for m in found:
        name = m.group(1)
        first = name.split(" ", 1)[0]
        if name in known or first in ex.res.given_names or ex.is_place(name) or first in ex.res.breakers:
            continue
        if m.re is _BASED_FIRM and (ex.is_head(first) or first in ex.res.title_heads or ex.is_place(first)):
            continue  # "the Paris-based firm's Chairman ...", "a London-based bank Britain ..."
        known.add(name)
        orgs = [*orgs, _Org(name)]
    return orgs


def _with_acting_firms(
    orgs: list[_Org], people: list[_Person], names: list[str], res: EntityResources, placed: set[str]
) -> tuple[list[_Org], list[_Person]]:
    """``orgs`` and the lone names that do a firm's act (``orgs_acts``), ``people`` without them: a country, a
    place the story's places kept, a given name, an everyday word, a word of a longer person's name ("Fernando
    Santos Alvite") or of an organisation found already ("Anacomp Inc") is no new firm. A town's name the places
    step did not keep stays a firm's (Santos Ltd of "PERTH - Santos will slash spending": not Santos, Brazil)."""
    common = res.common_words.get("en", frozenset())
    for name in names:
        base = name.removesuffix("'s")  # "Albertson's said it plans to open 33 to 35 new stores"
        if base in res.given_names or base.lower() in common or base in res.breakers:
            continue
        if base in placed or base in res.countries or base in res.non_name:
            continue
        if any(base in p.name.split(" ") and p.name != base for p in people):
            continue
        people = [p for p in people if p.name != base]
        if not any(base.lower() in o.name.lower().split(" ") for o in orgs):  # "Anacomp" beside "ANACOMP INC"
            orgs = [*orgs, _Org(name)]
    return orgs, people


def _without_firm_words(people: list[_Person], orgs: list[_Org]) -> list[_Person]:
    """Drop a one-word "person" that is a word of a firm's longer name in the same story ("Scotty" of "Scotty's
    Inc said", "Goodrich" of "B.F. Goodrich Co", "Chesebrough" of "Chesebrough-Pond's Inc"): the firm's short
    name, which is also a surname (ent19)."""
    words = {w.removesuffix("'s") for o in orgs if " " in o.name for w in re.split(r"[ -]", o.name)}
    return [p for p in people if " " in p.name or p.name not in words]


# A player's or coach's club before the position word ("Former Burnley and QPR defender", "then of Aston Villa",
# "Wigan coach Brian Noble"): in sports copy the words say the name is a team. A nation's side is no club (its
# name is a place: "England forward", "Sri Lanka coach"), nor is a given name's run ("Brian Ashton's side").
_CLUB = r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2}"
_POSITION = (
    r"defender|midfielder|forward|striker|goalkeeper|keeper|winger|full-back|right-back|left-back|centre-back"
    r"|centre-half|playmaker|batsman|bowler|opener|all-rounder|spinner|seamer|wicketkeeper|fly-half|scrum-half"
    r"|flanker|hooker|quarterback|pitcher|shortstop|outfielder|coach|manager|boss|captain|chairman|skipper"
)
_PLAYER_OF = re.compile(
    rf"(?:\b[Ff]ormer |\bex-|(?<![\w'’.-]))({_CLUB})((?:, {_CLUB})*(?:,? and {_CLUB})?)"
    rf" (?:women(?:'s)? |under-\d\d )?(?:{_POSITION})\b"
)
_THEN_OF = re.compile(
    rf"\bthen (?:of|with|at) ({_CLUB})\b|\b(?:coach|manager|captain) of (?:the )?({_CLUB})\b"
    rf"|\b[A-Z][\w'’-]* side ({_CLUB})\b"  # "Italian side Perugia", "League One side Bury"
)
_SPORTS_WORDS: tuple[str, ...] = ("football", "soccer", "cricket", "rugby", "league", "League", "midfielder")
_SPORTS_WORDS += ("defender",)
_SPORTS_WORDS += ("striker",)  # a cheap test before _SPORTS_CUES (issue #17)
_SPORTS_GATE = textscan.Gate(_SPORTS_WORDS)
_SPORTS_CUES = re.compile(r"\b(?:football|soccer|cricket|rugby|league|League|midfielder|defender|striker)\b")
# Broadcasters named with their medium ("Sky Sports 2", "BT Sport", "British Eurosport", "ABC TV"): one body, not
# a person; a run whose first word is an everyday one ("Winter Sports") counts only before a channel number
_BROADCAST_TAILS = frozenset({"Sport", "Sports", "Eurosport", "TV", "Television", "Radio"})
_BROADCASTER = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][\w&'’-]* )?(?:[A-Z][\w&'’-]* )?(?:Sports?|Eurosport|TV))\b( [1-9]\b)?"
)

_SPACE_CAPITAL = re.compile(r" [A-Z]")  # (matched where a name ends: no copy of the text's rest per name)


def _with_sports_bodies(
    orgs: list[_Org], people: list[_Person], text: str, ex: _Extractor
) -> tuple[list[_Org], list[_Person]]:
    """``orgs`` with the clubs a sports story names by a player's position and the broadcasters named with their
    medium; a person found already stays one, and a "person" that is a broadcaster ("BT Sport") moves over."""
    known = {o.name for o in orgs}
    names = {p.name for p in people}
    common = ex.res.common_words.get("en", frozenset())
    out = list(orgs)

    def add(name: str) -> None:
        if name not in known and name not in names:
            known.add(name)
            out.append(_Org(name))

    for m in _BROADCASTER.finditer(text) if "Sport" in text or "TV" in text else ():
        name = m.group(1)
        words = name.split(" ")
        if len(words) == 1 and name != "Eurosport":
            continue
        if " ".join(words[:-1]) in known or agency(words[0]) is not None or _SPACE_CAPITAL.match(text, m.end()):
            continue  # "ABC" found already, "via Reuters TV" (a credit), "Echelon Sports Corp" (a longer name)
        if (
            words[0] in ex.res.breakers
            or words[0] in ex.res.given_names
            or any(len(w) > 3 and w.isupper() for w in words)
        ):
            continue  # "PA SPORT TV LISTINGS": a shouted heading
        if words[-1] in ("TV", "Television") and ex.is_place(words[0]):
            continue  # "Iranian TV": a country's television, no one body
        if (
            words[0].lower() in common
            and not (m.group(2) or text.endswith("on ", 0, m.start()))
            and words[0] not in ex.res.org_words
        ):
            continue
        add(name)
    kept = []
    for person in people:
        if person.name.rsplit(" ", 1)[-1] in _BROADCAST_TAILS:
            names.discard(person.name)
            add(person.name)
        else:
            kept.append(person)
    if not _SPORTS_GATE(text) or _SPORTS_CUES.search(text) is None:
        return out, kept
    for m in [*_PLAYER_OF.finditer(text), *_THEN_OF.finditer(text)]:
        clubs = [next(g for g in m.groups() if g)] if m.re is _THEN_OF else [m.group(1)]
        if m.re is _PLAYER_OF and m.group(2):
            clubs += [c for c in re.split(r",? and |, ", m.group(2)) if c]
        for club in clubs:
            first = club.split(" ", 1)[0]
            if (
                club in ex.res.countries
                or club in ex.res.places
                or first in ex.res.given_names
                or first in ex.res.breakers
                or (first.lower() in common and club not in ex.res.org_words)
                or club.endswith(("'s", "’s"))
                or club in _HOME_NATIONS
            ):
                continue
            add(club)
    return out, kept


# A public agency named by its field and its country or state ("Statistics Canada", "Events South Australia",
# "Tourism Australia", "Sport England"): the field word opens a run whose rest is the place (ent18)
_SECTOR_WORDS = (
    *("Statistics", "Health", "Transport", "Environment", "Parks", "Tourism", "Sport", "Events", "Infrastructure"),
    *("Heritage", "Fisheries", "Biosecurity", "Revenue", "Industry"),
)
_SECTOR_AGENCY = re.compile(rf"({'|'.join(_SECTOR_WORDS)}) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w’'-]| [A-Z(])")
# the pattern opens with an alternation, so `re` tries it at every offset (~12 µs an English story): a field word
# and its space, from the stage's shared substring pass, first (issue 17)
_SECTOR_GATE = textscan.Gate(f"{word} " for word in _SECTOR_WORDS)


def _with_sector_agencies(
    orgs: list[_Org], people: list[_Person], text: str, ex: _Extractor
) -> tuple[list[_Org], list[_Person]]:
    """Add the agencies named by a field word and a country or state ("Statistics Canada said", "with the UCI
    and Events South Australia"), and take them out of the people; the place alone is no agency, and a
    capitalised word before the field word makes it part of another name ("Oil Industry Canada")."""
    if not _SECTOR_GATE(text):
        return list(orgs), people
    have = {o.name for o in orgs}
    out = list(orgs)
    for m in _SECTOR_AGENCY.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_’'&.-"):
            continue  # inside a word or a dotted or hyphened name (the pattern leaves this out: speed)
        prev = text[max(0, m.start() - 30) : m.start()].rsplit("\n", 1)[-1].split(" ")
        if (
            len(prev) > 1
            and prev[-2][:1].isupper()
            and prev[-2] != "The"
            and not prev[-2].endswith((".", ":", ",", ";"))
        ):
            continue
        place, name = m.group(2), m.group(0)
        if name in have or not (place in ex.res.countries or ex.is_place(place)):
            continue
        have.add(name)
        out.append(_Org(name))
        people = [p for p in people if p.name != name]
    return out, people


def _national_units(people: list[_Person], orgs: list[_Org], res: EntityResources) -> tuple[list[_Person], list[_Org]]:
    """Move a "person" of a firm's name and a country ("Ford Canada also said", "Honda Australia") to the
    organisations: the firm's national unit, never a person's name (ent18)."""
    have = {o.name for o in orgs}
    kept: list[_Person] = []
    for p in people:
        words = p.name.split(" ")
        if (
            len(words) == 2
            and words[1] in res.countries
            and (words[0] in res.org_surnames or words[0] in res.org_known)
        ):
            if p.name not in have and not any(o.name.startswith(words[0]) and words[1] in o.name for o in orgs):
                have.add(p.name)  # (beside "Ford Motor Co of Canada Ltd" the short name is that body again)
                orgs = [*orgs, _Org(p.name)]
            continue
        kept.append(p)
    return kept, orgs


# A player's stat line of two counts ("Amare Stoudemire had six points and six rebounds"): only a player has both
_STAT_LINE = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]+ (?:[A-Z][a-z]*[A-Z])?[A-Z][a-z'’-]+) (?:had|scored|added|finished with) "
    r"(?:\d{1,2}|[a-z]{3,9}) points(?:,| and) (?:\d{1,2}|[a-z]{3,9}) (?:rebounds|assists|steals|blocks)\b"
)


def _with_stat_line_players(
    people: list[_Person], orgs: list[_Org], text: str, res: EntityResources, lookup: PlaceLookup | None
) -> list[_Person]:
    """Add the players a basketball story names by a stat line of points and rebounds or assists, whatever their
    given name ("Amare" is also a town): no team ("The Heat had ..."), no body, no word the story writes in lower
    case (ent18)."""
    have = {p.name for p in people} | {o.name for o in orgs}
    lasts = {p.name.rsplit(" ", 1)[-1] for p in people}
    out = list(people)
    for m in _STAT_LINE.finditer(text):
        name = m.group(1)
        first, last = name.split(" ")
        if name in have or first in res.breakers or last in res.team_tails or last in res.city_teams:
            continue
        if first in res.title_heads or first.lower() in res.common_words.get("en", frozenset()):
            continue
        if last in lasts or name in res.places or (lookup is not None and lookup.is_place(name)):
            continue  # the surname of a person found already (the same player); "Oklahoma City had ..."
        have.add(name)
        out.append(_Person(name, (), []))
    return out


_THE_NICKNAME = re.compile(r"the ([A-Z][a-z]+s)\b(?![ -][A-Z])")


def _with_team_nicknames(orgs: list[_Org], text: str, res: EntityResources) -> list[_Org]:
    """Add the teams a sports story names by their nickname alone ("on Saturday against the Bucks"), once the
    story names a team with its city ("Miami Heat", "Atlanta Hawks"): there "the Bucks" is no money (ent18)."""
    tails = res.team_tails | res.city_teams
    if not any(" " in o.name and o.name.rsplit(" ", 1)[-1] in tails for o in orgs):
        return orgs
    have = {o.name.rsplit(" ", 1)[-1] for o in orgs} | {o.name for o in orgs}
    out = list(orgs)
    for m in _THE_NICKNAME.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # "bathe Xs": "the" must be a word
        word = m.group(1)
        if word in res.team_tails and word not in have:
            have.add(word)
            out.append(_Org(word))
    return out


# A trade noun opening a sentence before a firm's name ("Agribusiness Ruralco says", "Miner Oz Minerals has"):
# capitalised only because it opens the sentence, it says what the name after it is
_TRADE_OPENERS = frozenset(
    [
        "agribusiness",
        "miner",
        "retailer",
        "insurer",
        "explorer",
        "developer",
        "airline",
        "telco",
        "broadcaster",
        "lender",
        "builder",
        "grocer",
        "supermarket",
        "carmaker",
        "automaker",
        "chipmaker",
        "drugmaker",
        "brewer",
        "winemaker",
        "conglomerate",
        "refiner",
        "shipper",
        "bank",
        "fund",
        "manager",
        "utility",
        "operator",
    ]
)


# partners' names joined by slashes and defined by their initials: "Diener/Hauser/Bates (DHB)" (ent18)
_SLASH_FIRM = re.compile(r"(?<![\w/&-])([A-Z][a-z]+(?:/[A-Z][a-z]+)+) \(([A-Z]{2,6})\)")
_SLASH_GATE = re.compile(r"/[A-Z][a-z]+ \([A-Z]")  # the last partner and the bracket: a cheap first test


def _with_slash_firms(orgs: list[_Org], text: str) -> list[_Org]:
    """Add a firm whose partners' names the text joins by slashes and then defines by their initials
    ("Diener/Hauser/Bates (DHB)"): the scan reads a slash as a break and keeps the last partner at most."""
    for m in _SLASH_FIRM.finditer(text):
        name, literal = m.group(1), m.group(2)
        parts = name.split("/")
        if "".join(word[0] for word in parts) != literal or any(o.name.split(" ", 1)[0] in parts for o in orgs):
            continue  # a partner that opens a body of its own ("Ford Motor Co": "Ford/Chrysler"): two firms
        orgs = [o for o in orgs if o.name not in (parts[-1], literal)]
        orgs.append(_Org(name, literal))
    return orgs


def _with_trade_led_firms(orgs: list[_Org], people: list[_Person]) -> tuple[list[_Org], list[_Person]]:
    """A "person" that opens with a trade noun ("Agribusiness Ruralco") is that trade's firm ("Ruralco")."""
    kept = []
    names = {o.name for o in orgs}
    for person in people:
        first, _, rest = person.name.partition(" ")
        if rest and first.lower() in _TRADE_OPENERS and first[1:].islower():
            if rest not in names:
                names.add(rest)
                orgs = [*orgs, _Org(rest)]
            continue
        kept.append(person)
    return orgs, kept


# An armed service or unit named by its kind alone ("latihan Angkatan Laut bersama": the navies of two countries):
# a body's kind, no body; "TNI Angkatan Laut", "Angkatan Laut Amerika Serikat" name one
_ID_KINDS = frozenset({"Angkatan Laut", "Angkatan Darat", "Angkatan Udara", "Angkatan Bersenjata", "Satuan Tugas"})
_ID_COUNTRY_TAILS = (
    " RI",
)  # the country's initials a national body's name may end with ("Bursa Efek Indonesia" is a name)
_ID_KINDS |= frozenset({"Kantor Wilayah", "Kantor Cabang", "Kantor Perwakilan"})  # "Kantor Wilayah (Kanwil) DJPb …"
# a government's level alone, a vessel's or a transit line's kind ("Kapal Motor (KM) Prince Soya", "Light Rail
# Transit (LRT) Jakarta Fase 1B"): no body named (org15)
_ID_KINDS |= frozenset({"Pemerintah Kota", "Pemerintah Kabupaten", "Pemerintah Provinsi", "Pemerintah Daerah"})
_ID_KINDS |= frozenset({"Kapal Motor", "Light Rail Transit", "Mass Rapid Transit", "Bus Rapid Transit"})
# What follows "Pemerintah" in a government's name: its level, or (checked apart) a place
_ID_GOVERNMENT_LEVELS = frozenset({"Kabupaten", "Kota", "Provinsi", "Daerah", "Pusat", "Desa", "RI", "Republik"})


def _id_government_runs(orgs: list[_Org], lookup: PlaceLookup, countries: frozenset[str]) -> list[_Org]:
    """Drop a title-case headline's run that opens with "Pemerintah" and goes on with its predicate ("Pemerintah
    Kaji Pembatasan Pertalite", "Pemerintah Masifkan OMC"): a government is named by its level or its place
    ("Pemerintah Kota Bandung", "Pemerintah Jepang") (org15)."""
    out = []
    for org in orgs:
        words = org.name.split(" ")
        if words[0] == "Pemerintah" and len(words) > 1 and words[1] not in _ID_GOVERNMENT_LEVELS:
            rest = [" ".join(words[1:k]) for k in range(len(words), 1, -1)]
            if not any(p in countries or lookup.is_place(p) for p in rest):
                continue
        out.append(org)
    return out


def _id_dan_names(orgs: list[_Org], text: str, ex: _Extractor) -> list[_Org]:
    """ "Direktorat Jenderal Bea" of "Direktorat Jenderal Bea dan Cukai": the name cut at its "dan" made whole,
    and one value when the story also gave the whole name (org17)."""
    if " dan " not in text:
        return orgs
    res = ex.res

    def stops(word: str) -> bool:
        return word in res.org_initial or word in res.org_words or word in res.breakers or ex.is_place(word)

    out: list[_Org] = []
    names = {o.name for o in orgs}
    for org in orgs:
        whole = orgs_id.dan_tail(org.name, text, stops)
        if whole is None:
            out.append(org)
        elif not any(n.startswith(whole) for n in names):
            names.add(whole)
            out.append(_Org(whole, org.literal))
    return out


# Words that name a place of work by whose it is: "Kantor Purbaya" is the minister's office, no body of its own
_ID_PREMISES = frozenset({"Kantor", "Rumah", "Ruang", "Ruangan", "Kediaman", "Istana"})


def _person_premises(orgs: list[_Org], people: Sequence[_Person]) -> list[_Org]:
    """Drop "Kantor Purbaya" ("CTO Danantara Datangi Kantor Purbaya"): an office named by a person the story
    names (its words all that person's) is a place of work, not an organisation (org15)."""
    tokens = {t for p in people for t in p.name.split(" ")}
    return [
        o
        for o in orgs
        if not (
            o.name.split(" ", 1)[0] in _ID_PREMISES
            and " " in o.name
            and all(w in tokens for w in o.name.split(" ")[1:])
        )
    ]


_PAIRED = re.compile(r"(.+)-([A-Z]{3,})")


def _id_named_bodies(orgs: list[_Org]) -> list[_Org]:
    """Drop a body's kind named alone (``_ID_KINDS``) and cut a headline's pair of bodies joined by a hyphen to
    the first ("PT PAL-BRIN wujudkan …" beside "PT PAL Indonesia" and "BRIN"): each is named on its own (org14)."""
    names = {o.name for o in orgs} | {o.literal for o in orgs if o.literal}
    out: list[_Org] = []
    for org in orgs:
        if org.name in _ID_KINDS:
            continue
        if any(org.name.endswith(c) and org.name[: -len(c)] in names for c in _ID_COUNTRY_TAILS):
            continue  # "Kementerian Luar Negeri RI" beside "Kementerian Luar Negeri" ("Kemlu RI", "Kemlu:")
        if " PT " in org.name and not org.literal:
            # "Group Head of Finance & Accounting PT GoTo": an office's words before the firm's legal form (org15)
            org = _Org("PT " + org.name.split(" PT ", 1)[1])
        m = _PAIRED.fullmatch(org.name)
        if m and " " in org.name and "-" not in m.group(1).rsplit(" ", 1)[-1]:
            first, second = m.group(1), m.group(2)
            if any(n != org.name and (second in n or f"({second})" in n) for n in names) or second in names:
                if not any(n != org.name and n.startswith(first + " ") for n in names):
                    out.append(_Org(first, org.literal))
                continue
        out.append(org)
    return out


@lru_cache(maxsize=1)
def _headline_known(known: frozenset[str], common_id: frozenset[str], common_en: frozenset[str]) -> dict[str, str]:
    """Known names safe to read on an Indonesian title-case line: no two-letter acronym, no everyday word of
    either language ("Mobil" is a car in Indonesian)."""
    return {
        name: name
        for name in known
        if len(name) >= 3 and name.lower() not in common_id and name.lower() not in common_en
    }


def _with_headline_known(orgs: list[_Org], text: str, res: EntityResources) -> list[_Org]:
    """A known body an Indonesian title-case headline names before its predicate ("KBPBI dan Apindo Bentuk Tim
    Perumus …"): the scan reads the line as one run and keeps none of it. Added when the story names it no
    other way (org14)."""
    lines = [line for line in text.split("\n", 3)[:3] if line.strip() and _title_line(line.strip())]
    if not lines:
        return orgs
    known = _headline_known(res.org_known, res.common_words["id"], res.common_words["en"])
    keys = [spelling_key(o.name) for o in orgs] + [spelling_key(o.literal) for o in orgs if o.literal]
    out = list(orgs)
    for line in lines:
        words = re.findall(r"[\w'’&.-]+", line)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i : i + n])
                if name not in known:
                    continue
                key = spelling_key(name)
                if not key or any(k.startswith(key) or key.startswith(k) for k in keys if k):
                    continue
                if _short_of_one(name, out):
                    continue
                out.append(_Org(name))
                keys.append(key)
    return out


_CAPS_WORD = re.compile(r"(?<![\w.-])[A-Z]{3,6}(?![\w-])")


_NAME_AFTER = re.compile(r" ([A-Z][\w-]*)")


def _free_mention(text: str, start: int, end: int, lookup: PlaceLookup | None) -> bool:
    """Is the acronym at ``text[start:end]`` a body named for itself, not the first word of a longer name
    ("BRI Super League", "IDX Channel", "FIFA Puskas Award") or a cup's ("Piala AFF")? A place or "RI" after
    it is its seat ("BMKG Jawa Barat", "MPR RI")."""
    if text.endswith("Piala ", 0, start):
        return False
    m = _NAME_AFTER.match(text, end)
    if m is None or m.group(1) == "RI" or (lookup is not None and lookup.is_place(m.group(1))):
        return True
    if m.group(1) in _NAME_GOES_ON:
        return False
    # on a title-case line every word is capitalised: only the words above go on with a name there
    return _title_line(_line_at(text, start, end).strip())


# Words after a body's acronym that make it the first word of a competition's, a channel's or an award's name
_NAME_GOES_ON = frozenset(
    {"Super", "Liga", "League", "Cup", "Channel", "Award", "Awards", "Futsal", "Championship", "Open", "Trophy"}
)


def _with_known_acronyms(orgs: list[_Org], text: str, res: EntityResources, lookup: PlaceLookup | None) -> list[_Org]:
    """A known body's acronym inside a title-case run of Indonesian copy ("menjelang Sidang Tahunan MPR RI"):
    the scan reads the run as an event's name and keeps none of it. Added, by the lexicon's full name, when the
    story names the body no other way and at least once not as the first word of a longer name (org15)."""
    known = _headline_known(res.org_known, res.common_words["id"], res.common_words["en"])
    aliases = res.org_aliases
    found = {
        m.group()
        for m in _CAPS_WORD.finditer(text)
        if (m.group() in known or m.group() in aliases) and _free_mention(text, m.start(), m.end(), lookup)
    }
    if not found:
        return orgs
    keys = [spelling_key(o.name) for o in orgs] + [spelling_key(o.literal) for o in orgs if o.literal]
    words = {w for o in orgs for w in o.name.split(" ")} | {o.literal for o in orgs if o.literal}
    out = list(orgs)
    for tok in sorted(found):
        full = aliases.get(tok, tok)
        key, full_key = spelling_key(tok), spelling_key(full)
        if tok in words or any(k.startswith((key, full_key)) for k in keys if k) or _short_of_one(tok, out):
            continue
        out.append(_Org(full, tok if full != tok else None))
        keys.append(full_key)
    return out


_PT = re.compile(r"^PT ")


def _short_of_one(name: str, orgs: Sequence[_Org]) -> bool:
    """Is ``name`` a short form of an org already found: its literal ("GM" of "General Motors Corp"), or letters
    of its name in order ("KAI" of "PT Kereta Api Indonesia", "Kejagung" of "Kejaksaan Agung")?"""
    return any(
        o.literal == name or (" " in o.name and " " not in name and _spells(name, _PT.sub("", o.name))) for o in orgs
    )


def _with_id_bodies(orgs: list[_Org], text: str, lookup: PlaceLookup, common: frozenset[str]) -> list[_Org]:
    """Add regional offices, schools and business groups named by their form ("DPRD Surabaya", "SMAN 2 Padang",
    "Grup Salim": orgs_id); an acronym every mention of which opens such a name, and a cut piece of one, go
    (org14)."""
    bodies = orgs_id.find(text, lookup.is_place)
    if "Grup " in text:
        bodies += [b for b in orgs_id.find_groups(text, lookup.is_place, common) if b not in bodies]
    if "Ka" in text or "Waka" in text:  # "Kapolri", "Kajari Bogor": the body a head's title holds (org16)
        bodies += [b for b in orgs_id.find_headed(text, lookup.is_place) if b not in bodies]
    if not bodies:
        return orgs
    have = {o.name for o in orgs}
    kept = [
        o
        for o in orgs
        if not any(f" {o.name} " in f" {b} " and o.name != b for b in bodies)
        or (" " not in o.name and not orgs_id.bare_only_with_seat(text, o.name, bodies))
    ]
    return kept + [_Org(b) for b in bodies if b not in have]


def _with_directorates(orgs: list[_Org], found: list[tuple[str, str]]) -> list[_Org]:
    """Add each directorate-general by its full name, the story's short form its literal, unless the story names
    it whole already; an org that is its short form or its bare head ("Direktorat Jenderal" cut at a bracket)
    goes (ent21)."""
    if not found:
        return orgs
    short = {lit for _, lit in found} | {"Direktorat Jenderal", "Ditjen"}
    out = [o for o in orgs if o.name not in short]
    have = [o.name for o in out]  # "Kantor Wilayah Direktorat Jenderal Bea dan Cukai": its office, named already
    return out + [_Org(full, lit if lit != full else None) for full, lit in found if not any(full in h for h in have)]


def _with_ministry_units(orgs: list[_Org], text: str) -> list[_Org]:
    """A ministry's unit named with the ministry's short name ("BAKTI Kominfo") is one body: added whole unless
    the story spells the unit out ("Badan Aksesibilitas ... (BAKTI) Komdigi": its full name is there already);
    the unit's acronym alone goes where every mention of it opens the whole (ent21)."""
    units = orgs_id.ministry_units(text)
    added = [u for u in units if not _short_of_one(u.split(" ", 1)[0], orgs) and u not in {o.name for o in orgs}]
    if not added:
        return orgs
    kept = [o for o in orgs if " " in o.name or not orgs_id.bare_only_with_seat(text, o.name, added)]
    return kept + [_Org(u) for u in added]


# Short known names safe to read in a line of capitals: international bodies and firms wire copy abbreviates
_SHOUTED_SHORT = frozenset(
    {"EC", "EU", "UN", "GM", "IMF", "SEC", "FBI", "CIA", "DOJ", "ADB", "IEA", "ECB", "BOJ", "FAO", "ILO", "IBM", "EEC"}
)
# Known names that are also everyday nouns a headline in capitals uses ("APPLE PRICES", "AMAZON FIRES")
_SHOUTED_WORDS = frozenset({"Apple", "Amazon", "Shell", "Meta", "Grab", "Target", "Gap", "Sun", "Oracle", "Fox"})
_SHOUTED_LEGAL = frozenset(f.upper() for f in ("Corp", "Inc", "Co", "Ltd", "Plc", "LP", "AG", "NV", "SA", "Cos"))


@lru_cache(maxsize=1)
def _shouted_known(known: frozenset[str], common: frozenset[str]) -> dict[str, str]:
    """Known names by their capitals: no short acronym outside ``_SHOUTED_SHORT`` (an Indonesian party's "PAN"
    is "PAN AM"'s first word), no everyday English word (``common``: "APPLE", "SHELL" also name fruit and fuel)."""
    out: dict[str, str] = {"FED": "Fed"}  # "FED SAYS": the Federal Reserve, as the wire writes it
    for name in known:
        if name in _SHOUTED_SHORT:
            out.setdefault(name, name)
            continue
        if name.isupper() and len(name) <= 3:
            continue
        if (
            name.lower() in common
            or name in _SHOUTED_WORDS
            or (" " not in name and not name.isupper() and len(name) < 4)
        ):
            continue
        out.setdefault(name.upper(), name)
    return out


def _stop_free(words: Sequence[str]) -> bool:
    """Do the words a firm's run takes before it hold no headline word ("MLN DLR BID FOR" does)?"""
    return not any(w in orgs_caps.STOPS or w[:1].isdigit() for w in words)


def _with_shouted(orgs: list[_Org], lines: list[str], res: EntityResources, table: bool = False) -> list[_Org]:
    """Add the organisations an all-capital headline names (orgs_caps) that the story names no other way; a
    capitals run the scan took with a headline's words before the firm ("MLN DLR BID FOR ROSPATCH CORP") gives
    way to the firm (org14)."""
    common = res.common_words["en"]
    found = orgs_caps.find(lines, _shouted_known(res.org_known, common), _SHOUTED_LEGAL, common, table)
    if not found:
        return orgs
    firms = [f for f in found if f.isupper()]
    found = [f for f in found if not any(g != f and f" {f.upper()} " in f" {g} " for g in firms)]
    kept = [
        o
        for o in orgs
        if not (
            o.name.isupper()
            and any(
                o.name != f and o.name.endswith(" " + f) and not _stop_free(o.name[: -len(f)].split()) for f in firms
            )
        )
    ]
    keys = [spelling_key(o.name) for o in kept]
    for name in found:
        key = spelling_key(name)
        if key and not any(k.startswith(key) or key.startswith(k) for k in keys if k) and not _short_of_one(name, kept):
            kept.append(_Org(name))
            keys.append(key)
    return kept


# The University of California's campuses, each a university of its own named "University of California, <campus>"
_UC_CAMPUSES = (
    "Berkeley",
    "Davis",
    "Irvine",
    "Los Angeles",
    "Merced",
    "Riverside",
    "San Diego",
    "San Francisco",
    "Santa Barbara",
    "Santa Cruz",
)
_UC_CAMPUS = re.compile(r"University of California, (" + "|".join(_UC_CAMPUSES) + r")(?![\w-])")


def _uc_campus(name: str, text: str) -> str:
    """ "University of California, San Diego" whole where the text names the campus after the comma (org14); the
    comma cut it to the system's name."""
    if name != "University of California":
        return name
    campuses = {m.group(0) for m in _UC_CAMPUS.finditer(text)}
    if len(campuses) != 1 or text.count(name) != len(_UC_CAMPUS.findall(text)):
        return name  # two campuses, or the system named alone too: the name the text shares
    return campuses.pop()


def _with_forces(orgs: list[_Org], text: str) -> list[_Org]:
    """``orgs`` and the armed services and ministries the text names as actors ("the Treasury said"), unless a
    found name already holds them."""
    if not _FORCE_GATE(text):
        return orgs  # a cheap test before the regex (issue #17)
    for m in _FORCE_ACTOR.finditer(text):
        force = m.group(1)
        bare = force.rsplit(". ", 1)[-1]
        if not any(o.name in (force, bare) or o.name.endswith(" " + bare) for o in orgs):
            orgs = [*orgs, _Org(force)]
    return orgs


def _with_mastheads(orgs: list[_Org], people: list[_Person], text: str) -> tuple[list[_Org], list[_Person]]:
    """``orgs`` and the newspapers and channels named by their masthead (``_MASTHEAD``), once each; a name found
    already with or without its "The" is kept as found. A piece of a masthead the text only ever writes inside it
    goes from orgs and people ("The Sunday Express": the scan cut the day word and kept "Express"; "The Royal
    Mail", "The Mail on Sunday": "Royal Mail", "Mail" read as people)."""
    if not _MASTHEAD_GATE(text):
        return orgs, people  # a cheap test before the regex (issue #17)
    for m in _MASTHEAD.finditer(text):
        name = m.group(1) or m.group(2)
        bare = name.removeprefix("The ")
        if not any(o.name in (name, bare) or o.name.endswith(" " + bare) for o in orgs):
            n = text.count(bare)
            orgs = [o for o in orgs if not (f" {o.name} " in f" {bare} " and text.count(o.name) == n)]
            people = [p for p in people if not (f" {p.name} " in f" {bare} " and text.count(p.name) == n)]
            orgs = [*orgs, _Org(name)]
    return orgs, people


# A firm the copy names by its name and what kind of firm it is, as the one who speaks: "ANZ bank said",
# "Daiwa Securities company said" (the quote stage takes the same words as a quotation's source, ``quotes._KIND_SAY``;
# orgq15). Only kinds that follow a firm's own name: "the Commerce department", "Asian council" stay out.
_FIRM_KINDS = r"(?:bank|company|firm|group|carrier|airline|utility|broker|brokerage|insurer|lender|refiner|producer)"
_FIRM_KIND_SAY = re.compile(
    rf"(?<![\w'’.&-])((?:[A-Z][\w&.\-]*[ ]){{1,3}}){_FIRM_KINDS}\s+(?:on\s+[A-Z]\w+\s+)?"
    r"(?:said|says|added|told|reported|estimated|forecast|noted|wrote)\b"
)
# _FIRM_KIND_SAY from its kind word on ("bank said"), one pattern per kind: every match holds one, and a pattern
# led by a literal word is found by `re`'s fast literal search, where the whole pattern tries every offset (21 ->
# 7 µs an English story with the `in` test before each): the gate in `enrich` (issue 17). Cut from the pattern
# and the kinds themselves, so it follows a change of either (test_ents17: the kinds must stay plain words).
_KIND_SAID_TAIL = _FIRM_KIND_SAY.pattern[_FIRM_KIND_SAY.pattern.index(_FIRM_KINDS) + len(_FIRM_KINDS) :]
_FIRM_KIND_SAID = tuple(
    (kind, re.compile(re.escape(kind) + _KIND_SAID_TAIL)) for kind in _FIRM_KINDS.removeprefix("(?:")[:-1].split("|")
)
_FIRM_KIND_PATTERN = dict(_FIRM_KIND_SAID)
_FIRM_KIND_GATE = textscan.Gate(_FIRM_KIND_PATTERN)  # which kinds the story holds: their patterns only are run


def _firm_kind_said(text: str) -> bool:
    """Can ``_FIRM_KIND_SAY`` match in ``text``? False when no kind word stands before a verb of saying."""
    return any(_FIRM_KIND_PATTERN[kind].search(text) for kind in _FIRM_KIND_GATE.present(text))


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)[ ]\Z")
_KIND_LEAD = frozenset(("The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her", "But", "And", "In"))


def _with_kind_sources(
    orgs: list[_Org], people: Sequence[_Person], text: str, res: EntityResources, lookup: PlaceLookup | None
) -> list[_Org]:
    """``orgs`` and the firms that speak as "<Name> bank said" ("ANZ bank said" -> ANZ): the name is no person
    of the story, place, demonym or everyday word ("the Swiss bank said", "Commercial bank said",
    "Smith's bank said": none), and no found name already holds it."""
    common = res.common_words.get("en", frozenset())
    for m in _FIRM_KIND_SAY.finditer(text):
        words = m.group(1).split()
        if words[0] in _KIND_LEAD or _DETERMINER_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            continue  # "the Anglo-Dutch group said", "The San Diego-based bank said": a description, no name
        if words[-1].endswith(("'s", "’s", "s'", ".")) or (len(words) == 1 and len(words[0]) < 3):
            continue  # "Smith's bank said"; "Th company said" (a typo)
        name = " ".join(words)
        if (
            any(w in res.non_name or w.lower() in common or w in res.breakers for w in words)
            or any(part in res.non_name or not part[:1].isupper() for w in words for part in w.split("-")[1:])
            or (lookup is not None and lookup.is_place(name))
            or any(f" {w} " in f" {p.name} " for p in people for w in words)
            or any(f" {name} " in f" {o.name} " for o in orgs)
        ):
            continue
        orgs = [*orgs, _Org(name)]
    return orgs


def _without_possessive_shorts(orgs: list[_Org]) -> list[_Org]:
    """``orgs`` less a name that another is with "'s" and a legal form ("Pantera" beside "Pantera's Corp",
    "Macy" beside "Macy's Inc"): the firm's own name holds the possessive, and its short form is read from
    "Pantera's stock" with the "'s" cut, one firm twice (orgq15)."""
    owners: set[str] = set()
    for o in orgs:
        head, sep, tail = o.name.replace("’s ", "'s ").partition("'s ")
        if sep and head and tail.rstrip(".") in _LEGAL:
            owners.add(head)
    return [o for o in orgs if o.name not in owners] if owners else orgs


_NORWEGIAN = frozenset({"nb", "nn", "no"})
_FI_PAIR = re.compile(r"(?<![\w-])([A-Z][a-z]+) ([A-Z][a-z]{2,})(?![\w-])")
_FI_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def _fi_genitive_people(text: str, given: frozenset[str]) -> list[str]:
    """Foreign people a Finnish story names in the genitive: "Donald Trumpin" -> "Donald Trump".

    Why: STT copy inflects foreign names with "-in" after a consonant, and the Finnish finder (``names_lang``)
    keeps only names whose base form the text shows. Precision first: the first word is a known given name and
    not itself a surname form; the base is taken only from "-in" after a consonant (a vowel-final base with "-n",
    "Obaman", is as likely a nominative "Reagan", so it needs the base written elsewhere in the story); the
    inflected word must not be the stem of another form in the story ("Putin" beside "Putinin" is a nominative),
    nor itself a given name ("Martin")."""
    out: list[str] = []
    for m in _FI_PAIR.finditer(text):
        first, word = m.group(1), m.group(2)
        if first not in given or word in given or not word.endswith("n"):
            continue
        if word.endswith("in") and word[-3] in _FI_CONSONANTS and len(word) >= 6:
            base = word[:-2]
        elif word[-2] in "aou" and re.search(rf"(?<![\w-]){word[:-1]}(?![\w-])", text):
            base = word[:-1]
        else:
            continue
        if re.search(rf"(?<![\w-]){word}[a-zäö]", text):
            continue  # "Putinin" shows "Putin" is the base itself
        name = f"{first} {base}"
        if name not in out:
            out.append(name)
    return out


def _with_norwegian_bodies(
    orgs: list[_Org], names: list[str], credited: set[str], aliases: dict[str, str]
) -> list[_Org]:
    """The story's orgs and the bodies ``orgs_no`` finds by their form, each once ("EU" beside "European Union")."""
    have = {o.name.lower() for o in orgs} | {(o.literal or "").lower() for o in orgs}
    for name in names:
        if name in aliases and aliases[name].lower() in have:
            continue
        if name.lower() not in have and not is_credited(name.lower(), credited):
            have.add(name.lower())
            orgs.append(_Org(name))
    return orgs


_LEGAL_PIECES = frozenset({"Pty", "Pte", "Sdn", "Pvt", "Proprietary", "Private", "Cos", "Holdings"})


def _given_split(given: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The source's own names split the same way ("... led by Robinson-Humphrey Co Inc and PaineWebber Group Inc
    <PWJ>"): the ticker after the run is the second firm's."""
    out: list[dict[str, Any]] = []
    for org in given:
        parts = [o.name for o in _two_firms_split([_Org(org.get("name", ""))])]
        if len(parts) == 2:
            out.append({"name": parts[0]})
            out.append({**org, "name": parts[1]})
        else:
            out.append(org)
    return out


def _two_firms_split(orgs: list[_Org]) -> list[_Org]:
    """ "Robinson-Humphrey Co Inc and PaineWebber Group Inc": two firms, each with its own legal form, joined by
    "and" in one run are two names ("Morgan Stanley and Co Inc" has one legal form: one firm)."""
    if not any(" and " in o.name for o in orgs):
        return orgs
    out: list[_Org] = []
    for org in orgs:
        left, sep, right = org.name.partition(" and ")
        parts = (left, right)
        if (
            sep
            and not org.literal
            and all(len(p.split(" ")) >= 2 and p.split(" ")[-1].rstrip(".") in _LEGAL for p in parts)
            and all(p.split(" ")[0] not in _LEGAL for p in parts)
        ):
            out.extend(_Org(p) for p in parts if all(o.name != p for o in out))
        else:
            out.append(org)
    return out


def _firms_from_people(people: list[_Person], orgs: list[_Org]) -> tuple[list[_Person], list[_Org]]:
    """A "person" whose last word is a company's legal form ("owned jointly by (Dumez S.A.) and ...", "N.V.",
    "GmbH") is that company: no one's name ends in one. It moves to the organisations, once."""
    firms = [p for p in people if len(p.name.split(" ")) >= 2 and p.name.split(" ")[-1].replace(".", "") in _LEGAL]
    if not firms:
        return people, orgs
    have = {o.name for o in orgs}
    orgs = [*orgs, *(_Org(p.name) for p in firms if p.name not in have)]
    return [p for p in people if p not in firms], orgs


def _by_shape(
    people: list[_Person], orgs: list[_Org], text: str, res: EntityResources, lang: str
) -> tuple[list[_Person], list[_Org]]:
    """What a name's own words say it is not (``people_shape``, session 14): a firm named by its trade or its
    head word moves to the organisations ("Barry Citrus Products", "Gruppo Ferruzzi"); in an Indonesian/Malay
    story a lone word only a title-case headline writes is dropped ("Digugat"), and an everyday word glued before
    a name is cut ("Gantikan Hendrar Prihadi" -> "Hendrar Prihadi")."""
    given = res.given_names
    people = [p for p in people if p.strong or not people_shape.structure_shaped(p.name)]  # "Rideau Cottage"
    firms = [p for p in people if people_shape.firm_shaped(p.name)]
    if firms:  # a piece of a firm the story names whole ("Air Lines" of "Canadian Pacific Air Lines Ltd") goes
        pieces = [f" {o.name} " for o in orgs]
        orgs = [*orgs, *(_Org(p.name) for p in firms if not any(f" {p.name} " in piece for piece in pieces))]
        people = [p for p in people if p not in firms]
    if lang == "en":
        people = _english_fronts(people, res)
        en_common = res.common_words.get("en", frozenset())
        people = [  # "to create Accidental Heroes": a show's name, an everyday word and a plural noun
            p for p in people if p.strong or not people_shape.plural_thing(p.name.split(" "), given, en_common)
        ]
    if lang == "en" and "\n" in text:  # "Yelich Mil 79 296 ...": a surname and a team's code in agate
        people = [
            dataclasses.replace(p, name=p.name.split(" ")[0], tokens=p.tokens[:1])
            if people_shape.agate_team_code(p.name.split(" "), text)
            else p
            for p in people
        ]
    if lang not in ("id", "ms") or not people:
        return people, orgs
    common = res.common_words.get(lang, frozenset())
    en_common = res.common_words.get("en", frozenset())

    def everyday(low: str) -> bool:
        return low in common or _id_verb_form(low, common)

    def title_only(name: str) -> bool:
        return any(True for _ in _mentions(text, name)) and _on_title_lines(text, name, _HEADLINE_JOINS)

    out: list[_Person] = []
    for p in people:
        if people_shape.headline_word(p.name, given, p.strong, title_only):
            continue
        if people_shape.headline_phrase(p.name.split(" "), given, everyday) and title_only(p.name):
            continue  # "Geely Raja Jalanan Baru-Laku": a title-case headline's words (ppl17)
        if people_shape.brand_front(p.name.split(" "), given):  # "AutoFlight Jia Xie": the firm, then the person
            brand, rest = p.name.split(" ", 1)
            orgs = orgs if any(o.name == brand for o in orgs) else [*orgs, _Org(brand)]
            p = dataclasses.replace(p, name=rest, tokens=p.tokens[1:])
        if (
            not p.strong
            and people_shape.english_thing(p.name.split(" "), given, en_common, common)
            and not any(_titled(text, i) for i, _ in _mentions(text, p.name))  # "penyanyi Audy Item": a singer
        ):
            continue
        words = p.name.split(" ")
        cut = people_shape.glued_front(words, given, everyday)
        if not cut and (
            people_shape.police_rank_glued(words, text) or people_shape.id_title_front(words, given, everyday)
        ):
            cut = 1
        if cut and any(_titled(text, i) for i, _ in _mentions(text, p.name)):
            cut = 0  # "pengacara Bangun Paulus Tudungta": after a title the first word is the name's own (ppl15)
        if cut:
            p = dataclasses.replace(p, name=" ".join(words[cut:]), tokens=p.tokens[cut:])
        out.append(p)
    # "Pilihan Prabowo" beside "Prabowo", "Surpres Destry" beside "Destry Damayanti": a headline's everyday word
    # glued before a person the story names already
    names = [tuple(p.name.split(" ")) for p in out]
    return [p for p in out if not _glued_duplicate(tuple(p.name.split(" ")), names, given, common)], orgs


def _with_east_asian(
    people: list[_Person],
    orgs: list[_Org],
    text: str,
    res: EntityResources,
    lookup: PlaceLookup | None,
    credited: set[str],
    lang: str,
) -> list[_Person]:
    """Add the Korean and Chinese names ``names_east_asian`` finds by shape, in place of the pieces the general
    runs kept of them ("Jong Un" of "Kim Jong Un", "Jung Hae" of "Jung Hae In"). A name inside an organisation
    the story names ("Kim Dae Jung Convention Center"), a place, or a credited name is not added."""
    common = res.common_words.get(lang, frozenset())
    en_common = res.common_words.get("en", frozenset())

    def refused(word: str) -> bool:
        low = word.lower()
        return (
            low in common or low in en_common or word in res.org_words or (lookup is not None and lookup.is_place(word))
        )

    def ends(word: str) -> bool:  # "Xi Jinping Satukan Kekuatan": a title-case line's verb after the name (ent21)
        low = word.lower()
        return low in common or (lang != "en" and _id_verb_form(low, common))

    korean, chinese = names_east_asian.surnames_in(text.split())
    found = [name for _, name in names_east_asian.korean_names(text)] if korean else []
    if found:  # "Jung Hae In dan Ha Young" (ent21)
        found += [name for _, name in names_east_asian.partners(text)]
    if chinese:
        found += [name for _, name in names_east_asian.chinese_names(text, refused, ends)]
    if korean or chinese:  # "Lee Jae-myung", "Wang Chang-Ming", "Kim Taehyung" (ent21)
        found += [name for _, name in names_east_asian.joined_names(text, refused)]
    if not found:
        return people
    in_orgs = [f" {o.name} " for o in orgs]
    out = list(people)
    for name in dict.fromkeys(found):
        if is_credited(name.lower(), credited) or any(f" {name} " in o for o in in_orgs):
            continue
        if lookup is not None and lookup.is_place(name):
            continue
        padded = f" {name} "
        tails = tuple(" ".join(name.split(" ")[k:]) + " " for k in range(1, name.count(" ") + 1))
        # the pieces go, and a run that opens with the name's given part and reads on ("Jong Un Ngamuk" of a
        # title-case "Kim Jong Un Ngamuk": the surname cut off, a verb glued on) (ent21)
        out = [p for p in out if p.name == name or (f" {p.name} " not in padded and not p.name.startswith(tails))]
        if not any(p.name == name or padded in f" {p.name} " for p in out):
            out.append(_Person(name, tuple(name.lower().split(" ")), []))
    return out


def _glued_duplicate(
    words: tuple[str, ...], names: list[tuple[str, ...]], given: frozenset[str], common: frozenset[str]
) -> bool:
    """Is a two-word name an everyday word or verb form glued before a word that opens or ends another person's
    name of the story?"""
    if len(words) != 2 or words[0] in given:
        return False
    low = words[0].lower()
    if low not in common and not _id_verb_form(low, common):
        return False
    rest = words[1]
    return any(n != words and rest in (n[0], n[-1]) for n in names)


def _english_fronts(people: list[_Person], res: EntityResources) -> list[_Person]:
    """English runs that hold more than a name: a title before a comma ("Director General, Olivier Niggli"), a
    firm after "of" ("Phil Pace of Kidder"), a connective glued before ("Although Volcker"). Each keeps the
    name, or goes when none is left."""
    common = res.common_words.get("en", frozenset())
    out: list[_Person] = []
    for p in people:
        name: str | None = p.name
        if ", " in p.name:
            name = people_shape.after_comma(p.name)
        if name and " of " in name:
            name = people_shape.before_of(name, common, res.given_names)
        if name and " " in name and name.split(" ", 1)[0].lower() in _EN_CONNECTIVES:
            name = name.split(" ", 1)[1]
        if not name:
            continue
        if name != p.name:
            p = dataclasses.replace(p, name=name, tokens=tuple(_bare(t).lower() for t in name.split(" ")))
        out.append(p)
    return out


# What a person is, glued to the name at a sentence start where every word is capitalised ("Investor Sumner
# Redstone said"): not a title the lexicon's heads know (those carry a role), and no one's given name
_DESCRIPTORS = frozenset(
    {"Investor", "Billionaire", "Tycoon", "Financier", "Businessman", "Businesswoman", "Entrepreneur", "Magnate"}
    | {"Industrialist", "Philanthropist", "Banker", "Strategist", "Shareholder", "Dissident", "Activist"}
)


def _without_descriptors(
    people: list[_Person], glued: Callable[[list[str]], bool] = lambda words: words[0] in _DESCRIPTORS
) -> list[_Person]:
    """ "Investor Sumner Redstone" is Sumner Redstone: the descriptor (a first word ``glued`` says is one) goes,
    and a name the story also gives bare is one person."""
    out: list[_Person] = []
    have = {p.name for p in people}
    for p in people:
        words = p.name.split(" ")
        if len(words) >= 3 and glued(words):
            name = " ".join(words[1:])
            if name in have:
                continue
            have.add(name)
            p = _Person(name, p.tokens[1:] if p.tokens[:1] == (words[0],) else p.tokens, p.roles, p.mentions, p.strong)
        out.append(p)
    return out


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
_SPELLING_NOISE = re.compile(r"\b(?:the|of|for)\b|[^a-z0-9]+")


# Indonesian short forms of a government's head word ("Pemprov Banten" = "Pemerintah Provinsi Banten")
_ID_SHORT_HEADS = (
    ("pemerintah provinsi", "pemprov"),
    ("pemerintah kota", "pemkot"),
    ("pemerintah kabupaten", "pemkab"),
)


@lru_cache(maxsize=8192)  # the same names recur in a story (each pass keys them again) and across stories
def spelling_key(name: str) -> str:
    """One key for the spellings of one name: umlauts written out ("Müller" = "Mueller"), accents dropped,
    British and American "-isation" alike ("Organisation of the Petroleum Exporting Countries" = "Organization
    of Petroleum Exporting Countries"), "the"/"of"/"for", case and punctuation ignored."""
    flat = name
    if not name.isascii():  # ASCII has no umlaut, accent or compatibility form: most names skip the folding
        flat = unicodedata.normalize("NFKD", name.translate(_UMLAUTS))
        flat = "".join(ch for ch in flat if not unicodedata.combining(ch))
    flat = flat.lower().replace("isation", "ization")
    for long, short in _ID_SHORT_HEADS:
        if flat.startswith(long + " "):
            flat = short + flat[len(long) :]
    return _SPELLING_NOISE.sub("", flat)


def _one_per_spelling(items: list[Any], longest: bool = False) -> list[Any]:
    """One of the items (people or orgs) whose names are one name spelt two ways, at the first one's place: the
    first, or with ``longest`` the longest spelling ("Pemerintah Kota Bandung" over "Pemkot Bandung")."""
    if len(items) < 2:
        return items
    at: dict[str, int] = {}
    out: list[Any] = []
    for item in items:
        key = spelling_key(item.name)
        if key and key in at:
            if longest and len(item.name) > len(out[at[key]].name):
                out[at[key]] = item
            continue
        at[key] = len(out)
        out.append(item)
    return out


_LIST_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:,| and| &) $")


def _in_partner_list(text: str, pair: str) -> bool:
    """Does ``pair`` ("Jenrette and Pacific") follow a capitalised word and a comma or "and" somewhere ("Donaldson,
    Lufkin and Jenrette and Pacific Asset Holdings L.P.")? Then its first word is the last partner of a longer
    firm, and the two are a list (org16)."""
    return any(_LIST_BEFORE.search(text, max(0, i - 40), i) for i in textscan.starts(text, pair))


# A reporter's brackets inside a quote, filling in a body's name: "the (International Monetary) Fund", "the (World)
# Bank", "the (U.S.) Treasury"
_BRACKETED_NAME = re.compile(r"(?<=\bthe )\(((?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*){0,3})\) ([A-Z][a-z]+)\b")


def _unbracketed(text: str, res: EntityResources) -> str:
    """``text`` with a reporter's bracketed name words read as the name ("the (International Monetary) Fund" ->
    "the International Monetary Fund"): the brackets cut the run, so the body was lost or cut to "Fund". Only a
    name the lexicon knows, or one ending in a body's head word, is joined (org16)."""

    def join(m: re.Match[str]) -> str:
        name = f"{m.group(1)} {m.group(2)}"
        if name in res.known_names or m.group(2) in _BODY_HEADS or m.group(2) in res.org_final:
            return name
        if m.group(1) in ("U.S.", "US", "British", "French", "German", "Japanese") and m.group(2) == "Treasury":
            return name
        return m.group(0)

    return _BRACKETED_NAME.sub(join, text)


def _without_board_twins(orgs: list[_Org], known: frozenset[str]) -> list[_Org]:
    """ "Federal Reserve Board" beside "Federal Reserve" ("the Fed (Federal Reserve Board)"): a known body and its
    board are one organisation in a story; the known name stays (org16)."""
    names = {o.name for o in orgs}
    return [o for o in orgs if not (o.name.endswith(" Board") and o.name[: -len(" Board")] in names & known)]


def _without_known_shorts(orgs: list[_Org], aliases: dict[str, str]) -> list[_Org]:
    """A known short form beside the full name it stands for ("BVB" and "Borussia Dortmund", "OPEC" and
    "Organisation of the Petroleum Exporting Countries") is one body: the full name stays."""
    if len(orgs) < 2 or not any(o.name in aliases for o in orgs):
        return orgs
    keys = {spelling_key(o.name) for o in orgs}
    return [
        o
        for o in orgs
        if not (o.name in aliases and o.name != aliases[o.name] and spelling_key(aliases[o.name]) in keys)
    ]


_INITIAL_AFTER_COMMA = re.compile(r", [A-Z]\.")


def _without_tag_tails(orgs: list[dict[str, Any]], given: int) -> list[dict[str, Any]]:
    """Drop a source's one-word tag (among the first ``given`` entries) that is the last word of another entry:
    "<Chemical Bank of New\n<York>" tags "York" alone, and the story names "Chemical Bank of New York"; and any
    one-word entry that opens another before its comma ("Sears" of "Sears, Roebuck and Co Inc") (org15)."""
    names = [str(o.get("name") or "") for o in orgs]
    tails = {n.rsplit(" ", 1)[1] for n in names if " " in n}  # sets, not pairs: a story can name thousands
    # the words after the comma go on with partners' names ("Sears, Roebuck"), not initials that open another
    # firm ("Citicorp, J.P. Morgan and Co": a list the scan glued)
    openers = {n.split(", ", 1)[0] for n in names if ", " in n and not _INITIAL_AFTER_COMMA.search(n)}
    return [
        o
        for i, o in enumerate(orgs)
        if not (
            " " not in names[i]
            and not o.get("symbols")
            # "Sears" beside "Sears, Roebuck and Co Inc": the run the comma cut, the same firm
            and ((i < given and names[i] in tails) or names[i] in openers)
        )
    ]


def _legal_only(name: str) -> bool:
    """Is ``name`` a legal form alone ("Pty Ltd", "Co Inc", "Sdn Bhd"): what is left when a firm's name is cut?"""
    words = name.replace(".", "").split(" ")
    return len(words) >= 2 and all(w in _LEGAL or w in _LEGAL_PIECES for w in words)


def _with_rosters(
    people: list[_Person], orgs: Sequence[_Org], text: str, res: EntityResources, credited: set[str]
) -> list[_Person]:
    """``people`` and the members of the text's rosters (``rosters``): in agate a name has no title or verb to
    anchor it, and the list's shape is the evidence. A results list counts where two of its full names are
    people found already; a member that is a known organisation or a credited reporter is none."""
    found = rosters.find(text)
    if not found:
        return people
    names = rosters.people(found, {p.name for p in people}, res.given_names)
    if not names:
        return people
    seen = {p.name.lower() for p in people} | {o.name.lower() for o in orgs} | credited
    out = list(people)
    for name in names:
        if name.lower() in seen or name in res.org_known or name in res.org_aliases:
            continue
        seen.add(name.lower())
        out.append(_Person(name, tuple(_bare(t).lower() for t in name.split(" ")), []))
    return out


_HEAD_SMALL = frozenset({"Of", "The", "And", "For", "De"})
_HEAD_WORDS = (2, 4)  # a section head of an agate page: "NATIONAL LEAGUE", "EASTERN CONFERENCE"


def _with_agate_heads(orgs: list[_Org], text: str, res: EntityResources) -> list[_Org]:
    """``orgs`` and the known organisations an agate page's capital section heads name ("NATIONAL LEAGUE" over
    a batting table, agate16): a two-to-four-word line of its own, in capitals, on a page with a stat table
    or a leaders list (``rosters.agate``); a head that is no known name ("HOME RUNS") gives none."""
    if not rosters.agate(text):
        return orgs
    have = {o.name.lower() for o in orgs}
    out = list(orgs)
    for raw in text.splitlines():
        line = raw.strip()
        if not line or not line.isupper() or not _HEAD_WORDS[0] <= len(line.split()) <= _HEAD_WORDS[1]:
            continue
        words = line.title().split()
        name = " ".join([words[0]] + [w.lower() if w in _HEAD_SMALL else w for w in words[1:]])
        if name in res.org_known and name.lower() not in have:
            have.add(name.lower())
            out.append(_Org(name))
    return out


# Closed word classes that open sentences capitalised and are never a name: English conjunctive and sentence
# adverbs and deictic time words ("Nevertheless, Polish National Bank head ...", "Tonight, a spokesman ..."),
# Indonesian/Malay conjunctions and connectives ("Namun, ...", "Sementara itu ...")
_EN_CONNECTIVES = frozenset(
    {"however", "nevertheless", "nonetheless", "meanwhile", "moreover", "furthermore", "therefore", "thus", "hence"}
    | {"instead", "otherwise", "indeed", "besides", "likewise", "similarly", "consequently", "accordingly"}
    | {"additionally", "also", "yet", "still", "overall", "earlier", "later", "afterwards", "finally", "eventually"}
    | {"initially", "previously", "recently", "currently", "already", "again", "then", "now", "here", "there"}
    | {"perhaps", "maybe", "certainly", "clearly", "obviously", "apparently", "fortunately", "unfortunately"}
    | {"hopefully", "ironically", "notably", "separately", "elsewhere", "altogether", "regardless", "today"}
    | {"tonight", "yesterday", "tomorrow", "although", "though", "whereas", "while", "because", "since", "unless"}
    | {"until", "whether"}
)
_ID_CONNECTIVES = frozenset(
    {"namun", "tetapi", "tapi", "sementara", "selain", "bahkan", "meski", "meskipun", "walaupun", "walau"}
    | {"padahal", "sedangkan", "kemudian", "selanjutnya", "akhirnya", "sebelumnya", "sesudahnya", "setelahnya"}
    | {"adapun", "karena", "sehingga", "maka", "jadi", "lalu", "kini", "ketika", "tadi", "kemarin", "besok", "nanti"}
    | {"sekarang", "juga", "pun", "sebab", "agar", "supaya", "apabila", "jika", "kalau", "bila", "oleh", "untuk"}
    | {"dengan", "serta", "atau"}
)
_CONNECTIVES = {"en": _EN_CONNECTIVES, "id": _ID_CONNECTIVES, "ms": _ID_CONNECTIVES}
# A plural agent noun glued to a name at a sentence start ("Rappers Ice Cube, The Game, and Dr. Dre"): the
# suffixes of English nouns for doers, never the first word of a name the given-name list knows
_PLURAL_AGENT = ("ers", "ists", "ians", "ors")
# A vessel's name set beside its kind ("a Soviet liner, the Admiral Nakhimov,"): a ship, not its namesake
_VESSEL_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_VESSELS)) + r")s?,? (?:the |named |called )?(?:[A-Z][\w'’.-]* )*$"
)

# A ship's prefix or Indonesian kind right before a name ("KMP Putri Yasmin", "Kapal Motor Penumpang (KMP) Putri
# Yasmin", "kapal motor penyeberangan Putri Yasmin", "KRI Nanggala", "MV Sewol", "USS Cole"): the vessel's name
_SHIP_PREFIX = re.compile(
    r"(?:(?<![\w.])(?:KMP|KM|KMC|KRI|KN|MV|MT|HMS|HMAS|USS|RMS)\.?\)?|\b[Kk]apal(?: (?:motor|penumpang|penyeberangan"
    r"|tanker|kargo|barang|pesiar|perang|selam|nelayan|layar|cepat|feri|tunda|induk|patroli))+) $"
)
# Every match of _SHIP_PREFIX holds one of these: a window without any is not searched (ents18)
_SHIP_MARKS = ("KM", "KRI", "KN", "MV", "MT", "HMS", "HMAS", "USS", "RMS", "apal")
_SHIP_GATE = textscan.Gate(_SHIP_MARKS)  # a story with none (most) asks no window of any person (spd20a)


def _ship_before(text: str, i: int) -> bool:
    """Does a ship's prefix or kind end right before ``text[i]`` (``_SHIP_PREFIX`` in the 48 characters before)?"""
    lo = max(0, i - 48)
    window = text[lo:i]
    for mark in _SHIP_MARKS:  # ten substring tests: ~0.8 µs a window, the search at every offset ~2.5
        if mark in window:
            return _SHIP_PREFIX.search(text, lo, i) is not None
    return False


_WEB_SUFFIX = re.compile(r"(?:com|net|org|co|id|tv|news)\b")  # after a web address's name and its dot


def _web_name(text: str, word: str) -> bool:
    """Does the text write ``word`` as a web address's name ("according to UsMagazine.com")?"""
    dotted = word + "."
    at = text.find(dotted)
    while at >= 0:  # (a scan for the word, not a pattern compiled for each one-off word)
        if _WEB_SUFFIX.match(text, at + len(dotted)):
            return True
        at = text.find(dotted, at + 1)
    return False


def _id_field_noun(low: str, common: frozenset[str]) -> bool:
    """Is this everyday Indonesian/Malay word a "pe-/per-/ke-...-an" noun of a field ("perbankan", "pemasaran",
    "kepatuhan"), whose root the affixes may hide ("pasar" in "pemasaran")?"""
    return _id_derived(low, common) or (len(low) >= 7 and low.startswith(("pe", "ke")) and low.endswith("an"))


def _post_word_only(text: str, word: str, res: EntityResources) -> bool:
    """Does every mention of ``word`` follow a title or a post's word ("Direktur Perbankan", "Pengawas
    Perbankan Otoritas Jasa Keuangan")? A derived noun there names the post's field, not a person (ent18)."""
    seen = False
    for i, _ in _mentions(text, word):
        before = text[max(0, i - 40) : i]
        if not before.endswith(" "):
            return False
        prev = before[:-1].rsplit(" ", 1)[-1]
        if prev not in res.title_heads and prev not in res.role_words:
            return False
        seen = True
    return seen


def _not_people(people: list[_Person], text: str, res: EntityResources, lang: str) -> list[_Person]:
    """Drop what the grammar says is no name: one letter ("Gen Z"), a lone connective or sentence adverb
    ("Nevertheless, ...", "Tonight, ..."), a lone Indonesian word built from an everyday root by affixes that the
    text never capitalises inside a sentence ("Siapkan", "Petugas"), a ship named beside its kind or after its
    prefix ("KMP Putri Yasmin"); and cut a
    plural agent noun from a name's front ("Rappers Ice Cube" → "Ice Cube"). A lone word that ends a listed full
    name is that person again ("Knight" beside "Suge Knight"), and one the text writes as a web address's name
    ("UsMagazine" of "UsMagazine.com") is that site."""
    common = res.common_words.get(lang, frozenset())
    lasts = {p.name.rsplit(" ", 1)[-1] for p in people if " " in p.name}
    # _VESSEL_BEFORE needs a vessel's word: a story without one (most) skips the search at each mention
    vessels = lang == "en" and _VESSEL_GATE(text)
    ships = _SHIP_GATE(text)  # each window is part of the text: without a mark in the text, none holds one
    out: list[_Person] = []
    for p in people:
        words = p.name.split(" ")
        if len(words) == 1:
            if len(p.name) == 1 or p.name in lasts or _web_name(text, p.name):
                continue
            low = p.name.lower()
            if low in _CONNECTIVES.get(lang, frozenset()) or (
                lang in ("id", "ms")
                and low in common
                and p.name not in res.given_names
                and (
                    (not _capitalised_in_prose(text, p.name) and _id_derived(low, common))
                    or (_id_field_noun(low, common) and _post_word_only(text, p.name, res))
                )
            ):
                continue
        if vessels and any(_VESSEL_BEFORE.search(text, max(0, i - 60), i) for i, _ in _mentions(text, p.name)):
            continue
        if ships and any(_ship_before(text, i) for i, _ in _mentions(text, p.name)):
            continue
        out.append(p)
    if lang != "en":
        return out
    return _without_descriptors(
        out,
        lambda words: (
            words[0].endswith(_PLURAL_AGENT)
            and words[0] not in res.given_names
            and all(w[:1].isupper() for w in words[1:])
            and _sentence_initial(text, " ".join(words))
        ),
    )


# A preposition and a capitalised word after a run: the run goes on into a longer title ("... in Sport Conference")
_TITLE_GOES_ON = re.compile(r" (?:in|of|for|on|and|the) [A-Z]")


def _gerund_title(name: str, text: str, given: frozenset[str]) -> bool:
    """ "The two-day Tackling Doping in Sport Conference": a run opening with a verb's "-ing" form that goes on,
    at every mention, through a preposition into a longer capitalised title is the head of an event's, a
    campaign's or a report's name, not a person ("Sterling", "Manning" open names as given names)."""
    first = name.split(" ", 1)[0]
    if " " not in name or len(first) < 7 or not first.endswith("ing") or first in given:
        return False
    spans = list(_mentions(text, name))
    return bool(spans) and all(_TITLE_GOES_ON.match(text, j) for _, j in spans)


_RATE_WORDS = frozenset({"Rate", "Rates", "RATE", "RATES"})
_BASED = re.compile(r"^(?:\S+ ){0,3}\S+-based ([A-Z].*)$")


# What a treasury's name stands before when it names its debt: "U.S. Treasury bonds", "U.S. Treasury market"
_INSTRUMENT_AFTER = re.compile(
    r" (?:bonds?|bills?|notes?|issues?|securities|market|markets|yields?|paper|debt|prices|futures|auctions?"
    r"|refunding|coupons?|strips|obligations|and)\b"
)


def _instrument_only(text: str, name: str) -> bool:
    """Does every mention of ``name`` (a treasury) stand before a word for its debt: no body named (org16)?"""
    spans = list(_mentions(text, name))
    return bool(spans) and all(_INSTRUMENT_AFTER.match(text, j) for _, j in spans)


def _not_bodies(orgs: list[_Org], text: str, lang: str) -> list[_Org]:
    """Drop what names no body: a protected area ("Taman Nasional Bromo Tengger Semeru" is a place), a day or
    event ("Hari Anak Nasional"), a seat
    body's short form beside its full name ("Polda Metro" beside "Polda Metro Jaya", "Pemprov NTT" beside
    "Pemerintah Provinsi Nusa Tenggara Timur"); in English an officer's title and a lone word that only opens
    sentences while the story also writes it in lower case ("Brewers are pursuing solutions ..." beside "craft
    brewers": that common noun; the longer name it opens, "Brewers Association", stays)."""
    orgs = [o for o in orgs if not _protected_area(o.name) and o.name.split(" ", 1)[0] not in _EVENT_HEADS]
    orgs = [o for o in orgs if not is_competition(o.name)]  # "Champions League", "Piala Dunia": events (ent18)
    # a rate is no body ("London Interbank Offered Rates (LIBOR)", "Prime Rate"): its name's last word (org15)
    orgs = [o for o in orgs if o.name.rsplit(" ", 1)[-1] not in _RATE_WORDS]
    if "Treasury " in text:  # "U.S. Treasury bonds", "the U.S. Treasury market": the debt, not the body (org16)
        orgs = [o for o in orgs if not (o.name.endswith("Treasury") and _instrument_only(text, o.name))]
    if "(" in text:  # "pajak kendaraan bermotor (PKB)": a term here, not the party
        orgs = [o for o in orgs if not _defined_lower(text, o.literal or o.name)]
    if any("-based " in o.name for o in orgs):  # "a unit of New York-based ITT Corp": the seat is no part (org15)
        orgs = [_Org(m.group(1), o.literal) if (m := _BASED.match(o.name)) else o for o in orgs]
    orgs = [o for o in orgs if not _edition_only(o.name, text)]
    if len(orgs) > 1:
        orgs = _without_seat_shorts(orgs, text)
    if lang != "en":
        return orgs
    return [
        o
        for o in orgs
        if not _office_title(o.name)
        and (" " in o.name or not o.name[1:].islower() or not _common_noun_opener(text, o.name))
    ]


# A year after a name, written out or cut to two digits ("Aurora 2020", "Aurora 23", "Expo 2020"), not an amount
# ("2.5", "20%"), a longer number, a season or a score ("1959-60 BM. GRANOLLERS", "Real Madrid 83 - Adecco 73")
_EDITION_AFTER = re.compile(r" ((?:19|20)?\d\d)(?![\d%]|[.,]\d| ?[-–])")


def _edition_only(name: str, text: str) -> bool:
    """Is every mention of ``name`` followed by a year, and not always the same one? That names an event or a
    programme by its editions ("militärövningen Aurora 2020 ... Aurora 23"), not a body: a body stands without
    one. One year throughout is a firm's year ("COMALCO LTD 1986 NET"), a firm's legal form is a firm."""
    years = set()
    full = False
    for _, j in _mentions(text, name):  # the first mention ends most calls: the legal-form test only after
        year = _EDITION_AFTER.match(text, j)
        if year is None:
            return False
        years.add(year.group(1)[-2:])
        full = full or len(year.group(1)) == 4
    if any(w.rstrip(".").replace(".", "") in _LEGAL for w in name.split(" ")):
        return False
    return full and len(years) >= 2  # one year written out: two-digit numbers alone are scores or counts


# Protected areas are places, whatever their capitalised run looks like: Indonesian heads and English tails
_AREA_HEADS = ("Taman Nasional ", "Cagar Alam ", "Suaka Margasatwa ", "Taman Hutan Raya ", "Taman Wisata Alam ")
_AREA_TAILS = (" National Park", " Nature Reserve", " Wildlife Sanctuary", " Marine Park")


def _protected_area(name: str) -> bool:
    return name.startswith(_AREA_HEADS) or name.endswith(_AREA_TAILS)


def _seat_parts(name: str) -> tuple[str, list[str]] | None:
    """A seat body's head ("polda", "pemprov" for "Pemerintah Provinsi") and the words of its seat."""
    low = name.lower()
    if low.startswith("pemerintah "):  # the one word all of _ID_SHORT_HEADS's long forms open with
        for long, short in _ID_SHORT_HEADS:
            if low.startswith(long + " "):
                return short, name.split(" ")[2:]
    words = name.split(" ")
    if len(words) >= 2 and words[0] in _SEAT_HEADS:
        return words[0].lower(), words[1:]
    return None


def _without_seat_shorts(orgs: list[_Org], text: str) -> list[_Org]:
    """Drop a seat body whose seat is a word-prefix ("Polda Metro") or the acronym ("Pemprov NTT") of another
    one's seat under the same head, when the story writes that longer name in running text: one body named
    twice. A longer run only a title-case headline shows ("Polres Bogor Juara", "Pemkot Kendari Perkuat
    Digitalisasi UMKM") may have swallowed the headline's words: both stay."""
    parts = [(o, _seat_parts(o.name)) for o in orgs]
    seats = [(o, p) for o, p in parts if p is not None]
    if len(seats) < 2:
        return orgs
    short: set[str] = set()
    for a, (head_a, seat_a) in seats:
        for b, (head_b, seat_b) in seats:
            if a is b or head_a != head_b or len(seat_b) <= len(seat_a):
                continue
            acronym = len(seat_a) == 1 and seat_a[0].isupper() and seat_a[0] == "".join(w[0] for w in seat_b).upper()
            if (seat_b[: len(seat_a)] == seat_a or acronym) and not _on_title_lines(text, b.name):
                short.add(a.name)
    return [o for o in orgs if o.name not in short]


# An officer's title: "BankAmerica's Vice President for Financial Communications" is a post a person holds, not a
# body; the bodies such posts head carry their own head noun ("Office of the ...", "Department of ...")
_OFFICE_WORDS = frozenset(
    {"Vice", "Deputy", "Assistant", "Senior", "Executive", "Associate", "Acting", "Chief", "Head", "President"}
    | {"Chairman", "Chairwoman", "Director", "Manager", "Secretary", "Undersecretary", "Treasurer", "Officer"}
    | {"Spokesman", "Spokeswoman", "Spokesperson", "Minister", "Governor", "Commissioner", "Ambassador", "Envoy"}
)


def _office_title(name: str) -> bool:
    """Are the words before the name's first "for"/"of" all an officer's title words ("Vice President for
    Financial Communications", "Executive Director of Marketing")?"""
    words = name.split(" ")
    for k, w in enumerate(words):
        if w in ("for", "of"):
            return k > 0 and all(x in _OFFICE_WORDS for x in words[:k])
    return False


def _common_noun_opener(text: str, word: str) -> bool:
    """Does ``word`` stand alone only at sentence starts (its mentions inside a longer capitalised name aside),
    while the text also writes it in lower case?"""
    if not _lower_word_in(text, word.lower()):
        return False
    alone = 0
    for i, j in _mentions(text, word):
        if re.match(r" [A-Z]", text[j : j + 2]) or (j < len(text) and text[j].isalnum()):
            continue  # "Brewers Association", "Brewerstown": a part of another word or name
        before = text[max(0, i - 3) : i].rstrip(" ")
        if before and before[-1] not in '.!?\n:"“”':
            return False
        alone += 1
    return alone > 0


def enrich(article: Article, res: EntityResources, places: object | None = None, text: str | None = None) -> None:
    """Fill ``people``, ``organisations`` and ``ext.roles`` (keeps entries a parser already set).

    ``text``: the article's ``story_text`` when the caller already has it.
    """
    text = story_text(article) if text is None else text
    if not text:
        return
    credited = credited_names(article)  # read once: the steps below do not change the article's credits (ents18)
    lookup = places if places is not None and hasattr(places, "is_place") else None
    lang_rules = names_lang.rules(article.get("language"))
    lang = str(article.get("language") or "")[:2].lower()
    if lang in CASE_INFLECTED:  # capitalised runs there are inflected names glued to titles: keep the source's,
        # and in Finnish the names whose base form the text shows (names_lang.extract_fi)
        found_fi = names_lang.extract_fi(text, lookup, res.org_words, credited) if lang == "fi" else []
        people = [_Person(name, (), roles) for name, roles in found_fi]
        if lang == "fi":  # "Donald Trumpin", "Bob Corkerin": a foreign name in the genitive, by its base
            have = {p.name for p in people}
            people += [_Person(name, (), []) for name in _fi_genitive_people(text, res.given_names) if name not in have]
        orgs = []
        if lang == "fi":  # bodies by cues that give their base form (orgs_fi)
            bodies = orgs_fi.find(text, res.fi_bodies, lookup, _NOT_ORG_ACRONYMS, [n for n, _ in found_fi])
            orgs = [_Org(name) for name in bodies if not is_credited(name.lower(), credited)]
    elif lang_rules is not None:  # es/pt/fr/de: that language's own rules (names_lang)
        found, found_orgs = names_lang.extract(text, lang_rules, lookup, res.org_words, credited)
        people = [_Person(name, (), roles) for name, roles in found]
        orgs = _without_role_nouns([_Org(name, literal) for name, literal in found_orgs])
    else:
        if str(article.get("language") or "")[:2] in ("zh", "ja", "ko"):
            # "Cambrios被Gartner評選": Latin names stand between CJK words, not glued; a comma, not a space, so a
            # paragraph whose only Latin words are names does not read as one title-case line (org14)
            text = _CJK.sub(", ", text)
        text = _without_shot_codes(text)
        if lang in ("id", "ms"):  # "Direktorat Jenderal (Ditjen) Imigrasi": one body (org17)
            text = orgs_id.heads_rejoined(text)
        ex = _Extractor(res, lookup, lang == "en", lang)  # type: ignore[arg-type]
        if lang == "en" and "the (" in text:
            text = _unbracketed(text, res)
        if lang == "en":  # "British Aerospace inc said" (tent21)
            text = people_bodies.cased_legal_forms(text)
        ex.scan(text)
        people, orgs = ex.finish(text, credited)
        if people:
            people = ex.without_things(people, text)
        if lang in names_lang.NORDIC:  # "Professor Asbjørn Dyrendal", "FNs Agenda"
            people = names_lang.nordic_people(people, res.given_names)
            have = {p.name for p in people}  # "Statsminister Ulf Kristersson säger": anchored by title or verb
            for name, role in names_lang.nordic_anchored(text, lookup, res.given_names):
                if name not in have and not any(f" {name} " in f" {o.name} " for o in orgs):
                    people.append(_Person(name, (), [role] if role else []))
                    have.add(name)
            bodies = orgs_no.find(text, lookup, _NOT_ORG_ACRONYMS) if lang in _NORWEGIAN else []
            bodies += orgs_no.find_headed(text, lookup)  # "Københavns Vestegns Politi", "Skatteverket"
            bodies += orgs_no.find_courts(text, lookup)  # "Växjö tingsrätt", "Høyesterett" (org15)
            names = {w for p in people for w in p.name.split(" ")} | res.given_names
            bodies += orgs_no.find_reported(text, lookup, names)  # "rapporterar Sydöstran." (org15)
            if bodies:  # "FN", "NTNU", "Verdensbanken", "Faktisk.no": bodies by their form (orgs_no)
                orgs = _with_norwegian_bodies(orgs, bodies, credited, res.org_aliases)
                people = [p for p in people if not any(f" {p.name} " in f" {b} " for b in bodies)]
        if lang == "en" and "he " in text:
            orgs = _with_forces(orgs, text)
            if "The " in text or "Channel " in text:
                orgs, people = _with_mastheads(orgs, people, text)
        if lang == "en":
            orgs = _with_media(orgs, text, ex)
            orgs, people = _with_sports_bodies(orgs, people, text, ex)
            orgs, people = _with_sector_agencies(orgs, people, text, ex)  # "Statistics Canada said" (ent18)
            if people:  # "Ford Canada also said" (ent18)
                people, orgs = _national_units(people, orgs, res)
            if " points" in text and ("rebounds" in text or "assists" in text or "steals" in text or "blocks" in text):
                # "Amare Stoudemire had six points and six rebounds" (ent18)
                people = _with_stat_line_players(people, orgs, text, res, lookup)
            if "the " in text and orgs:  # "against the Bucks" beside "Miami Heat" (ent18)
                orgs = _with_team_nicknames(orgs, text, res)
            orgs, people = _with_trade_led_firms(orgs, people)
            if "/" in text and _SLASH_GATE.search(text):  # "Diener/Hauser/Bates (DHB)" (ent18)
                orgs = _with_slash_firms(orgs, text)
        if lang == "en" and _firm_kind_said(text) and _FIRM_KIND_SAY.search(text):
            orgs = _with_kind_sources(orgs, people, text, res, lookup)
        if lang == "en" and (" giant " in text or " major " in text or "venture" in text or "-based " in text):
            orgs = _with_described_firms(orgs, people, text, ex)
        if lang == "en" and (acting := orgs_acts.acting_names(text)):  # "Santos will slash spending" (ent19)
            placed = {str(p.get("name")) for p in article.get("places", ())}
            orgs, people = _with_acting_firms(orgs, people, acting, res, placed)
        orgs = _with_ministry_units(orgs, text)  # "BAKTI Kominfo", in ANTARA's English too (ent21)
        if lang in ("id", "ms") and lookup is not None:
            orgs = _id_government_runs(
                _with_id_bodies(orgs, text, lookup, res.common_words.get("id", frozenset())), lookup, res.countries
            )
        if lang in ("id", "ms") and orgs:
            orgs = _id_named_bodies(_id_dan_names(orgs, text, ex))
            orgs = [o for o in orgs if not orgs_id.is_instrument(o.name)]  # "Kontrak Investasi Kolektif" (org17)
            if orgs and orgs_id.might_name_programmes(text):  # "program Makan Bergizi Gratis" (org18)
                orgs = [o for o in orgs if not orgs_id.programme_or_product(o.name, text)]
        if lang in ("id", "ms"):
            orgs = _with_known_acronyms(_with_headline_known(orgs, text, res), text, res, lookup)
        if lang in ("id", "ms") and ("Ditjen " in text or "Cukai" in text):  # "Ditjen Pajak", "Bea Cukai" (ent21)
            found_dg = orgs_id.find_directorates(text, [o.name for o in orgs], res.common_words.get(lang, ()))
            orgs = _with_directorates(orgs, found_dg)
            people = [p for p in people if p.name not in {lit for _, lit in found_dg}]
        if lang == "en" and (shouted := orgs_caps.shouted_lines(text)):
            orgs = _with_shouted(orgs, shouted, res, orgs_caps.results_table(text))
        if lang == "en" and "University of California, " in text:
            orgs = [_Org(_uc_campus(o.name, text), o.literal) for o in orgs]
    people, orgs = _firms_from_people(people, _two_firms_split(orgs))
    if lang in ("id", "ms") and people and orgs:
        orgs = _person_premises(orgs, people)
    if people:
        people, orgs = _by_shape(people, orgs, text, res, lang)
    if lang == "en":
        people = _without_descriptors(people)
        if orgs and people:
            people = _without_firm_words(people, orgs)
    if people:
        people = _not_people(people, text, res, lang)
    if people and lang in ("id", "ms"):  # "Tim Ekspedisi Patriot Unair": a team (tent21)
        squads = people_bodies.id_teams([p.name for p in people], res.given_names)
        people = [p for p in people if p.name not in squads]
    if lang in ("en", "id", "ms"):  # "Kim Jong Un", "Xi Jinping": Korean and Chinese names by their shape (ppl15)
        people = _with_east_asian(people, orgs, text, res, lookup, credited, lang)
    if lang == "en" and people and "ing " in text:
        people = [p for p in people if not _gerund_title(p.name, text, res.given_names)]
    if orgs:
        orgs = _not_bodies(orgs, text, lang)
    if lang == "en" and len(orgs) > 1:
        orgs = _without_possessive_shorts(orgs)
    people, orgs = (
        _one_per_spelling(people),
        _without_known_shorts(_one_per_spelling(orgs, longest=True), res.org_aliases),
    )
    if len(orgs) > 1 and any(o.name.endswith(" Board") for o in orgs):
        orgs = _without_board_twins(orgs, res.known_names)
    if rosters.might_hold(text):  # agate: team sheets, cast and results lists name people by their shape
        people = _with_rosters(people, orgs, text, res, credited)
        if lang == "en":
            orgs = _with_agate_heads(orgs, text, res)
    if teams := racing_teams(text):  # "Petronas Yamaha SRT" beside "the MotoGP test day" (ent19)
        have = {o.name for o in orgs}
        orgs += [_Org(team) for team in teams if team not in have]
    if orgs and (slug_end := _slug_line_end(article, text)):
        orgs = [o for o in orgs if any(i >= slug_end for i, _ in _mentions(text, o.name))]
    if people and (orgs or article.get("organisations")):  # "Den Danske" beside "Den Danske Bank" (tent21)
        bodies = [o.name for o in orgs] + [str(o.get("name") or "") for o in article.get("organisations", ())]
        heads = people_bodies.body_heads([p.name for p in people], bodies, res.given_names)
        people = [p for p in people if p.name not in heads]
    known = {spelling_key(p.get("name", "")) for p in article.get("people", ())}
    out_people = list(article.get("people", ()))
    roles: list[dict[str, str]] = []
    # a name the source itself marks as an organisation (Reuters "<Siemens A.G.>") is no person, nor a part of it
    if any(" and " in o.get("name", "") for o in article.get("organisations", ())):
        article["organisations"] = _given_split(article["organisations"])
    if any(_edition_only(o.get("name", ""), text) for o in article.get("organisations", ())):
        # the source's own tag can name an event by its edition too (TT's "Aurora": "militärövningen Aurora 2020")
        article["organisations"] = [o for o in article["organisations"] if not _edition_only(o.get("name", ""), text)]
    if any(o.get("name", "").replace(".", "") in _LEGAL for o in article.get("organisations", ())):
        # "<Kamine Engineering and Mechanical Contracting <Inc>": the source's tag around a legal form alone
        article["organisations"] = [
            o for o in article["organisations"] if o.get("name", "").replace(".", "") not in _LEGAL
        ]
    given_orgs = [f" {o.get('name', '').lower()} " for o in article.get("organisations", ())]
    given_bare = [g.replace(".", "") for g in given_orgs]  # "<B and R International Inc.>" holds "R International Inc"
    # a lone surname the source's own full name ends ("Knight" beside the parser's "Suge Knight") is that person
    given_lasts = {n.rsplit(" ", 1)[-1] for n in (p.get("name", "") for p in article.get("people", ())) if " " in n}
    for person in people:
        if given_orgs and any(f" {person.name.lower()} " in org for org in given_orgs):
            continue
        if person.name in given_lasts:
            continue
        if spelling_key(person.name) not in known:
            out_people.append({"name": person.name, "rel": "mentioned"})
        roles.extend({"name": person.name, "role": role} for role in person.roles)
    if out_people:
        article["people"] = out_people
    if roles:
        article.setdefault("ext", {})["roles"] = roles
    if given_orgs and people:
        _drop_owner(article.get("organisations", ()), people)
    known_orgs = {o.get("name", "").lower() for o in article.get("organisations", ())}
    out_orgs = list(article.get("organisations", ()))
    n_given = len(out_orgs)
    shorts = _Shorts(out_orgs) if len(orgs) > _JOIN_FROM else None  # a join, not every org against every other
    for org in orgs:
        if _legal_only(org.name):
            continue  # "Pty Ltd" of "Norton co Pty Ltd": a legal form cut from its firm names none
        lead, sep, rest = org.name.partition(" and ")
        if sep and lead.rstrip(".") in _LEGAL and " " in rest:
            org = _Org(rest, org.literal)  # "(Singapore) Ltd and Credit Suisse ... Ltd": the first firm's tail (org16)
        if given_orgs and " and " in "".join(given_orgs):
            org = _rejoined(org, text, article.get("organisations", ()))
        if given_orgs and any(f" {org.name.lower().replace('.', '')} " in given for given in given_bare):
            continue  # "Seattle Trust" beside the source's "Seattle Trust and Savings Bank": a part of it
        if org.name.lower() in known_orgs:
            continue
        if shorts is None:
            short = next((o for o in out_orgs if _names_same_company(org.name, o)), None)
        else:
            short = shorts.first(org.name)
        if short is None and " and " in org.name and n_given:
            # "<BCOM.L>" after "British and Commonwealth Shipping Co Plc": the ticker's name lost its first
            # partner, the scan's run holds both (``_partner_join``, org16)
            first, _, tail = org.name.partition(" and ")
            if (
                " " not in first
                and tail.count(" ") >= 1
                and first.rstrip(".") not in _LEGAL  # "(Singapore) Ltd and Credit Suisse ...": two firms
                and not _in_partner_list(text, f"{first} and {tail.split(' ', 1)[0]}")
            ):
                short = next((o for o in out_orgs[:n_given] if str(o.get("name") or "").lower() == tail.lower()), None)
        if short is not None:
            # the source's "Polaroid" is the story's "Polaroid Corp": one entry, the full name, its ticker kept
            known_orgs.add(org.name.lower())
            short["name"] = org.name
            if shorts is not None:
                shorts.renamed()
            continue
        known_orgs.add(org.name.lower())
        out_orgs.append({"name": org.name, **({"literal": org.literal} if org.literal else {})})
    if len(out_orgs) > 1:
        out_orgs = _without_tag_tails(out_orgs, n_given)
    if lang == "en" and ") Minist" in text:  # "Energy and Mineral Resources (ESDM) Minister" (org17)
        keys = {spelling_key(o.get("name", "")) for o in out_orgs} | {o.get("literal") for o in out_orgs}
        for name, literal in orgs_fold.ministries_by_acronym(text):
            if spelling_key(name) not in keys and literal not in keys:
                out_orgs.append({"name": name, "literal": literal})
                keys |= {spelling_key(name), literal}
    if len(out_orgs) > 1:  # one body, one value: a department's two names, "Opec" and its full name (org17)
        out_orgs = orgs_fold.one_department(orgs_fold.without_cased_acronyms(out_orgs, res.org_aliases, spelling_key))
        out_orgs = orgs_fold.bracket_twins(out_orgs, text)  # "Kejaksaan Agung (Kejagung)"
        if lang == "en":
            out_orgs = orgs_fold.without_possessive_cuts(orgs_fold.without_firm_shorts(out_orgs, _LEGAL))
            out_orgs = orgs_fold.comma_heads(out_orgs)  # "Sears" beside "Sears, Roebuck and Co" (org18)
        elif lang in ("id", "ms"):
            out_orgs = orgs_id.cut_bodies(out_orgs, text)  # "Kementerian Komunikasi" of "... dan Digital" (org18)
        out_orgs = orgs_fold.inner_cuts(out_orgs, text)  # "Morgan and Co" of "J.P.Morgan and Co" (org18)
        out_orgs = orgs_fold.legal_twins(out_orgs, text, _LEGAL)  # "Union Camp" beside "Union Camp Corp" (org18)
        out_orgs = orgs_fold.clipped_heads(out_orgs, text)  # "Komisi Percepatan ..." of "... Reformasi Polri"
    if lang == "en" and out_orgs:  # "S and P 500 futures", "his State of the Union address": no body (org17)
        out_orgs = orgs_fold.without_addresses(orgs_fold.without_index_names(out_orgs, text))
        out_orgs = orgs_fold.without_events(orgs_fold.without_lead_words(out_orgs))  # "World Cup" (org18)
        out_orgs = orgs_fold.without_kinds(out_orgs, text)  # "U.S. Bank" beside "U.S. Banks" (org18)
    if lang == "en" and (departments := orgs_portfolio.find(text, [str(o.get("name") or "") for o in out_orgs])):
        out_orgs = [*out_orgs, *({"name": name} for name in departments)]  # "the Labour ministry said" (ent21)
    if out_orgs:
        out_orgs = orgs_fold.without_currencies(out_orgs)  # "141 Ecus a tonne" (org17)
        out_orgs = orgs_generic.without_generic(out_orgs, text)  # "its Board of Directors" (tent20)
    if lang == "en" and any(str(o.get("name") or "").isupper() for o in out_orgs):  # a title's "SIERRA ... INC"
        out_orgs = [orgs_caps.cased_org(o, res.common_words["en"]) for o in out_orgs]
    if lang == "en" and any("s " in str(o.get("name") or "") for o in out_orgs):  # "Sweden's Electrolux AB" (tent21)
        for o in out_orgs:
            o["name"] = people_bodies.without_country_possessive(str(o.get("name") or ""), res.countries)
        out_orgs = people_bodies.first_of_each(out_orgs)
    if lang == "en" and any(str(o.get("name") or "").endswith(" Department") for o in out_orgs):  # (tent21)
        twins = people_bodies.department_twins([str(o.get("name") or "") for o in out_orgs], res.countries)
        out_orgs = [o for o in out_orgs if o.get("name") not in twins]
    if out_orgs:
        article["organisations"] = out_orgs
    elif "organisations" in article:
        del article["organisations"]
