"""Speed work on ``places.Gazetteer._roles`` (session 17, branch roles17): each gate and memo must answer as the
plain test did.

* ``_SLUG_AFTER`` is tried only in stories holding " to come", ``_NAMED_THING`` only where the letter after the
  blank opens one of its names (``_NAMED_THING_FIRST``): checked at every offset of random texts built from the
  patterns' own words and their near misses.
* ``_agate_span`` matches ``_AGATE_HEAD`` between the stripped line's bounds instead of on a stripped copy, and
  ``_agate_role`` reads each line once a story (``lines``): checked against the plain forms on corpus files (sports
  agate among them) and on random results lines set among prose, with blanks and other whitespace around them.
"""

from __future__ import annotations

import random

from streams.core.enrich import places
from tests.unit.test_plc17 import _texts  # whole corpus files, a few from each folder (skips without the corpus)


def _glued(pieces: list[str], glue: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 10))) for _ in range(n)]


def test_named_thing_first_letter_gate() -> None:
    pieces = ["Stock", "Mercantile", "Futures", "Commodity", "Commodities", "Cotton", "Metal", "Grain", "Securities"]
    pieces += ["Exchange", "Intermediate", "Sour", "Light", "Sweet", "sweet", "sour", "posted", "crude", "grade"]
    pieces += ["Texas", "Dubai", "stock", "exchange", "Light Sweet", "A", "x", "Über", "sWeet"]
    texts = _glued(pieces, [" ", "  ", "", "-", ", ", "\n"], 20_000, 17)
    found = 0
    for text in texts:
        for end in range(len(text)):
            plain = places._NAMED_THING.match(text, end) is not None
            gated = text[end + 1 : end + 2] in places._NAMED_THING_FIRST and plain
            assert gated == plain, (text, end)
            found += plain
    assert found >= 5_000  # the names are among them: a gate that rejects a name's letter fails above


def test_slug_after_holds_to_come() -> None:
    pieces = ["TIMOR", "AUST", "SANTOS", "WRAP", "update", "to", "come", "to come", "Update", "(", ")", "A&B", "X."]
    texts = _glued(pieces, [" ", "", ")", "  "], 20_000, 18)
    found = 0
    for text in texts:
        for end in range(len(text)):
            if places._SLUG_AFTER.match(text, end):
                assert " to come" in text, text
                found += 1
    assert found >= 2_000


def _results_lines(n: int, seed: int) -> list[str]:
    """Results, standings and schedule rows (each of ``_AGATE_LINE``'s shapes) and prose, with whitespace around."""
    rng = random.Random(seed)
    teams = ["Boston", "New York", "St. Louis", "L.A. Galaxy", "O'Neil", "Real Madrid CF"]
    pads = ["", " ", "  ", "\t", "\u00a0", "\u2003", " \t"]
    lines = []
    for _ in range(n):
        a, b, x, y = rng.choice(teams), rng.choice(teams), rng.randint(0, 120), rng.randint(0, 120)
        body = rng.choice(
            [
                f"{a} {x}, {b} {y}",
                f"{a} {x} {y} .{rng.randint(100, 999)}",
                f"{a} at {b}, {rng.choice(['7:05 p.m.', 'ppd.'])}",
                f"{a} (Jackson {x % 20}-{y % 20}) at {b} (Sale 3-1), 7:05 p.m.",  # a pitcher's name in brackets
                f"{a};{x};{y};.{rng.randint(100, 999)};_;_",
                f"{a} {x % 10} {b} {y % 10}",
                f"{x % 10} {a} " + " ".join(str(rng.randint(0, 99)) for _ in range(7)),
                f"{a} beat {b} {x}-{y} on Sunday in front of a crowd.",
                f"The {a} game ended {x} {y}",
                "",
            ]
        )
        lines.append(rng.choice(pads) + body + rng.choice(pads))
    return lines


def test_agate_span_answers_as_agate() -> None:
    texts = _texts(30)
    texts += ["\n".join(_results_lines(40, seed)) for seed in range(300)]
    agate = 0
    for text in texts:
        lo = 0
        while lo <= len(text):
            hi = text.find("\n", lo)
            hi = len(text) if hi < 0 else hi
            plain = places._agate(text[lo:hi])
            assert places._agate_span(text, lo, hi) == plain, text[lo:hi]
            agate += plain
            lo = hi + 1
    assert agate >= 5_000  # results lines are among them


def test_agate_role_memo_answers_as_each_line_read_again() -> None:
    texts = [text for text in _texts(15) if "\n" in text][:400]
    texts += ["\n".join(_results_lines(30, seed)) for seed in range(200)]
    teams = names = 0
    for text in texts:
        lines: dict[int, bool] = {}
        for at in range(1, len(text)):
            if text[at - 1] in " \n(" and text[at].isupper():  # where a name may start
                end = at + 1
                while end < len(text) and text[end].isalpha():
                    end += 1
                role = places._agate_role(text, at, end, lines)
                assert role == places._agate_role(text, at, end, {}), (text, at)
                teams += role == "team"
                names += role == "name"
    assert teams >= 2_000 and names >= 50


def test_person_and_agreement_gates() -> None:
    """``_thing``'s and ``_named_after_place``'s patterns are tried only where their first (or last) characters
    stand: at every offset of random texts of their own words, each gated test answers as the plain one."""
    pieces = ["who", "whose", "'s", "’s", "wife", "son", "again", "said", "is", "was", "arrested", "his", "friend"]
    pieces += ["a", "founder", "owner", "35", "8", "the", "Treaty", "Accord", "agreement", "round", "Pact", "Times"]
    pieces += ["Post", "Free Press", "Daily News", "Star-Telegram", "Office", "Paris", "Lincoln", "Berne", "of"]
    pieces += ["again urged", "was arrested", "is charged", ", his wife", "also said", ", 8, ", ", 35. "]
    texts = _glued(pieces, [" ", ", ", ",", ". ", "", "-", " \n", ", \n", "\n"], 8_000, 19)
    after = {
        places._PERSON_AFTER: lambda text, at: text[at : at + 1] in (",", "'", "’"),
        places._PERSON_DOES: lambda text, at: text[at : at + 1] == " ",
        places._PERSON_ROLE: lambda text, at: text[at : at + 1] == ",",
        places._AGE_AFTER: lambda text, at: text[at : at + 1] == ",",
        places._AGREEMENT_AFTER: lambda text, at: text[at + 1 : at + 2] in places._TREATY_FIRST,
        places._AGREEMENT_AFTER_LOWER: lambda text, at: text[at + 1 : at + 2] in places._TREATY_LOWER_FIRST,
        places._PAPER_AFTER: lambda text, at: text[at + 1 : at + 2] in places._PAPER_FIRST,
    }
    found = dict.fromkeys(after, 0)
    kin = 0
    for text in texts:
        for at in range(len(text) + 1):
            for pattern, gate in after.items():
                plain = pattern.match(text, at) is not None
                assert (gate(text, at) and plain) == plain, (pattern.pattern[:30], text, at)
                found[pattern] += plain
            plain = places._KIN_BEFORE.search(text, max(0, at - 24), at) is not None
            assert (text.endswith((", ", ", \n"), 0, at) and plain) == plain, (text, at)
            kin += plain
    assert min(found.values()) >= 100 and kin >= 200, (found, kin)
