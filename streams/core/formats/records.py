"""Scraped news records (one flat dict per item) → :class:`ParsedItem`; shared by the JSON and CSV parsers.

Field names differ per scraper and language (``judul``/``Judul``/``title``, ``isi``/``content``,
``Tanggal Terbit``/``tanggal`` ...), so each field is looked up through a list of aliases, case-insensitively.

Identity: the provider's own id when the link carries one. ANTARA links
(``https://www.antaranews.com/berita/<id>/<slug>``) give ``urn:antara:<id>``; other ANTARA sites have
their own id spaces and keep the sub-domain: ``en.antaranews.com/news/<id>/...`` → ``urn:antara:en:<id>``,
``jatim.antaranews.com/berita/<id>/...`` → ``urn:antara:jatim:<id>``. Any other link is the uri itself;
no link → ``None`` (the pipeline derives one from the content hash).

Scrapers that drop HTML tags run words together where a tag stood (``gelar<i>major</i>dalam`` →
``gelarmajordalam``). :func:`repair_joins` restores the space only where the bytes still show the seam:
a bracket, a sentence stop or a comma glued to the next word (``match(Uruguay``, ``dia.Menurut``,
``major,gabungan``). Two words glued with no mark between them are split by :func:`repair_glued` only
on evidence from the record itself (Indonesian/Malay records: a function word such as ``di``/``atau``
glued to a name, a name the text also writes alone: ``diJalur``, ``Israeldi``; an everyday word of the
shipped lexicon, or one the record writes alone, before a name: ``laporanVariety``, ``albumFinally``; a
function word before a number: ``Tourpada14``); a case change alone is no seam (``tvOne``, ``detikNews``,
``YouTube``, ``iPhone`` are one word), and lower-case joins
(``Rencanafriendly``) are left unless a closed-class word or the record's own vocabulary marks the seam
(:func:`_lower_cut`: ``senjatayang``, ``denganmotif``, ``formalmaupunkasual``, ``empathijau``).

An author field that names the outlet or its newsroom ("Redaksi CNBC Indonesia", "Liputan6.com") is no
by-line: the outlet is the item's originator already.

RSS-level records (``Ringkasan``/``summary``) carry a summary, not the article: it goes to
``description``, never to the body. Body text (``isi``/``content``) keeps datelines and footers; the
agency-copy stage removes them.
"""

from __future__ import annotations

import functools
import html
import importlib.resources as ilr
import json
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from streams.core.copy.outlets import PRODUCT_HEADS
from streams.core.formats.dates import parse_any
from streams.core.formats.htmltext import looks_like_html, text_paragraphs
from streams.core.formats.jsonutil import as_str, as_text
from streams.core.model import ParsedItem
from streams.core.text import split_url

ALIASES: dict[str, tuple[str, ...]] = {
    "headline": ("judul", "title", "headline", "headline_text"),
    "body": ("isi", "content", "body", "text", "article", "konten", "fulltext", "full_text", "body_text"),
    "description": ("ringkasan", "summary", "description", "deskripsi", "excerpt", "lead"),
    "link": ("link", "url", "permalink", "source_url"),
    "date": ("tanggal terbit", "tanggal", "published", "pubdate", "published_at", "date", "datetime", "waktu"),
    "updated": ("diperbarui", "updated", "updated_at", "modified"),
    "category": ("kategori", "category", "categories", "tags", "rubrik", "section"),
    "author": ("penulis", "author", "byline", "pewarta", "reporter", "writer"),
    "image": ("url gambar", "gambar_url", "image", "image_url", "gambar", "thumbnail"),
    "source": ("media", "sumber", "source", "publisher", "site"),
    "id": ("id", "guid", "uuid"),
    "language": ("language", "lang", "bahasa"),
    "scraped": ("scraped_at", "crawled_at", "fetched_at"),
}
KNOWN_COLUMNS = frozenset(name for names in ALIASES.values() for name in names)
TEXT_COLUMNS = frozenset(ALIASES["headline"] + ALIASES["body"] + ALIASES["description"])

