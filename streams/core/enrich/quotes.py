"""Direct quotations and who said them (id/ms/en), rule based.

Output ``article["ext"]["quotes"]``: ``[{"text": ..., "speaker": ...}]`` in text order; ``speaker`` is
left out when nothing in the paragraph names one. A quotation is a “curly” or "straight" quoted
span of at least three words inside one paragraph (shorter quoted spans are titles or scare quotes).

The speaker is looked for, in this order:

1. after the quote: ``, kata Wang`` / ``, said Smith`` / ``Kemenlu China mengutip Wang`` /
   ``Yetna said`` / ``he said`` / ``katanya`` (a pronoun means the previous speaker, else the last
   person named before the quote);
2. before it: ``Smith said: "..."`` / ``kata Wang, "..."``;
3. the nearest person named in the same paragraph (preceding sentence first, then following).

A pronoun ("katanya", "he said") or no clue at all means the last person named before the quote
(this paragraph first, then the last one named in a quote-free paragraph since the last quote),
else the last speaker.

Names are resolved to the full names in ``article["people"]`` (filled by the entity enricher,
which runs first): "kata Wang" -> "Wang Yi". An unresolved name is kept as written.
"""

from __future__ import annotations

import re

import ahocorasick

from streams.core.enrich.story import paragraphs, story_text
from streams.core.model import Article

# The body holds no quote mark, so its closing mark is the first one after it: a possessive run to
# it finds the same span as the lazy ``{8,}?`` did, without a closing-mark test per character.
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{8,}+)[”\"]")
# A name is capitalised words; each word's run of letters is possessive (``*+``): what follows a
# name in every pattern (a space, ":", ",", the end) is never one of them, so giving letters back
# could not make a match, it only cost a retry per letter (the 120-character _BEFORE search).
_NAME = r"((?:[A-Z][\w'’\-.]*+)(?:[ ](?:bin|binti|van|de|al)?[ ]?[A-Z][\w'’\-.]*+){0,5})"
_SAY_BEFORE = (
    r"(?:kata|ujar|ucap|tutur|ungkap|jelas|imbuh|tambah|tegas|sebut|papar|terang|said|says|added|told)"
)
_SAY_AFTER_WORDS = (
    *("said", "says", "told", "added", "stated", "noted", "explained", "warned", "wrote"),
    *("mengatakan", "menyatakan", "menjelaskan", "menegaskan", "mengungkapkan", "menuturkan"),
    *("menambahkan", "berkata", "menyampaikan"),
)
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
_AFTER_SAY_NAME = re.compile(rf"[\s,]*{_SAY_BEFORE}\s+(?:(?:the|sang)\s+)?{_NAME}")
_AFTER_NAME_SAY = re.compile(rf"[\s,]*{_NAME}\s+(?:(?:pada|on)\s+\w+\s+)?{_SAY_AFTER}\b")
_AFTER_PATTERNS = (_AFTER_QUOTING, _AFTER_SAY_NAME, _AFTER_NAME_SAY)  # tried in this order
_AFTER_PRONOUN = re.compile(
    rf"[\s,]*(?:{_PRONOUN}\s+{_SAY_AFTER}|{_SAY_BEFORE}(?:nya|\s+dia|\s+ia|\s+beliau))\b", re.IGNORECASE
)
# Before the opening quote (searched at the end of the preceding text): "Smith said:", "kata Wang,".
# The two alternatives are searched apart (see _named_before).
_NAME_SAY_BEFORE = re.compile(rf"{_NAME}\s+{_SAY_AFTER}\s*[:,]?\s*$")
_SAY_NAME_BEFORE = re.compile(rf"{_SAY_BEFORE}\s+{_NAME}\s*[:,]?\s*$")
_APPOSITION = re.compile(rf",\s+{_NAME}")
_MIN_WORDS = 3
_FIND_LOOP_FORMS = 16  # up to this many name forms, ``str.find`` loops instead of an automaton


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
            for form in {name, *name.split()}:
                if len(form) >= 3:
                    forms.setdefault(form, []).append(name)
            self.exact.setdefault(name.lower(), name)
            toks = name.lower().split()
            if not toks:
                continue
            self.tokens[name] = frozenset(toks)
            for tok in dict.fromkeys(toks):
                self.by_token.setdefault(tok, []).append(name)
            self.by_last.setdefault(toks[-1], name)
            self.by_first.setdefault(toks[0], name)
        self.forms = forms
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
    raw = raw.strip(" ,.")
    toks = raw.split()
    for i in range(len(toks)):
        found = people.resolve(" ".join(toks[i:]))
        if found:
            return found
    return raw


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


