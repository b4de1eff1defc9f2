"""What stands before the story: a headline line, a repeated headline (dropped), a photo caption
(``… (ANTARA/Name)``, kept in ``extra``), a byline (``By X``), or a teaser that repeats the body
(→ ``description`` when the format gave none). Nothing before the dateline is story body.

Headline or teaser: a short title-like first line (no final full stop, one clause) is the headline
("Chile central bank holds rate steady, signals cuts ahead" above ``SANTIAGO, March 4 (Reuters) -``,
or above the first paragraph of copy with no dateline); a line the body repeats is a teaser.
:func:`derive_headline` writes a headline when the source has none: from the link's word slug
(``en.antaranews.com/news/415459/danantara-indonesia-eyes-stock-listing-...``: the outlet's own headline,
case restored from the story text, see :func:`headline_from_slug`), else from the lead.
"""

from __future__ import annotations

import functools
import importlib.resources as ilr
import json
import re
from collections import Counter
from urllib.parse import unquote

from streams.core.copy import credits, footer
from streams.core.copy.dateline import natural_case
from streams.core.model import EVENT_TYPES, MEDIA_TYPES, ParsedItem
from streams.core.text import split_url

# Reuters-style notes to editors above the story: "(Corrects paragraph 3 ...)", "(In Jan. 3 story, corrects ...)"
_DESK_NOTE = re.compile(
    r"\((?:In [^,()]{3,40} (?:story|item)s?,\s*)?(?:corrects?|corrected|updates?|adds?|recasts?|refiles?|repeats?"
    r"|changes?|removes?|fixes|writes through|clarifies|deletes?|inserts?|withdraws?|kills?)\b[^()]*\)",
    re.IGNORECASE,
)
# the same without brackets, upper-case, only the verbs no headline starts with: "REPEAT FROM LATE FRIDAY"
_BARE_DESK_NOTE = re.compile(r"(?:REPEAT(?:S|ED)?|REFILE[SD]?|RE-?SENT|RETRANSMITTED)\b[A-Z0-9 ,.'/]*")
# a title line that runs into an untagged dateline: "MIDLAND RIGHTS ISSUE STILL EXPECTED LONDON, March 4"
_TITLE_DATELINE = re.compile(
    r"(?P<title>.+?)\s+(?P<city>(?:(?:NEW|SAN|SANTA|LOS|LAS|HONG|KUALA|BUENOS|RIO|SAO|TEL|ST\.?|ABU|PORT|CAPE|EL|LA"
    r"|FORT|BATON|GRAND|SALT LAKE|[A-Z]+(?= CITY,)) )?[A-Z][A-Z.'-]+),\s+(?:Jan|Feb|March|April|May|June|July|Aug"
    r"|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s+-\s+(?P<rest>\S.*))?",
    re.DOTALL,
)
# an agency slug in a headline field ("BC-BBN--Top Ten", "BBN--Top Ten": AP's category and slug codes)
_SLUG_CODE = re.compile(r"^(?:[A-Z]{2}-)?[A-Z0-9]{2,5}--(?=\S)")
# a regional desk label glued before the headline ("ASIA:Samsung sells defence units")
# or an AAP sport code glued to it ("RL:Ferguson returns at centre", "AFL:Crows …")
_DESK_PREFIX = re.compile(
    r"^(?:(?:ASIA|EUROPE|AMERICAS?|AFRICA|MIDEAST|MIDDLE EAST|PACIFIC|LATAM|WORLD)\s*:\s*"
    r"|[A-Z]{2,4}:)(?=[A-Z0-9])"
)
# an agency's version or advisory code before the headline (Reuters "UPDATE 2-", "RPT-", "REFILE-",
# "CORRECTED-", "WRAPUP 1-", chained "RPT-UPDATE 1-"; Reuters-21578 "(CORRECTED) - ", "(RPT) "): upper case only,
# and always closed by a dash or a bracket, so the Indonesian headline word "Update Gempa …" and a title
# "UPDATED GUIDANCE" stay. "CORRECTION - HEINEKEN 1986 YEAR" stays whole: that item is a notice ("In item
# headlined … please read …"), not the story, and without its label it reads, and hashes, as the story itself
_VERSION_CODE = r"(?:UPDATE|WRAPUP|RPT|REPT|REFILE|CORRECTED)"
_VERSION_WORD = re.compile(rf"\b{_VERSION_CODE}\b")
_VERSION_PREFIX = re.compile(
    rf"^(?:{_VERSION_CODE}(?: \d{{1,2}})?(?: \([A-Z]{{2,12}}\))?\s*[-–]\s*"
    rf"|\({_VERSION_CODE}(?: \d{{1,2}})?\)\s*(?:[-–]\s*)?)+"
)
# the signal each code carries (``ext.signals``: ninjs has no field for a repeat or a refile, which change nothing)
_VERSION_SIGNAL = {"UPDATE": "update", "WRAPUP": "update", "CORRECTED": "correction"}
_CAPTION = re.compile(r"\((?:ANTARA(?: FOTO)?|AP Photo|REUTERS|AFP|dpa)/[^)]{2,60}\)\s*\.?$", re.IGNORECASE)

MAX_TITLE_CHARS = 150
MAX_TITLE_WORDS = 24
# a title ends without a full stop or a list/label mark; "?", "!", quotes and brackets are fine
_TITLE_BAD_END = (".", ":", ";", ",", "-", "–", "—")
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)\"”’][.!?]\s+[A-Z\"“‘]")
_TABLE_LIKE = re.compile(r"\.{3,}|\t|;.*;|\s{3,}")
_WORD = re.compile(r"\w+")
REPEAT_PREFIX_WORDS = 8
REPEAT_WINDOW_CHARS = 2000  # a teaser repeats the top of the story: look that far
REPEAT_SPAN_CHARS = 200  # around a hit of the probe's longest word (the probe is 8 words)


_QUOTES = "\"“‘'«"


def is_teaser(paragraph: str, body: str) -> bool:
    """A line above the story that the body repeats: a quote, or a line of 8 words or more (a short
    title that the lede happens to echo is still a title, and so is an upper-case line: "U.S. M-1 MONEY
    SUPPLY ROSE 2.1 BILLION DLRS" above "U.S. M-1 money supply rose 2.1 billion dlrs …")."""
    if paragraph.isupper():
        return False
    long_enough = paragraph.startswith(tuple(_QUOTES)) or len(paragraph.split()) >= REPEAT_PREFIX_WORDS
    return long_enough and repeated_in(paragraph, body)


