"""JSON plumbing shared by the JSON parsers: safe loading, key sniffing on a truncated head, and
coercion of loosely typed values (a feed may send a number where a string belongs).

Loading goes through orjson, which refuses nesting deeper than 1024 levels with an error instead of
recursing; that error, like any syntax error, becomes ``ParseError(MALFORMED_JSON)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import orjson

from streams.core import reasons
from streams.core.text import decode
from streams.errors import ParseError

# tokens of a JSON text, enough to follow nesting: a string (a key when a colon follows) or a bracket.
# Possessive quantifiers: a string is scanned once, never re-tried as a shorter string.
_TOKENS = re.compile(rb'"([^"\\]*+(?:\\.[^"\\]*+)*+)"(\s*:)?|[{}\[\]]')


def loads(payload: bytes) -> Any:
    """Parse a JSON payload (any supported text encoding, BOM tolerated) or raise MALFORMED_JSON."""
    try:
        text = decode(payload)
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ParseError(reasons.MALFORMED_JSON, f"invalid JSON: {exc}") from None


def head_keys(head: bytes) -> tuple[str, tuple[tuple[int, str], ...]]:
    """The JSON kind of ``head`` (``"{"``, ``"["`` or ``""``) and every object key seen in it, with its
    nesting depth (1 = keys of the top-level object; 2 = keys of the objects in a top-level array).

    Works on a truncated prefix, so sniffers can look at shape without parsing the whole payload.
    """
    if _last_head and _last_head[0][0] is head:  # the JSON sniffers look at the same head in turn
        return _last_head[0][1]
    answer = _head_keys(head)
    _last_head[:] = [(head, answer)]
    return answer


_last_head: list[tuple[bytes, tuple[str, tuple[tuple[int, str], ...]]]] = []


def _head_keys(head: bytes) -> tuple[str, tuple[tuple[int, str], ...]]:
    head = head.lstrip()
    if not head.startswith((b"{", b"[")):
        return "", ()
    kind = head[:1].decode()
    if b"\\\n" in head:  # an escape the token pattern refuses (its "." stops at a newline): the pattern decides
        return kind, _tokens_keys(head)
    return kind, _quote_keys(head)


def _tokens_keys(head: bytes) -> tuple[tuple[int, str], ...]:
    """The keys by the token pattern: the reference for :func:`_quote_keys`, and its fallback."""
    keys: list[tuple[int, str]] = []
    depth = 0
    for match in _TOKENS.finditer(head):
        if match.group(2) is not None:
            keys.append((depth, match.group(1).decode("utf-8", "replace")))
            continue
        first = match.group(0)[:1]
        if first in (b"{", b"["):
            depth += 1
        elif first in (b"}", b"]"):
            depth -= 1
            if depth <= 0:
                break
    return tuple(keys)


# every byte but the four brackets, deleted by bytes.translate
_NOT_BRACKETS = bytes(c for c in range(256) if c not in b"{}[]")


def _quote_keys(head: bytes) -> tuple[tuple[int, str], ...]:
    """What :func:`_tokens_keys` finds, from the text cut at its quotes (2-3x faster: the pattern's
    ``[^"\\\\]`` class costs ~12 ns a character inside long string values, ``split`` ~0.1).

    Parts alternate outside/inside strings; a quote after an odd run of backslashes inside a string is
    escaped and joins two parts. A string without its closing quote is no token: the pattern then looks
    for brackets in what follows, and so does this (no other string can close there either).
    """
    parts = head.split(b'"')
    last = len(parts) - 1
    keys: list[tuple[int, str]] = []
    depth = 0
    outside = parts[0]
    at = 0  # parts[at] is outside strings
    while True:
        for bracket in outside.translate(None, _NOT_BRACKETS):
            if bracket == 123 or bracket == 91:  # { [
                depth += 1
            else:
                depth -= 1
                if depth <= 0:
                    return tuple(keys)
        if at >= last:
            return tuple(keys)
        end = at + 1  # the string is parts[at + 1 : end + 1]
        while end < last and parts[end][-1:] == b"\\" and (len(parts[end]) - len(parts[end].rstrip(b"\\"))) % 2:
            end += 1
        if end >= last:  # no closing quote
            outside = b'"'.join(parts[at + 1 :])
            at = last
            continue
        if parts[end + 1].lstrip()[:1] == b":":
            text = parts[end] if end == at + 1 else b'"'.join(parts[at + 1 : end + 1])
            keys.append((depth, text.decode("utf-8", "replace")))
        at = end + 1
        outside = parts[at]


def as_str(value: Any) -> str | None:
    """A string field: strings as they are, numbers as text, anything else (lists, objects) ignored."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    return None


def as_text(value: Any, sep: str = "; ") -> str | None:
    """Like :func:`as_str`, but a list of strings is joined (e.g. AP ``usageterms``)."""
    if isinstance(value, list):
        parts = [s for s in (as_str(v) for v in value) if s and s.strip()]
        return sep.join(parts) if parts else None
    return as_str(value)


def as_int(value: Any) -> int | None:
    """An integer field given as a number or numeric string."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("+-").isdigit():
        return int(value.strip())
    return None


def as_dicts(value: Any) -> list[Mapping[str, Any]]:
    """A list of objects; a single object counts as a one-item list, non-objects are dropped.

    Decoded JSON holds plain dicts: checking ``dict`` first skips the slower ``Mapping`` ABC check."""
    if value is None:
        return []
    if type(value) is dict or isinstance(value, Mapping):
        return [value]
    if isinstance(value, list):
        return [v for v in value if type(v) is dict or isinstance(v, Mapping)]
    return []


def as_strs(value: Any) -> list[str]:
    """A list of strings (a single string counts as a one-item list)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [s for s in (as_str(v) for v in value) if s and s.strip()]
    return []


def first(mapping: Mapping[str, Any], names: Iterable[str]) -> Any:
    """The value of the first of ``names`` present (and not null) in ``mapping``."""
    for name in names:
        value = mapping.get(name)
        if value is not None:
            return value
    return None
