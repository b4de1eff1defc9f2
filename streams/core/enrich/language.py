"""Language of an article whose source did not state it: pycld2 (CLD2), with a lexicon tie-breaker
between Indonesian and Malay.

Why: pycld2 is the only measured detector that is fast (~50 µs), small and offline (docs
enrichment-libs.md), but on short wire items it swaps id and ms. The two standard languages differ in
a closed set of everyday words (ms *daripada, berkata, boleh, selepas, kerana, bahawa, peratus* vs id
*dari, mengatakan, bisa, setelah, karena, bahwa, persen*, month names *Mac/Ogos* vs *Maret/Agustus*),
so counting them decides whenever CLD2 says id or ms, or is unsure. CLD2 also calls plain
Indonesian without such markers Malay (~7 % of ANTARA summaries): "ms" with no Malay marker at all
becomes "id" (confidence 0.6), since Malay copy of any length almost always has one.
On a short item CLD2 may also say "jw", "en" or "la" for Indonesian: an item of an Indonesian (Malaysian)
outlet, known by its address or source name, is "id" ("ms") unless its text clearly says another language
(``_regional``, confidence 0.7).

Output: ``article["language"]`` (BCP 47), ``ext.languageConfidence`` (0..1) and ``"language"`` in
``ext.derived`` (the marker that the value was detected, not read from the source).

A declared language is kept unless at least 400 characters of body plainly say another (CLD2 reliable at
≥ 95 %, outside the pairs it confuses): a template's default ("no-NO" on Danish Ritzau copy, "it" on ANSA's
English service) is then replaced and kept in ``ext.languageDeclared``. Shorter text (headline, teaser and
body together, 15+ characters) is overruled only when function words agree as well (``_function_words_agree``:
Superdesk's "fr" fixture on "headline / abstract / The story so far."); on 13,517 real short texts declared
as their own language none is overruled (``scripts/eval_language.py --short``). Cost: one detection more for
items that declare a language.
"""

from __future__ import annotations

import re
from collections import Counter

import pycld2

from streams.core.copy.agencies import site_label
from streams.core.copy.outlets import names_writing
from streams.core.model import Article
from streams.core.text import split_url

# CLD2 raises on C0 controls and lone surrogates ("invalid UTF-8"): strip them first.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")
_UNSAFE_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])  # the controls, in UTF-8 too
# CLD2 costs ~25 µs plus ~6 µs per 100 characters (~2x that inside the pipeline): the first 800
# characters decide. Measured against 3,000: the same language on all 5,345 golden-corpus and 1,277
# benchmark items that needed detection, the same eval_language.py accuracy on every data set, a
# confidence changed on 5 golden items; at 650 a language changed.
SAMPLE_CHARS = 800
MALAY = frozenset(
    [
        "kerajaan",
        "daripada",
        "berkata",
        "boleh",
        "selepas",
        "mahkamah",
        "mac",
        "ogos",
        "ialah",
        "kerana",
        "bahawa",
        "sahaja",
        "kenderaan",
        "polis",
        "antarabangsa",
        "mesyuarat",
        "menerusi",
        "kakitangan",
        "syarikat",
        "bilion",
        "peratus",
        "julai",
        "disember",
        "wang",
        "beliau",
        "semalam",
        "dianggarkan",
        "iaitu",
        "bekas",
        "mangsa",
        "pegawai",
        "jurucakap",
        "belanjawan",
        "kewangan",
        "amaran",
        "dibenarkan",
        "tempatan",
        "sempena",
        "bagaimanapun",
        "manakala",
        "memaklumkan",
        "mendapati",
        "kerjasama",
        "akta",
        "kempen",
        "jadual",
        "berkuasa",
        "negara-negara",
    ]
)
INDONESIAN = frozenset(
    [
        "pemerintah",
        "mengatakan",
        "bisa",
        "setelah",
        "pengadilan",
        "maret",
        "agustus",
        "adalah",
        "karena",
        "bahwa",
        "saja",
        "kendaraan",
        "polisi",
        "internasional",
        "rapat",
        "karyawan",
        "perusahaan",
        "miliar",
        "persen",
        "juni",
        "juli",
        "desember",
        "uang",
        "ujar",
        "provinsi",
        "kabupaten",
        "kemarin",
        "yaitu",
        "mantan",
        "korban",
        "jadwal",
        "dijadwalkan",
        "dampak",
        "kunjungan",
        "rp",
        "wib",
        "dpr",
        "polda",
        "polri",
        "kpk",
        "pihaknya",
        "sambangi",
        "kesiapsiagaan",
        "mengungkapkan",
        "jelang",
        "kata",
    ]
)
# words the other language also uses, only more rarely: half weight ("tidak boleh", "Mahkamah Agung")
_WEAK = frozenset(["boleh", "mahkamah", "beliau", "semalam", "kerajaan", "adalah", "saja", "kata", "korban", "wang"])