def repeated_in(paragraph: str, body: str) -> bool:
    """True when the top of ``body`` repeats ``paragraph`` (whole, or its first words), case and
    punctuation aside: a teaser, not a title. Only windows around its longest word are compared."""
    words = _WORD.findall(paragraph.casefold())
    if not words:
        return False
    probe = words[:REPEAT_PREFIX_WORDS]
    target = f" {' '.join(probe)} "
    key = max(probe, key=len)
    folded = body[:REPEAT_WINDOW_CHARS].casefold()
    start = folded.find(key)
    for _ in range(5):
        if start < 0:
            return False
        window = folded[max(0, start - REPEAT_SPAN_CHARS) : start + REPEAT_SPAN_CHARS]
        if target in f" {' '.join(_WORD.findall(window))} ":
            return True
        start = folded.find(key, start + 1)
    return False


def is_title(paragraph: str) -> bool:
    """A headline-shaped line: short, one clause, no final full stop, mostly letters, not a table row."""
    text = paragraph.strip()
    if len(text) > MAX_TITLE_CHARS:
        return False
    words = text.split()
    if not (2 <= len(words) <= MAX_TITLE_WORDS):
        return False
    if text.endswith(_TITLE_BAD_END) and not text.endswith("...") and not _title_stop(text):
        return False
    first = _LEADING_MARK.sub("", text, count=1)[:1] or text[1:2]
    if not (first.isupper() or first.isdigit() or first in "\"“‘'«¿¡$€£"):
        return False
    if _SENTENCE_INSIDE.search(text) or _TABLE_LIKE.search(text):
        return False
    letters = sum(map(str.isalpha, text))
    return letters >= 0.6 * (len(text) - text.count(" "))


# company marks or bracketed names opening a Reuters title: "<COFAB INC> BUYS GULFEX …", "(RPT) U.S. SAYS …",
# "(CORRECTED) - BANPONCE <BDEP> PLACES NOTES", "<GENZYME>, PFIZER <PFE> UNIT IN JOINT VENTURE"
_LEADING_MARK = re.compile(r"(?:(?:<[^<>]{1,60}>|\([^()]{1,60}\))[\s,:-]*)+")


def _title_stop(text: str) -> bool:
    """A final full stop that does not end a sentence: an abbreviation's ("… TRADE DEAL WITH U.S.",
    "… Smith Co."), or any in an upper-case title ("MERRILL MANDATED FOR IEL U.S. NOTE.")."""
    if not text.endswith(".") or text.endswith(".."):
        return False
    word = text.rsplit(None, 1)[-1][:-1]
    return text.isupper() or "." in word or word.casefold() in _ABBREVIATIONS


def clean_headline(item: ParsedItem) -> None:
    """A slug code is no headline (it stays the slugline; :func:`derive_headline` writes one), a
    desk or sport label before the headline ("ASIA:", AAP "RL:Ferguson …") is not part of it. (Reuters-21578
    ticker marks are the parser's: ``formats.reuters_sgml.strip_markup``.)"""
    headline = _DESK_PREFIX.sub("", item.headline or "")
    if _SLUG_CODE.match(headline):
        item.slugline = item.slugline or headline
        headline = ""
    item.headline = headline or None


def drop_version_prefix(item: ParsedItem) -> None:
    """An agency's version code before the headline ("UPDATE 2-Primeira Liga Results") is no part of it: a
    reader, a headline hash and a second version of the story should see the same headline. The code's
    news stays where ninjs has a field for it: an update or a correction in ``signals`` (the title, when it
    repeats the headline, loses the code too). Every format passes here."""
    headline = item.headline or ""
    codes: list[str] = []
    while match := _VERSION_PREFIX.match(headline):
        rest = headline[match.end() :]
        if not rest.strip():
            return  # a code alone is all the headline there is
        codes += _VERSION_WORD.findall(match.group(0))
        headline = rest
    if not codes:
        return
    if item.title and item.title.strip() == (item.headline or "").strip():
        item.title = headline
    item.headline = headline
    for code in codes:
        signal = _VERSION_SIGNAL.get(code)
        if signal and signal not in item.signals:
            item.signals.append(signal)


_STOP_MARKS = (".", "!", "?", "…", '"', "”", "’", "'", ")")


def _flat(text: str) -> str:
    """``re.sub(r"\\s+", " ", text).strip().casefold()`` by ``split`` and ``join`` (``str.split`` and ``\\s`` cut at
    the same characters, ``str.isspace``; tests/unit/test_core16.py): no regex pass."""
    return " ".join(text.split()).casefold()


def _cut_from(text: str, lead: str, mid_word: bool) -> bool:
    """True when ``text`` is the opening of ``lead`` cut short by a fixed length ("The UK risks breaking"
    of "The UK risks breaking up unless …", Ritzau's "*En 41-årig mand, … sat i forbindel"): a strict
    prefix that ends with no sentence mark, within a word when ``mid_word``."""
    short = _flat(text.lstrip("*"))
    if len(short) < 12 or short.endswith(_STOP_MARKS):
        return False
    # the flat form of a prefix of ``lead`` is a prefix of its flat form (case folding goes letter by letter,
    # a cut whitespace run only loses its end): a long paragraph's opening settles it without flattening
    # all of it (this ran twice an item on the whole first paragraph)
    full = _flat(lead[: 2 * len(short) + 16])
    if len(full) <= len(short):
        full = _flat(lead)
    if len(short) >= len(full) or not full.startswith(short):
        return False
    following = full[len(short)]
    return following.isalnum() if mid_word else following == " " or following.isalnum()


def drop_lead_copies(item: ParsedItem, paragraphs: list[str]) -> None:
    """Fields that only repeat or cut the top of the story are no fields: a second headline that is the
    first paragraph (ANA's ``SubHeadLine``) or one of the item's keywords (EFE's ``hl2`` "HONDURAS
    GOVERNMENT": the slug, kept as slugline); a summary or headline that is the first paragraph cut at a
    fixed length (PA's abstract "The UK risks breaking"; Ritzau's headline cut mid-word), which
    :func:`derive_headline` then replaces. A teaser that repeats a whole sentence stays a summary."""
    first = paragraphs[0] if paragraphs else ""
    sub = item.subheadline
    if sub and any(_flat(sub) == _flat(k) for k in item.keywords):
        item.slugline = item.slugline or sub
        item.subheadline = None
    elif sub and first and _flat(first).startswith(_flat(sub)) and len(_flat(sub)) >= 0.6 * len(_flat(first)):
        item.subheadline = None
    if not first:
        return
    if item.description and _cut_from(item.description, first, mid_word=False):
        item.description = None
    if item.headline and _cut_from(item.headline, first, mid_word=True):
        item.headline = None


