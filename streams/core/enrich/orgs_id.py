"""Indonesian bodies named by their form, not by a head word the run scan knows (org14).

* A regional office: the national body's acronym, then its seat ("DPRD Surabaya", "BPBD Cianjur", "KPU Kota
  Bekasi"). The scan keeps the acronym alone ("DPRD"), so the seat's body is missed or cut.
* A head's title that holds the body ("Kapolri" heads Polri, "Kapolda Jawa Timur" Polda Jawa Timur, "Kajari
  Bogor" Kejari Bogor): the title is one word, so the body in it is missed unless the story names it too (org16).
* A state or private school: its level, "Negeri" or the level's own "N", its number, then its town
  ("SMAN 2 Padang", "SMK Negeri 1 Bandung", "SDN 3 Cibinong"): the number breaks the capitalised run.

Pure functions over the story text; ``is_place`` is the gazetteer's test, so only a known place is a seat.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Bodies with an office per province, regency or city; each is named "<acronym> <seat>"
_REGIONAL = (
    "DPRD",
    "KPU",
    "KPUD",
    "Bawaslu",
    "BPBD",
    "Kejari",
    "Kejati",
    "Polresta",
    "Polsek",
    "Lapas",
    "Rutan",
    "RSUD",
    "BNNP",
    "BNNK",
    "Dinkes",
    "Disdik",
    "Dishub",
    "Kemenag",
    "Basarnas",
)
_SEAT = r"(?:(?:Kota|Kabupaten|Kab\.|Provinsi) )?[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_REGIONAL_AT = re.compile(rf"(?<![\w-])({'|'.join(_REGIONAL)}) ({_SEAT})(?![\w-])")
_SCHOOL_AT = re.compile(
    r"(?<![\w-])((?:SMAN|SMKN|SMPN|SDN|MTsN|MAN|MIN|SMA|SMK|SMP|SD|MTs)(?: Negeri| Swasta)? \d{1,3})"
    r" ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w-])"
)
_SEAT_WORDS = frozenset({"Kota", "Kabupaten", "Kab.", "Provinsi"})


# A head's one-word title -> the body it heads; the national police has no seat, the others name theirs after it
_HEAD_OF = {
    "Kapolri": "Polri",
    "Wakapolri": "Polri",
    "Kapolda": "Polda",
    "Wakapolda": "Polda",
    "Kapolres": "Polres",
    "Wakapolres": "Polres",
    "Kapolresta": "Polresta",
    "Kapolrestabes": "Polrestabes",
    "Kapolsek": "Polsek",
    "Kajati": "Kejati",
    "Kajari": "Kejari",
}
_HEAD_AT = re.compile(rf"(?<![\w-])({'|'.join(_HEAD_OF)})(?: ({_SEAT}))?(?![\w-])")
# Words after a head's title that say which head, not where ("Kajati Baru": new; "Kapolda Definitif")
_HEAD_QUALIFIERS = frozenset({"Baru", "Lama", "Terpilih", "Definitif", "Pengganti", "Sementara", "Nonaktif", "Aktif"})
# Seats the gazetteer does not hold: Jakarta's police region
_POLICE_SEATS = ("Metro Jaya",)


def _seat(words: str, is_place: Callable[[str], bool]) -> str | None:
    """The longest leading piece of ``words`` that is a known place ("Kota Bekasi" → "Bekasi" is the test)."""
    toks = words.split(" ")
    lead = 1 if toks[0] in _SEAT_WORDS else 0
    for n in range(len(toks), lead, -1):
        if is_place(" ".join(toks[lead:n])):
            return " ".join(toks[:n])
    return None


def find(text: str, is_place: Callable[[str], bool]) -> list[str]:
    """Regional offices and schools the text names, whole, in text order, each once."""
    found: list[str] = []
    for m in _REGIONAL_AT.finditer(text):
        seat = _seat(m.group(2), is_place)
        if seat is not None:
            found.append(f"{m.group(1)} {seat}")
    for m in _SCHOOL_AT.finditer(text):
        town = _seat(m.group(2), is_place)
        if town is not None:
            found.append(f"{m.group(1)} {town}")
    return list(dict.fromkeys(found))


def find_headed(text: str, is_place: Callable[[str], bool]) -> list[str]:
    """The bodies the text's heads' one-word titles hold ("Kapolri" -> "Polri", "Kapolda Metro Jaya Irjen X" ->
    "Polda Metro Jaya"), in text order, each once. A regional body needs its seat, a known place right after the
    title, and no word that qualifies the head ("15 Kajati Baru", the new heads); the national one needs none."""
    found: list[str] = []
    for m in _HEAD_AT.finditer(text):
        body = _HEAD_OF[m.group(1)]
        if body == "Polri":
            found.append(body)
            continue
        words = m.group(2) or ""
        seat = next((s for s in _POLICE_SEATS if words.startswith(s) and body == "Polda"), None)
        if not seat and words and words.split(" ", 1)[0] not in _HEAD_QUALIFIERS:
            seat = _seat(words, is_place)
        if seat is not None:
            found.append(f"{body} {seat}")
    return list(dict.fromkeys(found))


def bare_only_with_seat(text: str, acronym: str, bodies: list[str]) -> bool:
    """Does every mention of ``acronym`` in the text open one of ``bodies``? Then the acronym alone is no
    body of its own in this story ("DPRD" of "DPRD Surabaya")."""
    full = [b for b in bodies if b.startswith(acronym + " ")]
    if not full:
        return False
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
        if not any(text.startswith(b, m.start()) for b in full):
            return False
    return True
