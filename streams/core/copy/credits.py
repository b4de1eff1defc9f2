"""Credits in agency copy → ``contributors`` [{role, name}] and a readable ``by``.

Shapes: ANTARA footers (``Pewarta: X``, ``Penerjemah: X``, ``Editor : X``, glued together or not),
English labels (``Reporter:``, ``Translator:``, ``Writer:``), Reuters parentheses
(``(Reporting by X; Editing by Y)``) and dpa contact lines (``- Reporting by: X``). An outlet, agency or
newsroom named as the by-line ("Reuters", "Redaksi CNBC Indonesia", "futurezone/KN") is a source, not a
by-line (:func:`outlet_by`).
"""

from __future__ import annotations

import re
from typing import Literal

from streams.core.copy.agencies import (
    ORIGINATOR,
    SOURCE,
    Agency,
    add_info_source,
    credit_agency,
    lookup,
    lookup_prefix,
    site_label,
)
from streams.core.model import MEDIA_TYPES, ParsedItem

WRITER, REPORTER, TRANSLATOR = "writer", "reporter", "translator"
EDITOR, PHOTOGRAPHER = "editor", "photographer"

# "By Jane Doe,", "BY ANA CONTOH", "Oleh: Rina", "ByStaff Reporter": the label of a by-line (also glued to a
# capitalised name) is not part of it; "Byron Smith" keeps his name
_BY_LABEL = re.compile(r"^\s*(?:(?i:by|oleh)\b[\s:]*|(?:By|BY|Oleh|OLEH)(?=[A-Z][a-z]))")
# the same label in German, Spanish/Portuguese, French before anything ("Von dpa"): for an agency by-line
_ANY_FOREIGN_LABEL = re.compile(r"(?i)^\s*(?:von|por|par)\s+")


def strip_by_label(value: str, foreign: Literal["none", "names", "any"] = "none") -> str:
    """``value`` without its leading by-line label ("By ", "BY ", "Oleh:", "ByStaff" → "Staff"): the one
    label rule of the normaliser, the NITF and Reuters parsers, the agency by-line test and the by-line
    cleaning. ``foreign="names"`` also cuts a label of another language before two capitalised names
    (:data:`_FOREIGN_LABEL`: "Von Christian Hollmann", never "Von der Leyen"); ``"any"`` before anything
    ("Von dpa", for :func:`streams.core.formats.credits.agency_byline`)."""
    bare = _BY_LABEL.sub("", value)
    if foreign == "names":
        return _FOREIGN_LABEL.sub("", bare)
    if foreign == "any" and bare == value:
        return _ANY_FOREIGN_LABEL.sub("", value)
    return bare


# label (case-folded, spaces collapsed) → role
LABEL_ROLES: dict[str, str] = {
    "pewarta": REPORTER,
    "reporter": REPORTER,
    "wartawan": REPORTER,
    "kontributor": REPORTER,
    "koresponden": REPORTER,
    "correspondent": REPORTER,
    "penulis": WRITER,
    "writer": WRITER,
    "author": WRITER,
    "penerjemah": TRANSLATOR,
    "translator": TRANSLATOR,
    "alih bahasa": TRANSLATOR,
    "editor": EDITOR,
    "redaktur": EDITOR,
    "penyunting": EDITOR,
    "fotografer": PHOTOGRAPHER,
    "photographer": PHOTOGRAPHER,
    "pewarta foto": PHOTOGRAPHER,
}
LABELS = tuple(LABEL_ROLES)

