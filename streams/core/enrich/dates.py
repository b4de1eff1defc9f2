"""Dates a story refers to, resolved to ISO dates (Indonesian, Malay, English; Spanish, German, French,
Portuguese, Danish, Norwegian and Swedish day/month names, relative words and ranges; Finnish ones in
their case forms, ``_find_fi``). Stdlib ``re`` and one Aho-Corasick word
scan: dateparser's ``search_dates`` measured ~10 ms and wrong on wire text (docs enrichment-libs.md).

Output ``article["ext"]["dates"]``: ``[{"text", "date", "kind", ["end"]}]`` in text order, where
``date`` is ``YYYY-MM-DD`` (``YYYY-MM`` / ``YYYY`` for a month / year) and ``kind`` is one of
``absolute`` ("20 Mei 2025", "March 4"), ``wire`` ("Jumat (7/1)"), ``weekday`` ("Senin", "on Tuesday"),
``relative`` ("kemarin", "yesterday", "tiga hari lalu"), ``week``/``month``/``year`` (ranges).

Resolution rules (documented choices):

* The reference is the item's own date: ``versionCreated`` unless the pipeline derived it from the
  receive time (``"versionCreated" in ext.derived``), else ``firstCreated``/``contentCreated``; a
  version more than two days after ``firstCreated`` republishes the text written then, so
  ``firstCreated`` leads (Superdesk ninjs2.json: written Monday 3 July, versioned 24 August). An item
  dated only by its scrape time (``ext.source.scrapedAt``, which bounds the publication date from
  above) publishes no day-level mention (weekday, "yesterday", "last week", a weekend;
  ``_scrape_only``; session 17 kept it so: a scrape bounds the day from above only, and a review counted
  "said on Monday" → the Monday before the scrape a guess). A version stamped days before ``firstCreated``
  (or ``contentCreated``) is no date of the text: the creation date leads. Taken in local time (an offset
  in the timestamp wins; a UTC "Z" stamp is moved to WIB +7 for ``id`` and MYT +8 for ``ms``, the agencies'
  clocks).
* Tense (issue #15): a weekday alone, a day and month without a year and a month alone are placed by
  the cue words of their sentence, between the neighbouring date mentions (``_tense``): the nearest
  cue before the mention decides (future: "will", "to begin", "scheduled", "due to", "akan",
  "dijadwalkan", "-rá", "próximo", "wird", "soll", "sera", "vai" ...; past: "said", "-ed", "was",
  "telah", "dijo", "-ó", "sagte", "hat", "a déclaré" ...); a weekday that opens its sentence ("On
  Friday, the team will ...") also reads the words after it. A passive participle ("would be
  outlined") is no past tense.
* Schedule headings ("Saturday's Games", "Sunday's Games", "Monday's Games" at the start of their
  lines) run forward from the first; a day named again starts another table. Newspapers named after a
  day ("Bild am Sonntag", "The Mail on Sunday", "Journal du Dimanche") are no dates.
* A month alone reads any past cue ("The ICC had rejected in July"), not only an outright one, unless
  it ends a period ("for April through July") or names a contract ("the June bond").
* A weekday alone is the most recent such day on/before the reference ("Senin" on a Monday is that
  day), the coming one (the same day counts) when the tense is future ("a tender offer to begin
  Thursday"); with "depan"/"mendatang"/"next"/"próximo"/"nächsten"/"prochain" it is the next one,
  with "this"/"next week"/"last week" that day of this/next/last Monday-Sunday week; right after a
  relative word it is that day ("mañana, miércoles").
* A day and month without a year take the year written beside them ("September 15, starting
  September 1987"; "March 3 and April 7, 1987"; "October 1 this year", "November tahun lalu"), else
  the year that puts the date nearest the reference, turned to the other side when a future cue (or
  an outright past one: "began", "since", "last") says so and the nearest date is 3+ months away.
* A month alone after a time word ("in March", "since May", "akhir Mei", "en junio", "im Juni") is
  the nearest such month (a tie goes to the past), turned by the tense in the same way; "last
  February" written in March is the year before.
* A part of a month is the month (issue #15 item 4): "late/early/mid(-)February", "the second half /
  end / first week of February", "akhir/awal/pertengahan/paruh kedua/pekan terakhir Februari", "finales /
  fin / segunda quincena de febrero", "Ende/Anfang/Mitte Februar", "fin (de) / mi-février / seconde
  moitié de février", "fim / meados / segunda quinzena de fevereiro". Reuters' spelled-out days after a
  month ("March One" ... "April Nine", not "February. One of") are that day. "the next month", "over the
  last week" (an article before last/next) are spans counted from now, no calendar month or week.
* A year alone is a date (``kind: year``) only after a word that makes it a time: "in/by/since/until/
  during/the end of 2028", "in calendar 1986", "pada/tahun/sejak/hingga/akhir 2026", "fiscal 1987"
  (``_years_alone``); a range's start, a count ("in 2000 cases", "2024 orang") and a law's number
  ("Nomor 1 Tahun 2023") are none. Session 12: the missed dates of the review were mostly such years.
  Session 15: a season or fiscal year of two consecutive years ("1985/86", "the 1986-87 season",
  "2025/2026") and a decade ("the 1980s", "1980-an", "1920er") are spans of years (``date`` the first,
  ``end`` the last day of the last); "last summer" / "this spring" / "next autumn" are the season's
  months where one reading remains (``_seasons``); a holiday on a fixed day ("2026 May Day", "during May
  Day celebrations", "Hari Buruh 2025") is that day (``_holidays``); a year that opens its sentence as
  its subject ("2019 gab es ...", "CRA said 1986 was a poor year") and a year before a noun that only a period
  or an event takes ("a final 1986 dividend", "the 2012 tragedy") are years, kept out of the span whose cue
  words place a neighbouring mention (``_Hit.aside``); Finnish "syksyllä 2018" is 2018. Session 17: a year
  before a crop ("1988 winter wheat") or after an event's name ("Olimpiade 2028", "reformasi 1998", "Pemilu
  2029") is a year too; a span of years after a time word or a period's noun ("in 2007 to 2011", "the fiscal
  year period 1987 to 1991") is one value; a bond's maturity without its year ("debentures due March one") is
  none.
* Session 16: the day of the item's dateline ("LOS ANGELES, March 3", ``ext.dateline``) is a date, nearest the
  item's date (``_dateline_dates``); a capital results headline's period end ("1ST QTR NOV 30 NET", "IN FEB 18
  WEEK") is the latest such day before it (``_PERIOD_END``); "due 2009" (a maturity) is a year.
* "pekan lalu"/"minggu lalu"/"last week" is the previous Monday-Sunday week: ``date`` = its Monday,
  ``end`` = its Sunday (``kind: week``); a weekend ("over the weekend", "last weekend", "this
  weekend") is its Saturday-Sunday in the same shape (``_weekend``); "bulan lalu"/"last month" and
  "tahun lalu"/"last year" give ``YYYY-MM`` and ``YYYY``.
* An undated item gets a reference inferred from its content, flagged ``ext.dateInferred = true``
  (a bool in the article contract) and recorded in ``ext.dateInference = {"date", "basis"}``: the
  copyright year (``copyrightNotice``/``copyrightHolder``
  or "© 2022"/"ANTARA 2022" in the text) fixes the year of "(d/m)" dates, checked against their
  weekday ("Jumat (7/1)" is a Friday in 2022); with no year anywhere, the most recent year (from this
  year back to 1990) in which every "Weekday (d/m)" matches is taken. The inferred item date is the
  latest such date, moved forward to a weekday named alone in the story when that weekday is at most
  three days after it (an item that says "Senin" after "Jumat (7/1)" was written on Monday 10
  January; "Sabtu malam" with "Minggu (3/3)" is the Saturday before, not a week later).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import ahocorasick

from streams.core.enrich import leads
from streams.core.enrich.story import story_text
from streams.core.enrich.textscan import build_automaton, fold, scan
from streams.core.model import Article

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "januari january jan",
        "februari february feb pebruari",
        "maret march mac mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july julai jul",
        "agustus august ogos agu ags aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov nop",
        "desember december disember des dis dec",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _num

_WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "senin isnin monday",
        "selasa tuesday",
        "rabu wednesday",
        "kamis khamis thursday",
        "jumat jum'at jumaat friday",
        "sabtu saturday",
        "minggu ahad sunday",
    )
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _num

_NUMBERS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "lapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


_DAY_CAP = {name.capitalize(): num for name, num in _WEEKDAYS.items()}
_MON_CAP = {name.capitalize(): num for name, num in _MONTHS.items()}
_SHIFT = {
    "kemarin": -1,
    "semalam": -1,
    "yesterday": -1,
    "hari": 0,
    "today": 0,
    "tonight": 0,  # session 14: this evening ("address the nation tonight"), the item's day as "today"
    "besok": 1,
    "esok": 1,
    "tomorrow": 1,
    "lusa": 2,
}
# Day and month names are capitalised in id/ms/en copy (which also keeps "minggu" = week and the
# verb "may" out). No leading \b in the patterns: boundaries are checked in Python.
_CAL = re.compile(rf"(?:{'|'.join(sorted(map(re.escape, [*_DAY_CAP, *_MON_CAP]), key=len, reverse=True))})\b")
# "Minggu (2/8)", also with the time of day between: "Minggu malam (2/8)", "Senin dini hari (3/8)"
_WIRE_AFTER = re.compile(
    r"(?:\s+(?:malam|pagi|siang|sore|petang|subuh|dini\s+hari))?\s*\((\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)"
)
_QUAL_BEFORE = re.compile(r"\b([Ll]ast|[Nn]ext|[Tt]his|(?<=[Tt]he )following)\s+$")


def _word_set(spaced: str) -> frozenset[str]:
    """The words of a space-separated list."""
    return frozenset(spaced.split())


_NAMED_DAY = re.compile(r"\b(?:The|the)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_HOLIDAY_BEFORE = re.compile(r"\b(?:Good|Black|Ash|Super|Holy|Maundy|Palm|Easter|Whit|Cyber)\s+$")
# a newspaper named after its day: "The Mail on Sunday", "Bild am Sonntag", "«Welt am Sonntag»",
# "Journal du Dimanche" (not "in Jakarta on Sunday", "den Mann am Sonntag")
_PAPER_BEFORE = re.compile(
    r"(?:\b(?:Mail|Independent)\s+on|\b(?:Bild|Welt|BamS|Tagesspiegel|Kurier|Zeitung)\s+am|[«„\"“]\w+\s+am"
    r"|\bJournal\s+du)\s+$"
)
_FULL_MONTHS = _word_set(
    "januari january februari february pebruari maret march april mei june juni july juli julai "
    "agustus august ogos september oktober october november desember december disember"
)
# the word before a month named alone; group 1 is a qualifier ("last March" is in the past); "well into
# February" (session 12)
_MONTH_LEAD = re.compile(
    r"(?:\b([Ll]ast|[Nn]ext|[Tt]his)|\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|"
    r"[Ee]arly|[Ll]ate|[Mm]id|[Pp]ada|[Bb]ulan|[Ss]ejak|[Hh]ingga|[Ss]ampai|[Aa]khir|[Aa]wal|[Pp]ertengahan|"
    r"[Mm]ulai|[Ss]elama|[Ss]ebelum|[Ss]etelah|[Jj]elang|[Mm]enjelang|[Ee]ffective)|\b[Ii]nto[\"”]?)[\s-]+$"
)
# a part of a month names the month (issue #15 item 4: "during the second half of February", "by the end of
# March", "paruh kedua Februari", "pekan terakhir Maret"): read as the month, like "late February"
_MONTH_PART = re.compile(
    r"\b(?:(?:half|end|beginning|start|middle|part|rest|remainder|weeks?|days?|fortnight)\s+of(?:\s+the\s+month\s+of)?"
    r"|(?:[Pp]aruh|[Pp]ekan|[Mm]inggu)\s+(?:pertama|kedua|ketiga|keempat|terakhir))\s+$"
)
# the second of two years joined by "and"/"or" ("held in 2011 and 2012", "due in 1987 and 1988"): a time as
# the first is (session 12); not after a comma ("in 2011, 2000 people came"). Months joined so are left
# alone: a list of months takes its year from its end ("in April, August, September and December last
# year") or names every year's months ("forecasts for lemons during December, February and March")
_AND_WORD = re.compile(r"\s+(?:and|or|dan|atau)\s+")
# a noun a month modifies (session 12): group 1 a figure reported after its month ends ("January exports",
# "February retail sales", "the December rate"), group 2 an event or a possessive ("the December meeting",
# "December's near-record pace"); one lower-case word may stand between ("January housing sales"). Not a
# futures month ("the June delivery", "May soybeans"): no commodity or contract word is listed. Session 21: an
# airline's "its February load factor", "February traffic", "the March volume" are figures too.
_MONTH_MODIFIER = re.compile(
    r"(?:\s+(?!(?:and|or|to|of|the|a|an|in|on|at|with|while|as|but|when|from|for|than|after|before|quarter|half|year)\b)"
    r"(?:[a-z]+|[A-Z]{2,5}))?"  # session 20: an acronym between too ("January LME stocks", "the March CPI figures")
    r"\s+((?:sales|exports|imports|output|production|figures|data|rates?|consumption|inflation|trade|stocks"
    r"|surplus|deficit|payrolls|statistics|orders|purchases|earnings|revenues?|income|profits?|spending"
    r"|unemployment|jobless\s+rate|money\s+supply|load\s+factors?|traffic|volume)\b)"
    r"|(?:\s+(?:meeting|session|election|elections|auction|summit|visit|ballot|vote|referendum|polls?|deadline"
    r"|hearing|conference|convention|congress|talks|trip|tour|strike|ceremony|festival|accord|agreement|ruling"
    r"|announcement)\b|['’]s\s+[a-z])"
)  # session 17: more events ("in a December ballot", "the March deadline", "the February accord")
# session 17: a month before a named event that ends in an event noun ("placed before the July United Nations
# Conference on Trade and Development meeting", "the June OPEC meeting", "the July Party Congress"): the month
# of that event. Only after an article or a possessive, over at most eight capitalised words (and "of", "on",
# "and", "for" inside the name): "the March Madness" names no event; a firm's word ("Co", "Inc") ends it, and
# "May" is left out ("the May Department Stores Co meeting" is a firm's)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|a|an|its|their)\s+\Z")
_MONTH_NAMED_EVENT = re.compile(
    r"(?:\s+(?:(?!(?:Co|Cos|Inc|Corp|Ltd|Plc|PLC|LLC)\b)[A-Z][\w.&/-]*|of|on|and|for)){1,8}?\s+(?:meetings?|session|summit|conference|congress|talks|election"
    r"|elections|vote|convention|Meetings?|Session|Summit|Conference|Congress|Talks|Election|Convention)\b"
)
# an event named with an indefinite article ("plans a July trip", "in a December ballot", session 17): one not yet
# fixed, whose month the reporting verb ("Yeutter said he plans a July trip", written in March) does not turn back
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+\Z")
_REPORTING = frozenset({"said", "told", "says", "tells"})
# a spelled-out day after a month, Reuters' "March One", "payable April Six" (days one to nine; not
# "in February. One of ...": no stop between, and no capitalised word after it, "May Day Parade"). Session 17:
# a capital after a blank line is the next paragraph, not the day's noun (a dividend's "Pay April One" over
# "Record March 13"); after one line break it may be wrapped copy's next word, so it still blocks
_WORD_DAY_AFTER = re.compile(
    r" (One|Two|Three|Four|Five|Six|Seven|Eight|Nine)\b(?![-'’]|[ \t]+[A-Z][a-z]|[ \t]*\n[ \t]*[A-Z][a-z])"
    r"(?:,?\s+((?:19|20)\d\d)\b)?"
)
# the same day in lower case ("Record May one", "payable April one to holders"): only before a line end,
# a stop or comma, or a word that cannot be counted ("to", "and", "when"), so "in May one analyst said" and
# "in March two of the firms" are no day
_WORD_DAY_AFTER_LOWER = re.compile(
    r" (one|two|three|four|five|six|seven|eight|nine)(?=[ \t]*(?:$|\n|[.;,)]|[ \t]+(?:19|20)\d\d\b"
    r"|[ \t]+(?:to|and|through|until|instead|when|from|after|before|by)\b))(?:,?\s+((?:19|20)\d\d)\b)?",
    re.MULTILINE,
)
# ‡ tuned to draw 2 of session 21: after a lead that makes the month a day's ("starting April five with new
# flights", "will redeem on May one an additional", "the one submitted March one by"), a lower-case day word is
# the day whatever follows, but "of" or a unit ("on March two of the firms", "from May two pct")
_WORD_DAY_LEAD = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Ss]tarting|[Bb]eginning|[Ee]ffective|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom)\s+\Z"
)
_WORD_DAY_LED = re.compile(
    r" (one|two|three|four|five|six|seven|eight|nine)\b(?![-'’]|\s+(?:of|pct|percent|per|mln|billion|million|dlrs"
    r"|points?|times|hundred|thousand|years?|months?|weeks?|days?)\b)(?:,?\s+((?:19|20)\d\d)\b)?"
)
_WORD_DAY = {w: i for i, w in enumerate(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"), 1)}
_WORD_DAY.update({w.lower(): i for w, i in list(_WORD_DAY.items())})
# "over the next month", "in the last week": a span of time counted from now, no calendar week or month
_SPAN_THE = re.compile(r"\b(?:the|The)\s+$")
_QUAL_SIGN = {"last": -1, "next": 1, "this": 2}  # 2: "this June", the month of the item's year (session 14)
_QUAL_AFTER = re.compile(r"\s+(depan|mendatang|lalu|lepas|next\s+week|last\s+week|this\s+week)\b")
# "21 Februari", a range "21-28 Februari" / "21 hingga 28 Februari" (group 2 its last day)
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*(\d{1,2})|\s+(?:hingga|sampai)\s+(\d{1,2}))?\s+$")
_YEAR_AFTER = re.compile(r"\.?,?\s+(\d{4})\b")
# not "March 13.2" (a table figure) nor "January 10-year" (a bond)
# "February 21-28", "June 3 to 6", "February 21 through 28" (group 2 the range's last day; not "June 5
# to 5.70", a figure); the year in group 3
_DAY_AFTER = re.compile(
    r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:(?:\s*[-–]\s*|\s+(?:to|through|until|thru)\s+)(\d{1,2})(?:st|nd|rd|th)?\b)?"
    r"(?![.,]\d|-\w)(?:,?\s+(\d{4})\b)?"
)
_YEAR_ONLY = re.compile(r",?\s+(?:of\s+)?((?:1[89]|20)\d\d)\b")  # "March 1987", "March, 1986", "August of 1985"
_NUMERIC = re.compile(r"[0-9](?:[0-9]{3}-[0-9][0-9]-[0-9][0-9]|[0-9]?[/.][0-9]{1,2}[/.][0-9]{4})\b")
_UNITS = (
    "hari pekan minggu bulan tahun days day weeks week months month years year sehari sepekan seminggu sebulan setahun"
)
_ONE_UNIT = frozenset(("sehari", "sepekan", "seminggu", "sebulan", "setahun"))  # "seminggu lalu": one week ago
_AGO_WORDS = frozenset({"yang lalu", "lalu", "lepas", "sebelumnya", "ago", "earlier", "later"})
# a count before a unit word that ``_NUMBER_BEFORE`` does not read: digits with separators, tens and
# hundreds, vague quantities
_COUNT_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*\d)?|\b(?:[Bb]eberapa|[Pp]uluhan|[Rr]atusan|[Rr]ibuan|[Bb]elasan|[Ss]ekian|[Bb]erapa|[Bb]anyak"
    r"|[Ss]etengah|puluh|ratus|ribu|juta|belas|[Ss]ebelas|[Ss]eratus|[Ss]eribu))\s+$"
)
_RANGE_SIGN = {
    "yang lalu": -1,
    "lalu": -1,
    "kemarin": -1,
    "lepas": -1,
    "last": -1,
    "depan": 1,
    "mendatang": 1,
    "next": 1,
}


def _both_cases(words: str) -> str:
    """Literal alternation in lower and Capitalised case (``[Pp]`` classes and re.I measured slower)."""
    items = words.split()
    return "|".join(sorted({*items, *(w[:1].upper() + w[1:] for w in items)}, key=len, reverse=True))


# Relative expressions: "<unit> lalu/depan/ini" (a number before it, "tiga hari lalu", is read by
# _NUMBER_BEFORE), "last/next/this <unit>", and the day words.
_SECOND_WORDS = "yang lalu|lalu|lepas|sebelumnya|ago|earlier|later|depan|mendatang|ini|kemarin"
# a title-case headline writes both words capitalised: "Uji Kelayakan 14 Calon Hakim Agung Hari Ini"
_TITLE_SECOND = "Ini|Lalu|Depan|Mendatang"
_UNIT_WORD = re.compile(
    rf"(?:({_both_cases(_UNITS)})\s+({_SECOND_WORDS})|(Hari|Pekan|Minggu|Bulan|Tahun)\s+({_TITLE_SECOND}))\b"
)
_EN_RANGE = re.compile(rf"({_both_cases('last next this')})\s+(week|month|year)\b")
# a part of a day (session 12): "late last night" is the evening before the item's day (wire copy of the
# morning after), "this morning's decline" its own day; "tonight" is left out ("The Tonight Show")
_DAY_PART = re.compile(rf"({_both_cases('last this')})\s+(night|morning|afternoon|evening)\b")
_DAY_PART_SHIFT = {"last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}
_DAY_WORDS = "kemarin semalam yesterday today tonight besok esok tomorrow lusa"
_DAY_WORD = re.compile(rf"({_both_cases(_DAY_WORDS)})\b")
_NUMBER_BEFORE = re.compile(rf"(?:^|\s)(\d{{1,2}}|{_both_cases(' '.join(_NUMBERS))})\s+$")

# Where the patterns are tried. Run over the whole text, each of them costs 10-30 µs per 1,000
# characters (re tries a letter-led alternation at nearly every offset). Instead one Aho-Corasick
# pass (``textscan.scan``, over the padded fold that the places enricher already built) finds the
# whole words that can lead a match, and each pattern is tried only where its leading words stand.
# Exact, not a heuristic: a match that ``_find`` keeps starts after a non-alphanumeric and its
# leading word ends at a non-word character, so that word is a whole folded word at the same
# offset; and no match can start inside another one (the non-alphanumerics inside a match are
# followed by words that cannot lead), so the matches found this way are the ones a left-to-right
# ``finditer`` keeps.


def _leading_words(**spellings: Iterable[str]) -> ahocorasick.Automaton:
    """Automaton over folded leading words -> the patterns they can lead ("minggu": weekday, unit)."""
    roles: dict[str, tuple[str, ...]] = {}
    for role, words in spellings.items():
        for word in words:
            lead = fold(word).split()[0]  # "Jum'at" is led by "jum"
            if role not in roles.get(lead, ()):
                roles[lead] = (*roles.get(lead, ()), role)
    return build_automaton(roles.items())


_LEADING_WORDS = _leading_words(
    calendar=[*_DAY_CAP, *_MON_CAP],
    day_word=_DAY_WORDS.split(),
    en_range=["last", "next", "this"],
    unit_word=_UNITS.split(),
)
# The substrings that gated two of the patterns before (kept: they are the recorded behaviour),
# so that a lone capitalised "Esok", or "hari ini" split by a line break, is not read.
# "would not be where it is today", "what football is today": the present state, nowadays, no date
_NOWADAYS = re.compile(r"\b(?:where|what|how|as)\s+(?:[\w'’]+\s+){1,2}(?:is|are|stands?)\s+$", re.I)
# session 17: "today's" before a noun of the present age, not of the day ("the climate of today's NFL is not one
# that Lombardi would recognise", "today's world", "today's young people"): nowadays, no date. A closed list of
# generic nouns, or a league's or body's acronym (a closed list: "today's CPI is expected" is the day's figure)
# that ends its phrase ("today's NFL is", not "today's NFL game")
_TODAYS_GENERIC = re.compile(
    r"['’]s\s+(?:(?:world|society|youth|young|generation|children|kids|teenagers|standards|era|age|players"
    r"|athletes|fans|consumers)(?![\w-])"
    r"|(?:NFL|NBA|NHL|MLB|MLS|NCAA|FIFA|UEFA|EU|UN|NATO|GOP)(?=\s+(?:is|are|was|has|have|and|or|of|where|which"
    r"|that|in)\b|[.,;:!?]))"
)
_DAY_TRIGGERS = ("emarin", "emalam", "esterday", "oday", "onight", "esok", "omorrow", "usa")
_UNIT_TRIGGERS = ("lalu", "lepas", "ago", "sebelum", "earlier", "later", "depan", "mendatang", " ini", "kemarin")
_UNIT_TITLE_TRIGGERS = (" Ini", " Lalu", " Depan", " Mendatang")
# A numeric date holds "-dd-" (ISO) or a "/" or "." followed by one or two digits and a "/" or ".":
# these patterns start with a literal, which re finds by a fast scan (~1 µs each; _NUMERIC ~12 µs).
_ISO_HINT = re.compile(r"-[0-9][0-9]-")
_SLASH_HINT = re.compile(r"/[0-9][0-9]?[/.]")
_DOT_HINT = re.compile(r"\.[0-9][0-9]?[/.]")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_COPYRIGHT = re.compile(r"(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)[^\n\d]{0,40}?((?:19|20)\d\d)\b")
_PAREN_C = re.compile(r"\([Cc]\)")
_TZ_BY_LANG = {"id": 7, "ms": 8}


_REPUBLISHED = dt.timedelta(days=2)
_WEEK = dt.timedelta(days=7)


def _item_date(article: Article) -> dt.date | None:
    """The item's own local date, or None when it has none (or only the derived receive time).

    A dateline that names the day ("HONG KONG, March 5") is the story's local date: it wins over a
    UTC stamp one day off (filed 21:18Z on 4 March, east of Greenwich), so "yesterday" is the 4th."""
    stamped = _stamped_date(article)
    dateline = _dateline_day(article, stamped)
    return dateline or stamped


def _stamped_date(article: Article) -> dt.date | None:
    """The date of the item's own time stamps: the version's, unless a version days after the text was
    first created (or its content was) republishes an older text, which is then dated when written."""
    derived = article.get("ext", {}).get("derived", ())
    keys = ["versionCreated", "firstCreated", "contentCreated"]
    version = article.get("versionCreated")
    for origin in ("firstCreated", "contentCreated"):
        written = article.get(origin)
        if not (written and version and origin not in derived and "versionCreated" not in derived):
            continue
        try:
            gap = dt.datetime.fromisoformat(version.replace("Z", "+00:00")) - dt.datetime.fromisoformat(
                written.replace("Z", "+00:00")
            )
        except (ValueError, TypeError):
            gap = dt.timedelta(0)
        if gap > _REPUBLISHED:  # a version days later republishes a text written when it was first created
            keys = [origin, "versionCreated", "firstCreated", "contentCreated"]
        elif -gap > _REPUBLISHED:
            # a version stamped days BEFORE the text was created is no date of this text (a fixture's
            # versionCreated 2017-10-18 on content created 2017-12-19): the content's own date leads
            keys = [origin, "firstCreated", "contentCreated", "versionCreated"]
        break
    for key in keys:
        value = article.get(key)
        if not value or key in derived:
            continue
        try:
            stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            continue
        if not _SANE_YEARS[0] <= stamp.year <= _SANE_YEARS[1]:
            continue  # a typo stamp ("3013-07-07"): no day to count from
        if value.endswith("Z") or value.endswith("+00:00"):
            hours = _TZ_BY_LANG.get((article.get("language") or "")[:2])
            if hours:
                stamp = stamp + dt.timedelta(hours=hours)
        return stamp.date()
    return None


# the day a dateline names, after its place: "HONG KONG, March 5", "SYDNEY, 5 March", "NEW YORK, Mar. 5"
_DATELINE_DAY = re.compile(
    r"\b(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]{3,9})\.?)\b"
)


def _dateline_day(article: Article, stamped: dt.date | None) -> dt.date | None:
    """The day the item's dateline names when it is one day off its stamped date (a time zone apart);
    None otherwise: a dateline further off is an old story's or a misread, and the stamp stays."""
    dateline = article.get("ext", {}).get("dateline")
    text = dateline.get("text") if isinstance(dateline, dict) else None
    if stamped is None or not isinstance(text, str) or not any(c.isdigit() for c in text):
        return None
    for m in _DATELINE_DAY.finditer(text):
        month = _MONTHS.get((m.group("month") or m.group("month2")).lower())
        if month is None:
            continue
        number = int(m.group("day") or m.group("day2"))
        for year in (stamped.year, stamped.year + 1, stamped.year - 1):  # "Jan 1" filed on 31 December
            day = _safe_date(year, month, number)
            if day is not None and abs((day - stamped).days) == 1:
                return day
        return None
    return None


