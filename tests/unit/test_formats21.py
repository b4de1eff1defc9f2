"""Formats and assembly, session 21 (issue #15, branch me21): each class pinned on the real corpus items that
showed it (skipped when the shared corpus is absent) and on small inputs written for the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from streams.core.formats import registry, xmlmap
from streams.core.model import ParsedItem, RawItem
from streams.core.pipeline import process

SD = "superdesk-core-fixtures"


def _parse(corpus: Path, name: str) -> list[ParsedItem]:
    path = corpus / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    payload = path.read_bytes()
    return registry.select(payload, {}).parse(payload, {})


def _outcomes(corpus: Path, name: str, resources: object) -> list[Any]:
    path = corpus / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    return process(RawItem(path.read_bytes(), {}), resources, received_at="2026-01-01T00:00:00Z")  # type: ignore[arg-type]


def _articles(corpus: Path, name: str, resources: object) -> list[dict[str, Any]]:
    return [o.record for o in _outcomes(corpus, name, resources) if o.kind == "article"]


# --- 6 ‡: a note the provider marks private never reaches a public field -----------------------------------


def test_private_note_roles() -> None:
    assert xmlmap.is_private_note("sttnote:private")
    assert xmlmap.is_private_note("dpaednoterole:dpacontacts", "dpapconstraint:nonpublic")
    assert not xmlmap.is_private_note("sttnote:public")
    assert not xmlmap.is_private_note("dpaednoterole:editorialnote", None)
    assert not xmlmap.is_private_note(None)


@pytest.mark.parametrize(
    ("name", "private"),
    [
        ("stt_newsml_note_test.xml", "väliotsikon"),
        ("stt_newsml_test.xml", "complemented throughout"),
        ("stt1.xml", "lopusta"),
        ("stt_newsml_no_truncated_text_test.xml", "Kolmas ja viimeinen"),
        ("dpa.xml", "reichardt.patrick"),
    ],
)
def test_private_ednote_never_published(corpus: Path, name: str, private: str) -> None:
    """STT's ``sttnote:private`` (a desk's correction instruction) and dpa's nonpublic contacts stay out of
    ``edNote``; STT's public correction note stays."""
    for item in _parse(corpus, f"{SD}/{name}"):
        assert private not in (item.ed_note or ""), item.ed_note
    if name == "stt_newsml_note_test.xml":
        assert (item.ed_note or "").startswith("Korjattu aiempaa uutista")