# "Reporting by X", "additional reporting by Y", "Editing by Z" ...
_BY_PHRASE_ROLES = {
    "reporting": REPORTER,
    "writing": WRITER,
    "editing": EDITOR,
    "compiled": WRITER,
    "compiling": WRITER,
    "translated": TRANSLATOR,
    "translation": TRANSLATOR,
    "photos": PHOTOGRAPHER,
    "photo": PHOTOGRAPHER,
    "text": WRITER,
}
_BY_PHRASE = re.compile(
    r"(?:additional\s+)?(?P<what>reporting|writing|editing|compiled|compiling|translated|translation|photos?|text)"
    r"\s+by\s*:?\s*(?P<names>.+)",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    r"(?:additional\s+)?"
    r"(?:reporting|writing|editing|compiled|compiling|translated|translation|photos?|text)"
)
_BY_PHRASES = re.compile(rf"^[-*•]?\s*\(*(?P<body>{_ROLE_WORDS}\s+by\b.{{2,400}}?)\)*\.?$", re.IGNORECASE)
_PHRASE_SPLIT = re.compile(rf"\s*;\s*|,\s*(?={_ROLE_WORDS}\s+by\b)", re.IGNORECASE)
_TRAILING = re.compile(rf"\(\s*{_ROLE_WORDS}\s+by\b", re.IGNORECASE)
_SEPARATORS = (",", ";", "&", "/", " and ", " dan ", " und ")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bdan\b|\bund\b)\s*")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'-]*$")
_NOT_A_NAME = re.compile(r"[\d@<>\"“”:!?]|https?:|\.\s+[a-z]")
_CONTACT = re.compile(r"^(?:\+|<|Tel\b|Phone\b)|@|^[\d\s()/-]+$")
_BYLINE = re.compile(r"^(?:By|BY|Oleh|OLEH)\s*:?\s+(?P<names>.{2,100})$")
# a desk credit, not a person: a named by-line in the copy replaces it
_GENERIC_BY = re.compile(
    r"(?:(?:our|staff|a)\s+)?(?:staff|reporter|writer|correspondent|news ?desk|redaksi|tim redaksi)"
    r"(?:\s+(?:reporter|writer|correspondent))?",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 6


def names(text: str) -> list[str] | None:
    """The person names in a credit value, or None when the value is not a list of names."""
    text = text.strip().strip(".;,").strip()
    if not text or len(text) > 160:
        return None
    out: list[str] = []
    several = any(sep in text for sep in _SEPARATORS)
    for part in _NAME_SPLIT.split(text) if several else (text,):
        part = part.strip()
        if " in " in part:
            part = _IN_PLACE.sub("", part)
        if not part:
            continue
        if part.startswith(("The ", "the ")) and out:  # "Tom K., The San Diego Union-Tribune": affiliation
            continue
        if _NOT_A_NAME.search(part) or len(part.split()) > MAX_NAME_WORDS or not part[0].isupper():
            if out and _CONTACT.search(part):  # a phone number or e-mail address after the names
                continue
            return None
        out.append(part)
    return out or None


DESK_ONLY = "desk"  # a contributor's ``scope`` when credited under a "not for publication" notice


def add(item: ParsedItem, role: str, people: list[str], *, private: bool = False) -> None:
    """Append contributors once per (role, name); ``private`` ones (from a "not for publication" block) are
    marked so, for the desk, and never build the by-line."""
    for name in people:
        entry = {"role": role, "name": name} | ({"scope": DESK_ONLY} if private else {})
        if entry not in item.contributors:
            item.contributors.append(entry)


def _authors(item: ParsedItem) -> list[str]:
    """The credited writers and reporters a by-line may name (not those credited for the desk only)."""
    return [c["name"] for c in item.contributors if c.get("role") in (WRITER, REPORTER) and c.get("scope") != DESK_ONLY]


def role_of(label: str) -> str | None:
    return LABEL_ROLES.get(" ".join(label.casefold().split()))


def parse_labelled(label: str, value: str) -> tuple[str, list[str]] | None:
    """(role, names) of a ``Pewarta: X`` style credit, or None when ``value`` is not names."""
    role = role_of(label)
    people = names(value) if role else None
    return (role, people) if role and people else None


def take_by_phrases(item: ParsedItem, paragraph: str, *, private: bool = False) -> bool:
    """A whole paragraph of "<role> by <names>" phrases ("(Reporting by X; Editing by Y)"); True if taken.
    ``private``: the paragraph stands under a "not for publication" notice (contributors, never the by-line)."""
    head = paragraph[:40]
    if len(paragraph) > 420 or (" by" not in head and " BY" not in head):
        return False
    match = _BY_PHRASES.match(paragraph)
    if not match:
        return False
    found: list[tuple[str, list[str]]] = []
    for phrase in _PHRASE_SPLIT.split(match.group("body")):
        by = _BY_PHRASE.fullmatch(phrase.strip())
        people = names(by.group("names")) if by else None
        if by is None or people is None:
            return False
        found.append((_BY_PHRASE_ROLES[by.group("what").casefold()], people))
    for role, people in found:
        add(item, role, people, private=private)
    return True


CONTRIBUTOR = "contributor"
# AP's tag line ending a story: "Associated Press writers Dina Cappiello and Matt Apuzzo contributed to this
# report from Washington.", "APTN contributor Kacey Cherry in Buenos Aires helped with this story."
_CONTRIBUTED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:The\s+)?(?P<agency>Associated\s+Press|AP|APTN|AFP|Reuters|Bloomberg|dpa)\s+)?"
    r"(?:(?:staff\s+)?(?:writers?|reporters?|correspondents?|contributors?|researchers?|producers?"
    r"|photographers?|journalists?|videojournalists?)\s+)?"
    r"(?P<names>[A-Z][^.!?]{2,300}?)\s+(?:also\s+)?(?:contributed|helped)\s+(?:to\s+|with\s+)?(?:this\s+)?"
    r"(?:report|reporting|story|article)(?:\s+from\s+[A-Z][^.!?]{1,60})?\.\s*$"
)
# a whole person name in a tag line: two to five capitalised words (name particles allowed)
_PERSON = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|van|von|der|del|bin|al|la|le)){1,4}")
# "Gillum reported from Washington.": the tag line's note of where a by-lined writer filed from
_FILED_FROM = re.compile(r"^(?P<name>[A-Z][\w'’-]+)\s+reported\s+from\s+[^.!?]{2,60}\.\s+")


