"""Direct quotations and who said them (id/ms/en; de/es/fr marks and verbs; fi/sv/da/no dash quotes,
``_dash_quotes`` at the end of the module), rule based.

Output ``article["ext"]["quotes"]``: ``[{"text": ..., "speaker": ...}]`` in text order; ``speaker`` is
left out when nothing in the paragraph names one, or when the text gives the quotation to no named
person (", the report said", ", said one bank official", ", it said", ", an Agriculture Department
authority on the USSR said", ", the Republican report said", "The documents says:", "A Government
spokesman said:", or a sentence that reports speech and names no person: 'Brexit backers ... claimed
there was a push to "..."'). A quotation is a “curly”, "straight", «guillemet» or „German“ quoted
span of at least three words inside one paragraph, marks paired left to right from their opener (the
text between two quoted words, '"soft" Brexit ... showed the "horrific damage"', is none); an opening
mark left open at the paragraph's end after a finished sentence is a quotation the next paragraph
continues. Shorter quoted spans are titles or scare quotes, and so is a span of up to four words
inside a sentence with no closing punctuation and no reporting verb after it ('known as "bubble boy
disease"'), and a title-case span ('program, "John McLaughlin: One on One,"').

The speaker is looked for, in this order:

0. a title right after the quote (``, the minister said``, ``, the spokesman said``, ``, indicó el
   presidente``, ``, sagte die CDU-Politikerin``, ``, a affirmé le ministre``) is the person whose role
   in ``ext.roles`` it names, else the person the story last names with that title before the quote
   ("White House spokesman Marlin Fitzwater"), else, for an office ("minister", "senator", not
   "spokesman" or "analyst"), the last speaker; else no one. An indefinite one (``, a U.S. Sprint
   spokesman said``, ``, dijo un portavoz``) is no one. A verb with no subject or a pronoun
   (``", dijo.``, ``», sagte er``, ``», a-t-il ajouté``) is the last person named;
1. after the quote: ``, kata Wang`` / ``, said Smith`` / ``, said analyst Fred Leiner`` / ``Kemenlu
   China mengutip Wang`` / ``Yetna said`` / ``the Maryland Democrat said`` (a title: the person of
   that role in ``ext.roles``, else the last person named) / ``he said`` / ``katanya`` (a pronoun
   means the last person named before the quote, else the previous speaker); an unresolved name is
   replaced by the person named further on in its clause ("said Jack Kirnan of Kidder Peabody"; a
   name that only modifies a role noun is passed over: "said ... Reagan confidant Paul Laxalt"), by
   the person whose role it names ("kata Menpora": Menteri Pemuda dan Olahraga in ``ext.roles``),
   else kept as written unless it is an organisation or a collective ("GM", "Dealers": no speaker);
2. before it: ``Smith said: "..."`` / ``kata Wang, "..."`` (also ``dijo``, ``sagte``, ``a déclaré``);
   an unnamed subject ending the sentence before it (``The report says:``, ``It adds:``) is no one
   unless it names a role in ``ext.roles``; a ``He said that ... "..."`` earlier
   in the sentence gives it to the pronoun's person, not to a name in between;
   a known name, any verb and a colon (``Sky-Experte Merk befand: «...»``); an impersonal source
   (``heißt es:``) is no one; the subject of a reporting verb earlier in the quote's own sentence
   (``Senator Bill Bradley (Democrat) of New Jersey said the administration would "..."``: a known
   person, or a titled name; "But AMC said", "The BBC said": no one; ``the Kansas senator said the
   Gates nomination "..."``: the title as in 0., never a name after the verb); a reporting clause later in
   the sentence (``«...» gewesen, sagte Schiri-Boss Fröhlich``); a title then a comma and the name
   (``ujar Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho``);
3. the speaker of the paragraph's previous quotation, then the nearest person named in the quote's
   own sentence, else the one the last sentence naming someone says speaks, or its subject ("Robert
   Byrd ... said ... Reagan had .... "But one speech ..."": Byrd), then a person named after it. A
   quote inside a sentence of a paragraph that names no one and holds no personal pronoun ("Die
   Rundfunk-Reporter bekamen nach eigenen Angaben «...»") continues no earlier speaker.

A person is matched by the whole name, its first or its last word (a middle word, "Borneo" of a
"Trans Borneo Power Grid", names no one); where a whole name stands, a person who only shares its
first word is not named there ("Robert Dole" is not "Robert Byrd"); a word two people share
("Fodge") names the one the story names first. Sentences end at ". " but not after a title
abbreviation ("Adm. John Poindexter"). AP/ANPA ``double-backtick'' marks are read as quotes. A
quote-free paragraph hands over to the speaker or subject of its last sentence naming someone
("Chen contacted Bob Fu, ...": Chen; "Rummenigge called Mueller ...": Rummenigge).

A quote-free paragraph that gives speech to an unnamed person and names no one ("one senior banking
official ... said") hands over to no one: the "he said" after it is that person's. A headline's quoted
words are no quotation; a doubled opening mark (``""it does not mean``) opens one.

Names inside a quotation are never its speaker. A pronoun or no clue at all means the person named
before the quote: in this paragraph, of the sentence that names someone last, the one it says
speaks, else its subject ("Purbaya instructed ... Suminto to ...": Purbaya), else its last name;
then the person a quote-free paragraph says speaks ("Sato said", "Christina mengemukakan"), else its
subject or the last one it names (a role counts as a name: "Menpora pun mengarahkan ..."), but a
paragraph where only a pronoun speaks ("..., she added, noting ... Patrick Chan") hands over to no
one it names; else the last speaker.

Names are resolved to the full names in ``article["people"]`` (filled by the entity enricher,
which runs first): "kata Wang" -> "Wang Yi". An unresolved name is kept as written.

No person speaks for a place of the story or a name made of group, creed or nationality words
("Saudi Arabia said", "Sunni Islamist"); 'Nazer said Saudi Arabia "..."' is Nazer's; "told" names
its hearer ("told Reuters"), never the speaker; a title alone ("Lord") is no form of a name. A
paragraph ending "X said:" hands the quote paragraphs after it to X ("A spokesman said:": to no
one); a quote-free paragraph's post-posed ", said Salem Zahran, ..." hands over to Zahran.
Contract: a quotation whose speaker the text leaves unnamed ("one arbitrager", "a spokesman", "the
report") has no ``speaker``; the description is not published in its place (``speaker`` is a person).
A quotation the text gives to one of the story's organisations ("Bofors said in a statement. "…," the
statement said."; '"…," AMC said') keeps no speaker and names it as ``source`` (``_org_source``); so
does '"…," the central bank said' / "it added" after the organisation spoke (``_earlier_org_source``),
"ANZ bank said" when the entity list lacks ANZ (``_kind_source``), and a rule text under its
organisation ("der Fußball-Regeln des DFB heißt es: «…»").

Session 9 (issue #15 item 4): a person known only through someone named ("an aide to USDA Secretary
Richard Lyng said", ``_proxy_at``) or a possessive ("working for Brunson's release") is unnamed, and so
is the subject of the quote's own clause when it is indefinite (", and a State Department spokesman
said") or a definite role noun no role of the story fits ("The senior banker ..., saying:"); a lone
surname with a person's verb in a Nordic dash quote ("…, Rinne sanoi") is kept as written; a quoted noun
phrase after an article or a possessive in a sentence that reports no speech is no quotation.

Session 10 (issue #15 item 6): an organisation named by what it is ("The company said ... "…"", '"…," the
paper said') is the story's organisation of that kind that spoke last ("Norton co said"), else the one that
leads a sentence, else, for a kind its name must say (bank, paper, agency, ministry ...), the only one named:
``source``, never a speaker; "the company" is no public body. An organisation that cites ("K Mart cited
"…" and said ...") or speaks through its spokesman or official ('", a McDonnell Douglas spokesman told
Reuters') is the source too. A pronoun's gender ("she said", "a-t-elle", "dijo ella") is checked against
the person it resolves to, as the story says it (an honorific or a -woman/-man role before the whole name)
or as a hand-written list of given names of one clear gender knows it (``data/given_name_gender.json``);
on a mismatch the last person of the pronoun's gender named before speaks, else no one. A short partial
quotation in the clause a reporting verb opens ('Stepp said the union intends "to exert full efforts"')
is a quotation, not a term. The reporting verbs of the patterns come from one table per language
(``_REPORTING``).

Session 16 (qsrc16): "It said ... "…"" is the firm that spoke before (``_earlier_org_source``), else the story's
one organisation when its name opens the story (``_sole_org``): ``source``. An opening mark never closed whose
paragraph holds a reporting clause of its own (", and the company said ...") ends before that clause. A sentence
of the quote's paragraph whose subject is an unnamed person ("A spokesman for Airbus confirmed ...") makes a
later "he said" that person's (no speaker, the body named as ``source``) unless a person is named after it; "they
said" after "A, B and C of Ferrier Hodgson said" is the firm's (``_group_body``).
"""

from __future__ import annotations

import itertools
import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from importlib import resources as ilr

import ahocorasick

from streams.core.enrich import alone, names_lang, textscan
from streams.core.enrich.story import paragraphs, story_text
from streams.core.model import Article

# The body holds no quote mark, so its closing mark is the first one after it: a possessive run to
# it finds the same span as the lazy ``{8,}?`` did, without a closing-mark test per character.
# Per opening mark: English “…” and "…", French/Spanish «…», German „…“ (whose closing “ is the
# English opening mark, so marks are paired left to right from their opener, never searched alone).
_OPENERS = '"“«„'
_QUOTE = re.compile(r"[“\"]([^“”\"«»„\n]{8,}+)[”\"]")
_QUOTE_BY_OPENER = {
    '"': _QUOTE,
    "“": _QUOTE,
    "«": re.compile(r"«\s*([^«»“”\"„\n]{8,}+)»"),
    "„": re.compile(r"„([^„“”\"«»\n]{8,}+)[“”]"),
}
_CLOSERS = {'"': '"”', "“": '”"', "«": "»", "„": "“”"}
# a quotation opened and not closed in its paragraph runs to the paragraph's end: the next paragraph
# continues it with a new opening mark (the wire convention for a quote over several paragraphs)
# (it ends a sentence: a span cut short by a hard line break in the copy is no quotation)
_UNCLOSED = re.compile(r"[“\"«„]([^“”\"«»„\n]{8,}+)(?<=[.!?…])\s*$")
# A name is capitalised words; each word's run of letters is possessive (``*+``): what follows a
# name in every pattern (a space, ":", ",", the end) is never one of them, so giving letters back
# could not make a match, it only cost a retry per letter (the 120-character _BEFORE search).
_NAME = r"((?:[A-Z][\w'’\-.]*+)(?:[ ](?:bin|binti|van|de|al)?[ ]?[A-Z][\w'’\-.]*+){0,5})"
# Reporting verbs, one table per language (issue #15 item 6: the patterns below read their verbs from it
# instead of keeping overlapping lists of their own). Roles:
#   "post"   before its subject after a quote: '", said Smith', '", kata Wang', "», sagte Merk" (no "told":
#            what follows it is the hearer, "told Reuters", never the speaker)
#   "pre"    after its subject: "Smith said", "Wang mengatakan"
#   "body"   what an organisation says things with: "Bofors said", "K Mart cited", "ANZ bank said"
#   "clause" a reporting clause of its own between two quotations (someone else may speak the second)
#   "intro"  ends a paragraph that introduces the quotes after it: "X said:", "X said in a statement:"
#   "lead"   after a comma, right before a name (and lower-case role words): "..., said analyst Fred Leiner"
#   "person" what only a person says things with, in Nordic dash quotes ("Rinne sanoi"; not "Yle kertoo")
# A space in a verb is a space in "post"/"pre" patterns and any white space in "body"/"clause" ones.
# (The entity enricher's ``reporting_after``/``reporting_before`` lists in names_lang.json find people,
# not quotes; they are read there.) Our own lists, from standard grammar of each language.
_REPORTING: dict[str, dict[str, str]] = {
    "id": {
        "post": "kata|ujar|ucap|tutur|ungkap|jelas|imbuh|tambah|tegas|sebut|papar|terang",
        "pre": (
            "mengatakan|menyatakan|menjelaskan|menegaskan|mengungkapkan|menuturkan|menambahkan|berkata|menyampaikan"
        ),
        "body": "mengatakan|menyatakan|menyebutkan|menjelaskan|menyampaikan",
        "clause": "kata|ujar",
        "intro": "mengatakan|menyatakan|menjelaskan|menambahkan|kata|ujar",
        "lead": "kata|ujar|tutur",
    },
    "en": {
        "post": "said|says|added|recalled",
        "pre": "said|says|told|added|stated|noted|explained|warned|wrote",
        "body": (
            "said|says|stated|states|added|adds|announced|announces|reported|reports|noted|notes|wrote|"
            "writes|explained|warned|told|cited|cites|commented"
        ),
        "clause": "said|says|told|added",
        "intro": "said|says|added|stated|wrote|explained|commented|declared|announced|continued|told",
        "lead": "said|says|added|recalled",
    },
    "es": {
        "post": (
            "dijo|afirmó|declaró|señaló|explicó|añadió|aseguró|indicó|agregó|advirtió|subrayó|precisó|manifestó"
            "|sostuvo|insistió|reiteró|destacó|apuntó|comentó|puntualizó"
        ),
        "pre": (
            "dijo|afirmó|declaró|señaló|explicó|aseguró|indicó|advirtió|subrayó|precisó|manifestó|mantuvo|sostuvo"
            "|consideró|insistió|reiteró|destacó|apuntó|opinó"
        ),
        "body": "dijo|afirmó|declaró|señaló|informó",
        "clause": "dijo",
        "intro": "dijo",
        "lead": "dijo",
    },
    "de": {
        "post": "sagte|erklärte|betonte|sagt|so",
        "pre": "sagte|erklärte|betonte|sagt",
        "body": "sagte|erklärte|teilte",
        "clause": "sagte|erklärte",
        "intro": "sagte|erklärte",
        "lead": "sagte",
    },
    "fr": {
        "post": "a déclaré|a dit|a affirmé|a expliqué|a ajouté|déclare|affirme|dit",
        "pre": "a déclaré|a dit|a affirmé|a expliqué|déclare",
        "body": "a déclaré|a indiqué|a annoncé|a affirmé",
        "clause": "a déclaré",
        "intro": "déclaré",  # any tense: "a déclaré :", "avait déclaré :"
    },
    "fi": {
        "person": (
            "sanoi|sanoo|toteaa|totesi|korostaa|korosti|painottaa|painotti|muistuttaa|muistutti|"
            "huomauttaa|huomautti|arvelee|arveli|pohtii|pohti|myöntää|myönsi|lisää|lisäsi|vastaa|"
            "vastasi|tiivistää|tiivisti|selittää|selitti|perustelee|perusteli|ihmettelee|ihmetteli|"
            "kuittaa|kuittasi"
        ),
    },
    "sv": {
        "person": "sa|sade|säger|tillägger|tillade|menar|menade",
    },
    "nb": {
        "person": "sier|mener|mente",
    },
    "da": {
        "person": "siger|sagde|tilføjer|tilføjede",
    },
}


def _reporting(role: str) -> tuple[str, ...]:
    """The table's verbs of one role ("|"-separated there), every language, in table order (each once)."""
    return tuple(
        dict.fromkeys(verb for verbs in _REPORTING.values() for verb in verbs.get(role, "").split("|") if verb)
    )


def _reporting_alt(role: str) -> str:
    """The role's verbs as a regex alternation, a space in a verb matching any white space."""
    return "|".join(verb.replace(" ", r"\s+") for verb in _reporting(role))


_SAY_BEFORE = f"(?:{'|'.join(_reporting('post'))})"
_SAY_AFTER_WORDS = _reporting("pre")
_SAY_AFTER = f"(?:{'|'.join(_SAY_AFTER_WORDS)})"
_PRONOUN = r"(?:he|she|dia|ia|beliau|nya|-nya)"
# After the closing quote (matched at the quote's end).
_QUOTING_WORD = r"(?:mengutip|quoting|menurut|according to)"
_AFTER_QUOTING = re.compile(rf"[\s,]*[^.“”\"\n]{{0,80}}?\b{_QUOTING_WORD}\s+{_NAME}")
# _AFTER_QUOTING tries its word at up to 80 offsets (~5 µs): first look for the word where it can be
# (after the separators, within 80 characters and the word's own length).
_SEPARATORS = re.compile(r"[\s,]*")
_QUOTING_REACH = 80 + len("according to")
_QUOTING_HINT = re.compile(_QUOTING_WORD)
# "said Smith", "said analyst Phil Pace": lower-case role words may stand before the name
_AFTER_SAY_NAME = re.compile(rf"[\s,]*{_SAY_BEFORE}\s+(?:(?:the|sang)\s+)?(?:[a-z][\w\-]*\s+){{0,3}}?{_NAME}")
# "Robert Dole of Kansas said", "Bill Bradley (Democrat) of New Jersey said": a party and a home
# state between the name and its verb
# or an affiliation in lower and upper case ("Monzer Akbik of the Western-backed National Coalition
# opposition group told Reuters")
_OF_PLACE = (
    r"(?:\s*\([^()\n]{1,30}\))?(?:\s+of\s+[A-Z][\w.]*+(?:\s+[A-Z][\w.]*+)?"
    r"|\s+(?:of|from|at)\s+the\s+[^,.;:“”\"«»\n]{1,60}?(?=\s+(?:said|told|added)\b))?"
)
_AFTER_NAME_SAY = re.compile(rf"[\s,]*{_NAME}{_OF_PLACE}\s+(?:(?:pada|on)\s+\w+\s+)?{_SAY_AFTER}\b")
# "the Maryland Democrat said", "the Kansas Republican, a likely presidential candidate next year, said"
_AFTER_THE_NAME_SAY = re.compile(
    rf"[\s,]*(?:the|sang)\s+{_NAME}(?:,\s+(?:an?|the)\s+(?-i:[a-z][\w\-]*)(?:\s+(?-i:[a-z][\w\-]*)){{0,6}},)?\s+{_SAY_AFTER}\b"
)
_AFTER_PATTERNS = (_AFTER_QUOTING, _AFTER_SAY_NAME, _AFTER_NAME_SAY, _AFTER_THE_NAME_SAY)  # tried in this order
# a firm and a lower-case title before the name (session 14): '", OCBC analyst Barnabas Gan said', '",
# Commerzbank chief economist Peter Dixon said' (no pattern above matched, and the person named before the
# quote, "President Donald Trump", was taken); read only when the name is a known person of the story
_AFTER_FIRM_TITLE_NAME_SAY = re.compile(
    rf"[\s,]*(?:[A-Z][\w&.'’\-]*\s+){{1,4}}(?:[a-z][\w\-]*\s+){{1,3}}{_NAME}{_OF_PLACE}\s+{_SAY_AFTER}\b"
)
_AFTER_PRONOUN = re.compile(
    rf"[\s,]*(?:{_PRONOUN}\s+{_SAY_AFTER}|{_SAY_BEFORE}(?:nya|\s+dia|\s+ia|\s+beliau))\b", re.IGNORECASE
)
# Before the opening quote (searched at the end of the preceding text): "Smith said:", "kata Wang,".
# The two alternatives are searched apart (see _named_before).
_NAME_SAY_BEFORE = re.compile(rf"{_NAME}\s+{_SAY_AFTER}\s*[:,]?\s*$")
_SAY_NAME_BEFORE = re.compile(rf"{_SAY_BEFORE}\s+{_NAME}\s*[:,]?\s*$")
UNNAMED = ""  # a speaker the text gives but who is no named person: no speaker, and "he added" after it is no one
_PRONOUNS = frozenset({"he", "she", "dia", "ia", "beliau", "they", "it", "we", "i"})
# after a quote, a reporting clause whose subject is no person: ", the report said", ", said one bank
# official", ", it said" (a capitalised one, "the White House said", is handled as a title)
_OTHER_SUBJECT = r"(?:the|a|an|one|its|their|this|that)\s+(?:[a-z][\w\-.]*\s+){0,4}?"  # lower-case words
# (any reporting verb: "speculated one arbitrager", "a trader quipped")
_OTHER_SAY = (
    r"(?:said|says|told|added|stated|states|noted|notes|writes|speculated|commented|remarked|observed|quipped|explained|warned"
    r"|argued|insisted|suggested|predicted|conceded|acknowledged|cautioned|complained|replied|asked|agreed"
    r"|estimated|wrote)\b"
)
# a person known only through someone named: "an aide to USDA Secretary Richard Lyng said", "a spokesman
# for Reagan said", "a lawyer for the Gates family": the one named is not the speaker (issue #15 item 4:
# the "he said" after it is the aide's, not Lyng's). Capitalised words (a title) may stand between.
_PROXY_NOUNS = (
    r"(?:aides?|advis[eo]rs?|spokes(?:man|woman|person|men|women|people)|officials?|sources?|associates?|friends?"
    r"|lawyers?|attorneys?|assistants?|deputy|deputies|staffers?|representatives?|envoys?|confidants?|allies|ally"
    r"|colleagues?|relatives?|supporters?|critics?|opponents?|negotiators?|emissary|emissaries)"
)
_PROXY_BEFORE = re.compile(
    rf"\b{_PROXY_NOUNS}\s+(?:to|of|for|close\s+to|with)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*\s+(?:of\s+|and\s+)?){{0,5}}$"
)


def _proxy_at(para: str, at: int) -> bool:
    """The name at ``para[at]`` only says whose aide, spokesman or lawyer speaks ("an aide to USDA
    Secretary Richard Lyng said"): it is not the speaker."""
    return at > 0 and _PROXY_BEFORE.search(para, max(0, at - 80), at) is not None


