"""Residue that is not content: ad scripts, WordPress shortcodes, site notices, end marks (``(END)``, ``###``, ``MORE``,
PA ``ends``), separators, and sign-offs at the end of the story (``-- BERNAMA``, ``Reuter``, the
dpa initials trailer ``dpa xx yy``, ``AAP RTV``, ``AFP sn``, ``(BusinessDesk)``, AFP desk codes
``hh/ph/ts``, AP contact lines ``X can be reached at …``). A sign-off that names an agency credits
it in ``info_sources`` when the caller passes the item. A press release's end matter goes too (contact
blocks, empty labels such as ``WEB:``, a distributor's disclaimer, left-over link attributes, embed code sent as
text), and a
republished piece's "Originally published by X" credit (X becomes the originator). What follows a "not
for publication" notice is private and is dropped (:func:`drop_private`, :func:`public_part`)."""

from __future__ import annotations

import re

from streams.core.copy.agencies import ORIGINATOR, add_info_source, credit_mark, lookup
from streams.core.model import ParsedItem

_INLINE = re.compile(r"\(\s*adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\[\]\s*\)\.push\(\s*\{\s*\}\s*\);?")
_PARAGRAPH = re.compile(
    r"(?i:advertisement|iklan|scroll to continue with content|end ?item|-30-|x{3,}|ends?)"
    r"|\(END\)|\(end\)|END|ENDS|\(MORE\)|MORE|#{2,}|[_=~-]{3,}|(?:\*\s*){3,}|\.{3,}"
    r"|\(?(?:AP|AFP|dpa|Reuters?|REUTERS?)\)?\.?"
)
MAX_MARK_CHARS = 40
# the wire's continuation marker closing a take, in any case ("More", "more", "(more)", "- more -",
# "MORE TO FOLLOW"): only as the story's last paragraph, where it is never prose
_CONTINUED = re.compile(r"(?i)[(\[-]?\s*more(?:\s+to\s+(?:come|follow))?\s*[)\]-]?")
# the same marker glued after the last sentence when the take's lines were joined ("… model year. More")
_GLUED_CONTINUED = re.compile(r"(?<=[.!?\"”’])\s+(?:More|MORE|\((?i:more)\))\s*$")
# WordPress shortcodes left in feed text: "[dropcap]M[/dropcap]ysterium" → "Mysterium"; a
# "[caption …]…[/caption]" block is a photo caption and goes whole
_SHORTCODE_NAMES = (
    r"(?:dropcap|highlight|pullquote|tweet|embed|audio|video|playlist|gallery|youtube|vimeo"
    r"|soundcloud|instagram|[a-z][a-z0-9]*_[a-z0-9_]+)"
)  # plugin codes: "[contact_form]"
_SHORTCODE = re.compile(rf"\[/?{_SHORTCODE_NAMES}\b[^\[\]]{{0,200}}\](?!\()")  # not a markdown link
_CAPTION_BLOCK = re.compile(r"\[caption\b[^\]]{0,300}\].{0,600}?\[/caption\]")
_NOTICE_STARTS = ("Dilarang", "DILARANG")
_NOTICE = re.compile(r"^(?:Dilarang keras mengambil konten|Dilarang mengambil konten)", re.IGNORECASE)
# "The following information is not for publication" (dpa, in English and German) and the like:
# everything from the marker on is for the desk only
_PRIVATE = re.compile(
    r"(?:(?:the )?following (?:information|details) (?:is |are )?not (?:intended )?for publication"
    r"|not for publication\b"
    r"|(?:die )?folgenden? (?:Informationen|Angaben) (?:sind|ist) nicht zur Veröffentlichung"
    r"|nicht zur Veröffentlichung bestimmt"
    r"|tidak untuk (?:dipublikasikan|diterbitkan|disiarkan)"
    r"|no (?:es )?para (?:su )?publicación|(?:ne )?pas pour publication)",
    re.IGNORECASE,
)
# sign-offs that end the last paragraph (taken only alone or after the end of a sentence)
_SIGNOFF = re.compile(
    r"(?:(?<=\s)|(?<=[.!?\"”’')\]])|^)(?P<mark>--?\s*BERNAMA|\(END\)|END|ENDS|Enditem|REUTERS?|Reuters?)\s*$"
)
# an agency credit glued to the end of the last sentence: Ritzau's "… landsmand. /ritzau/", "… said. (AFP)"
_GLUED_CREDIT = re.compile(
    r"(?<=[.!?\"”’')\]])\s+(?:/(?P<slashed>[A-Za-z][A-Za-z-]{1,15})/|\((?P<tag>[A-Za-z][A-Za-z .-]{1,20})\))\s*$"
)
# an agency's tag closing the last sentence in its place of the full stop: ANSA's "… in Parlamento (ANSA)."
_CLOSING_CREDIT = re.compile(r"(?<=\w)\s+\((?P<tag>[A-Za-z][A-Za-z .-]{1,20})\)\.\s*$")
# a sign-off is a short mark at the very end: search only the tail (the lookbehinds still see before it)
_SIGNOFF_TAIL = 80
# what a paragraph with a sign-off ends with, blanks stripped (_SIGNOFF's marks: its "\s*$" is str.rstrip's
# whitespace): a paragraph that ends otherwise has none, and the search is skipped
_SIGNOFF_ENDS = ("BERNAMA", "(END)", "END", "ENDS", "Enditem", "REUTER", "REUTERS", "Reuter", "Reuters")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ")", "]")
_DPA_TRAILER = re.compile(r"dpa(?:\s+[a-z]{2,4}){1,8}")
# "AAP RTV", "AAP RTV ar", "AFP sn", "AAP gfr": an agency, then desk/operator initials
_AGENCY_TRAILER = re.compile(r"(?P<agency>[A-Za-z][A-Za-z-]{1,15})(?P<codes>(?:\s+(?:[a-z]{2,3}|[A-Z]{2,4})){1,6})")
# short words that are prose, not initials ("AFP has more", "Reuters said so")
_NOT_INITIALS = frozenset(
    (
        "and",
        "the",
        "was",
        "has",
        "had",
        "for",
        "are",
        "not",
        "but",
        "can",
        "its",
        "via",
        "say",
        "off",
        "out",
        "too",
        "now",
        "new",
        "all",
        "any",
        "one",
        "two",
        "is",
        "in",
        "on",
        "at",
        "to",
        "of",
        "by",
        "as",
        "it",
        "an",
        "or",
        "up",
        "so",
        "no",
        "yes",
        "who",
        "why",
        "how",
        "see",
        "set",
        "get",
        "got",
    )
)
# "(BusinessDesk)", "(AFP)", Ritzau's "/ritzau/": an agency credit alone in parentheses or slashes
_AGENCY_CREDIT = re.compile(
    r"\(\s*(?P<agency>[A-Za-z][A-Za-z .-]{1,30}?)\s*\)\.?|/(?P<slashed>[A-Za-z][A-Za-z .-]{1,30})/"
)
# The Canadian Press: "This report by The Canadian Press was first published July 3, 2020."
# a republished piece's credit: "Originally published under Creative Commons by 360info™.",
# "This article was originally published on The Conversation." → the outlet is the originator
_REPUBLISHED = re.compile(
    r"(?:This (?:article|story|piece) was )?(?:[Oo]riginally|[Ff]irst) published (?:under (?:a )?Creative Commons"
    r"(?: licen[cs]e)? )?(?:by|on|in) (?P<outlet>[A-Z0-9][\w.&'’ -]{1,40}?)[™®]?\.?"
)
_FIRST_PUBLISHED = re.compile(
    r"This (?:report|story|article|item) (?:by|from) (?P<agency>[A-Z][\w .&'-]{1,40}?)"
    r" was (?:first )?published\b.{0,60}"
)
# AFP desk codes "hh/ph/ts/hd" (initials of the journalists who handled the story)
_DESK_CODES = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4}){1,7}|[A-Z]{1,4}(?:/[A-Z]{1,4}){1,7}")
# AP/AAP contact lines: "Bernard Condon can be reached at …", "Follow Jane Doe on Twitter at …"
_CONTACT_LINE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:can|may) be (?:reached|contacted) (?:at|on|via)\b"
    r"|Follow\s+(?:[A-Z][\w.'’-]*\s+){1,4}on (?:Twitter|X|Facebook|Instagram|Threads|Bluesky)\b"
    r"|(?:Contact|E-?mail) (?:the )?(?:writer|reporter|author)s?\b)"
)
MAX_CONTACT_CHARS = 300
# press-release contact fields at the end: "Work: +61 (0)2 6206 0208", "Email: media@asada.gov.au"
_CONTACT_FIELD = re.compile(
    r"(?:work|office|mobile|cell|phone|tel(?:ephone)?|fax|e-?mail|media contact|contact)\s*:\s*"
    r"(?:\+?[\d(][\d\s()./-]{5,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*",
    re.IGNORECASE,
)
MAX_FIELD_CHARS = 80
# a press-release contact block: "Spire Release Contact: Nick Allain, Nick@spire.com, +44-(0)744-916-8302",
# "Media contacts: …", "Pressekontakt: …", "Kontak media: …", with an address or a phone number in it
_CONTACT_BLOCK = re.compile(
    r"(?:[A-Z][\w&.'-]*\s+){0,4}(?:(?:media|press|investor|release|news)\s+)?"
    r"(?:contacts?|enquiries|inquiries|pressekontakt|kontakt|kontak(?:\s+media)?|contacto|presskontakt)\s*:",
    re.IGNORECASE,
)
_ADDRESS_OR_PHONE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d\s()./-]{6,}\d")
MAX_BLOCK_CHARS = 400
# a label left with no value at the end ("WEB:", "Website:", "Links:"): the value was a link or a picture;
# an embed code's label with its size ("Embed (stor):", "Embed (medium):" under NTB fact checks): the code is gone
_BARE_LABEL = re.compile(
    r"(?i:web(?:site|side)?|internet|url|links?|e-?mail|contacts?|kontakt|kontak|tel(?:ephone)?|phone|fax"
    r"|hjemmeside|nettside|webbplats|more information|further information|for more information"
    r"|embed(?:\s*\(\w{1,12}\))?)\s*:"
)
# a distributor's disclaimer under a forwarded press release, in the wires' languages: Ritzau's
# "** Ovenstående pressemeddelelse er videreformidlet af Ritzau på vegne af tredjepart. Ritzau er derfor
# ikke ansvarlig for indholdet **", "… is not responsible for the content of this release"
_DISCLAIMER = re.compile(
    r"\b(?:ikke|not|nicht|inte|ei|tidak)\s+(?:\w+\s+){0,2}(?:ansvarlig|responsible|verantwortlich|ansvarig|vastuussa"
    r"|bertanggung jawab)\s+(?:\w+\s+){0,3}?(?:the\s+)?(?:contents?|indholdet|inhalts?|innehållet|innholdet|isi)\b",
    re.IGNORECASE,
)
MAX_DISCLAIMER_CHARS = 400
_DISCLAIMER_HINT = re.compile("nsvarlig|sponsib|erantwortlich|nsvarig|astuussa|ertanggung")
# an agency's note to its subscribers, wherever it stands in an advisory: "For access to AAP's FinEx content
# please contact our Newswire Team on (02) 9322 8405." ("our" team, desk or number, with the number itself);
# a police appeal's "contact Crime Stoppers on 1800 333 000" names no "our" and stays
_SERVICE_CONTACT = re.compile(r"(?i)\b(?:contact|call|ring|e-?mail|reach)\s+our\b|\bour\s+[\w ]{0,30}?(?:team|desk)\b")
_ANNOUNCES_CONTACT = re.compile(
    r"(?i)\bcontact|\bmore information|\bfor (?:further|media) (?:information|enquiries)"
    r"|\binformasi lebih lanjut|\bhubungi"
)