# Session 20: a year no wire story can mean: a typo ("Sun, 07 Jul 3013" in a feed's stamp, "July 19, 3013"
# in a fixture) is no date, stamp or mention; nothing in the text makes the intended year certain.
_SANE_YEARS = (1800, 2199)
_SANE_AHEAD = 100  # a written date at most this many years after the item's (a 30-year bond's maturity is not)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not _SANE_YEARS[0] <= year <= _SANE_YEARS[1]:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(ref: dt.date, month: int, day: int) -> dt.date | None:
    """The date with this month/day nearest ``ref`` (year before, same or after)."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        cand = _safe_date(year, month, day)
        if cand and (best is None or abs((cand - ref).days) < abs((best - ref).days)):
            best = cand
    return best


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), 1)


class _Hit(NamedTuple):
    """One date expression: span, kind and its parsed parts (meaning depends on kind)."""

    start: int
    end: int
    kind: str
    parts: tuple[Any, ...]
    last_day: int = 0  # a day range's last day ("February 21-28", "del 21 al 28 de febrero"), else 0
    last_month: int = 0  # a range's last month ("January-March", "March 15-April 20"), else 0 (session 13)
    # a year inside its sentence's words ("its 1986 results", "the 1980s"): no bound of the span whose cue words
    # place a neighbouring mention (session 15: "is to report its 1986 results on Friday" is the coming Friday)
    aside: bool = False


def _last_day(first: str, last: str | None) -> int:
    """A range's last day when it follows its first ("21-28"), else 0 ("28-21" is no range)."""
    return int(last) if last and int(first) < int(last) <= 31 else 0


# Joined months (session 13): "January-March", "Jan/Feb", "from July through December 1986", "between
# February and October of 1986", "periode Juli-Agustus 2026" are one period, ``date`` its first month and
# ``end`` its last, as a week or "February 21-28" gives both ends. Only forward within a year (a crop or
# fiscal year "(Oct-Sept)", "October/September wheat year" names no particular months), only after a time
# word or with a year or "period"/"quarter" after it, and not a shipment or futures position ("March/April
# shipment", "Sept/Dec at 4,480"). "and" joins only after "between" ("in March and April" lists two).
_MONTH_NAMES = "|".join(sorted(map(re.escape, _MON_CAP), key=len, reverse=True))
_MONTH_RANGE = re.compile(
    rf"\.?(?:\s*(?P<mark>[-–/])\s*|\s+(?P<word>to|through|thru|until|till|hingga|sampai|and|dan)\s+)"
    rf"(?P<month>{_MONTH_NAMES})\b(?:(?<=\b[A-Z][a-z]{{2}})\.|(?<=\bSept)\.)?(?!\.?\s+\d{{1,2}}\b)"
    r"(?P<year>,?\s+(?:of\s+)?(?:19|20)\d\d\b(?![/-]\d))?"
)
_RANGE_LEAD = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween|[Ii]n|[Dd]uring|[Ff]or|[Ss]ince|[Oo]ver|[Tt]he|[Pp]eriode|[Pp]ada|[Ss]elama|[Ss]ejak"
    r"|[Dd]ari|[Aa]ntara|[Bb]ulan|[Mm]ulai)\s+\Z"
)
_BETWEEN = re.compile(r"\b(?:[Bb]etween|[Aa]ntara)\s+\Z")
_RANGE_TAIL = re.compile(r"\s+(?:period|quarter|months|periode)\b")
_RANGE_NOT_AFTER = re.compile(
    r"\s+(?:T-)?(?:bonds?|futures|contracts?|delivery|deliveries|shipments?|options?|crop|season|marketing|selling"
    r"|sold|at|going|position)\b"
)
# "March 15-April 20", "June 30 to July 4, 1987": a day range over two months (the first day was read as
# a month alone before)
_CROSS_DAYS = re.compile(
    rf"\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|through|thru|until|till|hingga|sampai)\s+)"
    rf"({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]\d|-\w)(?:,?\s+((?:19|20)\d\d)\b)?"
)


# the next day listed after a date ("gather in Marrakesh on December 10 and 11", session 13): read only when
# it is the day after (then both days are one period, as "December 10-11"); not a figure ("May 5 and 6 pct")
_NEXT_DAY = re.compile(
    r"\s+(?:and|&)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|pct|percent|per|mln|billion|dlrs))"
)


# Session 21: a commodity's delivery month ("booked for March shipment", "for May delivery", "cargoes of
# Mar/Apr shipment", "with April/May shipment sugar", "for shipment March-May"): goods are sold for a month to
# come, so the month is the coming one (the item's own month counts; ``_COMING``), a pair is one period.
# Only after "for"/"of"/"with" (or "shipment" before it), so a figure ("February shipments were 677.8 mln"),
# a season gone by ("the last May to September shipment") and a contract's name ("New York May delivery
# futures") stay out.
_HALF_OF = r"(?:\s+(?:the\s+)?(?:first|second)\s+half(?:\s+of)?)?"  # "for second half March shipments"
_DELIVERY_LEAD = re.compile(rf"(?:\b(?:for|of|with){_HALF_OF}|\b(?:for\s+)?(?:shipment|delivery|loading))\s+\Z")
_DELIVERY_RANGE = re.compile(rf"\.?\s*[-/–]\s*(?P<last>{_MONTH_NAMES})\b")  # "shipment March-May"
_DELIVERY_WORD = r"\s+(?:shipments?|delivery|deliveries|loading|arrivals?)\b(?!\s+(?:futures|months?|contracts?)\b)"
_DELIVERY_AFTER = re.compile(
    rf"(?:\.?(?:\s*[-/–]\s*|\s+(?:to|through)\s+)(?P<last>{_MONTH_NAMES})\b\.?)?{_DELIVERY_WORD}"
)
# session 21: a quarter named by its last month ("figures for the December quarter", "the September quarter
# surplus"), as the Reserve Banks of Australia and New Zealand name them
_QUARTER_AFTER = re.compile(r"(?:\s+|-)quarter\b")
_COMING = 3  # a month sign: the coming such month, this one included (``_month``)


def _delivery(text: str, s: int, e: int, month: int) -> _Hit | None:
    """The delivery month (or months) a commodity is sold for, starting at ``s``, or None."""
    lead = _DELIVERY_LEAD.search(text, max(0, s - 30), s)
    if lead is None:
        return None
    after = None if lead.group().rstrip().endswith(("shipment", "delivery", "loading")) else _DELIVERY_AFTER
    m = after.match(text, e) if after else _DELIVERY_RANGE.match(text, e)
    if after and m is None:
        return None
    last = _MON_CAP[m.group("last")] if m and m.group("last") else 0
    if last and last <= month:
        return None  # "November/April": across the year end, no period read
    end = e if m is None or not last else m.end("last") + (text[m.end("last") : m.end("last") + 1] == ".")
    return _Hit(s, end, "month", (month, _COMING), last_month=last)


def _month_range(text: str, s: int, e: int, month: int) -> _Hit | None:
    """The period a month starts at ``s`` (ending at ``e``) with the month joined after it, or None."""
    m = _MONTH_RANGE.match(text, e)
    if m is None:
        return None
    last = _MON_CAP[m.group("month")]
    word = m.group("word") or ""
    if last <= month or (word in ("and", "dan") and not _BETWEEN.search(text, max(0, s - 10), s)):
        return None
    if _RANGE_NOT_AFTER.match(text, m.end()):
        return None
    if m.group("year"):
        year = int(m.group("year")[-4:])
        return _Hit(s, m.end(), "my", (month, year), last_month=last)
    tail = _RANGE_TAIL.match(text, m.end())  # in the span: "the April-June period last year" is 1986's
    if not (_RANGE_LEAD.search(text, max(0, s - 10), s) or tail) or (m.group("mark") == "/" and not tail):
        return None  # "for Oct/Dec", "March/April sold at": a shipment or futures position
    return _Hit(s, tail.end() if tail else m.end(), "month", (month, 0), last_month=last)


def _calendar(text: str, at: int, found: list[_Hit]) -> None:
    """A day or month name (capitalised) at ``at``, read with what surrounds it."""
    m = _CAL.match(text, at)
    if m is None:
        return
    s, e = m.span()
    word = m.group()
    spaced = s > 0 and text[s - 1].isspace()  # what _QUAL_BEFORE and _DAY_BEFORE need ("\s+$")
    if word in _DAY_CAP:
        wire = _WIRE_AFTER.match(text, e)
        if wire:
            parts = (_DAY_CAP[word], int(wire.group(1)), int(wire.group(2)), wire.group(3))
            found.append(_Hit(s, wire.end(), "wire", parts))
            return
        if spaced and _NAMED_DAY.search(text, max(0, s - 8), s) and _CAPITAL_AFTER.match(text, e):
            return  # a name, not a day: "The Sunday Times", "Black Monday Fund"
        if spaced and _HOLIDAY_BEFORE.search(text, max(0, s - 8), s):
            return  # "Good Friday", "Black Monday", "Super Tuesday"
        if spaced and word.lower() == "sunday" and _PAPER_BEFORE.search(text, max(0, s - 20), s):
            return  # "The Mail on Sunday"
        before = _QUAL_BEFORE.search(text, max(0, s - 14), s) if spaced else None
        after = _QUAL_AFTER.match(text, e)
        start = before.start() if before else s
        found.append(
            _Hit(
                start,
                after.end() if after else e,
                "weekday",
                (
                    _DAY_CAP[word],
                    before.group(1).lower() if before else "",
                    after.group(1) if after else "",
                ),
            )
        )
        return
    month = _MON_CAP[word]
    day = _DAY_BEFORE.search(text, max(0, s - 18), s) if spaced else None
    if day:
        year = _YEAR_AFTER.match(text, e)
        found.append(
            _Hit(
                day.start(),
                year.end() if year else e + (text[e : e + 1] == "."),
                "dmy",
                (int(day.group(1)), month, year.group(1) if year else None),
                _last_day(day.group(1), day.group(2) or day.group(3)),
            )
        )
        return
    cross = _CROSS_DAYS.match(text, e)
    if cross and _MON_CAP[cross.group(2)] > month and int(cross.group(1)) <= 31:
        found.append(
            _Hit(
                s,
                cross.end(),
                "mdy",
                (int(cross.group(1)), month, cross.group(4)),
                int(cross.group(3)),
                _MON_CAP[cross.group(2)],
            )
        )
        return
    mdy = _DAY_AFTER.match(text, e)
    if mdy and mdy.group(2) and not _last_day(*mdy.group(1, 2)):
        if "-" in text[mdy.end(1) : mdy.start(2)] or "–" in text[mdy.end(1) : mdy.start(2)]:
            return  # "March 28-21": a score, no date (as before ranges were read)
        # "March 5 to 3 pct": the date, and a figure after it
        found.append(_Hit(s, mdy.end(1), "mdy", (int(mdy.group(1)), month, None)))
        return
    if mdy:
        last, end = _last_day(*mdy.group(1, 2)), mdy.end()
        then = None if mdy.group(2) or mdy.group(3) else _NEXT_DAY.match(text, end)
        if then and int(then.group(1)) == int(mdy.group(1)) + 1:  # "on December 10 and 11": both days
            last, end = int(then.group(1)), then.end(1)
        found.append(_Hit(s, end, "mdy", (int(mdy.group(1)), month, mdy.group(3)), last))
        return
    if text[e : e + 1] == " " and (
        spelled := _WORD_DAY_AFTER.match(text, e)
        or _WORD_DAY_AFTER_LOWER.match(text, e)
        or (spaced and _WORD_DAY_LEAD.search(text, max(0, s - 12), s) and _WORD_DAY_LED.match(text, e))
    ):
        found.append(_Hit(s, spelled.end(), "mdy", (_WORD_DAY[spelled.group(1)], month, spelled.group(2))))
        return
    if (
        month >= 3
        and spaced
        and (quarter := _QUARTER_AFTER.match(text, e))
        and _ARTICLE_BEFORE.search(text, max(0, s - 6), s)
    ):
        # "the December quarter" (Australian and New Zealand copy): the three months ending with it
        found.append(_Hit(s, quarter.end(), "month", (month - 2, 0), last_month=month))
        return
    if spaced and (coming := _delivery(text, s, e, month)):
        found.append(coming)
        return
    if joined := _month_range(text, s, e, month):
        found.append(joined)
        return
    my = _YEAR_ONLY.match(text, e)
    if my:
        found.append(_Hit(s, my.end(), "my", (month, int(my.group(1)))))
        return
    # a month alone, only after a word that makes it a time ("in March", "since May", "akhir Mei",
    # "last June"): a bare "May" or "Mar" is too often something else
    # ("mid-February": a hyphen before it)
    if word == "May" and spaced and not _CAPITAL_AFTER.match(text, e):
        # session 20 (‡ tuned to draw 1): "start operations ... in May", "from May", "by May": the month after a
        # preposition ("May" alone may be the modal or a name: "may", "Theresa May", "by May Petroleum" stay out)
        if (lead := _MONTH_LEAD.search(text, max(0, s - 14), s)) and not lead.group(1):
            found.append(_Hit(s, e, "month", (month, 0)))
        return
    if word.lower() in _FULL_MONTHS and (spaced or (s > 0 and text[s - 1] == "-")):
        lead = _MONTH_LEAD.search(text, max(0, s - 14), s) or _MONTH_PART.search(text, max(0, s - 40), s)
        if lead:
            qual = (lead.group(1) or "").lower() if lead.re is _MONTH_LEAD else ""
            found.append(_Hit(lead.start(1) if qual else s, e, "month", (month, _QUAL_SIGN.get(qual, 0))))
        elif modifier := _MONTH_MODIFIER.match(text, e):
            # "January exports", "the December rate", "December's near-record pace": the month a figure
            # or an event belongs to (a figure's month is one gone by: ``_month``)
            indefinite = _INDEFINITE_BEFORE.search(text, max(0, s - 4), s) is not None
            found.append(_Hit(s, e, "month", (month, 0, bool(modifier.group(1)), indefinite)))
        elif (
            spaced
            and month != 5
            and _ARTICLE_BEFORE.search(text, max(0, s - 6), s)
            and _MONTH_NAMED_EVENT.match(text, e)
        ):
            indefinite = _INDEFINITE_BEFORE.search(text, max(0, s - 4), s) is not None
            found.append(_Hit(s, e, "month", (month, 0, False, indefinite)))  # "the July UNCTAD meeting"


def _unit_word(text: str, m: re.Match[str], found: list[_Hit]) -> None:
    """A ``_UNIT_WORD`` match read as "tiga hari lalu" (ago), "hari ini" (today) or "pekan lalu" (range)."""
    s = m.start()
    unit, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4).lower())
    if unit.lower() in _ONE_UNIT:  # "seminggu lalu", "setahun sebelumnya": one unit, the number in the word
        if word in _AGO_WORDS:
            found.append(_Hit(s, m.end(), "ago", ("1", unit[2:])))
        return
    number = _NUMBER_BEFORE.search(text, max(0, s - 12), s)
    if number and word in _AGO_WORDS:
        found.append(_Hit(number.start(1), m.end(), "ago", (number.group(1), unit)))
    elif unit.lower() == "hari" and word == "ini":
        found.append(_Hit(s, m.end(), "relative", ("hari",)))
    elif unit.lower() in ("pekan", "minggu", "bulan", "tahun") and word != "sebelumnya":
        if _COUNT_BEFORE.search(text, max(0, s - 16), s):
            return  # "lebih dari 1.000 tahun yang lalu", "beberapa tahun lalu", "dua puluh tahun lalu": a
            # count this reader cannot place (not "tahun lalu", last year)
        found.append(_Hit(s, m.end(), "range", (unit, word)))