# reporting verbs and voices of others in Spanish, French and German (after a quote: "», sagte ein Sprecher")
_FOREIGN_SAY = (
    r"(?:dijo|afirmó|declaró|señaló|explicó|añadió|indicó|aseguró|agregó|precisó|subrayó|advirtió|manifestó"
    r"|puntualizó|comentó|a\s+(?:déclaré|dit|affirmé|expliqué|ajouté|indiqué|précisé)|sagte|erklärte|betonte"
    r"|ergänzte|meinte|teilte\s+mit)"
)
_FOREIGN_PROXY = (
    r"(?:portavoz|portavoces|vocero|vocera|representante|abogado|abogada|asesor|asesora|fuentes?|porte-parole"
    r"|avocat|avocate|conseiller|conseillère|sprecher|sprecherin|anwalt|anwältin|berater|beraterin|vertreter"
    r"|vertreterin)"
)
_AFTER_OTHER = re.compile(
    rf"[\s,]*(?:{_OTHER_SUBJECT}{_OTHER_SAY}|(?:it|they)\s+(?:said|says|added)\b"
    # '", the aide to Lyng said', '", a spokesman for Reagan added': an unnamed person named through another
    rf"|(?:the|an?|one|another|his|her|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}?{_PROXY_NOUNS}\s+(?:to|of|for|close\s+to|with)\s+"
    rf"[^,.;:“”\"«»\n]{{1,60}}?\s{_OTHER_SAY}"
    rf"|{_OTHER_SAY}\s+(?:the\s+(?=[a-z])|one\b|an?\s|some\s|other\s|another\s)"
    # "explicó la portavoz de Linda Woods", "señaló el portavoz de Leica", "sagte ein Sprecher des
    # Ministeriums": a voice of someone named, left unnamed (a name after a comma is read before this)
    rf"|{_FOREIGN_SAY}\s+(?:a\s+\S+\s+)?(?:el|la|un|una|los|las|le|la|un|une|der|die|ein|eine)\s+(?:[a-zé]+\s+)?"
    rf"{_FOREIGN_PROXY}\s+(?:de|del|des|du|von|vom|der|d')"
    # "Smith's lawyer said", "his lawyer added": the one named or meant only owns the speaker
    rf"|(?:(?:[A-Z][\w\-.]*\s+){{0,3}}[A-Z][\w\-.]*['’]s|his|her)\s+(?:[a-z][\w\-]*\s+){{0,2}}?{_PROXY_NOUNS}"
    rf"\s+{_OTHER_SAY}"
    # "an Agriculture Department authority on the USSR said": whoever an indefinite subject is, unnamed
    rf"|(?:an?|one)\s+[^,.;:“”\"«»\n]{{0,60}}?\s{_OTHER_SAY}"
    # "the Republican report said", "the Treasury spokesman said": capitalised words, lower-case head
    rf"|(?:the|its|their)\s+(?:[A-Z][\w\-.'’]*\s+){{1,3}}(?:[a-z][\w\-]*\s+){{1,2}}{_OTHER_SAY}"
    # "the study, conducted by Doctors Michael Hershfield and Rebecca Buckley, said": still the study
    # (an apposition that opens in lower case: "the chairman, John Smith, said" is John Smith)
    rf"|(?:the|a|an|its|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}[a-z][\w\-]*,\s*[a-z][^,.;:“”\"«»\n]{{0,80}},\s+{_OTHER_SAY})"
)
# Before the quote, the end of its sentence: "The documents says:", "It adds:", "A Government
# spokesman said:" (a lower-case head noun or "it"/"they": no named person, unless it names a role).
_REPORT_VERBS = (
    r"(?:says|said|adds|added|told|states|stated|notes|noted|reads|read|writes|wrote|warns|warned|continues|continued)"
)
_REPORT_VERB_SET = frozenset(_REPORT_VERBS[3:-1].split("|"))
_UNNAMED_BEFORE = re.compile(
    # (the head before the verb is a noun, not a conjunction: "the ASA-backed proposals have but said,"
    # is Haggard's clause, its subject named before)
    r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w\-.'’]+\s+){0,4}?"
    r"(?!(?:but|and|or|yet|then|so)\s)[a-z][\w\-]*"
    rf"|\b(?:[Ii]t|[Tt]hey))\s+(?:also\s+)?{_REPORT_VERBS}(?:\s+\w+)?\s*[:,]?\s*$"
)
_VERB_TAIL = re.compile(rf"\s+(?:also\s+)?{_REPORT_VERBS}(?:\s+\w+)?\s*[:,]?\s*$")
# a reporting verb anywhere in the quote's sentence (outside the quote): if the sentence names no
# person, the quotation is someone's the text leaves unnamed ("Brexit backers ... claimed there was a
# push to "..."", "prominent Remain campaigners ... said the documents showed the "...""), never the
# person of an earlier paragraph
_SENTENCE_SAY = re.compile(
    r"\b(?:says|said|told|added|stated|claimed|noted|warned|wrote|argued|insisted|tweeted|called|described"
    r"|mengatakan|menyatakan|menjelaskan|menegaskan|menambahkan|berkata|menyampaikan|menurut"
    r"|dijo|afirmó|declaró|sagte|erklärte|déclaré|affirmé)\b"
)
_PERSON_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|I|[Dd]ia|[Ii]a|[Bb]eliau|[Ee]r|[Ss]ie|[Ii]l|[Ee]lle|[Éé]l|[Ee]lla)\b"
)
# a name right before a role noun modifies it: "Reagan confidant Paul Laxalt", "Carter aide Jody Powell"
_MODIFIER_GAP = re.compile(r"[\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*)*\s+(?:[a-z]+\s+){1,2}(?=[A-Z])")
_NOT_ROLE_NOUN = frozenset(("and", "or", "of", "at", "from", "with", "for", "in", "on", "to", "said", "says", "the"))
_INSTITUTION = re.compile(
    r"\b(?:House|Ministry|Department|Commission|Bank|Agency|Office|Company|Board|Government|Council|Fed|"
    r"Court|Committee|Party|Group|Corp|Inc|Exchange|Institute|Association|Union|Kementerian|Badan|Pemerintah)\b"
)
# Indonesian/Malay roles lead with their head ("Menteri Pemuda dan Olahraga", "Duta Besar Uruguay untuk
# Indonesia"); English ones end with it ("Foreign Minister")
_ID_TITLE_HEADS = frozenset(
    (
        *("menteri", "presiden", "wakil", "duta", "ketua", "kepala", "gubernur", "bupati", "wali"),
        *("direktur", "sekretaris", "panglima", "jaksa", "juru", "perdana", "timbalan", "pengarah"),
    )
)
# a name followed by its reporting verb in a quote-free paragraph ("Sato said", "Christina mengemukakan")
_NARRATIVE_SAY = re.compile(
    r"[\w'’.\-]+(?:\s+[A-Z][\w'’.\-]*){0,3}(?:,[^,]{0,60},)?\s+(?:also\s+|pun\s+|juga\s+)?"
    r"(?:said|says|told|added|stated|mengatakan|menyatakan|mengemukakan|menjelaskan|menilai|menuturkan|"
    r"menambahkan|berkata|menyampaikan|mengungkapkan|menegaskan|sagte|sagt|erklärte|betonte|meinte|dijo|afirmó|"
    r"declaró|señaló|explicó|aseguró|indicó|disse|afirmou|a déclaré|a dit|a affirmé|a expliqué|a indiqué)\b"
)
_MAX_ROLE_CANDIDATES = 8
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_TITLE_BEFORE = re.compile(r"\b(?:the|The|sang|Sang)\s+$")
_CLAUSE_END = re.compile(r"[.;:!?\"“”]|,\s+(?:who|which|and|but|adding)\b")
_PRONOUN_SAYS = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+{_SAY_AFTER}\b")
_PRONOUN_HINTS = (" he ", "He ", " she ", "She ", "nya")
_PRONOUN_SAYS_ANY = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+)?{_SAY_AFTER}\b|\b{_SAY_BEFORE}nya\b")
# collective and anonymous subjects written with a capital ("Dealers said", "Analysts said")
_NOT_PERSON = frozenset(
    (
        *("dealers", "analysts", "officials", "sources", "traders", "economists", "bankers", "police"),
        *("witnesses", "residents", "experts", "observers", "diplomats", "delegates", "spokesmen"),
        *("brokers", "investors", "reports", "report", "statement"),
    )
)
_MIN_WORDS = 3
# words of a group, creed, ideology or nationality: a "person" made only of them ("Sunni Islamist",
# the entity enricher's false span) or a speaker phrase made only of them ("Saudi", "Kurdish
# rebels") is no person (the nationality words: the country names' adjectives the corpus' wires use most)
_GROUP_WORDS = frozenset(
    (
        *("sunni", "sunnis", "shia", "shiite", "shi'ite", "shiites", "islamist", "islamists", "islamic"),
        *("muslim", "muslims", "christian", "christians", "catholic", "protestant", "jewish", "hindu"),
        *("buddhist", "orthodox", "evangelical", "jihadist", "jihadists", "militant", "militants", "rebel"),
        *("rebels", "communist", "communists", "socialist", "socialists", "liberal", "liberals", "maoist"),
        *("marxist", "zionist", "nationalist", "nationalists", "separatist", "separatists", "loyalist"),
        *("royalist", "opposition", "kurdish", "kurds", "arab", "arabs", "saudi", "saudis", "gulf", "western"),
        *("american", "americans", "british", "french", "german", "chinese", "japanese", "russian", "syrian"),
        *("iranian", "iraqi", "israeli", "palestinian", "egyptian", "lebanese", "turkish", "indonesian"),
        *("malaysian", "australian", "european", "african", "asian", "soviet", "indian", "pakistani"),
        *("afghan", "ukrainian", "korean", "mexican", "canadian", "brazilian", "spanish", "italian", "dutch"),
    )
)
# titles that stand before a name: never a form of the name on their own
_HONORIFICS = frozenset(
    (
        *("lord", "lady", "sir", "dame", "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "sen", "rep", "gov"),
        *("gen", "lt", "col", "capt", "adm", "pak", "bu", "bapak", "ibu", "datuk", "dato", "tun", "haji"),
        *("president", "presiden", "minister", "menteri", "king", "queen", "prince", "princess", "sheikh"),
        *("senator", "governor", "mayor", "judge", "chairman", "general", "admiral", "pope", "bishop"),
    )
)


def _group_or_place(name: str, places: set[str]) -> bool:
    """The name is a place of the story or made only of group, creed and nationality words (or the
    words of its places: "Saudi Arabia"): no person."""
    low = name.lower().strip(" ,.")
    if low in places:
        return True
    words = low.split()
    return bool(words) and all(w in _GROUP_WORDS for w in words)


# (a quotation inside one is `single quoted': "So they are faced with, `This is who I am,' and ...")
_ANPA_QUOTE = re.compile(r"``([^`'\n]*(?:(?:'(?!')|`(?!`))[^`'\n]*)*)''")


# a straight double mark between a letter and a lower-case letter is an apostrophe typed wrong
# ('Brazil"s output', '"We don"t believe ..."'): never a quotation's opening or closing mark
_TYPO_END = re.compile(r"(?:s|t|re|ve|ll|d|m)\b")


def _apostrophes(text: str) -> str:
    """``text`` with such marks made apostrophes; a ``find`` loop over the text's straight marks (a
    regex with a look-behind tried at every offset cost ~250 µs on a 3,000-character story)."""
    typos: list[int] = []
    at = text.find('"')
    while at >= 0:
        before = text[at - 1] if at else ""
        if before.isascii() and before.isalpha() and _TYPO_END.match(text, at + 1):
            typos.append(at)
        at = text.find('"', at + 1)
    if not typos:
        return text
    chars = list(text)
    for at in typos:
        chars[at] = "'"
    return "".join(chars)


def _anpa_curly(m: re.Match[str]) -> str:
    """An ANPA ``quotation'' in curly marks, its inner `quotation' opened with a curly single mark."""
    return "“" + m.group(1).replace("`", "‘") + "”"


_FIND_LOOP_FORMS = 16  # up to this many name forms, ``str.find`` loops instead of an automaton


_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ud|ul)-(?=\w{3})", re.IGNORECASE)


def _particle_free(last: list[str]) -> list[str]:
    """A last name without its Arabic article: "al-Assad" -> ["Assad"] (the story's "Assad said" is
    Bashar al-Assad), else []."""
    return [
        m_rest
        for word in last
        if "-" in word  # (the particle is joined by one: most names need no pattern)
        and (m_rest := _NAME_PARTICLE.sub("", word, count=1)) != word
        and "-" not in m_rest
    ]


class _People:
    """The article's people, indexed once so that each paragraph and speaker lookup is linear
    (a story naming 1,000 people in 1,000 quoted paragraphs must not cost a million lookups).

    ``resolve`` answers exactly as :func:`streams.core.enrich.entities.resolve_name` over ``names``.
    """

    def __init__(self, names: list[str]) -> None:
        self.names = names
        forms: dict[str, list[str]] = {}  # full name or one of its tokens -> the names it stands for
        self.exact: dict[str, str] = {}
        self.tokens: dict[str, frozenset[str]] = {}
        self.by_token: dict[str, list[str]] = {}
        self.by_last: dict[str, str] = {}
        self.by_first: dict[str, str] = {}
        for name in names:
            words = name.split()
            # the full name, its first and its last word: a middle word ("Borneo" of a "Trans Borneo
            # Power Grid" the entity enricher took for a person) names no one on its own
            # a title alone ("Lord" of "Lord Duncan") names no one: "Lord Henley" is not Lord Duncan
            for form in {name, *words[:1], *words[-1:], *_particle_free(words[-1:])}:
                if len(form) >= 3 and (form == name or form.lower().rstrip(".") not in _HONORIFICS):
                    forms.setdefault(form, []).append(name)
            self.exact.setdefault(name.lower(), name)
            toks = name.lower().split()
            if not toks:
                continue
            self.tokens[name] = frozenset(toks)
            for tok in dict.fromkeys(toks):
                self.by_token.setdefault(tok, []).append(name)
            for tok in _particle_free(toks[-1:]):
                self.by_token.setdefault(tok, []).append(name)
                self.by_last.setdefault(tok, name)
            self.by_last.setdefault(toks[-1], name)
            self.by_first.setdefault(toks[0], name)
        self.forms = forms
        self.order = {name: i for i, name in reversed(list(enumerate(names)))}  # first mention first
        # Aho-Corasick only pays off for many forms: building it costs more than a few ``find`` loops.
        self.automaton: ahocorasick.Automaton | None = None
        if len(forms) > _FIND_LOOP_FORMS:
            self.automaton = ahocorasick.Automaton()
            for form in forms:
                self.automaton.add_word(form, form)
            self.automaton.make_automaton()
        self._spans: dict[str, list[tuple[int, str]]] = {}  # per paragraph: several quotes ask

    def spans(self, para: str) -> list[tuple[int, str]]:
        """(offset, full name) for every mention of a known person in a paragraph (full or one token).

        Per form, occurrences are taken as a left-to-right ``str.find`` loop takes them (a match
        resumes the search at its end), then kept when they stand between non-alphanumerics.
        """
        spans = self._spans.get(para)
        if spans is not None:
            return spans
        spans = self._spans[para] = []
        if self.automaton is None:
            for form, names in self.forms.items():
                start = para.find(form)
                while start >= 0:
                    end = start + len(form)
                    if _stands_alone(para, start, end):
                        spans.extend((start, name) for name in names)
                    start = para.find(form, end)
        else:
            resume: dict[str, int] = {}
            for last, form in self.automaton.iter(para):
                start = last - len(form) + 1
                if start < resume.get(form, 0):
                    continue
                end = resume[form] = last + 1
                if _stands_alone(para, start, end):
                    spans.extend((start, name) for name in self.forms[form])
        spans.sort()
        if len(spans) > 1:
            spans[:] = _longest(para, spans, self.order)
        return spans

    def resolve(self, mention: str) -> str | None:
        """The full name a short mention refers to ("Wang" -> "Wang Yi"), or None (see ``resolve_name``)."""
        low = mention.lower().strip()
        if not low:
            return None
        if low in self.exact:
            return self.exact[low]
        mtoks = low.split()
        if len(mtoks) > 1:
            wanted = set(mtoks)
            return next((n for n in self.by_token.get(mtoks[0], ()) if wanted <= self.tokens[n]), None)
        for index in (self.by_last, self.by_first):
            if low in index:
                return index[low]
        return next(iter(self.by_token.get(low, ())), None)


# The gender a pronoun gives its person (issue #15 item 6: a "she said" is no man's). German "sie" and
# Indonesian "dia"/"ia" say none.
_PRONOUN_GENDER = {
    **dict.fromkeys(("he", "er", "il", "él", "ele"), "m"),
    **dict.fromkeys(("she", "elle", "ella", "ela"), "f"),
}
_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Ss]he|er|il|elle|él|ella|ele|ela)\b")
# a word right before a person's name that says the person's gender (honorifics, -woman/-man roles)
_GENDER_CUE = re.compile(
    r"\b(?:(?P<f>Mrs|Ms|Miss|Mme|Madame|Frau|Sra|Señora|Dona|Ibu|Bu|spokeswoman|chairwoman|congresswoman"
    r"|businesswoman|Queen|Princess)|(?P<m>Mr|Herr|Sr|Señor|Monsieur|Bapak|Pak|spokesman|congressman|businessman"
    r"|King|Prince))\.?\s+$"
)


@lru_cache(maxsize=1)
def _given_gender() -> dict[str, str]:
    """Given name -> "f"/"m" for names with one clear gender (``data/given_name_gender.json``, own list)."""
    data = json.loads(ilr.files("streams").joinpath("data/given_name_gender.json").read_text(encoding="utf-8"))
    return {**dict.fromkeys(data["female"], "f"), **dict.fromkeys(data["male"], "m")}


