"""The topic contracts in ``schemas/``: well-formed, examples valid, vendored IPTC schema intact,
and every record the pipeline makes from the shared corpus valid (see ``tests/contract.py``)."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import zlib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from streams.core import reasons
from streams.core.formats import registry as formats
from streams.core.model import Origin, RawItem
from streams.core.pipeline import Outcome, process
from tests import contract
from tests.conftest import CORPUS

SCHEMAS = contract.SCHEMAS
VENDORED = SCHEMAS / "vendor" / "ninjs-schema_3.0.json"
EXAMPLES = SCHEMAS / "examples"
RECEIVED_AT = "2025-05-20T03:15:00Z"


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# --- the schemas themselves ---------------------------------------------------------------------


@pytest.mark.parametrize("path", [*contract.schema_files(), VENDORED], ids=lambda p: p.name)
def test_schema_is_valid_draft_2020_12(path: Path) -> None:
    schema = _json(path)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", contract.schema_files(), ids=lambda p: p.name)
def test_every_ref_resolves(path: Path) -> None:
    """Every $ref in our schemas points at something the registry serves (no network)."""
    schema = _json(path)
    resolver = contract.registry().resolver(base_uri=schema["$id"])

    def refs(node: Any):
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                yield node["$ref"]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for ref in refs(schema):
        resolver.lookup(ref)


def test_vendored_ninjs_schema_is_unmodified() -> None:
    readme = (SCHEMAS / "vendor" / "README.md").read_text(encoding="utf-8")
    recorded = re.search(r"^sha256: ([0-9a-f]{64})  ninjs-schema_3\.0\.json$", readme, re.MULTILINE)
    assert recorded, "schemas/vendor/README.md must record 'sha256: <hex>  ninjs-schema_3.0.json'"
    assert hashlib.sha256(VENDORED.read_bytes()).hexdigest() == recorded.group(1)
    schema = _json(VENDORED)
    assert schema["$id"] == contract.NINJS_ID + "#"


def test_deadletter_reasons_are_exactly_the_stable_codes() -> None:
    enum = contract.load("deadletter.schema.json")["properties"]["error"]["properties"]["reason"]["enum"]
    assert tuple(enum) == reasons.ALL


def test_registered_parser_names_fit_the_format_header() -> None:
    pattern = re.compile(contract.load("raw-envelope.schema.json")["properties"]["format"]["pattern"])
    for parser in formats.parsers():
        assert pattern.match(parser.name), parser.name


# --- how the extension works ---------------------------------------------------------------------


def _article() -> dict[str, Any]:
    return _json(EXAMPLES / "article.example.json")


def test_stock_ninjs_schema_rejects_ext() -> None:
    """Why we need an extension schema: IPTC's root schema closes the top level."""
    errors = contract.errors("vendor/ninjs-schema_3.0.json", _article())
    assert errors and all("'ext' was unexpected" in e for e in errors), errors


def test_article_without_ext_is_valid_ninjs() -> None:
    article = _article()
    del article["ext"]
    assert contract.errors("vendor/ninjs-schema_3.0.json", article) == []


def test_ninjs_type_does_not_close_itself() -> None:
    """The article schema builds on $defs/ninjsType, which (unlike the root) has no
    unevaluatedProperties:false of its own. If an IPTC upgrade changes that, 'ext' breaks here first."""
    assert "unevaluatedProperties" not in _json(VENDORED)["$defs"]["ninjsType"]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda a: a.update(extra=1), "'extra' was unexpected"),
        (lambda a: a.update(headline="x"), "'headline' was unexpected"),
        (lambda a: a.pop("ext"), "'ext' is a required property"),
        (lambda a: a.pop("versionCreated"), "'versionCreated' is a required property"),
        (lambda a: a["ext"].pop("contentHash"), "'contentHash' is a required property"),
        (lambda a: a["ext"]["provenance"].pop("rawRef"), "'rawRef' is a required property"),
        (lambda a: a["ext"].update(contentHash="sha256:XYZ"), "does not match"),
        (lambda a: a["ext"].update(countries=["IDN"]), "does not match"),
        (lambda a: a["ext"].update(dedupe={"status": "duplicate", "storyId": "s"}), "is not one of"),
        (lambda a: a["ext"]["dedupe"].pop("storyId"), "'storyId' is a required property"),
        (lambda a: a["ext"].update(contributors=[{"name": "X"}]), "'role' is a required property"),
        (lambda a: a["ext"].update(enrichment={"readChars": 10}), "'storyChars' is a required property"),
        (lambda a: a.update(urgency=0), "less than the minimum"),
        (lambda a: a.update(pubStatus="killed"), "is not one of"),
        (lambda a: a.update(type="photo"), "is not one of"),
        (lambda a: a.update(versionCreated="20 May 2025"), "is not a 'date-time'"),
        (lambda a: a.update(firstCreated="2025-05-20T10:15:00+07:00"), "does not match"),
        (lambda a: a.update(uri="not a uri"), "does not match"),
        (lambda a: a.update(headlines=[{"value": "x", "lang": "en"}]), "'lang' was unexpected"),
        (lambda a: a.update(subjects=[{"name": "x", "uri": "no scheme"}]), "is not a 'uri'"),
    ],
)
def test_article_contract_rejects(mutate, expected: str) -> None:
    article = copy.deepcopy(_article())
    mutate(article)
    errors = contract.article_errors(article)
    assert any(expected in e for e in errors), errors
    with pytest.raises(contract.ContractError):
        contract.validate_article(article)


