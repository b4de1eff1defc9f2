"""Organisations named in an all-capital headline (org14).

Wire briefs are often a headline alone, in capitals ("FED SETS 1.5 BILLION DLR CUSTOMER REPURCHASE",
"ROSPATCH CORP REJECTS OFFER FROM DIAGNOSTIC RETRIEVAL SYSTEMS INC"): the run scan reads case, so a line
in capitals names nothing. Two forms are safe there:

* a known organisation's name, written in capitals ("FED", "BOEING", "WHITE HOUSE"), given in its known
  spelling; a name that is also an everyday word ("APPLE", "SHELL") is left alone;
* a firm's name ending in a legal form ("WASTE MANAGEMENT CORP"), read back from the legal form to the line's
  start, a function word, a headline verb, a number or punctuation; the caller gives it in the case running
  text would (``cased``: "Sierra Pacific Resources Inc", tent20), keeping initials ("AMR CORP" -> "AMR Corp").

Pure functions over the story text and the lexicons; nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Words that end a firm's name read backwards: function words and the verbs wire headlines use most
STOPS = frozenset(
    {
        "A",
        "AN",
        "THE",
        "FOR",
        "FROM",
        "TO",
        "BY",
        "IN",
        "AT",
        "ON",
        "WITH",
        "OVER",
        "INTO",
        "VS",
        "VERSUS",
        "SAYS",
        "SAID",
        "SEES",
        "SETS",
        "GETS",
        "BUYS",
        "SELLS",
        "BIDS",
        "BID",
        "OFFER",
        "OFFERS",
        "MAKES",
        "AGREES",
        "ACQUIRES",
        "ACQUIRE",
        "BUY",
        "SELL",
        "MERGE",
        "MERGES",
        "REJECTS",
        "ACCEPTS",
        "PLANS",
        "CUTS",
        "RAISES",
        "LIFTS",
        "FILES",
        "UNIT",
        "STAKE",
        "HAS",
        "IS",
        "WILL",
        "OR",
        "UP",
        "DOWN",
        "NET",
        "SHR",
        "QTR",
        "REPORTS",
        "COMPLETES",
        "TERMINATES",
        "EXTENDS",
        "NAMES",
        "ELECTS",
        "ORDERS",
        "WINS",
        "SEEKS",
        "UNIT'S",
        "UPGRADES",
        "DOWNGRADES",
        "LOWERS",
        "CLOSES",
        "OPENS",
        "SUES",
        "LOSES",
        "FORMS",
        "SIGNS",
        "POSTS",
        "EXPECTS",
        "DECLARES",
        "OMITS",
        "SUSPENDS",
        "RESUMES",
        "BOOSTS",
        "INCREASES",
        "REDUCES",
        "RECEIVES",
        "AWARDS",
        "HOLDS",
        "ENDS",
        "STARTS",
        "JOINS",
        "TAKES",
        "PAYS",
        "INVESTS",
        "BUYING",
        "SELLING",
    }
)
_WORD = re.compile(r"[A-Z][A-Z0-9&'’./-]*")
_LINE_WORDS = 3


# A line with no ASCII lower-case letter: one scan of the text finds the candidates, most lines have one (cost14)
_NO_ASCII_LOWER = re.compile(r"^[^a-z\n]*$", re.MULTILINE)


def shouted_lines(text: str) -> list[str]:
    """The text's lines written wholly in capitals (three words or more, no lower-case letter)."""
    return [
        line.strip()
        for line in _NO_ASCII_LOWER.findall(text)
        if line.strip()
        and (line.isascii() or not any(ch.islower() for ch in line))
        and len(line.split()) >= _LINE_WORDS
    ]


def _known_in(line: str, known: dict[str, str]) -> Iterable[str]:
    words = _WORD.findall(line)
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i : i + n])
            if key in known:
                yield known[key]
            elif key.endswith(("'S", "’S")) and key[:-2] in known:
                yield known[key[:-2]]  # "WHITE HOUSE'S BAKER"


# Words after a legal form that go on with the firm's name ("SERVICE CORP INTERNATIONAL", "SERVO CORP OF AMERICA")
_GOES_ON = frozenset({"INTERNATIONAL", "INTL", "OF", "AMERICA", "USA", "WORLDWIDE"})