def take_contributed(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """The tag line that ends an agency story ("AP writers X in Beijing and Y contributed to this
    report.") goes to ``contributors``; a "<writer> reported from <place>." before it goes too
    when the writer is the by-line's."""
    if not paragraphs or ("contributed" not in paragraphs[-1] and "helped" not in paragraphs[-1]):
        return paragraphs
    last = paragraphs[-1]
    match = _CONTRIBUTED.search(last)
    people = names(match.group("names")) if match else None
    if match is None or people is None or not all(_PERSON.fullmatch(person) for person in people):
        return paragraphs
    add(item, CONTRIBUTOR, people)
    if match.group("agency"):  # the agency whose staff helped ("APTN contributor …", "Reuters writer …")
        credit_agency(item, match.group("agency"), SOURCE)
    rest = last[: match.start()].rstrip()
    filed = _FILED_FROM.match(rest + " ")
    if filed and filed.end() >= len(rest) and item.by and filed.group("name").casefold() in item.by.casefold():
        rest = ""
    return [*paragraphs[:-1], rest] if rest else paragraphs[:-1]


def take_credit_lines(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """Drop whole by-phrase paragraphs; cut a "(Reporting by …)" glued to the end of the last one;
    take AP's "… contributed to this report." tag line (:func:`take_contributed`)."""
    out = take_contributed(item, [p for p in paragraphs if not take_by_phrases(item, p)])
    if out and "(" in out[-1]:
        last = out[-1]
        starts = [m.start() for m in _TRAILING.finditer(last)]
        if starts and starts[-1] > 0 and take_by_phrases(item, last[starts[-1] :]):
            out[-1] = last[: starts[-1]].rstrip()
    return out


def take_byline(item: ParsedItem, paragraph: str) -> bool:
    """A "By X" / "Oleh X" line before the story; sets ``by`` if the format gave none."""
    match = _BYLINE.match(paragraph)
    people = names(match.group("names")) if match else None
    if not people:
        return False
    add(item, WRITER, people)
    if not item.by or _GENERIC_BY.fullmatch(item.by) or item.by.casefold() in _NO_BY:
        item.by = ", ".join(people)  # the text's writer over a feed's account name ("admin")
    return True


# a video crew credit ending ANTARA video teasers: "… di Kaltim.(Hanifan Ma'ruf/Satrio Giri Marwanto/
# Ludmila Yusufin Diah Nastiti)", after a promo line "Selengkapnya dalam PerANTARA!"
_CREW = re.compile(r"\s*\((?P<inner>[^()]{5,240})\)\s*$")
_PROMO = re.compile(r"\s*(?:Simak\s+)?[Ss]elengkapnya\s+(?:dalam|di)\s+[^.!?\n]{2,40}!\s*$")


def _crew(inner: str) -> tuple[list[str], list[str]] | None:
    """(people, agencies) of a slash-separated crew credit, or None: two or more parts, each a
    capitalised name (not an acronym list such as "ATR/BPN") or a known agency ("XINHUA")."""
    parts = [" ".join(p.split()) for p in inner.replace("\xa0", " ").split("/")]
    if len(parts) < 2:
        return None
    people: list[str] = []
    agencies: list[str] = []
    for part in parts:
        agency = lookup(part)
        if agency is not None:
            agencies.append(agency.name)
        elif names(part) == [part] and not part.isupper():
            people.append(part)
        else:
            return None
    return (people, agencies) if sum(len(p.split()) >= 2 for p in people) >= 2 else None


# ANTARA's photo credit ending a caption or a photo story's summary: "… 2026. ANTARA FOTO/Dhemas Reviyanto/sgd",
# "ANTARA FOTO/PIXSELL via Xinhua/Srecko Niketic/nym.": sources, the photographer, the desk's initials
_PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=\s))ANTARA FOTO/(?P<via>(?:[^/\n]{2,40}/)*?)(?P<name>[^/\n]{2,60})"
    r"/(?P<desk>[A-Za-z]{2,4})\.?\s*$"
)


def take_photo_credit(item: ParsedItem, paragraphs: list[str]) -> None:
    """The photographer an ANTARA photo credit names (at the end of the summary or of the story) is a
    contributor with the role photographer, and a named wire it came through ("via Xinhua") a source.
    The credit is no by-line (the photographer did not write the text); the text keeps it as sent."""
    for text in (item.description, paragraphs[-1] if paragraphs else None):
        match = _PHOTO_CREDIT.search(text) if text and "ANTARA FOTO/" in text else None
        person = names(match.group("name")) if match else None
        if match is None or person != [match.group("name").strip()] or lookup(person[0]) is not None:
            continue
        add(item, PHOTOGRAPHER, person)
        for part in match.group("via").split("/"):
            agency = lookup(part.rsplit(" via ", 1)[-1].strip()) if part else None
            if agency is not None:
                add_info_source(item, agency.name, SOURCE)
        return


def take_crew_credit(item: ParsedItem, paragraphs: list[str]) -> None:
    """A crew credit ending a teaser or the story becomes the by-line (when there is none) and
    leaves the text, with a "read more in <programme>!" promo before it."""
    for where in ("description", "body"):
        text = item.description if where == "description" else (paragraphs[-1] if paragraphs else None)
        match = _CREW.search(text) if text and text.endswith(")") else None
        crew = _crew(match.group("inner")) if match else None
        if text is None or match is None or crew is None:
            continue
        people, agencies = crew
        for name in agencies:
            add_info_source(item, name, SOURCE)
        if not item.by:
            item.by = ", ".join(people)
        rest = _PROMO.sub("", text[: match.start()]).rstrip()
        if where == "description":
            item.description = rest or None
        elif rest:
            paragraphs[-1] = rest
        else:
            del paragraphs[-1]


# "Sam Lister, Press Association Political Correspondent": the job title after the agency is no by-line
_JOB_TITLE = re.compile(
    r"(?:(?:Chief|Senior|Deputy|Political|Economics?|Business|Sports?|Diplomatic|Foreign|Home|Health|Legal"
    r"|Education|Industry|Environment|Science|Technology|Transport|Defence|Security|Royal|Arts?|Media"
    r"|Parliamentary|Lobby|Consumer|Crime|Social Affairs|Entertainment|Music|Film|Fashion|Travel)\s+)*"
    r"(?:Correspondent|Editor|Reporter|Writer|Columnist|Critic|Staff|Journalist)s?"
)


