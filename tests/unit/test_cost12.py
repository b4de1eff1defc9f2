"""Session 12 (branch cost12): the speed gates put before the session's new rules give the answers of the
scans they gate. Most gates are a substring or a first/last character that the pattern itself needs (plain
from the pattern); these three rewrite a scan, so each is checked against the code it replaced (kept here as
the reference) over the corpus's paragraphs (the benchmark's pools: Reuters, ANTARA, EFE, GermEval), plus a
fixture that holds without the corpus."""

from __future__ import annotations

import re
import unicodedata

import pytest

from benchmarks.items import CORPUS, pools
from streams.core.enrich import dates, entities

_CAPITALISED = re.compile(r"\b[A-Z][\w]*")


def _old_web_name(text: str, word: str) -> bool:
    return re.search(re.escape(word) + r"\.(?:com|net|org|co|id|tv|news)\b", text) is not None


def _old_spelling_key(name: str) -> str:
    flat = unicodedata.normalize("NFKD", name.translate(entities._UMLAUTS))
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch)).lower().replace("isation", "ization")
    for long, short in entities._ID_SHORT_HEADS:
        if flat.startswith(long + " "):
            flat = short + flat[len(long) :]
    return entities._SPELLING_NOISE.sub("", flat)


def _old_years_alone(text: str) -> list[tuple[int, int]]:
    """The ungated order of ``dates._years_alone`` (every test in the order it reads), with dq13's
    additions (session 13: a part of a year or a season before a year, "mid-1988" after a hyphen) and dq15's
    (session 15: fiscal years, a year opening its sentence as its subject, a year before a period noun) and dq17's
    (session 17: a year after an event's name)."""
    out: list[tuple[int, int]] = []
    subject = dates._SUBJECT_AFTER.get("")
    for m in dates._YEAR.finditer(text):
        start = m.start()
        hyphen = text[start - 1 : start] == "-"
        fiscal = text[start - 1 : start] in (" ", "Y") and dates._FISCAL.search(text[max(0, start - 16) : start])
        if text[start - 1 : start] in " /-" and dates._YEAR_PART_ID.search(text, max(0, start - 16), start):
            out.append((start, m.end()))  # session 21: "semester I/2026"
            continue
        if text[start - 1 : start] in ("(", ":"):
            if (
                text[start - 1] == "("
                and dates._PAREN_YEAR.match(text, m.end())
                and (start < 2 or text[start - 2] in " \t\n")
            ) or (text[start - 1] == ":" and dates._NOTE_OPEN.search(text, max(0, start - 6), start)):
                out.append((start, m.end()))  # session 21: "(1985: 1.2 bln)", "NOTE:1986"
            continue
        if not (not start or text[start - 1 : start].isspace() or hyphen or fiscal):
            continue
        if (
            subject is not None
            and not hyphen
            and subject.match(text, m.end())
            and (
                dates._SENTENCE_OPEN.search(text[max(0, start - 4) : start])
                or dates._SAID_BEFORE.search(text[max(0, start - 12) : start])
            )
        ):
            out.append((start, m.end()))
            continue
        if not fiscal and not hyphen and dates._YEAR_NOUN.match(text, m.end()):
            if not dates._LAW_NUMBER.search(text[max(0, start - 12) : start]) and not dates._NUMBER_SIGN.search(
                text[max(0, start - 8) : start]
            ):
                out.append((start, m.end()))
            continue
        if not hyphen and dates._YEAR_NOTE_VERB.match(text, m.end()):
            out.append((start, m.end()))  # session 21: "NOTE: net 1986 includes"
            continue
        if (
            not hyphen
            and dates._YEAR_TEAM.match(text, m.end())
            and dates._YEAR_THE.search(text, max(0, start - 8), start)
        ):
            out.append((start, m.end()))  # session 17: "the 1969 club"
            continue
        if fiscal:
            if not dates._FISCAL_NOT.match(text, m.end()):
                out.append((start, m.end()))
            continue
        if (
            not hyphen
            and not dates._YEAR_NOT.match(text, m.end())
            and dates._YEAR_EVENT_BEFORE.search(text, max(0, start - 24), start)
        ):
            out.append((start, m.end()))  # dq17: a year after an event's name ("Piala Dunia 2026")
            continue
        before = text[max(0, start - dates._YEAR_CUE_CHARS) : start]
        joined = not hyphen and bool(out) and dates._AND_WORD.fullmatch(text, out[-1][1], start) is not None
        cue = dates._YEAR_PART_CUE.search(before) or (None if hyphen else dates._YEAR_CUE.search(before))
        if joined and not dates._YEAR_NOT.match(text, m.end()):
            pass
        elif cue is None or dates._YEAR_NOT.match(text, m.end()) or dates._LAW_NUMBER.search(before[: cue.start()]):
            continue
        out.append((start, m.end()))
    return out


FIXTURE = (
    "According to UsMagazine.com, Müller of Société Générale met Pemerintah Provinsi Banten officials; "
    "Usmagazine. Com is no address. Sales rose in 2011 and 2012, by 2028 and in 2000 tonnes, since 1998 and "
    "2000 cases, Nomor 1 Tahun 2023, pada tahun 2026 dan 2027, the 1985/86 season, 2025-2030."
)


def _texts() -> list[str]:
    texts = [FIXTURE]
    if CORPUS.is_dir():
        for pool in pools().values():
            texts.extend(pool.paragraphs[:1500])
    return texts


def test_fixture_covers_each_branch() -> None:
    """The fixture meets each gated branch (a web address, a non-ASCII name, a joined year, a count)."""
    assert entities._web_name(FIXTURE, "UsMagazine") and not entities._web_name(FIXTURE, "Usmagazine")
    assert entities.spelling_key("Müller") == "mueller"
    assert [FIXTURE[s:e] for s, e in _old_years_alone(FIXTURE)] == ["2011", "2012", "2028", "1998", "2026", "2027"]


@pytest.mark.parametrize("corpus", [True, False], ids=["corpus", "fixture"])
def test_gated_scans_agree_with_the_old_ones(corpus: bool) -> None:
    if corpus and not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}: the fixture case still runs")
    texts = _texts() if corpus else [FIXTURE]
    for text in texts:
        words = set(_CAPITALISED.findall(text))
        for word in words:
            assert entities._web_name(text, word) == _old_web_name(text, word), (word, text[:80])
            assert entities.spelling_key(word) == _old_spelling_key(word), word
        for name in (text[:60], FIXTURE[60:86], FIXTURE[29:57]):  # several words, a head, accents
            assert entities.spelling_key(name) == _old_spelling_key(name), name
        assert [(h.start, h.end) for h in dates._years_alone(text)] == _old_years_alone(text), text[:80]
