"""IPTC Media Topics (the 17 top-level codes) from a keyword lexicon, in en, id, ms, de, es, fr, pt, da, nb and sv.

Why a lexicon: it costs one Aho-Corasick pass (tens of µs), runs offline and is explainable; wire
copy names its topic in a few very typical words ("net profit", "gempa", "pilihan raya"). The
lexicon (``streams/data/subject_lexicon.json``) lists per topic plain terms (weight 1) and strong
terms (weight 2); a term in the headline or summary counts twice. All-capital terms (BI, WHO, TNI)
match with that exact case only.

Evidence (issue #15): a topic needs at least two different terms of its own (``MIN_TERMS``), not one
word repeated, and a "weak" term (``weak`` in the lexicon: words with a common sense outside the
topic, "defence" in sport or business, "attack" in football, "battle", "security") adds to a topic's
score but is no evidence of it. en/id/ms share one automaton; de/es/fr/pt (dpa, EFE, AFP) and da/nb/sv
(Ritzau, NTB, TT) each have their own (``languages`` in the lexicon: German "war" is "was", Spanish "tiempo"
is time, so languages never share terms; ``language_aliases``: Norwegian "no"/"nn" read as "nb"); any other
language gets no lexicon topics. Everyday device and app words (``lead_only``: "app", "ponsel", "smartphone")
count only in the headline, summary or first paragraph (``_lead_end``), where they name the story's topic: a
sermon streamed to phones in a later paragraph is no technology story; and a topic named only in them stands
only when it leads outright (``_device_words``: a ruling on phones during the Friday sermon is religion).

A term inside a longer capitalised term of another topic counts for that one only ("Piala Presiden" is
a cup, no politics; "Islamic State" is a militant group, no religion), and inside a ``neutral`` name for
none ("International Congress" is a conference, no legislature; a neutral phrase in any case: "struck a deal"
is no labour strike). A strong English term's plural is the
same term ("earthquakes", ``_plural``). An English term that is an Indonesian loanword of another sense
(``not_local``: "war tiket", a rush for tickets) counts in English copy only. Defence is politics in
Media Topics: a conflict named only in the armed forces' words (``defence``: troops, army, TNI) with no
fighting word (``combat``: attack, serangan) goes to politics (troops' pay, an army contract, a drill).
The armed forces in an accident or a disaster (two disaster words: a military jet's crash, an army's drought
airlift) are its actors: their words go nowhere. In a story with an opinion poll's word (``polls``) a percentage
(``poll_figures``: "pct", "persen") is the poll's figure, no economy word. An occasion's words (``occasions``: "HUT RI",
"upacara", "Paskibraka") name a topic (human interest: a ceremony, an anniversary) only when the story has no other
(``_occasion_topics``: a discount "to mark HUT RI" is business news). Office titles and the government as
an actor (``offices``: "Menteri Keuangan", "Pemerintah", "Pemkab", a speaker's "Universitas X", a victim who
was a "pelajar") say who acts, not
what the story is about: a topic named only in them goes when another topic named in its own words scores at
least as much (``_offices``: a minister quoted on fuel prices is no politics story). A headline-only flash (no
summary, no body of its own) names its topic in one term of the headline (``_flash_topics``); a teaser (a headline and
a summary, no body) in one term of its headline, its only topic (``_teaser_topics``: not an occasion dated by a word
of time, "Jelang HUT RI"), and a teaser's sums ("200 miliar Rupiah") are no business words (``_in_amount``); a short
story (SHORT_CHARS) in
two different words of one topic, the only one so named (``_short_topics``). A story about a work of fiction
or a game (``works``: "film", "drakor", "Brettspiel") tells its plot in crime, war or disaster words: named three
times and as often as such a topic scores, the work is the story's topic and the plot's is dropped (``_works``).
A sport-led story that gives a death toll ("Tewaskan 8 Penonton": victims counted) is a fatal accident at a sport
event: the toll is the accident's evidence and the sport, its setting, scores no more than it (``_casualties``).
A capitalised term before a venue's or a place's head noun ("Citizens Bank Park", "University City", "Church
Street") names the place, no topic.
A term inside a longer matched term of its topic is part of it, one piece of evidence ("hujan" in "hujan deras",
``_covered``), and a listed plural is its singular ("missiles", ``_singular``); an ``exclusive`` phrase lends its
words to no other topic ("treasury bill" is no bill in parliament); a word in a company's name is evidence of
business only ("Rollins Environmental Services Inc", ``_company_spans``; a firm's head noun, ``_FIRM_HEADS``, says
firm as a legal form does: "Orbital Satellite Ventures"), and a word in a person's or a place's name the enrichers
found is evidence of nothing ("Islam Makhachev", "State College": ``_name_spans``). A weak head-of-state title
capitalised before a name ("President Reagan", not "Acme President John Smith": ``_titled_head``) is evidence of
politics. A topic named in BROAD_TERMS different
terms passes the relative floor, and so does one
with a strong term in the headline or summary and STRONG_HEAD_TERMS different terms ("OIL EXPORTS ...
EARTHQUAKE": the disaster beside an oil story's many economy words), and after
the lead topic the places go to topics named in more different terms (labour in six words beats "app"
repeated). The provider's sections (``ext.keywords`` and its own address: "hot.detik.com/celeb/") are
evidence; a narrow one (``sections_alone``) is enough alone.

Sport also has a shape (``SHAPES``), the same in every language: three or more lines of results,
of a standings or leader table, or a list of win-loss records are each one piece of evidence (agate
pages have almost no words); one kind alone is not enough, two kinds or one kind and a sport word are. A team
sheet (both sides' players and a bench line, ``_lineups``) is two pieces.

Company news that names no topic word (an airline's load factor, a new route, a board change) is economy,
business and finance when one of its organisations is a company (a ticker or a legal form: entities ran first),
at COMPANY_CONFIDENCE only: a subscriber can tell this default from a scored topic. A listed company's news
(a ticker) gets it after its scored topics too (a drugmaker's patent suit is business as well); a legal
form alone does not (the ferry operator of an accident story). The legal forms are ``legal_forms``'s,
shared with entities.

Provider subjects (``normalise_source``, run first): what the source sent is kept when it is a named concept, but
a place (a country, world region, first-level region or major city by the gazetteer, a "location:" scheme), an
entity (a scheme of teams, conferences, people, events or organisations: SportsML's "team:l.mlb.com-t.19"
"Philadelphia Phillies", ``_ENTITY_SCHEMES``), a provider's service code, a catch-all ("News", "International":
``no_topic`` in the lexicon), a genre tag ("File photo", "Advisory": ``genres``) or a bare code never reaches the
article: a provider category code (AP/ANPA category
letter "s", "apcategorycode:f") becomes its Media Topic (``CATEGORY_TOPICS``: e, f, s) or is dropped; a desk,
department, section or product label (ANSA "products:…" "Politica - News", STT "sttdepartment:…" "Urheilu", another
letter named "Political News": ``_desk``) becomes the Media Topic of its beat (``desks``, then ``sections`` in the
lexicon) or is dropped ("Cronaca", "Kotimaa": desks of every topic), and is dropped as well beside the source's own
IPTC codes or a subject of its name (ANSA's arrest filed to "Politica"; STT's "Talous" twice); an IPTC
Subject Code whose name is only its number ("15039001") becomes its top-level Media Topic; any other subject whose
name is empty or is its own code ("sttdone1:1", "N2:CIV", "MCC:a") is dropped. IPTC Subject Codes and Media Topics
the source gives count as already known topics. A nameless Subject Code's top level is the provider's tag, not a
topic it named: when the text names some of the source's codes (MIN_SCORE, MIN_TERMS words of their own), the
others go (``_unsupported_codes``: Reuters' ten codes on Assad's new term), and a named one needs the relative floor
of the best named code, as a scored topic does, unless the headline names it (a flood story's business code, four
words in passing, goes); when it names none, all stay, but a code whose topic the text names in not one word while
it names a topic of its own (PA's lone economy code, 04015000, on a Brexit warning) or names one of the codes in its
headline (a cancelled flood story's "flooding": no politics, no leisure). The armed forces with a weapon in a crime
story that outscores their words are its actors, no war (``_defence``: a reservist's weapons charges).

Output: subjects appended after the source's own (which are kept), each
``{"name": <label in the article's language>, "uri": "http://cv.iptc.org/newscodes/mediatopic/<code>",
"rel": "about", "creator": "wirefeed", "confidence": 0..100}`` (ninjs 3.0 makes confidence an
integer percentage). A topic is emitted when its score reaches MIN_SCORE and is at least
RELATIVE_FLOOR of the best topic's, at most MAX_TOPICS of them (two tied for the last place: neither).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from importlib import resources as ilr
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

import ahocorasick

from streams.core.enrich import legal_forms
from streams.core.enrich.story import story_text
from streams.core.enrich.textscan import build_automaton, fold, padded_fold, scan, view
from streams.core.enrich.textscan import key as textscan_key
from streams.core.model import MEDIA_TYPES, Article

if TYPE_CHECKING:
    from streams.core.enrich.places import Gazetteer

MEDIATOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/{}"
CREATOR = "wirefeed"
MIN_SCORE = 3.0
MIN_TERMS = 2  # different non-weak terms a topic needs (a term in the headline counts once more)
LANGUAGES = frozenset({"en", "id", "ms"})  # the lexicon's languages
LOCAL = frozenset({"id", "ms"})  # where the lexicon's ``not_local`` English terms do not count
SUBJECTCODE_URI = "http://cv.iptc.org/newscodes/subjectcode/"
# Provider category codes that name one Media Topic whatever the agency (AP and AAP agree on these
# three letters; others differ: AP "t" is travel, AAP "t" racing): anything else is dropped.
CATEGORY_TOPICS = {"e": "01000000", "f": "04000000", "s": "15000000"}
RELATIVE_FLOOR = 0.35
ECONOMY = "04000000"
# A story the lexicon finds no topic in, whose organisations include a company (a stock ticker, a legal form:
# "KLM Royal Dutch Airlines <KLM.AS> said its load factor rose", "PT Jakarta Propertindo"), is company news:
# economy, business and finance, at this low confidence (0..1), so a subscriber can tell it from a scored topic
COMPANY_CONFIDENCE = 0.2
# a company's last word: the legal forms entities knows, and words that end only a company's name
LEGAL_FORMS = legal_forms.LEGAL_FORMS | legal_forms.COMPANY_ENDINGS
# a topic named in this many different terms is a topic of the story below RELATIVE_FLOOR too (labour
# in a jobs report whose economy words outnumber its labour words three to one)
BROAD_TERMS = 5
MAX_TOPICS = 3
SATURATION = 10.0  # a topic scoring this much is as sure as its share of the score allows
SPORT = "15000000"
GAMES = "10000000"  # lifestyle and leisure: games (a board game, a video game)
# Sport has a shape of its own (agate: results, standings, leader tables), in any language. Each kind
# that fills at least SHAPE_LINES lines is one piece of evidence worth SHAPE_WEIGHT; like a word, one
# kind alone is not enough (a second kind, a sport word or a headline mark must join it).
_NAME = r"[^\W\d_][\w.'&/-]*(?: [\w.'&/-]+){0,4}"
SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "N.Y. Yankees 6, Cleveland 5", "Tampa Bay 1, Detroit 0, 13 innings", "Arsenal 2 Chelsea 1", "Arsenal 2-1 Chelsea"
    (
        "\0scores",
        re.compile(
            rf"^{_NAME} \d{{1,3}},? {_NAME} \d{{1,3}}(?:, [\w .()]{{1,20}})?$|^{_NAME} \d{{1,2}}-\d{{1,2}} {_NAME}$",
            re.M,
        ),
    ),
    # standings and leaders: "Tampa Bay 73 52 .584 _", "McNeil NYM 72 271 37 95 .351", "Arsenal 10 7 2 1 20 8 23"
    ("\0table", re.compile(rf"^{_NAME}(?: \d{{1,3}}){{2,}} \.\d{{3}}\b|^{_NAME}(?: \d{{1,3}}){{6,}}$", re.M)),
    # pitchers' and fighters' records in a list: "Woodruff, Milwaukee, 10-2; Soroka, Atlanta, 9-1;"
    ("\0records", re.compile(r"(?:^|; )[^\W\d_][\w.'-]*, [^\W\d_][\w.' ]{0,30}, \d{1,2}-\d{1,2}[;.]", re.M)),
)
# Cheap gates so that prose, nearly every article, never meets the patterns above: score and table
# lines end in a digit (or an agate filler "_"), records come in ";"-separated lists.
_RECORD = re.compile(r"\d-\d{1,2}[;.]")
SHAPE_LINES = 3
# the head noun of a venue's or a place's name right after a capitalised term ("Citizens Bank Park", "University
# City", "Church Street", "Court Road"): the term names the venue or the neighbourhood, not the story's topic
_VENUE_INITIALS = frozenset("PAFCDBGSTRHV")  # their first letters: the regex runs only before one of them
_VENUE = re.compile(
    r" (?:Park|Arena|Stadium|Field|Center|Centre|Dome|Bowl|Garden|Gardens|Stadion|Theatre|Theater"
    r"|City|Street|Road|Avenue|Square|Boulevard|Heights|Village)\b"
)
SHAPE_WEIGHT = 3.0
SECTION_WEIGHT = 2.0  # a provider's section: one piece of evidence, as a strong term
# a narrow section ("seleb", "bola", "tekno": ``sections_alone`` in the lexicon) is enough alone: its
# weight reaches MIN_SCORE and it counts as two pieces of evidence
NARROW_WEIGHT = 1.0
# a source subject in one of these schemes names a place (a "service" scheme: a provider's product line)
_PLACE_SCHEMES = ("location", "place", "geo", "city", "country")
_SERVICE_SCHEME = re.compile(r"service", re.I)
# a source subject naming a place: a country, a world region, a first-level region, or a city that
# is a capital or of a million people (a minor town's name is as often a word: "Award", "Consumer")
_GEO_KINDS = frozenset({"country", "region", "admin1"})
_GEO_CITY = 1_000_000
_GEO_NAME_MAX = 80  # a longer "name" is no place's (and a hostile one would cost a gazetteer scan)


@dataclass(frozen=True, slots=True)
class SubjectLexicon:
    codes: tuple[str, ...]
    labels: tuple[dict[str, str], ...]
    automaton: ahocorasick.Automaton  # built by textscan.build_automaton: values are _Term
    uris: tuple[str, ...]  # MEDIATOPIC_URI of each code
    # de/es/fr/pt: an automaton of their own (German "war" is "was": languages never share terms)
    others: dict[str, ahocorasick.Automaton] = field(default_factory=dict)
    # a provider's section or feed category ("otomotif", "Politik") -> its Media Topic code
    sections: dict[str, str] = field(default_factory=dict)
    # the sections that alone name the story's topic ("seleb", "bola"), not a site's broad channel
    narrow: frozenset[str] = frozenset()
    # source subject names that name no topic ("News", "International") or a world region
    no_topic: frozenset[str] = frozenset()
    # the armed forces' words ("troops", "TNI") and the fighting words ("attack", "serangan") of the
    # lexicon's ``defence`` and ``combat`` (see ``_defence``)
    defence: frozenset[str] = frozenset()
    combat: frozenset[str] = frozenset()
    # English terms that are a loanword of another sense in id/ms copy ("war tiket": a rush for tickets)
    not_local: frozenset[str] = frozenset()
    # everyday device and app words ("app", "ponsel", "online"): evidence of their topic only in the headline,
    # summary or first paragraph, where they name the story's topic (``LEAD_CHARS``), not in a later line
    # (a sermon streamed online, a thief's stolen phone)
    lead_only: frozenset[str] = frozenset()
    # phrases whose words count for the phrase's topic only, in any case ("treasury bill": no bill in parliament)
    exclusive: frozenset[str] = frozenset()
    # an opinion poll's words ("poll", "approval rating", "elektabilitas") and the percentages it is told in
    # ("pct", "persen"): in a story with a poll word, a percentage is the poll's figure, no economy word
    polls: frozenset[str] = frozenset()
    poll_figures: frozenset[str] = frozenset()
    # the words that name a work of fiction or a game, per lexicon language ("main": en/id/ms), one automaton each
    # whose values are the topic's index, or -1 for the generic game words ("game", "Spiel"), which name a work only
    # in a story that is no sport story (``_works``)
    works: dict[str, ahocorasick.Automaton] = field(default_factory=dict)
    # a figure's words ("juta", "miliar", "million"): no topic named in one line alone (``_teaser_topics``)
    figures: frozenset[str] = frozenset()
    # insolvency's words ("bankruptcy", "receivership", "pailit") and the courts' ("court", "hakim"): in a story with
    # an insolvency word, the court is the bankruptcy court that rules on a business's fate, no crime or justice story
    insolvency: frozenset[str] = frozenset()
    courts: frozenset[str] = frozenset()
    # the words of an occasion ("HUT RI", "upacara", "17 Agustus", "Paskibraka"): a ceremony's or a national day's
    # topic (human interest) only when the story has no other (a discount "to mark HUT RI" is business news)
    occasions: frozenset[str] = frozenset()
    # office titles and the government as an actor ("minister", "pemerintah", "Gubernur"): who acts, not what about;
    # a topic named only in them is no topic of a story that has another (``_offices``)
    offices: frozenset[str] = frozenset()
    # the offices of a head of state or government ("president", "perdana menteri"): alone, still politics
    heads: frozenset[str] = frozenset()
    # a language code -> the lexicon language that stands for it (Norwegian "no"/"nn" -> Bokmål "nb")
    aliases: dict[str, str] = field(default_factory=dict)
    # a provider's desk, department or product label in any language ("Politica", "Urheilu") -> its Media Topic
    # code (``_desk_topic``); a label not here nor in ``sections`` names no topic
    desks: dict[str, str] = field(default_factory=dict)
    # a provider's own subject label with no IPTC code ("Hardware", "Restaurant/Bar") -> the Media Topic published
    # beside it (``_label_topic``), then ``desks`` and ``sections``
    labels_map: dict[str, str] = field(default_factory=dict)
    # (name, language) -> is it a place (``_is_geography``): providers repeat their tag lists
    geo_memo: dict[tuple[str, str], bool] = field(default_factory=dict, repr=False, compare=False)
    # every key of the automata that ``_names`` may take for a name (a neutral phrase, an ``exclusive`` one, or
    # several words): a story with none of them skips its per-hit test (~4 % of hits are such keys)
    name_keys: frozenset[str] = field(init=False, repr=False, compare=False)
    # the topics a work's plot is told in (crime, war, disaster: ``_works``), as indexes in ``codes``
    plots: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = {
            term.key
            for automaton in (self.automaton, *self.others.values())
            for _, term in automaton.values()
            if (not term.plain and not term.exact) or term.key in self.exclusive or " " in term.key
        }
        object.__setattr__(self, "name_keys", frozenset(keys))
        plots = tuple(self.codes.index(code) for code in (CRIME, CONFLICT, DISASTER) if code in self.codes)
        object.__setattr__(self, "plots", plots)


class _Term(NamedTuple):
    """What one automaton key adds to the scores: split at load time into the entries that always
    count and the all-capital ones that count only when the text has that exact case."""

    plain: tuple[tuple[int, float], ...]  # (topic index, weight)
    exact: tuple[tuple[int, float, str], ...]  # (topic index, weight, exact text)
    weak: frozenset[int] = frozenset()  # topics for which this term is no evidence
    key: str = ""  # the lower-case term: what counts as one term of evidence (no slice per match)
    topics: frozenset[int] = frozenset()  # the topics it counts for (plain or exact-case)
    evidence: frozenset[int] = frozenset()  # those it is evidence of (``topics`` less ``weak``: ``_covered``)


def load() -> SubjectLexicon:
    """Read the lexicon and compile its automata (~ms: no cache needed)."""
    data = json.loads(ilr.files("streams").joinpath("data/subject_lexicon.json").read_text(encoding="utf-8"))
    codes = tuple(sorted(data["topics"]))
    automaton = _automaton(codes, data["topics"], tuple(data.get("neutral", ())), plurals=True)
    others = {lang: _automaton(codes, topics) for lang, topics in data.get("languages", {}).items()}
    aliases = {alias: lang for alias, lang in data.get("language_aliases", {}).items() if lang in others}
    labels = tuple(data["topics"][c]["labels"] for c in codes)
    sections = {name.lower(): code for name, code in data.get("sections", {}).items() if code in codes}
    narrow = frozenset(name.lower() for name in data.get("sections_alone", ()) if name.lower() in sections)
    # catch-alls and genres ("File photo", "Advisory"): a provider's name for the kind of item, no topic
    no_topic = frozenset(name.casefold() for name in (*data.get("no_topic", ()), *data.get("genres", ())))
    uris = tuple(MEDIATOPIC_URI.format(c) for c in codes)
    defence = frozenset(term.lower() for term in data.get("defence", ()))
    combat = frozenset(term.lower() for term in data.get("combat", ()))
    not_local = frozenset(term.lower() for term in data.get("not_local", ()))
    lead_only = frozenset(term.lower() for term in data.get("lead_only", ()))
    exclusive = frozenset(term.lower() for term in data.get("exclusive", ()))
    polls = frozenset(term.lower() for term in data.get("polls", ()))
    poll_figures = frozenset(term.lower() for term in data.get("poll_figures", ()))
    figures = frozenset(term.lower() for term in data.get("figures", ()))
    works: dict[str, list[tuple[str, int]]] = {}
    for code, languages in data.get("works", {}).items():
        for lang, words in languages.items():
            works.setdefault(lang, []).extend((word, codes.index(code)) for word in words)
    for forms in works.values():
        forms[:0] = [(word, -1) for word in data.get("works_generic", ())]  # (a kind's own word wins over generic)
    insolvency = frozenset(term.lower() for term in data.get("insolvency", ()))
    courts = frozenset(term.lower() for term in data.get("courts", ()))
    occasions = frozenset(term.lower() for term in data.get("occasions", ()))
    offices = frozenset(term.lower() for term in data.get("offices", ()))
    return SubjectLexicon(
        codes,
        labels,
        automaton,
        uris,
        others,
        sections,
        narrow,
        no_topic,
        defence,
        combat,
        not_local,
        lead_only=lead_only,
        exclusive=exclusive,
        polls=polls,
        poll_figures=poll_figures,
        figures=figures,
        works={lang: build_automaton(forms) for lang, forms in works.items()},
        insolvency=insolvency,
        courts=courts,
        occasions=occasions,
        offices=offices,
        heads=frozenset(term.lower() for term in data.get("heads", ())),
        aliases=aliases,
        desks={name.casefold(): code for name, code in data.get("desks", {}).items() if code in codes},
        labels_map={name.casefold(): code for name, code in data.get("labels", {}).items() if code in codes},
    )


def _automaton(
    codes: tuple[str, ...],
    topics: dict[str, dict[str, Any]],
    neutral: tuple[str, ...] = (),
    plurals: bool = False,
) -> ahocorasick.Automaton:
    """One automaton over the terms of ``topics`` (code -> strong/terms/weak lists; codes may be missing)
    and the ``neutral`` names (no topic: a word inside one counts for none, see ``_inside_name``); with
    ``plurals``, each one-word strong term's English plural too (``_plural``), as the same term of evidence."""
    entries: dict[str, list[tuple[int, float, str | None]]] = {term.lower(): [] for term in neutral}
    weak: dict[str, set[int]] = {}
    for index, code in enumerate(codes):
        topic = topics.get(code, {})
        for weight, terms in (
            (1.0, topic.get("terms", ())),
            (2.0, topic.get("strong", ())),
            (1.0, topic.get("weak", ())),
        ):
            for term in terms:
                exact = term if len(term) > 1 and term.isupper() else None
                entries.setdefault(term.lower(), []).append((index, weight, exact))
        for term in topic.get("weak", ()):
            weak.setdefault(term.lower(), set()).add(index)
    keys = {term: term for term in entries}
    for term in entries:
        # a listed plural ("missiles" beside "missile") is the same term of evidence as its singular
        base = _singular(term)
        if base and base in entries:
            keys[term] = base
    if plurals:
        for term, values in list(entries.items()):
            # strong terms only: a plain term's plural is often another word ("bills" are T-bills, "foods" a
            # company's name), a strong term's is the same thing ("earthquakes", "ceasefires", "churches")
            strong = values and all(exact is None for _, _, exact in values) and any(w > 1.0 for _, w, _ in values)
            plural = _plural(term) if strong else None
            if plural and plural not in entries:
                entries[plural] = values
                keys[plural] = term
    return build_automaton(
        (
            form,
            _Term(
                tuple((index, weight) for index, weight, exact in values if exact is None),
                tuple((index, weight, exact) for index, weight, exact in values if exact is not None),
                frozenset(weak.get(keys[form], ())),
                keys[form],
                frozenset(index for index, _, _ in values),
                frozenset(index for index, _, _ in values) - frozenset(weak.get(keys[form], ())),
            ),
        )
        for form, values in entries.items()
    )