# second-level public suffixes seen on Indonesian news sites (republika.co.id ...)
_SECOND_LEVEL = frozenset({"co", "or", "ac", "go", "web", "my", "com", "net", "org"})
_PROVIDER_ALIASES = {"antaranews": "antara", "antara": "antara", "kantorberitaantara": "antara"}
_ANTARA_PATH = re.compile(r"^/(?:berita|news)/(\d+)(?:/([^/?#]+))?")
_NOT_IN_LINK = re.compile(r"[\s\"<>]")
_UPDATED_PREFIX = re.compile(r"^\s*(diperbarui|updated|update)\b", re.I)
# seams a dropped tag left with a mark still in place; each needs two lower-case letters before the mark
# (so "No.2", "Jl.Sudirman", "U.S.", "1,000", "10:30" and "https://" are never touched)
JOINS: dict[str, re.Pattern[str]] = {  # each opens on its mark, so the scan is a fast character search
    "bracket": re.compile(r"\((?<=[a-z]{2}\()(?=[A-Z0-9][^()]{1,80}\))"),  # match(Uruguay …) / gelarmajor(72)
    "stop": re.compile(r"[.!?:](?<=[a-z]{2}[.!?:])(?=[A-Z][a-z])"),  # kata dia.Menurut / juga:Relawan
    "comma": re.compile(r",(?<=[a-z]{2},)(?=[A-Za-z]{2})"),  # gelarmajor,gabungan
    "year comma": re.compile(r",(?<=\b[12]\d{3},)(?=[a-z]{3})"),  # 14 Mei 2025,drakorini
    "year stop": re.compile(r"\.(?<=\b[12]\d{3}\.)(?=[A-Z][a-z]{2,}\b)"),  # hingga 4 Mei 2024.Ini rangkaian
    "close bracket": re.compile(r"\)(?<=[a-z0-9]\))(?=[A-Za-z]{2})"),  # (…)ini
}
_JOIN = re.compile("|".join(pattern.pattern for pattern in JOINS.values()))


def lower_keys(record: Mapping[str, Any]) -> dict[str, Any]:
    """Keys stripped and lower-cased, so aliases match whatever case a scraper used."""
    return {str(k).strip().lower(): v for k, v in record.items()}


def lookup(fields: Mapping[str, Any], field: str) -> Any:
    """The value for a logical field: the first alias present in ``fields`` (keys from :func:`lower_keys`)."""
    for alias in ALIASES[field]:
        value = fields.get(alias)
        if value not in (None, ""):
            return value
    return None


def provider_from_host(host: str) -> str | None:
    """``news.detik.com`` → ``detik``, ``ekonomi.republika.co.id`` → ``republika``, ANTARA → ``antara``."""
    labels = [label for label in host.lower().split(".") if label]
    if labels and labels[0] == "www":
        labels = labels[1:]
    if len(labels) < 2:
        return None
    second_level = len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2
    name = labels[-3] if second_level else labels[-2]
    return _PROVIDER_ALIASES.get(name, name)


def provider_from_name(name: str) -> str | None:
    """A publisher name (``Antara News``, ``Tempo.co``, ``CNBC Indonesia``) → provider slug."""
    slug = re.sub(r"\.(co\.id|com|co|id|net)$", "", name.strip().lower())
    slug = re.sub(r"[^a-z0-9]+", "", slug)
    return _PROVIDER_ALIASES.get(slug, slug) or None


def antara_id(link: str) -> tuple[str, str | None] | None:
    """(uri, slug) for an ANTARA article link, ``None`` for anything else."""
    parts = split_url(link.strip())
    host = (parts.hostname or "").lower()
    if not (host == "antaranews.com" or host.endswith(".antaranews.com")):
        return None
    match = _ANTARA_PATH.match(parts.path)
    if not match:
        return None
    site = host.removesuffix("antaranews.com").removesuffix(".").removeprefix("www").strip(".")
    uri = f"urn:antara:{site}:{match[1]}" if site else f"urn:antara:{match[1]}"
    return uri, match[2]


# a site's photo, video or infographic section ("antaranews.com/foto/5677284/…", "…/video/…", "/infografik/",
# detik's "/foto-bisnis/", liputan6's "/photo/"): the record is that medium, its image the picture itself
_MEDIA_SECTION = re.compile(
    r"^/(?:(?P<picture>foto|fotos|photo|photos|galeri|gallery)|(?P<video>video|videos)"
    r"|(?P<graphic>infografik|infografis|infographic|infographics))(?:-[a-z]+)?/"
)
_SIZE_IN_PATH = re.compile(r"/(?P<width>\d{2,4})x(?P<height>\d{2,4})/")
# a resizer asked for another file type than the name's ("…/filters:format(webp)/…/pal1.jpg", "?fm=webp")
_FORMAT_ASKED = re.compile(r"(?i)format\(|[?&](?:fm|format)=")
_IMAGE_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif"}


