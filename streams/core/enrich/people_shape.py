"""What a name's own words say it is not: a person (session 14, issue #15).

Two shapes the people finder let through, read from the name and its story alone:

* a firm named by its trade, no legal form after it ("Barry Citrus Products", "Glidden Paints", "Corning Glass
  Works", "Jacobs Engineering") or by a firm's head word in its own language before it ("Gruppo Ferruzzi",
  "Usines Renault"): no one's surname is "Products", no one's given name "Gruppo";
* on an Indonesian/Malay title-case headline, where every word is capitalised, a lone word the prose never writes
  ("Pimpinan DPR Digugat ke PN ...": "Digugat", sued) is no evidence of a name by itself, and an everyday word
  or verb glued before a name ("Gantikan Hendrar Prihadi", "Menko Pangan Zulkifli Hasan") is no part of it.

Pure functions over strings; the caller (``entities.enrich``) keeps its own types.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from streams.core.enrich import alone, textscan

# Trade words a firm's name ends in (English wire copy), none a surname in the agencies' copy: "Mills", "Steel",
# "Glass", "Baker" are, and stay out
FIRM_TAILS = frozenset(
    {"Products", "Works", "Paints", "Engineering", "Publishing", "Publishers", "Aviation", "Funding"}
    | {"Restaurant", "Restaurants", "Shops", "Gases", "Holding", "Econometrics", "Rental", "Rentals", "Trustco"}
    | {"RentCorp", "Shimbun", "Cos", "Bankverein", "Textiles", "Apparel", "Semiconductors", "Software"}
    | {"Computers", "Instruments", "Manufacturing", "Mfg", "Construction", "Cement", "Pharmaceutical", "Labs"}
    | {"Beverages", "Brewing", "Distillers", "Distributors", "Utilities", "Telephone", "Telegraph", "Railway"}
    | {"Railways", "Shipbuilding", "Refining", "Drilling", "Minerals", "Metals", "Bancorporation", "Leasing"}
    | {"Hotels", "Resorts", "Supermarkets", "Automotive", "Aerospace", "Networks", "Telecommunications"}
    | {"Broadcasting", "Newspapers", "Industrias", "Spa", "Savings", "Financial", "Lines"}
)
# A firm's head word in Romance and Germanic names ("Gruppo Ferruzzi", "Usines Renault", "Compagnie Generale")
FIRM_HEADS = frozenset(
    {"Gruppo", "Grupo", "Groupe", "Usines", "Compagnie", "Compania", "Compañía", "Societe", "Société", "Sociedad"}
    | {"Societa", "Società", "Industrias", "Laboratorios", "Laboratoires", "Etablissements", "Établissements"}
    | {"Aktiebolaget", "Koninklijke", "Cementos", "Aceros", "Petroleos", "Petróleos", "Industrie"}
)


def firm_shaped(name: str) -> bool:
    """Does the name's own first or last word make it a firm ("Barry Citrus Products", "Gruppo Ferruzzi")?
    A one-word name is left alone: "Holding" or "Grupo" alone is a word, not a name at all."""
    words = name.split(" ")
    return len(words) >= 2 and (words[-1] in FIRM_TAILS or words[0] in FIRM_HEADS)


# Last words of a building, gate or road named for a person or a place ("Rideau Cottage", "Thomas Gate", "Wembley
# Stadium"): none a surname in the agencies' copy ("Hall", "Lodge", "Church", "Temple", "Tower", "Castle", "Lane",
# "Street" are, and stay out) (ppl15)
STRUCTURE_TAILS = frozenset(
    {"Cottage", "Gate", "Mansion", "Terrace", "Plaza", "Stadium", "Arena", "Avenue", "Boulevard", "Airport"}
    | {"Station", "Palace", "Manor", "Cathedral", "Mosque", "Road", "Highway", "Expressway", "Tollway", "Pier"}
)


def structure_shaped(name: str) -> bool:
    """Does a name of two or more words end in a building's or a road's word ("Rideau Cottage")?"""
    words = name.split(" ")
    return len(words) >= 2 and words[-1] in STRUCTURE_TAILS


# Indonesian/Malay verb and noun prefixes ("Digugat", "Berdampak", "Terjerat", "Menolak", "Pemasok", "Kenaikan")
_ID_PREFIXES = ("Di", "Ter", "Ber", "Me", "Pe", "Ke")


def headline_word(name: str, given: frozenset[str], titled: bool, title_only: Callable[[str], bool]) -> bool:
    """Is a one-word "person" of an Indonesian/Malay story only a title-case headline's word ("Digugat",
    "Dipantau", "Berdampak", "Forensik")? Every mention on a title-case line (``title_only``), no given name:
    the prose, which would write a name too, never does. After a title ("Pimpinan DPR Digugat": the house's
    leaders are sued) the word must also have a verb's or noun's prefix shape to go."""
    if " " in name or name in given or (titled and not name.startswith(_ID_PREFIXES)):
        return False
    return title_only(name)


def glued_front(words: list[str], given: frozenset[str], everyday: Callable[[str], bool]) -> int:
    """How many words to cut from a name's front: an everyday word or a verb form of the language, no given
    name, glued before a name of two or more words that starts with a given name ("Gantikan Hendrar Prihadi",
    "Pangan Zulkifli Hasan"): 1, else 0."""
    if len(words) >= 3 and words[0] not in given and words[1] in given and everyday(words[0].lower()):
        return 1
    return 0


# An Indonesian police rank is written with "Pol" after it ("Brigjen Pol Hendra Kurniawan", "Kombes Pol. Ade Ary"):
# "Pol" belongs to the rank, not to the name
_POLICE_RANK = re.compile(
    r"\b(?:Jenderal|Komjen|Irjen|Brigjen|Kombes|AKBP|AKP|Kompol|Iptu|Ipda|Aiptu|Aipda|Bripka|Brigpol|Briptu|Bripda)"
    r"\.? $"
)


def police_rank_glued(words: list[str], text: str) -> bool:
    """Is the name's first word the "Pol" of a police rank the text writes right before it?"""
    if len(words) < 2 or words[0].rstrip(".") != "Pol":
        return False
    name = " ".join(words)
    at = text.find(name)
    while at >= 0:
        if _POLICE_RANK.search(text, max(0, at - 12), at):
            return True
        at = text.find(name, at + 1)
    return False