class _Context:
    """What a speaker is resolved against: the article's people, their roles (``ext.roles``) and its
    organisations."""

    def __init__(
        self, people: _People, roles: list[dict[str, str]], orgs: list[dict[str, str]], places: set[str] | None = None
    ) -> None:
        self.people = people
        self.places = places or set()
        known = set(people.exact.values())  # (a set: a values view is searched item by item, per role)
        self.roles = [(r["name"], r["role"]) for r in roles if r.get("name") in known and r.get("role")]
        self._orgs = orgs
        self._org_forms: list[tuple[str, str]] | None = None
        self._org_keys: frozenset[str] | None = None
        self._mentions: dict[str, list[tuple[int, str]]] = {}
        self.media: dict[str, bool] = {}  # speaker -> the story names it as a paper (``_media_named``)
        self._joined: tuple[list[str], str, list[int]] | None = None  # ``holding``'s paragraphs joined once
        # indexes, so that a story naming 1,000 officials costs no 1,000 x 1,000 role tests
        self.by_head: dict[str, list[tuple[str, str]]] = {}  # role head word -> (name, role)
        self.by_prefix: dict[str, list[tuple[str, str]]] = {}  # first 3 letters of the head -> (name, role)
        for name, role in self.roles:
            words = re.findall(r"[\w']+", role.lower())
            if words:
                head = _head(words)
                self.by_head.setdefault(head, []).append((name, role.lower()))
                self.by_prefix.setdefault(words[0][:3], []).append((name, role.lower()))
        # what a paragraph must hold for a role word to stand in it ("Men" for Menpora, "Minister")
        self._triggers = {w[:1].upper() + w[1:] for w in (*self.by_head, *self.by_prefix)}
        # many triggers (a long story's officials): one automaton walk per paragraph, not one find per trigger
        self._trigger_walk: ahocorasick.Automaton | None = None
        if len(self._triggers) > _FIND_LOOP_FORMS and "" not in self._triggers:
            self._trigger_walk = ahocorasick.Automaton()
            for trigger in self._triggers:
                self._trigger_walk.add_word(trigger, trigger)
            self._trigger_walk.make_automaton()
        self._fits: dict[tuple[str, ...], frozenset[str]] = {}  # ``_fitting``'s answers
        # the story's paragraphs and the one being read: a title after a quote ("the senator said")
        # is looked up in the text before it
        self.paras: list[str] = []
        self.at = 0
        # the last person the story gives speech to (a quotation's speaker, "X said" in a narrative
        # paragraph), as opposed to one it only names
        self.last_speaker: str | None = None
        # the person a "he"/"she" still stands for past an unnamed voice that is not he or she (see ``_Hold``)
        self.held: str | None = None
        self._genders: dict[str, str] | None = None  # person -> gender the story's words give (``gender``)

    def _fitting(self, words: list[str]) -> set[str]:
        """The people whose role the words name (see ``_role_fits``), looked up through the indexes; a
        function of the words once the indexes are built, so kept per words (a long story asks the same
        role word in every paragraph, each time over every official of that title). A fresh set each call."""
        key = tuple(words)
        fits = self._fits.get(key)
        if fits is None:
            candidates = [c for w in words for c in self.by_head.get(w, ())]
            if len(words) == 1 and len(words[0]) >= 4:
                candidates += self.by_prefix.get(words[0][:3], ())
            if len({name for name, _ in candidates}) > _MAX_ROLE_CANDIDATES:
                fits = frozenset()  # a word that fits dozens of people names none of them
            else:
                fits = frozenset(name for name, role in candidates if _role_fits(words, role))
            self._fits[key] = fits
        return set(fits)

    def by_role(self, phrase: str, before: list[str]) -> str | None:
        """The person whose role the phrase names ("Menpora", "the minister", "Presiden"), preferring
        the one named last before the quote; None when no role or several unrelated ones fit."""
        words = [w for w in re.findall(r"[\w']+", phrase.lower()) if w not in ("the", "sang", "pak", "bu")]
        if not words or not self.roles:
            return None
        fits = self._fitting(words)
        if not fits:
            return None
        for name in reversed(before):
            if name in fits:
                return name
        return next(iter(fits)) if len(fits) == 1 else None

    def mentions(self, para: str) -> list[tuple[int, str]]:
        """The people named in a paragraph, by name or by role ("Menpora pun mengarahkan ...")."""
        spans = self.people.spans(para)
        if not self.roles:
            return spans
        cached = self._mentions.get(para)
        if cached is not None:
            return cached
        found = list(spans)
        if (
            not any(trigger in para for trigger in self._triggers)
            if self._trigger_walk is None
            else next(self._trigger_walk.iter(para), None) is None
        ):
            self._mentions[para] = found
            return found
        for m in _CAPITALISED.finditer(para):
            word = m.group().lower()
            if word in self.people.by_token or (word not in self.by_head and word[:3] not in self.by_prefix):
                continue  # a word of a person's name, or of no role
            fits = self._fitting([word])
            if len(fits) == 1:
                found.append((m.start(), fits.pop()))
        found.sort()
        self._mentions[para] = found
        return found

    def holding(self, word: str) -> list[str]:
        """The paragraphs that hold ``word``, in order: by a find loop over the paragraphs joined once (a
        test of every paragraph per speaker was speakers x paragraphs on a long story). The joints are NULs:
        a word without one cannot be found across two paragraphs."""
        paras = self.paras
        if not word or "\0" in word:
            return [para for para in paras if word in para]
        if self._joined is None or self._joined[0] is not paras:
            starts = list(itertools.accumulate((len(para) + 1 for para in paras[:-1]), initial=0))
            self._joined = (paras, "\0".join(paras), starts)
        _, joined, starts = self._joined
        out: list[str] = []
        at = joined.find(word)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            out.append(paras[k])
            if k + 1 >= len(starts):
                break
            at = joined.find(word, starts[k + 1])
        return out

    def gender(self, name: str) -> str | None:
        """The person's gender, "f"/"m", when the story says it (an honorific or a -woman/-man role right
        before a mention: "Mrs Thatcher", "spokeswoman Jane Doe") or the first name has one clear gender;
        else None."""
        genders = self._genders
        if genders is None:
            genders = self._genders = {}
            for para in self.paras:
                for off, who in self.people.spans(para):
                    # a whole name only: "Mrs Reagan" is not President Reagan (a shared surname)
                    if " " not in who or not para.startswith(who, off):
                        continue
                    cue = _GENDER_CUE.search(para, max(0, off - 16), off)
                    if cue:
                        said = "f" if cue.group("f") else "m"
                        genders[who] = said if genders.get(who, said) == said else ""  # "": cues disagree
        if name in genders:
            return genders[name] or None
        first = name.split()[0] if " " in name else ""
        return _given_gender().get(first)

    def orgs(self) -> list[dict[str, str]]:
        """The story's organisations."""
        return self._orgs

    def has_orgs(self) -> bool:
        """Whether the story names any organisation (else no quotation can have an organisation source)."""
        return bool(self._orgs)

    def org_forms(self) -> list[tuple[str, str]]:
        """The written forms of the article's organisations (name, short form without its legal words,
        "literal"), longest first, each with its organisation's name; worked out once, on demand, with
        ``str.find`` (a regex alternation compiled per article cost ~60 µs mean over the benchmark)."""
        if self._org_forms is None:
            forms: dict[str, str] = {}
            # a first word two organisations share ("Dome" of Dome Petroleum Ltd and Dome Mines Ltd) is neither's
            firsts = Counter(str(org.get("name") or "").split(maxsplit=1)[0] for org in self._orgs if org.get("name"))
            for org in self._orgs:
                name = str(org.get("name") or "")
                first = name.split()[0] if " " in name else ""  # "WEDGE" of WEDGE Group Inc (a capitals word)
                brand = first if len(first) >= 3 and first.isalpha() and first.isupper() else ""
                head = self._firm_head(name) if firsts[first] == 1 else ""
                for form in (name, _short_org(name), str(org.get("literal") or ""), brand, head):
                    if (len(form) >= 3 or form.isupper()) and form[:1].isupper() and form.lower() not in _NOT_PERSON:
                        forms.setdefault(form, name)
            text = "\n".join(self.paras)  # (once: a join per organisation was organisations x text length)
            for org in self._orgs:  # (after every organisation's own forms: "Kodak" stays the Kodak of the list)
                name = str(org.get("name") or "")
                for form in self._variants(name, text) if name else ():
                    if form.lower() not in _NOT_PERSON:
                        forms.setdefault(form, name)
            # a one-word "organisation" the text also writes as a person's name ("Hughes Tool Co
            # Chairman W.A. Kistler said": "Kistler" is no source)
            for form in [f for f in forms if " " not in f and not f.isupper()]:
                if any(_PERSON_BEFORE.search(text, max(0, i - 30), i) for i, _, _ in _org_spans(text, [(form, "")])):
                    del forms[form]
            self._org_forms = sorted(forms.items(), key=lambda item: len(item[0]), reverse=True)
        return self._org_forms

    def _variants(self, name: str, text: str) -> list[str]:
        """Other ways the story writes a body whose name the entity list spelled its own way: without
        hyphens ("Organisation for Economic Cooperation and Development" of "... Co-operation ..."),
        and by the initials of its capitalised words ("OECD") when the story writes them as a word."""
        out = [name.replace("-", "")] if "-" in name else []
        words = name.replace(",", " ").split()
        if len(words) >= 3:  # (not its legal word: "ATT" of American Telephone and Telegraph Co)
            initials = "".join(w[0] for w in words if w[:1].isupper() and w.lower().rstrip(".") not in _FIRM_WORDS)
            if len(initials) >= 3 and alone.has_word(text, initials):
                out.append(initials)
        legal = next((i for i, w in enumerate(words) if i and w.lower().rstrip(".") in _FIRM_WORDS), 0)
        before = words[:legal]
        while before and before[-1].lower() in ("and", "&"):
            before.pop()
        if len(before) >= 2:  # "Montagu said" of Samuel Montagu and Co Ltd (no person's name of the story)
            last = before[-1]
            known = last.lower() in self.people.by_token
            if len(last) >= 4 and last.isalpha() and last[0].isupper() and not known and alone.has_word(text, last):
                out.append(last)
        return out

    def _firm_head(self, name: str) -> str:
        """A firm's first word, as the text writes the firm for short ("USAir said" of USAir Group Inc,
        "Hughes said" of Hughes Tool Co): a capitalised word before the legal word, no given name, no
        person's name of the story; else ""."""
        words = name.replace(",", " ").split()
        legal = next((i for i, w in enumerate(words) if w.lower().rstrip(".") in _FIRM_WORDS), 0)
        head = words[0] if legal else ""
        if len(head) < 4 or not head[:1].isupper() or not head.isalnum() or head.isupper():
            return ""
        if head in _given_gender() or self.people.spans(head):
            return ""
        return head

    def org_keys(self) -> frozenset[str]:
        """What an organisation is written as, lower case: its name (without a final full stop), its short
        form without legal words ("union camp" of Union Camp Corp), its literal ("gm"); built on demand."""
        if self._org_keys is None:
            self._org_keys = frozenset(
                key
                for o in self._orgs
                for name in (str(o.get("name") or ""),)
                for key in (name.lower().rstrip("."), _short_org(name).lower(), str(o.get("literal") or "").lower())
                if key
            )
        return self._org_keys

    def is_person_like(self, raw: str, place_ok: bool = False) -> bool:
        """False for an organisation, a collective ("Dealers"), a short acronym ("GM"), a group word
        ("Islamists") or a place of the story ("Saudi Arabia said") as written; ``place_ok``: a
        place's name after a post-posed "said" is a person's (wires write "Iran said", and '"...,"
        said Georgia' is the skater Georgia)."""
        low = raw.lower().strip()
        bare = low.rstrip(".")  # "said Chrysler Corp." is the organisation "Chrysler Corp"
        if low in _NOT_PERSON or _group_or_place(raw, set() if place_ok else self.places) or bare in self.org_keys():
            return False
        return not (raw.isupper() and len(raw) <= 5)


def _role_fits(words: list[str], role: str) -> bool:
    """The words name the role: all of them are words of it ("minister", "foreign minister"), or the
    one word is its acronym ("menpora" = Menteri Pemuda dan Olahraga: a prefix of the first word of
    three letters or more, then the rest of its letters in order in the following words)."""
    role_words = _without_rank(re.findall(r"[\w']+", role))
    if not role_words:
        return False
    head = _head(role_words)
    if all(w in role_words for w in words) and head in words:
        return True  # with the role's head word: "Menteri", "the minister"; not "Indonesia" alone
    if len(words) != 1 or len(words[0]) < 4:
        return False
    word, head = words[0], role_words[0]
    for cut in range(min(len(word), len(head)), 2, -1):
        if head.startswith(word[:cut]):
            rest, tail = word[cut:], " ".join(role_words[1:])
            if not rest or not tail or not any(w.startswith(rest[0]) for w in role_words[1:]):
                return False
            at = 0
            for char in rest:
                at = tail.find(char, at) + 1
                if not at:
                    return False
            return True
    return False


def _head(role_words: list[str]) -> str:
    """The head word of a role: "Menteri Pemuda dan Olahraga" -> menteri, "Foreign Minister" -> minister;
    a rank after the office is not its head ("Kapolri Jenderal" -> kapolri)."""
    if role_words[0] in _ID_TITLE_HEADS:
        return role_words[0]
    words = _without_rank(role_words)
    return words[-1] if words else role_words[-1]


# Indonesian police and military ranks, written between an office and its holder's name ("Kapolri
# Jenderal Listyo Sigit Prabowo", "Kapolda Metro Jaya Irjen Pol Karyoto"): words of the name's rank, not
# of the office
_RANKS = frozenset(
    (
        *("jenderal", "jend", "letjen", "mayjen", "brigjen", "irjen", "komjen", "kombes", "akbp", "akp", "kompol"),
        *("laksamana", "laksdya", "laksda", "laksma", "marsekal", "marsdya", "marsda", "marsma", "kolonel"),
        *("letkol", "kapten", "pol", "tni", "purn"),
    )
)


def _without_rank(role_words: list[str]) -> list[str]:
    """The role's words without the rank that ends it ("kapolri jenderal pol" -> ["kapolri"])."""
    end = len(role_words)
    while end > 1 and role_words[end - 1] in _RANKS:
        end -= 1
    return role_words[:end]


def _outside_quotes(para: str, spans: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The mentions that stand outside the paragraph's quotations."""
    inside = [(m.start(), m.end()) for m in _quoted(para)]
    if not inside:
        return spans
    return [(off, n) for off, n in spans if not any(a <= off < b for a, b in inside)]


def _longest(para: str, spans: list[tuple[int, str]], order: dict[str, int]) -> list[tuple[int, str]]:
    """At one offset, the people whose whole name stands there win over those who only share its
    first word ("Robert Dole" is not "Robert Byrd"); a word inside a longer name names no one else."""
    out: list[tuple[int, str]] = []
    covered = -1
    for off, group in itertools.groupby(spans, key=lambda span: span[0]):
        names = [name for _, name in group]
        if off < covered:
            continue
        whole = [name for name in names if para.startswith(name, off)]
        if whole:
            covered = off + max(map(len, whole))
            out.extend((off, name) for name in whole)
        else:  # a word two people share ("Fodge", "Mueller"): the one the story names first
            out.append((off, min(names, key=order.__getitem__)))
    return out


def _stands_alone(para: str, start: int, end: int) -> bool:
    """``para[start:end]`` is between non-alphanumerics (or the paragraph's ends)."""
    return (start == 0 or not para[start - 1].isalnum()) and (end == len(para) or not para[end].isalnum())


def _person_spans(para: str, names: list[str]) -> list[tuple[int, str]]:
    """(offset, full name) for every mention of a known person in a paragraph (full or one token)."""
    return _People(names).spans(para)


def _resolve(raw: str | None, people: _People) -> str | None:
    """Full name for a speaker phrase, trying its tail first ("Kemenlu China ... Wang" -> "Wang Yi")."""
    if not raw:
        return None
    raw = _one_sentence(raw.strip(" ,."))
    poss = _POSSESSIVE.search(raw)
    if poss and raw[poss.end() :]:  # "First Chicago's Johnson": the body's person
        raw = raw[poss.end() :]
    toks = raw.split()
    for i in range(len(toks)):
        found = people.resolve(" ".join(toks[i:]))
        if found:
            return found
    return raw


# a definite article of German, Spanish or French right before or opening a capitalised phrase: a noun
# ("der Bund", "Der Spiegel", "la Moncloa"), never a person's name (English "the" is read as a title)
_FOREIGN_ARTICLE = frozenset(("der", "die", "das", "des", "dem", "den", "el", "la", "los", "las", "le", "les"))
_FOREIGN_ARTICLE_BEFORE = re.compile(r"\b(?:[Dd](?:er|ie|as|es|em|en)|[Ee]l|[Ll](?:a|os|as|e|es))\s+$")


def _article_named(para: str, at: int, raw: str) -> bool:
    """The capitalised phrase ``raw`` at ``para[at]`` opens with or follows a German or Romance article."""
    first = raw.split(maxsplit=1)[0] if raw.strip() else ""
    return first.lower() in _FOREIGN_ARTICLE or (
        at > 0 and _FOREIGN_ARTICLE_BEFORE.search(para, max(0, at - 5), at) is not None
    )


def _one_sentence(raw: str) -> str:
    """A speaker phrase up to the end of its sentence ("Johnson. Banks'" -> "Johnson", "Chamberlain. These"
    -> "Chamberlain"; "Sen. Don Nickles", "W.A. Kistler" keep their abbreviations and initials)."""
    at = raw.find(". ")
    while at > 0:
        if not _ABBREVIATION.search(raw, max(0, at - 6), at + 1):
            return raw[:at]
        at = raw.find(". ", at + 1)
    return raw


_POSSESSIVE = re.compile(r"['’]s\s+")


def _owned_person(raw: str, people: _People) -> str | None:
    """The known person after a body's possessive in a speaker phrase ("NAR's John Tuccillo",
    "Hutton's Phillippi": the body's person speaks, not the body), else None."""
    poss = _POSSESSIVE.search(raw)
    if poss is None:
        return None
    who = _resolve(raw[poss.end() :], people)
    return who if who in people.names else None


def _named_before(para: str, start: int) -> str | None:
    """The name in the leftmost match of "<name> said" or "kata <name>" that ends (but for spaces
    and one ":" or ",") at ``start``, in the 120 characters before it.

    Two searches instead of one alternation: each then starts with what re can skip to (a capital,
    a say-word's first letter). The first is skipped unless the text before ``start`` ends with one
    of its say-words, which it must; at the same offset it wins, as the first alternative did.
    """
    low = max(0, start - 120)
    tail = para[low:start].rstrip()
    if tail.endswith((":", ",")):
        tail = tail[:-1].rstrip()
    name_say = _NAME_SAY_BEFORE.search(para, low, start) if tail.endswith(_SAY_AFTER_WORDS) else None
    say_name = _SAY_NAME_BEFORE.search(para, low, start)
    if name_say and (say_name is None or name_say.start() <= say_name.start()):
        return name_say.group(1)
    return say_name.group(1) if say_name else None


# between a person and the organisation that ends the person's title: ", director of industry
# affairs for the ", ", the company's senior vice president at " (no closing comma before "said")
_TITLE_UPTO = re.compile(r",\s+[^,;:.!?“”\"«»\n]{0,120}?\b(?:for|of|at|with|from)\s+(?:the\s+)?")


# "<person> said <Name> ..." right before a quote with no ":" or ",": the name opens the reported clause
_SAY_CLAUSE_BEFORE = re.compile(rf"\b(?:said|says|added|sagte|dijo)\s+{_NAME}\s*$")
_JUST_A_NAME = re.compile(r"[\w'’.\-]+(?:[ ][\w'’.\-]+){0,4}[ ]+")


def _subject_before_say(para: str, start: int, named: list[tuple[int, str]]) -> str | None:
    """The known person right before "said" when "said <Name>" runs into the quote without a colon or
    comma ('Nazer said Saudi Arabia "..."': Nazer, not the country), else None."""
    m = _SAY_CLAUSE_BEFORE.search(para, max(0, start - 120), start)
    if not m:
        return None
    for off, name in reversed(named):
        if off < m.start() and _JUST_A_NAME.fullmatch(para, off, m.start()):
            return name
    return None


# a video shot list's sound-bite line: "- sot Vicco von Bülow", "SOT: Irm Herrmann, actress" (sound on tape)
_SOT_LINE = re.compile(rf"(?:[-–•*]\s*)?(?i:sot)\b\s*:?\s*{_NAME}\s*(?:,[^.“”\"]*)?$")
# lower-case role words, then a name: " assistant manager Machiko Suzuki", " analyst Fred Leiner"
_ROLE_THEN_NAME = re.compile(rf"\s+(?:(?!(?:and|or|said|says|the|of|to|in|on|at)\s)[a-z][\w\-]*\s+){{1,3}}{_NAME}")


def _sentence_dot(name: str) -> str:
    """``name`` without the full stop of the sentence it ends ("Machiko Suzuki." → "Machiko Suzuki"; "Jr."
    and an initial keep theirs)."""
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if last.endswith(".") and len(last) > 3 and last[-2:-1].islower() else name


def _org_at(para: str, at: int, raw: str, ctx: _Context) -> int | None:
    """Where the story's organisation that ``raw`` opens at ``para[at]`` ends, when one longer than it is
    written there ("Laurie Milbank" of "Laurie Milbank and Co"), else None."""
    if not ctx.has_orgs():
        return None
    for form, _ in ctx.org_forms():
        rest = form[len(raw) :]
        # "Darwin Beck of First Boston Corp" is a person and his firm, not a firm's name
        if rest[:1] == " " and not rest.startswith(" of ") and form.startswith(raw) and para.startswith(form, at):
            return at + len(form)
    return None


# a relative clause that reports the quote after it: "Fernao Bracher, who told Gazeta Mercantil:" (its hearer
# and place in between, no sentence end, no other quote mark)
_RELATIVE_SAY = re.compile(rf"{_NAME},\s+who\s+(?:also\s+|later\s+)?(?:{_SAY_AFTER})\b[^.;!?“”\"«»„\n]{{0,80}}[:,]\s*$")


# a name opening the clause after a quote, with a relative clause: '", Fernao Bracher, who met ...'
_NAME_WHO_AFTER = re.compile(rf"[\s,]*{_NAME},\s+who\b")


_NEW_SENTENCE = re.compile(r"\s+[A-Z]")


# a name used as a modifier ("Reagan administration officials", "the Trump campaign"): no one speaking
_ATTRIBUTIVE = re.compile(
    r"\s+(?:administration|government|era|camp|campaign|cabinet|family|aides?|officials?|team|White House)\b"
)
# a reporting verb and "to" before a name: the one spoken to ("said in a letter to Secretary Richard Lyng
# and U.S. Trade Representative Clayton Yeutter")
_HEARER_BEFORE = re.compile(
    r"\b(?:said|says|told|wrote|writes|added|stated)\b(?:[^.;:!?“”\"«»„]|\.(?=\S)){0,60}?\bto\s"
    r"(?:[^.;:!?“”\"«»„]|\.(?=\S)|(?<=\b[A-Z])\.\s)*$"
)


def _ends_its_sentence(para: str, start: int, end: int) -> bool:
    """The quotation at ``para[start:end]`` stands inside a sentence (words before it) and closes it: its
    last word ends with a full stop and a capital opens what follows."""
    if not para[start:end].rstrip(" \"”»“'").endswith("."):
        return False
    if not para[_sentence_start(para, start) : start].strip(" \"“„«'"):
        return False
    return _NEW_SENTENCE.match(para, end) is not None


def _speaker(
    para: str, start: int, end: int, ctx: _Context, last: str | None, same_para: str | None = None
) -> str | None:
    """The speaker of the quote at ``para[start:end]`` (see the module docstring for the order);
    ``UNNAMED`` when the text gives it to no named person."""
    people = ctx.people
    names = people.names
    found: list[list[tuple[int, str]]] = []

    def mentions() -> list[tuple[int, str]]:
        """The paragraph's people outside its quotations (a name inside one is not a speaker); only
        worked out when a rule needs them."""
        if not found:
            found.append(_outside_quotes(para, ctx.mentions(para)))
        return found[0]

    def before() -> list[str]:
        return [n for off, n in mentions() if off < start]

    def last_before() -> str | None:
        named = [(off, n) for off, n in mentions() if off < start]
        lead = _unnamed_lead(para, start, anyone=True)
        voice = lead.start() if lead is not None else _definite_unnamed(para, start, ctx)
        if voice >= 0 and not any(off > voice for off, _ in named):
            # "A spokesman for Airbus confirmed those terms. "…," he said": the unnamed person the paragraph
            # opens a sentence with speaks, not a named person of an earlier paragraph ("The spokesman
            # said ...", when the story brought him in as "a spokesman", the same)
            return UNNAMED
        return _referent(para, named, ctx) if named else last

    def pronoun_before(words: str) -> str | None:
        """``last_before`` for a third-person pronoun ("he said", "katanya"): where an unnamed voice
        took the last quotation but the story goes on with the person before it, that person."""
        who = last_before()
        return ctx.held if who is None and ctx.held and _SINGULAR_PRONOUN.search(words) else who

    # a quotation inside a sentence that ends with it ('He said the arguments "tend to be weak." Hughes
    # said ...'): what follows opens a new sentence, whose subject is not the quotation's speaker
    beyond = para[:end] if _ends_its_sentence(para, start, end) else para
    separators = _SEPARATORS.match(beyond, end)
    reach = (separators.end() if separators else end) + _QUOTING_REACH
    # the title rules need an article or indefinite word among the first three words after the quote
    # (", the minister said", ", said the minister", ", a affirmé le ministre"): set lookups first
    if _ARTICLE_WORDS.intersection(beyond[end : end + 40].lower().replace(",", " ").split()[:3]):
        if _AFTER_INDEFINITE_TITLE.match(beyond, end):
            return UNNAMED
        apposed_title = _AFTER_TITLE_COMMA.match(beyond, end)
        if apposed_title:  # '", said the president of Acme, John Smith': the known person after the comma
            who = next((n for off, n in mentions() if off == apposed_title.end()), None)
            if who:
                return who
        titled = _AFTER_TITLE.match(beyond, end)
        if titled:  # ", the minister said", ", indicó el presidente", ", sagte die Kanzlerin": that person
            noun = (titled.group("t1") or titled.group("t2")).lower()
            phrase = titled.group("p1") or titled.group("p2")
            return _by_title(ctx, noun, phrase, para, start, before(), last) or UNNAMED
    if _AFTER_OTHER.match(beyond, end):  # ", the report said", ", said one bank official", "it said"
        return UNNAMED
    if bare := _AFTER_BARE_VERB.match(beyond, end):  # '", dijo.', "», sagte er", "», a-t-il ajouté": the last named
        return _gendered(bare.group(), pronoun_before(bare.group()), before(), ctx)
    patterns = _AFTER_PATTERNS if _QUOTING_HINT.search(beyond, end, reach) else _AFTER_PATTERNS[1:]
    for pattern in patterns:
        m = pattern.match(beyond, end)
        if not m:
            continue
        raw = m.group(1)
        if raw.lower() in _PRONOUNS:  # "He said" written with a capital
            return _gendered(raw, pronoun_before(raw), before(), ctx)
        if (owned := _owned_person(raw, people)) is not None:
            return owned  # "said the NAR's John Tuccillo": the known person after the body's possessive
        if _TITLE_BEFORE.search(para, max(0, m.start(1) - 8), m.start(1)):
            # "the Maryland Democrat said", "sang menteri": the person of that role, else the last
            # named; "the White House said", "the Fed said": no person
            plural = raw.split()[-1]
            if not ctx.is_person_like(raw) or _INSTITUTION.search(raw) or (plural[-1:] == "s" and plural[-2:] != "ss"):
                return UNNAMED  # "the Republicans added": a group
            return ctx.by_role(raw, before()) or last_before()
        who = _resolve(raw, people)
        apposed = None if raw.lower() in people.exact else _apposed(para, m.end(1), mentions())
        if apposed:  # "ujar Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho": the name after the title
            return apposed
        if who not in names:
            # "ujar Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho", "said Prudential Bache
            # analyst Fred Leiner", "said Jack Kirnan of Kidder Peabody": the person named further on
            clause = _CLAUSE_END.search(para, m.end(1))
            stop = clause.start() if clause else len(para)
            later = [(off, n) for off, n in mentions() if m.end(1) <= off < stop]
            if later:
                return _head_person(para, later)
            role = ctx.by_role(raw, before())  # "kata Menpora", "said the minister"
            if role:
                return role
            org = _org_at(para, m.start(1), raw, ctx)
            if org is not None:  # "said Laurie Milbank and Co assistant manager Machiko Suzuki": the firm
                titled = _ROLE_THEN_NAME.match(para, org)  # opens the clause; its titled person speaks
                return _sentence_dot(titled.group(1)) if titled else UNNAMED
            if not ctx.is_person_like(raw, place_ok=pattern is _AFTER_SAY_NAME) or _article_named(
                para, m.start(1), raw
            ):
                # ("», erklärte der Bund der Steuerzahler": a German or Romance noun after its article)
                return UNNAMED  # "said Dealers", "GM said", "Kidder Peabody": not a person
        if who:
            return who
    if (firm_titled := _AFTER_FIRM_TITLE_NAME_SAY.match(beyond, end)) and (
        who := _resolve(firm_titled.group(1), people)
    ) in names:
        return who  # '", OCBC analyst Barnabas Gan said': the known person after the firm and title
    if pronoun_after := _AFTER_PRONOUN.match(beyond, end):  # "katanya", "he said": the last named, else last speaker
        return _gendered(pronoun_after.group(), pronoun_before(pronoun_after.group()), before(), ctx)
    relative = _RELATIVE_SAY.search(para, max(_sentence_start(para, start), start - 160), start)
    if relative and (who := _resolve(relative.group(1), people)) in names:
        # "..., according to ... Fernao Bracher, who told Gazeta Mercantil: "..."": the relative clause's
        # person speaks, not the subject of the sentence it hangs on
        return who
    named = _named_before(para, start)
    if named and _proxy_at(para, para.rfind(named, 0, start)):
        return UNNAMED  # 'an aide to Lyng said: "..."': the aide's, whom the text leaves unnamed
    if named:
        subject = _subject_before_say(para, start, mentions())
        if subject:  # 'Nazer said Saudi Arabia "is fully adhering ..."': the name after "said" opens the clause
            return subject
        if named.lower() in _PRONOUNS:
            return _gendered(named, pronoun_before(named), before(), ctx)
        who = _resolve(named, people)
        if who not in names and not ctx.is_person_like(named):
            # "Tom Cook, director of industry affairs for the National Cattlemens Association said
            # "...": the organisation ends the title of the person before it, who speaks
            at = para.rfind(named, 0, start)
            holder = next(
                (n for off, n in mentions() if off < at and _TITLE_UPTO.fullmatch(para, off + len(n), at)), None
            )
            if holder:
                return holder
        if who not in names and _COMPANY_END.search(named):
            # "Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said, "...""
            lead = [(off, n) for off, n in mentions() if _sentence_start(para, start) <= off < start]
            return _head_person(para, lead) if lead else UNNAMED
        # "said Georgia:" is the person Georgia, "Saudi Arabia said:" a country
        place_ok = not para[max(0, start - 40) : start].rstrip(" :,").endswith(_SAY_AFTER_WORDS)
        if who in names or (
            ctx.is_person_like(named, place_ok=place_ok)
            and not _article_named(para, para.rfind(named, 0, start), named)
        ):
            return who
        return ctx.by_role(named, before())
    introduced = _INTRODUCED.search(para, max(0, start - 80), start)
    if introduced:  # "Sky-Experte Merk befand: «...»": a known person and any verb before a colon
        who = _resolve(introduced.group(1), people)
        if who in names:
            return who
        if _article_named(para, introduced.start(1), introduced.group(1)):
            return UNNAMED  # "Der Spiegel berichtete: «...»": a body, not the last speaker
    sentence = _sentence_start(para, start)
    if _IMPERSONAL_BEFORE.search(para, max(sentence, start - 40), start):
        return UNNAMED  # "In der Regel 12 ... heißt es: «...»": a text, no one speaking
    unnamed = _unnamed_before(para, sentence, start)
    if unnamed:  # "The documents says:", "A Government spokesman said:", "It adds:"
        # (its subject without the verb: "the governor said" is the role "governor", New Mexico's governor)
        return ctx.by_role(_VERB_TAIL.sub("", unnamed.group()), before()) or UNNAMED
    pronoun = _PRONOUN_SAYS.search(para, sentence, start)
    if pronoun:  # "He said that FBI Director William Webster ... 'understands ...'": the pronoun speaks
        earlier = [n for off, n in mentions() if off < pronoun.start()]
        if any(sentence <= off < pronoun.start() for off, _ in mentions()) and _proxy_at(
            para, max(off for off, _ in mentions() if off < pronoun.start())
        ):
            # "An aide to Agriculture Secretary Richard Lyng who asked not to be identified said ..., which
            # he said was started by "…"": the pronoun is the aide's, whom the text leaves unnamed
            return UNNAMED
        return _gendered(pronoun.group(), earlier[-1] if earlier else last or ctx.held, earlier, ctx)
    subject = _sentence_subject(para, sentence, start, mentions(), ctx, last)
    if subject is not None:  # 'Senator Bill Bradley (Democrat) of New Jersey said the administration would "..."'
        return subject
    reported = _said_later(beyond, end, mentions())
    if reported is not None:  # 'sei auch «...» gewesen, sagte Schiri-Boss Fröhlich im Dezember'
        return pronoun_before("he") if reported == _PRONOUN_MARK else reported
    if _unnamed_sentence(para, sentence, start, end, mentions()):
        return UNNAMED
    if same_para:  # '"I'm very positive on GM," said Jack Kirnan of Kidder Peabody. "They're ..."'
        return same_para
    if before():
        in_sentence = [n for off, n in mentions() if sentence <= off < start]
        # named in the quote's own sentence: the nearest ("Trump's spokesman Jason Miller tweeted that
        # there would be "...""); else the one the last sentence naming someone says speaks, or its
        # subject ('Robert Byrd ... said ... that Reagan had .... "But one speech is not enough."')
        return in_sentence[-1] if in_sentence else last_before()
    # (not an owner: '"…," Smith's spokeswoman Mary Jones said' is Mary Jones's)
    # (nor a hearer: '"…" on world grain trade, the president of NAWG ... said in a letter to U.S.
    # Agriculture Secretary Richard Lyng' is the president's, not Lyng's)
    after = [
        n
        for off, n in mentions()
        if off >= end
        and not _owner_at(para, off)
        and not _HEARER_BEFORE.search(para, end, off)
        and not _ATTRIBUTIVE.match(para, off + len(n))
    ]
    opens = _NAME_WHO_AFTER.match(para, end)
    if after and opens and _resolve(opens.group(1), people) not in names:
        # '"…," Fernao Bracher, who met ... Dilson Funaro on Tuesday, said ...': the clause's subject is a
        # name the entity list missed; the known one is only mentioned in its relative clause
        return UNNAMED
    if after:
        return after[0]
    if len(para[sentence:start].split()) > 3 and not _PERSON_PRONOUN.search(para, sentence, start):
        return None  # 'Die Rundfunk-Reporter bekamen nach eigenen Angaben «...»': a quote inside a
        # sentence whose paragraph names no one continues no earlier speaker
    return last


# a sentence whose subject is an unnamed person ("A spokesman for Airbus confirmed ...", "An Airbus official
# said ..."), with the body it names after "for"/"of"/"at" (inside the match: the quotation's ``source``)
_UNNAMED_LEAD = re.compile(
    r"(?:^|(?<=[.!?] ))\s*(?:An?|One|Another)\s+(?:[\w\-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|official"
    r"|executive|source|representative)\b(?:\s+(?:for|of|at|with|from)\s+(?:the\s+)?[A-Z][\w&.\-]*+"
    r"(?:\s+[A-Z][\w&.\-]*+){0,4})?"
)


# the same with any unnamed person of ``_INDEFINITE_HINT`` ("An analyst who wanted anonymity said ..."): no body
# it speaks for (an analyst's words are not his firm's), only that no one named speaks
_UNNAMED_PERSON_LEAD = re.compile(
    r"(?:^|(?<=[.!?] ))\s*(?:An?|One|Another)\s+(?:[\w\-]+\s+){0,3}?(?:analyst|economist|trader|dealer|banker"
    r"|diplomat|manager|expert|observer|aide|lawmaker|broker|strategist)\b"
)


def _unnamed_lead(para: str, start: int, anyone: bool = False) -> re.Match[str] | None:
    """The last sentence before ``para[start]`` whose subject is an unnamed person, if any (``anyone``:
    also one of ``_UNNAMED_PERSON_LEAD``'s)."""
    found: list[re.Match[str]] = []
    if "pokes" in para or "fficial" in para or "ource" in para or "epresent" in para:
        found += _UNNAMED_LEAD.finditer(para, 0, start)
    if anyone and _INDEFINITE_HINT.search(para):
        found += _UNNAMED_PERSON_LEAD.finditer(para, 0, start)
    return max(found, key=lambda m: m.start(), default=None)


# a third-person singular pronoun: what ``_Context.held`` may stand for (not "they", "it", "we")
_SINGULAR_PRONOUN = re.compile(r"\b(?:he|she|dia|ia|beliau|er|il|elle|él|ella)\b|nya\b", re.IGNORECASE)
# a voice that is no person: a paper, a body, "it" ("Article I in the agreement states that", '", it said')
_THING_NOUNS = (
    *("agreement", "accord", "pact", "treaty", "report", "statement", "communique", "document", "filing", "letter"),
    *("release", "study", "survey", "article", "law", "bill", "memo", "newspaper", "magazine", "ruling", "verdict"),
    *("judgment", "decision", "resolution", "declaration", "announcement", "notice", "prospectus", "proposal"),
    *("company", "firm", "group", "bank", "ministry", "government"),
)
_THING_VERBS = (
    "said",
    "says",
    "states",
    "stated",
    "added",
    "adds",
    "reads",
    "read",
    "notes",
    "noted",
    "writes",
    "wrote",
)
_THING = (
    rf"(?:[Ii]t|(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa]n?)\s+(?:[\w\-]+\s+){{0,3}}?(?:{'|'.join(_THING_NOUNS)}))"
    rf"\s+(?:also\s+)?(?:{'|'.join(_THING_VERBS)})\b"
)
_THING_BEFORE = re.compile(rf"\b{_THING}[^.!?;“”\"«»„]*$")
_THING_AFTER = re.compile(rf"[\s,]*{_THING}")
# the third person of a gender, inside a quotation ("He continues to be interested ...") and as the
# subject of a narrative paragraph ("He was quoted by the Irish magazine ...")
_THIRD_PERSON = {"m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b"), "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")}
_SUBJECT_PRONOUN = {"m": re.compile(r"\b[Hh]e\b"), "f": re.compile(r"\b[Ss]he\b")}