# The vote's words are the [a-z]+ runs of the lower-cased text. Found without a regex: in its UTF-8
# bytes every byte but a-z becomes a space and bytes.split() cuts there (16 µs where re.findall took
# 45 for a 1,000-character sample); only the marker words among them are then counted.
_LETTERS = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
_MARKER_BYTES = frozenset(word.encode() for word in MALAY | INDONESIAN)
_MALAY_BYTES = frozenset(word.encode() for word in MALAY)
_WEAK_BYTES = frozenset(word.encode() for word in _WEAK)


def _lexicon_vote(text: str) -> tuple[float, float]:
    """Malay and Indonesian marker words in ``text`` (weak ones count half; sums of halves are exact
    in any order)."""
    words = text.lower().encode("utf-8", "surrogatepass").translate(_LETTERS).split()
    ms = id_ = 0.0
    for word, count in Counter(filter(_MARKER_BYTES.__contains__, words)).items():
        votes = count * (0.5 if word in _WEAK_BYTES else 1.0)
        if word in _MALAY_BYTES:
            ms += votes
        else:
            id_ += votes
    return ms, id_


def _safe(text: str) -> str:
    """``text`` with what CLD2 rejects blanked (_UNSAFE); the regex runs only when there is some."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return _UNSAFE.sub(" ", text)
    return text if len(raw.translate(None, _UNSAFE_BYTES)) == len(raw) else _UNSAFE.sub(" ", text)


def detect(text: str) -> tuple[str | None, float]:
    """``(BCP 47 code, confidence 0..1)``, or ``(None, 0.0)`` when nothing can be said."""
    sample = _safe(text[:SAMPLE_CHARS]).strip()
    if not sample:
        return None, 0.0
    try:
        reliable, _, details = pycld2.detect(sample, isPlainText=True, bestEffort=True)
    except pycld2.error:
        return None, 0.0
    _, code, percent, _ = details[0]
    lang: str | None = None if code in ("un", "xx", "xxx") else code
    confidence = (percent / 100.0) * (1.0 if reliable else 0.6)
    if lang in ("id", "ms") or not reliable:
        ms, id_ = _lexicon_vote(sample)
        if lang == "ms" and ms == 0:  # CLD2 calls much plain Indonesian Malay; Malay copy has markers
            return "id", round(0.6 if id_ == 0 else max(0.6, confidence), 3)
        total = ms + id_
        if total >= 1 and (lang in ("id", "ms") or total >= 2):
            if ms > id_:
                lang, confidence = "ms", max(confidence, ms / total) if lang == "ms" else ms / total
            elif id_ > ms:
                lang, confidence = "id", max(confidence, id_ / total) if lang == "id" else id_ / total
    if lang is None:
        return None, 0.0
    return lang, round(min(confidence, 1.0), 3)


def story_sample(article: Article) -> str:
    """Headline and body start: what the detector reads."""
    parts = [h.get("value", "") for h in article.get("headlines", ())]
    parts += [d.get("value", "") for d in article.get("descriptions", ())]
    parts += [b.get("value", "")[:SAMPLE_CHARS] for b in article.get("bodies", ())]
    return "\n".join(p for p in parts if p)


# A declared language the text plainly contradicts is a template default ("no-NO" on a Ritzau item in Danish,
# "it" on ANSA's English service): the text's language wins when CLD2 is sure of it on enough body text. Pairs that
# CLD2 itself confuses, or that the project treats as one, are never overruled.
_OVERRULE_MIN_CHARS = 400
_OVERRULE_MIN_CONFIDENCE = 0.95
_SAME_FAMILY = (frozenset(("no", "nb", "nn")), frozenset(("id", "ms")), frozenset(("sr", "hr", "bs")))


# Shorter text (a test fixture's "headline / abstract / The story so far." declared "fr") is overruled only
# when its own function words agree: CLD2 alone is confidently wrong on 1-4 % of real short texts
# (Indonesian titles full of English names, German sentences of loan words), but on none of those does the
# detected language's function-word list match twice while the declared one's matches nothing
# (``scripts/eval_language.py --short``). The lists are ours: the commonest articles, prepositions,
# conjunctions and auxiliaries of each language; a word two languages share counts for both, which only
# makes an overrule rarer. A declared language without a list is never overruled on short text.
_SHORT_MIN_CHARS = 15
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the of and to in is was for on that with by from at this it are has have will would said so not be "
        "its were which",
        "id": "yang dan di ke dari untuk dengan ini itu pada dalam akan tidak juga oleh adalah bahwa bahawa telah "
        "sudah atau karena kerana saat daripada",
        "es": "el la los las de del y en que por para con una un es se al su lo como más pero",
        "pt": "o a os as de do da dos das e em no na que por para com um uma é não ao",
        "fr": "le la les de des du et en un une est que qui dans pour par sur au aux pas ne il elle",
        "de": "der die das den dem des und ist nicht mit von zu für auf ein eine im auch sich es wird hat",
        "it": "il lo la i gli le di del della e che per con un una è non in al nel",
        "nl": "de het een van en in is op te dat die voor met niet zijn aan ook",
        "da": "og i på er det en af til som med har ikke den for at",
        "sv": "och i på är det en av till som med har inte den för att",
        "fi": "ja on ei se että oli ovat mutta kun myös tai hän joka sekä",
    }.items()
}
_FUNCTION_WORDS["ms"] = _FUNCTION_WORDS["id"]
_FUNCTION_WORDS["no"] = _FUNCTION_WORDS["nb"] = _FUNCTION_WORDS["nn"] = _FUNCTION_WORDS["da"]
_WORD = re.compile(r"[^\W\d_]+")


_SHORT_MIN_FUNCTION_SHARE = 0.15  # of the words: mixed text ("Kunci Gitar Lagu What If I Call ...") has fewer


def _capitals(text: str) -> bool:
    """Mostly capital letters ("TEST FROM XAWES", Reuters' titles): CLD2 is least sure there (eval_language.py:
    1 % of Reuters' capital titles detected wrong against none of its first sentences)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


def _function_words_agree(text: str, detected: str, declared: str) -> bool:
    """The detected language's function words stand in the text (twice, 15 % of its words, more than any
    other language's list holds), the declared one's not at all; False for a language without a list."""
    mine, theirs = _FUNCTION_WORDS.get(detected), _FUNCTION_WORDS.get(declared)
    if mine is None or theirs is None:
        return False
    words = _WORD.findall(text.lower())
    count = sum(1 for w in words if w in mine)
    if count < 2 or count < _SHORT_MIN_FUNCTION_SHARE * len(words) or any(w in theirs for w in words):
        return False
    return all(
        sum(1 for w in words if w in other) < count for other in set(_FUNCTION_WORDS.values()) if other is not mine
    )


def _declared_absent(text: str, declared: str) -> bool:
    """The part of ``_function_words_agree`` that does not depend on the detected language: the declared
    language has a list and none of its words stands in the text."""
    theirs = _FUNCTION_WORDS.get(declared)
    return theirs is not None and not any(w in theirs for w in _WORD.findall(text.lower()))


def _contradicted(declared: str, article: Article) -> tuple[str, float] | None:
    """The detected ``(language, confidence)`` when the text says, with certainty, another language:
    400+ characters of body on CLD2 alone, shorter text (headline, teaser and body) only when the two
    languages' function words agree (see above)."""
    body = "\n".join(b.get("value", "")[:SAMPLE_CHARS] for b in article.get("bodies", ()))
    short = len(body) < _OVERRULE_MIN_CHARS
    text = story_sample(article) if short else body
    if len(text.strip()) < _SHORT_MIN_CHARS:
        return None
    primary = declared.split("-", 1)[0].lower()
    if short and (_capitals(text) or not _declared_absent(text, primary)):
        return None  # the short-text test below fails whatever CLD2 would say: no detection (~40 µs)
    lang, confidence = detect(text)
    if lang is None or confidence < _OVERRULE_MIN_CONFIDENCE or lang.split("-", 1)[0] == primary:
        return None
    if any(primary in family and lang in family for family in _SAME_FAMILY):
        return None
    if short and (_capitals(text) or not _function_words_agree(text, lang, primary)):
        return None
    return lang, confidence


# Outlets whose copy is Indonesian or Malay (``copy.outlets``): the label of a story address's host
# (``site_label``: "news.detik.com" -> "detik") or a source's name. CLD2 calls short Indonesian copy "ms", "jw"
# or even "en"/"la": 38 of 2,293 detected RSS items in the golden corpus.
_INDONESIAN_OUTLETS = names_writing("id")
_MALAY_OUTLETS = names_writing("ms")
# what CLD2 answers for Indonesian or Malay text it cannot place: the other standard, or a regional language
_MALAY_FAMILY = frozenset(("id", "ms", "jw", "su"))
_OUTLET_CONFIDENCE = 0.7  # the outlet decided, not the text


def _outlet_language(article: Article) -> str | None:
    """Indonesian ("id") or Malay ("ms") when the story's address or a source names an Indonesian or
    Malaysian outlet (a host under .id or .my counts too), else None."""
    names = {str(s.get("name", "")).strip().casefold() for s in article.get("infoSources", ())}
    addresses = [a.get("value", "") for a in article.get("altIds", ()) if a.get("role") == "url"]
    addresses.append(str(article.get("uri", "")))
    for address in addresses:
        host = split_url(address).hostname or ""  # a malformed link splits as no URL
        if host.endswith(".id"):
            names.add("indonesia")
        elif host.endswith(".my"):
            names.add("malaysia")
        label = site_label(address) if host else None
        if label:
            names.add(label)
    if names & _MALAY_OUTLETS or "malaysia" in names:
        return "ms"
    if names & _INDONESIAN_OUTLETS or "indonesia" in names:
        return "id"
    return None


def _regional(lang: str | None, confidence: float, text: str, outlet: str | None) -> tuple[str | None, float]:
    """The detection with the outlet's language weighed in: an Indonesian (Malaysian) outlet's item is "id"
    ("ms") whenever CLD2 names the Malay family, nothing, or a language whose function words the text holds
    fewer of than Indonesian/Malay ones (these lists are shared) plus marker words; without an outlet, CLD2's
    "jw"/"su" becomes "id" when Indonesian markers outvote Malay ones and stand at least twice."""
    if outlet is None:
        if lang in ("jw", "su"):
            ms, id_ = _lexicon_vote(text)
            words = _WORD.findall(text.lower())
            found = id_ + sum(1 for w in words if w in _FUNCTION_WORDS["id"])
            if id_ >= ms and found >= 2:
                return "id", min(confidence, _OUTLET_CONFIDENCE)
        return lang, confidence
    if lang == outlet:
        return lang, confidence
    if lang is None or lang in _MALAY_FAMILY:
        return outlet, _OUTLET_CONFIDENCE
    words = _WORD.findall(text.lower())
    ms, id_ = _lexicon_vote(text)
    ours = sum(1 for w in words if w in _FUNCTION_WORDS["id"]) + ms + id_
    theirs_list = _FUNCTION_WORDS.get(lang)
    if theirs_list is None:  # no list to test ("la" on "Calon Hakim Agung Ad Hoc ..."): Latin script suffices
        letters = [c for c in text if c.isalpha()]
        latin = sum(1 for c in letters if c.isascii()) > 0.9 * len(letters)
        return (outlet, _OUTLET_CONFIDENCE) if latin and letters else (lang, confidence)
    theirs = sum(1 for w in words if w in theirs_list)
    if ours >= 1 and ours > theirs:
        return outlet, _OUTLET_CONFIDENCE
    return lang, confidence


def enrich(article: Article) -> None:
    """Set ``language`` when the source did not state it, or stated one its text contradicts (see module
    docstring); the source's value is kept in ``ext.languageDeclared``."""
    declared = article.get("language")
    lang: str | None
    if declared:
        found = _contradicted(str(declared), article)
        if found is None:
            return
        article.setdefault("ext", {})["languageDeclared"] = declared
        lang, confidence = found
    else:
        sample = story_sample(article)
        lang, confidence = detect(sample)
        lang, confidence = _regional(lang, confidence, sample, _outlet_language(article))
    if lang is None:
        return
    article["language"] = lang
    ext = article.setdefault("ext", {})
    ext["languageConfidence"] = confidence
    derived = ext.setdefault("derived", [])
    if "language" not in derived:
        derived.append("language")
