"""Shared by the place tests (test_tplc19, test_tplc20): rows of an ANTARA scrape, each processed as one item."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from streams.core.model import RawItem
from streams.core.pipeline import process


def processed_rows(
    corpus: Path, relative: str, resources: Any, keep: Callable[[dict[str, Any]], bool]
) -> list[dict[str, Any]]:
    """The records of the rows of ``relative`` (a JSON list, or an object holding one) that ``keep`` accepts, each
    row processed alone as the review draws it; skipped where the scrape is not in the corpus."""
    path = corpus / relative
    if not path.exists():
        pytest.skip(f"{relative} not in the corpus")
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    rows = data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
    out: list[dict[str, Any]] = []
    for row in rows:
        if keep(row):
            raw = RawItem(json.dumps(row, ensure_ascii=False).encode(), {})
            out.extend(o.record for o in process(raw, resources, received_at="2026-01-01T00:00:00Z"))
    return out
