"""Rosters: agate lists whose members are people (team sheets, line-ups, cast lists, results lists).

Why a module of its own: in agate a name stands with no title, verb or honorific, so the chunker of
``entities`` has nothing to anchor it on, and surnames there are often towns' names ("Davis", "Corona",
"Talavera"). What makes them people is the list's shape, and that shape is read here, once, for every
field that needs it: ``entities`` adds the members as people, ``places`` keeps them out of places
(``MEMBER`` and ``COMMA_ROSTER`` are the patterns its roster check uses).

Shapes read (pure functions over the story text, no resources):

* a line-up: ``Label: Name, Name, ... Name.`` with five or more members, where the label is a roster word
  ("Replacements", "Subs", "Suplentes", "Cast") or a side of the story's fixture line ("Mexico v Panama"
  ... "Mexico: Talavera, M. Herrera, ..."); members are ``[initial] Surname [Surname]``;
* a results list: rank marks counting up from 1 ("1) Visa Hongisto ValkealKa 6,72, 2) Eetu Rantala OP
  6,83", "1. Carl Lewis (USA) 9.93" one row a line), each row a name, then a club code, a nationality or
  a result. Its members are people only where the caller confirms the list (``results_confirmed``):
  ranked firms ("1) Toyota 3.5 mln, 2) Nissan 2.1 mln") have the same shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

# the patterns places.py's roster check uses (a comma list of six or more bare names, an initial)
MEMBER = r"(?:[A-Z]\.[ ]?)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
COMMA_ROSTER = re.compile(rf"(?<![\w'’.-]){MEMBER}(?:,\s+{MEMBER}){{5,}}(?![\w'’-])")

# Label words of a line-up or cast list (any word of the label, lower case): en, es, pt, fr, de, it, id, fi, sv


def words_of(spaced: str) -> frozenset[str]:
    """The words of a space-separated string, as a set (a long word list written as prose)."""
    return frozenset(spaced.split())


LINEUP_WORDS = words_of(
    "replacements replacement subs substitutes substitute reserves bench line-up lineup line-ups lineups squad"
    " starting xi suplentes alineación alineaciones titulares reservas escalação escalações remplaçants"
    " composition titulaires ersatzbank ersatz aufstellung ersatzspieler riserve formazione panchina"
    " cadangan susunan varamiehet kokoonpano avauskokoonpano avbytare laguppställning"
)
CAST_WORDS = words_of("cast starring reparto elenco distribution besetzung pemeran pemain näyttelijät")
_MIN_LINEUP = 5  # a side's substitutes are five or more; an XI eleven
_MIN_CAST = 3

_LABELLED = re.compile(r"^[ \t]*([^\n:]{1,40}?):[ \t]+([^\n]+?)[ \t]*$", re.M)
_PAREN = re.compile(r"[ ]?\([^()\n]{0,40}\)")
_FIXTURE = re.compile(r"^[ \t]*(.{2,40}?) (?:v|vs\.?|-) (.{2,40}?)[ \t]*$", re.M)
_MEMBER_SPLIT = re.compile(r"[,;][ \t]+|[ \t]+(?:and|y|e|et|und|dan|ja|och)[ \t]+")
_NAME_WORD = re.compile(r"[^\W\d_](?:[\w'’]|-(?=[^\W\d_]))*")
_INITIAL_WORD = re.compile(r"[^\W\d_]\.")
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "del", "della", "di", "dos", "du", "la", "le", "ter"})

_RANK = re.compile(r"(?:^|(?<=[\s:,;]))(\d{1,2})[.)][ \t]+(?=[^\W\d_])", re.M)
_RANK_GAP = 240  # characters between two rows of one results list at most
_SEGMENT = re.compile(r"[,;][ \t]+|[ \t]+&[ \t]+|\n")


@dataclass(frozen=True, slots=True)
class Member:
    """A person a roster names: ``name`` as written ("M. Herrera", "Visa Hongisto", "Åstrand")."""

    name: str
    start: int
    end: int

    @property
    def full(self) -> bool:
        """A given name and a surname, not a surname alone or an initial and a surname."""
        words = self.name.split(" ")
        return len(words) >= 2 and not _INITIAL_WORD.fullmatch(words[0])


@dataclass(frozen=True, slots=True)
class Roster:
    kind: str  # "lineup", "cast", "results" or "who"
    start: int
    end: int
    members: tuple[Member, ...]


def might_hold(text: str) -> bool:
    """A cheap gate: every roster has a list of commas or rank marks."""
    return text.count(",") >= _MIN_CAST - 1 or "1)" in text or "1." in text


def _plain(word: str) -> bool:
    """A name word: a capital, then lower case, per hyphen part ("Joona-Ville", "McCarthy", "O'Shea");
    not a club code ("ValkealKa", "HIFK", "KU-58") nor an acronym."""
    if not word[:1].isupper():
        return False
    for part in word.split("-"):
        if not part or not part[0].isupper():
            return False
        rest = part[1:].replace("'", "").replace("’", "")
        if not rest or not rest.isalpha():
            return False
        # "McCarthy", "DeJong", "O'Shea": one inner capital after a short lower-case start
        if not rest.islower() and (
            sum(c.isupper() for c in rest) > 1 or not (part[:2] in ("Mc", "De", "Di", "La", "Le") or "'" in part)
        ):
            return False
    return True


def _lineup_member(chunk: str) -> str | None:
    """``chunk`` as a line-up member ("M. Herrera", "Torres Nilo", "Jonathan"), or None."""
    words = chunk.split()
    if not words or len(words) > 3:
        return None
    if _INITIAL_WORD.fullmatch(words[0]):
        if len(words) == 1:
            return None
        rest = words[1:]
    else:
        rest = words
    if len(rest) > 2 or not all(_plain(w) for w in rest):
        return None
    return " ".join(words)


def _fixture_sides(text: str) -> set[str]:
    return {side for m in _FIXTURE.finditer(text) for side in m.groups()}


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with ``pattern``'s matches blanked out, offsets kept."""
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _labelled_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line with a short label before a colon and a list after it: the only lines a
    line-up can be on, found with string searches (``_LABELLED`` then reads just these)."""
    pos = text.find(":")
    while pos >= 0:
        lo = text.rfind("\n", 0, pos) + 1
        hi = text.find("\n", pos)
        hi = len(text) if hi < 0 else hi
        if pos - lo <= 41 and text.count(",", pos, hi) + text.count(";", pos, hi) >= _MIN_CAST - 1:
            yield lo, hi
        pos = text.find(":", hi)


def lineups(text: str) -> list[Roster]:
    """Line-ups and cast lists: a labelled comma list of names on one line (see the module docstring)."""
    found: list[Roster] = []
    sides: set[str] | None = None
    for lo, hi in _labelled_lines(text):
        line = _blank(text[lo:hi], _PAREN)  # "Cooper (Miller 75)": a substitution note is no member
        m = _LABELLED.match(line)
        if m is None:
            continue
        label, body = m.group(1).strip(), m.group(2)
        words = set(label.lower().split()) | {label.lower()}
        if not words.isdisjoint(CAST_WORDS):
            kind, least = "cast", _MIN_CAST
        elif not words.isdisjoint(LINEUP_WORDS):
            kind, least = "lineup", _MIN_LINEUP
        else:
            if sides is None:
                sides = _fixture_sides(text)
            if label not in sides:
                continue
            kind, least = "lineup", _MIN_LINEUP
        if body.count(",") + body.count(";") + 1 < least:
            continue
        members: list[Member] = []
        pos = lo + m.start(2)
        body = body.rstrip(". ")
        ok = True
        for chunk_m in re.finditer(r"[^,;]+", body):
            chunk = chunk_m.group()
            parts = _MEMBER_SPLIT.split(chunk.strip())
            for part in parts:
                name = _lineup_member(part.strip())
                if name is None:
                    ok = False
                    break
                if kind == "cast" and len(name.split()) < 2:
                    ok = False
                    break
                at = text.find(name, pos + chunk_m.start())
                members.append(Member(name, at, at + len(name)))
            if not ok:
                break
        if ok and len(members) >= least:
            found.append(Roster(kind, lo + m.start(2), lo + m.end(2), tuple(members)))
    return found


def _results_blocks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, rows) of each run of rank marks counting 1, 2, 3, ... (each row near the last)."""
    blocks: list[tuple[int, int, int]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if len(run) >= 2:
            line_end = text.find("\n", run[-1].end())
            blocks.append((run[0].start(), len(text) if line_end < 0 else line_end, len(run)))

    for m in _RANK.finditer(text):
        if not text[m.end()].isupper():
            continue  # "1. alkuerä:" (heat 1), "2. Bundesliga": a number before a word, no row
        rank = int(m.group(1))
        if run and rank == int(run[-1].group(1)) + 1 and m.start() - run[-1].end() <= _RANK_GAP:
            run.append(m)
            continue
        close()
        run = [m] if rank == 1 else []
    close()
    return blocks


def _result_member(text: str, seg_start: int, seg: str, ranked: bool, tail: bool) -> Member | None:
    """A results row's person: "Visa Hongisto ValkealKa 6,72", "Carl Lewis (USA) 9.93" (brackets already
    blanked), "Victor Jansson Jomala IK 7,14", "Åstrand 6,85"; None for a row that names no person."""
    words = list(_word_spans(seg))
    names: list[tuple[str, int, int]] = []
    ended = False  # a result or a lower-case note ("hylättiin") follows the name and its club
    codes = 0
    for w, s, e in words:
        if w[0].isdigit():
            ended = True
            break
        if w[0].islower() and w not in _PARTICLES:
            ended = True
            break
        if codes or not (_plain(w) or (w in _PARTICLES and names)):
            codes += 1  # a club code or nationality ("ValkealKa", "HIFK", "USA"): the name is done
            continue
        names.append((w, s, e))
    if not (ranked or ended or tail) or not names:
        return None
    if names[-1][0] in _PARTICLES:
        return None
    if codes == 0 and len(names) >= 3 and ended:
        # "Victor Jansson Jomala IK": no code word can follow a plain one, so a town before the club's
        # code reads as a name word: only when two words are left is the third a club's
        return None
    if codes and len(names) == 3:
        names = names[:2]  # "Victor Jansson Jomala" + "IK": the club's town before its short code
    if len(names) > 3:
        return None
    start, end = seg_start + names[0][1], seg_start + names[-1][2]
    return Member(text[start:end], start, end)


def _word_spans(seg: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", seg)]


def _first_row(text: str) -> bool:
    """Is there a "1) Name" or "1. Name" anywhere (string searches before ``_RANK`` scans the text)?"""
    for mark in ("1)", "1."):
        pos = text.find(mark)
        while pos >= 0:
            after = text[pos + 2 : pos + 4]
            free = pos == 0 or (not text[pos - 1].isalnum() and text[pos - 1] not in ".,")
            if free and after[:1] in " \t" and after[1:2].isupper():
                return True
            pos = text.find(mark, pos + 2)
    return False


def results(text: str) -> list[Roster]:
    """Results lists: rows after rank marks counting up from 1; a text holds one only when some list of it
    has three rows, and a list's unranked rows count only with a result or a note after the name."""
    if not _first_row(text):
        return []
    blocks = _results_blocks(text)
    if not any(rows >= 3 for _, _, rows in blocks):
        return []
    plain = _blank(text, _PAREN)
    found: list[Roster] = []
    for start, end, _ in blocks:
        members: list[Member] = []
        region = plain[start:end]
        pieces = _SEGMENT.split(region)
        pos = 0
        spans: list[tuple[int, str, bool]] = []
        for piece in pieces:
            at = region.find(piece, pos)
            pos = at + len(piece)
            spans.append((start + at, piece, region[pos : pos + 3].strip() == "&"))
        for k, (at, piece, joined) in enumerate(spans):
            lead = piece.lstrip()
            at += len(piece) - len(lead)
            rank = re.match(r"\d{1,2}[.)][ \t]+", lead)
            if rank:
                at += rank.end()
                lead = lead[rank.end() :]
            # "A VU & B HonkajSU hylättiin": the first of a pair ends as the second does
            tail = joined and k + 1 < len(spans) and _result_member(text, 0, spans[k + 1][1], False, False) is not None
            member = _result_member(text, at, lead, bool(rank), tail)
            if member is not None:
                members.append(member)
        if members:
            found.append(Roster("results", start, end, tuple(members)))
    return found


# A "who's who" list (a round-up's birthdays, a listings page's guests): one person a line, the field in lower case
# in brackets, then a dash and what they did: "Steve Cram (athletics) - Former world 1,500 metres champion" (ent21)
_FIELD_LINE = re.compile(r"^[ \t]*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) \(([a-z][a-z -]{2,24})\) [-–—] ", re.M)


def field_lines(text: str) -> list[Roster]:
    """The "Name (field) - ..." lists of ``text``: three or more such lines, each a name of plain words. Like a
    results list, its members are people only where the caller confirms two of them (``people``): "Rio Tinto
    (mining) - up 3 pct" has the same shape."""
    if ") - " not in text and ") – " not in text and ") — " not in text:
        return []
    members = [
        Member(m.group(1), m.start(1), m.end(1))
        for m in _FIELD_LINE.finditer(text)
        if all(_plain(w) for w in m.group(1).split(" "))
    ]
    if len(members) < _MIN_CAST:
        return []
    return [Roster("who", members[0].start, members[-1].end, tuple(members))]


def find(text: str) -> list[Roster]:
    """Every roster of ``text`` (line-ups, cast lists, results lists, who's-who lines), in text order."""
    if not might_hold(text):
        return []
    return sorted([*lineups(text), *results(text), *agate(text), *field_lines(text)], key=lambda r: r.start)


def people(rosters: list[Roster], confirmed: set[str], given: frozenset[str] = frozenset()) -> list[str]:
    """The names of the rosters' members that are people, in text order, a surname alone folded into a
    full name of the same list set ("Hongisto" of "Visa Hongisto"). A results list counts only where two
    of its full names are ``confirmed`` people already (found by the text's own evidence) or open with a
    ``given`` name ("Carl Lewis"): ranked firms ("1) Toyota Motor 3,512") have the same shape. So does a
    who's-who list ("Steve Cram (athletics) - ...")."""
    if given:
        confirmed = confirmed | {
            m.name
            for r in rosters
            if r.kind in ("results", "who")
            for m in r.members
            if m.full and m.name.split(" ")[0] in given
        }
    fulls = [m.name for r in rosters for m in r.members if m.full] + list(confirmed)
    out: list[str] = []
    seen: set[str] = set()
    for roster in rosters:
        if roster.kind in ("results", "who"):
            sure = sum(1 for m in roster.members if m.full and m.name in confirmed)
            if sure < 2 and not _sure_list(roster, rosters, confirmed):
                continue
        for m in roster.members:
            if m.name in seen:
                continue
            if not m.full and " " not in m.name and any(f.endswith(" " + m.name) for f in fulls):
                continue  # "Hongisto" of "Visa Hongisto"
            seen.add(m.name)
            out.append(m.name)
    return out


def _sure_list(roster: Roster, rosters: list[Roster], confirmed: set[str]) -> bool:
    """A short results list (a heat: "1) Rantala 6,90, 2) Kirkkola 6,90") in a text whose other lists are
    confirmed: the same text, the same shape."""
    lists = [r for r in rosters if r.kind == "results"]
    sure = sum(1 for r in lists if sum(1 for m in r.members if m.full and m.name in confirmed) >= 2)
    return sure >= 2 and 2 * sure >= len(lists)


# Agate stat pages (session 16, AP's "BASEBALL'S TOP TEN"): a stat-table row "McNeil NYM 72 271 37 95 .351" (a
# surname, the team's short code, three or more figures) and a leaders entry "Yelich, Milwaukee, 31;" (a surname,
# the team's town, a figure or a record "10-2"). The surname may carry the source's glued initial ("KMarte",
# "JBaez": AP's way to tell two players of one surname apart).
_SURNAME = r"(?:[A-Z](?=[A-Z][a-z]))?[A-Z][\w'’-]{2,}"  # three letters or more: "St Lo 1.54" is a grain port
_FIGURE = r"(?:\d[\d,]*(?:\.\d+)?|\.\d+)"
_STAT_ROW = re.compile(rf"^[ \t]*({_SURNAME})[ \t]+([A-Z][A-Za-z]{{1,2}})((?:[ \t]+{_FIGURE}){{3,}})[ \t]*$", re.M)
_TOWN = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_LEADER = re.compile(rf"(?:^|(?<=; ))({_SURNAME}), ({_TOWN}), (\d{{1,3}}(?:-\d{{1,3}})?|\.\d+)(?=;|\.?$|\.\s)", re.M)
# a cheap gate (a literal first, so the scan skips fast): an entry's end "…, 31; "
_ENTRY_END = re.compile(r", (?:\d{1,3}(?:-\d{1,3})?|\.\d+); ")
_MIN_AGATE = 3  # rows or entries a table or leaders list has at least: prose names few "X, Y, 25;"
_HEAD_LEN = 5  # a column head is an abbreviation ("AB", "Pct.", "ERA")
_STAT_GAP = 3  # line breaks between two rows of one table at most (two blank lines)


def _agate_name(word: str) -> str | None:
    """A row's surname as published: "McNeil"; the glued initial written as an initial ("KMarte" -> "K. Marte",
    the form line-ups use, "M. Herrera": the initial keeps Ketel and Starling Marte apart); None for a word no
    surname has (a code, an acronym)."""
    if len(word) > 2 and word[0].isupper() and word[1].isupper() and _plain(word[1:]):
        return f"{word[0]}. {word[1:]}"
    return word if _plain(word) else None


def _column_heads(text: str, first: re.Match[str]) -> bool:
    """Does the line above a table's first row name its columns, one short head a figure ("G AB R H Pct.")?
    A stat table does; a price list or a results line whose first word is a commodity or a town rarely has
    a head per figure, and without it a capitalised word before a code is no surname for sure."""
    above = text[: first.start()].rstrip()
    line = above[above.rfind("\n") + 1 :].split()
    heads = len(first.group(3).split())
    return len(line) == heads and all(len(w) <= _HEAD_LEN and not any(c.isdigit() for c in w) for w in line)


def _runs(
    kind: str,
    matches: Iterator[re.Match[str]],
    apart: Callable[[re.Match[str], re.Match[str]], bool],
    whole: Callable[[list[re.Match[str]]], bool],
) -> tuple[Roster, ...]:
    """The runs of ``_MIN_AGATE`` or more consecutive rows (``apart`` splits two) whose every surname is one
    (``_agate_name``) and that ``whole`` accepts, as rosters."""
    found: list[Roster] = []
    run: list[re.Match[str]] = []
    for m in [*matches, None]:
        if run and (m is None or apart(run[-1], m)):
            members = [Member(name, r.start(1), r.end(1)) for r in run if (name := _agate_name(r.group(1)))]
            if len(run) >= _MIN_AGATE and len(members) == len(run) and whole(run):
                found.append(Roster(kind, run[0].start(1), run[-1].end(), tuple(members)))
            run = []
        if m is not None:
            run.append(m)
    return tuple(found)


@lru_cache(maxsize=4)  # entities and places both read one story's tables
def stat_rows(text: str) -> tuple[Roster, ...]:
    """Agate stat tables: runs of ``_MIN_AGATE`` or more rows "Surname CODE figures", one a line, each with as
    many figures as the first (a table has fixed columns) and under a line of as many column heads."""
    if text.count("\n") < _MIN_AGATE:
        return ()
    return _runs(
        "stats",
        _stat_row_matches(text),
        lambda last, m: (
            text.count("\n", last.end(), m.start()) > _STAT_GAP or len(m.group(3).split()) != len(last.group(3).split())
        ),
        lambda run: _column_heads(text, run[0]) and not any(_own_code(m.group(1), m.group(2)) for m in run),
    )


def _stat_row_matches(text: str) -> Iterator[re.Match[str]]:
    """``_STAT_ROW.finditer(text)``, tried only at the lines that end in a digit (ents18): a match is one whole
    line, from its start to its last figure and trailing blanks, so no other line can hold one (the scan of
    every line start was ~7 µs a story)."""
    lo = 0
    for line in text.split("\n"):
        if line.rstrip(" \t")[-1:].isdecimal():  # ``\d`` is ``str.isdecimal``'s class
            m = _STAT_ROW.match(text, lo)
            if m is not None:
                yield m
        lo += len(line) + 1


def _own_code(name: str, code: str) -> bool:
    """Is ``code`` the row's own short form ("Arsenal ARS", "Colorado Col")? Then the rows are teams (a league
    table with the clubs' codes), not players: a player's code is his team's ("Bell Pit")."""
    return name.lower().startswith(code.lower())


@lru_cache(maxsize=4)
def leaders(text: str) -> tuple[Roster, ...]:
    """Leaders lists: ``_MIN_AGATE`` or more entries "Surname, Town, figure" in a row, one after another's
    semicolon. ``Roster.end`` covers the towns too (the teams': places reads them as no state)."""
    if text.count(";") < _MIN_AGATE - 1 or len(_ENTRY_END.findall(text)) < _MIN_AGATE - 1:
        return ()
    return _runs("leaders", _LEADER.finditer(text), lambda last, m: text[last.end() : m.start()] != "; ", bool)


def agate(text: str) -> list[Roster]:
    """Stat tables and leaders lists (their members are people by the table's shape)."""
    return sorted((*stat_rows(text), *leaders(text)), key=lambda r: r.start)