def _without_job_title(by: str) -> str:
    """``Sam Lister, Press Association Political Correspondent`` → ``Sam Lister, Press Association``."""
    name, comma, affiliation = by.partition(", ")
    words = affiliation.split()
    for n in range(min(len(words) - 1, 4), 0, -1):
        agency = lookup(" ".join(words[:n]))
        if agency is not None and _JOB_TITLE.fullmatch(" ".join(words[n:])):
            return f"{name}{comma}{' '.join(words[:n])}"
    return by


_DESK_INITIALS = re.compile(r"[a-z]{2,4}")
_CAPS_NAME = re.compile(r"[A-Z][A-Z'.-]+")
_APOSTROPHE = re.compile(r"(\b\w')(\w)(?=\w)")  # D'afflisio → D'Afflisio, O'brien → O'Brien; Shaw's stays
_LOWER_PARTICLES = frozenset({"and", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "binti"})


def _natural_case(by: str) -> str:
    """``CHET BROKAW and JACK GILLUM`` → ``Chet Brokaw and Jack Gillum`` (particles lower case)."""

    def word(match: re.Match[str]) -> str:
        text = match.group()
        if text.casefold() in _LOWER_PARTICLES:
            return text.lower()
        return _APOSTROPHE.sub(
            lambda m: m.group(1) + m.group(2).upper(), "-".join(part.capitalize() for part in text.split("-"))
        )

    return _CAPS_NAME.sub(word, by)


def _caps_person_names(by: str) -> bool:
    """An upper-case by-line of person names: every name two words or more, none an agency
    ("REUTERS TV", desk codes such as "VR-COM" stay as written)."""
    if any(c.islower() for c in by.replace(" and ", " ")) or sum(c.isupper() for c in by) <= 3:
        return False
    names_ = [n for n in re.split(r"\s*(?:,|;|/|\band\b)\s*", by) if n]
    return bool(names_) and all(len(n.split()) >= 2 and not lookup(n.split()[0]) and not lookup(n) for n in names_)


# a by-line label of another language before two or more capitalised names: German "Von", French "Par",
# Spanish/Portuguese "Por", Dutch "Door", Danish/Norwegian/Swedish "Af"/"Av" ("By"/"Oleh": normalize);
# "Von der Leyen" (a particle follows) and "Par Svensson" (one name) are names, not labels
_FOREIGN_LABEL = re.compile(
    r"^(?:(?i:von|par|por|door|af|av))\s*:?\s+"
    r"(?=[A-ZÀ-ÞŁŠŽ][\w'’.-]*\s+(?:(?:de|van|von|der|den|da|del|la|le|dos|do)\s+)*[A-ZÀ-ÞŁŠŽ])"
)
# a staff number or login glued before the name: "A3576/_Maurizio Gambarini"
_ID_PREFIX = re.compile(r"^[A-Za-z]{0,3}\d{3,}[/_\\]+_?\s*(?=[A-Z][a-z])")
# a social account credited as the author ("Instagram/ikn_id", "Twitter: @bmkg", "@ikn_id"): a source
# of the pictures, no by-line
_SOCIAL = re.compile(r"(?i)(?:(?:instagram|twitter|x|facebook|fb|tiktok|youtube|threads|ig)\s*[/:]\s*@?|@)[\w.]{2,40}")
# "Mia Rabson and Jordan Press": two people in one contributor entry
_TWO_PEOPLE = re.compile(r"\s+(?:and|&|und|dan|et|y|e|og|en)\s+")


def _agency_affiliation(by: str) -> tuple[str, Agency] | None:
    """(names, agency) of a "Name, Agency" by-line ("Christian Hollmann, dpa", "Sam Lister, Press
    Association"), or None: the agency is the copy's source (``info_sources``), not who wrote it."""
    people, comma, affiliation = by.rpartition(", ")
    agency = lookup(affiliation) if comma else None
    if agency is None or not names(people):
        return None
    return people, agency


def _split_pairs(contributors: list[dict[str, str]]) -> list[dict[str, str]]:
    """One entry per person: "Mia Rabson and Jordan Press" (both whole names of two words or more,
    so "Procter and Gamble" stays) becomes two entries with the same role and title."""
    out: list[dict[str, str]] = []
    for contributor in contributors:
        name = str(contributor.get("name", ""))
        parts = _TWO_PEOPLE.split(name) if " " in name else [name]
        if len(parts) == 2 and all(len(p.split()) >= 2 and names(p) == [p] for p in parts):
            out.extend({**contributor, "name": part} for part in parts if {**contributor, "name": part} not in out)
        else:
            out.append(contributor)
    return out


# a desk code in capitals ("VR-COM" of ANSA): no person (an agency's code such as "AP-DJ" is none either)
_DESK_CODE = re.compile(r"[A-Z]{1,4}(?:-[A-Z]{1,4})+")
# an agency's staff credited as a group: "dpa correspondents", "AFP staff", "Reuters reporters"
_AGENCY_STAFF = re.compile(r"(?P<agency>.{2,30}?)\s+(?:staff|correspondents?|reporters?|writers?|journalists?)")