def media_kind(link: str) -> str | None:
    """The ninjs type a record's link gives by its site section (``picture``, ``video``, ``graphic``), else None."""
    match = _MEDIA_SECTION.match(split_url(link).path.lower())
    return next((kind for kind, value in match.groupdict().items() if value), None) if match else None


def image_rendition(image: str, name: str) -> dict[str, Any]:
    """A rendition for a record's image: its type from the file name, its size where the address states it
    (a CDN's ``/cache/800x533/`` resize)."""
    rendition: dict[str, Any] = {"name": name, "href": image}
    extension = split_url(image).path.rsplit(".", 1)[-1].lower()
    if extension in _IMAGE_TYPES and not _FORMAT_ASKED.search(image):
        rendition["contentType"] = _IMAGE_TYPES[extension]
    size = _SIZE_IN_PATH.search(split_url(image).path)
    if size:
        rendition["width"], rendition["height"] = int(size["width"]), int(size["height"])
    return rendition


def _link(value: Any) -> str | None:
    link = as_str(value)
    if not link:
        return None
    link = link.strip().split("#", 1)[0]
    if _NOT_IN_LINK.search(link):  # a link broken by the scrape ("https://www.antaranews. kedua\"")
        return None
    return link if link.startswith(("http://", "https://")) else None


# an image that is no picture of the story: an author's avatar or a site's stand-in ("…/avatars/535950/…",
# "user-default.png", "placeholder.jpg", "no-image.png"), or one the address sizes as an icon ("/26x26/")
_PLACEHOLDER_IMAGE = re.compile(
    r"(?i)(?:^|[/_.-])(?:avatars?|placeholders?|default|no-?image|noimage|blank|spacer|user-?default)(?=[/_.-]|$)"
)
_DECLARED_SIZE = re.compile(r"(?:^|[/=_-])(?P<w>\d{1,4})x(?P<h>\d{1,4})(?=[/_.-]|$)")
ICON_MAX_PIXELS = 100  # a declared width and height this small is an icon or avatar, not a news picture


def is_placeholder_image(link: str) -> bool:
    """True for an avatar, a placeholder or an icon-sized image (Liputan6 scrapes copy the author's 26×26
    avatar or ``user-default.png`` into ``gambar_url``): no picture of the story."""
    path = split_url(link).path
    if _PLACEHOLDER_IMAGE.search(path):
        return True
    return any(max(int(m.group("w")), int(m.group("h"))) <= ICON_MAX_PIXELS for m in _DECLARED_SIZE.finditer(path))


def repair_joins(text: str) -> str:
    """``text`` with a space back in each seam of :data:`JOINS` (a dropped tag's place still marked)."""
    return _JOIN.sub(lambda mark: " (" if mark.group() == "(" else mark.group() + " ", text)


# Indonesian/Malay closed-class words (prepositions, conjunctions, the relative "yang"; written for this
# module). A dropped tag glues them to the word it wrapped: "diBarito", "atauPilkada", "Israeldi".
FUNCTION_WORDS = frozenset(
    {
        "di",
        "ke",
        "dari",
        "dan",
        "atau",
        "yang",
        "pada",
        "untuk",
        "dengan",
        "dalam",
        "oleh",
        "serta",
        "bagi",
        "kepada",
        "tentang",
        "sebagai",
        "antara",
        "lain",
        "ini",
        "itu",
        "juga",
        "akan",
        "telah",
        "adalah",
        "karena",
        "tetapi",
        "namun",
        "saat",
        "sejak",
        "hingga",
        "melalui",
        "bersama",
        "seperti",
        "berikut",
        "tersebut",
    }
)
# two of these as words: the record is Indonesian/Malay text
_INDONESIAN = frozenset({"yang", "dan", "ini", "itu", "dengan", "untuk", "dalam", "pada", "dari", "oleh", "akan"})
# possessive runs: no backtracking inside a word (half the time of the plain pattern); the mark before a
# run (an address: "x.comFoo", "@userName") is checked in the callback
_GLUED = re.compile(r"\b[a-z]++[A-Z][A-Za-z]*+(?![\w@/-])|\b[A-Z]{4,}+[a-z]{3,}+\b")
_TAILED = re.compile(r"\b[A-Z][a-z]{5,}+\b")
_ADDRESS_MARKS = "@/.#-"
_LOWER_UPPER = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TITLE_HEAD = re.compile(r"[A-Z][a-z]+")
_CAPS_HEAD = re.compile(r"([A-Z]{4,})([a-z]{3,})")
_WORD = re.compile(r"[A-Za-z]+")