def _goes_on_to(toks: list[str], j: int) -> int:
    """Where a firm's name whose legal form is ``toks[j]`` ends: the words that go on with it ("SERVICE CORP
    INTERNATIONAL", "SERVO CORP OF AMERICA"), or -1 when "OF" leads elsewhere (a seat, or a longer name with a
    legal form of its own further on) (org15)."""
    end = j
    while end + 1 < len(toks) and toks[end + 1] in _GOES_ON:
        end += 1
    while end > j and toks[end] == "OF":
        end -= 1
    if toks[end] != "AMERICA" and "OF" in toks[j + 1 : end + 1]:
        return -1
    if end + 1 < len(toks) and toks[end + 1] == "OF":
        return -1
    return end


def _firms_in(line: str, legal: frozenset[str], common: frozenset[str]) -> Iterable[str]:
    toks = line.replace(",", " , ").split()
    for j, tok in enumerate(toks):
        if tok.rstrip(".") not in legal or j == 0:
            continue
        end = _goes_on_to(toks, j)
        if end < 0 or (end + 1 < len(toks) and toks[end + 1].rstrip(".") in legal):
            continue  # "FORD MOTOR CO OF CANADA LTD": the later legal form ends the name
        i = j
        while i > 0:
            prev = toks[i - 1]
            if prev in STOPS or not _WORD.fullmatch(prev) or prev[0].isdigit() or (prev in ("AND", "OF") and i == j):
                break
            if "/" in prev and prev.split("/", 1)[0].lower() in common:  # "WALL STREET STOCKS/ANACOMP INC"
                toks[i - 1] = prev.split("/", 1)[1]
                i -= 1
                break
            i -= 1
        while i < j and toks[i] in ("AND", "OF", "&"):
            i += 1
        if i == j or (j - i == 1 and end == j and toks[i].lower() in common):
            continue  # "SOFTWARE COS SUPPORT NEW APPLE PRODUCTS": software companies, no firm
        yield " ".join(toks[i : end + 1])


# orgx16: a results headline with no ticker and no legal form ("CCR VIDEO 1ST QTR NOV 30 NET"): the wire's
# earnings brief is "<firm> <period> [<period end>] NET|LOSS|PROFIT" and nothing else, so the words before the
# period name the firm (a ticker's line, "ASHTON-TATE <TATE> 4TH QTR NET", is left to the body, which names
# the firm in full); in the source's capitals, as the legal-form firms
_RESULTS = re.compile(
    r"^(?P<name>[A-Z][A-Z0-9&'./-]*(?: [A-Z][A-Z0-9&'./-]*){0,4}) "
    r"(?:(?:1ST|2ND|3RD|4TH) QTR|YEAR|YR|(?:6|9|SIX|NINE) MTHS)(?: [A-Z]{3} \d{1,2})? (?:NET|LOSS|PROFIT)$"
)


# a results table's row ("Shr 2-1/5 cts vs nil", "Net 156,726 vs 11,989"): the brief is the table itself, not a
# story about results ("OHIO MATTRESS MAY HAVE LOWER 1ST QTR NET" heads prose whose firm the body names)
_TABLE_ROW = re.compile(r"^\s*(?:Oper )?(?:Shr|Net|Revs|Sales|Loss)\b[^\n]* vs ", re.MULTILINE)


def results_table(text: str) -> bool:
    """Does the text hold a results table ("Shr ... vs ...")?"""
    return _TABLE_ROW.search(text) is not None


def _results_firm(line: str, legal: frozenset[str]) -> str | None:
    """The firm a results headline opens with, or None (see ``_RESULTS``)."""
    m = _RESULTS.match(line)
    if m is None:
        return None
    words = m.group("name").split()
    if any(w in STOPS or w in legal or w[0].isdigit() for w in words):
        return None  # "1986 4TH QTR NET"; "ROYAL DUTCH/SHELL GROUP OF COS": the legal-form reader's call
    return m.group("name")


# legal forms the wire writes in mixed case inside running text ("Sierra Pacific Resources Inc"); "AG", "NV",
# "SA", "LP" stay in capitals
_LEGAL_CASED = {"CORP": "Corp", "INC": "Inc", "CO": "Co", "COS": "Cos", "LTD": "Ltd", "PLC": "Plc"}
_VOWELS = frozenset("AEIOUY")


