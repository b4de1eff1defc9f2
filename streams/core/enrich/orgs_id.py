"""Indonesian bodies named by their form, not by a head word the run scan knows (org14).

* A regional office: the national body's acronym, then its seat ("DPRD Surabaya", "BPBD Cianjur", "KPU Kota
  Bekasi"). The scan keeps the acronym alone ("DPRD"), so the seat's body is missed or cut.
* A head's title that holds the body ("Kapolri" heads Polri, "Kapolda Jawa Timur" Polda Jawa Timur, "Kajari
  Bogor" Kejari Bogor): the title is one word, so the body in it is missed unless the story names it too (org16).
* A business group: "Grup" and its owner family's name ("Grup Salim"), in running text only (ent20).
* A state or private school: its level, "Negeri" or the level's own "N", its number, then its town
  ("SMAN 2 Padang", "SMK Negeri 1 Bandung", "SDN 3 Cibinong"): the number breaks the capitalised run.

Pure functions over the story text; ``is_place`` is the gazetteer's test, so only a known place is a seat.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from streams.core.enrich import alone, orgs_fold
from streams.core.enrich.textscan import Gate

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
    "Bea Cukai",  # the customs' regional office: "Bea Cukai Bogor" (ent21)
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


# "Grup Salim resmi membeli ...": a business group, "Grup" and its family or founder name in running text (a
# lower-case word or a stop after it: the run ends there, not on a title-case line); "Grup A" is a league's group
_GROUP_AT = re.compile(r"(?<![\w-])Grup ([A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?= [a-z]|[,.;:])")


def find_groups(text: str, is_place: Callable[[str], bool], common: frozenset[str]) -> list[str]:
    """Business groups the running text names ("Grup Salim", "Grup Bakrie"), in text order, each once. No word of
    the name may be an everyday word ("Grup Neraka", the group of death) or a place ("Grup Jakarta")."""
    found = [
        f"Grup {m.group(1)}"
        for m in _GROUP_AT.finditer(text)
        if not any(w.lower() in common or is_place(w) for w in m.group(1).split(" "))
    ]
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


# A directorate-general by its short head ("Ditjen Pajak", "Ditjen Bea dan Cukai") or the customs by its everyday
# name ("Bea Cukai"): one body, published by its full name, the story's words its literal (ent21). The name is one
# capitalised word, or two joined by "dan", or a word and one of the second words directorates' names take
_DITJEN_SECOND = ("Darat", "Laut", "Udara", "Marga", "Karya", "Cukai")
_DITJEN_AT = re.compile(
    rf"(?<![\w-])Ditjen ([A-Z][a-z]+(?: dan [A-Z][a-z]+| (?:{'|'.join(_DITJEN_SECOND)}))?)(?![\w-])"
    r"|(?<![\w-])(Bea (?:dan )?Cukai)(?![\w-])"
)
_CUSTOMS = "Direktorat Jenderal Bea dan Cukai"
# A ministry's unit, then the ministry's short name: "BAKTI Kominfo", "Balitbangkes Kemenkes", "Itjen Kemenag"
_UNITS = ("BAKTI", "Balitbang", "Balitbangkes", "BPSDM", "BPSDMP", "Itjen", "Setjen", "Puslitbang", "Pusdatin")
_UNIT_AT = re.compile(
    rf"(?<![\w-])((?:{'|'.join(_UNITS)}) (?:Kemen[A-Za-z]+|Kemnaker|Kemlu|Kominfo|Komdigi|KKP|KLHK))(?![\w-])"
)
_UNIT_GATE = Gate(tuple(f"{u} " for u in _UNITS))


def find_directorates(text: str, seated: Collection[str], common: Collection[str]) -> list[tuple[str, str]]:
    """(full name, literal) of each directorate-general the text names by "Ditjen X" or as "Bea Cukai", in text
    order, each once. "Bea Cukai" that opens a regional office of ``seated`` ("Bea Cukai Bogor") is that office's,
    not the directorate's. The head is written out only before everyday words (``common``: "Ditjen Pajak" ->
    "Direktorat Jenderal Pajak"); a syllable short form stays as written ("Ditjen Dukcapil": half a long form is
    no name)."""
    found: dict[str, str] = {}
    for m in _DITJEN_AT.finditer(text):
        if m.group(1):
            name = m.group(1).replace("Bea Cukai", "Bea dan Cukai")
            spelt = name == "Bea dan Cukai" or all(w.lower() in common for w in name.split(" ") if w != "dan")
            found.setdefault(f"Direktorat Jenderal {name}" if spelt else m.group(), m.group())
        elif not any(text.startswith(s, m.start()) for s in seated):
            found.setdefault(_CUSTOMS, m.group())
    return list(found.items())


def ministry_units(text: str) -> list[str]:
    """A ministry's units named with the ministry's short name ("BAKTI Kominfo", "Itjen Kemenag"): one body, not
    the unit's acronym alone beside a second body (the short name is no ministry of its own there)."""
    if not _UNIT_GATE(text):
        return []
    return list(dict.fromkeys(m.group(1) for m in _UNIT_AT.finditer(text)))


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