def _split_tail(word: str, vocabulary: frozenset[str]) -> str:
    """``Bawasludi`` → ``Bawaslu di``: a capitalised word of 4+ letters the record writes on its own,
    glued to a function word."""
    for cut in range(len(word) - 2, 3, -1):
        if word[cut:] in FUNCTION_WORDS and word[:cut] in vocabulary:
            return f"{word[:cut]} {word[cut:]}"
    return word


def _split_glued(word: str, vocabulary: frozenset[str], counts: Counter[str]) -> str:
    """One letter run with an unmarked seam, split only on evidence from the same record.

    ``diBarito``/``atauPilkada``: a lower-case function word before a capitalised word;
    ``rangkaianInfografis``: a lower-case head of 3+ letters before a capitalised word the record also
    writes on its own, or a head the record writes on its own twice or more (``filmDeadpool``), the
    run itself occurring once (a brand such as ``detikNews`` recurs);
    ``MADONNAbekerja``: a capitals run of 4+ letters the record writes as a word (``Madonna``)
    before a lower-case word. A run that opens with a capital (``YouTube``, ``WhatsApp``,
    ``McDonald``) or with one or two letters that are no function word (``iPhone``, ``tvOne``,
    ``eBay``) is never split at its case change.
    """
    caps = _CAPS_HEAD.fullmatch(word)
    if caps:
        return f"{caps.group(1)} {caps.group(2)}" if caps.group(1).capitalize() in vocabulary else word
    head = _LOWER_UPPER.split(word, maxsplit=1)[0]
    rest = word[len(head) :]
    title = _TITLE_HEAD.match(rest)
    if title is None or len(title.group()) < 3:
        return word
    name, after = title.group(), rest[len(title.group()) :]
    if not after and counts.get(name, 0) <= 1:
        name = _split_tail(name, vocabulary)  # menginstruksikanBawasludi → Bawaslu di
    known = name.split()[0] in vocabulary
    evidence = known or counts.get(head, 0) >= 2  # filmDeadpool: "film" also alone, twice
    if head in FUNCTION_WORDS or (len(head) >= 3 and evidence and counts.get(word, 0) == 1):
        return f"{head} {name}{after}"
    alone = len(head) >= 4 and counts.get(head, 0) + counts.get(head.capitalize(), 0) >= 1  # "Album ini"
    if counts.get(word, 0) == 1 and head not in PRODUCT_HEADS and (alone or _everyday(head)):
        return f"{head} {name}{after}"  # laporanVariety, albumFinally: a word of its own before a name
    return word


def _everyday(word: str) -> bool:
    """True for an everyday word of the shipped lexicon: Indonesian of 3+ letters, English of 4+ (a head
    such as "laporan" or "album" ends where a dropped tag glued a capitalised name to it)."""
    indonesian, english = _lexicon()
    return (len(word) >= 3 and word in indonesian) or (len(word) >= 4 and word in english)