_DATED = frozenset(("dmy", "mdy", "iso", "numeric", "wire"))
# a weekend: group 1 says which ("over the weekend" written on a Monday is the one just past; "next
# weekend" is left out: on a Monday it may mean the coming one or the one after)
_WEEKEND = re.compile(r"\b((?:[Oo]ver|[Dd]uring|[Aa]t)\s+the|[Tt]his|[Ll]ast|(?:[Tt]he\s+)?[Pp]ast)\s+weekend\b")
# a past cue in the words before it ("staged protest rallies this weekend", "raised their bids over the weekend")
_WEEKEND_PAST = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|did|met|held|took|made|said|told|won|lost|fell|rose)\b")
# a future cue in the words before "over the weekend" in its sentence ("talks will continue over the weekend")
_WEEKEND_FUTURE = re.compile(
    r"\b(?:will|shall|would|'ll|going\s+to|plans?|planned|scheduled|expected|due|set\s+to|hopes?\s+to)\b[^.!?\n]*$"
)

# session 17: "this weekend" as the subject of a future verb ("I believe you can see that this weekend stands to
# be an excellent one", "This weekend will see"): the coming one, as a future cue before it. Only where it opens
# its clause (a sentence's start, "that", a comma): "the aid he called for this weekend will be spent" is an
# adverb's weekend before the main verb
_WEEKEND_CLAUSE = re.compile(r"(?:\A|\bthat|[,;:])\s*\Z")
_WEEKEND_FUTURE_AFTER = re.compile(
    r"\s+(?:will|shall|'ll|should|stands\s+to|promises\s+to|looks\s+(?:set\s+)?to|is\s+(?:expected|set|likely|going|due)"
    r"\s+to|is\s+shaping\s+up)\b"
)


_YEAR = re.compile(r"(?:19|20)\d\d\b")  # found first (years are rare, cues are not); a space before it
# the time word right before a year (searched backwards from it, within _YEAR_CUE_CHARS)
# Session 14: a part of the year before "of" ("the first nine months of 1986", "the same period of 1986", "the
# final quarter of 1986", "the latter half of 1987", "the balance of 1987"), "year-end 1986", "calendar 1986",
# Indonesian "sepanjang 2026" (throughout) and "mulai 2027" (from), and the cue words of an all-capital
# headline ("SALES FLAT IN 1986", "OPTIMISTIC FOR 1987", "BY END OF 1990"). A law's year ("the Tax Reform
# Act of 1986"), a bond's ("bonds of 2016") stay out: only the words of a time span lead "of".
_YEAR_CUE = re.compile(
    r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ff]or|calendar"
    r"|(?:[Tt]he\s+)?(?:end|start|beginning|middle|half|quarters?|months|weeks|period|periods|balance|remainder"
    r"|rest)\s+of|[Yy]ear-?end"
    r"|IN|BY|SINCE|UNTIL|THROUGH|DURING|FOR|(?:THE\s+)?END\s+OF"
    r"|[Tt]ahun|[Pp]ada|[Ss]ejak|[Hh]ingga|[Ss]ampai|[Ss]ebelum|[Ss]elepas|[Ss]etelah|[Ss]elama|[Aa]khir|[Aa]wal"
    r"|[Pp]ertengahan|[Ss]epanjang|[Mm]ulai|MULAI|[Dd]ue|DUE|[Mm]aturing|MATURING"
    r"|(?:\b(?:pct|percent|per\s+cent|PCT|PERCENT)|%)\s+(?:from|FROM))\s+(?:tahun\s+)?\Z"
)
_YEAR_CUE_CHARS = 40
# ‡ tuned to draw 2 of session 21: a change's base after its figure ("down 31 percent from 2020", "up 12 pct from
# 1985's level") is that year, as "since 1979" is; a bare "from" stays out ("rose to 2103 from 1985": a count)
# a part of a year or a season before it (session 13): "by late 1987", "in early 2026", "mid-1988", "the
# spring of 1985", "summer 2024": the year, as "late February" is the month (the text is the year)
_YEAR_PART_CUE = re.compile(
    r"\b(?:[Ee]arly|[Ll]ate|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)(?:\s+of)?|(?<=\bthe\s)fall\s+of)\s+\Z"
    r"|\b[Mm]id-\Z"
)
# the time words before a year in other languages (session 13; the Nordic and es/de/fr/pt years were
# missed): "en 2023", "desde 1998", "a finales de 2024", "im Jahr 2023", "seit 1998", "Ende 2024", "d'ici
# 2030", "fin 2024", "mi-2024", "em 2023", "até 2030", "i 1944", "siden 2015", "innen 2030", "sedan 1992",
# "i början av 2024", Finnish "vuonna 1992", "vuoteen 2030", "vuodesta 1998", "vuoden 2023 alussa"
_YEAR_CUES_OTHER: dict[str, str] = {
    "es": r"en|desde|hasta|durante|antes\s+de|después\s+de|(?:a\s+)?(?:finales|principios|mediados|fines|comienzos"
    r"|inicios)\s+de|(?:el|del)\s+año",
    "pt": r"em|desde|até|durante|antes\s+de|depois\s+de|(?:no\s+|em\s+)?(?:fim|final|início|começo|meados)\s+de"
    r"|(?:o|no)\s+ano\s+de",
    "fr": r"en|depuis|jusqu['’]en|d['’]ici|avant|après|dès|fin|début|courant|(?:l['’]|en\s+l['’])année|mi-",
    "de": r"im\s+Jahre?|seit|bis|ab|Ende|Anfang|Mitte|Jahre?",
    "da": r"i|fra|siden|indtil|inden|før|efter|i\s+slutningen\s+af|i\s+begyndelsen\s+af|i\s+løbet\s+af|året",
    "nb": r"i|fra|siden|innen|inntil|før|etter|i\s+slutten\s+av|i\s+begynnelsen\s+av|i\s+løpet\s+av|året",
    "sv": r"i|från|sedan|till|före|efter|under|i\s+slutet\s+av|i\s+början\s+av|året",
    "fi": r"vuonna|vuoteen|vuodesta|vuoden|vuodelle|vuosina|syksyllä|keväällä|kesällä|talvella|syksyn|kevään|kesän"
    r"|talven",  # session 15: a season of the year ("syksyllä 2018", autumn 2018) is the year
}
# session 17: the Nordic "from" ("en handlingsplan ... fra 1992", "Agenda 2030 fra 2015", "från 2015") is the
# year a thing dates from, as "since"; a count after it stays out by ``_YEAR_NOT_OTHER`` ("fra 2000 kroner")
_YEAR_CUE_OTHER = {
    lang: re.compile(rf"(?<![\w-])(?:{cues})(?:\s+|(?<=-))\Z", re.IGNORECASE) for lang, cues in _YEAR_CUES_OTHER.items()
}
_YEAR_CUE_OTHER["no"] = _YEAR_CUE_OTHER["nn"] = _YEAR_CUE_OTHER["nb"]
# a count after a year in those languages ("en 2000 personas", "seit 2000 Jahren", "i 2000 år")
_YEAR_NOT_OTHER = re.compile(
    r"[.,/-]?\d|(?<=0)['’]s\b|\s*%|\s*[-–]\s*\d|\s+(?:a[nñ]os|ans|années|Jahren?|år|vuotta|personas|pessoas|personnes|Menschen"
    r"|Personen|personer|mennesker|människor|euros?|Euro|dólares|dollars?|Dollar|kroner|kronor|tonnes?|toneladas"
    r"|Tonnen|tonn|ton|km|kg|metros|mètres|Meter|meter|habitantes|habitants|Einwohner|casos|cas|Fälle|fall"
    r"|tilfeller|tilfælde|unidades|unités|Stück|kpl|henkeä|ihmistä)\b"
)
# German capitalises every noun: any after the year may be what it counts ("bis 2000 Zuschauer")
_YEAR_NOT_DE = re.compile(rf"{_YEAR_NOT_OTHER.pattern}|\s+[A-ZÄÖÜ][a-zäöüß]")
# what after a year makes it a season, a range's start or a count: "1985/86", "2025-2030", "in 2000 cases"
# ("versus"/"vs" join two years: "jumped 90 pct in 1986 versus 1985"; a capital plural counts in a headline)
_YEAR_NOT = re.compile(
    r"[.,/-]?\d|(?<=0)['’]s\b|\s*%|\s*[-–]\s*\d|\s+(?!(?:was|has|is|as|its|this|thus|us|plus|versus|vs)\b)"
    r"(?:[a-z]+s|orang|unit|ton|persen|warga|jiwa|km|kg|meter|hektare|rupiah|ringgit)\b"
    r"|\s+(?!(?:WAS|HAS|IS|AS|ITS|THIS|US|PLUS|VERSUS|VS)\b)[A-Z]+S\b"
)
# a law's or regulation's number before its year ("Undang-Undang Nomor 1 Tahun 2023", "PP No. 5 Tahun 2021"):
# part of its name, no date the story refers to
_LAW_NUMBER = re.compile(r"(?:\b[Nn]o(?:mor)?\.?|/)\s*\d+[A-Z]?\s+\Z")
# a fiscal year (session 15: "fiscal 1987", "fiscal year 1988 results", "FY1987", "FY 2025"): a year whatever
# follows it ("fiscal 1987 earnings" is no count of earnings), unless a digit, a percent or a range does
_FISCAL = re.compile(r"\b(?:[Ff]iscal(?:\s+[Yy]ear)?|FISCAL(?:\s+YEAR)?|FY)\s*\Z")
# a year before a noun that only a period or an event takes (session 15: "a final 1986 dividend", "1986 net
# earnings", "1986 qtr excludes", "the 2026 State Budget", "the 2012 tragedy", "an estimated 2017 high" stays
# out): a year with no time word before it. A closed list, singular event nouns only ("2000 attacks" may count
# attacks; "the 2000 level", "1500 GMT", "the 1500 block" are no years), and the accounts' words of Reuters'
# results copy in both cases ("CRA 1986 NET"). ‡ Tuned to draw 2 of session 21: an election's adjective and its
# contest after the year ("top 1988 presidential contenders", "the 2016 general election", "the 1984 Democratic
# National Convention"): the year of that election, both words from closed lists ("2000 local candidates" counts)
_YEAR_NOUN = re.compile(
    r"(?:\s+(?:net|earnings|results?|profits?|loss|losses|revenues?|sales|dividends?|payout|budget|elections?|season"
    r"|crop|harvest|output|figures|forecast|estimates?|targets?|quarter|qtr|year|periods?|first|second|third|fourth"
    r"|1st|2nd|3rd|4th|financial|fiscal|annual|census|deficit|surplus|tragedy|disaster|crisis|war|earthquake|crash"
    r"|coup|uprising|revolution|referendum|championship|tournament|recession|drought|flood|floods|campaign|Olympics"
    r"|offensive|invasion|massacre|accord|agreement|pact|treaty|collapse"
    r"|(?:presidential|Presidential|congressional|parliamentary|gubernatorial|legislative|mayoral|midterm|general"
    r"|Democratic|Republican)\s+(?:elections?|race|contenders?|contest|campaign|nomination|primary|primaries"
    r"|hopefuls?|(?:National\s+)?[Cc]onvention)"
    r"|Olympic|World\s+Cup|State\s+Budget|Budget|Census|General\s+Election|Election"
    r"|(?:(?:winter|spring|durum|hard\s+red|soft\s+red)\s+)?wheat(?!\s+[a-z]+ers\b)|(?:corn|soybeans?|cotton|rice"
    r"|barley|sorghum|oats|rapeseed|sugar|coffee|cocoa|grain|plantings|acreage)(?!\s+[a-z]+ers\b)"
    r"|WHEAT|CORN|SOYBEANS?|COTTON|RICE|SUGAR|COFFEE|COCOA|GRAIN"
    r"|NET|EARNINGS|RESULTS?|PROFITS?|LOSS|REVENUES?|SALES|DIVIDENDS?|PAYOUT|BUDGET|OUTPUT|FIGURES|FORECAST"
    r"|QTR|QUARTER|YEAR|1ST|2ND|3RD|4TH|FIRST|SECOND|THIRD|FOURTH)(?![\w-])|['’]s\s+(?=[a-z]))"
)
# Session 21: the years of an accounts table's notes and comparisons. A year that a note's verb follows ("NOTE:
# net 1986 includes tax gain", "1986 shr and net include", "The qtr and year 1985 includes", "NOTE: 1986
# includes loss of 250 mln"), over at most four of the accounts' words; a year opening a note without a space
# ("NOTE:1986 dividend includes"); a year in parentheses ("during the year (1986)", "the April (1986) highs") or
# labelling a comparison figure there ("229,176 tonnes (1985 - 182,959)", "(1985: 1.2 bln)"). A count does not
# "include" (its noun would stand between), so these are years wherever they stand.
_YEAR_NOTE_VERB = re.compile(
    r"(?:\s+(?:net|shr|shrs|qtr|qtrs|year|yr|operating|oper|results?|figures|amounts?|and|4th|fourth|loss|losses"
    r"|profits?|earnings|data|revs|revenues|sales|payout|dividends?|period|also|\d{1,2}\s+(?:mths|months|mos|wks|weeks))){0,4}"
    r"\s+(?:include|includes|included|exclude|excludes|excluded|reflects?|reflected)\b"
)
# Session 21: a half or quarter of a year in Indonesian copy ("EBITDA semester I/2026", "kuartal II-2026", "triwulan
# I 2025", "Q1/2026"): the year, as "the first half of 1987" is (ANTARA's RSS titles write them so)
_YEAR_PART_ID = re.compile(
    r"\b(?:[Ss]emester|SEMESTER|[Kk]uartal|KUARTAL|[Tt]riwulan|TRIWULAN|[Cc]aturwulan|Q)\s*(?:I{1,3}|IV|[1-4])\s*[/-]?\s*\Z"
)
_NOTE_OPEN = re.compile(r"\b(?:NOTE|Note)\s*:\Z")
_PAREN_YEAR = re.compile(r"\)|[ \t]*(?::|[-–][ \t])[ \t]*\d")
# A year between "the" (or a possessive) and a team (session 17: "the 1966 Chiefs wore ...", "Stram led the 1969
# club to victory", "their 1985 team"): that season's side. A lower-case team noun from a closed list, or one
# capitalised plural (a club's name) with no capitalised word after it: "the 1986 Tax Reform Act" (a law's name)
# and "the 2000 Sydney Olympics" stay with the rules above; a count of people after "the" takes a comma in wire
# style ("the 2,000 Marines")
_YEAR_THE = re.compile(r"(?:^|(?<=\s))(?:the|The|their|its|his|her)\s+\Z")
_YEAR_TEAM = re.compile(
    r"\s+(?:(?:team|club|squad|side|roster|lineup|line-up|champions|pennant\s+winners)(?![\w-])"
    r"|[A-Z][a-z]+s(?![\w'’-])(?![ \t]+[A-Z]))"
)
# session 17: a crop or a commodity's season after it ("1988 winter wheat", "for 1987 wheat and 1988 winter wheat",
# "1987 plantings"): the crop year, as "the 1986 crop" (not "2000 rice farmers": a count of growers)
# A year right after the name of an event or a period that the year names (session 17: ANTARA's "Olimpiade 2028
# Los Angeles", "27 tahun reformasi 1998", "Pemilu 2024", "Piala Dunia 2026", "APBN 2026"; "the World Cup 2026",
# "Expo 2025"): a closed list of event words, as ``_YEAR_NOUN`` is after the year, and no count after it.
_YEAR_EVENT_BEFORE = re.compile(
    r"(?<![\w-])(?:Olimpiade|Olympiade|Paralimpiade|Olympics|Paralympics|Piala\s+(?:Dunia|Asia|AFF|Eropa)|Asian\s+Games"
    r"|SEA\s+Games|Games|World\s+Cup|Expo|Pemilu|[Pp]emilihan\s+[Uu]mum|Pilpres|Pileg|Pilkada|R?APBN|R?APBD"
    r"|[Ss]ensus|[Rr]eformasi|[Kk]risis(?:\s+[Mm]oneter)?|[Kk]rismon|[Tt]ragedi|Lebaran|Idul\s+Fitri|Natal"
    r"|Ramadhan|Ramadan|[Mm]udik|Tahun\s+Baru"
    r"|Open|Cup|Awards?|Forum|Summit|Meeting|Conference|Congress|Festival|Fair|Euro|Championships?|Grand\s+Prix)\s+\Z"
)  # session 21: an event's capitalised name word ("Indonesia Open 2026", "Investor Relations Forum 2026", "Euro 2016")
# a year that opens a sentence and is its subject (session 15: dpa's "2019 gab es bittere Tränen in der Kurve,
# 2022 erst mächtig Wut", Reuters' "CRA said 1986 was a poor year"): in German a lower-case word after it (a
# noun, which a count would take, is capitalised), in English a verb of a time ("was", "will", "saw")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|noted|believes?|expects?|that)\s+\Z")
_SENTENCE_OPEN = re.compile(r"(?:\A|[.!?:;]\s+|\n\s*|,\s+)\Z")
_SUBJECT_AFTER = {
    "de": re.compile(r"[ \t]+(?!(?:und|oder|bis|vs)\b)[a-zäöüß]"),
    "": re.compile(
        r"[ \t]+(?:was|will|has|had|is|saw|brought|marked|proved|would|could|should|began|ended|remains|promises)\b"
    ),
}
_FISCAL_NOT = re.compile(r"[.,/-]?\d|\s*%|\s*[-–]\s*\d")


# A span of years (session 14): "from 1981 to 1985", "between 1991 and 1996", "dari 2020 hingga 2025" are one
# entry, ``date`` the first year and ``end`` the last day of the last (before, neither year was read: "from"
# and "to" are no time words of their own). Forward and within 50 years only; not a count after it.
_YEAR_PAIR = re.compile(r"((?:19|20)\d\d)\s+(to|through|until|till|hingga|sampai|and|dan)\s+((?:19|20)\d\d)\b")
_SPAN_FROM = re.compile(r"\b(?:[Ff]rom|[Dd]ari|[Ss]ejak)\s+\Z")
_SPAN_BETWEEN = re.compile(r"\b(?:[Bb]etween|[Aa]ntara)\s+\Z")
_SPAN_UNIT = re.compile(
    r"\s+(?:yen|pct|percent|won|dlr|euro|baht|peso|rand|poin|point|mln|bln|billion|million|juta|miliar|triliun)\b",
    re.IGNORECASE,
)
# session 17: a span of years is one value after a time word too ("in 2007 to 2011", "pada 2007 hingga 2011"; before,
# "in 2007 to 2011" gave 2007 alone, the range's first year only) and after a period's noun ("the fiscal year
# period 1987 to 1991", "for the years 1981 to 1985", "periode 2022-2024")
_SPAN_PERIOD = re.compile(r"\b(?:[Pp]eriods?|[Pp]eriode|years)\s+\Z")


def _year_spans(text: str, starts: Sequence[int] | None = None) -> list[_Hit]:
    """Spans of years "from 1981 to 1985" (see above), in en/id/ms copy (the pair is found first: a digit
    starts it, which the regex engine scans for fast; the word before it is checked after). ``starts``: see
    ``_year_starts``."""
    out: list[_Hit] = []
    for m in _years_found(_YEAR_PAIR, text, starts):
        first, last = int(m.group(1)), int(m.group(3))
        if (
            not first < last <= first + 50
            or _YEAR_NOT.match(text, m.end())
            or _SPAN_UNIT.match(text, m.end())
            or text.startswith(("'s", "’s"), m.end())  # "in 1986 to 1987's level": a comparison
        ):
            continue
        before = text[max(0, m.start() - _YEAR_CUE_CHARS) : m.start()]
        if m.group(2) in ("and", "dan"):
            led = _SPAN_BETWEEN.search(before)
        else:
            led = _SPAN_FROM.search(before) or _SPAN_PERIOD.search(before) or _YEAR_CUE.search(before)
        if not led or _LAW_NUMBER.search(before[-12:]):
            continue
        out.append(_Hit(m.start(1), m.end(), "year", (first, last)))
    return out


# A season or fiscal year written as two consecutive years (session 15; the reviews' "1985/86", "the 1986/87
# year ending March 31", "in 1987/88", "tahun ajaran 2025/2026", "the 1986-87 season"): one entry, ``date`` the
# first year and ``end`` the last day of the second, as a span of years. Not a part of a longer number or code
# ("12/1986/87", "1986/87/88"), not a law's number, and only when the second year follows the first.
# A decade (session 15: "Karier Madonna ... melejit 1980-an", "in den 1920er Jahren", "the 1980s"): the ten
# years, ``date`` the first and ``end`` the last day of the tenth. A "0" ends the year; "'s" and "s" in English,
# "-an" in Indonesian / Malay, "er" in German.
_NUMBER_SIGN = re.compile(r"(?:\b[Nn]o(?:mor)?\.?|#|\b[Nn]r\.?)\s*\Z")
_YEAR_FORM = re.compile(
    r"((?:1[89]|20)\d\d)(?:([/–-])((?:19|20)?\d\d)(?![\w/–-]|[.,]\d)|(?<=0)(?:['’]?s|-an|er)(?![\w'’]))"
)


# A season named by last / this / next (session 15: Business Wire's "sold out in weeks last summer" written in
# July 2013 is summer 2012): its months of the northern year (spring March-May, summer June-August, autumn
# September-November), ``kind: month`` with ``end``. Only where the words leave one reading: "last summer"
# written in the autumn after it, "next summer" written before it and any winter (it spans two years) stay
# out, and so does a story that names a southern country or city (its summer is December-February).
_SEASON = re.compile(
    r"\b([Ll]ast|[Tt]his|[Nn]ext)\s+(spring|summer|autumn|fall(?=[.,;:)]|\s+(?:and|when|season|semester)\b|\s*\Z))\b"
)  # "this fall in the dollar" is a decline: "fall" only before a stop or a joining word
_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_SOUTH = re.compile(
    r"\b(?:Australia|Zealand|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Argentina|Chile|Brazil|Uruguay"
    r"|Paraguay|South\s+Africa|Johannesburg|Cape\s+Town|Buenos\s+Aires|Santiago|Sao\s+Paulo|São\s+Paulo)\b"
)