# "Direktorat Jenderal (Ditjen) Imigrasi": a two-word head, its short form in brackets, then the body's own words.
# The brackets cut the run, so the body was kept as its head alone ("Direktorat Jenderal") (org17)
_HEAD_SHORT_THEN_NAME = re.compile(
    r"(?<![\w-])([A-Z][a-z]+ [A-Z][a-z]+) \(([A-Z][a-z]{3,7})\) ([A-Z][a-z]+(?: (?:dan )?[A-Z][a-z]+){0,3})(?![\w-])"
)


# the bodies' first words this applies to: not a minister's title ("Menteri Sosial (Mensos) Saifullah Yusuf": a
# person follows), nor "Pemerintah Kota (Pemkot) X" and "Kantor Wilayah (Kanwil) X", which the scan reads whole
_REJOIN_HEADS = (
    "Direktorat ",
    "Kementerian ",
    "Badan ",
    "Dinas ",
    "Satuan ",
    "Lembaga ",
    "Balai ",
    "Komisi ",
    "Dewan ",
    "Biro ",
    "Komando ",
    "Pusat ",
)


def _shortens(short: str, head: str) -> bool:
    """Is ``short`` a syllable short form of the two-word ``head`` ("Ditjen" of "Direktorat Jenderal", "Kanwil" of
    "Kantor Wilayah"): the first word's opening letters, then the last three letters of ``short`` inside the second
    word ("jen" in "jenderal")."""
    first, second = head.lower().split(" ")
    low = short.lower()
    k = 0
    while k < min(len(low), len(first)) and low[k] == first[k]:
        k += 1
    rest = low[k:]
    return k >= 2 and bool(rest) and rest[-3:] in second  # "Kemenko": "kemen" + "ko" of "koordinator"


def heads_rejoined(text: str) -> str:
    """``text`` with a body named "<head> (<head's short form>) <name>" written "<head> <name> (<short form>
    <name>)": one run, the literal the story's short form ("Direktorat Jenderal (Ditjen) Imigrasi" ->
    "Direktorat Jenderal Imigrasi (Ditjen Imigrasi)")."""

    def join(m: re.Match[str]) -> str:
        head, short, name = m.group(1), m.group(2), m.group(3)
        if not head.startswith(_REJOIN_HEADS) or not _shortens(short, head):
            return m.group(0)
        return f"{head} {name} ({short} {name})"

    return _HEAD_SHORT_THEN_NAME.sub(join, text) if ") " in text else text


# A ministry's or directorate's name with "dan" inside ("Direktorat Jenderal Bea dan Cukai", "Kementerian Imigrasi
# dan Pemasyarakatan"): the heads whose name may hold one
_DAN_HEADS = ("Kementerian ", "Direktorat Jenderal ", "Direktorat ", "Badan ", "Dinas ", "Kantor Wilayah ")


_JOINS = re.compile(r"[\w-]")  # a character that joins a name to its neighbour: no whole-name boundary there
_NEVER = re.compile(r"(?!)")  # no character: no boundary test on that side
_DAN_WORD = re.compile(r"([A-Z][a-z]+)(?![\w-])")  # the one capitalised word after "dan" that joins a body's name