# the attributes of a link whose tag was half stripped upstream (a press-release system's broken
# quoting): "Nick Allain,hugin" href="mailto:Nick@spire.com" rel="nofollow" target="_blank: Nick@spire.com"
_ATTRIBUTES = re.compile(
    r'[\w-]*"\s+href="[^"<>]{0,300}"(?:\s+[\w-]{1,20}="[^"<>]{0,60}")*(?:\s+[\w-]{1,20}="[^"<>:]{0,60})?:?'
)


# a paragraph of embed code sent as text (NTB's "<div class="faktisk-embed" …></div><script …></script>"):
# tags only, no words between them
# (lower-case HTML element names only: Reuters marks a company "<CONSOLIDATED PLANTATIONS BHD>")
_TAG = re.compile(
    r"</?(?:div|span|script|noscript|iframe|embed|object|param|blockquote|figure|figcaption|img|a|p|br|ins"
    r"|style|link|meta|section|video|audio|source)(?:\s+[\w:-]+(?:=(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+))?)*\s*/?>"
)


# Reuters' picture desk code closing a caption: "… REUTERS/Marko Djurica (KENYA - Tags: POLITICS ELECTIONS)",
# "(UNITED STATES - Tags: ENTERTAINMENT)": the country slug and topic tags for the desk, not caption text
_CAPTION_TAGS = re.compile(r"\s*\((?:[A-Z][A-Z .'&/-]{0,40}?\s*-\s*)?Tags:\s[^()]{1,200}\)\s*$")