# A holiday on a fixed day (session 15: ANTARA's "his 2026 May Day speech", "during May Day celebrations";
# "before Christmas", "Hari Buruh 2025"): that day, as a day and month. With its year beside it, that year;
# else only after a word that names the occasion ("on", "since", "before", "during", "pada", "jelang" ...) and
# placed as a date without a year (the nearest, turned by the tense). "last/next Christmas", a holiday as a
# name's part ("Christmas trees", "the May Day Parade" without a lead) stay out.
_HOLIDAY_DAYS = {
    "may day": (1, 5),
    "christmas day": (25, 12),
    "christmas eve": (24, 12),
    "christmas": (25, 12),
    "new year's day": (1, 1),
    "new year's eve": (31, 12),
    "halloween": (31, 10),
    "valentine's day": (14, 2),
    "boxing day": (26, 12),
    "bastille day": (14, 7),
    "st patrick's day": (17, 3),
    "hari buruh": (1, 5),
    "hari pahlawan": (10, 11),
    "hari kartini": (21, 4),
}
_HOLIDAY = re.compile(
    r"(May Day|Christmas Day|Christmas Eve|Christmas|New Year['’]s (?:Day|Eve)|Halloween|Valentine['’]s Day"
    r"|Boxing Day|Bastille Day|St\.? Patrick['’]s Day|Hari (?:Buruh|Pahlawan|Kartini))\b"
    r"(?:(?: Internasional| Sedunia| Nasional)?,?\s+((?:19|20)\d\d)\b(?![.,/-]?\d))?"
)  # a capital leads it (the regex engine skips to one fast); the year before it is read backwards
_HOLIDAY_YEAR_BEFORE = re.compile(r"(?:^|(?<=\s))((?:19|20)\d\d)\s+\Z")
_HOLIDAY_LEAD = re.compile(
    r"\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Bb]y|[Dd]uring|[Oo]ver|[Ff]or|[Pp]ada|[Jj]elang"
    r"|[Mm]enjelang|[Ss]ejak|[Ss]aat|[Pp]eringatan|[Hh]ingga)\s+(?:the\s+)?\Z"
)


def _holidays(text: str) -> list[_Hit]:
    """Holidays on a fixed day (see above), as ``dmy`` mentions (the year as written, or none)."""
    out: list[_Hit] = []
    for m in _HOLIDAY.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        start, year = m.start(), m.group(2) or ""
        if before := _HOLIDAY_YEAR_BEFORE.search(text[max(0, start - 6) : start]):
            start, year = start - len(before.group()), before.group(1)  # "his 2026 May Day speech"
        if not year and not _HOLIDAY_LEAD.search(text[max(0, start - 16) : start]):
            continue
        name = m.group(1).lower().replace("’", "'").replace("st. ", "st ")
        day, month = _HOLIDAY_DAYS[name]
        out.append(_Hit(start, m.end(), "dmy", (day, month, year)))
    return out


def _seasons(text: str) -> list[_Hit]:
    """ "last/this/next spring/summer/autumn/fall" in English copy (see above); the year is placed later."""
    out: list[_Hit] = []
    for word in _SEASON_MONTHS:  # each season word found by a plain search, its qualifier read after
        at = text.find(word)
        while at >= 0:
            m = _SEASON.match(text, max(0, at - 6)) or _SEASON.match(text, max(0, at - 5))
            if m is not None and m.end(2) == at + len(word):
                out.append(_Hit(m.start(), m.end(), "season", (_SEASON_MONTHS[m.group(2)], m.group(1).lower())))
            at = text.find(word, at + len(word))
    if out and _SOUTH.search(text):
        return []
    return sorted(out)


def _season(first: int, which: str, ref: dt.date) -> dict[str, Any] | None:
    """The months of a season named by last / this / next, seen from ``ref``, or None when two readings remain."""
    if which == "this":
        year = ref.year
    elif which == "last":
        if ref.month > first + 2:
            return None  # "last summer" in September: the one just ended or the year before
        year = ref.year - 1
    else:
        if ref.month < first:
            return None  # "next summer" in March: the coming one or the year after
        year = ref.year + 1
    last = dt.date(year, first + 3, 1) - dt.timedelta(days=1)
    return {"date": f"{year:04d}-{first:02d}", "end": last.isoformat(), "kind": "month"}


def _year_forms(text: str, starts: Sequence[int] | None = None) -> list[_Hit]:
    """Seasons and fiscal years "1986/87", "2025/2026" and decades "the 1980s", "1980-an", "1920er" (see above),
    in any language: one scan for both (a digit leads the pattern, which the regex engine finds fast). ``starts``:
    see ``_year_starts``."""
    out: list[_Hit] = []
    for m in _years_found(_YEAR_FORM, text, starts):
        start = m.start()
        lead = text[start - 1] if start else " "
        if lead.isalnum() or lead in "/.$":
            continue  # "12/1986/87", "21980s", "$1980s"
        first = int(m.group(1))
        if not m.group(2):  # a decade ("the mid-1960s" too)
            if lead != ",":
                out.append(_Hit(start, m.end(), "year", (first, first + 9), aside=True))
            continue
        if lead in "-–":
            continue
        second = m.group(3)
        last = int(second) if len(second) == 4 else first - first % 100 + int(second)
        if first % 100 == 99 and len(second) == 2:
            last = first + 1 if second == "00" else last
        if last != first + 1:
            # a longer span with a dash after a time word: "pada 2007-2011 silam", "in 1981-1985" (not a count
            # or a score after it: "in 2000-2500 cases")
            before = text[max(0, start - _YEAR_CUE_CHARS) : start]
            if not (
                m.group(2) != "/"
                and (len(second) == 4 or _SPAN_FROM.search(before))  # ‡ session 21 draw 2: "from 1979-81"
                and first < last <= first + 50
                and (_YEAR_CUE.search(before) or _SPAN_PERIOD.search(before) or _SPAN_FROM.search(before))
                and not _YEAR_NOT.match(text, m.end())
                and not _SPAN_UNIT.match(text, m.end())
            ):
                continue
        if _LAW_NUMBER.search(text[max(0, start - 12) : start]) or _NUMBER_SIGN.search(text[max(0, start - 8) : start]):
            continue  # "Nomor 1 Tahun 2023/24", "No. 2025/26": a number
        season = last == first + 1 and (m.group(2) == "/" or len(second) == 2)  # not "2020-2021": two years
        bounds = _season_bounds(text, m.end(), first) if season else None
        out.append(_Hit(start, m.end(), "year", (first, last, *bounds) if bounds else (first, last, season)))
    return out


# Session 20 (‡ tuned to draw 1): a season or fiscal year of two years ("1987/88") whose first or last day the
# text gives is those twelve months: "for 1987/88 beginning April 1" is 1987-04-01 to 1988-03-31, "the 1986/87
# year ending March 31" 1986-04-01 to 1987-03-31, "1986/87 (July-June)" July 1986 to June 1987. One without
# either stays the two years' span (``kind: season``: its ends are the text's bounds, not days it gives).
# Not "1987/88 from 2.1 mln" (a comparison) nor "beginning today" (no month).
_SEASON_END_CUE = re.compile(
    r"(?:\s+(?:crop\s+|marketing\s+|coffee\s+|fiscal\s+|financial\s+)?(?:year|season))?,?\s+(?:which\s+|that\s+)?"
    r"(?:(beginning|starting|begins|starts)|(ending|ended|ends))\s+(?:on\s+|in\s+|last\s+)?([A-Z][a-z]{2,8})\.?(?:\s+(\d{1,2})\b)?"
)
_SEASON_PAIR = re.compile(r"\s+\(([A-Z][a-z]{2,8})\.?\s*[-/–]\s*([A-Z][a-z]{2,8})\.?\)")