def dan_tail(name: str, text: str, stops: Callable[[str], bool]) -> str | None:
    """The whole name of a body cut before its "dan" ("Direktorat Jenderal Bea" of "Direktorat Jenderal Bea dan
    Cukai Kementerian Keuangan" -> "Direktorat Jenderal Bea dan Cukai"), or None. Only one capitalised word after
    "dan" joins, and only one that ``stops`` does not mark as a name of its own (a body's head, a known body, a
    place): "Kementerian Keuangan dan Bank Indonesia" are two."""
    if not name.startswith(_DAN_HEADS) or " dan " in name:
        return None
    # the first "NAME dan Word" that stands alone (``(?<![\w-])NAME dan ([A-Z][a-z]+)(?![\w-])``), from the
    # literal's occurrences: no pattern compiled per name (issue 17)
    lead = f"{name} dan "
    m = next(
        (
            m
            for i in alone.every(text, lead)
            if not (i and _JOINS.match(text, i - 1)) and (m := _DAN_WORD.match(text, i + len(lead)))
        ),
        None,
    )
    if m is None or stops(m.group(1)):
        return None
    return f"{name} dan {m.group(1)}"


# First words of what Indonesian copy names with capitals and an acronym but is no body: an instrument, a licence,
# a price, a tax, a card, a credit or a government programme ("Kontrak Investasi Kolektif (KIK)", "Harga Acuan
# Penjualan (HAP)", "Surat Izin Mengemudi (SIM)", "Program Keluarga Harapan (PKH)") (org17)
_INSTRUMENT_OPENERS = frozenset(
    {"Kontrak", "Harga", "Surat", "Indeks", "Pajak", "Tarif", "Biaya", "Bea", "Kartu", "Izin", "Sertifikat"}
    | {"Kredit", "Subsidi", "Bantuan", "Program", "Anggaran", "Produk", "Nilai", "Suku"}
    | {"LPG", "BBM"}  # a fuel's brand: "LPG Bright Gas" (org18)
    # a legal instrument named by its issuer's post: "(Surat) Keputusan Menteri Agama", "Peraturan Presiden" (ent18)
    | {"Keputusan", "Peraturan", "Instruksi", "Undang-Undang", "Ketetapan", "Putusan", "Rancangan", "Edaran"}
)
# a programme that is an agency: "Program Pangan Dunia" (WFP), "Program Pembangunan PBB" (UNDP)
_AGENCY_WORDS = frozenset({"Dunia", "PBB", "Bangsa-Bangsa", "Internasional"})


def is_instrument(name: str) -> bool:
    """Is ``name`` an instrument or programme by its first word, not a body ("Kontrak Investasi Kolektif")?"""
    words = name.split(" ")
    if words[0] == "Bea" and "Cukai" in words[1:3]:
        return False  # "Bea Cukai Bogor", "Bea dan Cukai": the customs, a body (ent21)
    return len(words) > 1 and words[0] in _INSTRUMENT_OPENERS and _AGENCY_WORDS.isdisjoint(words)


# Words before a name that make it a programme or a product, not a body: "program Makan Bergizi Gratis (MBG)",
# "isi ulang Bright Gas 5,5 Kg" (a size after it) (org18)
_PROGRAMME_BEFORE = re.compile(r"(?:[Pp]rogram|[Pp]rogramme|[Ss]kema|[Gg]erakan|[Pp]roduk|[Mm]erek) $")
_SIZE_AFTER = re.compile(r" \d+(?:[.,]\d+)? ?(?:[Kk]g|KG|kilogram|liter|[Ll]iter|ml|gram)\b")
# a body's head word: "program Kementerian Sosial" is the ministry's programme, the ministry a body all the same
_BODY_HEADS = frozenset(
    {"Kementerian", "Badan", "Dinas", "Direktorat", "Komisi", "Lembaga", "Bank", "PT", "Pemerintah", "Dewan"}
    | {"Majelis", "Mahkamah", "Kantor", "Otoritas", "Balai", "Pusat", "Perum", "Yayasan", "Universitas", "Partai"}
    | {"Koperasi"}  # "program Koperasi Desa Merah Putih": the cooperatives are bodies, whatever else it is
)


_PROGRAMME_CUES = ("rogram", "kema", "erakan", "roduk", "erek", "kg", "Kg", "KG", "liter", "Liter", "ml")
_PROGRAMME_GATE = Gate(_PROGRAMME_CUES)


def might_name_programmes(text: str) -> bool:
    """A few substring tests before ``programme_or_product``'s regexes: most stories hold no such cue."""
    return _PROGRAMME_GATE(text)


