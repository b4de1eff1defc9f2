"""An item near the size limit, through a worker whose consumer fetches 1 MB a partition (issue 17, session 17).

The worker fetches at most 1 MB a partition (``app.CONSUMER_FETCH_BYTES``, session 16: peak memory), while an
item may be up to ``WIREFEED_MAX_BYTES`` (5 MB). A broker (KIP-74) still returns a record batch larger than the
fetch size when it is the first in the partition, so the item must arrive whole and the small items behind it in
the same partition must follow: nothing stuck, nothing lost. The big item's text is seeded random words, so lz4
cannot shrink its batch below the fetch size (a repeated text would compress to a few kB and test nothing).
"""

from __future__ import annotations

import random
import string
from pathlib import Path
from typing import Any

import pytest

from streams.client import Outgoing, push
from streams.worker.app import CONSUMER_FETCH_BYTES
from tests.contract import validate_article
from tests.integration.conftest import WorkerHandle, read_topic, run

pytestmark = pytest.mark.integration


def _big_story(size: int) -> bytes:
    """Plain agency copy of ``size`` bytes: a headline, a dateline and paragraphs of seeded random words."""
    rng = random.Random(17)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(2, 11))) for _ in range(50_000)]
    head = "Markets steady as traders weigh data\n\nJAKARTA, Dec 7 (Reuters) - "
    parts: list[str] = [head]
    n = len(head)
    while n < size:
        para = " ".join(rng.choices(words, k=60)) + ".\n\n"
        parts.append(para)
        n += len(para)
    return "".join(parts).encode("ascii")[:size]


def _small_story(i: int) -> bytes:
    return (
        f"Bank holds rates number {i}\n\n"
        f"SINGAPORE, Dec 7 (Reuters) - The central bank kept its policy rate unchanged on Monday, item {i} said."
    ).encode()


def _outcome(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """filename → the record it became (an article or a dead letter: both are read, so a loss shows)."""
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        v = r["value"]
        ref = v.get("ext", {}).get("provenance", {}).get("rawRef") or v.get("origin") or {}
        if ref.get("filename"):
            out[ref["filename"]] = v
    return out


def test_an_item_near_the_limit_and_the_small_ones_behind_it(worker: WorkerHandle, tmp_path: Path) -> None:
    s = worker.settings
    size = s.max_bytes - 200_000  # under the 5 MB limit, well over the 1 MB fetch
    assert size > 3 * CONSUMER_FETCH_BYTES
    big = _big_story(size)
    key = b"one-partition"  # same key: the small items queue behind the big one in its partition
    items = [Outgoing(big, {"filename": "big.txt"}, key)]
    items += [Outgoing(_small_story(i), {"filename": f"small-{i}.txt"}, key) for i in range(5)]
    acked = run(push(s, items))  # raises if the broker refused any
    assert len({partition for partition, _offset in acked}) == 1

    names = {"big.txt"} | {f"small-{i}.txt" for i in range(5)}

    def seen() -> dict[str, dict[str, Any]]:
        arts = read_topic(s, s.topic_articles, until=lambda rs: len(rs) >= 5, timeout=180)
        dead = read_topic(s, s.topic_deadletter, until=lambda rs: True)
        return _outcome(arts) | _outcome(dead)

    got = seen()
    if set(got) != names:  # the big one may still be on its way
        got = seen()
    assert set(got) == names, (sorted(got), worker.log_tail())
    for i in range(5):
        validate_article(got[f"small-{i}.txt"], published=True)
    bigout = got["big.txt"]
    validate_article(bigout, published=True)  # under the limit: published whole, not a dead letter
    assert bigout["headlines"][0]["value"] == "Markets steady as traders weigh data"
    assert len(bigout["bodies"][0]["value"]) > 3 * CONSUMER_FETCH_BYTES  # the whole body, not one fetch's part
    assert worker.alive(), worker.log_tail()