def _season_bounds(text: str, at: int, first: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the twelve months a season "first/first+1" ends or begins on (see above)."""
    if m := _SEASON_PAIR.match(text, at):
        begin, end = _MONTHS.get(m.group(1).lower()), _MONTHS.get(m.group(2).lower())
        if begin is None or end is None or end != (begin + 10) % 12 + 1:
            return None  # "(October/September)" is twelve months; "(March/April)" is no season's bounds
        return dt.date(first, begin, 1), _month_end(first + (end < begin), end)
    m = _SEASON_END_CUE.match(text, at)
    month = _MONTHS.get(m.group(3).lower()) if m else None
    if m is None or month is None:
        return None
    day = int(m.group(4)) if m.group(4) else None
    if m.group(1):  # begins on that day (or the month's first) of the first year
        opens = _safe_date(first, month, day or 1)
        return (opens, _add_year(opens) - dt.timedelta(days=1)) if opens else None
    closes = _safe_date(first + 1, month, day) if day else _month_end(first + 1, month)
    return (_add_year(closes, -1) + dt.timedelta(days=1), closes) if closes else None


def _month_end(year: int, month: int) -> dt.date:
    y, mo = divmod(year * 12 + month, 12)  # the first of the next month, less a day
    return dt.date(y, mo + 1, 1) - dt.timedelta(days=1)


def _add_year(day: dt.date, years: int = 1) -> dt.date:
    return _safe_date(day.year + years, day.month, day.day) or day.replace(year=day.year + years, day=28)


def _years_alone(text: str, lang: str = "", starts: Sequence[int] | None = None) -> list[_Hit]:
    """A year alone, after a word that makes it a time ("by 2028", "since 2001", "the end of 2028", "pada
    tahun 2026", "sejak 1998"): a date of kind ``year`` (en, id, ms copy). Without such a word a four-digit
    number may be a count ("2000 tonnes"); a season ("1985/86"), a range's start ("2025-2030"), a count (a
    plural or a unit after it: "in 2000 cases", "sebanyak 2024 orang") and a law's number are left alone.
    ``starts``: see ``_year_starts``."""
    other = _YEAR_CUE_OTHER.get(lang)
    year_not = _YEAR_NOT_DE if lang == "de" else _YEAR_NOT_OTHER if other is not None else _YEAR_NOT
    out: list[_Hit] = []
    for m in _years_found(_YEAR, text, starts):
        start = m.start()
        hyphen = text[start - 1 : start] == "-"  # "mid-1988", "mi-2024"
        fiscal = (
            other is None and text[start - 1 : start] in (" ", "Y") and _FISCAL.search(text[max(0, start - 16) : start])
        )
        if other is None and text[start - 1 : start] in " /-" and _YEAR_PART_ID.search(text, max(0, start - 16), start):
            out.append(_Hit(start, m.end(), "year", (int(m.group()),)))  # "semester I/2026"
            continue
        if other is None and text[start - 1 : start] in ("(", ":"):
            if (
                text[start - 1] == "("
                and _PAREN_YEAR.match(text, m.end())
                and (start < 2 or text[start - 2] in " \t\n")
            ) or (text[start - 1] == ":" and _NOTE_OPEN.search(text, max(0, start - 6), start)):
                out.append(
                    _Hit(start, m.end(), "year", (int(m.group()),), aside=True)
                )  # "(1985: 1.2 bln)", "NOTE:1986"
            continue
        if not (not start or text[start - 1 : start].isspace() or hyphen or fiscal):  # "12019", "$2000": no year
            continue
        subject = _SUBJECT_AFTER.get(lang if other is not None else "")
        opens = subject is not None and not hyphen and subject.match(text, m.end())
        if opens and (
            _SENTENCE_OPEN.search(text[max(0, start - 4) : start])
            or (lang != "de" and _SAID_BEFORE.search(text[max(0, start - 12) : start]))
        ):
            out.append(_Hit(start, m.end(), "year", (int(m.group()),), aside=True))
            continue
        if not fiscal and other is None and not hyphen and _YEAR_NOUN.match(text, m.end()):
            if not _LAW_NUMBER.search(text[max(0, start - 12) : start]) and not _NUMBER_SIGN.search(
                text[max(0, start - 8) : start]
            ):
                out.append(_Hit(start, m.end(), "year", (int(m.group()),), aside=True))
            continue
        if other is None and not hyphen and _YEAR_NOTE_VERB.match(text, m.end()):
            out.append(_Hit(start, m.end(), "year", (int(m.group()),), aside=True))  # "NOTE: net 1986 includes"
            continue
        if (
            other is None
            and not hyphen
            and _YEAR_TEAM.match(text, m.end())
            and _YEAR_THE.search(text, max(0, start - 8), start)
        ):
            out.append(_Hit(start, m.end(), "year", (int(m.group()),), aside=True))  # "the 1969 club"
            continue
        if (_FISCAL_NOT if fiscal else year_not).match(text, m.end()):
            continue  # a count, a season or a range's start, joined or not (the anchored test first: the cheaper)
        if other is None and not hyphen and _YEAR_EVENT_BEFORE.search(text, max(0, start - 24), start):
            out.append(_Hit(start, m.end(), "year", (int(m.group()),), aside=True))  # "Olimpiade 2028"
            continue
        joined = not hyphen and bool(out) and _AND_WORD.fullmatch(text, out[-1].end, start) is not None
        if not joined and not fiscal:  # "in 2011 and 2012" needs no cue of its own
            before = text[max(0, start - _YEAR_CUE_CHARS) : start]
            if other is not None:
                cue = other.search(before)
            else:
                cue = _YEAR_PART_CUE.search(before) or (None if hyphen else _YEAR_CUE.search(before))
            if cue is None or _LAW_NUMBER.search(before[: cue.start()]):
                continue
        out.append(_Hit(start, m.end(), "year", (int(m.group()),)))
    return out


# PA's "ON THIS DAY" list: a heading line, then lines opened by a year label ("1996: Mark Bosnich ...") up
# to the next line without one ("BIRTHDAYS"); each label is that year (the day is the item's, not proved)
_THIS_DAY = re.compile(r"^[ \t]*(?:ON THIS DAY|On [Tt]his [Dd]ay)\b[^\n]{0,30}$", re.MULTILINE)
_YEAR_LABEL = re.compile(r"[ \t]*((?:1[0-9]|20)\d\d):[ \t]")


def _year_labels(text: str) -> list[_Hit]:
    """The year labels of an "on this day" list (see above)."""
    out: list[_Hit] = []
    for heading in _THIS_DAY.finditer(text):
        at = heading.end()
        while (line := _NEXT_LINE.match(text, at)) and (label := _YEAR_LABEL.match(text, line.end())):
            out.append(_Hit(label.start(1), label.end(1), "year", (int(label.group(1)),)))
            at = text.find("\n", label.end())
            if at < 0:
                break
    return out


_NEXT_LINE = re.compile(r"\n\s*")


_SHOW_NAME = re.compile(r"\b[Tt]he\s+\Z")


def _in_quote(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation of its paragraph (an open quote mark before it)."""
    para = text[max(text.rfind("\n", 0, at), 0) : at]
    return para.count('"') % 2 == 1 or para.count("“") > para.count("”")


# Every year pattern (_YEAR_FORM, _YEAR, _YEAR_PAIR) opens with "18", "19" or "20" and two more digits: a
# text without four digits in a row holds none. In ASCII text that is one byte translation and one find
# (~1 µs on 1,000 characters, where each pattern's scan costs ~6); other text asks a pattern (``\d`` is
# any Unicode digit there).
_DIGITS_ONLY = bytes(0x30 if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
_YEAR_GATE = re.compile(r"(?:1[89]|20)\d\d")


def _may_hold_year(text: str) -> bool:
    """False when no year pattern can match in ``text`` (a gate: True may still find none)."""
    if text.isascii():
        return b"0000" in text.encode("ascii").translate(_DIGITS_ONLY)
    return _YEAR_GATE.search(text) is not None


def _year_starts(text: str) -> list[int]:
    """Every offset where ``_YEAR_GATE`` matches (overlapping matches too: "20201" holds two), in order: the only
    offsets where a year pattern can start. Found once per story and shared by the three year scans, each of which
    otherwise stopped at every "1" and "2" of the text (spd19b). ASCII text as in ``_may_hold_year``: the four-digit
    runs of the digit-translated bytes, those opening with "18", "19" or "20"."""
    out: list[int] = []
    if text.isascii():
        digits = text.encode("ascii").translate(_DIGITS_ONLY)
        at = digits.find(b"0000")
        while at >= 0:
            if text.startswith(("18", "19", "20"), at):
                out.append(at)
            at = digits.find(b"0000", at + 1)
        return out
    at = 0
    while (found := _YEAR_GATE.search(text, at)) is not None:
        out.append(found.start())
        at = found.start() + 1
    return out


def _years_found(pattern: re.Pattern[str], text: str, starts: Sequence[int] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a year pattern; where ``starts`` (``_year_starts``) is given, tried there
    only."""
    return pattern.finditer(text) if starts is None else leads.at_offsets(pattern, text, starts)


# The end of an accounts period in an all-capital results headline (session 16: Reuters' "CCR VIDEO CORP 1ST
# QTR NOV 30 NET", "TELECREDIT INC 3RD QTR JAN 31 NET", "REALMERICA CO YEAR NOV 30 NET", "NINE MTHS JAN 31",
# "IN FEB 25 WEEK, FED SAYS", "TWO WEEKS TO FEB 25"): the capital month was read as no name (a capital "MAY"
# or "DEC" may be a word), so only after a period word, and before "WEEK" for the Fed's weekly figures. The
# period has ended before its results are reported: the latest such day before the item's date.
_PERIOD_MONTHS = (
    "JANUARY|JAN|FEBRUARY|FEB|MARCH|MAR|APRIL|APR|MAY|JUNE|JUN|JULY|JUL|AUGUST|AUG|SEPTEMBER|SEPT|SEP"
    "|OCTOBER|OCT|NOVEMBER|NOV|DECEMBER|DEC"
)
_PERIOD_END = re.compile(
    rf"(?:\b(?:QTR|QUARTER|YEAR|HALF|MTHS|MONTHS|WEEKS?|PERIOD)(?:\s+(?:ENDED|ENDING|TO|THROUGH))?\s+"
    rf"|\bIN\s+(?=(?:{_PERIOD_MONTHS})\.?\s+\d{{1,2}}\s+WEEK\b))"
    rf"(({_PERIOD_MONTHS})\.?\s+(\d{{1,2}}))\b(?![.,:/-]?\d)"
)
_PERIOD_HINT = ("QTR", "QUARTER", "YEAR", "HALF", "MTHS", "MONTHS", "WEEK", "PERIOD")  # substring tests: ~1 µs


def _find(text: str, lang: str = "") -> list[_Hit]:
    """All date expressions in text order, non-overlapping; ``lang`` es/de/fr/pt reads that
    language's words instead of the id/ms/en ones (numeric dates in any language)."""
    found: list[_Hit] = []
    day_words: list[_Hit] = []
    unit_words: list[_Hit] = []
    other = _OTHER.get(lang)
    if other is not None:
        found += _find_other(text, other)
    elif lang == "fi":
        found += _find_fi(text)
    for at, _, roles in () if other is not None or lang == "fi" else scan(_LEADING_WORDS, text):
        for role in roles:
            if role == "calendar":
                if text[at].isupper():  # names are capitalised: not "may", "des"
                    _calendar(text, at, found)
            elif role == "day_word":
                if (
                    (m := _DAY_WORD.match(text, at))
                    and not _NOWADAYS.search(text, max(0, at - 40), at)
                    and not (m.group(1).lower() == "today" and _TODAYS_GENERIC.match(text, m.end()))
                ):
                    if m.group(1).lower() == "tonight" and (
                        _in_quote(text, at)
                        or _SHOW_NAME.search(text, max(0, at - 4), at)
                        or _CAPITAL_AFTER.match(text, m.end())
                    ):
                        continue  # '"What a great game tonight," McVay said' two days later: the speaker's night;
                        # "The Tonight Show", "Tonight Show" a programme's name
                    day_words.append(_Hit(at, m.end(), "relative", (m.group(1),)))
            elif role == "en_range":
                if (m := _EN_RANGE.match(text, at)) and not (
                    m.group(1).lower() != "this" and _SPAN_THE.search(text, max(0, at - 5), at)
                ):
                    found.append(_Hit(at, m.end(), "range", (m.group(2), m.group(1).lower())))
                elif (m := _DAY_PART.match(text, at)) and (
                    part := f"{m.group(1).lower()} {m.group(2)}"
                ) in _DAY_PART_SHIFT:
                    found.append(_Hit(at, m.end(), "relative", (part,)))
            elif m := _UNIT_WORD.match(text, at):
                _unit_word(text, m, unit_words)
    years = _year_starts(text)  # half the stories hold no year: three whole-text scans saved, and where one does
    if years:  # the three patterns are tried only where a year starts (spd19b)
        found += _year_forms(text, years)
    if other is not None or lang == "fi":
        if years and lang in _YEAR_CUE_OTHER:
            found += _years_alone(text, lang, years)
    else:
        if years:
            found += _years_alone(text, "", years)
            found += _year_spans(text, years)
        if "ummer" in text or "pring" in text or "utumn" in text or "fall" in text:
            found += _seasons(text)
        if "Day" in text or "Christmas" in text or "Hari " in text or "Halloween" in text:
            found += _holidays(text)
        if "his day" in text or "HIS DAY" in text:
            found += _year_labels(text)
    if (  # _PERIOD_HINT's words, spelled out: no generator step per word (most stories hold none)
        "QTR" in text
        or "QUARTER" in text
        or "YEAR" in text
        or "HALF" in text
        or "MTHS" in text
        or "MONTHS" in text
        or "WEEK" in text
        or "PERIOD" in text
    ):
        found += [
            _Hit(m.start(1), m.end(1), "period_end", (int(m.group(3)), _MONTHS[m.group(2).lower()], ""))
            for m in _PERIOD_END.finditer(text)
        ]
    if "weekend" in text:  # "over the weekend", "last weekend", "this weekend": a Saturday-Sunday range
        found += [_Hit(m.start(), m.end(), "weekend", (m.group(1).lower(),)) for m in _WEEKEND.finditer(text)]
    # these two kinds were read only when one of their trigger substrings occurs (kept as recorded)
    if day_words and any(word in text for word in _DAY_TRIGGERS):
        found += day_words
    if unit_words and any(word in text for word in (*_UNIT_TRIGGERS, *_UNIT_TITLE_TRIGGERS)):
        found += unit_words
    if _ISO_HINT.search(text) or _SLASH_HINT.search(text) or _DOT_HINT.search(text):
        for m in _NUMERIC.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            value = m.group()
            if value[4:5] == "-":
                parts = (int(value[8:10]), int(value[5:7]), int(value[:4]))
                found.append(_Hit(m.start(), m.end(), "iso", parts))
            else:
                d, mo, y = re.split(r"[/.]", value)
                found.append(_Hit(m.start(), m.end(), "numeric", (int(d), int(mo), int(y))))
    found.sort()
    out: list[_Hit] = []
    for hit in found:
        if out and hit.start < out[-1].end:
            if hit.end - hit.start > out[-1].end - out[-1].start:
                out[-1] = hit  # the longer reading ("dua pekan lalu" over "pekan lalu")
            continue
        if out and out[-1].kind == "weekday" and hit.kind in _DATED and 0 <= hit.start - out[-1].end <= 2:
            out[-1] = hit  # "Tuesday, March 4": the date says it
            continue
        out.append(hit)
    if " due " in text or "matur" in text:
        out = _without_maturities(text, out)
    return out


# A bond's maturity without its year (session 17: Reuters' "redeemable subordinated debentures due March one and
# ... contracts requiring the purchase of 6.66 mln dlrs in common no later than March one", filed 26 February
# 1987): a bond, note or debenture matures years ahead, so the day is not the coming one and its year is not
# given; no value. The same day written again in its sentence is that date again. Bills, paper, a repurchase
# agreement and a payment "due March 17" mature within months and stay read; a maturity with its year ("notes due
# March 1, 1999") is that date.
_MATURITY_BEFORE = re.compile(
    r"\b(?:bonds?|notes?|debentures?|eurobonds?|gilts|obligations|Bonds?|Notes?|Debentures?)(?:,?\s+which)?"
    r"\s+(?:due|maturing|mature|matures)\s+(?:on\s+)?\Z"
)


def _without_maturities(text: str, found: list[_Hit]) -> list[_Hit]:
    """``found`` less the year-less days of a bond's maturity and their repeats in the same sentence."""
    drop: set[tuple[int, int, int]] = set()  # (sentence start, day, month)
    for hit in found:
        if (
            hit.kind in ("dmy", "mdy")
            and not hit.parts[2]
            and _MATURITY_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        ):
            drop.add((_sentence_start(text, hit.start), hit.parts[0], hit.parts[1]))
    if not drop:
        return found
    return [
        hit
        for hit in found
        if not (
            hit.kind in ("dmy", "mdy")
            and not hit.parts[2]
            and (_sentence_start(text, hit.start), hit.parts[0], hit.parts[1]) in drop
        )
    ]


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence of ``at`` starts (after a stop before a capital, or a blank line; not a line break:
    Reuters wraps its sentences)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    return ends[-1] if ends else max(0, at - 600)


# --- Other languages: es, de, fr, pt ------------------------------------------------------------
# Spanish, French and Portuguese write day and month names in lower case, German capitalises them
# (as every noun). Their patterns run only for an article in that language (whole-text regexes:
# those items are few, and en/id/ms words must not be read in them as dates).


class _Lang(NamedTuple):
    """One language's calendar words and patterns."""

    days: dict[str, int]  # folded-case name -> weekday (Monday 0)
    months: dict[str, int]
    names: re.Pattern[str]  # a day or month name
    next_before: re.Pattern[str]  # searched at the end of the text before a weekday ("nächsten ")
    last_before: re.Pattern[str]
    next_after: re.Pattern[str]  # matched after it ("lunes próximo")
    last_after: re.Pattern[str]
    day_before: re.Pattern[str]  # "3. ", "3 de ", "1er "
    year_after: re.Pattern[str]  # " de 2024", " 2024"
    month_lead: re.Pattern[str]  # "en ", "im ", "desde ", "fin " before a month alone
    relative: re.Pattern[str]  # ayer / gestern / hier / ontem ...; group 1 the word
    shift: dict[str, int]
    ranges: re.Pattern[str]  # "la semana pasada"; named groups unit, last, next
    units: dict[str, str]  # unit word -> week / month / year
    ago: re.Pattern[str]  # "hace tres días"; named groups n, unit
    leads: ahocorasick.Automaton  # folded leading words -> roles: where the patterns above are tried
    range_before: re.Pattern[str]  # "21 al 28 de ", "21. bis 28. ", "21 au 28 ": a day range, both days


# Session 21: German writes a day's part into its name ("am Mittwochabend", "Dienstagmorgen", "in der Nacht zum
# Sonntag" aside): the compound is that weekday (dpa's "Bevor es am Mittwochabend (21.00 Uhr/DAZN) ... geht")
_DE_DAY_PARTS = ("", "abend", "morgen", "mittag", "nachmittag", "vormittag", "nacht")
_DE_DAYS = "|".join(
    " ".join(day + part for day in group.split() for part in _DE_DAY_PARTS)
    for group in ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"]
)


def _alt(words: Iterable[str], both: bool) -> str:
    """Alternation of words (longest first), also Capitalised when ``both``."""
    items = set(words)
    if both:
        items |= {w[:1].upper() + w[1:] for w in items}
    return "|".join(sorted(map(re.escape, items), key=len, reverse=True))


def _lang(
    days: str,
    months: str,
    lower: bool,
    *,
    qual: tuple[str, str, str, str],
    day_before: str,
    year_after: str,
    month_lead: str,
    relative: dict[str, int],
    ranges: str,
    units: dict[str, str],
    ago: str,
    range_words: str = "",
) -> _Lang:
    """Compile a language's table; ``days``/``months``: "|"-separated groups of spaced spellings."""
    day_map = {w: i for i, group in enumerate(days.split("|")) for w in group.split()}
    month_map = {w: i for i, group in enumerate(months.split("|"), start=1) for w in group.split()}
    names = [*day_map, *month_map]
    if not lower:
        names = [w[:1].upper() + w[1:] for w in names]
    # (a hyphen before a name only after "mi": French "mi-février", a month's middle)
    # (a hyphen after a name only before another month: "april-maj", "enero-marzo", session 13)
    months_re = _alt([w if lower else w[:1].upper() + w[1:] for w in month_map], lower)
    name_re = re.compile(
        rf"(?:(?<![\w-])|(?<=\bmi-)|(?<=-)(?=(?:{months_re})(?![\w-])))({_alt(names, lower)})"
        rf"(?!\w|-(?!(?:{months_re})(?![\w-])))"
    )
    rel = re.compile(rf"(?<![\w'’-])({_alt(relative, True)})(?![\w'’-])")
    nb, lb, na, la = (q or "(?!)" for q in qual)  # "(?!)": this language has no such qualifier
    ago_lead = re.match(r"\\b(\w+)", ago)
    leads = _leading_words(
        name=[*day_map, *month_map],
        relative=list(relative),
        unit=[*units, *(u + "s" for u in units)],
        ago=[ago_lead.group(1)] if ago_lead else [],
    )
    return _Lang(
        day_map,
        month_map,
        name_re,
        re.compile(rf"\b(?:{nb})\s+$", re.I),
        re.compile(rf"\b(?:{lb})\s+$", re.I),
        re.compile(rf",?\s+(?:{na})\b", re.I),
        re.compile(rf",?\s+(?:{la})\b", re.I),
        re.compile(rf"(?<!\d)(\d{{1,2}})(?:{day_before})$"),
        re.compile(rf"(?:{year_after})((?:1[89]|20)\d\d)\b"),
        re.compile(rf"(?<![\w-])(?:{month_lead})[\s-]+$", re.I),
        rel,
        {k.lower(): v for k, v in relative.items()},
        re.compile(ranges, re.I),
        units,
        re.compile(ago, re.I),
        leads,
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:\.|º|er)?\s*(?:[-–]|(?<=\s)(?:{range_words or '(?!)'})(?=\s))"
            rf"\s*(\d{{1,2}})(?:{day_before})$",
            re.I,
        ),
    )


_NUM_VALUE = {
    **{w: 1 for w in ("un", "una", "uno", "une", "ein", "einem", "einer", "einen", "um")},
    **{w: 2 for w in ("dos", "duas", "deux", "zwei")},
    **{w: 3 for w in ("tres", "três", "trois", "drei")},
    **{w: 4 for w in ("quatro", "cuatro", "quatre", "vier")},
    # Danish, Norwegian, Swedish ("for to dage siden", "för tre dagar sedan")
    **{w: 1 for w in ("en", "et", "ett")},
    **{w: 2 for w in ("to", "två")},
    **{w: 3 for w in ("tre",)},
    **{w: 4 for w in ("fire", "fyra")},
}
_NUM_WORDS = r"\d{1,2}|" + "|".join(_NUM_VALUE)
_OTHER: dict[str, _Lang] = {
    "es": _lang(
        "lunes|martes|miércoles miercoles|jueves|viernes|sábado sabado|domingo",
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre setiembre|octubre|noviembre|diciembre",
        True,
        qual=(
            "próximo|proximo|próxima",
            "pasado|pasada|último|ultimo",
            "próximo|proximo|que viene",
            "pasado|pasada|último|anterior",
        ),
        day_before=r"\s+de\s+|º\s+de\s+|\s+",
        year_after=r"\s+del?\s+|,?\s+",
        month_lead=r"en|desde|hasta|para|durante|finales\s+de|principios\s+de|mediados\s+de|fines\s+de"
        r"|fin(?:al)?\s+de|comienzos\s+de|inicios\s+de|(?:primera|segunda)\s+(?:quincena|mitad)\s+de"
        r"|(?:primera|segunda|tercera|cuarta|última|ultima)\s+semana\s+de",
        relative={"ayer": -1, "anteayer": -2, "hoy": 0, "mañana": 1, "pasado mañana": 2},
        ranges=r"\b(?:(?:la|el)\s+(?P<unit>semana|mes|año)\s+(?:(?P<last>pasad[oa])|(?P<next>próxim[oa]|que\s+viene))"
        r"|(?:la|el)\s+(?:(?P<next2>próxim[oa])|(?P<last2>últim[oa]))\s+(?P<unit2>semana|mes|año))\b",
        units={"semana": "week", "mes": "month", "año": "year"},
        ago=rf"\bhace\s+(?P<n>{_NUM_WORDS})\s+(?P<unit>días?|semanas?|meses|mes|años?)\b",
        range_words="al|a",  # "del 21 al 28 de febrero" (not "y": "el 3 y el 28" lists two days)
    ),
    "pt": _lang(
        "segunda-feira|terça-feira terca-feira|quarta-feira|quinta-feira|sexta-feira|sábado sabado|domingo",
        "janeiro|fevereiro|março marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
        True,
        qual=(
            "próxima|proxima|próximo|proximo",
            "última|ultima|último|ultimo",
            "que\\s+vem|próxima|próximo",
            "passada|passado",
        ),
        day_before=r"\s+de\s+|º\s+de\s+|\s+",
        year_after=r"\s+de\s+|,?\s+",
        month_lead=r"em|desde|até|ate|durante|no\s+fim\s+de|no\s+início\s+de|em\s+meados\s+de|final\s+de|início\s+de"
        r"|fim\s+de|meados\s+de|começo\s+de|(?:primeira|segunda)\s+(?:quinzena|metade)\s+de"
        r"|(?:primeira|segunda|terceira|quarta|última|ultima)\s+semana\s+de",
        relative={"ontem": -1, "anteontem": -2, "hoje": 0, "amanhã": 1, "depois de amanhã": 2},
        ranges=r"\b(?:(?:a|na|o|no)\s+(?P<unit>semana|mês|ano)\s+(?:(?P<last>passad[oa])|(?P<next>que\s+vem))"
        r"|(?:a|na|o|no)\s+(?:(?P<next2>próxim[oa])|(?P<last2>últim[oa]))\s+(?P<unit2>semana|mês|ano))\b",
        units={"semana": "week", "mês": "month", "ano": "year"},
        ago=rf"\bhá\s+(?P<n>{_NUM_WORDS})\s+(?P<unit>dias?|semanas?|meses|mês|anos?)\b",
        range_words="a|ao",  # "de 21 a 28 de fevereiro"
    ),
    "fr": _lang(
        "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
        "janvier|février fevrier|mars|avril|mai|juin|juillet|août aout|septembre|octobre|novembre|décembre decembre",
        True,
        qual=("ce", "", "prochain", "dernier"),
        day_before=r"(?:er)?\s+",
        year_after=r",?\s+",
        month_lead=r"en|depuis|jusqu'en|jusqu’en|d'ici|d’ici|fin|début|debut|mi|courant|dès|dès\s+le\s+mois\s+de"
        r"|fin\s+de|début\s+de|(?:première|seconde|deuxième)\s+(?:moitié|quinzaine)\s+de"
        r"|(?:première|deuxième|troisième|dernière)\s+semaine\s+de",
        relative={"hier": -1, "avant-hier": -2, "aujourd'hui": 0, "aujourd’hui": 0, "demain": 1, "après-demain": 2},
        ranges=r"\b(?:(?:la|le|l['’])\s*(?P<unit>semaine|mois|année|an)\s+(?:(?P<last>dernière|dernier|passée|passé)"
        r"|(?P<next>prochaine|prochain)))",
        units={"semaine": "week", "mois": "month", "année": "year", "an": "year"},
        ago=rf"\bil\s+y\s+a\s+(?P<n>{_NUM_WORDS})\s+(?P<unit>jours?|semaines?|mois|ans|années?)\b",
        range_words="au",  # "du 21 au 28 février"
    ),
    "de": _lang(
        _DE_DAYS,
        "januar jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember",
        False,
        qual=(
            "nächsten|nächster|kommenden|kommender",
            "letzten|letzter|vergangenen|vergangener|vorigen|vorletzten",
            "nächster\\s+Woche",
            "vergangener\\s+Woche|letzter\\s+Woche",
        ),
        day_before=r"\.\s*",
        year_after=r"\s+",
        month_lead=r"im|seit|bis|ab|Ende|Anfang|Mitte|vom|zum|bis\s+Ende",
        relative={"gestern": -1, "vorgestern": -2, "heute": 0, "morgen": 1, "übermorgen": 2},
        ranges=r"\b(?:(?:(?P<last>letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?)|(?P<next>nächste[nrs]?|kommende[nrs]?))"
        r"\s+(?P<unit>Woche|Monats?|Jahr(?:es)?))\b",
        units={"woche": "week", "monat": "month", "monats": "month", "jahr": "year", "jahres": "year"},
        ago=rf"\bvor\s+(?P<n>{_NUM_WORDS})\s+(?P<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr)\b",
        range_words="bis|bis\\s+zum",  # "vom 21. bis 28. Februar", "21. bis zum 28. Februar"
    ),
    # Danish (Ritzau) and Norwegian (NTB) share day names; Swedish (TT) differs in a few letters
    "da": _lang(
        # "på fredag" is the coming Friday, "i fredags" the last one
        "mandag mandags|tirsdag tirsdags|onsdag onsdags|torsdag torsdags|fredag fredags|lørdag lørdags|søndag søndags",
        "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december",
        True,
        qual=("næste|kommende|på", "sidste|forrige|i", "", ""),
        day_before=r"\.\s*",
        year_after=r"\s+",
        month_lead=r"i|siden|fra|til|indtil|i\s+slutningen\s+af|i\s+begyndelsen\s+af|medio|primo|ultimo",
        relative={"i går": -1, "i forgårs": -2, "i dag": 0, "i morgen": 1, "i overmorgen": 2},
        ranges=r"\b(?:(?P<last>sidste|forrige)|(?P<next>næste|kommende))\s+(?P<unit>uge|måned|år)\b",
        units={"uge": "week", "måned": "month", "år": "year"},
        ago=rf"\bfor\s+(?P<n>{_NUM_WORDS})\s+(?P<unit>dage?|uger?|måneder|måned|år)\s+siden\b",
    ),
    "nb": _lang(
        # as in Danish, "på fredag" is the coming Friday, "i fredags" the last one
        "mandag mandags|tirsdag tirsdags|onsdag onsdags|torsdag torsdags|fredag fredags|lørdag lørdags|søndag søndags",
        "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember",
        True,
        qual=("neste|kommende|på", "siste|forrige|i", "", ""),
        day_before=r"\.\s*",
        year_after=r"\s+",
        month_lead=r"i|siden|fra|til|innen|i\s+slutten\s+av|i\s+begynnelsen\s+av",
        relative={"i går": -1, "i forgårs": -2, "i dag": 0, "i morgen": 1, "i overmorgen": 2},
        ranges=r"\b(?:(?P<last>siste|forrige)|(?P<next>neste|kommende))\s+(?P<unit>uke|måned|år)\b",
        units={"uke": "week", "måned": "month", "år": "year"},
        ago=rf"\bfor\s+(?P<n>{_NUM_WORDS})\s+(?P<unit>dager|dag|uker|uke|måneder|måned|år)\s+siden\b",
    ),
    "sv": _lang(
        "måndag måndags|tisdag tisdags|onsdag onsdags|torsdag torsdags|fredag fredags|lördag lördags|söndag söndags",
        "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
        True,
        qual=("nästa|kommande|på", "förra|senaste|i", "", ""),
        day_before=r"\s+",
        year_after=r"\s+",
        month_lead=r"i|sedan|från|till|under|i\s+slutet\s+av|i\s+början\s+av",
        relative={"i går": -1, "i förrgår": -2, "i dag": 0, "i morgon": 1, "i övermorgon": 2},
        ranges=r"\b(?:(?P<last>förra)|(?P<next>nästa|kommande))\s+(?P<unit>vecka|veckan|månad|månaden|år|året)\b",
        units={"vecka": "week", "veckan": "week", "månad": "month", "månaden": "month", "år": "year", "året": "year"},
        ago=rf"\bför\s+(?P<n>{_NUM_WORDS})\s+(?P<unit>dagar|dag|veckor|vecka|månader|månad|år)\s+sedan\b",
    ),
}
_OTHER["no"] = _OTHER["nn"] = _OTHER["nb"]
for _table in _OTHER.values():
    _SHIFT.update(_table.shift)
_UNIT_NORM = {
    **dict.fromkeys(("día", "días", "dia", "dias", "jour", "jours", "tag", "tagen"), "day"),
    **dict.fromkeys(("dag", "dage", "dager", "dagar"), "day"),
    **dict.fromkeys(("semana", "semanas", "semaine", "semaines", "woche", "wochen"), "week"),
    **dict.fromkeys(("uge", "uger", "uke", "uker", "vecka", "veckor"), "week"),
    **dict.fromkeys(("mes", "meses", "mês", "mois", "monat", "monaten"), "month"),
    **dict.fromkeys(("måned", "måneder", "månad", "månader"), "month"),
    **dict.fromkeys(("año", "años", "ano", "anos", "an", "ans", "année", "années", "jahr", "jahren"), "year"),
    "år": "year",
}
# "esta mañana", "por la mañana": the morning, not tomorrow; "Morgen" capitalised is the morning too
_NOT_TOMORROW = re.compile(r"(?:\b(?:la|esta|de|del|cada|am|jeden|diesen|heute)\s+)$", re.I)


def _find_other(text: str, lang: _Lang) -> list[_Hit]:
    """Date expressions of an es/de/fr/pt text (day/month names, relative words, ranges, "ago"),
    each pattern tried only where one of its leading words stands (one Aho-Corasick pass, as
    ``_find`` does: run over the whole text, the alternations cost ~0.5 ms per story)."""
    found: list[_Hit] = []
    ranges: set[tuple[int, int]] = set()
    for at, end, roles in scan(lang.leads, text):
        for role in roles:
            if role == "name":
                if m := lang.names.match(text, at):
                    _other_name(text, lang, m, found)
            elif role == "relative":
                if m := lang.relative.match(text, at):
                    word = m.group(1).lower()
                    if lang.shift[word] == 1 and (m.group(1)[0].isupper() or _NOT_TOMORROW.search(text, 0, at)):
                        continue  # "esta mañana", "am Morgen": the morning
                    found.append(_Hit(m.start(), m.end(), "relative", (word,)))
            elif role == "unit":  # a range is found around its unit word ("la semana pasada")
                for m in lang.ranges.finditer(text, max(0, at - 24), min(len(text), end + 24)):
                    groups = m.groupdict()
                    unit = (groups.get("unit") or groups.get("unit2") or "").lower()
                    if not unit or m.span() in ranges or not m.start() <= at < m.end():
                        continue
                    ranges.add(m.span())
                    sign = -1 if (groups.get("last") or groups.get("last2")) else 1
                    parts = (lang.units.get(unit, unit), "last" if sign < 0 else "next")
                    found.append(_Hit(m.start(), m.end(), "range", parts))
            elif m := lang.ago.match(text, at):
                n = m.group("n").lower()
                count = int(n) if n.isdigit() else _NUM_VALUE.get(n, 1)
                unit_word = _UNIT_NORM.get(m.group("unit").lower(), "day")
                found.append(_Hit(m.start(), m.end(), "ago", (str(count), unit_word)))
    return found


# joined months in es/de/fr/pt and the Nordic languages (see ``_MONTH_RANGE``): "enero-marzo", "de enero a
# marzo", "entre enero y marzo", "von Januar bis März", "de janvier à mars", "i januar–mars", "april-maj"
_OTHER_JOIN = re.compile(
    r"\s*[-–/]\s*|\s+(?:(?P<word>a|al|hasta|até|ate|à|au|bis|til|till)|(?P<and>y|e|et|und|og|och))\s+"
)
_OTHER_FROM = re.compile(
    r"(?<![\w-])(?:(?P<between>entre|zwischen|mellem|mellom|mellan)|de|desde|du|von|vom|fra|från)\s+\Z", re.I
)


def _other_month_range(text: str, lang: _Lang, s: int, e: int, month: int) -> _Hit | None:
    """A period of joined months in an es/de/fr/pt/Nordic text (first month at ``s``..``e``), or None."""
    join = _OTHER_JOIN.match(text, e)
    if join is None:
        return None
    m = lang.names.match(text, join.end())
    last = lang.months.get(m.group(1).lower(), 0) if m else 0
    if m is None or last <= month:
        return None
    before = _OTHER_FROM.search(text, max(0, s - 12), s)
    if join.group("and") and not (before and before.group("between")):
        return None
    if (join.group("word") or join.group("and")) and before is None:
        return None  # "enero a marzo" without "de": maybe a move, not a period
    if _RANGE_NOT_AFTER.match(text, m.end()):
        return None
    if year := lang.year_after.match(text, m.end()):
        return _Hit(s, year.end(), "my", (month, int(year.group(1))), last_month=last)
    if before is None and not lang.month_lead.search(text, max(0, s - 24), s):
        return None
    return _Hit(s, m.end(), "month", (month, 0), last_month=last)


def _other_name(text: str, lang: _Lang, m: re.Match[str], found: list[_Hit]) -> None:
    """A day or month name of an es/de/fr/pt text, read with what surrounds it."""
    s, e = m.span()
    word = m.group(1).lower()
    if word in lang.days:
        if _PAPER_BEFORE.search(text, max(0, s - 20), s) and word in ("sonntag", "dimanche", "domingo"):
            return  # "Bild am Sonntag", "Journal du Dimanche": a newspaper
        qual, start = "", s
        for name, pattern in (("next", lang.next_before), ("last", lang.last_before)):
            if q := pattern.search(text, max(0, s - 16), s):
                qual, start = name, q.start()
                break
        if not qual:
            if after := lang.next_after.match(text, e):
                qual, e = "next", after.end()
            elif after := lang.last_after.match(text, e):
                qual, e = "last", after.end()
        found.append(_Hit(start, e, "weekday", (lang.days[word], qual, "")))
        return
    month = lang.months[word]
    span = lang.range_before.search(text, max(0, s - 24), s)
    day = span or lang.day_before.search(text, max(0, s - 10), s)
    year = lang.year_after.match(text, e)
    if day:
        parts = (int(day.group(1)), month, year.group(1) if year else None)
        last = _last_day(day.group(1), day.group(2)) if span else 0
        found.append(_Hit(day.start(), year.end() if year else e, "dmy", parts, last))
    elif joined := _other_month_range(text, lang, s, e, month):
        found.append(joined)
    elif year:
        found.append(_Hit(s, year.end(), "my", (month, int(year.group(1)))))
    elif lead := lang.month_lead.search(text, max(0, s - 24), s):
        found.append(_Hit(lead.start(), e, "month", (month, 0)))


# --- Finnish (STT) -------------------------------------------------------------------------------
# Finnish inflects day and month names instead of putting a preposition before them: "perjantaina"
# (on Friday), "marraskuussa" (in November), "13. marraskuuta" (13 November, the partitive), "lokakuun
# lopulla" (late October), "tänään" (today). A whole-word scan cannot find stems with endings, so
# these patterns run over the text of a Finnish article only (those items are few). Word forms are
# our own list (standard Finnish grammar), no data from the corpus.
_FI_DAYS = ("maanantai", "tiistai", "keskiviik", "torstai", "perjantai", "lauantai", "sunnuntai")
_FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
# "keskiviikko" grades to "keskiviikon", "keskiviikosta": the stem is matched without its last "ko"
_FI_DAY_FORM = re.compile(
    r"(maanantai|tiistai|keskiviik(?:ko|o)|torstai|perjantai|lauantai|sunnuntai)"
    r"(-?(?:aamu|ilta|iltapäivä|aamupäivä|yö|päivä)(?:na|nä)"  # "maanantai-iltana", "torstaiaamuna"
    r"|(?<=o)(?:na|n|on|sta|lta|lle)|(?<=i)(?:na|n|hin|sta|lta|lle))(?![\w-])",  # essive, genitive, ...
)
# a weekday's qualifier: "ensi torstaina", "viime perjantaina", "ensi viikon torstaina", "tänä keskiviikkona"
_FI_DAY_QUAL = re.compile(
    r"(?<![\w-])(?:(ensi|viime|tämän|kuluvan|edellisen)\s+viikon|(ensi|viime|tulevana|tänä|kuluvana))\s+$"
)
_FI_MONTH_RE = "|".join(_FI_MONTHS)
# "13. marraskuuta", "1.-4. helmikuuta 2017" (a range, group 2 its last day), "13. marraskuuta 2023"
_FI_DMY = re.compile(
    rf"(\d{{1,2}})\.(?:\s*[-–]\s*(\d{{1,2}})\.)?\s*({_FI_MONTH_RE})kuuta(?:\s+((?:19|20)\d\d))?(?![\w-])",
)
# "marraskuussa 2018", "lokakuun lopulla 2020", "tammikuu 2020"
_FI_POSITION = "alussa|alkupuolella|lopussa|lopulla|loppupuolella|puolivälissä|aikana|alusta|lopusta|lopulle|loppuun"
_FI_MY = re.compile(rf"({_FI_MONTH_RE})kuu(?:ssa|sta|hun|n(?:\s+(?:{_FI_POSITION}))?)?\s+((?:19|20)\d\d)(?![\w-])")
# a month alone: "marraskuussa" (in), "marraskuusta" (since), "marraskuuhun" (until), "lokakuun lopulla"
_FI_MONTH = re.compile(
    rf"({_FI_MONTH_RE})kuu(?:ssa|sta|hun|n\s+(?:{_FI_POSITION}))(?![\w-])",
)
# before a month alone: "viime marraskuussa" (last November), "tämän vuoden helmikuussa" (this year's)
_FI_MONTH_QUAL = re.compile(r"(?<![\w-])(?:(ensi|viime)|(viime|tämän|kuluvan|ensi)\s+vuoden)\s+$")
_FI_YEAR_SHIFT = {"viime": -1, "tämän": 0, "kuluvan": 0, "ensi": 1}
_FI_RELATIVE = {
    "tänään": 0,
    "tänä aamuna": 0,
    "tänä iltana": 0,
    "tänä aamupäivänä": 0,
    "tänä iltapäivänä": 0,
    "eilen": -1,
    "eilisiltana": -1,
    "huomenna": 1,
    "toissapäivänä": -2,
    "toissa päivänä": -2,
    "ylihuomenna": 2,
}
_FI_REL = re.compile(rf"({_alt(_FI_RELATIVE, False)})(?![\w-])".replace(" ", r"\s+"))
_SHIFT.update(_FI_RELATIVE)
# "ensi viikolla", "viime kuussa", "tänä vuonna", "tämän viikon aikana"
_FI_RANGE = re.compile(
    r"(?:(ensi|viime|tällä|kuluvalla)\s+(viikolla)|(ensi|viime|tässä|kuluvassa)\s+(kuussa)"
    r"|(ensi|viime|tänä|kuluvana)\s+(vuonna)|(ensi|viime|tämän|kuluvan)\s+(viikon|kuun|vuoden)\s+aikana)(?![\w-])",
)
_FI_RANGE_UNIT = {"viikolla": "week", "viikon": "week", "kuussa": "month", "kuun": "month"}
_FI_RANGE_WORD = {"ensi": "next", "viime": "last"}  # others ("tällä", "tänä", "tämän", "kuluva-"): this
_FI_NUMBERS = {
    "yksi": 1,
    "kaksi": 2,
    "kolme": 3,
    "neljä": 4,
    "viisi": 5,
    "kuusi": 6,
    "seitsemän": 7,
    "kahdeksan": 8,
    "yhdeksän": 9,
    "kymmenen": 10,
}
# "kolme päivää sitten", "viikko sitten", "kaksi vuotta sitten"
_FI_AGO = re.compile(
    rf"(?:(\d{{1,2}}|{'|'.join(_FI_NUMBERS)})\s+)?"
    r"(päivä|päivää|viikko|viikkoa|kuukausi|kuukautta|vuosi|vuotta)\s+sitten(?![\w-])",
)
_FI_UNIT = {"päivä": "day", "viikko": "week", "kuukausi": "month", "kuukautta": "month", "vuosi": "year"}
_FI_UNIT |= {"päivää": "day", "viikkoa": "week", "vuotta": "year"}
_FI_REL_LEADS = ("tänään", "tänä", "eilen", "eilisiltana", "huomenna", "toissapäivänä", "toissa", "ylihuomenna")
_FI_RANGE_LEADS = ("ensi", "viime", "tällä", "tässä", "tänä", "tämän", "kuluva")


def _fi_starts(low: str, word: str) -> Iterator[int]:
    """Offsets where ``word`` starts a word of ``low`` ("-" joins words: "Vastaamo-tietomurto"). A
    ``str.find`` loop: the patterns are tried only there (a scan of the text with each of them cost
    ~20 µs per 1,000 characters)."""
    at = low.find(word)
    while at >= 0:
        if at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "-_."):
            yield at
        at = low.find(word, at + 1)


