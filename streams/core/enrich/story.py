"""The story text the entity, date and quote enrichers read, and the people who made the copy.

Shared so the three enrichers see the same text: headline, sub-headline, description + body, minus
agency boilerplate lines (credits, "Baca juga:"/"Related news:" links, source and copyright lines) and
photo credits ("... ANTARA FOTO/Didik Suhartono/tom.") that the copy stage may not have taken out yet.
Boilerplate names are credits, not people in the story, and related-link headlines belong to other
stories. The headlines are read whole: a headline is never boilerplate, though "Video: Qatar Beberkan
Perundingan Iran-Oman" starts like a credit line ("Video: Reuters").
"""

from __future__ import annotations

import re

from streams.core.enrich.textscan import view
from streams.core.model import Article

# Lines that are boilerplate, by their start (credits, related links, source and rights lines).
_BOILERPLATE_START = (
    "Baca juga",
    "Related news",
    "Pewarta",
    "Penerjemah",
    "Editor",
    "Reporter",
    "Translator",
    "Sumber",
    "Source",
    "Copyright",
    "COPYRIGHT",
    "©",
    "Foto",
    "Video",
    "Redaktur",
    "Penulis",
    "Writer",
)
_MARKERS = (
    "juga:",
    "news:",
    "Pewarta",
    "Penerjemah",
    "Editor",
    "Reporter",
    "Translator",
    "Sumber",
    "Source",
    "opyright",
    "OPYRIGHT",
    "©",
    "Foto",
    "Video",
    "Redaktur",
    "Penulis",
    "Writer",
)
_NEEDS_COLON = frozenset(_BOILERPLATE_START) - {"Copyright", "COPYRIGHT", "©"}
_LABEL = re.compile(r"([A-Za-z ]+?)\s*:")
# The agency tag of a dateline ("Beijing (ANTARA) - "): the agency is the sender, not a story org.
_AGENCY_TAG = r"\((?:ANTARA|Antara|Reuters|REUTERS|AFP|Xinhua|Bernama|BERNAMA|EFE|dpa|AP)(?: News)?\)[ ]*[-–—]+[ ]*"
_DATELINE = re.compile(rf"([^\n(]{{0,60}}?)[ ,]*{_AGENCY_TAG}")
_TAG = re.compile(_AGENCY_TAG)
# A photo credit closing a caption line: "... di perairan utara Madura. ANTARA FOTO/Didik Suhartono/tom.",
# "... July 21, 2014. REUTERS/Mario Anzuoni (UNITED STATES - Tags: ENTERTAINMENT)", "REUTERS/SANA/Handout via
# Reuters"; or a bracketed one anywhere: "(Photo by Spencer Platt/Getty Images)", "(Photo: Business Wire)". The
# agency before the slash is in capitals (a picture desk's credit), so "a Reuters/Ipsos poll" stays; the
# photographer is no person in the story and the agency ("ANTARA FOTO", "Reuters", "Xinhua") no story org.
_PHOTO_CREDIT = re.compile(
    r"[ ]*(?<![\w/])\(?(?:ANTARA[ ]FOTO|REUTERS|AFP(?:[ ]PHOTO)?|AP[ ]Photo|EPA-EFE|XINHUA)/[^\n]{1,150}$"
    r"|[ ]*\((?:(?:Photo|Foto|PHOTO|FOTO)(?:[ ]by|[ ]?:)[ ]|ANTARA(?:[ ]FOTO)?/)[^()\n]{1,100}\)",
    re.MULTILINE,
)
# what a photo credit above holds: a text with none of them has no credit (the usual case; ~2 µs of substring
# tests on an average story, the pattern itself ~40 µs per 1,000 characters)
_SLASHED_CREDITS = ("FOTO/", "REUTERS/", "PHOTO/", "Photo/", "AFP/", "EPA-EFE/", "XINHUA/", "ANTARA/")
# Glued footers ("...terakhir.Pewarta: Rio FeisalEditor: Agus SalimCopyright © ANTARA 2025") start mid-line.
_GLUED_FOOTER = re.compile(r"(?:Pewarta|Penerjemah|Reporter|Translator)\s*:")
_ROLE_NOTE = re.compile(r"\([^)]*\)")
_BY_SPLIT = re.compile(r",|\band\b|\bdan\b|/")