_VOWELS = frozenset("aeiou")


def _plural(term: str) -> str | None:
    """The English plural of a one-word lower-case term ("earthquake" -> "earthquakes", "casualty" ->
    "casualties", "crash" -> "crashes"), or None (a phrase, a short word, one ending in s/x/z, a non-ASCII
    word). The lexicon lists base forms; wire copy writes "earthquakes", "aftershocks", "strikes". An
    Indonesian or Malay term gets a form that their copy never writes (no plural -s), so it costs nothing."""
    if len(term) < 4 or not term.isascii() or not term.isalpha() or not term.islower() or term[-1] in "sxz":
        return None
    if term.endswith(("ch", "sh")):
        return term + "es"
    if term[-1] == "y" and term[-2] not in _VOWELS:
        return term[:-1] + "ies"
    return term + "s"


def _singular(term: str) -> str | None:
    """The singular whose English plural (``_plural``) ``term`` is, guessed from its ending ("missiles" ->
    "missile", "casualties" -> "casualty", "crashes" -> "crash"); None for a word that ends in no plural -s.
    Only a singular the lexicon lists counts (``_automaton`` checks), so a wrong guess costs nothing."""
    if len(term) < 5 or term[-1] != "s" or not term.isascii() or not term.isalpha() or term.endswith("ss"):
        return None
    if term.endswith("ies"):
        return term[:-3] + "y"
    if term.endswith(("ches", "shes")):
        return term[:-2]
    return term[:-1]