def _clean_by_label(item: ParsedItem) -> None:
    """A foreign label, a staff-number prefix or an agency affiliation leaves the by-line (and the
    matching contributor, whose ``title`` keeps the agency); a social account or a desk code is no
    by-line; an agency's staff credited as a group gives way to the named authors (or to none)."""
    by = item.by or ""
    if item.contributors:
        item.contributors = [c for c in item.contributors if not _DESK_CODE.fullmatch(str(c.get("name", "")))]
    if by and (_SOCIAL.fullmatch(by) or _DESK_CODE.fullmatch(by)):
        item.by = None
        return
    staff = _AGENCY_STAFF.fullmatch(by) if by else None
    agency = lookup(staff.group("agency")) if staff else None
    if agency is not None:
        add_info_source(item, agency.name, ORIGINATOR)
        item.by = ", ".join(dict.fromkeys(_authors(item))) or None
        return
    cleaned = _ID_PREFIX.sub("", strip_by_label(by, foreign="names"))
    affiliation = _agency_affiliation(cleaned)
    if affiliation is not None:
        cleaned = affiliation[0]
        add_info_source(item, affiliation[1].name, ORIGINATOR)
    for contributor in item.contributors:
        name = str(contributor.get("name", ""))
        split = _agency_affiliation(name)
        if split is not None:
            contributor["name"] = split[0]
            contributor["title"] = contributor.get("title") or name[len(split[0]) + 2 :]
    item.by = cleaned or None


def tidy_by(item: ParsedItem) -> None:
    """Lower-case desk initials ("luc") are no by-line; an upper-case by-line (AP's ANPA "By CHET
    BROKAW and JACK GILLUM") is written in natural case; a job title after the agency is cut (it
    stays on the contributor as ``title``); a foreign label ("Von"), a staff number and an agency
    affiliation (", dpa") are cut (:func:`_clean_by_label`); two people in one contributor are two."""
    if item.contributors:
        item.contributors = _split_pairs(item.contributors)
    if item.by and _DESK_INITIALS.fullmatch(item.by):
        item.by = None  # CNBC Indonesia "luc": an editor's initials, not a by-line
    if item.by and _caps_person_names(item.by):
        item.by = _natural_case(item.by)
    original = item.by
    by = _without_job_title(original) if original and ", " in original else original
    if by and original and by != original:
        for contributor in item.contributors:
            if contributor.get("name") == original:
                name = by.partition(", ")[0]
                contributor["title"] = contributor.get("title") or original[len(name) + 2 :]
                contributor["name"] = name
        item.by = by
    _clean_by_label(item)


def located_not_byline(item: ParsedItem) -> None:
    """A ``located`` that opens with the by-line's name is the author's credit, not a place (360info's
    ninjs: located "Aaron J. Staples, Michigan" beside the by-line "Aaron J. Staples, Michigan State
    University"): it is kept in ``ext.source.sourceLocated``, not published as where the story is."""
    if not item.located or not item.by:
        return
    head = item.located.split(",", 1)[0].strip().casefold()
    if len(head.split()) >= 2 and head == item.by.split(",", 1)[0].strip().casefold():
        item.extra.setdefault("sourceLocated", item.located)
        item.located = None


def finish_by(item: ParsedItem) -> None:
    """Build ``by`` from the credited authors when the format carried no byline.

    Authors (writers, reporters) are the byline; a translator is named with the role; editors and
    photographers stay in ``contributors`` only (a desk editor is not a byline).
    """
    if item.by or not item.contributors:
        return
    authors = _authors(item)
    translators = [f"{c['name']} (translator)" for c in item.contributors if c["role"] == TRANSLATOR]
    parts = []
    if authors:
        parts.append(", ".join(dict.fromkeys(authors)))
    if translators:
        parts.append("; ".join(translators))
    if parts:
        item.by = "; ".join(parts)


# the photo credit that ends a caption: "(AP Photo/Jane Doe)", "(Photo by John Doe/Something/AP, File)",
# "(DHA via AP, File)", "… REUTERS/Marko Djurica (KENYA - Tags: POLITICS)"
_CAPTION_END = re.compile(r"\((?P<inner>[^()]{2,80})\)\s*$")
_PHOTO_LABEL = re.compile(r"^(?:[A-Z]{2,12}\s+)?(?:Photo|Foto)(?:\s+by)?\s*[/:]?\s*", re.IGNORECASE)
_AGENCY_SLASH = re.compile(r"\b(?:REUTERS|AFP|EPA|ANTARA FOTO)/(?P<name>[^/()]{3,40}?)\s*(?:/|\(|$)")


# the credit that closes a caption (its last line, joined to the text once normalised): "… 2020 Photo
# Samantha Zucchi /Insidefoto/Sipa USA)" (SIPA, PA Images): the photographer, then the agencies
_CREDIT_LINE = re.compile(
    r"(?:^|\s)(?:Photo|Foto)(?:\s+by)?[ \t]*:?[ \t]+(?P<inner>[^\n()/]{3,40}(?:/[^\n()/]{2,40}){1,3})\)?\s*$"
)
_PERSON_SHAPE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}")


def _credit_line(caption: str) -> list[str] | None:
    """The parts of a caption's closing credit line ("Photo NAME /AGENCY/AGENCY"): photographer first."""
    match = _CREDIT_LINE.search(caption)
    return [part.strip() for part in match["inner"].split("/")] if match else None