_FI_FIRST = re.compile(rf"(?<![\w-])({_FI_MONTH_RE})\s*[-–]\s*\Z")


def _fi_first_month(low: str, at: int, month: int) -> tuple[int, int] | None:
    """Where the first month of a compound range stands and which it is ("tammi–maaliskuussa": January to
    March, session 13), or None; only forward within a year."""
    m = _FI_FIRST.search(low, max(0, at - 12), at)
    if m is None:
        return None
    opening = _FI_MONTHS.index(m.group(1)) + 1
    return (m.start(), opening) if opening < month else None


def _fi_month_starts(low: str, word: str) -> Iterator[int]:
    """``_fi_starts`` of a month word, and also where it ends a hyphened range ("maalis-huhtikuussa")."""
    yield from _fi_starts(low, word)
    at = low.find("-" + word)
    while at >= 0:
        if _FI_FIRST.search(low, max(0, at - 11), at + 1):
            yield at + 1
        at = low.find("-" + word, at + 1)


def _find_fi(text: str) -> list[_Hit]:
    """Date expressions of a Finnish text (day and month names in their case forms, relative
    words, this/next/last week/month/year, "ago"); overlaps are settled by ``_find``. The patterns
    are lower case, tried on the lower-cased text (same offsets) where their leading words stand."""
    low = text.lower()
    if len(low) != len(text):  # a character whose lower case is longer: the offsets would move
        return []
    found: list[_Hit] = []
    for day, stem in enumerate(_FI_DAYS):
        for at in _fi_starts(low, stem):
            m = _FI_DAY_FORM.match(low, at)
            if m is None:
                continue
            start, before, after = at, "", ""
            if q := _FI_DAY_QUAL.search(low, max(0, start - 24), start):
                start = q.start()
                week, word = q.group(1) or "", q.group(2) or ""
                if week:
                    before, after = (
                        ("this", "")
                        if week in ("tämän", "kuluvan")
                        else ("", f"{_FI_RANGE_WORD.get(week, 'last')} week")
                    )
                else:
                    before = "next" if word in ("ensi", "tulevana") else "last" if word == "viime" else "this"
            found.append(_Hit(start, m.end(), "weekday", (day, before, after)))
    for month, stem in enumerate(_FI_MONTHS, start=1):
        for at in _fi_month_starts(low, stem + "kuu"):
            if first := _fi_first_month(low, at, month):
                start, opening = first
                if my := _FI_MY.match(low, at):
                    found.append(_Hit(start, my.end(), "my", (opening, int(my.group(2))), last_month=month))
                    continue
                if m := _FI_MONTH.match(low, at):
                    found.append(_Hit(start, m.end(), "month", (opening, 0), last_month=month))
                    continue
            d = _FI_DMY.search(low, max(0, at - 16), min(len(low), at + 40))
            if d is not None and d.start(3) == at and (d.start() == 0 or low[d.start() - 1] not in "0123456789."):
                last = _last_day(d.group(1), d.group(2))
                found.append(_Hit(d.start(), d.end(), "dmy", (int(d.group(1)), month, d.group(4)), last))
            elif my := _FI_MY.match(low, at):
                found.append(_Hit(at, my.end(), "my", (month, int(my.group(2)))))
            elif m := _FI_MONTH.match(low, at):
                start, sign, shift = at, 0, None
                if q := _FI_MONTH_QUAL.search(low, max(0, start - 20), start):
                    start = q.start()
                    if q.group(1):  # "viime marraskuussa": the last November
                        sign = -1 if q.group(1) == "viime" else 1
                    else:  # "tämän vuoden helmikuussa": that year's
                        shift = _FI_YEAR_SHIFT[q.group(2)]
                found.append(_Hit(start, m.end(), "month", (month, sign) if shift is None else (month, sign, shift)))
    seen: set[int] = set()
    for lead in _FI_REL_LEADS:
        for at in _fi_starts(low, lead):
            if at not in seen and (m := _FI_REL.match(low, at)):
                seen.add(at)
                found.append(_Hit(at, m.end(), "relative", (" ".join(m.group(1).split()),)))
    for lead in _FI_RANGE_LEADS:
        for at in _fi_starts(low, lead):
            if m := _FI_RANGE.match(low, at):
                groups = [g for g in m.groups() if g]
                unit, word = _FI_RANGE_UNIT.get(groups[1], "year"), _FI_RANGE_WORD.get(groups[0], "this")
                found.append(_Hit(at, m.end(), "range", (unit, word)))
    at = low.find(" sitten")
    while at >= 0:  # "kolme päivää sitten": read back from each "sitten"
        for m in _FI_AGO.finditer(low, max(0, at - 30), at + 7):
            edge = at + 7 == len(low) or not low[at + 7].isalnum()
            if m.end() == at + 7 and edge and (m.start() == 0 or not low[m.start() - 1].isalnum()):
                n = m.group(1) or ""
                count = int(n) if n.isdigit() else _FI_NUMBERS.get(n, 1)
                found.append(_Hit(m.start(), m.end(), "ago", (str(count), _FI_UNIT[m.group(2)])))
                break
        at = low.find(" sitten", at + 7)
    return found


# --- Tense -----------------------------------------------------------------------------------
# A weekday or a date without a year is placed by the words around it, in its own sentence and
# between the neighbouring date mentions: the nearest cue before it decides ("it said on Monday
# it will begin Thursday": Monday is past, Thursday to come), else the nearest after it ("On
# Friday, the team will ..."). Future cues: future tense and auxiliaries, "to begin"-type
# infinitives of scheduled events, "scheduled", "next", "akan", "próximo", "nächsten" ...; past
# cues: past tense ("said", "-ed", "-ó", "sagte", "a déclaré" ...), "last", "lalu". No cue: the
# past (news mostly reports what happened).
# The cues are word sets looked up on the window's tokens (a regex alternation over the window cost
# ~13 µs per mention): single words, word sequences ("to begin", "set to", "going to"), and endings
# (Spanish "-rá", "-ó"; English "-ed").
_EN_TO_VERBS = (
    "begin start conclude meet hold visit play face vote resume return attend travel fly arrive testify "
    "deliver present debate host address announce release publish sign decide consider make launch hear "
    "rule compete race fight gather convene expire take kick"
)


class _Cues(NamedTuple):
    """One language's tense cues (lower-case tokens)."""

    future: frozenset[str]
    future_seq: frozenset[tuple[str, ...]]  # sequences of 2 or 3 tokens
    future_ends: tuple[str, ...]  # endings of future-tense words
    past: frozenset[str]
    past_ends: tuple[str, ...]  # endings of past-tense words (min. 5 letters, "-ed" not after "be")
    seq_words: frozenset[str]  # every word of ``future_seq``: a token that is none starts or ends none (``_cue_at``)


def _cues(future: str, past: str, future_ends: str = "", past_ends: str = "") -> _Cues:
    """Cues from "|"-separated words and word sequences."""
    seqs = frozenset(tuple(c.split()) for c in future.split("|") if " " in c)
    return _Cues(
        frozenset(c for c in future.split("|") if c and " " not in c),
        seqs,
        tuple(future_ends.split()),
        frozenset(c for c in past.split("|") if c),
        tuple(past_ends.split()),
        frozenset(word for seq in seqs for word in seq),
    )


_TO_SEQ = "|".join(f"to {verb}" for verb in _EN_TO_VERBS.split())
# session 17: the present progressive of a scheduling verb says an arrangement to come ("The officials are meeting
# to finalise the agenda for the group's conference here Saturday", "is holding a news conference Tuesday"); the
# verbs of an ongoing state ("is considering", "is making", "is facing 22 charges") are left out: they say now
_ING_VERBS = (
    "meeting holding visiting playing voting resuming returning attending travelling traveling flying "
    "arriving testifying delivering presenting debating hosting announcing releasing publishing signing launching "
    "competing racing convening beginning starting concluding"
)
_ING_SEQ = "|".join(f"{be} {verb}" for verb in _ING_VERBS.split() for be in ("is", "are"))
_CUES: dict[str, _Cues] = {
    "en": _cues(
        "will|ll|shall|would|won't|wont|going to|is to|are to|due|scheduled|slated|set to|set for|expected to|"
        "plan to|plans to|planned|planning|intend to|intends to|upcoming|next|coming|payable|begins|starts|"
        "expires|resumes|meets|convenes|plays|faces|hosts|takes effect|kicks off|concludes|opens|must|"
        "deadline|rescheduled|expects|expect|likely to|unlikely to|postponed until|postponed till|"
        "postponed to|delayed until|delayed till|delayed to|adjourned until|adjourned till|adjourned to|"
        f"put off until|to be held|to be released|to be published|to be announced|{_TO_SEQ}|{_ING_SEQ}",
        "said|told|was|were|had|did|last|ago|earlier|since|rose|fell|won|lost|beat|took|made|met|held|gave|"
        "went|came|began|saw|paid|sold|bought|left|led",
        past_ends="ed",
    ),
    # "Senin depan/mendatang" is a qualifier; "ke depan" = from now on
    "id": _cues(
        "akan|bakal|hendak|dijadwalkan|dijadualkan|direncanakan|dirancang|rencananya|berencana|nanti|segera|"
        "jadwal|jadual",
        "telah|sudah|lalu|lepas|kemarin|tadi|sempat|pernah|semalam|kata|ujar|ucap|tutur|ungkap|jelas|"
        "mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menuturkan|menambahkan|berkata|"
        "menyampaikan",
    ),
    "es": _cues(
        "va a|van a|vamos a|prevista|previsto|previstas|previstos|próximo|próxima|que viene|tendrá|habrá|podrá",
        "dijo|fue|fueron|era|había|pasado|pasada|ayer|anterior",
        "ará erá irá arán erán irán",
        "ó aron ieron",
    ),
    "pt": _cues(
        "vai|vão|prevista|previsto|previstas|previstos|próximo|próxima|que vem|deverá|deve",
        "disse|foi|foram|era|havia|passado|passada|ontem|anterior",
        "ará erá irá arão erão irão",
        "ou aram eram iram",
    ),
    "fr": _cues(
        "va|vont|sera|seront|aura|auront|doit|doivent|devrait|devraient|prévu|prévue|prévus|prévues|prochain|"
        "prochaine|à venir",
        "a|ont|avait|avaient|était|étaient|fut|dernier|dernière|hier",
        "era eront ira iront dra dront ura uront",
        "é",
    ),
    "de": _cues(
        "wird|werden|werde|würde|würden|soll|sollen|solle|will|wollen|geplant|nächste|nächsten|nächster|"
        "kommende|kommenden|kommender|bevorstehenden|voraussichtlich|ab|erwartet|erwarten",
        "sagte|sagten|hatte|hatten|war|waren|wurde|wurden|erklärte|teilte|berichtete|letzte|letzten|letzter|"
        "vergangene|vergangenen|vergangener|vorigen|gestern|hat|haben|ist|sind",
    ),
}
# the passive present of scheduling verbs says what is to come ("mødet holdes torsdag")
_CUES["da"] = _cues(
    "vil|skal|kommer til at|næste|kommende|planlagt|ventes|forventes|forventet|holdes|afholdes|begynder|starter",
    "sagde|var|blev|havde|har|fik|kom|vandt|tabte|kørte|sidste|forrige|siden",
)
_CUES["nb"] = _CUES["no"] = _CUES["nn"] = _cues(
    "vil|skal|kommer til å|neste|kommende|planlagt|ventes|forventes|holdes|avholdes|begynner|starter",
    "sa|sier|var|ble|hadde|har|fikk|kom|vant|tapte|kjørte|siste|forrige|siden",
)
_CUES["sv"] = _cues(
    "ska|skall|kommer att|nästa|kommande|planerad|planerat|väntas|förväntas|hålls|inleds|börjar|startar",
    "sade|sa|var|blev|hade|har|fick|kom|vann|förlorade|förra|senaste|sedan",
)
# Finnish has no future tense: the present with a time word says what is to come ("alkaa 13.
# marraskuuta", "kokoontuu tiistaina"); listed are the present forms that wire copy uses for
# scheduled events, the passive present ("järjestetään") and "ensi"/"tuleva"; the past cues are
# the past of the reporting and common verbs, "viime", "eilen", "sitten" (own list, standard Finnish)
_CUES["fi"] = _cues(
    "ensi|tuleva|tulevana|tulevalla|tulevan|tulee|tulevat|aikoo|aikovat|alkaa|alkavat|aloittaa|aloittavat|"
    "käynnistyy|päättyy|jatkuu|jatkuvat|kokoontuu|kokoontuvat|vierailee|lähtee|saapuu|pelaa|pelaavat|kohtaa|"
    "järjestetään|pidetään|käsitellään|äänestetään|julkaistaan|ratkaistaan|aloitetaan|odotetaan|arvioidaan|"
    "suunnitellaan|on määrä|ovat määrä|määrä|voimaan|mennessä",
    "sanoi|sanoivat|kertoi|kertoivat|totesi|ilmoitti|ilmoittivat|oli|olivat|viime|eilen|sitten|aiemmin|"
    "tapasi|tapasivat|äänesti|hyväksyi|päätti|päättivät|alkoi|alkoivat|sulki|vahvisti|julkaisi|tapahtui|kuoli|"
    "kuolivat|voitti|hävisi|pelasi|pidettiin|järjestettiin|hyväksyttiin|julkaistiin|käynnistyi|päättyi",
    past_ends="ivat ttiin",
)
_CUES["ms"] = _CUES["id"]
# "-ed" words that are not past tense (or that say the future: "scheduled", "expected")
_NOT_PAST = _word_set(
    "scheduled rescheduled slated expected planned proposed hundred indeed united limited need speed seed feed "
    "breed shed red bed wed bred embed succeed proceed exceed"
)
_STRONG_PAST = _word_set(
    "since last began ended ago earlier sejak lalu lepas desde pasado pasada seit letzten vergangenen "
    "dernier dernière depuis passado passada"
)
_TOKEN = re.compile(r"[\w'’]+")
_PASSIVE = frozenset({"be", "been", "being"})  # "would be outlined": a participle, not a past tense
_DUE_TO_CAUSE = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"})
# "lower", "higher", "weak", "strong" after "due to": a cause too ("due to lower prices")
_DUE_TO_CAUSE |= {"lower", "higher", "weak", "strong"}
# a sentence ends at a full stop before a capital or at a blank line (wire copy wraps lines mid-sentence)
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z“\"«¿¡])|\n\s*\n")
_CUE_REACH = 160  # characters looked at before a mention (after it: 60)
_OPENS = re.compile(r"^\W*(?:\w+\W+){0,2}$")  # at most two words ("On", "Late on") before a weekday
# session 21: a clause of time that opens the sentence ("Bevor es am Mittwochabend ... geht, wird sich ...", "Before
# the vote on Friday, the party will ..."): the weekday takes the main clause's tense, read to the sentence's end
_OPENS_CLAUSE = re.compile(r"^\W*(?:Bevor|Ehe|Sobald|Before|Avant|Antes)\W+(?:\w+\W+){0,3}$")


# an -ed word after a determiner, or after one and an -ly adverb, describes a noun: "in a nationally televised
# speech Wednesday night", "the revised figures" are no past tense (session 14: "Reagan will address the nation
# in a nationally televised speech Wednesday night" was placed in the week before)
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "this", "that", "these", "those", "our"})


def _attributive(tokens: list[str], i: int) -> bool:
    """Whether the -ed word at ``i`` stands before its noun as an adjective (see above)."""
    before = tokens[i - 1] if i else ""
    if before in _DETERMINERS:
        return True
    return before.endswith("ly") and i > 1 and tokens[i - 2] in _DETERMINERS