def score(text: str, lexicon: SubjectLexicon, head_end: int = 0) -> list[float]:
    """Score per topic (index as in ``lexicon.codes``); matches before ``head_end`` count twice.

    Every score is a sum of 1s, 2s and 4s: exact in any order.
    """
    return _score(text, lexicon, head_end)[0]


def _score(
    text: str,
    lexicon: SubjectLexicon,
    head_end: int = 0,
    language: str = "en",
    masked: list[tuple[int, int]] | None = None,
    named: list[tuple[int, int]] | None = None,
    skip: frozenset[str] = frozenset(),
    amounts: bool = False,
) -> tuple[list[float], list[set[str]]]:
    """Scores (see ``score``) and, per topic, the different non-weak terms that matched (plus a mark
    when one of them is in the headline or summary: "GRAIN SHIPS LOADING" + "grain" is two). en/id/ms
    share the main automaton, de/es/fr/pt have their own; any other language has only sport's shape.
    ``masked``: spans of company names (``_company_spans``): a word there counts for business only; ``named``: spans
    of people's and places' names (``_name_spans``): a word there counts for nothing; ``skip``: terms
    that count for nothing (an occasion's words, see ``_occasion_topics``); ``amounts``: a figure's word in an amount
    ("200 miliar Rupiah") counts for nothing (``_in_amount``: a teaser's sums)."""
    scores = [0.0] * len(lexicon.codes)
    terms: list[set[str]] = [set() for _ in lexicon.codes]
    automaton = lexicon.automaton if language in LANGUAGES else lexicon.others.get(language)
    # textscan.scan, inlined: no generator frame per match (~13 matches per story)
    hits = list(automaton.iter(padded_fold(text))) if automaton is not None and text and len(automaton) else []
    covered = _covered(hits) if len(hits) > 1 else {}
    economy = lexicon.codes.index(ECONOMY) if masked and ECONOMY in lexicon.codes else -1
    reach = _reach(masked) if masked else ([], [])
    named_reach = _reach(named) if named else None
    keys = [term.key for _, (_, term) in hits]  # (one list for the two set tests below, in C)
    names = [] if lexicon.name_keys.isdisjoint(keys) else _names(text, hits, lexicon.exclusive)
    local = language in LOCAL and lexicon.not_local
    # an opinion poll's percentages are its figures, no economy words ("approval rating fell to 42 pct")
    poll = not lexicon.polls.isdisjoint(keys)
    lead_end = -1  # found on the first device or app word (most stories have none)
    device = False  # a device or app word counted (``_device_words`` runs only then)
    for n, (last, (length, term)) in enumerate(hits):
        # "hujan" inside "hujan deras": its score counts, but the longer term is the piece of evidence
        outer = covered.get(n, _NO_TOPICS) if covered else _NO_TOPICS
        start, end = last - length + 1, last - 1  # the padded key spans [start, last] (text offset + 1)
        factor = 2.0 if start < head_end else 1.0
        if text[start] < "a" and text[end + 1 : end + 2] in _VENUE_INITIALS and _VENUE.match(text, end):
            continue  # "Citizens Bank Park", "Capital One Arena": a venue's name, not its word's topic
        # in a company's name a word is evidence of business only: "Rollins Environmental Services Inc" is no
        # environment story
        company = bool(masked) and _within(reach, start, end)
        if named_reach is not None and _within(named_reach, start, end):
            continue  # "Soviet Union", "Bill Bradley": a word of a person's or a place's name
        if names and _inside_name(names, start, end, term):
            continue  # "Piala Presiden" is a cup, not a president: the word counts for the name's topic only
        low = term.key
        if local and low in lexicon.not_local:
            continue  # "war tiket" in Indonesian copy is no war
        if poll and low in lexicon.poll_figures:
            continue  # "42 pct" in a poll story is the poll's figure
        if skip and low in skip:
            continue
        if amounts and low in lexicon.figures and _in_amount(text, start, lexicon.figures):
            continue
        if low in lexicon.lead_only:
            if lead_end < 0:
                lead_end = _lead_end(text, head_end)
            if start >= lead_end:
                continue  # "the sermon was streamed to phones" in a later paragraph: no technology story
            device = True
        for index, weight in term.plain:
            if company and index != economy:
                continue
            scores[index] += weight * factor
            if index in outer:
                continue
            if index in term.weak and not (low in lexicon.heads and _titled_head(text, start, end)):
                if low in lexicon.combat:
                    terms[index].add(_COMBAT)
            else:
                terms[index].add(low)
                if start < head_end:
                    terms[index].add("\0head")  # a term in the headline is evidence too
                    if weight > 1.0:
                        terms[index].add(_STRONG_HEAD)
        if term.exact:
            surface = text[start:end]
            for index, weight, exact in term.exact:
                if surface == exact and not (company and index != economy):
                    scores[index] += weight * factor
                    if index not in term.weak and index not in outer:
                        terms[index].add(low)
                        if start < head_end:
                            terms[index].add("\0head")
    _shape(text, lexicon, scores, terms)
    _casualties(text, head_end, lexicon, scores, terms)
    if not lexicon.insolvency.isdisjoint(keys):  # (one set test: most stories name no insolvency)
        _insolvency_court(lexicon, scores, terms)
    _defence(lexicon, scores, terms)
    # (only where a crime, war or disaster topic would stand: most stories have none)
    if lexicon.works and any(scores[i] >= MIN_SCORE and _evidence(terms[i]) >= MIN_TERMS for i in lexicon.plots):
        _works(text, head_end, language, lexicon, scores, terms)
    if not lexicon.offices.isdisjoint(keys):  # (one set test: most stories name no office)
        _offices(lexicon, scores, terms)
    if device:
        _device_words(lexicon, scores, terms)
    return scores, terms


# a head of state's or government's title before a name: "President Reagan", "President Joko Widodo" (not "Acme
# President John Smith", a firm's, nor "the company's president")
_TITLED_NAME = re.compile(r" [A-Z][a-z'-]+\b")


def _titled_head(text: str, start: int, end: int) -> bool:
    """Is this head-of-state title (a weak word: a firm has a president too) capitalised before a person's name
    and after no capitalised word: "President Reagan said" names the head of state, evidence of politics."""
    if not text[start:end][:1].isupper() or not _TITLED_NAME.match(text, end):
        return False
    before = text[max(0, start - 40) : start].rstrip()
    last = before.rsplit(None, 1)[-1] if before else ""
    return not last[:1].isupper() or last.endswith((".", ":", '"'))


def _in_amount(text: str, start: int, figures: frozenset[str]) -> bool:
    """Is the figure's word at ``start`` part of an amount: after a number or another figure's word ("200 miliar
    Rupiah", "Rp1,5 triliun", "3 million")? The amount is the story's sum, no evidence of business: a football club's
    transfer fee is no business story ("Rupiah menguat": the currency as the subject still counts)."""
    before = text[max(0, start - 24) : start].rstrip()
    if before[-1:].isdigit():
        return True
    words = before.rsplit(None, 1)
    return bool(words) and words[-1].casefold() in figures


def _insolvency_court(lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]) -> None:
    """In a story with an insolvency word (``insolvency``: "bankruptcy", "receivership", "pailit"), justice named only
    in the courts' words (``courts``) is the bankruptcy court that rules on a business's fate, no crime or justice
    story ("Sweden court accepts receivership for Saab carmaker"); a word of crime itself (bribes, convicted,
    fraud) keeps it: a failed bank's chairman in the dock is a justice story."""
    if CRIME not in lexicon.codes:
        return
    crime = lexicon.codes.index(CRIME)
    found = {term for term in terms[crime] if not term.startswith("\0")}
    if found and found <= lexicon.courts:
        scores[crime] = 0.0
        terms[crime].clear()


def _covered(hits: list[tuple[int, tuple[int, _Term]]]) -> dict[int, frozenset[int]]:
    """The hits that lie inside a longer hit, each with the topics of that longer term: a term matched within
    a longer term of the same topic ("hujan" in "hujan deras", "kesehatan" in "kesehatan mental") is part of
    that term, one piece of evidence, not two (``_score``); a term of another topic inside it ("hutan" in
    "kebakaran hutan") still counts for its own."""
    # by start, the longest first (one integer key: no tuple per hit); a hit is inside the last longest one when
    # that one ends at or after it
    keys = [(last - length) * _KEY_SPAN - length for last, (length, _) in hits]
    covered: dict[int, frozenset[int]] = {}
    reach, outer = -1, frozenset[int]()
    for n in sorted(range(len(hits)), key=keys.__getitem__):
        last, (_, term) = hits[n]
        if last <= reach:
            covered[n] = outer
        else:
            reach, outer = last, term.evidence  # a weak outer term is no evidence to stand in
    return covered


_KEY_SPAN = 1 << 20  # longer than any lexicon key: (start, -length) ordered as one integer