def strip_caption_tags(text: str | None) -> str | None:
    """A caption or description without Reuters' closing "(COUNTRY - Tags: …)" code (``_CAPTION_TAGS``);
    None stays None, and a text that is nothing but the code is kept as sent."""
    if not text or "Tags:" not in text:
        return text
    stripped = _CAPTION_TAGS.sub("", text)
    return stripped or text


# a picture placed in the body: its label, then a caption, a credit or the bare file link ("BILDE:
# http://res.cloudinary.com/…jpg", "BILDE: Professor Asbjørn Dyrendal.", "Foto: NTNU", "Photo: AP"); the
# picture itself is not in the text, so what describes it is no story prose
_PICTURE_LINE = re.compile(
    r"(?=[A-ZÆØÅÄÖ])(?i:bilde|billede|foto|fotos|photo|photos|picture|image|kuva|grafikk|grafik|graphic"
    r"|illustrasjon|illustration)\s*:\s*\S"
)
MAX_PICTURE_CHARS = 300
_PICTURE_LABELS = ("B", "F", "P", "I", "K", "G", "M")
# the BBC's picture furniture, with no colon: "Image copyright Getty Images", "Image caption Nikki Haley: …",
# "Media caption …"; a credit is short and no sentence ("Image copyright law is unclear." is prose)
_PICTURE_FURNITURE = re.compile(
    r"(?:Image|Media) caption\s+\S.*"
    r"|Image copyright\s+[@A-Z0-9][\w@.&'’/-]*(?:\s+(?:[@A-Z0-9&/][\w@.&'’/-]*|of|the|and|for)){0,5}"
)  # the holder's name: capitalised words ("Getty Images", "@HillaryClinton", "Suffolk County Council")
# a placeholder where a graphic, picture or video was not carried over: "[ GRAFIKK/VIDEO MANGLER ]", "[VIDEO]",
# "[Photo missing]": every word in it names the media or its absence
_PLACEHOLDER = re.compile(r"\[\s*([^\[\]]{1,60}?)\s*\]")
_MEDIA_WORDS = frozenset(
    {
        "grafikk",
        "grafik",
        "graphic",
        "graphics",
        "infographic",
        "bilde",
        "bilder",
        "billede",
        "bild",
        "foto",
        "photo",
        "photos",
        "picture",
        "image",
        "images",
        "video",
        "videos",
        "audio",
        "embed",
        "gallery",
        "kuva",
        "kuvat",
    }
)
_ABSENT_WORDS = frozenset(
    {
        "mangler",
        "missing",
        "not",
        "available",
        "unavailable",
        "here",
        "removed",
        "no",
        "ikke",
        "fehlt",
        "puuttuu",
        "saknas",
        "inserted",
        "insert",
        "placeholder",
    }
)
# a call to read the piece elsewhere whose link was taken out: "Les faktasjekken på Faktisk.no", "Read the
# full story at Reuters.com": a short line that ends on the bare site name
_READ_AT = re.compile(
    r"(?:Les|Read|Læs|Läs|Lue|Lees|Lesen Sie|Lisez|Lea|Leia|Baca)\b[^.!?:;]{0,60}?\s(?:på|on|at|auf|op|sur|en|em|di|in)"
    r"\s+(?:www\.)?[A-Za-z0-9ÆØÅæøå-]+(?:\.[A-Za-z]{2,12})+/?\s*\.?"
)
MAX_READ_AT_CHARS = 100
# a video script's production note opening the text: "(ROUGH CUT ONLY - NO REPORTER NARRATION)", "(NATURAL
# SOUND)": upper case in parentheses, with a production term (restrictions such as "NO ACCESS" stay)
_PRODUCTION_NOTE = re.compile(
    r"\((?=[^()]*\b(?:ROUGH CUT|NARRATION|NAT(?:URAL)? SOUND|NATSOUND|VOICE-?OVER|SOUNDBITES?|MUTE)\b)"
    r"[^()a-z]{4,120}\)"
)