def photo_credit(caption: str) -> str | None:
    """Who a caption credits for the picture, or None when it names nobody in a known credit form."""
    line = _credit_line(caption)
    if line and _PERSON_SHAPE.fullmatch(line[0]) and lookup(line[0]) is None:
        return line[0]  # "Photo Samantha Zucchi /Insidefoto/Sipa USA)"
    tail = _CAPTION_END.search(caption)
    if tail:
        inner = re.sub(r",\s*(?:File|Archive)$", "", tail["inner"].strip())
        label = _PHOTO_LABEL.match(inner)
        if label and label.end() < len(inner):
            return inner[label.end() :].split("/")[0].strip() or None  # "AP Photo/Jane Doe" → "Jane Doe"
        if " via " in inner:
            return inner  # "DHA via AP": a handout credit
    agency = _AGENCY_SLASH.search(caption)
    return agency["name"].strip() if agency else None


def media_by(item: ParsedItem) -> None:
    """A picture's by-line from its caption credit, else the photographer part of its credit line
    ("Charles Sykes/Invision/AP"); a credit line that names only an agency stays the credit line. A
    by-line that is only the photo agency the caption's credit names after the photographer ("by":
    "Insidefoto", caption "Photo Samantha Zucchi /Insidefoto/Sipa USA)") gives way to the photographer."""
    if item.kind not in MEDIA_TYPES:
        return
    if item.by:
        line = _credit_line(item.caption or "")
        person = photo_credit(item.caption or "") if line else None
        if line and person == line[0] and item.by.casefold() in {part.casefold() for part in line[1:]}:
            item.by = person
        return
    photographers = [c["name"] for c in item.contributors if c.get("role") == PHOTOGRAPHER]
    if item.kind == "picture" and len(photographers) == 1:  # "ANTARA FOTO/Xinhua/Qiu Chen/sgd": not Xinhua
        item.by = photographers[0]
        return
    credit = photo_credit(item.caption or "")
    if credit is None and item.creditline and "/" in item.creditline:
        credit = item.creditline.split("/")[0].strip() or None
    item.by = credit


# the credit closing a picture's or clip's caption, in its three shapes (session 18 ‡): in brackets after a
# photo label or as a handout ("(Photo by John Doe/Something/AP, File)", "(AP Photo/Jane Doe)", "(DHA via AP)"),
# a last line after a photo label ("Photo Samantha Zucchi /Insidefoto/Sipa USA)", "Foto: X/Agency"), or after an
# agency's photo desk ("REUTERS/Marko Djurica", "ANTARA FOTO/Xinhua/Qiu Chen/sgd")
_CLOSING_BRACKET = re.compile(r"\s*\((?P<inner>[^()\n]{2,120})\)\s*$")
_CLOSING_LINE = re.compile(
    r"(?:^|(?<=\s))(?:Photo|Foto)(?:\s+by)?[ \t]*:?[ \t]+(?P<inner>[^\n()/]{3,40}(?:/[^\n()/]{2,40}){0,3})\)?\s*$"
)
_CLOSING_DESK = re.compile(
    r"(?:^|(?<=\s))(?P<desk>REUTERS|AFP|EPA|ANTARA FOTO)(?P<inner>(?:/[^\n()/]{2,60}){1,4})/?\.?\s*$"
)
_FILE_MARK = re.compile(r",\s*(?:File|Archive|Pool)$", re.IGNORECASE)


def _credit_agencies(part: str) -> list[str] | None:
    """The agencies one credit part names: a known agency, or "X via KNOWN" (a handout and its wire:
    "DHA via AP", "PIXSELL via Xinhua"); None when it names none."""
    sides = [side.strip() for side in part.split(" via ")]
    known = [lookup(side) for side in sides]
    if known[-1] is None and len(sides) == 2:
        known[-1] = lookup_prefix(sides[-1])  # "Syria TV via Reuters TV": the wire's service
    if known[-1] is None or not (all(known) or len(sides) == 2):
        return None
    return [a.name if a else side for side, a in zip(sides, known, strict=True) if side]


def _credit_parts(inner: str, desk: bool) -> tuple[str | None, list[str]] | None:
    """(photographer, agencies) of a credit's slash-separated parts, or None when a part is neither.
    After a photo label the photographer comes first ("John Doe/Something/AP", an unknown part after him is
    an agency in its place: "Insidefoto"); after an agency's desk ("ANTARA FOTO/", "REUTERS/") he comes last,
    before the desk's initials ("Xinhua/Qiu Chen/sgd", "Fauzan/YU")."""
    parts = [" ".join(p.split()).rstrip(".") for p in _FILE_MARK.sub("", inner.strip()).split("/")]
    parts = [p for p in parts if p]
    last = parts[-1] if parts else ""
    if desk and len(parts) > 1 and (_DESK_INITIALS.fullmatch(last) or (last.isupper() and len(last) <= 3)):
        parts = parts[:-1]  # ANTARA's desk initials ("sgd", "YU")
    if not parts:
        return None
    person = None
    at = len(parts) - 1 if desk else 0
    candidate = parts[at]
    shaped = names(candidate) == [candidate] and not candidate.isupper() if desk else _PERSON_SHAPE.fullmatch(candidate)
    if shaped and lookup(candidate) is None and " via " not in candidate:
        person = candidate
        parts = parts[:at] + parts[at + 1 :]
    agencies: list[str] = []
    for part in parts:
        named = _credit_agencies(part)
        if named is not None:
            agencies.extend(named)
        elif person and not desk and not part.islower():
            agencies.append(part)
        else:
            return None
    return (person, agencies) if person or agencies else None


