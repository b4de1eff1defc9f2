"""Agency service messages on teletype wires (IPTC 7901, ANPA): not news, so not articles.

A wire carries, between stories, messages meant for the subscriber's operators: dpa's "Impressum" (the legal
notice: "ryryryry copyright by dpa … dpa dpa dpa international service in english"), line tests (the teleprinter
test pattern "RYRYRY…", "the quick brown fox…") and test messages. Published as text stories they reach readers
as gibberish; the parser returns them as a rejected member (``not_an_article``) with the reason, so the dead
letter says what they were and nothing vanishes.
"""

from __future__ import annotations

import re

# slug words agencies give a service message (dpa "Impressum/", "Testmeldung"): whole keywords only
_SERVICE_SLUGS = frozenset({"impressum", "testmeldung", "test message", "testmessage", "line test", "service message"})
# the teleprinter line test: "RYRYRYRY" (alternating bit pattern) or the pangram
_LINE_TEST = re.compile(r"\b(?:ry){3,}r?\b|\bquick brown fox jumps over the lazy dog\b", re.IGNORECASE)
MAX_SERVICE_CHARS = 1200  # a service message is a short block, never a story


def service_message(keywords: list[str], paragraphs: list[str]) -> str | None:
    """Why this teletype item is a service message (the dead letter's message), or None for news."""
    body = " ".join(paragraphs)
    if len(body) > MAX_SERVICE_CHARS:
        return None
    slug = next((k for k in keywords if k.strip().casefold() in _SERVICE_SLUGS), None)
    if slug:
        return f"agency service message ({slug.strip()}), not news"
    if _LINE_TEST.search(body):
        return "agency line test (teleprinter test pattern), not news"
    return None
