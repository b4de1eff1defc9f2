"""Speed work on the core's slow inputs and its front (cost15): each cheaper form must give what the plain one gave.

* ``orgs_fi._base_of_head`` looks a word's last letters up in a table instead of trying ~1,600 head stems and
  case endings in turn with ``endswith`` (an STT archive item spent ~65 ms there); the loop is kept here as the
  reference and both are run over every word of real STT copy and over every suffix the table holds.
* ``lead._cut_from`` flattens only the opening of the paragraph it compares with.
* ``xmlsafe._forced_encoding`` tests for bytes above 0x7F with ``bytes.isascii``.
* ``assemble._put_all`` skips exactly what ``_put`` skips.
* ``typewriter.typographic`` runs the glued-quote pattern only on a paragraph holding one of its four openings.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from streams.core import assemble
from streams.core.copy import lead, typewriter
from streams.core.enrich import orgs_fi
from streams.core.formats import xmlsafe

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
STT = sorted((CORPUS / "superdesk-core-fixtures").glob("stt*.xml"))


def _reference_head(word: str) -> tuple[str, str] | None:
    """The definition before cost15: each head, stem and ending in turn."""
    low = word.lower()
    for head, (stems, _) in orgs_fi._HEADS.items():
        for stem in stems:
            for ending in orgs_fi._ENDINGS if stem != head else ("", *orgs_fi._ENDINGS):
                if low.endswith(stem + ending):
                    return word[: len(word) - len(stem) - len(ending)], head
    return None


def test_base_of_head_every_suffix() -> None:
    """Every form the table holds, bare, after a prefix, capitalised and in capitals (a word that lower-cases
    to more letters, "İ", included), and words that are no head's form."""
    words = ["", "a", "Helsinki", "Käräjäoikeudessa", "Puolustusvoimissa", "oikeus", "İoikeudessa", "ÄÄ"]
    for suffix in orgs_fi._HEAD_SUFFIXES:
        for prefix in ("", "käräjä", "x", "İ", "Länsi-"):
            words += [prefix + suffix, (prefix + suffix).upper(), (prefix + suffix).capitalize()]
    for word in words:
        assert orgs_fi._base_of_head(word) == _reference_head(word), word


@pytest.mark.skipif(not STT, reason="needs the shared corpus (../shared/corpus/superdesk-core-fixtures)")
def test_base_of_head_on_stt_copy() -> None:
    """Every word of the corpus's STT (Finnish) files gives the reference's answer; some are heads' forms."""
    words = {w for path in STT for w in re.findall(r"[\w'’-]+", path.read_text(errors="replace"))}
    found = 0
    for word in words:
        expected = _reference_head(word)
        found += expected is not None
        assert orgs_fi._base_of_head(word) == expected, word
    assert found > 10


def _reference_cut(text: str, lead_text: str, mid_word: bool) -> bool:
    """``lead._cut_from`` before cost15: both texts flattened whole."""
    short, full = lead._flat(text.lstrip("*")), lead._flat(lead_text)
    if len(short) < 12 or len(short) >= len(full) or not full.startswith(short) or short.endswith(lead._STOP_MARKS):
        return False
    following = full[len(short)]
    return following.isalnum() if mid_word else following == " " or following.isalnum()


def test_cut_from_matches_whole_flattening() -> None:
    """Prefixes of paragraphs (cut anywhere, in whitespace runs, before letters that case-fold to two) and
    random texts of letters, spaces of every kind and stop marks."""
    paragraphs = [
        "The UK risks breaking up unless the government acts, the report said.",
        "   *En 41-årig mand   blev\tsat i forbindelse med sagen  i går.  ",
        "STRASSE UND straße: Die Straße   ist    gesperrt, sagte die Polizei am Montag in Berlin.",
        "Short.",
        "x" * 12 + " " * 40 + "y" * 30,
    ]
    rnd = random.Random(15)
    alphabet = "aAbßẞİ  \t\n\u00a0\u2003.*ﬁ-"
    for _ in range(3000):
        paragraphs.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 200))))
    for paragraph in paragraphs:
        cuts = [paragraph[:k] for k in range(0, len(paragraph) + 1, 3)]
        cuts += [paragraph[: rnd.randint(0, len(paragraph))] + rnd.choice(alphabet) for _ in range(3)]
        for text in cuts:
            for mid_word in (True, False):
                assert lead._cut_from(text, paragraph, mid_word) == _reference_cut(text, paragraph, mid_word)


def test_forced_encoding() -> None:
    """Declared 8-bit: ASCII only → trust it; valid multi-byte UTF-8 → UTF-8; a Latin-1 byte → trust it."""
    head = b'<?xml version="1.0" encoding="ISO-8859-1"?><a>'
    assert xmlsafe._forced_encoding(head + b"plain</a>") is None
    assert xmlsafe._forced_encoding(head + "Käräjäoikeus</a>".encode()) == "utf-8"
    assert xmlsafe._forced_encoding(head + "Käräjäoikeus</a>".encode("latin-1")) is None
    assert xmlsafe._forced_encoding(b'<?xml version="1.0" encoding="UTF-8"?><a>\xc3\xa4</a>') is None


def test_put_all_skips_what_put_skips() -> None:
    """Only None, "", [] and {} are left out; 0, False and () are values, and the order is kept."""
    pairs = (("a", None), ("b", ""), ("c", []), ("d", {}), ("e", 0), ("f", False), ("g", ()), ("h", "x"), ("i", [1]))
    one: dict[str, object] = {}
    for key, value in pairs:
        assemble._put(one, key, value)
    many: dict[str, object] = {}
    assemble._put_all(many, pairs)
    assert list(many.items()) == list(one.items())
    assert list(many) == ["e", "f", "g", "h", "i"]


def test_glued_quote_prefilter() -> None:
    """A paragraph the four-substring test passes over is one the glued-quote spacing leaves as it is."""
    rnd = random.Random(17)
    alphabet = 'aB .!?,"“”\n'
    texts = ['a Band-Aid."In 2021', 'but said,"From an', 'He said "No."', '"Yes" Then', 'x?"Ab', 'x!"Ab', '."a']
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(20000)]
    for text in texts:
        if not typewriter._glued(text):
            assert typewriter._quote_spacing(text) == text, text
    assert all(typewriter._glued(t) for t in texts[:2])
