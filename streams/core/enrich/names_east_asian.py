"""Korean and Chinese personal names in Latin-script copy, by their shape (ppl15).

Indonesian and English copy writes "Kim Jong Un", "Lee Min Ho", "Jung Hae In" (a surname and a two-syllable
given name written as two words) and "Xi Jinping", "Wang Yi", "Li Qiang" (a surname and a pinyin given name).
The general extractor reads these badly: the surnames are left out of the given-name list on purpose (they are
also everyday words: "Lee", "Song", "Long"), so an unanchored one is dropped, and a run cut at a word it knows
keeps only a piece ("Jong Un" of "Kim Jong Un", "Jung Hae" of "Jung Hae In").

Shape, not a name list: a Korean name is a Korean surname and two given-name syllables (each a romanised Korean
syllable); a Chinese name is a Chinese surname and one word that splits wholly into two pinyin syllables
("Jinping" = jin + ping). Both surname and syllables come from closed sets written here by hand from general
knowledge (no external list). Words that are everyday words of the story's language, places, or that stand
before an organisation word are refused by the caller's checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator

from streams.core.enrich.rosters import words_of as _words

# Korean surnames as English/Indonesian copy romanises them (Revised Romanisation and older spellings)
KOREAN_SURNAMES = _words(
    "Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Suh Shin Kwon Hwang "
    "Ahn Song Yoo Ryu Hong Jeon Chun Ko Go Moon Mun Yang Son Sohn Bae Baek Paik Heo Huh Nam Shim Noh Roh Ha Kwak "
    "Sung Cha Joo Woo Min Jin Ji Um Eom Byun Chae Won Bang Yeo Gong Hyun Pyo Tak Seol"
)

# Syllables of Korean given names as romanised in the news ("Jong", "Un", "Hae", "In", "Min", "Ho")
KOREAN_SYLLABLES = _words(
    "Ae Ah Bin Bo Bok Bong Beom Bum Chae Chan Chang Cheol Chul Chun Da Dae Dam Do Dong Doo Eun Gi Gil Go Gu Gun Gwang "
    "Gyu Gyeong Ha Hae Han Ho Hoon Hun Hui Hwa Hwan Hwi Hye Hyo Hyuk Hyun Hyung Hee Heon In Il Ja Jae Jeong Ji Jin "
    "Jo Jong Joo Joon Ju Jun Jung Kang Ki Kwan Kyu Kyung Kyeong Mi Min Mo Myung Myeong Na Nam Ok Rae Ri Rin Ryung "
    "Sa Sang Se Seo Seob Seok Seon Seong Seung Shik Sik Sol Soo Su Suk Sun Sung Tae Un Won Woo Wook Yeol Yeon "
    "Yeong Yi Yong Yoon Young Yu Yul Yun Yeop Youp Yop Seop Sub Hyeon Myung Myeong Yeol Ryeol Kyun Gyun"
)

CHINESE_SURNAMES = _words(
    "Wang Zhang Liu Chen Huang Zhao Zhou Xu Zhu Guo Luo Gao Zheng Liang Xie Tang Deng Feng Cao Zeng Xiao Tian "
    "Dong Yuan Cai Jiang Cui Zhong Jia Xia Xiong Qiu Xue Duan Qian Xi Qin Wei Yao Shen Liao Zou Meng Lu Lü Yin"
)

_PINYIN_INITIALS: tuple[str, ...] = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j")
_PINYIN_INITIALS += ("q", "x", "r", "z", "c", "s", "y", "w", "")
_PINYIN_FINALS = _words(
    "a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng ue ve v"
)


def _pinyin_syllable(s: str) -> bool:
    for ini in _PINYIN_INITIALS:
        if s.startswith(ini) and s[len(ini) :] in _PINYIN_FINALS and (ini or s[0] in "aoe"):
            return True
    return False


def pinyin_given(word: str) -> bool:
    """Does a capitalised word split wholly into two pinyin syllables ("Jinping", "Qiang" is one: no)?"""
    low = word.lower()
    if not word[:1].isupper() or not word[1:].islower() or not 4 <= len(low) <= 8:
        return False
    return any(_pinyin_syllable(low[:k]) and _pinyin_syllable(low[k:]) for k in range(1, len(low)) if len(low) - k >= 1)


# lookaheads: the matches may overlap ("Aktor Jung Hae In" holds "Jung Hae In" after the refused "Aktor Jung Hae")
# a surname is at most five letters ("Hwang", "Zhang"): a shape the scanner tries fast, the sets checked after (an
# alternation of the surnames scans a 1 MB story four times slower)
_KOREAN = re.compile(r"(?<![\w-])(?=([A-Z][a-zA-Z]{0,4}) ([A-Z][a-z]{0,4}) ([A-Z][a-z]{0,4})\b(?![-’'][A-Za-z]))")
# a capitalised word after the name is captured: a third name word refuses the match, an everyday word (a
# title-case headline's verb: "Xi Jinping Satukan Kekuatan") ends the name (ent21)
_CHINESE = re.compile(r"(?<![\w-])(?=([A-Z][a-z]{1,4}) ([A-Z][a-z]{3,7})\b(?![-’'][A-Za-z])(?: ([A-Z][\w’'-]*))?)")


# "Lee Jae-myung", "Wang Chang-Ming": a surname, then a given name of two syllables joined by a hyphen (ent21)
_HYPHENED = re.compile(r"(?<![\w-])(?=([A-Z][a-z]{0,4}) ([A-Z][a-z]{0,5})-([A-Za-z][a-z]{0,5})\b(?![-’'][A-Za-z]))")
# "Kim Taehyung": a Korean surname, then the two syllables written as one word (ent21)
_KOREAN_ONE = re.compile(r"(?<![\w-])(?=([A-Z][a-z]{0,4}) ([A-Z][a-z]{3,9})\b(?![-’'][A-Za-z]| [A-Z]))")
_KOREAN_LOWER = frozenset(s.lower() for s in KOREAN_SYLLABLES)

_KOREAN_CAPS = frozenset(name.upper() for name in KOREAN_SURNAMES)


_ANY_SURNAME = KOREAN_SURNAMES | _KOREAN_CAPS | CHINESE_SURNAMES


def surnames_in(words: Collection[str]) -> tuple[bool, bool]:
    """Does the story hold a Korean surname, a Chinese one, as a word? (``words``: its space-separated words.)
    Why: most stories hold neither, and a set test is ~10x cheaper than the scans. ``words`` may be the list
    ``text.split()`` gives: one test against the union answers most stories (95 % hold none) without building a
    set of the story's words (issue 17)."""
    if _ANY_SURNAME.isdisjoint(words):
        return False, False
    korean = not (KOREAN_SURNAMES.isdisjoint(words) and _KOREAN_CAPS.isdisjoint(words))
    return korean, not CHINESE_SURNAMES.isdisjoint(words)