# Lower-case joins ("senjatayang", "denganmotif", "formalmaupunkasual", "empathijau"): split only where
# a closed-class word or the record's own vocabulary marks the seam (written for this module; no corpus data).
# Long function words that begin no other Indonesian/Malay word except with a particle (-nya, -lah, -pun …),
# so a word glued after them is split even when the record does not write it alone: "untukacara".
OPENERS = frozenset(
    {
        "dengan", "untuk", "adalah", "maupun", "seperti", "tentang", "melalui", "karena", "tetapi", "namun",
        "sejak", "terhadap", "yaitu", "yakni", "sehingga", "setelah", "sebelum", "ketika", "tersebut",
        "bersama", "sebagai", "meskipun", "walaupun", "apabila", "bahkan", "sedangkan", "kemudian",
    }
)  # fmt: skip
# function words that may close a join after a word the record writes alone ("senjatayang"); "akan" is
# left out (it ends many -kan verbs), so are "di"/"ke" (prefixes) and the pronoun "dia" ("media")
CLOSERS = (FUNCTION_WORDS | OPENERS | {"maupun", "kamu", "kami", "kita", "mereka", "saya"}) - {"akan", "di", "ke"}
# particles and suffixes: never a word of their own after a split ("untuknya", "sebagaimana" is listed below)
_PARTICLES = frozenset({"nya", "lah", "kah", "pun", "tah", "mu", "ku", "kan", "an", "i"})
# closed compounds written as one word whose parts are words too (must never be split)
COMPOUNDS = frozenset(
    {
        "matahari", "olahraga", "kacamata", "bumiputera", "bumiputra", "sukacita", "dukacita", "kerjasama",
        "tandatangan", "tandatangani", "menandatangani", "ditandatangani", "penandatanganan", "beritahu", "memberitahu",
        "saputangan", "segitiga", "segiempat", "manakala", "barangkali", "apalagi", "padahal", "terimakasih",
        "dutabesar", "mancanegara", "kilometer", "kilogram", "sepakbola", "bulutangkis", "daripada",
        "kepada", "bilamana", "belasungkawa", "sebagaimana", "bahwasanya", "darimana", "dimana", "kemana",
        "sembahyang", "antarabangsa", "halalbihalal", "pascasarjana", "kalimantan", "pekanbaru",
        "bukittinggi", "sukabumi", "purnawirawan", "mahasiswa", "matapelajaran", "kosakata", "acapkali",
        "sekalipun", "bagaimanapun", "manapun", "apapun", "siapapun", "kapanpun", "akhirnya",
    }
)  # fmt: skip
# bound prefixes written together with the word they modify ("antikorupsi", "pascapanen", "nonaktif")
_PREFIX_WORDS = frozenset(
    {
        "anti", "pasca", "pra", "non", "antar", "multi", "semi", "sub", "super", "swa", "tuna", "ultra", "eka",
        "dwi", "tri", "maha", "pro", "kontra", "inter", "trans", "ekstra", "infra", "intra", "neo", "para",
        "poli", "supra", "tele", "mini", "mikro", "makro", "mega", "serba", "adi", "purna", "nara",
    }
)  # fmt: skip
_LOWER_RUN = re.compile(r"\b[a-z]{7,}+\b")


def _lower_cut(word: str, vocabulary: frozenset[str], depth: int = 0) -> str:
    """One lower-case run split at a seam the evidence marks (see :func:`_split_lower`), else unchanged."""
    if word in COMPOUNDS or depth > 2:
        return word
    size = len(word)
    for cut in range(size - 2, 1, -1):  # longest head first: "sehingga" before "se"
        head, tail = word[:cut], word[cut:]
        if tail in _PARTICLES or head in COMPOUNDS:
            continue
        if head in OPENERS and len(tail) >= 4 and not tail.startswith(("nya", "lah", "pun", "kah")):
            return f"{head} {_lower_cut(tail, vocabulary, depth + 1)}"  # denganmotif, untukacara
        if head in _PREFIX_WORDS:
            continue  # antikapal, pascapanen: a bound prefix, not a word of its own
        if (
            head in FUNCTION_WORDS
            and head not in ("di", "ke")  # also the verb and ordinal prefixes: "dimulai", "kedua"
            and tail in vocabulary
            and len(tail) >= 4
            and tail not in FUNCTION_WORDS
        ):
            return f"{head} {tail}"  # danpemerintah (the record writes "pemerintah" alone)
        if (
            tail in CLOSERS
            and len(head) >= 4
            and (head in vocabulary or head.capitalize() in vocabulary)  # "Drakor" in a title-case headline
            and head not in FUNCTION_WORDS
        ):
            return f"{head} {tail}"  # senjatayang, drakorini
        if len(head) >= 4 and len(tail) >= 4 and head in vocabulary and tail in vocabulary:
            return f"{head} {tail}"  # empathijau: both halves written alone in the record
        if len(head) >= 6 and len(tail) >= 6 and tail in vocabulary and head in _lexicon()[0]:
            return f"{head} {tail}"  # mendesakblokade: an everyday word, then a word the record writes alone
    for opener in OPENERS:  # formalmaupunkasual: a long function word inside the run
        at = word.find(opener, 4)
        if at > 0 and size - at - len(opener) >= 4:
            head, tail = word[:at], word[at + len(opener) :]
            if not tail.startswith(("nya", "lah", "pun", "kah")):
                return f"{_lower_cut(head, vocabulary, depth + 1)} {opener} {_lower_cut(tail, vocabulary, depth + 1)}"
    return word


def _camel_cut(head: str, tail: str) -> bool:
    """``LaporanSoompi`` → ``Laporan Soompi``: two capitalised halves glued where a dropped tag stood, cut
    when the first is an everyday Indonesian word of 4+ letters and the second is no everyday word of
    either list (a name). App and brand names join two everyday words (``BayarNanti``, ``SatuSehat``) or
    open with a coined one (``MagangHub``); a mis-cased word (``KrimInal``) is one word as a whole."""
    indonesian, english = _lexicon()
    low_head, low_tail = head.lower(), tail.lower()
    return (
        len(head) >= 4
        and low_head in indonesian
        and low_tail not in indonesian
        and low_tail not in english
        and (low_head + low_tail) not in indonesian
        and (low_head + low_tail) not in english
    )