def _cue_at(cues: _Cues, tokens: list[str], i: int, ending: bool) -> int:
    """+1 / -1 when a cue ends (``ending``) or starts at token ``i``, else 0 (the future first:
    "scheduled" is both an -ed word and a cue)."""
    word = tokens[i]
    if word.endswith("'ll") and cues is _CUES["en"]:  # "they'll"
        return 1
    if word in cues.future and not (
        word == "due" and tokens[i + 1 : i + 2] == ["to"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _DUE_TO_CAUSE
    ):
        return 1  # not "due to the/lower ...": a cause
    if word in cues.seq_words:  # (most tokens are in no sequence: no tuples built for them)
        for size in (2, 3):
            seq = tuple(tokens[i - size + 1 : i + 1]) if ending else tuple(tokens[i : i + size])
            if len(seq) == size and seq in cues.future_seq:
                return 1
    if cues.future_ends and len(word) > 3 and word.endswith(cues.future_ends):
        return 1
    if word in cues.past:
        return -1
    if (
        cues.past_ends
        and len(word) >= 5
        and word.endswith(cues.past_ends)
        and word not in _NOT_PAST
        and not (i and tokens[i - 1] in _PASSIVE)
        and not _attributive(tokens, i)
    ):
        return -1
    return 0


def _cue_in(cues: _Cues, text: str, lo: int, hi: int, nearest_last: bool) -> tuple[int, str]:
    """(+1 future / -1 past / 0, the cue word) for the cue nearest the mention in ``text[lo:hi]``
    (``nearest_last``: the mention follows the window)."""
    tokens = _TOKEN.findall(text[lo:hi].lower().replace("’", "'"))
    order = range(len(tokens) - 1, -1, -1) if nearest_last else range(len(tokens))
    for i in order:
        sign = _cue_at(cues, tokens, i, nearest_last)
        if sign:
            return sign, tokens[i]
    return 0, ""


# a month that ends a period ("for April through July") or names a contract ("the June bond") is not
# placed in the past by the sentence's past tense
# a preposition that bounds a time from the far side points forward whatever the verb's tense ("the ban
# runs until November 26" written in March; group 1): "by" and "before" only without a past cue ("had
# left before June 5"); the end of a range ("from January until March") is left to its tense
_BOUND_BEFORE = re.compile(
    r"(?:\b(until|till|hingga|sampai|bis|hasta|no\s+later\s+than)|\b(?:by|before|sebelum))\s+(?:(?:zum|el|de|dengan)\s+)?\Z",
    re.IGNORECASE,
)
_RANGE_END = re.compile(r"\s*(?:until|till|to|through|thru|-|–|hingga|sampai|bis|hasta)\s+", re.IGNORECASE)
_BOUND = 2  # the tense a bound gives: forward once the nearest date is a month or more gone
_PERIOD_BEFORE = re.compile(r"\b(?:through|thru|to|until|till|for)\s+$")
_CONTRACT_AFTER = re.compile(r"\s+(?:T-)?(?:bonds?|futures|contracts?|delivery|deliveries|shipments?|options?)\b")


# A weekday in a clause of time opened by "when", "until", "before", "once", "as soon as" or "after"
# takes the tense of that clause, not of the reporting verb before it: in English news such a clause in
# the present refers to the future ("told reporters yesterday the proposal is designed to avoid an
# impasse when debt rescheduling talks reopen in New York on Tuesday": the coming Tuesday). It fires only
# on a present verb of a scheduled event (base or -s form, or "is"/"are") in the clause and no past cue
# there ("when talks reopened on Tuesday" stays past; "said on Tuesday" has no such clause).
_TIME_CLAUSE = re.compile(r"\b(?:when|until|till|before|once|after|as\s+soon\s+as)\s+", re.IGNORECASE)
_CLAUSE_VERBS = _EN_TO_VERBS + " reopen open close end finish resume sit"
_PRESENT = frozenset(
    {"is", "are"}
    | set(_CLAUSE_VERBS.split())
    | {v + ("es" if v.endswith(("s", "h")) else "s") for v in _CLAUSE_VERBS.split()}
)
_BE_PRESENT = frozenset({"is", "are", "am"})
# a word before which a verb-like word is a noun ("per play", "the close", "to a vote")
_NOT_SUBJECT = _DETERMINERS | {"per", "of", "for", "in", "on", "at", "to", "by", "with", "from", "into"}


def _clause_future(text: str, lo: int, at: int) -> bool:
    """Whether the weekday at ``at`` ends a time clause in the present (see above), within ``lo``..``at``."""
    opener = max(_TIME_CLAUSE.finditer(text, lo, at), key=lambda m: m.start(), default=None)
    if opener is None:
        return False
    tokens = _TOKEN.findall(text[opener.end() : at].lower().replace("’", "'"))
    cues = _CUES["en"]
    if not tokens or tokens[0].endswith("ing"):
        return False  # "After allowing the Rams 8.1 yards per play Monday night": a participle has no tense
    present = False
    for i, word in enumerate(tokens):
        if i and tokens[i - 1] in _BE_PRESENT and word.endswith("ed"):
            continue  # "when the report is released": a present passive
        if _cue_at(cues, tokens, i, False) < 0:
            return False
        present = present or (word in _PRESENT and not (i and tokens[i - 1] in _NOT_SUBJECT))
    return present


def _tense(text: str, hit: _Hit, lo: int, hi: int, cues: _Cues) -> int:
    """The tense around ``hit`` (see above), looking no further than ``lo``..``hi`` (the neighbouring
    mentions) nor across a sentence end. Only a weekday reads the words after it: a cue after a date
    is too loosely tied to it to move it by a year ("June 15-July 15 bill of lading was offered")."""
    previous = lo
    reach = max(0, hit.start - _CUE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, reach, hit.start)]
    sentence = ends[-1] if ends else 0 if reach == 0 else -1  # -1: the sentence starts out of reach
    lo = max(lo, reach, sentence)
    before, word = _cue_in(cues, text, lo, hit.start, nearest_last=True)
    if hit.kind != "weekday" and not _RANGE_END.fullmatch(text, previous, hit.start):
        bound = _BOUND_BEFORE.search(text, max(0, hit.start - 16), hit.start)
        if bound and (bound.group(1) or before >= 0):
            return _BOUND  # "until November 26", "hingga 30 Juni", "by March 31" (not "had left before June 5")
    if hit.kind != "weekday":
        # a year turns only on a cue before the date, and a past one only when it says the past
        # outright ("began September 1", "since August 19"): "raised ... after May 31", "the crop
        # year beginning August 1, a spokesman said" are still to come
        if (
            hit.kind == "month"
            and before < 0
            and not _PERIOD_BEFORE.search(text, max(0, hit.start - 12), hit.start)
            and not _CONTRACT_AFTER.match(text, hit.end)
        ):
            return before  # a month alone: "The ICC had rejected in July" is last July
        return before if before > 0 or word.lower() in _STRONG_PAST else 0
    if before <= 0 and cues is _CUES["en"] and _clause_future(text, lo, hit.start):
        return 1
    # the words after a weekday count only when it opens its sentence ("On Friday, the team will
    # ...", not "An announcement late Friday that the USDA will ...")
    if before or sentence < 0:
        return before
    if _OPENS_CLAUSE.match(text[sentence : hit.start]):
        hi = min(hi, hit.end + _CUE_REACH)
    elif _OPENS.match(text[sentence : hit.start]):
        hi = min(hi, hit.end + 60)
    else:
        return before
    end = _SENTENCE_END.search(text, hit.end, hi)
    return _cue_in(cues, text, hit.end, end.start() if end else hi, nearest_last=False)[0]


# --- Years from the context --------------------------------------------------------------------
# "payable March 15 and September 15, starting September 1987": a date without a year takes the
# year written in its sentence for the same month, or that of the dated mention it is listed with
# ("March 3 and April 7, 1987", "Dec 28 to Jan 3, 1988": Dec 28 is in 1987).
# the year word after a month or day: last / this / next year (session 20: "since April of last year", "in April
# earlier this year", "im April letzten Jahres", "en avril l'an dernier", "im Mai nächsten Jahres")
_YEAR_WORD = re.compile(
    r",?\s+(?:(tahun\s+lalu|tahun\s+lepas|(?:of\s+)?last\s+year|del\s+año\s+pasado|des\s+Vorjahres|"
    r"(?:des\s+)?(?:letzten|vergangenen)\s+Jahres|(?:letztes|vergangenes)\s+Jahr|(?:de\s+)?l['’]an\s+(?:dernier|passé)|(?:de\s+)?l['’]année\s+"
    r"(?:dernière|passée)|do\s+ano\s+passado)|(tahun\s+ini|(?:of\s+)?(?:earlier\s+|later\s+)?this\s+year|"
    r"de\s+este\s+año|dieses\s+Jahres|de\s+cette\s+année|deste\s+ano)|(tahun\s+depan|(?:of\s+)?next\s+year|"
    r"del\s+próximo\s+año|(?:des\s+)?nächsten\s+Jahres|nächstes\s+Jahr|(?:de\s+)?l['’]an\s+prochain|(?:de\s+)?l['’]année\s+"
    r"prochaine|do\s+próximo\s+ano))\b"
)
_APPOSED = re.compile(r"\s*[,(]\s*")
_COMPARED = re.compile(r"\b(?:compared|against|from|versus|vs|than|a year)\b|[.;]", re.I)
_LISTED = re.compile(
    r"\s*(?:,|and|or|to|through|until|-|–|y|e|et|und|bis|al|a|dan|hingga|sampai|atau|ja|tai|og|och)\s*\Z"
)


def _year_of(hit: _Hit) -> int | None:
    """The year a mention writes out, or None."""
    if hit.kind in ("dmy", "mdy"):
        year = hit.parts[2]
    elif hit.kind == "my":
        return int(hit.parts[1])
    elif hit.kind in ("iso", "numeric"):
        return int(hit.parts[2])
    elif hit.kind == "wire":
        year = hit.parts[3]
    else:
        return None
    if not year:
        return None
    value = int(year)
    return value + 2000 if value < 100 else value


def _month_day(hit: _Hit) -> tuple[int, int]:
    """(month, day) of a dated mention (day 1 for a month)."""
    if hit.kind == "my":
        return hit.parts[0], 1
    if hit.kind == "wire":
        return hit.parts[2], hit.parts[1]
    return hit.parts[1], hit.parts[0]


def _context_year(text: str, found: list[_Hit], index: int) -> int | None:
    """The year the sentence gives a year-less date or month (see above), or None."""
    hit = found[index]
    month, day = (hit.parts[0], 1) if hit.kind == "month" else (hit.parts[1], hit.parts[0])
    if index + 1 < len(found):  # listed with the next mention, which has a year
        other = found[index + 1]
        year = _year_of(other)
        if year is not None and _LISTED.match(text, hit.end, other.start):
            o_month, o_day = _month_day(other)
            return year - 1 if (month, day) > (o_month, o_day) else year
    # the same month with a year and no day just after it ("September 15, starting September 1987");
    # not a comparison ("in February from 8.96 billion in January, compared with 12.97 billion in
    # February 1986"), nor a full date of that month ("issued March 19 ... mature March 17, 1988")
    if index + 1 < len(found):
        other = found[index + 1]
        gap = text[hit.end : other.start]
        if other.kind == "my" and other.parts[0] == month and len(gap) <= 30 and not _COMPARED.search(gap):
            return int(other.parts[1])
    return None


def _placed(ref: dt.date, month: int, day: int, tense: int) -> dt.date | None:
    """A day and month without a year: the nearest such date, unless the tense says the other side
    of the reference and the nearest date is three months or more away ("payable September 15" in
    March 1987 is September 1987, not 1986; "said on Jan 5" in early January stays nearest)."""
    near = _nearest(ref, month, day)
    if near is None or not tense:
        return near
    gap = (near - ref).days
    if abs(gap) < (30 if tense == _BOUND else 90) or (gap >= 0) == (tense > 0):
        return near
    return _safe_date(near.year + (tense > 0) - (tense < 0), month, day) or near


def _month(ref: dt.date, month: int, sign: int, tense: int, figure: bool = False) -> str:
    """A month named alone: "last/next" (``sign``) decide, else the nearest (a tie goes to the
    past), turned by the tense when that is three months or more away. A figure's month ("February
    sales") is reported once the month is over: the latest such month up to the reference, unless a
    future cue says it is still to come ("January exports are expected to ...")."""
    ahead = (month - ref.month) % 12
    if sign == 2:  # "closing its smelter this June": the month of this year, whichever side of the item
        step = month - ref.month
    elif sign == _COMING:  # "for March shipment": the coming March, this one included
        step = ahead
    elif figure and tense <= 0:
        step = ahead - 12 if ahead else 0
    elif sign > 0:
        step = ahead or 12
    elif sign < 0:  # "last February" written in March is a year before: the month just gone is "February"
        step = ahead - 12 if ahead < 11 else ahead - 24
    else:
        step = ahead if ahead < 6 else ahead - 12
        if tense and abs(step) >= 3 and (step >= 0) != (tense > 0):
            step = step + 12 if tense > 0 else step - 12
    y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
    return f"{y:04d}-{mo + 1:02d}"


def _may_name_copyright(raw: str) -> bool:
    """False when ``_COPYRIGHT`` cannot match: these tests cost a third of its search."""
    return "©" in raw or "opyright" in raw or "OPYRIGHT" in raw or _PAREN_C.search(raw) is not None


def _received_year(article: Article) -> int:
    """The year the item reached us (``ext.provenance.receivedAt``, set from the shell's clock): the
    latest year an undated item can be from. The core reads no clock of its own."""
    received = str(((article.get("ext") or {}).get("provenance") or {}).get("receivedAt") or "")
    return int(received[:4]) if received[:4].isdigit() else 1990


_TEXT_DATES_BASIS = "full dates in text"


def _infer(article: Article, raw: str, found: list[_Hit]) -> tuple[dt.date, str] | None:
    """Infer the date of an undated item from copyright year, "Weekday (d/m)" and weekdays alone."""
    notice = " ".join(str(article.get(k) or "") for k in ("copyrightNotice", "copyrightHolder"))
    m = _COPYRIGHT.search(notice) or (_COPYRIGHT.search(raw) if _may_name_copyright(raw) else None)
    year = int(m.group(1)) if m else None
    if year is None and notice:
        ym = _YEAR.search(notice)
        year = int(ym.group(1)) if ym else None
    wires = [(h.parts[0], h.parts[2], h.parts[1]) for h in found if h.kind == "wire" and not h.parts[3]]
    dates: list[dt.date] = [
        d for h in found if h.kind in ("iso", "numeric", "dmy", "mdy", "wire") for d in [_absolute(h, None)] if d
    ]
    basis: list[str] = [_TEXT_DATES_BASIS] if dates else []
    if wires:
        years = [year, year - 1] if year else list(range(_received_year(article), 1989, -1))
        for y in years:
            cands = [_safe_date(y, mo, d) for _, mo, d in wires]
            if all(c is not None and c.weekday() == wd for c, (wd, _, _) in zip(cands, wires, strict=True)):
                dates.extend(c for c in cands if c)
                basis.append(f"weekday of (d/m) dates matches {y}" + (f" (copyright {year})" if year else ""))
                break
    if not dates:
        return (dt.date(year, 1, 1), f"copyright year {year} only") if year else None
    latest = max(dates)
    # A weekday named alone is placed nearest the latest dated mention: "Senin" with "Jumat (7/1)"
    # is the Monday after (the item's day), "Sabtu malam" with "Minggu (3/3)" the Saturday before
    # (a forward step of 6 would date the item a week late). Only forward steps move the item date.
    alone = {h.parts[0] for h in found if h.kind == "weekday" and not h.parts[1] and not h.parts[2]}
    steps = [step for wd in alone if 0 < (step := (wd - latest.weekday()) % 7) <= 3]
    if steps:
        latest += dt.timedelta(days=min(steps))
        basis.append("next weekday named alone")
    return latest, "; ".join(basis)


def _absolute(hit: _Hit, ref: dt.date | None) -> dt.date | None:
    """Resolve a calendar expression; a missing year is taken from ``ref`` (None: unresolved)."""
    if hit.kind in ("iso", "numeric"):
        day, month, year = hit.parts
        swapped = _safe_date(year, day, month) if hit.kind == "numeric" else None  # US month-first
        return _safe_date(year, month, day) or swapped
    if hit.kind == "wire":
        _, day, month, year_s = hit.parts
    else:  # dmy, mdy
        day, month, year_s = hit.parts
    if year_s:
        year = int(year_s)
        year += 2000 if year < 100 else 0
        if ref is not None and year > ref.year + _SANE_AHEAD:
            return None  # "March 14, 3013" written in 2013
        return _safe_date(year, month, day)
    return _nearest(ref, month, day) if ref else None


def _period_end(ref: dt.date, month: int, day: int) -> dt.date | None:
    """The latest such day before ``ref`` (a reported period has ended), or None for no such day."""
    for year in (ref.year, ref.year - 1):
        end = _safe_date(year, month, day)
        if end is not None and end < ref:
            return end
    return None


def _resolve(hit: _Hit, ref: dt.date | None, tense: int = 0, year: int | None = None) -> dict[str, Any] | None:
    """One entry of ``ext.dates`` (without ``text``), or None when it cannot be resolved.

    ``tense``: +1 future / -1 past / 0 (see ``_tense``); ``year``: the year the context gives a
    year-less date or month (see ``_context_year``)."""
    kind = hit.kind
    if kind in ("dmy", "mdy") and not hit.parts[2] and (year or ref):
        day_, month_ = hit.parts[0], hit.parts[1]
        day = _safe_date(year, month_, day_) if year else _placed(ref, month_, day_, tense) if ref else None
        return {"date": day.isoformat(), "kind": "absolute"} if day else None
    if kind == "period_end":
        day = _period_end(ref, hit.parts[1], hit.parts[0]) if ref else None
        return {"date": day.isoformat(), "kind": "absolute"} if day else None
    if kind in ("iso", "numeric", "wire", "dmy", "mdy"):
        day = _absolute(hit, ref)
        return {"date": day.isoformat(), "kind": "wire" if kind == "wire" else "absolute"} if day else None
    if kind == "my":
        return {"date": f"{hit.parts[1]:04d}-{hit.parts[0]:02d}", "kind": "month"}
    if kind == "year":
        if len(hit.parts) == 4:  # a season whose first or last day the text gives (``_season_bounds``)
            return {"date": hit.parts[2].isoformat(), "end": hit.parts[3].isoformat(), "kind": "season"}
        if len(hit.parts) > 1:  # a span of years: ``end`` the last day of the last (the schema's pattern); a
            # season ("1987/88") without its days: the two years as bounds, ``kind: season`` says so
            kind = "season" if len(hit.parts) > 2 and hit.parts[2] else "year"
            return {"date": f"{hit.parts[0]:04d}", "end": f"{hit.parts[1]:04d}-12-31", "kind": kind}
        return {"date": f"{hit.parts[0]:04d}", "kind": "year"}
    if kind == "month" and year:
        return {"date": f"{year:04d}-{hit.parts[0]:02d}", "kind": "month"}
    if ref is None:
        return None
    if kind == "season":
        return _season(hit.parts[0], hit.parts[1], ref)
    if kind == "month":
        figure = len(hit.parts) > 2 and hit.parts[2]
        return {"date": _month(ref, hit.parts[0], hit.parts[1], tense, figure), "kind": "month"}
    if kind == "weekday":
        target, before, after = hit.parts
        ahead = (target - ref.weekday()) % 7
        week = " ".join(after.split())
        if before == "this" or week.endswith("week"):  # that day of this / next / last Monday-Sunday week
            shift = {"next week": 7, "last week": -7}.get(week, 0)
            day = ref + dt.timedelta(days=target - ref.weekday() + shift)
        elif before == "next" or after in ("depan", "mendatang"):
            day = ref + dt.timedelta(days=ahead or 7)
        elif tense > 0 and not before and not after:
            day = ref + dt.timedelta(days=ahead)  # "to begin Thursday": the coming one (today counts)
        else:
            back = (ref.weekday() - target) % 7
            if before == "last" or after in ("lalu", "lepas"):
                back = back or 7
            day = ref - dt.timedelta(days=back)
        return {"date": day.isoformat(), "kind": "weekday"}
    if kind == "weekend":
        return _weekend(hit.parts[0], ref, tense)
    if kind == "relative":
        word = hit.parts[0]
        days = _DAY_PART_SHIFT[word] if word in _DAY_PART_SHIFT else _SHIFT[word.lower()]
        return {"date": (ref + dt.timedelta(days=days)).isoformat(), "kind": "relative"}
    if kind == "ago":
        n, unit = _count(hit.parts[0]), hit.parts[1].lower()
        if unit.startswith(("hari", "day")):
            return {"date": (ref - dt.timedelta(days=n)).isoformat(), "kind": "relative"}
        if unit.startswith(("pekan", "minggu", "week")):
            return {"date": (ref - dt.timedelta(days=7 * n)).isoformat(), "kind": "relative"}
        sign = -n
    else:  # a week, month or year: last / this / next
        unit, word = hit.parts[0].lower(), hit.parts[1]
        sign = _RANGE_SIGN.get(word, 0)
        if unit in ("pekan", "minggu", "week"):
            monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * sign)
            sunday = monday + dt.timedelta(days=6)
            return {"date": monday.isoformat(), "end": sunday.isoformat(), "kind": "week"}
    if unit.startswith(("bulan", "month")):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + sign, 12)
        return {"date": f"{y:04d}-{mo + 1:02d}", "kind": "month"}
    return {"date": f"{ref.year + sign:04d}", "kind": "year"}


def _weekend(which: str, ref: dt.date, tense: int) -> dict[str, Any] | None:
    """The Saturday-Sunday a weekend phrase names (``kind: week`` with ``end``), or None when the
    reference and the tense leave it open. "last"/"past weekend": the one before the reference
    (before the current one when written on a weekend). Written on a weekend, "this"/"over the
    weekend" is that one. A future cue ("will", "expected") makes it the coming one. Else "this
    weekend" is the one just past with a past cue ("staged protest rallies this weekend"), else the
    coming one from Wednesday on and open on a Monday or Tuesday; "over/during/at the weekend" is the
    one just past from Monday to Wednesday, later only with a past cue."""
    monday = ref - dt.timedelta(days=ref.weekday())
    current = monday + dt.timedelta(days=5)  # this week's Saturday
    day = ref.weekday()
    if which.endswith(("last", "past")):
        saturday = current - _WEEK
    elif day >= 5 or tense > 0:
        saturday = current
    elif which == "this" and tense == 0:
        if day < 2:
            return None
        saturday = current
    elif which == "this" or day <= 2 or tense < 0:
        saturday = current - _WEEK
    else:
        return None
    return {"date": saturday.isoformat(), "end": (saturday + dt.timedelta(days=1)).isoformat(), "kind": "week"}


