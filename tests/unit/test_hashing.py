"""Content hash and near-duplicate signature: envelope/typography invariance, and no false merges on
real data (Reuters-21578 identical-body groups)."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

import pytest

from streams.core import hashing
from streams.core.hashing import (
    ALGORITHM,
    HEADLINE_ALGORITHM,
    band_keys,
    canonical_text,
    content_hash,
    signature,
    similarity,
)

SEED = "seed/000_af91a0d982ffc927.txt"
_RECORD = re.compile(r"<REUTERS(?P<attrs>[^>]*)>(?P<inner>.*?)</REUTERS>", re.S)


def article(body: str | None = None, headline: str | None = None, content_type: str = "text/plain") -> dict:
    art: dict = {"uri": "urn:test:1", "type": "text", "ext": {}}
    if body is not None:
        art["bodies"] = [{"role": "main", "contentType": content_type, "value": body}]
    if headline is not None:
        art["headlines"] = [{"role": "main", "value": headline}]
    return art


def reuters_records(corpus: Path) -> list[tuple[str, str, str]]:
    """(NEWID, body, title) of every record, entities decoded, as a parser would give them."""
    out = []
    for path in sorted((corpus / "reuters21578").glob("reut2-*.sgm")):
        for m in _RECORD.finditer(path.read_text("latin-1")):
            newid = re.search(r'NEWID="(\d+)"', m["attrs"])
            body = re.search(r"<BODY>(.*?)</BODY>", m["inner"], re.S)
            title = re.search(r"<TITLE>(.*?)</TITLE>", m["inner"], re.S)
            assert newid
            text = html.unescape(body[1]) if body else ""
            out.append((newid[1], text, html.unescape(title[1]) if title else ""))
    return out


def groups(keys: dict[str, str]) -> set[frozenset[str]]:
    by_key: dict[str, set[str]] = defaultdict(set)
    for ident, key in keys.items():
        by_key[key].add(ident)
    return {frozenset(v) for v in by_key.values() if len(v) > 1}


# ------------------------------------------------------------------ canonical form


def test_value_names_the_algorithm() -> None:
    assert content_hash(article("Hello world")).startswith(f"{ALGORITHM}:")
    assert re.fullmatch(r"xxh3-128:[0-9a-f]{32}", content_hash(article("Hello world")))


@pytest.mark.parametrize(
    "variant",
    [
        "Wang said: \u201cWe are ready\u201d \u2014 on Monday.\r\n\r\nSecond   paragraph.",
        'Wang said: "We are ready" - on Monday.\n\nSecond paragraph.',
        "WANG SAID: 'WE ARE READY' -- ON MONDAY.\n\nSECOND PARAGRAPH.",
        "Wang\u00a0said: \u201cWe are ready\u201d \u2013 on Monday. Second paragraph.",
        "Wang said: \u00e2\u20ac\u0153We are ready\u00e2\u20ac\u009d \u00e2\u20ac\u201d on Monday.\n\n"
        "Second paragraph.",
        "<p>Wang said: &ldquo;We are ready&rdquo; &mdash; on Monday.</p><p>Second paragraph.</p>",
    ],
)
def test_typography_case_and_mojibake_do_not_change_the_hash(variant: str) -> None:
    ref = content_hash(article("Wang said: We are ready, on Monday. Second paragraph."))
    kind = "text/html" if variant.startswith("<p>") else "text/plain"
    assert content_hash(article(variant, content_type=kind)) == ref


def test_different_words_differ() -> None:
    assert content_hash(article("Prices rose 5 pct")) != content_hash(article("Prices rose 6 pct"))
    assert content_hash(article("Prices rose")) != content_hash(article("Prices  fell"))


def test_accented_letters_survive_and_mojibake_of_them_folds_back() -> None:
    text = "Müller sagte, die Lösung sei schön."
    assert "müller" in canonical_text(article(text))
    assert content_hash(article(text)) == content_hash(article(text.encode("utf-8").decode("cp1252")))
    assert content_hash(article(text)) != content_hash(article("Muller sagte, die Losung sei schon."))


def test_body_less_items_hash_their_headline_and_say_so() -> None:
    a, b = article(headline="BANK RAISES PRIME RATE"), article(headline="OIL PRICES FALL")
    assert content_hash(a).startswith(f"{HEADLINE_ALGORITHM}:")
    assert content_hash(a) != content_hash(b)
    assert content_hash(article(headline="Bank raises prime rate")) == content_hash(a)
    # a story whose body equals a headline is still a different item
    assert content_hash(article("BANK RAISES PRIME RATE")) != content_hash(a)


def test_digest_is_everything_after_the_first_colon() -> None:
    """The pipeline derives id-less uris from ``split(':', 1)[1]``."""
    label, digest = content_hash(article(headline="x")).split(":", 1)
    assert label == HEADLINE_ALGORITHM and re.fullmatch(r"[0-9a-f]{32}", digest)


# ------------------------------------------------------------------ seed item, through the pipeline


def _seed_variants(text: str) -> dict[str, bytes]:
    crlf = text.replace("\r\n", "\n").replace("\n", "\r\n")
    nbsp = text.replace(" ", "\u00a0", 40)
    straight = text.replace("\u201c", '"').replace("\u201d", '"')
    mojibake = text.encode("utf-8").decode("cp1252", errors="replace")  # 0x9D (in ”) becomes U+FFFD
    sloppy = "".join(
        bytes([c]).decode("cp1252", errors="ignore") or chr(c) if c > 127 else chr(c) for c in text.encode("utf-8")
    )  # ... or U+009D (Windows' reading)
    paragraphs = [line for line in text.splitlines() if line.strip()]  # NITF: one <p> per line
    nitf = (
        "<?xml version='1.0' encoding='UTF-8'?>\n<nitf><head><title>t</title></head><body>"
        "<body.head><hedline><hl1>Wang Yi</hl1></hedline></body.head><body.content>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</body.content></body></nitf>"
    )
    return {
        "crlf": crlf.encode(),
        "nbsp": nbsp.encode(),
        "straight": straight.encode(),
        "mojibake-replace": mojibake.encode(),
        "mojibake-c1": sloppy.encode(),
        "nitf": nitf.encode(),
    }


def test_seed_item_same_hash_in_every_envelope(corpus: Path, resources) -> None:
    from streams.core.model import RawItem
    from streams.core.pipeline import process

    text = (corpus / SEED).read_text("utf-8")
    ref = process(RawItem(text.encode(), {"format": "plaintext"}), resources)
    assert ref[0].kind == "article"
    expected = ref[0].record["ext"]["contentHash"]
    for name, payload in _seed_variants(text).items():
        headers = {"format": "nitf"} if name == "nitf" else {"format": "plaintext"}
        out = process(RawItem(payload, headers), resources)
        assert out[0].kind == "article", (name, out[0].record)
        assert out[0].record["ext"]["contentHash"] == expected, name


def test_seed_item_hash_on_built_articles(corpus: Path) -> None:
    """The hash function alone (no parser): same paragraphs in any typography → same hash."""
    text = (corpus / SEED).read_text("utf-8")
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    ref = content_hash(article("\n\n".join(paragraphs)))
    assert content_hash(article(text.replace("\n", "\r\n"))) == ref
    assert content_hash(article(text.encode("utf-8").decode("cp1252", errors="replace"))) == ref
    assert content_hash(article(text.replace("\u201c", '"').replace("\u201d", '"').upper())) == ref
    assert content_hash(article(" ".join(f"<p>{p}</p>" for p in paragraphs), content_type="text/html")) == ref


# ------------------------------------------------------------------ Reuters-21578


def test_reuters_identical_bodies_are_exactly_the_hash_groups(corpus: Path) -> None:
    records = reuters_records(corpus)
    assert len(records) == 3000
    with_body = {newid: body for newid, body, _ in records if body.strip()}
    hashes = {newid: content_hash(article(body)) for newid, body in with_body.items()}
    identical = groups({n: " ".join(b.split()) for n, b in with_body.items()})
    assert len(identical) == 24 and sum(map(len, identical)) == 48  # corpus README
    # independent oracle for "same story": the same letters and digits in the same order
    letters = groups({n: re.sub(r"[^a-z0-9]", "", b.lower()) for n, b in with_body.items()})
    hashed = groups(hashes)
    assert hashed == letters  # no false merges, no misses
    assert identical <= hashed  # every identical-body group shares one hash
    # the extra groups are the same text in other typography ("REUTER" vs "Reuter", quotes, <>/[])
    assert len(hashed) == 41


def test_reuters_briefs_do_not_collide(corpus: Path) -> None:
    records = reuters_records(corpus)
    briefs = {n: t for n, b, t in records if not b.strip() and t.strip()}
    assert len(briefs) > 200
    hashes = {n: content_hash(article(headline=t)) for n, t in briefs.items()}
    assert all(h.startswith(f"{HEADLINE_ALGORITHM}:") for h in hashes.values())
    assert groups(hashes) == groups({n: re.sub(r"[^a-z0-9]", "", t.lower()) for n, t in briefs.items()})
    assert len(set(hashes.values())) > 0.9 * len(briefs)


# ------------------------------------------------------------------ near-duplicate signature


def _story(corpus: Path) -> list[str]:
    text = (corpus / SEED).read_text("utf-8")
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def test_signature_shape() -> None:
    sig = signature(article("a b c d e f g"))
    assert len(sig) == hashing.NUM_BINS and all(0 <= v < 2**32 for v in sig)
    assert len(band_keys(sig)) == hashing.BANDS
    assert signature(article("")) == signature(article(""))  # empty text: defined, constant


def test_light_edits_are_similar_other_stories_are_not(corpus: Path) -> None:
    paragraphs = _story(corpus)
    base = signature(article("\n\n".join(paragraphs)))
    extra = "Kazakhstan adalah negara terbesar di Asia Tengah."
    added = signature(article("\n\n".join([*paragraphs, extra])))
    dropped = signature(article("\n\n".join(paragraphs[:-1])))
    assert similarity(base, added) >= 0.7
    assert similarity(base, dropped) >= 0.7
    assert set(band_keys(base)) & set(band_keys(added))
    other = [b for _, b, _ in reuters_records(corpus) if len(b) > 1500][:50]
    assert max(similarity(base, signature(article(b))) for b in other) < 0.2


def test_similarity_tracks_true_jaccard(corpus: Path) -> None:
    bodies = [b for _, b, _ in reuters_records(corpus) if len(b.split()) > 150][:40]
    errors = []
    for body in bodies:
        words = body.split()
        edited = " ".join([*words[: len(words) * 3 // 4], "new", "closing", "sentence", "added"])
        a, b = article(" ".join(words)), article(edited)
        wa, wb = canonical_text(a).split(), canonical_text(b).split()
        sa, sb = ({*zip(w, w[1:], w[2:], strict=False)} for w in (wa, wb))
        true = len(sa & sb) / len(sa | sb)
        errors.append(abs(similarity(signature(a), signature(b)) - true))
    assert sum(errors) / len(errors) < 0.08