def media_residue(paragraph: str, opening: bool = False) -> bool:
    """True for a paragraph that stands for media the text does not carry (a picture's label line, a
    missing-media placeholder), a read-it-elsewhere stub whose link is gone, or (``opening``: no prose
    before it) a video script's production note."""
    first = paragraph[:1]
    if (
        first in _PICTURE_LABELS
        and len(paragraph) <= MAX_PICTURE_CHARS
        and (_PICTURE_LINE.match(paragraph) or _PICTURE_FURNITURE.fullmatch(paragraph))
    ):
        return True
    if first == "[" and paragraph.endswith("]") and (placeholder := _PLACEHOLDER.fullmatch(paragraph)):
        words = re.findall(r"[^\W\d_]+", placeholder.group(1).casefold())
        return any(w in _MEDIA_WORDS for w in words) and all(w in _MEDIA_WORDS or w in _ABSENT_WORDS for w in words)
    if len(paragraph) <= MAX_READ_AT_CHARS and first in "LRBlr" and _READ_AT.fullmatch(paragraph):
        return True
    return opening and first == "(" and _PRODUCTION_NOTE.fullmatch(paragraph) is not None


MAX_POINTER_CHARS = 200  # a line that introduces a picture, video or link ("… in this article:")


def _service_contact(paragraph: str) -> bool:
    """True for an agency's contact note to its subscribers (a phone number or address for "our" team or
    desk): service copy, not story."""
    return (
        len(paragraph) <= MAX_CONTACT_CHARS
        and _SERVICE_CONTACT.search(paragraph) is not None
        and _ADDRESS_OR_PHONE.search(paragraph) is not None
    )