def take(item: ParsedItem, paragraphs: list[str], dateline_index: int | None) -> list[str]:
    """Move the paragraphs before the dateline paragraph out of the body; with no dateline, take a
    title-like first line as the headline when the format gave none."""
    if not dateline_index:
        return _untagged_lead(item, paragraphs) if dateline_index is None else paragraphs
    headline = (item.headline or "").casefold()
    body = ""
    for paragraph in paragraphs[:dateline_index]:
        folded = paragraph.casefold()
        if folded == headline or credits.take_byline(item, paragraph) or _take_desk_note(item, paragraph, True):
            continue
        if _CAPTION.search(paragraph):
            item.extra.setdefault("captions", []).append(paragraph)
            continue
        if not item.headline and is_title(paragraph):
            body = body or " ".join(paragraphs[dateline_index : dateline_index + 3])
            if not is_teaser(paragraph, body):
                item.headline = paragraph
                headline = folded
                continue
        if not item.description:
            item.description = paragraph
        elif folded != item.description.casefold():
            item.extra.setdefault("teasers", []).append(paragraph)
    return paragraphs[dateline_index:]


def _untagged_lead(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """Copy with no dateline: a repeated headline is dropped; a title-like first line the rest does
    not repeat becomes the headline when the format gave none."""
    if len(paragraphs) < 2:
        # a body that is only a by-line ("By Toby Davis", a Reuters test fixture) is the by-line, not the text
        return [] if paragraphs and credits.take_byline(item, paragraphs[0]) else paragraphs
    first = paragraphs[0]
    if credits.take_byline(item, first) or _take_desk_note(item, first):  # "By X", "(Corrects …)"
        return _untagged_lead(item, paragraphs[1:])
    if len(first) <= 80 and _SLUG_CODE.match(first):  # AP "BC-BBN--Top Ten" repeated above the table
        item.slugline = item.slugline or first
        return _untagged_lead(item, paragraphs[1:])
    glued = _TITLE_DATELINE.fullmatch(first) if not item.headline and first[:2].isupper() else None
    if glued and glued.group("rest") and glued.group("title").isupper() and is_title(glued.group("title")):
        item.headline = glued.group("title")  # "TITLE LONDON, March 4 - Lede …" (Reuters UNPROC)
        item.located = item.located or natural_case(glued.group("city"))
        return [glued.group("rest"), *paragraphs[1:]]
    if item.headline:
        return paragraphs[1:] if first.casefold() == item.headline.casefold() else paragraphs
    if (
        is_title(first)
        and not footer.is_labelled(first)
        and not _CAPTION.search(first)
        and not is_teaser(first, " ".join(paragraphs[1:3]))
    ):
        glued = _TITLE_DATELINE.fullmatch(first)
        glued = glued if glued and not glued.group("rest") else None
        item.headline = glued.group("title") if glued else first
        if glued and not item.located:
            item.located = natural_case(glued.group("city"))
        if len(paragraphs) > 2 and credits.take_byline(item, paragraphs[1]):  # "By The Associated Press"
            return paragraphs[2:]
        return paragraphs[1:]
    return paragraphs


def _take_desk_note(item: ParsedItem, paragraph: str, bare: bool = False) -> bool:
    """A "(Corrects …)" note above the story goes to ``ed_note``; True if taken. With ``bare``, also an
    upper-case one without brackets above a dateline ("REPEAT FROM LATE FRIDAY"; a titled correction
    "CORRECTED - GM SEES …" is a headline)."""
    if bare and len(paragraph) <= 60 and _BARE_DESK_NOTE.fullmatch(paragraph):
        paragraph = f"({paragraph})"
    if not paragraph.startswith("(") or len(paragraph) > 400 or not _DESK_NOTE.fullmatch(paragraph):
        return False
    note = paragraph[1:-1].strip()
    if not item.ed_note:
        item.ed_note = note
    elif note.casefold() not in item.ed_note.casefold():
        item.ed_note = f"{item.ed_note} {note}"
    return True


# --- derived headlines -----------------------------------------------------------------------

TARGET_CHARS = 110  # a derived headline is cut only when longer than this ...
MAX_CHARS = 120  # ... at the last clause boundary within this many characters
LONG_MAX_CHARS = 150  # (or this many, when no boundary comes earlier: better long than cut mid-phrase)
GOOD_MIN_CHARS = 60  # a cut this long keeps the verb and its object ...
MIN_CHARS = 30  # ... shorter is a last resort, and never shorter than this
_ABBREVIATIONS = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "st",
        "no",
        "nos",
        "inc",
        "corp",
        "co",
        "ltd",
        "jr",
        "sr",
        "vs",
        "etc",
        "approx",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "pt",
        "tbk",
        "bpk",
        "ir",
        "drs",
        "hj",
    )
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_PARENTHESES = re.compile(r"\s*\([^()]{0,80}\)")
# where a clause starts: punctuation, and subordinating words in the supported languages
_CLAUSE = re.compile(
    r"[,;:]\s|\s[-–—]\s|\s(?=(?:after|because|as|while|which|who|when|where|following|amid|despite|although"
    r"|though|since|until|before|saying|according|but"
    r"|setelah|karena|ketika|saat|sehingga|yang|agar|sementara|menurut|meski|namun"
    r"|nachdem|weil|während|obwohl|als|wie"
    r"|que|tras|después|porque|mientras|según|qui|après|parce|alors|selon)\b)"
    r"|\s(?=(?:and|dan|serta|und|y|et)\s+[a-z])"
)
# where a prepositional phrase starts (a cut may come before it); "against", "melawan", "terhadap",
# "gegen", "contra", "contre" are left out: they bring what the verb needs (the opponent of a match)
_PREPOSITION = re.compile(
    r"\s(?=(?:on|in|at|by|for|with|from|over|into|during|under|di|pada|dalam|dengan|dari|ke|untuk|oleh"
    r"|bersama"
    r"|bei|mit|für|von|im|am|en|con|para|por|dans|avec|pour|sur|par)\b)"
)
_DANGLING = re.compile(
    r"(?:\s+(?:and|or|but|the|a|an|of|to|dan|atau|serta|und|oder|y|o|et|ou|the|its|their|his|her))+$", re.IGNORECASE
)


def _first_sentence(text: str) -> str:
    """The first sentence of ``text`` (a full stop after an abbreviation or initial does not end it)."""
    for match in _SENTENCE_END.finditer(text):
        before = text[: match.start()].rstrip('"”’)')
        word = before.rsplit(None, 1)[-1].rstrip(".!?").casefold() if before.split() else ""
        if before.endswith(".") and (len(word) == 1 or word in _ABBREVIATIONS or "." in word):
            continue
        return before
    return text


