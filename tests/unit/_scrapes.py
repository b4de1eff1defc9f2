"""Shared by the place tests (test_tplc19, test_tplc20, test_tplc21): rows of an ANTARA scrape, each processed as one
item; a Reuters-21578 record by the name the reviews give it."""

from __future__ import annotations

import json
import re
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


def reuters_record(corpus: Path, name: str, resources: Any) -> dict[str, Any]:
    """Reuters-21578 record ``name`` ("reut2-000_44": record 44 of reut2-000.sgm, as the review names it), processed;
    skipped where the file is not in the corpus."""
    stem, index = name.rsplit("_", 1)
    path = corpus / "reuters21578" / f"{stem}.sgm"
    if not path.exists():
        pytest.skip(f"{path.name} not in the corpus")
    record = re.findall(rb"<REUTERS.*?</REUTERS>", path.read_bytes(), re.S)[int(index)]
    return process(RawItem(record, {}), resources, received_at="2026-01-01T00:00:00Z")[0].record
