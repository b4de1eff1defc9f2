"""The topic contracts (``schemas/*.schema.json``) as test helpers.

Call these on every record a test sees the pipeline produce::

    from tests.contract import validate_article, validate_deadletter, validate_duplicate

    for outcome in process(raw, resources):
        if outcome.kind == "article":
            validate_article(outcome.record)
        else:
            validate_deadletter(outcome.record)

Each ``validate_*`` raises :class:`ContractError` (an ``AssertionError``) listing every violation
as ``<json path>: <message>``; each ``*_errors`` returns that list instead. Validators are built once.
Schemas reference each other by ``$id``; all of them, and the vendored IPTC ninjs 3.0 schema, are
served from this checkout by a ``referencing.Registry`` (nothing is fetched). ``format`` is
asserted for ``date-time`` (RFC 3339) and ``uri`` (an absolute URI: a scheme and no whitespace)
without extra dependencies.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
NINJS_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json"
# The IPTC schema $refs GeoJSON for places[].geoJSON. We do not vendor GeoJSON's schema: a local
# stand-in asks for an object with a "type" member, which is all the pipeline relies on.
GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json"
GEOJSON_STUB = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": GEOJSON_ID,
    "type": "object",
    "required": ["type"],
    "properties": {"type": {"type": "string"}},
}
BASE = "https://wirefeed.invalid/schemas/"

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")


class ContractError(AssertionError):
    """A record that breaks its topic contract; ``errors`` holds one line per violation."""

    def __init__(self, what: str, errors: list[str], record: Any) -> None:
        self.errors = errors
        preview = json.dumps(record, ensure_ascii=False, default=str)[:600]
        super().__init__(f"{what} breaks its contract:\n  " + "\n  ".join(errors) + f"\nrecord: {preview}")


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        if not _RFC3339.match(value):
            return False
        dt.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T").replace(" ", "T"))
        return True

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI.match(value))

    return checker


def load(name: str) -> dict[str, Any]:
    """A schema file from ``schemas/`` by relative path (``article.schema.json``, ``vendor/...``)."""
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def schema_files() -> list[Path]:
    """Every schema of ours (not the vendored one, not the examples)."""
    return sorted(SCHEMAS.glob("*.schema.json"))


@cache
def registry() -> Registry:
    resources = [
        (NINJS_ID, DRAFT202012.create_resource(load("vendor/ninjs-schema_3.0.json"))),
        (GEOJSON_ID, DRAFT202012.create_resource(GEOJSON_STUB)),
    ]
    for path in schema_files():
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    """The cached validator for ``schemas/<name>`` (``article.schema.json``, ``vendor/...``), or for a
    definition inside one (``article.schema.json#/$defs/published``)."""
    if "#" in name:
        contents: Any = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": BASE + name}
    else:
        contents = load(name)
    return Draft202012Validator(contents, registry=registry(), format_checker=_format_checker())


def _path(error: Any) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)


def errors(name: str, instance: Any) -> list[str]:
    """Every violation of ``schemas/<name>`` by ``instance`` as ``<path>: <message>`` (empty: valid)."""
    out = []
    for error in sorted(validator(name).iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        # for anyOf/oneOf failures the most relevant sub-error says more than "not valid under any"
        detail = best_match(error.context) if error.context else error
        message = error.message if detail is error else f"{error.message[:160]} [{detail.message[:200]}]"
        out.append(f"{_path(error)}: {message}")
    return out


def _check(name: str, what: str, instance: Any) -> None:
    found = errors(name, instance)
    if found:
        raise ContractError(what, found, instance)


def article_errors(article: Mapping[str, Any]) -> list[str]:
    return errors("article.schema.json", article)


def deadletter_errors(record: Mapping[str, Any]) -> list[str]:
    return errors("deadletter.schema.json", record)


def duplicate_errors(record: Mapping[str, Any]) -> list[str]:
    return errors("duplicate.schema.json", record)


def published_article_errors(article: Mapping[str, Any]) -> list[str]:
    return errors("article.schema.json#/$defs/published", article)


def validate_article(article: Mapping[str, Any], *, published: bool = False) -> None:
    """Assert that ``article`` is a valid article (ninjs 3.0 + ext), as the pipeline makes it.

    ``published=True``: as it leaves the dedupe stage for wire.articles (``ext.dedupe`` required).
    """
    name = "article.schema.json#/$defs/published" if published else "article.schema.json"
    _check(name, f"article {article.get('uri')!r}", article)


def event_errors(record: Mapping[str, Any]) -> list[str]:
    return errors("event.schema.json", record)


def validate_event(record: Mapping[str, Any]) -> None:
    """Assert that ``record`` is a valid wire.events record (an event/planning article)."""
    _check("event.schema.json", f"event {record.get('uri')!r}", record)


def validate_kill(record: Mapping[str, Any]) -> None:
    """Assert that ``record`` is a valid kill record (dedupe's companion to a tombstone article)."""
    _check("kill.schema.json", f"kill record {record.get('uri')!r}", record)


def validate_deadletter(record: Mapping[str, Any]) -> None:
    """Assert that ``record`` is a valid wire.deadletter record."""
    _check("deadletter.schema.json", "dead-letter record", record)


def validate_duplicate(record: Mapping[str, Any]) -> None:
    """Assert that ``record`` is a valid wire.duplicates record."""
    _check("duplicate.schema.json", f"duplicate record {record.get('uri')!r}", record)


def validate_raw_headers(headers: Mapping[str, str]) -> None:
    """Assert that ``headers`` are valid wire.raw headers (raw-envelope.schema.json)."""
    _check("raw-envelope.schema.json", "wire.raw headers", dict(headers))


def validate_outcome(kind: str, record: Mapping[str, Any]) -> None:
    """Validate a :class:`streams.core.pipeline.Outcome`'s record by its kind."""
    if kind == "article":
        validate_article(record)
        if record.get("type") in ("event", "planning"):
            validate_event(record)
    elif kind == "deadletter":
        validate_deadletter(record)
    else:
        raise AssertionError(f"unknown outcome kind {kind!r}")