def _cut(text: str, pattern: re.Pattern[str], low: int, limit: int) -> str | None:
    """``text`` up to its last ``pattern`` boundary that leaves low..limit characters. A comma that
    closes an aside ("Danantara, through PT DIM, on Monday …") is not a boundary."""
    best = None
    for match in pattern.finditer(text, low):
        if match.start() > limit:
            break
        commas = text.count(",", 0, match.start())
        if (text[match.start()] == "," and commas % 2) or (commas and text[: match.start()].endswith(",")):
            continue  # the comma closes an aside, or the aside just closed: the verb is still to come
        best = match.start()
    return text[:best] if best else None


def _hard_cut(text: str) -> str:
    """``text`` cut at a word within MAX_CHARS, not inside a run of capitalised words (a name)."""
    words = text[: MAX_CHARS + 1].split()[:-1] or text.split()[:1]
    while len(words) > 4 and words[-1][:1].isupper():
        words.pop()
    return " ".join(words) + " …"


# where to cut a long lead, best first: a clause boundary, a prepositional phrase, a longer headline,
# then a short one
_CUTS = (
    (_CLAUSE, GOOD_MIN_CHARS, MAX_CHARS),
    (_PREPOSITION, GOOD_MIN_CHARS, MAX_CHARS),
    (_CLAUSE, GOOD_MIN_CHARS, LONG_MAX_CHARS),
    (_PREPOSITION, GOOD_MIN_CHARS, LONG_MAX_CHARS),
    (_CLAUSE, MIN_CHARS, MAX_CHARS),
    (_PREPOSITION, MIN_CHARS, MAX_CHARS),
)


@functools.cache
def _role_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(title heads, role words, country names) of ``streams/data/entity_lexicon.json`` ("Menteri",
    "Minister"; "Pemuda", "Finance"; "China"): the words of a job title before a person's name."""
    data = json.loads(ilr.files("streams").joinpath("data/entity_lexicon.json").read_text(encoding="utf-8"))
    countries = frozenset((*data["country_exonyms"], *data.get("country_names", ())))
    return frozenset(data["title_heads"]), frozenset(data["role_words"]), countries


_TITLE_JOINERS = frozenset(("dan", "and", "of", "for", "&", "des", "de", "der", "für"))


def _without_title(sentence: str) -> str:
    """``sentence`` without the job title that opens it before a person's name and the verb: "Menteri
    Pemuda dan Olahraga Dito Ariotedjo menyambut …" → "Dito Ariotedjo menyambut …" (a headline names the
    person; the title makes a long lead longer than a headline). Unchanged unless title words (one a
    title head) are followed by a name of two or more capitalised words and then a lower-case word."""
    heads, roles, countries = _role_words()
    words = sentence.split()
    index = 0
    has_head = False
    while index < len(words) and (words[index] in heads or words[index] in roles or words[index] in _TITLE_JOINERS):
        has_head = has_head or words[index] in heads
        index += 1
    if not has_head or index == 0 or words[index - 1] in _TITLE_JOINERS:
        return sentence
    name = index
    while name < len(words) and words[name][:1].isupper() and words[name] not in heads and words[name] not in roles:
        name += 1
    if not 2 <= name - index <= 3 or name >= len(words) or not words[name][:1].islower():
        return sentence  # no name, or a longer run: the title may go on ("… Luar Negeri China Wang Yi")
    if any(word.strip(",") in countries for word in words[index:name]):
        return sentence
    return " ".join(words[index:])


def headline_from(text: str) -> str | None:
    """A headline written from a lead: its first sentence without parentheticals or the final full
    stop; when long, without the job title before the name that opens it, then cut at a clause
    boundary (then before a prepositional phrase, then at a word)."""
    sentence = _PARENTHESES.sub("", _first_sentence(" ".join(text.split()))).strip()
    sentence = sentence.rstrip(" .;:,")
    if len(sentence.split()) < 2:
        return None
    if len(sentence) > TARGET_CHARS:
        sentence = _without_title(sentence)
    if len(sentence) > TARGET_CHARS:
        sentence = _without_aside(sentence)
    if len(sentence) > TARGET_CHARS:
        cut = next((c for pattern, low, limit in _CUTS[:2] if (c := _cut(sentence, pattern, low, limit))), None)
        if cut is None and len(sentence) <= LONG_MAX_CHARS:
            return sentence[:1].upper() + sentence[1:]  # one long clause: better whole than cut
        cut = cut or next((c for pattern, low, limit in _CUTS[2:] if (c := _cut(sentence, pattern, low, limit))), None)
        sentence = _hard_cut(sentence) if cut is None else _DANGLING.sub("", cut.rstrip(" ,;:-–—"))
    return sentence[:1].upper() + sentence[1:]


_NOTE_MARKS = ("*", "#", "=", "[")
# an aside between the subject and its verb: a relative clause or an apposition opened by a pronoun or an
# article, closed by a comma that the verb follows ("En 41-årig mand, der onsdag blev anholdt …, er blevet
# løsladt"; "Indonesia, the world's largest palm oil producer, said …")
_ASIDE = re.compile(
    r", (?:who|which|whose|where|the|a|an|der|som|die|das|welche[rs]?|que|qui|quien|cuyo|yang|il|la|el|le|los"
    r"|las|les|un|una|une|ein|eine|einer)\s[^,;:]{8,},\s(?=[a-zæøåäöüéèàíóúñ])"
)


def _without_aside(sentence: str) -> str:
    """``sentence`` without the aside between its subject and its verb, when what is left is a headline
    (at least MIN_CHARS); else unchanged."""
    match = _ASIDE.search(sentence)
    if match is None:
        return sentence
    shorter = sentence[: match.start()] + " " + sentence[match.end() :]
    return shorter if len(shorter) >= MIN_CHARS else sentence


# a link's last path segment made of words: lower-case ASCII words and numbers joined by hyphens
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")
_SLUG_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?)$")
_HASH_PART = re.compile(r"(?=.*[a-z])(?=.*\d)[a-z0-9]{5,}")  # "tjn57o423", "d8614983": an id, not a word
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s*[\"“‘'(]?\s*|[\"“‘(]\s*)$")
SLUG_MIN_WORDS = 3
SLUG_COMPOUND_MAX = 3  # "waste-to-energy": a hyphenated compound of the text is rejoined, up to 3 words


def slug_words(link: str) -> list[str] | None:
    """The words of a link's headline slug (``.../news/415459/danantara-indonesia-eyes-...``), ``None``
    when its last segment is no word slug: an id (``20260812133250-12-1391445``), a hash, one word."""
    path = unquote(split_url(link.strip()).path).rstrip("/")
    segment = _SLUG_EXTENSION.sub("", path.rsplit("/", 1)[-1])
    if not _SLUG.fullmatch(segment):
        return None
    parts = segment.split("-")
    words = [part for part in parts if part.isalpha()]
    if len(words) < SLUG_MIN_WORDS or len(words) * 2 < len(parts) or any(map(_HASH_PART.fullmatch, parts)):
        return None
    return parts