def agate_team_code(words: list[str], text: str) -> bool:
    """Is the name's last word a team's short code in a statistics line ("Yelich Mil 79 296 66 97 .328",
    "Freeman Atl 85 ...")? Two words, the second of two or three letters, and every mention opens a line and is
    followed by a number: the player's surname and his team's code, not a two-word name."""
    if len(words) != 2 or not 2 <= len(words[1]) <= 3 or not words[1][0].isupper():
        return False
    name = " ".join(words)
    at, seen = text.find(name), False
    while at >= 0:
        end = at + len(name)
        if (at and text[at - 1] != "\n") or not re.match(r"[ \t]+\d", text[end : end + 4]):
            return False
        seen = True
        at = text.find(name, end)
    return seen


# Name suffixes a comma may stand before ("Clifford L. Alexander, Jr")
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def after_comma(name: str) -> str | None:
    """A title written before a name with a comma between ("Director General, Olivier Niggli", "WADA's President,
    Witold Bańka"): the name is what follows the last comma, when that is two capitalised words or more; else
    None (no name). A name with no comma, or only a suffix after it, is returned whole."""
    _, sep, tail = name.rpartition(", ")
    if not sep or tail in _SUFFIXES:
        return name
    words = tail.split(" ")
    return tail if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


def before_of(name: str, common: frozenset[str], given: frozenset[str]) -> str | None:
    """A person and the firm after "of" in one run ("Phil Pace of Kidder", "Greenstein of Bear Stearns"): the
    person is the part before "of"; an everyday plural there ("Holders of Hughes") is none, nor a lone given name
    ("Kyle of Lochalsh" is a town). A name with no " of " is returned whole."""
    head, sep, _ = name.partition(" of ")
    if not sep:
        return name
    if " " not in head and (head.lower() in common or head in given):
        return None
    return head


