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

_QUOTE = re.compile(r"[“\"]([^“”\"\n]{8,}?)[”\"]")
_NAME = r"((?:[A-Z][\w'’\-.]*)(?:[ ](?:bin|binti|van|de|al)?[ ]?[A-Z][\w'’\-.]*){0,5})"
_SAY_BEFORE = (
    r"(?:kata|ujar|ucap|tutur|ungkap|jelas|imbuh|tambah|tegas|sebut|papar|terang|said|says|added|told)"
)
_SAY_AFTER = (
    r"(?:said|says|told|added|stated|noted|explained|warned|wrote|mengatakan|menyatakan|menjelaskan|"
    r"menegaskan|mengungkapkan|menuturkan|menambahkan|berkata|menyampaikan)"
)
_PRONOUN = r"(?:he|she|dia|ia|beliau|nya|-nya)"
# After the closing quote (matched at the quote's end).
_AFTER_QUOTING = re.compile(
    rf"[\s,]*[^.“”\"\n]{{0,80}}?\b(?:mengutip|quoting|menurut|according to)\s+{_NAME}"
)
_AFTER_SAY_NAME = re.compile(rf"[\s,]*{_SAY_BEFORE}\s+(?:(?:the|sang)\s+)?{_NAME}")
_AFTER_NAME_SAY = re.compile(rf"[\s,]*{_NAME}\s+(?:(?:pada|on)\s+\w+\s+)?{_SAY_AFTER}\b")
_AFTER_PRONOUN = re.compile(
    rf"[\s,]*(?:{_PRONOUN}\s+{_SAY_AFTER}|{_SAY_BEFORE}(?:nya|\s+dia|\s+ia|\s+beliau))\b", re.IGNORECASE
)
# Before the opening quote (searched at the end of the preceding text).
_BEFORE = re.compile(rf"(?:{_NAME}\s+{_SAY_AFTER}|{_SAY_BEFORE}\s+{_NAME})\s*[:,]?\s*$")
_APPOSITION = re.compile(rf",\s+{_NAME}")
_MIN_WORDS = 3


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
        self.automaton: ahocorasick.Automaton | None = None
        if forms:
            self.automaton = ahocorasick.Automaton()
            for form in forms:
                self.automaton.add_word(form, form)
            self.automaton.make_automaton()

    def spans(self, para: str) -> list[tuple[int, str]]:
        """(offset, full name) for every mention of a known person in a paragraph (full or one token).

        Per form, occurrences are taken as a left-to-right ``str.find`` loop takes them (a match
        resumes the search at its end), then kept when they stand between non-alphanumerics.
        """
        spans: list[tuple[int, str]] = []
        if self.automaton is None:
            return spans
        resume: dict[str, int] = {}
        for last, form in self.automaton.iter(para):
            start = last - len(form) + 1
            if start < resume.get(form, 0):
                continue
            end = resume[form] = last + 1
            if (start == 0 or not para[start - 1].isalnum()) and (end == len(para) or not para[end].isalnum()):
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


def _speaker(para: str, start: int, end: int, people: _People, last: str | None) -> str | None:
    """The speaker of the quote at ``para[start:end]`` (see the module docstring for the order)."""
    names = people.names
    for pattern in (_AFTER_QUOTING, _AFTER_SAY_NAME, _AFTER_NAME_SAY):
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
    m = _BEFORE.search(para, max(0, start - 120), start)
    if m:
        return _resolve(m.group(1) or m.group(2), people)
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
    names = [p["name"] for p in article.get("people", ()) if p.get("name")]
    people = _People(names)
    quotes: list[dict[str, str]] = []
    last: str | None = None  # the last speaker, or the last person named in an earlier paragraph
    for para in paragraphs(text):
        for m in _QUOTE.finditer(para):
            body = m.group(1).strip(" ,.")
            if body.count(" ") + 1 < _MIN_WORDS:
                continue
            speaker = _speaker(para, m.start(), m.end(), people, last)
            entry = {"text": body}
            if speaker:
                entry["speaker"] = speaker
                last = speaker
            quotes.append(entry)
        if not any(q for q in _QUOTE.finditer(para)):  # narrative paragraph: its last-named person leads
            named = people.spans(para)
            if named:
                last = named[-1][1]
    if quotes:
        article.setdefault("ext", {})["quotes"] = quotes
