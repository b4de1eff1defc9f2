"""Datelines at the head of agency copy: ``Beijing (ANTARA) - ``, ``SANTIAGO, March 4 (Reuters) - ``,
``BUENOS AIRES, Argentina (AP) _ ``, ``TEMPO.CO, Jakarta -`` ... → ``located``, ``dateline`` and the
agency in ``info_sources``; the dateline is cut from the paragraph.

As Superdesk's dpa/AP rules do, only the first paragraphs are scanned, the place must start the
paragraph and its length is capped, so a parenthesised agency further in the text never matches.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from streams.core.copy.agencies import DISTRIBUTOR, ORIGINATOR, credit_agency, lookup
from streams.core.model import ParsedItem

SCAN_PARAGRAPHS = 3
MAX_CITY_CHARS = 40
MAX_CITY_WORDS = 5

# "<place>[,] (<AGENCY>) <sep> <lede>"; place may carry a region/country and a date after commas
_TAGGED = re.compile(r"(?P<place>[^()\n]{0,70})\((?P<tag>[^()\n]{1,31})\)\s*(?P<sep>--|\.?[-–—_])\s*(?=\S)")
_TAG = re.compile(r"[A-Za-z][A-Za-z0-9 .&/-]{0,30}")
# "<SITE.TLD>, <City> <sep> <lede>" (Indonesian news sites)
_SITE = re.compile(
    r"^(?P<tag>[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z]{2,3}){1,2})\s*,\s*(?P<place>[^,()\n]{2,40}?)\s*(?P<sep>--|[-–—])\s*(?=\S)"
)
# "SEOUL, Nov 26 AFP - ", "SYDNEY March 22 AAP -": an upper-case city, a date, an untagged agency
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "NEW YORK, March 4 - " (Reuters' own text), "COLUMBUS, Ohio, MARCH 6 - ", "LONDON, March 3" alone: an
# upper-case city (a region may follow), a comma, a date, no agency; a paragraph that is only the dateline
# needs no dash
_UNTAGGED = re.compile(
    rf"(?P<place>[A-Z][A-Z .'-]{{1,38}}?(?:,\s+[A-Z][A-Za-z.']*(?: [A-Z][A-Za-z.']*){{0,2}})?)(?P<comma>,)?\s+"
    rf"(?i:{_MONTH})\s+\d{{1,2}}"
    rf"(?:,?\s+(?P<tag>[A-Za-z][A-Za-z-]{{1,15}}))?(?:\s*(?P<sep>--|[-–—])\s*(?=\S|$)|\s*$)"
)
# an untagged dateline with no agency is only read with an upper-case city of at most this many words:
# a longer run is an upper-case title glued to it ("GM SEES LOSS DETROIT, March 3 - ", see ``lead``)
MAX_UNTAGGED_CITY_WORDS = 3
# Ritzau: "København /ritzau/: "
_SLASHED = re.compile(r"(?P<place>[^/()\n]{2,40}?)\s*/(?P<tag>[A-Za-z][A-Za-z-]{1,15})/\s*(?P<sep>:|--|[-–—])\s*(?=\S)")
# "ANTARA - Memasuki …": an agency alone before the separator (RSS summaries)
_BARE = re.compile(r"(?P<tag>[A-Z][A-Za-z0-9.]{1,24})\s*(?P<sep>--|[-–—])\s*(?=\S)")
# invisible marks a scrape leaves after the separator ("ANTARA - \u200eMemasuki")
_INVISIBLE = "\u200e\u200f\u200b\ufeff\u2060"
# a dateline that is only a date ("Jan. 12 (BusinessDesk) -"): no city, still a dateline
_DATE_ONLY = re.compile(rf"{_MONTH}\s+\d{{1,2}}")
# the agency at the end of a structured dateline field ("SYDNEY March 22 AAP -", "Berlin (dpa)")
_FIELD_AGENCY = re.compile(r"(?:\((?P<tag>[^()]{1,31})\)|(?P<word>[A-Za-z][A-Za-z-]{1,15}))\s*(?:--|[-–—_:.])?\s*$")
_CAPS_TAG = re.compile(r"[A-Z][A-Z0-9]{1,9}")
_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "der",
        "di",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "es",
        "el",
        "la",
        "le",
        "les",
        "al",
        "am",
        "an",
        "im",
        "of",
        "on",
        "upon",
        "sur",
        "en",
        "y",
    }
)
_HAS_DIGIT = re.compile(r"\d")


class Dateline(NamedTuple):
    text: str  # the dateline as written, e.g. "Beijing (ANTARA) -"
    city: str | None  # natural case, e.g. "Kuala Lumpur"
    agencies: list[str]  # agency tokens as written, e.g. ["tca", "dpa"]
    end: int  # where the lede starts in the paragraph


def natural_case(city: str) -> str:
    """ "KUALA LUMPUR" → "Kuala Lumpur"; mixed-case names are kept as written."""
    if not city.isupper():
        return city
    words = []
    for i, word in enumerate(city.lower().split()):
        if i and word in _PARTICLES:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


def _city(place: str) -> str | bool | None:
    """The city of a dateline place ("SANTIAGO, March 4" → "SANTIAGO"); None if there is none,
    False if ``place`` does not look like a place at all."""
    place = place.strip().rstrip(",").rstrip()
    if not place:
        return None
    city = place.split(",", 1)[0].strip()
    if _DATE_ONLY.fullmatch(city):
        return None
    words = city.split()
    if (
        not city
        or len(city) > MAX_CITY_CHARS
        or len(words) > MAX_CITY_WORDS
        or not city[0].isupper()
        or _HAS_DIGIT.search(city)
    ):
        return False
    if any(not (w[0].isupper() or w in _PARTICLES) for w in words):
        return False
    return city


def _dateline_place(place: str, city: str | bool | None) -> bool:
    """Beside a tag the agency table does not know ("(GLD)", "(ESCC)"), only a place written as a dateline
    is one: a city in capitals ("MANILA (PNA) -") or a dated place ("Harare, July 19 (XYZ) -"). A mixed-case
    name before a bracketed word is a firm and its ticker in a listing ("Gould Inc (GLD) - Offering of …")."""
    return (isinstance(city, str) and city.isupper()) or bool(_DATE_ONLY.search(place))


def _agency_tokens(tag: str) -> list[str] | None:
    """Agency tokens of a dateline tag ("tca/dpa"), or None when the tag is not an agency credit."""
    if not _TAG.fullmatch(tag):
        return [tag] if lookup(tag) else None  # a known agency in its own script: "(美國商業資訊)"
    tokens = [t.strip() for t in tag.split("/")]
    known = [t for t in tokens if lookup(t)]
    if known:
        if all(t in known or (len(t) <= 6 and t.isalpha()) for t in tokens):
            return tokens
        return None
    if len(tokens) == 1 and _CAPS_TAG.fullmatch(tokens[0]):
        return tokens
    return None


def parse(paragraph: str, own: frozenset[str] = frozenset()) -> Dateline | None:
    """The dateline at the start of ``paragraph``, if there is one. ``own``: the casefolded names of the
    outlet that sent the item, whose own name in a dateline tag ("Harare, July 19 (The SDNewTester) -") is
    as good as an agency's when a city in capitals or a city and a date precede it (the outlet is credited
    already)."""
    match = _TAGGED.match(paragraph) if "(" in paragraph[:72] else None
    if match:
        tokens = _agency_tokens(match.group("tag"))
        city = _city(match.group("place"))
        if (
            tokens is None
            and isinstance(city, str)
            and (city.isupper() or _DATE_ONLY.search(match.group("place")))  # "Harare, July 19", "HARARE"
            and " ".join(match.group("tag").split()).casefold() in own
        ):
            tokens = []
        if tokens is None or city is False:
            return None
        if not any(map(lookup, tokens)) and not _dateline_place(match.group("place"), city):
            # "Gould Inc (GLD) - Offering of …" is a firm and its ticker; a tag alone must name an agency:
            # "(CORRECTED) - BANPONCE …" is a title
            return None
    elif (untagged := _UNTAGGED.match(paragraph) if paragraph[:2].isupper() else None) is not None:
        match = untagged
        city = _city(match.group("place"))
        tag = match.group("tag")
        if not isinstance(city, str) or (tag and not lookup(tag)):
            return None
        comma = match.group("comma") or "," in match.group("place")  # "RICHMOND, Va. Feb 26 -" has one
        if not tag and (not comma or not city.isupper() or len(city.split()) > MAX_UNTAGGED_CITY_WORDS):
            return None
        tokens = [tag] if tag else []
    elif (slashed := _SLASHED.match(paragraph) if "/" in paragraph[:60] else None) is not None:
        match = slashed
        city = _city(match.group("place"))
        if not city or not lookup(match.group("tag")):
            return None
        tokens = [match.group("tag")]
    elif (bare := _BARE.match(paragraph) if paragraph[:1].isupper() else None) is not None and lookup(
        bare.group("tag")
    ):
        match = bare
        city = None
        tokens = [match.group("tag")]
    else:
        match = _SITE.match(paragraph) if "." in paragraph[:20] else None
        if not match or not lookup(match.group("tag")):
            return None
        city = _city(match.group("place"))
        if not city:
            return None
        tokens = [match.group("tag")]
    text = paragraph[: match.end()].strip()
    return Dateline(text, natural_case(city) if isinstance(city, str) else None, tokens, match.end())


def _credit(item: ParsedItem, tokens: list[str]) -> None:
    """Credit a dateline's agencies, the last (distributing) one first; a token the agency table does not
    know ("ANTARA/JACX": a desk or service code; "(PNX)" alone) is no agency. Of two or more known agencies
    the last only distributes the others' copy ("(tca/dpa)": Tribune Content Agency's story on the dpa
    wire): it is the ``distributor`` (ninjs 3.0 roles), and still the item's provider when none is set."""
    known = [token for token in tokens if lookup(token)]
    for token in reversed(tokens):
        if len(known) >= 2 and token == known[-1]:
            agency = lookup(token)
            if agency is not None and not item.provider:
                item.provider = agency.provider
            credit_agency(item, token, DISTRIBUTOR)
        elif lookup(token):  # only the shipped agency table makes a credit: "(GLD)" is a ticker
            credit_agency(item, token, ORIGINATOR)


