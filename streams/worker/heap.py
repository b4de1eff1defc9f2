"""glibc's heap in the worker: fewer arenas, and free pages given back on a timer.

Why (docs/benchmarks.md, "Session 16: the worker's peak memory"): during a backlog the worker's malloc heap
(objects over 512 bytes: record values, article texts, fetch responses) held 85-95 MB *free* beside 50-85 MB in
use, spread over the main arena and one arena per thread that allocates (the core's thread, Faust's consumer
thread). Free chunks inside a heap stay resident until ``malloc_trim`` hands their pages back (glibc only trims
the top of a heap by itself). :func:`configure` caps the arenas before the threads start (what
``MALLOC_ARENA_MAX`` would do, set by the worker itself so every launcher gets it); :func:`trim` runs on the
worker's timer. Elsewhere than glibc (musl, macOS) both do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from functools import lru_cache
from typing import Any

M_ARENA_MAX = -8  # mallopt parameter numbers, glibc's malloc.h
ARENA_MAX = 2  # the main arena and one more: the worker's threads mostly wait on the loop or the GIL
TRIM_INTERVAL_S = 1.0  # the worker's timer; a trim takes ~1 ms with ~100 MB free (docs/benchmarks.md)


@lru_cache(maxsize=1)
def _libc() -> Any:
    """glibc, or ``None`` where it is not the C library (no ``malloc_trim``)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim  # noqa: B018  (glibc only)
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


def trim() -> bool:
    """Give the free pages of every arena back to the system; ``True`` if some were."""
    libc = _libc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