def _closing_credit(text: str) -> tuple[int, str | None, list[str]] | None:
    """(where the credit starts, photographer, agencies) of the photo credit closing ``text``, or None."""
    bracket = _CLOSING_BRACKET.search(text) if text.endswith(")") else None
    if bracket:
        inner = bracket["inner"].strip()
        label = _PHOTO_LABEL.match(inner)
        if label and label.end() < len(inner):
            parts = _credit_parts(inner[label.end() :], False)
            agency = lookup(label[0].split()[0]) if parts and " " in label[0].strip() else None
            if parts and agency:  # "(AP Photo/Jane Doe)": the label's agency
                parts = (parts[0], [*parts[1], agency.name])
        else:
            named = _credit_agencies(_FILE_MARK.sub("", inner)) if " via " in inner else None
            parts = (None, named) if named else None  # "(DHA via AP, File)": a handout
        if parts:
            return (bracket.start(), *parts)
    for pattern, desk in ((_CLOSING_LINE, False), (_CLOSING_DESK, True)):
        match = pattern.search(text)
        parts = _credit_parts(match["inner"].lstrip("/"), desk) if match else None
        if match and parts:
            desk_name = match.groupdict().get("desk")
            agency = lookup(desk_name.split()[0]) if desk_name else None
            agencies = [agency.name, *parts[1]] if agency else parts[1]
            return (match.start(), parts[0], agencies)
    return None


# a credit's part that says how the picture came, not from whom ("SANA/Handout via Reuters", "Pool")
_NO_AGENCY = frozenset(("handout", "pool", "file", "archive", "courtesy", "via"))


def _credit_source(item: ParsedItem, name: str) -> None:
    """Record an agency a photo credit names: the originator when it is the item's own agency (or the item
    has none yet), else a source; not again when a source the item has is the same name spelt longer
    ("Getty Images" beside the provider's "Getty Images Inc.")."""
    if name.casefold() in _NO_AGENCY:
        return
    key = name.casefold()
    for source in item.info_sources:
        have = str(source.get("name", "")).casefold()
        if have == key or have.startswith(key + " ") or key.startswith(have + " "):
            return
    agency = lookup(name)
    own = agency is not None and (not item.provider or item.provider == agency.provider)
    add_info_source(item, name, ORIGINATOR if own else SOURCE)


def take_caption_credit(item: ParsedItem, paragraphs: list[str]) -> None:
    """A picture's or clip's closing photo credit (caption, summary, last body paragraph) leaves the text:
    its photographer is a contributor (role photographer), its agencies sources. Why: the credit is no part
    of what the picture shows, and a text field that ends in it reads as a broken sentence. Run after the
    by-line is read from the caption (:func:`media_by`). A credit that would leave no text stays."""
    if item.kind not in MEDIA_TYPES:
        return
    for where in ("caption", "description", "body"):
        text = getattr(item, where) if where != "body" else (paragraphs[-1] if paragraphs else None)
        credit = _closing_credit(text) if text else None
        if text is None or credit is None:
            continue
        start, person, agencies = credit
        rest = text[:start].rstrip()
        if not rest and (where != "body" or len(paragraphs) < 2):
            continue
        if person:
            add(item, PHOTOGRAPHER, [person])
        for name in agencies:
            _credit_source(item, name)
        if where == "body" and rest:
            paragraphs[-1] = rest
        elif where == "body":
            del paragraphs[-1]  # the credit was the body's last line
        else:
            setattr(item, where, rest)


# --- an outlet or agency in the by-line is a source, not a by-line ---------------------------------

# a newsroom named as the author: "Redaksi CNBC Indonesia", "Tim Redaksi Kompas", "Redaktion futurezone"
_DESK_WORDS = frozenset(("redaksi", "redaktion", "redaction", "rédaction", "redacción", "newsroom", "desk"))
_LEAD_WORDS = _DESK_WORDS | {"tim"}
_DESK_SUFFIXES = frozenset(("newsdesk", "desk", "online", "staff"))  # "WENN Newsdesk", "news desk"
_DOMAIN = re.compile(r"^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:[a-z]{2}|com|net|org|info|news|media)$")
_INITIALS = re.compile(r"[A-Z]{1,4}|[a-z]{2,4}")
# "Tim detikcom", "Tim detikJabar": a newsroom team of a brand written in lower case (never a "Tim Cook")
_TEAM = re.compile(r"Tim\s+(?P<outlet>[a-z][\w.]{2,30})")
# an account or a desk with no name: "admin", "Redaksi" (the newsroom of the site the item is on)
_NO_BY = frozenset(
    ("admin", "administrator", "webmaster", "redaksi", "tim redaksi", "redaktion", "newsroom", "editorial")
)
# "The Sports Network, Inc.": the company's legal form is part of its name, not a by-line part
_LEGAL_FORM = re.compile(r",\s*(?:Inc|Ltd|LLC|Corp|GmbH|Co|S\.A)\.?(?=\s*(?:$|[/;,]))")
_BY_SPLIT = re.compile(r"\s*[/,;]\s*")