# a capitalised word of two or three letters glued to a function word after the word before it
# ("Hae Indan" for "Hae In dan"): cut where the record writes the same two words apart ("Jung Hae In")
_SHORT_TAIL = re.compile(
    r"\b([A-Z][A-Za-z]*+) ([A-Z][a-z]{1,2}?)(" + "|".join(sorted(FUNCTION_WORDS, key=len, reverse=True)) + r")\b"
)


def _split_capital(word: str, vocabulary: frozenset[str]) -> str:
    """``Gazaberlangsung`` → ``Gaza berlangsung``: a name the record writes alone glued to a prefixed
    verb (ber-/me-/di-/ter-) the record also writes alone; a place name such as ``Pekanbaru`` or
    ``Bukittinggi`` (no verb prefix on its second half) is never cut."""
    for cut in range(len(word) - 6, 2, -1):
        head, tail = word[:cut], word[cut:]
        if head in vocabulary and tail in vocabulary and tail.startswith(("ber", "me", "di", "ter")):
            return f"{head} {tail}"
    return word


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(Indonesian/Malay everyday words, English everyday words that are no Indonesian word) from
    ``streams/data/common_words.json`` (wordfreq-derived word forms, CC BY-SA 4.0; see its ``_about``)."""
    data = json.loads(ilr.files("streams").joinpath("data/common_words.json").read_text(encoding="utf-8"))
    indonesian = frozenset(data["id"])
    return indonesian, frozenset(data["en"]) - indonesian


ENGLISH_MIN = 4  # an English word glued into Indonesian text: at least this long ("major", "head", "match")


@functools.lru_cache(maxsize=1 << 16)  # the word alone decides, and the words of a language recur
def _english_cut(word: str) -> str:
    """An English word a dropped italic tag glued to an Indonesian one, split where both halves are
    known words: ``gelarmajor`` → ``gelar major``, ``dalamhead`` → ``dalam head``, ``matchdi`` →
    ``match di``, ``Rencanafriendly`` → ``Rencana friendly``. Before the English word: an everyday
    Indonesian word of the lexicon or a closed-class word; after it: only a closed-class word. English
    side: an everyday English word that is no Indonesian word. A run that is itself a word of either
    list is never cut."""
    indonesian, english = _lexicon()
    low = word.lower()
    if low in indonesian or low in english or low in COMPOUNDS:
        return word
    for cut in range(len(word) - ENGLISH_MIN, 1, -1):
        head, tail = low[:cut], low[cut:]
        known = head in indonesian or head in FUNCTION_WORDS  # "Green" of "Greenhouse" is no Indonesian word
        # "di"/"ke" are also verb and ordinal prefixes: "didiagnosis" is one word
        if tail in english and known and (len(head) >= 4 or (head in FUNCTION_WORDS and head not in ("di", "ke"))):
            return f"{word[:cut]} {word[cut:]}"
    for cut in range(ENGLISH_MIN, len(word) - 1):
        head, tail = low[:cut], low[cut:]
        # after the English word only a closed-class word: "merevisi" is me- + "revisi", not "mere visi"
        if head in english and (tail in CLOSERS or tail in ("di", "ke")):
            return f"{word[:cut]} {word[cut:]}"
    return word


# two capitalised words run together ("PilkadaUlang"): split only where the record writes the same two
# words apart ("Pilkada Ulang" in the headline); a brand (``YouTube``, ``WhatsApp``) is never written so
_CAMEL = re.compile(r"\b([A-Z][a-z]{2,}+)([A-Z][a-z]{2,}+)\b")


# an outlet's web name glued after a word ("dirangkumLiputan6.com"): split where the record writes it apart
_SITE = re.compile(r"\b([a-z]{3,}+)([A-Z][A-Za-z0-9]*\d[A-Za-z0-9]*\.(?:com|co\.id|id|net))\b")


# letters glued to a number after a closed-class word ("Tourpada14 Oktober", "sejak2020"); a name or a
# brand with a number ("Liputan6", "Galeri24", "COVID19", "G20") ends in no function word and stays whole
_LETTER_DIGIT = re.compile(r"\b([A-Za-z]*?[a-z])(\d++)(?![A-Za-z])")
_DIGIT_OPENERS = tuple(sorted((w for w in FUNCTION_WORDS | OPENERS if len(w) >= 3), key=len, reverse=True))


def _digit_cut(match: re.Match[str]) -> str:
    """``Tourpada14`` → ``Tourpada 14``: the number after a function word; the letters are split later."""
    letters, low = match.group(1), match.group(1).lower()
    opener = next((w for w in _DIGIT_OPENERS if low.endswith(w)), None)
    if opener is None or (len(low) > len(opener) and len(low) - len(opener) < 3):
        return match.group()
    return f"{letters} {match.group(2)}"


def repair_glued(texts: list[str]) -> list[str]:
    """Words a dropped tag glued with no mark, split where the record itself gives the evidence.

    Only for Indonesian/Malay records (two of their commonest words occur): their function words
    are a closed class, and the capitalised words they meet are names the text also writes alone.
    No dictionary: the evidence is the record's own vocabulary.
    """
    counts = Counter(_WORD.findall("\n".join(texts)))
    if sum(word in counts for word in _INDONESIAN) < 2:
        return texts
    vocabulary = frozenset(counts)

    def glued(match: re.Match[str]) -> str:
        start = match.start()
        if start and match.string[start - 1] in _ADDRESS_MARKS:
            return match.group()
        return _split_glued(match.group(), vocabulary, counts)

    def tailed(match: re.Match[str]) -> str:
        word = match.group()
        if counts.get(word, 0) != 1:
            return _english_cut(word)
        split = _split_tail(word, vocabulary)
        split = split if split != word else _split_capital(word, vocabulary)
        return split if split != word else _english_cut(word)

    def lower(match: re.Match[str]) -> str:
        word = match.group()
        split = _lower_cut(word, vocabulary) if counts.get(word, 0) == 1 else word
        if split == word:
            split = _english_cut(word)
        if split != word:  # "dalamhead" then "headmereka": the halves may hold a second seam
            split = " ".join(_english_cut(part) for part in split.split())
        return split

    texts = [_LETTER_DIGIT.sub(_digit_cut, text) for text in texts]
    joined = "\n".join(texts)

    def camel(match: re.Match[str]) -> str:
        pair = f"{match.group(1)} {match.group(2)}"
        if pair in joined or (counts.get(match.group(), 0) == 1 and _camel_cut(match.group(1), match.group(2))):
            return pair
        return match.group()

    def short_tail(match: re.Match[str]) -> str:
        before, name = match.group(1), match.group(2)
        if counts.get(name + match.group(3), 0) == 1 and re.search(rf"\b{before} {name}(?![\w-])", joined):
            return f"{before} {name} {match.group(3)}"
        return match.group()

    def site(match: re.Match[str]) -> str:
        name = match.group(2)
        return f"{match.group(1)} {name}" if re.search(rf"(?:^|[\s(]){re.escape(name)}", joined) else match.group()

    out = [_LOWER_RUN.sub(lower, _TAILED.sub(tailed, _GLUED.sub(glued, text))) for text in texts]
    out = [_SITE.sub(site, text) if "." in text else text for text in out]
    out = [_SHORT_TAIL.sub(short_tail, text) for text in out]
    return [_CAMEL.sub(camel, text) for text in out]


_ANY_TAG = re.compile(r"<[^>]*>")
_NEWSROOM = re.compile(r"(?i)^(?:tim|redaksi|admin|editor|desk)\b")
_DOMAIN_OR_URL = re.compile(r"(?i)^(?:https?://\S+|[\w.-]+\.[a-z]{2,})$")


def _newsroom(author: str, source_name: str | None, provider: str | None) -> bool:
    """True when an author field names the outlet or its newsroom, not a writer (issue #15): a bare domain
    or address ("antaranews.com", a Facebook page), "Redaksi CNBC Indonesia", "Tim detikcom", or the
    outlet's own name in any form ("Liputan6.com", "Kompas Cyber Media", "CNBC Indonesia TV",
    "20detik Signature"); the outlet is already the item's originator."""
    if _DOMAIN_OR_URL.match(author) or _NEWSROOM.match(author):
        return True
    squashed = re.sub(r"[^a-z0-9]+", "", author.lower())
    outlets = {provider or "", (provider_from_name(source_name) or "") if source_name else ""}
    return any(len(outlet) >= 4 and outlet in squashed for outlet in outlets)