# a schedule heading: "Monday's Games", "Tuesday's Results", "Sunday:" alone on its line
_HEADING = re.compile(r"(?:['’]s\s+[A-Z][\w ]{0,20}|:)?[ \t]*(?:\n|$)")


def _needs_context(hit: _Hit) -> bool:
    """A weekday without "next/last", a date without a year, a month alone: placed by the context."""
    if hit.kind == "weekday":
        return not hit.parts[1] and not hit.parts[2]
    if hit.kind in ("dmy", "mdy"):
        return not hit.parts[2]
    return hit.kind == "month" and not hit.parts[1]


# a weekday written with its day number ("Wednesday 16", "Wednesday 16th"; not a time, "Wednesday 16:00")
_WEEKDAY_DAY = re.compile(r"[ \t]+(\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]\d)")
_NEXT_LISTED = re.compile(
    r"\s*(?:,|and|or|to|through|until|-|–|&|y|e|et|und|bis|al|dan|hingga|sampai|ja)\s+(?:\w+,?\s+)?\Z"
)


def _day_number(text: str, found: list[_Hit], index: int) -> dict[str, Any] | None:
    """A weekday followed by a day number is a date, not "the nearest Wednesday": with the month and year
    of the date listed right after it ("Wednesday 16 and Thursday 17 March 2011") it is that day when the
    weekday agrees (``{}`` when it does not: no date). None: no number, or no listed date after it (the
    number may be a count: "on Wednesday 18 people were killed"), read as a weekday."""
    hit = found[index]
    m = _WEEKDAY_DAY.match(text, hit.end)
    if m is None:
        return None
    following = found[index + 1] if index + 1 < len(found) else None
    if following is None or following.kind not in ("dmy", "mdy") or not following.parts[2]:
        return None  # "on Wednesday 18 people were killed": a count, the weekday as ever
    if not _NEXT_LISTED.match(text, m.end(), following.start):
        return None
    year = int(following.parts[2])
    day = _safe_date(year + 2000 if year < 100 else year, following.parts[1], int(m.group(1)))
    if day is None or day.weekday() != hit.parts[0]:
        return {}
    return {"date": day.isoformat(), "kind": "absolute"}


def _nearest_period(ref: dt.date, first: int, last: int) -> int:
    """The year that puts the months ``first``..``last`` nearest the reference, a period to come counted
    three times as far (news reports periods gone by): "tammi–maaliskuussa" written in September is this
    year's, written in December the coming one."""

    def gap(year: int) -> int:
        at = ref.year * 12 + ref.month
        lo, hi = year * 12 + first, year * 12 + last
        return 0 if lo <= at <= hi else at - hi if at > hi else 3 * (lo - at)  # a period gone is likelier

    return min((ref.year - 1, ref.year, ref.year + 1), key=gap)


_ANY_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _other_year_before(text: str, at: int, year: str) -> bool:
    """A year other than ``year`` written earlier in the sentence of ``at`` (a joined-months period without
    a year of its own may belong to it)."""
    sentence = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return any(m.group() != year for m in _ANY_YEAR.finditer(text, sentence, at))


# "a year earlier" counts back from the period its sentence is about, the first it names, not from the item's day
# (session 15: "fell to 104,353 tonnes in January from 112,262 in December and 105,715 a year earlier" is January
# 1986; "4.74 billion a year earlier" after "5.03 billion dlrs in December" of a March 1987 item is December
# 1985); "a year earlier than planned" is a comparison, no date. A sentence ends at a stop before a capital.
_EARLIER_THAN = re.compile(r"\s+than\b")
_COMPARED_BEFORE = re.compile(r"\b(?:from|against|after|versus|vs|compared|than)\b")
_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-Z])|\n")


def _earlier_than(
    text: str, hit: _Hit, entry: dict[str, Any], done: list[tuple[_Hit, dict[str, Any]]]
) -> dict[str, Any] | None:
    """The entry of "<n> units earlier/later" counted from the first mention of its sentence (see above)."""
    written = text[hit.start : hit.end]
    sign = 1 if written.endswith("later") else -1 if written.endswith(("earlier", "sebelumnya")) else 0
    if not sign:
        return entry  # "ago", "lalu": from the item's own day
    if _EARLIER_THAN.match(text, hit.end):
        return None
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, hit.start - 400), hit.start + 1)]
    opening = stops[-1] if stops else max(0, hit.start - 400)
    mentions = [(h, e) for h, e in done if h.start >= opening and h.kind != "ago"]
    if entry["kind"] == "relative":  # days or weeks: from the last day the sentence names, else no day
        return _days_from(hit, [e for _, e in mentions if len(e["date"]) == 10 and not e.get("end")], sign)
    first = mentions[0] if mentions else None
    if first is None or first[1].get("end") or first[1]["kind"] == "week":
        return entry if sign < 0 else None  # "a year later" from no named period: no date
    if _COMPARED_BEFORE.search(text, opening, first[0].start):
        return (
            entry if sign < 0 else None
        )  # "Exports were 905 mln dlrs against 929 mln, revised from 971 mln in December and 816 mln a
        # year earlier": the sentence's own period goes unnamed, its first named one is a comparison
    named = first[1]
    n, unit, base = sign * _count(hit.parts[0]), hit.parts[1].lower(), named["date"]
    if unit.startswith(("year", "tahun")) and entry["kind"] == "year":
        return {**entry, "date": f"{int(base[:4]) + n:04d}"}
    if unit.startswith(("month", "bulan")) and entry["kind"] == "month" and len(base) >= 7:
        y, mo = divmod(int(base[:4]) * 12 + int(base[5:7]) - 1 + n, 12)
        return {**entry, "date": f"{y:04d}-{mo + 1:02d}"}
    return entry if sign < 0 else None


# Session 20: "from 148 mln a week earlier" after "The Wednesday average" is the Wednesday before that one, not a
# week before the item's day (a day off when the story runs the day after); "on Friday from 5.66 a week earlier" the
# Friday before that one: the nearest day named before it in its sentence. A sentence that names no single day
# leaves it undated ("down from 1.34 billion two weeks earlier": no day to count from).
def _days_from(hit: _Hit, days_named: list[dict[str, Any]], sign: int) -> dict[str, Any] | None:
    """ "<n> days/weeks earlier/later" counted from the last of ``days_named`` (None: none)."""
    if not days_named:
        return None
    days = _count(hit.parts[0]) * (1 if hit.parts[1].lower().startswith(("hari", "day")) else 7)
    day = dt.date.fromisoformat(days_named[-1]["date"]) + dt.timedelta(days=sign * days)
    return {"date": day.isoformat(), "kind": "relative"}


def resolved(text: str, lang: str, found: list[_Hit], ref: dt.date | None) -> Iterator[tuple[_Hit, dict[str, Any]]]:
    """Each mention that resolves, with its entry (``scripts/eval_dates.py`` reads them with offsets)."""
    done: list[tuple[_Hit, dict[str, Any]]] = []
    for hit, entry in _resolved(text, lang, found, ref):
        if hit.kind == "ago":
            counted = _earlier_than(text, hit, entry, done)
            if counted is None:
                continue
            entry = counted
        done.append((hit, entry))
    night = _named_night(text, done, ref)
    for hit, entry in done:
        if night is not None and hit.kind == "relative" and hit.parts[0].lower() == "last night":
            entry = {**entry, "date": night.isoformat()}
        yield hit, entry


# Session 17: "last night" in a story written the morning after and stamped a day later (dpa's copy of an AP
# game story dated Wednesday: "played out Monday night", "entering last night"): the night the story names, not
# the night before the stamp. Only when every "<weekday> night/evening" named resolves to one day, and that day
# is two before the item's date (the night before the day of writing); else "last night" keeps the stamp's eve
_NIGHT_AFTER = re.compile(r"\s+(?:night|evening)\b")


def _named_night(text: str, done: list[tuple[_Hit, dict[str, Any]]], ref: dt.date | None) -> dt.date | None:
    """The one night the story names by its weekday, when "last night" must be it (see above)."""
    if ref is None or not any(hit.kind == "relative" and hit.parts[0].lower() == "last night" for hit, _ in done):
        return None
    nights = {
        entry["date"]
        for hit, entry in done
        if hit.kind == "weekday" and not any(hit.parts[1:]) and _NIGHT_AFTER.match(text, hit.end)
    }
    if len(nights) != 1:
        return None
    day = dt.date.fromisoformat(nights.pop())
    return day if day == ref - dt.timedelta(days=2) else None


# Session 20: a month or day followed, alone or at the head of a list, by "(of) that year", "the same year", "the
# following year" takes a year from another sentence ("The first is due for delivery in April 1989 with the others
# arriving in May, June and September of that year"): not the item's year; left out
_THAT_YEAR = re.compile(
    rf"(?:\.?(?:\s+\d{{1,2}})?,?\s+(?:(?:and|or)\s+)?(?:{_MONTH_NAMES})\b)*\.?(?:\s+\d{{1,2}})?,?\s+(?:of\s+)?"
    r"(?:that|the\s+same|the\s+following|the\s+previous|the\s+next)\s+year\b"
)
_THAT_YEAR_KINDS = frozenset(("month", "dmy", "mdy"))


def _resolved(text: str, lang: str, found: list[_Hit], ref: dt.date | None) -> Iterator[tuple[_Hit, dict[str, Any]]]:
    """The mentions of ``resolved`` before the counts back from a named period."""
    cues = _CUES.get(lang, _CUES["en"])
    previous: tuple[_Hit, dict[str, Any]] | None = None
    listed_tense = 0
    heading: dt.date | None = None  # the day of the last "Saturday's Games" heading of a schedule
    run: set[int] = set()  # the weekdays of its headings so far
    for index, hit in enumerate(found):
        if (
            hit.kind in _THAT_YEAR_KINDS
            and not (hit.kind != "month" and hit.parts[2])
            and _THAT_YEAR.match(text, hit.end)
        ):
            continue  # "arriving in May, June and September of that year": a year the item's day does not give
        if hit.kind == "weekday" and ref is not None and not any(hit.parts[1:]) and _HEADING.match(text, hit.end):
            line = text.rfind("\n", 0, hit.start) + 1
            if not text[line : hit.start].strip():
                if heading is not None and hit.parts[0] not in run:
                    # the headings of a schedule run forward: Saturday, Sunday, Monday (a day named
                    # again starts another table: the National League after the American)
                    run.add(hit.parts[0])
                    day = heading + dt.timedelta(days=(hit.parts[0] - heading.weekday()) % 7 or 7)
                    heading = day
                    entry_h: dict[str, Any] = {"date": day.isoformat(), "kind": "weekday"}
                    previous = (hit, entry_h)
                    yield hit, entry_h
                    continue
                first = _resolve(hit, ref)
                heading = dt.date.fromisoformat(first["date"]) if first else None
                run = {hit.parts[0]}
        if hit.kind == "weekday" and hit.parts[1] == "following":
            # "Palm Sunday on March 24 and ... Easter the following Sunday": the next such day after the
            # day just named (session 12), nothing without one
            if previous and previous[1]["kind"] in ("absolute", "weekday", "wire", "relative"):
                day = dt.date.fromisoformat(previous[1]["date"])
                after_day = day + dt.timedelta(days=(hit.parts[0] - day.weekday()) % 7 or 7)
                following: dict[str, Any] = {"date": after_day.isoformat(), "kind": "weekday"}
                previous = (hit, following)
                yield hit, following
            continue
        numbered = _day_number(text, found, index) if hit.kind == "weekday" and not any(hit.parts[1:]) else None
        if numbered is not None:  # "Wednesday 16 and Thursday 17 March 2011": that day, or nothing
            if numbered:
                previous = (hit, numbered)
                yield hit, numbered
            continue
        tense, year = 0, None
        listed_after: dt.date | None = None  # the day of the weekday listed just before this one
        if previous and hit.kind == "weekday" and previous[0].kind == "relative" and not any(hit.parts[1:]):
            day = dt.date.fromisoformat(previous[1]["date"])
            if day.weekday() == hit.parts[0] and _APPOSED.fullmatch(text, previous[0].end, hit.start):
                # "mañana, miércoles", "hoy, martes", "tomorrow (Thursday)": the day just named
                apposed: dict[str, Any] = {"date": day.isoformat(), "kind": "weekday"}
                previous = (hit, apposed)
                yield hit, apposed
                continue
        if _needs_context(hit):
            lo = next((other.end for other in reversed(found[:index]) if not other.aside), 0)
            hi = next((other.start for other in found[index + 1 :] if not other.aside), len(text))
            if (
                hit.kind == "weekday"
                and index
                and found[index - 1].kind == "weekday"
                and _LISTED.match(text, lo, hit.start)
            ):
                tense = listed_tense  # "during his trip on Friday and Saturday": as the first
                if previous and previous[0] is found[index - 1] and previous[1]["kind"] == "weekday":
                    listed_after = dt.date.fromisoformat(previous[1]["date"])
            else:
                tense = _tense(text, hit, lo, hi, cues)
                if tense < 0 and hit.kind == "month" and len(hit.parts) > 3 and hit.parts[3]:
                    window = max(lo, _sentence_start(text, hit.start))
                    if _cue_in(cues, text, window, hit.start, nearest_last=True)[1] in _REPORTING:
                        tense = 0  # "said he plans a July trip": the nearest July, not the last
            listed_tense = tense
            if hit.kind != "weekday":
                shift = _YEAR_WORD.match(text, hit.end)
                if shift and ref:  # "November tahun lalu", "December last year", "October 1 this year"
                    year = ref.year + (-1 if shift.group(1) else 1 if shift.group(3) else 0)
                elif shift:
                    year = None  # a year counted from a day the item does not give
                else:
                    year = _context_year(text, found, index)
        if hit.kind == "weekend":
            sentence = max(text.rfind(". ", 0, hit.start), text.rfind("\n", 0, hit.start)) + 1
            if _WEEKEND_FUTURE.search(text, sentence, hit.start) or (
                hit.parts[0] == "this"
                and _WEEKEND_FUTURE_AFTER.match(text, hit.end)
                and _WEEKEND_CLAUSE.search(text[sentence : hit.start])
            ):
                tense = 1
            elif _WEEKEND_PAST.search(text, sentence, hit.start):
                tense = -1
        entry = _resolve(hit, ref, tense, year)
        if entry is not None and listed_after is not None and hit.parts[0] > listed_after.weekday() and ref:
            # days listed run forward (session 14): "a meeting of the Fed on Tuesday and Wednesday" written on
            # a Tuesday is that day and the next, not the Wednesday before; past the item's day only when the
            # list starts on or after it ("met on Monday and Friday" written on a Wednesday keeps its Friday)
            forward = listed_after + dt.timedelta(days=hit.parts[0] - listed_after.weekday())
            if forward <= ref or listed_after >= ref:
                entry["date"] = forward.isoformat()
        if entry is not None and hit.last_day and entry["kind"] == "absolute":
            opening = dt.date.fromisoformat(entry["date"])
            last = _safe_date(opening.year, hit.last_month or opening.month, hit.last_day)
            if last:  # "the February 21-28 period": both ends, as a week range gives them
                entry["end"] = last.isoformat()
        elif entry is not None and hit.last_month and entry["kind"] == "month":
            if hit.kind == "month" and _other_year_before(text, hit.start, entry["date"][:4]):
                continue  # "2023 kommer att genomföras ... i april-maj": not the item's year, no value
            if hit.kind == "month" and year is None and ref is not None and hit.parts[1] != _COMING:
                entry["date"] = f"{_nearest_period(ref, hit.parts[0], hit.last_month):04d}-{hit.parts[0]:02d}"
            # "January-March": forward in a year; ``end`` is the last day of a range (the article schema's
            # pattern), here the last day of its last month
            year_ = int(entry["date"][:4])
            last_day = dt.date(year_ + hit.last_month // 12, hit.last_month % 12 + 1, 1) - dt.timedelta(days=1)
            entry["end"] = last_day.isoformat()
        if entry is not None:
            previous = (hit, entry)
            yield hit, entry


def _stamp_day(value: Any) -> dt.date | None:
    """The UTC day of an ISO time stamp, or None."""
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _text_agrees(article: Article, found: list[_Hit], ref: dt.date) -> dt.date:
    """The reference, or the item's other stamp when the stamps disagree by days and the text's own full dates
    (with a year) name the other one's days and not the reference's (session 14: a picture created
    2008-12-08 and versioned 2018-10-19 whose caption reads "San Bernardino, California October 18, 2018. The
    jet crashed on Monday": the caption's Monday is not one of December 2008)."""
    derived = article.get("ext", {}).get("derived", ())
    stamps = {
        day
        for key in ("versionCreated", "firstCreated", "contentCreated")
        if key not in derived and (day := _stamp_day(article.get(key) or "")) is not None
    }
    others = [day for day in stamps if abs((day - ref).days) > _REPUBLISHED.days]
    if not others:
        return ref
    written = [
        day
        for hit in found
        if hit.kind in ("dmy", "mdy", "iso", "numeric", "wire")
        and hit.parts[-1]
        and (day := _absolute(hit, None)) is not None
    ]
    if not written or any(abs((day - ref).days) <= _REPUBLISHED.days for day in written):
        return ref
    agreeing = [o for o in others if any(abs((day - o).days) <= _REPUBLISHED.days for day in written)]
    return agreeing[0] if len(agreeing) == 1 else ref


def _scrape_only(article: Article, ref: dt.date | None) -> bool:
    """The item is dated only by when it was scraped (``ext.source.scrapedAt``): a bound on its
    publication date, not that date, so no day-level mention is placed on it. A full date in the text
    does not bound the publication date from below either (a story may name a hearing days ahead), so
    a weekday is no more provable than "yesterday" (review seed 21627: "on Monday" placed on the
    Monday before a Tuesday scrape counted wrong)."""
    source = article.get("ext", {}).get("source") or {}
    scraped = str(source.get("scrapedAt") or "") if isinstance(source, dict) else ""
    first = str(article.get("firstCreated") or "")
    return ref is not None and bool(scraped) and not article.get("versionCreated") and first[:10] == scraped[:10]


def _text_dates_only(article: Article) -> bool:
    """The item's date was inferred from nothing but the latest full date its text writes: often a date
    ahead (a note maturing "May 31 1994", a meeting "April 1, 1987"), not the day of writing. Nothing is
    placed on it: a weekday, "today", "last year" stay unresolved, and a year-less date or month takes
    only the year its own sentence states ("March 3 and April 7, 1987"), else stays out (session 10's
    golden reading: "April 28" dated 1994 by a maturity; a text's other years are often fiscal ones)."""
    inference = (article.get("ext") or {}).get("dateInference") or {}
    return isinstance(inference, dict) and inference.get("basis") == _TEXT_DATES_BASIS


def _day_level(hit: _Hit, entry: dict[str, Any]) -> bool:
    """A weekday, a relative day or a week: placed to the day by the reference date."""
    return (
        hit.kind in ("weekday", "relative")
        or entry.get("kind") == "week"
        or (hit.kind == "ago" and entry.get("kind") == "relative")
    )


def _dateline_dates(article: Article, lang: str, ref: dt.date) -> list[tuple[str, dict[str, Any]]]:
    """The day the item's dateline writes ("LOS ANGELES, March 3", "New York, NY - November 21", "Rome,
    October 11"), placed nearest the item's date (session 16: a stated date the story text no longer holds,
    the copy stage cut it from the lede); a full date ("Feb. 01, 2018") as written. Only a day and month:
    a dateline's weekday or year alone adds nothing the item's date does not say. Not on an inferred date
    (``enrich``): a maturity's "November 15, 2004" would place "March 6" in 2005."""
    dateline = (article.get("ext") or {}).get("dateline")
    text = dateline.get("text") if isinstance(dateline, dict) else None
    if not isinstance(text, str) or not any(c.isdigit() for c in text):
        return []
    out: list[tuple[str, dict[str, Any]]] = []
    for m in _DATELINE_DAY.finditer(text):  # the dateline's own pattern (a full ``_find`` cost 8 µs an item)
        month = _MONTHS.get((m.group("month") or m.group("month2")).lower())
        if month is None:
            continue
        year = _YEAR_AFTER.match(text, m.end())
        hit = _Hit(m.start(), m.end(), "mdy", (int(m.group("day") or m.group("day2")), month, year and year.group(1)))
        if (entry := _resolve(hit, ref)) is not None:
            out.append((m.group(), entry))
    return out


def enrich(article: Article, text: str | None = None) -> None:
    """Fill ``ext.dates`` (and ``ext.dateInferred``/``ext.dateInference`` for an undated item).

    ``text``: the article's ``story_text`` when the caller already has it.
    """
    text = story_text(article) if text is None else text
    lang = (article.get("language") or "")[:2].lower()
    found = _find(text, lang) if text else []
    ref = _item_date(article)
    if ref is None:
        raw = "\n".join(b.get("value", "") for b in article.get("bodies", ()))  # the © line is boilerplate
        inferred = _infer(article, raw, found)
        if inferred:
            ref = inferred[0]
            ext = article.setdefault("ext", {})
            ext["dateInferred"] = True  # the article contract types this member as a bool
            ext["dateInference"] = {"date": ref.isoformat(), "basis": inferred[1]}
    if ref is not None:
        ref = _text_agrees(article, found, ref)
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    scrape_only = _scrape_only(article, ref)
    if _text_dates_only(article):
        ref = None
    dateline_dates = ref is not None and not scrape_only and not article.get("ext", {}).get("dateInferred")
    for written, entry in _dateline_dates(article, lang, ref) if dateline_dates and ref is not None else ():
        seen.add((written.casefold(), entry["date"]))
        out.append({"text": written, **entry})
    for hit, entry in resolved(text, lang, found, ref):
        if scrape_only and _day_level(hit, entry):
            continue  # a day read against a scrape time, which only bounds the publication date
        written = text[hit.start : hit.end]
        key = (written.casefold(), entry["date"])  # a headline's "Pekan Depan" is its summary's "pekan depan"
        if key in seen:
            continue
        seen.add(key)
        out.append({"text": written, **entry})
    if out:
        article.setdefault("ext", {})["dates"] = out