_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")
_NEXT_WORD = re.compile(r"\s+(\w+)")
MAX_LOOKS = 12  # occurrences of one word read; enough to know how the text writes it


_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,5}$")
_RUN_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,5}")


def _run_words(text: str, start: int, end: int) -> set[str]:
    """The other words (case-folded) of the capitalised run around ``text[start:end]``."""
    before = _RUN_BEFORE.search(text, max(0, start - 80), start)
    after = _RUN_AFTER.match(text, end)
    return {w.casefold() for m in (before, after) if m for w in m.group().split()}


class _Casing:
    """How the story text writes the slug's words: the commonest form of each away from a sentence
    start (where the case says nothing), the capitalised words each capitalised use stood beside (a
    name: "Indonesia Stock Exchange"). Only the slug's words are looked up (``str.find``, no tokenising)."""

    def __init__(self, text: str, words: list[str]) -> None:
        self.forms: dict[str, Counter[str]] = {}
        self.initial: dict[str, str] = {}
        self.name_mates: dict[str, set[str]] = {}  # key → capitalised neighbours; "" = seen alone
        self.runs: dict[str, set[str]] = {}  # key → the other words of the capitalised runs it stood in
        self.text = text
        self.english = _english(text)
        low = text.lower()
        self.low = low if len(low) == len(text) else text
        for key in {word for word in words if len(word) > 1}:  # "e" (of "e-commerce") stays as it is
            variants = [key]
            if len(key) > 3 and key.endswith("s"):  # "indonesias": "Indonesia's"
                variants += [f"{key[:-1]}'s", f"{key[:-1]}’s"]
            if 2 <= len(key) <= 4 and key.isalpha():  # "us": "U.S."
                variants.append("".join(f"{letter}." for letter in key))
            if len(key) >= 4 and key.isdigit() and key[0] != "0":  # "1000": "1,000", "1.000"
                grouped = f"{int(key):,}"
                variants += [grouped, grouped.replace(",", ".")]
            for variant in variants:
                self._read(key, variant)

    def _read(self, key: str, variant: str) -> None:
        text, low = self.text, self.low
        pos = low.find(variant)
        looks = 0
        while pos >= 0 and looks < MAX_LOOKS:
            end = pos + len(variant)
            if (not pos or not low[pos - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                looks += 1
                form = text[pos:end]
                if not pos or _SENTENCE_START.search(text, max(0, pos - 4), pos):
                    self.initial.setdefault(key, form)
                else:
                    forms = self.forms.get(key)
                    if forms is None:
                        forms = self.forms[key] = Counter()
                    forms[form] += 1
                    if form[:1].isupper():
                        before = _PREVIOUS_WORD.search(text, max(0, pos - 40), pos)
                        after = _NEXT_WORD.match(text, end)
                        mates = {m.group(1).casefold() for m in (before, after) if m and m.group(1)[:1].isupper()}
                        self.name_mates.setdefault(key, set()).update(mates or {""})
                        if mates:
                            self.runs.setdefault(key, set()).update(_run_words(text, pos, end))
            pos = low.find(variant, pos + 1)

    def compound(self, chunk: list[str]) -> bool:
        """True when the text writes these words as one hyphenated compound ("waste-to-energy")."""
        joined = "-".join(chunk)
        pos = self.low.find(joined)
        while pos >= 0:
            end = pos + len(joined)
            if (not pos or not self.low[pos - 1].isalnum()) and (end == len(self.low) or not self.low[end].isalnum()):
                return True
            pos = self.low.find(joined, pos + 1)
        return False

    def elided(self, pair: list[str]) -> str | None:
        """The short word a slug dropped inside a hyphenated compound of the text ("waste energy" of
        "waste-to-energy"): ``to``/``and``/``of``…, or ``None``."""
        if not all(word.isalnum() for word in pair):
            return None
        match = re.search(rf"(?<![\w-]){pair[0]}-(to|and|of|for|in|on|by|the)-{pair[1]}(?![\w-])", self.low)
        return match.group(1) if match else None

    def case(self, words: list[str], index: int) -> str:
        """The text's casing of ``words[index]``; a word the text also writes in lower case and
        capitalises only inside names the slug does not repeat beside it is a common word here."""
        key = words[index]
        forms = self.forms.get(key)
        if not forms and key not in self.initial and _acronym_shaped(key):
            return key.upper()  # "ri" (RI), "kpk": not in the text, and no word of the languages
        if not forms:
            form = self.initial.get(key, key)
            if "'" in form or "’" in form:  # "Indonesia's" seen only at a sentence start: a name's possessive
                return form
            return form if len(form) > 1 and form.isupper() else key  # an acronym keeps its case
        form = forms.most_common(1)[0][0]
        mates = self.name_mates.get(key, set())
        beside = set(words[max(0, index - 1) : index] + words[index + 1 : index + 2])
        if form[:1].isupper() and key in forms and "" not in mates and not mates & beside:
            return key  # also a common word, capitalised only inside names this headline does not name
        seen = sum(forms.values())
        # one sighting is enough in English text ("Trans Borneo Power Grid" beside "… grid to join Trans Borneo
        # network"); not in Indonesian, where it lower-cased names of the RSS titles (Jakarta, DPR, Kolaka)
        once = seen == 1 and self.english
        if form.istitle() and "" not in mates and (seen >= 2 or once) and self._name_elsewhere(words, index):
            return key  # "Stock" of "Indonesia Stock Exchange" where the headline names Indonesia apart
        return form

    def _name_elsewhere(self, words: list[str], index: int) -> bool:
        """True when every capitalised use of ``words[index]`` stands inside a longer name ("Trans
        Borneo Power Grid") whose other words the headline writes apart from it ("electricity grid to
        join Trans Borneo network"): here the word is the common noun, not a part of that name. Only
        name words the text itself writes capitalised count ("The" of "The Trans ..." is no evidence)."""
        run = self.runs.get(words[index])
        if not run:
            return False
        beside = set(words[max(0, index - 1) : index] + words[index + 1 : index + 2])
        if run & beside:
            return False
        elsewhere = set(words[: max(0, index - 1)] + words[index + 2 :]) & run
        return any(self._capitalised(word) for word in elsewhere)

    def _capitalised(self, key: str) -> bool:
        """The text writes ``key`` capitalised away from sentence starts, never in lower case."""
        forms = self.forms.get(key)
        return forms is not None and all(form[:1].isupper() for form in forms)


# two-letter words of the supported languages (en, id/ms, de, es, fr, pt, nl, da/no/sv): a slug's
# other two-letter words not found in the text are acronyms ("ri" → "RI", "un" → "UN")
_SHORT_WORDS = frozenset(
    (
        "a",
        "i",
        "o",
        "y",
        "e",
        "am",
        "an",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "oh",
        "ok",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "ye",
        "di",
        "ke",
        "ya",
        "ia",
        "pa",
        "bu",
        "da",
        "du",
        "er",
        "es",
        "im",
        "ob",
        "um",
        "zu",
        "ab",
        "wo",
        "al",
        "el",
        "en",
        "la",
        "lo",
        "mi",
        "se",
        "si",
        "su",
        "te",
        "tu",
        "un",
        "au",
        "ce",
        "de",
        "et",
        "il",
        "je",
        "le",
        "ma",
        "ne",
        "ni",
        "ou",
        "sa",
        "ta",
        "va",
        "ao",
        "os",
        "na",
        "af",
        "ja",
        "og",
        "om",
        "på",
    )
)
_VOWELS = frozenset("aeiouy")
# prefixes that never stand alone: a slug's "co ops" is "co-ops", "non oil" is "non-oil"
_BOUND_PREFIXES = frozenset(("co", "non", "anti", "semi", "multi", "pre", "mid", "inter", "intra"))


def _acronym_shaped(word: str) -> bool:
    """A slug word that can only be an acronym: two letters that are no short word of the supported
    languages ("ri", "eu"), or three or four letters without a vowel ("kpk", "bps", "dpr")."""
    if not word.isalpha() or word in _BOUND_PREFIXES:
        return False
    if len(word) == 2:
        return word not in _SHORT_WORDS
    return 3 <= len(word) <= 4 and not _VOWELS.intersection(word)


def headline_from_slug(words: list[str], text: str) -> str | None:
    """A headline from slug words with their case restored from the story text: a word the text
    uses takes its casing there ("indonesia" → "Indonesia", "ri" → "RI"), any other stays lower case;
    hyphenated compounds of the text are rejoined; the first word is capitalised."""
    if not words:
        return None
    casing = _Casing(text, words)
    out: list[str] = []
    index = 0
    while index < len(words):
        for size in range(min(SLUG_COMPOUND_MAX, len(words) - index), 0, -1):
            chunk = words[index : index + size]
            link = casing.elided(chunk) if size == 2 else None
            if size == 1 or link or casing.compound(chunk):
                joined = "-".join(casing.case(words, index + offset) for offset in range(size))
                if link:  # "waste energy" of a text that writes "waste-to-energy"
                    joined = joined.replace("-", f"-{link}-", 1)
                if out and out[-1].casefold() in _BOUND_PREFIXES and size == 1:
                    out[-1] = f"{out[-1]}-{joined}"  # "co ops" → "co-ops"
                else:
                    out.append(joined)
                index += size
                break
    out = _attribution(_second_clause(out, casing), casing)
    headline = " ".join(out)
    return headline[:1].upper() + headline[1:]


# English attribution at the end of a headline: "…, Purbaya claims" and "…: Minister" (a slug drops both marks)
_SPEECH_VERBS = frozenset(
    (
        "says", "said", "claims", "warns", "asserts", "insists", "states", "notes", "reveals", "confirms",
        "believes", "predicts", "stresses", "argues", "explains", "admits", "affirms", "suggests", "assures",
    )
)  # fmt: skip
# who speaks in a headline's attribution without a name (ANTARA English "…: Minister", "…: official")
_SPEAKER_NOUNS = frozenset(
    (
        "minister", "ministry", "official", "officials", "expert", "experts", "analyst", "analysts", "economist",
        "economists", "govt", "government", "police", "president", "governor", "regent", "mayor", "spokesperson",
        "spokesman", "spokeswoman", "chief", "lawmaker", "lawmakers", "legislator", "observer", "observers",
        "envoy", "ambassador", "secretary", "minister's",
    )
)  # fmt: skip
_ENGLISH_MARKS = frozenset(("the", "and", "of", "to", "in", "said", "is", "was", "that", "for"))
_SAID_NEAR = re.compile(r"\b(?:said|says|told|stated|noted|added|claimed|explained|remarked|stressed)\b")
ATTRIBUTION_MIN_WORDS = 4  # the headline's own statement before the attribution: at least this many words


def _english(text: str) -> bool:
    """True when ``text`` reads as English (its commonest function words)."""
    words = text[:2000].lower().split()
    return sum(word in _ENGLISH_MARKS for word in words) * 12 >= len(words) > 0


def _attribution(out: list[str], casing: _Casing) -> list[str]:
    """The marks an English slug dropped before an attribution at its end: a comma before a speaker and
    a speech verb ("… safe position, Purbaya claims"), a colon before a speaker alone ("… network:
    Minister") when the text has that speaker talk and never writes the word before it as the
    speaker's modifier ("finance minister" is a title, "network minister" is no phrase of the text)."""
    if len(out) < ATTRIBUTION_MIN_WORDS + 1 or not casing.english:
        return out
    low = [word.casefold() for word in out]
    if low[-1] in _SPEECH_VERBS:
        start = len(out) - 1
        while start > 0 and out[start - 1][:1].isupper() and len(out) - start <= 3:
            start -= 1
        if start == len(out) - 1 and low[start - 1] in _SPEAKER_NOUNS:
            start -= 1  # "…, minister says"
        if start == len(out) - 1 or start < ATTRIBUTION_MIN_WORDS or out[start - 1].endswith((",", ":")):
            return out
        return [*out[: start - 1], out[start - 1] + ",", *out[start:]]
    if low[-1] in _SPEAKER_NOUNS:
        if f"{low[-2]} {low[-1]}" in casing.low or not _speaks(casing.low, low[-1]):
            return out
        return [*out[:-2], out[-2] + ":", out[-1][:1].upper() + out[-1][1:]]
    return out


# English headline verbs (third person) that open a clause of their own: a slug drops the comma before a
# second one ("… proposes ASEAN oil storage hub, eyes Sumatra site"). Written for this module; the second
# verb is one that is hardly ever a plural noun ("plans", "signs", "calls", "cuts" are left out there).
_CLAUSE_VERBS = frozenset(
    (
        "eyes", "seeks", "urges", "vows", "pledges", "proposes", "invites", "mulls", "readies", "prepares",
        "launches", "expands", "extends", "welcomes", "hails", "unveils", "announces", "receives", "approves",
        "rejects", "denies", "secures", "explores", "encourages", "promotes", "strengthens", "reaffirms",
        "affirms", "accelerates", "intensifies", "ensures", "asks", "orders", "allocates", "prioritises",
        "prioritizes", "appoints", "inaugurates", "postpones", "delays", "revokes", "halts", "resumes",
    )
)  # fmt: skip
_FIRST_VERBS = _CLAUSE_VERBS | {"plans", "signs", "builds", "opens", "monitors", "expects", "targets", "sets"}
# no clause starts after these, nor is a verb followed by these the start of one ("eyes on", "asks to")
_CLAUSE_STOPS = frozenset(
    (
        "a", "an", "the", "to", "of", "for", "and", "or", "in", "on", "at", "by", "as", "with", "from", "into",
        "over", "after", "before", "its", "their", "his", "her", "not", "that", "than", "more", "most", "be",
    )
)  # fmt: skip
CLAUSE_MIN_GAP = 1  # words between the two verbs (an object of its own): "hails progress, urges …"


def _second_clause(out: list[str], casing: _Casing) -> list[str]:
    """The comma an English slug dropped before a headline's second clause: "Indonesia proposes ASEAN oil
    storage hub, eyes Sumatra site" (one subject, two verbs); only between two clause verbs of the list,
    with an object between them and after the second."""
    if not casing.english:
        return out
    low = [word.casefold() for word in out]
    first = next((i for i, word in enumerate(low) if i >= 1 and word in _FIRST_VERBS), None)
    if first is None:
        return out
    for index in range(first + CLAUSE_MIN_GAP + 1, len(out) - 1):
        if low[index] not in _CLAUSE_VERBS or out[index - 1].endswith((",", ":")):
            continue
        if low[index - 1] in _CLAUSE_STOPS or low[index + 1] in _CLAUSE_STOPS:
            continue
        if any(word in _CLAUSE_STOPS or word in _FIRST_VERBS for word in low[first + 1 : index]):
            continue  # "eyes stock listing for …", a second verb inside an object: no plain object between
        return [*out[: index - 1], out[index - 1] + ",", *out[index:]]
    return out


def _speaks(low: str, noun: str) -> bool:
    """True when the text has ``noun`` speak: a reporting verb within a few words after it."""
    pos = low.find(noun)
    while pos >= 0:
        if _SAID_NEAR.search(low, pos, pos + len(noun) + 60):
            return True
        pos = low.find(noun, pos + 1)
    return False


def _link_of(item: ParsedItem) -> str | None:
    """The item's web address: its ``url`` alt id, else a uri that is a link."""
    for alt in item.alt_ids:
        if alt.get("role") == "url" and alt.get("value"):
            return str(alt["value"])
    return item.uri if item.uri and item.uri.startswith(("http://", "https://")) else None


LEAD_PARAGRAPHS = 5  # where a derived headline's sentence is looked for
# a paragraph of speech: opened by a quotation mark or a dash ("– Minulla ei ole …", "- tässä tilanteessa …")
_SPEECH = re.compile(r"^(?:[\"“”„«»‘’']|[-–—]\s)")


def _unquoted(candidates: list[str], paragraphs: list[str]) -> list[str]:
    """The paragraphs of ``candidates`` that are no quotation: not opened by a quotation mark or a dash,
    and whose first sentence is not part of a quoted paragraph further on (STT repeats the tail of a
    dash quote as its first line: "Saatuuu siinä mielessä hyvään saumaan." is no headline)."""
    quoted = [p for p in paragraphs if _SPEECH.match(p)]
    out = []
    for paragraph in candidates:
        if _SPEECH.match(paragraph):
            continue
        sentence = _first_sentence(paragraph)
        if len(sentence) >= 20 and any(sentence in q for q in quoted):
            continue
        out.append(paragraph)
    return out


# A video's shotlist opens with a label, the place and the shoot date ("SHOTLIST: KUWAIT. JANUARY 30, 2014.",
# Reuters' "SHOWS: DAMASCUS, SYRIA (JULY 16, 2014)"): a dateline of the footage, not a story's lead.
_SHOTLIST_LABEL = re.compile(r"(?:SHOT ?LIST|SHOWS|SCRIPT|STORYLINE|SOUNDBITE)\b\s*[:\d-]")
_SHOTLIST_HEAD = re.compile(
    r"(?:SHOT ?LIST|SHOWS)\s*:\s*(?P<place>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*)(?:, [A-Z][A-Z' -]+)?"
    r"\s*[.,(]\s*(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}"
)


def shotlist_located(item: ParsedItem) -> None:
    """A video's or audio's place from its shotlist's opening line ("SHOTLIST: KUWAIT. JANUARY 30, 2014."):
    the footage's dateline; only where the source gives no located."""
    if item.kind not in MEDIA_TYPES or item.located or not item.paragraphs:
        return
    head = _SHOTLIST_HEAD.match(item.paragraphs[0])
    if head:
        item.located = natural_case(head.group("place"))


# a caption's own dateline, a sentence of its own: "… emergency. Rome (Italy), October 27th 2020 Photo …" (Sipa,
# Insidefoto): the place where the picture was taken, the country in brackets, then the date
_CAPTION_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
_CAPTION_MONTH += r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_CAPTION_PLACE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<place>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){0,2})"
    rf" \((?P<country>[A-Z][A-Za-z .-]{{2,30}})\),? (?:on )?(?:\d{{1,2}}(?:st|nd|rd|th)? )?{_CAPTION_MONTH}\b"
)
# the wire caption's closing place and date, either order: Reuters' "… in Damascus July 16, 2014.", "at court in
# Grossetto, Italy, on 9 July 2013", Getty's and AP's "… on May 3, 2021 in Jerez de la Frontera, Spain." A place
# is capitalised words (with "de la" particles) and the date is whole (day and year), so "in Parliament on
# Tuesday" never counts; over the corpus' text bodies and the GeoWebNews/LGL articles every match is a place
_CAP_WORD = r"[A-Z][a-zà-ÿ'’-]+"
_PARTICLE = r"(?:de|la|del|do|da|dos|das|von|van|al|el|di|du|le|les|sur|upon) "
_PLACE_NAME = rf"{_CAP_WORD}(?:[ -](?:{_PARTICLE})*{_CAP_WORD}){{0,3}}"
_FULL_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    rf"(?:{_CAPTION_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}} {_CAPTION_MONTH}\.?,? \d{{4}})"
)
_PLACE_THEN_DATE = re.compile(rf"\bin (?P<place>{_PLACE_NAME})(?:, {_PLACE_NAME}){{0,2}},? (?:on )?{_FULL_DATE}")
_DATE_THEN_PLACE = re.compile(rf"{_FULL_DATE},? in (?P<place>{_PLACE_NAME})(?:, {_PLACE_NAME}){{0,2}}(?=[.)]|$)")