def test_article_contract_accepts_ninjs_and_ext_members() -> None:
    article = _article()
    article.update(
        language="id",
        urgency=3,
        headlines=[{"role": "main", "value": "Judul"}],
        subjects=[{"name": "economy", "uri": "http://cv.iptc.org/newscodes/mediatopic/04000000"}],
        places=[{"name": "Surabaya", "geoJSON": {"type": "Point", "coordinates": [112.75, -7.25]}}],
    )
    article["ext"].update(
        dedupe={"status": "update", "previousVersion": "1", "storyId": "s1"},
        dateline={"text": "SURABAYA (Example) -", "city": "Surabaya", "country": "ID", "source": "Example"},
        contributors=[{"role": "editor", "name": "A. Editor"}],
        countries=["ID"],
        keywords=["port"],
        dates=[{"text": "Monday", "date": "2025-05-19"}],
        quotes=[{"text": "...", "speaker": None}],
        languageConfidence=0.98,
        readingTimeSeconds=20,
        enrichment={"readChars": 119_000, "storyChars": 1_048_000},
        routes=["wire.articles.id"],
        source={"any": [1]},
        futureField={"allowed": True},
    )
    contract.validate_article(article)


def test_deadletter_needs_exactly_one_of_payload_and_ref() -> None:
    record = _json(EXAMPLES / "deadletter.example.json")
    contract.validate_deadletter(record)
    both = {**record, "payloadRef": record["origin"]}
    neither = {k: v for k, v in record.items() if k != "payload"}
    assert contract.deadletter_errors(both)
    assert contract.deadletter_errors(neither)
    assert contract.deadletter_errors({**record, "error": {"reason": "oops", "message": ""}})


# --- examples --------------------------------------------------------------------------------------


EXAMPLE_SCHEMA = {
    "article": "article.schema.json",
    "deadletter": "deadletter.schema.json",
    "duplicate": "duplicate.schema.json",
    "raw-envelope": "raw-envelope.schema.json",
    "kill-article": "article.schema.json#/$defs/published",
}


def test_every_schema_has_an_example() -> None:
    names = {p.name.removesuffix(".schema.json") for p in contract.schema_files()} - {"common"}
    assert names <= {p.name.removesuffix(".example.json") for p in EXAMPLES.glob("*.example.json")}


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.example.json")), ids=lambda p: p.name)
def test_example_is_valid(path: Path) -> None:
    name = path.name.removesuffix(".example.json")
    schema = EXAMPLE_SCHEMA.get(name, f"{name}.schema.json")
    assert contract.errors(schema, _json(path)) == []


def test_kill_examples_are_a_kill() -> None:
    tombstone = _json(EXAMPLES / "kill-article.example.json")
    assert tombstone["pubStatus"] == "canceled"
    assert tombstone["ext"]["dedupe"]["status"] == "kill"
    record = _json(EXAMPLES / "kill.example.json")
    assert record["kind"] == "kill" and record["uri"] == tombstone["uri"]
    contract.validate_kill(record)


def test_published_article_needs_dedupe() -> None:
    article = _article()
    contract.validate_article(article, published=True)
    del article["ext"]["dedupe"]
    contract.validate_article(article)
    assert any("'dedupe' is a required property" in e for e in contract.published_article_errors(article))