def _of_gender(patterns: dict[str, re.Pattern[str]], text: str, gender: str | None) -> bool:
    """``text`` holds the pattern of the gender (of either when it is not known)."""
    return any(patterns[g].search(text) for g in ((gender,) if gender in patterns else ("m", "f")))


def _hold(para: str, m: re.Match[str], behind: str | None, ctx: _Context) -> tuple[str | None, str | None]:
    """(held, pending) after the quotation ``m`` of an unnamed voice, ``behind`` being the person the story
    spoke of before it. A voice that is no person (a paper, a body, "it") is never the "he" that follows:
    that person stays held. An unnamed person who speaks of him in the third person ('The spokesman said
    "He continues to be interested ..."') leaves him pending: held once a quote-free paragraph goes on
    with "he" ("He was quoted by the Irish magazine ..."); a "he said" right after is the spokesman's."""
    if not behind or behind not in ctx.people.names:
        return None, None
    sentence = _sentence_start(para, m.start())
    if _THING_BEFORE.search(para, sentence, m.start()) or _THING_AFTER.match(para, m.end()):
        return behind, None
    if _of_gender(_THIRD_PERSON, m.group(1), ctx.gender(behind)):
        return None, behind
    return None, None


def _gendered(words: str, chosen: str | None, before: list[str], ctx: _Context) -> str | None:
    """The person a pronoun in ``words`` ("she said", "a-t-elle") stands for: ``chosen`` unless the story
    knows that person's gender and it is not the pronoun's; then the last person of the pronoun's gender
    named before it (in this paragraph, then the one before), else the last speaker if of that gender, else
    no one (``UNNAMED``)."""
    pronoun = _PRONOUN_WORD.search(words)
    gender = _PRONOUN_GENDER.get(pronoun.group().lower()) if pronoun else None
    if gender is None or not chosen or ctx.gender(chosen) in (None, gender):
        return chosen
    previous = [n for _, n in ctx.mentions(ctx.paras[ctx.at - 1])] if 0 < ctx.at <= len(ctx.paras) else []
    for name in reversed([*previous, *before]):
        if ctx.gender(name) == gender:
            return name
    if ctx.last_speaker and ctx.gender(ctx.last_speaker) == gender:
        return ctx.last_speaker  # "Ian said ... [Lucy ...] "…," he said": the last speaker of that gender
    return UNNAMED


# "Sky-Experte Merk befand:", "Smith warned:": a name, one verb and a colon right before the quote
_INTRODUCED = re.compile(rf"{_NAME}\s+[a-zäöüß][\w]*\s*:\s*$")
# an impersonal source ("heißt es:", "se lee:", "peut-on lire:", "it reads:"): no one speaks
_IMPERSONAL_BEFORE = re.compile(r"\b(?:(?:heißt|hieß)\s+es|es\s+(?:heißt|hieß)|se\s+lee|peut-on\s+lire)\s*[:,]?\s*$")
# a reporting clause later in the quote's sentence: ", sagte Schiri-Boss Fröhlich", ", said Smith"
_SAID_LATER = re.compile(
    rf"[^.!?;“”\"«»„]{{0,40}}?,\s*{_SAY_BEFORE}\s+(?:(?:er|sie|he|she)\b|(?:(?:der|die|das|the|sang|el|la|le)\s+)?"
    rf"(?:[a-zäöüß][\w\-]*\s+){{0,3}}?{_NAME})"
)
# the same with the name first: '"..." in their complaint, Hall told Reuters'
_NAME_SAID_LATER = re.compile(rf"[^.!?;“”\"«»„]{{0,40}}?,\s*{_NAME}\s+(?:{_SAY_AFTER})\b")
_COMPANY_END = re.compile(r"\b(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV|Bhd|Tbk)\.?$")
_PRONOUN_MARK = "\x00pronoun"
# Titles a reporting clause may name its speaker by ("the minister said", "indicó el presidente",
# "sagte die Kanzlerin", "a affirmé le ministre", "ujar sang menteri"): offices, whose holder the story
# has named before (our own lists, standard vocabulary of en/es/pt/fr/de/id news copy). German compounds
# end with one ("Bundeskanzlerin", "CDU-Politiker").
_OFFICE_TITLES = frozenset(
    (
        *("minister", "senator", "president", "governor", "premier", "chancellor", "secretary", "chairman"),
        *("chairwoman", "mayor", "ambassador", "prosecutor", "judge", "coach", "king", "queen", "prince"),
        *("pope", "envoy", "commander", "general", "lawmaker", "congressman", "congresswoman", "legislator"),
        *("ministro", "ministra", "presidente", "presidenta", "gobernador", "gobernadora", "alcalde"),
        *("alcaldesa", "canciller", "mandatario", "mandataria", "senador", "senadora", "diputado", "diputada"),
        *("entrenador", "técnico", "ministre", "président", "présidente", "maire", "chancelier", "chancelière"),
        *("sénateur", "sénatrice", "député", "députée", "entraîneur", "sélectionneur", "ministerin"),
        *("präsident", "präsidentin", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "trainer"),
        *("politiker", "politikerin", "menteri", "presiden", "gubernur", "bupati", "walikota", "ketua"),
        *("juez", "jueza", "fiscal", "magistrado", "magistrada", "juge", "procureur", "richter", "richterin"),
    )
)
# roles whose holder is often left unnamed ("the spokesman said", "the analyst said"): that person only
# when the story names someone with the role, never the last speaker
_OTHER_TITLES = frozenset(
    (
        *("spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "executive", "director"),
        *("official", "lawyer", "attorney", "portavoz", "vocero", "porte-parole", "sprecher", "sprecherin"),
        *("juru bicara", "jubir"),
    )
)
_TITLE_NOUN = "|".join(sorted(_OFFICE_TITLES | _OTHER_TITLES, key=len, reverse=True))
_ARTICLE = r"(?:the|el|la|los|las|le|l'|der|die|das|sang)"  # (not "a", "o": English, Portuguese indefinite)
_ANY_SAY = (
    rf"(?:{_OTHER_SAY}|{_SAY_BEFORE}\b|{_SAY_AFTER}\b|indicó|aseguró|agregó|sostuvo|subrayó|advirtió|precisó"
    r"|comentó|a indiqué|a souligné|a estimé|a assuré|a précisé|meinte|ergänzte|kritisierte)"
)
# what makes a title after its verb someone the story may not have named: a name after it (", said the
# president, John Smith"), a body it heads ("said the president of Acme")
_TITLE_QUALIFIED = r"\s*,\s*(?-i:[A-ZÀ-ÞĀ-Ž])|\s+(?:of|for|at|de|del|du|des|von|der|dari)\b"
# whom the words were said to, between the verb and the title: "declaró a EFE el portavoz", "dijo a los
# periodistas el ministro", "a déclaré à l'AFP le ministre"
_HEARER = r"(?:\s+(?:a|à)\s+(?:(?:los|las|la|l'|les)\s*)?(?-i:[A-Z][\w\-]*|periodistas|journalistes|prensa|presse))?"
# a title right after the quote, before or after its verb; p1/p2: the phrase, t1/t2: its title noun
_AFTER_TITLE = re.compile(
    rf"[\s,]*(?:{_ARTICLE}\s+(?P<p1>(?:[\w\-'’.]+\s+){{0,3}}?(?P<t1>[\w\-]*?(?:{_TITLE_NOUN})))\s+(?:also\s+)?{_ANY_SAY}"
    rf"|{_ANY_SAY}{_HEARER}\s+{_ARTICLE}\s+(?P<p2>(?:[\w\-'’.]+\s+){{0,3}}?(?P<t2>[\w\-]*?(?:{_TITLE_NOUN}))))\b(?![\w\-]|\s+(?-i:[A-ZÀ-ÞĀ-Ž])|{_TITLE_QUALIFIED})",
    re.IGNORECASE,
)
# an indefinite title right after the quote ('", a U.S. Sprint spokesman said', '", one senior official
# added', '", dijo un portavoz'): someone the text leaves unnamed
_AFTER_INDEFINITE_TITLE = re.compile(
    rf"[\s,]*(?:(?:an?|one|another|un|una|ein|eine|einer|une)\s+(?:[\w\-'’.]+\s+){{0,4}}?[\w\-]*?(?:{_TITLE_NOUN})s?"
    rf"\s+(?:also\s+)?{_ANY_SAY}|{_ANY_SAY}\s+(?:un|una|ein|eine|einer|une)\s)",
    re.IGNORECASE,
)
# a title, then a comma and (tested apart) a name: '", said the president of Acme, John Smith'
_AFTER_TITLE_COMMA = re.compile(rf"[\s,]*{_ANY_SAY}\s+{_ARTICLE}\s+[^,.;:“”\"«»\n]{{1,60}}?,\s*", re.IGNORECASE)
_ARTICLE_WORDS = frozenset(
    (
        *("the", "el", "la", "los", "las", "le", "der", "die", "das", "sang", "a", "an", "one", "another"),
        *("un", "una", "une", "ein", "eine", "einer"),
    )
)
_TITLE_REACH = 90  # a reporting verb, an article and up to four words of a title
# a title as the subject of the quote's own sentence, right before its verb ("..., the Kansas senator")
_TITLE_SUBJECT = re.compile(
    rf"(?:^|,\s*|\s)(?:{_ARTICLE})\s+(?P<p>(?:[\w\-'’.]+\s+){{0,3}}?(?P<t>[\w\-]*?(?:{_TITLE_NOUN})))\s*$",
    re.IGNORECASE,
)
# a reporting verb with no named subject after the quote: Spanish/Portuguese with no subject ('", dijo.'),
# a pronoun after it ("», sagte er", "», dijo él"), the French inversion ("», a-t-il ajouté")
_AFTER_BARE_VERB = re.compile(
    r"[\s,]*(?:(?:dijo|afirmó|declaró|señaló|explicó|añadió|agregó|indicó|aseguró|disse|afirmou|sagte|erklärte"
    r"|betonte|meinte|ergänzte)(?:\s+(?:er|sie|él|ella|ele|ela)\b|\s*(?:[.;]|$))"
    r"|a-t-(?:il|elle)\s+\w+|(?:ajoute|précise|explique|affirme|estime|souligne)-t-(?:il|elle)\b)"
)
# the chamber whose name before a person says the title ("Senate Republican leader Robert Dole" is a senator)
_TITLE_BODIES = {
    **dict.fromkeys(("senator", "senators"), "senate"),
    **dict.fromkeys(("congressman", "congresswoman"), "congress"),
    **dict.fromkeys(("senador", "senadora"), "senado"),
    **dict.fromkeys(("sénateur", "sénatrice"), "sénat"),
}
_TITLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "pres": "president", "gen": "general", "amb": "ambassador"}


