"""The dedupe stage of the worker: Faust tables behind the pure dedupe decision.

Interim: exact content-hash duplicates only (the pure decision module replaces this).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import orjson

from streams.metrics import Metrics

if TYPE_CHECKING:
    from streams.agents import Sender
    from streams.app import Wiring


class DedupeStage:
    def __init__(self, wiring: Wiring, metrics: Metrics) -> None:
        self.w = wiring
        self.metrics = metrics
        self.hashes = wiring.tables["hashes"]

    def key(self, article: dict[str, Any]) -> bytes:
        return str(article["ext"]["contentHash"]).encode()

    async def run_batch(self, articles: list[dict[str, Any]], sender: Sender) -> None:
        from streams.agents import origin_headers

        pending = []
        writes: dict[bytes, Any] = {}
        published = []
        for article in articles:
            h = article["ext"]["contentHash"].encode()
            stored = self.hashes.get(h)
            seen = writes.get(h) or (orjson.loads(stored) if stored else None)
            hdrs = origin_headers(article["ext"]["provenance"]["rawRef"])
            if seen:
                rec = {"uri": article["uri"], "duplicateOf": seen["uri"], "contentHash": h.decode(),
                       "provenance": article["ext"]["provenance"], "kind": "exact"}
                value = orjson.dumps(rec)
                pending.append((self.w.duplicates, await sender.send(self.w.duplicates, None, value, hdrs),
                                None, value, hdrs))
                self.metrics.duplicate("exact")
                continue
            article["ext"]["dedupe"] = {"status": "new"}
            writes[h] = {"uri": article["uri"], "seenAt": time.time()}
            value = orjson.dumps(article)
            key = article["uri"].encode()
            pending.append((self.w.articles, await sender.send(self.w.articles, key, value, hdrs), key, value, hdrs))
            published.append(article)
        await sender.confirm(pending)
        now = time.time()
        for article in published:
            self.metrics.published(article.get("language"), self.w.settings.topic_articles)
            ts = article["ext"]["provenance"]["rawRef"].get("timestampMs")
            if ts:
                self.metrics.end_to_end(max(now - ts / 1000.0, 0.0))
        for h, v in writes.items():
            self.hashes[h] = orjson.dumps(v)

    def report_state_size(self) -> None:
        self.metrics.set_state_entries("hashes", len(self.hashes))
