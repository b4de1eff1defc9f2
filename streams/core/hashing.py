"""Content identity of an article: an exact content hash and a near-duplicate signature.

Why a canonical form: the same story reaches us re-sent through different envelopes (plain text,
NITF, NewsML), line endings, typography (curly or straight quotes, dash variants, NBSP), case and
sometimes as cp1252 mojibake of UTF-8 (``â€œ`` for ``“``). None of that may change the hash, so
the hash is taken over a *skeleton* of the text: mojibake folded back, NFKC, casefolded, and
every run of non-letters/digits collapsed to one space (word boundaries survive, punctuation
does not). Different words always give a different skeleton, so different stories do not
share a hash (checked on Reuters-21578 in ``tests/unit/test_hashing.py``).

Scope: the main body. An item without body text (a BRIEF, a headline-only flash) is hashed over
its headlines and descriptions instead, and the value says so (``xxh3-128-headline:<hex>``), so
body-less items neither collide with each other nor with a story whose body equals a headline.

Other types (issue #16): a picture's caption is not its identity (an agency sends ten pictures of one
scene with one caption), so every non-text type hashes its text *and* what identifies the object: media
their renditions (href path without host and query, which carry CDN and session tokens, plus content type,
size, dimensions, duration), a composite its members' uris, an event its dates, organiser and place. The
label names the type (``xxh3-128-picture:<hex>``); an item with neither text nor identity hashes its uri
and version. The near-duplicate signature covers the same words and identity tokens, so text-less media do
not all share one empty signature. Together with the uri/version rules of ``streams.core.dedupe``:
media dedupe by the provider's id and version, and by rendition identity where there is no text.

Value format: ``<algorithm>:<hex>``; everything after the first ``:`` is the digest (the pipeline
derives id-less uris from it).

Near duplicates: :func:`signature` is a one-permutation MinHash (64 bins, densified) over word
3-shingles: one xxh32 per shingle and C-level iteration only (no numpy, no per-shingle Python loop).
:func:`band_keys` cuts it into LSH bands (16 × 4 rows: a pair with Jaccard 0.7 shares a band with
probability 0.99, a pair at 0.3 with 0.12); :func:`similarity` estimates Jaccard from two
signatures to confirm band candidates.
"""

from __future__ import annotations

import html
import re
import struct
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import sub

import xxhash

from streams.core.model import Article
from streams.core.text import repair_mojibake, split_url

ALGORITHM = "xxh3-128"
HEADLINE_ALGORITHM = f"{ALGORITHM}-headline"  # body empty: hashed over headlines + descriptions