def programme_or_product(name: str, text: str) -> bool:
    """Is ``name`` a government programme or a product by the words around it ("program Makan Bergizi Gratis",
    "Bright Gas 5,5 Kg"), not a body? Any one such mention decides: a body is not called a programme. A name that
    opens with a body's head word or has an agency word ("Program Pangan Dunia") stays a body."""
    words = name.split(" ")
    if len(words) < 2 or words[0] in _BODY_HEADS or not _AGENCY_WORDS.isdisjoint(words):
        return False
    for start in alone.starts(text, name, _JOINS, _JOINS):  # ``(?<![\w-])NAME(?![\w-])``, no pattern per name
        if _PROGRAMME_BEFORE.search(text, max(0, start - 12), start) or _SIZE_AFTER.match(text, start + len(name)):
            return True
    return False


Org = orgs_fold.Org

# "Kementerian Usaha, Mikro, Kecil, dan Menengah (UMKM)": a body's name through a list of capitalised words, then
# its acronym in brackets
_LISTED_BODY = re.compile(
    r"(?<![\w-])((?:Kementerian|Badan|Dinas|Direktorat|Komisi|Lembaga) )"
    r"((?:[A-Z][a-z]+,? ){1,6}(?:dan )?[A-Z][a-z]+) \(([A-Z]{2,8})\)"
)
# the acronym in brackets right after a name: "(BRAC)"
_ACRONYM_NEXT = re.compile(r" \(([A-Z]{2,8})\)")


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.split(r"[ ,]+", words) if w and w[0].isupper())


def _runs_on(name: str, head: str, text: str) -> bool:
    """Does a body's name run on over "dan" into its object ("Bursa Mineral dan Komoditas Strategis" beside the
    headline's "Bursa Mineral")? Not a ministry's or agency's name, which lists portfolios ("Kementerian Komunikasi
    dan Digital"), nor one whose bracketed acronym spells the whole ("Kesatuan Penjagaan Laut dan Pantai (KPLP)");
    the head must stand alone somewhere in the story."""
    if name.startswith(_DAN_HEADS):
        return False
    at = text.find(f"{name} (")
    if at >= 0 and (m := _ACRONYM_NEXT.match(text, at + len(name))) and m.group(1).startswith(_initials(head)):
        return False
    return any(not text.startswith(" dan ", i + len(head)) for i in alone.starts(text, head, _NEVER, _JOINS))


def cut_bodies(orgs: list[Org], text: str) -> list[Org]:
    """One body, one value in Indonesian copy (org18):

    * "Kementerian Komunikasi" beside "Kementerian Komunikasi dan Digital": a ministry's name runs through
      "dan", so its head before "dan" is a cut (a summary clipped with "...");
    * "Kementerian Usaha, Mikro, Kecil, dan Menengah (UMKM)": the name runs through commas; its cuts
      ("Kementerian Usaha", "Usaha, Mikro, Kecil, dan Menengah") go where the story names the body
      ("Kementerian UMKM");
    * "Kementerian Sosial dan Bangladesh Rural Advancement Committee (BRAC)": two bodies joined at "dan", the
      bracket spelling the second; beside the first it is the second alone, its acronym the literal."""
    if len(orgs) < 2:
        return orgs
    names = {o["name"] for o in orgs}
    drop: set[str] = set()
    rename: dict[str, Org] = {}
    for name in names:
        head, sep, tail = name.partition(" dan ")
        if sep and head in names and f"{name} (" in text:
            m = _ACRONYM_NEXT.match(text, text.find(f"{name} (") + len(name))
            if m and _initials(tail) == m.group(1) != _initials(name):
                rename[name] = {"name": tail, "literal": m.group(1)}
    for name in names:
        head = name.partition(" dan ")[0]
        if head != name and head in names and name not in rename and _runs_on(name, head, text):
            drop.add(name)  # "mengawasi Bursa Mineral dan Komoditas Strategis": the exchange, then what it watches
    for name in names:
        if (
            name.startswith(_DAN_HEADS)
            and " dan " not in name
            and any(n.startswith(f"{name} dan ") and n not in rename for n in names)
        ):
            drop.add(name)
    if ", " in text and "(" in text:
        for m in _LISTED_BODY.finditer(text):
            head, body, acronym = m.groups()
            if _initials(body) != acronym or "," not in body:
                continue
            whole = f"{head}{body}"
            kept = next((n for n in (f"{head}{acronym}", whole) if n in names), None)
            if kept is None:
                continue
            for name in names:
                if name != kept and (name in whole or name.replace(",", "") in whole.replace(",", "")):
                    drop.add(name)
    return orgs_fold.rebuilt(orgs, drop, rename) if drop or rename else orgs
