"""Organisations in Finnish copy (STT), by cues that give a body's base form without guessing one.

Why a module of its own: Finnish inflects names ("Ylen", "Vastaamolle", "Puolustusvoimissa", "STT:lle"),
so the English run finder (``entities``) reads an inflected run as a name; until session 11 Finnish stories
got no organisations at all. Precision first: a name is published only in a form the cue makes certain:

* an acronym with a colon case ending ("STT:lle", "KRP:n"): the ending is written after the colon;
* a capitalised compound whose last part is a body noun ("Syyttäjälaitos", "Puolustusvoimien",
  "Keskusrikospoliisi"): the head's own inflection table gives the base form;
* a genitive and such a head ("Länsi-Uudenmaan käräjäoikeudessa" -> "Länsi-Uudenmaan käräjäoikeus",
  "Yhdysvaltain kongressin" -> "Yhdysvaltain kongressi"): the genitive does not inflect;
* a trade noun before a name ("terveysteknologiayhtiö Revenio Groupin", "Psykoterapiakeskus Vastaamon"):
  the name in a form the text also writes uninflected ("Vastaamo sai"), or a foreign name's "-in" genitive;
* a short list of well-known Finnish bodies and firms (``org_names.json`` "fi_bodies") in any case form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

# Finnish case endings after a stem (singular and plural), longest first: what may follow a base form
_ENDINGS = tuple(
    sorted(
        [
            "n",
            "a",
            "ä",
            "ta",
            "tä",
            "ssa",
            "ssä",
            "sta",
            "stä",
            "lla",
            "llä",
            "lta",
            "ltä",
            "lle",
            "ksi",
            "na",
            "nä",
            "han",
            "hen",
            "hin",
            "hön",
            "hun",
            "hyn",
            "an",
            "en",
            "in",
            "on",
            "un",
            "yn",
            "än",
            "ön",
            "seen",
            "siin",
            "t",
            "jen",
            "den",
            "tten",
            "ineen",
            "ien",
            "issa",
            "issä",
            "ista",
            "istä",
            "illa",
            "illä",
            "ilta",
            "iltä",
            "ille",
            "iksi",
            "ina",
            "inä",
            "iin",
            "ja",
            "jä",
            "kin",
            "kaan",
            "kään",
        ],
        key=len,
        reverse=True,
    )
)
_ENDING_SET = frozenset(_ENDINGS) | {""}

# Body nouns as the last part of a compound or after a genitive: base form -> (the stems its cases are built on,
# whether the head names a body after a genitive by itself: "Helsingin yliopisto", "Euroopan komissio"; otherwise
# only as a compound's last part: "käräjäoikeus", not "Mäkelän oikeus", Mäkelä's right)
_HEADS: dict[str, tuple[tuple[str, ...], bool]] = {
    "oikeus": (("oikeus", "oikeude", "oikeute"), False),
    "laitos": (("laitos", "laitoks"), True),
    "virasto": (("virasto",), False),
    "ministeriö": (("ministeriö",), False),
    "poliisi": (("poliisi",), False),
    "voimat": (("voimat", "voimi", "voimie"), False),
    "esikunta": (("esikunta", "esikunna"), False),
    "yliopisto": (("yliopisto",), True),
    "korkeakoulu": (("korkeakoulu",), True),
    "tuomioistuin": (("tuomioistuin", "tuomioistuime"), True),
    "kongressi": (("kongressi",), True),
    "parlamentti": (("parlamentti", "parlamenti"), True),
    "komissio": (("komissio",), True),
    "unioni": (("unioni",), True),
    "senaatti": (("senaatti", "senaati"), True),
    "keskuspankki": (("keskuspankki", "keskuspanki"), True),
    # orgx16: state bodies and services named by a compound ("Valtiokonttorista", "Rikosuhripäivystyksen",
    # "Tilastokeskus", "Kuluttajariitalautakunta"); only as a compound's last part: "Courbevoien kunnassa" is a
    # town, "kaupungin keskuksessa" its centre
    "konttori": (("konttori",), False),
    "päivystys": (("päivystys", "päivystykse"), False),
    "keskus": (("keskus", "keskukse"), False),
    "neuvottelukunta": (("neuvottelukunta", "neuvottelukunna"), False),
    "lautakunta": (("lautakunta", "lautakunna"), False),
    "toimikunta": (("toimikunta", "toimikunna"), False),
}
# Heads whose capitalised compounds are proper names even first in a sentence ("Ulkoministeriö kertoi"); other
# compounds there may be common nouns ("Ihmisoikeus", "Liikennepoliisi") and count only when the text also
# writes them capitalised inside a sentence
_PROPER_HEADS = frozenset({"ministeriö", "virasto", "voimat", "esikunta", "tuomioistuin"})
# Genitives that are pronouns and determiners, first in a sentence ("Tämän laitoksen"): no body's name
_NOT_GENITIVES = frozenset(
    [
        "tämän",
        "sen",
        "hänen",
        "heidän",
        "niiden",
        "näiden",
        "noiden",
        "minkä",
        "jonka",
        "joiden",
        "kenen",
        "oman",
        "toisen",
        "jokaisen",
        "erään",
        "saman",
        "uuden",
        "vanhan",
        "koko",
        "maan",
        "valtion",
        "kaupungin",
        "kunnan",
        "alueen",
    ]
)
# Trade nouns (compound ends) before a name: "terveysteknologiayhtiö Revenio", "Psykoterapiakeskus Vastaamon"
_TRADES = ("yhtiö", "konserni", "yritys", "keskus", "järjestö", "pankki", "operaattori", "ketju", "lehti", "puolue")
# orgx16: the stems the trade nouns' cases are built on ("konserniyhtiön Icare Finlandin", "sijoituskohteen
# Granon": an investment target is a firm), and the compounds a foreign name is hyphened to ("American Airlines
# -lentoyhtiöön", "CenterVue-yritysoston": the name before the hyphen stays in its base form)
_TRADE_STEMS = (
    *_TRADES,
    "yritykse",
    "keskukse",
    "panki",
    "lehde",
    "sijoituskohde",
    "sijoituskohtee",
)
_HYPHEN_TRADES = (*_TRADE_STEMS, "yritysosto", "yritysoston", "yrityskauppa", "yrityskaupa")
# a capitalised run (a foreign name may have internal capitals: "CenterVue") hyphened to a trade compound
_HYPHENED = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\w&'’.]*(?: [A-ZÅÄÖ][\w&'’.]*){0,3})(?: -|-)([a-zäö]{4,})(?![\w-])")
# a Finnish firm by its legal form ("Sanoma Oyj", "Posti Group Oyj:n"): the name with the form, as registered
_LEGAL_FI = re.compile(r"(?<![\w-])((?:[A-ZÅÄÖ][\w&'’-]* ){1,3})(Oyj|Oy|Abp|Ab)(?::[a-zäö]{1,5})?(?![\w-])")
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü][\wÅÄÖåäö'’-]*")
_ACRONYM = re.compile(r"(?<![\w:.])([A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,6}):([a-zäö]{1,6})\b")
_CAP_RUN = re.compile(r"[A-ZÅÄÖ][\wÅÄÖåäö'’&-]*(?: [A-ZÅÄÖ][\wÅÄÖåäö'’&-]*){0,2}")
_VOWELS = frozenset("aeiouyäö")
# a newspaper named by a place's genitive and "Sanomat" ("Helsingin Sanomat", "Turun Sanomien"): the masthead noun
# is capitalised and plural, so neither the head table nor the trade words see it; the base form is "X Sanomat"
_MASTHEAD = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]{2,}n) Sanom(?:at|ien|issa|ista|ille|ilta|iin|ia|ina|iksi)(?![\w-])"
)
# Bodies Finnish writes in lower case in running text ("eduskunta hyväksyi", "kokoomuksen ryhmä"), whose lower
# case forms are no everyday word
_LOWER_BODIES = ("Eduskunta", "Kokoomus", "Perussuomalaiset", "Vasemmistoliitto", "Kristillisdemokraatit")


class PlaceLookup(Protocol):
    """What the places resource offers this module."""

    def is_place(self, name: str, language: str | None = None) -> bool: ...


def _head_suffixes() -> dict[str, tuple[int, str]]:
    """Every case form of every head stem -> (its rank in the order heads, stems and endings are tried, head)."""
    out: dict[str, tuple[int, str]] = {}
    rank = 0
    for head, (stems, _) in _HEADS.items():
        for stem in stems:
            for ending in _ENDINGS if stem != head else ("", *_ENDINGS):
                out.setdefault(stem + ending, (rank, head))
                rank += 1
    return out


# Why a table: trying each head's stems and endings in turn is ~1,600 ``endswith`` calls a word, ~0.5 ms; a
# Finnish story has hundreds of capitalised words (an STT archive item spent ~65 ms here). Looking up each of
# the word's last 5-17 letters gives the same first match in order (the lowest rank among the suffixes it ends with).
_HEAD_SUFFIXES = _head_suffixes()
_SUFFIX_LENGTHS = tuple(sorted({len(s) for s in _HEAD_SUFFIXES}))


def _base_of_head(word: str) -> tuple[str, str] | None:
    """``(prefix, head)`` when ``word`` is a case form of a body head ("käräjäoikeudessa"), else None."""
    low = word.lower()
    best: tuple[int, str] | None = None
    size = 0
    for length in _SUFFIX_LENGTHS:
        if length > len(low):
            break
        hit = _HEAD_SUFFIXES.get(low[-length:])
        if hit is not None and (best is None or hit[0] < best[0]):
            best, size = hit, length
    return None if best is None else (word[: len(word) - size], best[1])


def _compound_body(word: str) -> tuple[str, str] | None:
    """``(base form, head)`` of a capitalised compound body ("Puolustusvoimissa" -> "Puolustusvoimat"), or None."""
    found = _base_of_head(word)
    if found is None or len(found[0].rstrip("-")) < 3:
        return None
    return found[0] + found[1], found[1]


def _genitive_body(gen: str, word: str) -> str | None:
    """ "Länsi-Uudenmaan" + "käräjäoikeudessa" -> "Länsi-Uudenmaan käräjäoikeus"; None unless ``word`` is a head."""
    if len(gen) < 4 or not gen.endswith("n") or gen.lower() in _NOT_GENITIVES or not word[:1].islower():
        return None
    found = _base_of_head(word)
    if found is None:
        return None
    prefix, head = found
    if not prefix and not _HEADS[head][1]:
        return None
    return f"{gen} {prefix}{head}"


# Consonant gradation in a stem's last syllable ("Eduskunta" -> "Eduskunnan", "Vasemmistoliitto" ->
# "Vasemmistoliiton"): strong -> weak grade
_GRADES = (("nt", "nn"), ("nk", "ng"), ("mp", "mm"), ("lt", "ll"), ("rt", "rr"), ("tt", "t"), ("kk", "k"), ("pp", "p"))


def _stems(name: str) -> tuple[str, ...]:
    """The stems a name's case endings attach to: itself, its weak grade, an "-s" noun's "-kse" stem."""
    out = [name]
    if name.endswith("s"):
        out.append(name[:-1] + "kse")  # "Kokoomus" -> "Kokoomuksen"
    elif name[-1:].lower() in _VOWELS:
        for strong, weak in _GRADES:
            if name[:-1].endswith(strong):
                out.append(name[: -1 - len(strong)] + weak + name[-1])
                break
    return tuple(out)


def _known_forms(names: Iterable[str]) -> dict[str, str]:
    """Every case form of a known name ("Ylen", "Kokoomuksen", "Eduskunnassa") -> the name."""
    out: dict[str, str] = {}
    for name in names:
        for stem in _stems(name):
            for ending in ("", *_ENDINGS) if stem == name else _ENDINGS:
                out.setdefault(stem + ending, name)
    return out


@lru_cache(maxsize=8)
def _forms_of(names: frozenset[str]) -> dict[str, str]:
    """:func:`_known_forms` of a fixed set (the resources' bodies, ``_LOWER_BODIES``), built once: ~1 ms a
    Finnish story before. Callers must not change the dict."""
    return _known_forms(names)


def _two_forms(base: str, text: str) -> bool:
    """Does the text write ``base`` both uninflected and with a case ending ("Vastaamo sai", "Vastaamon")?"""
    bare = inflected = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(base)}([a-zäö]*)", text):
        tail = m.group(1)
        bare = bare or not tail
        inflected = inflected or (tail in _ENDING_SET and bool(tail))
    return bare and inflected


def _is_trade(word: str) -> bool:
    """Is ``word`` a case form of a trade noun or a compound ending in one ("konserniyhtiön", "pankissa")?"""
    low = word.lower()
    return any(
        low.endswith(ending) and low[: len(low) - len(ending)].endswith(_TRADE_STEMS) for ending in ("", *_ENDINGS)
    )


def _plain_genitive(word: str) -> str | None:
    """The base form of a genitive in "-n" whose stem cannot have changed ("Granon" -> "Grano", "Panostajan"):
    a stem ending in a back or front vowel other than e/i (those are "-nen", "-i" and "-s" names: "Virtasen",
    "Helsingin") after one consonant no weak grade is made of (not "Suunnon", which may be "Suunto")."""
    if not word.endswith("n") or len(word) < 5:
        return None
    stem = word[:-1]
    last, cons, before = stem[-1], stem[-2].lower(), stem[-3].lower()
    if last not in "aouyäö" or cons in _VOWELS or cons in "tkpdvg" or (cons == before and cons in "nmlr"):
        return None
    return stem


def _uninflected(name: str, text: str, genitive: bool = False) -> str | None:
    """The base form of a name after a trade noun: one the text also writes uninflected and inflected
    ("Vastaamo sai", "Vastaamon"), or a foreign name's "-in" genitive ("Revenio Groupin" -> "Revenio Group")."""
    words = name.split(" ")
    last = words[-1]
    if _two_forms(name, text):
        return name
    for ending in _ENDINGS:
        if not last.endswith(ending) or len(last) - len(ending) < 3:
            continue
        stem = last[: len(last) - len(ending)]
        base = " ".join([*words[:-1], stem])
        if ending[0] == "i" and stem[-1].lower() not in _VOWELS and stem[-1].lower() not in "nslrt":
            return base  # "Groupin", "Facebookin": a consonant no Finnish base form ends in
        if _two_forms(base, text):
            return base
    # after a trade noun in the genitive the name is one too ("sijoituskohteen Granon"); after "yhtiö" it is
    # not ("yhtiö Stockmann")
    return _plain_genitive(last) if genitive and len(words) == 1 else None


@lru_cache(maxsize=1)
def _lower_forms() -> dict[str, str]:
    """Every lower-case form of the bodies written in lower case in running text -> the body (built once)."""
    return {form.lower(): name for form, name in _known_forms(_LOWER_BODIES).items()}


def _sentence_initial(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" ")
    return not before or before[-1] in '.!?:\n–-"”'


def find(
    text: str, known: Iterable[str], lookup: PlaceLookup | None, not_orgs: frozenset[str], people: Iterable[str]
) -> list[str]:
    """Organisations a Finnish text names, each once, in base form (order of first mention)."""
    persons = {p.lower() for p in people}
    found: dict[str, int] = {}

    def add(name: str, at: int) -> None:
        if name.lower() in persons or (lookup is not None and lookup.is_place(name, "fi")):
            return
        found.setdefault(name, at)

    for m in _ACRONYM.finditer(text):
        if m.group(1) not in not_orgs and m.group(2) in _ENDING_SET:
            add(m.group(1), m.start())
    for m in _MASTHEAD.finditer(text):
        if m.group(1).lower() not in _NOT_GENITIVES:
            add(f"{m.group(1)} Sanomat", m.start())
    forms = _forms_of(known) if isinstance(known, frozenset) else _known_forms(known)
    lower = _lower_forms()
    words = list(_WORD.finditer(text))
    compounds: dict[str, list[tuple[int, bool]]] = {}
    for i, m in enumerate(words):
        word = m.group(0)
        nxt = words[i + 1] if i + 1 < len(words) and text[m.end() : words[i + 1].start()] == " " else None
        name = forms.get(word) or lower.get(word)
        if name is not None:
            add(name, m.start())
            continue
        if word[:1].isupper():
            body = _compound_body(word)
            if body is not None and (nxt is None or not nxt.group(0)[:1].isupper()):
                compounds.setdefault(body[0], []).append((m.start(), _sentence_initial(text, m.start())))
            gen = _genitive_body(word, nxt.group(0)) if nxt is not None else None
            if gen is not None and gen.split(" ")[0] not in not_orgs:
                add(gen, m.start())
        if nxt is not None and nxt.group(0)[:1].isupper() and _is_trade(word):
            run = _CAP_RUN.match(text, nxt.start())
            base = _uninflected(run.group(0), text, word.endswith("n")) if run is not None else None
            if base is not None and base.split(" ")[0] not in not_orgs:
                add(base, nxt.start())
    for hit in _HYPHENED.finditer(text):
        tail = hit.group(2)
        name_ = hit.group(1)
        if not any(tail.endswith(e) and tail[: len(tail) - len(e)].endswith(_HYPHEN_TRADES) for e in ("", *_ENDINGS)):
            continue
        if " " in name_ and _sentence_initial(text, hit.start()):
            continue  # "Tuomittu American Airlines -jutussa": the first word may be the sentence's own
        if name_.split(" ")[0] not in not_orgs and name_.lower() not in ("yhtiö", "yritys"):
            add(name_, hit.start())
    for hit in _LEGAL_FI.finditer(text):
        words_ = hit.group(1).split()
        if not (_sentence_initial(text, hit.start()) and len(words_) > 1):  # "Myös Sanoma Oyj": not sure
            add(" ".join([*words_, hit.group(2)]), hit.start())
    for name, seen in compounds.items():
        head = _base_of_head(name)
        if any(not initial for _, initial in seen) or (head is not None and head[1] in _PROPER_HEADS):
            add(name, seen[0][0])
    return sorted(found, key=found.__getitem__)