def test_duplicate_contract() -> None:
    record = _json(EXAMPLES / "duplicate.example.json")
    contract.validate_duplicate(record)
    assert contract.duplicate_errors({**record, "kind": "near"})
    assert contract.duplicate_errors({**record, "kind": "stale_version"})  # needs currentVersion
    contract.validate_duplicate({**record, "kind": "stale_version", "currentVersion": "3"})
    assert contract.duplicate_errors({k: v for k, v in record.items() if k != "provenance"})


# --- IPTC's own ninjs 3.0 examples against the vendored schema -----------------------------------


def _iptc_examples() -> list[Path]:
    folder = CORPUS / "iptc-ninjs" / "3.0"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


@pytest.mark.parametrize("path", _iptc_examples(), ids=lambda p: p.name)
def test_iptc_ninjs_3_0_example_validates_against_vendored_schema(corpus: Path, path: Path) -> None:
    assert contract.errors("vendor/ninjs-schema_3.0.json", _json(path)) == []


def test_iptc_ninjs_3_0_examples_present(corpus: Path) -> None:
    assert len(_iptc_examples()) >= 15


# --- every corpus file through the real pipeline --------------------------------------------------


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file())


@cache
def _resources():
    from streams.core.enrich import load_resources

    return load_resources()


@cache
def _outcomes(rel: str) -> tuple[Outcome, ...]:
    path = CORPUS / rel
    headers = {"filename": path.name, "received-at": RECEIVED_AT}
    origin = Origin("wire.raw", 0, zlib.crc32(rel.encode()), 1747710900000, rel)
    return tuple(process(RawItem(path.read_bytes(), headers, origin), _resources()))


CORPUS_FILES = [str(p.relative_to(CORPUS)) for p in _corpus_files()]


@pytest.mark.parametrize("rel", CORPUS_FILES or ["(no corpus)"])
def test_corpus_file_outcomes_meet_the_contracts(corpus: Path, rel: str) -> None:
    outcomes = _outcomes(rel)
    assert outcomes, "process() must yield at least one outcome"
    problems = []
    for i, outcome in enumerate(outcomes):
        found = (
            contract.article_errors(outcome.record)
            if outcome.kind == "article"
            else contract.deadletter_errors(outcome.record)
        )
        problems += [f"outcome {i} ({outcome.kind}) {e}" for e in found]
    if problems:
        shown = problems[:25] + ([f"... and {len(problems) - 25} more"] if len(problems) > 25 else [])
        pytest.fail(
            f"{rel}: {len(problems)} contract violation(s) in {len(outcomes)} outcome(s):\n  " + "\n  ".join(shown),
            pytrace=False,
        )


@pytest.mark.parametrize("rel", CORPUS_FILES or ["(no corpus)"])
def test_corpus_file_raises_no_internal_error(corpus: Path, rel: str) -> None:
    """internal_error is a valid dead letter but always a bug in a parser or stage."""
    bugs = [
        o.record["error"]["message"]
        for o in _outcomes(rel)
        if o.kind == "deadletter" and o.record["error"]["reason"] == reasons.INTERNAL_ERROR
    ]
    if bugs:
        pytest.fail(f"{rel}: {len(bugs)} internal_error dead letter(s): {bugs[:3]}", pytrace=False)


def test_corpus_through_dedupe_meets_the_contracts(corpus: Path) -> None:
    """Every corpus article through the dedupe stage, in file order: the published articles (with
    ext.dedupe), the duplicate records and the kill records all meet their contracts."""
    from streams.core.plan import BatchDeduper

    deduper = BatchDeduper(clock=lambda: 1747710900.0)
    problems: list[str] = []
    seen: dict[str, int] = {}
    for rel in CORPUS_FILES:
        for outcome in _outcomes(rel):
            if outcome.kind != "article":
                continue
            decision = deduper.admit(copy.deepcopy(outcome.record))
            seen[decision.status] = seen.get(decision.status, 0) + 1
            found = []
            if decision.publish:
                found += contract.published_article_errors(decision.article)
            if decision.record_kind == "duplicate":
                found += contract.duplicate_errors(decision.record)
            elif decision.record_kind == "kill":
                found += contract.errors("kill.schema.json", decision.record)
            problems += [f"{rel} ({decision.status}) {e}" for e in found]
    assert seen.get("new"), seen
    if problems:
        pytest.fail(
            f"{len(problems)} contract violation(s) after dedupe ({seen}):\n  " + "\n  ".join(problems[:40]),
            pytrace=False,
        )
