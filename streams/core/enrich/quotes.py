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

from streams.core.enrich.entities import resolve_name
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


def _person_spans(para: str, names: list[str]) -> list[tuple[int, str]]:
    """(offset, full name) for every mention of a known person in a paragraph (full or one token)."""
    spans: list[tuple[int, str]] = []
    for name in names:
        for form in {name, *name.split()}:
            if len(form) < 3:
                continue
            start = para.find(form)
            while start >= 0:
                end = start + len(form)
                if (start == 0 or not para[start - 1].isalnum()) and (
                    end == len(para) or not para[end].isalnum()
                ):
                    spans.append((start, name))
                start = para.find(form, end)
    spans.sort()
    return spans


def _resolve(raw: str | None, names: list[str]) -> str | None:
    """Full name for a speaker phrase, trying its tail first ("Kemenlu China ... Wang" -> "Wang Yi")."""
    if not raw:
        return None
    raw = raw.strip(" ,.")
    toks = raw.split()
    for i in range(len(toks)):
        found = resolve_name(" ".join(toks[i:]), names)
        if found:
            return found
    return raw


def _speaker(para: str, start: int, end: int, names: list[str], last: str | None) -> str | None:
    """The speaker of the quote at ``para[start:end]`` (see the module docstring for the order)."""
    for pattern in (_AFTER_QUOTING, _AFTER_SAY_NAME, _AFTER_NAME_SAY):
        m = pattern.match(para, end)
        if m:
            who = _resolve(m.group(1), names)
            if who not in names:  # "ujar Sekretaris Jenderal Arus Bawah Prabowo, Ary Nugroho"
                appos = _APPOSITION.match(para, m.end(1))
                if appos and appos.group(1) in names:
                    return appos.group(1)
            if who:
                return who
    mentions = _person_spans(para, names)
    if _AFTER_PRONOUN.match(para, end):  # "katanya", "he said": the person last named, else last speaker
        before = [n for off, n in mentions if off < start]
        return before[-1] if before else last
    m = _BEFORE.search(para, max(0, start - 120), start)
    if m:
        return _resolve(m.group(1) or m.group(2), names)
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
    quotes: list[dict[str, str]] = []
    last: str | None = None  # the last speaker, or the last person named in an earlier paragraph
    for para in paragraphs(text):
        for m in _QUOTE.finditer(para):
            body = m.group(1).strip(" ,.")
            if body.count(" ") + 1 < _MIN_WORDS:
                continue
            speaker = _speaker(para, m.start(), m.end(), names, last)
            entry = {"text": body}
            if speaker:
                entry["speaker"] = speaker
                last = speaker
            quotes.append(entry)
        if not any(q for q in _QUOTE.finditer(para)):  # narrative paragraph: its last-named person leads
            named = _person_spans(para, names)
            if named:
                last = named[-1][1]
    if quotes:
        article.setdefault("ext", {})["quotes"] = quotes