def _drop_agency_tag(line: str) -> str:
    """``_DATELINE.sub(r"\\1 - ", line, count=1)`` without trying the pattern at every offset of a long line.

    A match can only start after the last "(" or newline before its tag, and its place part is at
    most 60 characters before the spaces and commas preceding the tag: so the first tag decides
    where the leftmost match can start, and the search starts there.
    """
    tag = _TAG.search(line)
    if tag is None:
        return line
    at = tag.start()
    floor = max(line.rfind("(", 0, at), line.rfind("\n", 0, at)) + 1
    run = at
    while run > floor and line[run - 1] in " ,":
        run -= 1
    match = _DATELINE.search(line, max(floor, run - 60))
    if match is None:  # not reached (see above); kept as the plain substitution for safety
        return _DATELINE.sub(r"\1 - ", line, count=1)
    return f"{line[: match.start()]}{match.group(1)} - {line[match.end() :]}"


def _keep(line: str) -> str | None:
    """The line without boilerplate, or None when it is all boilerplate."""
    stripped = line.lstrip()
    if stripped.startswith(_BOILERPLATE_START):
        if stripped.startswith(("Copyright", "COPYRIGHT", "©")):
            return None
        label = _LABEL.match(stripped)
        if label and label.group(1).strip() in _NEEDS_COLON:
            return None
    if ":" in line:
        glued = _GLUED_FOOTER.search(line)
        if glued:
            line = line[: glued.start()]
    return line


_last: list[tuple[tuple[str, ...], int, str]] = []  # one-entry memo: the three enrichers read the same article


def story_text(article: Article) -> str:
    """Headline, sub-headline, descriptions and body joined by blank lines, boilerplate removed from all
    but the headlines.

    Memoised on the identity of the source strings (the memo holds them, so identities cannot be
    reused): entities, dates and quotes call this in turn on one article.
    """
    heads = _headlines(article)
    parts: tuple[str, ...] = (
        *heads,
        *(d.get("value", "") for d in article.get("descriptions", ())),
        *(b.get("value", "") for b in article.get("bodies", ())),
    )
    if (
        _last
        and _last[0][1] == len(heads)
        and len(_last[0][0]) == len(parts)
        and all(a is b for a, b in zip(_last[0][0], parts, strict=True))
    ):
        return _last[0][2]
    text = _story_text(parts, len(heads))
    _last[:] = [(parts, len(heads), text)]
    return text


def _headlines(article: Article) -> list[str]:
    """The main headline(s), then the sub-headlines (NITF ``hl2``, NewsML-G2 and ninjs "sub"/"subheadline"):
    a sub-headline can be the only place a body is named ("Foreign minister expresses faith in Spanish
    government"). It goes right after the headline, where the source puts it (quotes read the first two
    paragraphs as headlines); one the headline, a description or a body already holds adds nothing."""
    headlines = article.get("headlines", ())
    heads = [h.get("value", "") for h in headlines if h.get("role", "main") == "main"]
    if len(heads) == len(headlines):
        return heads  # the usual case: no sub-headline
    held = [*heads, *(d.get("value", "") for d in article.get("descriptions", ()))]
    held += [b.get("value", "") for b in article.get("bodies", ())]
    for h in headlines:
        value = h.get("value", "")
        sub = value.strip()
        if h.get("role", "main") != "main" and sub and not any(sub in text for text in held):
            heads.append(value)  # the source string itself: the memo compares identities
            held.append(sub)
    return heads


def _touchable(text: str) -> bool:
    """Can the line pass below change ``text`` at all? Only a line with a colon, "©" or "copyright" goes
    to :func:`_keep`, and only one of the first four lines with a "(" to :func:`_drop_agency_tag`. Four
    substring tests: the 17 of the marker test cost ~10 µs on a 1,000-character story."""
    if ":" in text or "©" in text or "opyright" in text or "OPYRIGHT" in text:
        return True
    end = -1
    for _ in range(4):
        end = text.find("\n", end + 1)
        if end < 0:
            return "(" in text
    return "(" in text[:end]


