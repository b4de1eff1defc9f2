"""Speed work on the entities stage (ents18): each cheaper form must answer as the form it stands for.

* ``entities._RUN`` tries its optional joins and articles only after a lookahead for their first characters:
  its matches must be those of the pattern without the lookaheads (rebuilt here as the reference);
* ``entities._ship_before`` searches ``_SHIP_PREFIX`` only in a window holding one of ``_SHIP_MARKS``: the same
  answer as the search itself, and every alternative of the pattern holds a mark;
* ``alone.starts`` (which took over ``textscan.bounded``'s callers, spd20a) finds what ``re.finditer`` finds with the
  bounded pattern it replaces, and ``orgs_fold._mentions`` its spans;
* ``_MINISTRY`` is tried only on a word that opens with "Kemen": the pattern must keep opening with it;
* ``rosters._stat_row_matches`` tries ``_STAT_ROW`` only on the lines that end in a digit: the same matches.

Checked on real Reuters-21578 bodies (skipped without the corpus) and on seeded random texts made of the
patterns' own pieces, so that the rare shapes are reached without the corpus.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from streams.core.enrich import alone, entities, orgs_fold, rosters

# ``_RUN`` before ents18: the same pieces without the lookaheads
_OLD_RUN = re.compile(
    rf"{entities._CAP}(?:[ ](?:(?:of|for)[ ]the[ ]|{entities._CONNECT}[ ]|{entities._ON_AFTER_HEAD}[ ])?"
    rf"(?:{entities._ARTICLE})?{entities._CAP})*"
)


def _reuters(corpus: Path) -> list[str]:
    raw = (corpus / "reuters21578" / "reut2-000.sgm").read_text(encoding="latin-1")
    stories = re.findall(r"<TEXT[^>]*>(.*?)</TEXT>", raw, flags=re.S)
    assert len(stories) > 500
    return stories


_RUN_PIECES = (
    "Bank", "of", "the", "America", "for", "and", "und", "&", "dan", "Council", "on", "Foreign", "Relations",
    "al-", "Assad", "el-", "Sisi", "ad-", "Din", "U.S.", "J.", "said", "Reuters", "Monday", "École", "Zürich",
    "Ásgeir", "bin", "Laden", "van", "der", "Berg", "de", "la", "O'Brien", "Smith-Jones", "ul-", "Haq", ",", ".",
    "1987", "(", ")", "Committee", "Centre", "ash-", "Sharq", "Āpple", "of the", "for the", "  ", "\n", "IBM",
)  # fmt: skip


def _random_texts(pieces: tuple[str, ...], seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 30))]
        out.append("".join(w + rng.choice((" ", " ", " ", "", "\n")) for w in words))
    return out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_run_lookaheads_hold_every_first_character() -> None:
    joins = entities._CONNECT.removeprefix("(?:").removesuffix(")").split("|")
    articles = entities._ARTICLE.removeprefix("(?:").removesuffix(")-").split("|")
    assert len(joins) > 20 and len(articles) > 5
    for word in [*joins, *articles, "on", "of", "for"]:
        assert re.fullmatch(r"[a-z&]+", word), word  # plain words: their first character is the whole test
        assert re.search(rf"\(\?=\[[^\]]*{re.escape(word[0])}", entities._RUN.pattern), word


def test_run_edge_cases() -> None:
    for text in (
        "Bank of America said",
        "the Council on Foreign Relations and the Committee on Climate Change",
        "Reuters on Monday",
        "President Bashar al-Assad and Abdel Fattah el-Sisi",
        "Bank for the Americas, Fondo de la Nación",
        "Procter & Gamble and Johnson und Johnson",
        "U.S. Steel of Pittsburgh, J. P. Morgan",
        "Ahmad bin Laden bin",
        "École de Zürich",
        "Council on",
        "Foo al-",
        "Bank of ",
        "",
    ):
        assert _spans(entities._RUN, text) == _spans(_OLD_RUN, text), text


def test_run_on_random_texts() -> None:
    texts = _random_texts(_RUN_PIECES, 18, 20_000)
    long_runs = 0
    for text in texts:
        new = _spans(entities._RUN, text)
        assert new == _spans(_OLD_RUN, text), text
        long_runs += any(" " in text[i:j] for i, j in new)
    assert long_runs > 5_000  # runs across joins are reached


def test_run_on_reuters(corpus: Path) -> None:
    joined = 0
    for text in _reuters(corpus):
        new = _spans(entities._RUN, text)
        assert new == _spans(_OLD_RUN, text)
        joined += sum(" of " in text[i:j] or " and " in text[i:j] for i, j in new)
    assert joined > 500


def test_ship_marks_cover_the_pattern() -> None:
    source = entities._SHIP_PREFIX.pattern
    prefixes = re.search(r"\(\?:((?:[A-Z]+\|)+[A-Z]+)\)", source)
    assert prefixes is not None
    for prefix in prefixes.group(1).split("|"):
        assert any(mark in prefix for mark in entities._SHIP_MARKS), prefix
    assert "[Kk]apal" in source and "apal" in entities._SHIP_MARKS


_SHIP_PIECES = (
    "KMP", "KM", "KMC", "KRI", "KN", "MV", "MT", "HMS", "HMAS", "USS", "RMS", "kapal", "Kapal", "motor",
    "penumpang", "(KMP)", "KMP.", "MV.", "Putri", "Yasmin", "Sewol", "Cole", "the", "said", ".", "\n", "xKM",
    "Nanggala", "tanker", "A.MV", "M", "K", "USA", "RMSx",
)  # fmt: skip


def _old_ship(text: str, i: int) -> bool:
    return entities._SHIP_PREFIX.search(text, max(0, i - 48), i) is not None


def test_ship_before_on_random_texts() -> None:
    found = 0
    for text in _random_texts(_SHIP_PIECES, 180, 5_000):
        for i in range(len(text) + 1):
            old = _old_ship(text, i)
            assert entities._ship_before(text, i) == old, (text, i)
            found += old
    assert found > 2_000


def test_ship_before_on_reuters(corpus: Path) -> None:
    for text in _reuters(corpus)[:300]:
        for i in range(0, len(text) + 1, 3):
            assert entities._ship_before(text, i) == _old_ship(text, i)


_BOUND_PIECES = ("Smith", "Smith's", "Smith’s", "xSmith", "Smith_", "_", ".", "-", "&", "'", "’", "٣", "²", "é")


def _old_bounded(text: str, word: str, before: str, after: str) -> list[tuple[int, int]]:
    return [
        m.span() for m in re.finditer(rf"(?<![\w{re.escape(before)}]){re.escape(word)}(?![\w{re.escape(after)}])", text)
    ]


def test_bounded_as_the_pattern() -> None:
    rng = random.Random(1818)
    words = ("Smith", "S", "Smith Smith", "a.b", "SmithSmith", "")
    sides = (("", ""), ("&", "&'’"), ("'’.-", "'’-"))
    hits = 0
    for _ in range(4_000):
        text = "".join(rng.choice(_BOUND_PIECES) + rng.choice(("", " ", "")) for _ in range(rng.randint(0, 12)))
        word = rng.choice(words)
        before, after = rng.choice(sides)
        joins_before, joins_after = re.compile(rf"[\w{re.escape(before)}]"), re.compile(rf"[\w{re.escape(after)}]")
        new = [(i, i + len(word)) for i in alone.starts(text, word, joins_before, joins_after)]
        assert new == _old_bounded(text, word, before, after), (text, word, before, after)
        if (before, after) == ("&", "&'’"):
            assert list(orgs_fold._mentions(text, word)) == new
        hits += len(new)
    assert hits > 1_000


def test_ministry_opens_with_its_gate() -> None:
    assert entities._MINISTRY.pattern.startswith("Kemen")
    assert entities._MINISTRY.fullmatch("Kemendikbudristek") and entities._MINISTRY.fullmatch("KemenPUPR")
    assert not entities._MINISTRY.fullmatch("Kementerian")


_ROW_NAMES = ("Bell", "Harper", "O'Neil", "MacDonald", "XBell", "St", "Lo")
_ROW_CODES = ("Pit", "Ph", "NY", "x", "ABC")
_ROW_FIGURES = ("82", "318", "1,234", ".308", "3.5", "٣", "²", "x")


def test_stat_rows_as_the_whole_scan() -> None:
    """``rosters._stat_row_matches`` tries ``_STAT_ROW`` only on lines ending in a digit: the same matches as
    ``finditer`` over the text (rows first and last, tabs, trailing blanks, CR, non-ASCII digits, "²")."""
    rng = random.Random(357)
    rows = 0
    for _ in range(10_000):
        lines = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.5:  # a row's shape, its pieces drawn at random
                words = [rng.choice(_ROW_NAMES), rng.choice(_ROW_CODES)]
                words += [rng.choice(_ROW_FIGURES) for _ in range(rng.randint(2, 6))]
            else:
                words = [rng.choice(_ROW_NAMES + _ROW_CODES + _ROW_FIGURES + ("said", "-")) for _ in range(8)]
            blank = rng.choice((" ", "\t", "  "))
            lines.append(rng.choice(("", " ", "\t")) + blank.join(words) + rng.choice(("", " ", "\t", "\r", " \t")))
        text = "\n".join(lines) + rng.choice(("", "\n"))
        old = [(m.span(), m.groups()) for m in rosters._STAT_ROW.finditer(text)]
        assert [(m.span(), m.groups()) for m in rosters._stat_row_matches(text)] == old, text
        rows += len(old)
    assert rows > 2_000


def test_stat_rows_on_reuters(corpus: Path) -> None:
    for text in _reuters(corpus):
        old = [m.span() for m in rosters._STAT_ROW.finditer(text)]
        assert [m.span() for m in rosters._stat_row_matches(text)] == old