def _markup_only(paragraph: str) -> bool:
    """True for a paragraph made only of HTML tags (an embed or script snippet), no text."""
    return paragraph.startswith("<") and paragraph.endswith(">") and not _TAG.sub("", paragraph).strip()


def drop_residue(paragraphs: list[str], marks: list[str] | None = None) -> list[str]:
    """Remove ad scripts, left-over tag attributes, notice paragraphs and end-mark/separator
    paragraphs wherever they stand; a mark that is an agency name ("Reuter", "(AP)") is appended to
    ``marks`` (credited by the caller once the dateline has told whose copy it is)."""
    out: list[str] = []
    for paragraph in paragraphs:
        if "adsbygoogle" in paragraph:
            paragraph = _INLINE.sub("", paragraph).strip()
        if 'href="' in paragraph:
            paragraph = " ".join(_ATTRIBUTES.sub(" ", paragraph).split())
        if "[" in paragraph:
            paragraph = _SHORTCODE.sub("", _CAPTION_BLOCK.sub("", paragraph)).strip()
        if not paragraph or (paragraph.startswith(_NOTICE_STARTS) and _NOTICE.match(paragraph)):
            continue
        if _markup_only(paragraph) or _service_contact(paragraph):
            continue
        if media_residue(paragraph, opening=not out):
            if out and out[-1].endswith(":") and len(out[-1]) <= MAX_POINTER_CHARS:
                out.pop()  # "… in this article about the UN pin:" pointed at the media that is gone
            continue
        if len(paragraph) <= MAX_MARK_CHARS and _PARAGRAPH.fullmatch(paragraph):
            agency = paragraph.strip("().")
            if marks is not None and lookup(agency):
                marks.append(agency)
            continue
        out.append(paragraph)
    return out


