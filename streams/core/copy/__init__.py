"""Agency copy conventions: take datelines, credits, source lines, related links, rights and
residue out of the body paragraphs and into fields.

Entry point: :func:`extract`. One concern per module: ``residue`` (ads, notices, end marks,
sign-offs), ``notebook`` (dpa notebook), ``footer`` (labelled segments: ``credits``, ``sources``,
``related``, ``rights``), ``dateline``, ``lead`` (what precedes the dateline); ``agencies`` is the
shared name table.
"""

from __future__ import annotations

from streams.core.copy import credits, dateline, footer, lead, notebook, residue, sources, typewriter
from streams.core.copy.agencies import credit_mark
from streams.core.model import MEDIA_TYPES, ParsedItem

STILL_TYPES = frozenset({"picture", "graphic"})


def extract(item: ParsedItem) -> ParsedItem:
    """Move boilerplate from ``item.paragraphs`` into the item's fields. Returns the same item.

    Expects normalised paragraphs (``streams.core.normalize``).
    """
    marks: list[str] = []
    lead.clean_headline(item)
    paragraphs = residue.drop_residue(item.paragraphs, marks)
    index = dateline.take(item, paragraphs)
    dateline.take_from_description(item)
    lead.shotlist_located(item)
    for mark in marks:
        credit_mark(item, mark)
    paragraphs = lead.take(item, paragraphs, index)
    lead.drop_version_prefix(item)
    paragraphs = credits.take_label_line(item, paragraphs)
    paragraphs = notebook.take(item, paragraphs)
    paragraphs = residue.drop_private(paragraphs)
    paragraphs = residue.strip_signoffs(paragraphs, item)
    tail, count = (paragraphs[-1] if paragraphs else None), len(paragraphs)
    paragraphs = credits.take_credit_lines(item, paragraphs)
    credits.take_crew_credit(item, paragraphs)
    credits.take_photo_credit(item, paragraphs)
    paragraphs = footer.take(item, paragraphs)
    if paragraphs and (paragraphs[-1] is not tail or len(paragraphs) != count):
        # credits or a footer went: what ended the story may be a sign-off now (the same tail
        # was stripped already, and stripping is idempotent)
        paragraphs = residue.strip_signoffs(paragraphs, item)
    media_caption(item)
    item.caption = residue.strip_caption_tags(item.caption)
    item.description = residue.strip_caption_tags(item.description)
    lead.caption_located(item)
    credits.finish_by(item)
    credits.tidy_by(item)
    credits.located_not_byline(item)
    credits.outlet_by(item)
    credits.media_by(item)
    credits.take_caption_credit(item, paragraphs)
    if item.ed_note:
        item.ed_note = residue.public_part(item.ed_note) or None
    sources.finish(item)
    lead.drop_lead_copies(item, paragraphs)
    paragraphs = _no_repeat_body(item, paragraphs)
    if item.description and item.headline and item.description.casefold() == item.headline.casefold():
        item.description = None  # AAP's abstract repeating the headline is no summary
    item.paragraphs = typewriter.typographic(item, paragraphs)
    return item


def _no_repeat_body(item: ParsedItem, paragraphs: list[str]) -> list[str]:
    """A body that is only the item's headline, caption or summary again is no body (AAP's picture whose
    ``body_text`` is its headline "German Air Force Museum"; SIPA's picture whose body repeats its caption over
    two paragraphs): a subscriber would show the same text twice. A picture's or graphic's body with no caption
    beside it is its caption, never article copy."""
    media = item.kind in MEDIA_TYPES
    if not paragraphs or (len(paragraphs) != 1 and not media):
        return paragraphs
    flat = _flat(" ".join(paragraphs))
    if item.kind in STILL_TYPES and not item.caption and not item.description:
        # a still's only text is its caption, wherever the provider put it (a video's may be its script)
        item.caption = " ".join(paragraphs)
        return []
    fields = (item.headline, item.caption, item.description)
    if any(flat == _flat(f) for f in fields if f):
        return []
    return paragraphs


def _flat(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".")


def media_caption(item: ParsedItem) -> None:
    """A picture's, video's or graphic's only description is its caption (a scraped photo page's summary
    is the photo's caption, credit included), so the by-line and place are read from it like any caption."""
    if item.kind in MEDIA_TYPES and not item.caption and item.description:
        item.caption, item.description = item.description, None
