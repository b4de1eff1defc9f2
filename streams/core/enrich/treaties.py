"""The words that end a treaty's, an agreement's or a negotiating round's name ("the Plaza Agreement", "the Paris
Accords", "the Uruguay Round", "Treaty of Rome"), shared by entities (a run ending in one names no organisation) and
places (a place opening one, or after "Treaty of", is no mention of the place).

Session 13 (branch place13): one definition where the two modules kept two lists with different forms (entities
had no plurals and no "Round", places no "Arrangement" or "Charter"). Chosen by hand by the project, same licence as
the repository.
"""

from __future__ import annotations

# the singular words, as names write them (capitalised)
TREATY_WORDS: tuple[str, ...] = (
    "Agreement",
    "Arrangement",
    "Accord",
    "Convention",
    "Protocol",
    "Treaty",
    "Pact",
    "Declaration",
    "Charter",
    "Round",
)
# ... and their plurals ("the Paris Accords", "the Oslo Agreements", "the Geneva Conventions"; not "Rounds": a
# tournament's)
TREATY_PLURALS: tuple[str, ...] = tuple(
    word[:-1] + "ies" if word.endswith("y") else word + "s" for word in TREATY_WORDS if word != "Round"
)
TREATY_TAILS: frozenset[str] = frozenset(TREATY_WORDS + TREATY_PLURALS)
# the words English copy also writes in lower case after a place's name ("the Uruguay round", "the Berne agreement";
# not "convention" or "declaration": "a Chicago convention" is a meeting there)
TREATY_LOWER: frozenset[str] = frozenset(
    word.lower()
    for word in TREATY_TAILS
    if word in ("Agreement", "Agreements", "Accord", "Accords", "Protocol", "Protocols", "Treaty", "Pact", "Round")
)
# the last words of programmes and laws, which also name no organisation ("Conservation Reserve Program"); a place
# before one is still the place ("the Texas Law", a school; "California law")
PROGRAMME_TAILS: frozenset[str] = frozenset(
    {"Act", "Program", "Programme", "Plan", "Initiative", "Law", "Bill", "Perjanjian", "Kesepakatan", "Undang-Undang"}
)