def _device_words(lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]) -> None:
    """A topic named only in everyday device and app words (``lead_only``: "HP", "aplikasi") is the story's
    topic only when it leads outright: "playing with your phone (HP) during the Friday sermon" is a religious
    ruling, a phone launch is technology. Its score and evidence are dropped otherwise."""
    for index, found in enumerate(terms):
        if not found or not scores[index]:
            continue
        words = [t for t in found if not t.startswith("\0")]
        if not words or not all(word in lexicon.lead_only for word in words):
            continue
        score = scores[index]
        if any(other >= score for i, other in enumerate(scores) if i != index):
            scores[index] = 0.0
            found.clear()


# the lead: the headline and summary (``head_end``), then the body's first paragraph, at most this long
LEAD_CHARS = 600


def _lead_end(text: str, head_end: int) -> int:
    """Where the lead ends: the end of the first paragraph after the headline and summary, at most
    LEAD_CHARS after them (agency copy often has no blank lines)."""
    cap = head_end + LEAD_CHARS
    start = head_end
    while start < len(text) and text[start] in "\n ":
        start += 1
    end = text.find("\n\n", start, cap)
    return cap if end < 0 else end


_NO_TOPICS = frozenset[int]()
_COMBAT = "\0combat"  # a fighting word matched (weak: no evidence of its own, see ``_defence``)
CONFLICT = "16000000"
CRIME = "02000000"
POLITICS = "11000000"
DISASTER = "03000000"


def _defence(lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]) -> None:
    """A conflict named only in the armed forces' words, with no fighting word (troops' pay, an army
    contract, a navy drill, an air show), is defence, which IPTC Media Topics file under politics: its
    score and evidence go there when they would have made a topic, else they are dropped (a defence
    contractor's results are no politics; nor is a military jet's crash, a disaster story). One word family
    is no evidence of war; "troops" with "attack" is."""
    if not lexicon.defence or CONFLICT not in lexicon.codes:
        return
    conflict = lexicon.codes.index(CONFLICT)
    found = terms[conflict]
    if not found:
        return
    words = [t for t in found if not t.startswith("\0")]
    if not words or not all(word in lexicon.defence for word in words):
        return
    if _COMBAT in found:
        # the armed forces with a weapon in a crime story that outscores them are its actors (a reservist's rifle,
        # his weapons charges, "member of the military"): no war, whose own words ("war", "fighting") would show
        crime = lexicon.codes.index(CRIME) if CRIME in lexicon.codes else -1
        if crime < 0 or scores[crime] <= scores[conflict] or _evidence(terms[crime]) < MIN_TERMS:
            return
        scores[conflict] = 0.0
        found.clear()
        return
    disaster = lexicon.codes.index(DISASTER) if DISASTER in lexicon.codes else -1
    # the armed forces in an accident or a disaster (a military jet's crash into homes, an army's flood relief)
    # are its actors, not a defence story: their words go nowhere
    # (two words of its own: "landasan darurat", an emergency runway, is no accident)
    accident = disaster >= 0 and sum(not t.startswith("\0") for t in terms[disaster]) >= MIN_TERMS
    if scores[conflict] >= MIN_SCORE and _evidence(found) >= MIN_TERMS and not accident:
        politics = lexicon.codes.index(POLITICS)
        scores[politics] += scores[conflict]
        terms[politics] |= found
    scores[conflict] = 0.0
    found.clear()


# how often a story names a work (a film, a novel, a game; the headline's count twice) before it can be about one
WORK_MENTIONS = 3


def _works(
    text: str, head_end: int, language: str, lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]
) -> None:
    """A story about a work of fiction or a game (a review, a series' plot, a new film) names its plot in the words
    of crime, war or disaster ("Mord", "Täter" in the review of a murder-mystery board game; "jaksa" in a drama's
    synopsis): those are the work's, not the story's topic. When the story names the work (``works``) at least
    WORK_MENTIONS times and at least as often as a plot topic scores, that topic's score and evidence are dropped.
    A real crime on a film set ("killed during a film shoot") has more crime words than film words and stays.
    The generic game words ("game", "Spiel") count only in a story that is no sport story (a match is a game)."""
    automaton = lexicon.works.get("main" if language in LANGUAGES else language)
    if automaton is None:
        return
    sport = lexicon.codes.index(SPORT)
    games = -1 if scores[sport] >= MIN_SCORE and _evidence(terms[sport]) >= MIN_TERMS else lexicon.codes.index(GAMES)
    found = {start: games if index < 0 else index for start, _, index in scan(automaton, text)}
    found = {start: index for start, index in found.items() if index >= 0}
    mentions = [0] * len(scores)
    for start, index in found.items():
        mentions[index] += 2 if start < head_end else 1
    total = sum(mentions)
    if total < WORK_MENTIONS:
        return
    dropped = False
    for index in lexicon.plots:
        if scores[index] and total >= scores[index]:
            scores[index] = 0.0
            terms[index].clear()
            dropped = True
    if dropped:
        # the story is about the work: its kind's topic (arts for a film or a novel, leisure for a game) is named
        work = max(range(len(mentions)), key=mentions.__getitem__)
        scores[work] += total
        terms[work] |= {"\0work", "\0works"}


def _offices(lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]) -> None:
    """A topic named only in office titles and the government as an actor (``offices``: "Menteri Keuangan said",
    "Pemerintah memastikan", "Wali Kota Kendari") is dropped when another topic is named in words of its own and
    would stand beside it (its score at least RELATIVE_FLOOR of the office's): the office says who acts, the other
    topic what the story is about (a minister quoted on fuel prices or on a toll road to the economic centres, a
    regency hosting a cup, a city's forest-fire alert are no politics stories, however often the title recurs). A
    politics named in one office word only ("Menteri PU" on road tests, "Pemerintah" on a gas canister) is dropped
    too: one title is the speaker, not the subject, unless it is a head of state's or government's (``heads``:
    "Presiden Iran", "PM Takaichi" act in politics). Alone in two different office words or more, or far ahead of
    every other topic, the office stays the topic (a minister's agenda, a government statement, "Keluarga
    Netanyahu tuntut sumpah setia staf kantor PM"); a word of politics itself (a party, a bill, a summit,
    sanctions, the White House) is evidence."""
    offices = lexicon.offices
    politics = lexicon.codes.index(POLITICS) if POLITICS in lexicon.codes else -1
    only = [
        index
        for index, found in enumerate(terms)
        if found and not offices.isdisjoint(found) and all(t in offices or t[0] == "\0" for t in found)
    ]
    if not only:
        return
    # the best score of a topic named in words of its own (as ``_topics`` would take it: MIN_SCORE, MIN_TERMS)
    other = max(
        (
            scores[index]
            for index, found in enumerate(terms)
            if index not in only and scores[index] >= MIN_SCORE and _evidence(found) >= MIN_TERMS
        ),
        default=0.0,
    )
    for index in only:
        # one office title, however often and wherever it stands, names the speaker only ("Menteri PU" on a toll
        # road, "Pemerintah" on a gas canister): the headline's mark is no second word here
        # (a head of state or government acts in politics: "Presiden Iran bertemu ...", a prime minister on Hormuz)
        words = {t for t in terms[index] if t[0] != "\0"}
        # (politics only: a student's or a university's word alone, ``offices`` of education, stays its own matter)
        alone = index == politics and len(words) < MIN_TERMS and lexicon.heads.isdisjoint(words)
        if alone or (other and other >= RELATIVE_FLOOR * scores[index]):
            scores[index] = 0.0
            terms[index].clear()


def _names(
    text: str, hits: list[tuple[int, tuple[int, _Term]]], exclusive: frozenset[str] = frozenset()
) -> list[tuple[int, int, frozenset[int]]]:
    """The hits that are a capitalised name of several words ("Piala Presiden", "Harimau Malaya",
    "Sidang Tahunan MPR"), a ``neutral`` phrase in any case ("struck a deal") or an ``exclusive`` one
    ("treasury bill"): ``(start, end, topics)``; empty for most stories (one test per hit)."""
    names: list[tuple[int, int, frozenset[int]]] = []
    for last, (length, term) in hits:
        if not term.plain and not term.exact:  # a lower-case neutral phrase: "strike a deal" is no labour strike
            names.append((last - length + 1, last - 1, frozenset()))
        elif exclusive and term.key in exclusive:  # "treasury bill", "government bonds": finance, no parliament
            names.append((last - length + 1, last - 1, term.topics))
        elif " " in term.key and text[last - length + 1] < "a":
            start, end = last - length + 1, last - 1
            if all(word[:1].isupper() for word in text[start:end].split()):
                topics = frozenset(i for i, _ in term.plain) | frozenset(i for i, _, _ in term.exact)
                names.append((start, end, topics))
    return names


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The spans' starts in order and, for each, the furthest end of the spans up to it: which span holds
    a hit is then one bisection (a test of every span per hit was hits x companies on a long story)."""
    ordered = sorted(spans)
    ends: list[int] = []
    for _, end in ordered:
        ends.append(max(end, ends[-1]) if ends else end)
    return [start for start, _ in ordered], ends


def _within(reach: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Does a span of ``_reach`` hold ``[start, end]`` (its start at or before ``start``, its end at or after
    ``end``)?"""
    k = bisect_right(reach[0], start)
    return bool(k) and reach[1][k - 1] >= end


def _inside_name(names: list[tuple[int, int, frozenset[int]]], start: int, end: int, term: _Term) -> bool:
    """Is this hit a word inside a longer capitalised name of another topic (see ``_names``)?"""
    if len(names) > 32:  # a long story: only the names that can hold the hit (each hit against every name was
        names = _names_around(names, start, end)  # hits x names)
    for name_start, name_end, topics in names:
        if name_start <= start and end <= name_end and (name_start, name_end) != (start, end):
            own = {i for i, _ in term.plain} | {i for i, _, _ in term.exact}
            if not own & topics:
                return True
    return False


_around: list[tuple[list[tuple[int, int, frozenset[int]]], list[tuple[int, int, frozenset[int]]], list[int], int]] = []


def _names_around(
    names: list[tuple[int, int, frozenset[int]]], start: int, end: int
) -> list[tuple[int, int, frozenset[int]]]:
    """The names that may hold ``[start, end)``: those ending in ``[end, start + longest name]``, by bisection
    over the names sorted by end (kept for the last ``names`` list asked; the entry holds it, so its identity
    is not reused)."""
    if not _around or _around[0][0] is not names:
        ordered = sorted(names, key=lambda n: n[1])
        _around[:] = [(names, ordered, [n[1] for n in ordered], max(n[1] - n[0] for n in names))]
    _, ordered, ends, longest = _around[0]
    return ordered[bisect_left(ends, end) : bisect_right(ends, start + longest)]


# a team sheet: the bench's line ("Replacements: Munoz, Reyes, ...") and two sides named with a line of players each
# ("Mexico: Talavera, M. Herrera, I. Jimenez, ..."): a match's line-ups, which name no sport word at all
_BENCH_HEADS = ("Replacements:", "Substitutes:", "Subs:", "Reserves:", "Cadangan:")
_BENCH = re.compile(r"^(?:Replacements|Substitutes|Subs|Reserves|Cadangan): ", re.M)
_SIDE = re.compile(rf"^{_NAME}: (?:[^,:\n]{{2,30}}, ){{9,}}[^,:\n]{{2,30}}\.?$", re.M)
SIDES = 2
# a team sheet alone is short (two XIs and their benches); a longer match report names its sport in words
SHEET_CHARS = 2000


def _lineups(text: str) -> bool:
    """Is the text a match's team sheet (``_BENCH``, ``_SIDE``: both sides' players and a bench)? Cheap exit for
    any longer text (``SHEET_CHARS``) or one without a bench's heading."""
    if len(text) > SHEET_CHARS or not any(head in text for head in _BENCH_HEADS) or not _BENCH.search(text):
        return False
    return any(sides >= SIDES for sides, _ in enumerate(_SIDE.finditer(text), 1))