# Indonesian title acronyms and occupations glued before a name on a headline or a teaser ("PM Takaichi",
# "Mensesneg Prasetyo Hadi", "Wamensos Agus Jabo Priyono", "YouTuber Bigmo"): a minister's short title is
# "Men"/"Wamen"/"Menko" and its portfolio's syllables
_ID_TITLE_FRONTS = frozenset(
    {"PM", "Wapres", "Capres", "Cawapres", "Cagub", "Cawagub", "Cabup", "Cawabup", "Cawalkot", "Dirut", "Dirjen"}
    | {"Sekjen", "Kadis", "Kapolri", "Kapolda", "Kapolres", "Kapolsek", "Kajati", "Kajari", "Kasad", "Kasal"}
    | {"Kasau", "YouTuber", "Youtuber", "Selebgram", "Influencer", "Komedian", "Rapper", "Eks", "Mantan"}
)
_ID_MINISTER_SHORT = re.compile(r"(?:Wa)?Men(?:ko)?(?![gy])[a-z]{2,}")  # not "Meng-"/"Meny-" verbs


def id_title_front(words: list[str], given: frozenset[str], everyday: Callable[[str], bool]) -> bool:
    """Is the first word of an Indonesian/Malay name a title's short form or an occupation, no given name
    ("Mensesneg Prasetyo Hadi" -> "Prasetyo Hadi")? A "Men-" word of the language's own ("Mengenal", knowing;
    "Mendatang", coming: ``everyday``) is no minister's title."""
    if len(words) < 2 or words[0] in given:
        return False
    if words[0] in _ID_TITLE_FRONTS:
        return True
    return _ID_MINISTER_SHORT.fullmatch(words[0]) is not None and not everyday(words[0].lower())


# Building and place words of the lexicon's ``non_name`` list that are also English surnames ("John Tower",
# "Rich Hall", "Frank Church", "Oliver North"): never name words on their own ("Trump Tower", "Carnegie Hall"), a
# person's surname only after a known given name and with person evidence (``entities._Extractor.venue_surname``).
SURNAME_VENUES = frozenset({"Tower", "Hall", "Church", "Park", "Lake", "Street", "Beach", "North"})


# English given names that are also towns, left out of the given-name list for that reason ("Murray", "Austin",
# "Florence"): before a surname that is no place ("Murray Sigler", "Florence Nagle") the town reading is none
PLACE_GIVEN = frozenset(
    {"Murray", "Austin", "Chester", "Florence", "Lincoln", "Preston", "Sydney", "Regina", "Victoria", "Jordan"}
    | {"Dallas", "Marion", "Warren", "Shelby", "Madison", "Camden", "Clifton", "Vernon", "Milton", "Clinton"}
    | {"Carson", "Lowell", "Virginia", "Stanley", "Sheldon", "Beverly", "Chelsea", "Troy", "Logan", "Marshall"}
    | {"Perry", "Clayton", "Ashley", "Bradford", "Hamilton", "Helena", "Marina", "Carmen", "Rene", "Gil", "Homer"}
    # rppl16: "said Darwin Beck of First Boston Corp"
    | {"Darwin", "Irving", "Dudley", "Orlando", "Quincy", "Everett", "Winston", "Kendall", "Sherman", "Vaughan"}
    | {"Sidney", "Duncan", "Carlton", "Hayden", "Ashton"}
)


def english_thing(
    words: list[str], given: frozenset[str], en_common: frozenset[str], id_common: frozenset[str]
) -> bool:
    """In Indonesian/Malay copy, is a run that opens with no given name and ends in an English everyday word a
    title or a product, not a person ("Galaxy Buds", "Star Wars", "Stranger Things", "Velvet Summer")? An
    Indonesian surname is not an English word; a foreign name in the copy opens with its given name ("Stuart
    Price")."""
    if len(words) < 2 or words[0] in given or words[-1] in _SUFFIXES:
        return False
    low = words[-1].lower()
    return low in en_common and low not in id_common


