"""Small ninjs JSON items for the worker tests (unit and integration): one story in its versions.

Why here: the agents' unit tests and the offline-vs-worker integration test drive the same sequences (copies,
updates, corrections, kills) and must build their items the same way.
"""

from __future__ import annotations

from typing import Any

import orjson

STORY = (
    "JAKARTA, May 3 (Antara) - Indonesia's central bank kept its benchmark rate unchanged on Wednesday, "
    "saying inflation remained within its target range while the rupiah held steady against the dollar."
)


def ninjs_item(uri: str, version: str, body: str, *, status: str = "usable", signal: str = "") -> bytes:
    """A ninjs text item (the parser reads uri, version, pubStatus and signals); ``status="canceled"`` is a kill."""
    item: dict[str, Any] = {
        "uri": uri,
        "version": version,
        "pubStatus": status,
        "headlines": [{"role": "main", "value": "Bank Indonesia holds its rate"}],
        "versionCreated": f"2024-05-0{version}T10:00:00Z",
        "language": "en",
        "bodies": [{"role": "main", "contentType": "text/plain", "value": body}],
        "type": "text",
    }
    if signal:
        item["signals"] = [signal]
    return orjson.dumps(item)