def take(item: ParsedItem, paragraphs: list[str]) -> int | None:
    """Cut the dateline from the first paragraphs into ``item``; return its paragraph index (or None).

    A ``dateline`` set by a structured parser is kept (and a repeated one still stripped from the
    body); a bare ``located`` field gives way to the dateline the text opens with, and to the city
    of a structured dateline that names another place.
    """
    city = field_city(item.dateline, mixed_case=not item.located) if item.dateline else None
    if city and (not _same_place(city, item.located) or (item.located or "").isupper()):
        item.located = natural_case(city)  # "KNOXVILLE, Tenn." beside no or another place; "NEW YORK" → "New York"
    own = frozenset(" ".join(s["name"].split()).casefold() for s in item.info_sources if s.get("name"))
    for index, paragraph in enumerate(paragraphs[:SCAN_PARAGRAPHS]):
        found = parse(paragraph, own)
        if found is None:
            continue
        if not item.dateline and (not item.located or found.city):
            # the dateline the reader sees beats a bare location field (a Reuters G2 desk "Bangalore"
            # under "DAMASCUS (Reuters) -")
            item.dateline = found.text
            item.located = found.city or item.located
        _credit(item, found.agencies)
        paragraphs[index] = paragraph[found.end :].lstrip(_INVISIBLE).strip()
        if found.city is None and paragraphs[index]:  # "(ANSA) - Rome, October 11 - Lede"
            _take_place_after_tag(item, paragraphs, index)
        if not paragraphs[index]:
            del paragraphs[index]
        return index
    if item.dateline:
        field = _FIELD_AGENCY.search(item.dateline)
        tag = field and (field.group("tag") or field.group("word"))
        if tag and lookup(tag):
            credit_agency(item, tag, ORIGINATOR)
    if item.located:
        if item.located.isupper():
            item.located = natural_case(item.located)
        if paragraphs:
            head = paragraphs[0]
            if strip_repeated(item.located, paragraphs) and not item.dateline:
                item.dateline = _dated(head[: len(head) - len(paragraphs[0])])
    return None


