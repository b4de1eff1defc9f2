"""Labelled boilerplate segments anywhere in the body: credits, source lines, related links and
copyright lines, alone in a paragraph, several glued in one (``Pewarta: Rio FeisalEditor: Agus
SalimCopyright © ANTARA 2025``) or glued to the end of the last sentence of a paragraph.

A paragraph (or its tail) is taken only when *every* labelled segment in it reads as boilerplate,
so prose that merely mentions "Editor:" or "copyright" stays in the body.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from streams.core.copy import credits, related, rights, sources
from streams.core.model import ParsedItem


class Label(NamedTuple):
    start: int  # where the label starts
    value_start: int  # where its value starts (after "label:" and spaces; = start for rights)
    kind: str  # related | credit | source | rights
    label: str


def _variants(labels: tuple[str, ...]) -> set[str]:
    """The spellings copy uses for a label: "Baca juga", "Baca Juga", "BACA JUGA"."""
    return {v for label in labels for v in (label[:1].upper() + label[1:], label.title(), label.upper())}


_KIND_OF: dict[str, str] = {
    **{v: "source" for v in _variants(sources.LABELS)},
    **{v: "credit" for v in _variants(credits.LABELS)},
    **{v: "related" for v in _variants(related.LABELS)},
}
# label lengths by last character, longest first: the look-back from a colon tries only these
_LENGTHS: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({len(v) for v in _KIND_OF if v[-1] == last}, reverse=True)) for last in {v[-1] for v in _KIND_OF}
}
_RELATED_VARIANTS = frozenset(_variants(related.LABELS))
_RIGHTS_WORDS = ("Copyright", "COPYRIGHT", "©")
MAX_BARE_LINK_CHARS = 160
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")", "]", "»")


def _segments(paragraph: str, labels: list[Label], first: int) -> list[tuple[str, str, str]]:
    """(kind, label, value) for the labelled segments from ``labels[first]`` to the paragraph's end."""
    out = []
    for i in range(first, len(labels)):
        label = labels[i]
        end = labels[i + 1].start if i + 1 < len(labels) else len(paragraph)
        out.append((label.kind, label.label, paragraph[label.value_start : end]))
    return out


def _apply(item: ParsedItem, segments: list[tuple[str, str, str]]) -> bool:
    """Record the segments on ``item`` if every one reads as boilerplate; else record nothing."""
    parsed: list[tuple[str, Any]] = []
    for kind, label, value in segments:
        if kind == "related":
            result: Any = related.parse(value)
        elif kind == "credit":
            result = credits.parse_labelled(label, value)
        elif kind == "source":
            result = sources.parse(value)
        else:
            result = rights.parse(value)
        if result is None:
            return False
        parsed.append((kind, result))
    for kind, result in parsed:
        if kind == "related":
            related.add(item, result)
        elif kind == "credit":
            credits.add(item, *result)
        elif kind == "source":
            sources.add(item, result)
        else:
            rights.apply(item, result)
    return True


def _colon_labels(paragraph: str) -> list[Label]:
    """Labels ending at a colon ("Editor:", "Editor :", glued "FeisalEditor:"), found by looking back
    from each colon for a known spelling (set lookups, no regex alternation)."""
    found = []
    colon = paragraph.find(":")
    while colon >= 0:
        end = colon - 1 if colon and paragraph[colon - 1] == " " else colon
        for length in _LENGTHS.get(paragraph[end - 1], ()) if end else ():
            start = end - length
            if start >= 0 and (kind := _KIND_OF.get(paragraph[start:end])):
                value_start = colon + 1
                while value_start < len(paragraph) and paragraph[value_start] == " ":
                    value_start += 1
                found.append(Label(start, value_start, kind, paragraph[start:end]))
                break
        colon = paragraph.find(":", colon + 1)
    return found


def _rights_labels(paragraph: str) -> list[Label]:
    """Where copyright lines start: "Copyright", "COPYRIGHT", "(c) Copyright", or a lone "©"."""
    found = []
    covered = -1
    for word in _RIGHTS_WORDS:
        pos = paragraph.find(word)
        while pos >= 0:
            start = pos - 4 if paragraph[max(0, pos - 4) : pos].lower() == "(c) " else pos
            found.append(Label(start, start, "rights", word))
            pos = paragraph.find(word, pos + 1)
    found.sort()
    out = []
    for label in found:  # "Copyright ©": the © belongs to the same line
        if label.start > covered:
            out.append(label)
        covered = label.start + len(label.label) + 2
    return out


def _labels(paragraph: str) -> list[Label]:
    """Every label in ``paragraph``, in order."""
    labels = _colon_labels(paragraph) if ":" in paragraph else []
    if "opyright" in paragraph or "OPYRIGHT" in paragraph or "©" in paragraph:
        labels = sorted(labels + _rights_labels(paragraph))
    return labels


def is_labelled(paragraph: str) -> bool:
    """True when ``paragraph`` opens with a boilerplate label ("Baca juga:", "Pewarta:", "Copyright")
    or is a bare related-link label: footer material, never a headline."""
    if len(paragraph) < 20 and paragraph.rstrip(" :") in _RELATED_VARIANTS:
        return True
    labels = _labels(paragraph)
    return bool(labels) and labels[0].start == 0


def take(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """The paragraphs with labelled boilerplate moved into ``item``."""
    out: list[str] = []
    link_next = False
    for paragraph in paragraphs:
        if link_next:  # the paragraph after a bare "Baca Juga" label: a headline, or body again
            link_next = False
            if len(paragraph) <= MAX_BARE_LINK_CHARS and not paragraph.endswith(_SENTENCE_END):
                related.take(item, paragraph)
                continue
        if len(paragraph) < 20 and paragraph.rstrip(" :") in _RELATED_VARIANTS:
            link_next = True
            continue
        labels = _labels(paragraph)
        if not labels:
            out.append(paragraph)
            continue
        if labels[0].start == 0 and _apply(item, _segments(paragraph, labels, 0)):
            continue
        for first in range(1 if labels[0].start == 0 else 0, len(labels)):
            head = paragraph[: labels[first].start].rstrip()
            glued = not paragraph[labels[first].start - 1].isspace()
            if (head.endswith(_SENTENCE_END) or glued) and _apply(item, _segments(paragraph, labels, first)):
                out.append(head)
                break
        else:
            out.append(paragraph)
    return [p for p in out if p]