_META_TITLE = re.compile(
    r"<meta\b(?=[^>]*\b(?:property|name)\s*=\s*[\"'](?:og:title|twitter:title)[\"'])[^>]*?\bcontent\s*=\s*"
    r"(?:\"([^\"]*)\"|'([^']*)')",
    re.I,
)
_TITLE_TAG = re.compile(r"<title\b[^>]*>([^<]*)</title>", re.I)
_H1_TAG = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.I | re.S)
_SITE_TAIL = re.compile(r"\s+[-|–—:]\s+([^-|–—:]{2,40})$")


def page_title(markup: str, provider: str | None) -> str | None:
    """The title a scraped HTML page carries (``og:title``/``twitter:title``, then ``<title>``, then the
    first ``<h1>``), without the outlet's name after a dash or bar ("… - Liputan6.com"): the outlet's own
    headline, better than one derived from the lead or the link."""
    for pattern in (_META_TITLE, _TITLE_TAG, _H1_TAG):
        match = pattern.search(markup)
        if not match:
            continue
        text = " ".join(_ANY_TAG.sub(" ", html.unescape(next(g for g in match.groups() if g is not None))).split())
        tail = _SITE_TAIL.search(text)
        if tail and provider and provider_from_name(tail.group(1)) in (provider, f"{provider}news"):
            text = text[: tail.start()]
        if len(text.split()) >= 2:
            return text
    return None