def _dated(cut: str) -> str | None:
    """A dateline cut from the text when it writes a date (session 16: "(New York, NY - November 21)" is the
    item's dateline; kept so the dates enricher reads its day), else None (a place alone adds nothing)."""
    cut = cut.strip().strip("()").strip().rstrip("-–—_ ").strip()
    return cut if _DATE_ONLY.search(cut) else None


# the upper-case city that opens a structured dateline field: before a comma ("FORT WASHINGTON, Pa."), at
# its end ("NEW YORK"), before a date ("SYDNEY March 22 AAP -", "ROMA 01 LUG") or an agency tag
_FIELD_CITY = re.compile(
    rf"(?P<city>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){{0,3}})(?:,|\s*$|\s+(?={_MONTH}\s+\d|\d{{1,2}}\s+[A-Za-z]|\())"
)
# a dated or tagged rest of a mixed-case field ("Strasbourg, 10 juil 2024 (AFP)"): a date or an agency tag
_FIELD_REST = re.compile(r"\d|\(")


def field_city(field: str, mixed_case: bool = False) -> str | None:
    """The city a structured dateline field opens with ("SYDNEY March 22 AAP -" → "SYDNEY"); a mixed-case
    one ("Strasbourg, 10 juil 2024 (AFP)") only when ``mixed_case`` and a date or agency tag follows its
    comma. A date alone ("MARCH 04, 2013") names no city."""
    match = _FIELD_CITY.match(field)
    if match:
        city = match.group("city")
    elif mixed_case and "," in field:
        city, rest = field.split(",", 1)
        city = city.strip()
        if not _FIELD_REST.search(rest) or not city or city.isupper():
            return None
    else:
        return None
    found = _city(city)
    if not isinstance(found, str) or _DATE_ONLY.match(found) or _MONTH_WORD.fullmatch(found):
        return None
    return found