def _strip_signoff(paragraph: str, item: ParsedItem | None = None) -> str:
    """The paragraph without a trailing sign-off ("... 27. Reuter" → "... 27."); the agency a
    sign-off names ("-- BERNAMA", "Reuter") is credited on ``item`` as originator."""
    if paragraph.endswith(("/", ")")):
        glued = _GLUED_CREDIT.search(paragraph, max(0, len(paragraph) - _SIGNOFF_TAIL))
        agency = glued and (glued.group("slashed") or glued.group("tag"))
        if glued and agency and lookup(agency):
            if item is not None:
                credit_mark(item, agency)
            return paragraph[: glued.start()].rstrip()
    if paragraph.endswith(")."):
        closing = _CLOSING_CREDIT.search(paragraph, max(0, len(paragraph) - _SIGNOFF_TAIL))
        if closing and lookup(closing.group("tag")):
            if item is not None:
                credit_mark(item, closing.group("tag"))
            return paragraph[: closing.start()] + "."
    if paragraph.endswith(("More", "MORE", "ore)", "ORE)")):
        glued_more = _GLUED_CONTINUED.search(paragraph, max(0, len(paragraph) - _SIGNOFF_TAIL))
        if glued_more:
            return paragraph[: glued_more.start()].rstrip()
    if not paragraph.rstrip().endswith(_SIGNOFF_ENDS):
        return paragraph  # (exact: every _SIGNOFF match ends so; its search costs ~14 µs on any tail)
    match = _SIGNOFF.search(paragraph, max(0, len(paragraph) - _SIGNOFF_TAIL))
    if not match:
        return paragraph
    head = paragraph[: match.start()].rstrip()
    mark = match.group("mark")
    if not head or head.endswith(_SENTENCE_END) or mark[0] in "-(":
        if item is not None:
            credit_mark(item, mark.lstrip("-").strip())
        return head
    return paragraph


def _trailer_agency(last: str) -> tuple[bool, str | None]:
    """(is a trailer line, the agency it names) for a short last paragraph."""
    if _DPA_TRAILER.fullmatch(last) or _PARAGRAPH.fullmatch(last) or _CONTINUED.fullmatch(last):
        return True, None
    if _DESK_CODES.fullmatch(last) and not any(code.casefold() in _NOT_INITIALS for code in last.split("/")):
        return True, None
    match = _AGENCY_TRAILER.fullmatch(last)
    if match and any(code in _NOT_INITIALS for code in match.group("codes").split()):
        match = None
    match = match or _AGENCY_CREDIT.fullmatch(last)
    agency = match and (match.group("agency") or match.group("slashed"))
    if agency and lookup(agency):
        return True, agency
    return False, None