# ANTARA's (and other Indonesian) photo captions close on "di <venue>, <city>, <province>, <weekday> (d/m/yyyy)":
# the city is the part before one of Indonesia's provinces (or Jakarta itself), a "Kota" prefix dropped. Over the
# corpus' ANTARA, detik and liputan6 captions and summaries (48 matches) every one names the right city
_PROVINCES = (
    "Aceh|Sumatera Utara|Sumatera Barat|Riau|Kepulauan Riau|Jambi|Sumatera Selatan|Kepulauan Bangka Belitung|"
    "Bangka Belitung|Bengkulu|Lampung|DKI Jakarta|Jawa Barat|Banten|Jawa Tengah|DI Yogyakarta|"
    "Daerah Istimewa Yogyakarta|Jawa Timur|Bali|Nusa Tenggara Barat|Nusa Tenggara Timur|NTB|NTT|Kalimantan Barat|"
    "Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur|Kalimantan Utara|Sulawesi Utara|Sulawesi Tengah|"
    "Sulawesi Selatan|Sulawesi Tenggara|Sulawesi Barat|Gorontalo|Maluku|Maluku Utara|Papua|Papua Barat|"
    "Papua Selatan|Papua Tengah|Papua Pegunungan|Papua Barat Daya"
)
_PROVINCE = "|".join(sorted(_PROVINCES.split("|"), key=len, reverse=True))  # longest first: "Papua Barat Daya"
_ID_DATE = r",? (?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu),? )?\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"
_ID_CAPTION_PLACE = re.compile(
    rf"(?:\bdi |, )(?:(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}), (?:{_PROVINCE}){_ID_DATE}"
    rf"|(?P<capital>Jakarta){_ID_DATE})"
)