_MONTH_WORD = re.compile(_MONTH, re.IGNORECASE)


def _same_place(city: str, located: str | None) -> bool:
    """``located`` names the dateline's city (or is part of it: "Grosseto" in "GROSSETO, Italy")."""
    if not located:
        return False
    a, b = city.casefold(), located.casefold()
    return a in b or b in a


# a day before a month, as Italian, French, Spanish, German, Portuguese and Indonesian copy write it ("ROMA, 1 LUG",
# "Paris, 10 juil.", "Madrid, 3 jul", "Berlin, 4. März"): only after a tag-only dateline, where a date must follow
_MONTH_AFTER_DAY = (
    r"(?i:jan(?:v|vier|uary|uari|eiro)?|feb(?:br|braio|bruar|ruary|ruari)?|f[ée]vr?(?:ier)?|fev(?:ereiro)?"
    r"|m[aä]r(?:s|z|zo|ch|et|ço)?|apr(?:il|ile)?|avr(?:il)?|abr(?:il)?|ma[iy]|mag(?:gio)?|mei|mayo|maio"
    r"|ju[nl][iey]?[ot]?|juin|juil(?:let)?|giu(?:gno)?|lug(?:lio)?|aug(?:ust|ustus)?|ao[uû]t|ago(?:sto)?|agu(?:stus)?"
    r"|agt|sep(?:t(?:ember|embre|iembre)?)?|set(?:embro|tembre)?|o[ck]t(?:ober|obre|ubre)?|ott(?:obre)?|out(?:ubro)?"
    r"|nov(?:ember|embre|iembre|embro)?|de[cz](?:ember|embre|embro)?|déc(?:embre)?|dic(?:embre|iembre)?|des(?:ember)?"
    r"|gen(?:naio)?|ene(?:ro)?)\.?"
)
_PLACE_DATE = re.compile(
    rf"(?P<city>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){{0,3}}),\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\.?\s+{_MONTH_AFTER_DAY})"
    rf"\s*(?:--|[-–—])\s+(?=\S)"
)


def _take_place_after_tag(item: ParsedItem, paragraphs: list[str], index: int) -> None:
    """Cut the place and date that follow a tag-only dateline; the place is ``located`` if unset."""
    match = _PLACE_DATE.match(paragraphs[index])
    if match is None:
        return
    item.located = item.located or natural_case(match.group("city"))
    item.dateline = item.dateline or _dated(match.group())
    paragraphs[index] = paragraphs[index][match.end() :]


_SEP = re.compile(r"\s(?:--|[-–—_])\s")


def strip_repeated(city: str, paragraphs: list[str]) -> bool:
    """Cut an untagged repeat of a structured dateline from the first paragraph.

    NITF and NewsML-G2 carry the dateline as a field *and* often repeat it in the text:
    ``LONDON, Jan 2 - The ...`` or ``(New York, NY - October 21) The ...``. Only a paragraph that
    starts with the known city, with a dash separator within 40 characters, is cut.
    """
    first = paragraphs[0]
    opened = first.startswith("(")
    head = first[1:] if opened else first
    if not city or head[: len(city)].casefold() != city.casefold():
        return False
    window = head[: len(city) + 40]
    if opened:
        close = window.find(")")
        if close < 0:
            return False
        rest = head[close + 1 :]
    else:
        match = _SEP.search(window, len(city))
        if match is None or "." in window[: match.start()]:
            return False
        rest = head[match.end() :]
    rest = rest.strip()
    if not rest:
        return False
    paragraphs[0] = rest
    return True


def take_from_description(item: ParsedItem) -> None:
    """Cut a dateline that opens the summary (RSS rows: ``REPUBLIKA.CO.ID, JAKARTA -- …``,
    ``ANTARA - …``): its agency is credited and its city is ``located`` when the item has none."""
    found = parse(item.description) if item.description else None
    if found is None or item.description is None:
        return
    rest = item.description[found.end :].lstrip(_INVISIBLE).strip()
    if not rest:
        return
    item.description = rest
    if not item.dateline and not item.located:
        item.dateline, item.located = found.text, found.city
    _credit(item, found.agencies)
