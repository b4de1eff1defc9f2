"""Indonesian places named by their own head word (session 21, tplc21 ‡ tuned to review draw 1 of session 21).

Indonesian copy names a port, a village, a ward or an area by a head word before its name: "Pelabuhan Tanjung
Perak", "Desa Wlahar", "Kelurahan Paseban", "kawasan Bancolono". The gazetteer knows towns of 15,000 people and
regencies, not these: the head word gives a sure reading of the words after it as a place's name. Only the name
stands, as a natural feature's does (``features.py``): no country, no GeoNames id. Mountains, rivers and straits
("Gunung Lawu", "Sungai Ciliwung") are ``features.py``'s.

Precision first (a programme or a body is named with the same words: "Koperasi Desa Merah Putih", "Desa Wisata",
"Kawasan Industri", "kawasan Asia Tenggara"): the name is one or two capitalised words (then no capitalised word
but a town's), no everyday word of the language among them (a cape's or bay's word may open it: "Tanjung Perak"),
no word of a programme's, and the head stands alone (no capitalised word before it but a sentence's first); a span
the gazetteer holds is the resolver's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the head words: capitalised (a proper name's first word) but "kawasan" (area), written lower case before a name
_HEADS = ("Pelabuhan", "Desa", "Kelurahan", "kawasan")
_NAME_WORD = r"[A-Z][a-z]{2,}"
_HEADED = re.compile(r"(?<![\w'’.&-])(" + "|".join(_HEADS) + rf") ({_NAME_WORD}(?: {_NAME_WORD})?)(?![\w'’&-])")
_NEXT_CAPITALISED = re.compile(r" ([A-Z][\w'’-]*)")
# a cape's, bay's, river mouth's or island's word may open a port's or village's name however everyday it is
# ("Pelabuhan Tanjung Perak", "Desa Muara Dua", "Desa Sungai Rambutan": no everyday check)
_GEO_OPENERS = frozenset(("Tanjung", "Teluk", "Muara", "Sungai", "Pulau", "Ujung", "Bukit", "Batu", "Tanah"))
# words of programmes and bodies written after the head ("Desa Terpencil", "Desa Brilian", "Pelabuhan Logistik"),
# beside those the everyday list holds ("Desa Wisata", "Kawasan Industri", "Kelurahan Merah Putih")
_NOT_NAMES = frozenset(
    str.split(
        """Terpencil Brilian Logistik Digital Kristen Maya Mandiri Sehat Cerdas Maju Sejahtera Inklusif Tematik Adat
    Kreatif Percontohan Binaan Nasional Internasional Pelindo Antikorupsi Tangguh Bersinar Siaga"""
    )
)
# capitalised words before a head that open a sentence or a clause, not a longer name ("Di Desa Wlahar")
_OPENERS = frozenset(("Di", "Ke", "Dari", "Dekat", "Dan", "Atau", "Sekitar", "Warga", "Kepala", "Lurah"))


def headed_places(
    text: str, language: str, everyday: Callable[[str], bool], is_place: Callable[[str], bool]
) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each place ``text`` names after an Indonesian head word, in text order (Indonesian
    copy only); ``everyday``: is a word an everyday word of the language, ``is_place``: a place's name (the
    gazetteer's)?"""
    if language != "id" or not any(head in text for head in _HEADS):
        return []
    out = []
    for found in _HEADED.finditer(text):
        head, name = found.group(1), found.group(2)
        words = name.split()
        if any(word in _NOT_NAMES for word in words):
            continue
        if words[0] not in _GEO_OPENERS and any(everyday(word) for word in words):
            continue  # "Desa Wisata", "Kelurahan Pondok Kelapa" (a name, but its words are everyday words too)
        if text[found.start() - 1 : found.start()] == " " and _capitalised_before(text, found.start()):
            continue  # "Koperasi Desa Merah Putih", "Bank Desa ...": a longer name
        if (after := _NEXT_CAPITALISED.match(text, found.end())) and not is_place(after.group(1)):
            continue  # the name goes on ("Desa Wisata Namu"), unless the town it lies in follows ("Pelabuhan
            # Tanjung Perak Surabaya")
        if head == "kawasan":
            out.append((found.start(2), found.end(), name))  # the area's name: "kawasan Bancolono" is Bancolono
        else:
            out.append((found.start(), found.end(), found.group()))  # "Pelabuhan Tanjung Perak", "Desa Wlahar"
    return out


def _capitalised_before(text: str, start: int) -> bool:
    """Does a capitalised word (no sentence's or clause's first word) stand right before ``text[start:]``?"""
    at = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
    word = text[at : start - 1]
    if not word[:1].isupper() or word in _OPENERS or not word[-1:].isalpha():  # "Jamrud Utara, Pelabuhan ..."
        return False
    previous = text[:at].rstrip(" ")
    return not (not previous or previous[-1] in '.!?:\n"“(-–—')