def korean_names(text: str) -> Iterator[tuple[int, str]]:
    """Start and name of each "Kim Jong Un", "Jung Hae In" ("JUNG Hae In" in a teaser's capitals)."""
    for m in _KOREAN.finditer(text):
        sur, a, b = m.group(1), m.group(2), m.group(3)
        sur = sur.title() if sur.isupper() else sur
        if sur in KOREAN_SURNAMES and a in KOREAN_SYLLABLES and b in KOREAN_SYLLABLES and a != b:
            yield m.start(), f"{sur} {a} {b}"


def chinese_names(
    text: str, refused: Callable[[str], bool], ends: Callable[[str], bool] = lambda word: False
) -> Iterator[tuple[int, str]]:
    """Start and name of each "Xi Jinping", "Zhao Leji": a Chinese surname, then a two-syllable pinyin given name
    that ``refused`` (an everyday word, a place) does not turn down. A capitalised word after it must be one that
    ``ends`` a name (an everyday word or verb form of a title-case line), or the run is a longer name."""
    for m in _CHINESE.finditer(text):
        sur, given, after = m.group(1), m.group(2), m.group(3)
        if after and not ends(after):
            continue
        if sur in CHINESE_SURNAMES and pinyin_given(given) and not refused(given):
            yield m.start(), f"{sur} {given}"


def _syllable(word: str) -> bool:
    """Is ``word`` one syllable of a romanised Korean or Chinese given name ("jae", "Myung", "chang")?"""
    low = word.lower()
    return low in _KOREAN_LOWER or _pinyin_syllable(low)


def _korean_split(word: str) -> bool:
    """Does a capitalised word split wholly into two romanised Korean syllables ("Taehyung" = tae + hyung)?"""
    low = word.lower()
    return word[1:].islower() and any(
        low[:k] in _KOREAN_LOWER and low[k:] in _KOREAN_LOWER for k in range(2, len(low) - 1)
    )


def joined_names(text: str, refused: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """Start and name of each "Lee Jae-myung", "Yoon Suk-yeol", "Wang Chang-Ming" (a Korean or Chinese surname and
    two given-name syllables joined by a hyphen) and "Kim Taehyung" (a Korean surname and two syllables written as
    one word that ``refused``, an everyday word or a place, does not turn down)."""
    for m in _HYPHENED.finditer(text):
        sur, a, b = m.group(1), m.group(2), m.group(3)
        if sur in _ANY_SURNAME and sur.upper() != sur and _syllable(a) and _syllable(b):
            yield m.start(), f"{sur} {a}-{b}"
    for m in _KOREAN_ONE.finditer(text):
        sur, given = m.group(1), m.group(2)
        if sur in KOREAN_SURNAMES and _korean_split(given) and not refused(given):
            yield m.start(), f"{sur} {given}"


# "JUNG Hae In dan Ha Young": a two-word name (a surname and one syllable) listed right after a whole Korean name
_PARTNER_AFTER = re.compile(r" (?:dan|and|&) ([A-Z][a-z]{0,4}) ([A-Z][a-z]{1,5})\b(?![\w’'-]| [A-Z])")


def partners(text: str) -> Iterator[tuple[int, str]]:
    """Start and name of each Korean two-word name ("Ha Young") joined by "dan"/"and" to a three-word Korean name
    the text holds ("Jung Hae In"): alone the shape is too weak (every surname is a word too), beside a co-star
    it is a name (ent21)."""
    for start, name in korean_names(text):
        m = _PARTNER_AFTER.match(text, start + len(name))
        if m and m.group(1) in KOREAN_SURNAMES and m.group(2) in KOREAN_SYLLABLES:
            yield m.start(1), f"{m.group(1)} {m.group(2)}"