def _shape(text: str, lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]) -> None:
    """Add sport's shape evidence (see SHAPES, ``_lineups``) to ``scores`` and ``terms``; cheap exit for prose."""
    if _lineups(text):
        # the sides' players and the bench: two pieces of evidence, as a results table's lines are
        index = lexicon.codes.index(SPORT)
        scores[index] += 2 * SHAPE_WEIGHT
        terms[index].update(("\0sides", "\0bench"))
        return
    lines = sum(line.rstrip(" \t_{")[-1:].isdigit() for line in view(text).lines) >= SHAPE_LINES
    records = text.count(";") >= SHAPE_LINES - 1 and len(_RECORD.findall(text)) >= SHAPE_LINES
    if not (lines or records):
        return
    index = lexicon.codes.index(SPORT)
    for mark, pattern in SHAPES:
        if not (records if mark == "\0records" else lines):
            continue
        for hits, _ in enumerate(pattern.finditer(text), 1):
            if hits >= SHAPE_LINES:
                scores[index] += SHAPE_WEIGHT
                terms[index].add(mark)
                break


# a death toll: a killing verb and a count of victims ("tewaskan 8 penonton", "killing two spectators") or the victims
# and their death ("3 orang tewas", "five fans died"); a score ("menewaskan Thailand 2-1", Malay for a win) is none
_COUNT = (
    r"(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan"
    r"|two|three|four|five|six|seven|eight|nine|ten|dozens of|scores of|hundreds of)"
)
_VICTIMS = (
    r"(?:orang|penonton|suporter|warga|pembalap|pendaki|jemaah|anak|people|spectators|fans|supporters|persons"
    r"|riders|drivers|climbers|children)"
)
_TOLL = re.compile(
    rf"\b(?:tewaskan|menewaskan|merenggut nyawa|renggut nyawa|killed|killing|kills)"
    rf"\s+(?:sedikitnya\s+|setidaknya\s+|at least\s+)?{_COUNT}\s+{_VICTIMS}\b"
    rf"|\b{_COUNT}\s+{_VICTIMS}\s+(?:tewas|meninggal dunia|were killed|killed|died|dead)\b",
    re.I,
)
# every toll holds one of these (a plain substring test: the case-blind regex costs ~0.1 µs a character)
_DEATH_STEMS = ("ewas", "EWAS", "kill", "Kill", "KILL", "died", "DIED", "dead", "DEAD", "nyawa", "NYAWA", "eninggal")
TOLL_WEIGHT = 2.0  # a death toll: one piece of evidence of an accident, as a strong term (twice in the headline)


def _casualties(text: str, head_end: int, lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]) -> None:
    """A sport-led story that gives a death toll ("Drag Race Maut Kotamobagu Tewaskan 8 Penonton") is a fatal
    accident at a sport event: the deaths are the story, the race is where they happened. The toll is evidence of the
    disaster and accident topic (``_TOLL``: one piece, and the headline mark when it is there), and the sport, whose
    words tell the setting, scores no more than the accident (a tie goes to the accident: ties rank in code order),
    so that the accident leads and a police inquiry beside it is not under the relative floor. Only when sport leads:
    elsewhere a toll is a war's, a crime's or a disaster's, whose own words name them; and a toll needs victims
    counted (Malay "menewaskan Thailand 2-1" is a win, "tewas 0-3" a defeat)."""
    if SPORT not in lexicon.codes or DISASTER not in lexicon.codes:
        return
    sport, disaster = lexicon.codes.index(SPORT), lexicon.codes.index(DISASTER)
    if not scores[sport] or scores[sport] < max(scores) or not any(stem in text for stem in _DEATH_STEMS):
        return
    tolls = [match.start() for match in _TOLL.finditer(text)]
    if not tolls:
        return
    scores[disaster] += sum(TOLL_WEIGHT * (2.0 if start < head_end else 1.0) for start in tolls)
    terms[disaster].add("\0toll")
    if tolls[0] < head_end:
        terms[disaster].add(_HEAD)
    if scores[disaster] >= MIN_SCORE and _evidence(terms[disaster]) >= MIN_TERMS:
        scores[sport] = min(scores[sport], scores[disaster])


def classify(text: str, lexicon: SubjectLexicon, head_end: int = 0) -> list[tuple[str, float]]:
    """``[(code, confidence 0..1)]``, best first."""
    return [(lexicon.codes[i], confidence) for i, confidence in _topics(*_score(text, lexicon, head_end))]


# a strong term of the topic in the headline or summary ("EARTHQUAKE" over an oil-exports story): no
# evidence of its own (``_evidence`` leaves it out), but with STRONG_HEAD_TERMS different terms the topic
# passes the relative floor, which a story rich in the lead topic's words would otherwise keep it under
_STRONG_HEAD = "\0strong head"
_HEAD = "\0head"  # a term of the topic in the headline or summary
STRONG_HEAD_TERMS = 3


def _evidence(found: set[str]) -> int:
    """The different pieces of evidence of a topic (terms, the headline mark, shapes, sections)."""
    return len(found) - (_STRONG_HEAD in found) - (_COMBAT in found)


def _topics(scores: list[float], terms: list[set[str]] | None = None) -> list[tuple[int, float]]:
    """``[(topic index, confidence)]``, best first: at most MAX_TOPICS scoring at least MIN_SCORE and
    RELATIVE_FLOOR of the best (or named in BROAD_TERMS different terms), each with MIN_TERMS different
    non-weak terms (ties in code order: the sort is stable)."""
    best = max(scores)
    if best < MIN_SCORE:  # also when nothing matched
        return []
    total = sum(scores)
    floor = max(MIN_SCORE, RELATIVE_FLOOR * best)
    ranked = sorted(
        (
            i
            for i, s in enumerate(scores)
            if s >= MIN_SCORE
            and (
                s >= floor
                or (
                    terms is not None
                    and (
                        _evidence(terms[i]) >= BROAD_TERMS
                        or (_STRONG_HEAD in terms[i] and _evidence(terms[i]) >= STRONG_HEAD_TERMS)
                    )
                )
            )
            and (terms is None or _evidence(terms[i]) >= MIN_TERMS)
        ),
        key=scores.__getitem__,
        reverse=True,
    )
    if terms is not None and len(ranked) > MAX_TOPICS:
        # the lead topic by score; the other places go to the topics named in more different words,
        # not to one word repeated ("app" eight times is no more a topic than labour in six words)
        ranked[1:] = sorted(ranked[1:], key=lambda i: _evidence(terms[i]), reverse=True)
        last, next_ = ranked[MAX_TOPICS - 1], ranked[MAX_TOPICS]
        if MAX_TOPICS > 1 and (_evidence(terms[last]), scores[last]) == (_evidence(terms[next_]), scores[next_]):
            # a tie for the last place (as many words, the same score): the text does not say which of the two is
            # a topic of the story, and code order is no reason ("Polda" beside "penyandang disabilitas")
            ranked = ranked[: MAX_TOPICS - 1]
    return [(i, (scores[i] / total) ** 0.5 * min(1.0, scores[i] / SATURATION)) for i in ranked[:MAX_TOPICS]]


def _is_company(org: dict[str, Any]) -> bool:
    """Is the organisation a company: a stock ticker or a legal form ("Delta Air Lines Inc", "PT KAI")?"""
    if org.get("symbols"):
        return True
    name = str(org.get("name") or "")
    words = name.replace(",", " ").split()
    if not words:
        return False
    last = words[-1].rstrip(".")
    # a name from an all-capital headline ("NOLAND CO", "BERKSHIRE GAS CO") ends in its legal form in capitals
    return last in LEGAL_FORMS or words[0] == "PT" or (name.isupper() and last.title() in _TITLED_FORMS)


# the legal forms as an all-capital name writes them title-cased ("CO" -> "Co", "CORP" -> "Corp"): the forms that
# are words ("Airlines", "Company") are left out, an all-capital headline's "AIRLINES" is no legal form of a name
_TITLED_FORMS = frozenset(form for form in LEGAL_FORMS if form == form.title() and len(form) <= 4) - {"Cos"}


# a company's name without its legal form needs this many words to be masked on its own ("Rollins
# Environmental"): one word ("Santos", "Health") is as often the word itself
_CORE_WORDS = 2


def _occurrences(folded: str, form: str) -> list[int]:
    """Text offsets where ``form`` (folded) stands as whole words in the padded folded text."""
    found: list[int] = []
    at = folded.find(f" {form} ")
    while at >= 0:
        found.append(at)  # the padded text is one character ahead: its blank before the word is the word's offset
        at = folded.find(f" {form} ", at + len(form) + 1)
    return found


def _company_spans(article: Article, text: str) -> list[tuple[int, int]]:
    """Where the text names a company (``_is_company``), in full or without its legal form: a topic word there
    is part of a name ("Rollins Environmental Services Inc" is no environment story, "Gulf Applied Technologies
    Inc" no technology one). Offsets as ``_score``'s (the fold keeps the text's offsets)."""
    forms: set[str] = set()
    for org in article.get("organisations", ()):
        name = str(org.get("name") or "")
        if not name or not _is_firm(org):
            continue
        forms.add(fold(name).strip())
        words = name.replace(",", " ").split()
        while words and (words[-1].rstrip(".") in LEGAL_FORMS or words[-1] in ("&", "and", "Co", "Co.")):
            words.pop()
        if len(words) >= _CORE_WORDS:
            forms.add(fold(" ".join(words)).strip())
    if not forms:
        return []
    folded = padded_fold(text)
    return [(at, at + len(form)) for form in forms if form for at in _occurrences(folded, form)]


# the head noun that ends a firm's name without a legal form ("Orbital Satellite Ventures", "Global Health Systems",
# "Sun Media Group"): a firm as surely as "Inc" says it, for the words of its name (not for ``_company_story``: a
# legal form or a ticker says a company's news is business news, a "Group" may be a band's or a charity's)
_FIRM_HEADS = frozenset(
    {"Group", "Holdings", "Ventures", "Partners", "Technologies", "Industries", "Enterprises", "Networks", "Labs"}
)
# a name of this many words is a name, not a word: "Soviet Union", "Bill Bradley", "State College"
_NAME_WORDS = 2


def _is_firm(org: dict[str, Any]) -> bool:
    """A company by its name's end (``_is_company``) or by its head noun (``_FIRM_HEADS``)."""
    words = str(org.get("name") or "").split()
    return _is_company(org) or (len(words) >= _NAME_WORDS and words[-1] in _FIRM_HEADS)


def _name_spans(article: Article, text: str, automaton: ahocorasick.Automaton | None) -> list[tuple[int, int]]:
    """Where the text names a person or a place the enrichers found, in two words or more: a topic word inside
    it is part of the name, evidence of nothing ("Soviet Union" is no trade union, "Bill Bradley" no bill,
    "Islam Makhachev" no religion, "State College" no school). A name that is a term of its own ("West Bank",
    "Jalur Gaza") is the lexicon's: it counts as that term; so is a "person" whose last word is a term ("Bea
    Cukai", the customs service, read as a name): a surname is no topic word, the gazetteer's places are places."""
    forms = set()
    for field_ in ("people", "places"):
        for entity in article.get(field_, ()):
            name = str(entity.get("name") or "")
            words = name.split()
            if len(words) < _NAME_WORDS or (
                automaton is not None
                and (
                    automaton.exists(textscan_key(name))
                    or (field_ == "people" and automaton.exists(textscan_key(words[-1])))
                )
            ):
                continue
            forms.add(fold(name).strip())
    if not forms:
        return []
    folded = padded_fold(text)
    return [(at, at + len(form)) for form in forms if form for at in _occurrences(folded, form)]


def _company_story(article: Article, listed: bool = False) -> bool:
    """Does the article name a company (``_is_company``)? With ``listed``, only a ticker counts (a listed
    company's news is business news beside any other topic; a legal form is also the ferry operator of an
    accident story)."""
    return any(org.get("symbols") if listed else _is_company(org) for org in article.get("organisations", ()))