def caption_located(item: ParsedItem) -> None:
    """A picture's or video's place from its caption's own dateline ("Rome (Italy), October 27th 2020"), the
    closing place and whole date of a wire caption ("… in Damascus July 16, 2014.") or an Indonesian caption's
    city before its province and date ("…, Surabaya, Jawa Timur, Senin (3/8/2026)"): only where the source gives
    no located."""
    if item.kind not in MEDIA_TYPES or item.located or not item.caption:
        return
    for pattern in (_CAPTION_PLACE, _PLACE_THEN_DATE, _DATE_THEN_PLACE):
        match = pattern.search(item.caption)
        if match:
            item.located = match.group("place")
            return
    match = _ID_CAPTION_PLACE.search(item.caption)
    if match:
        item.located = (match.group("city") or match.group("capital")).removeprefix("Kota ")


def _no_media_headline(text: str) -> bool:
    """True for a media text that is no headline source: a shotlist (its label, place and date name the
    format, not the story) or a list of speakers ("- Amir Hussein Abdullahian, ... - Panos Moumtzis")."""
    return bool(_SHOTLIST_LABEL.match(text)) or text.startswith(("-", "–", "•"))


def _coverage_headline(item: ParsedItem) -> bool:
    """A planning item with no headline of its own is named by what it plans: its first coverage's title
    (LISTING 20's "Robinson: Must preserve bailout funds"), never a coverage note ("Text 250 words")."""
    title = next(
        (c.get("title") for c in item.planned_coverage if isinstance(c.get("title"), str) and c["title"]), None
    )
    if title:
        item.headline = " ".join(title.split())
    return bool(title)


