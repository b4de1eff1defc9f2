"""Speed work on the places stage (session 17, branch plc17): each cheaper form must find what the plain one found.

* ``leads.finditer`` (national bodies, airports, Indonesian regencies after "di") and ``national._found_demonyms``
  try a pattern only where a name or a stem starts; the plain ``finditer`` is kept here as the reference. Checked
  on real corpus copy (German and Spanish sentences, where the demonyms are; ANTARA's Indonesian) and on random
  texts built from the names, the stems and their neighbours (look-behind and look-ahead cases, overlapping
  starts, either lettercase).
* ``places._agate`` tries the agate line's pattern only where ``_AGATE_HEAD`` (how each of its shapes opens) fits.
* ``places._CURRENCY_BEFORE_REVERSED`` reads the text before a country backwards instead of searching forwards.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from streams.core.enrich import airports, leads, national, places

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _sentences() -> list[str]:
    """German (GermEval 2014) and Spanish (CoNLL-2002) sentences, tokens joined by blanks."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (only CI and developer machines have it)")
    out: list[str] = []
    words: list[str] = []
    german = (CORPUS / "germeval2014-de" / "NER-de-dev.tsv").read_text(encoding="utf-8").splitlines()
    for line in german:
        cells = line.split("\t")
        if len(cells) >= 2 and cells[0].isdigit():
            words.append(cells[1])
        elif words:
            out.append(" ".join(words))
            words = []
    for line in (CORPUS / "conll2002-es-efe" / "esp.testa").read_text(encoding="utf-8").splitlines():
        if line.split():
            words.append(line.split()[0])
        elif words:
            out.append(" ".join(words))
            words = []
    return out


