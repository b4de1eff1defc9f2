"""Bounded memo tables for context-free answers the enrichers give again and again (place verdicts,
entity tests, character folds): wire copy repeats its names, so most answers recur within minutes."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(table: dict[K, V], key: K, value: V, limit: int) -> V:
    """Store ``value`` under ``key`` and return it; a table at ``limit`` entries is emptied first (what
    recurs comes back at once, so no eviction order is worth its per-call cost)."""
    if len(table) >= limit:
        table.clear()
    table[key] = value
    return value