def derive_headline(item: ParsedItem) -> bool:
    """Set a headline when the item has none: an event's own name or description (its body may be
    another story), the link's word slug (the outlet's headline, case and attribution marks restored
    from the text), else one written from the lead (or the description); True if set."""
    if item.headline:
        return False
    if item.kind in EVENT_TYPES and _event_headline(item):
        return True
    if item.kind == "composite" and _package_headline(item):
        return True
    if item.kind == "planning" and _coverage_headline(item):
        return True
    link = _link_of(item)
    words = slug_words(link) if link else None
    if words:
        story = "\n".join(filter(None, (*item.paragraphs, item.description)))
        item.headline = headline_from_slug(words, story)
        return True
    leads = _unquoted(item.paragraphs[:LEAD_PARAGRAPHS], item.paragraphs) or item.paragraphs[:3]
    texts = (*leads, item.description, item.title, item.slugline)
    if item.kind in MEDIA_TYPES:  # a clip's own title and caption; a shotlist's shots ("VAR of ...") are none
        shotlist = bool(item.paragraphs) and bool(_SHOTLIST_LABEL.match(item.paragraphs[0]))
        texts = (item.title, item.caption, item.description, *(() if shotlist else leads))
    for text in texts:
        if not text or text.startswith(_NOTE_MARKS):  # "*** DISCLAIMER: …": a note, not the lead
            continue
        if item.kind in MEDIA_TYPES and _no_media_headline(text):
            continue
        headline = headline_from(_SLUG_CODE.sub("", text))  # "BBN--Top Ten" → "Top Ten"
        if headline:
            item.headline = headline
            return True
    return False


def _package_headline(item: ParsedItem) -> bool:
    """A package's headline from its lead member (the first in reading order that has one): a groupSet
    or a package with no ``headline`` of its own still shows what it carries ("Obama annonce son équipe"),
    never an empty headline; its own title or slugline is a desk code ("UK-TOPNEWS"), no headline."""
    for assoc in item.associations:
        for head in assoc.get("headlines") or ():
            value = " ".join(str(head.get("value") or "").split())
            if value:
                item.headline = value
                return True
    return False


def _event_headline(item: ParsedItem) -> bool:
    """An event's or planning item's headline from its own name (``title``), else its description: its
    body may be another story sent along (an IPTC example carries an unrelated press release), and a
    name the source cut mid-word ("World Anti" of "World Anti-Doping Agency") is no headline."""
    title = " ".join((item.title or "").replace('\\"', '"').split())  # \" : an escape left in the text
    texts = " ".join(filter(None, (item.description, *item.paragraphs[:3])))
    if title and is_title(title) and not _cut_short(title, texts):
        item.headline = title
        return True
    headline = headline_from(item.description) if item.description else None
    if headline:
        item.headline = headline
        return True
    return False


def _cut_short(title: str, text: str) -> bool:
    """True when ``text`` writes ``title`` only as the start of a longer word ("World Anti-Doping")."""
    folded, key = text.casefold(), title.casefold()
    pos = folded.find(key)
    seen = False
    while pos >= 0:
        end = pos + len(key)
        if end < len(folded) and (folded[end].isalnum() or folded[end] == "-"):
            seen = True
        else:
            return False
        pos = folded.find(key, pos + 1)
    return seen