# An award's name, as it stands between "pemenang"/"peraih"/"penerima" (winner, holder, recipient) and the
# winner's name in Indonesian/Malay copy: one word, or a word and what it is for ("Nobel Perdamaian")
_AWARD_HOLDERS = frozenset({"pemenang", "peraih", "penerima", "pemegang"})
_AWARDS = frozenset({"Oscar", "Grammy", "Emmy", "Nobel", "Pulitzer", "BAFTA", "Tony", "Booker", "Cannes"})
_AWARD_SECONDS: dict[str, frozenset[str]] = {
    "Nobel": frozenset({"Perdamaian", "Sastra", "Kimia", "Fisika", "Kedokteran", "Ekonomi"}),
    "Golden": frozenset({"Globe"}),
    "Piala": frozenset({"Citra"}),
    "Ballon": frozenset({"d'Or"}),
}


def award_before(words: tuple[str, ...], before: str) -> int:
    """How many words open a run with the award its person holds ("pemenang Oscar Diablo Cody": 1, "peraih
    Nobel Perdamaian Malala Yousafzai": 2), 0 when none: the award is no part of the name, and "winner of an
    Oscar" says what a title would, so the rest is a person when it reads as a name."""
    if before.lower() not in _AWARD_HOLDERS or len(words) < 3:
        return 0
    seconds = _AWARD_SECONDS.get(words[0])
    if seconds is not None and words[1] in seconds:
        return 2 if len(words) >= 4 else 0
    return 1 if words[0] in _AWARDS else 0


def plural_thing(words: list[str], given: frozenset[str], en_common: frozenset[str]) -> bool:
    """In English copy, is a two-word "name" an everyday word and a plural noun, no name at all ("Accidental
    Heroes", a show; "Golden Years")? No one's surname is a plural whose singular is an everyday word and no
    given name ("Roberts", "Williams" have a given name for a singular), and the first word is no given name."""
    if len(words) != 2 or words[0] in given or words[0] in PLACE_GIVEN or not words[1].endswith("s"):
        return False
    first, last = words[0].lower(), words[1].lower()
    singulars = [last[:-1]] + ([last[:-2]] if last.endswith("es") else [])
    return (
        first in en_common
        and last in en_common
        and any(s in en_common and s.capitalize() not in given for s in singulars)
    )


# What a capital inside a surname or given name follows ("McDonald", "MacArthur", "DeSantis", "LeBron",
# "DiCaprio", "FitzGerald", "VanDyke"): the particle of a name, no brand (ppl17)
_NAME_PARTICLES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz", "O'")
_INNER_CAPITAL = re.compile(r"([A-Z][a-z]{2,})[A-Z][A-Za-z]*")


def brand_front(words: list[str], given: frozenset[str]) -> bool:
    """Is the first word of a run of three or more a firm's brand written in one word with a capital inside
    ("Senior Vice President AutoFlight Jia Xie", "PetroChina", "BlackRock"), glued before a person's name of two
    capitalised words or more? A name's own particle before the inner capital ("McDonald", "DeSantis") and a
    given name ("JoAnne") are no brand."""
    if len(words) < 3 or words[0] in given or not all(w[:1].isupper() and w[1:].islower() for w in words[1:]):
        return False
    m = _INNER_CAPITAL.fullmatch(words[0])
    return m is not None and not m.group(1).startswith(_NAME_PARTICLES) and m.group(1) not in given


def headline_phrase(words: list[str], given: frozenset[str], everyday: Callable[[str], bool]) -> bool:
    """Is a "name" of two words or more, in an Indonesian/Malay story, everyday words of the language only
    (each part of a hyphened word too), no given name among them ("Raja Jalanan Baru-Laku", king of the road,
    newly sold)? The caller asks too that every mention stands on a title-case line, where every word is
    capitalised: the prose, which would write a name capitalised, never does."""
    parts = [part for w in words for part in w.split("-")]
    return len(words) >= 2 and all(p and p not in given and everyday(p.lower()) for p in parts)


_NAME_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}")  # "M.A.", "A.B.M.": a name's dotted initials (ini17)


def name_initials(tok: str) -> bool:
    """A token of dotted single-letter initials ("M.A.", "A.B.M."): after a title it opens the name ("Commerce
    Minister M.A. Munim"), it is no acronym of the title. The caller keeps "U.S.", "U.N." (places, known bodies)."""
    return _NAME_INITIALS.fullmatch(tok) is not None