def _code(subject: dict[str, Any]) -> str:
    """The code a subject carries (its uri, else its qcode/literal/code)."""
    return str(subject.get("uri") or subject.get("qcode") or subject.get("literal") or subject.get("code") or "")


def _topic_subject(code: str, lexicon: SubjectLexicon, language: str) -> dict[str, Any] | None:
    """A Media Topic subject for a top-level code, labelled in the article's language."""
    if code not in lexicon.codes:
        return None
    labels = lexicon.labels[lexicon.codes.index(code)]
    return {"name": labels.get(language, labels["en"]), "uri": MEDIATOPIC_URI.format(code), "rel": "about"}


def _category(subject: dict[str, Any], code: str) -> str | None:
    """The letter of a provider category code ("s" with rel "category", "apcategorycode:f"), or None."""
    scheme, _, value = code.rpartition(":")
    if scheme.lower() in ("apcategorycode", "anpacategory", "category") and len(value) == 1:
        return value.lower()
    rels = subject.get("rels") or ([subject["rel"]] if subject.get("rel") else [])
    if len(code) == 1 and code.isalpha() and ("category" in rels or subject.get("name") in (None, "", code)):
        return code.lower()
    return None


def _code_value(name: str, code: str) -> bool:
    """Is the name only the value of its scheme code, an abbreviation ("CRO" of "FIEG_Categories:CRO")? A
    word ("Sports" of "topic:Sports") is a name; a short capital code is not."""
    return ":" in code and "://" not in code and name == code.rpartition(":")[2] and name.isupper() and len(name) <= 4


def _is_geography(name: str, places: Gazetteer | None, language: str) -> bool:
    """Is the whole of a source subject's name a place (see ``_GEO_KINDS``)? Business Wire's "United
    States", "North America", "California"; a picture agency's keyword "italy"."""
    if places is None or not name or len(name) > _GEO_NAME_MAX:
        return False
    forms = [name] if not name.islower() else [name, name[:1].upper() + name[1:]]
    for form in forms:
        for lang in dict.fromkeys((language, "en")):
            spans = places.candidates(form, lang)
            if len(spans) != 1 or spans[0][0] != 0 or spans[0][1] != len(form):
                continue
            for i in spans[0][2]:
                place = places.places[i]
                if place.kind in _GEO_KINDS or (place.kind == "city" and (place.seat or place.population >= _GEO_CITY)):
                    return True
    return False


_GEO_MEMO_SIZE = 4096


def _geography(name: str, places: Gazetteer | None, language: str, lexicon: SubjectLexicon) -> bool:
    """``_is_geography``, remembered per name and language (a gazetteer scan costs ~10 µs a name)."""
    if places is None:
        return False
    memo = lexicon.geo_memo
    answer = memo.get((name, language))
    if answer is None:
        if len(memo) >= _GEO_MEMO_SIZE:
            memo.clear()
        answer = memo[(name, language)] = _is_geography(name, places, language)
    return answer


_SPORTS_SCHEMES = frozenset(("league", "spct", "spcpnat"))
# schemes whose concepts are entities, not topics: SportsML's teams, conferences and divisions ("team:l.mlb.com-t.19"
# named "Philadelphia Phillies", "conf:l.mlb.com-c.national" named "National"), its players and games, and the
# people, organisations and events of any provider. A league ("league:l.mlb.com") stays: it names the competition,
# as AP's "MLB baseball" subject does. (The NewsML-G2 parser already moves cpnat:person/organisation/geoArea
# concepts to people, organisations and places; these come with a SportsML type it does not map.)
_ENTITY_SCHEMES = frozenset(
    (
        "team",
        "conf",
        "conference",
        "div",
        "division",
        "player",
        "person",
        "event",
        "game",
        "org",
        "organisation",
        "organization",
        "company",
    )
)


# a provider's flag for the media attached to the item ("Photo/Multimedia" on Business Wire, "Video", "Audio"): it
# says what comes with the story, never what it is about. Business Wire's "Audio/Video" is an industry (Technology:
# consumer audio and video equipment), so a name is a flag only when one of its parts is "photo" or "multimedia" or
# it is a single media word.
_MEDIA_WORDS = frozenset(("photo", "photos", "multimedia", "video", "videos", "audio"))
_MEDIA_FLAG_WORDS = frozenset(("photo", "photos", "multimedia"))


def _media_flag(name: str) -> bool:
    """Is a source subject's name a media flag (see ``_MEDIA_WORDS``)?"""
    parts = [part.strip() for part in name.casefold().split("/")]
    if not all(part in _MEDIA_WORDS for part in parts):
        return False
    return len(parts) == 1 or any(part in _MEDIA_FLAG_WORDS for part in parts)


def _no_topic(subject: dict[str, Any], code: str, name: str, lexicon: SubjectLexicon) -> bool:
    """A named source subject that is no topic: a place ("location:risca"), an entity ("team:l.mlb.com-t.19",
    ``_ENTITY_SCHEMES``, a vendor's "vendteam:"), a provider's service or product code ("rvnServiceCode:NO" named
    "NVO"), a media flag ("Photo/Multimedia"), a catch-all ("News", "International News")."""
    scheme = code.rpartition(":")[0].rsplit("/", 1)[-1].lower() if ":" in code and "://" not in code else ""
    # a vendor's own scheme of the same kind ("vendteam:l.mlb.com-t.16" named "Miami Marlins") is that kind
    scheme = scheme.removeprefix("vend")
    if _media_flag(name):
        return True
    if scheme in _PLACE_SCHEMES or scheme in _ENTITY_SCHEMES or (scheme and _SERVICE_SCHEME.search(scheme)):
        return True
    # a catch-all desk name, unless a sports scheme names it (a league's name is no desk's)
    return name.casefold() in lexicon.no_topic and scheme not in _SPORTS_SCHEMES


# a provider's desk, department, section or product scheme ("products:0010000500000" of ANSA, "sttdepartment:11" of
# STT): its values are where the copy was filed, not a topic; a single-letter code with a name is a provider's
# category letter (AP's "p" named "Political News"), whose letters differ per provider: its name says the desk
_DESK_SCHEME = re.compile(r"product|department|desk|section", re.I)
# a desk label's catch-all tail ("Politica - News", "Political News")
_DESK_TAIL = re.compile(r"\s*[-–:/]?\s*\bnews$", re.I)


def _desk(subject: dict[str, Any], code: str, name: str) -> bool:
    """Is a named source subject a provider's desk or product label (``_DESK_SCHEME``, a category letter)?"""
    if len(code) == 1 and code.isalpha():
        return bool(name)
    scheme = _scheme(code)
    return bool(scheme) and "://" not in code and bool(_DESK_SCHEME.search(scheme))


def _desk_topic(name: str, lexicon: SubjectLexicon, language: str) -> dict[str, Any] | None:
    """The Media Topic a desk label names ("Politica - News" → politics, "Urheilu" → sport), or None: a desk
    whose beat is no one topic ("Cronaca", local news that is crime, accidents and events alike; "Kotimaa",
    "Ulkomaat": home and foreign desks) names none and is dropped, never published as a subject."""
    label = _DESK_TAIL.sub("", name).strip().casefold()
    code = lexicon.desks.get(label) or lexicon.sections.get(label)
    return _topic_subject(code, lexicon, language) if code else None


# a provider's scheme of free keywords ("paimageskeyword:man" on a SIPA/PA picture): its words describe the picture
# ("man", "woman", "face masks"), they name no topic: they are the item's keywords, never its subjects
_KEYWORD_SCHEME = re.compile(r"keywords?$", re.I)


def _scheme(code: str) -> str:
    """The scheme of a subject's code ("paimageskeyword" of "http://…/paimageskeyword:man"), lower case; "" when
    the code is a uri of its own or has no scheme."""
    if ":" not in code:
        return ""
    head = code.rpartition(":")[0] if "://" not in code else code.rsplit("/", 1)[-1].rpartition(":")[0]
    return head.rsplit("/", 1)[-1].lower()