_PARTICLES = frozenset({"VAN", "VON", "DE", "DU", "DI", "DA", "LA", "LE", "DEL", "DER", "DEN", "MC", "MAC"})
_SYLLABLE = re.compile(r"[^AEIOU][AEIOUY][^AEIOU]")  # a three-letter word read as one syllable, not initials
_JOINS_CASED = {"AND": "and", "OF": "of", "THE": "The", "&": "&"}


def _cased_word(word: str, common: frozenset[str], inner: bool = False) -> str:
    if word in _LEGAL_CASED:
        return _LEGAL_CASED[word]
    if word in _JOINS_CASED:
        return _JOINS_CASED[word]
    for sep in ("-", "/"):  # "HARLEY-DAVIDSON", "DIAGNOSTIC/RETRIEVAL": each part
        if sep in word:
            return sep.join(_cased_word(part, common, True) for part in word.split(sep))
    if "'" in word or "’" in word:  # "ALBERTSON'S", "INT'L", "D'ALENE", "DUNKIN'"
        head, mark, tail = word.replace("’", "'").partition("'")
        tail = tail.lower() if len(tail) <= 1 else _cased_word(tail, common, True)
        return f"{_cased_word(head, common, True) if len(head) > 1 else head}{mark}{tail}"
    if word in _PARTICLES or (inner and len(word) == 2 and not _VOWELS.isdisjoint(word)):
        return word.capitalize()  # "VAN DORN", "DU PONT", "UP-RIGHT"
    if not word.isalpha() or _VOWELS.isdisjoint(word) or len(word) < 3:
        return word  # "U.S.", "3M", "GSW", "AM": initials and codes keep their capitals
    if len(word) == 3 and not inner and word.lower() not in common and not _SYLLABLE.fullmatch(word):
        return word  # "AMR", "IDB", "NCR" as written; "GAS", "JIM", "DOW" (a syllable) in title case
    return word.capitalize()


def cased(name: str, common: frozenset[str]) -> str:
    """A firm read from an all-capital headline in the case running text gives it ("SIERRA PACIFIC RESOURCES INC" ->
    "Sierra Pacific Resources Inc"): words with a vowel in title case, but three-letter initials ("AMR", "IDB")
    that are no everyday word (``common``, lower case) nor one syllable ("DOW", "JIM"); "and", "of" in lower
    case; legal forms as the wire writes them in prose."""
    return " ".join(_cased_word(word, common) for word in name.split(" "))


def cased_org(org: dict[str, Any], common: frozenset[str]) -> dict[str, Any]:
    """An organisation whose name only a capitals headline gave ("SIERRA PACIFIC RESOURCES INC <SRP>"), in prose
    case (``cased``); only a name of two words or more ending in a legal form: a lone "AMR" or "SEC" is as
    written."""
    name = str(org.get("name") or "")
    if not name.isupper() or " " not in name or name.rsplit(" ", 1)[-1].rstrip(".") not in _LEGAL_CASED:
        return org
    return {**org, "name": cased(name, common)}


def find(
    lines: Iterable[str], known: dict[str, str], legal: frozenset[str], common: frozenset[str], table: bool = False
) -> list[str]:
    """Organisations the text's all-capital lines name (``shouted_lines``: the caller's gate has them already):
    known names (their known spelling) and firms ending in a legal form (the source's capitals), in line order,
    each once. ``known`` maps a name in capitals to its
    spelling; ``legal`` holds the legal forms in capitals ("CORP", "INC", "CO", "LTD"); ``common`` the story
    language's everyday words, lower-cased. A firm inside a longer one ("FORD MOTOR CO" of "FORD MOTOR CO OF
    CANADA LTD") is that one. ``table``: the story is a results table (``results_table``), whose results
    headline names its firm."""
    found: list[str] = []
    for line in lines:
        firms = list(_firms_in(line, legal, common))
        found.extend(firms)
        firm = _results_firm(line, legal) if table and not firms else None
        if firm is not None and firm.lower() not in common:
            found.append(firm)
        found.extend(_known_in(line, known))
    found = list(dict.fromkeys(found))
    return [f for f in found if not any(g != f and f" {g} ".startswith(f" {f} ") for g in found)]
