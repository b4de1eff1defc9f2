"""Firms named by what they do: a lone capitalised name as the subject of a company's act is a firm (ent19).

"Santos will slash spending and put assets up for sale", "Anacomp reported net of 2.8 mln dlrs", "Hoechst acquired
a majority of Celanese shares", "Penney posted a 5.5 pct increase": no person slashes a capital budget or reports
a quarter's net, so the name (a surname elsewhere: Santos) is the firm's. Only an act together with its corporate
object counts ("India bought eight cargoes", "Iran reported heavy fighting" name no firm's act); the caller
drops places, given names and everyday words. English copy; closed word lists written for this project.
"""

from __future__ import annotations

import re

from streams.core.enrich.textscan import Gate

# what a firm cuts, reports or sells; each verb only with its own objects
_CUT = (
    r"(?:slash(?:es|ed)?|cut(?:s|ting)?|trim(?:s|med)?|reduc(?:e|es|ed)) (?:its |their )?(?:capital )?"
    r"(?:spending|costs|jobs|workforce|staff|dividend|payout|output|production|investment|exploration budget)\b"
)
_RESULT = (
    r"(?:report(?:s|ed)?|post(?:s|ed)?) (?:a |an |its )?(?:record |higher |lower |net |operating |pre-tax |"
    r"(?:first|second|third|fourth)[- ]quarter |(?:full|half)[- ]year |first[- ]half |19\d\d |20\d\d )*"
    r"(?:net|profit|loss|earnings|revenue|income|sales)\b"
    r"|(?:report(?:s|ed)?|post(?:s|ed)?) a [\d.]+ pct (?:increase|rise|gain|drop|decline|fall)\b"
)
_DEAL = (
    r"(?:acquir(?:e|es|ed)|bought|buys?) (?:a |the )?(?:majority|controlling|minority|[\d.]+ pct) "
    r"(?:stake|interest|of)\b"
    r"|(?:s[eo]ll?s?|sold) (?:its |a )(?:stake|unit|subsidiary|assets|division|interest)\b"
    r"|list(?:s|ed)? its shares\b"
)
# "Cybertek said it is forming a General Products division", "Albertson's said it plans to open 33 to 35 new
# stores": the name's own act, said of "it" (a person says "he" or "she"); only a firm's acts, not "said it would"
_SAID_IT = (
    r"said (?:that )?(?:[^.\n]{0,40}? )?it (?:plans|intends|expects|agreed|acquired|reached|completed|filed|signed|"
    r"sold|bought|is (?:forming|offering|operating|selling|buying|opening|closing)|has (?:agreed|acquired|completed|"
    r"filed|signed|sold|bought|been operating)|will (?:acquire|buy|sell|close|open|phase out|file|offer))\b"
)
_AUX = r"(?:(?:will|would|also|plans to|is to|expects to|has|had|said it (?:will|would)) )?"
# at a sentence's, a line's or a dateline's start ("PERTH - Santos will slash ..."): the name is the subject. The
# start is matched as characters, so the search skips to the few places a sentence starts (issue #17)
_ACT = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:'s)?) " + _AUX + rf"(?:{_CUT}|{_RESULT}|{_DEAL}|{_SAID_IT})"
_ACTING_FIRST = re.compile(_ACT)
_ACTING = re.compile(r"(?:[.!?-] |\n)" + _ACT)
_VERB_GATE = (
    "said it",
    "said that",
    "slash",
    " cut",
    "trim",
    "reduc",
    "report",
    "post",
    "acqui",
    "bought",
    "buy",
    " sel",
    "sold",
    "list",
)
_ACT_GATE = Gate(_VERB_GATE)


def acting_names(text: str) -> list[str]:
    """Lone names that open a sentence doing a firm's act (the caller vets each: places, given names, everyday
    words and people's names are no firm)."""
    if not _ACT_GATE(text):
        return []
    first = _ACTING_FIRST.match(text)
    found: list[str] = [first.group(1)] if first else []
    for m in _ACTING.finditer(text):
        if m.group(1) not in found:
            found.append(m.group(1))
    return found
