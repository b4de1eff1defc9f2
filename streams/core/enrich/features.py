"""Natural features the gazetteer does not hold: rivers, mountains, volcanoes, lakes, straits (session 18, plc18).

The shipped gazetteer knows countries, provinces and towns, no rivers or mountains; ``places.py`` drops a town's
name inside a feature's ("Mississippi River" is no state, "Lake Victoria" no city). Here the feature's own words
give a sure reading: a feature word and a capitalised name, in the story's language ("Gunung Merapi", "Sungai
Ciliwung", "Selat Sunda", "Mount Everest", "the Mississippi River", "Strait of Hormuz"). Only the name stands: no
country (a river crosses borders; the words say nothing of where), no GeoNames id.

Precision first: the name must stand alone, so a capitalised word before it (not opening a sentence) or after it
makes it part of a longer name, a street's, a firm's or a hospital's ("Jalan Gunung Sahari", "PT Gunung Sewu",
"Mount Sinai Hospital", "Lake Shore Drive"); a span the gazetteer reads as a town ("Sungai Penuh", "Mount
Vernon") is the caller's to keep or drop.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``, case kept."""
    return frozenset(text.split())


# a feature word before its name, per language (Indonesian and Malay share theirs)
_BEFORE = {
    "en": r"Mount|Mt\.|Lake",
    "id": r"Gunung|Sungai|Selat|Danau|Teluk|Kawah|Pulau|Pantai|Curug|Air Terjun",
    "ms": r"Gunung|Sungai|Selat|Tasik|Teluk",
}
# plc21: a national park's name runs to several words ("Taman Nasional Bromo Tengger Semeru", "Taman Nasional
# Gunung Gede Pangrango"); the other heads take one word, a longer name being a street's or a firm's
_PARK_ID = "Taman Nasional "
_PARK = {"id": r"|Taman Nasional [A-Z][a-z]{2,}(?: [A-Z][a-z]{2,}){0,3}"}
# ... and after it (English)
_AFTER_EN = r"River|Strait|Volcano"
_NAME = r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"  # "Merapi", "Everest", "Ciliwung", "Anak-Krakatau"
_BOUNDARY_BEFORE = r"(?<![\w'’.&-])"
_BOUNDARY_AFTER = r"(?![\w'’&-])"

_PATTERNS: dict[str, re.Pattern[str]] = {
    lang: re.compile(
        _BOUNDARY_BEFORE
        + rf"(?:(?:{words}) {_NAME}"
        + (rf"|{_NAME} (?:{_AFTER_EN})|Straits? of {_NAME}" if lang == "en" else "")
        + _PARK.get(lang, "")
        + ")"
        + _BOUNDARY_AFTER
    )
    for lang, words in _BEFORE.items()
}
# words that are no feature's name however capitalised ("Mount Of", "Lake Street" is caught by the word after)
_NOT_NAMES = _words(
    """The This That These Those And Or But For From With Into Over Under Near North South East West Utara Selatan
    Barat Timur Tengah Raya Baru Besar Kecil Jalan Road Street Avenue City County State Park Mid Upper Lower"""
)
# lower-case words before a feature's name that make it a programme's or an event's ("program Sungai Lestari",
# "the Lake Clean campaign" is caught by the word after)
_PROGRAMME = _words("program programme project campaign gerakan kampanye aksi proyek lomba festival")
# plc19: ... also across a short lower-case run between them ("program penanganan sampah Sungai Lestari": a waste
# programme named "Sustainable River"); the name is then the programme's throughout the story ("jaring penahan sampah
# di Sungai Lestari" in its headline), as a name written inside a longer one is
_PROGRAMME_REACH = 3  # lower-case words looked across
# capitalised words before a feature that open a sentence, not a longer name
_OPENERS = _words("The A An In At On Near From To Of And Or Di Ke Dari Dekat Dan Atau Sekitar")


def _word_before(text: str, start: int) -> str:
    """The word right before ``text[start:]`` across one space, or "" (punctuation or a line break between)."""
    if start < 2 or text[start - 1] != " ":
        return ""
    at = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    return text[at : start - 1]


def _programme_named(text: str, start: int) -> bool:
    """Does a programme's word stand before ``text[start:]`` across at most ``_PROGRAMME_REACH`` lower-case words
    (one clause: no punctuation or capitalised word between)?"""
    at = start
    for _ in range(_PROGRAMME_REACH + 1):
        word = _word_before(text, at)
        if not word or not word.isalpha() or not word.islower():
            return False
        if word in _PROGRAMME:
            return True
        at -= len(word) + 1
    return False