NUM_BINS = 64  # signature length: bins are equal slices of the 32-bit hash range
BANDS = 16
ROWS = NUM_BINS // BANDS
SHINGLE = 3  # words per shingle
_RANGE = 1 << 32
_BIN_STARTS = tuple(b * (_RANGE // NUM_BINS) for b in range(NUM_BINS))
_BIN_MASK = _RANGE // NUM_BINS - 1  # a hash's offset in its bin (the bin width is a power of two)
_NEAR_FROM = 4096  # shingles: from here minhash sorts only the hashes near their bin's start (see there)
_NEAR_PER_BIN = 32  # hashes expected per bin under the cut

_ASCII = bytes(range(128))
# ASCII letters/digits kept (lower-cased), other ASCII bytes → space, non-ASCII bytes kept as they are
_ASCII_FOLD = bytes((ord(chr(i).lower()) if chr(i).isalnum() else 0x20) if i < 128 else i for i in range(256))
_TAG = re.compile(r"<[^>]*>")


# what repair_mojibake cannot undo: a mis-decoded sequence whose last byte was lost (cp1252 has no
# 0x9D, so strict decoders write U+FFFD for the tail of "”"). U+2000-203F and U+0080-00BF are
# spaces and punctuation, so the remains fold to a word gap.
_TRUNCATED_MOJIBAKE = re.compile("\u00e2\u20ac\ufffd?|\u00c2\ufffd")


_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")  # every mis-decoded UTF-8 sequence starts with one


def fold_mojibake(text: str) -> str:
    """Mojibake undone for hashing: the pipeline's repair, plus truncated sequences dropped.
    Gated: the repair regex costs ~160 µs per 2 KB even on clean text, the gate ~15."""
    if not _MOJIBAKE_LEAD.search(text):
        return text
    text = repair_mojibake(text)
    # every truncated sequence starts with one of these pairs: two substring tests instead of the regex's scan
    if "\u00e2\u20ac" in text or "\u00c2\ufffd" in text:
        return _TRUNCATED_MOJIBAKE.sub(" ", text)
    return text


def _tokens(text: str) -> list[bytes]:
    """The skeleton's words as UTF-8 bytes. ASCII text (most wire copy) takes a bytes-only fast path:
    a unicode ``\\W`` regex costs ~130 µs on 2 KB, ``bytes.translate`` + ``split`` about 20."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", fold_mojibake(text)).casefold()
        others = text.encode("utf-8").translate(None, _ASCII).decode("utf-8")
        for char in set(others):
            if not char.isalnum():
                text = text.replace(char, " ")
        return text.encode("utf-8").translate(_ASCII_FOLD).split()
    return text.encode("ascii").translate(_ASCII_FOLD).split()


def skeleton(text: str) -> str:
    """Letters and digits only, casefolded, words separated by one space: what identity is computed over."""
    return b" ".join(_tokens(text)).decode("utf-8")


def _body_text(article: Article) -> str:
    parts = []
    for body in article.get("bodies") or []:
        if body.get("role", "main") != "main":
            continue
        value = body.get("value") or ""
        if "html" in (body.get("contentType") or ""):
            value = html.unescape(_TAG.sub(" ", value))
        parts.append(value)
    return " ".join(parts)


# Memo of the body's words: the worker hashes an article (pipeline) and then takes its signature
# (envelope, dedupe) from the same body; tokenising ~2 KB twice cost ~20-40 µs. Keyed on the body text's
# value (a pure function's memo: exact), which _scoped builds anyway (a one-body article's text is its
# body string itself, whose hash Python keeps). It holds a batch's bodies, not only the last one:
# ``process_batch`` hashes every article of a slice before the worker takes the first signature. Bounded
# by characters (emptied when full), so a run of 1 MB stories holds one or two, as the old one-entry memo.
# 256 K characters hold a worker's batch (64 stories of ~4,000 characters; a fuller batch only tokenises some
# bodies twice); 1 M held ~8 MB of words between batches, most of the peak RSS the batch path added.
_BODY_WORDS: dict[str, list[bytes]] = {}
_BODY_CHARS = [0]  # characters of the texts held
BODY_MEMO_CHARS = 1 << 18


def _body_words(article: Article) -> list[bytes]:
    """``_tokens(_body_text(article))``, memoised (see above); callers must not mutate the list."""
    text = _body_text(article)
    words = _BODY_WORDS.get(text)
    if words is None:
        words = _tokens(text)
        if _BODY_CHARS[0] + len(text) > BODY_MEMO_CHARS:
            _BODY_WORDS.clear()
            _BODY_CHARS[0] = 0
        _BODY_WORDS[text] = words
        _BODY_CHARS[0] += len(text)
    return words


def _headline_text(article: Article) -> str:
    fields = (article.get("headlines") or []) + (article.get("descriptions") or [])
    return " ".join(f.get("value") or "" for f in fields)


def _number(value: object) -> str:
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


def rendition_identity(rendition: dict[str, object]) -> bytes:
    """What identifies one rendition across re-sends: the href's path (no scheme, host or query: CDNs and
    session tokens change), content type, size, width, height, duration."""
    href = str(rendition.get("href") or "")
    path = split_url(href).path if href else ""
    parts = (
        path,
        str(rendition.get("contentType") or "").lower(),
        *(_number(rendition.get(k)) for k in ("sizeInBytes", "width", "height", "duration")),
    )
    return "|".join(parts).encode("utf-8")


def identity_tokens(article: Article) -> list[bytes]:
    """The non-text identity of a picture/video/audio/graphic, composite or event (sorted, one token each);
    empty for text."""
    kind = article.get("type") or "text"
    tokens: list[bytes] = []
    if kind == "text":
        return tokens
    tokens += [b"\x00r:" + rendition_identity(r) for r in article.get("renditions") or () if isinstance(r, dict)]
    if kind == "composite":
        tokens += [
            b"\x00a:" + str(a.get("uri") or "").encode("utf-8")
            for a in article.get("associations") or ()
            if isinstance(a, dict)
        ]
    details = article.get("eventDetails") or {}
    if isinstance(details, dict) and details:
        dates = details.get("dates") or {}
        tokens += [f"\x00d:{k}={v}".encode() for k, v in sorted(dates.items()) if isinstance(v, str)]
        organiser = details.get("organiser") or {}
        if isinstance(organiser, dict) and organiser.get("name"):
            tokens.append(f"\x00o:{organiser['name']}".encode())
    if kind in ("event", "planning") and article.get("located"):
        tokens.append(f"\x00l:{article['located']}".encode())
    return sorted(set(tokens))


def _scoped(article: Article) -> tuple[str, list[bytes]]:
    """(algorithm label, words): the body's, or the headlines' when the body is empty; other types
    add their identity tokens (see the module docstring)."""
    kind = article.get("type") or "text"
    words = _body_words(article)
    label = ALGORITHM
    if not words:
        label, words = HEADLINE_ALGORITHM, _tokens(_headline_text(article))
    if kind == "text":
        return label, words
    identity = identity_tokens(article)
    if not words and not identity:
        identity = [f"\x00u:{article.get('uri') or ''}|{article.get('version') or ''}".encode()]
    return f"{ALGORITHM}-{kind}", words + identity


def canonical_text(article: Article) -> str:
    """The canonical text the hash is computed over (body skeleton, else headline skeleton)."""
    return b" ".join(_scoped(article)[1]).decode("utf-8")


def content_hash(article: Article) -> str:
    """``xxh3-128:<hex>`` over :func:`canonical_text` (``xxh3-128-headline:<hex>`` when body-less)."""
    label, words = _scoped(article)
    return f"{label}:{xxhash.xxh3_128_hexdigest(b' '.join(words))}"


def minhash(words: list[bytes]) -> tuple[int, ...]:
    """One-permutation MinHash of word 3-shingles: ``NUM_BINS`` ints < 2**32.

    Each shingle gets one xxh32; the 32-bit range is cut into ``NUM_BINS`` equal bins and a bin's
    value is the offset of its smallest hash from the bin start. An empty bin finds the next hash to
    its right (wrapping around), which is rotation densification for free: short texts still compare
    bin by bin. Every loop runs in C (``map``/``bisect``): pure-Python per-shingle loops cost 3-4x more.
    """
    if not words:
        return (0,) * NUM_BINS
    shingles: Iterable[bytes] = (
        map(b" ".join, zip(words, words[1:], words[2:], strict=False)) if len(words) >= SHINGLE else [b" ".join(words)]
    )
    values = list(map(xxhash.xxh32_intdigest, shingles))
    if len(values) >= _NEAR_FROM:  # a long body (a 1 MB story: 180,000 shingles, ~45 ms of sorting)
        near = _near_starts(values)
        if near is not None:
            return near
    values.sort()
    index = list(map(bisect_left, repeat(values, NUM_BINS), _BIN_STARTS))
    values.append(values[0] + _RANGE)  # wrap-around donor for bins after the largest hash
    return tuple(map(sub, map(values.__getitem__, index), _BIN_STARTS))


def _near_starts(values: list[int]) -> tuple[int, ...] | None:
    """:func:`minhash`'s bins from only the hashes whose offset in their bin is under a cut (~``_NEAR_PER_BIN``
    a bin), or ``None`` when a bin has none there (then every hash must be sorted). Exact: a bin's smallest
    hash is under the cut whenever any of its hashes is, so the sorted few give the same smallest hash."""
    cut = max(1, (_BIN_MASK + 1) * _NEAR_PER_BIN * NUM_BINS // len(values))
    near = sorted(compress(values, map(cut.__gt__, map(_BIN_MASK.__and__, values))))
    index = list(map(bisect_left, repeat(near, NUM_BINS), _BIN_STARTS))
    if index[-1] >= len(near) or any(near[i] - start >= cut for i, start in zip(index, _BIN_STARTS, strict=True)):
        return None
    return tuple(map(sub, map(near.__getitem__, index), _BIN_STARTS))


def signature(article: Article) -> tuple[int, ...]:
    """Near-duplicate signature of the same words the content hash covers (values < 2**32)."""
    return minhash(_scoped(article)[1])


_SIG_PACK = struct.Struct(f"<{NUM_BINS}I").pack
_BAND_SLICES = tuple(slice(band * 4 * ROWS, (band + 1) * 4 * ROWS) for band in range(BANDS))
_BAND_PREFIXES = tuple(f"{band:02d}:" for band in range(BANDS))


def band_keys(sig: tuple[int, ...]) -> list[str]:
    """LSH bucket keys, one per band: ``<band>:<xxh3-64 hex of the band's rows>``.

    A signature of :data:`NUM_BINS` values (every one :func:`minhash` makes) takes C-level maps over a
    precompiled ``Struct`` and slices: ~5 µs instead of ~11 for the loop below (``benchmarks.hop``)."""
    if len(sig) == NUM_BINS:
        raw = _SIG_PACK(*sig)
        return list(map(str.__add__, _BAND_PREFIXES, map(xxhash.xxh3_64_hexdigest, map(raw.__getitem__, _BAND_SLICES))))
    raw = struct.pack(f"<{len(sig)}I", *sig)
    width = 4 * ROWS
    return [
        f"{band:02d}:{xxhash.xxh3_64_hexdigest(raw[band * width : (band + 1) * width])}"
        for band in range(len(sig) // ROWS)
    ]


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Jaccard estimate: the share of bins where two signatures agree."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(map(int.__eq__, a, b)) / len(a)


def headline_hash(article: Article) -> str:
    """xxh3-64 of the headline skeleton: tells a headline-only fix from a plain re-send of a version."""
    return xxhash.xxh3_64_hexdigest(b" ".join(_tokens(_headline_text(article))))


@dataclass(frozen=True, slots=True)
class Identity:
    """What the dedupe decision needs from an article's text, computed once where the text is at hand.

    Why: the worker's ingest stage (N partitions) has the whole article; the dedupe stage (one partition)
    only gets a slim envelope (``streams.core.envelope``) and must not re-tokenise the body.
    """

    signature: tuple[int, ...]
    bands: tuple[str, ...]
    headline: str  # headline_hash


def identity(article: Article) -> Identity:
    """:func:`signature`, its :func:`band_keys` and :func:`headline_hash` of ``article``."""
    sig = signature(article)
    return Identity(sig, tuple(band_keys(sig)), headline_hash(article))
