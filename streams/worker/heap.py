"""glibc's heap in the worker: two arenas, not one per thread.

Why (docs/benchmarks.md, "Session 16: the worker's peak memory"): during a backlog the worker's malloc heap
(objects over 512 bytes: record values, article texts, fetch responses) held 55-95 MB *free* beside 50-85 MB in
use, spread over the main arena and one arena per thread that allocates (the core's thread, Faust's consumer
thread). :func:`configure` caps the arenas before the threads start (what ``MALLOC_ARENA_MAX`` would do, set by
the worker itself so that every launcher gets it; an explicit ``MALLOC_ARENA_MAX`` wins). A ``malloc_trim`` every
second took the peak 19 MB lower again but cost ~1.5 % of the worker's CPU: measured, not kept. Elsewhere than
glibc (musl, macOS) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import lru_cache
from typing import Any

M_ARENA_MAX = -8  # mallopt's parameter number, glibc's malloc.h
ARENA_MAX = 2  # the main arena and one more: the worker's threads mostly wait on the loop or the GIL


@lru_cache(maxsize=1)
def _libc() -> Any:
    """glibc, or ``None`` where it is not the C library (no ``mallopt`` with glibc's parameters)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.gnu_get_libc_version  # noqa: B018  (glibc only)
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def configure(arenas: int = ARENA_MAX) -> bool:
    """Cap glibc's arenas at ``arenas`` unless ``MALLOC_ARENA_MAX`` says otherwise; ``True`` if set."""
    libc = _libc()
    if libc is None or os.environ.get("MALLOC_ARENA_MAX"):
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))