def _holds_title(word: str, noun: str) -> bool:
    """The word is the title ("Senator", "Sen.", "Kanzlerin", "Bundeskanzlerin", "CDU-Politikerin")."""
    w = word.lower().strip(".,;:()\"'«»“”„")
    w = _TITLE_ABBREVIATIONS.get(w, w)
    return w == noun or (len(noun) >= 6 and w.endswith(noun)) or _TITLE_BODIES.get(noun) == w


_FORMER = frozenset(
    ("former", "ex", "ex-", "late", "retired", "ehemalige", "ehemaliger", "früheren", "frühere", "mantan")
)


def _by_title(
    ctx: _Context, noun: str, phrase: str, para: str, start: int, before: list[str], last: str | None
) -> str | None:
    """The person a title in a reporting clause stands for: the one whose role it names in
    ``ext.roles``; else the person the story last names with that title before the quote ("Senator
    John Smith ...", "Jones, the minister, ..."); else, for an office, the last speaker; else None."""
    by_role = ctx.by_role(phrase, before)
    noun = noun.split("-")[-1]
    texts = [*ctx.paras[: ctx.at], para[:start]]
    found: str | None = None
    holders: dict[str, bool] = {}  # each person named with the title -> whether all the phrase's words are theirs
    wanted = {w for w in phrase.lower().split() if w not in _ARTICLE_WORDS}
    for text in texts:
        previous = 0  # the end of the mention before: a title before it is that person's
        for off, name in ctx.people.spans(text):
            near = _title_words(text[max(0, off - 60, previous) : off].split(), noun)
            # (the mention's own end: "Reagan" of Ronald Reagan is six letters, not thirteen)
            previous = max(previous, off + (len(name) if text.startswith(name, off) else len(text[off:].split()[0])))
            after = _APPOSITION.match(text, off + len(name))
            if after:
                near += after.group(1).split()
            if any(_holds_title(w, noun) for w in near):
                found = name
                words = {w.lower().strip(".,;:()") for w in near}
                if words & _FORMER and not wanted & _FORMER:
                    continue  # "former Senate Republican leader Howard Baker" is not "the Kansas senator"
                holders[name] = holders.get(name, False) or all(
                    w in words or any(_holds_title(v, w) for v in words) for w in wanted
                )
    chosen = by_role or found
    if chosen and len(holders.keys() - {chosen}) > 0:
        # two people the story names with the title ("Prime Minister Boris Johnson", "health minister Matt
        # Hancock" ... "the minister said"): the one the whole phrase fits ("the prime minister"), else none
        exact = [name for name, fits in holders.items() if fits]
        return exact[0] if len(exact) == 1 and (by_role is None or exact[0] == by_role) else None
    if chosen:
        return chosen
    if noun in _OFFICE_TITLES and last and last == ctx.last_speaker:
        # the last speaker, when the person last named is the one last given speech (not someone the
        # story only mentions: "Mary Jones spoke first. "...," said the president") and no role of
        # theirs says otherwise
        role = next((r for n, r in ctx.roles if n == last), None)
        if role is None or noun in role.lower() or _courtesy_only(role):
            # ("Sheikh" of "Sheikh Ali ..." names no office: "the minister said" after him is his)
            return last
    return None


# forms of address that name no office ("Sheikh Ali", "Mr Baker", "Pak Budi")
_COURTESY = frozenset(
    (
        *("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "sheikh", "haji", "hajjah", "datuk"),
        *("dato", "tun", "pak", "bu", "bapak", "ibu", "prof", "rev", "herr", "frau", "señor", "monsieur", "madame"),
    )
)


def _courtesy_only(role: str) -> bool:
    """The role is only forms of address (no office a title could name)."""
    words = [w.strip(".,").lower() for w in role.split()]
    return bool(words) and all(w in _COURTESY for w in words)


# lower-case words of a title before a name ("Senate Republican leader Robert Dole", "former deputy minister")
_ROLE_WORDS = (
    _OFFICE_TITLES
    | _OTHER_TITLES
    | frozenset(("leader", "chief", "head", "deputy", "former", "vice", "assistant", "senior", "whip", "acting", "ex"))
)
_TITLE_JOINS = frozenset(("of", "for", "and", "dan", "de", "del", "des", "du", "für", "der", "des", "la"))


def _title_words(words: list[str], noun: str) -> list[str]:
    """The title-like words right before a name, read backwards: capitalised words ("U.S. Agriculture
    Secretary"), the title itself in lower case ("senior economist"), joining words ("Menteri Pemuda
    dan Olahraga"); a lower-case word of the sentence ends them ("... senator said the Gates": none)."""
    out: list[str] = []
    for word in reversed(words[-6:]):
        if word[:1].isupper() or _holds_title(word, noun) or word.lower() in _TITLE_JOINS | _ROLE_WORDS:
            out.append(word)
        else:
            break
    return out


# an apposition after a name that opens with a determiner ("Jones, the minister,", "Leiner, an analyst
# at ..."): its words are the person's title ("Smith, who met the senator": not)
_APPOSITION = re.compile(
    r"\s*,\s*((?:the|an?|el|la|le|l'|der|die|das|un|una|une|ein|eine|sang)\s+(?:[\w\-'’.]+\s+){0,3}[\w\-'’.]+)"
)


# a subject made only of capitalised words (titles and a name), a party in brackets, a home state
_NAMED_SUBJECT = re.compile(
    r"^(?:[A-Z][\w.'’\-]*\s+){1,5}[A-Z][\w'’\-]+(?:\s*\([^()]{1,30}\))?(?:\s+of\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?\s*$"
)
_TITLE_WORDS = frozenset(
    (
        *("senator", "sen.", "rep.", "representative", "president", "minister", "governor", "gov.", "mayor"),
        *("mr.", "mrs.", "ms.", "dr.", "adm.", "gen.", "admiral", "general", "secretary", "chairman", "judge"),
        *("speaker", "leader", "prime", "deputy", "vice", "chief", "director", "senate", "house", "majority"),
        *("minority", "republican", "democrat", "democratic", "assistant", "foreign", "finance", "defense"),
    )
)
_OPENER_WORDS = frozenset(
    ("but", "and", "although", "however", "in", "the", "a", "an", "on", "at", "for", "after", "while", "when", "if")
)
_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’\-]*\.?$|[A-Z]\.$")  # "Bill", "O'Neill", "H." (not "AMC")
_LEAD_SAY = re.compile(
    r"\s(?:said|says|told|added|stated|argued|insisted|warned|claimed|called|tweeted|wrote|stressed|asserted"
    # (and the other languages' verbs after their subject: "Benavides mantuvo que si ... Alberto Fujimori ...
    # "…"" is Benavides's)
    rf"|remarked|replied|described|saying|{_reporting_alt('pre')})\b"
)
# a definite subject that is an unnamed person: "The senior banker", "the official", "The spokesman"
_UNNAMED_PERSON_SUBJECT = re.compile(
    r"[Tt]he\s+(?:[a-z][\w\-]*\s+){0,3}?(?:official|spokesman|spokeswoman|spokesperson|analyst|economist|trader"
    r"|dealer|banker|source|diplomat|executive|manager|expert|observer|aide|lawmaker|resident|witness|broker"
    r"|strategist)s?\b"
)


_ABBREVIATION = re.compile(
    r"(?:\b(?:Adm|Gen|Sen|Rep|Gov|Dr|Mr|Mrs|Ms|St|Lt|Col|Maj|Capt|Sgt|Sr|Prof|No|Nos|Jan|Feb|"
    r"Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|vs|Nr|Dir)|\b[A-Z])\.$"
)


def _sentence_start(para: str, start: int) -> int:
    """Where the sentence holding ``start`` begins: after the last ". ", "! " or "? " before it that is
    no abbreviation ("Adm. John Poindexter", "U.S. Navy")."""
    at = start
    while True:
        stop = max(para.rfind(". ", 0, at), para.rfind("! ", 0, at), para.rfind("? ", 0, at))
        if stop < 0:
            return 0
        if para[stop] != "." or not _ABBREVIATION.search(para, max(0, stop - 6), stop + 1):
            return stop + 2
        at = stop


def _apposed(para: str, at: int, named: list[tuple[int, str]]) -> str | None:
    """The known person named right after a title and a comma at ``at`` (", Ary Nugroho"), or None."""
    comma = re.compile(r"\s*,\s*").match(para, at)
    if not comma or comma.end() == at:
        return None
    return next((n for off, n in named if off == comma.end() and para.startswith(n, off)), None)


def _said_later(para: str, end: int, named: list[tuple[int, str]]) -> str | None:
    """The known person a reporting clause later in the quote's sentence names, ``_PRONOUN_MARK`` for
    a pronoun ("…», sagte er"), else None."""
    m = _SAID_LATER.match(para, end) or _NAME_SAID_LATER.match(para, end)
    if not m:
        return None
    if m.group(1) is None:
        return _PRONOUN_MARK
    inside = [n for off, n in named if m.start(1) <= off < m.end(1)]
    # the head is the last name ("Schiri-Boss Fröhlich": not the referee a role word "Schiri" stands for)
    return inside[-1] if inside else None


def _unknown_name_leads(para: str, sentence: int, first: int, ctx: _Context) -> bool:
    """The sentence opens with a person's name of two to four capitalised words, no known person, set off
    by a comma before ``first`` (the first known person): "Fernao Bracher, speaking after ... Funaro,"."""
    comma = para.find(",", sentence, first)
    if comma < 0:
        return False
    words = para[sentence:comma].split()
    while words and words[0].lower() in _TITLE_WORDS:
        words = words[1:]
    name = " ".join(words)
    return (
        2 <= len(words) <= 4
        and words[0].lower() not in _OPENER_WORDS
        and all(_NAME_WORD.match(w) for w in words)
        and not ctx.people.spans(name)
        and ctx.is_person_like(name)
        and not _INSTITUTION.search(name)
    )


def _sentence_subject(
    para: str, sentence: int, start: int, named: list[tuple[int, str]], ctx: _Context, last: str | None = None
) -> str | None:
    """The speaker a reporting verb before the quote in its own sentence gives: the known person of
    its subject; a subject of capitalised words naming no known person is that name without its
    titles ("Senator Bill Bradley (Democrat) of New Jersey said" -> Bill Bradley); None when the
    sentence has no such verb or its subject is something else (handled by the later rules)."""
    say = _LEAD_SAY.search(para, sentence, start)
    if not say:
        return None
    subject = para[sentence : say.start()]
    joins = list(_CLAUSE_JOIN.finditer(para, sentence, say.start()))
    if joins and _INDEFINITE_LEAD.match(para, joins[-1].end(), say.start()):
        # "Tillerson met with Brunson's wife ..., and a State Department spokesman said in April it had
        # called on Turkey to "..."": the subject of the verb is the unnamed spokesman
        return UNNAMED
    inside = [(off, n) for off, n in named if sentence <= off < say.start()]
    heads = [(off, n) for off, n in inside if not _owner_at(para, off) and not _proxy_at(para, off)]
    if heads and _unknown_name_leads(para, sentence, heads[0][0], ctx):
        # "Fernao Bracher, speaking after a meeting with ... Dilson Funaro, told Gazeta Mercantil: "…"": the
        # subject is a name the entity list missed; the known one is only mentioned in its aside
        return UNNAMED
    if heads:
        return _head_person(para, heads)
    if inside:
        # "The American Center for Law and Justice, ... working for Brunson's release, said ...",
        # "Brunson's lawyer said ...": the person only owns or is served by the subject, who is unnamed
        return UNNAMED
    title = _TITLE_SUBJECT.search(subject, max(0, len(subject) - _TITLE_REACH))
    if title:  # 'Appearing on ..., the Kansas senator said the Gates nomination "..."': the senator
        before = [n for off, n in named if off < start]
        return _by_title(ctx, title.group("t").lower(), title.group("p"), para, start, before, last) or UNNAMED
    if not _NAMED_SUBJECT.match(subject):
        # "The Syrian envoy said ...": the person of that role, if the story gives one
        if subject[:4] not in ("The ", "the "):
            return None
        role = ctx.by_role(subject, [n for off, n in named if off < start])
        if role is None and _UNNAMED_PERSON_SUBJECT.match(subject) and not inside:
            # "The senior banker was strongly opposed ..., saying: "..."": a person the text leaves
            # unnamed, not the one of an earlier paragraph
            return UNNAMED
        return role
    words = re.sub(r"\s*\(.*|\s+of\s+[A-Z].*", "", subject.strip()).split()
    titled = False
    while words and words[0].lower() in _TITLE_WORDS:
        words, titled = words[1:], True
    name = " ".join(words)
    if (
        titled  # "Senator Bill Bradley": a title says it is a person ("Pacific Western said" does not)
        and 2 <= len(words) <= 4
        and words[0].lower() not in _OPENER_WORDS
        and all(_NAME_WORD.match(w) for w in words)
        and ctx.is_person_like(name)
        and not _INSTITUTION.search(name)
    ):
        return name
    return UNNAMED  # "But AMC said", "The BBC said", "Pacific Western said": no person the story names


_NAME_RUN = re.compile(r"[\w\-]+(?:[ ][A-Z][\w\-]*)*")


# a new clause inside the sentence: ", and ", "; ", ", but ", ", while "
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+")
# an indefinite subject ("a State Department spokesman", "one trader", "an official")
_INDEFINITE_LEAD = re.compile(r"(?:an?|one|another)\s+[^,;]{0,60}$")


def _owner_at(para: str, off: int) -> bool:
    """The name written at ``para[off]`` is a possessive ("Brunson's release", "Reagan's spokesman"):
    it names whose thing or person the subject is, not the subject."""
    run = _NAME_RUN.match(para, off)
    return run is not None and para.startswith(("'s", "’s"), run.end())


_LEAD_WORDS = frozenset(("but", "and", "so", "then", "however,", "meanwhile,", "earlier,", "later,", "separately,"))


def _unnamed_before(para: str, sentence: int, start: int) -> re.Match[str] | None:
    """``_UNNAMED_BEFORE`` searched in the 150 characters before the quote, and only when one of the
    last two words there is a reporting verb (the regex would otherwise be tried at every offset)."""
    low = max(sentence, start - 150)
    if not _REPORT_VERB_SET.intersection(para[max(low, start - 40) : start].rstrip(" :,").split()[-2:]):
        return None
    return _UNNAMED_BEFORE.search(para, low, start)


def _referent(para: str, named: list[tuple[int, str]], ctx: _Context) -> str:
    """The person a pronoun after the quote ("he said") stands for: in the sentence that names
    someone last, the one it says speaks ("Lahadalia added ..."), else its subject (named first,
    after a title at most: "Purbaya instructed ... director general Suminto to ..." -> Purbaya),
    else the last person it names; ``UNNAMED`` when that sentence opens with a name the entity list
    missed and the known one is only in its aside ("Franz-Josef Feiter, agricultural adviser to
    West German Chancellor Helmut Kohl, agreed ..." is Feiter's, not Kohl's)."""
    named = [(off, n) for off, n in named if n.lower() not in _ADVERBS] or named
    at = named[-1][0]
    first = max(para.rfind(". ", 0, at), para.rfind("! ", 0, at), para.rfind("? ", 0, at)) + 2
    first = first if first > 1 else 0
    sentence = [(off, n) for off, n in named if off >= first]
    speaking = [n for off, n in sentence if _NARRATIVE_SAY.match(para, off)]
    if speaking:
        return speaking[-1]
    if _unknown_name_leads(para, first, sentence[0][0], ctx):
        return UNNAMED
    say = _LEAD_SAY.search(para, first)
    subject = [(off, n) for off, n in sentence if say and off < say.start()]
    if subject and not _SENTENCE_BREAK.search(para, subject[-1][0], say.start() if say else 0):
        # "Bayern Munich chairman Karl-Heinz Rummenigge called Mueller "...". ... he said": the subject
        return _head_person(para, subject)
    return sentence[0][1] if _leads(para, first, sentence[0][0]) else sentence[-1][1]


# sentence adverbs the entity enricher may take for a person ("Nevertheless, ... Wladyslaw Baka")
_ADVERBS = frozenset(("nevertheless", "nonetheless", "however", "meanwhile", "moreover", "furthermore", "still"))
_SENTENCE_BREAK = re.compile(r"[.!?;]\s")


def _pronoun_speaks(para: str) -> bool:
    """A pronoun reports speech in the paragraph ("he said", "she added", "katanya"); the regex only
    runs where one of its pronouns stands (it would be tried at every offset)."""
    return any(p in para for p in _PRONOUN_HINTS) and _PRONOUN_SAYS_ANY.search(para) is not None


def _leads(para: str, first: int, at: int) -> bool:
    """The name at ``at`` opens the sentence starting at ``first`` (but for a title or "But"): its subject."""
    lead = para[first:at].split()
    return len(lead) <= 3 and all(w[:1].isupper() or w.lower() in _LEAD_WORDS for w in lead)


def _head_person(para: str, later: list[tuple[int, str]]) -> str:
    """The first person named in a reporting clause, passing over a name that only modifies a role
    noun before the next one ("said former Nevada Sen. and Reagan confidant Paul Laxalt")."""
    for (off, name), (nxt, _) in itertools.pairwise(later):
        gap = _MODIFIER_GAP.match(para, off)
        if not (gap and gap.end() == nxt and not set(para[off:nxt].split()) & _NOT_ROLE_NOUN):
            return name
    return later[-1][1]


def _unnamed_sentence(para: str, sentence: int, start: int, end: int, named: list[tuple[int, str]]) -> bool:
    """The quote's sentence reports speech (a reporting verb outside the quote) and names no person
    and no personal pronoun: the speaker is one the text leaves unnamed."""
    first = sentence
    stops = [i for i in (para.find(". ", end), para.find("! ", end), para.find("? ", end)) if i >= 0]
    last = min(stops) if stops else len(para)
    outside = para[first:start] + " " + para[end:last]
    if not _SENTENCE_SAY.search(outside) or _PERSON_PRONOUN.search(outside):
        return False
    return not any(first <= off < start or end <= off < last for off, _ in named)


def enrich(article: Article, text: str | None = None) -> None:
    """Fill ``ext.quotes`` from the story text; reads ``article["people"]`` to resolve speakers.

    ``text``: the article's ``story_text`` when the caller already has it.
    """
    text = story_text(article) if text is None else text
    built: list[_Context] = []

    def context() -> _Context:
        if not built:
            built.append(_article_context(article))
        return built[0]

    _marked(article, text, context)
    if str(article.get("language") or "")[:2].lower() in ("id", "ms") and not article.get("ext", {}).get("quotes"):
        _teaser_quote(article, text, context)
    if str(article.get("language") or "")[:2].lower() in DASH_LANGUAGES:
        dashed = _dash_quotes(text, context)
        if dashed:
            _merge(article, text, dashed)
    found = article.get("ext", {}).get("quotes")
    if found:
        _credited_sources(article, found)
    if found and any(_in_capitals(entry["text"]) for entry in found):
        kept = [entry for entry in found if not _in_capitals(entry["text"])]
        if kept:
            article["ext"]["quotes"] = kept
        else:
            del article["ext"]["quotes"]


def _credited_sources(article: Article, found: list[dict[str, str]]) -> None:
    """A quotation the source itself credits (NITF ``quote-source``, kept by the parser in
    ``ext.source.quoteSources``) takes that credit as its ``source`` when the text names no speaker."""
    credited = (article.get("ext", {}).get("source") or {}).get("quoteSources")
    if not credited:
        return
    for entry in found:
        if entry.get("speaker") or entry.get("source"):
            continue
        words = " ".join(entry["text"].split())
        credit = next((c["source"] for c in credited if words and words in " ".join(c["text"].split())), None)
        if credit:
            entry["source"] = credit


def _in_capitals(quoted: str) -> bool:
    """A quotation written all in capitals is a story's headline or slug named in the copy (Reuters'
    corrections: 'In WASHINGTON story, "CONTINENTAL ILL. TO RECHARACTERIZE LOSS," please read ...'), no
    one's words (session 14). Scripts without case (Chinese) are not capitals."""
    if any(c.islower() for c in quoted):  # the usual quotation: decided at its first lower-case letter
        return False
    return sum(c.isupper() for c in quoted) >= 6 and len(quoted.split()) >= 2


# an Indonesian teaser that is one quotation without marks, its speaker after it: "Jadi, kita meningkatkan
# efisiensi pendapatan kita ..., kata Purbaya." (ANTARA's RSS summaries)
_TEASER_QUOTE = re.compile(
    r"(?P<q>[A-Z][^\n“”\"«»]{30,}?),\s+(?:kata|ujar|tutur|ucap)\s+"
    r"(?P<who>[A-Z][\w'’\-.]*(?:[ ][A-Z][\w'’\-.]*){0,3})\.?"
)
_FIRST_PERSON = re.compile(r"\b(?:saya|kami|kita|aku|gue)\b", re.IGNORECASE)


def _teaser_quote(article: Article, text: str, context: Callable[[], _Context]) -> None:
    """A teaser (a description the story text holds) that is a quotation without marks (first-person
    words, then ", kata X."): X's quotation when X is a person of the story, by name or by the title
    the story gives them ("kata Menpora"); reported speech ("Pemerintah akan ..., kata dia") has no
    first person and stays out."""
    teasers = [str(d.get("value") or "").strip() for d in article.get("descriptions", ())]
    for teaser in teasers:
        m = _TEASER_QUOTE.fullmatch(teaser)
        if not m or teaser not in text or not _FIRST_PERSON.search(m.group("q")):
            continue
        ctx = context()
        who = m.group("who").rstrip(".")
        speaker = ctx.people.resolve(who) or ctx.by_role(who, [])
        if speaker and not any(name == speaker for _, name in ctx.mentions(m.group("q"))):
            # (a teaser naming its speaker before ", kata X" is narration and a quotation run together)
            article.setdefault("ext", {})["quotes"] = [{"text": m.group("q").strip(" ,."), "speaker": speaker}]
            return


def _merge(article: Article, text: str, dashed: list[tuple[int, dict[str, str]]]) -> None:
    """Dash quotes and marked quotes in text order; a marked quote inside a dash quote is part of it."""
    spans = [(off, off + len(entry["text"])) for off, entry in dashed]
    merged: list[tuple[int, dict[str, str]]] = list(dashed)
    for entry in article.get("ext", {}).get("quotes", ()):
        off = text.find(entry["text"])
        if off >= 0 and any(a <= off < b for a, b in spans):
            continue
        merged.append((off if off >= 0 else len(text), entry))
    merged.sort(key=lambda item: item[0])
    article.setdefault("ext", {})["quotes"] = [entry for _, entry in merged]


