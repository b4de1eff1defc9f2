"""The enrichment resources' memory moved to 2 MB pages (Linux), so that a cold walk of the gazetteer or the
entity tables misses in the TLB far less.

Why: item by item, each enricher finds its tables evicted by the ~20 stages before it (docs/benchmarks.md,
session 12: "the cold caches are the largest single cost"). The resources are ~230 MB of Python objects and
automaton nodes in three anonymous mappings; a walk touches a few hundred of their 4 KB pages at random, and
on this project's machines (virtual machines: a TLB miss walks two page tables) those misses are a large part
of the cold cost. The kernel's ``MADV_COLLAPSE`` (Linux 6.1+) copies a 2 MB range's 4 KB pages into one huge
page in place: one TLB entry then covers 512 pages. Nothing the process computes changes; only where the bytes
sit.

What it costs in memory: a collapse fills its 2 MB range whole, so a page the process never touched (or gave
back) becomes resident. Hence only the 2 MB ranges with at least :data:`MIN_PRESENT` of their 512 pages in
memory are collapsed (``/proc/self/pagemap`` says which): the resources' own ranges are dense (504 of 512:
each 1 MB pymalloc arena leaves its unaligned pool untouched), a thread's stack or a mapping the process
touched in part is not. Giving malloc's free memory back first (``malloc_trim``) was tried and left out: the
heap then is sparse and is not collapsed, and the worker's peak RSS did not move (docs/benchmarks.md, session 14).

Best effort: on another system, an older kernel or with transparent huge pages off, ``madvise`` fails and
nothing happens. The collapse costs ~0.5 s of CPU for the resources, so :func:`collapse_soon` runs it on a
thread (the call leaves the GIL), a second after the resources are loaded: the worker's start to ready does
not wait for it.
"""

from __future__ import annotations

import ctypes
import os
import struct
import sys
import threading
from collections.abc import Iterable, Sequence

MADV_COLLAPSE = 25  # linux/mman.h (6.1+)
PAGE = 4096
HUGE_PAGE = 2 << 20
PAGES = HUGE_PAGE // PAGE  # 4 KB pages in a huge page
MIN_PRESENT = PAGES - 16  # pages of a 2 MB range in memory, else it is left: a collapse fills at most 64 KB a range
MIN_RESIDENT = 0.25  # of a mapping's bytes, else its pages are not even looked at (a thread's stack)
MIN_SIZE = 2 * HUGE_PAGE  # smaller mappings are not worth a system call

DELAY_S = 1.0  # before the collapse: a one-file CLI run ends first and pays nothing

_pending: list[threading.Thread] = []
_now = threading.Event()  # set by :func:`wait`: no delay


def regions(smaps: Iterable[str]) -> list[tuple[int, int]]:
    """``(start, length)`` of each 2 MB-aligned span worth looking at, from the lines of ``/proc/self/smaps``:
    private anonymous (or ``[heap]``) read-write mappings of at least :data:`MIN_SIZE`, resident to at
    least :data:`MIN_RESIDENT`."""
    found: list[tuple[int, int]] = []
    mapping: tuple[int, int] | None = None
    for line in smaps:
        fields = line.split()
        if not fields:
            continue
        if fields[0] == "Rss:" and mapping is not None:
            lo, hi = mapping
            mapping = None
            start, end = -(-lo // HUGE_PAGE) * HUGE_PAGE, hi // HUGE_PAGE * HUGE_PAGE
            if int(fields[1]) * 1024 >= MIN_RESIDENT * (hi - lo) and end - start >= HUGE_PAGE:
                found.append((start, end - start))
        elif "-" in fields[0] and not fields[0].endswith(":") and len(fields) >= 5:
            path = fields[5] if len(fields) > 5 else ""
            lo, hi = (int(part, 16) for part in fields[0].split("-", 1))
            private_rw = fields[1].startswith("rw") and fields[1].endswith("p")
            mapping = (lo, hi) if private_rw and path in ("", "[heap]") and hi - lo >= MIN_SIZE else None
    return found


def present(spans: Iterable[tuple[int, int]], pagemap: str = "/proc/self/pagemap") -> list[int]:
    """How many of its 512 pages each 2 MB range of ``spans`` has in memory, in order (bit 63 of a page's
    ``/proc/self/pagemap`` entry, which an unprivileged process may read)."""
    counts: list[int] = []
    fd = os.open(pagemap, os.O_RDONLY)
    try:
        for start, length in spans:
            raw = os.pread(fd, length // PAGE * 8, start // PAGE * 8)
            entries = struct.unpack(f"{len(raw) // 8}Q", raw)
            counts += [sum(e >> 63 for e in entries[i : i + PAGES]) for i in range(0, len(entries), PAGES)]
    finally:
        os.close(fd)
    return counts


def dense(spans: Iterable[tuple[int, int]], counts: Sequence[int]) -> list[tuple[int, int]]:
    """The 2 MB ranges of ``spans`` whose count (``counts``: one a range, in order, as :func:`present` gives)
    is at least :data:`MIN_PRESENT`, adjacent ones merged into one span."""
    found: list[tuple[int, int]] = []
    ranges = (lo for start, length in spans for lo in range(start, start + length, HUGE_PAGE))
    for lo, count in zip(ranges, counts, strict=False):
        if count < MIN_PRESENT:
            continue
        if found and sum(found[-1]) == lo:
            found[-1] = (found[-1][0], found[-1][1] + HUGE_PAGE)
        else:
            found.append((lo, HUGE_PAGE))
    return found


def collapse() -> int:
    """Collapse the process's dense anonymous 2 MB ranges into huge pages; the bytes the kernel accepted (0
    where it cannot: not Linux, an older kernel, huge pages off)."""
    if sys.platform != "linux":
        return 0
    try:
        madvise = ctypes.CDLL(None, use_errno=True).madvise
        with open("/proc/self/smaps", encoding="ascii", errors="replace") as smaps:
            spans = regions(smaps)
        spans = dense(spans, present(spans))
    except (OSError, AttributeError, struct.error):
        return 0
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    madvise.restype = ctypes.c_int
    return sum(length for start, length in spans if madvise(start, length, MADV_COLLAPSE) == 0)


def collapse_soon(delay: float = DELAY_S) -> None:
    """:func:`collapse` on a daemon thread (one at a time), after ``delay`` seconds: the caller goes on while
    the kernel copies, and a process that ends within the delay (a one-file CLI run) pays nothing."""
    if _pending and _pending[0].is_alive():
        return
    _now.clear()

    def later() -> None:
        _now.wait(delay)
        collapse()

    thread = threading.Thread(target=later, name="hugepages", daemon=True)
    _pending[:] = [thread]
    thread.start()


def wait() -> None:
    """Until the last :func:`collapse_soon` is done, its delay cut short (a benchmark measures the steady
    state)."""
    _now.set()
    if _pending:
        _pending[0].join()
