"""News media the organisation scan misses (session 21, issue #15; tent21, tuned to draw 1).

* a North American broadcaster by its call letters: after "station", "radio", "TV", "affiliate" ("local news station
  KABC") or with its band ("WJTC-TV", "WTRK-FM"): K or W and two or three more capitals, a licence's shape;
* a newspaper named after its city with a masthead word and a lower-case "the" ("the Los Angeles Times", "the
  Seattle Times"; ``entities._MASTHEAD`` takes the capitalised "The Times"): the city must be a place, and a name
  running on ("the New England Journal of Medicine", "the Washington Post Co") is left to the scan.

Pure functions over the story text; the caller (``entities.enrich``) keeps its own types.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CALL = r"[KW][A-Z]{2,3}"
_BROADCASTER = re.compile(
    rf"(?<![\w-])({_CALL}-(?:TV|FM|AM|DT))(?![\w-])"
    rf"|\b(?:station|radio|TV|television|affiliate|broadcaster) ({_CALL})(?![\w-])"
)
_BROADCAST_CUES = ("-TV", "-FM", "-AM", "-DT", "station ", "radio ", "TV ", "television ", "affiliate ", "broadcaster ")
_CITY_PAPER = re.compile(
    r"\bthe ((?:[A-Z][\w'’-]+ ){1,3})(Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Examiner)\b"
    r"(?! (?:[A-Z]|of\b|and\b|&))(?!['’-]\w)"
)


def broadcasters(text: str) -> list[str]:
    """Call letters the text gives a station by ("station KABC", "WJTC-TV"), once each, in text order."""
    if not any(cue in text for cue in _BROADCAST_CUES):
        return []
    return list(dict.fromkeys(m.group(1) or m.group(2) for m in _BROADCASTER.finditer(text)))


def city_papers(text: str, is_place: Callable[[str], bool]) -> list[str]:
    """Newspapers named by their city and masthead word after a lower-case "the" ("the Los Angeles Times")."""
    if "the " not in text:
        return []
    out = []
    for m in _CITY_PAPER.finditer(text):
        city = m.group(1).strip()
        if is_place(city):
            out.append(f"{city} {m.group(2)}")
    return list(dict.fromkeys(out))