# tplc19 ‡: a word ending so closes a sentence ("Iran ultimatum AS! Selat Hormuz tetap ditutup"): the capitalised
# word after it opens the next one, no longer name ("." is left out: "Jl. Gunung Sahari", "Kab. Teluk Bintuni")
_SENTENCE_ENDS = ("!", "?")
# plc21: ... and a word ending so closes a list's member or a clause ("Kawah Wadon, Gunung Gede, kawasan ..."): the
# feature after it opens a name of its own
_CLAUSE_ENDS = (",", ";", ":")
# plc21: an acronym after a feature's name is the park's or the area's short form, not the name going on ("Kawah
# Wadon TNGGP", "Danau Toba KSPN"): a word of capitals only, 3 to 6 letters
_ACRONYM_AFTER = re.compile(r" [A-Z]{3,6}(?![\w'’&-])")
_TITLE_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]{4,}")
_TITLE_SHARE = 0.6  # a line whose words of 4+ letters are this share capitalised is a title-case headline
_TITLE_MIN_WORDS = 4
_TITLE_MAX_CHARS = 200  # a headline is one short line, no sentence's full stop inside ("... Inc sold. Lake ...")


def _title_styled(text: str, end: int) -> bool:
    """tplc19 ‡: is the capitalised word after ``end`` (a feature's name's end) a title-case headline's style, not
    a longer name's ("Selat Hormuz Tetap Ditutup hingga AS ...")? A word of 4+ letters in such a line ("Selat Bab
    Al-Mandab": "Al" goes on the name)."""
    after = _TITLE_WORD.match(text, end + 1)
    return after is not None and text[after.end() : after.end() + 1] in (" ", "\n", "") and _title_line(text, end)


def _title_line(text: str, at: int) -> bool:
    """Is the line around ``at`` a title-case headline (one short line without a full stop, most words of 4+
    letters capitalised)?"""
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    if len(line) > _TITLE_MAX_CHARS or ". " in line:
        return False
    words = _TITLE_WORD.findall(line)
    return len(words) >= _TITLE_MIN_WORDS and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


# a word each match holds (a story without any is not scanned): English's words before and after a name; the
# Indonesian and Malay heads of ``_BEFORE`` (and the park's), each read once there
_KEYS = {
    "en": ("Mount ", "Mt. ", "Lake ", " River", " Strait", " Volcano", "Strait of", "Straits of"),
    "id": (*(f"{head} " for head in _BEFORE["id"].split("|")), _PARK_ID),
    "ms": tuple(f"{head} " for head in _BEFORE["ms"].split("|")),
}


# plc21: heads whose name after them may be a place's own ("Pulau Sumatera" is Sumatra, "Pantai Taiwan" Taiwan's
# coast, "Pulau Madura" Madura): the caller drops the feature where the gazetteer reads its name as a place
_PLACE_NAMED = ("Kawah ", "Pulau ", "Pantai ", "Curug ", "Air Terjun ", "Taman Nasional ")


def own_name(name: str) -> tuple[int, int] | None:
    """plc21: where in a feature's ``name`` its own name lies, for the heads that may be followed by a place's
    name (``_PLACE_NAMED``); None for the others (a mountain's name is the mountain's)."""
    for head in _PLACE_NAMED:
        if name.startswith(head):
            return len(head), len(name)
    return None


def park(name: str) -> bool:
    """plc21: is the feature a national park ("Taman Nasional Bromo Tengger Semeru")? Its country counts
    (places.py), but it is listed as no place: the subjects enricher reads a listed place's words as a name, and
    "taman nasional" is its environment term (a fire in a park is news of the environment too)."""
    return name.startswith(_PARK_ID)


def natural_features(text: str, language: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each natural feature the text names by its own words, in text order."""
    pattern = _PATTERNS.get(language)
    if pattern is None or not any(word in text for word in _KEYS[language]):
        return []
    out = []
    longer: set[str] = set()  # names the story writes inside a longer one somewhere ("Lake Resources Inc")
    matches = list(pattern.finditer(text))
    for match in matches:
        end = match.end()
        if (
            text[end : end + 1] == " "
            and text[end + 1 : end + 2].isupper()
            and not _title_styled(text, end)
            and not _ACRONYM_AFTER.match(text, end)
        ) or _programme_named(text, match.start()):
            longer.add(match[0])
    for match in matches:
        start, end = match.span()
        name = match[0]
        if name in longer or any(word in _NOT_NAMES for word in name.replace("-", " ").split()):
            continue  # "Mount Sinai Hospital", "Lake Shore Drive", "Sungai Penuh Kota": the name goes on (here
            # or elsewhere in the story: "Lake Resources Inc ... Lake Resources said"); a programme's name ("program
            # penanganan sampah Sungai Lestari", here or elsewhere in the story)
        before = _word_before(text, start)
        if before[:1].isupper() and before not in _OPENERS and not before.endswith(_SENTENCE_ENDS + _CLAUSE_ENDS):
            continue  # "Jalan Gunung Sahari", "PT Gunung Sewu", "Hudson Lake Fund": part of a longer name (a
            # sentence's first word too: "Climbing Mount Everest" is lost, "Taman Gunung X" is not taken)
        if text[end : end + 2] in ("'s", "’s") and name.startswith(("Mount", "Mt.", "Lake")):
            continue  # "Lake Forest's schools": a town's possessive as often as a lake's
        out.append((start, end, name))
    return out