def _story_text(parts: tuple[str, ...], heads: int = 0) -> str:
    """The first ``heads`` parts (the headlines) whole, the rest without boilerplate, joined by blank lines."""
    text = "\n\n".join(p for p in parts if p)
    # the tests read the headlines too (a needless line pass changes nothing); a "(" in the first 300 characters
    # after them may open the dateline's agency tag
    after = sum([len(p) + 2 for p in parts[:heads]]) + 300
    boilerplate = text.find("(", 0, after) >= 0 or (_touchable(text) and any(marker in text for marker in _MARKERS))
    if not boilerplate and not _credited(text):
        return text  # the usual case once the copy stage has run
    rest = "\n\n".join(p for p in parts[heads:] if p)
    if boilerplate:
        rest = _line_pass(rest)
    if _credited(rest):
        rest = _uncredit(rest)
    return "\n\n".join(p for p in (*parts[:heads], rest) if p)


def _credited(text: str) -> bool:
    """Can ``text`` hold a photo credit (``_PHOTO_CREDIT``)? Substring tests only (no generator: ~1 µs less)."""
    if "/" in text:
        for hint in _SLASHED_CREDITS:
            if hint in text:
                return True
    return "(Photo" in text or "(Foto" in text or "(PHOTO" in text or "(FOTO" in text


# every match of ``_PHOTO_CREDIT`` holds one of these (its literal after "(" or before "/")
_CREDIT_HINTS = (*_SLASHED_CREDITS, "(Photo", "(Foto", "(PHOTO", "(FOTO")


def _uncredit(text: str) -> str:
    """``_PHOTO_CREDIT.sub("", text)``, run only on the lines that hold a hint of a credit. Why: the pattern
    costs ~50 µs per 1,000 characters wherever it runs (~50 ms on a 1 MB story, a fifth of its core: the
    head-of-line test, docs/benchmarks.md "Session 14"), and a credit is a few lines of a story. Exact: no
    match crosses a line (spaces, no newline, ``$`` at the line's end), the look-behind reads the same at a
    line's start (a newline or the text's start), and every match holds a hint (:data:`_CREDIT_HINTS`)."""
    spans: list[tuple[int, int]] = []
    for hint in _CREDIT_HINTS:
        at = text.find(hint)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            spans.append((start, end))
            at = text.find(hint, end)
    if not spans:
        return text
    out: list[str] = []
    done = 0
    for start, end in sorted(set(spans)):  # a line found by two hints is one span
        out.append(text[done:start])
        out.append(_PHOTO_CREDIT.sub("", text[start:end]))
        done = end
    out.append(text[done:])
    return "".join(out)


def _line_pass(text: str) -> str:
    """``text`` without agency tags in its first four lines and without boilerplate lines."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        if i < 4 and "(" in line:
            line = _drop_agency_tag(line)
        kept = _keep(line) if (":" in line or "©" in line or "opyright" in line or "OPYRIGHT" in line) else line
        if kept is not None:
            out.append(kept)
    return "\n".join(out)


def paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs of a story text (assembled paragraphs hold no newline; scraped copy
    often has one paragraph per line). The lines come from the text's shared view (``textscan.view``):
    subjects reads them too."""
    return [p for p in view(text).lines if p.strip()]


def is_credited(name: str, credited: set[str]) -> bool:
    """Is the lower-cased ``name`` one of the credited names (or a part of one, or containing one)?"""
    return any(name == c or name in c.split() or c in name for c in credited)


def credited_names(article: Article) -> set[str]:
    """Lower-cased names of reporters, translators and editors: they are not people in the story."""
    ext = article.get("ext", {})
    names = {c.get("name", "").strip().lower() for c in ext.get("contributors", ()) if c.get("name")}
    if article.get("by"):
        by = _ROLE_NOTE.sub("", article["by"])  # "Juwita Trisna Rahayu (translator)"
        names.update(n.strip().lower() for n in _BY_SPLIT.split(by) if n.strip())
    names.discard("")
    return names