def strip_signoffs(paragraphs: list[str], item: ParsedItem | None = None) -> list[str]:
    """Remove sign-offs, trailers and contact lines at the end of the story (repeatedly: "dpa xx"
    after "Reuter"); an agency a trailer names is credited on ``item`` as originator."""
    while paragraphs:
        last = paragraphs[-1]
        if len(last) <= MAX_MARK_CHARS:
            trailer, agency = _trailer_agency(last)
            if trailer:
                if agency and item is not None:
                    credit_mark(item, agency)
                paragraphs.pop()
                continue
        if len(last) <= MAX_CONTACT_CHARS and _CONTACT_LINE.match(last):
            paragraphs.pop()
            continue
        if len(last) <= MAX_FIELD_CHARS and _CONTACT_FIELD.fullmatch(last):
            paragraphs.pop()
            # the line that announced the fields ("… Media Manager for more information on:")
            if (
                paragraphs
                and paragraphs[-1].endswith(":")
                and len(paragraphs[-1]) <= MAX_CONTACT_CHARS
                and not _CONTACT_FIELD.fullmatch(paragraphs[-1])
                and _ANNOUNCES_CONTACT.search(paragraphs[-1])
            ):
                paragraphs.pop()
            continue
        if _end_matter(last):
            paragraphs.pop()
            continue
        short = len(last) <= MAX_MARK_CHARS * 3
        republished = _REPUBLISHED.fullmatch(last) if short and "ublished" in last else None
        if republished is not None:
            if item is not None:
                known = lookup(republished["outlet"])
                add_info_source(item, known.name if known else republished["outlet"], ORIGINATOR)
            paragraphs.pop()
            continue
        published = _FIRST_PUBLISHED.fullmatch(last) if last.startswith("This ") else None
        if published and lookup(published.group("agency")):
            if item is not None:
                credit_mark(item, published.group("agency"))
            paragraphs.pop()
            continue
        stripped = _strip_signoff(last, item)
        if stripped == last:
            break
        if stripped:
            paragraphs[-1] = stripped
        else:
            paragraphs.pop()
    return paragraphs


# a machine-written story's service tail (AP's "This story was generated by Automated Insights (http://…) using
# data from Zacks Investment Research. Access a Zacks stock report on NTRI at https://…"): the generator and its
# data vendor, then the vendor's offer; it tells how the copy was made and is no story copy
_GENERATED = re.compile(
    r"(?:This|The above) (?:story|article|report|text|item|content) (?:was|has been|is) "
    r"(?:(?:automatically |auto-)?generated|(?:automatically|auto-)(?:written|produced|created))"
    r"(?: automatically)? (?:by|with|using|from)\b",
    re.IGNORECASE,
)
MAX_GENERATED_CHARS = 400


def _end_matter(last: str) -> bool:
    """A press release's end matter: a contact block with an address or phone number, a label left
    with no value ("WEB:"), a distributor's disclaimer; a machine-written story's generator line."""
    if len(last) <= MAX_GENERATED_CHARS and _GENERATED.match(last):
        return True
    if last.endswith(":"):
        return len(last) <= 30 and _BARE_LABEL.fullmatch(last) is not None
    if len(last) > MAX_BLOCK_CHARS:  # (= MAX_DISCLAIMER_CHARS)
        return False
    if last.find(":", 0, 80) > 0 and _CONTACT_BLOCK.match(last) and _ADDRESS_OR_PHONE.search(last):
        return True
    return _DISCLAIMER_HINT.search(last) is not None and _DISCLAIMER.search(last) is not None


_PRIVATE_HINTS = ("ublica", "ffentlich", "ublika", "iterbitkan", "isiarkan")
MAX_NOTICE_CHARS = 300  # a notice is a line of its own (or opens a short one), not story prose
# a paragraph that opens with the notice (after "* * *", "#", "Note:")
_PRIVATE_LINE = re.compile(
    r"[*# \t]*(?:(?:note|hinweis|catatan|nota)\s*:\s*)?(?:" + _PRIVATE.pattern + ")", re.IGNORECASE
)


def public_part(text: str) -> str:
    """``text`` (an editorial note) up to a "not for publication" marker; all of it when there is none."""
    match = _PRIVATE.search(text) if any(hint in text for hint in _PRIVATE_HINTS) else None
    return text[: match.start()].rstrip(" :;,.-–—*#") if match else text


def drop_private(paragraphs: list[str]) -> list[str]:
    """The paragraphs before one that opens with a "not for publication" notice (story prose that
    mentions the words further in stays)."""
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) <= MAX_NOTICE_CHARS and _PRIVATE_LINE.match(paragraph):
            return paragraphs[:index]
    return paragraphs