def _speaker(para: str, start: int, end: int, people: _People, last: str | None) -> str | None:
    """The speaker of the quote at ``para[start:end]`` (see the module docstring for the order)."""
    names = people.names
    separators = _SEPARATORS.match(para, end)
    reach = (separators.end() if separators else end) + _QUOTING_REACH
    patterns = _AFTER_PATTERNS if _QUOTING_HINT.search(para, end, reach) else _AFTER_PATTERNS[1:]
    for pattern in patterns:
        m = pattern.match(para, end)
        if m:
            who = _resolve(m.group(1), people)
            if who not in names:  # "ujar Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho"
                appos = _APPOSITION.match(para, m.end(1))
                if appos and appos.group(1) in names:
                    return appos.group(1)
            if who:
                return who
    mentions = people.spans(para)
    if _AFTER_PRONOUN.match(para, end):  # "katanya", "he said": the person last named, else last speaker
        before = [n for off, n in mentions if off < start]
        return before[-1] if before else last
    named = _named_before(para, start)
    if named:
        return _resolve(named, people)
    before = [n for off, n in mentions if off < start]
    if before:
        return before[-1]
    after = [n for off, n in mentions if off >= end]
    return after[0] if after else last


def enrich(article: Article, text: str | None = None) -> None:
    """Fill ``ext.quotes`` from the story text; reads ``article["people"]`` to resolve speakers.

    ``text``: the article's ``story_text`` when the caller already has it.
    """
    text = story_text(article) if text is None else text
    if '"' not in text and "“" not in text:
        return
    found = [(para, _quoted(para)) for para in paragraphs(text)]  # (paragraph, its quoted spans)
    # nothing after the last quotation is read: the narrative paragraphs there need no speaker scan
    upto = max((i + 1 for i, (_, quoted) in enumerate(found) for m in quoted if _words(m) >= _MIN_WORDS), default=0)
    if not upto:
        return
    names = [p["name"] for p in article.get("people", ()) if p.get("name")]
    people = _People(names)
    quotes: list[dict[str, str]] = []
    last: str | None = None  # the last speaker, or the last person named in an earlier paragraph
    for para, quoted in found[:upto]:
        for m in quoted:
            if _words(m) < _MIN_WORDS:
                continue
            speaker = _speaker(para, m.start(), m.end(), people, last)
            entry = {"text": m.group(1).strip(" ,.")}
            if speaker:
                entry["speaker"] = speaker
                last = speaker
            quotes.append(entry)
        if not quoted:  # narrative paragraph: its last-named person leads
            named = people.spans(para)
            if named:
                last = named[-1][1]
    article.setdefault("ext", {})["quotes"] = quotes


def _quoted(para: str) -> list[re.Match[str]]:
    """``list(_QUOTE.finditer(para))``, with the regex tried only at the quote marks (``str.find``
    skips to them; re's own scan tests every character against the two opening marks)."""
    found: list[re.Match[str]] = []
    at = _next_mark(para, 0)
    while at >= 0:
        m = _QUOTE.match(para, at)
        if m:
            found.append(m)
        at = _next_mark(para, m.end() if m else at + 1)
    return found


def _next_mark(para: str, start: int) -> int:
    """Offset of the first opening quote mark at or after ``start``, or -1."""
    straight, curly = para.find('"', start), para.find("“", start)
    return straight if curly < 0 or 0 <= straight < curly else curly


def _words(m: re.Match[str]) -> int:
    """Words in a quoted span (fewer than _MIN_WORDS: a title or scare quotes, not a quotation)."""
    return m.group(1).strip(" ,.").count(" ") + 1