def map_record(record: Mapping[str, Any], fmt: str) -> ParsedItem:
    """One scraped record → :class:`ParsedItem` (empty when the record carries nothing usable)."""
    item = ParsedItem(format=fmt)
    record = lower_keys(record)
    link = _link(lookup(record, "link"))
    source_name = as_str(lookup(record, "source"))
    if link:
        antara = antara_id(link)
        if antara:
            item.uri, item.slugline = antara
        else:
            item.uri = link
        item.alt_ids.append({"role": "url", "value": link})
        item.provider = provider_from_host(split_url(link).hostname or "")
    if not item.provider and source_name:
        item.provider = provider_from_name(source_name)
    if source_name:  # the outlet the record was scraped from wrote the item
        item.info_sources.append({"name": source_name.strip(), "role": "originator"})

    headline = as_str(lookup(record, "headline"))
    item.headline = headline.strip() if headline and headline.strip() else None
    raw_body = as_str(lookup(record, "body"))
    if not item.headline and raw_body and looks_like_html(raw_body):
        item.headline = page_title(raw_body, item.provider)
    description = as_text(lookup(record, "description"), sep=" ")
    if description and description.strip():
        is_html = looks_like_html(description)
        item.description = repair_joins(" ".join(text_paragraphs(description)) if is_html else description)
    body = as_text(lookup(record, "body"), sep="\n")
    if body:
        item.paragraphs = [repair_joins(paragraph) for paragraph in text_paragraphs(body)]
    if item.paragraphs or item.description:
        texts = repair_glued([item.headline or "", item.description or "", *item.paragraphs])
        item.description = texts[1] or None
        item.paragraphs = texts[2:]

    date_text = lookup(record, "date")
    stamp = parse_any(date_text)
    if isinstance(date_text, str) and _UPDATED_PREFIX.match(date_text):
        item.version_created = stamp  # "Diperbarui 17 Mei 2025, 09:14 WIB" is the update time
    else:
        item.first_created = stamp
    item.version_created = parse_any(lookup(record, "updated")) or item.version_created

    author = as_text(lookup(record, "author"), sep=", ")
    if author and author.strip() and not _newsroom(author.strip(), source_name, item.provider):
        item.by = author.strip()
    categories = lookup(record, "category")
    values = categories if isinstance(categories, list) else [categories]
    for value in values:
        for keyword in (as_str(value) or "").split(","):
            if keyword.strip() and keyword.strip() not in item.keywords:
                item.keywords.append(keyword.strip())
    image = _link(lookup(record, "image"))
    image = image if image and not is_placeholder_image(image) else None
    kind = media_kind(link) if link else None
    if kind:  # a photo, video or infographic page: its image is the medium (a video's: its still)
        item.kind = kind
        if image:
            item.renditions.append(image_rendition(image, "thumbnail" if kind == "video" else "preview"))
    elif image:
        item.associations.append({"name": "image", "uri": image, "type": "picture"})
    item.language = as_str(lookup(record, "language"))

    record_id = as_str(lookup(record, "id"))
    if record_id:
        item.extra["recordId"] = record_id
    scraped = lookup(record, "scraped")
    if as_str(scraped):
        item.extra["scrapedAt"] = as_str(scraped)
        if not item.first_created and not item.version_created:
            item.first_created = parse_any(scraped)  # the scrape time bounds the publication time
    return item