def _article_context(article: Article) -> _Context:
    """The article's people, roles, organisations and places as the speaker rules read them, built
    once per article (marked and dash quotes share it). Collectives the entity enricher may have taken
    for people ("Analysts said") speak for no one, and so do names made of group, creed and
    nationality words ("Sunni Islamist") and the story's places ("Indonesia" taken for a person)."""
    places = {str(p.get("name") or "").lower() for p in article.get("places", ())}
    orgs = list(article.get("organisations", ()))
    org_names = {str(o.get("name") or "").lower() for o in orgs}
    names = list(
        dict.fromkeys(
            _without_affiliation(p["name"])
            for p in article.get("people", ())
            if p.get("name")
            and p["name"].lower() not in _NOT_PERSON
            and p["name"].lower() not in org_names
            and not _group_or_place(p["name"], places)
        )
    )
    ext = article.get("ext", {})
    return _Context(_People(names), list(ext.get("roles", ())), orgs, places)


# a person's name the entity list ran on into their firm or town ("Phil Pace of Kidder" in "analyst Phil Pace
# of Kidder, Peabody and Co"): two or three name words, then "of" and a capitalised word
_AFFILIATION = re.compile(r"((?:[A-Z][\w'’\-.]*[ ]){1,2}[A-Z][\w'’\-]+)[ ]of[ ][A-Z].*")


def _without_affiliation(name: str) -> str:
    """The name without the body it was run on into: "Phil Pace of Kidder" -> "Phil Pace"."""
    if " of " not in name:
        return name  # most names: _AFFILIATION needs " of " between
    m = _AFFILIATION.fullmatch(name)
    return m.group(1) if m and m.group(1).split()[0].lower().rstrip(".") not in _HONORIFICS else name


# what the story calls a paper or a broadcaster right before its name: "the government daily Izvestia"
_MEDIA_WORDS = r"(?:daily|newspaper|paper|weekly|magazine|tabloid|agency|broadcaster|television|radio)"


def _media_named(speaker: str, ctx: _Context) -> bool:
    """The story names the speaker as a paper or a broadcaster ("daily Izvestia", "the newspaper Pravda");
    read once per speaker and story (every quote of a long story asks it)."""
    known = ctx.media.get(speaker)
    if known is None:
        # only a paragraph holding the speaker and a media word can match: most stories hold none, and the
        # pattern (a new one per speaker, past re's cache) costs ~150 µs to compile
        paras = [para for para in ctx.holding(speaker) if _media_word(para)]
        media = re.compile(rf"\b{_MEDIA_WORDS}\s+{re.escape(speaker)}\b") if paras else None
        known = ctx.media[speaker] = media is not None and any(media.search(para) for para in paras)
    return known


# every word of ``_MEDIA_WORDS`` holds one of these ("newspaper" holds "paper")
_MEDIA_HINTS = ("daily", "paper", "weekly", "magazine", "tabloid", "agency", "broadcaster", "television", "radio")


def _media_word(para: str) -> bool:
    """Can ``para`` hold a match of ``_MEDIA_WORDS``? (asked only of a paragraph holding the speaker)"""
    return any(hint in para for hint in _MEDIA_HINTS)


def _quote_only(para: str, quoted: list[re.Match[str]]) -> bool:
    """The paragraph is its quotations and nothing else (but for spaces and punctuation)."""
    rest = para
    for m in reversed(quoted):
        rest = rest[: m.start()] + rest[m.end() :]
    return not rest.strip(" \t.,;:!?\"“”«»„'")


def _marked(article: Article, text: str, context: Callable[[], _Context]) -> None:
    """The quotations between quotation marks (everything above); ``context()`` gives the
    article's :class:`_Context` (only asked for when the story holds a quotation)."""
    if "``" in text:  # AP/ANPA copy quotes ``like this'' (only the quotation's text is published)
        text = _ANPA_QUOTE.sub(_anpa_curly, text)
    if '"' in text:  # 'Brazil"s output', 'We don"t': an apostrophe typed as '"'
        text = _apostrophes(text)
    marks = "".join(mark for mark in _OPENERS if mark in text)
    if not marks:
        return
    found = [(para, _quoted(para, marks)) for para in paragraphs(text)]  # (paragraph, its quoted spans)
    # nothing after the last quotation is read: the narrative paragraphs there need no speaker scan
    upto = max((i + 1 for i, (_, quoted) in enumerate(found) for m in quoted if _words(m) >= _MIN_WORDS), default=0)
    if not upto:
        return
    ctx = context()
    quotes: list[dict[str, str]] = []
    last: str | None = None  # the last speaker, or the last person named in an earlier paragraph
    ctx.paras = [para for para, _ in found]
    headlines = {str(h.get("value") or "").strip() for h in article.get("headlines", ())}
    teasers = {str(d.get("value") or "").strip() for d in article.get("descriptions", ())}
    carried: str | None = None  # the source of the last quotation of a quoting paragraph just before
    pending: str | None = None  # a person an unnamed voice spoke of, not yet held (``_hold``)
    ctx.held = None
    for index, (para, quoted) in enumerate(found[:upto]):
        ctx.at = index
        if index < 2 and para.strip() in headlines:  # (the story text opens with the headline)
            quoted = []  # a headline's quoted words are the story's, said in its body if at all
        elif quoted and quoted[-1].re is _UNCLOSED and para.strip() in teasers and _cut_short(quoted[-1]):
            quoted = quoted[:-1]  # a feed's teaser cut short: '... “Bagi siapa pun yang...' is no quotation
        same_para: str | None = None  # the speaker of the paragraph's previous quotation
        same_source: tuple[int, str] | None = None  # (end, source) of the paragraph's previous quotation
        quoting = False  # a real quotation in the paragraph (scare quotes and titles are none)
        for m in quoted:
            fragment = _words(m) < _MIN_WORDS and _fragment(para, m)
            if (
                (_words(m) < _MIN_WORDS and not fragment)
                or (not fragment and _is_term(para, m))
                or _is_title(m)
                or _is_named(para, m)
            ):
                continue
            speaker = _speaker(para, m.start(), m.end(), ctx, last, same_para)
            if (
                speaker
                and speaker not in ctx.people.names
                and (_firm_word(speaker, ctx) or not ctx.is_person_like(speaker))
            ):
                # "USAir said", "Montagu said": the firm's words (its source, below); "Buenos Aires", "Televisa":
                # a place or an organisation of the story is no person, whatever rule named it
                speaker = UNNAMED
            if speaker and _media_named(speaker, ctx):
                speaker = UNNAMED  # "The government daily Izvestia said": a paper, whatever the people list says
            if fragment and not (speaker and speaker in ctx.people.names and _says_first(para, m, speaker)):
                continue  # a fragment is a quotation only as the words of the named person who speaks
            if speaker == UNNAMED:
                ctx.held, pending = _hold(para, m, last or ctx.held or pending, ctx)
            elif speaker:
                ctx.held = pending = None
            quoting = True
            entry = {"text": m.group(1).strip(" ,.")}
            if speaker:
                entry["speaker"] = speaker
            elif ctx.has_orgs() or _KIND_SAY.search(para) or _BACK_TO_ORG.match(para, m.end()):
                source = _org_source(para, m.start(), m.end(), ctx)
                if (
                    not source
                    and same_source
                    and not _said_between(para, same_source[0], m.start())
                    and not any(same_source[0] <= off < m.start() for off, _ in ctx.mentions(para))
                ):
                    # the paragraph's previous quotation was the organisation's and nothing in between
                    # names another ("... des DFB heißt es: «…» Dabei seien drei Umstände zu
                    # berücksichtigen: «…»"): the same source
                    source = same_source[1]
                if not source and speaker is None and carried and _quote_only(para, quoted):
                    # a paragraph that is only quotation, after a quotation of an organisation's paper
                    # ('"…," the statement said.' then '"This operation enables us …"'): the same source
                    source = carried
                if source:  # "Bofors said in a statement. "…," the statement said.": no person, a source
                    entry["source"] = source
                    same_source = (m.end(), source)
            if speaker:
                same_source = None
            if speaker is not None:
                last = same_para = speaker or None
                ctx.last_speaker = last
            quotes.append(entry)
        carried = same_source[1] if quoting and same_source else None
        if not quoting:  # narrative paragraph (scare quotes at most: 'said she understands some
            # countries are "not ready"'): who it says speaks leads, else the person named last
            named = ctx.mentions(para)  # ("Menpora pun ...": by role)
            unnamed = not named and (_indefinite_speaker(para) or _definite_unnamed(para, len(para), ctx) >= 0)
            if named or unnamed:
                ctx.held = pending = None  # someone else comes in: no pronoun reaches past them
            elif pending and _of_gender(_SUBJECT_PRONOUN, para, ctx.gender(pending)):
                ctx.held, pending = pending, None  # the story goes on with him (see ``_hold``)
            intro = _INTRO_COLON.search(para) if para.rstrip().endswith(":") else None
            sot = _SOT_LINE.match(para) if "sot" in para[:8].lower() else None
            if sot:  # a shot list's "- sot Irm Herrmann, actress": the soundbite after it is hers
                last = ctx.last_speaker = _resolve(sot.group(1), ctx.people)
            elif intro:  # "Business Minister, the Rt. Hon. Lord Henley, said:": the next quotes are his
                last = ctx.last_speaker = _introducer(para, intro.start(), named, ctx)
            elif unnamed and last is not None:
                # "one senior banking official blamed Washington ... and said ...": the "he said" after
                # it is that unnamed official's, not the person of an earlier paragraph
                last = None
            elif named:
                saying = [
                    (off, n)
                    for off, n in named
                    if _NARRATIVE_SAY.match(para, off) or _SAID_BEFORE_NAME.search(para, max(0, off - 40), off)
                ]  # "Sato said", "..., said Salem Zahran, a Lebanese political analyst"
                if saying and not _proxy_at(para, saying[-1][0]):
                    last = ctx.last_speaker = saying[-1][1]
                elif saying:  # "But the aide to Lyng said ...": an unnamed person speaks last, the
                    # "he said" after it is the aide's, not Lyng's
                    last = None
                elif not _pronoun_speaks(para):
                    # the last naming sentence's subject ("Chen contacted Bob Fu, ...": Chen), else its last name
                    last = _referent(para, named, ctx) or None
                elif _leads(para, 0, named[0][0]):  # "Philip Fricke of ... While he is ..., he said"
                    last = named[0][1]
                # else "..., she added, noting her role models included ... Patrick Chan": the people
                # a pronoun's paragraph names are not its speaker; the previous one stays
    article.setdefault("ext", {})["quotes"] = quotes


_FIRM_WORDS = frozenset(
    ("co", "corp", "corporation", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bhd", "tbk", "group", "gmbh")
)


def _firm_word(speaker: str, ctx: _Context) -> bool:
    """The speaker is one word, no person of the story, of a firm's name of the story before its legal
    word ("USAir" of USAir Group Inc, "Montagu" of Samuel Montagu and Co Ltd; not "Tower" of the Tower
    Commission, whose chairman speaks)."""
    if " " in speaker or speaker in ctx.people.names:
        return False
    for org in ctx.orgs():
        words = str(org.get("name") or "").replace(",", " ").replace(".", " ").split()
        legal = next((i for i, w in enumerate(words) if w.lower() in _FIRM_WORDS), None)
        if legal is not None and speaker in words[:legal]:
            return True
    return False


# An organisation as the source of a quotation (issue #15 item 6). ``speaker`` is a person (the
# contract); when the text gives a quotation to an organisation of the story ("Bofors said in a
# statement. "…," the statement said."; "The New York Stock Exchange said … it is "strongly opposed
# …""; '"…," GM said'), the quotation keeps no speaker and says its ``source``: that organisation's
# name as in ``organisations``. Read only for a quote with no speaker, and only where the
# organisation is the subject of a reporting verb right at the quote (after it, in its own sentence,
# or in the sentence just before a quote that opens its sentence) with no person named in between.
_LEGAL_WORDS = frozenset(
    ("ab", "ag", "sa", "nv", "plc", "ltd", "co", "corp", "inc", "llc", "bhd", "tbk", "pt", "the", "corporation")
)
_ORG_SAY = rf"(?:also\s+|later\s+|earlier\s+)?(?:{_reporting_alt('body')})\b"
# a person's name before the form: an initial ("W.A. Kistler") or an honorific or title
_PERSON_BEFORE = re.compile(r"(?:\b[A-Z]\.\s?|\b(?:Mr|Mrs|Ms|Dr|Chairman|President)\.?\s+)(?:[A-Z]\.\s?)*$")
# after the organisation's form: "Bofors said", also after a legal word the form lacks ("Norton co said")
# (its voice between: "a McDonnell Douglas spokesman told Reuters" gives the company's words)
# (or its research desk, in the plural: '"…," ANZ analysts said in a note' gives the bank's note)
_ORG_VOICE = r"(?:\s+(?:spokes(?:man|woman|person)|official|representative|analysts|economists|strategists))"
# (or its paper: '"…," the Treasury brief said', "the OECD report said")
_ORG_PAPER = r"(?:\s+(?:brief|report|statement|filing|letter|release))"
# (or what it is, set off by commas: '"…," the Heritage Foundation, a conservative think tank, said')
_ORG_APPOSITION = r"(?:,\s+(?:an?|the)(?:\s+[a-z][\w\-]*){1,5},)"
_ORG_SAY_AFTER = re.compile(
    rf"(?:\s+(?:[Cc]o|[Cc]orp|Inc|Ltd|PLC|Plc|AG|SA|NV|LLC)\b\.?,?)?(?:{_ORG_VOICE}|{_ORG_PAPER}|{_ORG_APPOSITION})?"
    rf"\s+{_ORG_SAY}"
)
# after a quote, what may stand before an organisation's voice: '"…" in Republic Health, a McDonnell
# Douglas spokesman told Reuters' (no sentence end between)
_VOICE_LEAD = re.compile(r"[^.;:!?“”\"«»„\n]{0,60}?(?:^|[\s,])(?:an?|the|one)\s+")
# a phrase set off by commas between the organisation and its verb: "La patronal CEOE, en un comunicado,
# afirmó que "…"", "Bofors, in a statement, said "…"" (where, not who: no name in it)
_ORG_ASIDE_SAY = re.compile(rf",\s+(?:in|en|dans|in)\s+(?-i:[a-zé]+)(?:\s+(?-i:[a-zé]+)){{0,3}},\s+{_ORG_SAY}")
# an organisation credited with the words: '"…," according to ANZ'; 'According to ANZ, "…"'
_ACCORDING_AFTER = re.compile(r"[\s,]*(?:according\s+to|menurut)\s+(?:the\s+|an?\s+)?")
_ACCORDING_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to|[Mm]enurut)\s+(?:the\s+)?$")
_VOICE_AFTER = re.compile(rf"{_ORG_VOICE}\s+{_ORG_SAY}")
_SAY_THEN = re.compile(rf"[\s,]*(?:{_ORG_SAY})\s+(?:the\s+)?$")  # before it, after a quote: '", said GM'
# a reporting clause after the quote ('", one analyst said'): the quote is its subject's, not the
# organisation named before, unless that subject refers back to it ("the statement said", "it said")
_SAID_AFTER = re.compile(rf"[\s,]*[^.;:!?“”\"«»„\n]{{0,60}}?\b{_ORG_SAY}")
_JOINED_SAY = re.compile(rf"[\s,]*(?:and|but)\s+{_ORG_SAY}")  # '" and said ...': the subject before the quote
_BACK_TO_ORG = re.compile(
    r"[\s,]*(?:and\s+)?(?:(?:the|its)\s+(?:[a-z]+\s+)?(?:statement|company|firm|bank|group|announcement|release|agency|ministry"
    r"|department|letter|filing|board|commission|exchange|carrier|airline|utility)|it)\s+"
    rf"{_ORG_SAY}"
)


# an organisation named by what it is (issue #15 item 6): "The company said ... "…"", '"…," the paper
# said': the story's organisation of that kind which spoke last or leads a sentence (``_referred_org``)
_REFERRING_KINDS = (
    r"company|firm|group|bank|paper|newspaper|daily|agency|trust|carrier|airline|utility|insurer|lender|maker"
    r"|manufacturer|producer|retailer|refiner|ministry|union|fund|exchange"
)
_REFERRING = re.compile(
    rf"\b(?:(?:[Tt]he|[Ii]ts)\s+(?:[a-z][\w\-]*\s+)?(?P<kind>{_REFERRING_KINDS})"
    rf"|(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<voiced>{_REFERRING_KINDS}){_ORG_VOICE})\s+(?:on\s+\w+\s+)?{_ORG_SAY}"
)
_REFERRING_AFTER = re.compile(
    rf"[\s,]*(?:the|its)\s+(?:[a-z][\w\-]*\s+)?(?P<kind>{_REFERRING_KINDS})\s+(?:on\s+\w+\s+)?{_ORG_SAY}"
)
# the verb first: '"…," said the company.', '"…," said the bank in a statement' (not "said the company's
# chairman", "said the company spokesman": a person or the company's voice, read elsewhere)
_REFERRING_INVERTED = re.compile(
    rf"[\s,]*{_ORG_SAY}\s+(?:the|its)\s+(?:[a-z][\w\-]*\s+)?(?P<kind>{_REFERRING_KINDS})(?=\s*(?:[.,;]|$)|\s+(?:in|on)\s)"
)
# what a kind noun must find in the organisation's name, where the kind is a body of its own; a business
# kind ("the company") fits any organisation whose name holds no public-body word
_KIND_NAMES = {
    "bank": ("bank", "banco", "banque", "bancorp", "caisse", "sparkasse"),
    "paper": ("daily", "times", "post", "journal", "news", "herald", "gazette", "tribune", "press", "zeitung"),
    "agency": ("agency", "agence", "agencia", "news"),
    "ministry": ("ministry", "ministerium", "ministerio", "kementerian", "department"),
    "trust": ("trust",),
    "union": ("union",),
    "fund": ("fund",),
    "exchange": ("exchange", "bourse", "börse", "bursa"),
}
_KIND_NAMES["newspaper"] = _KIND_NAMES["daily"] = _KIND_NAMES["paper"]
_PUBLIC_BODY_WORDS = frozenset(
    (
        *("ministry", "department", "government", "council", "committee", "commission", "agency", "congress"),
        *("senate", "parliament", "party", "union", "association", "federation", "organization", "organisation"),
        *("bureau", "office", "court", "authority", "administration", "university", "police", "army", "navy"),
        *("reserve", "fund", "assembly", "institute", "league"),
    )
)


def _fits_kind(name: str, kind: str) -> bool:
    """The organisation can be what the kind noun calls it: "the bank" a name with a bank word, "the
    company" a name with no public-body word ("Norton", not "Finance Ministry")."""
    words = {w.lower() for w in re.findall(r"\w+", name)}
    names = _KIND_NAMES.get(kind)
    if names is not None:
        low = name.lower()
        return any(n in low for n in names)
    return not words & _PUBLIC_BODY_WORDS


# what may stand before an organisation that opens its sentence: nothing, or "the", an adjective and one
# noun saying what it is ("The Swedish carmaker NEVS, which bought ...": NEVS leads; not "Investors sold
# NEVS", "The board approved NEVS", "The shares of NEVS")
_LEAD_DESCRIPTOR = re.compile(
    # (its shares may lead: "Shares of Sydney-based lender Westpac Banking Corp rose")
    r"\s*(?:[Ss]hares\s+(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w]*-based\s+)?(?:[a-z][\w\-]*\s+)?"
    r"|(?:[A-Z][\w]*-based\s+)(?:[a-z][\w\-]*\s+)?"
    r"|[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?!(?:in|of|at|for|on|with|from|by|to|and|but|or|than|as)\s)"
    r"[a-z][\w\-]*\s+)?"
    # or its short name apposed to the full name that leads ("National Electric Vehicle Sweden, or NEVS,
    # had applied", "Perusahaan Listrik Negara (PLN) said"): the same body leads
    r"(?:[A-Z][\w&.\-’']*(?:\s+[A-Z][\w&.\-’']*){0,5}(?:,\s+or\s+|\s+\())?"
)


# a paper as the subject after a quote ('"…," the statement said') and the clause that said who issued it
# ("..., the bank said in a statement amplifying an earlier report")
_PAPERS = r"(?:statement|announcement|release|letter|filing)"
_PAPER_AFTER = re.compile(rf"[\s,]*(?:the|its)\s+{_PAPERS}\s+{_ORG_SAY}")
_SAID_IN_PAPER = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts)\s+(?P<kind>{_REFERRING_KINDS})\s+(?:also\s+)?said\s+in\s+(?:a|an|its)\s+"
    rf"(?:[a-z]+\s+)?{_PAPERS}\b"
)


def _paper_issuer(para: str, start: int, ctx: _Context) -> str | None:
    """The organisation whose paper a '"…," the statement said' quotes: the one "the <kind> said in a
    statement" refers to, in this paragraph before the quote or the one before it; None when none does."""
    texts = [para[:start], *ctx.paras[max(0, ctx.at - 1) : ctx.at]]
    for text in texts:
        said = list(_SAID_IN_PAPER.finditer(text))
        if said:
            return _referred_org(said[-1].group("kind"), para, start, ctx)
    return None


def _referred_org(kind: str, para: str, start: int, ctx: _Context) -> str | None:
    """The organisation "the <kind>" refers to at ``para[start]``: of the story's organisations that fit
    the kind, the one that last spoke before it ("Norton co said ...": Norton), else the last one that
    opens a sentence, looked for in this paragraph and back to the lead, else for a kind its name must
    say ("the paper") the only one named before; None when none fits."""
    forms = [(form, name) for form, name in ctx.org_forms() if _fits_kind(name, kind)]
    if not forms:
        return None
    texts = [para[:start], *reversed(ctx.paras[: ctx.at])]
    for text in texts:
        speaking = [
            name
            for _at, until, name in _org_spans(text, forms)
            if _ORG_SAY_AFTER.match(text, until) and not text.startswith(("'s", "’s"), until)
        ]
        if speaking:
            return speaking[-1]
    for text in texts:
        leading = [
            name
            for at, _until, name in _org_spans(text, forms)
            if _LEAD_DESCRIPTOR.fullmatch(text, _sentence_start(text, at), at)
        ]
        if leading:
            return leading[-1]
    if kind in _KIND_NAMES:  # "the paper said" in a story naming one paper ("the China Daily"): that one
        named = {name for text in texts for _at, _until, name in _org_spans(text, forms)}
        if len(named) == 1:
            return named.pop()
    return None


