"""Content hash over a canonical form of the body text (interim; the dedupe work refines it)."""

from __future__ import annotations

import re
import unicodedata

import xxhash

from streams.core.model import Article

ALGORITHM = "xxh3-128"
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def canonical_text(article: Article) -> str:
    """Body text folded so that envelope, whitespace, typography and case do not matter."""
    text = " ".join(b.get("value", "") for b in article.get("bodies", []) if b.get("role", "main") == "main")
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


def content_hash(article: Article) -> str:
    return f"{ALGORITHM}:{xxhash.xxh3_128_hexdigest(canonical_text(article).encode('utf-8'))}"