def _random_texts(n: int, seed: int) -> list[str]:
    """Texts of the names, the stems with and without endings, in either case, glued to word characters and
    hyphens or set apart by blanks and punctuation: the edges the look-behind and look-ahead decide."""
    rng = random.Random(seed)
    pieces = [*national._BODIES, "Fed up", "Austrian Bundesliga", "Serie A-League", "xFed", "Fedx"]
    for stems in national._STEMS.values():
        for words in stems.values():
            for stem in words:
                pieces += [stem, stem.capitalize(), stem + "e", stem + "en", stem + "es", stem + "as", stem[:-1]]
    glue = [" ", "", "-", "x", ", ", ". ", "\n", "(", "1", "é"]
    return ["".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def _plain_hints(text: str) -> list[tuple[int, int, str | None]]:
    found = [(m.start(), m.end(), m.group()) for m in national._BODY.finditer(text)]
    for language, pattern in national._PATTERNS.items():
        if pattern is not None:
            found += [(m.start(), m.end(), f"{language}:{m.lastgroup}") for m in pattern.finditer(text)]
    return found


def _gated_hints(text: str) -> list[tuple[int, int, str | None]]:
    found = [(m.start(), m.end(), m.group()) for m in leads.finditer(national._BODY, national._BODY_START, text)]
    for language, pattern in national._PATTERNS.items():
        if pattern is not None:
            found += [
                (m.start(), m.end(), f"{language}:{m.lastgroup}")
                for m in national._found_demonyms(pattern, national._STARTS[language], text)
            ]
    return found


def test_gated_scans_find_what_finditer_finds() -> None:
    texts = _sentences() + _random_texts(4000, 17)
    matched = 0
    for text in texts:
        plain = _plain_hints(text)
        assert _gated_hints(text) == plain, text[:200]
        matched += bool(plain)
    assert matched >= 1000  # the texts hold names and demonyms: a scan that finds nothing fails above


def test_starts_hold_every_stem_in_both_cases() -> None:
    for language, stems in national._STEMS.items():
        starts = national._STARTS[language]
        for words in stems.values():
            for stem in words:
                for word in (stem[0].upper() + stem[1:], stem[0].lower() + stem[1:]):
                    assert any(word.startswith(start) for start in starts), (language, word)


def test_hints_unchanged_on_examples() -> None:
    text = "Die niederländischen Forscher und der Bundesliga-Club; Fed up. Die Fed und die Deutsche Bank."
    assert [(h.cc, text[h.start : h.end]) for h in national.hints(text, "de")] == [
        ("NL", "niederländischen"),
        ("US", "Fed"),
    ]


def _texts(per_folder: int = 60) -> list[str]:
    """Whole corpus files, ``per_folder`` from each folder (ANTARA's Indonesian copy among them)."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS} (only CI and developer machines have it)")
    texts: list[str] = []
    for folder in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.stat().st_size < 200_000)[:per_folder]
        texts += [p.read_bytes().decode("utf-8", "replace") for p in files]
    return texts


def _corpus_lines() -> list[str]:
    """Lines of corpus files, a few files from each folder (sports agate among them: SportsML, AP results)."""
    return [line for text in _texts(40) for line in text.splitlines()[:400]]


def _random_agate(n: int, seed: int) -> list[str]:
    """Lines in the shapes of results, standings and schedule rows, and near misses of them."""
    rng = random.Random(seed)
    pieces = ["Boston", "New York", "St. Louis", "L.A. Galaxy", "O'Neil", "Real Madrid CF", "the", "at", "vs"]
    pieces += ["5", "12", "3-1", ".667", "1.000", "(Sale 3-1)", "7:05 p.m.", "ppd.", "OT", "(SO)", "10 innings", "_"]
    joins = [" ", ", ", ";", "", "  ", "\t"]
    lines = [
        rng.choice(["", " ", "\t"]) + "".join(rng.choice(pieces) + rng.choice(joins) for _ in range(rng.randint(1, 9)))
        for _ in range(n)
    ]
    teams = pieces[:6]
    for _ in range(n // 10):  # each of _AGATE_LINE's shapes, whole
        a, b, x, y = rng.choice(teams), rng.choice(teams), rng.randint(0, 120), rng.randint(0, 120)
        lines += [
            f"{a} {x}, {b} {y}",
            f"{a} {x} {y} .{rng.randint(100, 999)}",
            f"{a} at {b}, {rng.choice(['7:05 p.m.', 'ppd.'])}",
            f"{a};{x};{y};.{rng.randint(100, 999)};_;_",
            f"{a} {x % 10} {b} {y % 10}",
            f"{x % 10} {a} " + " ".join(str(rng.randint(0, 99)) for _ in range(7)),
        ]
    return lines


def test_agate_head_never_hides_an_agate_line() -> None:
    lines = _corpus_lines() + _random_agate(60_000, 17)
    agate = 0
    for line in lines:
        plain = places._AGATE_LINE.fullmatch(line.strip()) is not None
        assert places._agate(line) == plain, line
        agate += plain
    assert agate >= 10_000  # results lines are among them: a head that rejects them all fails above


def test_currency_before_read_backwards() -> None:
    """``_CURRENCY_BEFORE_REVERSED`` on the reversed window answers as the forward search did (session 16's form)."""
    forward = re.compile(
        "(?i:"
        + "|".join(places._CURRENCY_BEFORE_WORDS)
        + ") (?:"
        + "|".join(places._CURRENCY_BEFORE_SUFFIXES)
        + r")?\Z"
    )
    rng = random.Random(17)
    words = [
        *places._CURRENCY_BEFORE_WORDS,
        "petrodollars",
        "dollar",
        "Dólares",
        "DLRS",
        "Yen",
        "ſterling",
        "\u212arona",
    ]
    words += ["de", "de los", "of the", "De", "OF THE", "in", "miliar", "US", "AS", "x", "", "-"]
    hits = 0
    for _ in range(40_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) + rng.choice([" ", "", "  "]) + "AS"
        start = len(text) - 2
        plain = forward.search(text, max(0, start - 20), start) is not None
        assert (places._CURRENCY_BEFORE_REVERSED.match(text[max(0, start - 20) : start][::-1]) is not None) == plain
        hits += plain
    assert hits >= 5_000


def test_lead_scans_find_what_finditer_finds() -> None:
    rng = random.Random(17)
    words = [*airports.AIRPORT_TOWNS, "Airport", "airport", "International", "Bandara", "Bandar Udara", "Flughafen"]
    words += ["Aeropuerto", "aéroport", "de", "di", "Di", "ke", "dari", "Musi", "Rawas", "Jawa", "Barat", "x", "-"]
    random_texts = [
        "".join(rng.choice(words) + rng.choice([" ", "", "-", ", "]) for _ in range(rng.randint(1, 10)))
        for _ in range(20_000)
    ]
    scans = [(airports.AIRPORT_NAME, airports.AIRPORT_LEAD), (places._AT_REGENCY, places._AT_REGENCY_LEAD)]
    matched = 0
    for text in _texts() + random_texts:
        for pattern, lead in scans:
            plain = [(m.span(), m.groupdict() or m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict() or m.groups()) for m in leads.finditer(pattern, lead, text)] == plain
            first = pattern.search(text)
            found = leads.search(pattern, lead, text)
            assert (found and found.span()) == (first and first.span())
            matched += bool(plain)
    assert matched >= 1_000


def test_story_wide_gates_hold_what_each_test_needs() -> None:
    """``_roles`` skips three per-hit tests where the story lacks their character or word: the firm prefix needs
    "PT" or "Perum", the bracketed name a "<", the agate line a line break (its own ``rfind`` of one)."""
    rng = random.Random(17)
    words = ["PT", "Perum", "Pertamina", "Bank", "Mandiri", "Indonesia", "<China", "Co", "Ltd>", "of", "pt", "x"]
    prefixed = bracketed = 0
    for _ in range(20_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) + " Indonesia"
        start, end = len(text) - len("Indonesia"), len(text)
        if places._FIRM_PREFIX_BEFORE.search(text, max(0, start - 60), start):
            assert "PT" in text or "Perum" in text
            prefixed += 1
        if places._in_bracketed_name(text + " Ltd>", start, end):
            assert "<" in text
            bracketed += 1
    assert prefixed >= 1_000 and bracketed >= 100


def test_lead_scan_of_an_empty_match_moves_on() -> None:
    # a pattern that can match the empty string (a look-ahead alone) must not hold the scan at one offset: the
    # worker may never hang on an input (coordinator, session 17)
    ahead, lead = re.compile(r"(?=an)"), re.compile("a")
    assert [m.start() for m in leads.finditer(ahead, lead, "banana")] == [m.start() for m in ahead.finditer("banana")]
    assert leads.search(ahead, lead, "xyz") is None
