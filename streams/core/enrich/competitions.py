"""Competitions by their name's form: a league, cup, championship, tournament or racing series is an event.

"Champions League", "World Cup", "Piala Dunia", "BRI Super League" name what clubs play in; the body that
runs it (UEFA, FIFA, a league's company) is the organisation. Closed word lists written for this project
(ent18); a league that is a body ("Arab League", "Awami League", "National Football League") keeps its name
because only the qualifiers of a competition's tier or field turn "League" into an event.
"""

from __future__ import annotations

import re

from streams.core.enrich.textscan import Gate

# the last word(s) of an event's name: "Davis Cup", "Wimbledon Championships", "Monaco Grand Prix"; the singular
# "Championship" stays (the "Ultimate Fighting Championship" is a company)
_EVENT_TAILS = frozenset({"Cup", "Trophy", "Tournament", "Championships", "Olympics", "Paralympics"})
_EVENT_TAIL_PAIRS = frozenset({"Grand Prix"})
# "<qualifier> League" of a competition's field or tier ("Champions League", "Europa League", "Super League")
_LEAGUE_QUALIFIERS = frozenset({"Champions", "Europa", "Conference", "Nations", "Super", "Premier"})
# Indonesian/Malay, Spanish, French, German names open with the event's word ("Piala Dunia", "Copa del Rey")
_EVENT_HEADS = frozenset({"Piala", "Kejuaraan", "Turnamen", "Olimpiade", "Copa", "Coupe", "Pokal"})
_LIGA_QUALIFIERS = _LEAGUE_QUALIFIERS | frozenset({"Konferensi", "Primer"})
_WHOLE = frozenset({"Bundesliga", "Serie A", "Serie B", "La Liga", "Eredivisie", "Ligue 1", "Primera Division"})
# a motor-sport series is what teams race in, an event like a league (ent19): "MotoGP", and "MotoGP Inggris" (the
# British round); the teams ("Ducati Lenovo Team", "Repsol Honda") and the firm that runs it are the bodies
_SERIES = frozenset(
    {"MotoGP", "Moto2", "Moto3", "MotoE", "WorldSBK", "Formula One", "Formula 1", "Formula E", "Formula 2", "IndyCar"}
)
# words after a series' name that make the whole a body, not a round: "Formula One Management", "Formula One Group"
_SERIES_BODY_TAILS = frozenset({"Group", "Management", "Holdings", "Team", "Racing", "Association", "Commission"})


def is_competition(name: str) -> bool:
    """Does ``name`` name a sporting competition (an event) rather than a body?"""
    if name in _WHOLE or name in _SERIES:
        return True
    if _series_round(name):
        return True
    words = name.split(" ")
    if len(words) < 2:
        return False
    if words[-1] in _EVENT_TAILS or " ".join(words[-2:]) in _EVENT_TAIL_PAIRS:
        return True
    if words[-1] == "League" and words[-2] in _LEAGUE_QUALIFIERS:
        return True
    if words[0] in _EVENT_HEADS or " ".join(words[:2]) in _EVENT_TAIL_PAIRS:
        return True
    return words[0] == "Liga" and (words[1] in _LIGA_QUALIFIERS or words[1].isdigit())


def _series_round(name: str) -> bool:
    """Is ``name`` a series' name and a round's qualifier ("MotoGP Inggris", "Formula One World Championship"),
    not a body named after the series ("Formula One Management")?"""
    for series in _SERIES:
        if name.startswith(series + " "):
            return not (set(name[len(series) + 1 :].split(" ")) & _SERIES_BODY_TAILS)
    return False


# makers that enter racing teams under their own name (closed list, ent19); a team's name is a maker with its
# sponsor before it or after it and its team word or code last: "Petronas Yamaha SRT", "Repsol Honda",
# "Ducati Lenovo Team", "Red Bull Racing"
_MAKERS = frozenset(
    {"Ducati", "Yamaha", "Honda", "KTM", "Aprilia", "Suzuki", "Kawasaki", "Ferrari", "McLaren", "Mercedes", "Williams"}
    | {"Alpine", "Haas", "Sauber", "Red Bull", "Aston Martin", "Gresini", "Pramac"}
)
_TEAM_WORDS = frozenset({"Team", "Racing", "Factory", "Motorsport", "Scuderia"})
_CAP_RUN = re.compile(r"(?<![\w-])[A-Z][\w&-]*(?: [A-Z][\w&-]*)+")
_CODE = re.compile(r"[A-Z][A-Z0-9]{2,5}")
_CUES = ("Moto", "Formula", "Grand Prix", "IndyCar", "WorldSBK")  # a cheap test before the regex (issue #17)
_CUE_GATE = Gate(_CUES)
_SERIES_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _SERIES), key=len, reverse=True)) + r"|Grand Prix)\b"
)


def _team_shape(words: list[str]) -> bool:
    """[sponsor] maker [sponsor] team-word-or-code...: the whole run, or it is no team ("Ducati Dibungkam Aprilia",
    a headline's words between two makers)."""
    joined = list(words)
    for i, word in enumerate(joined):  # a two-word maker ("Red Bull") read as one
        if i + 1 < len(joined) and f"{word} {joined[i + 1]}" in _MAKERS:
            joined[i : i + 2] = [f"{word} {joined[i + 1]}"]
            break
    at = next((i for i, w in enumerate(joined) if w in _MAKERS), -1)
    if at < 0 or at > 1 or len(joined) < 2:
        return False
    tail = joined[at + 1 :]
    if tail and not (tail[0] in _TEAM_WORDS or _CODE.fullmatch(tail[0])):
        tail = tail[1:]  # a sponsor after the maker needs a team word or code after it: "Ducati Lenovo Team"
        if not tail:
            return False
    return all(w in _TEAM_WORDS or _CODE.fullmatch(w) for w in tail) and (at == 1 or bool(tail))


def racing_teams(text: str) -> list[str]:
    """Racing teams named in a story that names a series or a Grand Prix: "Valentino Rossi of Italy and Petronas
    Yamaha SRT during the MotoGP test day" names the team, which is an organisation (the series is an event)."""
    if not _CUE_GATE(text) or not _SERIES_CUE.search(text):
        return []
    found: list[str] = []
    for m in _CAP_RUN.finditer(text):
        words = m.group(0).split(" ")
        if _team_shape(words) and not _SERIES & set(words) and m.group(0) not in found:
            found.append(m.group(0))
    return found
