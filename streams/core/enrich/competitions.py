"""Competitions by their name's form: a league, cup, championship or tournament is an event, not a body.

"Champions League", "World Cup", "Piala Dunia", "BRI Super League" name what clubs play in; the body that
runs it (UEFA, FIFA, a league's company) is the organisation. Closed word lists written for this project
(ent18); a league that is a body ("Arab League", "Awami League", "National Football League") keeps its name
because only the qualifiers of a competition's tier or field turn "League" into an event.
"""

from __future__ import annotations

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


def is_competition(name: str) -> bool:
    """Does ``name`` name a sporting competition (an event) rather than a body?"""
    if name in _WHOLE:
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