def name_ends_at(text: str, at: int) -> bool:
    """Does a capitalised word end right before ``at`` (a space), with no comma between? In Indonesian the
    words that qualify a noun follow it, so "Tian Ngantung pembalap Mc Joe" is Tian Ngantung, a racer of (the
    team) Mc Joe: the name after such an occupation is no second person (ini17). A capitalised word that opens
    the sentence ("Pasangan musisi Faishal Tanjung", "Asisten pelatih Chelsea") is no name: a word stands before
    the name's word, in the same sentence."""
    k = at
    while k > 0 and not text[k - 1].isspace():
        k -= 1
    word = text[k:at]
    return (
        k > 1
        and text[k - 1] == " "
        and text[k - 2].isalpha()
        and len(word) > 1
        and word[0].isupper()
        and word[-1].isalpha()
    )


_APPOSED = re.compile(r", (?:a|an|the|who)\b")  # "Samson Ebukam, an edge rusher", "Maynard Glitman, who heads"
_ABBREVIATED_TITLE = re.compile(r"\b[A-Z][a-z]{1,3}\. \Z")  # "Sen. Jake Garn", "Dr. LeRoy Pesch": no sentence end


def whole_at_opening(text: str, name: str) -> bool:
    """Is a two-word name that seems to open a sentence shown whole by its neighbours: an apposition after it
    ("Samson Ebukam, an edge rusher who scored") or an abbreviated title before it ("Sen. Jake Garn")? Then
    its first word is the given name, no capitalised sentence opener ("Thre Wallenbergs paid": a typo) (ini17)."""
    for at in textscan.starts(text, name):  # (a long text's index: no find pass per name)
        end = at + len(name)
        if _APPOSED.match(text, end) or _ABBREVIATED_TITLE.search(text, max(0, at - 6), at):
            return True
    return False


_QUOTE_ENDS = frozenset({'," ', ",\u201d ", '." ', ".\u201d "})  # a direct quotation closed before the speaker
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|of|di|ke|dari)[ ]\Z", re.I)
_JOINS_WORD_BEFORE = re.compile(r"[\w'’.-]")  # a character before a word that makes it part of a longer one
_JOINS_WORD_AFTER = re.compile(r"[\w'’-]")  # ... after it


def quoted_speaker(text: str, word: str) -> bool:
    """Is a lone word that is also a minor town the speaker of a direct quotation ('..." Cardenas said.') and
    never written where a place stands (after "in", "at", "from", "of")? A town does not speak; the caller
    keeps the well-known places ("Washington said", "Moscow said": a government) out (ini17)."""
    quoted = False
    n = len(word)
    for start in alone.starts(text, word, _JOINS_WORD_BEFORE, _JOINS_WORD_AFTER):  # (no pattern pass per word)
        if _PLACE_BEFORE.search(text, max(0, start - 8), start):
            return False
        if text[max(0, start - 3) : start] in _QUOTE_ENDS and re.match(
            r" (?:said|says|added|told)\b", text[start + n : start + n + 8]
        ):
            quoted = True
    return quoted


_NOT_VERBS = frozenset(
    {"and", "or", "with", "for", "to", "of", "in", "on", "at", "by", "from", "about", "than", "as", "into", "over"}
    | {"after", "before", "under", "against", "via", "per", "but", "nor", "like"}
)
_HIS_AFTER = re.compile(r" ([a-z]{3,}) (?:his|her|himself|herself)\b")


def possessive_subject(text: str, name: str) -> bool:
    """Is a name the subject of a verb whose object is "his"/"her" ("Livan Hernandez threw his first complete
    game")? Only a person owns with "his"/"her"; a firm or a place takes "its". A preposition in between
    ("Smith and his", "Jones for her") tells nothing (ini17)."""
    for at in textscan.starts(text, name):  # (a long text's index: no find pass per name)
        end = at + len(name)
        m = _HIS_AFTER.match(text, end)
        if m and m.group(1) not in _NOT_VERBS and (end >= len(text) or not text[end].isalnum()):
            return True
    return False