def source_keywords(subjects: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The source's subjects split into those that may be subjects and the names of those in a keyword scheme
    (``_KEYWORD_SCHEME``: a picture agency's "man", "woman", "face masks"), which are keywords."""
    kept: list[dict[str, Any]] = []
    keywords: list[str] = []
    for subject in subjects:
        code = str(subject.get("literal") or subject.get("qcode") or subject.get("uri") or subject.get("code") or "")
        if _KEYWORD_SCHEME.search(_scheme(code)):
            name = str(subject.get("name") or "").strip()
            if name and name not in keywords:
                keywords.append(name)
        else:
            kept.append(subject)
    return kept, keywords


def normalise_source(
    subjects: list[dict[str, Any]],
    lexicon: SubjectLexicon,
    language: str,
    places: Gazetteer | None = None,
) -> list[dict[str, Any]]:
    """The source's subjects without bare codes, places and catch-alls (see the module docstring), in
    their order."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    names: dict[str, int] = {}  # a kept subject's name (casefolded) -> its place in ``out``
    # the names of the source's subjects that are no desk label: STT's department "Talous" beside its subject
    # "Talous" is published once, as the subject; and a source that gives IPTC codes of its own has said its
    # topics: a desk it filed to says no more (ANSA's arrest under "subj:02003003" filed to "Politica - News")
    # (only for a source with a desk label: most send none)
    desks = [_desk(subject, _code(subject), str(subject.get("name") or "").strip()) for subject in subjects]
    topical: set[str] = set()
    coded = False
    if any(desks):
        topical = {
            str(s.get("name") or "").strip().casefold() for s, desk in zip(subjects, desks, strict=True) if not desk
        }
        coded = any(uri.startswith(MEDIATOPIC_URI[:-2]) for uri in _known_topics(subjects))
    for subject, desk in zip(subjects, desks, strict=True):
        code, name = _code(subject), str(subject.get("name") or "").strip()
        replacement: dict[str, Any] | None = subject
        letter = _category(subject, code)
        if letter is None and desk:
            # a desk or product label ("Politica - News", "Urheilu"): its Media Topic, or dropped
            replacement = None if coded or name.casefold() in topical else _desk_topic(name, lexicon, language)
        elif letter is not None:
            if letter in CATEGORY_TOPICS:
                replacement = _topic_subject(CATEGORY_TOPICS[letter], lexicon, language)
            else:  # another provider's letter: its name is the desk ("International News": none)
                replacement = _desk_topic(name, lexicon, language) if name and name != code else None
        elif code.startswith(SUBJECTCODE_URI) and (not name or name.isdigit() or name == code):
            number = code[len(SUBJECTCODE_URI) :]
            replacement = _topic_subject(number[:2] + "000000", lexicon, language) if number[:2].isdigit() else None
        elif not name or name == code or name.isdigit() or _code_value(name, code):
            replacement = None  # a bare code: "sttdone1:1", "N2:CIV", "MCC:a", "Innenriks", "FIEG_Categories:CRO"
        elif not code.startswith(("http://cv.iptc.org/", "medtop:", "subj:")) and (
            _no_topic(subject, code, name, lexicon) or _geography(name, places, language, lexicon)
        ):
            replacement = None  # "United States", "location:risca", "NVO", "International News"
        if replacement is None:
            continue
        _keep(replacement, name, out, seen, names)
        if replacement is subject and name:
            # a provider's own label or named code that a Media Topic stands for ("Hardware", "sttsubj:06000000"
            # "Ympäristö", subjectcode/17000000 "Weather"): the Media Topic too, so that a subscriber filtering by
            # Media Topics finds the item; a named code keeps its own entry (another vocabulary, not a duplicate)
            rels = subject.get("rels") or [subject.get("rel")]
            topic, coded = _label_topic(code, name, lexicon, language, bool(_CATEGORY_RELS.intersection(rels)))
            if topic is not None:
                _keep(topic, "", out, seen, {} if coded else names)
    return out


def _keep(subject: dict[str, Any], name: str, out: list[dict[str, Any]], seen: set[str], names: dict[str, int]) -> None:
    """Append ``subject`` to ``out`` unless its code is there (``seen``) or its name is (``names``: one name twice,
    "Soccer" as N2:SOC and N2:SOCC, STT's department "Talous" beside its subject "Talous", is published once, as
    the Media Topic when one of the two is: "Sport" N2:SPO, "sport")."""
    key = _code(subject) or name
    if key in seen:
        return
    seen.add(key)
    label = str(subject.get("name") or "").casefold()
    if label and label in names:
        if str(subject.get("uri") or "").startswith(MEDIATOPIC_URI[:40]):
            out[names[label]] = subject
        return
    if label:
        names[label] = len(out)
    out.append(subject)


# a provider's own scheme whose values are IPTC Subject Code numbers ("sttsubj:06006008"): the number's top level is
# the Media Topic of the same number
_NUMBERED = re.compile(r"^[A-Za-z][\w.-]*:(\d{8})$")


# a subject's rel that says its code is the provider's filing category (AP's "category" and "suppcategory")
_CATEGORY_RELS = frozenset({"category", "suppcategory"})


def _label_topic(
    code: str, name: str, lexicon: SubjectLexicon, language: str, category: bool = False
) -> tuple[dict[str, Any] | None, bool]:
    """The top-level Media Topic a kept source subject stands for, and whether a code (not a label) says it: a named
    IPTC Subject Code ("subjectcode/04001002" "Fishing Industry"), a provider's scheme of Subject Code numbers
    (STT's "sttsubj:07000000" "Terveys"), or a label with no code that names a topic (``labels``, ``desks``,
    ``sections``: Business Wire's "Hardware", the BBC's "Leisure"), or a provider's category code named as a desk
    (``category``: AP's supplemental category "ent" "Entertainment"). A Media Topic itself (a narrower one,
    "medtop:20000003") needs none; a label in another scheme (a SportsML league) is no topic's name."""
    if code.startswith((MEDIATOPIC_URI[:-2], "medtop:")):
        return None, True
    number = ""
    if code.startswith(SUBJECTCODE_URI):
        number = code[len(SUBJECTCODE_URI) :]
    elif not code.startswith("subj:") and (match := _NUMBERED.match(code)) is not None:
        # (a "subj:" qcode is how a ninjs source writes a code it names as the topic: ``_known_topics`` has it)
        number = match.group(1)
    if len(number) == 8 and number.isdigit():
        return _topic_subject(number[:2] + "000000", lexicon, language), True
    if code and not code.startswith("category:") and not category:
        return None, False
    label = _DESK_TAIL.sub("", name).strip().casefold()
    topic = lexicon.labels_map.get(label) or lexicon.desks.get(label) or lexicon.sections.get(label)
    return (_topic_subject(topic, lexicon, language) if topic else None), False


# how an IPTC Subject Code or Media Topic is written: its uri, a qcode, or its bare number (a Superdesk ninjs
# fixture's ``{"code": "01000000", "name": "arts, culture and entertainment"}``)
_IPTC_CODE_PREFIXES = (SUBJECTCODE_URI, MEDIATOPIC_URI[:-2], "subj:", "medtop:", "")


def _known_topics(subjects: list[dict[str, Any]]) -> set[str]:
    """Media Topic uris the source's subjects stand for (Media Topics, IPTC Subject Code top levels, by uri,
    qcode or bare number: the two schemes share their top-level numbers, 01000000 to 17000000)."""
    known: set[str] = set()
    for subject in subjects:
        code = _code(subject)
        known.add(code)
        for prefix in _IPTC_CODE_PREFIXES:
            if code.startswith(prefix):
                number = code[len(prefix) :]
                if len(number) == 8 and number.isdigit():
                    known.add(MEDIATOPIC_URI.format(number[:2] + "000000"))
                    break
    return known


def _section_names(article: Article) -> list[str]:
    """The provider's section names: ``ext.keywords`` (feed categories, a CSV row's "ekonomi, otomotif")
    and the sections its own address names, the host's first label and the path's first segment
    ("hot.detik.com/celeb/…" → "hot", "celeb"; "otomotif.antaranews.com/berita/…" → "otomotif")."""
    names = [str(keyword).strip().lower() for keyword in article.get("ext", {}).get("keywords") or ()]
    for alt in article.get("altIds") or ():
        if isinstance(alt, dict) and alt.get("role") == "url" and isinstance(alt.get("value"), str):
            # "https://hot.detik.com/celeb/d-1/…" → ["https:", "", "hot.detik.com", "celeb", …] (no
            # urlsplit: a plain split is all this needs, a few µs less per article)
            parts = alt["value"].split("/", 4)
            if len(parts) < 3 or not parts[0].endswith(":"):
                break
            labels = parts[2].split(".")
            if len(labels) >= 3 and labels[0].lower() != "www":
                names.append(labels[0].lower())
            if len(parts) > 3 and parts[3] and "?" not in parts[3]:
                names.append(parts[3].lower())
            break
    return names


def _section_topics(article: Article, lexicon: SubjectLexicon) -> dict[int, bool]:
    """The topics (indexes in ``lexicon.codes``) of the provider's sections (``_section_names``), each
    with whether a narrow section names it; a section that names no topic ("News", "Terkini") gives none."""
    if not lexicon.sections:
        return {}
    found: dict[int, bool] = {}
    for name in _section_names(article):
        code = lexicon.sections.get(name)
        if code:
            index = lexicon.codes.index(code)
            found[index] = found.get(index, False) or name in lexicon.narrow
    return found


def _occasion_topics(
    text: str,
    lexicon: SubjectLexicon,
    scored: tuple[list[float], list[set[str]]],
    rescore: tuple[int, str, list[tuple[int, int]], list[tuple[int, int]]],
    sections: dict[int, bool],
) -> list[tuple[int, float]]:
    """The topics of ``scored`` (``_score``'s), where an occasion's words (``occasions``: "HUT RI", "upacara",
    "Paskibraka") count only when the story has no other topic: the national day's ceremony, rehearsal and flag
    troop are its topic (IPTC human interest: ceremony, anniversary), but a railway's discount "to mark HUT RI",
    the road closures for the ceremony or a signing "upacara" at the White House have a topic of their own, which
    the occasion's words would otherwise join or push under the relative floor. A second scan, only for a story
    with an occasion's word."""
    scores, terms = scored
    if lexicon.occasions.isdisjoint(chain.from_iterable(terms)):  # (every topic's terms in one C loop)
        return _topics(scores, terms)
    without = _with_sections(_score(text, lexicon, *rescore, skip=lexicon.occasions), sections)
    return _topics(*without) or _topics(scores, terms)


# how a headline that the story text drops as a credit line starts ("Video: Qatar Beberkan ...", ``story``'s labels)
_LABEL_HEADS = ("Video", "Foto")


# a headline-only flash's lone topic term: its score (a plain term in the headline counts twice)
FLASH_SCORE = 2.0


def _flash(article: Article, heads: list[str]) -> bool:
    """Is the article a headline-only flash: no summary, and no body or one that repeats the headline
    ("PITTSTON AGREES TO ACQUIRE WTC INTERNATIONAL IN EXCHANGE OF STOCK")? Its headline is all it says."""
    if article.get("descriptions") or len(heads) != 1:
        return False
    head = heads[0].strip()
    bodies = [str(b.get("value") or "").strip() for b in article.get("bodies", ())]
    return all(not body or body == head for body in bodies)


def _teaser(article: Article, heads: list[str]) -> bool:
    """Is the article a teaser: a headline and a summary and no body of its own (an RSS or CSV row: "Sempat
    Dikira Gantung Diri, Wanita di Tangerang Ternyata Dibunuh Kekasih" and one sentence)? Its two lines are all
    it says; the two-term rule finds nothing in most."""
    if len(heads) != 2 or not all(head.strip() for head in heads):
        return False
    lines = {head.strip() for head in heads}
    bodies = [str(b.get("value") or "").strip() for b in article.get("bodies", ())]
    return all(not body or body in lines for body in bodies)


def _teaser_topics(headline: str, lexicon: SubjectLexicon, language: str, company: bool) -> list[tuple[int, float]]:
    """The topics of a teaser (``_teaser``) that the two-term rule found none in: its headline read as a flash
    (``_flash_topics``), one topic word in it naming the topic ("Dibunuh", "Curi", "Pixel ... kamera"). Not the
    summary: a teaser's summary is a cut first sentence whose lone words are the story's circumstances, not its
    topic ("Badan Gizi Nasional" on its head's resignation, "media sosial" on a statue's collapse, "kementerian"
    on a sinkhole). A figure's word ("juta", "miliar": ``figures``) is no topic in one line ("1,8 Juta Bunga
    Matahari" eaten by deer is no business story), and an occasion's words name a topic only of a teaser that has
    no other and is no company's news (``_occasion_topics``: a railway's seats for the HUT RI holiday)."""
    head_end = len(headline) + 2
    found = _teaser_topic(*_score(headline, lexicon, head_end, language, skip=lexicon.figures | lexicon.occasions))
    if found or company or not lexicon.occasions or _occasion_as_time(headline, lexicon.occasions):
        return found
    return _teaser_topic(*_score(headline, lexicon, head_end, language, skip=lexicon.figures))


# a word that makes the occasion after it the time of the story, not its topic ("Jelang HUT ke-81 RI, Amien Rais
# Sebut ...": a politician's words a few days before the national day)
_WHEN = re.compile(
    r"\b(?:jelang|menjelang|saat|ketika|selama|usai|seusai|setelah|sebelum|ahead of|during|before|after)\s+", re.I
)


def _occasion_as_time(headline: str, occasions: frozenset[str]) -> bool:
    """Does an occasion's word in the headline follow a word of time ("Jelang HUT ke-81 RI", "ahead of
    Independence Day")? The occasion dates the story then: what it is about is the rest of the line, and an
    occasion's topic (human interest) would be wrong on a politician's remark made that week."""
    for match in _WHEN.finditer(headline):
        rest = headline[match.end() :].casefold()
        if any(rest.startswith(word) and not rest[len(word) : len(word) + 1].isalnum() for word in occasions):
            return True
    return False


def _teaser_topic(scores: list[float], terms: list[set[str]]) -> list[tuple[int, float]]:
    """A teaser headline's one topic (``_flash_topics``), or none when it names two, each in a word: a flash of
    one line is all the story there is, a teaser's headline is its hook ("Tak Ada Luka di Jasad Sutrimo, Dokter
    Cari Petunjuk": an injury's and a doctor's word on a death inquiry), which one word per topic does not
    decide."""
    found = _flash_topics(scores, terms)
    return found if len(found) == 1 else []


def _flash_topics(scores: list[float], terms: list[set[str]]) -> list[tuple[int, float]]:
    """The topics of a headline-only flash (``_flash``) that the two-term rule found none in: a flash has one
    line, so one topic word in it ("STOCK", "WHITE HOUSE", "WORKERS") names its topic. A topic needs a term
    of its own in the headline (no weak word: "PRESIDENT" of an exchange is no politics), at most two topics
    (a third is no story of one line), at the lowest confidence the score gives."""
    found = [i for i, s in enumerate(scores) if s >= FLASH_SCORE and "\0head" in terms[i] and _evidence(terms[i]) >= 2]
    if not found or len(found) > MAX_TOPICS - 1:
        return []
    total = sum(scores)
    found.sort(key=scores.__getitem__, reverse=True)
    return [(i, (scores[i] / total) ** 0.5 * min(1.0, scores[i] / SATURATION)) for i in found]


# a story this short (headline, summary and body) may name its topic in two words, each once
SHORT_CHARS = 500
SHORT_SCORE = 2.0


def _short_topics(scores: list[float], terms: list[set[str]]) -> list[tuple[int, float]]:
    """The topic of a short story that the score floor found none in: two different words of one topic in a few
    sentences name it ("arms control" and "missile" in three sentences on Shultz's Moscow trip), as they would
    in a longer story repeated; the headline's mark is no second word here, and only one topic may pass (two
    topics of two words each in three sentences do not say which the story is about)."""
    found = [
        i
        for i, s in enumerate(scores)
        if s >= SHORT_SCORE and sum(not t.startswith("\0") for t in terms[i]) >= MIN_TERMS
    ]
    if len(found) != 1:
        return []
    [index] = found
    return [(index, (scores[index] / sum(scores)) ** 0.5 * min(1.0, scores[index] / SATURATION))]


def _with_sections(
    scored: tuple[list[float], list[set[str]]], sections: dict[int, bool]
) -> tuple[list[float], list[set[str]]]:
    """``scored`` (``_score``'s) with the provider's sections (``_section_topics``) added: a section ("otomotif",
    "Politik") is one piece of evidence for its topic, worth a strong term: a site's broad channel ("Finance"
    carries ministers' agendas too) needs a word of the topic in the text as well; a narrow one ("seleb", "bola")
    is enough alone."""
    scores, terms = scored
    for index, narrow in sections.items():
        scores[index] += SECTION_WEIGHT
        terms[index].add("\0section")
        if narrow:
            scores[index] += NARROW_WEIGHT
            terms[index].add("\0narrow")
    return scores, terms


def _bare_codes(subjects: list[dict[str, Any]]) -> set[str]:
    """The Media Topic uris that only nameless IPTC Subject Codes of the source stand for (``normalise_source``
    raises "subj:04016014" to its top level): a provider's tag, not a topic it named."""
    bare: set[str] = set()
    named: set[str] = set()
    for subject in subjects:
        code, name = _code(subject), str(subject.get("name") or "").strip()
        for prefix in (SUBJECTCODE_URI, "subj:"):
            number = code[len(prefix) :] if code.startswith(prefix) else ""
            if len(number) == 8 and number.isdigit():
                uri = MEDIATOPIC_URI.format(number[:2] + "000000")
                (bare if not name or name.isdigit() or name == code else named).add(uri)
        if code.startswith((MEDIATOPIC_URI[:-2], "medtop:")):
            named.add(MEDIATOPIC_URI.format(code.rsplit(":", 1)[-1].rsplit("/", 1)[-1][:2] + "000000"))
    return bare - named


def _unsupported_codes(
    article: Article, raised: set[str], lexicon: SubjectLexicon, scores: list[float], terms: list[set[str]]
) -> None:
    """Drop the top-level topics of a source's nameless Subject Codes that its text does not name, when the text
    names others of them: Reuters tags a story with ten codes, and "subj:04016014" or "subj:02000000" on Assad's
    new term (two words of economy, "corruption" once) is a detail tag, no topic of the story; the codes its text
    does name (politics, conflict) stand. A source whose text names none of its codes in two words keeps them,
    except a code whose topic the text names in not a single word while it names a topic of its own."""
    supported = {
        lexicon.uris[i]
        for i, score in enumerate(scores)
        if score >= MIN_SCORE and _evidence(terms[i]) - (_HEAD in terms[i]) >= MIN_TERMS
    }
    if not raised.isdisjoint(supported):
        # a secondary code needs the relative floor a scored topic needs, the text's best code setting it (four
        # passing words of business, a terminal shut and a budget impasse, beside a flood named in twenty), unless
        # the headline names it ("Gold rises as Trump policy fuels safe haven demand": politics)
        best = max(scores[lexicon.uris.index(uri)] for uri in raised & supported)
        supported = {
            uri
            for uri in supported
            if scores[lexicon.uris.index(uri)] >= RELATIVE_FLOOR * best or _HEAD in terms[lexicon.uris.index(uri)]
        }
    if raised.isdisjoint(supported):
        # the text names none of the codes in two words: a code whose topic it names in not a single word goes when
        # the text names a topic of its own (PA's lone "04015000" on a Brexit warning that names only politics), or
        # names one of the codes in its headline (a cancelled flood story's "flooding": no politics, no leisure)
        found = {lexicon.uris[i] for i, _ in _topics(scores, terms)}
        drop = {uri for uri in raised if uri in lexicon.uris and not scores[lexicon.uris.index(uri)]}
        headed = any(_HEAD in terms[lexicon.uris.index(uri)] for uri in raised if uri in lexicon.uris)
        if not drop or not (headed or (found and raised.isdisjoint(found))):
            return
    else:
        drop = raised - supported
    kept = [s for s in article.get("subjects", ()) if not (s.get("uri") in drop and not s.get("creator"))]
    if kept:
        article["subjects"] = kept
    else:
        article.pop("subjects", None)


def enrich(article: Article, lexicon: SubjectLexicon, text: str | None = None, places: Gazetteer | None = None) -> None:
    """Append Media Topic subjects (see module docstring); ``text``: the story text if already built;
    ``places``: the gazetteer, to tell a source subject that names a place."""
    language = (article.get("language") or "en")[:2].lower()
    language = lexicon.aliases.get(language, language)
    raised: set[str] = set()
    if article.get("subjects"):
        given, keywords = source_keywords(list(article["subjects"]))
        raised = _bare_codes(given)
        if keywords:
            # a picture agency's keywords ("man", "woman") are the item's keywords, not its subjects
            ext = article.setdefault("ext", {})
            known = ext.setdefault("keywords", [])
            known.extend(k for k in keywords if k not in known)
        source = normalise_source(given, lexicon, language, places)
        if source:
            article["subjects"] = source
        else:
            del article["subjects"]
    text = story_text(article) if text is None else text
    heads = [h.get("value", "") for h in article.get("headlines", ()) if h.get("role", "main") == "main"]
    if heads and heads[0].startswith(_LABEL_HEADS) and not text.startswith(heads[0]):
        # the story text drops a line that reads as a credit ("Video: ..."), a headline too ("Video: Qatar
        # Beberkan Perundingan Iran-Oman"): the headline is the topic's first evidence, and ``head_end`` counts it
        text = f"{heads[0]}\n\n{text.lstrip()}"
    heads += [d.get("value", "") for d in article.get("descriptions", ())]
    head_end = sum(len(h) + 2 for h in heads if h)
    automaton = lexicon.automaton if language in LANGUAGES else lexicon.others.get(language)
    rescore = (head_end, language, _company_spans(article, text), _name_spans(article, text, automaton))
    sections = _section_topics(article, lexicon)
    # a teaser's two lines tell its sums ("Arsenal bisa raup ... 200 miliar Rupiah" on a striker's transfer): the
    # amount's words are no business evidence there, as they are in a results story of many lines
    teaser = not article.get("subjects") and _teaser(article, heads)
    scores, terms = _with_sections(_score(text, lexicon, *rescore, amounts=teaser), sections)
    if raised:
        _unsupported_codes(article, raised, lexicon, scores, terms)
    found = (
        _occasion_topics(text, lexicon, (scores, terms), rescore, sections)
        if lexicon.occasions
        else _topics(scores, terms)
    )
    if not found and _flash(article, heads):
        found = _flash_topics(scores, terms)
    elif not found and teaser:
        found = _teaser_topics(heads[0], lexicon, language, _company_story(article))
    elif not found and not article.get("subjects") and len(text) < SHORT_CHARS:
        found = _short_topics(scores, terms)
    if ECONOMY in lexicon.codes and len(found) < MAX_TOPICS:
        economy = lexicon.codes.index(ECONOMY)
        if all(index != economy for index, _ in found) and (
            _company_story(article, listed=True) if found else not article.get("subjects") and _company_story(article)
        ):
            # company news is business news: alone when no topic was found, and after the scored topics when
            # the company is listed (a drugmaker's patent suit, a carmaker's layoffs), at the low confidence
            found.append((economy, COMPANY_CONFIDENCE))
    if not found:
        return
    subjects: list[dict[str, Any]] = list(article.get("subjects", ()))
    known = _known_topics(subjects)
    # a source subject under a topic's own name (dpa's "Sport", dpacat:sp) is that topic: the Media Topic
    # takes its place, so that one name is published once and with the standard uri
    named = {str(s.get("name") or "").casefold(): i for i, s in enumerate(subjects)}
    for index, confidence in found:
        uri = lexicon.uris[index]
        if uri in known:
            continue
        labels = lexicon.labels[index]
        label = labels.get(language, labels["en"])
        topic = {
            "name": label,
            "uri": uri,
            "rel": "about",
            "creator": CREATOR,
            "confidence": round(100 * confidence),
        }
        same = named.get(label.casefold())
        if same is None:
            subjects.append(topic)
        else:
            subjects[same] = topic
    if subjects:
        article["subjects"] = subjects


def _member_topics(member: Article, lexicon: SubjectLexicon) -> dict[str, float]:
    """The top-level Media Topics a package member carries, with its confidence in each (0..1; a topic the
    source gave, by Media Topic or Subject Code, is sure): the source's codes mapped as :func:`_known_topics`
    maps them, then the topics scored from its text."""
    found: dict[str, float] = {}
    for subject in member.get("subjects", ()):
        sure = subject.get("creator") != CREATOR
        for uri in _known_topics([subject]):
            code = uri.rsplit("/", 1)[-1]
            if uri == MEDIATOPIC_URI.format(code) and code in lexicon.codes:
                confidence = 1.0 if sure else float(subject.get("confidence", 0)) / 100
                found[code] = max(found.get(code, 0.0), confidence)
    return found


def package_topics(package: Article, members: list[Article], lexicon: SubjectLexicon) -> None:
    """Subjects for a package from its members' (``members``: its published members and its associations'
    own texts, enriched): a topic that more than half of its voting members carry. A member with a topic
    votes, and so does a story (text, a nested package) with none: its topic is unknown, no vote for the
    others'; a picture, video or audio whose caption names no topic abstains.

    Why this rule: a desk routes a package as a whole, on what it is about. A story with its pictures is
    about the story's topics, whatever the captions carry (a majority of one); a package of related stories
    is about the topics most of them share; a link list of the day's top news (Reuters' "OUSTPM Link List":
    Kenya's election, the BOJ, HSBC, the conclave) shares none and gets none, where a union would tag it
    with every desk's topic; one odd member (a sidebar's "chef de la santé" beside "Obama annonce son
    équipe") adds nothing. A member counts once per topic, whether it names it once or ten times; its source
    codes count as any other topic (a Subject Code's top level). Added after the package's own subjects,
    most carried first, at most MAX_TOPICS, each at the members' mean confidence times the share that carry it."""
    voters = [
        topics
        for member in members
        if (topics := _member_topics(member, lexicon)) or member.get("type") not in MEDIA_TYPES
    ]
    if not any(voters):
        return
    carried: dict[str, list[float]] = {}
    for topics in voters:
        for code, confidence in topics.items():
            carried.setdefault(code, []).append(confidence)
    subjects: list[dict[str, Any]] = list(package.get("subjects", ()))
    known = _known_topics(subjects)
    shared = [(code, c) for code, c in carried.items() if 2 * len(c) > len(voters)]
    shared.sort(key=lambda item: (len(item[1]), sum(item[1])), reverse=True)
    language = (package.get("language") or "en")[:2].lower()
    language = lexicon.aliases.get(language, language)
    added = 0
    for code, confidences in shared:
        topic = _topic_subject(code, lexicon, language)
        if topic is None or topic["uri"] in known or added == MAX_TOPICS:
            continue
        share = len(confidences) / len(voters)
        topic["creator"] = CREATOR
        topic["confidence"] = round(100 * share * sum(confidences) / len(confidences))
        subjects.append(topic)
        added += 1
    if subjects:
        package["subjects"] = subjects