def _site_name(uri: str | None) -> str | None:
    """The outlet the item's web address names ("futurezone" of ``https://www.futurezone.de/…``,
    :func:`~streams.core.copy.agencies.site_label`), or None when it names none of 3+ characters."""
    name = site_label(uri) if uri else None
    return name if name and len(name) >= 3 else None


def _outlet(part: str, site: str | None) -> str | None:
    """The outlet or agency a by-line part names (its display name), or None when it names none:
    a known agency or its newsdesk ("WENN Newsdesk"), a newsroom of one ("Redaksi CNBC Indonesia",
    "Tim detikcom"), the site the item is on ("futurezone"), a web domain ("Faktisk.no")."""
    if part.startswith("Tim "):
        team = _TEAM.fullmatch(part)
        if team is not None:
            return team.group("outlet")
    words = part.split()
    while len(words) > 1 and words[0].casefold() in _LEAD_WORDS:
        words = words[1:]
    name = " ".join(words)
    agency = lookup(name)
    if agency is None and len(words) > 1 and words[-1].casefold() in _DESK_SUFFIXES:
        end = -2 if len(words) > 2 and words[-2].casefold() == "news" else -1
        agency = lookup(" ".join(words[:end]))
    if agency is not None:
        return agency.name
    if len(words) == 1 and site and name.casefold() == site:
        return name
    return name if "." in name and _DOMAIN.fullmatch(name) else None


def _split_outlets(by: str, site: str | None) -> tuple[list[str], list[str]] | None:
    """(people, outlets) of a by-line that names an outlet, or None when it names none or is a
    "Name, Agency" affiliation (kept: the agency is credited by ``sources``). Desk initials beside an
    outlet ("futurezone/KN") are neither."""
    by = by.strip()
    if "," in by:
        by = _LEGAL_FORM.sub("", by)
    several = "/" in by or "," in by or ";" in by
    parts = [p for p in _BY_SPLIT.split(by) if p] if several else [by]
    outlets: list[str] = []
    people: list[str] = []
    for part in parts:
        outlet = _outlet(part, site)
        if outlet is not None:
            outlets.append(outlet)
        elif len(part) > 4 or not _INITIALS.fullmatch(part):
            people.append(part)
    if not outlets:
        return None
    if people and "/" not in by and _outlet(parts[-1], site) is not None and _outlet(parts[0], site) is None:
        return None  # "Sam Lister, Press Association": the agency is the person's affiliation
    return people, outlets


def outlet_by(item: ParsedItem) -> None:
    """An outlet or agency named as the by-line ("Reuters", "Sports Network", "Redaksi CNBC Indonesia",
    "futurezone/KN", "Karl Melander/TT") is a source: it goes to ``info_sources`` with a role (the
    originator when the item names no other), and the by-line keeps only the people. Media items keep
    their credit ("Reuters" on a video is the credit line)."""
    if item.kind in MEDIA_TYPES or not (item.by or item.contributors):
        return
    if item.by and (item.by.startswith(("http://", "https://", "www.")) or item.by.casefold() in _NO_BY):
        item.by = None  # "https://www.facebook.com/antaranewsdotcom", "admin": a link or an account
    site = _site_name(item.uri)
    found = _split_outlets(item.by, site) if item.by else None
    if found is not None:
        _credit_outlets(item, found[1], site)
        item.by = ", ".join(found[0]) or None
    if not item.contributors:
        return
    kept = []
    for contributor in item.contributors:
        split = _split_outlets(str(contributor.get("name", "")), site)
        if split is None:
            kept.append(contributor)
            continue
        _credit_outlets(item, split[1], site)
        if split[0]:
            kept.append({**contributor, "name": ", ".join(split[0])})
    item.contributors = kept


def _credit_outlets(item: ParsedItem, outlets: list[str], site: str | None) -> None:
    """Each outlet into ``info_sources`` as an originator: the by-line says it wrote the copy (ANTARA
    named as the author of a Detik row is the copy's originator, Detik the site's). Only names that are
    sure to be an outlet: a known agency, the item's site, a web domain (a newsroom team's brand,
    "Tim deticom", may be misspelt)."""
    for outlet in outlets:
        known = lookup(outlet) is not None or outlet.casefold() == site
        if known or _DOMAIN.fullmatch(outlet):
            add_info_source(item, outlet, ORIGINATOR)


# a desk label and the agency's name on their own line under the headline (TT's "Försvar TT": the vignette
# and source of its ``<div class="dat">``, flattened into the plain-text body)
_LABEL_WORD = re.compile(r"^[^\W\d_][\w&-]*$")


def take_label_line(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """Drop a first paragraph that is one to three words of a desk label followed by the name of an agency
    the item itself credits ("Försvar TT"); the label is kept in ``ext.source.vignette``. A sentence, a
    name with digits or punctuation, or an agency the item does not credit keeps the line."""
    if not paragraphs:
        return paragraphs
    words = paragraphs[0].split()
    if not 2 <= len(words) <= 4 or not all(_LABEL_WORD.match(w) and w[0].isupper() for w in words[:-1]):
        return paragraphs
    agency = lookup(words[-1])
    credited = {str(s.get("name") or "").casefold() for s in item.info_sources}
    if agency is None or agency.name.casefold() not in credited:
        return paragraphs
    item.extra["vignette"] = " ".join(words[:-1])
    return paragraphs[1:]