def _short_org(name: str) -> str:
    """The name without its legal words: "AB Bofors" -> "Bofors", "Chrysler Corp" -> "Chrysler"."""
    words = name.replace(".", "").split()
    while words and words[0].lower() in _LEGAL_WORDS:
        words = words[1:]
    while words and words[-1].lower() in _LEGAL_WORDS:
        words = words[:-1]
    return " ".join(words) if 0 < len(words) < len(name.split()) else ""


def _org_spans(
    text: str, forms: list[tuple[str, str]], lo: int = 0, hi: int | None = None
) -> list[tuple[int, int, str]]:
    """``(start, end, organisation)`` of each whole-word form in ``text[lo:hi]``, left to right, the
    longest at an offset, none overlapping."""
    hi = len(text) if hi is None else hi
    hits = []
    for form, name in forms:
        at = text.find(form, lo, hi)
        while at >= 0:
            stop = at + len(form)
            before = text[at - 1] if at else " "
            after = text[stop] if stop < len(text) else " "
            if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
                hits.append((at, stop, name))
            at = text.find(form, at + 1, hi)
    hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


# an organisation the entity list may lack, written as its name and what it is: "ANZ bank said",
# "Daiwa Securities company said" (capitalised words, then a lower-case kind of body, then the verb)
_ORG_KINDS = (
    r"(?:bank|company|firm|group|agency|ministry|department|exchange|carrier|airline|utility|union|broker"
    r"|brokerage|insurer|lender|regulator|producer|refiner|council|committee|federation|association|club)"
)
_KIND_SAY = re.compile(
    rf"\b((?:[A-Z][\w&.\-]*[ ]){{1,3}}){_ORG_KINDS}\s+(?:on\s+\w+\s+)?{_ORG_SAY}",
)
_NOT_ORG_LEAD = frozenset(("The", "A", "An", "This", "That", "Its", "Their", "Our", "His", "Her", "But", "And", "In"))


def _kind_source(text: str, lo: int, hi: int, ctx: _Context) -> str | None:
    """The last "<Name> bank said" in ``text[lo:hi]`` whose name is no person, place or nationality of
    the story ("ANZ bank said" -> "ANZ"; "the Swiss bank said", "Smith's bank said": none)."""
    found = _kind_at(text, lo, hi, ctx)
    return found[1] if found else None


def _kind_at(text: str, lo: int, hi: int, ctx: _Context) -> tuple[int, str] | None:
    """``_kind_source`` with the offset where its words start."""
    found = None
    for m in _KIND_SAY.finditer(text, lo, hi):
        words = m.group(1).split()
        while words and words[0] in _NOT_ORG_LEAD:
            words = words[1:]
        name = " ".join(words)
        if (
            name
            and not name.endswith(("'s", "’s"))
            and not _group_or_place(name, ctx.places)
            and not ctx.people.spans(name)
            and name.lower() not in _NOT_PERSON
        ):
            found = (m.start(), name)
    return found


def _earlier_org_source(para: str, start: int, ctx: _Context) -> str | None:
    """The organisation the story last gave speech to before ``para[start]`` (this paragraph and the
    three before it): '"…," the bank said' after "ANZ bank said", "it added" after "Bofors said"."""
    texts = [*ctx.paras[max(0, ctx.at - 3) : ctx.at], para[:start]]
    for text in reversed(texts):
        best: tuple[int, str] | None = None
        for at, until, name in _org_spans(text, ctx.org_forms()):
            if _ORG_SAY_AFTER.match(text, until) and not text.startswith(("'s", "’s"), until):
                best = (at, name)
        kind = _kind_source(text, 0, len(text), ctx)
        if kind:
            at = text.rfind(kind)
            if best is None or at > best[0]:
                best = (at, kind)
        if best:
            return best[1]
    return None


# '"…," they said': a plural speaker (the text gives the quotation to several people: no ``speaker``)
_AFTER_THEY = re.compile(rf"[\s,]*they\s+{_SAY_AFTER}\b")
# several people named as one subject, and the body they are "of": "James Stewart, Jim Sarantinos
# and Ryan Eagle of " (the body's name follows)
_PEOPLE_OF = re.compile(rf"\b(?:{_NAME},\s+)*{_NAME}\s+and\s+{_NAME}\s+(?:of|at|from)\s+$")


def _group_body(para: str, start: int, forms: list[tuple[str, str]]) -> str | None:
    """The body several people named together before ``para[start]`` speak for ("A, B and C of Ferrier Hodgson
    said"): the one organisation that follows them and a reporting verb; None when not so."""
    bodies = {
        name
        for at, until, name in _org_spans(para, forms, 0, start)
        if _ORG_SAY_AFTER.match(para, until) and _PEOPLE_OF.search(para, max(0, at - 160), at)
    }
    return bodies.pop() if len(bodies) == 1 else None


def _org_source(para: str, start: int, end: int, ctx: _Context) -> str | None:
    """The organisation the text gives the quotation at ``para[start:end]`` to, or None (see above)."""
    forms = ctx.org_forms()
    # after the quote: '", GM said', '", said Chrysler Corp', '", ANZ bank said', up to the clause's end
    clause = _CLAUSE_END.search(para, end + 1)
    stop = min(clause.start() if clause else len(para), end + 60)
    kind = _kind_at(para, end, stop, ctx)
    if kind and not para[start:end].rstrip(" \"”»“'").endswith(".") and not para[end : kind[0]].strip(" ,\"”»“'"):
        return kind[1]  # '"…," ANZ bank said on Monday' (not '"…," one dealer at ANZ bank said')
    inverted = _REFERRING_INVERTED.match(para, end)  # '"…," said the company'
    if inverted or _BACK_TO_ORG.match(para, end):  # '"…," the bank said', '"…," it added': the one speaking before
        earlier = _earlier_org_source(para, start, ctx)
        if earlier:
            return earlier
        if referring := inverted or _REFERRING_AFTER.match(para, end):  # '"…," the paper said': the one it names
            return _referred_org(referring.group("kind"), para, start, ctx)
        if _PAPER_AFTER.match(para, end) and (issuer := _paper_issuer(para, start, ctx)):
            return issuer  # '"…," the statement said' after "..., the bank said in a statement": that bank
        if _IT_AFTER.match(para, end) and (sole := _sole_org(ctx)):
            return sole  # '"…," it said' far from the lead's "..., the OECD said.": the story's one body
    for at, until, name in _org_spans(para, forms, end, stop):
        gap = para[end:at]
        if (
            _VOICE_AFTER.match(para, until)
            and _VOICE_LEAD.fullmatch(gap)
            and not any(end <= off < at for off, _ in ctx.mentions(para))
        ):
            return name  # '", a McDonnell Douglas spokesman told Reuters': the company's voice
        if para.startswith(("'s", "’s"), until) or para[start:end].rstrip(" \"”»“'").endswith("."):
            break  # '", said the NAR's John Tuccillo': its person's; '"… fall." GM said …': a new sentence
        if (_ORG_SAY_AFTER.match(para, until) and gap.strip(" ,\"”»“'") in ("", "the")) or _SAY_THEN.fullmatch(gap):
            return name  # '", GM said', '", the Bank of Canada said in its annual report'
    if (by := _ACCORDING_AFTER.match(para, end)) and not para[start:end].rstrip(" \"”»“'").endswith("."):
        spans = _org_spans(para, forms, by.end(), stop)
        if spans and spans[0][0] == by.end():
            return spans[0][2]  # '"…," according to ANZ': the organisation it is credited to
    if _AFTER_THEY.match(para, end) and (group := _group_body(para, start, forms)):
        return group  # '"James Stewart, Jim Sarantinos and Ryan Eagle of Ferrier Hodgson said ... "…," they said'
    if (
        _AFTER_PRONOUN.match(para, end)
        and (lead := _unnamed_lead(para, start))
        and not any(lead.start() <= off < start for off, _ in ctx.mentions(para))
    ):
        # '"A spokesman for Airbus confirmed those terms. "…," he said': the body the unnamed person speaks for
        inside = [name for _, _, name in _org_spans(para, forms, lead.start(), lead.end())]
        return inside[0] if inside else None
    if (
        (said := _SAID_AFTER.match(para, end))
        and not _BACK_TO_ORG.match(para, end)
        and not _JOINED_SAY.match(said.group())
    ):
        return None  # '", one analyst said', '", a dealer added': someone else's (not '" and said': the same subject)
    # before it: the quote's own sentence, or the one before when the quote opens its sentence
    sentence = _sentence_start(para, start)
    if not para[sentence:start].strip(" \"“„«'"):
        sentence = _sentence_start(para, max(0, sentence - 2))
    named = [off for off, _ in _outside_quotes(para, ctx.mentions(para)) if sentence <= off < start]
    source = None
    impersonal = _IMPERSONAL_BEFORE.search(para, max(sentence, start - 40), start) is not None
    for at, until, name in _org_spans(para, forms, sentence, start):
        credited = bool(
            _ORG_SAY_AFTER.match(para, until)
            or (  # both need the comma after the name (_ORG_ASIDE_SAY opens with it): read it first
                para.startswith(",", until)
                and (_ORG_ASIDE_SAY.match(para, until) or _ACCORDING_BEFORE.search(para, max(sentence, at - 20), at))
            )
        )
        if (credited or impersonal) and not any(off > at for off in named):
            # (an impersonal "heißt es:" after the organisation's name: "in den Regeln des DFB heißt es: «…»")
            source = name
    if source:
        return source
    if _IT_SAID.match(para, sentence) and not named:
        # 'It said orders ... "continue to run at a strong pace."': the firm that spoke before, else the
        # story's one organisation ("it" is no person; with two organisations and none speaking: no one)
        return _earlier_org_source(para, start, ctx) or _sole_org(ctx)
    referring = next(reversed(list(_REFERRING.finditer(para, sentence, start))), None)
    if referring and not any(off > referring.start() for off in named):
        # "The company said the unit ... is being sold because "…"": the story's company
        return _referred_org(referring.group("kind") or referring.group("voiced"), para, referring.start(), ctx)
    if not named and _REPORT_SAID.search(para, sentence, start) and (sole := _sole_org(ctx)):
        return sole  # 'The report said the French economy was "…"' in a story the OECD's report leads
    return None if named else _kind_source(para, sentence, start, ctx)


# a sentence whose subject is "It" and whose verb reports ("It said orders ...", "It added that ..."): a body's
_IT_SAID = re.compile(rf"[\s\"“„«']*It\s+{_ORG_SAY}")


def _sole_org(ctx: _Context) -> str | None:
    """The story's organisation when it names only one and a form of its name opens the story's first
    paragraphs (the story's subject, the firm "it" stands for: "AM International Inc, reporting ..., said";
    not the Revolutionary Guards of a story that opens "Iran said ...", whose "It said" is IRNA's)."""
    names = {str(org.get("name") or "") for org in ctx.orgs()} - {""}
    if len(names) != 1:
        return None
    leads = [para.lstrip() for para in ctx.paras[:2]]
    return next(
        (
            name
            for form, name in ctx.org_forms()
            if any(lead.startswith(form) or _speaks_in(lead, form) for lead in leads)
        ),
        None,
    )


def _speaks_in(lead: str, form: str) -> bool:
    """The organisation is the subject of a reporting verb in the story's lead ("..., the Organisation for
    Economic Cooperation and Development said."): the body the story reports."""
    at = lead.find(form)
    return (
        at >= 0
        and _ORG_SAY_AFTER.match(lead, at + len(form)) is not None
        and not lead.startswith(("'s", "’s"), at + len(form))
    )


# '"…," it said', '"…," it added' (a body's pronoun after the quote)
_IT_AFTER = re.compile(rf"[\s,]*(?:and\s+)?it\s+{_ORG_SAY}")
# "The report said ...", "the study says": the paper of the story's one speaking body
_REPORT_SAID = re.compile(rf"\b[Tt]he\s+(?:annual\s+)?(?:report|study|review|survey)\s+{_ORG_SAY}")


# a reporting clause of its own between two quotations (a new speaker): '" …," one analyst said. "…"'
_SAID_BETWEEN = re.compile(rf"\b(?:{_reporting_alt('clause')})\b")


def _said_between(para: str, lo: int, hi: int) -> bool:
    """A reporting verb stands between two quotations (someone else may speak the second)."""
    return _SAID_BETWEEN.search(para, lo, hi) is not None


def _cut_short(m: re.Match[str]) -> bool:
    """The span ends with an ellipsis (in a teaser: the feed cut the text there)."""
    return m.group(1).rstrip().endswith(("...", "…"))


# a paragraph that ends by introducing the quotes after it: "X said:", "X said in a statement:"
_INTRO_COLON = re.compile(rf"\b(?:{_reporting_alt('intro')})\b[^.!?:“”\"«»„]{{0,60}}:\s*$")
# a reporting clause after a comma, and lower-case role words, right before a name: "..., said Salem
# Zahran", "..., said analyst Fred Leiner" (not "Cuomo said the agreement with Con Ed", "Ian Lau said
# Lucy is ...": there the name after "said" opens the reported clause)
_SAID_BEFORE_NAME = re.compile(
    rf",\s*(?:{_reporting_alt('lead')})\s+(?:(?!(?:the|a|an|with|of|to|that)\s)[a-z][\w\-]*\s+){{0,2}}$"
)


_INDEFINITE_HINT = re.compile(
    r"official|spokes|analyst|economist|trader|dealer|banker|source|diplomat|executive|manager|expert|observer"
    r"|aide|lawmaker|resident|witness|broker|strategist"
)
# an unnamed person as the subject of a reporting verb: "one senior banking official ... said", "a trader
# said", "another manager added" (the verb within the same sentence)
_INDEFINITE_PERSON = re.compile(
    r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:official|spokesman|spokeswoman|spokesperson"
    r"|analyst|economist|trader|dealer|banker|source|diplomat|executive|manager|expert|observer|aide|lawmaker"
    r"|resident|witness|broker|strategist)\b[^.!?]{0,200}?\b(?:said|says|told|added|warned|argued|insisted|noted)\b"
)


# "the spokesman said": an unnamed person again, when the story brought that person in as "a spokesman"
# (not a title: "the official", "the executive" may be the named official of an earlier paragraph)
_DEFINITE_NOUNS = (
    r"spokesman|spokeswoman|spokesperson|source|analyst|economist|trader|dealer|banker|diplomat|broker|aide"
)
_DEFINITE_PERSON = re.compile(
    rf"\b[Tt]he\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?P<n>{_DEFINITE_NOUNS})\b(?:,[^,.;“”\"]{{0,80}},)?\s+(?:also\s+)?"
    r"(?:said|says|told|added|warned|argued|insisted|noted|declined|denied|confirmed)\b"
)


def _definite_unnamed(para: str, upto: int, ctx: _Context) -> int:
    """Where, before ``para[upto]``, a sentence gives speech to "the spokesman" (a source, an analyst ...)
    whom the story brought in unnamed ("a spokesman said" before it) and whose role no named person of
    the story holds; else -1."""
    if "the " not in para and "The " not in para:
        return -1
    for m in reversed(list(_DEFINITE_PERSON.finditer(para, 0, upto))):
        noun = m.group("n")
        if ctx.by_role(noun, []) is not None:
            continue
        text = "\n".join(ctx.paras[: ctx.at]) + "\n" + para[: m.start()]
        if re.search(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){{0,3}}?{noun}\b", text):
            return m.start()
    return -1


def _indefinite_speaker(para: str) -> bool:
    """A quote-free paragraph that gives speech to an unnamed person ("one senior official said");
    the regex only runs where one of its nouns stands (it would be tried at every "a")."""
    return _INDEFINITE_HINT.search(para) is not None and _INDEFINITE_PERSON.search(para) is not None


def _introducer(para: str, verb: int, named: list[tuple[int, str]], ctx: _Context) -> str | None:
    """Who a "X said:" paragraph gives the next quotes to: the first person named in the sentence of
    its verb (its subject), else the person of a role it names ("The minister said:"), else no one
    ("A spokesman said:": unnamed, so that an earlier speaker is not carried on)."""
    sentence = _sentence_start(para, verb)
    subject = [(off, n) for off, n in named if sentence <= off < verb]
    lead = _unnamed_lead(para, verb, anyone=True)
    if lead is not None and lead.end() > sentence and (not subject or lead.end() <= subject[0][0]):
        # "A Drexel spokesman acknowledged that his firm had underwritten the offering for Sugarman but
        # added:": the unnamed person opens the sentence; the one named after is no subject
        return None
    if subject:
        return subject[0][1]
    return ctx.by_role(para[sentence:verb], [n for off, n in named if off < sentence]) or None


# a reporting clause inside an unclosed quotation (the text after it is the writer's): ", and the company
# said", ", he said", ", Smith added"; the quotation before it (its opening mark, no closing one)
_CLAUSE_IN_TAIL = re.compile(
    r",\s+(?:and\s+|but\s+)?(?:the\s+[a-z]+|he|she|it|they|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+"
    r"(?:said|says|added|told)\b"
)
_QUOTE_CUT = re.compile(r"[“\"«„]([^“”\"«»„\n]{8,}+)")
# an inverted reporting clause with a name inside a straight-quoted span (its closing mark left out)
_SAID_NAME_INSIDE = re.compile(r",\s+said\s+[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+")


def _quoted(para: str, marks: str = _OPENERS) -> list[re.Match[str]]:
    """The paragraph's quoted spans, marks paired left to right: a short pair ('a "soft" Brexit') is
    skipped whole, so that the text between two quoted words ('"soft" Brexit ... showed the
    "horrific damage"') is never read as a quotation; an opening mark with no closing one runs to
    the paragraph's end (a quotation continued in the next paragraph). ``marks``: the opening marks
    the story holds (most hold one kind: then one ``find`` per step)."""
    found: list[re.Match[str]] = []
    openers = [c for c in marks if c in para] if len(marks) > 1 else [marks]
    at = _next_mark(para, 0, openers)
    while at >= 0:
        opener = para[at]
        m = _QUOTE_BY_OPENER[opener].match(para, at)
        if m and opener == '"' and (said := _SAID_NAME_INSIDE.search(para, at, m.end())):
            # '"It's a rather gloomy outlook for the economy, said David Wyss of Data Resources Inc. "I'm ...':
            # the closing mark was left out; the quotation ends before its reporting clause, and the
            # mark taken for its close opens the next one
            m = _QUOTE_CUT.match(para, at, said.start())
        if m:
            found.append(m)
            at = _next_mark(para, m.end(), openers)
            continue
        if para.startswith(opener, at + 1) and opener in '"“':  # a doubled mark ('""it does not mean'): one
            at += 1
            continue
        close = min((i for i in (para.find(c, at + 1) for c in _CLOSERS[opener]) if i >= 0), default=-1)
        if close < 0:
            if opener == '"' and at > 0 and not (para[at - 1].isspace() or para[at - 1] in _BEFORE_OPENER):
                # 'the United States" West Texas ...' (Reuters' apostrophe), 'we will," he said, adding ...'
                # (the close of a quotation broken over paragraphs): a mark glued to the word before it
                # opens nothing
                break
            tail = _UNCLOSED.match(para, at)
            if tail and (clause := _CLAUSE_IN_TAIL.search(para, at, tail.end())):
                # '"Research ... range, and the company said it has allocated ...': the mark was never
                # closed, the quotation ends before the reporting clause, not at the paragraph's end
                tail = _QUOTE_CUT.match(para, at, clause.start())
            if tail:
                found.append(tail)
            break
        at = _next_mark(para, close + 1, openers)
    return found


# what may stand right before an opening straight mark besides a space: '("…', '—"…', ':"…'
_BEFORE_OPENER = "([{—–-:/'"


def _next_mark(para: str, start: int, openers: list[str]) -> int:
    """Offset of the first opening quote mark (of those the paragraph holds) at or after ``start``, or -1."""
    if len(openers) == 1:
        return para.find(openers[0], start)
    marks = [i for i in (para.find(c, start) for c in openers) if i >= 0]
    return min(marks) if marks else -1


