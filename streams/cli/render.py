"""One readable line per output record (``tail --format summary``, ``wirefeed demo``).

Articles show what an editor scans for: type, language, headline, where, who, which countries and the
dedupe verdict. Duplicate and dead-letter records say what happened to the item and why.
"""

from __future__ import annotations

from typing import Any

HEADLINE_CHARS = 70


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def headline(article: dict[str, Any]) -> str:
    """The first headline, else the first description, else the start of the body."""
    for field in ("headlines", "descriptions", "bodies"):
        for entry in article.get(field) or ():
            if isinstance(entry, dict) and entry.get("value"):
                return str(entry["value"])
    return ""


def summary_line(record: Any) -> str:
    """One line for any record of the output topics (article, duplicate, dead letter, kill)."""
    if not isinstance(record, dict):
        return f"(not JSON) {_clip(str(record), 100)}"
    if set(record) == {"raw"}:  # not JSON (e.g. wire.raw): the start of the text
        return f"raw          {_clip(str(record['raw']), 100)!r}"
    if "error" in record and isinstance(record["error"], dict):
        err = record["error"]
        origin = record.get("origin") or {}
        where = origin.get("filename") or f"{origin.get('topic')}[{origin.get('partition')}]@{origin.get('offset')}"
        return f"dead letter  {err.get('reason')}: {_clip(str(err.get('message', '')), 80)}  ({where})"
    if "duplicateOf" in record:
        return f"duplicate    {record.get('kind')} of {record.get('duplicateOf')}  ({record.get('uri')})"
    ext = record.get("ext") or {}
    people = ", ".join(p.get("name", "") for p in (record.get("people") or [])[:3] if isinstance(p, dict))
    more = len(record.get("people") or []) - 3
    if more > 0:
        people += f" +{more}"
    countries = ",".join(ext.get("countries") or [])
    status = (ext.get("dedupe") or {}).get("status", "-")
    title = _clip(headline(record), HEADLINE_CHARS)
    return (
        f"{record.get('type', '?'):<5} {record.get('language') or '--':<5} {title!r}"
        f"  located={record.get('located') or '-'}  people=[{people}]  countries=[{countries}]  dedupe={status}"
    )