_MAX_NAMED_PHRASE = 7
# an article or a possessive right before the opening mark: what is quoted is a noun phrase of the
# sentence, not speech
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our)|\w['’]s)\s+$")
_TERM_AFTER = re.compile(rf"[\s,]*(?:{_SAY_BEFORE}|{_SAY_AFTER}|{_PRONOUN})\b")


def _reports_speech(para: str, m: re.Match[str]) -> bool:
    """The quoted span's sentence holds a reporting verb outside it ("She added that the agreement is a
    "framework ..."", "what he called a "senseless act of terror"": a partial quotation, someone's words)."""
    sentence = _sentence_start(para, m.start())
    stops = [i for i in (para.find(". ", m.end()), para.find("! ", m.end()), para.find("? ", m.end())) if i >= 0]
    stop = min(stops) if stops else len(para)
    return bool(_SENTENCE_SAY.search(para[sentence : m.start()]) or _SENTENCE_SAY.search(para[m.end() : stop]))


# an acronym and what it stands for right before the opening mark: 'SEMATECH, for "', 'ESDM (short for "'
_SPELLED_OUT = re.compile(r"\b[A-Z]{2,}[A-Za-z]*\)?,?\s+(?:\(?(?:short\s+)?for|stands\s+for|meaning)\s+$")


def _is_term(para: str, m: re.Match[str]) -> bool:
    """A short quoted term inside a sentence ('known as "bubble boy disease"', 'a "seed-to-sale
    tracking system" to'): at most four words, no closing punctuation inside, a word right before the
    opening mark and no reporting verb or name after it. Not a quotation."""
    inner = m.group(1).rstrip()
    if _words(m) <= _MAX_NAMED_PHRASE and _SPELLED_OUT.search(para, max(0, m.start() - 30), m.start()):
        # 'the consortium called SEMATECH, for "semiconductor manufacturing technology."': what a short
        # name stands for, not speech
        return True
    if (
        _words(m) <= _MAX_NAMED_PHRASE
        and inner[:1].islower()
        and _DETERMINER_BEFORE.search(para, max(0, m.start() - 30), m.start())
        and not _TERM_AFTER.match(para, m.end())
        and not _SAID_AFTER.match(para, m.end())
        and not _reports_speech(para, m)
        and not (_words(m) >= 5 and _SAID_NEXT.match(para, m.end()))
    ):
        # a noun phrase the sentence names, after an article or a possessive, with no reporting clause
        # after it: 'placed on Kidder's "selected stock list."', 'attacked the "textile and apparel
        # trade act of 1987"' (not 'is a "minor positive development," analyst Martin Ziegler said')
        return True
    if _words(m) > 4 or inner[-1:] in ".,!?;:…":
        return False
    head = para[: m.start()].rstrip()
    if _SAID_THEN.search(para, _sentence_start(para, m.start()), m.start()) and not _DETERMINER_BEFORE.search(
        para, max(0, m.start() - 30), m.start()
    ):
        return False  # 'He said the United States will "press vigorously for liberalization" of ...': the
        # clause a reporting verb opens quotes someone's words (a partial quotation; not 'said it has a
        # "seed to sale system"', a noun the sentence names)
    return bool(head) and head[-1].isalnum() and not _TERM_AFTER.match(para, m.end())


# a reporting verb whose reported clause runs on to the quoted span, with no comma, colon or bracket between
# ("Kistler also said that the law suit filed by Baker "was not a factor" in ...")
_SAID_THEN = re.compile(rf"\b(?:{_reporting_alt('pre')})\s+[^,;:()“”\"«»„\n]{{0,80}}$")


# the next sentence ends with its reporting clause (the sentence after the span): 'It is a "simplistic
# misconception that Brazil can dictate" policy ... While consumer countries ... dictate quotas ..., Dauster
# said.' (the phrase of five words or more is his, a partial quotation)
_SAID_NEXT = re.compile(
    rf"[^.!?“”\"«»„\n]*[.!?]\s+[^.!?\n]{{0,300}},\s*(?:{_NAME}|he|she)\s+(?:{_reporting_alt('pre')})\.?\s*$"
)


# a word that names what follows in quotes: a slogan, theme or title, not speech ("Thus the program's
# theme, ``Hope is beautiful.''", "bertema "...", "sous le titre « ... »")
_NAMING_BEFORE = re.compile(
    r"\b(?:theme|slogan|motto|tagline|title|titled|entitled|dubbed|nicknamed|tema|bertema|bertajuk|berjudul"
    r"|lema|titulado|titulada|intitulé|intitulée|titre|Motto|Titel|Slogan)[,:]?\s*$"
)


def _is_named(para: str, m: re.Match[str]) -> bool:
    """A quoted span right after a word that names it ("the program's theme, "Hope is beautiful."",
    "bertajuk "...""): a slogan or title, not a quotation."""
    return _NAMING_BEFORE.search(para, max(0, m.start() - 20), m.start()) is not None


# words a title leaves in lower case ("John McLaughlin: One on One", "Pork - The Other White Meat")
_TITLE_SMALL = frozenset(
    (
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "on",
        "in",
        "to",
        "for",
        "at",
        "by",
        "with",
        "from",
        "de",
        "dan",
        "di",
        "la",
        "el",
        "der",
        "die",
        "das",
        "und",
        # Spanish, Portuguese, French, Italian, German, Indonesian titles ("Materiales para la Historia del
        # Deporte", "Le Monde des Sports", "Berita dari Desa")
        *("del", "los", "las", "para", "y", "en", "con", "por", "da", "do", "dos", "das", "e", "em", "le", "les"),
        *("des", "du", "et", "au", "aux", "pour", "sur", "il", "di", "della", "dei", "per", "im", "am", "vom", "zum"),
        *("zur", "für", "mit", "von", "dari", "untuk", "ke", "yang"),
    )
)
_MAX_TITLE_WORDS = 10
_SENTENCE_MARK = re.compile(r"[.!?;]")


def _is_title(m: re.Match[str]) -> bool:
    """A programme, campaign or book title in quotes ("John McLaughlin: One on One,"): every word
    capitalised but for small ones, no sentence punctuation inside. Not a quotation. All-capitals
    spans are left alone (old wire copy is written in capitals throughout)."""
    inner = m.group(1).strip(" ,\\")  # (a JSON-escaped closing mark leaves its backslash: 'Deporte\\')
    if inner[-1:] in ".!?" and not _TERM_AFTER.match(m.string, m.end()):
        # the sentence's full stop written inside the closing mark ('not sign the "Global Compact for
        # Migration."'): a title still, unless a reporting clause follows ('"Long Live Europe!" he said')
        inner = inner[:-1].rstrip(" ,")
    # most quotations are longer than a title: the word count is the cheap first test
    if inner.count(" ") >= 2 * _MAX_TITLE_WORDS or _SENTENCE_MARK.search(inner) or inner.isupper():
        return False
    words = [w for w in inner.split() if w[:1].isalpha()]
    if not 2 <= len(words) <= _MAX_TITLE_WORDS:
        return False
    return all(w[0].isupper() or w in _TITLE_SMALL for w in words) and sum(w[0].isupper() for w in words) >= 2


# what before two quoted words makes them a term the writer names, not words a speaker said: an article, a
# possessive or a naming verb ('the "peace dividend"', 'so-called "hot money"', 'what he called "a farce"')
_TERM_LEAD = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|of|or|so-called|called|dubbed|termed|named|as)"
    r"|['’]s?)\s*\Z",
    re.IGNORECASE,
)
# what may follow the two words of a speaker's fragment: the sentence goes on with a function word or ends
# ('"not ready" to commit', '"enormous flexibility" for'); a noun after it makes them a modifier, a term more
# often than speech ('a transitional "price cap" concept', '"quick fix" solutions')
_FRAGMENT_AFTER = re.compile(
    r"[\"”'’]?\s*(?:[.,;:!?)]|\Z|(?:to|for|by|on|in|at|of|and|or|but|with|against|from|as|if|when|than|over|about"
    r"|into|after|before|while|despite|because|since|unless)\b)"
)


def _fragment(para: str, m: re.Match[str]) -> bool:
    """Two lower-case words quoted after a reporting verb of their sentence (session 16: 'Espinosa ... said she
    understands some countries are "not ready"', 'She added that the agreement ... allows "enormous
    flexibility"'): a partial quotation of the sentence's speaker. Not a term the writer names (an article, a
    possessive or "so-called" before it) and not a title (capitals)."""
    inner = m.group(1).strip(" ,.")
    if _words(m) != 2 or not inner.replace(" ", "").isalpha() or not inner.islower():
        return False
    sentence = _sentence_start(para, m.start())
    before = para[sentence : m.start()]
    return (
        bool(_SENTENCE_SAY.search(before))
        and not _TERM_LEAD.search(before)
        and "called" not in before
        and (inner != m.group(1).strip() or _FRAGMENT_AFTER.match(para, m.end()) is not None)
    )


_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,])(?:[Hh]e|[Ss]he)\s*\Z")


def _says_first(para: str, m: re.Match[str], speaker: str) -> bool:
    """The speaker, or a pronoun, is the subject of the sentence's first reporting verb ("Lukman, Nigeria's oil
    minister, said ...", "She added that ..."), not someone else named in it ("The company said the bid by the
    Carl C. Icahn-led TWA was "highly conditional"": the company's words, not Icahn's)."""
    sentence = _sentence_start(para, m.start())
    verb = _SENTENCE_SAY.search(para, sentence, m.start())
    if verb is None:
        return False
    subject = para[sentence : verb.start()]
    if _PRONOUN_SUBJECT.search(subject):
        return True
    last = speaker.split()[-1]
    return alone.has_word(subject, last) and subject.lstrip()[:4] not in ("The ", "the ")


def _words(m: re.Match[str]) -> int:
    """Words in a quoted span (fewer than _MIN_WORDS: a title or scare quotes, not a quotation)."""
    return m.group(1).strip(" ,.").count(" ") + 1


# --- Nordic dash quotes (fi, sv, da, nb/nn) --------------------------------------------------------
# Finnish, Swedish, Danish and Norwegian copy marks direct speech with a dash that opens the paragraph,
# not with quotation marks: "– Tämä on ..., sanoo Pasi Vainio." / "– ..., Mäkelä sanoi." / "– ...,
# säger Jonas Svensson, kommunikationschef för Aurora 23, till TT." A dash paragraph with no
# reporting clause continues the speaker of the dash paragraph before it, or is said by the person the
# narrative paragraph before it gives speech to ("Syyttäjä Pasi Vainio sanoi tiedotustilaisuudessa,
# että ..."). The speaker is a person of ``article["people"]`` (full name for "Mäkelä"), else a name
# of two or more capitalised words written in the reporting clause that opens with a given name
# (``names_lang`` lists); a place, an organisation, a pronoun with no one before it, an impersonal
# "sanotaan" ("it is said") or a single unknown word ("Yle kertoo": a broadcaster) leaves ``speaker``
# out. Verb lists: our own (standard grammar); the Finnish one is ``names_lang``'s.
DASH_LANGUAGES = frozenset({"fi", "sv", "da", "nb", "nn", "no"})
# Finnish reporting words: ``names_lang``'s list (the entity enricher reads the same one); Swedish,
# Danish and Norwegian ones here (present and past tense).
_SCANDINAVIAN_SAY_WORDS = (
    # Swedish
    *("säger", "sade", "sa", "berättar", "berättade", "konstaterar", "konstaterade", "tillägger", "tillade"),
    *("menar", "menade", "förklarar", "förklarade", "understryker", "underströk", "uppger", "uppgav", "skriver"),
    *("skrev",),
    # Norwegian (bokmål) and Danish
    *("sier", "forteller", "fortalte", "mener", "mente", "forklarer", "forklarte", "understreker", "påpeker"),
    *("påpekte", "opplyser", "opplyste", "uttaler", "uttalte", "siger", "sagde", "fortæller", "tilføjer"),
    *("tilføjede", "forklarede", "understreger", "påpeger", "oplyser", "udtaler", "udtalte"),
)
_NORDIC_PRONOUN = r"(?:hän|han|hon|hun)"
_UP = "A-ZÅÄÖØÆÜÉ"
_NORDIC_NAME = rf"((?:[{_UP}][\w'’\-]*+)(?:[ ](?:von|van|af|de|der)?[ ]?[{_UP}][\w'’\-]*+){{0,3}})"
_DASH_OPEN = re.compile(r"[ \t]*[–—-][ \t]+(?=\S)")
_SEP = r"(?:[,.!?]|[ \t][–—])\s+"
# impersonal sources: "haastehakemuksessa sanotaan" (it is said in the summons), "heter det", "hedder det";
# the clause holds no comma: the quotation runs to the separator nearest the verb ("… ohjelmistoja, joita
# ei ole julkisesti saatavilla, haastehakemuksessa sanotaan": the relative clause is the quote's)
_DASH_IMPERSONAL = re.compile(
    rf"{_SEP}[^.!?,\n]{{0,60}}?\b(?:sanotaan|todetaan|kerrotaan|kirjoitetaan|heter\s+det|står\s+det|hedder\s+det"
    r"|heiter\s+det|skrives\s+det)(?![\w-])"
)
_NAME_WORD_NORDIC = re.compile(rf"[{_UP}][a-zåäöøæüéáí][\w'’\-]*$")


def _nordic_speaker(raw: str | None, ctx: _Context, strict: bool) -> str | None:
    """The person a reporting clause's name stands for: a known person (full name), else (not
    ``strict``) a name of two to four capitalised words that is no place, organisation or group."""
    if not raw:
        return None
    who = _resolve(raw, ctx.people)
    if who in ctx.people.names:
        return who
    words = raw.split()
    if strict or not 2 <= len(words) <= 4 or not all(_NAME_WORD_NORDIC.match(w) for w in words):
        return None
    if words[0].split("-")[0] not in names_lang.fi_rules().first_names:
        return None  # "kertoo Suomen Pankki", "säger Svenska Dagbladet": a body, not a person
    return raw if ctx.is_person_like(raw) and not _INSTITUTION.search(raw) else None


# verbs a person, not a body, says things with ("Rinne sanoi", "Løkke siger"; not "Yle kertoo", "Kela
# ilmoitti": a broadcaster reports, an agency announces): a lone surname before one is a person's
_PERSON_SAY_WORDS = frozenset(_reporting("person"))


def _lone_surname(raw: str, verb: str, ctx: _Context) -> str | None:
    """A single capitalised word the text gives a dash quote to with a person's verb ("..., Rinne sanoi
    tiedotteessaan"): a surname the story names no one by in full; kept as written when it has a
    name's shape (capital then lower case, four letters or more) and is no place, organisation, party
    or title of the story."""
    if verb.lower() not in _PERSON_SAY_WORDS or len(raw) < 4 or not _NAME_WORD_NORDIC.match(raw):
        return None
    rules = names_lang.fi_rules()
    if raw in rules.not_name or raw.lower() in rules.parties or _INSTITUTION.search(raw) or not ctx.is_person_like(raw):
        return None
    return raw


def _narrative_speaker(para: str, ctx: _Context) -> str | None:
    """The known person a narrative paragraph gives speech to (the last subject of a reporting verb),
    else the one person it names when it reports speech at all; None otherwise."""
    said: list[str] = []
    reports = False
    _, say_words = _nordic_patterns()
    for verb in _WORD.finditer(para):  # around each reporting word (a regex scan of every offset costs more)
        if verb.group() not in say_words:
            continue
        reports = True
        before = _NAME_BEFORE_SAY.search(para, max(0, verb.start() - 80), verb.start())
        who = _nordic_speaker(before.group(1), ctx, strict=True) if before else None
        if who is None and (after := _NAME_AFTER_SAY.match(para, verb.end())):
            who = _nordic_speaker(after.group(1), ctx, strict=True)
        if who is None:  # "Professoren forteller ...": the person of that role (``ext.roles``)
            who = _role_subject(para, verb.start(), ctx)
        if who:
            said.append(who)
    if said:
        return said[-1]
    if not reports:
        return None
    named = {n for _, n in ctx.people.spans(para)}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=1)
def _nordic_patterns() -> tuple[re.Pattern[str], frozenset[str]]:
    """The reporting clause after a dash quote (``, sanoo Pasi Vainio``, ``. Niinistö sanoo.``,
    ``, Mäkelä sanoi``, ``, sier professor Asbjørn Dyrendal til Faktisk.no``, ``, hän sanoo``; group 1,
    verb first, or 2: the name) and the reporting words a narrative paragraph is read around (with
    "according to": "mukaan", "ifølge", "enligt"). Built on first use: the Finnish words come from
    ``names_lang``'s data file."""
    words = (*sorted(names_lang.fi_rules().reporting), *_SCANDINAVIAN_SAY_WORDS)
    say = "|".join(sorted(set(words), key=len, reverse=True))
    dash_say = re.compile(
        rf"{_SEP}(?:(?:{say})\s+(?:{_NORDIC_PRONOUN}\b|(?:[a-zåäöøæ][\w\-]*\s+){{0,3}}?{_NORDIC_NAME})"
        rf"|(?:{_NORDIC_PRONOUN}|(?:[a-zåäöøæ][\w\-]*\s+){{0,2}}?{_NORDIC_NAME}(?:\s*\([^()\n]{{1,12}}\))?)"
        rf"\s+(?:{say})(?![\w-]))"
    )
    return dash_say, frozenset((*words, "mukaan", "ifølge", "enligt"))


_WORD = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_NORDIC_DEFINITE = ("en", "et", "n", "a")  # "professoren", "ministeren", "statsministeren"


def _role_subject(para: str, verb: int, ctx: _Context) -> str | None:
    """The person whose role (``ext.roles``) the word right before a reporting verb names, in its
    Nordic definite form or not ("Professoren forteller": the professor Asbjørn Dyrendal)."""
    m = _WORD_BEFORE.search(para, max(0, verb - 40), verb)
    if not m or not ctx.roles:
        return None
    word = m.group(1).lower()
    forms = [word, *(word[: -len(end)] for end in _NORDIC_DEFINITE if word.endswith(end) and len(word) > len(end) + 3)]
    return next((who for form in forms if (who := ctx.by_role(form, []))), None)


# the subject right before a reporting word ("Syyttäjä Pasi Vainio sanoi", "Jussi Niinistö (ps.) kertoo"),
# or the name right after it ("sanoi Pasi Vainio", "sa professor Asbjørn Dyrendal")
_NAME_BEFORE_SAY = re.compile(rf"{_NORDIC_NAME}(?:\s*\([^()\n]{{1,12}}\))?\s+$")
_NAME_AFTER_SAY = re.compile(rf"\s+(?:[a-zåäöøæ][\w\-]*\s+){{0,3}}?{_NORDIC_NAME}")
# a paragraph that opens with a personal pronoun ("Hän sanoi, että ...", "Han synes ..."): the person before
_NORDIC_PRONOUN_LEAD = re.compile(r"\s*(?:Hän|Han|Hon|Hun)\b")


def _dash_quotes(text: str, context: Callable[[], _Context]) -> list[tuple[int, dict[str, str]]]:
    """(offset in ``text``, entry) for the Nordic dash quotes of the story (see above); ``context()``
    gives the article's :class:`_Context`."""
    if "– " not in text and "- " not in text and "— " not in text:
        return []
    ctx = context()
    dash_say, _ = _nordic_patterns()
    out: list[tuple[int, dict[str, str]]] = []
    previous: str | None = None  # who the paragraph before gives speech to
    bridged = False  # a narrative paragraph kept ``previous`` (only one may)
    last: str | None = None  # the last person given speech
    at = 0
    for para in textscan.view(text).lines:
        offset = at
        at += len(para) + 1
        if not para.strip():
            continue
        opener = _DASH_OPEN.match(para)
        if opener is None:
            speaking = _narrative_speaker(para, ctx)
            if speaking is None and _NORDIC_PRONOUN_LEAD.match(para) and not ctx.people.spans(para):
                speaking = last  # "Han synes det er ...": the person spoken of before
            if speaking is None and previous and not bridged and _bridge(para, ctx):
                bridged = True  # one plain sentence between two dash quotes: the speaker goes on
                continue
            previous = speaking
            bridged = False
            last = speaking or last
            continue
        body = para[opener.end() :]
        say = dash_say.search(body)
        impersonal = _DASH_IMPERSONAL.search(body)
        source: str | None = None
        if impersonal and (say is None or impersonal.start() <= say.start()):
            quote, speaker = body[: impersonal.start()], None
            source = _document(body[impersonal.start() :])  # "haastehakemuksessa sanotaan": the summons
        elif say:
            quote = body[: say.start()]
            raw = say.group(1) or say.group(2)
            speaker = previous if raw is None else _nordic_speaker(raw, ctx, strict=False)
            if speaker is None and raw and " " not in raw.strip():
                verb = _WORD.search(body, say.end(2)) if say.group(2) else _WORD.search(body, say.start())
                speaker = _lone_surname(raw.strip(), verb.group() if verb else "", ctx)
        else:
            # no reporting clause: an en dash paragraph of a sentence or more (a hyphen-led one is a list)
            if para[opener.start() :].lstrip()[0] == "-" or body.rstrip()[-1:] not in ".!?…":
                previous = None
                continue
            quote, speaker = body, previous
        quote = quote.strip(" ,.–—-")
        if quote.count(" ") + 1 < _MIN_WORDS:
            previous = None
            continue
        entry = {"text": quote}
        if speaker:
            entry["speaker"] = speaker
        elif source:
            entry["source"] = source
        out.append((offset + opener.end(), entry))
        previous = speaker
        bridged = False
        last = speaker or last
    return out


# Finnish document nouns in the inessive ("in the summons") an impersonal clause names as where the words
# stand, with their base form; a compound takes its head's ("haastehakemuksessa" → "haastehakemus"), a
# possessive suffix may follow ("tiedotteessaan": in its bulletin). Our own list (standard grammar).
_FI_DOCUMENTS = {
    **{"hakemuksessa": "hakemus", "tiedotteessa": "tiedote", "raportissa": "raportti", "selvityksessä": "selvitys"},
    **{"päätöksessä": "päätös", "lausunnossa": "lausunto", "kirjeessä": "kirje", "tuomiossa": "tuomio"},
    **{"syytteessä": "syyte", "asiakirjassa": "asiakirja", "pöytäkirjassa": "pöytäkirja", "valituksessa": "valitus"},
    **{"ilmoituksessa": "ilmoitus", "tutkimuksessa": "tutkimus", "kertomuksessa": "kertomus", "muistiossa": "muistio"},
    **{"viestissä": "viesti", "julkaisussa": "julkaisu", "kannanotossa": "kannanotto", "vastineessa": "vastine"},
}
_FI_DOCUMENT = re.compile(
    rf"\b(\w*?)({'|'.join(sorted(_FI_DOCUMENTS, key=len, reverse=True))})(?:an|än|nsa|nsä)?\b", re.IGNORECASE
)


def _document(clause: str) -> str | None:
    """The document an impersonal reporting clause says the words stand in, in its base form; None when
    it names none or more than one (a place, a meeting: "tilaisuudessa sanotaan" names no document)."""
    end = re.search(r"[.!?](?:\s|$)", clause[2:])
    found = {
        (m.group(1) + _FI_DOCUMENTS[m.group(2).lower()]).lower()
        for m in _FI_DOCUMENT.finditer(clause, 0, end.end() + 2 if end else len(clause))
    }
    return found.pop() if len(found) == 1 else None


_NOT_BRIDGE = re.compile(r"[\"“”«»„:]")


def _bridge(para: str, ctx: _Context) -> bool:
    """Whether a narrative paragraph between two dash quotes leaves the speaker as he was: a sentence
    (no heading, no colon that introduces someone, no quotation) that reports no speech and names no
    person or organisation of the story ("Asianomistajia on eri puolilta Suomea, ja ..." between two
    dash paragraphs of the prosecutor's press conference); anything else may hand the word on."""
    if para.rstrip()[-1:] not in ".!?" or _NOT_BRIDGE.search(para):
        return False
    _, say_words = _nordic_patterns()
    if any(w.group() in say_words for w in _WORD.finditer(para)) or ctx.people.spans(para):
        return False
    return not any(form in para for form, _ in ctx.org_forms())
